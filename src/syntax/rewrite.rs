//! The author's own condition with the operators of other languages (`&&`, `&&&`, `||`, `!`)
//! written as the words of this one (`and`, `or`, `not`; `и`, `или`, `не` in a file written with
//! Russian keywords): the syntax error's help shows the condition rewritten whole, and its fix
//! makes every edit of it at once.
//!
//! The condition is the part of the operator's line between the word that starts it (`when`,
//! `require`, `reject`, `size`, or the `:` of a criterion; the line's start otherwise) and the
//! word that ends it (`else`, `because`, `playbook`, `respond`, `weight`, a comma of a deal's
//! ratings, a comment). Text in quotes is never touched.

use super::keywords::spell;
use super::lex::{self, Lexeme};
use super::scan;
use crate::diagnostic::Edit;
use crate::locale::Lang;
use crate::span::Span;

/// Words after which a condition starts, in both spellings.
const STARTS: [&str; 10] =
    ["when", "require", "reject", "size", "когда", "требуется", "отклоняется", "размер", "if", "если"];

/// Words before which a condition ends, in both spellings.
const ENDS: [&str; 12] = [
    "else",
    "because",
    "playbook",
    "respond",
    "weight",
    "otherwise",
    "иначе",
    "поскольку",
    "сценарий",
    "ответить",
    "вес",
    "importance",
];

/// A condition rewritten with the words of the language.
#[derive(Clone, Debug, PartialEq)]
pub struct Rewrite {
    /// The whole condition as it reads once fixed.
    pub condition: String,
    /// One edit per operator replaced (absolute spans of the text).
    pub edits: Vec<Edit>,
}

/// The condition around the operator at `at` (absolute, inside `[from, to)`, the piece),
/// rewritten with the keywords of `lang`; `None` when no operator of another language is in it.
pub fn words_for_operators(text: &str, from: usize, to: usize, at: usize, lang: Lang) -> Option<Rewrite> {
    let line_start = text[from..at].rfind('\n').map_or(from, |i| from + i + 1);
    let line_end = text[at..to].find('\n').map_or(to, |i| at + i);
    let line_end = if text[..line_end].ends_with('\r') { line_end - 1 } else { line_end };
    let (start, end) = condition_bounds(text, line_start, line_end, at);
    let mut edits: Vec<Edit> = Vec::new();
    let mut run: Option<usize> = None;
    for (lexeme, range) in lex::lexemes(&text[..end], start).chain(std::iter::once((Lexeme::Code(' '), end..end))) {
        let operator = matches!(lexeme, Lexeme::Code('&' | '|' | '!'));
        match (operator, run) {
            (true, None) => run = Some(range.start),
            (false, Some(begin)) => {
                run = None;
                let after_bang = matches!(lexeme, Lexeme::Code('='));
                if let Some(edit) = operator_edit(text, begin, range.start, after_bang, lang) {
                    edits.push(edit);
                }
            }
            _ => {}
        }
    }
    if edits.is_empty() {
        return None;
    }
    let mut condition = String::new();
    let mut copied = start;
    for edit in &edits {
        condition.push_str(&text[copied..edit.span.start as usize]);
        condition.push_str(&edit.replacement);
        copied = edit.span.end as usize;
    }
    condition.push_str(&text[copied..end]);
    let condition = condition.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Rewrite { condition, edits })
}

