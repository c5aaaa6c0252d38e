//! Reading leads from an Excel workbook (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`) or an OpenDocument
//! spreadsheet (`.ods`) with the `calamine` crate: the first sheet, or the one named with
//! `--sheet`.
//!
//! The sheet's used range is read whole (a workbook is a zip archive, read from memory). Its
//! first row is the header, bound to the fields like a CSV header; every later row is one lead,
//! except blank rows (every cell empty), which are skipped and counted. Row numbers in messages
//! are the sheet's, as Excel shows them.
//!
//! Typed cells are read as such: a number cell in a number, money, percent or duration field is
//! that number (no text round trip), a date cell in a date field is that date, a boolean cell in
//! a yes/no field is that answer. Text cells are read exactly like CSV cells. An error cell
//! (`#DIV/0!`) is a cell problem.

use std::io::Cursor;

use calamine::{Data, Range, Reader};

use super::LeadRow;
use super::columns::{self, FieldTable};
use super::error::{CellProblem, InputError, RowError};
use super::values::{CellReader, is_not};
use crate::message::Message;
use crate::msg;
use crate::schema::{FieldKind, Schema};
use crate::value::{Value, civil_seconds};

pub(crate) struct ExcelSource {
    range: Range<Data>,
    /// Index in `range` of the next row to read (0 is the header).
    next: usize,
    /// The sheet row (1-based, as Excel shows it) of the range's first row.
    first_row: u64,
    pub(crate) fields: FieldTable,
    bindings: Vec<Option<usize>>,
    header: Vec<String>,
    records: u64,
    pub(crate) blank_rows: u64,
    /// Totals rows skipped (`Итого` and sums): not leads, counted apart.
    pub(crate) totals: super::TotalsRows,
    pub(crate) columns: Vec<Option<String>>,
    pub(crate) warnings: Vec<Message>,
}

/// How many rows after the header the columns' decimal marks are learnt from.
const SAMPLE_ROWS: usize = 1000;

