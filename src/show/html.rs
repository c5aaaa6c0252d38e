//! Text put into HTML: every character that could start markup or end an attribute value is
//! written as an entity, so a name, a value or a message from a user's files is always shown as
//! text and never read as a tag.

/// `text` escaped for HTML text and attribute values alike (`&`, `<`, `>`, `"`, `'`); control
/// characters other than a line break and a tab, which HTML cannot hold, become `�`.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
