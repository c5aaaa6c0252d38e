//! The options that say how a history's outcomes are read and which classes sales gets, one
//! declaration flattened into `backtest`, `diff` and `suggest`, so the three read a history alike.

use crate::backtest::outcomes::OutcomeLists;
use crate::backtest::run::HistoryOptions;
use crate::message::Message;

/// How the history's outcomes are read, and the classes handed to sales.
#[derive(clap::Args, Debug, Clone)]
pub struct OutcomeArgs {
    /// The column with each lead's outcome.
    #[arg(long, value_name = "COLUMN", default_value = "outcome")]
    pub outcome: String,
    /// The outcome values that mean won, comma-separated (default: won, выиграна, ...).
    #[arg(long, value_name = "VALUES", value_delimiter = ',')]
    pub won: Vec<String>,
    /// The outcome values that mean lost, comma-separated (default: lost, проиграна, ...).
    #[arg(long, value_name = "VALUES", value_delimiter = ',')]
    pub lost: Vec<String>,
    /// The outcome values that mean still open, comma-separated (default: open, в работе).
    /// Any other value counts as open too, with a warning.
    #[arg(long, value_name = "VALUES", value_delimiter = ',')]
    pub open: Vec<String>,
    /// The classes handed to sales, comma-separated (default: every class whose name contains
    /// "SQL").
    #[arg(long, value_name = "CLASSES", value_delimiter = ',')]
    pub sales: Vec<String>,
}

impl OutcomeArgs {
    /// The history options these set (the others at their defaults), or why the outcome lists
    /// contradict each other (one value in two lists).
    pub fn options(&self) -> Result<HistoryOptions, Message> {
        let lists = OutcomeLists::new(&self.won, &self.lost, &self.open)?;
        Ok(HistoryOptions {
            outcome_column: self.outcome.clone(),
            won: lists.won,
            lost: lists.lost,
            open: lists.open,
            sales: (!self.sales.is_empty()).then(|| self.sales.clone()),
            ..HistoryOptions::default()
        })
    }
}
