//! How the reports say why leads moved, in the report's language: each change between the two
//! definitions on one line (`classify, threshold changed: line 58: SQL when score >= 70 → line 66:
//! SQL when score >= 60; 70 → 60`), the conversion of a moved cell, and the changes that touched
//! its leads with how many.

use super::figures::Words;
use super::model::{DefinitionDiff, MovedLead, Transition};
use super::why::{CLASSIFY, ChangeKind, MINIMUM, RuleAt, RuleChange};
use crate::message::Message;
use crate::msg;

/// `minimum`, `classify` and the unnamed `score`: keywords, so spelt as the definition spells
/// its keywords, like the rules the report quotes after them and the blocks `suggest` names
/// (`score` in an English-keyword file, `баллы` in a Russian one, whatever the report's
/// language); in the report's language only when the definition's is not known. Other blocks
/// by their author's names.
pub fn block(name: &str, words: Words) -> String {
    let (english, id) = match name {
        MINIMUM => ("minimum", "backtest-block-minimum"),
        CLASSIFY => ("classify", "backtest-block-classify"),
        "score" => ("score", "backtest-block-score"),
        _ => return name.to_string(),
    };
    match words.keywords {
        Some(keywords) => crate::locale::words::spell(keywords, english).to_string(),
        None => words.say(&Message::new(id)),
    }
}

fn kind(kind: ChangeKind) -> Message {
    Message::new(match kind {
        ChangeKind::Threshold => "backtest-change-threshold",
        ChangeKind::Points => "backtest-change-points",
        ChangeKind::Weight => "backtest-change-weight",
        ChangeKind::Needed => "backtest-change-needed",
        ChangeKind::Cap => "backtest-change-cap",
        ChangeKind::Growth => "backtest-change-growth",
        ChangeKind::Added => "backtest-change-added",
        ChangeKind::Removed => "backtest-change-removed",
        ChangeKind::Rewritten => "backtest-change-rewritten",
    })
}

/// `line 58: SQL when score >= 70`, its place in the report's language.
pub fn at(r: &RuleAt, words: Words) -> String {
    let line = r.line.to_string();
    let place = match &r.file {
        Some(file) => msg!("eval-place-in-file", file = file.as_str(), line = line),
        None => msg!("eval-place", line = line),
    };
    format!("{}: {}", words.say(&place), r.rule)
}

/// The old and new values of a change: `70 → 60, [a, b] → [a]`.
pub fn values(c: &RuleChange, words: Words) -> String {
    c.values
        .iter()
        .map(|v| format!("{} → {}", v.old.text(words.lang), v.new.text(words.lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One change on one line.
pub fn change(c: &RuleChange, words: Words) -> String {
    let sides = match (&c.old, &c.new) {
        (Some(a), Some(b)) if a == b => at(a, words),
        (Some(a), Some(b)) => format!("{} → {}", at(a, words), at(b, words)),
        (Some(a), None) | (None, Some(a)) => at(a, words),
        (None, None) => String::new(),
    };
    let mut line = format!("{}, {}: {sides}", block(&c.block, words), words.say(&kind(c.kind)));
    if !c.values.is_empty() {
        line.push_str("; ");
        line.push_str(&values(c, words));
    }
    line
}

/// The conversion of a moved cell: `conversion 62.7% (60.1–65.3%)`.
pub fn conversion(t: &Transition, words: Words) -> String {
    words.say(&msg!(
        "backtest-text-diff-cell-conversion",
        lost = t.lost,
        conversion = words.percent_tenths(t.conversion),
        interval = words.interval_tenths(t.interval)
    ))
}

/// The changes that touched a moved cell's leads, one line each with how many.
pub fn reasons(t: &Transition, d: &DefinitionDiff, words: Words) -> Vec<String> {
    t.reasons
        .iter()
        .filter_map(|r| d.changes.get(r.change).map(|c| (c, r.leads)))
        .map(|(c, leads)| words.say(&msg!("backtest-text-diff-reason", change = change(c, words), leads = leads)))
        .collect()
}

/// A moved lead with its old and new score when the definitions have one; a score the change
/// left as it was is said once (`score 45 (unchanged)`), not as `45 → 45`.
pub fn example(e: &MovedLead, words: Words) -> String {
    let number = |s: f64| words.style.number(s);
    let message = match (e.old_score, e.new_score) {
        (Some(a), Some(b)) if number(a) == number(b) => msg!(
            "backtest-text-diff-example-score-kept",
            id = e.id.text(words.lang),
            score = number(a),
            old = e.old_rule.text(words.lang),
            new = e.new_rule.text(words.lang)
        ),
        (Some(a), Some(b)) => msg!(
            "backtest-text-diff-example-scores",
            id = e.id.text(words.lang),
            old_score = number(a),
            new_score = number(b),
            old = e.old_rule.text(words.lang),
            new = e.new_rule.text(words.lang)
        ),
        _ => {
            msg!(
                "backtest-text-diff-example",
                id = e.id.text(words.lang),
                old = e.old_rule.text(words.lang),
                new = e.new_rule.text(words.lang)
            )
        }
    };
    words.say(&message)
}

/// The section of every change between the definitions.
pub fn changes(d: &DefinitionDiff, words: Words) -> String {
    let mut out = words.say(&msg!("backtest-text-diff-changes")) + "\n";
    if d.changes.is_empty() {
        out.push_str(&format!("  {}\n", words.say(&msg!("backtest-text-diff-no-changes"))));
    }
    for c in &d.changes {
        out.push_str(&format!("  {}\n", change(c, words)));
    }
    out
}
