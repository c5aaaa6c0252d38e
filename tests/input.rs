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

/// Messages about where the header is count lines as the file has them: after Excel's `sep=;`
/// first line the title is line 2 (not "the first line"), and in a workbook whose first rows
/// are empty the title is the sheet's row 3.
#[test]
fn header_messages_count_the_lines_the_file_has() {
    let dir = scratch("header-lines");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample").replace(',', ";");
    let csv = dir.join("report.csv");
    std::fs::write(&csv, format!("sep=;\r\nОтчёт по лидам;;;\r\n\r\n{}", leads.replace('\n', "\r\n"))).expect("write");
    let path = csv.to_str().unwrap_or_default();
    let en = leadrules(&["qualify", "rules/acme.rules", path]);
    assert_eq!(code(&en), 3, "{}", stderr(&en));
    assert!(
        stderr(&en).contains("report.csv: line 2 does not name the columns; line 4 does (\"id\", \"employees\""),
        "{}",
        stderr(&en)
    );
    let ru = leadrules(&["qualify", "rules/acme.rules", path, "--lang", "ru"]);
    assert!(stderr(&ru).contains("в строке 2 нет названий столбцов; они в строке 4"), "{}", stderr(&ru));

    let blank = dir.join("blank-header.csv");
    std::fs::write(&blank, format!("sep=;\r\n;;;\r\n{}", leads.replace('\n', "\r\n"))).expect("write");
    let out = leadrules(&["qualify", "rules/acme.rules", blank.to_str().unwrap_or_default(), "--lang", "ru"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("blank-header.csv: в строке 2 нет названий столбцов"), "{}", stderr(&out));

    use rust_xlsxwriter::Workbook;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(2, 0, "Лиды за ноябрь").expect("write");
    for (col, name) in ["ID", "Сотрудников", "Отрасль"].iter().enumerate() {
        sheet.write_string(4, col as u16, *name).expect("write");
    }
    sheet.write_string(5, 0, "X-1").expect("write");
    sheet.write_number(5, 1, 250).expect("write");
    let book = dir.join("report.xlsx");
    std::fs::write(&book, workbook.save_to_buffer().expect("xlsx")).expect("write");
    let out = leadrules(&["qualify", "rules/acme.rules", book.to_str().unwrap_or_default()]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("row 3 does not name the columns; row 5 does (\"ID\", \"Сотрудников\""),
        "{}",
        stderr(&out)
    );
    let out = leadrules(&["qualify", "rules/acme.rules", book.to_str().unwrap_or_default(), "--lang", "ru"]);
    assert!(stderr(&out).contains("в строке 3 листа нет названий столбцов; они в строке 5"), "{}", stderr(&out));
}

/// A report's totals row at the bottom (`Итого;;;;…;12 500 000`, `Всего:` in a workbook,
/// `ИТОГО` in a web page's table) is no lead: it is not judged, a warning names its line (or
/// row), and the summary counts it apart, so rows in = verdicts + error rows + blank rows +
/// totals rows. The same in CSV, workbooks and Bitrix24's HTML "Excel".
#[test]
fn a_reports_totals_row_is_not_judged() {
    let dir = scratch("totals-rows");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    let plain = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--jobs", "1"]);
    // Windows-1251, `;`, CRLF, as 1C writes it: a subtotal after the tenth lead, the total last.
    let mut lines: Vec<String> = leads.lines().map(|l| l.replace(',', ";")).collect();
    lines.insert(11, "Итого по менеджеру Иванову;;;;;;;;;;;".to_string());
    lines.push("ИТОГО:;;1 255 000 000;;;;;12 500 000,00 руб.;;;;".to_string());
    let text = lines.join("\r\n") + "\r\n";
    let csv = dir.join("report.csv");
    std::fs::write(&csv, encoding_rs::WINDOWS_1251.encode(&text).0).expect("write");
    let path = csv.to_str().unwrap_or_default();
    for jobs in ["1", "2"] {
        let out = leadrules(&["qualify", "rules/acme.rules", path, "--jobs", jobs]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&plain), "the same verdicts, numbered the same");
        assert!(!stdout(&out).contains("Итого") && !stdout(&out).contains("ИТОГО"), "{}", stdout(&out));
    }
    let en = leadrules(&["qualify", "rules/acme.rules", path]);
    let ru = leadrules(&["qualify", "rules/acme.rules", path, "--lang", "ru"]);
    let shown = |out: &std::process::Output| stderr(out).replace(path, "report.csv");
    insta::assert_snapshot!("totals_rows_csv_en", shown(&en));
    insta::assert_snapshot!("totals_rows_csv_ru", shown(&ru));

    // A workbook: the total's label in the second column (the first is empty), sums as numbers.
    let book = dir.join("report.xlsx");
    workbook_of_leads(&leads, &book, |sheet, last| {
        sheet.write_string(last, 1, "Всего:").expect("write");
        sheet.write_number(last, 2, 1_255_000_000).expect("write");
        sheet.write_number(last, 7, 12_500_000).expect("write");
    });
    let out = leadrules(&["qualify", "rules/acme.rules", book.to_str().unwrap_or_default(), "--jobs", "1"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), stdout(&plain));
    assert!(stderr(&out).contains("row 22 is a totals row (\"Всего:\"), not a lead"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("20 leads: ") && stderr(&out).contains("1 totals row not judged"),
        "{}",
        stderr(&out)
    );

    // Bitrix24's page: the total in a `<tfoot>` row whose label spans two columns.
    let mut page = String::from_utf8(bitrix_page("utf-8")).expect("utf-8");
    let at = page.rfind("</table>").expect("table");
    page.insert_str(at, "<tfoot><tr><td colspan=2><b>ИТОГО</b></td><td>1&nbsp;255&nbsp;000&nbsp;000</td></tr></tfoot>");
    let xls = dir.join("bitrix.xls");
    std::fs::write(&xls, page).expect("write");
    let out = leadrules(&["qualify", "rules/acme.rules", xls.to_str().unwrap_or_default(), "--lang", "ru"]);
    assert!(stderr(&out).contains("строка 24 листа — строка итогов (\"ИТОГО\"), а не лид"), "{}", stderr(&out));
    assert!(stderr(&out).contains("не оценена 1 строка итогов"), "{}", stderr(&out));
    assert!(!stdout(&out).contains("ИТОГО"), "{}", stdout(&out));

    // A lead whose company is named so is a lead: it has an ID of its own.
    let named = dir.join("named.csv");
    std::fs::write(&named, format!("{leads}L-0099,,,Total,,,,,,,,\n")).expect("write");
    let out = leadrules(&["qualify", "rules/acme.rules", named.to_str().unwrap_or_default()]);
    assert!(stdout(&out).contains("L-0099"), "{}", stdout(&out));
    assert!(!stderr(&out).contains("totals"), "{}", stderr(&out));
}

/// The leads of a CSV text with `,` as a workbook at `path`, every cell text, with what `last_row`
/// writes in the row after them (its index given).
fn workbook_of_leads(leads: &str, path: &std::path::Path, last_row: impl FnOnce(&mut rust_xlsxwriter::Worksheet, u32)) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (row, line) in leads.lines().enumerate() {
        for (col, cell) in line.split(',').enumerate() {
            sheet.write_string(row as u32, col as u16, cell).expect("write");
        }
    }
    last_row(sheet, leads.lines().count() as u32);
    std::fs::write(path, workbook.save_to_buffer().expect("xlsx")).expect("write");
}

