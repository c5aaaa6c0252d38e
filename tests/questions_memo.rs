//! Discovery questions remembered per signature are exactly the questions computed afresh.

use leadrules::compile::{RuleSet, load};
use leadrules::eval::evaluate;
use leadrules::eval::questions::{Questioner, describe_all, questions};
use leadrules::span::SourceFile;
use leadrules::value::Value;
use proptest::prelude::*;

fn acme() -> RuleSet {
    let text = std::fs::read_to_string("rules/acme.rules").expect("acme");
    load(SourceFile::new("rules/acme.rules", text)).rules.expect("compiles")
}

/// A value for each field of acme.rules, near its thresholds, or unknown.
fn lead_strategy(rules: &RuleSet) -> impl Strategy<Value = Vec<Value>> {
    use leadrules::schema::FieldKind;
    let parts: Vec<BoxedStrategy<Value>> = rules
        .schema
        .fields
        .iter()
        .map(|f| {
            let known: BoxedStrategy<Value> = match &f.kind {
                FieldKind::Number | FieldKind::Money => prop::sample::select(vec![
                    0.0,
                    9.0,
                    10.0,
                    11.0,
                    49.0,
                    50.0,
                    200.0,
                    300.0,
                    250_000.0,
                    5_000.0,
                    5_001.0,
                    99_999.0,
                    100_000.0,
                    499_999.0,
                    500_000.0,
                    1_000_000.0,
                    60_000_000.0,
                ])
                .prop_map(Value::Number)
                .boxed(),
                FieldKind::Duration(_) => prop::sample::select(vec![
                    10.0, 29.0, 30.0, 31.0, 89.0, 90.0, 91.0, 364.0, 365.0, 400.0, 730.0, 1_200.0,
                ])
                .prop_map(|days| Value::Number(days * 86_400.0))
                .boxed(),
                FieldKind::YesNo => any::<bool>().prop_map(Value::Bool).boxed(),
                FieldKind::OneOf(values) => (0..values.len() as u32).prop_map(Value::Enum).boxed(),
                FieldKind::Text => {
                    prop::sample::select(vec!["backup", "Backup", "dr"]).prop_map(|t| Value::Text(t.into())).boxed()
                }
                FieldKind::DateTime(_) | FieldKind::Date(_) => (0i64..2_000_000_000).prop_map(Value::Time).boxed(),
                FieldKind::Percent => (0.0f64..1.0).prop_map(Value::Number).boxed(),
            };
            prop_oneof![1 => Just(Value::Unknown), 2 => known].boxed()
        })
        .collect();
    parts
}

#[test]
fn acme_has_a_signature() {
    assert!(acme().signature.is_some(), "acme.rules compares every class field with constants only");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// With room for only a few signatures, the memory keeps changing generations; what it
    /// answers is still what a fresh search gives.
    #[test]
    fn a_small_memory_still_answers_like_a_fresh_search(leads in prop::collection::vec(lead_strategy(&acme()), 1..60)) {
        let rules = acme();
        let mut questioner = Questioner::remembering(&rules, 4);
        for lead in leads.iter().chain(leads.iter().rev()) {
            let verdict = evaluate(&rules, lead);
            let fresh = describe_all(&rules, &questions(&rules, lead, &verdict));
            prop_assert_eq!(questioner.ask(lead, &verdict), fresh.as_str());
        }
    }

    #[test]
    fn remembered_questions_equal_fresh_ones(leads in prop::collection::vec(lead_strategy(&acme()), 1..40)) {
        let rules = acme();
        let mut questioner = Questioner::new(&rules);
        for lead in &leads {
            let verdict = evaluate(&rules, lead);
            let fresh = describe_all(&rules, &questions(&rules, lead, &verdict));
            let remembered = questioner.ask(lead, &verdict).to_string();
            prop_assert_eq!(remembered, fresh);
        }
    }
}

/// Every shipped definition whose class rules only compare fields with constants has a
/// signature plan: its codes fit the 128-bit signature.
#[test]
fn shipped_definitions_have_signatures() {
    for path in [
        "rules/acme.rules",
        "rules/acme-relaxed.rules",
        "rules/crm-opportunities.rules",
        "rules/crm-opportunities-relaxed.rules",
    ] {
        let text = std::fs::read_to_string(path).expect("shipped rules");
        let rules = load(SourceFile::new(path, text)).rules.expect("compiles");
        assert!(rules.signature.is_some(), "{path} has no signature plan");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// Two leads share a signature exactly when every class field has the same code.
    #[test]
    fn signatures_are_equal_exactly_when_the_codes_are(a in lead_strategy(&acme()), b in lead_strategy(&acme())) {
        let rules = acme();
        let plan = rules.signature.as_ref().expect("acme has a signature");
        prop_assert_eq!(plan.key(&a) == plan.key(&b), plan.codes(&a) == plan.codes(&b));
        let mut c = a.clone();
        // The same lead with one class field changed to another code: another signature.
        let (slot, _) = plan.parts[b.len() % plan.parts.len()];
        c[slot.index()] = b[slot.index()].clone();
        prop_assert_eq!(plan.key(&a) == plan.key(&c), plan.codes(&a) == plan.codes(&c));
    }
}
