//! Counting outcomes and the statistics a committee reads: conversion, its Wilson interval, lift.

use super::model::{Group, Interval};

/// How a history row ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DealOutcome {
    Won,
    Lost,
    Open,
}

/// Won, lost and open counts of some group of leads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub won: u64,
    pub lost: u64,
    pub open: u64,
}

impl Tally {
    pub fn add(&mut self, outcome: DealOutcome) {
        match outcome {
            DealOutcome::Won => self.won += 1,
            DealOutcome::Lost => self.lost += 1,
            DealOutcome::Open => self.open += 1,
        }
    }

    pub fn leads(&self) -> u64 {
        self.won + self.lost + self.open
    }

    /// Won over decided (won + lost).
    pub fn conversion(&self) -> Option<f64> {
        let decided = self.won + self.lost;
        (decided > 0).then(|| self.won as f64 / decided as f64)
    }

    /// The group as reported, with its share of `total` leads and its lift over `overall`.
    pub fn group(&self, name: &str, total: u64, overall: Option<f64>) -> Group {
        let conversion = self.conversion();
        Group {
            name: name.to_string(),
            leads: self.leads(),
            share: if total > 0 { self.leads() as f64 / total as f64 } else { 0.0 },
            won: self.won,
            lost: self.lost,
            open: self.open,
            conversion,
            interval: wilson(self.won, self.won + self.lost),
            lift: match (conversion, overall) {
                (Some(c), Some(o)) if o > 0.0 => Some(c / o),
                _ => None,
            },
        }
    }
}

/// The 95 % Wilson score interval of `successes` out of `trials`: honest for small groups and
/// for rates near 0 or 1, where the usual ± interval is not.
pub fn wilson(successes: u64, trials: u64) -> Option<Interval> {
    wilson_z(successes, trials, 1.959_963_984_540_054)
}

/// The Wilson score interval for a normal quantile `z` (1.96 for 95 %).
pub fn wilson_z(successes: u64, trials: u64, z: f64) -> Option<Interval> {
    if trials == 0 {
        return None;
    }
    let n = trials as f64;
    let p = successes as f64 / n;
    let z2 = z * z;
    let denominator = 1.0 + z2 / n;
    let center = (p + z2 / (2.0 * n)) / denominator;
    let half = z / denominator * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(Interval { low: (center - half).max(0.0), high: (center + half).min(1.0) })
}

/// The two-sided normal quantile for `confidence` shared by `comparisons` tests (Bonferroni):
/// 1.96 for 95 % and one comparison, wider for more, so that one of many groups does not look
/// different by chance. Found by bisection on the normal tail.
pub fn bonferroni_z(confidence: f64, comparisons: usize) -> f64 {
    let tail = (1.0 - confidence) / 2.0 / comparisons.max(1) as f64;
    let (mut low, mut high) = (0.0_f64, 10.0_f64);
    for _ in 0..80 {
        let mid = (low + high) / 2.0;
        if upper_tail(mid) > tail { low = mid } else { high = mid }
    }
    (low + high) / 2.0
}

/// P(Z > z) for a standard normal Z (Abramowitz and Stegun 7.1.26; error below 1.5e-7).
fn upper_tail(z: f64) -> f64 {
    let x = z / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly =
        t * (0.254_829_592 + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    0.5 * poly * (-x * x).exp()
}

#[cfg(test)]
mod tests {
    #[test]
    fn bonferroni_quantiles() {
        assert!((super::bonferroni_z(0.95, 1) - 1.95996).abs() < 1e-3);
        assert!((super::bonferroni_z(0.95, 10) - 2.80703).abs() < 1e-3);
        assert!((super::bonferroni_z(0.99, 1) - 2.57583).abs() < 1e-3);
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn wilson_matches_published_values() {
        // 7 of 8 (the seeds' BANT example): 0.529 .. 0.978.
        let i = wilson(7, 8).expect("interval");
        assert!((i.low - 0.5291).abs() < 1e-3 && (i.high - 0.9776).abs() < 1e-3, "{i:?}");
        // 10 of 20: 0.299 .. 0.701.
        let i = wilson(10, 20).expect("interval");
        assert!((i.low - 0.2993).abs() < 1e-3 && (i.high - 0.7007).abs() < 1e-3, "{i:?}");
        assert_eq!(wilson(0, 0), None);
    }

    proptest! {
        #[test]
        fn the_interval_holds_the_rate(won in 0u64..500, extra in 0u64..500) {
            let trials = won + extra;
            prop_assume!(trials > 0);
            let i = wilson(won, trials).expect("interval");
            let rate = won as f64 / trials as f64;
            prop_assert!(0.0 <= i.low && i.low <= rate + 1e-12 && rate <= i.high + 1e-12 && i.high <= 1.0);
        }
    }
}
