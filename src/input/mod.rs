//! Reading CRM exports (CSV in UTF-8 or Windows-1251, JSON arrays, JSON Lines, Excel and
//! OpenDocument workbooks, web pages with a table) into leads: one `Vec<Value>` per record, in the schema's slot order.
//!
//! The contract: every record of the input yields exactly one [`LeadRow`], except blank records
//! (a CSV row of empty cells such as `;;;;`, a JSON `{}`), which are skipped and counted
//! ([`LeadReader::blank_rows`]), and the totals rows of a report (`Итого;;;;12 500 000`, see
//! `totals`), skipped, counted and named ([`LeadReader::totals_rows`]): rows in = leads out +
//! blank rows + totals rows. A lead whose cells cannot
//! all be read gets a [`RowError`] listing every bad cell, and reading goes on; only an empty
//! cell is unknown. Problems with the file as a whole (cannot open it, no header, no column the
//! rules read, broken JSON structure) are [`InputError`]s.
//!
//! Text files are streamed: only the first 64 KiB are looked at ahead (to choose the encoding,
//! format and delimiter), then records are read one at a time. A workbook is read into memory
//! (it is a zip archive or an OLE file, read by `calamine`); so is a web page's table, the
//! "Excel" export of Bitrix24 and 1C (`html_table`, read then like a sheet).
//!
//! One record may take at most [`RECORD_LIMIT`] bytes, so a damaged file cannot take all the
//! memory. A CSV record swallowed by a stray quote becomes an error row naming the quote's line,
//! and the lines after it are read again as leads (`quotes`).
//!
//! Module map: `sniff` (encoding and format), `apart` (a large body of JSON Lines read on several
//! threads), `columns` (binding fields to columns), `values`
//! with `numbers` and `dates` (cell text → value), `csv_source` and `json_source` (records →
//! leads), `excel_source` (sheet rows → leads), `quotes` (finding a stray quote), `error`
//! (messages), `totals` (a report's totals row), `wrapper` (a CRM's answer that wraps its leads in
//! a list), `sample` (a generated messy export for tests and benchmarks).
#![warn(missing_docs)]

pub mod apart;
mod columns;
mod csv_source;
pub(crate) mod dates;
pub mod error;
mod excel_source;
mod html_table;
mod json_keys;
mod json_object;
mod json_scan;
mod json_source;
pub(crate) mod numbers;
mod quotes;
pub mod sample;
mod sniff;
mod spellings;
mod totals;
pub mod values;
mod wrapper;

#[cfg(test)]
mod tests;

use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::Arc;

pub use error::{CellProblem, HeaderBelow, InputError, RowError};
pub use totals::TotalsRows;

use crate::schema::Schema;
use crate::value::Value;
use csv_source::{CsvConverter, CsvSource, RawRecord};
use excel_source::ExcelSource;
use json_source::JsonSource;
use sniff::RecordFormat;

/// The most bytes one record (a CSV row, a JSON Lines line, an element of a JSON array) may
/// take: a longer one means a damaged file (no line breaks, a quote or bracket never closed),
/// and reading it whole could take all the memory there is.
pub const RECORD_LIMIT: usize = 64 * 1024 * 1024;

/// How to read an input; the defaults detect everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InputOptions {
    /// Forces the text encoding; `None` detects it.
    pub encoding: Option<Encoding>,
    /// Forces the format; `None` decides by the file's extension, then its first bytes.
    pub format: Option<InputFormat>,
    /// For a workbook: the sheet to read; `None` reads the first.
    pub sheet: Option<String>,
}

/// The text encoding of a lead file, when it is not told by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (with or without a byte order mark).
    Utf8,
    /// Windows-1251, the Cyrillic code page of older Russian exports.
    Windows1251,
}

impl std::str::FromStr for Encoding {
    type Err = String;

    /// Reads `utf-8`, `utf8`, `windows-1251`, `cp1251` (and `win1251`), ignoring case.
    fn from_str(text: &str) -> Result<Encoding, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "windows-1251" | "windows1251" | "cp1251" | "cp-1251" | "win1251" | "win-1251" => Ok(Encoding::Windows1251),
            _ => Err(format!("unknown encoding \"{text}\"; use utf-8 or windows-1251")),
        }
    }
}

