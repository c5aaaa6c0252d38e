//! Input columns carried into the verdict rows (`qualify --keep Компания,Ответственный`), so
//! the verdict file can go straight back to the CRM's import. Each kept column is read as a
//! text field of its own, after the rules' fields (so the reader binds, decodes and reports it
//! like any column), and written after the verdict's own columns under its name in the file.

use crate::input::error::{Joint, joined, quoted};
use crate::message::Message;
use crate::msg;
use crate::schema::{FieldKind, FieldSpec, Schema};

/// The columns to keep, as the user named them.
#[derive(Clone, Debug, Default)]
pub struct KeptColumns {
    names: Vec<String>,
}

impl KeptColumns {
    /// The columns named (empty names and repeats are dropped).
    pub fn new(names: &[String]) -> KeptColumns {
        let mut kept: Vec<String> = Vec::new();
        for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
            if !kept.iter().any(|k| k == name) {
                kept.push(name.to_string());
            }
        }
        KeptColumns { names: kept }
    }

    /// The rules' schema with a text field for each kept column at the end.
    pub fn reading_schema(&self, schema: &Schema) -> Schema {
        let mut reading = schema.clone();
        reading.fields.extend(self.names.iter().map(|name| FieldSpec {
            name: format!("(kept) {name}"),
            kind: FieldKind::Text,
            columns: vec![name.clone()],
            used: true,
            decimal_mark: None,
            unknown_when: Vec::new(),
        }));
        reading
    }

    /// Every kept column must be in the file: `columns` is the reader's column per slot of the
    /// reading schema.
    pub fn all_found(&self, schema: &Schema, columns: &[Option<String>]) -> Result<(), Message> {
        let missing: Vec<&str> = self
            .names
            .iter()
            .enumerate()
            .filter(|(i, _)| columns.get(schema.fields.len() + i).is_none_or(Option::is_none))
            .map(|(_, name)| name.as_str())
            .collect();
        match missing.as_slice() {
            [] => Ok(()),
            [one] => Err(msg!("output-keep-missing-one", column = *one)),
            many => {
                Err(msg!("output-keep-missing-many", columns = joined(many.iter().map(|m| quoted(m)), Joint::Comma)))
            }
        }
    }

    /// The output columns: the verdict's own, then each kept column under its name (with
    /// ` (input)` after it when the verdict already has a column of that name).
    pub fn output_columns(&self, mut own: Vec<String>) -> Vec<String> {
        let taken = own.clone();
        own.extend(self.names.iter().map(|name| match taken.contains(name) {
            true => format!("{name} (input)"),
            false => name.clone(),
        }));
        own
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_columns_are_read_as_text_and_named_apart_from_the_verdicts_own() {
        let kept = KeptColumns::new(&["Компания".into(), " class ".into(), "Компания".into(), "".into()]);
        let schema = Schema { fields: Vec::new(), key: None };
        let reading = kept.reading_schema(&schema);
        assert_eq!(reading.fields.len(), 2);
        assert_eq!(reading.fields[1].columns, ["class"]);
        assert_eq!(
            kept.output_columns(vec!["row".into(), "class".into()]),
            ["row", "class", "Компания", "class (input)"]
        );
        assert!(kept.all_found(&schema, &[Some("Компания".into()), None]).is_err());
        assert!(kept.all_found(&schema, &[Some("Компания".into()), Some("class".into())]).is_ok());
    }
}
