//! `leadrules fmt FILE...`: rewrite rule files in the one canonical layout, or with `--check`
//! only say which files are not in it.

use super::Outcome;
use super::load::read_source;
use super::out::outln;
use crate::span::{SourceFile, SourceMap};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct FmtArgs {
    /// The rule files to format.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Change nothing; name every file that is not in the canonical layout and exit 1 if there is one.
    #[arg(long, conflicts_with = "stdout")]
    pub check: bool,
    /// Print the formatted text instead of rewriting the files.
    #[arg(long)]
    pub stdout: bool,
}

pub fn run(args: FmtArgs, color: bool) -> Outcome {
    let (mut broken, mut unformatted, mut file_problems) = (0usize, 0usize, 0usize);
    for path in &args.files {
        let source = match read_source(path) {
            Ok(source) => source,
            Err(message) => {
                eprintln!("error: {message}");
                file_problems += 1;
                continue;
            }
        };
        let formatted = match crate::format::format(&source.text) {
            Ok(formatted) => formatted,
            Err(diagnostics) => {
                let errors = diagnostics.len();
                let sources = SourceMap::single(SourceFile::new(source.name.clone(), source.text.clone()));
                eprint!("{}", crate::render::to_text(&diagnostics, &sources, color));
                let plural = if errors == 1 { "" } else { "s" };
                eprintln!("{}: {errors} error{plural}; not formatted", source.name);
                broken += 1;
                continue;
            }
        };
        if args.stdout {
            super::out::print(&formatted);
            continue;
        }
        if formatted == source.text {
            continue;
        }
        if args.check {
            outln!("would reformat: {}", source.name);
            unformatted += 1;
            continue;
        }
        match write_atomically(path, &formatted) {
            Ok(()) => outln!("formatted: {}", source.name),
            Err(message) => {
                eprintln!("error: {message}");
                file_problems += 1;
            }
        }
    }
    if file_problems > 0 {
        Outcome::FileProblem
    } else if broken > 0 || unformatted > 0 {
        Outcome::RuleErrors
    } else {
        Outcome::Success
    }
}

/// Writes `text` to a temporary file next to `path` and renames it over `path`, so that the file
/// is either the old text or the new one, never half of each. The file keeps its permissions.
fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("cannot write {}: {}", path.display(), super::load::plain_io_error(&e));
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new().prefix(".leadrules-fmt").tempfile_in(dir).map_err(fail)?;
    temp.write_all(text.as_bytes()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    if let Ok(metadata) = std::fs::metadata(path) {
        temp.as_file().set_permissions(metadata.permissions()).map_err(fail)?;
    }
    temp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}
