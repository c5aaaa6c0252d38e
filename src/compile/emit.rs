//! Typed expressions → flat steps: the form the evaluator runs.
//!
//! Each condition becomes code that ends by writing the condition's own truth register;
//! sub-expressions go to temporary registers numbered after the named ones. The tests of one
//! field against constants (a range of numbers or dates, a set of `one of` values, a yes/no
//! field, `is known`) go to lists of their own in the `Program`; everything else is a general
//! `Step` whose operands are read in place (a field slot, a constant, a score, a framework's
//! verdict), so `score >= 60` or `BANT passes or score >= 60` are one step each.
//!
//! INVARIANT: the same Kleene semantics as the reference in `docs/language.md`: an unknown operand
//! makes a comparison or calculation unknown; `and`/`or`/`not` are Kleene's; division by zero is
//! unknown. Steps have no side effects but their own register, so running every step of a block
//! (no short-circuit) gives the same truths as evaluating lazily.

use super::program::{
    Arith, CodeRange, Condition, EnumOf, FieldTest, Num, Order, Program, RangeTest, SetTest, Step, TextOf, TruthOf,
};
use crate::check::model::{TExpr, TExprKind, Type};
use crate::syntax::ast::BinaryOp;
use crate::value::Truth;
use indexmap::IndexSet;
use std::ops::Range;

/// Emits code into one program, handing out temporary registers after the named ones.
pub struct Emitter<'t> {
    pub program: Program,
    /// The truth registers of each framework's criteria, for `BANT.budget`.
    pub criteria: Vec<Range<u32>>,
    /// The next free temporary truth register, and the number of number registers used.
    pub truths: u32,
    pub numbers: u32,
    /// Text constants, shared with the rule set's `texts`.
    pub texts: &'t mut IndexSet<String>,
    /// For each field slot, whether it is a `one of` field of at most 64 values: its tests
    /// become one bit test on a mask (and a negated test the complementary mask).
    pub small_enums: Vec<bool>,
}

