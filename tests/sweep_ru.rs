//! Every command said in Russian: each command, its `--help` and its error paths (a missing file,
//! a damaged lead file, bad JSON, a file that is no workbook, bad arguments and values of options,
//! files in the wrong encoding), its reports and results (a failing example, moved verdicts, a
//! file to reformat, a history with an unreadable row or a lead whose arithmetic overflows, the
//! coverage and value tables, the diff's "why", the text and HTML reports), named conditions and
//! flags (`пусть`, `отметка`), the comments `init` writes and those of the queries `sql` writes,
//! `audit` on a log the service wrote, and the human text of the service's answers and errors, run
//! with `--lang ru`: no English word may be left in what they print outside backticks, quotes,
//! paths and the author's own words (those of the files that run reads), and no place is said
//! twice (`строка 3: строка 3`). The code the commands quote in backticks is in the keywords of the
//! file it is about (Russian ones for a Russian-keyword file, English ones for an English one), in
//! either language of the messages.

mod common;

use common::{english_words, scratch};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `leadrules --lang ru` with `args`, the language variables cleared.
fn russian(args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_leadrules"));
    command.arg("--lang").arg("ru").args(args).env("NO_COLOR", "1");
    for name in ["LEADRULES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.output().expect("the leadrules binary runs")
}

/// What a person types or names as it is, in every language: the formats, standards, keys and
/// programs named, the environment variables, the commands and the values of options
/// (`--format json`, `--won won`, `--outcome`'s default), and the columns of the verdict table
/// (`row,id,class,...`: codes, as JSON keys are).
const CODES: &str = "CSV JSON Lines Excel OpenDocument HTML html htm BOM UTF Windows LANG LEADRULES xlsx xls ods json jsonl \
                     csv table text auto always never won lost open unified utf windows check qualify explain test \
                     snapshot fmt backtest diff suggest init serve sql audit help HTTP PostgreSQL DuckDB postgres duckdb leads git \
                     GET POST Ctrl UTC RFC SQL outcome \
                     row class score fit grade temperature unknown questions flags probability priority playbook error";

/// The words of the files a command reads (the author's own, which may be in any language) and
/// the [`CODES`].
fn own_words(files: &[&str]) -> String {
    let mut words: Vec<String> = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    words.push(CODES.to_string());
    words.join("\n")
}

/// A place said twice in a row (`строка 3: строка 3`, `строка 3: строка 4`), in `said`.
fn places_twice(said: &str) -> Vec<String> {
    let mut twice = Vec::new();
    for line in said.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        for w in words.windows(3) {
            let number = w[1].trim_end_matches(':').chars().all(|c| c.is_ascii_digit());
            if w[0] == "строка" && number && w[1].ends_with(':') && w[2] == "строка" {
                twice.push(line.to_string());
            }
        }
    }
    twice
}

