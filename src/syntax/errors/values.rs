//! Syntax errors about a value written as people say it: a currency sign before an amount
//! (`$500,000`, `₽500 000`), a word where a number belongs (`importance high`, `вес высокий`), and
//! a list left open before the next word of its line (`industry in [gambling, finance else ...`).

use super::Site;
use super::places::{last_token_end, line_with};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::Rule;

/// Currency signs people type before an amount.
const CURRENCY_SIGNS: [char; 5] = ['$', '€', '₽', '£', '¥'];

/// Words for how much something matters, said where the language has a number.
const SAID_AMOUNTS: [&str; 18] = [
    "high",
    "medium",
    "low",
    "very",
    "critical",
    "important",
    "major",
    "minor",
    "высокая",
    "высокий",
    "средняя",
    "средний",
    "низкая",
    "низкий",
    "важно",
    "критично",
    "большой",
    "малый",
];

/// The words a number follows where one of [`SAID_AMOUNTS`] is written for it.
const NUMBER_WORDS: [&str; 6] = ["importance", "важность", "weight", "вес", "match", "совпадение"];

/// An amount as a US-style export writes it after a currency sign (`500,000`, `1,500,000.50`),
/// as rules write it (`500_000`, `1_500_000.50`); any other number as it is, if it is one.
fn amount_written(amount: &str) -> Option<String> {
    let (whole, decimals) = amount.split_once('.').map_or((amount, None), |(w, d)| (w, Some(d)));
    let groups: Vec<&str> = whole.split(',').collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let grouped = groups.len() > 1 && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    if !groups.iter().all(|g| digits(g)) || (groups.len() > 1 && !grouped) || !decimals.is_none_or(digits) {
        return None;
    }
    Some(match decimals {
        Some(d) => format!("{}.{d}", groups.join("_")),
        None => groups.join("_"),
    })
}

