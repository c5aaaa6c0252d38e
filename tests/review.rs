//! The CI recipe in `docs/review.md` works as written: on a company repository laid out as the
//! page says, the script passes, and a deliberate change to a rule makes it fail at the
//! snapshot step with a readable per-lead diff.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The ```sh block of docs/review.md that starts with a shebang: the CI script.
fn ci_script() -> String {
    let page = std::fs::read_to_string("docs/review.md").expect("docs/review.md exists");
    let start = page.find("```sh\n#!/usr/bin/env bash").expect("the CI script block") + "```sh\n".len();
    let end = page[start..].find("```").expect("the block ends") + start;
    page[start..end].to_string()
}

fn company_repo(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["rules", "reference", ".ci"] {
        std::fs::create_dir_all(dir.join(sub)).expect("dirs");
    }
    std::fs::copy("rules/acme.rules", dir.join("rules/definition.rules")).expect("copy rules");
    std::fs::copy("rules/acme-leads.csv", dir.join("reference/leads.csv")).expect("copy leads");
    std::fs::write(dir.join(".ci/leadrules.sh"), ci_script()).expect("script");
    dir
}

fn run(dir: &Path, program: &str, args: &[&str]) -> std::process::Output {
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_leadrules")).parent().expect("bin dir").to_path_buf();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    Command::new(program).args(args).current_dir(dir).env("PATH", path).env("NO_COLOR", "1").output().expect("runs")
}

#[test]
fn the_ci_recipe_passes_then_catches_a_changed_verdict() {
    let dir = company_repo("review-recipe");
    let snapshot = run(
        &dir,
        "leadrules",
        &["snapshot", "rules/definition.rules", "reference/leads.csv", "-o", "reference/verdicts.snapshot"],
    );
    assert_eq!(snapshot.status.code(), Some(0), "{}", String::from_utf8_lossy(&snapshot.stderr));

    let clean = run(&dir, "bash", &[".ci/leadrules.sh"]);
    let said = String::from_utf8_lossy(&clean.stdout).into_owned() + &String::from_utf8_lossy(&clean.stderr);
    assert_eq!(clean.status.code(), Some(0), "{said}");
    assert!(said.contains("all checks passed"), "{said}");

    let rules = dir.join("rules/definition.rules");
    let changed = std::fs::read_to_string(&rules)
        .expect("rules")
        .replace("SQL          when BANT passes or score >= 60", "SQL          when BANT passes or score >= 40");
    std::fs::write(&rules, changed).expect("write");
    let caught = run(&dir, "bash", &[".ci/leadrules.sh"]);
    let said = String::from_utf8_lossy(&caught.stdout).into_owned() + &String::from_utf8_lossy(&caught.stderr);
    assert_eq!(caught.status.code(), Some(1), "{said}");
    assert!(said.contains("== snapshot"), "{said}");
    assert!(said.contains("MQL → SQL"), "the per-lead diff names the move: {said}");
    assert!(!said.contains("all checks passed"));
}
