//! One JSON record parsed for reading as a lead: an object's keys and values in the order
//! written, their text borrowed from the record wherever it has no escapes, with no map built
//! and no copy of a key or a string made per value. A key given twice keeps its first place and
//! its last value (as `serde_json`'s ordered map would), and is noted for the reader to judge.
//! A record that is not an object is parsed as any JSON value, for the message that says what
//! it is.

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

impl KeyedObject<'_> {
    /// Whether it has nothing in it: no key, or only `null` and blank text (like a CSV row of
    /// empty cells).
    pub(crate) fn is_blank(&self) -> bool {
        self.entries.iter().all(|(_, value)| match value {
            Field::Null => true,
            Field::Text(text) => text.trim().is_empty(),
            _ => false,
        })
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
