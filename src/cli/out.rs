//! Standard output and standard error for the commands, and the files they write. A reader that
//! closes a pipe early (`| head`, `2>&1 | head`) ends that stream quietly: nothing panics on it,
//! and what is left to say is dropped (see `docs/cli.md`, "Pipes that close early").

use super::ExitStatus;
use super::voice::Voice;
use crate::locale::Lang;
use crate::message::{Arg, Message};
use crate::msg;
use crate::output::destination::Destination;
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once a write to stdout found the pipe closed by its reader.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
/// The first other failure to write to stdout (a full disk behind `> file`), reported when the
/// command ends (see [`finish`]).
static STDOUT_FAILED: Mutex<Option<Message>> = Mutex::new(None);

/// Writes text to stdout. Returns false when it could not (see [`finish`] for what is then
/// reported).
pub fn print(text: &str) -> bool {
    let mut out = stdout();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).is_ok()
}

/// Standard output for a command's results, remembering how a write failed: a reader that
/// closed the pipe, or a real failure.
pub fn stdout() -> Stdout {
    Stdout(std::io::stdout().lock())
}

/// See [`stdout`].
pub struct Stdout(std::io::StdoutLock<'static>);

impl Stdout {
    fn note<T>(result: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &result {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                STDOUT_CLOSED.store(true, Ordering::Relaxed);
            } else if let Ok(mut failed) = STDOUT_FAILED.lock() {
                failed.get_or_insert_with(|| crate::diagnostic::plain_io_error(e));
            }
        }
        result
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Stdout::note(self.0.write(buf))
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        Stdout::note(self.0.write_all(buf))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Stdout::note(self.0.flush())
    }
}

/// Whether stdout's reader has closed the pipe (`| head`): the command ends quietly, with
/// exit code 0, as the reader had what it wanted.
pub fn stdout_closed() -> bool {
    STDOUT_CLOSED.load(Ordering::Relaxed)
}

/// The command's exit code once stdout is accounted for: a command that thinks it succeeded
/// but could not write its results says so and ends with 3 (a file could not be written).
pub fn finish(outcome: ExitStatus, lang: Lang) -> ExitStatus {
    let failed = STDOUT_FAILED.lock().ok().and_then(|mut failed| failed.take());
    match failed {
        Some(reason) if matches!(outcome, ExitStatus::Success | ExitStatus::RowErrors) => {
            error(lang, msg!("cli-cannot-write-stdout", reason = reason));
            ExitStatus::FileProblem
        }
        _ => outcome,
    }
}

/// Writes text to stderr; a closed stderr is ignored (the message has nowhere to go).
pub fn print_err(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

/// Writes `println!`-style to stdout without panicking on a closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => {{
        let _ = $crate::cli::out::print(&format!("{}\n", format_args!($($arg)*)));
    }};
}
pub(crate) use outln;

/// Writes `eprintln!`-style to stderr without panicking on a closed pipe.
macro_rules! errln {
    ($($arg:tt)*) => {{
        $crate::cli::out::print_err(&format!("{}\n", format_args!($($arg)*)));
    }};
}
pub(crate) use errln;

/// Writes `eprint!`-style to stderr without panicking on a closed pipe.
macro_rules! err {
    ($($arg:tt)*) => {{
        $crate::cli::out::print_err(&format!("{}", format_args!($($arg)*)));
    }};
}
pub(crate) use err;

/// The checked destination of an output file, or the exit code after saying why it cannot be
/// written: 2 when it is one of `inputs` or not a file, 3 when the file system refuses it.
pub fn destination<P: AsRef<Path>>(path: &Path, inputs: &[P], lang: Lang) -> Result<Destination, ExitStatus> {
    Destination::resolve(path, inputs).map_err(|e| {
        error(lang, e.message());
        if e.is_usage() { ExitStatus::Usage } else { ExitStatus::FileProblem }
    })
}

/// Says an error on stderr, `error: ...` in the chosen language (and, said by a [`super::Ui`]
/// about a rule file, the code it quotes in that file's keywords: [`Voice`]). `what` is a
/// message, or the text of an error the library gave (shown as it is).
pub fn error(voice: impl Voice, what: impl Into<Arg>) {
    errln!("{}", voice.text(&msg!("cli-error", message = what)));
}

/// Says a warning on stderr, `warning: ...` in the chosen language.
pub fn warning(voice: impl Voice, what: impl Into<Arg>) {
    errln!("{}", voice.text(&msg!("cli-warning", message = what)));
}

/// Says a line on stderr (a summary, a note) in the chosen language.
pub fn note(voice: impl Voice, message: &Message) {
    errln!("{}", voice.text(message));
}

/// Says a line on stdout in the chosen language.
pub fn say(voice: impl Voice, message: &Message) {
    outln!("{}", voice.text(message));
}
