//! A bounded mutation fuzz, run with every `cargo test`: the shipped rule files and lead files
//! (CSV in UTF-8 and Windows-1251, JSON, JSON Lines, Excel workbooks) with random damage — bytes changed,
//! inserted and deleted, lines repeated, dropped and swapped, cut short — go through every stage
//! a user can reach (load, render as text and JSON, format; read, evaluate, ask the discovery
//! questions, render the rows). Nothing may panic, and every lead read is accounted for: the
//! reader's iterator and the `--jobs` path (raw records converted separately) give the same
//! rows, in increasing record order.

use leadrules::compile::{RuleSet, load};
use leadrules::eval::questions::Questioner;
use leadrules::eval::verdict::evaluate;
use leadrules::input::{InputOptions, LeadRow, RawLead, from_bytes};
use leadrules::output::{Format, LeadRef, RowRenderer, RowWriter, column_names, error_cells};
use leadrules::span::SourceFile;
use proptest::prelude::*;

/// One kind of damage, applied at a position given as a fraction of the text.
#[derive(Clone, Debug)]
enum Damage {
    SetByte(f64, u8),
    Insert(f64, Vec<u8>),
    Delete(f64, usize),
    RepeatLine(f64),
    DropLine(f64),
    SwapLines(f64, f64),
    CutAt(f64),
}

/// Bytes that matter to the formats: separators, quotes, brackets, line breaks, digits, the
/// start of a multi-byte character, and Windows-1251 letters.
const INTERESTING: &[u8] = b";,\t|\"'{}[]():=<>#.-_ 0123456789\r\n\xd0\xd1\xc0\xff\x00";

fn damage() -> impl Strategy<Value = Damage> {
    let at = 0.0..1.0f64;
    let byte = prop_oneof![proptest::sample::select(INTERESTING), any::<u8>()];
    prop_oneof![
        (at.clone(), byte.clone()).prop_map(|(a, b)| Damage::SetByte(a, b)),
        (at.clone(), proptest::collection::vec(byte, 1..6)).prop_map(|(a, b)| Damage::Insert(a, b)),
        (at.clone(), 1..40usize).prop_map(|(a, n)| Damage::Delete(a, n)),
        at.clone().prop_map(Damage::RepeatLine),
        at.clone().prop_map(Damage::DropLine),
        (at.clone(), at.clone()).prop_map(|(a, b)| Damage::SwapLines(a, b)),
        at.prop_map(Damage::CutAt),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let index = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
    let mut lines: Vec<Vec<u8>> = bytes.split_inclusive(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
    let len = bytes.len();
    match damage {
        Damage::SetByte(at, b) if len > 0 => bytes[index(*at, len - 1)] = *b,
        Damage::Insert(at, new) => {
            let i = index(*at, len);
            bytes.splice(i..i, new.iter().copied());
        }
        Damage::Delete(at, n) => {
            let i = index(*at, len);
            bytes.drain(i..(i + n).min(len));
        }
        Damage::RepeatLine(at) if !lines.is_empty() => {
            let i = index(*at, lines.len() - 1);
            lines.insert(i, lines[i].clone());
            *bytes = lines.concat();
        }
        Damage::DropLine(at) if !lines.is_empty() => {
            lines.remove(index(*at, lines.len() - 1));
            *bytes = lines.concat();
        }
        Damage::SwapLines(a, b) if !lines.is_empty() => {
            let (i, j) = (index(*a, lines.len() - 1), index(*b, lines.len() - 1));
            lines.swap(i, j);
            *bytes = lines.concat();
        }
        Damage::CutAt(at) => bytes.truncate(index(*at, len)),
        _ => {}
    }
}

fn shipped_rules() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for folder in ["rules", "rules/std"] {
        for entry in std::fs::read_dir(folder).expect("rules folder").filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "rules") {
                files.push((path.display().to_string(), std::fs::read_to_string(&path).expect("read")));
            }
        }
    }
    files.sort();
    files
}

