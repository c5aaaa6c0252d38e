//! `leadrules backtest RULES HISTORY`: how a definition does on the company's own won/lost
//! history — volume and conversion per class, channel, grade and temperature, what each gate
//! removed, and the won deals sales never saw.

use super::ExitStatus;
use super::load::{Purpose, rules_for_run};
use super::out::{self, destination, errln, note};
use super::qualify::InputArgs;
use super::voice::Voice;
use crate::backtest::by::BySpec;
use crate::backtest::figures::Words;
use crate::backtest::history::{self, HistoryError, Judged, OpenHistory};
use crate::backtest::run::{HistoryOptions, Unreadable};
use crate::backtest::text;
use crate::compile::RuleSet;
use crate::locale::Lang;
use crate::msg;
use crate::output::destination::Destination;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct BacktestArgs {
    /// The lead definition (.rules file).
    #[arg(value_name = "RULES")]
    pub rules: PathBuf,
    /// The history: a lead export with a column saying how each lead ended (with `--sql`, the
    /// table of the database that holds it).
    #[arg(value_name = "HISTORY")]
    pub history: PathBuf,
    /// Also list what each gate, criterion, score line and class rule decided or changed on the
    /// history, and the lines that never did.
    #[arg(long)]
    pub coverage: bool,
    /// Print the backtest as one SQL query for this database (postgres or duckdb) over the table
    /// HISTORY instead of reading a file: the query `leadrules sql --backtest` writes
    #[arg(long, value_enum, value_name = "DIALECT",
          conflicts_with_all = ["coverage", "by", "target_volume", "target_conversion", "value", "html", "format"])]
    pub sql: Option<crate::sql::Dialect>,
    /// Write `CREATE VIEW NAME AS` the query, for the database to refresh on its own schedule
    #[arg(long, value_name = "VIEW", requires = "sql")]
    pub view: Option<String>,
    /// Columns named otherwise than the first `from` name of their field: field=column, separated
    /// by commas
    #[arg(long, value_name = "FIELD=COLUMN,...", requires = "sql")]
    pub columns: Option<String>,
    /// The decimal mark of the table's numbers, `,` or `.`, for the number fields whose `format`
    /// declares none (a number such as 1.000 reads two ways)
    #[arg(long, value_enum, value_name = "MARK", requires = "sql")]
    pub decimal_mark: Option<super::sql::MarkArg>,
    /// An export of the table: its header names the fields' columns, and its numbers show each
    /// column's decimal mark, as `qualify` learns it from the file
    #[arg(long, value_name = "FILE", requires = "sql")]
    pub sample: Option<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// How to read a history and where to show the figures; shared with `diff`.
