//! `leadrules check FILE...`: every mistake of every file, with how to fix it.

use super::ExitStatus;
use super::load::read_source;
use super::out::{self, err, errln};
use crate::compile::load;
use crate::diagnostic::Severity;
use crate::message::Message;
use crate::msg;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// The rule files to check.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Also fail (exit 1) when there are only warnings.
    #[arg(long)]
    pub deny_warnings: bool,
    /// `text` for people, `json` for programs.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Apply the safe fixes (rewriting the files), then list what is left.
    #[arg(long)]
    pub fix: bool,
    /// With `--fix`: show the fixes as a unified diff on standard output and write nothing.
    #[arg(long, requires = "fix")]
    pub diff: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

pub fn run(args: CheckArgs, ui: super::Ui) -> ExitStatus {
    let color = ui.color;
    if args.fix {
        return super::check_fix::run(args, ui);
    }
    let (mut errors, mut warnings, mut unreadable) = (0usize, 0usize, 0usize);
    let mut json = Vec::new();
    for path in &args.files {
        let source = match super::load::lead_file_given_as_rules("check", path, None)
            .map_or_else(|| read_source(path), Err)
        {
            Ok(source) => source,
            Err(message) => {
                unreadable += 1;
                match args.format {
                    CheckFormat::Text => out::error(ui.lang, message),
                    CheckFormat::Json => json.push(serde_json::json!({ "file": path.display().to_string(), "severity": "error", "code": "io", "message": ui.lang.text(&message) })),
                }
                continue;
            }
        };
        let loaded = load(source.clone());
        let file_errors = loaded.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        let file_warnings = loaded.diagnostics.len() - file_errors;
        errors += file_errors;
        warnings += file_warnings;
        match args.format {
            CheckFormat::Text => {
                err!("{}", crate::render::to_text(&loaded.diagnostics, &loaded.sources, color, ui.lang));
                errln!("{}", ui.lang.text(&file_counts(&source.name, file_errors, file_warnings)));
            }
            CheckFormat::Json => json.extend(crate::render::to_json(&loaded.diagnostics, &loaded.sources, ui.lang)),
        }
    }
    if args.format == CheckFormat::Json {
        super::out::print(&format!("{}\n", serde_json::to_string_pretty(&json).unwrap_or_else(|_| "[]".into())));
    }
    if unreadable > 0 {
        ExitStatus::FileProblem
    } else if errors > 0 || (args.deny_warnings && warnings > 0) {
        ExitStatus::RuleErrors
    } else {
        ExitStatus::Success
    }
}

/// A file's line at the end of a check: `acme.rules: 1 error, 2 warnings`, or `no problems`.
pub(super) fn file_counts(file: &str, errors: usize, warnings: usize) -> Message {
    if errors == 0 && warnings == 0 {
        msg!("cli-check-no-problems", file = file)
    } else {
        msg!("cli-check-problems", file = file, errors = errors, warnings = warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;

    #[test]
    fn counts_take_each_language_s_plural_forms() {
        let said = |lang: Lang, errors, warnings| lang.text(&file_counts("a.rules", errors, warnings));
        assert_eq!(said(Lang::En, 1, 0), "a.rules: 1 error, 0 warnings");
        assert_eq!(said(Lang::En, 2, 1), "a.rules: 2 errors, 1 warning");
        assert_eq!(said(Lang::En, 0, 0), "a.rules: no problems");
        assert_eq!(said(Lang::Ru, 1, 2), "a.rules: 1 ошибка, 2 предупреждения");
        assert_eq!(said(Lang::Ru, 2, 5), "a.rules: 2 ошибки, 5 предупреждений");
        assert_eq!(said(Lang::Ru, 5, 1), "a.rules: 5 ошибок, 1 предупреждение");
        assert_eq!(said(Lang::Ru, 21, 11), "a.rules: 21 ошибка, 11 предупреждений");
        assert_eq!(said(Lang::Ru, 22, 0), "a.rules: 22 ошибки, 0 предупреждений");
        assert_eq!(said(Lang::Ru, 0, 0), "a.rules: проблем не найдено");
    }
}
