//! Whole-file tests of the input stage through `from_bytes` and `open`: encodings, CSV quirks,
//! broken rows, the generated messy export, and property tests; the helpers they share. JSON
//! arrays and JSON Lines are in `tests/json.rs`, damaged files in `tests/damage.rs`.

use proptest::prelude::*;

use super::sample::{Breakage, messy_export, messy_export_report, messy_export_schema};
use super::*;
use crate::schema::{FieldKind, FieldSpec};
use crate::value::civil_seconds;

mod damage;
mod json;
mod russian;

const DAY: f64 = 86_400.0;

pub(super) fn at(y: i16, m: i8, d: i8, h: i8, min: i8) -> Value {
    Value::Time(civil_seconds(jiff::civil::date(y, m, d).at(h, min, 0, 0)))
}

pub(super) fn cp1251(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable, "test text must be representable in Windows-1251");
    bytes.into_owned()
}

pub(super) fn read_all(name: &str, bytes: Vec<u8>, schema: &Schema) -> (Vec<LeadRow>, LeadReader) {
    let mut reader =
        from_bytes(name, bytes, schema, &InputOptions::default()).unwrap_or_else(|e| panic!("{name} should open: {e}"));
    let rows: Vec<LeadRow> = reader.by_ref().collect();
    (rows, reader)
}

pub(super) fn row_error(row: &LeadRow) -> &RowError {
    match &row.values {
        Err(error) => error,
        Ok(values) => panic!("record {} should be an error, got {values:?}", row.record),
    }
}

pub(super) fn simple_schema(fields: &[(&str, FieldKind, &str)]) -> Schema {
    Schema {
        fields: fields
            .iter()
            .map(|(name, kind, column)| FieldSpec {
                name: name.to_string(),
                kind: kind.clone(),
                columns: vec![column.to_string()],
                used: true,
                decimal_mark: None,
                unknown_when: Vec::new(),
            })
            .collect(),
        key: Some(0),
    }
}

/// A `;`-separated Windows-1251 export without BOM, CRLF, decimal commas, a quoted cell with
/// `;` and a line break, and two broken records.
const RUSSIAN_EXPORT: &str = "ID;Сотрудников;Выручка, руб;Отрасль;ЛПР;Бюджет, руб;Срок, дней;Потребность;Создан\r\n\
    1;250;12 500 000,50;ИТ;да;1 000 000;30;\"CRM; интеграция\r\nс 1С\";01.12.2026 14:30\r\n\
    2;1 200;;розница;нет;500 000,5 руб.;2 недели;;15.01.2026\r\n\
    3;12O;1000;казино;Да;;;;31.02.2026\r\n\
    4;10;20\r\n\
     ;  ;;;;;;;\r\n";

