//! Syntax errors about a word written the way people say it where the language has a sign or
//! another word: `and` between an example's expectations (a comma), `= [a, b]` (`in`),
//! `= unknown` (`is unknown`), `at least 10` or `не менее 10` (`>=`), `else` for `otherwise`, a
//! colon or a `when` a keyword takes none of (`expect class: SQL`, `require when ...`).
//! Each is certain, so each carries the fix that writes it.

use super::Site;
use super::places::{last_token_end, line_with, token_at, word_start};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::locale::Lang;
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::Rule;
use crate::syntax::keywords::spell;
use crate::syntax::scan;

/// Comparisons said in words, and the operator each is written with. The longer phrase of two
/// with the same start comes first (`больше или равно` before `больше`).
const SAID_COMPARISONS: [(&str, &str); 34] = [
    ("is not equal to", "!="),
    ("not equal to", "!="),
    ("does not equal", "!="),
    ("is equal to", "="),
    ("equal to", "="),
    ("equals", "="),
    ("не равно", "!="),
    ("не равен", "!="),
    ("не равна", "!="),
    ("равно", "="),
    ("равен", "="),
    ("равна", "="),
    ("больше чем", ">"),
    ("меньше чем", "<"),
    ("более чем", ">"),
    ("менее чем", "<"),
    ("at least", ">="),
    ("at most", "<="),
    ("no less than", ">="),
    ("no more than", "<="),
    ("more than", ">"),
    ("greater than", ">"),
    ("less than", "<"),
    ("fewer than", "<"),
    ("не менее", ">="),
    ("не более", "<="),
    ("не меньше", ">="),
    ("не больше", "<="),
    ("больше или равно", ">="),
    ("меньше или равно", "<="),
    ("более", ">"),
    ("больше", ">"),
    ("менее", "<"),
    ("меньше", "<"),
];

/// The catch-all of a class or temperature line, or of a rating, said in words other than
/// `otherwise` (`иначе`).
const CATCH_ALL_PHRASES: [&str; 40] = [
    "если ничего не подошло",
    "если ничего не сработало",
    "когда ничего не подошло",
    "для всех остальных",
    "для остальных",
    "всем остальным",
    "все прочие",
    "все другие",
    "остальным",
    "for all other leads",
    "for all others",
    "for everyone else",
    "for the others",
    "everyone else",
    "all others",
    "во всех остальных случаях",
    "во всех других случаях",
    "в остальных случаях",
    "в других случаях",
    "в противном случае",
    "в любом другом случае",
    "в остальном",
    "по умолчанию",
    "все остальные",
    "остальные",
    "прочие",
    "всегда",
    "in all other cases",
    "in any other case",
    "in every other case",
    "in other cases",
    "for everything else",
    "for all the rest",
    "everything else",
    "anything else",
    "by default",
    "the rest",
    "default",
    "always",
    "else",
];

/// Bounds said with a preposition, and the operator each is written with.
const SAID_BOUNDS: [(&str, &str); 18] = [
    ("в пределах", "<="),
    ("в течение", "<="),
    ("within", "<="),
    ("minimum", ">="),
    ("maximum", "<="),
    ("min", ">="),
    ("max", "<="),
    ("максимум", "<="),
    ("минимум", ">="),
    ("up to", "<="),
    ("over", ">"),
    ("above", ">"),
    ("under", "<"),
    ("below", "<"),
    ("свыше", ">"),
    ("от", ">="),
    ("до", "<="),
    ("from", ">="),
];

