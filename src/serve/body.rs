//! A request's body as leads for `input`'s JSON reader, which maps the CRM's field names to the
//! definition's fields by their `from` names, as it does for an export:
//! - `application/json`: one lead (an object) or a batch (an array of objects);
//! - `application/x-ndjson` (or `application/jsonl`): a batch, one object a line;
//! - `application/x-www-form-urlencoded`, as CRM webhooks send it: amoCRM / Kommo's nested
//!   `leads[add][0][name]=...` keys, whose custom fields come as
//!   `leads[add][0][custom_fields][0][name]=Бюджет` with `...[values][0][value]=600000` (each
//!   lead of the event becomes one object, its custom fields by their names); any other form,
//!   such as a Bitrix24 robot's or business process's outgoing webhook, is one lead of flat
//!   `key=value` pairs, every key as written.
//!
//! The parameters of the request's URL (`/v1/qualify?ID=42&Бюджет=600000`) are fields of the lead
//! too: a Bitrix24 robot "Outgoing webhook" sends the fields written into its URL there, and only
//! its own `auth[...]` and `document_id[...]` in the body. They join a lead sent as a form (each
//! lead of an amoCRM event), as a JSON object, or make the lead alone when the body is empty; a
//! key in both is taken from the URL. A batch of JSON leads is not given them. The URL's
//! `access_token` is the service's token (see `front`), never a field.
//!
//! A web form service's connection test is no lead: a form or a JSON object whose only field is
//! `test` (Tilda posts `test=test` when a webhook is connected, and keeps the webhook only if it
//! is answered `200`).
//!
//! A body that is JSON (its first character `{` or `[`) sent as a form, as plain text or as bytes
//! (`curl -d` sends a form's type; some webhook tools send `text/plain`) is read as JSON; a UTF-8
//! byte-order mark before the body (some .NET, PowerShell and 1C clients write one) is dropped.

use super::answer::ApiError;
use crate::msg;
use axum::http::StatusCode;

/// The leads of a request, as JSON for the reader.
#[derive(Debug, PartialEq)]
pub enum Leads {
    /// One lead: the text of a JSON object.
    One(Vec<u8>),
    /// A batch: a JSON array, or (`lines`) JSON Lines.
    Many {
        /// The JSON text.
        bytes: Vec<u8>,
        /// Whether it is one object a line, rather than an array.
        lines: bool,
    },
    /// No lead: a web form service's connection test (see the module's documentation).
    ConnectionTest,
}

/// The leads of a body sent with `content_type` (none is read as JSON) to a URL with `query`.
pub fn decode(content_type: Option<&str>, mut body: Vec<u8>, query: Option<&str>) -> Result<Leads, ApiError> {
    if body.starts_with(UTF8_BOM) {
        body.drain(..UTF8_BOM.len());
    }
    let charset = content_type.and_then(charset_of);
    let mut in_url: Pairs = query.map_or_else(Vec::new, |query| form_pairs(query.as_bytes(), charset));
    in_url.retain(|(key, _)| key != super::front::TOKEN_PARAMETER);
    if !in_url.is_empty() && body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Leads::One(object(&in_url)));
    }
    if in_url.is_empty() && is_connection_test(&body, charset) {
        return Ok(Leads::ConnectionTest);
    }
    let media = content_type.unwrap_or("application/json").split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let json_mislabelled = matches!(first, Some(b'{' | b'['))
        && matches!(media.as_str(), "application/x-www-form-urlencoded" | "text/plain" | "application/octet-stream");
    match if json_mislabelled { "application/json" } else { media.as_str() } {
        "application/json" | "text/json" => match first {
            Some(b'{') => Ok(Leads::One(with_url_fields(body, &in_url))),
            Some(b'[') => Ok(Leads::Many { bytes: body, lines: false }),
            Some(_) => Err(ApiError::bad_request(msg!("serve-json-not-leads"))),
            None => Err(ApiError::bad_request(msg!("serve-empty-body"))),
        },
        "application/x-ndjson" | "application/jsonl" | "application/x-jsonlines" | "application/json-lines" => {
            if body.iter().all(u8::is_ascii_whitespace) {
                return Err(ApiError::bad_request(msg!("serve-empty-body")));
            }
            Ok(Leads::Many { bytes: body, lines: true })
        }
        "application/x-www-form-urlencoded" => form(&body, &in_url, charset),
        _ => Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            msg!("serve-unsupported-media-type", media = media.as_str()),
        )),
    }
}

