//! `serve --audit-log` and `leadrules audit`: every verdict answered has its record in the log
//! (made durable before the answer), each version's texts are kept beside it, `audit` re-runs a
//! logged verdict by the version that judged it (even after the rule file changed), a record
//! that cannot be made durable fails its request with 503, and a `kill -9` under load loses no
//! answered record and leaves at most a torn last line, which `audit` and the next `serve`
//! tolerate; a second service on the same log is refused; `audit --at` reads local times with
//! their offset and `--format json` gives the same for programs. Each server is stopped at the
//! end of its test; every wait is bounded.

mod common;

use common::service::Service;

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ACME: &str = "rules/acme.rules";

/// The service on `rules`, logging to `log`.
fn start(rules: &Path, log: &Path) -> Service {
    Service::start(rules, &["--audit-log", log.to_str().unwrap()], None)
}

/// One `POST /v1/qualify` on its own connection; its status and JSON body, or nothing when no
/// whole answer came (the service died on the way).
fn post(addr: SocketAddr, content_type: &str, body: &str) -> Option<(u16, Value)> {
    let answer =
        common::service::try_send(addr, "POST", "/v1/qualify", &[("Content-Type", content_type)], body.as_bytes())?;
    Some((answer.status, serde_json::from_slice(&answer.body).ok()?))
}

fn qualify(service: &Service, content_type: &str, body: &str) -> Option<(u16, Value)> {
    post(service.addr, content_type, body)
}

/// The log's records, every line whole and a record; a last line without its line break (torn)
/// is returned apart.
fn records(log: &Path) -> (Vec<Value>, Vec<u8>) {
    let bytes = std::fs::read(log).unwrap();
    let whole = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |at| at + 1);
    let records = bytes[..whole]
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(l))))
        .collect();
    (records, bytes[whole..].to_vec())
}

fn lead(id: &str, employees: u32) -> Value {
    json!({
        "id": id, "Сотрудников": employees.to_string(), "Отрасль": "ИТ", "Должность контакта": "технический директор",
        "ЛПР": "да", "Бюджет, руб": "600 000", "Источник": "рекомендация", "created_at": "2026-11-24 09:00"
    })
}

fn audit(args: &[&str]) -> std::process::Output {
    let mut all = vec!["audit"];
    all.extend_from_slice(args);
    common::leadrules(&all)
}

fn texts_folder(log: &Path) -> PathBuf {
    PathBuf::from(format!("{}.d", log.display()))
}

