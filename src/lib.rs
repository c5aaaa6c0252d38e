//! leadrules: a B2B company's universal lead definition as a small rules language.
//!
//! The pipeline, one module per stage:
//! `syntax` (text → AST) → `check` (names, types, units → diagnostics) → `compile` (AST → flat
//! program over field slots) → `eval` (program × lead → verdict with its explanation).
//! `input` reads CRM exports into slot-indexed leads, `output` writes verdict rows,
//! `render` turns diagnostics into text, `cli` is the command line.
#![forbid(unsafe_code)]

pub mod backtest;
pub mod check;
pub mod cli;
pub mod compile;
pub mod diagnostic;
pub mod eval;
pub mod fast_hash;
pub mod format;
pub mod input;
pub mod output;
pub mod render;
pub mod schema;
pub mod span;
pub mod syntax;
pub mod value;
