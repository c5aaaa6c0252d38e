//! `use` lines: the standard frameworks and a company's own files, `with` settings, columns
//! added to a used file's field, and every way a `use` can go wrong (snapshot-tested, since
//! these diagnostics point into several files).

mod common;

use leadrules::compile::load;
use leadrules::span::SourceFile;

fn load_path(path: &str) -> leadrules::compile::Loaded {
    let text = std::fs::read_to_string(path).expect("test file exists");
    load(SourceFile::new(path, text))
}

fn rendered(path: &str) -> String {
    let loaded = load_path(path);
    leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, leadrules::locale::Lang::En)
}

#[test]
fn a_definition_uses_a_standard_framework_with_its_own_thresholds() {
    let loaded = load_path("tests/imports/company.rules");
    assert!(loaded.diagnostics.is_empty(), "{}", rendered("tests/imports/company.rules"));
    let rules = loaded.rules.expect("compiles");
    let names: Vec<&str> = rules.sources.files().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["tests/imports/company.rules", "std/bant.rules", "tests/imports/frameworks/size.rules"]);
    // The definition's own column comes first, the standard ones still work.
    let budget = &rules.schema.fields[rules.schema.slot_of("budget").expect("budget")];
    assert_eq!(budget.columns[0], "Бюджет сделки");
    assert!(budget.columns.contains(&"budget_rub".to_string()));
    // The examples prove the setting took effect: 600 000 passes the standard 500 000, not ours.
    for result in leadrules::eval::examples::run_examples(&rules) {
        assert!(result.passed(), "{}: {:?}", result.example.name, result.failures);
    }
}

#[test]
fn the_standard_files_check_clean_and_pass_their_examples() {
    for name in leadrules::compile::stdlib::names() {
        let path = format!("rules/{name}");
        let loaded = load_path(&path);
        assert!(loaded.diagnostics.is_empty(), "{}", rendered(&path));
        let rules = loaded.rules.expect("compiles");
        let results = leadrules::eval::examples::run_examples(&rules);
        assert!(!results.is_empty(), "{path} has no examples");
        for result in results {
            assert!(result.passed(), "{path}: {}: {:?}", result.example.name, result.failures);
        }
        let built_in = leadrules::compile::stdlib::get(name).unwrap_or_default();
        assert_eq!(
            built_in,
            std::fs::read_to_string(&path).unwrap_or_default(),
            "the built-in copy of {name} is stale"
        );
    }
}

#[test]
fn use_mistakes_are_reported_on_the_use_line() {
    insta::assert_snapshot!("cycle", rendered("tests/imports/cycle_a.rules"));
    insta::assert_snapshot!("missing_file", rendered("tests/imports/missing_file.rules"));
    insta::assert_snapshot!("outside_the_folder", rendered("tests/imports/outside.rules"));
    insta::assert_snapshot!("name_clash", rendered("tests/imports/name_clash.rules"));
    insta::assert_snapshot!("bad_settings", rendered("tests/imports/bad_settings.rules"));
}

#[test]
fn qualify_reads_the_added_column_and_refuses_a_library() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("imports");
    std::fs::create_dir_all(&dir).expect("scratch");
    let leads = dir.join("leads.csv");
    std::fs::write(
        &leads,
        "ID,Бюджет сделки,ЛПР,need,Срок,employees\nA,1 200 000,да,backup,30,400\nB,600 000,нет,backup,30,400\n",
    )
    .expect("write");
    let run =
        |args: &[&str]| std::process::Command::new(env!("CARGO_BIN_EXE_leadrules")).args(args).output().expect("runs");
    let out = run(&["qualify", "tests/imports/company.rules", leads.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let classes: Vec<&str> = text.lines().skip(1).map(|l| l.split(',').nth(2).unwrap_or("")).collect();
    assert_eq!(classes, ["SQL", "nurture"]);
    let library = run(&["qualify", "rules/std/bant.rules", leads.to_str().unwrap_or_default()]);
    assert_eq!(library.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&library.stderr).contains("library of frameworks"));
}

#[test]
fn snippet_headers_in_used_files_name_where_their_labels_start() {
    let mut wrong: Vec<String> = Vec::new();
    for entry in std::fs::read_dir("tests/imports").expect("tests/imports exists") {
        let path = entry.expect("readable entry").path();
        let Some(name) = path.to_str().filter(|p| p.ends_with(".rules")) else { continue };
        let loaded = load_path(name);
        for lang in [leadrules::locale::Lang::En, leadrules::locale::Lang::Ru] {
            let rendered = leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, lang);
            let misplaced = common::headers::misplaced_headers(&rendered, &loaded.diagnostics, &loaded.sources);
            wrong.extend(misplaced.into_iter().map(|w| format!("{name} ({lang:?}): {w}")));
        }
    }
    assert!(wrong.is_empty(), "misplaced snippet headers:\n{}", wrong.join("\n"));
}

#[test]
fn a_place_after_russian_text_in_a_used_file_is_headed_at_its_own_column() {
    let text = rendered("tests/imports/bad_settings_ru.rules");
    assert!(text.contains("[ tests/imports/frameworks/deadline_ru.rules:3:17 ]"), "{text}");
    insta::assert_snapshot!("bad_settings_ru", text);
}
