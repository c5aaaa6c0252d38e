//! Looking at the start of the input to decide its text encoding and its format (or that it is
//! a workbook), and decoding cells from that encoding as they are read.
//!
//! The first 64 KiB decide: a UTF-8 byte-order mark means UTF-8 (the mark is skipped), text
//! that is valid UTF-8 means UTF-8, anything else is Windows-1251 (Russian Excel exports).
//! When the first 64 KiB are plain ASCII either could follow, so the decision waits for the
//! first cell that is not ASCII. CSV and JSON are parsed on the raw bytes (both encodings are
//! ASCII-compatible, and their delimiters, quotes and brackets are ASCII), and only the cells
//! the rules read are decoded, so nothing is converted twice and nothing is read whole.

use std::io::{self, Read};
use std::path::Path;

use super::{Encoding, InputError, InputFormat};
use crate::message::Message;
use crate::msg;

/// How many bytes are looked at to decide the encoding and format.
pub(crate) const SNIFF_LEN: usize = 64 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads up to [`SNIFF_LEN`] bytes from the start of the input.
pub(crate) fn read_head(input: &mut dyn Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(SNIFF_LEN);
    input.take(SNIFF_LEN as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// The input's format as this module reads it: JSON is an array or one object per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RecordFormat {
    Csv,
    JsonArray,
    JsonLines,
}

/// Whether the input starts with a UTF-16 byte-order mark (Excel's "Unicode text").
pub(crate) fn is_utf16(head: &[u8]) -> bool {
    head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF")
}

/// Decides the encoding from the head of the input; returns the decoder and how many bytes of
/// byte-order mark to skip.
pub(crate) fn detect_encoding(head: &[u8], forced: Option<Encoding>) -> (TextDecoder, usize) {
    let bom_len = if head.starts_with(UTF8_BOM) { UTF8_BOM.len() } else { 0 };
    let mode = match forced {
        Some(Encoding::Utf8) => Mode::Utf8,
        Some(Encoding::Windows1251) => Mode::Windows1251,
        None if bom_len > 0 => Mode::Utf8,
        None => match text_encoding(head, true) {
            None => Mode::Undecided,
            Some(Encoding::Utf8) => Mode::Utf8,
            Some(Encoding::Windows1251) => Mode::Windows1251,
        },
    };
    let skip = if mode == Mode::Windows1251 { 0 } else { bom_len };
    (TextDecoder::new(mode), skip)
}

/// The encoding that text which is not all ASCII is in: UTF-8 when it is valid UTF-8 (or, when
/// the bytes may be `cut` off in the middle of the input, when only the end is an unfinished
/// character), else Windows-1251; `None` for ASCII, which reads the same in both, so the
/// decision waits for text that is not. The one rule for the head of a file, a CSV cell and a
/// chunk of a web page.
pub(crate) fn text_encoding(bytes: &[u8], cut: bool) -> Option<Encoding> {
    if bytes.is_ascii() {
        return None;
    }
    Some(match simdutf8::compat::from_utf8(bytes) {
        Ok(_) => Encoding::Utf8,
        // Cut in the middle of a character by the end of the bytes: still UTF-8.
        Err(e) if cut && e.error_len().is_none() => Encoding::Utf8,
        Err(_) => Encoding::Windows1251,
    })
}

/// What a zip or OLE file that is no workbook is told.
pub(crate) fn not_leads() -> Message {
    msg!("input-not-leads")
}

/// Whether the start of a file (after the encoding is known not to be UTF-16) is binary data
/// rather than text: a NUL byte, or more than one byte in a hundred (and more than eight) a
/// control character other than tab and line breaks (an image, an archive, a database file, random bytes).
pub(crate) fn looks_binary(body: &[u8]) -> bool {
    let controls =
        body.iter().filter(|b| (**b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || **b == 0x7F).count();
    body.contains(&0) || (controls > 8 && controls * 100 > body.len())
}

/// The first bytes of a zip archive (`.xlsx`, `.ods`) and of an OLE compound file (`.xls`).
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Whether the name ends like a workbook's: `.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`.
pub(crate) fn has_workbook_extension(name: &str) -> bool {
    let extension = Path::new(name).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    matches!(extension.as_deref(), Some("xlsx" | "xlsm" | "xlsb" | "xls" | "ods"))
}

/// Whether to read the input as a workbook: forced with `--input-format xlsx`, named like one,
/// or starting like a zip or OLE file. Such bytes read as CSV or JSON would only give garbage,
/// so they are refused under a forced text format, and on standard input (no name to go by),
/// which is read as a workbook only when forced.
pub(crate) fn is_workbook(name: &str, head: &[u8], forced: Option<InputFormat>) -> Result<bool, InputError> {
    let binary = head.starts_with(ZIP_MAGIC) || head.starts_with(OLE_MAGIC);
    let refuse = |reason: Message| Err(InputError::Workbook { name: name.to_string(), reason });
    match forced {
        Some(InputFormat::Excel) => Ok(true),
        Some(_) if binary => refuse(msg!("input-workbook-forced-text")),
        Some(_) => Ok(false),
        None if has_workbook_extension(name) => Ok(true),
        None if binary && Path::new(name).extension().is_none() => refuse(msg!("input-workbook-unnamed")),
        None => Ok(binary),
    }
}

/// Decides the layout: a forced format, else the file's extension, else its first character.
pub(crate) fn detect_record_format(name: &str, body: &[u8], forced: Option<InputFormat>) -> RecordFormat {
    let first = body.iter().copied().find(|b| !b.is_ascii_whitespace());
    let json = || {
        if first == Some(b'{') { RecordFormat::JsonLines } else { RecordFormat::JsonArray }
    };
    match forced {
        Some(InputFormat::Csv | InputFormat::Excel | InputFormat::Html) => return RecordFormat::Csv,
        Some(InputFormat::JsonLines) => return RecordFormat::JsonLines,
        Some(InputFormat::Json) => return json(),
        None => {}
    }
    let extension = Path::new(name).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("json") => json(),
        Some("jsonl" | "ndjson") => RecordFormat::JsonLines,
        Some("csv" | "tsv" | "txt") => RecordFormat::Csv,
        _ => match first {
            Some(b'[') => RecordFormat::JsonArray,
            Some(b'{') => RecordFormat::JsonLines,
            _ => RecordFormat::Csv,
        },
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Utf8,
    Windows1251,
    /// Everything so far was ASCII; the first non-ASCII text decides.
    Undecided,
}

/// Turns the bytes of one cell into text in the input's encoding, reusing one buffer for
/// Windows-1251 so decoding allocates nothing per cell.
#[derive(Clone, Debug)]
pub(crate) struct TextDecoder {
    mode: Mode,
    scratch: String,
}

impl TextDecoder {
    fn new(mode: Mode) -> TextDecoder {
        TextDecoder { mode, scratch: String::new() }
    }

    /// The cell's text, or `None` when it is not valid in the input's encoding (only possible
    /// for UTF-8: every byte is a character in Windows-1251).
    pub(crate) fn decode<'a>(&'a mut self, bytes: &'a [u8]) -> Option<&'a str> {
        decode_with(&mut self.mode, bytes, &mut self.scratch)
    }

    /// [`TextDecoder::decode`], the text borrowed from `bytes` where it is UTF-8 and else made
    /// in `decoded`, so it does not hold the decoder.
    pub(crate) fn decode_into<'b>(&mut self, bytes: &'b [u8], decoded: &'b mut String) -> Option<&'b str> {
        decode_with(&mut self.mode, bytes, decoded)
    }

    /// A decoder of UTF-8 text.
    pub(crate) fn utf8() -> TextDecoder {
        TextDecoder::new(Mode::Utf8)
    }

    /// The cell's text with undecodable bytes replaced, for messages, headers and ids.
    pub(crate) fn decode_lossy(&mut self, bytes: &[u8]) -> String {
        match self.decode(bytes) {
            Some(text) => text.to_string(),
            None => String::from_utf8_lossy(bytes).into_owned(),
        }
    }

    /// What to tell the user about a cell that is not valid in the input's encoding.
    pub(crate) fn undecodable_message(&self) -> Message {
        super::values::is_not(msg!("input-expect-readable-text"))
    }
}

/// A cell's text in the encoding `mode` says, the first non-ASCII text deciding an undecided
/// one; Windows-1251 is decoded into `decoded`.
fn decode_with<'b>(mode: &mut Mode, bytes: &'b [u8], decoded: &'b mut String) -> Option<&'b str> {
    // `simdutf8` says what `std::str::from_utf8` says, several times faster on text that is not
    // ASCII (Cyrillic is two bytes a letter).
    let utf8 = |bytes: &'b [u8]| simdutf8::basic::from_utf8(bytes).ok();
    if *mode == Mode::Undecided {
        match text_encoding(bytes, false) {
            // ASCII is the same in both encodings, and decides nothing.
            None => return utf8(bytes),
            Some(Encoding::Utf8) => *mode = Mode::Utf8,
            Some(Encoding::Windows1251) => *mode = Mode::Windows1251,
        }
    }
    if *mode != Mode::Windows1251 || bytes.is_ascii() {
        return utf8(bytes);
    }
    let mut decoder = encoding_rs::WINDOWS_1251.new_decoder_without_bom_handling();
    decoded.clear();
    decoded.reserve(decoder.max_utf8_buffer_length(bytes.len())?);
    let _ = decoder.decode_to_string(bytes, decoded, true);
    Some(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_data_is_not_mistaken_for_text() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        assert!(looks_binary(&noise));
        assert!(!looks_binary("ID;Сотрудников\r\nR-1;250\tx\n".as_bytes()));
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("ID;Отрасль\nR-1;ИТ\n");
        assert!(!looks_binary(&cp1251));
    }

    #[test]
    fn encodings_are_detected() {
        let (mut d, skip) = detect_encoding(b"\xEF\xBB\xBFID;\xD0\x98\xD0\x9C", None);
        assert_eq!(skip, 3);
        assert_eq!(d.decode("Имя".as_bytes()), Some("Имя"));
        let cp1251 = encoding_rs::WINDOWS_1251.encode("ID;Имя").0.into_owned();
        let (mut d, skip) = detect_encoding(&cp1251, None);
        assert_eq!(skip, 0);
        assert_eq!(d.decode(&cp1251), Some("ID;Имя"));
    }

    #[test]
    fn utf8_cut_at_the_end_of_the_head_is_still_utf8() {
        let bytes = "Имя".as_bytes();
        let (mut d, _) = detect_encoding(&bytes[..bytes.len() - 1], None);
        assert_eq!(d.decode(b"\xC8"), None);
    }

    #[test]
    fn ascii_head_decides_on_the_first_non_ascii_cell() {
        let (mut d, _) = detect_encoding(b"ID,Name\n1,a\n", None);
        assert_eq!(d.decode(b"\xC8\xEC\xFF"), Some("Имя"));
        assert_ne!(d.decode("Имя".as_bytes()), Some("Имя"));
        let (mut d, _) = detect_encoding(b"ID,Name\n", None);
        assert_eq!(d.decode("Имя".as_bytes()), Some("Имя"));
        assert_eq!(d.decode(b"\xC8"), None);
    }

    #[test]
    fn a_cell_is_never_cut_but_a_head_may_be() {
        // "100 т" in Windows-1251 ends in a byte that starts a UTF-8 character.
        assert_eq!(text_encoding(b"100 \xF2", false), Some(Encoding::Windows1251));
        assert_eq!(text_encoding(b"100 \xF2", true), Some(Encoding::Utf8));
        assert_eq!(text_encoding(b"ID;Name", true), None);
        let (mut d, _) = detect_encoding(b"ID,Unit\n", None);
        assert_eq!(d.decode(b"100 \xF2"), Some("100 т"));
    }

    #[test]
    fn forced_encoding_wins() {
        let (mut d, _) = detect_encoding("Имя".as_bytes(), Some(Encoding::Windows1251));
        assert_eq!(d.decode(b"\xC8"), Some("И"));
    }

    #[test]
    fn workbooks_by_name_by_first_bytes_or_forced() {
        let zip = b"PK\x03\x04rest";
        assert!(is_workbook("a.XLSX", b"", None).unwrap());
        assert!(is_workbook("a.ods", b"ID;x", None).unwrap());
        assert!(is_workbook("a.csv", zip, None).unwrap(), "a renamed workbook");
        assert!(is_workbook("a.csv", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", None).unwrap());
        assert!(!is_workbook("a.csv", b"ID;x", None).unwrap());
        assert!(is_workbook("standard input", zip, None).is_err(), "standard input needs the format");
        assert!(is_workbook("standard input", zip, Some(InputFormat::Excel)).unwrap());
        assert!(is_workbook("a.csv", zip, Some(InputFormat::Csv)).is_err(), "no binary garbage as CSV");
    }

    #[test]
    fn layouts() {
        assert_eq!(detect_record_format("a.csv", b"[", None), RecordFormat::Csv);
        assert_eq!(detect_record_format("a.JSON", b" [", None), RecordFormat::JsonArray);
        assert_eq!(detect_record_format("a.json", b"\n{\"a\":1}", None), RecordFormat::JsonLines);
        assert_eq!(detect_record_format("a.ndjson", b"", None), RecordFormat::JsonLines);
        assert_eq!(detect_record_format("-", b"[{}]", None), RecordFormat::JsonArray);
        assert_eq!(detect_record_format("-", b"ID;x", None), RecordFormat::Csv);
        assert_eq!(detect_record_format("a.json", b"[", Some(InputFormat::Csv)), RecordFormat::Csv);
    }
}
