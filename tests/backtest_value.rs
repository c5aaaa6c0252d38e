//! End-to-end tests of the value-weighted figures (`backtest --value COLUMN`, or the definition's
//! deal size) and of the coverage (`backtest --coverage`): sums counted here from generated
//! histories whose amounts are written the ways exports write them, values that cannot be read
//! counted and named rather than taken for zero, and the lines of a definition that never decide
//! a lead listed. (The CRM history's figures are checked against an independent count in
//! tests/backtest.rs.)

mod common;
use common::{code, leadrules, scratch, stderr, stdout};

use proptest::prelude::*;
use serde_json::Value;

const RULES: &str = r#"definition "Value test" version 1

fields {
  id        : text   from "id" key
  employees : number from "employees"
}

classify {
  SQL     when employees >= 100
  nurture otherwise
}
"#;

/// An amount in cents written as exports write money; `None` for a cell that is not an amount.
fn written(cents: u64, style: u8) -> String {
    let (whole, fraction) = (cents / 100, cents % 100);
    let grouped = |sep: &str| {
        let digits = whole.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    };
    match style {
        0 => format!("{whole}.{fraction:02}"),
        1 => format!("{},{fraction:02}", grouped(" ")),
        2 => format!("${}.{fraction:02}", grouped(",")),
        3 => format!("{},{fraction:02} руб.", grouped("\u{a0}")),
        _ => format!("RUB {whole}.{fraction:02}"),
    }
}

/// One generated lead: employees, outcome (0 won, 1 lost, 2 open), and its value cell:
/// `Ok((cents, style))`, `Err(true)` for a blank, `Err(false)` for text that is no amount.
type Lead = (u32, u8, Result<(u64, u8), bool>);

fn lead() -> impl Strategy<Value = Lead> {
    let cell = prop_oneof![
        6 => (0u64..500_000_000, 0u8..5).prop_map(Ok),
        1 => Just(Err(true)),
        1 => Just(Err(false)),
    ];
    (0u32..300, 0u8..3, cell)
}

fn write_history(dir: &std::path::Path, leads: &[Lead]) -> String {
    let mut csv = String::from("id,employees,amount,outcome\n");
    for (i, (employees, outcome, cell)) in leads.iter().enumerate() {
        let text = match cell {
            Ok((cents, style)) => written(*cents, *style),
            Err(true) => String::new(),
            Err(false) => "tbd".into(),
        };
        let outcome = ["won", "lost", "open"][*outcome as usize];
        csv.push_str(&format!("L-{i},{employees},\"{text}\",{outcome}\n"));
    }
    let path = dir.join("history.csv");
    std::fs::write(&path, csv).expect("write history");
    path.display().to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// Won value per class, shares and averages equal a count made here from the cents; a cell
    /// that is not an amount is counted as unreadable, never as zero.
    #[test]
    fn won_value_per_class_is_the_sum_of_the_won_amounts(leads in proptest::collection::vec(lead(), 1..60)) {
        let dir = scratch("backtest-value-prop");
        std::fs::write(dir.join("v.rules"), RULES).expect("rules");
        let history = write_history(&dir, &leads);
        let rules = dir.join("v.rules").display().to_string();
        let out = leadrules(&["backtest", &rules, &history, "--value", "amount", "--format", "json"]);
        prop_assert_eq!(code(&out), 0, "{}", stderr(&out));
        let report: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
        let v = &report["value"];
        let unreadable = leads.iter().filter(|l| l.2 == Err(false)).count() as u64;
        prop_assert_eq!(v["unreadable"].as_u64(), Some(unreadable));
        prop_assert_eq!(stderr(&out).contains("could not be read as"), unreadable > 0, "{}", stderr(&out));
        let class = |e: u32| if e >= 100 { "SQL" } else { "nurture" };
        let won_cents = |name: Option<&str>| -> (u64, u64, u64) {
            let won: Vec<&Lead> = leads.iter().filter(|l| l.1 == 0 && name.is_none_or(|n| class(l.0) == n)).collect();
            let with: Vec<u64> = won.iter().filter_map(|l| l.2.ok().map(|(c, _)| c)).collect();
            (won.len() as u64, with.len() as u64, with.iter().sum())
        };
        let (_, _, all_cents) = won_cents(None);
        for (g, name) in v["by_class"].as_array().unwrap().iter().zip(["SQL", "nurture"]) {
            let (won, with, cents) = won_cents(Some(name));
            prop_assert_eq!(&g["name"], name);
            prop_assert_eq!(g["won"].as_u64(), Some(won));
            prop_assert_eq!(g["won_without_value"].as_u64(), Some(won - with));
            let value = g["won_value"].as_f64().unwrap();
            prop_assert!((value - cents as f64 / 100.0).abs() < 1e-3, "{} {} {}", name, value, cents);
            match g["average_won"].as_f64() {
                Some(a) => prop_assert!((a - cents as f64 / 100.0 / with as f64).abs() < 1e-3),
                None => prop_assert_eq!(with, 0),
            }
            match g["value_share"].as_f64() {
                Some(s) => prop_assert!((s - cents as f64 / all_cents as f64).abs() < 1e-9),
                None => prop_assert_eq!(all_cents, 0),
            }
        }
    }
}

