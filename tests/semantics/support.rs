//! What every topic shares: loading a rule file from a string, building a lead slot by slot,
//! values as the evaluator stores them, and the strategies of the property tests.

use leadrules::compile::program::{FieldSlot, Id, RuleSet};
use leadrules::compile::{Loaded, load};
use leadrules::eval::evaluate;
use leadrules::schema::FieldKind;
use leadrules::span::SourceFile;
use leadrules::value::{Truth, Value, civil_seconds};
use proptest::prelude::*;

pub(crate) fn load_text(text: &str) -> Loaded {
    load(SourceFile::new("test.rules", text))
}

/// Loads a rule file that must come through without a single diagnostic.
pub(crate) fn rules(text: &str) -> RuleSet {
    rules_allowing(text, &[])
}

/// Loads a rule file whose only diagnostics may be the listed (warning) codes.
pub(crate) fn rules_allowing(text: &str, allowed: &[&str]) -> RuleSet {
    let loaded = load_text(text);
    let unexpected: Vec<_> = loaded.diagnostics.iter().filter(|d| !allowed.contains(&d.code.as_str())).collect();
    assert!(unexpected.is_empty(), "unexpected diagnostics for\n{text}\n{unexpected:#?}");
    loaded.rules.unwrap_or_else(|| panic!("no rules compiled for\n{text}"))
}

/// The codes of every diagnostic of a rule file.
pub(crate) fn codes(text: &str) -> Vec<&'static str> {
    load_text(text).diagnostics.iter().map(|d| d.code.as_str()).collect()
}

pub(crate) fn slot(rules: &RuleSet, name: &str) -> usize {
    rules.schema.slot_of(name).unwrap_or_else(|| panic!("no field `{name}`"))
}

/// The field slot of `name`, as the compiled form's questions name it.
pub(crate) fn field_slot(rules: &RuleSet, name: &str) -> FieldSlot {
    FieldSlot::new(slot(rules, name)).expect("a field slot")
}

/// A lead with the given fields; every other field is unknown.
pub(crate) fn lead(rules: &RuleSet, values: &[(&str, Value)]) -> Vec<Value> {
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    for (name, value) in values {
        lead[slot(rules, name)] = value.clone();
    }
    lead
}

/// The value of a `one of` field by the value's name.
pub(crate) fn one_of(rules: &RuleSet, field: &str, name: &str) -> Value {
    let FieldKind::OneOf(values) = &rules.schema.fields[slot(rules, field)].kind else {
        panic!("`{field}` is not a `one of` field")
    };
    let i = values.iter().position(|v| v.name == name).unwrap_or_else(|| panic!("`{field}` has no value `{name}`"));
    Value::Enum(i as u32)
}

pub(crate) fn num(n: f64) -> Value {
    Value::Number(n)
}

pub(crate) fn yes_no(b: bool) -> Value {
    Value::Bool(b)
}

pub(crate) fn text(t: &str) -> Value {
    Value::Text(t.into())
}

/// A percentage as stored: a fraction.
pub(crate) fn pct(p: f64) -> Value {
    Value::Number(p / 100.0)
}

/// A duration as stored: seconds.
pub(crate) fn days(n: f64) -> Value {
    Value::Number(n * 86_400.0)
}

pub(crate) fn hours(n: f64) -> Value {
    Value::Number(n * 3_600.0)
}

pub(crate) fn at(y: i16, m: i8, d: i8, h: i8, min: i8) -> i64 {
    civil_seconds(jiff::civil::date(y, m, d).at(h, min, 0, 0))
}

pub(crate) fn time(y: i16, m: i8, d: i8, h: i8, min: i8) -> Value {
    Value::Time(at(y, m, d, h, min))
}

/// A yes/no field's value for a truth: unknown stays unknown.
pub(crate) fn value_of(t: Truth) -> Value {
    match t {
        Truth::True => Value::Bool(true),
        Truth::False => Value::Bool(false),
        Truth::Unknown => Value::Unknown,
    }
}

/// `cases` cases, and no regression files written into the tree.
pub(crate) fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(cases) }
}

pub(crate) fn truth() -> impl Strategy<Value = Truth> {
    prop_oneof![Just(Truth::True), Just(Truth::False), Just(Truth::Unknown)]
}

/// `n` yes/no fields `x0`, `x1`, ...
pub(crate) fn yes_no_fields(n: usize) -> String {
    let mut out = String::from("fields {\n");
    for i in 0..n {
        out.push_str(&format!("  x{i} : yes/no\n"));
    }
    out.push_str("}\n");
    out
}

pub(crate) fn yes_no_lead(rules: &RuleSet, truths: &[Truth]) -> Vec<Value> {
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    for (i, t) in truths.iter().enumerate() {
        lead[slot(rules, &format!("x{i}"))] = value_of(*t);
    }
    lead
}

/// The truth of every score rule of a one-score file, for a lead.
pub(crate) fn fired(rules: &RuleSet, lead: &[Value]) -> Vec<Truth> {
    evaluate(rules, lead).fired(0).to_vec()
}

/// A file whose score has one `+1` line per condition, over the given fields.
pub(crate) fn conditions_file<S: AsRef<str>>(fields: &str, conditions: &[S]) -> String {
    let mut out = format!("fields {{\n{fields}\n}}\nscore {{\n");
    for c in conditions {
        out.push_str(&format!("  +1 when {}\n", c.as_ref()));
    }
    out.push_str("}\nclassify { everyone otherwise }\n");
    out
}

pub(crate) fn to_truth(b: Option<bool>) -> Truth {
    b.map_or(Truth::Unknown, Truth::from)
}

/// The truth of a score or class line `[not] x{field}` for the truths of `x0`, `x1`, ...
pub(crate) fn line_truth(truths: &[Truth], field: usize, negated: bool) -> Truth {
    if negated { truths[field].not() } else { truths[field] }
}

/// `items` without repeats, in their order: a list in a condition names each value once.
pub fn distinct<T: PartialEq>(items: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
