//! Warnings: rules that can never fire, thresholds no lead can reach, fields nobody reads.
//!
//! These never stop a definition from running, but each is almost always a mistake.

use super::Checker;
use super::model::*;
use crate::diagnostic::{Code, Diagnostic};
use crate::span::Span;
use crate::syntax::ast::{BinaryOp, Item, RuleFile};

impl Checker {
    pub(super) fn lints(&mut self, file: &RuleFile, model: &Model) {
        // A misspelt name leaves its field looking unused; the spelling error says it all.
        if !self.diagnostics.iter().any(|d| d.code == Code::UnknownName) {
            self.unused_fields(file, model);
        }
        self.unreachable_thresholds(model);
        self.shadowed_rules(&model.classes, "class");
        if let Some(t) = &model.temperature {
            self.shadowed_rules(&t.rules, "temperature");
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
                    format!("no rule uses the field `{}`", decl.name.name),
                    decl.name.span,
                    "declared but never read",
                )
                .with_help("use it in a rule, or remove it from `fields` if the committee dropped it"),
            );
        }
    }

    fn unreachable_thresholds(&mut self, model: &Model) {
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
        let mut found = Vec::new();
        for c in conditions {
            c.walk(&mut |e| {
                if let TExprKind::Binary(op, a, b) = &e.kind
                    && let Some(d) = never_true(model, *op, a, b)
                {
                    found.push(d);
                }
            });
        }
        for d in found {
            self.report(d);
        }
    }

    /// Warns about a rule that an earlier rule of the same block always takes first.
    fn shadowed_rules(&mut self, rules: &[RuleModel], what: &str) {
        for (i, rule) in rules.iter().enumerate() {
            let Some(condition) = &rule.condition else { continue };
            let earlier = rules[..i].iter().find(|r| r.condition.as_ref().is_some_and(|e| implies(condition, e)));
            if let Some(earlier) = earlier {
                self.report(
                    Diagnostic::new(
                        Code::UnreachableRule,
                        format!("the {what} rule for `{}` can never be chosen", rule.name),
                        rule.span,
                        "every lead this matches is taken earlier",
                    )
                    .with_label(earlier.span, format!("this earlier rule for `{}` always wins", earlier.name))
                    .with_help("move the narrower rule above the wider one, or change its condition"),
                );
            }
        }
    }
}

/// The range of values a derived number can take, when it is bounded.
fn range_of(model: &Model, e: &TExpr) -> Option<(f64, f64, String)> {
    match e.kind {
        TExprKind::Score(i) => {
            let (lo, hi) = model.scores[i].range();
            Some((lo, hi, format!("`{}` is at most {hi} and at least {lo}", model.scores[i].display_name())))
        }
        TExprKind::ProfileFit(i) => {
            Some((0.0, 1.0, format!("`{}.fit` is between 0% and 100%", model.profiles[i].name)))
        }
        TExprKind::FrameworkMet(i) => {
            let n = model.frameworks[i].criteria.len() as f64;
            Some((0.0, n, format!("`{}.met` is between 0 and {n}", model.frameworks[i].name)))
        }
        TExprKind::DealProbability => Some((0.0, 1.0, "`deal.probability` is between 0% and 100%".into())),
        _ => None,
    }
}

fn never_true(model: &Model, op: BinaryOp, a: &TExpr, b: &TExpr) -> Option<Diagnostic> {
    let (op, bounded, constant) = match (&a.kind, &b.kind) {
        (_, TExprKind::Number(c)) => (op, a, *c),
        (TExprKind::Number(c), _) => (flip(op), b, *c),
        _ => return None,
    };
    let (lo, hi, bounds) = range_of(model, bounded)?;
    let literal = if std::ptr::eq(bounded, a) { b } else { a };
    let units_agree = match (literal.ty, bounded.ty) {
        (Type::Num(x), Type::Num(y)) => super::expr::unify(x, y).is_some(),
        _ => false,
    };
    if !units_agree {
        // A unit mistake (`ICP.fit >= 70`) is reported by the type check; the number means nothing yet.
        return None;
    }
    let impossible = match op {
        BinaryOp::Ge => constant > hi,
        BinaryOp::Gt => constant >= hi,
        BinaryOp::Le => constant < lo,
        BinaryOp::Lt => constant <= lo,
        BinaryOp::Eq => constant < lo || constant > hi,
        _ => false,
    };
    impossible.then(|| {
        Diagnostic::new(Code::UnreachableThreshold, "no lead can reach this threshold", a.span.to(b.span), "never true")
            .with_note(bounds)
            .with_help("lower the threshold, or add points so it can be reached")
    })
}

fn flip(op: BinaryOp) -> BinaryOp {
    match op {
        BinaryOp::Lt => BinaryOp::Gt,
        BinaryOp::Le => BinaryOp::Ge,
        BinaryOp::Gt => BinaryOp::Lt,
        BinaryOp::Ge => BinaryOp::Le,
        other => other,
    }
}

/// Whether `later` being true always makes `earlier` true (a sound, incomplete test).
pub(super) fn implies(later: &TExpr, earlier: &TExpr) -> bool {
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
fn interval(e: &TExpr) -> Option<(&TExpr, f64, f64)> {
    let TExprKind::Binary(op, a, b) = &e.kind else { return None };
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
