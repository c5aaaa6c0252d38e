//! What can go wrong while reading leads, worded for the salesperson who exported the file:
//! `InputError` for the file as a whole, `RowError` for one lead, made of `CellProblem`s.

pub use crate::diagnostic::plain_io_error;
use crate::message::{Arg, Message};
use crate::msg;
use std::fmt;

/// The file as a whole cannot be read. Stops reading: no lead comes out of it (or no more
/// leads, see [`super::LeadReader::error`]). The fields are named for what they hold: `name`
/// and `path` the file as the user gave it, `reason` what the system or the parser said,
/// `line` and `column` where in the file (1-based).
#[allow(missing_docs)]
#[derive(Debug)]
pub enum InputError {
    /// The file cannot be opened.
    Open { path: String, reason: std::io::Error },
    /// The file cannot be read.
    Io { path: String, reason: std::io::Error },
    /// The file has nothing in it but whitespace.
    Empty { name: String },
    /// The sheet of a workbook has nothing in it.
    EmptySheet { name: String, sheet: String },
    /// The line of a CSV file (or the row of a sheet) read as the header names no column.
    NoHeader {
        name: String,
        /// That line (after a `sep=;` line and empty lines), or that row of the sheet, 1-based.
        place: u64,
        /// Whether `place` is a sheet's row (else a line of text).
        in_workbook: bool,
    },
    /// The file is not JSON where JSON was expected.
    InvalidJson { name: String, line: u64, column: u64, reason: Message },
    /// The column names are not valid text in the (forced) encoding.
    HeaderNotUtf8 { name: String },
    /// One record is longer than the limit (`super::RECORD_LIMIT`): the file has lost its line
    /// breaks, or a quote or bracket is never closed. Reading stops there.
    RecordTooLong { name: String, line: u64, limit: usize },
    /// A column (CSV header, JSON key) a field reads appears more than once; `place` says where
    /// ("appears 2 times in the header (columns 2 and 5)").
    DuplicateColumn { name: String, field: String, column: String, place: Message },
    /// The file is a workbook (or another binary file) that cannot be read as leads.
    Workbook { name: String, reason: Message },
    /// `--sheet` names a sheet the workbook does not have.
    NoSuchSheet { name: String, sheet: String, sheets: Vec<String> },
    /// Not one field of the rules has a column (CSV header or JSON key) in the file.
    NoMatchingColumn {
        name: String,
        /// Each field's name and the column names it is read from.
        fields: Vec<(String, Vec<String>)>,
        /// The file's columns as written.
        found: Vec<String>,
        /// A record below the first line whose cells name columns of the rules: the header,
        /// under a title or a report's heading.
        header_below: Option<HeaderBelow>,
    },
}

/// Where a tabular file's column names are when its first line is not them (a title above the
/// table, as report exports write): the line (or a workbook's row) and the names it gives the
/// rules, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderBelow {
    /// The line (or row) that was read as the header and names no column: 1 unless a `sep=;`
    /// line, empty lines or empty rows come before it.
    pub header: u64,
    /// The line of a text file, or the row of a workbook, 1-based.
    pub place: u64,
    /// Whether `place` is a workbook's row (else a line of text).
    pub in_workbook: bool,
    /// The cells of that record that name a field's column.
    pub columns: Vec<String>,
}

impl InputError {
    /// What went wrong, in words, to be said in the chosen language.
    pub fn message(&self) -> Message {
        self.message_about("file")
    }

    /// [`InputError::message`] for the leads of a service's request: their keys are the lead's
    /// fields, not a file's columns.
    pub fn message_for_request(&self) -> Message {
        self.message_about("request")
    }

