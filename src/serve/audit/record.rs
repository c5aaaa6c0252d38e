//! One logged verdict: a line of the audit log. Its fields are the answer's (class, score,
//! respond-by as `qualify --format jsonl` writes them), the version's name, version and digest,
//! the time it was judged, and the lead's input fields as they were sent (a form's fields as
//! the names and texts the service read), so that the version can judge it again.

use super::super::body::Leads;
use super::super::definition::Definition;
use crate::input::LeadRow;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The version that judged a lead, as the answer names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// `definition "NAME"`.
    pub name: String,
    /// `version V`, or empty.
    pub version: String,
    /// `sha256:` and the digest of its texts: where `FILE.d/` keeps them.
    pub digest: String,
}

/// One verdict served, as logged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// When it was judged: RFC 3339 in UTC, to the microsecond.
    pub at: String,
    /// The lead's key (the field marked `key`), when it has one.
    pub id: Option<String>,
    /// The version that judged it.
    pub definition: Version,
    /// The class answered (`error` for a lead whose arithmetic gave no number).
    pub class: Value,
    /// The score answered.
    pub score: Value,
    /// The deadline answered.
    pub respond_by: Value,
    /// The lead's input fields as sent (an object).
    pub lead: Value,
}

impl Record {
    /// The logged values the re-run is compared on: class, score, respond-by.
    pub fn outcome(&self) -> [(&'static str, &Value); 3] {
        [("class", &self.class), ("score", &self.score), ("respond_by", &self.respond_by)]
    }
}

/// The current time as the log writes it.
pub fn now() -> String {
    jiff::Timestamp::now().round(jiff::Unit::Microsecond).unwrap_or_else(|_| jiff::Timestamp::now()).to_string()
}

/// The leads of a request as sent, one JSON object each, in the order the reader numbers them
/// (it skips a blank object, `{}` or one whose every value is null or blank text, as the reader
/// does).
pub fn inputs(leads: &Leads) -> Vec<Value> {
    let parse = |bytes: &[u8]| serde_json::from_slice::<Value>(bytes).unwrap_or(Value::Null);
    let all = match leads {
        Leads::One(object) => vec![parse(object)],
        Leads::Many { bytes, lines: false } => match parse(bytes) {
            Value::Array(leads) => leads,
            _ => Vec::new(),
        },
        Leads::Many { bytes, lines: true } => {
            bytes.split(|b| *b == b'\n').filter(|line| !line.iter().all(u8::is_ascii_whitespace)).map(parse).collect()
        }
    };
    all.into_iter().filter(|lead| !is_blank(lead)).collect()
}

/// Whether the reader skips this record as blank.
fn is_blank(lead: &Value) -> bool {
    lead.as_object().is_some_and(|object| {
        object.values().all(|value| match value {
            Value::Null => true,
            Value::String(text) => text.trim().is_empty(),
            _ => false,
        })
    })
}

/// The records of an answer, one JSON line each: `rows` are the leads read, `jsonl` their
/// verdict rows as answered, `inputs` the leads as sent.
pub fn lines<'a>(
    definition: &Definition,
    rows: impl IntoIterator<Item = &'a LeadRow>,
    jsonl: &[u8],
    inputs: &[Value],
) -> Vec<u8> {
    let at = now();
    let version = Version {
        name: definition.name.clone(),
        version: definition.version.clone(),
        digest: definition.digest.clone(),
    };
    let verdicts = jsonl.split(|b| *b == b'\n').filter(|line| !line.is_empty());
    let mut out = Vec::with_capacity(jsonl.len());
    for (row, verdict) in rows.into_iter().zip(verdicts) {
        let verdict: Value = serde_json::from_slice(verdict).unwrap_or(Value::Null);
        let index = usize::try_from(row.record.saturating_sub(1)).unwrap_or(usize::MAX);
        let record = Record {
            at: at.clone(),
            id: row.id.clone(),
            definition: version.clone(),
            class: verdict["class"].clone(),
            score: verdict["score"].clone(),
            respond_by: verdict["respond_by"].clone(),
            lead: inputs.get(index).cloned().unwrap_or(Value::Null),
        };
        if serde_json::to_writer(&mut out, &record).is_ok() {
            out.push(b'\n');
        }
    }
    out
}
