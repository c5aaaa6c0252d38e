//! Syntax errors about a time the language cannot count: `respond asap` (`ответить срочно`), a
//! deadline with no number at all, and business days (`within 1 business day`, `в течение 1
//! рабочего дня`, `timeline <= 5 working days`), which the language does not know: its times run
//! on the calendar, weekends included. Neither has one right reading, so the helps offer the
//! nearest forms the language has and no fix is applied on its own.

use super::Site;
use super::clauses::code_line_end;
use super::deadlines::written_number;
use super::places::line_with;
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::locale::Lang;
use crate::message::Arg;
use crate::msg;
use crate::span::Span;
use crate::syntax::keywords::russian_unit;

/// Words for "as soon as possible" or "by the end of the day", longest first: no number the rules
/// could count; and the deadline a help offers for each, as a number of a unit.
const SOON: [(&str, u32, &str); 32] = [
    ("до конца рабочего дня", 1, "days"),
    ("by the end of the day", 1, "days"),
    ("as soon as possible", 15, "minutes"),
    ("на следующий день", 1, "days"),
    ("by end of day", 1, "days"),
    ("как можно скорее", 15, "minutes"),
    ("как можно быстрее", 15, "minutes"),
    ("в тот же день", 1, "days"),
    ("незамедлительно", 15, "minutes"),
    ("до конца дня", 1, "days"),
    ("the same day", 1, "days"),
    ("end of day", 1, "days"),
    ("right away", 15, "minutes"),
    ("immediately", 15, "minutes"),
    ("same day", 1, "days"),
    ("next day", 1, "days"),
    ("немедленно", 15, "minutes"),
    ("оперативно", 15, "minutes"),
    ("instantly", 15, "minutes"),
    ("urgently", 15, "minutes"),
    ("at once", 15, "minutes"),
    ("a.s.a.p.", 15, "minutes"),
    ("a.s.a.p", 15, "minutes"),
    ("срочно", 15, "minutes"),
    ("быстро", 15, "minutes"),
    ("quickly", 15, "minutes"),
    ("сразу", 15, "minutes"),
    ("asap", 15, "minutes"),
    ("eod", 1, "days"),
    ("now", 15, "minutes"),
    ("сейчас", 15, "minutes"),
    ("today", 1, "days"),
];

/// Words put between `respond` and the time (`within`, `в течение`), longest first.
const CONNECTORS: [&str; 9] = ["в течение", "в течении", "в пределах", "within", "during", "in", "за", "в", "до"];

/// Words that make a day or an hour a working one, in any form people write them.
const BUSINESS: [&str; 13] = [
    "business",
    "working",
    "work",
    "workdays",
    "рабочий",
    "рабочего",
    "рабочих",
    "рабочие",
    "рабочем",
    "рабочую",
    "рабочая",
    "рабочее",
    "раб",
];

/// The unit of a working time, in any form people write it: days or hours.
fn business_unit(word: &str) -> Option<&'static str> {
    match word {
        "day" | "days" | "день" | "дня" | "дней" | "дн" | "сутки" | "суток" => Some("days"),
        "hour" | "hours" | "час" | "часа" | "часов" | "ч" => Some("hours"),
        _ => None,
    }
}

/// Whether `text` starts with `phrase` followed by the end of a word.
fn starts_with_word(text: &str, phrase: &str) -> bool {
    text.strip_prefix(phrase).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// `text` after its leading spaces, and how many bytes they took.
fn skip_spaces(text: &str) -> (&str, usize) {
    let rest = text.trim_start_matches([' ', '\t']);
    (rest, text.len() - rest.len())
}

/// A working time read at the start of `text` (lowercase, as long as the original): its length,
/// the number and the unit (`days` or `hours`). `1 business day`, `2 рабочих дня`, `8 рабочих
/// часов`, `1 раб. день`.
fn business_time(text: &str) -> Option<(usize, f64, &'static str)> {
    let digits = text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == '_')).unwrap_or(text.len());
    if digits == 0 {
        return None;
    }
    let amount: f64 = text[..digits].replace('_', "").replace(',', ".").parse().ok()?;
    let (after, gap) = skip_spaces(&text[digits..]);
    let mut at = digits + gap;
    let word = BUSINESS.iter().find(|w| starts_with_word(after, w))?;
    at += word.len();
    if text[at..].starts_with('.') {
        at += 1;
    }
    let (after, gap) = skip_spaces(&text[at..]);
    at += gap;
    let unit_len = after.find(|c: char| !c.is_alphanumeric()).unwrap_or(after.len());
    let unit = business_unit(&after[..unit_len])?;
    Some((at + unit_len, amount, unit))
}

