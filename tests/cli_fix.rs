//! `leadrules check --fix` end to end: safe fixes are written, choices are left, a file that
//! cannot be written is left whole, `--diff` writes nothing, fixes in a used file go to that
//! file, and the JSON of `check --format json` with fixes keeps its shape.

mod common;

use common::{code, leadrules, scratch, stderr, stdout};
use std::path::{Path, PathBuf};

/// `tests/ui/unknown_field.rules` (a safe fix: `budgte` → `budget`) with a misspelt `one of`
/// value too (a choice: `gamling` may be a new value to add), copied into a scratch folder.
fn safe_and_choice(test: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(test);
    let text = std::fs::read_to_string("tests/ui/unknown_field.rules").expect("corpus file");
    let text = text.replace("reject  industry = gambling", "reject  industry = gamling");
    let path = dir.join("definition.rules");
    std::fs::write(&path, text).expect("write the copy");
    (dir, path)
}

/// Output with the scratch folder's path replaced by `DIR`.
fn normalised(text: &str, dir: &Path) -> String {
    text.replace(&dir.display().to_string(), "DIR")
}

#[test]
fn the_safe_fix_is_applied_and_the_choice_is_left() {
    let (dir, path) = safe_and_choice("fix_safe_and_choice");
    let out = leadrules(&["check", "--fix", &path.display().to_string()]);
    assert_eq!(code(&out), 1, "the choice is left: an error remains");
    let fixed = std::fs::read_to_string(&path).expect("read back");
    assert!(fixed.contains("budget    : budget >= 500_000"), "{fixed}");
    assert!(fixed.contains("industry = gamling"), "a choice is never applied: {fixed}");
    insta::assert_snapshot!(
        "safe_and_choice",
        format!("stdout:\n{}\nstderr:\n{}", normalised(&stdout(&out), &dir), normalised(&stderr(&out), &dir))
    );
    let again = leadrules(&["check", "--fix", &path.display().to_string()]);
    assert!(stdout(&again).contains("nothing to fix"), "{}", stdout(&again));
    assert_eq!(std::fs::read_to_string(&path).expect("read back"), fixed, "a second run changes nothing");
}

