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
//! questions for leads that share a signature, so most leads are not searched at all; `phrases`
//! remembers the words of each question, so a line is seldom said through the message files.

mod memory;
mod phrases;
mod search;

pub use memory::{Memory, Questioner};

use super::value_text::number_in;
use super::verdict::Verdict;
use crate::compile::program::{FieldSlot, RuleSet};
use crate::locale::Lang;
use crate::msg;
use crate::schema::FieldKind;
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
    pub condition: Reply,
    /// The class the lead would get with that answer.
    pub class: String,
}

/// An answer to a question, without the field name.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// `= yes`, `= no`.
    YesNo(bool),
    /// `= referral`: a value of a `one of` field, as the author named it.
    Choice(String),
    /// `= "colocation"`: a text the rules compare the field with.
    Text(String),
    /// `is known`: any value at all.
    Known,
    /// `≥ 500 000`, `> 10 and < 50`: a range of numbers (or dates), open at the missing end.
    Range(Option<Limit>, Option<Limit>),
}

/// One end of a range of numbers, in the field's unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Limit {
    /// `≥ v`.
    AtLeast(f64),
    /// `> v`.
    Above(f64),
    /// `≤ v`.
    AtMost(f64),
    /// `< v`.
    Below(f64),
}

impl Limit {
    fn text(self, kind: &FieldKind, lang: Lang) -> String {
        let (sign, v) = match self {
            Limit::AtLeast(v) => ("≥", v),
            Limit::Above(v) => (">", v),
            Limit::AtMost(v) => ("≤", v),
            Limit::Below(v) => ("<", v),
        };
        format!("{sign} {}", number_in(lang, v, kind))
    }
}

impl Reply {
    /// The answer in `lang`, for a field of `kind`: `= yes` / `= да`, `≥ 30 days` / `≥ 30 дней`.
    pub fn text(&self, kind: &FieldKind, lang: Lang) -> String {
        match self {
            Reply::YesNo(true) => lang.text(&msg!("eval-reply-yes")),
            Reply::YesNo(false) => lang.text(&msg!("eval-reply-no")),
            Reply::Choice(name) => format!("= {name}"),
            Reply::Text(text) => format!("= \"{text}\""),
            Reply::Known | Reply::Range(None, None) => lang.text(&msg!("eval-reply-known")),
            Reply::Range(Some(low), None) => low.text(kind, lang),
            Reply::Range(None, Some(high)) => high.text(kind, lang),
            Reply::Range(Some(low), Some(high)) => {
                lang.text(&msg!("eval-reply-between", low = low.text(kind, lang), high = high.text(kind, lang)))
            }
        }
    }
}

impl Question {
    /// One line for people, in English: `budget ≥ 500 000 → SQL` or
    /// `budget, timeline → could be SQL once known`.
    pub fn describe(&self, rules: &RuleSet) -> String {
        self.describe_in(rules, Lang::En)
    }

    /// [`Question::describe`] in `lang`.
    pub fn describe_in(&self, rules: &RuleSet, lang: Lang) -> String {
        let field = |slot: FieldSlot| &rules.schema.fields[slot.index()];
        match self {
            Question::Single { slot, answers } => answers
                .iter()
                .map(|a| {
                    let f = field(*slot);
                    lang.text(&msg!(
                        "eval-question",
                        field = f.name.as_str(),
                        answer = a.condition.text(&f.kind, lang),
                        class = a.class.as_str()
                    ))
                })
                .collect::<Vec<_>>()
                .join("; "),
            Question::Together { slots, class } => {
                let names: Vec<&str> = slots.iter().map(|s| field(*s).name.as_str()).collect();
                lang.text(&msg!("eval-question-together", fields = names.join(", "), class = class.as_str()))
            }
        }
    }
}

/// The line that describes a lead's questions for people, as the verdict row shows it (in
/// English): `budget ≥ 500 000 → SQL | source = referral → SQL`; empty when there is nothing to
/// ask.
pub fn describe_all(rules: &RuleSet, questions: &[Question]) -> String {
    describe_all_in(rules, questions, Lang::En)
}

/// [`describe_all`] in `lang`, with the
/// words of that language (`= да`, `≥ 30 дней`, `может стать SQL, когда это станет известно`).
pub fn describe_all_in(rules: &RuleSet, questions: &[Question], lang: Lang) -> String {
    questions.iter().map(|q| q.describe_in(rules, lang)).collect::<Vec<_>>().join(" | ")
}

/// The questions for a lead whose verdict is `verdict`.
pub fn questions(rules: &RuleSet, lead: &[Value], verdict: &Verdict) -> Vec<Question> {
    search::search(rules, lead, verdict, &mut search::Scratch::default())
}

#[cfg(test)]
mod tests;
