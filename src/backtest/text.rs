//! Backtests and diffs as aligned tables for the terminal, in the report's language.

use super::figures::Words;
use super::model::*;
use crate::message::Message;
use crate::msg;
use crate::show;
use std::fmt::Write;

/// The figures every report shows for a group, after its name, in this order: the messages of
/// their column headings.
pub(super) const GROUP_COLUMNS: [&str; 8] = [
    "backtest-column-leads",
    "backtest-column-share",
    "backtest-column-won",
    "backtest-column-lost",
    "backtest-column-open",
    "backtest-column-conversion",
    "backtest-column-interval",
    "backtest-column-lift",
];

/// The headings of `GROUP_COLUMNS` in the report's language.
pub(super) fn group_headers(words: Words) -> Vec<String> {
    GROUP_COLUMNS.iter().map(|id| words.say(&Message::new(id))).collect()
}

/// A group's figures as the reports write them, in `GROUP_COLUMNS` order.
pub(super) fn group_cells(g: &Group, words: Words) -> Vec<String> {
    vec![
        g.leads.to_string(),
        words.percent_tenths(Some(g.share)),
        g.won.to_string(),
        g.lost.to_string(),
        g.open.to_string(),
        words.percent_tenths(g.conversion),
        words.interval_tenths(g.interval),
        words.lift(g.lift),
    ]
}

/// Columns aligned, by their width on screen: text left, numbers right.
pub(super) fn table<S: AsRef<str>>(headers: &[S], rows: &[Vec<String>]) -> String {
    table_with(headers, rows, 1)
}

/// [`table`] whose first `text` columns are text (left-aligned), the others numbers.
pub(super) fn table_with<S: AsRef<str>>(headers: &[S], rows: &[Vec<String>], text: usize) -> String {
    let widths: Vec<usize> = (0..headers.len())
        .map(|c| rows.iter().map(|r| show::width(&r[c])).chain([show::width(headers[c].as_ref())]).max().unwrap_or(0))
        .collect();
    let numeric = |c: usize| c >= text;
    let line = |cells: Vec<&str>| {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, cell)| if numeric(c) { show::pad_start(cell, widths[c]) } else { show::pad_end(cell, widths[c]) })
            .collect();
        format!("  {}\n", parts.join("  ").trim_end())
    };
    let mut out = line(headers.iter().map(AsRef::as_ref).collect());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

pub(super) fn groups_table(groups: &[Group], words: Words) -> String {
    let rows: Vec<Vec<String>> =
        groups.iter().map(|g| std::iter::once(g.name.clone()).chain(group_cells(g, words)).collect()).collect();
    let headers: Vec<String> = std::iter::once(String::new()).chain(group_headers(words)).collect();
    table(&headers, &rows)
}

/// The whole backtest report, in `words`' language.
pub fn backtest(b: &Backtest, words: Words) -> String {
    let b = &*words.backtest(b);
    let say = |m: Message| words.say(&m);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        say(msg!("backtest-text-title", definition = b.definition.as_str(), history = b.history.as_str()))
    );
    let _ = writeln!(
        out,
        "{}",
        say(msg!("backtest-text-rows", rows = b.rows, judged = b.overall.leads, unreadable = b.unreadable))
    );
    if !b.unrecognized_outcomes.is_empty() {
        let list: Vec<String> = b.unrecognized_outcomes.iter().map(|(v, n)| format!("\"{v}\" {n}")).collect();
        let _ = writeln!(out, "{}", say(msg!("backtest-text-unrecognised", outcomes = list.join(", "))));
    }
    let o = &b.overall;
    let overall = msg!(
        "backtest-text-overall",
        won = o.won,
        lost = o.lost,
        open = o.open,
        conversion = words.percent_tenths(o.conversion),
        interval = words.interval_tenths(o.interval)
    );
    let _ = writeln!(out, "{}", say(overall));
    let _ = writeln!(out, "{}", admitted(b, words));
    let _ = writeln!(out, "\n{}", say(msg!("backtest-text-by-class")));
    out.push_str(&groups_table(&b.by_class, words));
    if let Some(field) = &b.channel_field {
        let _ = writeln!(out, "\n{}", say(msg!("backtest-text-by-channel", field = field.as_str())));
        out.push_str(&groups_table(&b.by_channel, words));
    }
    if !b.by_grade.is_empty() {
        let _ = writeln!(out, "\n{}", say(msg!("backtest-text-by-grade")));
        out.push_str(&groups_table(&b.by_grade, words));
    }
    if !b.by_temperature.is_empty() {
        let _ = writeln!(out, "\n{}", say(msg!("backtest-text-by-temperature")));
        out.push_str(&groups_table(&b.by_temperature, words));
    }
    if !b.gates.is_empty() {
        let _ = writeln!(out, "\n{}", say(msg!("backtest-text-gates")));
        let rows: Vec<Vec<String>> = b
            .gates
            .iter()
            .map(|g| {
                vec![g.reason.clone(), g.removed.to_string(), g.won.to_string(), g.lost.to_string(), g.open.to_string()]
            })
            .collect();
        let headers = [
            say(msg!("backtest-column-gate")),
            say(msg!("backtest-column-removed")),
            say(msg!("backtest-column-won")),
            say(msg!("backtest-column-lost")),
            say(msg!("backtest-column-open")),
        ];
        out.push_str(&table(&headers, &rows));
    }
    let _ = writeln!(out, "\n{}", hidden(&b.hidden, words));
    if let Some(v) = &b.value {
        out.push_str(&super::tables::value(v, &b.hidden.sales_classes, words));
    }
    out.push_str(&super::analysis::text(b, words));
    if let Some(c) = &b.coverage {
        out.push_str(&super::tables::coverage(c, words));
    }
    out
}

