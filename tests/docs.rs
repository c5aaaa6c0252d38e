//! The language reference's examples are kept true, in English (`docs/language.md`) and in Russian
//! (`docs/language.ru.md`): the whole file at the top of each page checks clean and its examples
//! pass, and every block-level snippet parses.

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

/// The language reference in English and in Russian: (path, text).
fn language_references() -> Vec<(&'static str, String)> {
    ["docs/language.md", "docs/language.ru.md"]
        .into_iter()
        .map(|page| (page, std::fs::read_to_string(page).unwrap_or_else(|_| panic!("{page} exists"))))
        .collect()
}

#[test]
fn the_whole_file_example_checks_clean_and_its_examples_pass() {
    for (page, markdown) in language_references() {
        let blocks = code_blocks(&markdown);
        let whole = blocks
            .iter()
            .find(|b| {
                (b.contains("definition ") && b.contains("classify {"))
                    || (b.contains("определение ") && b.contains("классы {"))
            })
            .unwrap_or_else(|| panic!("{page} has a whole file"));
        let loaded = load(SourceFile::new(page, whole.clone()));
        assert!(
            loaded.diagnostics.is_empty(),
            "{page}: {}",
            leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, leadrules::locale::Lang::En)
        );
        let rules = loaded.rules.expect("compiles");
        let results = leadrules::eval::examples::run_examples(&rules);
        assert!(!results.is_empty(), "{page}: the whole file has no examples");
        for r in &results {
            assert!(r.passed(), "{page}: example {:?} failed: {:?}", r.example.name, r.failures);
        }
    }
}

#[test]
fn every_block_snippet_parses() {
    for (page, markdown) in language_references() {
        block_snippets_parse(page, &markdown);
    }
}

