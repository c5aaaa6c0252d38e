//! Reading a rule file's text: the one place that turns bytes from disk into the text every
//! later stage sees, for the definition itself and for every file it `use`s.
//!
//! - **Bounded**: a rule file is at most [`MAX_RULE_FILE_BYTES`]; a larger one (or an endless one
//!   such as `/dev/zero`) is refused after reading just past the limit, never read whole.
//! - **UTF-8**: a file in another encoding is refused with the line and column of the first
//!   byte that is not UTF-8, and a guess at the encoding when it looks like Windows-1251.
//! - **One kind of line break**: a line ends with `\n` or `\r\n`; a lone `\r` (old Mac files) is
//!   read as `\n`, so the parser, the line numbers of text and JSON diagnostics, and `fmt` all
//!   see the same lines.
//! - **Written back as found**: [`LineEnding`] says how a file on disk ends its lines, so that
//!   `fmt` and `check --fix` write a changed file with its own line breaks (LF, CRLF or CR).

use crate::message::Message;
use crate::msg;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// The largest rule file read: far beyond any real definition (the shipped ones are a few KiB; a
/// generated file with 100 000 rules is a few MiB).
pub const MAX_RULE_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Why a rule file's text cannot be had.
#[derive(Debug)]
pub enum ReadProblem {
    Io(std::io::Error),
    /// A folder, a device or a pipe where a `use`d file was expected.
    NotAFile,
    TooLarge,
    /// Not UTF-8 at this 1-based line and column (in characters of the valid text before it).
    NotUtf8 {
        line: usize,
        column: usize,
        looks_like_windows_1251: bool,
    },
}

impl ReadProblem {
    /// Why the text cannot be had, for a person: said in their language with
    /// [`Lang::text`](crate::locale::Lang::text).
    pub fn message(&self) -> Message {
        match self {
            ReadProblem::Io(e) => crate::diagnostic::plain_io_error(e),
            ReadProblem::NotAFile => msg!("compile-read-not-a-file"),
            ReadProblem::TooLarge => msg!("compile-read-too-large", mib = MAX_RULE_FILE_BYTES / (1024 * 1024)),
            // Places are shown as they are (no thousands grouping), like an editor shows them.
            ReadProblem::NotUtf8 { line, column, looks_like_windows_1251: true } => {
                msg!("compile-read-not-utf8-windows-1251", line = line.to_string(), column = column.to_string())
            }
            ReadProblem::NotUtf8 { line, column, looks_like_windows_1251: false } => {
                msg!("compile-read-not-utf8", line = line.to_string(), column = column.to_string())
            }
        }
    }
}

impl fmt::Display for ReadProblem {
    /// The problem in English (see [`ReadProblem::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// Reads a rule file given on the command line: anything readable (a file, or a pipe such as
/// `<(git show main:rules/acme.rules)`), up to the size limit.
pub fn read_rule_file(path: &Path) -> Result<String, ReadProblem> {
    let file = std::fs::File::open(path).map_err(ReadProblem::Io)?;
    read_bounded(file)
}

/// Reads a file that a `use` line names: only a regular file (a pipe would block, a device
/// never end), up to the size limit.
pub fn read_used_file(path: &Path) -> Result<String, ReadProblem> {
    let metadata = std::fs::metadata(path).map_err(ReadProblem::Io)?;
    if !metadata.is_file() {
        return Err(ReadProblem::NotAFile);
    }
    if metadata.len() > MAX_RULE_FILE_BYTES {
        return Err(ReadProblem::TooLarge);
    }
    read_bounded(std::fs::File::open(path).map_err(ReadProblem::Io)?)
}

fn read_bounded(input: impl Read) -> Result<String, ReadProblem> {
    let mut bytes = Vec::new();
    input.take(MAX_RULE_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(ReadProblem::Io)?;
    if bytes.len() as u64 > MAX_RULE_FILE_BYTES {
        return Err(ReadProblem::TooLarge);
    }
    text_of(bytes)
}

/// The text of a rule file's bytes: UTF-8 with every lone `\r` read as `\n`.
pub fn text_of(bytes: Vec<u8>) -> Result<String, ReadProblem> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let before = String::from_utf8_lossy(&bytes[..valid]);
        let before = one_line_break(&before);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        NotUtf8Guess::from(bytes).problem(line, column)
    })?;
    Ok(match text.contains('\r') {
        true => one_line_break(&text).into_owned(),
        false => text,
    })
}

/// How a rule file on disk ends its lines: the kind of its first line break (LF when it has none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEnding {
    Lf,
    Crlf,
    /// A lone `\r` (old Mac files).
    Cr,
}

impl LineEnding {
    /// The kind of the first line break in `raw` (a file's text as it is on disk).
    pub fn of(raw: &[u8]) -> LineEnding {
        match raw.iter().position(|b| *b == b'\n' || *b == b'\r') {
            Some(i) if raw[i] == b'\n' => LineEnding::Lf,
            Some(i) if raw.get(i + 1) == Some(&b'\n') => LineEnding::Crlf,
            Some(_) => LineEnding::Cr,
            None => LineEnding::Lf,
        }
    }

