//! The fields the rules do not use yet, and the columns they do not declare: whether each
//! separates won from lost on the history (conversion per value or per band of about equal
//! leads, lift, and whether any group converts differently from the whole beyond chance), read
//! in one pass over the history; and the values of the numeric fields the thresholds compare
//! with, for the thresholds' candidate values.

use crate::backtest::by::{Key, OTHER_ROW};
use crate::backtest::model::Group;
use crate::backtest::run::{HistoryOptions, outcome_of};
use crate::backtest::spellings::Spellings;
use crate::backtest::stats::{DealOutcome, Tally, bonferroni_z, wilson_z};
use crate::compile::RuleSet;
use crate::init::Declaration;
use crate::init::infer::Inferred;
use crate::init::profile::ColumnProfile;
use crate::input::InputOptions;
use crate::schema::{FieldKind, FieldSpec};
use crate::syntax::ast::DurationUnit;
use crate::value::{NO_WORDS, Value, YES_WORDS, fold_spelling};
use indexmap::IndexMap;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// Numbers with more distinct values than this are shown in bands of about equal leads.
const FEW_VALUES: usize = 12;
/// How many bands a numeric field is cut into.
const BANDS: usize = 5;
/// How many values of a text column are shown; the rest are one group.
const MOST_VALUES: usize = 12;

/// Why a column of the history is left out of the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Skipped {
    /// Blank on every open lead and filled on the decided ones: written once the deal closed,
    /// so it cannot judge a new lead.
    AfterOutcome,
    /// Almost every lead has its own value: an identifier, not a property.
    Identifier,
}

/// One field or column not used by the rules, on the history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldReport {
    /// The field's name, or the column's for a column the rules do not declare.
    pub field: String,
    pub declared: bool,
    /// Numbers cut into bands of about equal leads.
    pub banded: bool,
    pub groups: Vec<Group>,
    /// Whether some group of at least the minimum of decided leads converts differently from
    /// all the leads, beyond chance (`decision` in `Suggestions::rule`).
    pub separates: bool,
    /// The group that converts most differently, when one does.
    pub strongest: Option<String>,
    pub skipped: Option<Skipped>,
    /// The condition a score line would test for the strongest group, and whether that group
    /// converts better than the whole.
    #[serde(skip)]
    pub condition: Option<(String, bool)>,
    /// For a column the rules do not declare, its declaration as `init` writes it (the type
    /// inferred as `init` infers it), which the score line's condition reads.
    #[serde(skip)]
    pub declaration: Option<Declaration>,
}

/// What the pass over the history gathered.
pub struct Gathered {
    pub reports: Vec<FieldReport>,
    /// The sorted values of each declared number or money field.
    pub numbers: HashMap<String, Vec<f64>>,
    /// All leads with an outcome, for the overall conversion.
    pub overall: Tally,
    /// Fields the rules read that are blank on every open lead and filled on the decided ones:
    /// written once the deal closed.
    pub after_outcome: Vec<String>,
}

/// How full a column is on the open leads and on the decided ones.
#[derive(Clone, Copy, Debug, Default)]
struct Fill {
    open: u64,
    open_blank: u64,
    decided: u64,
    decided_filled: u64,
}

impl Fill {
    fn add(&mut self, blank: bool, outcome: DealOutcome) {
        if outcome == DealOutcome::Open {
            self.open += 1;
            self.open_blank += u64::from(blank);
        } else {
            self.decided += 1;
            self.decided_filled += u64::from(!blank);
        }
    }

    /// Blank on every open lead, filled on at least 95 % of the decided ones.
    fn after_outcome(&self) -> bool {
        self.open > 0
            && self.open_blank == self.open
            && self.decided > 0
            && self.decided_filled * 20 >= self.decided * 19
    }
}

/// What a slot of the reading schema is to the analysis.
struct Column {
    name: String,
    declared: bool,
    kind: FieldKind,
    keys: Vec<(Key, DealOutcome)>,
    numbers: Vec<f64>,
    fill: Fill,
    /// A column the rules do not declare: its cells profiled as `init` profiles them, then the
    /// declaration `init` would write.
    profile: Option<ColumnProfile>,
    declaration: Option<Declaration>,
}

