//! End-to-end tests of the `leadrules` binary: the commands on the shipped example and on messy
//! CRM exports, their exit codes, and snapshots of what people read.

mod common;
use common::{code, leadrules, scratch, stderr, stdout};

use std::process::Command;

fn csv_rows(text: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(text.as_bytes()).records().map(|r| r.expect("valid CSV out")).collect()
}

#[test]
fn check_passes_on_every_shipped_rule_file() {
    let files: Vec<String> = std::fs::read_dir("rules")
        .expect("rules/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rules"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(!files.is_empty());
    let mut args = vec!["check", "--deny-warnings"];
    args.extend(files.iter().map(String::as_str));
    let out = leadrules(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("rules/acme.rules: no problems"));
}

#[test]
fn check_exit_codes_and_json() {
    let broken = leadrules(&["check", "tests/ui/unknown_field.rules"]);
    assert_eq!(code(&broken), 1);
    assert!(stderr(&broken).contains("did you mean `budget`?"));

    let warning_only = leadrules(&["check", "tests/ui/unused_field.rules"]);
    assert_eq!(code(&warning_only), 0, "warnings alone pass");
    let denied = leadrules(&["check", "--deny-warnings", "tests/ui/unused_field.rules"]);
    assert_eq!(code(&denied), 1, "--deny-warnings fails on warnings");

    let json = leadrules(&["check", "--format", "json", "tests/ui/many_problems.rules"]);
    assert_eq!(code(&json), 1);
    insta::assert_snapshot!("check_json", stdout(&json));

    let missing = leadrules(&["check", "no/such.rules"]);
    assert_eq!(code(&missing), 3);
    assert!(stderr(&missing).contains("cannot read the rule file no/such.rules: no such file"));
}

#[test]
fn qualify_the_shipped_example_as_csv() {
    let out = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let rows = csv_rows(&stdout(&out));
    assert_eq!(rows.len(), 20, "one row per lead");
    insta::assert_snapshot!("qualify_example_csv", stdout(&out));
    insta::assert_snapshot!("qualify_example_summary", stderr(&out));
}

#[test]
fn qualify_the_shipped_example_as_table_and_jsonl() {
    let table = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--format", "table"]);
    assert_eq!(code(&table), 0);
    insta::assert_snapshot!("qualify_example_table", stdout(&table));

    let jsonl = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--format", "jsonl"]);
    assert_eq!(code(&jsonl), 0);
    let lines: Vec<serde_json::Value> =
        stdout(&jsonl).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    assert_eq!(lines.len(), 20);
    assert_eq!(lines[0]["id"], "L-0001");
    assert_eq!(lines[0]["class"], "SQL");
    assert_eq!(lines[0]["score"], 80.0);
    assert_eq!(lines[0]["BANT.budget"], "yes");
    insta::assert_snapshot!("qualify_example_jsonl_first", serde_json::to_string_pretty(&lines[0]).unwrap_or_default());
}

#[test]
fn explain_a_lead_by_id_and_inline() {
    let out = leadrules(&["explain", "rules/acme.rules", "rules/acme-leads.csv", "--id", "L-0014"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    insta::assert_snapshot!("explain_l0014", stdout(&out));

    let inline = leadrules(&[
        "explain",
        "rules/acme.rules",
        "--lead",
        r#"{"id": "new", "Сотрудников": 200, "Бюджет, руб": "600 000", "ЛПР": "да", "Срок, дней": 30, "Источник": "рекомендация"}"#,
    ]);
    assert_eq!(code(&inline), 0, "{}", stderr(&inline));
    insta::assert_snapshot!("explain_inline", stdout(&inline));

    let by_row = leadrules(&["explain", "rules/acme.rules", "rules/acme-leads.csv", "--row", "14"]);
    assert_eq!(stdout(&by_row), stdout(&out), "--row 14 is the same lead as --id L-0014");

    let missing = leadrules(&["explain", "rules/acme.rules", "rules/acme-leads.csv", "--id", "L-9999"]);
    assert_eq!(code(&missing), 3);
    assert!(stderr(&missing).contains("no lead has the id `L-9999`"), "{}", stderr(&missing));
}

#[test]
fn a_messy_russian_export_is_read_and_every_row_accounted_for() {
    for file in ["tests/data/messy-export-cp1251.csv", "tests/data/messy-export-bom.csv"] {
        let out = leadrules(&["qualify", "rules/acme.rules", file]);
        assert_eq!(code(&out), 4, "some rows are broken on purpose: {}", stderr(&out));
        let rows = csv_rows(&stdout(&out));
        assert_eq!(rows.len(), 11, "{file}: 11 leads in, 11 rows out");
        let errors: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[2] == "error").collect();
        assert_eq!(errors.len(), 4, "{file}");
        insta::assert_snapshot!("messy_export", stdout(&out));
        assert!(
            stderr(&out)
                .contains("11 leads: disqualified 1, SQL 3, MQL 0, nurture 3; 4 could not be read (rows 4, 6, 7, 10)")
        );
    }
}

#[test]
fn twenty_thousand_messy_rows_give_exactly_one_row_each() {
    let dir = scratch("messy20k");
    let export = leadrules::input::sample::messy_export_report(20_000, 7);
    let input = dir.join("export.csv");
    std::fs::write(&input, &export.bytes).expect("write export");
    let output = dir.join("verdicts.csv");
    let out = leadrules(&[
        "qualify",
        "rules/acme.rules",
        input.to_str().unwrap_or_default(),
        "-o",
        output.to_str().unwrap_or_default(),
    ]);
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    let text = std::fs::read_to_string(&output).expect("output written");
    let rows = csv_rows(&text);
    assert_eq!(rows.len(), 20_000, "rows in = verdicts + error rows out");
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(&row[0], (i + 1).to_string(), "rows stay in input order");
    }
    let error_rows: Vec<u64> = rows.iter().filter(|r| &r[2] == "error").map(|r| r[0].parse().unwrap_or(0)).collect();
    let broken: Vec<u64> = export.broken.iter().map(|(record, _)| *record).collect();
    assert_eq!(error_rows, broken, "exactly the broken rows are error rows");
    assert!(
        rows.iter().filter(|r| &r[2] == "error").all(|r| r.iter().next_back().is_some_and(|e| e.starts_with("line ")))
    );
}

#[test]
fn test_runs_the_examples_and_shows_a_failure_with_its_trace() {
    let ok = leadrules(&["test", "rules/acme.rules"]);
    assert_eq!(code(&ok), 0, "{}", stdout(&ok));
    assert!(stdout(&ok).ends_with("5 passed, 0 failed\n"), "{}", stdout(&ok));

    let dir = scratch("test-failure");
    let changed = dir.join("acme-changed.rules");
    let text = std::fs::read_to_string("rules/acme.rules").expect("acme").replace(
        "expect class MQL, temperature cold, score 30, grade A",
        "expect class SQL, temperature cold, score 45, grade A",
    );
    std::fs::write(&changed, text).expect("write");
    let failed = leadrules(&["test", changed.to_str().unwrap_or_default()]);
    assert_eq!(code(&failed), 1);
    let report = stdout(&failed).replace(changed.to_str().unwrap_or_default(), "acme-changed.rules");
    assert!(report.contains("expected class SQL, got class MQL"), "{report}");
    assert!(report.contains("expected score 45, got score 30"), "{report}");
    assert!(report.ends_with("4 passed, 1 failed\n"), "{report}");
    insta::assert_snapshot!("test_failure", report);
}

#[test]
fn a_large_file_shows_progress_on_a_terminal_only() {
    let dir = scratch("progress");
    let input = dir.join("big.csv");
    let junk = "x".repeat(9_000);
    let mut text = String::from("id,employees,notes\n");
    for i in 0..1_000 {
        text.push_str(&format!("L{i},{},{junk}\n", 10 + i));
    }
    std::fs::write(&input, text).expect("write");
    let input = input.to_str().unwrap_or_default().to_string();
    let output = dir.join("out.csv");
    let output = output.to_str().unwrap_or_default().to_string();
    // Not a terminal: not a trace of a bar.
    let piped = leadrules(&["qualify", "rules/acme.rules", &input, "-o", &output]);
    assert_eq!(code(&piped), 0, "{}", stderr(&piped));
    assert!(!stderr(&piped).contains("reading big.csv"), "{}", stderr(&piped));
    // On a terminal (`script` gives the command one), the bar is drawn.
    let Ok(on_terminal) = Command::new("script")
        .args([
            "-qec",
            &format!("{} qualify rules/acme.rules {input} -o {output}", env!("CARGO_BIN_EXE_leadrules")),
            "/dev/null",
        ])
        .output()
    else {
        eprintln!("skipped the terminal half: `script` (util-linux) is not installed");
        return;
    };
    assert!(String::from_utf8_lossy(&on_terminal.stdout).contains("reading big.csv"));
}

#[test]
fn a_reader_that_stops_early_is_no_crash() {
    let bin = env!("CARGO_BIN_EXE_leadrules");
    // The reader closes its end at once (like `head` after its first line), so every write
    // meets a closed pipe.
    let closed_reader = "| (exec 0<&-; sleep 1)";
    for command in [
        format!("{bin} test rules/std/meddpicc.rules {closed_reader}"),
        format!("{bin} explain rules/acme.rules rules/acme-leads.csv --id L-0014 {closed_reader}"),
        format!("{bin} qualify rules/acme.rules rules/acme-leads.csv --format jsonl {closed_reader}"),
        format!("{bin} backtest rules/acme.rules rules/acme-history.csv {closed_reader}"),
        format!("{bin} check --format json tests/ui/many_problems.rules {closed_reader}"),
        format!("{bin} fmt --stdout rules/acme.rules {closed_reader}"),
    ] {
        let out = Command::new("bash").args(["-c", &command]).output().expect("bash runs");
        assert!(!stderr(&out).contains("panicked"), "{command}: {}", stderr(&out));
    }
}

#[test]
fn csv_output_can_start_with_a_bom_for_excel() {
    let dir = scratch("bom");
    let output = dir.join("verdicts.csv");
    let target = output.to_str().unwrap_or_default();
    for jobs in ["1", "2"] {
        let out =
            leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--bom", "--jobs", jobs, "-o", target]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let bytes = std::fs::read(&output).expect("written");
        assert!(bytes.starts_with(b"\xEF\xBB\xBFrow,id,class"), "a BOM, then the header");
        assert_eq!(csv_rows(&String::from_utf8_lossy(&bytes[3..])).len(), 20);
    }
    let plain = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    assert!(stdout(&plain).starts_with("row,id,class"), "no BOM unless asked");
    let jsonl = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--bom", "--format", "jsonl"]);
    assert_eq!(code(&jsonl), 2);
}

#[test]
fn qualify_reads_standard_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_leadrules"))
        .args(["qualify", "rules/acme.rules", "-", "--format", "jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let leads = std::fs::read("rules/acme-leads.csv").expect("sample");
    child.stdin.take().expect("stdin").write_all(&leads).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 20);
}

#[test]
fn output_is_written_atomically() {
    let dir = scratch("atomic");
    let output = dir.join("verdicts.csv");
    let target = output.to_str().unwrap_or_default();
    // Rules with errors: nothing is written.
    let bad = leadrules(&["qualify", "tests/ui/unknown_field.rules", "rules/acme-leads.csv", "-o", target]);
    assert_eq!(code(&bad), 1);
    assert!(!output.exists());
    // A JSON array that breaks off half-way: no half-written file.
    let broken_json = dir.join("leads.json");
    std::fs::write(&broken_json, r#"[{"id": "a", "employees": 20}, {"id": "b", "employees": 30}, {"id": "c", "empl"#)
        .expect("write");
    let cut = leadrules(&["qualify", "rules/acme.rules", broken_json.to_str().unwrap_or_default(), "-o", target]);
    assert_eq!(code(&cut), 3, "{}", stderr(&cut));
    assert!(!output.exists(), "no half-written file");
    assert_eq!(std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0), 1, "no temporary file left behind");
    // A good run replaces the file whole.
    let good = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "-o", target]);
    assert_eq!(code(&good), 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&output).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
        assert_eq!(mode, 0o644, "a written file is readable by others, like any file a command writes");
    }
    assert_eq!(csv_rows(&std::fs::read_to_string(&output).unwrap_or_default()).len(), 20);
}