fn acme() -> RuleSet {
    load(SourceFile::new("rules/acme.rules", std::fs::read_to_string("rules/acme.rules").expect("read")))
        .rules
        .expect("acme compiles")
}

/// The lead files to damage, by the name that chooses their format.
fn lead_files() -> Vec<(&'static str, Vec<u8>)> {
    let csv = std::fs::read("rules/acme-leads.csv").expect("read");
    let rules = acme();
    let json_rows: Vec<serde_json::Value> = {
        let reader = from_bytes("leads.csv", csv.clone(), &rules.schema, &InputOptions::default()).expect("reads");
        let columns: Vec<Option<String>> = reader.columns().to_vec();
        let text = String::from_utf8(csv.clone()).expect("utf-8");
        let header: Vec<&str> = text.lines().next().unwrap_or("").split(',').collect();
        text.lines()
            .skip(1)
            .map(|line| {
                let cells: Vec<&str> = line.split(',').collect();
                let object: serde_json::Map<String, serde_json::Value> = header
                    .iter()
                    .zip(&cells)
                    .filter(|(h, _)| columns.iter().flatten().any(|c| c == *h))
                    .map(|(h, c)| (h.to_string(), serde_json::Value::String(c.to_string())))
                    .collect();
                serde_json::Value::Object(object)
            })
            .collect()
    };
    let jsonl: String = json_rows.iter().map(|r| format!("{r}\n")).collect();
    vec![
        ("leads.csv", csv),
        ("messy.csv", std::fs::read("tests/data/messy-export-cp1251.csv").expect("read")),
        ("bom.csv", std::fs::read("tests/data/messy-export-bom.csv").expect("read")),
        ("leads.json", serde_json::to_vec_pretty(&json_rows).expect("json")),
        ("leads.jsonl", jsonl.into_bytes()),
    ]
}

/// Reads every lead of `bytes` through the iterator, judging and rendering each; then again
/// through the raw path. Returns the record numbers of both.
fn read_judge_render(rules: &RuleSet, name: &str, bytes: &[u8]) -> Option<(Vec<u64>, Vec<u64>)> {
    let options = InputOptions::default();
    let reader = from_bytes(name, bytes.to_vec(), &rules.schema, &options).ok()?;
    let mut questioner = Questioner::new(rules);
    let mut renderer = RowRenderer::new(rules, leadrules::locale::Lang::En);
    let mut writer = RowWriter::new(Format::Csv, column_names(rules), Vec::new()).expect("in memory");
    let mut records = Vec::new();
    for row in reader {
        let LeadRow { record, id, values, .. } = &row;
        records.push(*record);
        let lead_ref = LeadRef { row: *record, id: id.as_deref() };
        match values {
            Ok(lead) => {
                let verdict = evaluate(rules, lead);
                let asked = questioner.ask(lead, &verdict).to_string();
                writer.write(&renderer.verdict(&lead_ref, lead, &verdict, &asked)).expect("in memory");
            }
            Err(problem) => writer.write(&error_cells(rules, &lead_ref, &problem.to_string())).expect("in memory"),
        }
    }
    writer.finish().expect("in memory");
    let mut reader = from_bytes(name, bytes.to_vec(), &rules.schema, &options).ok()?;
    let mut converter = reader.converter();
    let mut raw = RawLead::default();
    let mut raw_records = Vec::new();
    while reader.next_raw(&mut raw) {
        raw_records.push(converter.convert(&raw).record);
    }
    Some((records, raw_records))
}

/// 512 cases each by default (about a second), from a fixed seed so that a test run never
/// fails by chance; `LEADRULES_FUZZ_CASES=100000` for a long run, `LEADRULES_FUZZ_SEED=N` for
/// other cases (a failure found that way becomes a test of its own).
fn config() -> ProptestConfig {
    let number = |name: &str| std::env::var(name).ok().and_then(|n| n.parse::<u64>().ok());
    let cases = number("LEADRULES_FUZZ_CASES").map_or(512, |n| n as u32);
    let seed = number("LEADRULES_FUZZ_SEED").unwrap_or(20_261_130);
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(seed),
        ..ProptestConfig::default()
    }
}

