//! Runs a definition over a history of leads with known outcomes and gathers the figures.

use super::model::*;
use super::stats::{Outcome, Tally};
use crate::compile::RuleSet;
use crate::eval::{Verdict, grade, verdict::evaluate_into};
use crate::input::LeadReader;
use crate::schema::{FieldKind, FieldSpec, Schema};
use crate::value::{Truth, Value};
use indexmap::IndexMap;

/// How to read outcomes and which classes are sales'.
#[derive(Clone, Debug)]
pub struct HistoryOptions {
    /// The column holding each lead's outcome.
    pub outcome_column: String,
    /// Lowercased spellings of each outcome.
    pub won: Vec<String>,
    pub lost: Vec<String>,
    pub open: Vec<String>,
    /// Classes handed to sales; `None` takes every class whose name contains "sql".
    pub sales: Option<Vec<String>>,
    /// The field that names the source channel; `None` takes `source` or `channel` if declared.
    pub channel: Option<String>,
}

impl Default for HistoryOptions {
    fn default() -> Self {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        HistoryOptions {
            outcome_column: "outcome".into(),
            won: list(&["won", "closed won", "выиграна", "выигран", "успешно реализовано"]),
            lost: list(&["lost", "closed lost", "проиграна", "проигран", "закрыто и не реализовано"]),
            open: list(&["open", "в работе"]),
            sales: None,
            channel: None,
        }
    }
}

/// What happened to one lead of the history under one definition.
#[derive(Clone, Debug, PartialEq)]
pub struct JudgedLead {
    pub record: u64,
    pub id: Option<String>,
    /// `None` when the row could not be read.
    pub class_rule: Option<usize>,
    pub grade: Option<char>,
    pub temperature: Option<String>,
    pub channel: Option<String>,
    /// Indices of the gates the lead failed.
    pub failed_gates: Vec<usize>,
    pub outcome: Outcome,
    /// Why the row could not be read (row, column, value, what was expected).
    pub problem: Option<String>,
}

/// The schema to read a history with: the definition's fields plus the outcome column, with the
/// channel field read even if no rule uses it. Returns the schema, the outcome's slot and the
/// channel's slot.
pub fn history_schema(rules: &RuleSet, options: &HistoryOptions) -> (Schema, usize, Option<usize>) {
    let mut schema = rules.schema.clone();
    let channel = match &options.channel {
        Some(name) => schema.slot_of(name),
        None => ["source", "channel", "источник", "канал"].iter().find_map(|n| schema.slot_of(n)),
    };
    if let Some(slot) = channel {
        schema.fields[slot].used = true;
    }
    let outcome = schema.fields.len();
    schema.fields.push(FieldSpec {
        name: "(outcome)".into(),
        kind: FieldKind::Text,
        columns: vec![options.outcome_column.clone()],
        used: true,
    });
    (schema, outcome, channel)
}

/// Evaluates every lead of the history; returns them in input order, the number of rows that
/// could not be read, and the outcome texts that were not recognised (counted as open).
pub fn judge(
    rules: &RuleSet,
    mut reader: LeadReader,
    outcome_slot: usize,
    channel_slot: Option<usize>,
    options: &HistoryOptions,
) -> Result<(Vec<JudgedLead>, IndexMap<String, u64>), String> {
    let mut judged = Vec::new();
    let mut unrecognized: IndexMap<String, u64> = IndexMap::new();
    let mut verdict = Verdict::default();
    for row in &mut reader {
        let (outcome, values) = match &row.values {
            Ok(values) => (outcome_of(values.get(outcome_slot), options, &mut unrecognized), Some(values)),
            Err(_) => (Outcome::Open, None),
        };
        let Some(values) = values else {
            judged.push(JudgedLead {
                record: row.record,
                id: row.id.clone(),
                class_rule: None,
                grade: None,
                temperature: None,
                channel: None,
                failed_gates: Vec::new(),
                outcome,
                problem: row.values.as_ref().err().map(ToString::to_string),
            });
            continue;
        };
        evaluate_into(rules, values, &mut verdict);
        let temperature = match (&rules.temperature, verdict.temperature_rule) {
            (Some(t), Some(i)) => Some(t.names[t.rules[i].name as usize].clone()),
            _ => None,
        };
        judged.push(JudgedLead {
            record: row.record,
            id: row.id.clone(),
            class_rule: Some(verdict.class_rule),
            grade: verdict.profiles.first().map(|p| grade(p.fit)),
            temperature,
            channel: channel_slot.map(|slot| channel_name(rules, slot, &values[slot])),
            failed_gates: verdict
                .gates()
                .iter()
                .enumerate()
                .filter(|(_, t)| **t == Truth::False)
                .map(|(i, _)| i)
                .collect(),
            outcome,
            problem: None,
        });
    }
    if let Some(e) = reader.take_error() {
        return Err(e.to_string());
    }
    // Checked after the rows, not before: a JSON history binds a key when a lead first has it,
    // so a first lead without the outcome must not make the whole history unreadable.
    if reader.columns().get(outcome_slot).is_none_or(Option::is_none) {
        return Err(format!(
            "the history has no column \"{}\" with the outcomes; name the column with --outcome",
            options.outcome_column
        ));
    }
    Ok((judged, unrecognized))
}

