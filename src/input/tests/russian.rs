//! The input stage's messages in Russian: the errors of typical broken exports (a bad cell with
//! its line and column, a number that reads two ways, an impossible date, a Windows-1251 file
//! read as UTF-8, a file in UTF-16), each shown in both languages as an insta snapshot, and
//! every message they are made of is in the message files (none is `untranslated`).

use super::*;
use crate::locale::Lang;
use crate::message::{Arg, Message};
use crate::schema::{DateFormat, FieldKind};
use crate::syntax::ast::DurationUnit;

/// Fails when a message, or any message inside it, is text from the code rather than an id of
/// the message files.
pub(crate) fn assert_translated(message: &Message) {
    assert_ne!(message.id(), "untranslated", "an untranslated message: {message}");
    for (_, arg) in message.args() {
        assert_arg_translated(arg);
    }
}

fn assert_arg_translated(arg: &Arg) {
    match arg {
        Arg::Message(m) => assert_translated(m),
        Arg::List(items, _) => items.iter().for_each(assert_arg_translated),
        Arg::Verbatim(_) | Arg::Code(_) | Arg::Number(_) => {}
    }
}

fn schema() -> Schema {
    simple_schema(&[
        ("id", FieldKind::Text, "ID"),
        ("budget", FieldKind::Money, "Бюджет, руб"),
        ("decision_maker", FieldKind::YesNo, "ЛПР"),
        ("created", FieldKind::Date(DateFormat::Default), "Создан"),
        ("employees", FieldKind::Number, "Сотрудников"),
        ("timeline", FieldKind::Duration(DurationUnit::Days), "Срок, дней"),
    ])
}

/// Each message in English and in Russian, for one snapshot.
fn both(messages: &[Message]) -> String {
    let mut out = String::new();
    for message in messages {
        assert_translated(message);
        out.push_str(&format!("en: {}\nru: {}\n\n", Lang::En.text(message), Lang::Ru.text(message)));
    }
    out
}

#[test]
fn broken_cells_are_said_in_russian_with_their_line_and_column() {
    let csv = "ID;Бюджет, руб;ЛПР;Создан;Сотрудников;Срок, дней\n\
               L-1;12O 000;может быть;01.12.2026;250;30\n\
               L-2;1 000 000,50;1 000 000,50;31.02.2026;1.000;2 weeks\n\
               L-3;500 000;да;01/12/2026;1 200;три дня\n\
               L-4;1;2\n\
               L-5;1 000 000,50;да;29.02.2028;12,5;5\n";
    let (rows, reader) = read_all("leads.csv", csv.as_bytes().to_vec(), &schema());
    assert_eq!(rows.len(), 5);
    // `1 000 000,50` is money as people type it; in a yes/no column it is refused, and said so.
    assert!(rows[4].values.is_ok(), "{:?}", rows[4].values);
    let errors: Vec<Message> = rows.iter().filter_map(|r| r.values.as_ref().err()).map(RowError::message).collect();
    assert!(reader.warnings().is_empty());
    insta::assert_snapshot!("broken_cells_ru", both(&errors));
}

#[test]
fn encodings_are_explained_in_russian() {
    let schema = schema();
    let mut messages = Vec::new();
    // A Windows-1251 file read as UTF-8 because that was forced.
    let forced = InputOptions { encoding: Some(Encoding::Utf8), ..InputOptions::default() };
    let bytes = cp1251("ID;Бюджет, руб\nL-1;100\n");
    match from_bytes("leads.csv", bytes, &schema, &forced) {
        Err(e) => messages.push(e.message()),
        Ok(_) => panic!("a Windows-1251 header read as UTF-8 should be refused"),
    }
    // A file read as UTF-8 (as told) whose one cell is not UTF-8.
    let mut bytes = "ID;ЛПР\nL-1;".as_bytes().to_vec();
    bytes.extend(cp1251("да"));
    bytes.push(b'\n');
    let rows: Vec<LeadRow> = from_bytes("leads.csv", bytes, &schema, &forced).expect("opens").collect();
    messages.push(row_error(&rows[0]).message());
    insta::assert_snapshot!("encodings_ru", both(&messages));
}

#[test]
fn whole_file_problems_are_said_in_russian() {
    let schema = schema();
    let mut messages = Vec::new();
    let mut refused =
        |name: &str, text: &str| match from_bytes(name, text.as_bytes().to_vec(), &schema, &InputOptions::default()) {
            Err(e) => messages.push(e.message()),
            Ok(_) => panic!("{name} should be refused"),
        };
    refused("leads.csv", "  \n");
    refused("leads.csv", "Компания;Телефон\nАльфа;123\n");
    refused("leads.csv", "ID;ЛПР;лпр\nL-1;да;нет\n");
    for broken in ["[{\"ID\": 1}", "[{\"ID\": 1}] x", "[{\"ID\": 1} {\"ID\": 2}]"] {
        let (_, mut reader) = read_all("leads.json", broken.as_bytes().to_vec(), &schema);
        messages.push(reader.take_error().expect("broken JSON structure").message());
    }
    // A number that reads two ways, with nothing else in its column to tell.
    let (rows, _) = read_all("leads.csv", "ID;Сотрудников\nL-1;1.000\n".as_bytes().to_vec(), &schema);
    messages.push(row_error(&rows[0]).message());
    let (_, reader) = read_all("leads.csv", "ID;Бюджет, руб;Note;note\nL-1;1;a;b\n".as_bytes().to_vec(), &schema);
    messages.extend(reader.warnings().iter().cloned());
    let (rows, _) =
        read_all("leads.jsonl", "[1, 2]\n\"текст\"\n{\"ID\": \"L-3\", \"ЛПР\": [[\"да\"]]}\n".into(), &schema);
    messages.extend(rows.iter().filter_map(|r| r.values.as_ref().err()).map(RowError::message));
    insta::assert_snapshot!("whole_file_ru", both(&messages));
}

#[test]
fn no_message_of_the_input_stage_is_written_in_the_code() {
    // The messages are ids of the message files: no text is made into a message in the code.
    for dir in ["src/input", "src/run", "src/output"] {
        let mut files = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(dir)];
        while let Some(path) = stack.pop() {
            for entry in std::fs::read_dir(&path).expect("read the folder").filter_map(Result::ok) {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        for file in files.into_iter().filter(|f| !f.ends_with("tests/russian.rs")) {
            let code = std::fs::read_to_string(&file).expect("read a source file");
            for made in ["Message::untranslated(", "Message::from(", "untranslated\")"] {
                assert!(!code.contains(made), "{}: `{made}` makes a message of text in the code", file.display());
            }
        }
    }
}
