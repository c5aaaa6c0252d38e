//! The abstract syntax tree of a rule file, exactly as written: every node carries where it was
//! written as a [`Loc`], which takes no part in equality, so `==` on two trees compares what they
//! mean (names, values, structure), never where they sit in the text.
//!
//! Nothing here is resolved or checked; names are plain strings. `check` resolves and validates
//! them, `compile` lowers the checked tree to the evaluator's form.

use crate::span::{Loc, Spanned};

/// A name as written: a field, framework, criterion, class, enum value... Unicode allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Loc,
}

/// A whole rule file.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleFile {
    pub header: Option<Header>,
    pub items: Vec<Item>,
    /// Every `# ...` comment with its span (text without the `#`), kept for the formatter.
    pub comments: Vec<Spanned<String>>,
    /// How many keywords are spelt in English and in Russian (the formatter keeps the majority's).
    pub spelling: super::keywords::Spelling,
}

/// `definition "ACME Cloud" version 3 effective 2026-12-01`
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub name: Spanned<String>,
    /// As written: `3`, `3.1`, `"2026-q4"`.
    pub version: Option<Spanned<String>>,
    pub effective: Option<Spanned<jiff::civil::Date>>,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Use(UseDecl),
    Let(LetDecl),
    Flag(FlagDecl),
    Parameters(ParametersBlock),
    Fields(FieldsBlock),
    Minimum(MinimumBlock),
    Profile(ProfileBlock),
    Framework(FrameworkBlock),
    Score(ScoreBlock),
    Classify(ClassifyBlock),
    Temperature(TemperatureBlock),
    Deal(DealBlock),
    Example(ExampleBlock),
}

/// `use "std/bant.rules"` or `use "std/bant.rules" with budget_threshold = 1_000_000`
#[derive(Clone, Debug, PartialEq)]
pub struct UseDecl {
    pub path: Spanned<String>,
    /// New values for parameters of the used file.
    pub overrides: Vec<Parameter>,
    pub span: Loc,
}

/// `let engaged = time_on_site >= 10 minutes and visits >= 3`: a named condition, usable
/// wherever a condition is, meaning exactly what its condition means.
#[derive(Clone, Debug, PartialEq)]
pub struct LetDecl {
    pub name: Ident,
    pub condition: Expr,
    pub span: Loc,
}

/// `flag "do not email" when do_not_email`: a note the verdict carries when the condition
/// definitely holds; it never changes the class.
#[derive(Clone, Debug, PartialEq)]
pub struct FlagDecl {
    pub text: Spanned<String>,
    pub condition: Expr,
    pub span: Loc,
}

/// `parameters { budget_threshold = 500_000 ... }`: named values a company is expected to adjust.
#[derive(Clone, Debug, PartialEq)]
pub struct ParametersBlock {
    pub parameters: Vec<Parameter>,
    pub span: Loc,
}

/// `budget_threshold = 500_000`
#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    pub name: Ident,
    pub value: Spanned<Literal>,
    pub span: Loc,
}

/// `fields { ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct FieldsBlock {
    pub fields: Vec<FieldDecl>,
    /// `fields unknown when "Select", "-" { ... }`: cells that mean "no answer" in every field
    /// of the block.
    pub unknown_when: Vec<Spanned<String>>,
    pub span: Loc,
}

