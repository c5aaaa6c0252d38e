//! Writers for verdict rows: CSV (the stable interface for spreadsheets and CRMs; also in the
//! dialect Russian Excel opens with a double-click), JSON Lines (for programs), an aligned table
//! (for people at a terminal, `table`) and an Excel workbook (`xlsx`).

use super::columns::Cell;
use super::table::{self, Table};
use super::xlsx::XlsxSheet;
use crate::show::{ENGLISH, Style};
use std::io::{self, Write};

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
    sink: Sink<W>,
    /// A number cell's text, reused from cell to cell.
    number: String,
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
            Format::Jsonl => Sink::Plain(out),
            Format::Table => {
                let header = table_indices(&columns).iter().map(|&i| columns[i].clone()).collect();
                Sink::Table(out, Table::new(header))
            }
            Format::Xlsx => Sink::Xlsx(out, Box::new(XlsxSheet::new(columns.clone())?)),
        };
        Ok(RowWriter { format, columns, sink, number: String::new() })
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
        let sink = match format {
            Format::Csv | Format::ExcelCsv => Sink::Csv(csv_writer(format, out)),
            _ => Sink::Plain(out),
        };
        RowWriter { format, columns, sink, number: String::new() }
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
            (Sink::Plain(out), _) => {
                let object: serde_json::Map<String, serde_json::Value> =
                    self.columns.iter().zip(cells).map(|(name, cell)| (name.clone(), cell.to_json())).collect();
                serde_json::to_writer(&mut *out, &object)?;
                out.write_all(b"\n")
            }
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

/// The columns the table shows: the main ones and every named score.
fn table_indices(columns: &[String]) -> Vec<usize> {
    columns
        .iter()
        .enumerate()
        .filter(|(_, name)| table::COLUMNS.contains(&name.as_str()) || name.starts_with("score_"))
        .map(|(i, _)| i)
        .collect()
}
