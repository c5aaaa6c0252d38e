//! Single pieces of a rule file as canonical text: expressions with minimal parentheses, and
//! literals (numbers with `_` thousands separators, percentages, durations, quoted text, dates).

use crate::locale::Lang;
use crate::syntax::ast::{
    BinaryOp, DurationUnit, ExpectKind, Expectation, Expr, ExprKind, Literal, PassRule, Quantity, UnaryOp,
};
use crate::syntax::keywords::{built_in_in, russian_unit, spell};

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

/// An expression, parenthesised only where the grammar needs it, its keywords in `lang`. `src` is
/// the text the expression was parsed from (for the spelling of four-digit numbers, see
/// [`spelled`]).
pub fn expr(e: &Expr, src: &str, lang: Lang) -> String {
    let mut out = String::new();
    Writer { src, lang }.expr(&mut out, e, OR);
    out
}

/// Writes expressions from the source they were parsed from, in one language.
struct Writer<'s> {
    src: &'s str,
    lang: Lang,
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
impl Writer<'_> {
    fn expr(&self, out: &mut String, e: &Expr, min: u8) {
        let (src, lang) = (self.src, self.lang);
        let k = |english| spell(lang, english);
        if level(e) < min {
            out.push('(');
            self.expr(out, e, OR);
            out.push(')');
            return;
        }
        match &e.kind {
            ExprKind::Literal(literal) => {
                out.push_str(&written_literal(literal, src.get(e.span.range()).unwrap_or(""), lang))
            }
            ExprKind::Ref(names) => {
                let owner = names.first().map_or("", |n| n.name.as_str());
                let names: Vec<&str> =
                    names.iter().enumerate().map(|(i, n)| built_in_in(lang, owner, n.name.as_str(), i)).collect();
                out.push_str(&names.join("."));
            }
            ExprKind::Unary(UnaryOp::Not, operand) => {
                out.push_str(k("not"));
                out.push(' ');
                self.expr(out, operand, NOT);
            }
            ExprKind::Unary(UnaryOp::Neg, operand) => {
                out.push('-');
                self.expr(out, operand, UNARY);
            }
            ExprKind::Binary(op, left, right) => {
                // Left-associative chains; comparisons take sums on both sides and do not chain.
                let (left_min, right_min) = match level(e) {
                    TEST => (SUM, SUM),
                    l => (l, l + 1),
                };
                self.expr(out, left, left_min);
                out.push(' ');
                out.push_str(match op {
                    BinaryOp::And | BinaryOp::Or => k(op.symbol()),
                    _ => op.symbol(),
                });
                out.push(' ');
                self.expr(out, right, right_min);
            }
            ExprKind::Between { value, low, high } => {
                self.expr(out, value, SUM);
                out.push_str(&format!(" {} ", k("between")));
                self.expr(out, low, SUM);
                out.push_str(&format!(" {} ", k("and")));
                self.expr(out, high, SUM);
            }
            ExprKind::In { value, list, negated } => {
                self.expr(out, value, SUM);
                if *negated {
                    out.push_str(&format!(" {} {} [", k("not"), k("in")));
                } else {
                    out.push_str(&format!(" {} [", k("in")));
                }
                for (i, item) in list.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.expr(out, item, OR);
                }
                out.push(']');
            }
            ExprKind::IsKnown { value, negated } => {
                self.expr(out, value, SUM);
                out.push(' ');
                out.push_str(k(if *negated { "is unknown" } else { "is known" }));
            }
            ExprKind::Passes { framework, negated } => {
                out.push_str(&framework.name);
                out.push(' ');
                out.push_str(k(if *negated { "fails" } else { "passes" }));
            }
            ExprKind::Contains { value, needle } => {
                self.expr(out, value, SUM);
                out.push_str(&format!(" {} ", k("contains")));
                self.expr(out, needle, SUM);
            }
        }
    }
}

/// A literal as written in rules and in example leads, its words (`yes`, units) in `lang`.
pub fn literal(literal: &Literal, lang: Lang) -> String {
    match literal {
        Literal::Number(n) => number(*n),
        Literal::Percent(p) => percent(*p),
        Literal::Duration(q) => duration(*q, lang),
        Literal::Text(text) => quote(text),
        Literal::YesNo(yes) => spell(lang, if *yes { "yes" } else { "no" }).to_string(),
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
pub fn written_literal(literal: &Literal, written: &str, lang: Lang) -> String {
    match literal {
        Literal::Number(n) => spelled(*n, written),
        Literal::Percent(p) => format!("{}%", spelled(*p, written)),
        Literal::Duration(q) => format!("{} {}", spelled(q.value, written), unit(q, lang)),
        other => self::literal(other, lang),
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

/// `90 days`, `1 hour`, `15 minutes`: singular for exactly one; in Russian the form the number
/// asks for (`1 час`, `2 часа`, `5 часов`).
pub fn duration(q: Quantity, lang: Lang) -> String {
    format!("{} {}", number(q.value), unit(&q, lang))
}

/// The unit word of a duration: singular for exactly one (Russian: by the number).
fn unit(q: &Quantity, lang: Lang) -> &'static str {
    let plural = q.unit.plural();
    if lang == Lang::Ru {
        return russian_unit(plural, q.value);
    }
    if q.value.abs() == 1.0 {
        match q.unit {
            DurationUnit::Seconds => "second",
            DurationUnit::Minutes => "minute",
            DurationUnit::Hours => "hour",
            DurationUnit::Days => "day",
            DurationUnit::Weeks => "week",
            DurationUnit::Months => "month",
            DurationUnit::Years => "year",
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
pub fn pass_rule(rule: PassRule, lang: Lang) -> String {
    let k = |english| spell(lang, english);
    match rule {
        PassRule::All => k("all").into(),
        PassRule::Any => k("any").into(),
        PassRule::AtLeast { needed, of: Some(of) } => format!("{needed} {} {of}", k("of")),
        PassRule::AtLeast { needed, of: None } => format!("{} {needed}", k("at least")),
    }
}

/// One `expect` item: `class SQL`, `score engagement 40`, `fit 87.5%`, `BANT passes`...
pub fn expectation(e: &Expectation, lang: Lang) -> String {
    let k = |english| spell(lang, english);
    match &e.kind {
        ExpectKind::Class(name) => format!("{} {}", k("class"), name.name),
        ExpectKind::Temperature(name) => format!("{} {}", k("temperature"), name.name),
        ExpectKind::Score { name: None, value } => format!("{} {}", k("score"), number(value.node)),
        ExpectKind::Score { name: Some(name), value } => {
            format!("{} {} {}", k("score"), name.name, number(value.node))
        }
        ExpectKind::Fit(p) => format!("{} {}", k("fit"), percent(p.node)),
        ExpectKind::Grade(name) => format!("{} {}", k("grade"), name.name),
        ExpectKind::Framework { name, passes } => {
            format!("{} {}", name.name, k(if *passes { "passes" } else { "fails" }))
        }
    }
}
