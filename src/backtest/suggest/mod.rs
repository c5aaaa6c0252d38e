//! `suggest`: what moving each threshold, weight and point value of a definition would do to the
//! volume and conversion of each class on the history, whether each field the rules do not use
//! separates won from lost, and the changes the history supports, each a one-literal (or
//! one-line) edit of the author's file with the backtest figures before and after.
//!
//! The rule for proposing a change (stated in docs/suggest.md): the leads it moves into the
//! sales classes must convert better than the leads outside sales do now, and the leads it moves
//! out of them worse than sales does now, each with at least `MIN_DECIDED` won or lost leads and
//! a 95 % Wilson interval — widened for the number of changes tried (Bonferroni) — that excludes
//! that conversion. Candidate values are bounded: the main score's own values next to a score
//! threshold (read once from the baseline), the deciles of a field next to a field threshold,
//! steps of ten points of fit, and halves and doubles of points and weights. Each candidate is a
//! real backtest of the edited text, so its "after" figures are what `backtest` says of the file.

pub mod edit;
pub mod fields;
pub mod knobs;
pub mod replay;
pub mod text;

use crate::backtest::history::HistoryError;
use crate::backtest::model::{Admitted, Backtest, Group, Interval};
use crate::backtest::run::HistoryOptions;
use crate::backtest::stats::{Tally, bonferroni_z, wilson, wilson_z};
use crate::compile::RuleSet;
use crate::input::InputOptions;
use crate::span::SourceFile;
use edit::Edit;
use knobs::{Form, Knob, KnobKind, Subject};
use replay::{Baseline, Movement, Replay};
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// The fewest won or lost leads a moved group (or a field's group) must have to count.
pub const MIN_DECIDED: u64 = 30;
/// The confidence of the intervals the decision reads, before they are widened.
pub const CONFIDENCE: f64 = 0.95;
/// How many candidate values are tried on each side of a threshold's current value.
const EACH_SIDE: usize = 2;

/// The rule the suggestions follow, as applied.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rule {
    pub min_decided: u64,
    pub confidence: f64,
    /// Changes tried: the intervals are widened for this many comparisons.
    pub comparisons: usize,
    /// The normal quantile of the widened interval.
    pub z: f64,
}

/// The figures of one definition: each class, and the leads handed to sales and the rest.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Snapshot {
    pub by_class: Vec<Group>,
    pub admitted: Admitted,
    /// The leads outside the sales classes.
    pub rest: Admitted,
}

/// Leads a change moves into the sales classes, or out of them.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Moved {
    pub leads: u64,
    pub won: u64,
    pub lost: u64,
    pub open: u64,
    pub conversion: Option<f64>,
    /// The 95 % Wilson interval, as every report shows it.
    pub interval: Option<Interval>,
    /// The widened interval the decision reads.
    pub decision_interval: Option<Interval>,
}

/// One candidate value of a number, judged on the whole history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Trial {
    /// The value as it would be written (`60`, `+30`, `60%`).
    pub value: String,
    pub after: Snapshot,
    pub into_sales: Moved,
    pub out_of_sales: Moved,
    /// Leads whose class changes (between any two classes).
    pub changed: u64,
    pub supported: bool,
}

/// A number of the definition and what moving it would do.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KnobReport {
    pub kind: KnobKind,
    pub block: String,
    pub line: usize,
    pub rule: String,
    /// The value as written now, and its bytes in the file (a trial writes its value there).
    pub value: String,
    pub start: usize,
    pub end: usize,
    pub trials: Vec<Trial>,
}

/// What a suggestion changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    Threshold,
    Points,
    Weight,
    /// A new score line for a field the rules did not use.
    ScoreLine,
}

/// The edit of a suggestion: the bytes `start..end` of the file replaced by `text`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EditAt {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A column declared in the `fields` block, as `init` would declare it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Declare {
    /// The column of the history.
    pub column: String,
    /// The line added (`pages : number from "Pages"`).
    pub line: String,
    pub edit: EditAt,
}