/// The text a person reads in an HTML page: no style, no script, no tags, entities decoded.
fn page_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        text.push('\n');
        rest = &rest[start..];
        let skip = ["<style", "<script"].iter().find(|t| rest.starts_with(**t)).map(|t| format!("</{}>", &t[1..]));
        let end = match skip {
            Some(close) => rest.find(&close).map(|i| i + close.len()),
            None => rest.find('>').map(|i| i + 1),
        };
        rest = &rest[end.unwrap_or(rest.len())..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// The comments of an SQL query (`-- ...`), one a line.
fn sql_comments(query: &str) -> String {
    query.lines().filter_map(|l| l.split_once("-- ")).map(|(_, c)| format!("{c}\n")).collect()
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
    // ... and a row whose arithmetic overflows (`budget * 12` of 1e308).
    let overflow_row = "H-901,200,1,ИТ,1,менеджер,да,1e308,1,x,сайт,2026-01-10 10:00,выиграна";
    std::fs::write(&bad_history, format!("{header}\n{broken_row}\n{overflow_row}\n{rest}")).expect("write");
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
    // Named conditions and a flag, one condition unused.
    let (flags, flag_leads) = (path("flags.rules"), path("flags.csv"));
    std::fs::write(
        &flags,
        "поля {\n  id    : текст  из \"id\" ключ\n  a     : число\n  отказ : да/нет\n}\n\n\
         пусть большой = a >= 10\nпусть лишний = a >= 5\n\nотметка \"не писать\" когда отказ\n\n\
         баллы {\n  +10 когда большой\n}\n\nклассы {\n  X когда большой\n  Y иначе\n}\n",
    )
    .expect("write");
    std::fs::write(&flag_leads, "id,a,отказ\nL-1,20,да\nL-2,3,\n").expect("write");
    let (report, diff_report) = (path("report.html"), path("diff.html"));
    // A lead whose arithmetic overflows (`budget * 12` of 1e308).
    let overflow_leads = path("overflow.csv");
    std::fs::write(&overflow_leads, "id,employees,budget_rub\nA,100,1e308\nB,100,500000\n").expect("write");
    // A calculation that overflows for one lead of a history (`a * 10` of 1e308).
    let (calc, calc_history) = (path("calc.rules"), path("calc.csv"));
    std::fs::write(
        &calc,
        "поля {\n  id : текст из \"id\" ключ\n  a  : число\n}\n\nклассы {\n  X когда a * 10 >= 5\n  Y иначе\n}\n",
    )
    .expect("write");
    std::fs::write(&calc_history, "id,a,outcome\nA,1e308,won\nB,1,lost\nC,0,lost\n").expect("write");
    let (bad_snapshot, no_score) = (path("bad.snapshot"), path("no-score.rules"));
    std::fs::write(&bad_snapshot, "# a snapshot\ngarbage line here\n").expect("write");
    std::fs::write(&no_score, NO_SCORE_BLOCK).expect("write");
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
        vec!["sql", rules, "--dialect", "duckdb"],
        vec!["sql", rules, "--dialect", "duckdb", "--decimal-mark", ";"],
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
        // The new commands and options.
        vec!["backtest", ru_rules, history, "--coverage", "--value", "budget_rub", "--html", &report],
        vec!["backtest", ru_rules, history, "--by", "class", "--by", "grade", "--target-conversion", "50%"],
        vec!["backtest", ru_rules, history, "--by", "budget:quantiles=3", "--target-volume", "99%"],
        vec!["backtest", ru_rules, history, "--value", "no_such_column"],
        vec!["diff", ru_rules, "rules/ru/acme-relaxed.rules", history, "--value", "budget_rub", "--html", &diff_report],
        vec!["check", &flags],
        vec!["explain", &flags, &flag_leads, "--id", "L-1"],
        vec!["explain", &flags, &flag_leads, "--id", "L-2"],
        vec!["qualify", &flags, &flag_leads],
        vec!["qualify", ru_rules, &overflow_leads],
        vec!["explain", ru_rules, &overflow_leads, "--id", "A"],
        vec!["snapshot", ru_rules, &overflow_leads, "-o", &snapshot],
        vec!["audit", "no-such-log.jsonl", "--id", "L-1"],
        vec!["audit", history, "--id", "L-1"],
        vec!["audit", history, "--id", "L-1", "--at", "yesterday"],
        vec!["sql", ru_rules, "--dialect", "postgres", "--backtest", "--value", "x"],
        vec!["init", leads, "--no-such-option"],
        vec!["backtest", &calc, &calc_history],
        vec!["qualify", &calc, &calc_history],
        vec!["explain", &calc, &calc_history, "--id", "A"],
        vec!["diff", &calc, &calc, &calc_history],
        // A snapshot with a line that cannot be read; an example that expects a score of a
        // definition with no score block.
        vec!["snapshot", ru_rules, leads, "--check", &bad_snapshot],
        vec!["test", &no_score],
    ];
    let mut runs = runs;
    for command in [
        "check", "qualify", "explain", "test", "snapshot", "fmt", "backtest", "diff", "suggest", "init", "serve",
        "audit", "sql",
    ] {
        runs.push(vec![command, "--help"]);
    }
    // The own words of a run are those of the files it reads (`rules/acme.rules`'s English
    // keywords are the author's there, never in a run of `rules/ru/acme.rules`).
    let own_of = |args: &[&str]| own_words(args);
    let mut found = Vec::new();
    for args in &runs {
        let out = russian(args);
        let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!said.trim().is_empty(), "{args:?} says nothing");
        // What the person typed is theirs too (`--target-volume abc`).
        let mut words = english_words(&said, &format!("{}\n{}", own_of(args), args.join(" ")));
        words.extend(places_twice(&said));
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
    let words = english_words(&comments, &own_words(&[history]));
    if !words.is_empty() {
        found.push(format!("init's comments: {}\n{comments}", words.join(" ")));
    }
    // The HTML reports, as a person reads them.
    let relaxed = "rules/ru/acme-relaxed.rules";
    for (html, files) in [(&report, vec![ru_rules, history]), (&diff_report, vec![ru_rules, relaxed, history])] {
        let text = page_text(&std::fs::read_to_string(html).unwrap_or_default());
        // A label shortened to fit (`too small: fewer than 10 empl…`) is the author's too.
        let text: String = text
            .lines()
            .map(|l| l.split(' ').filter(|w| !w.ends_with('…')).collect::<Vec<_>>().join(" ") + "\n")
            .collect();
        assert!(text.contains("онверси"), "{html} was written:\n{text}");
        let mut words = english_words(&text, &format!("{}\nbudget_rub", own_words(&files)));
        words.extend(places_twice(&text));
        if !words.is_empty() {
            found.push(format!("{html}: {}\n{text}", words.join(" ")));
        }
    }
    // The comments of the queries `sql` writes (the query itself is code).
    for args in [
        vec!["sql", ru_rules, "--dialect", "duckdb", "--decimal-mark", ","],
        vec!["sql", ru_rules, "--dialect", "postgres", "--view", "verdicts", "--sample", leads],
        vec!["sql", ru_rules, "--dialect", "postgres", "--backtest", "--sample", history],
        vec!["sql", ru_rules, "--dialect", "duckdb", "--backtest", "--table", "history", "--decimal-mark", "."],
        vec!["sql", &flags, "--dialect", "duckdb", "--sample", &flag_leads],
    ] {
        let out = russian(&args);
        let comments = sql_comments(&String::from_utf8_lossy(&out.stdout));
        if comments.lines().count() < 3 {
            found.push(format!("{args:?} does not comment its query:\n{}", String::from_utf8_lossy(&out.stderr)));
        }
        let mut words = english_words(&comments, &format!("{}\n{}", own_of(&args), args.join(" ")));
        words.extend(places_twice(&comments));
        if !words.is_empty() {
            found.push(format!("{args:?}'s comments: {}\n{comments}", words.join(" ")));
        }
    }
    assert!(found.is_empty(), "English left in Russian:\n{}", found.join("\n\n"));
}

