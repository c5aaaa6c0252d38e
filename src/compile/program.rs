//! The compiled form the evaluator runs: a `RuleSet`.
//!
//! Every condition and calculation is compiled to a flat list of steps over registers (see
//! `emit`): no tree, no names, no closures. Each condition leaves its truth in a register of its
//! own, laid out block by block (`RegisterLayout`), so a verdict is one flat truth table that `explain`
//! and the verdict columns read as slices. Spans are kept beside each rule so `explain` can
//! quote the source, and each condition knows the fields it reads so `explain` can show them.

/// The checker's types that the compiled form carries (the order of derived values, the
/// examples): later stages take them from here, not from the checker.
pub use crate::check::model::{Derived, ExampleModel, Expected, Growth, Points};
use crate::message::Message;
use crate::msg;
use crate::schema::Schema;
use crate::span::{SourceMap, Span};
use crate::syntax::ast::{GateKind, Header};
use crate::value::Truth;
use std::sync::Arc;

pub use super::ids::{
    ClassRuleId, FieldSlot, FieldTestId, FrameworkId, Id, IdRange, IdVec, NumberRegister, ProfileId, RangeTestId,
    RuleNameId, ScoreId, SetTestId, StepId, TemperatureRuleId, TextId, TruthRegister,
};

/// A compiled rule file, ready to evaluate leads.
#[derive(Clone, Debug)]
pub struct RuleSet {
    /// The definition's file and every file it uses.
    pub sources: SourceMap,
    /// The files of `sources` read from disk (the standard frameworks are built in): what a
    /// command that writes a file must never overwrite.
    pub disk_files: Vec<std::path::PathBuf>,
    /// The `definition "Name" version N` line, when there is one.
    pub header: Option<Header>,
    /// The fields a lead has, in slot order, with the CRM columns they are read from.
    pub schema: Schema,
    /// Text constants, referred to by `Val::TextConst` in `probes` and by the steps.
    pub texts: IdVec<TextId, Box<str>>,
    /// Every block's code, one block after another; each block knows its own part.
    pub program: Program,
    /// Where each block's truths are in a verdict; shared with every verdict of these rules.
    pub layout: Arc<RegisterLayout>,
    /// The code of the gates (each gate's truth is whether the lead passes it).
    pub gate_code: CodeRange,
    /// The `minimum` block's gates, in order.
    pub gates: Vec<Gate>,
    /// The frameworks, in the order written (a verdict's `frameworks` follow it).
    pub frameworks: Vec<Framework>,
    /// The profiles, in the order written.
    pub profiles: Vec<Profile>,
    /// The score blocks, in the order written.
    pub scores: Vec<Score>,
    /// The `deal` block, when there is one.
    pub deal: Option<Deal>,
    /// `classify` lines, in order; the last is `otherwise`.
    pub classes: IdVec<ClassRuleId, Rule>,
    /// The code of every class rule's condition.
    pub class_code: CodeRange,
    /// Distinct class names in order of first appearance; `Rule::name` indexes it.
    pub class_names: Vec<String>,
    /// The temperature block, when there is one.
    pub temperature: Option<Temperature>,
    /// The `flag` lines, in the order written; each one's truth is in `layout.flags`.
    pub flags: Vec<Flag>,
    /// The code of every flag's condition, run for every lead after the temperature.
    pub flag_code: CodeRange,
    /// The named conditions (`let`), in the order declared. Their code is never run to decide
    /// a verdict (each use is compiled in place); `explain` runs it to show their values.
    pub lets: Vec<NamedCondition>,
    /// The code of every named condition, after every other block's.
    pub let_code: CodeRange,
    /// Evaluation order of the derived values.
    pub order: Vec<Derived>,
    /// The `example` blocks: leads with their expected verdicts (`leadrules test`).
    pub examples: Vec<ExampleModel>,
    /// For each field slot, the constants it is compared with: the values worth trying when
    /// asking "what if this unknown field were known?".
    pub probes: IdVec<FieldSlot, Vec<Val>>,
    /// For each class rule, the field slots its condition reads, directly or through
    /// frameworks, profiles, scores and the deal.
    pub class_rule_fields: IdVec<ClassRuleId, Vec<FieldSlot>>,
    /// Every field slot some class rule reads (the union of `class_rule_fields`), sorted.
    pub class_fields: Vec<FieldSlot>,
    /// For each class rule, how `decided_by` shows it: `line 72: SQL when BANT passes` (`строка 72:
    /// ...` in Russian), its place and its words kept apart until a language is chosen.
    pub class_rule_labels: IdVec<ClassRuleId, ClassRuleLabel>,
    /// For each field slot, the derived values to compute again when only that field changes.
    pub slot_dependents: IdVec<FieldSlot, Vec<Derived>>,
    /// How to tell that two leads get the same discovery questions, when the rules allow it.
    pub signature: Option<super::signature::SignaturePlan>,
}