/// One change the history supports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    pub block: String,
    /// The line changed (or after which the new line goes) and its text as written.
    pub line: usize,
    pub rule: String,
    /// The literal as written now (none for a new line) and the new one (the new line).
    pub old: Option<String>,
    pub new: String,
    /// The field a new score line tests.
    pub field: Option<String>,
    /// The unified diff of the file.
    pub diff: String,
    pub edit: EditAt,
    /// For a column the rules do not declare yet: its declaration, added to the `fields` block
    /// as well (the file changes in both places).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub declare: Option<Declare>,
    pub before: Snapshot,
    pub after: Snapshot,
    pub into_sales: Moved,
    pub out_of_sales: Moved,
    pub changed: u64,
}

/// Everything `suggest` found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestions {
    /// `MAVEN Hardware version 1`
    pub definition: String,
    pub file: String,
    pub history: String,
    pub rows: u64,
    pub unreadable: u64,
    pub overall: Group,
    pub sales_classes: Vec<String>,
    pub rule: Rule,
    pub before: Snapshot,
    /// Whether the sales classes convert differently from the other leads now (their 95 %
    /// intervals do not overlap): whether the definition itself tells won from lost.
    pub definition_separates: bool,
    /// Fields the rules read that are written once the deal closed (blank on every open lead,
    /// filled on the decided ones): while the rules read them, no change is proposed.
    pub outcome_fields: Vec<String>,
    pub knobs: Vec<KnobReport>,
    pub fields: Vec<fields::FieldReport>,
    pub suggestions: Vec<Suggestion>,
    /// Backtests run (the baseline and every candidate).
    pub backtests: usize,
}

/// Why `suggest` could not run.
#[derive(Debug)]
pub enum SuggestError {
    History(HistoryError),
}

impl From<HistoryError> for SuggestError {
    fn from(e: HistoryError) -> Self {
        SuggestError::History(e)
    }
}

impl From<crate::input::InputError> for SuggestError {
    fn from(e: crate::input::InputError) -> Self {
        SuggestError::History(HistoryError::Input(e))
    }
}

impl Candidate {
    /// The file with the change made (in both places, for a column declared too).
    fn edited(&self, text: &str) -> String {
        match &self.declare {
            Some((_, _, declare)) => edit::apply_all(text, &[&self.edit, declare]),
            None => self.edit.apply(text),
        }
    }
}

/// A candidate change before it is judged.
struct Candidate {
    knob: Option<usize>,
    kind: SuggestionKind,
    block: String,
    line: usize,
    rule: String,
    old: Option<String>,
    new: String,
    field: Option<String>,
    edit: Edit,
    /// The declaration of a column the rules do not declare: (column, line, where it goes).
    declare: Option<(String, String, Edit)>,
    /// Lower (-1) or higher (+1) than the current value; 0 for a new line.
    side: i8,
    /// How far from the current value: the nearest supported one on each side is proposed.
    distance: f64,
}

