//! Writers for verdict rows: CSV (the stable interface for spreadsheets and CRMs; also in the
//! dialect Russian Excel opens with a double-click), JSON Lines (for programs), an aligned table
//! (for people at a terminal, `table`) and an Excel workbook (`xlsx`).

use super::columns::Cell;
use super::table::{self, Table};
use super::xlsx::XlsxSheet;
use crate::show::{ENGLISH, Style};
use std::io::{self, Write};
use std::sync::Arc;

/// How verdict rows are written: `Csv` (comma-separated values, a header first), `Jsonl` (one
/// JSON object a lead, keyed by column name), `Table` (columns aligned for reading on screen),
/// `Xlsx` (an Excel workbook, one row a lead, the class cells coloured). The variants have no
/// doc comments of their own: clap would show them in `qualify --help`.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Jsonl,
    Table,
    Xlsx,
    /// CSV as Russian Excel reads it: `;` between cells and a decimal comma (the command adds
    /// the byte-order mark). Chosen with `qualify --excel`.
    #[value(skip)]
    ExcelCsv,
}

impl Format {
    /// How the numbers of the cells are written: with a decimal comma for Russian Excel.
    fn number_style(self) -> Style {
        match self {
            Format::ExcelCsv => ENGLISH.with_decimal_mark(','),
            _ => ENGLISH,
        }
    }

    /// Whether rows can be rendered in independent pieces (by `--jobs` workers) and joined.
    pub fn streams_in_pieces(self) -> bool {
        matches!(self, Format::Csv | Format::ExcelCsv | Format::Jsonl)
    }
}

/// Writes verdict rows in one `Format` to `W`; `finish` ends the output (the table's held
/// rows, the workbook's file).
pub struct RowWriter<W: Write> {
    format: Format,
    columns: Vec<String>,
    /// For JSON Lines: each column's key, written once (shared by the writers of one layout).
    keys: Option<Arc<JsonKeys>>,
    sink: Sink<W>,
    /// A number cell's text, reused from cell to cell.
    number: String,
    /// A JSON Lines row's bytes, reused from row to row.
    line: Vec<u8>,
}

#[allow(clippy::large_enum_variant)]
enum Sink<W: Write> {
    Csv(csv::Writer<W>),
    Plain(W),
    Table(W, Table),
    Xlsx(W, Box<XlsxSheet>),
}

fn csv_writer<W: Write>(format: Format, out: W) -> csv::Writer<W> {
    let delimiter = if format == Format::ExcelCsv { b';' } else { b',' };
    csv::WriterBuilder::new().delimiter(delimiter).from_writer(out)
}

impl<W: Write> RowWriter<W> {
    /// A writer of rows with these columns (the header, written now where the format has one).
    pub fn new(format: Format, columns: Vec<String>, out: W) -> io::Result<Self> {
        let sink = match format {
            Format::Csv | Format::ExcelCsv => {
                let mut csv = csv_writer(format, out);
                csv.write_record(&columns)?;
                Sink::Csv(csv)
            }
            Format::Jsonl => return Ok(RowWriter::jsonl(Arc::new(JsonKeys::new(&columns)), out)),
            Format::Table => {
                let header = table_indices(&columns).iter().map(|&i| columns[i].clone()).collect();
                Sink::Table(out, Table::new(header))
            }
            Format::Xlsx => Sink::Xlsx(out, Box::new(XlsxSheet::new(columns.clone())?)),
        };
        Ok(RowWriter { format, columns, keys: None, sink, number: String::new(), line: Vec::new() })
    }

    /// A JSON Lines writer whose keys were made beforehand (a service makes them once per
    /// definition, not once per request): the same bytes as `RowWriter::new(Format::Jsonl, ..)`.
    pub fn jsonl(keys: Arc<JsonKeys>, out: W) -> Self {
        RowWriter {
            format: Format::Jsonl,
            columns: Vec::new(),
            keys: Some(keys),
            sink: Sink::Plain(out),
            number: String::new(),
            line: Vec::new(),
        }
    }

    /// Colours the `class` cells of an Excel workbook by class, in this order (other formats
    /// have no colours).
    pub fn colour_classes(&mut self, classes: &[String]) {
        if let Sink::Xlsx(_, sheet) = &mut self.sink {
            sheet.colour_classes(classes);
        }
    }

