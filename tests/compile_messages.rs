//! What reading and compiling a definition says, in both languages: every mistake in a `use`
//! line (a circle, a missing or special file, a path out of the folder, wrong `with` settings)
//! snapshot-tested in Russian beside the English snapshots of `tests/imports.rs`; and no text of
//! the loader, the compiler, the schema or the formatter is left outside the message files
//! (an `untranslated` message), neither in what they report nor in their code.

mod common;

use common::scratch;
use leadrules::compile::load;
use leadrules::diagnostic::Diagnostic;
use leadrules::locale::Lang;
use leadrules::message::{Arg, Message};
use leadrules::span::SourceFile;
use std::path::Path;

fn load_path(path: &str) -> leadrules::compile::Loaded {
    let text = std::fs::read_to_string(path).expect("test file exists");
    load(SourceFile::new(path, text))
}

fn rendered(loaded: &leadrules::compile::Loaded, lang: Lang) -> String {
    leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, lang)
}

/// Every text of a message that is still English in the code (`untranslated`), nested ones too.
fn untranslated(message: &Message, out: &mut Vec<String>) {
    if message.id() == "untranslated" {
        out.push(message.to_string());
    }
    for (_, arg) in message.args() {
        untranslated_arg(arg, out);
    }
}

fn untranslated_arg(arg: &Arg, out: &mut Vec<String>) {
    match arg {
        Arg::Message(m) => untranslated(m, out),
        Arg::List(items, _) => items.iter().for_each(|a| untranslated_arg(a, out)),
        Arg::Verbatim(_) | Arg::Code(_) | Arg::Number(_) => {}
    }
}

/// Every message of a diagnostic: its message, labels, help, notes and fixes.
fn messages_of(d: &Diagnostic) -> Vec<&Message> {
    let mut all = vec![&d.message];
    all.extend(d.labels.iter().map(|l| &l.message));
    all.extend(d.help.iter());
    all.extend(d.notes.iter());
    all.extend(d.fixes.iter().map(|f| &f.message));
    all
}

fn assert_translated(diagnostics: &[Diagnostic]) {
    let mut left = Vec::new();
    for d in diagnostics {
        for m in messages_of(d) {
            untranslated(m, &mut left);
        }
    }
    assert!(left.is_empty(), "texts not in the message files: {left:#?}");
}

const USE_MISTAKES: [(&str, &str); 4] = [
    ("cycle", "tests/imports/cycle_a.rules"),
    ("missing_file", "tests/imports/missing_file.rules"),
    ("outside_the_folder", "tests/imports/outside.rules"),
    ("bad_settings", "tests/imports/bad_settings.rules"),
];

#[test]
fn use_mistakes_are_reported_in_russian() {
    for (name, path) in USE_MISTAKES {
        let loaded = load_path(path);
        assert_translated(&loaded.diagnostics);
        insta::assert_snapshot!(format!("{name}_ru"), rendered(&loaded, Lang::Ru));
    }
}

/// A definition in a fresh folder whose `use` lines meet every special file: an absolute path,
/// a folder, a huge file, another encoding, a link out of the folder, a file used twice with
/// settings.
fn special_uses() -> (std::path::PathBuf, leadrules::compile::Loaded) {
    let dir = scratch("compile-messages-special-uses");
    let outside = scratch("compile-messages-special-uses-outside");
    std::fs::write(outside.join("secret.rules"), "fields {\n  x : number\n}\n").expect("write");
    std::os::unix::fs::symlink(outside.join("secret.rules"), dir.join("link.rules")).expect("file link");
    std::fs::create_dir_all(dir.join("folder.rules")).expect("mkdir");
    let huge = std::fs::File::create(dir.join("huge.rules")).expect("create");
    huge.set_len(17 * 1024 * 1024).expect("sparse 17 MiB");
    std::fs::write(dir.join("cp1251.rules"), b"fields {\n  # \xce\xf2\xf0\xe0\xf1\xeb\xfc\n}\n").expect("write");
    std::fs::write(dir.join("latin1.rules"), b"# caf\xe9 \xe9t\xe9 \x80\x81\n").expect("write");
    let rules = dir.join("company.rules");
    let text = "use \"/etc/leadrules.rules\"\n\
                use \"folder.rules\"\n\
                use \"huge.rules\"\n\
                use \"cp1251.rules\"\n\
                use \"latin1.rules\"\n\
                use \"link.rules\"\n\
                use \"std/bant.rules\"\n\
                use \"std/bant.rules\" with bant_min_budget = 1\n";
    std::fs::write(&rules, text).expect("write");
    let path = rules.to_str().expect("utf-8 path").to_string();
    (dir, load(SourceFile::new(path, text.to_string())))
}

