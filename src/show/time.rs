//! Durations, dates and date-times as people read them. Times are civil seconds since
//! 1970-01-01T00:00 (see `value`); a date out of the calendar's range is shown as its number.

use super::number::Style;
use crate::value::civil_datetime;

impl Style {
    /// A duration in the largest unit that divides it: `15 minutes`, `1 hour`, `2 weeks`;
    /// seconds when none does (`90.5 seconds`).
    pub fn duration(self, seconds: f64) -> String {
        let units = [(604_800.0, "week"), (86_400.0, "day"), (3_600.0, "hour"), (60.0, "minute")];
        for (size, name) in units {
            if seconds >= size && (seconds / size).fract() == 0.0 {
                let n = seconds / size;
                return format!("{} {name}{}", n, if n == 1.0 { "" } else { "s" });
            }
        }
        format!("{} seconds", self.number(seconds))
    }
}

/// The day of a time: `2026-12-01`.
pub fn date(seconds: f64) -> String {
    civil_datetime(seconds as i64).map_or_else(|| seconds.to_string(), |d| d.date().to_string())
}

/// A time to the minute: `2026-12-01 09:30`.
pub fn date_time(seconds: f64) -> String {
    civil_datetime(seconds as i64).map_or_else(|| seconds.to_string(), |at| minute(&at))
}

/// A date-time to the minute: `2026-12-01 09:30`.
pub fn minute(at: &jiff::civil::DateTime) -> String {
    let mut out = String::with_capacity(16);
    write_minute(&mut out, at);
    out
}

/// Appends a date-time to the minute, `2026-12-01 09:30`, as `%Y-%m-%d %H:%M` writes it: digit
/// by digit (the general formatting with widths costs more than the rest of a verdict row's
/// numbers together).
pub fn write_minute(out: &mut String, at: &jiff::civil::DateTime) {
    let year = at.year();
    if !(0..=9999).contains(&year) {
        use std::fmt::Write;
        let _ = write!(out, "{year:04}-{:02}-{:02} {:02}:{:02}", at.month(), at.day(), at.hour(), at.minute());
        return;
    }
    let two = |out: &mut String, n: i8| {
        out.push(char::from(b'0' + (n / 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    };
    two(out, (year / 100) as i8);
    two(out, (year % 100) as i8);
    out.push('-');
    two(out, at.month());
    out.push('-');
    two(out, at.day());
    out.push(' ');
    two(out, at.hour());
    out.push(':');
    two(out, at.minute());
}