    /// A writer for a run of rows in the middle of the output: no header. Used by the parallel
    /// `qualify`, whose workers each render a batch of rows into bytes with the very code that
    /// writes the single-threaded output, so both are byte for byte the same. Only for CSV and
    /// JSON Lines: the table aligns its columns over all rows at once.
    pub fn without_header(format: Format, columns: Vec<String>, out: W) -> Self {
        debug_assert!(format.streams_in_pieces(), "only CSV and JSON Lines are written in pieces");
        match format {
            Format::Csv | Format::ExcelCsv => RowWriter {
                format,
                columns,
                keys: None,
                sink: Sink::Csv(csv_writer(format, out)),
                number: String::new(),
                line: Vec::new(),
            },
            _ => RowWriter::jsonl(Arc::new(JsonKeys::new(&columns)), out),
        }
    }

    /// Writes one row, its cells in the order of the columns.
    pub fn write(&mut self, cells: &[Cell]) -> io::Result<()> {
        match (&mut self.sink, self.format) {
            (Sink::Csv(csv), _) => {
                // Field by field, as `write_record` would quote them, without a String per text cell.
                for cell in cells {
                    match cell {
                        Cell::Empty => csv.write_field("")?,
                        Cell::Text(text) => csv.write_field(text.as_bytes())?,
                        Cell::Number(n) => {
                            self.number.clear();
                            self.format.number_style().write_number(&mut self.number, *n);
                            csv.write_field(self.number.as_bytes())?
                        }
                    }
                }
                Ok(csv.write_record(None::<&[u8]>)?)
            }
            (Sink::Plain(out), _) => match &self.keys {
                Some(keys) => keys.write(cells, &mut self.line, out),
                None => Ok(()),
            },
            (Sink::Table(out, table), _) => {
                let row = table_indices(&self.columns).iter().map(|&i| table::shorten(&cells[i].to_text())).collect();
                table.row(row, out)
            }
            (Sink::Xlsx(_, sheet), _) => sheet.write(cells),
        }
    }

    /// Writes what is buffered and returns the underlying writer.
    pub fn finish(self) -> io::Result<W> {
        let mut out = match self.sink {
            Sink::Csv(csv) => csv.into_inner().map_err(|e| io::Error::other(e.to_string()))?,
            Sink::Plain(out) => out,
            Sink::Table(mut out, mut table) => {
                table.print_held(&mut out)?;
                out
            }
            Sink::Xlsx(mut out, sheet) => {
                sheet.finish(&mut out)?;
                out
            }
        };
        out.flush()?;
        Ok(out)
    }
}

/// The keys of a JSON Lines row, each written once as JSON (`"class":`), so that a row is
/// written cell by cell into the output with no map and no copy of the names: the same bytes
/// as the object of the column names and `Cell::to_json` values that `serde_json` writes.
#[derive(Debug)]
pub struct JsonKeys {
    /// `"name":` for each column, the first with `{` before it and the others with `,`.
    keys: Vec<Vec<u8>>,
    /// The column names, when two are the same: a JSON object keeps one key once (at its
    /// first place, with its last value), so such rows are written through a map.
    repeated: Option<Vec<String>>,
}

