//! Conditions whose answer is the same for every lead: a range that is empty or backwards, a
//! comparison a bounded value always passes, `is known` on something that is always computed;
//! chains of `and` never true and of `or` always true are `chains`'.
//!
//! Each is proved from the types and the bounds the checker knows, never guessed: a score or a
//! profile fit is always computed (unknown answers count as not met), a fit lies between 0% and
//! 100%, a score between the sums of its negative and positive points.

use super::lints::{Bounds, range_of};
use super::model::*;
use crate::diagnostic::{Code, Diagnostic, Edit, Fix};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::span::{SourceMap, Span};
use crate::syntax::ast::BinaryOp;

/// A diagnostic when `e` is an `is known` test or a `between` range whose answer is fixed.
pub(super) fn constant_condition(model: &Model, sources: &SourceMap, e: &TExpr) -> Option<Diagnostic> {
    match &e.kind {
        TExprKind::IsKnown(value) => always_known(model, sources, e, value),
        TExprKind::Between(_, low, high) => empty_range(sources, low, high),
        TExprKind::In(_, items) => super::lists::list_problem(sources, e, items),
        TExprKind::Binary(BinaryOp::And, ..) => super::chains::never_true(sources, e),
        TExprKind::Binary(BinaryOp::Or, ..) => super::chains::always_true(model, sources, e),
        _ => None,
    }
}

/// What a value that is never unknown is, in words; `None` when it can be unknown.
fn never_unknown(model: &Model, e: &TExpr) -> Option<Message> {
    if e.ty == Type::Error {
        // A placeholder after an error, not a written value.
        return None;
    }
    match &e.kind {
        TExprKind::Score(_) | TExprKind::ProfileFit(_) | TExprKind::FrameworkMet(_) => {
            let bounds = range_of(model, e)?;
            Some(msg!("check-always-computed", name = bounds.name.clone()))
        }
        TExprKind::Number(_)
        | TExprKind::Bool(_)
        | TExprKind::Text(_)
        | TExprKind::EnumValue(_)
        | TExprKind::Time(_) => Some(msg!("check-written-value-known")),
        _ => None,
    }
}

fn always_known(model: &Model, sources: &SourceMap, test: &TExpr, value: &TExpr) -> Option<Diagnostic> {
    let why = never_unknown(model, value)?;
    let shown = sources.slice(value.span).to_string();
    Some(
        Diagnostic::new(Code::ConstantCondition, msg!("check-never-unknown", expr = &shown), test.span, why)
            .with_help(msg!("check-never-unknown-help", expr = &shown, known = word(sources, test.span, "is known"))),
    )
}

