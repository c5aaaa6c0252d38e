//! The backtest report page.

use super::page::*;
use super::svg::*;
use super::w;
use crate::backtest::figures::{interval_tenths, interval_whole, lift, percent_tenths, percent_whole};
use crate::backtest::model::*;
use crate::backtest::stats::wilson;
use crate::show::MISSING;
use std::fmt::Write;

pub(super) fn gate_groups(b: &Backtest) -> Vec<Group> {
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
        (overall.map_or(MISSING.into(), percent_whole), "conversion"),
        (o.interval.map_or(MISSING.into(), interval_whole), "95% interval"),
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
                percent_tenths(conv(g)),
                interval_tenths(g.interval),
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
            &format!("Conversion per class; overall {} ({})", percent_tenths(overall), interval_tenths(o.interval)),
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
            .map(|g| {
                vec![
                    g.name.clone(),
                    g.leads.to_string(),
                    g.won.to_string(),
                    percent_tenths(conv(g)),
                    interval_tenths(g.interval),
                ]
            })
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
                    percent_tenths(share(g.removed, o.leads)),
                    g.won.to_string(),
                    percent_tenths(share(g.won, won_total)),
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
            .map(|(c, n)| vec![c.clone(), n.to_string(), percent_tenths(share(*n, b.hidden.won_total))])
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
