//! Syntax errors about the order of a class or temperature line's clauses: a `playbook` or a
//! `respond within` written before `when` (or `otherwise`), which the line takes after its
//! condition. The fix moves the clause to where the condition ends, and is offered only when the
//! line then reads.

use super::Site;
use super::places::{last_token_end, line_start, token_at};
use crate::diagnostic::{Code, Diagnostic, Edit, Fix};
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::{LeadRulesParser, Rule};
use crate::syntax::lex::{self, Lexeme};
use pest::Parser;

/// The words a line's condition starts with, in either language.
const CONDITION_WORDS: [&str; 4] = ["when", "когда", "otherwise", "иначе"];
/// The words a clause after the condition starts with, in either language.
const CLAUSE_WORDS: [&str; 4] = ["playbook", "сценарий", "respond", "ответить"];

/// The end of the code on the line holding `from`: before a comment, a `}` or the line break.
pub(super) fn code_line_end(text: &str, from: usize, limit: usize) -> usize {
    for (lexeme, range) in lex::lexemes(&text[..limit], from) {
        if matches!(lexeme, Lexeme::Comment | Lexeme::Code('\n' | '}')) {
            return range.start;
        }
    }
    limit
}

/// The next token after `from` on its line, skipping spaces.
pub(super) fn next_token(text: &str, from: usize, limit: usize) -> Option<Span> {
    let rest = text.get(from..limit)?;
    let at = from + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
    token_at(text, at, limit)
}

impl Site<'_> {
    /// `SQL playbook "call" when BANT passes`, `hot respond within 15 minutes when ...`: a clause
    /// the line takes after its condition written before it. The fix moves it to the line's end.
    pub(super) fn clause_before_condition(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if !matches!(self.kind, Some("classify" | "temperature")) || !self.has(Rule::kw_when) {
            return None;
        }
        let word = self.token_text();
        if !CLAUSE_WORDS.contains(&word.to_lowercase().as_str()) {
            return None;
        }
        let line_end = code_line_end(self.text, token.start as usize, self.piece.end);
        let mut at = token.end as usize;
        let condition = loop {
            let next = next_token(self.text, at, line_end)?;
            if CONDITION_WORDS.contains(&self.text[next.range()].to_lowercase().as_str()) {
                break next;
            }
            at = next.end as usize;
        };
        let clause_end = last_token_end(self.text, token.start as usize, condition.start as usize);
        let clause = &self.text[token.start as usize..clause_end];
        let removed = Span::new(token.start as usize, condition.start as usize);
        // The clause goes where the line's condition ends: the end of its line, or of a later
        // line when the condition goes on there (`... when a` / `or b`).
        let mut rest_end = last_token_end(self.text, condition.start as usize, line_end);
        let mut edits = Vec::new();
        for _ in 0..8 {
            let tried = [
                Edit { span: removed, replacement: String::new() },
                Edit { span: Span::new(rest_end, rest_end), replacement: format!(" {clause}") },
            ];
            // Read past the next line too: a condition going on there must not be left behind.
            let next_line_end =
                self.text[rest_end..self.piece.end].find('\n').map(|i| rest_end + i + 1).map_or(rest_end, |next| {
                    last_token_end(self.text, next, code_line_end(self.text, next, self.piece.end)).max(rest_end)
                });
            if self.reads_with(&tried, next_line_end) {
                edits = tried.to_vec();
                break;
            }
            let Some(next_line) = self.text[rest_end..self.piece.end].find('\n').map(|i| rest_end + i + 1) else {
                break;
            };
            let next_end = code_line_end(self.text, next_line, self.piece.end);
            if next_end <= next_line || self.text[next_line..next_end].trim().is_empty() {
                break;
            }
            rest_end = last_token_end(self.text, next_line, next_end);
        }
        let line = line_start(self.text, token.start as usize);
        let name = self.text[line..token.start as usize].trim();
        let condition_text =
            self.text[condition.start as usize..rest_end].split_whitespace().collect::<Vec<_>>().join(" ");
        let shown = format!("{name} {condition_text} {clause}");
        let when = &self.text[condition.range()];
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-clause-before-condition", clause = word, when = when),
            Span::new(token.start as usize, clause_end),
            msg!("syntax-clause-before-condition-label", when = when),
        )
        .with_help(msg!("syntax-clause-before-condition-help", when = when, line = shown.as_str()));
        let Some(moved) = edits.get(1) else { return Some(diagnostic) };
        let mut fix = Fix::replace(removed, "", msg!("syntax-fix-move-clause", clause = word));
        fix.edits.push(moved.clone());
        Some(diagnostic.with_fix(fix))
    }

    /// Whether the piece, with `edits` made, reads past `past` (an offset before the edits).
    fn reads_with(&self, edits: &[Edit], past: usize) -> bool {
        let mut text = String::new();
        let mut from = self.piece.start;
        let mut shift: isize = 0;
        for edit in edits {
            let (start, end) = (edit.span.start as usize, edit.span.end as usize);
            text.push_str(&self.text[from..start]);
            text.push_str(&edit.replacement);
            from = end;
            if end <= past {
                shift += edit.replacement.len() as isize - (end - start) as isize;
            }
        }
        text.push_str(&self.text[from..self.piece.end]);
        match LeadRulesParser::parse(Rule::item_only, &text) {
            Ok(_) => true,
            Err(error) => {
                let at = match error.location {
                    pest::error::InputLocation::Pos(pos) => pos,
                    pest::error::InputLocation::Span((pos, _)) => pos,
                };
                (at as isize) > past as isize - self.piece.start as isize + shift + 1
            }
        }
    }
}
