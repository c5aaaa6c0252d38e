//! Applying machine-applicable fixes: which `Safe` fixes of a check can be applied together, the
//! text of each file after them, and the rounds of check-and-fix until none is left.
//!
//! The rules, for `check --fix` and for the tests that fix the corpus:
//! - only [`Applicability::Safe`] fixes are applied; a `Choice` is left for the author;
//! - a fix is applied whole or not at all: all its edits in one file, none overlapping an edit
//!   already taken this round (two edits starting at the same place count as overlapping); the
//!   first in diagnostic order wins and the other waits for the next round, when it is checked
//!   again on the new text;
//! - a fix is applied only to the text that was checked: a file changed in an earlier round that
//!   the check did not see anew keeps its remaining fixes for the next run (`check --fix` checks
//!   the changed texts of used files too, so none wait there);
//! - a file the caller may not write (a standard framework, built into the program) is never
//!   changed.
//!
//! Writing the files is the caller's job; this module only computes texts.

use crate::diagnostic::{Applicability, Code, Diagnostic, Edit, Fix};
use crate::span::{SourceMap, Span};

/// An edit as a byte range of its file's own text and the text that replaces it.
type LocalEdit = (std::ops::Range<usize>, String);

/// At most this many rounds of check-and-fix: each round applies every fix that does not
/// overlap another, so real files settle in one or two; the bound stops fixes that undo each other.
pub const MAX_ROUNDS: usize = 10;

/// One fix applied: the file it changed and the code of the diagnostic that offered it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub file: String,
    pub code: Code,
}

/// What one round does: the new text of every file it changes, and the fixes it applied.
#[derive(Clone, Debug, Default)]
pub struct Round {
    /// (file name, new text), in the order the files were first changed.
    pub texts: Vec<(String, String)>,
    pub applied: Vec<Applied>,
}

/// The Safe fixes of `diagnostics` that can be applied together, applied to the texts in
/// `sources`. `writable` says which files may change; `stale` which files were changed since
/// `sources` was read (their fixes wait).
pub fn one_round(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    writable: impl Fn(&str) -> bool,
    stale: impl Fn(&str) -> bool,
) -> Round {
    // Per file: its name and the local edits taken so far.
    let mut taken: Vec<(String, Vec<LocalEdit>)> = Vec::new();
    let mut applied = Vec::new();
    for d in diagnostics {
        let Some(fix) = d.fixes.iter().find(|f| f.applicability == Applicability::Safe) else { continue };
        let Some((name, edits)) = local_edits(fix, sources) else { continue };
        if !writable(&name) || stale(&name) {
            continue;
        }
        let index = match taken.iter().position(|(n, _)| *n == name) {
            Some(i) => i,
            None => {
                taken.push((name.clone(), Vec::new()));
                taken.len() - 1
            }
        };
        let file_edits = &mut taken[index].1;
        let clashes = edits.iter().enumerate().any(|(i, (range, _))| {
            file_edits.iter().any(|(other, _)| overlap(range, other))
                || edits[..i].iter().any(|(other, _)| overlap(range, other))
        });
        if clashes {
            continue;
        }
        file_edits.extend(edits);
        applied.push(Applied { file: name, code: d.code });
    }
    let texts = taken
        .into_iter()
        .filter(|(_, edits)| !edits.is_empty())
        .filter_map(|(name, edits)| {
            let file = sources.files().iter().find(|f| f.name == name)?;
            Some((name, apply(&file.text, edits)))
        })
        .collect();
    Round { texts, applied }
}

