//! The language reference's examples are kept true: the whole file at the top of
//! `docs/language.md` checks clean and its examples pass, and every block-level snippet parses.

use leadrules::compile::load;
use leadrules::span::SourceFile;

/// The fenced code blocks of a markdown file, in order.
fn code_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            match current.take() {
                Some(block) => blocks.push(block),
                None => current = Some(String::new()),
            }
        } else if let Some(block) = &mut current {
            block.push_str(line);
            block.push('\n');
        }
    }
    blocks
}

fn language_reference() -> String {
    std::fs::read_to_string("docs/language.md").expect("docs/language.md exists")
}

#[test]
fn the_whole_file_example_checks_clean_and_its_examples_pass() {
    let blocks = code_blocks(&language_reference());
    let whole = blocks.iter().find(|b| b.contains("definition ") && b.contains("classify {")).expect("a whole file");
    let loaded = load(SourceFile::new("docs/language.md", whole.clone()));
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false)
    );
    let rules = loaded.rules.expect("compiles");
    let results = leadrules::eval::examples::run_examples(&rules);
    assert!(!results.is_empty());
    for r in &results {
        assert!(r.passed(), "example {:?} failed: {:?}", r.example.name, r.failures);
    }
}

#[test]
fn every_block_snippet_parses() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for block in code_blocks(&language_reference()) {
        let first = block.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or("");
        let keyword = first.split_whitespace().next().unwrap_or("");
        // Syntax templates (`NAME : TYPE ...`) and deliberate mistakes are not code.
        let template = block.contains("...") || block.contains("…") || block.contains("NAME") || block.contains("COND");
        let code = block.contains('{') || first.starts_with("definition \"");
        let block_start = leadrules::syntax::ITEM_KEYWORDS.contains(&keyword) || keyword == "definition";
        if !block_start || template || !code {
            continue;
        }
        let parsed = leadrules::syntax::parse(&block);
        let syntax: Vec<String> =
            parsed.diagnostics.iter().filter(|d| d.code.as_str() == "E001").map(|d| d.message.clone()).collect();
        if !syntax.is_empty() {
            failures.push(format!("{block}\n{syntax:?}"));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "snippets of docs/language.md that do not parse:\n{}", failures.join("\n---\n"));
    assert!(checked >= 10, "only {checked} snippets checked");
}
