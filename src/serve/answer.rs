//! Answers: JSON bodies, and the API's errors with a status, a stable code for programs and a
//! message for people in the request's language (`Accept-Language: ru` or `en`, else the
//! service's `--lang`).

use crate::locale::Lang;
use crate::message::Message;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use hyper::body::{Bytes, Frame, SizeHint};
use std::collections::{BTreeMap, VecDeque};
use std::pin::Pin;
use std::task::{Context, Poll};

/// A request the service does not judge, and why.
#[derive(Debug)]
pub struct ApiError {
    /// The HTTP status: 400, 401, 404, 408, 413, 415, 422, 431 or 503.
    pub status: StatusCode,
    /// What went wrong for a program: `bad_request`, `unreadable_lead`, ...
    pub code: &'static str,
    /// What went wrong for a person, and more for a program (boxed: an error is rare, and the
    /// `Result`s that carry one stay small).
    said: Box<Said>,
}

#[derive(Debug)]
struct Said {
    message: Message,
    /// The leads that could not be read, field by field.
    detail: Option<(&'static str, serde_json::Value)>,
}

impl ApiError {
    /// An error with its status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: Message) -> ApiError {
        ApiError { status, code, said: Box::new(Said { message, detail: None }) }
    }

    /// `400 Bad Request`: the request itself is malformed.
    pub fn bad_request(message: Message) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    /// The same error with one more member in its body.
    pub fn with(mut self, key: &'static str, value: serde_json::Value) -> ApiError {
        self.said.detail = Some((key, value));
        self
    }

    /// What went wrong, for a person.
    pub fn message(&self) -> &Message {
        &self.said.message
    }

    /// The answer: `{"error": code, "message": ..., ...}` in `lang`.
    pub fn response(&self, lang: Lang) -> Response<Body> {
        let mut body = serde_json::json!({ "error": self.code, "message": lang.text(&self.said.message) });
        if let (Some((key, value)), Some(object)) = (&self.said.detail, body.as_object_mut()) {
            object.insert((*key).to_string(), value.clone());
        }
        json(self.status, &body)
    }
}

/// A JSON answer.
pub fn json(status: StatusCode, value: &serde_json::Value) -> Response<Body> {
    let mut text = serde_json::to_vec(value).unwrap_or_default();
    text.push(b'\n');
    bytes(status, "application/json", text)
}