/// A totals row that counts the leads in its first column before its label (`20;Итого;…`, in
/// CSV and in a workbook), and a totals object at the end of a JSON export (`{"id": null,
/// "industry": "Итого", ...}`), are no leads either: skipped, named and counted.
#[test]
fn a_totals_row_with_its_count_first_and_a_json_total_are_not_judged() {
    let dir = scratch("totals-count");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    let plain = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--jobs", "1"]);
    let csv = dir.join("report.csv");
    std::fs::write(&csv, format!("{leads}20;Итого;1 255 000 000;;;;;12 500 000;;;;\n").replace(',', ";"))
        .expect("write");
    for jobs in ["1", "2"] {
        let out = leadrules(&["qualify", "rules/acme.rules", csv.to_str().unwrap_or_default(), "--jobs", jobs]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&plain));
        assert!(stderr(&out).contains("line 22 is a totals row (\"Итого\"), not a lead"), "{}", stderr(&out));
        assert!(stderr(&out).ends_with("; no errors; 1 totals row not judged\n"), "{}", stderr(&out));
    }
    let book = dir.join("report.xlsx");
    workbook_of_leads(&leads, &book, |sheet, last| {
        sheet.write_number(last, 0, 20).expect("write");
        sheet.write_string(last, 1, "Всего:").expect("write");
        sheet.write_number(last, 7, 12_500_000).expect("write");
    });
    let out = leadrules(&["qualify", "rules/acme.rules", book.to_str().unwrap_or_default(), "--jobs", "1"]);
    assert_eq!(stdout(&out), stdout(&plain), "{}", stderr(&out));
    assert!(stderr(&out).contains("row 22 is a totals row (\"Всего:\"), not a lead"), "{}", stderr(&out));

    // JSON: the leads as objects of texts, a totals object last (and one in JSON Lines).
    let mut reader = ::csv::Reader::from_path("rules/acme-leads.csv").expect("sample");
    let header = reader.headers().expect("header").clone();
    let mut objects: Vec<serde_json::Value> = reader
        .records()
        .map(|record| {
            let record = record.expect("record");
            serde_json::Value::Object(header.iter().zip(record.iter()).map(|(k, v)| (k.into(), v.into())).collect())
        })
        .collect();
    objects.push(
        serde_json::json!({"id": null, "industry": "Итого", "revenue_rub": 1_255_000_000, "budget_rub": "12 500 000"}),
    );
    let array = dir.join("export.json");
    std::fs::write(&array, serde_json::to_string_pretty(&objects).expect("json")).expect("write");
    let lines = dir.join("export.jsonl");
    let text: Vec<String> = objects.iter().map(|o| o.to_string()).collect();
    std::fs::write(&lines, text.join("\n")).expect("write");
    let plain_ru = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--lang", "ru"]);
    for (path, line) in [(&array, 282), (&lines, 21)] {
        let out = leadrules(&["qualify", "rules/acme.rules", path.to_str().unwrap_or_default(), "--lang", "ru"]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&plain_ru));
        let said = format!("строка {line} — строка итогов (\"Итого\"), а не лид");
        assert!(stderr(&out).contains(&said), "{}", stderr(&out));
        assert!(stderr(&out).contains("не оценена 1 строка итогов"), "{}", stderr(&out));
    }
}