/// The sales total: the leads of every class handed to sales, as `diff`'s first line counts them.
pub(super) fn admitted(b: &Backtest, words: Words) -> String {
    if b.hidden.sales_classes.is_empty() {
        return words.say(&msg!("backtest-text-admitted-no-sales"));
    }
    let a = &b.admitted;
    words.say(&msg!(
        "backtest-text-admitted",
        sales = b.hidden.sales_classes.join(", "),
        leads = a.leads,
        share =
            words.percent_tenths(Some(if b.overall.leads > 0 { a.leads as f64 / b.overall.leads as f64 } else { 0.0 })),
        won = a.won,
        lost = a.lost,
        conversion = words.percent_tenths(a.conversion),
        interval = words.interval_tenths(a.interval)
    ))
}

fn hidden(h: &HiddenPotential, words: Words) -> String {
    if h.sales_classes.is_empty() {
        return words.say(&msg!("backtest-text-hidden-no-sales"));
    }
    let share = if h.won_total > 0 { h.won_hidden as f64 / h.won_total as f64 } else { 0.0 };
    let parts: Vec<String> = h.by_class.iter().map(|(c, n)| format!("{c} {n}")).collect();
    let sales = h.sales_classes.join(", ");
    let message = if parts.is_empty() {
        msg!(
            "backtest-text-hidden",
            hidden = h.won_hidden,
            total = h.won_total,
            share = words.percent_tenths(Some(share)),
            sales = sales
        )
    } else {
        msg!(
            "backtest-text-hidden-by-class",
            hidden = h.won_hidden,
            total = h.won_total,
            share = words.percent_tenths(Some(share)),
            classes = parts.join(", "),
            sales = sales
        )
    };
    words.say(&message)
}

/// The whole diff report, in `words`' language.
pub fn diff(d: &DefinitionDiff, words: Words) -> String {
    let d = &*words.diff(d);
    let say = |m: Message| words.say(&m);
    let mut out = String::new();
    let title = msg!(
        "backtest-text-diff-title",
        old = d.old.definition.as_str(),
        new = d.new.definition.as_str(),
        history = d.new.history.as_str()
    );
    let _ = writeln!(out, "{}", say(title));
    let (a, b) = (&d.admitted_old, &d.admitted_new);
    let admitted = msg!(
        "backtest-text-diff-admitted",
        old_leads = a.leads,
        new_leads = b.leads,
        old_won = a.won,
        new_won = b.won,
        old_conversion = words.percent_tenths(a.conversion),
        new_conversion = words.percent_tenths(b.conversion),
        old_interval = words.interval_tenths(a.interval),
        new_interval = words.interval_tenths(b.interval)
    );
    let _ = writeln!(out, "{}", say(admitted));
    let _ = writeln!(out, "{}", say(msg!("backtest-text-diff-changed", changed = d.changed, rows = d.new.rows)));
    let _ = write!(out, "\n{}", super::why_text::changes(d, words));
    let _ = writeln!(out, "\n{}", say(msg!("backtest-text-diff-matrix")));
    let mut rows = Vec::new();
    for from in &d.old_classes {
        let mut row = vec![from.clone()];
        for to in &d.new_classes {
            let cell = d.transitions.iter().find(|t| &t.from == from && &t.to == to);
            row.push(cell.map_or("·".into(), |t| format!("{} ({})", t.leads, t.won)));
        }
        rows.push(row);
    }
    let mut headers: Vec<String> = vec![say(msg!("backtest-matrix-corner"))];
    headers.extend(d.new_classes.iter().cloned());
    out.push_str(&table(&headers, &rows));
    let moved: Vec<&Transition> = d.transitions.iter().filter(|t| t.from != t.to).collect();
    if !moved.is_empty() {
        let _ = writeln!(out, "\n{}", say(msg!("backtest-text-diff-moved")));
        for t in moved {
            let line = msg!(
                "backtest-text-diff-moved-cell",
                from = t.from.as_str(),
                to = t.to.as_str(),
                leads = t.leads,
                won = t.won
            );
            let _ = writeln!(out, "  {}; {}", say(line), super::why_text::conversion(t, words));
            for reason in super::why_text::reasons(t, d, words) {
                let _ = writeln!(out, "    {reason}");
            }
            for e in &t.examples {
                let _ = writeln!(out, "    {}", super::why_text::example(e, words));
            }
        }
    }
    let _ = writeln!(out, "\n{}", say(msg!("backtest-text-diff-old-by-class")));
    out.push_str(&groups_table(&d.old.by_class, words));
    let _ = writeln!(out, "\n{}", say(msg!("backtest-text-diff-new-by-class")));
    out.push_str(&groups_table(&d.new.by_class, words));
    out
}