/// `employees : number from "employees", "Сотрудников"` with an optional trailing `key`.
/// Without a type (`budget from "Бюджет сделки"`), it adds columns to a field declared in a
/// used file.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDecl {
    pub name: Ident,
    pub ty: Option<Spanned<FieldType>>,
    /// For numbers, money, percentages and durations: `format "1 000,50"`, an example of how
    /// the CRM writes a number with decimals (its last `,` or `.` is the decimal mark).
    pub number_format: Option<Spanned<String>>,
    /// Column names (CSV headers, JSON keys) the value is read from, in order of preference.
    /// Empty means: the field's own name.
    pub columns: Vec<Spanned<String>>,
    /// Span of the `key` marker when present.
    pub key: Option<Loc>,
    /// `unknown when "Select", "-"`: cells that mean "no answer" in this field.
    pub unknown_when: Vec<Spanned<String>>,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FieldType {
    /// A plain count: `number`.
    Number,
    /// `money`
    Money,
    /// `percent`: values read as percentages (`45` and `45%` both mean 45 %).
    Percent,
    /// `yes/no`
    YesNo,
    /// `text`
    Text,
    /// `seconds`, `minutes`, `hours`, `days`, `weeks`, `months`, `years`: a duration read as a number of that unit.
    Duration(DurationUnit),
    /// `number in seconds` (`число в секундах`): a number the CRM writes without its unit,
    /// declared with it. It means what `seconds` means; the formatter keeps the wording.
    NumberIn(DurationUnit),
    /// `date`, optionally `date format "m/d/yyyy"`.
    Date { format: Option<Spanned<String>> },
    /// `datetime`, optionally `datetime format "m/d/yyyy"`.
    DateTime { format: Option<Spanned<String>> },
    /// `one of it ("ИТ"), manufacturing ("производство"), ...`
    OneOf(Vec<EnumVariant>),
}

/// One allowed value of a `one of` field: its name in rules and the spellings a CRM export uses.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumVariant {
    pub name: Ident,
    pub spellings: Vec<Spanned<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
    /// 30 days: a duration, not a calendar month.
    Months,
    /// 365 days: a duration, not a calendar year.
    Years,
}

impl DurationUnit {
    pub fn seconds(self) -> f64 {
        match self {
            DurationUnit::Seconds => 1.0,
            DurationUnit::Minutes => 60.0,
            DurationUnit::Hours => 3_600.0,
            DurationUnit::Days => 86_400.0,
            DurationUnit::Weeks => 604_800.0,
            DurationUnit::Months => 2_592_000.0,
            DurationUnit::Years => 31_536_000.0,
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            DurationUnit::Seconds => "seconds",
            DurationUnit::Minutes => "minutes",
            DurationUnit::Hours => "hours",
            DurationUnit::Days => "days",
            DurationUnit::Weeks => "weeks",
            DurationUnit::Months => "months",
            DurationUnit::Years => "years",
        }
    }

    /// The words of `number in seconds`: `in seconds`, a phrase of the keyword table.
    pub fn in_unit(self) -> &'static str {
        match self {
            DurationUnit::Seconds => "in seconds",
            DurationUnit::Minutes => "in minutes",
            DurationUnit::Hours => "in hours",
            DurationUnit::Days => "in days",
            DurationUnit::Weeks => "in weeks",
            DurationUnit::Months => "in months",
            DurationUnit::Years => "in years",
        }
    }
}

