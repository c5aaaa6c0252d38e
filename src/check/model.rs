//! The checked definition: every name resolved to an index, every expression typed.
//!
//! `check` builds a `Model` from the AST; `compile` lowers it to the evaluator's program. A
//! `Model` is only handed on when the checker found no errors, so everything in it is
//! well-typed: conditions are yes/no, comparisons compare like with like, units agree.

use crate::message::Message;
use crate::msg;
use crate::schema::Schema;
use crate::span::{Loc, Span};
use crate::syntax::ast::{BinaryOp, GateKind, Header};

/// The kind of value an expression produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Bool,
    Num(Unit),
    Text,
    /// A value of the `one of` field in this slot.
    Enum(usize),
    Date,
    DateTime,
    /// Stands in after an error so one mistake is reported once.
    Error,
}

/// The unit of a number. `Bare` is a number written without a unit: it takes the unit of what
/// it meets (counts and money), but not durations or percentages, which must say theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Bare,
    Count,
    Money,
    Percent,
    Duration,
}

impl Type {
    /// How the type is said to a rule author: a part of a sentence, in the sentence's language.
    pub fn describe(self) -> Message {
        match self {
            Type::Bool => msg!("check-type-yes-no"),
            Type::Num(Unit::Bare) | Type::Num(Unit::Count) => msg!("check-type-number"),
            Type::Num(Unit::Money) => msg!("check-type-money"),
            Type::Num(Unit::Percent) => msg!("check-type-percent"),
            Type::Num(Unit::Duration) => msg!("check-type-duration"),
            Type::Text => msg!("check-type-text"),
            Type::Enum(_) => msg!("check-type-one-of"),
            Type::Date => msg!("check-type-date"),
            Type::DateTime => msg!("check-type-date-time"),
            Type::Error => msg!("check-type-error"),
        }
    }
}

/// A typed expression. Constants are already in run-time units (see `value`). Its equality is
/// structural, the span left out (a `Loc`): used to spot duplicate and shadowed rules.
#[derive(Clone, Debug, PartialEq)]
pub struct TExpr {
    pub kind: TExprKind,
    pub ty: Type,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TExprKind {
    Number(f64),
    Bool(bool),
    Text(String),
    EnumValue(u32),
    Time(i64),
    Field(usize),
    /// All gates pass (Kleene "and" of the gates).
    Minimum,
    FrameworkPasses(usize),
    FrameworkCriterion(usize, usize),
    /// How many criteria of the framework are met.
    FrameworkMet(usize),
    ProfileFit(usize),
    Score(usize),
    DealSize,
    DealProbability,
    DealPriority,
    Not(Box<TExpr>),
    Neg(Box<TExpr>),
    Binary(BinaryOp, Box<TExpr>, Box<TExpr>),
    Between(Box<TExpr>, Box<TExpr>, Box<TExpr>),
    In(Box<TExpr>, Vec<TExpr>),
    IsKnown(Box<TExpr>),
    /// Case-insensitive substring test; the needle is stored lowercased.
    Contains(Box<TExpr>, String),
    /// A named condition (`engaged`, declared by `let`), by index: it means exactly its
    /// condition, which it holds typed; the name is kept for `explain`.
    Let(usize, Box<TExpr>),
}

impl TExpr {
    /// Calls `f` on this expression and every sub-expression.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a TExpr)) {
        f(self);
        match &self.kind {
            TExprKind::Not(a)
            | TExprKind::Neg(a)
            | TExprKind::IsKnown(a)
            | TExprKind::Contains(a, _)
            | TExprKind::Let(_, a) => a.walk(f),
            TExprKind::Binary(_, a, b) => {
                a.walk(f);
                b.walk(f);
            }
            TExprKind::Between(a, b, c) => {
                a.walk(f);
                b.walk(f);
                c.walk(f);
            }
            TExprKind::In(a, list) => {
                a.walk(f);
                list.iter().for_each(|e| e.walk(f));
            }
            _ => {}
        }
    }
}

