//! Score bands: conversion per band of the main score with its Wilson interval, and from the top
//! band down the cumulative volume, conversion and share of won deals (the volume-versus-
//! conversion curve); and the score thresholds that give a chosen volume or conversion. Counted as
//! one tally per distinct score, so the thresholds are exact.

use super::model::Interval;
use super::stats::{DealOutcome, Tally, wilson};
use serde::Serialize;
use std::collections::HashMap;

/// A score with at most this many distinct values gets a band per value; more are grouped.
const MOST_BANDS: usize = 15;

/// One band of the score, with the figures from the top band down to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Band {
    /// The lowest and highest score in the band.
    pub low: f64,
    pub high: f64,
    pub leads: u64,
    pub won: u64,
    pub lost: u64,
    pub open: u64,
    pub conversion: Option<f64>,
    pub interval: Option<Interval>,
    /// Leads scoring at least `low`: their count, share of all leads, share of all won deals and
    /// conversion.
    pub cumulative_leads: u64,
    pub cumulative_share: f64,
    pub cumulative_won_share: Option<f64>,
    pub cumulative_conversion: Option<f64>,
}

/// What taking the leads that score at least `score` gives.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Threshold {
    /// `volume` or `conversion`, and the target as a fraction.
    pub target: String,
    pub wanted: f64,
    /// `None` when no threshold reaches the target.
    pub score: Option<f64>,
    pub leads: u64,
    pub share: f64,
    pub won: u64,
    pub won_share: Option<f64>,
    pub conversion: Option<f64>,
    pub interval: Option<Interval>,
}

/// The score-band table of a backtest.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Bands {
    /// The score's name (`score`).
    pub score: String,
    /// Best band first.
    pub bands: Vec<Band>,
    pub thresholds: Vec<Threshold>,
}

/// Tallies per distinct score, as leads are judged.
#[derive(Default)]
pub struct ScoreTallies(HashMap<u64, Tally>);

impl ScoreTallies {
    pub fn add(&mut self, score: f64, outcome: DealOutcome) {
        if score.is_finite() {
            self.0.entry((score + 0.0).to_bits()).or_default().add(outcome);
        }
    }

    /// The bands, best first, and the thresholds for the targets (fractions 0..=1).
    pub fn finish(self, score: &str, volume: Option<f64>, conversion: Option<f64>) -> Bands {
        let mut scores: Vec<(f64, Tally)> = self.0.into_iter().map(|(b, t)| (f64::from_bits(b), t)).collect();
        scores.sort_by(|a, b| b.0.total_cmp(&a.0));
        let total: u64 = scores.iter().map(|(_, t)| t.leads()).sum();
        let won_total: u64 = scores.iter().map(|(_, t)| t.won).sum();
        // Bands: each distinct score, or groups of about equal leads when there are many.
        let mut groups: Vec<Vec<(f64, Tally)>> = Vec::new();
        let per_band = if scores.len() <= MOST_BANDS { 0 } else { total.div_ceil(10) };
        let mut filled = 0u64;
        for (s, t) in &scores {
            if groups.is_empty() || per_band == 0 || filled >= per_band {
                groups.push(Vec::new());
                filled = 0;
            }
            filled += t.leads();
            if let Some(g) = groups.last_mut() {
                g.push((*s, *t));
            }
        }
        let mut cumulative = Tally::default();
        let bands = groups
            .iter()
            .map(|g| {
                let mut t = Tally::default();
                for (_, x) in g {
                    add(&mut t, x);
                }
                add(&mut cumulative, &t);
                Band {
                    low: g.last().map_or(0.0, |x| x.0),
                    high: g.first().map_or(0.0, |x| x.0),
                    leads: t.leads(),
                    won: t.won,
                    lost: t.lost,
                    open: t.open,
                    conversion: t.conversion(),
                    interval: wilson(t.won, t.won + t.lost),
                    cumulative_leads: cumulative.leads(),
                    cumulative_share: share(cumulative.leads(), total).unwrap_or(0.0),
                    cumulative_won_share: share(cumulative.won, won_total),
                    cumulative_conversion: cumulative.conversion(),
                }
            })
            .collect();
        // The curve at every distinct score, for the thresholds.
        let mut curve = Vec::new();
        let mut running = Tally::default();
        for (s, t) in &scores {
            add(&mut running, t);
            curve.push((*s, running));
        }
        let threshold = |target: &str, wanted: f64, at: Option<&(f64, Tally)>| {
            let (score, t) = at.map_or((None, Tally::default()), |(s, t)| (Some(*s), *t));
            Threshold {
                target: target.into(),
                wanted,
                score,
                leads: t.leads(),
                share: share(t.leads(), total).unwrap_or(0.0),
                won: t.won,
                won_share: share(t.won, won_total),
                conversion: t.conversion(),
                interval: wilson(t.won, t.won + t.lost),
            }
        };
        let mut thresholds = Vec::new();
        if let Some(v) = volume {
            // The most leads within the volume; the top score alone if even it is more.
            let at = curve.iter().rev().find(|(_, t)| share(t.leads(), total).unwrap_or(0.0) <= v + 1e-12);
            thresholds.push(threshold("volume", v, at.or(curve.first())));
        }
        if let Some(c) = conversion {
            // The most leads whose conversion is still at least the target.
            let at = curve.iter().rev().find(|(_, t)| t.conversion().is_some_and(|x| x >= c - 1e-12));
            thresholds.push(threshold("conversion", c, at));
        }
        Bands { score: score.to_string(), bands, thresholds }
    }
}

