//! The keys of a JSON input's leads, learnt by their place: the leads of a batch (and a CRM's
//! single leads, one a request) mostly repeat their keys in the same order, so each key is
//! normalized once at its place, not once a lead (lowercasing Cyrillic is slow), and which key
//! each field reads is found once for that order of keys, not by comparing every field's
//! names with every key of every lead. A lead whose keys differ at any place is bound anew.

use std::borrow::Cow;
use std::sync::{Arc, Weak};

use super::columns::{self, FieldTable};
use super::json_object::Field;

/// How many places of a lead's keys are remembered; a lead with more keys is bound on its own.
const KNOWN_KEYS: usize = 64;

/// A key of an object: normalized (as compared), as written, and its value.
pub(crate) type Key<'a> = (Cow<'a, str>, &'a str, &'a Field<'a>);

/// The keys of the last leads by their place, and which place each field read.
#[derive(Default)]
pub(crate) struct KnownKeys {
    /// Each place's key as written and normalized.
    places: Vec<(String, String)>,
    /// The place each field reads, for the keys at `places` (and the lead's count of keys).
    binding: Option<Binding>,
}

/// Which place of a lead's keys each field of one field table reads.
struct Binding {
    /// The fields bound (held weakly: the allocation stays while this is held, so the same
    /// address is the same table).
    table: Weak<FieldTable>,
    /// How many keys the lead had.
    count: usize,
    /// For each field slot, the place of the key it reads.
    places: Vec<Option<usize>>,
}

impl KnownKeys {
    /// The keys of a lead's `entries`, normalized, and for each field of `fields` the place of
    /// the key it reads (the first of its names that a key has, the first key with that name).
    pub(crate) fn bind<'a>(
        &'a mut self,
        entries: &'a [(Cow<'a, str>, Field<'a>)],
        fields: &Arc<FieldTable>,
    ) -> (Vec<Key<'a>>, &'a [Option<usize>]) {
        let KnownKeys { places, binding } = self;
        let mut same = binding.as_ref().is_some_and(|b| {
            b.count == entries.len()
                && entries.len() <= KNOWN_KEYS
                && std::ptr::eq(b.table.as_ptr(), Arc::as_ptr(fields))
        });
        for (place, (key, _)) in entries.iter().enumerate().take(KNOWN_KEYS) {
            let key: &str = key.as_ref();
            match places.get_mut(place) {
                Some((raw, _)) if raw == key => {}
                Some(known) => {
                    *known = (key.to_string(), columns::normalize(key).into_owned());
                    same = false;
                }
                None => {
                    places.push((key.to_string(), columns::normalize(key).into_owned()));
                    same = false;
                }
            }
        }
        let keys: Vec<Key<'a>> = entries
            .iter()
            .enumerate()
            .map(|(place, (key, value))| {
                let normalized = match places.get(place) {
                    Some((_, normalized)) if place < KNOWN_KEYS => Cow::Borrowed(normalized.as_str()),
                    _ => columns::normalize(key),
                };
                (normalized, key.as_ref(), value)
            })
            .collect();
        if !same {
            let places = bound_places(fields, &keys);
            *binding = Some(Binding { table: Arc::downgrade(fields), count: entries.len(), places });
        }
        let places = binding.as_ref().map_or(&[][..], |b| b.places.as_slice());
        (keys, places)
    }
}

/// For each field, the place of the key it reads among `keys`. Few keys (the usual lead) are
/// scanned; many are looked up, so that a wide object costs linear time, not keys × fields.
fn bound_places(fields: &FieldTable, keys: &[Key<'_>]) -> Vec<Option<usize>> {
    let index: Option<foldhash::HashMap<&str, usize>> = (keys.len() > 32).then(|| {
        let mut index = foldhash::HashMap::default();
        for (place, (key, _, _)) in keys.iter().enumerate() {
            index.entry(key.as_ref()).or_insert(place);
        }
        index
    });
    fields
        .wanted
        .iter()
        .map(|names| {
            names.iter().find_map(|name| match &index {
                Some(index) => index.get(name.as_str()).copied(),
                None => keys.iter().position(|(key, _, _)| key.as_ref() == name.as_str()),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::json_object::{Parsed, parse};
    use crate::schema::{FieldKind, FieldSpec, Schema};

    fn table(columns: &[&[&str]]) -> Arc<FieldTable> {
        let fields = columns
            .iter()
            .enumerate()
            .map(|(at, names)| FieldSpec {
                name: format!("f{at}"),
                kind: FieldKind::Text,
                columns: names.iter().map(|n| n.to_string()).collect(),
                used: true,
                decimal_mark: None,
                unknown_when: Vec::new(),
            })
            .collect();
        Arc::new(FieldTable::new(&Schema { fields, key: None }))
    }

    fn places(known: &mut KnownKeys, text: &str, fields: &Arc<FieldTable>) -> Vec<Option<usize>> {
        let Ok(Parsed::Object(object)) = parse(text) else { panic!("not an object: {text}") };
        known.bind(&object.entries, fields).1.to_vec()
    }

    #[test]
    fn each_lead_is_bound_as_if_alone_whatever_came_before() {
        let fields = table(&[&["ID"], &["Бюджет, руб", "budget"], &["Отрасль"]]);
        let leads = [
            r#"{"ID": 1, "Бюджет, руб": 2, "Отрасль": "ИТ"}"#,
            r#"{"ID": 3, "Бюджет, руб": 4, "Отрасль": "ИТ"}"#,
            r#"{"ID": 3, "budget": 4, "Отрасль": "ИТ"}"#,
            r#"{"Отрасль": "ИТ", "id": 3}"#,
            r#"{"Отрасль": "ИТ", "id": 3, "БЮДЖЕТ, РУБ": 5}"#,
            r#"{"ID": 1, "Бюджет, руб": 2, "Отрасль": "ИТ"}"#,
        ];
        let mut known = KnownKeys::default();
        for lead in leads {
            let alone = places(&mut KnownKeys::default(), lead, &fields);
            assert_eq!(places(&mut known, lead, &fields), alone, "{lead}");
        }
        assert_eq!(places(&mut known, leads[3], &fields), [Some(1), None, Some(0)]);
        // Another definition's fields are bound anew, even for the same keys.
        let other = table(&[&["Отрасль"]]);
        assert_eq!(places(&mut known, leads[3], &other), [Some(0)]);
        assert_eq!(places(&mut known, leads[3], &fields), [Some(1), None, Some(0)]);
    }

    #[test]
    fn a_wide_lead_is_bound_as_a_narrow_one() {
        let fields = table(&[&["k40"], &["k3"], &["missing"]]);
        let wide: Vec<String> = (0..80).map(|n| format!("\"K{n}\": {n}")).collect();
        let wide = format!("{{{}}}", wide.join(", "));
        let mut known = KnownKeys::default();
        for _ in 0..2 {
            assert_eq!(places(&mut known, &wide, &fields), [Some(40), Some(3), None]);
        }
    }
}
