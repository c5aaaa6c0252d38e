//! The definition in force as readable sections, written into HTML from the compiled rules: the
//! gates with their reasons, the profiles, the frameworks, the scores, the deal, the classes with
//! their playbooks and the temperatures with their deadlines. Each rule is shown as its author
//! wrote it (`RuleSet::source_line`, as `explain` and `decided_by` show it); every text is
//! escaped.

use crate::compile::program::{Rule, RuleSet};
use crate::locale::Lang;
use crate::msg;
use crate::serve::Definition;
use crate::show::{self, escape_html as esc};
use std::fmt::Write;

/// The sections of `definition`, in the order a rule file is read.
pub fn sections(definition: &Definition, lang: Lang) -> String {
    let rules = &definition.rules;
    let mut out = String::new();
    heading(&mut out, definition, lang);
    gates(&mut out, rules, lang);
    for profile in &rules.profiles {
        let _ = write!(
            out,
            "<section class=\"block\" id=\"profile-{}\"><h2>{}</h2><p class=\"explain\">{}</p><ul class=\"rules\">",
            esc(&profile.name),
            esc(&lang.text(&msg!("page-profile", name = profile.name.as_str()))),
            esc(&lang.text(&msg!("page-profile-explain")))
        );
        for criterion in &profile.criteria {
            rule_item(&mut out, rules, criterion.span, None);
        }
        out.push_str("</ul></section>\n");
    }
    for framework in &rules.frameworks {
        let passes = msg!("page-framework-pass", needed = framework.needed, total = framework.criteria.len());
        let _ = write!(
            out,
            "<section class=\"block\" id=\"framework-{}\"><h2>{}</h2><p class=\"explain\">{}</p><ul class=\"rules\">",
            esc(&framework.name),
            esc(&lang.text(&msg!("page-framework", name = framework.name.as_str()))),
            esc(&lang.text(&passes))
        );
        for criterion in &framework.criteria {
            rule_item(&mut out, rules, criterion.span, None);
        }
        out.push_str("</ul></section>\n");
    }
    for score in &rules.scores {
        let title = match &score.name {
            Some(name) => msg!("page-score-named", name = name.as_str()),
            None => msg!("page-score"),
        };
        let _ = write!(
            out,
            "<section class=\"block\" id=\"score-{}\"><h2>{}</h2>",
            esc(score.display_name()),
            esc(&lang.text(&title))
        );
        if let Some(cap) = score.cap {
            let _ = write!(out, "<p class=\"explain\">{}</p>", esc(&lang.text(&msg!("page-score-cap", cap = cap))));
        }
        out.push_str("<ul class=\"rules\">");
        for line in &score.rules {
            rule_item(&mut out, rules, line.span, None);
        }
        out.push_str("</ul></section>\n");
    }
    if let Some(deal) = &rules.deal {
        let _ = write!(
            out,
            "<section class=\"block\" id=\"deal\"><h2>{}</h2><ul class=\"rules\">",
            esc(&lang.text(&msg!("page-deal")))
        );
        for criterion in &deal.criteria {
            rule_item(&mut out, rules, criterion.span, None);
        }
        out.push_str("</ul></section>\n");
    }
    classes(&mut out, rules, lang);
    temperatures(&mut out, rules, lang);
    out
}

/// The name, version, effective date and digest.
fn heading(out: &mut String, definition: &Definition, lang: Lang) {
    let _ = write!(out, "<h1 id=\"definition-name\">{}</h1><p class=\"meta\">", esc(&definition.name));
    let mut parts = Vec::new();
    if !definition.version.is_empty() {
        parts.push(lang.text(&msg!("page-version", version = definition.version.as_str())));
    }
    if let Some(date) = &definition.effective {
        parts.push(lang.text(&msg!("page-effective", date = date.as_str())));
    }
    parts.push(definition.digest.chars().take(19).collect::<String>() + "…");
    out.push_str(&esc(&parts.join(" · ")));
    out.push_str("</p>\n");
}

