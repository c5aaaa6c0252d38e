//! The text report of `suggest`, in the report's language: the definition now, what moving
//! each number would do (a table per number), the unused fields, then the suggestions, each with
//! its diff of the file and the figures before and after.

use super::{KnobReport, Moved, Suggestion, SuggestionKind, Suggestions};
use crate::backtest::figures::Words;
use crate::backtest::text::table_with;
use crate::msg;
use std::fmt::Write;

/// The whole report.
pub fn suggestions(s: &Suggestions, words: Words) -> String {
    let mut out = String::new();
    let say = |m| words.say(&m);
    let judged = s.rows - s.unreadable;
    let version = format!(" {} ", crate::backtest::run::VERSION);
    let definition = match s.definition.rsplit_once(&version) {
        Some((name, number)) => say(msg!("backtest-definition-version", name = name, version = number)),
        None => s.definition.clone(),
    };
    let _ = writeln!(out, "{}", say(msg!("suggest-title", definition = definition, history = s.history.as_str())));
    let _ = writeln!(
        out,
        "{}",
        say(msg!(
            "suggest-rows",
            rows = s.rows,
            judged = judged,
            backtests = s.backtests as u64,
            tried = s.rule.comparisons as u64
        ))
    );
    let _ = writeln!(
        out,
        "{}",
        say(msg!(
            "suggest-now",
            classes = s.sales_classes.join(", "),
            leads = s.before.admitted.leads,
            conversion = words.percent_tenths(s.before.admitted.conversion),
            interval = words.interval_tenths(s.before.admitted.interval),
            rest = words.percent_tenths(s.before.rest.conversion),
            rest_interval = words.interval_tenths(s.before.rest.interval)
        ))
    );
    let _ = writeln!(
        out,
        "{}\n",
        say(msg!(
            "suggest-rule",
            min = s.rule.min_decided,
            tried = s.rule.comparisons as u64,
            confidence = words.percent_whole(s.rule.confidence)
        ))
    );
    let _ = writeln!(out, "{}", say(msg!("suggest-knobs-heading")));
    for knob in &s.knobs {
        out.push_str(&knob_table(knob, s, words));
    }
    let _ = writeln!(out, "\n{}", say(msg!("suggest-fields-heading")));
    if s.fields.is_empty() {
        let _ = writeln!(out, "  {}", say(msg!("suggest-fields-none")));
    }
    for f in &s.fields {
        let name =
            if f.declared { f.field.clone() } else { say(msg!("suggest-field-column", column = f.field.as_str())) };
        let line = match f.skipped {
            Some(super::fields::Skipped::AfterOutcome) => say(msg!("suggest-field-after-outcome", field = name)),
            Some(super::fields::Skipped::Identifier) => say(msg!("suggest-field-identifier", field = name)),
            None => {
                let rates: Vec<f64> = f
                    .groups
                    .iter()
                    .filter(|g| g.won + g.lost >= s.rule.min_decided)
                    .filter_map(|g| g.conversion)
                    .collect();
                let low = rates.iter().copied().reduce(f64::min);
                let high = rates.iter().copied().reduce(f64::max);
                let (low, high) = (words.percent_tenths(low), words.percent_tenths(high));
                match f.strongest.as_ref().and_then(|n| f.groups.iter().find(|g| &g.name == n)) {
                    Some(g) => say(msg!(
                        "suggest-field-separates",
                        field = name,
                        group = group_name(&g.name, words),
                        leads = g.leads,
                        conversion = words.percent_tenths(g.conversion),
                        interval = words.interval_tenths(g.interval),
                        lift = words.lift(g.lift),
                        groups = f.groups.len() as u64,
                        low = low,
                        high = high
                    )),
                    None => say(msg!(
                        "suggest-field-flat",
                        field = name,
                        groups = f.groups.len() as u64,
                        low = low,
                        high = high
                    )),
                }
            }
        };
        let _ = writeln!(out, "  {line}");
    }
    let _ = writeln!(out, "\n{}", say(msg!("suggest-heading")));
    if !s.outcome_fields.is_empty() {
        let fields = s.outcome_fields.join(", ");
        let _ = writeln!(
            out,
            "  {}",
            say(msg!("suggest-outcome-fields", fields = fields, count = s.outcome_fields.len() as u64))
        );
    } else if s.suggestions.is_empty() {
        let separating = s.fields.iter().filter(|f| f.separates).count() as u64;
        let _ = writeln!(out, "  {}", say(msg!("suggest-none", separating = separating)));
        if separating == 0 && !s.definition_separates {
            let _ = writeln!(
                out,
                "  {}",
                say(msg!(
                    "suggest-nothing-predicts",
                    classes = s.sales_classes.join(", "),
                    conversion = words.percent_tenths(s.before.admitted.conversion),
                    interval = words.interval_tenths(s.before.admitted.interval),
                    rest = words.percent_tenths(s.before.rest.conversion),
                    rest_interval = words.interval_tenths(s.before.rest.interval)
                ))
            );
        }
    }
    for (i, suggestion) in s.suggestions.iter().enumerate() {
        out.push_str(&suggestion_text(i + 1, suggestion, s, words));
    }
    out
}

/// A group name leadrules gives, in the report's language; a value as the history has it.
fn group_name(name: &str, words: Words) -> String {
    match name {
        crate::backtest::run::UNKNOWN_CHANNEL => words.say(&msg!("backtest-group-unknown")),
        crate::backtest::by::OTHER_ROW => words.say(&msg!("backtest-group-other")),
        other => other.to_string(),
    }
}

