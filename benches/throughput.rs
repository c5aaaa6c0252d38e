//! The throughput benchmark of issue 6, as a plain bench binary (`cargo bench --bench
//! throughput -- ROWS`; `bench/run.sh` runs it and prints the table): on a generated,
//! deterministic messy export of ROWS leads (default 1 000 000) and the shipped
//! `rules/acme.rules`, it measures in one run
//!   (a) the csv crate alone reading the file and touching every field (`csv_alone_s`),
//!   (b) `leadrules qualify` end to end to an output file, with `--jobs 1` (`qualify_1_s`) and
//!       with all cores (`qualify_n_s`), the release binary run as a child process, and the
//!       same run in this process through the library (`leadrules::run`, what a service would
//!       call: `qualify_lib_1_s`, `qualify_lib_n_s`),
//!   (c) evaluation alone over leads already in memory, on one core (`eval_leads_per_s`), and
//!       beside it the same rules written by hand in Rust over the same leads
//!       (`handwritten_leads_per_s`), the yardstick the issue compares with,
//!   (d) the peak memory (RSS) of `qualify` with all cores on ROWS and on ten times ROWS
//!       (`peak_rss_1x_mib`, `peak_rss_10x_mib`),
//!   (e) the peak memory of `leadrules backtest` on a history of ROWS/10 and of ROWS leads
//!       (`tests/data/crm-opportunities.csv` repeated; `backtest_rss_small_mib`,
//!       `backtest_rss_mib`), which must not grow with the history either,
//! and, to show where the end-to-end time goes, reading the leads into values without
//! evaluating them (`read_leads_s`). Every figure is a `key value` line. Timings are the best of
//! three runs, taken in one run so their ratios hold on a shared machine.
//!
//! The 10× file is made once by streaming ten copies of the records into the target dir (the
//! same rows repeated; the record numbers go on counting). `BENCH_SKIP_10X=1` skips it;
//! `EVAL_ONLY_PROFILE=1` measures only (a) and (c), with 30 evaluation rounds, and
//! `READ_ONLY_PROFILE=1` only reads the leads five times, for profiling.

use leadrules::compile::{RuleSet, load};
use leadrules::eval::{Verdict, verdict::evaluate_into};
use leadrules::output::{Format, column_names};
use leadrules::span::SourceFile;
use leadrules::value::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The release `leadrules` binary that `cargo bench` builds next to this bench.
const LEADRULES: &str = env!("CARGO_BIN_EXE_leadrules");

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
    if std::env::var_os("READ_ONLY_PROFILE").is_some() {
        for _ in 0..5 {
            std::hint::black_box(read_leads(&rules, &input).len());
        }
        return;
    }
    let leads = read_leads(&rules, &input);
    let evaluated = best_of(if std::env::var_os("EVAL_ONLY_PROFILE").is_some() { 30 } else { 3 }, || {
        let mut verdict = Verdict::default();
        let start = Instant::now();
        for lead in &leads {
            evaluate_into(&rules, lead, &mut verdict);
        }
        std::hint::black_box(&verdict);
        start.elapsed()
    });
    println!("eval_leads_per_s {:.0}", leads.len() as f64 / evaluated.as_secs_f64());
    let by_hand = best_of(3, || {
        let (took, checksum) = handwritten(&rules, &leads);
        std::hint::black_box(checksum);
        took
    });
    println!("handwritten_leads_per_s {:.0}", leads.len() as f64 / by_hand.as_secs_f64());
    drop(leads);
    if std::env::var_os("EVAL_ONLY_PROFILE").is_some() {
        return;
    }

    let read = best_of(3, || {
        let start = Instant::now();
        let reader = leadrules::input::open(&input, &rules.schema, &Default::default()).expect("open");
        std::hint::black_box(reader.count());
        start.elapsed()
    });
    println!("read_leads_s {:.3}", read.as_secs_f64());

    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!("cores {cores}");
    let out = dir.join("verdicts.csv");
    let (one, _) = best_run(3, || qualify(&input, &out, Some(1)));
    println!("qualify_1_s {:.3}", one.as_secs_f64());
    let (all, rss) = best_run(3, || qualify(&input, &out, None));
    println!("qualify_n_s {:.3}", all.as_secs_f64());
    println!("ratio_1 {:.2}", one.as_secs_f64() / csv_alone.as_secs_f64());
    println!("ratio_n {:.2}", all.as_secs_f64() / csv_alone.as_secs_f64());
    println!("peak_rss_1x_mib {:.1}", rss as f64 / 1024.0);
    println!("peak_rss_1x_rows {rows}");
    let lib_one = best_of(3, || qualify_in_process(&rules, &input, &out, 1));
    println!("qualify_lib_1_s {:.3}", lib_one.as_secs_f64());
    let lib_all = best_of(3, || qualify_in_process(&rules, &input, &out, cores));
    println!("qualify_lib_n_s {:.3}", lib_all.as_secs_f64());
    if std::env::var_os("BENCH_SKIP_10X").is_none() {
        let big = dir.join(format!("messy-{}.csv", rows * 10));
        if !big.exists() {
            repeat_records(&input, &big, 10);
        }
        let (time, rss) = qualify(&big, &out, None);
        println!("qualify_10x_n_s {:.3}", time.as_secs_f64());
        println!("peak_rss_10x_mib {:.1}", rss as f64 / 1024.0);
        println!("peak_rss_10x_rows {}", rows * 10);
    }
    // A backtest reads a whole history too: its memory must not grow with the history either.
    let small = dir.join(format!("history-{}.csv", rows / 10));
    let large = dir.join(format!("history-{rows}.csv"));
    for (path, count) in [(&small, rows / 10), (&large, rows)] {
        if !path.exists() {
            repeat_history(Path::new("tests/data/crm-opportunities.csv"), path, count);
        }
    }
    let (_, small_rss) = backtest(&small, &out);
    let (time, large_rss) = backtest(&large, &out);
    println!("backtest_s {:.3}", time.as_secs_f64());
    println!("backtest_rss_small_mib {:.1}", small_rss as f64 / 1024.0);
    println!("backtest_rss_small_rows {}", rows / 10);
    println!("backtest_rss_mib {:.1}", large_rss as f64 / 1024.0);
    let _ = std::fs::remove_file(&out);
}

