//! The stack machine that runs one compiled expression against one lead.
//!
//! INVARIANT: `Val::Unknown` propagates: any comparison or calculation with an unknown operand
//! is unknown; `and`, `or` and `not` follow Kleene's logic, so `unknown and false` is false and
//! `unknown or true` is true. Division by zero is unknown too, never infinity.

use super::verdict::Verdict;
use crate::compile::program::{Code, Op, RuleSet, Val};
use crate::syntax::ast::BinaryOp;
use crate::value::{Truth, Value};
use std::cmp::Ordering;

/// What an expression may read: the lead's fields and the derived values computed so far.
pub struct Scope<'a> {
    pub rules: &'a RuleSet,
    pub lead: &'a [Value],
    pub verdict: &'a Verdict,
}

impl Scope<'_> {
    /// Runs `code` and reads its result as a truth value.
    pub fn truth(&self, code: Code, stack: &mut Vec<Val>) -> Truth {
        truth_of(self.run(code, stack))
    }

    /// Runs `code` and reads its result as a number (`None` when unknown).
    pub fn number(&self, code: Code, stack: &mut Vec<Val>) -> Option<f64> {
        match self.run(code, stack) {
            Val::Num(n) => Some(n),
            _ => None,
        }
    }

    pub fn run(&self, code: Code, stack: &mut Vec<Val>) -> Val {
        stack.clear();
        for op in self.rules.ops(code) {
            let result = match *op {
                Op::Push(v) => v,
                Op::Field(slot) => self.field(slot),
                Op::Minimum => from_truth(self.verdict.minimum),
                Op::FrameworkPasses(i) => from_truth(self.verdict.frameworks[i as usize].passes),
                Op::FrameworkCriterion(i, j) => from_truth(self.verdict.frameworks[i as usize].criteria[j as usize]),
                Op::FrameworkMet(i) => Val::Num(self.verdict.frameworks[i as usize].met as f64),
                Op::ProfileFit(i) => Val::Num(self.verdict.profiles[i as usize].fit),
                Op::Score(i) => Val::Num(self.verdict.scores[i as usize].total),
                Op::DealSize => optional(self.verdict.deal.as_ref().and_then(|d| d.size)),
                Op::DealProbability => optional(self.verdict.deal.as_ref().and_then(|d| d.probability)),
                Op::DealPriority => optional(self.verdict.deal.as_ref().and_then(|d| d.priority)),
                Op::Not => from_truth(truth_of(pop(stack)).not()),
                Op::Neg => match pop(stack) {
                    Val::Num(n) => Val::Num(-n),
                    _ => Val::Unknown,
                },
                Op::Binary(op) => {
                    let b = pop(stack);
                    let a = pop(stack);
                    self.binary(op, a, b)
                }
                Op::Between => {
                    let high = pop(stack);
                    let low = pop(stack);
                    let value = pop(stack);
                    let above = self.compare(value, low).map(|o| o != Ordering::Less);
                    let below = self.compare(value, high).map(|o| o != Ordering::Greater);
                    from_truth(known(above).and(known(below)))
                }
                Op::In(n) => {
                    let first = stack.len().saturating_sub(n as usize);
                    let value = first.checked_sub(1).map_or(Val::Unknown, |i| stack[i]);
                    let result = self.in_list(value, &stack[first..]);
                    stack.truncate(first.saturating_sub(1));
                    result
                }
                Op::IsKnown => Val::Bool(!matches!(pop(stack), Val::Unknown)),
                Op::Contains(needle) => match self.text(pop(stack)) {
                    Some(text) => Val::Bool(text.to_lowercase().contains(&*self.rules.texts[needle as usize])),
                    None => Val::Unknown,
                },
            };
            stack.push(result);
        }
        stack.pop().unwrap_or(Val::Unknown)
    }

    fn field(&self, slot: u32) -> Val {
        match self.lead.get(slot as usize) {
            Some(Value::Number(n)) => Val::Num(*n),
            Some(Value::Bool(b)) => Val::Bool(*b),
            Some(Value::Enum(e)) => Val::Enum(*e),
            Some(Value::Time(t)) => Val::Time(*t),
            Some(Value::Text(_)) => Val::TextField(slot),
            Some(Value::Unknown) | None => Val::Unknown,
        }
    }

    fn text(&self, v: Val) -> Option<&str> {
        match v {
            Val::TextField(slot) => match self.lead.get(slot as usize) {
                Some(Value::Text(t)) => Some(t),
                _ => None,
            },
            Val::TextConst(i) => self.rules.texts.get(i as usize).map(|t| &**t),
            _ => None,
        }
    }

    fn binary(&self, op: BinaryOp, a: Val, b: Val) -> Val {
        match op {
            BinaryOp::And => from_truth(truth_of(a).and(truth_of(b))),
            BinaryOp::Or => from_truth(truth_of(a).or(truth_of(b))),
            BinaryOp::Eq => optional_bool(self.equal(a, b)),
            BinaryOp::Ne => optional_bool(self.equal(a, b).map(|e| !e)),
            BinaryOp::Lt => optional_bool(self.compare(a, b).map(|o| o == Ordering::Less)),
            BinaryOp::Le => optional_bool(self.compare(a, b).map(|o| o != Ordering::Greater)),
            BinaryOp::Gt => optional_bool(self.compare(a, b).map(|o| o == Ordering::Greater)),
            BinaryOp::Ge => optional_bool(self.compare(a, b).map(|o| o != Ordering::Less)),
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => arithmetic(op, a, b),
        }
    }

    /// Equality; `None` when either side is unknown. Text is compared ignoring case.
    fn equal(&self, a: Val, b: Val) -> Option<bool> {
        match (a, b) {
            (Val::Unknown, _) | (_, Val::Unknown) => None,
            (Val::Bool(x), Val::Bool(y)) => Some(x == y),
            (Val::Enum(x), Val::Enum(y)) => Some(x == y),
            (Val::Num(_) | Val::Time(_), _) => self.compare(a, b).map(|o| o == Ordering::Equal),
            _ => {
                let (x, y) = (self.text(a)?, self.text(b)?);
                Some(x.chars().flat_map(char::to_lowercase).eq(y.chars().flat_map(char::to_lowercase)))
            }
        }
    }

    fn compare(&self, a: Val, b: Val) -> Option<Ordering> {
        match (a, b) {
            (Val::Num(x), Val::Num(y)) => x.partial_cmp(&y),
            (Val::Time(x), Val::Time(y)) => Some(x.cmp(&y)),
            _ => None,
        }
    }

    /// `value in [candidates]`: Kleene "or" of the equalities.
    fn in_list(&self, value: Val, candidates: &[Val]) -> Val {
        let mut found = Truth::False;
        for &c in candidates {
            found = found.or(known(self.equal(value, c)));
        }
        from_truth(found)
    }
}

