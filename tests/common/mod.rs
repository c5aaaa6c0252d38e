//! Helpers shared by the end-to-end tests: run the real `leadrules` binary and read what it said.
#![allow(dead_code)] // each test file uses its own subset

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
