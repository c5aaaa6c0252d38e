//! Whole-file tests of JSON input: arrays (streamed element by element) and JSON Lines.

use super::*;
use crate::schema::FieldKind;

fn json_schema() -> Schema {
    simple_schema(&[
        ("id", FieldKind::Text, "ID"),
        ("employees", FieldKind::Number, "Сотрудников"),
        ("decision_maker", FieldKind::YesNo, "ЛПР"),
        ("budget", FieldKind::Money, "Бюджет, руб"),
        ("created", FieldKind::DateTime(crate::schema::DateFormat::Default), "Создан"),
    ])
}

#[test]
fn a_json_array() {
    let text = r#"[
  {"ID": 1, "Сотрудников": 250, "ЛПР": true, "Бюджет, руб": "1 000 000,50", "Создан": "2026-12-01T14:30:00Z", "other": {"x": 1}},
  {"ID": "2", "Сотрудников": null, "Бюджет, руб": [1, 2], "ЛПР": "может быть"},
  5,
  {"id": 4, " сотрудников ": "1 200", "лпр": 0},
  {"ID": 5, "Сотрудников": 1,}
]
"#;
    let schema = json_schema();
    let (rows, reader) = read_all("leads.json", text.as_bytes().to_vec(), &schema);
    assert!(reader.error().is_none(), "{:?}", reader.error().map(|e| e.to_string()));
    assert_eq!(rows.len(), 5);
    assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![2, 3, 4, 5, 6]);
    assert_eq!(
        rows[0].values,
        Ok(vec![
            Value::Text("1".into()),
            Value::Number(250.0),
            Value::Bool(true),
            Value::Number(1_000_000.5),
            at(2026, 12, 1, 14, 30),
        ])
    );
    let second = row_error(&rows[1]);
    assert_eq!(rows[1].id.as_deref(), Some("2"));
    assert_eq!(
        second.to_string(),
        "line 3, column \"ЛПР\": \"может быть\" is not yes or no (write да/нет, yes/no, \
         true/false or 1/0); column \"Бюджет, руб\": \"[1,2]\" is not a single value (the field \
         needs an amount of money (write it like 1 000 000,50 or 1000000.50))"
    );
    assert!(row_error(&rows[2]).to_string().starts_with("line 4: 5 is not a lead"));
    assert_eq!(
        rows[3].values,
        Ok(vec![Value::Text("4".into()), Value::Number(1200.0), Value::Bool(false), Value::Unknown, Value::Unknown,])
    );
    assert!(row_error(&rows[4]).to_string().contains("is not valid JSON"));
    assert_eq!(reader.columns()[2].as_deref(), Some("ЛПР"));
    assert!(reader.warnings().is_empty());
}

#[test]
fn a_json_array_with_broken_structure_stops_with_an_error() {
    let schema = json_schema();
    let (rows, reader) = read_all("leads.json", br#"[{"ID": 1}, {"ID": 2} {"ID": 3}]"#.to_vec(), &schema);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        reader.error().map(|e| e.to_string()).as_deref(),
        Some("leads.json: not valid JSON at line 1, column 23: expected , or ] after a lead")
    );
    let (rows, reader) = read_all("leads.json", br#"[{"ID": 1}, {"ID": 2"#.to_vec(), &schema);
    assert_eq!(rows.len(), 2);
    assert!(rows[1].values.is_err());
    assert!(reader.error().is_some_and(|e| e.to_string().contains("in the middle of a lead")));
    let (rows, reader) = read_all("leads.json", b"[]".to_vec(), &schema);
    assert!(rows.is_empty() && reader.error().is_none());
    assert_eq!(reader.warnings().len(), 5);
}

#[test]
fn json_lines_with_a_bad_line() {
    let text =
        "{\"ID\": 1, \"Сотрудников\": 5}\n\n{\"ID\": 2, \"Сотрудников\": \"abc\"}\r\n{not json\n[1]\n{\"ID\": 4}";
    let schema = json_schema();
    let (rows, reader) = read_all("leads.jsonl", cp1251(text), &schema);
    assert!(reader.error().is_none());
    assert_eq!(rows.len(), 5);
    assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 3, 4, 5, 6]);
    assert_eq!(rows.iter().map(|r| r.record).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5]);
    assert_eq!(rows[0].values.as_ref().map(|v| v[1].clone()), Ok(Value::Number(5.0)));
    assert!(row_error(&rows[1]).to_string().starts_with("line 3, column \"Сотрудников\": \"abc\""));
    assert!(row_error(&rows[2]).to_string().starts_with("line 4: \"{not json\" is not valid JSON"));
    assert_eq!(
        row_error(&rows[3]).to_string(),
        "line 5: a list is not a lead: expected an object like {\"ID\": 1, ...}"
    );
    assert_eq!(rows[4].id.as_deref(), Some("4"));
    assert_eq!(reader.warnings().len(), 3, "{:?}", reader.warnings());
}

