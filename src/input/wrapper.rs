//! A CRM's API answer that wraps its leads in a list of an object: Zoho's `{"data": [...],
//! "info": {...}}`, Salesforce's `{"totalSize": 1, "done": true, "records": [...]}`, HubSpot's
//! `{"results": [...], "paging": {...}}`, Bitrix24's `{"result": [...], "total": 2}`, Pipedrive's
//! `{"success": true, "data": [...]}`, amoCRM / Kommo's `{"_page": 1, "_embedded": {"leads":
//! [...]}}`. Such a document is no lead: its leads are the elements of that list.
//!
//! The rule: a whole document (the input is one JSON object) is read as the list of leads it
//! holds when
//! 1. nothing in it outside lists, read as a lead is read (nested objects opened), is a column a
//!    field reads: a lead's own lists (contacts, tags) never make it a wrapper, since a lead has
//!    keys of its own that the rules read (`id`, `Бюджет`);
//! 2. it has exactly one list of objects, at its top or inside an object at its top
//!    (`_embedded.leads`); an empty list counts only when it is the one list there is
//!    (`{"totalSize": 0, "records": []}` holds no lead).
//!
//! The list is found in the document's bytes, so that its leads are read as a JSON array's are,
//! numbered by the lines of the file.

use super::json_object::{self, KeyedObject, Parsed};
use super::json_scan::{Holder, value_end};
use serde_json::Value as Json;
use std::ops::Range;

/// The list of leads a wrapper holds.
#[derive(Debug, PartialEq)]
pub(crate) struct Wrapped {
    /// Where the list is, as written (`data`, `_embedded.leads`).
    pub(crate) path: String,
    /// The list's bytes in the document, from its `[` to its `]`.
    pub(crate) span: Range<usize>,
    /// How many leads it holds.
    pub(crate) leads: usize,
}

impl Wrapped {
    /// The line of the document (its first line being `first`) and the column where the list
    /// starts.
    pub(crate) fn place(&self, raw: &[u8], first: u64) -> (u64, u64) {
        let before = &raw[..self.span.start];
        let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |at| at + 1);
        let line = first + before.iter().filter(|b| **b == b'\n').count() as u64;
        let column = 1 + before[line_start..].iter().filter(|b| **b & 0xC0 != 0x80).count() as u64;
        (line, column)
    }
}