/// An answer of bytes of a content type.
pub fn bytes(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// An answer of bytes of a content type, given as buffers sent one after the other: a large
/// answer is not copied into one buffer first. A small one is (one write serves it best).
pub fn chunks(status: StatusCode, content_type: &'static str, mut chunks: Vec<Vec<u8>>) -> Response<Body> {
    let length: usize = chunks.iter().map(Vec::len).sum();
    if chunks.len() == 1 || length < ONE_BUFFER_UNDER {
        let mut body = Vec::with_capacity(length);
        for chunk in &chunks {
            body.extend_from_slice(chunk);
        }
        return bytes(status, content_type, body);
    }
    chunks.retain(|chunk| !chunk.is_empty());
    let body = Chunks { left: length as u64, chunks: chunks.into_iter().map(Bytes::from).collect() };
    let mut response = Response::new(Body::new(body));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// The size under which an answer's buffers are joined into one.
const ONE_BUFFER_UNDER: usize = 64 * 1024;

/// A body of buffers taken one after the other, its whole length known (so it is sent with a
/// `Content-Length`, as one buffer would be).
struct Chunks {
    chunks: VecDeque<Bytes>,
    left: u64,
}

impl hyper::body::Body for Chunks {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::convert::Infallible>>> {
        let this = self.get_mut();
        Poll::Ready(this.chunks.pop_front().map(|chunk| {
            this.left -= chunk.len() as u64;
            Ok(Frame::data(chunk))
        }))
    }

    fn is_end_stream(&self) -> bool {
        self.chunks.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.left)
    }
}

/// What the judging of a batch sends to an answer in order ([`in_order`]).
pub enum Piece {
    /// The rows of the run at this place (from 0), each a JSON value followed by a comma but the
    /// last.
    Run(usize, Vec<u8>),
    /// Every run was sent: the answer ends with this tail.
    Done(Vec<u8>),
}

/// An answer sent while its batch is judged: `head`, then the runs' rows in the order of the
/// runs as they come from the judging threads (a comma between runs), then the tail the judging
/// sends with [`Piece::Done`]. Its length is not known before, so it goes in chunks. Should
/// the judging stop without saying it is done (a thread failed), the answer is broken off: a
/// client sees an answer cut short, never a shorter list as if it were whole.
pub fn in_order(
    content_type: &'static str,
    head: Vec<u8>,
    pieces: tokio::sync::mpsc::UnboundedReceiver<Piece>,
) -> Response<Body> {
    let body = InOrder {
        head: Some(Bytes::from(head)),
        pieces,
        waiting: BTreeMap::new(),
        next: 0,
        held: None,
        rows_sent: false,
        done: false,
        tail: None,
    };
    let mut response = Response::new(Body::new(body));
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// The body of [`in_order`].
struct InOrder {
    head: Option<Bytes>,
    pieces: tokio::sync::mpsc::UnboundedReceiver<Piece>,
    /// Runs that came before the runs ahead of them, by place.
    waiting: BTreeMap<usize, Bytes>,
    /// The place of the next run to send.
    next: usize,
    /// A run to send after the comma just sent.
    held: Option<Bytes>,
    rows_sent: bool,
    done: bool,
    tail: Option<Bytes>,
}

impl hyper::body::Body for InOrder {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        context: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        let this = self.get_mut();
        let data = |bytes: Bytes| Poll::Ready(Some(Ok(Frame::data(bytes))));
        if let Some(head) = this.head.take() {
            return data(head);
        }
        loop {
            if let Some(rows) = this.held.take() {
                return data(rows);
            }
            if let Some(rows) = this.waiting.remove(&this.next) {
                this.next += 1;
                if rows.is_empty() {
                    continue;
                }
                if this.rows_sent {
                    this.held = Some(rows);
                    return data(Bytes::from_static(b","));
                }
                this.rows_sent = true;
                return data(rows);
            }
            if this.done {
                if !this.waiting.is_empty() {
                    return Poll::Ready(Some(Err(std::io::Error::other("a run of the batch was never judged"))));
                }
                return Poll::Ready(this.tail.take().map(|tail| Ok(Frame::data(tail))));
            }
            match this.pieces.poll_recv(context) {
                Poll::Ready(Some(Piece::Run(at, rows))) => {
                    this.waiting.insert(at, Bytes::from(rows));
                }
                Poll::Ready(Some(Piece::Done(tail))) => {
                    this.done = true;
                    this.tail = Some(Bytes::from(tail));
                }
                Poll::Ready(None) => {
                    return Poll::Ready(Some(Err(std::io::Error::other(
                        "the judging stopped before the answer was whole",
                    ))));
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// The language to answer in: the first of `ru` and `en` the `Accept-Language` header names
/// (by its highest weight), else `default`.
pub fn lang_of(headers: &HeaderMap, default: Lang) -> Lang {
    let Some(accepted) = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
        return default;
    };
    let mut best: Option<(f32, Lang)> = None;
    for item in accepted.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let weight =
            parts.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.trim().parse::<f32>().ok()).unwrap_or(1.0);
        let Some(lang) = Lang::from_tag(tag) else { continue };
        if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
            best = Some((weight, lang));
        }
    }
    best.map_or(default, |(_, lang)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(value: &str, default: Lang) -> Lang {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_str(value).unwrap());
        lang_of(&headers, default)
    }

    #[test]
    fn a_large_answer_of_buffers_is_sent_whole_with_its_length() {
        let parts = vec![vec![b'a'; 40_000], Vec::new(), vec![b'b'; 40_000], b"\n".to_vec()];
        let response = chunks(StatusCode::OK, "application/json", parts.clone());
        assert_eq!(axum::body::HttpBody::size_hint(response.body()).exact(), Some(80_001));
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let body = runtime.block_on(http_body_util::BodyExt::collect(response.into_body())).unwrap().to_bytes();
        assert_eq!(body.as_ref(), parts.concat().as_slice());
    }

    fn collected(response: Response<Body>) -> Result<Vec<u8>, String> {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        runtime
            .block_on(http_body_util::BodyExt::collect(response.into_body()))
            .map(|body| body.to_bytes().to_vec())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn runs_sent_out_of_order_are_answered_in_order_and_whole() {
        let (sender, pieces) = tokio::sync::mpsc::unbounded_channel();
        for (at, rows) in [(2, "{\"c\":3}"), (0, "{\"a\":1},{\"b\":2}"), (3, ""), (1, ""), (4, "{\"d\":4}")] {
            sender.send(Piece::Run(at, rows.as_bytes().to_vec())).unwrap();
        }
        sender.send(Piece::Done(b"]}\n".to_vec())).unwrap();
        let response = in_order("application/json", b"{\"verdicts\":[".to_vec(), pieces);
        assert_eq!(axum::body::HttpBody::size_hint(response.body()).exact(), None);
        let body = String::from_utf8(collected(response).unwrap()).unwrap();
        assert_eq!(body, "{\"verdicts\":[{\"a\":1},{\"b\":2},{\"c\":3},{\"d\":4}]}\n");
        serde_json::from_str::<serde_json::Value>(&body).unwrap();
    }

    #[test]
    fn an_answer_whose_judging_stopped_is_broken_off_not_ended() {
        // The judging stopped (its sender dropped) without saying it was done.
        let (sender, pieces) = tokio::sync::mpsc::unbounded_channel();
        sender.send(Piece::Run(0, b"{}".to_vec())).unwrap();
        drop(sender);
        assert!(collected(in_order("application/json", b"[".to_vec(), pieces)).is_err());
        // It said it was done, but a run before the last never came.
        let (sender, pieces) = tokio::sync::mpsc::unbounded_channel();
        sender.send(Piece::Run(1, b"{}".to_vec())).unwrap();
        sender.send(Piece::Done(b"]".to_vec())).unwrap();
        assert!(collected(in_order("application/json", b"[".to_vec(), pieces)).is_err());
    }

    #[test]
    fn the_best_weighted_known_language_wins() {
        assert_eq!(said("ru-RU,ru;q=0.9,en;q=0.8", Lang::En), Lang::Ru);
        assert_eq!(said("en-US,en;q=0.9,ru;q=0.8", Lang::Ru), Lang::En);
        assert_eq!(said("de;q=1,ru;q=0.5", Lang::En), Lang::Ru);
        assert_eq!(said("de, fr", Lang::Ru), Lang::Ru);
        assert_eq!(said("ru;q=0", Lang::En), Lang::En);
        assert_eq!(lang_of(&HeaderMap::new(), Lang::Ru), Lang::Ru);
    }
}
