//! Reading leads from CSV: choosing the delimiter, binding the header to the fields, and
//! turning each record into a lead. Records are read as raw bytes into one reused
//! `csv::ByteRecord`; only the cells bound to fields are decoded and parsed.
//!
//! Every record after the header yields exactly one lead, except blank records (every cell
//! empty or spaces), which are skipped and counted. A record with a different number of
//! cells than the header is a `RowError` naming its line; extra cells at the end of a record
//! are tolerated when they are all empty (a trailing `;` that some exports add).

use std::io::Read;
use std::sync::{Arc, Mutex};

use super::LeadRow;
use super::columns::{self, FieldTable};
use super::error::{CellProblem, InputError, RowError};
use super::quotes;
use super::sniff::TextDecoder;
use super::spellings::Spellings;
use crate::message::Message;
use crate::msg;
use crate::schema::Schema;
use crate::value::Value;

/// Delimiters tried, in order of preference when they do equally well.
const DELIMITERS: [u8; 4] = [b';', b',', b'\t', b'|'];

/// How many records after the header are looked at to choose the delimiter.
const RECORDS_CHECKED: usize = 20;

/// Chooses the delimiter among `;` `,` tab `|`, looking outside quotes at the header and the
/// next few records (those that are complete in `body`). The winner is the candidate that
/// splits the most of those records into as many cells as the header, then the one that splits
/// the header into the most fields, then the first in that order (`;` before `,`: Russian
/// headers such as `Выручка, руб` contain commas). `,` when none appears in the header. Also
/// honours Excel's `sep=;` first line and reports whether it is there (it is then skipped).
pub(crate) fn detect_delimiter(body: &[u8]) -> (u8, bool) {
    if body.len() >= 5 && body[..4].eq_ignore_ascii_case(b"sep=") {
        let rest = &body[5..];
        if rest.is_empty() || rest[0] == b'\n' || rest[0] == b'\r' {
            return (body[4], true);
        }
    }
    // Per record: how many times each candidate appears outside quotes.
    let mut records: Vec<[usize; DELIMITERS.len()]> = Vec::new();
    let mut counts = [0usize; DELIMITERS.len()];
    let mut in_quotes = false;
    let mut empty = true;
    for &byte in body {
        match byte {
            b'"' => {
                in_quotes = !in_quotes;
                empty = false;
            }
            b'\n' | b'\r' if !in_quotes => {
                if !empty {
                    records.push(counts);
                    if records.len() > RECORDS_CHECKED {
                        break;
                    }
                }
                counts = [0; DELIMITERS.len()];
                empty = true;
            }
            _ => {
                empty = false;
                if !in_quotes && let Some(i) = DELIMITERS.iter().position(|d| *d == byte) {
                    counts[i] += 1;
                }
            }
        }
    }
    if records.is_empty() && !empty {
        records.push(counts);
    }
    let Some(header) = records.first() else {
        return (b',', false);
    };
    let score = |i: usize| {
        let agreeing = records[1..].iter().filter(|r| r[i] == header[i]).count();
        (agreeing, header[i])
    };
    let mut best: Option<usize> = None;
    for i in (0..DELIMITERS.len()).filter(|i| header[*i] > 0) {
        if best.is_none_or(|b| score(i) > score(b)) {
            best = Some(i);
        }
    }
    (best.map_or(b',', |i| DELIMITERS[i]), false)
}

/// The records after the header among the first bytes of the input, as text: what the
/// columns' decimal marks are learnt from. A record the sample cuts off is left out (its last
/// cell may be cut, `12,500` read as `12,5`).
fn sample_records(body: &[u8], delimiter: u8, skip_sep_line: bool, decoder: &mut TextDecoder) -> Vec<Vec<String>> {
    let complete = match body.iter().rposition(|b| *b == b'\n') {
        Some(end) if body.len() >= super::sniff::SNIFF_LEN => &body[..=end],
        _ => body,
    };
    let mut reader = csv_reader(complete, delimiter);
    let skip = if skip_sep_line { 2 } else { 1 };
    reader
        .byte_records()
        .skip(skip)
        .map_while(Result::ok)
        .map(|record| record.iter().map(|cell| decoder.decode_lossy(cell)).collect())
        .collect()
}