#[test]
fn a_russian_windows_1251_export() {
    let schema = messy_export_schema();
    let (rows, reader) = read_all("leads.csv", cp1251(RUSSIAN_EXPORT), &schema);
    assert_eq!(rows.len(), 4, "rows in = rows out + blank rows");
    assert_eq!(reader.blank_rows(), 1, "the row of blank cells is skipped");
    assert!(reader.error().is_none());
    assert_eq!(rows.iter().map(|r| (r.record, r.line)).collect::<Vec<_>>(), vec![(1, 2), (2, 4), (3, 5), (4, 6)]);

    assert_eq!(rows[0].id.as_deref(), Some("1"));
    assert_eq!(
        rows[0].values,
        Ok(vec![
            Value::Text("1".into()),
            Value::Number(250.0),
            Value::Number(12_500_000.5),
            Value::Enum(0),
            Value::Unknown,
            Value::Unknown,
            Value::Bool(true),
            Value::Number(1_000_000.0),
            Value::Number(30.0 * DAY),
            Value::Text("CRM; интеграция\r\nс 1С".into()),
            Value::Unknown,
            at(2026, 12, 1, 14, 30),
        ])
    );
    assert_eq!(
        rows[1].values,
        Ok(vec![
            Value::Text("2".into()),
            Value::Number(1200.0),
            Value::Unknown,
            Value::Enum(2),
            Value::Unknown,
            Value::Unknown,
            Value::Bool(false),
            Value::Number(500_000.5),
            Value::Number(14.0 * DAY),
            Value::Unknown,
            Value::Unknown,
            at(2026, 1, 15, 0, 0),
        ])
    );

    let bad_cells = row_error(&rows[2]);
    assert_eq!(rows[2].id.as_deref(), Some("3"), "the id survives bad cells");
    assert_eq!(bad_cells.line, 5);
    let columns: Vec<_> = bad_cells.problems.iter().map(|p| p.column.as_deref()).collect();
    assert_eq!(columns, vec![Some("Сотрудников"), Some("Отрасль"), Some("Создан")]);
    assert_eq!(bad_cells.problems[0].value, "12O");
    assert_eq!(
        bad_cells.to_string(),
        "line 5, column \"Сотрудников\": \"12O\" is not a number (write it like 1 000 000,50 or \
         1000000.50); column \"Отрасль\": \"казино\" is not one of the allowed values: \"ИТ\", \
         \"it\", \"производство\", \"manufacturing\", \"розница\", \"retail\", \"логистика\", \
         \"logistics\", \"финансы\", \"finance\", \"азартные игры\", \"gambling\", \
         \"образование\", \"education\"; column \"Создан\": \"31.02.2026\" is not a real date \
         (February 2026 has 28 days)"
    );

    let bad_shape = row_error(&rows[3]);
    assert_eq!(rows[3].id.as_deref(), Some("4"));
    assert_eq!(bad_shape.to_string(), "line 6: 3 cells, but the header has 9 columns");

    assert_eq!(reader.columns()[2].as_deref(), Some("Выручка, руб"));
    assert_eq!(reader.columns()[4], None);
    assert_eq!(reader.warnings().len(), 3, "{:?}", reader.warnings());
    assert_eq!(
        reader.warnings()[0].to_string(),
        "leads.csv: field ad_spend has no column (looked for \"Реклама в месяц, руб\"); it is \
         unknown for every lead"
    );
}

#[test]
fn forcing_the_wrong_encoding_is_an_error_that_names_the_fix() {
    let schema = messy_export_schema();
    let options = InputOptions { encoding: Some(Encoding::Utf8), ..InputOptions::default() };
    let error = match from_bytes("leads.csv", cp1251(RUSSIAN_EXPORT), &schema, &options) {
        Ok(_) => panic!("Windows-1251 column names read as UTF-8 must not pass silently"),
        Err(e) => e.to_string(),
    };
    assert!(error.contains("not valid UTF-8") && error.contains("--encoding windows-1251"), "{error}");
}

#[test]
fn a_utf8_file_with_a_bom_and_commas() {
    let schema = simple_schema(&[
        ("id", FieldKind::Text, "id"),
        ("employees", FieldKind::Number, "Сотрудников"),
        ("share", FieldKind::Percent, "Доля"),
    ]);
    let text = "\u{FEFF}ID,\"Сотрудников\",Доля\n7,\"1,5\",45 %\n8,\"1,000,000\",\"12,5%\"\n";
    let (rows, reader) = read_all("leads.csv", text.as_bytes().to_vec(), &schema);
    assert_eq!(reader.columns()[0].as_deref(), Some("ID"));
    assert!(reader.warnings().is_empty());
    assert_eq!(rows[0].values, Ok(vec![Value::Text("7".into()), Value::Number(1.5), Value::Number(0.45)]));
    assert_eq!(rows[1].values, Ok(vec![Value::Text("8".into()), Value::Number(1_000_000.0), Value::Number(0.125)]));
}

#[test]
fn excel_sep_line_and_trailing_delimiters() {
    let schema = simple_schema(&[("id", FieldKind::Text, "ID"), ("n", FieldKind::Number, "N")]);
    let text = "sep=;\r\nID;N\r\n1;2,5;\r\n2;3;x\r\n";
    let (rows, _) = read_all("leads.csv", text.as_bytes().to_vec(), &schema);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].values, Ok(vec![Value::Text("1".into()), Value::Number(2.5)]));
    assert_eq!(rows[0].line, 3);
    assert_eq!(row_error(&rows[1]).to_string(), "line 4: 3 cells, but the header has 2 columns");
}