/// Every block of `markdown` that starts with an item keyword (in English or in Russian) or the
/// header parses.
fn block_snippets_parse(page: &str, markdown: &str) {
    let mut checked = 0;
    let mut failures = Vec::new();
    for block in code_blocks(markdown) {
        let first = block.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or("");
        let keyword = first.split_whitespace().next().unwrap_or("");
        // Syntax templates (`NAME : TYPE ...`) and deliberate mistakes are not code.
        let template = ["...", "…", "NAME", "COND", "ИМЯ", "УСЛОВИЕ"].iter().any(|t| block.contains(t));
        let code = block.contains('{') || first.starts_with("definition \"") || first.starts_with("определение \"");
        let block_start =
            leadrules::syntax::item_keyword(keyword).is_some() || keyword == "definition" || keyword == "определение";
        if !block_start || template || !code {
            continue;
        }
        let parsed = leadrules::syntax::parse(&block);
        let syntax: Vec<String> =
            parsed.diagnostics.iter().filter(|d| d.code.as_str() == "E001").map(|d| d.message.to_string()).collect();
        if !syntax.is_empty() {
            failures.push(format!("{block}\n{syntax:?}"));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "snippets of {page} that do not parse:\n{}", failures.join("\n---\n"));
    assert!(checked >= 10, "{page}: only {checked} snippets checked");
}

// ---------------------------------------------------------------------------------------------
// Every command shown in the docs is run, so the docs cannot drift from the program.
//
// - A block whose lines start with `$ ` is a session: each command runs (in a copy of the
//   repository's `rules/` and `tests/` folders, one copy per page) with stdout and stderr together,
//   and what follows it up to the next `$ ` line must be what it printed. A line `...` stands for
//   any number of lines; trailing spaces do not count.
// - A `sh` block holds commands: each `leadrules ...` (or `cargo run --release -- ...`) line runs
//   the same way. When the next block follows it directly, that block is its expected output;
//   otherwise it must at least be a valid call (not exit code 2, no crash).
// - `<!-- docs-test: file NAME -->` before a block writes the block to NAME first;
//   `<!-- docs-test: run COMMAND -->` runs a shell command first (to make the change a page
//   describes); `<!-- docs-test: skip REASON -->` skips the next block, with a reason.

use std::path::{Path, PathBuf};

/// One thing a page asks of the test, in page order.
#[derive(Debug)]
enum Step {
    /// Commands with the output they should print (`None`: only check they are valid calls).
    Run {
        line: usize,
        commands: Vec<(String, Option<Vec<String>>)>,
    },
    File {
        name: String,
        text: String,
    },
    Shell(String),
}

/// What a page asks for: its fenced blocks (first line, info string, lines) in order, each with
/// the `docs-test` directives written before it.
fn steps_of(markdown: &str) -> Vec<Step> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut blocks: Vec<(usize, String, Vec<String>, Vec<String>)> = Vec::new();
    let mut directives: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_start();
        if let Some(rest) = line.strip_prefix("<!-- docs-test:") {
            directives.push(rest.trim_end_matches("-->").trim().to_string());
        } else if let Some(info) = line.strip_prefix("```") {
            let start = i + 1;
            let mut body = Vec::new();
            i += 1;
            while i < lines.len() && !lines[i].trim_start().starts_with("```") {
                body.push(lines[i].to_string());
                i += 1;
            }
            blocks.push((start, info.trim().to_string(), body, std::mem::take(&mut directives)));
        }
        i += 1;
    }
    let mut steps = Vec::new();
    let mut index = 0;
    while index < blocks.len() {
        let (line, info, body, directives) = &blocks[index];
        index += 1;
        let mut skip = false;
        for directive in directives {
            let (verb, rest) = directive.split_once(' ').unwrap_or((directive, ""));
            match verb {
                "skip" => skip = true,
                // A pair of docs/diagnostics.md, run by `every_code_has_a_wrong_and_a_fixed_example`.
                "wrong" | "fixed" => skip = true,
                "run" => steps.push(Step::Shell(rest.trim().to_string())),
                "file" => {
                    steps.push(Step::File { name: rest.trim().to_string(), text: body.join("\n") + "\n" });
                    skip = true;
                }
                "script" => {
                    steps.push(Step::Run { line: *line, commands: vec![(body.join("\n"), Some(script_output(body)))] });
                    skip = true;
                }
                other => panic!("line {line}: unknown docs-test directive `{other}`"),
            }
        }
        if skip {
            continue;
        }
        if body.iter().any(|l| l.starts_with("$ ")) {
            steps.push(Step::Run { line: *line, commands: session(body) });
        } else if info == "sh" {
            let commands = shell_commands(body);
            if commands.is_empty() {
                continue;
            }
            // A plain block right after a one-command `sh` block is its output.
            let follows = blocks.get(index).filter(|(next_line, next_info, _, next_directives)| {
                next_info.is_empty()
                    && next_directives.is_empty()
                    && (line + body.len() + 1..*next_line - 1).all(|l| lines[l].trim().is_empty())
            });
            let output = match (commands.len(), follows) {
                (1, Some((_, _, out, _))) => {
                    index += 1;
                    Some(out.clone())
                }
                _ => None,
            };
            let last = commands.len() - 1;
            let commands = commands
                .into_iter()
                .enumerate()
                .map(|(n, c)| (c, if n == last { output.clone() } else { None }))
                .collect();
            steps.push(Step::Run { line: *line, commands });
        }
    }
    steps
}

/// What a script run whole must print: at least its last `echo`, so that it ran to the end.
fn script_output(body: &[String]) -> Vec<String> {
    let last_echo = body.iter().rev().find_map(|l| l.trim().strip_prefix("echo \"")).map(|t| t.trim_end_matches('"'));
    vec!["...".to_string(), last_echo.unwrap_or("").to_string()]
}

/// `$ command` lines, each with the lines up to the next one.
fn session(body: &[String]) -> Vec<(String, Option<Vec<String>>)> {
    let mut commands: Vec<(String, Option<Vec<String>>)> = Vec::new();
    for line in body {
        match line.strip_prefix("$ ") {
            Some(command) => commands.push((command.to_string(), Some(Vec::new()))),
            None => {
                if let Some((_, Some(out))) = commands.last_mut() {
                    out.push(line.clone());
                }
            }
        }
    }
    commands
}

/// The `leadrules` commands of a `sh` block: continuations joined, comments dropped.
fn shell_commands(body: &[String]) -> Vec<String> {
    let mut commands = Vec::new();
    let mut current = String::new();
    for line in body {
        let line = match line.find("  #") {
            Some(at) => &line[..at],
            None => line.as_str(),
        };
        let line = line.trim();
        match line.strip_suffix('\\') {
            Some(part) => current.push_str(part),
            None => {
                current.push_str(line);
                let command = std::mem::take(&mut current).trim().to_string();
                let command = command.replace("cargo run --release -- ", "leadrules ");
                if command.starts_with("leadrules ") {
                    commands.push(command);
                }
            }
        }
    }
    commands
}

