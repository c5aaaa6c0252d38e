use super::*;
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::message::Message;
use crate::span::SourceFile;

fn sources(text: &str) -> SourceMap {
    SourceMap::single(SourceFile::new("a.rules", text))
}

fn offering(fix: Fix) -> Diagnostic {
    let span = fix.edits[0].span;
    Diagnostic::new(
        Code::UnknownName,
        Message::untranslated("unknown name"),
        span,
        Message::untranslated("not declared"),
    )
    .with_fix(fix)
}

fn anywhere(_: &str) -> bool {
    true
}

fn never(_: &str) -> bool {
    false
}

#[test]
fn applies_safe_fixes_and_leaves_choices() {
    let map = sources("when budgte and sorce");
    let safe = offering(Fix::replace(Span::new(5, 11), "budget", Message::untranslated("write `budget`")));
    let choice =
        offering(Fix::replace(Span::new(16, 21), "source", Message::untranslated("write `source`")).as_choice());
    let round = one_round(&[safe, choice], &map, anywhere, never);
    assert_eq!(round.texts, vec![("a.rules".to_string(), "when budget and sorce".to_string())]);
    assert_eq!(round.applied, vec![Applied { file: "a.rules".into(), code: Code::UnknownName }]);
}

#[test]
fn of_two_overlapping_fixes_the_first_is_applied() {
    let map = sources("abc");
    let first = offering(Fix::replace(Span::new(0, 2), "X", Message::untranslated("first")));
    let second = offering(Fix::replace(Span::new(1, 3), "Y", Message::untranslated("second")));
    let insert_same_place = offering(Fix::replace(Span::new(0, 0), "Z", Message::untranslated("third")));
    let round = one_round(&[first, second, insert_same_place], &map, anywhere, never);
    assert_eq!(round.texts[0].1, "Xc");
    assert_eq!(round.applied.len(), 1);
}

#[test]
fn adjacent_edits_both_apply() {
    let map = sources("abcd");
    let a = offering(Fix::replace(Span::new(0, 2), "X", Message::untranslated("a")));
    let b = offering(Fix::replace(Span::new(2, 4), "Y", Message::untranslated("b")));
    assert_eq!(one_round(&[a, b], &map, anywhere, never).texts[0].1, "XY");
}

#[test]
fn files_that_may_not_change_are_left_alone() {
    let map = sources("abc");
    let fix = offering(Fix::replace(Span::new(0, 1), "X", Message::untranslated("a")));
    assert!(one_round(std::slice::from_ref(&fix), &map, |_| false, never).applied.is_empty());
    assert!(one_round(&[fix], &map, anywhere, |_| true).applied.is_empty(), "stale text is not edited");
}

#[test]
fn an_edit_off_a_character_boundary_is_not_applied() {
    let map = sources("бюджет");
    let fix = offering(Fix::replace(Span::new(1, 3), "x", Message::untranslated("a")));
    assert!(one_round(&[fix], &map, anywhere, never).applied.is_empty());
}

#[test]
fn rounds_go_on_until_no_safe_fix_is_left_and_stop_at_the_bound() {
    // Each check offers one fix that appends a letter until there are three.
    let fixed = fix_until_settled(
        |changed| {
            let text = changed.first().map_or("a".to_string(), |(_, t)| t.clone());
            let map = sources(&text);
            let diagnostics = if text.len() < 3 {
                vec![offering(Fix::replace(
                    Span::new(text.len(), text.len()),
                    "a",
                    Message::untranslated("add a letter"),
                ))]
            } else {
                Vec::new()
            };
            (diagnostics, map)
        },
        anywhere,
    );
    assert_eq!(fixed.files, vec![("a.rules".to_string(), "a".to_string(), "aaa".to_string())]);
    assert_eq!(counts(&fixed.applied), vec![("a.rules".to_string(), Code::UnknownName, 2)]);
    assert!(fixed.left.is_empty());

    let endless = fix_until_settled(
        |changed| {
            let text = changed.first().map_or("a".to_string(), |(_, t)| t.clone());
            let end = text.len();
            (
                vec![offering(Fix::replace(Span::new(end, end), "a", Message::untranslated("add a letter")))],
                sources(&text),
            )
        },
        anywhere,
    );
    assert_eq!(endless.applied.len(), MAX_ROUNDS);
}
