//! The bench of `leadrules sql` (issue 17), a plain bench binary run by hand:
//! `cargo bench --bench sql -- ROWS` (default 1 000 000). On ROWS generated leads for the shipped
//! `rules/acme.rules` (each column's cells drawn from the shipped `rules/acme-leads.csv` and
//! `rules/acme-history.csv`, so most rows read and some do not; made into the target dir, never
//! committed) it measures CPU seconds, which a shared machine's load does not inflate as it does
//! wall time, in one run:
//!   (a) `leadrules qualify` over the leads as a CSV file, to a CSV file (`qualify_cpu_s`), and
//!       `leadrules backtest` over them (`backtest_cpu_s`),
//!   (b) on a PostgreSQL server of the bench's own (Debian's package, as the tests start it),
//!       the CSV loaded as text columns, the generated query materialised as a table (`CREATE
//!       TABLE AS`): the backend's CPU (`/proc/PID/stat`, read by the server), with no parallel
//!       workers, JIT off unless `LEADRULES_BENCH_JIT=on` or `both` (`postgres_query_jit_off_cpu_s`),
//!   (c) the same in DuckDB through its Python package (`duckdb_query_cpu_s`, all its threads),
//!   (d) the backtest query (`leadrules sql --backtest`) on both engines (`*_backtest_cpu_s`),
//! and the ratios of each engine's CPU to `qualify`'s / `backtest`'s. The leads file is the
//! queries' `--sample`. `LEADRULES_BENCH_COMPARE=BIN,...` times the verdict query other builds of
//! `leadrules` write too (`compare0`, ...), and `*_carried_columns` counts the columns each
//! query's levels carry. Every figure is a `key value` line, from one run.

#[path = "../tests/common/engines.rs"]
#[allow(dead_code)]
mod engines;

use engines::{DuckDb, Job, Postgres};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The release `leadrules` binary that `cargo bench` builds next to this bench.
const LEADRULES: &str = env!("CARGO_BIN_EXE_leadrules");

fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A small deterministic generator.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }
}

/// Writes `rows` leads (with an outcome) for `rules/acme.rules` to `path`.
fn generate(path: &Path, rows: usize) {
    let mut columns: Vec<String> = Vec::new();
    let mut cells: Vec<Vec<String>> = Vec::new();
    for file in ["rules/acme-history.csv", "rules/acme-leads.csv"] {
        let mut reader = csv::Reader::from_path(root(file)).expect("a shipped lead file");
        let header: Vec<String> = reader.headers().expect("a header").iter().map(str::to_string).collect();
        if columns.is_empty() {
            columns = header.clone();
            cells = vec![Vec::new(); columns.len()];
        }
        for record in reader.records() {
            let record = record.expect("a record");
            for (c, name) in columns.iter().enumerate() {
                if let Some(k) = header.iter().position(|h| h == name) {
                    cells[c].push(record[k].to_string());
                }
            }
        }
    }
    let mut random = Random(17);
    let temporary = path.with_extension("partial");
    let mut writer = csv::Writer::from_path(&temporary).expect("create the leads");
    writer.write_record(&columns).expect("write");
    for n in 0..rows {
        let row: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(c, name)| match name.as_str() {
                "id" => format!("B-{n}"),
                _ => cells[c][random.below(cells[c].len())].clone(),
            })
            .collect();
        writer.write_record(&row).expect("write");
    }
    writer.flush().expect("flush");
    drop(writer);
    std::fs::rename(&temporary, path).expect("rename the leads");
}

/// CPU seconds this process's waited-for children have used so far (`cutime` + `cstime` of
/// `/proc/self/stat`, in clock ticks of 1/100 s).
fn children_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let tick = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(f64::NAN) / 100.0;
    // After `(comm)`: state is field 3, cutime 16 and cstime 17 (1-based, `man proc`).
    tick(13) + tick(14)
}