/// A copy of what the docs' commands read (`rules/`, `tests/data`, `tests/ui`, ...), so that
/// commands that write (`fmt`, `snapshot -o`) change nothing in the repository.
fn page_folder(page: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("docs-commands").join(page.replace('/', "_"));
    let _ = std::fs::remove_dir_all(&dir);
    for folder in ["rules", "tests/data", "tests/ui", "tests/fmt", "tests/imports"] {
        copy_folder(Path::new(folder), &dir.join(folder));
    }
    dir
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder").filter_map(Result::ok) {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// Runs a shell command in the page's folder with `leadrules` on the PATH; stdout and stderr
/// together, and the exit code.
fn shell(dir: &Path, command: &str) -> (String, i32) {
    let bin = Path::new(env!("CARGO_BIN_EXE_leadrules")).parent().expect("bin folder");
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let output = std::process::Command::new("bash")
        .args(["-c", &format!("{{\n{command}\n}} 2>&1")])
        .current_dir(dir)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("bash runs");
    (String::from_utf8_lossy(&output.stdout).into_owned(), output.status.code().unwrap_or(-1))
}

/// Whether `actual` is `expected`, where a `...` line stands for any lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first.trim() == "..." => (0..=actual.len()).any(|skip| matches(rest, &actual[skip..])),
        Some((first, rest)) => {
            actual.first().is_some_and(|a| a.trim_end() == first.trim_end()) && matches(rest, &actual[1..])
        }
    }
}

/// Every page's commands; returns what did not match, page by page.
fn run_page(page: &str) -> Vec<String> {
    let markdown = std::fs::read_to_string(page).expect("page exists");
    let dir = page_folder(page);
    let mut problems = Vec::new();
    let mut last_code = 0;
    for step in steps_of(&markdown) {
        match step {
            Step::File { name, text } => std::fs::write(dir.join(name), text).expect("write file"),
            Step::Shell(command) => {
                shell(&dir, &command);
            }
            Step::Run { line, commands } => {
                for (command, expected) in commands {
                    let command = if command == "echo $?" { format!("echo {last_code}") } else { command };
                    let (output, code) = shell(&dir, &command);
                    last_code = code;
                    let actual: Vec<&str> = output.lines().collect();
                    match &expected {
                        Some(expected) if !matches(expected, &actual) => problems.push(format!(
                            "{page}:{line}: `{command}` printed:\n{output}\nthe page says:\n{}",
                            expected.join("\n")
                        )),
                        None if code == 2 || code == 101 => problems
                            .push(format!("{page}:{line}: `{command}` is not a valid call (exit {code}):\n{output}")),
                        _ => {}
                    }
                }
            }
        }
    }
    problems
}

#[test]
fn every_command_in_the_docs_prints_what_the_docs_say() {
    let mut pages: Vec<String> = std::fs::read_dir("docs")
        .expect("docs folder")
        .filter_map(Result::ok)
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".md"))
        .collect();
    pages.sort();
    pages.push("README.md".to_string());
    pages.push("README.ru.md".to_string());
    let mut problems = Vec::new();
    let mut commands = 0;
    for page in &pages {
        commands += steps_of(&std::fs::read_to_string(page).expect("page"))
            .iter()
            .map(|s| match s {
                Step::Run { commands, .. } => commands.len(),
                _ => 0,
            })
            .sum::<usize>();
        problems.extend(run_page(page));
    }
    assert!(commands >= 40, "only {commands} commands found in the docs");
    assert!(problems.is_empty(), "{} commands in the docs drifted:\n\n{}", problems.len(), problems.join("\n\n"));
}

/// The wrong and fixed files of `docs/diagnostics.md`: (code, is the fixed one, line, text), from
/// the `<!-- docs-test: wrong CODE -->` and `<!-- docs-test: fixed CODE -->` directives.
fn diagnostic_pairs(markdown: &str) -> Vec<(String, bool, usize, String)> {
    let mut pairs = Vec::new();
    let mut pending: Option<(String, bool)> = None;
    let mut lines = markdown.lines().enumerate();
    while let Some((_, line)) = lines.next() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("<!-- docs-test:") {
            let rest = rest.trim_end_matches("-->").trim();
            pending = match rest.split_once(' ') {
                Some(("wrong", code)) => Some((code.trim().to_string(), false)),
                Some(("fixed", code)) => Some((code.trim().to_string(), true)),
                _ => None,
            };
        } else if line.starts_with("```") {
            let mut text = String::new();
            let mut start = 0;
            for (number, body) in lines.by_ref() {
                start = if start == 0 { number + 1 } else { start };
                if body.trim_start().starts_with("```") {
                    break;
                }
                text.push_str(body);
                text.push('\n');
            }
            if let Some((code, fixed)) = pending.take() {
                pairs.push((code, fixed, start, text));
            }
        }
    }
    pairs
}

