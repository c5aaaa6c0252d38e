//! Points that grow with a value (`+1 per 60 seconds of time_on_site capped at 20`): the score a
//! lead gets equals one counted here independently (whole steps in integers, never past the cap),
//! an unknown value gives nothing as an unknown condition does, exact multiples of the step
//! count all their steps, and the verdict's bounds reach the whole cap while the value is unknown.

use leadrules::compile::load;
use leadrules::compile::program::RuleSet;
use leadrules::eval::verdict::{Bound, with_bounds};
use leadrules::eval::{Verdict, evaluate};
use leadrules::span::SourceFile;
use leadrules::value::Value;
use proptest::prelude::*;

fn rules(text: &str) -> RuleSet {
    let loaded = load(SourceFile::new("test.rules", text));
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    loaded.rules.expect("compiles")
}

fn lead(rules: &RuleSet, values: &[(&str, Value)]) -> Vec<Value> {
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    for (name, value) in values {
        lead[rules.schema.slot_of(name).expect("field")] = value.clone();
    }
    lead
}

const RULES: &str = r#"
definition "growth"
fields {
  time_on_site : number in seconds
  visits       : number
  share        : percent
  silent       : days
  subscribed   : yes/no
}
score {
  +1 per 60 seconds of time_on_site capped at 20
  +2 per 3 of visits capped at 10 when subscribed
}
score shares {
  +1 per 10% of share capped at 100
}
score silence {
  -1.5 per 1 week of silent capped at 6
}
classify {
  hot  when score >= 15
  cold otherwise
}
"#;

fn scores(verdict: &Verdict) -> Vec<f64> {
    verdict.scores.iter().map(|s| s.total).collect()
}

#[test]
fn exact_multiples_of_the_step_count_every_step() {
    let rules = rules(RULES);
    let seconds = |s: f64| evaluate(&rules, &lead(&rules, &[("time_on_site", Value::Number(s))])).scores[0].total;
    assert_eq!([seconds(0.0), seconds(59.0), seconds(60.0), seconds(119.9), seconds(120.0)], [0.0, 0.0, 1.0, 1.0, 2.0]);
    assert_eq!([seconds(1_200.0), seconds(1_500.0), seconds(-300.0)], [20.0, 20.0, 0.0]);
    // 0.3 / 0.1 is 2.9999999999999996 in doubles: 30 % is three steps of 10 %.
    let share = |s: f64| evaluate(&rules, &lead(&rules, &[("share", Value::Number(s))])).scores[1].total;
    assert_eq!([share(0.3), share(0.7), share(0.29)], [3.0, 7.0, 2.0]);
}

#[test]
fn negative_points_are_capped_below() {
    let rules = rules(RULES);
    let week = 7.0 * 86_400.0;
    let silence =
        |weeks: f64| evaluate(&rules, &lead(&rules, &[("silent", Value::Number(weeks * week))])).scores[2].total;
    assert_eq!([silence(0.5), silence(1.0), silence(3.0), silence(10.0)], [0.0, -1.5, -4.5, -6.0]);
}

#[test]
fn an_unknown_value_gives_nothing_and_the_bounds_reach_the_cap() {
    let rules = rules(RULES);
    let verdict = evaluate(&rules, &lead(&rules, &[("subscribed", Value::Bool(true))]));
    assert_eq!(scores(&verdict), [0.0, 0.0, 0.0]);
    assert_eq!(scores(&with_bounds(&rules, &verdict, Bound::High)), [30.0, 100.0, 0.0]);
    assert_eq!(scores(&with_bounds(&rules, &verdict, Bound::Low)), [0.0, 0.0, -6.0]);
    // A false condition gives nothing whatever the value; the bounds leave it out.
    let verdict =
        evaluate(&rules, &lead(&rules, &[("subscribed", Value::Bool(false)), ("visits", Value::Number(30.0))]));
    assert_eq!(verdict.scores[0].total, 0.0);
    assert_eq!(with_bounds(&rules, &verdict, Bound::High).scores[0].total, 20.0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The score equals the steps counted in whole numbers: `k` whole minutes plus `extra`
    /// seconds under a minute are `k` steps.
    #[test]
    fn the_score_is_the_whole_steps_times_the_points_up_to_the_cap(
        minutes in 0u32..40,
        extra in 0u32..60,
        visits in 0u32..30,
        subscribed in any::<bool>(),
    ) {
        let rules = rules(RULES);
        let lead = lead(&rules, &[
            ("time_on_site", Value::Number(f64::from(minutes * 60 + extra))),
            ("visits", Value::Number(f64::from(visits))),
            ("subscribed", Value::Bool(subscribed)),
        ]);
        let verdict = evaluate(&rules, &lead);
        let time = minutes.min(20);
        let visits_points = if subscribed { (2 * (visits / 3)).min(10) } else { 0 };
        prop_assert_eq!(verdict.scores[0].total, f64::from(time + visits_points));
        let hot = time + visits_points >= 15;
        prop_assert_eq!(rules.class_name(verdict.class_rule), if hot { "hot" } else { "cold" });
    }
}
