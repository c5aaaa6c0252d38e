//! A large body of JSON Lines or a large JSON array read on several threads: the body is cut
//! into runs of whole lines (or whole elements of the array, each run read as an array of its
//! own), the threads of the pool (`crate::workers`) each taking the next run in turn, each run
//! read by its own reader, and the leads are
//! handed on (or joined) in order and numbered (record and line) as one reader of the whole body
//! numbers them. Only what gives the same rows as one reader is read so: a body in UTF-8 whose
//! runs each read without an error of the input as a whole; anything else is left to one reader,
//! which says what is wrong where.

use super::json_scan::{Byte, Structure};
use super::{InputFormat, LeadRow, Prepared, RECORD_LIMIT};
use std::io::Read;
use std::sync::Arc;

/// The fewest bytes a body of JSON Lines has before it is read on several threads.
pub const APART_FROM: usize = 256 * 1024;

/// About how many bytes of the body a run holds: a body is cut into more runs than threads, taken
/// by the threads in turn, so that the runs are done about in their order and what comes of the
/// first (an answer's first verdicts) can go on while the later ones are still worked on.
const RUN_BYTES: usize = 1024 * 1024;

/// The most runs a body is cut into (each run has a reader of its own to set up).
const MOST_RUNS: usize = 256;

/// What the runs of a body read apart came to, all together: told to each run's thread once every
/// run is read.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Whole {
    /// The leads of the whole body.
    pub leads: usize,
    /// How many of them cannot be read (their `values` are an error).
    pub unreadable: usize,
    /// The blank records skipped (`{}`, or every value null or blank text).
    pub blank: u64,
    /// The totals rows skipped (a report's `Итого` with only sums beside it).
    pub totals: u64,
}

/// What `then` does with the rows of one run, on a thread of the pool, once every run is read:
/// given the run's place among the runs (from 0), its rows and what the whole body holds.
pub type Then<'a, T> = &'a (dyn Fn(usize, Vec<LeadRow>, Whole) -> T + Sync);

/// Every lead of `bytes` (JSON Lines when `lines`, else a JSON array; named `name` in messages)
/// under `prepared`, read on up to `threads` threads: the same rows, in the same order and with
/// the same numbers, as [`super::from_bytes_prepared`] reading them as one reader. `None` when
/// that cannot be promised: the body is shorter than [`APART_FROM`] or not UTF-8, a run of lines
/// starts with a byte-order mark, the array is not one whole array of values, or a run met an
/// error that ends reading (which the whole body may meet too); read such a body with one reader.
pub fn json_apart(
    name: &str,
    bytes: &Arc<Vec<u8>>,
    prepared: &Prepared,
    threads: usize,
    lines: bool,
) -> Option<Vec<LeadRow>> {
    json_apart_then(name, bytes, prepared, threads, lines, &|_, rows, _| rows)
        .map(|runs| runs.into_iter().flatten().collect())
}

/// [`json_apart`], each run's rows (numbered as one reader numbers them) handed to `then` on the
/// threads of the pool, once every run is read, with what the whole body holds: a caller can go
/// on with the leads run by run (judge them) instead of joining them first. The body is cut into
/// more runs than threads (about [`RUN_BYTES`] each), which the threads take in turn to read and
/// then to hand on, so the runs are handed on about in the order of the body. The results of
/// `then` in the order of the runs.
pub fn json_apart_then<T: Send>(
    name: &str,
    bytes: &Arc<Vec<u8>>,
    prepared: &Prepared,
    threads: usize,
    lines: bool,
    then: Then<'_, T>,
) -> Option<Vec<T>> {
    if threads < 2 || bytes.len() < APART_FROM {
        return None;
    }
    let count = (bytes.len() / RUN_BYTES).clamp(threads, MOST_RUNS.max(threads));
    let (runs, format) = if lines {
        (line_runs(bytes, count)?, InputFormat::JsonLines)
    } else {
        (element_runs(bytes, count)?, InputFormat::Json)
    };
    read_runs(name, runs, threads, prepared, format, then)
}

