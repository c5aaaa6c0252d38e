//! Syntax errors about operators and what stands around them: `==`, `&&`, `≥`, a sign before a
//! number that takes none, `is not known`, a comparison without its subject, an operator or a
//! connective with nothing after it.

use super::Site;
use super::places::{char_end, first_code_at, indent, last_token_end, line_start, token_at};
use crate::diagnostic::{Applicability, Code, Diagnostic, Fix};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::Rule;
use crate::syntax::keywords::spell;
use crate::syntax::rewrite;
use crate::syntax::scan;

impl Site<'_> {
    /// `weight -2`, `within -1 day`: a minus where only a number of at least zero is allowed;
    /// `weight +2`: a plus there, which the fix removes.
    pub(super) fn negative_number(&self) -> Option<Diagnostic> {
        let wants_number = self.has_any(&[Rule::number, Rule::duration, Rule::percent, Rule::rating]);
        let sign = self.token_text();
        if !wants_number || !matches!(sign, "-" | "+") {
            return None;
        }
        let before = self.text[self.piece.start..self.pos].trim_end();
        let previous = before.rsplit(|c: char| !scan::is_word_char(c)).next().unwrap_or("");
        let sign_end = char_end(self.text, self.pos).min(self.piece.end);
        let after_sign = &self.text[sign_end..self.piece.end];
        let digits_at = sign_end + (after_sign.len() - after_sign.trim_start_matches([' ', '\t']).len());
        let number_end = self.text[digits_at..self.piece.end]
            .find(|c: char| !(c.is_ascii_digit() || c == '_' || c == '.'))
            .map_or(self.piece.end, |i| digits_at + i);
        let span = Span::new(self.pos, number_end.max(sign_end));
        // The word before the number, in either language (`capped at`: `не более`).
        let english = match previous {
            "weight" | "вес" => "weight",
            "importance" | "важность" => "importance",
            "within" | "за" => "within",
            "at" | "более" => "at",
            "match" | "совпадение" => "match",
            "pass" | "of" | "least" | "зачёт" | "зачет" | "из" | "менее" => "pass",
            _ => return None,
        };
        if sign == "+" {
            let number = &self.text[digits_at..number_end];
            if number.is_empty() {
                return None;
            }
            let fix = Fix::replace(Span::new(self.pos, digits_at), "", msg!("syntax-fix-remove-plus"));
            let diagnostic = Diagnostic::new(
                Code::Syntax,
                msg!("syntax-plus-sign", word = previous, written = &self.text[span.range()]),
                Span::new(self.pos, sign_end),
                msg!("syntax-plus-sign-label"),
            )
            .with_help(msg!("syntax-plus-sign-help", number = number))
            .with_fix(fix);
            return Some(diagnostic);
        }
        let (message, help) = match english {
            "weight" => (msg!("syntax-negative-weight"), msg!("syntax-negative-weight-help")),
            "importance" => (msg!("syntax-negative-importance"), msg!("syntax-negative-importance-help")),
            "within" => (msg!("syntax-negative-within"), msg!("syntax-negative-within-help")),
            "at" => (msg!("syntax-negative-cap"), msg!("syntax-negative-cap-help")),
            "match" => (msg!("syntax-negative-match"), msg!("syntax-negative-match-help")),
            _ => (msg!("syntax-negative-count"), msg!("syntax-negative-count-help")),
        };
        Some(Diagnostic::new(Code::BadLiteral, message, span, msg!("syntax-negative-label")).with_help(help))
    }

    /// `==`, `=>`, `=<`, `≥`, `≤`, `≠`, `> =`, `&&`, `||`, `!`: operators from other languages
    /// or split by a space. The help shows the author's own condition written with the operator
    /// of the language, and the fix writes it so.
    pub(super) fn operator_slip(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let word = self.token_text();
        let after_eq = self.pos > 0 && self.text.as_bytes()[self.pos - 1] == b'=';
        let before = self.text[self.piece.start..self.pos].trim_end_matches([' ', '\t']);
        let split = before.len() < self.pos - self.piece.start && word == "=";
        // The `=` before the stop and the one character at it, however many bytes that takes.
        let doubled = Span::new(self.pos.saturating_sub(1), char_end(self.text, self.pos));
        let (span, replacement) = if after_eq && word.starts_with('=') {
            (doubled, "=")
        } else if after_eq && word.starts_with('>') {
            (doubled, ">=")
        } else if after_eq && word.starts_with('<') {
            (doubled, "<=")
        } else if let Some(meant) = typographic_operator(word) {
            (token, meant)
        } else if let Some(first) = before.chars().last().filter(|c| split && "<>!=".contains(*c)) {
            let start = self.piece.start + before.len() - 1;
            let meant = match first {
                '>' => ">=",
                '<' => "<=",
                '!' => "!=",
                _ => "=",
            };
            (Span::new(start, token.end as usize), meant)
        } else if word == "%" && self.text[..self.pos].ends_with([' ', '\t']) {
            return self.spaced_percent(token);
        } else {
            return self.logic_operator(token, word);
        };
        let shown = &self.text[span.range()];
        let edit = crate::diagnostic::Edit { span, replacement: replacement.to_string() };
        let condition = rewrite::condition_with(self.text, self.piece.start, self.piece.end, &edit);
        let message = msg!("syntax-not-an-operator", operator = shown);
        let help =
            msg!("syntax-logic-rewrite-help", operator = shown, word = replacement, condition = condition.as_str());
        let fix = Fix::replace(span, replacement, msg!("syntax-fix-write", replacement = replacement));
        Some(
            Diagnostic::new(Code::Syntax, message, span, msg!("syntax-write-here", word = replacement))
                .with_help(help)
                .with_fix(fix),
        )
    }

    /// `need is not known` (`need не известно`): the language says `is unknown` in one word.
    pub(super) fn not_known(&self) -> Option<Diagnostic> {
        let token = self.token?;
        // `не известно`: pest reads `не` as the `не в` of a list and stops at `известно`.
        if self.has(Rule::kw_in) && matches!(self.token_text(), "known" | "unknown" | "известно" | "неизвестно")
        {
            let before = self.text[self.piece.start..token.start as usize].trim_end();
            let not = ["not", "не"].into_iter().find(|w| {
                before.ends_with(w) && !before[..before.len() - w.len()].ends_with(|c: char| scan::is_word_char(c))
            })?;
            let start = self.piece.start + before.len() - not.len();
            let meant = if matches!(self.token_text(), "known" | "известно") {
                if not == "не" { "неизвестно" } else { "is unknown" }
            } else if not == "не" {
                "известно"
            } else {
                "is known"
            };
            let span = Span::new(start, token.end as usize);
            return self.rewritten(
                span,
                meant,
                msg!("syntax-not-known", written = &self.text[span.range()], meant = meant),
            );
        }
        if !self.has(Rule::kw_known) || !matches!(self.token_text(), "not" | "не") {
            return None;
        }
        let rest = &self.text[token.end as usize..self.piece.end];
        let after_at = token.end as usize + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
        let after = token_at(self.text, after_at, self.piece.end)?;
        let meant = match &self.text[after.range()] {
            "known" => "unknown",
            "unknown" => "known",
            "известно" => "неизвестно",
            "неизвестно" => "известно",
            _ => return None,
        };
        let span = Span::new(token.start as usize, after.end as usize);
        self.rewritten(span, meant, msg!("syntax-not-known", written = &self.text[span.range()], meant = meant))
    }

    /// `timeline > 0 days and < 90 days`: the second comparison without what it compares; the
    /// fix repeats the subject of the comparison before the connective.
    pub(super) fn missing_subject(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let op = self.token_text();
        if !["<=", ">=", "<>", "!=", "=", "<", ">"].contains(&op) {
            return None;
        }
        let before = self.text[self.piece.start..self.pos].trim_end();
        let connective = ["and", "or", "и", "или"].into_iter().find(|w| {
            before.ends_with(w) && !before[..before.len() - w.len()].ends_with(|c: char| scan::is_word_char(c))
        })?;
        let clause_end = self.piece.start + before.len() - connective.len();
        let line = line_start(self.text, clause_end).max(self.piece.start);
        let (start, _) = rewrite::condition_bounds(self.text, line, clause_end, clause_end);
        let clause = &self.text[start..clause_end];
        // The clause after the last connective before this one.
        let last = clause
            .split(|c: char| !(scan::is_word_char(c) || c == '.'))
            .filter(|w| !w.is_empty())
            .fold((None, false), |(subject, fresh), w| match w {
                "and" | "or" | "not" | "и" | "или" | "не" => (subject, true),
                w if fresh || subject.is_none() => (Some(w), false),
                _ => (subject, false),
            })
            .0?;
        let subject = last.trim_matches('.');
        if subject.is_empty() || subject.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let span = Span::new(token.start as usize, token.start as usize);
        let diagnostic = self.rewritten(span, &format!("{subject} "), msg!("syntax-missing-subject", operator = op))?;
        Some(diagnostic)
    }

    /// A slip at `span` whose fix writes `meant` there: the help shows the author's condition so
    /// written.
    pub(super) fn rewritten(&self, span: Span, meant: &str, message: Message) -> Option<Diagnostic> {
        let edit = crate::diagnostic::Edit { span, replacement: meant.to_string() };
        let condition = rewrite::condition_with(self.text, self.piece.start, self.piece.end, &edit);
        let help = msg!("syntax-rewrite-help", condition = condition.as_str());
        let fix = Fix::replace(span, meant, msg!("syntax-fix-write", replacement = meant.trim()));
        Some(
            Diagnostic::new(Code::Syntax, message, span, msg!("syntax-write-here", word = meant.trim()))
                .with_help(help)
                .with_fix(fix),
        )
    }

    /// `50 %`: the number and its sign written apart; the fix joins them.
    pub(super) fn spaced_percent(&self, token: Span) -> Option<Diagnostic> {
        let before = self.text[..self.pos].trim_end_matches([' ', '\t']);
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_' || c == '.').len();
        let number = &before[before.len() - digits..];
        let diagnostic =
            Diagnostic::new(Code::Syntax, msg!("syntax-percent-space"), token, msg!("syntax-percent-space-label"));
        if number.is_empty() {
            return Some(diagnostic);
        }
        let written = format!("{number}%");
        let fix = Fix::replace(
            Span::new(before.len(), self.pos),
            "",
            msg!("syntax-fix-write", replacement = written.as_str()),
        );
        Some(diagnostic.with_help(msg!("syntax-percent-space-help", written = written.as_str())).with_fix(fix))
    }

    /// `&&`, `&&&`, `&`, `||`, `|`, `!`: the condition they stand in, written with `and`, `or`,
    /// `not` (in the file's language), with the fix that writes it.
    pub(super) fn logic_operator(&self, token: Span, word: &str) -> Option<Diagnostic> {
        let english = if word.starts_with('&') && word.chars().all(|c| c == '&') {
            "and"
        } else if word.starts_with('|') && word.chars().all(|c| c == '|') {
            "or"
        } else if word == "!" {
            "not"
        } else {
            return None;
        };
        let keyword = self.words.spell(english);
        let message = msg!("syntax-not-an-operator", operator = word);
        let label = msg!("syntax-write-here", word = keyword);
        let diagnostic = Diagnostic::new(Code::Syntax, message, token, label);
        let rewrite = rewrite::words_for_operators(
            self.text,
            self.piece.start,
            self.piece.end,
            token.start as usize,
            self.words.0,
        );
        let Some(rewrite) = rewrite else {
            return Some(diagnostic.with_help(msg!("syntax-logic-word-help", operator = word, word = keyword)));
        };
        let help =
            msg!("syntax-logic-rewrite-help", operator = word, word = keyword, condition = rewrite.condition.as_str());
        let fix = Fix {
            message: msg!("syntax-fix-write", replacement = rewrite.condition.as_str()),
            edits: rewrite.edits,
            applicability: Applicability::Safe,
        };
        Some(diagnostic.with_help(help).with_fix(fix))
    }

    /// `employees >=` with no value after the operator, before a `}` or a keyword.
    pub(super) fn dangling_operator(&self) -> Option<Diagnostic> {
        if !self.has_any(&[Rule::unary, Rule::sum, Rule::product, Rule::reference]) {
            return None;
        }
        let before = self.text[self.piece.start..self.pos].trim_end();
        let op = OPERATORS.into_iter().find(|op| before.ends_with(op))?;
        let end = self.piece.start + before.len();
        let mut diagnostic = self.nothing_after(Span::new(end - op.len(), end), op);
        if let Some(token) = self.token {
            diagnostic = diagnostic.with_label(token, msg!("syntax-not-a-value-label", token = self.token_text()));
        }
        Some(diagnostic)
    }

    /// A line that ends in an operator or a connective (`budget >=`, `... and`) with the next
    /// entry on the line after it: pest reads the next line's first word as the missing value and
    /// stops after it. The diagnostic points at what was left unfinished.
    pub(super) fn unfinished_line(&self) -> Option<Diagnostic> {
        let line = line_start(self.text, self.pos).max(self.piece.start);
        let end = last_token_end(self.text, self.piece.start, line);
        let next = first_code_at(self.text, end, self.pos)?;
        if end <= self.piece.start || next < line || next > self.pos {
            return None;
        }
        // A line indented under the unfinished one goes on with it: the error is its own.
        let unfinished_line = line_start(self.text, end - 1).max(self.piece.start);
        if indent(self.text, line) > indent(self.text, unfinished_line) {
            return None;
        }
        let before = &self.text[self.piece.start..end];
        let swallowed = Span::new(
            next,
            token_at(self.text, next, self.piece.end).map_or(char_end(self.text, next), |t| t.end as usize),
        );
        if let Some(op) = OPERATORS.into_iter().find(|op| before.ends_with(op)) {
            let diagnostic = self
                .nothing_after(Span::new(end - op.len(), end), op)
                .with_label(swallowed, msg!("syntax-read-as-value-label", operator = op));
            return Some(diagnostic);
        }
        let word_start = super::places::word_start(before, 0, before.len());
        let word = &before[word_start..];
        let connective = ["and", "or", "not", "when"].into_iter().any(|en| en == word || spell(Lang::Ru, en) == word);
        if !connective {
            return None;
        }
        let span = Span::new(self.piece.start + word_start, end);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-condition-after-word", word = word),
            span,
            msg!("syntax-nothing-after-word-label"),
        )
        .with_label(swallowed, msg!("syntax-read-as-condition-label", word = word))
        .with_help(msg!("syntax-condition-after-word-help", word = word));
        Some(diagnostic)
    }

    /// "expected a value after `>=`" at the operator `op` under `span`, with the help that
    /// quotes the author's own line up to it.
    pub(super) fn nothing_after(&self, span: Span, op: &str) -> Diagnostic {
        let line = line_start(self.text, span.start as usize).max(self.piece.start);
        let (start, _) = rewrite::condition_bounds(self.text, line, span.end as usize, span.start as usize);
        let written = self.text[start..span.end as usize].split_whitespace().collect::<Vec<_>>().join(" ");
        let comparison = op.contains(['<', '>', '=']);
        let (label, help) = if comparison {
            (
                msg!("syntax-nothing-to-compare-label"),
                msg!("syntax-nothing-to-compare-help", operator = op, written = written),
            )
        } else {
            (
                msg!("syntax-nothing-after-operator-label"),
                msg!("syntax-nothing-after-operator-help", operator = op, written = written),
            )
        };
        let message = msg!("syntax-value-after-operator", operator = op);
        Diagnostic::new(Code::Syntax, message, span, label).with_help(help)
    }
}

/// `≥`, `≤`, `≠` (and the Russian keyboard's `=>` look-alikes): the operator of the language.
pub(super) fn typographic_operator(word: &str) -> Option<&'static str> {
    match word {
        "≥" | "⩾" => Some(">="),
        "≤" | "⩽" => Some("<="),
        "≠" => Some("!="),
        _ => None,
    }
}

/// Operators a value must follow, longest first.
pub(super) const OPERATORS: [&str; 11] = ["<=", ">=", "<>", "!=", "=", "<", ">", "+", "-", "*", "/"];
