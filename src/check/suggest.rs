//! "Did you mean ...?": the closest known name to a misspelt one.

/// Names longer than this get no edit-distance suggestion: a typo in a 100-letter name is not a
/// typo, and the distance costs the product of the two lengths.
const LONGEST_COMPARED: usize = 100;

/// The candidate closest to `wrong`: a case-insensitive match first, then the smallest edit
/// distance, if it is small enough to be a plausible typo (at most a third of the name).
pub fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let wrong_length = wrong_lower.chars().count();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        if lower == wrong_lower {
            return Some(candidate);
        }
        let length = lower.chars().count();
        let limit = (wrong_length.max(length) / 3).max(1);
        // The distance is at least the difference in length.
        if wrong_length.max(length) > LONGEST_COMPARED || wrong_length.abs_diff(length) > limit {
            continue;
        }
        let distance = strsim::damerau_levenshtein(&wrong_lower, &lower);
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

    #[test]
    fn long_names_are_compared_only_when_a_typo_is_plausible() {
        let long = "x".repeat(100_000);
        assert_eq!(did_you_mean(&long, ["budget", long.as_str()]), Some(long.as_str()), "an exact match still counts");
        assert_eq!(did_you_mean(&long, ["budget", "x"]), None);
        let almost = format!("{}y", "x".repeat(99_999));
        assert_eq!(did_you_mean(&almost, [long.as_str()]), None, "too long to be a typo");
        assert_eq!(did_you_mean("decision_makr", ["decision_maker"]), Some("decision_maker"));
    }
}
