//! `leadrules sql --backtest` proven equal to `leadrules backtest --format json` on real
//! engines: the query's figures, run by PostgreSQL and by DuckDB over the history loaded as text
//! columns, equal the backtest's (rows, unreadable rows, the whole history, the leads handed to
//! sales, each class, channel, grade, temperature and gate, the outcome texts no list names),
//! over the shipped histories (`rules/acme-history.csv`, the CRM's 8 800 opportunities as
//! `tests/backtest.rs` reads them, and `../shared/data`'s export when it is there) and generated
//! histories and definitions, under the outcome options and their defaults.
//!
//! How values are compared: counts exactly; shares, conversions, intervals and lifts to 1e-9;
//! channel groups by name (a text written several ways named by its most frequent spelling, the
//! first in byte order among equals, by both), in the same order of size.

mod common;

use common::engines::{DuckDb, Job, Postgres};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One definition, one history, the options both commands are given.
struct Case {
    name: String,
    rules: PathBuf,
    history: PathBuf,
    delimiter: char,
    options: Vec<String>,
}

fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The backtest query of a case.
fn query(case: &Case, dialect: &str, table: &str) -> String {
    let rules = case.rules.to_string_lossy();
    let history = case.history.to_string_lossy();
    // The history file is the sample: its numbers show the decimal marks `backtest` reads them with.
    let mut args = vec!["sql", &*rules, "--backtest", "--dialect", dialect, "--table", table, "--lang", "en"];
    args.extend(["--sample", &*history]);
    args.extend(case.options.iter().map(String::as_str));
    let out = common::leadrules(&args);
    assert_eq!(common::code(&out), 0, "{}: sql --backtest failed: {}", case.name, common::stderr(&out));
    common::stdout(&out)
}

/// The backtest's figures of a case.
fn backtest(case: &Case) -> Value {
    let rules = case.rules.to_string_lossy();
    let history = case.history.to_string_lossy();
    let mut args = vec!["backtest", &*rules, &*history, "--format", "json", "--lang", "en"];
    args.extend(case.options.iter().map(String::as_str));
    let out = common::leadrules(&args);
    assert!([0, 4].contains(&common::code(&out)), "{}: backtest failed: {}", case.name, common::stderr(&out));
    serde_json::from_str(&common::stdout(&out)).unwrap_or_else(|e| panic!("{}: {e}", case.name))
}

fn number(v: &Value) -> Option<f64> {
    v.as_f64()
}

/// Compares one group of the backtest with one row of the query; says what differs.
fn differences(what: &str, expected: &Value, got: &Value, names: bool) -> Vec<String> {
    let mut out = Vec::new();
    let leads = expected.get("leads").or(expected.get("removed"));
    let pairs = [("leads", leads), ("won", expected.get("won")), ("lost", expected.get("lost"))];
    for (key, want) in pairs {
        if let Some(want) = want
            && want.as_u64() != got[key].as_u64()
        {
            out.push(format!("{what}: {key} {want} in backtest, {} in the query", got[key]));
        }
    }
    if let Some(want) = expected.get("open")
        && want.as_u64() != got["open"].as_u64()
    {
        out.push(format!("{what}: open {want} in backtest, {} in the query", got["open"]));
    }
    let floats = [
        ("share", expected.get("share").and_then(number)),
        ("conversion", expected.get("conversion").and_then(number)),
        ("interval_low", expected.get("interval").and_then(|i| i.get("low")).and_then(number)),
        ("interval_high", expected.get("interval").and_then(|i| i.get("high")).and_then(number)),
        ("lift", expected.get("lift").and_then(number)),
    ];
    for (key, want) in floats {
        let present = match key {
            "share" => expected.get("share").is_some(),
            "conversion" => expected.get("conversion").is_some(),
            "lift" => expected.get("lift").is_some(),
            _ => expected.get("interval").is_some(),
        };
        if !present {
            continue;
        }
        let have = got[key].as_f64();
        let same = match (want, have) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9,
            (None, None) => true,
            _ => false,
        };
        if !same {
            out.push(format!("{what}: {key} {want:?} in backtest, {have:?} in the query"));
        }
    }
    if names && expected["name"] != got["name"] {
        out.push(format!("{what}: named {} in backtest, {} in the query", expected["name"], got["name"]));
    }
    out
}