/// A compiled yes/no condition: the code that computes it, the truth register it leaves it in,
/// and the field slots it reads directly (for `explain`).
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    pub code: CodeRange,
    pub register: TruthRegister,
    pub reads: Box<[FieldSlot]>,
    /// The named conditions (`RuleSet::lets`) it refers to, by index, in order of appearance.
    pub names: Box<[usize]>,
}

/// Where the truth registers of each block's conditions are, in `Verdict::truths`. Each block's
/// conditions sit side by side, so a framework's criteria are one slice of the table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegisterLayout {
    /// How many truth registers and number registers a verdict needs (temporaries included).
    pub truths: usize,
    pub numbers: usize,
    /// Whether each gate passes (a `reject` gate's condition already negated).
    pub gates: IdRange<TruthRegister>,
    pub frameworks: Vec<IdRange<TruthRegister>>,
    pub profiles: Vec<IdRange<TruthRegister>>,
    pub scores: Vec<IdRange<TruthRegister>>,
    /// Every `classify` line's condition (`otherwise` is always true), in order.
    pub classes: IdRange<TruthRegister>,
    pub temperature: IdRange<TruthRegister>,
    /// Every `flag` line's condition, in order.
    pub flags: IdRange<TruthRegister>,
}

/// Where a step reads a number (money, count, percentage, duration, or a date as civil seconds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Field(FieldSlot),
    Const(f64),
    /// A number register, written by an earlier step.
    Register(NumberRegister),
    Score(ScoreId),
    Fit(ProfileId),
    Met(FrameworkId),
    DealSize,
    DealProbability,
    DealPriority,
}

/// Where a step reads a truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TruthOf {
    Register(TruthRegister),
    Minimum,
    Passes(FrameworkId),
}

/// A `one of` operand: a field or a value of its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnumOf {
    Field(FieldSlot),
    /// A value of the field's `one of` list, by position.
    Value(u32),
}

/// A text operand: a field or `RuleSet::texts[i]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextOf {
    Field(FieldSlot),
    Constant(TextId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arith {
    Add,
    Sub,
    Mul,
    Div,
}

/// The compiled code of every block, in four lists. Most conditions are tests of one field
/// against constants; those read only the lead, so they are kept apart, one list per kind, and
/// the evaluator runs each kind in a tight loop of its own before the general steps that combine
/// them (see `eval::machine`).
///
/// INVARIANT: a register's first write in a block may be a test; every later write is a step.
/// So running a block's tests first, then its steps, gives the order the expressions need.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    pub ranges: IdVec<RangeTestId, RangeTest>,
    pub sets: IdVec<SetTestId, SetTest>,
    pub fields: IdVec<FieldTestId, FieldTest>,
    pub steps: IdVec<StepId, Step>,
    /// For each calculation step (`Calc`, `Negate`), in step order: its index in `steps` and
    /// the expression it computes, to name it when its result is not a finite number.
    pub calculations: Vec<(StepId, Span)>,
}

impl Program {
    /// The expression step `step` computes, when it is a calculation.
    pub fn calculation(&self, step: StepId) -> Option<Span> {
        let i = self.calculations.binary_search_by_key(&step, |(s, _)| *s).ok()?;
        self.calculations.get(i).map(|(_, span)| *span)
    }
}

impl Program {
    /// The whole program as one piece of code: every block's tests, then every block's steps.
    pub fn everything(&self) -> CodeRange {
        CodeRange {
            ranges: self.ranges.ids(),
            sets: self.sets.ids(),
            fields: self.fields.ids(),
            steps: self.steps.ids(),
        }
    }
}

