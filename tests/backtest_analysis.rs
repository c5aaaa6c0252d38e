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

const CRM: &str = "tests/data/crm-opportunities.csv";
const CRM_V1: &str = "rules/crm-opportunities.rules";

fn sum(groups: &Value, what: &str) -> u64 {
    groups.as_array().expect("groups").iter().map(|g| g[what].as_u64().expect("a count")).sum()
}

#[test]
fn by_any_column_numbers_in_bins_and_cross_tables_add_up() {
    let args = [
        "backtest",
        CRM_V1,
        CRM,
        "--outcome",
        "deal_stage",
        "--open",
        "engaging,prospecting",
        "--format",
        "json",
        "--by",
        "revenue",
        "--by",
        "sales_agent",
        "--by",
        "close_value:quantiles=4",
        "--by",
        "fit",
    ];
    let report = json(&leadrules(&args));
    let overall = &report["overall"];
    let tables = report["by"].as_array().expect("by tables");
    assert_eq!(tables.len(), 4);
    for t in tables {
        assert_eq!(sum(&t["groups"], "leads"), overall["leads"].as_u64().expect("leads"), "{}", t["by"]);
        assert_eq!(sum(&t["groups"], "won"), overall["won"].as_u64().expect("won"), "{}", t["by"]);
    }
    // A declared money field: in quintiles plus the unknown, never a row per value.
    assert!(tables[0]["binned"].as_bool().expect("binned"));
    assert!(tables[0]["groups"].as_array().expect("rows").len() <= 6);
    // Counted again from the file: the opportunities without a revenue.
    let mut reader = csv::Reader::from_path(CRM).expect("crm");
    let headers = reader.headers().expect("header").clone();
    let revenue = headers.iter().position(|h| h == "revenue").expect("revenue");
    let agent = headers.iter().position(|h| h == "sales_agent").expect("agent");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let blank = rows.iter().filter(|r| r[revenue].is_empty()).count() as u64;
    let unknown = tables[0]["groups"].as_array().expect("rows").iter().find(|g| g["name"] == "(unknown)");
    assert_eq!(unknown.and_then(|g| g["leads"].as_u64()), Some(blank));
    // An undeclared text column: a row per agent (30 at most, then "(other)").
    let agents: std::collections::BTreeSet<&str> = rows.iter().map(|r| &r[agent]).collect();
    assert_eq!(tables[1]["groups"].as_array().expect("rows").len(), agents.len().min(31));
    assert!(!tables[1]["binned"].as_bool().expect("binned"));
    // An undeclared numeric column in the quartiles asked for.
    assert!(tables[2]["binned"].as_bool().expect("binned"));
    assert!(tables[2]["groups"].as_array().expect("rows").len() <= 5);
    // Every two keys crossed; each cross table adds up to its rows.
    let crosses = report["crosses"].as_array().expect("crosses");
    assert_eq!(crosses.len(), 6);
    for c in crosses {
        assert_eq!(
            c["cells"]
                .as_array()
                .expect("cells")
                .iter()
                .map(|x| x["group"]["leads"].as_u64().unwrap_or(0))
                .sum::<u64>(),
            overall["leads"].as_u64().unwrap_or(0)
        );
    }
}

