//! Runs a definition over a history of leads with known outcomes and gathers the figures.

use super::history::HistoryError;
use super::model::*;
use super::stats::{DealOutcome, Tally};
use crate::compile::RuleSet;
use crate::eval::grade;
use crate::input::{LeadReader, LeadRow};
use crate::message::Message;
use crate::msg;
use crate::run::{Judgement, LeadJudge};
use crate::schema::{FieldKind, FieldSpec, Schema};
use crate::value::{Truth, Value};
use indexmap::IndexMap;
use std::collections::HashMap;

/// How to read outcomes and which classes are sales'.
#[derive(Clone, Debug)]
pub struct HistoryOptions {
    /// The column holding each lead's outcome.
    pub outcome_column: String,
    /// Lowercased spellings of each outcome.
    pub won: Vec<String>,
    /// Lowercased spellings of a lost deal.
    pub lost: Vec<String>,
    /// Lowercased spellings of a deal still open.
    pub open: Vec<String>,
    /// Classes handed to sales; `None` takes every class whose name contains "sql".
    pub sales: Option<Vec<String>>,
    /// The field that names the source channel; `None` takes `source` or `channel` if declared.
    pub channel: Option<String>,
    /// `--by`: the keys to break the figures down by.
    pub by: Vec<super::by::BySpec>,
    /// `--target-volume`, `--target-conversion`: fractions to find score thresholds for.
    pub target_volume: Option<f64>,
    pub target_conversion: Option<f64>,
    /// `--value`: the column (or field) with each deal's value; `None` takes the definition's
    /// deal size when it has one.
    pub value: Option<String>,
    /// `--coverage`: count what each gate, criterion, score line and class rule decided.
    pub coverage: bool,
}

impl HistoryOptions {
    /// `--sales` names classes; each must exist in one of the definitions.
    pub fn check_sales_classes(&self, rules: &[&RuleSet]) -> Result<(), Message> {
        for class in self.sales.iter().flatten() {
            if !rules.iter().any(|r| r.class_names.iter().any(|c| c.eq_ignore_ascii_case(class))) {
                let known: Vec<&str> = rules.iter().flat_map(|r| r.class_names.iter().map(String::as_str)).collect();
                return Err(msg!(
                    "backtest-error-no-such-sales-class",
                    class = class.as_str(),
                    classes = known.join(", ")
                ));
            }
        }
        Ok(())
    }
}

impl Default for HistoryOptions {
    fn default() -> Self {
        let lists = super::outcomes::OutcomeLists::default();
        HistoryOptions {
            outcome_column: "outcome".into(),
            won: lists.won,
            lost: lists.lost,
            open: lists.open,
            sales: None,
            channel: None,
            by: Vec::new(),
            target_volume: None,
            target_conversion: None,
            value: None,
            coverage: false,
        }
    }
}

/// What happened to one lead of the history under one definition.
#[derive(Clone, Debug, PartialEq)]
pub struct JudgedLead {
    /// The lead's record number in the history.
    pub record: u64,
    /// The lead's key, when the history has an id column.
    pub id: Option<String>,
    /// `None` when the row could not be read.
    pub class_rule: Option<crate::compile::program::ClassRuleId>,
    /// The grade of its first profile's fit (`A` to `F`), when the rules have a profile.
    pub grade: Option<char>,
    /// The temperature, as an index into the rules' `Temperature::names`.
    pub temperature: Option<usize>,
    /// The lead's channel (the value of the `--channel` field), when one is asked for.
    pub channel: Option<super::spellings::Channel>,
    /// Indices of the gates the lead failed.
    pub failed_gates: Vec<usize>,
    /// What became of the deal: won, lost or open.
    pub outcome: DealOutcome,
    /// Why the row could not be read (row, column, value, what was expected).
    pub problem: Option<Message>,
    /// The lead's value of each `--by` key.
    pub by: Vec<super::by::Key>,
    /// The main score's total, when the rules have a score.
    pub score: Option<f64>,
    /// The deal's value (`--value`, or the deal size), when value figures are asked for.
    pub value: super::value::LeadValue,
    /// What the evaluator decided, block by block, when the coverage or a diff's reasons need it.
    pub trace: Option<super::trace::Trace>,
}

