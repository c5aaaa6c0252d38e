//! Finding the stray quote that swallowed the rows after it.
//!
//! In CSV a quoted cell may hold line breaks, so one stray opening quote (`R-5;"DR`) makes the
//! rest of the file, or everything up to the next quote, one cell. The reader looks at a record
//! this way only when it spans line breaks (or grew past the record limit), so the usual record
//! costs nothing here; see [`QuotedCell::is_stray`] for what makes a quote a stray one.

/// A quoted cell spanning more line breaks than this is a stray quote, whatever its record
/// looks like: notes typed into a CRM run over a few lines, not hundreds.
pub(crate) const MAX_QUOTED_LINES: u64 = 100;

/// A quoted cell of a record that runs over line breaks.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct QuotedCell {
    /// Offset of its opening quote in the bytes scanned.
    pub(crate) at: usize,
    /// Line of the opening quote.
    pub(crate) line: u64,
    /// Index of the cell it opens (0 = the first column).
    pub(crate) cell: usize,
    /// Line of its closing quote; `None` when the bytes end inside it.
    pub(crate) closed_on: Option<u64>,
    /// Offset just after the line break that ends the opening quote's line.
    pub(crate) next_line: usize,
    /// Whether the closing quote ends the cell (a delimiter, a line break or the end follows),
    /// as it does in a well-formed file: in `"DR; второй ЦОД"` after a stray quote, the quote
    /// before `DR` closes the stray one and `DR` follows it.
    pub(crate) clean_close: bool,
    /// The most delimiters on one whole line inside the cell: a line with as many as a row has
    /// is a swallowed row, not a line of a note.
    pub(crate) row_like: usize,
}

impl QuotedCell {
    /// Whether this cell is almost certainly a stray quote's: never closed, closed in the middle
    /// of a cell, spanning more than [`MAX_QUOTED_LINES`] lines, or in a record whose number of
    /// cells is wrong (`cells_wrong`) while a line inside it looks like a whole row of
    /// `columns` cells.
    pub(crate) fn is_stray(&self, cells_wrong: bool, columns: usize) -> bool {
        match self.closed_on {
            None => true,
            Some(closed) => {
                (cells_wrong && self.row_like + 1 >= columns)
                    || !self.clean_close
                    || closed - self.line > MAX_QUOTED_LINES
            }
        }
    }

    /// How many line breaks the cell spans (up to the end of the bytes when never closed).
    fn breaks(&self, last_line: u64) -> u64 {
        self.closed_on.unwrap_or(last_line) - self.line
    }
}

/// The quoted cell of `record` (raw bytes, starting on line `first_line`) that spans the most
/// line breaks, when one spans any. Quotes are read as the csv crate reads them: a quote opens a
/// quoted cell only at the start of a cell, `""` inside one is a quote character.
pub(crate) fn longest_quoted_cell(record: &[u8], delimiter: u8, first_line: u64) -> Option<QuotedCell> {
    let mut line = first_line;
    let mut cell = 0;
    let mut at_cell_start = true;
    let mut open: Option<(usize, u64, usize)> = None;
    let mut best: Option<QuotedCell> = None;
    // Delimiters on the current line inside the open quote (`None` on the quote's own line),
    // and the most on a whole line.
    let mut on_line: Option<usize> = None;
    let mut row_like = 0;
    let mut consider =
        |at: usize, quote_line: u64, cell: usize, closed_on: Option<u64>, line: u64, end: usize, row_like| {
            let next_line = record[at..].iter().position(|b| *b == b'\n').map_or(record.len(), |p| at + p + 1);
            let clean_close = match record.get(end) {
                None => true,
                Some(b) => *b == delimiter || *b == b'\n' || *b == b'\r',
            };
            let found = QuotedCell { at, line: quote_line, cell, closed_on, next_line, clean_close, row_like };
            if found.breaks(line) > 0 && best.as_ref().is_none_or(|b| found.breaks(line) > b.breaks(line)) {
                best = Some(found);
            }
        };
    let mut i = 0;
    while i < record.len() {
        let byte = record[i];
        i += 1;
        if let Some((at, quote_line, quote_cell)) = open {
            match byte {
                b'"' if record.get(i) == Some(&b'"') => i += 1,
                b'"' => {
                    consider(at, quote_line, quote_cell, Some(line), line, i, row_like);
                    open = None;
                }
                b'\n' => {
                    line += 1;
                    row_like = row_like.max(on_line.unwrap_or(0));
                    on_line = Some(0);
                }
                _ if byte == delimiter => on_line = on_line.map(|n| n + 1),
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' if at_cell_start => {
                open = Some((i - 1, line, cell));
                (on_line, row_like) = (None, 0);
            }
            b'\n' => {
                line += 1;
                cell = 0;
            }
            _ if byte == delimiter => cell += 1,
            _ => {}
        }
        at_cell_start = byte == delimiter || byte == b'\n' || byte == b'\r';
    }
    if let Some((at, quote_line, quote_cell)) = open {
        consider(at, quote_line, quote_cell, None, line, record.len(), row_like);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_quoted_cell_is_found() {
        let record = b"1;\"two\nlines\";x;\"stray\n2;a;b\n3;c;d\n4;\"e\";f\n";
        let cell = longest_quoted_cell(record, b';', 5).expect("a quoted cell spans lines");
        assert_eq!((cell.line, cell.cell, cell.closed_on, cell.clean_close), (6, 3, Some(9), false));
        assert_eq!(cell.row_like, 2);
        assert!(cell.is_stray(false, 3));
        let note = longest_quoted_cell(b"1;\"two\nlines\";x", b';', 1).expect("a note");
        assert!(note.clean_close && !note.is_stray(false, 3) && !note.is_stray(true, 3));
        let swallowed = longest_quoted_cell(b"1;\"two\n2;a;b\n3;c\";x", b';', 1).expect("stray");
        assert!(swallowed.clean_close && !swallowed.is_stray(false, 3) && swallowed.is_stray(true, 3));
        assert_eq!(&record[cell.at..cell.at + 6], b"\"stray");
        assert_eq!(&record[cell.next_line..cell.next_line + 5], b"2;a;b");

        let unclosed = longest_quoted_cell(b"1;\"never\r\n2;x\r\n3;y", b';', 2).expect("unclosed");
        assert_eq!((unclosed.line, unclosed.cell, unclosed.closed_on), (2, 1, None));

        assert_eq!(longest_quoted_cell(b"1;\"a\"\"b\";c\"d", b';', 1), None, "no line break in quotes");
        assert_eq!(longest_quoted_cell(b"1;x\"y\nz\"", b';', 1), None, "a quote inside a cell is a character");
    }
}
