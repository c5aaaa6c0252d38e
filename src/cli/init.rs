//! `leadrules init LEADS [-o FILE]`: a starting definition from a raw export, written by
//! `crate::init`; this file reads the options, refuses to replace a file without `--force`, and
//! writes the text (all or nothing, through a temporary file) or prints it.

use super::out::{self, destination, note};
use super::qualify::InputArgs;
use super::{ExitStatus, LangChoice};
use crate::init::{InitError, InitOptions};
use crate::locale::Lang;
use crate::msg;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// The export to describe: a CSV (`,` `;` tab or `|`; UTF-8 or Windows-1251), a JSON array,
    /// JSON Lines or an Excel workbook.
    #[arg(value_name = "LEADS")]
    pub leads: PathBuf,
    /// Write the definition to this file instead of the screen; an existing file is kept unless
    /// --force is given.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the -o file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Write the keywords in this language: en (the default) or ru. The comments follow --lang.
    #[arg(long, value_enum, value_name = "LANG")]
    pub keywords: Option<LangChoice>,
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(args: InitArgs, ui: super::Ui) -> ExitStatus {
    if let Some(path) = &args.output
        && !args.force
        && std::fs::symlink_metadata(path).is_ok()
    {
        out::error(ui.lang, msg!("init-exists", path = path.display().to_string()));
        return ExitStatus::Usage;
    }
    let target = match &args.output {
        Some(path) => match destination(path, &[&args.leads], ui.lang) {
            Ok(target) => Some(target),
            Err(status) => return status,
        },
        None => None,
    };
    let options = InitOptions {
        input: args.input.options(),
        comments: ui.lang,
        keywords: match args.keywords {
            Some(LangChoice::Ru) => Lang::Ru,
            _ => Lang::En,
        },
        rules_path: args.output.as_ref().map(|p| p.display().to_string()),
    };
    let draft = match crate::init::draft(&args.leads, &options) {
        Ok(draft) => draft,
        Err(error) => {
            out::error(ui.lang, error.message());
            return match error {
                InitError::Internal(_) => ExitStatus::RuleErrors,
                InitError::Input(_) | InitError::NoColumns { .. } => ExitStatus::FileProblem,
            };
        }
    };
    if let Some(warning) = draft.totals.warning() {
        out::warning(ui.lang, warning);
    }
    match (&target, &args.output) {
        (Some(target), Some(path)) => {
            if let Err(message) = target.write_bytes(draft.text.as_bytes()) {
                out::error(ui.lang, message);
                return ExitStatus::FileProblem;
            }
            let shown = path.display().to_string();
            note(ui.lang, &msg!("init-written", path = shown, fields = draft.fields, rows = draft.rows));
        }
        // A failure to write stdout is reported by `out::finish`.
        _ => {
            out::print(&draft.text);
        }
    }
    ExitStatus::Success
}
