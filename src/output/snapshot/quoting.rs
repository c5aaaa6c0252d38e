//! How the words of a snapshot line are quoted and escaped, and read back: the two directions
//! kept side by side so that what is written is what is read.

use crate::message::Message;
use crate::msg;
use std::fmt::Write;

/// A word as written: bare when it can be, else quoted. `reserved` are the words that would be
/// read as markers in its place; `lead` also quotes a leading `#` (a comment).
pub(super) fn word(text: &str, reserved: &[&str], lead: bool) -> String {
    let quote = text.is_empty()
        || reserved.contains(&text)
        || (lead && text.starts_with('#'))
        || text.starts_with('\u{feff}')
        || text.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '\\');
    if !quote {
        return text.to_string();
    }
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => escape_control(&mut out, c),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn escape_control(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// The free text at the end of a line: backslashes, control characters and the whitespace at
/// either end are escaped, everything else stays as it is.
pub(super) fn escape_tail(text: &str) -> String {
    let first = text.find(|c: char| !c.is_whitespace()).unwrap_or(text.len());
    let last = text.rfind(|c: char| !c.is_whitespace()).map_or(0, |i| i + 1);
    let mut out = String::new();
    for (i, c) in text.char_indices() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => escape_control(&mut out, c),
            c if c.is_whitespace() && (i < first || i >= last) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Reads escaped text up to the closing quote (`Some('"')`) or the end; returns it and what
/// follows the quote.
pub(super) fn unescape(text: &str, close: Option<char>) -> Result<(String, &str), Message> {
    let mut out = String::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if Some(c) == close {
            return Ok((out, &text[i + c.len_utf8()..]));
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next().map(|(_, c)| c) {
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let rest = &text[chars.offset()..];
                let code = rest
                    .strip_prefix('{')
                    .and_then(|r| r.split_once('}'))
                    .map(|(hex, _)| hex)
                    .filter(|hex| !hex.is_empty() && hex.len() <= 6);
                let Some(hex) = code else {
                    return Err(msg!("output-snap-parse-u-braces"));
                };
                let c = u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| msg!("output-snap-parse-not-a-character", hex = hex))?;
                out.push(c);
                for _ in 0..hex.len() + 2 {
                    chars.next();
                }
            }
            Some(other) => {
                return Err(msg!("output-snap-parse-not-an-escape", char = other.to_string()));
            }
            None => return Err(msg!("output-snap-parse-lone-backslash")),
        }
    }
    match close {
        Some(_) => Err(msg!("output-snap-parse-unclosed-quote")),
        None => Ok((out, "")),
    }
}
