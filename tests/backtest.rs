//! End-to-end tests of `leadrules backtest` and `leadrules diff` on histories with known outcomes:
//! the MAVEN Hardware definition on the real CRM Sales Opportunities history (8,800 B2B
//! opportunities, `tests/data/crm-opportunities.csv`), checked against an independent count
//! written here in plain Rust; and the ACME volume-versus-rate pair on `rules/acme-history.csv`
//! (admitted to sales 8 → 20, won 7 → 10).

mod common;
use common::{code, leadrules, scratch, stderr, stdout};

use serde_json::Value;
use std::collections::BTreeMap;
use std::process::Output;

const CRM: &str = "tests/data/crm-opportunities.csv";
const CRM_V1: &str = "rules/crm-opportunities.rules";
const CRM_V2: &str = "rules/crm-opportunities-relaxed.rules";
/// How the CRM export says a deal ended.
const CRM_OUTCOMES: [&str; 4] = ["--outcome", "deal_stage", "--open", "engaging,prospecting"];
const ACME_HISTORY: &str = "rules/acme-history.csv";

fn json(o: &Output) -> Value {
    assert_eq!(code(o), 0, "{}", stderr(o));
    serde_json::from_str(&stdout(o)).expect("the report is JSON")
}

/// A fresh directory under the target dir.
fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    base.iter().chain(extra).copied().collect()
}

// ---------------------------------------------------------------------------------------------
// An independent reading of the CRM history: the csv crate and plain Rust, no leadrules code.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Count {
    won: u64,
    lost: u64,
    open: u64,
}

impl Count {
    fn add(&mut self, stage: &str) {
        match stage {
            "Won" => self.won += 1,
            "Lost" => self.lost += 1,
            "Engaging" | "Prospecting" => self.open += 1,
            other => panic!("unexpected deal_stage {other:?}"),
        }
    }

    fn leads(&self) -> u64 {
        self.won + self.lost + self.open
    }
}

/// One opportunity, as the definition reads it.
struct Opportunity {
    id: String,
    account: String,
    sector: String,
    employees: Option<f64>,
    revenue: Option<f64>,
    office_location: String,
    product: String,
    stage: String,
    /// `close_value`: blank while the deal is open.
    close_value: Option<f64>,
}

fn opportunities() -> Vec<Opportunity> {
    let mut reader = csv::Reader::from_path(CRM).expect("tests/data/crm-opportunities.csv");
    let headers = reader.headers().expect("a header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let (value, id) = (column("close_value"), column("opportunity_id"));
    let (account, sector, employees, revenue, office, product, stage) = (
        column("account"),
        column("sector"),
        column("employees"),
        column("revenue"),
        column("office_location"),
        column("product"),
        column("deal_stage"),
    );
    let number = |s: &str| if s.is_empty() { None } else { Some(s.parse::<f64>().expect("a number")) };
    reader
        .records()
        .map(|r| {
            let r = r.expect("a valid row");
            Opportunity {
                id: r[id].to_string(),
                account: r[account].to_string(),
                sector: r[sector].to_string(),
                employees: number(&r[employees]),
                revenue: number(&r[revenue]),
                office_location: r[office].to_string(),
                product: r[product].to_string(),
                stage: r[stage].to_string(),
                close_value: number(&r[value]),
            }
        })
        .collect()
}

/// The MAVEN Hardware definition re-implemented by hand. `sql_from` is the score that makes an
/// SQL (70 in version 1, 60 in version 2); `size_gate` is version 1's "fewer than 50 employees".
struct Verdict {
    class: &'static str,
    /// Index of the gates failed.
    failed: Vec<usize>,
    grade: char,
    temperature: &'static str,
    /// Whether each ICP criterion matched and each score line gave its points, in file order.
    matched: [bool; 4],
    fired: [bool; 4],
    score: u32,
}

fn judge(o: &Opportunity, sql_from: u32, size_gate: bool) -> Verdict {
    let mut failed = Vec::new();
    if o.account.is_empty() {
        failed.push(0);
    }
    if size_gate && o.employees.is_some_and(|e| e < 50.0) {
        failed.push(1);
    }
    let sector = if o.sector == "technolgy" { "technology" } else { o.sector.as_str() };
    let matched = [
        ["technology", "software", "telecommunications", "finance", "medical"].contains(&sector),
        o.employees.is_some_and(|e| e >= 1_000.0),
        o.revenue.is_some_and(|r| r >= 500.0),
        o.office_location == "United States",
    ];
    let points: u32 = matched.iter().zip([2, 3, 2, 1]).map(|(m, w)| if *m { w } else { 0 }).sum();
    let fit = points as f64 / 8.0;
    let system = ["GTX Pro", "GTXPro", "GTX Plus Pro", "MG Advanced", "GTK 500"].contains(&o.product.as_str());
    let big = o.employees.is_some_and(|e| e >= 5_000.0);
    let mut score = 0;
    if fit >= 0.7 {
        score += 40;
    }
    if fit >= 0.4 {
        score += 20;
    }
    if system {
        score += 20;
    }
    if big {
        score += 10;
    }
    let class = if !failed.is_empty() {
        "disqualified"
    } else if score >= sql_from {
        "SQL"
    } else if score >= 40 {
        "MQL"
    } else {
        "nurture"
    };
    let grade = match fit {
        f if f >= 0.8 => 'A',
        f if f >= 0.6 => 'B',
        f if f >= 0.4 => 'C',
        f if f >= 0.2 => 'D',
        _ => 'F',
    };
    let hot_product = ["GTX Pro", "GTXPro", "GTX Plus Pro", "GTK 500"].contains(&o.product.as_str());
    // A disqualified lead gets no temperature.
    let temperature = if !failed.is_empty() {
        "none (disqualified)"
    } else if big && hot_product {
        "hot"
    } else if fit >= 0.7 {
        "warm"
    } else {
        "cold"
    };
    let fired = [fit >= 0.7, fit >= 0.4, system, big];
    Verdict { class, failed, grade, temperature, matched, fired, score }
}

/// `{name: (won, lost, open)}` of a JSON group list.
fn groups(report: &Value, key: &str) -> BTreeMap<String, Count> {
    report[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is a list"))
        .iter()
        .filter(|g| g["leads"].as_u64() != Some(0))
        .map(|g| (g["name"].as_str().expect("a name").to_string(), counts(g)))
        .collect()
}

fn counts(g: &Value) -> Count {
    let n = |k: &str| g[k].as_u64().unwrap_or_else(|| panic!("{k} in {g}"));
    Count { won: n("won"), lost: n("lost"), open: n("open") }
}

fn tally<'a>(items: impl Iterator<Item = (String, &'a str)>) -> BTreeMap<String, Count> {
    let mut map: BTreeMap<String, Count> = BTreeMap::new();
    for (key, stage) in items {
        map.entry(key).or_default().add(stage);
    }
    map
}

