//! Running leads: the library stage that turns a lead file into verdicts, for the commands and
//! for any other front end (a service, a SQL function). It owns
//! - opening the leads (`open`: a file or standard input) and naming the files a run reads,
//!   which its output must not replace;
//! - the per-lead step, written once (`judge`): a read row's values go through the evaluator
//!   and come out a verdict, or the reason the lead gets an error row; `qualify`, `snapshot`,
//!   `backtest` and `diff` all judge their leads with it;
//! - the verdict rows of `qualify`, written in input order on one thread (`qualify`) or many
//!   (`parallel`, the ordered pipeline behind `--jobs`), with `output`'s writers;
//! - the verdicts of a snapshot (`snapshot`).
//!
//! It prints nothing. A run ends with a value: its summary (and the warnings it found, for the
//! caller to show), or a [`RunError`] saying why it could not finish. The reader's own warnings
//! are [`crate::input::LeadReader::warnings`], known before the run starts.
#![warn(missing_docs)]

pub mod error;
pub mod judge;
pub mod open;
pub mod parallel;
pub mod qualify;
pub mod snapshot;

pub use error::RunError;
pub use judge::{Judged, Judgement, LeadJudge};
pub use open::{inputs_of, open_leads};
pub use qualify::{Carried, Qualifier, qualify_all, qualify_with_jobs};
pub use snapshot::{SnapshotTaken, take_snapshot};

#[cfg(test)]
mod tests;
