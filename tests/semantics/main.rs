//! The semantics of the rules language, tested through the public API: small rule files are
//! loaded from strings, leads are built slot by slot, and the verdicts are compared with what
//! `docs/language.md` promises. Property tests compare the evaluator with small reference
//! implementations written here (Kleene logic, pass rules, score sums, first match, deal).
//!
//! One test binary, one file per topic of the language reference (its section in brackets):
//! `gates` (4), `profile` (5), `frameworks` (6), `scores` (7), `deal` (8), `classes` (9),
//! `temperature` (10), `examples` (11), `comparisons` (12), `units` (13), `unknowns` (14),
//! `order` (15), `questions` (16), `placeholders` (3: `unknown when` and how spellings compare),
//! `lets` (12: named conditions, and `flag` lines);
//! `support` holds what they share.

mod support;

mod classes;
mod comparisons;
mod deal;
mod examples;
mod frameworks;
mod gates;
mod lets;
mod order;
mod placeholders;
mod profile;
mod questions;
mod scores;
mod temperature;
mod units;
mod unknowns;
