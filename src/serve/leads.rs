//! A request's leads read and judged by the library, as `qualify` reads and judges a file's:
//! `input`'s JSON reader maps the CRM's names by the definition's `from` names and reads every
//! value, `run::Qualifier` judges each lead and writes its row with `output`'s JSON Lines writer.
//! A lead that cannot be read is not judged: the request is answered 422 with every field that
//! could not be read, its value and what was expected.
//!
//! A single lead is read straight from its object (`input::from_json_object`); a large batch is
//! read on every core (`input::apart`) and judged on every core, as `qualify --jobs` does; both
//! give the rows one reader gives, and fall back to it where they could not promise that.

use super::answer::ApiError;
use super::body::Leads;
use super::definition::Definition;
use crate::input::{self, InputError, InputFormat, InputOptions, LeadRow, RowError};
use crate::locale::Lang;
use crate::msg;
use crate::output::RowWriter;
use crate::run::{Judged, Qualifier};
use crate::workers::cores;
use axum::http::StatusCode;
use serde_json::json;
use std::sync::OnceLock;

/// The leads of a request, read; `one` when it sent a single lead (an object, or one form).
pub struct Read {
    /// The leads, in the order sent.
    pub rows: Vec<LeadRow>,
    /// Whether a single lead was sent, not a batch.
    pub one: bool,
    /// The records of the batch skipped, not leads.
    pub skipped: Skipped,
}

/// The records of a batch that are not leads, skipped and counted (records sent = verdicts +
/// skipped): blank ones (`{}`, or every value null or blank text) and a report's totals rows.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Skipped {
    /// Blank records.
    pub blank: u64,
    /// Totals rows (`Итого` with only sums beside it).
    pub totals: u64,
}

impl Skipped {
    fn of(whole: &input::apart::Whole) -> Skipped {
        Skipped { blank: whole.blank, totals: whole.totals }
    }
}

/// Reads the leads of a request under `definition`'s fields; at most `batch_limit` of them.
pub fn read(definition: &Definition, leads: Leads, batch_limit: usize, lang: Lang) -> Result<Read, ApiError> {
    let ((rows, skipped), one) = match leads {
        Leads::One(object) => {
            let (rows, one) = read_one(definition, object, batch_limit, lang)?;
            ((rows, Skipped::default()), one)
        }
        Leads::Many { bytes, lines } if bytes.len() >= input::apart::APART_FROM && cores() > 1 => {
            let bytes = std::sync::Arc::new(bytes);
            let (name, reading) = (body_name(lang), &definition.reading);
            let handed = |_, rows, whole| (rows, Skipped::of(&whole));
            match input::apart::json_apart_then(name, &bytes, reading, cores(), lines, &handed) {
                Some(runs) => {
                    let skipped = runs.first().map(|(_, skipped)| *skipped).unwrap_or_default();
                    ((runs.into_iter().flat_map(|(rows, _)| rows).collect(), skipped), false)
                }
                None => (read_shared(definition, bytes, lines, batch_limit, lang)?, false),
            }
        }
        Leads::Many { bytes, lines } => (read_all(definition, bytes, format_of(lines), batch_limit, lang)?, false),
        // A connection test holds no lead (the service answers it before reading leads).
        Leads::ConnectionTest => ((Vec::new(), Skipped::default()), true),
    };
    checked(definition, rows, one, batch_limit, lang).map(|(rows, one)| Read { rows, one, skipped })
}

/// The lead of a request that sent one object, and whether it is one: an object that wraps
/// several leads in a list (a CRM's answer, `{"data": [{...}, {...}]}`) is a batch of them.
fn read_one(
    definition: &Definition,
    object: Vec<u8>,
    batch_limit: usize,
    lang: Lang,
) -> Result<(Vec<LeadRow>, bool), ApiError> {
    match input::from_json_object(body_name(lang), &object, &definition.reading) {
        Some(Ok(row)) => Ok((row.into_iter().collect(), true)),
        Some(Err(error)) => {
            // The object read as a document, as `qualify` reads a file that is one object: the
            // leads of the list it wraps, when it wraps several.
            let document = InputOptions { format: Some(InputFormat::Json), ..InputOptions::default() };
            let mut reader = input::from_bytes_prepared(body_name(lang), object, &definition.reading, &document)
                .map_err(input_error)?;
            let rows: Vec<LeadRow> = reader.by_ref().take(batch_limit + 1).collect();
            match reader.take_error() {
                None if rows.len() > 1 => Ok((rows, false)),
                _ => Err(input_error(error)),
            }
        }
        // Not one whole object: the array reader says what is wrong where.
        None => {
            let mut bytes = Vec::with_capacity(object.len() + 2);
            bytes.push(b'[');
            bytes.extend_from_slice(&object);
            bytes.extend_from_slice(b"\n]");
            Ok((read_all(definition, bytes, InputFormat::Json, batch_limit, lang)?.0, true))
        }
    }
}

