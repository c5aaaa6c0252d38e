//! `qualify --jobs N`: whatever the number of threads, the rows, their order, the summary and
//! the exit code are those of the single-threaded run (`--jobs 1`), byte for byte; a file that
//! breaks off still fails with exit code 3 and leaves no output file.

mod common;
use common::{code, leadrules, scratch, stderr};

use std::path::Path;
use std::process::Command;

/// A fresh directory under the target dir.
/// Runs `qualify` with `-o` and the given jobs; returns the output file's bytes, the stderr and
/// the exit code.
fn qualify_to_file(dir: &Path, leads: &Path, format: &str, jobs: &str) -> (Vec<u8>, String, i32) {
    let out = dir.join(format!("out-{format}-{jobs}"));
    let o = leadrules(&[
        "qualify",
        "rules/acme.rules",
        leads.to_str().unwrap(),
        "--format",
        format,
        "--jobs",
        jobs,
        "-o",
        out.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{}: {e}; stderr: {}", out.display(), stderr(&o)));
    (bytes, stderr(&o), code(&o))
}

fn assert_same_for_every_jobs(dir: &Path, leads: &Path, expected_rows: usize, expected_code: i32) {
    for format in ["csv", "jsonl"] {
        let (one, one_err, one_code) = qualify_to_file(dir, leads, format, "1");
        assert_eq!(one_code, expected_code, "{one_err}");
        let lines = one.iter().filter(|&&b| b == b'\n').count();
        assert!(lines >= expected_rows, "{format}: {lines} lines for {expected_rows} leads");
        for jobs in ["2", "3", "8"] {
            let (many, many_err, many_code) = qualify_to_file(dir, leads, format, jobs);
            assert_eq!(many_code, one_code, "--jobs {jobs} --format {format}: {many_err}");
            assert_eq!(many_err, one_err, "--jobs {jobs} --format {format}: the summary differs");
            assert!(many == one, "--jobs {jobs} --format {format}: the output differs from --jobs 1");
        }
    }
}

#[test]
fn the_20k_messy_export_gives_the_same_bytes_and_summary_with_any_jobs() {
    let dir = scratch("jobs-messy");
    let leads = dir.join("messy.csv");
    std::fs::write(&leads, leadrules::input::sample::messy_export(20_000, 7)).unwrap();
    // 100 broken records: exit code 4 and an `error` row each, at their place.
    assert_same_for_every_jobs(&dir, &leads, 20_000, 4);
}

#[test]
fn the_shipped_example_gives_the_same_bytes_with_any_jobs() {
    let dir = scratch("jobs-acme");
    assert_same_for_every_jobs(&dir, Path::new("rules/acme-leads.csv"), 20, 0);
}

#[test]
fn standard_output_and_the_table_are_the_same_with_any_jobs() {
    for format in ["csv", "jsonl", "table"] {
        let one = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--format", format, "-j", "1"]);
        let many = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--format", format, "-j", "4"]);
        let default = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--format", format]);
        assert_eq!(code(&one), 0, "{}", stderr(&one));
        assert!(!one.stdout.is_empty());
        for other in [&many, &default] {
            assert_eq!(other.stdout, one.stdout, "--format {format}");
            assert_eq!(stderr(other), stderr(&one), "--format {format}");
            assert_eq!(code(other), 0);
        }
    }
}

/// The shipped example as a JSON array repeated `times` times (so several batches long).
fn acme_as_json_array(times: usize) -> String {
    let mut reader = csv::Reader::from_path("rules/acme-leads.csv").unwrap();
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut objects = Vec::new();
    for n in 0..times {
        for row in &rows {
            let mut object = serde_json::Map::new();
            for (key, cell) in header.iter().zip(row) {
                let cell = if key == "id" { format!("{cell}-{n}") } else { cell.to_string() };
                object.insert(key.to_string(), serde_json::Value::String(cell));
            }
            objects.push(serde_json::Value::Object(object).to_string());
        }
    }
    format!("[\n{}\n]\n", objects.join(",\n"))
}

#[test]
fn a_file_that_breaks_off_fails_with_code_3_and_no_output_file_with_any_jobs() {
    let dir = scratch("jobs-broken");
    let whole = acme_as_json_array(300); // 6 000 leads, several batches
    let whole_path = dir.join("whole.json");
    std::fs::write(&whole_path, &whole).unwrap();
    let (expected, _, expected_code) = qualify_to_file(&dir, &whole_path, "csv", "1");
    assert_eq!(expected_code, 0);
    let (again, _, _) = qualify_to_file(&dir, &whole_path, "csv", "2");
    assert!(again == expected);

    // Cut in the middle of a lead near the end: everything before it reads, then the file breaks.
    let cut = whole.len() - 200;
    let broken = dir.join("broken.json");
    std::fs::write(&broken, &whole.as_bytes()[..cut]).unwrap();
    for jobs in ["1", "2", "4"] {
        let out = dir.join(format!("verdicts-{jobs}.csv"));
        let o = leadrules(&[
            "qualify",
            "rules/acme.rules",
            broken.to_str().unwrap(),
            "--jobs",
            jobs,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code(&o), 3, "--jobs {jobs}: {}", stderr(&o));
        assert!(stderr(&o).contains("no verdicts were written"), "--jobs {jobs}: {}", stderr(&o));
        assert!(!out.exists(), "--jobs {jobs}: a failed run left {}", out.display());
        let leftovers = std::fs::read_dir(&dir).unwrap().filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            !name.to_string_lossy().ends_with(".json") && !name.to_string_lossy().starts_with("out-")
        });
        assert_eq!(leftovers.count(), 0, "--jobs {jobs}: a temporary file was left behind");
    }
}

#[test]
fn jobs_must_be_a_positive_number() {
    for bad in ["0", "many", "100000"] {
        let o = leadrules(&["qualify", "rules/acme.rules", "rules/acme-leads.csv", "--jobs", bad]);
        assert_eq!(code(&o), 2, "--jobs {bad}: {}", stderr(&o));
        assert!(stderr(&o).contains("number of threads"), "--jobs {bad}: {}", stderr(&o));
    }
}

#[test]
fn the_help_documents_jobs() {
    let o = leadrules(&["qualify", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(help.contains("--jobs <N>"), "{help}");
    assert!(help.contains("table and xlsx formats always use one thread"), "{help}");
}

#[cfg(target_os = "linux")]
#[test]
fn an_output_that_cannot_be_written_ends_the_run_with_code_3_and_no_panic() {
    let leads = scratch("jobs-full").join("messy.csv");
    std::fs::write(&leads, leadrules::input::sample::messy_export(5_000, 3)).unwrap();
    for jobs in ["1", "2", "4"] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
        let o = Command::new(env!("CARGO_BIN_EXE_leadrules"))
            .args(["qualify", "rules/acme.rules", leads.to_str().unwrap(), "--jobs", jobs])
            .stdout(full)
            .output()
            .expect("the leadrules binary runs");
        assert_eq!(code(&o), 3, "--jobs {jobs}: {}", stderr(&o));
        assert!(stderr(&o).contains("cannot write the verdicts"), "--jobs {jobs}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "--jobs {jobs}: {}", stderr(&o));
    }
}
