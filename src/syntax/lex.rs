//! How comments and strings are written, in one place.
//!
//! The grammar (`grammar/leadrules.pest`: `COMMENT`, `string`, `string_body`) defines them for
//! the parser, and pest needs its own rules for that. Every other reader of raw rule text asks
//! this module instead of knowing the syntax itself: the pre-pass that splits a file into items
//! (`scan`), the converter's span trimming (`convert`), the syntax errors' token guesses
//! (`errors`), string literals (`literal`), and the formatter (`format`), which also writes
//! comments and strings back through it. The rules:
//!
//! - a `#` outside a string starts a comment, which runs to the end of its line (a `\r` before
//!   the line break is not part of it); there is no other comment syntax (`//` is not one);
//! - a string runs from `"` to the next `"` not escaped by a `\`; `\"` and `\\` are its escapes
//!   (anything else after a `\` is reported by `literal`); it never crosses a line break: when
//!   the line ends first, the string is unclosed and stops before the break.
//!
//! The unit tests (`syntax/tests/lex.rs`) check on generated inputs that this module and the
//! grammar agree: where a string ends, what it holds, and that a comment hides the rest of its
//! line, quotes and all. Whitespace is not decided here: the grammar's `WHITESPACE` is
//! [`is_grammar_space`], and readers that guess at broken text may accept more.

use std::ops::Range;

/// Starts a comment.
pub const COMMENT_START: char = '#';
pub use crate::locale::words::{ESCAPE, QUOTE};

/// What a stretch of rule text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lexeme {
    /// One character outside strings and comments (whitespace included).
    Code(char),
    /// A string, quotes included; `closed: false` when its line ends first.
    Text { closed: bool },
    /// A comment, `#` included, without the line break (and a `\r` before it).
    Comment,
}

/// The lexemes of `text` from byte offset `from` (a character boundary), with their byte ranges.
pub fn lexemes(text: &str, from: usize) -> Lexemes<'_> {
    Lexemes { text, at: from }
}

/// Iterator returned by [`lexemes`].
pub struct Lexemes<'t> {
    text: &'t str,
    at: usize,
}

impl Iterator for Lexemes<'_> {
    type Item = (Lexeme, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        let start = self.at;
        let c = self.text.get(start..)?.chars().next()?;
        let (lexeme, end) = match c {
            QUOTE => {
                let (end, closed) = string_end(self.text, start);
                (Lexeme::Text { closed }, end)
            }
            COMMENT_START => (Lexeme::Comment, comment_end(self.text, start)),
            _ => (Lexeme::Code(c), start + c.len_utf8()),
        };
        self.at = end;
        Some((lexeme, start..end))
    }
}

/// The end of the string whose opening quote is at `at` (after its closing quote), and whether
/// it is closed; an unclosed string ends before its line's break.
pub fn string_end(text: &str, at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut i = at + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (i + 1, true),
            b'\\' if bytes.get(i + 1).is_some_and(|&b| b != b'\n') => {
                i += 1 + text[i + 1..].chars().next().map_or(1, char::len_utf8);
            }
            b'\n' => break,
            _ => i += 1,
        }
    }
    (i.min(bytes.len()), false)
}

/// The end of the comment whose `#` is at `at`: its line's end, before a `\r\n` or `\n`.
pub fn comment_end(text: &str, at: usize) -> usize {
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if text[..line_end].ends_with('\r') { line_end - 1 } else { line_end }
}

/// A comment's text: without its `#` and the one space after it.
pub fn comment_body(comment: &str) -> &str {
    let body = comment.strip_prefix(COMMENT_START).unwrap_or(comment);
    body.strip_prefix(' ').unwrap_or(body)
}

/// A comment holding `body`, as the formatter writes it: `# body`, or `#` alone.
pub fn comment(body: &str) -> String {
    if body.is_empty() { COMMENT_START.to_string() } else { format!("{COMMENT_START} {body}") }
}

/// `text` as a string literal: in quotes, with `"` and `\` escaped.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(QUOTE);
    for c in text.chars() {
        if c == QUOTE || c == ESCAPE {
            out.push(ESCAPE);
        }
        out.push(c);
    }
    out.push(QUOTE);
    out
}

/// A `\` followed by a character that is not an escape: where it is in the body (the `\` and
/// the character), and the character. It is kept as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownEscape {
    pub start: usize,
    pub end: usize,
    pub escaped: char,
}

/// The text a string literal holds, from its body (what is between the quotes), and the unknown
/// escapes in it.
pub fn unescape(body: &str) -> (String, Vec<UnknownEscape>) {
    let mut text = String::with_capacity(body.len());
    let mut unknown = Vec::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != ESCAPE {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some((_, escaped @ (QUOTE | ESCAPE))) => text.push(escaped),
            Some((j, other)) => {
                unknown.push(UnknownEscape { start: i, end: j + other.len_utf8(), escaped: other });
                text.push(ESCAPE);
                text.push(other);
            }
            None => text.push(ESCAPE),
        }
    }
    (text, unknown)
}

/// The offset of the first `wanted` from `at` that is code: outside strings and comments.
pub fn find_code_char(text: &str, at: usize, wanted: char) -> Option<usize> {
    lexemes(text, at).find(|(lexeme, _)| *lexeme == Lexeme::Code(wanted)).map(|(_, range)| range.start)
}

/// Whether `text` holds nothing but comments and characters that `is_space` accepts.
pub fn only_comments_and(text: &str, is_space: impl Fn(char) -> bool) -> bool {
    lexemes(text, 0).all(|(lexeme, _)| match lexeme {
        Lexeme::Comment => true,
        Lexeme::Code(c) => is_space(c),
        Lexeme::Text { .. } => false,
    })
}

/// The grammar's `WHITESPACE`: space, tab, line breaks, the no-break space and a stray BOM.
pub fn is_grammar_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n' | '\u{A0}' | '\u{FEFF}')
}
