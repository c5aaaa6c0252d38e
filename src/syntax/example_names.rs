//! The names the examples of a message about a rule file take from the file itself
//! (`locale::examples`): a help shows `headcount >= 10` to a file that counts its employees in
//! `headcount`, `отрасль в [ит, розница]` to one with a `один из` field `отрасль`, and the
//! made-up names of the file's keyword language only for a kind of field it does not declare.

use super::ast::{FieldDecl, FieldType, Item};
use crate::locale::Examples;

/// The made-up names of the messages' examples by the kind of field they stand for: a field of
/// that kind in the file takes their place (the first such field; the second, if there is one,
/// for the second name of a kind).
const BY_KIND: [(Kind, &[&str]); 6] = [
    (Kind::Number, &["employees"]),
    (Kind::Money, &["budget", "ad_spend"]),
    (Kind::Duration, &["timeline", "time_on_site"]),
    (Kind::Text, &["need"]),
    (Kind::Moment, &["created_at"]),
    (Kind::Choice, &["role", "industry", "source"]),
];

/// The made-up values of each `one of` example field, first and second: the values of the field
/// that stands for it stand for them (`role in [ceo, cto]`, `role not in [intern, manager]`,
/// `industry = it`, `source = cold_call`).
const CHOICE_VALUES: [(&str, [&[&str]; 2]); 3] = [
    ("role", [&["ceo", "intern"], &["cto", "manager"]]),
    ("industry", [&["it"], &["retail"]]),
    ("source", [&["cold_call"], &[]]),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Number,
    Money,
    Duration,
    Text,
    Moment,
    Choice,
}

fn kind_of(ty: &FieldType) -> Option<Kind> {
    Some(match ty {
        FieldType::Number => Kind::Number,
        FieldType::Money => Kind::Money,
        FieldType::Duration(_) | FieldType::NumberIn(_) => Kind::Duration,
        FieldType::Text => Kind::Text,
        FieldType::Date { .. } | FieldType::DateTime { .. } => Kind::Moment,
        FieldType::OneOf(values) if values.len() >= 2 => Kind::Choice,
        _ => return None,
    })
}

/// The examples for messages about the rule file `text`: its keyword language's made-up names,
/// with the file's own fields in place of those it has a field of the kind for.
pub fn examples_of(text: &str) -> Examples {
    let mut examples = Examples::of_keywords(super::text_language(text));
    let parsed = super::parse(text);
    let fields: Vec<(Kind, &FieldDecl)> = parsed
        .file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Fields(block) => Some(&block.fields),
            _ => None,
        })
        .flatten()
        .filter_map(|f| f.ty.as_ref().and_then(|ty| kind_of(&ty.node)).map(|kind| (kind, f)))
        .collect();
    for (kind, names) in BY_KIND {
        let of_kind: Vec<&FieldDecl> = fields.iter().filter(|(k, _)| *k == kind).map(|(_, f)| *f).collect();
        let Some(first) = of_kind.first() else { continue };
        for (i, name) in names.iter().enumerate() {
            // A field the file names as the example does stands for itself; else one of the kind.
            let same = of_kind.iter().find(|f| f.name.name == *name);
            let field = same.or(of_kind.get(i)).unwrap_or(first);
            examples = examples.with(name, field.name.name.as_str());
            let Some(FieldType::OneOf(values)) = field.ty.as_ref().map(|t| &t.node) else { continue };
            let groups = CHOICE_VALUES.iter().find(|(n, _)| n == name).map(|(_, g)| g);
            for (made_up, value) in groups.into_iter().flatten().zip(values) {
                for made_up in *made_up {
                    let own = values.iter().any(|v| v.name.name == *made_up);
                    let shown = if own { *made_up } else { value.name.name.as_str() };
                    examples = examples.with(made_up, shown);
                }
            }
        }
    }
    examples
}

#[cfg(test)]
mod tests {
    use super::examples_of;
    use crate::locale::examples::mark_examples;

    #[test]
    fn an_example_names_a_field_of_its_kind_the_file_declares() {
        let marked = mark_examples("employees >= 10, role in [ceo, cto], budget >= 500_000, need is known");
        let russian = "поля {\n  штат : число\n  отрасль : один из ит, розница\n}\n";
        assert_eq!(
            examples_of(russian).fill(&marked),
            "штат >= 10, отрасль in [ит, розница], бюджет >= 500_000, потребность is known"
        );
        let english = "fields {\n  headcount : number\n  deal_value : money\n}\n";
        assert_eq!(
            examples_of(english).fill(&marked),
            "headcount >= 10, role in [ceo, cto], deal_value >= 500_000, need is known"
        );
        // A field named as the example stands for itself, with its own values.
        let marked = mark_examples("source = cold_call, industry = it");
        let acme = "fields {\n  industry : one of retail, it\n  source : one of web, cold_call\n}\n";
        assert_eq!(examples_of(acme).fill(&marked), "source = cold_call, industry = it");
    }
}
