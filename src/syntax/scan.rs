//! Lexical pre-pass over a whole rule file: collects comments, splits the text into the header
//! and the top-level items (so each can be parsed on its own), and notes the problems that would
//! make pest's own error useless: unclosed strings and braces, and runaway nesting. Where strings
//! and comments begin and end is `lex`'s to say.

use super::keywords::spell;
use super::lex::{self, Lexeme};
use crate::locale::Lang;
use crate::span::{Span, Spanned};

/// The words that start a top-level item at the beginning of a line.
pub const ITEM_KEYWORDS: [&str; 13] = [
    "use",
    "let",
    "flag",
    "parameters",
    "fields",
    "minimum",
    "profile",
    "framework",
    "score",
    "classify",
    "temperature",
    "deal",
    "example",
];

/// The item keyword `word` is, written in English or in Russian (`поля`, `классы`), in its
/// English spelling (`fields`, `classify`); `None` for any other word.
pub fn item_keyword(word: &str) -> Option<&'static str> {
    ITEM_KEYWORDS.into_iter().find(|kw| *kw == word || spell(Lang::Ru, kw) == word)
}

/// Deeper nesting of `(` and `[` than this is refused before pest sees it, so that neither the
/// parser's recursion nor the tree's drop can exhaust the stack.
pub const MAX_NESTING: usize = 64;

/// A byte range of the file parsed on its own, with what the scan learned about it.
#[derive(Clone, Debug, Default)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// The first string in the piece that is not closed on its line: offset of its `"`.
    pub unclosed_string: Option<usize>,
    /// The innermost `{` still open at the end of the piece.
    pub unclosed_brace: Option<usize>,
    /// The first `(` or `[` nested deeper than [`MAX_NESTING`].
    pub too_deep: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Scan {
    pub comments: Vec<Spanned<String>>,
    /// Everything before the first item (only comments and whitespace when there is no header).
    pub header: Piece,
    pub items: Vec<Piece>,
}

/// Scans `text` once, left to right.
pub fn scan(text: &str) -> Scan {
    let mut scanner = Scanner {
        text,
        out: Scan::default(),
        current: Piece::default(),
        in_header: true,
        braces: Vec::new(),
        nesting: 0,
    };
    scanner.run();
    scanner.finish()
}

struct Scanner<'t> {
    text: &'t str,
    out: Scan,
    current: Piece,
    /// Whether `current` is still the header piece (the text before the first item).
    in_header: bool,
    braces: Vec<usize>,
    nesting: usize,
}

impl Scanner<'_> {
    fn run(&mut self) {
        let start = if self.text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
        let mut at_line_start = true;
        for (lexeme, range) in lex::lexemes(self.text, start) {
            let pos = range.start;
            let blank = matches!(lexeme, Lexeme::Code(c) if is_blank(c));
            if at_line_start && !blank && self.starts_item(pos) {
                self.begin_item(pos);
            }
            if lexeme == Lexeme::Code('\n') {
                at_line_start = true;
            } else if !blank {
                at_line_start = false;
            }
            match lexeme {
                Lexeme::Text { closed: false } if self.current.unclosed_string.is_none() => {
                    self.current.unclosed_string = Some(pos);
                }
                Lexeme::Comment => self.take_comment(range),
                Lexeme::Code('{') => self.braces.push(pos),
                Lexeme::Code('}') => {
                    self.braces.pop();
                }
                Lexeme::Code('(' | '[') => {
                    self.nesting += 1;
                    if self.nesting > MAX_NESTING && self.current.too_deep.is_none() {
                        self.current.too_deep = Some(pos);
                    }
                }
                Lexeme::Code(')' | ']') => self.nesting = self.nesting.saturating_sub(1),
                _ => {}
            }
        }
    }

    /// Whether an item keyword starts at `pos` (known to be the first non-blank of its line).
    /// Inside braces only an unindented keyword whose line opens a block (or `use`) counts: that
    /// recovers from a forgotten `}` without splitting `temperature hot` inside an example.
    fn starts_item(&self, pos: usize) -> bool {
        let Some(word) = item_keyword_at(self.text, pos) else {
            return false;
        };
        if self.braces.is_empty() {
            return true;
        }
        let unindented = pos == 0 || self.text.as_bytes()[pos - 1] == b'\n';
        unindented && (matches!(word, "use" | "let" | "flag") || line_opens_block(self.text, pos))
    }

    fn begin_item(&mut self, pos: usize) {
        let mut finished = std::mem::take(&mut self.current);
        finished.end = pos;
        finished.unclosed_brace = self.braces.last().copied();
        self.push_piece(finished);
        self.current.start = pos;
        self.braces.clear();
        self.nesting = 0;
    }

    fn push_piece(&mut self, piece: Piece) {
        if std::mem::replace(&mut self.in_header, false) {
            self.out.header = piece;
        } else {
            self.out.items.push(piece);
        }
    }

    /// Records a comment: its text, with the span of the whole comment.
    fn take_comment(&mut self, range: std::ops::Range<usize>) {
        let body = lex::comment_body(&self.text[range.clone()]);
        self.out.comments.push(Spanned::new(body.to_string(), Span::new(range.start, range.end)));
    }

    fn finish(mut self) -> Scan {
        let mut last = std::mem::take(&mut self.current);
        last.end = self.text.len();
        last.unclosed_brace = self.braces.last().copied();
        self.push_piece(last);
        self.out
    }
}

/// What counts as blank before an item keyword (the no-break space and the BOM do not).
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// Offset of the `\n` ending the line that contains `pos`, or the text's length.
pub fn line_end(text: &str, pos: usize) -> usize {
    text[pos..].find('\n').map_or(text.len(), |i| pos + i)
}

/// The item keyword starting at `pos`, if a whole word there is one (in English or in Russian):
/// always its English spelling.
pub fn item_keyword_at(text: &str, pos: usize) -> Option<&'static str> {
    let rest = &text[pos..];
    let whole = |kw: &str| rest.starts_with(kw) && !rest[kw.len()..].chars().next().is_some_and(is_word_char);
    ITEM_KEYWORDS.into_iter().find(|kw| whole(kw) || whole(spell(Lang::Ru, kw)))
}

pub use crate::locale::words::is_word_char;

/// Whether the line from `pos` has a `{` outside strings and comments.
fn line_opens_block(text: &str, pos: usize) -> bool {
    lex::find_code_char(&text[..line_end(text, pos)], pos, '{').is_some()
}
