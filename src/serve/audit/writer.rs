//! The writer of the audit log: one thread owns the file. Requests hand it their records over
//! a channel and wait; it takes every record waiting, keeps the texts of any version not kept
//! yet, appends the records in one write, `fdatasync`s once, and only then tells each request
//! its records are durable (group commit: the more requests arrive during one sync, the more
//! the next sync carries). A write or a sync that fails fails every request of its batch (503),
//! and the file is cut back to its last durable length, so no record is half there; when even
//! that fails, every later request fails too, rather than be answered without a record.
//!
//! The log is locked (an advisory lock on the file, held while the writer owns it): a second
//! service given the same log refuses to start rather than interleave its records with the
//! first's, or cut off a record the first is writing as if it were torn.
//!
//! At open, a last line without its line break (a record torn by a crash while it was being
//! written; no request was answered for it) is cut off, so that the next record starts a line.

use super::super::definition::Definition;
use super::store;
use crate::message::Message;
use crate::msg;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// The most bytes of records one batch takes before it is written (a batch of leads is never
/// split: its records are all in one write).
const BATCH_BYTES: usize = 4 * 1024 * 1024;

/// Where the records go: the log file, or (in tests) a file that fails.
pub trait Sink: Send {
    /// Appends bytes at the end.
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()>;
    /// Makes what was appended durable.
    fn sync(&mut self) -> std::io::Result<()>;
    /// Cuts the file back to `length` bytes.
    fn cut(&mut self, length: u64) -> std::io::Result<()>;
}

impl Sink for File {
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.write_all(bytes)
    }

    fn sync(&mut self) -> std::io::Result<()> {
        self.sync_data()
    }

    fn cut(&mut self, length: u64) -> std::io::Result<()> {
        self.set_len(length)?;
        self.seek(SeekFrom::End(0)).map(|_| ())
    }
}

/// What a request hands the writer.
enum Job {
    /// Records to make durable, judged by `definition`; the answer waits on `done`.
    Append { definition: Arc<Definition>, lines: Vec<u8>, done: oneshot::Sender<Result<(), Message>> },
    /// The service is stopping: write what came before, then end.
    Stop,
}

/// The figures of the log, for `/metrics`: records and syncs so far.
#[derive(Default, Debug, Clone, Copy)]
pub struct Figures {
    /// Records made durable.
    pub records: u64,
    /// Syncs (batches) done.
    pub syncs: u64,
    /// Seconds spent writing and syncing the batches (the time requests waited on the disk).
    pub sync_seconds: f64,
    /// Requests failed because their records could not be made durable.
    pub failures: u64,
}

/// The log's figures in the Prometheus text format, for `/metrics`: records made durable, syncs
/// (their ratio is the mean batch of the group commit), requests failed for want of a record.
pub fn exposition(figures: &Figures) -> String {
    format!(
        "# HELP leadrules_audit_records_total Verdicts made durable in the audit log.\n\
         # TYPE leadrules_audit_records_total counter\nleadrules_audit_records_total {}\n\
         # HELP leadrules_audit_syncs_total Batches of records written and synced to the audit log.\n\
         # TYPE leadrules_audit_syncs_total counter\nleadrules_audit_syncs_total {}\n\
         # HELP leadrules_audit_sync_seconds_total Seconds spent writing and syncing batches of records.\n\
         # TYPE leadrules_audit_sync_seconds_total counter\nleadrules_audit_sync_seconds_total {}\n\
         # HELP leadrules_audit_failures_total Requests failed (503) because their records could not be made durable.\n\
         # TYPE leadrules_audit_failures_total counter\nleadrules_audit_failures_total {}\n",
        figures.records, figures.syncs, figures.sync_seconds, figures.failures
    )
}

/// The audit log a service appends to.
pub struct AuditLog {
    path: PathBuf,
    sender: Mutex<Option<mpsc::Sender<Job>>>,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
    figures: Arc<Mutex<Figures>>,
}

/// What opening the log found: how many bytes of a torn last record it cut off.
pub struct Opened {
    /// The log.
    pub log: AuditLog,
    /// Bytes of a torn last record cut off (0 when the log ended with a whole record).
    pub torn: u64,
}