#[test]
fn special_files_in_use_lines_are_reported_in_both_languages() {
    let (dir, loaded) = special_uses();
    assert_translated(&loaded.diagnostics);
    let shown = |lang| rendered(&loaded, lang).replace(dir.to_str().expect("utf-8 path"), "<dir>");
    let english = shown(Lang::En);
    for expected in [
        "a `use` path must be relative",
        "cannot use `folder.rules`: it is not a file (a folder, a device or a pipe)",
        "cannot use `huge.rules`: it is larger than 16 MiB",
        "`cp1251.rules`, line 2, column 5: the rule file is not UTF-8 text (it looks like Windows-1251)",
        "`latin1.rules`, line 1, column 6: the rule file is not UTF-8 text; save it as UTF-8",
        "`link.rules` leads outside the definition's folder through a link",
        "`std/bant.rules` is used twice; its settings can be given once",
    ] {
        assert!(english.contains(expected), "{expected:?} missing from:\n{english}");
    }
    insta::assert_snapshot!("special_uses_ru", shown(Lang::Ru));
}

#[test]
fn an_unknown_setting_without_a_near_name_lists_the_parameters_in_russian() {
    let dir = scratch("compile-messages-settings");
    std::fs::write(dir.join("plain.rules"), "fields {\n  x : number\n}\n").expect("write");
    std::fs::write(dir.join("params.rules"), "parameters {\n  low = 1\n  high = 2\n}\n").expect("write");
    let rules = dir.join("company.rules");
    let text = "use \"plain.rules\" with low = 3\nuse \"params.rules\" with nothing_like_it = 3\n";
    std::fs::write(&rules, text).expect("write");
    let loaded = load(SourceFile::new(rules.to_str().expect("utf-8 path"), text.to_string()));
    assert_translated(&loaded.diagnostics);
    let helps: Vec<String> =
        loaded.diagnostics.iter().filter_map(|d| d.help.as_ref()).map(|h| Lang::Ru.text(h)).collect();
    assert_eq!(
        helps,
        [
            "в подключённом файле нет блока `parameters`, который можно настроить",
            "параметры подключённого файла: low, high"
        ]
    );
}

#[test]
fn a_standard_file_misspelt_offers_the_right_one_in_russian() {
    let loaded = load_path("tests/imports/missing_file.rules");
    let fixes: Vec<String> =
        loaded.diagnostics.iter().flat_map(|d| &d.fixes).map(|f| Lang::Ru.text(&f.message)).collect();
    assert_eq!(fixes, ["подключить \"std/bant.rules\""]);
}

/// The files whose texts this test keeps in the message files.
const AREA: [&str; 5] = ["src/compile", "src/schema.rs", "src/format", "src/fix.rs", "src/diagnostic.rs"];

/// The text of the call's arguments after `opener` (which ends with its `(`), up to the
/// matching `)`.
fn arguments(code: &str) -> &str {
    let mut depth = 1;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in code.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' | '[' | '{' if !in_string => depth += 1,
            ')' | ']' | '}' if !in_string => {
                depth -= 1;
                if depth == 0 {
                    return &code[..i];
                }
            }
            _ => {}
        }
    }
    code
}