/// A block's or a condition's part of each list of the `Program`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeRange {
    pub ranges: IdRange<RangeTestId>,
    pub sets: IdRange<SetTestId>,
    pub fields: IdRange<FieldTestId>,
    pub steps: IdRange<StepId>,
}

/// A number or date field against constants, the commonest test: `lo <= field <= hi`, or outside
/// that range when `outside`. Every comparison with a constant (`<` is `<=` the next smaller
/// number) and every `between` of constants is one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RangeTest {
    pub dst: TruthRegister,
    pub slot: FieldSlot,
    pub lo: f64,
    pub hi: f64,
    pub outside: bool,
}

/// A `one of` field is one of a set of values (bit i = value i): `=`, `!=`, `in`, `not in`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetTest {
    pub dst: TruthRegister,
    pub slot: FieldSlot,
    pub mask: u64,
}

/// A yes/no field, or whether a field is known; `negate` for `not`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldTest {
    pub dst: TruthRegister,
    pub slot: FieldSlot,
    pub known_only: bool,
    pub negate: bool,
}

/// One general step: it reads its operands and writes one register (`dst`): a truth register,
/// or a number register for `Calc` and `Negate`.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Const {
        dst: TruthRegister,
        truth: Truth,
    },
    Copy {
        dst: TruthRegister,
        a: TruthOf,
    },
    Not {
        dst: TruthRegister,
        a: TruthOf,
    },
    And {
        dst: TruthRegister,
        a: TruthOf,
        b: TruthOf,
    },
    Or {
        dst: TruthRegister,
        a: TruthOf,
        b: TruthOf,
    },
    /// `a = b` (or `!=` when `!eq`) on two yes/no expressions.
    SameTruth {
        dst: TruthRegister,
        a: TruthOf,
        b: TruthOf,
        eq: bool,
    },
    /// `calculation is known`.
    KnownNumber {
        dst: TruthRegister,
        a: Num,
    },
    KnownTruth {
        dst: TruthRegister,
        a: TruthOf,
    },
    Compare {
        dst: TruthRegister,
        order: Order,
        a: Num,
        b: Num,
    },
    Between {
        dst: TruthRegister,
        x: Num,
        lo: Num,
        hi: Num,
    },
    SameEnum {
        dst: TruthRegister,
        a: EnumOf,
        b: EnumOf,
        eq: bool,
    },
    /// Text equality, ignoring case.
    SameText {
        dst: TruthRegister,
        a: TextOf,
        b: TextOf,
        eq: bool,
    },
    /// Case-insensitive substring; the needle (`RuleSet::texts`) is lowercase.
    Contains {
        dst: TruthRegister,
        a: TextOf,
        needle: TextId,
    },
    Calc {
        dst: NumberRegister,
        op: Arith,
        a: Num,
        b: Num,
    },
    Negate {
        dst: NumberRegister,
        a: Num,
    },
}

impl Step {
    /// The number operands the step reads.
    pub fn numbers(&self) -> Vec<Num> {
        match *self {
            Step::KnownNumber { a, .. } | Step::Negate { a, .. } => vec![a],
            Step::Compare { a, b, .. } | Step::Calc { a, b, .. } => vec![a, b],
            Step::Between { x, lo, hi, .. } => vec![x, lo, hi],
            _ => Vec::new(),
        }
    }

    /// The truth operands the step reads.
    pub fn truths(&self) -> Vec<TruthOf> {
        match *self {
            Step::Copy { a, .. } | Step::Not { a, .. } | Step::KnownTruth { a, .. } => vec![a],
            Step::And { a, b, .. } | Step::Or { a, b, .. } | Step::SameTruth { a, b, .. } => vec![a, b],
            _ => Vec::new(),
        }
    }

    /// The truth registers the step reads.
    pub fn truths_read(&self) -> Vec<TruthRegister> {
        let register = |a: TruthOf| if let TruthOf::Register(r) = a { Some(r) } else { None };
        self.truths().into_iter().filter_map(register).collect()
    }

