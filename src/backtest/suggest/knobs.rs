//! The numbers of a definition that `suggest` may move: the thresholds of the gates, profile
//! criteria, score lines and class rules, the points of each score line and the weight of each
//! profile criterion, each with the exact place of its literal in the author's text (so a
//! suggestion edits only that literal) and what it is compared with (the score, a fit, a field).

use crate::span::Loc;
use crate::syntax::ast::{BinaryOp, DurationUnit, Expr, ExprKind, Item, Literal, RuleFile, UnaryOp, When};
use serde::Serialize;
use std::ops::Range;

/// What a number of the definition is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KnobKind {
    /// A number a condition compares with, in a gate, criterion, score line or class rule.
    Threshold,
    /// A score line's points.
    Points,
    /// A profile criterion's weight.
    Weight,
}

/// What a threshold is compared with: where its candidate values come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// The main score, or a score block's name.
    Score,
    /// A profile's fit (`ICP.fit >= 70%`).
    Fit,
    /// A field of the lead, by name.
    Field(String),
    /// Points and weights: moved by steps of their own value.
    Own,
}

/// How the literal is written, to write a new value the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `70`, `1_000` (`grouped`: written with `_`), `1.5`.
    Plain { grouped: bool },
    /// `70%`.
    Percent,
    /// `+40`, `-10`.
    Signed,
    /// `5 minutes`, `30 дней`: the value in its unit, the unit word in the language it was
    /// written in.
    Duration { unit: DurationUnit, russian: bool },
    /// `2026-03-01`: the value in days since 1970-01-01.
    Date,
}

impl Form {
    /// A field's value as `suggest` gathers it (seconds, percentage points, civil seconds) in
    /// the unit of a literal of this form (minutes, percentage points, days).
    pub fn from_stored(self, stored: f64) -> f64 {
        match self {
            Form::Duration { unit, .. } => stored / unit.seconds(),
            Form::Date => (stored / 86_400.0).floor(),
            _ => stored,
        }
    }
}

/// One number of the definition that can be moved.
#[derive(Clone, Debug, PartialEq)]
pub struct Knob {
    pub kind: KnobKind,
    /// `minimum`, `profile ICP`, `score`, `classify`.
    pub block: String,
    /// 1-based line of the literal, and that line as written (trimmed).
    pub line: usize,
    pub rule: String,
    /// Bytes of the literal in the file's text.
    pub span: Range<usize>,
    /// The value as written: 70 for `70%`, 40 for `+40`.
    pub value: f64,
    pub form: Form,
    pub subject: Subject,
    /// The comparison, for a threshold (`>=`), with the literal on its right.
    pub op: Option<BinaryOp>,
}

