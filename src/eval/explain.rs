//! The explanation of a verdict, rule by rule, as plain text for a salesperson, in the language
//! they chose (the rules' own text, names and values stay as the author wrote them).
//!
//! Marks: `✓` the condition holds, `✗` it does not, `?` it is unknown (a fact is missing).
//! Every score's contributions are listed and add up to the score shown (a cap appears as its
//! own line).

use super::questions::Question;
use super::value_text::value_in;
use super::verdict::{Verdict, grade};
use crate::compile::program::{Condition, Growth, Points, RuleSet};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::show::{self, Style};
use crate::span::Span;
use crate::value::{Truth, Value, civil_datetime};
use std::fmt::Write;

/// Where a rule is, for people: `line 52` in the definition itself, `std/bant.rules line 27`
/// in a file it uses (`строка 52`, `std/bant.rules, строка 27`).
pub fn place(rules: &RuleSet, span: Span) -> Message {
    let line = rules.line(span).to_string();
    match rules.sources.file_of(span) {
        Some(file) if Some(file.base) != rules.sources.root().map(|r| r.base) => {
            msg!("eval-place-in-file", file = file.name.as_str(), line = line)
        }
        _ => msg!("eval-place", line = line),
    }
}

/// The whole trace for one lead in `lang`. `name` is how the lead is called (its key or row).
pub fn explain(
    rules: &RuleSet,
    lead: &[Value],
    verdict: &Verdict,
    questions: &[Question],
    name: &str,
    lang: Lang,
) -> String {
    let style = Style::of(lang);
    let say = |m: Message| lang.text(&m);
    let number = |v: f64| style.number(v);
    let named = named_values(rules, lead, verdict);
    let facts = |c: &Condition| facts(rules, lead, c, &named, lang);
    let mut out = String::new();
    let _ =
        writeln!(out, "{}", say(msg!("eval-explain-lead", name = name, class = rules.class_name(verdict.class_rule))));
    if let Some(class_rule) = rules.classes.get(verdict.class_rule) {
        let decided = msg!(
            "eval-explain-decided-by",
            place = place(rules, class_rule.span),
            rule = rules.source_line(class_rule.head)
        );
        let _ = writeln!(out, "  {}", say(decided));
        if let Some(p) = &class_rule.playbook {
            let _ = writeln!(out, "  {}", say(msg!("eval-explain-playbook", playbook = p)));
        }
    }
    if !rules.gates.is_empty() {
        let minimum = match verdict.minimum {
            Truth::True => msg!("eval-explain-minimum-passed"),
            Truth::False => msg!("eval-explain-minimum-failed"),
            Truth::Unknown => msg!("eval-explain-minimum-unknown"),
        };
        let _ = writeln!(out, "\n{}", say(minimum));
        for (gate, passes) in rules.gates.iter().zip(verdict.gates()) {
            let mut line = format!("  {} {}", mark(*passes), rules.source_line(gate.span));
            if *passes == Truth::False {
                let _ = write!(line, "  ← {}", say(msg!("eval-explain-gate-fails", reason = gate.reason.as_str())));
            }
            let _ = writeln!(out, "{line}{}", facts(&gate.condition));
        }
    }
    for (i, (fw, result)) in rules.frameworks.iter().zip(&verdict.frameworks).enumerate() {
        let id = match result.passes {
            Truth::True => "eval-explain-framework-passes",
            Truth::False => "eval-explain-framework-fails",
            Truth::Unknown => "eval-explain-framework-undecided",
        };
        let heading = Message::new(id)
            .arg("name", fw.name.as_str())
            .arg("met", result.met)
            .arg("total", fw.criteria.len())
            .arg("needed", fw.needed);
        let _ = writeln!(out, "\n{}", say(heading));
        for (c, t) in fw.criteria.iter().zip(verdict.criteria(i)) {
            let _ = writeln!(out, "  {} {}{}", mark(*t), rules.source_line(c.span), facts(&c.condition));
        }
    }
    for (i, (profile, result)) in rules.profiles.iter().zip(&verdict.profiles).enumerate() {
        let heading = msg!(
            "eval-explain-profile",
            name = profile.name.as_str(),
            fit = style.percent(result.fit),
            grade = grade(result.fit).to_string()
        );
        let _ = writeln!(out, "\n{}", say(heading));
        for (c, t) in profile.criteria.iter().zip(verdict.matched(i)) {
            let _ = writeln!(out, "  {} {}{}", mark(*t), rules.source_line(c.span), facts(&c.condition));
        }
    }
    for (i, (score, result)) in rules.scores.iter().zip(&verdict.scores).enumerate() {
        let heading = match &score.name {
            Some(name) => msg!("eval-explain-score-named", name = name.as_str(), total = number(result.total)),
            None => msg!("eval-explain-score", total = number(result.total)),
        };
        let _ = writeln!(out, "\n{}", say(heading));
        // Each line ends in its contribution; the contributions add up to the total.
        let mut lines: Vec<(String, String, String)> = score
            .rules
            .iter()
            .zip(verdict.fired(i))
            .map(|(r, t)| {
                let points = match r.points {
                    _ if !t.fires() => "0".to_string(),
                    Points::Fixed(points) => signed(style, points),
                    Points::Growing(g) => growth(style, lang, &g, lead),
                };
                (format!("{} {}", mark(*t), rules.source_line(r.span)), points, facts(&r.condition))
            })
            .collect();
        if result.total != result.raw {
            let cap = number(score.cap.unwrap_or(result.total));
            lines.push((
                format!("  {}", say(msg!("eval-explain-capped", cap = cap))),
                signed(style, result.total - result.raw),
                String::new(),
            ));
        }
        let width = lines.iter().map(|(text, _, _)| show::width(text)).max().unwrap_or(0);
        for (text, points, facts) in &lines {
            let _ = writeln!(out, "  {}  → {points}{facts}", show::pad_end(text, width));
        }
        let _ = writeln!(out, "  {}  = {}", " ".repeat(width), number(result.total));
    }
    if let (Some(deal), Some(result)) = (&rules.deal, &verdict.deal) {
        let _ = writeln!(out, "\n{}", say(msg!("eval-explain-deal")));
        if deal.size.is_some() {
            let size = match result.size {
                Some(size) => msg!("eval-explain-deal-size", size = style.money(size)),
                None => msg!("eval-explain-deal-size-unknown"),
            };
            let _ = writeln!(out, "  {}", say(size));
        }
        if let Some(p) = result.probability {
            let _ = writeln!(out, "  {}", say(msg!("eval-explain-deal-probability", probability = style.percent(p))));
            for (c, chosen) in deal.criteria.iter().zip(&result.ratings) {
                let criterion = match chosen {
                    Some(k) => msg!(
                        "eval-explain-deal-criterion",
                        name = c.name.as_str(),
                        importance = number(c.importance),
                        rating = style.percent(c.ratings[*k].0)
                    ),
                    None => msg!(
                        "eval-explain-deal-criterion-unrated",
                        name = c.name.as_str(),
                        importance = number(c.importance),
                        rating = style.percent(0.0)
                    ),
                };
                let _ = writeln!(out, "    {}", say(criterion));
            }
        }
        if let Some(p) = result.priority {
            let _ = writeln!(out, "  {}", say(msg!("eval-explain-deal-priority", priority = style.money(p))));
        }
    }
    let _ = writeln!(out, "\n{}", say(msg!("eval-explain-classify")));
    let decided_mark = format!("  ← {}", say(msg!("eval-explain-decided")));
    for (i, t) in rules.classes.ids().iter().zip(verdict.class_rules()) {
        let rule = &rules.classes[i];
        let decided = if i == verdict.class_rule { decided_mark.as_str() } else { "" };
        let facts = rule.condition.as_ref().map_or(String::new(), &facts);
        let _ = writeln!(
            out,
            "  {} {}: {}{decided}{facts}",
            mark(*t),
            say(place(rules, rule.span)),
            rules.source_line(rule.head)
        );
    }
    if let (Some(t), Some(i)) = (&rules.temperature, verdict.temperature_rule) {
        let rule = &t.rules[i];
        let name = t.names[rule.name.index()].as_str();
        let within = rule.respond_within.map(show::duration);
        let by = verdict.respond_by.and_then(civil_datetime).map(|by| show::minute(&by));
        let heading = match (within, by) {
            (None, None) => msg!("eval-explain-temperature", name = name),
            (Some(within), None) => msg!("eval-explain-temperature-within", name = name, within = within),
            (None, Some(by)) => msg!("eval-explain-temperature-by", name = name, by = by),
            (Some(within), Some(by)) => {
                msg!("eval-explain-temperature-within-by", name = name, within = within, by = by)
            }
        };
        let _ = writeln!(out, "\n{}", say(heading));
        for (r, truth) in t.rules.iter().zip(verdict.temperature_rules()) {
            let facts = r.condition.as_ref().map_or(String::new(), &facts);
            let _ = writeln!(out, "  {} {}{facts}", mark(*truth), rules.source_line(r.head));
        }
    } else if rules.temperature.is_some() && verdict.disqualified() {
        let _ = writeln!(out, "\n{}", say(msg!("eval-explain-temperature-disqualified")));
    }
    if !rules.flags.is_empty() {
        let raised: Vec<&str> = verdict.raised_flags(rules).collect();
        let heading = if raised.is_empty() {
            msg!("eval-explain-flags-none")
        } else {
            msg!("eval-explain-flags", flags = raised.join(", "))
        };
        let _ = writeln!(out, "\n{}", say(heading));
        for (flag, t) in rules.flags.iter().zip(verdict.flags()) {
            let _ = writeln!(out, "  {} {}{}", mark(*t), rules.source_line(flag.span), facts(&flag.condition));
        }
    }
    let unknown: Vec<String> = rules
        .schema
        .fields
        .iter()
        .enumerate()
        .filter(|(slot, f)| f.used && !lead[*slot].is_known())
        .map(|(slot, f)| unknown_field(&f.name, &lead[slot]))
        .collect();
    if !unknown.is_empty() {
        let _ = writeln!(out, "\n{}", say(msg!("eval-explain-unknown", fields = unknown.join(", "))));
    }
    if !questions.is_empty() {
        let _ = writeln!(out, "{}", say(msg!("eval-explain-questions")));
        for q in questions {
            let _ = writeln!(out, "  - {}", q.describe_in(rules, lang));
        }
    }
    out
}

