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
        assert!(stderr(&out).contains("1 could not be read (rows 5)"), "{}", stderr(&out));
    }
}