    /// The derived values (gates, frameworks, profiles, scores, the deal) the step reads.
    pub fn derived_read(&self) -> Vec<Derived> {
        let truths = self.truths().into_iter().filter_map(|a| match a {
            TruthOf::Register(_) => None,
            TruthOf::Minimum => Some(Derived::Minimum),
            TruthOf::Passes(i) => Some(Derived::Framework(i.index())),
        });
        let numbers = self.numbers().into_iter().filter_map(|n| match n {
            Num::Field(_) | Num::Const(_) | Num::Register(_) => None,
            Num::Score(i) => Some(Derived::Score(i.index())),
            Num::Fit(i) => Some(Derived::Profile(i.index())),
            Num::Met(i) => Some(Derived::Framework(i.index())),
            Num::DealSize | Num::DealProbability | Num::DealPriority => Some(Derived::Deal),
        });
        truths.chain(numbers).collect()
    }

    /// The truth register the step writes (`None` for a calculation, which writes a number).
    pub fn truth_written(&self) -> Option<TruthRegister> {
        match *self {
            Step::Const { dst, .. }
            | Step::Copy { dst, .. }
            | Step::Not { dst, .. }
            | Step::And { dst, .. }
            | Step::Or { dst, .. }
            | Step::SameTruth { dst, .. }
            | Step::KnownNumber { dst, .. }
            | Step::KnownTruth { dst, .. }
            | Step::Compare { dst, .. }
            | Step::Between { dst, .. }
            | Step::SameEnum { dst, .. }
            | Step::SameText { dst, .. }
            | Step::Contains { dst, .. } => Some(dst),
            Step::Calc { .. } | Step::Negate { .. } => None,
        }
    }
}

/// A constant a field is compared with, kept as a value worth trying in discovery questions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    /// A number (money, count, percentage as a fraction, duration in seconds).
    Num(f64),
    /// yes or no.
    Bool(bool),
    /// A value of a `one of` list, by position.
    Enum(u32),
    /// A date or time, as civil seconds.
    Time(i64),
    /// `RuleSet::texts[i]`
    TextConst(TextId),
}

/// A line of the `minimum` block: `require` or `reject`, with the reason a failed lead is given.
#[derive(Clone, Debug)]
pub struct Gate {
    /// `require` or `reject`.
    pub kind: GateKind,
    /// Whether the lead passes the gate: for `reject`, the negation of the written condition.
    pub condition: Condition,
    /// The `else` text: why a lead that fails the gate is not qualified.
    pub reason: String,
    /// Where the gate is written.
    pub span: Span,
}

/// A qualification framework (BANT, MEDDIC…): named criteria, of which `needed` must be met.
#[derive(Clone, Debug)]
pub struct Framework {
    /// The framework's name: `BANT`.
    pub name: String,
    /// How many criteria must be met for it to pass (`pass 3 of 4`).
    pub needed: u32,
    /// Its criteria, in the order written.
    pub criteria: Vec<Criterion>,
    /// The code of its criteria's conditions.
    pub code: CodeRange,
    /// Where the framework is written.
    pub span: Span,
}

/// A criterion of a framework: `budget : budget >= 500_000`.
#[derive(Clone, Debug)]
pub struct Criterion {
    /// The criterion's name: `budget`.
    pub name: String,
    /// When it is met.
    pub condition: Condition,
    /// Where the criterion is written.
    pub span: Span,
}

/// A condition with a number attached: a profile weight or score points.
#[derive(Clone, Debug)]
pub struct Weighted {
    /// The weight or the points.
    pub weight: f64,
    /// When they count.
    pub condition: Condition,
    /// Where the line is written.
    pub span: Span,
}

/// One line of a score block: what it gives and when. A growing line's condition is unknown
/// while its field is (it holds `FIELD >= 0`), so it counts as a fixed line's unknown condition.
#[derive(Clone, Debug)]
pub struct ScoreLine {
    pub points: Points,
    pub condition: Condition,
    /// Where the line is written.
    pub span: Span,
}

impl ScoreLine {
    /// The points the line gives when its condition holds, for a lead whose field values are
    /// `lead` (a growing line reads its field).
    pub fn points_for(&self, lead: &[crate::value::Value]) -> f64 {
        match self.points {
            Points::Fixed(points) => points,
            Points::Growing(g) => match lead.get(g.field) {
                Some(crate::value::Value::Number(v)) => g.points(*v),
                _ => 0.0,
            },
        }
    }
}

