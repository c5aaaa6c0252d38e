//! Runs compiled code (`compile::program::CodeRange`) for one lead: first the tests of one field
//! against constants, each kind in a loop of its own (no dispatch, no branch on the data), then
//! the general steps, each reading its operands in place — a field of the lead, a constant, a
//! register, a score or fit already derived — and writing one register of the verdict. No
//! allocation, no recursion.
//!
//! A number is `NaN` while unknown: a missing field, a calculation with an unknown operand, a
//! division by zero. Every comparison with an unknown number is unknown. A calculation whose
//! result is not a finite number otherwise (an overflow: `1e308 * 10`) is a `Fault` of the
//! verdict: the lead gets an error row, never a verdict computed from it.
//!
//! INVARIANT: the program was validated at the end of compilation (`compile::validate`): every
//! id is in range of its table and every register is written before it is read, and the verdict
//! was sized for these rules (`verdict::prepare`). So registers are indexed directly: a compiler
//! bug would have failed compilation, it cannot read an out-of-range register as unknown here.
//! Only the lead, which the caller gives, is read with a fallback (a missing value is unknown).

use super::verdict::{Fault, Verdict};
use crate::compile::program::{
    Arith, CodeRange, EnumOf, FieldSlot, IdVec, Num, Order, RuleSet, Step, StepId, TextOf, TruthOf, TruthRegister,
};
use crate::value::{Truth, Value};

/// Runs `code` of `rules` for `lead`, writing the registers of `verdict`.
pub(crate) fn run(rules: &RuleSet, code: &CodeRange, lead: &[Value], verdict: &mut Verdict) {
    run_tests(rules, code, lead, &mut verdict.truths);
    run_steps(rules, code, lead, verdict);
}

/// Runs the tests of one field of `code`. They read only the lead, so the tests of every block
/// can run at once, before any block's steps.
pub(crate) fn run_tests(rules: &RuleSet, code: &CodeRange, lead: &[Value], truths: &mut IdVec<TruthRegister, Truth>) {
    let program = &rules.program;
    for t in program.ranges.slice(&code.ranges) {
        let x = field_number(lead, t.slot);
        truths[t.dst] = Truth::decided(!x.is_nan(), (t.lo <= x) & (x <= t.hi) != t.outside);
    }
    for t in program.sets.slice(&code.sets) {
        let (known, x) = match field(lead, t.slot) {
            Some(Value::Enum(x)) => (true, *x),
            _ => (false, 0),
        };
        truths[t.dst] = Truth::decided(known, (x < 64) & (t.mask >> (x & 63) & 1 == 1));
    }
    for t in program.fields.slice(&code.fields) {
        let value = field(lead, t.slot);
        let (known, yes) = match value {
            _ if t.known_only => (true, value.is_some_and(Value::is_known)),
            Some(Value::Bool(b)) => (true, *b),
            _ => (false, false),
        };
        truths[t.dst] = Truth::decided(known, yes != t.negate);
    }
}

/// Runs the general steps of `code`, once its tests have run.
#[inline]
pub(crate) fn run_steps(rules: &RuleSet, code: &CodeRange, lead: &[Value], verdict: &mut Verdict) {
    // Most blocks of tests alone have no steps: no call for them.
    if !code.steps.is_empty() {
        run_general_steps(rules, code, lead, verdict);
    }
}

fn run_general_steps(rules: &RuleSet, code: &CodeRange, lead: &[Value], verdict: &mut Verdict) {
    for (k, step) in rules.program.steps.slice(&code.steps).iter().enumerate() {
        let (dst, truth) = match *step {
            Step::Const { dst, truth } => (dst, truth),
            Step::Copy { dst, a } => (dst, truth_of(a, verdict)),
            Step::Not { dst, a } => (dst, truth_of(a, verdict).not()),
            Step::And { dst, a, b } => (dst, truth_of(a, verdict).and(truth_of(b, verdict))),
            Step::Or { dst, a, b } => (dst, truth_of(a, verdict).or(truth_of(b, verdict))),
            Step::SameTruth { dst, a, b, eq } => {
                let (a, b) = (truth_of(a, verdict), truth_of(b, verdict));
                (dst, Truth::decided(a != Truth::Unknown && b != Truth::Unknown, (a == b) == eq))
            }
            Step::KnownNumber { dst, a } => (dst, Truth::from(!number(a, lead, verdict).is_nan())),
            Step::KnownTruth { dst, a } => (dst, Truth::from(truth_of(a, verdict) != Truth::Unknown)),
            Step::Compare { dst, order, a, b } => {
                (dst, compare(order, number(a, lead, verdict), number(b, lead, verdict)))
            }
            Step::Between { dst, x, lo, hi } => {
                let x = number(x, lead, verdict);
                let above = compare(Order::Ge, x, number(lo, lead, verdict));
                (dst, above.and(compare(Order::Le, x, number(hi, lead, verdict))))
            }
            Step::SameEnum { dst, a, b, eq } => match (enum_of(a, lead), enum_of(b, lead)) {
                (Some(a), Some(b)) => (dst, Truth::from((a == b) == eq)),
                _ => (dst, Truth::Unknown),
            },
            Step::SameText { dst, a, b, eq } => match (text_of(a, rules, lead), text_of(b, rules, lead)) {
                (Some(a), Some(b)) => (dst, Truth::from(same_text(a, b) == eq)),
                _ => (dst, Truth::Unknown),
            },
            Step::Contains { dst, a, needle } => {
                let needle = &*rules.texts[needle];
                match text_of(a, rules, lead) {
                    Some(t) => (dst, Truth::from(t.to_lowercase().contains(needle))),
                    None => (dst, Truth::Unknown),
                }
            }
            Step::Calc { dst, op, a, b } => {
                let (a, b) = (number(a, lead, verdict), number(b, lead, verdict));
                let value = match op {
                    Arith::Add => a + b,
                    Arith::Sub => a - b,
                    Arith::Mul => a * b,
                    Arith::Div if b == 0.0 => f64::NAN,
                    Arith::Div => a / b,
                };
                // Unknown in, unknown out (and a division by zero is unknown); anything else
                // that is not a finite number overflowed: the lead gets no verdict.
                if !(value.is_finite() || a.is_nan() || b.is_nan() || (op == Arith::Div && b == 0.0)) {
                    overflowed(verdict, Fault::Calculation { step: step_at(code, k), op: Some(op), a, b });
                }
                verdict.numbers.0[dst] = value;
                continue;
            }
            Step::Negate { dst, a } => {
                let a = number(a, lead, verdict);
                if a.is_infinite() {
                    overflowed(verdict, Fault::Calculation { step: step_at(code, k), op: None, a, b: f64::NAN });
                }
                verdict.numbers.0[dst] = -a;
                continue;
            }
        };
        verdict.truths[dst] = truth;
    }
}

