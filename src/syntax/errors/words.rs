//! Syntax errors about a word: an unknown unit of time or a currency after a number, a reserved
//! word where a name belongs.

use super::Site;
use super::places::{item_before, last_token_end, line_start, line_with, token_at};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::locale::Lang;
use crate::message::Arg;
use crate::msg;
use crate::span::Span;
use crate::syntax::grammar::Rule;
use crate::syntax::keywords::spell;
use crate::syntax::scan;
use crate::syntax::wording::RESERVED;

impl Site<'_> {
    /// `respond within 15` at the end of its line: the deadline's unit left out. pest notices only at the
    /// next line's first word (or the block's `}`), which it reads as the unit; the diagnostic
    /// points at the number instead and offers the units after it.
    pub(super) fn unit_left_out(&self) -> Option<Diagnostic> {
        if !self.has(Rule::time_unit) {
            return None;
        }
        let end = last_token_end(self.text, self.piece.start, self.pos);
        let next_line = self.text[end..self.pos].contains('\n');
        if !next_line && self.token.is_some() && self.token_text() != "}" {
            return None;
        }
        let before = &self.text[self.piece.start..end];
        // Digits, `_` and `.` are one byte each: the number starts just after the last other character.
        let start = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_' || c == '.').len();
        let number = &before[start..];
        if !number.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        // Only a deadline must have its unit; any other number may stand alone, and the next
        // line's word is then some other slip (`otherwise nurture`).
        let deadline = before[..start].split_whitespace().next_back().is_some_and(|w| matches!(w, "within" | "за"));
        if !deadline {
            return None;
        }
        let span = Span::new(self.piece.start + start, end);
        let value = number.replace('_', "").parse::<f64>().unwrap_or(5.0);
        let units: Vec<String> = ["seconds", "minutes", "hours", "days", "weeks", "months", "years"]
            .into_iter()
            .map(|unit| format!("{number} {}", self.words.unit(unit, value)))
            .collect();
        let mut diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-unit-left-out", number = number),
            span,
            msg!("syntax-unit-left-out-label"),
        )
        .with_help(msg!("syntax-deadline-units-help", units = Arg::any_of_quoted(&units)));
        for written in &units[1..5] {
            let fix = Fix::replace(span, written.as_str(), msg!("syntax-fix-write", replacement = written.as_str()));
            diagnostic = diagnostic.with_fix(fix.as_choice());
        }
        Some(diagnostic)
    }

    /// `30 dni`, `30 tage`: a word after a number where a unit of time may stand, that is no
    /// unit and no typo of one (those are `slips`'). pest stops at it, or, where a name may start
    /// the next entry (`timeframe : timeline <= 90 tage`), just after it. The help lists the
    /// units, written after the author's number in the file's language.
    pub(super) fn unknown_unit(&self) -> Option<Diagnostic> {
        let alphabetic = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
        let span = match self.token {
            Some(token) if self.has(Rule::time_unit) && alphabetic(self.token_text()) => token,
            _ => {
                let end = last_token_end(self.text, self.piece.start, self.pos);
                let before = &self.text[self.piece.start..end];
                let start = before
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !scan::is_word_char(*c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let word = &before[start..];
                if !alphabetic(word) || crate::syntax::wording::is_keyword_spelling(word) {
                    return None;
                }
                Span::new(self.piece.start + start, end)
            }
        };
        let word = &self.text[span.range()];
        // `3 мес.`: an abbreviated unit with its dot, which the language writes without one.
        if let Some(diagnostic) = self.unit_dot(span) {
            return Some(diagnostic);
        }
        // `a: 1 b: 2`: a name with its `:` after it starts the next entry (a comma is missing).
        if self.text[span.end as usize..self.piece.end].trim_start_matches([' ', '\t']).starts_with(':') {
            return None;
        }
        let before = &self.text[self.piece.start..span.start as usize];
        let gap = before.len() - before.trim_end_matches([' ', '\t']).len();
        let number_text =
            before[..before.len() - gap].rsplit(|c: char| !(c.is_ascii_digit() || c == '_' || c == '.')).next()?;
        if gap == 0 || !number_text.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if is_currency(word) {
            let number_end = span.start as usize - gap;
            let diagnostic = Diagnostic::new(
                Code::Syntax,
                msg!("syntax-currency", word = word),
                span,
                msg!("syntax-currency-label"),
            )
            .with_help(msg!("syntax-currency-help", number = number_text))
            .with_fix(Fix::replace(
                Span::new(number_end, span.end as usize),
                "",
                msg!("syntax-fix-remove-word", word = word),
            ));
            return Some(diagnostic);
        }
        // `1 сутки`, `1 quarter`: a time said in a unit the language does not have, written in
        // one it has (`1 день`, `3 months`).
        if let Some((factor, unit)) = said_unit(word)
            && let Ok(value) = number_text.replace('_', "").parse::<f64>()
        {
            let count = value * factor;
            let count_text = if count.fract() == 0.0 { format!("{}", count as i64) } else { format!("{count}") };
            let written = format!("{count_text} {}", self.words.unit(unit, count));
            let replaced = Span::new(span.start as usize - gap - number_text.len(), span.end as usize);
            let shown = line_with(self.text, replaced, &written);
            let diagnostic = Diagnostic::new(
                Code::Syntax,
                msg!("syntax-said-unit", word = word, written = written.as_str()),
                span,
                msg!("syntax-said-unit-label", written = written.as_str()),
            )
            .with_help(msg!("syntax-said-unit-help", line = shown.as_str()))
            .with_fix(Fix::replace(
                replaced,
                written.as_str(),
                msg!("syntax-fix-write", replacement = written.as_str()),
            ));
            return Some(diagnostic);
        }
        // `70 percent`, `70 процентов`: the percentage said in a word, written `70%`.
        if matches!(
            word.to_lowercase().as_str(),
            "percent" | "percents" | "pct" | "процент" | "процента" | "процентов" | "проц"
        ) {
            let number_end = span.start as usize - gap;
            let replaced = Span::new(number_end, span.end as usize);
            let written = format!("{number_text}%");
            let shown = line_with(self.text, replaced, "%");
            let diagnostic = Diagnostic::new(
                Code::Syntax,
                msg!("syntax-percent-word", word = word, written = written.as_str()),
                span,
                msg!("syntax-percent-word-label"),
            )
            .with_help(msg!("syntax-percent-word-help", line = shown.as_str()))
            .with_fix(Fix::replace(
                replaced,
                "%",
                msg!("syntax-fix-write", replacement = written.as_str()),
            ));
            return Some(diagnostic);
        }
        if is_count_word(word) {
            let number_end = span.start as usize - gap;
            let removed = Span::new(number_end, span.end as usize);
            let shown = line_with(self.text, removed, "");
            let diagnostic = Diagnostic::new(
                Code::Syntax,
                msg!("syntax-count-word", word = word, number = number_text),
                span,
                msg!("syntax-count-word-label"),
            )
            .with_help(msg!("syntax-count-word-help", line = shown.as_str()))
            .with_fix(Fix::replace(removed, "", msg!("syntax-fix-remove-word", word = word)));
            return Some(diagnostic);
        }
        let value = number_text.replace('_', "").parse::<f64>().unwrap_or(5.0);
        let units: Vec<String> = ["seconds", "minutes", "hours", "days", "weeks", "months", "years"]
            .into_iter()
            .map(|unit| format!("{number_text} {}", self.words.unit(unit, value)))
            .collect();
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-not-a-unit", word = word),
            span,
            msg!("syntax-not-a-unit-label"),
        )
        .with_help(msg!("syntax-units-help", units = Arg::any_of_quoted(&units)));
        Some(diagnostic)
    }

    /// `3 мес.`, `1 hour.`: an abbreviated unit with its dot, which the language writes without
    /// one; `None` when the word under `span` is not a unit followed by a dot.
    pub(super) fn unit_dot(&self, span: Span) -> Option<Diagnostic> {
        let word = &self.text[span.range()];
        if !crate::syntax::slips::is_unit_word(word) || !self.text[span.end as usize..].starts_with('.') {
            return None;
        }
        let dot = Span::new(span.end as usize, span.end as usize + 1);
        let line = line_start(self.text, span.start as usize).max(self.piece.start);
        let written = item_before(self.text, line, span.end as usize);
        let number = written.rsplit(|c: char| c.is_whitespace()).nth(1).unwrap_or("");
        let diagnostic =
            Diagnostic::new(Code::Syntax, msg!("syntax-unit-dot", word = word), dot, msg!("syntax-unit-dot-label"))
                .with_help(msg!("syntax-unit-dot-help", written = format!("{number} {word}").trim()))
                .with_fix(Fix::replace(dot, "", msg!("syntax-fix-remove-word", word = ".")));
        Some(diagnostic)
    }

    /// A reserved word where a name was expected.
    pub(super) fn reserved_word(&self) -> Option<Diagnostic> {
        let name_rules = [Rule::ident, Rule::field_decl, Rule::fw_criterion, Rule::class_rule, Rule::temp_rule];
        let word = self.token_text();
        if !self.has_any(&name_rules) {
            return None;
        }
        if let Some(diagnostic) = self.otherwise_before_name() {
            return Some(diagnostic);
        }
        // A reserved word, or the Russian spelling of one (`вес` for `weight`).
        let reserved = RESERVED.contains(&word)
            || crate::syntax::keywords::KEYWORDS
                .iter()
                .any(|(en, ru)| *ru == word && en.split(' ').all(|part| RESERVED.contains(&part)));
        if !reserved {
            return None;
        }
        if matches!(word, "when" | "otherwise") && matches!(self.kind, Some("classify" | "temperature")) {
            let example =
                if self.kind == Some("classify") { "SQL when score >= 60" } else { "hot when timeline <= 30 days" };
            let diagnostic = self
                .error(msg!("syntax-name-before", word = word), msg!("syntax-name-missing-label"))
                .with_help(msg!("syntax-name-first-help", example = Arg::code(example)));
            return Some(diagnostic);
        }
        let diagnostic = self
            .error(msg!("syntax-reserved-word", word = word), msg!("syntax-reserved-word-label"))
            .with_help(msg!("syntax-reserved-word-help", word = word));
        Some(diagnostic)
    }
}

