//! The figures of a backtest and of a diff between two definitions, as plain data: rendered as
//! terminal tables (`text`), JSON (serde) and an HTML page (`html`).

use crate::compile::ClassRuleLabel;
use crate::locale::Lang;
use crate::msg;
use serde::Serialize;

/// Won, lost and still open leads of a group, and what that says about conversion.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Group {
    /// The class, channel, grade or temperature this group is.
    pub name: String,
    pub leads: u64,
    /// Share of all leads, 0..=1.
    pub share: f64,
    pub won: u64,
    pub lost: u64,
    pub open: u64,
    /// Won over decided (won + lost); `None` when nothing is decided yet.
    pub conversion: Option<f64>,
    /// 95 % Wilson score interval of `conversion`.
    pub interval: Option<Interval>,
    /// `conversion` over the overall conversion.
    pub lift: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// What one minimum gate did to the history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GateEffect {
    /// The gate's reason, as written in the rules.
    pub reason: String,
    /// Leads the gate failed (a lead may fail several gates).
    pub removed: u64,
    pub won: u64,
    pub lost: u64,
    pub open: u64,
}

/// Won deals in the classes sales never sees: the potential a definition hides.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HiddenPotential {
    /// The classes handed to sales (`--sales`).
    pub sales_classes: Vec<String>,
    /// Won leads in the other classes, and all won leads.
    pub won_hidden: u64,
    pub won_total: u64,
    /// Per hidden class: its won leads.
    pub by_class: Vec<(String, u64)>,
}

/// A backtest of one definition over a history of leads with known outcomes.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Backtest {
    /// `ACME Cloud version 3`
    pub definition: String,
    pub history: String,
    /// Rows in the history, rows that could not be read, rows whose outcome was not recognised.
    pub rows: u64,
    pub unreadable: u64,
    pub unrecognized_outcomes: Vec<(String, u64)>,
    pub overall: Group,
    /// The leads of the classes handed to sales (`hidden.sales_classes`), as `diff` counts them.
    pub admitted: Admitted,
    pub by_class: Vec<Group>,
    /// The field used as the source channel, and its groups.
    pub channel_field: Option<String>,
    pub by_channel: Vec<Group>,
    pub by_grade: Vec<Group>,
    pub by_temperature: Vec<Group>,
    pub gates: Vec<GateEffect>,
    pub hidden: HiddenPotential,
    /// `--by`: a table per key, and the cross table of every two keys.
    pub by: Vec<super::by::ByTable>,
    pub crosses: Vec<super::by::CrossTable>,
    /// The main score's bands, when the rules have a score.
    pub bands: Option<super::bands::Bands>,
    /// The won value per class (`--value`, or the definition's deal size).
    pub value: Option<super::value::ValueFigures>,
    /// `--coverage`: what each gate, criterion, score line and class rule decided.
    pub coverage: Option<super::coverage::Coverage>,
}

/// One cell of the transition matrix: leads that went from class `from` (old) to `to` (new).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Transition {
    pub from: String,
    pub to: String,
    pub leads: u64,
    pub won: u64,
    /// A few of the leads that moved, with the new rule that decided them.
    pub examples: Vec<MovedLead>,
    /// The cell's lost leads, conversion and its 95 % interval.
    pub lost: u64,
    pub conversion: Option<f64>,
    pub interval: Option<Interval>,
    /// For a moved cell: the changes between the definitions that touched its leads, most first.
    pub reasons: Vec<super::why::Reason>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MovedLead {
    pub id: LeadName,
    /// `line 72: SQL when BANT passes or score >= 60`
    pub old_rule: DecidingRule,
    pub new_rule: DecidingRule,
    /// The lead's main score under each definition, when it has one.
    pub old_score: Option<f64>,
    pub new_score: Option<f64>,
}

/// How a moved lead is named: by its id, or by its row when it has none (`row 12`, `строка 12`).
#[derive(Clone, Debug, PartialEq)]
pub enum LeadName {
    Id(String),
    Row(u64),
}

impl LeadName {
    /// The name in `lang`; an id as the history wrote it.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            LeadName::Id(id) => id.clone(),
            LeadName::Row(row) => lang.text(&msg!("backtest-row", row = row.to_string())),
        }
    }
}

/// The class rule that decided a moved lead, as the verdicts label it (its place and its words as
/// the author wrote them), or none for a row that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum DecidingRule {
    Rule(ClassRuleLabel),
    Unreadable,
}

impl DecidingRule {
    /// The rule in `lang`: `line 72: SQL when score >= 60`, `строка 72: SQL когда баллы >= 60`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            DecidingRule::Rule(label) => label.text(lang),
            DecidingRule::Unreadable => lang.text(&msg!("backtest-rule-unreadable")),
        }
    }
}

// The JSON report is the same whatever the language: names and rules in English.
impl Serialize for LeadName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text(Lang::En))
    }
}

impl Serialize for DecidingRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text(Lang::En))
    }
}

/// The leads handed to sales under a definition, and how they turned out.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Admitted {
    pub leads: u64,
    pub won: u64,
    pub lost: u64,
    pub conversion: Option<f64>,
    pub interval: Option<Interval>,
}

/// Two definitions over the same history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DefinitionDiff {
    pub old: Backtest,
    pub new: Backtest,
    /// Class names of the old (rows) and new (columns) definitions, in classify order.
    pub old_classes: Vec<String>,
    pub new_classes: Vec<String>,
    /// Every non-empty cell, row by row.
    pub transitions: Vec<Transition>,
    pub admitted_old: Admitted,
    pub admitted_new: Admitted,
    /// Leads whose class changed.
    pub changed: u64,
    /// What differs between the two compiled definitions (`why::compare`).
    pub changes: Vec<super::why::RuleChange>,
}