/// The query's rows of one dimension, in their order.
fn dimension<'a>(rows: &'a [Value], name: &str) -> Vec<&'a Value> {
    rows.iter().filter(|r| r["dimension"] == name).collect()
}

/// Compares a case's figures; returns the differences.
fn compare_case(case: &Case, rows: &[Value]) -> Vec<String> {
    let b = backtest(case);
    let mut out = Vec::new();
    let one = |name: &str| dimension(rows, name).first().copied().cloned().unwrap_or(Value::Null);
    if b["rows"].as_u64() != one("rows")["leads"].as_u64() {
        out.push(format!("rows: {} in backtest, {} in the query", b["rows"], one("rows")["leads"]));
    }
    if b["unreadable"].as_u64() != one("unreadable")["leads"].as_u64() {
        out.push(format!("unreadable: {} in backtest, {} in the query", b["unreadable"], one("unreadable")["leads"]));
    }
    out.extend(differences("all leads", &b["overall"], &one("overall"), true));
    let admitted = one("admitted");
    out.extend(differences("admitted", &b["admitted"], &admitted, false));
    for (key, dim) in [("by_class", "class"), ("by_grade", "grade"), ("by_temperature", "temperature")] {
        let want = b[key].as_array().cloned().unwrap_or_default();
        let got = dimension(rows, dim);
        if want.len() != got.len() {
            out.push(format!("{dim}: {} groups in backtest, {} in the query", want.len(), got.len()));
            continue;
        }
        for (w, g) in want.iter().zip(got) {
            out.extend(differences(&format!("{dim} {}", w["name"]), w, g, true));
        }
    }
    let want = b["by_channel"].as_array().cloned().unwrap_or_default();
    let got = dimension(rows, "channel");
    if want.len() != got.len() {
        out.push(format!("channel: {} groups in backtest, {} in the query", want.len(), got.len()));
    } else {
        let leads = |groups: Vec<&Value>| groups.iter().map(|g| g["leads"].as_u64()).collect::<Vec<_>>();
        if leads(want.iter().collect()) != leads(got.clone()) {
            out.push("channel: the groups are not in the same order of size".into());
        }
        let by_name: BTreeMap<String, &Value> =
            got.iter().map(|g| (g["name"].as_str().unwrap_or("").to_string(), *g)).collect();
        for w in &want {
            let name = w["name"].as_str().unwrap_or("").to_string();
            match by_name.get(&name) {
                Some(g) => out.extend(differences(&format!("channel {}", w["name"]), w, g, false)),
                None => out.push(format!("channel {}: no such group in the query", w["name"])),
            }
        }
    }
    let gates = b["gates"].as_array().cloned().unwrap_or_default();
    let got = dimension(rows, "gate");
    if gates.len() != got.len() {
        out.push(format!("gates: {} in backtest, {} in the query", gates.len(), got.len()));
    }
    for (w, g) in gates.iter().zip(got) {
        out.extend(differences(&format!("gate {}", w["reason"]), w, g, false));
        if w["reason"] != g["name"] {
            out.push(format!("gate: {} in backtest, {} in the query", w["reason"], g["name"]));
        }
    }
    let mut want: Vec<(String, u64)> = b["unrecognized_outcomes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| (p[0].as_str().unwrap_or("").to_string(), p[1].as_u64().unwrap_or(0)))
        .collect();
    want.sort();
    let mut got: Vec<(String, u64)> = dimension(rows, "unrecognized_outcome")
        .iter()
        .map(|r| (r["name"].as_str().unwrap_or("").to_string(), r["leads"].as_u64().unwrap_or(0)))
        .collect();
    got.sort();
    if want != got {
        out.push(format!("unrecognised outcomes: {want:?} in backtest, {got:?} in the query"));
    }
    out.into_iter().map(|d| format!("{}: {d}", case.name)).collect()
}

/// Compares every case; returns the number of groups compared.
fn compare(engine: &str, cases: &[Case], rows: &[Vec<Value>]) -> usize {
    let mut problems = Vec::new();
    for (case, rows) in cases.iter().zip(rows) {
        problems.extend(compare_case(case, rows));
    }
    assert!(
        problems.is_empty(),
        "{engine}: {} differences, the first:\n{}",
        problems.len(),
        problems.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
    rows.iter().map(Vec::len).sum()
}

/// A small deterministic generator.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Outcome texts as CRMs write them: the recognised ones in any case and with blanks, blanks,
/// and stages no list names.
const OUTCOMES: [&str; 16] = [
    "won",
    "Won",
    " LOST ",
    "выиграна",
    "Проиграна",
    "в работе",
    "1",
    "0",
    "да",
    "нет",
    "",
    "Closed Won",
    "on hold",
    "ON HOLD",
    "Отложено",
    "open",
];

/// A history for `rules/acme.rules`: each column's cells drawn from the shipped history's own
/// column (so most rows read), now and then changed the way exports change them.
fn acme_history(path: &Path, rows: usize, random: &mut Random, outcomes: &[&str]) {
    let text = std::fs::read_to_string(root("rules/acme-history.csv")).expect("the acme history");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().expect("a header").iter().map(str::to_string).collect();
    let records: Vec<Vec<String>> =
        reader.records().map(|r| r.expect("a record").iter().map(str::to_string).collect()).collect();
    let mut writer = csv::Writer::from_path(path).expect("create the history");
    writer.write_record(&header).expect("write");
    for n in 0..rows {
        let cells: Vec<String> = header
            .iter()
            .enumerate()
            .map(|(c, name)| {
                if name == "id" {
                    return format!("G-{n}");
                }
                if name == "outcome" {
                    return random.pick(outcomes).to_string();
                }
                let cell = records[random.below(records.len())][c].clone();
                match random.below(12) {
                    0 => String::new(),
                    1 => cell.to_uppercase(),
                    2 => format!("  {cell} "),
                    3 if name == "employees" => "много".into(),
                    _ => cell,
                }
            })
            .collect();
        writer.write_record(&cells).expect("write");
    }
    writer.flush().expect("flush");
}

/// A definition whose channel is a text, a `one of` or a yes/no field, with placeholders.
fn channel_definition(kind: usize, temperature: bool) -> String {
    let channel = match kind {
        0 => "source : text from \"source\"",
        1 => "source : one of google (\"Google Ads\"), referral (\"рекомендация\"), other from \"source\"",
        _ => "partner : yes/no from \"source\"",
    };
    let temperature = match temperature {
        true => "\ntemperature {\n  hot when budget >= 500_000\n  warm when employees >= 100\n  cold otherwise\n}\n",
        false => "",
    };
    format!(
        "definition \"channels\" version 1\n\nfields unknown when \"Select\", \"-\" {{\n  id : text from \"id\" key\n  {channel}\n  \
         employees : number from \"employees\"\n  budget : money from \"budget\"\n}}\n\n\
         minimum {{\n  require employees >= 10 else \"too small\"\n  reject budget < 1000 else \"no budget\"\n}}\n\n\
         profile ICP {{\n  employees >= 100 weight 2\n  budget >= 100_000 weight 1\n}}\n\n\
         classify {{\n  out when not minimum\n  SQL when ICP.fit >= 60%\n  MQL when employees >= 50\n  nurture otherwise\n}}\n{temperature}"
    )
}

/// A history for `channel_definition`.
fn channel_history(path: &Path, rows: usize, random: &mut Random, delimiter: u8) {
    let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_path(path).expect("create the history");
    writer.write_record(["id", "source", "employees", "budget", "stage"]).expect("write");
    let sources = [
        "Google Ads",
        "google ads",
        " GOOGLE  ADS ",
        "рекомендация",
        "Рекомендация",
        "",
        "Select",
        "select",
        "-",
        "yes",
        "no",
        "да",
        "Выставка",
        "выставка",
    ];
    let numbers = ["", "5", "10", "50", "120", "1 000", "2 500", "много", "1 000 000,50", "600 000", "999"];
    for n in 0..rows {
        let cells = [
            format!("C-{n}"),
            random.pick(&sources).to_string(),
            random.pick(&numbers).to_string(),
            random.pick(&numbers).to_string(),
            random.pick(&["Won", "Lost", "Open", "stalled", "", "WON"]).to_string(),
        ];
        writer.write_record(&cells).expect("write");
    }
    writer.flush().expect("flush");
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The shipped histories and the generated ones.
fn cases(dir: &Path) -> Vec<Case> {
    let crm = strings(&["--outcome", "deal_stage", "--open", "engaging,prospecting"]);
    let mut cases = vec![
        Case {
            name: "acme history".into(),
            rules: root("rules/acme.rules"),
            history: root("rules/acme-history.csv"),
            delimiter: ',',
            options: Vec::new(),
        },
        Case {
            name: "acme history, relaxed, sales SQL and MQL".into(),
            rules: root("rules/acme-relaxed.rules"),
            history: root("rules/acme-history.csv"),
            delimiter: ',',
            options: strings(&["--sales", "SQL,MQL"]),
        },
        Case {
            name: "crm opportunities".into(),
            rules: root("rules/crm-opportunities.rules"),
            history: root("tests/data/crm-opportunities.csv"),
            delimiter: ',',
            options: crm.clone(),
        },
        Case {
            name: "crm opportunities by sector".into(),
            rules: root("rules/crm-opportunities-relaxed.rules"),
            history: root("tests/data/crm-opportunities.csv"),
            delimiter: ',',
            options: [crm.clone(), strings(&["--channel", "sector"])].concat(),
        },
    ];
    let shared = root("../shared/data/crm-sales-opportunities/opportunities.csv");
    if shared.exists() {
        cases.push(Case {
            name: "crm opportunities, shared history".into(),
            rules: root("rules/crm-opportunities.rules"),
            history: shared,
            delimiter: ',',
            options: [crm, strings(&["--channel", "product"])].concat(),
        });
    }
    let mut random = Random(17);
    for i in 0..6 {
        let history = dir.join(format!("acme-{i}.csv"));
        let (outcomes, options): (&[&str], Vec<String>) = match i % 3 {
            0 => (&OUTCOMES, Vec::new()),
            1 => (&OUTCOMES, strings(&["--won", "Won,1,Closed Won", "--lost", "lost,0", "--open", "on hold"])),
            _ => (&OUTCOMES, strings(&["--won", "да", "--sales", "SQL,nurture"])),
        };
        acme_history(&history, 200, &mut random, outcomes);
        cases.push(Case {
            name: format!("acme, generated history {i}"),
            rules: root("rules/acme.rules"),
            history,
            delimiter: ',',
            options,
        });
    }
    for i in 0..6 {
        let rules = dir.join(format!("channels-{i}.rules"));
        std::fs::write(&rules, channel_definition(i % 3, i >= 3)).expect("write");
        let history = dir.join(format!("channels-{i}.csv"));
        let delimiter = if i % 2 == 0 { b',' } else { b';' };
        channel_history(&history, 300, &mut random, delimiter);
        let mut options = strings(&["--outcome", "stage"]);
        if i % 3 == 2 {
            options.extend(strings(&["--channel", "partner"]));
        }
        cases.push(Case {
            name: format!("channels, generated {i}"),
            rules,
            history,
            delimiter: delimiter as char,
            options,
        });
    }
    cases
}

fn jobs(cases: &[Case], dialect: &str) -> Vec<Job> {
    cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let table = format!("history_{i}");
            Job { query: query(case, dialect, &table), table, csv: case.history.clone(), delimiter: case.delimiter }
        })
        .collect()
}

#[test]
fn postgres_gives_the_figures_backtest_gives() {
    let Some(server) = Postgres::start() else { return };
    let dir = common::scratch("sql-backtest-postgres");
    let cases = cases(&dir);
    let rows = server.run(&jobs(&cases, "postgres"));
    let groups = compare("PostgreSQL", &cases, &rows);
    eprintln!("PostgreSQL: {} histories, {groups} groups, every figure equal", cases.len());
}

#[test]
fn duckdb_gives_the_figures_backtest_gives() {
    let Some(duckdb) = DuckDb::start() else { return };
    let dir = common::scratch("sql-backtest-duckdb");
    let cases = cases(&dir);
    let rows = duckdb.run(&dir, &jobs(&cases, "duckdb"));
    let groups = compare("DuckDB", &cases, &rows);
    eprintln!("DuckDB: {} histories, {groups} groups, every figure equal", cases.len());
}

#[test]
fn a_channel_sql_cannot_group_and_history_options_without_backtest_are_refused() {
    let out = common::leadrules(&[
        "sql",
        "rules/acme.rules",
        "--dialect",
        "postgres",
        "--backtest",
        "--channel",
        "employees",
        "--lang",
        "en",
    ]);
    assert_eq!(common::code(&out), 2, "{}", common::stderr(&out));
    assert!(common::stdout(&out).is_empty(), "no query is written");
    assert!(common::stderr(&out).contains("`employees`") && common::stderr(&out).contains("--channel"));
    let out = common::leadrules(&["sql", "rules/acme.rules", "--dialect", "postgres", "--won", "won"]);
    assert_eq!(common::code(&out), 2, "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("--backtest"), "{}", common::stderr(&out));
    let out = common::leadrules(&["sql", "rules/acme.rules", "--dialect", "duckdb", "--backtest", "--channel", "nope"]);
    assert_eq!(common::code(&out), 2, "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("`nope`"), "{}", common::stderr(&out));
}

#[test]
fn the_backtest_query_says_how_it_reads_the_outcomes_and_what_it_leaves_out() {
    for lang in ["en", "ru"] {
        let out = common::leadrules(&[
            "sql",
            "rules/acme.rules",
            "--dialect",
            "duckdb",
            "--backtest",
            "--won",
            "Won,Да",
            "--decimal-mark",
            ",",
            "--lang",
            lang,
        ]);
        assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
        let query = common::stdout(&out);
        let head: Vec<&str> = query.lines().take_while(|l| l.starts_with("--")).collect();
        assert_eq!(head.len(), 4, "{query}");
        assert!(head[1].contains("\"won\", \"да\""), "{}", head[1]);
        assert!(query.contains("WITH verdicts AS ("), "the verdict query is the first table expression");
        assert!(query.contains("GROUPING SETS"), "one aggregation");
        insta::assert_snapshot!(format!("backtest_head_{lang}"), head.join("\n"));
    }
}

#[test]
fn backtest_with_sql_prints_the_query_sql_backtest_prints() {
    // `backtest RULES TABLE --sql DIALECT` is the same query as `sql RULES --backtest`, with the
    // same outcome options, for every case the engines prove equal.
    let dir = common::scratch("sql-backtest-spelling");
    for case in cases(&dir) {
        for dialect in ["postgres", "duckdb"] {
            let rules = case.rules.to_string_lossy();
            let history = case.history.to_string_lossy();
            let mut args = vec!["backtest", &*rules, "crm.history", "--sql", dialect, "--lang", "en"];
            args.extend(["--sample", &*history]);
            args.extend(case.options.iter().map(String::as_str));
            let out = common::leadrules(&args);
            assert_eq!(common::code(&out), 0, "{}: backtest --sql failed: {}", case.name, common::stderr(&out));
            assert_eq!(common::stdout(&out), query(&case, dialect, "crm.history"), "{} ({dialect})", case.name);
        }
    }
    let out = common::leadrules(&[
        "backtest",
        "rules/acme.rules",
        "history",
        "--sql",
        "duckdb",
        "--view",
        "backtest_v",
        "--columns",
        "budget=Бюджет, руб",
        "--decimal-mark",
        ".",
    ]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    let query = common::stdout(&out);
    assert!(query.contains("CREATE VIEW \"backtest_v\" AS") && query.contains("\"Бюджет, руб\""), "{query}");
    assert!(query.contains("FROM \"history\""), "the history is the table: {query}");
    // What the query does not compute is refused with --sql, never silently dropped.
    for extra in [&["--by", "source"][..], &["--format", "json"], &["--coverage"], &["--target-volume", "30%"]] {
        let mut args = vec!["backtest", "rules/acme.rules", "history", "--sql", "postgres"];
        args.extend(extra);
        let out = common::leadrules(&args);
        assert_eq!(common::code(&out), 2, "{extra:?}: {}", common::stderr(&out));
        assert!(common::stdout(&out).is_empty(), "{extra:?}: no query is written");
        assert!(common::stderr(&out).contains("--sql"), "{extra:?}: {}", common::stderr(&out));
    }
    let out = common::leadrules(&["backtest", "rules/acme.rules", "rules/acme-history.csv", "--view", "v"]);
    assert_eq!(common::code(&out), 2, "--view without --sql: {}", common::stderr(&out));
}