fn add(into: &mut Tally, t: &Tally) {
    into.won += t.won;
    into.lost += t.lost;
    into.open += t.open;
}

fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn outcome(o: u8) -> DealOutcome {
        [DealOutcome::Won, DealOutcome::Lost, DealOutcome::Open][o as usize % 3]
    }

    #[test]
    fn thresholds_for_a_volume_and_a_conversion() {
        let mut s = ScoreTallies::default();
        // 80: 2 won; 60: 1 won 1 lost; 30: 4 lost; 0: 1 won 1 lost.
        for (score, o) in
            [(80.0, 0), (80.0, 0), (60.0, 0), (60.0, 1), (30.0, 1), (30.0, 1), (30.0, 1), (30.0, 1), (0.0, 0), (0.0, 1)]
        {
            s.add(score, outcome(o));
        }
        let b = s.finish("score", Some(0.4), Some(0.5));
        assert_eq!(b.bands.len(), 4);
        assert_eq!(b.bands[1].cumulative_leads, 4);
        assert_eq!(b.bands[1].cumulative_won_share, Some(0.75));
        let volume = &b.thresholds[0];
        assert_eq!((volume.score, volume.leads, volume.won), (Some(60.0), 4, 3));
        let conversion = &b.thresholds[1];
        assert_eq!((conversion.score, conversion.leads), (Some(60.0), 4), "30 and below fall to 3 of 8");
    }

    proptest! {
        #[test]
        fn bands_add_up_and_intervals_hold_the_rate(leads in proptest::collection::vec((0u16..40, 0u8..3), 1..300)) {
            let mut s = ScoreTallies::default();
            for (score, o) in &leads {
                s.add(f64::from(*score) * 5.0, outcome(*o));
            }
            let b = s.finish("score", Some(0.3), Some(0.5));
            let sum: u64 = b.bands.iter().map(|x| x.leads).sum();
            prop_assert_eq!(sum, leads.len() as u64);
            prop_assert_eq!(b.bands.last().map(|x| x.cumulative_leads), Some(leads.len() as u64));
            for w in b.bands.windows(2) {
                prop_assert!(w[0].low > w[1].high, "bands are ordered and do not overlap");
            }
            for band in &b.bands {
                if let (Some(c), Some(i)) = (band.conversion, band.interval) {
                    prop_assert!(i.low <= c + 1e-12 && c <= i.high + 1e-12);
                }
            }
            prop_assert!(b.thresholds[0].share <= 0.3 + 1e-9 || b.thresholds[0].score == b.bands.first().map(|x| x.high));
        }
    }
}
