//! The load bench of issue 16 (`cargo bench --bench serve_load [-- SECONDS]`): `leadrules serve
//! rules/acme.rules` on a loopback port, driven by keep-alive HTTP/1.1 clients in this process,
//! beside a trivial handler on the same stack (tokio + hyper's HTTP/1 server, answering a fixed
//! JSON body: the stack's own limit), both as child processes, measured in one run so that their
//! ratios hold on a shared machine. It prints `key value` lines:
//!
//!   (a) single-lead `POST /v1/qualify` at 1, 16 and 256 concurrent connections, SECONDS each
//!       (default 4): requests/s and p50 / p99 / p99.9 latency, for the service and the trivial
//!       handler, and the ratio of their requests/s;
//!   (b) batches of 1 000 and 100 000 leads (JSON Lines), each of leads the service has not seen:
//!       leads/s, beside `leadrules qualify` on the same leads as a CSV file, with `--jobs 1` and
//!       with all cores; and batches of 1 000 sent on two connections at once;
//!   (d) the audit log's cost: single-lead requests at 1, 16 and 64 connections, SECONDS each, on
//!       the service above and on a second one started with `--audit-log` (every answer waits for
//!       its record's `fdatasync`, in group commits), one right after the other: requests/s, p50 /
//!       p99 and the ratio with the log to without it, and, from the log's `/metrics` before and
//!       after each load, that load's records per sync and mean time of a sync;
//!   (c) 20 replacements of the rules file under load at 16 connections, every second one broken:
//!       no request may fail, every answer must name a version that checked clean, and no answer
//!       may mix two versions (each good version marks its playbook with its own number, and every
//!       verdict carrying the mark must carry the number its answer names). A violation ends the
//!       bench with a panic: this is a measurement with its own assertions, not a timed test.
//!
//! Everything listens on 127.0.0.1 only; the run is bounded by SECONDS and the counts above.
//! `SERVE_LOAD_PHASES=single,batch` (any of `single`, `audit`, `batch`, `reload`, comma-separated)
//! runs only those phases; all of them by default. `SERVE_LOAD_LEADRULES=PATH` runs another
//! build of `leadrules` (an older one, to compare before and after in one sitting).
//! `SERVE_LOAD_BODIES=DIR` writes each round's batches into DIR (`small-ROUND-N.jsonl`,
//! `big-ROUND.jsonl`), to send again by hand (with `curl`, or under `perf`).

use std::collections::BTreeSet;
use std::io::Write as _;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The release `leadrules` binary that `cargo bench` builds next to this bench.
const LEADRULES: &str = env!("CARGO_BIN_EXE_leadrules");