#[test]
fn by_the_score_class_and_a_column_in_both_languages() {
    for lang in ["en", "ru"] {
        let out = leadrules(&[
            "--lang",
            lang,
            "backtest",
            ACME,
            ACME_HISTORY,
            "--by",
            "budget:0,500000,1000000",
            "--by",
            "class",
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let text = stdout(&out);
        let from = text.find("\nBy budget").or_else(|| text.find("\nПо budget")).expect("the --by table");
        insta::assert_snapshot!(format!("by_budget_class_{lang}"), &text[from..]);
    }
    let out = leadrules(&["backtest", ACME, ACME_HISTORY, "--by", "no_such_column"]);
    assert_eq!(code(&out), 3);
    assert!(stderr(&out).contains("--by no_such_column: the rules have no such field"), "{}", stderr(&out));
    let out = leadrules(&["backtest", ACME, ACME_HISTORY, "--by", "budget:9,1"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--by budget:9,1: write a column"), "{}", stderr(&out));
    let out = leadrules(&["backtest", ACME, ACME_HISTORY, "--target-volume", "140%"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn score_bands_and_thresholds_match_the_scores_of_the_leads() {
    let report = json(&leadrules(&[
        "backtest",
        ACME,
        ACME_HISTORY,
        "--format",
        "json",
        "--by",
        "score",
        "--target-volume",
        "30%",
        "--target-conversion",
        "40%",
    ]));
    let bands = &report["bands"];
    let rows = bands["bands"].as_array().expect("bands");
    assert_eq!(sum(&bands["bands"], "leads"), report["overall"]["leads"].as_u64().expect("leads"));
    // The --by score table (every distinct score, as there are few) holds the same counts, best last.
    let by_score = report["by"][0]["groups"].as_array().expect("by score");
    for band in rows {
        let score = band["low"].as_f64().expect("low");
        let same = by_score.iter().find(|g| g["name"].as_str().and_then(|n| n.parse::<f64>().ok()) == Some(score));
        assert_eq!(same.map(|g| &g["leads"]), Some(&band["leads"]), "score {score}");
    }
    // The thresholds, counted again from the bands.
    let total = report["overall"]["leads"].as_f64().expect("leads");
    for t in bands["thresholds"].as_array().expect("thresholds") {
        let at = t["score"].as_f64().expect("a threshold");
        let above: u64 = rows
            .iter()
            .filter(|b| b["low"].as_f64().unwrap_or(f64::MIN) >= at)
            .map(|b| b["leads"].as_u64().unwrap_or(0))
            .sum();
        assert_eq!(t["leads"].as_u64(), Some(above));
        if t["target"] == "volume" {
            assert!(above as f64 / total <= 0.3 + 1e-9);
        } else {
            assert!(t["conversion"].as_f64().expect("conversion") >= 0.4);
        }
    }
    for lang in ["en", "ru"] {
        let out = leadrules(&[
            "--lang",
            lang,
            "backtest",
            ACME,
            ACME_HISTORY,
            "--target-volume",
            "30%",
            "--target-conversion",
            "40%",
        ]);
        let text = stdout(&out);
        let from = text.rfind("\n\n").expect("the last table");
        insta::assert_snapshot!(format!("score_bands_{lang}"), &text[from..]);
    }
    // The HTML page has the section.
    let dir = scratch("bands-html");
    let page = dir.join("bands.html");
    let page_arg = page.display().to_string();
    let out = leadrules(&["backtest", ACME, ACME_HISTORY, "--by", "class", "--html", &page_arg]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).expect("the page");
    assert!(
        html.contains("<section id=\"analysis\">") && html.contains("Score bands, best first"),
        "no analysis section"
    );
}

/// A conversion no threshold reaches on the history is said so, in words that read in each language.
#[test]
fn a_conversion_no_threshold_reaches_is_said_so() {
    let history = std::fs::read_to_string(ACME_HISTORY).expect("the history");
    // Every lead lost: no threshold gives any conversion at all.
    let lost: String = history
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                format!("{line}\n")
            } else {
                format!("{},проиграна\n", &line[..line.rfind(',').unwrap_or(0)])
            }
        })
        .collect();
    let dir = scratch("threshold-none");
    let path = dir.join("lost.csv");
    std::fs::write(&path, lost).expect("write the history");
    let path = path.display().to_string();
    for (lang, said) in [
        ("en", "no threshold of score gives a conversion of 50.0% on this history"),
        // The score as the definition names it: `score` in an English-keyword file.
        ("ru", "на этой истории нет порога «score», при котором конверсия не ниже 50,0 %"),
    ] {
        let out = leadrules(&["--lang", lang, "backtest", ACME, &path, "--target-conversion", "50%"]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(stdout(&out).contains(said), "{lang}:\n{}", stdout(&out));
    }
}

/// `source = "Google"` matches `Google`, `google` and ` GOOGLE `: the channel groups, the `--by`
/// rows and the cross table put those leads in one group, named by the most frequent spelling
/// (`Google`, three leads of six), whatever the order of the rows.
#[test]
fn spellings_matching_takes_for_one_are_one_group_in_every_table() {
    let dir = scratch("backtest-spelling-groups");
    let rules = dir.join("b2c.rules");
    std::fs::write(
        &rules,
        "fields {\n  id : text key\n  source : text\n  city : text\n}\n\
         score {\n  +10 when source = \"Google\"\n}\n\
         classify {\n  SQL when score >= 10\n  other otherwise\n}\n",
    )
    .expect("write");
    let history = dir.join("history.csv");
    std::fs::write(
        &history,
        "id,source,city,outcome\n1,google,Paris,won\n2, GOOGLE ,paris,lost\n3,Google,Paris,won\n\
         4,Google,Lyon,lost\n5,Bing,lyon,won\n6,Google,PARIS,won\n7,bing,Lyon,lost\n8,Google  Ads,Lyon,won\n",
    )
    .expect("write");
    let (rules, history) = (rules.to_str().expect("utf-8"), history.to_str().expect("utf-8"));
    let out = leadrules(&["backtest", rules, history, "--channel", "source", "--by", "source", "--by", "city"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let from = text.find("\nBy channel").or_else(|| text.find("\nBy source")).expect("the channel table");
    insta::assert_snapshot!("spelling_groups", &text[from..]);
    let report = json(&leadrules(&[
        "backtest",
        rules,
        history,
        "--channel",
        "source",
        "--by",
        "source",
        "--by",
        "city",
        "--format",
        "json",
    ]));
    let names = |groups: &Value| -> Vec<(String, u64)> {
        groups
            .as_array()
            .expect("groups")
            .iter()
            .map(|g| (g["name"].as_str().expect("name").to_string(), g["leads"].as_u64().expect("leads")))
            .collect()
    };
    let sources = vec![("Google".to_string(), 5), ("Bing".to_string(), 2), ("Google  Ads".to_string(), 1)];
    assert_eq!(names(&report["by_channel"]), sources);
    assert_eq!(names(&report["by"][0]["groups"]), sources);
    assert_eq!(names(&report["by"][1]["groups"]), vec![("Lyon".to_string(), 4), ("Paris".to_string(), 4)]);
    let cells = report["crosses"][0]["cells"].as_array().expect("cells");
    let google_paris = cells.iter().find(|c| c["row"] == "Google" && c["column"] == "Paris").expect("a cell");
    assert_eq!(google_paris["group"]["leads"], 4);
}

/// The coverage lists the lines in the order of the rule file (a score block written before
/// `minimum` comes first), not grouped by kind.
#[test]
fn coverage_is_listed_in_the_order_of_the_file() {
    let dir = scratch("backtest-coverage-order");
    let rules = dir.join("order.rules");
    std::fs::write(
        &rules,
        "fields {\n  id : text key\n  employees : number\n}\n\
         score {\n  +10 when employees >= 100\n  +5 when employees >= 50\n}\n\
         minimum {\n  require employees >= 10 else \"too small\"\n}\n\
         classify {\n  out when not minimum\n  SQL when score >= 10\n  other otherwise\n}\n",
    )
    .expect("write");
    let history = dir.join("history.csv");
    std::fs::write(&history, "id,employees,outcome\n1,5,lost\n2,60,won\n3,200,won\n4,20,lost\n").expect("write");
    let (rules, history) = (rules.to_str().expect("utf-8"), history.to_str().expect("utf-8"));
    let report = json(&leadrules(&["backtest", rules, history, "--coverage", "--format", "json"]));
    let items = report["coverage"]["items"].as_array().expect("coverage items");
    let listed: Vec<(u64, &str, u64)> = items
        .iter()
        .map(|i| {
            (i["line"].as_u64().expect("line"), i["kind"].as_str().expect("kind"), i["leads"].as_u64().expect("leads"))
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            (6, "score_line", 1),
            (7, "score_line", 2),
            (10, "gate", 1),
            (13, "class_rule", 1),
            (14, "class_rule", 1),
            (15, "class_rule", 2),
        ]
    );
    let text = stdout(&leadrules(&["backtest", rules, history, "--coverage"]));
    let at = |rule: &str| text.find(rule).unwrap_or_else(|| panic!("{rule} in {text}"));
    assert!(at("+10 when employees >= 100") < at("require employees >= 10"), "{text}");
}