impl Site<'_> {
    /// `respond asap`, `respond within 1 business day`, `ответить в течение 1 рабочего дня`:
    /// a deadline the language cannot count, found after the line's `respond`.
    pub(super) fn uncountable_deadline(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let from = self.respond_on_line()?.end as usize;
        let line_end = code_line_end(self.text, from, self.piece.end);
        let rest = &self.text[from..line_end];
        let lower = rest.to_lowercase();
        if lower.len() != rest.len() {
            return None;
        }
        let (after, mut start) = skip_spaces(&lower);
        let clause_start = start;
        let connector = CONNECTORS.iter().find(|c| starts_with_word(after, c));
        if let Some(connector) = connector {
            start += connector.len();
            start += skip_spaces(&lower[start..]).1;
        }
        let respond_within = self.words.spell("respond within");
        let within = respond_within.rsplit(' ').next().unwrap_or(respond_within);
        let here = &lower[start..];
        if let Some((len, amount, unit)) = business_time(here) {
            // The language's own `within` (`за`) is kept; another word for it is written over.
            let (begin, prefix) = match connector {
                Some(&("within" | "за")) => (start, None),
                _ => (clause_start, Some(within)),
            };
            let span = Span::new(from + begin, from + start + len);
            return (span.end >= token.start).then(|| self.business_diagnostic(span, amount, unit, prefix));
        }
        // `до конца дня` holds its own connector; `within asap` does not.
        let (soon, amount, unit, start) =
            SOON.iter().find(|(w, _, _)| starts_with_word(after, w)).map(|(w, n, u)| (w, n, u, clause_start)).or_else(
                || SOON.iter().find(|(w, _, _)| starts_with_word(here, w)).map(|(w, n, u)| (w, n, u, start)),
            )?;
        let span = Span::new(from + start, from + start + soon.len());
        if span.end < token.start {
            return None;
        }
        let unit = match self.words.0 {
            // `за` asks for the accusative, which is the nominative for a day: `за 1 день`.
            Lang::Ru => russian_unit(unit, f64::from(*amount)),
            Lang::En => self.words.unit(unit, f64::from(*amount)),
        };
        let clause = Span::new(from + clause_start, span.end as usize);
        let shown = line_with(self.text, clause, &format!("{within} {amount} {unit}"));
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        let said = &self.text[span.range()];
        Some(
            Diagnostic::new(
                Code::Syntax,
                msg!("syntax-soon-deadline", said = said, respond = respond_within),
                span,
                msg!("syntax-soon-deadline-label"),
            )
            .with_help(msg!("syntax-soon-deadline-help", line = shown.as_str())),
        )
    }

    /// `timeline <= 5 business days`: a working time in a condition (outside a deadline), where
    /// pest stops at the word that makes it a working one.
    pub(super) fn business_days(&self) -> Option<Diagnostic> {
        let token = self.token?;
        // pest stops at the business word, or, where a word may start the next entry (a
        // framework's criteria), at the unit after it.
        let before_token = self.text[self.piece.start..token.start as usize].trim_end_matches([' ', '\t']);
        let previous = super::places::word_start(before_token, 0, before_token.len());
        let business_at = if BUSINESS.contains(&self.token_text().to_lowercase().as_str()) {
            token.start as usize
        } else if business_unit(&self.token_text().to_lowercase()).is_some()
            && BUSINESS.contains(&before_token[previous..].to_lowercase().as_str())
        {
            self.piece.start + previous
        } else {
            return None;
        };
        let before = self.text[self.piece.start..business_at].trim_end_matches([' ', '\t']);
        let number_len = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '_'))
            .map(char::len_utf8)
            .sum::<usize>();
        if number_len == 0 {
            return None;
        }
        let start = self.piece.start + before.len() - number_len;
        let rest = &self.text[start..code_line_end(self.text, start, self.piece.end)];
        let lower = rest.to_lowercase();
        if lower.len() != rest.len() {
            return None;
        }
        let (len, amount, unit) = business_time(&lower)?;
        Some(self.business_diagnostic(Span::new(start, start + len), amount, unit, None))
    }

    /// The diagnostic for a working time `amount` `unit` under `span`: the language counts the
    /// calendar; the help offers the same number of calendar days and the hours they come to,
    /// after `prefix` (`within`) when the span takes the word before the number too.
    fn business_diagnostic(&self, span: Span, amount: f64, unit: &'static str, prefix: Option<&str>) -> Diagnostic {
        let written = &self.text[span.range()];
        let unit_word = |unit: &'static str, n: f64| match self.words.0 {
            Lang::En if n == 1.0 => unit.trim_end_matches('s'),
            Lang::En => unit,
            Lang::Ru => russian_unit(unit, n),
        };
        let prefix = prefix.map_or(String::new(), |p| format!("{p} "));
        let mut choices = vec![format!("{prefix}{} {}", written_number(amount), unit_word(unit, amount))];
        if unit == "days" && amount <= 2.0 {
            let hours = amount * 24.0;
            choices.push(format!("{prefix}{} {}", written_number(hours), unit_word("hours", hours)));
        } else if unit == "days" && amount.fract() == 0.0 {
            // As long as that many business days with the weekends between them.
            let days = (amount * 7.0 / 5.0).ceil();
            choices.push(format!("{prefix}{} {}", written_number(days), unit_word("days", days)));
        }
        let label = msg!("syntax-business-time-label");
        let message = if unit == "days" {
            msg!("syntax-business-days", written = written)
        } else {
            msg!("syntax-business-hours", written = written)
        };
        let mut diagnostic = Diagnostic::new(Code::Syntax, message, span, label)
            .with_help(msg!("syntax-business-time-help", choices = Arg::any_of_quoted(&choices)));
        for choice in &choices {
            let fix = Fix::replace(span, choice.as_str(), msg!("syntax-fix-write", replacement = choice.as_str()));
            diagnostic = diagnostic.with_fix(fix.as_choice());
        }
        diagnostic
    }
}

#[cfg(test)]
mod tests {
    use super::business_time;

    #[test]
    fn a_working_time_is_read_in_either_language() {
        assert_eq!(business_time("1 business day"), Some((14, 1.0, "days")));
        assert_eq!(business_time("2 рабочих дня").map(|(_, n, u)| (n, u)), Some((2.0, "days")));
        assert_eq!(business_time("8 working hours").map(|(_, n, u)| (n, u)), Some((8.0, "hours")));
        assert_eq!(business_time("1 раб. день").map(|(_, n, u)| (n, u)), Some((1.0, "days")));
        assert_eq!(business_time("1 day"), None);
        assert_eq!(business_time("business day"), None);
    }
}