impl Site<'_> {
    /// `budget >= $500,000`: a currency sign before an amount. Money is written as the number
    /// alone; the fix takes the sign out and writes the digit groups with `_`.
    pub(super) fn currency_sign(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let sign = self.token_text().chars().next().filter(|c| CURRENCY_SIGNS.contains(c))?;
        let start = token.start as usize + sign.len_utf8();
        let rest = &self.text[start..self.piece.end];
        let len = rest.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(rest.len());
        let amount = rest[..len].trim_end_matches([',', '.']);
        let written = amount_written(amount)?;
        let span = Span::new(token.start as usize, start + amount.len());
        let shown = line_with(self.text, span, &written);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-currency-sign", written = &self.text[span.range()]),
            Span::new(token.start as usize, start),
            msg!("syntax-currency-sign-label"),
        )
        .with_help(msg!("syntax-currency-sign-help", line = shown.as_str()))
        .with_fix(Fix::replace(
            span,
            written.as_str(),
            msg!("syntax-fix-write", replacement = written.as_str()),
        ));
        Some(diagnostic)
    }

    /// `importance high`, `вес высокий`: a word for how much something matters where the
    /// language has a number. Which number is the committee's choice, so the help says how to
    /// choose and nothing is written.
    pub(super) fn amount_in_words(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let word = self.token_text().to_lowercase();
        if !self.has_any(&[Rule::number, Rule::percent, Rule::rating]) || !SAID_AMOUNTS.contains(&word.as_str()) {
            return None;
        }
        let before = self.text[self.piece.start..token.start as usize].trim_end_matches([' ', '\t']);
        let keyword = NUMBER_WORDS.iter().find(|k| before.ends_with(**k))?;
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-amount-in-words", word = self.token_text(), keyword = *keyword),
            token,
            msg!("syntax-amount-in-words-label"),
        )
        .with_help(msg!("syntax-amount-in-words-help", keyword = *keyword));
        Some(diagnostic)
    }

    /// `source = referral, website`, `industry != gambling, finance`: values listed after `=` or
    /// `!=` with commas, meaning "one of them" or "none of them". The fix writes the list the
    /// language's way: `source in [referral, website]`, `industry not in [gambling, finance]`.
    pub(super) fn values_after_equals(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.token_text() != "," || self.has(Rule::comma) {
            return None;
        }
        let line = super::places::line_start(self.text, token.start as usize).max(self.piece.start);
        let is_value = |w: &str| {
            w.starts_with(|c: char| c.is_alphanumeric() || c == '_')
                && w.chars().all(crate::syntax::scan::is_word_char)
                && !crate::syntax::wording::is_keyword_spelling(&w.to_lowercase())
        };
        // Back from the comma: the first value, its operator and the subject.
        let first_end = last_token_end(self.text, line, token.start as usize);
        let first_start = super::places::word_start(self.text, line, first_end);
        let before_first = self.text[line..first_start].trim_end_matches([' ', '\t']);
        let op = ["!=", "="].into_iter().find(|op| before_first.ends_with(op))?;
        let op_start = line + before_first.len() - op.len();
        if !is_value(&self.text[first_start..first_end])
            || self.text[line..op_start].trim_end().ends_with(['<', '>', '!'])
        {
            return None;
        }
        // Forward from the comma: more values, each after a comma.
        let line_end = super::clauses::code_line_end(self.text, token.start as usize, self.piece.end);
        let mut values = vec![&self.text[first_start..first_end]];
        let mut end = first_end;
        let mut at = token.start as usize;
        while self.text[at..line_end].starts_with(',') {
            let Some(value) = super::clauses::next_token(self.text, at + 1, line_end) else { break };
            if !is_value(&self.text[value.range()]) {
                return None;
            }
            values.push(&self.text[value.range()]);
            end = value.end as usize;
            at = end;
        }
        if values.len() < 2 {
            return None;
        }
        let list = format!("[{}]", values.join(", "));
        let written = match op {
            "=" => format!("{} {list}", self.words.spell("in")),
            _ => format!("{} {} {list}", self.words.spell("not"), self.words.spell("in")),
        };
        let span = Span::new(op_start, end);
        let shown = line_with(self.text, span, &written);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-values-after-equals", op = op, written = written.as_str()),
            token,
            msg!("syntax-values-after-equals-label"),
        )
        .with_help(msg!(
            "syntax-values-after-equals-help",
            line = shown.split_whitespace().collect::<Vec<_>>().join(" ")
        ))
        .with_fix(Fix::replace(
            span,
            written.as_str(),
            msg!("syntax-fix-write", replacement = written.as_str()),
        ));
        Some(diagnostic)
    }

    /// `require employees >= 10 "too small"`: a gate's reason without the `else` before it; the
    /// fix writes it.
    pub(super) fn reason_without_else(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.kind != Some("minimum") || !self.has_any(&[Rule::gate_reason, Rule::kw_else]) {
            return None;
        }
        if !self.token_text().starts_with('"') {
            return None;
        }
        let else_word = self.words.spell("else");
        let written = format!("{else_word} ");
        let at = Span::new(token.start as usize, token.start as usize);
        let shown = line_with(self.text, at, &written);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-reason-without-else", word = else_word),
            at,
            msg!("syntax-reason-without-else-label", word = else_word),
        )
        .with_help(msg!("syntax-reason-without-else-help", word = else_word, line = shown.as_str()))
        .with_fix(Fix::replace(at, written.as_str(), msg!("syntax-fix-write", replacement = else_word)));
        Some(diagnostic)
    }

    /// `industry in [gambling, finance else "..."`: a list that is not closed before the next
    /// word of its line, which pest reads as one more value. The fix closes it after its last value.
    pub(super) fn unclosed_list(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if !self.has(Rule::rbracket) && !self.has(Rule::comma) {
            return None;
        }
        let word = self.token_text().to_lowercase();
        let closing_words =
            ["else", "иначе", "because", "поскольку", "weight", "вес", "when", "когда", "and", "и", "or", "или"];
        if !closing_words.contains(&word.as_str()) {
            return None;
        }
        let line = super::places::line_start(self.text, token.start as usize).max(self.piece.start);
        let before = &self.text[line..token.start as usize];
        // A `[` on the line that no `]` closes.
        if before.matches('[').count() <= before.matches(']').count() {
            return None;
        }
        let end = last_token_end(self.text, line, token.start as usize);
        let at = Span::new(end, end);
        let shown = line_with(self.text, at, "]");
        let diagnostic =
            Diagnostic::new(Code::Syntax, msg!("syntax-unclosed-list"), at, msg!("syntax-unclosed-list-label"))
                .with_label(token, msg!("syntax-unclosed-list-word-label", word = self.token_text()))
                .with_help(msg!("syntax-unclosed-list-help", line = shown.as_str()))
                .with_fix(Fix::replace(at, "]", msg!("syntax-fix-write", replacement = "]")));
        Some(diagnostic)
    }
}

#[cfg(test)]
mod tests {
    use super::amount_written;

    #[test]
    fn an_amount_after_a_currency_sign_is_written_as_rules_write_it() {
        assert_eq!(amount_written("500,000").as_deref(), Some("500_000"));
        assert_eq!(amount_written("1,500,000.50").as_deref(), Some("1_500_000.50"));
        assert_eq!(amount_written("500").as_deref(), Some("500"));
        assert_eq!(amount_written("5,00"), None);
        assert_eq!(amount_written(""), None);
    }
}
