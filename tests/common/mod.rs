//! Helpers shared by the end-to-end tests: run the real `leadrules` binary and read what it said.
#![allow(dead_code)] // each test file uses its own subset

pub mod browser;
pub mod engines;
pub mod headers;
pub mod judge;
pub mod service;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `leadrules` with `args`, colour off.
pub fn leadrules(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_leadrules"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the leadrules binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The exit code (-1 when killed by a signal).
pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

/// A fresh directory under the target dir, removed and recreated for each test that asks.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Every Rust file at or below `path` (a file or a folder), in no particular order: for the
/// tests that read the source itself (imports, message ids).
pub fn rust_files(path: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut pending = vec![path.to_path_buf()];
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            pending.extend(std::fs::read_dir(&path).expect("read a folder").filter_map(Result::ok).map(|e| e.path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Latin words a Russian text may hold: the program's and the CRM's names, file names.
pub const NAMES: [&str; 4] = ["leadrules", "CRM", "std", "rules"];

/// English words left in a Russian text (a rendering, a report, a help): what is outside
/// backticks, quotes, the quoted source lines, paths, file names and options (`--outcome`), three
/// Latin letters or more in a row that are not the author's own (a word of `source`, the rule
/// file and the leads) or one of [`NAMES`]; a word with `_` or a digit is a code (`ad_spend`).
pub fn english_words(rendered: &str, source: &str) -> Vec<String> {
    let is_file_name = |token: &str| {
        token.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty() && (2..=5).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_alphanumeric())
        })
    };
    let own: std::collections::HashSet<&str> = source.split(|c: char| !c.is_alphanumeric() && c != '_').collect();
    let mut words = Vec::new();
    for line in rendered.lines() {
        let trimmed = line.trim_start();
        // A line of the author's own file (`12 │ ...`), the file heading, the underlines.
        if trimmed.starts_with(|c: char| c.is_ascii_digit())
            || trimmed.starts_with('╭')
            || trimmed.contains("tests/ui/")
        {
            continue;
        }
        let mut outside = String::new();
        for (i, piece) in trimmed.split('`').enumerate() {
            if i % 2 == 0 {
                outside.push_str(piece);
                outside.push(' ');
            }
        }
        // The author's quoted strings, file paths (`std/bant.rules`) and options are not prose.
        let outside = outside.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        let outside: Vec<&str> = outside
            .split_whitespace()
            .filter(|token| {
                let bare = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '_');
                // `<--id <ID>|--row <N>>`: a usage line's choices are options too.
                !token.contains(['/', '|']) && !bare.starts_with('-') && !is_file_name(bare)
            })
            .collect();
        let outside = outside.join(" ");
        for word in outside.split(|c: char| !c.is_alphanumeric() && c != '_') {
            let code = word.contains(|c: char| c == '_' || c.is_ascii_digit());
            let latin = word.chars().all(|c| c.is_ascii_alphabetic());
            if latin && word.len() >= 3 && !code && !own.contains(word) && !NAMES.contains(&word) {
                words.push(word.to_string());
            }
        }
    }
    words
}
