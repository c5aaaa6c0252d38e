//! The committee's page: the definition in force as readable sections with a form to try a lead
//! (`GET /`), and an editor that checks a changed rule text as it is typed and lists the sample
//! leads whose verdict the change would move (`GET /edit`). Plain HTML written here from the
//! compiled definition, with a style sheet and a small script compiled into the program
//! (`page.css`, `page.js`): no build step, nothing fetched from elsewhere. The script calls the
//! service's own API (`/v1/explain`, `/v1/check`, `/v1/moved`).
//!
//! Every text is in the page's language: `?lang=ru|en`, else the request's `Accept-Language`,
//! else the service's `--lang`; the script asks the API in the same language.
//!
//! The token: `/` and `/edit` are served to anyone, but when the service has a token they hold
//! no part of the definition, only a form asking for the token. The script keeps the token in
//! the tab's `sessionStorage` and fetches the page's content (`/page/home`, `/page/edit`, behind
//! the token like every other route) and every API answer with `Authorization: Bearer`.
//!
//! A new version: the content names the version it shows (`#in-force`), and the script looks at
//! `/v1/definition` every two seconds while the tab is in view; the definition's page then
//! fetches its content again (keeping the values typed in the form), and the editor offers the
//! new text rather than put it over an edit.
//!
//! Module map: `sections` (the definition's sections), `form` (the form to try a lead),
//! `editor` (the editor), `moved` (the verdicts a changed text would move, `POST /v1/moved`).

pub mod editor;
pub mod form;
pub mod moved;
pub mod sections;

use super::answer::{self, ApiError, lang_of};
use super::routes::{Shared, read_body};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::show::escape_html as esc;
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Response, StatusCode, Uri};
use axum::routing::{get, post};
use std::fmt::Write;
use std::sync::Arc;

/// The page's style sheet.
const STYLE: &str = include_str!("page.css");
/// The page's script.
const SCRIPT: &str = include_str!("page.js");

/// The paths anyone may ask for, token or not: they hold no part of the definition when the
/// service has a token.
pub const PUBLIC: [&str; 2] = ["/", "/edit"];

/// Which of the two pages.
#[derive(Clone, Copy, PartialEq)]
pub enum View {
    /// The definition and the form to try a lead.
    Home,
    /// The editor.
    Edit,
}

type Ctx = State<Arc<Shared>>;

/// The page's routes.
pub fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/", get(home))
        .route("/edit", get(edit))
        .route("/page/home", get(home_part))
        .route("/page/edit", get(edit_part))
        .route("/v1/moved", post(moved_route))
}

/// The page's language: `?lang=`, else `Accept-Language`, else `default`.
pub fn page_lang(uri: &Uri, headers: &HeaderMap, default: Lang) -> Lang {
    let asked = uri.query().and_then(|query| {
        form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::from_tag(&v))
    });
    asked.unwrap_or_else(|| lang_of(headers, default))
}

fn html(text: String) -> Response<Body> {
    answer::bytes(StatusCode::OK, "text/html; charset=utf-8", text.into_bytes())
}

/// The content of a page: what `/page/home` or `/page/edit` answers, and what `/` or `/edit`
/// holds when the service has no token.
pub fn content(shared: &Shared, view: View, lang: Lang) -> String {
    let current = shared.versions.current();
    // The version shown, which the script compares with the one in force to notice a new one.
    let mut out = format!(
        "<p id=\"in-force\" class=\"block status updated\" role=\"status\" data-digest=\"{}\" hidden></p>\n",
        esc(&current.digest)
    );
    out.push_str(&refused(shared, lang));
    match view {
        View::Home => {
            out.push_str(&sections::sections(&current, lang));
            out.push_str(&form::form(&current.rules, lang));
        }
        View::Edit => {
            out.push_str(&editor::editor(&current, shared.versions.rules_path(), shared.sample.as_deref(), lang))
        }
    }
    out
}

/// When the last change to the rule files was refused: that it was, and why, above the version
/// that keeps serving (its diagnostics are in `/v1/definition` and the log).
fn refused(shared: &Shared, lang: Lang) -> String {
    let reload = shared.versions.last_reload();
    let Some(refusal) = reload.refusal.as_ref() else { return String::new() };
    let said = msg!("page-last-refused", at = reload.at.as_str(), reason = refusal.reason.clone());
    format!("<p class=\"block refused\" id=\"refused\" role=\"status\">{}</p>\n", esc(&lang.text(&said)))
}

// Each page and each content carries an `ETag` of the version, the language and the last
// reload (`etag`): reloading a page that did not change costs a 304.
async fn home(State(shared): Ctx, uri: Uri, headers: HeaderMap) -> Response<Body> {
    whole_tagged(&shared, &headers, View::Home, page_lang(&uri, &headers, shared.lang))
}

async fn edit(State(shared): Ctx, uri: Uri, headers: HeaderMap) -> Response<Body> {
    whole_tagged(&shared, &headers, View::Edit, page_lang(&uri, &headers, shared.lang))
}

/// A whole page with its tag: the version's (`etag::tag`), or with a token the shell's own.
fn whole_tagged(shared: &Shared, headers: &HeaderMap, view: View, lang: Lang) -> Response<Body> {
    let kind = if view == View::Home { "home" } else { "edit" };
    if shared.token.is_some() {
        let shell = shell(view, lang, None);
        let tag = super::etag::tag_of_bytes(shell.as_bytes());
        return super::etag::tagged(headers, &tag, || html(shell));
    }
    super::etag::conditional(shared, headers, kind, lang, || whole(shared, view, lang))
}

