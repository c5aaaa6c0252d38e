//! `leadrules check --fix FILE...`: apply the safe fixes of every diagnostic, write each changed
//! file whole (never a partial file; a link is followed), check again and report what was fixed
//! and what is left. `--diff` shows the same edits as a unified diff and writes nothing.
//!
//! A fix in a file the definition `use`s is applied to that file in the same run (the check
//! after each round reads the fixed texts, not the disk); a standard framework (built into the
//! program) is never written. A written file keeps its own line breaks (LF, CRLF or CR). Which fixes are applied, and in how many rounds, is
//! `crate::fix`'s rule.

use super::ExitStatus;
use super::check::{CheckArgs, CheckFormat, file_counts};
use super::load::read_source;
use super::out::{self, err, errln, outln};
use crate::compile::read::LineEnding;
use crate::compile::{load, load_changed};
use crate::diagnostic::{Diagnostic, Severity};
use crate::message::Message;
use crate::msg;
use crate::output::destination::Destination;
use crate::span::{SourceFile, SourceMap};
use std::path::Path;

/// What fixing one file came to.
struct FileOutcome {
    errors: usize,
    warnings: usize,
    /// A changed file could not be written.
    unwritable: bool,
}

pub fn run(args: CheckArgs, ui: super::Ui) -> ExitStatus {
    let (mut errors, mut warnings, mut file_problems) = (0usize, 0usize, 0usize);
    let mut json = Vec::new();
    for path in &args.files {
        let source =
            match super::load::lead_file_given_as_rules("check", path, None).map_or_else(|| read_source(path), Err) {
                Ok(source) => source,
                Err(message) => {
                    out::error(ui.lang, message);
                    file_problems += 1;
                    continue;
                }
            };
        let outcome = fix_one(&source, &args, ui, &mut json);
        errors += outcome.errors;
        warnings += outcome.warnings;
        file_problems += usize::from(outcome.unwritable);
    }
    if args.format == CheckFormat::Json {
        super::out::print(&format!("{}\n", serde_json::to_string_pretty(&json).unwrap_or_else(|_| "[]".into())));
    }
    if file_problems > 0 {
        ExitStatus::FileProblem
    } else if errors > 0 || (args.deny_warnings && warnings > 0) {
        ExitStatus::RuleErrors
    } else {
        ExitStatus::Success
    }
}

fn fix_one(source: &SourceFile, args: &CheckArgs, ui: super::Ui, json: &mut Vec<serde_json::Value>) -> FileOutcome {
    let ui = ui.about_text(&source.text);
    let root = source.name.clone();
    let fixed = crate::fix::fix_until_settled(
        |changed| {
            let text = changed.iter().find(|(name, _)| *name == root).map_or(&source.text, |(_, text)| text);
            let loaded = load_changed(SourceFile::new(root.clone(), text.clone()), changed);
            (loaded.diagnostics, loaded.sources)
        },
        |name| name == root || crate::compile::stdlib::get(name).is_none(),
    );
    let report = |line: Message| match args.format {
        // The JSON on standard output stays JSON: the report goes to stderr.
        CheckFormat::Json => errln!("{}", ui.text(&line)),
        CheckFormat::Text => outln!("{}", ui.text(&line)),
    };
    if args.diff {
        for (name, before, after) in &fixed.files {
            let diff = similar::TextDiff::from_lines(before, after);
            super::out::print(
                &diff
                    .unified_diff()
                    .header(
                        &format!("a/{}", name.trim_start_matches('/')),
                        &format!("b/{}", name.trim_start_matches('/')),
                    )
                    .to_string(),
            );
        }
    }
    let mut unwritable = false;
    let mut written: Vec<&str> = Vec::new();
    if !args.diff {
        for (name, _, after) in &fixed.files {
            // A link is followed: the file it points to is fixed, the link stays; its lines end
            // as they did (a lone `\r` was read as `\n`).
            let after = LineEnding::of_file(Path::new(name)).apply(after);
            let result = match Destination::resolve(Path::new(name), &[] as &[&Path]) {
                Ok(destination) => destination.write_bytes(after.as_bytes()),
                Err(e) => Err(e.message()),
            };
            match result {
                Ok(()) => written.push(name),
                Err(message) => {
                    out::error(ui, msg!("cli-fix-not-written", problem = message, file = name.as_str()));
                    unwritable = true;
                }
            }
        }
    }
    for (file, code, count) in crate::fix::counts(&fixed.applied) {
        let done = args.diff || written.contains(&file.as_str());
        let (file, code) = (file.as_str(), code.as_str());
        report(match (done, args.diff) {
            (true, false) => msg!("cli-fix-fixed", file = file, count = count, code = code),
            (true, true) => msg!("cli-fix-would-fix", file = file, count = count, code = code),
            (false, _) => msg!("cli-fix-could-not-write", file = file, count = count, code = code),
        });
    }
    if fixed.applied.is_empty() {
        report(msg!("cli-fix-nothing", file = root.as_str()));
    }
    // What is left: checked again from the files as they now are (the used files too), or, for
    // `--diff` and a file that could not be written, as they would be.
    let (left, sources): (Vec<Diagnostic>, SourceMap) = if args.diff || unwritable || fixed.applied.is_empty() {
        (fixed.left, fixed.sources)
    } else {
        match read_source(Path::new(&root)) {
            Ok(source) => {
                let loaded = load(source);
                (loaded.diagnostics, loaded.sources)
            }
            Err(_) => (fixed.left, fixed.sources),
        }
    };
    let file_errors = left.iter().filter(|d| d.severity == Severity::Error).count();
    let file_warnings = left.len() - file_errors;
    match args.format {
        CheckFormat::Text => {
            err!("{}", crate::render::to_text(&left, &sources, ui.color, ui.lang));
            // With `--diff` nothing was written: the count is of what the fixes would leave.
            let counts = match (args.diff && !fixed.applied.is_empty(), file_errors + file_warnings) {
                (true, 0) => msg!("cli-fix-would-leave-none", file = root.as_str()),
                (true, _) => {
                    msg!("cli-fix-would-leave", file = root.as_str(), errors = file_errors, warnings = file_warnings)
                }
                (false, _) => file_counts(&root, file_errors, file_warnings),
            };
            errln!("{}", ui.text(&counts));
        }
        CheckFormat::Json => json.extend(crate::render::to_json(&left, &sources, ui.lang)),
    }
    FileOutcome { errors: file_errors, warnings: file_warnings, unwritable }
}
