//! Every command said in Russian: each command, its `--help` and its error paths (a missing file,
//! a damaged lead file, bad JSON, a file that is no workbook, bad arguments) run with `--lang ru`,
//! and no English word may be left in what they print outside backticks, quotes, paths and the
//! author's own words (the rule file's and the leads').

mod common;

use common::{english_words, scratch};
use std::process::{Command, Output};

/// Runs `leadrules --lang ru` with `args`, the language variables cleared.
fn russian(args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_leadrules"));
    command.arg("--lang").arg("ru").args(args).env("NO_COLOR", "1");
    for name in ["LEADRULES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.output().expect("the leadrules binary runs")
}

/// What a person types or names as it is, in every language: the formats and programs named,
/// the environment variables, the commands and the values of options (`--format json`,
/// `--won won`).
const CODES: &str = "CSV JSON Lines Excel OpenDocument HTML BOM UTF Windows LANG LEADRULES xlsx xls ods json jsonl \
                     csv table text auto always never won lost open unified utf windows check qualify explain test \
                     snapshot fmt backtest diff init serve sql help HTTP PostgreSQL DuckDB postgres duckdb leads";

/// The words of the files a command reads (the author's own, which may be in any language) and
/// the [`CODES`].
fn own_words(files: &[&str]) -> String {
    let mut words: Vec<String> = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    words.push(CODES.to_string());
    words.join("\n")
}

#[test]
fn no_english_word_is_left_in_any_command_in_russian() {
    let dir = scratch("sweep_ru");
    let path = |name: &str| dir.join(name).display().to_string();
    std::fs::write(dir.join("bad.json"), "[{\"employees\": 10,}").expect("write");
    std::fs::write(dir.join("bad.jsonl"), "{\"employees\": 10}\n{\"employees\": }\n").expect("write");
    std::fs::write(dir.join("not-a-workbook.xlsx"), "this is no workbook").expect("write");
    std::fs::write(dir.join("broken.rules"), "поля {\n  a : число\n}\n\nклассы {\n  X a >= 1\n  Y иначе\n}\n")
        .expect("write");
    let (rules, ru_rules, leads, history) =
        ("rules/acme.rules", "rules/ru/acme.rules", "rules/acme-leads.csv", "rules/acme-history.csv");
    let (bad_json, bad_jsonl, not_xlsx, broken) =
        (path("bad.json"), path("bad.jsonl"), path("not-a-workbook.xlsx"), path("broken.rules"));
    let verdicts = path("verdicts.csv");
    let snapshot = path("acme.snapshot");
    let runs: Vec<Vec<&str>> = vec![
        vec![],
        vec!["--help"],
        vec!["help", "qualify"],
        vec!["check", ru_rules],
        vec!["check", &broken],
        vec!["check", "missing.rules"],
        vec!["qualify", ru_rules, leads, "-o", &verdicts],
        vec!["qualify", rules, "missing.csv"],
        vec!["qualify", rules, &bad_json, "-o", &verdicts],
        vec!["qualify", rules, &bad_jsonl, "-o", &verdicts],
        vec!["qualify", rules, &not_xlsx],
        vec!["qualify", rules, "tests/data/damaged-workbook.xlsx"],
        vec!["qualify", rules, leads, "-o", "/nonexistent-folder/verdicts.csv"],
        vec!["qualify", "--no-such-option"],
        vec!["qualify", rules],
        vec!["explain", ru_rules, leads, "--id", "L-0004"],
        vec!["explain", ru_rules, leads, "--id", "no-such-lead"],
        vec!["test", ru_rules],
        vec!["test", &broken],
        vec!["snapshot", ru_rules, leads, "-o", &snapshot],
        vec!["snapshot", ru_rules, leads, "--check", &snapshot],
        vec!["fmt", "--check", &broken],
        vec!["fmt", "--to", "xx", ru_rules],
        vec!["backtest", ru_rules, history],
        vec!["backtest", ru_rules, history, "--outcome", "no_such_column"],
        vec!["diff", rules, "rules/acme-relaxed.rules", history],
        vec!["diff", rules],
        // (init's and sql's own output is a rule file and a query: code, with names made from
        // the export's values; their messages and help are swept here.)
        vec!["init", "no-such-export.csv"],
        vec!["init", &bad_json],
        vec!["sql", "no-such-file.rules", "--dialect", "duckdb"],
        vec!["serve", rules, "--listen", "0.0.0.0:0"],
    ];
    let mut runs = runs;
    for command in
        ["check", "qualify", "explain", "test", "snapshot", "fmt", "backtest", "diff", "init", "serve", "sql"]
    {
        runs.push(vec![command, "--help"]);
    }
    let own = own_words(&[rules, ru_rules, "rules/acme-relaxed.rules", leads, history, &broken, &bad_json, &bad_jsonl]);
    let mut found = Vec::new();
    for args in &runs {
        let out = russian(args);
        let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!said.trim().is_empty(), "{args:?} says nothing");
        let words = english_words(&said, &own);
        if !words.is_empty() {
            found.push(format!("{args:?}: {}\n{said}", words.join(" ")));
        }
    }
    assert!(found.is_empty(), "English left in Russian:\n{}", found.join("\n\n"));
}
