//! The compiled form the evaluator runs: a `RuleSet`.
//!
//! Every condition and calculation is compiled to native closures over field slots and indices
//! (see `closures`); nothing is looked up by name while a lead is evaluated. Spans are kept
//! beside each rule so `explain` can quote the source, and each condition knows the fields it
//! reads so `explain` can show their values.

use crate::check::model::{Derived, ExampleModel};
use crate::eval::verdict::Ctx;
use crate::schema::Schema;
use crate::span::{SourceMap, Span};
use crate::syntax::ast::{GateKind, Header};
use crate::value::Truth;
use std::sync::Arc;

/// A compiled rule file, ready to evaluate leads.
#[derive(Clone, Debug)]
pub struct RuleSet {
    /// The definition's file and every file it uses.
    pub sources: SourceMap,
    pub header: Option<Header>,
    pub schema: Schema,
    /// Text constants, referred to by `Val::TextConst` in `probes`.
    pub texts: Vec<Box<str>>,
    pub gates: Vec<Gate>,
    pub frameworks: Vec<Framework>,
    pub profiles: Vec<Profile>,
    pub scores: Vec<Score>,
    pub deal: Option<Deal>,
    /// `classify` lines, in order; the last is `otherwise`.
    pub classes: Vec<Rule>,
    /// Distinct class names in order of first appearance; `Rule::name` indexes it.
    pub class_names: Vec<String>,
    pub temperature: Option<Temperature>,
    /// Evaluation order of the derived values.
    pub order: Vec<Derived>,
    pub examples: Vec<ExampleModel>,
    /// For each field slot, the constants it is compared with: the values worth trying when
    /// asking "what if this unknown field were known?".
    pub probes: Vec<Vec<Val>>,
    /// For each class rule, the field slots its condition reads, directly or through
    /// frameworks, profiles, scores and the deal.
    pub class_rule_fields: Vec<Vec<usize>>,
    /// Every field slot some class rule reads (the union of `class_rule_fields`), sorted.
    pub class_fields: Vec<usize>,
    /// For each class rule, how `decided_by` shows it: `line 72: SQL when BANT passes`.
    pub class_rule_labels: Vec<String>,
    /// For each field slot, the derived values to compute again when only that field changes.
    pub slot_dependents: Vec<Vec<Derived>>,
    /// How to tell that two leads get the same discovery questions, when the rules allow it.
    pub signature: Option<super::signature::SignaturePlan>,
}

/// The compiled form of a condition and of a number expression (see `closures`).
pub(crate) type TruthFn = Arc<dyn Fn(&Ctx) -> Truth + Send + Sync>;
pub(crate) type NumberFn = Arc<dyn Fn(&Ctx) -> Option<f64> + Send + Sync>;

/// A compiled yes/no condition, and the field slots it reads directly.
#[derive(Clone)]
pub struct Condition {
    pub(crate) eval: TruthFn,
    pub reads: Box<[u32]>,
}

impl Condition {
    /// The condition's truth for a lead and what has been derived for it so far.
    #[inline]
    pub fn truth(&self, ctx: &Ctx) -> Truth {
        (self.eval)(ctx)
    }
}

impl std::fmt::Debug for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Condition(reads {:?})", self.reads)
    }
}

/// A compiled number expression (`None` when unknown), and the field slots it reads.
#[derive(Clone)]
pub struct Number {
    pub(crate) eval: NumberFn,
    pub reads: Box<[u32]>,
}

impl Number {
    #[inline]
    pub fn value(&self, ctx: &Ctx) -> Option<f64> {
        (self.eval)(ctx)
    }
}

impl std::fmt::Debug for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Number(reads {:?})", self.reads)
    }
}

/// A constant a field is compared with, kept as a value worth trying in discovery questions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    Num(f64),
    Bool(bool),
    Enum(u32),
    Time(i64),
    /// `RuleSet::texts[i]`
    TextConst(u32),
}

#[derive(Clone, Debug)]
pub struct Gate {
    pub kind: GateKind,
    pub condition: Condition,
    pub reason: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Framework {
    pub name: String,
    pub needed: u32,
    pub criteria: Vec<Criterion>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Criterion {
    pub name: String,
    pub condition: Condition,
    pub span: Span,
}

/// A condition with a number attached: a profile weight or score points.
#[derive(Clone, Debug)]
pub struct Weighted {
    pub weight: f64,
    pub condition: Condition,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Profile {
    pub name: String,
    pub criteria: Vec<Weighted>,
    pub total_weight: f64,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Score {
    pub name: Option<String>,
    pub cap: Option<f64>,
    pub rules: Vec<Weighted>,
    pub span: Span,
}

impl Score {
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or("score")
    }
}

#[derive(Clone, Debug)]
pub struct Deal {
    pub size: Option<Number>,
    pub criteria: Vec<ProbabilityCriterion>,
    pub total_importance: f64,
}

#[derive(Clone, Debug)]
pub struct ProbabilityCriterion {
    pub name: String,
    pub importance: f64,
    /// (match as a fraction, condition; `None` = otherwise)
    pub ratings: Vec<(f64, Option<Condition>)>,
    pub span: Span,
}

/// A line of an ordered first-match block.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Index into the block's list of names (`class_names`, `Temperature::names`).
    pub name: u32,
    /// `None` is `otherwise`.
    pub condition: Option<Condition>,
    pub playbook: Option<String>,
    /// Response deadline in seconds (temperature rules).
    pub respond_within: Option<f64>,
    /// The rule without its playbook or deadline: `SQL when BANT passes`.
    pub head: Span,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Temperature {
    pub since: Option<usize>,
    pub rules: Vec<Rule>,
    pub names: Vec<String>,
}

impl RuleSet {
    /// Fills `class_rule_labels` once, so verdict rows do not format them per lead.
    pub(crate) fn with_labels(mut self) -> Self {
        self.class_rule_labels = self
            .classes
            .iter()
            .map(|rule| format!("{}: {}", self.location(rule.span), crate::eval::explain::source(&self, rule.head)))
            .collect();
        self
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
    pub fn class_name(&self, rule: usize) -> &str {
        self.classes
            .get(rule)
            .and_then(|r| self.class_names.get(r.name as usize))
            .map_or("unclassified", String::as_str)
    }

    /// 1-based line of a span in its own file, for "decided by line 52".
    pub fn line(&self, span: Span) -> usize {
        self.sources.line(span)
    }

    /// Where a rule is, for people: `line 52` in the definition itself, `std/bant.rules line 27`
    /// in a file it uses.
    pub fn location(&self, span: Span) -> String {
        let line = self.sources.line(span);
        match self.sources.file_of(span) {
            Some(file) if Some(file.base) != self.sources.root().map(|r| r.base) => {
                format!("{} line {line}", file.name)
            }
            _ => format!("line {line}"),
        }
    }

    /// The source text under a span.
    pub fn text(&self, span: Span) -> &str {
        self.sources.slice(span)
    }
}
