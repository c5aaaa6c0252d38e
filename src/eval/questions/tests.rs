//! Tests of discovery questions: the memory's bound, the probes shared by alike values, and
//! the incremental evaluation the search relies on.

use super::search::{alike_choices, numeric_probes};
use crate::compile::program::{FieldSlot, Id};
use crate::compile::{RuleSet, load};
use crate::eval::verdict::classify;
use crate::eval::verdict::{derive, evaluate};
use crate::schema::FieldKind;
use crate::value::Value;
use proptest::prelude::*;

fn rules(path: &str) -> RuleSet {
    let text = std::fs::read_to_string(path).expect("shipped rules");
    load(crate::span::SourceFile::new(path, text)).rules.expect("compiles")
}

/// A value of the field's kind, or unknown.
fn value_for(rules: &RuleSet, slot: usize, pick: u32) -> Value {
    match &rules.schema.fields[slot].kind {
        FieldKind::YesNo => [Value::Unknown, Value::Bool(true), Value::Bool(false)][pick as usize % 3].clone(),
        FieldKind::OneOf(values) => match pick as usize % (values.len() + 1) {
            0 => Value::Unknown,
            i => Value::Enum(i as u32 - 1),
        },
        FieldKind::Text => [Value::Unknown, Value::Text("backup".into())][pick as usize % 2].clone(),
        FieldKind::Date(_) | FieldKind::DateTime(_) => Value::Time(pick as i64 * 86_400),
        FieldKind::Duration(_) => Value::Number((pick % 200) as f64 * 86_400.0),
        _ => [Value::Unknown, Value::Number((pick % 7) as f64 * 99_999.0 + 5.0)][(pick as usize) % 2].clone(),
    }
}

/// However many threads question leads at once, together they remember at most
/// `REMEMBERED_BY_ALL` signatures (16 threads on 10M rows used 205 MiB before this bound,
/// 83 MiB with it, 55 MiB once the batches were bounded too); up to four threads each
/// keep the full memory.
#[test]
fn threads_share_one_bound_on_remembered_signatures() {
    let rules = rules("rules/acme.rules");
    for threads in 1..=64 {
        let each = super::Questioner::sharing_with(&rules, threads).into_memory().capacity;
        assert!(each * threads <= super::memory::REMEMBERED_BY_ALL.max(super::memory::REMEMBERED), "{threads} threads");
        assert!(threads > 4 || each == super::memory::REMEMBERED, "{threads} threads");
    }
}

/// Thresholds two apart (`visits >= 3`, `visits >= 5`) share a probe value (4 is just above 3
/// and just below 5); each keeps its whole (below, at, above) triple, so 5 is tried.
#[test]
fn thresholds_two_apart_each_keep_their_probes() {
    let text = "definition \"T\" version 1\nfields {\n  id : text from \"id\" key\n  visits : number from \"visits\"\n}\n\
                score {\n  +10 when visits >= 3\n  +10 when visits >= 5\n}\n\
                classify {\n  hot when score >= 20\n  warm when score >= 10\n  cold otherwise\n}\n";
    let rules = load(crate::span::SourceFile::new("t.rules", text)).rules.expect("compiles");
    let slot = rules.schema.slot_of("visits").expect("visits");
    let probes = numeric_probes(&rules, FieldSlot::clamped(slot));
    let values: Vec<f64> = probes.iter().map(|p| p.value).collect();
    assert_eq!(values, vec![2.0, 3.0, 4.0, 5.0, 6.0]);
}

/// Probes are shared at all: acme's `employees` has 9 probes (three thresholds) but
/// only three kinds of value for its tests.
#[test]
fn acme_employees_probes_share_three_classes() {
    let rules = rules("rules/acme.rules");
    let slot = rules.schema.slot_of("employees").expect("employees");
    let probes = numeric_probes(&rules, FieldSlot::clamped(slot));
    let mut distinct: Vec<usize> = probes.iter().map(|p| p.same_as).collect();
    distinct.dedup();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(probes.len(), 9);
    assert_eq!(distinct.len(), 3);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// Computing again only a field's dependents gives the verdict a full evaluation gives:
    /// what the discovery questions rely on.
    #[test]
    fn a_field_s_dependents_are_all_that_changes(picks in prop::collection::vec(0u32..1_000, 16), slot_pick in 0usize..64, new in 0u32..1_000) {
        for path in ["rules/acme.rules", "rules/crm-opportunities.rules", "rules/acme-relaxed.rules"] {
            let rules = rules(path);
            let n = rules.schema.fields.len();
            let lead: Vec<Value> = (0..n).map(|s| value_for(&rules, s, picks[s % picks.len()])).collect();
            let slot = slot_pick % n;
            let mut changed = lead.clone();
            changed[slot] = value_for(&rules, slot, new);
            let mut incremental = evaluate(&rules, &lead);
            for &d in &rules.slot_dependents[FieldSlot::clamped(slot)] {
                derive(&rules, &changed, &mut incremental, d);
            }
            let full = evaluate(&rules, &changed);
            prop_assert_eq!(incremental.gates(), full.gates());
            for i in 0..rules.frameworks.len() {
                prop_assert_eq!(incremental.criteria(i), full.criteria(i));
            }
            for i in 0..rules.profiles.len() {
                prop_assert_eq!(incremental.matched(i), full.matched(i));
            }
            for i in 0..rules.scores.len() {
                prop_assert_eq!(incremental.fired(i), full.fired(i));
            }
            prop_assert_eq!(incremental.minimum, full.minimum);
            prop_assert_eq!(&incremental.frameworks, &full.frameworks);
            prop_assert_eq!(&incremental.profiles, &full.profiles);
            prop_assert_eq!(&incremental.scores, &full.scores);
            let class = classify(&rules, &changed, &mut incremental);
            prop_assert_eq!(class, full.class_rule);
        }
    }

    /// Values that every test reading a field treats alike lead to the same class: the
    /// search evaluates only the first of them.
    #[test]
    fn alike_values_lead_to_the_same_class(picks in prop::collection::vec(0u32..1_000, 16)) {
        for path in ["rules/acme.rules", "rules/crm-opportunities.rules", "rules/acme-relaxed.rules"] {
            let rules = rules(path);
            let n = rules.schema.fields.len();
            let lead: Vec<Value> = (0..n).map(|s| value_for(&rules, s, picks[s % picks.len()])).collect();
            let class_with = |slot: usize, value: Value| {
                let mut changed = lead.clone();
                changed[slot] = value;
                rules.class_name(evaluate(&rules, &changed).class_rule).to_string()
            };
            for slot in 0..n {
                let is_time = matches!(rules.schema.fields[slot].kind, FieldKind::Date(_) | FieldKind::DateTime(_));
                let number = |v: f64| if is_time { Value::Time(v as i64) } else { Value::Number(v) };
                let probes = numeric_probes(&rules, FieldSlot::clamped(slot));
                for p in &probes {
                    let alike = probes[p.same_as].value;
                    prop_assert_eq!(class_with(slot, number(p.value)), class_with(slot, number(alike)), "{} slot {}", path, slot);
                }
                for (i, &alike) in alike_choices(&rules, FieldSlot::clamped(slot)).iter().enumerate() {
                    prop_assert_eq!(class_with(slot, Value::Enum(i as u32)), class_with(slot, Value::Enum(alike as u32)));
                }
            }
        }
    }

}