/// The line of the `index`th record of `sample_records` (as they were read from `body`): the
/// csv reader's byte position of a record may stand on the line break before it.
fn sample_record_line(body: &[u8], delimiter: u8, skip_sep_line: bool, index: usize) -> u64 {
    let skip = if skip_sep_line { 2 } else { 1 };
    let mut reader = csv_reader(body, delimiter);
    let mut record = csv::ByteRecord::new();
    let mut start = 0;
    for _ in 0..=index + skip {
        match reader.read_byte_record(&mut record) {
            Ok(true) => start = record.position().map_or(start, |p| p.byte() as usize),
            _ => break,
        }
    }
    let mut start = start.min(body.len());
    while start < body.len() && matches!(body[start], b'\r' | b'\n') {
        start += 1;
    }
    body[..start].iter().filter(|b| **b == b'\n').count() as u64 + 1
}

/// The csv reader configured as this module reads files: flexible (cell counts are checked
/// here, so a malformed record becomes a `RowError`), no header handling.
pub(crate) fn csv_reader<R: Read>(input: R, delimiter: u8) -> csv::Reader<R> {
    csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(false).from_reader(input)
}

/// The input as the csv reader sees it, with the raw bytes kept until their records are read,
/// to number lines: the csv crate's own positions are taken before it skips the line break
/// ending the previous record (and blank lines), so they are off after CRLF and blank lines.
/// The kept bytes also bound the memory of one record: once more than `limit` bytes are
/// waiting for their record to end, reading fails (see `Window::overflow`).
struct Tap {
    input: Box<dyn Read + Send>,
    window: Arc<Mutex<Window>>,
    limit: usize,
    delimiter: u8,
}

/// Raw bytes from offset `start` on, not yet attributed to a record.
#[derive(Default)]
struct Window {
    start: u64,
    bytes: Vec<u8>,
    /// How many of `bytes` belong to records already read.
    consumed: usize,
    /// Set when the record being read grew past the limit (the read then failed).
    overflow: bool,
    /// Delimiters counted in the record being read once it is large (each cell costs the csv
    /// crate 8 bytes more).
    cells: usize,
}

impl Tap {
    fn new(input: Box<dyn Read + Send>, limit: usize, delimiter: u8) -> (Tap, Arc<Mutex<Window>>) {
        let window = Arc::new(Mutex::new(Window::default()));
        (Tap { input, window: Arc::clone(&window), limit, delimiter }, window)
    }
}

impl Read for Tap {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let read = self.input.read(buffer)?;
        if let Ok(mut window) = self.window.lock() {
            window.bytes.extend_from_slice(&buffer[..read]);
            let pending = window.bytes.len() - window.consumed;
            // Only a record far larger than any lead pays for counting its cells.
            if pending > self.limit / 16 {
                window.cells += buffer[..read].iter().filter(|b| **b == self.delimiter).count();
                if pending.saturating_add(window.cells.saturating_mul(8)) > self.limit {
                    window.overflow = true;
                    return Err(std::io::Error::other("a record is longer than the limit"));
                }
            }
        }
        Ok(read)
    }
}

/// Bytes to read again after a stray quote; freed as soon as they are read.
struct Replay {
    bytes: Vec<u8>,
    at: usize,
}

impl Read for Replay {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let rest = &self.bytes[self.at.min(self.bytes.len())..];
        let n = rest.len().min(buffer.len());
        buffer[..n].copy_from_slice(&rest[..n]);
        self.at += n;
        if self.at >= self.bytes.len() {
            self.bytes = Vec::new();
            self.at = 0;
        }
        Ok(n)
    }
}

/// Counts lines (`\n`) as records are read.
struct LineCounter {
    window: Arc<Mutex<Window>>,
    /// Line at the offset where the next record's bytes begin.
    line: u64,
}

