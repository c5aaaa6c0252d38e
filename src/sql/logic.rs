//! The compiled program (`compile::program`) as SQL expressions in three-valued logic: a truth
//! register is a BOOLEAN that is NULL while unknown, a number register a double that is NULL
//! while unknown. SQL's AND, OR and NOT are Kleene's, as the evaluator's are; a comparison with
//! NULL is NULL, as one with an unknown number is unknown; a division by zero is NULL
//! (`NULLIF`), as it is unknown to the evaluator. The expressions are built step by step as
//! `eval::machine` runs them, each register's expression standing in for it until its block
//! ends, when the block's conditions become columns (`t{register}`) the later blocks read.

use super::dialect::{self, Dialect, literal};
use crate::compile::program::{Arith, CodeRange, EnumOf, Num, Order, RuleSet, Step, TextOf, TruthOf, TruthRegister};
use crate::schema::FieldKind;
use crate::value::Truth;
use std::collections::HashMap;

/// The expressions standing for the registers so far.
pub(crate) struct Logic<'r> {
    rules: &'r RuleSet,
    dialect: Dialect,
    truths: HashMap<usize, String>,
    numbers: HashMap<usize, String>,
    fold: Box<dyn Fn(&str) -> String + 'r>,
    spelling: Box<dyn Fn(&str) -> String + 'r>,
    /// What was read before any step wrote it (a construct this module does not express): the
    /// query is refused rather than written with NULL in its place.
    missing: std::cell::RefCell<Vec<String>>,
}

/// How texts are folded in SQL: `fold` lowercases (for `contains`), `spelling` also reads a
/// run of blanks as one space (for `=`, as `value::folded_chars` does).
pub(crate) struct Folds<'r> {
    pub(crate) fold: Box<dyn Fn(&str) -> String + 'r>,
    pub(crate) spelling: Box<dyn Fn(&str) -> String + 'r>,
}

impl<'r> Logic<'r> {
    pub(crate) fn new(rules: &'r RuleSet, dialect: Dialect, folds: Folds<'r>) -> Self {
        let Folds { fold, spelling } = folds;
        Logic {
            rules,
            dialect,
            truths: HashMap::new(),
            numbers: HashMap::new(),
            fold,
            spelling,
            missing: Default::default(),
        }
    }

    /// What was read though never written (empty when every step was expressed).
    pub(crate) fn missing(&self) -> Vec<String> {
        self.missing.borrow().clone()
    }

    /// Notes that `what` was read before it was written.
    pub(crate) fn note_missing(&self, what: String) {
        self.missing.borrow_mut().push(what);
    }

    /// A column that now holds register `r`'s truth.
    pub(crate) fn settle(&mut self, r: TruthRegister) -> (String, String) {
        let name = format!("t{}", r.index());
        let expression = self.truth(TruthOf::Register(r));
        self.truths.insert(r.index(), name.clone());
        (expression, name)
    }

    fn field(&self, slot: usize) -> String {
        format!("f{slot}")
    }

    fn number_literal(&self, value: f64) -> String {
        if value.is_finite() {
            dialect::number(value, self.dialect)
        } else {
            format!("CAST(NULL AS {})", self.dialect.double())
        }
    }

    /// Runs the tests of one field against constants, of the whole program.
    pub(crate) fn tests(&mut self) {
        let rules = self.rules;
        let program = &rules.program;
        for t in program.ranges.iter() {
            let x = self.field(t.slot.index());
            let mut bounds = Vec::new();
            if t.lo.is_finite() {
                bounds.push(format!("{x} >= {}", self.number_literal(t.lo)));
            }
            if t.hi.is_finite() {
                bounds.push(format!("{x} <= {}", self.number_literal(t.hi)));
            }
            let within = match bounds.is_empty() {
                true => format!("CASE WHEN {x} IS NULL THEN NULL ELSE TRUE END"),
                false => format!("({})", bounds.join(" AND ")),
            };
            let truth = if t.outside { format!("(NOT {within})") } else { within };
            self.truths.insert(t.dst.index(), truth);
        }
        for t in program.sets.iter() {
            let x = self.field(t.slot.index());
            let members: Vec<String> = (0..64).filter(|i| t.mask >> i & 1 == 1).map(|i| i.to_string()).collect();
            let truth = match members.is_empty() {
                true => format!("CASE WHEN {x} IS NULL THEN NULL ELSE FALSE END"),
                false => format!("({x} IN ({}))", members.join(", ")),
            };
            self.truths.insert(t.dst.index(), truth);
        }
        for t in program.fields.iter() {
            let x = self.field(t.slot.index());
            let yes_no = rules.schema.fields.get(t.slot.index()).is_some_and(|f| f.kind == FieldKind::YesNo);
            let truth = match (t.known_only, t.negate) {
                (true, false) => format!("({x} IS NOT NULL)"),
                (true, true) => format!("({x} IS NULL)"),
                (false, false) if yes_no => x,
                (false, true) if yes_no => format!("(NOT {x})"),
                (false, _) => "CAST(NULL AS BOOLEAN)".into(),
            };
            self.truths.insert(t.dst.index(), truth);
        }
    }

