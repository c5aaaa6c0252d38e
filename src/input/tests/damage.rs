//! Whole-file tests of damaged inputs: records that never end (the record limit) and stray
//! quotes in CSV (the rows they swallow are read again).

use super::*;
use crate::schema::FieldKind;

fn schema() -> Schema {
    simple_schema(&[("id", FieldKind::Text, "ID"), ("n", FieldKind::Number, "N"), ("need", FieldKind::Text, "Need")])
}

/// Reads `bytes` with a record limit of `limit` bytes: the rows, and the error that ended them.
fn read_limited(name: &str, bytes: Vec<u8>, limit: usize) -> (Vec<LeadRow>, Option<String>) {
    let mut reader = match read(name, Box::new(Cursor::new(bytes)), &schema(), &InputOptions::default(), limit) {
        Ok(reader) => reader,
        Err(e) => return (Vec::new(), Some(e.to_string())),
    };
    let rows: Vec<LeadRow> = reader.by_ref().collect();
    (rows, reader.take_error().map(|e| e.to_string()))
}

/// The same input read record by record and converted, as `qualify --jobs` does.
fn read_raw(name: &str, bytes: Vec<u8>, limit: usize) -> Vec<LeadRow> {
    let mut reader = read(name, Box::new(Cursor::new(bytes)), &schema(), &InputOptions::default(), limit).unwrap();
    let (mut raw, mut converter, mut rows) = (RawLead::default(), reader.converter(), Vec::new());
    while reader.next_raw(&mut raw) {
        rows.push(converter.convert(&raw));
    }
    rows
}

const MIB: usize = 1024 * 1024;

#[test]
fn a_record_past_the_limit_stops_reading_with_its_line() {
    // No line breaks after the second line: 3 MiB of one record.
    let mut csv = b"ID;N;Need\n1;2;x\n2;".to_vec();
    csv.extend(std::iter::repeat_n(b'7', 3 * MIB));
    let (rows, error) = read_limited("leads.csv", csv, MIB);
    assert_eq!(rows.len(), 1);
    assert_eq!(
        error.as_deref(),
        Some(
            "leads.csv: a record longer than 1 MiB starting on line 3; no lead is that long, so the \
             file is probably damaged (its line breaks are missing, or a quote or bracket is never closed)"
        )
    );
    // The header itself.
    let (_, error) = read_limited("leads.csv", vec![b'N'; 3 * MIB], MIB);
    assert!(error.is_some_and(|e| e.contains("longer than 1 MiB starting on line 1")));

    let mut jsonl = b"{\"ID\": 1}\n\n{\"ID\": \"".to_vec();
    jsonl.extend(std::iter::repeat_n(b'7', 3 * MIB));
    let (rows, error) = read_limited("leads.jsonl", jsonl, MIB);
    assert_eq!(rows.len(), 1);
    assert!(error.is_some_and(|e| e.starts_with("leads.jsonl: a record longer than 1 MiB starting on line 3;")));

    let mut json = b"[{\"ID\": 1},\n {\"ID\": [".to_vec();
    json.extend(std::iter::repeat_n(b'7', 3 * MIB));
    let (rows, error) = read_limited("leads.json", json, MIB);
    assert_eq!(rows.len(), 1);
    assert!(error.is_some_and(|e| e.starts_with("leads.json: a record longer than 1 MiB starting on line 2;")));

    // Under the limit, a long record is a record.
    let mut long = b"ID;N;Need\n1;2;".to_vec();
    long.extend(std::iter::repeat_n(b'x', MIB / 2));
    let (rows, error) = read_limited("leads.csv", long, MIB);
    assert_eq!((rows.len(), error), (1, None));
}

/// A `;`-separated file: header, then `rows` leads `i;i;note i`, with `line` (1-based lead
/// number) replaced.
fn export(rows: usize, replace: &[(usize, &str)]) -> Vec<u8> {
    let mut text = String::from("ID;N;Need\r\n");
    for i in 1..=rows {
        match replace.iter().find(|(at, _)| *at == i) {
            Some((_, line)) => text.push_str(line),
            None => text.push_str(&format!("{i};{i};note {i}")),
        }
        text.push_str("\r\n");
    }
    text.into_bytes()
}

#[test]
fn a_stray_quote_to_the_end_of_the_file_costs_one_row() {
    let bytes = export(300, &[(5, "5;5;\"DR; второй ЦОД")]);
    let (rows, error) = read_limited("leads.csv", bytes.clone(), RECORD_LIMIT);
    assert_eq!(error, None);
    assert_eq!(rows.len(), 300, "every row after the quote is read again");
    assert_eq!(rows.iter().map(|r| r.record).collect::<Vec<_>>(), (1..=300).collect::<Vec<u64>>());
    assert_eq!(rows[5].line, 7);
    assert!(rows.iter().enumerate().all(|(i, r)| i == 4 || r.values.is_ok()));
    assert_eq!(rows[4].id.as_deref(), Some("5"));
    assert_eq!(
        row_error(&rows[4]).to_string(),
        "line 6: the quote opened on line 6 (column \"Need\") is never closed: the cell runs to the \
         end of the file; it is read as a stray quote and the lines after line 6 are read as leads \
         again (close or remove the quote in the export)"
    );
    assert_eq!(read_raw("leads.csv", bytes, RECORD_LIMIT), rows);
}