impl JudgedLead {
    /// A lead of the history that got no verdict: it could not be read, or not computed.
    fn not_judged(row: &LeadRow, problem: Message) -> JudgedLead {
        JudgedLead {
            record: row.record,
            id: row.id.clone(),
            class_rule: None,
            grade: None,
            temperature: None,
            channel: None,
            failed_gates: Vec::new(),
            outcome: DealOutcome::Open,
            problem: Some(problem),
            by: Vec::new(),
            score: None,
            value: super::value::LeadValue::Missing,
            trace: None,
        }
    }
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
        decimal_mark: None,
        unknown_when: Vec::new(),
    });
    (schema, outcome, channel)
}

/// Judges the leads of a history one by one under one definition, in input order. An
/// iterator, so a history of any length is judged in the same memory: the figures are gathered
/// lead by lead (`Figures`), and `diff` walks two judgings of one history side by side.
pub struct Judging<'r> {
    rules: &'r RuleSet,
    reader: LeadReader,
    judge: LeadJudge<'r>,
    outcome_slot: usize,
    channel_slot: Option<usize>,
    options: &'r HistoryOptions,
    /// Outcome texts that were not recognised (counted as open), and how often.
    unrecognized: IndexMap<String, u64>,
    /// Leads whose outcome was read, and those whose outcome is in one of the lists.
    outcomes_read: u64,
    outcomes_recognised: u64,
    /// The `--by` keys, resolved.
    dimensions: Vec<super::by::Dimension>,
    /// Where each deal's value is read, when value figures are asked for.
    value: Option<super::value::ValueSource>,
    /// Whether each lead's trace is kept (coverage, a diff's reasons).
    tracing: bool,
    /// The value column's decimal mark, once one of its cells has shown it.
    value_mark: Option<crate::schema::DecimalMark>,
}

impl<'r> Judging<'r> {
    /// `reader` reads the history with `history_schema`'s schema, whose outcome and channel
    /// slots these are.
    pub fn new(
        rules: &'r RuleSet,
        reader: LeadReader,
        outcome_slot: usize,
        channel_slot: Option<usize>,
        options: &'r HistoryOptions,
    ) -> Self {
        Judging {
            rules,
            reader,
            judge: LeadJudge::new(rules),
            outcome_slot,
            channel_slot,
            options,
            unrecognized: IndexMap::new(),
            outcomes_read: 0,
            outcomes_recognised: 0,
            dimensions: Vec::new(),
            value: None,
            tracing: false,
            value_mark: None,
        }
    }

    /// Reads each deal's value from `source` as well.
    pub fn with_value(mut self, source: Option<super::value::ValueSource>) -> Self {
        self.value = source;
        self
    }

    /// Where this judging reads each deal's value.
    pub fn value_source(&self) -> Option<&super::value::ValueSource> {
        self.value.as_ref()
    }

    /// Keeps what the evaluator decided for each lead, block by block.
    pub fn with_trace(mut self, tracing: bool) -> Self {
        self.tracing = tracing;
        self
    }

    /// Reads the lead's value of each `--by` key as well.
    pub fn with_dimensions(mut self, dimensions: Vec<super::by::Dimension>) -> Self {
        self.dimensions = dimensions;
        self
    }

    /// The totals rows of a report skipped so far (not leads, see `input::TotalsRows`).
    pub fn totals_rows(&self) -> &crate::input::TotalsRows {
        self.reader.totals_rows()
    }

    /// The `--by` keys this judging reads.
    pub fn dimensions(&self) -> &[super::by::Dimension] {
        &self.dimensions
    }

    /// Once every lead is judged: the outcome texts that were not recognised, or why the history
    /// could not be read to the end.
    pub fn finish(mut self) -> Result<IndexMap<String, u64>, HistoryError> {
        if let Some(e) = self.reader.take_error() {
            return Err(HistoryError::Input(e));
        }
        for d in &self.dimensions {
            if let super::by::Source::Slot { slot, .. } = d.source
                && self.reader.columns().get(slot).is_none_or(Option::is_none)
            {
                return Err(HistoryError::NoSuchByColumn { key: d.spec.key.clone() });
            }
        }
        if let Some(super::value::ValueSource::Slot { slot, name }) = &self.value
            && self.reader.columns().get(*slot).is_none_or(Option::is_none)
        {
            return Err(HistoryError::NoSuchValueColumn { column: name.clone() });
        }
        // Checked after the rows, not before: a JSON history binds a key when a lead first has it,
        // so a first lead without the outcome must not make the whole history unreadable.
        if self.reader.columns().get(self.outcome_slot).is_none_or(Option::is_none) {
            return Err(HistoryError::NoOutcomeColumn { column: self.options.outcome_column.clone(), help: None });
        }
        // A history none of whose outcomes is in a list would be reported as all open: refused,
        // naming the values it has, for `--won` and `--lost`.
        if self.outcomes_read > 0 && self.outcomes_recognised == 0 {
            return Err(HistoryError::NoOutcomeRecognised {
                column: self.options.outcome_column.clone(),
                values: self.unrecognized,
            });
        }
        Ok(self.unrecognized)
    }
}

