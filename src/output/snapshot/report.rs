//! The differences of two snapshots in words for people: a line per changed lead, each edited
//! deciding rule once, the summary and the class counts.

use super::diff::{Change, Kind, SnapshotDiff, kind};
use super::model::{DecidedBy, Reading};
use indexmap::IndexMap;
use std::fmt::Write;

impl SnapshotDiff {
    /// The diff for people: one line per changed lead, then each change of a deciding rule's
    /// text once (with the leads for which nothing else changed), then the summary.
    /// `class_order` orders the class counts (the `classify` block's order); other classes follow.
    pub fn report(&self, class_order: &[String]) -> String {
        let mut out = String::new();
        // (old rule, new rule, location) → (whether a lead line above refers to it, the leads
        // for which only the rule's text changed).
        let mut edited: IndexMap<(String, String, String), (bool, Vec<String>)> = IndexMap::new();
        for change in &self.changes {
            match change {
                Change::Added(e) => {
                    let _ = writeln!(out, "+ {}: new, {}", e.lead.render(), describe(&e.reading));
                }
                Change::Removed(e) => {
                    let was = match &e.reading {
                        Reading::Error(_) => "was an error row".to_string(),
                        r => format!("was {}", r.class()),
                    };
                    let _ = writeln!(out, "- {}: gone ({was})", e.lead.render());
                }
                Change::Changed { old, new } => {
                    let kind = kind(&old.reading, &new.reading);
                    if let (
                        Kind::RuleText | Kind::Values,
                        Reading::Verdict { decided_by: a, .. },
                        Reading::Verdict { decided_by: b, .. },
                    ) = (&kind, &old.reading, &new.reading)
                    {
                        let rule = |d: &Option<DecidedBy>| d.as_ref().map_or("(no rule)".into(), |d| d.rule.clone());
                        if rule(a) != rule(b) {
                            let place = b.as_ref().map_or(String::new(), |d| d.location());
                            let (mentioned, leads) = edited.entry((rule(a), rule(b), place)).or_default();
                            if let Kind::RuleText = kind {
                                leads.push(new.lead.render());
                                continue;
                            }
                            *mentioned = true;
                        }
                    }
                    let _ = writeln!(out, "{}: {}", new.lead.render(), describe_change(&old.reading, &new.reading));
                }
            }
        }
        for ((old_rule, new_rule, place), (mentioned, leads)) in &edited {
            let _ = write!(out, "deciding rule changed ({place}): `{old_rule}` → `{new_rule}`");
            if !leads.is_empty() {
                let more = if *mentioned { "more " } else { "" };
                let n = leads.len();
                let noun = if n == 1 { "lead" } else { "leads" };
                let _ = write!(out, "; for {n} {more}{noun} only this changed: {}", leads.join(", "));
            }
            out.push('\n');
        }
        let _ = writeln!(out, "{}", self.summary());
        if self.moved() > 0 {
            let _ = writeln!(out, "{}", self.class_counts(class_order));
        }
        out
    }

    /// `3 of 20 leads changed: MQL → SQL 2, nurture → MQL 1`, with how many kept their class;
    /// the leads whose deciding rule only changed its text are not changed, and said apart:
    /// `3 leads decided by rules whose text changed; no verdict moved (20 leads)`.
    pub fn summary(&self) -> String {
        let changed = self.moved();
        let rule_text = self.rule_text_only();
        let decided = |n: usize| {
            if n == 1 {
                format!("{n} lead decided by a rule whose text changed")
            } else {
                format!("{n} leads decided by rules whose text changed")
            }
        };
        if changed == 0 && rule_text > 0 {
            return format!("{}; no verdict moved ({})", decided(rule_text), count(self.leads, "lead", "leads"));
        }
        let mut line = format!("{changed} of {} changed", count(self.leads, "lead", "leads"));
        if changed == 0 {
            return line;
        }
        let mut transitions: IndexMap<String, usize> = IndexMap::new();
        let (mut values, mut error_text) = (0, 0);
        for change in &self.changes {
            let step = match change {
                Change::Added(e) => format!("new → {}", e.reading.class()),
                Change::Removed(e) => format!("{} → gone", e.reading.class()),
                Change::Changed { old, new } => match kind(&old.reading, &new.reading) {
                    Kind::Class => format!("{} → {}", old.reading.class(), new.reading.class()),
                    Kind::Values => {
                        values += 1;
                        continue;
                    }
                    Kind::RuleText => continue,
                    Kind::ErrorText => {
                        error_text += 1;
                        continue;
                    }
                },
            };
            *transitions.entry(step).or_default() += 1;
        }
        transitions.sort_by(|_, a, _, b| b.cmp(a));
        let mut parts: Vec<String> = transitions.iter().map(|(step, n)| format!("{step} {n}")).collect();
        if values > 0 {
            parts.push(format!("same class but another score, fit or temperature {values}"));
        }
        if error_text > 0 {
            parts.push(format!("unreadable for another reason {error_text}"));
        }
        let _ = write!(line, ": {}", parts.join(", "));
        if rule_text > 0 {
            let _ = match rule_text {
                1 => write!(line, "; 1 other lead decided by a rule whose text changed kept its verdict"),
                n => write!(line, "; {n} other leads decided by rules whose text changed kept their verdict"),
            };
        }
        line
    }

