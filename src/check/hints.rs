//! Help for a name that is not declared but is recognisably something else: the CRM's column
//! name for a field, the CRM's spelling of a `one of` value, a standard framework whose file is
//! not used, a class read as if it were a value.
//!
//! Each hint names what the word is and what the author meant, with a fix when only one reading
//! makes sense.

use super::Checker;
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::msg;
use crate::span::Span;

/// The frameworks of the standard files (`rules/std/`), by name: the loader's stdlib tests check
/// that each file declares the framework listed here.
pub const STANDARD_FRAMEWORKS: [(&str, &str); 8] = [
    ("BANT", "std/bant.rules"),
    ("ANUM", "std/anum.rules"),
    ("AM", "std/am.rules"),
    ("CHAMP", "std/champ.rules"),
    ("MEDDIC", "std/meddic.rules"),
    ("MEDDPICC", "std/meddpicc.rules"),
    ("GPCTBA_CI", "std/gpctba_ci.rules"),
    ("FAINT", "std/faint.rules"),
];

/// A name compared without case, spaces or punctuation: `Бюджет, руб` → `бюджетруб`.
pub fn normalize(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The keys under which a CRM column is recognised when written as a name: the whole column
/// and its part before a comma or bracket (`Бюджет, руб` is also `бюджет`).
pub fn column_keys(column: &str) -> Vec<String> {
    let whole = normalize(column);
    let head = normalize(column.split([',', '(', '[']).next().unwrap_or(column));
    if head.is_empty() || head == whole { vec![whole] } else { vec![whole, head] }
}

/// The standard file declaring the framework `name` (any case).
pub fn standard_file_of(name: &str) -> Option<(&'static str, &'static str)> {
    STANDARD_FRAMEWORKS.iter().copied().find(|(framework, _)| framework.eq_ignore_ascii_case(name))
}

impl Checker {
    /// A diagnostic for an undeclared single name that is recognisably something else.
    pub(super) fn undeclared_name_hint(&mut self, name: &str, span: Span) -> Option<Diagnostic> {
        if let Some(d) = self.class_as_value(name, span) {
            return Some(d);
        }
        if let Some(d) = self.criterion_without_framework(name, span) {
            return Some(d);
        }
        if let Some(d) = self.value_without_field(name, span) {
            return Some(d);
        }
        let key = normalize(name);
        let mut slots: Vec<usize> =
            self.names.column_names.iter().filter(|(k, _)| *k == key).map(|(_, slot)| *slot).collect();
        slots.dedup();
        match slots.as_slice() {
            [] => None,
            [slot] => {
                let field = self.field_name(*slot).to_string();
                Some(
                    Diagnostic::new(
                        Code::UnknownName,
                        msg!("check-names-column-for-field", name = name),
                        span,
                        msg!("check-names-column-for-field-label", field = &field),
                    )
                    .with_help(msg!("check-names-column-for-field-help", field = &field))
                    .with_fix(Fix::replace(
                        span,
                        field.clone(),
                        msg!("check-fix-write", text = &field),
                    )),
                )
            }
            several => {
                let fields: Vec<String> = several.iter().map(|s| format!("`{}`", self.field_name(*s))).collect();
                let mut d = Diagnostic::new(
                    Code::UnknownName,
                    msg!("check-names-column-for-field", name = name),
                    span,
                    msg!("check-names-column-for-fields-label"),
                )
                .with_help(msg!("check-names-column-for-fields-help", fields = fields.join(", ")));
                for slot in several {
                    let field = self.field_name(*slot).to_string();
                    d = d.with_fix(
                        Fix::replace(span, field.clone(), msg!("check-fix-write", text = &field)).as_choice(),
                    );
                }
                Some(d)
            }
        }
    }

    /// `source = referral or exhibition`: a `one of` value written alone as a condition, without
    /// the field it is a value of. One field has it: the fix writes `source = exhibition`, as a
    /// condition reads (not after an operator or in a list, where the field cannot go); several
    /// do: each is offered.
    fn value_without_field(&self, name: &str, span: Span) -> Option<Diagnostic> {
        let fields: Vec<String> = self
            .names
            .enum_values
            .iter()
            .enumerate()
            .filter(|(_, values)| values.iter().any(|v| v == name))
            .map(|(slot, _)| self.field_name(slot).to_string())
            .collect();
        if fields.is_empty() {
            return None;
        }
        let file = self.sources.file_of(span)?;
        let before = file.text[..file.local(span).start].trim_end();
        let as_condition = !before.ends_with(['=', '<', '>', '[', ',', '(', '+', '-', '*', '/', ':']);
        let written: Vec<String> = fields.iter().map(|field| format!("{field} = {name}")).collect();
        let choices: Vec<String> = written.iter().map(|w| format!("`{w}`")).collect();
        let mut d = Diagnostic::new(
            Code::UnknownName,
            msg!("check-names-value-without-field", name = name),
            span,
            msg!("check-names-value-without-field-label"),
        )
        .with_help(msg!("check-names-value-without-field-help", choices = choices.join(", ")));
        if as_condition {
            for text in &written {
                let fix = Fix::replace(span, text.clone(), msg!("check-fix-write", text = text));
                d = d.with_fix(if written.len() == 1 { fix } else { fix.as_choice() });
            }
        }
        Some(d)
    }

    /// `when authority`: a criterion named without its framework. One framework has it: the fix
    /// writes `BANT.authority`; several do: each is offered, none written.
    fn criterion_without_framework(&self, name: &str, span: Span) -> Option<Diagnostic> {
        let owners: Vec<String> = self
            .names
            .frameworks
            .iter()
            .filter(|(_, fw)| self.names.criteria.get(**fw).is_some_and(|c| c.contains_key(name)))
            .map(|(framework, _)| format!("{framework}.{name}"))
            .collect();
        let label = msg!("check-names-criterion-alone-label");
        let d = Diagnostic::new(Code::UnknownName, msg!("check-names-criterion-alone", name = name), span, label);
        match owners.as_slice() {
            [] => None,
            [one] => {
                Some(
                    d.with_help(msg!("check-names-criterion-alone-help", written = one.as_str()))
                        .with_fix(Fix::replace(span, one.clone(), msg!("check-fix-write", text = one.as_str()))),
                )
            }
            several => {
                let quoted: Vec<String> = several.iter().map(|o| format!("`{o}`")).collect();
                let mut d = d.with_help(msg!("check-names-criterion-alone-choices-help", choices = quoted.join(", ")));
                for owner in several {
                    d = d.with_fix(
                        Fix::replace(span, owner.clone(), msg!("check-fix-write", text = owner.as_str())).as_choice(),
                    );
                }
                Some(d)
            }
        }
    }

    /// `SQL` written where a value is read: a class is decided by `classify`, last.
    fn class_as_value(&self, name: &str, span: Span) -> Option<Diagnostic> {
        let (_, _, condition) = self.names.classes.iter().find(|(class, _, _)| class == name)?;
        // Inside the very condition that gives the class: repeating it would read itself.
        let own = |c: &Span| c.start <= span.start && span.end <= c.end;
        let condition = match condition {
            Some(c) if own(c) => {
                return Some(
                    Diagnostic::new(
                        Code::UnknownName,
                        msg!("check-names-class-as-value", name = name),
                        span,
                        msg!("check-names-class-as-value-label"),
                    )
                    .with_help(msg!("check-names-class-in-own-rule-help", name = name)),
                );
            }
            other => other,
        };
        let help = match condition {
            Some(c) => msg!("check-names-class-as-value-help", name = name, condition = self.text(*c)),
            None => msg!("check-names-class-as-value-otherwise-help", name = name),
        };
        let d = Diagnostic::new(
            Code::UnknownName,
            msg!("check-names-class-as-value", name = name),
            span,
            msg!("check-names-class-as-value-label"),
        )
        .with_help(help);
        Some(match condition {
            Some(c) => {
                let replacement = format!("({})", self.text(*c));
                d.with_fix(
                    Fix::replace(span, replacement.clone(), msg!("check-fix-write", text = &replacement)).as_choice(),
                )
            }
            None => d,
        })
    }

    /// `class = SQL` (or `!=`): the class is not a value either; offers the class's condition.
    pub(super) fn class_comparison(&mut self, class: Span, value: &str, negated: bool, whole: Span) {
        let known = self.names.classes.iter().find(|(c, _, _)| c == value).cloned();
        let mut d = Diagnostic::new(
            Code::UnknownName,
            msg!("check-names-class-compared"),
            class,
            msg!("check-names-class-compared-label"),
        );
        d = match known {
            Some((_, _, Some(condition))) => {
                let text = self.text(condition).to_string();
                let not = super::constant::word(&self.sources, whole, "not");
                let replacement = if negated { format!("{not} ({text})") } else { format!("({text})") };
                d.with_help(msg!("check-names-class-compared-help", value = value, replacement = &replacement))
                    .with_fix(
                        Fix::replace(whole, replacement.clone(), msg!("check-fix-write", text = &replacement))
                            .as_choice(),
                    )
            }
            Some((_, _, None)) => d.with_help(msg!("check-names-class-compared-otherwise-help", value = value)),
            None => {
                let classes: Vec<String> = self.names.classes.iter().map(|(c, _, _)| format!("`{c}`")).collect();
                d.with_help(msg!("check-names-class-compared-unknown-help", classes = classes.join(", ")))
            }
        };
        self.report(d);
    }

    /// `ANUM.authority` or `ANUM passes` in a definition that does not use `std/anum.rules`.
    pub(super) fn framework_not_used(&mut self, name: &str, span: Span) -> Option<Diagnostic> {
        let (framework, file) = standard_file_of(name)?;
        let line = super::constant::code(&self.sources, span, &format!("use \"{file}\""));
        let mut d = Diagnostic::new(
            Code::UnknownName,
            msg!("check-names-framework-not-used", name = name),
            span,
            msg!("check-names-framework-not-used-label", file = file),
        )
        .with_help(msg!("check-names-framework-not-used-help", line = &line));
        if framework != name {
            d = d.with_note(msg!("check-names-framework-spelt", framework = framework));
        }
        if !self.uses_offered.contains(&file) {
            self.uses_offered.push(file);
            let (at, text) = match (self.use_lines_end, self.header_span) {
                (Some(last_use), _) => (Span::new(last_use.end as usize, last_use.end as usize), format!("\n{line}")),
                (None, Some(header)) => (Span::new(header.end as usize, header.end as usize), format!("\n\n{line}")),
                (None, None) => (Span::new(0, 0), format!("{line}\n\n")),
            };
            d = d.with_fix(Fix::replace(at, text, msg!("check-names-fix-add", line = &line)));
        }
        Some(d)
    }

    /// A bare name compared with a `one of` field that is one of the CRM's spellings of a value.
    pub(super) fn enum_spelling_hint(&self, slot: usize, name: &str, span: Span) -> Option<Diagnostic> {
        let index = self.names.enum_by_spelling(slot, name)?;
        let value = self.names.enum_values.get(slot)?.get(index as usize)?.clone();
        let field = self.field_name(slot).to_string();
        Some(
            Diagnostic::new(
                Code::UnknownValue,
                msg!("check-names-crm-spelling", name = name, value = &value, field = &field),
                span,
                msg!("check-names-crm-spelling-label", value = &value),
            )
            .with_help(msg!("check-names-crm-spelling-help", value = &value))
            .with_fix(Fix::replace(span, value.clone(), msg!("check-fix-write", text = &value))),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_recognised_without_case_spaces_or_units() {
        assert_eq!(column_keys("Бюджет, руб"), ["бюджетруб", "бюджет"]);
        assert_eq!(column_keys("budget_rub"), ["budgetrub"]);
        assert_eq!(normalize("Срок (дней)"), "срокдней");
        assert_eq!(standard_file_of("anum"), Some(("ANUM", "std/anum.rules")));
        assert_eq!(standard_file_of("ANUMX"), None);
    }
}