#[test]
fn line_numbers_count_blank_lines_and_quoted_line_breaks() {
    let schema = simple_schema(&[("id", FieldKind::Text, "ID"), ("need", FieldKind::Text, "Need")]);
    let mut text = String::from("ID;Need\n\n");
    let mut expected = Vec::new();
    let mut line = 3;
    for i in 0..5_000 {
        expected.push(line);
        match i % 4 {
            0 => text.push_str(&format!("{i};plain\r\n")),
            1 => {
                text.push_str(&format!("{i};\"two\r\nlines\"\r\n"));
                line += 1;
            }
            2 => {
                text.push_str(&format!("{i};then blank lines\n\n\r\n"));
                line += 2;
            }
            _ => text.push_str(&format!("{i};\"quoted\"\n")),
        }
        line += 1;
    }
    let (rows, _) = read_all("leads.csv", text.into_bytes(), &schema);
    assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), expected);
}

#[test]
fn blank_rows_are_skipped_and_counted_on_both_reading_paths() {
    let schema = simple_schema(&[("id", FieldKind::Text, "ID"), ("n", FieldKind::Number, "N")]);
    // Separators only, spaces, a no-break space (UTF-8 and Windows-1251), then Excel's tail.
    let bytes = "ID;N;Note\r\n;;\r\n1;2;x\r\n  ; \t;\r\n\u{a0};;\r\n2;;\r\n;;\r\n;;;\r\n".as_bytes().to_vec();
    let (rows, reader) = read_all("leads.csv", bytes, &schema);
    assert_eq!(rows.iter().map(|r| (r.record, r.line)).collect::<Vec<_>>(), vec![(1, 3), (2, 6)]);
    assert_eq!(reader.blank_rows(), 5);
    assert!(rows.iter().all(|r| r.values.is_ok()));

    // The same in Windows-1251, read record by record as `qualify --jobs` does.
    let bytes = cp1251("ID;N;Note\r\n;;\r\n1;2;x\r\n  ; \t;\r\n\u{a0};;\r\n2;;\r\n;;\r\n3;\u{a0};Привет\r\n");
    let mut reader = from_bytes("leads.csv", bytes, &schema, &InputOptions::default()).unwrap();
    let (mut raw, mut converter, mut seen) = (RawLead::default(), reader.converter(), Vec::new());
    while reader.next_raw(&mut raw) {
        let row = converter.convert(&raw);
        seen.push((row.record, row.line, row.id));
    }
    assert_eq!(seen, vec![(1, 3, Some("1".into())), (2, 6, Some("2".into())), (3, 8, Some("3".into()))]);
    assert_eq!(reader.blank_rows(), 4);
}

#[test]
fn empty_lines_are_counted_as_blank_rows_wherever_they_are() {
    let schema = simple_schema(&[("id", FieldKind::Text, "ID"), ("n", FieldKind::Number, "N")]);
    for newline in ["\n", "\r\n"] {
        // Two empty lines between leads, one after the last lead, one of spaces; none before the
        // header (it is not a lead's row).
        let text = ["", "ID,N", "1,2", "", "", "2,3", "   ", "3,4", "", ""].join(newline);
        let (rows, reader) = read_all("leads.csv", text.into_bytes(), &schema);
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![3, 6, 8], "{newline:?}");
        assert_eq!(reader.blank_rows(), 4, "{newline:?}: lines 4, 5, 7 and 9");
        // Read record by record, as `qualify --jobs` does.
        let text = ["ID;N", "", "1;2", "", "2;3", ""].join(newline);
        let mut reader = from_bytes("leads.csv", text.into_bytes(), &schema, &InputOptions::default()).unwrap();
        let mut raw = RawLead::default();
        let mut records = 0;
        while reader.next_raw(&mut raw) {
            records += 1;
        }
        assert_eq!((records, reader.blank_rows()), (2, 2), "{newline:?}");
    }
}

#[test]
fn blank_json_objects_are_skipped_and_counted() {
    let schema = simple_schema(&[("id", FieldKind::Text, "ID"), ("n", FieldKind::Number, "N")]);
    let text = "{}\n{\"ID\": 1}\n\n{\"ID\": null, \"N\": \" \"}\n{\"ID\": 2}\n{}\n";
    let (rows, reader) = read_all("leads.jsonl", text.as_bytes().to_vec(), &schema);
    assert_eq!(rows.iter().map(|r| (r.record, r.line)).collect::<Vec<_>>(), vec![(1, 2), (2, 5)]);
    assert_eq!(reader.blank_rows(), 3);
    let text = "[{}, {\"ID\": 1}, {\"N\": null}]";
    let (rows, reader) = read_all("leads.json", text.as_bytes().to_vec(), &schema);
    assert_eq!(rows.len(), 1);
    assert_eq!(reader.blank_rows(), 2);
    // Only blank objects: no lead, no error.
    let (rows, reader) = read_all("leads.json", b"[{}]".to_vec(), &schema);
    assert_eq!((rows.len(), reader.blank_rows()), (0, 1));
}

