//! What every request passes before its route: the bearer token (on every route but
//! `/healthz` and the page's shells `/` and `/edit`, compared in constant time; in the
//! `Authorization` header, or as the URL's `access_token` parameter for a sender that can set no
//! header, as RFC 6750 allows), the declared body size, and the counting of the answer in the
//! metrics by route and status.

use super::answer::{ApiError, lang_of};
use super::routes::{Shared, body_too_large};
use crate::msg;
use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use sha2::{Digest, Sha256};
use std::time::Instant;
use subtle::ConstantTimeEq;

/// The routes as the metrics name them; any other path is `other`.
pub fn route_label(path: &str) -> &'static str {
    match path {
        "/healthz" => "/healthz",
        "/metrics" => "/metrics",
        "/v1/qualify" => "/v1/qualify",
        "/v1/explain" => "/v1/explain",
        "/v1/check" => "/v1/check",
        "/v1/definition" => "/v1/definition",
        "/v1/moved" => "/v1/moved",
        "/" => "/",
        "/edit" => "/edit",
        "/page/home" => "/page/home",
        "/page/edit" => "/page/edit",
        _ => "other",
    }
}

/// Whether `sent` (an `Authorization` header's value) is `Bearer TOKEN`. The two tokens'
/// digests are compared in constant time, so neither the place of the first wrong character nor
/// the token's length shows in the time taken.
pub fn authorized(sent: Option<&HeaderValue>, token: &str) -> bool {
    let sent = sent.and_then(|v| v.to_str().ok()).unwrap_or("");
    let sent = sent.strip_prefix("Bearer ").or_else(|| sent.strip_prefix("bearer ")).unwrap_or("").trim();
    same_token(sent, token)
}

/// The URL parameter a sender that can set no header (a Bitrix24 robot, an amoCRM webhook: a
/// URL is all they take) gives the token in, as RFC 6750 names it. It is never a field of a lead.
pub const TOKEN_PARAMETER: &str = "access_token";

/// Whether the URL's query (`a=1&access_token=TOKEN`) gives the token.
pub fn authorized_in_url(query: Option<&str>, token: &str) -> bool {
    let Some(query) = query else { return false };
    form_urlencoded::parse(query.as_bytes())
        .filter(|(key, _)| key == TOKEN_PARAMETER)
        .fold(false, |found, (_, sent)| same_token(&sent, token) | found)
}

/// Whether two tokens are the same, their digests compared in constant time.
fn same_token(sent: &str, token: &str) -> bool {
    let (sent, token) = (Sha256::digest(sent.as_bytes()), Sha256::digest(token.as_bytes()));
    bool::from(sent.as_slice().ct_eq(token.as_slice()))
}

/// The error that stops a request before its route, if any.
fn refusal<B>(shared: &Shared, request: &Request<B>) -> Option<ApiError> {
    if let Some(token) = &shared.token
        && request.uri().path() != "/healthz"
        && !super::page::PUBLIC.contains(&request.uri().path())
        && !authorized(request.headers().get(header::AUTHORIZATION), token)
        && !authorized_in_url(request.uri().query(), token)
    {
        return Some(ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", msg!("serve-unauthorized")));
    }
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|length| length > shared.limits.body_bytes as u64) {
        return Some(body_too_large(&shared.limits));
    }
    None
}

/// Answers a request: refused here, or passed to `route`; counted either way.
pub async fn handle<B, F, Fut>(shared: &Shared, request: Request<B>, route: F) -> Response<Body>
where
    F: FnOnce(Request<B>) -> Fut,
    Fut: std::future::Future<Output = Response<Body>>,
{
    let started = Instant::now();
    let label = route_label(request.uri().path());
    let mut response = match refusal(shared, &request) {
        Some(error) => {
            let unauthorized = error.status == StatusCode::UNAUTHORIZED;
            let mut response = error.response(lang_of(request.headers(), shared.lang));
            if unauthorized {
                response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            response
        }
        None => route(request).await,
    };
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        // The rest of a refused body is not read: the connection cannot carry another request.
        response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    shared.metrics.request(label, response.status().as_u16(), started.elapsed());
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_same_bearer_token_is_authorized() {
        let header = |text: &str| HeaderValue::from_str(text).unwrap();
        assert!(authorized(Some(&header("Bearer s3cret")), "s3cret"));
        assert!(!authorized(Some(&header("Bearer s3cre")), "s3cret"));
        assert!(!authorized(Some(&header("Bearer s3cret2")), "s3cret"));
        assert!(!authorized(Some(&header("s3cret")), "s3cret"));
        assert!(!authorized(None, "s3cret"));
    }

    #[test]
    fn the_token_may_be_the_url_s_access_token() {
        assert!(authorized_in_url(Some("ID=5&access_token=s3cret"), "s3cret"));
        assert!(authorized_in_url(Some("access_token=s3%63ret"), "s3cret"));
        assert!(!authorized_in_url(Some("access_token=s3cre"), "s3cret"));
        assert!(!authorized_in_url(Some("token=s3cret"), "s3cret"));
        assert!(!authorized_in_url(Some(""), "s3cret"));
        assert!(!authorized_in_url(None, "s3cret"));
    }
}
