//! Where a command's output file goes, and writing it so that nothing is ever destroyed.
//!
//! The promises, for every file a command writes (`qualify -o`, `snapshot -o`, `backtest --html`,
//! `fmt`):
//! - **An input is never overwritten**: a destination that is one of the run's inputs (the same
//!   file, through any path, hard link or symbolic link) is refused before anything is read.
//! - **A link is followed, not replaced**: the write goes to the file the link points to, and
//!   the link stays a link.
//! - **A device or pipe is written through** (`/dev/null`, `/dev/stdout`, a named pipe): never
//!   replaced by a regular file; `/dev/stdout` and `/dev/fd/N` write (append) to the file the
//!   shell opened. A folder, socket or block device is refused.
//! - **A read-only file is refused**, even for a user (root) whom the system would let write.
//! - **All or nothing**: a regular file is written to a temporary file beside it, synced to disk,
//!   renamed into place, and the folder synced, so that even a crash leaves either the old file
//!   or the whole new one under the final name. A run that fails or is interrupted (Ctrl-C,
//!   `SIGTERM`: see [`remove_partial_files`]) removes its temporary file. A temporary file is
//!   named `.NAME.leadrules-partial-XXXXXX`, so one left by a killed run (`kill -9`, a power
//!   cut) is never mistaken for output.

use crate::input::error::io_reason;
use crate::message::Message;
use crate::msg;
use std::fmt;
use std::fs::{File, Metadata};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What the temporary files are called after the final name: `.verdicts.csv.leadrules-partial-…`.
pub const PARTIAL_MARK: &str = ".leadrules-partial-";

/// How many links in a row are followed before giving up (as the system's own limit).
const MAX_LINKS: usize = 40;

/// A checked place to write one output file.
#[derive(Debug)]
pub struct Destination {
    /// The path as the user gave it, for messages.
    shown: PathBuf,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    /// A regular file, new or replaced: written beside `target` and renamed onto it.
    File { target: PathBuf, existing: Option<std::fs::Permissions> },
    /// A character device or a named pipe: written straight to it.
    Stream { target: PathBuf },
}

/// Why a destination cannot be written.
#[derive(Debug)]
pub enum DestinationError {
    /// The destination is one of the run's inputs.
    IsInput {
        /// The destination.
        output: PathBuf,
        /// The input it is.
        input: PathBuf,
    },
    /// The destination exists and is read-only.
    ReadOnly {
        /// The destination.
        output: PathBuf,
    },
    /// The destination is a folder, a socket or a block device.
    NotAFile {
        /// The destination.
        output: PathBuf,
        /// What it is instead, in words: `a folder`.
        what: &'static str,
    },
    /// The folder or the links leading to it cannot be followed.
    Unreachable {
        /// The destination.
        output: PathBuf,
        /// Why it cannot be reached, in words.
        reason: Message,
    },
}

impl DestinationError {
    /// Whether the mistake is in how the command was called (exit code 2) rather than in the
    /// file system (exit code 3).
    pub fn is_usage(&self) -> bool {
        matches!(self, DestinationError::IsInput { .. } | DestinationError::NotAFile { .. })
    }
}

impl DestinationError {
    /// Why the destination cannot be written, in words, to be said in the chosen language.
    pub fn message(&self) -> Message {
        match self {
            DestinationError::IsInput { output, input } if output == input => {
                msg!("output-is-input", output = output.display().to_string())
            }
            DestinationError::IsInput { output, input } => msg!(
                "output-is-same-as-input",
                output = output.display().to_string(),
                input = input.display().to_string()
            ),
            DestinationError::ReadOnly { output } => msg!("output-read-only", output = output.display().to_string()),
            DestinationError::NotAFile { output, what: FOLDER } => {
                msg!("output-not-a-file-folder", output = output.display().to_string())
            }
            DestinationError::NotAFile { output, .. } => {
                msg!("output-not-a-file-special", output = output.display().to_string())
            }
            DestinationError::Unreachable { output, reason } => {
                msg!("output-unreachable", output = output.display().to_string(), reason = reason.clone())
            }
        }
    }
}

