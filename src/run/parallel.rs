//! `qualify --jobs N` with N > 1: the records are read by one thread, turned into leads,
//! evaluated and rendered by N worker threads, and written in input order by the calling
//! thread.
//!
//! ```text
//!  reader ──(seq, Slot)──▶ work queue ──▶ worker 1..N ──(seq, Slot, counts)──▶ writer (this thread)
//!    ▲                      (bounded)                                          │ reorder by seq
//!    └──────────────────────────── empty Slot back (the credit) ◀──────────────┘
//! ```
//!
//! - The reader fills a `Slot` with up to [`batch_rows`] raw records (`LeadReader::next_raw`:
//!   splitting CSV records is cheap) and numbers it (`seq`).
//! - A worker turns every record of the slot into a lead (`LeadConverter`: decoding and
//!   parsing the cells, the costly part of reading), evaluates it, asks the discovery questions
//!   and renders the rows into the slot's byte buffer with [`RowWriter::without_header`], the
//!   same code the single-threaded run writes with, so the bytes are the same.
//! - The writer puts finished slots in a small ring keyed by `seq` and writes them strictly in
//!   order; each written slot goes back to the reader, emptied but with its buffers kept.
//!
//! Memory stays flat: there are exactly [`slots`] slots, and the reader cannot read a batch
//! without an empty one, so at most that many batches are anywhere in the pipeline, whatever
//! the size of the file. The steady state allocates no new batch buffers.
//!
//! The channels are std's bounded `sync_channel`s. The workers share the work queue's receiving
//! end behind a lock held only while waiting: the worker holding it waits on the queue, the
//! others sleep on the lock. (A shared receiver without the lock, `crossbeam-channel`'s, was
//! tried: its waiting threads hardly ever slept, and on a busy machine the run took longer; see
//! `docs/performance.md`.)
//!
//! Errors: the first failure (the output cannot be written, a worker panicked) ends the run.
//! The writer returns, dropping its ends of the channels; the reader then finds no empty slot
//! and stops, the workers find the queue closed and stop, and every thread is joined before
//! the error is reported. A reading error in the middle of the file is returned like in the
//! single-threaded run, so `-o` leaves no file.

use super::RunError;
use super::judge::Judged;
use super::qualify::Qualifier;
use crate::compile::RuleSet;
use crate::compile::program::{ClassRuleId, Id};
use crate::input::{InputError, LeadConverter, LeadReader, RawLead};
use crate::locale::Lang;
use crate::output::{Format, RowWriter, Summary, column_names};
use std::io::Write;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

/// Leads per batch: large enough that handing a batch between threads costs nothing next to
/// evaluating it, small enough that a few batches per worker stay a few megabytes.
pub const BATCH_ROWS: usize = 1024;

/// Leads per batch with `jobs` workers: [`BATCH_ROWS`] up to eight workers; beyond, fewer, so
/// that the rows held by all the batches (see [`slots`]) stay about the same however many
/// cores there are, up to 128 (a batch of 1 024 rows is some 0.45 MiB: 64 workers would
/// otherwise hold 60 MiB in batches). Never under 64 rows, which still take far longer to
/// evaluate than to hand over.
pub fn batch_rows(jobs: usize) -> usize {
    (BATCH_ROWS * 8 / jobs.max(8)).max(64)
}

/// How many batches can be in the pipeline at once for `jobs` workers: one being read, two
/// per worker (one evaluated, one waiting) and two finished ones waiting for their turn.
pub fn slots(jobs: usize) -> usize {
    2 * jobs + 3
}

/// Tests only: the row at which a worker panics, to see the failure reported (0: none).
#[cfg(test)]
pub(super) static PANIC_AT_RECORD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A batch travelling through the pipeline; its buffers are reused from batch to batch.
#[derive(Default)]
struct Slot {
    /// Raw records; only the first `filled` belong to this batch (the rest keep their buffers).
    raw: Vec<RawLead>,
    filled: usize,
    bytes: Vec<u8>,
    /// Leads per class rule (index = class rule; the last entry counts anything else).
    per_rule: Vec<u64>,
    error_rows: Vec<u64>,
    uncomputable_rows: Vec<u64>,
}

/// What a worker hands back: the batch number and the rendered slot, or why it failed.
type Done = (u64, Result<Slot, RunError>);

