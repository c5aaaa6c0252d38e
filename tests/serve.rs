//! `leadrules serve`: the real binary on 127.0.0.1 (port 0), started and driven by the tests'
//! one launcher and plain HTTP/1.1 client (`common::service`, which can also send what a real
//! client refuses to: oversized headers, broken JSON). Every route; the verdicts equal `qualify --format jsonl` for generated
//! leads; CRM forms; the 4xx answers; reloads good and broken; the token; shutdown. Each server
//! is stopped at the end of its test, and every wait is bounded.

mod common;

use common::service::Service;

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const ACME: &str = "rules/acme.rules";

/// Generated leads for the ACME definition, as the export names their columns: every kind of
/// value, blank cells, Russian and English spellings.
fn generated_leads(count: usize, seed: u64) -> Vec<Value> {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = move |n: u64| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) % n
    };
    let industries = ["ИТ", "manufacturing", "розница", "logistics", "финансы", "gambling", "образование", ""];
    let roles = ["генеральный директор", "cto", "руководитель ЦОД", "закупки", "manager", "стажёр", ""];
    let sources = ["сайт", "ads", "рекомендация", "exhibition", "холодный звонок", ""];
    let yes_no = ["да", "нет", "yes", "no", ""];
    (0..count)
        .map(|i| {
            let mut pick = |options: &[&str]| options[next(options.len() as u64) as usize].to_string();
            let industry = pick(&industries);
            let role = pick(&roles);
            let source = pick(&sources);
            let decides = pick(&yes_no);
            let number = |n: u64, blank: bool| if blank { String::new() } else { n.to_string() };
            json!({
                "id": format!("G-{i:04}"),
                "employees": number(next(3000), next(10) == 0),
                "revenue_rub": number(next(500_000_000), next(6) == 0),
                "industry": industry,
                "ad_spend_month_rub": number(next(2_000_000), next(4) == 0),
                "contact_role": role,
                "decision_maker": decides,
                "budget_rub": number(next(3_000_000), next(5) == 0),
                "timeline_days": number(next(400), next(5) == 0),
                "need": if next(3) == 0 { "" } else { "backup" },
                "source": source,
                "created_at": format!("2026-11-{:02} {:02}:{:02}", 1 + next(28), next(24), next(60)),
            })
        })
        .collect()
}

