//! Error recovery (every broken item reported, good items kept) and messages for people.

use super::*;

#[test]
fn three_broken_items_give_three_diagnostics_and_keep_the_rest() {
    let text = "fields {\n  a : number\n}\n\nminimum {\n  require a >= 10\n}\n\nprofile P { a > 1 weight 2 }\n\nclassify {\n  SQL a > 1\n  rest otherwise\n}\n\nexample \"e\" { lead { a: 1 b: 2 } expect class SQL }\n\ntemperature { hot otherwise }\n";
    let parsed = parse(text);
    let messages: Vec<String> = parsed.diagnostics.iter().map(|d| d.message.to_string()).collect();
    assert_eq!(
        messages,
        [
            "this gate has no reason",
            "expected `when` followed by a condition, or `otherwise`",
            "expected `,` between the example's entries",
        ]
    );
    assert!(parsed.diagnostics.iter().all(|d| d.code == Code::Syntax));
    let kinds: Vec<&str> = parsed.file.items.iter().map(item_kind).collect();
    assert_eq!(kinds, ["fields", "profile", "temperature"]);
    let spans: Vec<&str> = parsed.diagnostics.iter().map(|d| slice(text, d.span())).collect();
    // The missing comma is pointed at the gap after `1`, where the fix writes it.
    assert_eq!(spans, ["", "a", ""]);
}

#[test]
fn unclosed_brace_points_at_its_opening_and_later_items_survive() {
    let text = "fields {\n  a : text\n\nminimum {\n  require a is known else \"r\"\n}\n";
    let parsed = parse(text);
    assert_eq!(parsed.diagnostics.len(), 1);
    let d = &parsed.diagnostics[0];
    assert_eq!(d.message.to_string(), "this `{` is never closed");
    assert_eq!(d.span(), Span::new(7, 8));
    assert_eq!(parsed.file.items.len(), 1);
    assert_eq!(item_kind(&parsed.file.items[0]), "minimum");

    let d = only_error("example \"x\" {\n lead { a: 1 }\n expect class SQL\n");
    assert_eq!(d.message.to_string(), "this `{` is never closed");
    assert_eq!(d.span(), Span::new(12, 13));
}

#[test]
fn unclosed_string_and_stray_text() {
    let text = "minimum { require a else \"oops }\nscore { +1 when a }";
    let parsed = parse(text);
    assert_eq!(parsed.diagnostics.len(), 1);
    assert_eq!(parsed.diagnostics[0].message.to_string(), "unclosed string");
    assert_eq!(slice(text, parsed.diagnostics[0].span()), "\"oops }");
    assert_eq!(parsed.file.items.len(), 1);

    let d = only_error("fields { a : text }\nhello there\nscore { +1 when a }");
    assert_eq!(d.message.to_string(), "unexpected `hello` after the end of the `fields` block");
    let d = only_error("clasify { a otherwise }");
    assert_eq!(d.help.as_ref().map(|h| h.to_string()).as_deref(), Some("did you mean `classify`?"));
    let d = only_error("fields { a : text } }");
    assert_eq!(d.message.to_string(), "unexpected `}`");
}

#[test]
fn bad_literals_are_reported_not_panicked_on() {
    let parsed = parse("example \"x\" { lead { d: 2026-02-30, t: 2026-01-01 25:00 } expect class A }");
    let codes: Vec<Code> = parsed.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::BadLiteral, Code::BadLiteral]);
    assert_eq!(parsed.diagnostics[0].message.to_string(), "`2026-02-30` is not a real date");
    assert_eq!(parsed.file.items.len(), 1, "the item is kept");

    let d = only_error("framework F pass 2.5 { a : b }");
    assert_eq!(d.code, Code::BadLiteral);
    let d = only_error(&format!("minimum {{ require a > {} else \"r\" }}", "9".repeat(400)));
    assert_eq!(d.message.to_string(), "this number of 400 digits is larger than leadrules can hold exactly");
    let d = only_error("minimum { require a else \"bad \\q escape\" }");
    assert_eq!(d.message.to_string(), "unknown escape `\\q` in text");
}

// ------------------------------------------------------------------ messages for people

fn message_and_help(text: &str) -> (String, String, String) {
    let d = only_error(text);
    let span = slice(text, d.span()).to_string();
    (d.message.to_string(), span, d.help.map(|h| h.to_string()).unwrap_or_default())
}

