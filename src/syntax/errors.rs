//! Syntax errors phrased for people. pest reports the rules it expected at the furthest point it
//! reached; this module turns that into one diagnostic in plain words, with the primary label on
//! the offending token and a `help:` that shows how to write it. Common slips (`==`, `&&`,
//! a reserved word as a name, a missing `:` or `,`, an operator with nothing after it, a `{`
//! never closed) get messages of their own.

use super::grammar::Rule;
use super::keywords::spell;
use super::lex;
use super::rewrite;
use super::scan::{self, Piece};
use super::wording::{
    EXPECT_WORDS, FIELD_TYPES, Phrase, RESERVED, Words, is_closing, is_continuation, phrase, similar, synonym_type,
};
use crate::diagnostic::{Applicability, Code, Diagnostic, Fix};
use crate::locale::Lang;
use crate::message::{Arg, Message};
use crate::msg;
use crate::span::Span;
use pest::error::{Error, ErrorVariant, InputLocation};

/// Problems the scan found that make pest's error for the piece useless.
pub fn scan_problem(text: &str, piece: &Piece) -> Option<Diagnostic> {
    if let Some(quote) = piece.unclosed_string {
        let end = scan::line_end(text, quote);
        let end = if text[..end].ends_with('\r') { end - 1 } else { end };
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-unclosed-string"),
            Span::new(quote, end),
            msg!("syntax-unclosed-string-label"),
        )
        .with_help(msg!("syntax-unclosed-string-help"));
        return Some(diagnostic);
    }
    let bracket = piece.too_deep?;
    let diagnostic = Diagnostic::new(
        Code::Syntax,
        msg!("syntax-too-deep"),
        Span::new(bracket, bracket + 1),
        msg!("syntax-too-deep-label"),
    )
    .with_help(msg!("syntax-too-deep-help", max = scan::MAX_NESTING));
    Some(diagnostic)
}

/// Where in the file pest stopped on `piece`, and the rules it expected there.
pub fn stop_and_expected(error: &Error<Rule>, piece: &Piece) -> (usize, Vec<Rule>) {
    let relative = match error.location {
        InputLocation::Pos(pos) => pos,
        InputLocation::Span((start, _)) => start,
    };
    let positives = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        ErrorVariant::CustomError { .. } => Vec::new(),
    };
    ((piece.start + relative).min(piece.end), positives)
}

/// The diagnostic for a pest error in `piece` of `text`.
pub fn describe(error: &Error<Rule>, text: &str, piece: &Piece) -> Diagnostic {
    let (stop, positives) = stop_and_expected(error, piece);
    let site = Site::new(text, piece, stop - piece.start, positives);
    site.diagnose()
}

/// Where pest stopped and what it wanted there.
struct Site<'t> {
    text: &'t str,
    piece: &'t Piece,
    pos: usize,
    expected: Vec<Rule>,
    token: Option<Span>,
    /// The item keyword the piece starts with, or `None` for the header.
    kind: Option<&'static str>,
    /// The language of the file's keywords, for the keywords the messages quote.
    words: Words,
}

impl<'t> Site<'t> {
    fn new(text: &'t str, piece: &'t Piece, relative: usize, expected: Vec<Rule>) -> Self {
        let mut pos = (piece.start + relative).min(piece.end);
        while !text.is_char_boundary(pos) {
            pos -= 1;
        }
        let token = token_at(text, pos, piece.end);
        let kind = scan::item_keyword_at(text, piece.start);
        let words = Words(super::text_language(text));
        Site { text, piece, pos, expected, token, kind, words }
    }

    fn has(&self, rule: Rule) -> bool {
        self.expected.contains(&rule)
    }

    fn has_any(&self, rules: &[Rule]) -> bool {
        rules.iter().any(|&r| self.has(r))
    }

