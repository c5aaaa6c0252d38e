//! The form for trying a lead: one field for each input the definition reads, typed by the
//! field's kind (a number, yes/no and `one of` as a choice, a date), named by the first CRM
//! column the field is read from, so the page sends what a CRM would send; and the places the
//! page's script fills with the verdict, the discovery questions and the explanation that
//! `/v1/explain` answers.

use crate::compile::program::RuleSet;
use crate::locale::Lang;
use crate::msg;
use crate::schema::{FieldKind, FieldSpec};
use crate::show::escape_html as esc;
use std::fmt::Write;

/// The verdict's members the page shows, in this order, each with its label.
const SHOWN: [(&str, &str); 13] = [
    ("class", "page-key-class"),
    ("decided_by", "page-key-decided-by"),
    ("playbook", "page-key-playbook"),
    ("failed_gates", "page-key-failed-gates"),
    ("score", "page-key-score"),
    ("fit", "page-key-fit"),
    ("grade", "page-key-grade"),
    ("temperature", "page-key-temperature"),
    ("respond_within", "page-key-respond-within"),
    ("respond_by", "page-key-respond-by"),
    ("probability", "page-key-probability"),
    ("deal_size", "page-key-deal-size"),
    ("unknown", "page-key-unknown"),
];

/// The form and the places for its answer.
pub fn form(rules: &RuleSet, lang: Lang) -> String {
    let say = |id: &'static str| esc(&lang.text(&crate::message::Message::new(id)));
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"block\" id=\"try\"><h2>{}</h2><p class=\"explain\">{}</p><div class=\"try\">\
         <form id=\"lead-form\" autocomplete=\"off\">",
        say("page-try"),
        say("page-try-explain")
    );
    for (slot, field) in rules.schema.fields.iter().enumerate() {
        if field.used || rules.schema.key == Some(slot) {
            input(&mut out, field, lang);
        }
    }
    out.push_str("</form><div id=\"result\" aria-live=\"polite\">");
    let _ = write!(
        out,
        "<h3>{}</h3><p id=\"verdict-status\" class=\"status\"></p><dl id=\"verdict\">",
        say("page-verdict")
    );
    for (key, label) in SHOWN {
        let _ = write!(
            out,
            "<div class=\"row\" data-row=\"{key}\" hidden><dt>{}</dt><dd data-key=\"{key}\"></dd></div>",
            esc(&lang.text(&crate::message::Message::new(label)))
        );
    }
    let _ = write!(
        out,
        "</dl><h3>{}</h3><p class=\"explain\">{}</p><ul id=\"questions\"></ul><h3>{}</h3><pre id=\"explanation\"></pre>",
        say("page-questions"),
        say("page-questions-explain"),
        say("page-explanation")
    );
    out.push_str("</div></div></section>\n");
    out
}

/// One field: its label (the field's name and kind), the control, and a place for what is
/// wrong with the value typed.
fn input(out: &mut String, field: &FieldSpec, lang: Lang) {
    let column = field.columns.first().map_or(field.name.as_str(), String::as_str);
    let id = format!("f-{}", field.name);
    // A choice shows its values itself: its label says only that it is one.
    let kind = match &field.kind {
        FieldKind::OneOf(_) => lang.text(&msg!("page-one-of")),
        kind => lang.text(&kind.message()),
    };
    let _ = write!(
        out,
        "<div class=\"field\"><label for=\"{}\"><span class=\"field-name\">{}</span> <small>{}</small></label>",
        esc(&id),
        esc(&field.name),
        esc(&kind)
    );
    let attributes = format!("id=\"{}\" name=\"{}\" data-field=\"{}\"", esc(&id), esc(column), esc(&field.name));
    let unknown = esc(&lang.text(&msg!("page-unknown-choice")));
    match &field.kind {
        FieldKind::YesNo => {
            let _ = write!(
                out,
                "<select {attributes}><option value=\"\">{unknown}</option><option value=\"yes\">{}</option>\
                 <option value=\"no\">{}</option></select>",
                esc(&lang.text(&msg!("eval-value-yes"))),
                esc(&lang.text(&msg!("eval-value-no")))
            );
        }
        FieldKind::OneOf(values) => {
            let _ = write!(out, "<select {attributes}><option value=\"\">{unknown}</option>");
            for value in values {
                let shown = match value.spellings.first() {
                    Some(spelling) => format!("{} — {spelling}", value.name),
                    None => value.name.clone(),
                };
                let _ = write!(out, "<option value=\"{}\">{}</option>", esc(&value.name), esc(&shown));
            }
            out.push_str("</select>");
        }
        FieldKind::Date(_) => {
            let _ = write!(out, "<input {attributes} type=\"date\">");
        }
        FieldKind::DateTime(_) => {
            let _ = write!(out, "<input {attributes} type=\"datetime-local\">");
        }
        FieldKind::Text => {
            let _ = write!(out, "<input {attributes} type=\"text\">");
        }
        // Text, not the browser's number input: that refuses `1 000 000` and `1 000 000,50` as
        // people type them, which the reader takes (as it does in an export).
        FieldKind::Number | FieldKind::Money | FieldKind::Percent => {
            let _ = write!(
                out,
                "<input {attributes} type=\"text\" inputmode=\"decimal\" placeholder=\"{}\">",
                esc(&lang.text(&msg!("page-number-placeholder")))
            );
        }
        FieldKind::Duration(_) => {
            let _ = write!(out, "<input {attributes} type=\"text\">");
        }
    }
    out.push_str("<span class=\"problem\" role=\"alert\"></span></div>");
}