#[test]
fn every_answer_has_its_record_and_audit_reruns_the_version_that_judged_it() {
    let dir = common::scratch("audit-records");
    let rules = dir.join("acme.rules");
    let text = std::fs::read_to_string(ACME).unwrap();
    std::fs::write(&rules, &text).unwrap();
    let log = dir.join("audit.jsonl");
    let mut service = start(&rules, &log);
    let (status, one) = qualify(&service, "application/json", &lead("L-42", 200).to_string()).unwrap();
    assert_eq!(status, 200, "{one:#}");
    // A batch with a blank lead the reader skips: each record keeps its own lead's input.
    let batch = format!(
        "{}\n{{}}\n{}",
        json!({"id": "B-1", "employees": 5}),
        json!({"id": "B-2", "employees": 300, "industry": "gambling"})
    );
    let (status, many) = qualify(&service, "application/x-ndjson", &batch).unwrap();
    assert_eq!(status, 200, "{many:#}");
    // A request that is not judged has no record.
    let (status, _) = qualify(&service, "application/json", r#"{"id": "U-1", "employees": "forty"}"#).unwrap();
    assert_eq!(status, 422);
    let (logged, torn) = records(&log);
    assert!(torn.is_empty());
    assert_eq!(logged.len(), 3, "{logged:#?}");
    let digest = one["definition"]["digest"].as_str().unwrap().to_string();
    assert_eq!(logged[0]["id"], "L-42");
    assert_eq!(logged[0]["definition"], one["definition"]);
    for field in ["class", "score", "respond_by"] {
        assert_eq!(logged[0][field], one["verdict"][field], "{field}");
        assert_eq!(logged[2][field], many["verdicts"][1][field], "{field}");
    }
    assert_eq!(logged[0]["lead"], lead("L-42", 200));
    assert_eq!(logged[1]["lead"], json!({"id": "B-1", "employees": 5}));
    assert_eq!(logged[2]["lead"]["industry"], "gambling");
    assert!(logged[0]["at"].as_str().unwrap().parse::<jiff::Timestamp>().is_ok());
    // The version's texts are kept once, by digest.
    let kept = texts_folder(&log).join(digest.strip_prefix("sha256:").unwrap());
    assert_eq!(std::fs::read_to_string(kept.join("0.rules")).unwrap(), text);

    // A new version of the file: its texts are kept too when it judges its first lead.
    let fourth = text
        .replace("version 3", "version 4")
        .replace("+10 when source = referral", "+15 when source = referral")
        .replace("score 80,", "score 85,");
    std::fs::write(&rules, fourth).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let second = loop {
        let (_, answer) = qualify(&service, "application/json", &lead("L-42", 200).to_string()).unwrap();
        if answer["definition"]["version"] == "4" {
            break answer;
        }
        assert!(Instant::now() < deadline, "version 4 not served within 10 s");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!((one["verdict"]["score"].as_i64(), second["verdict"]["score"].as_i64()), (Some(40), Some(45)));
    assert_eq!(service.terminate(), Some(0));
    assert_eq!(std::fs::read_dir(texts_folder(&log)).unwrap().count(), 2);

    // `audit` re-runs each record by the version that logged it, not the file as it is now:
    // the explanation is the one `explain` gives under that version.
    let log_arg = log.to_str().unwrap();
    let out = audit(&[log_arg, "--id", "L-42", "--lang", "en"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    let said = common::stdout(&out);
    let explained = common::leadrules(&["explain", ACME, "--lead", &lead("L-42", 200).to_string(), "--lang", "en"]);
    assert!(said.contains(&common::stdout(&explained)), "{said}");
    assert!(said.contains("lead L-42 (line 1 of the log): MQL, score 40"), "{said}");
    assert!(said.contains(&format!("by \"ACME Cloud\" version 3 ({digest})")), "{said}");
    assert!(said.contains("by \"ACME Cloud\" version 4"), "{said}");
    let of_l42 = records(&log).0.iter().filter(|r| r["id"] == "L-42").count();
    assert!(of_l42 >= 2);
    assert_eq!(said.matches("re-run by the same version: the same verdict").count(), of_l42, "{said}");
    let russian = audit(&[log_arg, "--id", "B-2", "--lang", "ru"]);
    assert_eq!(common::code(&russian), 0, "{}", common::stderr(&russian));
    assert!(common::stdout(&russian).contains("повторная оценка той же версией: тот же вердикт"));
    assert!(
        common::stdout(&russian).contains("лид B-2 (строка 3 журнала): disqualified"),
        "{}",
        common::stdout(&russian)
    );
    let missing = audit(&[log_arg, "--id", "L-404", "--lang", "en"]);
    assert_eq!(common::code(&missing), 3);
    assert!(common::stderr(&missing).contains("the log has no verdict for lead L-404"), "{}", common::stderr(&missing));
}

/// A batch holding records that are not leads (a blank one, a report's totals row): each record
/// of the log keeps its own lead, as the reader numbered them, and the answer counts what was
/// skipped.
#[test]
fn records_keep_their_own_leads_past_skipped_records() {
    let dir = common::scratch("audit-skipped");
    let log = dir.join("audit.jsonl");
    let mut service = start(Path::new(ACME), &log);
    let totals = json!({"Отрасль": "Итого", "Бюджет, руб": "1 200 000", "Сотрудников": "600"});
    let body = format!("{}\n{{}}\n{}\n{}\n", lead("A-1", 200), totals, lead("A-2", 300));
    let (status, answer) = qualify(&service, "application/x-ndjson", &body).unwrap();
    assert_eq!(status, 200, "{answer:#}");
    assert_eq!(answer["skipped"], json!({"blank": 1, "totals": 1}), "{answer:#}");
    assert_eq!(service.terminate(), Some(0));
    let (logged, _) = records(&log);
    assert_eq!(logged.len(), 2, "{logged:#?}");
    assert_eq!((&logged[0]["lead"], &logged[1]["lead"]), (&lead("A-1", 200), &lead("A-2", 300)));
}

/// A CRM's answer wrapping its leads in a list (Zoho's `{"data": [...]}`): one lead is answered
/// as one, several as a batch, and each record keeps its own lead.
#[test]
fn leads_wrapped_in_a_crm_s_list_are_a_lead_or_a_batch() {
    let dir = common::scratch("audit-wrapped");
    let log = dir.join("audit.jsonl");
    let mut service = start(Path::new(ACME), &log);
    let (status, one) =
        qualify(&service, "application/json", &json!({"data": [lead("W-1", 200)]}).to_string()).unwrap();
    assert_eq!(status, 200, "{one:#}");
    assert_eq!(one["verdict"]["id"], "W-1");
    let wrapped = json!({"data": [lead("W-2", 200), lead("W-3", 5)], "info": {"more_records": false}});
    let (status, many) = qualify(&service, "application/json", &wrapped.to_string()).unwrap();
    assert_eq!(status, 200, "{many:#}");
    let ids: Vec<&Value> = many["verdicts"].as_array().unwrap().iter().map(|v| &v["id"]).collect();
    assert_eq!(ids, [&json!("W-2"), &json!("W-3")]);
    assert_eq!(service.terminate(), Some(0));
    let (logged, _) = records(&log);
    let leads: Vec<&Value> = logged.iter().map(|r| &r["lead"]).collect();
    assert_eq!(leads, [&lead("W-1", 200), &lead("W-2", 200), &lead("W-3", 5)]);
}

/// A large batch (read on every core) with the log: its answer comes whole, after its records,
/// one a lead in the order sent, each with its own lead.
#[test]
fn a_large_batch_s_records_are_written_before_its_answer() {
    let dir = common::scratch("audit-large-batch");
    let log = dir.join("audit.jsonl");
    let mut service = start(Path::new(ACME), &log);
    let leads: Vec<String> = (0..3_000).map(|n| lead(&format!("L-{n}"), 10 + n % 500).to_string()).collect();
    let body = leads.join("\n");
    assert!(body.len() > 256 * 1024, "large enough to be read apart");
    let answer = common::service::try_send(
        service.addr,
        "POST",
        "/v1/qualify",
        &[("Content-Type", "application/x-ndjson")],
        body.as_bytes(),
    )
    .unwrap();
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert!(answer.header("content-length").is_some(), "not streamed: {}", answer.headers);
    let verdicts = answer.json()["verdicts"].as_array().unwrap().clone();
    assert_eq!(verdicts.len(), 3_000);
    assert_eq!(service.terminate(), Some(0));
    let (logged, torn) = records(&log);
    assert!(torn.is_empty());
    assert_eq!(logged.len(), 3_000);
    for (n, (record, verdict)) in logged.iter().zip(&verdicts).enumerate() {
        assert_eq!(record["id"], format!("L-{n}"));
        assert_eq!(record["lead"]["id"], format!("L-{n}"));
        assert_eq!(record["class"], verdict["class"], "lead {n}");
    }
}

/// A Bitrix24 robot's request: the lead's fields in the URL beside a secret for a proxy, the
/// robot's own credentials in the body. The log keeps the lead, not the credentials, and the
/// logged lead is judged again the same.
#[test]
fn credentials_sent_beside_a_lead_are_not_logged() {
    let dir = common::scratch("audit-credentials");
    let log = dir.join("audit.jsonl");
    let mut service = start(Path::new(ACME), &log);
    let url = format!(
        "/v1/qualify?id=L-8&secret=URL-SECRET&{}",
        [("Сотрудников", "200"), ("Отрасль", "ИТ"), ("ЛПР", "да"), ("Бюджет, руб", "600 000")]
            .map(|(key, value)| format!("{}={}", urlencode(key), urlencode(value)))
            .join("&")
    );
    let body = "document_id[2]=LEAD_8&auth[access_token]=BODY-SECRET&auth[domain]=acme.bitrix24.ru";
    let answer = common::service::try_send(
        service.addr,
        "POST",
        &url,
        &[("Content-Type", "application/x-www-form-urlencoded")],
        body.as_bytes(),
    )
    .unwrap();
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(service.terminate(), Some(0));
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(!text.contains("SECRET") && !text.contains("acme.bitrix24.ru"), "{text}");
    let (logged, _) = records(&log);
    assert_eq!(logged[0]["lead"]["secret"], "[hidden]");
    assert_eq!(logged[0]["lead"]["auth[access_token]"], "[hidden]");
    assert_eq!(logged[0]["lead"]["Сотрудников"], "200");
    assert_eq!(logged[0]["lead"]["document_id[2]"], "LEAD_8");
    let out = audit(&[log.to_str().unwrap(), "--id", "L-8", "--lang", "en"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    assert!(common::stdout(&out).contains("re-run by the same version: the same verdict"), "{}", common::stdout(&out));
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[test]
fn at_picks_the_verdict_in_force_then_and_a_changed_verdict_is_said() {
    let dir = common::scratch("audit-at");
    let log = dir.join("audit.jsonl");
    {
        let mut service = start(Path::new(ACME), &log);
        let (status, _) = qualify(&service, "application/json", &lead("L-42", 200).to_string()).unwrap();
        assert_eq!(status, 200);
        assert_eq!(service.terminate(), Some(0));
    }
    // The record as if logged on two days; the first says SQL, which its version does not give.
    let (logged, _) = records(&log);
    let mut tuesday = logged[0].clone();
    tuesday["at"] = json!("2026-11-24T10:00:00Z");
    tuesday["class"] = json!("SQL");
    let mut thursday = logged[0].clone();
    thursday["at"] = json!("2026-11-26T10:00:00Z");
    std::fs::write(&log, format!("{tuesday}\n{thursday}\n")).unwrap();
    let log_arg = log.to_str().unwrap();
    let out = audit(&[log_arg, "--id", "L-42", "--at", "2026-11-24", "--lang", "en"]);
    assert_eq!(common::code(&out), 1, "{}", common::stderr(&out));
    let said = common::stdout(&out);
    assert!(said.contains("lead L-42 (line 1 of the log): SQL"), "{said}");
    assert!(said.contains("re-run by the same version: a different verdict (class: SQL → MQL)"), "{said}");
    assert!(!said.contains("line 2 of the log"), "{said}");
    let out = audit(&[log_arg, "--id", "L-42", "--at", "2026-11-27 00:00", "--lang", "en"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    assert!(common::stdout(&out).contains("(line 2 of the log): MQL"), "{}", common::stdout(&out));
    let out = audit(&[log_arg, "--id", "L-42", "--at", "2026-11-23T23:59:59+03:00", "--lang", "en"]);
    assert_eq!(common::code(&out), 3);
    assert!(common::stderr(&out).contains("no verdict for lead L-42 up to 2026-11-23T23:59:59+03:00"));
    let out = audit(&[log_arg, "--id", "L-42", "--at", "last tuesday", "--lang", "en"]);
    assert_eq!(common::code(&out), 2, "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("2026-11-24 17:00 +03:00"), "{}", common::stderr(&out));
    // A local time with its offset: 12:59 in Moscow is 09:59 UTC, before the second record...
    let out = audit(&[log_arg, "--id", "L-42", "--at", "2026-11-26 12:59 +03:00", "--lang", "en"]);
    assert!(common::stdout(&out).contains("(line 1 of the log): SQL"), "{}", common::stdout(&out));
    // ...and 13:00 is its very time (10:00 UTC).
    let out = audit(&[log_arg, "--id", "L-42", "--at", "2026-11-26 13:00 +0300", "--lang", "en"]);
    assert!(common::stdout(&out).contains("(line 2 of the log): MQL"), "{}", common::stdout(&out));
    // A date with an offset runs through the end of that day there: 2026-11-25 at -05:00 ends at
    // 05:00 UTC on the 26th, before the second record (10:00 UTC).
    let out = audit(&[log_arg, "--id", "L-42", "--at", "2026-11-25 -05:00", "--lang", "en"]);
    assert!(common::stdout(&out).contains("(line 1 of the log): SQL"), "{}", common::stdout(&out));

    // The same for programs: every record, its re-run, what differs, the explanation.
    let out = audit(&[log_arg, "--id", "L-42", "--format", "json", "--lang", "en"]);
    assert_eq!(common::code(&out), 1, "{}", common::stderr(&out));
    let report: Value = serde_json::from_str(&common::stdout(&out)).unwrap();
    assert_eq!(report["id"], "L-42");
    assert_eq!(report["at"], Value::Null);
    let entries = report["records"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!((entries[0]["line"].as_u64(), entries[1]["line"].as_u64()), (Some(1), Some(2)));
    assert_eq!(entries[0]["class"], "SQL");
    assert_eq!(entries[0]["definition"], tuesday["definition"]);
    assert_eq!(entries[0]["lead"], lead("L-42", 200));
    assert_eq!(entries[0]["rerun"]["same"], false);
    assert_eq!(entries[0]["rerun"]["differences"], json!([{"field": "class", "logged": "SQL", "now": "MQL"}]));
    assert_eq!(entries[0]["rerun"]["verdict"]["class"], "MQL");
    assert_eq!(entries[1]["rerun"]["same"], true);
    assert_eq!(entries[1]["rerun"]["differences"], json!([]));
    let explained = common::leadrules(&["explain", ACME, "--lead", &lead("L-42", 200).to_string(), "--lang", "en"]);
    assert_eq!(entries[1]["rerun"]["explanation"].as_str(), Some(common::stdout(&explained).as_str()));
    let out = audit(&[log_arg, "--id", "L-42", "--at", "2026-11-27 00:00 +03:00", "--format", "json", "--lang", "ru"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    let report: Value = serde_json::from_str(&common::stdout(&out)).unwrap();
    assert_eq!(report["records"].as_array().unwrap().len(), 1);
    assert!(report["records"][0]["rerun"]["explanation"].as_str().unwrap().contains("лид L-42"));
    let out = audit(&[log_arg, "--id", "L-404", "--format", "json", "--lang", "en"]);
    assert_eq!(common::code(&out), 3);
    let report: Value = serde_json::from_str(&common::stdout(&out)).unwrap();
    assert_eq!(report["records"], json!([]));
}

#[test]
fn a_second_service_on_the_same_log_is_refused_and_the_first_goes_on() {
    let dir = common::scratch("audit-lock");
    let log = dir.join("audit.jsonl");
    let service = start(Path::new(ACME), &log);
    let (status, _) = qualify(&service, "application/json", &lead("L-1", 200).to_string()).unwrap();
    assert_eq!(status, 200);
    let second = Service::try_start(Path::new(ACME), &["--audit-log", log.to_str().unwrap()], None);
    let refused = second.err().expect("a second service on the same log is refused");
    assert_eq!(refused.code, Some(3), "{refused:?}");
    let said = refused.said.join("\n");
    assert!(
        said.contains("another service is writing the audit log") && said.contains(log.to_str().unwrap()),
        "{said}"
    );
    // In Russian (refused at once, so the command ends by itself).
    let log_arg = log.to_str().unwrap();
    let out = common::leadrules(&["serve", ACME, "--listen", "127.0.0.1:0", "--audit-log", log_arg, "--lang", "ru"]);
    assert_eq!(common::code(&out), 3, "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("уже пишет другой сервис"), "{}", common::stderr(&out));
    // The first one still logs every verdict, and its log is whole.
    let (status, _) = qualify(&service, "application/json", &lead("L-2", 200).to_string()).unwrap();
    assert_eq!(status, 200);
    let (logged, torn) = records(&log);
    assert!(torn.is_empty());
    assert_eq!(logged.iter().map(|r| r["id"].clone()).collect::<Vec<_>>(), vec![json!("L-1"), json!("L-2")]);
    // Once it stopped, another service may take the log.
    drop(service);
    let again = start(Path::new(ACME), &log);
    let (status, _) = qualify(&again, "application/json", &lead("L-3", 200).to_string()).unwrap();
    assert_eq!(status, 200);
}

#[test]
fn a_record_that_cannot_be_made_durable_fails_its_request_with_503() {
    let dir = common::scratch("audit-503");
    let log = dir.join("audit.jsonl");
    let service = start(Path::new(ACME), &log);
    // The texts' folder is taken by a file: the version's texts cannot be kept, so no record.
    let folder = texts_folder(&log);
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::write(&folder, "in the way").unwrap();
    let (status, answer) = qualify(&service, "application/json", &lead("L-1", 200).to_string()).unwrap();
    assert_eq!(status, 503, "{answer:#}");
    assert_eq!(answer["error"], "audit_log_failed");
    assert!(answer.get("verdict").is_none());
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .starts_with("the verdict was not answered because its record could not be made durable"),
        "{answer:#}"
    );
    assert!(records(&log).0.is_empty());
    // Once the folder can be written again, so can the records.
    std::fs::remove_file(&folder).unwrap();
    std::fs::create_dir(&folder).unwrap();
    let (status, _) = qualify(&service, "application/json", &lead("L-2", 200).to_string()).unwrap();
    assert_eq!(status, 200);
    let (logged, _) = records(&log);
    assert_eq!(logged.iter().map(|r| r["id"].clone()).collect::<Vec<_>>(), vec![json!("L-2")]);
    let mut stream = TcpStream::connect(service.addr).unwrap();
    stream.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut metrics = String::new();
    stream.read_to_string(&mut metrics).unwrap();
    // A verdict counts as served only once its record is durable: the one answered 503 does not.
    for line in [
        "leadrules_audit_records_total 1\n",
        "leadrules_audit_syncs_total 1\n",
        "leadrules_audit_failures_total 1\n",
        "leadrules_verdicts_total{class=\"MQL\"} 1\n",
        "# TYPE leadrules_audit_sync_seconds_total counter\n",
    ] {
        assert!(metrics.contains(line), "{metrics}");
    }
    // The time the one durable batch took to write and sync: more than nothing, less than the test.
    let seconds = metrics
        .lines()
        .find_map(|l| l.strip_prefix("leadrules_audit_sync_seconds_total ")?.parse::<f64>().ok())
        .unwrap_or_else(|| panic!("{metrics}"));
    assert!(seconds > 0.0 && seconds < 30.0, "{metrics}");
}

/// `kill -9` in the middle of a load from 6 threads: every request that got its answer has its
/// record (with the answered class, score and respond-by); every line is a whole record but
/// perhaps a torn last one, which `audit` leaves out with a note and the next `serve` cuts off.
#[cfg(unix)]
#[test]
fn kill_9_under_load_loses_no_answered_record() {
    let dir = common::scratch("audit-kill");
    let log = dir.join("audit.jsonl");
    let mut service = start(Path::new(ACME), &log);
    let addr = service.addr;
    let answered: Arc<Mutex<Vec<(String, Value)>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = (0..6)
        .map(|t| {
            let (answered, stop) = (Arc::clone(&answered), Arc::clone(&stop));
            std::thread::spawn(move || {
                let mut n = 0u32;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    let id = format!("K{t}-{n}");
                    // Single leads and small batches.
                    let (content_type, body) = if n.is_multiple_of(5) {
                        let two = [lead(&id, 50 + n), json!({"id": format!("{id}b"), "employees": n})];
                        ("application/x-ndjson", format!("{}\n{}", two[0], two[1]))
                    } else {
                        ("application/json", lead(&id, 10 + n % 400).to_string())
                    };
                    match post(addr, content_type, &body) {
                        Some((200, answer)) => {
                            let verdicts = match answer.get("verdicts") {
                                Some(Value::Array(all)) => all.clone(),
                                _ => vec![answer["verdict"].clone()],
                            };
                            let mut answered = answered.lock().unwrap();
                            for verdict in verdicts {
                                answered.push((verdict["id"].as_str().unwrap().to_string(), verdict));
                            }
                        }
                        Some((status, answer)) => panic!("{status}: {answer}"),
                        None => break,
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    service.child.kill().unwrap();
    let _ = service.child.wait();
    stop.store(true, Ordering::Relaxed);
    for thread in threads {
        thread.join().unwrap();
    }
    let answered = answered.lock().unwrap().clone();
    assert!(answered.len() > 50, "only {} answers before the kill", answered.len());
    let (logged, torn) = records(&log);
    let by_id: std::collections::HashMap<&str, &Value> =
        logged.iter().map(|r| (r["id"].as_str().unwrap(), r)).collect();
    for (id, verdict) in &answered {
        let record = by_id.get(id.as_str()).unwrap_or_else(|| panic!("{id} was answered but has no record"));
        for field in ["class", "score", "respond_by"] {
            assert_eq!(record[field], verdict[field], "{id} {field}");
        }
    }
    // A stop in the middle of a write may leave a torn last line; make sure there is one, as a
    // crash would leave it, and see `audit` and the next `serve` tolerate it.
    let mut file = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
    if torn.is_empty() {
        let whole = serde_json::to_vec(&logged[0]).unwrap();
        file.write_all(&whole[..whole.len() / 2]).unwrap();
    }
    drop(file);
    let (id, _) = &answered[0];
    let out = audit(&[log.to_str().unwrap(), "--id", id, "--lang", "en"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    assert!(
        common::stderr(&out).contains("of a record torn by a stop while it was being written"),
        "{}",
        common::stderr(&out)
    );
    assert!(common::stdout(&out).contains("re-run by the same version: the same verdict"));
    let length = std::fs::metadata(&log).unwrap().len();
    let mut again = start(Path::new(ACME), &log);
    assert!(
        again.before.iter().any(|l| l.contains("of a record torn by a crash") && l.contains("cut off")),
        "{:?}",
        again.before
    );
    let (status, _) = qualify(&again, "application/json", &lead("AFTER-1", 200).to_string()).unwrap();
    assert_eq!(status, 200);
    assert_eq!(again.terminate(), Some(0));
    let (after, torn) = records(&log);
    assert!(torn.is_empty());
    assert_eq!(after.len(), logged.len() + 1);
    assert_eq!(after.last().unwrap()["id"], "AFTER-1");
    assert!(std::fs::metadata(&log).unwrap().len() < length + 2000);
    let _ = again.said.try_iter().count();
}

/// `serve FOLDER`: the version whose `effective` date came last is served, and
/// `/v1/definition` names it and the next one (the dates are set around today; the switch on the
/// next date is tested with a date handed in, in `serve::dated`).
#[test]
fn a_folder_serves_the_version_in_force_and_names_the_next() {
    let dir = common::scratch("audit-dated");
    let folder = dir.join("rules");
    std::fs::create_dir_all(&folder).unwrap();
    let today = jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::now()).date();
    let text = std::fs::read_to_string(ACME).unwrap();
    for (version, days) in [(3, -30), (4, -1), (5, 40)] {
        let date = today.checked_add(jiff::Span::new().days(days)).unwrap();
        let dated = text.replace("version 3 effective 2026-12-01", &format!("version {version} effective {date}"));
        std::fs::write(folder.join(format!("acme-v{version}.rules")), dated).unwrap();
    }
    let log = dir.join("audit.jsonl");
    let service = start(&folder, &log);
    let (status, answer) = qualify(&service, "application/json", &lead("D-1", 200).to_string()).unwrap();
    assert_eq!((status, answer["definition"]["version"].as_str()), (200, Some("4")));
    let mut stream = TcpStream::connect(service.addr).unwrap();
    stream.write_all(b"GET /v1/definition HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut said = String::new();
    stream.read_to_string(&mut said).unwrap();
    let definition: Value = serde_json::from_str(&said[said.find("\r\n\r\n").unwrap() + 4..]).unwrap();
    let schedule = &definition["schedule"];
    assert_eq!(definition["version"], "4");
    assert_eq!(schedule["today"], today.to_string());
    assert_eq!(schedule["in_force"]["version"], "4");
    assert!(schedule["in_force"]["file"].as_str().unwrap().ends_with("acme-v4.rules"));
    assert_eq!(schedule["next"]["version"], "5");
    assert_eq!(schedule["next"]["effective"], today.checked_add(jiff::Span::new().days(40)).unwrap().to_string());
    // Only versions still to come: nothing to serve yet.
    std::fs::remove_file(folder.join("acme-v3.rules")).unwrap();
    std::fs::remove_file(folder.join("acme-v4.rules")).unwrap();
    let out = common::leadrules(&["serve", folder.to_str().unwrap(), "--listen", "127.0.0.1:0", "--lang", "en"]);
    assert_eq!(common::code(&out), 1, "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("is in force yet: the first"), "{}", common::stderr(&out));
}
