//! Numbers, money, percentages and ratios as people read them, in a [`Style`].

use crate::locale::Lang;
use std::fmt::Write;

/// How numbers are written: the marks a language uses for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Between the whole part and the decimals: the `.` of `2.5`.
    pub decimal_mark: char,
    /// Between groups of three digits: the space of `500 000`.
    pub group_separator: char,
    /// Whole parts of at most this many digits are written without groups: `5000`, `50 000`.
    pub ungrouped_digits: usize,
    /// What follows the number of a percentage: the `%` of `45%`.
    pub percent_sign: &'static str,
}

/// Numbers as the English text of leadrules writes them: `1 234 567.5`, `45%`.
pub const ENGLISH: Style = Style { decimal_mark: '.', group_separator: ' ', ungrouped_digits: 4, percent_sign: "%" };

/// Numbers as Russian text writes them: `1 234 567,5`, `45 %` (a comma before the decimals, a
/// space before the percent sign).
pub const RUSSIAN: Style = Style { decimal_mark: ',', group_separator: ' ', ungrouped_digits: 4, percent_sign: " %" };

/// What a report writes for a figure there is nothing to compute from (no decided lead, say).
pub const MISSING: &str = "—";

impl Style {
    /// The style of a language's text: [`ENGLISH`] or [`RUSSIAN`].
    pub const fn of(lang: Lang) -> Style {
        match lang {
            Lang::En => ENGLISH,
            Lang::Ru => RUSSIAN,
        }
    }

    /// The same style with another decimal mark: the `,` of a CSV file Russian Excel opens.
    pub const fn with_decimal_mark(self, decimal_mark: char) -> Style {
        Style { decimal_mark, ..self }
    }

    /// A number rounded to at most two decimals, without a useless `.0` and without groups:
    /// `15695083.25`, `0.5`, `-20`. Cells of CSV files and snapshots, scores and fits.
    pub fn number(self, v: f64) -> String {
        let mut text = String::new();
        self.write_number(&mut text, v);
        text
    }

    /// Appends [`Style::number`] to `out`, for writers that reuse one buffer.
    pub fn write_number(self, out: &mut String, v: f64) {
        let cents = (v * 100.0).round();
        // Below 10^12 a double's spacing is far under a cent, so the shortest text that reads
        // back as `cents / 100` is its integer part and at most two decimals: written here digit
        // by digit, without the general float formatting.
        if cents.abs() < 1e14 {
            let cents = cents as i64;
            if cents < 0 {
                out.push('-');
            }
            let (whole, fraction) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
            write_digits(out, whole);
            if fraction != 0 {
                out.push(self.decimal_mark);
                out.push(char::from(b'0' + (fraction / 10) as u8));
                if fraction % 10 != 0 {
                    out.push(char::from(b'0' + (fraction % 10) as u8));
                }
            }
            return;
        }
        let start = out.len();
        if !cents.is_finite() && v.is_finite() {
            // Too large to count in cents (`1e308`, `5.4e307`): three digits and the power of ten,
            // never `inf`.
            let text = format!("{v:.2e}");
            let (mantissa, power) = text.split_once('e').unwrap_or((text.as_str(), "0"));
            let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
            let _ = write!(out, "{mantissa}e{power}");
            self.mark_decimals(out, start);
            return;
        }
        let rounded = cents / 100.0;
        let _ = if rounded.fract() == 0.0 && rounded.abs() < 9e18 {
            write!(out, "{}", rounded as i64)
        } else {
            write!(out, "{rounded}")
        };
        self.mark_decimals(out, start);
    }

    /// [`Style::number`] with the whole part in groups of three once it has more digits than
    /// [`Style::ungrouped_digits`]: `500 000`, `1 234 567.5`, `5000`, `-20`.
    pub fn grouped(self, v: f64) -> String {
        let text = self.number(v);
        if text.contains('e') {
            // `1e308` has no groups.
            return text;
        }
        let (sign, rest) = text.strip_prefix('-').map_or(("", text.as_str()), |r| ("-", r));
        let (whole, decimals) = rest.split_once(self.decimal_mark).map_or((rest, None), |(w, d)| (w, Some(d)));
        if whole.len() <= self.ungrouped_digits {
            return text.clone();
        }
        let mut out = String::from(sign);
        self.write_groups(&mut out, whole);
        if let Some(decimals) = decimals {
            out.push(self.decimal_mark);
            out.push_str(decimals);
        }
        out
    }