/// Where a record just read lies in the input.
struct Span {
    /// The line it starts on.
    line: u64,
    /// Line breaks inside it (in quoted cells), not counting its terminator.
    breaks: u64,
}

impl LineCounter {
    /// Where the record just read lies, given the offsets where reading it began (right after
    /// the previous record's first terminator byte) and ended. Bytes in between are leftover
    /// line breaks and blank lines, then the record and its terminator. The record's bytes stay
    /// in the window until the next record is read.
    fn record_read(&mut self, from: u64, to: u64) -> Span {
        let Ok(mut window) = self.window.lock() else {
            return Span { line: 0, breaks: 0 };
        };
        // Forget what earlier records read, now and then rather than after every record.
        if window.consumed > 64 * 1024 && window.consumed * 2 > window.bytes.len() {
            let consumed = window.consumed;
            window.bytes.drain(..consumed);
            window.start += consumed as u64;
            window.consumed = 0;
        }
        let begin = from.saturating_sub(window.start) as usize;
        let end = (to.saturating_sub(window.start) as usize).min(window.bytes.len());
        let raw = &window.bytes[begin.min(end)..end];
        let leading_breaks =
            raw.iter().take_while(|b| **b == b'\n' || **b == b'\r').filter(|b| **b == b'\n').count() as u64;
        let start_line = self.line + leading_breaks;
        let breaks = raw.iter().filter(|b| **b == b'\n').count() as u64;
        self.line += breaks;
        let terminator = u64::from(raw.last() == Some(&b'\n'));
        window.consumed = end;
        window.cells = 0;
        Span { line: start_line, breaks: breaks.saturating_sub(leading_breaks + terminator) }
    }

    /// `read` of the record's bytes from `from` (as for `record_read`) to `to` (`None`:
    /// everything read so far) under the lock, nothing copied: the bytes without the leading
    /// line breaks, how many bytes those took and how many lines.
    fn with_record<T>(&self, from: u64, to: Option<u64>, read: impl FnOnce(&[u8], u64, u64) -> T) -> Option<T> {
        let window = self.window.lock().ok()?;
        let len = window.bytes.len();
        let begin = (from.saturating_sub(window.start) as usize).min(len);
        let end = to.map_or(len, |to| (to.saturating_sub(window.start) as usize).min(len));
        let raw = &window.bytes[begin..end.max(begin)];
        let skipped = raw.iter().take_while(|b| **b == b'\n' || **b == b'\r').count();
        let leading_breaks = raw[..skipped].iter().filter(|b| **b == b'\n').count() as u64;
        Some(read(&raw[skipped..], skipped as u64, leading_breaks))
    }
}

pub(crate) struct CsvSource {
    name: String,
    reader: csv::Reader<Tap>,
    lines: LineCounter,
    delimiter: u8,
    /// The most bytes one record may take (`super::RECORD_LIMIT`).
    limit: usize,
    /// The record being read, for `next_row`.
    raw: RawRecord,
    records: u64,
    /// Records skipped because every cell is blank (see `is_blank_record`), and empty lines,
    /// which the csv reader skips without a record: every line after the header is a lead, an
    /// error row or a blank row.
    pub(crate) blank_rows: u64,
    /// The line where the next record would start if no empty line came before it.
    next_line: u64,
    /// Totals rows skipped (`Итого;;;;12 500 000`): not leads, counted apart.
    pub(crate) totals: super::TotalsRows,
    pub(crate) convert: CsvConverter,
    pub(crate) columns: Vec<Option<String>>,
    pub(crate) warnings: Vec<Message>,
}

/// A CSV record as read (its raw bytes, its number and line), before its cells are decoded and
/// parsed: reading records is cheap and must be done in order, converting them is the costly
/// part and can be done on other threads (`qualify --jobs`).
#[derive(Clone, Debug, Default)]
pub(crate) struct RawRecord {
    bytes: csv::ByteRecord,
    pub(crate) number: u64,
    line: u64,
    /// Why the record is an error row whatever its cells (a stray quote); its cells are then
    /// the ones before the quote, for the id.
    problem: Option<Message>,
    /// Line breaks inside the record (quoted cells spanning lines), for messages.
    breaks: u64,
}

