//! The committee's page of `leadrules serve` (`/` and `/edit`): its HTML over plain HTTP (every
//! section, both languages by `?lang=` and `Accept-Language`, every text of the author's
//! escaped, the token's shell holding nothing of the definition), `POST /v1/moved`, and the page
//! in a real headless chromium: loaded in both languages, the form filled and the verdict read
//! from the DOM as it changes, a mistake typed in the editor and its diagnostic read, a change
//! whose moved verdicts are listed, the token asked for and kept, numbers typed as people type
//! them (`1 000 000,50`), a new version noticed and shown (the editor offering it instead).
//!
//! Without chromium the browser tests print why they skip; with `CI=true` they fail instead.

mod common;

use common::browser::{Browser, chromium};
use common::service::Service;
use serde_json::{Value, json};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const ACME: &str = "rules/acme.rules";

/// The ids of the definition's sections on the shipped definition's page.
const SECTIONS: [&str; 8] =
    ["gates", "profile-ICP", "framework-BANT", "score-score", "deal", "classes", "temperatures", "try"];

/// A definition whose every text of the author's holds markup.
const TRICKY: &str = r#"definition "Tricky <script>alert(1)</script> & Co" version 1

fields {
  id   : text   from "id" key
  staff : number from "staff <b>"
  kind : one of a ("<i>A</i>"), b ("B & 'b'")
}

minimum {
  require staff >= 10 else "too small <script>alert(2)</script>"
}

classify {
  disqualified when not minimum
  good         when kind = a
               playbook "call <b>now</b> & then"
  rest         otherwise
}
"#;