#[test]
fn a_file_with_only_safe_fixes_ends_clean() {
    let dir = scratch("fix_clean");
    let path = dir.join("definition.rules");
    std::fs::copy("tests/ui/unknown_field.rules", &path).expect("copy");
    let out = leadrules(&["check", "--fix", &path.display().to_string()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(normalised(&stdout(&out), &dir), "DIR/definition.rules: fixed 1 problem (E101)\n");
    assert_eq!(normalised(&stderr(&out), &dir), "DIR/definition.rules: no problems\n");
}

#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let (dir, path) = safe_and_choice("fix_diff");
    let before = std::fs::read_to_string(&path).expect("read");
    let out = leadrules(&["check", "--fix", "--diff", &path.display().to_string()]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), before);
    assert_eq!(code(&out), 1);
    let shown =
        normalised(&normalised(&stdout(&out), &dir), Path::new(dir.display().to_string().trim_start_matches('/')));
    insta::assert_snapshot!("diff", shown);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_an_error_and_is_left_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = safe_and_choice("fix_read_only");
    let before = std::fs::read_to_string(&path).expect("read");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let out = leadrules(&["check", "--fix", &path.display().to_string()]);
    assert_eq!(code(&out), 3, "a file that cannot be written: {}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), before, "the file is untouched");
    let err = normalised(&stderr(&out), &dir);
    assert!(err.contains("DIR/definition.rules is left as it was"), "{err}");
    assert!(normalised(&stdout(&out), &dir).contains("could not write the fix of 1 problem (E101)"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir).expect("list").filter_map(Result::ok).collect();
    assert_eq!(leftovers.len(), 1, "no partial file is left: {leftovers:?}");
}

#[test]
fn a_fix_in_a_used_file_is_written_to_that_file() {
    let dir = scratch("fix_used_file");
    let text = std::fs::read_to_string("tests/ui/unknown_field.rules").expect("corpus file");
    let start = text.find("framework BANT").expect("framework");
    let end = start + text[start..].find("}\n").expect("end of framework") + 2;
    std::fs::write(dir.join("bant.rules"), &text[start..end]).expect("write the used file");
    let root = format!("{}use \"bant.rules\"\n{}", &text[..start], &text[end..]);
    std::fs::write(dir.join("definition.rules"), &root).expect("write the definition");
    let out = leadrules(&["check", "--fix", &dir.join("definition.rules").display().to_string()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(dir.join("definition.rules")).expect("read"), root, "the root is unchanged");
    let used = std::fs::read_to_string(dir.join("bant.rules")).expect("read");
    assert!(used.contains("budget    : budget >= 500_000"), "{used}");
    assert_eq!(normalised(&stdout(&out), &dir), "DIR/bant.rules: fixed 1 problem (E101)\n");
}

#[test]
fn check_json_carries_the_fixes() {
    let out =
        leadrules(&["check", "--format", "json", "tests/ui/unknown_field.rules", "tests/ui/unknown_enum_value.rules"]);
    assert_eq!(code(&out), 1);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("check writes JSON");
    insta::assert_snapshot!("check_json_with_fixes", serde_json::to_string_pretty(&json).expect("JSON"));
}

#[test]
fn fixes_in_used_files_that_show_only_after_another_fix_are_made_in_the_same_run() {
    let dir = scratch("fix_used_file_rounds");
    let text = std::fs::read_to_string("tests/ui/unknown_field.rules").expect("corpus file");
    let start = text.find("framework BANT").expect("framework");
    let end = start + text[start..].find("}\n").expect("end of framework") + 2;
    // The spaced number hides the misspelt field until it is fixed: two rounds in the used file.
    let used = text[start..end].replace("500_000", "500 000");
    std::fs::write(dir.join("bant.rules"), &used).expect("write the used file");
    let root = format!("{}use \"bant.rules\"\n{}", &text[..start], &text[end..]).replace("30 days", "30 dayz");
    std::fs::write(dir.join("definition.rules"), &root).expect("write the definition");
    let definition = dir.join("definition.rules").display().to_string();
    let out = leadrules(&["check", "--fix", &definition]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let used = std::fs::read_to_string(dir.join("bant.rules")).expect("read");
    assert!(used.contains("budget    : budget >= 500_000"), "{used}");
    assert!(!std::fs::read_to_string(dir.join("definition.rules")).expect("read").contains("dayz"));
    let said = normalised(&stdout(&out), &dir);
    for line in [
        "DIR/definition.rules: fixed",
        "DIR/bant.rules: fixed 1 problem (E002)",
        "DIR/bant.rules: fixed 1 problem (E101)",
    ] {
        assert!(said.contains(line), "{line} missing from:\n{said}");
    }
    let again = leadrules(&["check", "--fix", &definition]);
    assert!(stdout(&again).contains("nothing to fix"), "one run was enough: {}", stdout(&again));
}

#[test]
fn a_fixed_file_keeps_its_own_line_breaks() {
    let dir = scratch("fix_line_breaks");
    let text = std::fs::read_to_string("tests/ui/unknown_field.rules").expect("corpus file");
    for (name, ending) in [("lf.rules", "\n"), ("crlf.rules", "\r\n"), ("cr.rules", "\r")] {
        let path = dir.join(name);
        std::fs::write(&path, text.replace('\n', ending)).expect("write");
        let out = leadrules(&["check", "--fix", &path.display().to_string()]);
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        let fixed = std::fs::read_to_string(&path).expect("read back");
        assert!(fixed.contains("budget >= 500_000"), "{name} was not fixed");
        let expected = text.replace("budgte", "budget").replace('\n', ending);
        assert_eq!(fixed, expected, "{name} lost its line breaks");
        let formatted = leadrules(&["fmt", &path.display().to_string()]);
        assert_eq!(code(&formatted), 0, "{name}: {}", stderr(&formatted));
        let after_fmt = std::fs::read_to_string(&path).expect("read back");
        let breaks = after_fmt.matches(ending).count();
        assert!(
            breaks > 10 && after_fmt.replace(ending, "").chars().all(|c| c != '\n' && c != '\r'),
            "fmt changed the line breaks of {name}"
        );
    }
}

/// A file written in Russian keywords: `check --fix` writes the missing `когда` (not `when`),
/// the file then checks clean, and `check --format json` (in English messages) quotes the
/// keywords of the file in its help and its fix.
#[test]
fn a_russian_keyword_file_is_fixed_and_told_in_its_own_keywords() {
    let dir = scratch("fix_russian_keywords");
    let path = dir.join("definition.rules");
    std::fs::copy("tests/ui/russian_keywords_score_line_without_when.rules", &path).expect("copy");
    let out = leadrules(&["check", "--lang", "en", "--format", "json", &path.display().to_string()]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("check writes JSON");
    let help = json[0]["help"].as_str().expect("a help");
    assert_eq!(help, "write `когда` before the condition: `+20 когда BANT.budget`");
    assert_eq!(json[0]["fixes"][0]["edits"][0]["content"], "когда ");
    let out = leadrules(&["check", "--fix", &path.display().to_string()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let fixed = std::fs::read_to_string(&path).expect("read back");
    assert!(fixed.contains("  +20 когда BANT.budget\n"), "{fixed}");
    let out = leadrules(&["check", &path.display().to_string()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}