/// Reads the history once: the unused fields, the undeclared columns and the numeric fields.
pub fn gather(
    rules: &RuleSet,
    path: &Path,
    bytes: Arc<[u8]>,
    input: &InputOptions,
    options: &HistoryOptions,
    min_decided: u64,
    confidence: f64,
) -> Result<Gathered, crate::input::InputError> {
    let mut schema = rules.schema.clone();
    let declared = schema.fields.len();
    let mut columns: Vec<Column> = Vec::new();
    for field in &mut schema.fields {
        field.used = true;
    }
    let key_column =
        rules.schema.key.and_then(|k| rules.schema.fields.get(k)).map(|f| f.columns.clone()).unwrap_or_default();
    let taken = |c: &str| {
        c.eq_ignore_ascii_case(&options.outcome_column)
            || rules.schema.fields.iter().any(|f| f.columns.iter().any(|d| d.eq_ignore_ascii_case(c)))
            || key_column.iter().any(|k| k.eq_ignore_ascii_case(c))
    };
    let header = crate::input::from_bytes(
        &path.display().to_string(),
        bytes.to_vec(),
        &crate::schema::Schema { fields: Vec::new(), key: None },
        input,
    );
    let found = match header {
        Err(crate::input::InputError::NoMatchingColumn { found, .. }) => found,
        _ => Vec::new(),
    };
    for column in found.iter().filter(|c| !taken(c)) {
        schema.fields.push(text_field(column));
    }
    let outcome_slot = schema.fields.len();
    schema.fields.push(text_field(&options.outcome_column));
    for (slot, field) in schema.fields.iter().enumerate().take(outcome_slot) {
        let is_key = rules.schema.key == Some(slot);
        let unused = slot >= declared || !rules.schema.fields[slot].used;
        columns.push(Column {
            name: field.name.clone(),
            declared: slot < declared,
            kind: field.kind.clone(),
            keys: if unused && !is_key { Vec::with_capacity(1024) } else { Vec::new() },
            numbers: Vec::new(),
            fill: Fill::default(),
            profile: (slot >= declared).then(|| ColumnProfile::new(&field.name, false)),
            declaration: None,
        });
    }
    let mut reader = crate::input::from_bytes(&path.display().to_string(), bytes.to_vec(), &schema, input)?;
    let mut overall = Tally::default();
    let mut unrecognized = IndexMap::new();
    for row in &mut reader {
        let Ok(values) = row.values else { continue };
        let (outcome, _) = outcome_of(values.get(outcome_slot), options, &mut unrecognized);
        overall.add(outcome);
        for (slot, column) in columns.iter_mut().enumerate() {
            let value = values.get(slot).unwrap_or(&Value::Unknown);
            column.fill.add(matches!(value, Value::Unknown | Value::Placeholder(_)), outcome);
            let measured = if slot < declared { measured(&column.kind, value) } else { None };
            if let Some(n) = measured {
                column.numbers.push(n);
            }
            if column.keys.capacity() > 0 {
                let key = match (measured, &column.kind) {
                    (Some(n), FieldKind::Percent | FieldKind::Date(_) | FieldKind::DateTime(_)) => Key::number(n),
                    _ => Key::of_value(rules, slot, value),
                };
                column.keys.push((key, outcome));
            }
            if let Some(profile) = &mut column.profile {
                profile.add(value);
            }
        }
    }
    let taken: Vec<&str> = rules.schema.fields.iter().map(|f| f.name.as_str()).collect();
    for column in &mut columns {
        if let Some(profile) = column.profile.take() {
            column.declaration = crate::init::declaration(&profile, &taken);
            measure_cells(column, &profile);
        }
    }
    let mut numbers = HashMap::new();
    let mut reports = Vec::new();
    let after_outcome: Vec<String> = columns
        .iter()
        .enumerate()
        .filter(|(slot, c)| c.declared && rules.schema.fields[*slot].used && c.fill.after_outcome())
        .map(|(_, c)| c.name.clone())
        .collect();
    let analysed: Vec<Column> = columns
        .into_iter()
        .filter_map(|mut c| {
            if c.declared && measure(&c.kind).is_some() {
                let mut sorted = std::mem::take(&mut c.numbers);
                sorted.sort_by(f64::total_cmp);
                numbers.insert(c.name.clone(), sorted);
            }
            (c.keys.capacity() > 0).then_some(c)
        })
        .collect();
    let grouped: Vec<(Column, Option<Skipped>, Vec<(String, Tally, Option<String>)>, bool)> = analysed
        .into_iter()
        .map(|c| {
            let skipped = skipped(&c);
            let (groups, banded) = if skipped.is_some() { (Vec::new(), false) } else { groups_of(&c, rules) };
            (c, skipped, groups, banded)
        })
        .collect();
    // Every group of every field is one comparison: the intervals are widened for all of them.
    let comparisons: usize = grouped.iter().map(|g| g.2.len()).sum();
    let z = bonferroni_z(confidence, comparisons);
    let total = overall.leads();
    let rate = overall.conversion();
    for (column, skipped, groups, banded) in grouped {
        let mut strongest: Option<(f64, usize)> = None;
        for (i, (_, tally, _)) in groups.iter().enumerate() {
            let (Some(rate), Some(interval)) = (rate, wilson_z(tally.won, tally.won + tally.lost, z)) else { continue };
            if tally.won + tally.lost < min_decided || (interval.low <= rate && rate <= interval.high) {
                continue;
            }
            let gap = (tally.conversion().unwrap_or(rate) - rate).abs();
            if strongest.is_none_or(|(g, _)| gap > g) {
                strongest = Some((gap, i));
            }
        }
        let condition = strongest.and_then(|(_, i)| {
            let (_, tally, cond) = &groups[i];
            cond.clone().map(|c| (c, tally.conversion() > rate))
        });
        reports.push(FieldReport {
            field: column.name.clone(),
            declared: column.declared,
            banded,
            groups: groups.iter().map(|(name, t, _)| t.group(name, total, rate)).collect(),
            separates: strongest.is_some(),
            strongest: strongest.map(|(_, i)| groups[i].0.clone()),
            skipped,
            condition,
            declaration: column.declaration.clone(),
        });
    }
    Ok(Gathered { reports, numbers, overall, after_outcome })
}