/// Turns raw CSV records into leads. Each thread that converts has its own (it keeps a
/// decoding buffer and the spellings it has seen).
#[derive(Clone, Debug)]
pub(crate) struct CsvConverter {
    pub(crate) fields: FieldTable,
    /// For each field slot, the index of its column in the header.
    bindings: Vec<Option<usize>>,
    /// The header's column names as written.
    header: Vec<String>,
    decoder: TextDecoder,
    /// The values of the `one of` and yes/no cells seen so far, by their raw bytes (a look-up
    /// skips decoding them too).
    spellings: Spellings,
}

impl CsvSource {
    /// Reads the header and binds it to the schema's fields. `body` is the start of the input
    /// (after any byte-order mark), used to choose the delimiter.
    pub(crate) fn open(
        name: &str,
        input: Box<dyn Read + Send>,
        body: &[u8],
        schema: &Schema,
        mut decoder: TextDecoder,
        limit: usize,
    ) -> Result<CsvSource, InputError> {
        let (delimiter, skip_sep_line) = detect_delimiter(body);
        let (tap, window) = Tap::new(input, limit, delimiter);
        let mut reader = csv_reader(tap, delimiter);
        let mut lines = LineCounter { window, line: 1 };
        let mut record = csv::ByteRecord::new();
        let mut read = |reader: &mut csv::Reader<Tap>, record: &mut csv::ByteRecord| {
            let from = reader.position().byte();
            let found = reader.read_byte_record(record).map_err(|e| {
                if lines.window.lock().is_ok_and(|w| w.overflow) {
                    InputError::RecordTooLong { name: name.to_string(), line: lines.line, limit }
                } else {
                    InputError::Io { path: name.to_string(), reason: std::io::Error::from(e) }
                }
            })?;
            let span = lines.record_read(from, reader.position().byte());
            Ok::<(bool, Span), InputError>((found, span))
        };
        if skip_sep_line {
            read(&mut reader, &mut record)?;
        }
        let (found, header_span) = read(&mut reader, &mut record)?;
        if !found {
            return Err(InputError::Empty { name: name.to_string() });
        }
        if record.iter().any(|cell| decoder.decode(cell).is_none()) {
            return Err(InputError::HeaderNotUtf8 { name: name.to_string() });
        }
        let header: Vec<String> =
            record.iter().map(|cell| columns::display_name(&decoder.decode_lossy(cell))).collect();
        if header.iter().all(String::is_empty) {
            return Err(InputError::NoHeader { name: name.to_string(), place: header_span.line, in_workbook: false });
        }
        let sample = sample_records(body, delimiter, skip_sep_line, &mut decoder);
        let columns::BoundHeader { fields, bindings, columns, warnings } =
            columns::bind_header(name, schema, &header, &sample).map_err(|error| {
                columns::header_below(error, schema, &sample, (header_span.line, false), |index| {
                    sample_record_line(body, delimiter, skip_sep_line, index)
                })
            })?;
        let spellings = Spellings::new(schema);
        Ok(CsvSource {
            name: name.to_string(),
            reader,
            lines,
            delimiter,
            limit,
            raw: RawRecord::default(),
            records: 0,
            blank_rows: 0,
            next_line: header_span.line + header_span.breaks + 1,
            totals: super::TotalsRows::new(name, false),
            convert: CsvConverter { fields, bindings, header, decoder, spellings },
            columns,
            warnings,
        })
    }

    /// The next lead, `None` at the end, or an error that stops reading (I/O).
    pub(crate) fn next_row(&mut self) -> Option<Result<LeadRow, InputError>> {
        let mut raw = std::mem::take(&mut self.raw);
        let read = self.next_raw(&mut raw);
        let row = read.map(|read| read.map(|()| self.convert.convert(&raw)));
        self.raw = raw;
        row
    }

