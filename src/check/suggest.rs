//! "Did you mean ...?": the closest known name to a misspelt one.

/// The candidate closest to `wrong`: a case-insensitive match first, then the smallest edit
/// distance, if it is small enough to be a plausible typo (at most a third of the name).
pub fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        if lower == wrong_lower {
            return Some(candidate);
        }
        let distance = strsim::damerau_levenshtein(&wrong_lower, &lower);
        let limit = (wrong_lower.chars().count().max(lower.chars().count()) / 3).max(1);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn finds_typos_and_case() {
        let names = ["budget", "timeline", "decision_maker", "Сотрудники"];
        assert_eq!(did_you_mean("budgte", names), Some("budget"));
        assert_eq!(did_you_mean("Budget", names), Some("budget"));
        assert_eq!(did_you_mean("сотрудникы", names), Some("Сотрудники"));
        assert_eq!(did_you_mean("revenue", names), None);
    }
}
