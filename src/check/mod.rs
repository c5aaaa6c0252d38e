//! The checker: finds every problem of a rule file in one run and builds the checked `Model`.
//!
//! Passes, in order: declare names (`declare`), type every block (`blocks`), order the derived
//! values and find cycles (`order`), then warnings (`lints`) and examples (`examples`).
//! Problems are collected, never thrown: after an error a placeholder stands in and checking goes
//! on, so the author sees everything at once.

mod alphabet;
mod blocks;
mod chains;
mod constant;
mod declare;
mod examples;
mod expr;
mod growth;
pub mod hints;
mod lets;
mod lints;
mod lists;
pub mod model;
mod names;
mod order;
mod repeats;
pub mod suggest;

use crate::diagnostic::{self, Diagnostic};
use crate::span::{SourceMap, Span};
use crate::syntax::ast::RuleFile;
use model::{Derived, Model};
use names::Names;

/// The outcome of checking: the model when there are no errors, and every diagnostic found.
pub struct Checked {
    pub model: Option<Model>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Checks a definition: `file` holds its items and those of the files it uses, `sources` their
/// text (quoted in messages), `imported_via` for each item the `use` line that brought it in.
pub fn check(file: &RuleFile, sources: &SourceMap, imported_via: &[Option<Span>]) -> Checked {
    let mut checker = Checker { sources: sources.clone(), imported_via: imported_via.to_vec(), ..Checker::default() };
    let declared = checker.declare(file);
    let model = checker.blocks(file, declared);
    let model = checker.order(model);
    checker.lints(file, &model);
    let mut model = model;
    model.examples = checker.examples(file, &model);
    for (slot, used) in checker.used_fields.iter().enumerate() {
        model.schema.fields[slot].used = *used;
    }
    let mut diagnostics = checker.diagnostics;
    diagnostic::sort(&mut diagnostics);
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    Checked { model: if has_errors { None } else { Some(model) }, diagnostics }
}

/// Whether a diagnostic of this kind could be caused by another part of the file failing to
/// parse (a name declared in a block that did not parse, a field only used there).
pub fn depends_on_whole_file(code: crate::diagnostic::Code) -> bool {
    use crate::diagnostic::Code::*;
    matches!(
        code,
        UnknownName | UnknownMember | UnknownValue | MissingBlock | UnusedField | UnreachableRule | MissingOtherwise
    )
}

#[derive(Default)]
pub(crate) struct Checker {
    sources: SourceMap,
    /// For each item: the `use` line that brought it in from another file.
    imported_via: Vec<Option<Span>>,
    names: Names,
    diagnostics: Vec<Diagnostic>,
    /// Which field slots some rule reads.
    used_fields: Vec<bool>,
    /// While declaring: the `use` line that brought in the item being declared.
    current_via: Option<Span>,
    /// The derived value whose rules are being typed, if any.
    current: Option<Derived>,
    /// (reader, what it reads, where) edges between derived values.
    dependencies: Vec<(Derived, Derived, Span)>,
    /// The definition's own last `use` line and its header: where a missing `use` line goes.
    use_lines_end: Option<Span>,
    header_span: Option<Span>,
    /// Standard files whose missing `use` line a fix already inserts (once per file).
    uses_offered: Vec<&'static str>,
    /// The named conditions (`let`), by index.
    lets: Vec<lets::LetSlot>,
    /// The named conditions being typed, each with the reference that started it.
    let_stack: Vec<(usize, Span)>,
    /// While a named condition is typed: the derived values it reads, and where.
    let_reads: Option<Vec<(Derived, Span)>>,
}

impl Checker {
    fn report(&mut self, d: Diagnostic) {
        let written = self.sources.slice(d.span());
        let names = &self.names;
        let declared = |name: &str| {
            names.all_references().contains(&name)
                || names.frameworks.contains_key(name)
                || names.profiles.contains_key(name)
                || names.criteria.iter().any(|c| c.contains_key(name))
                || names.enum_values.iter().any(|values| values.iter().any(|v| v == name))
                || names.classes.iter().any(|(class, _, _)| class == name)
        };
        let d = alphabet::reword_unknown(d, written, declared);
        self.diagnostics.push(d);
    }

    /// The source text under a span, for quoting it back.
    fn text(&self, span: impl Into<Span>) -> &str {
        self.sources.slice(span.into())
    }

    /// The keyword a block starts with at `block`'s start, as written (`classify` or `классы`).
    fn block_head(&self, block: Span) -> Span {
        let written = self.text(block);
        let length = written.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(written.len());
        Span::new(block.start as usize, block.start as usize + length)
    }

    fn field_name(&self, slot: usize) -> &str {
        self.names.fields.get_index(slot).map_or("", |(name, _)| name.as_str())
    }

    fn depend_on(&mut self, target: Derived, span: Span) {
        if let Some(reads) = &mut self.let_reads {
            reads.push((target, span));
        } else if let Some(reader) = self.current {
            self.dependencies.push((reader, target, span));
        }
    }
}