impl fmt::Display for DestinationError {
    /// In English (see [`DestinationError::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

/// [`DestinationError::NotAFile`]'s `what` for a folder.
const FOLDER: &str = "a folder";

impl Destination {
    /// Checks where `path` leads. `inputs` are the files the run reads (the rule files, the lead
    /// file); a destination that is one of them is refused. Inputs that do not exist (standard
    /// input, `-`) are skipped.
    pub fn resolve<P: AsRef<Path>>(path: &Path, inputs: &[P]) -> Result<Destination, DestinationError> {
        let shown = path.to_path_buf();
        let unreachable = |reason: Message| DestinationError::Unreachable { output: shown.clone(), reason };
        if names_open_descriptor(path) {
            // `/dev/stdout` and the like: the file the shell opened (and, with `>>`, appends
            // to), written through; never renamed over.
            if let Ok(metadata) = std::fs::metadata(path) {
                for input in inputs {
                    if std::fs::metadata(input.as_ref()).is_ok_and(|m| same_file(&metadata, &m)) {
                        return Err(DestinationError::IsInput { output: shown, input: input.as_ref().to_path_buf() });
                    }
                }
            }
            return Ok(Destination { shown, kind: Kind::Stream { target: path.to_path_buf() } });
        }
        let target = follow_links(path).map_err(unreachable)?;
        let metadata = match std::fs::metadata(&target) {
            Ok(metadata) => Some(metadata),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(unreachable(io_reason(&e))),
        };
        let Some(metadata) = metadata else {
            let folder = folder_of(&target);
            return match std::fs::metadata(&folder) {
                Ok(m) if m.is_dir() => Ok(Destination { shown, kind: Kind::File { target, existing: None } }),
                Ok(_) => Err(unreachable(msg!("output-not-a-folder", folder = folder.display().to_string()))),
                Err(_) => Err(unreachable(msg!("output-no-such-folder", folder = folder.display().to_string()))),
            };
        };
        for input in inputs {
            let input = input.as_ref();
            if let Ok(input_metadata) = std::fs::metadata(input)
                && same_file(&metadata, &input_metadata)
            {
                return Err(DestinationError::IsInput { output: shown, input: input.to_path_buf() });
            }
        }
        let file_type = metadata.file_type();
        if file_type.is_file() {
            if metadata.permissions().readonly() {
                return Err(DestinationError::ReadOnly { output: shown });
            }
            return Ok(Destination { shown, kind: Kind::File { target, existing: Some(metadata.permissions()) } });
        }
        if is_stream(&metadata) {
            return Ok(Destination { shown, kind: Kind::Stream { target } });
        }
        let what = if file_type.is_dir() { FOLDER } else { "a special file (a socket or a disk)" };
        Err(DestinationError::NotAFile { output: shown, what })
    }

    /// The path as the user gave it.
    pub fn shown(&self) -> &Path {
        &self.shown
    }

    /// Runs `write` on the destination; the result appears under the final name only when it
    /// succeeds. `write`'s own errors are passed through as they are.
    pub fn write<T>(&self, write: impl FnOnce(&mut BufWriter<&mut File>) -> Result<T, Message>) -> Result<T, Message> {
        let problem = |e: std::io::Error| {
            msg!("output-cannot-write", output = self.shown.display().to_string(), reason = io_reason(&e))
        };
        match &self.kind {
            Kind::Stream { target } => {
                // Appending: a device or pipe does not mind, and a file the shell opened with `>>`
                // keeps what it had (with `>` it is empty already).
                let mut file = std::fs::OpenOptions::new().append(true).open(target).map_err(problem)?;
                let mut out = BufWriter::new(&mut file);
                let value = write(&mut out)?;
                out.flush().map_err(problem)?;
                Ok(value)
            }
            Kind::File { target, existing } => {
                let mut partial = PartialFile::create(target, existing.clone()).map_err(problem)?;
                let value = {
                    let mut out = BufWriter::new(partial.file_mut());
                    let value = write(&mut out)?;
                    out.flush().map_err(problem)?;
                    value
                };
                partial.commit().map_err(problem)?;
                Ok(value)
            }
        }
    }

    /// Writes `bytes` all or nothing.
    pub fn write_bytes(&self, bytes: &[u8]) -> Result<(), Message> {
        let shown = self.shown.display().to_string();
        self.write(|out| {
            out.write_all(bytes).map_err(|e| msg!("output-cannot-write", output = &shown, reason = io_reason(&e)))
        })
    }
}

/// Whether a path names one of the process's open files (`/dev/stdout`, `/dev/fd/3`,
/// `/proc/self/fd/1`) rather than a file by its own name.
fn names_open_descriptor(path: &Path) -> bool {
    ["/dev/stdout", "/dev/stderr", "/dev/stdin"].iter().any(|p| path == Path::new(p))
        || path.starts_with("/dev/fd/")
        || path.starts_with("/proc/self/fd/")
}

/// The file a path finally names after following every symbolic link (of the last part; the
/// folders are the system's to follow). A dangling link names the file it would create.
fn follow_links(path: &Path) -> Result<PathBuf, Message> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let points_to = std::fs::read_link(&current)
                    .map_err(|e| msg!("output-cannot-follow-link", reason = io_reason(&e)))?;
                current = if points_to.is_absolute() { points_to } else { folder_of(&current).join(points_to) };
            }
            _ => return Ok(current),
        }
    }
    Err(msg!("output-link-circle", count = MAX_LINKS))
}