impl Site<'_> {
    /// `otherwise nurture` (or `иначе nurture` in a Russian-keyword file) in `classify` or
    /// `temperature`: the catch-all keyword written before the name it belongs after. The fix
    /// swaps the two words: `nurture otherwise`.
    fn otherwise_before_name(&self) -> Option<Diagnostic> {
        let kind = self.kind.filter(|kind| matches!(*kind, "classify" | "temperature"))?;
        let token = self.token?;
        let word = self.token_text();
        if word != "otherwise" && word != spell(Lang::Ru, "otherwise") {
            return None;
        }
        let after = &self.text[token.end as usize..self.piece.end];
        let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
        let name = token_at(self.text, token.end as usize + gap, self.piece.end).filter(|_| gap > 0)?;
        let name_text = &self.text[name.range()];
        let is_name = name_text.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && name_text.chars().all(scan::is_word_char);
        if !is_name || crate::syntax::wording::is_keyword_spelling(name_text) {
            return None;
        }
        let both = Span::new(token.start as usize, name.end as usize);
        let swapped = format!("{name_text} {word}");
        let diagnostic = self
            .error(msg!("syntax-name-before", word = word), msg!("syntax-name-after-label", word = word))
            .with_help(msg!(
                "syntax-name-comes-first-help",
                kind = kind,
                written = line_with(self.text, both, &swapped)
            ))
            .with_fix(Fix::replace(both, &swapped, msg!("syntax-fix-write", replacement = swapped.as_str())));
        Some(diagnostic)
    }
}