/// The `leadrules` to run: [`LEADRULES`], or the one `SERVE_LOAD_LEADRULES` names.
fn leadrules() -> Command {
    Command::new(std::env::var("SERVE_LOAD_LEADRULES").unwrap_or_else(|_| LEADRULES.to_string()))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--trivial-server") {
        let port: u16 = args.get(1).and_then(|p| p.parse().ok()).expect("a port after --trivial-server");
        trivial_server(port);
        return;
    }
    let seconds: u64 = args.iter().find_map(|a| a.parse().ok()).unwrap_or(4);
    let phase = Duration::from_secs(seconds);
    let phases = std::env::var("SERVE_LOAD_PHASES").unwrap_or_default();
    let runs = |name: &str| phases.trim().is_empty() || phases.split(',').any(|p| p.trim() == name);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve-load");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench dir");
    let original = std::fs::read_to_string(repo().join("rules/acme.rules")).expect("rules/acme.rules");
    let rules = dir.join("acme.rules");
    std::fs::write(&rules, &original).expect("write the rules");

    let leads = leads_as_json(10_000, 7);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");

    let service_port = free_port();
    let mut service = Guard(
        leadrules()
            .args(["serve", &rules.display().to_string(), "--listen", &format!("127.0.0.1:{service_port}")])
            // 100 000 leads in JSON take about 40 MB, past the default limit of 32 MiB.
            .args(["--max-body", "268435456"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start leadrules serve"),
    );
    let trivial_port = free_port();
    let _trivial = Guard(
        Command::new(std::env::current_exe().expect("this bench's path"))
            .args(["--trivial-server", &trivial_port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the trivial server"),
    );
    let service_addr: SocketAddr = ([127, 0, 0, 1], service_port).into();
    let trivial_addr: SocketAddr = ([127, 0, 0, 1], trivial_port).into();
    runtime.block_on(wait_until_up(service_addr, &mut service.0));
    runtime.block_on(wait_until_up(trivial_addr, &mut service.0));
    println!("seconds_per_phase {seconds}");

    // (a) single leads.
    let single: Arc<Vec<Vec<u8>>> = Arc::new(leads.iter().take(10_000).map(|l| l.clone().into_bytes()).collect());
    for connections in [1usize, 16, 256].into_iter().filter(|_| runs("single")) {
        let served = runtime.block_on(load(service_addr, connections, phase, single.clone(), None));
        let trivial = runtime.block_on(load(trivial_addr, connections, phase, single.clone(), None));
        assert_eq!(served.failures, 0, "the service failed {} requests at {connections} connections", served.failures);
        served.print(&format!("single_c{connections}"));
        trivial.print(&format!("trivial_c{connections}"));
        println!("single_c{connections}_ratio_to_trivial {:.3}", served.per_second() / trivial.per_second().max(1e-9));
    }

    // (d) the audit log on and off, in the same run.
    if runs("audit") {
        audit_phase(&runtime, &dir, &original, service_addr, phase, &single);
    }

    // (b) batches.
    if runs("batch") {
        batch_phase(&runtime, &dir, &rules, (service_addr, service.0.id()));
    }

    // (c) versions replaced under load.
    if runs("reload") {
        let outcome = runtime.block_on(reload_under_load(service_addr, &rules, &original, single.clone()));
        println!("reload_requests {}", outcome.requests);
        println!("reload_versions_seen {}", outcome.versions_seen);
        println!("reload_failures {}", outcome.failures);
        assert_eq!(outcome.failures, 0, "requests failed while the rules were replaced");
    }
}

/// (d): single leads on a service without the audit log and on one with it, one right after
/// the other, with the log's own group commits.
fn audit_phase(
    runtime: &tokio::runtime::Runtime,
    dir: &Path,
    original: &str,
    service_addr: SocketAddr,
    phase: Duration,
    single: &Arc<Vec<Vec<u8>>>,
) {
    let audited_rules = dir.join("acme-audited.rules");
    std::fs::write(&audited_rules, &original).expect("write the rules");
    let audit_log = dir.join("audit.jsonl");
    let audited_port = free_port();
    let mut audited = Guard(
        leadrules()
            .args(["serve", &audited_rules.display().to_string(), "--listen", &format!("127.0.0.1:{audited_port}")])
            .arg("--audit-log")
            .arg(&audit_log)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start leadrules serve --audit-log"),
    );
    let audited_addr: SocketAddr = ([127, 0, 0, 1], audited_port).into();
    runtime.block_on(wait_until_up(audited_addr, &mut audited.0));
    // The log's figures from its `/metrics`: records, syncs, seconds spent syncing.
    let log_figures = || -> (f64, f64, f64) {
        let text = runtime
            .block_on(async {
                let mut stream = connect(audited_addr).await.ok()?;
                request(&mut stream, "GET", "/metrics", "", b"").await.ok()
            })
            .map(|a| String::from_utf8_lossy(&a.body).into_owned())
            .unwrap_or_default();
        let figure = |name: &str| {
            text.lines().find_map(|l| l.strip_prefix(name)?.trim().parse::<f64>().ok()).unwrap_or(f64::NAN)
        };
        (
            figure("leadrules_audit_records_total "),
            figure("leadrules_audit_syncs_total "),
            figure("leadrules_audit_sync_seconds_total "),
        )
    };
    for connections in [1usize, 16, 64] {
        let without = runtime.block_on(load(service_addr, connections, phase, single.clone(), None));
        let before = log_figures();
        let with = runtime.block_on(load(audited_addr, connections, phase, single.clone(), None));
        let after = log_figures();
        assert_eq!(with.failures, 0, "the logging service failed {} requests", with.failures);
        without.print(&format!("nolog_c{connections}"));
        with.print(&format!("audit_c{connections}"));
        println!("audit_c{connections}_ratio_to_nolog {:.3}", with.per_second() / without.per_second().max(1e-9));
        // This load's own group commits: records per fsync, and the mean time of one.
        let (records, syncs, seconds) = (after.0 - before.0, after.1 - before.1, after.2 - before.2);
        println!("audit_c{connections}_records {records:.0}");
        println!("audit_c{connections}_syncs {syncs:.0}");
        println!("audit_c{connections}_records_per_sync {:.2}", records / syncs.max(1.0));
        println!("audit_c{connections}_sync_ms_mean {:.3}", 1000.0 * seconds / syncs.max(1.0));
    }
    let (records, syncs, _) = log_figures();
    println!("audit_records {records:.0}");
    println!("audit_records_per_sync {:.2}", records / syncs.max(1.0));
    drop(audited);
}

/// (b): batches of 1 000 and 100 000 leads, beside `qualify` on the same leads as a CSV file,
/// in five rounds (each round a hundred batches of 1 000, one of 100 000 and a `qualify` with all
/// cores, one right after the other, so that a load from outside the bench weighs on each
/// alike): the best of each, and the median and range of each round's own ratio. Every batch
/// holds leads the service has not seen (each round's export is generated from a seed of its
/// own, and the small batches of a round are a hundred parts of another, as many leads as
/// `qualify` judges), so the discovery questions the service remembers between requests help it no more than the
/// memory `qualify` builds within its one run helps `qualify`. Beside the rates, the CPU time
/// each took (the service's own, from `/proc`, and the `qualify` child's): leads per CPU-second
/// hold on a loaded machine, where the wall-clock ratio moves with what else runs.
fn batch_phase(runtime: &tokio::runtime::Runtime, dir: &Path, rules: &Path, service: (SocketAddr, u32)) {
    let (service_addr, service_pid) = service;
    const SMALL: usize = 1_000;
    const SMALL_ROUNDS: usize = 100;
    let service_stat = format!("/proc/{service_pid}/stat");
    // The best wall time and the least CPU time of each: the small batch, the large, qualify.
    let mut best = [(Duration::MAX, f64::INFINITY); 3];
    // Each round's ratio of each batch size to that round's `qualify`; and of the small batches
    // sent on two connections at once (as a CRM sending batches as they come would).
    let mut ratios: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    let mut two_connections: (Duration, Vec<f64>) = (Duration::MAX, Vec::new());
    let mut large = 0;
    for round in 0..5u64 {
        let csv = dir.join(format!("leads-100000-{round}.csv"));
        std::fs::write(&csv, leadrules::input::sample::messy_export(100_000, 100 + round)).expect("write the CSV");
        let big = leads_as_json(100_000, 100 + round);
        large = big.len();
        let small = leads_as_json(SMALL * SMALL_ROUNDS, 200 + round);
        let small: Vec<Vec<u8>> = small.chunks(SMALL).map(|part| part.join("\n").into_bytes()).collect();
        let big = big.join("\n").into_bytes();
        if let Ok(out) = std::env::var("SERVE_LOAD_BODIES") {
            for (at, body) in small.iter().enumerate() {
                std::fs::write(format!("{out}/small-{round}-{at}.jsonl"), body).expect("dump");
            }
            std::fs::write(format!("{out}/big-{round}.jsonl"), &big).expect("dump");
        }
        let cpu = cpu_seconds(&service_stat, 13);
        let small_time = runtime.block_on(batches(service_addr, &small)) / small.len() as u32;
        let cpu = (cpu_seconds(&service_stat, 13) - cpu) / small.len() as f64;
        best[0] = (best[0].0.min(small_time), best[0].1.min(cpu));
        let cpu = cpu_seconds(&service_stat, 13);
        let big_time = runtime.block_on(batches(service_addr, std::slice::from_ref(&big)));
        let cpu = cpu_seconds(&service_stat, 13) - cpu;
        best[1] = (best[1].0.min(big_time), best[1].1.min(cpu));
        let others = leads_as_json(SMALL * SMALL_ROUNDS, 300 + round);
        let others: Vec<Vec<u8>> = others.chunks(SMALL).map(|part| part.join("\n").into_bytes()).collect();
        let (first, second) = others.split_at(others.len() / 2);
        let start = Instant::now();
        runtime.block_on(async { tokio::join!(batches(service_addr, first), batches(service_addr, second)) });
        let two_time = start.elapsed() / others.len() as u32;
        two_connections.0 = two_connections.0.min(two_time);
        let cpu = cpu_seconds("/proc/self/stat", 15);
        let time = qualify(rules, &csv, &dir.join("out.jsonl"), None);
        let cpu = cpu_seconds("/proc/self/stat", 15) - cpu;
        best[2] = (best[2].0.min(time), best[2].1.min(cpu));
        ratios[0].push(time.as_secs_f64() / 100_000.0 / (small_time.as_secs_f64() / SMALL as f64));
        ratios[1].push(time.as_secs_f64() / 100_000.0 / (big_time.as_secs_f64() / large as f64));
        two_connections.1.push(time.as_secs_f64() / 100_000.0 / (two_time.as_secs_f64() / SMALL as f64));
    }
    let (qualify_time, qualify_cpu) = best[2];
    let qualify_rate = 100_000.0 / qualify_time.as_secs_f64();
    println!("qualify_n_leads_per_s {qualify_rate:.0}");
    println!("qualify_n_leads_per_cpu_s {:.0}", 100_000.0 / qualify_cpu);
    for (at, size) in [SMALL, large].into_iter().enumerate() {
        let (time, cpu) = best[at];
        let rate = size as f64 / time.as_secs_f64();
        println!("batch_{size}_leads_per_s {rate:.0}");
        println!("batch_{size}_leads_per_cpu_s {:.0}", size as f64 / cpu);
        println!("batch_{size}_ratio_to_qualify_n {:.3}", rate / qualify_rate);
        println!("batch_{size}_cpu_ratio_to_qualify_n {:.3}", (size as f64 / cpu) / (100_000.0 / qualify_cpu));
        let mut rounds = ratios[at].clone();
        rounds.sort_by(f64::total_cmp);
        let median = rounds[rounds.len() / 2];
        let (low, high) = (rounds[0], rounds[rounds.len() - 1]);
        println!("batch_{size}_ratio_by_round_median {median:.3} (from {low:.3} to {high:.3})");
    }
    let rate = SMALL as f64 / two_connections.0.as_secs_f64();
    println!("batch_{SMALL}_2_connections_leads_per_s {rate:.0}");
    println!("batch_{SMALL}_2_connections_ratio_to_qualify_n {:.3}", rate / qualify_rate);
    let mut rounds = two_connections.1;
    rounds.sort_by(f64::total_cmp);
    let (median, low, high) = (rounds[rounds.len() / 2], rounds[0], rounds[rounds.len() - 1]);
    println!("batch_{SMALL}_2_connections_ratio_by_round_median {median:.3} (from {low:.3} to {high:.3})");
    let csv = dir.join("leads-100000-0.csv");
    let time = best_of(2, || qualify(rules, &csv, &dir.join("out.jsonl"), Some(1)));
    println!("qualify_1_leads_per_s {:.0}", 100_000.0 / time.as_secs_f64());
}

/// User and system CPU seconds from a `/proc/PID/stat` line: the two fields from `field` on
/// (counted from 0: 13 is the process's own `utime`, 15 its waited-for children's `cutime`).
fn cpu_seconds(stat: &str, field: usize) -> f64 {
    let text = std::fs::read_to_string(stat).unwrap_or_default();
    // The command's name, in parentheses, may hold spaces: count from after it (field 2).
    let after = text.rsplit_once(')').map_or("", |(_, after)| after);
    let fields: Vec<f64> = after.split_whitespace().map(|f| f.parse().unwrap_or(0.0)).collect();
    let ticks = fields.get(field - 2).unwrap_or(&0.0) + fields.get(field - 1).unwrap_or(&0.0);
    // Linux counts them in clock ticks of 1/100 s (`getconf CLK_TCK`).
    ticks / 100.0
}

/// The repository's root (benches run from it, but say so explicitly).
fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Kills a child process when dropped, so a failed assertion leaves no server behind.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free loopback port")
}

/// The readable rows of the messy export generated from `seed` as JSON objects (one line each),
/// keyed by its headers.
fn leads_as_json(rows: usize, seed: u64) -> Vec<String> {
    // The records broken on purpose are left out: the service refuses a batch holding a lead it
    // cannot read (422), where `qualify` writes an error row.
    let export = leadrules::input::sample::messy_export_report(rows, seed);
    let broken: std::collections::HashSet<u64> = export.broken.iter().map(|(record, _)| *record).collect();
    let bytes = export.bytes;
    // The generated export is in Windows-1251, as many Russian CRMs write it; JSON is UTF-8.
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1251.decode(&bytes).0.into_owned(),
    };
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> =
        reader.headers().expect("headers").iter().map(|h| h.trim_start_matches('\u{feff}').to_string()).collect();
    reader
        .records()
        .enumerate()
        .filter(|(at, _)| !broken.contains(&(*at as u64 + 1)))
        .filter_map(|(_, record)| record.ok())
        .map(|record| {
            let object: serde_json::Map<String, serde_json::Value> = headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.clone(), serde_json::Value::String(v.to_string())))
                .collect();
            serde_json::Value::Object(object).to_string()
        })
        .collect()
}

