//! Syntax errors about a percentage or a count written the way people say it where the language
//! wants another form: `weight 20%` (a weight is a plain number), `expect score 30%` (points),
//! `pass 75%` (a count of criteria), `pass 3 out of 4` or `зачёт минимум 3` (the pass rule's own
//! words), `size 20% of budget` (a share is a multiplication). Each is certain, so each carries
//! the fix that writes it.

use super::Site;
use super::places::{last_token_end, line_start, line_with, token_at};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::span::Span;

/// Keywords whose number is a plain number, never a percentage.
const PLAIN_NUMBER_WORDS: [&str; 4] = ["weight", "вес", "importance", "важность"];
/// The keyword of a pass rule, in either language.
const PASS_WORDS: [&str; 3] = ["pass", "зачёт", "зачет"];
/// Ways of saying "at least" before a pass rule's count, longest first.
const AT_LEAST_SAID: [&str; 14] = [
    "no less than",
    "not less than",
    "at minimum",
    "at least",
    "minimum",
    "min",
    "по крайней мере",
    "как минимум",
    "хотя бы",
    "не меньше",
    "не менее",
    "минимум",
    "мин",
    "от",
];
/// Ways of saying "of" between a pass rule's two counts.
const OF_SAID: [&str; 6] = ["out of", "of", "из", "/", "from", "от"];

/// The word before `end` on its line (`weight` in `weight 20`), with its span.
fn word_before(text: &str, line: usize, end: usize) -> Option<(Span, &str)> {
    let word_end = last_token_end(text, line, end);
    let before = &text[line..word_end];
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(line, |i| line + i + before[i..].chars().next().map_or(1, char::len_utf8));
    (start < word_end).then(|| (Span::new(start, word_end), &text[start..word_end]))
}

/// The number that ends at `end` (spaces before `end` skipped): its start.
fn number_before(text: &str, line: usize, end: usize) -> Option<usize> {
    let before = text[line..end].trim_end_matches([' ', '\t']);
    let digits = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_' || c == '.' || c == ',');
    (digits.len() < before.len() && before[digits.len()..].starts_with(|c: char| c.is_ascii_digit()))
        .then_some(line + digits.len())
}

/// Whether `text` starts with `phrase` followed by the end of a word.
fn starts_with_word(text: &str, phrase: &str) -> bool {
    text.strip_prefix(phrase).is_some_and(|after| {
        !phrase.ends_with(|c: char| c.is_alphanumeric())
            || !after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
    })
}

/// A whole number at the start of `text` and its length.
fn count_at(text: &str) -> Option<(u32, usize)> {
    let len = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    (len > 0).then(|| text[..len].parse().ok().map(|n| (n, len))).flatten()
}

/// How many criteria the framework block after `from` lists: lines that start `name :`.
fn criteria_listed(text: &str, from: usize, to: usize) -> usize {
    let Some(open) = text[from..to].find('{') else { return 0 };
    text[from + open + 1..to]
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            let name = line.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(line.len());
            name > 0 && line[name..].trim_start().starts_with(':')
        })
        .count()
}

