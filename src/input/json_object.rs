//! One JSON record parsed for reading as a lead: an object's keys and values in the order
//! written, their text borrowed from the record wherever it has no escapes, with no map built
//! and no copy of a key or a string made per value. A key given twice keeps its first place and
//! its last value (as `serde_json`'s ordered map would), and is noted for the reader to judge.
//! A record that is not an object is parsed as any JSON value, for the message that says what
//! it is.
//!
//! A lead as a CRM's webhook or API sends it often nests its fields: HubSpot's
//! `{"properties": {"budget": {"value": "600000"}}}`, Bitrix24's `{"result": {"TITLE": ...}}`,
//! Pipedrive's `{"current": {...}}`, amoCRM / Kommo's `"custom_fields_values": [{"field_name":
//! "Бюджет", "values": [{"value": 600000}]}]`, Bitrix24's multiple fields `"PHONE": [{"VALUE":
//! "+7 …", "VALUE_TYPE": "WORK"}]`. Such a lead is opened ([`KeyedObject::open_nested`]) so that
//! its fields are found by their names as a flat lead's are:
//! - a value that holds one value (`{"value": X, ...}`, a list of one value, a list of
//!   `{"VALUE": X}` or `{"value": X}` objects) is read as that value, several texts joined with
//!   `, ` (several numbers are not one value, and the reader says so);
//! - a list of named fields (objects with `field_name`, `name`, `NAME` or `label` and their
//!   `values` or `value`) gives each named field as a key of the lead;
//! - any other object inside the lead gives its keys to the lead (three levels deep at most).
//!
//! A key the lead already has (written at the top, or by an object opened before, compared as
//! column names are) is never replaced by one found deeper.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value as Json};
use std::borrow::Cow;
use std::fmt;

/// One record, parsed.
pub(crate) enum Parsed<'a> {
    /// An object: a lead.
    Object(KeyedObject<'a>),
    /// Any other JSON value: not a lead.
    Other(Json),
}

/// Parses one record's text.
pub(crate) fn parse(text: &str) -> Result<Parsed<'_>, serde_json::Error> {
    if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map(Parsed::Object)
    } else {
        serde_json::from_str(text).map(Parsed::Other)
    }
}

/// A value of an object, its text borrowed from the record where it can be.
#[derive(Debug)]
pub(crate) enum Field<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Text(Cow<'a, str>),
    /// An object or an array inside the lead: no field's value, kept whole for the message.
    Nested(Json),
}

/// An object's keys and values in the order first written.
pub(crate) struct KeyedObject<'a> {
    pub(crate) entries: Vec<(Cow<'a, str>, Field<'a>)>,
    /// Each key given again after its first time, once per repetition, as written.
    pub(crate) repeated: Vec<String>,
}

impl<'a> KeyedObject<'a> {
    /// Whether it has nothing in it: no key, or only `null` and blank text (like a CSV row of
    /// empty cells).
    pub(crate) fn is_blank(&self) -> bool {
        self.entries.iter().all(|(_, value)| match value {
            Field::Null => true,
            Field::Text(text) => text.trim().is_empty(),
            _ => false,
        })
    }

