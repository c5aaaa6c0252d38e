//! `temperature` (language.md section 10): the first definitely true line decides, and the
//! respond-by time is `since` plus the line's deadline.

use crate::classes::{SmallCond, first_match, render_small, small_cond};
use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::{Truth, Value};
use proptest::prelude::*;

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn the_first_definitely_true_temperature_line_decides(
        lines in proptest::collection::vec((small_cond(), 0..3usize), 1..=5),
        truths in proptest::collection::vec(truth(), 4),
        since in proptest::option::of(0i64..4_000_000_000),
    ) {
        const DEADLINES: [(&str, i64); 3] = [("15 minutes", 900), ("1 hour", 3_600), ("1 day", 86_400)];
        let mut file = yes_no_fields(4);
        file.push_str("  fields { created : datetime }\ntemperature since created {\n");
        for (i, (c, deadline)) in lines.iter().enumerate() {
            file.push_str(&format!("  t{i} when {} respond within {}\n", render_small(c), DEADLINES[*deadline].0));
        }
        file.push_str("  cold otherwise respond within 2 weeks\n}\nclassify { everyone otherwise }\n");
        let r = rules_allowing(&file, &["W401", "W403", "W404"]);
        let mut l = yes_no_lead(&r, &truths);
        if let Some(s) = since {
            l[slot(&r, "created")] = Value::Time(s);
        }
        let v = evaluate(&r, &l);
        let conditions: Vec<SmallCond> = lines.iter().map(|l| l.0).collect();
        let (chosen, tried) = first_match(&conditions, &truths);
        prop_assert_eq!(v.temperature_rule.map(|r| r.index()), Some(chosen));
        prop_assert_eq!(&v.temperature_rules(), &tried);
        let within = if chosen == lines.len() { 14 * 86_400 } else { DEADLINES[lines[chosen].1].1 };
        prop_assert_eq!(v.respond_by, since.map(|s| s + within));
    }
}

#[test]
fn temperature_respond_by_is_since_plus_the_deadline() {
    let r = rules(
        "fields { created_at : datetime  timeline : days  decision_maker : yes/no }
temperature since created_at {
  hot  when timeline <= 30 days and decision_maker   respond within 15 minutes
  warm when timeline <= 90 days                      respond within 1 hour
  cold otherwise                                     respond within 1 day
}
classify { everyone otherwise }
",
    );
    let created = at(2026, 12, 1, 9, 30);
    let name = |v: &leadrules::eval::Verdict| {
        let t = r.temperature.as_ref().unwrap();
        t.names[t.rules[v.temperature_rule.unwrap()].name.index()].clone()
    };
    let cases = [
        (days(30.0), yes_no(true), "hot", at(2026, 12, 1, 9, 45)),
        (days(30.0), yes_no(false), "warm", at(2026, 12, 1, 10, 30)),
        (days(90.0), Value::Unknown, "warm", at(2026, 12, 1, 10, 30)),
        (days(91.0), yes_no(true), "cold", at(2026, 12, 2, 9, 30)),
        (Value::Unknown, yes_no(true), "cold", at(2026, 12, 2, 9, 30)),
    ];
    for (timeline, dm, want, by) in cases {
        let l = lead(
            &r,
            &[("created_at", Value::Time(created)), ("timeline", timeline.clone()), ("decision_maker", dm.clone())],
        );
        let v = evaluate(&r, &l);
        assert_eq!(name(&v), want, "{timeline:?} {dm:?}");
        assert_eq!(v.respond_by, Some(by), "{timeline:?} {dm:?}");
        // Without the `since` field the deadline still applies but there is no respond-by time.
        let l = lead(&r, &[("timeline", timeline.clone()), ("decision_maker", dm.clone())]);
        let v = evaluate(&r, &l);
        assert_eq!(name(&v), want);
        assert_eq!(v.respond_by, None);
    }
    // Unknown timeline: hot is unknown (not false, the decision maker is yes), warm unknown.
    let v = evaluate(&r, &lead(&r, &[("decision_maker", yes_no(true))]));
    assert_eq!(v.temperature_rules(), vec![Truth::Unknown, Truth::Unknown, Truth::True]);
}

#[test]
fn temperature_without_since_or_deadline() {
    let r = rules(
        "fields { x : yes/no  signed_on : date }
temperature since signed_on {
  hot when x
  cold otherwise respond within 2 дня
}
classify { everyone otherwise }
",
    );
    let v = evaluate(&r, &lead(&r, &[("x", yes_no(true)), ("signed_on", time(2026, 12, 1, 0, 0))]));
    assert_eq!((v.temperature_rule.map(|r| r.index()), v.respond_by), (Some(0), None));
    let v = evaluate(&r, &lead(&r, &[("signed_on", time(2026, 12, 1, 0, 0))]));
    assert_eq!((v.temperature_rule.map(|r| r.index()), v.respond_by), (Some(1), Some(at(2026, 12, 3, 0, 0))));

    let r = rules(
        "fields { x : yes/no }\ntemperature { hot when x respond within 1 hour  cold otherwise }\nclassify { everyone otherwise }\n",
    );
    let v = evaluate(&r, &lead(&r, &[("x", yes_no(true))]));
    assert_eq!((v.temperature_rule.map(|r| r.index()), v.respond_by), (Some(0), None));
}

#[test]
fn no_temperature_block_no_temperature() {
    let r = rules("fields { x : yes/no }\nclassify { a when x  b otherwise }\n");
    let v = evaluate(&r, &lead(&r, &[("x", yes_no(false))]));
    assert_eq!((v.temperature_rule, v.respond_by, v.class_rule.index()), (None, None, 1));
    assert!(v.temperature_rules().is_empty());
}
