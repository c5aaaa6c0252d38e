//! The value-weighted and coverage tables of a backtest report as terminal text, in the
//! report's language: won value per class with its share beside the share of won deals, and
//! what each line of the rules decided or changed on the history, with the lines that never did.

use super::coverage::{Coverage, CoverageItem, ItemKind};
use super::figures::Words;
use super::text::table_with;
use super::value::{ValueFigures, ValueGroup};
use crate::message::Message;
use crate::msg;
use crate::show::MISSING;
use std::fmt::Write;

/// An amount as the report's language writes money: `1 234 567.5`, `1 234 567,5`.
pub(super) fn amount(words: Words, v: Option<f64>) -> String {
    v.filter(|v| v.is_finite()).map_or(MISSING.into(), |v| words.style.money(v))
}

/// The headings of the value table, after the class.
pub(super) const VALUE_COLUMNS: [&str; 5] = [
    "backtest-column-won",
    "backtest-column-won-deals-share",
    "backtest-column-won-value",
    "backtest-column-value-share",
    "backtest-column-average-won",
];

/// A value group's cells, in `VALUE_COLUMNS` order.
pub(super) fn value_cells(g: &ValueGroup, words: Words) -> Vec<String> {
    vec![
        g.won.to_string(),
        words.percent_tenths(g.won_share),
        amount(words, Some(g.won_value)),
        words.percent_tenths(g.value_share),
        amount(words, g.average_won),
    ]
}

/// The won value per class, the sales classes' share of it, and the values left out.
pub fn value(v: &ValueFigures, sales: &[String], words: Words) -> String {
    let say = |m: Message| words.say(&m);
    let mut out = String::new();
    let source =
        if v.source == super::value::DEAL_SIZE { say(msg!("backtest-value-deal-size")) } else { v.source.clone() };
    let _ = writeln!(out, "\n{}", say(msg!("backtest-text-value", source = source)));
    let headers: Vec<String> =
        std::iter::once(String::new()).chain(VALUE_COLUMNS.iter().map(|id| say(Message::new(id)))).collect();
    let mut rows: Vec<Vec<String>> =
        v.by_class.iter().map(|g| std::iter::once(g.name.clone()).chain(value_cells(g, words)).collect()).collect();
    rows.push(std::iter::once(say(msg!("backtest-group-all"))).chain(value_cells(&v.overall, words)).collect());
    out.push_str(&table_with(&headers, &rows, 1));
    for line in value_notes(v, sales, words) {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// The sentences under the value table: the sales classes' share of the won value beside their
/// share of the won deals, and the values left out of the sums.
pub(super) fn value_notes(v: &ValueFigures, sales: &[String], words: Words) -> Vec<String> {
    let say = |m: Message| words.say(&m);
    let mut lines = Vec::new();
    if !sales.is_empty() {
        lines.push(say(msg!(
            "backtest-text-value-sales",
            sales = sales.join(", "),
            value_share = words.percent_tenths(v.sales.value_share),
            deal_share = words.percent_tenths(v.sales.won_share),
            value = amount(words, Some(v.sales.won_value)),
            total = amount(words, Some(v.overall.won_value))
        )));
    }
    if v.overall.won_without_value > 0 {
        lines.push(say(msg!("backtest-text-value-without", count = v.overall.won_without_value)));
    }
    if v.unreadable > 0 {
        let rows: Vec<String> = v
            .unreadable_rows
            .iter()
            .map(|r| format!("{} \"{}\"", say(msg!("backtest-row", row = r.row.to_string())), r.text))
            .collect();
        lines.push(say(msg!("backtest-text-value-unreadable", count = v.unreadable, rows = rows.join(", "))));
    }
    lines
}

/// The message of what an item does to the leads it counts.
pub(super) fn effect(kind: ItemKind) -> Message {
    match kind {
        ItemKind::Gate => msg!("backtest-coverage-failed"),
        ItemKind::Criterion => msg!("backtest-coverage-met"),
        ItemKind::ProfileCriterion => msg!("backtest-coverage-matched"),
        ItemKind::ScoreLine => msg!("backtest-coverage-points"),
        ItemKind::ClassRule | ItemKind::TemperatureRule => msg!("backtest-coverage-decided"),
    }
}

/// `line 52`, `std/bant.rules line 27`, in the report's language.
pub(super) fn place(item: &CoverageItem, words: Words) -> String {
    let line = item.line.to_string();
    words.say(&match &item.file {
        Some(file) => msg!("eval-place-in-file", file = file.as_str(), line = line),
        None => msg!("eval-place", line = line),
    })
}

/// The block of an item: the author's name of a framework, profile or named score; the
/// language's keyword for `minimum`, `classify`, `temperature` and the unnamed `score`.
pub(super) fn block(item: &CoverageItem, words: Words) -> String {
    let keyword = match item.kind {
        ItemKind::Gate => "backtest-block-minimum",
        ItemKind::ClassRule => "backtest-block-classify",
        ItemKind::TemperatureRule => "backtest-block-temperature",
        ItemKind::ScoreLine if item.block == "score" => "backtest-block-score",
        _ => return item.block.clone(),
    };
    words.say(&Message::new(keyword))
}

/// The coverage table's header and rows in `words`' language, as the text and HTML reports show
/// them; its first [`COVERAGE_TEXT_COLUMNS`] columns are text, the rest numbers.
pub(super) fn coverage_cells(c: &Coverage, words: Words) -> (Vec<String>, Vec<Vec<String>>) {
    let say = |m: Message| words.say(&m);
    let headers: Vec<String> = [
        "backtest-column-line",
        "backtest-column-block",
        "backtest-column-rule",
        "backtest-column-effect",
        "backtest-column-leads",
        "backtest-column-won",
        "backtest-column-lost",
        "backtest-column-open",
        "backtest-column-conversion",
        "backtest-column-unknown",
    ]
    .iter()
    .map(|id| say(Message::new(id)))
    .collect();
    let rows: Vec<Vec<String>> = c
        .items
        .iter()
        .map(|i| {
            vec![
                place(i, words),
                block(i, words),
                i.rule.clone(),
                say(effect(i.kind)),
                i.leads.to_string(),
                i.won.to_string(),
                i.lost.to_string(),
                i.open.to_string(),
                words.percent_tenths(i.conversion),
                i.unknown.to_string(),
            ]
        })
        .collect();
    (headers, rows)
}

/// How many of the coverage table's first columns are text (line, block, rule, effect).
pub(super) const COVERAGE_TEXT_COLUMNS: usize = 4;

/// The coverage table and the lines that never decided or changed a lead.
pub fn coverage(c: &Coverage, words: Words) -> String {
    let say = |m: Message| words.say(&m);
    let mut out = String::new();
    let _ = writeln!(out, "\n{}", say(msg!("backtest-text-coverage")));
    let (headers, rows) = coverage_cells(c, words);
    out.push_str(&table_with(&headers, &rows, COVERAGE_TEXT_COLUMNS));
    if c.never == 0 {
        let _ = writeln!(out, "{}", say(msg!("backtest-text-coverage-all")));
    } else {
        let _ = writeln!(out, "{}", say(msg!("backtest-text-coverage-never", count = c.never)));
        for i in c.items.iter().filter(|i| i.leads == 0) {
            let _ = writeln!(out, "  {}: {} ({})", place(i, words), i.rule, block(i, words));
        }
    }
    out
}
