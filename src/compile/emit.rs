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

use super::ids::{FieldSlot, Id, IdRange, NumberRegister, TextId, TooMany, TruthRegister};
use super::program::{
    Arith, CodeRange, Condition, EnumOf, FieldTest, Num, Order, Program, RangeTest, SetTest, Step, TextOf, TruthOf,
};
use crate::check::model::{TExpr, TExprKind, Type};
use crate::syntax::ast::BinaryOp;
use crate::value::Truth;
use indexmap::IndexSet;

/// Emits code into one program, handing out temporary registers after the named ones.
pub struct Emitter<'t> {
    pub program: Program,
    /// The truth registers of each framework's criteria, for `BANT.budget`.
    pub criteria: Vec<IdRange<TruthRegister>>,
    /// The next free temporary truth register, and the number of number registers used.
    pub truths: usize,
    pub numbers: usize,
    /// Text constants, shared with the rule set's `texts`.
    pub texts: &'t mut IndexSet<String>,
    /// For each field slot, whether it is a `one of` field of at most 64 values: its tests
    /// become one bit test on a mask (and a negated test the complementary mask).
    pub small_enums: Vec<bool>,
    /// The first kind of id that ran out (`ids`): the program is then not to be used.
    pub too_many: Option<TooMany>,
}

impl Emitter<'_> {
    /// The end of each list so far: where the next block's code starts.
    pub fn here(&mut self) -> CodeRange {
        let p = &self.program;
        let mut too_many = self.too_many;
        let here = CodeRange {
            ranges: empty_at(p.ranges.next_id(), &mut too_many),
            sets: empty_at(p.sets.next_id(), &mut too_many),
            fields: empty_at(p.fields.next_id(), &mut too_many),
            steps: empty_at(p.steps.next_id(), &mut too_many),
        };
        self.too_many = too_many;
        here
    }

    /// The code emitted since `start` (a `here()`).
    pub fn since(&mut self, start: &CodeRange) -> CodeRange {
        let end = self.here();
        CodeRange {
            ranges: IdRange::new(start.ranges.start, end.ranges.end),
            sets: IdRange::new(start.sets.start, end.sets.end),
            fields: IdRange::new(start.fields.start, end.fields.end),
            steps: IdRange::new(start.steps.start, end.steps.end),
        }
    }

    /// Emits a yes/no expression into register `dst`.
    pub fn condition(&mut self, e: &TExpr, dst: TruthRegister) -> Condition {
        let start = self.here();
        self.truth_into(e, dst);
        let reads = self.reads(e);
        let mut names: Vec<usize> = Vec::new();
        e.walk(&mut |sub| {
            if let TExprKind::Let(index, _) = sub.kind
                && !names.contains(&index)
            {
                names.push(index);
            }
        });
        Condition { code: self.since(&start), register: dst, reads, names: names.into() }
    }

    /// The field slots an expression reads directly, in order of appearance, without repeats.
    pub fn reads(&mut self, e: &TExpr) -> Box<[FieldSlot]> {
        let mut slots: Vec<usize> = Vec::new();
        e.walk(&mut |sub| {
            if let TExprKind::Field(slot) = sub.kind
                && !slots.contains(&slot)
            {
                slots.push(slot);
            }
        });
        slots.into_iter().map(|slot| self.slot(slot)).collect()
    }

    /// The id of position `index`, noting when it does not fit (then the program is refused).
    pub fn id<I: Id>(&mut self, index: usize) -> I {
        checked(I::new(index), &mut self.too_many).unwrap_or_else(|| I::clamped(index))
    }

    fn slot(&mut self, slot: usize) -> FieldSlot {
        self.id(slot)
    }

    fn text(&mut self, text: &str) -> TextId {
        let index = self.texts.insert_full(text.to_string()).0;
        self.id(index)
    }

    /// A truth register of its own, after the named ones.
    pub fn truth_register(&mut self) -> TruthRegister {
        self.truths += 1;
        self.id(self.truths - 1)
    }

    /// `otherwise`: a register that is always true.
    pub fn always(&mut self, dst: TruthRegister) {
        self.push(Step::Const { dst, truth: Truth::True }.into());
    }

    fn push(&mut self, out: Out) {
        let pushed = match out {
            Out::Range(t) => self.program.ranges.push(t).map(drop),
            Out::Set(t) => self.program.sets.push(t).map(drop),
            Out::Field(t) => self.program.fields.push(t).map(drop),
            Out::Step(s) => self.program.steps.push(s).map(drop),
        };
        checked(pushed, &mut self.too_many);
    }

    fn truth_into(&mut self, e: &TExpr, dst: TruthRegister) {
        // A named condition is its condition, compiled in place.
        let e = e.unnamed();
        let out: Out = match &e.kind {
            TExprKind::Bool(b) => Step::Const { dst, truth: Truth::from(*b) }.into(),
            TExprKind::Field(slot) => {
                Out::Field(FieldTest { dst, slot: self.slot(*slot), known_only: false, negate: false })
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
                        _ => {
                            let pushed = p.steps.push(Step::Not { dst, a: TruthOf::Register(dst) });
                            checked(pushed, &mut self.too_many);
                        }
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
                    Out::Range(RangeTest { dst, slot: self.slot(*slot), lo, hi, outside: false })
                } else {
                    Step::Between { dst, x: self.number(x), lo: self.number(lo), hi: self.number(hi) }.into()
                }
            }
            TExprKind::In(v, list) => return self.membership(v, list, dst),
            TExprKind::IsKnown(v) => match (&v.kind, v.ty) {
                (TExprKind::Field(slot), _) => {
                    Out::Field(FieldTest { dst, slot: self.slot(*slot), known_only: true, negate: false })
                }
                (_, Type::Num(_) | Type::Date | Type::DateTime) => Step::KnownNumber { dst, a: self.number(v) }.into(),
                (_, Type::Bool) => Step::KnownTruth { dst, a: self.truth_of(v) }.into(),
                // A `one of` value or a text constant: always known.
                _ => Step::Const { dst, truth: Truth::True }.into(),
            },
            TExprKind::Contains(v, needle) => match self.text_of(v) {
                Some(a) => Step::Contains { dst, a, needle: self.text(needle) }.into(),
                None => Step::Const { dst, truth: Truth::Unknown }.into(),
            },
            // The checker only lets yes/no expressions here; anything else is never true.
            _ => Step::Const { dst, truth: Truth::Unknown }.into(),
        };
        self.push(out);
    }

    /// Where to read a yes/no expression: in place for references, else a temporary register.
    fn truth_of(&mut self, e: &TExpr) -> TruthOf {
        let e = e.unnamed();
        match e.kind {
            TExprKind::Minimum => TruthOf::Minimum,
            TExprKind::FrameworkPasses(i) => TruthOf::Passes(self.id(i)),
            TExprKind::FrameworkCriterion(i, j) => {
                let register = self.criteria.get(i).and_then(|registers| registers.nth(j));
                // The checker resolved `BANT.budget`: a criterion the framework has.
                TruthOf::Register(register.unwrap_or_else(|| self.id(usize::MAX)))
            }
            _ => {
                let r = self.truth_register();
                self.truth_into(e, r);
                TruthOf::Register(r)
            }
        }
    }

    fn comparison(&mut self, op: BinaryOp, a: &TExpr, b: &TExpr, dst: TruthRegister) -> Out {
        let eq = op == BinaryOp::Eq;
        match (a.ty, b.ty) {
            (Type::Enum(_), _) => {
                if let (TExprKind::Field(slot), TExprKind::EnumValue(v))
                | (TExprKind::EnumValue(v), TExprKind::Field(slot)) = (&a.kind, &b.kind)
                    && self.small_enums.get(*slot).copied().unwrap_or(false)
                {
                    let mask = 1u64 << v;
                    let slot = self.slot(*slot);
                    return Out::Set(SetTest { dst, slot, mask: if eq { mask } else { !mask } });
                }
                match (self.enum_of(a), self.enum_of(b)) {
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
                    (TExprKind::Field(slot), _, _, Some(k)) => return range(dst, self.slot(*slot), order, k),
                    (_, Some(k), TExprKind::Field(slot), _) => {
                        return range(dst, self.slot(*slot), order.mirrored(), k);
                    }
                    _ => {}
                }
                Step::Compare { dst, order, a: self.number(a), b: self.number(b) }.into()
            }
            _ => Step::Const { dst, truth: Truth::Unknown }.into(),
        }
    }

    /// `x in [a, b, ...]`: one bit test for a `one of` field, else the Kleene "or" of equalities.
    fn membership(&mut self, v: &TExpr, list: &[TExpr], dst: TruthRegister) {
        if let TExprKind::Field(slot) = v.kind
            && self.small_enums.get(slot).copied().unwrap_or(false)
        {
            let values: Option<Vec<u32>> =
                list.iter().map(|e| if let TExprKind::EnumValue(x) = e.kind { Some(x) } else { None }).collect();
            if let Some(values) = values {
                let mask = values.iter().fold(0u64, |m, x| m | (1 << x));
                let slot = self.slot(slot);
                self.push(Out::Set(SetTest { dst, slot, mask }));
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
            let r = self.truth_register();
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
            TExprKind::Field(slot) => Num::Field(self.slot(*slot)),
            TExprKind::Score(i) => Num::Score(self.id(*i)),
            TExprKind::ProfileFit(i) => Num::Fit(self.id(*i)),
            TExprKind::FrameworkMet(i) => Num::Met(self.id(*i)),
            TExprKind::DealSize => Num::DealSize,
            TExprKind::DealProbability => Num::DealProbability,
            TExprKind::DealPriority => Num::DealPriority,
            TExprKind::Neg(a) => {
                let a = self.number(a);
                let dst = self.number_register();
                self.calculation(*e.span);
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
                self.calculation(*e.span);
                self.push(Step::Calc { dst, op, a, b }.into());
                Num::Register(dst)
            }
            _ => Num::Const(f64::NAN),
        }
    }

    /// Notes that the next step computes the expression at `span`.
    fn calculation(&mut self, span: crate::span::Span) {
        let step = checked(self.program.steps.next_id(), &mut self.too_many);
        if let Some(step) = step {
            self.program.calculations.push((step, span));
        }
    }

    fn number_register(&mut self) -> NumberRegister {
        self.numbers += 1;
        self.id(self.numbers - 1)
    }

    /// Text is a field or a constant (the checker allows nothing else).
    fn text_of(&mut self, e: &TExpr) -> Option<TextOf> {
        match &e.kind {
            TExprKind::Field(slot) => Some(TextOf::Field(self.slot(*slot))),
            TExprKind::Text(t) => Some(TextOf::Constant(self.text(t))),
            _ => None,
        }
    }

    fn enum_of(&mut self, e: &TExpr) -> Option<EnumOf> {
        match e.kind {
            TExprKind::Field(slot) => Some(EnumOf::Field(self.slot(slot))),
            TExprKind::EnumValue(v) => Some(EnumOf::Value(v)),
            _ => None,
        }
    }
}