/// Whether `body` is a connection test: a form or a JSON object whose only field is `test`.
fn is_connection_test(body: &[u8], charset: Option<&'static encoding_rs::Encoding>) -> bool {
    const TEST: &str = "test";
    // A lead is longer, or has no field named so: most requests are told apart here.
    if body.len() > 128 || memchr::memmem::find(body, TEST.as_bytes()).is_none() {
        return false;
    }
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(body) {
            Ok(object) => object.len() == 1 && object.contains_key(TEST),
            Err(_) => false,
        },
        Some(_) => {
            let pairs = form_pairs(body, charset);
            !pairs.is_empty() && pairs.iter().all(|(key, _)| key == TEST)
        }
        None => false,
    }
}

/// The byte-order mark of UTF-8.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// One lead of a form: its keys and values in order (a key may come twice; the reader says so).
type Pairs = Vec<(String, String)>;

/// A JSON object's text with the URL's fields added (a key it has is taken from the URL); the
/// text as it is when there are none, or when it is not one whole object (the reader says
/// what is wrong with it).
fn with_url_fields(body: Vec<u8>, in_url: &Pairs) -> Vec<u8> {
    if in_url.is_empty() {
        return body;
    }
    let Ok(serde_json::Value::Object(mut lead)) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return body;
    };
    for (key, value) in in_url {
        lead.insert(key.clone(), serde_json::Value::from(value.as_str()));
    }
    serde_json::Value::Object(lead).to_string().into_bytes()
}

/// A lead's pairs after the URL's fields, but for the keys the URL gives.
fn after_url_fields(in_url: &Pairs, lead: Pairs) -> Pairs {
    let mut joined = in_url.clone();
    joined.extend(lead.into_iter().filter(|(key, _)| !in_url.iter().any(|(given, _)| given == key)));
    joined
}

/// The encoding a content type's `charset` names, if it names one.
fn charset_of(content_type: &str) -> Option<&'static encoding_rs::Encoding> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        let value = value.trim().trim_matches('"');
        name.trim().eq_ignore_ascii_case("charset").then(|| encoding_rs::Encoding::for_label(value.as_bytes()))?
    })
}

/// The `key=value` pairs of a form or a URL's query, in order: `+` is a space and `%XX` a byte,
/// and the bytes are text in the encoding the `charset` names; without one, UTF-8 when every
/// key and value is UTF-8, else Windows-1251, as the Russian CRMs that are not in UTF-8 (older
/// Bitrix24 portals) write it.
fn form_pairs(bytes: &[u8], charset: Option<&'static encoding_rs::Encoding>) -> Pairs {
    let unescape = |part: &[u8]| -> Vec<u8> {
        let spaced: Vec<u8> = part.iter().map(|&b| if b == b'+' { b' ' } else { b }).collect();
        percent_encoding::percent_decode(&spaced).collect()
    };
    let raw: Vec<(Vec<u8>, Vec<u8>)> = bytes
        .split(|&b| b == b'&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| match piece.iter().position(|&b| b == b'=') {
            Some(at) => (unescape(&piece[..at]), unescape(&piece[at + 1..])),
            None => (unescape(piece), Vec::new()),
        })
        .collect();
    let utf8 = raw.iter().all(|(k, v)| std::str::from_utf8(k).is_ok() && std::str::from_utf8(v).is_ok());
    let encoding = charset.unwrap_or(if utf8 { encoding_rs::UTF_8 } else { encoding_rs::WINDOWS_1251 });
    let text = |bytes: &[u8]| encoding.decode_without_bom_handling(bytes).0.into_owned();
    raw.iter().map(|(k, v)| (text(k), text(v))).collect()
}