#[test]
fn keys_remembered_by_their_place_follow_each_lead() {
    // The reader remembers each place's key normalized: a lead whose keys change place, case
    // or spelling at a place is read by its own keys.
    let text = "{\"ID\": 1, \"СОТРУДНИКОВ\": 5, \"ЛПР\": true}\n\
                {\"ID\": 2, \"СОТРУДНИКОВ\": 6, \"ЛПР\": false}\n\
                {\"ЛПР\": true, \"ID\": 3, \"Сотрудников\": 7}\n\
                {\"ID\": 4, \"Бюджет, руб\": 10, \"лпр\": false}\n\
                {\"ID\": 5, \" Сотрудников \": 8}";
    let schema = json_schema();
    let (rows, reader) = read_all("leads.jsonl", text.as_bytes().to_vec(), &schema);
    assert!(reader.error().is_none());
    let read: Vec<(Value, Value, Value)> = rows
        .iter()
        .map(|r| {
            let v = r.values.as_ref().expect("a readable lead");
            (v[1].clone(), v[2].clone(), v[3].clone())
        })
        .collect();
    assert_eq!(
        read,
        vec![
            (Value::Number(5.0), Value::Bool(true), Value::Unknown),
            (Value::Number(6.0), Value::Bool(false), Value::Unknown),
            (Value::Number(7.0), Value::Bool(true), Value::Unknown),
            (Value::Unknown, Value::Bool(false), Value::Number(10.0)),
            (Value::Number(8.0), Value::Unknown, Value::Unknown),
        ]
    );
}

/// Leads read one at a time on one thread (as a service reads them) share what was learnt of
/// the keys by their place: a lead whose keys come in another order, or other keys at those
/// places, is still read by its own keys.
#[test]
fn single_objects_in_turn_are_read_by_their_own_keys() {
    let prepared = Prepared::new(&json_schema());
    let read = |text: &str| match from_json_object("lead", text.as_bytes(), &prepared) {
        Some(Ok(Some(row))) => row.values.unwrap_or_else(|e| panic!("{text} should read: {e:?}")),
        other => panic!("{text} should be one lead: {other:?}"),
    };
    let first = read(r#"{"ID": "A-1", "Сотрудников": 250, "ЛПР": "да", "Бюджет, руб": "1 000"}"#);
    assert_eq!(first[1], Value::Number(250.0));
    assert_eq!(first[3], Value::Number(1000.0));
    // The same keys moved, one written in capitals, one place now a key no field reads.
    let moved = read(r#"{"БЮДЖЕТ, РУБ": "7 000", "ID": "A-2", "Отдел": "продажи", "сотрудников": 12}"#);
    assert_eq!(moved[1], Value::Number(12.0));
    assert_eq!(moved[2], Value::Unknown);
    assert_eq!(moved[3], Value::Number(7000.0));
    let again = read(r#"{"ID": "A-3", "Сотрудников": 3, "ЛПР": "нет", "Бюджет, руб": "5"}"#);
    assert_eq!((again[1].clone(), again[3].clone()), (Value::Number(3.0), Value::Number(5.0)));
}

/// A CRM's answer that wraps its leads in a list (Zoho's `data`, Salesforce's `records`,
/// amoCRM's `_embedded.leads`) is read as that list of leads, numbered by the file's lines; a
/// lead with lists of its own stays one lead.
#[test]
fn a_document_wrapping_its_leads_in_a_list_is_read_as_those_leads() {
    let schema = json_schema();
    let zoho = "{\n  \"data\": [\n    {\"ID\": \"Z-1\", \"Сотрудников\": 250}\n  ],\n  \"info\": {\"count\": 1, \"more_records\": false}\n}\n";
    let (rows, reader) = read_all("zoho.json", zoho.as_bytes().to_vec(), &schema);
    assert!(reader.error().is_none(), "{:?}", reader.error().map(|e| e.to_string()));
    assert_eq!((rows.len(), rows[0].id.as_deref(), rows[0].line), (1, Some("Z-1"), 3));
    let salesforce = r#"{"totalSize": 3, "done": true, "records": [
  {"attributes": {"type": "Lead"}, "ID": "S-1", "Сотрудников": 10},
  {},
  {"ID": "S-2", "Сотрудников": "сорок"},
  {"ID": "S-3", "Сотрудников": 3}
]}"#;
    let (rows, reader) = read_all("sf.json", salesforce.as_bytes().to_vec(), &schema);
    assert!(reader.error().is_none());
    assert_eq!(rows.iter().map(|r| (r.record, r.line)).collect::<Vec<_>>(), vec![(1, 2), (2, 4), (3, 5)]);
    assert_eq!(reader.blank_rows(), 1);
    assert!(row_error(&rows[1]).to_string().starts_with("line 4, column \"Сотрудников\": \"сорок\""));
    let amo = r#"{"_page": 1, "_links": {"self": {"href": "x"}}, "_embedded": {"leads": [
  {"ID": 101, "_embedded": {"tags": [{"id": 1, "name": "выставка"}]},
   "custom_fields_values": [{"field_name": "Сотрудников", "values": [{"value": 250}]}]}]}}"#;
    let (rows, _) = read_all("amo.json", amo.as_bytes().to_vec(), &schema);
    assert_eq!(
        rows[0].values.as_ref().map(|v| (v[0].clone(), v[1].clone())),
        Ok((Value::Text("101".into()), Value::Number(250.0)))
    );
    // No lead at all in the list: nothing to judge, no error.
    let (rows, reader) = read_all("none.json", br#"{"totalSize": 0, "records": []}"#.to_vec(), &schema);
    assert!(rows.is_empty() && reader.error().is_none());
    // A lead of its own, with a list of contacts, is one lead.
    let lead = r#"{"ID": "L-1", "Сотрудников": 12, "contacts": [{"name": "Иван"}, {"name": "Пётр"}]}"#;
    let (rows, _) = read_all("lead.json", lead.as_bytes().to_vec(), &schema);
    assert_eq!((rows.len(), rows[0].id.as_deref()), (1, Some("L-1")));
}