impl Site<'_> {
    /// `weight 20%`, `importance 20%`, `expect score 30%`, `pass 75%`: a `%` after a number that
    /// is a weight, points or a count of criteria.
    pub(super) fn percent_for_number(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.token_text() != "%" {
            return None;
        }
        let line = line_start(self.text, token.start as usize).max(self.piece.start);
        let number = number_before(self.text, line, token.start as usize)?;
        let number_end = last_token_end(self.text, line, token.start as usize);
        let (_, keyword) = word_before(self.text, line, number)?;
        let keyword_lower = keyword.to_lowercase();
        let percent_span = Span::new(number_end, token.end as usize);
        if PASS_WORDS.contains(&keyword_lower.as_str()) && self.kind == Some("framework") {
            return Some(self.pass_percent(Span::new(number, token.end as usize)));
        }
        let is_score = || {
            let (word, name) = word_before(self.text, line, number).map(|(s, w)| (s, w.to_lowercase()))?;
            if matches!(name.as_str(), "score" | "баллы") {
                return Some(());
            }
            let (_, score) = word_before(self.text, line, word.start as usize)?;
            matches!(score.to_lowercase().as_str(), "score" | "баллы").then_some(())
        };
        let (message, help) = if PLAIN_NUMBER_WORDS.contains(&keyword_lower.as_str()) {
            ("syntax-percent-weight", "syntax-percent-weight-help")
        } else if self.kind == Some("example") && is_score().is_some() {
            ("syntax-percent-expected-score", "syntax-percent-points-help")
        } else {
            return None;
        };
        let shown = line_with(self.text, percent_span, "");
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            crate::message::Message::new(message).arg("keyword", keyword),
            token,
            msg!("syntax-percent-after-number-label"),
        )
        .with_help(crate::message::Message::new(help).arg("line", shown.as_str()))
        .with_fix(Fix::replace(percent_span, "", msg!("syntax-fix-remove-percent")));
        Some(diagnostic)
    }

    /// `pass 75%`: the share of the criteria, written as the count it comes to (`pass 3 of 4`).
    fn pass_percent(&self, span: Span) -> Diagnostic {
        let written = &self.text[span.range()];
        let percent: f64 =
            written.trim_end_matches('%').trim().replace('_', "").replace(',', ".").parse().unwrap_or(-1.0);
        let count = criteria_listed(self.text, span.end as usize, self.piece.end);
        let diagnostic =
            Diagnostic::new(Code::Syntax, msg!("syntax-pass-percent"), span, msg!("syntax-pass-percent-label"));
        if count == 0 || percent <= 0.0 || percent > 100.0 {
            let example = format!("3 {} 4", self.words.spell("of"));
            return diagnostic.with_help(msg!("syntax-pass-percent-unknown-help", example = example.as_str()));
        }
        let met = (percent * count as f64 / 100.0 - 1e-9).ceil().max(1.0) as usize;
        let rule = format!("{met} {} {count}", self.words.spell("of"));
        let shown = line_with(self.text, span, &rule);
        diagnostic
            .with_help(msg!(
                "syntax-pass-percent-help",
                percent = written,
                count = count,
                met = met,
                line = shown.as_str()
            ))
            .with_fix(Fix::replace(span, rule.as_str(), msg!("syntax-fix-write", replacement = rule.as_str())))
    }

    /// `pass 3 out of 4`, `pass 3/4`, `зачёт 3 из 4 критериев`, `pass minimum 3`, `зачёт хотя бы
    /// 3`: a pass rule said in words the language does not have.
    pub(super) fn said_pass_rule(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.kind != Some("framework") {
            return None;
        }
        let header_end =
            self.text[self.piece.start..self.piece.end].find('{').map_or(self.piece.end, |i| self.piece.start + i);
        if token.start as usize > header_end {
            return None;
        }
        let header = &self.text[self.piece.start..header_end];
        let lower = header.to_lowercase();
        if lower.len() != header.len() {
            return None;
        }
        let pass_at = PASS_WORDS.iter().find_map(|w| {
            lower
                .match_indices(w)
                .map(|(i, _)| i)
                .find(|&i| {
                    let before_ok = i == 0 || !lower[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                    before_ok && starts_with_word(&lower[i..], w)
                })
                .map(|i| (i, w.len()))
        })?;
        let start = pass_at.0 + pass_at.1;
        let rule_text = lower[start..].trim_start();
        let rule_start = self.piece.start + start + (lower[start..].len() - rule_text.len());
        let rule_text = rule_text.trim_end();
        let rule_end = rule_start + rule_text.len();
        let of = self.words.spell("of");
        let (all, any) = (self.words.spell("all"), self.words.spell("any"));
        let rewritten = pass_rule_meant(rule_text, of, self.words.spell("at least"), all, any)?;
        let span = Span::new(rule_start, rule_end);
        let said = &self.text[span.range()];
        let shown = line_with(self.text, span, &rewritten);
        Some(
            Diagnostic::new(
                Code::Syntax,
                msg!("syntax-said-pass-rule", said = said, written = rewritten.as_str()),
                span,
                msg!("syntax-said-pass-rule-label", written = rewritten.as_str()),
            )
            .with_help(msg!("syntax-said-pass-rule-help", line = shown.as_str()))
            .with_fix(Fix::replace(
                span,
                rewritten.as_str(),
                msg!("syntax-fix-write", replacement = rewritten.as_str()),
            )),
        )
    }

    /// `size 20% of budget` (`размер 20% от бюджет`): a share of an amount, which the language
    /// writes as a multiplication, `size budget * 20%`.
    pub(super) fn share_of_amount(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.kind != Some("deal") {
            return None;
        }
        let said_of = matches!(self.token_text().to_lowercase().as_str(), "of" | "from" | "от" | "из");
        let line = line_start(self.text, token.start as usize).max(self.piece.start);
        let percent_end = last_token_end(self.text, line, token.start as usize);
        if !self.text[..percent_end].ends_with('%') {
            return None;
        }
        let percent_start = number_before(self.text, line, percent_end - 1)?;
        let (_, size) = word_before(self.text, line, percent_start)?;
        if !matches!(size.to_lowercase().as_str(), "size" | "размер") {
            return None;
        }
        // `size 20% of budget`, or `size 20% budget` with the amount right after it.
        let amount_start = if said_of { token.end as usize } else { token.start as usize };
        let line_end =
            self.text[amount_start..self.piece.end].find(['\n', '#', '}']).map_or(self.piece.end, |i| amount_start + i);
        let amount_end = last_token_end(self.text, amount_start, line_end);
        let amount = self.text[amount_start..amount_end].trim();
        if amount.is_empty() || token_at(self.text, amount_end - amount.len(), amount_end).is_none() {
            return None;
        }
        let percent = self.text[percent_start..percent_end].replace(' ', "");
        let amount = if amount.contains(['+', '-', ' ']) { format!("({amount})") } else { amount.to_string() };
        let written = format!("{amount} * {percent}");
        let span = Span::new(percent_start, amount_end);
        let shown = line_with(self.text, span, &written);
        Some(
            Diagnostic::new(
                Code::Syntax,
                msg!("syntax-share-of-amount", said = &self.text[span.range()]),
                span,
                msg!("syntax-share-of-amount-label", written = written.as_str()),
            )
            .with_help(msg!("syntax-share-of-amount-help", line = shown.as_str()))
            .with_fix(Fix::replace(
                span,
                written.as_str(),
                msg!("syntax-fix-write", replacement = written.as_str()),
            )),
        )
    }
}

