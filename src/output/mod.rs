//! Verdict rows out: the stable column layout (`columns`), the writers for CSV, JSON Lines and
//! tables (`write`), the run summary (`summary`), and the files they go to (`destination`).

pub mod columns;
pub mod destination;
pub mod snapshot;
pub mod summary;
pub mod write;

pub use columns::{Cell, LeadRef, RowRenderer, column_names, error_cells};
pub use summary::Summary;
pub use write::{Format, RowWriter};
