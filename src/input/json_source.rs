//! Reading leads from JSON: a top-level array of objects, or JSON Lines (one object per line).
//!
//! Arrays are streamed: a small scanner finds where each element starts and ends (tracking
//! strings and nesting on the raw bytes, and counting lines as it goes), and only that element
//! is parsed, so a multi-gigabyte array is never held whole. An element that is not valid JSON
//! becomes a `RowError` and reading goes on; broken structure between elements (a missing
//! comma, an unclosed array) stops reading with an `InputError`.
//!
//! JSON Lines: every non-blank line is one lead; blank lines are skipped but counted, so line
//! numbers match the file. In both layouts a blank object (`{}`, or only `null` and blank text
//! as values) is skipped and counted, like a CSV row of empty cells. A line that is not valid JSON, or not an object, is a `RowError`.
//!
//! An input that starts with `{` is read as JSON Lines, except that its first object may take
//! several lines (pretty-printed, as APIs and editors write JSON; then every record is a whole
//! value), and that when that object is the whole input and wraps the list of leads (a CRM's
//! answer, see `wrapper`), the list's elements are read as an array's. A record whose values
//! make a report's totals row (see `totals`) is skipped and counted apart.
//!
//! Keys are matched like CSV headers, per object. A key given twice in one object (exactly, or
//! the same after normalizing) is an `InputError` when a field reads it, else a warning. `null` is unknown; strings are read like CSV
//! cells; numbers and booleans directly; a nested object or array is a cell problem.

use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read};
use std::sync::Arc;

use serde_json::Value as Json;

use super::columns::{self, FieldTable};
use super::error::{CellProblem, InputError, RowError, shorten};
use super::json_keys::{Key, KnownKeys};
use super::json_object::{self, Field, KeyedObject, Parsed};
use super::json_scan::{Fed, Holder, ValueEnd};
use super::sniff::{RecordFormat, TextDecoder};
use super::spellings::Spellings;
use super::totals::{self, TotalsRows};
use super::wrapper;
use super::{LeadRow, Prepared};
use crate::message::Message;
use crate::msg;
use crate::schema::{FieldKind, Schema};
use crate::value::Value;

pub(crate) struct JsonSource {
    name: String,
    /// The schema and its fields prepared for reading, shared with the caller (a service
    /// prepares them once per definition, not once per request).
    schema: Arc<Schema>,
    pub(crate) fields: Arc<FieldTable>,
    decoder: TextDecoder,
    scanner: Scanner,
    /// The most bytes one record may take.
    limit: usize,
    lines: bool,
    /// Whether the first record of JSON Lines is still to be read (it may be a whole document
    /// written over several lines: see `first_of_lines`).
    first_line: bool,
    /// Whether the records are whole values however many lines each takes, not lines: the
    /// first one took several lines (pretty-printed objects one after the other).
    pretty: bool,
    /// Whether the array's closing `]` has been read.
    finished: bool,
    /// An error to report after the lead already read.
    stashed: Option<InputError>,
    /// The first lead, read when opening to check the keys.
    pending: Option<LeadRow>,
    records: u64,
    /// Blank records skipped: `{}`, or an object whose every value is `null` or blank text.
    pub(crate) blank_rows: u64,
    /// Totals rows skipped (`{"Название": "Итого", "Бюджет": 12345}`, see `totals`).
    pub(crate) totals: TotalsRows,
    pub(crate) columns: Vec<Option<String>>,
    pub(crate) warnings: Vec<Message>,
    /// Whether neither the columns bound nor the warnings are kept (a single lead read on its
    /// own, whose reader is not asked for them).
    quiet: bool,
    /// Whether a field read a key of the last lead.
    bound_any: bool,
    /// Repeated keys no field reads, warned about once each (normalized), and the warnings.
    repeated_warned: Vec<String>,
    repeated_warnings: Vec<Message>,
    /// The keys of the last leads by their place, and which place each field read.
    known_keys: KnownKeys,
    /// The values of the `one of` and yes/no texts read so far.
    spellings: Spellings,
    /// Whether a record was not text in the input's encoding (and was read with its bytes
    /// replaced).
    pub(crate) undecodable: bool,
}

