//! The diagnostics corpus: every file in `tests/ui/` is a rule file broken on purpose, one kind
//! of mistake each. Its rendered diagnostics (no colour) are snapshot-tested in English and in
//! Russian, so a change in wording or span shows up in review, and no English word may be left in
//! the Russian ones.

mod common;

use leadrules::compile::load;
use leadrules::diagnostic::Code;
use leadrules::span::SourceFile;
use std::collections::HashSet;
use std::path::Path;

fn load_file(path: &Path) -> (SourceFile, leadrules::compile::Loaded) {
    let text = std::fs::read_to_string(path).expect("corpus files are UTF-8");
    let name = format!("tests/ui/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("?"));
    let source = SourceFile::new(name, text);
    let loaded = load(source.clone());
    (source, loaded)
}

#[test]
fn every_broken_file_renders_its_diagnostics() {
    insta::glob!("ui/*.rules", |path| {
        let (source, loaded) = load_file(path);
        assert!(!loaded.diagnostics.is_empty(), "{} is broken on purpose but nothing was reported", source.name);
        let rendered =
            leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, leadrules::locale::Lang::En);
        assert!(!rendered.contains('\u{1b}'), "snapshots must not contain colour codes");
        insta::assert_snapshot!(rendered);
        // The same diagnostics said in Russian, in one test with the English ones: insta's glob
        // counts the failures of every glob running at once.
        let russian =
            leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, leadrules::locale::Lang::Ru);
        insta::assert_snapshot!("in_russian", russian);
    });
}

#[test]
fn the_corpus_covers_every_diagnostic_code() {
    let mut seen: HashSet<&str> = HashSet::new();
    for entry in std::fs::read_dir("tests/ui").expect("tests/ui exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) == Some("rules") {
            seen.extend(load_file(&path).1.diagnostics.iter().map(|d| d.code.as_str()));
        }
    }
    let missing: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).filter(|c| !seen.contains(c)).collect();
    assert!(missing.is_empty(), "no corpus file shows these codes: {missing:?}");
}

#[test]
fn the_corpus_base_is_clean() {
    let (_, loaded) = load_file(Path::new("tests/ui/valid.rules.ok"));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert!(loaded.rules.is_some());
}

#[test]
fn several_mistakes_are_all_reported_in_one_run() {
    let (_, loaded) = load_file(Path::new("tests/ui/many_problems.rules"));
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code.as_str()).collect();
    for expected in ["E101", "E203", "E301", "E103"] {
        assert!(codes.contains(&expected), "{expected} missing from {codes:?}");
    }
}

#[test]
fn diagnostic_codes_are_documented() {
    let docs = std::fs::read_to_string("docs/diagnostics.md").expect("docs/diagnostics.md exists");
    for code in Code::ALL {
        assert!(docs.contains(code.as_str()), "{} is not documented in docs/diagnostics.md", code.as_str());
    }
}

#[test]
fn no_english_word_is_left_in_the_russian_corpus() {
    let mut found: Vec<String> = Vec::new();
    for entry in std::fs::read_dir("tests/ui").expect("tests/ui exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("rules") {
            continue;
        }
        let (source, loaded) = load_file(&path);
        let rendered =
            leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, leadrules::locale::Lang::Ru);
        let words = common::english_words(&rendered, &source.text);
        if !words.is_empty() {
            found.push(format!("{}: {}", source.name, words.join(" ")));
        }
    }
    assert!(found.is_empty(), "English left in Russian diagnostics:\n{}", found.join("\n"));
}

#[test]
fn every_snippet_header_names_where_its_labels_start() {
    let mut wrong: Vec<String> = Vec::new();
    for entry in std::fs::read_dir("tests/ui").expect("tests/ui exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("rules") {
            continue;
        }
        let (source, loaded) = load_file(&path);
        for lang in [leadrules::locale::Lang::En, leadrules::locale::Lang::Ru] {
            let rendered = leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, lang);
            let misplaced = common::headers::misplaced_headers(&rendered, &loaded.diagnostics, &loaded.sources);
            wrong.extend(misplaced.into_iter().map(|w| format!("{} ({lang:?}): {w}", source.name)));
        }
    }
    assert!(wrong.is_empty(), "misplaced snippet headers:\n{}", wrong.join("\n"));
}