/// Runs `suggest`: `source` is the rule file as the author wrote it, `rules` its compiled form,
/// `bytes` the history read whole.
pub fn suggest(
    source: &SourceFile,
    rules: &RuleSet,
    history: &Path,
    bytes: Arc<[u8]>,
    input: &InputOptions,
    options: &HistoryOptions,
) -> Result<Suggestions, SuggestError> {
    let replay = Replay { path: history, bytes: bytes.clone(), input, options };
    let (base_report, base) = replay.baseline(rules)?;
    let gathered = fields::gather(rules, history, bytes, input, options, MIN_DECIDED, CONFIDENCE)?;
    let text = source.text.as_str();
    let parsed = crate::syntax::parse(text);
    let found = knobs::knobs(&parsed.file, text);
    let mut candidates = Vec::new();
    for (i, knob) in found.iter().enumerate() {
        for value in candidate_values(knob, &base, &gathered.numbers) {
            let new = edit::written(value, knob.form);
            candidates.push(Candidate {
                knob: Some(i),
                kind: match knob.kind {
                    KnobKind::Threshold => SuggestionKind::Threshold,
                    KnobKind::Points => SuggestionKind::Points,
                    KnobKind::Weight => SuggestionKind::Weight,
                },
                block: knob.block.clone(),
                line: knob.line,
                rule: knob.rule.clone(),
                old: Some(text[knob.span.clone()].to_string()),
                edit: Edit { span: knob.span.clone(), replacement: new.clone() },
                declare: None,
                new,
                field: None,
                side: if value < knob.value { -1 } else { 1 },
                distance: (value - knob.value).abs(),
            });
        }
    }
    candidates.extend(score_lines(&parsed.file, text, &gathered.reports));
    let rule = Rule {
        min_decided: MIN_DECIDED,
        confidence: CONFIDENCE,
        comparisons: candidates.len(),
        z: bonferroni_z(CONFIDENCE, candidates.len()),
    };
    let sales_classes = crate::backtest::run::sales_classes(rules, options);
    let before = snapshot(&base_report, &sales_classes);
    let mut reports: Vec<KnobReport> = found
        .iter()
        .map(|k| KnobReport {
            kind: k.kind,
            block: k.block.clone(),
            line: k.line,
            rule: k.rule.clone(),
            value: text[k.span.clone()].to_string(),
            start: k.span.start,
            end: k.span.end,
            trials: Vec::new(),
        })
        .collect();
    let mut supported: Vec<(usize, Trial)> = Vec::new();
    let mut backtests = 1;
    for (index, candidate) in candidates.iter().enumerate() {
        let edited = candidate.edited(text);
        let loaded = crate::compile::load(SourceFile::new(source.name.clone(), edited));
        let Some(changed_rules) = loaded.rules.filter(|r| r.classifies()) else { continue };
        let (report, movement) = replay.changed(&changed_rules, &base)?;
        backtests += 1;
        let trial = judge(candidate.new.clone(), &report, &movement, &before, &sales_classes, &rule);
        if trial.supported {
            supported.push((index, trial.clone()));
        }
        if let Some(k) = candidate.knob {
            reports[k].trials.push(trial);
        }
    }
    // A definition that reads what was written once the deal closed judges the past by its
    // outcome: its figures say nothing about new leads, so nothing is proposed.
    if !gathered.after_outcome.is_empty() {
        supported.clear();
    }
    let suggestions = chosen(&candidates, supported, &before, source, text);
    Ok(Suggestions {
        definition: base_report.definition.clone(),
        file: source.name.clone(),
        history: history.display().to_string(),
        rows: base_report.rows,
        unreadable: base_report.unreadable,
        overall: base_report.overall.clone(),
        sales_classes,
        rule,
        definition_separates: match (before.admitted.interval, before.rest.interval) {
            (Some(a), Some(b)) => a.low > b.high || b.low > a.high,
            _ => false,
        },
        before,
        outcome_fields: gathered.after_outcome,
        knobs: reports,
        fields: gathered.reports,
        suggestions,
        backtests,
    })
}

/// The figures of a backtest the suggestions compare.
fn snapshot(report: &Backtest, sales: &[String]) -> Snapshot {
    let mut rest = Tally::default();
    for g in report.by_class.iter().filter(|g| !sales.contains(&g.name)) {
        rest.won += g.won;
        rest.lost += g.lost;
        rest.open += g.open;
    }
    Snapshot {
        by_class: report.by_class.clone(),
        admitted: report.admitted.clone(),
        rest: Admitted {
            leads: rest.leads(),
            won: rest.won,
            lost: rest.lost,
            conversion: rest.conversion(),
            interval: wilson(rest.won, rest.won + rest.lost),
        },
    }
}