/// An ideal customer profile: weighted criteria whose matched share is the lead's fit.
#[derive(Clone, Debug)]
pub struct Profile {
    /// The profile's name.
    pub name: String,
    /// Its criteria and their weights.
    pub criteria: Vec<Weighted>,
    /// The sum of the weights: a fit is the matched weight divided by it.
    pub total_weight: f64,
    /// The code of its criteria's conditions.
    pub code: CodeRange,
    /// Where the profile is written.
    pub span: Span,
}

/// A score block: points for each rule that fires, up to an optional cap.
#[derive(Clone, Debug)]
pub struct Score {
    /// The score's name; `None` for the unnamed `score` block.
    pub name: Option<String>,
    /// The most points the score can reach.
    pub cap: Option<f64>,
    /// Its rules and their points.
    pub rules: Vec<ScoreLine>,
    /// The code of its rules' conditions.
    pub code: CodeRange,
    /// Where the block is written.
    pub span: Span,
}

impl Score {
    /// The name to show: the block's name, or `score`.
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or("score")
    }
}

/// The `deal` block: the deal's size, and the criteria whose ratings make its probability.
#[derive(Clone, Debug)]
pub struct Deal {
    /// Where the size is once the deal's code has run (`NaN` when unknown).
    pub size: Option<Num>,
    /// The probability's criteria.
    pub criteria: Vec<ProbabilityCriterion>,
    /// The sum of the criteria's importances: the probability is the rated importance divided
    /// by it.
    pub total_importance: f64,
    /// The code of the size and of every rating's condition.
    pub code: CodeRange,
}

/// A criterion of the deal's probability, rated by the first of its ratings that holds.
#[derive(Clone, Debug)]
pub struct ProbabilityCriterion {
    /// The criterion's name.
    pub name: String,
    /// How much it weighs in the probability.
    pub importance: f64,
    /// (match as a fraction, condition; `None` = otherwise)
    pub ratings: Vec<(f64, Option<Condition>)>,
    /// Where the criterion is written.
    pub span: Span,
}

/// A line of an ordered first-match block.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Index into the block's list of names (`class_names`, `Temperature::names`).
    pub name: RuleNameId,
    /// `None` is `otherwise`.
    pub condition: Option<Condition>,
    /// What sales should do with a lead of this class (`playbook "..."`).
    pub playbook: Option<String>,
    /// Response deadline in seconds (temperature rules).
    pub respond_within: Option<f64>,
    /// The rule without its playbook or deadline: `SQL when BANT passes`.
    pub head: Span,
    /// The whole rule.
    pub span: Span,
}

/// The temperature block: an ordered first-match block of how urgently to answer a lead, each
/// with its deadline counted from the `since` field.
#[derive(Clone, Debug)]
pub struct Temperature {
    /// `for all leads`: disqualified leads get a temperature too (else they get none).
    pub all_leads: bool,
    /// The field the deadlines count from (`since created_at`).
    pub since: Option<FieldSlot>,
    /// Its rules, in order; the last is `otherwise`.
    pub rules: IdVec<TemperatureRuleId, Rule>,
    /// Distinct temperature names in order of first appearance; `Rule::name` indexes it.
    pub names: Vec<String>,
    /// The code of every rule's condition.
    pub code: CodeRange,
}

/// `flag "do not email" when do_not_email`: raised for a lead whose condition definitely holds.
#[derive(Clone, Debug)]
pub struct Flag {
    pub text: String,
    pub condition: Condition,
    pub span: Span,
}

/// `let engaged = ...`: a named condition, compiled on its own for `explain`.
#[derive(Clone, Debug)]
pub struct NamedCondition {
    pub name: String,
    pub condition: Condition,
    pub span: Span,
}

/// Where a class rule is and its words as the author wrote them (on one line): what `decided_by`
/// says, in the language of the output (`line 52: SQL when ...`, `строка 52: SQL когда ...`).
#[derive(Clone, Debug, PartialEq)]
pub struct ClassRuleLabel {
    /// `line 52`, or `std/bant.rules line 27` for a rule of a file the definition uses.
    pub place: Message,
    /// The rule's head, verbatim.
    pub rule: String,
}

impl ClassRuleLabel {
    /// The label as a message: its place, then the rule.
    pub fn message(&self) -> Message {
        msg!("compile-class-rule-label", place = self.place.clone(), rule = self.rule.as_str())
    }

