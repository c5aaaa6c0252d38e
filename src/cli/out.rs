//! Standard output for the commands: a reader that closes the pipe early (`| head`) ends the
//! output quietly; nothing panics on it.

use std::io::Write;

/// Writes text to stdout. Returns false once stdout is closed; later writes are skipped.
pub fn print(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).is_ok()
}

/// Writes `println!`-style to stdout without panicking on a closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => {{
        let _ = $crate::cli::out::print(&format!("{}\n", format_args!($($arg)*)));
    }};
}
pub(crate) use outln;
