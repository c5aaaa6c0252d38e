//! The message files as a file written in one language's keywords reads them: every piece of
//! program text a message quotes in backticks (`` `nurture otherwise` ``, `` `{ $expr } is known` ``,
//! `` `зачёт 3 из 4` ``) with its keywords respelt in that language (`locale::respell`), and
//! nothing else changed. The files quote mostly English keywords, and `ru.ftl` some Russian ones;
//! a Russian-keyword file is told `прогрев иначе`, an English-keyword one `pass 3 of 4`, in either
//! language of the messages. The names a message makes up for its examples (`budget`, `role`,
//! `ceo`) follow the same language (`locale::examples`): `бюджет`, `должность`, `гендиректор`.
//!
//! Only the message's own words are respelt, never a value it names (`{ $name }`): a name, a
//! value or a line of the author's file is shown as written. A message that quotes keywords of
//! both languages names both spellings on purpose (`` `секунд` ... (или `seconds`) ``) and is kept
//! whole, so it never says the same word twice.

use super::examples::mark_examples;
use super::respell::{Before, has_keywords, respell_words};
use crate::locale::Lang;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The message file `source` with the program text its messages quote respelt in `to`'s
/// keywords; `None` when it does not parse (the caller keeps the file as it is).
pub fn with_keywords(to: Lang, source: &str) -> Option<String> {
    let mut resource = fluent_syntax::parser::parse(source.to_string()).ok()?;
    for entry in &mut resource.body {
        if let Entry::Message(message) = entry
            && let Some(pattern) = &mut message.value
            && !names_both_spellings(pattern)
        {
            respell_pattern(to, pattern, &mut Quoting::default());
        }
    }
    Some(fluent_syntax::serializer::serialize(&resource))
}

/// Where the scan of a message's words is: inside backticks, inside a quoted text there.
#[derive(Clone, Copy, Default)]
struct Quoting {
    code: bool,
    string: bool,
    /// The last thing seen was a value filled in (a placeable) inside code.
    after_value: bool,
}

fn respell_pattern(to: Lang, pattern: &mut Pattern<String>, quoting: &mut Quoting) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                *value = respell_text(to, value, quoting);
            }
            PatternElement::Placeable { expression } => {
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        respell_pattern(to, &mut variant.value, &mut quoting.clone());
                    }
                } else if let Expression::Inline(InlineExpression::Placeable { expression }) = expression
                    && let Expression::Select { variants, .. } = expression.as_mut()
                {
                    for variant in variants {
                        respell_pattern(to, &mut variant.value, &mut quoting.clone());
                    }
                }
                quoting.after_value = quoting.code && is_value(expression);
            }
        }
    }
}

/// Whether a placeable fills in a value (`{ $count }`), not a literal (`{"{"}`).
fn is_value(expression: &Expression<String>) -> bool {
    matches!(expression, Expression::Inline(InlineExpression::VariableReference { .. }))
}

/// One stretch of a message's own words, the code in backticks respelt.
fn respell_text(to: Lang, text: &str, quoting: &mut Quoting) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut code = String::new();
    let flush = |code: &mut String, out: &mut String, quoting: &mut Quoting, text_after: bool| {
        if !code.is_empty() {
            let before = if quoting.after_value { Before::Value } else { Before::Nothing };
            out.push_str(&mark_examples(&respell_words(to, code, before, text_after)));
            code.clear();
        }
        quoting.after_value = false;
    };
    let mut escaped = false;
    for c in text.chars() {
        if !quoting.code {
            out.push(c);
            quoting.code = c == '`';
            continue;
        }
        if quoting.string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => quoting.string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '`' | '"' => {
                flush(&mut code, &mut out, quoting, c == '"');
                out.push(c);
                quoting.code = c != '`';
                quoting.string = c == '"';
            }
            _ => code.push(c),
        }
    }
    flush(&mut code, &mut out, quoting, false);
    out
}

/// Whether a message quotes keywords of both languages in backticks (so names both spellings).
fn names_both_spellings(pattern: &Pattern<String>) -> bool {
    let mut code = String::new();
    let mut inside = false;
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                for c in value.chars() {
                    if c == '`' {
                        inside = !inside;
                        code.push(' ');
                    } else if inside {
                        code.push(c);
                    }
                }
            }
            PatternElement::Placeable { .. } => code.push(' '),
        }
    }
    has_keywords(Lang::Ru, &code) && has_keywords(Lang::En, &code)
}

#[cfg(test)]
mod tests {
    use super::with_keywords;
    use crate::locale::Lang;

    #[test]
    fn only_the_code_a_message_quotes_is_respelt() {
        let source = "a = `{ $name }` comes after `otherwise` and when is prose\n\
                      b = test it, such as `{ $expr } is known` or `{ $expr } contains \"when\"`\n\
                      c = `{ $n } days` and `timeline <= 90 days`\n\
                      d = `секунд` (или `seconds`)\n\
                      e = { $count ->\n    [one] one `when`\n   *[other] many `when`\n}\n";
        let respelt = with_keywords(Lang::Ru, source).expect("parses");
        let respelt = super::super::examples::Examples::of_keywords(Lang::Ru).fill(&respelt);
        assert!(respelt.contains("a = `{ $name }` comes after `иначе` and when is prose"), "{respelt}");
        assert!(respelt.contains("`{ $expr } известно` or `{ $expr } содержит \"when\"`"), "{respelt}");
        assert!(respelt.contains("`{ $n } дней` and `срок <= 90 дней`"), "{respelt}");
        assert!(respelt.contains("d = `секунд` (или `seconds`)"), "{respelt}");
        assert!(respelt.contains("one `когда`") && respelt.contains("many `когда`"), "{respelt}");
        let english = with_keywords(Lang::En, "a = напишите `зачёт { $n } из { $count }`\n").expect("parses");
        assert!(english.contains("a = напишите `pass { $n } of { $count }`"), "{english}");
    }

    #[test]
    fn the_respelt_files_say_the_same_outside_the_code_they_quote() {
        use crate::locale::{ENGLISH_FILE, Lang, RUSSIAN_FILE};
        use crate::message::Message;
        let outside_code = |text: &str| -> String { text.split('`').step_by(2).collect::<Vec<_>>().join("`") };
        for (lang, file) in [(Lang::En, ENGLISH_FILE), (Lang::Ru, RUSSIAN_FILE)] {
            let ids: Vec<&'static str> = file
                .lines()
                .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
                .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .map(|id| &*Box::leak(id.to_string().into_boxed_str()))
                .collect();
            assert!(ids.len() > 500, "{lang:?}: {} ids", ids.len());
            let (mut russian_keywords, mut english_keywords) = (0, 0);
            for id in ids {
                let plain = lang.text(&Message::new(id));
                let (english, russian) = (
                    lang.text_with_keywords(Lang::En, &Message::new(id)),
                    lang.text_with_keywords(Lang::Ru, &Message::new(id)),
                );
                assert_eq!(outside_code(&plain), outside_code(&russian), "{lang:?} {id}");
                assert_eq!(outside_code(&plain), outside_code(&english), "{lang:?} {id}");
                russian_keywords += usize::from(plain != russian);
                english_keywords += usize::from(plain != english);
            }
            eprintln!(
                "{lang:?}: {russian_keywords} messages respelt in Russian keywords, {english_keywords} in English"
            );
            assert!(russian_keywords > 80, "{lang:?}: only {russian_keywords} messages quote keywords");
        }
    }
}
