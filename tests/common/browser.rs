//! A real headless chromium for the tests of pages: `chromium()` finds it (a test skips without
//! it, saying so, except under `CI=true`, where it fails), `browse()` runs it once on a page
//! (`--dump-dom`, `--screenshot`), and [`Browser`] drives one over the DevTools protocol on a
//! pipe (`--remote-debugging-pipe`, the protocol's messages on the browser's descriptors 3 and
//! 4, here two named pipes), to load a page, type into it and read its DOM as a person's browser
//! would build it. Every wait is bounded; the browser and its helper processes are killed by
//! their process group when the test is done.

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// `chromium` or `chromium-browser` on PATH; `None` means skip, except under `CI=true`.
pub fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| {
        ["chromium", "chromium-browser"]
            .iter()
            .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!(
                "chromium is not installed, and CI=true does not allow skipping the browser tests (.ci/run installs it)"
            );
        }
        // Written past the test harness's capture, so a plain `cargo test` shows it.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped: chromium is not installed (CI installs it; apt-get install chromium)"
        );
    }
    found
}

pub struct Run {
    pub stdout: String,
    pub stderr: String,
}

/// Runs chromium headless on `page` with `extra` flags and a fresh profile; killed after 60 s.
pub fn browse(chromium: &Path, page: &Path, extra: &[String]) -> Run {
    let profile = tempfile::tempdir().expect("a profile dir");
    let url = format!("file://{}", page.display()).replace(' ', "%20");
    let mut command = Command::new(chromium);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = command.spawn().expect("chromium starts");
    let pid = child.id();
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting on chromium") {
            break Some(status);
        }
        if Instant::now() > deadline {
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    // The browser's helper processes share its process group: end them all, by that group's id.
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pid}")]).stderr(Stdio::null()).status();
    let _ = child.wait();
    let (stdout, stderr) = (stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default());
    assert!(status.is_some(), "chromium did not finish within 60 s on {}; stderr:\n{stderr}", page.display());
    assert!(
        !stderr.contains("Uncaught") && !stderr.contains("SyntaxError"),
        "console errors on {}:\n{stderr}",
        page.display()
    );
    Run { stdout, stderr }
}

/// The flags every run of chromium here gets: headless, no sandbox (containers), nothing
/// fetched from the network but what the page asks for.
const FLAGS: [&str; 9] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
];