    /// Opens what a CRM nests inside a lead, as the module's documentation says: no work at all
    /// for a flat lead.
    fn open_nested(&mut self) {
        if !self.entries.iter().any(|(_, value)| matches!(value, Field::Nested(_))) {
            return;
        }
        let mut found: Vec<(String, Field<'static>)> = Vec::new();
        for (_, value) in &mut self.entries {
            let Field::Nested(json) = value else { continue };
            match one_value(json) {
                Some(single) => *value = single,
                None => open(json, &mut found, 1),
            }
        }
        let mut known: Vec<String> =
            self.entries.iter().map(|(key, _)| super::columns::normalize(key).into_owned()).collect();
        for (key, value) in found {
            let normalized = super::columns::normalize(&key).into_owned();
            if !known.contains(&normalized) {
                known.push(normalized);
                self.entries.push((Cow::Owned(key), value));
            }
        }
    }

    /// Keeps each key once, at its first place with its last value, noting the repetitions.
    fn keep_each_key_once(&mut self) {
        let entries = &self.entries;
        let twice = if entries.len() > 64 {
            let mut seen = foldhash::HashSet::default();
            !entries.iter().all(|(key, _)| seen.insert(key.as_ref()))
        } else {
            entries.iter().enumerate().any(|(i, (key, _))| entries[..i].iter().any(|(other, _)| other == key))
        };
        if !twice {
            return;
        }
        let mut kept: Vec<(Cow<'_, str>, Field<'_>)> = Vec::with_capacity(self.entries.len());
        let mut places: foldhash::HashMap<String, usize> = Default::default();
        for (key, value) in std::mem::take(&mut self.entries) {
            match places.get(key.as_ref()) {
                Some(&at) => {
                    self.repeated.push(key.to_string());
                    kept[at].1 = value;
                }
                None => {
                    places.insert(key.to_string(), kept.len());
                    kept.push((key, value));
                }
            }
        }
        self.entries = kept;
    }
}

/// How deep inside a lead [`open`] looks for its fields.
const OPEN_DEPTH: usize = 3;

/// The keys that name a field in a list of named fields, and those that hold its values.
const FIELD_NAME_KEYS: [&str; 4] = ["field_name", "name", "NAME", "label"];
const FIELD_VALUE_KEYS: [&str; 4] = ["values", "value", "VALUES", "VALUE"];

/// A JSON value that is not an object or a list, as a lead's value.
fn scalar(json: &Json) -> Option<Field<'static>> {
    match json {
        Json::Null => Some(Field::Null),
        Json::Bool(b) => Some(Field::Bool(*b)),
        Json::Number(n) => Some(Field::Number(n.clone())),
        Json::String(s) => Some(Field::Text(Cow::Owned(s.clone()))),
        Json::Array(_) | Json::Object(_) => None,
    }
}

/// The one value a nested value holds, if it holds one: `{"value": X, ...}` (HubSpot's
/// property with its history), a list of values (one is itself; several texts are joined with
/// `, `, nulls and blanks left out), a list of `{"VALUE": X, ...}` objects (Bitrix24's phones and
/// e-mails) or `{"value": X}` ones (amoCRM's values).
fn one_value(json: &Json) -> Option<Field<'static>> {
    match json {
        Json::Object(object) if !FIELD_NAME_KEYS.iter().any(|k| object.contains_key(*k)) => {
            let value = held(object)?;
            scalar(value).or_else(|| one_value(value))
        }
        Json::Array(items) => {
            let values: Vec<Field<'static>> = items
                .iter()
                .map(|item| match item {
                    Json::Object(object) if !FIELD_NAME_KEYS.iter().any(|k| object.contains_key(*k)) => {
                        held(object).and_then(scalar)
                    }
                    other => scalar(other),
                })
                .collect::<Option<_>>()?;
            let mut values: Vec<Field<'static>> = values
                .into_iter()
                .filter(|v| match v {
                    Field::Null => false,
                    Field::Text(text) => !text.trim().is_empty(),
                    _ => true,
                })
                .collect();
            match values.len() {
                0 => Some(Field::Null),
                1 => values.pop(),
                // Several texts (a multiple choice) are one text; several numbers are not one
                // number, and stay a value the reader says is not single.
                _ => {
                    let texts: Vec<&str> = values
                        .iter()
                        .map(|value| match value {
                            Field::Text(text) => Some(text.as_ref()),
                            _ => None,
                        })
                        .collect::<Option<_>>()?;
                    Some(Field::Text(Cow::Owned(texts.join(", "))))
                }
            }
        }
        _ => None,
    }
}

/// The value an object holds under `value` (or `VALUE`).
fn held(object: &serde_json::Map<String, Json>) -> Option<&Json> {
    object.get("value").or_else(|| object.get("VALUE"))
}

