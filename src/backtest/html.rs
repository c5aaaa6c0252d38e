//! The backtest and diff reports as self-contained HTML pages (placeholder until the charts land).

use super::model::{Backtest, Diff};

pub fn backtest_page(b: &Backtest) -> String {
    format!("<!doctype html><meta charset=\"utf-8\"><pre>{}</pre>", escape(&super::text::backtest(b)))
}

pub fn diff_page(d: &Diff) -> String {
    format!("<!doctype html><meta charset=\"utf-8\"><pre>{}</pre>", escape(&super::text::diff(d)))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
