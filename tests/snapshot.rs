//! End-to-end tests of `leadrules snapshot`: writing the verdict snapshot of the shipped example,
//! `--check` against it (clean, after a rule change, with leads added and removed, against a
//! broken file) and `--accept`.

mod common;
use common::{code, leadrules, scratch, stderr, stdout};

use std::path::{Path, PathBuf};
use std::process::Output;

/// Text with the scratch directory written as `[scratch]`, so snapshots do not depend on where
/// the target directory is.
fn normalised(text: &str, dir: &Path) -> String {
    text.replace(&dir.display().to_string(), "[scratch]")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("the file exists")
}

/// Writes the snapshot of the shipped example into `dir` and returns its path.
fn reference_snapshot(dir: &Path) -> PathBuf {
    let file = dir.join("acme.snapshot");
    let out = leadrules(&["snapshot", "rules/acme.rules", "rules/acme-leads.csv", "-o", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    file
}

/// A copy of `rules/acme.rules` in `dir` with `from` replaced by `to`.
fn changed_rules(dir: &Path, from: &str, to: &str) -> PathBuf {
    let text = read(Path::new("rules/acme.rules"));
    assert!(text.contains(from), "acme.rules has `{from}`");
    let path = dir.join("acme.rules");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

fn check(rules: &Path, leads: &str, snapshot: &Path, accept: bool) -> Output {
    let mut args = vec!["snapshot", rules.to_str().unwrap(), leads, "--check", snapshot.to_str().unwrap()];
    if accept {
        args.push("--accept");
    }
    leadrules(&args)
}

#[test]
fn snapshot_of_the_shipped_example() {
    let dir = scratch("snapshot-write");
    let file = reference_snapshot(&dir);
    let text = read(&file);
    insta::assert_snapshot!("acme_snapshot", normalised(&text, &dir));
    assert_eq!(text.lines().filter(|l| !l.starts_with('#')).count(), 20, "one line per lead");

    // Without -o the same lines go to stdout; the summary goes to stderr.
    let out = leadrules(&["snapshot", "rules/acme.rules", "rules/acme-leads.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let body = |t: &str| t.lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(body(&stdout(&out)), body(&text));
    assert!(stdout(&out).contains("--check FILE --accept"));
    assert_eq!(stderr(&out), "20 leads: disqualified 2, SQL 8, MQL 3, nurture 7; no errors\n");
}

#[test]
fn check_against_the_same_rules_is_clean() {
    let dir = scratch("snapshot-clean");
    let file = reference_snapshot(&dir);
    let out = check(Path::new("rules/acme.rules"), "rules/acme-leads.csv", &file, false);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    assert_eq!(normalised(&stdout(&out), &dir), "no verdict changed: 20 leads, as in [scratch]/acme.snapshot\n");
}

#[test]
fn a_changed_rule_shows_per_lead_and_accept_rewrites() {
    let dir = scratch("snapshot-changed");
    let file = reference_snapshot(&dir);
    let before = read(&file);
    let rules = changed_rules(
        &dir,
        "SQL          when BANT passes or score >= 60",
        "SQL          when BANT passes or score >= 40",
    );

    let out = check(&rules, "rules/acme-leads.csv", &file, false);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    insta::assert_snapshot!("acme_check_changed", normalised(&stdout(&out), &dir));
    assert!(
        stdout(&out)
            .contains("L-0010: MQL → SQL, because now decided by `SQL when BANT passes or score >= 40` (line 72)")
    );
    assert!(stderr(&out).contains("run again with --accept"));
    assert_eq!(read(&file), before, "--check alone leaves the file alone");

    let accepted = check(&rules, "rules/acme-leads.csv", &file, true);
    assert_eq!(code(&accepted), 0, "{}", stderr(&accepted));
    assert_eq!(stdout(&accepted), stdout(&out), "--accept prints the same changes");
    assert!(stderr(&accepted).contains("now has the new verdicts"));
    let after = read(&file);
    assert_ne!(after, before);
    assert!(after.contains("L-0010  SQL"));
    assert!(after.contains(&format!("--check {} --accept", file.display())), "the header says how to regenerate");

    let again = check(&rules, "rules/acme-leads.csv", &file, false);
    assert_eq!(code(&again), 0, "{}{}", stdout(&again), stderr(&again));
    assert!(stdout(&again).starts_with("no verdict changed: 20 leads"));
}

/// Rewording a rule moves no verdict: `--check` says which rules changed their text, that no
/// verdict moved, and passes (exit 0) instead of reporting the leads as changed.
#[test]
fn a_reworded_rule_that_moves_no_verdict_passes() {
    let dir = scratch("snapshot-reworded");
    let file = reference_snapshot(&dir);
    let rules = changed_rules(
        &dir,
        "SQL          when BANT passes or score >= 60",
        "SQL          when score >= 60 or BANT passes",
    );
    let out = check(&rules, "rules/acme-leads.csv", &file, false);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    assert_eq!(
        stdout(&out),
        "deciding rule changed (line 72): `SQL when BANT passes or score >= 60` → `SQL when score >= 60 or BANT passes`; \
         for 8 leads only this changed: L-0001, L-0006, L-0008, L-0012, L-0015, L-0017, L-0019, L-0020\n\
         8 leads decided by rules whose text changed; no verdict moved (20 leads)\n\
         (the file's rule text is out of date; --accept rewrites it)\n"
    );
    assert!(!stdout(&out).contains("leads changed"), "no lead is reported as changed");
    assert_eq!(stderr(&out), "", "nothing to review");

    let accepted = check(&rules, "rules/acme-leads.csv", &file, true);
    assert_eq!(code(&accepted), 0, "{}", stderr(&accepted));
    assert!(read(&file).contains("SQL when score >= 60 or BANT passes"));
    let again = check(&rules, "rules/acme-leads.csv", &file, false);
    assert!(stdout(&again).starts_with("no verdict changed: 20 leads"), "{}", stdout(&again));
}

#[test]
fn a_changed_score_shows_old_and_new_values() {
    let dir = scratch("snapshot-score");
    let file = reference_snapshot(&dir);
    let rules = changed_rules(&dir, "+10 when source = referral", "+30 when source = referral");
    let out = check(&rules, "rules/acme-leads.csv", &file, false);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = stdout(&out);
    // L-0001 (a referral) was SQL with 80 and stays SQL: only its score moves.
    assert!(report.contains("L-0001: SQL, score 80 → 100\n"), "{report}");
    assert!(report.contains("same class but another score, fit or temperature"), "{report}");
}

#[test]
fn moving_rules_around_changes_no_verdict() {
    let dir = scratch("snapshot-moved");
    let file = reference_snapshot(&dir);
    let rules = changed_rules(&dir, "classify {", "# the committee's classes, first match wins\n\nclassify {");
    let out = check(&rules, "rules/acme-leads.csv", &file, false);
    assert_eq!(code(&out), 0, "line numbers are not compared: {}", stdout(&out));
    assert!(stdout(&out).contains("its line numbers or header are out of date; --accept rewrites them"));

    let accepted = check(&rules, "rules/acme-leads.csv", &file, true);
    assert_eq!(code(&accepted), 0);
    assert!(read(&file).contains("by line 74: SQL when BANT passes or score >= 60"), "{}", read(&file));
}

#[test]
fn leads_added_and_removed_are_reported() {
    let dir = scratch("snapshot-leads");
    let file = reference_snapshot(&dir);
    // The new export lacks L-0003 and has a new lead L-0021 (a copy of L-0001).
    let csv = read(Path::new("rules/acme-leads.csv"));
    let mut lines: Vec<String> = csv.lines().filter(|l| !l.starts_with("L-0003,")).map(str::to_string).collect();
    let first = lines.iter().find(|l| l.starts_with("L-0001,")).unwrap().replacen("L-0001", "L-0021", 1);
    lines.push(first);
    let leads = dir.join("leads.csv");
    std::fs::write(&leads, lines.join("\n") + "\n").unwrap();

    let out = check(Path::new("rules/acme.rules"), leads.to_str().unwrap(), &file, false);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "- L-0003: gone (was disqualified)\n\
         + L-0021: new, SQL, score 80, fit 100%, grade A, temperature hot, decided by \
         `SQL when BANT passes or score >= 60` (line 72)\n\
         2 of 21 leads changed: disqualified → gone 1, new → SQL 1\n\
         classes: disqualified 2 → 1, SQL 8 → 9, MQL 3, nurture 7\n"
    );
}

#[test]
fn a_broken_or_missing_snapshot_is_exit_3_naming_the_line() {
    let dir = scratch("snapshot-broken");
    let file = reference_snapshot(&dir);
    let text = read(&file);
    let broken: Vec<String> = text
        .lines()
        .map(|l| if l.starts_with("L-0005") { "L-0005  nurture  score".to_string() } else { l.to_string() })
        .collect();
    std::fs::write(&file, broken.join("\n") + "\n").unwrap();
    let out = check(Path::new("rules/acme.rules"), "rules/acme-leads.csv", &file, false);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(
        normalised(&stderr(&out), &dir).starts_with(
            "error: [scratch]/acme.snapshot line 7: the line ends where the value of `score` should be; fix that line"
        ),
        "{}",
        stderr(&out)
    );
    // --accept does not write over a file it cannot read.
    let accepted = check(Path::new("rules/acme.rules"), "rules/acme-leads.csv", &file, true);
    assert_eq!(code(&accepted), 3);
    assert!(read(&file).contains("L-0005  nurture  score\n"));

    let missing = check(Path::new("rules/acme.rules"), "rules/acme-leads.csv", &dir.join("none.snapshot"), false);
    assert_eq!(code(&missing), 3);
    assert!(
        normalised(&stderr(&missing), &dir).contains(
            "cannot read the snapshot [scratch]/none.snapshot: no such file or folder; write one first with \
             `leadrules snapshot rules/acme.rules rules/acme-leads.csv -o [scratch]/none.snapshot`"
        ),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn unreadable_leads_are_part_of_the_snapshot() {
    let dir = scratch("snapshot-messy");
    let file = dir.join("messy.snapshot");
    let messy = "tests/data/messy-export-bom.csv";
    let out = leadrules(&["snapshot", "rules/acme.rules", messy, "-o", file.to_str().unwrap()]);
    assert_eq!(code(&out), 4, "as with qualify, some leads could not be read: {}", stderr(&out));
    let text = read(&file);
    assert!(
        text.contains("R-7   error         line 8, column \"Создан\": \"31.02.2026 12:00\" is not a real date"),
        "{text}"
    );
    let again = check(Path::new("rules/acme.rules"), messy, &file, false);
    assert_eq!(code(&again), 0, "error rows compare like verdicts: {}", stdout(&again));
}

#[test]
fn usage_errors() {
    let accept_alone = leadrules(&["snapshot", "rules/acme.rules", "rules/acme-leads.csv", "--accept"]);
    assert_eq!(code(&accept_alone), 2);
    assert!(stderr(&accept_alone).contains("--check"), "{}", stderr(&accept_alone));
    let both = leadrules(&["snapshot", "rules/acme.rules", "rules/acme-leads.csv", "-o", "x", "--check", "y"]);
    assert_eq!(code(&both), 2);
}

/// A report's totals row is no reference lead: the snapshot has the same lines as without it,
/// a warning names its line, and the summary counts it apart.
#[test]
fn a_totals_row_is_no_reference_lead() {
    let dir = scratch("snapshot-totals");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    let report = dir.join("report.csv");
    std::fs::write(&report, format!("{leads}Итого,,1 255 000 000,,,,,12 500 000,,,,\n")).expect("write");
    let plain = leadrules(&["snapshot", "rules/acme.rules", "rules/acme-leads.csv"]);
    let out = leadrules(&["snapshot", "rules/acme.rules", report.to_str().unwrap_or_default()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let body = |t: &str| t.lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(body(&stdout(&out)), body(&stdout(&plain)));
    assert!(stderr(&out).contains("line 22 is a totals row (\"Итого\"), not a lead"), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .ends_with("20 leads: disqualified 2, SQL 8, MQL 3, nurture 7; no errors; 1 totals row not judged\n"),
        "{}",
        stderr(&out)
    );
}
