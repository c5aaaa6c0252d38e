//! Literal values: numbers, percentages, durations, text, yes/no, dates and date-times. A literal
//! that is well-formed but not a real value (a 30th of February) becomes a `BadLiteral`
//! diagnostic with a stand-in value, never a panic.

use super::ast::{DurationUnit, Literal, Quantity};
use super::convert::{Children, Conversion, RulePair};
use super::grammar::Rule;
use super::lex;
use crate::diagnostic::{Code, Diagnostic};
use crate::msg;
use crate::span::{Loc, Span, Spanned};
use jiff::civil::{Date, DateTime};

/// Any literal pair (`number`, `percent`, `duration`, `string`, `boolean`, `date`, `datetime`).
pub fn literal(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<Literal>> {
    let span = conversion.span(&pair);
    let value = match pair.as_rule() {
        Rule::number => Literal::Number(number(conversion, pair).node),
        Rule::percent => Literal::Percent(percent(conversion, pair)?.node),
        Rule::duration => Literal::Duration(duration(conversion, pair)?.node),
        Rule::unit_step => Literal::Duration(unit_step(conversion, pair)?.node),
        Rule::string => Literal::Text(string(conversion, pair).node),
        Rule::boolean => Literal::YesNo(boolean(&pair)),
        Rule::date => Literal::Date(date(conversion, pair).node),
        Rule::datetime => Literal::DateTime(datetime(conversion, pair).node),
        _ => return conversion.lost(span),
    };
    Some(Spanned::new(value, span))
}

/// The largest number a rule file may write, plus one: 15 digits before the point (see
/// `numbers::TOO_LARGE`, below 2^53). Sums of weights and points, and durations in seconds,
/// then stay far from what a number holds.
pub use super::numbers::TOO_LARGE;

/// `500_000`, `1.5`
pub fn number(conversion: &mut Conversion, pair: RulePair<'_>) -> Spanned<f64> {
    let span = conversion.span(&pair);
    let digits: String = pair.as_str().chars().filter(|&c| c != '_').collect();
    let value = match digits.parse::<f64>() {
        Ok(value) if value < TOO_LARGE => value,
        _ => {
            let written = pair.as_str();
            let message = if written.len() <= 30 {
                msg!("syntax-number-too-large", written = written)
            } else {
                let digits = written.chars().filter(char::is_ascii_digit).count();
                msg!("syntax-number-too-many-digits", digits = digits)
            };
            conversion.error(
                Diagnostic::new(Code::BadLiteral, message, span, msg!("syntax-number-too-large-label"))
                    .with_help(msg!("syntax-number-max-digits-help", digits = super::numbers::MAX_DIGITS))
                    .with_note(msg!("syntax-number-rounded-note")),
            );
            0.0
        }
    };
    Spanned::new(value, span)
}

/// A whole number such as a pass rule's count.
pub fn count(conversion: &mut Conversion, pair: RulePair<'_>) -> Spanned<u32> {
    let number = number(conversion, pair);
    let value = number.node;
    if value.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&value) {
        conversion.error(
            Diagnostic::new(
                Code::BadLiteral,
                msg!("syntax-whole-number-of-criteria"),
                number.span,
                msg!("syntax-whole-number-label"),
            )
            .with_help(msg!("syntax-whole-number-of-criteria-help")),
        );
        return Spanned::new(0, number.span);
    }
    Spanned::new(value as u32, number.span)
}

/// `70%` → 70.0
pub fn percent(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<f64>> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let digits = conversion.next_of(&mut children, Rule::number)?;
    Some(Spanned::new(number(conversion, digits).node, span))
}

/// `90 days`, `15 минут`
pub fn duration(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<Quantity>> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let digits = conversion.next_of(&mut children, Rule::number)?;
    let value = number(conversion, digits).node;
    let unit_pair = conversion.next_of(&mut children, Rule::time_unit)?;
    let Some(unit) = time_unit(unit_pair.as_str()) else {
        return conversion.lost(span);
    };
    Some(Spanned::new(Quantity { value, unit }, span))
}

