//! Arithmetic that went wrong for one lead: a calculation whose result is not a finite number
//! (an overflow such as `1e308 * 10`, or anything else that would give infinity or not-a-number
//! from known operands). Such a lead gets an `error` row naming the expression and its values,
//! never a verdict computed from a number that is not one. Unknown operands and division by zero
//! are not faults: they give unknown, as the language says.

use crate::compile::program::{Arith, RuleSet, ScoreId, StepId};
use crate::eval::Verdict;
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
/// verdict that can be trusted.
pub fn problem(rules: &RuleSet, verdict: &Verdict) -> Option<String> {
    let fault = verdict.fault?;
    Some(describe(rules, &fault))
}

/// `line 40: \`ad_spend * 12\` is too large to compute (1e308 × 12); the lead gets no verdict`.
pub fn describe(rules: &RuleSet, fault: &Fault) -> String {
    let what = match *fault {
        Fault::Calculation { step, op, a, b } => {
            let values = match op {
                None => format!("-{}", value(a)),
                Some(op) => {
                    let sign = match op {
                        Arith::Add => "+",
                        Arith::Sub => "−",
                        Arith::Mul => "×",
                        Arith::Div => "÷",
                    };
                    format!("{} {sign} {}", value(a), value(b))
                }
            };
            match rules.program.calculation(step) {
                Some(span) => format!(
                    "{}: `{}` cannot be computed, {values} is not a finite number",
                    rules.location(span),
                    rules.source_line(span)
                ),
                None => format!("a calculation cannot be computed: {values} is not a finite number"),
            }
        }
        Fault::Score(i) => {
            let (name, place) = rules
                .scores
                .get(i.index())
                .map_or(("score", String::new()), |s| (s.display_name(), format!("{}: ", rules.location(s.span))));
            format!("{place}the points of `{name}` add up to more than a number can hold")
        }
        Fault::Priority { probability, size } => format!(
            "the deal priority cannot be computed, {} × {} is not a finite number",
            ENGLISH.percent(probability),
            value(size)
        ),
    };
    format!("{what}; the lead gets no verdict")
}

/// An operand or a result as short as it can be read, however large or not a number it is.
fn value(v: f64) -> String {
    ENGLISH.any_number(v)
}