impl Emitter<'_> {
    /// The end of each list so far: where the next block's code starts.
    pub fn here(&self) -> CodeRange {
        let p = &self.program;
        let at = |n: usize| n as u32..n as u32;
        CodeRange {
            ranges: at(p.ranges.len()),
            sets: at(p.sets.len()),
            fields: at(p.fields.len()),
            steps: at(p.steps.len()),
        }
    }

    /// The code emitted since `start` (a `here()`).
    pub fn since(&self, start: &CodeRange) -> CodeRange {
        let end = self.here();
        CodeRange {
            ranges: start.ranges.start..end.ranges.end,
            sets: start.sets.start..end.sets.end,
            fields: start.fields.start..end.fields.end,
            steps: start.steps.start..end.steps.end,
        }
    }

    /// Emits a yes/no expression into register `dst`.
    pub fn condition(&mut self, e: &TExpr, dst: u32) -> Condition {
        let start = self.here();
        self.truth_into(e, dst);
        Condition { code: self.since(&start), register: dst, reads: reads(e) }
    }

    /// `otherwise`: a register that is always true.
    pub fn always(&mut self, dst: u32) {
        self.push(Step::Const { dst, truth: Truth::True }.into());
    }

    fn push(&mut self, out: Out) {
        match out {
            Out::Range(t) => self.program.ranges.push(t),
            Out::Set(t) => self.program.sets.push(t),
            Out::Field(t) => self.program.fields.push(t),
            Out::Step(s) => self.program.steps.push(s),
        }
    }

    fn temporary(&mut self) -> u32 {
        self.truths += 1;
        self.truths - 1
    }

    fn truth_into(&mut self, e: &TExpr, dst: u32) {
        let out: Out = match &e.kind {
            TExprKind::Bool(b) => Step::Const { dst, truth: Truth::from(*b) }.into(),
            TExprKind::Field(slot) => {
                Out::Field(FieldTest { dst, slot: *slot as u32, known_only: false, negate: false })
            }
            TExprKind::Minimum | TExprKind::FrameworkPasses(_) | TExprKind::FrameworkCriterion(..) => {
                Step::Copy { dst, a: self.truth_of(e) }.into()
            }
            TExprKind::Not(a) if is_reference(a) => Step::Not { dst, a: self.truth_of(a) }.into(),
            TExprKind::Not(a) => {
                let start = self.here();
                self.truth_into(a, dst);
                let added = self.since(&start);
                let p = &mut self.program;
                // A negated test or comparison is the complementary one (unknown stays unknown).
                match (added.steps.len(), added.ranges.len() + added.sets.len() + added.fields.len()) {
                    (0, 1) if added.ranges.len() == 1 => {
                        p.ranges.last_mut().into_iter().for_each(|t| t.outside ^= true)
                    }
                    (0, 1) if added.sets.len() == 1 => p.sets.last_mut().into_iter().for_each(|t| t.mask = !t.mask),
                    (0, 1) => p.fields.last_mut().into_iter().for_each(|t| t.negate ^= true),
                    _ => match p.steps.last_mut() {
                        Some(Step::Compare { dst: d, order, .. }) if *d == dst && !added.steps.is_empty() => {
                            *order = order.negated()
                        }
                        _ => p.steps.push(Step::Not { dst, a: TruthOf::Register(dst) }),
                    },
                }
                return;
            }
            TExprKind::Binary(op @ (BinaryOp::And | BinaryOp::Or), a, b) => {
                let a = if is_reference(a) {
                    self.truth_of(a)
                } else {
                    self.truth_into(a, dst);
                    TruthOf::Register(dst)
                };
                let b = self.truth_of(b);
                if *op == BinaryOp::And { Step::And { dst, a, b }.into() } else { Step::Or { dst, a, b }.into() }
            }
            TExprKind::Binary(op, a, b) if op.is_comparison() => self.comparison(*op, a, b, dst),
            TExprKind::Between(x, lo, hi) => {
                if let (TExprKind::Field(slot), Some(lo), Some(hi)) = (&x.kind, constant(lo), constant(hi)) {
                    Out::Range(RangeTest { dst, slot: *slot as u32, lo, hi, outside: false })
                } else {
                    Step::Between { dst, x: self.number(x), lo: self.number(lo), hi: self.number(hi) }.into()
                }
            }
            TExprKind::In(v, list) => return self.membership(v, list, dst),
            TExprKind::IsKnown(v) => match (&v.kind, v.ty) {
                (TExprKind::Field(slot), _) => {
                    Out::Field(FieldTest { dst, slot: *slot as u32, known_only: true, negate: false })
                }
                (_, Type::Num(_) | Type::Date | Type::DateTime) => Step::KnownNumber { dst, a: self.number(v) }.into(),
                (_, Type::Bool) => Step::KnownTruth { dst, a: self.truth_of(v) }.into(),
                // A `one of` value or a text constant: always known.
                _ => Step::Const { dst, truth: Truth::True }.into(),
            },
            TExprKind::Contains(v, needle) => match self.text_of(v) {
                Some(a) => Step::Contains { dst, a, needle: self.texts.insert_full(needle.clone()).0 as u32 }.into(),
                None => Step::Const { dst, truth: Truth::Unknown }.into(),
            },
            // The checker only lets yes/no expressions here; anything else is never true.
            _ => Step::Const { dst, truth: Truth::Unknown }.into(),
        };
        self.push(out);
    }

    /// Where to read a yes/no expression: in place for references, else a temporary register.
    fn truth_of(&mut self, e: &TExpr) -> TruthOf {
        match e.kind {
            TExprKind::Minimum => TruthOf::Minimum,
            TExprKind::FrameworkPasses(i) => TruthOf::Passes(i as u32),
            TExprKind::FrameworkCriterion(i, j) => TruthOf::Register(self.criteria[i].start + j as u32),
            _ => {
                let r = self.temporary();
                self.truth_into(e, r);
                TruthOf::Register(r)
            }
        }
    }

    fn comparison(&mut self, op: BinaryOp, a: &TExpr, b: &TExpr, dst: u32) -> Out {
        let eq = op == BinaryOp::Eq;
        match (a.ty, b.ty) {
            (Type::Enum(_), _) => {
                if let (TExprKind::Field(slot), TExprKind::EnumValue(v))
                | (TExprKind::EnumValue(v), TExprKind::Field(slot)) = (&a.kind, &b.kind)
                    && self.small_enums.get(*slot).copied().unwrap_or(false)
                {
                    let mask = 1u64 << v;
                    return Out::Set(SetTest { dst, slot: *slot as u32, mask: if eq { mask } else { !mask } });
                }
                match (enum_of(a), enum_of(b)) {
                    (Some(a), Some(b)) => Step::SameEnum { dst, a, b, eq }.into(),
                    _ => Step::Const { dst, truth: Truth::Unknown }.into(),
                }
            }
            (Type::Text, _) => match (self.text_of(a), self.text_of(b)) {
                (Some(a), Some(b)) => Step::SameText { dst, a, b, eq }.into(),
                _ => Step::Const { dst, truth: Truth::Unknown }.into(),
            },
            (Type::Bool, _) => Step::SameTruth { dst, a: self.truth_of(a), b: self.truth_of(b), eq }.into(),
            (Type::Num(_) | Type::Date | Type::DateTime, _) | (_, Type::Date | Type::DateTime) => {
                let order = Order::from(op);
                match (&a.kind, constant(a), &b.kind, constant(b)) {
                    (TExprKind::Field(slot), _, _, Some(k)) => return range(dst, *slot, order, k),
                    (_, Some(k), TExprKind::Field(slot), _) => return range(dst, *slot, order.mirrored(), k),
                    _ => {}
                }
                Step::Compare { dst, order, a: self.number(a), b: self.number(b) }.into()
            }
            _ => Step::Const { dst, truth: Truth::Unknown }.into(),
        }
    }

    /// `x in [a, b, ...]`: one bit test for a `one of` field, else the Kleene "or" of equalities.
    fn membership(&mut self, v: &TExpr, list: &[TExpr], dst: u32) {
        if let TExprKind::Field(slot) = v.kind
            && self.small_enums.get(slot).copied().unwrap_or(false)
        {
            let values: Option<Vec<u32>> =
                list.iter().map(|e| if let TExprKind::EnumValue(x) = e.kind { Some(x) } else { None }).collect();
            if let Some(values) = values {
                let mask = values.iter().fold(0u64, |m, x| m | (1 << x));
                self.push(Out::Set(SetTest { dst, slot: slot as u32, mask }));
                return;
            }
        }
        let Some((first, rest)) = list.split_first() else {
            self.push(Step::Const { dst, truth: Truth::False }.into());
            return;
        };
        let first = self.comparison(BinaryOp::Eq, v, first, dst);
        self.push(first);
        for item in rest {
            let r = self.temporary();
            let test = self.comparison(BinaryOp::Eq, v, item, r);
            self.push(test);
            self.push(Step::Or { dst, a: TruthOf::Register(dst), b: TruthOf::Register(r) }.into());
        }
    }

    /// Where to read a number (a date as civil seconds), emitting the steps of a calculation.
    pub fn number(&mut self, e: &TExpr) -> Num {
        match &e.kind {
            TExprKind::Number(n) => Num::Const(*n),
            TExprKind::Time(t) => Num::Const(*t as f64),
            TExprKind::Field(slot) => Num::Field(*slot as u32),
            TExprKind::Score(i) => Num::Score(*i as u32),
            TExprKind::ProfileFit(i) => Num::Fit(*i as u32),
            TExprKind::FrameworkMet(i) => Num::Met(*i as u32),
            TExprKind::DealSize => Num::DealSize,
            TExprKind::DealProbability => Num::DealProbability,
            TExprKind::DealPriority => Num::DealPriority,
            TExprKind::Neg(a) => {
                let a = self.number(a);
                let dst = self.number_register();
                self.calculation(e.span);
                self.push(Step::Negate { dst, a }.into());
                Num::Register(dst)
            }
            TExprKind::Binary(op, a, b) => {
                let op = match op {
                    BinaryOp::Add => Arith::Add,
                    BinaryOp::Sub => Arith::Sub,
                    BinaryOp::Mul => Arith::Mul,
                    BinaryOp::Div => Arith::Div,
                    _ => return Num::Const(f64::NAN),
                };
                let (a, b) = (self.number(a), self.number(b));
                let dst = self.number_register();
                self.calculation(e.span);
                self.push(Step::Calc { dst, op, a, b }.into());
                Num::Register(dst)
            }
            _ => Num::Const(f64::NAN),
        }
    }

    /// Notes that the next step computes the expression at `span`.
    fn calculation(&mut self, span: crate::span::Span) {
        let step = self.program.steps.len() as u32;
        self.program.calculations.push((step, span));
    }

    fn number_register(&mut self) -> u32 {
        self.numbers += 1;
        self.numbers - 1
    }

    /// Text is a field or a constant (the checker allows nothing else).
    fn text_of(&mut self, e: &TExpr) -> Option<TextOf> {
        match &e.kind {
            TExprKind::Field(slot) => Some(TextOf::Field(*slot as u32)),
            TExprKind::Text(t) => Some(TextOf::Constant(self.texts.insert_full(t.clone()).0 as u32)),
            _ => None,
        }
    }
}

