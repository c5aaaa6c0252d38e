//! Verdicts that cannot be silently wrong: a disqualified lead gets no temperature and no
//! respond-by time, and a lead whose arithmetic gives something that is not a finite number
//! (an overflow) gets an error, never a verdict computed from it.

mod common;

use common::judge::{lead, rules};
use leadrules::compile::load;
use leadrules::compile::program::RuleSet;
use leadrules::eval::examples::run_examples;
use leadrules::eval::fault::problem;
use leadrules::eval::{Verdict, evaluate};
use leadrules::span::SourceFile;
use leadrules::value::Value;
use proptest::prelude::*;

fn temperature(rules: &RuleSet, verdict: &Verdict) -> Option<String> {
    let t = rules.temperature.as_ref()?;
    verdict.temperature_rule.map(|i| t.names[t.rules[i].name.index()].clone())
}

const GATED: &str = r#"
definition "T"
fields {
  employees      : number
  industry       : one of it, gambling
  decision_maker : yes/no
  timeline       : days
  created_at     : datetime
}
minimum {
  require employees >= 10     else "too small"
  reject  industry = gambling because "an industry we do not serve"
}
classify {
  enterprise   when employees >= 1_000
  disqualified when not minimum
  SQL          when decision_maker
  nurture      otherwise
}
temperature since created_at {
  hot  when timeline <= 30 days and decision_maker   respond within 15 minutes
  cold otherwise                                     respond within 1 day
}
example "a gambling company with a hurry is still not ours to answer" {
  lead { employees: 200, industry: gambling, decision_maker: yes, timeline: 10 }
  expect class disqualified, temperature hot
}
"#;

#[test]
fn a_disqualified_lead_gets_no_temperature_and_no_respond_by() {
    let rules = rules(GATED);
    let gambling = lead(
        &rules,
        &[
            ("employees", Value::Number(200.0)),
            ("industry", Value::Enum(1)),
            ("decision_maker", Value::Bool(true)),
            ("timeline", Value::Number(10.0 * 86_400.0)),
            ("created_at", Value::Time(1_000_000)),
        ],
    );
    let verdict = evaluate(&rules, &gambling);
    assert_eq!(rules.class_name(verdict.class_rule), "disqualified");
    assert!(verdict.disqualified());
    assert_eq!(temperature(&rules, &verdict), None);
    assert_eq!(verdict.respond_by, None);
    let told = leadrules::eval::explain::explain(&rules, &gambling, &verdict, &[], "G", leadrules::locale::Lang::En);
    assert!(told.contains("\ntemperature: none, the lead fails the minimum"), "{told}");
    assert!(!told.contains("hot"), "{told}");

    // Failing a gate disqualifies whichever class line caught the lead.
    let mut big = gambling.clone();
    big[rules.schema.slot_of("employees").expect("employees")] = Value::Number(5_000.0);
    let verdict = evaluate(&rules, &big);
    assert_eq!(rules.class_name(verdict.class_rule), "enterprise");
    assert_eq!(temperature(&rules, &verdict), None);

    // A gate that cannot be decided does not disqualify: the lead is answered.
    let mut unsure = gambling.clone();
    unsure[rules.schema.slot_of("industry").expect("industry")] = Value::Unknown;
    let verdict = evaluate(&rules, &unsure);
    assert!(!verdict.disqualified());
    assert_eq!(temperature(&rules, &verdict).as_deref(), Some("hot"));
    assert_eq!(verdict.respond_by, Some(1_000_000 + 15 * 60));
}

/// `temperature for all leads` says explicitly that disqualified leads get a temperature too;
/// `for` and `leads` stay ordinary names elsewhere.
#[test]
fn temperature_for_all_leads_gives_disqualified_leads_a_temperature() {
    let text = GATED
        .replace("temperature since created_at {", "temperature for all leads since created_at {")
        .replace("decision_maker : yes/no", "decision_maker : yes/no\n  leads : number\n  for : number");
    let rules = rules(&text);
    let gambling = lead(
        &rules,
        &[
            ("employees", Value::Number(200.0)),
            ("industry", Value::Enum(1)),
            ("decision_maker", Value::Bool(true)),
            ("timeline", Value::Number(10.0 * 86_400.0)),
            ("created_at", Value::Time(1_000_000)),
        ],
    );
    let verdict = evaluate(&rules, &gambling);
    assert!(verdict.disqualified());
    assert_eq!(temperature(&rules, &verdict).as_deref(), Some("hot"));
    assert_eq!(verdict.respond_by, Some(1_000_000 + 15 * 60));
    assert!(run_examples(&rules)[0].failures.is_empty());
}

