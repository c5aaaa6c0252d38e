//! What the commands say outside diagnostics (`test`, `explain`, `snapshot`, `backtest`, `diff`,
//! `suggest`, `fmt`, `sql`, `check --fix`) quotes keywords as the rule file they loaded spells
//! them, in either language of the messages: a Russian-keyword file is told `классы`,
//! `подключить`, `ключ`, `баллы >= 55`; an English-keyword one `classify`, `use`, `key`,
//! `score >= 55`. Snapshotted in both languages.

mod common;
use common::{scratch, stderr, stdout};

use std::process::{Command, Output};

/// Runs `leadrules --lang LANG` with `args`, the language variables cleared.
fn run(lang: &str, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_leadrules"));
    command.arg("--lang").arg(lang).args(args).env("NO_COLOR", "1");
    for name in ["LEADRULES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.output().expect("the leadrules binary runs")
}

/// What a run said, both streams, with the scratch folder's path taken out.
fn said(out: &Output, dir: &std::path::Path) -> String {
    format!("{}{}", stdout(out), stderr(out)).replace(&dir.display().to_string(), "DIR")
}

#[test]
fn the_commands_quote_keywords_as_the_file_they_loaded_spells_them() {
    let dir = scratch("keyword_language");
    let library_ru = dir.join("library-ru.rules");
    let library_en = dir.join("library-en.rules");
    std::fs::write(&library_ru, "поля {\n  a : число\n}\n\nметодика M зачёт 1 из 1 {\n  крупный : a >= 10\n}\n")
        .expect("write");
    std::fs::write(&library_en, "fields {\n  a : number\n}\n\nframework M pass 1 of 1 {\n  big : a >= 10\n}\n")
        .expect("write");
    let keyless_ru = dir.join("keyless-ru.rules");
    std::fs::write(
        &keyless_ru,
        "поля {\n  employees : число\n}\n\nклассы {\n  X когда employees >= 10\n  Y иначе\n}\n",
    )
    .expect("write");
    let (ru_lib, en_lib, keyless) =
        (library_ru.to_str().expect("path"), library_en.to_str().expect("path"), keyless_ru.to_str().expect("path"));
    let history = "rules/acme-history.csv";
    let runs: Vec<Vec<&str>> = vec![
        vec!["explain", ru_lib, "rules/acme-leads.csv", "--id", "L-1"],
        vec!["explain", en_lib, "rules/acme-leads.csv", "--id", "L-1"],
        vec!["explain", keyless, "rules/acme-leads.csv", "--id", "L-1"],
        vec!["backtest", "rules/ru/acme.rules", history, "--target-volume", "30%"],
        vec!["backtest", "rules/acme.rules", history, "--target-volume", "30%"],
    ];
    let mut shown = String::new();
    for args in &runs {
        for lang in ["en", "ru"] {
            let out = run(lang, args);
            let text = said(&out, &dir);
            // A backtest's report is long: its threshold line is the one about code.
            let text = if args[0] == "backtest" {
                text.lines().filter(|l| l.contains(">=")).map(|l| format!("{}\n", l.trim())).collect()
            } else {
                text
            };
            shown.push_str(&format!(
                "--- {} --lang {lang}\n{text}\n",
                args.join(" ").replace(&dir.display().to_string(), "DIR")
            ));
        }
    }
    insta::assert_snapshot!("commands_in_the_files_keywords", shown);
    assert!(shown.contains("`классы`") && shown.contains("`подключить`"), "{shown}");
    assert!(shown.contains("`classify`") && shown.contains("`use`"), "{shown}");
    assert!(shown.contains("`ключ`"), "{shown}");
    // The same threshold, `баллы` for the Russian-keyword definition in either language, `score`
    // for the English one.
    let threshold_lines: Vec<&str> = shown.lines().filter(|l| l.contains(" >= 55")).collect();
    assert_eq!(threshold_lines.len(), 4, "{shown}");
    assert!(threshold_lines[0].contains("баллы >= 55") && threshold_lines[1].contains("баллы >= 55"), "{shown}");
    assert!(threshold_lines[2].contains("score >= 55") && threshold_lines[3].contains("score >= 55"), "{shown}");
}
