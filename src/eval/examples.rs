//! Runs the `example` blocks of a rule file: each is a lead with expected results, and acts as
//! a test of the definition.

use super::verdict::{evaluate, grade};
use crate::compile::program::RuleSet;
use crate::compile::program::{ExampleModel, Expected};
use crate::show::ENGLISH;
use crate::value::Value;

/// The outcome of one example.
#[derive(Clone, Debug)]
pub struct ExampleResult<'a> {
    /// The example as the rule file states it.
    pub example: &'a ExampleModel,
    /// The example's lead, slot by slot, as it was judged.
    pub lead: Vec<Value>,
    /// (what was expected, what happened) for each expectation that did not hold.
    pub failures: Vec<(String, String)>,
}

impl ExampleResult<'_> {
    /// Whether every expectation of the example held.
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Evaluates every example of the rule set.
pub fn run_examples(rules: &RuleSet) -> Vec<ExampleResult<'_>> {
    rules.examples.iter().map(|example| run_example(rules, example)).collect()
}

fn run_example<'a>(rules: &RuleSet, example: &'a ExampleModel) -> ExampleResult<'a> {
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    for (slot, value) in &example.lead {
        lead[*slot] = value.clone();
    }
    let verdict = evaluate(rules, &lead);
    let mut failures = Vec::new();
    if let Some(problem) = super::fault::problem(rules, &verdict) {
        failures.push(("a verdict".to_string(), format!("an error: {problem}")));
        return ExampleResult { example, lead, failures };
    }
    for (expected, _) in &example.expect {
        let (want, got) = match expected {
            Expected::Class(c) => (format!("class {c}"), format!("class {}", rules.class_name(verdict.class_rule))),
            Expected::Temperature(t) => {
                let got = match (&rules.temperature, verdict.temperature_rule) {
                    (Some(temp), Some(i)) => temp.names[temp.rules[i].name.index()].clone(),
                    _ if verdict.disqualified() => "none (the lead fails the minimum)".into(),
                    _ => "none".into(),
                };
                (format!("temperature {t}"), format!("temperature {got}"))
            }
            Expected::Score(i, v) => {
                let name = rules.scores[*i].display_name();
                (
                    format!("{name} {}", ENGLISH.number(*v)),
                    format!("{name} {}", ENGLISH.number(verdict.scores[*i].total)),
                )
            }
            Expected::Fit(f) => {
                let got = verdict.profiles.first().map_or(0.0, |p| p.fit);
                (format!("fit {}", ENGLISH.percent(*f)), format!("fit {}", ENGLISH.percent(got)))
            }
            Expected::Framework(i, passes) => {
                let name = &rules.frameworks[*i].name;
                let verb = |t: crate::value::Truth| match t {
                    crate::value::Truth::True => "passes",
                    crate::value::Truth::False => "fails",
                    crate::value::Truth::Unknown => "is undecided",
                };
                let want = if *passes { "passes" } else { "fails" };
                (format!("{name} {want}"), format!("{name} {}", verb(verdict.frameworks[*i].passes)))
            }
            Expected::Grade(g) => {
                let got = verdict.profiles.first().map_or('F', |p| grade(p.fit));
                (format!("grade {g}"), format!("grade {got}"))
            }
        };
        if want != got {
            failures.push((want, got));
        }
    }
    ExampleResult { example, lead, failures }
}
