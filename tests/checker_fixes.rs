//! The checker's safe fixes, applied as written, give a definition that checks clean: for each
//! corpus file whose mistake has one certain reading.

use leadrules::compile::load;
use leadrules::diagnostic::Applicability;
use leadrules::span::SourceFile;

/// Applies every safe fix of the file's diagnostics (edits in the root file, last first).
fn fixed(path: &str) -> String {
    let text = std::fs::read_to_string(path).expect("corpus file");
    let loaded = load(SourceFile::new(path, text.clone()));
    let mut edits: Vec<_> = loaded
        .diagnostics
        .iter()
        .flat_map(|d| &d.fixes)
        .filter(|f| f.applicability == Applicability::Safe)
        .flat_map(|f| f.edits.clone())
        .collect();
    assert!(!edits.is_empty(), "{path} has no safe fix");
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    let mut out = text;
    for e in edits {
        out.replace_range(e.span.range(), &e.replacement);
    }
    out
}

#[test]
fn safe_fixes_give_a_clean_definition() {
    for name in [
        "column_name_for_field",
        "crm_spelling_for_value",
        "fraction_for_percent",
        "framework_not_used",
        "yes_no_compared_with_number",
        "missing_percent_unit",
        "missing_duration_unit",
    ] {
        let path = format!("tests/ui/{name}.rules");
        let text = fixed(&path);
        let loaded = load(SourceFile::new(path.clone(), text.clone()));
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{path} after its fixes:\n{text}\n{errors:#?}");
    }
}

#[test]
fn the_missing_use_line_goes_with_the_others_or_under_the_header() {
    let text = fixed("tests/ui/framework_not_used.rules");
    assert!(text.contains("definition \"Corpus\" version 1\n\nuse \"std/anum.rules\"\n"), "{text}");
    assert_eq!(text.matches("use \"std/anum.rules\"").count(), 1);
}

#[test]
fn a_fraction_compared_with_a_fit_becomes_its_percentage() {
    let text = fixed("tests/ui/fraction_for_percent.rules");
    assert!(text.contains("ICP.fit >= 70%"), "{text}");
}

#[test]
fn a_bare_number_compared_with_a_duration_field_takes_the_field_s_own_unit() {
    let text = "fields {\n  waited : hours\n  timeline : days\n}\nclassify {\n  fast when waited <= 2 and timeline <= 90\n  slow otherwise\n}\n";
    let loaded = load(SourceFile::new("units.rules", text));
    let replacements: Vec<(&str, Applicability)> = loaded
        .diagnostics
        .iter()
        .flat_map(|d| &d.fixes)
        .map(|f| (f.edits[0].replacement.as_str(), f.applicability))
        .collect();
    assert_eq!(replacements, [("2 hours", Applicability::Safe), ("90 days", Applicability::Safe)]);
    // Measured against something that is not a field, the unit is a choice.
    let text = "fields {\n  timeline : days\n}\nclassify {\n  fast when timeline + 1 days <= 90\n  slow otherwise\n}\n";
    let loaded = load(SourceFile::new("units.rules", text));
    let choices: Vec<&str> =
        loaded.diagnostics.iter().flat_map(|d| &d.fixes).map(|f| f.edits[0].replacement.as_str()).collect();
    assert_eq!(choices, ["90 minutes", "90 hours", "90 days", "90 weeks"]);
    assert!(loaded.diagnostics.iter().flat_map(|d| &d.fixes).all(|f| f.applicability == Applicability::Choice));
    // A file written in Russian keywords gets the unit in Russian, in the form its number takes.
    let text = "поля {\n  ждал : часы\n}\nклассы {\n  быстро когда ждал <= 2\n  медленно иначе\n}\n";
    let loaded = load(SourceFile::new("units.rules", text));
    let fixes: Vec<&str> =
        loaded.diagnostics.iter().flat_map(|d| &d.fixes).map(|f| f.edits[0].replacement.as_str()).collect();
    assert_eq!(fixes, ["2 часа"]);
}
