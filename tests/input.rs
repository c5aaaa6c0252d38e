//! End-to-end tests of reading lead files through the `leadrules` binary: blank rows, records
//! that never end, unclosed quotes, duplicate columns and Excel workbooks.

mod common;
use common::{code, leadrules, scratch, stderr, stdout};

/// `text` with a blank row (`,,,`) after the `after`-th line (1-based, 0 = before the first).
fn with_blank_rows(text: &str, after: &[usize], blank: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        if after.contains(&i) {
            out.push_str(blank);
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
    }
    if after.contains(&text.lines().count()) {
        out.push_str(blank);
        out.push('\n');
    }
    out
}

#[test]
fn blank_rows_are_no_leads_and_are_counted() {
    let dir = scratch("blank-rows");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    let with_blanks = dir.join("leads.csv");
    // Excel leaves rows of separators at the end; a row of spaces in the middle.
    let mut text = with_blank_rows(&leads, &[3], " , ,,,,,,,,,,");
    text.push_str(",,,,,,,,,,,\n,,,,,,,,,,,\n");
    std::fs::write(&with_blanks, text).expect("write");
    let path = with_blanks.to_str().unwrap_or_default();
    let plain = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--jobs", "1"]);
    for jobs in ["1", "2"] {
        let out = leadrules(&["qualify", "rules/acme.rules", path, "--jobs", jobs]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&plain), "the same verdicts, numbered the same");
        assert_eq!(
            stderr(&out).trim_end(),
            "20 leads: disqualified 2, SQL 8, MQL 3, nurture 7; no errors; 3 empty rows skipped"
        );
    }
    let one = dir.join("one.csv");
    std::fs::write(&one, with_blank_rows(&leads, &[21], ",,,,,,,,,,,")).expect("write");
    let out = leadrules(&["qualify", "rules/acme.rules", one.to_str().unwrap_or_default()]);
    assert!(stderr(&out).ends_with("; no errors; 1 empty row skipped\n"), "{}", stderr(&out));
    // Row numbers count leads: row 4 is still L-0004.
    let explain = leadrules(&["explain", "rules/acme.rules", path, "--row", "4"]);
    assert_eq!(code(&explain), 0, "{}", stderr(&explain));
    assert!(stdout(&explain).contains("L-0004"), "{}", stdout(&explain));
}

#[test]
fn backtest_does_not_count_blank_rows_as_leads() {
    let dir = scratch("blank-history");
    let history = std::fs::read_to_string("rules/acme-history.csv").expect("history");
    let columns = history.lines().next().unwrap_or_default().matches(',').count();
    let blank = ",".repeat(columns);
    let with_blanks = dir.join("history.csv");
    std::fs::write(&with_blanks, with_blank_rows(&history, &[2, history.lines().count()], &blank)).expect("write");
    let plain = leadrules(&["backtest", "rules/acme.rules", "rules/acme-history.csv", "--format", "json"]);
    let blanks =
        leadrules(&["backtest", "rules/acme.rules", with_blanks.to_str().unwrap_or_default(), "--format", "json"]);
    assert_eq!(code(&blanks), code(&plain), "{}", stderr(&blanks));
    let path = with_blanks.to_str().unwrap_or_default();
    let same = stdout(&blanks).replace(path, "rules/acme-history.csv") == stdout(&plain);
    assert!(same, "the same figures: {}", stdout(&blanks));
    assert!(!stderr(&blanks).contains("(blank)"), "{}", stderr(&blanks));
}