thread_local! {
    /// The keys of the last lead read on its own on this thread ([`JsonSource::one_object`]):
    /// a service's single leads come one a request from the same CRM, with the same keys in the
    /// same order, and lowercasing their Cyrillic names anew for each request was a fifth of the
    /// time a single lead took.
    static ONE_OBJECT_KEYS: std::cell::RefCell<KnownKeys> = std::cell::RefCell::new(KnownKeys::default());
}

impl JsonSource {
    pub(crate) fn open(
        name: &str,
        input: Box<dyn Read + Send>,
        layout: RecordFormat,
        prepared: Prepared,
        decoder: TextDecoder,
        limit: usize,
    ) -> Result<JsonSource, InputError> {
        let Prepared { schema, fields } = prepared;
        let spellings = Spellings::new(&schema);
        let mut source = JsonSource {
            name: name.to_string(),
            fields,
            decoder,
            scanner: Scanner { input: BufReader::new(input), line: 1, column: 1 },
            limit,
            lines: layout == RecordFormat::JsonLines,
            first_line: layout == RecordFormat::JsonLines,
            pretty: false,
            finished: false,
            stashed: None,
            pending: None,
            records: 0,
            blank_rows: 0,
            totals: TotalsRows::new(name, false),
            columns: vec![None; schema.fields.len()],
            schema,
            warnings: Vec::new(),
            quiet: false,
            bound_any: false,
            repeated_warned: Vec::new(),
            repeated_warnings: Vec::new(),
            known_keys: KnownKeys::default(),
            spellings,
            undecodable: false,
        };
        if !source.lines {
            source.scanner.skip_whitespace().map_err(|e| source.io_error(e))?;
            match source.scanner.peek().map_err(|e| source.io_error(e))? {
                Some(b'[') => source.scanner.bump(),
                Some(_) => {
                    return Err(source.invalid(msg!("input-json-expected-array")));
                }
                None => {
                    return Err(InputError::Empty { name: name.to_string() });
                }
            }
        }
        source.pending = source.next_lead(true)?;
        if source.pending.is_none() {
            source.refresh_warnings();
        }
        Ok(source)
    }

    /// A source of the one object `text` (already known to be one whole JSON object, written
    /// on `line`), read as the first element of an array: `Ok(None)` when it is blank. A
    /// service reads a single lead so, with no scanning and no warnings made.
    pub(crate) fn one_object(
        name: &str,
        object: KeyedObject<'_>,
        line: u64,
        prepared: Prepared,
    ) -> Result<Option<LeadRow>, InputError> {
        if object.is_blank() {
            return Ok(None);
        }
        let Prepared { schema, fields } = prepared;
        let mut source = JsonSource {
            name: name.to_string(),
            columns: Vec::new(),
            fields,
            decoder: TextDecoder::utf8(),
            scanner: Scanner { input: BufReader::with_capacity(0, Box::new(std::io::empty())), line, column: 1 },
            limit: super::RECORD_LIMIT,
            lines: false,
            first_line: false,
            pretty: false,
            finished: true,
            stashed: None,
            pending: None,
            records: 0,
            blank_rows: 0,
            totals: TotalsRows::new(name, false),
            schema,
            warnings: Vec::new(),
            quiet: true,
            bound_any: false,
            repeated_warned: Vec::new(),
            repeated_warnings: Vec::new(),
            known_keys: ONE_OBJECT_KEYS.with_borrow_mut(std::mem::take),
            spellings: Spellings::default(),
            undecodable: false,
        };
        let parsed = Ok(Parsed::Object(object));
        let row = source.convert(&parsed, line, &[]);
        ONE_OBJECT_KEYS.with_borrow_mut(|known| *known = std::mem::take(&mut source.known_keys));
        let row = row?;
        // As `check_first` finds: a lead none of whose keys a field reads (its object is not
        // empty, being not blank) is the input's problem. A key given twice that a field reads
        // would have been found first; one no field reads makes no error.
        if let (false, Ok(Parsed::Object(object))) = (source.bound_any, &parsed) {
            let found: Vec<String> = object.entries.iter().map(|(k, _)| columns::display_name(k)).collect();
            return Err(columns::no_matching_column(name, &source.schema, &found));
        }
        Ok(Some(row))
    }

