//! `leadrules sql RULES --dialect postgres|duckdb`: prints the definition as one SQL query
//! (or `CREATE VIEW`) that gives every row of a table of leads its verdict (`crate::sql`); with
//! `--backtest`, the backtest of the history in the table, its outcomes read as `backtest`
//! reads them (`--outcome`, `--won`, `--lost`, `--open`, `--sales`, `--channel`). The same
//! backtest query is `leadrules backtest RULES TABLE --sql DIALECT` (`backtest_query_of`).
//!
//! A number such as `1.000` reads as 1 or 1000, and a table does not show which decimal mark
//! its export used: `--decimal-mark` gives it, or `--sample FILE` (an export of the table) shows
//! it as `qualify` learns it from a file, and its header names the fields' columns. Without
//! either, a definition with a number field that declares no `format` gets no query (exit 2).

use super::ExitStatus;
use super::load::{Purpose, rules_for_run};
use super::out;
use crate::backtest::outcomes::OutcomeLists;
use crate::backtest::run::{self as history, HistoryOptions};
use crate::compile::RuleSet;
use crate::message::Message;
use crate::schema::DecimalMark;
use crate::sql::{Dialect, GroupNames, HistorySql, Marks, SqlOptions, backtest_query, parse_columns, query};
use std::path::{Path, PathBuf};

/// A decimal mark as `--decimal-mark` takes it: `,` or `.`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MarkArg {
    // `1 000,50` (no doc comment: the help lists the values as they are, in every language).
    #[value(name = ",")]
    Comma,
    // `1,000.50`.
    #[value(name = ".")]
    Point,
}