/// The empty range at the end of a list (the next id); noted when the list is full.
fn empty_at<I: Id>(next: Result<I, TooMany>, too_many: &mut Option<TooMany>) -> IdRange<I> {
    let id = checked(next, too_many).unwrap_or_else(|| I::clamped(usize::MAX));
    IdRange::new(id, id)
}

/// The value of a checked id conversion; the first failure is kept in `too_many`.
fn checked<T>(result: Result<T, TooMany>, too_many: &mut Option<TooMany>) -> Option<T> {
    result.map_err(|e| *too_many.get_or_insert(e)).ok()
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
fn range(dst: TruthRegister, slot: FieldSlot, order: Order, k: f64) -> Out {
    let (lo, hi, outside) = match order {
        Order::Lt => (f64::NEG_INFINITY, k.next_down(), false),
        Order::Le => (f64::NEG_INFINITY, k, false),
        Order::Gt => (k.next_up(), f64::INFINITY, false),
        Order::Ge => (k, f64::INFINITY, false),
        Order::Eq => (k, k, false),
        Order::Ne => (k, k, true),
    };
    Out::Range(RangeTest { dst, slot, lo, hi, outside })
}

/// A framework's verdict or criterion, or `minimum`: read in place, no step needed.
fn is_reference(e: &TExpr) -> bool {
    matches!(e.unnamed().kind, TExprKind::Minimum | TExprKind::FrameworkPasses(_) | TExprKind::FrameworkCriterion(..))
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
