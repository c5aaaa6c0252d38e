//! Parser tests: shared helpers here; the sketch's whole example, every construct and precedence,
//! error recovery and messages, and property tests that no input makes the parser panic, below.

use super::ast::*;
use super::parse;
use crate::diagnostic::{Code, Diagnostic};
use crate::span::{Loc, Span};
use proptest::prelude::*;

const SKETCH: &str = include_str!("testdata/sketch.rules");

// ------------------------------------------------------------------ helpers

fn parse_ok(text: &str) -> RuleFile {
    let parsed = parse(text);
    assert!(parsed.diagnostics.is_empty(), "unexpected diagnostics for {text:?}: {:#?}", parsed.diagnostics);
    parsed.file
}

fn only_error(text: &str) -> Diagnostic {
    let parsed = parse(text);
    assert_eq!(parsed.diagnostics.len(), 1, "expected one diagnostic for {text:?}: {:#?}", parsed.diagnostics);
    parsed.diagnostics.into_iter().next().unwrap()
}

fn slice(text: &str, span: impl Into<Span>) -> &str {
    &text[span.into().range()]
}

/// The span of the `nth` occurrence (0-based) of `needle` in `text`.
fn span_of(text: &str, needle: &str, nth: usize) -> Span {
    let start = text.match_indices(needle).nth(nth).map(|(i, _)| i).expect("needle present");
    Span::new(start, start + needle.len())
}

fn e(kind: ExprKind) -> Expr {
    Expr { kind, span: Loc::default() }
}

fn id(name: &str) -> Ident {
    Ident { name: name.to_string(), span: Loc::default() }
}

fn r(name: &str) -> Expr {
    e(ExprKind::Ref(vec![id(name)]))
}

fn r2(a: &str, b: &str) -> Expr {
    e(ExprKind::Ref(vec![id(a), id(b)]))
}

fn n(value: f64) -> Expr {
    e(ExprKind::Literal(Literal::Number(value)))
}

fn bin(op: BinaryOp, a: Expr, b: Expr) -> Expr {
    e(ExprKind::Binary(op, Box::new(a), Box::new(b)))
}

fn not(a: Expr) -> Expr {
    e(ExprKind::Unary(UnaryOp::Not, Box::new(a)))
}

fn days(value: f64) -> Literal {
    Literal::Duration(Quantity { value, unit: DurationUnit::Days })
}

/// Parses `cond` as the condition of a one-gate `minimum` block.
fn cond(text: &str) -> Expr {
    let file = parse_ok(&format!("minimum {{ require {text} else \"r\" }}"));
    match file.items.into_iter().next() {
        Some(Item::Minimum(block)) => block.gates.into_iter().next().expect("a gate").condition,
        other => panic!("not a minimum block: {other:?}"),
    }
}

fn first_item(text: &str) -> Item {
    parse_ok(text).items.into_iter().next().expect("an item")
}

macro_rules! item {
    ($text:expr, $variant:ident) => {
        match first_item($text) {
            Item::$variant(block) => block,
            other => panic!("expected {}: {other:?}", stringify!($variant)),
        }
    };
}

fn item_kind(item: &Item) -> &'static str {
    match item {
        Item::Use(_) => "use",
        Item::Let(_) => "let",
        Item::Flag(_) => "flag",
        Item::Parameters(_) => "parameters",
        Item::Fields(_) => "fields",
        Item::Minimum(_) => "minimum",
        Item::Profile(_) => "profile",
        Item::Framework(_) => "framework",
        Item::Score(_) => "score",
        Item::Classify(_) => "classify",
        Item::Temperature(_) => "temperature",
        Item::Deal(_) => "deal",
        Item::Example(_) => "example",
    }
}

mod constructs;
mod equality;
mod lex;
mod recovery;
mod robustness;
mod sketch;
mod slips;
