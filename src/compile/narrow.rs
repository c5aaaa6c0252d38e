//! Choices of a syntax error that the declared names settle. The parser sees one piece at a
//! time and does not know the names: for `expect SQL` it offers `class SQL` and
//! `temperature SQL` (`grade A` and `class A` for a grade letter). Once the whole file is read,
//! the choice that names what the word is declared as, when exactly one does, becomes the fix,
//! written as such; a word declared as several kinds, or as none, keeps its choices.

use crate::diagnostic::{Applicability, Diagnostic};
use crate::msg;
use crate::syntax::ast::{Item, RuleFile};
use crate::syntax::keywords::KEYWORDS;

/// Narrows the choices of every bare expectation in `diagnostics` by the names `file` declares.
pub fn bare_expectations(diagnostics: &mut [Diagnostic], file: &RuleFile) {
    for diagnostic in diagnostics.iter_mut().filter(|d| d.message.id() == "syntax-bare-expectation") {
        let declared: Vec<usize> = diagnostic
            .fixes
            .iter()
            .enumerate()
            .filter(|(_, fix)| fix.edits.len() == 1 && is_declared(file, &fix.edits[0].replacement))
            .map(|(index, _)| index)
            .collect();
        let [only] = declared[..] else { continue };
        let mut fix = diagnostic.fixes.swap_remove(only);
        fix.applicability = Applicability::Safe;
        let Some((kind, word)) = fix.edits[0].replacement.split_once(' ') else { continue };
        diagnostic.help = Some(msg!(
            "syntax-bare-expectation-known-help",
            word = word,
            kind = english(kind),
            replacement = fix.edits[0].replacement.as_str()
        ));
        diagnostic.fixes = vec![fix];
    }
}

/// The English spelling of the kind of an expectation as written (`класс` → `class`).
fn english(kind: &str) -> &str {
    KEYWORDS.iter().find(|(_, russian)| *russian == kind).map_or(kind, |(english, _)| english)
}

/// Whether `written` (`class SQL`, `temperature hot`, `grade A`, or in Russian keywords
/// `класс SQL`) names a class, a temperature or a grade the file has.
fn is_declared(file: &RuleFile, written: &str) -> bool {
    let Some((kind, word)) = written.split_once(' ') else { return false };
    file.items.iter().any(|item| match (english(kind), item) {
        ("class", Item::Classify(block)) => block.rules.iter().any(|rule| rule.class.name == word),
        ("temperature", Item::Temperature(block)) => block.rules.iter().any(|rule| rule.name.name == word),
        ("grade", Item::Profile(_)) => true,
        _ => false,
    })
}
