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
