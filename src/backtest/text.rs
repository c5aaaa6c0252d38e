//! Backtests and diffs as aligned tables for the terminal.

use super::figures::{interval_tenths, lift, percent_tenths};
use super::model::*;
use crate::show;
use std::fmt::Write;

/// The figures every report shows for a group, after its name, in this order.
pub(super) const GROUP_COLUMNS: [&str; 8] =
    ["leads", "share", "won", "lost", "open", "conversion", "95% interval", "lift"];

/// A group's figures as the reports write them, in `GROUP_COLUMNS` order.
pub(super) fn group_cells(g: &Group) -> Vec<String> {
    vec![
        g.leads.to_string(),
        percent_tenths(Some(g.share)),
        g.won.to_string(),
        g.lost.to_string(),
        g.open.to_string(),
        percent_tenths(g.conversion),
        interval_tenths(g.interval),
        lift(g.lift),
    ]
}

/// Columns aligned, by their width on screen: text left, numbers right.
fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..headers.len())
        .map(|c| rows.iter().map(|r| show::width(&r[c])).chain([show::width(headers[c])]).max().unwrap_or(0))
        .collect();
    let numeric = |c: usize| c > 0;
    let line = |cells: Vec<&str>| {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, cell)| if numeric(c) { show::pad_start(cell, widths[c]) } else { show::pad_end(cell, widths[c]) })
            .collect();
        format!("  {}\n", parts.join("  ").trim_end())
    };
    let mut out = line(headers.to_vec());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

fn groups_table(groups: &[Group]) -> String {
    let rows: Vec<Vec<String>> =
        groups.iter().map(|g| std::iter::once(g.name.clone()).chain(group_cells(g)).collect()).collect();
    let headers: Vec<&str> = std::iter::once("").chain(GROUP_COLUMNS).collect();
    table(&headers, &rows)
}

/// The whole backtest report.
pub fn backtest(b: &Backtest) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Backtest of {} over {}", b.definition, b.history);
    let _ = writeln!(out, "{} rows: {} judged, {} could not be read", b.rows, b.overall.leads, b.unreadable);
    if !b.unrecognized_outcomes.is_empty() {
        let list: Vec<String> = b.unrecognized_outcomes.iter().map(|(v, n)| format!("\"{v}\" {n}")).collect();
        let _ = writeln!(out, "outcomes not recognised, counted as open: {}", list.join(", "));
    }
    let o = &b.overall;
    let _ = writeln!(
        out,
        "overall: won {}, lost {}, open {}; conversion {} ({})",
        o.won,
        o.lost,
        o.open,
        percent_tenths(o.conversion),
        interval_tenths(o.interval)
    );
    let _ = writeln!(out, "\nBy class (conversion = won / (won + lost); lift = over the overall conversion)");
    out.push_str(&groups_table(&b.by_class));
    if let Some(field) = &b.channel_field {
        let _ = writeln!(out, "\nBy channel ({field})");
        out.push_str(&groups_table(&b.by_channel));
    }
    if !b.by_grade.is_empty() {
        let _ = writeln!(out, "\nBy grade");
        out.push_str(&groups_table(&b.by_grade));
    }
    if !b.by_temperature.is_empty() {
        let _ = writeln!(out, "\nBy temperature");
        out.push_str(&groups_table(&b.by_temperature));
    }
    if !b.gates.is_empty() {
        let _ = writeln!(out, "\nMinimum gates (a lead may fail several)");
        let rows: Vec<Vec<String>> = b
            .gates
            .iter()
            .map(|g| {
                vec![g.reason.clone(), g.removed.to_string(), g.won.to_string(), g.lost.to_string(), g.open.to_string()]
            })
            .collect();
        out.push_str(&table(&["gate", "removed", "won", "lost", "open"], &rows));
    }
    let _ = writeln!(out, "\n{}", hidden(&b.hidden));
    out
}

fn hidden(h: &HiddenPotential) -> String {
    if h.sales_classes.is_empty() {
        return "Hidden potential: no class is handed to sales; name them with --sales".into();
    }
    let share = if h.won_total > 0 { h.won_hidden as f64 / h.won_total as f64 } else { 0.0 };
    let parts: Vec<String> = h.by_class.iter().map(|(c, n)| format!("{c} {n}")).collect();
    let detail = if parts.is_empty() { String::new() } else { format!(" ({})", parts.join(", ")) };
    format!(
        "Hidden potential: {} of {} won deals ({}) fell in classes sales never sees{detail}; sales classes: {}",
        h.won_hidden,
        h.won_total,
        percent_tenths(Some(share)),
        h.sales_classes.join(", ")
    )
}

/// The whole diff report.
pub fn diff(d: &DefinitionDiff) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Diff of {} → {} over {}", d.old.definition, d.new.definition, d.new.history);
    let (a, b) = (&d.admitted_old, &d.admitted_new);
    let _ = writeln!(
        out,
        "admitted to sales {} → {}, won {} → {}, conversion {} → {} (95%: {} → {})",
        a.leads,
        b.leads,
        a.won,
        b.won,
        percent_tenths(a.conversion),
        percent_tenths(b.conversion),
        interval_tenths(a.interval),
        interval_tenths(b.interval)
    );
    let _ = writeln!(out, "{} of {} leads changed class", d.changed, d.new.rows);
    let _ = writeln!(out, "\nTransition matrix: leads (won); rows are the old classes, columns the new");
    let mut rows = Vec::new();
    for from in &d.old_classes {
        let mut row = vec![from.clone()];
        for to in &d.new_classes {
            let cell = d.transitions.iter().find(|t| &t.from == from && &t.to == to);
            row.push(cell.map_or("·".into(), |t| format!("{} ({})", t.leads, t.won)));
        }
        rows.push(row);
    }
    let mut headers: Vec<&str> = vec!["old \\ new"];
    headers.extend(d.new_classes.iter().map(String::as_str));
    out.push_str(&table(&headers, &rows));
    let moved: Vec<&Transition> = d.transitions.iter().filter(|t| t.from != t.to).collect();
    if !moved.is_empty() {
        let _ = writeln!(out, "\nWhat moved, with examples");
        for t in moved {
            let _ = writeln!(out, "  {} → {}: {} leads, {} won", t.from, t.to, t.leads, t.won);
            for e in &t.examples {
                let _ = writeln!(out, "    {}: was {}; now {}", e.id, e.old_rule, e.new_rule);
            }
        }
    }
    let _ = writeln!(out, "\nOld definition by class");
    out.push_str(&groups_table(&d.old.by_class));
    let _ = writeln!(out, "\nNew definition by class");
    out.push_str(&groups_table(&d.new.by_class));
    out
}
