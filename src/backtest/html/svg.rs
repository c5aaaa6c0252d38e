//! The charts: bars, intervals, axes, legends and the funnel, conversion and channel charts.

use super::w;
use crate::backtest::figures::Words;
use crate::backtest::model::*;
use crate::backtest::stats::wilson;
use crate::msg;
use crate::show;
use std::fmt::Write;

// The Okabe–Ito palette, safe for the common colour-vision deficiencies; outcomes are also told
// apart by their position in the stack, the legend and the numbers written on them.
pub(super) const WON: &str = "#0072B2";
pub(super) const LOST: &str = "#E69F00";
pub(super) const OPEN: &str = "#C9C9C9";
pub(super) const CONVERSION: &str = "#56B4E9";
pub(super) const OLD: &str = "#BDBDBD";
pub(super) const NEW: &str = "#56B4E9";
pub(super) const REFERENCE: &str = "#D55E00";

/// Channels shown one by one; the rest are folded into one "other" bar.
pub(super) const TOP_CHANNELS: usize = 20;

/// Names wider than this (in columns) are cut on the charts (the tables and tooltips keep them
/// whole).
pub(super) const LABEL_CHARS: usize = 30;

/// Escapes text for HTML text and attribute values alike.
pub(super) fn esc(s: &str) -> String {
    crate::show::escape_html(s)
}

/// A fraction made safe to draw: finite and within 0..=1.
pub(super) fn frac(v: f64) -> f64 {
    if v.is_finite() { v.clamp(0.0, 1.0) } else { 0.0 }
}

pub(super) fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// A name cut to `max` columns with an ellipsis.
pub(super) fn short(s: &str, max: usize) -> String {
    show::truncate(s, max)
}

/// The conversion of a group, if it is a number that can be drawn.
pub(super) fn conv(g: &Group) -> Option<f64> {
    g.conversion.filter(|c| c.is_finite()).map(frac)
}

/// A round axis maximum and tick step for counts up to `max`.
pub(super) fn nice_axis(max: u64) -> (f64, f64) {
    let max = max.max(1) as f64;
    let rough = max / 5.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= rough).unwrap_or(10.0 * magnitude);
    let step = step.max(1.0);
    ((max / step).ceil() * step, step)
}

/// Approximate width of a text in the charts' 13 px font (a wide character takes two columns).
pub(super) fn text_width(s: &str, px_per_column: f64) -> f64 {
    show::width(s) as f64 * px_per_column
}

/// One bar of a chart: a group under a label, `tag` (`old`/`new`) when two bars share a label.
#[derive(Clone)]
pub(super) struct Row {
    pub(super) label: String,
    pub(super) tag: Option<&'static str>,
    pub(super) group: Option<Group>,
    pub(super) fill: &'static str,
    /// Written instead of a bar when there is no group.
    pub(super) absent: String,
}

impl Row {
    pub(super) fn of(g: &Group) -> Row {
        Row { label: g.name.clone(), tag: None, group: Some(g.clone()), fill: CONVERSION, absent: String::new() }
    }
}

/// A row's tag (`old`, `new`) in the report's language.
pub(super) fn tag_text(tag: &str, words: Words) -> String {
    match tag {
        "old" => words.say(&msg!("backtest-tag-old")),
        "new" => words.say(&msg!("backtest-tag-new")),
        other => other.to_string(),
    }
}