/// How the values of a numeric field are gathered and written back as a literal.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Measure {
    /// A number or money: as read.
    Plain,
    /// In percentage points (the reader's fraction × 100), written `45%`.
    Percent,
    /// In seconds, written in the largest unit that keeps it whole (`25 minutes`).
    Duration(DurationUnit),
    /// In civil seconds, written as the date (`2026-03-01`).
    Date,
}

fn measure(kind: &FieldKind) -> Option<Measure> {
    match kind {
        FieldKind::Number | FieldKind::Money => Some(Measure::Plain),
        FieldKind::Percent => Some(Measure::Percent),
        FieldKind::Duration(unit) => Some(Measure::Duration(*unit)),
        FieldKind::Date(_) | FieldKind::DateTime(_) => Some(Measure::Date),
        _ => None,
    }
}

/// A value of a field of `kind` as `suggest` gathers it: seconds for a duration, percentage
/// points for a percentage, civil seconds for a date.
fn measured(kind: &FieldKind, value: &Value) -> Option<f64> {
    match (measure(kind)?, value) {
        (Measure::Percent, Value::Number(n)) => Some(n * 100.0),
        (Measure::Plain | Measure::Duration(_), Value::Number(n)) => Some(*n),
        (Measure::Date, Value::Time(t)) => Some(*t as f64),
        _ => None,
    }
}

/// The measure of a column: its declared kind's, or for a column the rules do not declare the
/// kind `init` would declare.
fn column_measure(c: &Column) -> Option<Measure> {
    match &c.declaration {
        Some(d) => match &d.inferred {
            Inferred::Typed(kind) => measure(kind),
            _ => None,
        },
        None if c.declared => measure(&c.kind),
        None => None,
    }
}

/// A column the rules do not declare, read as text, once its kind is inferred: each cell read
/// again as the declared field would read it (`15 000 ₽`, `45%`, `01.12.2026`), so that its
/// values are grouped and banded as numbers; a cell the field would not read is unknown.
fn measure_cells(c: &mut Column, profile: &ColumnProfile) {
    let Some(Inferred::Typed(kind)) = c.declaration.as_ref().map(|d| &d.inferred) else { return };
    if measure(kind).is_none() {
        return;
    }
    let mark = crate::init::infer::decimal_mark(profile, kind);
    let reader = crate::input::values::CellReader::new(kind).with_decimal_mark(mark);
    for (key, _) in &mut c.keys {
        if let Key::Text(text) = key {
            *key = match reader.read(text).ok().and_then(|v| measured(kind, &v)) {
                Some(n) => Key::number(n),
                None => Key::Unknown,
            };
        }
    }
}

/// A gathered value as a literal of its field: `1500`, `45%`, `25 minutes`, `2026-03-01`.
fn literal(measure: Option<Measure>, n: f64) -> String {
    match measure {
        None | Some(Measure::Plain) => shown(n),
        Some(Measure::Percent) => format!("{}%", shown(n)),
        Some(Measure::Duration(declared)) => {
            let whole = [DurationUnit::Days, DurationUnit::Hours, DurationUnit::Minutes, DurationUnit::Seconds]
                .into_iter()
                .find(|u| {
                    let v = n / u.seconds();
                    v.abs() >= 1.0 && (v - v.round()).abs() < 1e-9
                });
            let unit = whole.unwrap_or(declared);
            let value = n / unit.seconds();
            let word = if value == 1.0 { unit.plural().trim_end_matches('s') } else { unit.plural() };
            format!("{} {word}", shown(value))
        }
        Some(Measure::Date) => {
            super::knobs::date_of_days((n / 86_400.0).floor() as i64).map_or_else(|| shown(n), |d| d.to_string())
        }
    }
}