/// The shipped sample leads as the "Excel" export of Bitrix24 writes them: a web page named
/// `.xls` with one table, the header in `<th>` cells, the ID in `<b>`, numbers with no-break
/// spaces, letters as character references, a `<br>` at the end of a cell, an empty row of
/// `&nbsp;` after the third lead, and a lead whose employees cannot be read at the end, in the
/// encoding `charset` names (its bytes encoded so).
fn bitrix_page(charset: &str) -> Vec<u8> {
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    let mut lines: Vec<String> = leads.lines().map(str::to_string).collect();
    lines.push("L-0021,сорок,1 000 000,ИТ,,менеджер,да,,,,сайт,2026-11-24 09:00".to_string());
    let mut page = format!(
        "<!DOCTYPE html>\r\n<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\r\n\
         <style>td {{ mso-number-format:\\@; }}</style>\r\n</head>\r\n<body>\r\n<table border=\"1\">\r\n"
    );
    for (index, line) in lines.iter().enumerate() {
        let cells: Vec<String> = line
            .split(',')
            .enumerate()
            .map(|(col, cell)| match (index, col) {
                (0, _) => format!("<th>\r\n  {cell}\r\n</th>"),
                (_, 0) => format!("<td><b>{cell}</b></td>"),
                (_, 2 | 4 | 7) => format!("<td>{}</td>", cell.replace(' ', "&nbsp;")),
                (_, 3) => {
                    let mut chars = cell.chars();
                    let first = chars.next().map(|c| format!("&#{};", c as u32)).unwrap_or_default();
                    format!("<td><span>{first}{}</span></td>", chars.as_str())
                }
                (_, 9) => format!("<td>{cell}<br></td>"),
                _ => format!("<td>{}</td>", cell.replace('&', "&amp;")),
            })
            .collect();
        page.push_str(&format!("<tr>{}</tr>\r\n", cells.concat()));
        if index == 3 {
            page.push_str(&format!("<tr>{}</tr>\r\n", "<td>&nbsp;</td>".repeat(12)));
        }
    }
    page.push_str("</table>\r\n</body>\r\n</html>\r\n");
    let encoding = encoding_rs::Encoding::for_label(charset.as_bytes()).expect("charset");
    encoding.encode(&page).0.into_owned()
}

