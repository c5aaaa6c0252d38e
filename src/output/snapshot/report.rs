//! The differences of two snapshots in words for people: a line per changed lead, each edited
//! deciding rule once, the summary and the class counts.

use super::diff::{Change, Kind, SnapshotDiff, kind};
use super::model::{DecidedBy, Reading};
use crate::input::error::{Joint, joined};
use crate::locale::Lang;
use crate::message::{Arg, Message};
use crate::msg;
use indexmap::IndexMap;

impl SnapshotDiff {
    /// The diff for people, in `lang`: one line per changed lead, then each change of a deciding
    /// rule's text once (with the leads for which nothing else changed), then the summary.
    /// `class_order` orders the class counts (the `classify` block's order); other classes follow.
    pub fn report(&self, class_order: &[String], lang: Lang) -> String {
        let mut out = String::new();
        let mut line = |message: Message| {
            lang.write(&mut out, &message);
            out.push('\n');
        };
        // (old rule, new rule, location) → (whether a lead line above refers to it, the leads
        // for which only the rule's text changed).
        let mut edited: IndexMap<EditedRule, (bool, Vec<String>)> = IndexMap::new();
        for change in &self.changes {
            match change {
                Change::Added(e) => {
                    line(msg!("output-snap-added", lead = e.lead.render(), reading = describe(&e.reading)))
                }
                Change::Removed(e) => line(match &e.reading {
                    Reading::Error(_) => msg!("output-snap-removed-error", lead = e.lead.render()),
                    r => msg!("output-snap-removed", lead = e.lead.render(), class = r.class()),
                }),
                Change::Changed { old, new } => {
                    let kind = kind(&old.reading, &new.reading);
                    if let (
                        Kind::RuleText | Kind::Values,
                        Reading::Verdict { decided_by: a, .. },
                        Reading::Verdict { decided_by: b, .. },
                    ) = (&kind, &old.reading, &new.reading)
                    {
                        let rule = |d: &Option<DecidedBy>| d.as_ref().map(|d| d.rule.clone());
                        if rule(a) != rule(b) {
                            let place = b.as_ref().map(|d| (d.file.clone(), d.line));
                            let (mentioned, leads) = edited.entry((rule(a), rule(b), place)).or_default();
                            if let Kind::RuleText = kind {
                                leads.push(new.lead.render());
                                continue;
                            }
                            *mentioned = true;
                        }
                    }
                    line(msg!(
                        "input-join-colon",
                        first = new.lead.render(),
                        second = describe_change(&old.reading, &new.reading)
                    ))
                }
            }
        }
        for ((old_rule, new_rule, place), (mentioned, leads)) in &edited {
            let rule = |r: &Option<String>| r.clone().map_or_else(|| Arg::from(msg!("output-snap-no-rule")), Arg::from);
            let place = place.as_ref().map_or(Arg::Verbatim(String::new()), |(file, line)| {
                Arg::from(location(&DecidedBy { file: file.clone(), line: *line, rule: String::new() }))
            });
            let (old, new) = (rule(old_rule), rule(new_rule));
            line(match (leads.is_empty(), mentioned) {
                (true, _) => msg!("output-snap-rule-changed", place = place, old = old, new = new),
                (false, false) => msg!(
                    "output-snap-rule-changed-leads",
                    place = place,
                    old = old,
                    new = new,
                    count = leads.len(),
                    leads = leads.join(", ")
                ),
                (false, true) => msg!(
                    "output-snap-rule-changed-more-leads",
                    place = place,
                    old = old,
                    new = new,
                    count = leads.len(),
                    leads = leads.join(", ")
                ),
            });
        }
        line(self.summary());
        if self.moved() > 0 {
            line(self.class_counts(class_order));
        }
        out
    }

