//! The diff report page: headline, transition matrix, old against new.

use super::page::*;
use super::svg::*;
use super::w;
use crate::backtest::figures::Words;
use crate::backtest::model::*;
use crate::message::Message;
use crate::msg;
use crate::show::MISSING;
use std::fmt::Write;

pub(super) fn admitted_group(name: &str, a: &Admitted) -> Group {
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
pub(super) fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut names: Vec<String> = a.to_vec();
    for n in b {
        if !names.contains(n) {
            names.push(n.clone());
        }
    }
    names
}

/// Old and new rows per class, for the side-by-side charts.
pub(super) fn paired_rows(
    d: &DefinitionDiff,
    fill_old: &'static str,
    fill_new: &'static str,
    words: Words,
) -> Vec<Row> {
    let old_names: Vec<String> = d.old.by_class.iter().map(|g| g.name.clone()).collect();
    let new_names: Vec<String> = d.new.by_class.iter().map(|g| g.name.clone()).collect();
    let mut rows = Vec::new();
    let not_old = format!("— {}", words.say(&msg!("backtest-html-not-an-old-class")));
    let not_new = format!("— {}", words.say(&msg!("backtest-html-not-a-new-class")));
    for name in union(&old_names, &new_names) {
        let old = d.old.by_class.iter().find(|g| g.name == name).cloned();
        let new = d.new.by_class.iter().find(|g| g.name == name).cloned();
        rows.push(Row { label: name.clone(), tag: Some("old"), group: old, fill: fill_old, absent: not_old.clone() });
        rows.push(Row { label: name, tag: Some("new"), group: new, fill: fill_new, absent: not_new.clone() });
    }
    rows
}

/// Colour of a heat-map cell: a single-hue sequential scale (ColorBrewer Blues), readable by
/// colour-blind readers and in greyscale print; and whether its text should be white.
pub(super) fn heat(t: f64) -> (String, bool) {
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
pub(super) fn matrix_axes(d: &DefinitionDiff) -> (Vec<String>, Vec<String>) {
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

pub(super) fn cell<'a>(d: &'a DefinitionDiff, from: &str, to: &str) -> Option<&'a Transition> {
    d.transitions.iter().find(|t| t.from == from && t.to == to)
}

/// The transition matrix as a heat map: old classes as rows, new ones as columns, the colour by
/// count, count and won written in each cell, unchanged cells (same class name) outlined.
pub(super) fn transitions_svg(d: &DefinitionDiff, words: Words) -> String {
    matrix_svg(d, words, Shade::Volume)
}

/// What colours a cell of the transition matrix.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Shade {
    /// How many leads it holds.
    Volume,
    /// How its decided leads converted (won / (won + lost)).
    Conversion,
}

