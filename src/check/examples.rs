//! Checks `example` blocks: each lead value fits its field, each expectation names something
//! that exists. The checked examples are run by `eval::examples`.

use super::Checker;
use super::model::*;
use super::suggest::did_you_mean;
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
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
                        msg!("check-example-named-twice", name = &ex.name.node),
                        ex.name.span,
                        msg!("check-example-named-twice-label"),
                    )
                    .with_label(*first, msg!("check-the-first-one"))
                    .with_help(msg!("check-example-named-twice-help")),
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
                            msg!("check-example-field-twice", field = &ident.name),
                            ident.span,
                            msg!("check-example-field-twice-label"),
                        )
                        .with_help(msg!("check-example-field-twice-help")),
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
            Some(s) => msg!("check-did-you-mean", name = s),
            None => msg!("check-example-unknown-field-help"),
        };
        self.report(
            Diagnostic::new(
                Code::UnknownName,
                msg!("check-example-unknown-field", name = &ident.name),
                ident.span,
                msg!("check-example-unknown-field-label"),
            )
            .with_help(help),
        );
    }

    fn example_value(&mut self, model: &Model, slot: usize, literal: &Spanned<Literal>) -> Option<Value> {
        let kind = &model.schema.fields[slot].kind;
        if let (FieldKind::Percent, Literal::Number(n)) = (kind, &literal.node)
            && *n > 0.0
            && *n <= 1.0
        {
            // `discount: 0.5` would be half a percent: the author most likely meant 50%; `1` may
            // be a whole (100%) or one percent. A number above 1 cannot be a fraction of one:
            // `discount: 50` is 50%, as a lead file's cell `50` is read.
            let field = &model.schema.fields[slot].name;
            let written = self.text(literal.span).to_string();
            let d = Diagnostic::new(
                Code::BadExample,
                msg!("check-example-percent-fraction", field = field, value = &written),
                literal.span,
                msg!("check-example-percent-fraction-label"),
            );
            self.report(super::expr::percent_unit(d, literal.span.into(), &written, *n, false));
            return None;
        }
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
            let d = Diagnostic::new(
                Code::BadExample,
                msg!("check-example-cannot-hold", field = &field.name, value = self.text(literal.span)),
                literal.span,
                msg!("check-example-field-is", field = &field.name, kind = field.kind.message()),
            );
            // `decision_maker: "да"`: yes or no in quotes, which make it text.
            let quoted = match (kind, &literal.node) {
                (FieldKind::YesNo, Literal::Text(text)) => super::expr::quoted_yes_no(text),
                _ => None,
            };
            let d = match quoted {
                Some(word) => d.with_help(msg!("check-quoted-yes-no-help", word = word)).with_fix(Fix::replace(
                    literal.span,
                    word,
                    msg!("check-fix-write", text = word),
                )),
                None => d.with_help(msg!("check-example-give", field = &field.name, kind = field.kind.message())),
            };
            self.report(d);
        }
        value
    }

    fn unknown_enum_value_at(&mut self, slot: usize, name: &str, literal: &Spanned<Literal>) {
        let field = self.field_name(slot).to_string();
        let values = self.names.enum_values[slot].clone();
        let help = match did_you_mean(name, values.iter().map(String::as_str)) {
            Some(s) => msg!("check-did-you-mean", name = s),
            None => msg!("check-field-can-be", field = &field, values = values.join(", ")),
        };
        self.report(
            Diagnostic::new(
                Code::UnknownValue,
                msg!("check-not-a-value-of", value = name, field = &field),
                literal.span,
                msg!("check-not-in-the-list"),
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
                self.known_among(ident, &names, Among::Temperature).then(|| Expected::Temperature(ident.name.clone()))
            }
            ExpectKind::Score { name, value } => {
                let key = name.as_ref().map_or("score", |n| n.name.as_str());
                match self.names.scores.get(key) {
                    Some(&i) => Some(Expected::Score(i, value.node)),
                    None => {
                        let span = name.as_ref().map_or(value.span, |n| n.span);
                        let names: Vec<&str> = self.names.scores.keys().map(String::as_str).collect();
                        let help = match did_you_mean(key, names.iter().copied()) {
                            Some(s) => msg!("check-did-you-mean", name = s),
                            None if names.is_empty() => msg!("check-example-no-score-block"),
                            None => msg!("check-example-scores-are", names = names.join(", ")),
                        };
                        self.report(
                            Diagnostic::new(
                                Code::UnknownName,
                                // The score with no name is the `score` keyword: said in the file's keywords.
                                match name {
                                    Some(_) => msg!("check-example-no-score", name = key),
                                    None => msg!("check-example-no-score", name = crate::message::Arg::code(key)),
                                },
                                span,
                                msg!("check-example-not-a-score"),
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
                            msg!("check-example-no-profile"),
                            percent.span,
                            msg!("check-example-no-profile-label"),
                        )
                        .with_help(msg!("check-example-no-profile-help")),
                    );
                    return None;
                }
                if !(0.0..=100.0).contains(&percent.node) {
                    self.report(
                        Diagnostic::new(
                            Code::BadExample,
                            msg!("check-example-impossible-fit", fit = percent.node.to_string()),
                            percent.span,
                            msg!("check-example-impossible-fit-label"),
                        )
                        .with_help(msg!("check-example-impossible-fit-help")),
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
                    self.known_among(name, &names, Among::Framework);
                    None
                }
            },
            ExpectKind::Grade(ident) => {
                let grade =
                    ident.name.chars().next().filter(|c| ident.name.chars().count() == 1 && "ABCDF".contains(*c));
                match grade {
                    Some(g) if !model.profiles.is_empty() => Some(Expected::Grade(g)),
                    _ => {
                        let diagnostic = Diagnostic::new(
                            Code::UnknownName,
                            msg!("check-example-not-a-grade", name = &ident.name),
                            ident.span,
                            msg!("check-example-not-a-grade-label"),
                        );
                        // `grade a`, `grade А` (a Cyrillic letter): the grade meant is certain.
                        let diagnostic = match meant_grade(&ident.name).filter(|_| !model.profiles.is_empty()) {
                            Some(meant) => {
                                let meant = meant.to_string();
                                diagnostic
                                    .with_help(msg!(
                                        "check-example-grade-meant-help",
                                        name = &ident.name,
                                        grade = &meant
                                    ))
                                    .with_fix(Fix::replace(
                                        ident.span,
                                        meant.as_str(),
                                        msg!("check-fix-write-grade", grade = &meant),
                                    ))
                            }
                            None => diagnostic.with_help(msg!("check-example-not-a-grade-help")),
                        };
                        self.report(diagnostic);
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
        let name = &ident.name;
        let mut d = Diagnostic::new(
            Code::UnknownName,
            msg!("check-example-class-never-given", name = name),
            ident.span,
            msg!("check-example-class-never-given-label"),
        );
        let repeated = classes.iter().enumerate().find(|(i, (c, _, _))| classes[..*i].iter().any(|(e, _, _)| e == c));
        d = match repeated {
            Some((_, (class, span, _))) => d
                .with_label(*span, msg!("check-example-class-given-twice", class = class, name = name))
                .with_help(msg!("check-example-class-overwritten-help", name = name, classes = listed.join(", "))),
            None => {
                let names: Vec<&str> = classes.iter().map(|(c, _, _)| c.as_str()).collect();
                match did_you_mean(&ident.name, names) {
                    // No class line is repeated, so none was pasted over: a misspelt class.
                    Some(s) => d.with_help(msg!("check-did-you-mean", name = s)),
                    None => d.with_help(msg!("check-example-add-class-help", name = name, classes = listed.join(", "))),
                }
            }
        };
        self.report(d);
    }

    fn known_among(&mut self, ident: &Ident, names: &[&str], what: Among) -> bool {
        if names.contains(&ident.name.as_str()) {
            return true;
        }
        let (name, listed) = (&ident.name, names.join(", "));
        let help = match (did_you_mean(name, names.iter().copied()), what) {
            (Some(s), _) => msg!("check-did-you-mean", name = s),
            (None, Among::Temperature) => msg!("check-example-temperatures-are", names = listed),
            (None, Among::Framework) => msg!("check-example-frameworks-are", names = listed),
        };
        let (message, label) = match what {
            Among::Temperature => {
                (msg!("check-example-no-temperature", name = name), msg!("check-example-not-a-temperature"))
            }
            Among::Framework => (msg!("check-no-framework", name = name), msg!("check-not-a-framework")),
        };
        self.report(Diagnostic::new(Code::UnknownName, message, ident.span, label).with_help(help));
        false
    }
}

/// What an expectation names that must be among the definition's names.
#[derive(Clone, Copy)]
enum Among {
    Temperature,
    Framework,
}

/// The grade a one-letter name is written for: a small letter (`a`) or a Cyrillic letter that
/// looks like a Latin grade (`А`, `В`, `С`); `None` for any other name.
fn meant_grade(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let (letter, None) = (chars.next()?, chars.next()) else { return None };
    let latin = match letter {
        'А' | 'а' => 'A',
        'В' | 'в' => 'B',
        'С' | 'с' => 'C',
        other => other.to_ascii_uppercase(),
    };
    ("ABCDF".contains(latin) && latin != letter).then_some(latin)
}