/// One rule as written, with an optional note after it (a gate's reason, a playbook).
fn rule_item(out: &mut String, rules: &RuleSet, span: crate::span::Span, note: Option<(&str, String)>) {
    let _ = write!(out, "<li><code>{}</code>", esc(&rules.source_line(span)));
    if let Some((class, text)) = note {
        let _ = write!(out, "<div class=\"{class}\">{}</div>", esc(&text));
    }
    out.push_str("</li>");
}

fn gates(out: &mut String, rules: &RuleSet, lang: Lang) {
    let _ = write!(out, "<section class=\"block\" id=\"gates\"><h2>{}</h2>", esc(&lang.text(&msg!("page-gates"))));
    if rules.gates.is_empty() {
        let _ = write!(out, "<p class=\"explain\">{}</p></section>\n", esc(&lang.text(&msg!("page-gates-none"))));
        return;
    }
    let _ =
        write!(out, "<p class=\"explain\">{}</p><ul class=\"rules\">", esc(&lang.text(&msg!("page-gates-explain"))));
    for gate in &rules.gates {
        let reason = lang.text(&msg!("page-gate-reason", reason = gate.reason.as_str()));
        let _ = write!(
            out,
            "<li><div class=\"reason\">{}</div><code>{}</code></li>",
            esc(&reason),
            esc(&rules.source_line(gate.span))
        );
    }
    out.push_str("</ul></section>\n");
}

/// A class or temperature rule: its name, its words, and its playbook or deadline.
fn first_match_item(out: &mut String, rules: &RuleSet, rule: &Rule, name: &str, lang: Lang) {
    let _ = write!(out, "<li><b class=\"name\">{}</b> <code>{}</code>", esc(name), esc(&rules.source_line(rule.head)));
    if let Some(playbook) = &rule.playbook {
        let text = lang.text(&msg!("page-playbook", playbook = playbook.as_str()));
        let _ = write!(out, "<div class=\"playbook\">{}</div>", esc(&text));
    }
    if let Some(seconds) = rule.respond_within {
        let text = lang.text(&msg!("page-respond-within", duration = show::duration(seconds)));
        let _ = write!(out, "<div class=\"deadline\">{}</div>", esc(&text));
    }
    out.push_str("</li>");
}

fn classes(out: &mut String, rules: &RuleSet, lang: Lang) {
    let _ = write!(
        out,
        "<section class=\"block\" id=\"classes\"><h2>{}</h2><p class=\"explain\">{}</p><ol class=\"rules\">",
        esc(&lang.text(&msg!("page-classes"))),
        esc(&lang.text(&msg!("page-classes-explain")))
    );
    for (id, rule) in rules.classes.iter_ids() {
        first_match_item(out, rules, rule, rules.class_name(id), lang);
    }
    out.push_str("</ol></section>\n");
}

fn temperatures(out: &mut String, rules: &RuleSet, lang: Lang) {
    let Some(temperature) = &rules.temperature else { return };
    let _ = write!(
        out,
        "<section class=\"block\" id=\"temperatures\"><h2>{}</h2>",
        esc(&lang.text(&msg!("page-temperatures")))
    );
    let mut explain = Vec::new();
    if let Some(field) = temperature.since.and_then(|slot| rules.schema.fields.get(slot.index())) {
        explain.push(lang.text(&msg!("page-temperatures-since", field = field.name.as_str())));
    }
    explain.push(lang.text(&if temperature.all_leads {
        msg!("page-temperatures-all-leads")
    } else {
        msg!("page-temperatures-qualified-leads")
    }));
    let _ = write!(out, "<p class=\"explain\">{}</p><ol class=\"rules\">", esc(&explain.join(" ")));
    for rule in temperature.rules.iter() {
        let name = temperature.names.get(rule.name.index()).map_or("", String::as_str);
        first_match_item(out, rules, rule, name, lang);
    }
    out.push_str("</ol></section>\n");
}