/// The condition holding `edit`'s span (absolute, inside the piece `[from, to)`) as it reads
/// with `edit` made, spaces run together: the help of a one-token slip (`==`, `=>`, `≥`) shows
/// the author's own condition fixed.
pub fn condition_with(text: &str, from: usize, to: usize, edit: &Edit) -> String {
    let at = edit.span.start as usize;
    let line_start = text[from..at].rfind('\n').map_or(from, |i| from + i + 1);
    let line_end = text[at..to].find('\n').map_or(to, |i| at + i);
    let (start, end) = condition_bounds(text, line_start, line_end, at);
    let end = end.max(edit.span.end as usize);
    let written = format!("{}{}{}", &text[start..at], edit.replacement, &text[edit.span.end as usize..end]);
    written.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The word for the operator written at `begin..end`, with the spaces it needs around it;
/// `None` for `!=` (an operator of the language) or a mix of signs.
fn operator_edit(text: &str, begin: usize, end: usize, before_equals: bool, lang: Lang) -> Option<Edit> {
    let written = &text[begin..end];
    let english = if written.chars().all(|c| c == '&') {
        "and"
    } else if written.chars().all(|c| c == '|') {
        "or"
    } else if written == "!" && !before_equals {
        "not"
    } else {
        return None;
    };
    let word = spell(lang, english);
    let spaced_before = text[..begin].ends_with(|c: char| c.is_whitespace() || c == '(');
    let spaced_after = text[end..].starts_with(|c: char| c.is_whitespace() || c == ')');
    let before = if spaced_before { "" } else { " " };
    let after = if spaced_after { "" } else { " " };
    Some(Edit { span: Span::new(begin, end), replacement: format!("{before}{word}{after}") })
}

/// Where the condition holding `at` starts and ends on its line `[line_start, line_end)`.
pub fn condition_bounds(text: &str, line_start: usize, line_end: usize, at: usize) -> (usize, usize) {
    let mut start = line_start;
    let mut end = line_end;
    let mut word_start: Option<usize> = None;
    let mut depth = 0usize;
    let mut started = false;
    let words =
        lex::lexemes(&text[..line_end], line_start).chain(std::iter::once((Lexeme::Code(' '), line_end..line_end)));
    for (lexeme, range) in words {
        let word_char = matches!(lexeme, Lexeme::Code(c) if scan::is_word_char(c));
        if word_char {
            word_start.get_or_insert(range.start);
            continue;
        }
        if let Some(begin) = word_start.take() {
            let word = &text[begin..range.start];
            if range.start <= at && STARTS.contains(&word) {
                start = range.start;
                started = true;
            } else if begin > at && ENDS.contains(&word) {
                end = begin;
                break;
            }
        }
        match lexeme {
            // The `:` after a criterion's name (not one inside a time of day).
            Lexeme::Code(':') if range.start < at && depth == 0 && !started => {
                start = range.end;
                started = true;
            }
            Lexeme::Code('(' | '[') => depth += 1,
            Lexeme::Code(')' | ']') => depth = depth.saturating_sub(1),
            Lexeme::Code(',') if range.start > at && depth == 0 => {
                end = range.start;
                break;
            }
            Lexeme::Comment if range.start > at => {
                end = range.start;
                break;
            }
            _ => {}
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(text: &str, lang: Lang) -> Option<String> {
        let at = text.find(['&', '|', '!'])?;
        words_for_operators(text, 0, text.len(), at, lang).map(|r| r.condition)
    }

    #[test]
    fn the_authors_condition_is_rewritten_with_words() {
        let line = "  SQL when BANT passes && score >= 60 playbook \"call\"\n";
        assert_eq!(rewrite(line, Lang::En).as_deref(), Some("BANT passes and score >= 60"));
        let line = "  hot when timeline <= 30 days &&& decision_maker respond within 15 minutes";
        assert_eq!(rewrite(line, Lang::En).as_deref(), Some("timeline <= 30 days and decision_maker"));
        let line = "  require employees >= 10 || !decision_maker else \"small\"";
        assert_eq!(rewrite(line, Lang::En).as_deref(), Some("employees >= 10 or not decision_maker"));
    }

    #[test]
    fn a_russian_file_gets_the_russian_words() {
        let line = "  SQL когда BANT проходит||баллы >= 60";
        assert_eq!(rewrite(line, Lang::Ru).as_deref(), Some("BANT проходит или баллы >= 60"));
        let line = "  budget : !(budget != 0)";
        assert_eq!(rewrite(line, Lang::Ru).as_deref(), Some("не (budget != 0)"));
    }

    #[test]
    fn one_operator_is_shown_in_the_authors_condition() {
        let line = "  require employees => 10     else \"too small\"\n";
        let at = line.find("=>").unwrap_or(0);
        let edit = Edit { span: Span::new(at, at + 2), replacement: ">=".into() };
        assert_eq!(condition_with(line, 0, line.len(), &edit), "employees >= 10");
        let line = "  timeframe : timeline ≥ 90 days\n";
        let at = line.find('≥').unwrap_or(0);
        let edit = Edit { span: Span::new(at, at + '≥'.len_utf8()), replacement: ">=".into() };
        assert_eq!(condition_with(line, 0, line.len(), &edit), "timeline >= 90 days");
    }

    #[test]
    fn quoted_text_and_not_equal_are_left_alone() {
        let line = "  +5 when need contains \"a && b\" && budget != 0";
        let at = line.rfind("&&").unwrap_or(0);
        let r = words_for_operators(line, 0, line.len(), at, Lang::En).expect("rewritten");
        assert_eq!(r.condition, "need contains \"a && b\" and budget != 0");
        assert_eq!(r.edits.len(), 1);
    }
}
