//! The AST's equality is about meaning: where a node was written (`span::Loc`) is left out, so
//! the same text parsed at another offset or laid out differently compares equal, and any change
//! of meaning compares unequal.

use super::*;
use crate::syntax::parse_at;

/// The whole sketch with every item moved: blank lines and a comment before it, another indent.
fn moved(text: &str) -> String {
    let shifted: Vec<String> =
        text.lines().map(|l| if l.is_empty() { String::new() } else { format!("  {l}") }).collect();
    format!("\n\n# moved down and right\n{}\n", shifted.join("\n"))
}

#[test]
fn the_same_text_at_another_offset_is_equal() {
    let here = parse_ok(SKETCH);
    let there = parse_at(SKETCH, 10_000);
    assert!(there.diagnostics.is_empty());
    let (a, b) = (&here.items[3], &there.file.items[3]);
    assert_ne!(Span::from(item_loc(a)), Span::from(item_loc(b)), "the spans themselves differ");
    assert_eq!(here, there.file);
}

#[test]
fn the_same_definition_laid_out_differently_is_equal() {
    let here = parse_ok(SKETCH);
    let moved = parse_ok(&moved(SKETCH));
    assert_eq!(here.header, moved.header);
    assert_eq!(here.items, moved.items);
    assert_ne!(here.comments, moved.comments, "one comment more");
}

#[test]
fn a_changed_meaning_is_unequal() {
    let here = parse_ok(SKETCH);
    let changes = [
        ("require employees >= 10", "require employees >= 11"),
        ("require employees >= 10", "reject employees >= 10"),
        ("\"too small: fewer", "\"too big: fewer"),
        ("pass 3 of 4", "pass 2 of 4"),
        ("+30 when", "+31 when"),
        ("ICP.fit >= 70%", "ICP.fit >= 71%"),
        ("\"ID\"                    key", "\"ID\""),
        ("decision_maker   respond", "not decision_maker   respond"),
        ("role in [ceo, cto, head_of_dc]", "role not in [ceo, cto, head_of_dc]"),
        ("respond within 15 minutes", "respond within 15 hours"),
    ];
    for (from, to) in changes {
        assert!(SKETCH.contains(from), "the sketch has `{from}`");
        let changed = parse_ok(&SKETCH.replacen(from, to, 1));
        assert_ne!(here.items, changed.items, "`{from}` → `{to}` changes the meaning");
    }
}

#[test]
fn swapping_two_ordered_rules_is_unequal() {
    let a = parse_ok("classify {\n  hot when x > 1\n  cold when x > 0\n  warm otherwise\n}\n");
    let b = parse_ok("classify {\n  cold when x > 0\n  hot when x > 1\n  warm otherwise\n}\n");
    assert_ne!(a, b);
}

fn item_loc(item: &Item) -> crate::span::Loc {
    match item {
        Item::Minimum(b) => b.span,
        Item::Fields(b) => b.span,
        Item::Profile(b) => b.span,
        Item::Framework(b) => b.span,
        other => panic!("unexpected item {}", item_kind(other)),
    }
}
