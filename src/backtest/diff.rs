//! Two definitions over the same history: which leads changed class, and what that does to the
//! leads sales gets and how many of them were won.

use super::model::*;
use super::run::{JudgedLead, sales_classes};
use super::stats::{Tally, wilson};
use crate::compile::RuleSet;
use indexmap::IndexMap;

/// How many example leads each changed cell of the transition matrix shows.
const EXAMPLES_PER_CELL: usize = 3;

/// The class of the rows that could not be read, in the transition matrix.
pub const ERROR_CLASS: &str = "error";

/// Class name of a judged lead; `error` for a row that could not be read.
fn class_of(rules: &RuleSet, lead: &JudgedLead) -> String {
    lead.class_rule.map_or_else(|| ERROR_CLASS.to_string(), |r| rules.class_name(r).to_string())
}

/// The rule that decided a judged lead, as the verdicts label it; the reports say it in their own
/// language.
fn rule_of(rules: &RuleSet, lead: &JudgedLead) -> DecidingRule {
    match lead.class_rule.and_then(|r| rules.class_rule_labels.get(r)) {
        Some(label) => DecidingRule::Rule(label.clone()),
        None => DecidingRule::Unreadable,
    }
}

/// Two definitions judged over the same history, compared lead by lead as the history is read
/// (same rows, same order): tallies and a few examples, so memory does not grow with the history.
pub struct Changes<'r> {
    old_rules: &'r RuleSet,
    new_rules: &'r RuleSet,
    cells: IndexMap<(String, String), (Tally, Vec<MovedLead>)>,
    changed: u64,
    has_errors: bool,
    /// The classes each definition hands to sales, and how their leads turned out.
    old_sales: Vec<String>,
    new_sales: Vec<String>,
    admitted_old: Tally,
    admitted_new: Tally,
    /// What differs between the definitions, and which of it touched the moved leads.
    reasons: super::why::Reasons,
}

impl<'r> Changes<'r> {
    /// Changes with no lead compared yet.
    pub fn new(old_rules: &'r RuleSet, new_rules: &'r RuleSet, options: &super::run::HistoryOptions) -> Self {
        Changes {
            old_rules,
            new_rules,
            cells: IndexMap::new(),
            changed: 0,
            has_errors: false,
            old_sales: sales_classes(old_rules, options),
            new_sales: sales_classes(new_rules, options),
            admitted_old: Tally::default(),
            admitted_new: Tally::default(),
            reasons: super::why::Reasons::new(old_rules, new_rules),
        }
    }

    /// Whether the leads' traces are needed to say why they moved (the definitions differ).
    pub fn wants_traces(&self) -> bool {
        self.reasons.wanted()
    }

    /// Counts one lead of the history: `a` as the old definition judged it, `b` the new.
    pub fn add(&mut self, a: &JudgedLead, b: &JudgedLead) {
        let (old_rules, new_rules) = (self.old_rules, self.new_rules);
        let (from, to) = (class_of(old_rules, a), class_of(new_rules, b));
        self.has_errors |= a.class_rule.is_none() || b.class_rule.is_none();
        if self.old_sales.contains(&from) && a.class_rule.is_some() {
            self.admitted_old.add(a.outcome);
        }
        if self.new_sales.contains(&to) && b.class_rule.is_some() {
            self.admitted_new.add(b.outcome);
        }
        let moved = from != to;
        if moved {
            self.reasons.add(&from, &to, a.trace.as_ref(), b.trace.as_ref());
        }
        let cell = self.cells.entry((from, to)).or_default();
        cell.0.add(a.outcome);
        if moved {
            self.changed += 1;
            if cell.1.len() < EXAMPLES_PER_CELL {
                cell.1.push(MovedLead {
                    id: a.id.clone().map_or(LeadName::Row(a.record), LeadName::Id),
                    old_rule: rule_of(old_rules, a),
                    new_rule: rule_of(new_rules, b),
                    old_score: a.score,
                    new_score: b.score,
                });
            }
        }
    }

    /// The comparison, once every lead is counted, with each definition's own backtest.
    pub fn finish(self, old_backtest: Backtest, new_backtest: Backtest) -> DefinitionDiff {
        let order = |rules: &RuleSet| {
            let mut names = rules.class_names.clone();
            if self.has_errors {
                names.push(ERROR_CLASS.into());
            }
            names
        };
        let old_classes = order(self.old_rules);
        let new_classes = order(self.new_rules);
        let mut transitions: Vec<Transition> = self
            .cells
            .into_iter()
            .map(|((from, to), (tally, examples))| Transition {
                reasons: if from == to { Vec::new() } else { self.reasons.of(&from, &to) },
                from,
                to,
                leads: tally.leads(),
                won: tally.won,
                examples,
                lost: tally.lost,
                conversion: tally.conversion(),
                interval: wilson(tally.won, tally.won + tally.lost),
            })
            .collect();
        let position = |list: &[String], name: &str| list.iter().position(|c| c == name).unwrap_or(usize::MAX);
        transitions.sort_by_key(|t| (position(&old_classes, &t.from), position(&new_classes, &t.to)));
        DefinitionDiff {
            admitted_old: admitted(self.admitted_old),
            admitted_new: admitted(self.admitted_new),
            old: old_backtest,
            new: new_backtest,
            old_classes,
            new_classes,
            transitions,
            changed: self.changed,
            changes: self.reasons.changes,
        }
    }
}

/// The leads a definition hands to sales, and how they turned out.
pub(super) fn admitted(tally: Tally) -> Admitted {
    Admitted {
        leads: tally.leads(),
        won: tally.won,
        lost: tally.lost,
        conversion: tally.conversion(),
        interval: wilson(tally.won, tally.won + tally.lost),
    }
}