/// A headless chromium driven over the DevTools protocol, attached to its one page.
pub struct Browser {
    child: Child,
    to_browser: std::fs::File,
    said: mpsc::Receiver<Value>,
    session: String,
    next_id: u64,
    /// Exceptions the page's scripts threw (`Runtime.exceptionThrown`), as the protocol says them.
    pub exceptions: Vec<Value>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts `chromium` on a blank page and attaches to it.
    pub fn start(chromium: &Path) -> Browser {
        let profile = tempfile::tempdir().expect("a profile dir");
        let (to, from) = (profile.path().join("to-browser"), profile.path().join("from-browser"));
        for fifo in [&to, &from] {
            let made = Command::new("mkfifo").arg(fifo).status().expect("mkfifo runs");
            assert!(made.success(), "mkfifo {}", fifo.display());
        }
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(r#"exec "$0" "$@" 3<"$LEADRULES_TO_BROWSER" 4>"$LEADRULES_FROM_BROWSER""#)
            .arg(chromium)
            .args(FLAGS)
            .arg(format!("--user-data-dir={}", profile.path().join("profile").display()))
            .args(["--remote-debugging-pipe", "about:blank"])
            .env("LEADRULES_TO_BROWSER", &to)
            .env("LEADRULES_FROM_BROWSER", &from)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0);
        let child = command.spawn().expect("chromium starts");
        // Opening a named pipe waits for its other end: in a thread, so a browser that never
        // starts fails the test instead of hanging it.
        let (opened, pipes) = mpsc::channel();
        std::thread::spawn(move || {
            let to_browser = std::fs::OpenOptions::new().write(true).open(&to);
            let from_browser = std::fs::File::open(&from);
            let _ = opened.send((to_browser, from_browser));
        });
        let (to_browser, from_browser) = match pipes.recv_timeout(Duration::from_secs(30)) {
            Ok((Ok(to), Ok(from))) => (to, from),
            other => {
                kill_group(child.id());
                panic!("chromium did not open its DevTools pipe within 30 s: {:?}", other.map(|_| ()));
            }
        };
        let (send, said) = mpsc::channel();
        std::thread::spawn(move || {
            let mut from_browser = from_browser;
            let mut pending: Vec<u8> = Vec::new();
            let mut chunk = [0u8; 64 * 1024];
            while let Ok(n) = from_browser.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                pending.extend_from_slice(&chunk[..n]);
                while let Some(end) = pending.iter().position(|b| *b == 0) {
                    let message: Vec<u8> = pending.drain(..=end).collect();
                    if let Ok(value) = serde_json::from_slice::<Value>(&message[..end]) {
                        if send.send(value).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        let mut browser = Browser {
            child,
            to_browser,
            said,
            session: String::new(),
            next_id: 0,
            exceptions: Vec::new(),
            _profile: profile,
        };
        let targets = browser.call("Target.getTargets", json!({}));
        let page = targets["targetInfos"]
            .as_array()
            .and_then(|t| t.iter().find(|t| t["type"] == "page"))
            .and_then(|t| t["targetId"].as_str())
            .expect("chromium has a page")
            .to_string();
        let attached = browser.call("Target.attachToTarget", json!({ "targetId": page, "flatten": true }));
        browser.session = attached["sessionId"].as_str().expect("a session").to_string();
        browser.call("Runtime.enable", json!({}));
        browser
    }

    /// Sends a command (to the page, once attached) and waits (at most 30 s) for its result.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if !self.session.is_empty() {
            message["sessionId"] = Value::from(self.session.clone());
        }
        let mut bytes = message.to_string().into_bytes();
        bytes.push(0);
        self.to_browser.write_all(&bytes).expect("a command to chromium");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let said = self.said.recv_timeout(left).unwrap_or_else(|_| panic!("chromium did not answer {method}"));
            if said["method"] == "Runtime.exceptionThrown" {
                self.exceptions.push(said["params"]["exceptionDetails"].clone());
            }
            if said["id"] == id {
                assert!(said.get("error").is_none(), "{method}: {said}");
                return said["result"].clone();
            }
        }
    }

    /// Sends these headers with every request the page makes from now on.
    pub fn headers(&mut self, headers: Value) {
        self.call("Network.enable", json!({}));
        self.call("Network.setExtraHTTPHeaders", json!({ "headers": headers }));
    }

    /// Loads `url` and waits until its document is complete.
    pub fn open(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
        self.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'", url);
    }

    /// The value of a JavaScript expression in the page.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call("Runtime.evaluate", json!({ "expression": expression, "returnByValue": true }));
        assert!(result.get("exceptionDetails").is_none(), "{expression}: {result}");
        result["result"]["value"].clone()
    }

    /// Waits (at most 20 s) until `expression` is true in the page; `what` says what was awaited.
    pub fn wait_for(&mut self, expression: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let test = format!("(() => {{ try {{ return !!({expression}); }} catch (e) {{ return false; }} }})()");
        while self.eval(&test) != Value::Bool(true) {
            if Instant::now() > deadline {
                let body = self.eval("document.body ? document.body.innerText : ''");
                panic!("not within 20 s: {what}\nthe page says:\n{}", body.as_str().unwrap_or(""));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Types `text` into the element `selector` finds, as a person does: focused, each
    /// keystroke an `input` event.
    pub fn type_into(&mut self, selector: &str, text: &str) {
        let focused = self.eval(&format!("(() => {{ const e = document.querySelector({selector:?}); if (!e) return false; e.focus(); return true; }})()"));
        assert_eq!(focused, Value::Bool(true), "no element {selector}");
        self.call("Input.insertText", json!({ "text": text }));
    }

    /// Chooses `value` in the `<select>` `selector` finds, as a person's click does.
    pub fn choose(&mut self, selector: &str, value: &str) {
        let chosen = self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); if (!e) return false; e.value = {value:?}; \
             e.dispatchEvent(new Event('input', {{ bubbles: true }})); e.dispatchEvent(new Event('change', {{ bubbles: true }})); \
             return e.value === {value:?}; }})()"
        ));
        assert_eq!(chosen, Value::Bool(true), "no option {value} in {selector}");
    }

    /// The text of the element `selector` finds (`None` when there is none).
    pub fn text(&mut self, selector: &str) -> Option<String> {
        let value = self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); return e ? e.textContent : null; }})()"
        ));
        value.as_str().map(str::to_string)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        kill_group(self.child.id());
        let _ = self.child.wait();
    }
}

/// Kills a process group: the browser and every helper process it started.
fn kill_group(pid: u32) {
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pid}")]).stderr(Stdio::null()).status();
}