/// A field that is not known, for the list of them: its name, and the placeholder it held if it
/// held one (`source = "Select"`), apart from a blank.
pub fn unknown_field(name: &str, value: &Value) -> String {
    match value.placeholder() {
        Some(text) => format!("{name} = \"{text}\""),
        None => name.to_string(),
    }
}

fn mark(t: Truth) -> &'static str {
    match t {
        Truth::True => "✓",
        Truth::False => "✗",
        Truth::Unknown => "?",
    }
}

/// A growing line's points with how they came: `+12 (12 steps × +1)`, `+20 (25 steps × +1, capped
/// at 20)` (`+12 (12 шагов × +1)`).
fn growth(style: Style, lang: Lang, g: &Growth, lead: &[Value]) -> String {
    let value = match lead.get(g.field) {
        Some(Value::Number(v)) => *v,
        _ => return "0".to_string(),
    };
    let steps = g.steps(value);
    let points = g.points(value);
    // Not one whole step: no points, said as a line that gives none says it (never `-0`).
    if points == 0.0 {
        return "0".to_string();
    }
    let how = if points != g.per_points * steps {
        msg!(
            "eval-explain-growth-capped",
            steps = steps as u64,
            per = signed(style, g.per_points),
            cap = style.number(g.cap.abs())
        )
    } else {
        msg!("eval-explain-growth", steps = steps as u64, per = signed(style, g.per_points))
    };
    format!("{} ({})", signed(style, points), lang.text(&how))
}

