//! Checked model → `RuleSet`: expressions compiled to flat steps over registers (`emit`).
//!
//! `load` is the front door used by the commands: read a definition and the files it uses
//! (`loader`, which reads each file's text through `read`), check it, and compile it.

mod emit;
pub mod ids;
mod loader;
mod lower;
mod narrow;
pub mod program;
pub mod read;
pub mod signature;
pub mod stdlib;
pub mod validate;

pub use lower::compile;
pub use program::{ClassRuleLabel, RuleSet};

use crate::diagnostic::Diagnostic;
use crate::span::{SourceFile, SourceMap};

/// The result of loading a rule file: the compiled rules when there were no errors, every
/// diagnostic (warnings included) found on the way, and the files they point into.
pub struct Loaded {
    /// The compiled rules, or `None` when the file has errors (or could not be compiled).
    pub rules: Option<RuleSet>,
    /// Every problem found, errors and warnings, sorted by their place in the files.
    pub diagnostics: Vec<Diagnostic>,
    /// The definition's file and every file it uses: what the diagnostics' spans point into.
    pub sources: SourceMap,
    /// Whether the rules are missing because of a bug in leadrules rather than a mistake in the
    /// files: the compiled program broke one of its invariants (`validate::CompileError::Broken`).
    pub internal_error: bool,
}

/// Parses, checks and compiles a rule file. Its name is its path: `use` lines are resolved
/// from the file's folder.
pub fn load(source: SourceFile) -> Loaded {
    load_changed(source, &[])
}

/// [`load`], with the used files named in `changed` (name as diagnostics show it, text) taken
/// from there instead of the disk: how `check --fix` checks again after fixing used files.
pub fn load_changed(source: SourceFile, changed: &[(String, String)]) -> Loaded {
    let assembled = loader::assemble(source, changed);
    let mut checked = crate::check::check(&assembled.file, &assembled.sources, &assembled.imported_via);
    let mut diagnostics = assembled.diagnostics;
    narrow::bare_expectations(&mut diagnostics, &assembled.file);
    let syntax_failed = diagnostics.iter().any(Diagnostic::is_error);
    if syntax_failed {
        // Parts of the definition did not parse or could not be used, so names they declared
        // are missing: keep only what the checker can still say with confidence.
        checked.diagnostics.retain(|d| !crate::check::depends_on_whole_file(d.code));
    }
    diagnostics.append(&mut checked.diagnostics);
    crate::diagnostic::sort(&mut diagnostics);
    let mut internal_error = false;
    let rules = match checked.model {
        Some(model) if !syntax_failed => match compile(model, assembled.sources.clone()) {
            Ok(mut rules) => {
                rules.disk_files = assembled.disk_files;
                Some(rules)
            }
            // Too large to number, or a compiler bug: an error on the file, and no rules.
            Err(error) => {
                internal_error = matches!(error, validate::CompileError::Broken(_));
                diagnostics.push(error.to_diagnostic(&assembled.sources));
                None
            }
        },
        _ => None,
    };
    Loaded { rules, diagnostics, sources: assembled.sources, internal_error }
}