/// `qualify --format jsonl` of these leads, one object a lead.
fn qualified_by_the_command(leads: &[Value], dir: &Path) -> Vec<Value> {
    let file = dir.join("leads.jsonl");
    let lines: Vec<String> = leads.iter().map(Value::to_string).collect();
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = common::leadrules(&["qualify", ACME, file.to_str().unwrap(), "--format", "jsonl", "--lang", "en"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    common::stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn verdicts_equal_qualify_for_generated_leads() {
    let dir = common::scratch("serve-equal");
    let service = Service::start(Path::new(ACME), &[], None);
    for seed in 0..3 {
        let leads = generated_leads(200, seed);
        let expected = qualified_by_the_command(&leads, &dir);
        // A batch as JSON Lines, and as a JSON array.
        let lines: Vec<String> = leads.iter().map(Value::to_string).collect();
        let answer = service.post("/v1/qualify", "application/x-ndjson", &lines.join("\n"));
        assert_eq!(answer.status, 200, "{}", answer.text());
        let answer = answer.json();
        assert_eq!(answer["verdicts"].as_array().unwrap(), &expected, "seed {seed}");
        assert_eq!(answer["definition"]["name"], "ACME Cloud");
        assert_eq!(answer["definition"]["version"], "3");
        assert!(answer["definition"]["digest"].as_str().unwrap().starts_with("sha256:"));
        let array = service.post("/v1/qualify", "application/json", &Value::Array(leads.clone()).to_string()).json();
        assert_eq!(array["verdicts"], answer["verdicts"]);
        // One lead at a time: the same verdict, but it is the first (and only) lead sent.
        for (lead, mut row) in leads.iter().zip(expected.iter().cloned()).take(20) {
            let one = service.post("/v1/qualify", "application/json", &format!("{lead:#}")).json();
            row["row"] = json!(1);
            assert_eq!(one["verdict"], row);
        }
    }
    let metrics = service.get("/metrics").text();
    assert!(metrics.contains("leadrules_requests_total{route=\"/v1/qualify\",status=\"200\"} 66\n"), "{metrics}");
    assert!(metrics.contains("leadrules_verdicts_total{class=\"disqualified\"}"), "{metrics}");
    assert!(
        metrics
            .contains("leadrules_request_duration_seconds_bucket{route=\"/v1/qualify\",status=\"200\",le=\"+Inf\"} 66")
    );
    assert!(metrics.contains("leadrules_reloads_total{outcome=\"refused\"} 0"), "{metrics}");
}

/// A batch large enough to be judged on several threads comes back in the order sent, each row
/// as `qualify` writes it, sent while it is judged; the leads judged apart share nothing that
/// could mix their rows.
#[test]
fn a_large_batch_is_judged_apart_and_joined_in_order() {
    let dir = common::scratch("serve-large-batch");
    let service = Service::start(Path::new(ACME), &[], None);
    let leads = generated_leads(5_000, 11);
    let expected = qualified_by_the_command(&leads, &dir);
    let lines: Vec<String> = leads.iter().map(Value::to_string).collect();
    let answer = service.post("/v1/qualify", "application/x-ndjson", &lines.join("\n"));
    assert_eq!(answer.status, 200, "{}", answer.text());
    // Sent while it was judged (no length known before), where a small batch has its length.
    assert_eq!(answer.header("transfer-encoding").as_deref(), Some("chunked"));
    assert!(answer.header("content-length").is_none());
    let small = service.post("/v1/qualify", "application/x-ndjson", &lines[..3].join("\n"));
    assert!(small.header("content-length").is_some() && small.header("transfer-encoding").is_none());
    let verdicts = answer.json()["verdicts"].as_array().unwrap().clone();
    assert_eq!(verdicts.len(), expected.len());
    for (at, (got, want)) in verdicts.iter().zip(&expected).enumerate() {
        assert_eq!(got, want, "lead {at}");
    }
    // The same leads as a JSON array, written over many lines: read apart too.
    let array = format!("[\n{}\n]", lines.join(",\n"));
    let answer = service.post("/v1/qualify", "application/json", &array);
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.json()["verdicts"].as_array().unwrap(), &verdicts);
    // A lead that cannot be read deep in a large batch is named by its line, as one reader
    // names it.
    let mut broken = lines.clone();
    broken[4_321] = r#"{"id": "B-1", "employees": "много"}"#.to_string();
    let answer = service.post("/v1/qualify", "application/x-ndjson", &broken.join("\n"));
    assert_eq!(answer.status, 422, "{}", answer.text());
    assert_eq!(answer.json()["leads"][0]["lead"], 4_322);
    assert!(answer.text().contains("line 4322"), "{}", answer.text());
}

/// Records of a batch that are not leads (blank ones) are skipped and counted in the answer, so
/// that records sent = verdicts + skipped, for a small batch and for a large one sent while it is
/// judged; an answer that skipped nothing has no such member.
#[test]
fn a_batch_s_skipped_records_are_counted() {
    let service = Service::start(Path::new(ACME), &[], None);
    let small = "{\"id\": \"a\", \"employees\": 5}\n{}\n{\"id\": \"b\", \"employees\": 7, \"industry\": null}";
    let answer = service.post("/v1/qualify", "application/x-ndjson", small).json();
    assert_eq!(answer["verdicts"].as_array().map(Vec::len), Some(2));
    assert_eq!(answer["skipped"], json!({"blank": 1, "totals": 0}));
    assert_eq!(answer["verdicts"][1]["row"], 2, "leads are numbered, skipped records are not (as by qualify)");
    let answer = service.post("/v1/qualify", "application/json", "[{\"id\": \"a\"}, {\"id\": \"b\"}]").json();
    assert!(answer.get("skipped").is_none(), "{answer:#}");
    let mut lines: Vec<String> = generated_leads(5_000, 12).iter().map(Value::to_string).collect();
    for at in [0, 1_000, 2_500, 4_999] {
        lines.insert(at, "{\"id\": \"\", \"employees\": null}".to_string());
    }
    let answer = service.post("/v1/qualify", "application/x-ndjson", &lines.join("\n"));
    assert_eq!(answer.header("transfer-encoding").as_deref(), Some("chunked"));
    let answer = answer.json();
    assert_eq!(answer["verdicts"].as_array().map(Vec::len), Some(5_000));
    assert_eq!(answer["skipped"], json!({"blank": 4, "totals": 0}));
}

/// A large batch, read on several threads, with more leads than `--max-batch` is refused whole,
/// as one reader refuses it: no thread judges its part.
#[test]
fn a_large_batch_past_the_limit_is_refused_whole() {
    let service = Service::start(Path::new(ACME), &["--max-batch", "4000"], None);
    let lines: Vec<String> = generated_leads(5_000, 11).iter().map(Value::to_string).collect();
    let body = lines.join("\n");
    assert!(body.len() >= 256 * 1024, "large enough to be read apart");
    let answer = service.post("/v1/qualify", "application/x-ndjson", &body);
    assert_eq!((answer.status, answer.json()["error"].as_str()), (413, Some("batch_too_large")), "{}", answer.text());
    let answer = service.post("/v1/qualify", "application/x-ndjson", &lines[..4_000].join("\n"));
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.json()["verdicts"].as_array().map(Vec::len), Some(4_000));
}

/// What the service remembers between requests (the questions of leads seen before, the texts
/// every row shares) is kept apart by language: the same leads asked in Russian, then English,
/// then Russian again get each language's rows, as `qualify --lang` writes them.
#[test]
fn what_is_remembered_between_requests_follows_each_requests_language() {
    let dir = common::scratch("serve-remembered-lang");
    let service = Service::start(Path::new(ACME), &[], None);
    let leads = generated_leads(60, 5);
    let file = dir.join("leads.jsonl");
    let lines: Vec<String> = leads.iter().map(Value::to_string).collect();
    std::fs::write(&file, lines.join("\n")).unwrap();
    let expected = |lang: &str| -> Vec<Value> {
        let out = common::leadrules(&["qualify", ACME, file.to_str().unwrap(), "--format", "jsonl", "--lang", lang]);
        common::stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    let (english, russian) = (expected("en"), expected("ru"));
    assert_ne!(english, russian, "the rows differ by language");
    for lang in ["ru", "en", "ru", "en"] {
        let answer = service.send(
            "POST",
            "/v1/qualify",
            &[("Accept-Language", lang), ("Content-Type", "application/x-ndjson")],
            lines.join("\n").as_bytes(),
        );
        let want = if lang == "ru" { &russian } else { &english };
        assert_eq!(answer.json()["verdicts"].as_array().unwrap(), want, "{lang}");
    }
}

#[test]
fn every_route_answers() {
    let service = Service::start(Path::new(ACME), &[], None);
    assert_eq!(service.get("/healthz").json(), json!({ "status": "ok" }));
    let definition = service.get("/v1/definition").json();
    assert_eq!((definition["name"].as_str(), definition["version"].as_str()), (Some("ACME Cloud"), Some("3")));
    assert_eq!(definition["effective"], "2026-12-01");
    assert_eq!(definition["fields"][1]["name"], "employees");
    assert_eq!(definition["fields"][1]["columns"], json!(["employees", "Сотрудников"]));
    assert_eq!(definition["fields"][0]["key"], true);
    assert!(definition["classes"].as_array().unwrap().contains(&json!("disqualified")));
    assert_eq!(definition["last_reload"]["outcome"], "loaded");

    // explain: the trace `leadrules explain --lead` prints.
    let lead = r#"{"id": "L-7", "employees": 200, "contact_role": "cto", "decision_maker": "да", "budget_rub": "600 000", "source": "рекомендация"}"#;
    let explained = service.post("/v1/explain", "application/json", lead);
    assert_eq!(explained.status, 200, "{}", explained.text());
    let out = common::leadrules(&["explain", ACME, "--lead", lead, "--lang", "en"]);
    assert_eq!(explained.json()["explanation"].as_str().unwrap(), common::stdout(&out));
    assert_eq!(explained.json()["verdict"]["id"], "L-7");
    let russian = service.send(
        "POST",
        "/v1/explain",
        &[("Accept-Language", "ru-RU,ru;q=0.9"), ("Content-Type", "application/json")],
        lead.as_bytes(),
    );
    let out = common::leadrules(&["explain", ACME, "--lead", lead, "--lang", "ru"]);
    assert_eq!(russian.json()["explanation"].as_str().unwrap(), common::stdout(&out));

    // check: a rule text in, `check --format json`'s diagnostics out.
    let text = std::fs::read_to_string(ACME).unwrap().replace("employees >= 10", "employes >= 10");
    let checked = service.post("/v1/check", "text/plain", &text);
    assert_eq!(checked.status, 200);
    let dir = common::scratch("serve-check");
    std::fs::write(dir.join("acme.rules"), &text).unwrap();
    let out =
        common::leadrules(&["check", dir.join("acme.rules").to_str().unwrap(), "--format", "json", "--lang", "en"]);
    let scratch_path = dir.join("acme.rules").display().to_string();
    let expected: Value = serde_json::from_str(&common::stdout(&out).replace(&scratch_path, ACME)).unwrap();
    let said = checked.json();
    assert_eq!(said, expected);
    assert!(said.as_array().unwrap().iter().any(|d| d["severity"] == "error"), "{said:#}");

    assert_eq!(service.get("/nowhere").status, 404);
    assert_eq!(service.get("/v1/qualify").status, 405);
    assert!(service.get("/metrics").text().contains("leadrules_definition_info{name=\"ACME Cloud\",version=\"3\""));
}

/// One ACME lead (`A-1`, an SQL) by the export's Russian column names, as CRMs send its fields.
const EXPORTED_LEAD: [(&str, &str); 8] = [
    ("Сотрудников", "250"),
    ("Отрасль", "ИТ"),
    ("Должность контакта", "технический директор"),
    ("ЛПР", "да"),
    ("Бюджет, руб", "600 000"),
    ("Источник", "рекомендация"),
    ("Срок, дней", "30"),
    ("Потребность", "backup"),
];

#[test]
fn crm_forms_are_read_by_the_definition_s_column_names() {
    let service = Service::start(Path::new(ACME), &[], None);
    let as_json = json!({
        "id": "A-1", "Сотрудников": "250", "Отрасль": "ИТ", "Должность контакта": "технический директор",
        "ЛПР": "да", "Бюджет, руб": "600 000", "Источник": "рекомендация", "Срок, дней": "30", "Потребность": "backup"
    });
    let expected = service.post("/v1/qualify", "application/json", &as_json.to_string()).json()["verdict"].clone();
    assert!(expected["class"].as_str().is_some_and(|c| c != "error"), "{expected:#}");
    // amoCRM / Kommo: the lead's id, its custom fields by name.
    let mut amo = vec!["leads[add][0][id]=A-1".to_string(), "leads[add][0][name]=Backup".to_string()];
    let custom = EXPORTED_LEAD;
    for (i, (name, value)) in custom.iter().enumerate() {
        amo.push(format!("leads[add][0][custom_fields][{i}][id]={}", 100 + i));
        amo.push(format!("leads[add][0][custom_fields][{i}][name]={}", encode(name)));
        amo.push(format!("leads[add][0][custom_fields][{i}][values][0][value]={}", encode(value)));
    }
    amo.push("account[subdomain]=acme".into());
    let answer = service.post("/v1/qualify", "application/x-www-form-urlencoded", &amo.join("&"));
    assert_eq!(answer.status, 200, "{}", answer.text());
    let mut verdict = answer.json()["verdict"].clone();
    // `name` is no field: reported unknown by neither.
    verdict["row"] = expected["row"].clone();
    assert_eq!(verdict, expected);
    // Bitrix24's robot: flat key=value.
    let flat: Vec<String> = std::iter::once("ID=A-1".to_string())
        .chain(custom.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))))
        .collect();
    let answer = service.post("/v1/qualify", "application/x-www-form-urlencoded", &flat.join("&"));
    assert_eq!(answer.json()["verdict"], expected);
}

