//! The command line in Russian: chosen by `--lang ru`, by `LEADRULES_LANG` or by the locale,
//! with `--lang en` winning over a Russian environment. What the commands say themselves (the
//! check and run summaries with their plural forms, usage errors, `--help`) is snapshotted.

mod common;
use common::{code, scratch, stderr, stdout};

use std::process::{Command, Output};

/// Runs `leadrules` with `args`, colour off, the language variables cleared and then `vars` set.
fn leadrules_with(vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_leadrules"));
    command.args(args).env("NO_COLOR", "1");
    for name in ["LEADRULES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(vars.iter().copied()).output().expect("the leadrules binary runs")
}

/// The last line a command wrote to stderr.
fn last_line(text: &str) -> &str {
    text.lines().last().unwrap_or_default()
}

#[test]
fn check_counts_errors_and_warnings_with_russian_plural_forms() {
    let cases = [
        ("tests/ui/unknown_field.rules", "1 ошибка, 0 предупреждений"),
        ("tests/ui/class_as_value.rules", "2 ошибки, 0 предупреждений"),
        ("tests/ui/since_not_a_date.rules", "1 ошибка, 1 предупреждение"),
        ("tests/ui/reversed_range.rules", "0 ошибок, 3 предупреждения"),
        ("rules/acme.rules", "проблем не найдено"),
    ];
    for (file, counts) in cases {
        let out = leadrules_with(&[], &["--lang", "ru", "check", file]);
        assert_eq!(last_line(&stderr(&out)), format!("{file}: {counts}"), "{}", stderr(&out));
    }
}

#[test]
fn qualify_summary_in_russian_by_option_and_by_variable() {
    let by_option = leadrules_with(&[], &["--lang", "ru", "qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    assert_eq!(code(&by_option), 0);
    insta::assert_snapshot!("qualify_summary_ru", stderr(&by_option));
    let by_variable =
        leadrules_with(&[("LEADRULES_LANG", "ru")], &["qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    assert_eq!(stderr(&by_variable), stderr(&by_option));
    assert_eq!(stdout(&by_variable), stdout(&by_option), "the verdicts are the same in every language");
    let by_locale =
        leadrules_with(&[("LANG", "ru_RU.UTF-8")], &["qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    assert_eq!(stderr(&by_locale), stderr(&by_option));

    let messy = leadrules_with(
        &[("LEADRULES_LANG", "ru")],
        &["qualify", "rules/acme.rules", "tests/data/messy-export-bom.csv"],
    );
    assert_eq!(code(&messy), 4);
    assert_eq!(
        last_line(&stderr(&messy)),
        "11 лидов: disqualified 1, SQL 3, MQL 0, nurture 3; 4 лида не удалось прочитать (строки 4, 6, 7, 10)"
    );
}

#[test]
fn lang_en_wins_over_a_russian_environment() {
    let russian = [("LEADRULES_LANG", "ru"), ("LANG", "ru_RU.UTF-8"), ("LC_ALL", "ru_RU.UTF-8")];
    let plain = leadrules_with(&[], &["qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    let english = leadrules_with(&russian, &["--lang", "en", "qualify", "rules/acme.rules", "rules/acme-leads.csv"]);
    assert_eq!(stderr(&english), stderr(&plain));
    assert_eq!(stderr(&english), "20 leads: disqualified 2, SQL 8, MQL 3, nurture 7; no errors\n");
    let help = leadrules_with(&russian, &["--lang=en", "--help"]);
    assert_eq!(stdout(&help), stdout(&leadrules_with(&[], &["--help"])), "English help is clap's own");
    let check = leadrules_with(&russian, &["check", "--lang", "en", "tests/ui/class_as_value.rules"]);
    assert_eq!(last_line(&stderr(&check)), "tests/ui/class_as_value.rules: 2 errors, 0 warnings");
}

#[test]
fn help_in_russian() {
    let help = leadrules_with(&[], &["--lang", "ru", "--help"]);
    assert_eq!(code(&help), 0);
    insta::assert_snapshot!("help_ru", stdout(&help));
    let qualify = leadrules_with(&[("LEADRULES_LANG", "ru")], &["qualify", "--help"]);
    insta::assert_snapshot!("help_qualify_ru", stdout(&qualify));
    let short = leadrules_with(&[("LANG", "ru_RU.UTF-8")], &["check", "-h"]);
    insta::assert_snapshot!("help_check_short_ru", stdout(&short));
    for command in ["check", "qualify", "explain", "test", "snapshot", "fmt", "backtest", "diff"] {
        let text = stdout(&leadrules_with(&[], &["--lang", "ru", command, "--help"]));
        for english in ["Usage", "Options", "Arguments", "Commands", "[default", "[possible values", "Print help"] {
            assert!(!text.contains(english), "`{command} --help` says {english:?}:\n{text}");
        }
    }
    let help_help = stdout(&leadrules_with(&[], &["--lang", "ru", "help", "help"]));
    assert!(help_help.contains("Использование: leadrules help [КОМАНДА]"), "{help_help}");
    assert!(!help_help.contains("Check rule files") && !help_help.contains("Print"), "{help_help}");
}

#[test]
fn usage_errors_in_russian() {
    let missing = leadrules_with(&[], &["--lang", "ru", "qualify", "rules/acme.rules"]);
    assert_eq!(code(&missing), 2);
    insta::assert_snapshot!("usage_missing_argument_ru", stderr(&missing));
    let typo = leadrules_with(&[("LEADRULES_LANG", "ru")], &["qualifx"]);
    assert_eq!(code(&typo), 2);
    assert!(stderr(&typo).starts_with("ошибка: неизвестная команда `qualifx`\nподсказка: есть похожая: `qualify`"));
    let jobs = leadrules_with(&[], &["--lang", "ru", "qualify", "rules/acme.rules", "rules/acme-leads.csv", "-j", "0"]);
    assert_eq!(code(&jobs), 2);
    assert!(
        stderr(&jobs).starts_with(
            "ошибка: недопустимое значение `0` для `--jobs <N>`: `0` не подходит как число потоков; \
             укажите целое число от 1 до 1024"
        ),
        "{}",
        stderr(&jobs)
    );
}

#[test]
fn the_commands_own_lines_in_russian() {
    let ru = |args: &[&str]| leadrules_with(&[], &[&["--lang", "ru"], args].concat());
    let examples = ru(&["test", "rules/acme.rules"]);
    assert_eq!(code(&examples), 0);
    assert!(stdout(&examples).ends_with("5 примеров прошли, 0 не прошли\n"), "{}", stdout(&examples));
    assert!(stdout(&examples).starts_with("ок     rules/acme.rules:"), "{}", stdout(&examples));

    let missing = ru(&["check", "no/such.rules"]);
    assert_eq!(code(&missing), 3);
    assert_eq!(
        stderr(&missing),
        "ошибка: не удаётся прочитать файл правил no/such.rules: нет такого файла или папки\n"
    );

    let swapped = ru(&["qualify", "rules/acme-leads.csv", "rules/acme.rules"]);
    assert_eq!(code(&swapped), 2);
    assert_eq!(
        stderr(&swapped),
        "ошибка: файл правил и файл лидов перепутаны местами: файл правил указывается первым\n\
         подсказка: leadrules qualify rules/acme.rules rules/acme-leads.csv\n"
    );

    let no_id = ru(&["explain", "rules/acme.rules", "rules/acme-leads.csv", "--id", "L-9999"]);
    assert_eq!(code(&no_id), 3);
    assert!(stderr(&no_id).starts_with("ошибка: лида с идентификатором `L-9999` нет"), "{}", stderr(&no_id));

    let dir = scratch("snapshot-ru");
    let snap = dir.join("acme.snap");
    let snap = snap.to_str().unwrap_or_default();
    let written = ru(&["snapshot", "rules/acme.rules", "rules/acme-leads.csv", "-o", snap]);
    assert_eq!(code(&written), 0, "{}", stderr(&written));
    let same = ru(&["snapshot", "rules/acme.rules", "rules/acme-leads.csv", "--check", snap]);
    assert_eq!(code(&same), 0, "{}", stderr(&same));
    assert_eq!(stdout(&same), format!("ни один вердикт не изменился: 20 лидов, как в {snap}\n"));
}

#[test]
fn decided_by_names_the_line_in_the_language_of_the_output() {
    let dir = scratch("decided_by_lang");
    for (lang, word) in [("en", "line "), ("ru", "строка ")] {
        let jsonl = leadrules_with(
            &[],
            &["qualify", "--lang", lang, "rules/acme.rules", "rules/acme-leads.csv", "--format", "jsonl"],
        );
        assert_eq!(code(&jsonl), 0, "{}", stderr(&jsonl));
        let key = "\"decided_by\":\"";
        let first = stdout(&jsonl).lines().find_map(|row| row.split_once(key).map(|(_, rest)| rest.to_string()));
        let first = first.expect("a decided_by");
        assert!(first.starts_with(word) && first.contains(": "), "--lang {lang}: {first}");
        let csv = dir.join(format!("verdicts-{lang}.csv"));
        let out = leadrules_with(
            &[],
            &[
                "qualify",
                "--lang",
                lang,
                "rules/acme.rules",
                "rules/acme-leads.csv",
                "-o",
                csv.to_str().expect("utf-8"),
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let written = std::fs::read_to_string(&csv).expect("the verdicts");
        assert!(written.contains(word), "--lang {lang}:\n{written}");
    }
}

#[test]
fn questions_and_respond_within_in_the_language_of_the_output() {
    let dir = scratch("questions_lang");
    for (lang, within, asked) in [
        ("en", "15 minutes", "→ could be SQL once known"),
        ("ru", "15 минут", "→ может стать SQL, когда это станет известно"),
    ] {
        let jsonl = leadrules_with(
            &[],
            &["qualify", "--lang", lang, "rules/acme.rules", "rules/acme-leads.csv", "--format", "jsonl"],
        );
        assert_eq!(code(&jsonl), 0, "{}", stderr(&jsonl));
        let rows = stdout(&jsonl);
        assert!(rows.contains(&format!("\"respond_within\":\"{within}\"")), "--lang {lang}:\n{rows}");
        assert!(rows.contains(asked), "--lang {lang}:\n{rows}");
        let csv = dir.join(format!("questions-{lang}.csv"));
        let out = leadrules_with(
            &[],
            &[
                "qualify",
                "--lang",
                lang,
                "rules/acme.rules",
                "rules/acme-leads.csv",
                "-o",
                csv.to_str().expect("utf-8"),
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let written = std::fs::read_to_string(&csv).expect("the verdicts");
        assert!(written.contains(within) && written.contains(asked), "--lang {lang}:\n{written}");
        if lang == "ru" {
            assert!(!written.contains("minutes") && !written.contains("once known"), "{written}");
        }
    }
}
