//! `leadrules snapshot RULES LEADS`: every reference lead's verdict as a sorted, diff-friendly
//! text file (`-o FILE`, or the screen). `--check FILE` compares the verdicts with that file and
//! prints each changed lead (exit 1 when a verdict moved, 0 when only the text of deciding rules
//! changed); `--accept` then rewrites it. The format and the comparison live in
//! `output::snapshot`; this file reads, evaluates and writes.

use super::Outcome;
use super::load::{Purpose, plain_io_error, rules_for_run};
use super::out::{destination, errln};
use super::qualify::{InputArgs, inputs_of, open_leads};
use crate::compile::RuleSet;
use crate::eval::Verdict;
use crate::eval::verdict::evaluate_into;
use crate::input::LeadReader;
use crate::output::destination::Destination;
use crate::output::snapshot::{self, ColumnWidths, Snapshot};
use crate::output::{LeadRef, Summary};
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

pub fn run(args: SnapshotArgs, color: bool) -> Outcome {
    if let Err(outcome) = super::load::rules_come_first("snapshot", &args.rules, Some(args.leads.as_path())) {
        return outcome;
    }
    let rules = match rules_for_run(&args.rules, Purpose::Classify, color) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    // The file written (the snapshot, or with --accept the one checked against) is checked
    // before anything is read: it must not be the lead file or a rule file.
    let written = args.output.as_deref().or(args.check.as_deref().filter(|_| args.accept));
    let destination = match written {
        Some(path) => match destination(path, &inputs_of(&rules, [args.leads.as_path()])) {
            Ok(destination) => Some(destination),
            Err(outcome) => return outcome,
        },
        None => None,
    };
    let old = match &args.check {
        Some(path) => match read_snapshot(path, &args) {
            Ok(old) => Some(old),
            Err(message) => {
                errln!("error: {message}");
                return Outcome::FileProblem;
            }
        },
        None => None,
    };
    let reader = match open_leads(&args.leads, &rules.schema, &args.input.options()) {
        Ok(reader) => reader,
        Err(e) => {
            errln!("error: {e}");
            return Outcome::FileProblem;
        }
    };
    let (new, summary) = match take(&rules, reader, header(&rules, &args)) {
        Ok(taken) => taken,
        Err(message) => {
            errln!("error: {message}");
            return Outcome::FileProblem;
        }
    };
    let text = snapshot::render(&new, &ColumnWidths::for_rules(&rules));
    match (old, &args.check) {
        (Some((old_text, old)), Some(path)) => {
            compare(&args, &rules, (path, destination.as_ref()), &old_text, &old, &new, &text)
        }
        _ => write_new(destination.as_ref(), &text, &summary),
    }
}

/// Without --check: the snapshot to the file or the screen, the summary to stderr.
fn write_new(destination: Option<&Destination>, text: &str, summary: &Summary) -> Outcome {
    let written = match destination {
        Some(destination) => destination.write_bytes(text.as_bytes()),
        None => {
            if !super::out::print(text) {
                // A closed pipe ends quietly; another failure is reported as the command ends.
                return Outcome::Success;
            }
            Ok(())
        }
    };
    if let Err(message) = written {
        errln!("error: {message}");
        return Outcome::FileProblem;
    }
    match destination {
        Some(destination) => errln!("{}: {summary}", destination.shown().display()),
        None => errln!("{summary}"),
    }
    if summary.error_rows.is_empty() { Outcome::Success } else { Outcome::RowErrors }
}

