//! Reading a rule file for a command: load it, print its diagnostics to stderr, and hand back
//! the compiled rules only when there are no errors.

use super::ExitStatus;
use super::out::{err, errln};
use crate::compile::{RuleSet, load};
use crate::span::SourceFile;
use std::path::Path;

pub use crate::diagnostic::plain_io_error;

/// Reads a rule file, or says in plain words why it cannot.
pub fn read_source(path: &Path) -> Result<SourceFile, String> {
    let text = crate::compile::read::read_rule_file(path).map_err(|problem| match problem {
        crate::compile::read::ReadProblem::Io(e) => {
            format!("cannot read the rule file {}: {}", path.display(), plain_io_error(&e))
        }
        problem => format!("{}: {problem}", path.display()),
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
pub fn rules_come_first(command: &str, rules: &Path, leads: Option<&Path>) -> Result<(), ExitStatus> {
    match lead_file_given_as_rules(command, rules, leads) {
        Some(message) => {
            errln!("error: {message}");
            Err(ExitStatus::Usage)
        }
        None => Ok(()),
    }
}

/// The message (with its help line) for a rule file argument that is a lead file.
pub fn lead_file_given_as_rules(command: &str, rules: &Path, leads: Option<&Path>) -> Option<String> {
    if !looks_like_leads(rules) {
        return None;
    }
    let extension = extension_of(rules).unwrap_or_default();
    Some(match leads.filter(|l| extension_of(l).as_deref() == Some("rules")) {
        Some(leads) => format!(
            "the rule file and the lead file are the wrong way round: the rule file comes first\n\
             help: leadrules {command} {} {}",
            leads.display(),
            rules.display()
        ),
        None => format!(
            "{} looks like a lead file (.{extension}), not a rule file\n\
             help: give the rule file (.rules): leadrules {command} RULES ...",
            rules.display()
        ),
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
pub fn unusable_rules_message(name: &str, internal_error: bool) -> String {
    if internal_error {
        format!(
            "{name} could not be compiled because of a bug in leadrules, not a mistake in the file; \
             please report it to the leadrules maintainers with the rule file and the message above attached"
        )
    } else {
        format!("{name} has mistakes; fix them and run again (`leadrules check {name}` lists them)")
    }
}

/// Loads and compiles rules for a command; diagnostics go to stderr.
pub fn rules_for_run(path: &Path, purpose: Purpose, ui: super::Ui) -> Result<RuleSet, ExitStatus> {
    let color = ui.color;
    let source = read_source(path).map_err(|message| {
        errln!("error: {message}");
        ExitStatus::FileProblem
    })?;
    let file = source.clone();
    let loaded = load(source);
    if !loaded.diagnostics.is_empty() {
        err!("{}", crate::render::to_text(&loaded.diagnostics, &loaded.sources, color, ui.lang));
    }
    let rules = loaded.rules.ok_or_else(|| {
        errln!("error: {}", unusable_rules_message(&file.name, loaded.internal_error));
        ExitStatus::RuleErrors
    })?;
    if purpose == Purpose::Classify && !rules.classifies() {
        errln!(
            "error: {} has no `classify` block: it is a library of frameworks for definitions to `use`, \
             not a definition that classifies leads",
            file.name
        );
        return Err(ExitStatus::RuleErrors);
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mistakes_in_the_file_are_for_its_author_to_fix() {
        let message = unusable_rules_message("acme.rules", false);
        assert_eq!(
            message,
            "acme.rules has mistakes; fix them and run again (`leadrules check acme.rules` lists them)"
        );
    }

    #[test]
    fn an_internal_error_is_a_bug_to_report_not_a_mistake_to_fix() {
        let message = unusable_rules_message("acme.rules", true);
        assert!(message.contains("a bug in leadrules"), "{message}");
        assert!(message.contains("please report it"), "{message}");
        assert!(!message.contains("fix them"), "{message}");
    }
}
