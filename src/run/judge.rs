//! The per-lead step, written once: a read row's values go through the evaluator
//! (`evaluate_into`, reusing one verdict's buffers) and come out a verdict, or the reason the
//! lead gets an error row: it could not be read, or its arithmetic gave no finite number.
//! `qualify` (on any number of threads), `snapshot`, `backtest` and `diff` judge with it, so a
//! lead gets the same verdict from each.

use crate::compile::RuleSet;
use crate::compile::program::ClassRuleId;
use crate::eval::{Verdict, verdict::evaluate_into};
use crate::input::RowError;
use crate::output::Summary;
use crate::value::Value;

/// Judges leads one after another under one definition, with one verdict's buffers.
pub struct LeadJudge<'r> {
    rules: &'r RuleSet,
    verdict: Verdict,
}

/// What became of one lead, with what its row is made of.
pub enum Judgement<'a> {
    /// The lead's verdict; `lead` is its values for the rules' own fields (any further values,
    /// such as kept columns or a history's outcome, are left out).
    Verdict {
        /// The lead's values, slot by slot.
        lead: &'a [Value],
        /// What the rules decided about it.
        verdict: &'a Verdict,
    },
    /// An error row: the lead could not be read.
    Unreadable(&'a RowError),
    /// An error row: the lead was read, but its arithmetic gave no finite number; says why (in
    /// the language of whoever prints it).
    Uncomputable(crate::message::Message),
}

/// What became of one lead, in short: what a summary counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judged {
    /// The index of the class rule that decided.
    Class(ClassRuleId),
    /// An error row: the lead could not be read.
    Unreadable,
    /// An error row: the lead was read, but its arithmetic gave no finite number.
    Uncomputable,
}

impl<'r> LeadJudge<'r> {
    /// A judge of leads under `rules`, with an empty verdict to reuse.
    pub fn new(rules: &'r RuleSet) -> Self {
        LeadJudge { rules, verdict: Verdict::default() }
    }

    /// Judges one lead from its values as read (a row of a lead file: `LeadRow::values`).
    pub fn judge<'a>(&'a mut self, values: &'a Result<Vec<Value>, RowError>) -> Judgement<'a> {
        let lead = match values {
            Ok(lead) => lead,
            Err(problem) => return Judgement::Unreadable(problem),
        };
        let (own, _) = lead.split_at(self.rules.schema.fields.len().min(lead.len()));
        evaluate_into(self.rules, own, &mut self.verdict);
        match crate::eval::fault::problem_message(self.rules, &self.verdict) {
            Some(problem) => Judgement::Uncomputable(problem),
            None => Judgement::Verdict { lead: own, verdict: &self.verdict },
        }
    }
}

impl Judgement<'_> {
    /// The judgement in short.
    pub fn judged(&self) -> Judged {
        match self {
            Judgement::Verdict { verdict, .. } => Judged::Class(verdict.class_rule),
            Judgement::Unreadable(_) => Judged::Unreadable,
            Judgement::Uncomputable(_) => Judged::Uncomputable,
        }
    }
}

impl Judged {
    /// Counts the lead of row `record` in a run's summary.
    pub fn count(self, rules: &RuleSet, record: u64, summary: &mut Summary) {
        match self {
            Judged::Class(class_rule) => summary.count(rules.class_name(class_rule)),
            Judged::Unreadable => summary.error_rows.push(record),
            Judged::Uncomputable => {
                summary.error_rows.push(record);
                summary.uncomputable_rows.push(record);
            }
        }
    }
}

/// The `explain` trace of one lead read whole (its values in slot order), named `name`, in
/// `lang`: how it got its verdict, rule by rule, and the questions that would move it. `Err` says
/// why its arithmetic gave no finite number. `leadrules explain` and the service's
/// `/v1/explain` both print it.
pub fn explain_lead(
    rules: &RuleSet,
    lead: &[Value],
    name: &str,
    lang: crate::locale::Lang,
) -> Result<String, crate::message::Message> {
    let verdict = crate::eval::evaluate(rules, lead);
    if let Some(problem) = crate::eval::fault::problem_message(rules, &verdict) {
        return Err(problem);
    }
    let asked = crate::eval::questions::questions(rules, lead, &verdict);
    Ok(crate::eval::explain::explain(rules, lead, &verdict, &asked, name, lang))
}
