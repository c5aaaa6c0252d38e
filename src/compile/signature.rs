//! When two leads must get the same discovery questions: their *signature*.
//!
//! Discovery questions are costly (each unknown field is tried at several values, and the lead
//! evaluated again each time), but they depend only on the fields the class rules read. When every
//! one of those fields is only ever compared with constants (`budget >= 500_000`, `role in [...]`,
//! `need is known`, `source = referral`), what matters about a value is not the value itself but
//! which side of each constant it lies on. The signature records exactly that, so leads with the
//! same signature get the same verdict on every class rule, under every answer tried, and so the
//! same questions: `qualify` computes them once per signature.
//!
//! When some class field is used any other way (arithmetic, compared with another field), there is
//! no signature and every lead is questioned on its own.

use super::ids::FieldSlot;
use crate::check::model::{Derived, Model, TExpr, TExprKind, Type};
use crate::value::Value;

/// How one class field's value is reduced to a small number, its *code*.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyPart {
    /// The sorted constants it is compared with: the code is the interval it falls in, and
    /// whether it equals one of them.
    Number(Vec<f64>),
    Time(Vec<i64>),
    /// A `one of` field with so many values: its value itself.
    Exact(u32),
    /// A yes/no field: its value itself.
    YesNo,
    /// Text compared for equality (ignoring case) and searched for needles (lowercased).
    Text {
        equals: Vec<String>,
        contains: Vec<String>,
    },
    /// Only tested with `is known`.
    Known,
}

impl KeyPart {
    /// How many codes the part has; `codes - 1` is kept for a value of an unexpected kind, so
    /// it stays apart from everything else. 0 is always "unknown".
    fn codes(&self) -> u128 {
        match self {
            KeyPart::Number(constants) => 2 * constants.len() as u128 + 3,
            KeyPart::Time(constants) => 2 * constants.len() as u128 + 3,
            KeyPart::Exact(values) => u128::from(*values) + 2,
            KeyPart::YesNo => 4,
            // A bit for "known", one per constant: at most 2^(1 + equals + contains) codes.
            KeyPart::Text { equals, contains } => {
                1u128.checked_shl(1 + (equals.len() + contains.len()) as u32).map_or(u128::MAX, |n| n.saturating_add(1))
            }
            KeyPart::Known => 3,
        }
    }

    /// The code of `value`, below `codes()`.
    fn code(&self, value: &Value) -> u128 {
        let unexpected = self.codes() - 1;
        match (self, value) {
            (_, Value::Unknown | Value::Placeholder(_)) => 0,
            (KeyPart::Number(constants), Value::Number(x)) => 1 + position(constants, x),
            (KeyPart::Time(constants), Value::Time(t)) => {
                let below = constants.partition_point(|c| c < t) as u128;
                1 + 2 * below + u128::from(constants.binary_search(t).is_ok())
            }
            (KeyPart::Exact(values), Value::Enum(e)) if *e < *values => 1 + u128::from(*e),
            (KeyPart::YesNo, Value::Bool(b)) => 1 + u128::from(*b),
            (KeyPart::Text { equals, contains }, Value::Text(t)) => {
                let lower = t.to_lowercase();
                let folded = crate::value::fold_spelling(t);
                let mut bits = 1u128;
                for (i, e) in equals.iter().enumerate() {
                    bits |= u128::from(*e == folded) << (1 + i);
                }
                for (i, n) in contains.iter().enumerate() {
                    bits |= u128::from(lower.contains(n.as_str())) << (1 + equals.len() + i);
                }
                bits
            }
            (KeyPart::Known, _) => 1,
            _ => unexpected,
        }
    }
}

/// The signature plan of a rule set: one part per class field (`RuleSet::class_fields`),
/// whose codes are the digits of one number (each part's base is its count of codes).
#[derive(Clone, Debug, PartialEq)]
pub struct SignaturePlan {
    pub parts: Vec<(FieldSlot, KeyPart)>,
}

impl SignaturePlan {
    /// The lead's signature: equal signatures, equal questions. Distinct codes give distinct
    /// signatures: `plan` only makes a plan whose codes all fit in 128 bits.
    pub fn key(&self, lead: &[Value]) -> u128 {
        let mut key = 0u128;
        for (slot, part) in self.parts.iter().rev() {
            key = key * part.codes() + part.code(lead.get(slot.index()).unwrap_or(&Value::Unknown));
        }
        key
    }

    /// Each class field's code, in the order of `parts`.
    pub fn codes(&self, lead: &[Value]) -> Vec<u128> {
        self.parts.iter().map(|(slot, part)| part.code(lead.get(slot.index()).unwrap_or(&Value::Unknown))).collect()
    }
}

/// 2 × (how many constants lie below `x`) + (whether `x` equals one of them).
fn position(constants: &[f64], x: &f64) -> u128 {
    let below = constants.partition_point(|c| c < x) as u128;
    let equal = constants.get(below as usize).is_some_and(|c| c == x);
    2 * below + u128::from(equal)
}

