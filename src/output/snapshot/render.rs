//! A snapshot as text: one line per lead, its columns aligned on widths that depend only on the
//! rules (measured in columns on screen, see `show`).

use super::model::{Reading, Snapshot};
use super::quoting::{escape_tail, word};
use crate::compile::program::RuleSet;
use crate::show::{self, ENGLISH};
use std::fmt::Write;

/// Column widths that depend only on the rules, so a change of verdicts does not re-align every
/// line (and `git diff` shows only the leads that changed).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ColumnWidths {
    /// Width of the class column: the longest class name.
    pub class: usize,
    /// Width of each named value.
    pub values: Vec<(String, usize)>,
}

impl ColumnWidths {
    /// The widths for `rules`' classes and values.
    pub fn for_rules(rules: &RuleSet) -> ColumnWidths {
        let width = show::width;
        let class = rules.class_names.iter().map(|c| width(&word(c, &["error"], false))).chain([width("error")]).max();
        let mut values = Vec::new();
        for score in &rules.scores {
            let low: f64 = score.rules.iter().map(|r| r.points.extreme().min(0.0)).sum();
            let high: f64 = score.rules.iter().map(|r| r.points.extreme().max(0.0)).sum();
            let high = score.cap.map_or(high, |cap| high.min(cap));
            let low = score.cap.map_or(low, |cap| low.min(cap));
            values.push((
                score.display_name().to_string(),
                width(&ENGLISH.number(low)).max(width(&ENGLISH.number(high))),
            ));
        }
        for (i, profile) in rules.profiles.iter().enumerate() {
            let suffix = if i == 0 { String::new() } else { format!("_{}", profile.name) };
            values.push((format!("fit{suffix}"), fit_width(profile)));
            values.push((format!("grade{suffix}"), 1));
        }
        if let Some(t) = &rules.temperature {
            values.push(("temperature".into(), t.names.iter().map(|n| width(&word(n, &[], false))).max().unwrap_or(0)));
        }
        ColumnWidths { class: class.unwrap_or(0), values }
    }

    fn value_width(&self, name: &str) -> usize {
        self.values.iter().find(|(n, _)| n == name).map_or(0, |(_, w)| *w)
    }
}

/// The widest fit a profile can show: every sum of its weights is tried (up to 2^12 of them).
fn fit_width(profile: &crate::compile::program::Profile) -> usize {
    let weights: Vec<f64> = profile.criteria.iter().map(|c| c.weight).collect();
    if weights.len() > 12 || profile.total_weight <= 0.0 {
        return show::width(&ENGLISH.percent(1.0));
    }
    (0u32..1 << weights.len())
        .map(|mask| {
            let sum: f64 = weights.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).map(|(_, w)| w).sum();
            show::width(&ENGLISH.percent(sum / profile.total_weight))
        })
        .max()
        .unwrap_or(4)
}

/// The snapshot as text: comments, then one line per entry, in the entries' order.
pub fn render(snapshot: &Snapshot, widths: &ColumnWidths) -> String {
    let mut out = String::new();
    for comment in &snapshot.comments {
        let _ = writeln!(out, "#{comment}");
    }
    let keys: Vec<String> = snapshot.entries.iter().map(|e| e.lead.render()).collect();
    let key_width = keys.iter().map(|k| show::width(k)).max().unwrap_or(0);
    for (entry, key) in snapshot.entries.iter().zip(&keys) {
        // Cells are joined by two spaces; every cell but the last is padded to its width.
        let mut cells: Vec<(String, usize)> = vec![(key.clone(), key_width)];
        match &entry.reading {
            Reading::Error(reason) => {
                cells.push(("error".into(), widths.class));
                if !reason.is_empty() {
                    cells.push((escape_tail(reason), 0));
                }
            }
            Reading::Verdict { class, values, decided_by } => {
                cells.push((word(class, &["error"], false), widths.class));
                for (name, value) in values {
                    let value_text = word(value, &[], false);
                    let pad = widths.value_width(name).saturating_sub(show::width(&value_text));
                    let right = looks_numeric(value);
                    let value_text = if right { format!("{}{value_text}", " ".repeat(pad)) } else { value_text };
                    let cell = format!("{} {value_text}", word(name, &["by"], false));
                    let width = show::width(&cell) + if right { 0 } else { pad };
                    cells.push((cell, width));
                }
                if let Some(d) = decided_by {
                    let mut cell = String::from("by ");
                    if let Some(file) = &d.file {
                        let _ = write!(cell, "{} ", word(file, &["line"], false));
                    }
                    let _ = write!(cell, "line {}:", d.line);
                    if !d.rule.is_empty() {
                        let _ = write!(cell, " {}", escape_tail(&d.rule));
                    }
                    cells.push((cell, 0));
                }
            }
        }
        let last = cells.len() - 1;
        for (i, (text, width)) in cells.iter().enumerate() {
            out.push_str(text);
            if i < last {
                let pad = width.saturating_sub(show::width(text));
                out.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push('\n');
    }
    out
}

fn looks_numeric(value: &str) -> bool {
    let v = value.strip_suffix('%').unwrap_or(value);
    !v.is_empty()
        && v.parse::<f64>().is_ok_and(f64::is_finite)
        && v.starts_with(|c: char| c == '-' || c.is_ascii_digit())
}