#[test]
fn common_mistakes_get_their_own_messages() {
    let (message, span, help) = message_and_help("minimum { require a == 1 else \"r\" }");
    assert_eq!((message.as_str(), span.as_str()), ("`==` is not an operator of this language", "=="));
    assert_eq!(help, "write `=` for `==`: `a = 1`");
    let (message, span, help) = message_and_help("minimum { require a ≥ 1 else \"r\" }");
    assert_eq!(
        (message.as_str(), span.as_str(), help.as_str()),
        ("`≥` is not an operator of this language", "≥", "write `>=` for `≥`: `a >= 1`")
    );
    let (_, span, help) = message_and_help("minimum { require a > = 1 else \"r\" }");
    assert_eq!((span.as_str(), help.as_str()), ("> =", "write `>=` for `> =`: `a >= 1`"));

    let (message, span, help) = message_and_help("minimum { require a && b else \"r\" }");
    assert_eq!((message.as_str(), span.as_str()), ("`&&` is not an operator of this language", "&&"));
    assert!(help.contains("`and`"));
    let (_, _, help) = message_and_help("minimum { require a || b else \"r\" }");
    assert!(help.contains("`or`"));

    let (message, span, _) = message_and_help("fields { from : text }");
    assert_eq!((message.as_str(), span.as_str()), ("`from` is a reserved word and cannot be used as a name", "from"));

    let (message, span, help) = message_and_help("fields { employees number }");
    assert_eq!((message.as_str(), span.as_str()), ("expected `:` between the field's name and its type", ""));
    assert_eq!(help, "write a colon after `employees`: `employees : number`");

    let (message, span, _) = message_and_help("profile P { role in [ceo cto] weight 1 }");
    assert_eq!((message.as_str(), span.as_str()), ("expected `,` between the list's values", ""));

    let (message, span, help) = message_and_help("minimum { require employees >= else \"r\" }");
    assert_eq!((message.as_str(), span.as_str()), ("expected a value after `>=`", ">="));
    assert!(help.contains("employees >= …"), "{help}");

    let (message, span, help) = message_and_help("minimum {\n  require employees >= 10\n}");
    assert_eq!((message.as_str(), span.as_str()), ("this gate has no reason", ""));
    assert!(help.contains("require employees >= 10 else \"too small\""));

    let (message, span, _) = message_and_help("classify { SQL score >= 60 }");
    assert_eq!((message.as_str(), span.as_str()), ("expected `when` followed by a condition, or `otherwise`", "score"));

    let (message, span, help) = message_and_help("fields { a : nubmer }");
    assert!(
        message.starts_with("expected a field type: `number`, `money`, `percent`, `yes/no`, `text`, `days`"),
        "{message}"
    );
    assert_eq!((span.as_str(), help.as_str()), ("nubmer", "did you mean `number`?"));

    let (message, _, _) = message_and_help("minimum { require else \"r\" }");
    assert_eq!(message, "expected a comparison such as `employees >= 10`");
    let (message, span, _) = message_and_help("temperature { hot when a respond within 15 }");
    assert_eq!((message.as_str(), span.as_str()), ("`15` needs its unit of time", "15"));
    let (message, _, _) = message_and_help("classify { when a }");
    assert_eq!(message, "expected a name before `when`");
}

#[test]
fn no_message_shows_a_raw_rule_name() {
    let broken = [
        "fields { a : }",
        "fields { a : one of }",
        "minimum { require }",
        "minimum { x }",
        "profile { a weight 1 }",
        "framework F { }",
        "framework F pass { }",
        "score { +1 a }",
        "score capped 5 { }",
        "classify { a when }",
        "temperature since { }",
        "deal { size }",
        "deal { probability { p importance match 1% } }",
        "example { }",
        "example \"x\" { lead { a } expect class A }",
        "example \"x\" { lead { } expect }",
        "use",
        "definition",
        "minimum { require a.b.c else \"r\" }",
        "minimum { require (a else \"r\" }",
    ];
    for text in broken {
        let parsed = parse(text);
        assert!(!parsed.diagnostics.is_empty(), "{text:?} should not parse");
        for d in &parsed.diagnostics {
            assert!(
                !d.message.to_string().contains('_') || d.message.to_string().contains("`"),
                "{text:?}: {}",
                d.message
            );
            assert!(
                !d.message.to_string().contains("kw_") && !d.message.to_string().contains("expr"),
                "{text:?}: {}",
                d.message
            );
            assert!(!d.message.to_string().ends_with('.'), "{text:?}: {}", d.message);
            assert!(d.message.to_string().starts_with(|c: char| !c.is_uppercase()), "{text:?}: {}", d.message);
        }
    }
}

#[test]
fn a_spaced_percent_sign_is_explained() {
    let d = only_error("score { +30 when ICP.fit >= 70 % }");
    assert_eq!(d.message.to_string(), "a `%` must follow its number directly");
    assert_eq!(d.span(), Span::new(31, 32));
}
