//! Two definitions over the same history: which leads changed class, and what that does to the
//! leads sales gets and how many of them were won.

use super::model::*;
use super::run::{JudgedLead, sales_classes};
use super::stats::{Tally, wilson};
use crate::compile::RuleSet;
use indexmap::IndexMap;

/// How many example leads each changed cell of the transition matrix shows.
const EXAMPLES_PER_CELL: usize = 3;

/// Class name of a judged lead; `error` for a row that could not be read.
fn class_of(rules: &RuleSet, lead: &JudgedLead) -> String {
    lead.class_rule.map_or_else(|| "error".to_string(), |r| rules.class_name(r).to_string())
}

fn rule_of(rules: &RuleSet, lead: &JudgedLead) -> String {
    match lead.class_rule.and_then(|r| rules.class_rule_labels.get(r)) {
        Some(label) => label.clone(),
        None => "could not be read".into(),
    }
}

/// Compares two definitions judged over the same history (same rows, same order).
pub fn diff(
    old_rules: &RuleSet,
    old: (&[JudgedLead], Backtest),
    new_rules: &RuleSet,
    new: (&[JudgedLead], Backtest),
    sales: &super::run::HistoryOptions,
) -> Diff {
    let (old_judged, old_backtest) = old;
    let (new_judged, new_backtest) = new;
    let mut cells: IndexMap<(String, String), (Tally, Vec<MovedLead>)> = IndexMap::new();
    let mut changed = 0;
    for (a, b) in old_judged.iter().zip(new_judged) {
        let (from, to) = (class_of(old_rules, a), class_of(new_rules, b));
        let cell = cells.entry((from.clone(), to.clone())).or_default();
        cell.0.add(a.outcome);
        if from != to {
            changed += 1;
            if cell.1.len() < EXAMPLES_PER_CELL {
                cell.1.push(MovedLead {
                    id: a.id.clone().unwrap_or_else(|| format!("row {}", a.record)),
                    old_rule: rule_of(old_rules, a),
                    new_rule: rule_of(new_rules, b),
                });
            }
        }
    }
    let order = |rules: &RuleSet, extra: bool| {
        let mut names = rules.class_names.clone();
        if extra {
            names.push("error".into());
        }
        names
    };
    let has_errors = old_judged.iter().chain(new_judged).any(|j| j.class_rule.is_none());
    let old_classes = order(old_rules, has_errors);
    let new_classes = order(new_rules, has_errors);
    let mut transitions: Vec<Transition> = cells
        .into_iter()
        .map(|((from, to), (tally, examples))| Transition { from, to, leads: tally.leads(), won: tally.won, examples })
        .collect();
    let position = |list: &[String], name: &str| list.iter().position(|c| c == name).unwrap_or(usize::MAX);
    transitions.sort_by_key(|t| (position(&old_classes, &t.from), position(&new_classes, &t.to)));
    Diff {
        admitted_old: admitted(old_rules, old_judged, sales),
        admitted_new: admitted(new_rules, new_judged, sales),
        old: old_backtest,
        new: new_backtest,
        old_classes,
        new_classes,
        transitions,
        changed,
    }
}

/// The leads a definition hands to sales, and how they turned out.
fn admitted(rules: &RuleSet, judged: &[JudgedLead], options: &super::run::HistoryOptions) -> Admitted {
    let sales = sales_classes(rules, options);
    let mut tally = Tally::default();
    for lead in judged.iter().filter(|j| j.class_rule.is_some_and(|r| sales.iter().any(|s| s == rules.class_name(r)))) {
        tally.add(lead.outcome);
    }
    Admitted {
        leads: tally.leads(),
        won: tally.won,
        lost: tally.lost,
        conversion: tally.conversion(),
        interval: wilson(tally.won, tally.won + tally.lost),
    }
}
