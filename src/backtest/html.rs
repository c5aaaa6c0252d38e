//! Backtests and diffs as one self-contained HTML page each, for a committee that reads it at a
//! glance and may print it: inline CSS and inline SVG drawn here, no script, no network. Every
//! chart has a title, axis labels and its numbers written on it, a stable `id`, `role="img"` with
//! an `aria-label`, `data-` attributes on each bar and cell, and the same figures in a plain table
//! under it. Every text that comes from the data (class and channel names, lead ids, rules) is
//! escaped.

use super::model::*;
use super::stats::wilson;
use std::fmt::Write;

/// Writing to a `String` cannot fail.
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {{
        let _ = write!($out, $($arg)*);
    }};
}

// The Okabe–Ito palette, safe for the common colour-vision deficiencies; outcomes are also told
// apart by their position in the stack, the legend and the numbers written on them.
const WON: &str = "#0072B2";
const LOST: &str = "#E69F00";
const OPEN: &str = "#C9C9C9";
const CONVERSION: &str = "#56B4E9";
const OLD: &str = "#BDBDBD";
const NEW: &str = "#56B4E9";
const REFERENCE: &str = "#D55E00";

/// Channels shown one by one; the rest are folded into one "other" bar.
const TOP_CHANNELS: usize = 20;

/// Names longer than this are cut on the charts (the tables and tooltips keep them whole).
const LABEL_CHARS: usize = 30;

/// Escapes text for HTML text and attribute values alike.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A fraction made safe to draw: finite and within 0..=1.
fn frac(v: f64) -> f64 {
    if v.is_finite() { v.clamp(0.0, 1.0) } else { 0.0 }
}

/// `42%` on the charts.
fn pct0(v: f64) -> String {
    format!("{:.0}%", frac(v) * 100.0)
}

/// `42.3%` in the tables; `—` when there is nothing to divide.
fn pct1(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite()).map_or("—".into(), |v| format!("{:.1}%", v * 100.0))
}

fn range0(i: Interval) -> String {
    format!("{:.0}–{:.0}%", frac(i.low) * 100.0, frac(i.high) * 100.0)
}

fn range1(i: Option<Interval>) -> String {
    i.map_or("—".into(), |i| format!("{:.1}–{:.1}%", frac(i.low) * 100.0, frac(i.high) * 100.0))
}

fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// A name cut to `max` characters with an ellipsis.
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max.saturating_sub(1)).collect::<String>() + "…"
    }
}

/// The conversion of a group, if it is a number that can be drawn.
fn conv(g: &Group) -> Option<f64> {
    g.conversion.filter(|c| c.is_finite()).map(frac)
}

/// A round axis maximum and tick step for counts up to `max`.
fn nice_axis(max: u64) -> (f64, f64) {
    let max = max.max(1) as f64;
    let rough = max / 5.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= rough).unwrap_or(10.0 * magnitude);
    let step = step.max(1.0);
    ((max / step).ceil() * step, step)
}

/// Approximate width of a text in the charts' 13 px font.
fn text_width(s: &str, px_per_char: f64) -> f64 {
    s.chars().count() as f64 * px_per_char
}

/// One bar of a chart: a group under a label, `tag` (`old`/`new`) when two bars share a label.
#[derive(Clone)]
struct Row {
    label: String,
    tag: Option<&'static str>,
    group: Option<Group>,
    fill: &'static str,
    /// Written instead of a bar when there is no group.
    absent: &'static str,
}

impl Row {
    fn of(g: &Group) -> Row {
        Row { label: g.name.clone(), tag: None, group: Some(g.clone()), fill: CONVERSION, absent: "" }
    }
}

/// Vertical positions of the rows: rows sharing a label sit close together.
fn row_ys(rows: &[Row], top: f64) -> (Vec<f64>, f64, f64) {
    let tagged = rows.iter().any(|r| r.tag.is_some());
    let (bar_h, step, block_gap) = if tagged { (18.0, 22.0, 14.0) } else { (22.0, 30.0, 0.0) };
    let mut ys = Vec::with_capacity(rows.len());
    let mut y = top;
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            y += step;
            if tagged && row.label != rows[i - 1].label {
                y += block_gap;
            }
        }
        ys.push(y);
    }
    let bottom = if rows.is_empty() { top + 30.0 } else { y + bar_h + 8.0 };
    (ys, bar_h, bottom)
}

/// Width of the label column for these rows.
fn label_width(rows: &[Row], min: f64, max: f64) -> f64 {
    let longest = rows.iter().map(|r| text_width(&short(&r.label, LABEL_CHARS), 8.0)).fold(0.0, f64::max);
    (longest + 10.0).clamp(min, max)
}

/// How many characters of a label fit in `width`.
fn fit_chars(width: f64) -> usize {
    ((width - 10.0) / 8.0).floor().max(4.0) as usize
}

fn svg_open(out: &mut String, id: &str, aria: &str, w: f64, h: f64) {
    w!(
        out,
        r##"<svg id="{id}" role="img" aria-label="{}" viewBox="0 0 {w} {h:.0}" width="{w}" height="{h:.0}">"##,
        esc(aria)
    );
}