async fn wait_until_up(addr: SocketAddr, service: &mut Child) {
    let start = Instant::now();
    loop {
        if let Ok(mut stream) = TcpStream::connect(addr).await
            && request(&mut stream, "GET", "/healthz", "", b"").await.is_ok()
        {
            return;
        }
        if let Ok(Some(status)) = service.try_wait() {
            panic!("leadrules serve ended with {status} before it answered");
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{addr} did not come up in 30 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A client connection, with Nagle's algorithm off as an HTTP client's would be.
async fn connect(addr: SocketAddr) -> std::io::Result<TcpStream> {
    let stream = TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    Ok(stream)
}

/// One answer: its status and body.
struct Answer {
    status: u16,
    body: Vec<u8>,
}

/// Sends one request on a kept-alive connection and reads the answer (a body of its
/// Content-Length, or in chunks: the service's answer to a large batch).
async fn request(
    stream: &mut TcpStream,
    method: &str,
    path: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<Answer> {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\n", body.len());
    if !content_type.is_empty() {
        head.push_str(&format!("Content-Type: {content_type}\r\n"));
    }
    head.push_str("\r\n");
    // One write: a request split in two would wait on Nagle's algorithm and the peer's delayed
    // acknowledgement (40 ms), measuring the kernel rather than the server. A large body is
    // written after its head rather than copied behind it (the client shares the cores with the
    // server: its copies would be counted against the server).
    if body.len() < 64 * 1024 {
        let mut message = head.into_bytes();
        message.extend_from_slice(body);
        stream.write_all(&message).await?;
    } else {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await?;
    }
    let mut buffer = Vec::with_capacity(4096);
    let mut chunk = [0u8; 16 * 1024];
    let header_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "closed before the headers"));
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..header_end]).to_ascii_lowercase();
    let status: u16 = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    buffer.drain(..header_end);
    if head.lines().any(|line| line.starts_with("transfer-encoding:") && line.contains("chunked")) {
        let body = dechunked(stream, buffer).await?;
        return Ok(Answer { status, body });
    }
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| std::io::Error::other("an answer without Content-Length or chunks"))?;
    // The body read straight into a buffer of its length (no regrowing, no copy of a large answer).
    buffer.reserve_exact(length.saturating_sub(buffer.len()));
    while buffer.len() < length {
        let read = stream.read_buf(&mut buffer).await?;
        if read == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "closed inside the body"));
        }
    }
    buffer.truncate(length);
    Ok(Answer { status, body: buffer })
}

