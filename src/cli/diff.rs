//! `leadrules diff OLD NEW HISTORY`: what a change to the definition does on the company's own
//! history — which leads change class (the transition matrix, with examples and the rule that
//! moved them), and the leads sales gets before and after, with how many were won.
//!
//! OLD and NEW are rule files, or `NAME@VERSION` to pick a file by its `definition` line from
//! the rules folder (`--rules-dir`, default `rules`).

use super::ExitStatus;
use super::backtest::{ReportArgs, open_history, reported, show};
use super::load::{Purpose, rules_for_run};
use super::out;
use crate::backtest::figures::Words;
use crate::backtest::history::judge_side_by_side;
use crate::backtest::text;
use crate::message::Message;
use crate::msg;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// The current definition: a .rules file, or NAME@VERSION.
    #[arg(value_name = "OLD")]
    pub old: String,
    /// The proposed definition: a .rules file, or NAME@VERSION.
    #[arg(value_name = "NEW")]
    pub new: String,
    /// The history: a lead export with a column saying how each lead ended.
    #[arg(value_name = "HISTORY")]
    pub history: PathBuf,
    /// Where to look for NAME@VERSION definitions.
    #[arg(long, value_name = "DIR", default_value = "rules")]
    pub rules_dir: PathBuf,
    #[command(flatten)]
    pub report: ReportArgs,
}

pub fn run(args: DiffArgs, ui: super::Ui) -> ExitStatus {
    if args.history == Path::new("-") {
        out::error(ui.lang, msg!("cli-diff-history-from-stdin"));
        return ExitStatus::Usage;
    }
    let mut loaded = Vec::new();
    for spec in [&args.old, &args.new] {
        let path = match resolve(spec, &args.rules_dir) {
            Ok(path) => path,
            Err(message) => {
                out::error(ui.lang, message);
                return ExitStatus::FileProblem;
            }
        };
        if let Err(outcome) = super::load::rules_come_first("diff", &path, Some(&args.history), ui) {
            return outcome;
        }
        match rules_for_run(&path, Purpose::Classify, ui) {
            Ok(rules) => loaded.push(rules),
            Err(outcome) => return outcome,
        }
    }
    let (old_rules, new_rules) = (&loaded[0], &loaded[1]);
    // Said about the new definition: the one the change is written in.
    let ui = ui.about(new_rules);
    let options = match args.report.options() {
        Ok(options) => options,
        Err(message) => {
            out::error(ui, message);
            return ExitStatus::Usage;
        }
    };
    if let Err(message) = options.check_sales_classes(&[old_rules, new_rules]) {
        out::error(ui, message);
        return ExitStatus::Usage;
    }
    let page = match super::backtest::html_destination(&args.report, &[old_rules, new_rules], &args.history, ui.lang) {
        Ok(page) => page,
        Err(outcome) => return outcome,
    };
    // The reader's warnings are said once.
    let judged = open_history(old_rules, &args.history, &args.report, &options, Some(ui.lang))
        .and_then(|old| {
            let new = open_history(new_rules, &args.history, &args.report, &options, None)?;
            judge_side_by_side((old_rules, old), (new_rules, new), &args.history.display().to_string(), &options)
        })
        .map_err(|e| e.with_help(old_rules, &args.history, &args.report.input.options()));
    let (result, unreadable) = match reported(judged, ui) {
        Ok(judged) => judged,
        Err(status) => return status,
    };
    let words = Words::of(ui.lang).with_keywords(ui.keywords);
    let shown = show(
        &args.report,
        page.as_ref(),
        &result,
        text::diff(&result, words),
        |d| crate::backtest::html::diff_page(d, words),
        ui,
    );
    super::backtest::finish(shown, &unreadable, ui)
}

/// A rule file's path from `path/to/file.rules` or `NAME@VERSION`.
fn resolve(spec: &str, rules_dir: &Path) -> Result<PathBuf, Message> {
    let as_path = PathBuf::from(spec);
    if as_path.exists() {
        return Ok(as_path);
    }
    let folder = rules_dir.display().to_string();
    let Some((name, version)) = spec.rsplit_once('@') else {
        return Err(msg!("cli-diff-no-rule-file", spec = spec, folder = folder));
    };
    let entries = std::fs::read_dir(rules_dir).map_err(|e| {
        msg!("cli-diff-cannot-read-folder", folder = folder.as_str(), reason = crate::diagnostic::plain_io_error(&e))
    })?;
    let mut found = Vec::new();
    let mut seen = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rules") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let Some(header) = crate::syntax::parse(&text).file.header else { continue };
        let header_version = header.version.as_ref().map(|v| v.node.trim_matches('"').to_string()).unwrap_or_default();
        seen.push(format!("{}@{}", header.name.node, header_version));
        if header.name.node.eq_ignore_ascii_case(name.trim()) && header_version == version.trim() {
            found.push(path);
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(msg!(
            "cli-diff-no-such-version",
            name = name,
            version = version,
            folder = folder,
            found = seen.join(", ")
        )),
        _ => Err(msg!(
            "cli-diff-several-versions",
            name = name,
            version = version,
            folder = folder,
            files = format!("{found:?}")
        )),
    }
}
