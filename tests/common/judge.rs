//! Judging leads in-process for the tests of the evaluator's semantics: a rule text compiled
//! (failing the test on any error) and a lead given by field names.

use leadrules::compile::load;
use leadrules::compile::program::RuleSet;
use leadrules::span::SourceFile;
use leadrules::value::Value;

/// The compiled rule set of `text`; the test fails on any error, naming it.
pub fn rules(text: &str) -> RuleSet {
    let loaded = load(SourceFile::new("test.rules", text));
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    loaded.rules.expect("compiles")
}

/// A lead with the given values by field name, every other field unknown.
pub fn lead(rules: &RuleSet, values: &[(&str, Value)]) -> Vec<Value> {
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    for (name, value) in values {
        lead[rules.schema.slot_of(name).expect("field")] = value.clone();
    }
    lead
}
