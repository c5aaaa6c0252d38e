//! Expressions: from the `or_expr` pair down to atoms, with left-associative binary operators
//! and spans that cover every operand.

use super::ast::{BinaryOp, Expr, ExprKind, Ident, UnaryOp};
use super::convert::{Children, Conversion, RulePair};
use super::grammar::Rule;
use super::keywords::built_in_english;
use super::literal;
use crate::diagnostic::{Code, Diagnostic};
use crate::msg;
use crate::span::Loc;

/// More parse-tree nodes than this in one condition is refused: the tree would be deep enough to
/// strain everything that walks it recursively, and no person writes such a condition.
const MAX_EXPR_NODES: usize = 4_000;

/// A whole condition or value (`or_expr`).
pub fn expr(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    if pair.clone().into_inner().flatten().nth(MAX_EXPR_NODES).is_some() {
        let span = conversion.span(&pair);
        conversion.error(
            Diagnostic::new(
                Code::Syntax,
                msg!("syntax-condition-too-long"),
                span,
                msg!("syntax-condition-too-long-label"),
            )
            .with_help(msg!("syntax-condition-too-long-help")),
        );
        return None;
    }
    or_expr(conversion, pair)
}

fn or_expr(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    binary_chain(conversion, pair, and_expr)
}

fn and_expr(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    binary_chain(conversion, pair, not_expr)
}

fn sum(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    binary_chain(conversion, pair, product)
}

fn product(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    binary_chain(conversion, pair, unary)
}

