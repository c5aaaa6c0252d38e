//! Syntax errors phrased for people. pest reports the rules it expected at the furthest point it
//! reached; this module turns that into one diagnostic in plain words, with the primary label on
//! the offending token and a `help:` that shows how to write it. Common slips (`==`, `&&`,
//! a reserved word as a name, a missing `:` or `,`, an operator with nothing after it, a `{`
//! never closed) get messages of their own: those about punctuation in `punctuation`, about
//! operators in `operators`, about a word in `words`; `places` finds where things are.

use super::grammar::Rule;
use super::keywords::spell;
use super::scan::{self, Piece};
use super::wording::{FIELD_TYPES, Phrase, Words, is_closing, is_continuation, phrase, similar, synonym_type};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::locale::Lang;
use crate::message::{Arg, Message};
use crate::msg;
use crate::span::Span;
use clauses::next_token as clauses_next_token;
use pest::error::{Error, ErrorVariant, InputLocation};
use places::{rest_is_trivia, token_at};

mod around;
mod calendar;
mod clauses;
mod counts;
mod deadlines;
mod marks;
mod operators;
mod percents;
mod phrasing;
mod places;
mod punctuation;
mod strays;
mod values;
mod words;

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

/// A slip said in words that the parser reads as something else (`nurture в остальных случаях`,
/// `respond in an hour`, `weight 20%`, `employees от 10`), when it is one: found before `slips`
/// tries its repairs, which would read such words as names.
pub fn said_slip(error: &Error<Rule>, text: &str, piece: &Piece) -> Option<Diagnostic> {
    let (stop, positives) = stop_and_expected(error, piece);
    let site = Site::new(text, piece, stop - piece.start, positives);
    site.empty_playbook()
        .or_else(|| site.clause_before_condition())
        .or_else(|| site.colon_after_name())
        .or_else(|| site.multiplier_weight())
        .or_else(|| site.spaced_dot())
        .or_else(|| site.count_in_words())
        .or_else(|| site.currency_sign())
        .or_else(|| site.amount_in_words())
        .or_else(|| site.unclosed_list())
        .or_else(|| site.values_after_equals())
        .or_else(|| site.reason_without_else())
        .or_else(|| site.line_end_mark())
        .or_else(|| site.two_word_value())
        .or_else(|| site.bound_after_value())
        .or_else(|| site.is_for_equals())
        .or_else(|| site.chained_comparison())
        .or_else(|| site.uncountable_deadline())
        .or_else(|| site.said_deadline())
        .or_else(|| site.business_days())
        .or_else(|| site.catch_all_word())
        .or_else(|| site.percent_for_number())
        .or_else(|| site.said_pass_rule())
        .or_else(|| site.share_of_amount())
        .or_else(|| site.said_bound())
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
        // The block's keyword is code: said in the keywords of the file (`score`, `баллы`).
        message.arg("piece", piece).arg("kind", crate::message::Arg::code(kind))
    }

    fn error(&self, message: Message, label: Message) -> Diagnostic {
        Diagnostic::new(Code::Syntax, message, self.primary(), label)
    }

    fn diagnose(&self) -> Diagnostic {
        self.never_closed()
            .or_else(|| self.stray_name())
            .or_else(|| self.slash_comment())
            .or_else(|| self.percent_points())
            .or_else(|| self.missing_reason())
            .or_else(|| self.expectation_connective())
            .or_else(|| self.list_after_equals())
            .or_else(|| self.equals_unknown())
            .or_else(|| self.said_comparison())
            .or_else(|| self.catch_all_word())
            .or_else(|| self.needless_word())
            .or_else(|| self.negative_number())
            .or_else(|| self.operator_slip())
            .or_else(|| self.not_known())
            .or_else(|| self.comma_in_condition())
            .or_else(|| self.unquoted_text())
            .or_else(|| self.missing_subject())
            .or_else(|| self.dangling_operator())
            .or_else(|| self.unfinished_line())
            .or_else(|| self.stray_text())
            .or_else(|| self.unit_left_out())
            .or_else(|| self.unknown_unit())
            .or_else(|| self.quoted_values())
            .or_else(|| self.missing_comma())
            .or_else(|| self.header_colon())
            .or_else(|| self.missing_colon())
            .or_else(|| self.reserved_word())
            .unwrap_or_else(|| self.expected_words())
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
            return self.when_left_out(self.error(message, self.found()).with_help(help));
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
        let diagnostic = match help {
            Some(help) => diagnostic.with_help(help),
            None => diagnostic,
        };
        self.score_line_help(diagnostic)
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
