//! Clears the spans that take part in the AST's equality (`span` fields of blocks and rules,
//! `key`, `otherwise`, a gate's keyword), so that two trees that differ only in layout compare
//! equal. `Ident`, `Expr` and `Spanned` already ignore their spans.

use crate::span::Span;
use crate::syntax::ast::*;

pub fn file(f: &mut RuleFile) {
    if let Some(h) = &mut f.header {
        h.span = Span::default();
    }
    for item in &mut f.items {
        self::item(item);
    }
}

fn item(item: &mut Item) {
    match item {
        Item::Use(u) => {
            u.span = Span::default();
            u.overrides.iter_mut().for_each(|p| p.span = Span::default());
        }
        Item::Parameters(b) => {
            b.span = Span::default();
            b.parameters.iter_mut().for_each(|p| p.span = Span::default());
        }
        Item::Fields(b) => {
            b.span = Span::default();
            for f in &mut b.fields {
                f.span = Span::default();
                f.key = f.key.map(|_| Span::default());
            }
        }
        Item::Minimum(b) => {
            b.span = Span::default();
            for g in &mut b.gates {
                g.span = Span::default();
                g.kind_span = Span::default();
            }
        }
        Item::Profile(b) => {
            b.span = Span::default();
            b.criteria.iter_mut().for_each(|c| c.span = Span::default());
        }
        Item::Framework(b) => {
            b.span = Span::default();
            b.criteria.iter_mut().for_each(|c| c.span = Span::default());
        }
        Item::Score(b) => {
            b.span = Span::default();
            b.rules.iter_mut().for_each(|r| r.span = Span::default());
        }
        Item::Classify(b) => {
            b.span = Span::default();
            for r in &mut b.rules {
                r.span = Span::default();
                when(&mut r.when);
            }
        }
        Item::Temperature(b) => {
            b.span = Span::default();
            for r in &mut b.rules {
                r.span = Span::default();
                when(&mut r.when);
            }
        }
        Item::Deal(b) => {
            b.span = Span::default();
            for c in &mut b.probability {
                c.span = Span::default();
                for r in &mut c.ratings {
                    r.span = Span::default();
                    when(&mut r.when);
                }
            }
        }
        Item::Example(b) => {
            b.span = Span::default();
            b.expect.iter_mut().for_each(|e| e.span = Span::default());
        }
    }
}

fn when(w: &mut When) {
    if let When::Otherwise(span) = w {
        *span = Span::default();
    }
}
