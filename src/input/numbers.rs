//! Reading numbers as people and spreadsheets write them: thousands grouped with spaces,
//! dots, commas or apostrophes, a decimal comma or point, Excel's exponents; amounts of money
//! with a currency sign or code; percentages. A number that reads two ways (`1.000`) is read
//! by its column's decimal mark, or not at all.

use crate::schema::DecimalMark;

/// Separators between groups of thousands that are never a decimal point: spaces (ordinary,
/// no-break U+00A0, narrow no-break U+202F, thin U+2009) and apostrophes (`1'000'000`).
fn is_group_mark(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\'' | '\u{2019}')
}

/// Why a cell is not read as a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberProblem {
    NotANumber,
    /// One `,` or `.` followed by exactly three digits (`1.000`, `250,000`): a decimal mark or
    /// a thousands separator, and nothing in the column or the definition says which.
    Ambiguous {
        as_decimal: f64,
        as_thousands: f64,
    },
}

impl NumberProblem {
    /// The same problem about the values `f` makes of the number (a negated amount). The
    /// readings stay as the cell writes them: a percentage's as percent, a duration's in the
    /// cell's unit.
    pub fn map(self, f: impl Fn(f64) -> f64) -> NumberProblem {
        match self {
            NumberProblem::Ambiguous { as_decimal, as_thousands } => {
                NumberProblem::Ambiguous { as_decimal: f(as_decimal), as_thousands: f(as_thousands) }
            }
            other => other,
        }
    }
}

/// Reads a number as people and spreadsheets write it, as `read_number` does when nothing
/// says which mark is the decimal one.
pub fn parse_number(text: &str) -> Option<f64> {
    read_number(text, None).ok()
}

