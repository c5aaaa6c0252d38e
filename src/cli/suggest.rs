//! `leadrules suggest RULES HISTORY`: what moving each number of a definition would do on the
//! history, which unused fields separate won from lost, and the changes the history supports,
//! each as a diff of the rule file with the backtest figures before and after.

use super::ExitStatus;
use super::backtest::ReportFormat;
use super::load::{Purpose, read_source, rules_for_run};
use super::out;
use super::qualify::InputArgs;
use crate::backtest::figures::Words;
use crate::backtest::suggest::{self, SuggestError};
use crate::msg;
use std::io::Read;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct SuggestArgs {
    /// The lead definition (.rules file).
    #[arg(value_name = "RULES")]
    pub rules: PathBuf,
    /// The history: a lead export with a column saying how each lead ended.
    #[arg(value_name = "HISTORY")]
    pub history: PathBuf,
    #[command(flatten)]
    pub outcomes: super::outcome::OutcomeArgs,
    /// `text` (tables) or `json`.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(args: SuggestArgs, ui: super::Ui) -> ExitStatus {
    if let Err(outcome) = super::load::rules_come_first("suggest", &args.rules, Some(args.history.as_path()), ui) {
        return outcome;
    }
    let rules = match rules_for_run(&args.rules, Purpose::Classify, ui) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let ui = ui.about(&rules);
    let source = match read_source(&args.rules) {
        Ok(source) => source,
        Err(message) => {
            out::error(ui, message);
            return ExitStatus::FileProblem;
        }
    };
    let options = match args.outcomes.options() {
        Ok(options) => options,
        Err(message) => {
            out::error(ui, message);
            return ExitStatus::Usage;
        }
    };
    if let Err(message) = options.check_sales_classes(&[&rules]) {
        out::error(ui, message);
        return ExitStatus::Usage;
    }
    if args.history == std::path::Path::new("-") {
        out::error(ui, msg!("suggest-error-history-from-stdin"));
        return ExitStatus::Usage;
    }
    let bytes = match read_history(&args.history) {
        Ok(bytes) => bytes,
        Err(reason) => {
            let message = msg!(
                "suggest-error-cannot-read-history",
                path = args.history.display().to_string(),
                reason = crate::diagnostic::plain_io_error(&reason)
            );
            out::error(ui, message);
            return ExitStatus::FileProblem;
        }
    };
    let found = suggest::suggest(&source, &rules, &args.history, bytes.into(), &args.input.options(), &options);
    let found = match found {
        Ok(found) => found,
        Err(SuggestError::History(e)) => {
            out::error(ui, e.message());
            return if e.is_usage() { ExitStatus::Usage } else { ExitStatus::FileProblem };
        }
    };
    match args.format {
        ReportFormat::Text => {
            out::print(&suggest::text::suggestions(&found, Words::of(ui.lang).with_keywords(ui.keywords)));
        }
        ReportFormat::Json => match serde_json::to_string_pretty(&found) {
            Ok(json) => {
                out::print(&format!("{json}\n"));
            }
            Err(e) => {
                out::error(ui, msg!("cli-report-json-failed", reason = e.to_string()));
                return ExitStatus::FileProblem;
            }
        },
    }
    if found.unreadable > 0 { ExitStatus::RowErrors } else { ExitStatus::Success }
}

/// The history's bytes, read once: every candidate change is judged on them.
fn read_history(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.read_to_end(&mut bytes)?;
    Ok(bytes)
}
