//! Placeholders and spellings (language.md section 3): `unknown when "Select"` reads a cell as
//! unknown for the rules, but as itself for reports; spellings are compared ignoring case and
//! blanks the same way in reading a `one of` cell, in `source = "Google"`, in placeholders.

use crate::support::*;
use leadrules::compile::program::RuleSet;
use leadrules::input::{InputOptions, from_bytes};
use leadrules::value::{Truth, Value, fold_spelling, same_spelling};
use proptest::prelude::*;

const FIELDS: &str = r#"  source : text unknown when "Select", "n/a"
  city   : one of moscow ("Москва"), spb ("Санкт-Петербург") unknown when "не указано"
  visits : number
  dm     : yes/no unknown when "н/д""#;

const CONDITIONS: [&str; 6] =
    [r#"source = "Google""#, "source is unknown", "city = moscow", "city is unknown", "visits >= 3", "dm"];

fn placeholder_rules(block: &str) -> RuleSet {
    rules(&conditions_file(FIELDS, &CONDITIONS).replacen("fields {", &format!("fields{block} {{"), 1))
}

/// The values of each lead of a CSV text, or the error of its row.
fn read(rules: &RuleSet, csv: &str) -> Vec<Result<Vec<Value>, String>> {
    let reader = from_bytes("leads.csv", csv.as_bytes().to_vec(), &rules.schema, &InputOptions::default())
        .expect("the CSV opens");
    reader.map(|row| row.values.map_err(|e| e.to_string())).collect()
}

fn values(rules: &RuleSet, csv: &str) -> Vec<Vec<Value>> {
    read(rules, csv).into_iter().map(|r| r.expect("the row reads")).collect()
}

#[test]
fn a_placeholder_is_unknown_to_the_rules_and_itself_to_reports() {
    let rules = placeholder_rules(r#" unknown when "-""#);
    let leads =
        values(&rules, "source,city,visits,dm\n select ,НЕ  УКАЗАНО,-,н/д\nGoogle,Москва,3,да\nN/A,москва,-,-\n");
    let [placeholders, known, mixed] = &leads[..] else { panic!("three leads: {leads:?}") };
    let blanks = &lead(&rules, &[]);
    assert_eq!(placeholders[0], Value::Placeholder("Select".into()), "kept as declared");
    assert_eq!(placeholders[1], Value::Placeholder("не указано".into()));
    assert_eq!(placeholders[2], Value::Placeholder("-".into()), "the block's placeholder");
    assert_eq!(placeholders[3], Value::Placeholder("н/д".into()));
    assert!(blanks.iter().all(|v| *v == Value::Unknown));
    assert!(placeholders.iter().all(|v| !v.is_known()));
    // To the rules a placeholder is a blank.
    assert_eq!(fired(&rules, placeholders), fired(&rules, blanks));
    let t = Truth::True;
    assert_eq!(fired(&rules, blanks), [Truth::Unknown, t, Truth::Unknown, t, Truth::Unknown, Truth::Unknown]);
    assert_eq!(fired(&rules, known), [t, Truth::False, t, Truth::False, t, t]);
    assert_eq!(mixed[0], Value::Placeholder("n/a".into()));
    assert_eq!(mixed[3], Value::Placeholder("-".into()));
}

#[test]
fn without_a_placeholder_the_cell_is_an_error_row_as_before() {
    let rules = rules(&conditions_file(FIELDS, &CONDITIONS));
    let rows = read(&rules, "source,city,visits,dm\nGoogle,Москва,-,да\nSelect,,,\n");
    assert!(rows[0].as_ref().is_err_and(|e| e.contains("visits")), "{rows:?}");
    assert_eq!(rows[1], Ok(vec![Value::Placeholder("Select".into()), Value::Unknown, Value::Unknown, Value::Unknown]));
}

#[test]
fn a_placeholder_that_is_a_value_of_its_field_is_refused() {
    let file = |fields: &str| conditions_file(fields, &["a is known"]);
    assert_eq!(codes(&file(r#"  a : yes/no unknown when "нет""#)), ["E307"]);
    assert_eq!(codes(&file(r#"  a : one of x ("-"), y unknown when " - ""#)), ["E307"]);
    assert_eq!(codes(&file(r#"  a : one of x, y unknown when "Y""#)), ["E307"]);
    assert_eq!(codes(&file(r#"  a : text unknown when """#)), ["E307"]);
    // A block's placeholder does not apply where it is a value: `-` stays `x`.
    let rules = rules(&file(r#"  a : one of x ("-"), y"#).replacen("fields {", r#"fields unknown when "-" {"#, 1));
    assert_eq!(values(&rules, "a\n-\n")[0], [Value::Enum(0)]);
}

/// `text` written with its letters' case changed and blanks added around and doubled inside.
fn respelt(text: &str, upper: &[bool], pad: (usize, usize), double: bool) -> String {
    let mut out = " ".repeat(pad.0);
    for (i, c) in text.chars().enumerate() {
        match c {
            ' ' if double => out.push_str(" \t "),
            c if upper.get(i).copied().unwrap_or(false) => out.extend(c.to_uppercase()),
            c => out.push(c),
        }
    }
    out.push_str(&" ".repeat(pad.1));
    out
}

fn spelling() -> impl Strategy<Value = (&'static str, Vec<bool>, (usize, usize), bool)> {
    let texts = prop_oneof![Just("Google"), Just("google ads"), Just("Москва"), Just("Select"), Just("не указано")];
    (texts, proptest::collection::vec(any::<bool>(), 12), (0..3usize, 0..3usize), any::<bool>())
}

proptest! {
    #![proptest_config(config(200))]

    /// A spelling read in any case and with any blanks is the same value, the same placeholder
    /// and equal to the rule's text, and folds to the same group.
    #[test]
    fn spellings_ignore_case_and_blanks((text, upper, pad, double) in spelling()) {
        let written = respelt(text, &upper, pad, double);
        prop_assert!(same_spelling(&written, text));
        prop_assert_eq!(fold_spelling(&written), fold_spelling(text));
        let rules = placeholder_rules("");
        let city = if text == "Москва" { written.as_str() } else { "" };
        let csv = format!("source,city\n\"{written}\",\"{city}\"\n");
        let lead = values(&rules, &csv).remove(0);
        let fired = fired(&rules, &lead);
        match text {
            "Select" => prop_assert_eq!(&lead[0], &Value::Placeholder("Select".into())),
            _ => prop_assert_eq!(&lead[0], &Value::Text(written.trim().into())),
        }
        prop_assert_eq!(fired[0], if text == "Select" { Truth::Unknown } else { Truth::from(text == "Google") });
        prop_assert_eq!(&lead[1], if text == "Москва" { &Value::Enum(0) } else { &Value::Unknown });
    }
}

#[test]
fn other_catches_every_spelling_no_value_lists_but_not_blanks_or_placeholders() {
    let rules = rules(&conditions_file(
        r#"  source : one of google ("Google Ads"), other unknown when "Select""#,
        &["source = other", "source = google", "source is unknown"],
    ));
    let leads = values(&rules, "source,x\nBing,1\n google  ads ,1\nSelect,1\n,1\n");
    assert_eq!(leads[0][0], Value::Enum(1), "an unlisted spelling is `other`");
    assert_eq!(leads[1][0], Value::Enum(0));
    assert_eq!(leads[2][0], Value::Placeholder("Select".into()));
    assert_eq!(leads[3][0], Value::Unknown);
    assert_eq!(fired(&rules, &leads[0]), [Truth::True, Truth::False, Truth::False]);
    // Russian `прочее` is the same; two catch-alls in one field are refused.
    let russian = rules_ru();
    assert_eq!(values(&russian, "source\nчто угодно\n")[0][0], Value::Enum(1));
    assert_eq!(codes(&conditions_file("  s : one of a, other, прочее", &["s = a"])), ["E307"]);
    assert_eq!(codes(&conditions_file("  s : one of a, other, other", &["s = a"])), ["E102"]);
}

fn rules_ru() -> RuleSet {
    rules(&conditions_file("  source : one of a, прочее", &["source = прочее"]))
}
