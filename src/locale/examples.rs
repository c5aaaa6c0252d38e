//! The names the messages make up for their examples (`budget >= 500_000`, `role in [ceo, cto]`,
//! `hot when timeline <= 30 days`), in the language of the keywords of the file a message is
//! about: a file written in Russian keywords is shown `бюджет >= 500_000`,
//! `должность в [гендиректор, техдиректор]`, so an example reads like the file it is for and can
//! be copied into it; an English-keyword one the English names, in either language of the
//! messages.
//!
//! Only the made-up names of a message's own examples change (`locale::keywords` calls this on
//! the code a message quotes in backticks, never on a value it names): the author's names are
//! theirs, and a name after or before a dot (`BANT.budget`, a framework's criterion) is a member,
//! which a file names itself.

use super::Lang;
use super::words::is_word_char;

/// Every name the messages' examples use, English first, then the name a Russian-keyword
/// example uses: fields, the values of `one of` fields, classes and temperatures, a score and a
/// parameter. No keyword of `words::KEYWORDS` is here (those are respelt as keywords).
pub const EXAMPLE_NAMES: [(&str, &str); 26] = [
    // Fields
    ("budget", "бюджет"),
    ("employees", "сотрудники"),
    ("role", "должность"),
    ("industry", "отрасль"),
    ("need", "потребность"),
    ("timeline", "срок"),
    ("source", "источник"),
    ("price", "цена"),
    ("ad_spend", "реклама"),
    ("created_at", "создан"),
    ("time_on_site", "время_на_сайте"),
    ("field", "поле"),
    // Values of `one of` fields
    ("ceo", "гендиректор"),
    ("cto", "техдиректор"),
    ("intern", "стажёр"),
    ("manager", "менеджер"),
    ("it", "ит"),
    ("retail", "розница"),
    ("cold_call", "холодный_звонок"),
    // Classes, temperatures, scores, parameters
    ("nurture", "прогрев"),
    ("hot", "горячий"),
    ("warm", "тёплый"),
    ("cold", "холодный"),
    ("engagement", "вовлечённость"),
    ("min_budget", "мин_бюджет"),
    ("criterion", "критерий"),
];

/// The example name `name` stands for in `to`'s examples, if it is one.
pub fn example_name(to: Lang, name: &str) -> Option<&'static str> {
    EXAMPLE_NAMES.iter().find_map(|(english, russian)| match to {
        Lang::Ru if *english == name => Some(*russian),
        Lang::En if *russian == name => Some(*english),
        _ => None,
    })
}

/// `code` (a message's own example, no quoted text in it) with its made-up names in `to`'s; a
/// name before or after a dot (`BANT.budget`) is kept.
pub fn respell_examples(to: Lang, code: &str) -> String {
    let mut out = String::with_capacity(code.len() * 2);
    let mut word = String::new();
    let mut before = None::<char>;
    let flush = |word: &mut String, out: &mut String, before: Option<char>, after: Option<char>| {
        if word.is_empty() {
            return;
        }
        let member = before == Some('.') || before == Some('<') || after == Some('.');
        match example_name(to, word).filter(|_| !member) {
            Some(respelt) => out.push_str(respelt),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in code.chars() {
        if is_word_char(c) {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out, before, Some(c));
        out.push(c);
        before = Some(c);
    }
    flush(&mut word, &mut out, before, None);
    out
}

#[cfg(test)]
mod tests {
    use super::{EXAMPLE_NAMES, respell_examples};
    use crate::locale::Lang;
    use crate::locale::words::KEYWORDS;

    #[test]
    fn made_up_names_follow_the_keywords_and_members_stay() {
        assert_eq!(respell_examples(Lang::Ru, "role in [ceo, cto]"), "должность in [гендиректор, техдиректор]");
        assert_eq!(respell_examples(Lang::Ru, "BANT.budget >= 500_000"), "BANT.budget >= 500_000");
        assert_eq!(respell_examples(Lang::Ru, "budget >= min_budget"), "бюджет >= мин_бюджет");
        assert_eq!(respell_examples(Lang::En, "бюджет >= 10"), "budget >= 10");
        assert_eq!(respell_examples(Lang::Ru, "iteration = item"), "iteration = item");
    }

    #[test]
    fn no_example_name_is_a_keyword_and_none_is_named_twice() {
        for (i, (english, russian)) in EXAMPLE_NAMES.iter().enumerate() {
            let keyword = |w: &str| KEYWORDS.iter().any(|(en, ru)| en.split(' ').chain(ru.split(' ')).any(|k| k == w));
            assert!(!keyword(english) && !keyword(russian), "{english} / {russian}");
            for (other_en, other_ru) in &EXAMPLE_NAMES[i + 1..] {
                assert!(english != other_en && russian != other_ru, "{english} / {russian} twice");
            }
        }
    }
}