/// Reads a number as people and spreadsheets write it.
///
/// Accepted: an optional sign (`+`, `-`, `−`), digits, separators, an optional exponent
/// (`1,5E+06`, as Excel writes large numbers). The rule for separators:
///
/// * Spaces (also no-break and narrow no-break) and apostrophes only ever group thousands.
/// * When both `,` and `.` appear, the one that comes last is the decimal point (it must
///   appear once) and the other groups thousands: `1,000,000.50` and `1.000.000,50`.
/// * When only one of them appears, more than once, it groups thousands: `1.000.000`.
/// * When only one of them appears, once, it is the decimal point (`12,5` and `12.5` are
///   12.5), unless it is followed by exactly three digits after one to three others (`1.000`,
///   `250,000`): that reads as a decimal *or* as thousands, so `mark` (the column's decimal
///   mark, declared or seen in its other cells) decides, and without one it is
///   [`NumberProblem::Ambiguous`], never a guess. `0,500` and `1234.567` are not ambiguous.
/// * Groups of thousands must be well formed: 1–3 digits, then groups of exactly 3 digits, so
///   `12 34` or `1.00.000` are errors rather than guesses. One kind of grouping per number.
pub fn read_number(text: &str, mark: Option<DecimalMark>) -> Result<f64, NumberProblem> {
    let text = text.trim();
    let (negative, rest) = match text.chars().next() {
        Some('-' | '−') => (true, &text[text.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &text[1..]),
        Some(_) => (false, text),
        None => return Err(NumberProblem::NotANumber),
    };
    let signed = |v: f64| if negative { -v } else { v };
    if let Some(separator) = ambiguous_separator(rest) {
        let at = rest.len() - 4;
        let thousands =
            || format!("{}{}", &rest[..at], &rest[at + 1..]).parse::<f64>().map_err(|_| NumberProblem::NotANumber);
        let decimal = || read_plain(rest).ok_or(NumberProblem::NotANumber);
        return match mark {
            Some(mark) if mark.char() == separator => decimal().map(signed),
            Some(_) => thousands().map(signed),
            None => {
                Err(NumberProblem::Ambiguous { as_decimal: signed(decimal()?), as_thousands: signed(thousands()?) })
            }
        };
    }
    read_plain(rest).or_else(|| read_general(rest)).map(signed).ok_or(NumberProblem::NotANumber)
}

/// The separator of an unsigned number that reads both ways: 1–3 digits (not a lone `0`, not
/// starting with `0`), one `,` or `.`, exactly three digits.
fn ambiguous_separator(text: &str) -> Option<char> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    if !(5..=7).contains(&n) || !bytes[n - 3..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let separator = bytes[n - 4];
    let whole = &bytes[..n - 4];
    let whole_ok = !whole.is_empty() && whole[0] != b'0' && whole.iter().all(u8::is_ascii_digit);
    (whole_ok && (separator == b',' || separator == b'.')).then_some(separator as char)
}

/// What a number's text shows about its column's decimal mark, when it shows anything: `12,5`,
/// `1.000,50` and `1.000.000` show a decimal comma; `12.5`, `1,000.50` and `1,000,000` a
/// decimal point. Plain digits, space-grouped numbers without decimals and ambiguous numbers
/// (`1.000`) show nothing.
pub fn decimal_mark_shown(text: &str) -> Option<DecimalMark> {
    let text = text.trim().trim_start_matches(['-', '−', '+']);
    let text = strip_currency(text).unwrap_or(text);
    let text = text.trim_end_matches('%').trim_end();
    if ambiguous_separator(text).is_some() || parse_number(text).is_none() {
        return None;
    }
    let (commas, points) = (text.matches(',').count(), text.matches('.').count());
    let last = text.rfind([',', '.']).map(|at| text.as_bytes()[at]);
    match (commas, points, last) {
        (0, 0, _) => None,
        (1.., 1.., Some(b',')) | (1, 0, _) | (0, 2.., _) => Some(DecimalMark::Comma),
        (1.., 1.., _) | (0, 1, _) | (2.., 0, _) => Some(DecimalMark::Point),
    }
}

/// Reads an unsigned number by the rules of [`parse_number`], building its plain ASCII form.
fn read_general(rest: &str) -> Option<f64> {
    let (mantissa, exponent) = split_exponent(rest)?;
    let commas = mantissa.matches(',').count();
    let dots = mantissa.matches('.').count();
    let decimal = match (commas, dots) {
        (0, 0) => None,
        (1, 0) => Some(','),
        (0, 1) => Some('.'),
        (_, 0) | (0, _) => None,
        _ => {
            let last = mantissa.rfind([',', '.'])?;
            Some(if mantissa[last..].starts_with(',') { ',' } else { '.' })
        }
    };
    let (whole, fraction) = match decimal {
        Some(mark) => {
            let at = mantissa.rfind(mark)?;
            if mantissa[..at].contains(mark) {
                return None;
            }
            (&mantissa[..at], Some(&mantissa[at + 1..]))
        }
        None => (mantissa, None),
    };
    let mut digits = DigitBuffer::new();
    read_grouped_digits(whole, &mut digits)?;
    if let Some(fraction) = fraction {
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if digits.as_str().is_empty() {
            digits.push(b'0')?;
        }
        digits.push(b'.')?;
        digits.push_str(fraction)?;
    } else if whole.is_empty() {
        return None;
    }
    if let Some(exponent) = exponent {
        digits.push(b'e')?;
        digits.push_str(exponent)?;
    }
    let value: f64 = digits.as_str().parse().ok()?;
    value.is_finite().then_some(value)
}

/// The common case in one pass, without rebuilding the text: up to 15 ASCII digits, grouped
/// by single spaces or not at all, with at most one `,` or `.` as the decimal mark
/// (`1 874 844`, `462863858,05`, `12.5`). `None` means "not this simple case": the caller then
/// reads the text the general way, which gives the same value whenever this one gives any.
fn read_plain(text: &str) -> Option<f64> {
    // Powers of ten a double holds exactly: dividing exact operands rounds correctly, so
    // `digits / 10^scale` is the double nearest the decimal, as `str::parse` gives.
    const POWERS: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let (mut mantissa, mut digits) = (0u64, 0usize);
    let mut scale: Option<usize> = None;
    let (mut group_len, mut groups) = (0usize, 0usize);
    let group_closes =
        |group_len: usize, groups: usize| if groups == 0 { (1..=3).contains(&group_len) } else { group_len == 3 };
    for &byte in text.as_bytes() {
        match byte {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(byte - b'0');
                digits += 1;
                group_len += 1;
                if digits > 15 {
                    return None;
                }
                if let Some(scale) = &mut scale {
                    *scale += 1;
                }
            }
            b' ' if scale.is_none() && group_closes(group_len, groups) => {
                groups += 1;
                group_len = 0;
            }
            b',' | b'.' if scale.is_none() && (groups == 0 || group_len == 3) => scale = Some(0),
            _ => return None,
        }
    }
    let ends_well = match scale {
        Some(scale) => scale > 0,
        None => digits > 0 && (groups == 0 || group_len == 3),
    };
    ends_well.then(|| mantissa as f64 / POWERS[scale.unwrap_or(0)])
}

