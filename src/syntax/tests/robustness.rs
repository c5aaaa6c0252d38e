//! No input makes the parser panic or report a span outside the text.

use super::*;

#[test]
fn deep_nesting_and_long_conditions_do_not_crash() {
    let deep = format!("minimum {{ require {}a{} else \"r\" }}", "(".repeat(300), ")".repeat(300));
    assert_eq!(only_error(&deep).message.to_string(), "brackets are nested too deeply");
    let ok = format!("minimum {{ require {}a{} else \"r\" }}", "(".repeat(64), ")".repeat(64));
    parse_ok(&ok);
    let lists = format!("minimum {{ require {}a{} else \"r\" }}", "x in [".repeat(64), "]".repeat(64));
    parse_ok(&lists);
    let long = format!("minimum {{ require a{} else \"r\" }}", " and a".repeat(20_000));
    assert_eq!(only_error(&long).message.to_string(), "this condition is too long to read");
    let nots = format!("minimum {{ require {}a else \"r\" }}", "not ".repeat(20_000));
    assert_eq!(only_error(&nots).message.to_string(), "this condition is too long to read");
}

fn check_spans(text: &str) {
    let parsed = parse(text);
    for d in &parsed.diagnostics {
        for label in &d.labels {
            let (start, end) = (label.span.start as usize, label.span.end as usize);
            assert!(start <= end && end <= text.len(), "{label:?} out of {} bytes", text.len());
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{label:?} splits a char");
        }
    }
    for comment in &parsed.file.comments {
        assert!(text.get(comment.span.range()).is_some());
    }
}

const TOKENS: [&str; 30] = [
    "{",
    "}",
    "\"",
    "#",
    "when",
    "otherwise",
    "and",
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "ё",
    "€",
    "😀",
    "==",
    ">=",
    "-",
    "+",
    "\n",
    "else",
    "fields {",
    "\u{FEFF}",
    "\\",
    "Сотрудников",
    "2026-02-30",
    "90 дней",
    "%",
    "\nscore",
];

fn mutate(text: &str, edits: &[(prop::sample::Index, u8, usize)]) -> String {
    let mut text = text.to_string();
    for (at, op, token) in edits {
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let pos = boundaries[at.index(boundaries.len())];
        let next = boundaries.iter().copied().find(|&b| b > pos).unwrap_or(pos);
        let token = TOKENS[token % TOKENS.len()];
        match op % 4 {
            0 => text.replace_range(pos..next, ""),
            1 => text.insert_str(pos, token),
            2 => text.replace_range(pos..next, token),
            _ => {
                let word_end = text[pos..].find(char::is_whitespace).map_or(text.len(), |i| pos + i);
                text.replace_range(pos..word_end, "");
            }
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        check_spans(&text);
    }

    #[test]
    fn random_rule_like_text_never_panics(parts in prop::collection::vec(prop::sample::select(TOKENS.to_vec()), 0..60)) {
        check_spans(&parts.join(" "));
    }

    #[test]
    fn mutated_sketch_never_panics(edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, 0usize..64), 1..8)) {
        check_spans(&mutate(SKETCH, &edits));
    }
}

/// Lines where the syntax errors measure one character at the place the parser stopped (a sign
/// before a weight, `==`, `=>`, an operator at a line's end, a score line's sign).
const OPERATOR_LINES: &str = "profile P {\n  employees >= 50 weight +2\n  budget => 10 weight -1\n}\n\
score {\n  +30 when budget == 500_000\n  -20 when budget >=\n  +5 when source = ads\n}\n\
temperature {\n  hot when timeline =< 30 days respond within -1 day\n  cold otherwise\n}\n";

/// Characters of several bytes that people paste or type next to operators.
const WIDE: [&str; 6] = ["я", "\u{A0}", "\u{FEFF}", "≥", "€", "😀"];

#[test]
fn a_wide_character_next_to_an_operator_is_never_cut_in_two() {
    // Every place in the lines, with each wide character put in and put over the one there:
    // a span measured as `pos + 1` from a stop at such a character would split it.
    let boundaries: Vec<usize> = OPERATOR_LINES.char_indices().map(|(i, _)| i).chain([OPERATOR_LINES.len()]).collect();
    for &at in &boundaries {
        let next = boundaries.iter().copied().find(|&b| b > at).unwrap_or(at);
        for wide in WIDE {
            let mut inserted = OPERATOR_LINES.to_string();
            inserted.insert_str(at, wide);
            check_spans(&inserted);
            let mut replaced = OPERATOR_LINES.to_string();
            replaced.replace_range(at..next, wide);
            check_spans(&replaced);
        }
    }
}
