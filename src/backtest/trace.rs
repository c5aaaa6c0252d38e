//! What the evaluator decided for one lead of a history, block by block, read off its verdict
//! (`Verdict::gates`, `criteria`, `matched`, `fired`, the deciding class and temperature rules):
//! the coverage counts it, and a diff compares the two definitions' traces of a lead to say which
//! change moved it. Kept only when asked for, and only for the lead being counted.

use crate::compile::RuleSet;
use crate::compile::program::Points;
use crate::eval::Verdict;
use crate::value::{Truth, Value};

/// One lead's truths, in the rules' order of each block.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    /// Whether the lead passes each gate of `minimum`.
    pub gates: Vec<Truth>,
    /// Per framework: each criterion's truth, and whether the framework passes.
    pub criteria: Vec<Vec<Truth>>,
    pub passes: Vec<Truth>,
    /// Per profile: whether each criterion matched, and the fit.
    pub matched: Vec<Vec<Truth>>,
    pub fits: Vec<f64>,
    /// Per score block: whether each line held (only a true one adds its points), and the total.
    pub fired: Vec<Vec<Truth>>,
    /// Per score block: what each growing line gave (`None` for a fixed line), so that a changed
    /// step or cap moves a lead whose line holds on both sides.
    pub grown: Vec<Vec<Option<f64>>>,
    pub scores: Vec<f64>,
    /// The class rule that decided, an index into `RuleSet::classes`.
    pub class_rule: usize,
    /// The temperature rule that decided, when one did.
    pub temperature_rule: Option<usize>,
}

impl Trace {
    /// The trace of `verdict`, the verdict of `rules` for the lead whose values are `lead`.
    pub fn of(rules: &RuleSet, verdict: &Verdict, lead: &[Value]) -> Trace {
        Trace {
            gates: verdict.gates().to_vec(),
            criteria: (0..rules.frameworks.len()).map(|i| verdict.criteria(i).to_vec()).collect(),
            passes: verdict.frameworks.iter().map(|f| f.passes).collect(),
            matched: (0..rules.profiles.len()).map(|i| verdict.matched(i).to_vec()).collect(),
            fits: verdict.profiles.iter().map(|p| p.fit).collect(),
            fired: (0..rules.scores.len()).map(|i| verdict.fired(i).to_vec()).collect(),
            grown: rules
                .scores
                .iter()
                .enumerate()
                .map(|(i, score)| {
                    score
                        .rules
                        .iter()
                        .zip(verdict.fired(i))
                        .map(|(line, t)| match line.points {
                            Points::Fixed(_) => None,
                            Points::Growing(_) => Some(if t.fires() { line.points_for(lead) } else { 0.0 }),
                        })
                        .collect()
                })
                .collect(),
            scores: verdict.scores.iter().map(|s| s.total).collect(),
            class_rule: verdict.class_rule.index(),
            temperature_rule: verdict.temperature_rule.map(|r| r.index()),
        }
    }
}

/// What the growing line `i` of score block `s` gave; `None` for a fixed line.
pub fn grown(t: &Trace, s: usize, i: usize) -> Option<f64> {
    t.grown.get(s).and_then(|l| l.get(i)).copied().flatten()
}

/// The truth at `i` of a list of a trace; unknown where the list has none.
pub fn at(list: Option<&Vec<Truth>>, i: usize) -> Truth {
    list.and_then(|l| l.get(i)).copied().unwrap_or(Truth::Unknown)
}
