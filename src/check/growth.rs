//! Score lines: a fixed line's points and condition, and a growing line's step, field and cap
//! (`+1 per 60 seconds of time_on_site capped at 20`) checked against the field it reads.
//!
//! A growing line needs a numeric field, a step in the field's unit (a duration for a duration
//! field or a `number in seconds`, a percentage for a percentage, a bare number for numbers and
//! money) that is more than 0, and a cap that is not 0 and has the sign of the points.

use super::Checker;
use super::model::{Growth, Points, ScoreLine, TExpr, TExprKind, Type, Unit};
use crate::diagnostic::{Code, Diagnostic};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{BinaryOp, GrowingPoints, Literal, ScoreRule};

impl Checker {
    /// Types one line of a score block.
    pub(super) fn score_line(&mut self, rule: &ScoreRule) -> ScoreLine {
        match rule {
            ScoreRule::Fixed(f) => ScoreLine {
                points: Points::Fixed(f.points.node),
                condition: self.condition(&f.condition),
                span: f.span.into(),
            },
            ScoreRule::Growing(g) => self.growing(g),
        }
    }

    fn growing(&mut self, g: &GrowingPoints) -> ScoreLine {
        let when = g.condition.as_ref().map(|c| self.condition(c));
        let field_span = Span::from(g.field.span);
        let field = self.expr(&crate::syntax::ast::Expr {
            kind: crate::syntax::ast::ExprKind::Ref(vec![g.field.clone()]),
            span: g.field.span,
        });
        let unit = match (&field.kind, field.ty) {
            (_, Type::Error) => None,
            (TExprKind::Field(_), Type::Num(unit)) => Some(unit),
            _ => {
                let name = g.field.name.as_str();
                self.report(
                    Diagnostic::new(
                        Code::TypeMismatch,
                        msg!("check-growth-not-numeric", name = name),
                        field_span,
                        msg!("check-this-is", kind = field.ty.describe()),
                    )
                    .with_help(msg!("check-growth-not-numeric-help")),
                );
                None
            }
        };
        let step = unit.and_then(|unit| self.step(g, unit));
        self.cap(g);
        let known = TExpr {
            kind: TExprKind::Binary(
                BinaryOp::Ge,
                Box::new(field.clone()),
                Box::new(TExpr { kind: TExprKind::Number(0.0), ty: field.ty, span: g.field.span }),
            ),
            ty: Type::Bool,
            span: g.field.span,
        };
        let condition = match when {
            Some(when) => {
                let span = when.span;
                TExpr { kind: TExprKind::Binary(BinaryOp::And, Box::new(when), Box::new(known)), ty: Type::Bool, span }
            }
            None => known,
        };
        let cap = g.cap.node;
        let points = match (&field.kind, step) {
            (TExprKind::Field(slot), Some(step)) => {
                Points::Growing(Growth { per_points: g.per_points.node, step, field: *slot, cap })
            }
            _ => Points::Fixed(0.0),
        };
        ScoreLine { points, condition, span: g.span.into() }
    }

    /// The step in the field's own unit, when it is written in that unit and more than 0.
    fn step(&mut self, g: &GrowingPoints, unit: Unit) -> Option<f64> {
        let span = Span::from(g.step.span);
        let written = self.text(span).to_string();
        let value = match (unit, &g.step.node) {
            (Unit::Duration, Literal::Duration(q)) => q.seconds(),
            (Unit::Percent, Literal::Percent(p)) => p / 100.0,
            (Unit::Bare | Unit::Count | Unit::Money, Literal::Number(n)) => *n,
            (Unit::Duration, Literal::Number(_)) => {
                self.report(
                    Diagnostic::new(
                        Code::MissingUnit,
                        msg!("check-growth-step-unit", name = g.field.name.as_str(), kind = Type::Num(unit).describe()),
                        span,
                        msg!("check-missing-unit-label"),
                    )
                    .with_help(msg!("check-growth-step-duration-help", step = written.as_str())),
                );
                return None;
            }
            _ => {
                self.report(
                    Diagnostic::new(
                        Code::UnitMismatch,
                        msg!("check-growth-step-unit", name = g.field.name.as_str(), kind = Type::Num(unit).describe()),
                        span,
                        msg!("check-growth-step-unit-label", step = written.as_str()),
                    )
                    .with_help(msg!("check-growth-step-unit-help")),
                );
                return None;
            }
        };
        if value <= 0.0 {
            self.report(
                Diagnostic::new(
                    Code::InvalidSetting,
                    msg!("check-growth-step-not-positive"),
                    span,
                    msg!("check-growth-step-not-positive-label", step = written.as_str()),
                )
                .with_help(msg!("check-growth-step-not-positive-help")),
            );
            return None;
        }
        Some(value)
    }

    /// A cap of 0, or one whose sign is not the points' (`+1 per ... capped at -20`).
    fn cap(&mut self, g: &GrowingPoints) {
        let span = Span::from(g.cap.span);
        let written = self.text(span).to_string();
        if g.cap.node == 0.0 {
            self.report(
                Diagnostic::new(
                    Code::InvalidSetting,
                    msg!("check-growth-cap-zero"),
                    span,
                    msg!("check-growth-cap-label", cap = written.as_str()),
                )
                .with_help(msg!("check-growth-cap-zero-help")),
            );
        } else if (g.cap.node < 0.0) != (g.per_points.node < 0.0) {
            let points = self.text(g.per_points.span).to_string();
            self.report(
                Diagnostic::new(
                    Code::InvalidSetting,
                    msg!("check-growth-cap-sign", points = points.as_str()),
                    span,
                    msg!("check-growth-cap-label", cap = written.as_str()),
                )
                .with_help(msg!("check-growth-cap-sign-help")),
            );
        }
    }
}
