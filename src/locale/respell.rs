//! Program text respelt in the other language's keywords: what a message shows of the language
//! (`nurture otherwise`, `{ $expr } is known`, `timeline <= 90 days`) when the file it is about is
//! written in Russian keywords (`nurture иначе`, `... известно`, `timeline <= 90 дней`), and the
//! other way round (`зачёт 3 из 4` → `pass 3 of 4`) when it is written in English ones.
//!
//! Token-aware, by the table of [`KEYWORDS`](super::words::KEYWORDS): texts in quotes are kept
//! as they are; the longest phrase of the table wins (`is known` → `известно`, `at least` →
//! `не менее`, `in days` → `в днях`, `one of` → `один из`); a word after a dot is a member
//! (`ICP.fit` → `ICP.соответствие`, `deal.size` → `сделка.размер`) and only the built-in members
//! change there; a unit after a number takes the form the number asks for (`1 день`,
//! `90 дней`); every other word (a name, a Russian word, a capitalised word of prose) is kept.
//! Where one Russian word stands for two English keywords, its place decides: `иначе` before a
//! quoted reason is `else`, elsewhere `otherwise`; `из` after a count is `of`, elsewhere `from`.
//! Russian keywords read in the same word order as English ones wherever a message quotes code,
//! so no word is moved.

use super::Lang;
use super::words::{
    BUILT_IN_MEMBERS, BUILT_IN_NAMES, ESCAPE, KEYWORDS, OTHER_SPELLINGS, QUOTE, is_word_char, russian_unit,
};

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
    respell(Lang::Ru, code)
}

/// `code` with its Russian keywords in English (`зачёт 3 из 4` → `pass 3 of 4`); quoted texts
/// are kept.
pub fn to_english(code: &str) -> String {
    respell(Lang::En, code)
}

/// `code` with its keywords in `to`; quoted texts are kept.
pub fn respell(to: Lang, code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 2);
    let mut rest = code;
    while let Some(quote) = rest.find(QUOTE) {
        out.push_str(&respell_words(to, &rest[..quote], Before::Nothing, true));
        let end = string_end(rest, quote);
        out.push_str(&rest[quote..end]);
        rest = &rest[end..];
    }
    out.push_str(&respell_words(to, rest, Before::Nothing, false));
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
    respell_words(Lang::Ru, code, before, false)
}

/// `code` (no quoted text in it) with its keywords in `to`; `text_after`: a quoted text follows
/// it (a gate's reason after `иначе`).
pub fn respell_words(to: Lang, code: &str, before: Before, text_after: bool) -> String {
    let words = words(code);
    let mut out = String::with_capacity(code.len() * 2);
    let mut at = 0;
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        let (taken, respelt) = respelt(to, code, &words, i, (before, text_after));
        if let Some(respelt) = respelt {
            out.push_str(&code[at..word.start]);
            out.push_str(&respelt);
            at = words[i + taken - 1].end;
        }
        i += taken;
    }
    out.push_str(&code[at..]);
    out
}

/// A pair of the keyword table as (written in the language respelt from, in the language
/// respelt to).
fn pair(to: Lang, (english, russian): (&'static str, &'static str)) -> (&'static str, &'static str) {
    match to {
        Lang::Ru => (english, russian),
        Lang::En => (russian, english),
    }
}

/// How many words from `i` on make one keyword, and its spelling in `to` (`None`: keep them).
fn respelt(to: Lang, code: &str, words: &[Word], i: usize, around: (Before, bool)) -> (usize, Option<String>) {
    let (before, text_after) = around;
    let word = &words[i];
    let ahead = &code[..word.start];
    let after = &code[word.end..];
    if ahead.ends_with('.') && !ahead.ends_with("..") {
        let member = BUILT_IN_MEMBERS.iter().map(|p| pair(to, *p)).find(|(from, _)| *from == word.text);
        return (1, member.map(|(_, respelt)| respelt.to_string()));
    }
    // A placeholder (`+<баллы>`), or a word before a dot that is no built-in name
    // (`framework.criterion`), is a word of the sentence.
    let built_in = BUILT_IN_NAMES.iter().any(|p| pair(to, *p).0 == word.text);
    if ahead.ends_with('<') || (after.starts_with('.') && !after.starts_with("..") && !built_in) {
        return (1, None);
    }
    let ((yes, no), (respelt_yes, respelt_no)) = match to {
        Lang::Ru => (("yes", "no"), ("да", "нет")),
        Lang::En => (("да", "нет"), ("yes", "no")),
    };
    if word.text == yes && after.starts_with('/') && words.get(i + 1).is_some_and(|w| w.text == no) {
        return (2, Some(format!("{respelt_yes}/{respelt_no}")));
    }
    if let Some(unit) = unit_after_number(to, ahead, word.text, i == 0 && before == Before::Value) {
        return (1, Some(unit));
    }
    // The longest phrase of the table whose words follow each other with blanks between.
    let mut best: Option<(usize, &str)> = None;
    for (from, respelt) in KEYWORDS.iter().map(|p| pair(to, *p)) {
        let parts: Vec<&str> = from.split(' ').collect();
        let fits = parts.iter().enumerate().all(|(k, part)| {
            let written = words.get(i + k).map(|w| other_spelling(w.text));
            written.is_some_and(|w| {
                w == *part
                    && (k == 0 || code[words[i + k - 1].end..words[i + k].start].chars().all(char::is_whitespace))
            })
        });
        if fits && !from.contains('/') && best.is_none_or(|(n, _)| parts.len() > n) {
            best = Some((parts.len(), respelt));
        }
    }
    let Some((n, respelt)) = best else { return (1, None) };
    let after = &code[words[i + n - 1].end..];
    let text_follows = after.trim_start().starts_with(QUOTE) || (text_after && after.trim().is_empty());
    (n, Some(settle(to, respelt, ahead, text_follows, i == 0 && before == Before::Value).to_string()))
}

