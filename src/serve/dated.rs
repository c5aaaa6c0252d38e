//! A rules folder holding several versions of one definition, each dated by the `effective`
//! date of its header (`definition "ACME Cloud" version 4 effective 2027-01-01`): the version in
//! force is the one whose date came last (by the service's clock, a UTC date), the next is the
//! one whose date comes first after today. The folder's own `*.rules` files with an `effective`
//! date are its versions (the files they `use`, without one, are not); two versions dated the
//! same day are told apart by their file names, the later name winning.
//!
//! The clock is handed in, so that a test can move the date rather than wait for it.
//!
//! The service looks at the schedule at every poll: a [`Cache`] keeps each file's dated header
//! by its modification time and size, so that a poll that finds no file changed lists the folder
//! and reads no file's text again.

use crate::message::Message;
use crate::msg;
use jiff::civil::Date;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// Today's date, as the service sees it.
pub type Clock = Arc<dyn Fn() -> Date + Send + Sync>;

/// Today's date in UTC, from the system's clock.
pub fn system_today() -> Date {
    jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::now()).date()
}

/// One dated version in the folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dated {
    /// Its file.
    pub file: PathBuf,
    /// `version V` as written, or empty.
    pub version: String,
    /// Its `effective` date.
    pub effective: Date,
}

/// The version in force today and the next one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schedule {
    /// The version whose date came last, if any has come.
    pub in_force: Option<Dated>,
    /// The first version whose date is still to come.
    pub next: Option<Dated>,
}

/// A file's modification time and size.
type Stamp = (Option<SystemTime>, u64);

/// The dated headers of a folder's files, each read again only when its modification time or
/// size changed.
#[derive(Default)]
pub struct Cache {
    /// Each `*.rules` file seen: its stamp when read, and its dated header (none without one).
    files: Mutex<HashMap<PathBuf, (Stamp, Option<Dated>)>>,
    /// How many files' texts were read so far.
    reads: AtomicU64,
}

impl Cache {
    /// How many files' texts were read so far (the rest came from the cache).
    pub fn reads(&self) -> u64 {
        self.reads.load(Ordering::Relaxed)
    }

    /// The dated versions in `folder`, by date (then file name).
    pub fn versions_in(&self, folder: &Path) -> Vec<Dated> {
        let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
        let files: Vec<(PathBuf, Stamp)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rules"))
            .filter_map(|p| {
                let meta = std::fs::metadata(&p).ok().filter(std::fs::Metadata::is_file)?;
                Some((p, (meta.modified().ok(), meta.len())))
            })
            .collect();
        let mut cached = match self.files.lock() {
            Ok(cached) => cached,
            Err(poisoned) => poisoned.into_inner(),
        };
        cached.retain(|file, _| files.iter().any(|(f, _)| f == file));
        let mut dated = Vec::new();
        for (file, stamp) in files {
            let header = match cached.get(&file) {
                Some((seen, header)) if *seen == stamp => header.clone(),
                _ => {
                    self.reads.fetch_add(1, Ordering::Relaxed);
                    let header = read_header(&file);
                    cached.insert(file, (stamp, header.clone()));
                    header
                }
            };
            dated.extend(header);
        }
        dated.sort_by(|a, b| a.effective.cmp(&b.effective).then_with(|| a.file.cmp(&b.file)));
        dated
    }

    /// The schedule of the versions in `folder` on `today`.
    pub fn schedule(&self, folder: &Path, today: Date) -> Schedule {
        let versions = self.versions_in(folder);
        let in_force = versions.iter().rev().find(|v| v.effective <= today).cloned();
        let next = versions.iter().find(|v| v.effective > today).cloned();
        Schedule { in_force, next }
    }

    /// The rule file to serve: `rules` itself, or for a folder the version in force on `today`.
    pub fn rules_file(&self, rules: &Path, today: Date) -> Result<PathBuf, Message> {
        if !rules.is_dir() {
            return Ok(rules.to_path_buf());
        }
        let schedule = self.schedule(rules, today);
        match (schedule.in_force, schedule.next) {
            (Some(in_force), _) => Ok(in_force.file),
            (None, Some(next)) => Err(msg!(
                "serve-no-version-in-force",
                folder = rules.display().to_string(),
                file = next.file.display().to_string(),
                date = next.effective.to_string()
            )),
            (None, None) => Err(msg!("serve-no-dated-version", folder = rules.display().to_string())),
        }
    }

    /// The schedule as `/v1/definition` shows it (`null`s for a single rule file's `next`).
    pub fn to_json(&self, rules: &Path, today: Date) -> serde_json::Value {
        let shown = |dated: &Option<Dated>| match dated {
            Some(d) => serde_json::json!({
                "file": d.file.display().to_string(), "version": d.version, "effective": d.effective.to_string()
            }),
            None => serde_json::Value::Null,
        };
        if !rules.is_dir() {
            return serde_json::json!({ "today": today.to_string(), "next": null });
        }
        let schedule = self.schedule(rules, today);
        serde_json::json!({ "today": today.to_string(), "in_force": shown(&schedule.in_force), "next": shown(&schedule.next) })
    }
}