fn moved(t: &Tally, z: f64) -> Moved {
    Moved {
        leads: t.leads(),
        won: t.won,
        lost: t.lost,
        open: t.open,
        conversion: t.conversion(),
        interval: wilson(t.won, t.won + t.lost),
        decision_interval: wilson_z(t.won, t.won + t.lost, z),
    }
}

/// A candidate's figures, and whether the rule supports it.
fn judge(
    value: String,
    report: &Backtest,
    movement: &Movement,
    before: &Snapshot,
    sales: &[String],
    rule: &Rule,
) -> Trial {
    let into = moved(&movement.into_sales, rule.z);
    let out = moved(&movement.out_of_sales, rule.z);
    let decided = |m: &Moved| m.won + m.lost;
    let into_ok = match (into.decision_interval, before.rest.conversion) {
        _ if into.leads == 0 => None,
        (Some(i), Some(rest)) if decided(&into) >= rule.min_decided => Some(i.low > rest),
        _ => Some(false),
    };
    let out_ok = match (out.decision_interval, before.admitted.conversion) {
        _ if out.leads == 0 => None,
        (Some(i), Some(sales_rate)) if decided(&out) >= rule.min_decided => Some(i.high < sales_rate),
        _ => Some(false),
    };
    let supported = match (into_ok, out_ok) {
        (None, None) => false,
        (a, b) => a.unwrap_or(true) && b.unwrap_or(true),
    };
    Trial {
        value,
        after: snapshot(report, sales),
        into_sales: into,
        out_of_sales: out,
        changed: movement.changed,
        supported,
    }
}

/// The candidate values of a number, nearest first on each side of the current value.
fn candidate_values(knob: &Knob, base: &Baseline, numbers: &std::collections::HashMap<String, Vec<f64>>) -> Vec<f64> {
    let current = knob.value;
    let pool: Vec<f64> = match &knob.subject {
        Subject::Score => {
            let mut scores: Vec<f64> = base.scores.iter().flatten().copied().filter(|s| s.is_finite()).collect();
            scores.sort_by(f64::total_cmp);
            let mut distinct = scores.clone();
            distinct.dedup();
            if distinct.len() > 40 { deciles(&scores).into_iter().map(nice).collect() } else { distinct }
        }
        Subject::Fit => {
            [-20.0, -10.0, 10.0, 20.0].iter().map(|d| current + d).filter(|v| *v > 0.0 && *v <= 100.0).collect()
        }
        // The field's values in the literal's unit (minutes, percentage points, days).
        Subject::Field(name) => match (numbers.get(name), knob.form) {
            (Some(values), Form::Date) if !values.is_empty() => {
                let days: Vec<f64> = values.iter().map(|v| knob.form.from_stored(*v)).collect();
                date_steps(&days)
            }
            (Some(values), form) if !values.is_empty() => {
                let scaled: Vec<f64> = values.iter().map(|v| form.from_stored(*v)).collect();
                let whole = |v: f64| if matches!(form, Form::Duration { .. }) && v >= 1.0 { v.round() } else { v };
                // A duration in whole units of its literal (`8 minutes`, not `7.88 minutes`).
                deciles(&scaled).into_iter().map(|v| whole(nice(v))).collect()
            }
            (_, Form::Date) => [-90.0, -30.0, 30.0, 90.0].iter().map(|d| current + d).collect(),
            _ => own_steps(current),
        },
        Subject::Own => match knob.kind {
            KnobKind::Weight => {
                [current - 1.0, current + 1.0, current * 2.0].into_iter().filter(|w| *w > 0.0).collect()
            }
            _ => [current / 2.0, current * 1.5, current * 2.0]
                .into_iter()
                .map(|v| v.round())
                .filter(|v| *v != 0.0)
                .collect(),
        },
    };
    let mut pool: Vec<f64> = pool.into_iter().filter(|v| v.is_finite() && *v != current).collect();
    match knob.form {
        Form::Percent => pool.retain(|v| *v > 0.0 && *v <= 100.0),
        Form::Duration { .. } => pool.retain(|v| *v > 0.0),
        _ => {}
    }
    pool.sort_by(f64::total_cmp);
    pool.dedup();
    let below: Vec<f64> = pool.iter().rev().filter(|v| **v < current).take(EACH_SIDE).copied().collect();
    let above: Vec<f64> = pool.iter().filter(|v| **v > current).take(EACH_SIDE).copied().collect();
    let limit = if matches!(knob.subject, Subject::Own) { 3 } else { EACH_SIDE * 2 };
    below.into_iter().chain(above).take(limit).collect()
}