impl TExpr {
    /// The expression a named condition stands for (through any number of names); any other
    /// expression itself.
    pub fn unnamed(&self) -> &TExpr {
        match &self.kind {
            TExprKind::Let(_, inner) => inner.unnamed(),
            _ => self,
        }
    }
}

impl TExprKind {
    /// The derived value this node refers to (`BANT.budget` → the framework), if any.
    pub fn derived(&self) -> Option<Derived> {
        match *self {
            TExprKind::Minimum => Some(Derived::Minimum),
            TExprKind::FrameworkPasses(i) | TExprKind::FrameworkCriterion(i, _) | TExprKind::FrameworkMet(i) => {
                Some(Derived::Framework(i))
            }
            TExprKind::ProfileFit(i) => Some(Derived::Profile(i)),
            TExprKind::Score(i) => Some(Derived::Score(i)),
            TExprKind::DealSize | TExprKind::DealProbability | TExprKind::DealPriority => Some(Derived::Deal),
            _ => None,
        }
    }
}

/// Something whose value is computed once per lead before the class rules run, and that other
/// rules may refer to. The checker orders them so every one is computed after what it reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Derived {
    Minimum,
    Framework(usize),
    Profile(usize),
    Score(usize),
    Deal,
}

#[derive(Clone, Debug)]
pub struct Model {
    pub header: Option<Header>,
    pub schema: Schema,
    /// Span of each field's declaration, by slot.
    pub field_spans: Vec<Span>,
    pub gates: Vec<GateModel>,
    pub frameworks: Vec<FrameworkModel>,
    pub profiles: Vec<ProfileModel>,
    pub scores: Vec<ScoreModel>,
    pub deal: Option<DealModel>,
    pub classes: Vec<RuleModel>,
    pub temperature: Option<TemperatureModel>,
    pub examples: Vec<ExampleModel>,
    /// Evaluation order of the derived values.
    pub order: Vec<Derived>,
    /// The named conditions (`let`), in the order declared.
    pub lets: Vec<LetModel>,
    /// The `flag` lines, in the order written.
    pub flags: Vec<FlagModel>,
}

/// `let engaged = ...`: a named condition.
#[derive(Clone, Debug)]
pub struct LetModel {
    pub name: String,
    pub condition: TExpr,
    pub span: Span,
}

