//! Text → AST: the pest grammar in `grammar/leadrules.pest`, and the conversion of its parse
//! tree into the spanned AST of `ast`. Syntax errors become diagnostics phrased for people.
//!
//! The file is first split into its header and top-level items (`scan`), and each piece is
//! parsed on its own (`parse`), so one run reports a problem in every broken item and still
//! returns the items that parse. Inside a broken item, the entry holding the error is blanked out
//! and the item parsed again (`recover`), so every slip of a block is reported in the same run.
//! Where comments and strings begin and end is known in one place, `lex`, which the formatter
//! uses too.

pub mod ast;
mod convert;
mod errors;
mod example_names;
mod expr;
mod grammar;
mod items;
/// The keyword table lives with the languages (`locale::words`): the messages respell program
/// text by it too, and `locale` comes before the parser.
pub use crate::locale::words as keywords;
pub mod lex;
mod literal;
mod numbers;
mod parse;
mod pasted;
mod recover;
pub use crate::locale::respell;
mod rewrite;
mod scan;
mod slips;
#[cfg(test)]
mod tests;
mod wording;

/// For the checker: a name it does not know may be a Russian word written for a keyword (`если`)
/// or a Latin name with a Cyrillic look-alike letter (`sоurce`).
pub use example_names::examples_of;
pub use literal::time_unit;
pub use scan::{ITEM_KEYWORDS, item_keyword};
/// For the checker's fixes: whether to write a unit the English or the Russian way.
pub use slips::text_language;
pub use wording::{cyrillic_spelling, latin_look_alike_wording, latin_spelling, look_alike_wording, meant_keyword};

use crate::diagnostic::Diagnostic;

/// The outcome of parsing one rule file: every item that could be read, and every problem found.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub file: ast::RuleFile,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses a whole rule file. Never panics; spans are byte offsets into `text`.
pub fn parse(text: &str) -> Parsed {
    parse::parse_file(text, 0)
}

/// Parses a rule file that starts at offset `base` of a `SourceMap`: every span is shifted by it.
pub fn parse_at(text: &str, base: u32) -> Parsed {
    parse::parse_file(text, base as usize)
}
