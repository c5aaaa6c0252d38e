//! The value and coverage sections of the backtest page: won value per class beside the share of
//! won deals, with the values left out; and what each line of the rules decided or changed on the
//! history, the lines that never did marked.

use super::page::table;
use super::svg::esc;
use super::w;
use crate::backtest::figures::Words;
use crate::backtest::model::Backtest;
use crate::backtest::tables::{
    COVERAGE_TEXT_COLUMNS, VALUE_COLUMNS, block, coverage_cells, place, value_cells, value_notes,
};
use crate::message::Message;
use crate::msg;
use std::fmt::Write;

/// The won-value section, or nothing without value figures.
pub(super) fn value_section(b: &Backtest, words: Words) -> String {
    let Some(v) = &b.value else { return String::new() };
    let say = |m: Message| words.say(&m);
    let mut out = String::new();
    w!(out, "<section id=\"value\">\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-value-heading"))));
    let source = if v.source == crate::backtest::value::DEAL_SIZE {
        say(msg!("backtest-value-deal-size"))
    } else {
        v.source.clone()
    };
    let headers: Vec<String> = std::iter::once(say(msg!("backtest-column-class")))
        .chain(VALUE_COLUMNS.iter().map(|id| say(Message::new(id))))
        .collect();
    let mut rows: Vec<Vec<String>> =
        v.by_class.iter().map(|g| std::iter::once(g.name.clone()).chain(value_cells(g, words)).collect()).collect();
    rows.push(std::iter::once(say(msg!("backtest-group-all"))).chain(value_cells(&v.overall, words)).collect());
    let numeric: Vec<bool> = (0..headers.len()).map(|i| i > 0).collect();
    out.push_str(&table(&say(msg!("backtest-text-value", source = source)), &headers, &numeric, &rows));
    for line in value_notes(v, &b.hidden.sales_classes, words) {
        w!(out, "<p class=\"meta value-note\">{}</p>\n", esc(&line));
    }
    out.push_str("</section>\n");
    out
}

/// The coverage section, or nothing without `--coverage`.
pub(super) fn coverage_section(b: &Backtest, words: Words) -> String {
    let Some(c) = &b.coverage else { return String::new() };
    let say = |m: Message| words.say(&m);
    let mut out = String::new();
    w!(out, "<section id=\"coverage\">\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-coverage-heading"))));
    let (headers, rows) = coverage_cells(c, words);
    let numeric: Vec<bool> = (0..headers.len()).map(|i| i >= COVERAGE_TEXT_COLUMNS).collect();
    out.push_str(&table(&say(msg!("backtest-text-coverage")), &headers, &numeric, &rows));
    if c.never == 0 {
        w!(out, "<p class=\"meta\">{}</p>\n", esc(&say(msg!("backtest-text-coverage-all"))));
    } else {
        w!(
            out,
            "<p class=\"meta\">{}</p>\n<ul class=\"never\">\n",
            esc(&say(msg!("backtest-text-coverage-never", count = c.never)))
        );
        for i in c.items.iter().filter(|i| i.leads == 0) {
            w!(out, "<li>{}: <code>{}</code> ({})</li>\n", esc(&place(i, words)), esc(&i.rule), esc(&block(i, words)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}
