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

use crate::check::model::{Derived, Model, TExpr, TExprKind, Type};
use crate::value::Value;

/// How one class field's value is reduced to a small number.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyPart {
    /// The sorted constants it is compared with: the key is the interval it falls in, and whether
    /// it equals one of them.
    Number(Vec<f64>),
    Time(Vec<i64>),
    /// A `one of` or yes/no field: its value itself.
    Exact,
    /// Text compared for equality (ignoring case) and searched for needles (lowercased).
    Text {
        equals: Vec<String>,
        contains: Vec<String>,
    },
    /// Only tested with `is known`.
    Known,
}

/// The signature plan of a rule set: one part per class field (`RuleSet::class_fields`).
#[derive(Clone, Debug, PartialEq)]
pub struct SignaturePlan {
    pub parts: Vec<(usize, KeyPart)>,
}

impl SignaturePlan {
    /// The lead's signature: equal signatures, equal questions.
    pub fn key(&self, lead: &[Value], out: &mut Vec<u32>) {
        out.clear();
        for (slot, part) in &self.parts {
            let value = lead.get(*slot).unwrap_or(&Value::Unknown);
            out.push(match (part, value) {
                (_, Value::Unknown) => 0,
                (KeyPart::Number(constants), Value::Number(x)) => 1 + position(constants, x),
                (KeyPart::Time(constants), Value::Time(t)) => {
                    let below = constants.partition_point(|c| c < t) as u32;
                    1 + 2 * below + u32::from(constants.binary_search(t).is_ok())
                }
                (KeyPart::Exact, Value::Enum(e)) => 1 + e,
                (KeyPart::Exact, Value::Bool(b)) => 1 + u32::from(*b),
                (KeyPart::Text { equals, contains }, Value::Text(t)) => {
                    let lower = t.to_lowercase();
                    let mut bits = 1u32;
                    for (i, e) in equals.iter().enumerate().take(15) {
                        bits |= u32::from(*e == lower) << (1 + i);
                    }
                    for (i, n) in contains.iter().enumerate().take(15) {
                        bits |= u32::from(lower.contains(n.as_str())) << (16 + i);
                    }
                    bits
                }
                (KeyPart::Known, _) => 1,
                // A value of an unexpected kind: keep it apart from everything else.
                _ => u32::MAX,
            });
        }
    }
}

/// 2 × (how many constants lie below `x`) + (whether `x` equals one of them).
fn position(constants: &[f64], x: &f64) -> u32 {
    let below = constants.partition_point(|c| c < x) as u32;
    let equal = constants.get(below as usize).is_some_and(|c| c == x);
    2 * below + u32::from(equal)
}

/// The plan for `class_fields`, or `None` when some class field is used in a way a signature
/// cannot capture.
pub fn plan(model: &Model, class_fields: &[usize]) -> Option<SignaturePlan> {
    let mut uses: Vec<Use> = vec![Use::default(); model.schema.fields.len()];
    let mut ok = true;
    for e in class_expressions(model) {
        ok &= record(e, &mut uses);
    }
    if !ok {
        return None;
    }
    let parts = class_fields
        .iter()
        .map(|&slot| {
            let u = &uses[slot];
            let part = match model_type(model, slot) {
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
                Type::Enum(_) | Type::Bool => KeyPart::Exact,
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
    // Too many text constants to fit the bits: no signature.
    let fits = parts.iter().all(|(_, p)| match p {
        KeyPart::Text { equals, contains } => equals.len() <= 15 && contains.len() <= 15,
        _ => true,
    });
    fits.then_some(SignaturePlan { parts })
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
        TExprKind::Not(a) | TExprKind::Neg(a) => record(a, uses),
        TExprKind::Binary(_, a, b) => record(a, uses) && record(b, uses),
        _ => true,
    }
}

/// Records that the field in `slot` is compared with `constant`; false if it is not a constant.
fn constant(constant: &TExpr, slot: usize, uses: &mut [Use]) -> bool {
    match &constant.kind {
        TExprKind::Number(n) => uses[slot].numbers.push(*n),
        TExprKind::Time(t) => uses[slot].times.push(*t),
        TExprKind::Text(t) => uses[slot].equals.push(t.to_lowercase()),
        TExprKind::EnumValue(_) | TExprKind::Bool(_) => {}
        _ => return false,
    }
    true
}