/// A fix's edits as ranges of its one file's own text, or `None` when they are not all in one
/// file or do not fall on character boundaries (such a fix is not applied).
fn local_edits(fix: &Fix, sources: &SourceMap) -> Option<(String, Vec<LocalEdit>)> {
    let first = fix.edits.first()?;
    let file = sources.file_of(first.span)?;
    let mut edits = Vec::with_capacity(fix.edits.len());
    for Edit { span, replacement } in &fix.edits {
        if sources.file_of(*span).map(|f| f.base) != Some(file.base) || span.end < span.start {
            return None;
        }
        let range = file.local(*span);
        let fits = (range.end - range.start) as u32 == span.end - span.start;
        if !fits || !file.text.is_char_boundary(range.start) || !file.text.is_char_boundary(range.end) {
            return None;
        }
        edits.push((range, replacement.clone()));
    }
    Some((file.name.clone(), edits))
}

/// Whether two edits touch the same text (an insertion inside a replaced range, or two edits
/// at the same place, whose order would be a guess).
fn overlap(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    (a.start < b.end && b.start < a.end) || a.start == b.start
}

/// `text` with non-overlapping edits applied.
fn apply(text: &str, mut edits: Vec<LocalEdit>) -> String {
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, replacement) in edits {
        out.push_str(&text[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// What fixing settled on: the new text of every changed file, every fix applied, and the
/// diagnostics of the last check (those left, on the new texts).
#[derive(Clone, Debug)]
pub struct Fixed {
    /// (file name, text before, text after) for every changed file, in the order first changed.
    pub files: Vec<(String, String, String)>,
    pub applied: Vec<Applied>,
    pub left: Vec<Diagnostic>,
    pub sources: SourceMap,
}

/// Checks, applies the Safe fixes, and checks again, up to [`MAX_ROUNDS`] rounds, until no Safe
/// fix can be applied. `check` gets the changed texts so far (file name, text) and returns the
/// diagnostics with the sources they point into; it should check the changed texts, not the
/// files on disk, at least for the root.
pub fn fix_until_settled(
    mut check: impl FnMut(&[(String, String)]) -> (Vec<Diagnostic>, SourceMap),
    writable: impl Fn(&str) -> bool,
) -> Fixed {
    let mut files: Vec<(String, String, String)> = Vec::new();
    let mut applied = Vec::new();
    let current = |files: &[(String, String, String)]| -> Vec<(String, String)> {
        files.iter().map(|(name, _, after)| (name.clone(), after.clone())).collect()
    };
    let (mut left, mut sources) = check(&[]);
    for _ in 0..MAX_ROUNDS {
        let changed = current(&files);
        let stale = |name: &str| {
            changed.iter().any(|(n, text)| {
                n == name && sources.files().iter().find(|f| f.name == name).is_none_or(|f| f.text != *text)
            })
        };
        let round = one_round(&left, &sources, &writable, stale);
        if round.applied.is_empty() {
            break;
        }
        for (name, text) in round.texts {
            match files.iter_mut().find(|(n, _, _)| *n == name) {
                Some(file) => file.2 = text,
                None => {
                    let before = sources.files().iter().find(|f| f.name == name).map(|f| f.text.clone());
                    files.push((name, before.unwrap_or_default(), text));
                }
            }
        }
        applied.extend(round.applied);
        (left, sources) = check(&current(&files));
    }
    files.retain(|(_, before, after)| before != after);
    Fixed { files, applied, left, sources }
}

/// How many fixes of each code were applied to each file, in the order first applied:
/// (file, code, count).
pub fn counts(applied: &[Applied]) -> Vec<(String, Code, usize)> {
    let mut counts: Vec<(String, Code, usize)> = Vec::new();
    for a in applied {
        match counts.iter_mut().find(|(file, code, _)| *file == a.file && *code == a.code) {
            Some(entry) => entry.2 += 1,
            None => counts.push((a.file.clone(), a.code, 1)),
        }
    }
    counts
}

/// A span covering `range` of the file named `name` in `sources` (for tests and callers that
/// build fixes by hand).
pub fn span_in(sources: &SourceMap, name: &str, range: std::ops::Range<usize>) -> Option<Span> {
    let file = sources.files().iter().find(|f| f.name == name)?;
    Some(Span::new(file.base as usize + range.start, file.base as usize + range.end))
}

#[cfg(test)]
mod tests;
