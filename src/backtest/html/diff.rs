//! The diff report page: headline, transition matrix, old against new.

use super::page::*;
use super::svg::*;
use super::w;
use crate::backtest::figures::{interval_tenths, percent_tenths, percent_whole};
use crate::backtest::model::*;
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
pub(super) fn paired_rows(d: &DefinitionDiff, fill_old: &'static str, fill_new: &'static str) -> Vec<Row> {
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
pub(super) fn transitions_svg(d: &DefinitionDiff) -> String {
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

pub(super) fn matrix_table(d: &DefinitionDiff) -> String {
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

pub(super) fn hidden_line(h: &HiddenPotential) -> String {
    if h.sales_classes.is_empty() || h.won_total == 0 {
        MISSING.into()
    } else {
        format!("{} ({})", h.won_hidden, percent_whole(h.won_hidden as f64 / h.won_total as f64))
    }
}

/// The diff of two definitions over the same history as a self-contained HTML page.
pub fn diff_page(d: &DefinitionDiff) -> String {
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
    let conv_text = |x: &Admitted| x.conversion.filter(|c| c.is_finite()).map_or(MISSING.into(), percent_whole);
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
        interval_tenths(a.interval),
        interval_tenths(b.interval),
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
                percent_tenths(x.conversion),
                interval_tenths(x.interval),
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
                g.map_or(MISSING.into(), |g| (g.won + g.lost).to_string()),
                g.map_or(MISSING.into(), |g| g.won.to_string()),
                percent_tenths(g.and_then(conv)),
                interval_tenths(g.and_then(|g| g.interval)),
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
            let n = |f: fn(&Group) -> u64| g.map_or(MISSING.into(), |g| f(g).to_string());
            vec![
                r.label.clone(),
                r.tag.unwrap_or("").to_string(),
                n(|g| g.leads),
                g.map_or(MISSING.into(), |g| percent_tenths(Some(g.share))),
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