/// The fields found inside a nested value, in the order written: an object's keys (its nested
/// values opened in turn, `depth` levels deep at most), or a list of named fields.
fn open(json: &Json, found: &mut Vec<(String, Field<'static>)>, depth: usize) {
    match json {
        Json::Object(object) => {
            for (key, value) in object {
                if let Some(value) = scalar(value).or_else(|| one_value(value)) {
                    found.push((key.clone(), value));
                } else if depth < OPEN_DEPTH {
                    open(value, found, depth + 1);
                }
            }
        }
        Json::Array(items) => {
            // Only a list whose every item is a named field: a list of anything else (leads,
            // contacts, a history) is not the lead's own fields.
            let named: Option<Vec<(String, Option<Field<'static>>)>> = items
                .iter()
                .map(|item| {
                    let Json::Object(object) = item else { return None };
                    let name = FIELD_NAME_KEYS.iter().find_map(|k| object.get(*k)).and_then(Json::as_str)?;
                    let values = FIELD_VALUE_KEYS.iter().find_map(|k| object.get(*k))?;
                    Some((name.to_string(), scalar(values).or_else(|| one_value(values))))
                })
                .collect();
            for (name, value) in named.into_iter().flatten() {
                if let Some(value) = value {
                    found.push((name, value));
                }
            }
        }
        _ => {}
    }
}

/// A key's text, borrowed when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl<'de> Visitor<'de> for Text {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }

            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(text)))
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(text.to_string())))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(text)))
            }
        }
        deserializer.deserialize_str(Text)
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Field<'de>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }

            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Field<'de>, E> {
                Ok(Field::Bool(b))
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Field<'de>, E> {
                Ok(Field::Number(n.into()))
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Field<'de>, E> {
                Ok(Field::Number(n.into()))
            }

            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Field<'de>, E> {
                // As `serde_json::Value` reads a number: one that is not finite is `null`.
                Ok(Number::from_f64(n).map_or(Field::Null, Field::Number))
            }

            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Field<'de>, E> {
                Ok(Field::Text(Cow::Borrowed(text)))
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Field<'de>, E> {
                Ok(Field::Text(Cow::Owned(text.to_string())))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Field<'de>, E> {
                Ok(Field::Text(Cow::Owned(text)))
            }

            fn visit_unit<E: de::Error>(self) -> Result<Field<'de>, E> {
                Ok(Field::Null)
            }

            fn visit_none<E: de::Error>(self) -> Result<Field<'de>, E> {
                Ok(Field::Null)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Field<'de>, A::Error> {
                Json::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Field::Nested)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Field<'de>, A::Error> {
                Json::deserialize(de::value::MapAccessDeserializer::new(map)).map(Field::Nested)
            }
        }
        deserializer.deserialize_any(Any)
    }
}