/// The kind of a lead file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// Delimited text: comma, semicolon or tab, found from the first lines.
    Csv,
    /// A JSON array of objects (or JSON Lines, when the file starts with `{`).
    Json,
    /// One JSON object a line.
    JsonLines,
    /// An Excel workbook (`.xlsx`, `.xls`...) or OpenDocument spreadsheet (`.ods`).
    Excel,
    /// A web page with a table (the "Excel" export of Bitrix24 and 1C: HTML named `.xls`).
    Html,
}

impl std::str::FromStr for InputFormat {
    type Err = String;

    /// Reads `csv`, `json`, `jsonl` (and `ndjson`), `xlsx` (and `xls`, `ods`, `excel`), `html`
    /// (and `htm`), ignoring case.
    fn from_str(text: &str) -> Result<InputFormat, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(InputFormat::Csv),
            "json" => Ok(InputFormat::Json),
            "jsonl" | "ndjson" | "json-lines" => Ok(InputFormat::JsonLines),
            "xlsx" | "xls" | "xlsm" | "xlsb" | "ods" | "excel" => Ok(InputFormat::Excel),
            "html" | "htm" => Ok(InputFormat::Html),
            _ => Err(format!("unknown format \"{text}\"; use csv, json, jsonl, xlsx or html")),
        }
    }
}

/// One record of the input as a lead.
#[derive(Clone, Debug, PartialEq)]
pub struct LeadRow {
    /// 1-based number of the record among the data records (the header is not one).
    pub record: u64,
    /// Line of the file where the record starts (1-based).
    pub line: u64,
    /// The key field's text, trimmed, even when other cells cannot be read; `None` when the
    /// schema has no key or the cell is empty.
    pub id: Option<String>,
    /// The lead's values in slot order, or every reason they cannot be read.
    pub values: Result<Vec<Value>, RowError>,
}

/// Leads read one at a time from an input. Iterate it; afterwards check [`LeadReader::error`]:
/// an error in the middle of the input (an I/O error, broken JSON structure) ends the
/// iteration early and is kept there.
pub struct LeadReader {
    source: Source,
    error: Option<InputError>,
    /// Set once the source is exhausted or failed; nothing more is read.
    stopped: bool,
}

enum Source {
    Csv(CsvSource),
    Json(JsonSource),
    Excel(Box<ExcelSource>),
}

/// Opens a file of leads. The file is streamed, never read whole.
pub fn open(path: &Path, schema: &Schema, options: &InputOptions) -> Result<LeadReader, InputError> {
    let name = path.display().to_string();
    let open_error = |reason| InputError::Open { path: name.clone(), reason };
    let file = std::fs::File::open(path).map_err(open_error)?;
    read(&name, Box::new(file), schema, options, RECORD_LIMIT)
}

/// The column names of a lead file as written there (a CSV header, a workbook's first row, the
/// first JSON record's keys), for `init`, which reads every column: the file is opened as for a
/// definition with no fields, which stops at the header and names what it found. Empty when a
/// JSON input has no record with keys.
pub fn column_names(path: &Path, options: &InputOptions) -> Result<Vec<String>, InputError> {
    let no_fields = Schema { fields: Vec::new(), key: None };
    match open(path, &no_fields, options) {
        Err(InputError::NoMatchingColumn { found, header_below: None, .. }) => Ok(found),
        Err(other) => Err(other),
        Ok(_) => Ok(Vec::new()),
    }
}

/// Reads leads from bytes in memory (inline input and tests); `name` is used in messages and
/// its extension chooses the format like a file's.
pub fn from_bytes(
    name: &str,
    bytes: Vec<u8>,
    schema: &Schema,
    options: &InputOptions,
) -> Result<LeadReader, InputError> {
    read(name, Box::new(Cursor::new(bytes)), schema, options, RECORD_LIMIT)
}

/// A schema prepared once for reading many small inputs, as a service reads its requests: how
/// each field is read and the column names it is looked for under are worked out here, once,
/// instead of for every input. Cloning it is cheap (it is shared).
#[derive(Clone, Debug)]
pub struct Prepared {
    schema: Arc<Schema>,
    fields: Arc<columns::FieldTable>,
}

