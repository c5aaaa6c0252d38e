//! `leadrules sql RULES --dialect postgres|duckdb`: prints the definition as one SQL query
//! (or `CREATE VIEW`) that gives every row of a table of leads its verdict (`crate::sql`).

use super::ExitStatus;
use super::load::{Purpose, rules_for_run};
use super::out;
use crate::sql::{Dialect, SqlOptions, parse_columns, query};
use std::path::PathBuf;

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
}

pub fn run(args: SqlArgs, ui: super::Ui) -> ExitStatus {
    let rules = match rules_for_run(&args.rules, Purpose::Classify, ui) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let columns = match args.columns.as_deref().map(parse_columns).transpose() {
        Ok(columns) => columns.unwrap_or_default(),
        Err(message) => {
            out::error(ui.lang, message);
            return ExitStatus::Usage;
        }
    };
    let options = SqlOptions { dialect: args.dialect, table: args.table, view: args.view, columns, lang: ui.lang };
    match query(&rules, &options) {
        Ok(sql) => {
            out::print(&sql);
            ExitStatus::Success
        }
        Err(message) => {
            out::error(ui.lang, message);
            ExitStatus::Usage
        }
    }
}