impl ExcelSource {
    /// Opens the workbook in `bytes`, picks the sheet and binds its header to the fields. Only
    /// the sheet's cells are kept (borrowing `bytes` lets calamine try each format without
    /// copying them).
    ///
    /// The workbook reader is another project's code: should it fail on a damaged file (a
    /// mutation fuzz found one that did), the file is reported as damaged instead of ending
    /// the run.
    pub(crate) fn open(
        name: &str,
        bytes: Vec<u8>,
        schema: &Schema,
        sheet: Option<&str>,
    ) -> Result<ExcelSource, InputError> {
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let opened =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Self::open_unguarded(name, bytes, schema, sheet)));
        std::panic::set_hook(quiet);
        opened.unwrap_or_else(|_| {
            Err(InputError::Workbook { name: name.to_string(), reason: msg!("input-workbook-damaged") })
        })
    }

    fn open_unguarded(
        name: &str,
        bytes: Vec<u8>,
        schema: &Schema,
        sheet: Option<&str>,
    ) -> Result<ExcelSource, InputError> {
        let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.as_slice()))
            .map_err(|_| InputError::Workbook { name: name.to_string(), reason: msg!("input-workbook-unreadable") })?;
        let sheets = workbook.sheet_names();
        let chosen = match sheet {
            Some(wanted) => sheets
                .iter()
                .find(|s| s.as_str() == wanted)
                .or_else(|| sheets.iter().find(|s| s.trim().to_lowercase() == wanted.trim().to_lowercase())),
            None => sheets.first(),
        };
        let Some(chosen) = chosen.cloned() else {
            return match sheet {
                Some(wanted) => {
                    Err(InputError::NoSuchSheet { name: name.to_string(), sheet: wanted.to_string(), sheets })
                }
                None => Err(InputError::Empty { name: name.to_string() }),
            };
        };
        // calamine's own words for what broke are English; what a person can do about it is the
        // same whatever broke, so the message says that.
        let range = workbook.worksheet_range(&chosen).map_err(|_| InputError::Workbook {
            name: name.to_string(),
            reason: msg!("input-sheet-unreadable", sheet = &chosen),
        })?;
        if range.start().is_none() {
            return Err(InputError::EmptySheet { name: name.to_string(), sheet: chosen });
        }
        Self::from_range(name, range, schema)
    }

    /// Reads leads from a sheet's cells (a workbook's, or a web page's table read as one by
    /// `html_table`): its first row is the header, bound to the fields.
    pub(crate) fn from_range(name: &str, range: Range<Data>, schema: &Schema) -> Result<ExcelSource, InputError> {
        let Some((first_row, _)) = range.start() else {
            return Err(InputError::Empty { name: name.to_string() });
        };
        let header: Vec<String> = range
            .rows()
            .next()
            .unwrap_or_default()
            .iter()
            .map(|cell| columns::display_name(&cell_text(cell)))
            .collect();
        if header.iter().all(String::is_empty) {
            let place = u64::from(first_row) + 1;
            return Err(InputError::NoHeader { name: name.to_string(), place, in_workbook: true });
        }
        // Numbers typed as text (`1.000`) read by how the column's other text cells are written.
        let sample: Vec<Vec<String>> = (1..range.height().min(SAMPLE_ROWS + 1))
            .map(|row| {
                (0..range.width())
                    .map(|col| match range.get((row, col)) {
                        Some(Data::String(text)) => text.clone(),
                        _ => String::new(),
                    })
                    .collect()
            })
            .collect();
        let columns::BoundHeader { fields, bindings, columns, warnings } =
            columns::bind_header(name, schema, &header, &sample).map_err(|error| {
                // The sample's records are the rows after the header's (1-based: `first_row + 1`).
                columns::header_below(error, schema, &sample, (u64::from(first_row) + 1, true), |index| {
                    u64::from(first_row) + 2 + index as u64
                })
            })?;
        Ok(ExcelSource {
            range,
            next: 1,
            first_row: u64::from(first_row) + 1,
            fields,
            bindings,
            header,
            records: 0,
            blank_rows: 0,
            totals: super::TotalsRows::new(name, true),
            columns,
            warnings,
        })
    }

    /// The next lead, `None` after the last row. Blank rows are skipped and counted.
    pub(crate) fn next_row(&mut self) -> Option<LeadRow> {
        let (height, width) = self.range.get_size();
        loop {
            let index = self.next;
            if index >= height {
                return None;
            }
            self.next += 1;
            // Cells by position (`Range::rows().nth` would walk every row before).
            if (0..width).all(|col| self.range.get((index, col)).is_none_or(is_blank)) {
                self.blank_rows += 1;
                continue;
            }
            if let Some(label) = self.totals_label(index, width) {
                self.totals.add(self.first_row + index as u64, label);
                continue;
            }
            self.records += 1;
            return Some(self.convert(index, self.first_row + index as u64));
        }
    }

    /// The label of the range's row `index` when it is a totals row (see `totals`): its first
    /// filled cell is text.
    fn totals_label(&self, index: usize, width: usize) -> Option<String> {
        let mut filled = (0..width).filter_map(|col| self.range.get((index, col)).filter(|cell| !is_blank(cell)));
        let mut first = filled.next()?;
        // A count before the label (`45;Итого;…`): the label is the next filled cell.
        let count = match first {
            Data::Int(n) => *n >= 0,
            Data::Float(n) => *n >= 0.0 && n.fract() == 0.0,
            Data::String(text) => super::totals::is_count(text),
            _ => false,
        };
        if count {
            first = filled.next()?;
        }
        if !matches!(first, Data::String(text) if super::totals::is_label(text)) {
            return None;
        }
        let cells: Vec<String> =
            (0..width).map(|col| self.range.get((index, col)).map(cell_text).unwrap_or_default()).collect();
        let key = self.fields.key.and_then(|slot| self.bindings[slot]);
        super::totals::totals_label(&cells, key)
    }

    /// The lead of the range's row `index`, on sheet row `line`.
    fn convert(&self, index: usize, line: u64) -> LeadRow {
        let record = self.records;
        let cell = |col: usize| self.range.get((index, col)).unwrap_or(&Data::Empty);
        let id = self
            .fields
            .key
            .and_then(|slot| self.bindings[slot])
            .map(|col| cell_text(cell(col)).trim().to_string())
            .filter(|id| !id.is_empty());
        let mut values = Vec::with_capacity(self.bindings.len());
        let mut problems = Vec::new();
        for (slot, binding) in self.bindings.iter().enumerate() {
            let Some(col) = *binding else {
                values.push(Value::Unknown);
                continue;
            };
            match read_cell(&self.fields.readers[slot], cell(col)) {
                Ok(value) => values.push(value),
                Err((value, problem)) => {
                    values.push(Value::Unknown);
                    problems.push(CellProblem { column: Some(self.header[col].clone()), value, problem });
                }
            }
        }
        let values = if problems.is_empty() {
            Ok(values)
        } else {
            Err(RowError { line, in_sheet: true, record, record_problem: None, problems })
        };
        LeadRow { record, line, id, values }
    }
}

