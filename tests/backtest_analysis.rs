//! End-to-end tests of the backtest's analysis: outcome columns recognised without options and
//! contradictory outcome lists refused, the sales total, `--by` tables (any column, numeric bins,
//! the score, the fit, cross tables), the score bands and their thresholds. Figures are checked
//! against counts made here from the history itself where they can be.

mod common;
use common::{code, leadrules, scratch, stderr, stdout};

use serde_json::Value;
use std::process::Output;

const ACME: &str = "rules/acme.rules";
const ACME_HISTORY: &str = "rules/acme-history.csv";

fn json(o: &Output) -> Value {
    assert_eq!(code(o), 0, "{}", stderr(o));
    serde_json::from_str(&stdout(o)).expect("the report is JSON")
}

/// The ACME history with its outcome column rewritten by `outcome` (row index, old outcome).
fn acme_history_with(name: &str, outcome: impl Fn(usize, &str) -> String) -> String {
    let dir = scratch(name);
    let path = dir.join("history.csv");
    let text = std::fs::read_to_string(ACME_HISTORY).expect("acme history");
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                return line.to_string();
            }
            let cut = line.rfind(',').expect("an outcome column");
            format!("{}{}", &line[..=cut], outcome(i - 1, &line[cut + 1..]))
        })
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").expect("write");
    path.display().to_string()
}

fn one_zero(_: usize, old: &str) -> String {
    match old {
        "выиграна" => "1".into(),
        "проиграна" => "0".into(),
        _ => String::new(),
    }
}

#[test]
fn a_one_zero_outcome_column_is_read_without_options() {
    let original = json(&leadrules(&["backtest", ACME, ACME_HISTORY, "--format", "json"]));
    for (name, won, lost) in [("1-0", "1", "0"), ("true-false", "TRUE", "false"), ("da-net", "Да", "нет")] {
        let history = acme_history_with(&format!("outcome-{name}"), |_, old| match old {
            "выиграна" => won.into(),
            "проиграна" => lost.into(),
            _ => "в работе".into(),
        });
        let report = json(&leadrules(&["backtest", ACME, &history, "--format", "json"]));
        assert_eq!(report["overall"], original["overall"], "{name}");
        assert_eq!(report["by_class"], original["by_class"], "{name}");
    }
    // Blank cells for the open leads are counted as open, with the warning.
    let history = acme_history_with("outcome-1-0-blank", one_zero);
    let out = leadrules(&["backtest", ACME, &history, "--format", "json"]);
    assert!(stderr(&out).contains("\"(blank)\" (10)"), "{}", stderr(&out));
    assert_eq!(json(&out)["overall"], original["overall"]);
}

#[test]
fn contradictory_outcome_lists_are_refused_in_both_languages() {
    let history = acme_history_with("outcome-contradiction", one_zero);
    for lang in ["en", "ru"] {
        let out = leadrules(&["--lang", lang, "backtest", ACME, &history, "--won", "1,0", "--lost", "0"]);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(stdout(&out).is_empty(), "no report: {}", stdout(&out));
        insta::assert_snapshot!(format!("outcome_in_two_lists_{lang}"), stderr(&out));
        let diff = leadrules(&["--lang", lang, "diff", ACME, ACME, &history, "--won", "1,0", "--lost", "0"]);
        assert_eq!((code(&diff), stderr(&diff)), (2, stderr(&out)), "diff refuses the same way");
    }
    // A user's list takes the value from the defaults of the others: no contradiction.
    let out = leadrules(&["backtest", ACME, &history, "--won", "0", "--format", "json"]);
    let report = json(&out);
    assert_eq!(report["overall"]["won"], 28, "the 28 lost deals, taken as won");
    assert_eq!(report["overall"]["lost"], 0);
}

#[test]
fn a_history_whose_outcomes_are_in_no_list_is_refused() {
    let history = acme_history_with("outcome-none", |i, _| ["A", "B", "C"][i % 3].to_string());
    for lang in ["en", "ru"] {
        let out = leadrules(&["--lang", lang, "backtest", ACME, &history]);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        insta::assert_snapshot!(format!("no_outcome_recognised_{lang}"), stderr(&out));
    }
    let out = leadrules(&["backtest", ACME, &history, "--won", "a", "--lost", "b,c", "--format", "json"]);
    let report = json(&out);
    assert_eq!((report["overall"]["won"].as_u64(), report["overall"]["lost"].as_u64()), (Some(18), Some(34)));
}

#[test]
fn the_sales_total_is_the_diffs_admitted_line() {
    for (rules, other, history, extra) in [
        (ACME, "rules/acme-relaxed.rules", ACME_HISTORY, vec![]),
        (
            "rules/crm-opportunities.rules",
            "rules/crm-opportunities-relaxed.rules",
            "tests/data/crm-opportunities.csv",
            vec!["--outcome", "deal_stage", "--open", "engaging,prospecting"],
        ),
    ] {
        let args: Vec<&str> =
            ["backtest", rules, history, "--format", "json"].into_iter().chain(extra.clone()).collect();
        let report = json(&leadrules(&args));
        let args: Vec<&str> =
            ["diff", rules, other, history, "--format", "json"].into_iter().chain(extra.clone()).collect();
        let diff = json(&leadrules(&args));
        assert_eq!(report["admitted"], diff["admitted_old"], "{rules}");
        // Counted again from the class table.
        let sales = report["hidden"]["sales_classes"].as_array().expect("sales classes").clone();
        let (mut leads, mut won) = (0, 0);
        for group in report["by_class"].as_array().expect("classes") {
            if sales.contains(&group["name"]) {
                leads += group["leads"].as_u64().expect("leads");
                won += group["won"].as_u64().expect("won");
            }
        }
        assert_eq!(
            (report["admitted"]["leads"].as_u64(), report["admitted"]["won"].as_u64()),
            (Some(leads), Some(won))
        );
    }
    for lang in ["en", "ru"] {
        let out = leadrules(&["--lang", lang, "backtest", ACME, ACME_HISTORY]);
        let line = stdout(&out).lines().nth(3).unwrap_or_default().to_string();
        insta::assert_snapshot!(format!("sales_total_{lang}"), line);
    }
}
