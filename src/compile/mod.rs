//! Checked model → `RuleSet`: expressions flattened to postfix code over slots and indices.
//!
//! `load` is the front door used by the commands: parse, check and compile one rule file.

mod lower;
pub mod program;

pub use lower::compile;
pub use program::RuleSet;

use crate::diagnostic::Diagnostic;
use crate::span::SourceFile;

/// The result of loading a rule file: the compiled rules when there were no errors, and every
/// diagnostic (warnings included) found on the way.
pub struct Loaded {
    pub rules: Option<RuleSet>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses, checks and compiles a rule file.
pub fn load(source: SourceFile) -> Loaded {
    let parsed = crate::syntax::parse(&source.text);
    let mut checked = crate::check::check(&parsed.file, &source.text);
    let mut diagnostics = parsed.diagnostics;
    let syntax_failed = diagnostics.iter().any(Diagnostic::is_error);
    if syntax_failed {
        // Parts of the file did not parse, so names they declared are missing: keep only what
        // the checker can still say with confidence.
        checked.diagnostics.retain(|d| !crate::check::depends_on_whole_file(d.code));
    }
    diagnostics.append(&mut checked.diagnostics);
    crate::diagnostic::sort(&mut diagnostics);
    let rules = match checked.model {
        Some(model) if !syntax_failed => Some(compile(model, source)),
        _ => None,
    };
    Loaded { rules, diagnostics }
}
