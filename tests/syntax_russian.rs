//! The parser's diagnostics in Russian: every text the parser gives a person lives in the message
//! files (none is left `untranslated`, over the corpus and over broken variants of it), Russian
//! plural forms are right, and a handful of whole syntax diagnostics are snapshotted in Russian.

use leadrules::diagnostic::Diagnostic;
use leadrules::locale::Lang;
use leadrules::message::{Arg, Message};
use leadrules::span::{SourceFile, SourceMap};
use std::path::Path;

/// Every message a diagnostic shows: its message, labels, help, notes and fixes.
fn messages(d: &Diagnostic) -> Vec<&Message> {
    let mut out = vec![&d.message];
    out.extend(d.labels.iter().map(|l| &l.message));
    out.extend(d.help.iter());
    out.extend(d.notes.iter());
    out.extend(d.fixes.iter().map(|f| &f.message));
    out
}

/// The ids of a message and of every message nested in its arguments.
fn ids(message: &Message, out: &mut Vec<&'static str>) {
    out.push(message.id());
    for (_, arg) in message.args() {
        arg_ids(arg, out);
    }
}

fn arg_ids(arg: &Arg, out: &mut Vec<&'static str>) {
    match arg {
        Arg::Message(m) => ids(m, out),
        Arg::List(items, _) => items.iter().for_each(|a| arg_ids(a, out)),
        Arg::Verbatim(_) | Arg::Code(_) | Arg::Number(_) => {}
    }
}

/// The parser's diagnostics for `text` whose messages are not all in the message files.
fn untranslated(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for d in leadrules::syntax::parse(text).diagnostics {
        let mut found = Vec::new();
        messages(&d).into_iter().for_each(|m| ids(m, &mut found));
        if found.iter().any(|id| {
            *id == "untranslated"
                || !id.starts_with("syntax-") && !id.starts_with("list-") && !id.starts_with("keywords-")
        }) {
            out.push(format!("{found:?}: {}", d.message));
        }
        let russian = messages(&d).into_iter().map(|m| Lang::Ru.text(m)).collect::<Vec<_>>().join(" | ");
        assert!(!russian.contains("syntax-"), "a message id shown instead of its text: {russian}");
    }
    out
}

fn corpus() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir("tests/ui")
        .expect("tests/ui exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rules" || e == "ok"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("corpus files are UTF-8")))
        .collect()
}

/// Slips typed at the end of a line, to reach the parser's other messages from the corpus.
const SLIPS: [&str; 24] = [
    " ==",
    " &&",
    " ||",
    " !",
    " =>",
    " %",
    "-",
    ",",
    "}",
    "{",
    "\"",
    " 1e400",
    " 500 000",
    " 1,5",
    " и",
    " аnd",
    " pases",
    " weight -2",
    " \\q",
    " when",
    " 0.8",
    " минтут",
    " expect SQL",
    " 2026-02-30",
];