/// The folder a file is (or would be) in; `.` for a bare name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata) -> bool {
    false
}

#[cfg(unix)]
fn is_stream(metadata: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    metadata.file_type().is_char_device() || metadata.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_stream(_: &Metadata) -> bool {
    false
}

/// The temporary files being written now; an interrupted run removes them (see
/// [`remove_partial_files`]).
static PARTIAL_FILES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes every temporary file being written and keeps any more from being renamed into
/// place. Called when the run is interrupted, just before the process exits.
pub fn remove_partial_files() {
    // A poisoned lock still holds the list; removing the files matters more.
    let mut files = PARTIAL_FILES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    for path in files.drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

/// A temporary file beside the destination, removed unless committed.
struct PartialFile {
    file: File,
    path: PathBuf,
    target: PathBuf,
    /// Renamed into place: nothing left to remove.
    committed: bool,
}

impl PartialFile {
    fn create(target: &Path, existing: Option<std::fs::Permissions>) -> std::io::Result<PartialFile> {
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut builder = tempfile::Builder::new();
        let prefix = format!(".{name}{PARTIAL_MARK}");
        builder.prefix(&prefix);
        // A file that is replaced keeps its permissions; a new one is readable by others, like
        // any file a command writes.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
        let mut files = PARTIAL_FILES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (file, path) = builder.tempfile_in(folder_of(target))?.keep().map_err(|e| e.error)?;
        files.push(path.clone());
        drop(files);
        let partial = PartialFile { file, path, target: target.to_path_buf(), committed: false };
        if let Some(permissions) = existing {
            partial.file.set_permissions(permissions)?;
        }
        Ok(partial)
    }

    fn file_mut(&mut self) -> &mut File {
        &mut self.file
    }

    /// Syncs the file, renames it onto the target and syncs the folder. The rename happens
    /// under the lock of the list of partial files, so an interruption either removes the
    /// temporary file or finds it already in place, never half-way.
    fn commit(mut self) -> std::io::Result<()> {
        self.file.sync_all()?;
        let mut files = PARTIAL_FILES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(index) = files.iter().position(|p| *p == self.path) else {
            // Interrupted: the file is already gone, and the process is about to exit.
            return Err(std::io::Error::new(std::io::ErrorKind::Interrupted, "the run was interrupted"));
        };
        std::fs::rename(&self.path, &self.target)?;
        files.swap_remove(index);
        self.committed = true;
        drop(files);
        sync_folder(&folder_of(&self.target));
        Ok(())
    }
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        let mut files = PARTIAL_FILES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        files.retain(|p| *p != self.path);
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Makes a rename in `folder` durable. Some file systems cannot sync a folder; the rename has
/// happened either way, so that is not an error.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list of partial files is one for the process, and one test empties it: the tests
    /// that write take turns.
    static TURN: Mutex<()> = Mutex::new(());

    fn folder() -> (tempfile::TempDir, std::sync::MutexGuard<'static, ()>) {
        let turn = TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        (tempfile::tempdir().expect("temp dir"), turn)
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .expect("read dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(PARTIAL_MARK))
            .collect()
    }

    #[test]
    fn a_new_file_appears_whole() {
        let (dir, _turn) = folder();
        let out = dir.path().join("verdicts.csv");
        let destination = Destination::resolve(&out, &[] as &[&Path]).expect("resolves");
        destination.write_bytes(b"id;class\n").expect("writes");
        assert_eq!(std::fs::read(&out).expect("read"), b"id;class\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial_file() {
        let (dir, _turn) = folder();
        let out = dir.path().join("verdicts.csv");
        std::fs::write(&out, "old").expect("write");
        let destination = Destination::resolve(&out, &[] as &[&Path]).expect("resolves");
        let result: Result<(), Message> = destination.write(|w| {
            w.write_all(b"half").map_err(|e| io_reason(&e))?;
            Err(msg!("input-verbatim", text = "the leads broke off"))
        });
        assert_eq!(result.map_err(|e| e.to_string()), Err("the leads broke off".to_string()));
        assert_eq!(std::fs::read_to_string(&out).expect("read"), "old");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn an_input_is_refused_through_any_name() {
        let (dir, _turn) = folder();
        let input = dir.path().join("leads.csv");
        std::fs::write(&input, "id\n1\n").expect("write");
        let refused = Destination::resolve(&input, &[&input]).expect_err("refused");
        assert!(matches!(refused, DestinationError::IsInput { .. }) && refused.is_usage());
        let hard = dir.path().join("hard.csv");
        std::fs::hard_link(&input, &hard).expect("hard link");
        assert!(matches!(Destination::resolve(&hard, &[&input]), Err(DestinationError::IsInput { .. })));
        #[cfg(unix)]
        {
            let soft = dir.path().join("soft.csv");
            std::os::unix::fs::symlink("leads.csv", &soft).expect("symlink");
            assert!(matches!(Destination::resolve(&soft, &[&input]), Err(DestinationError::IsInput { .. })));
            // And the other way round: the input given through a link.
            assert!(matches!(Destination::resolve(&input, &[&soft]), Err(DestinationError::IsInput { .. })));
        }
        assert_eq!(std::fs::read_to_string(&input).expect("read"), "id\n1\n");
    }

    #[test]
    fn a_read_only_file_is_refused() {
        let (dir, _turn) = folder();
        let out = dir.path().join("verdicts.csv");
        std::fs::write(&out, "keep me").expect("write");
        let mut permissions = std::fs::metadata(&out).expect("metadata").permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&out, permissions).expect("chmod");
        let refused = Destination::resolve(&out, &[] as &[&Path]).expect_err("refused");
        assert!(matches!(refused, DestinationError::ReadOnly { .. }) && !refused.is_usage());
        assert!(refused.to_string().contains("read-only"));
    }

    #[test]
    fn a_folder_is_refused_and_a_missing_folder_is_named() {
        let (dir, _turn) = folder();
        let refused = Destination::resolve(dir.path(), &[] as &[&Path]).expect_err("refused");
        assert!(matches!(refused, DestinationError::NotAFile { what: "a folder", .. }));
        let missing = dir.path().join("no-such-folder").join("out.csv");
        let refused = Destination::resolve(&missing, &[] as &[&Path]).expect_err("refused");
        assert!(refused.to_string().contains("does not exist"), "{refused}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_and_kept() {
        let (dir, _turn) = folder();
        let real = dir.path().join("real.csv");
        std::fs::write(&real, "old").expect("write");
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink("real.csv", &link).expect("symlink");
        Destination::resolve(&link, &[] as &[&Path]).expect("resolves").write_bytes(b"new").expect("writes");
        assert!(std::fs::symlink_metadata(&link).expect("metadata").file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&real).expect("read"), "new");
        // A dangling link creates the file it points to.
        let dangling = dir.path().join("dangling.csv");
        std::os::unix::fs::symlink("created.csv", &dangling).expect("symlink");
        Destination::resolve(&dangling, &[] as &[&Path]).expect("resolves").write_bytes(b"x").expect("writes");
        assert_eq!(std::fs::read_to_string(dir.path().join("created.csv")).expect("read"), "x");
        // A circle of links is an error, not a hang.
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::os::unix::fs::symlink("b", &a).expect("symlink");
        std::os::unix::fs::symlink("a", &b).expect("symlink");
        assert!(matches!(Destination::resolve(&a, &[] as &[&Path]), Err(DestinationError::Unreachable { .. })));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_through_not_replaced() {
        let null = Path::new("/dev/null");
        let destination = Destination::resolve(null, &[] as &[&Path]).expect("resolves");
        destination.write_bytes(b"anything").expect("writes");
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata(null).expect("metadata").file_type().is_char_device());
        let full = Path::new("/dev/full");
        if full.exists() {
            let error = Destination::resolve(full, &[] as &[&Path]).expect("resolves").write_bytes(&[b'x'; 100_000]);
            assert!(error.is_err());
            assert!(std::fs::metadata(full).expect("metadata").file_type().is_char_device());
        }
    }

    #[test]
    fn partial_files_are_removed_on_interruption() {
        let (dir, _turn) = folder();
        let out = dir.path().join("verdicts.csv");
        let destination = Destination::resolve(&out, &[] as &[&Path]).expect("resolves");
        let result = destination.write(|w| {
            w.write_all(b"half").map_err(|e| io_reason(&e))?;
            w.flush().map_err(|e| io_reason(&e))?;
            assert_eq!(leftovers(dir.path()).len(), 1, "the partial file exists while writing");
            remove_partial_files();
            assert!(leftovers(dir.path()).is_empty(), "removed on interruption");
            Ok(())
        });
        assert!(result.is_err(), "an interrupted write does not land");
        assert!(!out.exists());
    }
}
