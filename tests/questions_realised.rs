//! Every discovery question can come true: for each question printed, some values of exactly
//! the fields it names give the class it states, and a "together" question names only fields
//! that matter (without any one of them, no values of the others give that class). Checked by
//! brute force over many values of each field (every constant the rules compare it with, the
//! values just beside it, and a few more), independently of the search's "kinds of values".

use leadrules::compile::load;
use leadrules::compile::program::{FieldSlot, Id, RuleSet, Val};
use leadrules::eval::evaluate;
use leadrules::eval::questions::{Question, questions};
use leadrules::schema::FieldKind;
use leadrules::span::SourceFile;
use leadrules::value::Value;
use proptest::prelude::*;

fn load_rules(name: &str, text: String) -> RuleSet {
    let loaded = load(SourceFile::new(name, text));
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}");
    loaded.rules.expect("compiles")
}

/// The shipped definitions, and each standard framework used by a small definition that
/// classifies by it.
fn definitions() -> Vec<RuleSet> {
    let mut all: Vec<RuleSet> = ["rules/acme.rules", "rules/acme-relaxed.rules", "rules/crm-opportunities.rules"]
        .iter()
        .map(|path| load_rules(path, std::fs::read_to_string(path).expect("shipped rules")))
        .collect();
    let mut std_files: Vec<_> =
        std::fs::read_dir("rules/std").expect("rules/std").flatten().map(|e| e.path()).collect();
    std_files.sort();
    for path in std_files {
        let text = std::fs::read_to_string(&path).expect("std rules");
        let file = path.file_name().and_then(|n| n.to_str()).expect("name");
        for framework in text.lines().filter_map(|l| l.trim().strip_prefix("framework ")) {
            let name = framework.split_whitespace().next().expect("framework name");
            let definition = format!(
                "definition \"T\"\nuse \"std/{file}\"\nclassify {{\n  SQL when {name} passes\n  \
                 MQL when {name}.met >= 2\n  nurture otherwise\n}}\n"
            );
            all.push(load_rules(&format!("{file}-{name}.rules"), definition));
        }
    }
    all
}

/// Values worth trying for a field: every constant the rules compare it with and the values
/// beside it, and a few ordinary and extreme values.
fn candidates(rules: &RuleSet, slot: FieldSlot) -> Vec<Value> {
    let kind = &rules.schema.fields[slot.index()].kind;
    match kind {
        FieldKind::YesNo => vec![Value::Bool(true), Value::Bool(false)],
        FieldKind::OneOf(values) => (0..values.len() as u32).map(Value::Enum).collect(),
        FieldKind::Text => {
            let mut texts: Vec<Value> =
                rules.probes[slot]
                    .iter()
                    .filter_map(|p| {
                        if let Val::TextConst(i) = p { Some(Value::Text(rules.texts[*i].clone())) } else { None }
                    })
                    .collect();
            texts.push(Value::Text("something else".into()));
            texts
        }
        _ => {
            let mut numbers: Vec<f64> = vec![0.0, -1.0, 1.0, 1e12];
            for p in &rules.probes[slot] {
                if let Val::Num(n) = p {
                    numbers.extend([*n, n - 1.0, n + 1.0, n * 0.5, n * 2.0]);
                } else if let Val::Time(t) = p {
                    numbers.extend([*t as f64, (*t - 86_400) as f64, (*t + 86_400) as f64]);
                }
            }
            numbers.sort_by(f64::total_cmp);
            numbers.dedup();
            let is_time = matches!(kind, FieldKind::Date(_) | FieldKind::DateTime(_));
            numbers.into_iter().map(|n| if is_time { Value::Time(n as i64) } else { Value::Number(n) }).collect()
        }
    }
}

/// Whether some values of `slots` (the others as in `lead`) give `class`; `None` when there are
/// too many combinations to try.
fn some_values_give(rules: &RuleSet, lead: &[Value], slots: &[FieldSlot], class: &str) -> Option<bool> {
    let options: Vec<Vec<Value>> = slots.iter().map(|&s| candidates(rules, s)).collect();
    let combinations: usize = options.iter().map(Vec::len).product();
    if combinations > 200_000 {
        return None;
    }
    let mut changed = lead.to_vec();
    for n in 0..combinations {
        let mut rest = n;
        for (k, &slot) in slots.iter().enumerate() {
            changed[slot.index()] = options[k][rest % options[k].len()].clone();
            rest /= options[k].len();
        }
        if rules.class_name(evaluate(rules, &changed).class_rule) == class {
            return Some(true);
        }
    }
    Some(false)
}