/// A web form service's connection test (Tilda posts `test=test` when a webhook is connected and
/// keeps it only if answered 200) is answered 200 with the definition in force, judges no lead
/// and writes no audit record; a form with `test` among real fields is a lead as any other, and
/// a form none of whose fields the rules read is refused naming the lead's fields.
#[test]
fn a_web_form_s_connection_test_is_answered_and_judges_no_lead() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("audit.jsonl");
    let service = Service::start(Path::new(ACME), &["--audit-log", log.to_str().unwrap()], None);
    for (route, content_type, body) in [
        ("/v1/qualify", "application/x-www-form-urlencoded", "test=test"),
        ("/v1/qualify", "application/json", r#"{"test": "test"}"#),
        ("/v1/explain", "application/x-www-form-urlencoded", "test=test"),
    ] {
        let answer = service.post(route, content_type, body);
        assert_eq!(answer.status, 200, "{route} {body}: {}", answer.text());
        let answer = answer.json();
        assert_eq!(answer["connection_test"], "ok", "{answer:#}");
        assert_eq!(answer["definition"]["name"], "ACME Cloud");
        assert!(answer.get("verdict").is_none() && answer.get("verdicts").is_none(), "{answer:#}");
    }
    let form_in_russian = [("Content-Type", "application/x-www-form-urlencoded"), ("Accept-Language", "ru")];
    let russian = service.send("POST", "/v1/qualify", &form_in_russian, b"test=test");
    assert!(
        russian.json()["message"].as_str().is_some_and(|m| m.contains("проверка подключения")),
        "{}",
        russian.text()
    );
    // `test` beside a field the rules read: a lead.
    let lead = service.post(
        "/v1/qualify",
        "application/x-www-form-urlencoded",
        "test=test&ID=T-1&%D0%9B%D0%9F%D0%A0=%D0%B4%D0%B0",
    );
    assert_eq!(lead.status, 200, "{}", lead.text());
    assert_eq!(lead.json()["verdict"]["id"], "T-1");
    // No field the rules read: refused, naming the lead's fields (not a file's columns).
    let none = service.post("/v1/qualify", "application/x-www-form-urlencoded", "Name=Ivan&Phone=1");
    assert_eq!(none.status, 422, "{}", none.text());
    let message = none.json()["message"].as_str().unwrap_or_default().to_string();
    assert!(message.contains("the lead's fields are \"Name\", \"Phone\""), "{message}");
    let metrics = service.get("/metrics").text();
    let judged: u64 = metrics
        .lines()
        .filter(|line| line.starts_with("leadrules_verdicts_total"))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<u64>().ok())
        .sum();
    assert_eq!(judged, 1, "only the real lead is judged:\n{metrics}");
    drop(service);
    let records = std::fs::read_to_string(&log).unwrap_or_default();
    assert_eq!(records.lines().count(), 1, "one record, the real lead's:\n{records}");
}