/// What one reader must read of a batch that could not be read apart, to say what is wrong where.
fn read_shared(
    definition: &Definition,
    bytes: std::sync::Arc<Vec<u8>>,
    lines: bool,
    batch_limit: usize,
    lang: Lang,
) -> Result<(Vec<LeadRow>, Skipped), ApiError> {
    let bytes = std::sync::Arc::try_unwrap(bytes).unwrap_or_else(|shared| shared.to_vec());
    read_all(definition, bytes, format_of(lines), batch_limit, lang)
}

/// The leads read, if they may be judged: at most `batch_limit` of them, at least one, and every
/// one readable (else `422`, naming every field of every lead that cannot be read).
fn checked(
    definition: &Definition,
    rows: Vec<LeadRow>,
    one: bool,
    batch_limit: usize,
    lang: Lang,
) -> Result<(Vec<LeadRow>, bool), ApiError> {
    if rows.len() > batch_limit {
        return Err(too_many(batch_limit));
    }
    if rows.is_empty() {
        return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unreadable_lead", msg!("serve-no-lead")));
    }
    let unreadable: Vec<&RowError> = rows.iter().filter_map(|row| row.values.as_ref().err()).collect();
    if let Some(first) = unreadable.first() {
        let details: Vec<serde_json::Value> = rows
            .iter()
            .filter_map(|row| row.values.as_ref().err().map(|e| unreadable_json(definition, row, e, lang)))
            .collect();
        let message = msg!("serve-unreadable-leads", count = unreadable.len(), problem = first.message());
        return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unreadable_lead", message)
            .with("leads", serde_json::Value::Array(details)));
    }
    Ok((rows, one))
}

/// The leads of a request read and judged: the verdicts in parts that follow one another in the
/// order sent, and the leads read (in parts too) when `keep_rows` asks for them.
pub struct Qualified {
    /// The verdicts, part by part.
    pub parts: Vec<Verdicts>,
    /// The leads read, part by part (none unless `keep_rows` was asked).
    pub rows: Vec<Vec<LeadRow>>,
    /// Whether a single lead was sent, not a batch.
    pub one: bool,
    /// The records of the batch skipped, not leads.
    pub skipped: Skipped,
}

/// What became of one run of a batch read apart.
enum Run {
    /// Its leads judged (the leads kept when asked).
    Judged(Result<Verdicts, ApiError>, Vec<LeadRow>),
    /// The batch may not be judged (too many leads, none, or one that cannot be read): the
    /// run's leads, for the answer that says why.
    Refused(Vec<LeadRow>),
}

/// Where the verdicts of a large batch go as they are judged, when the answer is sent while the
/// later leads are still judged (see [`qualify`]).
pub struct Sink<'a> {
    /// Told once, when every lead is read and the batch may be judged, before any is judged.
    pub accepted: &'a (dyn Fn() + Sync),
    /// Each run's verdicts as soon as they are judged, with the run's place among the runs (from
    /// 0; the runs come about in their order, from several threads).
    pub judged: &'a (dyn Fn(usize, Verdicts) + Sync),
}