/// Checks every question of `lead`; returns how many "together" questions were checked.
fn check_questions(rules: &RuleSet, lead: &[Value]) -> Result<usize, TestCaseError> {
    let verdict = evaluate(rules, lead);
    let mut together = 0;
    for question in questions(rules, lead, &verdict) {
        let said = question.describe(rules);
        match question {
            Question::Single { slot, answers } => {
                for answer in answers {
                    prop_assert_ne!(
                        some_values_give(rules, lead, &[slot], &answer.class),
                        Some(false),
                        "{}: `{}` cannot come true for {:?}",
                        rules.file_name(),
                        said,
                        lead
                    );
                }
            }
            Question::Together { slots, class } => {
                prop_assert!(slots.len() >= 2, "{}: `{}` names one field", rules.file_name(), said);
                prop_assert_ne!(
                    some_values_give(rules, lead, &slots, &class),
                    Some(false),
                    "{}: `{}` cannot come true for {:?}",
                    rules.file_name(),
                    said,
                    lead
                );
                for dropped in 0..slots.len() {
                    let fewer: Vec<FieldSlot> = slots.iter().copied().filter(|&s| s != slots[dropped]).collect();
                    prop_assert_ne!(
                        some_values_give(rules, lead, &fewer, &class),
                        Some(true),
                        "{}: `{}` does not need `{}` for {:?}",
                        rules.file_name(),
                        said,
                        rules.schema.fields[slots[dropped].index()].name,
                        lead
                    );
                }
                together += 1;
            }
        }
    }
    Ok(together)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    /// Every question printed for a generated lead can come true, and names only fields that
    /// matter.
    #[test]
    fn every_question_can_come_true(picks in prop::collection::vec(0u32..1_000, 24)) {
        for rules in definitions() {
            let lead: Vec<Value> = (0..rules.schema.fields.len())
                .map(|slot| {
                    let pick = picks[slot % picks.len()] as usize;
                    let slot = FieldSlot::new(slot).expect("a field slot");
                    let options = candidates(&rules, slot);
                    // Most facts unknown, so that there is something to ask.
                    if pick % 5 < 3 { Value::Unknown } else { options[pick / 5 % options.len()].clone() }
                })
                .collect();
            check_questions(&rules, &lead)?;
        }
    }
}

/// The defect this guards against: yes gives SQL, no gives nurture, so no answer about
/// `decision_maker` alone can make the lead MQL, though the MQL line reads it.
#[test]
fn a_question_no_answer_can_make_true_is_not_asked() {
    let rules = load_rules(
        "t.rules",
        "definition \"T\"\n\
         fields {\n  employees : number\n  decision_maker : yes/no\n  budget : money\n}\n\
         classify {\n  SQL when decision_maker and employees >= 10\n  MQL when decision_maker\n  \
         MQL when budget >= 100 and employees >= 10 and not decision_maker\n  nurture otherwise\n}\n"
            .into(),
    );
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    lead[rules.schema.slot_of("employees").expect("employees")] = Value::Number(50.0);
    let verdict = evaluate(&rules, &lead);
    let asked: Vec<String> = questions(&rules, &lead, &verdict).iter().map(|q| q.describe(&rules)).collect();
    assert_eq!(asked, ["decision_maker = yes → SQL", "decision_maker, budget → could be MQL once known"]);
    check_questions(&rules, &lead).expect("every question can come true");
}

/// The shipped examples' leads (acme's L-0009 listed seven fields for SQL, four of which cannot
/// matter once the others are known).
#[test]
fn together_questions_name_only_fields_that_matter() {
    let rules = load_rules("rules/acme.rules", std::fs::read_to_string("rules/acme.rules").expect("acme"));
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    lead[rules.schema.slot_of("employees").expect("employees")] = Value::Number(200.0);
    let checked = check_questions(&rules, &lead).expect("every question can come true");
    assert!(checked > 0, "acme asks a together question for a lead with only its size known");
}
