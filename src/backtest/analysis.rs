//! The analysis tables of a backtest report (`--by` tables, cross tables, score bands and the
//! thresholds for a target volume or conversion) as terminal text and as HTML tables, in the
//! report's language.

use super::bands::{Bands, Threshold};
use super::by::CrossTable;
use super::figures::Words;
use super::model::Backtest;
use super::text::{groups_table, table};
use crate::message::Message;
use crate::msg;
use std::fmt::Write;

/// The text of every analysis table of `b` (already in the report's language).
pub fn text(b: &Backtest, words: Words) -> String {
    let say = |m: Message| words.say(&m);
    let mut out = String::new();
    for t in &b.by {
        let heading = if t.binned {
            msg!("backtest-text-by-binned", by = t.by.as_str())
        } else {
            msg!("backtest-text-by", by = t.by.as_str())
        };
        let _ = writeln!(out, "\n{}", say(heading));
        out.push_str(&groups_table(&t.groups, words));
    }
    for c in &b.crosses {
        let _ = writeln!(
            out,
            "\n{}",
            say(msg!("backtest-text-cross", rows = c.rows_by.as_str(), columns = c.columns_by.as_str()))
        );
        let (headers, rows) = cross_rows(c, words);
        out.push_str(&table(&headers, &rows));
    }
    if let Some(bands) = b.bands.as_ref().filter(|x| !x.bands.is_empty()) {
        let _ = writeln!(out, "\n{}", say(bands_caption(bands)));
        let (headers, rows) = band_rows(bands, words);
        out.push_str(&table(&headers, &rows));
        for t in &bands.thresholds {
            let _ = writeln!(out, "  {}", say(threshold(t, score_said(bands, words), words)));
        }
    }
    out
}

/// The cross table's headings and rows: `leads (won) conversion` per cell, `·` when empty.
pub(super) fn cross_rows(c: &CrossTable, words: Words) -> (Vec<String>, Vec<Vec<String>>) {
    let mut headers = vec![format!("{} \\ {}", c.rows_by, c.columns_by)];
    headers.extend(c.columns.iter().cloned());
    let rows = c
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![r.clone()];
            for col in &c.columns {
                let cell = c.cells.iter().find(|x| &x.row == r && &x.column == col);
                row.push(cell.map_or("·".into(), |x| {
                    format!("{} ({}) {}", x.group.leads, x.group.won, words.percent_tenths(x.group.conversion))
                }));
            }
            row
        })
        .collect();
    (headers, rows)
}

fn score_text(n: f64) -> String {
    if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n:.2}") }
}

/// The band table's headings and rows.
pub(super) fn band_rows(b: &Bands, words: Words) -> (Vec<String>, Vec<Vec<String>>) {
    let say = |id: &'static str| words.say(&Message::new(id));
    let headers = [
        "backtest-column-band",
        "backtest-column-leads",
        "backtest-column-won",
        "backtest-column-lost",
        "backtest-column-open",
        "backtest-column-conversion",
        "backtest-column-interval",
        "backtest-column-cumulative-leads",
        "backtest-column-cumulative-share",
        "backtest-column-cumulative-won",
        "backtest-column-cumulative-conversion",
    ]
    .iter()
    .map(|id| say(id))
    .collect();
    let rows = b
        .bands
        .iter()
        .map(|x| {
            let band = if x.low == x.high {
                score_text(x.low)
            } else {
                format!("{}–{}", score_text(x.low), score_text(x.high))
            };
            vec![
                band,
                x.leads.to_string(),
                x.won.to_string(),
                x.lost.to_string(),
                x.open.to_string(),
                words.percent_tenths(x.conversion),
                words.interval_tenths(x.interval),
                x.cumulative_leads.to_string(),
                words.percent_tenths(Some(x.cumulative_share)),
                words.percent_tenths(x.cumulative_won_share),
                words.percent_tenths(x.cumulative_conversion),
            ]
        })
        .collect();
    (headers, rows)
}

/// The caption of the score bands: "Score bands of engagement" for a named score block, "Score
/// bands" for the file's own score (`score`, which a Russian report calls `баллы`).
pub(super) fn bands_caption(bands: &Bands) -> Message {
    match bands.score.as_str() {
        "score" => msg!("backtest-text-bands-score"),
        name => msg!("backtest-text-bands", score = name),
    }
}

/// The score as the thresholds name it, in the definition's keywords when it is the built-in one
/// (else the report's language): `score >= 60`, `баллы >= 60`, `engagement >= 60`.
pub(super) fn score_said(bands: &Bands, words: Words) -> &str {
    crate::syntax::keywords::built_in_in(words.code_lang(), "score", &bands.score, 0)
}

/// The sentence of one threshold.
pub(super) fn threshold(t: &Threshold, score: &str, words: Words) -> Message {
    let wanted = words.percent_tenths(Some(t.wanted));
    let Some(at) = t.score else {
        return msg!("backtest-text-threshold-none", score = score, wanted = wanted);
    };
    let m = if t.target == "volume" {
        Message::new("backtest-text-threshold-volume")
    } else {
        Message::new("backtest-text-threshold-conversion")
    };
    m.arg("wanted", wanted)
        .arg("score", score)
        .arg("threshold", score_text(at))
        .arg("leads", t.leads)
        .arg("share", words.percent_tenths(Some(t.share)))
        .arg("won", t.won)
        .arg("won_share", words.percent_tenths(t.won_share))
        .arg("conversion", words.percent_tenths(t.conversion))
        .arg("interval", words.interval_tenths(t.interval))
}
