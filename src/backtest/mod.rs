//! Judging a definition on the company's own history: a backtest of one definition (volume and
//! conversion per class, channel, grade and temperature; what each gate removed; won deals
//! hidden from sales) and a diff of two (the transition matrix and what the change does to the
//! leads sales gets). `model` is the data, `run` and `diff` compute it (`history` opens a history
//! and judges it whole), `text` and `html` show it, with the figures written as `figures` says.

pub mod analysis;
pub mod bands;
pub mod by;
pub mod coverage;
pub mod diff;
pub mod figures;
pub mod history;
pub mod html;
pub mod model;
pub mod outcome_hint;
pub mod outcomes;
pub mod run;
pub mod spellings;
pub mod stats;
pub mod suggest;
pub mod tables;
pub mod text;
pub mod trace;
pub mod value;
pub mod why;
pub mod why_text;

pub use model::{Backtest, DefinitionDiff};
pub use run::HistoryOptions;
