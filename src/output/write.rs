//! Writers for verdict rows: CSV (the stable interface for spreadsheets and CRMs), JSON Lines
//! (for programs) and an aligned table (for people at a terminal).

use super::columns::Cell;
use crate::eval::questions::write_trimmed;
use std::io::{self, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Jsonl,
    Table,
}

/// Columns shown in the table format; the others are in CSV and JSON Lines.
const TABLE_COLUMNS: [&str; 11] =
    ["row", "id", "class", "score", "fit", "grade", "temperature", "respond_by", "failed_gates", "questions", "error"];
const TABLE_CELL_WIDTH: usize = 48;

pub struct RowWriter<W: Write> {
    format: Format,
    columns: Vec<String>,
    sink: Sink<W>,
    /// The table format aligns columns, so it keeps rows until `finish`.
    table: Vec<Vec<String>>,
    /// A number cell's text, reused from cell to cell.
    number: String,
}

#[allow(clippy::large_enum_variant)]
enum Sink<W: Write> {
    Csv(csv::Writer<W>),
    Plain(W),
}

impl<W: Write> RowWriter<W> {
    pub fn new(format: Format, columns: Vec<String>, out: W) -> io::Result<Self> {
        let sink = match format {
            Format::Csv => Sink::Csv(csv::Writer::from_writer(out)),
            _ => Sink::Plain(out),
        };
        let mut writer = RowWriter { format, columns, sink, table: Vec::new(), number: String::new() };
        match &mut writer.sink {
            Sink::Csv(csv) => csv.write_record(&writer.columns)?,
            Sink::Plain(_) if format == Format::Table => {
                let header = writer.table_indices().iter().map(|&i| writer.columns[i].clone()).collect();
                writer.table.push(header);
            }
            Sink::Plain(_) => {}
        }
        Ok(writer)
    }

    /// A writer for a run of rows in the middle of the output: no header. Used by the parallel
    /// `qualify`, whose workers each render a batch of rows into bytes with the very code that
    /// writes the single-threaded output, so both are byte for byte the same. Only for CSV and
    /// JSON Lines: the table aligns its columns over all rows at once.
    pub fn without_header(format: Format, columns: Vec<String>, out: W) -> Self {
        debug_assert!(format != Format::Table, "a table cannot be written in pieces");
        let sink = match format {
            Format::Csv => Sink::Csv(csv::Writer::from_writer(out)),
            _ => Sink::Plain(out),
        };
        RowWriter { format, columns, sink, table: Vec::new(), number: String::new() }
    }

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
                            write_trimmed(&mut self.number, *n);
                            csv.write_field(self.number.as_bytes())?
                        }
                    }
                }
                Ok(csv.write_record(None::<&[u8]>)?)
            }
            (Sink::Plain(out), Format::Jsonl) => {
                let object: serde_json::Map<String, serde_json::Value> =
                    self.columns.iter().zip(cells).map(|(name, cell)| (name.clone(), cell.to_json())).collect();
                serde_json::to_writer(&mut *out, &object)?;
                out.write_all(b"\n")
            }
            (Sink::Plain(_), _) => {
                let row = self.table_indices().iter().map(|&i| shorten(&cells[i].to_text())).collect();
                self.table.push(row);
                Ok(())
            }
        }
    }

    /// Writes what is buffered and returns the underlying writer.
    pub fn finish(self) -> io::Result<W> {
        let mut out = match self.sink {
            Sink::Csv(csv) => csv.into_inner().map_err(|e| io::Error::other(e.to_string()))?,
            Sink::Plain(out) => out,
        };
        if let Some(header) = self.table.first() {
            let widths: Vec<usize> =
                (0..header.len()).map(|c| self.table.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
            for row in &self.table {
                let line: Vec<String> = row
                    .iter()
                    .zip(&widths)
                    .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
                    .collect();
                writeln!(out, "{}", line.join("  ").trim_end())?;
            }
        }
        out.flush()?;
        Ok(out)
    }

    fn table_indices(&self) -> Vec<usize> {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, name)| TABLE_COLUMNS.contains(&name.as_str()) || name.starts_with("score_"))
            .map(|(i, _)| i)
            .collect()
    }
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= TABLE_CELL_WIDTH {
        return text.to_string();
    }
    let cut: String = text.chars().take(TABLE_CELL_WIDTH - 1).collect();
    format!("{cut}…")
}
