//! Backtests and diffs as one self-contained HTML page each, for a committee that reads it at a
//! glance and may print it: inline CSS and inline SVG drawn here, no script, no network. Every
//! chart has a title, axis labels and its numbers written on it, a stable `id`, `role="img"` with
//! an `aria-label`, `data-` attributes on each bar and cell, and the same figures in a plain table
//! under it. Every text that comes from the data (class and channel names, lead ids, rules) is
//! escaped.
//!
//! `svg` draws the charts, `page` the page around them (style, tables, callouts), `backtest` and
//! `diff` put each report together.

mod analysis;
mod backtest;
mod diff;
mod page;
mod svg;
mod weighted;
mod why;

pub use backtest::backtest_page;
pub use diff::diff_page;

/// Writing to a `String` cannot fail.
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {{
        let _ = write!($out, $($arg)*);
    }};
}
pub(crate) use w;