/// The body of an answer sent in chunks (the service's answer to a large batch, sent while it is
/// judged), read to its last chunk: `read` holds what was read after the headers.
async fn dechunked(stream: &mut TcpStream, mut read: Vec<u8>) -> std::io::Result<Vec<u8>> {
    let mut body = Vec::new();
    let mut at = 0;
    loop {
        // The chunk's size line, then the chunk and its line break.
        let line_end = loop {
            if let Some(end) = read[at..].windows(2).position(|w| w == b"\r\n") {
                break at + end;
            }
            fill(stream, &mut read).await?;
        };
        let size = std::str::from_utf8(&read[at..line_end])
            .ok()
            .and_then(|size| usize::from_str_radix(size.trim(), 16).ok())
            .ok_or_else(|| std::io::Error::other("a chunk without its size"))?;
        while read.len() < line_end + 2 + size + 2 {
            fill(stream, &mut read).await?;
        }
        body.extend_from_slice(&read[line_end + 2..line_end + 2 + size]);
        at = line_end + 2 + size + 2;
        if size == 0 {
            return Ok(body);
        }
        if at > 1 << 20 {
            read.drain(..at);
            at = 0;
        }
    }
}

/// More of the answer read onto the end of `read`.
async fn fill(stream: &mut TcpStream, read: &mut Vec<u8>) -> std::io::Result<()> {
    read.reserve(256 * 1024);
    if stream.read_buf(read).await? == 0 {
        return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "closed inside a chunked answer"));
    }
    Ok(())
}

