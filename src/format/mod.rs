//! `leadrules fmt`: one canonical layout for rule files.
//!
//! The file is parsed and printed again from its AST (`layout`), never patched as text. A file
//! with syntax errors is refused. Before the text is handed back it is parsed once more and must
//! give the same AST and the same comments, in the same order: a formatter bug becomes an error,
//! never a silently changed definition.

mod layout;
#[cfg(test)]
mod tests;
mod text;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::span::Span;
use crate::syntax::{ast::RuleFile, parse};

pub use layout::MAX_WIDTH;

/// Formats a whole rule file, its keywords in the language most of them are written in. `Err`
/// holds the file's syntax errors (it is not formatted then), or one internal error if the
/// formatted text would not mean the same.
pub fn format(text: &str) -> Result<String, Vec<Diagnostic>> {
    format_to(text, None)
}

/// Formats a whole rule file with its keywords in `to` (`fmt --to ru|en`), or in the language
/// most of them are written in when `to` is `None`. Names, strings and comments are left as the
/// author wrote them.
pub fn format_to(text: &str, to: Option<Lang>) -> Result<String, Vec<Diagnostic>> {
    let parsed = parse(text);
    if parsed.diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(parsed.diagnostics);
    }
    let lang = to.unwrap_or(parsed.file.spelling.language());
    let out = layout::print(&parsed.file, text, lang);
    let again = parse(&out);
    if !again.diagnostics.is_empty() {
        return Err(vec![internal(msg!("format-internal-does-not-parse"))]);
    }
    if !same_meaning(&parsed.file, &again.file) {
        return Err(vec![internal(msg!("format-internal-changes-meaning"))]);
    }
    if comment_texts(&parsed.file) != comment_texts(&again.file) {
        return Err(vec![internal(msg!("format-internal-loses-comment"))]);
    }
    Ok(out)
}

/// Whether two files are the same definition (layout and comments aside): the AST's equality
/// leaves out where each node was written (`span::Loc`).
pub fn same_meaning(a: &RuleFile, b: &RuleFile) -> bool {
    a.header == b.header && a.items == b.items
}

/// The comments' text in order, without trailing spaces (the formatter drops those).
pub fn comment_texts(file: &RuleFile) -> Vec<&str> {
    file.comments.iter().map(|c| c.node.trim_end()).collect()
}

/// A formatter bug, said as one: `what` went wrong with the formatted text.
fn internal(what: Message) -> Diagnostic {
    Diagnostic::new(Code::Syntax, msg!("format-internal-error", what = what), Span::new(0, 0), msg!("format-this-file"))
        .with_help(msg!("format-internal-error-help"))
}