#[test]
fn the_page_shows_every_section_in_both_languages() {
    let service = Service::start(Path::new(ACME), &[], None);
    let (status, english) = service.get_with("/", &[("Accept-Language", "en-US,en;q=0.9")]).pair();
    assert_eq!(status, 200);
    assert!(english.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{english}");
    for id in SECTIONS {
        assert!(english.contains(&format!("id=\"{id}\"")), "no section {id}");
    }
    assert!(english.contains("<h2>Minimum: who can never be ours</h2>"));
    assert!(english.contains("<div class=\"reason\">too small: fewer than 10 employees</div>"));
    assert!(
        english.contains("<code>require employees &gt;= 10 else &quot;too small: fewer than 10 employees&quot;</code>")
    );
    assert!(english.contains("It passes when 3 of its 4 criteria are met."));
    assert!(english.contains("playbook: hand to sales: call, qualify budget on the first call"));
    assert!(english.contains("<b class=\"name\">hot</b> <code>hot when timeline &lt;= 30 days and decision_maker</code><div class=\"deadline\">respond within 15 minutes</div>"));
    // A field per input, typed by its kind and named by its first CRM column.
    // A number is text, so that it can be typed as people write it (`1 000 000,50`).
    assert!(english.contains("name=\"employees\" data-field=\"employees\" type=\"text\" inputmode=\"decimal\""));
    assert!(english.contains("name=\"contact_role\" data-field=\"role\"><option value=\"\">— unknown —</option><option value=\"ceo\">ceo — генеральный директор</option>"));
    assert!(english.contains("name=\"decision_maker\" data-field=\"decision_maker\"><option value=\"\">— unknown —</option><option value=\"yes\">yes</option>"));
    assert!(english.contains("name=\"created_at\" data-field=\"created_at\" type=\"datetime-local\""));
    assert!(!english.contains("name=\"need\" data-field=\"need\" type=\"number\""), "a text is typed as text");

    let (_, russian) = service.get_with("/", &[("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")]).pair();
    assert!(russian.contains("<html lang=\"ru\">"));
    assert!(russian.contains("<h2>Минимум: кто никогда не станет нашим клиентом</h2>"));
    assert!(russian.contains("Пройдена, если выполнено 3 из 4 критериев."));
    assert!(russian.contains("ответить в течение 15 минут"));
    assert!(russian.contains("<option value=\"yes\">да</option>"));
    // `?lang=` wins over the header.
    let (_, asked) = service.get_with("/?lang=en", &[("Accept-Language", "ru")]).pair();
    assert!(asked.contains("<html lang=\"en\">") && asked.contains("Minimum: who can never be ours"));
    let (_, edit) = service.get_with("/edit?lang=ru", &[]).pair();
    assert!(edit.contains("<h1>Проба изменения определения</h1>"), "{edit}");
    assert!(edit.contains("definition &quot;ACME Cloud&quot; version 3"), "the rule text, escaped, in the editor");
}

#[test]
fn every_text_of_the_author_s_is_escaped() {
    let dir = common::scratch("serve-page-escaped");
    let rules = dir.join("tricky.rules");
    std::fs::write(&rules, TRICKY).unwrap();
    let service = Service::start(&rules, &[], None);
    for path in ["/", "/edit", "/page/home", "/page/edit"] {
        let (status, html) = service.get_with(path, &[]).pair();
        assert_eq!(status, 200, "{path}");
        for raw in ["<script>alert", "<b>now", "<i>A", "<b>\"", "staff <b>"] {
            assert!(!html.contains(raw), "{path} holds {raw:?} unescaped:\n{html}");
        }
        let scripts = html.matches("<script").count();
        assert_eq!(scripts, if path.starts_with("/page/") { 0 } else { 2 }, "{path}: only the page's own scripts");
    }
    let (_, home) = service.get_with("/", &[]).pair();
    assert!(home.contains("<h1 id=\"definition-name\">Tricky &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</h1>"));
    assert!(home.contains("<div class=\"reason\">too small &lt;script&gt;alert(2)&lt;/script&gt;</div>"));
    assert!(home.contains("playbook: call &lt;b&gt;now&lt;/b&gt; &amp; then"));
    assert!(home.contains("name=\"staff &lt;b&gt;\""), "a column name in an attribute");
    assert!(home.contains("<option value=\"b\">b — B &amp; &#39;b&#39;</option>"));
    let (_, edit) = service.get_with("/edit", &[]).pair();
    assert!(edit.contains("else &quot;too small &lt;script&gt;alert(2)&lt;/script&gt;&quot;"), "{edit}");
}

#[test]
fn with_a_token_the_page_asks_for_it_and_holds_nothing_of_the_definition() {
    let service = Service::start(Path::new(ACME), &[], Some("s3cret-token"));
    let auth = [("Authorization", "Bearer s3cret-token")];
    let digest = service.get_with("/v1/definition", &auth).json()["digest"].as_str().unwrap().replace("sha256:", "");
    for path in ["/", "/edit"] {
        let answer = service.get_with(path, &[]);
        let (status, shell) = answer.pair();
        assert_eq!(status, 200, "{path}");
        // Its tag is the shell's own: nothing of the version shows without the token.
        let tag = answer.header("etag").expect("a tag");
        assert!(!tag.contains(&digest[..16]), "{tag}");
        assert_eq!(service.get_with(path, &[("If-None-Match", &tag)]).status, 304);
        assert!(shell.contains("id=\"token-form\""), "{shell}");
        for secret in ["ACME Cloud", "employees", "too small"] {
            assert!(!shell.contains(secret), "{path} shows {secret:?} without the token");
        }
    }
    for path in ["/page/home", "/page/edit"] {
        assert_eq!(service.get_with(path, &[]).pair().0, 401, "{path}");
        let (status, html) = service.get_with(path, &[("Authorization", "Bearer s3cret-token")]).pair();
        assert_eq!(status, 200);
        assert!(html.contains("ACME Cloud"), "{path}");
    }
    assert_eq!(service.send("POST", "/v1/moved", &[], b"x").pair().0, 401);
}

#[test]
fn moved_lists_the_verdicts_a_change_would_move() {
    let service = Service::start(Path::new(ACME), &["--sample", "rules/acme-leads.csv"], None);
    let relaxed = std::fs::read("rules/acme-relaxed.rules").unwrap();
    let (status, body) = service.send("POST", "/v1/moved", &[("Content-Type", "text/plain")], &relaxed).pair();
    assert_eq!(status, 200, "{body}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["edited"]["version"], "4");
    assert_eq!(answer["refused"], Value::Null);
    assert_eq!(answer["compared"], 8 + 20, "5 examples of version 3, 3 more of version 4, 20 sample leads");
    let moved = answer["moved"].as_array().unwrap();
    let new = moved.iter().find(|m| m["lead"].as_str().unwrap().starts_with("new in version 4")).expect("{body}");
    assert_eq!(new["source"], "example");
    assert_eq!((new["before"]["class"].as_str(), new["after"]["class"].as_str()), (Some("MQL"), Some("SQL")));
    assert!(
        new["after"]["decided_by"].as_str().unwrap().contains("ANUM.authority and ANUM.need and budget is unknown")
    );
    // Each sample lead moved is one whose class `qualify` gives differently under the two files.
    let classes = |rules: &str| -> Vec<String> {
        let out = common::leadrules(&["qualify", rules, "rules/acme-leads.csv", "--format", "jsonl"]);
        common::stdout(&out).lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["class"].to_string()).collect()
    };
    let (old, new) = (classes(ACME), classes("rules/acme-relaxed.rules"));
    let differ = old.iter().zip(&new).filter(|(a, b)| a != b).count();
    assert_eq!(moved.iter().filter(|m| m["source"] == "sample").count(), differ, "{body}");
    // A stricter gate moves sample leads: the same ones `qualify` moves, named by their keys.
    let dir = common::scratch("serve-page-moved");
    let stricter = std::fs::read_to_string(ACME).unwrap().replace("employees >= 10 ", "employees >= 500");
    std::fs::write(dir.join("stricter.rules"), &stricter).unwrap();
    let ids = |rules: &str| -> Vec<(String, String)> {
        let out = common::leadrules(&["qualify", rules, "rules/acme-leads.csv", "--format", "jsonl"]);
        let rows = common::stdout(&out);
        rows.lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .map(|r| (r["id"].to_string(), r["class"].to_string()))
            .collect()
    };
    let (old, new) = (ids(ACME), ids(dir.join("stricter.rules").to_str().unwrap()));
    let expected: Vec<String> =
        old.iter().zip(&new).filter(|(a, b)| a.1 != b.1).map(|(a, _)| a.0.trim_matches('"').to_string()).collect();
    let (_, body) = service.send("POST", "/v1/moved", &[], stricter.as_bytes()).pair();
    let answer: Value = serde_json::from_str(&body).unwrap();
    let said: Vec<&str> = answer["moved"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["source"] == "sample")
        .map(|m| m["lead"].as_str().unwrap())
        .collect();
    assert!(expected.len() >= 3, "a stricter gate moves leads: {expected:?}");
    assert_eq!(said, expected, "{body}");
    assert!(
        answer["moved"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["source"] == "sample")
            .all(|m| m["after"]["class"] == "disqualified")
    );

    // The same text: nothing moves. A mistake: refused, with the reason, in the request's language.
    let same = std::fs::read(ACME).unwrap();
    let answer: Value = serde_json::from_str(&service.send("POST", "/v1/moved", &[], &same).pair().1).unwrap();
    assert_eq!(answer["moved"], json!([]));
    assert_eq!(answer["summary"], "None of the 25 leads compared changes class or temperature.", "{answer}");
    let broken = String::from_utf8(same).unwrap().replace("employees >= 10", "employes >= 10");
    let (_, body) = service.send("POST", "/v1/moved", &[("Accept-Language", "ru")], broken.as_bytes()).pair();
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["edited"], Value::Null);
    assert!(answer["refused"].as_str().unwrap().starts_with("Сервис не примет этот текст"), "{answer}");
}