    /// Runs the general steps of `code`.
    pub(crate) fn steps(&mut self, code: &CodeRange) {
        let rules = self.rules;
        for step in rules.program.steps.slice(&code.steps) {
            let truth = match *step {
                Step::Const { dst, truth } => (dst, constant(truth).to_string()),
                Step::Copy { dst, a } => (dst, self.truth(a)),
                Step::Not { dst, a } => (dst, format!("(NOT {})", self.truth(a))),
                Step::And { dst, a, b } => (dst, format!("({} AND {})", self.truth(a), self.truth(b))),
                Step::Or { dst, a, b } => (dst, format!("({} OR {})", self.truth(a), self.truth(b))),
                Step::SameTruth { dst, a, b, eq } => {
                    let op = if eq { "=" } else { "<>" };
                    (dst, format!("({} {op} {})", self.truth(a), self.truth(b)))
                }
                Step::KnownNumber { dst, a } => (dst, format!("({} IS NOT NULL)", self.number(a))),
                Step::KnownTruth { dst, a } => (dst, format!("({} IS NOT NULL)", self.truth(a))),
                Step::Compare { dst, order, a, b } => {
                    (dst, format!("({} {} {})", self.number(a), operator(order), self.number(b)))
                }
                Step::Between { dst, x, lo, hi } => {
                    let x = self.number(x);
                    (dst, format!("({x} >= {} AND {x} <= {})", self.number(lo), self.number(hi)))
                }
                Step::SameEnum { dst, a, b, eq } => {
                    let op = if eq { "=" } else { "<>" };
                    (dst, format!("({} {op} {})", self.choice(a), self.choice(b)))
                }
                Step::SameText { dst, a, b, eq } => {
                    let op = if eq { "=" } else { "<>" };
                    (dst, format!("({} {op} {})", self.text(a), self.text(b)))
                }
                Step::Contains { dst, a, needle } => {
                    let needle = literal(&rules.texts[needle]);
                    (dst, format!("(strpos({}, {needle}) > 0)", self.lowercase(a)))
                }
                Step::Calc { dst, op, a, b } => {
                    let (a, b) = (self.number(a), self.number(b));
                    let value = match op {
                        Arith::Add => format!("({a} + {b})"),
                        Arith::Sub => format!("({a} - {b})"),
                        Arith::Mul => format!("({a} * {b})"),
                        Arith::Div => format!("({a} / NULLIF({b}, 0.0))"),
                    };
                    self.numbers.insert(dst.index(), value);
                    continue;
                }
                Step::Negate { dst, a } => {
                    let value = format!("(- {})", self.number(a));
                    self.numbers.insert(dst.index(), value);
                    continue;
                }
            };
            self.truths.insert(truth.0.index(), truth.1);
        }
    }

    /// A truth operand's expression.
    pub(crate) fn truth(&self, a: TruthOf) -> String {
        match a {
            TruthOf::Register(r) => self.truths.get(&r.index()).cloned().unwrap_or_else(|| {
                self.note_missing(format!("truth register {}", r.index()));
                "CAST(NULL AS BOOLEAN)".into()
            }),
            TruthOf::Minimum => "minimum".into(),
            TruthOf::Passes(i) => format!("passes{}", i.index()),
        }
    }

    /// A number operand's expression.
    pub(crate) fn number(&self, a: Num) -> String {
        match a {
            Num::Field(slot) => self.field(slot.index()),
            Num::Const(k) => self.number_literal(k),
            Num::Register(r) => self.numbers.get(&r.index()).cloned().unwrap_or_else(|| {
                self.note_missing(format!("number register {}", r.index()));
                format!("CAST(NULL AS {})", self.dialect.double())
            }),
            Num::Score(i) => format!("score{}", i.index()),
            Num::Fit(i) => format!("fit{}", i.index()),
            Num::Met(i) => format!("CAST(met{} AS {})", i.index(), self.dialect.double()),
            Num::DealSize => "deal_size".into(),
            Num::DealProbability => "deal_probability".into(),
            Num::DealPriority => "deal_priority".into(),
        }
    }

    fn choice(&self, a: EnumOf) -> String {
        match a {
            EnumOf::Field(slot) => self.field(slot.index()),
            EnumOf::Value(v) => v.to_string(),
        }
    }

    /// A text operand folded as spellings are compared (case and blanks ignored, see
    /// `value::folded_chars`).
    fn text(&self, a: TextOf) -> String {
        match a {
            TextOf::Field(slot) => (self.spelling)(&self.field(slot.index())),
            TextOf::Constant(i) => literal(&crate::value::fold_spelling(&self.rules.texts[i])),
        }
    }

    /// A text operand in lowercase, as `contains` reads it.
    fn lowercase(&self, a: TextOf) -> String {
        match a {
            TextOf::Field(slot) => (self.fold)(&self.field(slot.index())),
            TextOf::Constant(i) => literal(&self.rules.texts[i].to_lowercase()),
        }
    }
}

fn constant(truth: Truth) -> &'static str {
    match truth {
        Truth::True => "TRUE",
        Truth::False => "FALSE",
        Truth::Unknown => "CAST(NULL AS BOOLEAN)",
    }
}

fn operator(order: Order) -> &'static str {
    match order {
        Order::Lt => "<",
        Order::Le => "<=",
        Order::Gt => ">",
        Order::Ge => ">=",
        Order::Eq => "=",
        Order::Ne => "<>",
    }
}
