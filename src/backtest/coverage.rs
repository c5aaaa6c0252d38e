//! Coverage of a definition on a history, as `opa test --coverage` gives for policies: each gate,
//! framework criterion, profile criterion, score line, class rule and temperature rule, with how
//! many leads it decided or changed (a gate failed them, a criterion was met, a score line added
//! its points, a class or temperature rule decided), how those leads ended, and the ones that
//! never did on this history. Counted from each lead's trace (`trace::Trace`), the evaluator's own
//! truths: nothing here evaluates a rule.

use super::model::Interval;
use super::stats::{DealOutcome, Tally, wilson};
use super::trace::Trace;
use crate::compile::RuleSet;
use crate::span::Span;
use crate::value::Truth;
use serde::Serialize;

/// What kind of line of the rules an item is, and so what it does to a lead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A gate of `minimum`: counts the leads it failed.
    Gate,
    /// A framework's criterion: the leads that met it.
    Criterion,
    /// A profile's criterion: the leads it matched (adding its weight to their fit).
    ProfileCriterion,
    /// A score line: the leads it gave its points.
    ScoreLine,
    /// A `classify` rule: the leads it decided.
    ClassRule,
    /// A temperature rule: the leads it decided.
    TemperatureRule,
}

/// One line of the rules and what it did on the history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CoverageItem {
    pub kind: ItemKind,
    /// The block: `minimum`, a framework's or profile's name, a score's name, `classify`,
    /// `temperature`.
    pub block: String,
    /// The file a line of another file is in (`std/bant.rules`); `None` in the definition itself.
    pub file: Option<String>,
    pub line: usize,
    /// The line as the author wrote it.
    pub rule: String,
    /// Leads it decided or changed, and how they ended.
    pub leads: u64,
    pub won: u64,
    pub lost: u64,
    pub open: u64,
    pub conversion: Option<f64>,
    pub interval: Option<Interval>,
    /// Leads for which its condition was unknown (a fact was missing).
    pub unknown: u64,
}

/// The coverage of a definition on a history.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Coverage {
    pub items: Vec<CoverageItem>,
    /// How many items never decided or changed a lead.
    pub never: u64,
}

/// The items of `rules`, in the order `CoverageCounts` counts them (by kind; the report lists
/// them in the file's order): (kind, block, span of the line, span of its text).
fn items(rules: &RuleSet) -> Vec<(ItemKind, String, Span, Span)> {
    let mut out = Vec::new();
    for g in &rules.gates {
        out.push((ItemKind::Gate, "minimum".to_string(), g.span, g.span));
    }
    for f in &rules.frameworks {
        for c in &f.criteria {
            out.push((ItemKind::Criterion, f.name.clone(), c.span, c.span));
        }
    }
    for p in &rules.profiles {
        for c in &p.criteria {
            out.push((ItemKind::ProfileCriterion, p.name.clone(), c.span, c.span));
        }
    }
    for s in &rules.scores {
        for r in &s.rules {
            out.push((ItemKind::ScoreLine, s.display_name().to_string(), r.span, r.span));
        }
    }
    for r in rules.classes.iter() {
        out.push((ItemKind::ClassRule, "classify".to_string(), r.span, r.head));
    }
    if let Some(t) = &rules.temperature {
        for r in t.rules.iter() {
            out.push((ItemKind::TemperatureRule, "temperature".to_string(), r.span, r.head));
        }
    }
    out
}

/// The counts of each item, gathered lead by lead.
#[derive(Clone, Debug)]
pub struct CoverageCounts {
    /// Per item: the leads it decided or changed, and the leads it was unknown for.
    counts: Vec<(Tally, u64)>,
    /// How many class rules and temperature rules there are (the last items).
    class_rules: usize,
    temperature_rules: usize,
}

impl CoverageCounts {
    pub fn new(rules: &RuleSet) -> CoverageCounts {
        CoverageCounts {
            counts: vec![(Tally::default(), 0); items(rules).len()],
            class_rules: rules.classes.len(),
            temperature_rules: rules.temperature.as_ref().map_or(0, |t| t.rules.len()),
        }
    }

    /// Counts one lead's trace, in the order of `items`.
    pub fn add(&mut self, trace: &Trace, outcome: DealOutcome) {
        let mut next = self.counts.iter_mut();
        let mut count = |hit: bool, unknown: bool| {
            if let Some((tally, unknowns)) = next.next() {
                if hit {
                    tally.add(outcome);
                }
                *unknowns += u64::from(unknown);
            }
        };
        for t in &trace.gates {
            count(*t == Truth::False, *t == Truth::Unknown);
        }
        for list in [&trace.criteria, &trace.matched] {
            for block in list {
                for t in block {
                    count(*t == Truth::True, *t == Truth::Unknown);
                }
            }
        }
        // A growing line that holds with less than one step changes no score.
        for (s, block) in trace.fired.iter().enumerate() {
            for (i, t) in block.iter().enumerate() {
                let gave = super::trace::grown(trace, s, i).is_none_or(|points| points != 0.0);
                count(*t == Truth::True && gave, *t == Truth::Unknown);
            }
        }
        for i in 0..self.class_rules {
            count(i == trace.class_rule, false);
        }
        for i in 0..self.temperature_rules {
            count(Some(i) == trace.temperature_rule, false);
        }
    }

    /// The coverage, once every lead is counted.
    pub fn finish(self, rules: &RuleSet) -> Coverage {
        let root = rules.sources.root().map(|r| r.base);
        let mut counted: Vec<_> = items(rules).into_iter().zip(self.counts).collect();
        // In the order of the file, whatever the order of its blocks: the definition's own lines
        // first, then each other file's (a framework of `std`) in its order.
        counted.sort_by_key(|((_, _, span, _), _)| {
            let base = rules.sources.file_of(*span).map(|f| f.base);
            (base != root, span.start)
        });
        let items: Vec<CoverageItem> = counted
            .into_iter()
            .map(|((kind, block, span, text), (t, unknown))| CoverageItem {
                kind,
                block,
                file: rules.sources.file_of(span).filter(|f| Some(f.base) != root).map(|f| f.name.clone()),
                line: rules.line(span),
                rule: rules.source_line(text),
                leads: t.leads(),
                won: t.won,
                lost: t.lost,
                open: t.open,
                conversion: t.conversion(),
                interval: wilson(t.won, t.won + t.lost),
                unknown,
            })
            .collect();
        Coverage { never: items.iter().filter(|i| i.leads == 0).count() as u64, items }
    }
}
