//! What can go wrong while reading leads, worded for the salesperson who exported the file:
//! `InputError` for the file as a whole, `RowError` for one lead, made of `CellProblem`s.

pub use crate::diagnostic::plain_io_error;
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
    /// The first line of a CSV file names no column.
    NoHeader { name: String },
    /// The file is not JSON where JSON was expected.
    InvalidJson { name: String, line: u64, column: u64, reason: String },
    /// The file is in an encoding this tool does not read (UTF-16).
    UnsupportedEncoding { name: String, encoding: String },
    /// The column names are not valid text in the (forced) encoding.
    HeaderNotUtf8 { name: String },
    /// One record is longer than the limit (`super::RECORD_LIMIT`): the file has lost its line
    /// breaks, or a quote or bracket is never closed. Reading stops there.
    RecordTooLong { name: String, line: u64, limit: usize },
    /// A column (CSV header, JSON key) a field reads appears more than once; `place` says where
    /// ("appears 2 times in the header (columns 2 and 5)").
    DuplicateColumn { name: String, field: String, column: String, place: String },
    /// The file is a workbook (or another binary file) that cannot be read as leads.
    Workbook { name: String, reason: String },
    /// `--sheet` names a sheet the workbook does not have.
    NoSuchSheet { name: String, sheet: String, sheets: Vec<String> },
    /// Not one field of the rules has a column (CSV header or JSON key) in the file.
    NoMatchingColumn {
        name: String,
        /// Each field's name and the column names it is read from.
        fields: Vec<(String, Vec<String>)>,
        /// The file's columns as written.
        found: Vec<String>,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Open { path, reason } => write!(f, "cannot open {path}: {}", plain_io_error(reason)),
            InputError::Io { path, reason } => write!(f, "cannot read {path}: {}", plain_io_error(reason)),
            InputError::Empty { name } => write!(f, "{name}: the file is empty"),
            InputError::NoHeader { name } => write!(
                f,
                "{name}: the first line has no column names; it must name the columns, \
                 like ID;Сотрудников;Выручка, руб"
            ),
            InputError::InvalidJson { name, line, column, reason } => {
                write!(f, "{name}: not valid JSON at line {line}, column {column}: {reason}")
            }
            InputError::HeaderNotUtf8 { name } => write!(
                f,
                "{name}: the column names are not valid UTF-8, so the file is probably in \
                 Windows-1251; run without --encoding, or with --encoding windows-1251"
            ),
            InputError::UnsupportedEncoding { name, encoding } => write!(
                f,
                "{name}: the file is in {encoding}, which this tool does not read; save it \
                 as \"CSV UTF-8\" (or CSV in Windows-1251) and try again"
            ),
            InputError::RecordTooLong { name, line, limit } => write!(
                f,
                "{name}: a record longer than {} starting on line {line}; no lead is that long, so \
                 the file is probably damaged (its line breaks are missing, or a quote or bracket \
                 is never closed)",
                size(*limit)
            ),
            InputError::Workbook { name, reason } => write!(f, "{name}: {reason}"),
            InputError::NoSuchSheet { name, sheet, sheets } => {
                let quoted: Vec<String> = sheets.iter().map(|s| format!("\"{s}\"")).collect();
                let (one, many) = ("its only sheet is", "its sheets are");
                let listed = if sheets.len() == 1 { one } else { many };
                write!(f, "{name} has no sheet \"{sheet}\"; {listed} {}", quoted.join(", "))
            }
            InputError::DuplicateColumn { name, field, column, place } => write!(
                f,
                "{name}: the field {field} reads the column \"{column}\", which {place}, so it is \
                 not clear which one holds the value; rename or delete the extra column in the \
                 export and try again"
            ),
            InputError::NoMatchingColumn { name, fields, found } => {
                write!(f, "{name}: no column matches any field; the rules read ")?;
                let wanted: Vec<String> = fields
                    .iter()
                    .map(|(field, columns)| {
                        let quoted: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
                        format!("{field} from {}", quoted.join(" or "))
                    })
                    .collect();
                write!(f, "{}", wanted.join(", "))?;
                if found.is_empty() {
                    write!(f, "; the file has no named columns")
                } else {
                    const SHOWN: usize = 20;
                    let shown: Vec<String> = found.iter().take(SHOWN).map(|c| format!("\"{}\"", shorten(c))).collect();
                    write!(f, "; the file's columns are {}", shown.join(", "))?;
                    if found.len() > SHOWN {
                        write!(f, " and {} more", found.len() - SHOWN)?;
                    }
                    Ok(())
                }
            }
        }
    }
}

/// A size in bytes as people read it: `64 MiB`, `512 KiB`, `1 000 bytes`.
pub(crate) fn size(bytes: usize) -> String {
    const KIB: usize = 1024;
    if bytes >= KIB * KIB && bytes.is_multiple_of(KIB * KIB) {
        format!("{} MiB", bytes / (KIB * KIB))
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        format!("{} KiB", bytes / KIB)
    } else if bytes == 1 {
        "1 byte".into()
    } else {
        format!("{bytes} bytes")
    }
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
    pub record_problem: Option<String>,
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
    /// What the cell should have been: the phrase after "is not", such as
    /// `an amount of money (write it like 1 000 000,50 or 1000000.50)`.
    pub expected: String,
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(column) = &self.column {
            write!(f, "column \"{column}\": ")?;
        }
        write!(f, "\"{}\" is not {}", shorten(&self.value), self.expected)
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{} {}", if self.in_sheet { "row" } else { "line" }, self.line)?;
        } else {
            write!(f, "lead {}", self.record)?;
        }
        let mut first = true;
        if let Some(problem) = &self.record_problem {
            write!(f, ": {problem}")?;
            first = false;
        }
        for problem in &self.problems {
            // `line 7, column "X": ...` for the first; `; column "Y": ...` for the rest.
            let lead = if !first {
                "; "
            } else if problem.column.is_some() {
                ", "
            } else {
                ": "
            };
            write!(f, "{lead}{problem}")?;
            first = false;
        }
        Ok(())
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
                    expected: "an amount of money (write it like 1 000 000,50 or 1000000.50)".into(),
                },
                CellProblem {
                    column: Some("ЛПР".into()),
                    value: "может быть".into(),
                    expected: "yes or no (write да/нет, yes/no, true/false or 1/0)".into(),
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
            record_problem: Some("14 cells, but the header has 12 columns".into()),
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