#[test]
fn a_sample_file_that_cannot_be_read_stops_the_start() {
    let out = Command::new(env!("CARGO_BIN_EXE_leadrules"))
        .args(["serve", ACME, "--listen", "127.0.0.1:0", "--lang", "en", "--sample", "no/such/leads.csv"])
        .env_remove("LEADRULES_TOKEN")
        .output()
        .unwrap();
    assert_eq!(common::code(&out), 3, "{}", common::stderr(&out));
    assert!(
        common::stderr(&out).contains("the sample leads no/such/leads.csv cannot be read"),
        "{}",
        common::stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------------
// In a real headless browser.

/// The service and a browser, or `None` (the test skips) without chromium.
fn browser_on(rules: &Path, args: &[&str], token: Option<&str>) -> Option<(Service, Browser)> {
    let chromium = chromium()?;
    let service = Service::start(rules, args, token);
    Some((service, Browser::start(&chromium)))
}

fn no_exceptions(browser: &Browser) {
    assert!(browser.exceptions.is_empty(), "the page's script threw: {:#?}", browser.exceptions);
}

#[test]
fn the_page_loads_in_both_languages_in_a_browser() {
    let Some((service, mut browser)) = browser_on(Path::new(ACME), &[], None) else { return };
    browser.headers(json!({ "Accept-Language": "ru-RU,ru;q=0.9" }));
    browser.open(&service.url("/"));
    assert_eq!(browser.eval("document.documentElement.lang"), "ru");
    for id in SECTIONS {
        assert_eq!(browser.eval(&format!("!!document.getElementById('{id}')")), true, "section {id}");
    }
    assert_eq!(browser.text("#gates h2").as_deref(), Some("Минимум: кто никогда не станет нашим клиентом"));
    assert_eq!(browser.eval("document.querySelectorAll('#gates li').length"), 2);
    assert_eq!(browser.eval("document.querySelectorAll('#classes li').length"), 4);
    assert_eq!(browser.eval("document.querySelectorAll('#lead-form [name]').length"), 12);
    browser.open(&service.url("/?lang=en"));
    assert_eq!(browser.eval("document.documentElement.lang"), "en");
    assert_eq!(browser.text("#temperatures li .deadline").as_deref(), Some("respond within 15 minutes"));
    assert_eq!(browser.text("#try h2").as_deref(), Some("Try a lead"));
    no_exceptions(&browser);
}

#[test]
fn the_form_shows_the_verdict_as_it_is_filled_in_a_browser() {
    let Some((service, mut browser)) = browser_on(Path::new(ACME), &[], None) else { return };
    browser.open(&service.url("/?lang=en"));
    let shown = |browser: &mut Browser, key: &str| {
        browser.eval(&format!("getComputedStyle(document.querySelector('[data-row={key}]')).display !== 'none'"))
    };
    assert_eq!(shown(&mut browser, "class"), false, "no verdict before a value is typed");
    browser.type_into("[name=id]", "L-7");
    browser.type_into("[name=employees]", "200");
    browser.choose("[name=industry]", "it");
    browser.choose("[name=contact_role]", "cto");
    browser.choose("[name=decision_maker]", "yes");
    browser.type_into("[name=budget_rub]", "600000");
    browser.choose("[name=source]", "referral");
    browser.wait_for("document.querySelector('dd[data-key=class]').textContent === 'MQL'", "the verdict MQL");
    assert_eq!(browser.text("dd[data-key=score]").as_deref(), Some("40"));
    assert_eq!(shown(&mut browser, "class"), true);
    assert_eq!(shown(&mut browser, "failed_gates"), false, "what the verdict does not have is not shown");
    assert_eq!(browser.text("dd[data-key=decided_by]").as_deref(), Some("line 74: MQL when score >= 30"));
    let questions = browser.eval("[...document.querySelectorAll('#questions li')].map(l => l.textContent)");
    assert!(questions.as_array().unwrap().iter().any(|q| q == "timeline ≤ 90 days → SQL"), "{questions}");
    assert!(browser.text("#explanation").unwrap().starts_with("lead L-7: MQL\n"));
    // One more answer moves the lead: a timeline of 30 days passes BANT, and the lead is hot.
    browser.type_into("[name=timeline_days]", "30");
    browser.wait_for("document.querySelector('dd[data-key=class]').textContent === 'SQL'", "the verdict SQL");
    assert_eq!(browser.text("dd[data-key=temperature]").as_deref(), Some("hot"));
    assert_eq!(browser.text("dd[data-key=respond_within]").as_deref(), Some("15 minutes"));

    // In Russian: the labels, the explanation and the questions.
    browser.open(&service.url("/?lang=ru"));
    browser.type_into("[name=employees]", "5");
    browser.wait_for("document.querySelector('dd[data-key=class]').textContent === 'disqualified'", "disqualified");
    assert_eq!(browser.text("[data-row=class] dt").as_deref(), Some("Класс"));
    assert!(browser.text("#explanation").unwrap().starts_with("лид "), "{:?}", browser.text("#explanation"));
    assert_eq!(browser.text("dd[data-key=failed_gates]").as_deref(), Some("too small: fewer than 10 employees"));
    no_exceptions(&browser);
}

/// The 1-based line of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect("the needle") + 1
}

#[test]
fn the_editor_shows_a_mistake_and_the_moved_verdicts_in_a_browser() {
    let Some((service, mut browser)) = browser_on(Path::new(ACME), &["--sample", "rules/acme-leads.csv"], None) else {
        return;
    };
    let text = std::fs::read_to_string(ACME).unwrap();
    browser.open(&service.url("/edit?lang=en"));
    browser.wait_for("document.getElementById('check-status').textContent.startsWith('No problems')", "a clean check");
    browser.wait_for(
        "document.getElementById('moved-status').textContent.includes('None of the 25 leads')",
        "nothing moved",
    );
    // A mistake typed where a field name was.
    let at = text.find("employees >= 10").unwrap() + "employees".len();
    browser.eval(&format!(
        "(() => {{ const a = document.getElementById('rules'); a.focus(); a.setSelectionRange({0}, {0}); }})()",
        text[..at].chars().count()
    ));
    browser.type_into("#rules", "x");
    browser.wait_for("document.querySelector('#diagnostics li.error')", "a diagnostic");
    let line = line_of(&text, "employees >= 10");
    let diagnostic = browser.text("#diagnostics li.error").unwrap();
    assert!(diagnostic.starts_with("Error"), "{diagnostic}");
    assert!(diagnostic.contains(&format!("line {line}, column")), "{diagnostic}");
    assert!(diagnostic.contains("employeesx"), "{diagnostic}");
    assert!(browser.text("#diagnostics li.error .help").is_some_and(|h| h.starts_with("help: ")), "{diagnostic}");
    browser.wait_for(
        "document.getElementById('moved-status').textContent.startsWith('The service would refuse')",
        "refused",
    );

    // The proposed version 4: its moved verdict is listed.
    let relaxed = std::fs::read_to_string("rules/acme-relaxed.rules").unwrap();
    browser.eval(&format!(
        "(() => {{ const a = document.getElementById('rules'); a.value = {}; a.dispatchEvent(new Event('input')); }})()",
        serde_json::to_string(&relaxed).unwrap()
    ));
    browser.wait_for("document.querySelector('#moved tbody tr')", "a moved verdict");
    let row = browser.text("#moved tbody tr").unwrap();
    assert!(row.contains("new in version 4") && row.contains("MQL · cold") && row.contains("SQL · cold"), "{row}");
    assert_eq!(browser.text("#check-status").as_deref(), Some("No problems: the text checks clean."));

    // In Russian.
    browser.open(&service.url("/edit?lang=ru"));
    browser
        .wait_for("document.getElementById('check-status').textContent.startsWith('Замечаний нет')", "a clean check");
    browser.type_into("#rules", "\nfoo");
    browser.wait_for("document.querySelector('#diagnostics li.error')", "a diagnostic");
    let diagnostic = browser.text("#diagnostics li.error").unwrap();
    assert!(diagnostic.starts_with("Ошибка") && diagnostic.contains("строка "), "{diagnostic}");
    no_exceptions(&browser);
}

#[test]
fn the_editor_lists_the_used_files_in_a_browser() {
    let Some((service, mut browser)) = browser_on(Path::new("tests/imports/company.rules"), &[], None) else {
        return;
    };
    browser.open(&service.url("/edit?lang=en"));
    browser.wait_for("document.querySelectorAll('#used-texts details.used-file').length >= 2", "the used files");
    let listed = browser.eval(
        "Array.from(document.querySelectorAll('#used-texts details.used-file summary code')).map(c => c.textContent).join(' ')",
    );
    let listed = listed.as_str().unwrap();
    assert!(listed.contains("std/bant.rules") && listed.contains("frameworks/size.rules"), "{listed}");
    // Read-only: shown as text, nothing to type into.
    assert_eq!(browser.eval("document.querySelectorAll('#used-texts textarea, #used-texts input').length"), 0);
    no_exceptions(&browser);
}

#[test]
fn with_a_token_the_page_asks_for_it_once_in_a_browser() {
    let Some((service, mut browser)) = browser_on(Path::new(ACME), &[], Some("s3cret-token")) else { return };
    browser.open(&service.url("/?lang=en"));
    assert_eq!(browser.eval("!!document.getElementById('token-form')"), true);
    browser.type_into("#token", "wrong");
    browser.eval("document.querySelector('#token-form button').click()");
    browser
        .wait_for("document.getElementById('token-status').textContent.includes('did not take')", "the token refused");
    browser.eval("document.getElementById('token').value = ''");
    browser.type_into("#token", "s3cret-token");
    browser.eval("document.querySelector('#token-form button').click()");
    browser.wait_for("document.getElementById('gates')", "the definition");
    browser.type_into("[name=employees]", "5");
    browser.wait_for("document.querySelector('dd[data-key=class]').textContent === 'disqualified'", "a verdict");
    // The tab keeps the token: the editor opens without asking again.
    browser.open(&service.url("/edit?lang=en"));
    browser.wait_for("document.getElementById('check-status').textContent.startsWith('No problems')", "the editor");
    no_exceptions(&browser);
}

/// The text a person reads on a page: no style, no script, no tags, entities decoded.
fn page_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        text.push(' ');
        rest = &rest[start..];
        let skip = ["<style", "<script"].iter().find(|t| rest.starts_with(**t)).map(|t| format!("</{}>", &t[1..]));
        let end = match skip {
            Some(close) => rest.find(&close).map(|i| i + close.len()),
            None => rest.find('>').map(|i| i + 1),
        };
        rest = &rest[end.unwrap_or(rest.len())..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn the_russian_page_has_no_english_left() {
    let service = Service::start(Path::new(ACME), &["--sample", "rules/acme-leads.csv"], Some("s3cret-token"));
    let rules = std::fs::read_to_string(ACME).unwrap();
    let authors: std::collections::HashSet<&str> =
        rules.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').collect();
    // The program's name, the other language's own name, the HTTP header the token page names,
    // the option and the files the editor names, the digest's algorithm.
    let ours =
        ["leadrules", "CRM", "English", "Authorization", "Bearer", "sample", "rules", "acme", "leads", "csv", "sha256"];
    let token = [("Authorization", "Bearer s3cret-token")];
    let pages = [
        ("/?lang=ru", &[][..], "Сервис просит токен"),
        ("/edit?lang=ru", &[][..], "Сервис просит токен"),
        ("/page/home?lang=ru", &token[..], "Минимум: кто никогда не станет нашим клиентом"),
        ("/page/edit?lang=ru", &token[..], "Вердикты, которые сдвинет изменение"),
    ];
    for (path, headers, heading) in pages {
        let (status, html) = service.get_with(path, headers).pair();
        assert_eq!(status, 200, "{path}");
        // The rule text itself (the editor's) is the author's.
        let html = match (html.find("<textarea"), html.find("</textarea>")) {
            (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
            _ => html,
        };
        let text = page_text(&html);
        let english: Vec<&str> = text
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
            .filter(|w| !authors.contains(w) && !ours.contains(w))
            .collect();
        assert!(english.is_empty(), "{path}: English on the Russian page: {english:?}\n{text}");
        assert!(text.contains(heading), "{path}: {text}");
    }
}

#[test]
fn a_refused_change_is_said_above_the_version_that_keeps_serving() {
    let dir = common::scratch("serve-page-refused");
    let rules = dir.join("acme.rules");
    let text = std::fs::read_to_string(ACME).unwrap();
    std::fs::write(&rules, &text).unwrap();
    let service = Service::start(&rules, &[], None);
    assert!(!service.get_with("/", &[]).pair().1.contains("id=\"refused\""));
    std::fs::write(&rules, text.replace("employees >= 10", "employes >= 10")).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, page) = service.get_with("/?lang=ru", &[]).pair();
        if page.contains("id=\"refused\"") {
            assert!(page.contains("Последнее изменение файлов правил"), "{page}");
            assert!(page.contains("не принято, поэтому действует версия ниже"), "{page}");
            assert!(page.contains("<h1 id=\"definition-name\">ACME Cloud</h1>"));
            break;
        }
        assert!(Instant::now() < deadline, "the refusal is not on the page within 10 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    let (_, edit) = service.get_with("/edit?lang=en", &[]).pair();
    assert!(edit.contains("The last change to the rule files ("), "{edit}");
}

/// The acme rules as version `n`, whose MQL playbook says its number.
fn acme_version(n: u32) -> String {
    std::fs::read_to_string(ACME)
        .unwrap()
        .replace("version 3 effective", &format!("version {n} effective"))
        .replace("marketing nurture: case studies", &format!("marketing nurture {n}: case studies"))
}

#[test]
fn the_page_reads_spaced_numbers_and_shows_a_new_version_in_a_browser() {
    let dir = common::scratch("serve-page-new-version");
    let rules = dir.join("acme.rules");
    std::fs::write(&rules, std::fs::read_to_string(ACME).unwrap()).unwrap();
    let Some((service, mut browser)) = browser_on(&rules, &[], None) else { return };
    for (n, lang, notice) in [
        (4, "en", "A new version is in force; this page now shows it: “ACME Cloud” version 4 (sha256:"),
        (5, "ru", "В силу вступила новая версия; страница теперь показывает её: “ACME Cloud” версия 5 (sha256:"),
    ] {
        browser.open(&service.url(&format!("/?lang={lang}")));
        // Numbers as people type them, spaced and with a decimal comma, as the reader takes them.
        browser.type_into("[name=id]", "L-7");
        browser.type_into("[name=employees]", "1 200");
        browser.choose("[name=industry]", "it");
        browser.choose("[name=contact_role]", "cto");
        browser.choose("[name=decision_maker]", "yes");
        browser.type_into("[name=budget_rub]", "1 000 000,50");
        browser.choose("[name=source]", "referral");
        browser.wait_for("document.querySelector('dd[data-key=class]').textContent === 'MQL'", "the verdict MQL");
        assert_eq!(browser.text("dd[data-key=deal_size]").as_deref(), Some("1000000.5"));
        assert_eq!(browser.eval("document.getElementById('in-force').hidden"), true);
        // The rule file is saved as a new version: the page shows it, the values typed kept.
        std::fs::write(&rules, acme_version(n)).unwrap();
        browser.wait_for(
            &format!(
                "document.querySelector('dd[data-key=playbook]').textContent.startsWith('marketing nurture {n}:')"
            ),
            "the new version's verdict",
        );
        let said = browser.text("#in-force").unwrap();
        assert!(said.starts_with(notice), "{said}");
        assert_eq!(browser.eval("document.querySelector('[name=budget_rub]').value"), "1 000 000,50");
        assert_eq!(browser.eval("document.getElementById('in-force').hidden"), false);
        let sections = browser.text("#classes").unwrap();
        assert!(sections.contains(&format!("marketing nurture {n}:")), "{sections}");
    }

    // The editor may hold an edit: the new version is offered, not put over it.
    for (n, lang, offer) in [(6, "en", "A new version is in force:"), (7, "ru", "В силу вступила новая версия:")]
    {
        browser.open(&service.url(&format!("/edit?lang={lang}")));
        browser.wait_for("document.getElementById('check-status').textContent !== ''", "a check");
        browser.type_into("#rules", "# an edit\n");
        std::fs::write(&rules, acme_version(n)).unwrap();
        browser.wait_for("document.getElementById('load-new')", "the new version offered");
        assert!(browser.text("#in-force").unwrap().starts_with(offer));
        let area = browser.eval("document.getElementById('rules').value");
        assert!(area.as_str().unwrap().contains("# an edit"), "the edit is kept until asked");
        browser.eval("document.getElementById('load-new').click()");
        browser.wait_for(
            &format!("document.getElementById('rules').value.includes('version {n} effective')"),
            "the new version's text",
        );
    }
    no_exceptions(&browser);
}

#[test]
fn the_editor_says_only_the_main_file_is_edited_here() {
    let service = Service::start(Path::new("tests/imports/company.rules"), &[], None);
    let (status, english) = service.get_with("/edit?lang=en", &[]).pair();
    assert_eq!(status, 200);
    assert!(english.contains("id=\"used-files\""), "{english}");
    assert!(english.contains("Only") && english.contains("The files it uses (std/bant.rules"), "{english}");
    let (_, russian) = service.get_with("/edit?lang=ru", &[]).pair();
    assert!(russian.contains("Файлы, которые он подключает (std/bant.rules"), "{russian}");
    // Each used file is listed read-only, with its text as the version in force loaded it.
    assert!(english.contains("<details class=\"used-file\" data-file=\"std/bant.rules\">"), "{english}");
    assert!(english.contains("framework company_size pass all"), "{english}");
    assert!(english.contains("read-only") && russian.contains("только для чтения"), "{russian}");
    // A definition that uses no file says nothing of it.
    let service = Service::start(Path::new(ACME), &[], None);
    assert!(!service.get_with("/edit?lang=en", &[]).pair().1.contains("id=\"used-files\""));
}

#[test]
fn an_edit_is_checked_with_the_used_files_of_the_version_in_force() {
    let dir = common::scratch("serve-page-used");
    std::fs::create_dir_all(dir.join("frameworks")).unwrap();
    let main = std::fs::read_to_string("tests/imports/company.rules").unwrap();
    let size = std::fs::read_to_string("tests/imports/frameworks/size.rules").unwrap();
    std::fs::write(dir.join("company.rules"), &main).unwrap();
    std::fs::write(dir.join("frameworks/size.rules"), &size).unwrap();
    let service = Service::start(&dir.join("company.rules"), &[], None);
    // The used file broken on disk: refused, and the version in force keeps its own text of it.
    // (After the watcher's first look at the files, which may come just after the start.)
    std::thread::sleep(Duration::from_millis(1100));
    std::fs::write(dir.join("frameworks/size.rules"), size.replace("employees >= min", "employes >= min")).unwrap();
    service.until(|d| d["last_reload"]["outcome"] == "refused");
    let checked = service.post("/v1/check", "text/plain", &main).json();
    let errors: Vec<&Value> = checked.as_array().unwrap().iter().filter(|d| d["severity"] == "error").collect();
    assert!(errors.is_empty(), "checked with the used file in force, not the one on disk: {checked:#}");
    let moved = service.post("/v1/moved", "text/plain", &main).json();
    assert_eq!(moved["refused"], Value::Null, "{moved:#}");
    // A mistake in the edit is still found, in the main file.
    let wrong =
        main.replace("use \"frameworks/size.rules\"", "use \"frameworks/size.rules\" with min_employees = \"many\"");
    let checked = service.post("/v1/check", "text/plain", &wrong).json();
    assert!(checked.as_array().unwrap().iter().any(|d| d["severity"] == "error"), "{checked:#}");
}
