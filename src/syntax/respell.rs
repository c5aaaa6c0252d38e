//! Program text written with English keywords, respelt with Russian ones: what a message shows
//! of the language (`nurture otherwise`, `{ $expr } is known`, `timeline <= 90 days`) when the
//! file it is about is written in Russian keywords (`nurture иначе`, `... известно`,
//! `timeline <= 90 дней`).
//!
//! Token-aware, by the table of [`KEYWORDS`](super::keywords::KEYWORDS): texts in quotes are kept
//! as they are; the longest phrase of the table wins (`is known` → `известно`, `at least` →
//! `не менее`, `in days` → `в днях`, `one of` → `один из`); a word after a dot is a member
//! (`ICP.fit` → `ICP.соответствие`, `deal.size` → `сделка.размер`) and only the built-in members
//! change there; a unit after a number takes the form the number asks for (`1 день`,
//! `90 дней`); every other word (a name, a Russian word, a capitalised word of prose) is kept.
//! Russian keywords read in the same word order as English ones wherever a message quotes code,
//! so no word is moved.

use super::keywords::{BUILT_IN_MEMBERS, KEYWORDS, russian_unit};
use super::lex::{ESCAPE, QUOTE};
use super::scan::is_word_char;

/// Where a stretch of code starts, for the form of a unit written first in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Before {
    /// Nothing, or what the stretch itself shows.
    Nothing,
    /// A value shown in its place (a number a message fills in): a unit first in the stretch
    /// follows it, and takes the form for "many" (`дней`), which every count reads.
    Value,
}

/// `code` with its English keywords in Russian; quoted texts are kept.
pub fn to_russian(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 2);
    let mut rest = code;
    let mut before = Before::Nothing;
    while let Some(quote) = rest.find(QUOTE) {
        out.push_str(&words_to_russian(&rest[..quote], before));
        let end = string_end(rest, quote);
        out.push_str(&rest[quote..end]);
        rest = &rest[end..];
        before = Before::Nothing;
    }
    out.push_str(&words_to_russian(rest, before));
    out
}

/// The byte just after the string that opens at `quote` (or the end of `text`, unclosed).
fn string_end(text: &str, quote: usize) -> usize {
    let mut escaped = false;
    for (i, c) in text[quote + 1..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            ESCAPE => escaped = true,
            QUOTE => return quote + 1 + i + 1,
            _ => {}
        }
    }
    text.len()
}

/// One word of code, with its byte range.
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

