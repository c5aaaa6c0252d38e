//! Reading the table of a web page as a sheet: the "Excel" export of Bitrix24, other Russian
//! CRMs and 1C reports is an HTML page named `.xls`, with one `<table>` whose first row names
//! the columns and whose other rows are the leads.
//!
//! Such a file is recognised by its content (after a byte-order mark and blanks it starts with
//! `<` and shows `<table`, `<html` or `<!doctype html` in its first 64 KiB), whatever its name.
//! Its text is decoded by the `<meta ... charset=...>` it declares (Windows-1251 is common), else
//! as a CSV file's: the first text that is not ASCII, wherever in the page, decides between
//! UTF-8 (when it is valid UTF-8) and Windows-1251; `--encoding` overrides both. It is
//! decoded and tokenized (by `html5ever`, which decodes every character reference) in chunks,
//! so only the cells are kept in memory, at most [`TABLE_LIMIT`] bytes of them.
//!
//! The table with the most rows is taken (a page may have a small table for its heading). Each
//! `<tr>` is a row, each `<td>` or `<th>` a cell (`colspan` adds empty cells after it, so the
//! columns stay in line; `rowspan` fills the cell's columns of the rows below, as a browser lays
//! them out, with its text: a 1C report grouping leads by manager gives each lead its manager;
//! `rowspan=0` and a long span end with their `<thead>`, `<tbody>` or `<tfoot>`). A cell's text is what a browser shows: runs of blanks are one space,
//! `<br>` is a line break, tags such as `<b>` and `<span>` are dropped, and blanks (no-break
//! spaces too) around it are trimmed, so a cell of only `&nbsp;` is empty. The rows become a
//! sheet of text cells, read by `excel_source` like a workbook's: the header binds the fields,
//! blank rows are skipped and counted, and messages name the table's row (`<tr>`), the header
//! being row 1, as Excel numbers the rows when it opens the page.

use std::cell::RefCell;
use std::io::Read;

use calamine::{Data, Range};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::{TokenizerResult, local_name};

use super::error::InputError;
use super::{Encoding, InputFormat};
use crate::msg;

/// The most bytes the cells of a page's tables may take in memory (their text, plus 24 bytes a
/// cell), and the sheet made of the largest (32 bytes a cell, empty or not): a larger export is
/// better saved as CSV, which is streamed.
pub(crate) const TABLE_LIMIT: usize = 512 * 1024 * 1024;

/// How many bytes are decoded and tokenized at a time.
const CHUNK: usize = 1024 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether to read the input as a web page's table: forced with `--input-format html`, or, with
/// no format or a workbook format forced, when its start looks like a web page. A text format
/// forced (`csv`, `json`) is obeyed.
pub(crate) fn is_html(head: &[u8], forced: Option<InputFormat>) -> bool {
    match forced {
        Some(InputFormat::Html) => true,
        None | Some(InputFormat::Excel) => looks_like_html(head),
        Some(_) => false,
    }
}

/// After a byte-order mark and blanks the bytes start with `<`, and the head shows a table or
/// says it is a web page.
fn looks_like_html(head: &[u8]) -> bool {
    let body = head.strip_prefix(UTF8_BOM).unwrap_or(head);
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    if start.is_none_or(|at| body[at] != b'<') {
        return false;
    }
    find_ci(body, b"<table").is_some()
        || find_ci(body, b"<html").is_some()
        || find_ci(body, b"<!doctype html").is_some()
}

/// Where `needle` (lower-case ASCII) first occurs in `bytes`, ignoring ASCII case.
fn find_ci(bytes: &[u8], needle: &[u8]) -> Option<usize> {
    bytes.windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}

