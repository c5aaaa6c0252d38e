//! Syntax errors about a word left after a condition of `classify` or `temperature`: pest reads
//! it as the name of a new line and stops at the word after it, which may be on the next line
//! (`disqualified when not minimum criteria` stops at the next line's `SQL`). The report points
//! at the word itself. A keyword in capitals (`ИЛИ`, `AND`) is written in lower case by the fix;
//! another word is offered joined to the word before it (`decision maker` → `decision_maker`) or
//! taken out, and neither is written.

use super::Site;
use super::places::{last_token_end, line_start, word_start};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::Rule;
use crate::syntax::scan;

impl Site<'_> {
    /// A word after the condition of a class or temperature line, read as the name of a new line.
    pub(super) fn stray_name(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if !matches!(self.kind, Some("classify" | "temperature"))
            || !self.has(Rule::kw_when)
            || !self.has(Rule::kw_otherwise)
        {
            return None;
        }
        let end = last_token_end(self.text, self.piece.start, token.start as usize);
        let start = word_start(self.text, self.piece.start, end);
        let word = &self.text[start..end];
        if !word.starts_with(char::is_alphabetic) || !word.chars().all(scan::is_word_char) {
            return None;
        }
        // The name of a line is its first word: a word with code before it on its line is a stray.
        let line = line_start(self.text, start).max(self.piece.start);
        let before_word = self.text[line..start].trim();
        if before_word.is_empty() || before_word.ends_with('{') {
            return None;
        }
        let span = Span::new(start, end);
        let lower = word.to_lowercase();
        // A misspelt keyword (`BANT pases`) or a word said for one has a diagnostic of its own.
        if crate::syntax::wording::similar(&lower, &crate::syntax::wording::RESERVED).is_some()
            || crate::syntax::wording::latin_spelling(word).is_some()
            || crate::syntax::wording::cyrillic_spelling(word).is_some()
            || crate::syntax::wording::meant_keyword(&lower).is_some()
        {
            return None;
        }
        if lower != word && crate::syntax::keywords::KEYWORDS.iter().any(|(en, ru)| *en == lower || *ru == lower) {
            return Some(
                Diagnostic::new(
                    Code::Syntax,
                    msg!("syntax-keyword-in-capitals", word = word),
                    span,
                    msg!("syntax-keyword-in-capitals-label", keyword = lower.as_str()),
                )
                .with_help(msg!("syntax-keyword-in-capitals-help", keyword = lower.as_str(), word = word))
                .with_fix(Fix::replace(
                    span,
                    lower.as_str(),
                    msg!("syntax-fix-write", replacement = lower.as_str()),
                )),
            );
        }
        let before_end = self.text[line..start].trim_end_matches([' ', '\t']).len() + line;
        let before_start = word_start(self.text, line, before_end);
        let before = &self.text[before_start..before_end];
        let joinable = !before.is_empty()
            && before.starts_with(|c: char| c.is_alphabetic() || c == '_')
            && !crate::syntax::wording::is_keyword_spelling(&before.to_lowercase());
        let mut diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-stray-word", word = word),
            span,
            msg!("syntax-stray-word-label"),
        )
        .with_label(
            token,
            self.words.name(msg!("syntax-stray-word-next-label"), &[("when", "when"), ("otherwise", "otherwise")]),
        );
        if joinable {
            let joined = format!("{before}_{word}");
            diagnostic = diagnostic
                .with_help(msg!("syntax-stray-word-join-help", word = word, joined = joined.as_str()))
                .with_fix(
                    Fix::replace(
                        Span::new(before_start, end),
                        joined.as_str(),
                        msg!("syntax-fix-write", replacement = joined.as_str()),
                    )
                    .as_choice(),
                );
        } else {
            diagnostic = diagnostic.with_help(msg!("syntax-stray-word-help", word = word));
        }
        let removed = Span::new(before_end, end);
        Some(diagnostic.with_fix(Fix::replace(removed, "", msg!("syntax-fix-remove-word", word = word)).as_choice()))
    }
}
