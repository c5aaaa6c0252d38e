//! Numbers as people type them, which the grammar does not read: digit groups split by spaces or
//! commas (`500 000`, `1,500,000`), a decimal comma (`1,5`), an abbreviation (`500к`, `1,5 млн`,
//! `2 тыс`, `1.5M`) and an exponent (`1e9`). Each is read into the number it means and written
//! back the way rule files write numbers (`500_000.50`), or found too large to hold exactly.

use super::lex::{self, Lexeme};
use super::scan;
use crate::message::Message;
use crate::msg;
use crate::span::Span;

/// The largest whole number a rule may write, plus one: 15 digits, well below 2^53 (about
/// 9.007 × 10^15), the largest range in which the tool's numbers hold every whole number exactly.
pub const TOO_LARGE: f64 = 1e15;
/// The most digits a number may have before its point.
pub const MAX_DIGITS: usize = 15;

/// Abbreviations of thousands, millions and billions, and the power of ten each stands for.
const ABBREVIATIONS: [(&str, i32); 22] = [
    ("к", 3),
    ("k", 3),
    ("K", 3),
    ("тыс", 3),
    ("т", 3),
    ("thousand", 3),
    ("м", 6),
    ("m", 6),
    ("млн", 6),
    ("M", 6),
    ("mln", 6),
    ("mn", 6),
    ("million", 6),
    ("миллион", 6),
    ("миллиона", 6),
    ("миллионов", 6),
    ("млрд", 9),
    ("bn", 9),
    ("B", 9),
    ("billion", 9),
    ("миллиард", 9),
    ("миллиардов", 9),
];

/// How a slip was written, for the wording of its diagnostic.
#[derive(Clone, Debug, PartialEq)]
pub enum NumberShape {
    /// Space-grouped digits and/or a decimal comma or comma-grouped digits.
    Grouped {
        spaces: bool,
        decimal_comma: bool,
        thousands_commas: bool,
    },
    /// `1,500`: a comma that may group thousands or mark decimals.
    AmbiguousComma,
    Abbreviated {
        abbreviation: String,
    },
    Exponent,
    /// A bare number where a percentage is expected.
    Fraction,
}

/// A number written in a way the grammar does not read, and what it may mean written properly
/// (empty `readings`: too large to hold exactly).
#[derive(Clone, Debug, PartialEq)]
pub struct NumberSlip {
    pub span: Span,
    pub written: String,
    pub shape: NumberShape,
    pub readings: Vec<String>,
}

impl NumberSlip {
    pub fn fraction(span: Span, written: &str) -> Self {
        NumberSlip { span, written: written.to_string(), shape: NumberShape::Fraction, readings: Vec::new() }
    }

    pub fn message(&self) -> Message {
        let written = self.written.as_str();
        if self.readings.is_empty() && self.shape != NumberShape::Fraction {
            return msg!("syntax-number-too-large", written = written);
        }
        match &self.shape {
            NumberShape::Grouped { spaces: true, decimal_comma: true, .. } => {
                msg!("syntax-number-spaces-and-decimal-comma", written = written)
            }
            NumberShape::Grouped { spaces: true, .. } => msg!("syntax-number-spaces", written = written),
            NumberShape::Grouped { thousands_commas: true, .. } => {
                msg!("syntax-number-thousands-commas", written = written)
            }
            NumberShape::Grouped { .. } => msg!("syntax-number-decimal-comma", written = written),
            NumberShape::AmbiguousComma => msg!("syntax-number-ambiguous-comma", written = written),
            NumberShape::Abbreviated { abbreviation } => {
                msg!("syntax-number-abbreviated", written = written, abbreviation = abbreviation)
            }
            NumberShape::Exponent => msg!("syntax-number-exponent", written = written),
            NumberShape::Fraction => msg!("syntax-number-fraction", written = written),
        }
    }

    pub fn label(&self) -> Message {
        match self.shape {
            NumberShape::Fraction => msg!("syntax-number-not-a-percentage-label"),
            _ if self.readings.is_empty() => msg!("syntax-number-too-large-label"),
            _ => msg!("syntax-number-not-as-rules-write-label"),
        }
    }

    pub fn note(&self) -> Message {
        match self.shape {
            NumberShape::Fraction => msg!("syntax-number-percent-note"),
            _ if self.readings.is_empty() => msg!("syntax-number-max-digits-note", digits = MAX_DIGITS),
            _ => msg!("syntax-number-rules-write-note"),
        }
    }
}