#[test]
fn a_stray_quote_costs_one_row_not_the_rest_of_the_file() {
    let dir = scratch("stray-quote");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    // Row 5 (line 6): a quote opens the `need` cell and is never closed.
    let broken: String = leads
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 5 {
                format!("{}\n", line.replacen(",private cloud", ",\"private cloud", 1))
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    assert_ne!(broken, leads, "the quote is in");
    let path = dir.join("leads.csv");
    std::fs::write(&path, broken).expect("write");
    for jobs in ["1", "2"] {
        let out = leadrules(&["qualify", "rules/acme.rules", path.to_str().unwrap_or_default(), "--jobs", jobs]);
        assert_eq!(code(&out), 4, "{}", stderr(&out));
        let text = stdout(&out);
        let rows: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(rows.len(), 20, "every lead has its row");
        let bad: Vec<&&str> = rows.iter().filter(|r| r.contains(",error,")).collect();
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert!(bad[0].starts_with("5,L-0005,error,"), "{}", bad[0]);
        assert!(bad[0].contains("the quote opened on line 6 (column \"\"need\"\") is never closed"), "{}", bad[0]);
        assert!(stderr(&out).contains("1 could not be read (row 5)"), "{}", stderr(&out));
    }
}

/// The shipped sample leads as a workbook.
fn acme_workbook() -> Vec<u8> {
    workbook_of("rules/acme-leads.csv")
}

/// A CSV file of the shipped kind as a workbook: numbers as number cells, `created_at` as date
/// cells, `да`/`нет` as boolean cells, a blank row after the fifth lead, and a second sheet.
fn workbook_of(csv_path: &str) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let text = std::fs::read_to_string(csv_path).expect("sample");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_string).collect();
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let sheet = workbook.add_worksheet().set_name("Leads").expect("name");
    for (col, name) in header.iter().enumerate() {
        sheet.write_string(0, col as u16, name).expect("write");
    }
    let mut row = 1;
    for (i, record) in reader.records().enumerate() {
        let record = record.expect("record");
        for (col, cell) in record.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            let col16 = col as u16;
            let number = cell.replace(' ', "").parse::<f64>();
            match header[col].as_str() {
                "created_at" => {
                    let when = ExcelDateTime::parse_from_str(cell).expect("a date");
                    sheet.write_datetime_with_format(row, col16, &when, &date).expect("write");
                }
                "decision_maker" if cell == "да" || cell == "нет" => {
                    sheet.write_boolean(row, col16, cell == "да").expect("write");
                }
                "id" => {
                    sheet.write_string(row, col16, cell).expect("write");
                }
                _ if number.is_ok() => {
                    sheet.write_number(row, col16, number.unwrap_or_default()).expect("write");
                }
                _ => {
                    sheet.write_string(row, col16, cell).expect("write");
                }
            }
        }
        row += if i == 4 { 2 } else { 1 };
    }
    let archive = workbook.add_worksheet().set_name("Archive").expect("name");
    archive.write_string(0, 0, "nothing here").expect("write");
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn an_excel_workbook_gives_the_verdicts_of_the_same_csv() {
    let dir = scratch("excel");
    let book = dir.join("leads.xlsx");
    std::fs::write(&book, acme_workbook()).expect("write");
    let path = book.to_str().unwrap_or_default();
    let csv = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    for jobs in ["1", "2"] {
        let out = leadrules(&["qualify", "rules/acme.rules", path, "--jobs", jobs]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&csv));
        assert_eq!(stderr(&out), "20 leads: disqualified 2, SQL 8, MQL 3, nurture 7; no errors; 1 empty row skipped\n");
    }
    // The sheet by name (case does not matter), and a name the workbook does not have.
    let named = leadrules(&["qualify", "rules/acme.rules", path, "--sheet", "leads"]);
    assert_eq!(stdout(&named), stdout(&csv));
    let unknown = leadrules(&["qualify", "rules/acme.rules", path, "--sheet", "Nope"]);
    assert_eq!(code(&unknown), 3);
    assert_eq!(
        stderr(&unknown),
        format!("error: {path} has no sheet \"Nope\"; its sheets are \"Leads\", \"Archive\"\n")
    );
    let sheet_of_csv = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--sheet", "Leads"]);
    assert_eq!(code(&sheet_of_csv), 3, "{}", stderr(&sheet_of_csv));

    // Found by its first bytes under another name; a zip that is no workbook is named as such.
    let renamed = dir.join("leads.csv");
    std::fs::copy(&book, &renamed).expect("copy");
    let out = leadrules(&["qualify", "rules/acme.rules", renamed.to_str().unwrap_or_default()]);
    assert_eq!(stdout(&out), stdout(&csv), "{}", stderr(&out));
    let zip = dir.join("export.csv");
    std::fs::write(&zip, b"PK\x03\x04\x14\x00\x00\x00garbage\x00\xff\xfe").expect("write");
    let out = leadrules(&["qualify", "rules/acme.rules", zip.to_str().unwrap_or_default()]);
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains("is a zip archive or another binary file, not a lead file"), "{}", stderr(&out));
    assert!(!stderr(&out).contains('\u{fffd}'), "no binary garbage: {}", stderr(&out));
}

#[test]
fn a_history_can_be_a_workbook() {
    let dir = scratch("excel-history");
    let book = dir.join("history.xlsx");
    std::fs::write(&book, workbook_of("rules/acme-history.csv")).expect("write");
    let path = book.to_str().unwrap_or_default();
    let csv = leadrules(&["backtest", "rules/acme.rules", "rules/acme-history.csv", "--format", "json"]);
    let xlsx = leadrules(&["backtest", "rules/acme.rules", path, "--format", "json"]);
    assert_eq!(code(&xlsx), code(&csv), "{}", stderr(&xlsx));
    let same = stdout(&xlsx).replace(path, "rules/acme-history.csv") == stdout(&csv);
    assert!(same, "the same figures: {}", stdout(&xlsx));
}

