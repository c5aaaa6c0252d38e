//! What a Russian-speaking sales manager reads with `--lang ru`: the `explain` trace, example
//! results, and the text backtest and diff reports, as snapshots; and the check that no English
//! word is left in them but the author's own (names, values and rule text from the rule files and
//! the data). The HTML reports in Russian are tested in the browser (`tests/report_browser.rs`).

mod common;
use common::{code, leadrules, scratch, stderr, stdout};
use std::collections::BTreeSet;

const CRM: &str = "tests/data/crm-opportunities.csv";
const CRM_V1: &str = "rules/crm-opportunities.rules";
const CRM_V2: &str = "rules/crm-opportunities-relaxed.rules";
const CRM_OUTCOMES: [&str; 4] = ["--outcome", "deal_stage", "--open", "engaging,prospecting"];

/// The Latin words of `text` (two letters or more), lowercased.
fn latin_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 2).map(str::to_ascii_lowercase).collect()
}

/// The Latin words of `output` that are in none of the author's `files` (nor a file name or path
/// given on the command line): the words leadrules itself wrote in English.
fn english_left(output: &str, files: &[&str]) -> BTreeSet<String> {
    let mut authors: BTreeSet<String> = BTreeSet::new();
    for file in files {
        authors.extend(latin_words(file));
        authors.extend(latin_words(&std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"))));
    }
    // The program's name and the options a report names.
    authors.extend(["leadrules", "sales"].map(String::from));
    latin_words(output).difference(&authors).cloned().collect()
}

fn run(args: &[&str]) -> String {
    let out = leadrules(args);
    assert!(code(&out) == 0 || code(&out) == 1, "{args:?}: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn explain_in_russian() {
    let out = run(&["--lang", "ru", "explain", "rules/acme.rules", "rules/acme-leads.csv", "--id", "L-0014"]);
    insta::assert_snapshot!("explain_l0014_ru", out);
    assert!(out.contains("температура: cold, срок ответа — 1 день, ответить до 2026-11-25 13:15"), "{out}");
    assert!(out.contains("неизвестно: decision_maker, timeline"), "{out}");
    assert!(out.contains("timeline ≤ 90 дней → SQL"), "a question in the field's unit, in Russian:\n{out}");
    let left = english_left(&out, &["rules/acme.rules", "rules/acme-leads.csv"]);
    assert!(left.is_empty(), "English words in the Russian trace: {left:?}\n{out}");
    let english = run(&["explain", "rules/acme.rules", "rules/acme-leads.csv", "--id", "L-0014"]);
    assert!(english.contains("respond within 1 day"), "English is unchanged:\n{english}");
}

#[test]
fn example_results_in_russian() {
    let dir = scratch("russian-test-failure");
    let changed = dir.join("acme-changed.rules");
    let text = std::fs::read_to_string("rules/acme.rules").expect("acme").replace(
        "expect class MQL, temperature cold, score 30, grade A",
        "expect class SQL, temperature cold, score 45, grade A",
    );
    std::fs::write(&changed, text).expect("write");
    let failed = leadrules(&["--lang", "ru", "test", changed.to_str().unwrap_or_default()]);
    assert_eq!(code(&failed), 1);
    let report = stdout(&failed);
    // What was expected and what came out, and the trace, are said in Russian (the lines around
    // them belong to the `test` command).
    assert!(report.contains("класс SQL") && report.contains("класс MQL"), "{report}");
    assert!(report.contains("профиль ICP: соответствие 87,5 % (оценка A)"), "{report}");
    assert!(report.contains("[timeline = 120 дней]"), "{report}");
}

#[test]
fn the_crm_backtest_text_report_in_russian() {
    let mut args = vec!["--lang", "ru", "backtest", CRM_V1, CRM, "--channel", "sector"];
    args.extend(CRM_OUTCOMES);
    let out = run(&args);
    insta::assert_snapshot!("crm_backtest_ru", out);
    assert!(out.contains("Проверка определения"), "{out}");
    assert!(out.contains("63,2 % (62,0–64,3 %)"), "percentages the Russian way:\n{out}");
    let left = english_left(&out, &[CRM_V1, CRM]);
    assert!(left.is_empty(), "English words in the Russian backtest: {left:?}\n{out}");
}

#[test]
fn the_crm_diff_text_report_in_russian() {
    let mut args = vec!["--lang", "ru", "diff", CRM_V1, CRM_V2, CRM];
    args.extend(CRM_OUTCOMES);
    let out = run(&args);
    insta::assert_snapshot!("crm_diff_ru", out);
    assert!(out.contains("Матрица переходов"), "{out}");
    let left = english_left(&out, &[CRM_V1, CRM_V2, CRM]);
    assert!(left.is_empty(), "English words in the Russian diff: {left:?}\n{out}");
}

#[test]
fn the_diff_of_russian_keyword_files_names_each_rule_in_russian_as_written() {
    // A lead whose own id reads like an English row name, and a lead with no id.
    let dir = scratch("russian-diff");
    let history = dir.join("history.csv");
    let text = std::fs::read_to_string("rules/acme-history.csv").expect("history");
    let text = text.replacen("\nH-002,", "\nrow 99,", 1).replacen("\nH-007,", "\n,", 1);
    std::fs::write(&history, text).expect("write");
    let (history, page) = (history.display().to_string(), dir.join("diff.html").display().to_string());
    let (old, new) = ("rules/ru/acme.rules", "rules/ru/acme-relaxed.rules");
    let out = run(&["--lang", "ru", "diff", old, new, &history, "--html", &page]);
    let (was, is) =
        ("строка 74: MQL когда баллы >= 30", "строка 80: SQL когда ANUM.authority и ANUM.need и budget неизвестно");
    assert!(
        out.contains(&format!("row 99: баллы 45 (не изменились); было — {was}; стало — {is}")),
        "the id as written:\n{out}"
    );
    assert!(
        out.contains(&format!("строка 7: баллы 55 (не изменились); было — {was}; стало — {is}")),
        "a lead with no id:\n{out}"
    );
    let left = english_left(&out, &[old, new, &history]);
    assert!(left.is_empty(), "English words in the Russian diff: {left:?}\n{out}");
    let html = std::fs::read_to_string(&page).expect("the page");
    for cell in ["row 99</th>", "строка 7</th>", "<code>строка 74: MQL когда баллы &gt;= 30</code>"]
    {
        assert!(html.contains(cell), "{cell} in the page");
    }
    // The JSON report is the same whatever the language: English places, the author's words.
    let json: serde_json::Value =
        serde_json::from_str(&run(&["--lang", "ru", "diff", old, new, &history, "--format", "json"])).expect("JSON");
    let example = &json["transitions"]
        .as_array()
        .expect("transitions")
        .iter()
        .find(|t| t["from"] == "MQL" && t["to"] == "SQL")
        .expect("MQL → SQL")["examples"];
    assert_eq!(example[0]["id"], "row 99");
    assert_eq!(example[1]["id"], "row 7");
    assert_eq!(example[0]["old_rule"], "line 74: MQL когда баллы >= 30");
    assert_eq!(example[0]["new_rule"], "line 80: SQL когда ANUM.authority и ANUM.need и budget неизвестно");
}
