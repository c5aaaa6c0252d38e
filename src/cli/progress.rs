//! Opening a lead file for a command: on a terminal, a large file shows a progress bar of the
//! bytes read on stderr; anywhere else (pipes, CI, files) nothing is drawn.

use crate::locale::Lang;
use crate::message::{Arg, Message};
use crate::msg;
use indicatif::{ProgressBar, ProgressFinish, ProgressState, ProgressStyle};
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
    // The amounts and the time left are said in the chosen language's words and number style
    // (indicatif's own `{bytes}` and `{eta}` write English units).
    let style = ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {read}, {left}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key("read", move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = w.write_str(&lang.text(&read_so_far(state.pos(), state.len().unwrap_or(0))));
        })
        .with_key("left", move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = w.write_str(&lang.text(&time_left(state.eta().as_secs())));
        })
        .progress_chars("=> ");
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let bar = ProgressBar::new(size)
        .with_style(style)
        .with_message(lang.text(&msg!("cli-progress-reading", file = name)))
        .with_finish(ProgressFinish::AndClear);
    Ok(Box::new(bar.wrap_read(file)))
}

/// How much of the file is read, in megabytes to a tenth: `12.3 of 512 MB`.
fn read_so_far(done: u64, total: u64) -> Message {
    let megabytes = |bytes: u64| (bytes as f64 / 100_000.0).round() / 10.0;
    msg!("cli-progress-read", done = Arg::Number(megabytes(done)), total = Arg::Number(megabytes(total)))
}

/// The time left: `about 40 s left`, `about 3 min 5 s left`.
fn time_left(seconds: u64) -> Message {
    let eta = if seconds < 60 {
        msg!("cli-progress-seconds", seconds = seconds)
    } else {
        msg!("cli-progress-minutes", minutes = seconds / 60, seconds = seconds % 60)
    };
    msg!("cli-progress-time-left", eta = eta)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_says_amounts_and_time_in_the_chosen_language() {
        assert_eq!(Lang::En.text(&read_so_far(12_345_678, 512_000_000)), "12.3 of 512 MB");
        assert_eq!(Lang::Ru.text(&read_so_far(12_345_678, 512_000_000)), "12,3 из 512 МБ");
        assert_eq!(Lang::En.text(&time_left(40)), "about 40 s left");
        assert_eq!(Lang::Ru.text(&time_left(185)), "осталось около 3 мин 5 с");
    }
}