fn outcome_of(value: Option<&Value>, options: &HistoryOptions, unrecognized: &mut IndexMap<String, u64>) -> Outcome {
    let text = match value {
        Some(Value::Text(t)) => t.trim().to_lowercase(),
        _ => {
            *unrecognized.entry("(blank)".into()).or_default() += 1;
            return Outcome::Open;
        }
    };
    if options.won.contains(&text) {
        Outcome::Won
    } else if options.lost.contains(&text) {
        Outcome::Lost
    } else {
        if !options.open.contains(&text) {
            *unrecognized.entry(text).or_default() += 1;
        }
        Outcome::Open
    }
}

fn channel_name(rules: &RuleSet, slot: usize, value: &Value) -> String {
    match value {
        Value::Unknown => "(unknown)".into(),
        other => crate::eval::explain::format_value(rules, slot, other).trim_matches('"').to_string(),
    }
}

/// The classes handed to sales under `rules`.
pub fn sales_classes(rules: &RuleSet, options: &HistoryOptions) -> Vec<String> {
    match &options.sales {
        Some(list) => {
            rules.class_names.iter().filter(|c| list.iter().any(|s| s.eq_ignore_ascii_case(c))).cloned().collect()
        }
        None => rules.class_names.iter().filter(|c| c.to_lowercase().contains("sql")).cloned().collect(),
    }
}

/// Gathers the figures of a backtest from judged leads. `channel_slot` is the field whose values
/// name the channels (see `history_schema`).
pub fn summarize(
    rules: &RuleSet,
    history: &str,
    judged: &[JudgedLead],
    unrecognized: &IndexMap<String, u64>,
    channel_slot: Option<usize>,
    options: &HistoryOptions,
) -> Backtest {
    let readable: Vec<&JudgedLead> = judged.iter().filter(|j| j.class_rule.is_some()).collect();
    let total = readable.len() as u64;
    let mut overall = Tally::default();
    readable.iter().for_each(|j| overall.add(j.outcome));
    let rate = overall.conversion();
    let groups = |key: &dyn Fn(&JudgedLead) -> Option<String>, order: Vec<String>| -> Vec<Group> {
        let mut tallies: IndexMap<String, Tally> = order.into_iter().map(|k| (k, Tally::default())).collect();
        for j in &readable {
            if let Some(k) = key(j) {
                tallies.entry(k).or_default().add(j.outcome);
            }
        }
        tallies.iter().map(|(name, t)| t.group(name, total, rate)).collect()
    };
    let class_of = |j: &JudgedLead| j.class_rule.map(|r| rules.class_name(r).to_string());
    let by_class = groups(&class_of, rules.class_names.clone());
    let mut by_channel = groups(&|j: &JudgedLead| j.channel.clone(), Vec::new());
    by_channel.sort_by(|a, b| b.leads.cmp(&a.leads).then_with(|| a.name.cmp(&b.name)));
    let by_grade = if rules.profiles.is_empty() {
        Vec::new()
    } else {
        let grades = ["A", "B", "C", "D", "F"].iter().map(|g| g.to_string()).collect();
        groups(&|j: &JudgedLead| j.grade.map(|g| g.to_string()), grades)
    };
    let by_temperature = match &rules.temperature {
        Some(t) => groups(&|j: &JudgedLead| j.temperature.clone(), t.names.clone()),
        None => Vec::new(),
    };
    let gates = rules
        .gates
        .iter()
        .enumerate()
        .map(|(i, gate)| {
            let mut t = Tally::default();
            readable.iter().filter(|j| j.failed_gates.contains(&i)).for_each(|j| t.add(j.outcome));
            GateEffect { reason: gate.reason.clone(), removed: t.leads(), won: t.won, lost: t.lost, open: t.open }
        })
        .collect();
    let sales = sales_classes(rules, options);
    let hidden_by_class: Vec<(String, u64)> =
        by_class.iter().filter(|g| !sales.contains(&g.name) && g.won > 0).map(|g| (g.name.clone(), g.won)).collect();
    Backtest {
        definition: definition_name(rules),
        history: history.to_string(),
        rows: judged.len() as u64,
        unreadable: judged.len() as u64 - total,
        unrecognized_outcomes: unrecognized.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        overall: overall.group("all leads", total, rate),
        by_class,
        channel_field: channel_slot
            .filter(|_| !by_channel.is_empty())
            .map(|slot| rules.schema.fields[slot].name.clone()),
        by_channel,
        by_grade,
        by_temperature,
        gates,
        hidden: HiddenPotential {
            sales_classes: sales,
            won_hidden: hidden_by_class.iter().map(|(_, n)| n).sum(),
            won_total: overall.won,
            by_class: hidden_by_class,
        },
    }
}

/// `ACME Cloud version 3`, or the file name.
pub fn definition_name(rules: &RuleSet) -> String {
    match &rules.header {
        Some(h) => match &h.version {
            Some(v) => format!("{} version {}", h.name.node, v.node.trim_matches('"')),
            None => h.name.node.clone(),
        },
        None => rules.file_name().to_string(),
    }
}