/// A Russian-keyword definition whose example expects a score it has no block for.
const NO_SCORE_BLOCK: &str = "поля {\n  id : текст из \"id\" ключ\n  a : число\n}\n\nклассы {\n  X когда a >= 1\n  Y иначе\n}\n\n\
                              пример \"e\" {\n  лид { a: 5 }\n  ожидается класс Y, баллы 3\n}\n";

/// The program text quoted in backticks in `said` that holds a keyword of the other language
/// than `keywords` (a word only that language has: `и` and `and` both are the language's).
fn code_in_the_other_keywords(said: &str, keywords: &str) -> Vec<String> {
    use leadrules::locale::words::KEYWORDS;
    let split = |w: &'static str| w.split([' ', '/']);
    let english: std::collections::HashSet<&str> = KEYWORDS.iter().flat_map(|(en, _)| split(en)).collect();
    let russian: std::collections::HashSet<&str> = KEYWORDS.iter().flat_map(|(_, ru)| split(ru)).collect();
    let other = if keywords == "ru" { &english } else { &russian };
    let own = if keywords == "ru" { &russian } else { &english };
    let mut found = Vec::new();
    for line in said.lines() {
        // A line of the author's own file (`12 │ ...`) is theirs.
        if line.trim_start().starts_with(|c: char| c.is_ascii_digit()) && line.contains('│') {
            continue;
        }
        for (i, span) in line.split('`').enumerate() {
            // Odd pieces are quoted; a command line (`leadrules check ...`) names no keyword.
            if i % 2 == 0 || span.starts_with("leadrules ") {
                continue;
            }
            let code: String = span.split('"').step_by(2).collect::<Vec<_>>().join(" ");
            let words = code.split(|c: char| !c.is_alphanumeric() && c != '_');
            if words.filter(|w| !w.is_empty()).any(|w| other.contains(w) && !own.contains(w)) {
                found.push(format!("`{span}` in: {line}"));
            }
        }
    }
    found
}

