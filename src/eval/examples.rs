//! Runs the `example` blocks of a rule file: each is a lead with expected results, and acts as
//! a test of the definition.

use super::verdict::{evaluate, grade};
use crate::compile::program::RuleSet;
use crate::compile::program::{ExampleModel, Expected};
use crate::locale::Lang;
use crate::message::{Arg, Message};
use crate::msg;
use crate::value::{Truth, Value};

/// The outcome of one example.
#[derive(Clone, Debug)]
pub struct ExampleResult<'a> {
    /// The example as the rule file states it.
    pub example: &'a ExampleModel,
    /// The example's lead, slot by slot, as it was judged.
    pub lead: Vec<Value>,
    /// (what was expected, what happened) for each expectation that did not hold, to be said
    /// in a person's language.
    pub failures: Vec<(Message, Message)>,
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
    if let Some(problem) = super::fault::problem_message(rules, &verdict) {
        failures.push((msg!("eval-example-a-verdict"), msg!("eval-example-an-error", problem = problem)));
        return ExampleResult { example, lead, failures };
    }
    for (expected, _) in &example.expect {
        let (want, got) = match expected {
            Expected::Class(c) => (
                msg!("eval-example-class", class = c.as_str()),
                msg!("eval-example-class", class = rules.class_name(verdict.class_rule)),
            ),
            Expected::Temperature(t) => {
                let got = match (&rules.temperature, verdict.temperature_rule) {
                    (Some(temp), Some(i)) => {
                        msg!("eval-example-temperature", name = temp.names[temp.rules[i].name.index()].as_str())
                    }
                    _ if verdict.disqualified() => msg!("eval-example-temperature-disqualified"),
                    _ => msg!("eval-example-temperature-none"),
                };
                (msg!("eval-example-temperature", name = t.as_str()), got)
            }
            Expected::Score(i, v) => {
                // The file's own score is said in the reader's language (`score`, `баллы`).
                let said = |value: f64| match rules.scores[*i].display_name() {
                    "score" => msg!("eval-example-main-score", value = Arg::Number(value)),
                    name => msg!("eval-example-score", name = name, value = Arg::Number(value)),
                };
                (said(*v), said(verdict.scores[*i].total))
            }
            Expected::Fit(f) => {
                let got = verdict.profiles.first().map_or(0.0, |p| p.fit);
                (msg!("eval-example-fit", fit = *f * 100.0), msg!("eval-example-fit", fit = got * 100.0))
            }
            Expected::Framework(i, passes) => {
                let name = rules.frameworks[*i].name.as_str();
                let said = |t: Truth| match t {
                    Truth::True => msg!("eval-example-framework-passes", name = name),
                    Truth::False => msg!("eval-example-framework-fails", name = name),
                    Truth::Unknown => msg!("eval-example-framework-undecided", name = name),
                };
                (said(if *passes { Truth::True } else { Truth::False }), said(verdict.frameworks[*i].passes))
            }
            Expected::Grade(g) => {
                let got = verdict.profiles.first().map_or('F', |p| grade(p.fit));
                (msg!("eval-example-grade", grade = g.to_string()), msg!("eval-example-grade", grade = got.to_string()))
            }
        };
        // Compared as they read (a score of 59.999 reads 60).
        if Lang::En.text(&want) != Lang::En.text(&got) {
            failures.push((want, got));
        }
    }
    ExampleResult { example, lead, failures }
}