/// A body of JSON Lines cut into up to `count` runs of whole lines; `None` when a run would start with a
/// byte-order mark, or a run after the first with a `{` line that is no whole JSON value (a reader
/// of the run would read the object that starts there over several lines, as the start of an
/// input, where one reader of the body reads each of those lines as a record).
fn line_runs(bytes: &Arc<Vec<u8>>, count: usize) -> Option<Vec<Run>> {
    let runs: Vec<Run> = line_cuts(bytes, count).into_iter().map(|(at, end)| Run::new(bytes, at, end, false)).collect();
    let starts_whole = |run: &Run| {
        let rest = &bytes[run.at..run.end];
        let Some(start) = rest.iter().position(|b| !b.is_ascii_whitespace()) else { return true };
        if rest[start] != b'{' {
            return true;
        }
        let line = memchr::memchr(b'\n', &rest[start..]).map_or(&rest[start..], |end| &rest[start..start + end]);
        serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok()
    };
    (!runs.iter().any(|run| bytes[run.at..].starts_with(b"\xEF\xBB\xBF")) && runs.iter().skip(1).all(starts_whole))
        .then_some(runs)
}

/// A JSON array cut into up to `count` runs of whole elements, each read as an array of its own;
/// `None` when it is not one whole array of values.
fn element_runs(bytes: &Arc<Vec<u8>>, count: usize) -> Option<Vec<Run>> {
    let cuts = element_cuts(bytes, count)?;
    let mut runs = Vec::with_capacity(cuts.len() + 1);
    let mut at = 0;
    for cut in cuts {
        // The run ends before the comma, and the next starts after it.
        runs.push(Run::new(bytes, at, cut, true));
        at = cut + 1;
    }
    runs.push(Run::new(bytes, at, bytes.len(), true));
    // The first run starts with the array's own `[`, and the last ends with its `]`.
    runs[0].open = false;
    if let Some(last) = runs.last_mut() {
        last.close = false;
    }
    Some(runs)
}

/// What one run read: its leads, how many of them cannot be read, its line breaks, the records
/// it skipped.
#[derive(Clone, Copy)]
struct Tally {
    leads: usize,
    unreadable: usize,
    line_breaks: u64,
    blank: u64,
    totals: u64,
}

/// The runs read on up to `threads` threads of the pool, each thread taking the next run when it
/// is done with one; once every run is read, the rows of each run are numbered after the runs
/// before them and handed to `then`, the runs taken in turn again. `None` when a run could not be
/// read as one part of the whole (then `then` is not called at all).
fn read_runs<T: Send>(
    name: &str,
    runs: Vec<Run>,
    threads: usize,
    prepared: &Prepared,
    format: InputFormat,
    then: Then<'_, T>,
) -> Option<Vec<T>> {
    let read = crate::workers::each_in_turn(runs, threads, |_, run| read_run(name, run, prepared, format));
    let read: Vec<(Vec<LeadRow>, Tally)> = read.into_iter().map(Option::flatten).collect::<Option<_>>()?;
    let whole = Whole {
        leads: read.iter().map(|(_, tally)| tally.leads).sum(),
        unreadable: read.iter().map(|(_, tally)| tally.unreadable).sum(),
        blank: read.iter().map(|(_, tally)| tally.blank).sum(),
        totals: read.iter().map(|(_, tally)| tally.totals).sum(),
    };
    // Each run's first record and line, after the runs before it.
    let mut before = (0u64, 0u64);
    let mut starts = Vec::with_capacity(read.len());
    for (_, tally) in &read {
        starts.push(before);
        before = (before.0 + tally.leads as u64, before.1 + tally.line_breaks);
    }
    let rows: Vec<Vec<LeadRow>> = read.into_iter().map(|(rows, _)| rows).collect();
    let handed = crate::workers::each_in_turn(rows, threads, |at, mut rows| {
        let (records, lines) = starts[at];
        for row in &mut rows {
            row.record += records;
            row.line += lines;
            if let Err(error) = &mut row.values {
                error.record += records;
                error.line += lines;
            }
        }
        then(at, rows, whole)
    });
    handed.into_iter().collect()
}

/// The body cut into up to `count` runs of whole lines, about equal in bytes: each run but the
/// last ends just after a line break.
fn line_cuts(bytes: &[u8], count: usize) -> Vec<(usize, usize)> {
    let mut runs = Vec::with_capacity(count);
    let mut at = 0;
    for part in 1..count {
        let target = (bytes.len() / count * part).max(at);
        let Some(end) = memchr::memchr(b'\n', &bytes[target..]).map(|i| target + i + 1) else { break };
        if end > at {
            runs.push((at, end));
            at = end;
        }
    }
    if at < bytes.len() {
        runs.push((at, bytes.len()));
    }
    runs
}