    /// The message, the input being a `file` or a `request`.
    fn message_about(&self, source: &'static str) -> Message {
        match self {
            InputError::Open { path, reason } => msg!("input-open", path = file_name(path), reason = io_reason(reason)),
            InputError::Io { path, reason } => msg!("input-read", path = file_name(path), reason = io_reason(reason)),
            InputError::Empty { name } => msg!("input-empty", name = file_name(name)),
            InputError::EmptySheet { name, sheet } => msg!("input-empty-sheet", name = file_name(name), sheet = sheet),
            InputError::NoHeader { name, place, in_workbook } => msg!(
                "input-no-header",
                name = file_name(name),
                place = *place,
                at_top = if *place == 1 { "yes" } else { "no" },
                workbook = if *in_workbook { "yes" } else { "no" }
            ),
            InputError::InvalidJson { name, line, column, reason } => msg!(
                "input-invalid-json",
                name = file_name(name),
                line = line.to_string(),
                column = column.to_string(),
                reason = reason.clone()
            ),
            InputError::HeaderNotUtf8 { name } => msg!("input-header-not-utf8", name = file_name(name)),
            InputError::RecordTooLong { name, line, limit } => {
                msg!("input-record-too-long", name = file_name(name), line = line.to_string(), limit = size(*limit))
            }
            InputError::Workbook { name, reason } => {
                msg!("input-workbook", name = file_name(name), reason = reason.clone())
            }
            InputError::NoSuchSheet { name, sheet, sheets } => msg!(
                "input-no-such-sheet",
                name = file_name(name),
                sheet = sheet,
                count = sheets.len(),
                sheets = joined(sheets.iter().map(|s| quoted(s)), Joint::Comma)
            ),
            InputError::DuplicateColumn { name, field, column, place } => {
                msg!(
                    "input-duplicate-column",
                    name = file_name(name),
                    field = field,
                    column = column,
                    place = place.clone()
                )
            }
            InputError::NoMatchingColumn { name, header_below: Some(below), .. } => msg!(
                "input-header-below",
                name = file_name(name),
                first = below.header,
                at_top = if below.header == 1 { "yes" } else { "no" },
                place = below.place,
                workbook = if below.in_workbook { "yes" } else { "no" },
                columns = joined(below.columns.iter().take(5).map(|c| quoted(&shorten(c))), Joint::Comma)
            ),
            InputError::NoMatchingColumn { name, fields, found, header_below: None } => {
                let wanted = joined(
                    fields.iter().map(|(field, columns)| {
                        let columns = joined(columns.iter().map(|c| quoted(c)), Joint::Or);
                        Arg::from(msg!("input-field-from", field = field, columns = columns))
                    }),
                    Joint::Comma,
                );
                const SHOWN: usize = 20;
                let shown = joined(found.iter().take(SHOWN).map(|c| quoted(&shorten(c))), Joint::Comma);
                if found.is_empty() {
                    msg!("input-no-matching-column-none", name = file_name(name), wanted = wanted, source = source)
                } else if found.len() > SHOWN {
                    msg!(
                        "input-no-matching-column-more",
                        source = source,
                        name = file_name(name),
                        wanted = wanted,
                        found = shown,
                        more = found.len() - SHOWN
                    )
                } else {
                    msg!(
                        "input-no-matching-column",
                        name = file_name(name),
                        wanted = wanted,
                        found = shown,
                        source = source
                    )
                }
            }
        }
    }
}

impl fmt::Display for InputError {
    /// In English (see [`InputError::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

/// A reason of leadrules' own carried inside an `io::Error` (a writer that refuses to go on),
/// so that [`io_reason`] says it in the chosen language.
#[derive(Debug)]
pub struct SaidError(pub Message);

impl fmt::Display for SaidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for SaidError {}

/// What the system said about a file it could not open, read or write, in words.
pub fn io_reason(e: &std::io::Error) -> Message {
    if let Some(said) = e.get_ref().and_then(|inner| inner.downcast_ref::<SaidError>()) {
        return said.0.clone();
    }
    crate::diagnostic::plain_io_error(e)
}

/// A size in bytes as people read it: `64 MiB`, `512 KiB`, `1000 bytes`.
pub(crate) fn size(bytes: usize) -> Message {
    const KIB: usize = 1024;
    if bytes >= KIB * KIB && bytes.is_multiple_of(KIB * KIB) {
        msg!("input-size-mib", count = bytes / (KIB * KIB))
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        msg!("input-size-kib", count = bytes / KIB)
    } else {
        msg!("input-size-bytes", count = bytes)
    }
}

/// How the items of [`joined`] are joined.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Joint {
    /// `a, b, c` in every language.
    Comma,
    /// `a or b or c`, `a или b или c`.
    Or,
}

/// Items joined one by one, each said in the language of the whole (`"a" or "b" or "c"`, unlike
/// [`Arg::any_of`], which says `"a", "b" or "c"`).
pub(crate) fn joined(items: impl IntoIterator<Item = impl Into<Arg>>, joint: Joint) -> Arg {
    let mut items = items.into_iter().map(Into::into);
    let Some(first) = items.next() else { return Arg::Verbatim(String::new()) };
    items.fold(first, |so_far, item| {
        let id = match joint {
            Joint::Comma => Message::new("input-join-comma"),
            Joint::Or => Message::new("input-or-chain"),
        };
        Arg::from(id.arg("first", so_far).arg("second", item))
    })
}

/// The name of the file the leads come from, as the user gave it; standard input in words.
pub(crate) fn file_name(name: &str) -> Arg {
    match name {
        STANDARD_INPUT => Arg::from(msg!("input-standard-input")),
        name => Arg::from(name),
    }
}

/// The name the leads read from standard input go by until a message says it.
pub const STANDARD_INPUT: &str = "standard input";

/// A value from the file in straight quotes: `"Бюджет, руб"`.
pub(crate) fn quoted(text: &str) -> Arg {
    Arg::from(msg!("input-quoted", text = text))
}

