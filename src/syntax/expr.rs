//! Expressions: from the `or_expr` pair down to atoms, with left-associative binary operators
//! and spans that cover every operand.

use super::ast::{BinaryOp, Expr, ExprKind, Ident, UnaryOp};
use super::convert::{Cx, Kids, P};
use super::grammar::Rule;
use super::literal;
use crate::diagnostic::{Code, Diagnostic};
use crate::span::Loc;

/// More parse-tree nodes than this in one condition is refused: the tree would be deep enough to
/// strain everything that walks it recursively, and no person writes such a condition.
const MAX_EXPR_NODES: usize = 4_000;

/// A whole condition or value (`or_expr`).
pub fn expr(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    if pair.clone().into_inner().flatten().nth(MAX_EXPR_NODES).is_some() {
        let span = cx.span(&pair);
        cx.error(
            Diagnostic::new(Code::Syntax, "this condition is too long to read", span, "too long")
                .with_help("split it: give parts of it a name in a framework or a profile"),
        );
        return None;
    }
    or_expr(cx, pair)
}

fn or_expr(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    binary_chain(cx, pair, and_expr)
}

fn and_expr(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    binary_chain(cx, pair, not_expr)
}

fn sum(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    binary_chain(cx, pair, product)
}

fn product(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    binary_chain(cx, pair, unary)
}

/// `operand (op operand)*`, folded to the left.
fn binary_chain(cx: &mut Cx, pair: P<'_>, operand: fn(&mut Cx, P<'_>) -> Option<Expr>) -> Option<Expr> {
    let mut kids = Kids::of(cx, pair);
    let first = cx.next(&mut kids)?;
    let mut left = operand(cx, first)?;
    while let Some(op_pair) = kids.next() {
        let Some(op) = binary_op(op_pair.as_str()) else {
            return cx.lost(cx.span(&op_pair));
        };
        let right_pair = cx.next(&mut kids)?;
        let right = operand(cx, right_pair)?;
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
        "or" => BinaryOp::Or,
        "and" => BinaryOp::And,
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
fn not_expr(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    let mut nots = Vec::new();
    let mut kids = Kids::of(cx, pair);
    while let Some(not) = kids.eat(Rule::kw_not) {
        nots.push(cx.span(&not));
    }
    let inner = cx.next_of(&mut kids, Rule::cmp_expr)?;
    let mut expr = cmp_expr(cx, inner)?;
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
fn cmp_expr(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    let mut kids = Kids::of(cx, pair);
    let first = cx.next(&mut kids)?;
    if first.as_rule() == Rule::passes_test {
        return passes_test(cx, first);
    }
    let value = sum(cx, first)?;
    match kids.next() {
        None => Some(value),
        Some(tail) => comparison_tail(cx, value, tail),
    }
}

/// `BANT passes`, `BANT fails`
fn passes_test(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let name_pair = cx.next_of(&mut kids, Rule::ident)?;
    let framework = ident(cx, &name_pair);
    let verb = cx.next(&mut kids)?;
    let negated = verb.as_rule() == Rule::kw_fails;
    Some(Expr { kind: ExprKind::Passes { framework, negated }, span })
}

fn comparison_tail(cx: &mut Cx, value: Expr, tail: P<'_>) -> Option<Expr> {
    let span = value.span.to(cx.span(&tail));
    let rule = tail.as_rule();
    let mut kids = Kids::of(cx, tail);
    let value = Box::new(value);
    let kind = match rule {
        Rule::compare_tail => {
            let op_pair = cx.next_of(&mut kids, Rule::cmp_op)?;
            let Some(op) = binary_op(op_pair.as_str()) else {
                return cx.lost(span);
            };
            let right_pair = cx.next_of(&mut kids, Rule::sum)?;
            let right = sum(cx, right_pair)?;
            ExprKind::Binary(op, value, Box::new(right))
        }
        Rule::between_tail => {
            kids.eat(Rule::kw_between);
            let low_pair = cx.next_of(&mut kids, Rule::sum)?;
            let low = sum(cx, low_pair)?;
            kids.eat(Rule::kw_and);
            let high_pair = cx.next_of(&mut kids, Rule::sum)?;
            let high = sum(cx, high_pair)?;
            ExprKind::Between { value, low: Box::new(low), high: Box::new(high) }
        }
        Rule::in_tail => {
            let negated = kids.eat(Rule::kw_not).is_some();
            kids.eat(Rule::kw_in);
            let list = kids.map(|item| expr(cx, item)).collect::<Option<Vec<_>>>()?;
            ExprKind::In { value, list, negated }
        }
        Rule::is_tail => {
            kids.eat(Rule::kw_is);
            let negated = cx.next(&mut kids)?.as_rule() == Rule::kw_unknown;
            ExprKind::IsKnown { value, negated }
        }
        Rule::contains_tail => {
            kids.eat(Rule::kw_contains);
            let needle_pair = cx.next_of(&mut kids, Rule::sum)?;
            let needle = sum(cx, needle_pair)?;
            ExprKind::Contains { value, needle: Box::new(needle) }
        }
        _ => return cx.lost(span),
    };
    Some(Expr { kind, span })
}

/// `-* atom`
fn unary(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    let mut negs = Vec::new();
    let mut kids = Kids::of(cx, pair);
    while let Some(neg) = kids.eat(Rule::neg) {
        negs.push(cx.span(&neg));
    }
    let atom_pair = cx.next(&mut kids)?;
    let mut expr = atom(cx, atom_pair)?;
    for neg in negs.into_iter().rev() {
        expr = unary_node(UnaryOp::Neg, neg, expr);
    }
    Some(expr)
}

fn atom(cx: &mut Cx, pair: P<'_>) -> Option<Expr> {
    let span = cx.span(&pair);
    match pair.as_rule() {
        Rule::reference => {
            let names = Kids::of(cx, pair).map(|name| ident(cx, &name)).collect();
            Some(Expr { kind: ExprKind::Ref(names), span })
        }
        Rule::paren => {
            let mut kids = Kids::of(cx, pair);
            let inner = cx.next_of(&mut kids, Rule::or_expr)?;
            let inner = or_expr(cx, inner)?;
            Some(Expr { kind: inner.kind, span })
        }
        _ => {
            let literal = literal::literal(cx, pair)?;
            Some(Expr { kind: ExprKind::Literal(literal.node), span })
        }
    }
}

/// A name pair (`ident` or `member`).
pub fn ident(cx: &Cx, pair: &P<'_>) -> Ident {
    Ident { name: pair.as_str().to_string(), span: cx.span(pair) }
}