#[test]
fn unreadable_values_are_named_in_the_report_and_on_stderr() {
    let dir = scratch("backtest-value-unreadable");
    std::fs::write(dir.join("v.rules"), RULES).expect("rules");
    let leads: Vec<Lead> = vec![
        (200, 0, Ok((100_000_050, 1))),
        (200, 0, Err(false)),
        (50, 0, Ok((250_000, 2))),
        (50, 0, Err(true)),
        (200, 1, Ok((99, 0))),
        (10, 2, Err(false)),
    ];
    let history = write_history(&dir, &leads);
    let rules = dir.join("v.rules").display().to_string();
    for lang in ["en", "ru"] {
        let out = leadrules(&["--lang", lang, "backtest", &rules, &history, "--value", "amount"]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let text = stdout(&out);
        let value =
            &text[text.find(if lang == "en" { "Won value" } else { "Выигранная сумма" }).expect("value table")..];
        let value = &value[..value.find("\n\n").unwrap_or(value.len())];
        insta::assert_snapshot!(format!("value_unreadable_{lang}"), format!("{value}\n---\n{}", stderr(&out)));
    }
}

#[test]
fn a_value_column_the_history_does_not_have_is_a_file_problem() {
    let out = leadrules(&["backtest", "rules/acme.rules", "rules/acme-history.csv", "--value", "no_such_column"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("--value no_such_column"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
}

#[test]
fn the_deal_size_is_the_value_without_the_option() {
    // ACME's deal size is its budget: the won value is the won leads' budgets.
    let out = leadrules(&["backtest", "rules/acme.rules", "rules/acme-history.csv", "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let mut reader = csv::Reader::from_path("rules/acme-history.csv").expect("history");
    let headers = reader.headers().expect("header").clone();
    let col = |n: &str| headers.iter().position(|h| h == n).expect("column");
    let (budget, outcome) = (col("budget_rub"), col("outcome"));
    let (mut won, mut with, mut sum) = (0, 0, 0.0);
    for r in reader.records() {
        let r = r.expect("row");
        if &r[outcome] == "выиграна" {
            won += 1;
            let b = r[budget].replace(' ', "");
            if !b.is_empty() {
                with += 1;
                sum += b.parse::<f64>().expect("a budget");
            }
        }
    }
    let v = &report["value"];
    assert_eq!(v["source"], "deal.size");
    assert_eq!(v["overall"]["won"].as_u64(), Some(won));
    assert_eq!(v["overall"]["won_without_value"].as_u64(), Some(won - with));
    assert_eq!(v["overall"]["won_value"].as_f64(), Some(sum));
}

#[test]
fn coverage_lists_the_lines_that_never_decide_a_lead() {
    let dir = scratch("backtest-coverage-never");
    let rules = std::fs::read_to_string("rules/acme.rules").expect("acme").replace(
        "  SQL          when BANT passes or score >= 60",
        "  VIP          when employees >= 1_000_000\n  SQL          when BANT passes or score >= 60",
    );
    let path = dir.join("acme-vip.rules");
    std::fs::write(&path, rules).expect("rules");
    let path = path.display().to_string();
    for lang in ["en", "ru"] {
        let out = leadrules(&["--lang", lang, "backtest", &path, "rules/acme-history.csv", "--coverage"]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let text = stdout(&out);
        let heading = if lang == "en" { "Coverage on the history" } else { "Покрытие на истории" };
        insta::assert_snapshot!(format!("coverage_acme_vip_{lang}"), &text[text.find(heading).expect("coverage")..]);
    }
    let out = leadrules(&["backtest", &path, "rules/acme-history.csv", "--coverage", "--format", "json"]);
    let report: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let never: Vec<&Value> =
        report["coverage"]["items"].as_array().unwrap().iter().filter(|i| i["leads"] == 0).collect();
    assert_eq!(report["coverage"]["never"].as_u64(), Some(never.len() as u64));
    assert!(never.iter().any(|i| i["rule"] == "VIP when employees >= 1_000_000" && i["kind"] == "class_rule"));
    // Without --coverage there is none.
    let plain = leadrules(&["backtest", &path, "rules/acme-history.csv", "--format", "json"]);
    let plain: Value = serde_json::from_str(&stdout(&plain)).expect("JSON");
    assert_eq!(plain["coverage"], Value::Null);
}