impl Iterator for Judging<'_> {
    type Item = JudgedLead;

    fn next(&mut self) -> Option<JudgedLead> {
        let row = self.reader.next()?;
        let rules = self.rules;
        // Every lead that could be read has its outcome counted, even one that gets no verdict.
        let outcome = match &row.values {
            Ok(values) => {
                let (outcome, recognised) =
                    outcome_of(values.get(self.outcome_slot), self.options, &mut self.unrecognized);
                self.outcomes_read += 1;
                self.outcomes_recognised += u64::from(recognised);
                outcome
            }
            Err(problem) => return Some(JudgedLead::not_judged(&row, problem.message())),
        };
        let (values, verdict) = match self.judge.judge(&row.values) {
            Judgement::Verdict { lead, verdict } => (lead, verdict),
            Judgement::Uncomputable(problem) => {
                // Said with its place, as an unreadable row's problem is (`line 7: ...`).
                let place = match row.line {
                    0 => crate::msg!("input-row-lead", record = row.record.to_string()),
                    line => crate::msg!("input-row-line", line = line.to_string()),
                };
                let said = crate::msg!("input-join-colon", first = place, second = problem);
                return Some(JudgedLead::not_judged(&row, said));
            }
            Judgement::Unreadable(problem) => return Some(JudgedLead::not_judged(&row, problem.message())),
        };
        let temperature = match (&rules.temperature, verdict.temperature_rule) {
            (Some(t), Some(i)) => t.rules.get(i).map(|r| r.name.index()),
            _ => None,
        };
        Some(JudgedLead {
            record: row.record,
            id: row.id.clone(),
            class_rule: Some(verdict.class_rule),
            grade: verdict.profiles.first().map(|p| grade(p.fit)),
            temperature,
            channel: self.channel_slot.map(|slot| {
                super::spellings::channel_of(rules, slot, values.get(slot).unwrap_or(&Value::Unknown), UNKNOWN_CHANNEL)
            }),
            failed_gates: verdict
                .gates()
                .iter()
                .enumerate()
                .filter(|(_, t)| **t == Truth::False)
                .map(|(i, _)| i)
                .collect(),
            outcome,
            problem: None,
            by: self
                .dimensions
                .iter()
                .map(|d| {
                    // A column read only for `--by` is not among the judged lead's values.
                    let read = match (&d.source, &row.values) {
                        (super::by::Source::Slot { slot, .. }, Ok(raw)) if *slot >= values.len() => raw.as_slice(),
                        _ => values,
                    };
                    by_key(rules, verdict, read, temperature, &d.source)
                })
                .collect(),
            score: main_score(rules).and_then(|i| verdict.scores.get(i)).map(|s| s.total),
            value: match &self.value {
                None => super::value::LeadValue::Missing,
                Some(super::value::ValueSource::DealSize) => {
                    super::value::LeadValue::of_size(verdict.deal.as_ref().and_then(|d| d.size))
                }
                Some(super::value::ValueSource::Slot { slot, .. }) => {
                    // A column read only for `--value` is not among the judged lead's values.
                    let read = match &row.values {
                        Ok(raw) if *slot >= values.len() => raw.as_slice(),
                        _ => values,
                    };
                    super::value::LeadValue::of(read.get(*slot).unwrap_or(&Value::Unknown), &mut self.value_mark)
                }
            },
            trace: self.tracing.then(|| super::trace::Trace::of(rules, verdict, values)),
        })
    }
}

/// The score block the bands are of: the unnamed one, else the first.
pub fn main_score(rules: &RuleSet) -> Option<usize> {
    rules.scores.iter().position(|s| s.name.is_none()).or((!rules.scores.is_empty()).then_some(0))
}

