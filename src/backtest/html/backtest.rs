//! The backtest report page.

use super::page::*;
use super::svg::*;
use super::w;
use crate::backtest::figures::Words;
use crate::backtest::model::*;
use crate::backtest::stats::wilson;
use crate::message::Message;
use crate::msg;
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

/// The backtest of one definition as a self-contained HTML page, in `words`' language.
pub fn backtest_page(b: &Backtest, words: Words) -> String {
    let b = &*words.backtest(b);
    let say = |m: Message| words.say(&m);
    let mut body = String::new();
    let o = &b.overall;
    let overall = conv(o);
    let title = say(msg!("backtest-html-title", definition = b.definition.as_str()));
    w!(body, "<header>\n<h1>{}</h1>\n", esc(&title));
    let meta = say(msg!(
        "backtest-html-meta",
        history = format!("<strong>{}</strong>", esc(&b.history)),
        rows = b.rows,
        judged = o.leads,
        unreadable = b.unreadable
    ));
    w!(body, r##"<p class="meta">{meta}</p>"##);
    if !b.unrecognized_outcomes.is_empty() {
        let list: Vec<String> = b.unrecognized_outcomes.iter().map(|(v, n)| format!("“{}” ({n})", esc(v))).collect();
        let text = say(msg!("backtest-html-unrecognised", outcomes = list.join(", ")));
        w!(body, r##"<p class="warn">{text}</p>"##);
    }
    body.push_str(&kpis(&[
        (o.leads.to_string(), say(msg!("backtest-column-leads"))),
        (o.won.to_string(), say(msg!("backtest-column-won"))),
        (o.lost.to_string(), say(msg!("backtest-column-lost"))),
        (o.open.to_string(), say(msg!("backtest-column-open"))),
        (overall.map_or(MISSING.into(), |c| words.percent_whole(c)), say(msg!("backtest-column-conversion"))),
        (o.interval.map_or(MISSING.into(), |i| words.interval_whole(i)), say(msg!("backtest-column-interval"))),
    ]));
    w!(body, r##"<p class="meta admitted">{}</p>"##, esc(&crate::backtest::text::admitted(b, words)));
    body.push_str(&hidden_callout(&b.hidden, words));
    body.push_str("</header>\n");
    let no_leads = say(msg!("backtest-html-no-leads"));
    let class = say(msg!("backtest-column-class"));

    // (1) Funnel by class.
    let rows: Vec<Row> = b.by_class.iter().map(Row::of).collect();
    w!(body, "<section>\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-funnel-heading"))));
    body.push_str(&figure(
        &funnel_svg(
            "funnel",
            &say(msg!("backtest-html-funnel-title")),
            &rows,
            &say(msg!("backtest-html-funnel-axis")),
            &no_leads,
            words,
        ),
        &groups_table(&say(msg!("backtest-html-funnel-table")), &class, &b.by_class, words),
    ));
    body.push_str("</section>\n");

    // (2) Conversion per class.
    w!(body, "<section>\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-conversion-heading"))));
    let conversion_rows: Vec<Vec<String>> = b
        .by_class
        .iter()
        .map(|g| {
            vec![
                g.name.clone(),
                (g.won + g.lost).to_string(),
                g.won.to_string(),
                words.percent_tenths(conv(g)),
                words.interval_tenths(g.interval),
                words.lift(g.lift),
            ]
        })
        .collect();
    body.push_str(&figure(
        &conversion_svg(
            "conversion",
            &say(msg!("backtest-html-conversion-title")),
            &rows,
            overall,
            false,
            &[],
            &no_leads,
            words,
        ),
        &table(
            &say(msg!(
                "backtest-html-conversion-table",
                conversion = words.percent_tenths(overall),
                interval = words.interval_tenths(o.interval)
            )),
            &[
                class.clone(),
                say(msg!("backtest-column-decided")),
                say(msg!("backtest-column-won")),
                say(msg!("backtest-column-conversion")),
                say(msg!("backtest-column-interval")),
                say(msg!("backtest-column-lift")),
            ],
            &[false, true, true, true, true, true],
            &conversion_rows,
        ),
    ));
    body.push_str("</section>\n");

    // (3) Channel quality.
    w!(body, "<section>\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-channels-heading"))));
    match &b.channel_field {
        None if b.by_channel.is_empty() => {
            let text = say(msg!("backtest-html-channels-none"));
            w!(body, r##"<p class="note">{}</p>"##, esc(&text));
            body.push('\n');
            body.push_str(&channels_svg(&[], false, overall, &say(msg!("backtest-html-channel")), words));
        }
        field => {
            let field = field.clone().unwrap_or_else(|| say(msg!("backtest-html-channel")));
            let (shown, folded) = fold_channels(&b.by_channel, overall, o.leads, words);
            if folded > 0 {
                let text = say(msg!(
                    "backtest-html-channels-folded",
                    channels = b.by_channel.len(),
                    top = TOP_CHANNELS,
                    folded = folded
                ));
                w!(body, r##"<p class="note" id="channels-folded" data-folded="{folded}">{}</p>"##, esc(&text));
            }
            body.push_str(&figure(
                &channels_svg(&shown, folded > 0, overall, &field, words),
                &groups_table(
                    &say(msg!("backtest-html-channels-table", field = field.as_str())),
                    &field,
                    &shown,
                    words,
                ),
            ));
        }
    }
    body.push_str("</section>\n");

    // (4) Grades and temperatures as small multiples.
    w!(body, "<section>\n<h2>{}</h2>\n<div class=\"pair\">\n", esc(&say(msg!("backtest-html-pair-heading"))));
    for (id, title, first, groups, empty) in [
        (
            "grades",
            say(msg!("backtest-html-by-grade")),
            say(msg!("backtest-column-grade")),
            &b.by_grade,
            say(msg!("backtest-html-no-grades")),
        ),
        (
            "temperatures",
            say(msg!("backtest-html-by-temperature")),
            say(msg!("backtest-column-temperature")),
            &b.by_temperature,
            say(msg!("backtest-html-no-temperature")),
        ),
    ] {
        let rows: Vec<Row> = groups.iter().map(Row::of).collect();
        let table_rows: Vec<Vec<String>> = groups
            .iter()
            .map(|g| {
                vec![
                    g.name.clone(),
                    g.leads.to_string(),
                    g.won.to_string(),
                    words.percent_tenths(conv(g)),
                    words.interval_tenths(g.interval),
                ]
            })
            .collect();
        w!(body, "<div>\n");
        let chart_title = say(msg!("backtest-html-pair-title", title = title.as_str()));
        body.push_str(&figure(
            &conversion_svg(id, &chart_title, &rows, overall, true, &[], &empty, words),
            &table(
                &title,
                &[
                    first,
                    say(msg!("backtest-column-leads")),
                    say(msg!("backtest-column-won")),
                    say(msg!("backtest-column-conversion")),
                    say(msg!("backtest-column-interval")),
                ],
                &[false, true, true, true, true],
                &table_rows,
            ),
        ));
        w!(body, "</div>\n");
    }
    body.push_str("</div>\n</section>\n");

    // (5) Minimum gates and the hidden potential.
    w!(body, "<section>\n<h2>{}</h2>\n", esc(&say(msg!("backtest-html-gates-heading"))));
    let gates = gate_groups(b);
    if gates.is_empty() {
        w!(body, "<p>{}</p>\n", esc(&say(msg!("backtest-html-no-gates"))));
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
                    words.percent_tenths(share(g.removed, o.leads)),
                    g.won.to_string(),
                    words.percent_tenths(share(g.won, won_total)),
                    g.lost.to_string(),
                    g.open.to_string(),
                ]
            })
            .collect();
        body.push_str(&figure(
            &funnel_svg(
                "gates",
                &say(msg!("backtest-html-gates-title")),
                &gate_rows,
                &say(msg!("backtest-html-gates-axis")),
                "",
                words,
            ),
            &table(
                &say(msg!("backtest-html-gates-table")),
                &[
                    say(msg!("backtest-column-gate")),
                    say(msg!("backtest-column-removed")),
                    say(msg!("backtest-column-share-of-leads")),
                    say(msg!("backtest-column-won-among-removed")),
                    say(msg!("backtest-column-share-of-won")),
                    say(msg!("backtest-column-lost")),
                    say(msg!("backtest-column-open")),
                ],
                &[false, true, true, true, true, true, true],
                &rows,
            ),
        ));
    }
    body.push_str(&hidden_callout(&b.hidden, words).replacen(r#" id="hidden-potential""#, "", 1));
    if !b.hidden.by_class.is_empty() {
        let rows: Vec<Vec<String>> = b
            .hidden
            .by_class
            .iter()
            .map(|(c, n)| vec![c.clone(), n.to_string(), words.percent_tenths(share(*n, b.hidden.won_total))])
            .collect();
        body.push_str(&table(
            &say(msg!("backtest-html-hidden-table")),
            &[class, say(msg!("backtest-column-won")), say(msg!("backtest-column-share-of-won"))],
            &[false, true, true],
            &rows,
        ));
    }
    body.push_str("</section>\n");
    body.push_str(&super::weighted::value_section(b, words));
    body.push_str(&super::analysis::section(b, words));
    body.push_str(&super::weighted::coverage_section(b, words));
    page(&title, &body, words)
}