#[test]
fn utf8_that_turns_invalid_after_the_sniffed_start() {
    let schema = simple_schema(&[("id", FieldKind::Text, "ID"), ("need", FieldKind::Text, "Потребность")]);
    let mut bytes = "ID;Потребность\n".as_bytes().to_vec();
    let mut records = 0;
    while bytes.len() < 70_000 {
        records += 1;
        bytes.extend(format!("{records};Привет, мир\n").as_bytes());
    }
    bytes.extend(b"999;\xCF\xF0\xE8\xE2\xE5\xF2\n");
    records += 1;
    let (rows, _) = read_all("leads.csv", bytes, &schema);
    assert_eq!(rows.len(), records);
    assert!(rows[..records - 1].iter().all(|r| r.values.is_ok()));
    let last = row_error(&rows[records - 1]);
    assert_eq!(rows[records - 1].id.as_deref(), Some("999"));
    assert!(last.problems[0].problem.to_string().contains("not valid UTF-8"), "{last}");
    assert!(last.to_string().contains("--encoding windows-1251"), "{last}");
}

#[test]
fn an_ascii_start_decides_the_encoding_at_the_first_russian_cell() {
    let schema = simple_schema(&[("id", FieldKind::Text, "ID"), ("need", FieldKind::Text, "Need")]);
    let mut bytes = b"ID,Need\n1,abc\n2,".to_vec();
    bytes.extend(cp1251("Привет\n"));
    let (rows, _) = read_all("leads.csv", bytes, &schema);
    assert_eq!(rows[1].values, Ok(vec![Value::Text("2".into()), Value::Text("Привет".into())]));
}

/// Excel's "Unicode text" (UTF-16 with its byte-order mark, little- or big-endian, tabs between
/// cells) reads as the same text in UTF-8 does.
#[test]
fn utf16_text_with_its_mark_reads_as_utf8_does() {
    let schema = simple_schema(&[("id", FieldKind::Text, "ID"), ("need", FieldKind::Text, "Потребность")]);
    let text = "ID\tПотребность\r\nL-1\tрезервное копирование\r\nL-2\t\r\n";
    let (expected, _) = read_all("leads.txt", text.as_bytes().to_vec(), &schema);
    assert_eq!(expected.len(), 2);
    let little: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let big: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for bytes in [little, big] {
        let (rows, _) = read_all("leads.txt", bytes, &schema);
        let values: Vec<_> = rows.iter().map(|r| r.values.clone()).collect();
        assert_eq!(values, expected.iter().map(|r| r.values.clone()).collect::<Vec<_>>());
    }
}

#[test]
fn file_level_errors() {
    let schema = messy_export_schema();
    let options = InputOptions::default();
    let message = |name: &str, bytes: &[u8]| match from_bytes(name, bytes.to_vec(), &schema, &options) {
        Ok(_) => panic!("{name}: {bytes:?} should not open"),
        Err(error) => error.to_string(),
    };
    assert_eq!(message("leads.csv", b""), "leads.csv: the file is empty");
    assert_eq!(message("leads.csv", b" \r\n\n"), "leads.csv: the file is empty");
    assert_eq!(message("leads.csv", b"\xEF\xBB\xBF"), "leads.csv: the file is empty");
    assert!(message("leads.csv", b";;;\n1;2;3;4\n").contains("the first line has no column names"));
    let no_match = message("leads.csv", b"a;b\n1;2\n");
    assert!(
        no_match.starts_with(
            "leads.csv: no column matches any field; the rules read id from \"ID\", employees \
             from \"Сотрудников\""
        ),
        "{no_match}"
    );
    assert!(no_match.ends_with("the file's columns are \"a\", \"b\""), "{no_match}");
    assert_eq!(
        message("leads.json", b"  \"leads\""),
        "leads.json: not valid JSON at line 1, column 3: expected [ to start an array of leads"
    );
    // An object written over several lines is a lead (see `tests/json.rs`); one never closed is
    // not.
    let unclosed = message("leads.json", b"{\n  \"ID\": 1\n");
    assert!(unclosed.contains("not valid JSON at line 1") && unclosed.contains("one lead per line"));
    assert!(message("leads.json", b"{\"a\": 1}\n").contains("no column matches any field"));

    let missing = std::path::Path::new("/nonexistent/leads.csv");
    let error = open(missing, &schema, &options).err().expect("no such file");
    assert_eq!(error.to_string(), "cannot open /nonexistent/leads.csv: no such file or folder");
}

