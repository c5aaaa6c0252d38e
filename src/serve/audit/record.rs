//! One logged verdict: a line of the audit log. Its fields are the answer's (class, score,
//! respond-by as `qualify --format jsonl` writes them), the version's name, version and digest,
//! the time it was judged, and the lead's input fields as they were sent (a form's fields as
//! the names and texts the service read), so that the version can judge it again; but not the
//! credentials a CRM or a proxy sends beside the lead (a Bitrix24 robot's `auth[...]`, a
//! `?secret=` in a webhook's URL, a `token`, `password` or `api_key`): their values are hidden,
//! unless the definition reads the key as a field of the lead.

use super::super::body::Leads;
use super::super::definition::Definition;
use crate::input::{self, LeadRow};
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

/// The leads of a request as sent, one JSON value each, in the order the reader numbers them:
/// the records it skips (a blank object, a report's totals row) are left out by the reader's own
/// rule (`input::json_record_skipped`), and JSON Lines are read as a stream of values, as the
/// reader reads them (an object may be written over several lines).
pub fn inputs(leads: &Leads, definition: &Definition) -> Vec<Value> {
    let read: std::collections::HashSet<String> = definition
        .rules
        .schema
        .fields
        .iter()
        .flat_map(|field| field.columns.iter().map(|column| column.trim().to_lowercase()))
        .collect();
    let all: Vec<Value> = match leads {
        // An object that wraps its leads in a list (a CRM's answer) is read as those leads.
        Leads::One(object) => {
            match std::str::from_utf8(object).ok().and_then(|t| input::wrapped_list(t, &definition.reading)) {
                Some(list) => match serde_json::from_str::<Value>(list) {
                    Ok(Value::Array(leads)) => leads,
                    _ => Vec::new(),
                },
                None => vec![serde_json::from_slice::<Value>(object).unwrap_or(Value::Null)],
            }
        }
        Leads::Many { bytes, lines: false } => match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Array(leads)) => leads,
            _ => Vec::new(),
        },
        Leads::Many { bytes, lines: true } => {
            serde_json::Deserializer::from_slice(bytes).into_iter::<Value>().map_while(Result::ok).collect()
        }
        Leads::ConnectionTest => Vec::new(),
    };
    all.into_iter()
        .filter(|lead| !input::json_record_skipped(&lead.to_string(), &definition.reading))
        .map(|mut lead| {
            hide_credentials(&mut lead, &read);
            lead
        })
        .collect()
}

/// What a credential's value is logged as.
pub const HIDDEN: &str = "[hidden]";

/// The values of `lead`'s keys that carry credentials, at any depth, replaced by [`HIDDEN`];
/// a key the definition reads (`read`: its columns, trimmed and lowercase) is the lead's and kept.
fn hide_credentials(lead: &mut Value, read: &std::collections::HashSet<String>) {
    match lead {
        Value::Object(object) => {
            for (key, value) in object.iter_mut() {
                if is_credential(key) && !read.contains(&key.trim().to_lowercase()) {
                    *value = Value::String(HIDDEN.to_string());
                } else {
                    hide_credentials(value, read);
                }
            }
        }
        Value::Array(values) => values.iter_mut().for_each(|value| hide_credentials(value, read)),
        _ => {}
    }
}

/// Whether a key names a credential: one of its words (split at anything not a letter or digit,
/// as in `auth[access_token]` or `X-Api-Key`) is one, or holds one (`accessToken`, `apikey`),
/// or a word such as `api` or `secret` comes before `key`.
fn is_credential(key: &str) -> bool {
    const WORDS: [&str; 11] =
        ["auth", "authorization", "credentials", "cookie", "sessid", "sid", "sig", "hmac", "pwd", "passwd", "pin"];
    const HELD: [&str; 8] = ["token", "secret", "password", "apikey", "signature", "пароль", "токен", "секрет"];
    const BEFORE_KEY: [&str; 6] = ["api", "access", "secret", "private", "client", "app"];
    let key = key.to_lowercase();
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect();
    words.iter().any(|word| WORDS.contains(word) || HELD.iter().any(|held| word.contains(held)))
        || words.windows(2).any(|pair| BEFORE_KEY.contains(&pair[0]) && pair[1] == "key")
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn credentials_sent_beside_a_lead_are_hidden() {
        for key in [
            "auth[access_token]",
            "auth[domain]",
            "auth",
            "secret",
            "token",
            "X-Api-Key",
            "api_key",
            "apiKey",
            "accessToken",
            "client_secret",
            "password",
            "Пароль",
            "hmac",
            "signature",
        ] {
            assert!(is_credential(key), "{key}");
        }
        for key in ["ID", "Бюджет", "document_id[2]", "employees", "Ключевой клиент", "keywords", "source", "sign_up"]
        {
            assert!(!is_credential(key), "{key}");
        }
    }

    #[test]
    fn a_credential_is_hidden_at_any_depth_unless_the_definition_reads_it() {
        let mut lead = json!({
            "ID": "L-8",
            "auth[application_token]": "abc",
            "auth": {"access_token": "x", "member_id": "y"},
            "properties": {"budget": {"value": "600 000"}, "hs_token": {"value": "t"}},
            "Token": "read as a field",
        });
        let read = ["token".to_string()].into_iter().collect();
        hide_credentials(&mut lead, &read);
        assert_eq!(
            lead,
            json!({
                "ID": "L-8",
                "auth[application_token]": HIDDEN,
                "auth": HIDDEN,
                "properties": {"budget": {"value": "600 000"}, "hs_token": HIDDEN},
                "Token": "read as a field",
            })
        );
    }
}