#[derive(clap::Args, Debug, Clone)]
pub struct ReportArgs {
    #[command(flatten)]
    pub outcomes: super::outcome::OutcomeArgs,
    /// The field that names the lead's source channel (default: `source` or `channel`).
    #[arg(long, value_name = "FIELD")]
    pub channel: Option<String>,
    /// Break the figures down by KEY: any column of the history or field of the rules, `class`,
    /// `grade`, `temperature`, `score`, a score's name, `fit` or `PROFILE.fit`; numbers in bins:
    /// `budget:quantiles=4` or `budget:0,100000,1000000`; twice for a cross table as well.
    #[arg(long, value_name = "KEY")]
    pub by: Vec<String>,
    /// The score threshold that hands this share of the leads to sales: `30%`.
    #[arg(long, value_name = "PERCENT")]
    pub target_volume: Option<String>,
    /// The score threshold that keeps the conversion at least this: `25%`.
    #[arg(long, value_name = "PERCENT")]
    pub target_conversion: Option<String>,
    /// The column with each deal's value (money, read as the reader reads amounts); without it,
    /// the definition's deal size if it has one.
    #[arg(long, value_name = "COLUMN")]
    pub value: Option<String>,
    /// `text` (tables) or `json`.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Also write a self-contained HTML page with the charts.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

impl ReportArgs {
    /// The options, or why they contradict each other (one outcome value in two lists).
    pub fn options(&self) -> Result<HistoryOptions, crate::message::Message> {
        let outcomes = self.outcomes.options()?;
        Ok(HistoryOptions {
            channel: self.channel.clone(),
            by: self.by.iter().map(|b| BySpec::parse(b)).collect::<Result<_, _>>()?,
            target_volume: self.target_volume.as_deref().map(|t| percent("--target-volume", t)).transpose()?,
            target_conversion: self
                .target_conversion
                .as_deref()
                .map(|t| percent("--target-conversion", t))
                .transpose()?,
            value: self.value.clone(),
            coverage: false,
            ..outcomes
        })
    }
}

/// `30%`, `30`, `30,5 %` as a fraction; refused outside 0–100 %.
fn percent(option: &str, text: &str) -> Result<f64, crate::message::Message> {
    let number = text.trim().trim_end_matches('%').trim().replace(',', ".");
    match number.parse::<f64>() {
        Ok(n) if (0.0..=100.0).contains(&n) => Ok(n / 100.0),
        _ => Err(msg!("backtest-error-bad-percent", option = option, value = text)),
    }
}

pub fn run(args: BacktestArgs, ui: super::Ui) -> ExitStatus {
    if let Err(outcome) = super::load::rules_come_first("backtest", &args.rules, Some(args.history.as_path()), ui) {
        return outcome;
    }
    if let Some(dialect) = args.sql {
        // The history is a table of the database: the query is `sql --backtest`'s.
        let report = &args.report;
        let table = args.history.to_string_lossy();
        let target = super::sql::Target {
            dialect,
            table: &table,
            view: args.view.as_deref(),
            columns: args.columns.as_deref(),
            decimal_mark: args.decimal_mark,
            sample: args.sample.as_deref(),
        };
        let outcomes = super::sql::OutcomeArgs {
            outcome: &report.outcomes.outcome,
            won: &report.outcomes.won,
            lost: &report.outcomes.lost,
            open: &report.outcomes.open,
            sales: &report.outcomes.sales,
            channel: report.channel.as_deref(),
        };
        return super::sql::backtest_query_of(&args.rules, &target, &outcomes, ui);
    }
    let rules = match rules_for_run(&args.rules, Purpose::Classify, ui) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let ui = ui.about(&rules);
    let options = match args.report.options() {
        Ok(options) => HistoryOptions { coverage: args.coverage, ..options },
        Err(message) => {
            out::error(ui, message);
            return ExitStatus::Usage;
        }
    };
    if let Err(message) = options.check_sales_classes(&[&rules]) {
        out::error(ui, message);
        return ExitStatus::Usage;
    }
    let page = match html_destination(&args.report, &[&rules], &args.history, ui.lang) {
        Ok(page) => page,
        Err(outcome) => return outcome,
    };
    let judged = open_history(&rules, &args.history, &args.report, &options, Some(ui.lang))
        .and_then(|opened| history::judge_history(&rules, opened, &args.history.display().to_string(), &options))
        .map_err(|e| e.with_help(&rules, &args.history, &args.report.input.options()));
    let (backtest, unreadable) = match reported(judged, ui) {
        Ok(judged) => judged,
        Err(status) => return status,
    };
    warn_unreadable_values(&backtest, ui);
    let words = Words::of(ui.lang).with_keywords(ui.keywords);
    let shown = show(
        &args.report,
        page.as_ref(),
        &backtest,
        text::backtest(&backtest, words),
        |b| crate::backtest::html::backtest_page(b, words),
        ui,
    );
    finish(shown, &unreadable, ui)
}

/// Where `--html` writes the page, checked before the history is read: never over the history
/// or a rule file.
pub fn html_destination(
    report: &ReportArgs,
    rules: &[&RuleSet],
    history: &Path,
    lang: Lang,
) -> Result<Option<Destination>, ExitStatus> {
    let Some(path) = &report.html else { return Ok(None) };
    let mut inputs: Vec<&Path> = rules.iter().flat_map(|r| r.disk_files.iter().map(PathBuf::as_path)).collect();
    inputs.push(history);
    destination(path, &inputs, lang).map(Some)
}

/// Reports the rows that could not be read (never silently: they are not in the figures) and
/// turns them into exit code 4, as `qualify` does.
pub fn finish(shown: ExitStatus, unreadable: &Unreadable, voice: impl Voice) -> ExitStatus {
    if unreadable.count == 0 || shown != ExitStatus::Success {
        return shown;
    }
    out::warning(voice, msg!("cli-history-unreadable-rows", count = unreadable.count));
    // Each problem names its place (`line 7, column "X": ...`): said once.
    for (_, problem) in &unreadable.first {
        errln!("  {}", voice.text(problem));
    }
    if unreadable.count > unreadable.first.len() as u64 {
        let more = unreadable.count - unreadable.first.len() as u64;
        errln!("  {}", voice.text(&msg!("cli-history-unreadable-more", count = more)));
    }
    ExitStatus::RowErrors
}

/// Opens a history to be judged lead by lead under one definition (with a progress bar on a
/// terminal for a large file). `warn` is the language to say the reader's warnings in, or `None`
/// not to say them (once, when a history is read twice).
pub fn open_history<'r>(
    rules: &'r RuleSet,
    path: &Path,
    report: &ReportArgs,
    options: &'r HistoryOptions,
    warn: Option<Lang>,
) -> Result<OpenHistory<'r>, HistoryError> {
    let lang = warn.unwrap_or_default();
    let open_file = |path: &Path| super::progress::open_file(path, lang);
    let opened = history::open_history(rules, path, &report.input.options(), options, open_file)?;
    for (warning, lang) in opened.warnings.iter().filter_map(|w| warn.map(|lang| (w, lang))) {
        out::warning(lang, warning.clone());
    }
    Ok(opened)
}