fn words(code: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in code.char_indices().chain(std::iter::once((code.len(), ' '))) {
        match (start, is_word_char(c) && i < code.len()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(Word { text: &code[s..i], start: s, end: i });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// `code` (no quoted text in it) with its English keywords in Russian.
pub fn words_to_russian(code: &str, before: Before) -> String {
    let words = words(code);
    let mut out = String::with_capacity(code.len() * 2);
    let mut at = 0;
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        let (taken, russian) = respelt(code, &words, i, before);
        if let Some(russian) = russian {
            out.push_str(&code[at..word.start]);
            out.push_str(&russian);
            at = words[i + taken - 1].end;
        }
        i += taken;
    }
    out.push_str(&code[at..]);
    out
}

/// How many words from `i` on make one keyword, and its Russian spelling (`None`: keep them).
fn respelt(code: &str, words: &[Word], i: usize, before: Before) -> (usize, Option<String>) {
    let word = &words[i];
    let ahead = &code[..word.start];
    if ahead.ends_with('.') && !ahead.ends_with("..") {
        let member = BUILT_IN_MEMBERS.iter().find(|(en, _)| *en == word.text);
        return (1, member.map(|(_, ru)| ru.to_string()));
    }
    if word.text == "yes" && code[word.end..].starts_with("/no") && words.get(i + 1).is_some_and(|w| w.text == "no") {
        return (2, Some("да/нет".to_string()));
    }
    if let Some(russian) = unit_after_number(ahead, word.text, i == 0 && before == Before::Value) {
        return (1, Some(russian.to_string()));
    }
    // The longest phrase of the table whose words follow each other with blanks between.
    let mut best: Option<(usize, &str)> = None;
    for (english, russian) in KEYWORDS {
        let parts: Vec<&str> = english.split(' ').collect();
        let fits = parts.iter().enumerate().all(|(k, part)| {
            words.get(i + k).is_some_and(|w| {
                w.text == *part && (k == 0 || code[words[i + k - 1].end..w.start].chars().all(char::is_whitespace))
            })
        });
        if fits && !english.contains('/') && best.is_none_or(|(n, _)| parts.len() > n) {
            best = Some((parts.len(), russian));
        }
    }
    match best {
        Some((n, russian)) => (n, Some(russian.to_string())),
        None => (1, None),
    }
}

/// A unit of time written after a number (`90 days`, `1 day`), in the form the number asks for;
/// `after_value`: the number is a value shown just before the code.
fn unit_after_number(ahead: &str, word: &str, after_value: bool) -> Option<&'static str> {
    const UNITS: [&str; 14] = [
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "second", "minute", "hour", "day", "week",
        "month", "year",
    ];
    if !UNITS.contains(&word) {
        return None;
    }
    let trimmed = ahead.trim_end();
    let number: String = trimmed
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == '_' || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .filter(|c| *c != '_')
        .collect();
    if let Ok(value) = number.parse::<f64>() {
        if trimmed.len() < ahead.len() {
            return Some(russian_unit(word, value));
        }
    }
    (after_value && trimmed.is_empty()).then(|| russian_unit(word, 5.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_phrases_are_respelt_and_names_and_texts_are_kept() {
        assert_eq!(to_russian("nurture otherwise"), "nurture иначе");
        assert_eq!(to_russian("SQL when score >= 60"), "SQL когда баллы >= 60");
        assert_eq!(to_russian("need is known"), "need известно");
        assert_eq!(to_russian("budget is unknown"), "budget неизвестно");
        assert_eq!(to_russian("pass at least 3"), "зачёт не менее 3");
        assert_eq!(to_russian("pass 3 of 4"), "зачёт 3 из 4");
        assert_eq!(to_russian("x : number in days"), "x : число в днях");
        assert_eq!(to_russian("industry : one of it, retail"), "industry : один из it, retail");
        assert_eq!(to_russian("ok : yes/no from \"ok\""), "ok : да/нет из \"ok\"");
        assert_eq!(to_russian("require x >= 10 else \"when and or\""), "требуется x >= 10 иначе \"when and or\"");
        assert_eq!(to_russian("need contains \"a \\\" when\" and x"), "need содержит \"a \\\" when\" и x");
        assert_eq!(to_russian("BANT fails or not BANT passes"), "BANT не проходит или не BANT проходит");
    }

    #[test]
    fn members_after_a_dot_and_units_after_a_number() {
        assert_eq!(to_russian("ICP.fit >= 70%"), "ICP.соответствие >= 70%");
        assert_eq!(to_russian("deal.size"), "сделка.размер");
        assert_eq!(to_russian("BANT.budget"), "BANT.budget");
        assert_eq!(to_russian("BANT.when"), "BANT.when");
        assert_eq!(to_russian("timeline <= 90 days"), "timeline <= 90 дней");
        assert_eq!(to_russian("respond within 1 day"), "ответить за 1 день");
        assert_eq!(to_russian("respond within 2 hours"), "ответить за 2 часа");
        assert_eq!(to_russian("x : days"), "x : дни");
        assert_eq!(words_to_russian(" days", Before::Value), " дней");
        assert_eq!(words_to_russian(" days", Before::Nothing), " дни");
    }

    #[test]
    fn russian_and_unknown_words_are_kept() {
        assert_eq!(to_russian("SQL когда баллы >= 60"), "SQL когда баллы >= 60");
        assert_eq!(to_russian("When Otherwise"), "When Otherwise");
        assert_eq!(to_russian("whenever otherwise_x"), "whenever otherwise_x");
    }
}
