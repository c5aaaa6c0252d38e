//! Names for what `init` declares: a field per column and a value per `one of` spelling, made
//! from the export's own words. Russian is transliterated into Latin letters the readable way
//! (the scheme of Russian passports and road signs without diacritics: `ж` zh, `х` kh, `ц` ts,
//! `щ` shch, `ю` yu, `я` ya; `ъ` and `ь` dropped), so «Бюджет, руб» becomes `byudzhet_rub`: a
//! name anyone can type on any keyboard and still read aloud as the Russian word. (ISO 9 / ГОСТ
//! 7.79 System A needs letters with diacritics, `bûdžet`, that are not in a name's alphabet;
//! System B's `cz`, `shh` and `y'` read worse.) Names are lowercase snake case, never a word
//! of the language, and unique within their list.

use crate::syntax::keywords::{BUILT_IN_NAMES, KEYWORDS};

/// The Latin spelling of one lowercase Cyrillic letter; `None` for any other character.
fn latin(letter: char) -> Option<&'static str> {
    Some(match letter {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        'і' => "i",
        'є' => "ye",
        'ї' => "yi",
        'ґ' => "g",
        _ => return None,
    })
}

/// Words a generated name never is: the language's keywords and the words of its blocks and
/// types (soft keywords read badly as names), the built-in names, and words a coming version of
/// the language is likely to take (`other`, `seconds`...), so that a generated file keeps checking.
const MORE_RESERVED: &[&str] = &[
    "unknown",
    "is",
    "known",
    "at",
    "least",
    "capped",
    "respond",
    "within",
    "for",
    "leads",
    "all",
    "one",
    "of",
    "yes",
    "no",
    "datetime",
    "other",
    "seconds",
    "second",
    "months",
    "month",
    "years",
    "year",
    "per",
    "let",
    "flag",
    "flags",
    "met",
    "passes",
    "icp",
    "sql",
    "mql",
    "nurture",
    "disqualified",
];

/// Whether `name` is a word the language (or a likely next version of it) keeps for itself.
pub(crate) fn reserved(name: &str) -> bool {
    KEYWORDS.iter().flat_map(|(english, _)| english.split([' ', '/'])).any(|word| word == name)
        || BUILT_IN_NAMES.iter().any(|(english, _)| *english == name)
        || MORE_RESERVED.contains(&name)
}

/// A name made of `text`'s words: lowercase Latin letters, digits and `_` (Russian
/// transliterated, anything else a word break). Empty when `text` has no letter or digit.
pub fn snake_case(text: &str) -> String {
    let mut name = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let piece: Option<String> = if c.is_ascii_alphanumeric() {
            Some(c.to_string())
        } else if let Some(latin) = latin(c) {
            Some(latin.to_string())
        } else if c == '%' {
            Some("pct".to_string())
        } else if c == '№' || c == '#' {
            Some("num".to_string())
        } else {
            None
        };
        match piece {
            Some(piece) if piece.is_empty() => {}
            Some(piece) => {
                if gap && !name.is_empty() {
                    name.push('_');
                }
                gap = false;
                name.push_str(&piece);
            }
            None => gap = true,
        }
    }
    name
}

/// Hands out names that are valid, not reserved and different from every name given before.
#[derive(Debug, Default)]
pub struct NameBook {
    taken: Vec<String>,
}

impl NameBook {
    /// A book where `taken` are already used.
    pub fn with(taken: &[&str]) -> NameBook {
        NameBook { taken: taken.iter().map(|t| t.to_string()).collect() }
    }

    /// A name for `text`: its snake case; `fallback` when that is empty; `prefix_` before one
    /// that starts with a digit; `_suffix` after a reserved one; `_2`, `_3`... after one taken.
    pub fn name(&mut self, text: &str, fallback: &str, prefix: &str, suffix: &str) -> String {
        let mut base = snake_case(text);
        if base.is_empty() {
            base = fallback.to_string();
        }
        if base.starts_with(|c: char| c.is_ascii_digit()) {
            base = format!("{prefix}_{base}");
        }
        if reserved(&base) {
            base = format!("{base}_{suffix}");
        }
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.taken.push(name.clone());
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_headers_are_transliterated_the_readable_way() {
        assert_eq!(snake_case("Бюджет, руб"), "byudzhet_rub");
        assert_eq!(snake_case("Должность контакта"), "dolzhnost_kontakta");
        assert_eq!(snake_case("Срок, дней"), "srok_dney");
        assert_eq!(snake_case("ЛПР"), "lpr");
        assert_eq!(snake_case("Щука Цех Хвоя"), "shchuka_tsekh_khvoya");
        assert_eq!(snake_case("Объём"), "obyom");
    }

    #[test]
    fn english_headers_become_snake_case() {
        assert_eq!(snake_case("Lead Source"), "lead_source");
        assert_eq!(snake_case("  Total Time Spent on Website "), "total_time_spent_on_website");
        assert_eq!(snake_case("budget_rub"), "budget_rub");
        assert_eq!(snake_case("Discount %"), "discount_pct");
        assert_eq!(snake_case("№"), "num");
        assert_eq!(snake_case("---"), "");
    }

    #[test]
    fn names_are_valid_unique_and_never_keywords() {
        let mut book = NameBook::with(&["id"]);
        assert_eq!(book.name("ID", "column", "c", "field"), "id_2");
        assert_eq!(book.name("Size", "column", "c", "field"), "size_field");
        assert_eq!(book.name("score", "column", "c", "field"), "score_field");
        assert_eq!(book.name("2fa", "column", "c", "field"), "c_2fa");
        assert_eq!(book.name("???", "column_4", "c", "field"), "column_4");
        assert_eq!(book.name("Lead Source", "column", "c", "field"), "lead_source");
        assert_eq!(book.name("lead source", "column", "c", "field"), "lead_source_2");
        assert!(reserved("when") && reserved("yes") && reserved("minimum") && !reserved("budget"));
    }
}
