//! What a lead looks like to the rules: its fields, in slot order, with their kinds and the
//! column names they are read from. Built by `compile`, read by `input` and `eval`.
#![warn(missing_docs)]

use crate::syntax::ast::DurationUnit;

/// The fields of a compiled rule set. A field's slot is its index in `fields`; a lead is a
/// `Vec<Value>` of the same length.
#[derive(Clone, Debug, PartialEq)]
pub struct Schema {
    /// The fields, in slot order.
    pub fields: Vec<FieldSpec>,
    /// Slot of the `key` field, which names the lead in every output.
    pub key: Option<usize>,
}

impl Schema {
    /// The slot of the field named `name` (as the rule file declares it).
    pub fn slot_of(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }
}

/// One field of a lead: its name in the rules, its kind and where a lead file has it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldSpec {
    /// The field's name in the rule file.
    pub name: String,
    /// What the field holds, and so how its cells are read.
    pub kind: FieldKind,
    /// Column names (CSV headers or JSON keys) to read from, in order of preference. Never empty:
    /// a field declared without `from` is read from a column of its own name.
    pub columns: Vec<String>,
    /// Whether any rule reads this field. Unused fields are still read (to report bad values)
    /// only when they are the key.
    pub used: bool,
    /// For numbers, amounts, percentages and durations: the decimal mark the definition
    /// declares (`money format "1 000,50"`); `None` leaves it to the column's own cells.
    pub decimal_mark: Option<DecimalMark>,
}

/// Which of `,` and `.` is the decimal mark in a column of numbers: the other one, where it
/// appears, groups thousands. Needed only for a number such as `1.000` or `250,000`, which
/// reads as either.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DecimalMark {
    /// `1 000,50`: the comma is the decimal mark.
    Comma,
    /// `1,000.50`: the point is the decimal mark.
    Point,
}

impl DecimalMark {
    /// The mark itself: `,` or `.`.
    pub fn char(self) -> char {
        match self {
            DecimalMark::Comma => ',',
            DecimalMark::Point => '.',
        }
    }
}

/// What a field holds, as the rule file declares it (`employees : number`).
#[derive(Clone, Debug, PartialEq)]
pub enum FieldKind {
    /// A plain number (a count).
    Number,
    /// An amount of money.
    Money,
    /// Read as a percentage: `45`, `45%`, `45,5 %`; stored as a fraction.
    Percent,
    /// yes or no (`да`/`нет`, `true`/`false`… are read too).
    YesNo,
    /// Free text.
    Text,
    /// Read as a number of `unit`; stored as seconds.
    Duration(DurationUnit),
    /// A date, written as the format says; stored as civil seconds at midnight.
    Date(DateFormat),
    /// A date and time, written as the format says; stored as civil seconds.
    DateTime(DateFormat),
    /// One value of a list, each with the spellings a CRM uses for it.
    OneOf(Vec<EnumValue>),
}

impl FieldKind {
    /// How the kind is written in a rule file, for messages ("expected money").
    pub fn describe(&self) -> String {
        match self {
            FieldKind::Number => "a number".into(),
            FieldKind::Money => "an amount of money".into(),
            FieldKind::Percent => "a percentage".into(),
            FieldKind::YesNo => "yes or no".into(),
            FieldKind::Text => "text".into(),
            FieldKind::Duration(u) => format!("a number of {}", u.plural()),
            FieldKind::Date(f) => format!("a date ({})", f.describe()),
            FieldKind::DateTime(f) => format!("a date and time ({})", f.describe()),
            FieldKind::OneOf(values) => {
                let names: Vec<String> = values
                    .iter()
                    .map(|v| match v.spellings.first() {
                        Some(s) => format!("{} (\"{}\")", v.name, s),
                        None => v.name.clone(),
                    })
                    .collect();
                format!("one of {}", names.join(", "))
            }
        }
    }
}

/// One allowed value of a `one of` field. A cell matches it when it equals, ignoring case and
/// surrounding spaces, the name or any spelling.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumValue {
    /// The value's name in the rules: `referral`.
    pub name: String,
    /// Other ways a CRM writes it: `рекомендация`.
    pub spellings: Vec<String>,
}

/// How dates are written in a column. `Default` accepts ISO `2026-12-01` and `01.12.2026`;
/// a declared format such as `m/d/yyyy` accepts that order with that separator (and ISO).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DateFormat {
    /// ISO `2026-12-01` or `01.12.2026`.
    #[default]
    Default,
    /// A declared format such as `m/d/yyyy`.
    Declared {
        /// Which part comes first, second and third.
        order: DateOrder,
        /// The character between the parts.
        separator: char,
    },
}

/// The order of the day, month and year in a declared date format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    /// `dd.mm.yyyy`.
    DayMonthYear,
    /// `m/d/yyyy`.
    MonthDayYear,
    /// `yyyy-mm-dd`.
    YearMonthDay,
}

impl DateFormat {
    /// Reads a format such as `m/d/yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`. Returns `None` when it is
    /// not three parts (day `d`/`dd`, month `m`/`mm`, year `yyyy`) joined by one separator.
    pub fn parse(text: &str) -> Option<DateFormat> {
        let lower = text.trim().to_lowercase();
        let separator = lower.chars().find(|c| !c.is_alphabetic())?;
        let parts: Vec<&str> = lower.split(separator).collect();
        if parts.len() != 3 {
            return None;
        }
        let kind = |p: &str| match p {
            "d" | "dd" => Some('d'),
            "m" | "mm" => Some('m'),
            "yyyy" => Some('y'),
            _ => None,
        };
        let kinds = [kind(parts[0])?, kind(parts[1])?, kind(parts[2])?];
        let order = match kinds {
            ['d', 'm', 'y'] => DateOrder::DayMonthYear,
            ['m', 'd', 'y'] => DateOrder::MonthDayYear,
            ['y', 'm', 'd'] => DateOrder::YearMonthDay,
            _ => return None,
        };
        Some(DateFormat::Declared { order, separator })
    }

    /// The format in words, for messages: `as m/d/yyyy`.
    pub fn describe(self) -> String {
        match self {
            DateFormat::Default => "such as 2026-12-01 or 01.12.2026".into(),
            DateFormat::Declared { order, separator } => {
                let s = separator;
                match order {
                    DateOrder::DayMonthYear => format!("as d{s}m{s}yyyy"),
                    DateOrder::MonthDayYear => format!("as m{s}d{s}yyyy"),
                    DateOrder::YearMonthDay => format!("as yyyy{s}m{s}d"),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_formats() {
        assert_eq!(
            DateFormat::parse("m/d/yyyy"),
            Some(DateFormat::Declared { order: DateOrder::MonthDayYear, separator: '/' })
        );
        assert_eq!(
            DateFormat::parse("DD.MM.YYYY"),
            Some(DateFormat::Declared { order: DateOrder::DayMonthYear, separator: '.' })
        );
        assert_eq!(DateFormat::parse("m/d"), None);
        assert_eq!(DateFormat::parse("q/d/yyyy"), None);
    }
}