    /// The label said in `lang`.
    pub fn text(&self, lang: crate::locale::Lang) -> String {
        lang.text(&self.message())
    }
}

impl RuleSet {
    /// Fills `class_rule_labels` once, so verdict rows do not find them per lead.
    pub(crate) fn with_labels(mut self) -> Self {
        self.class_rule_labels = self
            .classes
            .iter()
            .map(|rule| ClassRuleLabel { place: self.location_message(rule.span), rule: self.source_line(rule.head) })
            .collect();
        self
    }

    /// The code of a derived value's block (`None` for an index the rules do not have).
    pub fn code_of(&self, derived: Derived) -> Option<&CodeRange> {
        match derived {
            Derived::Minimum => Some(&self.gate_code),
            Derived::Framework(i) => self.frameworks.get(i).map(|f| &f.code),
            Derived::Profile(i) => self.profiles.get(i).map(|p| &p.code),
            Derived::Score(i) => self.scores.get(i).map(|s| &s.code),
            Derived::Deal => self.deal.as_ref().map(|d| &d.code),
        }
    }

    /// The definition's name from its header, or the file name.
    pub fn name(&self) -> &str {
        self.header.as_ref().map_or(self.file_name(), |h| h.name.node.as_str())
    }

    /// The definition's file name (the one that was loaded).
    pub fn file_name(&self) -> &str {
        self.sources.root().map_or("", |f| f.name.as_str())
    }

    /// Whether the file can classify leads: a framework library has no `classify` block.
    pub fn classifies(&self) -> bool {
        !self.classes.is_empty()
    }

    /// The class a class rule gives; `unclassified` for a library without `classify`.
    pub fn class_name(&self, rule: ClassRuleId) -> &str {
        self.classes.get(rule).and_then(|r| self.class_names.get(r.name.index())).map_or("unclassified", String::as_str)
    }

    /// Whether the number (or date) in field `slot` is read only by range tests
    /// (`RangeTest`), so that what matters about it is which side of each test's bounds it is on.
    pub fn number_read_only_by_tests(&self, slot: FieldSlot) -> bool {
        let elsewhere = |n: Num| matches!(n, Num::Field(s) if s == slot);
        let grows = |line: &ScoreLine| matches!(line.points, Points::Growing(g) if g.field == slot.index());
        !self.program.steps.iter().flat_map(Step::numbers).any(elsewhere)
            && !self.deal.as_ref().and_then(|d| d.size).is_some_and(elsewhere)
            && !self.scores.iter().flat_map(|s| &s.rules).any(grows)
    }

    /// Whether the `one of` field `slot` is read only by set tests (`SetTest`), so that what
    /// matters about its value is which tests' sets hold it.
    pub fn choice_read_only_by_tests(&self, slot: FieldSlot) -> bool {
        let field = |e: &EnumOf| matches!(e, EnumOf::Field(s) if *s == slot);
        !self.program.steps.iter().any(|step| matches!(step, Step::SameEnum { a, b, .. } if field(a) || field(b)))
    }

    /// 1-based line of a span in its own file, for "decided by line 52".
    pub fn line(&self, span: Span) -> usize {
        self.sources.line(span)
    }

    /// Where a rule is, in English: `line 52` in the definition itself, `std/bant.rules line 27`
    /// in a file it uses (for people, [`RuleSet::location_message`] in their language).
    pub fn location(&self, span: Span) -> String {
        self.location_message(span).to_string()
    }

    /// Where a rule is, for people: `line 52` (`строка 52`) in the definition itself,
    /// `std/bant.rules line 27` in a file it uses.
    pub fn location_message(&self, span: Span) -> Message {
        // A line number is shown as an editor shows it, never grouped.
        let line = self.sources.line(span).to_string();
        match self.sources.file_of(span) {
            Some(file) if Some(file.base) != self.sources.root().map(|r| r.base) => {
                msg!("compile-location-in-file", file = file.name.as_str(), line = line)
            }
            _ => msg!("compile-location", line = line),
        }
    }

    /// The source text under a span.
    pub fn text(&self, span: Span) -> &str {
        self.sources.slice(span)
    }

    /// The source of a rule on one line, runs of whitespace collapsed: how outputs name it.
    pub fn source_line(&self, span: Span) -> String {
        self.text(span).split_whitespace().collect::<Vec<_>>().join(" ")
    }
}
