//! Checks `example` blocks: each lead value fits its field, each expectation names something
//! that exists. The checked examples are run by `eval::examples`.

use super::Checker;
use super::model::*;
use super::suggest::did_you_mean;
use crate::diagnostic::{Code, Diagnostic};
use crate::schema::FieldKind;
use crate::span::Spanned;
use crate::syntax::ast::{ExpectKind, Ident, Item, Literal, RuleFile};
use crate::value::{Value, civil_seconds};

impl Checker {
    pub(super) fn examples(&mut self, file: &RuleFile, model: &Model) -> Vec<ExampleModel> {
        let mut out = Vec::new();
        let mut named: Vec<(&str, crate::span::Span)> = Vec::new();
        for item in &file.items {
            let Item::Example(ex) = item else { continue };
            match named.iter().find(|(name, _)| *name == ex.name.node) {
                Some((_, first)) => self.report(
                    Diagnostic::new(
                        Code::DuplicateName,
                        format!("two examples are named \"{}\"", ex.name.node),
                        ex.name.span,
                        "a second example with this name",
                    )
                    .with_label(*first, "the first one")
                    .with_help("give each example its own name, so a failing one can be told apart"),
                ),
                None => named.push((ex.name.node.as_str(), ex.name.span.into())),
            }
            let mut lead: Vec<(usize, Value)> = Vec::new();
            for (ident, literal) in &ex.lead {
                let Some(&slot) = self.names.fields.get(&ident.name) else {
                    self.unknown_example_field(ident);
                    continue;
                };
                if lead.iter().any(|(s, _)| *s == slot) {
                    self.report(
                        Diagnostic::new(
                            Code::DuplicateName,
                            format!("`{}` is given twice in this lead", ident.name),
                            ident.span,
                            "given again",
                        )
                        .with_help("give each field once"),
                    );
                    continue;
                }
                if let Some(value) = self.example_value(model, slot, literal) {
                    lead.push((slot, value));
                }
            }
            let expect =
                ex.expect.iter().filter_map(|e| self.expectation(model, &e.kind).map(|x| (x, e.span.into()))).collect();
            out.push(ExampleModel { name: ex.name.node.clone(), lead, expect, span: ex.span.into() });
        }
        out
    }

