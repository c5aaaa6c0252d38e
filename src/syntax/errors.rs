//! Syntax errors phrased for people. pest reports the rules it expected at the furthest point it
//! reached; this module turns that into one diagnostic in plain words, with the primary label on
//! the offending token and a `help:` that shows how to write it. Common slips (`==`, `&&`,
//! a reserved word as a name, a missing `:` or `,`, an operator with nothing after it, a `{`
//! never closed) get messages of their own.

use super::grammar::Rule;
use super::lex;
use super::scan::{self, Piece};
use super::wording::{EXPECT_WORDS, FIELD_TYPES, RESERVED, is_continuation, phrase, similar, synonym_type};
use crate::diagnostic::{Code, Diagnostic};
use crate::span::Span;
use pest::error::{Error, ErrorVariant, InputLocation};

/// Problems the scan found that make pest's error for the piece useless.
pub fn scan_problem(text: &str, piece: &Piece) -> Option<Diagnostic> {
    if let Some(quote) = piece.unclosed_string {
        let end = scan::line_end(text, quote);
        let end = if text[..end].ends_with('\r') { end - 1 } else { end };
        let diagnostic =
            Diagnostic::new(Code::Syntax, "unclosed string", Span::new(quote, end), "this text has no closing `\"`")
                .with_help("end the text with `\"` on the same line; write `\\\"` for a quote inside it");
        return Some(diagnostic);
    }
    let bracket = piece.too_deep?;
    let diagnostic =
        Diagnostic::new(Code::Syntax, "brackets are nested too deeply", Span::new(bracket, bracket + 1), "too deep")
            .with_help(format!(
                "use at most {} nested brackets; split the condition into named criteria",
                scan::MAX_NESTING
            ));
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
}

