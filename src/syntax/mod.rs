//! Text → AST: the pest grammar in `grammar/leadrules.pest`, and the conversion of its parse
//! tree into the spanned AST of `ast`. Syntax errors become diagnostics phrased for people.

pub mod ast;

// Placeholder until the parser lands.
pub struct Parsed {
    pub file: ast::RuleFile,
    pub diagnostics: Vec<crate::diagnostic::Diagnostic>,
}
pub fn parse(_text: &str) -> Parsed {
    Parsed { file: ast::RuleFile { header: None, items: vec![], comments: vec![] }, diagnostics: vec![] }
}