/// Bitrix24's and 1C's "Excel" export, a web page named `.xls`, gives the verdicts of the same
/// leads as CSV, in UTF-8 and in Windows-1251; a lead that cannot be read names the table's row.
#[test]
fn a_web_page_export_named_xls_gives_the_verdicts_of_the_same_csv() {
    let dir = scratch("html");
    let csv = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--format", "jsonl"]);
    let csv_out = stdout(&csv);
    let csv_rows: Vec<&str> = csv_out.lines().collect();
    for charset in ["utf-8", "windows-1251"] {
        let page = dir.join(format!("bitrix-{charset}.xls"));
        std::fs::write(&page, bitrix_page(charset)).expect("write");
        let path = page.to_str().unwrap_or_default();
        let out = leadrules(&["qualify", "rules/acme.rules", path, "--format", "jsonl"]);
        assert_eq!(code(&out), 4, "{}", stderr(&out));
        assert_eq!(
            stderr(&out),
            "21 leads: disqualified 2, SQL 8, MQL 3, nurture 7; 1 could not be read (row 21); 1 empty row skipped\n",
            "{charset}"
        );
        let printed = stdout(&out);
        let rows: Vec<&str> = printed.lines().collect();
        assert_eq!(rows[..20], csv_rows[..], "{charset}");
        let error: serde_json::Value = serde_json::from_str(rows[20]).expect("json");
        // The header is row 1, the blank row after the third lead is row 5: L-0021 is row 23.
        assert_eq!(error["id"], "L-0021");
        assert_eq!(error["row"], 21);
        let reason = error["error"].as_str().unwrap_or_default();
        assert!(reason.starts_with("row 23, column \"employees\": \"сорок\" is not a number"), "{reason}");
        // Told, or under another name, it is read the same.
        let renamed = dir.join(format!("bitrix-{charset}.csv"));
        std::fs::copy(&page, &renamed).expect("copy");
        let told = leadrules(&[
            "qualify",
            "rules/acme.rules",
            renamed.to_str().unwrap_or_default(),
            "--format",
            "jsonl",
            "--input-format",
            "html",
        ]);
        assert_eq!(stdout(&told), stdout(&out), "{}", stderr(&told));
        let guessed =
            leadrules(&["qualify", "rules/acme.rules", renamed.to_str().unwrap_or_default(), "--format", "jsonl"]);
        assert_eq!(stdout(&guessed), stdout(&out), "{}", stderr(&guessed));
    }
}

