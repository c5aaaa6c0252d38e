//! A field's value as a person writes it, in the field's own unit (`500 000`, `30 days`, `45%`,
//! `2026-12-01`, `referral`): what the field's kind says a number means, written by `show` in a
//! language's words and number style (`30 дней`, `45 %`).

use crate::compile::program::RuleSet;
use crate::locale::Lang;
use crate::msg;
use crate::schema::FieldKind;
use crate::show::{self, Style, TimeUnit};
use crate::value::Value;

/// A field's value as a person writes it, in English; `unknown` when it is not known. For the
/// outputs that are English whatever the language (the cells of verdict rows).
pub fn format_value(rules: &RuleSet, slot: usize, value: &Value) -> String {
    value_in(Lang::En, rules, slot, value)
}

/// A number in the field's own unit, in English: `500 000`, `30 days`, `45%`, `2026-12-01`.
pub fn format_number(v: f64, kind: &FieldKind) -> String {
    number_in(Lang::En, v, kind)
}

/// A field's value as a person writes it in `lang`: `unknown` / `неизвестно` when it is not
/// known, `"Select" (counts as unknown)` for a placeholder, `yes` / `да`, a `one of` value or a text as the author or the lead wrote it.
pub fn value_in(lang: Lang, rules: &RuleSet, slot: usize, value: &Value) -> String {
    let kind = &rules.schema.fields[slot].kind;
    match value {
        Value::Unknown => lang.text(&msg!("eval-value-unknown")),
        Value::Placeholder(text) => lang.text(&msg!("eval-value-placeholder", text = &**text)),
        Value::Number(n) => number_in(lang, *n, kind),
        Value::Bool(b) => lang.text(&if *b { msg!("eval-value-yes") } else { msg!("eval-value-no") }),
        Value::Enum(i) => match kind {
            FieldKind::OneOf(values) => values.get(*i as usize).map_or_else(|| i.to_string(), |v| v.name.clone()),
            _ => i.to_string(),
        },
        Value::Text(t) => format!("\"{t}\""),
        Value::Time(t) => number_in(lang, *t as f64, kind),
    }
}

/// A number in the field's own unit in `lang`: `500 000`, `30 days`, `45%`; `30 дней`, `45 %`.
pub fn number_in(lang: Lang, v: f64, kind: &FieldKind) -> String {
    let style = Style::of(lang);
    match kind {
        FieldKind::Percent => style.percent(v),
        FieldKind::Duration(unit) => lang.text(&show::amount(v / unit.seconds(), time_unit(unit.seconds()))),
        FieldKind::Date(_) => show::date(v),
        FieldKind::DateTime(_) => show::date_time(v),
        FieldKind::Money => style.money(v),
        _ => style.grouped(v),
    }
}

/// The unit of a duration field, by how many seconds it lasts.
fn time_unit(seconds: f64) -> TimeUnit {
    match seconds {
        s if s >= 604_800.0 => TimeUnit::Weeks,
        s if s >= 86_400.0 => TimeUnit::Days,
        s if s >= 3_600.0 => TimeUnit::Hours,
        s if s >= 60.0 => TimeUnit::Minutes,
        _ => TimeUnit::Seconds,
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

    #[test]
    fn numbers_in_russian() {
        assert_eq!(number_in(Lang::Ru, 0.875, &FieldKind::Percent), "87,5 %");
        assert_eq!(number_in(Lang::Ru, 1_234.5, &FieldKind::Money), "1234,5");
        assert_eq!(number_in(Lang::Ru, 1_234_567.5, &FieldKind::Money), "1 234 567,5");
        assert_eq!(time_unit(86_400.0), TimeUnit::Days);
        assert_eq!(time_unit(60.0), TimeUnit::Minutes);
        assert_eq!(Lang::Ru.text(&show::amount(21.0, TimeUnit::Days)), "21 день");
    }
}
