//! Reading one cell's text as a value of its field's kind: numbers, money, percentages, yes/no,
//! durations, `one of` values and text. Numbers live in `numbers.rs`, dates in `dates.rs`.
//!
//! An empty cell, or one that is only whitespace, is unknown. Placeholders such as `-`, `—`,
//! `n/a`, `null` or `нет данных` are NOT read as unknown unless the definition says so
//! (`unknown when "Select", "-"`, read as [`Value::Placeholder`]): a rule must never silently
//! lose a value the salesperson typed, so anything else that is not empty must parse or is
//! reported as an error naming the cell. (For `yes/no` fields `нет` is simply "no".)
//!
//! Spellings (`one of` values, placeholders) are compared as [`crate::value::folded_chars`]
//! says: ignoring case and blanks around, a run of blanks inside counting as one.
//!
//! Errors are returned as the phrase that follows "is not" in a message: the caller knows the
//! place and the cell, this module knows what was expected.

use crate::message::Message;
use crate::msg;
use crate::schema::{DecimalMark, FieldKind};
use crate::show::ENGLISH;
use crate::syntax::ast::DurationUnit;
use crate::value::{NO_WORDS, Value, YES_WORDS, folded_chars};

use super::dates;
pub(crate) use super::dates::not_a_date;
use super::numbers::is_letter;
pub(crate) use super::numbers::{CURRENCIES, simple_lowercase};
use super::numbers::{NumberProblem, read_number, read_percent};
pub use super::numbers::{decimal_mark_shown, parse_money, parse_number, parse_percent, read_money};

/// What a cell of each kind should look like, for messages: the words after "is not".
pub(crate) fn expected(kind: &FieldKind) -> Message {
    match kind {
        FieldKind::Number => msg!("input-expect-number"),
        FieldKind::Money => msg!("input-expect-money"),
        FieldKind::Percent => msg!("input-expect-percent"),
        FieldKind::YesNo => msg!("input-expect-yes-no"),
        FieldKind::Duration(DurationUnit::Seconds) => msg!("input-expect-seconds"),
        FieldKind::Duration(DurationUnit::Minutes) => msg!("input-expect-minutes"),
        FieldKind::Duration(DurationUnit::Hours) => msg!("input-expect-hours"),
        FieldKind::Duration(DurationUnit::Days) => msg!("input-expect-days"),
        FieldKind::Duration(DurationUnit::Weeks) => msg!("input-expect-weeks"),
        FieldKind::Duration(DurationUnit::Months) => msg!("input-expect-months"),
        FieldKind::Duration(DurationUnit::Years) => msg!("input-expect-years"),
        FieldKind::Text => msg!("input-expect-text"),
        FieldKind::Date(format) => dates::expected(*format, false),
        FieldKind::DateTime(format) => dates::expected(*format, true),
        FieldKind::OneOf(_) => CellReader::new(kind).expected(),
    }
}

/// What is wrong with a cell that is not what its field needs: `is not a number (...)`.
pub(crate) fn is_not(expected: Message) -> Message {
    msg!("input-cell-is-not", expected = expected)
}

/// A field's kind prepared for reading many cells: `one of` spellings are collected once.
#[derive(Clone, Debug)]
pub(crate) struct CellReader {
    kind: FieldKind,
    /// For `one of`: every accepted spelling (names and spellings) as written and folded,
    /// with its value index.
    choices: Vec<(String, String, u32)>,
    /// Cells that mean "no answer" (`unknown when "Select"`): folded, and as declared.
    placeholders: Vec<(String, Box<str>)>,
    /// For `one of`: the index of the catch-all value (`other`, `прочее`) that a cell no
    /// value spells is read as.
    catch_all: Option<u32>,
    /// For numbers, amounts, percentages and durations: the column's decimal mark, declared
    /// or seen in its cells, for numbers such as `1.000` that read two ways.
    decimal_mark: Option<DecimalMark>,
}