impl Prepared {
    /// `schema` prepared for reading.
    pub fn new(schema: &Schema) -> Prepared {
        Prepared { schema: Arc::new(schema.clone()), fields: Arc::new(columns::FieldTable::new(schema)) }
    }

    /// The schema it was prepared from.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }
}

/// Reads leads from bytes in memory under a schema prepared beforehand: the same reading as
/// [`from_bytes`], without preparing the schema again.
pub fn from_bytes_prepared(
    name: &str,
    bytes: Vec<u8>,
    prepared: &Prepared,
    options: &InputOptions,
) -> Result<LeadReader, InputError> {
    read_as(name, Box::new(Cursor::new(bytes)), Schemas::Prepared(prepared), options, RECORD_LIMIT)
}

/// One lead sent on its own as a JSON object (`bytes`, as a service receives it), read as
/// [`from_bytes_prepared`] reads it as the only element of a JSON array, without the array's
/// scanning, sniffing and warnings: `Some(Ok(Some(row)))` is its lead, `Some(Ok(None))` says it
/// is blank (`{}`), `Some(Err(..))` says the input as a whole cannot be read (no key a field
/// reads). `None` when `bytes` are not exactly one whole object in UTF-8 (a BOM, broken JSON):
/// read those with `from_bytes_prepared`, whose messages say what is wrong where.
pub fn from_json_object(name: &str, bytes: &[u8], prepared: &Prepared) -> Option<Result<Option<LeadRow>, InputError>> {
    if bytes.len() > RECORD_LIMIT {
        return None;
    }
    let text = simdutf8::basic::from_utf8(bytes).ok()?;
    let start = text.find(|c: char| !c.is_ascii_whitespace())?;
    if !text[start..].starts_with('{') {
        return None;
    }
    let json_object::Parsed::Object(object) = json_object::parse(text).ok()? else { return None };
    // As the element of `[` + `bytes`: on the line after the line breaks before it.
    let line = 1 + text[..start].bytes().filter(|b| *b == b'\n').count() as u64;
    let nested = object.entries.iter().any(|(_, value)| matches!(value, json_object::Field::Nested(_)));
    if nested
        && !json_source::reads_a_field(&prepared.fields, &object)
        && let Some(wrapped) =
            wrapper::leads_list(text, bytes, |object| json_source::reads_a_field(&prepared.fields, object))
    {
        return Some(the_wrapped_lead(name, text, &wrapped, prepared));
    }
    Some(JsonSource::one_object(name, object, line, prepared.clone()))
}

/// The text of the list of leads a JSON object wraps (a CRM's answer, `{"data": [{...}]}`, see
/// `wrapper`), when [`from_json_object`] and a reader of the object read it as those leads.
pub fn wrapped_list<'t>(text: &'t str, prepared: &Prepared) -> Option<&'t str> {
    let Ok(json_object::Parsed::Object(object)) = json_object::parse(text) else { return None };
    let nested = object.entries.iter().any(|(_, value)| matches!(value, json_object::Field::Nested(_)));
    if !nested || json_source::reads_a_field(&prepared.fields, &object) {
        return None;
    }
    let wrapped =
        wrapper::leads_list(text, text.as_bytes(), |object| json_source::reads_a_field(&prepared.fields, object))?;
    text.get(wrapped.span.clone())
}

/// The one lead a CRM's answer `text` wraps in a list (`{"data": [{...}]}`, see `wrapper`), read
/// as [`from_json_object`] reads a lead; a list of several leads is an error that says to send
/// them as a batch.
fn the_wrapped_lead(
    name: &str,
    text: &str,
    wrapped: &wrapper::Wrapped,
    prepared: &Prepared,
) -> Result<Option<LeadRow>, InputError> {
    // As the element of `[` + `text`: its lines counted from 1.
    let (line, column) = wrapped.place(text.as_bytes(), 1);
    let list = &text[wrapped.span.clone()];
    let inner = list.get(1..list.len().saturating_sub(1)).unwrap_or("");
    let start = inner.find(|c: char| !c.is_ascii_whitespace()).unwrap_or(0);
    let element_line = line + inner[..start].bytes().filter(|b| *b == b'\n').count() as u64;
    match (wrapped.leads, json_object::parse(inner.trim())) {
        (0, _) => Ok(None),
        (1, Ok(json_object::Parsed::Object(object))) => {
            JsonSource::one_object(name, object, element_line, prepared.clone())
        }
        (count, _) => Err(InputError::InvalidJson {
            name: name.to_string(),
            line,
            column,
            reason: crate::msg!("input-json-wrapper-several", count = count, list = wrapped.path.clone()),
        }),
    }
}

