//! Verdict rows out: the stable column layout (`columns`), the writers for CSV, JSON Lines,
//! tables and workbooks (`write`, with `table` and `xlsx`), the run summary (`summary`), and the files they go to (`destination`).
#![warn(missing_docs)]

pub mod columns;
pub mod destination;
pub mod kept;
pub mod snapshot;
pub mod summary;
pub mod table;
pub mod write;
pub mod xlsx;

pub use columns::{Cell, LeadRef, RowRenderer, RowTexts, column_names, error_cells};
pub use kept::KeptColumns;
pub use summary::Summary;
pub use write::{Format, JsonKeys, RowWriter};
