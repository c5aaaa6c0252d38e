//! `example` blocks (language.md section 11): the shipped rule files' examples pass, and a wrong
//! expectation is reported with what came out.

use crate::support::rules;
use leadrules::compile::load;
use leadrules::eval::examples::run_examples;
use leadrules::span::SourceFile;
use std::path::Path;

#[test]
fn every_shipped_rule_file_has_passing_examples() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("rules/ exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("rules") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("rule files are UTF-8");
        let loaded = load(SourceFile::new(path.display().to_string(), text));
        assert!(!loaded.diagnostics.iter().any(|d| d.is_error()), "{}: {:#?}", path.display(), loaded.diagnostics);
        let r = loaded.rules.expect("compiles");
        let results = run_examples(&r);
        assert!(!results.is_empty(), "{} has no example", path.display());
        for result in &results {
            assert!(result.passed(), "{}: example {:?} failed: {:?}", path.display(), result.example, result.failures);
        }
    }
    assert!(files > 0, "no rule files under rules/");
}

#[test]
fn a_wrong_expectation_is_reported() {
    let r = rules(
        "fields { x : yes/no }
profile P { x weight 1 }
score { +10 when x }
classify { a when x  b otherwise }
example \"wrong\" {
  lead { x: yes }
  expect class b, score 10, fit 100%, grade C
}
",
    );
    let results = run_examples(&r);
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].failures,
        vec![("class b".to_string(), "class a".to_string()), ("grade C".to_string(), "grade A".to_string()),]
    );
}
