//! The routes, on axum's router: each handler reads its request, calls the library (through
//! `leads`, `definition`, `run::judge::explain_lead`, `render::to_json`) and answers.
//! `front` has already checked the token and the declared body size.

use super::Limits;
use super::answer::{self, ApiError, lang_of};
use super::body::{Leads, decode};
use super::definition::Definition;
use super::leads;
use super::metrics::Metrics;
use super::watch::Versions;
use crate::locale::Lang;
use crate::msg;
use axum::Router;
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, Response, StatusCode, header};
use axum::routing::{get, post};
use http_body_util::BodyExt;
use serde_json::json;
use std::sync::Arc;

/// What every request shares: the versions, the counters, the settings.
pub struct Shared {
    /// The definition in force and the last reload.
    pub versions: Arc<Versions>,
    /// The counters of `/metrics`.
    pub metrics: Arc<Metrics>,
    /// The language of answers to a request that names none.
    pub lang: Lang,
    /// The limits.
    pub limits: Limits,
    /// The bearer token, when one is required.
    pub token: Option<String>,
    /// The audit log every verdict is made durable in before it is answered.
    pub audit: Option<Arc<super::audit::AuditLog>>,
    /// The sample lead file of the editor's page (`--sample`), if any.
    pub sample: Option<std::path::PathBuf>,
}

type Ctx = State<Arc<Shared>>;

/// The service's routes.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/v1/definition", get(definition))
        .route("/v1/qualify", post(qualify))
        .route("/v1/explain", post(explain))
        .route("/v1/check", post(check))
        .merge(super::page::router())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(shared)
}

async fn not_found(State(shared): Ctx, headers: HeaderMap) -> Response<Body> {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", msg!("serve-not-found")).response(lang_of(&headers, shared.lang))
}

async fn method_not_allowed(State(shared): Ctx, headers: HeaderMap) -> Response<Body> {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", msg!("serve-method-not-allowed"))
        .response(lang_of(&headers, shared.lang))
}

async fn healthz() -> Response<Body> {
    answer::json(StatusCode::OK, &json!({ "status": "ok" }))
}

async fn metrics(State(shared): Ctx) -> Response<Body> {
    let current = shared.versions.current();
    let mut text = shared.metrics.exposition(&current.name, &current.version, &current.digest);
    if let Some(log) = &shared.audit {
        text.push_str(&super::audit::writer::exposition(&log.figures()));
    }
    answer::bytes(StatusCode::OK, "text/plain; version=0.0.4; charset=utf-8", text.into_bytes())
}

/// The version's name, version and digest, which every answer about leads carries.
fn about(definition: &Definition) -> serde_json::Value {
    json!({ "name": definition.name, "version": definition.version, "digest": definition.digest })
}

/// The answer to a connection test: the definition in force, and that the service takes leads.
fn connection_tested(definition: &Arc<Definition>, lang: Lang) -> serde_json::Value {
    json!({
        "definition": about(definition),
        "connection_test": "ok",
        "message": lang.text(&msg!("serve-connection-test")),
    })
}

/// `GET /v1/definition`, with its `ETag` (a request naming it gets 304 without a body).
async fn definition(State(shared): Ctx, headers: HeaderMap) -> Response<Body> {
    super::etag::conditional_json(&shared, &headers, "definition", |lang| definition_answer(&shared, lang))
}

