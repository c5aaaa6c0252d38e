//! Every command said in Russian: each command, its `--help` and its error paths (a missing file,
//! a damaged lead file, bad JSON, a file that is no workbook, bad arguments and values of options,
//! files in the wrong encoding), its reports and results (a failing example, moved verdicts, a
//! file to reformat, a history with an unreadable row) and the comments `init` writes, run with `--lang ru`,
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
                     snapshot fmt backtest diff suggest init serve sql help HTTP PostgreSQL DuckDB postgres duckdb leads git";

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
    // A rule file saved in Windows-1251, a lead file with bytes that are no text, a history with
    // a row that cannot be read, a definition with a failing example, one laid out by hand.
    let (cp1251, bad_bytes, bad_history, failing, unformatted) = (
        path("cp1251.rules"),
        path("bad-bytes.csv"),
        path("bad-history.csv"),
        path("failing.rules"),
        path("loose.rules"),
    );
    std::fs::write(&cp1251, b"\xef\xee\xeb\xff {\n  a : \xf7\xe8\xf1\xeb\xee\n}\n").expect("write");
    std::fs::write(&bad_bytes, b"id,employees\nL-1,\xff\xfe\n").expect("write");
    let history_text = std::fs::read_to_string(history).expect("history");
    let (header, rest) = history_text.split_once('\n').expect("a header");
    let broken_row = "H-900,abc,1,ИТ,1,менеджер,да,1,1,x,сайт,2026-13-45 10:00,выиграна";
    std::fs::write(&bad_history, format!("{header}\n{broken_row}\n{rest}")).expect("write");
    let ru_text = std::fs::read_to_string(ru_rules).expect("rules");
    std::fs::write(
        &failing,
        ru_text
            .replacen("ожидается класс disqualified", "ожидается класс SQL, баллы 5", 1)
            .replace("баллы >= 30", "баллы >= 15"),
    )
    .expect("write");
    std::fs::write(&unformatted, "поля {\n  a : число\n}\nклассы {\n  X    когда a >= 1\n  Y иначе }\n")
        .expect("write");
    let start = path("start.rules");
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
        // Bad encodings.
        vec!["check", &cp1251],
        vec!["serve", &cp1251],
        vec!["qualify", rules, &bad_bytes, "--encoding", "utf-8", "-o", &verdicts],
        // Bad values of options.
        vec!["qualify", rules, leads, "--encoding", "koi8"],
        vec!["qualify", rules, leads, "--format", "xml"],
        vec!["qualify", rules, leads, "--jobs", "0"],
        vec!["qualify", rules, leads, "--input-format", "pdf"],
        vec!["--color", "sometimes", "check", rules],
        vec!["explain", rules, leads, "--row", "0"],
        vec!["explain", rules, leads, "--row", "abc"],
        vec!["explain", rules, "--lead", "{bad"],
        vec!["explain", ru_rules, "--lead", "{\"employees\": 200, \"ЛПР\": \"да\"}"],
        vec!["backtest", rules, history, "--target-volume", "abc"],
        vec!["sql", rules, "--dialect", "oracle"],
        vec!["sql", rules, "--dialect", "duckdb", "--columns", "zzz"],
        vec!["sql", &broken, "--dialect", "postgres"],
        vec!["serve", rules, "--listen", "nonsense"],
        vec!["serve", rules, "--max-batch", "many"],
        vec!["serve", &broken],
        // Reports, results and checks.
        vec!["backtest", ru_rules, &bad_history],
        vec!["backtest", ru_rules, history, "--by", "source", "--target-volume", "30%"],
        vec!["diff", ru_rules, "rules/ru/acme-relaxed.rules", history],
        vec!["suggest", ru_rules, history],
        vec!["suggest", ru_rules, "-"],
        vec!["test", &failing],
        vec!["snapshot", &failing, leads, "--check", &snapshot],
        vec!["fmt", "--check", &unformatted],
        vec!["init", history, "-o", &start],
    ];
    let mut runs = runs;
    for command in
        ["check", "qualify", "explain", "test", "snapshot", "fmt", "backtest", "diff", "suggest", "init", "serve", "sql"]
    {
        runs.push(vec![command, "--help"]);
    }
    let own = own_words(&[
        rules,
        ru_rules,
        "rules/acme-relaxed.rules",
        "rules/ru/acme-relaxed.rules",
        leads,
        history,
        &broken,
        &bad_json,
        &bad_jsonl,
    ]);
    let mut found = Vec::new();
    for args in &runs {
        let out = russian(args);
        let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!said.trim().is_empty(), "{args:?} says nothing");
        // What the person typed is theirs too (`--target-volume abc`).
        let mut words = english_words(&said, &format!("{own}\n{}", args.join(" ")));
        // The words that head a hint, an error or a warning (`help` is also a command's name).
        for head in ["help:", "error:", "warning:", "note:"] {
            if said.contains(head) {
                words.push(head.to_string());
            }
        }
        if !words.is_empty() {
            found.push(format!("{args:?}: {}\n{said}", words.join(" ")));
        }
    }
    // The comments `init` writes into the starting definition (its code is the language's).
    let written = std::fs::read_to_string(&start).unwrap_or_default();
    let comments: String = written.lines().filter_map(|l| l.split_once('#')).map(|(_, c)| format!("{c}\n")).collect();
    assert!(comments.lines().count() > 5, "init wrote its comments:\n{written}");
    let words = english_words(&comments, &own);
    if !words.is_empty() {
        found.push(format!("init's comments: {}\n{comments}", words.join(" ")));
    }
    assert!(found.is_empty(), "English left in Russian:\n{}", found.join("\n\n"));
}