/// Every command run on a Russian-keyword file quotes its code in Russian keywords, and on an
/// English-keyword one in English keywords, in either language of the messages: the examples of a
/// help, the block a mistake comes after, what a command says of the file outside diagnostics.
#[test]
fn code_is_quoted_in_the_keywords_of_the_file_it_is_about() {
    let dir = scratch("sweep_keywords");
    let path = |name: &str| dir.join(name).display().to_string();
    let (leads, history) = ("rules/acme-leads.csv", "rules/acme-history.csv");
    // The same mistakes in either keyword language: a gate without its reason, a block keyword
    // misspelt after a score block, a list without its bracket, a duration compared with a
    // number, an example expecting a score with no score block, a library run as a definition.
    let mistakes: [(&str, &str, &str); 6] = [
        (
            "gate",
            "поля {\n  a : число\n}\nминимум {\n  требуется a >= 10\n}\nклассы {\n  X когда a >= 1\n  Y иначе\n}\n",
            "fields {\n  a : number\n}\nminimum {\n  require a >= 10\n}\nclassify {\n  X when a >= 1\n  Y otherwise\n}\n",
        ),
        (
            "typo",
            "поля {\n  a : число\n}\nбаллы {\n  +1 когда a >= 1\n}\nкласы {\n  X когда a >= 1\n  Y иначе\n}\n",
            "fields {\n  a : number\n}\nscore {\n  +1 when a >= 1\n}\nclasify {\n  X when a >= 1\n  Y otherwise\n}\n",
        ),
        (
            "bracket",
            "поля {\n  r : один из a, b\n}\nклассы {\n  X когда r в a, b]\n  Y иначе\n}\n",
            "fields {\n  r : one of a, b\n}\nclassify {\n  X when r in a, b]\n  Y otherwise\n}\n",
        ),
        (
            "units",
            "поля {\n  t : дни\n  b : деньги\n}\nклассы {\n  X когда b >= t\n  Y иначе\n}\n",
            "fields {\n  t : days\n  b : money\n}\nclassify {\n  X when b >= t\n  Y otherwise\n}\n",
        ),
        ("example", NO_SCORE_BLOCK, ""),
        (
            "library",
            "поля {\n  a : число\n}\nметодика M зачёт 1 из 1 {\n  крупный : a >= 10\n}\n",
            "fields {\n  a : number\n}\nframework M pass 1 of 1 {\n  big : a >= 10\n}\n",
        ),
    ];
    let mut files = vec![("ru", "rules/ru/acme.rules".to_string()), ("en", "rules/acme.rules".to_string())];
    for (name, russian, english) in mistakes {
        for (keywords, text) in [("ru", russian), ("en", english)].into_iter().filter(|(_, t)| !t.is_empty()) {
            let file = path(&format!("{name}-{keywords}.rules"));
            std::fs::write(&file, text).expect("write");
            files.push((keywords, file));
        }
    }
    let mut found = Vec::new();
    for (keywords, file) in &files {
        let file = file.as_str();
        let runs: Vec<Vec<&str>> = vec![
            vec!["check", file],
            vec!["test", file],
            vec!["explain", file, leads, "--id", "L-9999"],
            vec!["backtest", file, history, "--target-volume", "30%"],
            vec!["suggest", file, history],
            vec!["fmt", "--check", file],
        ];
        for args in &runs {
            for lang in ["ru", "en"] {
                let mut command = Command::new(env!("CARGO_BIN_EXE_leadrules"));
                command.arg("--lang").arg(lang).args(args).env("NO_COLOR", "1");
                let out = command.output().expect("the leadrules binary runs");
                let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
                for wrong in code_in_the_other_keywords(&said, keywords) {
                    found.push(format!("--lang {lang} {}: {wrong}", args.join(" ")));
                }
            }
        }
    }
    assert!(found.is_empty(), "code in the other language's keywords:\n{}", found.join("\n"));
}