/// What one load phase measured.
#[derive(Default)]
struct Load {
    requests: usize,
    failures: usize,
    elapsed: Duration,
    micros: Vec<u32>,
}

impl Load {
    fn per_second(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }

    fn quantile(&self, q: f64) -> f64 {
        if self.micros.is_empty() {
            return f64::NAN;
        }
        let at = ((self.micros.len() as f64 - 1.0) * q).round() as usize;
        self.micros[at] as f64 / 1000.0
    }

    fn print(&self, name: &str) {
        println!("{name}_requests_per_s {:.0}", self.per_second());
        println!("{name}_p50_ms {:.3}", self.quantile(0.5));
        println!("{name}_p99_ms {:.3}", self.quantile(0.99));
        println!("{name}_p999_ms {:.3}", self.quantile(0.999));
    }
}

/// `connections` clients sending single leads for `time`; each answer is handed to `check`.
async fn load(
    addr: SocketAddr,
    connections: usize,
    time: Duration,
    leads: Arc<Vec<Vec<u8>>>,
    check: Option<Arc<dyn Fn(&Answer) -> bool + Send + Sync>>,
) -> Load {
    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for client in 0..connections {
        let (stop, leads, check) = (stop.clone(), leads.clone(), check.clone());
        tasks.push(tokio::spawn(async move {
            let mut mine = Load::default();
            let Ok(mut stream) = connect(addr).await else {
                mine.failures += 1;
                return mine;
            };
            let mut next = client;
            while !stop.load(Ordering::Relaxed) {
                let lead = &leads[next % leads.len()];
                next += connections;
                let sent = Instant::now();
                match request(&mut stream, "POST", "/v1/qualify", "application/json", lead).await {
                    // A lead the reader cannot read is answered 422 (a generated export has some).
                    Ok(answer)
                        if answer.status == 422
                            || (answer.status == 200 && check.as_ref().is_none_or(|c| c(&answer))) =>
                    {
                        mine.requests += 1;
                        mine.micros.push(sent.elapsed().as_micros().min(u32::MAX as u128) as u32);
                    }
                    _ => {
                        mine.failures += 1;
                        match connect(addr).await {
                            Ok(fresh) => stream = fresh,
                            Err(_) => break,
                        }
                    }
                }
            }
            mine
        }));
    }
    tokio::time::sleep(time).await;
    stop.store(true, Ordering::Relaxed);
    let mut all = Load::default();
    for task in tasks {
        if let Ok(part) = task.await {
            all.requests += part.requests;
            all.failures += part.failures;
            all.micros.extend(part.micros);
        }
    }
    all.elapsed = start.elapsed();
    all.micros.sort_unstable();
    all
}

