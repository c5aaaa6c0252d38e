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
    /// Reads `--at`: an RFC 3339 moment (`2026-11-24T17:00:00+03:00`, `Z` for UTC); a local date
    /// and time with its offset from UTC (`2026-11-24 17:00 +03:00`, `+0300`, `+03`, `UTC+3`);
    /// a date and time without one, in UTC (`2026-11-24 17:00`); or a date (`2026-11-24`,
    /// through the end of that day: in UTC, or at the offset written after it,
    /// `2026-11-24 +03:00`).
    pub fn parse(text: &str) -> Result<Until, Message> {
        let text = text.trim();
        let bad = || msg!("audit-bad-time", text = text);
        if let Ok(moment) = text.parse::<jiff::Timestamp>() {
            return Ok(Until { bound: moment, inclusive: true });
        }
        let (civil, offset) = split_offset(text).ok_or_else(bad)?;
        // A date alone (the civil date-time reader would take it as its midnight).
        if civil.len() <= 10 {
            let day = civil.parse::<jiff::civil::Date>().map_err(|_| bad())?;
            let next = day.tomorrow().map_err(|_| bad())?;
            let bound = offset.to_timestamp(next.at(0, 0, 0, 0)).map_err(|_| bad())?;
            return Ok(Until { bound, inclusive: false });
        }
        let moment = civil.parse::<jiff::civil::DateTime>().map_err(|_| bad())?;
        let bound = offset.to_timestamp(moment).map_err(|_| bad())?;
        Ok(Until { bound, inclusive: true })
    }

    fn admits(self, at: &str) -> bool {
        match at.parse::<jiff::Timestamp>() {
            Ok(at) if self.inclusive => at <= self.bound,
            Ok(at) => at < self.bound,
            Err(_) => false,
        }
    }
}

/// A date or date and time, and the offset from UTC written after it (UTC when none is):
/// `Z`, `+03:00`, `+0300`, `+03`, `-5`, `UTC+3`, `GMT-05:30`, with or without a space before it.
fn split_offset(text: &str) -> Option<(&str, jiff::tz::Offset)> {
    let utc = jiff::tz::Offset::UTC;
    if let Some(civil) = text.strip_suffix(['Z', 'z']) {
        return Some((civil.trim_end(), utc));
    }
    // The sign of an offset comes after the date's own dashes (`2026-11-24` is 10 characters).
    let sign_at = text.char_indices().skip(10).filter(|(_, c)| matches!(c, '+' | '-')).map(|(i, _)| i).last();
    let named_at = ["UTC", "GMT", "utc", "gmt"].iter().filter_map(|name| text.rfind(name)).max();
    let start = match (named_at, sign_at) {
        (Some(named), _) if named >= 10 => named,
        (_, Some(sign)) => sign,
        _ => return Some((text, utc)),
    };
    let offset = parse_offset(&text[start..])?;
    Some((text[..start].trim_end().trim_end_matches('T'), offset))
}

/// `+03:00`, `+0300`, `+03`, `+3`, `-05:30`, `UTC`, `UTC+3`, `GMT-5`.
fn parse_offset(text: &str) -> Option<jiff::tz::Offset> {
    let text = text.trim();
    let text = ["UTC", "GMT", "utc", "gmt"].iter().find_map(|name| text.strip_prefix(name)).unwrap_or(text).trim();
    if text.is_empty() {
        return Some(jiff::tz::Offset::UTC);
    }
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (hours, minutes) = match rest.split_once(':') {
        Some((hours, minutes)) => (hours, minutes),
        None if rest.len() == 4 => rest.split_at(2),
        None => (rest, "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || !digits(minutes) {
        return None;
    }
    let (hours, minutes): (i32, i32) = (hours.parse().ok()?, minutes.parse().ok()?);
    if hours > 18 || minutes > 59 {
        return None;
    }
    jiff::tz::Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(text: &str) -> (String, bool) {
        let until = Until::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        (until.bound.to_string(), until.inclusive)
    }

    #[test]
    fn at_reads_local_times_with_their_offset() {
        let moscow = ("2026-11-24T14:00:00Z".to_string(), true);
        for text in [
            "2026-11-24T17:00:00+03:00",
            "2026-11-24 17:00+03:00",
            "2026-11-24 17:00 +03:00",
            "2026-11-24 17:00 +0300",
            "2026-11-24 17:00 +03",
            "2026-11-24T17:00 +3",
            "2026-11-24 17:00 UTC+3",
            "2026-11-24 17:00 GMT+03:00",
            " 2026-11-24 14:00 ",
            "2026-11-24 14:00 UTC",
            "2026-11-24 14:00Z",
            "2026-11-24T09:00-05:00",
            "2026-11-24 09:00 -05",
        ] {
            assert_eq!(bound(text), moscow, "{text}");
        }
        assert_eq!(bound("2026-11-24 19:30 +05:30"), moscow);
        // A date runs through its end, at its offset.
        assert_eq!(bound("2026-11-24"), ("2026-11-25T00:00:00Z".to_string(), false));
        assert_eq!(bound("2026-11-24 +03:00"), ("2026-11-24T21:00:00Z".to_string(), false));
        assert_eq!(bound("2026-11-24-05"), ("2026-11-25T05:00:00Z".to_string(), false));
        for text in [
            "last tuesday",
            "2026-11-24 17:00 +25:00",
            "2026-11-24 17:00 +3:75",
            "2026-11-24 17:00 MSK",
            "17:00 +03:00",
            "",
        ] {
            assert_eq!(Until::parse(text).map_err(|e| e.id().to_string()), Err("audit-bad-time".to_string()), "{text}");
        }
    }
}