/// `flag "do not email" when do_not_email`: a note the verdict carries when the condition
/// definitely holds.
#[derive(Clone, Debug)]
pub struct FlagModel {
    pub text: String,
    pub condition: TExpr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct GateModel {
    pub kind: GateKind,
    pub condition: TExpr,
    pub reason: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FrameworkModel {
    pub name: String,
    /// How many criteria must be met for the framework to pass.
    pub needed: u32,
    pub criteria: Vec<CriterionModel>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CriterionModel {
    pub name: String,
    pub condition: TExpr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ProfileModel {
    pub name: String,
    pub criteria: Vec<WeightedCondition>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct WeightedCondition {
    pub weight: f64,
    pub condition: TExpr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ScoreModel {
    /// `None` for the unnamed score (`score`).
    pub name: Option<String>,
    pub cap: Option<f64>,
    /// Points and their condition.
    pub rules: Vec<ScoreLine>,
    pub span: Span,
}

/// One line of a score block: its points and when they count. A growing line's condition holds
/// its own `when` (if any) and `FIELD >= 0`, so it is unknown, as a fixed line's unknown
/// condition is, while the field is unknown.
#[derive(Clone, Debug)]
pub struct ScoreLine {
    pub points: Points,
    pub condition: TExpr,
    pub span: Span,
}

/// What a score line gives when its condition holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Points {
    /// `+30 when ...`: the same points for every lead.
    Fixed(f64),
    /// `+1 per 60 seconds of time_on_site capped at 20`: points for every whole step of a field.
    Growing(Growth),
}

/// Points that grow with a field's value: `per_points × floor(value / step)`, never past `cap`,
/// never below 0 steps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Growth {
    /// Signed points per step.
    pub per_points: f64,
    /// The step in the field's own unit (seconds for durations, a fraction for percentages);
    /// more than 0.
    pub step: f64,
    /// The field's slot.
    pub field: usize,
    /// The most the line gives, with the points' sign (`-30` for `-1 per ... capped at 30`).
    pub cap: f64,
}

/// What `floor` is given on top of `value / step`, so that a value an exact number of steps
/// long (120 seconds in steps of 60) counts all its steps despite the rounding of division. The
/// SQL compiler adds the same.
pub const STEP_SLACK: f64 = 1e-9;

impl Growth {
    /// The points the line gives for `value` (a number in the field's own unit).
    pub fn points(&self, value: f64) -> f64 {
        let points = self.per_points * self.steps(value);
        if self.cap < 0.0 { points.max(self.cap) } else { points.min(self.cap) }
    }

    /// The whole steps in `value`, never fewer than 0.
    pub fn steps(&self, value: f64) -> f64 {
        (value / self.step + STEP_SLACK).floor().max(0.0)
    }
}

impl Points {
    /// The most (in size) a line can give: the fixed points, or the growing line's cap.
    pub fn extreme(&self) -> f64 {
        match self {
            Points::Fixed(points) => *points,
            Points::Growing(g) => g.cap,
        }
    }
}

impl ScoreModel {
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or("score")
    }

    /// The lowest and highest total any lead can get.
    pub fn range(&self) -> (f64, f64) {
        let low: f64 = self.rules.iter().map(|r| r.points.extreme().min(0.0)).sum();
        let high: f64 = self.rules.iter().map(|r| r.points.extreme().max(0.0)).sum();
        match self.cap {
            Some(cap) => (low.min(cap), high.min(cap)),
            None => (low, high),
        }
    }
}

#[derive(Clone, Debug)]
pub struct DealModel {
    pub size: Option<TExpr>,
    pub criteria: Vec<ProbabilityModel>,
}

#[derive(Clone, Debug)]
pub struct ProbabilityModel {
    pub name: String,
    pub importance: f64,
    /// (fraction 0..1, condition; `None` = otherwise)
    pub ratings: Vec<(f64, Option<TExpr>)>,
    pub span: Span,
}

/// One line of an ordered first-match block (`classify`, `temperature`).
#[derive(Clone, Debug)]
pub struct RuleModel {
    pub name: String,
    /// `None` is `otherwise`.
    pub condition: Option<TExpr>,
    pub playbook: Option<String>,
    /// For temperature rules: the response deadline in seconds.
    pub respond_within: Option<f64>,
    /// The rule without its playbook or deadline: `SQL when BANT passes`.
    pub head: Span,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TemperatureModel {
    /// `for all leads`: disqualified leads get a temperature too.
    pub all_leads: bool,
    /// Slot of the date/datetime field the response clock starts from.
    pub since: Option<usize>,
    pub rules: Vec<RuleModel>,
}

#[derive(Clone, Debug)]
pub struct ExampleModel {
    pub name: String,
    pub lead: Vec<(usize, crate::value::Value)>,
    pub expect: Vec<(Expected, Span)>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    Class(String),
    Temperature(String),
    /// Score index and value.
    Score(usize, f64),
    /// First profile's fit as a fraction.
    Fit(f64),
    Grade(char),
    /// Framework index, and whether it should pass (`BANT passes`) or fail (`BANT fails`).
    Framework(usize, bool),
}

impl Model {
    /// The expressions a derived value is computed from.
    pub fn expressions_of(&self, d: Derived) -> Vec<&TExpr> {
        match d {
            Derived::Minimum => self.gates.iter().map(|g| &g.condition).collect(),
            Derived::Framework(i) => self.frameworks[i].criteria.iter().map(|c| &c.condition).collect(),
            Derived::Profile(i) => self.profiles[i].criteria.iter().map(|c| &c.condition).collect(),
            Derived::Score(i) => self.scores[i].rules.iter().map(|c| &c.condition).collect(),
            Derived::Deal => self
                .deal
                .iter()
                .flat_map(|d| {
                    d.size
                        .iter()
                        .chain(d.criteria.iter().flat_map(|c| c.ratings.iter().filter_map(|(_, e)| e.as_ref())))
                })
                .collect(),
        }
    }
}
