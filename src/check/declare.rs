//! First pass: declare every name (fields, frameworks, profiles, scores) before any rule is
//! typed, so rules may refer to things declared further down the file.

use super::Checker;
use super::model::{Type, Unit};
use super::names::RESERVED;
use crate::diagnostic::{Code, Diagnostic};
use crate::schema::{DateFormat, EnumValue, FieldKind, FieldSpec, Schema};
use crate::span::{Span, Spanned};
use crate::syntax::ast::{FieldDecl, FieldType, Item, RuleFile};
use indexmap::IndexMap;

/// What the first pass found out, handed to the typing pass.
pub(super) struct Declared {
    pub schema: Schema,
    pub field_spans: Vec<Span>,
}

impl Checker {
    pub(super) fn declare(&mut self, file: &RuleFile) -> Declared {
        let mut schema = Schema { fields: Vec::new(), key: None };
        let mut field_spans = Vec::new();
        let mut key_span: Option<Span> = None;
        let mut single_blocks: IndexMap<&'static str, Span> = IndexMap::new();

        for item in &file.items {
            match item {
                Item::Fields(block) => {
                    for decl in &block.fields {
                        if !self.declare_name(&decl.name.name, decl.name.span, "field") {
                            continue;
                        }
                        let slot = schema.fields.len();
                        let (kind, ty) = self.field_kind(decl, slot);
                        let columns = if decl.columns.is_empty() {
                            vec![decl.name.name.clone()]
                        } else {
                            decl.columns.iter().map(|c| c.node.clone()).collect()
                        };
                        if let Some(span) = decl.key {
                            match key_span {
                                Some(first) => self.report(
                                    Diagnostic::new(Code::InvalidSetting, "only one field can be the key", span, "a second key")
                                        .with_label(first, "the key is already this field")
                                        .with_help("remove `key` from one of the two fields: the key names each lead in the output"),
                                ),
                                None => {
                                    key_span = Some(span);
                                    schema.key = Some(slot);
                                }
                            }
                        }
                        self.names.fields.insert(decl.name.name.clone(), slot);
                        self.names.field_types.push(ty);
                        self.names.enum_values.push(match &kind {
                            FieldKind::OneOf(values) => values.iter().map(|v| v.name.clone()).collect(),
                            _ => Vec::new(),
                        });
                        self.names.enum_spellings.push(match &kind {
                            FieldKind::OneOf(values) => values
                                .iter()
                                .enumerate()
                                .flat_map(|(i, v)| {
                                    std::iter::once(&v.name)
                                        .chain(&v.spellings)
                                        .map(move |s| (s.to_lowercase(), i as u32))
                                })
                                .collect(),
                            _ => Vec::new(),
                        });
                        self.used_fields.push(false);
                        schema.fields.push(FieldSpec { name: decl.name.name.clone(), kind, columns, used: false });
                        field_spans.push(decl.span);
                    }
                }
                Item::Minimum(_) => self.names.has_minimum = true,
                Item::Framework(fw) => {
                    if self.declare_name(&fw.name.name, fw.name.span, "framework") {
                        let index = self.names.frameworks.len();
                        self.names.frameworks.insert(fw.name.name.clone(), index);
                        let mut criteria = IndexMap::new();
                        for c in &fw.criteria {
                            if let Some(&first) = criteria.get(&c.name.name) {
                                let first: usize = first;
                                let first_span = fw.criteria[first].name.span;
                                self.duplicate(&c.name.name, c.name.span, first_span, "criterion");
                            } else {
                                criteria.insert(c.name.name.clone(), criteria.len());
                            }
                        }
                        self.names.criteria.push(criteria);
                    }
                }
                Item::Profile(p) => {
                    if self.declare_name(&p.name.name, p.name.span, "profile") {
                        self.names.profiles.insert(p.name.name.clone(), self.names.profiles.len());
                    }
                }
                Item::Score(s) => {
                    let (name, span) = match &s.name {
                        Some(n) => (n.name.as_str(), n.span),
                        None => ("score", Span::new(s.span.start as usize, s.span.start as usize + 5)),
                    };
                    let fresh = if s.name.is_none() {
                        match self.names.declared_at.get("score").copied() {
                            Some(first) => {
                                self.report(
                                    Diagnostic::new(Code::DuplicateBlock, "there are two unnamed `score` blocks", span, "a second unnamed score")
                                        .with_label(first, "the first one")
                                        .with_help("merge them into one block, or name them: `score fit { ... }` and `score engagement { ... }`"),
                                );
                                false
                            }
                            None => {
                                self.names.declared_at.insert("score".into(), span);
                                true
                            }
                        }
                    } else {
                        self.declare_name(name, span, "score")
                    };
                    if fresh {
                        self.names.scores.insert(name.to_string(), self.names.scores.len());
                    }
                }
                Item::Classify(b) => self.single_block(&mut single_blocks, "classify", b.span),
                Item::Temperature(b) => self.single_block(&mut single_blocks, "temperature", b.span),
                Item::Deal(b) => {
                    self.single_block(&mut single_blocks, "deal", b.span);
                    self.names.has_deal_size |= b.size.is_some();
                    self.names.has_probability |= !b.probability.is_empty();
                }
                Item::Use(u) => self.report(
                    Diagnostic::new(Code::InvalidSetting, "`use` is not available yet", u.span, "imports are not read")
                        .with_help("copy the framework's blocks into this file for now; imports are on the way"),
                ),
                Item::Example(_) => {}
            }
        }
        Declared { schema, field_spans }
    }