/// The list of leads the document `text` (decoded from `raw`) wraps, as the module's rule says;
/// `reads_a_field` says whether an object read as a lead has a key a field reads.
pub(crate) fn leads_list(text: &str, raw: &[u8], reads_a_field: impl Fn(&KeyedObject<'_>) -> bool) -> Option<Wrapped> {
    match json_object::parse(text) {
        Ok(Parsed::Object(object)) if !reads_a_field(&object) => {}
        _ => return None,
    }
    let Ok(Json::Object(top)) = serde_json::from_str::<Json>(text) else { return None };
    let mut full = Vec::new();
    let mut empty = Vec::new();
    lists(&top, &mut Vec::new(), &mut full, &mut empty);
    let (path, leads) = match (full.len(), empty.len()) {
        (1, _) => full.pop()?,
        (0, 1) => (empty.pop()?, 0),
        _ => return None,
    };
    let keys: Vec<&str> = path.iter().map(String::as_str).collect();
    let span = member_span(raw, &keys)?;
    Some(Wrapped { path: path.join("."), span, leads })
}

/// How many objects deep the list of leads may be: at the top, or in an object at the top.
const DEPTH: usize = 2;

/// The lists of objects in `object`, `DEPTH` objects deep: those with leads (their path and
/// length), and the empty ones.
fn lists(
    object: &serde_json::Map<String, Json>,
    path: &mut Vec<String>,
    full: &mut Vec<(Vec<String>, usize)>,
    empty: &mut Vec<Vec<String>>,
) {
    for (key, value) in object {
        path.push(key.clone());
        match value {
            Json::Array(items) if items.is_empty() => empty.push(path.clone()),
            Json::Array(items) if items.iter().all(Json::is_object) => full.push((path.clone(), items.len())),
            Json::Object(inner) if path.len() < DEPTH => lists(inner, path, full, empty),
            _ => {}
        }
        path.pop();
    }
}

/// Where the value at `path` (keys of objects within objects) is in the object `raw`, the last
/// one when a key is given twice (as the document's parsed value keeps it).
fn member_span(raw: &[u8], path: &[&str]) -> Option<Range<usize>> {
    let mut span = skip_blanks(raw, 0)..raw.len();
    for key in path {
        if raw.get(span.start) != Some(&b'{') {
            return None;
        }
        let mut found = None;
        let mut at = span.start + 1;
        loop {
            at = skip_blanks(raw, at);
            match raw.get(at)? {
                b'}' => break,
                b',' => {
                    at += 1;
                    continue;
                }
                b'"' => {}
                _ => return None,
            }
            let key_end = value_end(raw, at, Holder::Object)?;
            let name = serde_json::from_slice::<String>(&raw[at..key_end]).ok();
            at = skip_blanks(raw, key_end);
            if raw.get(at) != Some(&b':') {
                return None;
            }
            at = skip_blanks(raw, at + 1);
            let end = value_end(raw, at, Holder::Object)?;
            if name.as_deref() == Some(*key) {
                found = Some(at..end);
            }
            at = end;
        }
        span = found?;
    }
    Some(span)
}

fn skip_blanks(raw: &[u8], mut at: usize) -> usize {
    while raw.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As the reader asks: whether a key is one of the rules' columns (`id`, `budget`).
    fn wrapped(text: &str) -> Option<Wrapped> {
        leads_list(text, text.as_bytes(), |object| {
            object.entries.iter().any(|(key, _)| ["id", "budget"].contains(&key.to_lowercase().as_str()))
        })
    }

    fn list<'a>(text: &'a str, found: &Wrapped) -> &'a str {
        &text[found.span.clone()]
    }

    #[test]
    fn the_lists_crms_wrap_their_leads_in() {
        for (text, path, leads) in [
            (r#"{"data": [{"id": 1}], "info": {"count": 1, "more_records": false}}"#, "data", 1),
            (r#"{"totalSize": 2, "done": true, "records": [{"Id": "a"}, {"Id": "b"}]}"#, "records", 2),
            (
                r#"{"results": [{"id": "1", "properties": {"budget": "5"}}], "paging": {"next": {"after": "2"}}}"#,
                "results",
                1,
            ),
            (
                r#"{"_page": 1, "_links": {"self": {"href": "x"}}, "_embedded": {"leads": [{"id": 7, "tags": []}]}}"#,
                "_embedded.leads",
                1,
            ),
            (r#"{"leads": [{"id": 1}, {"id": 2}, {"id": 3}]}"#, "leads", 3),
            (r#"{"items": [{"id": 1}], "total": 1, "tags": []}"#, "items", 1),
            (r#"{"totalSize": 0, "done": true, "records": []}"#, "records", 0),
        ] {
            let found = wrapped(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((found.path.as_str(), found.leads), (path, leads), "{text}");
            assert!(list(text, &found).starts_with('[') && list(text, &found).ends_with(']'), "{text}");
        }
    }

    #[test]
    fn a_lead_with_lists_of_its_own_is_a_lead() {
        for text in [
            // Its own keys are the rules' columns.
            r#"{"id": "L-1", "contacts": [{"name": "Иван"}]}"#,
            r#"{"properties": {"budget": "5"}, "associations": [{"id": 1}]}"#,
            // No list of objects, or two of them: nothing says which holds the leads.
            r#"{"name": "Acme", "info": {"count": 1}}"#,
            r#"{"data": [{"x": 1}], "contacts": [{"x": 2}]}"#,
            r#"{"data": [1, 2]}"#,
            r#"{"data": [], "more": []}"#,
        ] {
            assert_eq!(wrapped(text), None, "{text}");
        }
    }

    #[test]
    fn the_list_is_found_where_it_is_written() {
        let text = "{\n  \"a\": \"x]\\\"[\",\n  \"data\": [\n    {\"n\": 1}\n  ],\n  \"data2\": {}\n}";
        let found = wrapped(text).unwrap();
        assert_eq!(list(text, &found), "[\n    {\"n\": 1}\n  ]");
        assert_eq!(found.place(text.as_bytes(), 1), (3, 11));
        // A key given twice: the last one, as the parsed document keeps it.
        let text = r#"{"data": [{"n": 1}], "data": [{"n": 2}, {"n": 3}]}"#;
        let found = wrapped(text).unwrap();
        assert_eq!((list(text, &found), found.leads), (r#"[{"n": 2}, {"n": 3}]"#, 2));
    }
}