/// Whether a reader of JSON skips the record `text` (one JSON value) and numbers no lead for it:
/// a blank object, or a report's totals row. A program that keeps a batch's records beside their
/// leads (the service's audit log) pairs them by this.
pub fn json_record_skipped(text: &str, prepared: &Prepared) -> bool {
    match json_object::parse(text) {
        Ok(json_object::Parsed::Object(object)) => {
            object.is_blank() || json_source::totals_label(&prepared.fields, &object).is_some()
        }
        _ => false,
    }
}

/// The schema an input is read with, prepared beforehand or not.
#[derive(Clone, Copy)]
enum Schemas<'a> {
    Plain(&'a Schema),
    Prepared(&'a Prepared),
}

impl Schemas<'_> {
    fn schema(&self) -> &Schema {
        match self {
            Schemas::Plain(schema) => schema,
            Schemas::Prepared(prepared) => &prepared.schema,
        }
    }

    fn prepared(&self) -> Prepared {
        match self {
            Schemas::Plain(schema) => Prepared::new(schema),
            Schemas::Prepared(prepared) => (*prepared).clone(),
        }
    }
}

/// Reads leads from any input, such as standard input.
pub fn from_reader(
    name: &str,
    input: Box<dyn Read + Send>,
    schema: &Schema,
    options: &InputOptions,
) -> Result<LeadReader, InputError> {
    read(name, input, schema, options, RECORD_LIMIT)
}

/// Reads leads from `input`, refusing a record longer than `limit` bytes (tests lower it).
pub(crate) fn read(
    name: &str,
    input: Box<dyn Read + Send>,
    schema: &Schema,
    options: &InputOptions,
    limit: usize,
) -> Result<LeadReader, InputError> {
    read_as(name, input, Schemas::Plain(schema), options, limit)
}

/// [`read`], with the schema prepared beforehand or not.
fn read_as(
    name: &str,
    mut input: Box<dyn Read + Send>,
    schemas: Schemas<'_>,
    options: &InputOptions,
    limit: usize,
) -> Result<LeadReader, InputError> {
    let schema = schemas.schema();
    let mut head = sniff::read_head(&mut input).map_err(|reason| InputError::Io { path: name.to_string(), reason })?;
    if sniff::is_utf16(&head) {
        // Excel's "Unicode text" (UTF-16, tab-separated): read as the UTF-8 it stands for. Its
        // byte-order mark says so whatever `--encoding` says, as a UTF-8 one does.
        let utf16 = Cursor::new(std::mem::take(&mut head)).chain(input);
        input = Box::new(encoding_rs_io::DecodeReaderBytesBuilder::new().bom_override(true).build(utf16));
        head = sniff::read_head(&mut input).map_err(|reason| InputError::Io { path: name.to_string(), reason })?;
    }
    if html_table::is_html(&head, options.format) {
        if options.sheet.is_some() {
            return Err(InputError::Workbook { name: name.to_string(), reason: crate::msg!("input-sheet-for-html") });
        }
        let range = html_table::read_table(name, head, input, options.encoding)?;
        let excel = ExcelSource::from_range(name, range, schema)?;
        return Ok(LeadReader { source: Source::Excel(Box::new(excel)), error: None, stopped: false });
    }
    if sniff::is_workbook(name, &head, options.format)? {
        let mut bytes = head;
        input.read_to_end(&mut bytes).map_err(|reason| InputError::Io { path: name.to_string(), reason })?;
        let excel = ExcelSource::open(name, bytes, schema, options.sheet.as_deref()).map_err(|e| match e {
            // A zip or OLE file under another name that is no workbook either.
            InputError::Workbook { .. } if !sniff::has_workbook_extension(name) && options.format.is_none() => {
                InputError::Workbook { name: name.to_string(), reason: sniff::not_leads() }
            }
            other => other,
        })?;
        return Ok(LeadReader { source: Source::Excel(Box::new(excel)), error: None, stopped: false });
    }
    if options.sheet.is_some() {
        return Err(InputError::Workbook { name: name.to_string(), reason: crate::msg!("input-sheet-for-workbooks") });
    }
    let (decoder, bom_len) = sniff::detect_encoding(&head, options.encoding);
    let body = &head[bom_len..];
    if head.len() < sniff::SNIFF_LEN && body.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty { name: name.to_string() });
    }
    if sniff::looks_binary(body) {
        return Err(InputError::Workbook { name: name.to_string(), reason: sniff::not_leads() });
    }
    let layout = sniff::detect_record_format(name, body, options.format);
    let mut start = Cursor::new(head.clone());
    start.set_position(bom_len as u64);
    let input: Box<dyn Read + Send> = Box::new(start.chain(input));
    let source = match layout {
        RecordFormat::Csv => Source::Csv(CsvSource::open(name, input, body, schema, decoder, limit)?),
        RecordFormat::JsonArray | RecordFormat::JsonLines => {
            Source::Json(JsonSource::open(name, input, layout, schemas.prepared(), decoder, limit)?)
        }
    };
    Ok(LeadReader { source, error: None, stopped: false })
}