/// Every movable number of a parsed rule file, in the order of the file.
pub fn knobs(file: &RuleFile, text: &str) -> Vec<Knob> {
    let mut found = Vec::new();
    let mut add = |kind, block: &str, span: Loc, value: f64, form, subject, op| {
        let range = span_range(span, text);
        if range.is_empty() {
            return;
        }
        let (line, rule) = line_of(text, range.start);
        found.push(Knob { kind, block: block.to_string(), line, rule, span: range, value, form, subject, op });
    };
    for item in &file.items {
        match item {
            Item::Minimum(m) => {
                let block = keyword_at(text, m.span);
                for gate in &m.gates {
                    thresholds(&gate.condition, text, &mut |s, v, f, subj, op| {
                        add(KnobKind::Threshold, &block, s, v, f, subj, op)
                    });
                }
            }
            Item::Profile(p) => {
                let block = format!("{} {}", keyword_at(text, p.span), p.name.name);
                for c in &p.criteria {
                    thresholds(&c.condition, text, &mut |s, v, f, subj, op| {
                        add(KnobKind::Threshold, &block, s, v, f, subj, op)
                    });
                    add(
                        KnobKind::Weight,
                        &block,
                        c.weight.span,
                        c.weight.node,
                        Form::Plain { grouped: false },
                        Subject::Own,
                        None,
                    );
                }
            }
            Item::Score(s) => {
                let block = match &s.name {
                    Some(n) => format!("{} {}", keyword_at(text, s.span), n.name),
                    None => keyword_at(text, s.span),
                };
                // A growing line's points per step are a knob; its step and cap are not.
                for rule in &s.rules {
                    if let Some(condition) = rule.condition() {
                        thresholds(condition, text, &mut |sp, v, f, subj, op| {
                            add(KnobKind::Threshold, &block, sp, v, f, subj, op)
                        });
                    }
                    let points = rule.points();
                    add(KnobKind::Points, &block, points.span, points.node, Form::Signed, Subject::Own, None);
                }
            }
            Item::Classify(c) => {
                let block = keyword_at(text, c.span);
                for rule in &c.rules {
                    if let When::Condition(cond) = &rule.when {
                        thresholds(cond, text, &mut |s, v, f, subj, op| {
                            add(KnobKind::Threshold, &block, s, v, f, subj, op)
                        });
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// The numeric comparisons of a condition: `name OP number` or `number OP name`, through `and`,
/// `or` and `not`.
fn thresholds(expr: &Expr, text: &str, found: &mut dyn FnMut(Loc, f64, Form, Subject, Option<BinaryOp>)) {
    match &expr.kind {
        ExprKind::Binary(BinaryOp::And | BinaryOp::Or, a, b) => {
            thresholds(a, text, found);
            thresholds(b, text, found);
        }
        ExprKind::Unary(UnaryOp::Not, a) => thresholds(a, text, found),
        ExprKind::Binary(op, a, b) if op.is_comparison() && !matches!(op, BinaryOp::Eq | BinaryOp::Ne) => {
            if let (Some(subject), Some((value, form))) = (subject_of(a), number_of(b, text)) {
                found(b.span, value, form, subject, Some(*op));
            } else if let (Some((value, form)), Some(subject)) = (number_of(a, text), subject_of(b)) {
                found(a.span, value, form, subject, Some(flipped(*op)));
            }
        }
        _ => {}
    }
}

/// `a < 5` read from the number's side: `5 > a`.
fn flipped(op: BinaryOp) -> BinaryOp {
    match op {
        BinaryOp::Lt => BinaryOp::Gt,
        BinaryOp::Le => BinaryOp::Ge,
        BinaryOp::Gt => BinaryOp::Lt,
        BinaryOp::Ge => BinaryOp::Le,
        other => other,
    }
}

fn subject_of(expr: &Expr) -> Option<Subject> {
    let ExprKind::Ref(names) = &expr.kind else { return None };
    match names.as_slice() {
        [one] if one.name == "score" || one.name == "баллы" => Some(Subject::Score),
        [one] => Some(Subject::Field(one.name.clone())),
        [_, two] if two.name == "fit" || two.name == "соответствие" => Some(Subject::Fit),
        // A named score's threshold moves by steps of its own value: the bands are of the main score.
        [_, two] if two.name == "score" || two.name == "баллы" => Some(Subject::Own),
        _ => None,
    }
}

fn number_of(expr: &Expr, text: &str) -> Option<(f64, Form)> {
    match &expr.kind {
        ExprKind::Literal(Literal::Number(n)) => {
            let written = text.get(span_range(expr.span, text))?;
            Some((*n, Form::Plain { grouped: written.contains('_') }))
        }
        ExprKind::Literal(Literal::Percent(n)) => Some((*n, Form::Percent)),
        ExprKind::Literal(Literal::Duration(q)) => {
            let written = text.get(span_range(expr.span, text))?;
            Some((q.value, Form::Duration { unit: q.unit, russian: crate::syntax::keywords::is_russian(written) }))
        }
        ExprKind::Literal(Literal::Date(d)) => Some((days_since_epoch(*d) as f64, Form::Date)),
        _ => None,
    }
}

/// Days from 1970-01-01 to a date (negative before it).
pub fn days_since_epoch(date: jiff::civil::Date) -> i64 {
    let epoch = jiff::civil::date(1970, 1, 1);
    epoch.until(date).map_or(0, |span| i64::from(span.get_days()))
}

/// The date so many days from 1970-01-01.
pub fn date_of_days(days: i64) -> Option<jiff::civil::Date> {
    jiff::civil::date(1970, 1, 1).checked_add(jiff::Span::new().try_days(days).ok()?).ok()
}

/// The bytes of a span in the file's text (the root file's spans start at 0).
fn span_range(span: Loc, text: &str) -> Range<usize> {
    let range = crate::span::Span::from(span).range();
    if range.end <= text.len() && text.is_char_boundary(range.start) && text.is_char_boundary(range.end) {
        range
    } else {
        0..0
    }
}

/// The keyword a block starts with, as the author wrote it (`score`, `баллы`).
pub fn keyword_at(text: &str, span: Loc) -> String {
    let start = span_range(span, text).start;
    text[start..].split(|c: char| c.is_whitespace() || c == '{').next().unwrap_or_default().to_string()
}

/// The 1-based line of a byte offset, and that line's text trimmed.
pub fn line_of(text: &str, offset: usize) -> (usize, String) {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = text[..offset].matches('\n').count() + 1;
    (line, text[start..end].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_literal_is_found_at_its_place() {
        let text = std::fs::read_to_string("rules/crm-opportunities.rules").expect("shipped rules");
        let parsed = crate::syntax::parse(&text);
        let found = knobs(&parsed.file, &text);
        let written: Vec<(&str, &str)> = found.iter().map(|k| (k.block.as_str(), &text[k.span.clone()])).collect();
        assert_eq!(
            written,
            [
                ("minimum", "50"),
                ("profile ICP", "2"),
                ("profile ICP", "1_000"),
                ("profile ICP", "3"),
                ("profile ICP", "500"),
                ("profile ICP", "2"),
                ("profile ICP", "1"),
                ("score", "70%"),
                ("score", "+40"),
                ("score", "40%"),
                ("score", "+20"),
                ("score", "+20"),
                ("score", "5_000"),
                ("score", "+10"),
                ("classify", "70"),
                ("classify", "40"),
            ]
        );
        let sql = &found[14];
        assert_eq!(
            (sql.line, sql.rule.as_str(), sql.subject.clone()),
            (58, "SQL          when score >= 70", Subject::Score)
        );
        assert_eq!(found[2].subject, Subject::Field("employees".into()));
        assert_eq!(found[7].subject, Subject::Fit);
    }

    #[test]
    fn durations_percentages_and_dates_are_knobs_in_their_unit() {
        let text = "fields {\n  t : number in seconds\n  d : percent\n  c : date\n}\n\nscore {\n  +10 when t >= 5 minutes\n  +5 when d >= 20%\n  +5 when c >= 2026-03-01\n  +5 when t < 2 часа\n}\n";
        let parsed = crate::syntax::parse(text);
        let found: Vec<(String, f64, Form)> = knobs(&parsed.file, text)
            .into_iter()
            .filter(|k| k.kind == KnobKind::Threshold)
            .map(|k| (text[k.span.clone()].to_string(), k.value, k.form))
            .collect();
        let march = days_since_epoch(jiff::civil::date(2026, 3, 1));
        assert_eq!(
            found,
            [
                ("5 minutes".to_string(), 5.0, Form::Duration { unit: DurationUnit::Minutes, russian: false }),
                ("20%".to_string(), 20.0, Form::Percent),
                ("2026-03-01".to_string(), march as f64, Form::Date),
                ("2 часа".to_string(), 2.0, Form::Duration { unit: DurationUnit::Hours, russian: true }),
            ]
        );
        assert_eq!(date_of_days(march), Some(jiff::civil::date(2026, 3, 1)));
        assert_eq!(Form::Date.from_stored(march as f64 * 86_400.0 + 3_600.0), march as f64);
        assert_eq!(Form::Duration { unit: DurationUnit::Minutes, russian: false }.from_stored(300.0), 5.0);
    }
}
