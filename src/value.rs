//! Values of a lead's fields at run time, and three-valued truth.
//!
//! INVARIANT: an empty or missing field is `Value::Unknown`, never zero or the empty string.
//! Units are erased here (the checker proved them): money and counts are plain numbers,
//! percentages are fractions (45 % is 0.45), durations are seconds, dates and date-times are
//! seconds since 1970-01-01T00:00 on the civil (time-zone-less) calendar.
#![warn(missing_docs)]

use serde::Serialize;

/// The value of one field of a lead, as the evaluator reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Not known: the cell was empty or missing.
    Unknown,
    /// A number, in the units given above (money, count, fraction, seconds).
    Number(f64),
    /// A yes/no answer.
    Bool(bool),
    /// Index of the value in its field's `one of` list.
    Enum(u32),
    /// Free text.
    Text(Box<str>),
    /// Civil seconds since 1970-01-01T00:00:00.
    Time(i64),
    /// Not known: the cell held a placeholder the definition declares to mean "no answer"
    /// (`unknown when "Select"`), kept as declared. The rules treat it as [`Value::Unknown`];
    /// reports keep it apart from a blank cell.
    Placeholder(Box<str>),
}

impl Value {
    /// Whether the value is known (anything but `Unknown` or a placeholder).
    pub fn is_known(&self) -> bool {
        !matches!(self, Value::Unknown | Value::Placeholder(_))
    }

    /// The placeholder the cell held, when it held one (`Select`).
    pub fn placeholder(&self) -> Option<&str> {
        match self {
            Value::Placeholder(text) => Some(text),
            _ => None,
        }
    }
}

/// How two spellings of one value are compared, everywhere: in reading a `one of` cell, in
/// `source = "Google"` on a text field, in matching a placeholder (`unknown when "Select"`) and
/// in grouping leads by a field in the backtest. Case does not count, nor do the blanks around the
/// text, and a run of blanks inside it counts as one space: `Google`, `google` and ` GOOGLE ` are
/// one spelling, `Google  Ads` and `google ads` another.
///
/// The characters of the folded spelling, one at a time.
pub fn folded_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace().enumerate().flat_map(|(i, word)| {
        let space = (i > 0).then_some(' ');
        space.into_iter().chain(word.chars().flat_map(char::to_lowercase))
    })
}

/// The folded spelling of `text` (see [`folded_chars`]): `" GOOGLE "` → `"google"`.
pub fn fold_spelling(text: &str) -> String {
    folded_chars(text).collect()
}

/// Whether two texts are one spelling (see [`folded_chars`]), without allocating.
pub fn same_spelling(a: &str, b: &str) -> bool {
    folded_chars(a).eq(folded_chars(b))
}

/// The names of the catch-all value of a `one of` field, in English and Russian
/// (`one of google ("Google"), bing, other`): a cell that spells no listed value is read as it.
pub const CATCH_ALL_NAMES: [&str; 2] = ["other", "прочее"];

/// The words a yes/no cell may hold, lowercase: yes/no, y/n, true/false, 1/0, да/нет, д/н,
/// истина/ложь, checked/unchecked (Airtable's checkboxes), and the marks ✓ ✔ ☑ ✅ / ✗ ✘ ❌.
pub const YES_WORDS: [&str; 12] = ["yes", "y", "true", "1", "да", "д", "истина", "checked", "✓", "✔", "☑", "✅"];
/// See [`YES_WORDS`].
pub const NO_WORDS: [&str; 11] = ["no", "n", "false", "0", "нет", "н", "ложь", "unchecked", "✗", "✘", "❌"];

/// Kleene's three-valued logic: `Unknown` is "could be either".
///
/// The order False < Unknown < True makes "and" the smaller and "or" the larger of two truths,
/// which the evaluator computes without branches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[repr(u8)]
pub enum Truth {
    /// Definitely false.
    False = 0,
    /// Could be either: it depends on facts not known yet.
    #[default]
    Unknown = 1,
    /// Definitely true.
    True = 2,
}

impl Truth {
    /// Kleene "and": false if either is false, true if both are true, else unknown.
    #[inline]
    pub fn and(self, other: Truth) -> Truth {
        if (other as u8) < (self as u8) { other } else { self }
    }

    /// Kleene "or": true if either is true, false if both are false, else unknown.
    #[inline]
    pub fn or(self, other: Truth) -> Truth {
        if (other as u8) > (self as u8) { other } else { self }
    }