/// The slip on the line of `word_start` (within the piece) that overlaps `word_start..word_end`.
pub fn slip_around(
    text: &str,
    piece_start: usize,
    piece_end: usize,
    word_start: usize,
    word_end: usize,
) -> Option<NumberSlip> {
    let line_start = text[..word_start].rfind('\n').map_or(0, |i| i + 1).max(piece_start);
    let line_end = scan::line_end(text, word_start).min(piece_end);
    let mut code = vec![false; line_end - line_start];
    for (lexeme, range) in lex::lexemes(&text[..line_end], line_start) {
        if matches!(lexeme, Lexeme::Code(_)) {
            code[range.start - line_start..range.end - line_start].fill(true);
        }
    }
    let line = Line { text, start: line_start, end: line_end, code };
    let mut i = line_start;
    while i < line_end {
        let c = text[i..].chars().next()?;
        let after_word = text[line_start..i].chars().next_back().is_some_and(|p| scan::is_word_char(p) || p == '.');
        if line.is_code(i) && c.is_ascii_digit() && !after_word {
            let (end, slip) = line.read(i);
            if let Some(slip) = slip
                && (slip.span.end as usize) > word_start
                && (slip.span.start as usize) < word_end
            {
                return Some(slip);
            }
            i = end.max(i + 1);
            continue;
        }
        i += c.len_utf8();
    }
    None
}

struct Line<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    code: Vec<bool>,
}

impl Line<'_> {
    fn is_code(&self, at: usize) -> bool {
        at >= self.start && at < self.end && self.code[at - self.start]
    }

    fn byte(&self, at: usize) -> Option<u8> {
        if self.is_code(at) { self.text.as_bytes().get(at).copied() } else { None }
    }

    fn digits(&self, from: usize) -> usize {
        let mut at = from;
        while self.byte(at).is_some_and(|b| b.is_ascii_digit() || b == b'_') {
            at += 1;
        }
        at
    }

    /// A space-like separator at `at` (one character), and its length.
    fn space(&self, at: usize) -> Option<usize> {
        if !self.is_code(at) {
            return None;
        }
        let c = self.text[at..].chars().next()?;
        matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}').then(|| c.len_utf8())
    }

    /// Exactly three digits at `at`, not followed by another digit or a letter.
    fn group_of_three(&self, at: usize) -> bool {
        let end = self.digits(at);
        end == at + 3
            && (!self.text[end..].chars().next().is_some_and(scan::is_word_char)
                || self.byte(end).is_some_and(|b| b == b',' || b == b'.')
                || self.abbreviation(end).is_some())
    }

    fn abbreviation(&self, at: usize) -> Option<(usize, &'static str, i32)> {
        let at = at + self.space(at).unwrap_or(0);
        if !self.is_code(at) {
            return None;
        }
        let rest = &self.text[at..self.end];
        let word_end = rest.find(|c: char| !scan::is_word_char(c)).unwrap_or(rest.len());
        let word = &rest[..word_end];
        let (name, power) = ABBREVIATIONS.iter().find(|(name, _)| *name == word)?;
        let dot = usize::from(rest[word_end..].starts_with('.'));
        Some((at + word_end + dot, name, *power))
    }

    /// Reads the number starting at `from`: where it ends, and the slip if it is one.
    fn read(&self, from: usize) -> (usize, Option<NumberSlip>) {
        let mut int: String = String::new();
        let mut at = self.digits(from);
        int.push_str(&self.text[from..at]);
        let (mut spaces, mut thousands_commas, mut decimal_comma, mut ambiguous) = (false, false, false, false);
        while let Some(len) = self.space(at) {
            if !self.group_of_three(at + len) {
                break;
            }
            int.push_str(&self.text[at + len..at + len + 3]);
            at += len + 3;
            spaces = true;
        }
        let mut commas = 0;
        while !spaces
            && self.byte(at) == Some(b',')
            && self.group_of_three(at + 1)
            && self.byte(self.digits(at + 1)) != Some(b'.')
        {
            commas += 1;
            at += 4;
        }
        if commas > 0 {
            let comma_groups: String = self.text[self.digits(from)..at].chars().filter(char::is_ascii_digit).collect();
            int.push_str(&comma_groups);
            if commas == 1 && self.text[from..self.digits(from)].len() <= 3 {
                ambiguous = true;
            } else {
                thousands_commas = true;
            }
        }
        let mut frac = String::new();
        if matches!(self.byte(at), Some(b'.' | b',')) && self.byte(at + 1).is_some_and(|b| b.is_ascii_digit()) {
            decimal_comma = self.byte(at) == Some(b',');
            let end = self.digits(at + 1);
            frac.push_str(&self.text[at + 1..end]);
            at = end;
        }
        let mut power = 0;
        let mut exponent = false;
        let mut abbreviation = None;
        if matches!(self.byte(at), Some(b'e' | b'E')) {
            let sign = usize::from(matches!(self.byte(at + 1), Some(b'+' | b'-')));
            let end = self.digits(at + 1 + sign);
            if end > at + 1 + sign && !self.text[end..].chars().next().is_some_and(scan::is_word_char) {
                let digits: String = self.text[at + 1 + sign..end].chars().filter(char::is_ascii_digit).collect();
                let magnitude: i32 = digits.parse().unwrap_or(i32::MAX / 2).min(10_000);
                power = if self.byte(at + 1) == Some(b'-') { -magnitude } else { magnitude };
                exponent = true;
                at = end;
            }
        } else if let Some((end, name, p)) = self.abbreviation(at) {
            power = p;
            abbreviation = Some(name.to_string());
            at = end;
        }
        let int: String = int.chars().filter(char::is_ascii_digit).collect();
        let frac: String = frac.chars().filter(char::is_ascii_digit).collect();
        let shape = if exponent {
            NumberShape::Exponent
        } else if let Some(abbreviation) = abbreviation {
            NumberShape::Abbreviated { abbreviation }
        } else if ambiguous && frac.is_empty() {
            NumberShape::AmbiguousComma
        } else if spaces || decimal_comma || thousands_commas || ambiguous {
            NumberShape::Grouped { spaces, decimal_comma, thousands_commas }
        } else {
            return (at, None);
        };
        let mut readings: Vec<String> = shifted(&int, &frac, power).into_iter().collect();
        // `15m` / `15м` may be fifteen million or fifteen minutes: both readings, for the author
        // to choose.
        if let NumberShape::Abbreviated { abbreviation } = &shape
            && (abbreviation == "m" || abbreviation == "м")
        {
            let amount = if frac.is_empty() { int.clone() } else { format!("{int}.{frac}") };
            let unit = if abbreviation == "м" {
                super::keywords::russian_unit("minutes", amount.parse().unwrap_or(5.0))
            } else {
                "minutes"
            };
            readings.push(format!("{amount} {unit}"));
        }
        if shape == NumberShape::AmbiguousComma {
            let (before, after) = self.text[from..at].split_once(',').unwrap_or(("", ""));
            readings.extend(shifted(before, after.trim_end_matches('0'), 0));
        }
        let slip = NumberSlip { span: Span::new(from, at), written: self.text[from..at].to_string(), shape, readings };
        (at, Some(slip))
    }
}

