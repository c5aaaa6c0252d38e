//! Verdicts as an Excel workbook (`qualify -o verdicts.xlsx`): one sheet with a bold header row,
//! frozen panes (the header and the `row` and `id` columns stay in view), column widths from
//! the header and the first rows, numbers as numbers, and the `class` cell coloured by class.
//!
//! Rows go to a temporary file as they are written (the writer's constant-memory mode), so
//! memory does not grow with the number of leads; the workbook itself is assembled at the end.
//! A sheet holds at most [`MAX_LEADS`] leads: a larger run is an error, and CSV is the format
//! for it.

use super::columns::Cell;
use crate::input::error::SaidError;
use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, XlsxError};
use std::io::{self, Write};

/// Excel's row limit (1 048 576) less the header.
pub const MAX_LEADS: u32 = 1_048_575;
/// Rows that set the column widths.
const SAMPLE_ROWS: u32 = 1000;
/// The widest column, in characters.
const MAX_WIDTH: usize = 60;
/// Background colours of the classes, in the order of the `classify` block.
const CLASS_COLOURS: [u32; 8] = [0xD9D9D9, 0xC6EFCE, 0xFFEB9C, 0xDDEBF7, 0xE4DFEC, 0xFCE4D6, 0xDEEAF1, 0xEDEDED];
/// The `error` class: light red.
const ERROR_COLOUR: u32 = 0xFFC7CE;

/// The `xlsx` format: a workbook of one sheet, written in constant memory.
pub struct XlsxSheet {
    book: Workbook,
    columns: Vec<String>,
    /// The next row to write (0 is the header).
    row: u32,
    widths: Vec<usize>,
    class_column: Option<usize>,
    /// Class name → its cell format.
    class_formats: Vec<(String, Format)>,
    error_format: Format,
}

fn to_io(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

impl XlsxSheet {
    /// A sheet with these columns as its header.
    pub fn new(columns: Vec<String>) -> io::Result<XlsxSheet> {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet_with_constant_memory().map_err(to_io)?;
        sheet.set_name("verdicts").map_err(to_io)?;
        let bold = Format::new().set_bold().set_border_bottom(FormatBorder::Thin);
        for (col, name) in columns.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, name, &bold).map_err(to_io)?;
        }
        let frozen_columns = columns.iter().take_while(|c| *c == "row" || *c == "id").count() as u16;
        sheet.set_freeze_panes(1, frozen_columns).map_err(to_io)?;
        let widths = columns.iter().map(|c| crate::show::width(c)).collect();
        let class_column = columns.iter().position(|c| c == "class");
        Ok(XlsxSheet {
            book,
            columns,
            row: 1,
            widths,
            class_column,
            class_formats: Vec::new(),
            error_format: Format::new().set_background_color(Color::RGB(ERROR_COLOUR)),
        })
    }

    /// Colours the `class` cells of these classes, in this order.
    pub fn colour_classes(&mut self, classes: &[String]) {
        self.class_formats = classes
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (c.clone(), Format::new().set_background_color(Color::RGB(CLASS_COLOURS[i % CLASS_COLOURS.len()])))
            })
            .collect();
    }

    /// Writes one row, its cells in the order of the columns.
    pub fn write(&mut self, cells: &[Cell]) -> io::Result<()> {
        if self.row > MAX_LEADS {
            let most = MAX_LEADS.to_string();
            return Err(io::Error::other(SaidError(crate::msg!("output-xlsx-too-many", most = most))));
        }
        let row = self.row;
        let sheet = self.book.worksheet_from_index(0).map_err(to_io)?;
        for (col, cell) in cells.iter().enumerate() {
            let c = col as u16;
            match cell {
                Cell::Empty => {}
                Cell::Number(n) => {
                    // Rounded to cents, as the CSV and JSON Lines write it.
                    let cents = if n.abs() < 1e14 { (n * 100.0).round() / 100.0 } else { *n };
                    sheet.write_number(row, c, cents).map_err(to_io)?;
                }
                Cell::Text(text) if Some(col) == self.class_column => {
                    let format = match self.class_formats.iter().find(|(name, _)| name == text.as_ref()) {
                        Some((_, format)) => format,
                        None if text == "error" => &self.error_format,
                        None => {
                            sheet.write_string(row, c, text.as_ref()).map_err(to_io)?;
                            continue;
                        }
                    };
                    sheet.write_string_with_format(row, c, text.as_ref(), format).map_err(to_io)?;
                }
                Cell::Text(text) => {
                    sheet.write_string(row, c, text.as_ref()).map_err(to_io)?;
                }
            }
            if row <= SAMPLE_ROWS
                && let Some(width) = self.widths.get_mut(col)
            {
                *width = (*width).max(crate::show::width(&cell.to_text())).min(MAX_WIDTH);
            }
        }
        self.row += 1;
        Ok(())
    }

    /// Sets the column widths and writes the workbook to `out`.
    pub fn finish<W: Write>(mut self, out: &mut W) -> io::Result<()> {
        let sheet = self.book.worksheet_from_index(0).map_err(to_io)?;
        for (col, width) in self.widths.iter().enumerate() {
            sheet.set_column_width(col as u16, (*width + 2) as f64).map_err(to_io)?;
        }
        if self.row > 1 {
            sheet.autofilter(0, 0, self.row - 1, (self.columns.len() - 1) as u16).map_err(to_io)?;
        }
        let mut bytes = Vec::new();
        self.book.save_to_writer(&mut bytes).map_err(to_io)?;
        out.write_all(&bytes)
    }
}
