//! Reading dates and date-times from cells, as civil seconds since 1970-01-01T00:00.
//!
//! `DateFormat::Default` accepts `2026-12-01`, `01.12.2026` and `1.12.2026`. A declared format
//! (say `m/d/yyyy`) accepts that order with that separator, and ISO `yyyy-mm-dd` as well.
//! A time may follow the date after a space or `T`: `H:MM` or `H:MM:SS` (with optional
//! fractions of a second), optionally `AM`/`PM`, and, for ISO-style stamps, a trailing `Z` or
//! UTC offset (`+03:00`, `+0300`, `-05`), which is ignored: times are read as written on the
//! wall clock. A date alone in a date-time field is the start of that day; a date-time in a
//! date field keeps only the day (CRMs often export "created" dates with a time).
//! Impossible dates such as `31.02.2026` are errors that say why.
//!
//! A Unix timestamp is a date too, as amoCRM (`1732435200`, seconds) and HubSpot
//! (`1732435200000`, milliseconds) export their dates: a cell of 9 or 10 digits is seconds since
//! 1970-01-01 00:00 UTC (1973 to 2286), one of 12 or 13 digits milliseconds (the fraction of a
//! second dropped), read as the time in UTC on the wall clock; any other run of digits
//! (`20261201`) is no date. So is an Excel serial date, as a CSV saved from a sheet whose date
//! column has lost its format shows it: 5 digits of days since 1899-12-30 (`46350` is
//! 2026-11-24), a fraction the time of day (`46350,375` is 09:00), rounded to the second. Only
//! date and date-time fields read them: a number field never reads a date.

use crate::message::Message;
use crate::msg;
use crate::schema::{DateFormat, DateOrder};
use crate::value::{Value, civil_seconds};

/// Reads `text` (already trimmed, not empty) as a date or, when `with_time`, a date-time.
/// The error says what is wrong with the text (`is not a date (...)`).
pub(crate) fn read_date(text: &str, format: DateFormat, with_time: bool) -> Result<Value, Message> {
    let expected = || not_a_date(format, with_time);
    if let Some(seconds) = unix_seconds(text).or_else(|| excel_serial_seconds(text)) {
        return Ok(Value::Time(if with_time { seconds } else { seconds - seconds.rem_euclid(86_400) }));
    }
    let (date_text, time_text) = split_date_and_time(text);
    let (year, month, day) = parse_date_part(date_text, format).ok_or_else(expected)?;
    check_day(year, month, day)?;
    let (hour, minute, second) = match time_text {
        Some(time) => parse_time(time).ok_or_else(expected)?,
        None => (0, 0, 0),
    };
    let (hour, minute, second) = if with_time { (hour, minute, second) } else { (0, 0, 0) };
    let datetime = jiff::civil::DateTime::new(year, month, day, hour, minute, second, 0).map_err(|_| expected())?;
    Ok(Value::Time(civil_seconds(datetime)))
}

/// The seconds since 1970-01-01 00:00 UTC that `text` is as a Unix timestamp: 9 or 10 digits
/// of seconds, or 12 or 13 of milliseconds.
pub(crate) fn unix_seconds(text: &str) -> Option<i64> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: i64 = text.parse().ok()?;
    match text.len() {
        UNIX_SECONDS_FROM..=UNIX_SECONDS_TO => Some(number),
        UNIX_MILLISECONDS_FROM..=UNIX_MILLISECONDS_TO => Some(number.div_euclid(1000)),
        _ => None,
    }
}