/// A number or date constant (dates as civil seconds).
fn constant(e: &TExpr) -> Option<f64> {
    match e.kind {
        TExprKind::Number(n) if !n.is_nan() => Some(n),
        TExprKind::Time(t) => Some(t as f64),
        _ => None,
    }
}

/// What an expression compiles to: a test of one field (kept in its own list) or a step.
enum Out {
    Range(RangeTest),
    Set(SetTest),
    Field(FieldTest),
    Step(Step),
}

impl From<Step> for Out {
    fn from(step: Step) -> Out {
        Out::Step(step)
    }
}

/// `field ORDER k` as a range of the field's values.
fn range(dst: u32, slot: usize, order: Order, k: f64) -> Out {
    let (lo, hi, outside) = match order {
        Order::Lt => (f64::NEG_INFINITY, k.next_down(), false),
        Order::Le => (f64::NEG_INFINITY, k, false),
        Order::Gt => (k.next_up(), f64::INFINITY, false),
        Order::Ge => (k, f64::INFINITY, false),
        Order::Eq => (k, k, false),
        Order::Ne => (k, k, true),
    };
    Out::Range(RangeTest { dst, slot: slot as u32, lo, hi, outside })
}

/// A framework's verdict or criterion, or `minimum`: read in place, no step needed.
fn is_reference(e: &TExpr) -> bool {
    matches!(e.kind, TExprKind::Minimum | TExprKind::FrameworkPasses(_) | TExprKind::FrameworkCriterion(..))
}

