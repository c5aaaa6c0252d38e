//! The bench of `leadrules sql` (issue 17), a plain bench binary run by hand:
//! `cargo bench --bench sql -- ROWS` (default 1 000 000). On ROWS generated leads for the shipped
//! `rules/acme.rules` (each column's cells drawn from the shipped `rules/acme-leads.csv` and
//! `rules/acme-history.csv`, so most rows read and some do not; made into the target dir, never
//! committed) it measures, in one run:
//!   (a) `leadrules qualify` over the leads as a CSV file, to a CSV file (`qualify_s`),
//!   (b) loading the CSV into PostgreSQL (`\copy`, all columns text: `postgres_load_s`) and the
//!       generated query materialised as a table (`CREATE TABLE AS`: `postgres_query_s`), on a
//!       PostgreSQL server of the bench's own (Debian's package, as the tests start it),
//!   (c) the same in DuckDB through its Python package (`duckdb_load_s`, `duckdb_query_s`),
//!   (d) the backtest query (`leadrules sql --backtest`) over the same table on both engines
//!       (`postgres_backtest_s`, `duckdb_backtest_s`) beside `leadrules backtest` (`backtest_s`),
//! and the ratios of each engine's time to `qualify`'s / `backtest`'s. Every figure is a
//! `key value` line. Each is one run, not a best of three: the engines' runs are long and the
//! machine is shared; run it when the machine is quiet.

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

/// Seconds `leadrules` takes with `args`, which must succeed (0, or 4 for rows with errors).
fn leadrules(args: &[&str]) -> f64 {
    let start = Instant::now();
    let out = Command::new(LEADRULES).args(args).output().expect("leadrules runs");
    let took = start.elapsed().as_secs_f64();
    assert!(
        [0, 4].contains(&out.status.code().unwrap_or(-1)),
        "leadrules {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn sql(args: &[&str]) -> String {
    let out = Command::new(LEADRULES).args(args).output().expect("leadrules runs");
    assert!(out.status.success(), "leadrules {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const DUCKDB_TIMED: &str = r#"
import duckdb, json, sys, time
job = json.load(open(sys.argv[1], encoding="utf-8"))
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
path = job["csv"].replace("'", "''")
start = time.perf_counter()
con.execute(f"CREATE TABLE leads AS SELECT * FROM read_csv('{path}', all_varchar=true, header=true, delim=',', quote='\"', escape='\"')")
print("duckdb_load_s %.3f" % (time.perf_counter() - start))
start = time.perf_counter()
con.execute("CREATE TABLE verdicts AS " + job["query"])
print("duckdb_query_s %.3f" % (time.perf_counter() - start))
print("duckdb_verdicts %d" % con.execute("SELECT count(*) FROM verdicts").fetchone()[0])
start = time.perf_counter()
groups = con.execute(job["backtest"]).fetchall()
print("duckdb_backtest_s %.3f" % (time.perf_counter() - start))
print("duckdb_backtest_groups %d" % len(groups))
"#;

fn main() {
    let rows: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(1_000_000);
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
    println!("qualify_s {qualify:.3}");
    let backtest = leadrules(&["backtest", &rules, &leads_arg, "--format", "json", "--lang", "en"]);
    println!("backtest_s {backtest:.3}");
    let _ = std::fs::remove_file(&out);

    if let Some(server) = Postgres::start() {
        let query = sql(&["sql", &rules, "--dialect", "postgres", "--table", "leads"]);
        let backtest_query = sql(&["sql", &rules, "--dialect", "postgres", "--table", "leads", "--backtest"]);
        let job = Job { table: "leads".into(), csv: leads.clone(), delimiter: ',', query: String::new() };
        let start = Instant::now();
        server.psql("bench-load", &format!("{}ANALYZE leads;\n", Postgres::load(&job)));
        let load = start.elapsed().as_secs_f64();
        println!("postgres_load_s {load:.3}");
        let start = Instant::now();
        server.psql("bench-query", &format!("CREATE TABLE verdicts AS\n{query};\n"));
        let took = start.elapsed().as_secs_f64();
        println!("postgres_query_s {took:.3}");
        println!("postgres_ratio_to_qualify {:.2}", took / qualify);
        let count = server.psql("bench-count", "SELECT count(*) FROM verdicts;\n");
        println!("postgres_verdicts {}", count.trim());
        let start = Instant::now();
        let groups = server.psql("bench-backtest", &format!("{backtest_query};\n"));
        let took = start.elapsed().as_secs_f64();
        println!("postgres_backtest_s {took:.3}");
        println!("postgres_backtest_ratio {:.2}", took / backtest);
        println!("postgres_backtest_groups {}", groups.lines().count());
    }
    if DuckDb::start().is_some() {
        let query = sql(&["sql", &rules, "--dialect", "duckdb", "--table", "leads"]);
        let backtest_query = sql(&["sql", &rules, "--dialect", "duckdb", "--table", "leads", "--backtest"]);
        let manifest = serde_json::json!({"csv": leads.to_string_lossy(), "query": query, "backtest": backtest_query});
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
        println!("duckdb_ratio_to_qualify {:.2}", figure("duckdb_query_s ") / qualify);
        println!("duckdb_backtest_ratio {:.2}", figure("duckdb_backtest_s ") / backtest);
    }
}