/// With --check: the changes on stdout; exit 1 when there are some, unless --accept rewrote
/// the file.
fn compare(
    args: &SnapshotArgs,
    rules: &RuleSet,
    (path, destination): (&Path, Option<&Destination>),
    old_text: &str,
    old: &Snapshot,
    new: &Snapshot,
    new_text: &str,
) -> Outcome {
    let diff = snapshot::diff(old, new);
    let report = if diff.moved() == 0 && !diff.is_empty() {
        // Only the text of deciding rules changed: the report says which, and that no verdict moved.
        let note = if args.accept {
            "the file is rewritten with the new rule text"
        } else {
            "the file's rule text is out of date; --accept rewrites it"
        };
        format!("{}({note})\n", diff.report(&rules.class_names))
    } else if diff.is_empty() {
        let mut line = format!("no verdict changed: {} leads, as in {}", new.entries.len(), path.display());
        if old_text != new_text {
            line.push_str(if args.accept {
                " (rewritten with the current line numbers and header)"
            } else {
                " (its line numbers or header are out of date; --accept rewrites them)"
            });
        }
        line + "\n"
    } else {
        diff.report(&rules.class_names)
    };
    super::out::print(&report);
    if let Some(destination) = destination.filter(|_| args.accept) {
        if old_text != new_text
            && let Err(message) = destination.write_bytes(new_text.as_bytes())
        {
            errln!("error: {message}");
            return Outcome::FileProblem;
        }
        if diff.moved() > 0 {
            errln!("accepted: {} now has the new verdicts; commit it together with the rule change", path.display());
        }
        return Outcome::Success;
    }
    if diff.moved() == 0 {
        // No verdict moved (at most the text of a deciding rule changed): nothing to review.
        Outcome::Success
    } else {
        errln!(
            "the verdicts differ from {}; if the changes are intended, run again with --accept and commit the file",
            path.display()
        );
        // Exit code 1: the same code as a failed `test` example.
        Outcome::RuleErrors
    }
}

/// The snapshot file's text and what it says, or why it cannot be used.
fn read_snapshot(path: &Path, args: &SnapshotArgs) -> Result<(String, Snapshot), String> {
    let write_one =
        format!("leadrules snapshot {} {} -o {}", shell_word(&args.rules), shell_word(&args.leads), shell_word(path));
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "cannot read the snapshot {}: {}; write one first with `{write_one}`",
            path.display(),
            plain_io_error(&e)
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: the snapshot is not UTF-8 text (byte {} is not valid); write it again with `{write_one}`",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    let parsed = snapshot::parse(&text).map_err(|e| {
        format!("{} {e}; fix that line, or write the snapshot again with `{write_one}`", path.display())
    })?;
    Ok((text, parsed))
}

/// Evaluates every lead into a snapshot line; a lead that cannot be read gets an `error` line.
/// The most leads a snapshot holds: it is sorted and compared in memory (about 1 KB a lead).
const MAX_SNAPSHOT_LEADS: usize = 200_000;

fn take(rules: &RuleSet, mut reader: LeadReader, comments: Vec<String>) -> Result<(Snapshot, Summary), String> {
    for warning in reader.warnings() {
        errln!("warning: {warning}");
    }
    let mut entries = Vec::new();
    let mut summary = Summary::new(&rules.class_names);
    let mut verdict = Verdict::default();
    for row in &mut reader {
        if entries.len() >= MAX_SNAPSHOT_LEADS {
            return Err(format!(
                "a snapshot holds at most {MAX_SNAPSHOT_LEADS} leads, and this lead file has more; a snapshot is \
                 the committee's reference leads (hundreds or thousands), compared lead by lead\n\
                 help: take a sample of the export for the snapshot, and use `leadrules qualify` for the whole file"
            ));
        }
        let lead_ref = LeadRef { row: row.record, id: row.id.as_deref() };
        match &row.values {
            Ok(lead) => {
                evaluate_into(rules, lead, &mut verdict);
                if let Some(problem) = crate::eval::fault::problem(rules, &verdict) {
                    entries.push(snapshot::error_entry(&lead_ref, &problem));
                    summary.error_rows.push(row.record);
                    summary.uncomputable_rows.push(row.record);
                    continue;
                }
                entries.push(snapshot::entry(rules, &lead_ref, &verdict));
                summary.count(rules.class_name(verdict.class_rule));
            }
            Err(problem) => {
                entries.push(snapshot::error_entry(&lead_ref, &problem.to_string()));
                summary.error_rows.push(row.record);
            }
        }
    }
    if let Some(e) = reader.take_error() {
        return Err(format!(
            "{e}; no snapshot was written or compared, since the leads after this point could not be read"
        ));
    }
    summary.blank_rows = reader.blank_rows();
    let snapshot = Snapshot::new(comments, entries);
    for pair in snapshot.entries.windows(2).filter(|p| p[0].lead == p[1].lead) {
        if !matches!(pair[0].lead, snapshot::LeadKey::Id(_)) {
            continue;
        }
        errln!(
            "warning: more than one lead has the id {}; --check matches them in the order of the lead file",
            pair[0].lead.render()
        );
    }
    Ok((snapshot, summary))
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