fn text_field(column: &str) -> FieldSpec {
    FieldSpec {
        name: column.to_string(),
        kind: FieldKind::Text,
        columns: vec![column.to_string()],
        used: true,
        decimal_mark: None,
        unknown_when: Vec::new(),
    }
}

/// A column of the history that cannot judge a new lead.
fn skipped(c: &Column) -> Option<Skipped> {
    let mut distinct = std::collections::HashSet::new();
    for (key, _) in &c.keys {
        if *key != Key::Unknown {
            distinct.insert(key);
        }
    }
    if c.fill.after_outcome() {
        return Some(Skipped::AfterOutcome);
    }
    let numeric = distinct.iter().all(|k| matches!(k, Key::Number(_)) || as_number(k).is_some());
    let filled = c.keys.len() - c.keys.iter().filter(|(k, _)| *k == Key::Unknown).count();
    (!numeric && filled > 20 && distinct.len() * 2 > filled).then_some(Skipped::Identifier)
}

fn as_number(key: &Key) -> Option<f64> {
    match key {
        Key::Number(bits) => Some(f64::from_bits(*bits)),
        Key::Text(t) => t.trim().replace(['_', ' ', '\u{a0}'], "").parse::<f64>().ok().filter(|n| n.is_finite()),
        Key::Unknown => None,
    }
}

/// The groups of a column: one per value, or bands of numbers; each with the condition a score
/// line would write for it (for the two end bands and each value of a declared field).
fn groups_of(c: &Column, rules: &RuleSet) -> (Vec<(String, Tally, Option<String>)>, bool) {
    let known: Vec<&(Key, DealOutcome)> = c.keys.iter().filter(|(k, _)| *k != Key::Unknown).collect();
    let mut unknown = Tally::default();
    for (_, o) in c.keys.iter().filter(|(k, _)| *k == Key::Unknown) {
        unknown.add(*o);
    }
    let numeric: Option<Vec<(f64, DealOutcome)>> = known.iter().map(|(k, o)| as_number(k).map(|n| (n, *o))).collect();
    let distinct: std::collections::HashSet<&Key> = known.iter().map(|(k, _)| k).collect();
    let mut groups = Vec::new();
    let mut banded = false;
    match numeric {
        Some(mut numbers) if distinct.len() > FEW_VALUES => {
            banded = true;
            numbers.sort_by(|a, b| a.0.total_cmp(&b.0));
            let measure = column_measure(c);
            let mut edges: Vec<f64> = (1..BANDS).map(|i| numbers[i * numbers.len() / BANDS].0).collect();
            for edge in &mut edges {
                match measure {
                    // A date's band starts at midnight, so that `>= 2026-03-01` is the band.
                    Some(Measure::Date) => *edge = (*edge / 86_400.0).floor() * 86_400.0,
                    // Two significant digits in the field's unit, so that the line reads well
                    // (`717 seconds` → `12 minutes`, `23.5%` → `24%`) and the band is what it says.
                    Some(Measure::Duration(unit)) => *edge = super::nice(*edge / unit.seconds()) * unit.seconds(),
                    Some(Measure::Percent) => *edge = super::nice(*edge),
                    _ => {}
                }
            }
            edges.dedup();
            let bands = edges.len() + 1;
            let mut tallies = vec![Tally::default(); bands];
            for (n, o) in &numbers {
                tallies[edges.partition_point(|e| e <= n)].add(*o);
            }
            let writable = measure.is_some();
            let field = field_name(c);
            let lit = |n: f64| literal(measure, n);
            for (i, tally) in tallies.into_iter().enumerate() {
                let (name, condition) = match (i.checked_sub(1).map(|j| edges[j]), edges.get(i)) {
                    (None, Some(high)) => (format!("< {}", lit(*high)), Some(format!("{field} < {}", lit(*high)))),
                    (Some(low), None) => (format!("≥ {}", lit(low)), Some(format!("{field} >= {}", lit(low)))),
                    (Some(low), Some(high)) => (format!("{} – < {}", lit(low), lit(*high)), None),
                    (None, None) => ("(all)".to_string(), None),
                };
                groups.push((name, tally, condition.filter(|_| writable)));
            }
        }
        _ => {
            // Spellings that matching takes for one value are one group, named by the most
            // frequent of them (`backtest::spellings`).
            let mut by_key: IndexMap<String, (Tally, Spellings)> = IndexMap::new();
            let measure = column_measure(c);
            for (k, o) in &known {
                let (group, name) = match k {
                    Key::Number(bits) => {
                        (format!("n{}", f64::from_bits(*bits)), literal(measure, f64::from_bits(*bits)))
                    }
                    Key::Text(t) => (format!("t{}", fold_spelling(t)), t.clone()),
                    Key::Unknown => continue,
                };
                let (tally, spellings) = by_key.entry(group).or_default();
                tally.add(*o);
                spellings.add(&name, 1);
            }
            by_key.sort_by(|_, a, _, b| b.0.leads().cmp(&a.0.leads()));
            let mut other = Tally::default();
            for (i, (_, (tally, spellings))) in by_key.into_iter().enumerate() {
                if i >= MOST_VALUES {
                    other.won += tally.won;
                    other.lost += tally.lost;
                    other.open += tally.open;
                    continue;
                }
                let name = spellings.label();
                groups.push((name.clone(), tally, condition_for(c, rules, &name)));
            }
            if other.leads() > 0 {
                groups.push((OTHER_ROW.to_string(), other, None));
            }
        }
    }
    if unknown.leads() > 0 {
        groups.push((crate::backtest::run::UNKNOWN_CHANNEL.to_string(), unknown, None));
    }
    (groups, banded)
}

