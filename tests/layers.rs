//! Imports run one way: a stage of the pipeline may use the stages below it, never one above
//! it or beside it. The ranks, lowest first:
//!
//! 0 `span`, `value`, `message`, `workers` (the threads that share a batch's work) · 1 `locale` (a message in English or Russian words)
//! · 2 `diagnostic`, `show` (what every stage shares) · 3 `syntax` · 4 `schema`, `render`,
//! `format`, `fix` · 5 `check` · 6 `compile` · 7 `eval`, `input` (judging a lead, reading one)
//! · 8 `output` (how a verdict row is written), `init` (a starting definition from an export:
//! reads it through `input`, writes rule text laid out by `format`) · 9 `run` (running a lead file: opening it,
//! judging every lead, writing the rows on one thread or many) · 10 `backtest` (reports on a
//! history, judged by `run`), `serve` (the HTTP service, judging with `run`) · 11 `cli`
//!
//! `output` sits below `run`, not above it: it holds the row formats (the renderer and the
//! writers), which know a verdict but nothing of a run, while `run` drives them, and the parallel
//! pipeline's workers render their batches with the very writer the single-threaded run uses.
//! The reports (`backtest`, `diff`) come after `run`, whose per-lead step they share.
//!
//! A module that names `crate::X` for an `X` of its own rank or higher fails this test (and
//! `eval` naming `check` or `syntax`, which it reaches through `compile`), unless the edge is in
//! `KNOWN`, which may only shrink.

mod common;

const RANKS: &[(&str, u8)] = &[
    ("span", 0),
    ("value", 0),
    ("message", 0),
    ("workers", 0),
    ("locale", 1),
    ("diagnostic", 2),
    ("show", 2),
    ("syntax", 3),
    ("schema", 4),
    ("render", 4),
    ("format", 4),
    ("fix", 4),
    ("check", 5),
    ("compile", 6),
    ("eval", 7),
    ("input", 7),
    ("output", 8),
    ("init", 8),
    ("run", 9),
    ("backtest", 10),
    ("serve", 10),
    ("sql", 10),
    ("cli", 11),
];

/// Crossings that predate the test, each with why it is still there; none is left.
const KNOWN: &[(&str, &str, &str)] = &[];

/// Edges that skip over a stage, forbidden though they point down: `eval` works on the
/// compiled form (which re-exports what it carries of the checker's model), not the checker.
const SKIPPING: &[(&str, &str)] = &[("eval", "check"), ("eval", "syntax")];

fn rank(module: &str) -> Option<u8> {
    RANKS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

#[test]
fn imports_run_one_way() {
    let files = common::rust_files(std::path::Path::new("src"));
    let mut crossings: Vec<String> = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    for file in &files {
        let relative = file.strip_prefix("src").expect("under src");
        let module = relative.components().next().and_then(|c| c.as_os_str().to_str()).unwrap_or("");
        let module = module.trim_end_matches(".rs");
        let Some(own) = rank(module) else { continue };
        let text = std::fs::read_to_string(file).expect("read");
        for used in text.split("crate::").skip(1) {
            let name: String = used.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            let Some(theirs) = rank(&name) else { continue };
            if name == module {
                continue;
            }
            let skipping = SKIPPING.iter().any(|(m, u)| *m == module && *u == name);
            if theirs >= own || skipping {
                seen.push((module.to_string(), name.clone()));
                if !KNOWN.iter().any(|(m, u, _)| *m == module && *u == name) {
                    crossings.push(format!(
                        "{}: `{module}` (rank {own}) uses `crate::{name}` (rank {theirs})",
                        file.display()
                    ));
                }
            }
        }
    }
    crossings.sort();
    crossings.dedup();
    assert!(crossings.is_empty(), "imports against the pipeline's direction:\n{}", crossings.join("\n"));
    for (module, used, _) in KNOWN {
        assert!(
            seen.iter().any(|(m, u)| m == module && u == used),
            "`{module}` no longer uses `{used}`: remove the edge from the list in tests/layers.rs"
        );
    }
}

#[test]
fn every_stage_has_a_rank() {
    let mut unranked: Vec<String> = std::fs::read_dir("src")
        .expect("read src")
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().map(|n| n.trim_end_matches(".rs").to_string()))
        .filter(|name| name != "lib" && name != "main" && rank(name).is_none())
        .collect();
    unranked.sort();
    assert!(unranked.is_empty(), "modules with no rank in tests/layers.rs (give each its place): {unranked:?}");
}

/// The README's convention ("Where tests live"): a module's unit tests are its child `tests`,
/// found by Rust itself, so no `#[path]` and no `foo_tests.rs` beside `foo.rs`.
#[test]
fn unit_tests_live_where_the_readme_says() {
    let files = common::rust_files(std::path::Path::new("src"));
    let mut misplaced: Vec<String> = Vec::new();
    for file in &files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.ends_with("_tests.rs") {
            misplaced.push(format!("{}: move it to a `tests.rs` under the module's folder", file.display()));
        }
        let text = std::fs::read_to_string(file).expect("read");
        if text.lines().any(|l| l.trim_start().starts_with("#[path")) {
            misplaced.push(format!("{}: `#[path]` instead of the file Rust finds by itself", file.display()));
        }
        if text.trim().is_empty() {
            misplaced.push(format!("{}: an empty file", file.display()));
        }
    }
    assert!(misplaced.is_empty(), "tests out of place:\n{}", misplaced.join("\n"));
}