/// Reads and judges the leads of a request as [`read`] and [`judge_apart`] do, with the same
/// answers. A large batch is read on every core, run by run, and once every run is read and the
/// batch may be judged (no lead is judged unless every lead can be read) the runs are judged on
/// every core: the leads are not joined into one list. With a `sink`, such a batch's verdicts go to it run by run as they
/// are judged, not into [`Qualified::parts`]; a batch read by one reader is returned whole, the
/// sink told nothing.
pub fn qualify(
    definition: &Definition,
    leads: Leads,
    batch_limit: usize,
    lang: Lang,
    keep_rows: bool,
    sink: Option<&Sink>,
) -> Result<Qualified, ApiError> {
    let (bytes, lines) = match leads {
        Leads::Many { bytes, lines } if bytes.len() >= input::apart::APART_FROM && cores() > 1 => (bytes, lines),
        leads => {
            let read = read(definition, leads, batch_limit, lang)?;
            let parts = judge_apart(definition, &read.rows, lang)?;
            let rows = if keep_rows { vec![read.rows] } else { Vec::new() };
            return Ok(Qualified { parts, rows, one: read.one, skipped: read.skipped });
        }
    };
    let bytes = std::sync::Arc::new(bytes);
    let accepted = std::sync::Once::new();
    let skipped = OnceLock::new();
    let then = |at: usize, rows: Vec<LeadRow>, whole: input::apart::Whole| {
        let _ = skipped.set(Skipped::of(&whole));
        if whole.leads > batch_limit || whole.leads == 0 || whole.unreadable > 0 {
            return Run::Refused(rows);
        }
        if let Some(sink) = sink {
            accepted.call_once(sink.accepted);
        }
        let verdicts = match (sink, judge_part(definition, &rows, lang)) {
            (Some(sink), Ok(verdicts)) => {
                (sink.judged)(at, verdicts);
                Ok(Verdicts { jsonl: Vec::new(), classes: Vec::new() })
            }
            (_, verdicts) => verdicts,
        };
        Run::Judged(verdicts, if keep_rows { rows } else { Vec::new() })
    };
    let (name, reading) = (body_name(lang), &definition.reading);
    let runs = input::apart::json_apart_then(name, &bytes, reading, cores(), lines, &then);
    let Some(runs) = runs else {
        if accepted.is_completed() {
            // Some runs were sent before one failed: the rest cannot be joined to them.
            return Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", msg!("serve-judging-failed")));
        }
        let (rows, skipped) = read_shared(definition, bytes, lines, batch_limit, lang)?;
        let (rows, _) = checked(definition, rows, false, batch_limit, lang)?;
        let parts = judge_apart(definition, &rows, lang)?;
        let rows = if keep_rows { vec![rows] } else { Vec::new() };
        return Ok(Qualified { parts, rows, one: false, skipped });
    };
    let skipped = skipped.get().copied().unwrap_or_default();
    let mut qualified = Qualified { parts: Vec::with_capacity(runs.len()), rows: Vec::new(), one: false, skipped };
    let mut refused = Vec::new();
    for run in runs {
        match run {
            Run::Judged(verdicts, rows) => {
                let verdicts = verdicts?;
                if sink.is_none() {
                    qualified.parts.push(verdicts);
                }
                if keep_rows {
                    qualified.rows.push(rows);
                }
            }
            Run::Refused(rows) => refused.extend(rows),
        }
    }
    if !refused.is_empty() || (qualified.parts.is_empty() && !accepted.is_completed()) {
        // Every run sees the same whole, so all were refused: say why as `read` does.
        return Err(match checked(definition, refused, false, batch_limit, lang) {
            Err(error) => error,
            Ok(_) => internal(&std::io::Error::other("a batch refused for no reason")),
        });
    }
    Ok(qualified)
}

/// How a batch is read: JSON Lines, or a JSON array.
fn format_of(lines: bool) -> InputFormat {
    if lines { InputFormat::JsonLines } else { InputFormat::Json }
}

/// The leads of a body of `format`, all of them (at most one more than `batch_limit`).
fn read_all(
    definition: &Definition,
    bytes: Vec<u8>,
    format: InputFormat,
    batch_limit: usize,
    lang: Lang,
) -> Result<(Vec<LeadRow>, Skipped), ApiError> {
    let options = InputOptions { format: Some(format), ..InputOptions::default() };
    let mut reader =
        input::from_bytes_prepared(body_name(lang), bytes, &definition.reading, &options).map_err(input_error)?;
    let mut rows = Vec::new();
    for row in &mut reader {
        rows.push(row);
        if rows.len() > batch_limit {
            break;
        }
    }
    if let Some(e) = reader.take_error() {
        return Err(input_error(e));
    }
    Ok((rows, Skipped { blank: reader.blank_rows(), totals: reader.totals_rows().count }))
}

/// `413`: more leads than a batch may hold.
fn too_many(batch_limit: usize) -> ApiError {
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "batch_too_large", msg!("serve-batch-too-large", limit = batch_limit))
}

/// What messages call the request's body ("the request body"), in `lang`: worked out once.
fn body_name(lang: Lang) -> &'static str {
    static ENGLISH: OnceLock<String> = OnceLock::new();
    static RUSSIAN: OnceLock<String> = OnceLock::new();
    let name = match lang {
        Lang::En => &ENGLISH,
        Lang::Ru => &RUSSIAN,
    };
    name.get_or_init(|| lang.text(&msg!("serve-request-body")))
}

/// A lead that cannot be read, for a program: its number and key, and each field that cannot be
/// read with its column, value and what was expected.
fn unreadable_json(definition: &Definition, row: &LeadRow, error: &RowError, lang: Lang) -> serde_json::Value {
    let fields = &definition.rules.schema.fields;
    let problems: Vec<serde_json::Value> = error
        .problems
        .iter()
        .map(|problem| {
            let column = problem.column.as_deref().unwrap_or("");
            let key = column.trim().to_lowercase();
            let field = fields.iter().find(|f| f.columns.iter().any(|c| c.trim().to_lowercase() == key));
            json!({
                "field": field.map(|f| f.name.as_str()),
                "column": problem.column,
                "value": problem.value,
                "expected": field.map(|f| lang.text(&f.kind.message())),
                "problem": lang.text(&problem.problem),
            })
        })
        .collect();
    json!({
        "lead": row.record,
        "id": row.id,
        "message": lang.text(&error.message()),
        "record_problem": error.record_problem.as_ref().map(|m| lang.text(m)),
        "fields": problems,
    })
}

