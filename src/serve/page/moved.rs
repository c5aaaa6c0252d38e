//! What a changed rule text would do: the leads whose verdict (class or temperature) it would
//! move, judged under the version in force and under the edited text by the same library step
//! as `qualify` (`leads::judge`). The leads compared are the definition's own examples (those of
//! the version in force and those of the edited text, once each by name) and, when the service
//! was given `--sample FILE`, the first [`SAMPLE_LIMIT`] leads of that file, read under each
//! definition's own fields as `qualify` reads an export.
//!
//! An example's values are carried to the other definition by field name: a field the edit
//! removes is dropped, one whose kind it changes is unknown there, and a `one of` value keeps
//! its name.

use crate::compile::program::{ExampleModel, RuleSet};
use crate::input::{InputOptions, LeadRow};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::schema::FieldKind;
use crate::serve::Definition;
use crate::serve::definition::{compiled_with, failing_examples};
use crate::serve::leads;
use crate::span::SourceFile;
use crate::value::Value;
use serde_json::{Value as Json, json};
use std::collections::HashSet;
use std::path::Path;

/// The most leads of the sample file compared on each change (the rest are not read).
pub const SAMPLE_LIMIT: usize = 1000;

/// The verdict's members compared and shown: a lead moves when its class or temperature does.
const KEPT: [&str; 5] = ["class", "temperature", "respond_within", "score", "decided_by"];

