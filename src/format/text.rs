//! Single pieces of a rule file as canonical text: expressions with minimal parentheses, and
//! literals (numbers with `_` thousands separators, percentages, durations, quoted text, dates).

use crate::syntax::ast::{
    BinaryOp, DurationUnit, ExpectKind, Expectation, Expr, ExprKind, Literal, PassRule, Quantity, UnaryOp,
};

/// Binding strength, loosest first: the grammar's levels from `or_expr` down to atoms.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const TEST: u8 = 4;
const SUM: u8 = 5;
const PRODUCT: u8 = 6;
const UNARY: u8 = 7;
const ATOM: u8 = 8;

/// The width of a piece of text in columns, as a terminal shows it (see `show::width`).
pub fn width(text: &str) -> usize {
    crate::show::width(text)
}

/// An expression, parenthesised only where the grammar needs it. `src` is the text the
/// expression was parsed from (for the spelling of four-digit numbers, see [`spelled`]).
pub fn expr(e: &Expr, src: &str) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, OR, src);
    out
}

fn level(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::Literal(_) | ExprKind::Ref(_) => ATOM,
        ExprKind::Unary(UnaryOp::Not, _) => NOT,
        ExprKind::Unary(UnaryOp::Neg, _) => UNARY,
        ExprKind::Binary(op, _, _) => match op {
            BinaryOp::Or => OR,
            BinaryOp::And => AND,
            BinaryOp::Add | BinaryOp::Sub => SUM,
            BinaryOp::Mul | BinaryOp::Div => PRODUCT,
            _ => TEST,
        },
        ExprKind::Between { .. }
        | ExprKind::In { .. }
        | ExprKind::IsKnown { .. }
        | ExprKind::Passes { .. }
        | ExprKind::Contains { .. } => TEST,
    }
}

/// Writes `e` where the grammar expects an expression of at least `min` binding strength.
fn write_expr(out: &mut String, e: &Expr, min: u8, src: &str) {
    if level(e) < min {
        out.push('(');
        write_expr(out, e, OR, src);
        out.push(')');
        return;
    }
    match &e.kind {
        ExprKind::Literal(literal) => out.push_str(&written_literal(literal, src.get(e.span.range()).unwrap_or(""))),
        ExprKind::Ref(names) => {
            let names: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
            out.push_str(&names.join("."));
        }
        ExprKind::Unary(UnaryOp::Not, operand) => {
            out.push_str("not ");
            write_expr(out, operand, NOT, src);
        }
        ExprKind::Unary(UnaryOp::Neg, operand) => {
            out.push('-');
            write_expr(out, operand, UNARY, src);
        }
        ExprKind::Binary(op, left, right) => {
            // Left-associative chains; comparisons take sums on both sides and do not chain.
            let (left_min, right_min) = match level(e) {
                TEST => (SUM, SUM),
                l => (l, l + 1),
            };
            write_expr(out, left, left_min, src);
            out.push(' ');
            out.push_str(op.symbol());
            out.push(' ');
            write_expr(out, right, right_min, src);
        }
        ExprKind::Between { value, low, high } => {
            write_expr(out, value, SUM, src);
            out.push_str(" between ");
            write_expr(out, low, SUM, src);
            out.push_str(" and ");
            write_expr(out, high, SUM, src);
        }
        ExprKind::In { value, list, negated } => {
            write_expr(out, value, SUM, src);
            out.push_str(if *negated { " not in [" } else { " in [" });
            for (i, item) in list.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(out, item, OR, src);
            }
            out.push(']');
        }
        ExprKind::IsKnown { value, negated } => {
            write_expr(out, value, SUM, src);
            out.push_str(if *negated { " is unknown" } else { " is known" });
        }
        ExprKind::Passes { framework, negated } => {
            out.push_str(&framework.name);
            out.push_str(if *negated { " fails" } else { " passes" });
        }
        ExprKind::Contains { value, needle } => {
            write_expr(out, value, SUM, src);
            out.push_str(" contains ");
            write_expr(out, needle, SUM, src);
        }
    }
}

/// A literal as written in rules and in example leads.
pub fn literal(literal: &Literal) -> String {
    match literal {
        Literal::Number(n) => number(*n),
        Literal::Percent(p) => percent(*p),
        Literal::Duration(q) => duration(*q),
        Literal::Text(text) => quote(text),
        Literal::YesNo(yes) => (if *yes { "yes" } else { "no" }).to_string(),
        Literal::Date(date) => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
        Literal::DateTime(dt) => {
            let mut out =
                format!("{:04}-{:02}-{:02} {:02}:{:02}", dt.year(), dt.month(), dt.day(), dt.hour(), dt.minute());
            if dt.second() != 0 {
                out.push_str(&format!(":{:02}", dt.second()));
            }
            out
        }
        Literal::Name(name) => name.clone(),
    }
}