    /// Reads the next record into `raw` (reusing its buffer) without converting it: `None` at
    /// the end, or an error that stops reading (I/O, a record past the limit). Blank records
    /// (only separators and spaces) are skipped and counted in `blank_rows`; they get no record
    /// number. A record swallowed by a stray quote becomes an error row, and reading goes on
    /// from the line after the quote (see `recover`).
    pub(crate) fn next_raw(&mut self, raw: &mut RawRecord) -> Option<Result<(), InputError>> {
        loop {
            raw.problem = None;
            let from = self.reader.position().byte();
            match self.reader.read_byte_record(&mut raw.bytes) {
                Ok(true) => {}
                Ok(false) => {
                    // Empty lines after the last record.
                    let end = self.lines.record_read(from, self.reader.position().byte());
                    self.count_empty_lines(&end);
                    return None;
                }
                Err(_) if self.lines.window.lock().is_ok_and(|w| w.overflow) => {
                    return Some(self.overflowed(raw, from));
                }
                Err(e) => {
                    return Some(Err(InputError::Io { path: self.name.clone(), reason: std::io::Error::from(e) }));
                }
            }
            let to = self.reader.position().byte();
            let span = self.lines.record_read(from, to);
            self.count_empty_lines(&span);
            raw.line = span.line;
            if span.breaks > 0 {
                let (delimiter, cells_wrong) = (self.delimiter, self.cells_wrong(&raw.bytes));
                let columns = self.convert.header.len();
                let quote = self.lines.with_record(from, Some(to), |bytes, skipped, _| {
                    let quote = quotes::longest_quoted_cell(bytes, delimiter, span.line);
                    quote.filter(|q| q.is_stray(cells_wrong, columns)).map(|q| (q, from + skipped))
                });
                if let Some((quote, start)) = quote.flatten() {
                    self.recover(raw, start, &quote, span.line);
                    return Some(Ok(()));
                }
            }
            raw.breaks = span.breaks;
            if is_blank_record(&raw.bytes, &mut self.convert.decoder) {
                self.blank_rows += 1;
                continue;
            }
            if let Some(label) = self.totals_label(&raw.bytes) {
                self.totals.add(raw.line, label);
                continue;
            }
            self.records += 1;
            raw.number = self.records;
            return Some(Ok(()));
        }
    }

    /// The label of a totals row (see `totals`), `None` for any other record. Costs a few bytes
    /// for a record whose first filled cell starts with an ASCII character no label starts with.
    fn totals_label(&mut self, record: &csv::ByteRecord) -> Option<String> {
        let mut filled = record.iter().filter(|cell| cell.iter().any(|b| !b.is_ascii_whitespace()));
        let mut first = filled.next()?;
        // A count before the label (`45;Итого;…`): the label is the next filled cell.
        if first.len() <= 32 && std::str::from_utf8(first).is_ok_and(super::totals::is_count) {
            first = filled.next()?;
        }
        let start = first.iter().find(|b| !b.is_ascii_whitespace())?;
        if (start.is_ascii() && !matches!(start.to_ascii_lowercase(), b't' | b's' | b'g')) || first.len() > 200 {
            return None;
        }
        if !super::totals::is_label(&self.convert.decoder.decode_lossy(first)) {
            return None;
        }
        let cells: Vec<String> = record.iter().map(|cell| self.convert.decoder.decode_lossy(cell)).collect();
        let key = self.convert.fields.key.and_then(|slot| self.convert.bindings[slot]);
        super::totals::totals_label(&cells, key)
    }

    /// Counts the empty lines between the previous record and the one just read (`span`); the
    /// csv reader skips them without a word.
    fn count_empty_lines(&mut self, span: &Span) {
        self.blank_rows += span.line.saturating_sub(self.next_line);
        self.next_line = span.line + span.breaks + 1;
    }

    /// Whether the record has another number of cells than the header (extra empty cells at
    /// the end do not count).
    fn cells_wrong(&self, record: &csv::ByteRecord) -> bool {
        let columns = self.convert.header.len();
        let extra_cells_are_empty =
            record.len() > columns && record.iter().skip(columns).all(|c| c.iter().all(u8::is_ascii_whitespace));
        record.len() != columns && !extra_cells_are_empty
    }

