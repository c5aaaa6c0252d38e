//! Syntax errors about a comparison said around its value rather than with a sign before it:
//! `score is 30 or more`, `баллы 30 и более`, `employees 50 or fewer`, and `is` said for `=`
//! (`source is referral`, `decision_maker is yes`, `need is empty`). Each has one reading, so the
//! fix writes the language's sign.

use super::Site;
use super::clauses::code_line_end;
use super::places::{line_start, line_with, token_at};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::Rule;
use crate::syntax::scan;

/// Words after a value that make it a bound, longest first, and the sign they mean.
const AFTER_VALUE: [(&str, &str); 22] = [
    ("or greater", ">="),
    ("or higher", ">="),
    ("and above", ">="),
    ("and more", ">="),
    ("or above", ">="),
    ("or more", ">="),
    ("and below", "<="),
    ("or fewer", "<="),
    ("and less", "<="),
    ("or below", "<="),
    ("or lower", "<="),
    ("or less", "<="),
    ("и больше", ">="),
    ("или больше", ">="),
    ("или более", ">="),
    ("и более", ">="),
    ("и выше", ">="),
    ("и меньше", "<="),
    ("или меньше", "<="),
    ("или менее", "<="),
    ("и менее", "<="),
    ("и ниже", "<="),
];

/// The comparison operators, longest first.
const COMPARISONS: [&str; 6] = ["<=", ">=", "!=", "<", ">", "="];

/// What a field's value is said to be after `is`, for `is known` and `is unknown`.
const SAID_KNOWN: [(&str, &str); 11] = [
    ("not empty", "is known"),
    ("not blank", "is known"),
    ("not set", "is unknown"),
    ("not filled", "is unknown"),
    ("filled", "is known"),
    ("set", "is known"),
    ("present", "is known"),
    ("given", "is known"),
    ("empty", "is unknown"),
    ("blank", "is unknown"),
    ("missing", "is unknown"),
];