/// The transition matrix shaded by `shade`; by conversion each cell writes its conversion under
/// its leads, and a cell without a decided lead is left white.
pub(super) fn matrix_svg(d: &DefinitionDiff, words: Words, shade: Shade) -> String {
    let say = |m: Message| words.say(&m);
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
    let by_conversion = shade == Shade::Conversion;
    let (id, aria, title) = if by_conversion {
        (
            "transitions-conversion",
            msg!("backtest-svg-matrix-conversion-aria", old = rows.len(), new = cols.len()),
            msg!("backtest-svg-matrix-conversion-title"),
        )
    } else {
        (
            "transitions",
            msg!("backtest-svg-matrix-aria", old = rows.len(), new = cols.len()),
            msg!("backtest-svg-matrix-title"),
        )
    };
    svg_open(&mut out, id, &say(aria), w, h);
    svg_title(&mut out, &say(title));
    w!(
        out,
        r##"<text class="axis-label" x="{:.1}" y="44" text-anchor="middle">{}</text>"##,
        left + cell_w * cols.len() as f64 / 2.0,
        esc(&say(msg!("backtest-svg-matrix-new", definition = short(&d.new.definition, 60))))
    );
    w!(
        out,
        r##"<text class="axis-label" transform="translate(14 {:.1}) rotate(-90)" text-anchor="middle">{}</text>"##,
        top + grid_h / 2.0,
        esc(&say(msg!("backtest-svg-matrix-old")))
    );
    let total = esc(&say(msg!("backtest-svg-matrix-total")));
    let won_in = |won: u64| esc(&say(msg!("backtest-svg-matrix-won", won = won)));
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
        r##"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">{total}</text>"##,
        left + cell_w * cols.len() as f64 + total_w / 2.0,
        top - 10.0
    );
    if rows.is_empty() || cols.is_empty() {
        empty_note(&mut out, left, top + 20.0, &say(msg!("backtest-html-no-leads")));
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
            let conversion = t.and_then(|t| t.conversion);
            let diagonal = r == c;
            let (fill, white) = match (by_conversion, conversion) {
                _ if leads == 0 => ("#ffffff".to_string(), false),
                (true, None) => ("#ffffff".to_string(), false),
                (true, Some(rate)) => heat(0.12 + 0.88 * rate),
                (false, _) => heat(0.12 + 0.88 * leads as f64 / max),
            };
            let ink = if white { "#fff" } else { "#1a1a1a" };
            let tip = if diagonal {
                msg!("backtest-svg-cell-unchanged", from = r.as_str(), to = c.as_str(), leads = leads, won = won)
            } else {
                msg!("backtest-svg-cell", from = r.as_str(), to = c.as_str(), leads = leads, won = won)
            };
            w!(
                out,
                r##"<g class="cell{}" data-from="{}" data-to="{}" data-value="{}" data-leads="{leads}" data-won="{won}" data-conversion="{}"><title>{}</title><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}" stroke="{}" stroke-width="{}"/>"##,
                if diagonal { " diagonal" } else { "" },
                esc(r),
                esc(c),
                if by_conversion { conversion.map_or(String::new(), |v| format!("{v:.4}")) } else { leads.to_string() },
                conversion.map_or(String::new(), |v| format!("{v:.4}")),
                esc(&say(tip)),
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
                    r##"<text class="cell-count" x="{:.1}" y="{:.1}" text-anchor="middle" style="fill:{ink}">{leads}</text><text class="cell-won" x="{:.1}" y="{:.1}" text-anchor="middle" style="fill:{ink}">{}</text>"##,
                    x + cell_w / 2.0,
                    y + 22.0,
                    x + cell_w / 2.0,
                    y + 38.0,
                    if by_conversion { esc(&words.percent_whole(conversion.unwrap_or(0.0))) } else { won_in(won) }
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
            r##"<text class="total" x="{:.1}" y="{:.1}" text-anchor="middle">{leads}</text><text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
            left + cell_w * cols.len() as f64 + total_w / 2.0,
            y + 22.0,
            left + cell_w * cols.len() as f64 + total_w / 2.0,
            y + 38.0,
            won_in(won)
        );
    }
    let below = top + grid_h;
    w!(out, r##"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{total}</text>"##, left - 8.0, below + 18.0);
    for (j, c) in cols.iter().enumerate() {
        let (leads, won) =
            d.transitions.iter().filter(|t| &t.to == c).fold((0, 0), |(l, w), t| (l + t.leads, w + t.won));
        w!(
            out,
            r##"<text class="total" x="{:.1}" y="{:.1}" text-anchor="middle">{leads}</text><text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
            left + cell_w * (j as f64 + 0.5),
            below + 18.0,
            left + cell_w * (j as f64 + 0.5),
            below + 33.0,
            won_in(won)
        );
    }
    // Key: the scale and the outline of unchanged cells.
    let ky = below + 58.0;
    w!(
        out,
        r##"<g class="key"><text class="tick" x="{left:.1}" y="{:.1}">{}</text>"##,
        ky + 4.0,
        esc(&say(if by_conversion { msg!("backtest-svg-key-lower") } else { msg!("backtest-svg-key-fewer") }))
    );
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
        r##"<text class="tick" x="{:.1}" y="{:.1}">{}</text><rect x="{:.1}" y="{:.1}" width="22" height="12" fill="#fff" stroke="#1a1a1a" stroke-width="2.5"/><text class="tick" x="{:.1}" y="{:.1}">{}</text></g>"##,
        left + 72.0 + 132.0 + 6.0,
        ky + 4.0,
        esc(&say(if by_conversion { msg!("backtest-svg-key-higher") } else { msg!("backtest-svg-key-more") })),
        left + 300.0,
        ky - 6.0,
        left + 328.0,
        ky + 4.0,
        esc(&say(msg!("backtest-svg-key-unchanged")))
    );
    out.push_str("</svg>");
    out
}

