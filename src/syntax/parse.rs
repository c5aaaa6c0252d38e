//! The parser's driver: splits the file into pieces (`scan`), runs pest on each piece, turns
//! pest errors into diagnostics (`errors`) and successful parses into AST nodes (`items`).

use super::ast::{Item, RuleFile};
use super::convert::{Children, Conversion, RulePair};
use super::grammar::{LeadRulesParser, Rule};
use super::keywords::Spelling;
use super::lex;
use super::scan::{self, Piece};
use super::{Parsed, errors, items, recover, slips};
use crate::diagnostic::{self, Diagnostic};
use crate::span::{Loc, Span, Spanned};
use pest::Parser;

/// Parses a whole file: the header piece if it holds more than comments, then every item.
/// Every span is shifted by `base`, the file's offset in its `SourceMap`.
pub fn parse_file(text: &str, base: usize) -> Parsed {
    let scan = scan::scan(text);
    let mut diagnostics = Vec::new();
    let mut spelling = Spelling::default();
    let header = if is_trivia(&text[scan.header.start..scan.header.end]) {
        None
    } else {
        parse_piece(text, base, &scan.header, Rule::header_only, items::header, &mut diagnostics, &mut spelling)
    };
    let items: Vec<Item> = scan
        .items
        .iter()
        .filter_map(|piece| {
            parse_piece(text, base, piece, Rule::item_only, items::item, &mut diagnostics, &mut spelling)
        })
        .collect();
    diagnostic::sort(&mut diagnostics);
    let shift = |span: Loc| Loc::new(span.start as usize + base, span.end as usize + base);
    let comments = scan.comments.into_iter().map(|c| Spanned::new(c.node, shift(c.span))).collect();
    Parsed { file: RuleFile { header, items, comments, spelling }, diagnostics }
}

/// Parses one piece with `rule` (an entry rule wrapping exactly one node) and converts the node.
fn parse_piece<T>(
    text: &str,
    base: usize,
    piece: &Piece,
    rule: Rule,
    convert: fn(&mut Conversion, RulePair<'_>) -> Option<T>,
    diagnostics: &mut Vec<Diagnostic>,
    spelling: &mut Spelling,
) -> Option<T> {
    if let Some(problem) = errors::scan_problem(text, piece) {
        diagnostics.push(shifted(problem, base));
        return None;
    }
    let source = &text[piece.start..piece.end];
    let mut pairs = match LeadRulesParser::parse(rule, source) {
        Ok(pairs) => pairs,
        Err(error) => {
            for described in syntax_errors(text, piece, rule, error) {
                diagnostics.push(shifted(described, base));
            }
            return None;
        }
    };
    for pair in pairs.clone().flatten() {
        if is_keyword(pair.as_rule()) {
            spelling.count(pair.as_str());
        }
    }
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

/// At most this many syntax errors are reported in one item.
const MAX_ERRORS_PER_ITEM: usize = 20;

/// Every slip of a piece that does not parse: the first error, then, with the entry it sits in
/// blanked out (`recover`), the next one, until the piece parses or an error comes only from the
/// blanking.
fn syntax_errors(text: &str, piece: &Piece, rule: Rule, first: pest::error::Error<Rule>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut current = text.to_string();
    let mut error = first;
    let mut blanked: Option<recover::Entry> = None;
    loop {
        let (stop, expected) = errors::stop_and_expected(&error, piece);
        let described = errors::said_slip(&error, &current, piece)
            .or_else(|| slips::diagnose(&current, piece, rule, stop, &expected))
            .unwrap_or_else(|| errors::describe(&error, &current, piece));
        let at = described.labels.first().map_or(stop, |label| label.span.start as usize);
        if blanked.as_ref().is_some_and(|entry| entry.is_cascade(&current, at) || entry.range.contains(&at)) {
            break;
        }
        found.push(described);
        let Some(entry) = recover::entry_at(&current, piece, at) else { break };
        if found.len() >= MAX_ERRORS_PER_ITEM {
            break;
        }
        current = recover::blank(&current, entry.range.clone());
        blanked = Some(entry);
        match LeadRulesParser::parse(rule, &current[piece.start..piece.end]) {
            Ok(_) => break,
            Err(next) => error = next,
        }
    }
    found
}

/// A diagnostic measured within the file, moved to the file's place in its `SourceMap`.
/// Its fixes' edits move with it.
fn shifted(mut d: Diagnostic, base: usize) -> Diagnostic {
    let shift = |span: Span| Span::new(span.start as usize + base, span.end as usize + base);
    for label in &mut d.labels {
        label.span = shift(label.span);
    }
    for edit in d.fixes.iter_mut().flat_map(|fix| fix.edits.iter_mut()) {
        edit.span = shift(edit.span);
    }
    d
}

/// Whether `text` holds nothing but whitespace and comments.
fn is_trivia(text: &str) -> bool {
    lex::only_comments_and(text, lex::is_grammar_space)
}

/// Whether a rule is a word of the language (a keyword, a unit, a type, `yes`...), whose spelling
/// tells the file's language.
fn is_keyword(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::boolean
            | Rule::ty_simple
            | Rule::field_unit
            | Rule::ty_yes_no
            | Rule::time_unit
            | Rule::word_for
            | Rule::word_given
            | Rule::word_leads
            | Rule::kw_and
            | Rule::kw_or
            | Rule::kw_not
            | Rule::kw_in
            | Rule::kw_is
            | Rule::kw_known
            | Rule::kw_unknown
            | Rule::kw_between
            | Rule::kw_when
            | Rule::kw_otherwise
            | Rule::kw_else
            | Rule::kw_because
            | Rule::kw_require
            | Rule::kw_reject
            | Rule::kw_weight
            | Rule::kw_pass
            | Rule::kw_of
            | Rule::kw_all
            | Rule::kw_any
            | Rule::kw_at
            | Rule::kw_least
            | Rule::kw_at_least
            | Rule::kw_capped_at
            | Rule::kw_capped
            | Rule::kw_per
            | Rule::kw_respond
            | Rule::kw_within
            | Rule::kw_yes
            | Rule::kw_no
            | Rule::kw_true
            | Rule::kw_false
            | Rule::kw_from
            | Rule::kw_key
            | Rule::kw_format
            | Rule::kw_contains
            | Rule::kw_passes
            | Rule::kw_fails
            | Rule::kw_playbook
            | Rule::kw_importance
            | Rule::kw_match
            | Rule::kw_since
            | Rule::kw_size
            | Rule::kw_probability
            | Rule::kw_lead
            | Rule::kw_expect
            | Rule::kw_definition
            | Rule::kw_version
            | Rule::kw_effective
            | Rule::kw_use
            | Rule::kw_let
            | Rule::kw_flag
            | Rule::kw_with
            | Rule::kw_parameters
            | Rule::kw_fields
            | Rule::kw_minimum
            | Rule::kw_profile
            | Rule::kw_framework
            | Rule::kw_score
            | Rule::kw_classify
            | Rule::kw_temperature
            | Rule::kw_deal
            | Rule::kw_example
            | Rule::kw_class
            | Rule::kw_fit
            | Rule::kw_grade
            | Rule::kw_one
            | Rule::kw_date
            | Rule::kw_datetime
    )
}