impl LeadReader {
    /// Fields that have no column in the input (they are unknown for every lead). For JSON,
    /// where each object has its own keys, this covers the records read so far.
    pub fn warnings(&self) -> &[crate::message::Message] {
        match &self.source {
            Source::Csv(csv) => &csv.warnings,
            Source::Json(json) => &json.warnings,
            Source::Excel(excel) => &excel.warnings,
        }
    }

    /// For each field slot, the column (CSV header or JSON key, as written in the file) it is
    /// read from, or `None` when the input has no such column. For JSON: the key the first
    /// record that had one used.
    pub fn columns(&self) -> &[Option<String>] {
        match &self.source {
            Source::Csv(csv) => &csv.columns,
            Source::Json(json) => &json.columns,
            Source::Excel(excel) => &excel.columns,
        }
    }

    /// For each field slot, the decimal mark its numbers are read with: the one the definition
    /// declares, else the one its column's cells show in the first rows of the file (CSV and
    /// workbooks; see `columns::FieldTable::learn_decimal_marks`), else `None`.
    pub fn decimal_marks(&self) -> Vec<Option<crate::schema::DecimalMark>> {
        let fields = match &self.source {
            Source::Csv(csv) => &csv.convert.fields,
            Source::Json(json) => &*json.fields,
            Source::Excel(excel) => &excel.fields,
        };
        fields.readers.iter().map(|reader| reader.decimal_mark()).collect()
    }

    /// How many blank records were skipped so far: CSV rows whose every cell is empty or
    /// spaces (`;;;;`), JSON objects with nothing in them (`{}`). They are not leads: they get
    /// no record number, and rows in = leads (verdicts and error rows) + blank rows.
    pub fn blank_rows(&self) -> u64 {
        match &self.source {
            Source::Csv(csv) => csv.blank_rows,
            Source::Json(json) => json.blank_rows,
            Source::Excel(excel) => excel.blank_rows,
        }
    }

    /// The totals rows skipped so far (`Итого;;;;12 500 000` at the bottom of a report, see
    /// `totals`): not leads, counted apart, so rows in = leads + blank rows + totals rows. A JSON
    /// record is one when its values, in the order written, are (`{"Название": "Итого", ...}`).
    pub fn totals_rows(&self) -> &TotalsRows {
        match &self.source {
            Source::Csv(csv) => &csv.totals,
            Source::Json(json) => &json.totals,
            Source::Excel(excel) => &excel.totals,
        }
    }

    /// The error that ended the iteration early, if any.
    pub fn error(&self) -> Option<&InputError> {
        self.error.as_ref()
    }

    /// Takes the error that ended the iteration early, if any.
    pub fn take_error(&mut self) -> Option<InputError> {
        self.error.take()
    }

