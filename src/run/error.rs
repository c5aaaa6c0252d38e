//! Why a run could not finish, as a value: the commands word it (`Display`) and choose the exit
//! code; a service can match on it.

use crate::input::InputError;
use crate::input::error::io_reason;
use crate::message::Message;
use crate::msg;
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

impl RunError {
    /// Why the run stopped, in words, to be said in the chosen language.
    pub fn message(&self) -> Message {
        match self {
            RunError::Input(e) => msg!("run-input-broke", error = e.message()),
            RunError::Write(e) => msg!("run-write", reason = io_reason(e)),
            RunError::Render(e) => msg!("run-render", reason = io_reason(e)),
            RunError::WorkerFailed { first_row } => msg!("run-worker-failed", row = first_row.to_string()),
            RunError::WorkerStopped => msg!("run-worker-stopped"),
            RunError::ReaderFailed => msg!("run-reader-failed"),
            RunError::ReadingStopped => msg!("run-reading-stopped"),
            RunError::TooManyLeads { most } => msg!("run-too-many-leads", most = most.to_string()),
        }
    }
}

impl fmt::Display for RunError {
    /// In English (see [`RunError::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
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