    /// Kleene "not": unknown stays unknown.
    #[allow(clippy::should_implement_trait)]
    #[inline]
    pub fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }

    /// `holds` when `known`, else unknown.
    #[inline]
    pub fn decided(known: bool, holds: bool) -> Truth {
        // A look-up rather than branches: whether a field is known varies from lead to lead.
        const TABLE: [Truth; 4] = [Truth::Unknown, Truth::Unknown, Truth::False, Truth::True];
        TABLE[(usize::from(known) << 1) | usize::from(holds)]
    }

    /// A rule fires only when its condition is definitely true.
    #[inline]
    pub fn fires(self) -> bool {
        // True is 2, the only value with the high bit: a shift rather than a comparison,
        // which evaluation's tight loops turn into plain arithmetic.
        self as u8 >> 1 == 1
    }

    /// The truth in words, as the verdict columns show it: `yes`, `no`, `unknown`.
    pub fn word(self) -> &'static str {
        match self {
            Truth::True => "yes",
            Truth::False => "no",
            Truth::Unknown => "unknown",
        }
    }
}

impl From<bool> for Truth {
    fn from(b: bool) -> Truth {
        if b { Truth::True } else { Truth::False }
    }
}

/// Civil seconds since 1970-01-01T00:00 of a date-time.
pub fn civil_seconds(dt: jiff::civil::DateTime) -> i64 {
    let days = days_from_civil(dt.year() as i64, dt.month() as i64, dt.day() as i64);
    days * 86_400 + dt.hour() as i64 * 3_600 + dt.minute() as i64 * 60 + dt.second() as i64
}

/// The date-time of civil seconds since 1970-01-01T00:00, if within the calendar's range.
pub fn civil_datetime(seconds: i64) -> Option<jiff::civil::DateTime> {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let year = i16::try_from(y).ok()?;
    jiff::civil::DateTime::new(
        year,
        m as i8,
        d as i8,
        (rest / 3_600) as i8,
        (rest % 3_600 / 60) as i8,
        (rest % 60) as i8,
        0,
    )
    .ok()
}

// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian calendar).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spellings_fold_case_and_blanks() {
        assert_eq!(fold_spelling(" GOOGLE "), "google");
        assert_eq!(fold_spelling("Google \t\u{A0} Ads"), "google ads");
        assert_eq!(fold_spelling("НЕ УКАЗАНО"), "не указано");
        assert_eq!(fold_spelling("   "), "");
        assert!(same_spelling("Google", " google "));
        assert!(!same_spelling("Google Ads", "GoogleAds"), "blanks inside still separate words");
        assert!(!same_spelling("Google", "Googl"));
        assert!(!Value::Placeholder("Select".into()).is_known());
        assert_eq!(Value::Placeholder("Select".into()).placeholder(), Some("Select"));
        assert_eq!(Value::Unknown.placeholder(), None);
    }

    #[test]
    fn epoch_is_zero() {
        let dt = jiff::civil::date(1970, 1, 1).at(0, 0, 0, 0);
        assert_eq!(civil_seconds(dt), 0);
        assert_eq!(civil_seconds(jiff::civil::date(2026, 12, 1).at(9, 30, 0, 0)), 1_796_117_400);
    }

    /// `and`/`or` as the smaller/larger truth agree with Kleene's tables, written out.
    /// Evaluation counts fired rules and met criteria from a truth's bits: the high bit is
    /// set for True alone, the low bit for Unknown alone.
    #[test]
    fn a_truth_s_bits_say_fired_and_unknown() {
        for t in [Truth::False, Truth::Unknown, Truth::True] {
            assert_eq!(t.fires(), t == Truth::True);
            assert_eq!(t as u8 >> 1 == 1, t == Truth::True);
            assert_eq!(t as u8 & 1 == 1, t == Truth::Unknown);
        }
    }

    #[test]
    fn kleene_tables() {
        use Truth::*;
        for a in [False, Unknown, True] {
            for b in [False, Unknown, True] {
                let and = match (a, b) {
                    (False, _) | (_, False) => False,
                    (True, True) => True,
                    _ => Unknown,
                };
                let or = match (a, b) {
                    (True, _) | (_, True) => True,
                    (False, False) => False,
                    _ => Unknown,
                };
                assert_eq!((a.and(b), a.or(b)), (and, or), "{a:?} {b:?}");
            }
            assert_eq!(a.not().not(), a);
        }
        assert_eq!(Truth::decided(false, true), Unknown);
        assert_eq!(Truth::decided(true, false), False);
    }

    proptest! {
        #[test]
        fn civil_seconds_round_trip(s in -2_000_000_000i64..8_000_000_000i64) {
            let dt = civil_datetime(s).unwrap();
            prop_assert_eq!(civil_seconds(dt), s);
        }

        #[test]
        fn kleene_and_or_are_de_morgan_duals(a in 0..3u8, b in 0..3u8) {
            let t = |x| [Truth::False, Truth::True, Truth::Unknown][x as usize];
            prop_assert_eq!(t(a).and(t(b)).not(), t(a).not().or(t(b).not()));
            prop_assert_eq!(t(a).and(t(b)), t(b).and(t(a)));
        }
    }
}
