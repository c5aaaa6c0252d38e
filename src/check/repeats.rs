//! Lines written twice in one block: the same gate in `minimum`, the same score line in one
//! score, the same criterion in one profile. A repeated score line gives its points twice and a
//! repeated criterion counts its weight twice, which no committee means; a repeated gate only
//! says the same thing again. The warning names both lines and the fix removes the second; it is
//! safe when the two lines are written alike (a gate's reason or a criterion's weight aside, it
//! is a choice, since which of the two the committee meant is theirs to say).

use super::Checker;
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{Item, RuleFile};
use crate::syntax::keywords::KEYWORDS;
use crate::syntax::lex::{self, Lexeme};

/// One line of a block: what must match for it to repeat another, its whole text and its span.
struct Line {
    key: String,
    whole: String,
    span: Span,
}

impl Checker {
    pub(super) fn repeated_lines(&mut self, file: &RuleFile) {
        for (index, item) in file.items.iter().enumerate() {
            // A used file's lines are the used file's business.
            if self.imported_via.get(index).copied().flatten().is_some() {
                continue;
            }
            let (lines, kind): (Vec<Line>, &str) = match item {
                Item::Minimum(block) => (
                    block
                        .gates
                        .iter()
                        .map(|g| {
                            let key = format!("{:?} {}", g.kind, self.written(g.condition.span.into()));
                            self.line(key, g.span.into())
                        })
                        .collect(),
                    "gate",
                ),
                Item::Score(block) => (
                    block
                        .rules
                        .iter()
                        .map(|r| {
                            let key = self.written(r.span().into());
                            self.line(key, r.span().into())
                        })
                        .collect(),
                    "score",
                ),
                Item::Profile(block) => (
                    block
                        .criteria
                        .iter()
                        .map(|c| {
                            let key = self.written(c.condition.span.into());
                            self.line(key, c.span.into())
                        })
                        .collect(),
                    "criterion",
                ),
                _ => continue,
            };
            for (later, line) in lines.iter().enumerate() {
                if let Some(first) = lines[..later].iter().find(|l| l.key == line.key) {
                    let found = self.repeated(kind, first, line);
                    self.report(found);
                }
            }
        }
    }

    fn line(&self, key: String, span: Span) -> Line {
        Line { key, whole: self.written(span), span }
    }

    /// The text under `span` as it reads: comments left out, spaces only where two words meet,
    /// Russian keywords in English (`+10 когда X` repeats `+10 when X`).
    fn written(&self, span: Span) -> String {
        let text = self.text(span);
        let mut out = String::new();
        let mut word = String::new();
        let mut space = false;
        let flush = |out: &mut String, word: &mut String, space: &mut bool| {
            if word.is_empty() {
                return;
            }
            if *space && out.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                out.push(' ');
            }
            let english = KEYWORDS.iter().find(|(_, ru)| ru == word).map_or(word.as_str(), |(en, _)| en);
            out.push_str(english);
            word.clear();
            *space = false;
        };
        for (lexeme, range) in lex::lexemes(text, 0) {
            match lexeme {
                Lexeme::Comment => space = true,
                Lexeme::Code(c) if c.is_whitespace() => {
                    flush(&mut out, &mut word, &mut space);
                    space = true;
                }
                Lexeme::Code(c) if c.is_alphanumeric() || c == '_' || c == '.' => word.push(c),
                _ => {
                    flush(&mut out, &mut word, &mut space);
                    out.push_str(&text[range]);
                    space = false;
                }
            }
        }
        flush(&mut out, &mut word, &mut space);
        out
    }

    /// The warning for `second`, a line that repeats `first`.
    fn repeated(&self, kind: &str, first: &Line, second: &Line) -> Diagnostic {
        let shown = self.text(second.span).split_whitespace().collect::<Vec<_>>().join(" ");
        let removed = self.line_span(second.span);
        let fix = Fix::replace(removed, "", msg!("check-fix-remove-repeated", line = shown.as_str()));
        let fix = if first.whole == second.whole { fix } else { fix.as_choice() };
        Diagnostic::new(
            Code::RepeatedLine,
            msg!("check-repeated-line", kind = kind, line = shown.as_str()),
            second.span,
            msg!("check-repeated-line-label"),
        )
        .with_label(first.span, msg!("check-repeated-line-first-label"))
        .with_help(msg!("check-repeated-line-help", kind = kind))
        .with_fix(fix)
    }

    /// What removing the line at `span` removes: its whole line when it stands alone on it, else
    /// the line and the spaces before it.
    fn line_span(&self, span: Span) -> Span {
        let Some(file) = self.sources.file_of(span) else { return span };
        let base = file.base as usize;
        let text = file.text.as_str();
        let (start, end) = (span.start as usize - base, span.end as usize - base);
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        let before = &text[line_start..start];
        let after = text[end..line_end].trim_start();
        if before.trim().is_empty() && (after.is_empty() || after.starts_with(lex::COMMENT_START)) {
            let through = if line_end < text.len() { line_end + 1 } else { line_end };
            return Span::new(base + line_start, base + through);
        }
        let gap = text[..start].trim_end_matches([' ', '\t']).len();
        Span::new(base + gap, base + end)
    }
}