impl<'t> Site<'t> {
    fn new(text: &'t str, piece: &'t Piece, relative: usize, expected: Vec<Rule>) -> Self {
        let mut pos = (piece.start + relative).min(piece.end);
        while !text.is_char_boundary(pos) {
            pos -= 1;
        }
        let token = token_at(text, pos, piece.end);
        let kind = scan::item_keyword_at(text, piece.start);
        Site { text, piece, pos, expected, token, kind }
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

    fn found(&self) -> String {
        if self.token.is_some() {
            format!("found `{}`", self.token_text())
        } else if token_at(self.text, self.pos, self.piece.end).is_none()
            && !rest_is_trivia(self.text, self.pos, self.piece.end)
        {
            "expected here".to_string()
        } else {
            format!("the {} ends here", self.what())
        }
    }

    /// How to name the piece in a message: "`fields` block", "header".
    fn what(&self) -> String {
        match self.kind {
            Some("use") => "`use` line".to_string(),
            Some(kind) => format!("`{kind}` block"),
            None => "header".to_string(),
        }
    }

    fn error(
        &self,
        message: impl Into<crate::message::Message>,
        label: impl Into<crate::message::Message>,
    ) -> Diagnostic {
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
        let diagnostic = Diagnostic::new(Code::Syntax, "this `{` is never closed", open, "opened here, never closed")
            .with_label(self.primary(), "the block should end before this")
            .with_help("add `}` after the block's last line");
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
            "this gate has no reason",
            Span::new(end, end),
            "expected `else \"reason\"` at the end of this line",
        )
        .with_help("end the gate with the reason a lead is turned away: require employees >= 10 else \"too small\"");
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
            "weight" => (
                "a weight cannot be negative",
                "a weight says how much a criterion counts, from 0 up: employees >= 50 weight 3; to count against a \
                 lead, give it negative points in a score: -20 when source = cold_call",
            ),
            "importance" => {
                ("an importance cannot be negative", "an importance is a number from 0 up: price importance 5")
            }
            "within" => {
                ("a time to respond cannot be negative", "write how long a salesperson has: respond within 15 minutes")
            }
            "at" => (
                "a score's cap cannot be negative",
                "cap a score at a number from 0 up: score engagement capped at 100",
            ),
            "match" => ("a match cannot be negative", "a match is a percentage from 0% to 100%: match 90% when ..."),
            "pass" | "of" | "least" => {
                ("a count of criteria cannot be negative", "count criteria from 0 up: pass 3 of 4")
            }
            _ => return None,
        };
        Some(Diagnostic::new(Code::BadLiteral, message, span, "negative").with_help(help))
    }

    /// `==`, `=>`, `=<`, `&&`, `||`, `!`: operators from other languages.
    fn operator_slip(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let word = self.token_text();
        let after_eq = self.pos > 0 && self.text.as_bytes()[self.pos - 1] == b'=';
        let (shown, span, label, help) = if after_eq && word.starts_with('=') {
            (
                "==",
                Span::new(self.pos - 1, self.pos + 1),
                "write `=` here",
                "compare with a single `=`: industry = gambling",
            )
        } else if after_eq && word.starts_with('>') {
            ("=>", Span::new(self.pos - 1, self.pos + 1), "write `>=` here", "did you mean `>=`? employees >= 10")
        } else if after_eq && word.starts_with('<') {
            ("=<", Span::new(self.pos - 1, self.pos + 1), "write `<=` here", "did you mean `<=`? timeline <= 90 days")
        } else if word.starts_with("&&") || word == "&" {
            (word, token, "write `and` here", "join conditions with `and`: employees >= 10 and decision_maker")
        } else if word.starts_with("||") || word == "|" {
            (word, token, "write `or` here", "offer alternatives with `or`: BANT passes or score >= 60")
        } else if word == "%" && self.text[..self.pos].ends_with([' ', '\t']) {
            let message = "a `%` must follow its number directly";
            let help = "write the percentage without a space: 70%";
            return Some(self.error(message, "no space before `%`").with_help(help));
        } else if word == "!" {
            (word, token, "write `not` here", "negate a condition with `not`: not decision_maker")
        } else {
            return None;
        };
        Some(
            Diagnostic::new(Code::Syntax, format!("`{shown}` is not an operator of this language"), span, label)
                .with_help(help),
        )
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
            ("nothing to compare with", format!("compare with a number, a field or a text: employees {op} 10"))
        } else {
            ("nothing after this operator", format!("put a number or a field after it: budget {op} 1_000"))
        };
        let mut diagnostic =
            Diagnostic::new(Code::Syntax, format!("expected a value after `{op}`"), span, label).with_help(help);
        if let Some(token) = self.token {
            diagnostic = diagnostic.with_label(token, format!("`{}` is not a value", self.token_text()));
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
                self.error("unexpected `}`", "nothing to close here")
                    .with_help("remove this `}`, or check that the block above opens with `{`"),
            );
        }
        let message = if after_block {
            format!("unexpected `{word}` after the end of the {}", self.what())
        } else {
            format!("unexpected `{word}` before the first block")
        };
        let help = if scan::ITEM_KEYWORDS.contains(&word) {
            "start each block on a line of its own".to_string()
        } else if word == "definition" {
            "the `definition` line must be the first thing in the file".to_string()
        } else if let Some(keyword) = similar(word, &scan::ITEM_KEYWORDS) {
            format!("did you mean `{keyword}`?")
        } else {
            "every block starts at the beginning of a line with `fields`, `minimum`, `profile`, `framework`, \
             `score`, `classify`, `temperature`, `deal`, `example` or `use`; a line that belongs to the block \
             above goes before its closing `}`"
                .to_string()
        };
        Some(self.error(message, "not part of any block").with_help(help))
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
        let (place, help) = if self.has(Rule::rbracket) {
            ("the list's values", "separate the values with commas: role in [ceo, cto]")
        } else if word.starts_with('"') {
            ("the column names", "separate the names with commas: from \"id\", \"ID\"")
        } else {
            match self.kind {
                Some("example") if EXPECT_WORDS.contains(&word) => {
                    ("the expectations", "separate them with commas: expect class SQL, temperature hot")
                }
                Some("example") => {
                    ("the example's entries", "separate them with commas: employees: 200, budget: 600_000")
                }
                Some("deal") => ("the ratings", "separate them with commas: 90% when budget >= 500_000, otherwise 10%"),
                _ => ("the items", "separate the items with commas"),
            }
        };
        Some(self.error(format!("expected `,` between {place}"), "add `,` before this").with_help(help))
    }

    /// A name not followed by `:` where one is required.
    fn missing_colon(&self) -> Option<Diagnostic> {
        if !self.has(Rule::colon) {
            return None;
        }
        if self.kind == Some("fields") && self.token_text() == "(" {
            let diagnostic = self
                .error(
                    "expected `,` between the values of `one of`",
                    "the value before this needs a `,` after its spellings",
                )
                .with_help("separate the values with commas: one of it (\"ИТ\"), retail (\"розница\")");
            return Some(diagnostic);
        }
        let (message, help) = match self.kind {
            Some("fields") => {
                ("expected `:` between the field's name and its type", "employees : number from \"employees\"")
            }
            Some("framework") => ("expected `:` after the criterion's name", "budget : budget >= 500_000"),
            _ => ("expected `:` after the field's name", "employees: 200"),
        };
        Some(self.error(message, self.found()).with_help(format!("write a colon: {help}")))
    }

    /// A reserved word where a name was expected.
    fn reserved_word(&self) -> Option<Diagnostic> {
        let name_rules = [Rule::ident, Rule::field_decl, Rule::fw_criterion, Rule::class_rule, Rule::temp_rule];
        let word = self.token_text();
        if !self.has_any(&name_rules) || !RESERVED.contains(&word) {
            return None;
        }
        if matches!(word, "when" | "otherwise") && matches!(self.kind, Some("classify" | "temperature")) {
            let help =
                if self.kind == Some("classify") { "SQL when score >= 60" } else { "hot when timeline <= 30 days" };
            let diagnostic = self
                .error(format!("expected a name before `{word}`"), "the rule's name is missing")
                .with_help(format!("each rule starts with its name: {help}"));
            return Some(diagnostic);
        }
        let diagnostic = self
            .error(format!("`{word}` is a reserved word and cannot be used as a name"), "reserved word")
            .with_help(format!("choose another name, such as `{word}_value`"));
        Some(diagnostic)
    }

    /// The general case: list what was expected, in words.
    fn expected_words(&self) -> Diagnostic {
        if self.has(Rule::kw_when) && self.has(Rule::kw_otherwise) {
            let help = if self.kind == Some("temperature") {
                "each rule is a name and when it applies: hot when timeline <= 30 days, or cold otherwise"
            } else {
                "each rule is a class and when it applies: SQL when score >= 60, or nurture otherwise"
            };
            return self.error("expected `when` followed by a condition, or `otherwise`", self.found()).with_help(help);
        }
        if self.has(Rule::field_type) || self.has(Rule::ty_simple) || self.has(Rule::ty_number) {
            return self.field_type_error();
        }
        let mut described: Vec<(&str, Option<&str>)> = Vec::new();
        let main: Vec<Rule> = self.expected.iter().copied().filter(|&r| !is_continuation(r)).collect();
        let only_continuations = main.is_empty();
        if only_continuations && self.has(Rule::kw_and) && !self.has(Rule::kw_or) {
            return self
                .error("expected `and` and the upper end of the range", self.found())
                .with_help("a range names both ends: employees between 50 and 5_000");
        }
        let rules = if only_continuations { self.expected.clone() } else { main };
        let in_deal = self.kind == Some("deal");
        let rules = rules.into_iter().map(|r| if in_deal && r == Rule::percent { Rule::rating } else { r });
        for entry in rules.filter_map(phrase) {
            if !described.iter().any(|(p, _)| *p == entry.0) {
                described.push(entry);
            }
        }
        if described.is_empty() {
            let word = self.token_text();
            let message = if word.is_empty() {
                format!("the {} ends too early", self.what())
            } else {
                format!("unexpected `{word}`")
            };
            return self.error(message, self.found());
        }
        // Closing punctuation reads best last: "expected a field such as ... or `}`".
        described.sort_by_key(|(p, _)| p.starts_with("`}`") || p.starts_with("`]`") || p.starts_with("`)`"));
        let phrases: Vec<&str> = described.iter().map(|(p, _)| *p).collect();
        let diagnostic = self.error(format!("expected {}", join_or(&phrases)), self.found());
        match described.iter().find_map(|(_, help)| *help) {
            Some(help) => diagnostic.with_help(help),
            None => diagnostic,
        }
    }

    fn field_type_error(&self) -> Diagnostic {
        let word = self.token_text();
        let message = "expected a field type: number, money, percent, yes/no, text, days, hours, minutes, weeks, \
                       date, datetime or `one of` and its values";
        let help = match (synonym_type(word), similar(word, &FIELD_TYPES)) {
            (Some(ty), _) | (None, Some(ty)) => format!("did you mean `{ty}`?"),
            _ => "a type follows the colon: employees : number, industry : one of it, retail".to_string(),
        };
        self.error(message, self.found()).with_help(help)
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

/// `a`, `a or b`, `a, b or c`
fn join_or(phrases: &[&str]) -> String {
    match phrases {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
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
