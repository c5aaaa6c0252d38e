//! Syntax errors phrased for people. pest reports the rules it expected at the furthest point it
//! reached; this module turns that into one diagnostic in plain words, with the primary label on
//! the offending token and a `help:` that shows how to write it. Common slips (`==`, `&&`,
//! a reserved word as a name, a missing `:` or `,`, an operator with nothing after it, a `{`
//! never closed) get messages of their own.

use super::grammar::Rule;
use super::lex;
use super::scan::{self, Piece};
use super::wording::{
    EXPECT_WORDS, FIELD_TYPES, Phrase, RESERVED, Words, is_closing, is_continuation, phrase, similar, synonym_type,
};
use crate::diagnostic::{Code, Diagnostic};
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
            .or_else(|| self.dangling_operator())
            .or_else(|| self.stray_text())
            .or_else(|| self.missing_comma())
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

    /// `weight -2`, `within -1 day`: a minus where only a number of at least zero is allowed.
    fn negative_number(&self) -> Option<Diagnostic> {
        let wants_number = self.has_any(&[Rule::number, Rule::duration, Rule::percent, Rule::rating]);
        if !wants_number || self.token_text() != "-" {
            return None;
        }
        let before = self.text[self.piece.start..self.pos].trim_end();
        let previous = before.rsplit(|c: char| !scan::is_word_char(c)).next().unwrap_or("");
        let number_end = self.text[self.pos + 1..self.piece.end]
            .find(|c: char| !(c.is_ascii_digit() || c == '_' || c == '.'))
            .map_or(self.piece.end, |i| self.pos + 1 + i);
        let span = Span::new(self.pos, number_end.max(self.pos + 1));
        let (message, help) = match previous {
            "weight" => (msg!("syntax-negative-weight"), msg!("syntax-negative-weight-help")),
            "importance" => (msg!("syntax-negative-importance"), msg!("syntax-negative-importance-help")),
            "within" => (msg!("syntax-negative-within"), msg!("syntax-negative-within-help")),
            "at" => (msg!("syntax-negative-cap"), msg!("syntax-negative-cap-help")),
            "match" => (msg!("syntax-negative-match"), msg!("syntax-negative-match-help")),
            "pass" | "of" | "least" => (msg!("syntax-negative-count"), msg!("syntax-negative-count-help")),
            _ => return None,
        };
        Some(Diagnostic::new(Code::BadLiteral, message, span, msg!("syntax-negative-label")).with_help(help))
    }

    /// `==`, `=>`, `=<`, `&&`, `||`, `!`: operators from other languages.
    fn operator_slip(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let word = self.token_text();
        let after_eq = self.pos > 0 && self.text.as_bytes()[self.pos - 1] == b'=';
        let write = |word: &str| msg!("syntax-write-here", word = word);
        let (shown, span, label, help) = if after_eq && word.starts_with('=') {
            ("==", Span::new(self.pos - 1, self.pos + 1), write("="), msg!("syntax-double-equals-help"))
        } else if after_eq && word.starts_with('>') {
            let help = msg!("syntax-did-you-mean-example", operator = ">=", example = "employees >= 10");
            ("=>", Span::new(self.pos - 1, self.pos + 1), write(">="), help)
        } else if after_eq && word.starts_with('<') {
            let help = msg!("syntax-did-you-mean-example", operator = "<=", example = "timeline <= 90 days");
            ("=<", Span::new(self.pos - 1, self.pos + 1), write("<="), help)
        } else if word.starts_with("&&") || word == "&" {
            (word, token, write("and"), msg!("syntax-and-help"))
        } else if word.starts_with("||") || word == "|" {
            (word, token, write("or"), msg!("syntax-or-help"))
        } else if word == "%" && self.text[..self.pos].ends_with([' ', '\t']) {
            let diagnostic = self.error(msg!("syntax-percent-space"), msg!("syntax-percent-space-label"));
            return Some(diagnostic.with_help(msg!("syntax-percent-space-help")));
        } else if word == "!" {
            (word, token, write("not"), msg!("syntax-not-help"))
        } else {
            return None;
        };
        let message = msg!("syntax-not-an-operator", operator = shown);
        Some(Diagnostic::new(Code::Syntax, message, span, label).with_help(help))
    }

    /// `employees >=` with no value after the operator.
    fn dangling_operator(&self) -> Option<Diagnostic> {
        if !self.has_any(&[Rule::unary, Rule::sum, Rule::product, Rule::reference]) {
            return None;
        }
        let before = self.text[self.piece.start..self.pos].trim_end();
        let op =
            ["<=", ">=", "<>", "!=", "=", "<", ">", "+", "-", "*", "/"].into_iter().find(|op| before.ends_with(op))?;
        let end = self.piece.start + before.len();
        let span = Span::new(end - op.len(), end);
        let comparison = op.contains(['<', '>', '=']);
        let (label, help) = if comparison {
            (msg!("syntax-nothing-to-compare-label"), msg!("syntax-nothing-to-compare-help", operator = op))
        } else {
            (msg!("syntax-nothing-after-operator-label"), msg!("syntax-nothing-after-operator-help", operator = op))
        };
        let message = msg!("syntax-value-after-operator", operator = op);
        let mut diagnostic = Diagnostic::new(Code::Syntax, message, span, label).with_help(help);
        if let Some(token) = self.token {
            diagnostic = diagnostic.with_label(token, msg!("syntax-not-a-value-label", token = self.token_text()));
        }
        Some(diagnostic)
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

    /// Two list items with no comma between them.
    fn missing_comma(&self) -> Option<Diagnostic> {
        if !self.has(Rule::comma) {
            return None;
        }
        let word = self.token_text();
        let starts_item = word.starts_with(|c: char| c == '"' || c == '-' || c.is_alphanumeric() || c == '_');
        if !starts_item || RESERVED.contains(&word) {
            return None;
        }
        let them = |example: &str| msg!("syntax-comma-them-help", example = example);
        let (place, help) = if self.has(Rule::rbracket) {
            ("values", msg!("syntax-comma-values-help", example = "role in [ceo, cto]"))
        } else if word.starts_with('"') {
            ("columns", msg!("syntax-comma-names-help"))
        } else {
            match self.kind {
                Some("example") if EXPECT_WORDS.contains(&word) => {
                    ("expectations", them("expect class SQL, temperature hot"))
                }
                Some("example") => ("entries", them("employees: 200, budget: 600_000")),
                Some("deal") => ("ratings", them("90% when budget >= 500_000, otherwise 10%")),
                _ => ("items", msg!("syntax-comma-items-help")),
            }
        };
        Some(self.error(msg!("syntax-missing-comma", place = place), msg!("syntax-add-comma-label")).with_help(help))
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
        let (message, example) = match self.kind {
            Some("fields") => (msg!("syntax-colon-after-field-type"), "employees : number from \"employees\""),
            Some("framework") => (msg!("syntax-colon-after-criterion"), "budget : budget >= 500_000"),
            _ => (msg!("syntax-colon-after-field"), "employees: 200"),
        };
        Some(self.error(message, self.found()).with_help(msg!("syntax-colon-help", example = example)))
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

    fn field_type_error(&self) -> Diagnostic {
        let word = self.token_text();
        let help = match (synonym_type(word), similar(word, &FIELD_TYPES)) {
            (Some(ty), _) | (None, Some(ty)) => msg!("syntax-did-you-mean", word = ty),
            _ => msg!("syntax-field-type-help"),
        };
        self.error(self.words.field_types(), self.found()).with_help(help)
    }
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