/// The encoding a page's head declares (`<meta charset="windows-1251">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`), looked for
/// before its first table; `None` when it declares none this tool knows.
fn declared_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let before_table = &head[..find_ci(head, b"<table").unwrap_or(head.len())];
    let at = find_ci(before_table, b"charset")? + b"charset".len();
    let rest = &before_table[at..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let rest = rest.strip_prefix(b"=")?;
    let rest: &[u8] = rest.trim_ascii_start();
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest.iter().position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))?;
    // A page that says UTF-16 but is read as bytes (it starts with `<`) is UTF-8, as browsers
    // read it.
    encoding_rs::Encoding::for_label(&rest[..end]).map(|encoding| encoding.output_encoding())
}

/// The encoding to decode the page with when it is known from the start: forced, or declared.
/// `None` leaves it to the page's text (see `Decoding`).
fn encoding_of(head: &[u8], forced: Option<Encoding>) -> Option<&'static encoding_rs::Encoding> {
    match forced {
        Some(encoding) => Some(rs_encoding(encoding)),
        None => declared_charset(head),
    }
}

fn rs_encoding(encoding: Encoding) -> &'static encoding_rs::Encoding {
    match encoding {
        Encoding::Utf8 => encoding_rs::UTF_8,
        Encoding::Windows1251 => encoding_rs::WINDOWS_1251,
    }
}

/// Decoding a page chunk by chunk. Without a forced or declared encoding the page's text
/// decides as a CSV file's does (`sniff::text_encoding`): ASCII reads the same in UTF-8 and
/// Windows-1251, so the decision waits for the first bytes that are not ASCII, wherever in the
/// page they are (a 1C report's head is often all markup and Latin IDs for far more than the
/// first 64 KiB).
struct Decoding {
    decoder: Option<encoding_rs::Decoder>,
    /// The start of a character the chunk before ended in, while undecided.
    carried: Vec<u8>,
}

impl Decoding {
    /// The text of `chunk`; `last` when the input has ended.
    fn text(&mut self, chunk: &[u8], last: bool) -> String {
        let joined;
        let mut rest = chunk;
        if !self.carried.is_empty() {
            joined = [std::mem::take(&mut self.carried).as_slice(), chunk].concat();
            rest = &joined;
        }
        let mut text = String::new();
        if self.decoder.is_none() {
            let ascii = rest.iter().position(|b| !b.is_ascii()).unwrap_or(rest.len());
            text.push_str(std::str::from_utf8(&rest[..ascii]).unwrap_or_default());
            rest = &rest[ascii..];
            let unfinished =
                || matches!(std::str::from_utf8(rest), Err(e) if e.valid_up_to() == 0 && e.error_len().is_none());
            if !last && rest.len() < 4 && unfinished() {
                // Only the first bytes of a character: the next chunk says which encoding.
                self.carried = rest.to_vec();
                rest = &[];
            } else {
                let encoding = super::sniff::text_encoding(rest, !last);
                self.decoder = encoding.map(|encoding| rs_encoding(encoding).new_decoder());
            }
        }
        if let Some(decoder) = &mut self.decoder {
            text.reserve(decoder.max_utf8_buffer_length(rest.len()).unwrap_or(rest.len() * 3));
            let _ = decoder.decode_to_string(rest, &mut text, last);
        }
        text
    }
}

