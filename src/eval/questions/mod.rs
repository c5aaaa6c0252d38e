//! Discovery questions: which unknown facts about a lead would change its class.
//!
//! The method is a counterfactual: for each unknown field the class rules read, try the values
//! that matter (the constants the rules compare it with, and the values just beside them; each
//! `one of` value; yes and no), evaluate the lead again, and report the answers that change the
//! class. Because Kleene logic is monotone, a rule that is definitely true or false stays so
//! whatever the unknowns turn out to be; only undecided rules and point totals can move. When
//! no single answer changes the class but an earlier rule could still fire, the fewest of the
//! unknown fields it reads that, known together, give its class are reported together: every
//! question asked is one some answer makes true, and every field it names matters.
//!
//! `search` finds the questions for one lead; `memory` remembers the line of text of the
//! questions for leads that share a signature, so most leads are not searched at all.

mod memory;
mod search;

pub use memory::Questioner;

use super::verdict::Verdict;
use crate::compile::program::{FieldSlot, RuleSet};
use crate::value::Value;

/// Something a salesperson could find out about a lead.
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    /// One unknown field whose answer alone changes the class.
    Single {
        /// The field to ask about.
        slot: FieldSlot,
        /// The answers that change the class, each with the class it gives.
        answers: Vec<Answer>,
    },
    /// Unknown fields that together can give an earlier class: some values of exactly these
    /// fields give it, and no fewer of them (nor any single one) can.
    Together {
        /// The fields to ask about, at least two.
        slots: Vec<FieldSlot>,
        /// The class they can give together.
        class: String,
    },
}

/// "if `budget` ≥ 500 000, the lead would be SQL".
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The answer, in the author's terms, without the field name: `≥ 500 000`, `= referral`.
    pub condition: String,
    /// The class the lead would get with that answer.
    pub class: String,
}

impl Question {
    /// One line for people: `budget ≥ 500 000 → SQL` or `budget, timeline → could be SQL once known`.
    pub fn describe(&self, rules: &RuleSet) -> String {
        let name = |slot: FieldSlot| rules.schema.fields[slot.index()].name.as_str();
        match self {
            Question::Single { slot, answers } => answers
                .iter()
                .map(|a| format!("{} {} → {}", name(*slot), a.condition, a.class))
                .collect::<Vec<_>>()
                .join("; "),
            Question::Together { slots, class } => {
                let names: Vec<&str> = slots.iter().map(|s| name(*s)).collect();
                format!("{} → could be {class} once known", names.join(", "))
            }
        }
    }
}

/// The line that describes a lead's questions for people, as the verdict row shows it:
/// `budget ≥ 500 000 → SQL | source = referral → SQL`; empty when there is nothing to ask.
pub fn describe_all(rules: &RuleSet, questions: &[Question]) -> String {
    questions.iter().map(|q| q.describe(rules)).collect::<Vec<_>>().join(" | ")
}

/// The questions for a lead whose verdict is `verdict`.
pub fn questions(rules: &RuleSet, lead: &[Value], verdict: &Verdict) -> Vec<Question> {
    search::search(rules, lead, verdict, &mut search::Scratch::default())
}

#[cfg(test)]
mod tests;