/// A judged lead's value of one `--by` key.
fn by_key(
    rules: &RuleSet,
    verdict: &crate::eval::Verdict,
    values: &[Value],
    temperature: Option<usize>,
    source: &super::by::Source,
) -> super::by::Key {
    use super::by::{Key, Source};
    match source {
        Source::Class => Key::Text(rules.class_name(verdict.class_rule).to_string()),
        Source::Grade(p) => verdict.profiles.get(*p).map_or(Key::Unknown, |f| Key::Text(grade(f.fit).to_string())),
        Source::Temperature => match (temperature, &rules.temperature) {
            (Some(i), Some(t)) => t.names.get(i).map_or(Key::Unknown, |n| Key::Text(n.clone())),
            _ => Key::Text(NO_TEMPERATURE.into()),
        },
        Source::Score(i) => verdict.scores.get(*i).map_or(Key::Unknown, |s| Key::number(s.total)),
        Source::Fit(p) => {
            verdict.profiles.get(*p).map_or(Key::Unknown, |f| Key::number((f.fit * 1000.0).round() / 10.0))
        }
        Source::Slot { slot, .. } => Key::of_value(rules, *slot, values.get(*slot).unwrap_or(&Value::Unknown)),
    }
}

/// A lead's outcome, and whether one of the lists named it (an unnamed one is counted as open
/// and tallied in `unrecognized`).
pub(crate) fn outcome_of(
    value: Option<&Value>,
    options: &HistoryOptions,
    unrecognized: &mut IndexMap<String, u64>,
) -> (DealOutcome, bool) {
    let text = match value {
        Some(Value::Text(t)) => t.trim().to_lowercase(),
        _ => {
            *unrecognized.entry(BLANK_OUTCOME.into()).or_default() += 1;
            return (DealOutcome::Open, false);
        }
    };
    if options.won.contains(&text) {
        (DealOutcome::Won, true)
    } else if options.lost.contains(&text) {
        (DealOutcome::Lost, true)
    } else if options.open.contains(&text) {
        (DealOutcome::Open, true)
    } else {
        *unrecognized.entry(text).or_default() += 1;
        (DealOutcome::Open, false)
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

/// The grades a profile's fit gets, best first.
const GRADES: [&str; 5] = ["A", "B", "C", "D", "F"];

/// How many of the rows that could not be read are kept, to be shown in the warning.
const UNREADABLE_SHOWN: usize = 10;

/// The figures of a backtest, gathered lead by lead as the history is judged: tallies, not
/// leads, so the memory does not grow with the history.
pub struct Figures<'r> {
    rules: &'r RuleSet,
    rows: u64,
    overall: Tally,
    /// By class name (`RuleSet::class_names`), grade (A to F) and temperature
    /// (`Temperature::names`), each in that order.
    by_class: Vec<Tally>,
    by_grade: Vec<Tally>,
    by_temperature: Vec<Tally>,
    /// By channel group (`spellings::Channel::group`), with the spellings seen of each; sorted
    /// by size at the end, each named by its most frequent spelling.
    by_channel: HashMap<String, (Tally, super::spellings::Spellings)>,
    gates: Vec<Tally>,
    unreadable: Unreadable,
    /// `--by` keys, their tallies, and the tallies per distinct main score.
    dimensions: Vec<super::by::Dimension>,
    breakdown: super::by::Breakdown,
    scores: super::bands::ScoreTallies,
    /// The won value per class, when a value is read.
    values: Option<super::value::ValueCounts>,
    /// What each rule decided, with `--coverage`.
    coverage: Option<super::coverage::CoverageCounts>,
    /// Whether each class is handed to sales.
    sales: Vec<bool>,
}

/// The rows of a history that could not be read: how many, and the first few with why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unreadable {
    /// How many rows could not be read.
    pub count: u64,
    /// (record, problem) of the first `UNREADABLE_SHOWN`; the problem names its place (`line 7:
    /// ...`).
    pub first: Vec<(u64, Message)>,
}

impl<'r> Figures<'r> {
    /// Figures with no lead counted yet.
    pub fn new(rules: &'r RuleSet) -> Self {
        Figures {
            rules,
            rows: 0,
            overall: Tally::default(),
            by_class: vec![Tally::default(); rules.class_names.len()],
            by_grade: vec![Tally::default(); if rules.profiles.is_empty() { 0 } else { GRADES.len() }],
            // One more for the disqualified leads, which get no temperature.
            by_temperature: vec![Tally::default(); rules.temperature.as_ref().map_or(0, |t| t.names.len() + 1)],
            by_channel: HashMap::new(),
            gates: vec![Tally::default(); rules.gates.len()],
            unreadable: Unreadable::default(),
            dimensions: Vec::new(),
            breakdown: super::by::Breakdown::new(0),
            scores: super::bands::ScoreTallies::default(),
            values: None,
            coverage: None,
            sales: Vec::new(),
        }
    }