/// Sends the batches one after the other on one connection; the time they took.
async fn batches(addr: SocketAddr, bodies: &[Vec<u8>]) -> Duration {
    let mut stream = connect(addr).await.expect("connect for batches");
    let start = Instant::now();
    for body in bodies {
        let answer =
            request(&mut stream, "POST", "/v1/qualify", "application/x-ndjson", body).await.expect("a batch answer");
        assert_eq!(answer.status, 200, "a batch was refused: {}", String::from_utf8_lossy(&answer.body));
    }
    start.elapsed()
}

fn best_of(runs: usize, mut run: impl FnMut() -> Duration) -> Duration {
    (0..runs).map(|_| run()).min().unwrap_or_default()
}

fn qualify(rules: &Path, input: &Path, out: &Path, jobs: Option<usize>) -> Duration {
    let mut command = leadrules();
    command.args(["qualify", &rules.display().to_string(), &input.display().to_string(), "--format", "jsonl", "-o"]);
    command.arg(out);
    if let Some(jobs) = jobs {
        command.args(["--jobs", &jobs.to_string()]);
    }
    let start = Instant::now();
    let status = command.stdout(Stdio::null()).stderr(Stdio::null()).status().expect("run leadrules qualify");
    let time = start.elapsed();
    // 4: the run finished with error rows for the records broken on purpose.
    assert!(matches!(status.code(), Some(0 | 4)), "qualify failed: {status}");
    time
}