/// Points with their sign, `+15`, `-20`, `+1.5` (`+1,5` in Russian).
fn signed(style: Style, v: f64) -> String {
    let text = format!("{v:+}");
    if style.decimal_mark == '.' { text } else { text.replace('.', style.decimal_mark.encode_utf8(&mut [0; 4])) }
}

/// The value of each named condition (`let`) for the lead, in the order declared: each one's
/// own code run on a copy of the verdict, which holds every value it may read.
fn named_values(rules: &RuleSet, lead: &[Value], verdict: &Verdict) -> Vec<Truth> {
    if rules.lets.is_empty() {
        return Vec::new();
    }
    let mut scratch = verdict.clone();
    rules.lets.iter().map(|named| super::verdict::truth(rules, &named.condition, lead, &mut scratch)).collect()
}

/// `   [engaged = yes, employees = 200, industry = it]`: the values of the named conditions and
/// of the fields a condition reads.
fn facts(rules: &RuleSet, lead: &[Value], condition: &Condition, named: &[Truth], lang: Lang) -> String {
    let slots = &condition.reads;
    if slots.is_empty() && condition.names.is_empty() {
        return String::new();
    }
    let names = condition.names.iter().filter_map(|&i| {
        let (let_, truth) = (rules.lets.get(i)?, named.get(i)?);
        let word = match truth {
            Truth::True => msg!("eval-value-yes"),
            Truth::False => msg!("eval-value-no"),
            Truth::Unknown => msg!("eval-value-unknown"),
        };
        Some(format!("{} = {}", let_.name, lang.text(&word)))
    });
    let fields = slots.iter().map(|&s| {
        format!("{} = {}", rules.schema.fields[s.index()].name, value_in(lang, rules, s.index(), &lead[s.index()]))
    });
    let shown: Vec<String> = names.chain(fields).collect();
    format!("   [{}]", shown.join(", "))
}