    /// Counts the won value of each class as well, read from `source`; `options` says which
    /// classes are sales'.
    pub fn with_value(mut self, source: Option<&super::value::ValueSource>, options: &HistoryOptions) -> Self {
        let sales = sales_classes(self.rules, options);
        self.sales = self.rules.class_names.iter().map(|c| sales.contains(c)).collect();
        self.values = source.map(|s| super::value::ValueCounts::new(s, self.rules.class_names.len()));
        self
    }

    /// Counts what each gate, criterion, score line and class rule decided as well.
    pub fn with_coverage(mut self, coverage: bool) -> Self {
        self.coverage = coverage.then(|| super::coverage::CoverageCounts::new(self.rules));
        self
    }

    /// Counts the leads by these `--by` keys as well.
    pub fn with_dimensions(mut self, dimensions: Vec<super::by::Dimension>) -> Self {
        self.breakdown = super::by::Breakdown::new(dimensions.len());
        self.dimensions = dimensions;
        self
    }

    /// Counts one judged lead.
    pub fn add(&mut self, lead: &JudgedLead) {
        self.rows += 1;
        let Some(rule) = lead.class_rule else {
            self.unreadable.count += 1;
            if self.unreadable.first.len() < UNREADABLE_SHOWN {
                let problem = lead.problem.clone().unwrap_or_else(|| crate::msg!("backtest-rule-unreadable"));
                self.unreadable.first.push((lead.record, problem));
            }
            return;
        };
        let outcome = lead.outcome;
        self.overall.add(outcome);
        // A readable lead without a temperature is disqualified: counted in the last group.
        let temperature = lead.temperature.or_else(|| self.by_temperature.len().checked_sub(1));
        let class = self.rules.classes.get(rule).map(|r| r.name.index());
        let grade = lead.grade.and_then(|g| GRADES.iter().position(|known| known.starts_with(g)));
        for (groups, index) in
            [(&mut self.by_class, class), (&mut self.by_grade, grade), (&mut self.by_temperature, temperature)]
        {
            if let Some(tally) = index.and_then(|i| groups.get_mut(i)) {
                tally.add(outcome);
            }
        }
        if let Some(channel) = &lead.channel {
            let (tally, spellings) = match self.by_channel.get_mut(channel.group.as_str()) {
                Some(group) => group,
                None => self.by_channel.entry(channel.group.clone()).or_default(),
            };
            tally.add(outcome);
            spellings.add(&channel.spelling, 1);
        }
        for &gate in &lead.failed_gates {
            if let Some(tally) = self.gates.get_mut(gate) {
                tally.add(outcome);
            }
        }
        if !self.dimensions.is_empty() {
            self.breakdown.add(&lead.by, outcome);
        }
        if let Some(score) = lead.score {
            self.scores.add(score, outcome);
        }
        if let Some(values) = &mut self.values {
            let sales = class.is_some_and(|c| self.sales.get(c).copied().unwrap_or(false));
            values.add(lead.record, class, sales, outcome, &lead.value);
        }
        if let (Some(coverage), Some(trace)) = (&mut self.coverage, &lead.trace) {
            coverage.add(trace, outcome);
        }
    }