/// A currency written after an amount (`500_000 руб`): money is written as the number alone.
/// A unit of time the language does not have, as how many of one it has (`сутки`: 1 day,
/// `quarter`: 3 months).
fn said_unit(word: &str) -> Option<(f64, &'static str)> {
    match word.to_lowercase().as_str() {
        "сутки" | "суток" => Some((1.0, "days")),
        "quarter" | "quarters" | "квартал" | "квартала" | "кварталов" => Some((3.0, "months")),
        "fortnight" | "fortnights" => Some((2.0, "weeks")),
        "полугодие" | "полугодия" => Some((6.0, "months")),
        _ => None,
    }
}

/// Whether `word`, after a number, names what is counted (`10 employees`, `30 баллов`): a count
/// or an amount of points, which rules write as the number alone.
fn is_count_word(word: &str) -> bool {
    const COUNTED: [&str; 24] = [
        "points",
        "point",
        "pts",
        "pt",
        "employees",
        "employee",
        "people",
        "persons",
        "staff",
        "leads",
        "items",
        "баллов",
        "балла",
        "балл",
        "очков",
        "очка",
        "человек",
        "сотрудников",
        "сотрудника",
        "сотрудник",
        "чел",
        "лидов",
        "штук",
        "шт",
    ];
    COUNTED.contains(&word.to_lowercase().as_str())
}

