//! Syntax errors about a deadline said in words (`respond in an hour`, `ответить в течение
//! получаса`, `respond within half an hour`), which the language writes `respond within` and a
//! number with its unit. Each is certain once read, so each carries the fix that writes it.

use super::Site;
use super::clauses::{code_line_end, next_token};
use super::places::{line_start, line_with};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::locale::Lang;
use crate::msg;
use crate::span::Span;
use crate::syntax::keywords::russian_unit;

/// Words people put between `respond` and the time (`in`, `в течение`), longest first; `within`
/// and `за` are the language's own.
const CONNECTORS: [&str; 18] = [
    "within the next",
    "in the next",
    "не позднее чем через",
    "не позже чем через",
    "в пределах",
    "в течение",
    "в течении",
    "не позднее",
    "не позже",
    "within",
    "during",
    "через",
    "in",
    "by",
    "за",
    "в",
    "до",
    "на",
];

/// A time said in words, and the number and unit it is written with.
const SAID_TIMES: [(&str, f64, &str); 46] = [
    ("an hour and a half", 90.0, "minutes"),
    ("one and a half hours", 90.0, "minutes"),
    ("a quarter of an hour", 15.0, "minutes"),
    ("quarter of an hour", 15.0, "minutes"),
    ("a quarter hour", 15.0, "minutes"),
    ("half an hour", 30.0, "minutes"),
    ("a half hour", 30.0, "minutes"),
    ("half a day", 12.0, "hours"),
    ("an hour", 1.0, "hours"),
    ("a hour", 1.0, "hours"),
    ("the hour", 1.0, "hours"),
    ("one hour", 1.0, "hours"),
    ("hour", 1.0, "hours"),
    ("a minute", 1.0, "minutes"),
    ("one minute", 1.0, "minutes"),
    ("a day", 1.0, "days"),
    ("the day", 1.0, "days"),
    ("one day", 1.0, "days"),
    ("day", 1.0, "days"),
    ("a week", 1.0, "weeks"),
    ("the week", 1.0, "weeks"),
    ("one week", 1.0, "weeks"),
    ("week", 1.0, "weeks"),
    ("полтора часа", 90.0, "minutes"),
    ("полутора часов", 90.0, "minutes"),
    ("четверть часа", 15.0, "minutes"),
    ("полчаса", 30.0, "minutes"),
    ("получаса", 30.0, "minutes"),
    ("пол часа", 30.0, "minutes"),
    ("полдня", 12.0, "hours"),
    ("одного часа", 1.0, "hours"),
    ("один час", 1.0, "hours"),
    ("часа", 1.0, "hours"),
    ("час", 1.0, "hours"),
    ("одни сутки", 1.0, "days"),
    ("суток", 1.0, "days"),
    ("сутки", 1.0, "days"),
    ("одного дня", 1.0, "days"),
    ("один день", 1.0, "days"),
    ("дня", 1.0, "days"),
    ("день", 1.0, "days"),
    ("недели", 1.0, "weeks"),
    ("неделю", 1.0, "weeks"),
    ("минуту", 1.0, "minutes"),
    ("минуты", 1.0, "minutes"),
    ("одну минуту", 1.0, "minutes"),
];

/// Numbers said in words before a unit (`two hours`, `двух часов`).
const SAID_NUMBERS: [(&str, f64); 30] = [
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("ten", 10.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("один", 1.0),
    ("одна", 1.0),
    ("одну", 1.0),
    ("одного", 1.0),
    ("одной", 1.0),
    ("два", 2.0),
    ("две", 2.0),
    ("двух", 2.0),
    ("три", 3.0),
    ("трёх", 3.0),
    ("трех", 3.0),
    ("четыре", 4.0),
    ("пять", 5.0),
    ("пяти", 5.0),
    ("десять", 10.0),
    ("десяти", 10.0),
    ("пятнадцать", 15.0),
    ("пятнадцати", 15.0),
    ("двадцать", 20.0),
    ("тридцать", 30.0),
    ("тридцати", 30.0),
];

/// Unit words after a number, in any form people write them, and the unit each is.
fn unit_of(word: &str) -> Option<&'static str> {
    let unit = match word {
        "seconds" | "second" | "sec" | "secs" | "s" | "секунда" | "секунды" | "секунду" | "секунд" | "сек" => {
            "seconds"
        }
        "minutes" | "minute" | "min" | "mins" | "m" | "минута" | "минуты" | "минуту" | "минут" | "мин" => {
            "minutes"
        }
        "hours" | "hour" | "h" | "hr" | "hrs" | "час" | "часа" | "часов" | "ч" => "hours",
        "days" | "day" | "d" | "день" | "дня" | "дней" | "дн" | "сутки" | "суток" => "days",
        "weeks" | "week" | "неделя" | "недели" | "недель" | "неделю" | "нед" => "weeks",
        _ => return None,
    };
    Some(unit)
}

/// A deadline read from the words after `respond`: where it starts and ends in `rest`, the
/// number and unit it means, and whether it was already written as the language writes it.
struct SaidDeadline {
    start: usize,
    end: usize,
    amount: f64,
    unit: &'static str,
    written_right: bool,
}

