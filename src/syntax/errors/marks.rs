//! Syntax errors about a mark or a word written where the language has none, or missing where
//! it needs one: a `:` after a class name (`nurture: otherwise`), a multiplier said for a weight
//! (`weight x2`, `вес х2`), spaces around the dot of a reference (`BANT . budget`), and a
//! `playbook` line with no text. The first three have one reading, so their fix writes it.

use super::Site;
use super::places::{last_token_end, line_start, line_with};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::Rule;
use crate::syntax::scan;

/// The words a weight or an importance follows, in either language.
const WEIGHT_WORDS: [&str; 4] = ["weight", "вес", "importance", "важность"];

/// The letters and signs people write for "times": Latin and Cyrillic `x`, `×`, `*`.
const TIMES: [char; 5] = ['x', 'X', 'х', 'Х', '×'];

/// A multiplier written at the start of `text`: `x2`, `х 2`, `×2`, `2x`, `2х`, `*2`: its length
/// and the number in it.
fn multiplier(text: &str) -> Option<(usize, &str)> {
    let digits_at = |s: &str| s.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_')).unwrap_or(s.len());
    let first = text.chars().next()?;
    if TIMES.contains(&first) || first == '*' {
        let after = &text[first.len_utf8()..];
        let rest = after.trim_start_matches([' ', '\t']);
        let gap = after.len() - rest.len();
        let digits = digits_at(rest);
        let end = first.len_utf8() + gap + digits;
        let ends_word = !text[end..].starts_with(|c: char| scan::is_word_char(c));
        return (digits > 0 && ends_word).then(|| (end, &rest[..digits]));
    }
    let digits = digits_at(text);
    let sign = text[digits..].chars().next().filter(|c| TIMES.contains(c))?;
    let end = digits + sign.len_utf8();
    let ends_word = !text[end..].starts_with(|c: char| scan::is_word_char(c));
    (digits > 0 && ends_word).then(|| (end, &text[..digits]))
}

