//! The throughput benchmark of issue 6, as a plain bench binary (`cargo bench --bench
//! throughput -- ROWS`): on a generated, deterministic messy export of ROWS leads and the shipped
//! `rules/acme.rules`, it measures in one run
//!   (a) the csv crate alone reading the file and touching every field,
//!   (b) `leadrules qualify` end to end to an output file (one thread and all cores),
//!   (c) evaluation alone over leads already in memory, in leads per second per core,
//! and prints them as `key value` lines for `bench/run.sh`.

use leadrules::compile::{RuleSet, load};
use leadrules::eval::{Verdict, verdict::evaluate_into};
use leadrules::span::SourceFile;
use leadrules::value::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn main() {
    let rows: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(1_000_000);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let input = dir.join(format!("messy-{rows}.csv"));
    if !input.exists() {
        std::fs::write(&input, leadrules::input::sample::messy_export(rows, 42)).expect("write the generated export");
    }
    let bytes = std::fs::metadata(&input).map(|m| m.len()).unwrap_or(0);
    println!("rows {rows}");
    println!("file_mib {:.1}", bytes as f64 / (1024.0 * 1024.0));

    let csv_alone = best_of(3, || csv_alone(&input));
    println!("csv_alone_s {:.3}", csv_alone.as_secs_f64());

    let rules = rules();
    let leads = read_leads(&rules, &input);
    let evaluated = best_of(3, || {
        let mut verdict = Verdict::default();
        let start = Instant::now();
        for lead in &leads {
            evaluate_into(&rules, lead, &mut verdict);
        }
        std::hint::black_box(&verdict);
        start.elapsed()
    });
    println!("eval_leads_per_s {:.0}", leads.len() as f64 / evaluated.as_secs_f64());
}

/// The best of `n` runs: the least disturbed by the other work of a shared machine.
fn best_of(n: usize, mut run: impl FnMut() -> Duration) -> Duration {
    (0..n).map(|_| run()).min().unwrap_or_default()
}

/// What any program must do at least: read every record and look at every field.
fn csv_alone(path: &Path) -> Duration {
    let start = Instant::now();
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').flexible(true).from_path(path).expect("open");
    let mut record = csv::ByteRecord::new();
    let mut touched = 0usize;
    while reader.read_byte_record(&mut record).expect("read") {
        for field in record.iter() {
            touched = touched.wrapping_add(field.len());
        }
    }
    std::hint::black_box(touched);
    start.elapsed()
}

fn rules() -> RuleSet {
    let text = std::fs::read_to_string("rules/acme.rules").expect("rules/acme.rules");
    load(SourceFile::new("rules/acme.rules", text)).rules.expect("acme.rules compiles")
}

fn read_leads(rules: &RuleSet, path: &Path) -> Vec<Vec<Value>> {
    let reader = leadrules::input::open(path, &rules.schema, &Default::default()).expect("open");
    reader.filter_map(|row| row.values.ok()).collect()
}