pub(super) fn is_currency(word: &str) -> bool {
    const CURRENCIES: [&str; 16] = [
        "руб",
        "рублей",
        "рубля",
        "рубль",
        "р",
        "rub",
        "rur",
        "usd",
        "eur",
        "euro",
        "dollars",
        "долларов",
        "евро",
        "тыс",
        "k",
        "тр",
    ];
    CURRENCIES.contains(&word.to_lowercase().as_str())
}

impl Site<'_> {
    /// `one of "ИТ"; "розница"`: the CRM's spellings written as the values, a spreadsheet's `;`
    /// perhaps between them. The values are names with their spellings in parentheses, separated
    /// by `,`; the list is offered so, each value named after its spelling (a choice: the names
    /// are the author's to pick).
    pub(super) fn quoted_values(&self) -> Option<Diagnostic> {
        let token = self.token?;
        if self.kind != Some("fields") || !self.has(Rule::ident) || !self.token_text().starts_with('"') {
            return None;
        }
        let before = self.text[self.piece.start..token.start as usize].trim_end();
        let one_of = [spell(Lang::En, "one of"), spell(Lang::Ru, "one of")]
            .into_iter()
            .find(|one_of| before.ends_with(one_of))?;
        let mut at = token.start as usize;
        let mut values: Vec<&str> = Vec::new();
        let mut end = at;
        while let Some((crate::syntax::lex::Lexeme::Text { closed: true }, range)) =
            crate::syntax::lex::lexemes(&self.text[..self.piece.end], at).next()
        {
            values.push(&self.text[range.start + 1..range.end - 1]);
            end = range.end;
            let rest = &self.text[end..self.piece.end];
            let after = rest.trim_start_matches([' ', '\t']);
            let Some(next) = after.strip_prefix([',', ';']) else { break };
            let next = next.trim_start();
            if !next.starts_with('"') {
                break;
            }
            at = self.piece.end - next.len();
        }
        let items: Vec<String> = values.iter().map(|value| format!("{} (\"{value}\")", value_name(value))).collect();
        let list = items.join(", ");
        let example = format!("{one_of} {list}");
        let span = Span::new(token.start as usize, end);
        let diagnostic = self
            .error(msg!("syntax-one-of-texts", one_of = one_of), msg!("syntax-one-of-texts-label"))
            .with_help(msg!("syntax-one-of-texts-help", example = example.as_str()))
            .with_fix(
                Fix::replace(span, list.clone(), msg!("syntax-fix-write", replacement = list.as_str())).as_choice(),
            );
        Some(diagnostic)
    }
}

/// A name for a `one of` value from its spelling: `розница` for "Розница", `азартные_игры` for
/// "азартные игры" (letters and digits kept, lower case, anything else one `_`).
fn value_name(spelling: &str) -> String {
    let mut name = String::new();
    for c in spelling.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('_') {
            name.push('_');
        }
    }
    let name = name.trim_end_matches('_').to_string();
    match name.chars().next() {
        Some(c) if c.is_alphabetic() => name,
        _ => format!("_{name}"),
    }
}