    fn unknown_example_field(&mut self, ident: &Ident) {
        let help = match did_you_mean(&ident.name, self.names.fields.keys().map(String::as_str)) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "an example lead can only give fields declared in `fields`".to_string(),
        };
        self.report(
            Diagnostic::new(Code::UnknownName, format!("unknown field `{}`", ident.name), ident.span, "not a field")
                .with_help(help),
        );
    }

    fn example_value(&mut self, model: &Model, slot: usize, literal: &Spanned<Literal>) -> Option<Value> {
        let kind = &model.schema.fields[slot].kind;
        let value = match (kind, &literal.node) {
            (FieldKind::Number | FieldKind::Money, Literal::Number(n)) => Some(Value::Number(*n)),
            (FieldKind::Percent, Literal::Percent(p) | Literal::Number(p)) => Some(Value::Number(p / 100.0)),
            (FieldKind::Duration(unit), Literal::Number(n)) => Some(Value::Number(n * unit.seconds())),
            (FieldKind::Duration(_), Literal::Duration(q)) => Some(Value::Number(q.seconds())),
            (FieldKind::YesNo, Literal::YesNo(b)) => Some(Value::Bool(*b)),
            (FieldKind::Text, Literal::Text(t)) => Some(Value::Text(t.as_str().into())),
            (FieldKind::Date(_) | FieldKind::DateTime(_), Literal::Date(d)) => {
                Some(Value::Time(civil_seconds(d.to_datetime(jiff::civil::Time::midnight()))))
            }
            (FieldKind::DateTime(_), Literal::DateTime(dt)) => Some(Value::Time(civil_seconds(*dt))),
            (FieldKind::OneOf(_), Literal::Name(name)) => match self.names.enum_value(slot, name) {
                Some(i) => Some(Value::Enum(i)),
                None => {
                    self.unknown_enum_value_at(slot, name, literal);
                    return None;
                }
            },
            (FieldKind::OneOf(_), Literal::Text(text)) => match self.names.enum_by_spelling(slot, text) {
                Some(i) => Some(Value::Enum(i)),
                None => {
                    self.unknown_enum_value_at(slot, text, literal);
                    return None;
                }
            },
            _ => None,
        };
        if value.is_none() {
            let field = &model.schema.fields[slot];
            self.report(
                Diagnostic::new(
                    Code::BadExample,
                    format!("`{}` cannot hold `{}`", field.name, self.text(literal.span)),
                    literal.span,
                    format!("`{}` is {}", field.name, field.kind.describe()),
                )
                .with_help(format!("give `{}` {}", field.name, field.kind.describe())),
            );
        }
        value
    }

    fn unknown_enum_value_at(&mut self, slot: usize, name: &str, literal: &Spanned<Literal>) {
        let field = self.field_name(slot).to_string();
        let values = self.names.enum_values[slot].clone();
        let help = match did_you_mean(name, values.iter().map(String::as_str)) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("`{field}` can be: {}", values.join(", ")),
        };
        self.report(
            Diagnostic::new(
                Code::UnknownValue,
                format!("`{name}` is not one of the values of `{field}`"),
                literal.span,
                "not in the list",
            )
            .with_help(help),
        );
    }

    fn expectation(&mut self, model: &Model, kind: &ExpectKind) -> Option<Expected> {
        match kind {
            ExpectKind::Class(ident) => {
                if model.classes.iter().any(|r| r.name == ident.name) {
                    return Some(Expected::Class(ident.name.clone()));
                }
                self.class_never_produced(ident);
                None
            }
            ExpectKind::Temperature(ident) => {
                let names: Vec<&str> =
                    model.temperature.iter().flat_map(|t| &t.rules).map(|r| r.name.as_str()).collect();
                self.known_among(ident, &names, "temperature").then(|| Expected::Temperature(ident.name.clone()))
            }
            ExpectKind::Score { name, value } => {
                let key = name.as_ref().map_or("score", |n| n.name.as_str());
                match self.names.scores.get(key) {
                    Some(&i) => Some(Expected::Score(i, value.node)),
                    None => {
                        let span = name.as_ref().map_or(value.span, |n| n.span);
                        let names: Vec<&str> = self.names.scores.keys().map(String::as_str).collect();
                        let help = match did_you_mean(key, names.iter().copied()) {
                            Some(s) => format!("did you mean `{s}`?"),
                            None if names.is_empty() => "there is no score block to compare with".to_string(),
                            None => format!("the scores are: {}", names.join(", ")),
                        };
                        self.report(
                            Diagnostic::new(
                                Code::UnknownName,
                                format!("there is no score `{key}`"),
                                span,
                                "not a score",
                            )
                            .with_help(help),
                        );
                        None
                    }
                }
            }
            ExpectKind::Fit(percent) => {
                if model.profiles.is_empty() {
                    self.report(
                        Diagnostic::new(
                            Code::UnknownName,
                            "there is no profile to have a fit",
                            percent.span,
                            "no profile",
                        )
                        .with_help("add a `profile ICP { ... }` block, or remove this expectation"),
                    );
                    return None;
                }
                if !(0.0..=100.0).contains(&percent.node) {
                    self.report(
                        Diagnostic::new(
                            Code::BadExample,
                            format!("a fit of {}% cannot happen", percent.node),
                            percent.span,
                            "a fit is between 0% and 100%",
                        )
                        .with_help("expect a fit between 0% and 100%"),
                    );
                    return None;
                }
                Some(Expected::Fit(percent.node / 100.0))
            }
            ExpectKind::Framework { name, passes } => match self.names.frameworks.get(&name.name) {
                Some(&index) => Some(Expected::Framework(index, *passes)),
                None => {
                    let owned: Vec<String> = self.names.frameworks.keys().cloned().collect();
                    let names: Vec<&str> = owned.iter().map(String::as_str).collect();
                    self.known_among(name, &names, "framework");
                    None
                }
            },
            ExpectKind::Grade(ident) => {
                let grade =
                    ident.name.chars().next().filter(|c| ident.name.chars().count() == 1 && "ABCDF".contains(*c));
                match grade {
                    Some(g) if !model.profiles.is_empty() => Some(Expected::Grade(g)),
                    _ => {
                        self.report(
                            Diagnostic::new(
                                Code::UnknownName,
                                format!("`{}` is not a grade", ident.name),
                                ident.span,
                                "not a grade",
                            )
                            .with_help("a profile's grade is one of A, B, C, D or F, and needs a `profile` block"),
                        );
                        None
                    }
                }
            }
        }
    }

    /// An example expects a class no classify rule gives. Renaming the expectation to the
    /// nearest class would hide the bug when a class line was pasted over: point at a class given
    /// twice (the likely place) and list the classes, but suggest no rename.
    fn class_never_produced(&mut self, ident: &Ident) {
        let classes = self.names.classes.clone();
        let mut listed: Vec<String> = Vec::new();
        for (class, _, _) in &classes {
            let shown = format!("`{class}`");
            if !listed.contains(&shown) {
                listed.push(shown);
            }
        }
        let mut d = Diagnostic::new(
            Code::UnknownName,
            format!("the example expects the class `{}`, but no classify rule gives it", ident.name),
            ident.span,
            "no rule gives this class",
        );
        let repeated = classes.iter().enumerate().find(|(i, (c, _, _))| classes[..*i].iter().any(|(e, _, _)| e == c));
        d = match repeated {
            Some((_, (class, span, _))) => d.with_label(*span, format!("`{class}` is given a second time here: was this line `{}`?", ident.name)).with_help(format!(
                "if a class line was overwritten, restore the rule that gives `{}`; if the example is wrong, expect one of {}",
                ident.name,
                listed.join(", ")
            )),
            None => {
                let names: Vec<&str> = classes.iter().map(|(c, _, _)| c.as_str()).collect();
                match did_you_mean(&ident.name, names) {
                    // No class line is repeated, so none was pasted over: a misspelt class.
                    Some(s) => d.with_help(format!("did you mean `{s}`?")),
                    None => d.with_help(format!(
                        "add a classify rule that gives `{}`, or, if the example is wrong, expect one of {}",
                        ident.name,
                        listed.join(", ")
                    )),
                }
            }
        };
        self.report(d);
    }

    fn known_among(&mut self, ident: &Ident, names: &[&str], what: &str) -> bool {
        if names.contains(&ident.name.as_str()) {
            return true;
        }
        let help = match did_you_mean(&ident.name, names.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("the {what} names are: {}", names.join(", ")),
        };
        self.report(
            Diagnostic::new(
                Code::UnknownName,
                format!("there is no {what} `{}`", ident.name),
                ident.span,
                format!("not a {what}"),
            )
            .with_help(help),
        );
        false
    }
}