impl CellReader {
    pub(crate) fn new(kind: &FieldKind) -> CellReader {
        let mut choices = Vec::new();
        if let FieldKind::OneOf(values) = kind {
            for (index, value) in values.iter().enumerate() {
                let index = index as u32;
                for spelling in value.spellings.iter().chain(std::iter::once(&value.name)) {
                    let spelling = spelling.trim();
                    choices.push((spelling.to_string(), crate::value::fold_spelling(spelling), index));
                }
            }
        }
        let catch_all = match kind {
            FieldKind::OneOf(values) => values.iter().position(|v| is_catch_all(&v.name)).map(|i| i as u32),
            _ => None,
        };
        CellReader { kind: kind.clone(), choices, placeholders: Vec::new(), catch_all, decimal_mark: None }
    }

    /// The reader with the cells that mean "no answer" in the field (`unknown when "Select"`).
    pub(crate) fn with_placeholders(mut self, placeholders: &[String]) -> CellReader {
        self.placeholders = placeholders
            .iter()
            .map(|p| (crate::value::fold_spelling(p), p.trim().into()))
            .filter(|(folded, _)| !folded.is_empty())
            .collect();
        self
    }

    /// The reader with the column's decimal mark; a declared one is never replaced.
    pub(crate) fn with_decimal_mark(mut self, mark: Option<DecimalMark>) -> CellReader {
        self.decimal_mark = self.decimal_mark.or(mark);
        self
    }

    /// The decimal mark the reader goes by, if any.
    pub(crate) fn decimal_mark(&self) -> Option<DecimalMark> {
        self.decimal_mark
    }

    /// Whether the reader reads numbers whose decimal mark may matter.
    pub(crate) fn reads_numbers(&self) -> bool {
        matches!(self.kind, FieldKind::Number | FieldKind::Money | FieldKind::Percent | FieldKind::Duration(_))
    }

    pub(crate) fn kind(&self) -> &FieldKind {
        &self.kind
    }

    /// Reads a cell's text. Empty or whitespace-only text is `Unknown`; the error says what is
    /// wrong with the text (`is not a number (...)`).
    pub(crate) fn read(&self, text: &str) -> Result<Value, Message> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Value::Unknown);
        }
        if let Some(placeholder) = self.placeholder(text) {
            return Ok(Value::Placeholder(placeholder.into()));
        }
        let mark = self.decimal_mark;
        let number = |read: Result<f64, NumberProblem>| match read {
            Ok(n) => Ok(Value::Number(n)),
            Err(NumberProblem::Ambiguous { as_decimal, as_thousands }) => Err(ambiguous(as_decimal, as_thousands)),
            Err(NumberProblem::NotANumber) => Err(is_not(self.expected())),
        };
        let parsed = match &self.kind {
            FieldKind::Number => return number(read_number(text, mark)),
            FieldKind::Money => return number(read_money(text, mark)),
            FieldKind::Percent => return number(read_percent(text, mark)),
            FieldKind::YesNo => parse_yes_no(text).map(Value::Bool),
            FieldKind::Text => Some(Value::Text(text.into())),
            FieldKind::Duration(unit) => return number(read_duration(text, *unit, mark)),
            FieldKind::Date(format) => return dates::read_date(text, *format, false),
            FieldKind::DateTime(format) => return dates::read_date(text, *format, true),
            FieldKind::OneOf(_) => self.choose(text).or(self.catch_all).map(Value::Enum),
        };
        parsed.ok_or_else(|| is_not(self.expected()))
    }

    /// The placeholder (as declared) that `text` is, if any.
    fn placeholder(&self, text: &str) -> Option<&str> {
        if self.placeholders.is_empty() {
            return None;
        }
        let mut buffer = [0u8; LOWERCASE_BUFFER];
        match fold_into(text, &mut buffer) {
            Some(folded) => self.placeholders.iter().find(|(p, _)| p == folded),
            None => self.placeholders.iter().find(|(p, _)| folded_chars(text).eq(p.chars())),
        }
        .map(|(_, declared)| &**declared)
    }

    /// The index of the `one of` value that `text` names, compared as spellings are (ignoring
    /// case and blanks, see [`crate::value::folded_chars`]).
    pub(crate) fn choose(&self, text: &str) -> Option<u32> {
        let text = text.trim();
        // Most exports write the spelling exactly as the rules do.
        if let Some((_, _, index)) = self.choices.iter().find(|(spelling, _, _)| spelling == text) {
            return Some(*index);
        }
        let mut buffer = [0u8; LOWERCASE_BUFFER];
        match fold_into(text, &mut buffer) {
            Some(folded) => self.choices.iter().find(|(_, f, _)| f == folded),
            None => self.choices.iter().find(|(_, f, _)| folded_chars(text).eq(f.chars())),
        }
        .map(|(_, _, index)| *index)
    }

    /// What a cell of the field should look like: the words after "is not".
    pub(crate) fn expected(&self) -> Message {
        match &self.kind {
            FieldKind::OneOf(values) => {
                let mut spellings: Vec<String> = Vec::new();
                for value in values {
                    for s in value.spellings.iter().chain(std::iter::once(&value.name)) {
                        let quoted = format!("\"{}\"", s.trim());
                        if !spellings.contains(&quoted) {
                            spellings.push(quoted);
                        }
                    }
                }
                msg!("input-expect-one-of", values = spellings.join(", "))
            }
            kind => expected(kind),
        }
    }
}