    /// `3 of 20 leads changed: MQL → SQL 2, nurture → MQL 1`, with how many kept their class;
    /// the leads whose deciding rule only changed its text are not changed, and said apart:
    /// `3 leads decided by rules whose text changed; no verdict moved (20 leads)`.
    pub fn summary(&self) -> Message {
        let changed = self.moved();
        let rule_text = self.rule_text_only();
        if changed == 0 && rule_text > 0 {
            return msg!("output-snap-rule-text-only", count = rule_text, leads = self.leads);
        }
        if changed == 0 {
            return msg!("output-snap-changed-of", changed = changed, leads = self.leads);
        }
        // Steps keyed by (old class, new class); `None` is new or gone.
        let mut transitions: IndexMap<(Option<&str>, Option<&str>), usize> = IndexMap::new();
        let (mut values, mut error_text) = (0, 0);
        for change in &self.changes {
            let step = match change {
                Change::Added(e) => (None, Some(e.reading.class())),
                Change::Removed(e) => (Some(e.reading.class()), None),
                Change::Changed { old, new } => match kind(&old.reading, &new.reading) {
                    Kind::Class => (Some(old.reading.class()), Some(new.reading.class())),
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
        let mut parts: Vec<Message> = transitions
            .iter()
            .map(|(step, n)| {
                let step = match *step {
                    (None, Some(class)) => msg!("output-snap-step-new", class = class),
                    (Some(class), None) => msg!("output-snap-step-gone", class = class),
                    (old, new) => {
                        msg!("input-verbatim", text = format!("{} → {}", old.unwrap_or(""), new.unwrap_or("")))
                    }
                };
                msg!("output-snap-step", step = step, count = *n)
            })
            .collect();
        if values > 0 {
            parts.push(msg!("output-snap-values-changed", count = values));
        }
        if error_text > 0 {
            parts.push(msg!("output-snap-error-changed", count = error_text));
        }
        let line = msg!(
            "output-snap-changed-of-steps",
            changed = changed,
            leads = self.leads,
            steps = joined(parts, Joint::Comma)
        );
        if rule_text == 0 {
            return line;
        }
        msg!("input-join-semicolon", first = line, second = msg!("output-snap-rule-text-kept", count = rule_text))
    }

    /// `classes: disqualified 2, SQL 8 → 10, MQL 3 → 2, nurture 7 → 6`
    pub fn class_counts(&self, class_order: &[String]) -> Message {
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
        msg!("output-snap-classes", counts = parts.join(", "))
    }
}

/// A deciding rule whose text changed: its old text, its new text (`None`: no rule) and its
/// new place (file, line).
type EditedRule = (Option<String>, Option<String>, Option<(Option<String>, u64)>);

/// `line 72`, or `std/x.rules line 3`.
fn location(d: &DecidedBy) -> Message {
    let line = d.line.to_string();
    match &d.file {
        Some(file) => msg!("output-snap-file-line", file = file, line = line),
        None => msg!("output-snap-line", line = line),
    }
}

/// `SQL, score 80, fit 100%, grade A, temperature hot, decided by `SQL when …` (line 72)`
fn describe(reading: &Reading) -> Message {
    match reading {
        Reading::Error(reason) => msg!("output-snap-error", reason = reason),
        Reading::Verdict { class, values, decided_by } => {
            let mut parts = vec![class.clone()];
            parts.extend(values.iter().map(|(n, v)| format!("{n} {v}")));
            let verdict = parts.join(", ");
            match decided_by {
                Some(d) => msg!("output-snap-decided-by", verdict = verdict, rule = &d.rule, place = location(d)),
                None => msg!("input-verbatim", text = verdict),
            }
        }
    }
}

/// `MQL → SQL, score 45 → 65, because now decided by `SQL when …` (line 72)`
fn describe_change(old: &Reading, new: &Reading) -> Message {
    match (old, new) {
        (Reading::Error(a), Reading::Error(b)) => msg!("output-snap-still-unreadable", new = b, old = a),
        (Reading::Verdict { class, .. }, Reading::Error(reason)) => {
            msg!("output-snap-now-error", class = class, reason = reason)
        }
        (Reading::Error(_), Reading::Verdict { .. }) => msg!("output-snap-now-readable", reading = describe(new)),
        (
            Reading::Verdict { class: a, values: va, decided_by: da },
            Reading::Verdict { class: b, values: vb, decided_by: db },
        ) => {
            let mut parts: Vec<Arg> = vec![Arg::from(if a == b { a.clone() } else { format!("{a} → {b}") })];
            let old_value = |name: &str| va.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
            for (name, value) in vb {
                match old_value(name) {
                    Some(was) if was == value => {}
                    Some(was) => parts.push(Arg::from(format!("{name} {was} → {value}"))),
                    None => parts.push(Arg::from(msg!("output-snap-value-appeared", name = name, value = value))),
                }
            }
            for (name, was) in va.iter().filter(|(n, _)| !vb.iter().any(|(m, _)| m == n)) {
                parts.push(Arg::from(msg!("output-snap-value-gone", name = name, value = was)));
            }
            let change = joined(parts, Joint::Comma);
            let rule = |d: &Option<DecidedBy>| d.as_ref().map(|d| d.rule.clone());
            match db {
                Some(d) if a != b => {
                    msg!("output-snap-now-decided-by", change = change, rule = &d.rule, place = location(d))
                }
                Some(d) if rule(da) != rule(db) => {
                    msg!("output-snap-rule-changed-below", change = change, place = location(d))
                }
                _ => msg!("input-verbatim", text = change),
            }
        }
    }
}