/// Evaluates every lead with `jobs` worker threads and writes the rows to `out` in input order;
/// the output and the summary are the same as the single-threaded run's. Not for the table
/// format, which aligns its columns over all rows.
pub fn qualify_parallel(
    rules: &RuleSet,
    reader: LeadReader,
    (format, lang): (Format, Lang),
    mut out: impl Write,
    jobs: usize,
    columns: Vec<String>,
) -> Result<Summary, RunError> {
    let header = RowWriter::new(format, columns.clone(), Vec::new()).and_then(RowWriter::finish);
    out.write_all(&header.map_err(RunError::Write)?).map_err(RunError::Write)?;
    let slot_count = slots(jobs);
    let (free_tx, free_rx) = sync_channel::<Slot>(slot_count);
    for _ in 0..slot_count {
        free_tx.send(Slot::default()).map_err(|_| RunError::ReaderFailed)?;
    }
    let (work_tx, work_rx) = sync_channel::<(u64, Slot)>(slot_count);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = sync_channel::<Done>(slot_count);

    std::thread::scope(|scope| {
        let converter = reader.converter();
        let rows = batch_rows(jobs);
        let read = scope.spawn(move || read_batches(reader, rows, free_rx, work_tx));
        for _ in 0..jobs {
            let (work_rx, done_tx, columns) = (Arc::clone(&work_rx), done_tx.clone(), columns.clone());
            let converter = converter.clone();
            scope.spawn(move || work(rules, jobs, converter, (format, lang), &columns, &work_rx, &done_tx));
        }
        // Only the threads hold the channel ends from here on, so when one side stops the
        // other sees the channel closed instead of waiting forever.
        drop((work_rx, done_tx));
        let written = write_in_order(rules, &mut out, done_rx, free_tx, slot_count);
        let summary = match (read.join(), written) {
            (Ok(Err(ReadEnd::Broken(e))), _) => return Err(RunError::Input(e)),
            (_, Err(e)) => return Err(e),
            (Ok(Ok((blank_rows, totals))), Ok(summary)) => Summary { blank_rows, totals, ..summary },
            (Ok(Err(ReadEnd::Cancelled)), Ok(_)) => return Err(RunError::ReadingStopped),
            (Err(_), Ok(_)) => return Err(RunError::ReaderFailed),
        };
        out.flush().map_err(RunError::Write)?;
        Ok(summary)
    })
}

/// Why the reading thread stopped before the end of the file.
enum ReadEnd {
    /// The file broke off (an I/O error, broken JSON structure).
    Broken(InputError),
    /// The writer went away: the run is ending because of another error.
    Cancelled,
}

/// The reading thread: fills empty slots with leads and queues them. Returns how many blank
/// rows it skipped, and the totals rows.
fn read_batches(
    mut reader: LeadReader,
    rows: usize,
    free: Receiver<Slot>,
    work: SyncSender<(u64, Slot)>,
) -> Result<(u64, crate::input::TotalsRows), ReadEnd> {
    let mut seq = 0u64;
    loop {
        let Ok(mut slot) = free.recv() else { return Err(ReadEnd::Cancelled) };
        slot.filled = 0;
        while slot.filled < rows {
            if slot.raw.len() == slot.filled {
                slot.raw.push(RawLead::default());
            }
            if !reader.next_raw(&mut slot.raw[slot.filled]) {
                break;
            }
            slot.filled += 1;
        }
        if slot.filled == 0 {
            break;
        }
        let full = slot.filled == rows;
        if work.send((seq, slot)).is_err() {
            return Err(ReadEnd::Cancelled);
        }
        seq += 1;
        if !full {
            break;
        }
    }
    match reader.take_error() {
        Some(e) => Err(ReadEnd::Broken(e)),
        None => Ok((reader.blank_rows(), reader.totals_rows().clone())),
    }
}

