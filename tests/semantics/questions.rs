//! Discovery questions (language.md section 16): an unknown field that would change the class
//! is asked about, with the answers that change it; nothing else is asked.

use crate::classes::{CLASS_NAMES, render_small, small_cond};
use crate::support::*;
use leadrules::compile::load;
use leadrules::compile::program::RuleSet;
use leadrules::eval::evaluate;
use leadrules::eval::questions::{Question, questions};
use leadrules::span::SourceFile;
use leadrules::value::{Truth, Value};
use proptest::prelude::*;
use std::path::Path;

fn acme() -> RuleSet {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/acme.rules");
    let text = std::fs::read_to_string(&path).expect("rules/acme.rules is readable");
    let loaded = load(SourceFile::new("rules/acme.rules", text));
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    loaded.rules.expect("acme.rules compiles")
}

/// An ACME lead with everything known; tests blank out what they need.
fn acme_lead(r: &RuleSet) -> Vec<Value> {
    lead(
        r,
        &[
            ("id", text("L-1")),
            ("employees", num(200.0)),
            ("revenue", num(10_000_000.0)),
            ("industry", one_of(r, "industry", "it")),
            ("ad_spend", num(50_000.0)),
            ("role", one_of(r, "role", "manager")),
            ("decision_maker", yes_no(true)),
            ("budget", num(100_000.0)),
            ("timeline", days(120.0)),
            ("need", text("backup")),
            ("source", one_of(r, "source", "website")),
            ("created_at", time(2026, 12, 1, 9, 30)),
        ],
    )
}

#[test]
fn an_unknown_budget_that_would_make_the_lead_sql_is_asked_about() {
    let r = acme();
    let mut l = acme_lead(&r);
    l[slot(&r, "budget")] = Value::Unknown;
    let v = evaluate(&r, &l);
    // BANT: budget ?, authority ✓, need ✓, timeframe ✗: undecided; score 15: nurture.
    assert_eq!(v.frameworks[0].passes, Truth::Unknown);
    assert_eq!(v.scores[0].total, 15.0);
    assert_eq!(r.class_name(v.class_rule), "nurture");
    let qs = questions(&r, &l, &v);
    let budget = slot(&r, "budget");
    let q = qs
        .iter()
        .find(|q| matches!(q, Question::Single { slot, .. } if slot.index() == budget))
        .unwrap_or_else(|| panic!("no question about the budget: {qs:?}"));
    let line = q.describe(&r);
    assert!(line.contains("≥ 500 000") && line.contains("SQL"), "{line}");
    let Question::Single { answers, .. } = q else { unreachable!() };
    assert!(answers.iter().all(|a| a.class != "nurture"), "{answers:?}");
    // Answering the question as suggested does change the class.
    l[budget] = num(500_000.0);
    assert_eq!(r.class_name(evaluate(&r, &l).class_rule), "SQL");
    l[budget] = num(499_999.0);
    assert_eq!(r.class_name(evaluate(&r, &l).class_rule), "nurture");
}

#[test]
fn an_unknown_timeline_is_asked_about_in_days() {
    let r = acme();
    let mut l = acme_lead(&r);
    l[slot(&r, "budget")] = num(600_000.0);
    l[slot(&r, "decision_maker")] = yes_no(false);
    l[slot(&r, "timeline")] = Value::Unknown;
    let v = evaluate(&r, &l);
    assert_eq!(r.class_name(v.class_rule), "nurture");
    let timeline = slot(&r, "timeline");
    let lines: Vec<String> = questions(&r, &l, &v)
        .iter()
        .filter(|q| matches!(q, Question::Single { slot, .. } if slot.index() == timeline))
        .map(|q| q.describe(&r))
        .collect();
    assert_eq!(lines, ["timeline ≤ 90 days → SQL"]);
}

#[test]
fn a_fully_known_lead_gets_no_questions() {
    let r = acme();
    let l = acme_lead(&r);
    let v = evaluate(&r, &l);
    assert_eq!(r.class_name(v.class_rule), "nurture");
    assert_eq!(questions(&r, &l, &v), vec![]);
}

#[test]
fn a_lead_disqualified_by_a_known_gate_gets_no_questions() {
    let r = acme();
    for l in [
        lead(&r, &[("employees", num(5.0))]),
        lead(&r, &[("industry", one_of(&r, "industry", "gambling"))]),
        lead(&r, &[("employees", num(5.0)), ("decision_maker", yes_no(true)), ("need", text("backup"))]),
    ] {
        let v = evaluate(&r, &l);
        assert_eq!(r.class_name(v.class_rule), "disqualified");
        assert_eq!(questions(&r, &l, &v), vec![], "{l:?}");
    }
}

#[test]
fn unknowns_that_decide_only_together_are_asked_together() {
    let r = rules(
        "fields { x : yes/no  y : yes/no }
classify {
  SQL when x and y
  MQL otherwise
}
",
    );
    let l = lead(&r, &[]);
    let v = evaluate(&r, &l);
    assert_eq!(r.class_name(v.class_rule), "MQL");
    let qs = questions(&r, &l, &v);
    assert_eq!(
        qs,
        vec![Question::Together { slots: vec![field_slot(&r, "x"), field_slot(&r, "y")], class: "SQL".into() }]
    );
    let line = qs[0].describe(&r);
    assert!(line.contains('x') && line.contains('y') && line.contains("SQL"), "{line}");
    // Once one of them is known to be yes, the other alone decides.
    let l = lead(&r, &[("x", yes_no(true))]);
    let v = evaluate(&r, &l);
    let qs = questions(&r, &l, &v);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].describe(&r), "y = yes → SQL");
    // And once one is no, nothing is left to ask.
    let l = lead(&r, &[("x", yes_no(false))]);
    let v = evaluate(&r, &l);
    assert_eq!(questions(&r, &l, &v), vec![]);
}

proptest! {
    #![proptest_config(config(100))]

    /// Every single answer a question offers does lead to the class it names.
    #[test]
    fn yes_no_answers_lead_to_the_class_they_name(
        lines in proptest::collection::vec((small_cond(), 0..3usize), 1..=4),
        truths in proptest::collection::vec(truth(), 4),
    ) {
        let mut file = yes_no_fields(4);
        file.push_str("classify {\n");
        for (c, name) in &lines {
            file.push_str(&format!("  {} when {}\n", CLASS_NAMES[*name], render_small(c)));
        }
        file.push_str("  nurture otherwise\n}\n");
        let r = rules_allowing(&file, &["W401", "W403", "W404"]);
        let l = yes_no_lead(&r, &truths);
        let v = evaluate(&r, &l);
        let current = r.class_name(v.class_rule).to_string();
        for q in questions(&r, &l, &v) {
            if let Question::Single { slot, answers } = q {
                prop_assert!(!l[slot.index()].is_known());
                for a in answers {
                    prop_assert!(a.class != current);
                    let mut answered = l.clone();
                    answered[slot.index()] = yes_no(a.condition == leadrules::eval::questions::Reply::YesNo(true));
                    prop_assert_eq!(r.class_name(evaluate(&r, &answered).class_rule), a.class.as_str());
                }
            }
        }
    }
}