fn definition_answer(shared: &Shared, lang: Lang) -> Response<Body> {
    let current = shared.versions.current();
    let rules = &current.rules;
    let fields: Vec<serde_json::Value> = rules
        .schema
        .fields
        .iter()
        .enumerate()
        .map(|(slot, f)| {
            json!({
                "name": f.name,
                "kind": lang.text(&f.kind.message()),
                "columns": f.columns,
                "key": rules.schema.key == Some(slot),
                "used": f.used,
            })
        })
        .collect();
    let reload = shared.versions.last_reload();
    let refusal = reload.refusal.as_ref();
    let body = json!({
        "name": current.name,
        "version": current.version,
        "effective": current.effective,
        "schedule": shared.versions.schedule(),
        "digest": current.digest,
        "files": current.files().iter().map(|f| f.display().to_string()).collect::<Vec<_>>(),
        "fields": fields,
        "classes": rules.class_names,
        "diagnostics": crate::render::to_json(&current.diagnostics, &current.sources, lang),
        "last_reload": {
            "at": reload.at,
            "outcome": if reload.loaded { "loaded" } else { "refused" },
            "reason": refusal.map(|r| lang.text(&r.reason)),
            "digest": refusal.and_then(|r| r.digest.clone()),
            "diagnostics": refusal.map_or_else(Vec::new, |r| crate::render::to_json(&r.diagnostics, &r.sources, lang)),
        },
    });
    answer::json(StatusCode::OK, &body)
}

/// The body, read whole within the size and time limits.
pub(super) async fn read_body(body: Body, limits: &Limits) -> Result<Vec<u8>, ApiError> {
    let read = async {
        let mut body = body;
        // The declared length (within the limit), taken at once: a large body grown piece by
        // piece would be copied again and again.
        let declared = axum::body::HttpBody::size_hint(&body).lower().min(limits.body_bytes as u64);
        let mut bytes = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|_| ApiError::bad_request(msg!("serve-body-broke-off")))?;
            if let Ok(data) = frame.into_data() {
                if bytes.len() + data.len() > limits.body_bytes {
                    return Err(body_too_large(limits));
                }
                bytes.extend_from_slice(&data);
            }
        }
        Ok(bytes)
    };
    match tokio::time::timeout(limits.request_time, read).await {
        Ok(read) => read,
        Err(_) => Err(ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            msg!("serve-body-timeout", seconds = limits.request_time.as_secs()),
        )),
    }
}

/// `413`: the body is larger than the limit.
pub fn body_too_large(limits: &Limits) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "body_too_large",
        msg!("serve-body-too-large", limit = limits.body_bytes),
    )
}

/// Runs `work` on the leads of the body under the version in force: in place for one lead, on a
/// blocking thread for a batch (so that the threads serving connections are never held long);
/// within the request's time. `work` reads the leads (through `leads`) with the batch limit it is
/// given. A connection test (no lead) is answered by `tested` instead.
async fn with_leads<T: Send + 'static>(
    shared: &Arc<Shared>,
    (headers, query): (&HeaderMap, Option<String>),
    body: Body,
    tested: impl FnOnce(&Arc<Definition>, Lang) -> T,
    work: impl FnOnce(&Arc<Definition>, Leads, usize, Option<Vec<serde_json::Value>>, Lang) -> Result<T, ApiError>
    + Send
    + 'static,
) -> Result<T, ApiError> {
    let lang = lang_of(headers, shared.lang);
    let bytes = read_body(body, &shared.limits).await?;
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let decoded = decode(content_type.as_deref(), bytes, query.as_deref())?;
    let definition = shared.versions.current();
    if matches!(decoded, Leads::ConnectionTest) {
        return Ok(tested(&definition, lang));
    }
    let batch_limit = shared.limits.batch_leads;
    let small = matches!(&decoded, Leads::One(b) if b.len() < 64 * 1024);
    let logged = shared.audit.is_some();
    let run = move || {
        // The leads as sent, for the audit log's records.
        let inputs = logged.then(|| super::audit::record::inputs(&decoded, &definition));
        work(&definition, decoded, batch_limit, inputs, lang)
    };
    if small {
        return run();
    }
    let timeout = shared.limits.request_time;
    match tokio::time::timeout(timeout, tokio::task::spawn_blocking(run)).await {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", msg!("serve-judging-failed"))),
        Err(_) => Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "request_timeout",
            msg!("serve-judging-timeout", seconds = timeout.as_secs()),
        )),
    }
}