/// The figures of a judged history and its unreadable rows, once the outcome texts counted as
/// open are said; or the error said, as the exit status.
pub fn reported<T>(judged: Result<Judged<T>, HistoryError>, voice: impl Voice) -> Result<(T, Unreadable), ExitStatus> {
    match judged {
        Ok(Judged { report, unreadable, unrecognized, totals }) => {
            if let Some(warning) = totals.warning() {
                out::warning(voice, warning);
            }
            warn_unrecognized(&unrecognized, voice);
            Ok((report, unreadable))
        }
        Err(e) => {
            out::error(voice, e.message());
            Err(if e.is_usage() { ExitStatus::Usage } else { ExitStatus::FileProblem })
        }
    }
}

/// Says on stderr how many deal values could not be read (left out of the value figures, never
/// taken for zero), whatever the report's format.
pub fn warn_unreadable_values(backtest: &crate::backtest::Backtest, voice: impl Voice) {
    if let Some(v) = backtest.value.as_ref().filter(|v| v.unreadable > 0) {
        out::warning(voice, msg!("cli-history-value-unreadable", count = v.unreadable, column = v.source.as_str()));
    }
}

/// Says which outcome texts were counted as open because no option names them.
fn warn_unrecognized(unrecognized: &indexmap::IndexMap<String, u64>, voice: impl Voice) {
    if !unrecognized.is_empty() {
        let list: Vec<String> = unrecognized.iter().map(|(v, n)| format!("\"{v}\" ({n})")).collect();
        out::warning(voice, msg!("cli-history-outcomes-counted-open", outcomes = list.join(", ")));
    }
}

/// Prints the report in the chosen format and writes the HTML page if asked.
pub fn show<T: serde::Serialize>(
    report: &ReportArgs,
    page: Option<&Destination>,
    data: &T,
    text: String,
    html: impl Fn(&T) -> String,
    voice: impl Voice,
) -> ExitStatus {
    match report.format {
        ReportFormat::Text => {
            super::out::print(&text);
        }
        ReportFormat::Json => match serde_json::to_string_pretty(data) {
            Ok(json) => {
                super::out::print(&format!("{json}\n"));
            }
            Err(e) => {
                out::error(voice, msg!("cli-report-json-failed", reason = e.to_string()));
                return ExitStatus::FileProblem;
            }
        },
    }
    if let Some(page) = page {
        if let Err(e) = page.write_bytes(html(data).as_bytes()) {
            out::error(voice, e);
            return ExitStatus::FileProblem;
        }
        note(voice, &msg!("cli-report-wrote", file = page.shown().display().to_string()));
    }
    ExitStatus::Success
}