/// The seconds since 1970-01-01 00:00 that `text` is as an Excel serial date: 5 digits of days
/// since 1899-12-30 (1927 to 2173), maybe a fraction of a day after `.` or `,`, rounded to the
/// second (as `floor(x + 0.5)`, which the SQL reading computes the same way).
pub(crate) fn excel_serial_seconds(text: &str) -> Option<i64> {
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((whole, fraction)) if !fraction.is_empty() => (whole, fraction),
        Some(_) => return None,
        None => (text, "0"),
    };
    if whole.len() != EXCEL_SERIAL_DIGITS || !(whole.bytes().chain(fraction.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let days: f64 = format!("{whole}.{fraction}").parse().ok()?;
    Some(((days - EXCEL_EPOCH_DAYS) * 86_400.0 + 0.5).floor() as i64)
}

/// How many digits an Excel serial date has, and the serial of 1970-01-01.
pub(crate) const EXCEL_SERIAL_DIGITS: usize = 5;
pub(crate) const EXCEL_EPOCH_DAYS: f64 = 25_569.0;

/// How many digits a Unix timestamp in seconds has (1973 to 2286), and one in milliseconds.
pub(crate) const UNIX_SECONDS_FROM: usize = 9;
pub(crate) const UNIX_SECONDS_TO: usize = 10;
pub(crate) const UNIX_MILLISECONDS_FROM: usize = 12;
pub(crate) const UNIX_MILLISECONDS_TO: usize = 13;

/// What is wrong with a cell that is not a date (or date and time) as `format` writes it.
pub(crate) fn not_a_date(format: DateFormat, with_time: bool) -> Message {
    let usual = formats(format);
    let formats = if with_time { msg!("input-date-with-time", date = usual) } else { usual };
    let expected = match with_time {
        true => msg!("input-expect-date-time", format = formats),
        false => msg!("input-expect-date", format = formats),
    };
    super::values::is_not(expected)
}

/// What a cell of a date (or date-time) field should look like: the words after "is not".
pub(crate) fn expected(format: DateFormat, with_time: bool) -> Message {
    match with_time {
        true => msg!("input-expect-date-time", format = formats(format)),
        false => msg!("input-expect-date", format = formats(format)),
    }
}

/// The ways a date may be written: `such as 2026-12-01 or 01.12.2026`, `as m/d/yyyy or 2026-12-01`.
fn formats(format: DateFormat) -> Message {
    match format {
        DateFormat::Default => msg!("input-date-usual"),
        DateFormat::Declared { order, separator: s } => {
            let pattern = match order {
                DateOrder::DayMonthYear => format!("d{s}m{s}yyyy"),
                DateOrder::MonthDayYear => format!("m{s}d{s}yyyy"),
                DateOrder::YearMonthDay => format!("yyyy{s}m{s}d"),
            };
            msg!("input-date-declared", pattern = pattern)
        }
    }
}

/// Splits at the first space or `T` that follows the date.
fn split_date_and_time(text: &str) -> (&str, Option<&str>) {
    match text.find([' ', 'T', 't', '\u{00A0}']) {
        Some(at) => {
            let separator_len = text[at..].chars().next().map_or(1, char::len_utf8);
            // Some spreadsheets write `01.12.2026, 14:30`.
            let date = text[..at].strip_suffix(',').unwrap_or(&text[..at]);
            (date, Some(text[at + separator_len..].trim()))
        }
        None => (text, None),
    }
}

/// Reads the date part in the declared order and separator, or ISO `yyyy-mm-dd`.
fn parse_date_part(text: &str, format: DateFormat) -> Option<(i16, i8, i8)> {
    if let Some(iso) = parse_ordered(text, DateOrder::YearMonthDay, '-') {
        return Some(iso);
    }
    match format {
        DateFormat::Default => parse_ordered(text, DateOrder::DayMonthYear, '.'),
        DateFormat::Declared { order, separator } => parse_ordered(text, order, separator),
    }
}

fn parse_ordered(text: &str, order: DateOrder, separator: char) -> Option<(i16, i8, i8)> {
    let mut parts = text.split(separator);
    let (first, second, third) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let (year, month, day) = match order {
        DateOrder::DayMonthYear => (third, second, first),
        DateOrder::MonthDayYear => (third, first, second),
        DateOrder::YearMonthDay => (first, second, third),
    };
    let year = small_number(year, 4, 4)?;
    let month = small_number(month, 1, 2)?;
    let day = small_number(day, 1, 2)?;
    Some((year as i16, month as i8, day as i8))
}

/// A run of `min..=max` ASCII digits as a number.
fn small_number(text: &str, min: usize, max: usize) -> Option<u32> {
    if !(min..=max).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Checks the day exists, with a message that says why not.
fn check_day(year: i16, month: i8, day: i8) -> Result<(), Message> {
    if year < 1 {
        return Err(msg!("input-date-no-year-zero"));
    }
    if !(1..=12).contains(&month) {
        return Err(msg!("input-date-no-such-month", month = month as i32));
    }
    let days = days_in_month(year, month);
    if day < 1 || day > days {
        return Err(msg!("input-date-month-days", month = month as i32, year = year as i32, days = days as i32));
    }
    Ok(())
}

fn days_in_month(year: i16, month: i8) -> i8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Reads `H:MM`, `H:MM:SS`, `H:MM:SS.fff`, then optional `AM`/`PM`, then an optional `Z` or
/// offset. Returns hour, minute, second on the 24-hour clock.
fn parse_time(text: &str) -> Option<(i8, i8, i8)> {
    let text = strip_offset(text.trim());
    let (clock, meridiem) = split_meridiem(text);
    let mut parts = clock.split(':');
    let hour = small_number(parts.next()?, 1, 2)?;
    let minute = small_number(parts.next()?, 2, 2)?;
    let second = match parts.next() {
        Some(seconds) => {
            let whole = match seconds.split_once(['.', ',']) {
                Some((whole, fraction)) => {
                    if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                        return None;
                    }
                    whole
                }
                None => seconds,
            };
            small_number(whole, 2, 2)?
        }
        None => 0,
    };
    if parts.next().is_some() || minute > 59 || second > 59 {
        return None;
    }
    let hour = match meridiem {
        None if hour <= 23 => hour,
        Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
        _ => return None,
    };
    Some((hour as i8, minute as i8, second as i8))
}

/// Removes a trailing `Z`, `+03:00`, `+0300`, `+03` or `-05:00` after a time.
fn strip_offset(text: &str) -> &str {
    if let Some(rest) = text.strip_suffix(['Z', 'z']) {
        return rest.trim_end();
    }
    // The offset's sign comes after the clock, which itself has no signs.
    if let Some(at) = text.rfind(['+', '-']) {
        let offset = &text[at + 1..];
        let digits = offset.bytes().filter(u8::is_ascii_digit).count();
        let clock = text[..at].trim_end();
        if clock.contains(':')
            && (digits == 2 || digits == 4)
            && offset.bytes().all(|b| b.is_ascii_digit() || b == b':')
        {
            return clock;
        }
    }
    text
}

/// Splits `2:30 PM` / `2:30pm` into the clock and whether it is PM.
fn split_meridiem(text: &str) -> (&str, Option<bool>) {
    let lower_ends_with = |suffix: &str| {
        text.len() >= 2 && text.is_char_boundary(text.len() - 2) && text[text.len() - 2..].eq_ignore_ascii_case(suffix)
    };
    if lower_ends_with("am") {
        (text[..text.len() - 2].trim_end(), Some(false))
    } else if lower_ends_with("pm") {
        (text[..text.len() - 2].trim_end(), Some(true))
    } else {
        (text, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::civil_seconds;

    fn at(y: i16, m: i8, d: i8, h: i8, min: i8, s: i8) -> Value {
        Value::Time(civil_seconds(jiff::civil::date(y, m, d).at(h, min, s, 0)))
    }

    fn date(text: &str) -> Result<Value, String> {
        read_date(text, DateFormat::Default, false).map_err(|e| e.to_string())
    }

    fn datetime(text: &str) -> Result<Value, String> {
        read_date(text, DateFormat::Default, true).map_err(|e| e.to_string())
    }

    fn us() -> DateFormat {
        DateFormat::parse("m/d/yyyy").unwrap()
    }

    #[test]
    fn default_dates() {
        assert_eq!(date("2026-12-01"), Ok(at(2026, 12, 1, 0, 0, 0)));
        assert_eq!(date("01.12.2026"), Ok(at(2026, 12, 1, 0, 0, 0)));
        assert_eq!(date("1.12.2026"), Ok(at(2026, 12, 1, 0, 0, 0)));
        assert_eq!(date("29.02.2024"), Ok(at(2024, 2, 29, 0, 0, 0)));
        assert_eq!(date("2026-1-5"), Ok(at(2026, 1, 5, 0, 0, 0)));
    }

    #[test]
    fn a_date_field_keeps_only_the_day_of_a_timestamp() {
        assert_eq!(date("01.12.2026 14:30"), Ok(at(2026, 12, 1, 0, 0, 0)));
        assert_eq!(date("2026-12-01T14:30:00Z"), Ok(at(2026, 12, 1, 0, 0, 0)));
    }

    #[test]
    fn declared_formats() {
        assert_eq!(read_date("3/1/2017", us(), false), Ok(at(2017, 3, 1, 0, 0, 0)));
        assert_eq!(read_date("12/31/2017", us(), false), Ok(at(2017, 12, 31, 0, 0, 0)));
        assert_eq!(read_date("2017-03-01", us(), false), Ok(at(2017, 3, 1, 0, 0, 0)));
        assert!(read_date("31/12/2017", us(), false).is_err());
        assert!(read_date("01.03.2017", us(), false).is_err());
        let ymd = DateFormat::parse("yyyy/mm/dd").unwrap();
        assert_eq!(read_date("2017/03/01", ymd, false), Ok(at(2017, 3, 1, 0, 0, 0)));
    }

    #[test]
    fn datetimes() {
        assert_eq!(datetime("01.12.2026 14:30"), Ok(at(2026, 12, 1, 14, 30, 0)));
        assert_eq!(datetime("01.12.2026 9:05:07"), Ok(at(2026, 12, 1, 9, 5, 7)));
        assert_eq!(datetime("2026-12-01T14:30:00"), Ok(at(2026, 12, 1, 14, 30, 0)));
        assert_eq!(datetime("2026-12-01T14:30:00Z"), Ok(at(2026, 12, 1, 14, 30, 0)));
        assert_eq!(datetime("2026-12-01T14:30:00.123Z"), Ok(at(2026, 12, 1, 14, 30, 0)));
        assert_eq!(datetime("2026-12-01T14:30:00+03:00"), Ok(at(2026, 12, 1, 14, 30, 0)));
        assert_eq!(datetime("2026-12-01T14:30:00-0500"), Ok(at(2026, 12, 1, 14, 30, 0)));
        assert_eq!(datetime("2026-12-01 14:30+03"), Ok(at(2026, 12, 1, 14, 30, 0)));
        assert_eq!(datetime("01.12.2026"), Ok(at(2026, 12, 1, 0, 0, 0)));
        assert_eq!(datetime("01.12.2026   14:30"), Ok(at(2026, 12, 1, 14, 30, 0)));
    }

    #[test]
    fn twelve_hour_clock() {
        let f = us();
        assert_eq!(read_date("3/1/2017 2:30 PM", f, true), Ok(at(2017, 3, 1, 14, 30, 0)));
        assert_eq!(read_date("3/1/2017 2:30pm", f, true), Ok(at(2017, 3, 1, 14, 30, 0)));
        assert_eq!(read_date("3/1/2017 12:05 AM", f, true), Ok(at(2017, 3, 1, 0, 5, 0)));
        assert_eq!(read_date("3/1/2017 12:05 PM", f, true), Ok(at(2017, 3, 1, 12, 5, 0)));
        assert_eq!(read_date("3/1/2017 11:59:59 pm", f, true), Ok(at(2017, 3, 1, 23, 59, 59)));
        assert!(read_date("3/1/2017 13:00 PM", f, true).is_err());
        assert!(read_date("3/1/2017 0:30 AM", f, true).is_err());
    }

    #[test]
    fn unix_timestamps_in_seconds_and_milliseconds_are_utc() {
        // 2024-11-24 08:00:00 UTC, as amoCRM and HubSpot write it.
        assert_eq!(datetime("1732435200"), Ok(at(2024, 11, 24, 8, 0, 0)));
        assert_eq!(datetime("1732435200000"), Ok(at(2024, 11, 24, 8, 0, 0)));
        assert_eq!(datetime("1732435201999"), Ok(at(2024, 11, 24, 8, 0, 1)));
        assert_eq!(datetime("100000000"), Ok(at(1973, 3, 3, 9, 46, 40)));
        assert_eq!(datetime("9999999999999"), Ok(at(2286, 11, 20, 17, 46, 39)));
        // A date field keeps the day, in UTC.
        assert_eq!(date("1732492799"), Ok(at(2024, 11, 24, 0, 0, 0)));
        assert_eq!(date("1732492800000"), Ok(at(2024, 11, 25, 0, 0, 0)));
        // Excel's serial dates (days since 1899-12-30), the fraction the time of day.
        assert_eq!(datetime("46350"), Ok(at(2026, 11, 24, 0, 0, 0)));
        assert_eq!(datetime("46350,375"), Ok(at(2026, 11, 24, 9, 0, 0)));
        assert_eq!(datetime("46350.99999"), Ok(at(2026, 11, 24, 23, 59, 59)));
        assert_eq!(date("46350.75"), Ok(at(2026, 11, 24, 0, 0, 0)));
        assert!(datetime("46350.").is_err() && datetime("4635").is_err() && datetime("46350.3.1").is_err());
        // Other runs of digits, signs or fractions are no timestamp.
        for bad in ["12345678", "17324352000", "17324352000000", "-1732435200", "1732435200.5", "+1732435200"] {
            assert!(datetime(bad).is_err(), "{bad:?} should not be a date-time");
        }
    }

    #[test]
    fn impossible_dates_say_why() {
        assert_eq!(date("31.02.2026"), Err("is not a real date (February 2026 has 28 days)".into()));
        assert_eq!(date("29.02.2025"), Err("is not a real date (February 2025 has 28 days)".into()));
        assert_eq!(date("31.04.2026"), Err("is not a real date (April 2026 has 30 days)".into()));
        assert_eq!(date("2026-13-01"), Err("is not a real date (there is no month 13)".into()));
        assert_eq!(date("00.12.2026"), Err("is not a real date (December 2026 has 31 days)".into()));
        assert_eq!(date("01.00.2026"), Err("is not a real date (there is no month 0)".into()));
    }

    #[test]
    fn malformed_dates() {
        for bad in [
            "01/12/2026",
            "12.2026",
            "01.12.26",
            "2026.12.01",
            "01-12-2026",
            "tomorrow",
            "1.12.2026.",
            "01.12.2026 25:00",
            "01.12.2026 14:60",
            "01.12.2026 14",
            "01.12.2026 14:3",
            "01.12.2026 14:30:61",
            "01.12.2026 noon",
            "20261201",
            "01.12.2026T",
            "1 декабря 2026",
        ] {
            assert!(datetime(bad).is_err(), "{bad:?} should not be a date-time");
        }
        assert_eq!(date("01/12/2026"), Err("is not a date (such as 2026-12-01 or 01.12.2026)".into()));
        assert_eq!(
            read_date("1.3.2017", us(), false).map_err(|e| e.to_string()),
            Err("is not a date (as m/d/yyyy or 2026-12-01)".into())
        );
    }
}