/// A unit alone, one of it: the step of `за каждую неделю` (`per week`).
pub fn unit_step(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<Quantity>> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let unit_pair = conversion.next_of(&mut children, Rule::time_unit)?;
    let Some(unit) = time_unit(unit_pair.as_str()) else {
        return conversion.lost(span);
    };
    Some(Spanned::new(Quantity { value: 1.0, unit }, span))
}

/// The unit a duration word names, English or Russian.
pub fn time_unit(word: &str) -> Option<DurationUnit> {
    let unit = match word {
        "seconds" | "second" | "sec" | "секунда" | "секунды" | "секунду" | "секунд" | "сек" => {
            DurationUnit::Seconds
        }
        "minutes" | "minute" | "min" | "минута" | "минуты" | "минуту" | "минут" | "мин" => {
            DurationUnit::Minutes
        }
        "hours" | "hour" | "h" | "час" | "часа" | "часов" => DurationUnit::Hours,
        "days" | "day" | "день" | "дня" | "дней" => DurationUnit::Days,
        "weeks" | "week" | "неделя" | "недели" | "неделю" | "недель" => DurationUnit::Weeks,
        "months" | "month" | "месяц" | "месяца" | "месяцев" | "мес" => DurationUnit::Months,
        "years" | "year" | "год" | "года" | "лет" => DurationUnit::Years,
        _ => return None,
    };
    Some(unit)
}

/// `"text"` with `\"` and `\\` escapes; an unknown escape is reported and kept as written.
pub fn string(conversion: &mut Conversion, pair: RulePair<'_>) -> Spanned<String> {
    let span = conversion.span(&pair);
    let raw = pair.as_str();
    let body = raw.strip_prefix(lex::QUOTE).and_then(|s| s.strip_suffix(lex::QUOTE)).unwrap_or(raw);
    let (text, unknown) = lex::unescape(body);
    let body_start = span.start as usize + 1;
    for escape in unknown {
        conversion.error(
            Diagnostic::new(
                Code::BadLiteral,
                msg!("syntax-unknown-escape", escaped = escape.escaped.to_string()),
                Span::new(body_start + escape.start, body_start + escape.end),
                msg!("syntax-unknown-escape-label"),
            )
            .with_help(msg!("syntax-unknown-escape-help")),
        );
    }
    Spanned::new(text, span)
}

/// `yes`, `no`, `true`, `false` (`да`, `нет`, `истина`, `ложь`)
pub fn boolean(pair: &RulePair<'_>) -> bool {
    matches!(pair.as_str(), "yes" | "true" | "да" | "истина")
}

/// `2026-12-01`
pub fn date(conversion: &mut Conversion, pair: RulePair<'_>) -> Spanned<Date> {
    let span = conversion.span(&pair);
    let text = pair.as_str();
    let value = civil_date(text).unwrap_or_else(|| {
        conversion.error(bad_date(text, span));
        Date::default()
    });
    Spanned::new(value, span)
}

/// `2026-12-01T09:30`, `2026-12-01 09:30:15`
pub fn datetime(conversion: &mut Conversion, pair: RulePair<'_>) -> Spanned<DateTime> {
    let span = conversion.span(&pair);
    let text = pair.as_str();
    let value = civil_datetime(text).unwrap_or_else(|| {
        conversion.error(bad_date(text, span));
        DateTime::default()
    });
    Spanned::new(value, span)
}

fn bad_date(text: &str, span: Loc) -> Diagnostic {
    Diagnostic::new(
        Code::BadLiteral,
        msg!("syntax-not-a-real-date", text = text),
        span,
        msg!("syntax-not-a-real-date-label"),
    )
    .with_help(msg!("syntax-not-a-real-date-help"))
}

fn civil_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::new(year, month, day).ok()
}

fn civil_datetime(text: &str) -> Option<DateTime> {
    let split = text.find(['T', ' '])?;
    let date = civil_date(&text[..split])?;
    let mut parts = text[split + 1..].split(':');
    let hour = parts.next()?.parse().ok()?;
    let minute = parts.next()?.parse().ok()?;
    let second = parts.next().map_or(Some(0), |s| s.parse().ok())?;
    let time = jiff::civil::Time::new(hour, minute, second, 0).ok()?;
    Some(date.to_datetime(time))
}