#[test]
fn a_reader_can_move_to_another_thread() {
    fn assert_send<T: Send>() {}
    assert_send::<LeadReader>();
    assert_send::<LeadRow>();
}

#[test]
fn open_streams_a_file() {
    let schema = messy_export_schema();
    let export = messy_export_report(450, 3);
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    std::io::Write::write_all(&mut file, &export.bytes).expect("write");
    let reader = open(file.path(), &schema, &InputOptions::default()).expect("opens");
    let errors: Vec<u64> = reader.filter(|r| r.values.is_err()).map(|r| r.record).collect();
    let broken: Vec<u64> = export.broken.iter().map(|(record, _)| *record).collect();
    assert_eq!(errors, broken);
}

#[test]
fn the_messy_export_reads_with_exactly_its_broken_rows_failing() {
    let schema = messy_export_schema();
    let export = messy_export_report(1_000, 42);
    assert_eq!(export.broken.len(), 5);
    let (rows, reader) = read_all("messy.csv", export.bytes.clone(), &schema);
    assert!(reader.warnings().is_empty(), "{:?}", reader.warnings());
    assert_eq!(rows.len(), 1_000);
    assert!(rows.iter().enumerate().all(|(i, r)| r.record == i as u64 + 1));
    assert!(rows.iter().enumerate().all(|(i, r)| r.id == Some(format!("{}", 100_000 + i))));
    for row in &rows {
        let broken = export.broken.iter().find(|(record, _)| *record == row.record);
        match (broken, &row.values) {
            (None, Ok(_)) => {}
            (None, Err(error)) => panic!("record {} should read: {error}", row.record),
            (Some((_, kind)), Ok(_)) => panic!("record {} should fail ({kind:?})", row.record),
            (Some((_, kind)), Err(error)) => {
                let column = error.problems.first().and_then(|p| p.column.as_deref());
                match kind {
                    Breakage::LetterInNumber => assert_eq!(column, Some("Бюджет, руб")),
                    Breakage::UnknownIndustry => assert_eq!(column, Some("Отрасль")),
                    Breakage::ImpossibleDate => assert_eq!(column, Some("Создан")),
                    Breakage::WrongCellCount => {
                        assert_eq!(
                            error.record_problem.as_ref().map(|m| m.to_string()).as_deref(),
                            Some("13 cells, but the header has 12 columns")
                        )
                    }
                }
            }
        }
    }
    let unknown =
        rows.iter().filter_map(|r| r.values.as_ref().ok()).flatten().filter(|v| **v == Value::Unknown).count();
    let cells = rows.iter().filter(|r| r.values.is_ok()).count() * 11;
    let share = unknown as f64 / cells as f64;
    assert!((0.10..0.20).contains(&share), "about 15 % empty cells, got {share}");
}

#[test]
fn the_messy_export_is_deterministic() {
    assert_eq!(messy_export(300, 1), messy_export(300, 1));
    assert_ne!(messy_export(300, 1), messy_export(300, 2));
    assert!(messy_export_report(199, 1).broken.is_empty());
    assert_eq!(messy_export_report(400, 9).broken.len(), 2);
}

fn csv_record_count(bytes: &[u8]) -> usize {
    let (delimiter, _) = csv_source::detect_delimiter(bytes);
    let mut reader = csv_source::csv_reader(bytes, delimiter);
    let mut record = csv::ByteRecord::new();
    let mut count = 0;
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        count += 1;
    }
    count
}

/// Lines after the header that hold nothing (or only carriage returns), which the csv crate
/// skips without a record: the reader counts each as a blank row. A last line without its
/// line break that holds only carriage returns is not a line.
fn empty_lines_after_header(bytes: &[u8]) -> usize {
    let mut lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').skip(1).collect();
    lines.pop_if(|last| last.iter().all(|b| *b == b'\r'));
    lines.iter().filter(|line| line.iter().all(|b| *b == b'\r')).count()
}

/// Writes `whole.fraction` (fraction in hundredths) with the given thousands and decimal marks.
fn write_number(whole: u64, hundredths: u64, group: Option<char>, decimal: char) -> String {
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if let Some(mark) = group
            && i > 0
            && (digits.len() - i).is_multiple_of(3)
        {
            out.push(mark);
        }
        out.push(c);
    }
    format!("{out}{decimal}{hundredths:02}")
}