/// `int.frac × 10^power` written as rules write numbers, or `None` when it has more than
/// [`MAX_DIGITS`] digits before the point.
pub fn shifted(int: &str, frac: &str, power: i32) -> Option<String> {
    let digits = format!("{int}{frac}");
    let point = int.len() as i64 + i64::from(power);
    if point > (MAX_DIGITS + digits.len()) as i64 + 1 {
        return None;
    }
    let (int, frac) = if point <= 0 {
        (String::from("0"), format!("{}{digits}", "0".repeat(point.unsigned_abs() as usize)))
    } else if point as usize >= digits.len() {
        (format!("{digits}{}", "0".repeat(point as usize - digits.len())), String::new())
    } else {
        (digits[..point as usize].to_string(), digits[point as usize..].to_string())
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if int.len() > MAX_DIGITS {
        return None;
    }
    let frac = if power == 0 { frac.as_str() } else { frac.trim_end_matches('0') };
    Some(join(&group(int), frac))
}

fn join(int: &str, frac: &str) -> String {
    if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") }
}

/// `1500000` → `1_500_000` (four digits and more).
fn group(int: &str) -> String {
    if int.len() < 4 {
        return int.to_string();
    }
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push('_');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip(text: &str) -> Option<NumberSlip> {
        slip_around(text, 0, text.len(), 0, text.len())
    }

    fn readings(text: &str) -> Vec<String> {
        slip(text).map(|s| s.readings).unwrap_or_default()
    }

    #[test]
    fn numbers_as_people_type_them_are_read_into_rule_numbers() {
        assert_eq!(readings("500 000,50"), ["500_000.50"]);
        assert_eq!(readings("500\u{A0}000"), ["500_000"]);
        assert_eq!(readings("500к"), ["500_000"]);
        assert_eq!(readings("500k"), ["500_000"]);
        assert_eq!(readings("1,5 млн"), ["1_500_000"]);
        assert_eq!(readings("2 тыс"), ["2_000"]);
        assert_eq!(readings("15m"), ["15_000_000", "15 minutes"], "a million or minutes: both offered");
        assert_eq!(readings("2м"), ["2_000_000", "2 минуты"]);
        assert_eq!(readings("2 тыс."), ["2_000"]);
        assert_eq!(readings("1.5M"), ["1_500_000"]);
        assert_eq!(readings("1e9"), ["1_000_000_000"]);
        assert_eq!(readings("2.5e3"), ["2_500"]);
        assert_eq!(readings("1,500,000"), ["1_500_000"]);
        assert_eq!(readings("1,500"), ["1_500", "1.5"]);
        assert_eq!(readings("0,75"), ["0.75"]);
    }

    #[test]
    fn numbers_too_large_to_hold_exactly_have_no_reading() {
        let slip = slip("1e400").expect("a slip");
        assert!(slip.readings.is_empty());
        assert!(slip.message().to_string().contains("larger than leadrules can hold exactly"));
    }

    #[test]
    fn plain_numbers_and_strings_are_not_slips() {
        assert_eq!(slip("500_000"), None);
        assert_eq!(slip("1.5"), None);
        assert_eq!(slip("\"500 000\""), None);
        assert_eq!(slip("15 minutes"), None);
        assert_eq!(slip("3 of 4"), None);
    }
}