/// The leads of a form-encoded body, each with the URL's fields.
fn form(body: &[u8], in_url: &Pairs, charset: Option<&'static encoding_rs::Encoding>) -> Result<Leads, ApiError> {
    let pairs = form_pairs(body, charset);
    if pairs.is_empty() {
        return Err(ApiError::bad_request(msg!("serve-empty-body")));
    }
    let leads = if pairs.iter().any(|(key, _)| key.starts_with("leads[")) { amocrm(&pairs) } else { vec![pairs] };
    let leads: Vec<Pairs> = leads.into_iter().map(|lead| after_url_fields(in_url, lead)).collect();
    let mut objects: Vec<Vec<u8>> = leads.iter().map(object).collect();
    match objects.len() {
        0 => Err(ApiError::bad_request(msg!("serve-form-no-lead"))),
        1 => Ok(Leads::One(objects.remove(0))),
        _ => Ok(Leads::Many { bytes: objects.join(&b'\n'), lines: true }),
    }
}

/// A lead as a JSON object, its values as text (read like the cells of an export).
fn object(lead: &Pairs) -> Vec<u8> {
    let mut text = String::from("{");
    for (i, (key, value)) in lead.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&serde_json::Value::from(key.as_str()).to_string());
        text.push(':');
        text.push_str(&serde_json::Value::from(value.as_str()).to_string());
    }
    text.push('}');
    text.into_bytes()
}

/// The bracketed parts of a form key: `leads[add][0][name]` → `leads`, `add`, `0`, `name`.
fn parts(key: &str) -> Vec<&str> {
    let (head, mut rest) = key.split_once('[').unwrap_or((key, ""));
    let mut parts = vec![head];
    while let Some((part, after)) = rest.split_once(']') {
        parts.push(part);
        rest = after.strip_prefix('[').unwrap_or(after);
    }
    parts
}