/// Where a JSON array's elements are cut into up to `count` runs about equal in bytes: the
/// places of the commas between top-level elements that end each run but the last. `None` when
/// the body is not an array, or is cut nowhere.
fn element_cuts(bytes: &[u8], count: usize) -> Option<Vec<usize>> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    if bytes[start] != b'[' {
        return None;
    }
    let mut cuts = Vec::with_capacity(count - 1);
    let mut structure = Structure::default();
    let mut next_target = bytes.len() / count;
    for (at, &byte) in bytes.iter().enumerate().skip(start + 1) {
        match structure.step(byte) {
            // The array's own `]`.
            Byte::CloseAbove => break,
            Byte::Plain if byte == b',' && structure.depth() == 0 && at >= next_target => {
                cuts.push(at);
                if cuts.len() == count - 1 {
                    break;
                }
                next_target = bytes.len() / count * (cuts.len() + 1);
            }
            _ => {}
        }
    }
    (!cuts.is_empty()).then_some(cuts)
}

/// The leads of one run, numbered from 1, and what it read; `None` when it met an error of the
/// input as a whole.
fn read_run(name: &str, run: Run, prepared: &Prepared, format: InputFormat) -> Option<(Vec<LeadRow>, Tally)> {
    let line_breaks = memchr::memchr_iter(b'\n', &run.bytes[run.at..run.end]).count() as u64;
    // Read as JSON in UTF-8 without sniffing its head as a file's is sniffed (for a run, the head
    // is most of it): the whole body's layout is known, and each record is checked as UTF-8.
    let layout = match format {
        InputFormat::JsonLines => super::sniff::RecordFormat::JsonLines,
        _ => super::sniff::RecordFormat::JsonArray,
    };
    let decoder = super::sniff::TextDecoder::utf8();
    let source =
        super::json_source::JsonSource::open(name, Box::new(run), layout, prepared.clone(), decoder, RECORD_LIMIT)
            .ok()?;
    let mut reader = super::LeadReader { source: super::Source::Json(source), error: None, stopped: false };
    let rows: Vec<LeadRow> = reader.by_ref().collect();
    // The body is UTF-8 when every record of every run is (a run starts and ends at an ASCII
    // byte: a line break, a comma or the body's edge, and the bytes between records are
    // ASCII or the reader stops at them): the reader checks each record once as it decodes it,
    // and one that is not sends the body to one reader, which may read it as another encoding.
    if reader.take_error().is_some() || !reader.decoded_every_record() {
        return None;
    }
    let unreadable = rows.iter().filter(|row| row.values.is_err()).count();
    let tally = Tally {
        leads: rows.len(),
        unreadable,
        line_breaks,
        blank: reader.blank_rows(),
        totals: reader.totals_rows().count,
    };
    Some((rows, tally))
}

/// One run of a body shared by the threads, read as a file; a run of an array's elements is
/// read between a `[` and a `]` of its own (which add no line).
struct Run {
    bytes: Arc<Vec<u8>>,
    at: usize,
    end: usize,
    open: bool,
    close: bool,
}

impl Run {
    fn new(bytes: &Arc<Vec<u8>>, at: usize, end: usize, bracketed: bool) -> Run {
        Run { bytes: Arc::clone(bytes), at, end, open: bracketed, close: bracketed }
    }
}