    /// `classes: disqualified 2, SQL 8 → 10, MQL 3 → 2, nurture 7 → 6`
    pub fn class_counts(&self, class_order: &[String]) -> String {
        let mut classes: Vec<&str> = class_order.iter().map(String::as_str).collect();
        for c in self.old_counts.keys().chain(self.new_counts.keys()) {
            if !classes.contains(&c.as_str()) {
                classes.push(c);
            }
        }
        let parts: Vec<String> = classes
            .iter()
            .filter_map(|c| {
                let old = self.old_counts.get(*c).copied().unwrap_or(0);
                let new = self.new_counts.get(*c).copied().unwrap_or(0);
                match (old, new) {
                    (0, 0) => None,
                    (a, b) if a == b => Some(format!("{c} {a}")),
                    (a, b) => Some(format!("{c} {a} → {b}")),
                }
            })
            .collect();
        format!("classes: {}", parts.join(", "))
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `SQL, score 80, fit 100%, grade A, temperature hot, decided by `SQL when …` (line 72)`
fn describe(reading: &Reading) -> String {
    match reading {
        Reading::Error(reason) => format!("error: {reason}"),
        Reading::Verdict { class, values, decided_by } => {
            let mut parts = vec![class.clone()];
            parts.extend(values.iter().map(|(n, v)| format!("{n} {v}")));
            let mut text = parts.join(", ");
            if let Some(d) = decided_by {
                let _ = write!(text, ", decided by `{}` ({})", d.rule, d.location());
            }
            text
        }
    }
}

/// `MQL → SQL, score 45 → 65, because now decided by `SQL when …` (line 72)`
fn describe_change(old: &Reading, new: &Reading) -> String {
    match (old, new) {
        (Reading::Error(a), Reading::Error(b)) => format!("still cannot be read, now: {b} (was: {a})"),
        (Reading::Verdict { class, .. }, Reading::Error(reason)) => format!("{class} → error: {reason}"),
        (Reading::Error(_), Reading::Verdict { .. }) => format!("error → {}; the lead can be read now", describe(new)),
        (
            Reading::Verdict { class: a, values: va, decided_by: da },
            Reading::Verdict { class: b, values: vb, decided_by: db },
        ) => {
            let mut parts = vec![if a == b { a.clone() } else { format!("{a} → {b}") }];
            let old_value = |name: &str| va.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
            for (name, value) in vb {
                match old_value(name) {
                    Some(was) if was == value => {}
                    Some(was) => parts.push(format!("{name} {was} → {value}")),
                    None => parts.push(format!("{name} none → {value}")),
                }
            }
            for (name, was) in va.iter().filter(|(n, _)| !vb.iter().any(|(m, _)| m == n)) {
                parts.push(format!("{name} {was} → none"));
            }
            let mut text = parts.join(", ");
            let rule = |d: &Option<DecidedBy>| d.as_ref().map(|d| d.rule.clone());
            match db {
                Some(d) if a != b => {
                    let _ = write!(text, ", because now decided by `{}` ({})", d.rule, d.location());
                }
                Some(d) if rule(da) != rule(db) => {
                    let _ = write!(text, ", deciding rule changed ({}, see below)", d.location());
                }
                _ => {}
            }
            text
        }
    }
}