impl JsonKeys {
    /// The keys of rows with these columns.
    pub fn new(columns: &[String]) -> JsonKeys {
        let keys = columns
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let mut key = vec![if i == 0 { b'{' } else { b',' }];
                // Writing a string into memory cannot fail.
                let _ = serde_json::to_writer(&mut key, name);
                key.push(b':');
                key
            })
            .collect();
        let repeated =
            columns.iter().enumerate().any(|(i, name)| columns[..i].contains(name)).then(|| columns.to_vec());
        JsonKeys { keys, repeated }
    }

    /// Writes one row and its line break, made in `line` (a buffer kept from row to row).
    fn write<W: Write>(&self, cells: &[Cell], line: &mut Vec<u8>, out: &mut W) -> io::Result<()> {
        if let Some(columns) = &self.repeated {
            let object: serde_json::Map<String, serde_json::Value> =
                columns.iter().zip(cells).map(|(name, cell)| (name.clone(), cell.to_json())).collect();
            serde_json::to_writer(&mut *out, &object)?;
            return out.write_all(b"\n");
        }
        line.clear();
        for (key, cell) in self.keys.iter().zip(cells) {
            line.extend_from_slice(key);
            match cell {
                Cell::Empty => line.extend_from_slice(b"null"),
                Cell::Text(text) => write_text(line, text)?,
                // As `Cell::to_json` makes the number, without making a JSON value: a whole
                // number as an integer, any other rounded to cents (`null` when not finite).
                Cell::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => {
                    serde_json::to_writer(&mut *line, &(*n as i64))?
                }
                Cell::Number(n) => serde_json::to_writer(&mut *line, &((n * 100.0).round() / 100.0))?,
            }
        }
        if self.keys.is_empty() {
            line.push(b'{');
        }
        line.extend_from_slice(b"}\n");
        out.write_all(line)
    }
}

/// A text as a JSON string, as `serde_json` writes it: a text with nothing to escape (no quote,
/// backslash or control character) is copied between quotes as it is.
fn write_text(line: &mut Vec<u8>, text: &str) -> io::Result<()> {
    if text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        return Ok(serde_json::to_writer(&mut *line, text)?);
    }
    line.reserve(text.len() + 2);
    line.push(b'"');
    line.extend_from_slice(text.as_bytes());
    line.push(b'"');
    Ok(())
}

/// The columns the table shows: the main ones and every named score.
fn table_indices(columns: &[String]) -> Vec<usize> {
    columns
        .iter()
        .enumerate()
        .filter(|(_, name)| table::COLUMNS.contains(&name.as_str()) || name.starts_with("score_"))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    /// A row as an object of the column names and `Cell::to_json` values, as `serde_json` writes it.
    fn through_a_map(columns: &[String], cells: &[Cell]) -> String {
        let object: serde_json::Map<String, serde_json::Value> =
            columns.iter().zip(cells).map(|(name, cell)| (name.clone(), cell.to_json())).collect();
        serde_json::to_string(&object).unwrap() + "\n"
    }

    fn written(columns: &[String], cells: &[Cell]) -> String {
        let mut writer = RowWriter::new(Format::Jsonl, columns.to_vec(), Vec::new()).unwrap();
        writer.write(cells).unwrap();
        writer.write(cells).unwrap();
        let bytes = writer.finish().unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let (first, second) = text.split_at(text.len() / 2);
        assert_eq!(first, second, "the reused buffer changes nothing");
        first.to_string()
    }

    #[test]
    fn a_jsonl_row_is_the_bytes_of_the_object_serde_json_writes() {
        let columns: Vec<String> =
            ["row", "id", "класс", "a\"b\\c\n", "score", "fit", "big", "none", "nan", "inf", "small", "quote"]
                .map(String::from)
                .to_vec();
        let cells = [
            Cell::Number(1.0),
            Cell::Text(Cow::Borrowed("L-1\t\u{1}")),
            Cell::Text(Cow::Owned("горячий «лид»".into())),
            Cell::Text(Cow::Borrowed("")),
            Cell::Number(-12.345),
            Cell::Number(0.1 + 0.2),
            Cell::Number(1e20),
            Cell::Empty,
            Cell::Number(f64::NAN),
            Cell::Number(f64::NEG_INFINITY),
            Cell::Number(-0.004),
            Cell::Text(Cow::Borrowed("say \"hi\" \\ \u{7f}")),
        ];
        assert_eq!(written(&columns, &cells), through_a_map(&columns, &cells));
        assert_eq!(written(&[], &[]), "{}\n");
    }

    #[test]
    fn a_column_named_twice_is_written_once_as_a_map_writes_it() {
        let columns: Vec<String> = ["row", "id", "row"].map(String::from).to_vec();
        let cells = [Cell::Number(1.0), Cell::Empty, Cell::Number(2.0)];
        assert_eq!(written(&columns, &cells), through_a_map(&columns, &cells));
        assert_eq!(written(&columns, &cells), "{\"row\":2,\"id\":null}\n");
    }
}
