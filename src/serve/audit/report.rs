//! `leadrules audit --format json`: what `audit` finds and re-runs, as one JSON document for
//! programs. Each record as logged (its line, time, key, version, class, score, respond-by and
//! lead), then its re-run by the same version: the verdict row as `qualify --format jsonl`
//! writes it, whether it is the logged one and, when not, each difference; the explanation
//! `explain` prints; or why the record could not be re-run. Keys stay English; the texts follow
//! the language asked for.

use super::record::Record;
use super::replay::{Found, Rerun};
use crate::locale::Lang;
use crate::message::Message;
use serde_json::{Value, json};

/// The whole report: the log, the lead asked for, `--at`, the records with their re-runs, and
/// what was left out of the log (a torn last record's bytes, the lines that are not records).
pub fn to_json(
    log: &str,
    id: &str,
    at: Option<&str>,
    found: &Found,
    reruns: &[Result<Rerun, Message>],
    lang: Lang,
) -> Value {
    let records: Vec<Value> =
        found.records.iter().zip(reruns).map(|((line, record), rerun)| entry(*line, record, rerun, lang)).collect();
    json!({
        "log": log,
        "id": id,
        "at": at,
        "records": records,
        "torn_bytes": found.torn,
        "broken_lines": found.broken,
    })
}

/// One record and its re-run.
fn entry(line: u64, record: &Record, rerun: &Result<Rerun, Message>, lang: Lang) -> Value {
    let rerun = match rerun {
        Ok(rerun) => {
            let (explanation, problem) = match &rerun.explanation {
                Ok(text) => (Value::String(text.clone()), Value::Null),
                Err(problem) => (Value::Null, Value::String(lang.text(problem))),
            };
            let differences: Vec<Value> = rerun
                .differences
                .iter()
                .map(|(field, logged, now)| json!({ "field": field, "logged": logged, "now": now }))
                .collect();
            json!({
                "same": differences.is_empty(),
                "differences": differences,
                "verdict": rerun.verdict,
                "same_texts": rerun.same_texts,
                "explanation": explanation,
                "problem": problem,
            })
        }
        Err(problem) => json!({ "same": null, "problem": lang.text(problem) }),
    };
    json!({
        "line": line,
        "at": record.at,
        "id": record.id,
        "definition": record.definition,
        "class": record.class,
        "score": record.score,
        "respond_by": record.respond_by,
        "lead": record.lead,
        "rerun": rerun,
    })
}
