//! Where things are in a piece of text, for the syntax errors: a line's start and indent, the
//! token at a place, the list item before or after one.

use crate::span::Span;
use crate::syntax::{lex, scan};

/// The list item that ends at `end`: from the last `,`, `{`, `[` or `(` before it on its line
/// (strings skipped), spaces run together.
pub(super) fn item_before(text: &str, from: usize, end: usize) -> String {
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
pub(super) fn item_after(text: &str, start: usize, to: usize) -> String {
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

/// The start of the line holding `pos`.
pub(super) fn line_start(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}

/// How many spaces and tabs the line starting at `line` is indented by.
pub(super) fn indent(text: &str, line: usize) -> usize {
    text[line..].len() - text[line..].trim_start_matches([' ', '\t']).len()
}

/// The first character of code (not whitespace, not a comment) in `[from, to]`.
pub(super) fn first_code_at(text: &str, from: usize, to: usize) -> Option<usize> {
    lex::lexemes(text, from)
        .find_map(|(lexeme, range)| match lexeme {
            lex::Lexeme::Code(c) if c.is_whitespace() => None,
            lex::Lexeme::Comment => None,
            _ => Some(range.start),
        })
        .filter(|&at| at <= to)
}

/// Whether only whitespace (any Unicode space) and comments follow `pos` in the piece.
pub(super) fn rest_is_trivia(text: &str, pos: usize, limit: usize) -> bool {
    lex::only_comments_and(text.get(pos..limit).unwrap_or(""), char::is_whitespace)
}

/// The end of the last token (not whitespace, not a comment) between `from` and `to`.
pub(super) fn last_token_end(text: &str, from: usize, to: usize) -> usize {
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

/// Where the last word before `end` starts, looking back no further than `from`: just after the
/// last character that is not a word's (however many bytes it takes: a byte-order mark pasted
/// mid-line takes three), or `from`.
pub(super) fn word_start(text: &str, from: usize, end: usize) -> usize {
    text[from..end]
        .char_indices()
        .rfind(|(_, c)| !crate::syntax::scan::is_word_char(*c))
        .map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// Just after the character at `pos` (a boundary), however many bytes it takes; `pos` at the
/// text's end. A span of "the one character here" ends here, never at `pos + 1`, which may cut a
/// Cyrillic letter, a non-breaking space or a pasted byte-order mark in two.
pub(super) fn char_end(text: &str, pos: usize) -> usize {
    text.get(pos..).and_then(|rest| rest.chars().next()).map_or(pos.min(text.len()), |c| pos + c.len_utf8())
}

/// The token starting at `pos` (before `limit`), if any non-trivia text is there.
pub(super) fn token_at(text: &str, pos: usize, limit: usize) -> Option<Span> {
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

/// The line holding `span`, with `span` replaced by `replacement`, without its indent or line
/// end: what a help shows as the author's line written right.
pub(super) fn line_with(text: &str, span: Span, replacement: &str) -> String {
    let (start, end) = (span.start as usize, span.end as usize);
    let line = line_start(text, start);
    let line_end = text[end..].find(['\n', '\r']).map_or(text.len(), |i| end + i);
    format!("{}{replacement}{}", &text[line..start], &text[end..line_end]).trim().to_string()
}