/// The keyword `english` as the file holding `span` spells its keywords (`or`, or `или` in a
/// file written with Russian keywords): the help quotes the author's own words.
pub(super) fn word(sources: &SourceMap, span: impl Into<Span>, english: &'static str) -> &'static str {
    let lang = sources.file_of(span.into()).map_or(Lang::En, |file| crate::syntax::text_language(&file.text));
    crate::syntax::keywords::spell(lang, english)
}

/// Program text written with English keywords (`use "std/anum.rules"`), in the keywords of the
/// file holding `span`: what a fix inserts there reads as the rest of that file.
pub(super) fn code(sources: &SourceMap, span: impl Into<Span>, english: &str) -> String {
    match sources.file_of(span.into()).map_or(Lang::En, |file| crate::syntax::text_language(&file.text)) {
        Lang::En => english.to_string(),
        Lang::Ru => crate::syntax::respell::to_russian(english),
    }
}

/// A number, a time, or a negated one (`-5`), as written.
fn constant_value(e: &TExpr) -> Option<f64> {
    match &e.kind {
        TExprKind::Number(n) => Some(*n),
        TExprKind::Time(t) => Some(*t as f64),
        TExprKind::Neg(inner) => constant_value(inner).map(|v| -v),
        _ => None,
    }
}

fn empty_range(sources: &SourceMap, low: &TExpr, high: &TExpr) -> Option<Diagnostic> {
    let (lo, hi) = (constant_value(low)?, constant_value(high)?);
    let (low_text, high_text) = (sources.slice(low.span).to_string(), sources.slice(high.span).to_string());
    if lo > hi {
        let fix = Fix {
            message: msg!(
                "check-fix-swap-bounds",
                high = &high_text,
                low = &low_text,
                between = word(sources, low.span, "between"),
                and = word(sources, low.span, "and")
            ),
            edits: vec![
                Edit { span: low.span.into(), replacement: high_text.clone() },
                Edit { span: high.span.into(), replacement: low_text.clone() },
            ],
            applicability: crate::diagnostic::Applicability::Choice,
        };
        Some(
            Diagnostic::new(
                Code::ConstantCondition,
                msg!("check-backwards-range", low = &low_text, high = &high_text),
                low.span.to(high.span),
                msg!("check-backwards-range-label", low = &low_text, high = &high_text),
            )
            .with_help(msg!(
                "check-backwards-range-help",
                high = &high_text,
                low = &low_text,
                between = word(sources, low.span, "between"),
                and = word(sources, low.span, "and")
            ))
            .with_fix(fix),
        )
    } else if lo == hi {
        Some(
            Diagnostic::new(
                Code::ConstantCondition,
                msg!("check-one-value-range", low = &low_text, high = &high_text),
                low.span.to(high.span),
                msg!("check-one-value-range-label"),
            )
            .with_help(msg!("check-one-value-range-help", low = &low_text)),
        )
    } else {
        None
    }
}

/// A comparison of a bounded value that every lead passes (`score >= 0`, `ICP.fit <= 100%`).
pub(super) fn always_true(
    op: BinaryOp,
    bounds: &Bounds,
    literal: &TExpr,
    constant: f64,
    whole: Span,
) -> Option<Diagnostic> {
    let (lo, hi) = (bounds.low, bounds.high);
    let always = match op {
        BinaryOp::Ge => constant <= lo,
        BinaryOp::Gt => constant < lo,
        BinaryOp::Le => constant >= hi,
        BinaryOp::Lt => constant > hi,
        BinaryOp::Ne => constant < lo || constant > hi,
        _ => false,
    };
    always.then(|| {
        let name = bounds.name.clone();
        let (low, high) = (bounds.show(lo), bounds.show(hi));
        Diagnostic::new(
            Code::ConstantCondition,
            msg!("check-always-true-threshold"),
            literal.span,
            msg!("check-bounded-between", name = name, low = &low, high = &high),
        )
        .with_label(whole, msg!("check-always-true"))
        .with_help(msg!("check-always-true-threshold-help", low = &low, high = &high))
    })
}

/// `timeline >= 0 days`: a duration field compared with zero, which every lead whose value is
/// known passes (a duration is never below zero), so the test only asks whether it is known.
pub(super) fn duration_at_least_zero(
    sources: &SourceMap,
    op: BinaryOp,
    a: &TExpr,
    b: &TExpr,
    whole: Span,
) -> Option<Diagnostic> {
    // A duration as written (`0 days`) is its number of seconds, typed as a duration.
    let (op, field, limit) = match (&a.kind, &b.kind) {
        (TExprKind::Field(_), TExprKind::Number(_)) => (op, a, b),
        (TExprKind::Number(_), TExprKind::Field(_)) => (super::lints::flip(op), b, a),
        _ => return None,
    };
    let duration = Type::Num(Unit::Duration);
    let zero = matches!(limit.kind, TExprKind::Number(n) if n == 0.0) && limit.ty == duration;
    // Only a zero the author wrote: a growth line (`+1 per 7 of timeline`) compares with one
    // of its own making.
    let written =
        sources.slice(limit.span).trim_start().starts_with('0') && Span::from(limit.span) != Span::from(field.span);
    if field.ty != duration || !zero || op != BinaryOp::Ge || !written {
        return None;
    }
    let name = sources.slice(field.span).to_string();
    let known = format!("{name} {}", word(sources, field.span, "is known"));
    let fix = Fix::replace(whole, known.as_str(), msg!("check-fix-write-known", written = known.as_str())).as_choice();
    Some(
        Diagnostic::new(
            Code::ConstantCondition,
            msg!("check-duration-at-least-zero", name = &name),
            limit.span,
            msg!("check-duration-at-least-zero-label"),
        )
        .with_label(whole, msg!("check-duration-at-least-zero-whole-label", name = &name))
        .with_help(msg!("check-duration-at-least-zero-help", known = known.as_str()))
        .with_fix(fix),
    )
}