impl<'de> Deserialize<'de> for KeyedObject<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = KeyedObject<'de>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<KeyedObject<'de>, A::Error> {
                let mut object =
                    KeyedObject { entries: Vec::with_capacity(access.size_hint().unwrap_or(16)), repeated: Vec::new() };
                while let Some(Key(key)) = access.next_key()? {
                    let value: Field<'de> = access.next_value()?;
                    object.entries.push((key, value));
                }
                object.keep_each_key_once();
                object.open_nested();
                Ok(object)
            }
        }
        deserializer.deserialize_map(Keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(text: &str) -> KeyedObject<'_> {
        match parse(text) {
            Ok(Parsed::Object(object)) => object,
            _ => panic!("not an object: {text}"),
        }
    }

    #[test]
    fn plain_text_is_borrowed_and_escaped_text_read() {
        let parsed = object(r#"{"Name": "Acme", "Note": "a\"b", "n": 12.5, "ok": true, "none": null}"#);
        let (key, Field::Text(name)) = &parsed.entries[0] else { panic!() };
        assert!(matches!(key, Cow::Borrowed("Name")) && matches!(name, Cow::Borrowed("Acme")));
        assert!(matches!(&parsed.entries[1].1, Field::Text(t) if t == "a\"b"));
        assert!(matches!(&parsed.entries[2].1, Field::Number(n) if n.to_string() == "12.5"));
        assert!(matches!(parsed.entries[3].1, Field::Bool(true)));
        assert!(matches!(parsed.entries[4].1, Field::Null));
    }

    #[test]
    fn a_repeated_key_keeps_its_first_place_and_last_value() {
        let parsed = object(r#"{"a": 1, "b": 2, "a": [3], "a": "x"}"#);
        let keys: Vec<&str> = parsed.entries.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["a", "b"]);
        assert!(matches!(&parsed.entries[0].1, Field::Text(t) if t == "x"));
        assert_eq!(parsed.repeated, ["a", "a"]);
    }

    /// A value's text.
    fn text_of(field: &Field<'_>) -> String {
        match field {
            Field::Null => String::new(),
            Field::Bool(b) => b.to_string(),
            Field::Number(n) => n.to_string(),
            Field::Text(text) => text.to_string(),
            Field::Nested(json) => json.to_string(),
        }
    }

    fn text(object: &KeyedObject<'_>, key: &str) -> String {
        match object.entries.iter().find(|(k, _)| k == key) {
            Some((_, field)) => text_of(field),
            None => panic!("no key {key}: {:?}", object.entries.iter().map(|(k, _)| k).collect::<Vec<_>>()),
        }
    }

    #[test]
    fn what_crms_nest_is_opened() {
        // HubSpot: properties holding values with their history.
        let hubspot = object(
            r#"{"vid": 7, "properties": {"budget": {"value": "600000", "versions": [{"value": "1"}]},
                "industry": {"value": "it"}}, "form-submissions": [{"title": "Demo"}]}"#,
        );
        assert_eq!((text(&hubspot, "budget"), text(&hubspot, "industry")), ("600000".into(), "it".into()));
        // Bitrix24: the lead inside `result`, phones as a list of values.
        let bitrix = object(
            r#"{"result": {"ID": "12", "TITLE": "Заявка", "PHONE": [{"VALUE": "+7 900", "VALUE_TYPE": "WORK"},
                {"VALUE": "+7 901"}], "UF_CRM_BUDGET": "600000|RUB"}, "time": {"start": 1}}"#,
        );
        assert_eq!(text(&bitrix, "PHONE"), "+7 900, +7 901");
        assert_eq!(text(&bitrix, "TITLE"), "Заявка");
        assert_eq!(text(&bitrix, "start"), "1");
        // amoCRM / Kommo: custom fields by their names.
        let amo = object(
            r#"{"id": 5, "price": 0, "custom_fields_values": [
                {"field_id": 1, "field_name": "Бюджет, руб", "values": [{"value": 600000}]},
                {"field_id": 2, "field_name": "Отрасль", "values": [{"value": "ИТ"}, {"value": "розница"}]}]}"#,
        );
        assert_eq!((text(&amo, "Бюджет, руб"), text(&amo, "Отрасль")), ("600000".into(), "ИТ, розница".into()));
        // A key written at the top is never replaced by one found deeper, compared as columns are.
        let both = object(r#"{"ID": "top", "current": {"id": "deeper", "value_x": 1}, "tags": ["a"]}"#);
        assert_eq!(text(&both, "ID"), "top");
        assert!(!both.entries.iter().any(|(k, _)| k == "id"));
        assert_eq!(text(&both, "tags"), "a");
        // Several numbers are not one value; a list with none is unknown.
        assert!(matches!(object(r#"{"n": [1, 2]}"#).entries[0].1, Field::Nested(_)));
        assert!(matches!(object(r#"{"n": [null, " "]}"#).entries[0].1, Field::Null));
        // A list of leads is not one lead's fields.
        let list = object(r#"{"leads": [{"name": "a"}, {"budget": 1}]}"#);
        assert_eq!(list.entries.len(), 1);
    }

    #[test]
    fn nested_values_are_kept_whole_and_others_are_not_objects() {
        let parsed = object(r#"{"a": {"b": [1, 2]}}"#);
        assert!(matches!(&parsed.entries[0].1, Field::Nested(json) if json.to_string() == r#"{"b":[1,2]}"#));
        assert!(matches!(parse("[1]"), Ok(Parsed::Other(Json::Array(_)))));
        assert!(parse("{\"a\": }").is_err());
        assert!(object("{}").is_blank() && object(r#"{"a": null, "b": "  "}"#).is_blank());
        assert!(!object(r#"{"a": 0}"#).is_blank());
    }
}