/// Runs `leadrules qualify rules/acme.rules INPUT -o OUT [--jobs N]`: its wall time and peak
/// resident memory in KiB (see `measure`).
fn qualify(input: &Path, out: &Path, jobs: Option<usize>) -> (Duration, u64) {
    let mut args: Vec<String> = vec![
        "qualify".into(),
        "rules/acme.rules".into(),
        input.display().to_string(),
        "-o".into(),
        out.display().to_string(),
    ];
    if let Some(jobs) = jobs {
        args.extend(["--jobs".into(), jobs.to_string()]);
    }
    measure(&args, &out.with_extension("rss"))
}

/// `qualify INPUT -o OUT --jobs JOBS` in this process through the library: opening the leads,
/// judging and writing them (`leadrules::run`); its wall time.
fn qualify_in_process(rules: &RuleSet, input: &Path, out: &Path, jobs: usize) -> Duration {
    let start = Instant::now();
    let reader =
        leadrules::run::open_leads(input, &rules.schema, &Default::default(), leadrules::run::open::plain_file)
            .expect("open the export");
    let file = std::io::BufWriter::new(std::fs::File::create(out).expect("create the output"));
    let summary = leadrules::run::qualify_with_jobs(
        rules,
        reader,
        Format::Csv,
        file,
        jobs,
        column_names(rules),
        Default::default(),
    )
    .expect("the run finishes");
    std::hint::black_box(summary);
    start.elapsed()
}

/// Runs `leadrules backtest rules/crm-opportunities.rules HISTORY` (the report is not kept).
fn backtest(history: &Path, scratch: &Path) -> (Duration, u64) {
    let args: Vec<String> = ["backtest", "rules/crm-opportunities.rules", &history.display().to_string()]
        .iter()
        .map(|a| a.to_string())
        .chain(["--outcome", "deal_stage", "--open", "engaging,prospecting"].map(String::from))
        .collect();
    measure(&args, &scratch.with_extension("rss"))
}

/// Runs leadrules with `args` and returns its wall time and peak resident memory in KiB (0 when
/// it cannot be measured). The peak comes from `/usr/bin/time` when it is installed (written
/// to `rss_file`), otherwise from polling `VmHWM` in `/proc/PID/status`.
fn measure(args: &[String], rss_file: &Path) -> (Duration, u64) {
    let time = Path::new("/usr/bin/time");
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-f").arg("%M").arg("-o").arg(rss_file).arg(LEADRULES);
        c
    } else {
        Command::new(LEADRULES)
    };
    command.args(args).stdout(Stdio::null()).stderr(Stdio::null());
    let start = Instant::now();
    let mut child = command.spawn().expect("run leadrules");
    let mut polled = 0u64;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for leadrules") {
            break status;
        }
        if !time.exists() {
            polled = polled.max(vm_hwm_kib(child.id()).unwrap_or(0));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    // Exit code 4 (some leads could not be read) is expected on the messy export.
    assert!(matches!(status.code(), Some(0 | 4)), "leadrules {} failed: {status}", args[0]);
    let rss = match std::fs::read_to_string(rss_file) {
        Ok(text) => text.lines().rev().find_map(|l| l.trim().parse().ok()).unwrap_or(0),
        Err(_) => polled,
    };
    let _ = std::fs::remove_file(rss_file);
    (elapsed, rss)
}

fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The fastest of `n` runs, with the largest peak memory seen.
fn best_run(n: usize, mut run: impl FnMut() -> (Duration, u64)) -> (Duration, u64) {
    (0..n).map(|_| run()).fold((Duration::MAX, 0), |(t, m), (t2, m2)| (t.min(t2), m.max(m2)))
}

/// Writes the header of `input` and then its records `times` times over, streaming.
fn repeat_records(input: &Path, output: &Path, times: usize) {
    let partial = output.with_extension("partial");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&partial).expect("create the 10x file"));
    for copy in 0..times {
        let mut reader = BufReader::new(std::fs::File::open(input).expect("open the export"));
        let mut header = Vec::new();
        reader.read_until(b'\n', &mut header).expect("read the header");
        if copy == 0 {
            out.write_all(&header).expect("write");
        }
        std::io::copy(&mut reader, &mut out).expect("copy the records");
    }
    out.flush().expect("write the 10x file");
    drop(out);
    std::fs::rename(&partial, output).expect("move the 10x file into place");
}

/// Writes the header of the history `input` and then its records over and over, `rows` in all.
fn repeat_history(input: &Path, output: &Path, rows: usize) {
    let text = std::fs::read_to_string(input).expect("read the history");
    let mut lines = text.lines();
    let header = lines.next().expect("a header");
    let records: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    let partial = output.with_extension("partial");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&partial).expect("create the history"));
    writeln!(out, "{header}").expect("write");
    for record in records.iter().cycle().take(rows) {
        writeln!(out, "{record}").expect("write");
    }
    out.flush().expect("write the history");
    drop(out);
    std::fs::rename(&partial, output).expect("move the history into place");
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

/// acme.rules written by hand in Rust (class, score, fit, temperature, deal probability), the
/// yardstick the issue names: what evaluation costs with no interpreter at all.
fn handwritten(rules: &RuleSet, leads: &[Vec<Value>]) -> (Duration, u64) {
    let slot = |name: &str| rules.schema.slot_of(name).expect("acme field");
    let [employees, revenue, industry, ad_spend, role, dm, budget, timeline, need, source] = [
        "employees",
        "revenue",
        "industry",
        "ad_spend",
        "role",
        "decision_maker",
        "budget",
        "timeline",
        "need",
        "source",
    ]
    .map(slot);
    let num = |v: &Value| if let Value::Number(n) = v { Some(*n) } else { None };
    let en = |v: &Value| if let Value::Enum(n) = v { Some(*n) } else { None };
    let start = Instant::now();
    let mut checksum = 0u64;
    for lead in leads {
        let emp = num(&lead[employees]);
        // Disqualified only when a gate definitely fails (an unknown gate does not).
        let failed_gate = emp.is_some_and(|e| e < 10.0) || en(&lead[industry]) == Some(5);
        let mut fit = 0.0;
        fit += if emp.is_some_and(|e| (50.0..=5000.0).contains(&e)) { 3.0 } else { 0.0 };
        fit += if num(&lead[ad_spend]).is_some_and(|a| a >= 100_000.0) { 2.0 } else { 0.0 };
        fit += if en(&lead[role]).is_some_and(|r| r < 3) { 2.0 } else { 0.0 };
        fit += if num(&lead[revenue]).is_some_and(|r| r >= 50_000_000.0) { 1.0 } else { 0.0 };
        let b = num(&lead[budget]);
        let t = num(&lead[timeline]);
        let d = matches!(lead[dm], Value::Bool(true));
        let criteria =
            [b.is_some_and(|b| b >= 500_000.0), d, lead[need].is_known(), t.is_some_and(|t| t <= 7_776_000.0)];
        let met = criteria.iter().filter(|c| **c).count();
        let mut score = 0;
        score += if fit / 8.0 >= 0.7 { 30 } else { 0 };
        score += if criteria[0] { 15 } else { 0 } + if criteria[1] { 15 } else { 0 } + if criteria[3] { 10 } else { 0 };
        let src = en(&lead[source]);
        score += if src == Some(2) { 10 } else { 0 } - if src == Some(4) { 20 } else { 0 };
        let class = if failed_gate {
            0
        } else if met >= 3 || score >= 60 {
            1
        } else if score >= 30 {
            2
        } else {
            3
        };
        let hot = t.is_some_and(|t| t <= 2_592_000.0) && d;
        let temperature = if hot {
            0
        } else if t.is_some_and(|t| t <= 7_776_000.0) {
            1
        } else {
            2
        };
        let price = b.map_or(0.2, |b| {
            if b >= 1_000_000.0 {
                0.9
            } else if b >= 500_000.0 {
                0.6
            } else {
                0.2
            }
        });
        checksum += class + temperature + score as u64 + (price * 10.0) as u64;
    }
    (start.elapsed(), checksum)
}
