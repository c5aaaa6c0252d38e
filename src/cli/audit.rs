//! `leadrules audit LOG --id ID [--at TIME] [--format text|json]`: why a lead got the verdict the service answered.
//! The library (`serve::audit::replay`) finds the lead's records in the log and re-runs each by
//! the version that judged it; this file prints each record, its explanation (the text
//! `explain` prints) and whether the re-run gives the same verdict, or (`--format json`) the
//! library's JSON report of the same.

use super::ExitStatus;
use super::out::{self, outln};
use crate::locale::Lang;
use crate::msg;
use crate::serve::audit::Record;
use crate::serve::audit::replay::{self, Until};
use crate::serve::audit::report;
use serde_json::Value;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct AuditArgs {
    /// The audit log `serve --audit-log` writes.
    #[arg(value_name = "LOG")]
    pub log: PathBuf,
    /// The lead's id: the value of the field marked `key`.
    #[arg(long, value_name = "ID")]
    pub id: String,
    /// Only the verdict in force for the lead at this time: its last record up to then. An RFC
    /// 3339 time, a local date and time with its offset from UTC (2026-11-24 17:00 +03:00), a
    /// date and time in UTC (2026-11-24 17:00), or a date (through its end, in UTC or at the
    /// offset after it).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// `text` for people, `json` for programs (the records, their re-runs and explanations).
    #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
    pub format: AuditFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AuditFormat {
    Text,
    Json,
}

pub fn run(args: AuditArgs, ui: super::Ui) -> ExitStatus {
    let lang = ui.lang;
    let until = match args.at.as_deref().map(Until::parse).transpose() {
        Ok(until) => until,
        Err(problem) => {
            out::error(lang, problem);
            return ExitStatus::Usage;
        }
    };
    let found = match replay::find(&args.log, &args.id, until) {
        Ok(found) => found,
        Err(problem) => {
            out::error(lang, problem);
            return ExitStatus::FileProblem;
        }
    };
    if let Some(bytes) = found.torn {
        out::note(lang, &msg!("audit-torn-tail", bytes = bytes));
    }
    if !found.broken.is_empty() {
        let lines: Vec<String> = found.broken.iter().map(u64::to_string).collect();
        out::warning(lang, msg!("audit-broken-lines", count = found.broken.len(), lines = lines.join(", ")));
    }
    let reruns: Vec<_> = found.records.iter().map(|(_, record)| replay::rerun(&args.log, record, lang)).collect();
    let mut status = ExitStatus::Success;
    for rerun in &reruns {
        match rerun {
            Ok(rerun) if !rerun.differences.is_empty() && status == ExitStatus::Success => {
                status = ExitStatus::RuleErrors;
            }
            Ok(_) => {}
            Err(_) => status = ExitStatus::FileProblem,
        }
    }
    if found.records.is_empty() {
        let problem = match &args.at {
            Some(at) => msg!("audit-no-record-until", id = args.id.as_str(), at = at.as_str()),
            None => msg!("audit-no-record", id = args.id.as_str()),
        };
        out::error(lang, problem);
        status = ExitStatus::FileProblem;
    }
    if args.format == AuditFormat::Json {
        let log = args.log.display().to_string();
        let report = report::to_json(&log, &args.id, args.at.as_deref(), &found, &reruns, lang);
        out::print(&format!("{}\n", serde_json::to_string_pretty(&report).unwrap_or_default()));
        return status;
    }
    for (i, ((line, record), rerun)) in found.records.iter().zip(&reruns).enumerate() {
        if i > 0 {
            outln!("");
        }
        outln!("{}", lang.text(&heading(*line, record, lang)));
        match rerun {
            Ok(rerun) => {
                if !rerun.same_texts {
                    out::warning(lang, msg!("audit-texts-changed", digest = record.definition.digest.as_str()));
                }
                match &rerun.explanation {
                    Ok(trace) => {
                        out::print(trace);
                    }
                    Err(problem) => outln!("{}", lang.text(problem)),
                }
                if rerun.differences.is_empty() {
                    outln!("{}", lang.text(&msg!("audit-rerun-same")));
                } else {
                    let changes: Vec<String> = rerun
                        .differences
                        .iter()
                        .map(|(what, logged, now)| format!("{what}: {} → {}", shown(logged, lang), shown(now, lang)))
                        .collect();
                    outln!("{}", lang.text(&msg!("audit-rerun-differs", changes = changes.join("; "))));
                }
            }
            Err(problem) => out::error(lang, problem.clone()),
        }
    }
    status
}

/// The line that introduces a record: when, by which version, what was answered.
fn heading(line: u64, record: &Record, lang: Lang) -> crate::message::Message {
    msg!(
        "audit-record",
        line = line,
        id = record.id.as_deref().unwrap_or(""),
        at = record.at.as_str(),
        name = record.definition.name.as_str(),
        version = record.definition.version.as_str(),
        digest = record.definition.digest.as_str(),
        class = shown(&record.class, lang),
        score = shown(&record.score, lang),
        respond_by = shown(&record.respond_by, lang)
    )
}

/// A logged value for people: text as it is, nothing as "none".
fn shown(value: &Value, lang: Lang) -> String {
    match value {
        Value::Null => lang.text(&msg!("audit-none")),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}