    /// A whole number with its digits always in groups of three (`1 234`): how exports often
    /// write amounts, whatever [`Style::ungrouped_digits`] says.
    pub fn grouped_always(self, n: u64) -> String {
        let mut out = String::new();
        self.write_groups(&mut out, &n.to_string());
        out
    }

    /// An amount of money: grouped, to the cent (`1 500 000`, `2 500.5`). The rules carry no
    /// currency, so none is written.
    pub fn money(self, v: f64) -> String {
        self.grouped(v)
    }

    /// A fraction as a percentage, to at most two decimals: `0.455` → `45.5%`.
    pub fn percent(self, fraction: f64) -> String {
        let mut text = self.number(fraction * 100.0);
        text.push_str(self.percent_sign);
        text
    }

    /// A fraction as a percentage with exactly `decimals` decimals: `0.4567` → `45.7%` (one).
    pub fn percent_fixed(self, fraction: f64, decimals: usize) -> String {
        let mut text = self.fixed(fraction * 100.0, decimals);
        text.push_str(self.percent_sign);
        text
    }

    /// Two fractions as a range of percentages with `decimals` decimals: `12.3–45.6%`.
    pub fn percent_range_fixed(self, low: f64, high: f64, decimals: usize) -> String {
        let mut text = self.fixed(low * 100.0, decimals);
        text.push('–');
        text.push_str(&self.fixed(high * 100.0, decimals));
        text.push_str(self.percent_sign);
        text
    }

    /// How many times: `1.25×` (with two decimals).
    pub fn times_fixed(self, v: f64, decimals: usize) -> String {
        let mut text = self.fixed(v, decimals);
        text.push('×');
        text
    }

    /// `v` with exactly `decimals` decimals, rounded as Rust's formatting rounds.
    pub fn fixed(self, v: f64, decimals: usize) -> String {
        let mut text = format!("{v:.decimals$}");
        self.mark_decimals(&mut text, 0);
        text
    }

    /// A number with every digit it has, to read a cell back exactly: `1.234`, `1234`.
    pub fn exact(self, v: f64) -> String {
        let mut text = v.to_string();
        self.mark_decimals(&mut text, 0);
        text
    }

    /// A number that may be huge, tiny or no number at all, as short as it can be read:
    /// `1e308`, `-2.5e300`, `12`, `0.5`, `infinity`, `not a number`. For the numbers of a
    /// calculation that overflowed; elsewhere numbers are [`Style::number`]s.
    pub fn any_number(self, v: f64) -> String {
        if v.is_nan() {
            "not a number".into()
        } else if v.is_infinite() {
            if v > 0.0 { "infinity".into() } else { "-infinity".into() }
        } else if v != 0.0 && !(1e-6..1e15).contains(&v.abs()) {
            let mut text = format!("{v:e}");
            self.mark_decimals(&mut text, 0);
            text
        } else {
            self.number(v)
        }
    }

    /// Digits in groups of three, separated by the style's separator.
    fn write_groups(self, out: &mut String, digits: &str) {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(self.group_separator);
            }
            out.push(c);
        }
    }

    /// Replaces the `.` Rust writes, from byte `start` on, by the style's decimal mark.
    fn mark_decimals(self, out: &mut String, start: usize) {
        if self.decimal_mark != '.'
            && let Some(point) = out[start..].find('.')
        {
            let point = start + point;
            out.replace_range(point..=point, self.decimal_mark.encode_utf8(&mut [0; 4]));
        }
    }
}

/// Appends the decimal digits of `n`.
fn write_digits(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[start..].iter().for_each(|d| out.push(char::from(*d)));
}