/// A CSV text as a workbook: each cell a number cell when it reads as one, else text.
fn workbook_of(csv_text: &[u8]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(csv_text);
    for (row, record) in reader.byte_records().map_while(Result::ok).enumerate().take(1000) {
        for (col, cell) in record.iter().enumerate().take(100) {
            let text = String::from_utf8_lossy(cell);
            let written = match text.parse::<f64>() {
                Ok(n) if n.is_finite() => sheet.write_number(row as u32, col as u16, n).map(|_| ()),
                _ => sheet.write_string(row as u32, col as u16, text.as_ref()).map(|_| ()),
            };
            written.expect("a cell within the sheet");
        }
    }
    book.save_to_buffer().expect("a workbook in memory")
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn damaged_workbooks_never_crash_and_every_lead_is_accounted_for(
        damages in proptest::collection::vec(damage(), 1..8),
        zip_damage in proptest::option::of(damage()),
    ) {
        let rules = acme();
        let mut csv = std::fs::read("rules/acme-leads.csv").expect("read");
        for d in &damages {
            apply(&mut csv, d);
        }
        let mut bytes = workbook_of(&csv);
        if let Some(d) = &zip_damage {
            apply(&mut bytes, d);
        }
        if let Some((records, raw_records)) = read_judge_render(&rules, "leads.xlsx", &bytes) {
            prop_assert_eq!(&records, &raw_records, "the --jobs path reads the same leads");
            prop_assert!(records.windows(2).all(|w| w[0] < w[1]), "records in order: {:?}", records);
        }
    }

    #[test]
    fn damaged_rule_files_never_crash_any_stage(
        file in 0..64usize,
        damages in proptest::collection::vec(damage(), 1..6),
    ) {
        let files = shipped_rules();
        let (name, text) = &files[file % files.len()];
        let mut bytes = text.clone().into_bytes();
        for d in &damages {
            apply(&mut bytes, d);
        }
        let Ok(text) = leadrules::compile::read::text_of(bytes) else { return Ok(()) };
        let loaded = load(SourceFile::new(name.clone(), text.clone()));
        let rendered = leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, leadrules::locale::Lang::En);
        let json = leadrules::render::to_json(&loaded.diagnostics, &loaded.sources, leadrules::locale::Lang::En);
        prop_assert_eq!(json.len(), loaded.diagnostics.len());
        prop_assert!(loaded.diagnostics.is_empty() || !rendered.is_empty());
        if let Ok(formatted) = leadrules::format::format(&text) {
            // Formatting is stable: the formatted text formats to itself.
            prop_assert_eq!(leadrules::format::format(&formatted).ok(), Some(formatted.clone()));
        }
        if let Some(rules) = loaded.rules.filter(|r| r.classifies()) {
            let leads = std::fs::read("rules/acme-leads.csv").expect("read");
            let _ = read_judge_render(&rules, "leads.csv", &leads);
        }
    }

    #[test]
    fn damaged_lead_files_never_crash_and_every_lead_is_accounted_for(
        file in 0..5usize,
        damages in proptest::collection::vec(damage(), 1..8),
    ) {
        let rules = acme();
        let files = lead_files();
        let (name, original) = &files[file % files.len()];
        let mut bytes = original.clone();
        for d in &damages {
            apply(&mut bytes, d);
        }
        if let Some((records, raw_records)) = read_judge_render(&rules, name, &bytes) {
            prop_assert_eq!(&records, &raw_records, "the --jobs path reads the same leads");
            prop_assert!(records.windows(2).all(|w| w[0] < w[1]), "records in order: {:?}", records);
        }
    }
}