/// What judging a request's leads came to.
enum Outcome {
    /// The answer's buffers, the records for the audit log (when it is kept), the verdicts for
    /// the metrics.
    Whole(Vec<Vec<u8>>, Option<(Arc<Definition>, Vec<u8>)>, (Arc<Definition>, leads::Verdicts)),
    /// A large batch, whose answer was sent (with this head) while it was judged.
    Streamed(Vec<u8>),
}

async fn qualify(State(shared): Ctx, RawQuery(query): RawQuery, headers: HeaderMap, body: Body) -> Response<Body> {
    let lang = lang_of(&headers, shared.lang);
    // A large batch's answer is sent while its later leads are still judged: its head once every
    // lead is read and the batch may be judged, its rows run by run. Not with an audit log: no
    // verdict is sent before its record is durable, and the log takes the batch's records at once.
    let (started, mut start) = tokio::sync::oneshot::channel::<Vec<u8>>();
    let (pieces, rows) = tokio::sync::mpsc::unbounded_channel::<answer::Piece>();
    let streams = shared.audit.is_none();
    let metrics = Arc::clone(&shared.metrics);
    let tested = |definition: &Arc<Definition>, lang| {
        let mut body = serde_json::to_vec(&connection_tested(definition, lang)).unwrap_or_default();
        body.push(b'\n');
        Outcome::Whole(
            vec![body],
            None,
            (Arc::clone(definition), leads::Verdicts { jsonl: Vec::new(), classes: Vec::new() }),
        )
    };
    let work =
        with_leads(&shared, (&headers, query), body, tested, move |definition, leads, batch_limit, inputs, lang| {
            let started = std::sync::Mutex::new(Some(started));
            let accepted = || {
                if let Some(started) = started.lock().ok().and_then(|mut started| started.take()) {
                    let _ = started.send(batch_head(&definition.about));
                }
            };
            let judged = |at: usize, verdicts: leads::Verdicts| {
                metrics.verdicts(verdicts.class_names(definition));
                let _ = pieces.send(answer::Piece::Run(at, as_elements(verdicts.jsonl)));
            };
            let sink = leads::Sink { accepted: &accepted, judged: &judged };
            let qualified =
                leads::qualify(definition, leads, batch_limit, lang, inputs.is_some(), streams.then_some(&sink))?;
            if started.lock().map_or(true, |started| started.is_none()) {
                let _ = pieces.send(answer::Piece::Done(batch_tail(&qualified.skipped)));
                return Ok(Outcome::Streamed(batch_head(&definition.about)));
            }
            let records = inputs.map(|inputs| {
                let jsonl: Vec<u8> = qualified.parts.iter().flat_map(|part| part.jsonl.iter().copied()).collect();
                let rows = qualified.rows.iter().flatten();
                (Arc::clone(definition), super::audit::record::lines(definition, rows, &jsonl, &inputs))
            });
            let (body, verdicts) =
                qualify_answer(&definition.about, qualified.parts, qualified.one, &qualified.skipped);
            Ok(Outcome::Whole(body, records, (Arc::clone(definition), verdicts)))
        });
    tokio::pin!(work);
    let answered = tokio::select! {
        biased;
        Ok(head) = &mut start => Ok(Outcome::Streamed(head)),
        answered = &mut work => answered,
    };
    let answered = match answered {
        Ok(Outcome::Streamed(head)) => return answer::in_order("application/json", head, rows),
        Ok(Outcome::Whole(body, records, classes)) => Ok((body, records, classes)),
        Err(error) => Err(error),
    };
    // No answer before its records are durable, and no verdict counted as served before then.
    let answered = match (answered, &shared.audit) {
        (Ok((body, Some((definition, records)), classes)), Some(log)) => match log.append(definition, records).await {
            Ok(()) => Ok((body, classes)),
            Err(reason) => Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "audit_log_failed",
                msg!("serve-audit-log-failed", reason = reason),
            )),
        },
        (answered, _) => answered.map(|(body, _, classes)| (body, classes)),
    };
    match answered {
        Ok((body, (definition, verdicts))) => {
            shared.metrics.verdicts(verdicts.class_names(&definition));
            answer::chunks(StatusCode::OK, "application/json", body)
        }
        Err(error) => error.response(lang),
    }
}

