//! `init`: a starting definition from a raw export. The export is read through the lead reader
//! (every format, encoding and number style `qualify` reads), each column profiled as the rows
//! stream by (`profile`), its kind inferred (`infer`), named (`names`), and the definition
//! written with comments that show the data behind each guess (`write`): a field per column,
//! the key, the outcome column left for `backtest`, placeholders that look like "no answer",
//! and a skeleton of `minimum`, `profile`, `score` and `classify` that checks clean.
//!
//! Memory is bounded by the number of columns, not rows (see `profile`); every row is read.

pub mod infer;
pub mod names;
pub mod profile;
mod write;

pub use write::{Declaration, declaration};

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::input::{self, InputError, InputOptions};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::schema::{FieldKind, FieldSpec, Schema};
use profile::ColumnProfile;

/// How `init` reads the export and writes the definition.
#[derive(Clone, Debug, Default)]
pub struct InitOptions {
    /// How to read the export (encoding, format, sheet).
    pub input: InputOptions,
    /// The language of the comments and of the gates' reasons.
    pub comments: Lang,
    /// The language of the keywords.
    pub keywords: Lang,
    /// The path the definition will be written to, for the `backtest` command shown in it.
    pub rules_path: Option<String>,
}

/// A starting definition, ready to be written.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The rule file's text.
    pub text: String,
    /// How many fields it declares.
    pub fields: usize,
    /// How many rows of the export were read.
    pub rows: u64,
    /// The report's totals rows that were skipped (not leads, so not profiled), for a warning.
    pub totals: input::TotalsRows,
}

/// Why no definition could be made.
#[derive(Debug)]
pub enum InitError {
    /// The export cannot be read (as the lead reader says: file, line, column).
    Input(InputError),
    /// The export has no column a field could read (none, or only names that repeat).
    NoColumns { file: String },
    /// The generated text does not parse (a bug in `init`).
    Internal(Vec<Diagnostic>),
}

impl InitError {
    /// What went wrong, to show a person.
    pub fn message(&self) -> Message {
        match self {
            InitError::Input(error) => error.message(),
            InitError::NoColumns { file } => msg!("init-no-columns", file = file.as_str()),
            InitError::Internal(diagnostics) => {
                let first = diagnostics.first().map(|d| d.message.clone()).unwrap_or_else(|| msg!("init-no-detail"));
                msg!("init-internal", reason = first)
            }
        }
    }
}

impl From<InputError> for InitError {
    fn from(error: InputError) -> InitError {
        InitError::Input(error)
    }
}

/// The export as `init` saw it: every column's profile and what could not be read.
#[derive(Debug)]
pub struct ExportProfile {
    /// The export's name, as given.
    pub file: String,
    /// Lead rows read (blank rows are not leads).
    pub rows: u64,
    /// Columns, in the export's order (a repeated name is kept once).
    pub columns: Vec<ColumnProfile>,
    /// Column names that occur more than once.
    pub repeated: Vec<String>,
    /// Rows that could not be read, and the first one's reason.
    pub unreadable: u64,
    pub first_problem: Option<Message>,
    /// The report's totals rows (`Итого;;;;12 500 000`), skipped: a sum is no lead's value.
    pub totals: input::TotalsRows,
}

/// Reads the whole export, streaming, and profiles every column.
pub fn profile_export(path: &Path, options: &InputOptions) -> Result<ExportProfile, InitError> {
    profile_export_first(path, options, None)
}

/// [`profile_export`], reading only the first `limit` lead rows when there is a limit (a hint on
/// an error path needs the columns' look, not every row of a large history).
pub fn profile_export_first(
    path: &Path,
    options: &InputOptions,
    limit: Option<u64>,
) -> Result<ExportProfile, InitError> {
    let file = path.display().to_string();
    let header = input::column_names(path, options)?;
    let mut seen: Vec<String> = Vec::new();
    let mut repeated: Vec<String> = Vec::new();
    let mut columns: Vec<ColumnProfile> = Vec::new();
    for name in header.iter().filter(|n| !n.trim().is_empty()) {
        let normalized = name.trim().to_lowercase();
        if seen.contains(&normalized) {
            if !repeated.contains(name) {
                repeated.push(name.clone());
            }
            continue;
        }
        seen.push(normalized);
        let track = columns.is_empty() || infer::names_an_id(name);
        columns.push(ColumnProfile::new(name, track));
    }
    // A repeated name is left out entirely: which of its columns would a field read?
    columns.retain(|c| !repeated.iter().any(|r| r.trim().eq_ignore_ascii_case(c.column.trim())));
    if columns.is_empty() {
        return Err(InitError::NoColumns { file });
    }
    let schema = Schema {
        fields: columns
            .iter()
            .enumerate()
            .map(|(i, c)| FieldSpec {
                name: format!("column_{i}"),
                kind: FieldKind::Text,
                columns: vec![c.column.clone()],
                used: true,
                decimal_mark: None,
                unknown_when: Vec::new(),
            })
            .collect(),
        key: None,
    };
    let mut export = ExportProfile {
        file,
        rows: 0,
        columns,
        repeated,
        unreadable: 0,
        first_problem: None,
        totals: input::TotalsRows::default(),
    };
    let mut reader = input::open(path, &schema, options)?;
    for row in reader.by_ref().take(limit.map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX))) {
        export.rows += 1;
        match row.values {
            Ok(values) => {
                for (column, value) in export.columns.iter_mut().zip(&values) {
                    column.add(value);
                }
            }
            Err(problem) => {
                export.unreadable += 1;
                export.first_problem.get_or_insert_with(|| problem.message());
            }
        }
    }
    if let Some(error) = reader.take_error() {
        return Err(error.into());
    }
    export.totals = reader.totals_rows().clone();
    Ok(export)
}

/// A starting definition for the export at `path`.
pub fn draft(path: &Path, options: &InitOptions) -> Result<Draft, InitError> {
    let export = profile_export(path, &options.input)?;
    let plan = write::plan(&export);
    let english = write::render(&export, &plan, options);
    let text = crate::format::format_to(&english, Some(options.keywords)).map_err(InitError::Internal)?;
    Ok(Draft { text, fields: plan.field_count(), rows: export.rows, totals: export.totals })
}