proptest! {
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let schema = messy_export_schema();
        for name in ["random.csv", "random.json", "random.jsonl", "random"] {
            if let Ok(reader) = from_bytes(name, bytes.clone(), &schema, &InputOptions::default()) {
                for row in reader {
                    if let Err(error) = row.values {
                        let _ = error.to_string();
                    }
                }
            }
        }
    }

    #[test]
    fn csv_rows_out_equal_the_csv_crate_records(
        body in proptest::collection::vec(
            // Text bytes: binary data (NUL, many control characters) is refused as a whole.
            prop_oneof![0x20u8..=0xFF, Just(b'\t'), Just(b';'), Just(b'"'), Just(b'\n'), Just(b'\r'), Just(b'1')],
            0..800,
        )
    ) {
        let schema = messy_export_schema();
        let mut bytes = "ID;Сотрудников;Создан\n".as_bytes().to_vec();
        bytes.extend(body);
        let expected = csv_record_count(&bytes) - 1 + empty_lines_after_header(&bytes);
        // A quote may be a stray one, whose record is then read again from the next line.
        let quoted = bytes.contains(&b'"');
        let reader = from_bytes("random.csv", bytes, &schema, &InputOptions::default());
        prop_assert!(reader.is_ok());
        if let Ok(mut reader) = reader {
            let rows: Vec<LeadRow> = reader.by_ref().collect();
            prop_assert!(reader.error().is_none());
            if !quoted {
                prop_assert_eq!(rows.len() as u64 + reader.blank_rows(), expected as u64);
            }
            let mut previous_line = 1;
            for (i, row) in rows.iter().enumerate() {
                prop_assert_eq!(row.record, i as u64 + 1);
                prop_assert!(row.line >= previous_line.max(2));
                previous_line = row.line;
            }
        }
    }

    #[test]
    fn any_cell_text_of_any_kind_never_panics(
        text in prop_oneof!["\\PC{0,30}", "[0-9 ,.'+\\-−%₽рубUSDEe:/TZапмдн\u{a0}]{0,24}"]
    ) {
        use crate::schema::{DateFormat, EnumValue};
        use crate::syntax::ast::DurationUnit;
        let us = DateFormat::parse("m/d/yyyy").unwrap_or_default();
        let kinds = [
            FieldKind::Number, FieldKind::Money, FieldKind::Percent, FieldKind::YesNo,
            FieldKind::Text, FieldKind::Duration(DurationUnit::Days),
            FieldKind::Date(DateFormat::Default), FieldKind::DateTime(us),
            FieldKind::OneOf(vec![EnumValue { name: "it".into(), spellings: vec!["ИТ".into()] }]),
        ];
        for kind in kinds {
            let _ = values::CellReader::new(&kind).read(&text);
        }
    }

    /// Remembering the values of repeated `one of` and yes/no cells changes nothing: every row
    /// reads as its cells read one by one, and a spelling that is not allowed is an error row
    /// each time it appears. The same leads as JSON Lines, their keys in an order of their own
    /// (which keys the fields read is remembered while the order stays), read the same.
    #[test]
    fn repeated_spellings_read_as_each_cell_alone(
        picks in proptest::collection::vec((0usize..8, 0usize..7, 0usize..3), 1..60)
    ) {
        use crate::schema::EnumValue;
        let industries = ["ИТ", "ит", " ИТ ", "розница", "РОЗНИЦА", "retail", "другое", ""];
        let answers = ["Да", "да", "НЕТ", "yes", "0", "может быть", ""];
        let industry = FieldKind::OneOf(vec![
            EnumValue { name: "it".into(), spellings: vec!["ИТ".into()] },
            EnumValue { name: "retail".into(), spellings: vec!["розница".into()] },
        ]);
        let schema =
            simple_schema(&[("id", FieldKind::Text, "id"), ("industry", industry.clone(), "Отрасль"), ("dm", FieldKind::YesNo, "ЛПР")]);
        let mut text = String::from("id;Отрасль;ЛПР\r\n");
        let mut lines = String::new();
        for (i, (a, b, order)) in picks.iter().enumerate() {
            text.push_str(&format!("{i};{};{}\r\n", industries[*a], answers[*b]));
            let (industry, answer) = (format!("\"Отрасль\": {:?}", industries[*a]), format!("\"лпр\": {:?}", answers[*b]));
            let keys = match order {
                0 => [format!("\"id\": \"{i}\""), industry, answer],
                1 => [answer, format!("\"ID\": {i}"), industry],
                _ => [industry, format!("\"id\": \"{i}\""), answer],
            };
            lines.push_str(&format!("{{{}}}\n", keys.join(", ")));
        }
        let (rows, _) = read_all("repeated.csv", cp1251(&text), &schema);
        prop_assert_eq!(rows.len(), picks.len());
        let (json_rows, _) = read_all("repeated.jsonl", lines.into_bytes(), &schema);
        prop_assert_eq!(json_rows.len(), picks.len());
        for (csv, json) in rows.iter().zip(&json_rows) {
            match (&csv.values, &json.values) {
                (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
                (Err(a), Err(b)) => prop_assert_eq!(a.problems.len(), b.problems.len()),
                (a, b) => prop_assert!(false, "CSV read {:?}, JSON {:?}", a, b),
            }
        }
        let (by_industry, by_answer) = (values::CellReader::new(&industry), values::CellReader::new(&FieldKind::YesNo));
        for (row, (a, b, _)) in rows.iter().zip(&picks) {
            let alone = (by_industry.read(industries[*a]), by_answer.read(answers[*b]));
            match (&row.values, alone) {
                (Ok(values), (Ok(i), Ok(d))) => prop_assert_eq!(&values[1..], &[i, d][..]),
                (Err(error), (i, d)) => prop_assert_eq!(error.problems.len(), usize::from(i.is_err()) + usize::from(d.is_err())),
                (Ok(values), alone) => prop_assert!(false, "{:?} read, but alone {:?}", values, alone),
            }
        }
    }

    #[test]
    fn numbers_round_trip_in_every_style(whole in 0u64..10_000_000_000, hundredths in 0u64..100) {
        let expected = whole as f64 + hundredths as f64 / 100.0;
        for (group, decimal) in [
            (None, ','), (None, '.'), (Some(' '), ','), (Some('\u{00A0}'), ','),
            (Some('\u{202F}'), ','), (Some('.'), ','), (Some(','), '.'), (Some('\''), '.'),
        ] {
            let text = write_number(whole, hundredths, group, decimal);
            let parsed = values::parse_number(&text);
            prop_assert!(
                parsed.is_some_and(|p| (p - expected).abs() < 1e-6),
                "{:?} read as {:?}, expected {}", text, parsed, expected
            );
            prop_assert_eq!(values::parse_number(&format!("-{text}")).map(|p| -p), parsed);
        }
    }
}