impl Site<'_> {
    /// `nurture: otherwise`, `SQL: when ...`: a `:` after the name of a class or a temperature,
    /// which the language does not write; the fix takes it out.
    pub(super) fn colon_after_name(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.token_text() != ":" || !self.has(Rule::kw_when) {
            return None;
        }
        let before = self.text[self.piece.start..token.start as usize].trim_end_matches([' ', '\t']);
        let name_len = before.len() - before.trim_end_matches(scan::is_word_char).len();
        if name_len == 0 {
            return None;
        }
        let name = &before[before.len() - name_len..];
        let shown = line_with(self.text, token, "");
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-colon-after-name", name = name),
            token,
            msg!("syntax-colon-after-name-label"),
        )
        .with_help(msg!("syntax-colon-after-name-help", line = shown.as_str()))
        .with_fix(Fix::replace(token, "", msg!("syntax-fix-remove-word", word = ":")));
        Some(diagnostic)
    }

    /// `weight x2`, `вес х2`, `weight 2x`, `importance ×3`: a multiplier where the language has a
    /// plain number, on the line where the parser stopped or the line before it (`2x` reads as a
    /// weight `2` and a new line `x`). The fix writes the number.
    pub(super) fn multiplier_weight(&self) -> Option<Diagnostic> {
        let line = line_start(self.text, self.pos).max(self.piece.start);
        // The last line with code before this one (blank lines and comments skipped).
        let previous_end = last_token_end(self.text, self.piece.start, line);
        let previous = line_start(self.text, previous_end.saturating_sub(1)).max(self.piece.start);
        let line_end = self.text[self.pos..self.piece.end].find('\n').map_or(self.piece.end, |i| self.pos + i);
        let region = &self.text[previous..line_end];
        let word_starts = region
            .char_indices()
            .map(|(i, _)| i)
            .filter(|&i| region[..i].chars().next_back().is_none_or(|c| !scan::is_word_char(c)));
        for start in word_starts {
            let Some(word) = WEIGHT_WORDS.iter().find(|w| {
                region[start..]
                    .strip_prefix(**w)
                    .is_some_and(|after| after.starts_with([' ', '\t']) || after.starts_with(TIMES))
            }) else {
                continue;
            };
            let after = &region[start + word.len()..];
            let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
            let Some((len, number)) = multiplier(&after[gap..]) else { continue };
            let span_start = previous + start + word.len() + gap;
            let span = Span::new(span_start, span_start + len);
            if span.start as usize > self.pos {
                continue;
            }
            let written = &self.text[span.range()];
            let shown = line_with(self.text, span, number);
            let diagnostic = Diagnostic::new(
                Code::Syntax,
                msg!("syntax-multiplier-weight", word = *word, written = written),
                span,
                msg!("syntax-multiplier-weight-label", number = number),
            )
            .with_help(msg!("syntax-multiplier-weight-help", line = shown.as_str()))
            .with_fix(Fix::replace(span, number, msg!("syntax-fix-write", replacement = number)));
            return Some(diagnostic);
        }
        None
    }

    /// `BANT . budget`, `BANT .budget`, `BANT. budget`: spaces around the dot of a reference,
    /// which the language writes as one word; the fix takes them out.
    pub(super) fn spaced_dot(&self) -> Option<Diagnostic> {
        let line = line_start(self.text, self.pos).max(self.piece.start);
        let line_end = self.text[self.pos..self.piece.end].find('\n').map_or(self.piece.end, |i| self.pos + i);
        // The dot is at the stop or just before it, past spaces.
        let before = self.text[line..self.pos].trim_end_matches([' ', '\t']);
        let dot = if self.text[self.pos..line_end].starts_with('.') {
            self.pos
        } else if before.ends_with('.') {
            line + before.len() - 1
        } else {
            return None;
        };
        let left = self.text[line..dot].trim_end_matches([' ', '\t']);
        let name_len = left.len() - left.trim_end_matches(scan::is_word_char).len();
        let name = &left[left.len() - name_len..];
        // `500 тыс. руб.`: a word after a number is a unit or an abbreviation, not a reference.
        let before_name = left[..left.len() - name_len].trim_end_matches([' ', '\t']);
        if !name.starts_with(|c: char| c.is_alphabetic() || c == '_')
            || before_name.ends_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        let right = &self.text[dot + 1..line_end];
        let gap = right.len() - right.trim_start_matches([' ', '\t']).len();
        let member_len = right[gap..].find(|c: char| !scan::is_word_char(c)).unwrap_or(right.len() - gap);
        let member = &right[gap..gap + member_len];
        if !member.starts_with(|c: char| c.is_alphabetic() || c == '_') || (gap == 0 && line + left.len() == dot) {
            return None;
        }
        let span = Span::new(line + left.len(), dot + 1 + gap);
        let joined = format!("{name}.{member}");
        let whole = Span::new(line + left.len() - name_len, dot + 1 + gap + member_len);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-spaced-dot", written = &self.text[whole.range()]),
            span,
            msg!("syntax-spaced-dot-label"),
        )
        .with_help(msg!("syntax-spaced-dot-help", joined = joined.as_str()))
        .with_fix(Fix::replace(span, ".", msg!("syntax-fix-write", replacement = joined.as_str())));
        Some(diagnostic)
    }

    /// `nurture otherwise,`, `respond within 1 hour.`: a `,` or `.` at the end of a line, where
    /// the language writes nothing; the fix takes it out.
    pub(super) fn line_end_mark(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let mark = self.token_text();
        if !matches!(mark, "," | ".") || self.kind.is_none() {
            return None;
        }
        let line_end = super::clauses::code_line_end(self.text, token.end as usize, self.piece.end);
        if !self.text[token.end as usize..line_end].trim().is_empty() {
            return None;
        }
        // The line before the mark must hold something of its own: `,` alone on a line is another slip.
        let line = line_start(self.text, token.start as usize).max(self.piece.start);
        if self.text[line..token.start as usize].trim().is_empty() {
            return None;
        }
        // `3 мес.`: the dot of an abbreviated unit has a diagnostic of its own.
        let word_begin = super::places::word_start(self.text, line, token.start as usize);
        if mark == "."
            && let Some(diagnostic) = self.unit_dot(Span::new(word_begin, token.start as usize))
        {
            return Some(diagnostic);
        }
        let shown = line_with(self.text, token, "");
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-line-end-mark", mark = mark),
            token,
            msg!("syntax-line-end-mark-label"),
        )
        .with_help(msg!("syntax-line-end-mark-help", line = shown.as_str()))
        .with_fix(Fix::replace(token, "", msg!("syntax-fix-remove-word", word = mark)));
        Some(diagnostic)
    }

    /// `source = cold call`, `role = decision maker`: a value of two words after `=` or `!=`,
    /// on the line where the parser stopped or the line before it (the second word reads as the
    /// start of the next line). Two readings, so two choices and no fix of its own: the value
    /// of a `one of` field joined with `_`, or a text in quotes.
    pub(super) fn two_word_value(&self) -> Option<Diagnostic> {
        if matches!(self.kind, None | Some("fields" | "use")) {
            return None;
        }
        let line = line_start(self.text, self.pos).max(self.piece.start);
        let previous_end = last_token_end(self.text, self.piece.start, line);
        let previous = line_start(self.text, previous_end.saturating_sub(1)).max(self.piece.start);
        let mut operators = Vec::new();
        for from in if previous < line { vec![previous, line] } else { vec![line] } {
            let end = super::clauses::code_line_end(self.text, from, self.piece.end);
            let mut at = from;
            while let Some(token) = super::clauses::next_token(self.text, at, end) {
                at = token.end as usize;
                if matches!(&self.text[token.range()], "=" | "!=") {
                    operators.push(token);
                }
            }
        }
        for op in operators {
            let line_of_op = super::clauses::code_line_end(self.text, op.end as usize, self.piece.end);
            let Some(first) = super::clauses::next_token(self.text, op.end as usize, line_of_op) else { continue };
            let Some(second) = super::clauses::next_token(self.text, first.end as usize, line_of_op) else { continue };
            let (one, two) = (&self.text[first.range()], &self.text[second.range()]);
            let is_name = |w: &str| {
                w.starts_with(|c: char| c.is_alphabetic())
                    && w.chars().all(scan::is_word_char)
                    && !crate::syntax::wording::is_keyword_spelling(&w.to_lowercase())
            };
            if !is_name(one) || !is_name(two) || (second.start as usize) > self.pos {
                continue;
            }
            let span = Span::new(first.start as usize, second.end as usize);
            let joined = format!("{one}_{two}");
            let quoted = format!("\"{one} {two}\"");
            let mut diagnostic = Diagnostic::new(
                Code::Syntax,
                msg!("syntax-two-word-value", written = &self.text[span.range()]),
                span,
                msg!("syntax-two-word-value-label"),
            )
            .with_help(msg!(
                "syntax-two-word-value-help",
                joined = joined.as_str(),
                quoted = quoted.as_str()
            ));
            for choice in [&joined, &quoted] {
                let fix = Fix::replace(span, choice.as_str(), msg!("syntax-fix-write", replacement = choice.as_str()));
                diagnostic = diagnostic.with_fix(fix.as_choice());
            }
            return Some(diagnostic);
        }
        None
    }

    /// A `playbook` (`сценарий`) with no text after it, alone at the end of its line: pest reads
    /// the next line as its text and stops there; the report points at the word itself.
    pub(super) fn empty_playbook(&self) -> Option<Diagnostic> {
        if !self.has(Rule::string) {
            return None;
        }
        let before = self.text[self.piece.start..self.pos].trim_end();
        let word_len = before.len() - before.trim_end_matches(scan::is_word_char).len();
        let word = &before[before.len() - word_len..];
        if !matches!(word, "playbook" | "сценарий") {
            return None;
        }
        let end = self.piece.start + before.len();
        // Only a line that ends with the word: a text on the same line is another slip.
        let next_line = self.text[end..self.pos].contains('\n');
        if !next_line && self.token.is_some() && self.token_text() != "}" {
            return None;
        }
        let span = Span::new(end - word_len, end);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-empty-playbook", word = word),
            span,
            msg!("syntax-empty-playbook-label"),
        )
        .with_help(msg!("syntax-empty-playbook-help", word = word));
        Some(diagnostic)
    }
}

#[cfg(test)]
mod tests {
    use super::multiplier;

    #[test]
    fn a_multiplier_is_read_in_every_spelling() {
        assert_eq!(multiplier("x2"), Some((2, "2")));
        assert_eq!(multiplier("х2 "), Some((3, "2")));
        assert_eq!(multiplier("× 3"), Some((4, "3")));
        assert_eq!(multiplier("2x"), Some((2, "2")));
        assert_eq!(multiplier("*2"), Some((2, "2")));
        assert_eq!(multiplier("xy"), None);
        assert_eq!(multiplier("2xl"), None);
        assert_eq!(multiplier("2"), None);
    }
}
