//! Judging the history again under a changed definition, from the history's bytes read once
//! into memory: the same reader, judge and figures as `backtest` (so the figures are a real
//! backtest of the changed file), and for each lead whether it entered or left the sales classes
//! compared with the definition as it is.

use crate::backtest::history::{HistoryError, OpenHistory, open_history};
use crate::backtest::model::Backtest;
use crate::backtest::run::{Figures, HistoryOptions, JudgedLead};
use crate::backtest::stats::{DealOutcome, Tally};
use crate::compile::RuleSet;
use crate::input::InputOptions;
use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

/// A history held in memory, to be judged many times.
pub struct Replay<'a> {
    pub path: &'a Path,
    pub bytes: Arc<[u8]>,
    pub input: &'a InputOptions,
    pub options: &'a HistoryOptions,
}

/// Where each lead of the history went under the definition as it is: in a sales class or not,
/// `None` for a row that could not be judged; and its outcome.
pub struct Baseline {
    pub sales: Vec<Option<bool>>,
    /// Each lead's class, `None` for a row that could not be judged.
    pub classes: Vec<Option<String>>,
    pub outcomes: Vec<DealOutcome>,
    /// The main score of each lead, when the rules have one.
    pub scores: Vec<Option<f64>>,
}

/// The leads a change moves into the sales classes and out of them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Movement {
    pub into_sales: Tally,
    pub out_of_sales: Tally,
    /// Leads whose class changed (between any two classes).
    pub changed: u64,
}

impl Replay<'_> {
    /// Judges the whole history under `rules`, calling `each` with every judged lead: the
    /// backtest, as `leadrules backtest` computes it with the same options.
    pub fn run(&self, rules: &RuleSet, mut each: impl FnMut(&RuleSet, &JudgedLead)) -> Result<Backtest, HistoryError> {
        let bytes = self.bytes.clone();
        let opened = open_history(rules, self.path, self.input, self.options, move |_| {
            Ok(Box::new(Cursor::new(bytes)) as Box<dyn std::io::Read + Send>)
        })?;
        let OpenHistory { mut judging, channel_slot, .. } = opened;
        let mut figures = Figures::new(rules).with_value(judging.value_source(), self.options);
        for lead in &mut judging {
            figures.add(&lead);
            each(rules, &lead);
        }
        let unrecognized = judging.finish()?;
        let (report, _) = figures.finish(&self.path.display().to_string(), &unrecognized, channel_slot, self.options);
        Ok(report)
    }

    /// The backtest of the definition as it is, and where each lead went.
    pub fn baseline(&self, rules: &RuleSet) -> Result<(Backtest, Baseline), HistoryError> {
        let mut base = Baseline { sales: Vec::new(), classes: Vec::new(), outcomes: Vec::new(), scores: Vec::new() };
        let sales = crate::backtest::run::sales_classes(rules, self.options);
        let report = self.run(rules, |rules, lead| {
            base.sales.push(lead.class_rule.map(|r| sales.iter().any(|c| c == rules.class_name(r))));
            base.classes.push(lead.class_rule.map(|r| rules.class_name(r).to_string()));
            base.outcomes.push(lead.outcome);
            base.scores.push(lead.score);
        })?;
        Ok((report, base))
    }

    /// The backtest of a changed definition, and the leads it moves compared with `base`.
    pub fn changed(&self, rules: &RuleSet, base: &Baseline) -> Result<(Backtest, Movement), HistoryError> {
        let sales = crate::backtest::run::sales_classes(rules, self.options);
        let mut moved = Movement::default();
        let mut index = 0usize;
        let report = self.run(rules, |rules, lead| {
            let class = lead.class_rule.map(|r| rules.class_name(r));
            let now = class.map(|c| sales.iter().any(|s| s == c));
            match (base.sales.get(index).copied().flatten(), now) {
                (Some(false), Some(true)) => moved.into_sales.add(lead.outcome),
                (Some(true), Some(false)) => moved.out_of_sales.add(lead.outcome),
                _ => {}
            }
            if base.classes.get(index).map(Option::as_deref) != Some(class) {
                moved.changed += 1;
            }
            index += 1;
        })?;
        Ok((report, moved))
    }
}