/// A worker thread: takes batches off the queue until it is closed, and hands each back
/// rendered. A panic while evaluating a batch is caught and reported as that batch's failure.
fn work(
    rules: &RuleSet,
    jobs: usize,
    mut converter: LeadConverter,
    (format, lang): (Format, Lang),
    columns: &[String],
    queue: &Mutex<Receiver<(u64, Slot)>>,
    done: &SyncSender<Done>,
) {
    // The same steps as the single-threaded `qualify_all`, row by row.
    let mut qualifier = Qualifier::new(rules, jobs, columns.len() - column_names(rules).len(), lang);
    let mut render = |slot: &mut Slot| -> std::io::Result<()> {
        slot.bytes.clear();
        slot.per_rule.clear();
        slot.per_rule.resize(rules.classes.len() + 1, 0);
        slot.error_rows.clear();
        slot.uncomputable_rows.clear();
        let mut writer = RowWriter::without_header(format, columns.to_vec(), &mut slot.bytes);
        // Each lead is made and dropped on this thread (freeing memory on another thread than
        // the one that allocated it makes the allocator's threads wait for each other); the raw
        // records stay in the slot and the reader reuses their buffers.
        for raw in &slot.raw[..slot.filled] {
            let row = converter.convert(raw);
            #[cfg(test)]
            if row.record == PANIC_AT_RECORD.load(std::sync::atomic::Ordering::Relaxed) {
                panic!("a worker fails at row {} (a test)", row.record);
            }
            // Counted per class rule here, by name once at the end (see `write_in_order`).
            match qualifier.row(&row, &mut writer)? {
                Judged::Class(class_rule) => slot.per_rule[class_rule.index().min(rules.classes.len())] += 1,
                Judged::Unreadable => slot.error_rows.push(row.record),
                Judged::Uncomputable => {
                    slot.error_rows.push(row.record);
                    slot.uncomputable_rows.push(row.record);
                }
            }
        }
        writer.finish()?;
        Ok(())
    };
    loop {
        // The lock is held only while waiting for the next batch, not while working on it.
        let next = match queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        let Ok((seq, mut slot)) = next else { return };
        let first_row = slot.raw.first().map_or(0, RawLead::record);
        let result = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| render(&mut slot))) {
            Ok(Ok(())) => Ok(slot),
            Ok(Err(e)) => Err(RunError::Render(e)),
            Err(_) => Err(RunError::WorkerFailed { first_row }),
        };
        let failed = result.is_err();
        if done.send((seq, result)).is_err() || failed {
            return;
        }
    }
}

/// The writing side, on the calling thread: writes finished batches strictly in `seq` order,
/// adds up the summary, and gives every written slot back to the reader.
fn write_in_order(
    rules: &RuleSet,
    out: &mut impl Write,
    done: Receiver<Done>,
    free: SyncSender<Slot>,
    slot_count: usize,
) -> Result<Summary, RunError> {
    let mut summary = Summary::new(&rules.class_names);
    let mut per_rule = vec![0u64; rules.classes.len() + 1];
    // At most `slot_count` batches exist, so the ones waiting all have `seq` in
    // `next .. next + slot_count`, and `seq % slot_count` tells them apart.
    let mut waiting: Vec<Option<Slot>> = (0..slot_count).map(|_| None).collect();
    let place = |seq: u64| (seq % slot_count as u64) as usize;
    let mut next = 0u64;
    for (seq, result) in done.iter() {
        waiting[place(seq)] = Some(result?);
        while let Some(mut slot) = waiting[place(next)].take() {
            out.write_all(&slot.bytes).map_err(RunError::Write)?;
            for (total, n) in per_rule.iter_mut().zip(&slot.per_rule) {
                *total += n;
            }
            summary.error_rows.append(&mut slot.error_rows);
            summary.uncomputable_rows.append(&mut slot.uncomputable_rows);
            next += 1;
            // The reader may have finished already; then the slot is simply dropped.
            let _ = free.send(slot);
        }
    }
    // Every worker has stopped. A batch still waiting means one before it never came back.
    if waiting.iter().any(Option::is_some) {
        return Err(RunError::WorkerStopped);
    }
    for (rule, n) in per_rule.iter().enumerate().filter(|(_, n)| **n > 0) {
        let class = rules.class_name(ClassRuleId::clamped(rule));
        match summary.per_class.get_mut(class) {
            Some(total) => *total += n,
            None => {
                summary.per_class.insert(class.to_string(), *n);
            }
        }
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Up to 128 workers, the batches in the pipeline hold about as many rows as with eight
    /// (19 456); beyond, each worker adds only two batches of 64 rows.
    #[test]
    fn rows_held_in_batches_do_not_grow_with_workers() {
        let with_eight = slots(8) * batch_rows(8);
        for jobs in 1..=128 {
            let held = slots(jobs) * batch_rows(jobs);
            assert!(held <= with_eight * 2, "{jobs} workers hold {held} rows, eight hold {with_eight}");
            assert!(batch_rows(jobs) >= 64);
        }
        assert_eq!(batch_rows(2), BATCH_ROWS);
        assert_eq!(batch_rows(512), 64);
    }
}
