//! What a lead looks like to the rules: its fields, in slot order, with their kinds and the
//! column names they are read from. Built by `compile`, read by `input` and `eval`.
#![warn(missing_docs)]

use crate::message::Message;
use crate::msg;
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
    /// Cells that mean "no answer" (`unknown when "Select", "-"`), as declared: read as
    /// unknown, and kept apart from a blank cell in every report.
    pub unknown_when: Vec<String>,
}

impl FieldSpec {
    /// Whether a file without its column is warned about: not a column a command asked for
    /// (`backtest --by`, `--value`, named in parentheses, which no field of a rule file can be),
    /// whose absence is that command's own error.
    pub fn warned_when_missing(&self) -> bool {
        self.used && !self.name.starts_with('(')
    }
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
    /// What the field holds, as a part of a message ("expected an amount of money"): said in a
    /// person's language with [`Lang::text`](crate::locale::Lang::text), or nested in a message.
    pub fn message(&self) -> Message {
        match self {
            FieldKind::Number => msg!("schema-kind-number"),
            FieldKind::Money => msg!("schema-kind-money"),
            FieldKind::Percent => msg!("schema-kind-percent"),
            FieldKind::YesNo => msg!("schema-kind-yes-no"),
            FieldKind::Text => msg!("schema-kind-text"),
            FieldKind::Duration(DurationUnit::Seconds) => msg!("schema-kind-seconds"),
            FieldKind::Duration(DurationUnit::Minutes) => msg!("schema-kind-minutes"),
            FieldKind::Duration(DurationUnit::Hours) => msg!("schema-kind-hours"),
            FieldKind::Duration(DurationUnit::Days) => msg!("schema-kind-days"),
            FieldKind::Duration(DurationUnit::Weeks) => msg!("schema-kind-weeks"),
            FieldKind::Duration(DurationUnit::Months) => msg!("schema-kind-months"),
            FieldKind::Duration(DurationUnit::Years) => msg!("schema-kind-years"),
            FieldKind::Date(f) => msg!("schema-kind-date", format = f.message()),
            FieldKind::DateTime(f) => msg!("schema-kind-date-time", format = f.message()),
            FieldKind::OneOf(values) => {
                // The author's own names and spellings, shown as written.
                let names: Vec<String> = values
                    .iter()
                    .map(|v| match v.spellings.first() {
                        Some(s) => format!("{} (\"{}\")", v.name, s),
                        None => v.name.clone(),
                    })
                    .collect();
                msg!("schema-kind-one-of", values = names.join(", "))
            }
        }
    }

    /// [`FieldKind::message`] in English (for tests and logs).
    pub fn describe(&self) -> String {
        self.message().to_string()
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

    /// The format in words, as a part of a message: `as m/d/yyyy`, `such as 2026-12-01 or
    /// 01.12.2026`.
    pub fn message(self) -> Message {
        match self {
            DateFormat::Default => msg!("schema-date-format-default"),
            DateFormat::Declared { order, separator } => {
                let s = separator;
                // The pattern is written the way a rule file writes it, in every language.
                let pattern = match order {
                    DateOrder::DayMonthYear => format!("d{s}m{s}yyyy"),
                    DateOrder::MonthDayYear => format!("m{s}d{s}yyyy"),
                    DateOrder::YearMonthDay => format!("yyyy{s}m{s}d"),
                };
                msg!("schema-date-format-declared", pattern = pattern)
            }
        }
    }

    /// [`DateFormat::message`] in English (for tests and logs).
    pub fn describe(self) -> String {
        self.message().to_string()
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

    #[test]
    fn kinds_are_said_in_both_languages() {
        use crate::locale::Lang;
        let declared = DateFormat::parse("dd.mm.yyyy").expect("a format");
        let referral = EnumValue { name: "referral".into(), spellings: vec!["рекомендация".into()] };
        let web = EnumValue { name: "web".into(), spellings: vec![] };
        let kinds = [
            (FieldKind::Number, "a number", "число"),
            (FieldKind::Money, "an amount of money", "денежная сумма"),
            (FieldKind::Percent, "a percentage", "процент"),
            (FieldKind::YesNo, "yes or no", "да или нет"),
            (FieldKind::Text, "text", "текст"),
            (FieldKind::Duration(DurationUnit::Seconds), "a number of seconds", "число секунд"),
            (FieldKind::Duration(DurationUnit::Minutes), "a number of minutes", "число минут"),
            (FieldKind::Duration(DurationUnit::Hours), "a number of hours", "число часов"),
            (FieldKind::Duration(DurationUnit::Days), "a number of days", "число дней"),
            (FieldKind::Duration(DurationUnit::Weeks), "a number of weeks", "число недель"),
            (
                FieldKind::Duration(DurationUnit::Months),
                "a number of months (of 30 days)",
                "число месяцев (по 30 дней)",
            ),
            (FieldKind::Duration(DurationUnit::Years), "a number of years (of 365 days)", "число лет (по 365 дней)"),
            (
                FieldKind::Date(DateFormat::Default),
                "a date (such as 2026-12-01 or 01.12.2026)",
                "дата (например, 2026-12-01 или 01.12.2026)",
            ),
            (FieldKind::DateTime(declared), "a date and time (as d.m.yyyy)", "дата и время (в виде d.m.yyyy)"),
            (
                FieldKind::OneOf(vec![referral, web]),
                "one of referral (\"рекомендация\"), web",
                "одно из значений: referral (\"рекомендация\"), web",
            ),
        ];
        for (kind, english, russian) in kinds {
            assert_eq!((kind.describe(), Lang::Ru.text(&kind.message())), (english.to_string(), russian.to_string()));
        }
    }
}
