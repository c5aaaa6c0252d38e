//! The standard frameworks shipped inside the program, so `use "std/bant.rules"` works wherever
//! a company keeps its rules. Their source of truth is `rules/std/` in this repository.

/// (path as written after `use`, text)
const FILES: &[(&str, &str)] = &[("std/bant.rules", include_str!("../../rules/std/bant.rules"))];

/// The text of a standard file, by the path a `use` line gives (`std/bant.rules`).
pub fn get(path: &str) -> Option<&'static str> {
    FILES.iter().find(|(name, _)| *name == path).map(|(_, text)| *text)
}

/// Every standard file's path, for "did you mean" and help lines.
pub fn names() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(name, _)| *name)
}
