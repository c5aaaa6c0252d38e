//! Recovery inside one broken item: which stretch of the item to blank out after a syntax error,
//! so that the parser can look for the next slip in the same block.
//!
//! The unit blanked is one entry of the innermost block around the error: a line of the block
//! with its continuation lines (a field, a gate, a score rule, a class rule, a criterion, an
//! example's `lead` or `expect`), or one `name: value` of a `lead { ... }`. An entry whose line
//! ends in an operator or a connective (`budget >=`, `... and`) swallowed the next line in the
//! parser's reading, so it is blanked together with the entry the error was found in. Blanking
//! keeps every byte offset (each byte becomes a space, line breaks stay), so the next error's span
//! is already right. `Entry::is_cascade` tells an error caused by the blanking itself (a block
//! left without an entry it needs) from a real one.

use super::lex::{self, Lexeme};
use super::scan::Piece;
use std::ops::Range;

/// Words after which an expression goes on (in both spellings).
const CONTINUING_WORDS: [&str; 16] = [
    "and",
    "or",
    "not",
    "when",
    "between",
    "in",
    "is",
    "contains",
    "и",
    "или",
    "не",
    "когда",
    "между",
    "в",
    "содержит",
    "за",
];

/// One stretch blanked out: the entry's bytes, and the block's closing brace.
#[derive(Clone, Debug)]
pub struct Entry {
    pub range: Range<usize>,
    close: usize,
}

impl Entry {
    /// Whether an error at `pos` (in the text blanked over this entry) comes from the blanking:
    /// it sits at the block's closing brace, or at the first code after the blanked stretch.
    pub fn is_cascade(&self, text: &str, pos: usize) -> bool {
        pos == self.close || pos >= self.range.end && first_code(text, self.range.end) == Some(pos)
    }
}

/// The entry around `pos` (absolute, inside `piece`), or `None` when the error is not inside a
/// block's entries (an item's heading, a brace).
pub fn entry_at(text: &str, piece: &Piece, pos: usize) -> Option<Entry> {
    if pos < piece.start || pos >= piece.end || !text.is_char_boundary(pos) {
        return None;
    }
    let (open, close) = block_around(text, piece, pos)?;
    if opens_lead(text, piece.start, open) {
        let range = lead_entry(text, open, close, pos)?;
        return Some(Entry { range, close });
    }
    let lines = entry_lines(text, open, close);
    let indent = lines.iter().map(|l| l.indent).min()?;
    let line_of = |p: usize| lines.iter().rposition(|l| l.start <= p);
    let at = line_of(pos)?;
    let first = lines[..=at].iter().rposition(|l| l.indent <= indent)?;
    let next = lines[at + 1..].iter().position(|l| l.indent <= indent).map(|i| at + 1 + i);
    let end = next.map_or(close, |n| lines[n].start).min(close);
    let mut start = lines[first].start;
    // The entry before it, when it ends in the middle of an expression, read this one as its rest.
    if let Some(previous) = lines[..first].iter().rposition(|l| l.indent <= indent)
        && ends_unfinished(text, lines[previous].start, start)
    {
        start = lines[previous].start;
    }
    (start < end && start <= pos && pos < end).then_some(Entry { range: start..end, close })
}

/// `text` with the bytes of `range` replaced by spaces (line breaks kept).
pub fn blank(text: &str, range: Range<usize>) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for b in &mut bytes[range] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
    // Whole characters were replaced (entries start and end at character boundaries), so the
    // bytes are still UTF-8; the fallback keeps the function total.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// The innermost `{` before `pos` still open at `pos`, and the `}` that closes it (or the piece's
/// end when none does).
fn block_around(text: &str, piece: &Piece, pos: usize) -> Option<(usize, usize)> {
    let source = &text[..piece.end];
    let mut open: Vec<usize> = Vec::new();
    for (lexeme, range) in lex::lexemes(&source[..pos.min(piece.end)], piece.start) {
        match lexeme {
            Lexeme::Code('{') => open.push(range.start),
            Lexeme::Code('}') => {
                open.pop();
            }
            _ => {}
        }
    }
    let block = *open.last()?;
    let mut depth = 0usize;
    for (lexeme, range) in lex::lexemes(source, pos.min(piece.end)) {
        match lexeme {
            Lexeme::Code('{') => depth += 1,
            Lexeme::Code('}') if depth == 0 => return Some((block, range.start)),
            Lexeme::Code('}') => depth -= 1,
            _ => {}
        }
    }
    Some((block, piece.end))
}

/// Whether the `{` at `open` opens an example's `lead` block.
fn opens_lead(text: &str, from: usize, open: usize) -> bool {
    let before = text[from..open].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric() && *c != '_')
        .map_or(0, |(i, c)| i + c.len_utf8());
    matches!(&before[word_start..], "lead" | "лид")
}

