//! Reading a rule file for a command: load it, print its diagnostics to stderr, and hand back
//! the compiled rules only when there are no errors.

use super::ExitStatus;
use super::out::{self, err};
use crate::compile::{RuleSet, load};
use crate::message::Message;
use crate::msg;
use crate::span::SourceFile;
use std::path::Path;

/// Reads a rule file, or says in plain words why it cannot.
pub fn read_source(path: &Path) -> Result<SourceFile, Message> {
    let text = crate::compile::read::read_rule_file(path).map_err(|problem| match problem {
        crate::compile::read::ReadProblem::Io(e) => {
            msg!(
                "cli-cannot-read-rule-file",
                path = path.display().to_string(),
                reason = crate::diagnostic::plain_io_error(&e)
            )
        }
        problem => msg!("cli-rule-file-problem", path = path.display().to_string(), problem = problem.message()),
    })?;
    Ok(SourceFile::new(path.display().to_string(), text))
}

/// The extensions of lead files: a rule file named like one is almost surely a mix-up of the
/// arguments.
const LEAD_FILE_EXTENSIONS: [&str; 9] = ["csv", "tsv", "json", "jsonl", "ndjson", "xlsx", "xlsm", "xls", "ods"];

fn extension_of(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_lowercase())
}

fn looks_like_leads(path: &Path) -> bool {
    extension_of(path).is_some_and(|e| LEAD_FILE_EXTENSIONS.contains(&e.as_str()))
}

/// Refuses a rule file argument that is a lead file, and says so plainly when the rule file
/// and the lead file were given the wrong way round (`qualify leads.csv acme.rules`).
pub fn rules_come_first(command: &str, rules: &Path, leads: Option<&Path>, ui: super::Ui) -> Result<(), ExitStatus> {
    match lead_file_given_as_rules(command, rules, leads) {
        Some(message) => {
            out::error(ui.lang, message);
            Err(ExitStatus::Usage)
        }
        None => Ok(()),
    }
}

/// The message (with its help line) for a rule file argument that is a lead file.
pub fn lead_file_given_as_rules(command: &str, rules: &Path, leads: Option<&Path>) -> Option<Message> {
    if !looks_like_leads(rules) {
        return None;
    }
    let extension = extension_of(rules).unwrap_or_default();
    Some(match leads.filter(|l| extension_of(l).as_deref() == Some("rules")) {
        Some(leads) => msg!(
            "cli-files-swapped",
            command = command,
            rules = leads.display().to_string(),
            leads = rules.display().to_string()
        ),
        None => {
            msg!("cli-lead-file-as-rules", command = command, path = rules.display().to_string(), extension = extension)
        }
    })
}

/// What the rules are loaded for: classifying leads needs a `classify` block, running the
/// examples of a framework library does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Classify,
    RunExamples,
}

/// Why a command cannot run with the rule file `name`: mistakes in the file for its author to fix,
/// or (`internal_error`) a bug in leadrules, which the user can only report.
pub fn unusable_rules_message(name: &str, internal_error: bool) -> Message {
    if internal_error {
        msg!("cli-rules-internal-error", name = name)
    } else {
        msg!("cli-rules-have-mistakes", name = name)
    }
}

/// Loads and compiles rules for a command; diagnostics go to stderr.
pub fn rules_for_run(path: &Path, purpose: Purpose, ui: super::Ui) -> Result<RuleSet, ExitStatus> {
    let color = ui.color;
    let source = read_source(path).map_err(|message| {
        out::error(ui.lang, message);
        ExitStatus::FileProblem
    })?;
    let file = source.clone();
    let loaded = load(source);
    if !loaded.diagnostics.is_empty() {
        err!("{}", crate::render::to_text(&loaded.diagnostics, &loaded.sources, color, ui.lang));
    }
    let rules = loaded.rules.ok_or_else(|| {
        out::error(ui.lang, unusable_rules_message(&file.name, loaded.internal_error));
        ExitStatus::RuleErrors
    })?;
    if purpose == Purpose::Classify && !rules.classifies() {
        out::error(ui.about(&rules), msg!("cli-rules-do-not-classify", name = file.name.as_str()));
        return Err(ExitStatus::RuleErrors);
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mistakes_in_the_file_are_for_its_author_to_fix() {
        let message = unusable_rules_message("acme.rules", false).to_string();
        assert_eq!(
            message,
            "acme.rules has mistakes; fix them and run again (`leadrules check acme.rules` lists them)"
        );
    }

    #[test]
    fn an_internal_error_is_a_bug_to_report_not_a_mistake_to_fix() {
        let message = unusable_rules_message("acme.rules", true).to_string();
        assert!(message.contains("a bug in leadrules"), "{message}");
        assert!(message.contains("please report it"), "{message}");
        assert!(!message.contains("fix them"), "{message}");
    }
}