/// The top-level arguments of a call, split at its commas.
fn split_arguments(arguments: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start, mut in_string, mut escaped) = (Vec::new(), 0, 0, false, false);
    for (i, c) in arguments.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' | '[' | '{' if !in_string => depth += 1,
            ')' | ']' | '}' if !in_string => depth -= 1,
            ',' if !in_string && depth == 0 => {
                parts.push(arguments[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(arguments[start..].trim());
    parts
}

/// Whether an argument that a person reads is written as English in the code: a string literal
/// or a `format!` rather than a `msg!` (or a value that is one).
fn written_in_english(argument: &str) -> bool {
    !argument.starts_with("msg!(") && (argument.starts_with('"') || argument.starts_with("format!("))
}

/// The calls in `code` (outside its inline test module) whose text for a person is written in
/// the code: (call, which of its arguments a person reads).
fn english_texts(code: &str) -> Vec<String> {
    let calls: [(&str, &[usize]); 6] = [
        ("Diagnostic::new(", &[1, 3]),
        (".with_help(", &[0]),
        (".with_note(", &[0]),
        (".with_label(", &[1]),
        ("Fix::replace(", &[2]),
        ("Message::untranslated(", &[0]),
    ];
    let code = code.split("#[cfg(test)]\nmod tests {").next().unwrap_or_default();
    let mut written = Vec::new();
    for (call, read) in calls {
        for piece in code.split(call).skip(1) {
            let parts = split_arguments(arguments(piece));
            let english = call == "Message::untranslated("
                || read.iter().filter_map(|&i| parts.get(i)).any(|a| written_in_english(a));
            if english {
                written.push(format!("{call}{})", parts.join(", ")));
            }
        }
    }
    written
}

#[test]
fn no_text_of_the_compiler_schema_or_formatter_is_written_in_the_code() {
    let mut files = Vec::new();
    for path in AREA {
        files.extend(common::rust_files(Path::new(path)));
    }
    let mut written = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("tests.rs")) {
        let code = std::fs::read_to_string(file).expect("read a source file");
        written.extend(english_texts(&code).into_iter().map(|call| format!("{}: {call}", file.display())));
    }
    assert!(written.is_empty(), "texts written in the code, not in locales/*.ftl:\n{}", written.join("\n"));
}

#[test]
fn the_source_scan_finds_a_text_written_in_the_code() {
    let parts = split_arguments(arguments("Code::Cycle, format!(\"`{}` uses, itself\", x), span, \"label\")"));
    assert_eq!(parts.len(), 4);
    assert!(written_in_english(parts[1]) && written_in_english(parts[3]));
    let parts = split_arguments(arguments("Code::Cycle, msg!(\"compile-use-cycle\", path = p), span, msg!(\"x\"))"));
    assert!(!written_in_english(parts[1]) && !written_in_english(parts[3]));
    let code = "#[cfg(test)]\nmod tests;\nfn f() -> Diagnostic {\n    Diagnostic::new(Code::Syntax, msg!(\"a\"), at, \
                msg!(\"b\"))\n        .with_label(at, \"here\")\n        .with_help(\"please report\")\n}\n\
                #[cfg(test)]\nmod tests {\n    fn t() { x.with_help(\"in a test\"); }\n}\n";
    assert_eq!(english_texts(code), [".with_help(\"please report\")", ".with_label(at, \"here\")"]);
}

#[test]
fn where_a_rule_is_is_said_in_both_languages() {
    let loaded = load_path("tests/imports/company.rules");
    let rules = loaded.rules.expect("the example compiles");
    let bant = rules.frameworks.iter().find(|f| f.name == "BANT").expect("BANT is used");
    let line = rules.line(bant.span);
    assert_eq!(rules.location(bant.span), format!("std/bant.rules line {line}"));
    assert_eq!(Lang::Ru.text(&rules.location_message(bant.span)), format!("std/bant.rules, строка {line}"));
    let first_class = rules.classes.iter().next().expect("a class rule");
    assert_eq!(rules.location(first_class.span), "line 14");
    assert_eq!(Lang::Ru.text(&rules.location_message(first_class.span)), "строка 14");
}