async fn home_part(State(shared): Ctx, uri: Uri, headers: HeaderMap) -> Response<Body> {
    let lang = page_lang(&uri, &headers, shared.lang);
    super::etag::conditional(&shared, &headers, "home-part", lang, || html(content(&shared, View::Home, lang)))
}

async fn edit_part(State(shared): Ctx, uri: Uri, headers: HeaderMap) -> Response<Body> {
    let lang = page_lang(&uri, &headers, shared.lang);
    super::etag::conditional(&shared, &headers, "edit-part", lang, || html(content(&shared, View::Edit, lang)))
}

/// A whole page: its content, or (with a token) the form asking for the token.
fn whole(shared: &Shared, view: View, lang: Lang) -> Response<Body> {
    let content = shared.token.is_none().then(|| content(shared, view, lang));
    html(shell(view, lang, content))
}

/// The page around its content: the style, the navigation, the words the script says, the
/// script. Without `content`, the form asking for the token, and where to fetch the content.
pub fn shell(view: View, lang: Lang, content: Option<String>) -> String {
    let say = |m: Message| esc(&lang.text(&m));
    let code = lang.code();
    let (title, part, path) = match view {
        View::Home => (msg!("page-title-home"), "/page/home", "/"),
        View::Edit => (msg!("page-title-edit"), "/page/edit", "/edit"),
    };
    let mut out = String::with_capacity(STYLE.len() + SCRIPT.len() + 16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
         <style>\n{STYLE}</style>\n</head>\n",
        say(title)
    );
    let locked = if content.is_none() { format!(" data-part=\"{part}?lang={code}\"") } else { String::new() };
    let _ = write!(
        out,
        "<body data-view=\"{}\" data-lang=\"{code}\"{locked}>\n",
        if view == View::Home { "home" } else { "edit" }
    );
    let current = |v: View| if v == view { " aria-current=\"page\"" } else { "" };
    let _ = write!(
        out,
        "<header><nav><a href=\"/?lang={code}\"{}>{}</a> <a href=\"/edit?lang={code}\"{}>{}</a></nav>\
         <nav class=\"langs\" aria-label=\"{}\"><a href=\"{path}?lang=en\" lang=\"en\">English</a> \
         <a href=\"{path}?lang=ru\" lang=\"ru\">Русский</a></nav></header>\n<main id=\"content\">\n",
        current(View::Home),
        say(msg!("page-nav-definition")),
        current(View::Edit),
        say(msg!("page-nav-editor")),
        say(msg!("page-nav-language")),
    );
    match content {
        Some(content) => out.push_str(&content),
        None => {
            let _ = write!(
                out,
                "<form id=\"token-form\" class=\"block\"><h1>{}</h1><p class=\"explain\">{}</p>\
                 <label for=\"token\">{}</label> <input id=\"token\" type=\"password\" autocomplete=\"off\"> \
                 <button type=\"submit\">{}</button><p id=\"token-status\" class=\"status\"></p></form>\n",
                say(msg!("page-token-heading")),
                say(msg!("page-token-explain")),
                say(msg!("page-token-label")),
                say(msg!("page-token-open")),
            );
        }
    }
    out.push_str("</main>\n");
    let _ = write!(out, "<script type=\"application/json\" id=\"words\">{}</script>\n", words(lang));
    let _ = write!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

/// What the script says, in `lang`, as JSON safe inside a `<script>` element.
fn words(lang: Lang) -> String {
    let say = |id: &'static str| lang.text(&Message::new(id));
    let words = serde_json::json!({
        "tokenRefused": say("page-token-refused"),
        "unreachable": say("page-unreachable"),
        "judging": say("page-judging"),
        "checking": say("page-checking"),
        "comparing": say("page-comparing"),
        "noProblems": say("page-no-problems"),
        "noQuestions": say("page-questions-none"),
        "error": say("render-error"),
        "warning": say("render-warning"),
        "line": say("page-line"),
        "column": say("page-column"),
        "help": say("page-help"),
        "note": say("page-note"),
        "example": say("page-from-example"),
        "sample": say("page-from-sample"),
        "updated": say("page-updated"),
        "newInForce": say("page-new-in-force"),
        "loadNew": say("page-load-new"),
        "version": say("page-version-word"),
    });
    // `<` written as `\u003c`, so no text can close the element.
    words.to_string().replace('<', "\\u003c")
}

/// `POST /v1/moved`: a rule text in (an edit of the served file, read as if it were that file),
/// the leads whose verdict it would move out, with its refusal if the service would refuse it.
async fn moved_route(State(shared): Ctx, headers: HeaderMap, body: Body) -> Response<Body> {
    let lang = lang_of(&headers, shared.lang);
    let bytes = match read_body(body, &shared.limits).await {
        Ok(bytes) => bytes,
        Err(error) => return error.response(lang),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return ApiError::bad_request(msg!("serve-rules-not-utf8")).response(lang);
    };
    let current = shared.versions.current();
    let name = shared.versions.rules_path().display().to_string();
    let sample = shared.sample.clone();
    let timeout = shared.limits.request_time;
    let work = tokio::task::spawn_blocking(move || {
        moved::compare_text(&current, crate::span::SourceFile::new(name, text), sample.as_deref(), lang)
    });
    match tokio::time::timeout(timeout, work).await {
        Ok(Ok(answer)) => answer::json(StatusCode::OK, &answer),
        Ok(Err(_)) => {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", msg!("serve-judging-failed")).response(lang)
        }
        Err(_) => ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "request_timeout",
            msg!("serve-judging-timeout", seconds = timeout.as_secs()),
        )
        .response(lang),
    }
}