    /// The record being read grew past the limit. A quoted cell spanning lines in it is a stray
    /// quote (recovered from); otherwise the file is refused.
    fn overflowed(&mut self, raw: &mut RawRecord, from: u64) -> Result<(), InputError> {
        let (delimiter, first) = (self.delimiter, self.lines.line);
        let found = self.lines.with_record(from, None, |bytes, skipped, breaks| {
            let line = first + breaks;
            (quotes::longest_quoted_cell(bytes, delimiter, line), from + skipped, line)
        });
        match found {
            Some((Some(quote), start, line)) => {
                self.recover(raw, start, &quote, line);
                Ok(())
            }
            Some((None, _, line)) => {
                Err(InputError::RecordTooLong { name: self.name.clone(), line, limit: self.limit })
            }
            None => Err(InputError::RecordTooLong { name: self.name.clone(), line: first, limit: self.limit }),
        }
    }

    /// Turns the record starting at offset `start` (on line `line`) that holds the stray `quote`
    /// into an error row, with the cells before the quote (for the id), and reads the input
    /// again from the line after the quote: the rows the quote swallowed are leads again. The
    /// bytes read so far move from the window to the new reader, uncopied.
    fn recover(&mut self, raw: &mut RawRecord, start: u64, quote: &quotes::QuotedCell, line: u64) {
        let (bytes, window_start, overflow) = match self.lines.window.lock() {
            Ok(mut window) => (std::mem::take(&mut window.bytes), window.start, window.overflow),
            Err(_) => (Vec::new(), 0, false),
        };
        let record = (start.saturating_sub(window_start) as usize).min(bytes.len());
        let (quote_at, resume) = ((record + quote.at).min(bytes.len()), (record + quote.next_line).min(bytes.len()));
        // The swallowed record may be huge: its buffer is not kept.
        raw.bytes = csv::ByteRecord::new();
        let mut before = csv_reader(&bytes[record..quote_at], self.delimiter);
        if !before.read_byte_record(&mut raw.bytes).unwrap_or(false) {
            raw.bytes.clear();
        }
        let runs = match quote.closed_on {
            Some(closed) if closed - quote.line > quotes::MAX_QUOTED_LINES => {
                msg!("input-quote-closed-far", closed = closed.to_string(), count = closed - quote.line)
            }
            Some(closed) => msg!("input-quote-closed-at-cell-end", closed = closed.to_string()),
            None if overflow => msg!("input-quote-never-closed-limit", size = super::error::size(self.limit)),
            None => msg!("input-quote-never-closed"),
        };
        let line_text = quote.line.to_string();
        raw.problem = Some(match self.convert.header.get(quote.cell) {
            Some(name) if !name.is_empty() => {
                msg!("input-stray-quote-column", line = line_text, column = name, runs = runs)
            }
            _ => msg!("input-stray-quote", line = line_text, runs = runs),
        });
        raw.line = line;
        raw.breaks = 0;
        self.records += 1;
        raw.number = self.records;
        // Everything the csv reader was given after the quote's line, then the rest.
        let again = Replay { bytes, at: resume };
        let old =
            std::mem::replace(&mut self.reader, csv_reader(Tap::new(Box::new(std::io::empty()), 0, b',').0, b','));
        let input = Box::new(again.chain(old.into_inner().input));
        let (tap, window) = Tap::new(input, self.limit, self.delimiter);
        self.reader = csv_reader(tap, self.delimiter);
        self.lines = LineCounter { window, line: quote.line + 1 };
        self.next_line = quote.line + 1;
    }
}

/// Whether every cell of a record is empty or only spaces (`;;;;` as Excel leaves at the end
/// of a sheet): such a record is no lead. Costs one byte for a record whose first cell starts
/// with an ASCII letter or digit.
fn is_blank_record(record: &csv::ByteRecord, decoder: &mut TextDecoder) -> bool {
    record.iter().all(|cell| match cell.iter().find(|b| !b.is_ascii_whitespace()) {
        None => true,
        Some(b) if b.is_ascii() => false,
        // No-break and other Unicode spaces.
        Some(_) => decoder.decode_lossy(cell).trim().is_empty(),
    })
}

