//! `leadrules fmt`: every shipped rule file is in the canonical layout; formatting keeps the
//! meaning and every comment and is idempotent, also on randomly re-laid-out copies of the
//! shipped files (property test); a snapshot of a messy file; the command line.

mod common;
use common::{code, leadrules, scratch, stderr, stdout};

use leadrules::format::{comment_texts, format, same_meaning};
use leadrules::syntax::parse;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn rule_files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            rule_files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "rules") {
            out.push(path);
        }
    }
}

/// Every rule file under `rules/` and `tests/imports/` (recursively), the valid UI corpus file and
/// the growing-points files of `tests/data`.
fn shipped_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rule_files_under(Path::new("rules"), &mut files);
    rule_files_under(Path::new("tests/imports"), &mut files);
    files.push(PathBuf::from("tests/ui/valid.rules.ok"));
    // Growing score lines (`+1 per 60 seconds of ... capped at 20`), in both languages.
    files.push(PathBuf::from("tests/data/growth.rules"));
    files.push(PathBuf::from("tests/data/growth-ru.rules"));
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn name(path: &Path) -> String {
    path.display().to_string().replace('\\', "/")
}

#[test]
fn every_shipped_rule_file_is_in_the_canonical_layout() {
    let mut unformatted = Vec::new();
    for path in shipped_files() {
        let text = read(&path);
        match format(&text) {
            Ok(out) if out == text => {}
            Ok(_) => unformatted.push(name(&path)),
            Err(diagnostics) => panic!("{} does not format: {diagnostics:?}", path.display()),
        }
    }
    assert!(unformatted.is_empty(), "not in the canonical layout; run `leadrules fmt {}`", unformatted.join(" "));
}

fn sorted_comments(text: &str) -> Vec<String> {
    let mut comments: Vec<String> = comment_texts(&parse(text).file).into_iter().map(str::to_string).collect();
    comments.sort();
    comments
}

/// Formatting `text` gives a file that parses to the same AST as `original`, keeps every
/// comment, and does not change when formatted again.
fn assert_formats_faithfully(original: &str, text: &str) -> Result<(), TestCaseError> {
    let out = format(text).map_err(|d| TestCaseError::fail(format!("not formatted: {d:?}\n{text}")))?;
    let reparsed = parse(&out);
    prop_assert!(reparsed.diagnostics.is_empty(), "the output does not parse:\n{out}");
    prop_assert!(same_meaning(&parse(original).file, &reparsed.file), "the meaning changed:\n{text}\n---\n{out}");
    prop_assert_eq!(sorted_comments(original), sorted_comments(&out));
    let again = format(&out).map_err(|d| TestCaseError::fail(format!("output not formatted: {d:?}")))?;
    prop_assert_eq!(&again, &out, "not idempotent; input:\n{}", text);
    Ok(())
}

/// The shipped files' texts, read once.
fn corpus() -> &'static Vec<(String, String)> {
    static CORPUS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    CORPUS.get_or_init(|| shipped_files().iter().map(|p| (name(p), read(p))).collect())
}