/// Reads the page (`head`, then the rest of `input`) and returns its largest table as a sheet
/// of text cells, or says why there is none.
pub(crate) fn read_table(
    name: &str,
    head: Vec<u8>,
    mut input: Box<dyn Read + Send>,
    forced: Option<Encoding>,
) -> Result<Range<Data>, InputError> {
    let io_error = |reason| InputError::Io { path: name.to_string(), reason };
    let too_large = || InputError::Workbook { name: name.to_string(), reason: msg!("input-html-too-large") };
    // A byte-order mark decides the encoding, as in a browser.
    let decoder = encoding_of(&head, forced).map(encoding_rs::Encoding::new_decoder);
    let mut decoding = Decoding { decoder, carried: Vec::new() };
    let tokenizer = Tokenizer::new(Collector::default(), TokenizerOpts::default());
    let queue = BufferQueue::default();
    let mut chunk = head;
    loop {
        let last = chunk.is_empty();
        let text = decoding.text(&chunk, last);
        if !text.is_empty() {
            queue.push_back(StrTendril::from(text));
            while !matches!(tokenizer.feed(&queue), TokenizerResult::Done) {}
        }
        if tokenizer.sink.kept.borrow().bytes > TABLE_LIMIT {
            return Err(too_large());
        }
        if last {
            break;
        }
        chunk.clear();
        (&mut input).take(CHUNK as u64).read_to_end(&mut chunk).map_err(io_error)?;
    }
    tokenizer.end();
    let tables = tokenizer.sink.kept.into_inner().finish();
    let Some(rows) = tables.into_iter().filter(|rows| !rows.is_empty()).fold(
        None,
        |best: Option<Vec<Vec<String>>>, rows| match best {
            Some(best) if best.len() >= rows.len() => Some(best),
            _ => Some(rows),
        },
    ) else {
        return Err(InputError::Workbook { name: name.to_string(), reason: msg!("input-html-no-table") });
    };
    sheet(name, rows)
}

/// The rows as a sheet of text cells, starting at the first row that has anything in it (the
/// rows before it still count in the row numbers).
fn sheet(name: &str, rows: Vec<Vec<String>>) -> Result<Range<Data>, InputError> {
    let no_table = || InputError::Workbook { name: name.to_string(), reason: msg!("input-html-no-table") };
    let Some(first) = rows.iter().position(|row| row.iter().any(|cell| !cell.is_empty())) else {
        return Err(no_table());
    };
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    // The sheet holds a cell for every column of every row, written or not.
    if (rows.len() - first).saturating_mul(width).saturating_mul(std::mem::size_of::<Data>()) > TABLE_LIMIT {
        return Err(InputError::Workbook { name: name.to_string(), reason: msg!("input-html-too-large") });
    }
    let last_row = u32::try_from(rows.len() - 1).map_err(|_| no_table())?;
    let last_col = u32::try_from(width.saturating_sub(1)).map_err(|_| no_table())?;
    let first_row = u32::try_from(first).map_err(|_| no_table())?;
    let mut range = Range::new((first_row, 0), (last_row, last_col));
    for (index, row) in rows.into_iter().enumerate().skip(first) {
        for (col, cell) in row.into_iter().enumerate() {
            if !cell.is_empty() {
                range.set_value((index as u32, col as u32), Data::String(cell));
            }
        }
    }
    Ok(range)
}

/// What the tokenizer's tokens build: the page's tables, and how many bytes their cells take.
#[derive(Default)]
struct Collector {
    kept: RefCell<Tables>,
}

#[derive(Default)]
struct Tables {
    /// Every table of the page, in the order they start.
    tables: Vec<Table>,
    /// The tables open at this point (indices into `tables`), innermost last.
    open: Vec<usize>,
    /// Inside `<script>`, `<style>`, `<title>` or `<textarea>`: their text is no cell's.
    skipping: bool,
    /// Bytes the cells take so far.
    bytes: usize,
}

#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
    row: Option<Vec<String>>,
    /// The open cell's text, its `colspan` and its `rowspan`.
    cell: Option<(String, usize, usize)>,
    /// Cells of rows above that span into the coming rows, by column: the text they fill in and
    /// how many more rows they fill.
    spans: Vec<Option<(String, usize)>>,
}

/// The most rows one cell may span (HTML's own limit); `rowspan=0` spans the rest of its group.
const MAX_ROWSPAN: usize = 65_534;

impl Table {
    /// Puts the cells spanning from above at the open row's end, as long as there are some.
    fn fill_spanned(&mut self, bytes: &mut usize) {
        let row = self.row.get_or_insert_with(Vec::new);
        while let Some(Some((text, left))) = self.spans.get_mut(row.len()) {
            *bytes += text.len() + 24;
            row.push(text.clone());
            *left -= 1;
            if *left == 0 {
                self.spans[row.len() - 1] = None;
            }
        }
    }