/// The id of the `k`th step of `code`.
#[cold]
fn step_at(code: &CodeRange, k: usize) -> StepId {
    code.steps.nth(k).unwrap_or(code.steps.end)
}

/// Keeps the first arithmetic fault of a lead.
#[cold]
fn overflowed(verdict: &mut Verdict, fault: Fault) {
    verdict.fault.get_or_insert(fault);
}

#[inline]
fn compare(order: Order, a: f64, b: f64) -> Truth {
    let holds = match order {
        Order::Lt => a < b,
        Order::Le => a <= b,
        Order::Gt => a > b,
        Order::Ge => a >= b,
        Order::Eq => a == b,
        Order::Ne => a != b,
    };
    Truth::decided(!a.is_nan() && !b.is_nan(), holds)
}

#[inline]
fn truth_of(a: TruthOf, verdict: &Verdict) -> Truth {
    match a {
        TruthOf::Register(r) => verdict.truths[r],
        TruthOf::Minimum => verdict.minimum,
        TruthOf::Passes(i) => verdict.frameworks[i.index()].passes,
    }
}

/// A number operand's value; `NaN` when unknown.
#[inline(always)]
pub(crate) fn number(a: Num, lead: &[Value], verdict: &Verdict) -> f64 {
    match a {
        Num::Field(slot) => field_number(lead, slot),
        Num::Const(k) => k,
        Num::Register(r) => verdict.numbers.0[r],
        Num::Score(i) => verdict.scores[i.index()].total,
        Num::Fit(i) => verdict.profiles[i.index()].fit,
        Num::Met(i) => verdict.frameworks[i.index()].met as f64,
        Num::DealSize => verdict.deal.as_ref().and_then(|d| d.size).unwrap_or(f64::NAN),
        Num::DealProbability => verdict.deal.as_ref().and_then(|d| d.probability).unwrap_or(f64::NAN),
        Num::DealPriority => verdict.deal.as_ref().and_then(|d| d.priority).unwrap_or(f64::NAN),
    }
}

/// A number or date field's value; `NaN` when unknown.
#[inline]
fn field_number(lead: &[Value], slot: FieldSlot) -> f64 {
    match field(lead, slot) {
        Some(Value::Number(n)) => *n,
        Some(Value::Time(t)) => *t as f64,
        _ => f64::NAN,
    }
}

fn enum_of(a: EnumOf, lead: &[Value]) -> Option<u32> {
    match a {
        EnumOf::Value(v) => Some(v),
        EnumOf::Field(slot) => match field(lead, slot) {
            Some(Value::Enum(v)) => Some(*v),
            _ => None,
        },
    }
}

fn text_of<'a>(a: TextOf, rules: &'a RuleSet, lead: &'a [Value]) -> Option<&'a str> {
    match a {
        TextOf::Constant(i) => Some(&rules.texts[i]),
        TextOf::Field(slot) => match field(lead, slot) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        },
    }
}

/// The lead's value in field `slot`; `None` when the lead is shorter than the schema.
#[inline]
fn field(lead: &[Value], slot: FieldSlot) -> Option<&Value> {
    lead.get(slot.index())
}

/// Text equality as people mean it: one spelling ([`crate::value::same_spelling`]: ignoring
/// case and blanks), as the reader compares `one of` spellings and the backtest groups leads.
fn same_text(a: &str, b: &str) -> bool {
    crate::value::same_spelling(a, b)
}
