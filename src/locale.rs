//! The languages leadrules speaks and the one place a [`Message`] becomes words: the message
//! files `locales/en.ftl` and `locales/ru.ftl` (Project Fluent, so each language says its own
//! plural forms: "1 lead", "2 leads"; "1 лид", "2 лида", "5 лидов"), compiled into the program.
//!
//! Which language a person gets is their choice, in this order: `--lang ru|en`, the
//! `LEADRULES_LANG` variable, the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English
//! ([`Lang::chosen`]). Codes, JSON keys and the author's own names stay as they are in every
//! language.
//!
//! A message missing from a language falls back to English, and one missing from English to its
//! id, so a gap in the files is never a crash; `tests/locale.rs` keeps the files complete (the
//! same messages with the same variables in both, every id the code uses present).

use crate::message::{Arg, Joiner, Message};
pub use examples::Examples;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A language of the messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

/// The English message file, as compiled into the program.
pub const ENGLISH_FILE: &str = include_str!("../locales/en.ftl");
/// The Russian message file, as compiled into the program.
pub const RUSSIAN_FILE: &str = include_str!("../locales/ru.ftl");

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The two-letter code: `en`, `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language a tag or locale names (`ru`, `RU`, `ru_RU.UTF-8`, `en-GB`), if it is one
    /// leadrules speaks.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary: String = tag.trim().chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        match primary.to_ascii_lowercase().as_str() {
            "ru" => Some(Lang::Ru),
            "en" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a person chose: `explicit` (from `--lang`) first, then `LEADRULES_LANG`,
    /// then the locale variables in POSIX order (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    /// An empty variable does not count; one naming another language means English.
    pub fn chosen(explicit: Option<Lang>) -> Lang {
        Lang::chosen_from(explicit, |name| std::env::var(name).ok())
    }

    /// [`Lang::chosen`] reading the variables through `var` (for tests).
    pub fn chosen_from(explicit: Option<Lang>, var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = explicit {
            return lang;
        }
        for name in ["LEADRULES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = var(name).filter(|v| !v.trim().is_empty()) {
                return Lang::from_tag(&value).unwrap_or(Lang::En);
            }
        }
        Lang::En
    }

    /// The message in this language's words.
    pub fn text(self, message: &Message) -> String {
        let mut out = String::new();
        self.write(&mut out, message);
        out
    }

    /// The message in this language's words, the program text it quotes (in backticks, and its
    /// [`Arg::Code`] values) spelt with the keywords of `keywords`: the language of the keywords
    /// of the file it is about, which may differ from the language of the messages.
    pub fn text_with_keywords(self, keywords: Lang, message: &Message) -> String {
        self.text_with_examples(&Examples::of_keywords(keywords), message)
    }

    /// [`Lang::text_with_keywords`] for a file whose own fields its examples use (`examples`: the
    /// file's keyword language and the fields that stand in for the made-up names).
    pub fn text_with_examples(self, examples: &Examples, message: &Message) -> String {
        let mut out = String::new();
        self.write_in(&mut out, message, Some(examples.keywords()));
        examples.fill(&out)
    }

    /// Appends the message in this language's words to `out`.
    pub fn write(self, out: &mut String, message: &Message) {
        self.write_in(out, message, None);
    }

    /// `keywords`: the language to quote program text in, or `None` for as the message files
    /// write it.
    fn write_in(self, out: &mut String, message: &Message, keywords: Option<Lang>) {
        let args = self.fluent_args(message, keywords);
        for lang in [self, Lang::En] {
            let bundle = bundle(lang, keywords);
            if let Some(pattern) = bundle.get_message(message.id()).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                out.push_str(&bundle.format_pattern(pattern, Some(&args), &mut errors));
                return;
            }
        }
        // Not in any file (tests/locale.rs fails first): the id and its values, never nothing.
        out.push_str(message.id());
        for (name, arg) in message.args() {
            out.push_str(&format!(" {name}={}", self.arg_text_in(arg, keywords)));
        }
    }

    /// An argument as it is shown in this language.
    pub fn arg_text(self, arg: &Arg) -> String {
        self.arg_text_in(arg, None)
    }

    fn arg_text_in(self, arg: &Arg, keywords: Option<Lang>) -> String {
        match arg {
            Arg::Verbatim(text) => text.clone(),
            Arg::Code(text) => match keywords {
                Some(Lang::Ru) => respell::to_russian(text),
                _ => text.clone(),
            },
            Arg::Number(n) => self.number(*n),
            Arg::Message(m) => {
                let mut out = String::new();
                self.write_in(&mut out, m, keywords);
                out
            }
            Arg::List(items, joiner) => self.list(items, *joiner, keywords),
        }
    }

    /// A number with this language's marks, rounded to at most two decimals: `1 234.5`
    /// (English), `1 234,5` (Russian); whole parts of up to four digits are not grouped.
    pub fn number(self, n: f64) -> String {
        let decimal_mark = match self {
            Lang::En => '.',
            Lang::Ru => ',',
        };
        group_number(n, decimal_mark)
    }

    fn list(self, items: &[Arg], joiner: Joiner, keywords: Option<Lang>) -> String {
        let texts: Vec<String> = items.iter().map(|a| self.arg_text_in(a, keywords)).collect();
        match texts.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let id = match joiner {
                    Joiner::And => "list-and",
                    Joiner::Or => "list-or",
                };
                self.text(&Message::new(id).arg("init", init.join(", ")).arg("last", last.as_str()))
            }
        }
    }

    /// The message's arguments as Fluent takes them, borrowing the verbatim texts (most
    /// arguments, and the ones on the per-lead path) rather than copying them.
    fn fluent_args(self, message: &Message, keywords: Option<Lang>) -> FluentArgs<'_> {
        let mut args = FluentArgs::with_capacity(message.args().len());
        for (name, arg) in message.args() {
            let value = match arg {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Verbatim(text) => FluentValue::from(text.as_str()),
                other => FluentValue::from(self.arg_text_in(other, keywords)),
            };
            args.set(*name, value);
        }
        args
    }
}

impl std::fmt::Display for Message {
    /// The message in English: for logs, tests and `Error` impls. What a person reads goes
    /// through [`Lang::text`] in the language they chose.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.text(self))
    }
}

fn group_number(n: f64, decimal_mark: char) -> String {
    let rounded = (n * 100.0).round() / 100.0;
    let text = if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    };
    let (sign, rest) = text.strip_prefix('-').map_or(("", text.as_str()), |r| ("-", r));
    let (whole, decimals) = rest.split_once('.').map_or((rest, None), |(w, d)| (w, Some(d)));
    let mut out = String::from(sign);
    if whole.len() <= 4 {
        out.push_str(whole);
    } else {
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(' ');
            }
            out.push(digit);
        }
    }
    if let Some(decimals) = decimals {
        out.push(decimal_mark);
        out.push_str(decimals);
    }
    out
}

fn format_english(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(group_number(n.value, '.')),
        _ => None,
    }
}

fn format_russian(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(group_number(n.value, ',')),
        _ => None,
    }
}

/// The bundle of `lang`'s messages quoting program text in `keywords`' keywords, or as the
/// message files write it (`None`: mostly English keywords, some Russian ones in `ru.ftl`). The
/// bundles of one keyword language are made from the files (`keywords::with_keywords`) the
/// first time one is asked for.
fn bundle(lang: Lang, keywords: Option<Lang>) -> &'static FluentBundle<FluentResource> {
    type Pair = OnceLock<[FluentBundle<FluentResource>; 2]>;
    static AS_WRITTEN: Pair = OnceLock::new();
    static ENGLISH_KEYWORDS: Pair = OnceLock::new();
    static RUSSIAN_KEYWORDS: Pair = OnceLock::new();
    let pair = match keywords {
        None => &AS_WRITTEN,
        Some(Lang::En) => &ENGLISH_KEYWORDS,
        Some(Lang::Ru) => &RUSSIAN_KEYWORDS,
    };
    let bundles = pair.get_or_init(|| [build(Lang::En, keywords), build(Lang::Ru, keywords)]);
    match lang {
        Lang::En => &bundles[0],
        Lang::Ru => &bundles[1],
    }
}

/// One language's bundle. A message file that does not parse keeps the messages that do
/// (Fluent recovers entry by entry); `tests/locale.rs` fails on any such error.
fn build(lang: Lang, keywords: Option<Lang>) -> FluentBundle<FluentResource> {
    let (tag, source, formatter): (unic_langid::LanguageIdentifier, &str, _) = match lang {
        Lang::En => ("en".parse().unwrap_or_default(), ENGLISH_FILE, format_english as _),
        Lang::Ru => ("ru".parse().unwrap_or_default(), RUSSIAN_FILE, format_russian as _),
    };
    let source = match keywords {
        None => source.to_string(),
        Some(to) => keywords::with_keywords(to, source).unwrap_or_else(|| source.to_string()),
    };
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formatter));
    // Only a message defined twice is refused here; the first definition stays.
    let _ = bundle.add_resource(resource);
    bundle
}

pub mod examples;
mod keywords;
pub mod respell;
#[cfg(test)]
mod tests;
pub mod words;
