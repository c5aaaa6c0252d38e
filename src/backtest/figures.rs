//! How the backtest reports, text and HTML alike, write their figures: conversions and shares
//! as percentages, 95% intervals as ranges of percentages, lifts as ratios, and `—` where there
//! is nothing to divide. The numbers are written by `show`.

use super::model::Interval;
use crate::show::{ENGLISH, MISSING};

/// A fraction made safe to show as a share: finite and within 0..=1.
fn bounded(v: f64) -> f64 {
    if v.is_finite() { v.clamp(0.0, 1.0) } else { 0.0 }
}

/// `42%`: a share to the whole percent, within 0–100% (what the charts write on their bars).
pub fn percent_whole(v: f64) -> String {
    ENGLISH.percent_fixed(bounded(v), 0)
}

/// `42.3%`: a share to a tenth of a percent (the tables); `—` when there is nothing to divide.
pub fn percent_tenths(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite()).map_or(MISSING.into(), |v| ENGLISH.percent_fixed(v, 1))
}

/// `12–46%`: an interval to the whole percent, within 0–100%.
pub fn interval_whole(i: Interval) -> String {
    ENGLISH.percent_range_fixed(bounded(i.low), bounded(i.high), 0)
}

/// `12.3–45.6%`: an interval to a tenth of a percent, within 0–100%; `—` when there is none.
pub fn interval_tenths(i: Option<Interval>) -> String {
    i.map_or(MISSING.into(), |i| ENGLISH.percent_range_fixed(bounded(i.low), bounded(i.high), 1))
}

/// `1.25×`: how many times the overall conversion; `—` when there is nothing to divide.
pub fn lift(l: Option<f64>) -> String {
    l.filter(|l| l.is_finite()).map_or(MISSING.into(), |l| ENGLISH.times_fixed(l, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_as_the_reports_write_them() {
        assert_eq!(percent_whole(0.423), "42%");
        assert_eq!(percent_whole(1.5), "100%", "a share is at most everything");
        assert_eq!(percent_whole(f64::NAN), "0%");
        assert_eq!(percent_tenths(Some(0.4234)), "42.3%");
        assert_eq!(percent_tenths(Some(f64::INFINITY)), "—");
        assert_eq!(percent_tenths(None), "—");
        assert_eq!(interval_whole(Interval { low: 0.123, high: 0.456 }), "12–46%");
        assert_eq!(interval_tenths(Some(Interval { low: -0.1, high: 0.456 })), "0.0–45.6%");
        assert_eq!(interval_tenths(None), "—");
        assert_eq!(lift(Some(1.5)), "1.50×");
        assert_eq!(lift(None), "—");
    }
}
