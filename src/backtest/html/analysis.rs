//! The analysis section of the backtest page: a table per `--by` key, the cross tables, the score
//! bands (the volume-versus-conversion curve as a table) and the thresholds for a target.

use super::page::*;
use super::svg::esc;
use super::w;
use crate::backtest::analysis::{band_rows, bands_caption, cross_rows, score_said, threshold};
use crate::backtest::figures::Words;
use crate::backtest::model::Backtest;
use crate::msg;
use std::fmt::Write;

/// The section, or nothing when there is nothing to show (no `--by`, no score).
pub(super) fn section(b: &Backtest, words: Words) -> String {
    let say = |m: crate::message::Message| words.say(&m);
    let bands = b.bands.as_ref().filter(|x| !x.bands.is_empty());
    if b.by.is_empty() && bands.is_none() {
        return String::new();
    }
    let mut out = String::new();
    w!(out, "<section id=\"analysis\">\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-analysis-heading"))));
    for t in &b.by {
        let caption = if t.binned {
            msg!("backtest-text-by-binned", by = t.by.as_str())
        } else {
            msg!("backtest-text-by", by = t.by.as_str())
        };
        out.push_str(&groups_table(&say(caption), &t.by, &t.groups, words));
    }
    for c in &b.crosses {
        let (headers, rows) = cross_rows(c, words);
        let numeric: Vec<bool> = (0..headers.len()).map(|i| i > 0).collect();
        let caption = say(msg!("backtest-text-cross", rows = c.rows_by.as_str(), columns = c.columns_by.as_str()));
        out.push_str(&table(&caption, &headers, &numeric, &rows));
    }
    if let Some(bands) = bands {
        let (headers, rows) = band_rows(bands, words);
        let numeric: Vec<bool> = (0..headers.len()).map(|i| i > 0).collect();
        let caption = say(bands_caption(bands));
        out.push_str(&table(&caption, &headers, &numeric, &rows));
        for t in &bands.thresholds {
            w!(out, "<p class=\"meta threshold\">{}</p>\n", esc(&say(threshold(t, score_said(bands, words), words))));
        }
    }
    out.push_str("</section>\n");
    out
}
