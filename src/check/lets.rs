//! Named conditions (`let engaged = time_on_site >= 10 minutes and visits >= 3`): their
//! declaration, their typing on first use, the circles they may form, and the ones no rule uses.
//!
//! A reference to a named condition is its typed condition wrapped in `TExprKind::Let`, so it
//! means exactly what writing the condition in its place means; the wrapper only lets `explain`
//! name it. A named condition is typed once, with no derived value reading it; the derived
//! values its condition reads (a score, a framework) are recorded and replayed at every use,
//! so a score that reads a condition that reads the score is a circle like any other.

use super::Checker;
use super::model::{Derived, TExpr, TExprKind, Type};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{Ident, LetDecl};

/// One named condition while checking.
pub(super) struct LetSlot {
    pub decl: LetDecl,
    pub state: LetState,
    /// Whether some rule (or a used named condition) refers to it.
    pub used: bool,
}

pub(super) enum LetState {
    Pending,
    /// Its condition is being typed: a reference to it now closes a circle.
    Typing,
    /// Typed, with the derived values its condition reads.
    Typed(TExpr, Vec<Derived>),
}

impl Checker {
    /// Declares a named condition: its name shares the namespace of fields, parameters,
    /// frameworks, profiles and scores.
    pub(super) fn declare_let(&mut self, decl: &LetDecl) {
        if self.declare_name(&decl.name.name, decl.name.span.into(), "condition") {
            self.names.lets.insert(decl.name.name.clone(), self.lets.len());
            self.lets.push(LetSlot { decl: decl.clone(), state: LetState::Pending, used: false });
        }
    }

    /// A named condition with the name of a class: `SQL when engaged` next to `let SQL = ...`
    /// reads as if the class were a condition.
    pub(super) fn lets_named_like_classes(&mut self) {
        let clashes: Vec<(String, Span, Span)> = self
            .lets
            .iter()
            .filter_map(|slot| {
                let (_, class_span, _) =
                    self.names.classes.iter().find(|(class, _, _)| *class == slot.decl.name.name)?;
                Some((slot.decl.name.name.clone(), slot.decl.name.span.into(), *class_span))
            })
            .collect();
        for (name, span, class_span) in clashes {
            self.report(
                Diagnostic::new(
                    Code::DuplicateName,
                    msg!("check-let-named-like-class", name = &name),
                    span,
                    msg!("check-let-named-like-class-label"),
                )
                .with_label(class_span, msg!("check-let-the-class"))
                .with_help(msg!("check-let-named-like-class-help", name = &name)),
            );
        }
    }

    /// The reference `ident` to named condition `index`: its typed condition, wrapped.
    pub(super) fn let_reference(&mut self, index: usize, ident: &Ident) -> TExpr {
        let span = Span::from(ident.span);
        if matches!(self.lets[index].state, LetState::Pending) {
            self.type_let(index, span);
        }
        self.lets[index].used = true;
        match &self.lets[index].state {
            LetState::Typed(condition, reads) => {
                let (condition, reads) = (condition.clone(), reads.clone());
                for derived in reads {
                    self.depend_on(derived, span);
                }
                TExpr { kind: TExprKind::Let(index, Box::new(condition)), ty: Type::Bool, span: span.into() }
            }
            _ => {
                self.let_circle(index, span);
                TExpr { kind: TExprKind::Bool(false), ty: Type::Error, span: span.into() }
            }
        }
    }

    /// Types named condition `index`, first referred to at `via`.
    fn type_let(&mut self, index: usize, via: Span) {
        self.lets[index].state = LetState::Typing;
        self.let_stack.push((index, via));
        let reader = self.current.take();
        let outer = self.let_reads.replace(Vec::new());
        let condition = self.lets[index].decl.condition.clone();
        let typed = self.condition(&condition);
        let reads = std::mem::replace(&mut self.let_reads, outer).unwrap_or_default();
        self.current = reader;
        self.let_stack.pop();
        let mut distinct: Vec<Derived> = Vec::new();
        for (derived, _) in reads {
            if !distinct.contains(&derived) {
                distinct.push(derived);
            }
        }
        self.lets[index].state = LetState::Typed(typed, distinct);
    }

    /// A reference at `span` to named condition `index`, whose condition is being typed: the
    /// references from it to here form a circle.
    fn let_circle(&mut self, index: usize, span: Span) {
        let Some(start) = self.let_stack.iter().position(|(i, _)| *i == index) else { return };
        let circle: Vec<(usize, Span)> = self.let_stack[start..].to_vec();
        let names: Vec<String> = circle.iter().map(|(i, _)| format!("`{}`", self.lets[*i].decl.name.name)).collect();
        let message = match names.as_slice() {
            [one] => msg!("check-let-circle-itself", name = one.as_str()),
            _ => msg!("check-let-circle", names = names.join(" → ")),
        };
        let mut d = Diagnostic::new(Code::Cycle, message, span, msg!("check-cycle-label"))
            .with_help(msg!("check-let-circle-help"));
        // Every other reference of the circle: the ones inside the conditions being typed.
        for (_, via) in circle.iter().skip(1) {
            d = d.with_label(*via, msg!("check-let-circle-step"));
        }
        self.report(d);
    }

    /// Types the named conditions no rule refers to (so their mistakes are reported too, without
    /// making the fields they read count as used) and warns about each of them.
    pub(super) fn unused_lets(&mut self) {
        // Decided before any is typed: one that only an unused one refers to is reported once
        // that one is gone.
        let unused: Vec<usize> = (0..self.lets.len()).filter(|i| !self.lets[*i].used).collect();
        for index in unused {
            let used_fields = self.used_fields.clone();
            let name_span: Span = self.lets[index].decl.name.span.into();
            if matches!(self.lets[index].state, LetState::Pending) {
                self.type_let(index, name_span);
            }
            self.used_fields = used_fields;
            if self.current_via_of_let(index) {
                continue;
            }
            let decl = &self.lets[index].decl;
            let name = decl.name.name.clone();
            let whole: Span = decl.span.into();
            self.report(
                Diagnostic::new(
                    Code::UnusedField,
                    msg!("check-let-unused", name = &name),
                    name_span,
                    msg!("check-let-unused-label"),
                )
                .with_help(msg!("check-let-unused-help", name = &name))
                .with_fix(Fix::replace(whole, "", msg!("check-let-unused-fix", name = &name)).as_choice()),
            );
        }
    }

    /// Whether named condition `index` comes from a used file (whose conditions are there for
    /// others: not warned about here).
    fn current_via_of_let(&self, index: usize) -> bool {
        let name = &self.lets[index].decl.name.name;
        self.names.declared_via.get(name).copied().flatten().is_some()
    }

    /// The typed conditions of the named conditions, in the order declared (for the model).
    pub(super) fn typed_lets(&self) -> Vec<super::model::LetModel> {
        self.lets
            .iter()
            .map(|slot| super::model::LetModel {
                name: slot.decl.name.name.clone(),
                condition: match &slot.state {
                    LetState::Typed(t, _) => t.clone(),
                    _ => TExpr { kind: TExprKind::Bool(false), ty: Type::Error, span: slot.decl.span },
                },
                span: slot.decl.span.into(),
            })
            .collect()
    }
}
