//! Versions of the definition: the one in force, swapped whole, and the watcher that replaces it.
//!
//! The watcher polls: every `poll` (300 ms by default) it reads the rule file and every file it
//! `use`s and hashes their bytes; when one changed it loads the files again, and when their digest
//! differs from the version in force (and from the last refused one) the new version is checked.
//! The bytes, not the modification time and size: an edit of the same length saved within one
//! tick of the file system's clock (`version 3` → `version 4`) keeps both. The first poll always
//! loads and compares: a change saved between the first version's load and the watcher's start
//! is not taken for the version in force. Polling a handful of small files costs nothing, works the same on
//! every file system (network mounts, container volumes, editors that save by renaming a new file
//! over the old one), and needs no dependency; a change is served within one poll.
//!
//! A version is an `Arc<Definition>` behind a lock held only to clone or replace the `Arc`: a
//! request takes the version in force once and is judged by it whole, however long it runs,
//! while the next request may already get the next version.

use super::definition::{Definition, Refusal, load_definition};
use super::metrics::Metrics;
use crate::message::Message;
use crate::msg;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// What became of the last look at the rule files that found a change.
pub struct Reload {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Whether the version was taken (or, at start, the first version).
    pub loaded: bool,
    /// Why it was not, with its diagnostics.
    pub refusal: Option<Refusal>,
}

/// The definition in force and the last reload's outcome, shared by every request.
pub struct Versions {
    /// The rule file, or a folder of dated versions (`dated`).
    rules: PathBuf,
    /// Today's date, which chooses a folder's version in force.
    clock: super::dated::Clock,
    /// The folder's dated headers, read again only when a file changed (every poll looks).
    dated: super::dated::Cache,
    current: RwLock<Arc<Definition>>,
    last: Mutex<Arc<Reload>>,
}

impl Versions {
    /// The versions of the definition at `rules`, starting with `first`.
    pub fn new(rules: PathBuf, first: Definition, clock: super::dated::Clock) -> Versions {
        let reload = Reload { at: now(), loaded: true, refusal: None };
        Versions {
            rules,
            clock,
            dated: super::dated::Cache::default(),
            current: RwLock::new(Arc::new(first)),
            last: Mutex::new(Arc::new(reload)),
        }
    }

    /// The version in force: a request holds it for as long as it is being judged.
    pub fn current(&self) -> Arc<Definition> {
        match self.current.read() {
            Ok(current) => Arc::clone(&current),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// What the last reload did.
    pub fn last_reload(&self) -> Arc<Reload> {
        match self.last.lock() {
            Ok(last) => Arc::clone(&last),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// The rule file or folder the service was started with.
    pub fn rules_path(&self) -> &Path {
        &self.rules
    }

    /// The rule file to serve now: the one given, or the folder's version in force today (the
    /// one in force stays when none is).
    pub fn rules_file(&self) -> PathBuf {
        self.dated
            .rules_file(&self.rules, (self.clock)())
            .unwrap_or_else(|_| self.current().files().first().cloned().unwrap_or_else(|| self.rules.clone()))
    }

    /// The folder's schedule, for `/v1/definition`.
    pub fn schedule(&self) -> serde_json::Value {
        self.dated.to_json(&self.rules, (self.clock)())
    }

    fn replace(&self, definition: Definition) {
        let definition = Arc::new(definition);
        match self.current.write() {
            Ok(mut current) => *current = definition,
            Err(poisoned) => *poisoned.into_inner() = definition,
        }
    }

    fn record(&self, reload: Reload) {
        let reload = Arc::new(reload);
        match self.last.lock() {
            Ok(mut last) => *last = reload,
            Err(poisoned) => *poisoned.into_inner() = reload,
        }
    }
}

/// The current time, for the reload record.
fn now() -> String {
    let now = jiff::Timestamp::now();
    now.round(jiff::Unit::Millisecond).unwrap_or(now).to_string()
}

/// A hash of a file's bytes, or nothing when it cannot be read.
type Stamp = Option<u64>;

fn stamps(files: &[PathBuf]) -> Vec<Stamp> {
    use std::hash::{Hash, Hasher};
    files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).ok()?;
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut hasher);
            Some(hasher.finish())
        })
        .collect()
}

/// The files to watch for a version: the ones it was read from, and always the rule file itself.
fn watched(rules: &Path, definition: &Definition) -> Vec<PathBuf> {
    let mut files = definition.files();
    if files.is_empty() {
        files.push(rules.to_path_buf());
    }
    files
}