/// Whether `text` starts with `phrase` followed by the end of a word.
fn starts_with_word(text: &str, phrase: &str) -> bool {
    text.strip_prefix(phrase).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// Whether the token is a number as rules write it (`30`, `500_000`, `1.5`, `70%`).
fn is_number(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
        && token.chars().all(|c| c.is_ascii_digit() || matches!(c, '_' | '.' | '%'))
}

impl Site<'_> {
    /// `score is 30 or more`, `баллы 30 и более`, `timeline 30 days or less`: the bound said
    /// after the value; the fix writes the sign before it (`score >= 30`).
    pub(super) fn bound_after_value(&self) -> Option<Diagnostic> {
        if matches!(self.kind, None | Some("fields" | "use" | "example")) {
            return None;
        }
        let line = line_start(self.text, self.pos).max(self.piece.start);
        let line_end = code_line_end(self.text, line, self.piece.end);
        let mut at = line;
        while let Some(token) = super::clauses::next_token(self.text, at, line_end) {
            at = token.end as usize;
            if !is_number(&self.text[token.range()]) {
                continue;
            }
            // The value, with its unit (`30 days`), then the words of the bound.
            let mut value_end = token.end as usize;
            if let Some(unit) = super::clauses::next_token(self.text, value_end, line_end)
                && crate::syntax::time_unit(&self.text[unit.range()].to_lowercase()).is_some()
            {
                value_end = unit.end as usize;
            }
            let rest = &self.text[value_end..line_end];
            let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            let lower = rest[gap..].to_lowercase();
            if lower.len() != rest.len() - gap {
                return None;
            }
            let Some((phrase, op)) = AFTER_VALUE.iter().find(|(p, _)| starts_with_word(&lower, p)) else {
                continue;
            };
            let end = value_end + gap + phrase.len();
            // `is` before the value goes too: `score is 30 or more`.
            let before = self.text[line..token.start as usize].trim_end_matches([' ', '\t']);
            let is_len = ["is", "равно"]
                .into_iter()
                .find(|w| before.ends_with(w) && !before[..before.len() - w.len()].ends_with(scan::is_word_char))
                .map_or(0, str::len);
            let start = if is_len > 0 { line + before.len() - is_len } else { token.start as usize };
            if end < self.pos.min(line_end) || start > self.pos {
                continue;
            }
            let span = Span::new(start, end);
            let written = format!("{op} {}", &self.text[token.start as usize..value_end]);
            return Some(self.rewritten_bound(span, &written));
        }
        None
    }

    /// `source is referral`, `decision_maker is yes`, `need is empty`: `is` said for `=`, or for
    /// `is known` / `is unknown`; pest stops at the word after `is`, which it reads as the start
    /// of `known`.
    pub(super) fn is_for_equals(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if !self.has_any(&[Rule::kw_known, Rule::kw_unknown]) {
            return None;
        }
        let before = self.text[self.piece.start..token.start as usize].trim_end_matches([' ', '\t']);
        let word_end = self.piece.start + before.len();
        let is_start = word_end.checked_sub(2)?;
        if !before.ends_with("is") || before[..before.len() - 2].ends_with(scan::is_word_char) {
            return None;
        }
        let line_end = code_line_end(self.text, token.start as usize, self.piece.end);
        let rest = self.text[token.start as usize..line_end].to_lowercase();
        // A comparison said in words (`is not equal to`, `is at least`) and a typo of `known`
        // (`is knwon`) have diagnostics of their own.
        const SAID: [&str; 12] = [
            "equal",
            "not equal",
            "greater",
            "less",
            "more",
            "fewer",
            "at",
            "no less",
            "no more",
            "not known",
            "not unknown",
            "between",
        ];
        let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if SAID.iter().any(|w| starts_with_word(&rest, w))
            || crate::syntax::wording::similar(first, &["known", "unknown"]).is_some()
        {
            return None;
        }
        if let Some((said, meant)) = SAID_KNOWN.iter().find(|(said, _)| starts_with_word(&rest, said)) {
            let span = Span::new(is_start, token.start as usize + said.len());
            return Some(self.rewritten_bound(span, self.words.spell(meant)));
        }
        // `is not referral` is `!= referral`; `is referral` is `= referral`.
        let (op, value) = if starts_with_word(&rest, "not") {
            let after = token.end as usize;
            let gap = self.text[after..line_end].len() - self.text[after..line_end].trim_start().len();
            ("!=", token_at(self.text, after + gap, line_end)?)
        } else {
            ("=", token)
        };
        let value_text = &self.text[value.range()];
        if matches!(value_text.to_lowercase().as_str(), "known" | "unknown" | "at" | "more" | "less" | "between" | "in")
        {
            return None;
        }
        let span = Span::new(is_start, value.start as usize);
        let written = format!("{op} ");
        let diagnostic = self.rewritten_bound(span, &written);
        Some(diagnostic)
    }

    /// `30 <= score < 60`: two comparisons chained on one subject, as in mathematics. The
    /// language compares once per condition; the fix joins the two with `and`, repeating the
    /// subject: `30 <= score and score < 60`.
    pub(super) fn chained_comparison(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let second = self.token_text();
        if !COMPARISONS.contains(&second) {
            return None;
        }
        let line = line_start(self.text, token.start as usize).max(self.piece.start);
        let before = self.text[line..token.start as usize].trim_end_matches([' ', '\t']);
        let subject_len = before.len() - before.trim_end_matches(|c: char| scan::is_word_char(c) || c == '.').len();
        let subject = &before[before.len() - subject_len..];
        if !subject.starts_with(|c: char| c.is_alphabetic() || c == '_') {
            return None;
        }
        let before_subject = before[..before.len() - subject_len].trim_end_matches([' ', '\t']);
        if !COMPARISONS.iter().any(|op| before_subject.ends_with(op)) {
            return None;
        }
        let and = self.words.spell("and");
        let inserted = format!("{and} {subject} ");
        let at = Span::new(token.start as usize, token.start as usize);
        let shown = line_with(self.text, at, &inserted);
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-chained-comparison", subject = subject),
            token,
            msg!("syntax-chained-comparison-label", written = format!("{and} {subject} {second}")),
        )
        .with_help(msg!("syntax-chained-comparison-help", line = shown.as_str()))
        .with_fix(Fix::replace(at, inserted.as_str(), msg!("syntax-fix-write", replacement = inserted.trim())));
        Some(diagnostic)
    }

    /// The diagnostic for `span` said in words, written `written` by the fix.
    fn rewritten_bound(&self, span: Span, written: &str) -> Diagnostic {
        let said = &self.text[span.range()];
        let shown = line_with(self.text, span, written);
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        let meant = written.trim();
        Diagnostic::new(
            Code::Syntax,
            msg!("syntax-said-around-value", said = said.trim(), written = meant),
            span,
            msg!("syntax-said-comparison-label", op = meant),
        )
        .with_help(msg!("syntax-said-comparison-help", line = shown.as_str()))
        .with_fix(Fix::replace(span, written, msg!("syntax-fix-write", replacement = meant)))
    }
}