/// Whether a cell is empty or only spaces.
fn is_blank(cell: &Data) -> bool {
    match cell {
        Data::Empty => true,
        Data::String(text) => text.trim().is_empty(),
        _ => false,
    }
}

/// A cell as text: what a CSV export of the sheet would hold (dates as ISO text).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Float(number) => number_text(*number),
        Data::Int(number) => number.to_string(),
        Data::Bool(yes) => yes.to_string(),
        Data::DateTime(when) => match excel_time(when) {
            Some(seconds) => date_text(seconds, when.is_datetime()),
            None => number_text(when.as_f64()),
        },
        Data::Error(error) => error.to_string(),
    }
}

/// A number as text, without a decimal point when it is whole (`600000`, `0.45`).
fn number_text(number: f64) -> String {
    format!("{number}")
}

/// Civil seconds as `2026-12-01` or `2026-12-01 14:30` (with seconds when there are any).
fn date_text(seconds: i64, with_time: bool) -> String {
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let date = jiff::civil::date(1970, 1, 1).checked_add(jiff::Span::new().days(days)).unwrap_or_default();
    let (h, m, s) = (of_day / 3600, of_day % 3600 / 60, of_day % 60);
    match (with_time && of_day != 0, s) {
        (false, _) => date.to_string(),
        (true, 0) => format!("{date} {h:02}:{m:02}"),
        (true, _) => format!("{date} {h:02}:{m:02}:{s:02}"),
    }
}

/// An Excel date-time as civil seconds since 1970 (rounded to the second), `None` for a
/// duration or a serial number out of range.
fn excel_time(when: &calamine::ExcelDateTime) -> Option<i64> {
    if when.is_duration() || !when.as_f64().is_finite() || when.as_f64() < 0.0 {
        return None;
    }
    let (year, month, day, hour, minute, second, milli) = when.to_ymd_hms_milli();
    let at = jiff::civil::DateTime::new(
        i16::try_from(year).ok()?,
        month as i8,
        day as i8,
        hour as i8,
        minute as i8,
        second as i8,
        0,
    )
    .ok()?;
    Some(civil_seconds(at) + i64::from(milli >= 500))
}

/// Reads one cell as a field's value; the error is the cell as text and what was expected.
fn read_cell(reader: &CellReader, cell: &Data) -> Result<Value, (String, Message)> {
    let as_text = |cell: &Data| {
        let text = cell_text(cell);
        reader.read(&text).map_err(|expected| (text.trim().to_string(), expected))
    };
    let number = match cell {
        Data::Float(number) => Some(*number),
        Data::Int(number) => Some(*number as f64),
        _ => None,
    };
    if let Some(number) = number {
        match reader.kind() {
            FieldKind::Number | FieldKind::Money => return Ok(Value::Number(number)),
            // A bare number in a percent field is a number of percent, as in CSV and JSON.
            FieldKind::Percent => return Ok(Value::Number(number / 100.0)),
            FieldKind::Duration(unit) => return Ok(Value::Number(number * unit.seconds())),
            _ => {}
        }
    }
    match (cell, reader.kind()) {
        (Data::Empty, _) => Ok(Value::Unknown),
        (Data::Error(error), _) => Err((error.to_string(), is_not(reader.expected()))),
        (Data::DateTime(when), FieldKind::Duration(_)) if when.is_duration() => {
            Ok(Value::Number(when.as_f64() * 86_400.0))
        }
        (Data::Bool(yes), FieldKind::YesNo) => Ok(Value::Bool(*yes)),
        (Data::DateTime(when), FieldKind::Date(_) | FieldKind::DateTime(_)) => match excel_time(when) {
            Some(seconds) if matches!(reader.kind(), FieldKind::Date(_)) => {
                Ok(Value::Time(seconds - seconds.rem_euclid(86_400)))
            }
            Some(seconds) => Ok(Value::Time(seconds)),
            None => Err((cell_text(cell), is_not(reader.expected()))),
        },
        _ => as_text(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_as_text() {
        assert_eq!(number_text(600_000.0), "600000");
        assert_eq!(number_text(0.45), "0.45");
        assert_eq!(date_text(civil_seconds(jiff::civil::date(2026, 12, 1).at(14, 30, 0, 0)), true), "2026-12-01 14:30");
        assert_eq!(date_text(civil_seconds(jiff::civil::date(2026, 12, 1).at(0, 0, 0, 0)), true), "2026-12-01");
    }
}