impl std::error::Error for InputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            InputError::Open { reason, .. } | InputError::Io { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

/// Why one lead cannot be read: every bad cell of the record, or a problem with the record as
/// a whole (wrong number of cells, a JSON line that is not valid JSON or not an object).
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    /// Line in the file where the record starts (0 when not known); for an Excel sheet, the row
    /// number as Excel shows it.
    pub line: u64,
    /// Whether `line` is a row of an Excel sheet (the message then says "row", not "line").
    pub in_sheet: bool,
    /// 1-based number of the record among the data records.
    pub record: u64,
    /// A problem with the record as a whole; when set, `problems` may be empty.
    pub record_problem: Option<Message>,
    /// Every cell that cannot be read, in column order of the fields.
    pub problems: Vec<CellProblem>,
}

/// One cell that cannot be read as its field's kind.
#[derive(Clone, Debug, PartialEq)]
pub struct CellProblem {
    /// The column (CSV header or JSON key) as written in the file.
    pub column: Option<String>,
    /// The cell's text.
    pub value: String,
    /// What is wrong with the value, said after it: `is not an amount of money (write it like
    /// 1 000 000,50 or 1000000.50)`.
    pub problem: Message,
}

impl CellProblem {
    /// The cell, its value and what is wrong with it, to be said in the chosen language.
    pub fn message(&self) -> Message {
        let value = shorten(&self.value);
        match &self.column {
            Some(column) => msg!("input-cell", column = column, value = value, problem = self.problem.clone()),
            None => msg!("input-cell-no-column", value = value, problem = self.problem.clone()),
        }
    }
}

impl fmt::Display for CellProblem {
    /// In English (see [`CellProblem::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl RowError {
    /// Where the lead is and everything wrong with it, to be said in the chosen language:
    /// `line 7, column "X": ...; column "Y": ...`.
    pub fn message(&self) -> Message {
        let line = self.line.to_string();
        let mut text = match (self.line, self.in_sheet) {
            (0, _) => msg!("input-row-lead", record = self.record.to_string()),
            (_, true) => msg!("input-row-sheet-row", line = line),
            (_, false) => msg!("input-row-line", line = line),
        };
        let join = |first: Message, joint: Message, second: Message| joint.arg("first", first).arg("second", second);
        let mut first = true;
        if let Some(problem) = &self.record_problem {
            text = join(text, Message::new("input-join-colon"), problem.clone());
            first = false;
        }
        for problem in &self.problems {
            // `line 7, column "X": ...` for the first; `; column "Y": ...` for the rest.
            let joint = if !first {
                Message::new("input-join-semicolon")
            } else if problem.column.is_some() {
                Message::new("input-join-comma")
            } else {
                Message::new("input-join-colon")
            };
            text = join(text, joint, problem.message());
            first = false;
        }
        text
    }
}

impl fmt::Display for RowError {
    /// In English (see [`RowError::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl std::error::Error for RowError {}

/// Cuts long cell text for messages to 80 columns and a `…`, at a character boundary.
pub(crate) fn shorten(text: &str) -> String {
    const LIMIT: usize = 80;
    match crate::show::prefix_within(text, LIMIT) {
        start if start.len() < text.len() => format!("{start}…"),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_error_names_the_line_and_columns() {
        let error = RowError {
            line: 7,
            in_sheet: false,
            record: 6,
            record_problem: None,
            problems: vec![
                CellProblem {
                    column: Some("Бюджет, руб".into()),
                    value: "12O 000".into(),
                    problem: msg!("input-cell-is-not", expected = msg!("input-expect-money")),
                },
                CellProblem {
                    column: Some("ЛПР".into()),
                    value: "может быть".into(),
                    problem: msg!("input-cell-is-not", expected = msg!("input-expect-yes-no")),
                },
            ],
        };
        assert_eq!(
            error.to_string(),
            "line 7, column \"Бюджет, руб\": \"12O 000\" is not an amount of money (write it \
             like 1 000 000,50 or 1000000.50); column \"ЛПР\": \"может быть\" is not yes or no \
             (write да/нет, yes/no, true/false or 1/0)"
        );
        let shape = RowError {
            line: 9,
            in_sheet: false,
            record: 8,
            record_problem: Some(msg!("input-record-cells", cells = 14, columns = 12)),
            problems: vec![],
        };
        assert_eq!(shape.to_string(), "line 9: 14 cells, but the header has 12 columns");
    }

    #[test]
    fn no_matching_column_lists_what_was_looked_for() {
        let error = InputError::NoMatchingColumn {
            name: "leads.csv".into(),
            fields: vec![
                ("employees".into(), vec!["Сотрудников".into(), "Employees".into()]),
                ("budget".into(), vec!["budget".into()]),
            ],
            found: vec!["a".into(), "b".into()],
            header_below: None,
        };
        assert_eq!(
            error.to_string(),
            "leads.csv: no column matches any field; the rules read employees from \
             \"Сотрудников\" or \"Employees\", budget from \"budget\"; the file's columns \
             are \"a\", \"b\""
        );
    }

    #[test]
    fn long_values_are_shortened() {
        let long = "я".repeat(100);
        assert_eq!(shorten(&long).chars().count(), 81);
        assert_eq!(shorten("short"), "short");
    }
}