#[test]
fn every_code_has_a_wrong_and_a_fixed_example() {
    let markdown = std::fs::read_to_string("docs/diagnostics.md").expect("docs/diagnostics.md exists");
    let pairs = diagnostic_pairs(&markdown);
    let mut problems = Vec::new();
    for code in leadrules::diagnostic::Code::ALL {
        let code = code.as_str();
        for fixed in [false, true] {
            if !pairs.iter().any(|(c, f, _, _)| c == code && *f == fixed) {
                let which = if fixed { "fixed" } else { "wrong" };
                problems.push(format!("{code} has no `<!-- docs-test: {which} {code} -->` example"));
            }
        }
    }
    for (code, fixed, line, text) in &pairs {
        let loaded = load(SourceFile::new(format!("docs/diagnostics.md:{line}"), text.clone()));
        let rendered =
            leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, leadrules::locale::Lang::En);
        let reported = loaded.diagnostics.iter().any(|d| d.code.as_str() == code);
        if *fixed && !loaded.diagnostics.is_empty() {
            problems.push(format!("line {line}: the fixed example of {code} does not check clean:\n{rendered}"));
        } else if !*fixed && !reported {
            problems.push(format!("line {line}: the wrong example of {code} is not reported as {code}:\n{rendered}"));
        }
    }
    assert!(problems.is_empty(), "docs/diagnostics.md:\n{}", problems.join("\n"));
}

/// Every code the source can emit, read from `src/diagnostic.rs` itself (the strings of
/// `Code::as_str`), so a new code cannot be left out of `Code::ALL` and thus out of the pairs
/// `every_code_has_a_wrong_and_a_fixed_example` runs.
#[test]
fn every_code_in_the_source_is_in_the_list_the_docs_are_checked_against() {
    let source = std::fs::read_to_string("src/diagnostic.rs").expect("src/diagnostic.rs exists");
    let listed: Vec<&str> = leadrules::diagnostic::Code::ALL.iter().map(|c| c.as_str()).collect();
    let mut found = 0;
    for piece in source.split('"').skip(1).step_by(2) {
        let is_code = piece.len() == 4
            && (piece.starts_with('E') || piece.starts_with('W'))
            && piece[1..].chars().all(|c| c.is_ascii_digit());
        if is_code {
            found += 1;
            assert!(listed.contains(&piece), "{piece} is in src/diagnostic.rs but not in Code::ALL");
        }
    }
    assert_eq!(found, listed.len(), "src/diagnostic.rs names {found} codes, Code::ALL lists {}", listed.len());
}

/// The Russian README's links lead somewhere, and a page it links to that is not in Russian is
/// said there to be English (`пока по-английски`), in the same paragraph as the link.
#[test]
fn the_russian_readme_says_which_pages_it_links_to_are_english() {
    let readme = std::fs::read_to_string("README.ru.md").expect("README.ru.md");
    let mut problems = Vec::new();
    let mut pages = 0;
    for paragraph in readme.split("\n\n") {
        for (_, rest) in paragraph.match_indices("](").map(|(i, _)| paragraph.split_at(i + 2)) {
            let target = rest.split(')').next().unwrap_or("");
            let page = target.split('#').next().unwrap_or("");
            if page.starts_with("http") || page.is_empty() {
                continue;
            }
            pages += 1;
            if !Path::new(page).exists() {
                problems.push(format!("{page} does not exist"));
            } else if page.starts_with("docs/") && !page.ends_with(".ru.md") && !paragraph.contains("по-английски")
            {
                problems.push(format!("{page} is English only, and the paragraph linking it does not say so"));
            }
        }
    }
    assert!(pages >= 5, "only {pages} links found");
    assert!(problems.is_empty(), "README.ru.md:\n{}", problems.join("\n"));
}
