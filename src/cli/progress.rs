//! Opening a lead file for a command: on a terminal, a large file shows a progress bar of the
//! bytes read on stderr; anywhere else (pipes, CI, files) nothing is drawn.

use crate::locale::Lang;
use crate::msg;
use indicatif::{ProgressBar, ProgressFinish, ProgressStyle};
use std::io::{IsTerminal, Read};
use std::path::Path;

/// Files smaller than this are read too fast for a bar to help.
const BAR_FROM_BYTES: u64 = 8 * 1024 * 1024;

/// The file's bytes, wrapped in a progress bar when stderr is a terminal and the file is large.
pub fn open_file(path: &Path, lang: Lang) -> std::io::Result<Box<dyn Read + Send>> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size < BAR_FROM_BYTES || !std::io::stderr().is_terminal() {
        return Ok(Box::new(file));
    }
    // The placeholders of the bar are said as they are, in the words of the chosen language.
    let left = lang.text(&msg!("cli-progress-time-left", eta = "{eta}"));
    let style =
        ProgressStyle::with_template(&format!("{{spinner}} {{msg}} [{{bar:30}}] {{bytes}}/{{total_bytes}}, {left}"))
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let bar = ProgressBar::new(size)
        .with_style(style)
        .with_message(lang.text(&msg!("cli-progress-reading", file = name)))
        .with_finish(ProgressFinish::AndClear);
    Ok(Box::new(bar.wrap_read(file)))
}

/// Opens the lead file (with a progress bar on a terminal for a large file), or standard input
/// when the path is `-`.
pub fn open_leads(
    path: &Path,
    schema: &crate::schema::Schema,
    options: &crate::input::InputOptions,
    lang: Lang,
) -> Result<crate::input::LeadReader, crate::input::InputError> {
    crate::run::open_leads(path, schema, options, |path| open_file(path, lang))
}