/// Whether a `one of` value is the catch-all, named `other` (`прочее`): a cell that spells
/// no listed value is read as it.
pub fn is_catch_all(name: &str) -> bool {
    crate::value::CATCH_ALL_NAMES.contains(&name)
}

/// Room for the lowercase text of a short cell, on the stack.
const LOWERCASE_BUFFER: usize = 256;

/// The folded spelling of the text ([`crate::value::folded_chars`]), written into `buffer`;
/// `None` when it does not fit. Folding a short cell once beats comparing it against every
/// spelling.
fn fold_into<'b>(text: &str, buffer: &'b mut [u8; LOWERCASE_BUFFER]) -> Option<&'b str> {
    let mut len = 0;
    for c in folded_chars(text) {
        let width = c.len_utf8();
        c.encode_utf8(buffer.get_mut(len..len + width)?);
        len += width;
    }
    std::str::from_utf8(&buffer[..len]).ok()
}

/// Reads yes or no: yes/no, y/n, true/false, 1/0, да/нет, д/н, истина/ложь, ignoring case.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    let mut buffer = [0u8; LOWERCASE_BUFFER];
    let text = fold_into(text, &mut buffer)?;
    if YES_WORDS.contains(&text) {
        Some(true)
    } else if NO_WORDS.contains(&text) {
        Some(false)
    } else {
        None
    }
}

/// Words for duration units, English and Russian, in every form a CRM export uses.
pub(crate) const UNIT_WORDS: [(DurationUnit, &[&str]); 7] = [
    (DurationUnit::Months, &["mo", "mos", "mon", "month", "months", "мес", "месяц", "месяца", "месяцев"]),
    (DurationUnit::Years, &["y", "yr", "yrs", "year", "years", "г", "год", "года", "лет"]),
    (DurationUnit::Seconds, &["s", "sec", "secs", "second", "seconds", "с", "сек", "секунда", "секунды", "секунд"]),
    (DurationUnit::Minutes, &["m", "min", "mins", "minute", "minutes", "мин", "минута", "минуты", "минут"]),
    (DurationUnit::Hours, &["h", "hr", "hrs", "hour", "hours", "ч", "час", "часа", "часов"]),
    (DurationUnit::Days, &["d", "day", "days", "д", "дн", "день", "дня", "дней", "сут", "суток"]),
    (DurationUnit::Weeks, &["w", "wk", "wks", "week", "weeks", "нед", "неделя", "недели", "недель"]),
];

fn unit_of_word(word: &str) -> Option<DurationUnit> {
    let mut buffer = [0u8; LOWERCASE_BUFFER];
    let word = fold_into(word.trim().trim_end_matches('.'), &mut buffer)?;
    UNIT_WORDS.iter().find(|(_, words)| words.contains(&word)).map(|(unit, _)| *unit)
}