    /// Whether every JSON record read so far was text in the input's encoding (one that was not
    /// is read with its bytes replaced); always true for CSV and workbooks.
    pub(crate) fn decoded_every_record(&self) -> bool {
        match &self.source {
            Source::Json(json) => !json.undecodable,
            Source::Csv(_) | Source::Excel(_) => true,
        }
    }

    /// Reads the next record into `raw` (reusing its buffers) without turning it into a lead;
    /// a `LeadConverter` does that, on any thread. False at the end, or after an error that
    /// ends the input (see `take_error`). Reading with `next_raw` and converting gives the same
    /// rows as iterating.
    pub fn next_raw(&mut self, raw: &mut RawLead) -> bool {
        if self.stopped {
            return false;
        }
        let next = match &mut self.source {
            Source::Csv(csv) => {
                if !matches!(raw.0, Raw::Csv(_)) {
                    raw.0 = Raw::default();
                }
                let Raw::Csv(record) = &mut raw.0 else { return false };
                csv.next_raw(record)
            }
            // JSON records and sheet rows are converted as they are read.
            Source::Json(json) => json.next_row().map(|row| row.map(|row| raw.0 = Raw::Converted(row))),
            Source::Excel(excel) => excel.next_row().map(|row| {
                raw.0 = Raw::Converted(row);
                Ok(())
            }),
        };
        self.keep_going(next).is_some()
    }

    /// What the source gave, with reading stopped at its end or at an error (kept for
    /// `take_error`).
    fn keep_going<T>(&mut self, next: Option<Result<T, InputError>>) -> Option<T> {
        match next {
            Some(Ok(item)) => Some(item),
            Some(Err(error)) => {
                self.error = Some(error);
                self.stopped = true;
                None
            }
            None => {
                self.stopped = true;
                None
            }
        }
    }

    /// A converter for the records `next_raw` reads.
    pub fn converter(&self) -> LeadConverter {
        match &self.source {
            Source::Csv(csv) => LeadConverter(Some(csv.convert.clone())),
            Source::Json(_) | Source::Excel(_) => LeadConverter(None),
        }
    }
}

/// A record read from the input but not yet turned into a lead (see `LeadReader::next_raw`).
#[derive(Clone, Debug, Default)]
pub struct RawLead(Raw);

#[derive(Clone, Debug)]
enum Raw {
    /// The raw bytes of a CSV record: decoding and parsing its cells is left to the converter.
    Csv(RawRecord),
    /// A JSON record, already a lead.
    Converted(LeadRow),
}

impl Default for Raw {
    fn default() -> Self {
        Raw::Csv(RawRecord::default())
    }
}

impl RawLead {
    /// 1-based number of the record among the data records.
    pub fn record(&self) -> u64 {
        match &self.0 {
            Raw::Csv(raw) => raw.number,
            Raw::Converted(row) => row.record,
        }
    }
}

/// Turns raw leads into leads. Each thread has its own (cloned from `LeadReader::converter`),
/// as it keeps a decoding buffer and the spellings it has seen.
#[derive(Clone, Debug)]
pub struct LeadConverter(Option<CsvConverter>);

impl LeadConverter {
    /// The lead (or the reason it cannot be read) of a record `LeadReader::next_raw` read.
    pub fn convert(&mut self, raw: &RawLead) -> LeadRow {
        match (&raw.0, &mut self.0) {
            (Raw::Converted(row), _) => row.clone(),
            (Raw::Csv(record), Some(convert)) => convert.convert(record),
            // A CSV record without a CSV converter: cannot happen (both come from one reader).
            (Raw::Csv(record), None) => LeadRow {
                record: record.number,
                line: 0,
                id: None,
                values: Err(RowError {
                    line: 0,
                    in_sheet: false,
                    record: record.number,
                    record_problem: Some(crate::msg!("input-record-unreadable")),
                    problems: Vec::new(),
                }),
            },
        }
    }
}

impl Iterator for LeadReader {
    type Item = LeadRow;

    fn next(&mut self) -> Option<LeadRow> {
        if self.stopped {
            return None;
        }
        let next = match &mut self.source {
            Source::Csv(csv) => csv.next_row(),
            Source::Json(json) => json.next_row(),
            Source::Excel(excel) => excel.next_row().map(Ok),
        };
        self.keep_going(next)
    }
}
