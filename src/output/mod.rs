//! Verdict rows out: the stable column layout (`columns`), the writers for CSV, JSON Lines and
//! tables (`write`), and the run summary (`summary`).

pub mod columns;
pub mod snapshot;
pub mod summary;
pub mod write;

pub use columns::{Cell, LeadRef, RowRenderer, column_names, error_cells};
pub use summary::Summary;
pub use write::{Format, RowWriter};
