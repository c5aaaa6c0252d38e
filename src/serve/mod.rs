//! `leadrules serve`: judging leads as they arrive, over HTTP. The HTTP layer is a thin shell
//! around the library: every verdict is judged by `run::Qualifier` (the very step `qualify`
//! runs) and written by `output`'s JSON Lines writer, so an answer holds the same fields and
//! values as `qualify --format jsonl`; `explain` and `check` answer with the same library code
//! as their commands.
//!
//! Module map: `definition` (the definition in force: loading one, its digest, the checks a new
//! version must pass), `watch` (polling the rule files and swapping versions atomically), `dated` (a folder of
//! versions dated by `effective`: which is in force, which is next),
//! `leads` (a request's leads read with `input` and judged), `body` (the request body: JSON,
//! JSON Lines, a CRM's form-encoded webhook), `answer` (answers and API errors, in the
//! request's language), `etag` (conditional GET of the definition and the pages: `ETag`, 304),
//! `routes` (the axum router), `front` (what every request passes first: the token, the limits,
//! the metrics), `metrics` (the Prometheus text), `listen` (the
//! connections: their limit, the header limits, graceful shutdown), `audit` (the audit log:
//! every verdict answered made durable first, and `leadrules audit` re-running one), `page` (the
//! committee's page: the definition, a form to try a lead, an editor that shows what a change
//! would move).
//!
//! It prints nothing: what a person should know (a version loaded or refused, the service
//! stopping) is handed to the caller's log as a [`Message`].
#![warn(missing_docs)]

pub mod answer;
pub mod audit;
pub mod body;
pub mod dated;
pub mod definition;
pub mod etag;
pub mod front;
pub mod leads;
pub mod listen;
pub mod metrics;
pub mod page;
pub mod routes;
pub mod watch;

use crate::locale::Lang;
use crate::message::Message;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use definition::{Definition, Refusal};
pub use listen::{ServeError, Server};

/// The limits on what one request and the whole service may take; each, when passed, is a
/// clear 4xx (or 503) answer, never a crash.
#[derive(Clone, Debug)]
pub struct Limits {
    /// The most bytes a request body may have (413 past it).
    pub body_bytes: usize,
    /// The most leads one request may carry (413 past it).
    pub batch_leads: usize,
    /// The most bytes the request line and headers may take (431 past it); at least 8 KiB.
    pub header_bytes: usize,
    /// The most connections open at once; one more is answered 503 and closed.
    pub connections: usize,
    /// How long reading a body and judging it may take (408 while reading, 503 after).
    pub request_time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            body_bytes: 32 * 1024 * 1024,
            batch_leads: 100_000,
            header_bytes: 16 * 1024,
            connections: 1024,
            request_time: Duration::from_secs(30),
        }
    }
}

/// What a service is started with.
pub struct Config {
    /// The definition's rule file, or a folder of its dated versions (`dated`); the file
    /// served and the files it `use`s are watched.
    pub rules: PathBuf,
    /// Where to listen.
    pub listen: SocketAddr,
    /// The bearer token every route but `/healthz` requires; `None` serves without one (only
    /// on a loopback address).
    pub token: Option<String>,
    /// The language of answers whose request names none (`Accept-Language`), and of the log.
    pub lang: Lang,
    /// The limits.
    pub limits: Limits,
    /// A lead file whose leads the editor's page judges under a changed text (`--sample`).
    pub sample: Option<PathBuf>,
    /// How often the rule files are looked at for a change.
    pub poll: Duration,
    /// Today's date, which chooses the version in force of a folder of dated versions.
    pub today: dated::Clock,
    /// The audit log to append every verdict to before it is answered (`--audit-log FILE`).
    pub audit_log: Option<PathBuf>,
    /// Where what a person should know goes (the command line prints it to stderr).
    pub log: Arc<dyn Fn(Message) + Send + Sync>,
}