/// The deciles of dates (days since 1970), each moved to the first of its month when the dates
/// span more than a quarter, so a threshold reads as a month (`2026-03-01`).
fn date_steps(sorted_days: &[f64]) -> Vec<f64> {
    let span = sorted_days.last().zip(sorted_days.first()).map_or(0.0, |(last, first)| last - first);
    deciles(sorted_days)
        .into_iter()
        .map(|d| {
            let month_start = knobs::date_of_days(d as i64).map(|date| date.first_of_month());
            match month_start {
                Some(first) if span > 90.0 => knobs::days_since_epoch(first) as f64,
                _ => d,
            }
        })
        .collect()
}

fn own_steps(current: f64) -> Vec<f64> {
    [current * 0.5, current * 0.75, current * 1.25, current * 1.5].into_iter().map(nice).collect()
}

/// The nine inner decile edges of sorted values.
fn deciles(sorted: &[f64]) -> Vec<f64> {
    if sorted.is_empty() {
        return Vec::new();
    }
    (1..10).map(|i| sorted[(i * sorted.len() / 10).min(sorted.len() - 1)]).collect()
}

/// A value rounded to two significant digits (`1234` → `1200`), so a suggestion reads well.
pub(super) fn nice(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let magnitude = 10f64.powi(v.abs().log10().floor() as i32 - 1);
    if magnitude < 1.0 { (v * 100.0).round() / 100.0 } else { (v / magnitude).round() * magnitude }
}

/// For each field that separates won from lost and the rules do not use: a score line for its
/// strongest group in the main score block, with each of that block's point values.
fn score_lines(file: &crate::syntax::ast::RuleFile, text: &str, reports: &[fields::FieldReport]) -> Vec<Candidate> {
    use crate::syntax::ast::Item;
    let blocks: Vec<&crate::syntax::ast::ScoreBlock> =
        file.items.iter().filter_map(|i| if let Item::Score(s) = i { Some(s) } else { None }).collect();
    let Some(block) = blocks.iter().find(|b| b.name.is_none()).or(blocks.first()) else { return Vec::new() };
    let Some(last) = block.rules.last() else { return Vec::new() };
    let end = crate::span::Span::from(last.span()).range().end.min(text.len());
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let (line, rule) = knobs::line_of(text, end.saturating_sub(1));
    let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    let indent: String = text[line_start..].chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    // The fixed lines' points: a growing line's points per step are on another scale.
    let mut points: Vec<f64> = block
        .rules
        .iter()
        .filter_map(|r| match r {
            crate::syntax::ast::ScoreRule::Fixed(f) => Some(f.points.node.abs()),
            crate::syntax::ast::ScoreRule::Growing(_) => None,
        })
        .filter(|p| *p > 0.0)
        .collect();
    points.sort_by(f64::total_cmp);
    points.dedup();
    let keyword = knobs::keyword_at(text, block.span);
    let block_name = block.name.as_ref().map_or(keyword.clone(), |n| format!("{keyword} {}", n.name));
    // The lines written in the file's keywords: `+10 когда call_s >= 12 минут` in a Russian one.
    let russian = crate::syntax::text_language(text) == crate::locale::Lang::Ru;
    let spelt = |code: String| if russian { crate::locale::respell::to_russian(&code) } else { code };
    let mut out = Vec::new();
    for report in reports {
        let Some((condition, better)) = &report.condition else { continue };
        let declare = match &report.declaration {
            Some(d) => {
                let line = spelt(d.line.clone());
                match declaration_edit(file, text, &line) {
                    Some(at) => Some((report.field.clone(), line, at)),
                    None => continue,
                }
            }
            None => None,
        };
        for p in &points {
            let value = if *better { *p } else { -*p };
            let new = spelt(format!("{} when {}", edit::written(value, Form::Signed), condition));
            out.push(Candidate {
                knob: None,
                kind: SuggestionKind::ScoreLine,
                block: block_name.clone(),
                line,
                rule: rule.clone(),
                old: None,
                edit: Edit { span: line_end..line_end, replacement: format!("\n{indent}{new}") },
                declare: declare.clone(),
                new,
                field: Some(report.field.clone()),
                side: 0,
                distance: *p,
            });
        }
    }
    out
}