/// The legend of the won, lost and open segments.
pub(super) fn outcomes(words: Words) -> [(String, &'static str); 3] {
    [
        (words.say(&msg!("backtest-column-won")), WON),
        (words.say(&msg!("backtest-column-lost")), LOST),
        (words.say(&msg!("backtest-column-open")), OPEN),
    ]
}

/// A bar's name for its tooltip: `SQL`, or `SQL (old)` when two bars share it.
fn tagged_name(name: &str, tag: Option<&str>, words: Words) -> String {
    match tag {
        Some(tag) => words.say(&msg!("backtest-svg-tagged", name = name, tag = tag_text(tag, words))),
        None => name.to_string(),
    }
}

/// Vertical positions of the rows: rows sharing a label sit close together.
pub(super) fn row_ys(rows: &[Row], top: f64) -> (Vec<f64>, f64, f64) {
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
pub(super) fn label_width(rows: &[Row], min: f64, max: f64) -> f64 {
    let longest = rows.iter().map(|r| text_width(&short(&r.label, LABEL_CHARS), 8.0)).fold(0.0, f64::max);
    (longest + 10.0).clamp(min, max)
}

/// How many columns of a label fit in `width`.
pub(super) fn fit_chars(width: f64) -> usize {
    ((width - 10.0) / 8.0).floor().max(4.0) as usize
}

pub(super) fn svg_open(out: &mut String, id: &str, aria: &str, w: f64, h: f64) {
    w!(
        out,
        r##"<svg id="{id}" role="img" aria-label="{}" viewBox="0 0 {w} {h:.0}" width="{w}" height="{h:.0}">"##,
        esc(aria)
    );
}

pub(super) fn svg_title(out: &mut String, title: &str) {
    w!(out, r##"<text class="title" x="0" y="18">{}</text>"##, esc(title));
}

/// A legend of coloured squares, right-aligned at `right`.
pub(super) fn legend<S: AsRef<str>>(out: &mut String, items: &[(S, &str)], right: f64, y: f64) {
    let widths: Vec<f64> = items.iter().map(|(name, _)| 18.0 + text_width(name.as_ref(), 7.0) + 16.0).collect();
    let mut x = right - widths.iter().sum::<f64>();
    w!(out, r##"<g class="legend">"##);
    for ((name, colour), width) in items.iter().zip(widths) {
        w!(
            out,
            r##"<rect x="{x:.1}" y="{:.1}" width="12" height="12" fill="{colour}" stroke="#555" stroke-width="0.5"/><text x="{:.1}" y="{:.1}">{}</text>"##,
            y - 10.0,
            x + 17.0,
            y,
            esc(name.as_ref())
        );
        x += width;
    }
    w!(out, "</g>");
}

/// The label (and tag) of a row, right-aligned against the plot.
#[allow(clippy::too_many_arguments)]
pub(super) fn row_label(
    out: &mut String,
    rows: &[Row],
    i: usize,
    y: f64,
    bar_h: f64,
    label_x: f64,
    tag_x: f64,
    chars: usize,
    words: Words,
) {
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
        let tag = esc(&tag_text(tag, words));
        w!(out, r##"<text class="tag" x="{tag_x:.1}" y="{mid:.1}" dy="0.35em" text-anchor="end">{tag}</text>"##);
    }
}

/// A note across the plot when there is nothing to draw.
pub(super) fn empty_note(out: &mut String, x: f64, y: f64, text: &str) {
    w!(out, r##"<text class="note" x="{x:.1}" y="{y:.1}">{}</text>"##, esc(text));
}

/// Horizontal bars of leads, won/lost/open stacked, the counts written on the segments and the
/// total (with its share) at the end of each bar.
/// Where a horizontal axis of counts goes: from `left`, `width` wide, up to `max` in steps.
pub(super) struct CountAxis {
    pub(super) left: f64,
    pub(super) width: f64,
    pub(super) max: f64,
    pub(super) step: f64,
    pub(super) top: f64,
    pub(super) bottom: f64,
}

/// A count axis: grid lines with their ticks, the axis line, and its label at `label_y`.
pub(super) fn count_axis(out: &mut String, a: CountAxis, label_y: f64, label: &str) {
    let CountAxis { left, width, max, step, top, bottom } = a;
    let mut t = 0.0;
    while t <= max + 1e-9 {
        let x = left + t / max * width;
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
        r##"<text class="axis-label" x="{:.1}" y="{label_y:.1}" text-anchor="middle">{}</text>"##,
        left + width / 2.0,
        esc(label)
    );
}

pub(super) fn funnel_svg(id: &str, title: &str, rows: &[Row], x_label: &str, empty: &str, words: Words) -> String {
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
    svg_open(&mut out, id, &words.say(&msg!("backtest-svg-funnel-aria", title = title, bars = bars)), w, h);
    svg_title(&mut out, title);
    legend(&mut out, &outcomes(words), w, 40.0);
    count_axis(&mut out, CountAxis { left, width: plot_w, max: axis_max, step, top, bottom }, bottom + 36.0, x_label);
    if rows.is_empty() {
        empty_note(&mut out, left + 8.0, top + 16.0, empty);
    }
    let chars = fit_chars(label_w).min(LABEL_CHARS);
    for (i, row) in rows.iter().enumerate() {
        let y = ys[i];
        row_label(&mut out, rows, i, y, bar_h, label_w, label_w + tag_w + 4.0, chars, words);
        let Some(g) = &row.group else {
            empty_note(&mut out, left + 6.0, y + bar_h / 2.0 + 4.0, &row.absent);
            continue;
        };
        let tip = words.say(&msg!(
            "backtest-svg-funnel-bar",
            name = tagged_name(&g.name, row.tag, words),
            leads = g.leads,
            share = words.percent_tenths(Some(g.share)),
            won = g.won,
            lost = g.lost,
            open = g.open
        ));
        w!(
            out,
            r##"<g class="bar" data-name="{}" data-value="{}" data-leads="{}" data-won="{}" data-lost="{}" data-open="{}"><title>{}</title>"##,
            esc(&g.name),
            g.leads,
            g.leads,
            g.won,
            g.lost,
            g.open,
            esc(&tip)
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
            format!("{} · {}", g.leads, words.percent_whole(g.share))
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
#[allow(clippy::too_many_arguments)]
pub(super) fn conversion_bar(
    out: &mut String,
    row: &Row,
    x0: f64,
    plot_w: f64,
    y: f64,
    bar_h: f64,
    compact: bool,
    words: Words,
) {
    let mid = y + bar_h / 2.0;
    let name = row.group.as_ref().map_or(row.label.as_str(), |g| g.name.as_str());
    let Some(g) = &row.group else {
        empty_note(out, x0 + 6.0, mid + 4.0, &row.absent);
        return;
    };
    let decided = g.won + g.lost;
    let Some(c) = conv(g) else {
        w!(
            out,
            r##"<g class="row nobar" data-name="{}" data-value=""><title>{}</title><text class="note" x="{:.1}" y="{mid:.1}" dy="0.35em">— {}</text></g>"##,
            esc(name),
            esc(&words.say(&msg!("backtest-svg-nothing-decided-tip", name = name, open = g.open))),
            x0 + 6.0,
            esc(&words.say(&msg!("backtest-svg-nothing-decided")))
        );
        return;
    };
    let bar_w = c * plot_w;
    let interval = g.interval.map(|i| Interval { low: frac(i.low), high: frac(i.high) });
    let tip = words.say(&msg!(
        "backtest-svg-conversion-bar",
        name = tagged_name(name, row.tag, words),
        conversion = words.percent_tenths(Some(c)),
        interval = words.interval_tenths(interval),
        won = g.won,
        decided = decided
    ));
    w!(
        out,
        r##"<g class="bar" data-name="{}" data-value="{c:.4}" data-low="{}" data-high="{}" data-decided="{decided}"><title>{}</title>"##,
        esc(name),
        interval.map_or(String::new(), |i| format!("{:.4}", i.low)),
        interval.map_or(String::new(), |i| format!("{:.4}", i.high)),
        esc(&tip)
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
        (Some(i), true) => format!(" {}", words.interval_whole(i)),
        (Some(i), false) => format!(" {} · n={decided}", words.interval_whole(i)),
        (None, _) => String::new(),
    };
    w!(
        out,
        r##"<text class="value" x="{:.1}" y="{mid:.1}" dy="0.35em"><tspan class="strong">{}</tspan><tspan class="dim">{}</tspan></text></g>"##,
        end + 6.0,
        words.percent_whole(c),
        esc(&detail)
    );
}

/// Percent ticks from 0 to 100 % and the axis label under them.
#[allow(clippy::too_many_arguments)]
pub(super) fn percent_axis(
    out: &mut String,
    x0: f64,
    plot_w: f64,
    top: f64,
    bottom: f64,
    label: &str,
    every: u32,
    words: Words,
) {
    let mut p = 0;
    while p <= 100 {
        let x = x0 + p as f64 / 100.0 * plot_w;
        w!(
            out,
            r##"<line class="grid" x1="{x:.1}" x2="{x:.1}" y1="{top:.1}" y2="{bottom:.1}"/><text class="tick" x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
            bottom + 15.0,
            words.style.percent_fixed(f64::from(p) / 100.0, 0)
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
pub(super) fn reference_line(
    out: &mut String,
    x0: f64,
    plot_w: f64,
    top: f64,
    bottom: f64,
    overall: Option<f64>,
    words: Words,
) {
    let Some(o) = overall.filter(|o| o.is_finite()).map(frac) else { return };
    let x = x0 + o * plot_w;
    let anchor = if o > 0.75 { "end" } else { "start" };
    let tx = if o > 0.75 { x - 4.0 } else { x + 4.0 };
    w!(
        out,
        r##"<g class="reference" data-value="{o:.4}"><line x1="{x:.1}" x2="{x:.1}" y1="{:.1}" y2="{bottom:.1}" stroke="{REFERENCE}" stroke-width="2" stroke-dasharray="6 4"/><text class="ref-label" x="{tx:.1}" y="{:.1}" text-anchor="{anchor}">{}</text></g>"##,
        top - 14.0,
        top - 4.0,
        esc(&words.say(&msg!("backtest-svg-overall", conversion = words.percent_whole(o))))
    );
}

/// Conversion per group: bars from 0 to 100 %, the 95 % Wilson interval as an error bar, a dashed
/// line at the overall conversion.
#[allow(clippy::too_many_arguments)]
pub(super) fn conversion_svg(
    id: &str,
    title: &str,
    rows: &[Row],
    overall: Option<f64>,
    compact: bool,
    legend_items: &[(String, &str)],
    empty: &str,
    words: Words,
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
    svg_open(&mut out, id, &words.say(&msg!("backtest-svg-conversion-aria", title = title, bars = bars)), w, h);
    svg_title(&mut out, title);
    if !legend_items.is_empty() {
        legend(&mut out, legend_items, w, 40.0);
    }
    let axis = if compact { msg!("backtest-svg-conversion-axis-short") } else { msg!("backtest-svg-conversion-axis") };
    percent_axis(&mut out, left, plot_w, top - 6.0, bottom, &words.say(&axis), if compact { 50 } else { 25 }, words);
    if rows.is_empty() {
        empty_note(&mut out, left + 8.0, top + 16.0, empty);
    }
    reference_line(&mut out, left, plot_w, top, bottom, overall, words);
    let chars = fit_chars(label_w).min(LABEL_CHARS);
    for (i, row) in rows.iter().enumerate() {
        row_label(&mut out, rows, i, ys[i], bar_h, label_w, label_w + tag_w + 4.0, chars, words);
        conversion_bar(&mut out, row, left, plot_w, ys[i], bar_h, compact, words);
    }
    out.push_str("</svg>");
    out
}

/// The channels shown: the top ones by leads, the rest folded into one `other` group.
pub(super) fn fold_channels(channels: &[Group], overall: Option<f64>, total: u64, words: Words) -> (Vec<Group>, usize) {
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
        name: words.say(&msg!("backtest-svg-other-channels", channels = rest.len())),
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
pub(super) fn channels_svg(
    channels: &[Group],
    folded: bool,
    overall: Option<f64>,
    field: &str,
    words: Words,
) -> String {
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
    let title = words.say(&msg!("backtest-svg-channels-title", field = field));
    let mut out = String::new();
    let aria = words.say(&msg!("backtest-svg-channels-aria", title = title.as_str(), channels = rows.len()));
    svg_open(&mut out, "channels", &aria, w, h);
    svg_title(&mut out, &title);
    legend(&mut out, &outcomes(words), left + leads_w + 40.0, 40.0);
    w!(
        out,
        r##"<text class="panel" x="{:.1}" y="40">{}</text>"##,
        conv_x,
        esc(&words.say(&msg!("backtest-svg-channels-panel")))
    );
    // A folded `other` bar would dwarf every channel: it does not set the scale, and is cut.
    let scaled = if folded { &channels[..channels.len().saturating_sub(1)] } else { channels };
    let max = scaled.iter().map(|g| g.leads).max().unwrap_or(0);
    let (axis_max, tick) = nice_axis(max);
    let cut_any = channels.iter().any(|g| g.leads as f64 > axis_max);
    let label = if cut_any { msg!("backtest-svg-channels-axis-cut") } else { msg!("backtest-column-leads") };
    count_axis(
        &mut out,
        CountAxis { left, width: leads_w, max: axis_max, step: tick, top, bottom },
        bottom + 34.0,
        &words.say(&label),
    );
    let conversion = words.say(&msg!("backtest-column-conversion"));
    percent_axis(&mut out, conv_x, conv_w, top - 6.0, bottom, &conversion, 25, words);
    if rows.is_empty() {
        empty_note(&mut out, left + 8.0, top + 16.0, &words.say(&msg!("backtest-svg-no-channels")));
    }
    reference_line(&mut out, conv_x, conv_w, top, bottom, overall, words);
    let chars = fit_chars(label_w).min(LABEL_CHARS);
    for (i, (row, g)) in rows.iter().zip(channels).enumerate() {
        let y = top + step * i as f64;
        let mid = y + bar_h / 2.0;
        row_label(&mut out, &rows, i, y, bar_h, label_w, label_w, chars, words);
        let tip = words.say(&msg!(
            "backtest-svg-channel-bar",
            name = g.name.as_str(),
            leads = g.leads,
            won = g.won,
            lost = g.lost,
            open = g.open,
            conversion = words.percent_tenths(conv(g)),
            interval = words.interval_tenths(g.interval)
        ));
        w!(
            out,
            r##"<g class="bar" data-name="{}" data-value="{}" data-leads="{}" data-conversion="{}"><title>{}</title>"##,
            esc(&g.name),
            g.leads,
            g.leads,
            conv(g).map_or(String::new(), |c| format!("{c:.4}")),
            esc(&tip)
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
        conversion_bar(&mut inner, row, conv_x, conv_w, y, bar_h, false, words);
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