#[test]
fn an_example_expecting_a_temperature_for_a_disqualified_lead_fails() {
    let rules = rules(GATED);
    let results = run_examples(&rules);
    assert_eq!(
        results[0].failures.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>(),
        vec![("temperature hot".to_string(), "temperature none (the lead fails the minimum)".to_string())]
    );
}

const ARITHMETIC: &str = r#"
definition "T"
fields {
  budget   : money
  ad_spend : money
  seats    : number
}
minimum {
  require ad_spend * 12 >= 1_000_000 else "spends too little on ads"
}
score {
  +30 when budget / seats >= 1_000
  +10 when -budget < 0
}
deal {
  size budget * 10
  probability {
    price importance 5 match 90% when budget >= 500_000, otherwise 10%
  }
}
classify {
  disqualified when not minimum
  SQL          when deal.priority >= 1_000_000 or score >= 30
  nurture      otherwise
}
"#;

#[test]
fn an_overflow_is_an_error_naming_the_expression_and_its_values() {
    let rules = rules(ARITHMETIC);
    let huge = lead(&rules, &[("budget", Value::Number(1e308)), ("ad_spend", Value::Number(200_000.0))]);
    let verdict = evaluate(&rules, &huge);
    let message = problem(&rules, &verdict).expect("an overflow is an error");
    assert!(message.contains("`budget * 10`"), "{message}");
    assert!(message.contains("1e308 × 10"), "{message}");
    assert!(message.contains("line 16"), "{message}");

    let ads = lead(&rules, &[("ad_spend", Value::Number(1e308))]);
    let message = problem(&rules, &evaluate(&rules, &ads)).expect("an overflow in a gate is an error");
    assert!(message.contains("`ad_spend * 12`") && message.contains("1e308 × 12"), "{message}");

    let tiny = lead(&rules, &[("budget", Value::Number(1e300)), ("seats", Value::Number(1e-10))]);
    let message = problem(&rules, &evaluate(&rules, &tiny)).expect("a division that overflows is an error");
    assert!(message.contains("`budget / seats`"), "{message}");

    // Unknown operands and division by zero are unknown, not errors.
    let zero = lead(&rules, &[("budget", Value::Number(5.0)), ("seats", Value::Number(0.0))]);
    assert_eq!(problem(&rules, &evaluate(&rules, &zero)), None);
    assert_eq!(problem(&rules, &evaluate(&rules, &lead(&rules, &[]))), None);
}

#[test]
fn a_literal_too_large_to_add_up_safely_is_an_error() {
    let text = ARITHMETIC.replace("+10 when -budget < 0", "+1_000_000_000_000_000 when -budget < 0");
    let loaded = load(SourceFile::new("test.rules", text));
    assert!(loaded.rules.is_none());
    let too_large = "`1_000_000_000_000_000` is larger than leadrules can hold exactly";
    assert!(loaded.diagnostics.iter().any(|d| d.message.to_string() == too_large), "{:#?}", loaded.diagnostics);
    // 15 digits are fine.
    let text = ARITHMETIC.replace("+10 when -budget < 0", "+999_999_999_999_999 when -budget < 0");
    assert!(load(SourceFile::new("test.rules", text)).rules.is_some());
}

/// A number a CRM cell may hold, from the ordinary to the largest and smallest a double holds.
fn cell() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Unknown),
        (-1e7f64..1e7).prop_map(Value::Number),
        prop::sample::select(vec![0.0, 1e-300, -1e-300, 1e300, -1e300, 1e308, -1e308, f64::MAX, f64::MIN, 5e-324])
            .prop_map(Value::Number),
        (1f64..10.0, 290i32..309).prop_map(|(m, e)| Value::Number(m * 10f64.powi(e))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, failure_persistence: None, ..ProptestConfig::default() })]

    /// No verdict ever holds a number that is not finite: the lead is an error instead.
    #[test]
    fn no_verdict_holds_a_number_that_is_not_finite(budget in cell(), ad_spend in cell(), seats in cell()) {
        let rules = rules(ARITHMETIC);
        let lead = lead(&rules, &[("budget", budget), ("ad_spend", ad_spend), ("seats", seats)]);
        let verdict = evaluate(&rules, &lead);
        if problem(&rules, &verdict).is_none() {
            let mut numbers: Vec<f64> = verdict.scores.iter().flat_map(|s| [s.raw, s.total]).collect();
            numbers.extend(verdict.profiles.iter().map(|p| p.fit));
            if let Some(deal) = &verdict.deal {
                numbers.extend([deal.size, deal.probability, deal.priority].into_iter().flatten());
            }
            prop_assert!(numbers.iter().all(|n| n.is_finite()), "{:?} for {:?}", numbers, lead);
        }
    }
}
