//! `lex` knows where comments and strings are; the grammar defines them for the parser. These
//! tests hold the two to each other on generated text, and pin down the cases that matter: a
//! `#` or `//` inside a string is text, `//` is no comment at all, a comment hides quotes.

use super::*;
use crate::syntax::grammar::{LeadRulesParser, Rule};
use crate::syntax::lex::{self, Lexeme};
use pest::Parser;

fn comments(text: &str) -> Vec<&str> {
    lex::lexemes(text, 0).filter(|(l, _)| *l == Lexeme::Comment).map(|(_, r)| &text[r]).collect()
}

fn strings(text: &str) -> Vec<(&str, bool)> {
    lex::lexemes(text, 0)
        .filter_map(|(l, r)| match l {
            Lexeme::Text { closed } => Some((&text[r], closed)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_hash_or_slashes_inside_a_string_are_text() {
    let text = "fields {\n  a : text from \"#1 // x\", \"b#\"   # real one\n}\n";
    assert_eq!(comments(text), ["# real one"]);
    assert_eq!(strings(text), [("\"#1 // x\"", true), ("\"b#\"", true)]);
    let file = parse_ok(text);
    let texts: Vec<&str> = file.comments.iter().map(|c| c.node.as_str()).collect();
    assert_eq!(texts, ["real one"]);
    let Item::Fields(block) = &file.items[0] else { panic!("a fields block") };
    let columns: Vec<&str> = block.fields[0].columns.iter().map(|c| c.node.as_str()).collect();
    assert_eq!(columns, ["#1 // x", "b#"]);
}

#[test]
fn double_slash_is_not_a_comment() {
    assert!(comments("a // b").is_empty());
    let parsed = parse("fields {\n  a : number   // count\n}\n");
    assert!(parsed.diagnostics.iter().any(|d| d.is_error()), "`//` is not comment syntax");
}

#[test]
fn a_comment_hides_quotes_and_braces() {
    let text = "fields { # a \"quote and a {\n  a : number\n}\n";
    assert_eq!(comments(text), ["# a \"quote and a {"]);
    assert!(strings(text).is_empty());
    assert_eq!(lex::find_code_char(text, 8, '{'), None, "the only `{{` after the first is in the comment");
    parse_ok(text);
}

#[test]
fn escapes_and_line_ends() {
    let text = "\"a \\\" # b\" # c\r\n\"open # d\n";
    assert_eq!(strings(text), [("\"a \\\" # b\"", true), ("\"open # d", false)]);
    assert_eq!(comments(text), ["# c"], "a `\\r` before the break is not part of the comment");
    assert_eq!(lex::comment_body("# c"), "c");
    assert_eq!(lex::comment_body("#  two spaces"), " two spaces");
    assert_eq!(lex::comment(""), "#");
    assert_eq!(lex::comment("c"), "# c");
    assert_eq!(lex::quote("say \"hi\" \\ #"), "\"say \\\"hi\\\" \\\\ #\"");
    let (text, unknown) = lex::unescape("a\\\"b\\\\c\\n");
    assert_eq!(text, "a\"b\\c\\n");
    assert_eq!(unknown, [lex::UnknownEscape { start: 7, end: 9, escaped: 'n' }]);
}

/// Characters that matter to strings and comments, and a few that do not.
fn tricky_text(max: usize) -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        Just('"'),
        Just('\\'),
        Just('#'),
        Just('/'),
        Just('\n'),
        Just('\r'),
        Just(' '),
        Just('a'),
        Just('{'),
        Just('é'),
        Just('ы'),
    ];
    proptest::collection::vec(chars, 0..max).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Wherever a string starts, the grammar's `string` and `lex` end it at the same place, or
    /// both find it unclosed.
    #[test]
    fn strings_end_where_the_grammar_ends_them(rest in tricky_text(24)) {
        let text = format!("\"{rest}");
        let grammar = LeadRulesParser::parse(Rule::string, &text).ok().and_then(|mut p| p.next()).map(|p| p.as_str().len());
        let (end, closed) = lex::string_end(&text, 0);
        prop_assert_eq!(grammar, closed.then_some(end), "{:?}", text);
        if !closed {
            prop_assert_eq!(end, text.find('\n').unwrap_or(text.len()), "an unclosed string stops at its line's end");
        }
    }

    /// A comment runs to the end of its line whatever it holds: the grammar skips it all, and
    /// `lex` finds that one comment.
    #[test]
    fn a_comment_hides_the_rest_of_its_line(line in tricky_text(24)) {
        let line: String = line.chars().filter(|&c| c != '\n').collect();
        let text = format!("definition \"n\" #{line}\nversion 3");
        let parsed = parse(&text);
        prop_assert!(parsed.diagnostics.is_empty(), "{:?}: {:?}", text, parsed.diagnostics);
        let version = parsed.file.header.and_then(|h| h.version).map(|v| v.node);
        prop_assert_eq!(version.as_deref(), Some("3"));
        let comment = format!("#{line}");
        prop_assert_eq!(comments(&text), [comment.strip_suffix('\r').unwrap_or(&comment)]);
    }

    /// Any text on one line, quoted by `lex::quote`, is one string to both: the grammar reads
    /// back the same text over the same span, and `lex` sees no comment in it.
    #[test]
    fn quoted_text_reads_back_as_itself(content in tricky_text(24)) {
        let content: String = content.chars().filter(|&c| c != '\n').collect();
        let quoted = lex::quote(&content);
        let text = format!("definition {quoted} version 3 # after");
        let parsed = parse(&text);
        prop_assert!(parsed.diagnostics.is_empty(), "{:?}: {:?}", text, parsed.diagnostics);
        let name = parsed.file.header.map(|h| h.name);
        prop_assert_eq!(name.as_ref().map(|n| n.node.as_str()), Some(content.as_str()));
        let span = name.map(|n| n.span.range());
        prop_assert_eq!(span, Some(11..11 + quoted.len()));
        prop_assert_eq!(strings(&text), [(quoted.as_str(), true)]);
        prop_assert_eq!(comments(&text), ["# after"]);
    }
}

#[test]
fn an_item_keyword_is_known_in_either_language_by_its_english_spelling() {
    use crate::syntax::scan::item_keyword;
    assert_eq!(item_keyword("classify"), Some("classify"));
    assert_eq!(item_keyword("классы"), Some("classify"));
    assert_eq!(item_keyword("поля"), Some("fields"));
    assert_eq!(item_keyword("когда"), None, "a keyword that does not start an item");
    assert_eq!(item_keyword("budget"), None);
}