    /// Declares a top-level name; reports and returns false when it is taken or reserved.
    fn declare_name(&mut self, name: &str, span: Span, what: &str) -> bool {
        if RESERVED.contains(&name) {
            self.report(
                Diagnostic::new(
                    Code::DuplicateName,
                    format!("`{name}` is a built-in name and cannot name a {what}"),
                    span,
                    "reserved",
                )
                .with_help(format!("choose another name for this {what}, such as `{name}_value`")),
            );
            return false;
        }
        if let Some(&first) = self.names.declared_at.get(name) {
            self.duplicate(name, span, first, what);
            return false;
        }
        self.names.declared_at.insert(name.to_string(), span);
        true
    }

    fn duplicate(&mut self, name: &str, span: Span, first: Span, what: &str) {
        self.report(
            Diagnostic::new(
                Code::DuplicateName,
                format!("`{name}` is declared twice"),
                span,
                format!("a second {what} named `{name}`"),
            )
            .with_label(first, "first declared here")
            .with_help("give each a different name, or remove one of them"),
        );
    }

    fn single_block(&mut self, seen: &mut IndexMap<&'static str, Span>, keyword: &'static str, span: Span) {
        let head = Span::new(span.start as usize, span.start as usize + keyword.len());
        match seen.get(keyword) {
            Some(&first) => self.report(
                Diagnostic::new(
                    Code::DuplicateBlock,
                    format!("there are two `{keyword}` blocks"),
                    head,
                    "a second block",
                )
                .with_label(first, "the first one")
                .with_help(format!("a definition has one `{keyword}` block: merge the two")),
            ),
            None => {
                seen.insert(keyword, head);
            }
        }
    }

    fn field_kind(&mut self, decl: &FieldDecl, slot: usize) -> (FieldKind, Type) {
        match &decl.ty.node {
            FieldType::Number => (FieldKind::Number, Type::Num(Unit::Count)),
            FieldType::Money => (FieldKind::Money, Type::Num(Unit::Money)),
            FieldType::Percent => (FieldKind::Percent, Type::Num(Unit::Percent)),
            FieldType::YesNo => (FieldKind::YesNo, Type::Bool),
            FieldType::Text => (FieldKind::Text, Type::Text),
            FieldType::Duration(unit) => (FieldKind::Duration(*unit), Type::Num(Unit::Duration)),
            FieldType::Date { format } => (FieldKind::Date(self.date_format(format.as_ref())), Type::Date),
            FieldType::DateTime { format } => (FieldKind::DateTime(self.date_format(format.as_ref())), Type::DateTime),
            FieldType::OneOf(variants) => {
                let mut values: Vec<EnumValue> = Vec::new();
                let mut seen: IndexMap<&str, Span> = IndexMap::new();
                for v in variants {
                    if let Some(&first) = seen.get(v.name.name.as_str()) {
                        self.duplicate(&v.name.name, v.name.span, first, "value");
                        continue;
                    }
                    seen.insert(&v.name.name, v.name.span);
                    values.push(EnumValue {
                        name: v.name.name.clone(),
                        spellings: v.spellings.iter().map(|s| s.node.clone()).collect(),
                    });
                }
                (FieldKind::OneOf(values), Type::Enum(slot))
            }
        }
    }

    fn date_format(&mut self, format: Option<&Spanned<String>>) -> DateFormat {
        let Some(format) = format else { return DateFormat::Default };
        DateFormat::parse(&format.node).unwrap_or_else(|| {
            self.report(
                Diagnostic::new(Code::BadLiteral, format!("`{}` is not a date format", format.node), format.span, "not understood")
                    .with_help("write the order of day `d`, month `m` and year `yyyy` with one separator, such as \"m/d/yyyy\" or \"dd.mm.yyyy\""),
            );
            DateFormat::Default
        })
    }
}
