//! `leadrules fmt FILE...`: rewrite rule files in the one canonical layout, or with `--check`
//! only say which files are not in it.

use super::ExitStatus;
use super::load::read_source;
use super::out::{self, err, note, say};
use crate::msg;
use crate::output::destination::Destination;
use crate::span::{SourceFile, SourceMap};
use std::path::PathBuf;

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
    /// Write the keywords in this language: ru or en (names, texts and comments stay as they are).
    /// Without it each file keeps the language most of its keywords are written in.
    #[arg(long, value_enum, value_name = "LANG")]
    pub to: Option<super::LangChoice>,
}

pub fn run(args: FmtArgs, ui: super::Ui) -> ExitStatus {
    let color = ui.color;
    let (mut broken, mut unformatted, mut file_problems) = (0usize, 0usize, 0usize);
    for path in &args.files {
        let source = match read_source(path) {
            Ok(source) => source,
            Err(message) => {
                out::error(ui.lang, message);
                file_problems += 1;
                continue;
            }
        };
        let ui = ui.about_text(&source.text);
        let to = args.to.map(|choice| match choice {
            super::LangChoice::Ru => crate::locale::Lang::Ru,
            super::LangChoice::En => crate::locale::Lang::En,
        });
        let formatted = match crate::format::format_to(&source.text, to) {
            Ok(formatted) => formatted,
            Err(diagnostics) => {
                let errors = diagnostics.len();
                let sources = SourceMap::single(SourceFile::new(source.name.clone(), source.text.clone()));
                err!("{}", crate::render::to_text(&diagnostics, &sources, color, ui.lang));
                note(ui, &msg!("cli-fmt-not-formatted", file = source.name.as_str(), errors = errors));
                broken += 1;
                continue;
            }
        };
        // Written with the file's own line breaks (LF, CRLF or a lone CR), compared without them.
        let unchanged = formatted == crate::compile::read::LineEnding::Lf.apply(&source.text);
        let formatted = crate::compile::read::LineEnding::of_file(path).apply(&formatted);
        if args.stdout {
            super::out::print(&formatted);
            continue;
        }
        if unchanged {
            continue;
        }
        if args.check {
            say(ui, &msg!("cli-fmt-would-reformat", file = source.name.as_str()));
            unformatted += 1;
            continue;
        }
        // A link is followed: the file it points to is formatted, the link stays.
        let written = match Destination::resolve(path, &[] as &[&std::path::Path]) {
            Ok(destination) => destination.write_bytes(formatted.as_bytes()),
            Err(e) => Err(e.message()),
        };
        match written {
            Ok(()) => say(ui, &msg!("cli-fmt-formatted", file = source.name.as_str())),
            Err(message) => {
                out::error(ui, message);
                file_problems += 1;
            }
        }
    }
    if file_problems > 0 {
        ExitStatus::FileProblem
    } else if broken > 0 || unformatted > 0 {
        ExitStatus::RuleErrors
    } else {
        ExitStatus::Success
    }
}
