//! The parser's driver: splits the file into pieces (`scan`), runs pest on each piece, turns
//! pest errors into diagnostics (`errors`) and successful parses into AST nodes (`items`).

use super::ast::{Item, RuleFile};
use super::convert::{Children, Conversion, RulePair};
use super::grammar::{LeadRulesParser, Rule};
use super::lex;
use super::scan::{self, Piece};
use super::{Parsed, errors, items, slips};
use crate::diagnostic::{self, Diagnostic};
use crate::span::{Loc, Span, Spanned};
use pest::Parser;

/// Parses a whole file: the header piece if it holds more than comments, then every item.
/// Every span is shifted by `base`, the file's offset in its `SourceMap`.
pub fn parse_file(text: &str, base: usize) -> Parsed {
    let scan = scan::scan(text);
    let mut diagnostics = Vec::new();
    let header = if is_trivia(&text[scan.header.start..scan.header.end]) {
        None
    } else {
        parse_piece(text, base, &scan.header, Rule::header_only, items::header, &mut diagnostics)
    };
    let items: Vec<Item> = scan
        .items
        .iter()
        .filter_map(|piece| parse_piece(text, base, piece, Rule::item_only, items::item, &mut diagnostics))
        .collect();
    diagnostic::sort(&mut diagnostics);
    let shift = |span: Loc| Loc::new(span.start as usize + base, span.end as usize + base);
    let comments = scan.comments.into_iter().map(|c| Spanned::new(c.node, shift(c.span))).collect();
    Parsed { file: RuleFile { header, items, comments }, diagnostics }
}

/// Parses one piece with `rule` (an entry rule wrapping exactly one node) and converts the node.
fn parse_piece<T>(
    text: &str,
    base: usize,
    piece: &Piece,
    rule: Rule,
    convert: fn(&mut Conversion, RulePair<'_>) -> Option<T>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    if let Some(problem) = errors::scan_problem(text, piece) {
        diagnostics.push(shifted(problem, base));
        return None;
    }
    let source = &text[piece.start..piece.end];
    let mut pairs = match LeadRulesParser::parse(rule, source) {
        Ok(pairs) => pairs,
        Err(error) => {
            let (stop, expected) = errors::stop_and_expected(&error, piece);
            let described = slips::diagnose(text, piece, rule, stop, &expected)
                .unwrap_or_else(|| errors::describe(&error, text, piece));
            diagnostics.push(shifted(described, base));
            return None;
        }
    };
    let mut conversion = Conversion::new(base + piece.start, source);
    let entry = pairs.next();
    let node = entry.and_then(|entry| Children::of(&conversion, entry).next());
    let result = match node {
        Some(node) => convert(&mut conversion, node),
        None => conversion.lost(Span::new(base + piece.start, base + piece.end)),
    };
    diagnostics.append(&mut conversion.diagnostics);
    result
}

/// A diagnostic measured within the file, moved to the file's place in its `SourceMap`.
fn shifted(mut d: Diagnostic, base: usize) -> Diagnostic {
    for label in &mut d.labels {
        label.span = Span::new(label.span.start as usize + base, label.span.end as usize + base);
    }
    d
}

/// Whether `text` holds nothing but whitespace and comments.
fn is_trivia(text: &str) -> bool {
    lex::only_comments_and(text, lex::is_grammar_space)
}
