//! The names the messages make up for their examples (`budget >= 500_000`, `role in [ceo, cto]`,
//! `hot when timeline <= 30 days`), in the language of the keywords of the file a message is
//! about: a file written in Russian keywords is shown `бюджет >= 500_000`,
//! `должность в [гендиректор, техдиректор]`, so an example reads like the file it is for and can
//! be copied into it; an English-keyword one the English names, in either language of the
//! messages.
//!
//! Better still, an example names what the file has: when the file declares a field of the kind an
//! example needs (a number for `employees >= 10`, money for `budget >= 500_000`, a `one of` field
//! and two of its values for `role in [ceo, cto]`), the example uses that field
//! ([`Examples::with`], filled in by whoever knows the file: `syntax::examples_of`).
//!
//! Only the made-up names of a message's own examples change (`locale::keywords` marks them in the
//! code a message quotes in backticks, never in a value it names; [`Examples::fill`] puts in the
//! names): the author's names are theirs, and a name after or before a dot (`BANT.budget`, a
//! framework's criterion) is a member, which a file names itself.

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

/// Opens and closes a made-up name in the message files as the keyword bundles hold them: the
/// English name between the two, filled in by [`Examples::fill`] once the message is said.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// The names the examples of messages about one file use: the file's own fields where it has one
/// of the kind an example needs, else the made-up names of its keyword language.
#[derive(Clone, Debug, PartialEq)]
pub struct Examples {
    keywords: Lang,
    own: Vec<(&'static str, String)>,
}

impl Examples {
    /// The made-up names of `keywords`' examples (`budget`, or `бюджет` for Russian keywords).
    pub fn of_keywords(keywords: Lang) -> Examples {
        Examples { keywords, own: Vec::new() }
    }

    /// The language of the keywords of the file these examples are for.
    pub fn keywords(&self) -> Lang {
        self.keywords
    }

    /// The same examples with the made-up name `english` (`budget`) replaced by `name`, the
    /// author's (a name that is no example name is ignored).
    pub fn with(mut self, english: &str, name: impl Into<String>) -> Examples {
        if let Some((key, _)) = EXAMPLE_NAMES.iter().find(|(en, _)| *en == english) {
            self.own.retain(|(k, _)| k != key);
            self.own.push((key, name.into()));
        }
        self
    }

    /// The name the examples use for the made-up `english` one.
    pub fn name(&self, english: &str) -> String {
        match self.own.iter().find(|(k, _)| *k == english) {
            Some((_, name)) => name.clone(),
            None => match self.keywords {
                Lang::Ru => example_name(Lang::Ru, english).unwrap_or(english).to_string(),
                Lang::En => english.to_string(),
            },
        }
    }

    /// `text` as said (by a bundle of `locale::keywords`) with its marked made-up names filled in.
    pub fn fill(&self, text: &str) -> String {
        if !text.contains(OPEN) {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find(OPEN) {
            out.push_str(&rest[..open]);
            let after = &rest[open + OPEN.len_utf8()..];
            let Some(close) = after.find(CLOSE) else {
                out.push_str(after);
                return out;
            };
            out.push_str(&self.name(&after[..close]));
            rest = &after[close + CLOSE.len_utf8()..];
        }
        out.push_str(rest);
        out
    }
}

/// `code` (a message's own example, no quoted text in it) with its made-up names in `to`'s; a
/// name before or after a dot (`BANT.budget`) is kept.
pub fn respell_examples(to: Lang, code: &str) -> String {
    Examples::of_keywords(to).fill(&mark_examples(code))
}

/// `code` (a message's own example, no quoted text in it) with each made-up name (in either
/// language) marked, as its English name, for [`Examples::fill`]; a name before or after a dot
/// (`BANT.budget`) is kept as it is.
pub fn mark_examples(code: &str) -> String {
    let mut out = String::with_capacity(code.len() * 2);
    let mut word = String::new();
    let mut before = None::<char>;
    let flush = |word: &mut String, out: &mut String, before: Option<char>, after: Option<char>| {
        if word.is_empty() {
            return;
        }
        let member = before == Some('.') || before == Some('<') || after == Some('.');
        let english = if example_name(Lang::Ru, word).is_some() { Some(&**word) } else { example_name(Lang::En, word) };
        match english.filter(|_| !member) {
            Some(english) => {
                out.push(OPEN);
                out.push_str(english);
                out.push(CLOSE);
            }
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
    fn the_file_s_own_fields_stand_in_for_the_made_up_names() {
        use super::{Examples, mark_examples};
        let marked = mark_examples("role in [ceo, cto] and budget >= 10");
        let own = Examples::of_keywords(Lang::Ru).with("role", "отрасль").with("ceo", "ит").with("cto", "розница");
        assert_eq!(own.fill(&marked), "отрасль in [ит, розница] and бюджет >= 10");
        assert_eq!(Examples::of_keywords(Lang::En).fill(&marked), "role in [ceo, cto] and budget >= 10");
        let unknown = Examples::of_keywords(Lang::En).with("no_such_example", "x");
        assert_eq!(unknown.fill(&marked), "role in [ceo, cto] and budget >= 10");
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