/// The leads compared, each under both definitions.
struct Leads {
    /// How each lead is named, and where it comes from (`example` or `sample`).
    names: Vec<(String, &'static str)>,
    before: Vec<LeadRow>,
    after: Vec<LeadRow>,
}

/// The answer of `POST /v1/moved` for `text`, an edit of the rule file `current` was read from
/// (the files it uses are taken as `current` was loaded with them).
pub fn compare_text(current: &Definition, text: SourceFile, sample: Option<&Path>, lang: Lang) -> Json {
    let about = |d: &Definition| json!({ "name": d.name, "version": d.version, "digest": d.digest });
    let edited = match compiled_with(text, &current.used_texts()) {
        Ok(edited) => edited,
        Err(refusal) => {
            return json!({
                "definition": about(current),
                "edited": null,
                "refused": lang.text(&msg!("page-would-refuse", reason = refusal.reason)),
                "compared": 0,
                "summary": lang.text(&msg!("page-moved-not-compared")),
                "moved": [],
                "sample_problem": null,
            });
        }
    };
    let failing = failing_examples(&edited.rules);
    let refused = (!failing.is_empty()).then(|| {
        let reason = msg!(
            "serve-examples-fail",
            file = edited.rules.file_name(),
            count = failing.len(),
            examples = crate::message::Arg::Verbatim(failing.join(", "))
        );
        lang.text(&msg!("page-would-refuse", reason = reason))
    });
    let mut compared = examples(current, &edited);
    let mut sample_problem = None;
    if let Some(path) = sample {
        match (sample_rows(path, &current.rules), sample_rows(path, &edited.rules)) {
            (Ok(before), Ok(after)) => {
                for (row, (b, a)) in before.into_iter().zip(after).enumerate() {
                    let name = b.id.clone().unwrap_or_else(|| lang.text(&msg!("page-sample-row", row = row + 1)));
                    compared.names.push((name, "sample"));
                    compared.before.push(b);
                    compared.after.push(a);
                }
            }
            (Err(problem), _) | (_, Err(problem)) => sample_problem = Some(lang.text(&problem)),
        }
    }
    let moved = match (verdicts(current, &compared.before, lang), verdicts(&edited, &compared.after, lang)) {
        (Ok(before), Ok(after)) => compared
            .names
            .iter()
            .zip(before.into_iter().zip(after))
            .filter(|(_, (b, a))| b["class"] != a["class"] || b["temperature"] != a["temperature"])
            .map(|((name, source), (before, after))| {
                json!({ "lead": name, "source": source, "before": before, "after": after })
            })
            .collect::<Vec<_>>(),
        (Err(problem), _) | (_, Err(problem)) => {
            sample_problem = Some(problem);
            Vec::new()
        }
    };
    let count = compared.names.len();
    let summary = if moved.is_empty() {
        msg!("page-moved-none", compared = count)
    } else {
        msg!("page-moved-some", moved = moved.len(), compared = count)
    };
    json!({
        "definition": about(current),
        "edited": about(&edited),
        "refused": refused,
        "compared": count,
        "summary": lang.text(&summary),
        "moved": moved,
        "sample_problem": sample_problem,
    })
}

/// The examples of both definitions, once each by name (those of the version in force first).
fn examples(current: &Definition, edited: &Definition) -> Leads {
    let mut leads = Leads { names: Vec::new(), before: Vec::new(), after: Vec::new() };
    let mut seen = HashSet::new();
    let all = current.rules.examples.iter().map(|e| (&current.rules, e));
    for (owner, example) in all.chain(edited.rules.examples.iter().map(|e| (&edited.rules, e))) {
        if !seen.insert(example.name.as_str()) {
            continue;
        }
        let record = leads.names.len() as u64 + 1;
        let line = owner.line(example.span) as u64;
        let row = |rules: &RuleSet| LeadRow { record, line, id: None, values: Ok(carry(example, owner, rules)) };
        leads.before.push(row(&current.rules));
        leads.after.push(row(&edited.rules));
        leads.names.push((example.name.clone(), "example"));
    }
    leads
}

/// An example's lead, written under `from`'s fields, as a lead of `to`'s fields.
fn carry(example: &ExampleModel, from: &RuleSet, to: &RuleSet) -> Vec<Value> {
    let mut lead = vec![Value::Unknown; to.schema.fields.len()];
    for (slot, value) in &example.lead {
        let Some(field) = from.schema.fields.get(*slot) else { continue };
        let Some(target) = to.schema.slot_of(&field.name) else { continue };
        lead[target] = match (&field.kind, &to.schema.fields[target].kind, value) {
            (FieldKind::OneOf(old), FieldKind::OneOf(new), Value::Enum(i)) => old
                .get(*i as usize)
                .and_then(|v| new.iter().position(|w| w.name == v.name))
                .map_or(Value::Unknown, |j| Value::Enum(j as u32)),
            (old, new, value) if old == new => value.clone(),
            _ => Value::Unknown,
        };
    }
    lead
}

/// The first [`SAMPLE_LIMIT`] leads of the sample file, read under `rules`' fields.
pub fn sample_rows(path: &Path, rules: &RuleSet) -> Result<Vec<LeadRow>, Message> {
    let problem = |reason: Message| msg!("page-sample-unreadable", file = path.display().to_string(), reason = reason);
    let mut reader =
        crate::input::open(path, &rules.schema, &InputOptions::default()).map_err(|e| problem(e.message()))?;
    let rows: Vec<LeadRow> = (&mut reader).take(SAMPLE_LIMIT).collect();
    if let Some(e) = reader.take_error() {
        return Err(problem(e.message()));
    }
    Ok(rows)
}

/// Each lead's verdict under `definition`, as `qualify` writes it, cut to what is compared.
fn verdicts(definition: &Definition, rows: &[LeadRow], lang: Lang) -> Result<Vec<Json>, String> {
    let judged = leads::judge(definition, rows, lang).map_err(|_| lang.text(&msg!("serve-judging-failed")))?;
    Ok(judged
        .jsonl
        .split(|b| *b == b'\n')
        .filter(|line| !line.is_empty())
        .map(|line| {
            let row: Json = serde_json::from_slice(line).unwrap_or(Json::Null);
            let kept: serde_json::Map<String, Json> =
                KEPT.iter().map(|key| ((*key).to_string(), row.get(*key).cloned().unwrap_or(Json::Null))).collect();
            Json::Object(kept)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> RuleSet {
        let loaded = crate::compile::load(SourceFile::new("t.rules", text));
        loaded.rules.unwrap_or_else(|| panic!("{:?}", loaded.diagnostics))
    }

    const OLD: &str = r#"
fields {
  staff : number
  kind : one of a, b, c
  gone : yes/no
  firm : yes/no
}
classify {
  big  when staff >= 10 and kind = c and firm
  rest otherwise
}
example "x" {
  lead { staff: 20, kind: c, gone: yes, firm: yes }
  expect class big
}
"#;

    #[test]
    fn an_example_is_carried_by_field_name_and_value_name() {
        let old = rules(OLD);
        // `kind`'s values reordered, `gone` removed, `firm` retyped, a field added.
        let new = rules(
            "fields {\n  extra : number\n  kind : one of c, a, b\n  staff : number\n  firm : number\n}\n\
             classify {\n  big when staff >= 10 and kind = c and firm > 0\n  rest otherwise\n}\n",
        );
        let lead = carry(&old.examples[0], &old, &new);
        let at = |name: &str| &lead[new.schema.slot_of(name).unwrap()];
        assert_eq!(at("staff"), &Value::Number(20.0));
        assert_eq!(at("kind"), &Value::Enum(0), "c is the first value now");
        assert_eq!(at("firm"), &Value::Unknown, "a retyped field is unknown");
        assert_eq!(at("extra"), &Value::Unknown);
        assert_eq!(lead.len(), 4, "the removed field is dropped");
    }

    #[test]
    fn the_same_text_moves_nothing_and_a_changed_one_moves_its_example() {
        let path = "t.rules";
        let current = crate::serve::definition::from_text(SourceFile::new(path, OLD)).ok().unwrap();
        let same = compare_text(&current, SourceFile::new(path, OLD), None, Lang::En);
        assert_eq!(same["moved"], json!([]));
        assert_eq!(same["compared"], 1);
        let changed = compare_text(&current, SourceFile::new(path, OLD.replace(">= 10", ">= 50")), None, Lang::En);
        assert_eq!(changed["moved"][0]["lead"], "x", "{changed}");
        assert_eq!(changed["moved"][0]["before"]["class"], "big");
        assert_eq!(changed["moved"][0]["after"]["class"], "rest");
        assert!(changed["refused"].as_str().unwrap().contains("\"x\""), "its example fails: {changed}");
    }
}
