//! The language's words in English and in Russian: one table, read by the parser's error
//! messages (as `syntax::keywords`), by the formatter to write a file's keywords in either
//! language (`leadrules fmt --to ru|en`), by the messages to quote program text in the keywords
//! of the file they are about (`respell`), and by the documentation (`docs/language.md` lists
//! the same pairs, and a test keeps the two together). It lives with the languages, below the
//! parser, because the messages need it.
//!
//! The grammar (`grammar/leadrules.pest`) accepts both spellings of every keyword anywhere, so a
//! file may be written in either language or mixed, and it means the same whichever is used: the
//! parse tree records which rule matched, never which spelling. A few Russian words stand for a
//! phrase of the English grammar (`не менее` for `at least`, `известно` for `is known`: Russian
//! needs no "is"); the table lists such phrases whole.

use crate::locale::Lang;

/// Every keyword and phrase the formatter writes, English first, then its Russian spelling.
/// Some Russian words have a second spelling the grammar accepts too (`зачет` for `зачёт`,
/// `всех` for `все` in `для всех лидов`); the formatter always writes the one listed here.
pub const KEYWORDS: [(&str, &str); 91] = [
    // Conditions
    ("and", "и"),
    ("or", "или"),
    ("not", "не"),
    ("in", "в"),
    ("is known", "известно"),
    ("is unknown", "неизвестно"),
    ("between", "между"),
    ("contains", "содержит"),
    ("passes", "проходит"),
    ("fails", "не проходит"),
    ("yes", "да"),
    ("no", "нет"),
    ("true", "истина"),
    ("false", "ложь"),
    // Rules
    ("when", "когда"),
    ("otherwise", "иначе"),
    ("else", "иначе"),
    ("because", "поскольку"),
    ("require", "требуется"),
    ("reject", "отклоняется"),
    ("weight", "вес"),
    ("pass", "зачёт"),
    ("of", "из"),
    ("all", "все"),
    ("any", "любой"),
    ("at least", "не менее"),
    ("capped at", "не более"),
    ("per", "за каждые"),
    ("playbook", "сценарий"),
    ("respond within", "ответить за"),
    ("since", "от"),
    ("for all leads", "для всех лидов"),
    ("size", "размер"),
    ("probability", "вероятность"),
    ("importance", "важность"),
    ("match", "совпадение"),
    // The file and its blocks
    ("definition", "определение"),
    ("version", "версия"),
    ("effective", "от"),
    ("use", "подключить"),
    ("let", "пусть"),
    ("flag", "отметка"),
    ("with", "с"),
    ("parameters", "параметры"),
    ("fields", "поля"),
    ("minimum", "минимум"),
    ("profile", "профиль"),
    ("framework", "методика"),
    ("score", "баллы"),
    ("classify", "классы"),
    ("temperature", "температура"),
    ("deal", "сделка"),
    ("example", "пример"),
    ("lead", "лид"),
    ("expect", "ожидается"),
    ("class", "класс"),
    ("fit", "соответствие"),
    ("grade", "оценка"),
    // Field declarations
    ("from", "из"),
    ("key", "ключ"),
    ("unknown when", "неизвестно при"),
    ("format", "формат"),
    ("number", "число"),
    ("money", "деньги"),
    ("percent", "процент"),
    ("text", "текст"),
    ("yes/no", "да/нет"),
    ("date", "дата"),
    ("datetime", "датавремя"),
    ("one of", "один из"),
    ("days", "дни"),
    ("hours", "часы"),
    ("seconds", "секунды"),
    ("minutes", "минуты"),
    ("weeks", "недели"),
    ("months", "месяцы"),
    ("years", "годы"),
    // A number declared with its unit: `number in seconds`, `число в секундах`
    ("in seconds", "в секундах"),
    ("in minutes", "в минутах"),
    ("in hours", "в часах"),
    ("in days", "в днях"),
    ("in weeks", "в неделях"),
    ("in months", "в месяцах"),
    ("in years", "в годах"),
    // Units of time, as written after a number (Russian chooses its form by the number)
    ("second", "секунда"),
    ("minute", "минута"),
    ("hour", "час"),
    ("day", "день"),
    ("week", "неделя"),
    ("month", "месяц"),
    ("year", "год"),
];

