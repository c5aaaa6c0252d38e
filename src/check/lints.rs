//! Warnings: rules that can never fire, thresholds no lead can reach, gates no lead passes
//! together, fields nobody reads.
//!
//! These never stop a definition from running, but each is almost always a mistake.

use super::Checker;
use super::constant;
use super::model::*;
use crate::diagnostic::{Code, Diagnostic};
use crate::message::Arg;
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{BinaryOp, Item, RuleFile};

impl Checker {
    pub(super) fn lints(&mut self, file: &RuleFile, model: &Model) {
        // A misspelt name leaves its field looking unused; the spelling error says it all.
        if !self.diagnostics.iter().any(|d| d.code == Code::UnknownName) {
            self.unused_fields(file, model);
        }
        self.unreachable_thresholds(model);
        self.repeated_lines(file);
        for found in super::chains::gates_never_pass(&self.sources, &model.gates) {
            self.report(found);
        }
        self.shadowed_rules(&model.classes, Block::Classify);
        if let Some(t) = &model.temperature {
            self.shadowed_rules(&t.rules, Block::Temperature);
        }
    }

    fn unused_fields(&mut self, file: &RuleFile, model: &Model) {
        let imported_via = self.imported_via.clone();
        let decls = file
            .items
            .iter()
            .enumerate()
            // A used file's fields are the used file's business.
            .filter(|(index, _)| imported_via.get(*index).copied().flatten().is_none())
            .filter_map(|(_, i)| if let Item::Fields(b) = i { Some(b) } else { None })
            .flat_map(|b| &b.fields);
        for decl in decls {
            let Some(&slot) = self.names.fields.get(&decl.name.name) else { continue };
            if self.used_fields[slot]
                || model.schema.key == Some(slot)
                || model.field_spans.get(slot) != Some(&Span::from(decl.span))
            {
                continue;
            }
            self.report(
                Diagnostic::new(
                    Code::UnusedField,
                    msg!("check-unused-field", name = &decl.name.name),
                    decl.name.span,
                    msg!("check-unused-field-label"),
                )
                .with_help(msg!("check-unused-field-help")),
            );
        }
    }

    fn unreachable_thresholds(&mut self, model: &Model) {
        let mut found = Vec::new();
        let sources = &self.sources;
        for c in conditions(model) {
            c.walk(&mut |e| match &e.kind {
                TExprKind::Binary(op, a, b) if op.is_comparison() => found.extend(
                    never_true(model, *op, a, b)
                        .or_else(|| constant::duration_at_least_zero(sources, *op, a, b, e.span.into())),
                ),
                _ => found.extend(constant::constant_condition(model, sources, e)),
            });
        }
        // A chain is looked at from each `and` (`or`) in it: the same finding once.
        let mut seen: Vec<(Code, Option<Span>)> = Vec::new();
        for d in found {
            let key = (d.code, d.labels.first().map(|l| l.span));
            if !seen.contains(&key) {
                seen.push(key);
                self.report(d);
            }
        }
    }

    /// Warns about a rule that an earlier rule of the same block always takes first.
    fn shadowed_rules(&mut self, rules: &[RuleModel], block: Block) {
        for (i, rule) in rules.iter().enumerate() {
            let Some(condition) = &rule.condition else { continue };
            // A placeholder left by an error stands for nothing: it implies nothing either.
            let earlier = rules[..i].iter().find(|r| {
                r.condition.as_ref().is_some_and(|e| !has_error(e) && !has_error(condition) && implies(condition, e))
            });
            if let Some(earlier) = earlier {
                let message = match block {
                    Block::Classify => msg!("check-class-rule-shadowed", name = &rule.name),
                    Block::Temperature => msg!("check-temperature-rule-shadowed", name = &rule.name),
                };
                self.report(
                    Diagnostic::new(Code::UnreachableRule, message, rule.span, msg!("check-rule-shadowed-label"))
                        .with_label(earlier.span, msg!("check-rule-shadowed-earlier", name = &earlier.name))
                        .with_help(msg!("check-rule-shadowed-help")),
                );
            }
        }
    }
}

/// The first-match blocks whose rules may shadow each other.
#[derive(Clone, Copy)]
enum Block {
    Classify,
    Temperature,
}

