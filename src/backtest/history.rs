//! Opening a history and judging it whole: a backtest of one definition, or two definitions side
//! by side for a diff. The history is read lead by lead (`run::Judging`), so memory does not grow
//! with it. Nothing here prints: the reader's warnings and the outcome texts that were not
//! recognised come back with the result, for the command to show.

use super::diff::Changes;
use super::model::{Backtest, DefinitionDiff};
use super::run::{Figures, HistoryOptions, Judging, Unreadable, history_schema};
use crate::compile::RuleSet;
use crate::input::{InputError, InputOptions};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use indexmap::IndexMap;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// Why a history could not be judged.
#[derive(Debug)]
pub enum HistoryError {
    /// `--channel` names a field the rules do not have.
    NoSuchChannel {
        /// The field `--channel` names.
        field: String,
    },
    /// The history could not be opened, or broke off in the middle.
    Input(InputError),
    /// No column of the history holds the outcomes.
    NoOutcomeColumn {
        /// The column looked for (`--outcome`).
        column: String,
        /// The column that looks like the outcomes, or the columns to choose from (see
        /// `with_help`).
        help: Option<crate::message::Message>,
    },
    /// No outcome of the history is in `--won`, `--lost` or `--open`: every lead would be open.
    NoOutcomeRecognised {
        /// The outcome column (`--outcome`).
        column: String,
        /// The values it holds, and how often.
        values: IndexMap<String, u64>,
    },
    /// A `--by` key is neither a name leadrules gives, nor a field, nor a column of the history.
    NoSuchByColumn {
        /// The key as given.
        key: String,
    },
    /// `--value` names neither a field of the rules nor a column of the history.
    NoSuchValueColumn {
        /// The column as given.
        column: String,
    },
    /// The two readings of one history (a diff reads it once per definition) differ.
    ChangedWhileRead {
        /// The history's name, as the user gave it.
        history: String,
    },
}

impl HistoryError {
    /// The error in `lang`'s words.
    pub fn say(&self, lang: Lang) -> String {
        lang.text(&self.message())
    }

    /// The error, to be said in the chosen language (and the keywords of the rules it is about).
    pub fn message(&self) -> Message {
        match self {
            HistoryError::NoSuchChannel { field } => msg!("backtest-error-no-such-channel", field = field.as_str()),
            HistoryError::Input(e) => e.message(),
            HistoryError::NoOutcomeColumn { column, help: None } => {
                msg!("backtest-error-no-outcome-column", column = column.as_str())
            }
            HistoryError::NoOutcomeColumn { column, help: Some(help) } => {
                msg!("backtest-error-no-outcome-column-help", column = column.as_str(), help = help.clone())
            }
            HistoryError::NoOutcomeRecognised { column, values } => super::outcomes::nothing_recognised(column, values),
            HistoryError::NoSuchByColumn { key } => msg!("backtest-error-no-such-by", key = key.as_str()),
            HistoryError::NoSuchValueColumn { column } => {
                msg!("backtest-error-no-such-value-column", column = column.as_str())
            }
            HistoryError::ChangedWhileRead { history } => {
                msg!("backtest-error-history-changed", history = history.as_str())
            }
        }
    }
}

impl HistoryError {
    /// The error with the help that needs the history at `path` read again: for a missing
    /// outcome column, the column that looks like the outcomes (`outcome_hint`).
    pub fn with_help(self, rules: &RuleSet, path: &Path, input: &InputOptions) -> HistoryError {
        match self {
            HistoryError::NoOutcomeColumn { column, help: None } => {
                let help = super::outcome_hint::outcome_hint(rules, path, input, &column);
                HistoryError::NoOutcomeColumn { column, help }
            }
            other => other,
        }
    }

    /// Whether the options, not the files, are at fault (exit code 2 rather than 3).
    pub fn is_usage(&self) -> bool {
        matches!(self, HistoryError::NoOutcomeRecognised { .. })
    }
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

impl std::error::Error for HistoryError {}

/// A history opened to be judged lead by lead under one definition.
pub struct OpenHistory<'r> {
    /// The leads, read and judged one at a time.
    pub judging: Judging<'r>,
    /// The slot of the field that names the channel, if any.
    pub channel_slot: Option<usize>,
    /// The reader's warnings, for the caller to show.
    pub warnings: Vec<crate::message::Message>,
}