/// The built-in names of the values the blocks compute (`score >= 60`, `deal.size`, `ICP.fit`,
/// `BANT.met`), English first: a Russian file writes `баллы >= 60`, `сделка.размер`,
/// `ICP.соответствие`. The parser reads the Russian name as the English one, so both mean the same.
pub const BUILT_IN_NAMES: [(&str, &str); 3] = [("score", "баллы"), ("deal", "сделка"), ("minimum", "минимум")];

/// The built-in members: `met` of a framework, `fit` of a profile, and the members of `deal`.
pub const BUILT_IN_MEMBERS: [(&str, &str); 5] = [
    ("met", "выполнено"),
    ("fit", "соответствие"),
    ("size", "размер"),
    ("probability", "вероятность"),
    ("priority", "приоритет"),
];

/// The names that may be built in at place `index` of a reference whose first name (in English)
/// is `owner`: a member of `deal` only after `deal` (a framework's criterion may be called
/// `размер`), `met` and `fit` after any name.
fn built_in_table(owner: &str, index: usize) -> &'static [(&'static str, &'static str)] {
    match index {
        0 => &BUILT_IN_NAMES,
        1 if owner == "deal" => &BUILT_IN_MEMBERS,
        1 => &BUILT_IN_MEMBERS[..2],
        _ => &[],
    }
}

/// The English name a Russian built-in name stands for (`баллы` → `score`), at place `index` of a
/// reference whose first name (in English) is `owner`.
pub fn built_in_english(owner: &str, name: &str, index: usize) -> Option<&'static str> {
    built_in_table(owner, index).iter().find(|(_, ru)| *ru == name).map(|(en, _)| *en)
}

/// A built-in name at place `index` of a reference (whose first name is `owner`) in `lang`; any
/// other name as it is.
pub fn built_in_in<'n>(lang: Lang, owner: &str, name: &'n str, index: usize) -> &'n str {
    let table = built_in_table(owner, index);
    match lang {
        Lang::Ru => table.iter().find(|(en, _)| *en == name).map_or(name, |(_, ru)| ru),
        Lang::En => name,
    }
}

/// Every other spelling the grammar accepts for a keyword, with the one the formatter writes.
pub const OTHER_SPELLINGS: [(&str, &str); 2] = [("зачет", "зачёт"), ("всех", "все")];

/// `english` (a keyword or phrase of [`KEYWORDS`]) spelt in `lang`; unknown words are returned as
/// they are.
pub fn spell(lang: Lang, english: &'static str) -> &'static str {
    match lang {
        Lang::En => english,
        Lang::Ru => KEYWORDS.iter().find(|(en, _)| *en == english).map_or(english, |(_, ru)| ru),
    }
}

/// The Russian form of a unit of time after `value`: `1 минута`, `2 минуты`, `5 минут`, `21 день`,
/// `1,5 часа` (a fraction takes the form for "a part of", the genitive singular).
pub fn russian_unit(unit: &str, value: f64) -> &'static str {
    let forms: [&'static str; 3] = match unit {
        "seconds" | "second" => ["секунда", "секунды", "секунд"],
        "minutes" | "minute" => ["минута", "минуты", "минут"],
        "hours" | "hour" => ["час", "часа", "часов"],
        "days" | "day" => ["день", "дня", "дней"],
        "months" | "month" => ["месяц", "месяца", "месяцев"],
        "years" | "year" => ["год", "года", "лет"],
        _ => ["неделя", "недели", "недель"],
    };
    let value = value.abs();
    if value.fract() != 0.0 {
        return forms[1];
    }
    let n = (value % 100.0) as u32;
    match (n % 10, n) {
        (_, 11..=14) => forms[2],
        (1, _) => forms[0],
        (2..=4, _) => forms[1],
        _ => forms[2],
    }
}

/// The unit of a step after `за каждые` (`за` asks for the accusative): `60 секунд`, `2 недели`,
/// `21 минуту`; for exactly one, the unit alone with the `каждый` that agrees with it
/// (`за каждую неделю`, `за каждый день`). Returns the words after `за`.
pub fn russian_each_step(unit: &str, value: f64, number: &str) -> String {
    let (accusative, feminine) = match unit {
        "seconds" | "second" => ("секунду", true),
        "minutes" | "minute" => ("минуту", true),
        "hours" | "hour" => ("час", false),
        "days" | "day" => ("день", false),
        "months" | "month" => ("месяц", false),
        "years" | "year" => ("год", false),
        _ => ("неделю", true),
    };
    if value == 1.0 {
        let each = if feminine { "каждую" } else { "каждый" };
        return format!("{each} {accusative}");
    }
    let n = (value.abs() % 100.0) as u32;
    let word = if value.fract() == 0.0 && n % 10 == 1 && n != 11 { accusative } else { russian_unit(unit, value) };
    format!("каждые {number} {word}")
}