    fn close_cell(&mut self, bytes: &mut usize) {
        if let Some((text, span, rows)) = self.cell.take() {
            self.fill_spanned(bytes);
            let text = text.trim_matches(char::is_whitespace).to_string();
            *bytes += text.len() + 24 * span;
            let row = self.row.get_or_insert_with(Vec::new);
            let start = row.len();
            if rows > 1 {
                if self.spans.len() < start + span {
                    self.spans.resize(start + span, None);
                }
                for (offset, slot) in self.spans[start..start + span].iter_mut().enumerate() {
                    let filled = if offset == 0 { text.clone() } else { String::new() };
                    *slot = Some((filled, rows - 1));
                }
            }
            row.push(text);
            row.extend(std::iter::repeat_n(String::new(), span - 1));
        }
    }

    fn close_row(&mut self, bytes: &mut usize) {
        self.close_cell(bytes);
        // Cells spanning into this row past its own cells: the gaps before them are empty.
        if self.row.is_some()
            && let Some(last) = self.spans.iter().rposition(Option::is_some)
        {
            self.fill_spanned(bytes);
            while self.row.as_ref().is_some_and(|row| row.len() <= last) {
                if let Some(row) = &mut self.row {
                    row.push(String::new());
                }
                self.fill_spanned(bytes);
            }
        }
        if let Some(row) = self.row.take() {
            self.rows.push(row);
        }
    }

    /// A `<thead>`, `<tbody>` or `<tfoot>`: no cell spans past its group.
    fn close_group(&mut self, bytes: &mut usize) {
        self.close_row(bytes);
        self.spans.clear();
    }
}

impl Tables {
    fn table(&mut self) -> Option<&mut Table> {
        let at = *self.open.last()?;
        self.tables.get_mut(at)
    }

    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let start = tag.kind == TagKind::StartTag;
        let mut bytes = self.bytes;
        let name = &tag.name;
        if *name == local_name!("script")
            || *name == local_name!("style")
            || *name == local_name!("title")
            || *name == local_name!("textarea")
        {
            self.skipping = start && !tag.self_closing;
            return match (start && !tag.self_closing, name) {
                (false, _) => TokenSinkResult::Continue,
                (true, n) if *n == local_name!("script") => TokenSinkResult::RawData(RawKind::ScriptData),
                (true, n) if *n == local_name!("style") => TokenSinkResult::RawData(RawKind::Rawtext),
                (true, _) => TokenSinkResult::RawData(RawKind::Rcdata),
            };
        }
        if *name == local_name!("table") {
            if start {
                self.tables.push(Table::default());
                self.open.push(self.tables.len() - 1);
            } else if let Some(at) = self.open.pop()
                && let Some(table) = self.tables.get_mut(at)
            {
                table.close_row(&mut bytes);
            }
        } else if let Some(table) = self.table() {
            if *name == local_name!("tr") {
                table.close_row(&mut bytes);
                if start {
                    table.row = Some(Vec::new());
                }
            } else if *name == local_name!("td") || *name == local_name!("th") {
                table.close_cell(&mut bytes);
                if start {
                    let number = |attribute: html5ever::LocalName| {
                        let attr = tag.attrs.iter().find(|attr| attr.name.local == attribute)?;
                        attr.value.trim().parse::<usize>().ok()
                    };
                    let span = number(local_name!("colspan")).map_or(1, |span| span.clamp(1, 1000));
                    let rows = match number(local_name!("rowspan")) {
                        Some(0) => MAX_ROWSPAN,
                        Some(rows) => rows.clamp(1, MAX_ROWSPAN),
                        None => 1,
                    };
                    table.cell = Some((String::new(), span, rows));
                }
            } else if *name == local_name!("thead") || *name == local_name!("tbody") || *name == local_name!("tfoot") {
                table.close_group(&mut bytes);
            } else if let Some((text, _, _)) = &mut table.cell {
                let breaks = *name == local_name!("br")
                    || *name == local_name!("p")
                    || *name == local_name!("div")
                    || *name == local_name!("li");
                if breaks && (start || *name != local_name!("br")) && !text.is_empty() {
                    text.truncate(text.trim_end_matches(' ').len());
                    if *name == local_name!("br") || !text.ends_with('\n') {
                        text.push('\n');
                    }
                }
            }
        }
        self.bytes = bytes;
        TokenSinkResult::Continue
    }

    /// Text, into the open cell of the innermost open table, blanks collapsed.
    fn text(&mut self, chars: &str) {
        if self.skipping {
            return;
        }
        let Some(table) = self.table() else { return };
        let Some((text, _, _)) = &mut table.cell else { return };
        for c in chars.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C') {
                if !text.is_empty() && !text.ends_with([' ', '\n']) {
                    text.push(' ');
                }
            } else {
                text.push(c);
            }
        }
        self.bytes += chars.len();
    }

    /// Every table's rows, the open ones closed.
    fn finish(mut self) -> Vec<Vec<Vec<String>>> {
        let mut bytes = 0;
        for table in &mut self.tables {
            table.close_row(&mut bytes);
        }
        self.tables.into_iter().map(|table| table.rows).collect()
    }
}