impl AuditLog {
    /// Opens (or creates) the log at `path` and its texts' folder, and starts its writer.
    pub fn open(path: &Path) -> Result<Opened, Message> {
        let failed = |e: &std::io::Error| {
            msg!("audit-cannot-open", path = path.display().to_string(), reason = crate::diagnostic::plain_io_error(e))
        };
        let mut file = OpenOptions::new().read(true).append(true).create(true).open(path).map_err(|e| failed(&e))?;
        // Before anything is read or cut: another service may be writing its last record.
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(msg!("audit-log-in-use", path = path.display().to_string()));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(failed(&e)),
        }
        let torn = cut_torn_tail(&mut file).map_err(|e| failed(&e))?;
        let length = file.metadata().map_err(|e| failed(&e))?.len();
        let parent = path.parent().unwrap_or(Path::new(""));
        store::sync_folder(parent).map_err(|e| failed(&e))?;
        let folder = store::folder_of(path);
        std::fs::create_dir_all(&folder).map_err(|e| failed(&e))?;
        let log = AuditLog::with_sink(path, Box::new(file), length, folder).map_err(|e| failed(&e))?;
        Ok(Opened { log, torn })
    }

    /// A log writing to `sink`, which holds `length` durable bytes; texts are kept in `folder`.
    pub fn with_sink(path: &Path, sink: Box<dyn Sink>, length: u64, folder: PathBuf) -> std::io::Result<AuditLog> {
        let (sender, receiver) = mpsc::channel();
        let figures = Arc::new(Mutex::new(Figures::default()));
        let writer = Writer { sink, length, folder, kept: Vec::new(), broken: None, figures: Arc::clone(&figures) };
        let thread = std::thread::Builder::new().name("audit-log".into()).spawn(move || writer.run(&receiver))?;
        Ok(AuditLog {
            path: path.to_path_buf(),
            sender: Mutex::new(Some(sender)),
            thread: Mutex::new(Some(thread)),
            figures,
        })
    }

    /// The log's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The figures so far.
    pub fn figures(&self) -> Figures {
        self.figures.lock().map_or_else(|p| *p.into_inner(), |f| *f)
    }

    /// Appends the records `lines` (whole JSON lines) judged by `definition`, and resolves once
    /// they are durable, or with why they are not.
    pub async fn append(&self, definition: Arc<Definition>, lines: Vec<u8>) -> Result<(), Message> {
        let (done, durable) = oneshot::channel();
        let sent = match self.sender.lock() {
            Ok(sender) => sender.as_ref().map(|s| s.send(Job::Append { definition, lines, done })),
            Err(_) => None,
        };
        if !matches!(sent, Some(Ok(()))) {
            return Err(msg!("audit-log-closed"));
        }
        durable.await.unwrap_or_else(|_| Err(msg!("audit-log-closed")))
    }

    /// Writes every record handed over so far, makes it durable, and ends the writer: the last
    /// step of a graceful stop. Records handed over later fail.
    pub fn finish(&self) {
        if let Ok(mut sender) = self.sender.lock()
            && let Some(sender) = sender.take()
        {
            let _ = sender.send(Job::Stop);
        }
        if let Ok(mut thread) = self.thread.lock()
            && let Some(thread) = thread.take()
        {
            let _ = thread.join();
        }
    }
}

impl Drop for AuditLog {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Cuts a last line without its line break off the file; returns how many bytes it had.
fn cut_torn_tail(file: &mut File) -> std::io::Result<u64> {
    let length = file.metadata()?.len();
    let mut end = length;
    let mut chunk = vec![0u8; 64 * 1024];
    while end > 0 {
        let start = end.saturating_sub(chunk.len() as u64);
        let size = usize::try_from(end - start).unwrap_or(chunk.len());
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut chunk[..size])?;
        if let Some(at) = chunk[..size].iter().rposition(|b| *b == b'\n') {
            let whole = start + at as u64 + 1;
            if whole == length {
                return Ok(0);
            }
            file.set_len(whole)?;
            file.sync_all()?;
            return Ok(length - whole);
        }
        end = start;
    }
    if length > 0 {
        file.set_len(0)?;
        file.sync_all()?;
    }
    Ok(length)
}

