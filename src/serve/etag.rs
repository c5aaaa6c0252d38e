//! Conditional GET: `GET /v1/definition`, the pages (`/`, `/edit`) and their contents
//! (`/page/home`, `/page/edit`) carry a strong `ETag` and `Cache-Control: no-cache`; a request
//! whose `If-None-Match` names the current tag is answered `304 Not Modified` without a body.
//!
//! The tag is the version's digest (its 64 hex digits), the answer's language, what kind of
//! answer it is, and a short stamp of the last reload (a refused change is said on the pages and
//! in `/v1/definition` while the version in force stays the same) and of the schedule shown (the
//! day, and of a folder of dated versions the one in force by the date and the next): a new
//! version, another language, a new reload or a new day gives another tag, also when a dated
//! version's day has come and the watcher has not yet loaded it. The shell asking for the token (a page of a
//! service with a token) is tagged by a digest of its own bytes instead, so that nothing of the
//! version shows to a caller without the token.

use super::answer::lang_of;
use super::routes::Shared;
use super::watch::Versions;
use crate::locale::Lang;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use sha2::{Digest, Sha256};

/// The strong tag (quoted) of answer `kind` in `lang` under the version and reload in force.
pub fn tag(shared: &Shared, kind: &str, lang: Lang) -> String {
    tag_of(&shared.versions, kind, lang)
}

/// [`tag`] of the versions served.
fn tag_of(versions: &Versions, kind: &str, lang: Lang) -> String {
    let current = versions.current();
    let reload = versions.last_reload();
    let mut stamp = Sha256::new();
    stamp.update(reload.at.as_bytes());
    stamp.update([u8::from(reload.loaded)]);
    if let Some(digest) = reload.refusal.as_ref().and_then(|r| r.digest.as_deref()) {
        stamp.update(digest.as_bytes());
    }
    // The schedule the answers show (today, and of a folder the version in force by the date and
    // the next): a version's effective day comes before the watcher's next look loads it, and
    // the day itself is shown.
    stamp.update(versions.schedule().to_string().as_bytes());
    let stamp = stamp.finalize();
    let hex = current.digest.strip_prefix("sha256:").unwrap_or(&current.digest);
    format!("\"{hex}-{kind}-{}-{:02x}{:02x}{:02x}{:02x}\"", lang.code(), stamp[0], stamp[1], stamp[2], stamp[3])
}

/// Whether `If-None-Match` names `tag` (or is `*`). The comparison is the weak one RFC 9110
/// asks of `If-None-Match`: a `W/` before a tag is ignored.
pub fn not_modified(headers: &HeaderMap, tag: &str) -> bool {
    headers.get_all(header::IF_NONE_MATCH).iter().filter_map(|v| v.to_str().ok()).any(|value| {
        value.split(',').map(str::trim).any(|sent| sent == "*" || sent.strip_prefix("W/").unwrap_or(sent) == tag)
    })
}

/// The answer of a conditional GET of `kind` in `lang`: 304 without a body when the request
/// names the current tag, else `make`'s answer; either with the tag and `Cache-Control: no-cache`
/// (a cache may keep it, but must ask again before using it).
pub fn conditional(
    shared: &Shared,
    headers: &HeaderMap,
    kind: &str,
    lang: Lang,
    make: impl FnOnce() -> Response<Body>,
) -> Response<Body> {
    // The tag before the answer: should a new version come in between, the answer is the newer
    // and its tag the older, which only costs the next request a whole answer (the other way
    // round, an old answer would be kept under the new version's tag).
    let tag = tag(shared, kind, lang);
    tagged(headers, &tag, make)
}

/// The tag of an answer that holds nothing of the definition (the shell asking for the token):
/// a digest of its own bytes, so that it says nothing of the version to a caller without a token.
pub fn tag_of_bytes(bytes: &[u8]) -> String {
    let hash = Sha256::digest(bytes);
    let hex: String = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("\"shell-{hex}\"")
}

/// 304 when `headers` name `tag`, else `make`'s answer; with the tag and `no-cache`.
pub fn tagged(headers: &HeaderMap, tag: &str, make: impl FnOnce() -> Response<Body>) -> Response<Body> {
    let mut response = if not_modified(headers, tag) {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        response
    } else {
        make()
    };
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        if let Ok(value) = HeaderValue::from_str(tag) {
            response.headers_mut().insert(header::ETAG, value);
        }
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        // The answer differs by language, and (for `/v1/definition`) by the one the request names.
        response.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    }
    response
}

/// [`conditional`] in the language the request's headers ask for.
pub fn conditional_json(
    shared: &Shared,
    headers: &HeaderMap,
    kind: &str,
    make: impl FnOnce(Lang) -> Response<Body>,
) -> Response<Body> {
    let lang = lang_of(headers, shared.lang);
    conditional(shared, headers, kind, lang, || make(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::IF_NONE_MATCH, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn if_none_match_names_the_tag_in_a_list_weakly_or_as_a_star() {
        let tag = "\"abc-page-en-00112233\"";
        assert!(not_modified(&headers(tag), tag));
        assert!(not_modified(&headers(&format!("\"x\", W/{tag}")), tag));
        assert!(not_modified(&headers("*"), tag));
        assert!(!not_modified(&headers("\"abc-page-ru-00112233\""), tag));
        assert!(!not_modified(&HeaderMap::new(), tag));
    }

    /// The day a dated version takes effect, the tag changes at once, before any reload: an
    /// answer kept under the old tag would show the old schedule.
    #[test]
    fn the_tag_changes_when_a_dated_version_comes_into_force_without_a_reload() {
        use jiff::civil::Date;
        use std::sync::{Arc, Mutex};
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string("rules/acme.rules").unwrap();
        for (file, version, date) in [("a.rules", "3", "2026-12-01"), ("b.rules", "4", "2027-01-01")] {
            let dated = text.replace("version 3 effective 2026-12-01", &format!("version {version} effective {date}"));
            std::fs::write(dir.path().join(file), dated).unwrap();
        }
        let today: Arc<Mutex<Date>> = Arc::new(Mutex::new("2026-12-31".parse().unwrap()));
        let clock: super::super::dated::Clock = {
            let today = Arc::clone(&today);
            Arc::new(move || *today.lock().unwrap())
        };
        let first = super::super::definition::load_definition(&dir.path().join("a.rules"))
            .unwrap_or_else(|r| panic!("{:?}", r.reason));
        let versions = Versions::new(dir.path().to_path_buf(), first, clock);
        let before = tag_of(&versions, "definition", Lang::En);
        assert_eq!(before, tag_of(&versions, "definition", Lang::En), "the same state, the same tag");
        *today.lock().unwrap() = "2027-01-01".parse().unwrap();
        // No watcher runs: version 3 still serves, but version 4 is in force by the date.
        assert_eq!(versions.current().version, "3");
        assert_ne!(tag_of(&versions, "definition", Lang::En), before);
    }
}