impl TokenSink for Collector {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut kept = self.kept.borrow_mut();
        match token {
            Token::TagToken(tag) => kept.tag(&tag),
            Token::CharacterTokens(text) => {
                kept.text(&text);
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(page: &str) -> Result<Vec<Vec<String>>, InputError> {
        let range = read_table("t.xls", page.as_bytes().to_vec(), Box::new(std::io::empty()), None)?;
        Ok(range
            .rows()
            .map(|row| {
                row.iter().map(|cell| if let Data::String(s) = cell { s.clone() } else { String::new() }).collect()
            })
            .collect())
    }

    #[test]
    fn cells_are_what_a_browser_shows() {
        let page = "<html><head><style>td { color: red }</style></head><body><table>\
            <tr><th>ID</th><th>Название</th><th colspan=2>Бюджет</th></tr>\n\
            <tr><td> L-1 </td><td><b>ООО &quot;Ромашка&quot;</b><br>второй&nbsp;ЦОД</td><td>1&nbsp;000&nbsp;000,50</td><td>&#1044;&amp;</td></tr>\
            <tr><td>&nbsp;</td><td>\n  a\n  b  </td></table>";
        assert_eq!(
            table(page).unwrap(),
            vec![
                vec!["ID", "Название", "Бюджет", ""],
                vec!["L-1", "ООО \"Ромашка\"\nвторой\u{a0}ЦОД", "1\u{a0}000\u{a0}000,50", "Д&"],
                vec!["", "a b", "", ""],
            ]
        );
    }

    #[test]
    fn the_largest_table_and_leading_blank_rows() {
        let page = "<table><tr><td>Отчёт</td></tr></table><table><tr><td></td></tr><tr><td>ID</td></tr><tr><td>1</td></tr></table>";
        let range = read_table("t.xls", page.as_bytes().to_vec(), Box::new(std::io::empty()), None).unwrap();
        assert_eq!(range.start(), Some((1, 0)));
        assert_eq!(range.get_value((2, 0)), Some(&Data::String("1".into())));
    }

    #[test]
    fn no_table_is_an_error() {
        assert!(matches!(table("<html><body><p>nothing</p></body></html>"), Err(InputError::Workbook { .. })));
        assert!(matches!(table("<html><table></table></html>"), Err(InputError::Workbook { .. })));
    }

    #[test]
    fn recognised_by_content() {
        assert!(looks_like_html(b"\xEF\xBB\xBF \r\n<html><table>"));
        assert!(looks_like_html(b"<TABLE border=1>"));
        assert!(!looks_like_html(b"id;<table>"));
        assert!(!looks_like_html(b"<id>;name\n1;2"));
    }

    /// A 1C report's page without a charset: its first 64 KiB are ASCII (markup, styles, Latin
    /// IDs), the Cyrillic comes later, in Windows-1251: the first non-ASCII text decides, as
    /// for CSV.
    #[test]
    fn windows_1251_after_an_ascii_head_is_read_right() {
        let mut page = String::from("<html><head><style>td { mso-number-format:\\@; }</style></head><body><table>");
        page.push_str("<tr><td>ID</td><td>Manager</td></tr>");
        let mut n = 0;
        while page.len() < super::super::sniff::SNIFF_LEN + 1000 {
            n += 1;
            page.push_str(&format!("<tr><td>L-{n}</td><td>-</td></tr>\r\n"));
        }
        page.push_str("<tr><td>L-last</td><td>Иванов Пётр</td></tr></table></body></html>");
        let bytes = encoding_rs::WINDOWS_1251.encode(&page).0.into_owned();
        let (head, rest) = bytes.split_at(super::super::sniff::SNIFF_LEN);
        let range =
            read_table("report.xls", head.to_vec(), Box::new(std::io::Cursor::new(rest.to_vec())), None).unwrap();
        let last = range.height() - 1;
        assert_eq!(range.get_value((last as u32, 1)), Some(&Data::String("Иванов Пётр".into())));
        // UTF-8 after an ASCII head stays UTF-8.
        let bytes = page.into_bytes();
        let (head, rest) = bytes.split_at(super::super::sniff::SNIFF_LEN);
        let range =
            read_table("report.xls", head.to_vec(), Box::new(std::io::Cursor::new(rest.to_vec())), None).unwrap();
        assert_eq!(range.get_value((last as u32, 1)), Some(&Data::String("Иванов Пётр".into())));
    }

    /// A 1C report groups leads by manager with `rowspan`: the manager's cell fills the rows
    /// below, as a browser lays it out, and the other cells stay in their columns.
    #[test]
    fn rowspan_fills_the_rows_below() {
        let page = "<table><tr><th>Менеджер</th><th>ID</th><th>Отрасль</th><th>Бюджет</th></tr>\
            <tr><td rowspan=\"2\">Иванов</td><td>L-1</td><td rowspan=3 colspan=1>ИТ</td><td>100</td></tr>\
            <tr><td>L-2</td><td>200</td></tr>\
            <tr><td rowspan=0>Петров</td><td>L-3</td><td>300</td></tr>\
            <tr><td>L-4</td><td colspan=2 rowspan=2>нет</td></tr>\
            <tr><td>L-5</td></tr>\
            <tbody><tr><td>Сидоров</td><td>L-6</td><td>розница</td><td>400</td></tr></table>";
        assert_eq!(
            table(page).unwrap(),
            vec![
                vec!["Менеджер", "ID", "Отрасль", "Бюджет"],
                vec!["Иванов", "L-1", "ИТ", "100"],
                vec!["Иванов", "L-2", "ИТ", "200"],
                vec!["Петров", "L-3", "ИТ", "300"],
                vec!["Петров", "L-4", "нет", ""],
                vec!["Петров", "L-5", "нет", ""],
                vec!["Сидоров", "L-6", "розница", "400"],
            ]
        );
    }

    #[test]
    fn the_declared_charset_decodes() {
        let head = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>";
        assert_eq!(declared_charset(head), Some(encoding_rs::WINDOWS_1251));
        assert_eq!(declared_charset(b"<meta charset='UTF-8'><table>"), Some(encoding_rs::UTF_8));
        assert_eq!(declared_charset(b"<table><tr><td>charset=koi8-r"), None);
        let mut page = head.to_vec();
        page.extend(b"<table><tr><td>\xC8\xC4</td></tr></table>");
        let range = read_table("t.xls", page, Box::new(std::io::empty()), None).unwrap();
        assert_eq!(range.get_value((0, 0)), Some(&Data::String("ИД".into())));
    }
}
