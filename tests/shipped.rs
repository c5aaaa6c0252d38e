//! Every shipped definition's verdicts over its sample leads, snapshot-tested: a change to a
//! shipped rule file shows up in review as changed verdict lines, lead by lead.

use std::process::Command;

/// (definition, its reference leads)
const SHIPPED: [(&str, &str); 4] = [
    ("rules/acme.rules", "rules/acme-leads.csv"),
    ("rules/acme-relaxed.rules", "rules/acme-leads.csv"),
    ("rules/crm-opportunities.rules", "tests/data/crm-opportunities-sample.csv"),
    ("rules/crm-opportunities-relaxed.rules", "tests/data/crm-opportunities-sample.csv"),
];

#[test]
fn every_shipped_definition_is_covered() {
    let mut definitions: Vec<String> = std::fs::read_dir("rules")
        .expect("rules/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rules"))
        .map(|p| p.display().to_string())
        .collect();
    definitions.sort();
    let mut covered: Vec<String> = SHIPPED.iter().map(|(rules, _)| rules.to_string()).collect();
    covered.sort();
    assert_eq!(definitions, covered, "add the new definition and its sample leads to SHIPPED");
}

#[test]
fn verdicts_of_every_shipped_definition() {
    for (rules, leads) in SHIPPED {
        let out = Command::new(env!("CARGO_BIN_EXE_leadrules"))
            .args(["snapshot", rules, leads])
            .output()
            .expect("the leadrules binary runs");
        assert_eq!(out.status.code(), Some(0), "{rules}: {}", String::from_utf8_lossy(&out.stderr));
        let name = rules.trim_start_matches("rules/").trim_end_matches(".rules").to_string();
        insta::assert_snapshot!(name, String::from_utf8_lossy(&out.stdout));
    }
}