/// Per number, the supported value nearest the current one on each side; per field, the
/// supported line with the fewest points.
fn chosen(
    candidates: &[Candidate],
    supported: Vec<(usize, Trial)>,
    before: &Snapshot,
    source: &SourceFile,
    text: &str,
) -> Vec<Suggestion> {
    let mut best: Vec<(usize, Trial)> = Vec::new();
    for (index, trial) in supported {
        let c = &candidates[index];
        let same = |other: &Candidate| match (c.knob, other.knob) {
            (Some(a), Some(b)) => a == b && c.side == other.side,
            (None, None) => c.field == other.field,
            _ => false,
        };
        match best.iter_mut().find(|(i, _)| same(&candidates[*i])) {
            Some(slot) if candidates[slot.0].distance > c.distance => *slot = (index, trial),
            Some(_) => {}
            None => best.push((index, trial)),
        }
    }
    best.into_iter()
        .map(|(index, trial)| {
            let c = &candidates[index];
            let edited = c.edited(text);
            Suggestion {
                kind: c.kind,
                block: c.block.clone(),
                line: c.line,
                rule: c.rule.clone(),
                old: c.old.clone(),
                new: c.new.clone(),
                field: c.field.clone(),
                diff: match c.declare {
                    Some(_) => edit::unified_hunks(&source.name, text, &edited),
                    None => edit::unified(&source.name, text, &edited),
                },
                edit: EditAt { start: c.edit.span.start, end: c.edit.span.end, text: c.edit.replacement.clone() },
                declare: c.declare.as_ref().map(|(column, line, at)| Declare {
                    column: column.clone(),
                    line: line.clone(),
                    edit: EditAt { start: at.span.start, end: at.span.end, text: at.replacement.clone() },
                }),
                before: before.clone(),
                after: trial.after,
                into_sales: trial.into_sales,
                out_of_sales: trial.out_of_sales,
                changed: trial.changed,
            }
        })
        .collect()
}

/// Where a new field's line goes: the end of the file's first `fields` block, indented as its
/// last field is; `None` when the file declares its fields elsewhere.
fn declaration_edit(file: &crate::syntax::ast::RuleFile, text: &str, line: &str) -> Option<Edit> {
    use crate::syntax::ast::Item;
    let block = file.items.iter().find_map(|i| if let Item::Fields(b) = i { Some(b) } else { None })?;
    let range = crate::span::Span::from(block.span).range();
    let close = text.get(..range.end.min(text.len()))?.rfind('}')?;
    let indent: String = match block.fields.last() {
        Some(f) => {
            let start = crate::span::Span::from(f.span).range().start.min(text.len());
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            text[line_start..].chars().take_while(|c| *c == ' ' || *c == '\t').collect()
        }
        None => "  ".to_string(),
    };
    let line_start = text[..close].rfind('\n').map_or(0, |i| i + 1);
    if text[line_start..close].trim().is_empty() && line_start > 0 {
        Some(Edit { span: line_start..line_start, replacement: format!("{indent}{line}\n") })
    } else {
        Some(Edit { span: close..close, replacement: format!("\n{indent}{line}\n") })
    }
}