/// What the sweep fixed, in both languages: a snapshot line that cannot be read (its reason was
/// said in English), a failed example's expectations (`ожидалось: класс A; получено: класс B`), an
/// example expecting a score with no score block, and the block a stray word comes after (its
/// keyword was English in a Russian-keyword file).
#[test]
fn the_texts_the_sweep_fixed_in_both_languages() {
    let dir = scratch("sweep_fixed");
    let path = |name: &str| dir.join(name).display().to_string();
    let (bad_snapshot, no_score, typo, failing) =
        (path("bad.snapshot"), path("no-score.rules"), path("typo.rules"), path("failing.rules"));
    std::fs::write(&bad_snapshot, "# a snapshot\ngarbage line here\n").expect("write");
    std::fs::write(&no_score, NO_SCORE_BLOCK).expect("write");
    std::fs::write(
        &typo,
        "поля {\n  a : число\n}\nбаллы {\n  +1 когда a >= 1\n}\nкласы {\n  X когда a >= 1\n  Y иначе\n}\n",
    )
    .expect("write");
    std::fs::write(
        &failing,
        "поля {\n  a : число\n}\nклассы {\n  X когда a >= 10\n  Y иначе\n}\nпример \"e\" {\n  лид { a: 5 }\n  ожидается класс X\n}\n",
    )
    .expect("write");
    let runs: [Vec<&str>; 4] = [
        vec!["snapshot", "rules/ru/acme.rules", "rules/acme-leads.csv", "--check", &bad_snapshot],
        vec!["test", &failing],
        vec!["check", &no_score],
        vec!["check", &typo],
    ];
    let mut shown = String::new();
    for args in &runs {
        for lang in ["en", "ru"] {
            let mut command = Command::new(env!("CARGO_BIN_EXE_leadrules"));
            command.arg("--lang").arg(lang).args(args).env("NO_COLOR", "1");
            let out = command.output().expect("the leadrules binary runs");
            let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            let place = dir.display().to_string();
            shown.push_str(&format!(
                "--- --lang {lang} {}\n{}\n",
                args.join(" ").replace(&place, "DIR"),
                said.replace(&place, "DIR")
            ));
        }
    }
    insta::assert_snapshot!("sweep_fixed", shown);
}

/// A running `leadrules --lang ru serve`, killed when dropped.
struct Service {
    child: Child,
    addr: SocketAddr,
    /// What it said on starting.
    said: String,
}

