//! `leadrules test RULES...`: runs every `example` block; a failure shows what was expected, what
//! came out, and the explanation of that lead.

use super::ExitStatus;
use super::load::{Purpose, rules_for_run};
use super::out::{outln, say};
use crate::eval::examples::run_examples;
use crate::eval::{evaluate, explain::explain, questions::questions};
use crate::msg;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct TestArgs {
    /// The rule files whose examples to run.
    #[arg(required = true, value_name = "RULES")]
    pub files: Vec<PathBuf>,
}

pub fn run(args: TestArgs, ui: super::Ui) -> ExitStatus {
    let (mut passed, mut failed, mut broken_files) = (0usize, 0usize, 0usize);
    for path in &args.files {
        if super::load::rules_come_first("test", path, None, ui).is_err() {
            broken_files += 1;
            continue;
        }
        let rules = match rules_for_run(path, Purpose::RunExamples, ui) {
            Ok(rules) => rules,
            Err(_) => {
                broken_files += 1;
                continue;
            }
        };
        let ui = ui.about(&rules);
        let results = run_examples(&rules);
        if results.is_empty() {
            say(ui, &msg!("cli-test-no-examples", file = rules.file_name()));
        }
        for result in results {
            let line = rules.line(result.example.span);
            if result.passed() {
                passed += 1;
                let place = format!("{}:{line}", rules.file_name());
                say(ui, &msg!("cli-test-passed", place = place, example = result.example.name.as_str()));
                continue;
            }
            failed += 1;
            let place = format!("{}:{line}", rules.file_name());
            say(ui, &msg!("cli-test-failed", place = place, example = result.example.name.as_str()));
            for (expected, actual) in &result.failures {
                let line = msg!("cli-test-expected", expected = expected.clone(), actual = actual.clone());
                outln!("         {}", ui.text(&line));
            }
            let verdict = evaluate(&rules, &result.lead);
            let asked = questions(&rules, &result.lead, &verdict);
            let name = format!("\"{}\"", result.example.name);
            let trace = explain(&rules, &result.lead, &verdict, &asked, &name, ui.lang);
            for trace_line in trace.lines() {
                outln!("{}", format!("         {trace_line}").trim_end());
            }
        }
    }
    say(ui.lang, &msg!("cli-test-summary", passed = passed, failed = failed));
    if failed > 0 || broken_files > 0 { ExitStatus::RuleErrors } else { ExitStatus::Success }
}