impl From<MarkArg> for DecimalMark {
    fn from(mark: MarkArg) -> DecimalMark {
        match mark {
            MarkArg::Comma => DecimalMark::Comma,
            MarkArg::Point => DecimalMark::Point,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct SqlArgs {
    /// The lead definition (.rules file).
    #[arg(value_name = "RULES")]
    pub rules: PathBuf,
    /// The database the query is for: postgres (PostgreSQL and the engines that speak its dialect) or duckdb.
    #[arg(long, value_enum, value_name = "DIALECT")]
    pub dialect: Dialect,
    /// The table (or view) of leads, its columns named as in the export and holding text.
    #[arg(long, value_name = "TABLE", default_value = "leads")]
    pub table: String,
    /// Write `CREATE VIEW NAME AS` the query, for the database to refresh on its own schedule.
    #[arg(long, value_name = "VIEW")]
    pub view: Option<String>,
    /// Columns named otherwise than the first `from` name of their field: field=column, separated by commas.
    #[arg(long, value_name = "FIELD=COLUMN,...")]
    pub columns: Option<String>,
    /// The decimal mark of the table's numbers, `,` or `.`, for the number fields whose `format`
    /// declares none (a number such as 1.000 reads two ways).
    #[arg(long, value_enum, value_name = "MARK")]
    pub decimal_mark: Option<MarkArg>,
    /// An export of the table: its header names the fields' columns, and its numbers show each
    /// column's decimal mark, as `qualify` learns it from the file.
    #[arg(long, value_name = "FILE")]
    pub sample: Option<PathBuf>,
    /// Write the backtest of the history in the table instead of the verdicts: won, lost, open
    /// and conversion per class, channel, grade and temperature, as `leadrules backtest --format json` gives them.
    #[arg(long)]
    pub backtest: bool,
    /// The column with each lead's outcome.
    #[arg(long, value_name = "COLUMN", default_value = "outcome", requires = "backtest")]
    pub outcome: String,
    /// The outcome values that mean won, comma-separated (default: won, выиграна, ...).
    #[arg(long, value_name = "VALUES", value_delimiter = ',', requires = "backtest")]
    pub won: Vec<String>,
    /// The outcome values that mean lost, comma-separated (default: lost, проиграна, ...).
    #[arg(long, value_name = "VALUES", value_delimiter = ',', requires = "backtest")]
    pub lost: Vec<String>,
    /// The outcome values that mean still open, comma-separated (default: open, в работе).
    /// Any other value counts as open too, listed under `unrecognized_outcome`.
    #[arg(long, value_name = "VALUES", value_delimiter = ',', requires = "backtest")]
    pub open: Vec<String>,
    /// The classes handed to sales, comma-separated (default: every class whose name contains
    /// "SQL").
    #[arg(long, value_name = "CLASSES", value_delimiter = ',', requires = "backtest")]
    pub sales: Vec<String>,
    /// The field that names the lead's source channel (default: `source` or `channel`).
    #[arg(long, value_name = "FIELD", requires = "backtest")]
    pub channel: Option<String>,
}

/// How the history's outcomes are read, as `backtest` reads them (its options of the same names).
pub struct OutcomeArgs<'a> {
    pub outcome: &'a str,
    pub won: &'a [String],
    pub lost: &'a [String],
    pub open: &'a [String],
    pub sales: &'a [String],
    pub channel: Option<&'a str>,
}

/// Where the query runs and over what: `--dialect`/`--sql`, the table, `--view`, `--columns`,
/// `--decimal-mark`, `--sample`.
pub struct Target<'a> {
    pub dialect: Dialect,
    pub table: &'a str,
    pub view: Option<&'a str>,
    pub columns: Option<&'a str>,
    pub decimal_mark: Option<MarkArg>,
    pub sample: Option<&'a Path>,
}

pub fn run(args: SqlArgs, ui: super::Ui) -> ExitStatus {
    let target = Target {
        dialect: args.dialect,
        table: &args.table,
        view: args.view.as_deref(),
        columns: args.columns.as_deref(),
        decimal_mark: args.decimal_mark,
        sample: args.sample.as_deref(),
    };
    let outcomes = args.backtest.then(|| OutcomeArgs {
        outcome: &args.outcome,
        won: &args.won,
        lost: &args.lost,
        open: &args.open,
        sales: &args.sales,
        channel: args.channel.as_deref(),
    });
    write(&args.rules, &target, outcomes.as_ref(), ui)
}

/// `leadrules backtest RULES TABLE --sql DIALECT`: the backtest query, as `sql --backtest` writes it.
pub fn backtest_query_of(
    rules: &std::path::Path,
    target: &Target,
    outcomes: &OutcomeArgs,
    ui: super::Ui,
) -> ExitStatus {
    write(rules, target, Some(outcomes), ui)
}

/// Prints the verdict query, or the backtest query when the outcomes are given.
fn write(rules: &std::path::Path, target: &Target, outcomes: Option<&OutcomeArgs>, ui: super::Ui) -> ExitStatus {
    let rules = match rules_for_run(rules, Purpose::Classify, ui) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let ui = ui.about(&rules);
    let mut columns = match target.columns.map(parse_columns).transpose() {
        Ok(columns) => columns.unwrap_or_default(),
        Err(message) => {
            out::error(ui, message);
            return ExitStatus::Usage;
        }
    };
    let mut absent = Vec::new();
    let mut marks = target.decimal_mark.map_or(Marks::Unset, |mark| Marks::Given(mark.into()));
    if let Some(sample) = target.sample {
        let reader = match crate::input::open(sample, &rules.schema, &crate::input::InputOptions::default()) {
            Ok(reader) => reader,
            Err(e) => {
                out::error(ui, e.message());
                return ExitStatus::FileProblem;
            }
        };
        for warning in reader.warnings() {
            out::warning(ui, warning.clone());
        }
        let (found, lacking) = sample_columns(&rules, reader.columns(), &columns);
        columns.extend(found);
        absent = lacking;
        if matches!(marks, Marks::Unset) {
            marks = Marks::Sample { file: sample.display().to_string(), marks: reader.decimal_marks() };
        }
    }
    let options = SqlOptions {
        dialect: target.dialect,
        table: target.table.to_string(),
        view: target.view.map(str::to_string),
        columns,
        absent,
        lang: ui.lang,
        marks,
    };
    let written = match outcomes {
        Some(outcomes) => history_sql(&rules, outcomes).and_then(|history| backtest_query(&rules, &options, &history)),
        None => query(&rules, &options),
    };
    match written {
        Ok(sql) => {
            out::print(&sql);
            ExitStatus::Success
        }
        Err(message) => {
            out::error(ui, message);
            ExitStatus::Usage
        }
    }
}

/// What the sample's header (`found`, per slot) says of the fields `--columns` (`given`) does not
/// map already: the column of each it has, as (field, column), and the used fields (and the key)
/// it has none for, which the table lacks too, so the query reads them as unknown.
fn sample_columns(
    rules: &RuleSet,
    found: &[Option<String>],
    given: &[(String, String)],
) -> (Vec<(String, String)>, Vec<String>) {
    let (mut columns, mut absent) = (Vec::new(), Vec::new());
    for ((slot, field), column) in rules.schema.fields.iter().enumerate().zip(found) {
        if given.iter().any(|(name, _)| *name == field.name) {
            continue;
        }
        match column {
            Some(column) => columns.push((field.name.clone(), column.clone())),
            None if field.used || rules.schema.key == Some(slot) => absent.push(field.name.clone()),
            None => {}
        }
    }
    (columns, absent)
}

/// How the backtest query reads the history: the outcome lists, the sales classes and the
/// channel field resolved by the backtest's own rules, so the query counts as `backtest` does.
fn history_sql(rules: &RuleSet, args: &OutcomeArgs) -> Result<HistorySql, Message> {
    let lists = OutcomeLists::new(args.won, args.lost, args.open)?;
    let options = HistoryOptions {
        outcome_column: args.outcome.to_string(),
        won: lists.won,
        lost: lists.lost,
        open: lists.open,
        sales: (!args.sales.is_empty()).then(|| args.sales.to_vec()),
        channel: args.channel.map(str::to_string),
        ..HistoryOptions::default()
    };
    options.check_sales_classes(&[rules])?;
    let (_, _, channel) = history::history_schema(rules, &options);
    if let (Some(field), None) = (&options.channel, channel) {
        return Err(crate::msg!("backtest-error-no-such-channel", field = field.as_str()));
    }
    Ok(HistorySql {
        sales: history::sales_classes(rules, &options),
        outcome_column: options.outcome_column,
        won: options.won,
        lost: options.lost,
        open: options.open,
        channel,
        names: GroupNames {
            all_leads: history::ALL_LEADS.into(),
            no_temperature: history::NO_TEMPERATURE.into(),
            unknown_channel: history::UNKNOWN_CHANNEL.into(),
            blank_outcome: history::BLANK_OUTCOME.into(),
        },
    })
}
