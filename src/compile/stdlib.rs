//! The standard frameworks shipped inside the program, so `use "std/bant.rules"` works wherever
//! a company keeps its rules. Their source of truth is `rules/std/` in this repository.

/// (path as written after `use`, text)
const FILES: &[(&str, &str)] = &[
    ("std/bant.rules", include_str!("../../rules/std/bant.rules")),
    ("std/anum.rules", include_str!("../../rules/std/anum.rules")),
    ("std/am.rules", include_str!("../../rules/std/am.rules")),
    ("std/champ.rules", include_str!("../../rules/std/champ.rules")),
    ("std/meddic.rules", include_str!("../../rules/std/meddic.rules")),
    ("std/meddpicc.rules", include_str!("../../rules/std/meddpicc.rules")),
    ("std/gpctba_ci.rules", include_str!("../../rules/std/gpctba_ci.rules")),
    ("std/faint.rules", include_str!("../../rules/std/faint.rules")),
];

/// The text of a standard file, by the path a `use` line gives (`std/bant.rules`).
pub fn get(path: &str) -> Option<&'static str> {
    FILES.iter().find(|(name, _)| *name == path).map(|(_, text)| *text)
}

/// Every standard file's path, for "did you mean" and help lines.
pub fn names() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_checker_knows_which_file_declares_each_standard_framework() {
        let listed: Vec<&str> = crate::check::hints::STANDARD_FRAMEWORKS.iter().map(|(_, file)| *file).collect();
        assert_eq!(listed, super::names().collect::<Vec<_>>());
        for (framework, file) in crate::check::hints::STANDARD_FRAMEWORKS {
            let text = super::get(file).unwrap_or_default();
            assert!(text.contains(&format!("\nframework {framework} ")), "{file} does not declare {framework}");
        }
    }
}
