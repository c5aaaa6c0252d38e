//! `leadrules snapshot RULES LEADS`: every reference lead's verdict as a sorted, diff-friendly
//! text file (`-o FILE`, or the screen). `--check FILE` compares the verdicts with that file and
//! prints each changed lead (exit 1 when a verdict moved, 0 when only the text of deciding rules
//! changed); `--accept` then rewrites it. The format and the comparison live in
//! `output::snapshot`, the verdicts are taken by `run::snapshot`; this file reads the options
//! and the old snapshot, and prints.

use super::ExitStatus;
use super::load::{Purpose, rules_for_run};
use super::out::{self, destination, errln, note};
use super::progress::open_leads;
use super::qualify::{InputArgs, warn};
use crate::compile::RuleSet;
use crate::message::Message;
use crate::msg;
use crate::output::Summary;
use crate::output::destination::Destination;
use crate::output::snapshot::{self, ColumnWidths, Snapshot};
use crate::run::{RunError, SnapshotTaken, inputs_of, take_snapshot};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct SnapshotArgs {
    /// The lead definition (.rules file).
    #[arg(value_name = "RULES")]
    pub rules: PathBuf,
    /// The reference leads the committee reviews changes on: a CSV export, a JSON array or JSON
    /// Lines; `-` reads them from standard input.
    #[arg(value_name = "LEADS")]
    pub leads: PathBuf,
    /// Write the snapshot to this file instead of the screen. The file appears only when the run
    /// completes.
    #[arg(short, long, value_name = "FILE", conflicts_with = "check")]
    pub output: Option<PathBuf>,
    /// Compare the verdicts with this snapshot file and print every lead whose verdict changed.
    /// Exit code 0 when none did, 1 when some did.
    #[arg(long, value_name = "FILE")]
    pub check: Option<PathBuf>,
    /// With --check: after printing the changes, rewrite the snapshot file with the new
    /// verdicts, and exit 0.
    #[arg(long, requires = "check")]
    pub accept: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(args: SnapshotArgs, ui: super::Ui) -> ExitStatus {
    if let Err(outcome) = super::load::rules_come_first("snapshot", &args.rules, Some(args.leads.as_path()), ui) {
        return outcome;
    }
    let rules = match rules_for_run(&args.rules, Purpose::Classify, ui) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let ui = ui.about(&rules);
    // The file written (the snapshot, or with --accept the one checked against) is checked
    // before anything is read: it must not be the lead file or a rule file.
    let written = args.output.as_deref().or(args.check.as_deref().filter(|_| args.accept));
    let destination = match written {
        Some(path) => match destination(path, &inputs_of(&rules, [args.leads.as_path()]), ui.lang) {
            Ok(destination) => Some(destination),
            Err(outcome) => return outcome,
        },
        None => None,
    };
    let old = match &args.check {
        Some(path) => match read_snapshot(path, &args) {
            Ok(old) => Some(old),
            Err(message) => {
                out::error(ui, message);
                return ExitStatus::FileProblem;
            }
        },
        None => None,
    };
    let reader = match open_leads(&args.leads, &rules.schema, &args.input.options(), ui.lang) {
        Ok(reader) => reader,
        Err(e) => {
            out::error(ui, e.message());
            return ExitStatus::FileProblem;
        }
    };
    warn(&reader, ui);
    let SnapshotTaken { snapshot: new, summary, warnings } = match take_snapshot(&rules, reader, header(&rules, &args))
    {
        Ok(taken) => taken,
        Err(RunError::Input(e)) => {
            out::error(ui, msg!("run-input-broke-snapshot", error = e.message()));
            return ExitStatus::FileProblem;
        }
        Err(e) => {
            out::error(ui, e.message());
            return ExitStatus::FileProblem;
        }
    };
    for warning in &warnings {
        out::warning(ui, warning.clone());
    }
    let text = snapshot::render(&new, &ColumnWidths::for_rules(&rules));
    match (old, &args.check) {
        (Some((old_text, old)), Some(path)) => {
            compare(&args, &rules, (path, destination.as_ref(), ui), &old_text, &old, &new, &text)
        }
        _ => write_new(destination.as_ref(), &text, &summary, ui),
    }
}

/// Without --check: the snapshot to the file or the screen, the summary to stderr.
fn write_new(destination: Option<&Destination>, text: &str, summary: &Summary, ui: super::Ui) -> ExitStatus {
    let written = match destination {
        Some(destination) => destination.write_bytes(text.as_bytes()),
        None => {
            if !super::out::print(text) {
                // A closed pipe ends quietly; another failure is reported as the command ends.
                return ExitStatus::Success;
            }
            Ok(())
        }
    };
    if let Err(message) = written {
        out::error(ui, message);
        return ExitStatus::FileProblem;
    }
    let summary_text = ui.text(&summary.message());
    match destination {
        Some(destination) => errln!("{}: {summary_text}", destination.shown().display()),
        None => errln!("{summary_text}"),
    }
    if summary.error_rows.is_empty() { ExitStatus::Success } else { ExitStatus::RowErrors }
}

/// With --check: the changes on stdout; exit 1 when there are some, unless --accept rewrote
/// the file.
fn compare(
    args: &SnapshotArgs,
    rules: &RuleSet,
    (path, destination, ui): (&Path, Option<&Destination>, super::Ui),
    old_text: &str,
    old: &Snapshot,
    new: &Snapshot,
    new_text: &str,
) -> ExitStatus {
    let diff = snapshot::diff(old, new);
    let report = if diff.moved() == 0 && !diff.is_empty() {
        // Only the text of deciding rules changed: the report says which, and that no verdict moved.
        let note = if args.accept {
            msg!("cli-snapshot-rule-text-rewritten")
        } else {
            msg!("cli-snapshot-rule-text-out-of-date")
        };
        format!("{}{}\n", diff.report(&rules.class_names, ui.lang), ui.text(&note))
    } else if diff.is_empty() {
        let (count, file) = (new.entries.len(), path.display().to_string());
        let line = match (old_text == new_text, args.accept) {
            (true, _) => msg!("cli-snapshot-unchanged", count = count, file = file),
            (false, true) => msg!("cli-snapshot-unchanged-rewritten", count = count, file = file),
            (false, false) => msg!("cli-snapshot-unchanged-out-of-date", count = count, file = file),
        };
        ui.text(&line) + "\n"
    } else {
        diff.report(&rules.class_names, ui.lang)
    };
    super::out::print(&report);
    if let Some(destination) = destination.filter(|_| args.accept) {
        if old_text != new_text
            && let Err(message) = destination.write_bytes(new_text.as_bytes())
        {
            out::error(ui, message);
            return ExitStatus::FileProblem;
        }
        if diff.moved() > 0 {
            note(ui, &msg!("cli-snapshot-accepted", file = path.display().to_string()));
        }
        return ExitStatus::Success;
    }
    if diff.moved() == 0 {
        // No verdict moved (at most the text of a deciding rule changed): nothing to review.
        ExitStatus::Success
    } else {
        note(ui, &msg!("cli-snapshot-differs", file = path.display().to_string()));
        // Exit code 1: the same code as a failed `test` example.
        ExitStatus::RuleErrors
    }
}

/// The snapshot file's text and what it says, or why it cannot be used.
fn read_snapshot(path: &Path, args: &SnapshotArgs) -> Result<(String, Snapshot), Message> {
    let write_one =
        format!("leadrules snapshot {} {} -o {}", shell_word(&args.rules), shell_word(&args.leads), shell_word(path));
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        msg!(
            "cli-snapshot-cannot-read",
            file = file.as_str(),
            reason = crate::diagnostic::plain_io_error(&e),
            command = write_one.as_str()
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let byte = e.utf8_error().valid_up_to().to_string();
        msg!("cli-snapshot-not-utf8", file = file.as_str(), byte = byte, command = write_one.as_str())
    })?;
    let parsed = snapshot::parse(&text).map_err(|e| {
        msg!("cli-snapshot-bad-line", file = file.as_str(), problem = e.message(), command = write_one.as_str())
    })?;
    Ok((text, parsed))
}

/// The comment at the top: what this is, and how to make it again.
fn header(rules: &RuleSet, args: &SnapshotArgs) -> Vec<String> {
    let mut name = format!("\"{}\"", rules.name());
    if let Some(version) = rules.header.as_ref().and_then(|h| h.version.as_ref()) {
        name.push_str(&format!(" version {}", version.node));
    }
    let leads = if args.leads == Path::new("-") {
        "standard input".to_string()
    } else {
        args.leads.file_name().map_or_else(|| args.leads.display().to_string(), |n| n.to_string_lossy().into_owned())
    };
    let file = args.check.as_deref().or(args.output.as_deref()).map_or("FILE".into(), shell_word);
    vec![
        format!(
            " leadrules verdict snapshot of {name} over {leads} — regenerate with: leadrules snapshot {} {} --check {file} --accept",
            shell_word(&args.rules),
            shell_word(&args.leads)
        ),
        " lead, class, scores, fit, grade, temperature, and the rule that decided (its line is not compared)".into(),
    ]
}

/// A path as one shell word.
fn shell_word(path: &Path) -> String {
    let text = path.display().to_string();
    if !text.is_empty() && text.chars().all(|c| c.is_alphanumeric() || "-_./:@%+=,".contains(c)) {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}