/// `operand (op operand)*`, folded to the left.
fn binary_chain(
    conversion: &mut Conversion,
    pair: RulePair<'_>,
    operand: fn(&mut Conversion, RulePair<'_>) -> Option<Expr>,
) -> Option<Expr> {
    let mut children = Children::of(conversion, pair);
    let first = conversion.next(&mut children)?;
    let mut left = operand(conversion, first)?;
    while let Some(op_pair) = children.next() {
        let Some(op) = binary_op(op_pair.as_str()) else {
            return conversion.lost(conversion.span(&op_pair));
        };
        let right_pair = conversion.next(&mut children)?;
        let right = operand(conversion, right_pair)?;
        left = binary(op, left, right);
    }
    Some(left)
}

fn binary(op: BinaryOp, left: Expr, right: Expr) -> Expr {
    let span = left.span.to(right.span);
    Expr { kind: ExprKind::Binary(op, Box::new(left), Box::new(right)), span }
}

fn binary_op(text: &str) -> Option<BinaryOp> {
    let op = match text {
        "or" | "или" => BinaryOp::Or,
        "and" | "и" => BinaryOp::And,
        "=" => BinaryOp::Eq,
        "!=" | "<>" => BinaryOp::Ne,
        "<" => BinaryOp::Lt,
        "<=" => BinaryOp::Le,
        ">" => BinaryOp::Gt,
        ">=" => BinaryOp::Ge,
        "+" => BinaryOp::Add,
        "-" => BinaryOp::Sub,
        "*" => BinaryOp::Mul,
        "/" => BinaryOp::Div,
        _ => return None,
    };
    Some(op)
}

/// `not* cmp_expr`: each `not` wraps everything after it.
fn not_expr(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    let mut nots = Vec::new();
    let mut children = Children::of(conversion, pair);
    while let Some(not) = children.eat(Rule::kw_not) {
        nots.push(conversion.span(&not));
    }
    let inner = conversion.next_of(&mut children, Rule::cmp_expr)?;
    let mut expr = cmp_expr(conversion, inner)?;
    for not in nots.into_iter().rev() {
        expr = unary_node(UnaryOp::Not, not, expr);
    }
    Some(expr)
}

fn unary_node(op: UnaryOp, op_span: Loc, operand: Expr) -> Expr {
    let span = op_span.to(operand.span);
    Expr { kind: ExprKind::Unary(op, Box::new(operand)), span }
}

/// A comparison, a test (`between`, `in`, `is known`, `contains`, `passes`) or a plain value.
fn cmp_expr(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    let mut children = Children::of(conversion, pair);
    let first = conversion.next(&mut children)?;
    if first.as_rule() == Rule::passes_test {
        return passes_test(conversion, first);
    }
    let value = sum(conversion, first)?;
    match children.next() {
        None => Some(value),
        Some(tail) => comparison_tail(conversion, value, tail),
    }
}

/// `BANT passes`, `BANT fails`
fn passes_test(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let name_pair = conversion.next_of(&mut children, Rule::ident)?;
    let framework = ident(conversion, &name_pair);
    let verb = conversion.next(&mut children)?;
    let negated = verb.as_rule() == Rule::kw_fails;
    Some(Expr { kind: ExprKind::Passes { framework, negated }, span })
}

fn comparison_tail(conversion: &mut Conversion, value: Expr, tail: RulePair<'_>) -> Option<Expr> {
    let span = value.span.to(conversion.span(&tail));
    let rule = tail.as_rule();
    let mut children = Children::of(conversion, tail);
    let value = Box::new(value);
    let kind = match rule {
        Rule::compare_tail => {
            let op_pair = conversion.next_of(&mut children, Rule::cmp_op)?;
            let Some(op) = binary_op(op_pair.as_str()) else {
                return conversion.lost(span);
            };
            let right_pair = conversion.next_of(&mut children, Rule::sum)?;
            let right = sum(conversion, right_pair)?;
            ExprKind::Binary(op, value, Box::new(right))
        }
        Rule::between_tail => {
            children.eat(Rule::kw_between);
            let low_pair = conversion.next_of(&mut children, Rule::sum)?;
            let low = sum(conversion, low_pair)?;
            children.eat(Rule::kw_and);
            let high_pair = conversion.next_of(&mut children, Rule::sum)?;
            let high = sum(conversion, high_pair)?;
            ExprKind::Between { value, low: Box::new(low), high: Box::new(high) }
        }
        Rule::in_tail => {
            let negated = children.eat(Rule::kw_not).is_some();
            children.eat(Rule::kw_in);
            let list = children.map(|item| expr(conversion, item)).collect::<Option<Vec<_>>>()?;
            ExprKind::In { value, list, negated }
        }
        Rule::is_tail => {
            children.eat(Rule::kw_is);
            let negated = conversion.next(&mut children)?.as_rule() == Rule::kw_unknown;
            ExprKind::IsKnown { value, negated }
        }
        Rule::contains_tail => {
            children.eat(Rule::kw_contains);
            let needle_pair = conversion.next_of(&mut children, Rule::sum)?;
            let needle = sum(conversion, needle_pair)?;
            ExprKind::Contains { value, needle: Box::new(needle) }
        }
        _ => return conversion.lost(span),
    };
    Some(Expr { kind, span })
}

/// `-* atom`
fn unary(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    let mut negs = Vec::new();
    let mut children = Children::of(conversion, pair);
    while let Some(neg) = children.eat(Rule::neg) {
        negs.push(conversion.span(&neg));
    }
    let atom_pair = conversion.next(&mut children)?;
    let mut expr = atom(conversion, atom_pair)?;
    for neg in negs.into_iter().rev() {
        expr = unary_node(UnaryOp::Neg, neg, expr);
    }
    Some(expr)
}

fn atom(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expr> {
    let span = conversion.span(&pair);
    match pair.as_rule() {
        Rule::reference => {
            let mut names: Vec<Ident> = Children::of(conversion, pair).map(|name| ident(conversion, &name)).collect();
            // `баллы`, `сделка.размер`, `ICP.соответствие`: the built-in names spelt in Russian.
            let mut owner = String::new();
            for (i, name) in names.iter_mut().enumerate() {
                if let Some(english) = built_in_english(&owner, &name.name, i) {
                    name.name = english.to_string();
                }
                if i == 0 {
                    owner = name.name.clone();
                }
            }
            Some(Expr { kind: ExprKind::Ref(names), span })
        }
        Rule::paren => {
            let mut children = Children::of(conversion, pair);
            let inner = conversion.next_of(&mut children, Rule::or_expr)?;
            let inner = or_expr(conversion, inner)?;
            Some(Expr { kind: inner.kind, span })
        }
        _ => {
            let literal = literal::literal(conversion, pair)?;
            Some(Expr { kind: ExprKind::Literal(literal.node), span })
        }
    }
}

/// A name pair (`ident` or `member`).
pub fn ident(conversion: &Conversion, pair: &RulePair<'_>) -> Ident {
    Ident { name: pair.as_str().to_string(), span: conversion.span(pair) }
}