fn enum_of(e: &TExpr) -> Option<EnumOf> {
    match e.kind {
        TExprKind::Field(slot) => Some(EnumOf::Field(slot as u32)),
        TExprKind::EnumValue(v) => Some(EnumOf::Value(v)),
        _ => None,
    }
}

impl From<BinaryOp> for Order {
    fn from(op: BinaryOp) -> Order {
        match op {
            BinaryOp::Lt => Order::Lt,
            BinaryOp::Le => Order::Le,
            BinaryOp::Gt => Order::Gt,
            BinaryOp::Ge => Order::Ge,
            BinaryOp::Eq => Order::Eq,
            _ => Order::Ne,
        }
    }
}

impl Order {
    /// The same test with its operands swapped: `k < x` is `x > k`.
    fn mirrored(self) -> Order {
        match self {
            Order::Lt => Order::Gt,
            Order::Le => Order::Ge,
            Order::Gt => Order::Lt,
            Order::Ge => Order::Le,
            same => same,
        }
    }

    /// The order that holds exactly when this one does not (for known, comparable numbers).
    fn negated(self) -> Order {
        match self {
            Order::Lt => Order::Ge,
            Order::Le => Order::Gt,
            Order::Gt => Order::Le,
            Order::Ge => Order::Lt,
            Order::Eq => Order::Ne,
            Order::Ne => Order::Eq,
        }
    }
}

/// The field slots an expression reads directly, in order of appearance, without repeats.
pub fn reads(e: &TExpr) -> Box<[u32]> {
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