/// What CRMs' webhooks and APIs send as JSON nest the lead's fields: HubSpot's `properties`
/// with `{"value": ...}`, Bitrix24's `result` with lists of values, Pipedrive's `current`,
/// amoCRM / Kommo's `custom_fields_values`. Each is read by the definition's column names as the
/// same lead written flat, and gets its verdict.
#[test]
fn crm_json_payloads_are_opened_to_the_lead_s_fields() {
    let service = Service::start(Path::new(ACME), &[], None);
    let fields = EXPORTED_LEAD;
    let mut flat = serde_json::Map::new();
    flat.insert("id".into(), json!("A-1"));
    for (name, value) in fields {
        flat.insert(name.into(), json!(value));
    }
    let expected =
        service.post("/v1/qualify", "application/json", &Value::Object(flat).to_string()).json()["verdict"].clone();
    assert_eq!(expected["class"], "SQL", "{expected:#}");
    let object = |wrap: &dyn Fn(&str) -> Value| -> serde_json::Map<String, Value> {
        fields.iter().map(|(name, value)| (name.to_string(), wrap(value))).collect()
    };
    let hubspot = json!({
        "vid": 901, "id": "A-1",
        "properties": object(&|v| json!({"value": v, "versions": [{"value": v, "source-type": "FORM"}]})),
        "form-submissions": [{"title": "Demo request", "timestamp": 1}],
    });
    let bitrix = json!({"result": {
        "ID": "A-1", "TITLE": "Backup",
        "PHONE": [{"VALUE": "+7 900 000-00-00", "VALUE_TYPE": "WORK"}],
        "fields": object(&|v| json!([{"VALUE": v, "VALUE_TYPE": "OTHER"}])),
    }, "time": {"start": 1}});
    let pipedrive =
        json!({"meta": {"action": "added", "object": "deal"}, "current": {"id": "A-1", "data": object(&|v| json!(v))}});
    let amo = json!({"id": "A-1", "name": "Backup", "custom_fields_values": fields.iter().enumerate().map(|(i, (name, value))| {
        json!({"field_id": 100 + i, "field_name": name, "field_type": "text", "values": [{"value": value}]})
    }).collect::<Vec<_>>()});
    for (crm, payload) in [("HubSpot", hubspot), ("Bitrix24", bitrix), ("Pipedrive", pipedrive), ("amoCRM", amo)] {
        let answer = service.post("/v1/qualify", "application/json", &payload.to_string());
        assert_eq!(answer.status, 200, "{crm}: {}", answer.text());
        assert_eq!(answer.json()["verdict"], expected, "{crm}");
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[test]
fn bad_requests_get_a_clear_4xx() {
    let service = Service::start(Path::new(ACME), &["--max-body", "4000", "--max-batch", "3"], None);
    let broken = service.post("/v1/qualify", "application/json", r#"{"employees": 20"#);
    assert_eq!(broken.status, 400, "{}", broken.text());
    assert_eq!(broken.json()["error"], "bad_request");
    let unreadable = service.post("/v1/qualify", "application/json", r#"{"id": "L-1", "employees": "forty"}"#);
    assert_eq!(unreadable.status, 422, "{}", unreadable.text());
    let field = &unreadable.json()["leads"][0]["fields"][0];
    assert_eq!((field["field"].as_str(), field["value"].as_str()), (Some("employees"), Some("forty")));
    assert_eq!(field["expected"], "a number", "{field:#}");
    let russian = service.send(
        "POST",
        "/v1/qualify",
        &[("Content-Type", "application/json"), ("Accept-Language", "ru")],
        br#"{"employees": "forty"}"#,
    );
    assert!(russian.json()["message"].as_str().unwrap().contains("не удалось прочитать"), "{}", russian.text());
    let nothing = service.post("/v1/qualify", "application/json", r#"{"colour": "red"}"#);
    assert_eq!(nothing.status, 422, "{}", nothing.text());
    assert_eq!(service.post("/v1/qualify", "text/csv", "employees\n20").status, 415);
    assert_eq!(service.post("/v1/qualify", "application/json", "").status, 400);
    let big = format!(r#"{{"need": "{}"}}"#, "x".repeat(5000));
    let too_big = service.post("/v1/qualify", "application/json", &big);
    assert_eq!(too_big.status, 413, "{}", too_big.text());
    let four = [r#"{"employees": 1}"#; 4].join("\n");
    let too_many = service.post("/v1/qualify", "application/x-ndjson", &four);
    assert_eq!((too_many.status, too_many.json()["error"].as_str()), (413, Some("batch_too_large")));
    let header = "x".repeat(20_000);
    assert_eq!(service.send("GET", "/healthz", &[("X-Long", header.as_str())], b"").status, 431);
    let two = service.post("/v1/explain", "application/x-ndjson", "{\"employees\": 1}\n{\"employees\": 2}");
    assert_eq!(two.status, 400, "{}", two.text());
    // Still serving.
    assert_eq!(service.get("/healthz").status, 200);
}

#[test]
fn the_token_is_required_on_every_route_but_healthz() {
    let service = Service::start(Path::new(ACME), &[], Some("s3cret-token"));
    assert_eq!(service.get("/healthz").status, 200);
    for path in ["/v1/definition", "/metrics"] {
        let refused = service.get(path);
        assert_eq!(refused.status, 401, "{path}");
        assert!(refused.headers.contains("www-authenticate: bearer"), "{}", refused.headers);
    }
    let wrong = service.send("POST", "/v1/qualify", &[("Authorization", "Bearer s3cret-toke")], b"{}");
    assert_eq!(wrong.status, 401);
    let right = service.send("GET", "/v1/definition", &[("Authorization", "Bearer s3cret-token")], b"");
    assert_eq!(right.status, 200);
    // A sender that can set no header (a Bitrix24 robot, an amoCRM webhook) gives it in the URL,
    // where it is not taken for a field of the lead.
    let robot = "/v1/qualify?access_token=s3cret-token&id=L-1&employees=40";
    let answer = service.send("POST", robot, &[("Content-Type", "application/x-www-form-urlencoded")], b"");
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.json()["verdict"]["id"], "L-1");
    let wrong = service.send("POST", "/v1/qualify?access_token=s3cret&id=L-1", &[], b"");
    assert_eq!(wrong.status, 401);
}

#[test]
fn without_a_token_only_loopback_is_served() {
    let out = Command::new(env!("CARGO_BIN_EXE_leadrules"))
        .args(["serve", ACME, "--listen", "0.0.0.0:0", "--lang", "en"])
        .env_remove("LEADRULES_TOKEN")
        .output()
        .unwrap();
    assert_eq!(common::code(&out), 2, "{}", common::stderr(&out));
    assert!(
        common::stderr(&out).contains("refusing to listen on 0.0.0.0:0 without a token"),
        "{}",
        common::stderr(&out)
    );
}

#[test]
fn a_clean_change_is_served_and_a_broken_one_refused() {
    let dir = common::scratch("serve-reload");
    let rules = dir.join("acme.rules");
    let text = std::fs::read_to_string(ACME).unwrap();
    std::fs::write(&rules, &text).unwrap();
    let service = Service::start(&rules, &[], None);
    let first = service.get("/v1/definition").json();
    std::fs::write(&rules, text.replace("version 3", "version 4")).unwrap();
    let second = service.until(|d| d["version"] == "4");
    assert_ne!(first["digest"], second["digest"]);
    assert_eq!(second["last_reload"]["outcome"], "loaded");
    // A mistake, and an example that no longer holds: both refused; version 4 keeps serving.
    std::fs::write(&rules, text.replace("version 3", "version 5").replace("employees >= 10", "employes >= 10"))
        .unwrap();
    let refused = service.until(|d| d["last_reload"]["outcome"] == "refused");
    assert_eq!(refused["version"], "4");
    assert!(refused["last_reload"]["diagnostics"].as_array().unwrap().iter().any(|d| d["severity"] == "error"));
    let lead = service.post("/v1/qualify", "application/json", r#"{"id": "L-1", "employees": 5}"#).json();
    assert_eq!(lead["definition"]["version"], "4");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut log = String::new();
    while !log.contains("the new version is refused") && Instant::now() < deadline {
        if let Ok(line) = service.said.recv_timeout(Duration::from_millis(200)) {
            log.push_str(&line);
            log.push('\n');
        }
    }
    assert!(log.contains("now serving \"ACME Cloud\" version 4"), "{log}");
    assert!(log.contains("the new version is refused"), "{log}");
    let metrics = service.get("/metrics").text();
    assert!(metrics.contains("leadrules_reloads_total{outcome=\"loaded\"} 1\n"), "{metrics}");
    assert!(metrics.contains("leadrules_reloads_total{outcome=\"refused\"} 1\n"), "{metrics}");
}

/// The strong `ETag` of `path`'s answer: it is there, quoted, with `Cache-Control: no-cache`.
fn etag_of(service: &Service, path: &str, headers: &[(&str, &str)]) -> String {
    let answer = service.get_with(path, headers);
    assert_eq!(answer.status, 200, "{}", answer.text());
    let tag = answer.header("etag").unwrap_or_else(|| panic!("no etag on {path}: {}", answer.headers));
    assert!(tag.starts_with('"') && tag.ends_with('"') && !tag.starts_with("w/"), "{tag}");
    assert_eq!(answer.header("cache-control").as_deref(), Some("no-cache"), "{}", answer.headers);
    tag
}

#[test]
fn the_definition_and_the_pages_answer_a_matching_if_none_match_with_304() {
    let dir = common::scratch("serve-etag");
    let rules = dir.join("acme.rules");
    let text = std::fs::read_to_string(ACME).unwrap();
    std::fs::write(&rules, &text).unwrap();
    let service = Service::start(&rules, &[], None);
    let digest = service.get("/v1/definition").json()["digest"].as_str().unwrap().to_string();
    let mut before = Vec::new();
    for path in ["/v1/definition", "/?lang=en", "/edit?lang=en", "/page/home?lang=en"] {
        let tag = etag_of(&service, path, &[]);
        assert!(tag.contains(digest.trim_start_matches("sha256:")), "{tag} is derived from {digest}");
        // The same tag again, and a request naming it gets 304 without a body.
        assert_eq!(etag_of(&service, path, &[]), tag);
        let again = service.get_with(path, &[("If-None-Match", &tag)]);
        assert_eq!(again.status, 304, "{path}");
        assert!(again.body.is_empty(), "{path}: {}", again.text());
        assert_eq!(again.header("etag").as_deref(), Some(tag.as_str()));
        // A list holding it, and a weak form of it, match too; another tag does not.
        assert_eq!(service.get_with(path, &[("If-None-Match", &format!("\"x\", W/{tag}"))]).status, 304);
        assert_eq!(service.get_with(path, &[("If-None-Match", "\"other\"")]).status, 200);
        before.push((path, tag));
    }
    // Another language is another answer, and another tag.
    let english = etag_of(&service, "/", &[("Accept-Language", "en")]);
    let russian = etag_of(&service, "/", &[("Accept-Language", "ru")]);
    assert_ne!(english, russian);
    assert_ne!(etag_of(&service, "/?lang=ru", &[]), etag_of(&service, "/?lang=en", &[]));
    assert_eq!(service.get_with("/?lang=ru", &[("If-None-Match", &english)]).status, 200);
    // A new version: every tag changes, and the old ones get the whole answer.
    std::fs::write(&rules, text.replace("version 3", "version 4")).unwrap();
    service.until(|d| d["version"] == "4");
    for (path, tag) in before {
        let answer = service.get_with(path, &[("If-None-Match", &tag)]);
        assert_eq!(answer.status, 200, "{path}");
        assert!(!answer.body.is_empty());
        assert_ne!(answer.header("etag").unwrap(), tag, "{path}");
    }
}

#[cfg(unix)]
#[test]
fn sigterm_stops_it_gracefully() {
    let mut service = Service::start(Path::new(ACME), &[], None);
    assert_eq!(service.get("/healthz").status, 200);
    let pid = service.child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = service.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "still running 15 s after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    let said: Vec<String> = service.said.try_iter().collect();
    assert!(said.iter().any(|l| l == "stopped"), "{said:?}");
}

/// The words of a shell command line: split at spaces outside single quotes, the quotes taken
/// off, `\` line continuations joined.
fn shell_words(command: &str) -> Vec<String> {
    let command = command.replace("\\\n", " ");
    let (mut words, mut word, mut quoted, mut any) = (Vec::new(), String::new(), false, false);
    for c in command.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                any = false;
            }
            c => word.push(c),
        }
    }
    if any || !word.is_empty() {
        words.push(word);
    }
    words
}

/// docs/serve.md's API examples: each `curl` command (a `sh` block) is sent to a service on
/// the shipped definition (with its sample leads), and its answer must be the JSON the next block
/// shows (the digests, which change with every edit of a rule file, are compared by their form).
#[test]
fn the_documented_requests_get_the_documented_answers() {
    let page = std::fs::read_to_string("docs/serve.md").unwrap();
    let mut blocks: Vec<(String, String)> = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in page.lines() {
        if let Some(fence) = line.trim_start().strip_prefix("```") {
            match current.take() {
                Some(block) => blocks.push(block),
                None => current = Some((fence.trim().to_string(), String::new())),
            }
        } else if let Some((_, text)) = &mut current {
            text.push_str(line);
            text.push('\n');
        }
    }
    let service = Service::start(Path::new(ACME), &["--sample", "rules/acme-leads.csv"], None);
    let mut replayed = 0;
    for pair in blocks.windows(2) {
        let [(kind, command), (answer_kind, documented)] = pair else { continue };
        if kind != "sh" || !command.trim_start().starts_with("curl ") || answer_kind != "json" {
            continue;
        }
        let words = shell_words(command);
        let url = words.iter().find(|w| w.starts_with("http://")).expect("a URL");
        let path = &url[url[7..].find('/').map_or(url.len(), |i| i + 7)..];
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut body = None;
        let mut method = None;
        let mut i = 0;
        while i < words.len() {
            match words[i].as_str() {
                "-H" => {
                    let (name, value) = words[i + 1].split_once(':').unwrap();
                    headers.push((name.trim().to_string(), value.trim().to_string()));
                    i += 1;
                }
                "-d" | "--data" | "--data-binary" => {
                    body = Some(words[i + 1].clone());
                    i += 1;
                }
                "-X" => {
                    method = Some(words[i + 1].clone());
                    i += 1;
                }
                _ => {}
            }
            i += 1;
        }
        let method = method.unwrap_or_else(|| if body.is_some() { "POST".into() } else { "GET".into() });
        if body.is_some() && !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("content-type")) {
            headers.push(("Content-Type".into(), "application/x-www-form-urlencoded".into()));
        }
        let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        // `--data-binary @FILE` sends the file.
        let body = match body.as_deref().and_then(|b| b.strip_prefix('@')) {
            Some(file) => std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e}")),
            None => body.unwrap_or_default().into_bytes(),
        };
        let answer = service.send(&method, path, &headers, &body);
        let mut said = answer.json();
        let expected: Value = serde_json::from_str(documented).unwrap_or_else(|e| panic!("{e}: {documented}"));
        for pointer in ["/definition/digest", "/edited/digest"] {
            if let Some(digest) = said.pointer_mut(pointer) {
                assert!(digest.as_str().unwrap().starts_with("sha256:"));
                *digest = expected.pointer(pointer).cloned().unwrap_or(Value::Null);
            }
        }
        assert_eq!(said, expected, "docs/serve.md: {command}");
        replayed += 1;
    }
    assert!(replayed >= 4, "docs/serve.md shows {replayed} requests with their answers");
}

/// No timing assumption a loaded machine breaks: the connection limit is probed until the idle
/// connection is seen holding the only place (the service accepts connections in the order they
/// came, so the idle one is always taken before the probe; it is opened again only if the
/// service dropped it for sending no headers in time), and the slow body is judged by a service
/// of its own whose 1-second limit is a lower bound the test waits past, never an upper one.
#[test]
fn one_connection_too_many_gets_503_and_a_slow_body_408() {
    let service = Service::start(Path::new(ACME), &["--max-connections", "1"], None);
    let deadline = Instant::now() + Duration::from_secs(60);
    let busy = loop {
        // An idle connection takes the only place; the next one is refused at once.
        let idle = TcpStream::connect(service.addr).unwrap();
        let probe = service.get("/healthz");
        // The idle connection was not refused itself (by a place still held by the last probe).
        idle.set_nonblocking(true).unwrap();
        let held = matches!(idle.peek(&mut [0u8; 1]), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock);
        idle.set_nonblocking(false).unwrap();
        if probe.status == 503 && held {
            break (idle, probe);
        }
        assert!([200, 503].contains(&probe.status), "{}", probe.text());
        assert!(Instant::now() < deadline, "an idle connection never held the only place within 60 s");
    };
    let (idle, busy) = busy;
    assert_eq!(busy.json()["error"], "too_many_connections");
    assert!(busy.headers.contains("retry-after: 1"), "{}", busy.headers);
    drop(idle);
    // Its place comes back once it is closed.
    let deadline = Instant::now() + Duration::from_secs(60);
    while service.get("/healthz").status != 200 {
        assert!(Instant::now() < deadline, "the place of a closed connection never came back");
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(service);

    // A body announced and never sent: 408 once the request's time (1 s) has passed.
    let service = Service::start(Path::new(ACME), &["--request-timeout", "1"], None);
    let mut slow = TcpStream::connect(service.addr).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let head = "POST /v1/qualify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
    let sent = Instant::now();
    slow.write_all(head.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = slow.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("request_timeout"), "{answer}");
    assert!(sent.elapsed() >= Duration::from_millis(900), "408 before the request's time: {:?}", sent.elapsed());
}