#[test]
fn the_crm_backtest_matches_an_independent_count() {
    let history = opportunities();
    assert_eq!(history.len(), 8_800);
    let out = leadrules(&with(&["backtest", CRM_V1, CRM, "--format", "json", "--channel", "sector"], &CRM_OUTCOMES));
    assert!(stderr(&out).is_empty(), "no warnings expected: {}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["definition"], "MAVEN Hardware version 1");
    assert_eq!(report["rows"], 8_800);
    assert_eq!(report["unreadable"], 0, "blank accounts are unknown, not errors");
    assert_eq!(report["unrecognized_outcomes"], serde_json::json!([]));

    // Overall: the published deal_stage counts.
    let mut overall = Count::default();
    history.iter().for_each(|o| overall.add(&o.stage));
    assert_eq!(overall, Count { won: 4_238, lost: 2_473, open: 2_089 });
    assert_eq!(counts(&report["overall"]), overall);

    // Per sector (the channel): the typo is technology, a blank sector is unknown.
    let by_sector = tally(history.iter().map(|o| {
        let sector = match o.sector.as_str() {
            "" => "(unknown)",
            "technolgy" => "technology",
            s => s,
        };
        (sector.to_string(), o.stage.as_str())
    }));
    assert_eq!(report["channel_field"], "sector");
    assert_eq!(groups(&report, "by_channel"), by_sector);
    assert_eq!(by_sector["technology"], Count { won: 671, lost: 387, open: 107 });
    assert_eq!(by_sector["(unknown)"], Count { won: 0, lost: 0, open: 1_425 });

    // Per class, grade and temperature, with the definition re-implemented above.
    let verdicts: Vec<Verdict> = history.iter().map(|o| judge(o, 70, true)).collect();
    let by = |key: &dyn Fn(&Verdict) -> String| {
        tally(history.iter().zip(&verdicts).map(|(o, v)| (key(v), o.stage.as_str())))
    };
    let by_class = by(&|v| v.class.to_string());
    assert_eq!(groups(&report, "by_class"), by_class);
    assert_eq!(groups(&report, "by_grade"), by(&|v| v.grade.to_string()));
    assert_eq!(groups(&report, "by_temperature"), by(&|v| v.temperature.to_string()));
    assert_eq!(by_class["SQL"], Count { won: 2_250, lost: 1_322, open: 294 });

    // What each gate removed: every blank account (all still open), and one 9-person account.
    let gates = report["gates"].as_array().expect("gates");
    assert_eq!(gates.len(), 2);
    for (i, gate) in gates.iter().enumerate() {
        let removed = tally(
            history
                .iter()
                .zip(&verdicts)
                .filter(|(_, v)| v.failed.contains(&i))
                .map(|(o, _)| (String::new(), o.stage.as_str())),
        );
        let expected = removed.get("").copied().unwrap_or_default();
        assert_eq!(counts(gate), expected, "gate {i}");
        assert_eq!(gate["removed"].as_u64(), Some(expected.leads()));
    }
    assert_eq!(counts(&gates[0]), Count { won: 0, lost: 0, open: 1_425 });
    assert_eq!(counts(&gates[1]), Count { won: 105, lost: 54, open: 11 });

    // Hidden potential: won deals outside SQL.
    let hidden = &report["hidden"];
    assert_eq!(hidden["sales_classes"], serde_json::json!(["SQL"]));
    assert_eq!(hidden["won_total"], 4_238);
    assert_eq!(hidden["won_hidden"].as_u64(), Some(4_238 - by_class["SQL"].won));
}

#[test]
fn the_crm_won_value_matches_an_independent_count() {
    let history = opportunities();
    let out = leadrules(&with(&["backtest", CRM_V1, CRM, "--format", "json", "--value", "close_value"], &CRM_OUTCOMES));
    assert!(stderr(&out).is_empty(), "every close_value is an amount: {}", stderr(&out));
    let report = json(&out);
    let value = &report["value"];
    assert_eq!(value["source"], "close_value");
    assert_eq!(value["unreadable"], 0);
    let won: Vec<(&Opportunity, Verdict)> =
        history.iter().filter(|o| o.stage == "Won").map(|o| (o, judge(o, 70, true))).collect();
    let total: f64 = won.iter().map(|(o, _)| o.close_value.expect("a won deal has a value")).sum();
    assert!((value["overall"]["won_value"].as_f64().unwrap() - total).abs() < 1e-6);
    for class in ["disqualified", "SQL", "MQL", "nurture"] {
        let deals: Vec<f64> = won.iter().filter(|(_, v)| v.class == class).filter_map(|(o, _)| o.close_value).collect();
        let sum: f64 = deals.iter().sum();
        let g = value["by_class"].as_array().unwrap().iter().find(|g| g["name"] == class).expect("the class");
        assert_eq!(g["won"].as_u64(), Some(deals.len() as u64), "{class}");
        assert!((g["won_value"].as_f64().unwrap() - sum).abs() < 1e-6, "{class}");
        assert!((g["value_share"].as_f64().unwrap() - sum / total).abs() < 1e-9, "{class}");
        assert!((g["average_won"].as_f64().unwrap() - sum / deals.len() as f64).abs() < 1e-6, "{class}");
    }
    // The question the report must answer: SQL holds 70 % of the won value with 53 % of the won deals.
    let sales = &value["sales"];
    assert_eq!(sales["name"], "SQL");
    assert_eq!(format!("{:.3}", sales["value_share"].as_f64().unwrap()), "0.703");
    assert_eq!(format!("{:.3}", sales["won_share"].as_f64().unwrap()), "0.531");
    // Without --value and without a deal size, there are no value figures.
    let plain = json(&leadrules(&with(&["backtest", CRM_V1, CRM, "--format", "json"], &CRM_OUTCOMES)));
    assert_eq!(plain["value"], Value::Null);
}

#[test]
fn the_crm_coverage_matches_an_independent_count() {
    let history = opportunities();
    let out = leadrules(&with(&["backtest", CRM_V1, CRM, "--format", "json", "--coverage"], &CRM_OUTCOMES));
    let report = json(&out);
    let items = report["coverage"]["items"].as_array().expect("coverage items");
    let verdicts: Vec<Verdict> = history.iter().map(|o| judge(o, 70, true)).collect();
    let count = |hit: &dyn Fn(&Verdict) -> bool| {
        let mut c = Count::default();
        history.iter().zip(&verdicts).filter(|(_, v)| hit(v)).for_each(|(o, _)| c.add(&o.stage));
        c
    };
    let of_kind = |kind: &str| -> Vec<&Value> { items.iter().filter(|i| i["kind"] == kind).collect() };
    let gates = of_kind("gate");
    assert_eq!(gates.len(), 2);
    for (i, g) in gates.iter().enumerate() {
        assert_eq!(counts(g), count(&|v| v.failed.contains(&i)), "gate {i}");
    }
    let matched = of_kind("profile_criterion");
    assert_eq!(matched.len(), 4);
    for (i, m) in matched.iter().enumerate() {
        assert_eq!(counts(m), count(&|v| v.matched[i]), "ICP criterion {i}");
    }
    let fired = of_kind("score_line");
    assert_eq!(fired.len(), 4);
    for (i, f) in fired.iter().enumerate() {
        assert_eq!(counts(f), count(&|v| v.fired[i]), "score line {i}");
        assert_eq!(f["block"], "score");
    }
    let classes = of_kind("class_rule");
    let names = ["disqualified", "SQL", "MQL", "nurture"];
    for (c, name) in classes.iter().zip(names) {
        assert_eq!(counts(c), count(&|v| v.class == name), "{name}");
        assert!(c["rule"].as_str().unwrap().starts_with(name));
    }
    for (t, name) in of_kind("temperature_rule").iter().zip(["hot", "warm", "cold"]) {
        assert_eq!(counts(t), count(&|v| v.temperature == name), "{name}");
    }
    assert_eq!(classes[1]["line"], 58);
    assert_eq!(report["coverage"]["never"], 0, "every line of version 1 decides some lead of this history");
    assert!(items.iter().all(|i| i["leads"].as_u64().unwrap() > 0));
}

#[test]
fn the_crm_diff_matches_an_independent_count() {
    let history = opportunities();
    let out = leadrules(&with(&["diff", CRM_V1, CRM_V2, CRM, "--format", "json"], &CRM_OUTCOMES));
    let report = json(&out);
    let admitted = |sql_from, size_gate| {
        let mut c = Count::default();
        history.iter().filter(|o| judge(o, sql_from, size_gate).class == "SQL").for_each(|o| c.add(&o.stage));
        c
    };
    let (old, new) = (admitted(70, true), admitted(60, false));
    for (key, expected) in [("admitted_old", old), ("admitted_new", new)] {
        let a = &report[key];
        assert_eq!(
            (a["leads"].as_u64(), a["won"].as_u64(), a["lost"].as_u64()),
            (Some(expected.leads()), Some(expected.won), Some(expected.lost)),
            "{key}"
        );
    }
    assert_eq!((old.leads(), old.won), (3_866, 2_250));
    assert_eq!((new.leads(), new.won), (5_371, 3_103));
    let moved = history.iter().filter(|o| judge(o, 70, true).class != judge(o, 60, false).class).count();
    assert_eq!(report["changed"].as_u64(), Some(moved as u64));
    assert_eq!(moved, 1_675);
    // Why they moved: the compiled definitions differ in the size gate (dropped) and the SQL
    // threshold (70 → 60), and each moved cell names the change that moved its leads.
    let changes = report["changes"].as_array().expect("changes");
    let said: Vec<(String, String, String)> = changes
        .iter()
        .map(|c| {
            let values: Vec<String> = c["values"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| format!("{} → {}", v["old"]["value"], v["new"]["value"]))
                .collect();
            (c["kind"].as_str().unwrap().into(), c["block"].as_str().unwrap().into(), values.join(", "))
        })
        .collect();
    let expected = [("removed", "minimum", ""), ("threshold", "classify", "70.0 → 60.0")];
    assert_eq!(said, expected.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
    assert_eq!(changes[1]["old"]["rule"], "SQL when score >= 70");
    assert_eq!(changes[1]["new"]["rule"], "SQL when score >= 60");
    let cell = |from: &str, to: &str| {
        report["transitions"].as_array().unwrap().iter().find(|t| t["from"] == from && t["to"] == to).cloned().unwrap()
    };
    let by_id: BTreeMap<String, &Opportunity> = opportunities_by_id(&history);
    for (from, to, change) in [("MQL", "SQL", 1), ("disqualified", "nurture", 0)] {
        let t = cell(from, to);
        let leads: Vec<&Opportunity> =
            history.iter().filter(|o| judge(o, 70, true).class == from && judge(o, 60, false).class == to).collect();
        let mut c = Count::default();
        leads.iter().for_each(|o| c.add(&o.stage));
        assert_eq!((t["leads"].as_u64(), t["lost"].as_u64()), (Some(c.leads()), Some(c.lost)));
        let conversion = c.won as f64 / (c.won + c.lost) as f64;
        assert!((t["conversion"].as_f64().unwrap() - conversion).abs() < 1e-12);
        assert_eq!(t["reasons"], serde_json::json!([{"change": change, "leads": c.leads()}]), "{from} → {to}");
        for e in t["examples"].as_array().unwrap() {
            let o = by_id[e["id"].as_str().unwrap()];
            assert_eq!(e["old_score"].as_f64(), Some(f64::from(judge(o, 70, true).score)));
            assert_eq!(e["new_score"].as_f64(), Some(f64::from(judge(o, 60, false).score)));
        }
    }
    assert_eq!(cell("SQL", "SQL")["reasons"], serde_json::json!([]), "an unchanged cell has no reasons");
}

/// The opportunities by their id.
fn opportunities_by_id(history: &[Opportunity]) -> BTreeMap<String, &Opportunity> {
    history.iter().map(|o| (o.id.clone(), o)).collect()
}

#[test]
fn the_crm_backtest_text_report() {
    let out = leadrules(&with(&["backtest", CRM_V1, CRM, "--channel", "sector"], &CRM_OUTCOMES));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    insta::assert_snapshot!("crm_backtest", stdout(&out));
}

#[test]
fn the_crm_definitions_check_clean_and_their_examples_pass() {
    let check = leadrules(&["check", "--deny-warnings", CRM_V1, CRM_V2, "rules/acme-relaxed.rules"]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    let test = leadrules(&["test", CRM_V1, CRM_V2, "rules/acme-relaxed.rules"]);
    assert_eq!(code(&test), 0, "{}", stdout(&test));
    assert!(!stdout(&test).contains("FAILED"), "{}", stdout(&test));
}

// ---------------------------------------------------------------------------------------------
// ACME: a designed volume-versus-rate trade-off.

#[test]
fn the_acme_diff_shows_more_deals_at_a_lower_rate() {
    let out = leadrules(&["diff", "rules/acme.rules", "rules/acme-relaxed.rules", ACME_HISTORY]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("admitted to sales 8 → 20, won 7 → 10, conversion 87.5% → 50.0% (95%: 52.9–97.8% → 29.9–70.1%)"),
        "{text}"
    );
    assert!(text.contains("12 of 52 leads changed class"), "{text}");
    insta::assert_snapshot!("acme_diff", text);

    // The same pair named by definition and version, looked up in rules/.
    let by_name = leadrules(&["diff", "ACME Cloud@3", "ACME Cloud@4", ACME_HISTORY]);
    assert_eq!(code(&by_name), 0, "{}", stderr(&by_name));
    assert_eq!(stdout(&by_name), text);
}

#[test]
fn the_acme_diff_as_json() {
    let report = json(&leadrules(&["diff", "ACME Cloud@3", "ACME Cloud@4", ACME_HISTORY, "--format", "json"]));
    let admitted = |key: &str| {
        let a = &report[key];
        (a["leads"].as_u64().unwrap(), a["won"].as_u64().unwrap(), a["lost"].as_u64().unwrap())
    };
    assert_eq!(admitted("admitted_old"), (8, 7, 1));
    assert_eq!(admitted("admitted_new"), (20, 10, 10));
    assert!((report["admitted_old"]["conversion"].as_f64().unwrap() - 0.875).abs() < 1e-9);
    assert!((report["admitted_new"]["conversion"].as_f64().unwrap() - 0.5).abs() < 1e-9);
    // The intervals overlap: 52.9–97.8 % and 29.9–70.1 %.
    let (old_low, new_high) = (
        report["admitted_old"]["interval"]["low"].as_f64().unwrap(),
        report["admitted_new"]["interval"]["high"].as_f64().unwrap(),
    );
    assert!(old_low < new_high);
    assert_eq!(report["changed"], 12);
    assert_eq!(report["old_classes"], serde_json::json!(["disqualified", "SQL", "MQL", "nurture"]));

    let cell = |from: &str, to: &str| {
        report["transitions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["from"] == from && t["to"] == to)
            .unwrap_or_else(|| panic!("no cell {from} → {to}"))
            .clone()
    };
    let leads_won = |t: &Value| (t["leads"].as_u64().unwrap(), t["won"].as_u64().unwrap());
    assert_eq!(leads_won(&cell("SQL", "SQL")), (8, 7));
    assert_eq!(leads_won(&cell("MQL", "SQL")), (8, 2));
    assert_eq!(leads_won(&cell("nurture", "SQL")), (4, 1));
    assert_eq!(leads_won(&cell("MQL", "MQL")), (12, 2));
    assert_eq!(leads_won(&cell("disqualified", "disqualified")), (6, 1));
    assert!(report["transitions"].as_array().unwrap().iter().all(|t| t["to"] != "MQL" || t["from"] == "MQL"));

    // Moved leads come with examples and the rule that moved them; unchanged cells have none.
    let moved = cell("MQL", "SQL");
    let examples = moved["examples"].as_array().unwrap();
    assert_eq!(examples.len(), 3);
    assert_eq!(examples[0]["id"], "H-002");
    assert!(examples[0]["old_rule"].as_str().unwrap().contains("MQL when score >= 30"));
    assert!(
        examples[0]["new_rule"]
            .as_str()
            .unwrap()
            .contains("SQL when ANUM.authority and ANUM.need and budget is unknown")
    );
    assert_eq!(cell("nurture", "SQL")["examples"].as_array().unwrap().len(), 3);
    assert!(cell("SQL", "SQL")["examples"].as_array().unwrap().is_empty());

    // The backtests of both definitions ride along.
    assert_eq!(report["old"]["definition"], "ACME Cloud version 3");
    assert_eq!(report["new"]["definition"], "ACME Cloud version 4");
    assert_eq!(counts(&report["old"]["overall"]), Count { won: 14, lost: 28, open: 10 });
}

#[test]
fn an_unknown_version_names_the_ones_there_are() {
    let out = leadrules(&["diff", "ACME Cloud@3", "ACME Cloud@9", ACME_HISTORY]);
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains("no definition \"ACME Cloud\" version 9"), "{}", stderr(&out));
    assert!(stderr(&out).contains("ACME Cloud@4"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// The HTML page, and errors.

#[test]
fn html_pages_are_written() {
    let dir = scratch("backtest-html");
    for (name, args) in [
        ("backtest.html", vec!["backtest", "rules/acme.rules", ACME_HISTORY]),
        ("diff.html", vec!["diff", "ACME Cloud@3", "ACME Cloud@4", ACME_HISTORY]),
    ] {
        let path = dir.join(name);
        let path_arg = path.display().to_string();
        let out = leadrules(&with(&args, &["--html", &path_arg]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let page = std::fs::read_to_string(&path).expect("the page is written");
        assert!(page.to_lowercase().starts_with("<!doctype html"), "{name}: {}", &page[..page.len().min(80)]);
        assert!(!stdout(&out).is_empty(), "the report still goes to stdout");
    }
}

#[test]
fn a_history_without_the_outcome_column_is_a_file_problem() {
    let out = leadrules(&["backtest", "rules/acme.rules", "rules/acme-leads.csv"]);
    assert_eq!(code(&out), 3);
    let err = stderr(&out);
    assert!(err.contains("\"outcome\"") && err.contains("--outcome"), "{err}");
    assert!(stdout(&out).is_empty());

    let named = leadrules(&["backtest", "rules/acme.rules", ACME_HISTORY, "--outcome", "Итог"]);
    assert_eq!(code(&named), 3);
    assert!(stderr(&named).contains("\"Итог\"") && stderr(&named).contains("--outcome"), "{}", stderr(&named));

    let diff = leadrules(&["diff", CRM_V1, CRM_V2, CRM]);
    assert_eq!(code(&diff), 3);
    assert!(stderr(&diff).contains("--outcome"), "{}", stderr(&diff));
}

#[test]
fn unrecognised_outcomes_are_warned_about_and_counted_as_open() {
    // The CRM's own stages without --open: Engaging and Prospecting are not known words.
    let out = leadrules(&["backtest", CRM_V1, CRM, "--outcome", "deal_stage", "--format", "json"]);
    let err = stderr(&out);
    assert!(
        err.contains("warning:") && err.contains("\"engaging\" (1589)") && err.contains("\"prospecting\" (500)"),
        "{err}"
    );
    let report = json(&out);
    assert_eq!(counts(&report["overall"]), Count { won: 4_238, lost: 2_473, open: 2_089 });
    assert_eq!(report["unrecognized_outcomes"], serde_json::json!([["engaging", 1589], ["prospecting", 500]]));

    // A small history with a typo, a value nobody listed and a blank outcome.
    let dir = scratch("backtest-outcomes");
    let history = dir.join("history.csv");
    let text = std::fs::read_to_string(ACME_HISTORY).expect("acme history");
    let mut lines: Vec<String> = text.lines().take(6).map(str::to_string).collect();
    for (line, outcome) in lines.iter_mut().skip(1).zip(["выиграна", "выйграна", "отложена", "", "проиграна"])
    {
        let cut = line.rfind(',').expect("an outcome column");
        line.truncate(cut + 1);
        line.push_str(outcome);
    }
    std::fs::write(&history, lines.join("\n") + "\n").expect("write");
    let history = history.display().to_string();
    let out = leadrules(&["backtest", "rules/acme.rules", &history]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("\"выйграна\" (1)") && err.contains("\"отложена\" (1)") && err.contains("\"(blank)\" (1)"),
        "{err}"
    );
    assert!(stdout(&out).contains("outcomes not recognised, counted as open"), "{}", stdout(&out));
    let report = json(&leadrules(&["backtest", "rules/acme.rules", &history, "--format", "json"]));
    assert_eq!(counts(&report["overall"]), Count { won: 1, lost: 1, open: 3 });

    // Naming the values makes the warning go away.
    let out =
        leadrules(&["backtest", "rules/acme.rules", &history, "--won", "выиграна,выйграна", "--open", "отложена"]);
    assert_eq!(code(&out), 0);
    assert!(!stderr(&out).contains("выйграна") && !stderr(&out).contains("отложена"), "{}", stderr(&out));
}

#[test]
fn a_json_history_whose_first_lead_has_no_outcome_is_read() {
    // JSON keys are bound as leads are read, so the outcome column is known only at the end.
    let mut reader = csv::Reader::from_path(ACME_HISTORY).expect("acme history");
    let headers = reader.headers().expect("a header").clone();
    let mut leads: Vec<serde_json::Map<String, Value>> = reader
        .records()
        .map(|r| {
            let r = r.expect("a row");
            headers.iter().zip(r.iter()).map(|(h, v)| (h.to_string(), Value::String(v.to_string()))).collect()
        })
        .collect();
    leads[0].remove("outcome");
    let dir = scratch("backtest-json");
    let path = dir.join("history.json");
    std::fs::write(&path, serde_json::to_string(&leads).expect("json")).expect("write");
    let path = path.display().to_string();
    let out = leadrules(&["backtest", "rules/acme.rules", &path, "--format", "json"]);
    assert!(stderr(&out).contains("\"(blank)\" (1)"), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(counts(&report["overall"]), Count { won: 13, lost: 28, open: 11 });

    for lead in &mut leads {
        lead.remove("outcome");
    }
    std::fs::write(&path, serde_json::to_string(&leads).expect("json")).expect("write");
    let out = leadrules(&["backtest", "rules/acme.rules", &path]);
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains("no column \"outcome\""), "{}", stderr(&out));
}

/// Rows a definition cannot read are left out of the figures, never silently: the warning names
/// the first ten with why, counts the rest, and the exit code is 4 — for `backtest` and `diff`.
#[test]
fn unreadable_rows_are_named_and_counted() {
    let dir = scratch("backtest-unreadable");
    let history = dir.join("history.csv");
    let text = std::fs::read_to_string(CRM).expect("crm history");
    let mut lines: Vec<String> = text.lines().take(200).map(str::to_string).collect();
    for line in lines.iter_mut().skip(1).step_by(15) {
        let mut cells: Vec<&str> = line.split(',').collect();
        cells[5] = "many"; // employees
        *line = cells.join(",");
    }
    std::fs::write(&history, lines.join("\n") + "\n").expect("write");
    let history = history.display().to_string();
    let args = ["--outcome", "deal_stage", "--open", "engaging,prospecting"];
    let out = leadrules(&with(&["backtest", CRM_V1, &history], &args));
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    let json_out = leadrules(&with(&["backtest", CRM_V1, &history, "--format", "json"], &args));
    let report: Value = serde_json::from_str(&stdout(&json_out)).expect("a JSON report");
    assert_eq!((report["rows"].as_u64(), report["unreadable"].as_u64()), (Some(199), Some(14)));
    let diff = leadrules(&with(&["diff", CRM_V1, CRM_V2, &history], &args));
    assert_eq!(code(&diff), 4, "{}", stderr(&diff));
    assert_eq!(stderr(&diff), stderr(&out), "diff warns as backtest does");
    insta::assert_snapshot!("unreadable_rows_warning", stderr(&out).replace(&history, "HISTORY"));
}

/// `diff` reads the history once per definition: standard input cannot be read twice.
#[test]
fn diff_asks_for_a_file_not_standard_input() {
    let out = leadrules(&["diff", CRM_V1, CRM_V2, "-", "--outcome", "deal_stage"]);
    assert_eq!(code(&out), 2);
    insta::assert_snapshot!("diff_from_standard_input", stderr(&out));
}

/// A B2C history where the source is free text spelt every which way and the CRM writes
/// `Select` where nobody answered: the channel groups follow `source = "Google"` (one group for
/// `Google`, `google`, ` GOOGLE `) and keep `Select` apart from the blank cells.
#[test]
fn channel_groups_fold_spellings_and_keep_placeholders_apart_from_blanks() {
    let dir = scratch("backtest-spellings");
    let rules = dir.join("b2c.rules");
    std::fs::write(
        &rules,
        "fields unknown when \"Select\" {\n  id : text key\n  source : text\n}\n\
         score {\n  +10 when source = \"Google\"\n}\n\
         classify {\n  SQL when score >= 10\n  other otherwise\n}\n",
    )
    .expect("write");
    let history = dir.join("history.csv");
    std::fs::write(
        &history,
        "id,source,outcome\n1,Google,won\n2,google,lost\n3, GOOGLE ,won\n4,Select,won\n5,,lost\n6,select,won\n7,Bing,lost\n8,Google,won\n",
    )
    .expect("write");
    let (rules, history) = (rules.to_str().expect("utf-8"), history.to_str().expect("utf-8"));
    let out = leadrules(&["backtest", rules, history, "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let by_channel = groups(&json(&out), "by_channel");
    let names: Vec<&str> = by_channel.keys().map(String::as_str).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.contains(&"Google") && names.contains(&"Bing") && names.contains(&"Select"), "{names:?}");
    assert_eq!((by_channel["Google"].won, by_channel["Google"].lost), (3, 1), "named by its most frequent spelling");
    assert_eq!((by_channel["Select"].won, by_channel["Select"].lost), (2, 0), "a placeholder is its own group");
    let blank = names.iter().find(|n| !["Google", "Bing", "Select"].contains(n)).expect("the blank group");
    assert_eq!((by_channel[*blank].won, by_channel[*blank].lost), (0, 1), "apart from the blank cells");
}

/// A history whose outcomes are not in a column `outcome`: the error names the column that looks
/// like them, with the options to read it (the lists too when the defaults miss a spelling), and
/// those options, run as said, give the figures of the history with its column named `outcome`.
/// With no such column it lists the columns the rules do not read.
#[test]
fn a_missing_outcome_column_is_found_and_its_options_work() {
    let dir = scratch("outcome-hint");
    let text = std::fs::read_to_string(ACME_HISTORY).expect("history");
    let expected = json(&leadrules(&["backtest", "rules/acme.rules", ACME_HISTORY, "--format", "json"]));
    let cases = [
        ("Стадия сделки", [("выиграна", "выиграна"), ("проиграна", "проиграна")], "--outcome \"Стадия сделки\""),
        ("Этап", [("выиграна", "Закрыта успешно"), ("проиграна", "Отказ клиента")], "--won \"Закрыта успешно\""),
    ];
    for (i, (header, spellings, said)) in cases.iter().enumerate() {
        let mut renamed = text.replacen("outcome", header, 1);
        for (from, to) in spellings {
            renamed = renamed.replace(&format!(",{from}\n"), &format!(",{to}\n"));
        }
        let path = dir.join(format!("history-{i}.csv"));
        std::fs::write(&path, renamed).expect("write");
        let path = path.to_str().unwrap_or_default();
        let refused = leadrules(&["backtest", "rules/acme.rules", path]);
        assert_eq!(code(&refused), 3, "{}", stderr(&refused));
        let error = stderr(&refused);
        assert!(error.contains(&format!("its column \"{header}\" looks like them")) && error.contains(said), "{error}");
        // The options as the message gives them, split as a shell would.
        let options = error.trim_end().rsplit_once("run again with ").map(|(_, o)| o.to_string()).expect("options");
        let mut args =
            vec!["backtest".to_string(), "rules/acme.rules".into(), path.into(), "--format".into(), "json".into()];
        let mut quoted = false;
        for piece in options.split('"') {
            match quoted {
                true => args.push(piece.to_string()),
                false => args.extend(piece.split_whitespace().map(str::to_string)),
            }
            quoted = !quoted;
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let got = json(&leadrules(&args));
        for figures in ["overall", "by_class", "admitted"] {
            assert!(!expected[figures].is_null(), "{figures}");
            assert_eq!(got[figures], expected[figures], "{options}: {figures}");
        }
    }
    let path = dir.join("history-note.csv");
    std::fs::write(&path, text.replacen("outcome", "Примечание", 1)).expect("write");
    let out = leadrules(&["backtest", "rules/acme.rules", path.to_str().unwrap_or_default(), "--lang", "ru"]);
    assert!(stderr(&out).contains("столбцы истории, которых правила не читают: \"Примечание\""), "{}", stderr(&out));
}

/// A history exported as a report, with its totals row at the bottom (`Итого;…;52`): the row is
/// no deal (not an open lead, not an unrecognised outcome); `backtest` and `diff` warn naming its
/// line and give the figures of the history without it.
#[test]
fn a_historys_totals_row_is_no_deal() {
    let dir = scratch("history-totals");
    let history = std::fs::read_to_string(ACME_HISTORY).expect("history");
    let path = dir.join("history.csv");
    std::fs::write(&path, format!("{history}Итого:,,,,,,,,,,,,52\n")).expect("write");
    let path = path.to_str().unwrap_or_default();
    let plain = leadrules(&["backtest", "rules/acme.rules", ACME_HISTORY]);
    let out = leadrules(&["backtest", "rules/acme.rules", path]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).replace(path, ACME_HISTORY), stdout(&plain));
    assert!(stderr(&out).contains("line 54 is a totals row (\"Итого:\"), not a lead"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("counted as open"), "{}", stderr(&out));
    let diff = leadrules(&["diff", "rules/acme.rules", "rules/acme-relaxed.rules", path]);
    assert_eq!(code(&diff), 0, "{}", stderr(&diff));
    assert!(stdout(&diff).contains("12 of 52 leads changed class"), "{}", stdout(&diff));
    assert!(stderr(&diff).contains("line 54 is a totals row"), "{}", stderr(&diff));
    let ru = leadrules(&["backtest", "rules/acme.rules", path, "--lang", "ru"]);
    assert!(stderr(&ru).contains("строка 54 — строка итогов (\"Итого:\")"), "{}", stderr(&ru));
}

/// A `--by` or `--value` column the history lacks is the command's one error, not also a
/// warning that a field "(nope)" has no column.
#[test]
fn a_by_or_value_column_the_history_lacks_is_one_error() {
    for args in [["--by", "nope"], ["--value", "nope"]] {
        let out = leadrules(&with(&["backtest", "rules/acme.rules", ACME_HISTORY, "--lang", "en"], &args));
        let said = stderr(&out);
        assert_ne!(code(&out), 0, "{said}");
        assert!(said.contains(&format!("{} nope: the rules have no such field", args[0])), "{said}");
        assert!(!said.contains("(nope)"), "{said}");
    }
}
