//! Shared machinery for turning pest pairs into AST nodes: the conversion context (absolute
//! spans, collected diagnostics) and a cursor over a pair's meaningful children.

use super::grammar::Rule;
use super::lex::{self, Lexeme};
use crate::diagnostic::{Code, Diagnostic};
use crate::msg;
use crate::span::{Loc, Span};
use pest::iterators::{Pair, Pairs};

pub type RulePair<'i> = Pair<'i, Rule>;

/// The conversion of one piece of the file into AST nodes: where the piece starts in the whole
/// file (`base`), the problems found so far, and which bytes are tokens.
pub struct Conversion {
    pub base: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// For each byte of the piece: whether it belongs to a token (not whitespace or a comment).
    significant: Vec<bool>,
}

impl Conversion {
    pub fn new(base: usize, source: &str) -> Self {
        Conversion { base, diagnostics: Vec::new(), significant: significant_bytes(source) }
    }

    /// The absolute span of a pair, without the whitespace and comments pest lets a rule end
    /// with (a rule ending in an optional part swallows the blanks before the part it tried).
    pub fn span(&self, pair: &RulePair<'_>) -> Loc {
        let span = pair.as_span();
        let start = span.start();
        let mut end = span.end();
        while end > start && !self.significant.get(end - 1).copied().unwrap_or(true) {
            end -= 1;
        }
        Loc::new(self.base + start, self.base + end)
    }

    pub fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Reports a parse tree that does not have the shape the grammar promises. Never expected;
    /// it keeps the parser from panicking if grammar and converter ever drift apart.
    pub fn lost<T>(&mut self, span: impl Into<Span>) -> Option<T> {
        self.diagnostics.push(
            Diagnostic::new(Code::Syntax, msg!("syntax-not-read"), span, msg!("syntax-not-read-label"))
                .with_note(msg!("syntax-not-read-note")),
        );
        None
    }

    /// The next meaningful child, or a reported shape error.
    pub fn next<'i>(&mut self, children: &mut Children<'i>) -> Option<RulePair<'i>> {
        match children.next() {
            Some(pair) => Some(pair),
            None => self.lost(children.parent),
        }
    }

    /// The next meaningful child, which must be of `rule`.
    pub fn next_of<'i>(&mut self, children: &mut Children<'i>, rule: Rule) -> Option<RulePair<'i>> {
        match children.eat(rule) {
            Some(pair) => Some(pair),
            None => self.lost(children.parent),
        }
    }
}

/// Marks the bytes of `source` that are part of tokens: not whitespace, not inside a comment.
fn significant_bytes(source: &str) -> Vec<bool> {
    let mut marks = vec![true; source.len()];
    for (lexeme, range) in lex::lexemes(source, 0) {
        let blank = match lexeme {
            Lexeme::Comment => true,
            Lexeme::Code(c) => lex::is_grammar_space(c),
            Lexeme::Text { .. } => false,
        };
        if blank {
            marks[range].fill(false);
        }
    }
    marks
}

/// The children of a pair, skipping punctuation and `EOI`.
pub struct Children<'i> {
    inner: std::iter::Peekable<Pairs<'i, Rule>>,
    pub parent: Loc,
}

impl<'i> Children<'i> {
    pub fn of(conversion: &Conversion, pair: RulePair<'i>) -> Self {
        let parent = conversion.span(&pair);
        Children { inner: pair.into_inner().peekable(), parent }
    }

    /// The rule of the next meaningful child.
    pub fn peek(&mut self) -> Option<Rule> {
        self.skip_noise();
        self.inner.peek().map(|p| p.as_rule())
    }

    /// Takes the next meaningful child if it is of `rule`.
    pub fn eat(&mut self, rule: Rule) -> Option<RulePair<'i>> {
        if self.peek() == Some(rule) { self.inner.next() } else { None }
    }

    fn skip_noise(&mut self) {
        while self.inner.peek().is_some_and(|p| is_noise(p.as_rule())) {
            self.inner.next();
        }
    }
}

impl<'i> Iterator for Children<'i> {
    type Item = RulePair<'i>;

    fn next(&mut self) -> Option<RulePair<'i>> {
        self.skip_noise();
        self.inner.next()
    }
}

fn is_noise(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::lbrace
            | Rule::rbrace
            | Rule::lparen
            | Rule::rparen
            | Rule::lbracket
            | Rule::rbracket
            | Rule::comma
            | Rule::colon
            | Rule::dot
            | Rule::EOI
    )
}