impl Service {
    fn start(rules: &str, args: &[&str]) -> Service {
        let mut command = Command::new(env!("CARGO_BIN_EXE_leadrules"));
        command.args(["--lang", "ru", "serve", rules, "--listen", "127.0.0.1:0"]).args(args);
        command.env("NO_COLOR", "1").env_remove("LEADRULES_TOKEN").stdin(Stdio::null()).stdout(Stdio::null());
        let mut child = command.stderr(Stdio::piped()).spawn().expect("the service starts");
        let stderr = child.stderr.take().expect("stderr");
        let (send, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = send.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut said = String::new();
        while let Ok(line) = lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            said.push_str(&format!("{line}\n"));
            let at = line.find("http://").map(|at| &line[at + 7..]);
            if let Some(addr) = at.and_then(|a| a.split([';', ' ']).next()).and_then(|a| a.parse().ok()) {
                return Service { child, addr, said };
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the service did not say its address within 30 s:\n{said}");
    }

    /// One request asking for Russian, on its own connection: the status and the body.
    fn send(&self, method: &str, path: &str, content_type: &str, body: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(self.addr).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(30))).expect("a timeout");
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAccept-Language: ru\r\n\
             Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
            self.addr,
            body.len()
        );
        stream.write_all(request.as_bytes()).expect("send");
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        let answer = String::from_utf8_lossy(&answer).into_owned();
        let (head, body) = answer.split_once("\r\n\r\n").expect("an answer with headers");
        let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("a status");
        (status, body.to_string())
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The texts for a person in a JSON answer: the values of its human members, at any depth (the
/// codes, keys and the verdict's own values are not prose).
fn human_texts(value: &Value, out: &mut String) {
    const HUMAN: [&str; 9] =
        ["message", "problem", "expected", "record_problem", "explanation", "help", "notes", "label", "title"];
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                match member {
                    Value::String(text) if HUMAN.contains(&key.as_str()) => out.push_str(&format!("{text}\n")),
                    Value::Array(items) if HUMAN.contains(&key.as_str()) => {
                        for item in items.iter().filter_map(Value::as_str) {
                            out.push_str(&format!("{item}\n"));
                        }
                        human_texts(member, out);
                    }
                    _ => human_texts(member, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| human_texts(item, out)),
        _ => {}
    }
}

#[test]
fn no_english_word_is_left_in_the_service_and_its_audit_in_russian() {
    let dir = scratch("sweep_ru_serve");
    let rules = "rules/ru/acme.rules";
    let log = dir.join("audit.jsonl").display().to_string();
    let service = Service::start(rules, &["--audit-log", &log, "--max-batch", "2"]);
    let lead = r#"{"id": "L-1", "Сотрудников": "200", "Отрасль": "ИТ", "ЛПР": "да", "Бюджет, руб": "600 000"}"#;
    let json = "application/json";
    let requests: Vec<(&str, &str, &str, String)> = vec![
        ("POST", "/v1/qualify", json, lead.to_string()),
        ("POST", "/v1/explain", json, lead.to_string()),
        ("POST", "/v1/qualify", json, r#"{"employees": 20"#.to_string()),
        ("POST", "/v1/qualify", json, r#"{"id": "L-2", "employees": "forty"}"#.to_string()),
        ("POST", "/v1/qualify", json, r#"{"colour": "red"}"#.to_string()),
        ("POST", "/v1/qualify", json, String::new()),
        ("POST", "/v1/qualify", "text/csv", "employees\n20".to_string()),
        ("POST", "/v1/qualify", "application/x-ndjson", [r#"{"employees": 1}"#; 3].join("\n")),
        ("POST", "/v1/explain", "application/x-ndjson", "{\"employees\": 1}\n{\"employees\": 2}".to_string()),
        ("POST", "/v1/explain", json, r#"{"id": "A", "employees": "100", "budget_rub": "1e308"}"#.to_string()),
        ("POST", "/v1/check", "text/plain", "поля {\n  a : число\n}\nклассы {\n  X a >= 1\n  Y иначе\n}\n".to_string()),
        (
            "POST",
            "/v1/check",
            "text/plain",
            "поля {\n  a : число\n}\nпусть лишний = a >= 1\nклассы {\n  Y иначе\n}\n".to_string(),
        ),
        ("GET", "/v1/qualify", json, String::new()),
        ("GET", "/no-such-page", json, String::new()),
    ];
    let own = own_words(&[rules]);
    let mut found = Vec::new();
    let mut said = service.said.clone();
    for (method, path, content_type, body) in &requests {
        let (status, answer) = service.send(method, path, content_type, body);
        let mut text = String::new();
        match serde_json::from_str::<Value>(&answer) {
            Ok(value) => human_texts(&value, &mut text),
            Err(_) => text = answer.clone(),
        }
        assert!(status == 200 || !text.trim().is_empty(), "{method} {path} {body}: {status} says why\n{answer}");
        let mut words = english_words(&text, &format!("{own}\n{body}\nL-1 L-2"));
        words.extend(places_twice(&text));
        if !words.is_empty() {
            found.push(format!("{method} {path} {body} ({status}): {}\n{text}", words.join(" ")));
        }
    }
    drop(service);
    said.push('\n');
    // `audit` on the log the service wrote, and on it damaged after (a line that is no record, a
    // torn last line).
    for (i, args) in [
        vec!["audit", &log, "--id", "L-1"],
        vec!["audit", &log, "--id", "L-1", "--at", "2000-01-01"],
        vec!["audit", &log, "--id", "L-1", "--at", "2100-01-01 10:00"],
        vec!["audit", &log, "--id", "no-such-lead"],
        vec!["audit", &log, "--id", "L-1"],
    ]
    .into_iter()
    .enumerate()
    {
        if i == 4 {
            let mut bytes = std::fs::read(&log).expect("the service wrote its log");
            bytes.extend_from_slice(b"not a record\n{\"torn");
            std::fs::write(&log, &bytes).expect("write");
        }
        let out = russian(&args);
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!text.trim().is_empty(), "{args:?} says nothing");
        let mut words = english_words(&text, &format!("{own}\n{}\nL-1", args.join(" ")));
        words.extend(places_twice(&text));
        if !words.is_empty() {
            found.push(format!("{args:?}: {}\n{text}", words.join(" ")));
        }
    }
    let words = english_words(&said, &format!("{own}\n{log}"));
    if !words.is_empty() {
        found.push(format!("serve's start: {}\n{said}", words.join(" ")));
    }
    assert!(found.is_empty(), "English left in Russian:\n{}", found.join("\n\n"));
}
