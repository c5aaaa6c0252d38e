//! The aligned table for people at a terminal (`qualify --format table`), in bounded memory:
//! the column widths come from the header and the first [`SAMPLE_ROWS`] rows; those rows are
//! held until then, every later row is printed at once with the same widths. Cells are cut at
//! [`CELL_WIDTH`] characters, so a later row can be wider only in a column whose sample was
//! narrower, and then only that row is out of line. Widths are columns on screen (see `show`).

use crate::show;
use std::io::{self, Write};

/// Columns shown in the table format; the others are in CSV and JSON Lines.
pub const COLUMNS: [&str; 12] = [
    "row",
    "id",
    "class",
    "score",
    "fit",
    "grade",
    "temperature",
    "respond_by",
    "failed_gates",
    "questions",
    "flags",
    "error",
];
/// The widest cell shown, in columns; wider ones are cut and end with `…`.
pub const CELL_WIDTH: usize = 48;
/// How many rows set the column widths (and are held before the first is printed).
pub const SAMPLE_ROWS: usize = 1000;

/// The `table` format: columns padded to their width on screen, set by the first
/// `SAMPLE_ROWS` rows.
pub struct Table {
    /// The header and the rows not yet printed, while the widths are not known.
    held: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
}

impl Table {
    /// A table with this header, holding its rows until the widths are known.
    pub fn new(header: Vec<String>) -> Table {
        Table { held: vec![header], widths: None }
    }

    /// Adds a row: held while the widths are not known, else printed to `out`.
    pub fn row<W: Write>(&mut self, row: Vec<String>, out: &mut W) -> io::Result<()> {
        match &self.widths {
            Some(widths) => print(&row, widths, out),
            None => {
                self.held.push(row);
                if self.held.len() > SAMPLE_ROWS { self.print_held(out) } else { Ok(()) }
            }
        }
    }

    /// Prints what is held; afterwards rows are printed as they come.
    pub fn print_held<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        let widths = match self.widths.take() {
            Some(widths) => widths,
            None => (0..self.held.first().map_or(0, Vec::len))
                .map(|c| self.held.iter().map(|r| show::width(&r[c])).max().unwrap_or(0))
                .collect(),
        };
        for row in self.held.drain(..) {
            print(&row, &widths, out)?;
        }
        self.widths = Some(widths);
        Ok(())
    }
}

/// `text` cut to the table's cell width.
pub fn shorten(text: &str) -> String {
    show::truncate(text, CELL_WIDTH)
}

fn print<W: Write>(row: &[String], widths: &[usize], out: &mut W) -> io::Result<()> {
    let mut line = String::new();
    for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(cell);
        line.extend(std::iter::repeat_n(' ', w.saturating_sub(show::width(cell))));
    }
    writeln!(out, "{}", line.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_of(rows: usize) -> String {
        let mut out = Vec::new();
        let mut table = Table::new(vec!["row".into(), "class".into()]);
        for r in 1..=rows {
            let class = if r == rows { "a much longer class" } else { "SQL" };
            table.row(vec![r.to_string(), class.into()], &mut out).expect("write");
        }
        table.print_held(&mut out).expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn a_short_table_is_aligned_over_all_rows() {
        assert_eq!(table_of(3), "row  class\n1    SQL\n2    SQL\n3    a much longer class\n");
    }

    #[test]
    fn a_long_table_is_printed_as_it_comes_with_the_sample_widths() {
        let text = table_of(SAMPLE_ROWS + 5);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), SAMPLE_ROWS + 6, "every row, once");
        assert_eq!(lines[0], "row   class", "widths from the sample: 4 digits");
        assert_eq!(lines[SAMPLE_ROWS + 5], "1005  a much longer class");
    }

    #[test]
    fn long_cells_are_cut() {
        let cut = shorten(&"я".repeat(60));
        assert_eq!(cut.chars().count(), CELL_WIDTH);
        assert!(cut.ends_with('…'));
    }

    /// A wide character takes two columns: cells are cut and padded by what the screen shows.
    #[test]
    fn wide_characters_take_two_columns() {
        let cut = shorten(&"中".repeat(30));
        assert_eq!(show::width(&cut), CELL_WIDTH - 1, "23 wide characters and the ellipsis");
        let mut out = Vec::new();
        let mut table = Table::new(vec!["class".into(), "score".into()]);
        table.row(vec!["中文".into(), "1".into()], &mut out).expect("write");
        table.print_held(&mut out).expect("write");
        assert_eq!(String::from_utf8(out).expect("utf-8"), "class  score\n中文   1\n");
    }
}