#[test]
fn a_stray_quote_closed_by_a_later_quote_is_found_too() {
    // The stray quote pairs with the opening quote of a later, correct cell.
    let bytes = export(20, &[(3, "3;\"3;x"), (6, "6;6;\"DR; второй ЦОД\"")]);
    let (rows, error) = read_limited("leads.csv", bytes.clone(), RECORD_LIMIT);
    assert_eq!(error, None);
    assert_eq!(rows.len(), 20);
    assert!(rows.iter().enumerate().all(|(i, r)| i == 2 || r.values.is_ok()), "{rows:?}");
    assert_eq!(rows[5].values.as_ref().ok().map(|v| v[2].clone()), Some(Value::Text("DR; второй ЦОД".into())));
    let message = row_error(&rows[2]).to_string();
    assert!(
        message.starts_with("line 4: the quote opened on line 4 (column \"N\") is only closed on line 7"),
        "{message}"
    );
    assert_eq!(read_raw("leads.csv", bytes, RECORD_LIMIT), rows);

    // Far more lines than any note, even with the right number of cells.
    let bytes = export(400, &[(3, "3;3;\"x"), (350, "350;\"350\";y\"")]);
    let (rows, _) = read_limited("leads.csv", bytes, RECORD_LIMIT);
    assert_eq!(rows.len(), 400);
    assert!(row_error(&rows[2]).to_string().contains("is only closed on line 351, 347 lines further"));
    assert_eq!(rows.iter().filter(|r| r.values.is_err()).count(), 1, "the closing line is read as it is");
}

#[test]
fn a_stray_quote_past_the_limit_is_recovered_from() {
    let mut text = String::from("ID;N;Need\n1;1;\"open\n");
    let mut i = 2;
    while text.len() < 3 * MIB {
        text.push_str(&format!("{i};{i};note {i} with some words to make it longer\n"));
        i += 1;
    }
    let (rows, error) = read_limited("leads.csv", text.into_bytes(), MIB);
    assert_eq!(error, None);
    assert_eq!(rows.len(), i - 1);
    assert!(row_error(&rows[0]).to_string().contains("is never closed (the cell runs past 1 MiB)"));
    assert!(rows[1..].iter().all(|r| r.values.is_ok()));
}

#[test]
fn a_short_multi_line_cell_with_the_right_cells_is_a_cell() {
    let bytes = export(5, &[(2, "2;2;\"two\r\nlines\"")]);
    let (rows, _) = read_limited("leads.csv", bytes, RECORD_LIMIT);
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|r| r.values.is_ok()));
    assert_eq!(rows[2].line, 5);
}

#[test]
fn a_repeated_column_a_field_reads_refuses_the_file() {
    let open = |name: &str, text: &str| {
        read(name, Box::new(Cursor::new(text.as_bytes().to_vec())), &schema(), &InputOptions::default(), RECORD_LIMIT)
    };
    let message = |name: &str, text: &str| match open(name, text) {
        Ok(_) => panic!("{text} should be refused"),
        Err(e) => e.to_string(),
    };
    assert_eq!(
        message("leads.csv", "ID;N;Need;n\n1;2;x;3\n"),
        "leads.csv: the field n reads the column \"N\", which appears 2 times in the header (columns 2 \
         and 4), so it is not clear which one holds the value; rename or delete the extra column in \
         the export and try again"
    );
    assert!(message("leads.csv", " id ;N;Need;ID\n1;2;x;3\n").contains("the field id reads the column \"id\""));
    // A repeated column no field reads: a warning.
    let reader = open("leads.csv", "ID;N;Need;Note;note;Note\n1;2;x;a;b;c\n").expect("opens");
    assert_eq!(
        reader.warnings().iter().map(|w| w.to_string()).collect::<Vec<_>>(),
        [
            "leads.csv: the column \"Note\" appears 3 times in the header (columns 4, 5 and 6); no field reads it, so it is ignored"
        ]
    );

    // JSON: a key given twice in one object (serde_json keeps the last silently).
    assert!(
        message("leads.jsonl", "{\"ID\": 1, \"N\": 2, \"N\": 3}\n").starts_with(
            "leads.jsonl: the field n reads the column \"N\", which appears 2 times in the lead on line 1,"
        )
    );
    let mut reader = open("leads.jsonl", "{\"ID\": 1}\n{\"ID\": 2, \"id\": 3}\n{\"ID\": 4}\n").expect("opens");
    let rows: Vec<LeadRow> = reader.by_ref().collect();
    assert_eq!(rows.len(), 1, "reading stops at the repeated key");
    assert!(reader.error().is_some_and(|e| e.to_string().contains("appears 2 times in the lead on line 2")));
    let mut reader =
        open("leads.json", "[{\"ID\": 1, \"x\": 1, \"x\": 2}, {\"ID\": 2, \"X\": 1, \"x\": 2}]").expect("opens");
    assert_eq!(reader.by_ref().count(), 2);
    assert_eq!(
        reader.warnings().last().map(|w| w.to_string()).as_deref(),
        Some("leads.json: the key \"x\" appears 2 times in the lead on line 1; no field reads it, so it is ignored")
    );
    assert_eq!(reader.warnings().iter().filter(|w| w.to_string().contains("\"x\"")).count(), 1, "warned once");
}

#[test]
fn a_wrong_cell_count_over_several_lines_points_at_the_quote() {
    let bytes = export(4, &[(2, "2;2;\"a note\r\non two lines\";extra")]);
    let (rows, _) = read_limited("leads.csv", bytes, RECORD_LIMIT);
    assert_eq!(rows.len(), 4, "a note without whole rows in it is no stray quote");
    assert_eq!(
        row_error(&rows[1]).to_string(),
        "line 3: 4 cells, but the header has 3 columns (a quoted cell makes the row run from line 3 \
         to line 4: is a quote not closed?)"
    );
}
