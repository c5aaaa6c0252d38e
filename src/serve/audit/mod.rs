//! The audit log of `serve --audit-log FILE`: every verdict the service answers is first made
//! durable as one JSON line (the lead's key, the time, the version that judged it, its class,
//! score and respond-by, and the lead as it was sent), and each version's rule texts are kept
//! once beside the log, so that `leadrules audit` can re-run a logged verdict later.
//!
//! Module map: `record` (one logged verdict, and the records of an answer), `writer` (the one
//! thread that appends the records and makes them durable in batches: group commit), `store`
//! (each version's texts, kept once by digest in `FILE.d/`), `replay` (reading the log back,
//! tolerant of a torn last line, and re-running a record's version on its lead), `report` (what
//! `audit --format json` prints).
//!
//! The guarantee: an answer with verdicts is sent only after their records are written and
//! `fdatasync`ed; a record that cannot be made durable fails its request with 503.

pub mod record;
pub mod replay;
pub mod report;
pub mod store;
pub mod writer;

pub use record::Record;
pub use writer::AuditLog;
