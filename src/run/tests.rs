//! The run's failures come back as typed values: a write that fails is `RunError::Write`, a lead
//! file that breaks off is `RunError::Input`, a worker that fails names the first row of its
//! batch; and one thread or many give the same rows.

use super::parallel::PANIC_AT_RECORD;
use super::*;
use crate::compile::RuleSet;
use crate::input::{InputOptions, LeadReader};
use crate::locale::Lang;
use crate::output::{Format, column_names};
use crate::span::SourceFile;
use std::io::Write;

fn rules() -> RuleSet {
    let text = std::fs::read_to_string("rules/acme.rules").expect("rules/acme.rules");
    crate::compile::load(SourceFile::new("rules/acme.rules", text)).rules.expect("acme.rules compiles")
}

/// `rows` leads numbered 1 to `rows`, as CSV (or a JSON array, cut short when `broken`).
fn leads(rules: &RuleSet, rows: usize, json: bool, broken: bool) -> LeadReader {
    let (name, text) = if json {
        let leads: Vec<String> =
            (1..=rows).map(|i| format!("{{\"id\": \"L{i}\", \"employees\": {}}}", 10 + i)).collect();
        let text = format!("[{}{}", leads.join(",\n"), if broken { ",\n{\"employees\": " } else { "]" });
        ("leads.json", text)
    } else {
        let mut text = String::from("id,employees,budget\n");
        for i in 1..=rows {
            text.push_str(&format!("L{i},{},{}\n", 10 + i % 500, 1000 * i));
        }
        ("leads.csv", text)
    };
    crate::input::from_bytes(name, text.into_bytes(), &rules.schema, &InputOptions::default()).expect("leads open")
}

/// Takes `accepted` bytes, then fails every write as a full disk would.
struct FullDisk {
    accepted: usize,
}

impl Write for FullDisk {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.accepted == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full"));
        }
        let n = buf.len().min(self.accepted);
        self.accepted -= n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failed_write_is_a_write_error_on_one_thread_or_many() {
    let rules = rules();
    for jobs in [1, 2] {
        for accepted in [0, 5_000] {
            let out = FullDisk { accepted };
            let result = qualify_with_jobs(
                &rules,
                leads(&rules, 3_000, false, false),
                Format::Csv,
                out,
                jobs,
                column_names(&rules),
                Lang::En,
            );
            match result {
                Err(e @ RunError::Write(_)) => {
                    assert!(e.to_string().starts_with("cannot write the verdicts: "), "{e}");
                    assert_eq!(e.row(), None);
                }
                other => panic!("jobs {jobs}, {accepted} bytes: expected a write error, got {other:?}"),
            }
        }
    }
}

#[test]
fn a_lead_file_that_breaks_off_is_an_input_error() {
    let rules = rules();
    for jobs in [1, 2] {
        let reader = leads(&rules, 10, true, true);
        let result = qualify_with_jobs(&rules, reader, Format::Jsonl, Vec::new(), jobs, column_names(&rules), Lang::En);
        match result {
            Err(e @ RunError::Input(_)) => {
                assert!(
                    e.to_string()
                        .ends_with("no verdicts were written, since the leads after this point could not be read"),
                    "{e}"
                )
            }
            other => panic!("jobs {jobs}: expected an input error, got {other:?}"),
        }
    }
}

#[test]
fn a_failed_worker_names_the_first_row_of_its_batch() {
    let rules = rules();
    // Batches of 1 024 rows with two workers: row 1 500 is in the batch from row 1 025 on.
    assert_eq!(parallel::batch_rows(2), 1024);
    PANIC_AT_RECORD.store(1_500, std::sync::atomic::Ordering::Relaxed);
    let result = qualify_with_jobs(
        &rules,
        leads(&rules, 3_000, false, false),
        Format::Csv,
        Vec::new(),
        2,
        column_names(&rules),
        Lang::En,
    );
    PANIC_AT_RECORD.store(0, std::sync::atomic::Ordering::Relaxed);
    match result {
        Err(e @ RunError::WorkerFailed { .. }) => {
            assert_eq!(e.row(), Some(1_025));
            assert!(e.to_string().contains("from row 1025 on"), "{e}");
        }
        other => panic!("expected a worker failure, got {other:?}"),
    }
}

#[test]
fn one_thread_or_many_write_the_same_rows_and_summary() {
    let rules = rules();
    let mut outputs = Vec::new();
    for jobs in [1, 2, 3] {
        let mut out = Vec::new();
        let summary = qualify_with_jobs(
            &rules,
            leads(&rules, 2_500, false, false),
            Format::Csv,
            &mut out,
            jobs,
            column_names(&rules),
            Lang::En,
        )
        .expect("the run finishes");
        outputs.push((out, summary.to_string()));
    }
    assert!(outputs.windows(2).all(|pair| pair[0] == pair[1]));
}

#[test]
fn too_many_leads_for_a_snapshot_is_an_error_of_its_own() {
    let error = RunError::TooManyLeads { most: snapshot::MAX_SNAPSHOT_LEADS };
    assert!(error.to_string().starts_with("a snapshot holds at most 200000 leads"));
}

#[test]
fn run_errors_are_said_in_russian() {
    let error = RunError::TooManyLeads { most: snapshot::MAX_SNAPSHOT_LEADS };
    let text = Lang::Ru.text(&error.message());
    assert!(text.starts_with("в снимок помещается не больше 200000 лидов"), "{text}");
    assert!(text.contains("\nподсказка: "), "{text}");
    let broken = RunError::Input(crate::input::InputError::Empty { name: "leads.csv".into() });
    assert_eq!(
        Lang::Ru.text(&broken.message()),
        "leads.csv: файл пуст; вердикты не записаны, потому что лиды после этого места прочитать не удалось"
    );
    let failed = RunError::WorkerFailed { first_row: 1025 };
    assert!(Lang::Ru.text(&failed.message()).contains("начиная со строки 1025 "));
    let full = RunError::Write(std::io::Error::from(std::io::ErrorKind::StorageFull));
    assert_eq!(Lang::Ru.text(&full.message()), "не удаётся записать вердикты: диск заполнен");
}
