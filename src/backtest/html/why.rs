//! Why leads moved, on the diff page: the transition matrix shaded by the conversion of each cell
//! (beside the one shaded by volume), every change between the two definitions, and for each moved
//! cell its conversion and the changes that touched its leads.

use super::diff::{Shade, matrix_svg};
use super::page::{figure, table};
use super::svg::esc;
use super::w;
use crate::backtest::figures::Words;
use crate::backtest::model::{DefinitionDiff, MovedLead, Transition};
use crate::backtest::why_text;
use crate::msg;
use crate::show::MISSING;
use std::fmt::Write;

/// The matrix shaded by conversion, with its table: conversion and interval of every cell.
pub(super) fn conversion_matrix(d: &DefinitionDiff, words: Words) -> String {
    let say = |m: crate::message::Message| words.say(&m);
    let rows: Vec<Vec<String>> = d
        .transitions
        .iter()
        .map(|t| {
            vec![
                t.from.clone(),
                t.to.clone(),
                t.leads.to_string(),
                t.won.to_string(),
                t.lost.to_string(),
                words.percent_tenths(t.conversion),
                words.interval_tenths(t.interval),
            ]
        })
        .collect();
    let headers = [
        say(msg!("backtest-column-old-class")),
        say(msg!("backtest-column-new-class")),
        say(msg!("backtest-column-leads")),
        say(msg!("backtest-column-won")),
        say(msg!("backtest-column-lost")),
        say(msg!("backtest-column-conversion")),
        say(msg!("backtest-column-interval")),
    ];
    let numeric = [false, false, true, true, true, true, true];
    figure(
        &matrix_svg(d, words, Shade::Conversion),
        &table(&say(msg!("backtest-html-matrix-conversion-table")), &headers, &numeric, &rows),
    )
}

/// Every change between the two definitions, as a list.
pub(super) fn changes_list(d: &DefinitionDiff, words: Words) -> String {
    let mut out = String::new();
    w!(out, "<p class=\"meta\">{}</p>\n<ul class=\"changes\">\n", esc(&words.say(&msg!("backtest-text-diff-changes"))));
    if d.changes.is_empty() {
        w!(out, "<li>{}</li>\n", esc(&words.say(&msg!("backtest-text-diff-no-changes"))));
    }
    for c in &d.changes {
        w!(
            out,
            "<li class=\"change\" data-kind=\"{}\">{}</li>\n",
            esc(&format!("{:?}", c.kind).to_lowercase()),
            esc(&why_text::change(c, words))
        );
    }
    out.push_str("</ul>\n");
    out
}

/// A moved cell's conversion, and the changes that touched its leads with how many.
pub(super) fn moved_cell(t: &Transition, d: &DefinitionDiff, words: Words) -> String {
    let mut out = String::new();
    w!(out, "<p class=\"meta cell-conversion\">{}</p>\n", esc(&why_text::conversion(t, words)));
    let reasons = why_text::reasons(t, d, words);
    if !reasons.is_empty() {
        out.push_str("<ul class=\"reasons\">\n");
        for (r, text) in t.reasons.iter().zip(&reasons) {
            w!(out, "<li class=\"reason\" data-leads=\"{}\">{}</li>\n", r.leads, esc(text));
        }
        out.push_str("</ul>\n");
    }
    out
}

/// A moved lead's old and new score: `45 → 65`, or `45 (unchanged)` when the change kept it.
pub(super) fn scores(e: &MovedLead, words: Words) -> String {
    let number = |s: f64| words.style.number(s);
    match (e.old_score, e.new_score) {
        (Some(a), Some(b)) if number(a) == number(b) => words.say(&msg!("backtest-html-score-kept", score = number(a))),
        (Some(a), Some(b)) => format!("{} → {}", words.style.number(a), words.style.number(b)),
        _ => MISSING.into(),
    }
}
