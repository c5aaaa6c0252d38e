//! Reading a rule file for a command: load it, print its diagnostics to stderr, and hand back
//! the compiled rules only when there are no errors.

use super::Outcome;
use crate::compile::{RuleSet, load};
use crate::span::SourceFile;
use std::path::Path;

pub use crate::input::error::plain_io_error;

/// Reads a file as UTF-8 text, or says in plain words why it cannot.
pub fn read_source(path: &Path) -> Result<SourceFile, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("cannot read the rule file {}: {}", path.display(), plain_io_error(&e)))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: the rule file is not UTF-8 text (byte {} is not valid); save it as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(SourceFile::new(path.display().to_string(), text))
}

/// What the rules are loaded for: classifying leads needs a `classify` block, running the
/// examples of a framework library does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Classify,
    RunExamples,
}

/// Loads and compiles rules for a command; diagnostics go to stderr.
pub fn rules_for_run(path: &Path, purpose: Purpose, color: bool) -> Result<RuleSet, Outcome> {
    let source = read_source(path).map_err(|message| {
        eprintln!("error: {message}");
        Outcome::FileProblem
    })?;
    let file = source.clone();
    let loaded = load(source);
    if !loaded.diagnostics.is_empty() {
        eprint!("{}", crate::render::to_text(&loaded.diagnostics, &loaded.sources, color));
    }
    let rules = loaded.rules.ok_or_else(|| {
        eprintln!(
            "error: {} has mistakes; fix them and run again (`leadrules check {}` lists them)",
            file.name, file.name
        );
        Outcome::RuleErrors
    })?;
    if purpose == Purpose::Classify && !rules.classifies() {
        eprintln!(
            "error: {} has no `classify` block: it is a library of frameworks for definitions to `use`, \
             not a definition that classifies leads",
            file.name
        );
        return Err(Outcome::RuleErrors);
    }
    Ok(rules)
}