/// Whether a keyword as written is Russian (holds a Cyrillic letter).
pub fn is_russian(written: &str) -> bool {
    written.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
}

/// How many keywords of a file are spelt in each language, to keep its language when formatting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spelling {
    pub english: usize,
    pub russian: usize,
}

impl Spelling {
    /// Counts one keyword as written.
    pub fn count(&mut self, written: &str) {
        if is_russian(written) {
            self.russian += 1;
        } else {
            self.english += 1;
        }
    }

    /// The language most of the keywords are in; English when there is a tie or none.
    pub fn language(self) -> Lang {
        if self.russian > self.english { Lang::Ru } else { Lang::En }
    }
}

/// Opens and closes a string.
pub const QUOTE: char = '"';
/// Escapes the character after it in a string.
pub const ESCAPE: char = '\\';

/// Whether `c` continues a word (a keyword or a name): where a keyword ends.
pub fn is_word_char(c: char) -> bool {
    // `char::is_alphanumeric` is a close, dependency-free stand-in for XID_Continue here.
    c == '_' || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_after_za_kazhdye_is_in_the_accusative() {
        let steps: Vec<String> = [
            ("weeks", 1.0),
            ("days", 1.0),
            ("minutes", 1.0),
            ("seconds", 60.0),
            ("weeks", 2.0),
            ("minutes", 21.0),
            ("hours", 11.0),
            ("days", 1.5),
        ]
        .iter()
        .map(|&(unit, n)| russian_each_step(unit, n, &n.to_string()))
        .collect();
        assert_eq!(
            steps,
            [
                "каждую неделю",
                "каждый день",
                "каждую минуту",
                "каждые 60 секунд",
                "каждые 2 недели",
                "каждые 21 минуту",
                "каждые 11 часов",
                "каждые 1.5 дня"
            ]
        );
    }

    #[test]
    fn russian_units_take_the_form_their_number_asks_for() {
        let forms: Vec<String> = [1.0, 2.0, 4.0, 5.0, 11.0, 12.0, 15.0, 21.0, 22.0, 25.0, 101.0, 111.0, 1.5]
            .iter()
            .map(|&n| format!("{n} {}", russian_unit("minutes", n)))
            .collect();
        assert_eq!(
            forms,
            [
                "1 минута",
                "2 минуты",
                "4 минуты",
                "5 минут",
                "11 минут",
                "12 минут",
                "15 минут",
                "21 минута",
                "22 минуты",
                "25 минут",
                "101 минута",
                "111 минут",
                "1.5 минуты"
            ]
        );
        assert_eq!(russian_unit("hours", 1.0), "час");
        assert_eq!(russian_unit("hours", 2.0), "часа");
        assert_eq!(russian_unit("hours", 5.0), "часов");
        assert_eq!(russian_unit("days", 2.0), "дня");
        assert_eq!(russian_unit("days", 5.0), "дней");
        assert_eq!(russian_unit("weeks", 3.0), "недели");
        assert_eq!(russian_unit("seconds", 1.0), "секунда");
        assert_eq!(russian_unit("seconds", 3.0), "секунды");
        assert_eq!(russian_unit("second", 25.0), "секунд");
        assert_eq!(russian_unit("months", 3.0), "месяца");
        assert_eq!(russian_unit("months", 12.0), "месяцев");
        assert_eq!(russian_unit("years", 1.0), "год");
        assert_eq!(russian_unit("years", 5.0), "лет");
        assert_eq!(russian_unit("years", 1.5), "года");
    }

    #[test]
    fn every_english_keyword_has_one_russian_spelling() {
        for (i, (en, ru)) in KEYWORDS.iter().enumerate() {
            assert!(!ru.is_empty() && !en.is_empty());
            assert!(KEYWORDS[..i].iter().all(|(other, _)| other != en), "`{en}` is listed twice");
        }
        assert_eq!(spell(Lang::Ru, "when"), "когда");
        assert_eq!(spell(Lang::En, "when"), "when");
    }

    #[test]
    fn the_table_in_the_docs_is_this_table() {
        let docs = include_str!("../../docs/language.md");
        for (en, ru) in KEYWORDS {
            let row = format!("| `{en}` | `{ru}` |");
            assert!(docs.contains(&row), "docs/language.md has no row starting `{row}`");
        }
    }
}
