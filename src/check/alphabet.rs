//! Names written in the wrong alphabet or words: a name the checker does not know that is a Russian
//! word written for a keyword (`если` for `когда`: the Russian keywords themselves are keywords),
//! or a Latin name with a Cyrillic letter that looks Latin
//! (`sоurce` with a Cyrillic `о`, which "did you mean `source`" would not show), or a Russian name
//! with a Latin letter that looks Cyrillic (`бюджeт` with a Latin `e`). The parser finds
//! these where they break the grammar; here they are grammatical names, so the unknown-name
//! diagnostic is reworded to say what is wrong, with the fix that writes the meant word.

use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::syntax::{cyrillic_spelling, latin_look_alike_wording, latin_spelling, look_alike_wording, meant_keyword};

/// The diagnostic for an unknown name, value or member, said the way the slip calls for when
/// `written` (the text under its primary label) is one; unchanged otherwise. `declared` tells
/// whether a name is declared: a Russian name is fixed safely only to one that is.
pub(super) fn reword_unknown(mut d: Diagnostic, written: &str, declared: impl Fn(&str) -> bool) -> Diagnostic {
    if !matches!(d.code, Code::UnknownName | Code::UnknownValue | Code::UnknownMember) {
        return d;
    }
    if let Some(keyword) = meant_keyword(written) {
        let span = d.span();
        d.message = msg!("keywords-synonym", word = written, keyword = keyword);
        if let Some(primary) = d.labels.iter_mut().find(|l| l.primary) {
            primary.message = msg!("keywords-synonym-label", keyword = keyword);
        }
        d.help = Some(msg!("keywords-synonym-help", word = written, keyword = keyword));
        d.fixes = vec![Fix::replace(span, keyword, msg!("keywords-synonym-fix", keyword = keyword))];
        return d;
    }
    // `срoк` reads as a Latin name with Cyrillic letters too (`cpok`): the declared spelling
    // wins, then the alphabet most of the word is written in.
    let latin = latin_spelling(written);
    let cyrillic = cyrillic_spelling(written);
    let cyrillic_letters = written.chars().filter(|c| c.is_alphabetic() && !c.is_ascii()).count();
    let mostly_cyrillic = cyrillic_letters * 2 > written.chars().filter(|c| c.is_alphabetic()).count();
    let prefer_cyrillic = match (&latin, &cyrillic) {
        (Some((l, ..)), Some((c, ..))) => declared(c) || (!declared(l) && mostly_cyrillic),
        (None, Some(_)) => true,
        _ => false,
    };
    let (message, label, help, replacement, safe) =
        if let (Some((latin, letter, position)), false) = (latin, prefer_cyrillic) {
            let (message, label, help) = look_alike_wording(written, letter, position, &latin);
            (message, label, help, latin, true)
        } else if let Some((cyrillic, letter, position)) = cyrillic {
            let (message, label) = latin_look_alike_wording(written, letter, position, &cyrillic);
            let help = msg!("syntax-write-in-cyrillic", choices = format!("`{cyrillic}`"));
            let safe = declared(&cyrillic);
            (message, label, help, cyrillic, safe)
        } else {
            return d;
        };
    let span = d.span();
    d.message = message;
    if let Some(primary) = d.labels.iter_mut().find(|l| l.primary) {
        primary.message = label;
    }
    d.help = Some(help);
    let what = msg!("syntax-fix-write", replacement = &replacement);
    let fix = Fix::replace(span, replacement, what);
    d.fixes = vec![if safe { fix } else { fix.as_choice() }];
    d
}

#[cfg(test)]
mod tests {
    use super::reword_unknown;
    use crate::diagnostic::{Applicability, Code, Diagnostic};
    use crate::msg;
    use crate::span::Span;

    fn unknown(code: Code, written: &str) -> Diagnostic {
        let span = Span::new(10, 10 + written.len());
        let d = Diagnostic::new(code, msg!("check-unknown-name", name = written), span, msg!("check-not-declared"));
        reword_unknown(d, written, |name| name == "бюджет")
    }

    #[test]
    fn a_cyrillic_look_alike_is_named_and_fixed_to_the_latin_spelling() {
        let d = unknown(Code::UnknownName, "sоurce");
        assert!(d.message.to_string().contains("letter 2 of `sоurce` is the Cyrillic `о`"), "{}", d.message);
        assert_eq!(d.fixes.len(), 1);
        assert_eq!(d.fixes[0].edits[0].replacement, "source");
        assert_eq!(d.fixes[0].applicability, Applicability::Safe);
    }

    #[test]
    fn a_latin_look_alike_in_a_russian_name_is_named_and_fixed_to_the_declared_name() {
        let d = unknown(Code::UnknownName, "бюджeт");
        assert!(d.message.to_string().contains("letter 5 of `бюджeт` is the Latin `e`"), "{}", d.message);
        assert_eq!(d.fixes[0].edits[0].replacement, "бюджет");
        assert_eq!(d.fixes[0].applicability, Applicability::Safe);
        let d = unknown(Code::UnknownName, "бюджeтa");
        assert_eq!(d.fixes[0].edits[0].replacement, "бюджета");
        assert_eq!(d.fixes[0].applicability, Applicability::Choice);
        // Every letter of `срoк` has a twin in the other alphabet: most of it is Cyrillic.
        let d = unknown(Code::UnknownName, "срoк");
        assert_eq!(d.fixes[0].edits[0].replacement, "срок");
    }

    #[test]
    fn a_russian_word_written_for_a_keyword_is_named_with_the_keyword() {
        let d = unknown(Code::UnknownValue, "правда");
        assert!(d.message.to_string().contains("`правда` is not a keyword"), "{}", d.message);
        assert_eq!(d.fixes[0].edits[0].replacement, "истина");
        assert_eq!(unknown(Code::UnknownValue, "да").message.to_string(), "unknown name `да`");
    }

    #[test]
    fn a_real_unknown_name_or_another_code_is_left_as_it_is() {
        assert_eq!(unknown(Code::UnknownName, "budgte").message.to_string(), "unknown name `budgte`");
        assert_eq!(unknown(Code::UnknownName, "бюджет").message.to_string(), "unknown name `бюджет`");
        assert_eq!(unknown(Code::TypeMismatch, "sоurce").message.to_string(), "unknown name `sоurce`");
    }
}