#[test]
fn usage_and_file_errors_have_their_exit_codes() {
    assert_eq!(code(&leadrules(&["qualify", "rules/acme.rules"])), 2, "missing LEADS is a usage error");
    assert_eq!(code(&leadrules(&["frobnicate"])), 2);
    let missing = leadrules(&["qualify", "rules/acme.rules", "no-such-leads.csv"]);
    assert_eq!(code(&missing), 3);
    assert!(stderr(&missing).contains("no-such-leads.csv"), "{}", stderr(&missing));
    let encoding = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--encoding", "koi8"]);
    assert_eq!(code(&encoding), 2);
    let wrong =
        leadrules(&["qualify", "rules/acme.rules", "tests/data/messy-export-cp1251.csv", "--encoding", "utf-8"]);
    assert_eq!(code(&wrong), 3, "a forced encoding that does not fit the header is an error, not garbage");
    assert!(stderr(&wrong).contains("--encoding windows-1251"), "{}", stderr(&wrong));
}

#[test]
fn help_speaks_to_salespeople() {
    let help = leadrules(&["--help"]);
    assert_eq!(code(&help), 0);
    insta::assert_snapshot!("help", stdout(&help));
    let qualify = leadrules(&["qualify", "--help"]);
    insta::assert_snapshot!("help_qualify", stdout(&qualify));
}