/// The head of a batch's answer, before its rows: `{"definition":{...},"verdicts":[`.
fn batch_head(about: &str) -> Vec<u8> {
    let mut head = Vec::with_capacity(about.len() + 32);
    head.extend_from_slice(b"{\"definition\":");
    head.extend_from_slice(about.as_bytes());
    head.extend_from_slice(b",\"verdicts\":[");
    head
}

/// The end of a batch's answer, after its rows: `]`, then `"skipped"` when any record was, `}`.
fn batch_tail(skipped: &leads::Skipped) -> Vec<u8> {
    if *skipped == leads::Skipped::default() {
        return b"]}\n".to_vec();
    }
    format!("],\"skipped\":{{\"blank\":{},\"totals\":{}}}}}\n", skipped.blank, skipped.totals).into_bytes()
}

/// Rows of JSON Lines as elements of an array: a comma after each but the last.
fn as_elements(mut jsonl: Vec<u8>) -> Vec<u8> {
    if jsonl.last() == Some(&b'\n') {
        jsonl.pop();
    }
    commas_between(&mut jsonl);
    jsonl
}

/// `{"definition": {...}, "verdict": ROW}` for one lead, `"verdicts": [ROW, ...]` for a batch;
/// each row exactly as `qualify --format jsonl` writes it. The answer is the parts' own buffers
/// between a head and a tail, sent one after the other (no copy of the rows into one buffer); the
/// verdicts are given back with their rows taken, for the metrics.
fn qualify_answer(
    about: &str,
    parts: Vec<leads::Verdicts>,
    one: bool,
    skipped: &leads::Skipped,
) -> (Vec<Vec<u8>>, leads::Verdicts) {
    let head = if one {
        let mut head = Vec::with_capacity(about.len() + 32);
        head.extend_from_slice(b"{\"definition\":");
        head.extend_from_slice(about.as_bytes());
        head.extend_from_slice(b",\"verdict\":");
        head
    } else {
        batch_head(about)
    };
    let mut chunks = Vec::with_capacity(parts.len() + 2);
    chunks.push(head);
    let mut classes = Vec::with_capacity(parts.iter().map(|part| part.classes.len()).sum());
    for part in parts {
        classes.extend(part.classes);
        if !part.jsonl.is_empty() {
            chunks.push(part.jsonl);
        }
    }
    // Every line break of JSON Lines ends a row (a line break inside a text is written `\n`):
    // the last one ends the answer's rows, the others part them.
    if chunks.len() > 1
        && let Some(last) = chunks.last_mut()
        && last.last() == Some(&b'\n')
    {
        last.pop();
    }
    if !one {
        // The parts on every core (this pass over every byte of the rows was one thread's work
        // while the other cores waited); the first part is the head.
        let large = chunks.iter().skip(1).any(|rows| rows.len() >= 1 << 20);
        let threads = if large { crate::workers::cores() } else { 1 };
        let rows: Vec<&mut Vec<u8>> = chunks.iter_mut().skip(1).collect();
        crate::workers::each_in_turn(rows, threads, |_, rows| commas_between(rows));
    }
    chunks.push(if one { b"}\n".to_vec() } else { batch_tail(skipped) });
    (chunks, leads::Verdicts { jsonl: Vec::new(), classes })
}

/// The line breaks that end rows of JSON Lines made the commas between an array's elements.
fn commas_between(rows: &mut [u8]) {
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'\n', &rows[at..]) {
        rows[at + found] = b',';
        at += found + 1;
    }
}