fn svg_title(out: &mut String, title: &str) {
    w!(out, r##"<text class="title" x="0" y="18">{}</text>"##, esc(title));
}

/// A legend of coloured squares, right-aligned at `right`.
fn legend(out: &mut String, items: &[(&str, &str)], right: f64, y: f64) {
    let widths: Vec<f64> = items.iter().map(|(name, _)| 18.0 + text_width(name, 7.0) + 16.0).collect();
    let mut x = right - widths.iter().sum::<f64>();
    w!(out, r##"<g class="legend">"##);
    for ((name, colour), width) in items.iter().zip(widths) {
        w!(
            out,
            r##"<rect x="{x:.1}" y="{:.1}" width="12" height="12" fill="{colour}" stroke="#555" stroke-width="0.5"/><text x="{:.1}" y="{:.1}">{}</text>"##,
            y - 10.0,
            x + 17.0,
            y,
            esc(name)
        );
        x += width;
    }
    w!(out, "</g>");
}

/// The label (and tag) of a row, right-aligned against the plot.
#[allow(clippy::too_many_arguments)]
fn row_label(out: &mut String, rows: &[Row], i: usize, y: f64, bar_h: f64, label_x: f64, tag_x: f64, chars: usize) {
    let row = &rows[i];
    let mid = y + bar_h / 2.0;
    let first = i == 0 || rows[i - 1].label != row.label || row.tag.is_none();
    if first {
        let cut = short(&row.label, chars);
        w!(
            out,
            r##"<text class="label" x="{label_x:.1}" y="{mid:.1}" dy="0.35em" text-anchor="end"><title>{}</title>{}</text>"##,
            esc(&row.label),
            esc(&cut)
        );
    }
    if let Some(tag) = row.tag {
        w!(out, r##"<text class="tag" x="{tag_x:.1}" y="{mid:.1}" dy="0.35em" text-anchor="end">{tag}</text>"##);
    }
}

/// A note across the plot when there is nothing to draw.
fn empty_note(out: &mut String, x: f64, y: f64, text: &str) {
    w!(out, r##"<text class="note" x="{x:.1}" y="{y:.1}">{}</text>"##, esc(text));
}

/// Horizontal bars of leads, won/lost/open stacked, the counts written on the segments and the
/// total (with its share) at the end of each bar.
fn funnel_svg(id: &str, title: &str, rows: &[Row], x_label: &str, empty: &str) -> String {
    let w = 900.0;
    let tagged = rows.iter().any(|r| r.tag.is_some());
    let label_w = label_width(rows, 70.0, 250.0);
    let tag_w = if tagged { 38.0 } else { 0.0 };
    let left = label_w + tag_w + 10.0;
    let right = 110.0;
    let plot_w = w - left - right;
    let max = rows.iter().filter_map(|r| r.group.as_ref()).map(|g| g.leads).max().unwrap_or(0);
    let (axis_max, step) = nice_axis(max);
    let top = 50.0;
    let (ys, bar_h, bottom) = row_ys(rows, top);
    let h = bottom + 46.0;
    let bars = rows.iter().filter(|r| r.group.is_some()).count();
    let mut out = String::new();
    svg_open(&mut out, id, &format!("{title}: {bars} bars; the same figures are in the table below"), w, h);
    svg_title(&mut out, title);
    legend(&mut out, &[("won", WON), ("lost", LOST), ("open", OPEN)], w, 40.0);
    // Grid and ticks.
    let mut t = 0.0;
    while t <= axis_max + 1e-9 {
        let x = left + t / axis_max * plot_w;
        w!(
            out,
            r##"<line class="grid" x1="{x:.1}" x2="{x:.1}" y1="{:.1}" y2="{bottom:.1}"/><text class="tick" x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
            top - 6.0,
            bottom + 15.0,
            t as u64
        );
        t += step;
    }
    w!(out, r##"<line class="axis" x1="{left:.1}" x2="{left:.1}" y1="{:.1}" y2="{bottom:.1}"/>"##, top - 6.0);
    w!(
        out,
        r##"<text class="axis-label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
        left + plot_w / 2.0,
        bottom + 36.0,
        esc(x_label)
    );
    if rows.is_empty() {
        empty_note(&mut out, left + 8.0, top + 16.0, empty);
    }
    let chars = fit_chars(label_w).min(LABEL_CHARS);
    for (i, row) in rows.iter().enumerate() {
        let y = ys[i];
        row_label(&mut out, rows, i, y, bar_h, label_w, label_w + tag_w + 4.0, chars);
        let Some(g) = &row.group else {
            empty_note(&mut out, left + 6.0, y + bar_h / 2.0 + 4.0, row.absent);
            continue;
        };
        w!(
            out,
            r##"<g class="bar" data-name="{}" data-value="{}" data-leads="{}" data-won="{}" data-lost="{}" data-open="{}"><title>{}{}: {} leads ({} of all), {} won, {} lost, {} open</title>"##,
            esc(&g.name),
            g.leads,
            g.leads,
            g.won,
            g.lost,
            g.open,
            esc(&g.name),
            row.tag.map(|t| format!(" ({t})")).unwrap_or_default(),
            g.leads,
            pct1(Some(g.share)),
            g.won,
            g.lost,
            g.open
        );
        let mut x = left;
        for (outcome, count, fill, ink) in
            [("won", g.won, WON, "#fff"), ("lost", g.lost, LOST, "#000"), ("open", g.open, OPEN, "#000")]
        {
            if count == 0 {
                continue;
            }
            let seg = count as f64 / axis_max * plot_w;
            w!(
                out,
                r##"<rect class="seg {outcome}" data-outcome="{outcome}" data-value="{count}" x="{x:.1}" y="{y:.1}" width="{seg:.1}" height="{bar_h}" fill="{fill}"/>"##
            );
            let label = count.to_string();
            if seg >= text_width(&label, 8.0) + 6.0 {
                w!(
                    out,
                    r##"<text class="on-bar" x="{:.1}" y="{:.1}" dy="0.35em" text-anchor="middle" fill="{ink}" style="fill:{ink}">{label}</text>"##,
                    x + seg / 2.0,
                    y + bar_h / 2.0
                );
            }
            x += seg;
        }
        let total = if row.tag.is_some() || g.share <= 0.0 {
            g.leads.to_string()
        } else {
            format!("{} · {}", g.leads, pct0(g.share))
        };
        w!(
            out,
            r##"<text class="total" x="{:.1}" y="{:.1}" dy="0.35em">{total}</text></g>"##,
            x + 5.0,
            y + bar_h / 2.0
        );
    }
    out.push_str("</svg>");
    out
}

/// The conversion bar of one group at row `y`, its Wilson interval as an error bar and the figures
/// written after it; `—` and no bar when nothing is decided.
fn conversion_bar(out: &mut String, row: &Row, x0: f64, plot_w: f64, y: f64, bar_h: f64, compact: bool) {
    let mid = y + bar_h / 2.0;
    let name = row.group.as_ref().map_or(row.label.as_str(), |g| g.name.as_str());
    let Some(g) = &row.group else {
        empty_note(out, x0 + 6.0, mid + 4.0, row.absent);
        return;
    };
    let decided = g.won + g.lost;
    let Some(c) = conv(g) else {
        w!(
            out,
            r##"<g class="row nobar" data-name="{}" data-value=""><title>{}: nothing decided yet ({} open)</title><text class="note" x="{:.1}" y="{mid:.1}" dy="0.35em">— nothing decided yet</text></g>"##,
            esc(name),
            esc(name),
            g.open,
            x0 + 6.0
        );
        return;
    };
    let bar_w = c * plot_w;
    let interval = g.interval.map(|i| Interval { low: frac(i.low), high: frac(i.high) });
    w!(
        out,
        r##"<g class="bar" data-name="{}" data-value="{c:.4}" data-low="{}" data-high="{}" data-decided="{decided}"><title>{}{}: {} conversion, 95% interval {}, {} won of {} decided</title>"##,
        esc(name),
        interval.map_or(String::new(), |i| format!("{:.4}", i.low)),
        interval.map_or(String::new(), |i| format!("{:.4}", i.high)),
        esc(name),
        row.tag.map(|t| format!(" ({t})")).unwrap_or_default(),
        pct1(Some(c)),
        range1(interval),
        g.won,
        decided
    );
    w!(
        out,
        r##"<rect x="{x0:.1}" y="{y:.1}" width="{bar_w:.1}" height="{bar_h}" fill="{}" stroke="#333" stroke-width="0.6"/>"##,
        row.fill
    );
    let mut end = x0 + bar_w;
    if let Some(i) = interval {
        let (lo, hi) = (x0 + i.low * plot_w, x0 + i.high * plot_w);
        let cap = bar_h * 0.35;
        w!(
            out,
            r##"<g class="whisker"><line x1="{lo:.1}" x2="{hi:.1}" y1="{mid:.1}" y2="{mid:.1}"/><line x1="{lo:.1}" x2="{lo:.1}" y1="{:.1}" y2="{:.1}"/><line x1="{hi:.1}" x2="{hi:.1}" y1="{:.1}" y2="{:.1}"/></g>"##,
            mid - cap,
            mid + cap,
            mid - cap,
            mid + cap
        );
        end = end.max(hi);
    }
    let detail = match (interval, compact) {
        (Some(i), true) => format!(" {}", range0(i)),
        (Some(i), false) => format!(" {} · n={decided}", range0(i)),
        (None, _) => String::new(),
    };
    w!(
        out,
        r##"<text class="value" x="{:.1}" y="{mid:.1}" dy="0.35em"><tspan class="strong">{}</tspan><tspan class="dim">{}</tspan></text></g>"##,
        end + 6.0,
        pct0(c),
        esc(&detail)
    );
}

/// Percent ticks from 0 to 100 % and the axis label under them.
fn percent_axis(out: &mut String, x0: f64, plot_w: f64, top: f64, bottom: f64, label: &str, every: u32) {
    let mut p = 0;
    while p <= 100 {
        let x = x0 + p as f64 / 100.0 * plot_w;
        w!(
            out,
            r##"<line class="grid" x1="{x:.1}" x2="{x:.1}" y1="{top:.1}" y2="{bottom:.1}"/><text class="tick" x="{x:.1}" y="{:.1}" text-anchor="middle">{p}%</text>"##,
            bottom + 15.0
        );
        p += every;
    }
    w!(out, r##"<line class="axis" x1="{x0:.1}" x2="{x0:.1}" y1="{top:.1}" y2="{bottom:.1}"/>"##);
    w!(
        out,
        r##"<text class="axis-label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
        x0 + plot_w / 2.0,
        bottom + 34.0,
        esc(label)
    );
}

/// A dashed line at the overall conversion, labelled at its top.
fn reference_line(out: &mut String, x0: f64, plot_w: f64, top: f64, bottom: f64, overall: Option<f64>) {
    let Some(o) = overall.filter(|o| o.is_finite()).map(frac) else { return };
    let x = x0 + o * plot_w;
    let anchor = if o > 0.75 { "end" } else { "start" };
    let tx = if o > 0.75 { x - 4.0 } else { x + 4.0 };
    w!(
        out,
        r##"<g class="reference" data-value="{o:.4}"><line x1="{x:.1}" x2="{x:.1}" y1="{:.1}" y2="{bottom:.1}" stroke="{REFERENCE}" stroke-width="2" stroke-dasharray="6 4"/><text class="ref-label" x="{tx:.1}" y="{:.1}" text-anchor="{anchor}">overall {}</text></g>"##,
        top - 14.0,
        top - 4.0,
        pct0(o)
    );
}

/// Conversion per group: bars from 0 to 100 %, the 95 % Wilson interval as an error bar, a dashed
/// line at the overall conversion.
fn conversion_svg(
    id: &str,
    title: &str,
    rows: &[Row],
    overall: Option<f64>,
    compact: bool,
    legend_items: &[(&str, &str)],
    empty: &str,
) -> String {
    let w = if compact { 440.0 } else { 900.0 };
    let tagged = rows.iter().any(|r| r.tag.is_some());
    let label_w = label_width(rows, 50.0, if compact { 130.0 } else { 250.0 });
    let tag_w = if tagged { 38.0 } else { 0.0 };
    let left = label_w + tag_w + 10.0;
    let right = if compact { 106.0 } else { 165.0 };
    let plot_w = w - left - right;
    let top = if legend_items.is_empty() { 50.0 } else { 62.0 };
    let (ys, bar_h, bottom) = row_ys(rows, top);
    let h = bottom + 44.0;
    let bars = rows.iter().filter(|r| r.group.as_ref().and_then(conv).is_some()).count();
    let mut out = String::new();
    svg_open(
        &mut out,
        id,
        &format!("{title}: {bars} bars with 95% intervals; the same figures are in the table below"),
        w,
        h,
    );
    svg_title(&mut out, title);
    if !legend_items.is_empty() {
        legend(&mut out, legend_items, w, 40.0);
    }
    percent_axis(
        &mut out,
        left,
        plot_w,
        top - 6.0,
        bottom,
        if compact {
            "conversion; whiskers: 95% interval"
        } else {
            "conversion = won / (won + lost); whiskers: 95% interval"
        },
        if compact { 50 } else { 25 },
    );
    if rows.is_empty() {
        empty_note(&mut out, left + 8.0, top + 16.0, empty);
    }
    reference_line(&mut out, left, plot_w, top, bottom, overall);
    let chars = fit_chars(label_w).min(LABEL_CHARS);
    for (i, row) in rows.iter().enumerate() {
        row_label(&mut out, rows, i, ys[i], bar_h, label_w, label_w + tag_w + 4.0, chars);
        conversion_bar(&mut out, row, left, plot_w, ys[i], bar_h, compact);
    }
    out.push_str("</svg>");
    out
}

/// The channels shown: the top ones by leads, the rest folded into one `other` group.
fn fold_channels(channels: &[Group], overall: Option<f64>, total: u64) -> (Vec<Group>, usize) {
    let mut sorted: Vec<&Group> = channels.iter().collect();
    sorted.sort_by_key(|g| std::cmp::Reverse(g.leads));
    if sorted.len() <= TOP_CHANNELS {
        return (sorted.into_iter().cloned().collect(), 0);
    }
    let (top, rest) = sorted.split_at(TOP_CHANNELS);
    let mut shown: Vec<Group> = top.iter().map(|g| (*g).clone()).collect();
    let (won, lost, open) = rest.iter().fold((0, 0, 0), |(w, l, o), g| (w + g.won, l + g.lost, o + g.open));
    let leads = won + lost + open;
    let conversion = share(won, won + lost);
    shown.push(Group {
        name: format!("other ({} channels)", rest.len()),
        leads,
        share: share(leads, total).unwrap_or(0.0),
        won,
        lost,
        open,
        conversion,
        interval: wilson(won, won + lost),
        lift: match (conversion, overall) {
            (Some(c), Some(o)) if o > 0.0 => Some(c / o),
            _ => None,
        },
    });
    (shown, rest.len())
}

/// Per channel: leads (won/lost/open stacked) on the left, conversion with its interval on the
/// right, one row per channel.
fn channels_svg(channels: &[Group], folded: bool, overall: Option<f64>, field: &str) -> String {
    let w = 900.0;
    let rows: Vec<Row> = channels.iter().map(Row::of).collect();
    let label_w = label_width(&rows, 70.0, 210.0);
    let left = label_w + 10.0;
    let leads_w = 220.0;
    let gap = 80.0;
    let conv_x = left + leads_w + gap;
    let conv_w = w - conv_x - 130.0;
    let top = 62.0;
    let bar_h = 16.0;
    let step = 23.0;
    let bottom = if rows.is_empty() { top + 30.0 } else { top + step * (rows.len() - 1) as f64 + bar_h + 8.0 };
    let h = bottom + 44.0;
    let title = format!("Channel quality by {field}: leads and conversion");
    let mut out = String::new();
    svg_open(
        &mut out,
        "channels",
        &format!("{title}: {} channels; the same figures are in the table below", rows.len()),
        w,
        h,
    );
    svg_title(&mut out, &title);
    legend(&mut out, &[("won", WON), ("lost", LOST), ("open", OPEN)], left + leads_w + 40.0, 40.0);
    w!(out, r##"<text class="panel" x="{:.1}" y="40">conversion · 95% interval</text>"##, conv_x);
    // A folded `other` bar would dwarf every channel: it does not set the scale, and is cut.
    let scaled = if folded { &channels[..channels.len().saturating_sub(1)] } else { channels };
    let max = scaled.iter().map(|g| g.leads).max().unwrap_or(0);
    let (axis_max, tick) = nice_axis(max);
    let cut_any = channels.iter().any(|g| g.leads as f64 > axis_max);
    let mut t = 0.0;
    while t <= axis_max + 1e-9 {
        let x = left + t / axis_max * leads_w;
        w!(
            out,
            r##"<line class="grid" x1="{x:.1}" x2="{x:.1}" y1="{:.1}" y2="{bottom:.1}"/><text class="tick" x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
            top - 6.0,
            bottom + 15.0,
            t as u64
        );
        t += tick;
    }
    w!(out, r##"<line class="axis" x1="{left:.1}" x2="{left:.1}" y1="{:.1}" y2="{bottom:.1}"/>"##, top - 6.0);
    w!(
        out,
        r##"<text class="axis-label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
        left + leads_w / 2.0,
        bottom + 34.0,
        if cut_any { "leads (the “other” bar is cut)" } else { "leads" }
    );
    percent_axis(&mut out, conv_x, conv_w, top - 6.0, bottom, "conversion", 25);
    if rows.is_empty() {
        empty_note(&mut out, left + 8.0, top + 16.0, "No channels in this history");
    }
    reference_line(&mut out, conv_x, conv_w, top, bottom, overall);
    let chars = fit_chars(label_w).min(LABEL_CHARS);
    for (i, (row, g)) in rows.iter().zip(channels).enumerate() {
        let y = top + step * i as f64;
        let mid = y + bar_h / 2.0;
        row_label(&mut out, &rows, i, y, bar_h, label_w, label_w, chars);
        w!(
            out,
            r##"<g class="bar" data-name="{}" data-value="{}" data-leads="{}" data-conversion="{}"><title>{}: {} leads, {} won, {} lost, {} open; conversion {} ({})</title>"##,
            esc(&g.name),
            g.leads,
            g.leads,
            conv(g).map_or(String::new(), |c| format!("{c:.4}")),
            esc(&g.name),
            g.leads,
            g.won,
            g.lost,
            g.open,
            pct1(conv(g)),
            range1(g.interval)
        );
        let cut = g.leads as f64 > axis_max;
        // A cut bar fills the panel, its segments in proportion.
        let scale = if cut { leads_w / g.leads as f64 } else { leads_w / axis_max };
        let mut x = left;
        for (count, fill) in [(g.won, WON), (g.lost, LOST), (g.open, OPEN)] {
            if count > 0 {
                let seg = count as f64 * scale;
                w!(out, r##"<rect x="{x:.1}" y="{y:.1}" width="{seg:.1}" height="{bar_h}" fill="{fill}"/>"##);
                x += seg;
            }
        }
        if cut {
            let bx = left + leads_w - 22.0;
            w!(
                out,
                r##"<path class="break" d="M{:.1} {:.1} l6 {:.1} M{:.1} {:.1} l6 {:.1}" stroke="#fff" stroke-width="3"/>"##,
                bx,
                y - 2.0,
                bar_h + 4.0,
                bx + 6.0,
                y - 2.0,
                bar_h + 4.0
            );
        }
        w!(out, r##"<text class="total" x="{:.1}" y="{mid:.1}" dy="0.35em">{}</text>"##, x + 5.0, g.leads);
        // The conversion half, drawn as its own bar inside this row's group.
        let mut inner = String::new();
        conversion_bar(&mut inner, row, conv_x, conv_w, y, bar_h, false);
        // Nested bars would be counted twice: the conversion part is a plain group here.
        out.push_str(&inner.replacen(r##"<g class="bar""##, r##"<g class="conv""##, 1).replacen(
            r##"<g class="row nobar""##,
            r##"<g class="conv nobar""##,
            1,
        ));
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

const PAGE_CSS: &str = r##"
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

fn page(title: &str, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + PAGE_CSS.len() + 512);
    w!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"leadrules {}\">\n<title>{}</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n<main>\n{body}\n<p class=\"foot\">Made by leadrules {}. Conversion is won / (won + lost); open leads are not counted in it. Intervals are 95% Wilson score intervals: small groups have wide ones.</p>\n</main>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        esc(title),
        env!("CARGO_PKG_VERSION")
    );
    out
}

/// A plain table: `numeric` columns are right-aligned.
fn table(caption: &str, headers: &[&str], numeric: &[bool], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    w!(out, "<table>\n<caption>{}</caption>\n<thead><tr>", esc(caption));
    for (h, n) in headers.iter().zip(numeric) {
        w!(out, r##"<th scope="col" class="{}">{}</th>"##, if *n { "n" } else { "name" }, esc(h));
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

fn lift(l: Option<f64>) -> String {
    l.filter(|l| l.is_finite()).map_or("—".into(), |l| format!("{l:.2}×"))
}

/// Every figure of the groups.
fn groups_table(caption: &str, first: &str, groups: &[Group]) -> String {
    let rows: Vec<Vec<String>> = groups
        .iter()
        .map(|g| {
            vec![
                g.name.clone(),
                g.leads.to_string(),
                pct1(Some(g.share)),
                g.won.to_string(),
                g.lost.to_string(),
                g.open.to_string(),
                pct1(conv(g)),
                range1(g.interval),
                lift(g.lift),
            ]
        })
        .collect();
    table(
        caption,
        &[first, "leads", "share", "won", "lost", "open", "conversion", "95% interval", "lift"],
        &[false, true, true, true, true, true, true, true, true],
        &rows,
    )
}

fn figure(svg: &str, table: &str) -> String {
    format!("<figure>\n{svg}\n</figure>\n{table}")
}

fn hidden_callout(h: &HiddenPotential) -> String {
    if h.sales_classes.is_empty() {
        return r##"<p class="callout calm">Hidden potential: no class is handed to sales, so nothing can be called hidden; name the sales classes with <code>--sales</code>.</p>"##.into();
    }
    let sales = esc(&h.sales_classes.join(", "));
    if h.won_total == 0 {
        return format!(
            r##"<p class="callout calm">No won deals in this history, so no potential can be hidden. Sales sees: {sales}.</p>"##
        );
    }
    if h.won_hidden == 0 {
        return format!(
            r##"<p class="callout calm">All {} won deals were in classes sales sees ({sales}): this definition hides no won deal.</p>"##,
            h.won_total
        );
    }
    let parts: Vec<String> = h.by_class.iter().map(|(c, n)| format!("{} ({n} won)", esc(c))).collect();
    format!(
        r##"<p class="callout" id="hidden-potential" data-won-hidden="{}" data-won-total="{}"><strong>{} won deal{} — {} of all won — fell in classes sales never sees</strong>{}. Sales sees: {sales}.</p>"##,
        h.won_hidden,
        h.won_total,
        h.won_hidden,
        if h.won_hidden == 1 { "" } else { "s" },
        pct0(h.won_hidden as f64 / h.won_total as f64),
        if parts.is_empty() { String::new() } else { format!(": {}", parts.join(", ")) },
    )
}

fn kpis(items: &[(String, &str)]) -> String {
    let mut out = String::from(r##"<div class="kpis">"##);
    for (value, label) in items {
        w!(out, r##"<div class="kpi"><b>{}</b><span>{}</span></div>"##, esc(value), esc(label));
    }
    out.push_str("</div>\n");
    out
}

fn gate_groups(b: &Backtest) -> Vec<Group> {
    b.gates
        .iter()
        .map(|g| Group {
            name: g.reason.clone(),
            leads: g.removed,
            share: share(g.removed, b.overall.leads).unwrap_or(0.0),
            won: g.won,
            lost: g.lost,
            open: g.open,
            conversion: share(g.won, g.won + g.lost),
            interval: wilson(g.won, g.won + g.lost),
            lift: None,
        })
        .collect()
}

/// The backtest of one definition as a self-contained HTML page.
pub fn backtest_page(b: &Backtest) -> String {
    let mut body = String::new();
    let o = &b.overall;
    let overall = conv(o);
    w!(body, "<header>\n<h1>Backtest: {}</h1>\n", esc(&b.definition));
    w!(
        body,
        r##"<p class="meta">History <strong>{}</strong>: {} rows, {} judged, {} could not be read.</p>"##,
        esc(&b.history),
        b.rows,
        o.leads,
        b.unreadable
    );
    if !b.unrecognized_outcomes.is_empty() {
        let list: Vec<String> = b.unrecognized_outcomes.iter().map(|(v, n)| format!("“{}” ({n})", esc(v))).collect();
        w!(body, r##"<p class="warn">Outcomes not recognised, counted as open: {}.</p>"##, list.join(", "));
    }
    body.push_str(&kpis(&[
        (o.leads.to_string(), "leads"),
        (o.won.to_string(), "won"),
        (o.lost.to_string(), "lost"),
        (o.open.to_string(), "open"),
        (overall.map_or("—".into(), pct0), "conversion"),
        (o.interval.map_or("—".into(), range0), "95% interval"),
    ]));
    body.push_str(&hidden_callout(&b.hidden));
    body.push_str("</header>\n");

    // (1) Funnel by class.
    let rows: Vec<Row> = b.by_class.iter().map(Row::of).collect();
    body.push_str("<section>\n<h2>1. Funnel by class</h2>\n");
    body.push_str(&figure(
        &funnel_svg(
            "funnel",
            "Leads per class, in classify order",
            &rows,
            "leads (won · lost · open)",
            "No leads in this history",
        ),
        &groups_table("Leads per class", "class", &b.by_class),
    ));
    body.push_str("</section>\n");

    // (2) Conversion per class.
    body.push_str("<section>\n<h2>2. Conversion by class</h2>\n");
    let conversion_rows: Vec<Vec<String>> = b
        .by_class
        .iter()
        .map(|g| {
            vec![
                g.name.clone(),
                (g.won + g.lost).to_string(),
                g.won.to_string(),
                pct1(conv(g)),
                range1(g.interval),
                lift(g.lift),
            ]
        })
        .collect();
    body.push_str(&figure(
        &conversion_svg(
            "conversion",
            "Conversion per class, with 95% interval",
            &rows,
            overall,
            false,
            &[],
            "No leads in this history",
        ),
        &table(
            &format!("Conversion per class; overall {} ({})", pct1(overall), range1(o.interval)),
            &["class", "decided", "won", "conversion", "95% interval", "lift"],
            &[false, true, true, true, true, true],
            &conversion_rows,
        ),
    ));
    body.push_str("</section>\n");

    // (3) Channel quality.
    body.push_str("<section>\n<h2>3. Channel quality</h2>\n");
    match &b.channel_field {
        None if b.by_channel.is_empty() => {
            body.push_str(
                r##"<p class="note">The history has no source channel field, so channels cannot be compared.</p>"##,
            );
            body.push('\n');
            body.push_str(&channels_svg(&[], false, overall, "channel"));
        }
        field => {
            let field = field.as_deref().unwrap_or("channel");
            let (shown, folded) = fold_channels(&b.by_channel, overall, o.leads);
            if folded > 0 {
                w!(
                    body,
                    r##"<p class="note" id="channels-folded" data-folded="{folded}">{} channels in all: the top {TOP_CHANNELS} by leads are shown, the other {folded} are folded into “other”.</p>"##,
                    b.by_channel.len()
                );
            }
            body.push_str(&figure(
                &channels_svg(&shown, folded > 0, overall, field),
                &groups_table(&format!("Leads and conversion per {field}"), field, &shown),
            ));
        }
    }
    body.push_str("</section>\n");

    // (4) Grades and temperatures as small multiples.
    body.push_str("<section>\n<h2>4. Conversion by grade and by temperature</h2>\n<div class=\"pair\">\n");
    for (id, title, first, groups, empty) in [
        ("grades", "By grade", "grade", &b.by_grade, "This definition has no grades"),
        ("temperatures", "By temperature", "temperature", &b.by_temperature, "This definition has no temperature"),
    ] {
        let rows: Vec<Row> = groups.iter().map(Row::of).collect();
        let table_rows: Vec<Vec<String>> = groups
            .iter()
            .map(|g| vec![g.name.clone(), g.leads.to_string(), g.won.to_string(), pct1(conv(g)), range1(g.interval)])
            .collect();
        w!(body, "<div>\n");
        body.push_str(&figure(
            &conversion_svg(id, &format!("{title}: conversion, 95% interval"), &rows, overall, true, &[], empty),
            &table(
                title,
                &[first, "leads", "won", "conversion", "95% interval"],
                &[false, true, true, true, true],
                &table_rows,
            ),
        ));
        w!(body, "</div>\n");
    }
    body.push_str("</div>\n</section>\n");

    // (5) Minimum gates and the hidden potential.
    body.push_str("<section>\n<h2>5. Minimum gates and hidden potential</h2>\n");
    let gates = gate_groups(b);
    if gates.is_empty() {
        body.push_str("<p>This definition has no minimum gates.</p>\n");
    } else {
        let gate_rows: Vec<Row> = gates.iter().map(Row::of).collect();
        let won_total = o.won;
        let rows: Vec<Vec<String>> = b
            .gates
            .iter()
            .map(|g| {
                vec![
                    g.reason.clone(),
                    g.removed.to_string(),
                    pct1(share(g.removed, o.leads)),
                    g.won.to_string(),
                    pct1(share(g.won, won_total)),
                    g.lost.to_string(),
                    g.open.to_string(),
                ]
            })
            .collect();
        body.push_str(&figure(
            &funnel_svg(
                "gates",
                "Leads each minimum gate removed (a lead may fail several)",
                &gate_rows,
                "leads removed (won · lost · open)",
                "",
            ),
            &table(
                "What each minimum gate removed",
                &["gate", "removed", "% of leads", "won among removed", "% of all won", "lost", "open"],
                &[false, true, true, true, true, true, true],
                &rows,
            ),
        ));
    }
    body.push_str(&hidden_callout(&b.hidden).replacen(r#" id="hidden-potential""#, "", 1));
    if !b.hidden.by_class.is_empty() {
        let rows: Vec<Vec<String>> = b
            .hidden
            .by_class
            .iter()
            .map(|(c, n)| vec![c.clone(), n.to_string(), pct1(share(*n, b.hidden.won_total))])
            .collect();
        body.push_str(&table(
            "Won deals in classes sales never sees",
            &["class", "won", "% of all won"],
            &[false, true, true],
            &rows,
        ));
    }
    body.push_str("</section>\n");
    page(&format!("Backtest: {}", b.definition), &body)
}

fn admitted_group(name: &str, a: &Admitted) -> Group {
    Group {
        name: name.to_string(),
        leads: a.leads,
        share: 0.0,
        won: a.won,
        lost: a.lost,
        open: a.leads.saturating_sub(a.won + a.lost),
        conversion: a.conversion,
        interval: a.interval,
        lift: None,
    }
}

/// Class names of both definitions: the old ones in order, then the new ones the old lacks.
fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut names: Vec<String> = a.to_vec();
    for n in b {
        if !names.contains(n) {
            names.push(n.clone());
        }
    }
    names
}

/// Old and new rows per class, for the side-by-side charts.
fn paired_rows(d: &Diff, fill_old: &'static str, fill_new: &'static str) -> Vec<Row> {
    let old_names: Vec<String> = d.old.by_class.iter().map(|g| g.name.clone()).collect();
    let new_names: Vec<String> = d.new.by_class.iter().map(|g| g.name.clone()).collect();
    let mut rows = Vec::new();
    for name in union(&old_names, &new_names) {
        let old = d.old.by_class.iter().find(|g| g.name == name).cloned();
        let new = d.new.by_class.iter().find(|g| g.name == name).cloned();
        rows.push(Row {
            label: name.clone(),
            tag: Some("old"),
            group: old,
            fill: fill_old,
            absent: "— not a class of the old definition",
        });
        rows.push(Row {
            label: name,
            tag: Some("new"),
            group: new,
            fill: fill_new,
            absent: "— not a class of the new definition",
        });
    }
    rows
}

/// Colour of a heat-map cell: a single-hue sequential scale (ColorBrewer Blues), readable by
/// colour-blind readers and in greyscale print; and whether its text should be white.
fn heat(t: f64) -> (String, bool) {
    const STOPS: [(f64, f64, f64); 7] = [
        (239.0, 243.0, 255.0),
        (198.0, 219.0, 239.0),
        (158.0, 202.0, 225.0),
        (107.0, 174.0, 214.0),
        (66.0, 146.0, 198.0),
        (33.0, 113.0, 181.0),
        (8.0, 69.0, 148.0),
    ];
    let t = frac(t);
    let pos = t * (STOPS.len() - 1) as f64;
    let i = (pos.floor() as usize).min(STOPS.len() - 2);
    let f = pos - i as f64;
    let (a, b) = (STOPS[i], STOPS[i + 1]);
    let mix = |x: f64, y: f64| (x + (y - x) * f).round() as u8;
    (format!("#{:02x}{:02x}{:02x}", mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2)), t > 0.55)
}

/// Rows and columns of the transition matrix: the declared classes, then any other name a cell uses.
fn matrix_axes(d: &Diff) -> (Vec<String>, Vec<String>) {
    let mut rows = d.old_classes.clone();
    let mut cols = d.new_classes.clone();
    for t in &d.transitions {
        if !rows.contains(&t.from) {
            rows.push(t.from.clone());
        }
        if !cols.contains(&t.to) {
            cols.push(t.to.clone());
        }
    }
    (rows, cols)
}

fn cell<'a>(d: &'a Diff, from: &str, to: &str) -> Option<&'a Transition> {
    d.transitions.iter().find(|t| t.from == from && t.to == to)
}

/// The transition matrix as a heat map: old classes as rows, new ones as columns, the colour by
/// count, count and won written in each cell, unchanged cells (same class name) outlined.
fn transitions_svg(d: &Diff) -> String {
    let (rows, cols) = matrix_axes(d);
    let w = 900.0;
    let row_label_w = rows.iter().map(|r| text_width(&short(r, 24), 8.0)).fold(0.0, f64::max).clamp(60.0, 200.0) + 10.0;
    let left = row_label_w + 34.0;
    let total_w = 70.0;
    let cell_w = if cols.is_empty() { 100.0 } else { ((w - left - total_w) / cols.len() as f64).min(130.0) };
    let cell_h = 48.0;
    let top = 96.0;
    let grid_h = cell_h * rows.len() as f64;
    let h = top + grid_h + 46.0 + 40.0;
    let max = d.transitions.iter().map(|t| t.leads).max().unwrap_or(0).max(1) as f64;
    let mut out = String::new();
    svg_open(
        &mut out,
        "transitions",
        &format!(
            "Transition matrix: {} old classes by {} new classes; each cell gives leads and won; the same figures are in the table below",
            rows.len(),
            cols.len()
        ),
        w,
        h,
    );
    svg_title(&mut out, "Where the leads went: old class (rows) → new class (columns)");
    w!(
        out,
        r##"<text class="axis-label" x="{:.1}" y="44" text-anchor="middle">new definition: {}</text>"##,
        left + cell_w * cols.len() as f64 / 2.0,
        esc(&short(&d.new.definition, 60))
    );
    w!(
        out,
        r##"<text class="axis-label" transform="translate(14 {:.1}) rotate(-90)" text-anchor="middle">old definition</text>"##,
        top + grid_h / 2.0
    );
    let chars = fit_chars(cell_w + 4.0);
    for (j, c) in cols.iter().enumerate() {
        let x = left + cell_w * (j as f64 + 0.5);
        w!(
            out,
            r##"<text class="label col" x="{x:.1}" y="{:.1}" text-anchor="middle"><title>{}</title>{}</text>"##,
            top - 10.0,
            esc(c),
            esc(&short(c, chars))
        );
    }
    w!(
        out,
        r##"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">total</text>"##,
        left + cell_w * cols.len() as f64 + total_w / 2.0,
        top - 10.0
    );
    if rows.is_empty() || cols.is_empty() {
        empty_note(&mut out, left, top + 20.0, "No leads in this history");
    }
    for (i, r) in rows.iter().enumerate() {
        let y = top + cell_h * i as f64;
        w!(
            out,
            r##"<text class="label" x="{:.1}" y="{:.1}" dy="0.35em" text-anchor="end"><title>{}</title>{}</text>"##,
            left - 8.0,
            y + cell_h / 2.0,
            esc(r),
            esc(&short(r, 24))
        );
        for (j, c) in cols.iter().enumerate() {
            let x = left + cell_w * j as f64;
            let t = cell(d, r, c);
            let (leads, won) = t.map_or((0, 0), |t| (t.leads, t.won));
            let diagonal = r == c;
            let (fill, white) =
                if leads == 0 { ("#ffffff".to_string(), false) } else { heat(0.12 + 0.88 * leads as f64 / max) };
            let ink = if white { "#fff" } else { "#1a1a1a" };
            w!(
                out,
                r##"<g class="cell{}" data-from="{}" data-to="{}" data-value="{leads}" data-leads="{leads}" data-won="{won}"><title>{} → {}: {leads} leads, {won} won{}</title><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}" stroke="{}" stroke-width="{}"/>"##,
                if diagonal { " diagonal" } else { "" },
                esc(r),
                esc(c),
                esc(r),
                esc(c),
                if diagonal { " (unchanged)" } else { "" },
                x + 1.5,
                y + 1.5,
                cell_w - 3.0,
                cell_h - 3.0,
                if diagonal { "#1a1a1a" } else { "#d0d0d0" },
                if diagonal { "2.5" } else { "1" }
            );
            if leads > 0 {
                w!(
                    out,
                    r##"<text class="cell-count" x="{:.1}" y="{:.1}" text-anchor="middle" style="fill:{ink}">{leads}</text><text class="cell-won" x="{:.1}" y="{:.1}" text-anchor="middle" style="fill:{ink}">won {won}</text>"##,
                    x + cell_w / 2.0,
                    y + 22.0,
                    x + cell_w / 2.0,
                    y + 38.0
                );
            } else {
                w!(
                    out,
                    r##"<text class="cell-won" x="{:.1}" y="{:.1}" text-anchor="middle" style="fill:#9a9a9a">·</text>"##,
                    x + cell_w / 2.0,
                    y + cell_h / 2.0 + 4.0
                );
            }
            out.push_str("</g>");
        }
        let (leads, won) =
            d.transitions.iter().filter(|t| &t.from == r).fold((0, 0), |(l, w), t| (l + t.leads, w + t.won));
        w!(
            out,
            r##"<text class="total" x="{:.1}" y="{:.1}" text-anchor="middle">{leads}</text><text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">won {won}</text>"##,
            left + cell_w * cols.len() as f64 + total_w / 2.0,
            y + 22.0,
            left + cell_w * cols.len() as f64 + total_w / 2.0,
            y + 38.0
        );
    }
    let below = top + grid_h;
    w!(out, r##"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">total</text>"##, left - 8.0, below + 18.0);
    for (j, c) in cols.iter().enumerate() {
        let (leads, won) =
            d.transitions.iter().filter(|t| &t.to == c).fold((0, 0), |(l, w), t| (l + t.leads, w + t.won));
        w!(
            out,
            r##"<text class="total" x="{:.1}" y="{:.1}" text-anchor="middle">{leads}</text><text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">won {won}</text>"##,
            left + cell_w * (j as f64 + 0.5),
            below + 18.0,
            left + cell_w * (j as f64 + 0.5),
            below + 33.0
        );
    }
    // Key: the scale and the outline of unchanged cells.
    let ky = below + 58.0;
    w!(out, r##"<g class="key"><text class="tick" x="{left:.1}" y="{:.1}">fewer leads</text>"##, ky + 4.0);
    for k in 0..6 {
        let (fill, _) = heat(0.12 + 0.88 * k as f64 / 5.0);
        w!(
            out,
            r##"<rect x="{:.1}" y="{:.1}" width="22" height="12" fill="{fill}"/>"##,
            left + 72.0 + 22.0 * k as f64,
            ky - 6.0
        );
    }
    w!(
        out,
        r##"<text class="tick" x="{:.1}" y="{:.1}">more leads</text><rect x="{:.1}" y="{:.1}" width="22" height="12" fill="#fff" stroke="#1a1a1a" stroke-width="2.5"/><text class="tick" x="{:.1}" y="{:.1}">same class name: unchanged</text></g>"##,
        left + 72.0 + 132.0 + 6.0,
        ky + 4.0,
        left + 300.0,
        ky - 6.0,
        left + 328.0,
        ky + 4.0
    );
    out.push_str("</svg>");
    out
}

fn matrix_table(d: &Diff) -> String {
    let (rows, cols) = matrix_axes(d);
    let mut out = String::new();
    out.push_str("<table>\n<caption>Transition matrix: leads (won); rows are the old classes, columns the new; unchanged cells in bold</caption>\n<thead><tr><th scope=\"col\">old \\ new</th>");
    for c in &cols {
        w!(out, r##"<th scope="col" class="n">{}</th>"##, esc(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &rows {
        w!(out, r##"<tr><th scope="row" class="name">{}</th>"##, esc(r));
        for c in &cols {
            let text = cell(d, r, c).map_or("·".into(), |t| format!("{} ({})", t.leads, t.won));
            w!(out, r##"<td class="n{}">{}</td>"##, if r == c { " diag" } else { "" }, esc(&text));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

fn hidden_line(h: &HiddenPotential) -> String {
    if h.sales_classes.is_empty() || h.won_total == 0 {
        "—".into()
    } else {
        format!("{} ({})", h.won_hidden, pct0(h.won_hidden as f64 / h.won_total as f64))
    }
}

/// The diff of two definitions over the same history as a self-contained HTML page.
pub fn diff_page(d: &Diff) -> String {
    let (a, b) = (&d.admitted_old, &d.admitted_new);
    let mut body = String::new();
    w!(body, "<header>\n<h1>{} → {}</h1>\n", esc(&d.old.definition), esc(&d.new.definition));
    w!(
        body,
        r##"<p class="meta">Both definitions judged over <strong>{}</strong>: {} rows; {} lead{} changed class.</p>"##,
        esc(&d.new.history),
        d.new.rows,
        d.changed,
        if d.changed == 1 { "" } else { "s" }
    );
    let conv_text = |x: &Admitted| x.conversion.filter(|c| c.is_finite()).map_or("—".into(), pct0);
    w!(
        body,
        r##"<p class="headline" id="headline">Admitted {} <span class="arrow">→</span> {}, won {} <span class="arrow">→</span> {}, conversion {} <span class="arrow">→</span> {}</p>"##,
        a.leads,
        b.leads,
        a.won,
        b.won,
        conv_text(a),
        conv_text(b)
    );
    w!(
        body,
        r##"<p class="sub">95% interval of the conversion: {} → {}. Admitted = leads in the classes handed to sales (old: {}; new: {}). Won deals hidden from sales: {} → {}.</p>"##,
        range1(a.interval),
        range1(b.interval),
        esc(&d.old.hidden.sales_classes.join(", ")),
        esc(&d.new.hidden.sales_classes.join(", ")),
        hidden_line(&d.old.hidden),
        hidden_line(&d.new.hidden)
    );
    let admitted = [admitted_group("old", a), admitted_group("new", b)];
    let admitted_rows = vec![
        Row { label: "old".into(), tag: None, group: Some(admitted[0].clone()), fill: OLD, absent: "" },
        Row { label: "new".into(), tag: None, group: Some(admitted[1].clone()), fill: NEW, absent: "" },
    ];
    let table_rows: Vec<Vec<String>> = [(&d.old.definition, a), (&d.new.definition, b)]
        .iter()
        .map(|(name, x)| {
            vec![
                (*name).clone(),
                x.leads.to_string(),
                x.won.to_string(),
                x.lost.to_string(),
                pct1(x.conversion),
                range1(x.interval),
            ]
        })
        .collect();
    body.push_str(&figure(
        &conversion_svg(
            "admitted",
            "Conversion of the leads handed to sales, old vs new",
            &admitted_rows,
            conv(&d.new.overall),
            false,
            &[],
            "",
        ),
        &table(
            "Leads handed to sales",
            &["definition", "admitted", "won", "lost", "conversion", "95% interval"],
            &[false, true, true, true, true, true],
            &table_rows,
        ),
    ));
    body.push_str("</header>\n");

    // (1) Transition matrix.
    body.push_str("<section>\n<h2>1. Transition matrix</h2>\n");
    body.push_str(&figure(&transitions_svg(d), &matrix_table(d)));
    body.push_str("</section>\n");

    // (2) Conversion per class, old vs new.
    let legend_items = [("old", OLD), ("new", NEW)];
    let rows = paired_rows(d, OLD, NEW);
    let conv_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let g = r.group.as_ref();
            vec![
                r.label.clone(),
                r.tag.unwrap_or("").to_string(),
                g.map_or("—".into(), |g| (g.won + g.lost).to_string()),
                g.map_or("—".into(), |g| g.won.to_string()),
                pct1(g.and_then(conv)),
                range1(g.and_then(|g| g.interval)),
            ]
        })
        .collect();
    body.push_str("<section>\n<h2>2. Conversion by class, old vs new</h2>\n");
    body.push_str(&figure(
        &conversion_svg(
            "conversion",
            "Conversion per class, old vs new, with 95% interval",
            &rows,
            conv(&d.new.overall),
            false,
            &legend_items,
            "No classes",
        ),
        &table(
            "Conversion per class, old and new",
            &["class", "definition", "decided", "won", "conversion", "95% interval"],
            &[false, false, true, true, true, true],
            &conv_rows,
        ),
    ));
    body.push_str("</section>\n");

    // (3) Funnel, old vs new.
    let funnel_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let g = r.group.as_ref();
            let n = |f: fn(&Group) -> u64| g.map_or("—".into(), |g| f(g).to_string());
            vec![
                r.label.clone(),
                r.tag.unwrap_or("").to_string(),
                n(|g| g.leads),
                g.map_or("—".into(), |g| pct1(Some(g.share))),
                n(|g| g.won),
                n(|g| g.lost),
                n(|g| g.open),
            ]
        })
        .collect();
    body.push_str("<section>\n<h2>3. Funnel by class, old vs new</h2>\n");
    body.push_str(&figure(
        &funnel_svg("funnel", "Leads per class, old vs new", &rows, "leads (won · lost · open)", "No classes"),
        &table(
            "Leads per class, old and new",
            &["class", "definition", "leads", "share", "won", "lost", "open"],
            &[false, false, true, true, true, true, true],
            &funnel_rows,
        ),
    ));
    body.push_str("</section>\n");

    // (4) What moved, with examples.
    body.push_str("<section id=\"moved\">\n<h2>4. What moved, and the rule that moved it</h2>\n");
    let moved: Vec<&Transition> = d.transitions.iter().filter(|t| t.from != t.to).collect();
    if moved.is_empty() {
        body.push_str("<p>No lead changed class.</p>\n");
    }
    for t in moved {
        w!(
            body,
            r##"<h3 class="moved" data-from="{}" data-to="{}" data-leads="{}">{} → {}: {} lead{}, {} won</h3>"##,
            esc(&t.from),
            esc(&t.to),
            t.leads,
            esc(&t.from),
            esc(&t.to),
            t.leads,
            if t.leads == 1 { "" } else { "s" },
            t.won
        );
        body.push('\n');
        if t.examples.is_empty() {
            body.push_str("<p class=\"note\">No examples recorded.</p>\n");
            continue;
        }
        w!(
            body,
            "<table>\n<caption>{} of {} lead{}; the new rule is the one that moved them</caption>\n<thead><tr><th scope=\"col\">lead</th><th scope=\"col\">old rule</th><th scope=\"col\">new rule</th></tr></thead>\n<tbody>\n",
            t.examples.len(),
            t.leads,
            if t.leads == 1 { "" } else { "s" }
        );
        for e in &t.examples {
            w!(
                body,
                "<tr><th scope=\"row\" class=\"name\">{}</th><td><code>{}</code></td><td><code>{}</code></td></tr>\n",
                esc(&e.id),
                esc(&e.old_rule),
                esc(&e.new_rule)
            );
        }
        body.push_str("</tbody>\n</table>\n");
    }
    body.push_str("</section>\n");
    page(&format!("{} → {}", d.old.definition, d.new.definition), &body)
}