impl CsvConverter {
    /// The lead of a record read by `CsvSource::next_raw`.
    pub(crate) fn convert(&mut self, raw: &RawRecord) -> LeadRow {
        let (record, line, number) = (&raw.bytes, raw.line, raw.number);
        let id = self
            .fields
            .key
            .and_then(|slot| self.bindings[slot])
            .and_then(|col| record.get(col))
            .map(|cell| self.decoder.decode_lossy(cell).trim().to_string())
            .filter(|id| !id.is_empty());
        let row = |values| LeadRow { record: number, line, id, values };
        if let Some(problem) = &raw.problem {
            let problem = Some(problem.clone());
            return row(Err(RowError {
                line,
                in_sheet: false,
                record: number,
                record_problem: problem,
                problems: Vec::new(),
            }));
        }

        let (cells, columns) = (record.len(), self.header.len());
        let extra_cells_are_empty =
            cells > columns && record.iter().skip(columns).all(|c| c.iter().all(u8::is_ascii_whitespace));
        if cells != columns && !extra_cells_are_empty {
            let problem = if raw.breaks > 0 {
                msg!(
                    "input-record-cells-quoted",
                    cells = cells,
                    columns = columns,
                    line = line.to_string(),
                    last = (line + raw.breaks).to_string()
                )
            } else {
                msg!("input-record-cells", cells = cells, columns = columns)
            };
            return row(Err(RowError {
                line,
                in_sheet: false,
                record: number,
                record_problem: Some(problem),
                problems: Vec::new(),
            }));
        }

        let mut values = Vec::with_capacity(self.bindings.len());
        let mut problems = Vec::new();
        for (slot, binding) in self.bindings.iter().enumerate() {
            let Some(col) = *binding else {
                values.push(Value::Unknown);
                continue;
            };
            let bytes = record.get(col).unwrap_or_default();
            let (reader, decoder) = (&self.fields.readers[slot], &mut self.decoder);
            let read = self.spellings.read(slot, bytes, || match decoder.decode(bytes) {
                Some(text) => reader.read(text).map_err(|problem| (text.to_string(), problem)),
                None => Err((String::from_utf8_lossy(bytes).into_owned(), decoder.undecodable_message())),
            });
            match read {
                Ok(value) => values.push(value),
                Err((text, problem)) => {
                    values.push(Value::Unknown);
                    problems.push(CellProblem {
                        column: Some(self.header[col].clone()),
                        value: text.trim().to_string(),
                        problem,
                    });
                }
            }
        }
        if problems.is_empty() {
            row(Ok(values))
        } else {
            row(Err(RowError { line, in_sheet: false, record: number, record_problem: None, problems }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_is_the_most_frequent_outside_quotes() {
        assert_eq!(detect_delimiter(b"a,b,c\n1;2;3;4;5"), (b',', false));
        assert_eq!(detect_delimiter("ID;Выручка, руб;Срок, дней\r\n".as_bytes()), (b';', false));
        assert_eq!(detect_delimiter(b"a\tb\tc"), (b'\t', false));
        assert_eq!(detect_delimiter(b"a|b|c"), (b'|', false));
        assert_eq!(detect_delimiter(b"\"a;b;c\",d,e"), (b',', false));
        assert_eq!(detect_delimiter(b"single"), (b',', false));
        assert_eq!(detect_delimiter(b""), (b',', false));
        assert_eq!(detect_delimiter(b"sep=;\r\na,b;c"), (b';', true));
        assert_eq!(detect_delimiter(b"sep=x,y\n"), (b',', false));
        // A comma-heavy Russian header: the data records decide.
        let text = "ID;Выручка, руб, в т.ч. НДС;Срок, дней\r\n1;1000,5;30\r\n2;7;1\r\n";
        assert_eq!(detect_delimiter(text.as_bytes()), (b';', false));
        assert_eq!(detect_delimiter(b"a,b\n\"1;2\",3\n"), (b',', false));
    }
}
