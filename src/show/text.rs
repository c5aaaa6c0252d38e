//! Text as it takes room on a screen: its width in columns by Unicode width (a CJK character or
//! an emoji takes two, a combining accent none, Latin and Cyrillic letters one), and text cut or
//! padded to a width.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The ellipsis that ends or marks the middle of cut text.
const ELLIPSIS: char = '…';

/// How many columns `text` takes on a terminal.
pub fn width(text: &str) -> usize {
    text.width()
}

/// How many columns one character takes (a control character counts one, as in [`width`]).
fn char_width(c: char) -> usize {
    c.width().unwrap_or(1)
}

/// The longest start of `text` at most `columns` wide, cut at a character boundary.
pub fn prefix_within(text: &str, columns: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += char_width(c);
        if used > columns {
            return &text[..at];
        }
    }
    text
}

/// The longest end of `text` at most `columns` wide, cut at a character boundary.
fn suffix_within(text: &str, columns: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices().rev() {
        used += char_width(c);
        if used > columns {
            return &text[at + c.len_utf8()..];
        }
    }
    text
}

/// `text` if it is at most `columns` wide, else its start cut to leave room for a final `…`.
pub fn truncate(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_string();
    }
    let mut cut = prefix_within(text, columns.saturating_sub(1)).to_string();
    cut.push(ELLIPSIS);
    cut
}

/// `text` if it is at most `columns` wide, else its start and its end, half of `columns` each,
/// around a `…`: so a long message keeps its beginning and its end.
pub fn clip_middle(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_string();
    }
    let half = columns / 2;
    format!("{}{ELLIPSIS}{}", prefix_within(text, half), suffix_within(text, half))
}

/// `text` followed by spaces up to `columns` (left-aligned in a column that wide).
pub fn pad_end(text: &str, columns: usize) -> String {
    let mut out = String::with_capacity(text.len() + columns);
    out.push_str(text);
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(width(text))));
    out
}

/// Spaces up to `columns`, then `text` (right-aligned in a column that wide).
pub fn pad_start(text: &str, columns: usize) -> String {
    let mut out = " ".repeat(columns.saturating_sub(width(text)));
    out.push_str(text);
    out
}