/// CPU seconds `leadrules` takes with `args`, which must succeed (0, or 4 for rows with errors).
fn leadrules(args: &[&str]) -> f64 {
    let before = children_cpu();
    let out = Command::new(LEADRULES).args(args).output().expect("leadrules runs");
    let took = children_cpu() - before;
    assert!(
        [0, 4].contains(&out.status.code().unwrap_or(-1)),
        "leadrules {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

/// The query a `leadrules` binary writes; `None` when it refuses `args`.
fn sql_of(binary: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(binary).args(args).output().expect("leadrules runs");
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn sql(args: &[&str]) -> String {
    sql_of(LEADRULES, args).unwrap_or_else(|| panic!("leadrules {args:?} writes no query"))
}

/// The verdict query of `binary` (this build, or one named in `LEADRULES_BENCH_COMPARE`), with
/// the leads as the sample; a build from before `--sample` is asked without it.
fn verdict_query(binary: &str, rules: &str, leads: &str, dialect: &str) -> String {
    let args = ["sql", rules, "--dialect", dialect, "--table", "leads"];
    let with_sample: Vec<&str> = args.iter().copied().chain(["--sample", leads]).collect();
    sql_of(binary, &with_sample)
        .or_else(|| sql_of(binary, &args))
        .unwrap_or_else(|| panic!("{binary} writes no {dialect} query"))
}

/// The columns the query's levels carry, summed over the levels (a level that selects `*` of
/// the one before carries its columns too, one that names them carries those): a line
/// `expression AS name` is a column.
fn carried_columns(query: &str) -> usize {
    let (mut carried, mut total, mut own, mut star) = (0, 0, 0, false);
    for line in query.lines() {
        let line = line.trim_end().trim_end_matches(',');
        if line.ends_with(" AS (") || line == "SELECT" && own > 0 {
            // A new level (or the final SELECT): the one before is complete.
            let width = if star { carried + own } else { own };
            total += width;
            carried = width;
            own = 0;
            star = false;
        }
        let start = line.trim_start();
        if start.starts_with("SELECT *") {
            star = true;
        } else if let Some(names) = start.strip_prefix("SELECT ").filter(|n| !n.starts_with('(')) {
            // A level that names the columns it carries from the one before: `SELECT c0, f1,`.
            own += names.split(',').filter(|n| !n.trim().is_empty()).count();
            continue;
        }
        let named = line.rsplit_once(" AS ").map(|(_, name)| name).unwrap_or("");
        if !named.is_empty() && !named.contains([' ', '(', ')']) && !line.ends_with(" AS (") {
            own += 1;
        }
    }
    total + own
}

/// The backend's CPU seconds, as `/proc/PID/stat` says them, read by the server itself.
const PG_CPU: &str = "SELECT 'cpu ' || pg_read_file('/proc/' || pg_backend_pid() || '/stat');\n";

/// CPU seconds of a PostgreSQL backend between the two `cpu …` lines of `output`.
fn pg_cpu(output: &str) -> f64 {
    let ticks: Vec<f64> = output
        .lines()
        .filter_map(|l| l.strip_prefix("cpu "))
        .map(|stat| {
            let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, r)| r).split_whitespace().collect();
            let tick = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(f64::NAN);
            // utime and stime: fields 14 and 15 (1-based).
            (tick(11) + tick(12)) / 100.0
        })
        .collect();
    match ticks.as_slice() {
        [before, after] => after - before,
        _ => f64::NAN,
    }
}

const DUCKDB_TIMED: &str = r#"
import duckdb, json, sys, time
job = json.load(open(sys.argv[1], encoding="utf-8"))
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
path = job["csv"].replace("'", "''")
start = time.process_time()
con.execute(f"CREATE TABLE leads AS SELECT * FROM read_csv('{path}', all_varchar=true, header=true, delim=',', quote='\"', escape='\"')")
print("duckdb_load_cpu_s %.3f" % (time.process_time() - start))
for name, query in job["queries"]:
    start, wall = time.process_time(), time.perf_counter()
    con.execute(f"CREATE OR REPLACE TABLE verdicts AS {query}")
    print("duckdb_%s_cpu_s %.3f" % (name, time.process_time() - start))
    print("duckdb_%s_wall_s %.3f" % (name, time.perf_counter() - wall))
    print("duckdb_%s_verdicts %d" % (name, con.execute("SELECT count(*) FROM verdicts").fetchone()[0]))
start = time.process_time()
groups = con.execute(job["backtest"]).fetchall()
print("duckdb_backtest_cpu_s %.3f" % (time.process_time() - start))
print("duckdb_backtest_groups %d" % len(groups))
"#;

fn main() {
    let rows: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(1_000_000);
    // Other builds whose verdict query is timed beside this one's (`LEADRULES_BENCH_COMPARE=a,b`),
    // and whether PostgreSQL runs each query with JIT on and off (`LEADRULES_BENCH_JIT=both`).
    let compare: Vec<String> = std::env::var("LEADRULES_BENCH_COMPARE")
        .map(|v| v.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect())
        .unwrap_or_default();
    let jits: Vec<&str> = match std::env::var("LEADRULES_BENCH_JIT").as_deref() {
        Ok("both") => vec!["on", "off"],
        Ok("on") => vec!["on"],
        _ => vec!["off"],
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-sql");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let leads = dir.join(format!("acme-{rows}.csv"));
    if !leads.exists() {
        generate(&leads, rows);
    }
    let bytes = std::fs::metadata(&leads).map(|m| m.len()).unwrap_or(0);
    println!("rows {rows}");
    println!("file_mib {:.1}", bytes as f64 / (1024.0 * 1024.0));
    let rules = root("rules/acme.rules");
    let (rules, leads_arg) = (rules.to_string_lossy().to_string(), leads.to_string_lossy().to_string());
    let out = dir.join("verdicts.csv");
    let qualify = leadrules(&["qualify", &rules, &leads_arg, "--output", &out.to_string_lossy(), "--lang", "en"]);
    println!("qualify_cpu_s {qualify:.3}");
    let backtest = leadrules(&["backtest", &rules, &leads_arg, "--format", "json", "--lang", "en"]);
    println!("backtest_cpu_s {backtest:.3}");
    let _ = std::fs::remove_file(&out);
    // The queries timed: this build's (`query`) and each compared build's (`compare0`, …).
    let queries = |dialect: &str| -> Vec<(String, String)> {
        let mut named = vec![("query".to_string(), verdict_query(LEADRULES, &rules, &leads_arg, dialect))];
        for (i, binary) in compare.iter().enumerate() {
            named.push((format!("compare{i}"), verdict_query(binary, &rules, &leads_arg, dialect)));
        }
        for (name, query) in &named {
            println!("{dialect}_{name}_carried_columns {}", carried_columns(query));
        }
        named
    };
    let backtest_args = ["sql", &rules, "--table", "leads", "--backtest", "--sample", &leads_arg];

    if let Some(server) = Postgres::start() {
        let mut args = backtest_args.to_vec();
        args.extend(["--dialect", "postgres"]);
        let backtest_query = sql(&args);
        let job = Job { table: "leads".into(), csv: leads.clone(), delimiter: ',', query: String::new() };
        let start = Instant::now();
        server.psql("bench-load", &format!("{}ANALYZE leads;\n", Postgres::load(&job)));
        println!("postgres_load_wall_s {:.3}", start.elapsed().as_secs_f64());
        // One backend, one core: no parallel workers, whose CPU the backend's figure would miss.
        let session = "SET max_parallel_workers_per_gather = 0;\n";
        for (name, query) in queries("postgres") {
            // A compared build's query runs with JIT off only (the setting this build's is timed in too).
            let jits = if name == "query" { jits.clone() } else { vec!["off"] };
            for jit in &jits {
                let script = format!(
                    "{session}SET jit = {jit};\nDROP TABLE IF EXISTS verdicts;\n{PG_CPU}CREATE TABLE verdicts AS\n{query};\n{PG_CPU}"
                );
                let output = server.psql("bench-query", &script);
                let cpu = pg_cpu(&output);
                println!("postgres_{name}_jit_{jit}_cpu_s {cpu:.3}");
                println!("postgres_{name}_jit_{jit}_ratio_to_qualify {:.2}", cpu / qualify);
            }
            let count = server.psql("bench-count", "SELECT count(*) FROM verdicts;\n");
            println!("postgres_{name}_verdicts {}", count.trim());
        }
        let output =
            server.psql("bench-backtest", &format!("{session}SET jit = off;\n{PG_CPU}{backtest_query};\n{PG_CPU}"));
        let cpu = pg_cpu(&output);
        println!("postgres_backtest_cpu_s {cpu:.3}");
        println!("postgres_backtest_ratio {:.2}", cpu / backtest);
        println!(
            "postgres_backtest_groups {}",
            output.lines().filter(|l| !l.trim().is_empty() && !l.starts_with("cpu ")).count()
        );
    }
    if DuckDb::start().is_some() {
        let mut args = backtest_args.to_vec();
        args.extend(["--dialect", "duckdb"]);
        let backtest_query = sql(&args);
        let named = queries("duckdb");
        let manifest =
            serde_json::json!({"csv": leads.to_string_lossy(), "queries": named, "backtest": backtest_query});
        let path = dir.join("duckdb-bench.json");
        std::fs::write(&path, manifest.to_string()).expect("write the job");
        let out = Command::new("python3").args(["-c", DUCKDB_TIMED]).arg(&path).output().expect("python3 runs");
        assert!(out.status.success(), "DuckDB failed: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        print!("{text}");
        let figure = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key).and_then(|v| v.trim().parse::<f64>().ok()))
                .unwrap_or(f64::NAN)
        };
        for (name, _) in &named {
            println!("duckdb_{name}_ratio_to_qualify {:.2}", figure(&format!("duckdb_{name}_cpu_s ")) / qualify);
        }
        println!("duckdb_backtest_ratio {:.2}", figure("duckdb_backtest_cpu_s ") / backtest);
    }
}
