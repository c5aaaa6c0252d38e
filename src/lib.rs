//! leadrules: a B2B company's universal lead definition as a small rules language.
//!
//! The pipeline, one module per stage:
//! `syntax` (text → AST) → `check` (names, types, units → diagnostics) → `compile` (AST → flat
//! program over field slots) → `eval` (program × lead → verdict with its explanation).
//! `input` reads CRM exports into slot-indexed leads, `output` writes verdict rows, `run` runs a
//! whole lead file (every lead judged, its rows written in input order on one thread or many,
//! typed errors), `backtest` judges a definition on a won/lost history, `render` turns
//! diagnostics into text, `show` writes values for people (numbers, percentages, durations, text
//! cut by its width on screen), `cli` is the command line (arguments in, the library called,
//! text out).
//!
//! # Judging a lead from Rust
//!
//! Load a definition (its diagnostics say what is wrong when it does not compile), put a
//! lead's values in the schema's slot order (an empty cell is [`value::Value::Unknown`]), judge
//! it, and read the verdict and its explanation:
//!
//! ```
//! use leadrules::compile::load;
//! use leadrules::eval::{evaluate, explain::explain, questions::questions};
//! use leadrules::span::SourceFile;
//! use leadrules::value::Value;
//!
//! let text = r#"
//! definition "Example" version 1
//!
//! fields {
//!   employees      : number
//!   decision_maker : yes/no
//! }
//!
//! minimum {
//!   require employees >= 10 else "too small"
//! }
//!
//! classify {
//!   disqualified when not minimum
//!   SQL          when decision_maker
//!   nurture      otherwise
//! }
//! "#;
//! let loaded = load(SourceFile::new("example.rules", text));
//! assert!(loaded.diagnostics.is_empty());
//! let rules = loaded.rules.expect("no errors, so it compiles");
//!
//! // 200 employees; whether the contact decides is not known yet.
//! let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
//! lead[rules.schema.slot_of("employees").unwrap()] = Value::Number(200.0);
//! let verdict = evaluate(&rules, &lead);
//! assert_eq!(rules.class_name(verdict.class_rule), "nurture");
//!
//! // What would change the class, and the whole reasoning.
//! let asked = questions(&rules, &lead, &verdict);
//! let trace = explain(&rules, &lead, &verdict, &asked, "L-1");
//! assert!(trace.contains("decision_maker = yes → SQL"), "{trace}");
//! ```
#![forbid(unsafe_code)]

pub mod backtest;
pub mod check;
pub mod cli;
pub mod compile;
pub mod diagnostic;
pub mod eval;
pub mod fix;
pub mod format;
pub mod input;
pub mod output;
pub mod render;
pub mod run;
pub mod schema;
pub mod show;
pub mod span;
pub mod syntax;
pub mod value;
