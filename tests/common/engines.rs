//! Real SQL engines for the tests of `leadrules sql`: a PostgreSQL server started for the test
//! in a temporary data directory on a loopback port (Debian's package), and DuckDB through its
//! Python package. Each loads CSV files as tables of text columns, as a CRM export arrives, runs
//! queries and gives their rows as JSON objects.
//!
//! Without the engine a test skips with a message saying what is missing; under `CI=true` it
//! fails instead, saying why (`.ci/run` installs both).

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One table to load and one query to run over it.
pub struct Job {
    pub table: String,
    pub csv: PathBuf,
    pub delimiter: char,
    pub query: String,
}

/// Whether the tests run in CI, where a missing engine is a failure.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Skips (returns `None`) outside CI, fails in CI, with the reason.
pub fn unavailable<T>(engine: &str, why: &str) -> Option<T> {
    if in_ci() {
        panic!("{engine} is needed under CI=true and {why}");
    }
    eprintln!("SKIPPED: {engine} is not available here ({why}); the test runs in CI, where .ci/run installs it");
    None
}

/// The header of a CSV file.
pub fn header(csv: &Path, delimiter: char) -> Vec<String> {
    let text = std::fs::read_to_string(csv).expect("read the CSV");
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter as u8).has_headers(false).from_reader(text.as_bytes());
    let record = reader.records().next().expect("a header").expect("a readable header");
    record.iter().map(|s| s.trim_start_matches('\u{feff}').to_string()).collect()
}

fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Rows per job, in the jobs' order.
fn parse_rows(output: &str, jobs: &[Job]) -> Vec<Vec<serde_json::Value>> {
    let mut rows: Vec<Vec<serde_json::Value>> = jobs.iter().map(|_| Vec::new()).collect();
    for line in output.lines().filter(|l| !l.is_empty()) {
        let (index, json) = line.split_once('\t').unwrap_or_else(|| panic!("an engine's line: {line}"));
        let index: usize = index.parse().expect("a job number");
        rows[index].push(serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}")));
    }
    rows
}

/// A PostgreSQL server of the test's own, stopped when dropped.
pub struct Postgres {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    as_postgres: bool,
}

