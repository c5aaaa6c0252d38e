//! Typed expressions → native closures: the form the evaluator runs.
//!
//! Every expression becomes a chain of small closures, one per node, each knowing its types, its
//! field slots and its constants at compile time, so evaluating a lead is a handful of direct
//! reads and comparisons: no names, no stack, no allocation. The common shapes (a field compared
//! with a constant, a `one of` field tested against a set, a score against a threshold) get a
//! closure of their own.
//!
//! INVARIANT: the same Kleene semantics as the reference in `docs/language.md`: an unknown operand
//! makes a comparison or calculation unknown; `and`/`or`/`not` are Kleene's (with short-circuit,
//! which is safe because nothing has side effects); division by zero is unknown.

use super::program::{Condition, Number};
use crate::check::model::{TExpr, TExprKind, Type};
use crate::eval::verdict::Ctx;
use crate::syntax::ast::BinaryOp;
use crate::value::{Truth, Value};
use std::sync::Arc;

type B = Arc<dyn Fn(&Ctx) -> Truth + Send + Sync>;
type N = Arc<dyn Fn(&Ctx) -> Option<f64> + Send + Sync>;
type I = Arc<dyn Fn(&Ctx) -> Option<i64> + Send + Sync>;
type E = Arc<dyn Fn(&Ctx) -> Option<u32> + Send + Sync>;

/// Compiles a yes/no expression.
pub fn condition(e: &TExpr) -> Condition {
    Condition { eval: truth(e), reads: reads(e) }
}

/// Compiles a number expression (money, count, percentage or duration).
pub fn number(e: &TExpr) -> Number {
    Number { eval: num(e), reads: reads(e) }
}

/// The field slots an expression reads directly, in order of appearance, without repeats.
fn reads(e: &TExpr) -> Box<[u32]> {
    let mut slots: Vec<u32> = Vec::new();
    e.walk(&mut |sub| {
        if let TExprKind::Field(slot) = sub.kind
            && !slots.contains(&(slot as u32))
        {
            slots.push(slot as u32);
        }
    });
    slots.into_boxed_slice()
}

fn known(b: Option<bool>) -> Truth {
    b.map_or(Truth::Unknown, Truth::from)
}

fn field_number(lead: &[Value], slot: usize) -> Option<f64> {
    match lead.get(slot) {
        Some(Value::Number(n)) => Some(*n),
        _ => None,
    }
}

fn field_time(lead: &[Value], slot: usize) -> Option<i64> {
    match lead.get(slot) {
        Some(Value::Time(t)) => Some(*t),
        _ => None,
    }
}

fn field_text(lead: &[Value], slot: usize) -> Option<&str> {
    match lead.get(slot) {
        Some(Value::Text(t)) => Some(t),
        _ => None,
    }
}