/// `init` writes the same starting definition from the web page as from the CSV it holds.
#[test]
fn init_reads_a_web_page_export() {
    let dir = scratch("html-init");
    // Named like the CSV: the definition is named after the file.
    let page = dir.join("acme-leads.xls");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    let mut html = String::from("<html><head><meta charset=\"utf-8\"></head><body><table>\n");
    for line in leads.lines() {
        let number = |cell: &str| cell.chars().all(|c| c.is_ascii_digit() || c == ' ');
        let cells: Vec<String> = line
            .split(',')
            .map(|cell| {
                if number(cell) {
                    format!("<td>{}</td>", cell.replace(' ', "&nbsp;"))
                } else {
                    format!("<td>{cell}</td>")
                }
            })
            .collect();
        html.push_str(&format!("<tr>{}</tr>\n", cells.concat()));
    }
    html.push_str("</table></body></html>\n");
    std::fs::write(&page, html).expect("write");
    let from_csv = dir.join("csv.rules");
    let from_page = dir.join("page.rules");
    let csv = leadrules(&["init", "rules/acme-leads.csv", "-o", from_csv.to_str().unwrap_or_default()]);
    assert_eq!(code(&csv), 0, "{}", stderr(&csv));
    let out = leadrules(&["init", page.to_str().unwrap_or_default(), "-o", from_page.to_str().unwrap_or_default()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let written = std::fs::read_to_string(&from_page).expect("written");
    let expected = std::fs::read_to_string(&from_csv).expect("written");
    assert_eq!(written.replace(page.to_str().unwrap_or_default(), "rules/acme-leads.csv"), expected);
}

/// A web page with no table says so and what to do, instead of "not an Excel workbook".
#[test]
fn a_web_page_without_a_table_is_a_clear_error() {
    let dir = scratch("html-no-table");
    let page = dir.join("export.xls");
    std::fs::write(&page, "<!DOCTYPE html><html><body><p>Нет данных</p></body></html>").expect("write");
    let path = page.to_str().unwrap_or_default();
    let out = leadrules(&["qualify", "rules/acme.rules", path]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {path}: this is a web page (HTML) with no table in it, so there are no leads to read; export the \
             list of leads again (the CRM's \"Export to Excel\" of the list), or export the leads as CSV\n"
        )
    );
}

/// Excel's "Unicode text" export (UTF-16 with its byte-order mark, tabs, CRLF) gives the verdicts
/// of the same leads in the shipped CSV, little- and big-endian.
#[test]
fn excels_unicode_text_gives_the_verdicts_of_the_csv() {
    let dir = scratch("utf16");
    let csv = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut text = reader.headers().expect("header").iter().collect::<Vec<_>>().join("\t") + "\r\n";
    for record in reader.records() {
        text += &(record.expect("record").iter().collect::<Vec<_>>().join("\t") + "\r\n");
    }
    let expected = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--format", "jsonl"]);
    let little: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let big: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for (name, bytes) in [("little.txt", little), ("big.txt", big)] {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write");
        let out = leadrules(&["qualify", "rules/acme.rules", path.to_str().unwrap_or_default(), "--format", "jsonl"]);
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&expected), "{name}");
    }
}

/// A CRM's API answer saved as a file, its leads wrapped in a list (Zoho's `data`, amoCRM's
/// `_embedded.leads`), pretty-printed, gives the verdicts of the same leads as CSV.
#[test]
fn a_crm_answer_wrapping_its_leads_gives_the_verdicts_of_the_same_csv() {
    let dir = scratch("wrapped-json");
    let csv = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    let mut reader = ::csv::Reader::from_path("rules/acme-leads.csv").expect("sample");
    let header = reader.headers().expect("header").clone();
    let leads: Vec<serde_json::Value> = reader
        .records()
        .map(|record| {
            let record = record.expect("record");
            serde_json::Value::Object(header.iter().zip(record.iter()).map(|(k, v)| (k.into(), v.into())).collect())
        })
        .collect();
    let zoho =
        serde_json::json!({"data": leads, "info": {"per_page": 200, "count": leads.len(), "more_records": false}});
    let amo = serde_json::json!({"_page": 1, "_links": {"self": {"href": "https://x.amocrm.ru"}}, "_embedded": {"leads": leads}});
    for (name, document) in [("zoho.json", zoho), ("amo.json", amo)] {
        let path = dir.join(name);
        std::fs::write(&path, serde_json::to_string_pretty(&document).expect("json")).expect("write");
        let out = leadrules(&["qualify", "rules/acme.rules", path.to_str().unwrap_or_default()]);
        assert_eq!(code(&out), code(&csv), "{name}: {}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&csv), "{name}");
        assert!(
            stderr(&out).ends_with("20 leads: disqualified 2, SQL 8, MQL 3, nurture 7; no errors\n"),
            "{}",
            stderr(&out)
        );
    }
}