fn arithmetic(op: BinaryOp, a: Val, b: Val) -> Val {
    match (a, b) {
        (Val::Num(x), Val::Num(y)) => match op {
            BinaryOp::Add => Val::Num(x + y),
            BinaryOp::Sub => Val::Num(x - y),
            BinaryOp::Mul => Val::Num(x * y),
            BinaryOp::Div if y != 0.0 => Val::Num(x / y),
            _ => Val::Unknown,
        },
        (Val::Time(t), Val::Num(d)) => match op {
            BinaryOp::Add => Val::Time(t.saturating_add(d as i64)),
            BinaryOp::Sub => Val::Time(t.saturating_sub(d as i64)),
            _ => Val::Unknown,
        },
        (Val::Time(x), Val::Time(y)) if op == BinaryOp::Sub => Val::Num((x - y) as f64),
        _ => Val::Unknown,
    }
}

fn pop(stack: &mut Vec<Val>) -> Val {
    stack.pop().unwrap_or(Val::Unknown)
}

pub fn truth_of(v: Val) -> Truth {
    match v {
        Val::Bool(b) => Truth::from(b),
        _ => Truth::Unknown,
    }
}

fn from_truth(t: Truth) -> Val {
    match t {
        Truth::True => Val::Bool(true),
        Truth::False => Val::Bool(false),
        Truth::Unknown => Val::Unknown,
    }
}

fn known(b: Option<bool>) -> Truth {
    b.map_or(Truth::Unknown, Truth::from)
}

fn optional_bool(b: Option<bool>) -> Val {
    b.map_or(Val::Unknown, Val::Bool)
}

fn optional(n: Option<f64>) -> Val {
    n.map_or(Val::Unknown, Val::Num)
}