/// Watches the rule files until `stop` is set, on a thread of its own: a change that loads
/// clean replaces the version in force; a broken one is refused and logged with its reason.
pub fn spawn_watcher(
    versions: Arc<Versions>,
    metrics: Arc<Metrics>,
    poll: Duration,
    stop: Arc<AtomicBool>,
    (log, lang): (Arc<dyn Fn(Message) + Send + Sync>, crate::locale::Lang),
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new().name("rules-watcher".into()).spawn(move || {
        // The file the version in force was read from (not the one chosen now: a folder's next
        // version may already be due, and is then taken at the first poll).
        let given = versions.rules_path().to_path_buf();
        let mut files = watched(&given, &versions.current());
        let mut rules = match files.first() {
            Some(first) if given.is_dir() => first.clone(),
            _ => given,
        };
        // Nothing seen yet: the first poll loads the files and compares their digest.
        let mut seen: Vec<Stamp> = Vec::new();
        let mut refused_digest: Option<String> = None;
        while !stop.load(Ordering::Relaxed) {
            std::thread::sleep(poll);
            let now_seen = stamps(&files);
            // A folder's next version whose date has come.
            let chosen = versions.rules_file();
            if now_seen == seen && chosen == rules {
                continue;
            }
            if chosen != rules {
                rules = chosen;
                files = vec![rules.clone()];
            }
            seen = now_seen;
            let current = versions.current();
            match load_definition(&rules) {
                Ok(definition) if definition.digest == current.digest => {}
                Ok(definition) => {
                    log(msg!(
                        "serve-reloaded",
                        file = rules.display().to_string(),
                        name = definition.name.as_str(),
                        version = definition.version.as_str(),
                        digest = definition.digest.as_str()
                    ));
                    files = watched(&rules, &definition);
                    seen = stamps(&files);
                    refused_digest = None;
                    versions.replace(definition);
                    metrics.reload(true);
                    versions.record(Reload { at: now(), loaded: true, refusal: None });
                }
                Err(refusal) => {
                    if refusal.digest.is_some() && refusal.digest == refused_digest {
                        continue;
                    }
                    refused_digest.clone_from(&refusal.digest);
                    log(msg!(
                        "serve-reload-refused",
                        reason = refusal.reason.clone(),
                        version = current.version.as_str(),
                        diagnostics = crate::render::to_text(&refusal.diagnostics, &refusal.sources, false, lang)
                    ));
                    metrics.reload(false);
                    versions.record(Reload { at: now(), loaded: false, refusal: Some(refusal) });
                }
            }
        }
    })
}

/// For tests: a watcher of `versions` polling every 10 ms, logging nothing, until `stop`.
#[cfg(test)]
pub(super) fn watch_quietly(versions: &Arc<Versions>, stop: &Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
    let log: Arc<dyn Fn(Message) + Send + Sync> = Arc::new(|_| {});
    let poll = Duration::from_millis(10);
    spawn_watcher(
        Arc::clone(versions),
        Arc::new(Metrics::default()),
        poll,
        Arc::clone(stop),
        (log, crate::locale::Lang::En),
    )
    .expect("a watcher thread")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A change saved after the first version was loaded but before the watcher started, of the
    /// same length as the text it replaces, is served: the watcher's first look compares digests
    /// rather than taking what it finds for the version in force.
    #[test]
    fn a_change_saved_before_the_watcher_starts_is_served() {
        let dir = tempfile::tempdir().unwrap();
        let rules = dir.path().join("acme.rules");
        let text = std::fs::read_to_string("rules/acme.rules").unwrap();
        std::fs::write(&rules, &text).unwrap();
        let first = load_definition(&rules).unwrap_or_else(|r| panic!("{:?}", r.reason));
        let clock: super::super::dated::Clock = Arc::new(super::super::dated::system_today);
        let versions = Arc::new(Versions::new(rules.clone(), first, clock));
        std::fs::write(&rules, text.replace("version 3", "version 4")).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let watcher = watch_quietly(&versions, &stop);
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while versions.current().version != "4" {
            assert!(std::time::Instant::now() < deadline, "version 4 not served within 10 s");
            std::thread::sleep(Duration::from_millis(10));
        }
        stop.store(true, Ordering::Relaxed);
        watcher.join().unwrap();
    }
}