impl Site<'_> {
    /// `expect class MQL and temperature cold`: `and` (`и`) joining an example's expectations,
    /// which are separated by commas. The fix writes a comma for every such word of the line.
    pub(super) fn expectation_connective(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let word = self.token_text();
        if self.kind != Some("example") || !matches!(word, "and" | "и") || !self.has_any(&[Rule::comma, Rule::rbrace])
        {
            return None;
        }
        let expect = [spell(Lang::En, "expect"), spell(Lang::Ru, "expect")];
        let line = super::places::line_start(self.text, token.start as usize).max(self.piece.start);
        let before = &self.text[line..token.start as usize];
        if !expect.iter().any(|e| before.split_whitespace().any(|w| w == *e)) {
            return None;
        }
        let line_end = self.text[token.start as usize..self.piece.end]
            .find(['\n', '}', '#'])
            .map_or(self.piece.end, |i| token.start as usize + i);
        let mut edits: Vec<Span> = Vec::new();
        let mut at = token.start as usize;
        while at < line_end {
            match token_at(self.text, at, line_end) {
                Some(next) => {
                    if &self.text[next.range()] == word {
                        let gap = last_token_end(self.text, line, next.start as usize);
                        edits.push(Span::new(gap, next.end as usize));
                    }
                    at = next.end as usize;
                }
                None => at += self.text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        let first = *edits.first()?;
        let mut written = String::new();
        let mut from = line;
        for edit in &edits {
            written.push_str(&self.text[from..edit.start as usize]);
            written.push(',');
            from = edit.end as usize;
        }
        written.push_str(&self.text[from..line_end]);
        let written = written.trim().to_string();
        let mut fix = Fix::replace(first, ",", msg!("syntax-fix-write", replacement = ","));
        for edit in &edits[1..] {
            fix.edits.push(crate::diagnostic::Edit { span: *edit, replacement: ",".to_string() });
        }
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-expectation-connective", word = word),
            token,
            msg!("syntax-expectation-connective-label"),
        )
        .with_help(msg!("syntax-expectation-connective-help", line = written.as_str()))
        .with_fix(fix);
        Some(diagnostic)
    }

    /// `role = [ceo, cto]`: a list after `=` (or `!=`), which `in` (`not in`) compares with.
    pub(super) fn list_after_equals(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.token_text() != "[" {
            return None;
        }
        let before = self.text[self.piece.start..token.start as usize].trim_end();
        let op = ["!=", "<>", "="].into_iter().find(|op| before.ends_with(op))?;
        let op_span = Span::new(self.piece.start + before.len() - op.len(), self.piece.start + before.len());
        let words = self.words.0;
        let written = if op == "=" {
            spell(words, "in").to_string()
        } else {
            format!("{} {}", spell(words, "not"), spell(words, "in"))
        };
        let line = line_with(self.text, op_span, &written);
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-list-after-equals", op = op, written = written.as_str()),
            op_span,
            msg!("syntax-list-after-equals-label", written = written.as_str()),
        )
        .with_label(token, msg!("syntax-list-after-equals-list-label"))
        .with_help(msg!("syntax-list-after-equals-help", line = line.as_str()))
        .with_fix(Fix::replace(
            op_span,
            written.as_str(),
            msg!("syntax-fix-write", replacement = written.as_str()),
        ));
        Some(diagnostic)
    }

    /// `budget = unknown`: an empty value tested with `=` (or `!=`), which the language tests
    /// with `is unknown` (`is known`).
    pub(super) fn equals_unknown(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let word = self.token_text();
        let unknown = matches!(word, "unknown" | "неизвестно");
        if !unknown && !matches!(word, "known" | "известно") {
            return None;
        }
        let before = self.text[self.piece.start..token.start as usize].trim_end();
        let op = ["!=", "<>", "="].into_iter().find(|op| before.ends_with(op))?;
        let op_start = self.piece.start + before.len() - op.len();
        let gap = last_token_end(self.text, self.piece.start, op_start);
        let span = Span::new(gap, token.end as usize);
        let meant_unknown = unknown == (op == "=");
        let words = self.words.0;
        let keyword = match (meant_unknown, words) {
            (true, Lang::Ru) => " неизвестно".to_string(),
            (false, Lang::Ru) => " известно".to_string(),
            (true, Lang::En) => " is unknown".to_string(),
            (false, Lang::En) => " is known".to_string(),
        };
        let line = line_with(self.text, span, &keyword);
        let written = keyword.trim();
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-equals-unknown", written = &self.text[Span::new(op_start, token.end as usize).range()]),
            Span::new(op_start, token.end as usize),
            msg!("syntax-equals-unknown-label", written = written),
        )
        .with_help(msg!("syntax-equals-unknown-help", line = line.as_str()))
        .with_fix(Fix::replace(span, keyword.as_str(), msg!("syntax-fix-write", replacement = written)));
        Some(diagnostic)
    }

    /// Where a phrase said in words may start, with the start of its line: at the word pest
    /// stopped at, or at the one before it (`не менее` is read as far as `не`).
    fn phrase_starts(&self) -> Option<(usize, Vec<usize>)> {
        let at = self.token?.start as usize;
        let line = super::places::line_start(self.text, at).max(self.piece.start);
        let previous = last_token_end(self.text, line, at);
        let previous_start = word_start(self.text, line, previous);
        let starts = [previous_start, at].into_iter().filter(|&start| start < previous || start == at).collect();
        Some((line, starts))
    }

    /// `employees at least 10`, `employees не менее 10`, `employees больше 10`: a comparison
    /// said in words where the language writes its sign.
    pub(super) fn said_comparison(&self) -> Option<Diagnostic> {
        let (line, starts) = self.phrase_starts()?;
        for start in starts {
            let rest = &self.text[start..self.piece.end];
            let lower = rest.to_lowercase();
            for (phrase, op) in SAID_COMPARISONS {
                let Some(after) = lower.strip_prefix(phrase) else { continue };
                let value = after.trim_start_matches([' ', '\t']);
                if after.len() == value.len() || value.starts_with(['\n', '\r', '#']) || value.is_empty() {
                    continue;
                }
                // A comparison has its subject before it on the line: `employees at least 10`.
                if last_token_end(self.text, line, start) <= line {
                    continue;
                }
                // Lower-casing keeps the length of these phrases: the span is the phrase.
                let span = Span::new(start, start + phrase.len());
                let said = &self.text[span.range()];
                let replaced = format!("{op} ");
                let shown = line_with(
                    self.text,
                    Span::new(start, start + phrase.len() + (after.len() - value.len())),
                    &replaced,
                );
                let diagnostic = Diagnostic::new(
                    Code::Syntax,
                    msg!("syntax-said-comparison", said = said, op = op),
                    span,
                    msg!("syntax-said-comparison-label", op = op),
                )
                .with_help(msg!("syntax-said-comparison-help", line = shown.as_str()))
                .with_fix(Fix::replace(span, op, msg!("syntax-fix-write", replacement = op)));
                return Some(diagnostic);
            }
        }
        None
    }

    /// `nurture else`, `nurture в остальных случаях`, `nurture when otherwise`, `иначе` said
    /// another way in a deal rating (`, в остальных случаях 10%`): the catch-all of a class or
    /// temperature line, or of a rating, written with words that are not `otherwise`.
    pub(super) fn catch_all_word(&self) -> Option<Diagnostic> {
        let token = self.token?;
        let in_line = self.has(Rule::kw_when) && self.has(Rule::kw_otherwise);
        let in_rating = self.kind == Some("deal") && self.has_any(&[Rule::percent, Rule::rating, Rule::kw_otherwise]);
        let line = super::places::line_start(self.text, token.start as usize).max(self.piece.start);
        // `nurture when otherwise`, `nurture when anything else`: `when` before the catch-all,
        // which takes none; the parser stops at the catch-all or inside it.
        let when_before = match self.kind {
            Some("classify" | "temperature") if !in_line => {
                let code = &self.text[line..token.start as usize];
                let mut words = code.split_whitespace();
                let (name, when) = (words.next(), words.next());
                let is_when = when.is_some_and(|w| matches!(w.to_lowercase().as_str(), "when" | "когда"));
                match (name, is_when) {
                    (Some(name), true) if !name.contains(['{', '}']) => {
                        let at = line + code.find(name).map_or(0, |i| i + name.len());
                        let when_at = at + self.text[at..].find(|c: char| !c.is_whitespace()).unwrap_or(0);
                        Some(when_at)
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if !in_line && !in_rating && when_before.is_none() {
            return None;
        }
        let phrase_at = match when_before {
            Some(when_at) => {
                let after = when_at + self.text[when_at..].find(char::is_whitespace).unwrap_or(0);
                after + (self.text[after..].len() - self.text[after..].trim_start_matches([' ', '\t']).len())
            }
            None => token.start as usize,
        };
        let rest = &self.text[phrase_at..self.piece.end];
        let lower = rest.to_lowercase();
        if lower.len() != rest.len() {
            return None;
        }
        let mut phrases: Vec<&str> = CATCH_ALL_PHRASES.to_vec();
        if when_before.is_some() {
            phrases.extend(["otherwise", "иначе"]);
        }
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let phrase = phrases.into_iter().find(|p| {
            lower.strip_prefix(p).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        })?;
        let start = when_before.unwrap_or(token.start as usize);
        let span = Span::new(start, phrase_at + phrase.len());
        if (span.end as usize) < token.start as usize {
            return None;
        }
        let word = &self.text[span.range()];
        let otherwise = self.words.spell("otherwise");
        let shown = line_with(self.text, span, otherwise);
        let (message, help) = if in_rating && !in_line {
            ("syntax-catch-all-rating", "syntax-catch-all-rating-help")
        } else {
            ("syntax-catch-all-word", "syntax-catch-all-word-help")
        };
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            crate::message::Message::new(message).arg("word", word).arg("otherwise", otherwise),
            span,
            msg!("syntax-catch-all-word-label", otherwise = otherwise),
        )
        .with_help(crate::message::Message::new(help).arg("line", shown.as_str()))
        .with_fix(Fix::replace(span, otherwise, msg!("syntax-fix-write", replacement = otherwise)));
        Some(diagnostic)
    }

    /// `employees от 10`, `timeline до 30 дней`, `employees over 10`, `employees от 50 до 5_000`:
    /// a bound said with a preposition, written with its sign (a range with `between`).
    pub(super) fn said_bound(&self) -> Option<Diagnostic> {
        if matches!(self.kind, None | Some("fields" | "use" | "parameters")) {
            return None;
        }
        let (line, starts) = self.phrase_starts()?;
        for start in starts {
            // A bound has its subject before it on the line: `employees от 10`.
            let subject_end = last_token_end(self.text, line, start);
            if subject_end <= line || !self.text[..subject_end].ends_with(|c: char| scan::is_word_char(c) || c == ')') {
                continue;
            }
            let subject_start = word_start(self.text, line, subject_end);
            let subject = self.text[subject_start..subject_end].to_lowercase();
            // The score is a keyword and a value: `баллы от 30 до 59` has a subject.
            let is_keyword = crate::syntax::keywords::KEYWORDS.iter().any(|(en, ru)| *en == subject || *ru == subject);
            // `respond within` is the language's own; `respond` is no subject.
            if (is_keyword && !matches!(subject.as_str(), "score" | "баллы"))
                || matches!(subject.as_str(), "respond" | "ответить")
            {
                continue;
            }
            let rest = &self.text[start..self.piece.end];
            let lower = rest.to_lowercase();
            if lower.len() != rest.len() {
                return None;
            }
            if let Some(found) = self.said_range(start, &lower) {
                return Some(found);
            }
            for (phrase, op) in SAID_BOUNDS {
                let Some(after) = lower.strip_prefix(phrase) else { continue };
                let value = after.trim_start_matches([' ', '\t']);
                if after.len() == value.len() || value.starts_with(['\n', '\r', '#']) || value.is_empty() {
                    continue;
                }
                let span = Span::new(start, start + phrase.len());
                let said = &self.text[span.range()];
                let shown = line_with(self.text, span, op);
                return Some(
                    Diagnostic::new(
                        Code::Syntax,
                        msg!("syntax-said-comparison", said = said, op = op),
                        span,
                        msg!("syntax-said-comparison-label", op = op),
                    )
                    .with_help(msg!("syntax-said-comparison-help", line = shown.as_str()))
                    .with_fix(Fix::replace(span, op, msg!("syntax-fix-write", replacement = op))),
                );
            }
        }
        None
    }

    /// A number token with the groups of three digits typed after it with spaces (`5 000`,
    /// `1 500 000`): the span of all of it and the number as rules write it (`5_000`). Any other
    /// token is itself.
    fn spaced_groups(&self, token: Span) -> (Span, String) {
        let first = &self.text[token.range()];
        let mut written = first.to_string();
        let mut end = token.end as usize;
        if !first.chars().all(|c| c.is_ascii_digit()) || first.len() > 3 {
            return (token, written);
        }
        while let Some(group) =
            token_at(self.text, end + 1, self.piece.end).filter(|_| self.text[end..].starts_with(' ')).filter(|g| {
                let digits = &self.text[g.range()];
                digits.len() == 3 && digits.chars().all(|c| c.is_ascii_digit())
            })
        {
            written.push('_');
            written.push_str(&self.text[group.range()]);
            end = group.end as usize;
        }
        (Span::new(token.start as usize, end), written)
    }

    /// `от 50 до 5_000`, `from 50 to 5_000` at `start` (`lower` is the text from there,
    /// lower-cased): the range written with `between`.
    fn said_range(&self, start: usize, lower: &str) -> Option<Diagnostic> {
        let (from, to) = [("от", "до"), ("from", "to")]
            .into_iter()
            .find(|(from, _)| lower.strip_prefix(from).is_some_and(|after| after.starts_with([' ', '\t'])))?;
        let first_at = start
            + from.len()
            + (lower[from.len()..].len() - lower[from.len()..].trim_start_matches([' ', '\t']).len());
        let first = token_at(self.text, first_at, self.piece.end)?;
        let (first, first_written) = self.spaced_groups(first);
        let to_word = super::clauses_next_token(self.text, first.end as usize, self.piece.end)?;
        let (first_end, to_word) = if self.text[to_word.range()].to_lowercase() == to {
            (first.end as usize, to_word)
        } else {
            // A unit after the first value: `от 10 дней до 30 дней`.
            let after = super::clauses_next_token(self.text, to_word.end as usize, self.piece.end)?;
            (to_word.end as usize, after)
        };
        if self.text[to_word.range()].to_lowercase() != to {
            return None;
        }
        let second = super::clauses_next_token(self.text, to_word.end as usize, self.piece.end)?;
        let (second, second_written) = self.spaced_groups(second);
        let mut second_end = second.end as usize;
        let mut second_unit = String::new();
        if let Some(unit) = super::clauses_next_token(self.text, second_end, self.piece.end)
            && crate::syntax::time_unit(&self.text[unit.range()].to_lowercase()).is_some()
        {
            second_unit = format!(" {}", &self.text[unit.range()]);
            second_end = unit.end as usize;
        }
        let starts_value = |t: &str| t.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '-');
        if !starts_value(&self.text[first.range()]) || !starts_value(&self.text[second.range()]) {
            return None;
        }
        let (between, and) = (self.words.spell("between"), self.words.spell("and"));
        // The first value with what follows it up to `до` (a unit), numbers grouped as rules write them.
        let first_rest = &self.text[first.end as usize..first_end];
        let written = format!("{between} {first_written}{first_rest} {and} {second_written}{second_unit}");
        let span = Span::new(start, second_end);
        let shown = line_with(self.text, span, &written);
        Some(
            Diagnostic::new(
                Code::Syntax,
                msg!("syntax-said-range", said = &self.text[span.range()], written = written.as_str()),
                span,
                msg!("syntax-said-comparison-label", op = written.as_str()),
            )
            .with_help(msg!("syntax-said-comparison-help", line = shown.as_str()))
            .with_fix(Fix::replace(
                span,
                written.as_str(),
                msg!("syntax-fix-write", replacement = written.as_str()),
            )),
        )
    }

    /// `expect class: SQL`, `require when employees >= 10`: a colon or a `when` after a keyword
    /// that takes none; the fix removes it.
    pub(super) fn needless_word(&self) -> Option<Diagnostic> {
        const EXPECTATIONS: [&str; 10] = [
            "class",
            "temperature",
            "score",
            "fit",
            "grade",
            "класс",
            "температура",
            "баллы",
            "соответствие",
            "оценка",
        ];
        const GATES: [&str; 4] = ["require", "reject", "требуется", "отклоняется"];
        const CLAUSE_KEYWORDS: [&str; 12] = [
            "weight",
            "вес",
            "playbook",
            "сценарий",
            "within",
            "за",
            "importance",
            "важность",
            "match",
            "совпадение",
            "size",
            "размер",
        ];
        let token = self.token?;
        let word = self.token_text();
        let line = super::places::line_start(self.text, token.start as usize).max(self.piece.start);
        let keyword_end = last_token_end(self.text, line, token.start as usize);
        let keyword_start = word_start(self.text, line, keyword_end);
        let keyword = &self.text[keyword_start..keyword_end];
        let needless = match self.kind {
            Some("example") => word == ":" && EXPECTATIONS.contains(&keyword),
            Some("minimum") => matches!(word, "when" | "когда") && GATES.contains(&keyword),
            // `weight: 2`, `playbook: "call"`, `importance: 5`, `respond within: 15 minutes`,
            // `size = budget`, `weight = 3`.
            Some("profile" | "classify" | "temperature" | "deal") => {
                matches!(word, ":" | "=") && CLAUSE_KEYWORDS.contains(&keyword)
            }
            _ => false,
        };
        if !needless {
            return None;
        }
        let after = &self.text[token.end as usize..self.piece.end];
        let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
        let removed = if word == ":" { token } else { Span::new(token.start as usize, token.end as usize + gap) };
        let shown = line_with(self.text, removed, "");
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-needless-word", word = word, keyword = keyword),
            token,
            msg!("syntax-needless-word-label"),
        )
        .with_help(msg!("syntax-needless-word-help", line = shown.as_str()))
        .with_fix(Fix::replace(removed, "", msg!("syntax-fix-remove-word", word = word)));
        Some(diagnostic)
    }
}
