//! Syntax errors about punctuation: a `{` never closed, a missing `:` or `,`, a comma between
//! conditions, a reason without its quotes, text outside a block, a gate without its reason.

use super::Site;
use super::places::{item_after, item_before, last_token_end, line_with};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::message::Arg;
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::{LeadRulesParser, Rule};
use crate::syntax::rewrite;
use crate::syntax::scan;
use crate::syntax::wording::{EXPECT_WORDS, RESERVED, similar};
use pest::Parser;

impl Site<'_> {
    /// pest ran out of text (or met the next block) inside an open `{`.
    pub(super) fn never_closed(&self) -> Option<Diagnostic> {
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
    pub(super) fn missing_reason(&self) -> Option<Diagnostic> {
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

    /// `BANT passes, score >= 30`: a comma between two conditions, which may mean `and` or `or`:
    /// both are offered, none is written.
    pub(super) fn comma_in_condition(&self) -> Option<Diagnostic> {
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
    pub(super) fn unquoted_text(&self) -> Option<Diagnostic> {
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

    /// Text after the end of a block, or before the first block.
    pub(super) fn stray_text(&self) -> Option<Diagnostic> {
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
        } else if let Some(keyword) = self.block_keyword_meant(word) {
            // One block keyword is that close: the fix writes it (`класы {` → `классы {`).
            let diagnostic = self.error(message, msg!("syntax-not-in-a-block-label"));
            let diagnostic = diagnostic.with_help(msg!("syntax-did-you-mean", word = keyword));
            return Some(match self.token {
                Some(token) => {
                    diagnostic.with_fix(Fix::replace(token, keyword, msg!("syntax-fix-write", replacement = keyword)))
                }
                None => diagnostic,
            });
        } else if let Some(keyword) = similar(word, &scan::ITEM_KEYWORDS) {
            msg!("syntax-did-you-mean", word = keyword)
        } else {
            msg!("syntax-every-block-starts-help")
        };
        Some(self.error(message, msg!("syntax-not-in-a-block-label")).with_help(help))
    }

    /// Two list items with no comma between them: pointed at the gap, the help shows the
    /// author's two items with the comma, the fix writes it.
    pub(super) fn missing_comma(&self) -> Option<Diagnostic> {
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
    pub(super) fn missing_colon(&self) -> Option<Diagnostic> {
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
                .with_help(msg!("syntax-comma-values-help", example = Arg::code(example)));
            return Some(diagnostic);
        }
        let (message, colon) = match self.kind {
            Some("fields") => (msg!("syntax-colon-after-field-type"), " :"),
            Some("framework") => (msg!("syntax-colon-after-criterion"), " :"),
            _ => (msg!("syntax-colon-after-field"), ":"),
        };
        let name_end = last_token_end(self.text, self.piece.start, self.pos);
        let name_start = super::places::word_start(self.text, self.piece.start, name_end);
        let name = &self.text[name_start..name_end];
        let same_line = !self.text[name_end..self.pos].contains('\n');
        if name.is_empty() || !same_line || self.token.is_none() {
            return Some(self.error(message, self.found()));
        }
        // `employees = 5`: `=` written for the colon (as in a rule); the fix writes the colon in
        // its place, where writing one before it would leave `employees: = 5`.
        if let Some(token) = self.token.filter(|_| self.token_text() == "=") {
            let written = Span::new(name_end, token.end as usize);
            let line = entry_of(line_with(self.text, written, colon));
            let diagnostic = Diagnostic::new(Code::Syntax, message, token, msg!("syntax-colon-not-equals-label"))
                .with_help(msg!("syntax-colon-help", name = name, example = line.as_str()))
                .with_fix(Fix::replace(written, colon, msg!("syntax-fix-write", replacement = ":")));
            return Some(diagnostic);
        }
        let gap = Span::new(name_end, name_end);
        // The whole line as it reads with the colon, so the help applied as written is the line.
        // A one-line block (`fields { employees number }`) shows its entry, not its braces.
        let line = entry_of(line_with(self.text, gap, colon));
        let diagnostic = Diagnostic::new(Code::Syntax, message, gap, msg!("syntax-write-here", word = ":"))
            .with_label(self.primary(), self.found())
            .with_help(msg!("syntax-colon-help", name = name, example = line.as_str()))
            .with_fix(Fix::replace(gap, colon, msg!("syntax-fix-write", replacement = ":")));
        Some(diagnostic)
    }

    /// `score: {`: a colon after a block's header, where the language opens the block at once.
    pub(super) fn header_colon(&self) -> Option<Diagnostic> {
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

    /// `// note`: a comment written as in other languages, which the language starts with `#`;
    /// the fix writes `#` in place of the slashes.
    pub(super) fn slash_comment(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let slashes = self.token_text();
        if slashes.len() < 2 || !slashes.chars().all(|c| c == '/') {
            return None;
        }
        let line = line_with(self.text, token, "#");
        let diagnostic =
            Diagnostic::new(Code::Syntax, msg!("syntax-slash-comment"), token, msg!("syntax-slash-comment-label"))
                .with_help(msg!("syntax-slash-comment-help", line = line.as_str()))
                .with_fix(Fix::replace(token, "#", msg!("syntax-fix-write", replacement = "#")));
        Some(diagnostic)
    }

    /// `+20% when ...`: points written as a percentage in a score line; the help shows the line
    /// without the `%`, the fix removes it.
    pub(super) fn percent_points(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.kind != Some("score") || self.token_text() != "%" {
            return None;
        }
        let before = self.text[self.piece.start..token.start as usize].trim_end_matches([' ', '\t']);
        let number = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_' || c == '.');
        if number.len() == before.len() || !number.trim_end_matches([' ', '\t']).ends_with(['+', '-']) {
            return None;
        }
        let span = Span::new(self.piece.start + before.len(), token.end as usize);
        let line = line_with(self.text, span, "");
        let diagnostic =
            Diagnostic::new(Code::Syntax, msg!("syntax-percent-points"), token, msg!("syntax-percent-points-label"))
                .with_help(msg!("syntax-percent-points-help", line = line.as_str()))
                .with_fix(Fix::replace(span, "", msg!("syntax-fix-remove-percent")));
        Some(diagnostic)
    }

    /// The help for a score or class line missing `when` or its points, written from the
    /// author's own line (not a canned example): `+20 BANT.budget` → `+20 when BANT.budget`
    /// (the fix writes `when`); `20 when ...` → `+20 when ...` or `-20 when ...` (both offered);
    /// `when ...` with no points → where they go.
    pub(super) fn score_line_help(&self, diagnostic: Diagnostic) -> Diagnostic {
        let Some(token) = self.token else { return diagnostic };
        let when = self.words.spell("when");
        let line_start = super::places::line_start(self.text, token.start as usize).max(self.piece.start);
        let before = self.text[line_start..token.start as usize].trim();
        let wants_points = self.has_any(&[Rule::points, Rule::sign, Rule::score_rule]);
        if self.has(Rule::kw_when) && !before.is_empty() && !wants_points {
            let at = Span::new(token.start as usize, token.start as usize);
            let line = line_with(self.text, at, &format!("{when} "));
            return diagnostic
                .with_help(msg!("syntax-when-before-condition-help", when = when, line = line.as_str()))
                .with_fix(Fix::replace(at, format!("{when} "), msg!("syntax-fix-write", replacement = when)));
        }
        if !wants_points || self.kind != Some("score") || !before.is_empty() {
            return diagnostic;
        }
        let word = self.token_text();
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            let choices: Vec<String> =
                ["+", "-"].iter().map(|sign| line_with(self.text, token, &format!("{sign}{word}"))).collect();
            let mut diagnostic =
                diagnostic.with_help(msg!("syntax-points-sign-help", choices = Arg::any_of_quoted(&choices)));
            for sign in ["+", "-"] {
                let written = format!("{sign}{word}");
                let fix =
                    Fix::replace(token, written.clone(), msg!("syntax-fix-write", replacement = written.as_str()));
                diagnostic = diagnostic.with_fix(fix.as_choice());
            }
            return diagnostic;
        }
        if word == when {
            let line = line_with(self.text, Span::new(token.start as usize, token.start as usize), "");
            return diagnostic.with_help(msg!("syntax-points-missing-help", when = when, line = line.as_str()));
        }
        diagnostic
    }

    /// `SQL BANT passes` in `classify` or `temperature`: `when` left out between the name and
    /// its condition. The help shows the line with `when` written in, with that as the fix; only
    /// when the line then reads as a whole rule, so the fix cannot turn one mistake into another.
    pub(super) fn when_left_out(&self, diagnostic: Diagnostic) -> Diagnostic {
        let Some(token) = self.token else { return diagnostic };
        let rule = match self.kind {
            Some("classify") => Rule::class_rule,
            Some("temperature") => Rule::temp_rule,
            _ => return diagnostic,
        };
        let when = self.words.spell("when");
        let line_start = super::places::line_start(self.text, token.start as usize).max(self.piece.start);
        if self.text[line_start..token.start as usize].trim().is_empty() {
            return diagnostic;
        }
        let at = Span::new(token.start as usize, token.start as usize);
        let line = line_with(self.text, at, &format!("{when} "));
        let whole_rule = LeadRulesParser::parse(rule, &line)
            .ok()
            .and_then(|mut pairs| pairs.next())
            .is_some_and(|pair| pair.as_span().end() == line.len());
        if !whole_rule {
            return diagnostic;
        }
        diagnostic
            .with_help(msg!("syntax-when-before-condition-help", when = when, line = line.as_str()))
            .with_fix(Fix::replace(at, format!("{when} "), msg!("syntax-fix-write", replacement = when)))
    }
}

/// A one-line block's entry without its braces (`fields { employees number }` shows
/// `employees number`); any other line as it is.
fn entry_of(line: String) -> String {
    match line.split_once('{') {
        Some((_, entry)) if !entry.contains('"') => entry.trim_end().trim_end_matches('}').trim().to_string(),
        _ => line,
    }
}

impl Site<'_> {
    /// The one block keyword `word` is a typo of, in the word's own alphabet (`класы` is
    /// `классы`, `framwork` is `framework`); `None` when none or several are as close.
    fn block_keyword_meant(&self, word: &str) -> Option<&'static str> {
        let russian = crate::syntax::keywords::is_russian(word);
        // Another word for a block, as a committee names it (`scoring`, `скоринг`, `портрет`).
        let lower = word.to_lowercase();
        if let Some((_, english)) = BLOCK_SYNONYMS.iter().find(|(said, _)| *said == lower) {
            let lang = if russian { crate::locale::Lang::Ru } else { crate::locale::Lang::En };
            return Some(crate::syntax::keywords::spell(lang, english));
        }
        let keywords: Vec<&'static str> = scan::ITEM_KEYWORDS
            .iter()
            .map(|en| if russian { crate::syntax::keywords::spell(crate::locale::Lang::Ru, en) } else { *en })
            .collect();
        super::closest_only(word, &keywords)
    }
}

/// Other words committees use for a block, and the block keyword each means (in English; the
/// keyword is written in the language of the word).
const BLOCK_SYNONYMS: [(&str, &str); 26] = [
    ("scoring", "score"),
    ("scores", "score"),
    ("points", "score"),
    ("classes", "classify"),
    ("classification", "classify"),
    ("gates", "minimum"),
    ("requirements", "minimum"),
    ("temperatures", "temperature"),
    ("examples", "example"),
    ("field", "fields"),
    ("frameworks", "framework"),
    ("скоринг", "score"),
    ("очки", "score"),
    ("балл", "score"),
    ("класс", "classify"),
    ("классификация", "classify"),
    ("фильтры", "minimum"),
    ("минимальные", "minimum"),
    ("критерии", "minimum"),
    ("портрет", "profile"),
    ("профайл", "profile"),
    ("температуры", "temperature"),
    ("примеры", "example"),
    ("поле", "fields"),
    ("методология", "framework"),
    ("фреймворк", "framework"),
];