#[test]
fn an_excel_workbook_on_standard_input_needs_the_format() {
    use std::io::Write;
    let book = acme_workbook();
    let run = |args: &[&str]| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_leadrules"))
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        let _ = child.stdin.take().expect("stdin").write_all(&book);
        child.wait_with_output().expect("wait")
    };
    let guessed = run(&["qualify", "rules/acme.rules", "-"]);
    assert_eq!(code(&guessed), 3);
    assert!(stderr(&guessed).contains("give --input-format xlsx"), "{}", stderr(&guessed));
    let told = run(&["qualify", "rules/acme.rules", "-", "--input-format", "xlsx"]);
    assert_eq!(code(&told), 0, "{}", stderr(&told));
    assert_eq!(stdout(&told).lines().count(), 21);
}

#[test]
fn a_bad_cell_in_a_workbook_is_an_error_row_with_its_sheet_row() {
    use rust_xlsxwriter::Workbook;
    let dir = scratch("excel-errors");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, name) in ["id", "employees", "created_at", "decision_maker"].iter().enumerate() {
        sheet.write_string(2, col as u16, *name).expect("write");
    }
    sheet.write_string(3, 0, "X-1").expect("write");
    sheet.write_number(3, 1, 250).expect("write");
    sheet.write_string(3, 3, "да").expect("write");
    sheet.write_string(4, 0, "X-2").expect("write");
    sheet.write_string(4, 1, "сорок").expect("write");
    sheet.write_number(4, 2, 12.5).expect("write");
    let book = dir.join("leads.xlsx");
    std::fs::write(&book, workbook.save_to_buffer().expect("xlsx")).expect("write");
    let out = leadrules(&["qualify", "rules/acme.rules", book.to_str().unwrap_or_default(), "--format", "jsonl"]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    let rows: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["class"], "nurture");
    assert_eq!(
        rows[1]["error"],
        "row 5, column \"employees\": \"сорок\" is not a number (write it like 1 000 000,50 or 1000000.50); \
         column \"created_at\": \"12.5\" is not a date and time (such as 2026-12-01 or 01.12.2026, \
         optionally followed by a time such as 14:30)"
    );
}

/// A report's title above the table (`Отчёт по лидам`, a blank line, then the header), as CRM
/// and accounting reports export it: the error names the line (or the workbook's row) where the
/// column names are, and what to delete; nothing is judged.
#[test]
fn a_title_above_the_header_is_named_with_the_line_of_the_header() {
    let dir = scratch("title-above");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample").replace(',', ";");
    let csv = dir.join("report.csv");
    std::fs::write(&csv, format!("Отчёт по лидам;;;\r\n\r\n{}", leads.replace('\n', "\r\n"))).expect("write");
    let path = csv.to_str().unwrap_or_default();
    let en = leadrules(&["qualify", "rules/acme.rules", path]);
    assert_eq!(code(&en), 3, "{}", stderr(&en));
    assert!(stdout(&en).is_empty(), "{}", stdout(&en));
    assert!(
        stderr(&en)
            .contains("report.csv: the first line does not name the columns; line 3 does (\"id\", \"employees\""),
        "{}",
        stderr(&en)
    );
    let ru = leadrules(&["qualify", "rules/acme.rules", path, "--lang", "ru"]);
    assert!(stderr(&ru).contains("в первой строке нет названий столбцов; они в строке 3"), "{}", stderr(&ru));

    use rust_xlsxwriter::Workbook;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "Лиды за ноябрь").expect("write");
    for (col, name) in ["ID", "Сотрудников", "Отрасль"].iter().enumerate() {
        sheet.write_string(3, col as u16, *name).expect("write");
    }
    sheet.write_string(4, 0, "X-1").expect("write");
    sheet.write_number(4, 1, 250).expect("write");
    let book = dir.join("report.xlsx");
    std::fs::write(&book, workbook.save_to_buffer().expect("xlsx")).expect("write");
    let out = leadrules(&["qualify", "rules/acme.rules", book.to_str().unwrap_or_default()]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("the first row does not name the columns; row 4 does (\"ID\", \"Сотрудников\", \"Отрасль\")"),
        "{}",
        stderr(&out)
    );
}