/// `minimum { require ... else "..." ; reject ... else "..." }`
#[derive(Clone, Debug, PartialEq)]
pub struct MinimumBlock {
    pub gates: Vec<Gate>,
    pub span: Loc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateKind {
    /// `require COND`: fails when COND is false.
    Require,
    /// `reject COND`: fails when COND is true.
    Reject,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Gate {
    pub kind: GateKind,
    pub kind_span: Loc,
    pub condition: Expr,
    /// The reason printed when the gate fails.
    pub reason: Spanned<String>,
    pub span: Loc,
}

/// `profile ICP { employees between 50 and 5_000  weight 3 ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileBlock {
    pub name: Ident,
    pub criteria: Vec<ProfileCriterion>,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProfileCriterion {
    pub condition: Expr,
    pub weight: Spanned<f64>,
    pub span: Loc,
}

/// `framework BANT pass 3 of 4 { budget : budget >= 500_000 ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct FrameworkBlock {
    pub name: Ident,
    pub pass: Spanned<PassRule>,
    pub criteria: Vec<FrameworkCriterion>,
    pub span: Loc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassRule {
    /// `pass all`
    All,
    /// `pass any`
    Any,
    /// `pass N of M` (`of` given) or `pass N` / `pass at least N` (`of` absent).
    AtLeast { needed: u32, of: Option<u32> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FrameworkCriterion {
    pub name: Ident,
    pub condition: Expr,
    pub span: Loc,
}

/// `score { +30 when ... }` or `score engagement capped at 100 { ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreBlock {
    /// `None` for the unnamed score, referred to as `score`.
    pub name: Option<Ident>,
    pub cap: Option<Spanned<f64>>,
    pub rules: Vec<ScoreRule>,
    pub span: Loc,
}

/// One line of a score block: fixed points when a condition holds (`+30 when ...`), or points
/// that grow with a value (`+1 per 60 seconds of time_on_site capped at 20 [when ...]`).
#[derive(Clone, Debug, PartialEq)]
pub enum ScoreRule {
    Fixed(FixedPoints),
    Growing(GrowingPoints),
}

/// `+30 when ICP.fit >= 70%`
#[derive(Clone, Debug, PartialEq)]
pub struct FixedPoints {
    /// Signed points: `+30` is 30.0, `-20` is -20.0.
    pub points: Spanned<f64>,
    pub condition: Expr,
    pub span: Loc,
}

/// `+1 per 60 seconds of time_on_site capped at 20 when visits >= 2` (`+1 за каждые 60 секунд
/// time_on_site не более 20 когда ...`): `per_points` for every whole `step` of the field's
/// value, never more than `cap` (whose sign is the points' when written without one).
#[derive(Clone, Debug, PartialEq)]
pub struct GrowingPoints {
    /// Signed points per step: `+1` is 1.0.
    pub per_points: Spanned<f64>,
    /// `60 seconds`, `10` (a bare number), `5%`: a literal, checked against the field's type.
    pub step: Spanned<Literal>,
    pub field: Ident,
    /// The cap with its sign: as written when written with one (`capped at -30`), else the
    /// points' (`-1 per ... capped at 30` is -30). Its span is the whole `capped at 30`.
    pub cap: Spanned<f64>,
    /// `when ...`: the points count only when it holds; `None` when the line has no condition.
    pub condition: Option<Expr>,
    pub span: Loc,
}

impl ScoreRule {
    /// Where the whole line is written.
    pub fn span(&self) -> Loc {
        match self {
            ScoreRule::Fixed(f) => f.span,
            ScoreRule::Growing(g) => g.span,
        }
    }

    /// The signed points as written (`+30`, or `+1` per step), with their span.
    pub fn points(&self) -> &Spanned<f64> {
        match self {
            ScoreRule::Fixed(f) => &f.points,
            ScoreRule::Growing(g) => &g.per_points,
        }
    }

    /// The line's condition, when it has one.
    pub fn condition(&self) -> Option<&Expr> {
        match self {
            ScoreRule::Fixed(f) => Some(&f.condition),
            ScoreRule::Growing(g) => g.condition.as_ref(),
        }
    }
}

/// `classify { disqualified when not minimum ... nurture otherwise }`
#[derive(Clone, Debug, PartialEq)]
pub struct ClassifyBlock {
    pub rules: Vec<ClassRule>,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassRule {
    pub class: Ident,
    pub when: When,
    /// `playbook "call within the hour, senior rep"`
    pub playbook: Option<Spanned<String>>,
    pub span: Loc,
}

/// The condition part of an ordered rule.
#[derive(Clone, Debug, PartialEq)]
pub enum When {
    /// `when COND`
    Condition(Expr),
    /// `otherwise`, with the keyword's span.
    Otherwise(Loc),
}

/// `temperature since created_at { hot when ... respond within 15 minutes ... }`
#[derive(Clone, Debug, PartialEq)]
pub struct TemperatureBlock {
    /// `for all leads`: disqualified leads get a temperature too.
    pub all_leads: bool,
    /// The datetime field the response clock starts from.
    pub since: Option<Ident>,
    pub rules: Vec<TemperatureRule>,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TemperatureRule {
    pub name: Ident,
    pub when: When,
    /// `respond within 15 minutes`
    pub respond_within: Option<Spanned<Quantity>>,
    pub span: Loc,
}

/// `deal { size budget  probability { ... } }`
#[derive(Clone, Debug, PartialEq)]
pub struct DealBlock {
    /// The expected deal size, a money expression.
    pub size: Option<Expr>,
    pub probability: Vec<ProbabilityCriterion>,
    pub span: Loc,
}

/// `price importance 5 match 90% when budget >= 500_000, 40% when budget is known, otherwise 10%`
#[derive(Clone, Debug, PartialEq)]
pub struct ProbabilityCriterion {
    pub name: Ident,
    pub importance: Spanned<f64>,
    pub ratings: Vec<Rating>,
    pub span: Loc,
}

/// One `P% when COND` (or the final `otherwise P%`) of a probability criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct Rating {
    /// The percentage as written: `90%` is 90.0.
    pub percent: Spanned<f64>,
    pub when: When,
    pub span: Loc,
}

/// `example "name" { lead { ... } expect class SQL, temperature hot }`
#[derive(Clone, Debug, PartialEq)]
pub struct ExampleBlock {
    pub name: Spanned<String>,
    pub lead: Vec<(Ident, Spanned<Literal>)>,
    pub expect: Vec<Expectation>,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expectation {
    pub kind: ExpectKind,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExpectKind {
    /// `class SQL`
    Class(Ident),
    /// `temperature hot`
    Temperature(Ident),
    /// `score 45` (name `None`) or `score engagement 45`
    Score { name: Option<Ident>, value: Spanned<f64> },
    /// `fit 70%`: the first profile's fit, as a percentage.
    Fit(Spanned<f64>),
    /// `grade A`
    Grade(Ident),
    /// `BANT passes` / `BANT fails`
    Framework { name: Ident, passes: bool },
}

/// An expression with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Literal(Literal),
    /// `budget`, `BANT.budget`, `ICP.fit`, `minimum`, `score`, `deal.size`: one or two names.
    Ref(Vec<Ident>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `x between a and b` (both ends included)
    Between {
        value: Box<Expr>,
        low: Box<Expr>,
        high: Box<Expr>,
    },
    /// `x in [a, b]` / `x not in [a, b]`
    In {
        value: Box<Expr>,
        list: Vec<Expr>,
        negated: bool,
    },
    /// `x is known` (negated: false) / `x is unknown` (negated: true)
    IsKnown {
        value: Box<Expr>,
        negated: bool,
    },
    /// `BANT passes` / `BANT fails`
    Passes {
        framework: Ident,
        negated: bool,
    },
    /// `need contains "backup"` (case-insensitive)
    Contains {
        value: Box<Expr>,
        needle: Box<Expr>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    And,
    Or,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::And => "and",
            BinaryOp::Or => "or",
            BinaryOp::Eq => "=",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
        }
    }

    pub fn is_comparison(self) -> bool {
        matches!(self, BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// `500_000`, `1.5`: a bare number that takes the unit of what it meets (except durations).
    Number(f64),
    /// `70%`: stored as written (70.0).
    Percent(f64),
    /// `90 days`, `15 minutes`
    Duration(Quantity),
    /// `"backup"`
    Text(String),
    /// `yes` / `no` (also `true` / `false`)
    YesNo(bool),
    /// `2026-12-01`
    Date(jiff::civil::Date),
    /// `2026-12-01T09:30` or `2026-12-01 09:30`
    DateTime(jiff::civil::DateTime),
    /// A bare name in a lead example (`source: referral`): an enum value, resolved by the checker.
    Name(String),
}

/// A duration literal as written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub unit: DurationUnit,
}

impl Quantity {
    pub fn seconds(self) -> f64 {
        self.value * self.unit.seconds()
    }
}