/// Text equality as people mean it: ignoring case.
fn same_text(a: &str, b: &str) -> bool {
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// A yes/no expression.
fn truth(e: &TExpr) -> B {
    match &e.kind {
        TExprKind::Bool(b) => {
            let t = Truth::from(*b);
            Arc::new(move |_| t)
        }
        TExprKind::Field(slot) => {
            let slot = *slot;
            Arc::new(move |c| match c.lead.get(slot) {
                Some(Value::Bool(b)) => Truth::from(*b),
                _ => Truth::Unknown,
            })
        }
        TExprKind::Minimum => Arc::new(|c| c.verdict.minimum),
        TExprKind::FrameworkPasses(i) => {
            let i = *i;
            Arc::new(move |c| c.verdict.frameworks[i].passes)
        }
        TExprKind::FrameworkCriterion(i, j) => {
            let (i, j) = (*i, *j);
            Arc::new(move |c| c.verdict.frameworks[i].criteria[j])
        }
        TExprKind::Not(a) => {
            let a = truth(a);
            Arc::new(move |c| a(c).not())
        }
        TExprKind::Binary(BinaryOp::And, a, b) => {
            let (a, b) = (truth(a), truth(b));
            Arc::new(move |c| match a(c) {
                Truth::False => Truth::False,
                first => first.and(b(c)),
            })
        }
        TExprKind::Binary(BinaryOp::Or, a, b) => {
            let (a, b) = (truth(a), truth(b));
            Arc::new(move |c| match a(c) {
                Truth::True => Truth::True,
                first => first.or(b(c)),
            })
        }
        TExprKind::Binary(op, a, b) if op.is_comparison() => comparison(*op, a, b),
        TExprKind::Between(v, lo, hi) => between(v, lo, hi),
        TExprKind::In(v, list) => membership(v, list),
        TExprKind::IsKnown(v) => is_known(v),
        TExprKind::Contains(v, needle) => {
            let text = text_of(v);
            let needle = needle.clone();
            Arc::new(move |c| match text.get(c) {
                Some(t) => Truth::from(t.to_lowercase().contains(&needle)),
                None => Truth::Unknown,
            })
        }
        // The checker only lets yes/no expressions here; anything else is never true.
        _ => Arc::new(|_| Truth::Unknown),
    }
}

/// A number expression, `None` when unknown.
fn num(e: &TExpr) -> N {
    match &e.kind {
        TExprKind::Number(n) => {
            let n = *n;
            Arc::new(move |_| Some(n))
        }
        TExprKind::Field(slot) => {
            let slot = *slot;
            Arc::new(move |c| field_number(c.lead, slot))
        }
        TExprKind::Score(i) => {
            let i = *i;
            Arc::new(move |c| Some(c.verdict.scores[i].total))
        }
        TExprKind::ProfileFit(i) => {
            let i = *i;
            Arc::new(move |c| Some(c.verdict.profiles[i].fit))
        }
        TExprKind::FrameworkMet(i) => {
            let i = *i;
            Arc::new(move |c| Some(c.verdict.frameworks[i].met as f64))
        }
        TExprKind::DealSize => Arc::new(|c| c.verdict.deal.as_ref().and_then(|d| d.size)),
        TExprKind::DealProbability => Arc::new(|c| c.verdict.deal.as_ref().and_then(|d| d.probability)),
        TExprKind::DealPriority => Arc::new(|c| c.verdict.deal.as_ref().and_then(|d| d.priority)),
        TExprKind::Neg(a) => {
            let a = num(a);
            Arc::new(move |c| a(c).map(|x| -x))
        }
        TExprKind::Binary(BinaryOp::Sub, a, b) if is_time(a) && is_time(b) => {
            let (a, b) = (time(a), time(b));
            Arc::new(move |c| Some((a(c)? - b(c)?) as f64))
        }
        TExprKind::Binary(op, a, b) => {
            let (a, b) = (num(a), num(b));
            match op {
                BinaryOp::Add => Arc::new(move |c| Some(a(c)? + b(c)?)),
                BinaryOp::Sub => Arc::new(move |c| Some(a(c)? - b(c)?)),
                BinaryOp::Mul => Arc::new(move |c| Some(a(c)? * b(c)?)),
                BinaryOp::Div => Arc::new(move |c| {
                    let divisor = b(c)?;
                    if divisor == 0.0 { None } else { Some(a(c)? / divisor) }
                }),
                _ => Arc::new(|_| None),
            }
        }
        _ => Arc::new(|_| None),
    }
}

fn is_time(e: &TExpr) -> bool {
    matches!(e.ty, Type::Date | Type::DateTime)
}

/// A date or date-time expression, as civil seconds.
fn time(e: &TExpr) -> I {
    match &e.kind {
        TExprKind::Time(t) => {
            let t = *t;
            Arc::new(move |_| Some(t))
        }
        TExprKind::Field(slot) => {
            let slot = *slot;
            Arc::new(move |c| field_time(c.lead, slot))
        }
        TExprKind::Binary(op @ (BinaryOp::Add | BinaryOp::Sub), a, b) if is_time(a) => {
            let (a, b) = (time(a), num(b));
            let sign = if *op == BinaryOp::Add { 1.0 } else { -1.0 };
            Arc::new(move |c| Some(a(c)?.saturating_add((sign * b(c)?) as i64)))
        }
        _ => Arc::new(|_| None),
    }
}

/// A `one of` expression (a field or a value), as the value's index.
fn enumerated(e: &TExpr) -> E {
    match &e.kind {
        TExprKind::EnumValue(v) => {
            let v = *v;
            Arc::new(move |_| Some(v))
        }
        TExprKind::Field(slot) => {
            let slot = *slot;
            Arc::new(move |c| match c.lead.get(slot) {
                Some(Value::Enum(v)) => Some(*v),
                _ => None,
            })
        }
        _ => Arc::new(|_| None),
    }
}

/// Text is a field or a constant (the checker allows nothing else).
enum TextOf {
    Field(usize),
    Constant(Box<str>),
    Nothing,
}

impl TextOf {
    fn get<'a>(&'a self, c: &Ctx<'a>) -> Option<&'a str> {
        match self {
            TextOf::Field(slot) => field_text(c.lead, *slot),
            TextOf::Constant(t) => Some(t),
            TextOf::Nothing => None,
        }
    }
}

fn text_of(e: &TExpr) -> TextOf {
    match &e.kind {
        TExprKind::Field(slot) => TextOf::Field(*slot),
        TExprKind::Text(t) => TextOf::Constant(t.as_str().into()),
        _ => TextOf::Nothing,
    }
}

/// Builds the closure for an ordering or equality of two numbers from the operator.
fn order<F>(op: BinaryOp, make: F) -> B
where
    F: FnOnce(fn(f64, f64) -> bool) -> B,
{
    match op {
        BinaryOp::Lt => make(|a, b| a < b),
        BinaryOp::Le => make(|a, b| a <= b),
        BinaryOp::Gt => make(|a, b| a > b),
        BinaryOp::Ge => make(|a, b| a >= b),
        BinaryOp::Eq => make(|a, b| a == b),
        _ => make(|a, b| a != b),
    }
}

fn comparison(op: BinaryOp, a: &TExpr, b: &TExpr) -> B {
    match (a.ty, b.ty) {
        (Type::Num(_), Type::Num(_)) => numeric_comparison(op, a, b),
        (Type::Date | Type::DateTime, _) | (_, Type::Date | Type::DateTime) => {
            let (x, y) = (time(a), time(b));
            order(op, move |cmp| Arc::new(move |c| known(x(c).zip(y(c)).map(|(x, y)| cmp(x as f64, y as f64)))))
        }
        (Type::Enum(_), _) => {
            let eq = op == BinaryOp::Eq;
            if let (TExprKind::Field(slot), TExprKind::EnumValue(v))
            | (TExprKind::EnumValue(v), TExprKind::Field(slot)) = (&a.kind, &b.kind)
            {
                let (slot, v) = (*slot, *v);
                return Arc::new(move |c| match c.lead.get(slot) {
                    Some(Value::Enum(x)) => Truth::from((*x == v) == eq),
                    _ => Truth::Unknown,
                });
            }
            let (x, y) = (enumerated(a), enumerated(b));
            Arc::new(move |c| known(x(c).zip(y(c)).map(|(x, y)| (x == y) == eq)))
        }
        (Type::Text, _) => {
            let eq = op == BinaryOp::Eq;
            let (x, y) = (text_of(a), text_of(b));
            Arc::new(move |c| known(x.get(c).zip(y.get(c)).map(|(x, y)| same_text(x, y) == eq)))
        }
        (Type::Bool, _) => {
            let eq = op == BinaryOp::Eq;
            let (x, y) = (truth(a), truth(b));
            Arc::new(move |c| match (x(c), y(c)) {
                (Truth::Unknown, _) | (_, Truth::Unknown) => Truth::Unknown,
                (x, y) => Truth::from((x == y) == eq),
            })
        }
        _ => Arc::new(|_| Truth::Unknown),
    }
}

fn numeric_comparison(op: BinaryOp, a: &TExpr, b: &TExpr) -> B {
    match (&a.kind, &b.kind) {
        // The common case: a field against a constant, read straight from the lead.
        (TExprKind::Field(slot), TExprKind::Number(k)) => {
            let (slot, k) = (*slot, *k);
            order(op, move |cmp| Arc::new(move |c| known(field_number(c.lead, slot).map(|x| cmp(x, k)))))
        }
        (TExprKind::Number(k), TExprKind::Field(slot)) => {
            let (slot, k) = (*slot, *k);
            order(op, move |cmp| Arc::new(move |c| known(field_number(c.lead, slot).map(|x| cmp(k, x)))))
        }
        (_, TExprKind::Number(k)) => {
            let (x, k) = (num(a), *k);
            order(op, move |cmp| Arc::new(move |c| known(x(c).map(|x| cmp(x, k)))))
        }
        _ => {
            let (x, y) = (num(a), num(b));
            order(op, move |cmp| Arc::new(move |c| known(x(c).zip(y(c)).map(|(x, y)| cmp(x, y)))))
        }
    }
}

fn between(v: &TExpr, lo: &TExpr, hi: &TExpr) -> B {
    if is_time(v) {
        let (v, lo, hi) = (time(v), time(lo), time(hi));
        return Arc::new(move |c| {
            let x = v(c);
            known(x.zip(lo(c)).map(|(x, l)| x >= l)).and(known(x.zip(hi(c)).map(|(x, h)| x <= h)))
        });
    }
    if let (TExprKind::Field(slot), TExprKind::Number(l), TExprKind::Number(h)) = (&v.kind, &lo.kind, &hi.kind) {
        let (slot, l, h) = (*slot, *l, *h);
        return Arc::new(move |c| known(field_number(c.lead, slot).map(|x| l <= x && x <= h)));
    }
    let (v, lo, hi) = (num(v), num(lo), num(hi));
    Arc::new(move |c| {
        let x = v(c);
        known(x.zip(lo(c)).map(|(x, l)| x >= l)).and(known(x.zip(hi(c)).map(|(x, h)| x <= h)))
    })
}

/// `x in [a, b, ...]`: Kleene "or" of the equalities.
fn membership(v: &TExpr, list: &[TExpr]) -> B {
    // A `one of` field against values: one bit test.
    if let TExprKind::Field(slot) = v.kind {
        let values: Option<Vec<u32>> =
            list.iter().map(|e| if let TExprKind::EnumValue(x) = e.kind { Some(x) } else { None }).collect();
        if let Some(values) = values.filter(|vs| vs.iter().all(|x| *x < 64)) {
            let mask = values.iter().fold(0u64, |m, x| m | (1 << x));
            return Arc::new(move |c| match c.lead.get(slot) {
                Some(Value::Enum(x)) => Truth::from(*x < 64 && mask & (1 << x) != 0),
                _ => Truth::Unknown,
            });
        }
    }
    let tests: Vec<B> = list.iter().map(|item| comparison(BinaryOp::Eq, v, item)).collect();
    Arc::new(move |c| {
        let mut found = Truth::False;
        for test in &tests {
            found = found.or(test(c));
            if found == Truth::True {
                break;
            }
        }
        found
    })
}

fn is_known(v: &TExpr) -> B {
    if let TExprKind::Field(slot) = v.kind {
        return Arc::new(move |c| Truth::from(c.lead.get(slot).is_some_and(Value::is_known)));
    }
    match v.ty {
        Type::Num(_) => {
            let x = num(v);
            Arc::new(move |c| Truth::from(x(c).is_some()))
        }
        Type::Date | Type::DateTime => {
            let x = time(v);
            Arc::new(move |c| Truth::from(x(c).is_some()))
        }
        Type::Enum(_) => {
            let x = enumerated(v);
            Arc::new(move |c| Truth::from(x(c).is_some()))
        }
        Type::Text => {
            let x = text_of(v);
            Arc::new(move |c| Truth::from(x.get(c).is_some()))
        }
        _ => {
            let x = truth(v);
            Arc::new(move |c| Truth::from(x(c) != Truth::Unknown))
        }
    }
}
