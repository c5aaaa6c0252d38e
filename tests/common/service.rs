//! The one launcher of `leadrules serve` for the end-to-end tests: the real binary on
//! 127.0.0.1 (port 0), its address read from what it says on stderr, and a plain HTTP/1.1 client
//! written over a TCP stream (so that it can also send what a real client refuses to: oversized
//! headers, broken JSON, a body that never comes). Every wait is bounded; a service is killed
//! when dropped.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A running service, killed when dropped.
pub struct Service {
    pub child: Child,
    pub addr: SocketAddr,
    /// What it says on stderr, line by line, after the address.
    pub said: mpsc::Receiver<String>,
    /// What it said before its address.
    pub before: Vec<String>,
}

/// How a service failed to start: its exit code (when it ended) and what it said.
#[derive(Debug)]
pub struct Refused {
    pub code: Option<i32>,
    pub said: Vec<String>,
}

impl Service {
    /// `leadrules serve RULES --listen 127.0.0.1:0 --lang en ARGS`, with `LEADRULES_TOKEN` set to
    /// `token` (or unset); panics when it does not say its address within 30 s.
    pub fn start(rules: &Path, args: &[&str], token: Option<&str>) -> Service {
        Service::try_start(rules, args, token)
            .unwrap_or_else(|refused| panic!("the service did not start: {refused:?}"))
    }

    /// As [`Service::start`], but a service that stops (or says nothing for 30 s) before it
    /// says its address is returned as [`Refused`].
    pub fn try_start(rules: &Path, args: &[&str], token: Option<&str>) -> Result<Service, Refused> {
        let mut command = Command::new(env!("CARGO_BIN_EXE_leadrules"));
        command.arg("serve").arg(rules).args(["--listen", "127.0.0.1:0", "--lang", "en"]).args(args);
        command.env("NO_COLOR", "1").env_remove("LEADRULES_TOKEN").stdin(Stdio::null()).stdout(Stdio::null());
        if let Some(token) = token {
            command.env("LEADRULES_TOKEN", token);
        }
        let mut child = command.stderr(Stdio::piped()).spawn().expect("the service starts");
        let stderr = child.stderr.take().expect("stderr");
        let (send, said) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = send.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut before = Vec::new();
        loop {
            let Ok(line) = said.recv_timeout(deadline.saturating_duration_since(Instant::now())) else {
                // Its stderr closed (it ended), or 30 s passed.
                let code = match child.try_wait() {
                    Ok(Some(status)) => status.code(),
                    _ => {
                        let _ = child.kill();
                        child.wait().ok().and_then(|s| s.code())
                    }
                };
                return Err(Refused { code, said: before });
            };
            let addr = line.find("http://").and_then(|at| {
                line[at + 7..].split(|c: char| c == ';' || c.is_whitespace()).next()?.parse::<SocketAddr>().ok()
            });
            match addr {
                Some(addr) => return Ok(Service { child, addr, said, before }),
                None => before.push(line),
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
        send(self.addr, method, path, headers, body)
    }

    pub fn get(&self, path: &str) -> Answer {
        self.send("GET", path, &[], b"")
    }

    pub fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Answer {
        self.send("GET", path, headers, b"")
    }

    pub fn post(&self, path: &str, content_type: &str, body: &str) -> Answer {
        self.send("POST", path, &[("Content-Type", content_type)], body.as_bytes())
    }

    /// Waits (at most 10 s) until `/v1/definition` satisfies `done`.
    pub fn until(&self, done: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let definition = self.get("/v1/definition").json();
            if done(&definition) {
                return definition;
            }
            assert!(Instant::now() < deadline, "not within 10 s: {definition:#}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGTERM, and the exit code once it stopped (within 15 s).
    #[cfg(unix)]
    pub fn terminate(&mut self) -> Option<i32> {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            assert!(Instant::now() < deadline, "still running 15 s after SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer: status, headers (lowercase) and body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: String,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The value of header `name` (lowercase), if the answer has it.
    #[allow(dead_code)]
    pub fn header(&self, name: &str) -> Option<String> {
        let prefix = format!("{name}:");
        self.headers.lines().find_map(|l| l.strip_prefix(&prefix).map(|v| v.trim().to_string()))
    }

    /// The status and the body as text.
    pub fn pair(&self) -> (u16, String) {
        (self.status, self.text())
    }
}

/// One request on its own connection (`Connection: close`), read to the end; panics when no
/// answer with headers comes.
pub fn send(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let _ = stream.write_all(&request(addr, method, path, headers, body));
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    parse(&answer).unwrap_or_else(|| panic!("an answer with headers: {:?}", String::from_utf8_lossy(&answer)))
}

/// One request on its own connection; nothing when no whole answer came (the service died on
/// the way, or the body is shorter than its `Content-Length`).
pub fn try_send(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Option<Answer> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    stream.write_all(&request(addr, method, path, headers, body)).ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).ok()?;
    let answer = parse(&answer)?;
    if answer.header("transfer-encoding").is_some() {
        // Whole, or `parse` gave nothing.
        return Some(answer);
    }
    let length: usize = answer.header("content-length")?.parse().ok()?;
    (answer.body.len() == length).then_some(answer)
}

fn request(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut bytes = request.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

fn parse(answer: &[u8]) -> Option<Answer> {
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&answer[..split]).to_lowercase();
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok())?;
    let body = &answer[split + 4..];
    let body = if head.lines().any(|l| l.starts_with("transfer-encoding:") && l.contains("chunked")) {
        // An answer sent while it was made: nothing unless every chunk came, and the last.
        dechunked(body)?
    } else {
        body.to_vec()
    };
    Some(Answer { status, headers: head, body })
}

/// The body of a chunked answer, when it is whole (it ends with the zero-length chunk).
fn dechunked(mut chunked: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::with_capacity(chunked.len());
    loop {
        let line_end = chunked.windows(2).position(|w| w == b"\r\n")?;
        let size = usize::from_str_radix(std::str::from_utf8(&chunked[..line_end]).ok()?.trim(), 16).ok()?;
        chunked = &chunked[line_end + 2..];
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(chunked.get(..size)?);
        chunked = chunked.get(size + 2..)?;
    }
}
