//! The examples a help makes up (`budget >= 500_000`, `role in [ceo, cto]`) read like the file it
//! is about, in either language of the messages: `бюджет >= 500_000`,
//! `должность в [гендиректор, техдиректор]` for a file with Russian keywords, the English names
//! for one with English keywords; and where the file declares a field of the kind an example needs,
//! the example names that field (`штат >= 10` in a file that counts employees in `штат`).
//! Snapshotted in both languages.

use leadrules::locale::Lang;
use leadrules::span::SourceFile;

/// A definition loaded as the commands load it, its diagnostics rendered in `lang`.
fn rendered(name: &str, text: &str, lang: Lang) -> String {
    let loaded = leadrules::compile::load(SourceFile::new(name, text));
    assert!(!loaded.diagnostics.is_empty(), "{name} is broken on purpose");
    leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, lang)
}

/// Mistakes whose helps make up an example (a gate without its reason, a `one of` field compared
/// with a number), in a file with Russian keywords and one with English ones.
const RUSSIAN_KEYWORDS: [&str; 2] = [
    "поля {\n  сотрудники : число\n}\n\nминимум {\n  требуется сотрудники >= 10\n}\n",
    "поля {\n  отрасль : один из ит, розница\n}\n\nклассы {\n  X когда отрасль >= 5\n  Z иначе\n}\n",
];
const ENGLISH_KEYWORDS: [&str; 2] = [
    "fields {\n  employees : number\n}\n\nminimum {\n  require employees >= 10\n}\n",
    "fields {\n  industry : one of it, retail\n}\n\nclassify {\n  X when industry >= 5\n  Z otherwise\n}\n",
];

#[test]
fn the_examples_a_help_makes_up_read_like_the_file() {
    for (name, texts) in [("ru-keywords.rules", RUSSIAN_KEYWORDS), ("en-keywords.rules", ENGLISH_KEYWORDS)] {
        for lang in Lang::ALL {
            let shown: String = texts.iter().map(|text| rendered(name, text, lang) + "\n").collect();
            insta::assert_snapshot!(format!("examples_{}_{}", name.trim_end_matches(".rules"), lang.code()), shown);
            // The example names follow the keywords, whatever the language of the messages.
            if name.starts_with("ru") {
                assert!(shown.contains("сотрудники >= 10") && !shown.contains("employees"), "{shown}");
                assert!(shown.contains("отрасль = ит") && !shown.contains("industry"), "{shown}");
            } else {
                assert!(shown.contains("employees >= 10") && !shown.contains("сотрудники"), "{shown}");
                assert!(shown.contains("industry = it") && !shown.contains("отрасль"), "{shown}");
            }
        }
    }
}

#[test]
fn a_missing_bracket_is_shown_with_a_list_of_the_files_language() {
    let russian = "поля {\n  должность : один из гендиректор, техдиректор\n}\n\nклассы {\n  X когда должность в гендиректор]\n  Y иначе\n}\n";
    let english = "fields {\n  role : one of ceo, cto\n}\n\nclassify {\n  X when role in ceo]\n  Y otherwise\n}\n";
    let mut shown = String::new();
    for (name, text) in [("ru.rules", russian), ("en.rules", english)] {
        for lang in Lang::ALL {
            shown.push_str(&format!("--- {name}, {}\n{}\n", lang.code(), rendered(name, text, lang)));
        }
    }
    insta::assert_snapshot!("examples_bracket", shown);
}

#[test]
fn an_example_names_the_file_s_own_field_of_its_kind() {
    // A gate without its reason, and a `один из` field compared with a number: the helps take
    // `штат` (its number field) and `канал` with its values (its `один из` field).
    let russian =
        "поля {\n  штат : число\n  канал : один из сайт, выставка\n}\n\nминимум {\n  требуется штат >= 10\n}\n";
    let english = "fields {\n  headcount : number\n  channel : one of web, fair\n}\n\nclassify {\n  X when channel >= 5\n  Z otherwise\n}\n";
    let mut shown = String::new();
    for (name, text) in [("own-ru.rules", russian), ("own-en.rules", english)] {
        for lang in Lang::ALL {
            shown.push_str(&format!("--- {name}, {}\n{}\n", lang.code(), rendered(name, text, lang)));
        }
    }
    insta::assert_snapshot!("examples_own_fields", shown);
    assert!(shown.contains("`требуется штат >= 10 иначе"), "{shown}");
    assert!(shown.contains("`headcount >= 10`") && shown.contains("`channel = web`"), "{shown}");
}
