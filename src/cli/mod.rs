//! The command line, one file per command: `check`, `qualify`, `explain`, `test`, `snapshot`,
//! `fmt`, `backtest`, `diff`, `suggest`, `init`, `serve`, `audit` and `sql`; `load`, `progress` and `out` are what the commands share. The
//! commands parse their arguments, call the library (`crate::run` runs the leads) and print.
//!
//! Exit codes (documented in `docs/cli.md`): 0 success; 1 the rule file has errors (or, with
//! `--deny-warnings`, warnings), or a check found something (a failed example, changed verdicts,
//! a file to reformat); 2 wrong usage; 3 a file could not be read or written; 4 the run finished
//! but some leads could not be read (each has an `error` row in the output).

mod audit;
mod backtest;
mod check;
mod check_fix;
mod diff;
mod explain;
mod fmt;
mod help;
mod init;
mod interrupt;
mod load;
mod out;
mod outcome;
mod progress;
mod qualify;
mod serve;
mod snapshot;
mod sql;
mod suggest;
mod test;
mod voice;

use crate::locale::Lang;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::process::ExitCode;
use std::sync::OnceLock;

/// The language chosen for this run, for what is said before a command's `run` gets its [`Ui`]
/// (the checks of option values while the command line is read).
static CHOSEN_LANG: OnceLock<Lang> = OnceLock::new();

/// The language chosen for this run (English until it is known).
fn chosen_lang() -> Lang {
    CHOSEN_LANG.get().copied().unwrap_or_default()
}

/// The language `--lang ru`, `--lang=ru` (or `en`) names on the command line, looked for
/// before the command line is read so that `--help` and the usage errors can be said in it.
pub fn lang_in_args(args: &[OsString]) -> Option<Lang> {
    let choice = |value: &OsString| match value.to_str() {
        Some("ru") => Some(Lang::Ru),
        Some("en") => Some(Lang::En),
        _ => None,
    };
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--") => break,
            Some("--lang") => return args.next().and_then(choice),
            Some(other) => {
                if let Some(value) = other.strip_prefix("--lang=") {
                    return choice(&OsString::from(value));
                }
            }
            None => {}
        }
    }
    None
}

/// How a command ended: the process exit code is its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    Success = 0,
    RuleErrors = 1,
    Usage = 2,
    FileProblem = 3,
    RowErrors = 4,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> ExitCode {
        ExitCode::from(status as u8)
    }
}

#[derive(Parser, Debug)]
#[command(
    name = "leadrules",
    version,
    about = "Check your company's lead definition and run it over the leads your CRM exports",
    long_about = "leadrules reads a lead definition (a .rules file the sales and marketing committee \
agreed on), checks it for mistakes, and gives every lead of a CRM export (CSV or JSON) a class \
such as SQL, MQL or disqualified, with the reasons, the score, the temperature and what is still \
unknown about the lead.\n\nExit codes: 0 success; 1 the rule file has errors or an example failed; 2 wrong usage; \
3 a file could not be read or written; 4 finished, but some leads could not be read."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// When to colour messages: auto (only on a terminal), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The language of messages and reports: ru or en (else LEADRULES_LANG, else the locale).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangChoice>,
}

/// A language `--lang` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangChoice {
    Ru,
    En,
}

/// How the person at the terminal reads what a command says: in colour or not, in which language,
/// and, once the rules a command runs are loaded, the language of their keywords: the program
/// text its messages quote is spelt in it (`voice`, [`Ui::about`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ui {
    pub color: bool,
    pub lang: Lang,
    /// The language of the keywords of the rule file the command is about; `None` before one is
    /// read (the messages quote code as the message files write it).
    pub keywords: Option<Lang>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour text written to stderr.
    pub fn for_stderr(self) -> bool {
        use std::io::IsTerminal;
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check rule files for mistakes and say how to fix each one.
    Check(check::CheckArgs),
    /// Give every lead of a CRM export its class, score, temperature and reasons.
    Qualify(qualify::QualifyArgs),
    /// Show, rule by rule, how one lead got its verdict.
    Explain(explain::ExplainArgs),
    /// Run the `example` leads written in rule files and compare with what they expect.
    Test(test::TestArgs),
    /// Write every reference lead's verdict to a snapshot file, or compare with one (--check).
    Snapshot(snapshot::SnapshotArgs),
    /// Rewrite rule files in the one canonical layout; `--check` only names the files that are not.
    Fmt(fmt::FmtArgs),
    /// Judge a definition on your won/lost history: volume and conversion per class and channel.
    Backtest(backtest::BacktestArgs),
    /// What moving each threshold, weight and point value would do on your history, and the changes it supports.
    Suggest(suggest::SuggestArgs),
    /// Compare two definitions on your history: which leads move, and what sales gets.
    Diff(diff::DiffArgs),
    /// Write a starting definition from a raw export: a field per column, guessed from its data.
    Init(init::InitArgs),
    /// Judge leads as they arrive: the definition as an HTTP service for the CRM.
    Serve(serve::ServeArgs),
    /// Why a lead got the verdict the service answered: its records in the audit log, each re-run by the version that judged it.
    Audit(audit::AuditArgs),
    /// Write the definition as one SQL query that gives every row of a table of leads its verdict, in PostgreSQL or DuckDB.
    Sql(sql::SqlArgs),
}

/// Runs the command line; returns the process exit code.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = Lang::chosen(lang_in_args(&args));
    let _ = CHOSEN_LANG.set(lang);
    let parsed = match lang {
        Lang::En => Cli::try_parse_from(&args),
        Lang::Ru => help::parse_in(lang, &args),
    };
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // `--help` into a closed pipe: nothing to do about it.
            let status = if e.use_stderr() { ExitStatus::Usage } else { ExitStatus::Success };
            help::print_error(e, lang);
            return status.into();
        }
    };
    let lang = Lang::chosen(cli.lang.map(|choice| match choice {
        LangChoice::Ru => Lang::Ru,
        LangChoice::En => Lang::En,
    }));
    let ui = Ui { color: cli.color.for_stderr(), lang, keywords: None };
    // The service stops on these signals itself, gracefully; every other command removes its
    // partial output files.
    if !matches!(cli.command, Command::Serve(_)) {
        interrupt::remove_partial_files_on_signal();
    }
    let outcome = match cli.command {
        Command::Check(args) => check::run(args, ui),
        Command::Qualify(args) => qualify::run(args, ui),
        Command::Explain(args) => explain::run(args, ui),
        Command::Test(args) => test::run(args, ui),
        Command::Snapshot(args) => snapshot::run(args, ui),
        Command::Fmt(args) => fmt::run(args, ui),
        Command::Backtest(args) => backtest::run(args, ui),
        Command::Diff(args) => diff::run(args, ui),
        Command::Suggest(args) => suggest::run(args, ui),
        Command::Init(args) => init::run(args, ui),
        Command::Serve(args) => serve::run(args, ui),
        Command::Sql(args) => sql::run(args, ui),
        Command::Audit(args) => audit::run(args, ui),
    };
    out::finish(outcome, ui.lang).into()
}
