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
//! let trace = explain(&rules, &lead, &verdict, &asked, "L-1", leadrules::locale::Lang::En);
//! assert!(trace.contains("decision_maker = yes → SQL"), "{trace}");
//! ```
//!
//! # Running a whole lead file
//!
//! [`run`] judges every lead of a file and writes one row a lead, in input order, on one thread
//! or several; rows that cannot be read become `error` rows and are counted in the summary:
//!
//! ```
//! use leadrules::compile::load;
//! use leadrules::input::{InputOptions, from_bytes};
//! use leadrules::locale::Lang;
//! use leadrules::output::{Format, column_names};
//! use leadrules::run::qualify_with_jobs;
//! use leadrules::span::SourceFile;
//!
//! let text = r#"
//! fields {
//!   employees : number
//! }
//!
//! classify {
//!   SQL     when employees >= 100
//!   nurture otherwise
//! }
//! "#;
//! let rules = load(SourceFile::new("example.rules", text)).rules.expect("it compiles");
//!
//! // A CSV export (a file would be opened with `input::open`); the third row cannot be read.
//! let csv = "employees\n250\n12\nforty\n";
//! let reader = from_bytes("leads.csv", csv.as_bytes().to_vec(), &rules.schema, &InputOptions::default())
//!     .expect("a readable file");
//! let mut rows = Vec::new();
//! // The reason of an error row, and the summary, in the language a person reads.
//! let summary = qualify_with_jobs(&rules, reader, Format::Csv, &mut rows, 2, column_names(&rules), Lang::Ru)
//!     .expect("the run finishes");
//!
//! assert_eq!((summary.per_class["SQL"], summary.per_class["nurture"]), (1, 1));
//! assert_eq!(summary.error_rows, vec![3]);
//! assert_eq!(Lang::Ru.text(&summary.message()), "3 лида: SQL 1, nurture 1; 1 лид не удалось прочитать (строка 3)");
//! assert_eq!(summary.to_string(), "3 leads: SQL 1, nurture 1; 1 could not be read (row 3)");
//! let rows = String::from_utf8(rows).expect("CSV is text");
//! assert_eq!(rows.lines().count(), 4, "a header and one row a lead:\n{rows}");
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
pub mod init;
pub mod input;
pub mod locale;
pub mod message;
pub mod output;
pub mod render;
pub mod run;
pub mod schema;
pub mod serve;
pub mod show;
pub mod span;
pub mod sql;
pub mod syntax;
pub mod value;
pub mod workers;