async fn explain(State(shared): Ctx, RawQuery(query): RawQuery, headers: HeaderMap, body: Body) -> Response<Body> {
    let lang = lang_of(&headers, shared.lang);
    let answered = with_leads(
        &shared,
        (&headers, query),
        body,
        connection_tested,
        move |definition, leads, batch_limit, _, lang| {
            let read = leads::read(definition, leads, batch_limit, lang)?;
            let [row] = read.rows.as_slice() else {
                return Err(ApiError::bad_request(msg!("serve-explain-one-lead", count = read.rows.len())));
            };
            let Ok(lead) = &row.values else { return Err(ApiError::bad_request(msg!("serve-no-lead"))) };
            let name = row.id.clone().unwrap_or_else(|| lang.text(&msg!("serve-explain-lead-name")));
            let trace = crate::run::judge::explain_lead(&definition.rules, lead, &name, lang).map_err(|problem| {
                ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "uncomputable_lead",
                    msg!("serve-uncomputable-lead", lead = name.as_str(), problem = problem),
                )
            })?;
            let verdicts = leads::judge(definition, &read.rows, lang)?;
            let row: serde_json::Value = serde_json::from_slice(&verdicts.jsonl).unwrap_or(serde_json::Value::Null);
            Ok(json!({ "definition": about(definition), "verdict": row, "explanation": trace }))
        },
    )
    .await;
    match answered {
        Ok(body) => answer::json(StatusCode::OK, &body),
        Err(error) => error.response(lang),
    }
}

/// `POST /v1/check`: a rule text in (named as the served file, its used files taken as the
/// version in force was loaded with them, a file it newly uses read beside it), its diagnostics
/// out, as `check --format json` writes them: one in a used file names that file.
async fn check(State(shared): Ctx, headers: HeaderMap, body: Body) -> Response<Body> {
    let lang = lang_of(&headers, shared.lang);
    let bytes = match read_body(body, &shared.limits).await {
        Ok(bytes) => bytes,
        Err(error) => return error.response(lang),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return ApiError::bad_request(msg!("serve-rules-not-utf8")).response(lang);
    };
    let name = shared.versions.rules_file().display().to_string();
    let current = shared.versions.current();
    let checked = tokio::task::spawn_blocking(move || {
        let source = crate::span::SourceFile::new(name, text);
        let loaded = crate::compile::load_changed(source, &current.used_texts());
        crate::render::to_json(&loaded.diagnostics, &loaded.sources, lang)
    })
    .await;
    match checked {
        Ok(diagnostics) => answer::json(StatusCode::OK, &serde_json::Value::Array(diagnostics)),
        Err(_) => {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", msg!("serve-judging-failed")).response(lang)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::Judged;

    fn part(rows: &str) -> leads::Verdicts {
        leads::Verdicts {
            jsonl: rows.as_bytes().to_vec(),
            classes: vec![Judged::Unreadable; rows.matches('\n').count()],
        }
    }

    #[test]
    fn a_batch_answer_of_parts_is_the_rows_as_one_array() {
        let parts = vec![part("{\"a\":\"x\\ny\"}\n{\"b\":2}\n"), part(""), part("{\"c\":3}\n")];
        let none = leads::Skipped::default();
        let (chunks, verdicts) = qualify_answer("{\"name\":\"N\"}", parts, false, &none);
        assert_eq!(
            String::from_utf8(chunks.concat()).unwrap(),
            "{\"definition\":{\"name\":\"N\"},\"verdicts\":[{\"a\":\"x\\ny\"},{\"b\":2},{\"c\":3}]}\n"
        );
        assert_eq!(verdicts.classes.len(), 3);
        let (chunks, _) = qualify_answer("{}", vec![part("{\"a\":1}\n")], true, &none);
        assert_eq!(String::from_utf8(chunks.concat()).unwrap(), "{\"definition\":{},\"verdict\":{\"a\":1}}\n");
        // Records skipped, not leads, are counted after the rows.
        let skipped = leads::Skipped { blank: 2, totals: 1 };
        let (chunks, _) = qualify_answer("{}", vec![part("{\"a\":1}\n")], false, &skipped);
        assert_eq!(
            String::from_utf8(chunks.concat()).unwrap(),
            "{\"definition\":{},\"verdicts\":[{\"a\":1}],\"skipped\":{\"blank\":2,\"totals\":1}}\n"
        );
    }
}