/// Re-lays `text` out without changing its tokens: each whitespace run (outside strings and
/// comments) is kept, squeezed to one space (alignment removed), widened, or, inside braces,
/// broken onto a new indented line; line breaks may gain a blank line; punctuation may gain a
/// space. `choices` drive the decisions, one per place.
fn perturb(text: &str, choices: &[u8]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut next_choice = choices.iter().copied().cycle();
    let mut choose = || if choices.is_empty() { 0 } else { next_choice.next().unwrap_or(0) };
    let chars: Vec<char> = text.chars().collect();
    let (mut depth, mut i) = (0usize, 0usize);
    while i < chars.len() {
        let c = chars[i];
        match c {
            '"' => {
                out.push(c);
                i += 1;
                while i < chars.len() && chars[i] != '"' && chars[i] != '\n' {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        out.push(chars[i]);
                        i += 1;
                    }
                    out.push(chars[i]);
                    i += 1;
                }
                if i < chars.len() && chars[i] == '"' {
                    out.push('"');
                    i += 1;
                }
                if choose() == 7 {
                    out.push(' ');
                }
                continue;
            }
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    out.push(chars[i]);
                    i += 1;
                }
                continue;
            }
            ' ' | '\t' => {
                let start = i;
                while i < chars.len() && (chars[i] == ' ' || chars[i] == '\t') {
                    i += 1;
                }
                let before = if start > 0 { chars[start - 1] } else { '\n' };
                let after = chars.get(i).copied().unwrap_or('\n');
                let run: String = chars[start..i].iter().collect();
                // The space of a date-time (`2026-12-01 09:30`) is part of the literal.
                if before.is_ascii_digit() && after.is_ascii_digit() || before == '\n' || after == '\n' {
                    out.push_str(&run);
                    continue;
                }
                // The words of a Russian keyword of several words (`не проходит`) stay on one line,
                // as the words of an English keyword (`fails`) do.
                let last_word: String = out.chars().rev().take_while(|c| c.is_alphabetic()).collect();
                let last_word: String = last_word.chars().rev().collect();
                let next_word: String = chars[i..].iter().take_while(|c| c.is_alphabetic()).collect();
                let one_keyword = leadrules::syntax::keywords::KEYWORDS
                    .iter()
                    .any(|(_, ru)| ru.split(' ').collect::<Vec<_>>().windows(2).any(|w| w == [&last_word, &next_word]));
                match choose() {
                    1 | 2 => out.push(' '),
                    3 => out.push_str("     "),
                    4 if depth > 0 && !one_keyword => out.push_str("\n      "),
                    _ => out.push_str(&run),
                }
                continue;
            }
            '\n' => {
                if choose() == 5 {
                    out.push('\n');
                }
                out.push('\n');
            }
            '{' | '(' | '[' | ',' => {
                if c == '{' {
                    depth += 1;
                }
                out.push(c);
                if choose() == 6 && chars.get(i + 1).is_some_and(|n| !n.is_whitespace()) {
                    out.push(' ');
                }
            }
            '}' | ')' | ']' => {
                if c == '}' {
                    depth = depth.saturating_sub(1);
                }
                if choose() == 6 && out.chars().last().is_some_and(|p| !p.is_whitespace()) {
                    out.push(' ');
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

#[test]
fn every_shipped_file_formats_faithfully() {
    for (name, text) in corpus() {
        assert_formats_faithfully(text, text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_layout_of_a_shipped_file_formats_faithfully(
        file in 0usize..64,
        choices in prop::collection::vec(0u8..12, 1..400),
    ) {
        let corpus = corpus();
        let (_, original) = &corpus[file % corpus.len()];
        let messy = perturb(original, &choices);
        prop_assert!(parse(&messy).diagnostics.is_empty(), "the perturbation broke the file:\n{}", messy);
        assert_formats_faithfully(original, &messy)?;
    }
}

#[test]
fn the_perturbation_does_change_layouts() {
    let (_, original) = &corpus()[0];
    let messy = perturb(original, &[1, 4, 5, 6, 3, 7]);
    assert_ne!(&messy, original);
    assert!(parse(&messy).diagnostics.is_empty());
}

#[test]
fn a_messy_file_gets_the_canonical_layout() {
    let messy = read(Path::new("tests/fmt/messy.rules"));
    let out = format(&messy).expect("formats");
    insta::assert_snapshot!("messy", out);
    assert_eq!(format(&out).expect("formats again"), out);
    assert_eq!(sorted_comments(&messy), sorted_comments(&out));
}

// ---------------------------------------------------------------- the command line

#[test]
fn check_names_a_messy_file_and_fmt_rewrites_it() {
    let dir = scratch("fmt_messy");
    let messy = dir.join("messy.rules");
    std::fs::copy("tests/fmt/messy.rules", &messy).expect("copy");
    let path = messy.to_str().expect("utf-8 path");
    let before = read(&messy);

    let o = leadrules(&["fmt", "--check", path]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("would reformat: {path}\n"));
    assert_eq!(read(&messy), before, "--check changes nothing");

    let o = leadrules(&["fmt", "--stdout", path]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), format(&before).expect("formats"));
    assert_eq!(read(&messy), before, "--stdout changes nothing");

    let o = leadrules(&["fmt", path]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("formatted: {path}\n"));
    assert_eq!(read(&messy), format(&before).expect("formats"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir).expect("dir").filter_map(Result::ok).collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");

    let o = leadrules(&["fmt", "--check", path]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let o = leadrules(&["fmt", path]);
    assert_eq!((code(&o), stdout(&o)), (0, String::new()), "an unchanged file is not mentioned");
}

#[test]
fn check_passes_on_a_clean_file() {
    let o = leadrules(&["fmt", "--check", "tests/ui/valid.rules.ok", "rules/acme.rules"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert_eq!(stdout(&o), "");
}

#[test]
fn a_file_with_a_syntax_error_is_reported_and_left_alone() {
    let dir = scratch("fmt_broken");
    let broken = dir.join("broken.rules");
    let text = "fields {\n  budget : money\n}\n\nminimum {\n  require budget >= else \"no\"\n}\n";
    std::fs::write(&broken, text).expect("write");
    let path = broken.to_str().expect("utf-8 path");
    for args in [vec!["fmt", path], vec!["fmt", "--check", path]] {
        let o = leadrules(&args);
        assert_eq!(code(&o), 1, "{args:?}");
        assert!(stderr(&o).contains("[E001]"), "{}", stderr(&o));
        assert!(stderr(&o).contains(&format!("{path}: 1 error; not formatted")), "{}", stderr(&o));
        assert_eq!(read(&broken), text);
    }
}

#[test]
fn an_unreadable_file_exits_3() {
    let o = leadrules(&["fmt", "--check", "tests/fmt/no_such_file.rules", "tests/ui/valid.rules.ok"]);
    assert_eq!(code(&o), 3);
    assert!(stderr(&o).contains("cannot read the rule file tests/fmt/no_such_file.rules"), "{}", stderr(&o));
}
