//! Machine-applicable fixes keep their promise: every safe fix in the corpus (`tests/ui/`),
//! applied as written, leaves a file that parses and no longer has the mistakes fixed; and a
//! corpus file that is the shipped ACME definition with one mistake (`acme_*.rules`) gives the
//! shipped sample leads exactly the verdicts of `rules/acme.rules` once fixed.
//!
//! Corpus files are found by listing the folder: a new file with fixes is tested without
//! editing this file. The originals are never written: fixing happens on copies in memory.

mod common;

use common::{code, leadrules, scratch, stdout};
use leadrules::compile::load;
use leadrules::diagnostic::Code;
use leadrules::fix::{Fixed, fix_until_settled};
use leadrules::span::SourceFile;
use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/ui")
        .expect("tests/ui exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rules"))
        .collect();
    files.sort();
    files
}

/// The corpus file fixed in memory, as `check --fix` would (the root is checked as changed).
fn fixed(path: &Path) -> Fixed {
    let name = path.display().to_string();
    let original = std::fs::read_to_string(path).expect("corpus files are UTF-8");
    fix_until_settled(
        |changed| {
            let text = changed.iter().find(|(n, _)| *n == name).map_or(original.clone(), |(_, t)| t.clone());
            let loaded = load(SourceFile::new(name.clone(), text));
            (loaded.diagnostics, loaded.sources)
        },
        |file| file == name,
    )
}

#[test]
fn every_safe_fix_in_the_corpus_leaves_a_file_that_parses_without_the_mistake_fixed() {
    let mut fixed_files = 0;
    let mut problems = Vec::new();
    for path in corpus() {
        let result = fixed(&path);
        if result.applied.is_empty() {
            continue;
        }
        fixed_files += 1;
        let name = path.display().to_string();
        let Some((_, _, after)) = result.files.iter().find(|(n, _, _)| *n == name) else {
            problems.push(format!("{name}: fixes were applied but the file did not change"));
            continue;
        };
        let parsed = leadrules::syntax::parse_at(after, 0);
        // A syntax error with no certain fix (only choices) rightly stays after fixing.
        if parsed.diagnostics.iter().any(|d| d.code == Code::Syntax) && !before_has_unfixable(&path, Code::Syntax) {
            problems.push(format!("{name}: does not parse after fixing:\n{after}"));
        }
        let fixed_codes: Vec<Code> = result.applied.iter().map(|a| a.code).collect();
        let left = load(SourceFile::new(name.clone(), after.clone()));
        for d in &left.diagnostics {
            if fixed_codes.contains(&d.code) && !before_has_unfixable(&path, d.code) {
                problems.push(format!("{name}: {} is still reported after its fix: {}", d.code.as_str(), d.message));
            }
        }
    }
    assert!(fixed_files > 0, "no corpus file has a safe fix");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// A file written in Russian keywords is fixed in Russian keywords: every safe fix of a
/// `russian_keywords_*` corpus file leaves a file that checks clean and holds no English keyword.
#[test]
fn the_fixes_of_a_russian_keyword_file_write_russian_keywords_and_leave_it_clean() {
    let english_keywords = |text: &str| -> Vec<String> {
        let words: Vec<&str> = text.split(|c: char| !(c.is_alphanumeric() || c == '_')).collect();
        let english = leadrules::syntax::keywords::KEYWORDS.iter().flat_map(|(en, _)| en.split([' ', '/']));
        let english: std::collections::HashSet<&str> = english.collect();
        words.iter().filter(|w| english.contains(*w)).map(|w| w.to_string()).collect()
    };
    let mut fixed_files = 0;
    for path in corpus() {
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if !file_name.starts_with("russian_keywords_") {
            continue;
        }
        let result = fixed(&path);
        let all_safe = !result.applied.is_empty() && result.left.iter().all(|d| d.fixes.is_empty());
        if !all_safe {
            continue;
        }
        fixed_files += 1;
        let before = std::fs::read_to_string(&path).expect("corpus files are UTF-8");
        let after = &result.files[0].2;
        assert!(
            result.left.iter().all(|d| !d.is_error()),
            "{file_name} still has problems after fixing:\n{}",
            leadrules::render::to_text(&result.left, &result.sources, false, leadrules::locale::Lang::En)
        );
        assert_eq!(
            english_keywords(after),
            english_keywords(&before),
            "{file_name}: the fixes wrote English keywords:\n{after}"
        );
    }
    assert!(fixed_files >= 4, "only {fixed_files} Russian-keyword corpus files have safe fixes");
}

/// Whether the original file also has a diagnostic of `code` with no safe fix (then one may
/// rightly be left after fixing the others).
fn before_has_unfixable(path: &Path, code: Code) -> bool {
    let text = std::fs::read_to_string(path).expect("corpus files are UTF-8");
    load(SourceFile::new(path.display().to_string(), text)).diagnostics.iter().any(|d| {
        d.code == code && !d.fixes.iter().any(|f| f.applicability == leadrules::diagnostic::Applicability::Safe)
    })
}

/// `qualify` of the shipped sample leads, as JSON Lines.
fn verdicts(rules: &Path) -> String {
    let out = leadrules(&["qualify", &rules.display().to_string(), "rules/acme-leads.csv", "--format", "jsonl"]);
    assert_eq!(code(&out), 0, "{} does not qualify the sample leads: {}", rules.display(), common::stderr(&out));
    stdout(&out)
}

#[test]
fn acme_variants_give_the_shipped_verdicts_once_fixed() {
    let expected = verdicts(Path::new("rules/acme.rules"));
    let dir = scratch("fixed_acme_variants");
    let mut variants = 0;
    for path in corpus() {
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if !file_name.starts_with("acme_") {
            continue;
        }
        variants += 1;
        let result = fixed(&path);
        assert!(!result.applied.is_empty(), "{file_name} is an ACME variant with no safe fix");
        assert!(
            result.left.is_empty(),
            "{file_name} still has problems after fixing:\n{}",
            leadrules::render::to_text(&result.left, &result.sources, false, leadrules::locale::Lang::En)
        );
        let copy = dir.join(file_name);
        std::fs::write(&copy, &result.files[0].2).expect("write the fixed copy");
        assert_eq!(verdicts(&copy), expected, "{file_name}, fixed, gives other verdicts than rules/acme.rules");
    }
    assert!(variants > 0, "no ACME variant (tests/ui/acme_*.rules) in the corpus");
}
