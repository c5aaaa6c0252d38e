//! Source positions: byte spans into a rule file, values tagged with their span, and the file itself.
//!
//! Spans are byte offsets (pest gives byte offsets; ariadne is configured for bytes in `render`).
//!
//! Two types, for two jobs:
//! - [`Span`] is a position with real equality, order and hash: diagnostics are sorted and
//!   deduplicated by it, the checker remembers which declaration a field came from by it.
//! - [`Loc`] is where a syntax tree node was written: the same span, but it never takes part in
//!   the equality (or hash) of the node it is attached to. Every location in the AST is a `Loc`,
//!   so the AST's derived `PartialEq` compares meaning only: two parses of the same text at
//!   different offsets, or of two layouts of one definition, compare equal (`fmt` relies on it
//!   to check that formatting kept the meaning). A `Loc` reads as a `Span` (it derefs to one)
//!   and converts into one with `.into()` wherever a real position is kept or compared.
//!
//! When a definition `use`s other files, every file gets its own range of offsets in one
//! `SourceMap` (its `base`), so a span alone says which file it points into.

use std::fmt;

/// A half-open byte range `start..end` into one source file.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both.
    pub fn to(self, other: impl Into<Span>) -> Span {
        let other = other.into();
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Where a syntax tree node was written: a [`Span`] left out of equality and hashing, so that
/// a node's derived `PartialEq` and `Hash` see its meaning only. It has no order: sort by the
/// `Span` it holds.
#[derive(Clone, Copy, Default)]
pub struct Loc(Span);

impl Loc {
    pub fn new(start: usize, end: usize) -> Loc {
        Loc(Span::new(start, end))
    }

    /// The smallest location covering both.
    pub fn to(self, other: impl Into<Span>) -> Loc {
        Loc(self.0.to(other))
    }
}

impl PartialEq for Loc {
    /// Always true: where a node was written is not part of what it means.
    fn eq(&self, _: &Loc) -> bool {
        true
    }
}

impl Eq for Loc {}

impl std::hash::Hash for Loc {
    /// Nothing: equal values must hash alike, and every `Loc` equals every other.
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl std::ops::Deref for Loc {
    type Target = Span;

    fn deref(&self) -> &Span {
        &self.0
    }
}

impl From<Span> for Loc {
    fn from(span: Span) -> Loc {
        Loc(span)
    }
}

impl From<Loc> for Span {
    fn from(loc: Loc) -> Span {
        loc.0
    }
}

impl fmt::Debug for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A value together with the place in the source it came from (left out of its equality).
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Loc,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: impl Into<Loc>) -> Self {
        Spanned { node, span: span.into() }
    }
}

/// A rule file as read from disk: its display name (the path as the user gave it), its text, and
/// the offset its spans start at (0 unless it sits in a `SourceMap` after other files).
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    pub base: u32,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile { name: name.into(), text: text.into(), base: 0 }
    }

    /// Whether a span points into this file.
    pub fn contains(&self, span: Span) -> bool {
        span.start >= self.base && span.start as usize <= self.base as usize + self.text.len()
    }

    /// A span as a byte range of this file's own text.
    pub fn local(&self, span: Span) -> std::ops::Range<usize> {
        let start = (span.start.saturating_sub(self.base) as usize).min(self.text.len());
        let end = (span.end.saturating_sub(self.base) as usize).clamp(start, self.text.len());
        start..end
    }

    /// The source text under a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(self.local(span)).unwrap_or("")
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = (offset.saturating_sub(self.base) as usize).min(self.text.len());
        let before = &self.text[..floor_char_boundary(&self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }
}

/// Every file of a definition (the file itself and the files it `use`s), each with its own
/// range of offsets.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// A map holding one file.
    pub fn single(file: SourceFile) -> Self {
        let mut map = SourceMap::default();
        map.add(file.name, file.text);
        map
    }

    /// Adds a file after the others and returns it (with its `base` set).
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> &SourceFile {
        let base = self.files.last().map_or(0, |f| f.base as usize + f.text.len() + 1) as u32;
        self.files.push(SourceFile { name: name.into(), text: text.into(), base });
        &self.files[self.files.len() - 1]
    }

    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// The first file added: the definition that was loaded.
    pub fn root(&self) -> Option<&SourceFile> {
        self.files.first()
    }

    /// The file a span points into.
    pub fn file_of(&self, span: Span) -> Option<&SourceFile> {
        self.files.iter().rev().find(|f| f.contains(span))
    }

    pub fn slice(&self, span: impl Into<Span>) -> &str {
        let span = span.into();
        self.file_of(span).map_or("", |f| f.slice(span))
    }

    /// 1-based line of a span's start in its own file.
    pub fn line(&self, span: Span) -> usize {
        self.file_of(span).map_or(0, |f| f.line_col(span.start).0)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let file = SourceFile::new("x.rules", "# Отрасль\nfields { }");
        let brace = file.text.find('{').unwrap() as u32;
        assert_eq!(file.line_col(brace), (2, 8));
        assert_eq!(file.line_col(3), (1, 3), "inside a two-byte char rounds down");
    }

    #[test]
    fn spans_do_not_take_part_in_equality() {
        assert_eq!(Spanned::new(1, Span::new(0, 1)), Spanned::new(1, Span::new(5, 9)));
        assert_ne!(Spanned::new(1, Span::new(0, 1)), Spanned::new(2, Span::new(0, 1)));
        assert_eq!(Loc::new(0, 1), Loc::new(5, 9));
    }

    #[test]
    fn spans_keep_their_own_equality() {
        assert_ne!(Span::new(0, 1), Span::new(5, 9), "diagnostics are sorted and told apart by span");
        let loc = Loc::new(5, 9);
        assert_eq!(Span::from(loc), Span::new(5, 9));
        assert_eq!((loc.start, loc.end), (5, 9));
    }
}
