//! The page around the charts: its style, tables, figures and callouts.

use super::svg::*;
use super::w;
use crate::backtest::figures::Words;
use crate::backtest::model::*;
use crate::msg;
use std::fmt::Write;

pub(super) const PAGE_CSS: &str = r##"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 28px 32px 56px; }
h1 { font-size: 1.65em; margin: 0 0 .15em; line-height: 1.2; overflow-wrap: anywhere; }
h2 { font-size: 1.25em; margin: 2.2em 0 .5em; padding-bottom: .2em; border-bottom: 2px solid #d9d9d9; }
h3 { font-size: 1.05em; margin: 1.4em 0 .3em; overflow-wrap: anywhere; }
p { margin: .4em 0; }
.meta { color: #4d4d4d; margin: 0 0 1em; overflow-wrap: anywhere; }
.warn { border-left: 5px solid #E69F00; background: #fff7e6; padding: 6px 12px; }
.kpis { display: flex; flex-wrap: wrap; gap: 10px; margin: 1em 0; }
.kpi { border: 1px solid #d9d9d9; border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.kpi b { display: block; font-size: 1.5em; font-variant-numeric: tabular-nums; }
.kpi span { color: #555; font-size: .9em; }
.callout { border-left: 6px solid #D55E00; background: #fdf0e8; padding: 12px 16px; margin: 1em 0; font-size: 1.08em; }
.callout.calm { border-left-color: #0072B2; background: #eef5fb; }
.headline { font-size: 1.55em; font-weight: 650; margin: .5em 0 .1em; line-height: 1.3; }
.headline .arrow { color: #666; font-weight: 400; }
.sub { color: #444; margin: 0 0 1em; }
figure { margin: 1em 0 .4em; }
svg { display: block; width: 100%; height: auto; max-width: 100%; overflow: visible; }
svg text { font-family: inherit; font-size: 14px; fill: #1a1a1a; }
svg .title { font-size: 16px; font-weight: 650; }
svg .panel { font-size: 12px; font-weight: 600; fill: #333; }
svg .axis-label { font-size: 13px; fill: #444; }
svg .tick { font-size: 12px; fill: #555; }
svg .tag { font-size: 11px; fill: #555; }
svg .note { font-size: 12px; fill: #666; font-style: italic; paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
svg .total, svg .value .strong { font-weight: 650; }
svg .value, svg .total, svg .label { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .value .dim { fill: #555; font-size: 12.5px; }
svg .on-bar { font-size: 13px; font-weight: 600; }
svg .ref-label { font-size: 11.5px; fill: #A34400; font-weight: 600; }
svg .grid { stroke: #e6e6e6; stroke-width: 1; }
svg .axis { stroke: #555; stroke-width: 1; }
svg .whisker line { stroke: #111; stroke-width: 1.6; }
svg .legend text { font-size: 12px; }
svg .cell-count { font-size: 15px; font-weight: 700; }
svg .cell-won { font-size: 11px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
.pair > div { min-width: 0; }
.pair svg { max-width: 540px; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 0; font-size: .88em; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: #555; font-size: .95em; padding: 0 0 .3em; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: #f2f2f2; font-weight: 600; }
tbody th { background: none; font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.name, th.name { overflow-wrap: anywhere; }
td.diag { font-weight: 700; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em; white-space: pre-wrap; overflow-wrap: anywhere; }
.foot { color: #666; font-size: .85em; margin-top: 3em; }
@media (max-width: 760px) { .pair { grid-template-columns: 1fr; } main { padding: 16px; } }
@page { size: A4; margin: 12mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section, figure, table, .callout, .kpis { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
"##;

pub(super) fn page(title: &str, body: &str, words: Words) -> String {
    let mut out = String::with_capacity(body.len() + PAGE_CSS.len() + 512);
    let foot = words.say(&msg!("backtest-html-foot", version = env!("CARGO_PKG_VERSION")));
    w!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"leadrules {}\">\n<title>{}</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n<main>\n{body}\n<p class=\"foot\">{}</p>\n</main>\n</body>\n</html>\n",
        words.lang.code(),
        env!("CARGO_PKG_VERSION"),
        esc(title),
        esc(&foot)
    );
    out
}

/// A plain table: `numeric` columns are right-aligned.
pub(super) fn table<S: AsRef<str>>(caption: &str, headers: &[S], numeric: &[bool], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    w!(out, "<table>\n<caption>{}</caption>\n<thead><tr>", esc(caption));
    for (h, n) in headers.iter().zip(numeric) {
        w!(out, r##"<th scope="col" class="{}">{}</th>"##, if *n { "n" } else { "name" }, esc(h.as_ref()));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for (i, (cell, n)) in row.iter().zip(numeric).enumerate() {
            let class = if *n { "n" } else { "name" };
            if i == 0 {
                w!(out, r##"<th scope="row" class="{class}">{}</th>"##, esc(cell));
            } else {
                w!(out, r##"<td class="{class}">{}</td>"##, esc(cell));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// Every figure of the groups.
pub(super) fn groups_table(caption: &str, first: &str, groups: &[Group], words: Words) -> String {
    use crate::backtest::text::{GROUP_COLUMNS, group_cells, group_headers};
    let rows: Vec<Vec<String>> =
        groups.iter().map(|g| std::iter::once(g.name.clone()).chain(group_cells(g, words)).collect()).collect();
    let headers: Vec<String> = std::iter::once(first.to_string()).chain(group_headers(words)).collect();
    let numeric: Vec<bool> = std::iter::once(false).chain(GROUP_COLUMNS.iter().map(|_| true)).collect();
    table(caption, &headers, &numeric, &rows)
}

pub(super) fn figure(svg: &str, table: &str) -> String {
    format!("<figure>\n{svg}\n</figure>\n{table}")
}

pub(super) fn hidden_callout(h: &HiddenPotential, words: Words) -> String {
    if h.sales_classes.is_empty() {
        let text = words.say(&msg!("backtest-html-hidden-no-sales", option = "<code>--sales</code>"));
        return format!(r##"<p class="callout calm">{text}</p>"##);
    }
    let sales = esc(&h.sales_classes.join(", "));
    if h.won_total == 0 {
        let text = words.say(&msg!("backtest-html-hidden-nothing-won", sales = sales));
        return format!(r##"<p class="callout calm">{text}</p>"##);
    }
    if h.won_hidden == 0 {
        let text = words.say(&msg!("backtest-html-hidden-none", won = h.won_total, sales = sales));
        return format!(r##"<p class="callout calm">{text}</p>"##);
    }
    let parts: Vec<String> = h
        .by_class
        .iter()
        .map(|(c, n)| words.say(&msg!("backtest-html-hidden-class", class = esc(c), won = *n)))
        .collect();
    let headline = format!(
        "<strong>{}</strong>",
        words.say(&msg!(
            "backtest-html-hidden-headline",
            hidden = h.won_hidden,
            share = words.percent_whole(h.won_hidden as f64 / h.won_total as f64)
        ))
    );
    let text = if parts.is_empty() {
        words.say(&msg!("backtest-html-hidden", headline = headline, sales = sales))
    } else {
        words.say(&msg!(
            "backtest-html-hidden-by-class",
            headline = headline,
            classes = parts.join(", "),
            sales = sales
        ))
    };
    format!(
        r##"<p class="callout" id="hidden-potential" data-won-hidden="{}" data-won-total="{}">{text}</p>"##,
        h.won_hidden, h.won_total,
    )
}

pub(super) fn kpis(items: &[(String, String)]) -> String {
    let mut out = String::from(r##"<div class="kpis">"##);
    for (value, label) in items {
        w!(out, r##"<div class="kpi"><b>{}</b><span>{}</span></div>"##, esc(value), esc(label));
    }
    out.push_str("</div>\n");
    out
}