    /// The line ending of the file at `path` (LF when it cannot be read: a new file).
    pub fn of_file(path: &Path) -> LineEnding {
        let mut head = Vec::new();
        let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
        if read.is_ok() { LineEnding::of(&head) } else { LineEnding::Lf }
    }

    /// `text` (lines ended by `\n`, `\r\n` or `\r`) with every line break written this way.
    pub fn apply(self, text: &str) -> String {
        let break_ = match self {
            LineEnding::Lf => "\n",
            LineEnding::Crlf => "\r\n",
            LineEnding::Cr => "\r",
        };
        let mut out = String::with_capacity(text.len() + text.len() / 32);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    chars.next_if_eq(&'\n');
                    out.push_str(break_);
                }
                '\n' => out.push_str(break_),
                other => out.push(other),
            }
        }
        out
    }
}

/// `\r\n` kept, a lone `\r` turned into `\n`.
pub fn one_line_break(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\r') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Whether bytes that are not UTF-8 look like Russian text in Windows-1251: most bytes above
/// 0x7F are its Cyrillic letters (0xC0–0xFF) and decoding them gives no control characters.
struct NotUtf8Guess {
    windows_1251: bool,
}

impl From<&[u8]> for NotUtf8Guess {
    fn from(bytes: &[u8]) -> Self {
        let high: Vec<u8> = bytes.iter().copied().filter(|b| *b >= 0x80).collect();
        let letters = high.iter().filter(|b| **b >= 0xC0).count();
        NotUtf8Guess { windows_1251: !high.is_empty() && letters * 4 >= high.len() * 3 }
    }
}

impl NotUtf8Guess {
    fn problem(self, line: usize, column: usize) -> ReadProblem {
        ReadProblem::NotUtf8 { line, column, looks_like_windows_1251: self.windows_1251 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_carriage_returns_are_line_breaks_and_crlf_is_kept() {
        assert_eq!(text_of(b"a\rb\r\nc\r".to_vec()).expect("text"), "a\nb\r\nc\n");
        assert_eq!(text_of(b"plain\n".to_vec()).expect("text"), "plain\n");
    }

    #[test]
    fn windows_1251_is_named_with_its_line_and_column() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("fields {\n  # Отрасль\n}");
        let problem = text_of(bytes.into_owned()).expect_err("not UTF-8");
        assert_eq!(
            problem.to_string(),
            "line 2, column 5: the rule file is not UTF-8 text (it looks like Windows-1251); save it as UTF-8: in \
             Notepad, File > Save As > Encoding: UTF-8, or run `iconv -f windows-1251 -t utf-8 OLD.rules > NEW.rules`"
        );
        let problem = text_of(b"ok\r\x80\x81".to_vec()).expect_err("not UTF-8");
        assert_eq!(problem.to_string(), "line 2, column 1: the rule file is not UTF-8 text; save it as UTF-8");
    }

    #[test]
    fn every_problem_is_said_in_russian() {
        use crate::locale::Lang;
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("fields {\n  # Отрасль\n}");
        let problem = text_of(bytes.into_owned()).expect_err("not UTF-8");
        assert_eq!(
            Lang::Ru.text(&problem.message()),
            "строка 2, столбец 5: файл правил не в UTF-8 (похоже, в Windows-1251); сохраните его в UTF-8: в Блокноте — \
             Файл > Сохранить как > Кодировка: UTF-8, или выполните `iconv -f windows-1251 -t utf-8 OLD.rules > NEW.rules`"
        );
        let problem = text_of(b"ok\r\x80\x81".to_vec()).expect_err("not UTF-8");
        assert_eq!(
            Lang::Ru.text(&problem.message()),
            "строка 2, столбец 1: файл правил не в кодировке UTF-8; сохраните его в UTF-8"
        );
        assert_eq!(
            Lang::Ru.text(&ReadProblem::TooLarge.message()),
            "он больше 16 МиБ — гораздо больше любого файла правил; тот ли это файл?"
        );
        assert_eq!(Lang::Ru.text(&ReadProblem::NotAFile.message()), "это не файл (а папка, устройство или канал)");
        assert_eq!(ReadProblem::NotAFile.to_string(), "it is not a file (a folder, a device or a pipe)");
        let missing = read_rule_file(Path::new("no/such/file.rules")).expect_err("missing");
        assert_eq!(
            (missing.to_string(), Lang::Ru.text(&missing.message())),
            ("no such file or folder".to_string(), "нет такого файла или папки".to_string())
        );
    }

    #[test]
    fn an_endless_input_is_cut_at_the_limit() {
        let endless = std::io::repeat(b'#');
        assert!(matches!(read_bounded(endless), Err(ReadProblem::TooLarge)));
    }

    #[test]
    fn a_file_is_written_back_with_its_own_line_breaks() {
        for (raw, ending) in [
            ("a\nb\n", super::LineEnding::Lf),
            ("a\r\nb\r\n", super::LineEnding::Crlf),
            ("a\rb\r", super::LineEnding::Cr),
        ] {
            assert_eq!(super::LineEnding::of(raw.as_bytes()), ending);
            assert_eq!(ending.apply("a\nb\n"), raw);
            assert_eq!(ending.apply(&super::one_line_break(raw)), raw);
        }
        assert_eq!(super::LineEnding::of(b"no break"), super::LineEnding::Lf);
    }
}