pub(super) fn matrix_table(d: &DefinitionDiff, words: Words) -> String {
    let (rows, cols) = matrix_axes(d);
    let mut out = String::new();
    w!(
        out,
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
        esc(&words.say(&msg!("backtest-html-matrix-table"))),
        esc(&words.say(&msg!("backtest-matrix-corner")))
    );
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

pub(super) fn hidden_line(h: &HiddenPotential, words: Words) -> String {
    if h.sales_classes.is_empty() || h.won_total == 0 {
        MISSING.into()
    } else {
        format!("{} ({})", h.won_hidden, words.percent_whole(h.won_hidden as f64 / h.won_total as f64))
    }
}

/// The diff of two definitions over the same history as a self-contained HTML page, in
/// `words`' language.
pub fn diff_page(d: &DefinitionDiff, words: Words) -> String {
    let d = &*words.diff(d);
    let say = |m: Message| words.say(&m);
    let (a, b) = (&d.admitted_old, &d.admitted_new);
    let mut body = String::new();
    w!(body, "<header>\n<h1>{} → {}</h1>\n", esc(&d.old.definition), esc(&d.new.definition));
    let meta = say(msg!(
        "backtest-html-diff-meta",
        history = format!("<strong>{}</strong>", esc(&d.new.history)),
        rows = d.new.rows,
        changed = d.changed
    ));
    w!(body, r##"<p class="meta">{meta}</p>"##);
    let conv_text =
        |x: &Admitted| x.conversion.filter(|c| c.is_finite()).map_or(MISSING.into(), |c| words.percent_whole(c));
    let arrow = r##" <span class="arrow">→</span> "##;
    let headline = say(msg!(
        "backtest-html-diff-headline",
        old_leads = a.leads,
        new_leads = b.leads,
        old_won = a.won,
        new_won = b.won,
        old_conversion = conv_text(a),
        new_conversion = conv_text(b),
        arrow = arrow
    ));
    w!(body, r##"<p class="headline" id="headline">{headline}</p>"##);
    let sub = say(msg!(
        "backtest-html-diff-sub",
        old_interval = words.interval_tenths(a.interval),
        new_interval = words.interval_tenths(b.interval),
        old_sales = esc(&d.old.hidden.sales_classes.join(", ")),
        new_sales = esc(&d.new.hidden.sales_classes.join(", ")),
        old_hidden = hidden_line(&d.old.hidden, words),
        new_hidden = hidden_line(&d.new.hidden, words)
    ));
    w!(body, r##"<p class="sub">{sub}</p>"##);
    let (old, new) = (tag_text("old", words), tag_text("new", words));
    let admitted = [admitted_group(&old, a), admitted_group(&new, b)];
    let admitted_rows = vec![
        Row { label: old.clone(), tag: None, group: Some(admitted[0].clone()), fill: OLD, absent: String::new() },
        Row { label: new.clone(), tag: None, group: Some(admitted[1].clone()), fill: NEW, absent: String::new() },
    ];
    let table_rows: Vec<Vec<String>> = [(&d.old.definition, a), (&d.new.definition, b)]
        .iter()
        .map(|(name, x)| {
            vec![
                (*name).clone(),
                x.leads.to_string(),
                x.won.to_string(),
                x.lost.to_string(),
                words.percent_tenths(x.conversion),
                words.interval_tenths(x.interval),
            ]
        })
        .collect();
    body.push_str(&figure(
        &conversion_svg(
            "admitted",
            &say(msg!("backtest-html-admitted-title")),
            &admitted_rows,
            conv(&d.new.overall),
            false,
            &[],
            "",
            words,
        ),
        &table(
            &say(msg!("backtest-html-admitted-table")),
            &[
                say(msg!("backtest-column-definition")),
                say(msg!("backtest-column-admitted")),
                say(msg!("backtest-column-won")),
                say(msg!("backtest-column-lost")),
                say(msg!("backtest-column-conversion")),
                say(msg!("backtest-column-interval")),
            ],
            &[false, true, true, true, true, true],
            &table_rows,
        ),
    ));
    body.push_str("</header>\n");

    // (1) Transition matrix.
    w!(body, "<section>\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-matrix-heading"))));
    body.push_str(&figure(&transitions_svg(d, words), &matrix_table(d, words)));
    body.push_str(&super::why::conversion_matrix(d, words));
    body.push_str("</section>\n");

    // (2) Conversion per class, old vs new.
    let legend_items = [(old.clone(), OLD), (new.clone(), NEW)];
    let rows = paired_rows(d, OLD, NEW, words);
    let tag = |r: &Row| r.tag.map_or(String::new(), |t| tag_text(t, words));
    let conv_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let g = r.group.as_ref();
            vec![
                r.label.clone(),
                tag(r),
                g.map_or(MISSING.into(), |g| (g.won + g.lost).to_string()),
                g.map_or(MISSING.into(), |g| g.won.to_string()),
                words.percent_tenths(g.and_then(conv)),
                words.interval_tenths(g.and_then(|g| g.interval)),
            ]
        })
        .collect();
    let no_classes = say(msg!("backtest-html-no-classes"));
    w!(body, "<section>\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-diff-conversion-heading"))));
    body.push_str(&figure(
        &conversion_svg(
            "conversion",
            &say(msg!("backtest-html-diff-conversion-title")),
            &rows,
            conv(&d.new.overall),
            false,
            &legend_items,
            &no_classes,
            words,
        ),
        &table(
            &say(msg!("backtest-html-diff-conversion-table")),
            &[
                say(msg!("backtest-column-class")),
                say(msg!("backtest-column-definition")),
                say(msg!("backtest-column-decided")),
                say(msg!("backtest-column-won")),
                say(msg!("backtest-column-conversion")),
                say(msg!("backtest-column-interval")),
            ],
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
            let n = |f: fn(&Group) -> u64| g.map_or(MISSING.into(), |g| f(g).to_string());
            vec![
                r.label.clone(),
                tag(r),
                n(|g| g.leads),
                g.map_or(MISSING.into(), |g| words.percent_tenths(Some(g.share))),
                n(|g| g.won),
                n(|g| g.lost),
                n(|g| g.open),
            ]
        })
        .collect();
    w!(body, "<section>\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-diff-funnel-heading"))));
    body.push_str(&figure(
        &funnel_svg(
            "funnel",
            &say(msg!("backtest-html-diff-funnel-title")),
            &rows,
            &say(msg!("backtest-html-funnel-axis")),
            &no_classes,
            words,
        ),
        &table(
            &say(msg!("backtest-html-diff-funnel-table")),
            &[
                say(msg!("backtest-column-class")),
                say(msg!("backtest-column-definition")),
                say(msg!("backtest-column-leads")),
                say(msg!("backtest-column-share")),
                say(msg!("backtest-column-won")),
                say(msg!("backtest-column-lost")),
                say(msg!("backtest-column-open")),
            ],
            &[false, false, true, true, true, true, true],
            &funnel_rows,
        ),
    ));
    body.push_str("</section>\n");

    // (4) What moved, with examples.
    w!(body, "<section id=\"moved\">\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-moved-heading"))));
    body.push_str(&super::why::changes_list(d, words));
    let moved: Vec<&Transition> = d.transitions.iter().filter(|t| t.from != t.to).collect();
    if moved.is_empty() {
        w!(body, "<p>{}</p>\n", esc(&say(msg!("backtest-html-nothing-moved"))));
    }
    for t in moved {
        let heading = say(msg!(
            "backtest-html-moved-cell",
            from = t.from.as_str(),
            to = t.to.as_str(),
            leads = t.leads,
            won = t.won
        ));
        w!(
            body,
            r##"<h3 class="moved" data-from="{}" data-to="{}" data-leads="{}">{}</h3>"##,
            esc(&t.from),
            esc(&t.to),
            t.leads,
            esc(&heading)
        );
        body.push('\n');
        body.push_str(&super::why::moved_cell(t, d, words));
        if t.examples.is_empty() {
            w!(body, "<p class=\"note\">{}</p>\n", esc(&say(msg!("backtest-html-no-examples"))));
            continue;
        }
        w!(
            body,
            "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            esc(&say(msg!("backtest-html-examples-caption", shown = t.examples.len(), leads = t.leads))),
            esc(&say(msg!("backtest-column-lead"))),
            esc(&say(msg!("backtest-column-old-rule"))),
            esc(&say(msg!("backtest-column-new-rule"))),
            esc(&say(msg!("backtest-column-scores")))
        );
        for e in &t.examples {
            w!(
                body,
                "<tr><th scope=\"row\" class=\"name\">{}</th><td><code>{}</code></td><td><code>{}</code></td><td class=\"n\">{}</td></tr>\n",
                esc(&e.id.text(words.lang)),
                esc(&e.old_rule.text(words.lang)),
                esc(&e.new_rule.text(words.lang)),
                esc(&super::why::scores(e, words))
            );
        }
        body.push_str("</tbody>\n</table>\n");
    }
    body.push_str("</section>\n");
    page(&format!("{} → {}", d.old.definition, d.new.definition), &body, words)
}