/// Reads a duration as seconds: a bare number is a number of the field's `unit` (`30` in a
/// `days` field is 30 days); a number followed by a unit word (`2 weeks`, `3 дня`, `4ч`) is
/// converted from that unit.
pub fn parse_duration(text: &str, unit: DurationUnit) -> Option<f64> {
    read_duration(text, unit, None).ok()
}

/// [`parse_duration`] with the column's decimal mark (see `numbers::read_number`).
fn read_duration(text: &str, unit: DurationUnit, mark: Option<DecimalMark>) -> Result<f64, NumberProblem> {
    let text = text.trim();
    let word_start = text.char_indices().rev().take_while(|(_, c)| is_letter(*c) || *c == '.').last().map(|(at, _)| at);
    let (number, unit) = match word_start {
        Some(at) if at > 0 => (&text[..at], unit_of_word(&text[at..]).ok_or(NumberProblem::NotANumber)?),
        Some(_) => return Err(NumberProblem::NotANumber),
        None => (text, unit),
    };
    read_number(number, mark).map(|n| n * unit.seconds())
}

/// The decimal mark a column's cells show: the one some cells show when none shows the other
/// (`12,5` and `1 000` → comma); `None` when no cell shows one, or cells show both.
pub(crate) fn column_decimal_mark<'a>(cells: impl IntoIterator<Item = &'a str>) -> Option<DecimalMark> {
    let mut seen: Option<DecimalMark> = None;
    for cell in cells {
        match (decimal_mark_shown(cell), seen) {
            (Some(mark), Some(earlier)) if mark != earlier => return None,
            (Some(mark), _) => seen = Some(mark),
            (None, _) => {}
        }
    }
    seen
}

