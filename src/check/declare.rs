//! First pass: declare every name (fields, frameworks, profiles, scores) before any rule is
//! typed, so rules may refer to things declared further down the file.

use super::Checker;
use super::model::{Type, Unit};
use super::names::RESERVED;
use crate::diagnostic::{Code, Diagnostic};
use crate::message::Arg;
use crate::message::Message;
use crate::msg;
use crate::schema::{DateFormat, DecimalMark, EnumValue, FieldKind, FieldSpec, Schema};
use crate::span::{Span, Spanned};
use crate::syntax::ast::{FieldDecl, FieldType, Item, Literal, Parameter, RuleFile};
use crate::value::{CATCH_ALL_NAMES, NO_WORDS, YES_WORDS, fold_spelling, same_spelling};
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

        for (index, item) in file.items.iter().enumerate() {
            self.current_via = self.imported_via.get(index).copied().flatten();
            match item {
                Item::Fields(block) => {
                    for decl in &block.fields {
                        self.catch_alls(decl);
                        if let Some(slot) = self.declare_field(decl, &mut schema, &mut field_spans, &mut key_span) {
                            self.placeholders(&mut schema.fields[slot], decl, &block.unknown_when);
                        }
                    }
                    self.empty_placeholders(&block.unknown_when);
                }
                Item::Parameters(block) => {
                    for parameter in &block.parameters {
                        self.declare_parameter(parameter);
                    }
                }
                Item::Minimum(_) => self.names.has_minimum = true,
                Item::Framework(fw) => {
                    if self.declare_name(&fw.name.name, fw.name.span.into(), "framework") {
                        let index = self.names.frameworks.len();
                        self.names.frameworks.insert(fw.name.name.clone(), index);
                        let mut criteria = IndexMap::new();
                        for c in &fw.criteria {
                            if let Some(&first) = criteria.get(&c.name.name) {
                                let first: usize = first;
                                let first_span = fw.criteria[first].name.span;
                                self.duplicate(&c.name.name, c.name.span.into(), first_span.into(), "criterion");
                            } else {
                                criteria.insert(c.name.name.clone(), criteria.len());
                            }
                        }
                        self.names.criteria.push(criteria);
                    }
                }
                Item::Profile(p) => {
                    if self.declare_name(&p.name.name, p.name.span.into(), "profile") {
                        self.names.profiles.insert(p.name.name.clone(), self.names.profiles.len());
                    }
                }
                Item::Score(s) => {
                    let (name, span) = match &s.name {
                        Some(n) => (n.name.as_str(), n.span.into()),
                        None => ("score", Span::new(s.span.start as usize, s.span.start as usize + 5)),
                    };
                    let fresh = if s.name.is_none() {
                        match self.names.declared_at.get("score").copied() {
                            Some(first) => {
                                self.report(
                                    Diagnostic::new(
                                        Code::DuplicateBlock,
                                        msg!("check-names-two-unnamed-scores"),
                                        span,
                                        msg!("check-names-two-unnamed-scores-label"),
                                    )
                                    .with_label(first, msg!("check-the-first-one"))
                                    .with_help(msg!("check-names-two-unnamed-scores-help")),
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
                Item::Classify(b) => {
                    self.single_block(&mut single_blocks, "classify", b.span.into());
                    for rule in &b.rules {
                        let condition = match &rule.when {
                            crate::syntax::ast::When::Condition(e) => Some(Span::from(e.span)),
                            crate::syntax::ast::When::Otherwise(_) => None,
                        };
                        self.names.classes.push((rule.class.name.clone(), rule.class.span.into(), condition));
                    }
                }
                Item::Temperature(b) => self.single_block(&mut single_blocks, "temperature", b.span.into()),
                Item::Deal(b) => {
                    self.single_block(&mut single_blocks, "deal", b.span.into());
                    self.names.has_deal_size |= b.size.is_some();
                    self.names.has_probability |= !b.probability.is_empty();
                }
                Item::Use(u) if self.current_via.is_none() => self.use_lines_end = Some(u.span.into()),
                Item::Let(decl) => self.declare_let(decl),
                Item::Use(_) | Item::Example(_) | Item::Flag(_) => {}
            }
        }
        self.current_via = None;
        self.lets_named_like_classes();
        self.header_span = file.header.as_ref().map(|h| h.span.into());
        Declared { schema, field_spans }
    }

    /// The placeholders a field reads as unknown: its own (`unknown when` on its line) and its
    /// block's (`fields unknown when ...`). Its own must not be one of its values (`"нет"` in a
    /// yes/no field, a `one of` spelling); a block's that is one is left out for that field, so
    /// that `fields unknown when "-"` keeps a `one of` value spelt `-` where one is listed.
    fn placeholders(&mut self, field: &mut FieldSpec, decl: &FieldDecl, block: &[Spanned<String>]) {
        self.empty_placeholders(&decl.unknown_when);
        let value_of = |text: &str| -> Option<Message> {
            match &field.kind {
                FieldKind::OneOf(values) => values
                    .iter()
                    .find(|v| std::iter::once(&v.name).chain(&v.spellings).any(|s| same_spelling(s, text)))
                    .map(|v| msg!("check-names-placeholder-one-of-value", name = v.name.as_str())),
                FieldKind::YesNo => {
                    let folded = fold_spelling(text);
                    if YES_WORDS.contains(&folded.as_str()) {
                        Some(msg!("check-names-placeholder-yes"))
                    } else if NO_WORDS.contains(&folded.as_str()) {
                        Some(msg!("check-names-placeholder-no"))
                    } else {
                        None
                    }
                }
                _ => None,
            }
        };
        let mut own = Vec::new();
        for placeholder in &decl.unknown_when {
            match value_of(&placeholder.node) {
                Some(value) => self.report(
                    Diagnostic::new(
                        Code::InvalidSetting,
                        msg!(
                            "check-names-placeholder-is-a-value",
                            text = placeholder.node.trim(),
                            field = &field.name,
                            value = value.clone()
                        ),
                        placeholder.span,
                        msg!("check-names-placeholder-is-a-value-label", value = value),
                    )
                    .with_help(match field.kind {
                        FieldKind::YesNo => {
                            msg!("check-names-placeholder-is-an-answer-help", text = placeholder.node.trim())
                        }
                        _ => msg!("check-names-placeholder-is-a-value-help", text = placeholder.node.trim()),
                    }),
                ),
                None => own.push(placeholder.node.clone()),
            }
        }
        let from_block: Vec<String> =
            block.iter().filter(|p| value_of(&p.node).is_none()).map(|p| p.node.clone()).collect();
        for placeholder in own.into_iter().chain(from_block) {
            if !placeholder.trim().is_empty() && !field.unknown_when.iter().any(|p| same_spelling(p, &placeholder)) {
                field.unknown_when.push(placeholder);
            }
        }
    }

    /// A `one of` field has at most one catch-all value (`other`, `прочее`).
    fn catch_alls(&mut self, decl: &FieldDecl) {
        let Some(Spanned { node: FieldType::OneOf(variants), .. }) = &decl.ty else {
            return;
        };
        let mut catch_alls = variants.iter().filter(|v| CATCH_ALL_NAMES.contains(&v.name.name.as_str()));
        let Some(first) = catch_alls.next() else {
            return;
        };
        for second in catch_alls.filter(|v| v.name.name != first.name.name) {
            self.report(
                Diagnostic::new(
                    Code::InvalidSetting,
                    msg!("check-names-two-catch-alls", field = &decl.name.name),
                    second.name.span,
                    msg!("check-names-two-catch-alls-label"),
                )
                .with_label(first.name.span, msg!("check-the-first-one"))
                .with_help(msg!("check-names-two-catch-alls-help", first = first.name.name.as_str())),
            );
        }
    }

    /// `unknown when ""`: an empty cell is unknown already.
    fn empty_placeholders(&mut self, placeholders: &[Spanned<String>]) {
        for placeholder in placeholders.iter().filter(|p| p.node.trim().is_empty()) {
            self.report(
                Diagnostic::new(
                    Code::InvalidSetting,
                    msg!("check-names-placeholder-blank"),
                    placeholder.span,
                    msg!("check-names-placeholder-blank-label"),
                )
                .with_help(msg!("check-names-placeholder-blank-help")),
            );
        }
    }

    /// Declares a field, or adds columns to one (a declaration without a type), and returns its
    /// slot. The same field declared with the same type in two used files is one field read from
    /// both files' columns.
    fn declare_field(
        &mut self,
        decl: &FieldDecl,
        schema: &mut Schema,
        field_spans: &mut Vec<Span>,
        key_span: &mut Option<Span>,
    ) -> Option<usize> {
        let name = &decl.name.name;
        let existing = self.names.fields.get(name).copied();
        let columns: Vec<String> = decl.columns.iter().map(|c| c.node.clone()).collect();
        let slot = match (&decl.ty, existing) {
            (None, None) => {
                self.report(
                    Diagnostic::new(
                        Code::UnknownName,
                        msg!("check-names-no-field-for-columns", name = name),
                        decl.name.span,
                        msg!("check-names-no-field-for-columns-label"),
                    )
                    .with_help(msg!("check-names-no-field-for-columns-help", name = name)),
                );
                return None;
            }
            (None, Some(slot)) => slot,
            (Some(_), Some(slot)) => {
                let (kind, _) = self.field_kind(decl, slot);
                let first_via = self.names.declared_via.get(name).copied().flatten();
                let other_file = self.current_via != first_via;
                if !(other_file && kind == schema.fields[slot].kind) {
                    let first = self.names.declared_at.get(name).copied().unwrap_or_default();
                    let help = if other_file {
                        msg!("check-names-field-in-used-file", name = name, kind = schema.fields[slot].kind.message())
                    } else {
                        msg!("check-names-rename-or-remove")
                    };
                    self.duplicate_with_help(name, decl.name.span.into(), first, "field", help);
                    return None;
                }
                slot
            }
            (Some(_), None) => {
                if !self.declare_name(name, decl.name.span.into(), "field") {
                    return None;
                }
                let slot = schema.fields.len();
                let (kind, ty) = self.field_kind(decl, slot);
                self.names.fields.insert(name.clone(), slot);
                self.names.field_types.push(ty);
                self.names.field_units.push(match kind {
                    FieldKind::Duration(unit) => Some(unit),
                    _ => None,
                });
                self.names.enum_values.push(match &kind {
                    FieldKind::OneOf(values) => values.iter().map(|v| v.name.clone()).collect(),
                    _ => Vec::new(),
                });
                self.names.enum_spellings.push(match &kind {
                    FieldKind::OneOf(values) => values
                        .iter()
                        .enumerate()
                        .flat_map(|(i, v)| {
                            std::iter::once(&v.name).chain(&v.spellings).map(move |s| (fold_spelling(s), i as u32))
                        })
                        .collect(),
                    _ => Vec::new(),
                });
                self.used_fields.push(false);
                let columns = if columns.is_empty() { vec![name.clone()] } else { Vec::new() };
                let decimal_mark = decl.number_format.as_ref().and_then(|format| self.number_format(format, &kind));
                schema.fields.push(FieldSpec {
                    name: name.clone(),
                    kind,
                    columns,
                    used: false,
                    decimal_mark,
                    unknown_when: Vec::new(),
                });
                field_spans.push(decl.span.into());
                slot
            }
        };
        for column in &decl.columns {
            for key in super::hints::column_keys(&column.node) {
                self.names.column_names.push((key, slot));
            }
        }
        // Columns named here come first: the definition's own CRM columns win over a used
        // file's defaults.
        let field = &mut schema.fields[slot];
        let mut merged = columns;
        for c in std::mem::take(&mut field.columns) {
            if !merged.contains(&c) {
                merged.push(c);
            }
        }
        field.columns = merged;
        if let Some(span) = decl.key {
            match *key_span {
                Some(first) if schema.key != Some(slot) => self.report(
                    Diagnostic::new(
                        Code::InvalidSetting,
                        msg!("check-names-two-keys"),
                        span,
                        msg!("check-names-two-keys-label"),
                    )
                    .with_label(first, msg!("check-names-two-keys-first"))
                    .with_help(msg!("check-names-two-keys-help")),
                ),
                _ => {
                    *key_span = Some(span.into());
                    schema.key = Some(slot);
                }
            }
        }
        Some(slot)
    }

    /// Declares a parameter: a named value rules refer to, which a `use ... with` line may change.
    fn declare_parameter(&mut self, parameter: &Parameter) {
        if matches!(parameter.value.node, Literal::Name(_)) {
            self.report(
                Diagnostic::new(
                    Code::TypeMismatch,
                    msg!("check-names-parameter-needs-value", name = &parameter.name.name),
                    parameter.value.span,
                    msg!("check-names-parameter-needs-value-label"),
                )
                .with_help(msg!("check-names-parameter-needs-value-help")),
            );
            return;
        }
        if !self.declare_name(&parameter.name.name, parameter.name.span.into(), "parameter") {
            return;
        }
        let value = self.literal(&parameter.value.node, parameter.value.span.into());
        self.names.parameters.insert(parameter.name.name.clone(), value);
    }

    /// Declares a top-level name; reports and returns false when it is taken or reserved.
    pub(super) fn declare_name(&mut self, name: &str, span: Span, what: &str) -> bool {
        if RESERVED.contains(&name) {
            // A built-in name (`score`, or `баллы` in a Russian-keyword file, read as `score`).
            let built_in = Arg::code(name);
            self.report(
                Diagnostic::new(
                    Code::DuplicateName,
                    msg!("check-names-reserved", name = built_in.clone(), what = what),
                    span,
                    msg!("check-names-reserved-label"),
                )
                .with_help(msg!("check-names-reserved-help", name = built_in, what = what)),
            );
            return false;
        }
        if let Some(&first) = self.names.declared_at.get(name) {
            self.duplicate(name, span, first, what);
            return false;
        }
        self.names.declared_at.insert(name.to_string(), span);
        self.names.declared_via.insert(name.to_string(), self.current_via);
        true
    }

    fn duplicate(&mut self, name: &str, span: Span, first: Span, what: &str) {
        self.duplicate_with_help(name, span, first, what, msg!("check-names-rename-or-remove"));
    }

    /// Reports a name declared twice; when a declaration comes from a used file, the `use` line
    /// that brought it in is pointed at too.
    fn duplicate_with_help(&mut self, name: &str, span: Span, first: Span, what: &str, help: Message) {
        let mut d = Diagnostic::new(
            Code::DuplicateName,
            msg!("check-names-declared-twice", name = name),
            span,
            msg!("check-names-declared-twice-label", what = what, name = name),
        )
        .with_label(first, msg!("check-names-first-declared-here"))
        .with_help(help);
        let first_via = self.names.declared_via.get(name).copied().flatten();
        for via in [first_via, self.current_via].into_iter().flatten() {
            if !d.labels.iter().any(|l| l.span == via) {
                d = d.with_label(via, msg!("check-names-brought-in-by-use"));
            }
        }
        self.report(d);
    }

    fn single_block(&mut self, seen: &mut IndexMap<&'static str, Span>, keyword: &'static str, span: Span) {
        let head = self.block_head(span);
        match seen.get(keyword) {
            Some(&first) => self.report(
                Diagnostic::new(
                    Code::DuplicateBlock,
                    msg!("check-names-two-blocks", block = Arg::code(keyword)),
                    head,
                    msg!("check-names-two-blocks-label"),
                )
                .with_label(first, msg!("check-the-first-one"))
                .with_help(msg!("check-names-two-blocks-help", block = Arg::code(keyword))),
            ),
            None => {
                seen.insert(keyword, head);
            }
        }
    }

    fn field_kind(&mut self, decl: &FieldDecl, slot: usize) -> (FieldKind, Type) {
        let Some(ty) = &decl.ty else { return (FieldKind::Text, Type::Error) };
        match &ty.node {
            FieldType::Number => (FieldKind::Number, Type::Num(Unit::Count)),
            FieldType::Money => (FieldKind::Money, Type::Num(Unit::Money)),
            FieldType::Percent => (FieldKind::Percent, Type::Num(Unit::Percent)),
            FieldType::YesNo => (FieldKind::YesNo, Type::Bool),
            FieldType::Text => (FieldKind::Text, Type::Text),
            FieldType::Duration(unit) | FieldType::NumberIn(unit) => {
                (FieldKind::Duration(*unit), Type::Num(Unit::Duration))
            }
            FieldType::Date { format } => (FieldKind::Date(self.date_format(format.as_ref())), Type::Date),
            FieldType::DateTime { format } => (FieldKind::DateTime(self.date_format(format.as_ref())), Type::DateTime),
            FieldType::OneOf(variants) => {
                let mut values: Vec<EnumValue> = Vec::new();
                let mut seen: IndexMap<&str, Span> = IndexMap::new();
                for v in variants {
                    if let Some(&first) = seen.get(v.name.name.as_str()) {
                        self.duplicate(&v.name.name, v.name.span.into(), first, "value");
                        continue;
                    }
                    seen.insert(&v.name.name, v.name.span.into());
                    values.push(EnumValue {
                        name: v.name.name.clone(),
                        spellings: v.spellings.iter().map(|s| s.node.clone()).collect(),
                    });
                }
                (FieldKind::OneOf(values), Type::Enum(slot))
            }
        }
    }

    /// The decimal mark of `money format "1 000,50"`: the last `,` or `.` of an example number
    /// with decimals.
    fn number_format(&mut self, format: &Spanned<String>, kind: &FieldKind) -> Option<DecimalMark> {
        let help = msg!("check-names-number-format-help");
        if !matches!(kind, FieldKind::Number | FieldKind::Money | FieldKind::Percent | FieldKind::Duration(_)) {
            self.report(
                Diagnostic::new(
                    Code::BadLiteral,
                    msg!("check-names-format-not-for", kind = kind.message()),
                    format.span,
                    msg!("check-names-format-not-for-label"),
                )
                .with_help(msg!("check-names-format-not-for-help")),
            );
            return None;
        }
        let example = format.node.trim();
        let mark = match example.rfind([',', '.']).map(|at| example.as_bytes()[at]) {
            Some(b',') => DecimalMark::Comma,
            Some(_) => DecimalMark::Point,
            None => {
                self.report(
                    Diagnostic::new(
                        Code::BadLiteral,
                        msg!("check-names-no-decimal-mark", example = example),
                        format.span,
                        msg!("check-names-no-decimal-mark-label"),
                    )
                    .with_help(help),
                );
                return None;
            }
        };
        let (whole, decimals) = example.rsplit_once([',', '.']).unwrap_or((example, ""));
        let digits_and_groups = whole.chars().any(|c| c.is_ascii_digit())
            && whole.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '\u{00A0}' | '\'' | ',' | '.'))
            && !whole.contains(mark.char());
        let decimals_ok = !decimals.is_empty() && decimals.len() != 3 && decimals.chars().all(|c| c.is_ascii_digit());
        if !digits_and_groups || !decimals_ok {
            self.report(
                Diagnostic::new(
                    Code::BadLiteral,
                    msg!("check-names-not-a-number-example", example = example),
                    format.span,
                    msg!("check-names-not-understood"),
                )
                .with_help(help),
            );
            return None;
        }
        Some(mark)
    }

    fn date_format(&mut self, format: Option<&Spanned<String>>) -> DateFormat {
        let Some(format) = format else { return DateFormat::Default };
        DateFormat::parse(&format.node).unwrap_or_else(|| {
            self.report(
                Diagnostic::new(
                    Code::BadLiteral,
                    msg!("check-names-not-a-date-format", format = &format.node),
                    format.span,
                    msg!("check-names-not-understood"),
                )
                .with_help(msg!("check-names-date-format-help")),
            );
            DateFormat::Default
        })
    }
}
