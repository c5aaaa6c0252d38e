//! Arithmetic that went wrong for one lead: a calculation whose result is not a finite number
//! (an overflow such as `1e308 * 10`, or anything else that would give infinity or not-a-number
//! from known operands). Such a lead gets an `error` row naming the expression and its values,
//! never a verdict computed from a number that is not one. Unknown operands and division by zero
//! are not faults: they give unknown, as the language says.

use crate::compile::program::{Arith, RuleSet, ScoreId, StepId};
use crate::eval::Verdict;
use crate::eval::explain::place;
use crate::message::{Arg, Message};
use crate::msg;
use crate::show::ENGLISH;

/// Where a lead's arithmetic stopped giving finite numbers; the first fault is kept.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fault {
    /// A calculation step (`Program::calculation` names its expression); `op` is `None` for a
    /// minus sign in front.
    Calculation {
        /// The step that computed it.
        step: StepId,
        /// The operation, or `None` for a minus sign in front.
        op: Option<Arith>,
        /// The first operand.
        a: f64,
        /// The second operand (unused by a minus sign in front).
        b: f64,
    },
    /// A score block's points, added up (`RuleSet::scores[i]`).
    Score(ScoreId),
    /// The deal's priority: probability × size.
    Priority {
        /// The deal's probability, 0..=1.
        probability: f64,
        /// The deal's size.
        size: f64,
    },
}

/// Why a lead gets no verdict though it could be read: its arithmetic overflowed. `None` for a
/// verdict that can be trusted. Said in a person's language with `Lang::text`.
pub fn problem_message(rules: &RuleSet, verdict: &Verdict) -> Option<Message> {
    let fault = verdict.fault?;
    Some(describe(rules, &fault))
}

/// [`problem_message`] in English, for the outputs that are English whatever the language (the
/// `error` cell of a verdict row).
pub fn problem(rules: &RuleSet, verdict: &Verdict) -> Option<String> {
    problem_message(rules, verdict).map(|m| crate::locale::Lang::En.text(&m))
}

/// `line 40: \`ad_spend * 12\` cannot be computed, 1e308 × 12 is not a finite number; the lead
/// gets no verdict`.
pub fn describe(rules: &RuleSet, fault: &Fault) -> Message {
    match *fault {
        Fault::Calculation { step, op, a, b } => {
            let values = match op {
                None => msg!("eval-fault-negated", value = value(a)),
                Some(op) => {
                    let sign = match op {
                        Arith::Add => "+",
                        Arith::Sub => "−",
                        Arith::Mul => "×",
                        Arith::Div => "÷",
                    };
                    msg!("eval-fault-operation", a = value(a), sign = sign, b = value(b))
                }
            };
            match rules.program.calculation(step) {
                Some(span) => msg!(
                    "eval-fault-calculation",
                    place = place(rules, span),
                    code = rules.source_line(span),
                    values = values
                ),
                None => msg!("eval-fault-calculation-nowhere", values = values),
            }
        }
        Fault::Score(i) => match rules.scores.get(i.index()) {
            Some(s) => msg!("eval-fault-score", place = place(rules, s.span), name = s.display_name()),
            None => msg!("eval-fault-score-nowhere"),
        },
        Fault::Priority { probability, size } => {
            msg!("eval-fault-priority", probability = Arg::Number(probability * 100.0), size = value(size))
        }
    }
}

/// An operand or a result as short as it can be read, however large or not a number it is:
/// `1e308`, `-2.5e300`, `12`; infinity and not-a-number in words.
fn value(v: f64) -> Arg {
    if v.is_nan() {
        msg!("eval-fault-not-a-number").into()
    } else if v.is_infinite() {
        if v > 0.0 { msg!("eval-fault-infinity").into() } else { msg!("eval-fault-minus-infinity").into() }
    } else {
        Arg::Verbatim(ENGLISH.any_number(v))
    }
}
