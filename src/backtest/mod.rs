//! Judging a definition on the company's own history: a backtest of one definition (volume and
//! conversion per class, channel, grade and temperature; what each gate removed; won deals
//! hidden from sales) and a diff of two (the transition matrix and what the change does to the
//! leads sales gets). `model` is the data, `run` and `diff` compute it, `text` and `html` show it.

pub mod diff;
pub mod html;
pub mod model;
pub mod run;
pub mod stats;
pub mod text;

pub use model::{Backtest, DefinitionDiff};
pub use run::HistoryOptions;
