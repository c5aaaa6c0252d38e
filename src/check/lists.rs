//! Lists of values written in a rule (`role in [ceo, cto]`): an empty list, which gives every
//! lead the same answer, and a value listed twice, usually a copy of the line above where
//! another value was meant.

use super::model::*;
use crate::diagnostic::{Applicability, Code, Diagnostic, Edit, Fix};
use crate::msg;
use crate::span::{SourceMap, Span};

/// A diagnostic for the list of `test` (an `in` test), when it is empty or lists a value twice.
pub(super) fn list_problem(sources: &SourceMap, test: &TExpr, items: &[TExpr]) -> Option<Diagnostic> {
    // A list whose value or items did not check (a misspelt field) says nothing yet.
    if matches!(&test.kind, TExprKind::In(value, _) if value.ty == Type::Error)
        || items.iter().any(|i| i.ty == Type::Error)
    {
        return None;
    }
    if items.is_empty() {
        return Some(
            Diagnostic::new(
                Code::ConstantCondition,
                msg!("check-list-empty"),
                test.span,
                msg!("check-list-empty-label"),
            )
            .with_help(msg!("check-list-empty-help")),
        );
    }
    for (index, item) in items.iter().enumerate().skip(1) {
        let Some(first) = items[..index].iter().find(|earlier| same_value(earlier, item)) else { continue };
        let value = sources.slice(item.span).to_string();
        // The second one goes with the comma before it: `[ceo, cto, cto]` → `[ceo, cto]`.
        let previous = Span::from(items[index - 1].span);
        let removed = Span::new(previous.end as usize, Span::from(item.span).end as usize);
        let fix = Fix {
            message: msg!("check-fix-remove-duplicate", value = &value),
            edits: vec![Edit { span: removed, replacement: String::new() }],
            applicability: Applicability::Choice,
        };
        return Some(
            Diagnostic::new(
                Code::DuplicateName,
                msg!("check-list-duplicate", value = &value),
                item.span,
                msg!("check-list-duplicate-label"),
            )
            .with_label(first.span, msg!("check-list-duplicate-first-label"))
            .with_help(msg!("check-list-duplicate-help", value = &value))
            .with_fix(fix),
        );
    }
    None
}

/// Whether two items of a list are the same value as a lead's value is compared with them.
fn same_value(a: &TExpr, b: &TExpr) -> bool {
    match (&a.kind, &b.kind) {
        (TExprKind::Text(x), TExprKind::Text(y)) => normalized(x) == normalized(y),
        (TExprKind::EnumValue(_), _)
        | (TExprKind::Number(_), _)
        | (TExprKind::Time(_), _)
        | (TExprKind::Bool(_), _)
        | (TExprKind::Field(_), _) => a.kind == b.kind,
        _ => false,
    }
}

/// Text as cells are matched: case and runs of blanks do not count.
fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}
