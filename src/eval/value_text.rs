//! A field's value as a person writes it, in the field's own unit (`500 000`, `30 days`, `45%`,
//! `2026-12-01`, `referral`): what the field's kind says a number means, written by `show`.

use crate::compile::program::RuleSet;
use crate::schema::FieldKind;
use crate::show::{self, ENGLISH};
use crate::value::Value;

/// A field's value as a person writes it; `unknown` when it is not known.
pub fn format_value(rules: &RuleSet, slot: usize, value: &Value) -> String {
    let kind = &rules.schema.fields[slot].kind;
    match value {
        Value::Unknown => "unknown".into(),
        Value::Number(n) => format_number(*n, kind),
        Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
        Value::Enum(i) => match kind {
            FieldKind::OneOf(values) => values.get(*i as usize).map_or_else(|| i.to_string(), |v| v.name.clone()),
            _ => i.to_string(),
        },
        Value::Text(t) => format!("\"{t}\""),
        Value::Time(t) => format_number(*t as f64, kind),
    }
}

/// A number in the field's own unit: `500 000`, `30 days`, `45%`, `2026-12-01`.
pub fn format_number(v: f64, kind: &FieldKind) -> String {
    match kind {
        FieldKind::Percent => ENGLISH.percent(v),
        FieldKind::Duration(unit) => ENGLISH.quantity(v / unit.seconds(), unit.plural()),
        FieldKind::Date(_) => show::date(v),
        FieldKind::DateTime(_) => show::date_time(v),
        FieldKind::Money => ENGLISH.money(v),
        _ => ENGLISH.grouped(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_their_field_s_unit() {
        assert_eq!(format_number(0.7, &FieldKind::Percent), "70%");
        assert_eq!(format_number(500_000.0, &FieldKind::Money), "500 000");
        assert_eq!(format_number(-20.0, &FieldKind::Number), "-20");
        assert_eq!(format_number(1_796_117_400.0, &FieldKind::Date(Default::default())), "2026-12-01");
    }
}