impl Read for Run {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        if buffer.is_empty() {
            return Ok(0);
        }
        if self.open {
            self.open = false;
            buffer[0] = b'[';
            return Ok(1);
        }
        if self.at == self.end {
            if self.close {
                self.close = false;
                buffer[0] = b']';
                return Ok(1);
            }
            return Ok(0);
        }
        let n = buffer.len().min(self.end - self.at);
        buffer[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{InputOptions, Prepared, from_bytes_prepared};
    use crate::schema::Schema;

    fn schema() -> Schema {
        let rules = crate::compile::load(crate::span::SourceFile::new(
            concat!(env!("CARGO_MANIFEST_DIR"), "/rules/acme.rules").to_string(),
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/acme.rules")).unwrap(),
        ));
        rules.rules.expect("acme.rules compiles").schema.clone()
    }

    #[test]
    fn a_body_read_apart_gives_the_rows_of_one_reader() {
        let prepared = Prepared::new(&schema());
        let mut body = String::new();
        let mut n = 0;
        // Larger than three runs, so that two threads take more runs than one each.
        while body.len() < 3 * RUN_BYTES + APART_FROM {
            n += 1;
            match n % 7 {
                0 => body.push_str("\n"),
                1 => body.push_str("{}\n"),
                2 => body.push_str(&format!("{{\"id\": \"L-{n}\", \"employees\": \"много\"}}\n")),
                3 => body.push_str("not json\n"),
                _ => body.push_str(&format!(
                    "{{\"id\": \"L-{n}\", \"employees\": {n}, \"industry\": \"ИТ\", \"budget_rub\": \"600 000\"}}\n"
                )),
            }
        }
        let bytes = Arc::new(body.into_bytes());
        let options = InputOptions { format: Some(InputFormat::JsonLines), ..InputOptions::default() };
        let mut reader = from_bytes_prepared("body", bytes.to_vec(), &prepared, &options).unwrap();
        let one: Vec<LeadRow> = reader.by_ref().collect();
        let blank = reader.blank_rows();
        assert!(blank > 0);
        for threads in [2, 3, 8] {
            let apart = json_apart("body", &bytes, &prepared, threads, true).expect("read apart");
            assert_eq!(apart, one, "{threads} threads");
        }
        assert!(json_apart("body", &Arc::new(b"{}\n".to_vec()), &prepared, 2, true).is_none());
        // A run that would start with a line that is no whole value (an object over several
        // lines, read whole at the start of an input) is left to one reader.
        let mut broken = String::new();
        while broken.len() < 3 * APART_FROM {
            broken.push_str("{\"id\": \"L-1\", \"employees\": 5}\n{\"id\": \"L-2\",\n\"employees\": 6}\n");
        }
        let broken = Arc::new(broken.into_bytes());
        let whole: Vec<LeadRow> = from_bytes_prepared("body", broken.to_vec(), &prepared, &options).unwrap().collect();
        assert_eq!(json_apart("body", &broken, &prepared, 2, true).unwrap_or(whole.clone()), whole);
        // Each run's rows handed on where they were read, numbered as one reader numbers them,
        // with what the whole body holds.
        // The body is cut into more runs than threads, each handed on with its place.
        let runs = json_apart_then("body", &bytes, &prepared, 2, true, &|at, rows, whole| (at, rows, whole)).unwrap();
        assert!(runs.len() > 2, "{} runs", runs.len());
        assert!(runs.iter().enumerate().all(|(place, (at, _, _))| place == *at));
        let unreadable = one.iter().filter(|row| row.values.is_err()).count();
        assert!(runs.iter().all(|(_, _, whole)| *whole == Whole { leads: one.len(), unreadable, blank, totals: 0 }));
        assert_eq!(runs.into_iter().flat_map(|(_, rows, _)| rows).collect::<Vec<_>>(), one);
    }

    #[test]
    fn a_body_not_all_utf8_is_left_to_one_reader() {
        let prepared = Prepared::new(&schema());
        let mut body = Vec::new();
        while body.len() < 3 * APART_FROM {
            body.extend_from_slice("{\"id\": \"L-1\", \"employees\": 5, \"industry\": \"ИТ\"}\n".as_bytes());
        }
        let utf8 = Arc::new(body.clone());
        assert!(json_apart("body", &utf8, &prepared, 2, true).is_some());
        // A Windows-1251 byte in the last lead's text: one reader decides what the body is.
        body.extend_from_slice(b"{\"id\": \"L-2\", \"industry\": \"\xC8\xD2\"}\n");
        assert!(json_apart("body", &Arc::new(body), &prepared, 2, true).is_none());
    }

    #[test]
    fn an_array_read_apart_gives_the_rows_of_one_reader() {
        let prepared = Prepared::new(&schema());
        let mut body = String::from(" \n[");
        let mut n = 0;
        while body.len() < 3 * APART_FROM {
            n += 1;
            if n > 1 {
                body.push_str(if n % 3 == 0 { ",\n  " } else { ", " });
            }
            match n % 6 {
                0 => body.push_str("{}"),
                1 => body.push_str(&format!("{{\"id\": \"L-{n}\", \"employees\": \"много\", \"note\": \"a],\\\"{{\"}}")),
                2 => body.push_str("\"not a lead\""),
                _ => body.push_str(&format!(
                    "{{\"id\": \"L-{n}\",\n \"employees\": {n}, \"industry\": [\"ИТ\", {{\"a\": 1}}], \"budget_rub\": \"600 000\"}}"
                )),
            }
        }
        body.push_str("\n]\n");
        let bytes = Arc::new(body.into_bytes());
        let options = InputOptions { format: Some(InputFormat::Json), ..InputOptions::default() };
        let one: Vec<LeadRow> = from_bytes_prepared("body", bytes.to_vec(), &prepared, &options).unwrap().collect();
        for threads in [2, 3, 8] {
            let apart = json_apart("body", &bytes, &prepared, threads, false).expect("read apart");
            assert_eq!(apart, one, "{threads} threads");
        }
        let broken = Arc::new([&bytes[..bytes.len() - 3], b"}, 5]"].concat());
        assert!(json_apart("body", &broken, &prepared, 2, false).is_none());
    }
}