fn moved_cell(m: &Moved, words: Words) -> String {
    if m.leads == 0 {
        return crate::show::MISSING.to_string();
    }
    format!("{} {} ({})", m.leads, words.percent_tenths(m.conversion), words.interval_tenths(m.interval))
}

fn knob_table(knob: &KnobReport, s: &Suggestions, words: Words) -> String {
    let say = |m| words.say(&m);
    let mut out = format!(
        "  {}\n",
        say(msg!(
            "suggest-knob",
            line = knob.line as u64,
            block = knob.block.as_str(),
            what = say(match knob.kind {
                super::knobs::KnobKind::Threshold => msg!("suggest-kind-threshold", value = knob.value.as_str()),
                super::knobs::KnobKind::Points => msg!("suggest-kind-points", value = knob.value.as_str()),
                super::knobs::KnobKind::Weight => msg!("suggest-kind-weight", value = knob.value.as_str()),
            }),
            rule = knob.rule.as_str()
        ))
    );
    let mut headers = vec![say(msg!("suggest-column-value"))];
    headers.extend(s.before.by_class.iter().map(|g| g.name.clone()));
    headers.extend([
        say(msg!("suggest-column-into")),
        say(msg!("suggest-column-out")),
        say(msg!("suggest-column-supported")),
    ]);
    let class_cells = |groups: &[crate::backtest::model::Group]| -> Vec<String> {
        groups.iter().map(|g| format!("{} {}", g.leads, words.percent_tenths(g.conversion))).collect()
    };
    let mut rows: Vec<(f64, Vec<String>)> = Vec::new();
    let now_value = number_in(&knob.value);
    let mut now = vec![say(msg!("suggest-value-now", value = knob.value.as_str()))];
    now.extend(class_cells(&s.before.by_class));
    now.extend([String::new(), String::new(), String::new()]);
    rows.push((now_value, now));
    for t in &knob.trials {
        let mut row = vec![t.value.clone()];
        row.extend(class_cells(&t.after.by_class));
        row.push(moved_cell(&t.into_sales, words));
        row.push(moved_cell(&t.out_of_sales, words));
        row.push(if t.supported { say(msg!("suggest-supported-yes")) } else { crate::show::MISSING.to_string() });
        rows.push((number_in(&t.value), row));
    }
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let rows: Vec<Vec<String>> = rows.into_iter().map(|(_, r)| r).collect();
    let table = table_with(&headers, &rows, 1);
    for line in table.lines() {
        let _ = writeln!(out, "  {line}");
    }
    out
}

/// The number of a literal as written (`+40`, `70%`, `1_000`), to order the rows.
fn number_in(written: &str) -> f64 {
    written.trim_start_matches('+').trim_end_matches('%').replace('_', "").parse().unwrap_or(0.0)
}

fn suggestion_text(n: usize, s: &Suggestion, all: &Suggestions, words: Words) -> String {
    let say = |m| words.say(&m);
    let what = match (s.kind, &s.old) {
        (SuggestionKind::ScoreLine, _) if s.declare.is_some() => {
            let declare = s.declare.as_ref().map(|d| (d.column.as_str(), d.line.as_str())).unwrap_or_default();
            say(msg!("suggest-what-declare", column = declare.0, declaration = declare.1, new = s.new.as_str()))
        }
        (SuggestionKind::ScoreLine, _) | (_, None) => {
            say(msg!("suggest-what-line", new = s.new.as_str(), field = s.field.clone().unwrap_or_default()))
        }
        (_, Some(old)) => say(msg!("suggest-what-change", old = old.as_str(), new = s.new.as_str())),
    };
    let mut out = format!(
        "  {}\n",
        say(msg!("suggest-item", number = n as u64, line = s.line as u64, block = s.block.as_str(), what = what))
    );
    let _ = writeln!(
        out,
        "     {}",
        say(msg!(
            "suggest-moves",
            into = s.into_sales.leads,
            into_figures = moved_cell(&s.into_sales, words),
            out = s.out_of_sales.leads,
            out_figures = moved_cell(&s.out_of_sales, words),
            changed = s.changed
        ))
    );
    let (a, b) = (&s.before.admitted, &s.after.admitted);
    let _ = writeln!(
        out,
        "     {}",
        say(msg!(
            "suggest-sales",
            classes = all.sales_classes.join(", "),
            leads_before = a.leads,
            leads_after = b.leads,
            won_before = a.won,
            won_after = b.won,
            before = words.percent_tenths(a.conversion),
            after = words.percent_tenths(b.conversion),
            before_interval = words.interval_tenths(a.interval),
            after_interval = words.interval_tenths(b.interval)
        ))
    );
    let headers = vec![
        String::new(),
        say(msg!("suggest-column-leads-before")),
        say(msg!("suggest-column-leads-after")),
        say(msg!("suggest-column-conversion-before")),
        say(msg!("suggest-column-conversion-after")),
    ];
    let rows: Vec<Vec<String>> = s
        .before
        .by_class
        .iter()
        .zip(&s.after.by_class)
        .map(|(x, y)| {
            vec![
                x.name.clone(),
                x.leads.to_string(),
                y.leads.to_string(),
                format!("{} ({})", words.percent_tenths(x.conversion), words.interval_tenths(x.interval)),
                format!("{} ({})", words.percent_tenths(y.conversion), words.interval_tenths(y.interval)),
            ]
        })
        .collect();
    for line in table_with(&headers, &rows, 1).lines() {
        let _ = writeln!(out, "   {line}");
    }
    for line in s.diff.lines() {
        let _ = writeln!(out, "     {line}");
    }
    out
}
