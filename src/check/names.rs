//! The checker's symbol table: every name a rule can refer to, and what it stands for.

use super::model::Type;
use crate::span::Span;
use indexmap::IndexMap;

/// Names reserved for built-in references; no field, framework, profile or score may take them.
pub const RESERVED: [&str; 3] = ["minimum", "score", "deal"];

#[derive(Default)]
pub struct Names {
    /// Field name → slot.
    pub fields: IndexMap<String, usize>,
    /// By slot: the field's type and, for `one of` fields, its value names.
    pub field_types: Vec<Type>,
    /// By slot: the unit of a duration field (`timeline : days`), for a bare number compared
    /// with it.
    pub field_units: Vec<Option<crate::syntax::ast::DurationUnit>>,
    pub enum_values: Vec<Vec<String>>,
    /// By slot: every lowercased name and spelling of a `one of` value, with its index.
    pub enum_spellings: Vec<Vec<(String, u32)>>,
    /// Framework name → index, with each framework's criterion names.
    pub frameworks: IndexMap<String, usize>,
    pub criteria: Vec<IndexMap<String, usize>>,
    pub profiles: IndexMap<String, usize>,
    /// Named condition (`let`) name → index.
    pub lets: IndexMap<String, usize>,
    /// Score name (`score` for the unnamed one) → index.
    pub scores: IndexMap<String, usize>,
    /// Parameter name → its value, already typed.
    pub parameters: IndexMap<String, super::model::TExpr>,
    /// Every CRM column a field is read from, normalised (`super::hints::normalize`), with the
    /// field's slot: for a column name written where the field's name belongs.
    pub column_names: Vec<(String, usize)>,
    /// Each class rule of `classify`: the class, where its name is written, and the span of its
    /// condition (none for `otherwise`).
    pub classes: Vec<(String, Span, Option<Span>)>,
    pub has_minimum: bool,
    pub has_deal_size: bool,
    pub has_probability: bool,
    /// Where each top-level name was declared, for "first declared here", and the `use` line
    /// that brought the declaration in, if it comes from another file.
    pub declared_at: IndexMap<String, Span>,
    pub declared_via: IndexMap<String, Option<Span>>,
}

impl Names {
    /// Every name a bare reference may use, for "did you mean".
    pub fn all_references(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.fields.keys().map(String::as_str).collect();
        names.extend(self.scores.keys().map(String::as_str));
        names.extend(self.parameters.keys().map(String::as_str));
        names.extend(self.lets.keys().map(String::as_str));
        if self.has_minimum {
            names.push("minimum");
        }
        names
    }

    /// The value of a `one of` field written as text: a name or a CRM spelling, compared as the
    /// reader compares cells ([`crate::value::folded_chars`]).
    pub fn enum_by_spelling(&self, slot: usize, text: &str) -> Option<u32> {
        let folded = crate::value::fold_spelling(text);
        self.enum_spellings.get(slot)?.iter().find(|(s, _)| *s == folded).map(|(_, i)| *i)
    }

    /// The value named `name` in any case (`Referral` for `referral`).
    pub fn enum_value_ignoring_case(&self, slot: usize, name: &str) -> Option<u32> {
        let lower = name.to_lowercase();
        self.enum_values.get(slot)?.iter().position(|v| v.to_lowercase() == lower).map(|i| i as u32)
    }

    pub fn enum_value(&self, slot: usize, name: &str) -> Option<u32> {
        self.enum_values.get(slot)?.iter().position(|v| v == name).map(|i| i as u32)
    }
}