/// The Russian word the formatter writes for another spelling the grammar reads (`зачет`).
fn other_spelling(word: &str) -> &str {
    OTHER_SPELLINGS.iter().find(|(other, _)| *other == word).map_or(word, |(_, written)| written)
}

/// Of the English keywords one Russian word stands for, the one its place says: `иначе` is
/// `else` before a gate's reason, else `otherwise`; `из` is `of` after a count (`3 из 4`),
/// else `from`; `от` is `effective` after a version, else `since`.
fn settle<'w>(to: Lang, respelt: &'w str, ahead: &str, text_follows: bool, after_value: bool) -> &'w str {
    if to == Lang::Ru {
        return respelt;
    }
    let after_number = after_value || ahead.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == '…');
    match respelt {
        "otherwise" | "else" if text_follows => "else",
        "otherwise" | "else" => "otherwise",
        "of" | "from" if after_number => "of",
        "of" | "from" => "from",
        "since" | "effective" if after_number => "effective",
        "since" | "effective" => "since",
        other => other,
    }
}

/// Whether `code` holds a keyword of `lang` (a word of one, or a unit in any of its forms).
pub fn has_keywords(lang: Lang, code: &str) -> bool {
    words(code).iter().any(|w| {
        let spelt =
            |(english, russian): &(&'static str, &'static str)| if lang == Lang::En { *english } else { *russian };
        KEYWORDS.iter().map(spelt).any(|k| k.split([' ', '/']).any(|part| part == w.text))
            || UNIT_FORMS.iter().any(|(plural, singular, russian)| match lang {
                Lang::En => *plural == w.text || *singular == w.text,
                Lang::Ru => russian.contains(&w.text),
            })
    })
}

/// The forms of the units of time: English plural, English singular, and the Russian forms
/// (`минута`, `минуты`, `минут`, `мин`).
const UNIT_FORMS: [(&str, &str, &[&str]); 7] = [
    ("seconds", "second", &["секунда", "секунды", "секунд", "сек"]),
    ("minutes", "minute", &["минута", "минуты", "минут", "мин"]),
    ("hours", "hour", &["час", "часа", "часов"]),
    ("days", "day", &["день", "дня", "дней"]),
    ("weeks", "week", &["неделя", "недели", "недель"]),
    ("months", "month", &["месяц", "месяца", "месяцев", "мес"]),
    ("years", "year", &["год", "года", "лет"]),
];

/// A unit of time written after a number (`90 days`, `1 день`), in `to` and in the form the
/// number asks for; `after_value`: the number is a value shown just before the code.
fn unit_after_number(to: Lang, ahead: &str, word: &str, after_value: bool) -> Option<String> {
    let (plural, singular, _) = UNIT_FORMS.iter().find(|(plural, singular, russian)| match to {
        Lang::Ru => *plural == word || *singular == word,
        Lang::En => russian.contains(&word),
    })?;
    let trimmed = ahead.trim_end();
    let digits: String = trimmed.chars().rev().take_while(|c| c.is_ascii_digit() || *c == '_' || *c == '.').collect();
    let number: String = digits.chars().rev().filter(|c| *c != '_').collect();
    let value = match number.parse::<f64>() {
        Ok(value) if trimmed.len() < ahead.len() => value,
        _ if after_value && trimmed.is_empty() => 5.0,
        _ => return None,
    };
    Some(match to {
        Lang::Ru => russian_unit(plural, value).to_string(),
        Lang::En if value == 1.0 => singular.to_string(),
        Lang::En => plural.to_string(),
    })
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
    fn russian_keywords_are_respelt_in_english_by_their_place() {
        assert_eq!(to_english("зачёт 3 из 4"), "pass 3 of 4");
        assert_eq!(to_english("зачет не менее 3"), "pass at least 3");
        assert_eq!(to_english("из \"id\", \"ID\""), "from \"id\", \"ID\"");
        assert_eq!(to_english("требуется employees >= 10 иначе \"мало\""), "require employees >= 10 else \"мало\"");
        assert_eq!(to_english("SQL когда баллы >= 60"), "SQL when score >= 60");
        assert_eq!(to_english("nurture иначе"), "nurture otherwise");
        assert_eq!(to_english("need известно"), "need is known");
        assert_eq!(to_english("role не в [intern, manager]"), "role not in [intern, manager]");
        assert_eq!(to_english("BANT не проходит"), "BANT fails");
        assert_eq!(
            to_english("+1 за каждые 60 секунд time_on_site не более 20"),
            "+1 per 60 seconds time_on_site capped at 20"
        );
        assert_eq!(to_english("1 час"), "1 hour");
        assert_eq!(to_english("hot когда timeline <= 30 дней"), "hot when timeline <= 30 days");
        assert_eq!(to_english("x : да/нет"), "x : yes/no");
        assert_eq!(to_english("ICP.соответствие"), "ICP.fit");
        assert_eq!(to_english("методика.критерий"), "методика.критерий");
        assert_eq!(to_english("+<баллы> { $line }"), "+<баллы> { $line }");
        assert_eq!(to_english("число в секундах"), "number in seconds");
        assert_eq!(to_russian("yes/no"), "да/нет");
    }

    #[test]
    fn russian_and_unknown_words_are_kept() {
        assert_eq!(to_russian("SQL когда баллы >= 60"), "SQL когда баллы >= 60");
        assert_eq!(to_russian("When Otherwise"), "When Otherwise");
        assert_eq!(to_russian("whenever otherwise_x"), "whenever otherwise_x");
    }
}
