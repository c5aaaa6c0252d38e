//! Evaluation: runs a compiled `RuleSet` over leads and explains the verdicts.
//!
//! `verdict` evaluates one lead, running the flat steps `compile` built with `machine`;
//! `questions` finds the unknown answers that would change a lead's class; `explain` writes the
//! rule-by-rule trace, with the fields' values as `value_text` writes them; `examples` runs the
//! `example` blocks of a rule file; `fault` words the arithmetic that overflowed for a lead (it
//! gets an error row, not a verdict).
#![warn(missing_docs)]

pub mod examples;
pub mod explain;
pub mod fault;
mod machine;
pub mod questions;
pub mod value_text;
pub mod verdict;

pub use verdict::{Verdict, evaluate, grade};