/// Splits `1,5E+06` into `1,5` and `+06`. The exponent must be an optionally signed integer.
fn split_exponent(text: &str) -> Option<(&str, Option<&str>)> {
    match text.find(['e', 'E']) {
        None => Some((text, None)),
        Some(at) => {
            let exponent = &text[at + 1..];
            let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some((&text[..at], Some(exponent)))
        }
    }
}

/// The ASCII text of a number being rebuilt without separators, kept on the stack so reading a
/// cell allocates nothing. Longer numbers than it holds are not numbers anyone writes.
struct DigitBuffer {
    bytes: [u8; 128],
    len: usize,
}

impl DigitBuffer {
    fn new() -> DigitBuffer {
        DigitBuffer { bytes: [0; 128], len: 0 }
    }

    fn push(&mut self, byte: u8) -> Option<()> {
        *self.bytes.get_mut(self.len)? = byte;
        self.len += 1;
        Some(())
    }

    fn push_str(&mut self, text: &str) -> Option<()> {
        text.bytes().try_for_each(|b| self.push(b))
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

/// Appends the digits of an integer part written with optional thousands grouping; checks the
/// grouping is well formed. An empty integer part is allowed (`,5`); the caller decides.
fn read_grouped_digits(whole: &str, out: &mut DigitBuffer) -> Option<()> {
    let mut group_mark: Option<char> = None;
    let mut group_len = 0usize;
    let mut groups = 0usize;
    for c in whole.chars() {
        if c.is_ascii_digit() {
            out.push(c as u8)?;
            group_len += 1;
            continue;
        }
        let mark = if is_group_mark(c) {
            // All spaces count as one kind of mark; apostrophes as another.
            if c == '\'' || c == '\u{2019}' { '\'' } else { ' ' }
        } else if c == ',' || c == '.' {
            c
        } else {
            return None;
        };
        if *group_mark.get_or_insert(mark) != mark {
            return None;
        }
        let well_formed = if groups == 0 { (1..=3).contains(&group_len) } else { group_len == 3 };
        if !well_formed {
            return None;
        }
        groups += 1;
        group_len = 0;
    }
    (groups == 0 || group_len == 3).then_some(())
}

/// Currency signs and codes allowed before or after an amount; longest first so `руб.` wins
/// over `руб` and `р.`.
pub(crate) const CURRENCIES: &[&str] = &[
    "рублей",
    "рубля",
    "рубль",
    "руб.",
    "руб",
    "р.",
    "₽",
    "rub",
    "usd",
    "eur",
    "$",
    "€",
    "тенге",
    "тг",
    "₸",
    "kzt",
    "byn",
    "uah",
    "cny",
    "gbp",
    "£",
    "р",
];

/// Reads an amount of money: a number (see [`parse_number`]) with an optional currency sign or
/// code before or after it (`₽`, `руб`, `руб.`, `р.`, `RUB`, `$`, `USD`, `€`, `EUR`, `₸`, `тг`,
/// `KZT`, `BYN` …, or Bitrix24's `600000|RUB`), which is ignored: the rules decide what currency
/// amounts are in.
pub fn parse_money(text: &str) -> Option<f64> {
    read_money(text, None).ok()
}

/// [`parse_money`] with the column's decimal mark (see [`read_number`]).
pub fn read_money(text: &str, mark: Option<DecimalMark>) -> Result<f64, NumberProblem> {
    let text = text.trim();
    let (sign, unsigned) = match text.chars().next() {
        Some(c @ ('-' | '−' | '+')) => (Some(c), text[c.len_utf8()..].trim_start()),
        Some(_) => (None, text),
        None => return Err(NumberProblem::NotANumber),
    };
    let bare = strip_currency(unsigned).unwrap_or(unsigned);
    let (bare, factor) = strip_multiplier(bare);
    if bare.is_empty() {
        return Err(NumberProblem::NotANumber);
    }
    let signed = match sign {
        Some('-' | '−') => -1.0,
        _ => 1.0,
    };
    // A number that reads two ways says both readings as the cell writes them (`1.500 тыс`:
    // 1.5 or 1500), with the sign read before the currency.
    match sign {
        Some(_) if bare.starts_with(['-', '−', '+']) => Err(NumberProblem::NotANumber),
        _ => read_number(bare, mark).map(|v| signed * factor * v).map_err(|p| p.map(|v| signed * v)),
    }
}

/// Words after an amount that multiply it (`120 млн`, `150 тыс.`, `1,2 млрд`, `150k`, `$1.2M`),
/// compared ignoring case, the longer of two that end alike first.
pub const MULTIPLIERS: [(&str, f64); 10] = [
    ("млрд.", 1e9),
    ("млрд", 1e9),
    ("млн.", 1e6),
    ("млн", 1e6),
    ("тыс.", 1e3),
    ("тыс", 1e3),
    ("mln", 1e6),
    ("bn", 1e9),
    ("k", 1e3),
    ("m", 1e6),
];

/// An amount without the multiplier word at its end (see [`MULTIPLIERS`]), and the factor: a
/// word only when no letter is right before it (`150k`, `150 тыс.`, not the end of a word).
fn strip_multiplier(text: &str) -> (&str, f64) {
    if text.ends_with(|c: char| c.is_ascii_digit()) {
        return (text, 1.0);
    }
    for (word, factor) in MULTIPLIERS {
        if let Some(start) = suffix_ignoring_case(text, word) {
            let rest = &text[..start];
            if rest.chars().last().is_some_and(|c| matches!(c, 'a'..='z' | 'A'..='Z' | 'А'..='я' | 'Ё' | 'ё')) {
                continue;
            }
            return (rest.trim_end(), factor);
        }
    }
    (text, 1.0)
}

fn strip_currency(text: &str) -> Option<&str> {
    // Amounts mostly start and end with digits: then there is nothing to look for.
    let is_digit = |c: char| c.is_ascii_digit();
    if text.starts_with(is_digit) && text.ends_with(is_digit) {
        return None;
    }
    // Bitrix24 writes its money fields as the amount and the currency's code: `600000|RUB`.
    if let Some((amount, code)) = text.rsplit_once('|')
        && code.len() == 3
        && code.chars().all(|c| c.is_ascii_alphabetic())
    {
        return Some(amount.trim_end());
    }
    for currency in CURRENCIES {
        if let Some(prefix_len) = prefix_ignoring_case(text, currency) {
            return Some(text[prefix_len..].trim_start());
        }
        if let Some(start) = suffix_ignoring_case(text, currency) {
            let rest = &text[..start];
            // `р` alone must be a separate word (`100 р`), not the end of some other word.
            if currency.chars().all(is_letter) && rest.chars().last().is_some_and(is_letter) {
                continue;
            }
            return Some(rest.trim_end());
        }
    }
    None
}

/// Byte length of `prefix` at the start of `text`, compared ignoring case.
fn prefix_ignoring_case(text: &str, prefix: &str) -> Option<usize> {
    let mut end = 0;
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (at, c) = chars.next()?;
        if !equal_ignoring_case_char(c, p) {
            return None;
        }
        end = at + c.len_utf8();
    }
    Some(end)
}

/// Byte offset where `suffix` starts at the end of `text`, compared ignoring case.
fn suffix_ignoring_case(text: &str, suffix: &str) -> Option<usize> {
    let mut start = text.len();
    let mut chars = text.char_indices().rev();
    for p in suffix.chars().rev() {
        let (at, c) = chars.next()?;
        if !equal_ignoring_case_char(c, p) {
            return None;
        }
        start = at;
    }
    Some(start)
}

fn equal_ignoring_case_char(a: char, b: char) -> bool {
    a == b
        || match (simple_lowercase(a), simple_lowercase(b)) {
            (Some(a), Some(b)) => a == b,
            _ => a.to_lowercase().eq(b.to_lowercase()),
        }
}

/// The lowercase of a Latin or basic Cyrillic letter (or any ASCII character) without the
/// Unicode tables; `None` for other characters. Cells are mostly in these alphabets.
pub(crate) fn simple_lowercase(c: char) -> Option<char> {
    match c {
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        'Ё' => Some('ё'),
        'а'..='я' | 'ё' => Some(c),
        _ if c.is_ascii() => Some(c.to_ascii_lowercase()),
        _ => None,
    }
}

/// Whether `c` is a letter, with a quick answer for the Latin and Cyrillic alphabets.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'А'..='я' | 'Ё' | 'ё' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

/// Reads a percentage as a fraction: `45`, `45%`, `45 %`, `12,5%` → 0.45 … 0.125. A bare
/// number is a number of percent, so `0,45` is 0.45 % (0.0045), not 45 %.
pub fn parse_percent(text: &str) -> Option<f64> {
    read_percent(text, None).ok()
}

/// [`parse_percent`] with the column's decimal mark (see [`read_number`]).
pub fn read_percent(text: &str, mark: Option<DecimalMark>) -> Result<f64, NumberProblem> {
    let text = text.trim();
    let number = text.strip_suffix('%').map(str::trim_end).unwrap_or(text);
    read_number(number, mark).map(|percent| percent / 100.0)
}

#[cfg(test)]
mod tests;