/// The pass rule `said` (lower-cased) means, in the file's words (`of`, `at least`); `None` when
/// it is not a pass rule said another way.
fn pass_rule_meant(said: &str, of: &str, at_least: &str, all: &str, any: &str) -> Option<String> {
    let words: Vec<&str> = said.split_whitespace().collect();
    let joined = words.join(" ");
    // `3 out of 4`, `3/4`, `3 of 4 criteria`, `3 из 4 критериев`
    if let Some((met, len)) = count_at(&joined) {
        let rest = joined[len..].trim_start();
        for word in OF_SAID {
            if !starts_with_word(rest, word) {
                continue;
            }
            let after = rest[word.len()..].trim_start();
            let (all, len) = count_at(after)?;
            let tail = after[len..].trim();
            let plain = word == of && tail.is_empty();
            return (!plain && !tail.contains(' ')).then(|| format!("{met} {of} {all}"));
        }
        // `3 criteria`, `3 критерия`
        let tail = rest.trim();
        return (!tail.is_empty() && !tail.contains(' ') && tail.chars().all(char::is_alphabetic))
            .then(|| format!("{at_least} {met}"));
    }
    // `all criteria`, `все критерии`, `any one`, `любой из них`: the word the language has.
    let first = words.first().copied().unwrap_or("");
    if words.len() > 1 {
        if matches!(first, "all" | "все" | "всех" | "every" | "each") {
            return Some(all.to_string());
        }
        if matches!(first, "any" | "любой" | "любая" | "любое" | "один") {
            return Some(any.to_string());
        }
    }
    for word in AT_LEAST_SAID {
        if !starts_with_word(&joined, word) {
            continue;
        }
        let after = joined[word.len()..].trim_start();
        let (met, len) = count_at(after)?;
        let rest = after[len..].trim_start();
        // `at least 3 of 4`: the count of all is said too.
        for of_word in OF_SAID {
            if starts_with_word(rest, of_word) {
                let (all, _) = count_at(rest[of_word.len()..].trim_start())?;
                return Some(format!("{met} {of} {all}"));
            }
        }
        let plain = word == at_least && rest.is_empty();
        return (!plain && !rest.contains(' ')).then(|| format!("{at_least} {met}"));
    }
    None
}
