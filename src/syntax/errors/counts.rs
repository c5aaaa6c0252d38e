//! Syntax errors about a count said in words where the language writes digits: a pass rule
//! `pass three of four`, `зачёт 3 из четырёх`, `зачёт не менее трёх`. The number is certain, so
//! the fix writes every such word of the pass rule as its digits at once.

use super::Site;
use super::places::{line_start, line_with};
use crate::diagnostic::{Applicability, Code, Diagnostic, Edit, Fix};
use crate::msg;
use crate::span::Span;
use crate::syntax::scan;

/// Counts said in words, in the forms a pass rule takes (`three of four`, `3 из четырёх`).
const SAID_COUNTS: [(&str, u32); 40] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("один", 1),
    ("одного", 1),
    ("одна", 1),
    ("одной", 1),
    ("два", 2),
    ("две", 2),
    ("двух", 2),
    ("три", 3),
    ("трёх", 3),
    ("трех", 3),
    ("четыре", 4),
    ("четырёх", 4),
    ("четырех", 4),
    ("пять", 5),
    ("пяти", 5),
    ("шесть", 6),
    ("шести", 6),
    ("семь", 7),
    ("семи", 7),
    ("восемь", 8),
    ("восьми", 8),
    ("девять", 9),
    ("девяти", 9),
    ("десять", 10),
    ("десяти", 10),
    ("одну", 1),
    ("трём", 3),
    ("трем", 3),
    ("четырём", 4),
    ("четырем", 4),
];

/// The digits of a count said in words, if `word` is one.
fn said_count(word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    SAID_COUNTS.iter().find(|(said, _)| *said == lower).map(|(_, n)| *n)
}

impl Site<'_> {
    /// `framework BANT pass three of four`: the counts of a pass rule said in words. The fix
    /// writes each of them, from `pass` to the `{`, as digits.
    pub(super) fn count_in_words(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.kind != Some("framework") || said_count(self.token_text()).is_none() {
            return None;
        }
        let line = line_start(self.text, token.start as usize).max(self.piece.start);
        let header_end = self.text[line..self.piece.end].find(['{', '\n']).map_or(self.piece.end, |i| line + i);
        let mut edits = Vec::new();
        let mut at = line;
        for word in self.text[line..header_end].split(|c: char| !scan::is_word_char(c)) {
            let start = at + self.text[at..header_end].find(word).unwrap_or(0);
            at = start + word.len();
            if let Some(n) = said_count(word).filter(|_| !word.is_empty() && start >= token.start as usize) {
                edits.push(Edit { span: Span::new(start, start + word.len()), replacement: n.to_string() });
            }
        }
        let first = edits.first()?.span;
        let last = edits.last()?.span;
        let whole = Span::new(first.start as usize, last.end as usize);
        let mut written = self.text[whole.range()].to_string();
        for edit in edits.iter().rev() {
            let (start, end) = (edit.span.start - whole.start, edit.span.end - whole.start);
            written.replace_range(start as usize..end as usize, &edit.replacement);
        }
        let shown = line_with(self.text, whole, &written);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-count-in-words", said = &self.text[whole.range()], written = written.as_str()),
            token,
            msg!("syntax-count-in-words-label", written = edits[0].replacement.as_str()),
        )
        .with_help(msg!("syntax-count-in-words-help", line = shown.trim_end_matches([' ', '{']).trim()))
        .with_fix(Fix {
            message: msg!("syntax-fix-write", replacement = written.as_str()),
            edits,
            applicability: Applicability::Safe,
        });
        Some(diagnostic)
    }
}

#[cfg(test)]
mod tests {
    use super::said_count;

    #[test]
    fn counts_are_read_in_the_forms_a_pass_rule_takes() {
        assert_eq!(said_count("three"), Some(3));
        assert_eq!(said_count("Четырёх"), Some(4));
        assert_eq!(said_count("трех"), Some(3));
        assert_eq!(said_count("budget"), None);
    }
}