    fn token_text(&self) -> &'t str {
        self.token.map_or("", |span| &self.text[span.range()])
    }

    /// The offending token's span, or an empty span just after the last token before `pos`.
    fn primary(&self) -> Span {
        self.token.unwrap_or_else(|| {
            let before = self.text[self.piece.start..self.pos].trim_end();
            let end = self.piece.start + before.len();
            Span::new(end, end)
        })
    }

    fn found(&self) -> Message {
        if self.token.is_some() {
            msg!("syntax-found", token = self.token_text())
        } else if token_at(self.text, self.pos, self.piece.end).is_none()
            && !rest_is_trivia(self.text, self.pos, self.piece.end)
        {
            msg!("syntax-expected-here")
        } else {
            self.about_piece(Message::new("syntax-piece-ends-here"))
        }
    }

    /// `message` naming the piece: the message files choose the words by `piece` (`use` line,
    /// `block` of the `kind` keyword, `header`), in the form each sentence needs.
    fn about_piece(&self, message: Message) -> Message {
        let (piece, kind) = match self.kind {
            Some("use") => ("use", "use"),
            Some(kind) => ("block", kind),
            None => ("header", ""),
        };
        message.arg("piece", piece).arg("kind", kind)
    }

    fn error(&self, message: Message, label: Message) -> Diagnostic {
        Diagnostic::new(Code::Syntax, message, self.primary(), label)
    }

    fn diagnose(&self) -> Diagnostic {
        self.never_closed()
            .or_else(|| self.missing_reason())
            .or_else(|| self.negative_number())
            .or_else(|| self.operator_slip())
            .or_else(|| self.not_known())
            .or_else(|| self.comma_in_condition())
            .or_else(|| self.unquoted_text())
            .or_else(|| self.missing_subject())
            .or_else(|| self.dangling_operator())
            .or_else(|| self.unfinished_line())
            .or_else(|| self.stray_text())
            .or_else(|| self.unknown_unit())
            .or_else(|| self.missing_comma())
            .or_else(|| self.header_colon())
            .or_else(|| self.missing_colon())
            .or_else(|| self.reserved_word())
            .unwrap_or_else(|| self.expected_words())
    }

    /// pest ran out of text (or met the next block) inside an open `{`.
    fn never_closed(&self) -> Option<Diagnostic> {
        let brace = self.piece.unclosed_brace?;
        let at_next_item = self.token.is_some_and(|t| scan::item_keyword_at(self.text, t.start as usize).is_some());
        if self.token.is_some() && !at_next_item {
            return None;
        }
        let open = Span::new(brace, brace + 1);
        let diagnostic =
            Diagnostic::new(Code::Syntax, msg!("syntax-never-closed"), open, msg!("syntax-never-closed-label"))
                .with_label(self.primary(), msg!("syntax-never-closed-end-label"))
                .with_help(msg!("syntax-never-closed-help"));
        Some(diagnostic)
    }

    /// A gate whose line ends without `else "reason"`: pest notices on the next line, the
    /// diagnostic points at the end of the gate's own line.
    fn missing_reason(&self) -> Option<Diagnostic> {
        if !self.has(Rule::gate_reason) && !self.has(Rule::kw_else) {
            return None;
        }
        let end = last_token_end(self.text, self.piece.start, self.pos);
        let on_next_line = self.text[end..self.pos].contains('\n') || self.token.is_none();
        if !on_next_line {
            return None;
        }
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-gate-no-reason"),
            Span::new(end, end),
            self.words.name(msg!("syntax-gate-no-reason-label"), &[("else", "else")]),
        )
        .with_help(msg!("syntax-gate-no-reason-help"));
        Some(diagnostic)
    }

    /// `weight -2`, `within -1 day`: a minus where only a number of at least zero is allowed;
    /// `weight +2`: a plus there, which the fix removes.
    fn negative_number(&self) -> Option<Diagnostic> {
        let wants_number = self.has_any(&[Rule::number, Rule::duration, Rule::percent, Rule::rating]);
        let sign = self.token_text();
        if !wants_number || !matches!(sign, "-" | "+") {
            return None;
        }
        let before = self.text[self.piece.start..self.pos].trim_end();
        let previous = before.rsplit(|c: char| !scan::is_word_char(c)).next().unwrap_or("");
        let digits_at = self.pos
            + 1
            + (self.text[self.pos + 1..self.piece.end].len()
                - self.text[self.pos + 1..self.piece.end].trim_start_matches([' ', '\t']).len());
        let number_end = self.text[digits_at..self.piece.end]
            .find(|c: char| !(c.is_ascii_digit() || c == '_' || c == '.'))
            .map_or(self.piece.end, |i| digits_at + i);
        let span = Span::new(self.pos, number_end.max(self.pos + 1));
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
                Span::new(self.pos, self.pos + 1),
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
    fn operator_slip(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let word = self.token_text();
        let after_eq = self.pos > 0 && self.text.as_bytes()[self.pos - 1] == b'=';
        let before = self.text[self.piece.start..self.pos].trim_end_matches([' ', '\t']);
        let split = before.len() < self.pos - self.piece.start && word == "=";
        let (span, replacement) = if after_eq && word.starts_with('=') {
            (Span::new(self.pos - 1, self.pos + 1), "=")
        } else if after_eq && word.starts_with('>') {
            (Span::new(self.pos - 1, self.pos + 1), ">=")
        } else if after_eq && word.starts_with('<') {
            (Span::new(self.pos - 1, self.pos + 1), "<=")
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
    fn not_known(&self) -> Option<Diagnostic> {
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

    /// `BANT passes, score >= 30`: a comma between two conditions, which may mean `and` or `or`:
    /// both are offered, none is written.
    fn comma_in_condition(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let in_rules = matches!(self.kind, Some("classify" | "temperature" | "score" | "minimum"));
        if self.token_text() != "," || self.has(Rule::comma) || !in_rules {
            return None;
        }
        let mut diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-comma-in-condition"),
            token,
            msg!("syntax-comma-in-condition-label"),
        );
        let mut choices = Vec::new();
        for english in ["and", "or"] {
            let word = self.words.spell(english);
            let edit = crate::diagnostic::Edit { span: token, replacement: format!(" {word}") };
            choices.push(rewrite::condition_with(self.text, self.piece.start, self.piece.end, &edit));
            let fix = Fix::replace(token, format!(" {word}"), msg!("syntax-fix-write", replacement = word));
            diagnostic = diagnostic.with_fix(fix.as_choice());
        }
        Some(diagnostic.with_help(msg!("syntax-comma-in-condition-help", choices = Arg::any_of_quoted(&choices))))
    }

    /// `else too small`: a reason or playbook written without its quotes; the fix puts the rest
    /// of the line between them.
    fn unquoted_text(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let before = self.text[self.piece.start..token.start as usize].trim_end();
        let after_word = ["else", "because", "playbook", "иначе", "поскольку", "сценарий"].into_iter().any(|w| {
            before.ends_with(w) && !before[..before.len() - w.len()].ends_with(|c: char| scan::is_word_char(c))
        });
        if !self.has(Rule::string) || !after_word || !self.token_text().starts_with(char::is_alphabetic) {
            return None;
        }
        let start = token.start as usize;
        let line_end =
            self.text[start..self.piece.end].find(['\n', '\r', '#', '"', '}']).map_or(self.piece.end, |i| start + i);
        let words = self.text[start..line_end].trim_end();
        let span = Span::new(start, start + words.len());
        let quoted = format!("\"{words}\"");
        let diagnostic =
            Diagnostic::new(Code::Syntax, msg!("syntax-unquoted-text"), span, msg!("syntax-unquoted-text-label"))
                .with_help(msg!("syntax-unquoted-text-help", quoted = quoted.as_str()))
                .with_fix(Fix::replace(span, quoted.clone(), msg!("syntax-fix-write", replacement = quoted.as_str())));
        Some(diagnostic)
    }

    /// `timeline > 0 days and < 90 days`: the second comparison without what it compares; the
    /// fix repeats the subject of the comparison before the connective.
    fn missing_subject(&self) -> Option<Diagnostic> {
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
    fn rewritten(&self, span: Span, meant: &str, message: Message) -> Option<Diagnostic> {
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
    fn spaced_percent(&self, token: Span) -> Option<Diagnostic> {
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
    fn logic_operator(&self, token: Span, word: &str) -> Option<Diagnostic> {
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
    fn dangling_operator(&self) -> Option<Diagnostic> {
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
    fn unfinished_line(&self) -> Option<Diagnostic> {
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
        let swallowed = Span::new(next, token_at(self.text, next, self.piece.end).map_or(next + 1, |t| t.end as usize));
        if let Some(op) = OPERATORS.into_iter().find(|op| before.ends_with(op)) {
            let diagnostic = self
                .nothing_after(Span::new(end - op.len(), end), op)
                .with_label(swallowed, msg!("syntax-read-as-value-label", operator = op));
            return Some(diagnostic);
        }
        let word_start = before
            .rfind(|c: char| !scan::is_word_char(c))
            .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
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
    fn nothing_after(&self, span: Span, op: &str) -> Diagnostic {
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

    /// Text after the end of a block, or before the first block.
    fn stray_text(&self) -> Option<Diagnostic> {
        let after_block = self.has(Rule::EOI);
        let before_blocks = self.kind.is_none() && self.has(Rule::kw_definition);
        if !after_block && !before_blocks {
            return None;
        }
        let word = self.token_text();
        if word == "}" {
            return Some(
                self.error(msg!("syntax-unexpected-rbrace"), msg!("syntax-unexpected-rbrace-label"))
                    .with_help(msg!("syntax-unexpected-rbrace-help")),
            );
        }
        let message = if after_block {
            self.about_piece(msg!("syntax-unexpected-after-piece", word = word))
        } else {
            msg!("syntax-unexpected-before-blocks", word = word)
        };
        let help = if scan::ITEM_KEYWORDS.contains(&word) {
            msg!("syntax-block-on-own-line-help")
        } else if word == "definition" {
            msg!("syntax-definition-first-help")
        } else if let Some(keyword) = similar(word, &scan::ITEM_KEYWORDS) {
            msg!("syntax-did-you-mean", word = keyword)
        } else {
            msg!("syntax-every-block-starts-help")
        };
        Some(self.error(message, msg!("syntax-not-in-a-block-label")).with_help(help))
    }

    /// `30 dni`, `30 tage`: a word after a number where a unit of time may stand, that is no
    /// unit and no typo of one (those are `slips`'). pest stops at it, or, where a name may start
    /// the next entry (`timeframe : timeline <= 90 tage`), just after it. The help lists the
    /// units, written after the author's number in the file's language.
    fn unknown_unit(&self) -> Option<Diagnostic> {
        let alphabetic = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
        let span = match self.token {
            Some(token) if self.has(Rule::time_unit) && alphabetic(self.token_text()) => token,
            _ => {
                let end = last_token_end(self.text, self.piece.start, self.pos);
                let before = &self.text[self.piece.start..end];
                let start = before
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !scan::is_word_char(*c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let word = &before[start..];
                if !alphabetic(word) || super::wording::is_keyword_spelling(word) {
                    return None;
                }
                Span::new(self.piece.start + start, end)
            }
        };
        let word = &self.text[span.range()];
        // `3 мес.`: an abbreviated unit with its dot, which the language writes without one.
        if super::slips::is_unit_word(word) && self.text[span.end as usize..].starts_with('.') {
            let dot = Span::new(span.end as usize, span.end as usize + 1);
            let line = line_start(self.text, span.start as usize).max(self.piece.start);
            let written = item_before(self.text, line, span.end as usize);
            let number = written.rsplit(|c: char| c.is_whitespace()).nth(1).unwrap_or("");
            let diagnostic =
                Diagnostic::new(Code::Syntax, msg!("syntax-unit-dot", word = word), dot, msg!("syntax-unit-dot-label"))
                    .with_help(msg!("syntax-unit-dot-help", written = format!("{number} {word}").trim()))
                    .with_fix(Fix::replace(dot, "", msg!("syntax-fix-remove-word", word = ".")));
            return Some(diagnostic);
        }
        // `a: 1 b: 2`: a name with its `:` after it starts the next entry (a comma is missing).
        if self.text[span.end as usize..self.piece.end].trim_start_matches([' ', '\t']).starts_with(':') {
            return None;
        }
        let before = &self.text[self.piece.start..span.start as usize];
        let gap = before.len() - before.trim_end_matches([' ', '\t']).len();
        let number_text =
            before[..before.len() - gap].rsplit(|c: char| !(c.is_ascii_digit() || c == '_' || c == '.')).next()?;
        if gap == 0 || !number_text.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if is_currency(word) {
            let number_end = span.start as usize - gap;
            let diagnostic = Diagnostic::new(
                Code::Syntax,
                msg!("syntax-currency", word = word),
                span,
                msg!("syntax-currency-label"),
            )
            .with_help(msg!("syntax-currency-help", number = number_text))
            .with_fix(Fix::replace(
                Span::new(number_end, span.end as usize),
                "",
                msg!("syntax-fix-remove-word", word = word),
            ));
            return Some(diagnostic);
        }
        let value = number_text.replace('_', "").parse::<f64>().unwrap_or(5.0);
        let units: Vec<String> = ["seconds", "minutes", "hours", "days", "weeks", "months", "years"]
            .into_iter()
            .map(|unit| format!("{number_text} {}", self.words.unit(unit, value)))
            .collect();
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-not-a-unit", word = word),
            span,
            msg!("syntax-not-a-unit-label"),
        )
        .with_help(msg!("syntax-units-help", units = Arg::any_of_quoted(&units)));
        Some(diagnostic)
    }

    /// Two list items with no comma between them: pointed at the gap, the help shows the
    /// author's two items with the comma, the fix writes it.
    fn missing_comma(&self) -> Option<Diagnostic> {
        if !self.has(Rule::comma) {
            return None;
        }
        let word = self.token_text();
        let starts_item = word.starts_with(|c: char| c == '"' || c == '-' || c.is_alphanumeric() || c == '_');
        if !starts_item || RESERVED.contains(&word) {
            return None;
        }
        let place = if self.has(Rule::rbracket) {
            "values"
        } else if word.starts_with('"') {
            "columns"
        } else {
            match self.kind {
                Some("example") if EXPECT_WORDS.contains(&word) => "expectations",
                Some("example") => "entries",
                Some("deal") => "ratings",
                _ => "items",
            }
        };
        let gap = last_token_end(self.text, self.piece.start, self.pos);
        let gap_span = Span::new(gap, gap);
        let items = format!(
            "{}, {}",
            item_before(self.text, self.piece.start, gap),
            item_after(self.text, self.pos, self.piece.end)
        );
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-missing-comma", place = place),
            gap_span,
            msg!("syntax-comma-here-label"),
        )
        .with_help(msg!("syntax-comma-them-help", example = items.as_str()))
        .with_fix(Fix::replace(gap_span, ",", msg!("syntax-fix-write", replacement = ",")));
        Some(diagnostic)
    }

    /// A name not followed by `:` where one is required.
    fn missing_colon(&self) -> Option<Diagnostic> {
        if !self.has(Rule::colon) {
            return None;
        }
        if self.kind == Some("fields") && self.token_text() == "(" {
            let example = "one of it (\"ИТ\"), retail (\"розница\")";
            let diagnostic = self
                .error(
                    self.words.name(msg!("syntax-missing-comma-one-of"), &[("one_of", "one of")]),
                    msg!("syntax-missing-comma-one-of-label"),
                )
                .with_help(msg!("syntax-comma-values-help", example = example));
            return Some(diagnostic);
        }
        let (message, colon) = match self.kind {
            Some("fields") => (msg!("syntax-colon-after-field-type"), " :"),
            Some("framework") => (msg!("syntax-colon-after-criterion"), " :"),
            _ => (msg!("syntax-colon-after-field"), ":"),
        };
        let name_end = last_token_end(self.text, self.piece.start, self.pos);
        let name_start = self.text[..name_end]
            .rfind(|c: char| !scan::is_word_char(c))
            .map_or(0, |i| i + self.text[i..].chars().next().map_or(1, char::len_utf8));
        let name = &self.text[name_start.max(self.piece.start)..name_end];
        let same_line = !self.text[name_end..self.pos].contains('\n');
        if name.is_empty() || !same_line || self.token.is_none() {
            return Some(self.error(message, self.found()));
        }
        let gap = Span::new(name_end, name_end);
        let line = format!("{name}{colon} {}", item_after(self.text, self.pos, self.piece.end));
        let diagnostic = Diagnostic::new(Code::Syntax, message, gap, msg!("syntax-write-here", word = ":"))
            .with_label(self.primary(), self.found())
            .with_help(msg!("syntax-colon-help", name = name, example = line.as_str()))
            .with_fix(Fix::replace(gap, colon, msg!("syntax-fix-write", replacement = ":")));
        Some(diagnostic)
    }

    /// `score: {`: a colon after a block's header, where the language opens the block at once.
    fn header_colon(&self) -> Option<Diagnostic> {
        if self.token_text() != ":" || !self.has(Rule::lbrace) {
            return None;
        }
        let token = self.token?;
        let header = self.text[self.piece.start..token.start as usize].trim_end();
        let after = self.text[token.end as usize..self.piece.end].trim_start_matches([' ', '\t']);
        if !after.starts_with('{') {
            return None;
        }
        let diagnostic = self
            .error(msg!("syntax-header-colon"), msg!("syntax-header-colon-label"))
            .with_help(msg!("syntax-header-colon-help", header = header))
            .with_fix(Fix::replace(token, "", msg!("syntax-fix-remove-colon")));
        Some(diagnostic)
    }

    /// A reserved word where a name was expected.
    fn reserved_word(&self) -> Option<Diagnostic> {
        let name_rules = [Rule::ident, Rule::field_decl, Rule::fw_criterion, Rule::class_rule, Rule::temp_rule];
        let word = self.token_text();
        if !self.has_any(&name_rules) || !RESERVED.contains(&word) {
            return None;
        }
        if matches!(word, "when" | "otherwise") && matches!(self.kind, Some("classify" | "temperature")) {
            let example =
                if self.kind == Some("classify") { "SQL when score >= 60" } else { "hot when timeline <= 30 days" };
            let diagnostic = self
                .error(msg!("syntax-name-before", word = word), msg!("syntax-name-missing-label"))
                .with_help(msg!("syntax-name-first-help", example = example));
            return Some(diagnostic);
        }
        let diagnostic = self
            .error(msg!("syntax-reserved-word", word = word), msg!("syntax-reserved-word-label"))
            .with_help(msg!("syntax-reserved-word-help", word = word));
        Some(diagnostic)
    }

    /// The general case: list what was expected, in words.
    fn expected_words(&self) -> Diagnostic {
        if self.has(Rule::kw_when) && self.has(Rule::kw_otherwise) {
            let help = if self.kind == Some("temperature") {
                msg!("syntax-when-or-otherwise-temperature-help")
            } else {
                msg!("syntax-when-or-otherwise-class-help")
            };
            let message =
                self.words.name(msg!("syntax-when-or-otherwise"), &[("when", "when"), ("otherwise", "otherwise")]);
            return self.error(message, self.found()).with_help(help);
        }
        if self.has(Rule::field_type) || self.has(Rule::ty_simple) || self.has(Rule::ty_number) {
            return self.field_type_error();
        }
        let mut described: Vec<Phrase> = Vec::new();
        let main: Vec<Rule> = self.expected.iter().copied().filter(|&r| !is_continuation(r)).collect();
        let only_continuations = main.is_empty();
        if only_continuations && self.has(Rule::kw_and) && !self.has(Rule::kw_or) {
            let message = self.words.name(msg!("syntax-range-and"), &[("and", "and")]);
            return self.error(message, self.found()).with_help(msg!("syntax-range-and-help"));
        }
        let rules = if only_continuations { self.expected.clone() } else { main };
        let in_deal = self.kind == Some("deal");
        let rules = rules.into_iter().map(|r| if in_deal && r == Rule::percent { Rule::rating } else { r });
        for entry in rules.filter_map(|rule| phrase(rule, self.words)) {
            if !described.iter().any(|(p, _)| *p == entry.0) {
                described.push(entry);
            }
        }
        if described.is_empty() {
            let word = self.token_text();
            let message = if word.is_empty() {
                self.about_piece(msg!("syntax-piece-ends-early"))
            } else {
                msg!("syntax-unexpected", word = word)
            };
            return self.error(message, self.found());
        }
        // Closing punctuation reads best last: "expected a field such as ... or `}`".
        described.sort_by_key(|(p, _)| is_closing(p));
        let help = described.iter().find_map(|(_, help)| help.clone());
        let phrases = Arg::any_of(described.into_iter().map(|(p, _)| p));
        let diagnostic = self.error(msg!("syntax-expected", what = phrases), self.found());
        match help {
            Some(help) => diagnostic.with_help(help),
            None => diagnostic,
        }
    }

    /// An unknown field type: "did you mean" when one type is close (a synonym from another
    /// language, a typo, `yes / no` spelt another way), with the fix that writes it; the list of
    /// types when none is, or when two are equally close.
    fn field_type_error(&self) -> Diagnostic {
        let word = self.token_text();
        let diagnostic = self.error(self.words.field_types(), self.found());
        if let Some(span) = self.odd_yes_no() {
            let written = &self.text[span.range()];
            let meant = if super::keywords::is_russian(written) { "да/нет" } else { "yes/no" };
            let found = msg!("syntax-found", token = written);
            return Diagnostic::new(Code::Syntax, self.words.field_types(), span, found)
                .with_help(msg!("syntax-write-instead", choices = format!("`{meant}`"), written = written))
                .with_fix(Fix::replace(span, meant, msg!("syntax-fix-write", replacement = meant)));
        }
        let russian = super::keywords::is_russian(word);
        let types: Vec<&str> =
            if russian { FIELD_TYPES.iter().map(|en| spell(Lang::Ru, en)).collect() } else { FIELD_TYPES.to_vec() };
        let synonym = synonym_type(word).map(|ty| if russian { spell(Lang::Ru, ty) } else { ty });
        let meant = match synonym {
            Some(ty) => Some(ty),
            None => closest_only(word, &types),
        };
        match (meant, self.token) {
            (Some(ty), Some(token)) if ty != "one of" && ty != "один из" => diagnostic
                .with_help(msg!("syntax-did-you-mean", word = ty))
                .with_fix(Fix::replace(token, ty, msg!("syntax-fix-write", replacement = ty))),
            (Some(ty), _) => diagnostic.with_help(msg!("syntax-did-you-mean", word = ty)),
            (None, _) => match similar(word, &types) {
                // Types equally close: each is offered, none is written.
                Some(best) => {
                    let lower = word.to_lowercase();
                    let distance = |c: &str| strsim::damerau_levenshtein(&lower, c);
                    let tied: Vec<&str> = types.iter().copied().filter(|c| distance(c) == distance(best)).collect();
                    let mut diagnostic = diagnostic.with_help(msg!(
                        "syntax-did-you-mean-choices",
                        choices = Arg::any_of_quoted(&tied),
                        written = word
                    ));
                    if let Some(token) = self.token {
                        for ty in tied {
                            let fix = Fix::replace(token, ty, msg!("syntax-fix-write", replacement = ty));
                            diagnostic = diagnostic.with_fix(fix.as_choice());
                        }
                    }
                    diagnostic
                }
                None => diagnostic.with_help(msg!("syntax-field-type-help")),
            },
        }
    }

    /// `yes / no`, `yes\no`, `Yes/No`, `да-нет`, `y/n`: the yes/no type written another way, the
    /// whole of it; `None` when the type is not a spelling of yes/no.
    fn odd_yes_no(&self) -> Option<Span> {
        let token = self.token?;
        let first = self.token_text().to_lowercase();
        if !matches!(first.as_str(), "yes" | "y" | "да" | "д") {
            return None;
        }
        let rest = &self.text[token.end as usize..self.piece.end];
        let after_gap = rest.trim_start_matches([' ', '\t']);
        let separated = after_gap.trim_start_matches(['/', '\\', '|', '-', ',']);
        let separators = after_gap.len() - separated.len();
        if separators > 1 || (separators == 0 && after_gap.len() == rest.len()) {
            return None;
        }
        let second_at = separated.trim_start_matches([' ', '\t']);
        let second_len = second_at.find(|c: char| !scan::is_word_char(c)).unwrap_or(second_at.len());
        let second = second_at[..second_len].to_lowercase();
        if !matches!(second.as_str(), "no" | "n" | "нет" | "н") {
            return None;
        }
        let end = self.piece.end - (second_at.len() - second_len);
        let span = Span::new(token.start as usize, end);
        (&self.text[span.range()] != "yes/no" && &self.text[span.range()] != "да/нет").then_some(span)
    }
}

/// The one candidate closest to `word`, when it is close enough to be a typo and no other
/// candidate is as close.
fn closest_only<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let best = similar(word, candidates)?;
    let lower = word.to_lowercase();
    let distance = |c: &str| strsim::damerau_levenshtein(&lower, c);
    let ties = candidates.iter().filter(|c| distance(c) == distance(best)).count();
    (ties == 1).then_some(best)
}

/// A currency written after an amount (`500_000 руб`): money is written as the number alone.
fn is_currency(word: &str) -> bool {
    const CURRENCIES: [&str; 16] = [
        "руб",
        "рублей",
        "рубля",
        "рубль",
        "р",
        "rub",
        "rur",
        "usd",
        "eur",
        "euro",
        "dollars",
        "долларов",
        "евро",
        "тыс",
        "k",
        "тр",
    ];
    CURRENCIES.contains(&word.to_lowercase().as_str())
}

/// `≥`, `≤`, `≠` (and the Russian keyboard's `=>` look-alikes): the operator of the language.
fn typographic_operator(word: &str) -> Option<&'static str> {
    match word {
        "≥" | "⩾" => Some(">="),
        "≤" | "⩽" => Some("<="),
        "≠" => Some("!="),
        _ => None,
    }
}

/// The list item that ends at `end`: from the last `,`, `{`, `[` or `(` before it on its line
/// (strings skipped), spaces run together.
fn item_before(text: &str, from: usize, end: usize) -> String {
    let line = line_start(text, end).max(from);
    let mut start = line;
    for (lexeme, range) in lex::lexemes(&text[..end], line) {
        if matches!(lexeme, lex::Lexeme::Code(',' | '{' | '[' | '(')) {
            start = range.end;
        }
    }
    text[start..end].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The list item that starts at `start`: up to the next `,`, `}`, `]`, `)`, comment or line end
/// (strings skipped), spaces run together.
fn item_after(text: &str, start: usize, to: usize) -> String {
    let mut end = to;
    for (lexeme, range) in lex::lexemes(&text[..to], start) {
        let stop = matches!(lexeme, lex::Lexeme::Code(',' | '}' | ']' | ')' | '\n' | '\r') | lex::Lexeme::Comment);
        if stop {
            end = range.start;
            break;
        }
    }
    text[start..end].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Operators a value must follow, longest first.
const OPERATORS: [&str; 11] = ["<=", ">=", "<>", "!=", "=", "<", ">", "+", "-", "*", "/"];

/// The start of the line holding `pos`.
fn line_start(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}

/// How many spaces and tabs the line starting at `line` is indented by.
fn indent(text: &str, line: usize) -> usize {
    text[line..].len() - text[line..].trim_start_matches([' ', '\t']).len()
}

/// The first character of code (not whitespace, not a comment) in `[from, to]`.
fn first_code_at(text: &str, from: usize, to: usize) -> Option<usize> {
    lex::lexemes(text, from)
        .find_map(|(lexeme, range)| match lexeme {
            lex::Lexeme::Code(c) if c.is_whitespace() => None,
            lex::Lexeme::Comment => None,
            _ => Some(range.start),
        })
        .filter(|&at| at <= to)
}

/// Whether only whitespace (any Unicode space) and comments follow `pos` in the piece.
fn rest_is_trivia(text: &str, pos: usize, limit: usize) -> bool {
    lex::only_comments_and(text.get(pos..limit).unwrap_or(""), char::is_whitespace)
}

/// The end of the last token (not whitespace, not a comment) between `from` and `to`.
fn last_token_end(text: &str, from: usize, to: usize) -> usize {
    let mut end = from;
    for (lexeme, range) in lex::lexemes(&text[..to], from) {
        match lexeme {
            lex::Lexeme::Comment => {}
            lex::Lexeme::Code(c) if c.is_whitespace() => {}
            _ => end = range.end,
        }
    }
    end
}

/// The token starting at `pos` (before `limit`), if any non-trivia text is there.
fn token_at(text: &str, pos: usize, limit: usize) -> Option<Span> {
    let rest = text.get(pos..limit)?;
    let first = rest.chars().next()?;
    if first.is_whitespace() || first == lex::COMMENT_START {
        return None;
    }
    let len = if first == lex::QUOTE {
        match lex::string_end(rest, 0) {
            (end, true) => end,
            (end, false) => rest[..end].trim_end().len(),
        }
    } else if scan::is_word_char(first) {
        let word = rest.find(|c: char| !(scan::is_word_char(c) || c == '.' || c == '%')).unwrap_or(rest.len());
        if first.is_ascii_digit() { word } else { rest.find(|c: char| !scan::is_word_char(c)).unwrap_or(rest.len()) }
    } else if "=<>!&|+-*/%".contains(first) {
        rest.find(|c: char| !"=<>!&|+-*/%".contains(c)).unwrap_or(rest.len())
    } else {
        first.len_utf8()
    };
    Some(Span::new(pos, pos + len))
}