/// Whether `text` starts with `phrase` followed by the end of a word.
fn starts_with_word(text: &str, phrase: &str) -> bool {
    text.strip_prefix(phrase).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// The deadline said in `rest` (the text after `respond` up to the line's end).
fn said_deadline(rest: &str) -> Option<SaidDeadline> {
    let lower = rest.to_lowercase();
    if lower.len() != rest.len() {
        return None;
    }
    let start = lower.len() - lower.trim_start().len();
    let mut at = start;
    let mut connector = None;
    for word in CONNECTORS {
        if starts_with_word(&lower[at..], word) {
            connector = Some(word);
            at += word.len();
            at += lower[at..].len() - lower[at..].trim_start().len();
            break;
        }
    }
    let here = &lower[at..];
    // A number and its unit: `15 minutes`, `1,5 часа`, `2 суток`.
    let digits = here.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == '_')).unwrap_or(here.len());
    if digits > 0 {
        let amount: f64 = here[..digits].replace('_', "").replace(',', ".").parse().ok()?;
        let after = here[digits..].trim_start();
        let gap = here.len() - digits - after.len();
        let unit_len = after.find(|c: char| !c.is_alphanumeric()).unwrap_or(after.len());
        let word = &after[..unit_len];
        let unit = unit_of(word)?;
        // After `within` a number is the language's own form: a slip in it (`2 ч`, `1,5 часа`) is
        // the unit's or the number's, which their own diagnostics name.
        let written_right = matches!(connector, Some("within" | "за"));
        let (amount, unit) =
            if unit == "hours" && amount.fract() != 0.0 { (amount * 60.0, "minutes") } else { (amount, unit) };
        return Some(SaidDeadline { start, end: at + digits + gap + unit_len, amount, unit, written_right });
    }
    for (phrase, amount, unit) in SAID_TIMES {
        if starts_with_word(here, phrase) {
            return Some(SaidDeadline { start, end: at + phrase.len(), amount, unit, written_right: false });
        }
    }
    for (number, amount) in SAID_NUMBERS {
        if !starts_with_word(here, number) {
            continue;
        }
        let after = here[number.len()..].trim_start();
        let gap = here.len() - number.len() - after.len();
        let unit_len = after.find(|c: char| !c.is_alphanumeric()).unwrap_or(after.len());
        let unit = unit_of(&after[..unit_len])?;
        return Some(SaidDeadline {
            start,
            end: at + number.len() + gap + unit_len,
            amount,
            unit,
            written_right: false,
        });
    }
    None
}

/// A number as rules write it: `30`, `1.5`.
pub(super) fn written_number(n: f64) -> String {
    if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n}") }
}

impl Site<'_> {
    /// The last `respond` (`ответить`) on the line of a temperature's failing token, before it.
    pub(super) fn respond_on_line(&self) -> Option<crate::span::Span> {
        let token = self.token?;
        if self.kind != Some("temperature") {
            return None;
        }
        let line = line_start(self.text, token.start as usize).max(self.piece.start);
        let mut respond = None;
        let mut at = line;
        while let Some(next) = next_token(self.text, at, token.end as usize) {
            if matches!(self.text[next.range()].to_lowercase().as_str(), "respond" | "ответить") {
                respond = Some(next);
            }
            at = next.end as usize;
        }
        respond
    }

    /// `respond in an hour`, `ответить в течение 15 минут`, `ответить за полчаса`: a deadline
    /// said in words; the fix writes `respond within` (`ответить за`) and the number with its unit.
    pub(super) fn said_deadline(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let respond = self.respond_on_line()?;
        let from = respond.end as usize;
        let line_end = code_line_end(self.text, from, self.piece.end);
        let said = said_deadline(&self.text[from..line_end])?;
        // `in 15 minutes or less`, `за 15 минут или быстрее`: a deadline is at most its time already.
        let after = self.text[from + said.end..line_end].to_lowercase();
        let at_most = ["or less", "or sooner", "or faster", "at most", "max", "или быстрее", "или раньше", "максимум"]
            .into_iter()
            .find(|w| after.trim_start().strip_prefix(w).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric)))
            .map_or(0, |w| after.len() - after.trim_start().len() + w.len());
        let said = SaidDeadline { end: said.end + at_most, written_right: said.written_right && at_most == 0, ..said };
        if said.written_right {
            return None;
        }
        let span = Span::new(from + said.start, from + said.end);
        // The deadline must reach where the parser stopped, or it is not what stopped it.
        if (span.end as usize) < token.start as usize {
            return None;
        }
        let respond_within = self.words.spell("respond within");
        let within = respond_within.rsplit(' ').next().unwrap_or(respond_within);
        let unit = match self.words.0 {
            Lang::En if said.amount == 1.0 => said.unit.trim_end_matches('s'),
            Lang::En => said.unit,
            // `за` asks for the accusative: `за 1 неделю`, `за 1 минуту`.
            Lang::Ru if said.amount == 1.0 => match said.unit {
                "weeks" => "неделю",
                "minutes" => "минуту",
                "seconds" => "секунду",
                unit => russian_unit(unit, 1.0),
            },
            Lang::Ru => russian_unit(said.unit, said.amount),
        };
        let written = format!("{within} {} {unit}", written_number(said.amount));
        let shown = line_with(self.text, span, &written);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-said-deadline", said = &self.text[span.range()], respond = respond_within),
            span,
            msg!("syntax-said-deadline-label", written = written.as_str()),
        )
        .with_help(msg!("syntax-said-deadline-help", line = shown.as_str()))
        .with_fix(Fix::replace(
            span,
            written.as_str(),
            msg!("syntax-fix-write", replacement = written.as_str()),
        ));
        Some(diagnostic)
    }
}