/// A file's dated header: its `effective` date and version, or nothing without a date.
fn read_header(file: &Path) -> Option<Dated> {
    let text = crate::compile::read::read_rule_file(file).ok()?;
    let header = crate::syntax::parse(&text).file.header?;
    let effective = header.effective?.node;
    let version = header.version.map_or_else(String::new, |v| v.node);
    Some(Dated { file: file.to_path_buf(), version, effective })
}

/// The dated versions in `folder`, by date (then file name), read afresh.
pub fn versions_in(folder: &Path) -> Vec<Dated> {
    Cache::default().versions_in(folder)
}

/// The schedule of the versions in `folder` on `today`, read afresh.
pub fn schedule(folder: &Path, today: Date) -> Schedule {
    Cache::default().schedule(folder, today)
}

/// The rule file to serve (`Cache::rules_file`), the folder read afresh.
pub fn rules_file(rules: &Path, today: Date) -> Result<PathBuf, Message> {
    Cache::default().rules_file(rules, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::watch::Versions;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::{Duration, Instant};

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string("rules/acme.rules").unwrap();
        for (file, version, date) in
            [("a.rules", "3", "2026-12-01"), ("b.rules", "4", "2027-01-01"), ("c.rules", "5", "2027-02-01")]
        {
            let dated = text.replace("version 3 effective 2026-12-01", &format!("version {version} effective {date}"));
            std::fs::write(dir.path().join(file), dated).unwrap();
        }
        // A file without a date is not a version.
        std::fs::write(dir.path().join("notes.rules"), "definition \"ACME Cloud\" version 9\n").unwrap();
        dir
    }

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn the_version_whose_date_came_last_is_in_force() {
        let dir = folder();
        let on = |date: &str| {
            let s = schedule(dir.path(), day(date));
            (s.in_force.map(|d| d.version), s.next.map(|d| d.version))
        };
        assert_eq!(on("2026-11-30"), (None, Some("3".into())));
        assert_eq!(on("2026-12-01"), (Some("3".into()), Some("4".into())));
        assert_eq!(on("2027-01-15"), (Some("4".into()), Some("5".into())));
        assert_eq!(on("2030-01-01"), (Some("5".into()), None));
        let refused = rules_file(dir.path(), day("2026-11-30")).unwrap_err();
        assert_eq!(refused.id(), "serve-no-version-in-force");
        assert_eq!(rules_file(dir.path(), day("2027-01-01")).unwrap(), dir.path().join("b.rules"));
    }

    #[test]
    fn a_poll_that_finds_no_file_changed_reads_no_text() {
        let dir = folder();
        let cache = Cache::default();
        let today = day("2027-01-15");
        assert_eq!(cache.schedule(dir.path(), today).in_force.map(|d| d.version), Some("4".into()));
        assert_eq!(cache.reads(), 4, "each of the folder's four .rules files is read once");
        for _ in 0..5 {
            assert_eq!(cache.rules_file(dir.path(), today).unwrap(), dir.path().join("b.rules"));
            let _ = cache.to_json(dir.path(), today);
        }
        assert_eq!(cache.reads(), 4, "no file changed, so none was read again");
        // A changed file is read again (and only it); a removed one is forgotten.
        let text = std::fs::read_to_string(dir.path().join("b.rules")).unwrap();
        std::fs::write(dir.path().join("b.rules"), text.replace("effective 2027-01-01", "effective 2027-01-20") + "\n")
            .unwrap();
        assert_eq!(cache.schedule(dir.path(), today).in_force.map(|d| d.version), Some("3".into()));
        assert_eq!(cache.reads(), 5);
        std::fs::remove_file(dir.path().join("c.rules")).unwrap();
        assert_eq!(cache.schedule(dir.path(), today).next.map(|d| d.version), Some("4".into()));
        assert_eq!(cache.reads(), 5);
    }

    #[test]
    fn the_service_switches_when_the_next_date_comes() {
        let dir = folder();
        let today = Arc::new(Mutex::new(day("2026-12-31")));
        let clock: Clock = {
            let today = Arc::clone(&today);
            Arc::new(move || *today.lock().unwrap())
        };
        let first = rules_file(dir.path(), clock()).unwrap();
        let first = crate::serve::definition::load_definition(&first).unwrap_or_else(|r| panic!("{:?}", r.reason));
        let versions = Arc::new(Versions::new(dir.path().to_path_buf(), first, Arc::clone(&clock)));
        assert_eq!(versions.current().version, "3");
        let stop = Arc::new(AtomicBool::new(false));
        let watcher = crate::serve::watch::watch_quietly(&versions, &stop);
        *today.lock().unwrap() = day("2027-01-01");
        let deadline = Instant::now() + Duration::from_secs(10);
        while versions.current().version != "4" {
            assert!(Instant::now() < deadline, "not switched to version 4 within 10 s");
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(versions.rules_file(), dir.path().join("b.rules"));
        stop.store(true, Ordering::Relaxed);
        watcher.join().unwrap();
    }
}