/// What the reload phase saw.
struct Reloads {
    requests: usize,
    failures: usize,
    versions_seen: usize,
}

/// The text of version `number`: the version line and the nurture playbook carry the number;
/// a broken one also has a line that cannot parse.
fn version_text(original: &str, number: u32, broken: bool) -> String {
    let mut text = original.replacen("version 3", &format!("version {number}"), 1).replacen(
        "marketing nurture:",
        &format!("marketing nurture v{number}:"),
        1,
    );
    if broken {
        text.push_str("\nscore {\n  +5 when\n");
    }
    text
}

/// 16 connections load the service while the rules file is replaced 20 times (every second
/// version broken); every answer must be a 200 naming a clean version, consistent inside.
async fn reload_under_load(addr: SocketAddr, rules: &Path, original: &str, leads: Arc<Vec<Vec<u8>>>) -> Reloads {
    let good: Arc<std::sync::Mutex<BTreeSet<String>>> =
        Arc::new(std::sync::Mutex::new(BTreeSet::from(["3".to_string()])));
    let seen: Arc<std::sync::Mutex<BTreeSet<String>>> = Arc::new(std::sync::Mutex::new(BTreeSet::new()));
    let check: Arc<dyn Fn(&Answer) -> bool + Send + Sync> = {
        let (good, seen) = (good.clone(), seen.clone());
        Arc::new(move |answer: &Answer| {
            let Ok(json) = serde_json::from_slice::<serde_json::Value>(&answer.body) else { return false };
            let version = json["definition"]["version"].as_str().unwrap_or_default().to_string();
            let consistent = match json["verdict"]["playbook"].as_str() {
                Some(playbook) if playbook.starts_with("marketing nurture v") => {
                    playbook.starts_with(&format!("marketing nurture v{version}:"))
                }
                Some(playbook) if playbook.starts_with("marketing nurture:") => version == "3",
                _ => true,
            };
            let clean = good.lock().map(|g| g.contains(&version)).unwrap_or(false);
            if let Ok(mut seen) = seen.lock() {
                seen.insert(version);
            }
            consistent && clean
        })
    };
    let loader = tokio::spawn(load(addr, 16, Duration::from_secs(14), leads, Some(check)));
    for step in 0..20u32 {
        tokio::time::sleep(Duration::from_millis(600)).await;
        let broken = step % 2 == 1;
        let number = 100 + step;
        if !broken && let Ok(mut good) = good.lock() {
            good.insert(number.to_string());
        }
        write_atomically(rules, &version_text(original, number, broken));
    }
    let outcome = loader.await.expect("the load task");
    let versions_seen = seen.lock().map(|s| s.len()).unwrap_or(0);
    Reloads { requests: outcome.requests, failures: outcome.failures, versions_seen }
}

/// Replaces a file as an editor saving it would: a temporary file renamed over it.
fn write_atomically(path: &Path, text: &str) {
    let temporary = path.with_extension("rules.tmp");
    let mut file = std::fs::File::create(&temporary).expect("create the new version");
    file.write_all(text.as_bytes()).expect("write the new version");
    file.sync_all().expect("sync the new version");
    std::fs::rename(&temporary, path).expect("rename the new version into place");
}

/// A trivial handler on the service's stack: tokio, hyper's HTTP/1 server, a fixed JSON answer.
fn trivial_server(port: u16) {
    use http_body_util::Full;
    use hyper::body::Bytes;
    use hyper_util::rt::TokioIo;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.expect("bind the trivial server");
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            tokio::spawn(async move {
                let service = hyper::service::service_fn(|request: hyper::Request<hyper::body::Incoming>| async move {
                    use http_body_util::BodyExt;
                    let _ = request.into_body().collect().await;
                    Ok::<_, std::convert::Infallible>(
                        hyper::Response::builder()
                            .header("content-type", "application/json")
                            .body(Full::new(Bytes::from_static(b"{\"ok\":true}")))
                            .expect("a fixed answer"),
                    )
                });
                let _ =
                    hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    });
}