/// What a bounded number is: its name as written, its least and greatest value, whether it is
/// a percentage (kept as a fraction, shown as a percentage) and whether it is a score.
pub(super) struct Bounds {
    /// What is bounded: a named score as written, or the program's words for a built-in
    /// (`score`, `ICP.fit`), shown in the keywords of the file.
    pub name: Arg,
    pub low: f64,
    pub high: f64,
    pub percent: bool,
    /// Whether it is a score, which more points can raise.
    pub points: bool,
}

impl Bounds {
    pub fn show(&self, value: f64) -> String {
        if self.percent { format!("{}%", round(value * 100.0)) } else { format!("{}", round(value)) }
    }
}

/// A number with the noise of binary fractions removed (`70`, not `70.00000000000001`).
pub(super) fn round(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

/// The range of values a derived number can take, when it is bounded.
pub(super) fn range_of(model: &Model, e: &TExpr) -> Option<Bounds> {
    let (name, (low, high), percent) = match e.kind {
        TExprKind::Score(i) => {
            let name = match &model.scores[i].name {
                Some(name) => Arg::from(name),
                None => Arg::code("score"),
            };
            (name, model.scores[i].range(), false)
        }
        TExprKind::ProfileFit(i) => (Arg::code(format!("{}.fit", model.profiles[i].name)), (0.0, 1.0), true),
        TExprKind::FrameworkMet(i) => {
            let met = Arg::code(format!("{}.met", model.frameworks[i].name));
            (met, (0.0, model.frameworks[i].criteria.len() as f64), false)
        }
        TExprKind::DealProbability => (Arg::code("deal.probability"), (0.0, 1.0), true),
        _ => return None,
    };
    let points = matches!(e.kind, TExprKind::Score(_));
    Some(Bounds { name, low, high, percent, points })
}

/// A comparison of a bounded value with a constant, the constant's side first flipped away:
/// (operator as if the bounded value were on the left, the bounded value, the constant).
pub(super) fn bounded_comparison<'a>(
    model: &Model,
    op: BinaryOp,
    a: &'a TExpr,
    b: &'a TExpr,
) -> Option<(BinaryOp, Bounds, &'a TExpr, f64)> {
    let (op, bounded, literal, constant) = match (number(a), number(b)) {
        (_, Some(c)) => (op, a, b, c),
        (Some(c), _) => (flip(op), b, a, c),
        _ => return None,
    };
    let bounds = range_of(model, bounded)?;
    let units_agree = match (literal.ty, bounded.ty) {
        (Type::Num(x), Type::Num(y)) => super::expr::unify(x, y).is_some(),
        _ => false,
    };
    // A unit mistake (`ICP.fit >= 70`) is reported by the type check; the number means nothing yet.
    units_agree.then_some((op, bounds, literal, constant))
}

/// A number written in the rule, negated or not (`-10`); not a duration (`5 days`).
fn number(e: &TExpr) -> Option<f64> {
    match &e.kind {
        TExprKind::Number(c) => Some(*c),
        TExprKind::Neg(inner) => number(inner).map(|c| -c),
        _ => None,
    }
}

fn never_true(model: &Model, op: BinaryOp, a: &TExpr, b: &TExpr) -> Option<Diagnostic> {
    let (op, bounds, literal, constant) = bounded_comparison(model, op, a, b)?;
    let (lo, hi) = (bounds.low, bounds.high);
    let impossible = match op {
        BinaryOp::Ge => constant > hi,
        BinaryOp::Gt => constant >= hi,
        BinaryOp::Le => constant < lo,
        BinaryOp::Lt => constant <= lo,
        BinaryOp::Eq => constant < lo || constant > hi,
        _ => false,
    };
    if !impossible {
        return constant::always_true(op, &bounds, literal, constant, a.span.to(b.span).into());
    }
    let name = bounds.name.clone();
    // Which way the threshold is out of reach follows the comparison (`> 100%` asks for more
    // than the most, as `>= 101%` does), and only `=` needs the constant to say it.
    let too_high = match op {
        BinaryOp::Ge | BinaryOp::Gt => true,
        BinaryOp::Le | BinaryOp::Lt => false,
        _ => constant > hi,
    };
    let strict = if matches!(op, BinaryOp::Gt | BinaryOp::Lt) { "yes" } else { "no" };
    let kind = if bounds.percent && constant > 1.0 {
        "percent"
    } else if too_high && bounds.points {
        "score"
    } else {
        "other"
    };
    let (label, help) = if too_high {
        let value = bounds.show(hi);
        let help = msg!("check-threshold-lower-help", value = &value, strict = strict, kind = kind);
        (msg!("check-bounded-at-most", name = name, value = &value), help)
    } else {
        let value = bounds.show(lo);
        let help = msg!("check-threshold-raise-help", value = &value, strict = strict, kind = kind);
        (msg!("check-bounded-at-least", name = name, value = &value), help)
    };
    Some(
        Diagnostic::new(Code::UnreachableThreshold, msg!("check-unreachable-threshold"), literal.span, label)
            .with_label(a.span.to(b.span), msg!("check-never-true"))
            .with_help(help),
    )
}