/// The plan for `class_fields`, or `None` when some class field is used in a way a signature
/// cannot capture.
pub fn plan(model: &Model, class_fields: &[FieldSlot]) -> Option<SignaturePlan> {
    let mut uses: Vec<Use> = vec![Use::default(); model.schema.fields.len()];
    let mut ok = true;
    for e in class_expressions(model) {
        ok &= record(e, &mut uses);
    }
    if !ok {
        return None;
    }
    // A growing score line gives its points by whole steps of its field: the edges of the steps
    // up to its cap are constants too (`-5 per year of timeline capped at 10`: one year, two),
    // so that leads with the same signature get the same points. Every score's lines count:
    // an edge too many only splits a signature, never joins two.
    for score in &model.scores {
        for line in &score.rules {
            if let crate::check::model::Points::Growing(g) = line.points {
                let steps = (g.cap / g.per_points).abs().ceil();
                if !steps.is_finite() || steps > 4_096.0 || g.field >= uses.len() {
                    return None;
                }
                for k in 1..=(steps as usize) {
                    uses[g.field].numbers.push(g.step * (k as f64 - crate::check::model::STEP_SLACK));
                }
            }
        }
    }
    let parts = class_fields
        .iter()
        .map(|&slot| {
            let u = &uses[slot.index()];
            let part = match model_type(model, slot.index()) {
                Type::Num(_) => {
                    let mut c = u.numbers.clone();
                    c.sort_by(f64::total_cmp);
                    c.dedup();
                    KeyPart::Number(c)
                }
                Type::Date | Type::DateTime => {
                    let mut c = u.times.clone();
                    c.sort_unstable();
                    c.dedup();
                    KeyPart::Time(c)
                }
                Type::Enum(_) => KeyPart::Exact(match &model.schema.fields[slot.index()].kind {
                    crate::schema::FieldKind::OneOf(values) => values.len() as u32,
                    _ => 0,
                }),
                Type::Bool => KeyPart::YesNo,
                Type::Text => {
                    if u.equals.is_empty() && u.contains.is_empty() {
                        KeyPart::Known
                    } else {
                        KeyPart::Text { equals: u.equals.clone(), contains: u.contains.clone() }
                    }
                }
                Type::Error => KeyPart::Known,
            };
            (slot, part)
        })
        .collect::<Vec<_>>();
    // Every combination of codes must have a number of its own below 2^128: no signature
    // otherwise (so many class fields and constants that leads rarely share one anyway).
    let combinations =
        parts.iter().try_fold(1u128, |n, (_, part)| n.checked_mul(part.codes()).filter(|_| part.codes() < u128::MAX));
    combinations.map(|_| SignaturePlan { parts })
}

fn model_type(model: &Model, slot: usize) -> Type {
    use crate::schema::FieldKind::*;
    match &model.schema.fields[slot].kind {
        Number | Money | Percent | Duration(_) => Type::Num(crate::check::model::Unit::Count),
        YesNo => Type::Bool,
        Text => Type::Text,
        Date(_) => Type::Date,
        DateTime(_) => Type::DateTime,
        OneOf(_) => Type::Enum(slot),
    }
}

/// The constants each field is compared with.
#[derive(Clone, Debug, Default)]
struct Use {
    numbers: Vec<f64>,
    times: Vec<i64>,
    equals: Vec<String>,
    contains: Vec<String>,
}

/// Every expression whose value can reach a class rule: the class rules, and the derived values
/// they read (following references, each once).
fn class_expressions(model: &Model) -> Vec<&TExpr> {
    let mut out: Vec<&TExpr> = Vec::new();
    let mut seen: Vec<Derived> = Vec::new();
    let mut pending: Vec<&TExpr> = model.classes.iter().filter_map(|r| r.condition.as_ref()).collect();
    while let Some(e) = pending.pop() {
        out.push(e);
        e.walk(&mut |sub| {
            if let Some(d) = sub.kind.derived().filter(|d| !seen.contains(d)) {
                seen.push(d);
                pending.extend(model.expressions_of(d));
            }
        });
    }
    out
}

/// Records how `e` uses fields; false when a field is used other than against constants.
fn record(e: &TExpr, uses: &mut [Use]) -> bool {
    let field = |x: &TExpr| if let TExprKind::Field(slot) = x.kind { Some(slot) } else { None };
    match &e.kind {
        TExprKind::Field(slot) => {
            // A bare field as a condition (a yes/no field) or as a value is fine only when it is
            // exact (yes/no, one of); numbers and text reach here only through arithmetic or
            // comparisons handled below.
            matches!(e.ty, Type::Bool | Type::Enum(_)) || {
                let _ = slot;
                false
            }
        }
        TExprKind::Binary(op, a, b) if op.is_comparison() => match (field(a), field(b)) {
            (Some(slot), None) => constant(b, slot, uses),
            (None, Some(slot)) => constant(a, slot, uses),
            (Some(_), Some(_)) => false,
            (None, None) => record(a, uses) && record(b, uses),
        },
        TExprKind::Between(v, lo, hi) => match field(v) {
            Some(slot) => constant(lo, slot, uses) && constant(hi, slot, uses),
            None => record(v, uses) && record(lo, uses) && record(hi, uses),
        },
        TExprKind::In(v, list) => match field(v) {
            Some(slot) => list.iter().all(|item| constant(item, slot, uses)),
            None => record(v, uses) && list.iter().all(|item| record(item, uses)),
        },
        TExprKind::IsKnown(v) => field(v).is_some() || record(v, uses),
        TExprKind::Contains(v, needle) => match field(v) {
            Some(slot) => {
                uses[slot].contains.push(needle.clone());
                true
            }
            None => false,
        },
        TExprKind::Not(a) | TExprKind::Neg(a) | TExprKind::Let(_, a) => record(a, uses),
        TExprKind::Binary(_, a, b) => record(a, uses) && record(b, uses),
        _ => true,
    }
}

/// Records that the field in `slot` is compared with `constant`; false if it is not a constant.
fn constant(constant: &TExpr, slot: usize, uses: &mut [Use]) -> bool {
    match &constant.kind {
        TExprKind::Number(n) => uses[slot].numbers.push(*n),
        TExprKind::Time(t) => uses[slot].times.push(*t),
        TExprKind::Text(t) => uses[slot].equals.push(crate::value::fold_spelling(t)),
        TExprKind::EnumValue(_) | TExprKind::Bool(_) => {}
        _ => return false,
    }
    true
}