/// What reading the body as a whole ran into: a body that is not JSON, or leads none of whose
/// names a field reads, is the sender's to fix.
fn input_error(error: InputError) -> ApiError {
    let message = error.message_for_request();
    match error {
        InputError::NoMatchingColumn { .. } | InputError::DuplicateColumn { .. } => {
            ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unreadable_lead", message)
        }
        InputError::RecordTooLong { .. } => ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "body_too_large", message),
        _ => ApiError::bad_request(message),
    }
}

/// The verdicts of a request's leads.
pub struct Verdicts {
    /// One JSON object a line, as `qualify --format jsonl` writes them.
    pub jsonl: Vec<u8>,
    /// What became of each lead, for the metrics (see [`Verdicts::class_names`]).
    pub classes: Vec<Judged>,
}

impl Verdicts {
    /// Each lead's class under `definition` (`error` when it could not be read or its
    /// arithmetic gave no finite number), for the metrics.
    pub fn class_names<'a>(&'a self, definition: &'a Definition) -> impl Iterator<Item = &'a str> + 'a {
        self.classes.iter().map(|judged| match judged {
            Judged::Class(rule) => definition.rules.class_name(*rule),
            Judged::Unreadable | Judged::Uncomputable => "error",
        })
    }
}

/// How many leads a batch holds at least before its leads are judged on several threads.
const JUDGED_APART_FROM: usize = 2_048;

/// Judges the leads read, each as `qualify` does; the reason of an error row is in `lang`. The
/// rows of all parts of [`judge_apart`], joined in the order sent (no copy when there is one).
pub fn judge(definition: &Definition, rows: &[LeadRow], lang: Lang) -> Result<Verdicts, ApiError> {
    let mut parts = judge_apart(definition, rows, lang)?;
    if parts.len() == 1 {
        return Ok(parts.remove(0));
    }
    let bytes = parts.iter().map(|part| part.jsonl.len()).sum();
    let mut joined = Verdicts { jsonl: Vec::with_capacity(bytes), classes: Vec::with_capacity(rows.len()) };
    for part in parts {
        joined.jsonl.extend_from_slice(&part.jsonl);
        joined.classes.extend(part.classes);
    }
    Ok(joined)
}

/// Judges the leads read, each as `qualify` does, into parts whose rows follow one another in
/// the order sent: one part for a small batch; a large batch is cut into as many parts as there
/// are cores, each judged on its own thread, as `qualify --jobs` does. The parts are left apart so
/// that an answer can send them as they are, with no copy into one buffer.
pub fn judge_apart(definition: &Definition, rows: &[LeadRow], lang: Lang) -> Result<Vec<Verdicts>, ApiError> {
    let threads = cores();
    if rows.len() < JUDGED_APART_FROM || threads == 1 {
        return Ok(vec![judge_part(definition, rows, lang)?]);
    }
    let parts: Vec<&[LeadRow]> = rows.chunks(rows.len().div_ceil(threads)).collect();
    let judged = crate::workers::each_in_turn(parts, threads, |_, part| judge_part(definition, part, lang));
    let failed = || ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", msg!("serve-judging-failed"));
    let parts: Vec<Result<Verdicts, ApiError>> =
        judged.into_iter().map(|part| part.unwrap_or_else(|| Err(failed()))).collect();
    parts.into_iter().collect()
}

/// [`judge`] on the calling thread.
fn judge_part(definition: &Definition, rows: &[LeadRow], lang: Lang) -> Result<Verdicts, ApiError> {
    let rules = &definition.rules;
    // A verdict row takes half a kilobyte to a kilobyte.
    let mut jsonl = Vec::with_capacity(rows.len() * 768 + 1024);
    let mut classes = Vec::with_capacity(rows.len());
    {
        let mut writer = RowWriter::jsonl(std::sync::Arc::clone(&definition.keys), &mut jsonl);
        let mut qualifier = Qualifier::resume(rules, 0, definition.remembered.take(rules, lang));
        for row in rows {
            let judged = qualifier.row(row, &mut writer).map_err(|e| internal(&e))?;
            classes.push(judged);
        }
        definition.remembered.give_back(qualifier.suspend());
        writer.finish().map_err(|e| internal(&e))?;
    }
    Ok(Verdicts { jsonl, classes })
}

/// Writing into memory failed: nothing the request did.
fn internal(error: &std::io::Error) -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        msg!("serve-internal", reason = crate::diagnostic::plain_io_error(error)),
    )
}
