//! The verdict snapshot file: every reference lead's verdict on one line, sorted by lead, so a
//! change to the definition shows in `git diff` as one changed line per changed lead. This
//! module renders, parses and compares snapshots; `leadrules snapshot` (in `cli`) does the I/O.
//!
//! The format (documented in `docs/snapshot.md`), one line per lead, columns aligned with spaces:
//!
//! ```text
//! # leadrules verdict snapshot of "ACME Cloud" version 3 over acme-leads.csv — regenerate with: ...
//! L-0004  MQL           score  30  fit 100%  grade A  temperature cold  by line 74: MQL when score >= 30
//! L-0007  error         line 8, column "Создан": "31.02.2026 12:00" is not a real date
//! row 12  nurture       score   0  fit   0%  grade F  temperature cold  by line 76: nurture otherwise
//! ```
//!
//! - A line starting with `#` is a comment; blank lines are ignored.
//! - The lead: its key, or `row N` (its record number) when it has none. Leads are sorted by key in
//!   natural order (`L-2` before `L-10`), then the keyless ones by row.
//! - The class; `error` (bare) marks a lead that could not be read, and the rest of the line says
//!   why.
//! - `name value` pairs: every score (`score` for the unnamed one, else its name), `fit` and
//!   `grade` of the first profile (`fit_<profile>`, `grade_<profile>` of the others), and
//!   `temperature`.
//! - `by LOCATION: RULE`, the class rule that decided, up to the end of the line. The location
//!   (`line 74`, or `std/x.rules line 3` for a rule in a used file) is for people: [`diff()`]
//!   ignores it, since rule files move lines around.
//!
//! Any word that is not a plain word is written in double quotes with backslash escapes (`\"`,
//! `\\`, `\n`, `\t`, `\u{hex}`): a word with spaces, quotes, backslashes or control characters, an
//! empty word, a lead starting with `#`, and the words that would be read as markers (a lead
//! `row`, a class `error`, a name `by`, a file `line`). The free text at the end of a line (the
//! rule, the error) keeps its spaces; only backslashes, control characters and spaces at its
//! ends are escaped. So [`parse()`] gives back exactly what [`render()`] wrote.
//!
//! `model` holds what a snapshot says (leads, readings, entries); `render` writes it with its
//! column widths; `parse` reads it back; `quoting` is how words are quoted and escaped both
//! ways; `diff` compares two snapshots lead by lead; `report` words the differences.

mod diff;
mod model;
mod parse;
mod quoting;
mod render;
mod report;

pub use diff::{Change, SnapshotDiff, diff};
pub use model::{DecidedBy, Entry, LeadKey, Reading, Snapshot, entry, error_entry, natural_cmp};
pub use parse::{ParseError, parse};
pub use render::{ColumnWidths, render};

#[cfg(test)]
mod tests;