/// Records handed over, with the version that judged them and the request waiting on them.
type Waiting = (Arc<Definition>, Vec<u8>, oneshot::Sender<Result<(), Message>>);

/// The writer thread's state.
struct Writer {
    sink: Box<dyn Sink>,
    /// The bytes of the file known durable.
    length: u64,
    folder: PathBuf,
    /// The digests whose texts are kept.
    kept: Vec<String>,
    /// Why nothing more can be written, once cutting back a failed write failed too.
    broken: Option<Message>,
    figures: Arc<Mutex<Figures>>,
}

impl Writer {
    fn run(mut self, receiver: &mpsc::Receiver<Job>) {
        let mut stopping = false;
        while !stopping {
            let Ok(first) = receiver.recv() else { break };
            let mut batch = Vec::new();
            let mut bytes = 0;
            let mut next = Some(first);
            while let Some(job) = next.take() {
                match job {
                    Job::Stop => stopping = true,
                    Job::Append { definition, lines, done } => {
                        bytes += lines.len();
                        batch.push((definition, lines, done));
                    }
                }
                if bytes < BATCH_BYTES && !stopping {
                    next = receiver.try_recv().ok();
                }
            }
            self.write(batch);
        }
    }

    /// Writes one batch and tells each of its requests how it went.
    fn write(&mut self, batch: Vec<Waiting>) {
        if batch.is_empty() {
            return;
        }
        let started = std::time::Instant::now();
        let outcome = self.durable(&batch);
        let took = started.elapsed().as_secs_f64();
        if let Ok(mut figures) = self.figures.lock() {
            match &outcome {
                Ok(records) => {
                    figures.records += records;
                    figures.syncs += 1;
                    figures.sync_seconds += took;
                }
                Err(_) => figures.failures += batch.len() as u64,
            }
        }
        for (_, _, done) in batch {
            let _ = done.send(outcome.as_ref().map(|_| ()).map_err(Clone::clone));
        }
    }