/// The field's name a condition reads: a declared field's, or the name `init` gives a column
/// the rules do not declare.
fn field_name(c: &Column) -> &str {
    c.declaration.as_ref().map_or(c.name.as_str(), |d| d.name.as_str())
}

/// `source = referral`, `do_not_email = yes`, `city = "Mumbai"`: a field's value as a condition
/// (a declared field's, or a column's as `init` would declare it), or none for a kind this does
/// not write.
fn condition_for(c: &Column, rules: &RuleSet, shown_value: &str) -> Option<String> {
    let _ = rules;
    if let Some(d) = &c.declaration {
        return undeclared_condition(d, shown_value);
    }
    if !c.declared {
        return None;
    }
    match &c.kind {
        FieldKind::OneOf(values) => {
            values.iter().find(|v| v.name == shown_value).map(|v| format!("{} = {}", c.name, v.name))
        }
        FieldKind::YesNo => match shown_value {
            "yes" => Some(format!("{} = yes", c.name)),
            "no" => Some(format!("{} = no", c.name)),
            _ => None,
        },
        FieldKind::Text if !shown_value.contains('"') => Some(format!("{} = \"{}\"", c.name, shown_value)),
        // The value is already written as the field's literal (`45%`, `25 minutes`).
        kind if measure(kind).is_some() => Some(format!("{} = {}", c.name, shown_value)),
        _ => None,
    }
}

/// A number as a band edge and a literal: `1500`, `2.5`.
fn shown(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let t = format!("{n:.2}");
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The condition for a value of a column the rules do not declare, as `init` would declare it:
/// a `one of` value by its name, yes or no, a number, a text in quotes.
fn undeclared_condition(d: &Declaration, shown_value: &str) -> Option<String> {
    let name = &d.name;
    let folded = fold_spelling(shown_value);
    match &d.inferred {
        Inferred::OneOf(choices) => choices
            .iter()
            .zip(&d.choice_names)
            .find(|(choice, _)| choice.spellings.iter().any(|s| fold_spelling(s) == folded))
            .map(|(_, value)| format!("{name} = {value}")),
        Inferred::Typed(FieldKind::YesNo) if YES_WORDS.contains(&folded.as_str()) => Some(format!("{name} = yes")),
        Inferred::Typed(FieldKind::YesNo) if NO_WORDS.contains(&folded.as_str()) => Some(format!("{name} = no")),
        Inferred::Typed(FieldKind::Number) => {
            let n =
                shown_value.trim().replace(['_', ' ', '\u{a0}'], "").parse::<f64>().ok().filter(|n| n.is_finite())?;
            Some(format!("{name} = {}", shown(n)))
        }
        // Its cells were read as the field reads them and the value written as its literal.
        Inferred::Typed(kind) if measure(kind).is_some() => Some(format!("{name} = {shown_value}")),
        Inferred::Text if !shown_value.contains(['"', '\\']) => Some(format!("{name} = \"{}\"", shown_value.trim())),
        _ => None,
    }
}