/// The leads of an amoCRM / Kommo webhook: one for each `leads[EVENT][N]`, in the order they
/// first appear; its plain keys as they are, its custom fields by their names (several values
/// of one field joined with `, `). Keys of anything else (`account[...]`, contacts) are left out.
fn amocrm(pairs: &[(String, String)]) -> Vec<Pairs> {
    struct Lead<'a> {
        event: &'a str,
        index: &'a str,
        plain: Pairs,
        /// Custom field number → (its name, its values).
        custom: Vec<(&'a str, Option<String>, Vec<String>)>,
    }
    let mut leads: Vec<Lead> = Vec::new();
    for (key, value) in pairs {
        let parts = parts(key);
        let [head, event, index, rest @ ..] = parts.as_slice() else { continue };
        if *head != "leads" || rest.is_empty() {
            continue;
        }
        let at = match leads.iter().position(|l| l.event == *event && l.index == *index) {
            Some(at) => at,
            None => {
                leads.push(Lead { event, index, plain: Vec::new(), custom: Vec::new() });
                leads.len() - 1
            }
        };
        let lead = &mut leads[at];
        match rest {
            [name] => lead.plain.push(((*name).to_string(), value.clone())),
            ["custom_fields", number, what @ ..] => {
                let field = match lead.custom.iter().position(|(n, _, _)| n == number) {
                    Some(field) => field,
                    None => {
                        lead.custom.push((number, None, Vec::new()));
                        lead.custom.len() - 1
                    }
                };
                match what {
                    ["name"] => lead.custom[field].1 = Some(value.clone()),
                    ["values", _, "value"] => lead.custom[field].2.push(value.clone()),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    leads
        .into_iter()
        .map(|lead| {
            let mut pairs = lead.plain;
            for (_, name, values) in lead.custom {
                if let Some(name) = name {
                    pairs.push((name, values.join(", ")));
                }
            }
            pairs
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(leads: Leads) -> String {
        match leads {
            Leads::One(bytes) | Leads::Many { bytes, .. } => String::from_utf8(bytes).unwrap(),
            Leads::ConnectionTest => "(connection test)".into(),
        }
    }

    #[test]
    fn a_connection_test_is_no_lead_and_a_lead_with_a_test_field_is_one() {
        let form = Some("application/x-www-form-urlencoded");
        for (content_type, body) in
            [(form, "test=test"), (form, "test=1&test=2"), (None, r#" {"test": "test"} "#), (form, r#"{"test":1}"#)]
        {
            let leads = decode(content_type, body.as_bytes().to_vec(), None);
            assert!(matches!(leads, Ok(Leads::ConnectionTest)), "{body}");
        }
        for (content_type, body, query) in [
            (form, "test=test&name=Ivan", None),
            (None, r#"{"test": "test", "ID": 1}"#, None),
            (form, "test=test", Some("ID=7")),
            (None, "[{\"test\": 1}]", None),
        ] {
            let leads = decode(content_type, body.as_bytes().to_vec(), query);
            assert!(leads.is_ok_and(|leads| leads != Leads::ConnectionTest), "{body} {query:?}");
        }
    }

    #[test]
    fn an_amocrm_lead_has_its_custom_fields_by_name() {
        let body = "leads%5Badd%5D%5B0%5D%5Bid%5D=42&leads[add][0][name]=Deal&\
            leads[add][0][custom_fields][0][id]=7&leads[add][0][custom_fields][0][name]=%D0%91%D1%8E%D0%B4%D0%B6%D0%B5%D1%82&\
            leads[add][0][custom_fields][0][values][0][value]=600+000&account[subdomain]=acme";
        let leads = decode(Some("application/x-www-form-urlencoded"), body.as_bytes().to_vec(), None).unwrap();
        assert_eq!(text(leads), r#"{"id":"42","name":"Deal","Бюджет":"600 000"}"#);
    }

    #[test]
    fn several_amocrm_leads_are_a_batch() {
        let body = "leads[add][0][id]=1&leads[add][1][id]=2&leads[status][0][id]=3";
        let leads = decode(Some("application/x-www-form-urlencoded"), body.as_bytes().to_vec(), None).unwrap();
        assert_eq!(
            leads,
            Leads::Many { bytes: b"{\"id\":\"1\"}\n{\"id\":\"2\"}\n{\"id\":\"3\"}".to_vec(), lines: true }
        );
    }

    #[test]
    fn a_flat_form_is_one_lead_with_keys_as_written() {
        let body = "ID=15&employees=250&data[FIELDS][TITLE]=x";
        let leads =
            decode(Some("application/x-www-form-urlencoded; charset=utf-8"), body.as_bytes().to_vec(), None).unwrap();
        assert_eq!(text(leads), r#"{"ID":"15","employees":"250","data[FIELDS][TITLE]":"x"}"#);
    }

    /// A Bitrix24 robot's outgoing webhook: the lead's fields in the URL, the robot's own keys
    /// in the body; the URL's fields join a JSON lead and each lead of an amoCRM event, and
    /// make the lead alone with no body.
    #[test]
    fn the_url_s_parameters_are_fields_of_the_lead() {
        let query = Some("ID=L-8&%D0%91%D1%8E%D0%B4%D0%B6%D0%B5%D1%82=600+000");
        let robot = "document_id[0]=crm&document_id[2]=LEAD_8&auth[domain]=acme.bitrix24.ru&ID=ignored";
        let leads = decode(Some("application/x-www-form-urlencoded"), robot.as_bytes().to_vec(), query).unwrap();
        assert_eq!(
            text(leads),
            r#"{"ID":"L-8","Бюджет":"600 000","document_id[0]":"crm","document_id[2]":"LEAD_8","auth[domain]":"acme.bitrix24.ru"}"#
        );
        let leads = decode(None, Vec::new(), query).unwrap();
        assert_eq!(text(leads), r#"{"ID":"L-8","Бюджет":"600 000"}"#);
        let with_token = Some("ID=L-8&access_token=s3cret");
        assert_eq!(text(decode(None, Vec::new(), with_token).unwrap()), r#"{"ID":"L-8"}"#);
        let leads = decode(Some("application/json"), br#"{"ID": "x", "a": 1}"#.to_vec(), query).unwrap();
        assert_eq!(text(leads), r#"{"ID":"L-8","a":1,"Бюджет":"600 000"}"#);
        let amo = "leads[add][0][id]=1&leads[add][1][id]=2";
        let leads =
            decode(Some("application/x-www-form-urlencoded"), amo.as_bytes().to_vec(), Some("src=amo")).unwrap();
        assert_eq!(text(leads), "{\"src\":\"amo\",\"id\":\"1\"}\n{\"src\":\"amo\",\"id\":\"2\"}");
        // A batch of JSON leads is not given them, and a broken object is left to the reader.
        let lines = decode(Some("application/x-ndjson"), b"{}\n{}".to_vec(), query).unwrap();
        assert_eq!(text(lines), "{}\n{}");
        assert_eq!(text(decode(None, b"{\"a\": ".to_vec(), query).unwrap()), "{\"a\": ");
    }

    /// A form in Windows-1251 (an older Bitrix24 portal): named by its charset, or found so
    /// when its bytes are not UTF-8; UTF-8 stays UTF-8.
    #[test]
    fn a_form_in_windows_1251_is_read_as_such() {
        // «Бюджет=600 000» and «ЛПР=да» in Windows-1251, percent-encoded.
        let body = "%C1%FE%E4%E6%E5%F2=600+000&%CB%CF%D0=%E4%E0";
        for content_type in
            ["application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=windows-1251"]
        {
            let leads = decode(Some(content_type), body.as_bytes().to_vec(), None).unwrap();
            assert_eq!(text(leads), r#"{"Бюджет":"600 000","ЛПР":"да"}"#, "{content_type}");
        }
        let utf8 = "%D0%9B%D0%9F%D0%A0=%D0%B4%D0%B0";
        let leads = decode(Some("application/x-www-form-urlencoded"), utf8.as_bytes().to_vec(), None).unwrap();
        assert_eq!(text(leads), r#"{"ЛПР":"да"}"#);
        // The URL's fields in the same encoding as the body's.
        let leads = decode(
            Some("application/x-www-form-urlencoded; charset=cp1251"),
            b"a=1".to_vec(),
            Some("%CB%CF%D0=%E4%E0"),
        )
        .unwrap();
        assert_eq!(text(leads), r#"{"ЛПР":"да","a":"1"}"#);
    }

    /// JSON sent with a form's type (`curl -d`), as plain text or as bytes is read as JSON, and a
    /// byte-order mark before a body is dropped.
    #[test]
    fn json_under_another_type_or_after_a_byte_order_mark_is_json() {
        for content_type in [
            Some("application/x-www-form-urlencoded"),
            Some("text/plain; charset=utf-8"),
            Some("application/octet-stream"),
            Some("application/json"),
            None,
        ] {
            let one = decode(content_type, b"\xEF\xBB\xBF {\"id\": 1}".to_vec(), None).unwrap();
            assert_eq!(one, Leads::One(b" {\"id\": 1}".to_vec()), "{content_type:?}");
            let many = decode(content_type, b"[{\"id\": 1}]".to_vec(), None).unwrap();
            assert_eq!(many, Leads::Many { bytes: b"[{\"id\": 1}]".to_vec(), lines: false }, "{content_type:?}");
        }
        let form = decode(Some("application/x-www-form-urlencoded"), b"\xEF\xBB\xBFID=15".to_vec(), None).unwrap();
        assert_eq!(text(form), r#"{"ID":"15"}"#);
    }

    #[test]
    fn what_is_not_leads_is_a_bad_request_or_an_unsupported_type() {
        let status = |ct: Option<&str>, body: &str| decode(ct, body.as_bytes().to_vec(), None).unwrap_err().status;
        assert_eq!(status(None, "  "), StatusCode::BAD_REQUEST);
        assert_eq!(status(Some("application/json"), "42"), StatusCode::BAD_REQUEST);
        assert_eq!(status(Some("application/x-www-form-urlencoded"), "leads[add][0]=x"), StatusCode::BAD_REQUEST);
        assert_eq!(status(Some("text/csv"), "a,b"), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(status(Some("text/plain"), "ID=15"), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(status(Some("text/csv"), "{\"id\": 1}"), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
}