#[test]
fn no_syntax_diagnostic_is_left_untranslated() {
    let mut problems = Vec::new();
    for (name, text) in corpus() {
        problems.extend(untranslated(&text).into_iter().map(|p| format!("{name}: {p}")));
        let line_ends: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
        for (n, &end) in line_ends.iter().enumerate() {
            // Every line loses its last character; every fifth line gets a slip.
            let start = text[..end].char_indices().next_back().map_or(end, |(i, _)| i);
            problems.extend(untranslated(&format!("{}{}", &text[..start], &text[end..])));
            if n % 5 == 0 {
                for slip in SLIPS {
                    problems.extend(untranslated(&format!("{}{slip}{}", &text[..end], &text[end..])));
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "syntax diagnostics not in the message files:\n{}", problems.join("\n"));
}

fn russian(name: &str, text: &str) -> String {
    let parsed = leadrules::syntax::parse(text);
    assert!(!parsed.diagnostics.is_empty(), "{name}: no syntax diagnostic");
    let sources = SourceMap::single(SourceFile::new(name, text));
    leadrules::render::to_text(&parsed.diagnostics, &sources, false, Lang::Ru)
}

#[test]
fn syntax_diagnostics_of_the_corpus_read_in_russian() {
    for name in [
        "acme_numbers_as_typed",
        "look_alike_letter_in_keyword",
        "negative_weight",
        "russian_unit_typo",
        "syntax_missing_reason",
        "syntax_unclosed_brace",
        "syntax_unknown_type",
        "trailing_comma_one_of",
        "expect_without_kind",
        "bad_date",
    ] {
        let path = format!("tests/ui/{name}.rules");
        let text = std::fs::read_to_string(Path::new(&path)).expect("a corpus file");
        insta::assert_snapshot!(format!("ru_{name}"), russian(&path, &text));
    }
}

#[test]
fn syntax_diagnostics_of_small_slips_read_in_russian() {
    let cases = [
        ("stray_text", "fields {\n  employees : number\n}\nhello\n"),
        ("missing_comma", "profile ICP {\n  role in [ceo cto] weight 1\n}\n"),
        ("reserved_word", "fields {\n  from : text\n}\n"),
        ("expected_phrases", "deal {\n  budget\n}\n"),
        ("dangling_operator", "minimum {\n  require employees >= else \"too small\"\n}\n"),
        ("double_equals", "minimum {\n  reject industry == gambling else \"not served\"\n}\n"),
    ];
    for (name, text) in cases {
        insta::assert_snapshot!(format!("ru_{name}"), russian(&format!("{name}.rules"), text));
    }
}

fn russian_message(text: &str) -> String {
    let parsed = leadrules::syntax::parse(text);
    let d = parsed.diagnostics.first().expect("a syntax diagnostic");
    Lang::Ru.text(&d.message)
}

#[test]
fn counts_in_russian_messages_take_their_plural_forms() {
    let digits = |n: usize| format!("profile P {{\n  employees >= 1 weight {}\n}}\n", "9".repeat(n));
    assert_eq!(russian_message(&digits(31)), "это число из 31 цифры слишком большое: leadrules не сохранит его точно");
    assert_eq!(russian_message(&digits(32)), "это число из 32 цифр слишком большое: leadrules не сохранит его точно");
    assert_eq!(russian_message(&digits(400)), "это число из 400 цифр слишком большое: leadrules не сохранит его точно");
    let parsed = leadrules::syntax::parse(&digits(31));
    let help = parsed.diagnostics[0].help.as_ref().expect("a help");
    assert_eq!(Lang::Ru.text(help), "напишите число, у которого не больше 15 цифр до точки");
}

#[test]
fn a_look_alike_letter_is_named_in_russian_with_its_position() {
    let (message, label, help) = leadrules::syntax::look_alike_wording("sоurce", 'о', 2, "source");
    assert_eq!(Lang::Ru.text(&message), "2-я буква в `sоurce` — кириллическая `о`, похожая на латинскую `o`");
    assert_eq!(Lang::Ru.text(&label), "кириллическая `о` (U+043E)");
    assert_eq!(Lang::Ru.text(&help), "напишите латинскими буквами: `source`");
    assert_eq!(message.to_string(), "letter 2 of `sоurce` is the Cyrillic `о`, which looks like the Latin `o`");
}

/// The rendered diagnostics of `text` said in `lang`.
fn said(text: &str, lang: Lang) -> String {
    let parsed = leadrules::syntax::parse(text);
    let mut sources = SourceMap::default();
    sources.add("x.rules", text);
    leadrules::render::to_text(&parsed.diagnostics, &sources, false, lang)
}

#[test]
fn what_the_parser_expected_is_quoted_in_the_files_own_keywords() {
    // A class rule with no condition: the parser wanted `when` (`когда`) or `otherwise` (`иначе`).
    let russian = "поля {\n  a : число\n}\n\nклассы {\n  X a >= 1\n  Y иначе\n}\n";
    let english = "fields {\n  a : number\n}\n\nclassify {\n  X a >= 1\n  Y otherwise\n}\n";
    for lang in [Lang::Ru, Lang::En] {
        let text = said(russian, lang);
        assert!(text.contains("`когда`") && text.contains("`иначе`"), "{lang:?}:\n{text}");
        assert!(!text.contains("`when`") && !text.contains("`otherwise`"), "{lang:?}:\n{text}");
        let text = said(english, lang);
        assert!(text.contains("`when`") && text.contains("`otherwise`"), "{lang:?}:\n{text}");
    }
    // A range with no upper end, a gate with no reason, a field with no type: each in its words.
    let cases = [
        ("профиль P {\n  a между 1 5 вес 1\n}\n", "`и`"),
        ("поля {\n  a : число\n  b : нечто\n}\n", "`датавремя`"),
        ("поля {\n  a : число\n}\n\nминимум {\n  требуется a >= 1\n}\n", "`иначе \""),
    ];
    for (text, quoted) in cases {
        let shown = said(text, Lang::Ru);
        assert!(shown.contains(quoted), "{quoted} in:\n{shown}");
    }
}