/// Objects written over several lines, as editors and APIs pretty-print them, are leads whole;
/// a first line that no later line makes whole JSON is still the error it was.
#[test]
fn objects_written_over_several_lines_are_leads() {
    let schema = json_schema();
    let one = "{\n  \"ID\": \"P-1\",\n  \"Сотрудников\": 250\n}\n";
    let (rows, reader) = read_all("one.json", one.as_bytes().to_vec(), &schema);
    assert!(reader.error().is_none());
    assert_eq!((rows.len(), rows[0].line), (1, 1));
    let two = "{\n  \"ID\": \"P-1\"\n}\n\n{\n  \"ID\": \"P-2\",\n  \"Сотрудников\": \"x\"\n}\n{}\n";
    let (rows, reader) = read_all("two.json", two.as_bytes().to_vec(), &schema);
    assert!(reader.error().is_none());
    assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 5]);
    assert!(row_error(&rows[1]).to_string().starts_with("line 5, column \"Сотрудников\""));
    assert_eq!(reader.blank_rows(), 1);
    for broken in ["{\"ID\": 1, \"Сотрудников\": 2\n{\"ID\": 2}\n", "{\"ID\": 1, \"x\": {\n{\"ID\": 2}}\n{\"ID\": 3}\n"]
    {
        let error = from_bytes("b.jsonl", broken.as_bytes().to_vec(), &schema, &InputOptions::default()).err();
        assert_eq!(
            error.map(|e| e.to_string()).as_deref(),
            Some(
                "b.jsonl: not valid JSON at line 1, column 1: this line is not a whole JSON value; expected one lead per line ({...}) or an array of leads ([{...}, ...])"
            ),
            "{broken}"
        );
    }
}

/// The reader a service reads one lead with reads the one lead a wrapper holds, and says to send
/// several as a batch.
#[test]
fn a_single_lead_in_a_wrapper_is_that_lead() {
    let prepared = Prepared::new(&json_schema());
    let zoho = "{\"data\": [\n  {\"ID\": \"Z-1\", \"Сотрудников\": \"много\"}\n], \"info\": {\"count\": 1}}";
    match from_json_object("lead", zoho.as_bytes(), &prepared) {
        Some(Ok(Some(row))) => {
            assert_eq!((row.id.as_deref(), row.line), (Some("Z-1"), 2));
            assert!(row_error(&row).to_string().starts_with("line 2, column \"Сотрудников\": \"много\""));
        }
        other => panic!("one lead: {other:?}"),
    }
    let two = r#"{"leads": [{"ID": 1}, {"ID": 2}]}"#;
    match from_json_object("lead", two.as_bytes(), &prepared) {
        Some(Err(error)) => assert_eq!(
            error.to_string(),
            "lead: not valid JSON at line 1, column 11: the object holds 2 leads in its list \"leads\", where one \
             lead was expected; send them as an array of leads ([{...}, ...]) or as JSON Lines, one lead per line"
        ),
        other => panic!("an error: {other:?}"),
    }
    assert!(matches!(from_json_object("lead", br#"{"records": []}"#, &prepared), Some(Ok(None))));
}

/// Dates as CRMs' APIs send them, Unix timestamps in seconds (amoCRM) or milliseconds
/// (HubSpot), as numbers or texts, are read in UTC in a date field; a number field reads the
/// same digits as a number.
#[test]
fn unix_timestamps_are_dates_only_in_date_fields() {
    let schema = json_schema();
    let text = r#"[{"ID": 1, "Создан": 1732435200, "Сотрудников": 1732435200},
{"ID": 2, "properties": {"Создан": {"value": "1732435200000"}}},
{"ID": 3, "Создан": "17324352000"}]"#;
    let (rows, _) = read_all("api.json", text.as_bytes().to_vec(), &schema);
    let created = |row: &LeadRow| row.values.as_ref().map(|v| v[4].clone()).map_err(|e| e.to_string());
    assert_eq!(created(&rows[0]), Ok(at(2024, 11, 24, 8, 0)));
    assert_eq!(rows[0].values.as_ref().map(|v| v[1].clone()), Ok(Value::Number(1_732_435_200.0)));
    assert_eq!(created(&rows[1]), Ok(at(2024, 11, 24, 8, 0)));
    assert!(row_error(&rows[2]).to_string().contains("\"17324352000\" is not a date and time"));
}