    /// The next lead that is not blank (blank records are counted in `blank_rows`); the first
    /// of the input is checked as `check_first` says.
    fn next_lead(&mut self, first: bool) -> Result<Option<LeadRow>, InputError> {
        loop {
            let Some((bytes, line)) = self.next_text()? else { return Ok(None) };
            let mut decoded = String::new();
            let lossy;
            let text = match self.decoder.decode_into(&bytes, &mut decoded) {
                Some(text) => text,
                None => {
                    self.undecodable = true;
                    lossy = String::from_utf8_lossy(&bytes).into_owned();
                    &lossy
                }
            };
            let parsed = json_object::parse(text);
            if let Ok(Parsed::Object(object)) = &parsed
                && object.is_blank()
            {
                self.blank_rows += 1;
                if let Some(error) = self.stashed.take() {
                    return Err(error);
                }
                continue;
            }
            if let Ok(Parsed::Object(object)) = &parsed
                && let Some(label) = totals_label(&self.fields, object)
            {
                self.totals.add(line, label);
                if let Some(error) = self.stashed.take() {
                    return Err(error);
                }
                continue;
            }
            if first {
                self.check_first(&parsed, line)?;
            }
            return self.convert(&parsed, line, &bytes).map(Some);
        }
    }

    /// The next JSON value of the input, its line, and whether it is whole: one longer than the
    /// limit is an error; one the input ends inside ends the reading, its error kept for after it.
    fn take_record(&mut self) -> Result<(Vec<u8>, u64, bool), InputError> {
        let line = self.scanner.line;
        let (bytes, complete) = self.scanner.take_value(self.limit).map_err(|e| self.io_error(e))?;
        if bytes.len() > self.limit {
            self.finished = true;
            return Err(self.too_long(line));
        }
        if !complete {
            self.finished = true;
            self.stashed = Some(self.invalid(msg!("input-json-ends-in-lead")));
        }
        Ok((bytes, line, complete))
    }

