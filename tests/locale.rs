//! The message files are complete: both parse without an error, say the same messages with the
//! same variables, and hold every message id the code names (`msg!("id"`, `Message::new("id"`).
//! A message added in one language only, or used in the code and written in neither, fails here.

mod common;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use leadrules::locale::{ENGLISH_FILE, RUSSIAN_FILE};
use std::collections::{BTreeMap, BTreeSet};

/// Each message's id and the variables it uses, in one message file.
fn messages(name: &str, text: &'static str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{name} does not parse: {errors:#?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &m.value {
                    pattern_variables(pattern, &mut variables);
                }
                assert!(m.value.is_some(), "{name}: `{}` has no text", m.id.name);
                assert!(out.insert(m.id.name.to_string(), variables).is_none(), "{name}: `{}` twice", m.id.name);
            }
            Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let english = messages("locales/en.ftl", ENGLISH_FILE);
    let russian = messages("locales/ru.ftl", RUSSIAN_FILE);
    let only_english: Vec<_> = english.keys().filter(|id| !russian.contains_key(*id)).collect();
    let only_russian: Vec<_> = russian.keys().filter(|id| !english.contains_key(*id)).collect();
    assert!(only_english.is_empty(), "in en.ftl but not in ru.ftl: {only_english:?}");
    assert!(only_russian.is_empty(), "in ru.ftl but not in en.ftl: {only_russian:?}");
    let differing: Vec<String> = english
        .iter()
        .filter(|(id, vars)| russian.get(*id) != Some(vars))
        .map(|(id, vars)| format!("{id}: en {vars:?}, ru {:?}", russian[id]))
        .collect();
    assert!(differing.is_empty(), "messages whose variables differ:\n{}", differing.join("\n"));
}

/// The message ids a piece of code names: the first literal of every `msg!(` and
/// `Message::new(`.
fn ids_named(code: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for opener in ["msg!(\"", "Message::new(\""] {
        for piece in code.split(opener).skip(1) {
            if let Some(end) = piece.find('"') {
                ids.push(piece[..end].to_string());
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_is_in_the_message_files() {
    let english = messages("locales/en.ftl", ENGLISH_FILE);
    let files = common::rust_files(std::path::Path::new("src"));
    let mut missing = BTreeSet::new();
    for file in files {
        let code = std::fs::read_to_string(&file).expect("read a source file");
        for id in ids_named(&code) {
            if !english.contains_key(&id) && id != "no-such-message" {
                missing.insert(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(missing.is_empty(), "message ids used in the code but in no message file:\n{missing:#?}");
}