/// The `name: value` of a lead block around `pos`, with the comma after it.
fn lead_entry(text: &str, open: usize, close: usize, pos: usize) -> Option<Range<usize>> {
    let mut start = open + 1;
    let mut depth = 0usize;
    for (lexeme, range) in lex::lexemes(&text[..close], open + 1) {
        match lexeme {
            Lexeme::Code('(' | '[' | '{') => depth += 1,
            Lexeme::Code(')' | ']' | '}') => depth = depth.saturating_sub(1),
            Lexeme::Code(',') if depth == 0 => {
                if pos <= range.start {
                    return Some(start..range.end);
                }
                start = range.end;
            }
            _ => {}
        }
    }
    (start <= pos && pos < close).then_some(start..close)
}

/// A line inside a block that holds code: where it starts and how far it is indented.
struct Line {
    start: usize,
    indent: usize,
}

/// The lines after the one holding `open` and starting before `close` that hold code.
fn entry_lines(text: &str, open: usize, close: usize) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut at = next_line(text, open);
    while at < close {
        let line = &text[at..next_line(text, at).min(close)];
        let code = line.trim_start_matches([' ', '\t']);
        if !code.trim().is_empty() && !code.starts_with(lex::COMMENT_START) {
            lines.push(Line { start: at, indent: line.len() - code.len() });
        }
        at = next_line(text, at);
    }
    lines
}

/// The start of the line after the one holding `pos` (a `\n`, `\r\n` or lone `\r` ends a line).
fn next_line(text: &str, pos: usize) -> usize {
    text[pos..].find(['\n', '\r']).map_or(text.len(), |i| {
        let end = pos + i;
        if text[end..].starts_with("\r\n") { end + 2 } else { end + 1 }
    })
}

/// Whether the code of `text[from..to]` ends in an operator, a comma or a word after which the
/// expression goes on.
fn ends_unfinished(text: &str, from: usize, to: usize) -> bool {
    let mut last = String::new();
    let mut word = String::new();
    for (lexeme, range) in lex::lexemes(&text[..to], from) {
        match lexeme {
            Lexeme::Code(c) if c.is_alphanumeric() || c == '_' => word.push(c),
            Lexeme::Code(c) if c.is_whitespace() => {
                if !word.is_empty() {
                    last = std::mem::take(&mut word);
                }
            }
            Lexeme::Code(c) => {
                word.clear();
                last = c.to_string();
            }
            Lexeme::Text { .. } => {
                word.clear();
                last = text[range].to_string();
            }
            Lexeme::Comment => {}
        }
    }
    if !word.is_empty() {
        last = word;
    }
    let operator = last.len() == 1 && last.chars().all(|c| "=<>!+-*/,".contains(c));
    operator || CONTINUING_WORDS.contains(&last.as_str())
}

/// The first character at or after `from` that is neither whitespace nor in a comment.
fn first_code(text: &str, from: usize) -> Option<usize> {
    lex::lexemes(text, from).find_map(|(lexeme, range)| match lexeme {
        Lexeme::Code(c) if c.is_whitespace() => None,
        Lexeme::Comment => None,
        _ => Some(range.start),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str) -> Piece {
        Piece { start: 0, end: text.len(), ..Piece::default() }
    }

    fn entry(text: &str, at: &str) -> Option<String> {
        let pos = text.find(at)?;
        entry_at(text, &piece(text), pos).map(|e| text[e.range].trim().to_string())
    }

    #[test]
    fn an_entry_is_its_line_with_the_lines_indented_under_it() {
        let text = "classify {\n  SQL when a\n      playbook \"call\"\n  MQL otherwise\n}\n";
        assert_eq!(entry(text, "playbook").as_deref(), Some("SQL when a\n      playbook \"call\""));
        assert_eq!(entry(text, "MQL").as_deref(), Some("MQL otherwise"));
    }

    #[test]
    fn an_entry_ending_in_an_operator_is_blanked_with_the_next_one() {
        let text = "framework B pass all {\n  a : x >=\n  b : y\n}\n";
        assert_eq!(entry(text, ": y").as_deref(), Some("a : x >=\n  b : y"));
    }

    #[test]
    fn in_a_lead_block_an_entry_is_one_name_and_value() {
        let text = "example \"e\" {\n  lead { a: 1, b: 5к, c: 3 }\n  expect class X\n}\n";
        assert_eq!(entry(text, "5к").as_deref(), Some("b: 5к,"));
        assert_eq!(entry(text, "3 }").as_deref(), Some("c: 3"));
    }

    #[test]
    fn a_heading_or_a_brace_has_no_entry() {
        let text = "score {\n  +1 when a\n}\n";
        assert_eq!(entry(text, "score"), None);
        assert_eq!(entry(text, "}"), None);
    }

    #[test]
    fn blanking_keeps_offsets_and_line_breaks() {
        let text = "a: ё\r\nb";
        assert_eq!(blank(text, 0..text.len() - 1), "     \r\nb");
    }
}