    /// The report, once every lead is counted; also the rows that could not be read.
    pub fn finish(
        self,
        history: &str,
        unrecognized: &IndexMap<String, u64>,
        channel_slot: Option<usize>,
        options: &HistoryOptions,
    ) -> (Backtest, Unreadable) {
        let rules = self.rules;
        let total = self.overall.leads();
        let rate = self.overall.conversion();
        let groups = |names: &[&str], tallies: &[Tally]| -> Vec<Group> {
            names.iter().zip(tallies).map(|(name, t)| t.group(name, total, rate)).collect()
        };
        let names = |list: &'r [String]| list.iter().map(String::as_str).collect::<Vec<_>>();
        let by_class = groups(&names(&rules.class_names), &self.by_class);
        let mut temperatures = rules.temperature.as_ref().map_or_else(Vec::new, |t| names(&t.names));
        if !temperatures.is_empty() {
            temperatures.push(NO_TEMPERATURE);
        }
        let mut by_channel: Vec<Group> =
            self.by_channel.values().map(|(t, spellings)| t.group(&spellings.label(), total, rate)).collect();
        by_channel.sort_by(|a, b| b.leads.cmp(&a.leads).then_with(|| a.name.cmp(&b.name)));
        let gates = rules
            .gates
            .iter()
            .zip(&self.gates)
            .map(|(gate, t)| GateEffect {
                reason: gate.reason.clone(),
                removed: t.leads(),
                won: t.won,
                lost: t.lost,
                open: t.open,
            })
            .collect();
        let sales = sales_classes(rules, options);
        let mut admitted = Tally::default();
        for (name, tally) in rules.class_names.iter().zip(&self.by_class) {
            if sales.contains(name) {
                admitted.won += tally.won;
                admitted.lost += tally.lost;
                admitted.open += tally.open;
            }
        }
        let hidden_by_class: Vec<(String, u64)> = by_class
            .iter()
            .filter(|g| !sales.contains(&g.name) && g.won > 0)
            .map(|g| (g.name.clone(), g.won))
            .collect();
        let order = |source: &super::by::Source| -> Option<Vec<String>> {
            use super::by::Source;
            match source {
                Source::Class => Some(rules.class_names.clone()),
                Source::Grade(_) => Some(GRADES.iter().map(|g| g.to_string()).collect()),
                Source::Temperature => {
                    let mut names = rules.temperature.as_ref().map_or_else(Vec::new, |t| t.names.clone());
                    names.push(NO_TEMPERATURE.into());
                    Some(names)
                }
                _ => None,
            }
        };
        let (by, crosses) = self.breakdown.finish(&self.dimensions, order, total, rate);
        let bands = main_score(rules).map(|i| {
            let name = rules.scores[i].display_name().to_string();
            self.scores.finish(&name, options.target_volume, options.target_conversion)
        });
        let backtest = Backtest {
            by,
            crosses,
            bands,
            definition: definition_name(rules),
            history: history.to_string(),
            rows: self.rows,
            unreadable: self.unreadable.count,
            unrecognized_outcomes: unrecognized.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            overall: self.overall.group(ALL_LEADS, total, rate),
            value: self.values.map(|v| v.finish(&rules.class_names, &sales.join(", "))),
            coverage: self.coverage.map(|c| c.finish(rules)),
            admitted: super::diff::admitted(admitted),
            by_class,
            channel_field: channel_slot
                .filter(|_| !by_channel.is_empty())
                .map(|slot| rules.schema.fields[slot].name.clone()),
            by_channel,
            by_grade: groups(&GRADES, &self.by_grade),
            by_temperature: without_empty_last(groups(&temperatures, &self.by_temperature)),
            gates,
            hidden: HiddenPotential {
                sales_classes: sales,
                won_hidden: hidden_by_class.iter().map(|(_, n)| n).sum(),
                won_total: self.overall.won,
                by_class: hidden_by_class,
            },
        };
        (backtest, self.unreadable)
    }
}

/// The name of the group of every lead.
pub const ALL_LEADS: &str = "all leads";

/// The temperature group of the disqualified leads, which get no temperature.
pub const NO_TEMPERATURE: &str = "none (disqualified)";

/// The channel group of the leads whose channel is not known.
pub const UNKNOWN_CHANNEL: &str = "(unknown)";

/// How an empty outcome is counted among the outcomes not recognised.
pub const BLANK_OUTCOME: &str = "(blank)";

/// The groups without the last one when it has no leads (no lead was disqualified).
fn without_empty_last(mut groups: Vec<Group>) -> Vec<Group> {
    if groups.last().is_some_and(|g| g.leads == 0) {
        groups.pop();
    }
    groups
}

/// What joins a definition's name and its version in its title: `ACME Cloud version 3`.
pub const VERSION: &str = "version";

/// `ACME Cloud version 3`, or the file name.
pub fn definition_name(rules: &RuleSet) -> String {
    match &rules.header {
        Some(h) => match &h.version {
            Some(v) => format!("{} {VERSION} {}", h.name.node, v.node.trim_matches('"')),
            None => h.name.node.clone(),
        },
        None => rules.file_name().to_string(),
    }
}