    /// Keeps new versions' texts, appends the batch's records and syncs; the records written.
    fn durable(&mut self, batch: &[Waiting]) -> Result<u64, Message> {
        if let Some(broken) = &self.broken {
            return Err(broken.clone());
        }
        for (definition, _, _) in batch {
            if !self.kept.contains(&definition.digest) {
                store::keep(&self.folder, definition)?;
                self.kept.push(definition.digest.clone());
            }
        }
        let mut all = Vec::with_capacity(batch.iter().map(|(_, lines, _)| lines.len()).sum());
        for (_, lines, _) in batch {
            all.extend_from_slice(lines);
        }
        let written = self.sink.append(&all).and_then(|()| self.sink.sync());
        match written {
            Ok(()) => {
                self.length += all.len() as u64;
                Ok(all.iter().filter(|b| **b == b'\n').count() as u64)
            }
            Err(e) => {
                let reason = crate::diagnostic::plain_io_error(&e);
                let failed = msg!("audit-write-failed", reason = reason);
                if let Err(e) = self.sink.cut(self.length).and_then(|()| self.sink.sync()) {
                    self.broken = Some(msg!("audit-log-broken", reason = crate::diagnostic::plain_io_error(&e)));
                }
                Err(failed)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::SourceFile;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// A file in memory that fails to write while `failing`, and to cut while `stuck`.
    struct Flaky {
        bytes: Arc<Mutex<Vec<u8>>>,
        failing: Arc<AtomicBool>,
        stuck: Arc<AtomicBool>,
    }

    impl Sink for Flaky {
        fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
            let mut kept = self.bytes.lock().unwrap();
            if self.failing.load(Ordering::SeqCst) {
                // Half of it reaches the file, as when a disk fills up.
                kept.extend_from_slice(&bytes[..bytes.len() / 2]);
                return Err(std::io::Error::other("no space left"));
            }
            kept.extend_from_slice(bytes);
            Ok(())
        }

        fn sync(&mut self) -> std::io::Result<()> {
            Ok(())
        }

        fn cut(&mut self, length: u64) -> std::io::Result<()> {
            if self.stuck.load(Ordering::SeqCst) {
                return Err(std::io::Error::other("read-only file system"));
            }
            self.bytes.lock().unwrap().truncate(usize::try_from(length).unwrap());
            Ok(())
        }
    }

    fn definition() -> Arc<Definition> {
        let text = "definition \"T\" version 1\nfields {\n  n : number\n}\nclassify {\n  big when n >= 10\n  small otherwise\n}\n";
        match super::super::super::definition::from_text(SourceFile::new("t.rules", text)) {
            Ok(definition) => Arc::new(definition),
            Err(refusal) => panic!("{:?}", refusal.reason),
        }
    }

    #[test]
    fn a_failed_write_fails_its_requests_and_leaves_no_part_of_a_record() {
        let folder = tempfile::tempdir().unwrap();
        let (bytes, failing, stuck) =
            (Arc::default(), Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
        let sink = Flaky { bytes: Arc::clone(&bytes), failing: Arc::clone(&failing), stuck: Arc::clone(&stuck) };
        let log = AuditLog::with_sink(Path::new("log"), Box::new(sink), 0, folder.path().to_path_buf()).unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let definition = definition();
        let append = |line: &str| runtime.block_on(log.append(Arc::clone(&definition), line.as_bytes().to_vec()));
        assert!(append("{\"n\":1}\n").is_ok());
        failing.store(true, Ordering::SeqCst);
        let failed = append("{\"n\":2}\n").unwrap_err();
        assert_eq!(failed.id(), "audit-write-failed");
        assert_eq!(bytes.lock().unwrap().as_slice(), b"{\"n\":1}\n", "the half-written record is cut off");
        failing.store(false, Ordering::SeqCst);
        assert!(append("{\"n\":3}\n").is_ok());
        // A failure that cannot be undone: every later record fails, never answered unlogged.
        failing.store(true, Ordering::SeqCst);
        stuck.store(true, Ordering::SeqCst);
        assert_eq!(append("{\"n\":4}\n").unwrap_err().id(), "audit-write-failed");
        failing.store(false, Ordering::SeqCst);
        assert_eq!(append("{\"n\":5}\n").unwrap_err().id(), "audit-log-broken");
        let figures = log.figures();
        assert_eq!((figures.records, figures.syncs, figures.failures), (2, 2, 3));
        assert!(figures.sync_seconds > 0.0, "{figures:?}");
        let text = exposition(&figures);
        assert!(text.contains("leadrules_audit_syncs_total 2\n"), "{text}");
        assert!(text.contains("# TYPE leadrules_audit_sync_seconds_total counter\n"), "{text}");
        // The version's texts were kept once.
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
        log.finish();
        assert_eq!(append("{\"n\":6}\n").unwrap_err().id(), "audit-log-closed");
    }

    #[test]
    fn a_second_writer_of_the_same_log_is_refused_until_the_first_ends() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("audit.jsonl");
        // The first writer is in the middle of a record: the second must neither cut it nor write.
        std::fs::write(&path, "{\"a\":1}\n").unwrap();
        let first = AuditLog::open(&path).unwrap();
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(b"{\"a\":").unwrap();
        let refused = AuditLog::open(&path).err().unwrap();
        assert_eq!(refused.id(), "audit-log-in-use");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\":1}\n{\"a\":");
        drop(first);
        assert_eq!(AuditLog::open(&path).unwrap().torn, 5);
    }

    #[test]
    fn a_torn_last_line_is_cut_off_at_open() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("audit.jsonl");
        std::fs::write(&path, "{\"a\":1}\n{\"a\":2}\n{\"a\":").unwrap();
        let opened = AuditLog::open(&path).unwrap();
        assert_eq!(opened.torn, 5);
        drop(opened);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\":1}\n{\"a\":2}\n");
        std::fs::write(&path, "{\"a\":").unwrap();
        assert_eq!(AuditLog::open(&path).unwrap().torn, 5);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
    }
}