    /// The first lead of the input tells a broken input from a lead that cannot be read: a
    /// line of JSON Lines that ends inside its value, or an object none of whose keys a field
    /// reads, is the input's problem.
    fn check_first(&self, parsed: &Result<Parsed<'_>, serde_json::Error>, line: u64) -> Result<(), InputError> {
        match parsed {
            Err(e) if self.lines && e.is_eof() => Err(InputError::InvalidJson {
                name: self.name.clone(),
                line,
                column: 1,
                reason: msg!("input-json-not-whole-value"),
            }),
            Ok(Parsed::Object(object)) if !object.entries.is_empty() => {
                let keys: Vec<Cow<'_, str>> = object.entries.iter().map(|(k, _)| columns::normalize(k)).collect();
                if self.fields.bind(&keys).iter().all(Option::is_none) {
                    let found: Vec<String> = object.entries.iter().map(|(k, _)| columns::display_name(k)).collect();
                    return Err(columns::no_matching_column(&self.name, &self.schema, &found));
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    pub(crate) fn next_row(&mut self) -> Option<Result<LeadRow, InputError>> {
        if let Some(row) = self.pending.take() {
            return Some(Ok(row));
        }
        if let Some(error) = self.stashed.take() {
            return Some(Err(error));
        }
        self.next_lead(false).transpose()
    }

    fn io_error(&self, reason: std::io::Error) -> InputError {
        InputError::Io { path: self.name.clone(), reason }
    }

    fn invalid(&self, reason: Message) -> InputError {
        InputError::InvalidJson {
            name: self.name.clone(),
            line: self.scanner.line,
            column: self.scanner.column,
            reason,
        }
    }

    /// The bytes of the next record and the line it starts on.
    fn next_text(&mut self) -> Result<Option<(Vec<u8>, u64)>, InputError> {
        if !self.lines {
            return self.next_element();
        }
        if std::mem::take(&mut self.first_line) {
            return self.first_of_lines();
        }
        if self.pretty { self.next_value() } else { self.next_line() }
    }

    /// The first record of an input read as JSON Lines: its first line, as any line, or, when
    /// the object that starts there goes on over several lines, that whole object (a lead, or a
    /// CRM's answer, pretty-printed as APIs and editors write them), after which every record
    /// is read as a whole value. When that object is the whole input and wraps the list of
    /// leads (see `wrapper`), the leads are that list's elements, read as an array's are.
    fn first_of_lines(&mut self) -> Result<Option<(Vec<u8>, u64)>, InputError> {
        self.scanner.skip_whitespace().map_err(|e| self.io_error(e))?;
        if self.scanner.peek().map_err(|e| self.io_error(e))? != Some(b'{') {
            return self.next_line();
        }
        let line = self.scanner.line;
        let (mut bytes, complete) = self.scanner.take_value(self.limit).map_err(|e| self.io_error(e))?;
        if bytes.len() > self.limit {
            return Err(self.too_long(line));
        }
        let several_lines = self.scanner.line > line;
        let name = self.name.clone();
        let not_whole = || InputError::InvalidJson {
            name: name.clone(),
            line,
            column: 1,
            reason: msg!("input-json-not-whole-value"),
        };
        if !complete {
            // The first line is not a whole value, and no later line closes it.
            return Err(not_whole());
        }
        self.rest_of_line(&mut bytes)?;
        let mut decoded = String::new();
        let text = self.decoder.decode_into(&bytes, &mut decoded).map(str::to_string);
        if several_lines
            && text.as_deref().is_none_or(|text| serde_json::from_str::<serde::de::IgnoredAny>(text).is_err())
        {
            // Lines that close the first one's brackets but are no JSON together: not one lead
            // written over several lines, but a first line that is not a whole value.
            return Err(not_whole());
        }
        self.scanner.skip_whitespace().map_err(|e| self.io_error(e))?;
        let whole = self.scanner.peek().map_err(|e| self.io_error(e))?.is_none();
        if whole && let Some(text) = &text {
            let fields = &self.fields;
            if let Some(wrapped) = wrapper::leads_list(text, &bytes, |object| reads_a_field(fields, object)) {
                let (line, column) = wrapped.place(&bytes, line);
                let list = bytes[wrapped.span.clone()].to_vec();
                self.scanner = Scanner { input: BufReader::new(Box::new(std::io::Cursor::new(list))), line, column };
                // The list's `[`: its elements are read as an array's.
                self.scanner.bump();
                self.lines = false;
                return self.next_element();
            }
        }
        self.pretty = several_lines;
        Ok(Some((bytes, line)))
    }

    /// Adds the rest of the current line (up to its line break) to `bytes`.
    fn rest_of_line(&mut self, bytes: &mut Vec<u8>) -> Result<(), InputError> {
        let start = bytes.len();
        loop {
            let name = &self.name;
            let buffer =
                self.scanner.input.fill_buf().map_err(|reason| InputError::Io { path: name.clone(), reason })?;
            if buffer.is_empty() {
                return Ok(());
            }
            let (take, ends) = match memchr::memchr(b'\n', buffer) {
                Some(at) => (at + 1, true),
                None => (buffer.len(), false),
            };
            bytes.extend_from_slice(&buffer[..take]);
            self.scanner.input.consume(take);
            if ends {
                self.scanner.line += 1;
                self.scanner.column = 1;
                return Ok(());
            }
            if bytes.len() - start > self.limit {
                return Err(self.too_long(self.scanner.line));
            }
        }
    }

    /// The next whole value of an input of objects each written over several lines.
    fn next_value(&mut self) -> Result<Option<(Vec<u8>, u64)>, InputError> {
        if self.finished {
            return Ok(None);
        }
        self.scanner.skip_whitespace().map_err(|e| self.io_error(e))?;
        if self.scanner.peek().map_err(|e| self.io_error(e))?.is_none() {
            return Ok(None);
        }
        let (bytes, line, _) = self.take_record()?;
        Ok(Some((bytes, line)))
    }

    fn next_line(&mut self) -> Result<Option<(Vec<u8>, u64)>, InputError> {
        loop {
            let line = self.scanner.line;
            let mut bytes = Vec::new();
            loop {
                let name = &self.name;
                let buffer =
                    self.scanner.input.fill_buf().map_err(|reason| InputError::Io { path: name.clone(), reason })?;
                let (take, ends) = match memchr::memchr(b'\n', buffer) {
                    Some(at) => (at + 1, true),
                    None => (buffer.len(), buffer.is_empty()),
                };
                bytes.extend_from_slice(&buffer[..take]);
                self.scanner.input.consume(take);
                if bytes.len() > self.limit {
                    return Err(self.too_long(line));
                }
                if ends {
                    break;
                }
            }
            if bytes.is_empty() {
                return Ok(None);
            }
            self.scanner.line += 1;
            if !bytes.iter().all(u8::is_ascii_whitespace) {
                return Ok(Some((bytes, line)));
            }
        }
    }

    fn too_long(&self, line: u64) -> InputError {
        InputError::RecordTooLong { name: self.name.clone(), line, limit: self.limit }
    }

    fn next_element(&mut self) -> Result<Option<(Vec<u8>, u64)>, InputError> {
        if self.finished {
            return Ok(None);
        }
        self.scanner.skip_whitespace().map_err(|e| self.io_error(e))?;
        match self.scanner.peek().map_err(|e| self.io_error(e))? {
            None => {
                self.finished = true;
                return Err(self.invalid(msg!("input-json-unclosed-array")));
            }
            Some(b']') => {
                self.scanner.bump();
                self.finished = true;
                return self.check_trailing().map(|()| None);
            }
            Some(_) => {}
        }
        let (bytes, line, complete) = self.take_record()?;
        if !complete {
            return Ok(Some((bytes, line)));
        }
        self.scanner.skip_whitespace().map_err(|e| self.io_error(e))?;
        match self.scanner.peek().map_err(|e| self.io_error(e))? {
            Some(b',') => self.scanner.bump(),
            Some(b']') => {
                self.scanner.bump();
                self.finished = true;
                self.stashed = self.check_trailing().err();
            }
            Some(_) => {
                self.finished = true;
                self.stashed = Some(self.invalid(msg!("input-json-expected-comma")));
            }
            None => {
                self.finished = true;
                self.stashed = Some(self.invalid(msg!("input-json-unclosed-array")));
            }
        }
        Ok(Some((bytes, line)))
    }

    fn check_trailing(&mut self) -> Result<(), InputError> {
        self.scanner.skip_whitespace().map_err(|e| self.io_error(e))?;
        match self.scanner.peek().map_err(|e| self.io_error(e))? {
            None => Ok(()),
            Some(_) => Err(self.invalid(msg!("input-json-trailing-text"))),
        }
    }

    fn convert(
        &mut self,
        parsed: &Result<Parsed<'_>, serde_json::Error>,
        line: u64,
        bytes: &[u8],
    ) -> Result<LeadRow, InputError> {
        self.records += 1;
        let record = self.records;
        let whole = |problem: Message| LeadRow {
            record,
            line,
            id: None,
            values: Err(RowError { line, in_sheet: false, record, record_problem: Some(problem), problems: vec![] }),
        };
        let object = match parsed {
            Ok(Parsed::Object(object)) => object,
            Ok(Parsed::Other(other)) => {
                return Ok(whole(msg!("input-json-not-lead", what = describe(other))));
            }
            Err(e) => {
                let text = self.decoder.decode_lossy(bytes);
                let shown = shorten(text.trim());
                return Ok(whole(msg!("input-json-invalid-record", text = shown, reason = json_reason(e))));
            }
        };
        let mut known = std::mem::take(&mut self.known_keys);
        let row = {
            let (keys, places) = known.bind(&object.entries, &self.fields);
            if !object.repeated.is_empty() || normalized_twice(&keys) {
                self.check_repeated_keys(&keys, &object.repeated, line)
                    .map(|()| self.convert_object(&keys, places, record, line))
            } else {
                Ok(self.convert_object(&keys, places, record, line))
            }
        };
        self.known_keys = known;
        row
    }

    /// A key given twice in one object (exactly, or the same after normalizing, like `ID` and
    /// `id`) is an error when a field reads it, else a warning (once per key).
    fn check_repeated_keys(&mut self, keys: &[Key<'_>], again: &[String], line: u64) -> Result<(), InputError> {
        let normalized: Vec<&str> = keys.iter().map(|(k, _, _)| k.as_ref()).collect();
        let mut repeated: Vec<(String, usize)> = columns::duplicates(&normalized)
            .into_iter()
            .map(|group| (normalized[group[0]].to_string(), group.len()))
            .collect();
        for key in again {
            let key = columns::normalize(key).into_owned();
            match repeated.iter_mut().find(|(k, _)| *k == key) {
                Some((_, times)) => *times += 1,
                None => repeated.push((key, 2)),
            }
        }
        for (key, times) in repeated {
            let shown = keys
                .iter()
                .find(|(k, _, _)| k.as_ref() == key.as_str())
                .map_or_else(|| key.clone(), |(_, k, _)| columns::display_name(k));
            let place = msg!("input-place-json-lead", count = times, line = line.to_string());
            if let Some(slot) = self.fields.wanted.iter().position(|wanted| wanted.contains(&key)) {
                return Err(InputError::DuplicateColumn {
                    name: self.name.clone(),
                    field: self.schema.fields[slot].name.clone(),
                    column: shown,
                    place,
                });
            }
            if self.repeated_warned.len() < 20 && !self.repeated_warned.contains(&key) {
                self.repeated_warned.push(key);
                self.repeated_warnings.push(msg!(
                    "input-warn-repeated-key",
                    file = super::error::file_name(&self.name),
                    key = shown,
                    place = place
                ));
                self.refresh_warnings();
            }
        }
        Ok(())
    }

    /// The lead of an object whose keys are `keys`, each field reading the key at its place in
    /// `places`.
    fn convert_object(&mut self, keys: &[Key<'_>], places: &[Option<usize>], record: u64, line: u64) -> LeadRow {
        let mut values = Vec::with_capacity(self.fields.readers.len());
        let mut problems = Vec::new();
        let mut id = None;
        let mut newly_bound = false;
        let mut bound_any = false;
        for slot in 0..self.fields.readers.len() {
            let found = places.get(slot).copied().flatten().and_then(|place| keys.get(place));
            let Some((_, key, json)) = found else {
                values.push(Value::Unknown);
                continue;
            };
            bound_any = true;
            if !self.quiet && self.columns[slot].is_none() {
                self.columns[slot] = Some(columns::display_name(key));
                newly_bound = true;
            }
            if self.fields.key == Some(slot) {
                id = match json {
                    Field::Text(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
                    Field::Number(n) => Some(n.to_string()),
                    _ => None,
                };
            }
            let reader = &self.fields.readers[slot];
            let read = match json {
                Field::Text(text) => self.spellings.read(slot, text.as_bytes(), || read_field(reader, json)),
                _ => read_field(reader, json),
            };
            match read {
                Ok(value) => values.push(value),
                Err((value, problem)) => {
                    values.push(Value::Unknown);
                    problems.push(CellProblem { column: Some(columns::display_name(key)), value, problem });
                }
            }
        }
        self.bound_any = bound_any;
        if !self.quiet && (newly_bound || record == 1) {
            self.refresh_warnings();
        }
        let values = if problems.is_empty() {
            Ok(values)
        } else {
            Err(RowError { line, in_sheet: false, record, record_problem: None, problems })
        };
        LeadRow { record, line, id, values }
    }

    /// Warnings for the fields no record read so far had a key for, then for repeated keys.
    fn refresh_warnings(&mut self) {
        self.warnings = (0..self.columns.len())
            .filter(|slot| self.columns[*slot].is_none() && self.schema.fields[*slot].warned_when_missing())
            .map(|slot| columns::missing_column_warning(&self.name, &self.schema, slot))
            .collect();
        self.warnings.extend(self.repeated_warnings.iter().cloned());
    }
}

/// Whether a key of `object` (read as a lead) is a column a field reads.
pub(crate) fn reads_a_field(fields: &FieldTable, object: &KeyedObject<'_>) -> bool {
    let keys: Vec<Cow<'_, str>> = object.entries.iter().map(|(k, _)| columns::normalize(k)).collect();
    fields.bind(&keys).iter().any(Option::is_some)
}

/// Reads one JSON value as a field's value; the error is the value's text and what was expected.
fn read_field(reader: &super::values::CellReader, json: &Field<'_>) -> Result<Value, (String, Message)> {
    let number_of = |n: &serde_json::Number| n.as_f64().filter(|f| f.is_finite());
    match json {
        Field::Null => Ok(Value::Unknown),
        Field::Text(text) => reader.read(text).map_err(|expected| (text.trim().to_string(), expected)),
        Field::Number(n) => {
            let direct = match reader.kind() {
                FieldKind::Number | FieldKind::Money => number_of(n),
                FieldKind::Percent => number_of(n).map(|p| p / 100.0),
                FieldKind::Duration(unit) => number_of(n).map(|d| d * unit.seconds()),
                _ => return reader.read(&n.to_string()).map_err(|e| (n.to_string(), e)),
            };
            direct.map(Value::Number).ok_or_else(|| (n.to_string(), super::values::is_not(reader.expected())))
        }
        Field::Bool(b) => match reader.kind() {
            FieldKind::YesNo => Ok(Value::Bool(*b)),
            _ => reader.read(&b.to_string()).map_err(|e| (b.to_string(), e)),
        },
        Field::Nested(json) => {
            let text = serde_json::to_string(json).unwrap_or_default();
            Err((text, msg!("input-cell-not-single", expected = reader.expected())))
        }
    }
}

/// Whether two keys of an object are the same name once normalized (`ID` and `id`). Objects
/// have a few dozen keys: comparing each pair costs less than hashing them.
fn normalized_twice(keys: &[Key<'_>]) -> bool {
    if keys.len() > 64 {
        let mut seen = std::collections::HashSet::with_capacity(keys.len());
        return !keys.iter().all(|(k, _, _)| seen.insert(k.as_ref()));
    }
    keys.iter().enumerate().any(|(i, (k, _, _))| keys[..i].iter().any(|(other, _, _)| other == k))
}

fn describe(json: &Json) -> Message {
    match json {
        Json::Array(_) => msg!("input-json-a-list"),
        Json::String(s) => msg!("input-json-the-text", text = shorten(s)),
        other => msg!("input-verbatim", text = shorten(&other.to_string())),
    }
}

/// Reads bytes one at a time from a buffered input, counting lines and columns.
struct Scanner {
    input: BufReader<Box<dyn Read + Send>>,
    line: u64,
    column: u64,
}

impl Scanner {
    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(self.input.fill_buf()?.first().copied())
    }

    /// Moves past the byte just peeked.
    fn bump(&mut self) {
        if let Ok(buffer) = self.input.fill_buf()
            && let Some(&byte) = buffer.first()
        {
            self.count(byte);
            self.input.consume(1);
        }
    }

    fn count(&mut self, byte: u8) {
        if byte == b'\n' {
            self.line += 1;
            self.column = 1;
        } else if byte & 0xC0 != 0x80 {
            // Count characters, not UTF-8 continuation bytes.
            self.column += 1;
        }
    }

    fn skip_whitespace(&mut self) -> std::io::Result<()> {
        while let Some(byte) = self.peek()? {
            if !byte.is_ascii_whitespace() {
                break;
            }
            self.bump();
        }
        Ok(())
    }

    /// Takes the bytes of one JSON value: an object or array up to its matching close, a
    /// string up to its closing quote, or a scalar up to `,`, `]` or whitespace. Returns
    /// whether the value was complete (false when the input ended inside it). Stops once the
    /// value is longer than `limit` bytes (then incomplete).
    fn take_value(&mut self, limit: usize) -> std::io::Result<(Vec<u8>, bool)> {
        let mut bytes = Vec::new();
        let mut end = ValueEnd::new(Holder::Array);
        loop {
            let buffer = self.input.fill_buf()?;
            if buffer.is_empty() {
                return Ok((bytes, end.whole()));
            }
            let start = bytes.len();
            let mut used = 0;
            let mut done = false;
            for &byte in buffer {
                match end.feed(byte) {
                    Fed::Inside => {}
                    Fed::Last => done = true,
                    Fed::After => {
                        done = true;
                        break;
                    }
                }
                used += 1;
                bytes.push(byte);
                if done {
                    break;
                }
            }
            for &byte in &bytes[start..] {
                self.count(byte);
            }
            self.input.consume(used);
            if done {
                return Ok((bytes, true));
            }
            if bytes.len() > limit {
                return Ok((bytes, false));
            }
        }
    }
}

/// What is wrong with a line of JSON Lines, in our words by the kind of mistake serde_json found
/// (its own texts are English), with the column it found it at.
fn json_reason(e: &serde_json::Error) -> Message {
    use serde_json::error::Category;
    let column = e.column().to_string();
    match e.classify() {
        Category::Eof => msg!("input-json-record-ends-early"),
        Category::Syntax => msg!("input-json-record-syntax", column = column),
        Category::Data | Category::Io => msg!("input-json-record-unreadable", column = column),
    }
}

/// The label of a record that is a report's totals row (see `totals`), its values taken as
/// the cells in the order written, its key found by `fields`; `None` for a lead. Costs a look at
/// the first letter of its first filled value (or the second, after a count) for a lead.
pub(crate) fn totals_label(fields: &FieldTable, object: &KeyedObject<'_>) -> Option<String> {
    let filled = |(_, value): &&(Cow<'_, str>, Field<'_>)| match value {
        Field::Null => false,
        Field::Text(text) => !text.trim().is_empty(),
        _ => true,
    };
    let mut values = object.entries.iter().filter(filled).map(|(_, value)| value);
    let mut first = values.next()?;
    if let Field::Number(n) = first
        && n.as_u64().is_some()
    {
        first = values.next()?;
    }
    if !matches!(first, Field::Text(text) if totals::may_be_label(text)) {
        return None;
    }
    let cells: Vec<String> = object
        .entries
        .iter()
        .map(|(_, value)| match value {
            Field::Null => String::new(),
            Field::Bool(b) => b.to_string(),
            Field::Number(n) => n.to_string(),
            Field::Text(text) => text.to_string(),
            Field::Nested(json) => json.to_string(),
        })
        .collect();
    let key = fields.key.and_then(|slot| {
        let wanted = &fields.wanted[slot];
        object.entries.iter().position(|(k, _)| wanted.iter().any(|w| columns::normalize(k) == w.as_str()))
    });
    totals::totals_label(&cells, key)
}