/// What is wrong with a number that reads two ways.
fn ambiguous(as_decimal: f64, as_thousands: f64) -> Message {
    let show = |n: f64| ENGLISH.exact(n);
    msg!("input-cell-ambiguous", decimal = show(as_decimal), thousands = show(as_thousands))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::EnumValue;

    #[test]
    fn a_column_shows_its_decimal_mark_unless_its_cells_disagree() {
        assert_eq!(column_decimal_mark(["1.000", "12,5", "1 200"]), Some(DecimalMark::Comma));
        assert_eq!(column_decimal_mark(["1,000", "$1,500,000", ""]), Some(DecimalMark::Point));
        assert_eq!(column_decimal_mark(["1.000", "250", "1 200"]), None, "nothing shows it");
        assert_eq!(column_decimal_mark(["12,5", "12.5"]), None, "cells disagree");
        // A declared mark is kept; a learnt one fills in only where none was declared.
        let declared = CellReader::new(&FieldKind::Number).with_decimal_mark(Some(DecimalMark::Point));
        assert_eq!(declared.with_decimal_mark(Some(DecimalMark::Comma)).read("1.000"), Ok(Value::Number(1.0)));
        let learnt = CellReader::new(&FieldKind::Money).with_decimal_mark(Some(DecimalMark::Comma));
        assert_eq!(learnt.read("1.000 ₽"), Ok(Value::Number(1000.0)));
    }

    #[test]
    fn yes_no() {
        for yes in ["yes", "Y", "TRUE", "1", "да", "Да", "ДА", "д", "истина", " yes "] {
            assert_eq!(parse_yes_no(yes), Some(true), "{yes:?}");
        }
        for no in ["no", "N", "False", "0", "нет", "Нет", "н", "ЛОЖЬ"] {
            assert_eq!(parse_yes_no(no), Some(false), "{no:?}");
        }
        for bad in ["maybe", "2", "-", "да/нет", "yes!", "+"] {
            assert_eq!(parse_yes_no(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn durations() {
        let day = 86_400.0;
        assert_eq!(parse_duration("30", DurationUnit::Days), Some(30.0 * day));
        assert_eq!(parse_duration("1,5", DurationUnit::Days), Some(1.5 * day));
        assert_eq!(parse_duration("2 weeks", DurationUnit::Days), Some(14.0 * day));
        assert_eq!(parse_duration("3 дня", DurationUnit::Days), Some(3.0 * day));
        assert_eq!(parse_duration("5 дн.", DurationUnit::Days), Some(5.0 * day));
        assert_eq!(parse_duration("4ч", DurationUnit::Days), Some(4.0 * 3600.0));
        assert_eq!(parse_duration("90 минут", DurationUnit::Hours), Some(90.0 * 60.0));
        assert_eq!(parse_duration("1 неделя", DurationUnit::Minutes), Some(7.0 * day));
        assert_eq!(parse_duration("2", DurationUnit::Weeks), Some(14.0 * day));
        assert_eq!(parse_duration("45", DurationUnit::Seconds), Some(45.0));
        assert_eq!(parse_duration("90 сек", DurationUnit::Minutes), Some(90.0));
        assert_eq!(parse_duration("30s", DurationUnit::Minutes), Some(30.0));
        assert_eq!(parse_duration("2 минуты", DurationUnit::Seconds), Some(120.0));
        assert_eq!(parse_duration("5 секунд", DurationUnit::Seconds), Some(5.0));
        assert_eq!(parse_duration("2 months", DurationUnit::Days), Some(60.0 * day));
        assert_eq!(parse_duration("2 мес", DurationUnit::Days), Some(60.0 * day));
        assert_eq!(parse_duration("1 год", DurationUnit::Days), Some(365.0 * day));
        assert_eq!(parse_duration("3", DurationUnit::Months), Some(90.0 * day));
        for bad in ["weeks", "2 fortnights", "2 кварт", "три дня", "2 weeks ago", ""] {
            assert_eq!(parse_duration(bad, DurationUnit::Days), None, "{bad:?}");
        }
    }

    fn industries() -> CellReader {
        CellReader::new(&FieldKind::OneOf(vec![
            EnumValue { name: "it".into(), spellings: vec!["ИТ".into(), "IT".into()] },
            EnumValue { name: "retail".into(), spellings: vec!["розница".into()] },
        ]))
    }

    #[test]
    fn one_of_values() {
        let reader = industries();
        assert_eq!(reader.read("ИТ"), Ok(Value::Enum(0)));
        assert_eq!(reader.read(" ит "), Ok(Value::Enum(0)));
        assert_eq!(reader.read("it"), Ok(Value::Enum(0)));
        assert_eq!(reader.read("РОЗНИЦА"), Ok(Value::Enum(1)));
        assert_eq!(reader.read("Retail"), Ok(Value::Enum(1)));
        assert_eq!(reader.read(""), Ok(Value::Unknown));
        let error = reader.read("казино").unwrap_err().to_string();
        assert_eq!(error, "is not one of the allowed values: \"ИТ\", \"IT\", \"it\", \"розница\", \"retail\"");
    }

    #[test]
    fn only_blank_cells_are_unknown() {
        let reader = CellReader::new(&FieldKind::Number);
        assert_eq!(reader.read(""), Ok(Value::Unknown));
        assert_eq!(reader.read(" \t "), Ok(Value::Unknown));
        for placeholder in ["-", "—", "n/a", "N/A", "null", "NULL", "нет данных"] {
            assert!(reader.read(placeholder).is_err(), "{placeholder:?}");
        }
        let yes_no = CellReader::new(&FieldKind::YesNo);
        assert_eq!(yes_no.read("нет"), Ok(Value::Bool(false)));
    }

    #[test]
    fn text_is_trimmed() {
        let reader = CellReader::new(&FieldKind::Text);
        assert_eq!(reader.read("  генеральный директор "), Ok(Value::Text("генеральный директор".into())));
    }

    #[test]
    fn messages_say_how_to_write_it() {
        let reader = CellReader::new(&FieldKind::Money);
        assert_eq!(
            reader.read("12O 000").map_err(|e| e.to_string()),
            Err("is not an amount of money (write it like 1 000 000,50 or 1000000.50)".into())
        );
    }
}
