//! Helpers shared by the end-to-end tests: run the real `leadrules` binary and read what it said.
#![allow(dead_code)] // each test file uses its own subset

pub mod engines;

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