impl Postgres {
    /// Starts a server, or says why it cannot (`None` outside CI).
    pub fn start() -> Option<Postgres> {
        let bin = std::fs::read_dir("/usr/lib/postgresql").ok().and_then(|versions| {
            let mut bins: Vec<PathBuf> = versions
                .filter_map(|v| v.ok())
                .map(|v| v.path().join("bin"))
                .filter(|b| b.join("initdb").exists())
                .collect();
            bins.sort();
            bins.pop()
        });
        let Some(bin) = bin else {
            return unavailable("PostgreSQL", "its server is not installed (no /usr/lib/postgresql/*/bin/initdb)");
        };
        if Command::new("psql").arg("--version").output().is_err() {
            return unavailable("PostgreSQL", "its client psql is not installed");
        }
        let root = Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
        let as_postgres = root.unwrap_or(false);
        // One directory per server: tests of one binary start theirs in parallel, and a shared
        // name let one test remove the directory another was giving to the user postgres.
        static SERVERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let nth = SERVERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("leadrules-pg-{}-{nth}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        let port =
            TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port");
        let server = Postgres { bin, dir, port, as_postgres };
        if as_postgres {
            let chown = Command::new("chown").args(["-R", "postgres:postgres"]).arg(&server.dir).status();
            if !chown.is_ok_and(|s| s.success()) {
                return unavailable("PostgreSQL", "the temporary directory cannot be given to the user postgres");
            }
        }
        let data = server.dir.join("data");
        let init = server.command(
            "initdb",
            &["-D", &data.to_string_lossy(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"],
        );
        if !init.status.success() {
            return unavailable("PostgreSQL", &format!("initdb failed: {}", String::from_utf8_lossy(&init.stderr)));
        }
        let options =
            format!("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off", server.port, server.dir.display());
        let log = server.dir.join("log");
        let start = server.command(
            "pg_ctl",
            &["-D", &data.to_string_lossy(), "-o", &options, "-l", &log.to_string_lossy(), "-w", "start"],
        );
        if !start.status.success() {
            let log = std::fs::read_to_string(&log).unwrap_or_default();
            return unavailable("PostgreSQL", &format!("the server did not start: {log}"));
        }
        Some(server)
    }

    fn command(&self, program: &str, args: &[&str]) -> std::process::Output {
        let program = self.bin.join(program);
        let mut command = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c
        } else {
            Command::new(program)
        };
        command.args(args).output().expect("a PostgreSQL program runs")
    }

    /// The psql lines that load a job's CSV into its table (all columns text).
    pub fn load(job: &Job) -> String {
        let columns: Vec<String> =
            header(&job.csv, job.delimiter).iter().map(|c| format!("{} text", ident(c))).collect();
        format!(
            "DROP TABLE IF EXISTS {t};\nCREATE TABLE {t} ({});\n\\copy {t} FROM '{}' WITH (FORMAT csv, HEADER true, DELIMITER '{}')\n",
            columns.join(", "),
            job.csv.display(),
            job.delimiter,
            t = ident(&job.table)
        )
    }

    /// Runs a psql script (stopping at the first error); what it printed, unaligned, tuples only.
    pub fn psql(&self, name: &str, script: &str) -> String {
        let path = self.dir.join(format!("{name}.sql"));
        std::fs::File::create(&path).and_then(|mut f| f.write_all(script.as_bytes())).expect("write the script");
        let output = Command::new("psql")
            .args(["-h", "127.0.0.1", "-p", &self.port.to_string(), "-U", "postgres", "-d", "postgres"])
            .args(["-v", "ON_ERROR_STOP=1", "-q", "-A", "-t", "-f"])
            .arg(&path)
            .output()
            .expect("psql runs");
        assert!(output.status.success(), "psql failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Loads each job's CSV into its table and runs its query; the rows of each job.
    pub fn run(&self, jobs: &[Job]) -> Vec<Vec<serde_json::Value>> {
        let mut script = String::new();
        for (i, job) in jobs.iter().enumerate() {
            script.push_str(&Self::load(job));
            script.push_str(&format!("SELECT '{i}' || chr(9) || row_to_json(v)::text FROM (\n{}\n) v;\n", job.query));
        }
        let output = self.psql(&format!("script-{}", jobs.len()), &script);
        parse_rows(&output, jobs)
    }

    /// Loads a job's CSV and gives the plan of its query (`EXPLAIN (FORMAT JSON)`).
    pub fn explain(&self, job: &Job) -> serde_json::Value {
        let script = format!(
            "{}ANALYZE {};\nEXPLAIN (FORMAT JSON) {};\n",
            Self::load(job),
            ident(&job.table),
            job.query.trim_end().trim_end_matches(';')
        );
        let output = self.psql("explain", &script);
        serde_json::from_str(output.trim()).unwrap_or_else(|e| panic!("{e}: {output}"))
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        self.command("pg_ctl", &["-D", &data.to_string_lossy(), "-m", "immediate", "-w", "stop"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// DuckDB, run by its Python package.
pub struct DuckDb;

const DUCKDB_SCRIPT: &str = r#"
import duckdb, json, sys
jobs = json.load(open(sys.argv[1], encoding="utf-8"))
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
for i, job in enumerate(jobs):
    path = job["csv"].replace("'", "''")
    table = '"' + job["table"].replace('"', '""') + '"'
    delim = job["delimiter"].replace("'", "''")
    con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_csv('{path}', all_varchar=true, header=true, delim='{delim}', quote='\"', escape='\"', auto_detect=true)")
    cur = con.execute(job["query"])
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        print(str(i) + "\t" + json.dumps(dict(zip(names, row)), ensure_ascii=False, default=str))
"#;

const DUCKDB_EXPLAIN: &str = r#"
import duckdb, json, sys
job = json.load(open(sys.argv[1], encoding="utf-8"))
con = duckdb.connect()
path = job["csv"].replace("'", "''")
table = '"' + job["table"].replace('"', '""') + '"'
delim = job["delimiter"].replace("'", "''")
con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_csv('{path}', all_varchar=true, header=true, delim='{delim}', quote='\"', escape='\"', auto_detect=true)")
con.execute("PRAGMA explain_output = 'physical_only'")
for row in con.execute("EXPLAIN " + job["query"]).fetchall():
    print(row[-1])
"#;

impl DuckDb {
    /// Loads a job's CSV and gives the physical plan of its query, as DuckDB's `EXPLAIN` draws it.
    pub fn explain(&self, dir: &Path, job: &Job) -> String {
        let manifest = serde_json::json!({"table": job.table, "csv": job.csv.to_string_lossy(), "delimiter": job.delimiter.to_string(), "query": job.query});
        let path = dir.join("duckdb-explain.json");
        std::fs::write(&path, manifest.to_string()).expect("write the job");
        let output = Command::new("python3").args(["-c", DUCKDB_EXPLAIN]).arg(&path).output().expect("python3 runs");
        assert!(output.status.success(), "DuckDB failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// DuckDB when its Python package is there, or says why not (`None` outside CI).
    pub fn start() -> Option<DuckDb> {
        match Command::new("python3").args(["-c", "import duckdb"]).output() {
            Ok(o) if o.status.success() => Some(DuckDb),
            Ok(_) => unavailable("DuckDB", "the Python package duckdb is not installed (pip install duckdb)"),
            Err(_) => unavailable("DuckDB", "python3 is not installed"),
        }
    }

    /// Loads each job's CSV into its table and runs its query; the rows of each job.
    pub fn run(&self, dir: &Path, jobs: &[Job]) -> Vec<Vec<serde_json::Value>> {
        let manifest: Vec<serde_json::Value> = jobs
            .iter()
            .map(|j| {
                serde_json::json!({"table": j.table, "csv": j.csv.to_string_lossy(), "delimiter": j.delimiter.to_string(), "query": j.query})
            })
            .collect();
        let path = dir.join("duckdb-jobs.json");
        std::fs::write(&path, serde_json::to_string(&manifest).expect("json")).expect("write the jobs");
        let output = Command::new("python3").args(["-c", DUCKDB_SCRIPT]).arg(&path).output().expect("python3 runs");
        assert!(output.status.success(), "DuckDB failed: {}", String::from_utf8_lossy(&output.stderr));
        parse_rows(&String::from_utf8_lossy(&output.stdout), jobs)
    }
}
