//! What to say when a history has no column of the outcomes the backtest looks for (`--outcome`,
//! `outcome` by default): the column that looks like the outcomes, read as `init` reads an export
//! (its header names an outcome, a stage or a status, and its values include a win and a loss),
//! with the options that read it; else the history's columns that the rules do not read, among
//! which it must be.

use super::outcomes::{DEFAULT_LOST, DEFAULT_WON};
use crate::compile::RuleSet;
use crate::input::InputOptions;
use crate::message::Message;
use crate::msg;
use std::path::Path;

/// The most columns the message names when none looks like the outcomes.
const SHOWN: usize = 12;

/// How many rows of the history are profiled for the hint: the history was read once already
/// and failed; the columns' look shows in its first rows (a stage column's wins and losses among
/// them), so a history of millions of rows is not read whole a second time on the error path.
pub(crate) const HINT_ROWS: u64 = 20_000;

/// The help for a history at `path` without the outcome column `column`, or `None` when the
/// history cannot be read again (standard input) or has no column to offer.
pub fn outcome_hint(rules: &RuleSet, path: &Path, input: &InputOptions, column: &str) -> Option<Message> {
    if path.as_os_str() == "-" {
        return None;
    }
    let export = crate::init::profile_export_first(path, input, Some(HINT_ROWS)).ok()?;
    if let Some((name, outcome)) =
        export.columns.iter().find_map(|c| crate::init::infer::outcome(c).map(|o| (c.column.clone(), o)))
    {
        let mut options = format!("--outcome {}", quoted_option(&name));
        // The lists are given only when the defaults would miss one of the column's spellings.
        let known = |list: &[&str], value: &String| list.contains(&value.trim().to_lowercase().as_str());
        if !outcome.won.iter().all(|v| known(DEFAULT_WON, v)) || !outcome.lost.iter().all(|v| known(DEFAULT_LOST, v)) {
            options.push_str(&format!(
                " --won {} --lost {}",
                quoted_option(&outcome.won.join(",")),
                quoted_option(&outcome.lost.join(","))
            ));
        }
        return Some(msg!(
            "backtest-hint-outcome-column",
            column = name.as_str(),
            won = quoted_list(&outcome.won),
            lost = quoted_list(&outcome.lost),
            options = options
        ));
    }
    let read: Vec<String> =
        rules.schema.fields.iter().flat_map(|f| f.columns.iter().map(|c| c.trim().to_lowercase())).collect();
    let unread: Vec<&str> =
        export.columns.iter().map(|c| c.column.as_str()).filter(|c| !read.contains(&c.trim().to_lowercase())).collect();
    if unread.is_empty() {
        return Some(msg!("backtest-hint-outcome-none-unread", column = column));
    }
    let shown: Vec<String> = unread.iter().take(SHOWN).map(|c| format!("\"{c}\"")).collect();
    Some(msg!("backtest-hint-outcome-among", columns = shown.join(", "), more = unread.len().saturating_sub(SHOWN)))
}

/// `text` as a shell argument: bare when it is one plain word, else in double quotes.
fn quoted_option(text: &str) -> String {
    match text.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ',' | '.')) {
        true => text.to_string(),
        false => format!("\"{}\"", text.replace('"', "\\\"")),
    }
}

/// The spellings as `"a", "b"`.
fn quoted_list(values: &[String]) -> String {
    values.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::{HINT_ROWS, outcome_hint, quoted_option};
    use crate::input::InputOptions;

    /// A Bitrix24-like history of `rows` deals with the outcome in «Стадия сделки».
    fn history(rows: u64) -> std::path::PathBuf {
        let path = std::env::temp_dir().join(format!("leadrules-hint-{}-{rows}.csv", std::process::id()));
        let mut text = String::from("ID;Компания;Сотрудников;Стадия сделки\n");
        for i in 0..rows {
            let stage = ["Сделка успешна", "Сделка провалена", "В работе"][(i % 3) as usize];
            text.push_str(&format!("{i};ООО Ромашка {i};{};{stage}\n", 10 + i % 500));
        }
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn the_hint_reads_the_first_rows_and_still_finds_the_outcome_column() {
        let path = history(HINT_ROWS * 2 + 7);
        let profile = crate::init::profile_export_first(&path, &InputOptions::default(), Some(HINT_ROWS)).unwrap();
        assert_eq!(profile.rows, HINT_ROWS, "only the first rows are profiled");
        let text = "definition \"T\" version 1\nfields {\n  employees : number from \"Сотрудников\"\n}\nclassify {\n  big when employees >= 100\n  small otherwise\n}\n";
        let loaded = crate::compile::load(crate::span::SourceFile::new("t.rules", text));
        let rules = loaded.rules.expect("compiles");
        let hint = outcome_hint(&rules, &path, &InputOptions::default(), "outcome").unwrap().to_string();
        std::fs::remove_file(&path).ok();
        assert!(hint.contains("Стадия сделки"), "{hint}");
        assert!(hint.contains("Сделка успешна") && hint.contains("Сделка провалена"), "{hint}");
    }

    #[test]
    fn an_option_is_quoted_only_when_the_shell_needs_it() {
        assert_eq!(quoted_option("Стадия"), "Стадия");
        assert_eq!(quoted_option("Converted"), "Converted");
        assert_eq!(quoted_option("Стадия сделки"), "\"Стадия сделки\"");
        assert_eq!(quoted_option("Сделка успешна,Успех"), "\"Сделка успешна,Успех\"");
    }
}
