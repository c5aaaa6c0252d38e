//! Why a run could not finish, as a value: the commands word it (`Display`) and choose the exit
//! code; a service can match on it.

use crate::diagnostic::plain_io_error;
use crate::input::InputError;
use std::fmt;

/// Why a run stopped before every lead had its row.
#[derive(Debug)]
pub enum RunError {
    /// The lead file broke off in the middle (an I/O error, broken JSON structure): nothing is
    /// written after it, so `-o` leaves no file.
    Input(InputError),
    /// The verdicts could not be written (a full disk, a closed pipe).
    Write(std::io::Error),
    /// A worker thread could not render its rows into memory.
    Render(std::io::Error),
    /// A worker thread failed (a bug) while judging the batch of leads starting at this row.
    WorkerFailed {
        /// The first row of the batch the worker was judging.
        first_row: u64,
    },
    /// A worker thread stopped before handing back every batch it took (a bug).
    WorkerStopped,
    /// The reading thread failed (a bug).
    ReaderFailed,
    /// The reading thread stopped before the end of the leads, though nothing else failed.
    ReadingStopped,
    /// A snapshot holds at most `most` leads, and the lead file has more.
    TooManyLeads {
        /// How many leads a snapshot holds at most.
        most: usize,
    },
}

impl RunError {
    /// The row where the run failed, when one row is to blame.
    pub fn row(&self) -> Option<u64> {
        match self {
            RunError::WorkerFailed { first_row } => Some(*first_row),
            _ => None,
        }
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Input(e) => {
                write!(f, "{e}; no verdicts were written, since the leads after this point could not be read")
            }
            RunError::Write(e) => write!(f, "cannot write the verdicts: {}", plain_io_error(e)),
            RunError::Render(e) => write!(f, "cannot render the verdicts: {e}"),
            RunError::WorkerFailed { first_row } => write!(
                f,
                "leadrules failed while evaluating the leads from row {first_row} on (a bug; please report it)"
            ),
            RunError::WorkerStopped => write!(f, "a worker thread stopped before finishing its leads"),
            RunError::ReaderFailed => write!(f, "leadrules failed while reading the leads (a bug; please report it)"),
            RunError::ReadingStopped => write!(f, "the run stopped before all leads were read"),
            RunError::TooManyLeads { most } => write!(
                f,
                "a snapshot holds at most {most} leads, and this lead file has more; a snapshot is \
                 the committee's reference leads (hundreds or thousands), compared lead by lead\n\
                 help: take a sample of the export for the snapshot, and use `leadrules qualify` for the whole file"
            ),
        }
    }
}

impl std::error::Error for RunError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RunError::Write(e) | RunError::Render(e) => Some(e),
            _ => None,
        }
    }
}