/// A literal keeping the author's spelling of a four-digit number (`5_000` or `5000`); `written`
/// is its source text.
pub fn written_literal(literal: &Literal, written: &str) -> String {
    match literal {
        Literal::Number(n) => spelled(*n, written),
        Literal::Percent(p) => format!("{}%", spelled(*p, written)),
        Literal::Duration(q) => format!("{} {}", spelled(q.value, written), unit(q)),
        other => self::literal(other),
    }
}

/// [`number`], except that a four-digit whole number keeps a `_` after its thousands digit when
/// the author wrote one there (`5_000`): both spellings are usual, and the brief leaves them alone.
pub fn spelled(value: f64, written: &str) -> String {
    let written = written.trim_start();
    if value.is_sign_negative() && value != 0.0 {
        return format!("-{}", spelled(-value, written.trim_start_matches('-')));
    }
    let digits: String = written.chars().take_while(|c| c.is_ascii_digit() || *c == '_' || *c == '.').collect();
    if value.fract() == 0.0 && (1000.0..10_000.0).contains(&value) {
        let plain = number(value);
        let grouped = format!("{}_{}", &plain[..1], &plain[1..]);
        if digits == grouped {
            return grouped;
        }
    }
    number(value)
}

/// `500000` → `500_000`, `1000` → `1000`, `1.5` → `1.5`, `-20` → `-20`.
///
/// Integers of five or more digits get `_` between groups of three; four-digit numbers and the
/// digits after the point are left alone.
pub fn number(value: f64) -> String {
    // `Display` for f64 never uses an exponent and prints the shortest text that reads back as
    // the same value.
    let plain = format!("{}", value.abs());
    let (whole, fraction) = match plain.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (plain.as_str(), None),
    };
    let mut out = String::new();
    if value.is_sign_negative() && value != 0.0 {
        out.push('-');
    }
    if whole.len() >= 5 {
        let first = whole.len() % 3;
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (i + 3 - first) % 3 == 0 {
                out.push('_');
            }
            out.push(digit);
        }
    } else {
        out.push_str(whole);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// `70%`
pub fn percent(value: f64) -> String {
    format!("{}%", number(value))
}

/// `90 days`, `1 hour`, `15 minutes`: always the English unit, singular for exactly one.
pub fn duration(q: Quantity) -> String {
    format!("{} {}", number(q.value), unit(&q))
}

/// The unit word of a duration: singular for exactly one.
fn unit(q: &Quantity) -> &'static str {
    let plural = q.unit.plural();
    if q.value.abs() == 1.0 {
        match q.unit {
            DurationUnit::Minutes => "minute",
            DurationUnit::Hours => "hour",
            DurationUnit::Days => "day",
            DurationUnit::Weeks => "week",
        }
    } else {
        plural
    }
}

/// `"text"` with `\"` and `\\` escaped: a string is written as `syntax::lex` reads it.
pub use crate::syntax::lex::quote;

/// `+30`, `-20`: score points always carry their sign.
pub fn points(value: f64) -> String {
    if value.is_sign_negative() { format!("-{}", number(-value)) } else { format!("+{}", number(value)) }
}

/// `all`, `any`, `3 of 4`, `at least 3` (`pass 3` and `pass at least 3` are one rule; the
/// formatter writes the longer, plainer form).
pub fn pass_rule(rule: PassRule) -> String {
    match rule {
        PassRule::All => "all".into(),
        PassRule::Any => "any".into(),
        PassRule::AtLeast { needed, of: Some(of) } => format!("{needed} of {of}"),
        PassRule::AtLeast { needed, of: None } => format!("at least {needed}"),
    }
}

/// One `expect` item: `class SQL`, `score engagement 40`, `fit 87.5%`, `BANT passes`...
pub fn expectation(e: &Expectation) -> String {
    match &e.kind {
        ExpectKind::Class(name) => format!("class {}", name.name),
        ExpectKind::Temperature(name) => format!("temperature {}", name.name),
        ExpectKind::Score { name: None, value } => format!("score {}", number(value.node)),
        ExpectKind::Score { name: Some(name), value } => format!("score {} {}", name.name, number(value.node)),
        ExpectKind::Fit(p) => format!("fit {}", percent(p.node)),
        ExpectKind::Grade(name) => format!("grade {}", name.name),
        ExpectKind::Framework { name, passes } => {
            format!("{} {}", name.name, if *passes { "passes" } else { "fails" })
        }
    }
}