pub(super) fn flip(op: BinaryOp) -> BinaryOp {
    match op {
        BinaryOp::Lt => BinaryOp::Gt,
        BinaryOp::Le => BinaryOp::Ge,
        BinaryOp::Gt => BinaryOp::Lt,
        BinaryOp::Ge => BinaryOp::Le,
        other => other,
    }
}

/// Whether an expression holds a placeholder left by an error.
fn has_error(e: &TExpr) -> bool {
    let mut found = false;
    e.walk(&mut |x| found |= x.ty == Type::Error);
    found
}

/// Every condition of the definition (gates, criteria, score rules, class and temperature rules).
pub(super) fn conditions(model: &Model) -> Vec<&TExpr> {
    let mut conditions: Vec<&TExpr> = Vec::new();
    conditions.extend(model.gates.iter().map(|g| &g.condition));
    for fw in &model.frameworks {
        conditions.extend(fw.criteria.iter().map(|c| &c.condition));
    }
    for p in &model.profiles {
        conditions.extend(p.criteria.iter().map(|c| &c.condition));
    }
    for s in &model.scores {
        conditions.extend(s.rules.iter().map(|c| &c.condition));
    }
    conditions.extend(model.classes.iter().filter_map(|r| r.condition.as_ref()));
    if let Some(t) = &model.temperature {
        conditions.extend(t.rules.iter().filter_map(|r| r.condition.as_ref()));
    }
    conditions.extend(model.flags.iter().map(|f| &f.condition));
    conditions.extend(model.lets.iter().map(|l| &l.condition));
    conditions
}

/// Whether `later` being true always makes `earlier` true (a sound, incomplete test).
pub(super) fn implies(later: &TExpr, earlier: &TExpr) -> bool {
    let (later, earlier) = (later.unnamed(), earlier.unnamed());
    if later == earlier || matches!(earlier.kind, TExprKind::Bool(true)) {
        return true;
    }
    match (&later.kind, &earlier.kind) {
        (_, TExprKind::Binary(BinaryOp::Or, a, b)) if implies(later, a) || implies(later, b) => true,
        (_, TExprKind::Binary(BinaryOp::And, a, b)) if implies(later, a) && implies(later, b) => true,
        (TExprKind::Binary(BinaryOp::And, a, b), _) => implies(a, earlier) || implies(b, earlier),
        (TExprKind::Binary(BinaryOp::Or, a, b), _) => implies(a, earlier) && implies(b, earlier),
        _ => match (interval(later), interval(earlier)) {
            (Some((x, lo1, hi1)), Some((y, lo2, hi2))) => x == y && lo1 >= lo2 && hi1 <= hi2,
            _ => false,
        },
    }
}

/// A comparison of something with a constant as the interval of values it admits (ends
/// inclusive; strict bounds nudged inward, which keeps the test sound).
pub(super) fn interval(e: &TExpr) -> Option<(&TExpr, f64, f64)> {
    let TExprKind::Binary(op, a, b) = &e.unnamed().kind else { return None };
    let (op, x, c) = match (&a.kind, &b.kind) {
        (_, TExprKind::Number(c)) => (*op, a.as_ref(), *c),
        (TExprKind::Number(c), _) => (flip(*op), b.as_ref(), *c),
        _ => return None,
    };
    let tiny = f64::EPSILON * c.abs().max(1.0);
    match op {
        BinaryOp::Ge => Some((x, c, f64::INFINITY)),
        BinaryOp::Gt => Some((x, c + tiny, f64::INFINITY)),
        BinaryOp::Le => Some((x, f64::NEG_INFINITY, c)),
        BinaryOp::Lt => Some((x, f64::NEG_INFINITY, c - tiny)),
        BinaryOp::Eq => Some((x, c, c)),
        _ => None,
    }
}
