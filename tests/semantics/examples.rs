//! `example` blocks (language.md section 11): the examples of the shipped rule files and of the
//! spec files (`tests/spec/*.rules`, the verdict-only cases) hold, and a wrong expectation is
//! reported with what came out.

use crate::support::rules;
use leadrules::compile::load;
use leadrules::eval::examples::run_examples;
use leadrules::span::SourceFile;
use std::path::Path;

/// What a folder of rule files may say besides its examples: the shipped definitions may carry
/// warnings, the spec files nothing at all.
#[derive(Clone, Copy, PartialEq)]
enum Allowed {
    Warnings,
    NoDiagnostic,
}

/// Runs the examples of every `*.rules` file of `dir` (in name order) as `leadrules test` does:
/// loaded by `compile::load`, run by `run_examples`. Returns how many files were read and one
/// line per problem, naming the file, the example's line and name, and what was expected and
/// what came out; a file that does not compile, says more than `allowed`, or has no example is
/// a problem too.
fn example_problems(dir: &Path, allowed: Allowed) -> (usize, Vec<String>) {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("rules"))
        .collect();
    paths.sort();
    let mut problems = Vec::new();
    for path in &paths {
        let name = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(path).display().to_string();
        let text = std::fs::read_to_string(path).expect("rule files are UTF-8");
        let loaded = load(SourceFile::new(name.clone(), text));
        let unexpected = |d: &&leadrules::diagnostic::Diagnostic| allowed == Allowed::NoDiagnostic || d.is_error();
        if loaded.diagnostics.iter().any(|d| unexpected(&d)) {
            problems.push(format!("{name}: {:#?}", loaded.diagnostics));
            continue;
        }
        let Some(r) = loaded.rules else {
            problems.push(format!("{name}: does not compile"));
            continue;
        };
        let results = run_examples(&r);
        if results.is_empty() {
            problems.push(format!("{name} has no example"));
        }
        for result in results.iter().filter(|result| !result.passed()) {
            let failures: Vec<String> =
                result.failures.iter().map(|(want, got)| format!("expected {want}, got {got}")).collect();
            let line = r.line(result.example.span);
            problems.push(format!(
                "{name}:{line}: example \"{}\" failed: {}",
                result.example.name,
                failures.join("; ")
            ));
        }
    }
    (paths.len(), problems)
}

#[test]
fn every_shipped_rule_file_has_passing_examples() {
    let (files, problems) = example_problems(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"), Allowed::Warnings);
    assert!(files > 0, "no rule files under rules/");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The cases that state only a verdict (a rule text, leads, the class, scores, fit, grade or a
/// framework's result expected) are data: each file of `tests/spec/` says at its top what it
/// pins, loads without a single diagnostic, and its `example` blocks are the expectations.
#[test]
fn every_spec_file_has_examples_and_they_hold() {
    let (files, problems) =
        example_problems(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec"), Allowed::NoDiagnostic);
    assert!(files > 0, "no rule files under tests/spec/");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
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
        results[0].failures.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>(),
        vec![("class b".to_string(), "class a".to_string()), ("grade C".to_string(), "grade A".to_string()),]
    );
}
