//! Reading the audit log back, and re-running a logged verdict: "why was this lead MQL last
//! Tuesday". The log is read line by line; the records of one lead (up to a time) are found; a
//! record's version is loaded from the texts kept beside the log, its lead read from the input
//! fields logged, by the same reader the service used, and judged and explained again by the
//! library (`run::judge::explain_lead`, the text `explain` prints). The re-run's class, score
//! and respond-by are compared with the logged ones.
//!
//! A last line without its line break is a record torn by a crash while it was being written:
//! its request was never answered (an answer waits until its record is durable), so it is left
//! out and said as such. Any other line that is not a record is left out and named by its line.

use super::super::body::Leads;
use super::super::definition::{Definition, from_texts};
use super::super::leads;
use super::record::Record;
use super::store;
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::span::SourceFile;
use serde_json::Value;
use std::io::BufRead;
use std::path::Path;

/// Up to when records count: through a moment, or before the end of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Until {
    bound: jiff::Timestamp,
    /// Whether a record at `bound` itself counts.
    inclusive: bool,
}

impl Until {
    /// Reads `--at`: an RFC 3339 moment (`2026-11-24T17:00:00+03:00`), a date and time in UTC
    /// (`2026-11-24 17:00`), or a date in UTC (`2026-11-24`: through the end of that day).
    pub fn parse(text: &str) -> Result<Until, Message> {
        let text = text.trim();
        if let Ok(moment) = text.parse::<jiff::Timestamp>() {
            return Ok(Until { bound: moment, inclusive: true });
        }
        // A date alone (the civil date-time reader would take it as its midnight).
        if text.len() <= 10 {
            if let Ok(day) = text.parse::<jiff::civil::Date>()
                && let Ok(next) = day.tomorrow()
                && let Ok(next) = jiff::tz::Offset::UTC.to_timestamp(next.at(0, 0, 0, 0))
            {
                return Ok(Until { bound: next, inclusive: false });
            }
        } else if let Ok(moment) = text.parse::<jiff::civil::DateTime>()
            && let Ok(moment) = jiff::tz::Offset::UTC.to_timestamp(moment)
        {
            return Ok(Until { bound: moment, inclusive: true });
        }
        Err(msg!("audit-bad-time", text = text))
    }

    fn admits(self, at: &str) -> bool {
        match at.parse::<jiff::Timestamp>() {
            Ok(at) if self.inclusive => at <= self.bound,
            Ok(at) => at < self.bound,
            Err(_) => false,
        }
    }
}

/// What reading the log found.
#[derive(Debug, Default)]
pub struct Found {
    /// The records wanted, with the line each is on.
    pub records: Vec<(u64, Record)>,
    /// The bytes of a torn last record, left out.
    pub torn: Option<u64>,
    /// The lines (1-based) that are whole lines but not records, left out.
    pub broken: Vec<u64>,
}

/// The records of the lead `id` in the log at `path`; with `until`, only the last record up
/// to then (the verdict in force for the lead at that time).
pub fn find(path: &Path, id: &str, until: Option<Until>) -> Result<Found, Message> {
    let failed = |e: &std::io::Error| {
        msg!("audit-cannot-read-log", path = path.display().to_string(), reason = crate::diagnostic::plain_io_error(e))
    };
    let file = std::fs::File::open(path).map_err(|e| failed(&e))?;
    let mut reader = std::io::BufReader::with_capacity(256 * 1024, file);
    let mut found = Found::default();
    let mut line = Vec::new();
    let mut number = 0u64;
    loop {
        line.clear();
        let read = reader.read_until(b'\n', &mut line).map_err(|e| failed(&e))?;
        if read == 0 {
            break;
        }
        number += 1;
        let whole = line.last() == Some(&b'\n');
        if line.iter().all(u8::is_ascii_whitespace) && whole {
            continue;
        }
        match serde_json::from_slice::<Record>(&line) {
            Ok(record) if whole => {
                let wanted = record.id.as_deref().map(str::trim) == Some(id.trim())
                    && until.is_none_or(|until| until.admits(&record.at));
                if wanted {
                    found.records.push((number, record));
                }
            }
            _ if !whole => found.torn = Some(line.len() as u64),
            _ => found.broken.push(number),
        }
    }
    if until.is_some()
        && let Some(last) = found.records.pop()
    {
        found.records = vec![last];
    }
    Ok(found)
}

/// A logged verdict judged again by its version.
pub struct Rerun {
    /// The explanation, as `explain` prints it, or why the lead cannot be judged.
    pub explanation: Result<String, Message>,
    /// The verdict row of the re-run, as `qualify --format jsonl` writes it.
    pub verdict: Value,
    /// Where the re-run's class, score or respond-by differ from the logged: (what, logged, now).
    pub differences: Vec<(&'static str, Value, Value)>,
    /// Whether the kept texts load to the logged digest (they do, unless the program's
    /// standard frameworks changed since, or the kept files were edited).
    pub same_texts: bool,
}

/// Re-runs `record` of the log at `log` by the version that judged it.
pub fn rerun(log: &Path, record: &Record, lang: Lang) -> Result<Rerun, Message> {
    let definition = version(log, &record.definition.digest)?;
    let same_texts = definition.digest == record.definition.digest;
    let bytes = serde_json::to_vec(&record.lead).unwrap_or_default();
    let name = record.id.clone().unwrap_or_else(|| lang.text(&msg!("serve-explain-lead-name")));
    let read = leads::read(&definition, Leads::One(bytes), 1, lang)
        .map_err(|e| msg!("audit-cannot-read-lead", lead = name.as_str(), problem = e.message().clone()))?;
    let verdicts = leads::judge(&definition, &read.rows, lang)
        .map_err(|e| msg!("audit-cannot-read-lead", lead = name.as_str(), problem = e.message().clone()))?;
    let verdict: Value = serde_json::from_slice(&verdicts.jsonl).unwrap_or(Value::Null);
    let explanation = match read.rows.first().map(|row| &row.values) {
        Some(Ok(lead)) => crate::run::judge::explain_lead(&definition.rules, lead, &name, lang),
        Some(Err(problem)) => Err(problem.message()),
        None => Err(msg!("serve-no-lead")),
    };
    let differences = record
        .outcome()
        .into_iter()
        .filter(|(what, logged)| verdict[*what] != **logged)
        .map(|(what, logged)| (what, logged.clone(), verdict[what].clone()))
        .collect();
    Ok(Rerun { explanation, verdict, differences, same_texts })
}

/// The version with `digest`, loaded from the texts kept beside the log.
fn version(log: &Path, digest: &str) -> Result<Definition, Message> {
    let mut texts = store::texts(&store::folder_of(log), digest)?.into_iter();
    let Some((name, text)) = texts.next() else {
        return Err(msg!("audit-texts-empty", digest = digest));
    };
    let used: Vec<(String, String)> = texts.collect();
    from_texts(SourceFile::new(name, text), &used)
        .map_err(|refusal| msg!("audit-version-refused", digest = digest, reason = refusal.reason))
}