/// Reads every record with `next_raw` and converts it with a converter, as `qualify --jobs`
/// does, one raw buffer reused for all records.
fn read_raw(name: &str, bytes: Vec<u8>, schema: &Schema) -> (Vec<LeadRow>, Option<InputError>) {
    let mut reader = from_bytes(name, bytes, schema, &InputOptions::default()).expect("opens");
    let mut converter = reader.converter();
    let mut raw = RawLead::default();
    let mut rows = Vec::new();
    while reader.next_raw(&mut raw) {
        assert_eq!(raw.record(), rows.len() as u64 + 1);
        rows.push(converter.convert(&raw));
    }
    (rows, reader.take_error())
}

/// Reading raw records and converting them elsewhere gives the same rows as iterating: values,
/// error rows, record numbers and lines, on the messy Windows-1251 export and on JSON.
#[test]
fn raw_records_converted_elsewhere_are_the_rows_iteration_gives() {
    let schema = messy_export_schema();
    let export = messy_export(3_000, 9);
    let (rows, reader) = read_all("messy.csv", export.clone(), &schema);
    let (raw_rows, error) = read_raw("messy.csv", export, &schema);
    assert!(reader.error().is_none() && error.is_none());
    assert!(rows.iter().any(|r| r.values.is_err()), "the export has broken rows");
    assert_eq!(raw_rows, rows);

    let json = br#"[{"ID": 1, "employees": "12"}, {"ID": 2, "employees": "x"}, {"ID": 3}]"#.to_vec();
    let (rows, _) = read_all("leads.json", json.clone(), &schema);
    let (raw_rows, _) = read_raw("leads.json", json, &schema);
    assert_eq!(raw_rows, rows);
}