/// A lead whose arithmetic overflows is an error row naming the expression and its values, in
/// every format: rows in = verdict rows + error rows, exit code 4, never `inf` or `null` numbers.
#[test]
fn an_overflow_is_an_error_row_not_a_verdict() {
    let dir = scratch("overflow");
    let rules = dir.join("acme-yearly.rules");
    let acme = std::fs::read_to_string("rules/acme.rules").expect("acme.rules");
    assert!(acme.contains("\n  size budget\n"));
    std::fs::write(&rules, acme.replace("\n  size budget\n", "\n  size budget * 12\n")).expect("write rules");
    let leads = dir.join("leads.csv");
    std::fs::write(&leads, "id,employees,budget_rub\nA,100,1e308\nB,100,500000\n").expect("write leads");
    let (rules, leads) = (rules.display().to_string(), leads.display().to_string());
    let message = "`budget * 12` (line 61 of the rules) cannot be computed, 1e308 × 12 is not a finite number; the lead gets no verdict";

    let csv = leadrules(&["qualify", &rules, &leads]);
    assert_eq!(code(&csv), 4, "{}", stderr(&csv));
    let rows = csv_rows(&stdout(&csv));
    assert_eq!(rows.len(), 2, "rows in = rows out");
    assert_eq!(&rows[0][2], "error");
    assert_eq!(rows[0].iter().next_back(), Some(message));
    assert_eq!(&rows[1][2], "nurture");
    assert!(!stdout(&csv).contains("inf"), "{}", stdout(&csv));
    assert!(stderr(&csv).contains("; 1 could not be computed (row 1)"), "the summary tells it apart: {}", stderr(&csv));

    let jsonl = leadrules(&["qualify", &rules, &leads, "--format", "jsonl", "--jobs", "2"]);
    assert_eq!(code(&jsonl), 4);
    assert!(stderr(&jsonl).contains("; 1 could not be computed (row 1)"), "{}", stderr(&jsonl));
    let first: serde_json::Value = serde_json::from_str(stdout(&jsonl).lines().next().expect("a line")).expect("JSON");
    assert_eq!(first["class"], "error");
    assert_eq!(first["error"], message);

    let explain = leadrules(&["explain", &rules, &leads, "--id", "A"]);
    assert_eq!(code(&explain), 4);
    assert!(stderr(&explain).contains(message), "{}", stderr(&explain));

    let snapshot = leadrules(&["snapshot", &rules, &leads]);
    assert_eq!(code(&snapshot), 4);
    assert!(stdout(&snapshot).contains(&format!("A  error         {message}")), "{}", stdout(&snapshot));
}

#[test]
fn a_number_declared_in_seconds_is_read_in_seconds_and_meets_minutes() {
    let dir = scratch("number_in_seconds");
    let rules = dir.join("site.rules");
    let leads = dir.join("leads.csv");
    let text = "fields {\n  id : text key\n  time_on_site : number in seconds from \"Time on site\"\n  tenure : число в годах\n}\n\nclassify {\n  engaged when time_on_site >= 10 minutes\n  loyal   when tenure >= 18 months\n  other   otherwise\n}\n";
    std::fs::write(&rules, text).expect("write rules");
    std::fs::write(&leads, "id,Time on site,tenure\na,600,1\nb,599.5,1.5\nc,,1.4\nd,3600,\n").expect("write leads");
    let out = leadrules(&["qualify", rules.to_str().expect("utf-8"), leads.to_str().expect("utf-8")]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let classes: Vec<String> = csv_rows(&stdout(&out)).iter().map(|r| r[2].to_string()).collect();
    assert_eq!(classes, ["engaged", "loyal", "other", "engaged"], "{}", stdout(&out));
}