/// Opens a history to be judged under `rules`. `open_file` opens a file's bytes (see
/// `run::open_leads`); `-` is standard input.
pub fn open_history<'r>(
    rules: &'r RuleSet,
    history: &Path,
    input: &InputOptions,
    options: &'r HistoryOptions,
    open_file: impl FnOnce(&Path) -> std::io::Result<Box<dyn Read + Send>>,
) -> Result<OpenHistory<'r>, HistoryError> {
    let (mut schema, outcome_slot, channel_slot) = history_schema(rules, options);
    let dimensions = super::by::resolve(rules, &mut schema, &options.by);
    let value = super::value::ValueSource::resolve(rules, &mut schema, options.value.as_deref());
    if let Some(name) = &options.channel
        && channel_slot.is_none()
    {
        return Err(HistoryError::NoSuchChannel { field: name.clone() });
    }
    let reader = crate::run::open_leads(history, &schema, input, open_file).map_err(HistoryError::Input)?;
    // The outcome is read through a field of leadrules' own making: what its reader says about it
    // is about the outcome column, which the figures report themselves.
    let warnings = reader.warnings().iter().filter(|w| !w.to_string().contains("(outcome)")).cloned().collect();
    Ok(OpenHistory {
        judging: Judging::new(rules, reader, outcome_slot, channel_slot, options)
            .with_dimensions(dimensions)
            .with_value(value)
            .with_trace(options.coverage),
        channel_slot,
        warnings,
    })
}

/// What judging a whole history gives besides its figures.
pub struct Judged<T> {
    /// The figures: a `Backtest`, or a `DefinitionDiff`.
    pub report: T,
    /// The rows that could not be read (of the old definition, for a diff).
    pub unreadable: Unreadable,
    /// Outcome texts counted as open because no option names them, and how often.
    pub unrecognized: IndexMap<String, u64>,
    /// The report's totals rows that were skipped (not leads), for the caller's warning.
    pub totals: crate::input::TotalsRows,
}

/// Judges every lead of an opened history: the backtest of its definition.
pub fn judge_history(
    rules: &RuleSet,
    opened: OpenHistory<'_>,
    history: &str,
    options: &HistoryOptions,
) -> Result<Judged<Backtest>, HistoryError> {
    let OpenHistory { mut judging, channel_slot, .. } = opened;
    let mut figures = Figures::new(rules)
        .with_dimensions(judging.dimensions().to_vec())
        .with_value(judging.value_source(), options)
        .with_coverage(options.coverage);
    for lead in &mut judging {
        figures.add(&lead);
    }
    let totals = judging.totals_rows().clone();
    let unrecognized = judging.finish()?;
    let (report, unreadable) = figures.finish(history, &unrecognized, channel_slot, options);
    Ok(Judged { report, unreadable, unrecognized, totals })
}

/// Judges the history under both definitions at once, lead by lead: it is read twice side by
/// side (each definition reads its own fields), so memory does not grow with the history.
pub fn judge_side_by_side(
    (old_rules, old): (&RuleSet, OpenHistory<'_>),
    (new_rules, new): (&RuleSet, OpenHistory<'_>),
    history: &str,
    options: &HistoryOptions,
) -> Result<Judged<DefinitionDiff>, HistoryError> {
    let (old_channel, new_channel) = (old.channel_slot, new.channel_slot);
    let mut changes = Changes::new(old_rules, new_rules, options);
    // Each lead's trace is kept only when the definitions differ: it says why a lead moved.
    let traced = changes.wants_traces();
    let (mut old, mut new) = (old.judging.with_trace(traced), new.judging.with_trace(traced));
    let old_figures = Figures::new(old_rules).with_value(old.value_source(), options);
    let new_figures = Figures::new(new_rules).with_value(new.value_source(), options);
    let (mut old_figures, mut new_figures) = (old_figures, new_figures);
    loop {
        match (old.next(), new.next()) {
            (Some(a), Some(b)) => {
                old_figures.add(&a);
                new_figures.add(&b);
                changes.add(&a, &b);
            }
            (None, None) => break,
            _ => return Err(HistoryError::ChangedWhileRead { history: history.to_string() }),
        }
    }
    let totals = old.totals_rows().clone();
    let (old_unrecognized, new_unrecognized) = (old.finish()?, new.finish()?);
    let (old_backtest, unreadable) = old_figures.finish(history, &old_unrecognized, old_channel, options);
    let (new_backtest, _) = new_figures.finish(history, &new_unrecognized, new_channel, options);
    Ok(Judged {
        report: changes.finish(old_backtest, new_backtest),
        unreadable,
        unrecognized: old_unrecognized,
        totals,
    })
}
