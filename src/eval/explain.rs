//! The explanation of a verdict, rule by rule, as plain text for a salesperson.
//!
//! Marks: `✓` the condition holds, `✗` it does not, `?` it is unknown (a fact is missing).
//! Every score's contributions are listed and add up to the score shown (a cap appears as its
//! own line).

use super::questions::Question;
use super::value_text::format_value;
use super::verdict::{Verdict, grade};
use crate::compile::program::{Condition, RuleSet};
use crate::show::{self, ENGLISH};
use crate::value::{Truth, Value, civil_datetime};
use std::fmt::Write;

/// The whole trace for one lead. `name` is how the lead is called (its key or row).
pub fn explain(rules: &RuleSet, lead: &[Value], verdict: &Verdict, questions: &[Question], name: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "lead {name}: {}", rules.class_name(verdict.class_rule));
    if let Some(class_rule) = rules.classes.get(verdict.class_rule) {
        let _ =
            writeln!(out, "  decided by {}: {}", rules.location(class_rule.span), rules.source_line(class_rule.head));
        if let Some(p) = &class_rule.playbook {
            let _ = writeln!(out, "  playbook: {p}");
        }
    }
    if !rules.gates.is_empty() {
        let _ = writeln!(
            out,
            "\nminimum: {}",
            match verdict.minimum {
                Truth::True => "passed",
                Truth::False => "failed",
                Truth::Unknown => "not sure (a fact is missing)",
            }
        );
        for (gate, passes) in rules.gates.iter().zip(verdict.gates()) {
            let mut line = format!("  {} {}", mark(*passes), rules.source_line(gate.span));
            if *passes == Truth::False {
                let _ = write!(line, "  ← fails: {}", gate.reason);
            }
            let _ = writeln!(out, "{line}{}", facts(rules, lead, &gate.condition));
        }
    }
    for (i, (fw, result)) in rules.frameworks.iter().zip(&verdict.frameworks).enumerate() {
        let verb = match result.passes {
            Truth::True => "passes",
            Truth::False => "fails",
            Truth::Unknown => "undecided",
        };
        let _ = writeln!(
            out,
            "\nframework {}: {verb} ({} of {} met, needs {})",
            fw.name,
            result.met,
            fw.criteria.len(),
            fw.needed
        );
        for (c, t) in fw.criteria.iter().zip(verdict.criteria(i)) {
            let _ = writeln!(out, "  {} {}{}", mark(*t), rules.source_line(c.span), facts(rules, lead, &c.condition));
        }
    }
    for (i, (profile, result)) in rules.profiles.iter().zip(&verdict.profiles).enumerate() {
        let _ = writeln!(
            out,
            "\nprofile {}: fit {} (grade {})",
            profile.name,
            ENGLISH.percent(result.fit),
            grade(result.fit)
        );
        for (c, t) in profile.criteria.iter().zip(verdict.matched(i)) {
            let _ = writeln!(out, "  {} {}{}", mark(*t), rules.source_line(c.span), facts(rules, lead, &c.condition));
        }
    }
    for (i, (score, result)) in rules.scores.iter().zip(&verdict.scores).enumerate() {
        let _ = writeln!(out, "\n{}: {}", score.display_name(), number(result.total));
        // Each line ends in its contribution; the contributions add up to the total.
        let mut lines: Vec<(String, String, String)> = score
            .rules
            .iter()
            .zip(verdict.fired(i))
            .map(|(r, t)| {
                let points = if t.fires() { format!("{:+}", r.weight) } else { "0".to_string() };
                (format!("{} {}", mark(*t), rules.source_line(r.span)), points, facts(rules, lead, &r.condition))
            })
            .collect();
        if result.total != result.raw {
            let cap = number(score.cap.unwrap_or(result.total));
            lines.push((format!("  capped at {cap}"), format!("{:+}", result.total - result.raw), String::new()));
        }
        let width = lines.iter().map(|(text, _, _)| show::width(text)).max().unwrap_or(0);
        for (text, points, facts) in &lines {
            let _ = writeln!(out, "  {}  → {points}{facts}", show::pad_end(text, width));
        }
        let _ = writeln!(out, "  {}  = {}", " ".repeat(width), number(result.total));
    }
    if let (Some(deal), Some(result)) = (&rules.deal, &verdict.deal) {
        let _ = writeln!(out, "\ndeal:");
        if deal.size.is_some() {
            let _ = writeln!(out, "  size {}", result.size.map_or("unknown".into(), |size| ENGLISH.money(size)));
        }
        if let Some(p) = result.probability {
            let _ = writeln!(out, "  probability {} (weighted match)", ENGLISH.percent(p));
            for (c, chosen) in deal.criteria.iter().zip(&result.ratings) {
                let rating = chosen.map_or(format!("{} (no rating applied)", ENGLISH.percent(0.0)), |k| {
                    ENGLISH.percent(c.ratings[k].0)
                });
                let _ = writeln!(out, "    {} importance {}: match {rating}", c.name, number(c.importance));
            }
        }
        if let Some(p) = result.priority {
            let _ = writeln!(out, "  priority {} (probability × size)", ENGLISH.money(p));
        }
    }
    let _ = writeln!(out, "\nclassify:");
    for (i, t) in rules.classes.ids().iter().zip(verdict.class_rules()) {
        let rule = &rules.classes[i];
        let decided = if i == verdict.class_rule { "  ← decided" } else { "" };
        let facts = rule.condition.as_ref().map_or(String::new(), |c| facts(rules, lead, c));
        let _ = writeln!(
            out,
            "  {} {}: {}{decided}{facts}",
            mark(*t),
            rules.location(rule.span),
            rules.source_line(rule.head)
        );
    }
    if let (Some(t), Some(i)) = (&rules.temperature, verdict.temperature_rule) {
        let rule = &t.rules[i];
        let mut line = format!("\ntemperature: {}", t.names[rule.name.index()]);
        if let Some(w) = rule.respond_within {
            let _ = write!(line, ", respond within {}", ENGLISH.duration(w));
        }
        if let Some(by) = verdict.respond_by.and_then(civil_datetime) {
            let _ = write!(line, ", by {}", show::minute(&by));
        }
        let _ = writeln!(out, "{line}");
        for (r, truth) in t.rules.iter().zip(verdict.temperature_rules()) {
            let facts = r.condition.as_ref().map_or(String::new(), |c| facts(rules, lead, c));
            let _ = writeln!(out, "  {} {}{facts}", mark(*truth), rules.source_line(r.head));
        }
    } else if rules.temperature.is_some() && verdict.disqualified() {
        let _ = writeln!(out, "\ntemperature: none, the lead fails the minimum (disqualified leads get no deadline)");
    }
    let unknown: Vec<&str> = rules
        .schema
        .fields
        .iter()
        .enumerate()
        .filter(|(slot, f)| f.used && !lead[*slot].is_known())
        .map(|(_, f)| f.name.as_str())
        .collect();
    if !unknown.is_empty() {
        let _ = writeln!(out, "\nunknown: {}", unknown.join(", "));
    }
    if !questions.is_empty() {
        let _ = writeln!(out, "questions that could change the class:");
        for q in questions {
            let _ = writeln!(out, "  - {}", q.describe(rules));
        }
    }
    out
}

fn mark(t: Truth) -> &'static str {
    match t {
        Truth::True => "✓",
        Truth::False => "✗",
        Truth::Unknown => "?",
    }
}

/// `   [employees = 200, industry = it]`: the values of the fields a condition reads.
fn facts(rules: &RuleSet, lead: &[Value], condition: &Condition) -> String {
    let slots = &condition.reads;
    if slots.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = slots
        .iter()
        .map(|&s| {
            format!("{} = {}", rules.schema.fields[s.index()].name, format_value(rules, s.index(), &lead[s.index()]))
        })
        .collect();
    format!("   [{}]", shown.join(", "))
}

fn number(v: f64) -> String {
    ENGLISH.number(v)
}
