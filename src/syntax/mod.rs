//! Text → AST: the pest grammar in `grammar/leadrules.pest`, and the conversion of its parse
//! tree into the spanned AST of `ast`. Syntax errors become diagnostics phrased for people.

pub mod ast;
