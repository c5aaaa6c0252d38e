//! The connections: bound before anything is served (so a wrong address is said at once), each
//! served by hyper's HTTP/1.1 with the header limits (431 past them) and a header read timeout,
//! at most `Limits::connections` at once (one more is answered 503 and closed), and a graceful
//! shutdown on SIGTERM or Ctrl-C: no new connection is taken, the requests in progress finish,
//! and the audit log writes and syncs what it was handed.

use super::audit::AuditLog;
use super::definition::{Refusal, load_definition};
use super::metrics::Metrics;
use super::routes::{Shared, router};
use super::watch::{Versions, spawn_watcher};
use super::{Config, Definition};
use crate::message::Message;
use crate::msg;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How long the requests in progress may take to finish once the service is told to stop.
const GRACE: Duration = Duration::from_secs(10);

/// Why the service cannot start.
pub enum ServeError {
    /// No token, and an address other machines can reach.
    NoTokenOffLoopback(SocketAddr),
    /// The definition cannot be served (cannot be read, has errors, failing examples).
    Rules(Box<Refusal>),
    /// The address cannot be listened on.
    Listen(SocketAddr, std::io::Error),
    /// The runtime cannot start.
    Runtime(std::io::Error),
    /// The audit log cannot be opened.
    AuditLog(Message),
    /// The sample lead file (`--sample`) cannot be read.
    Sample(Message),
}

impl ServeError {
    /// What went wrong, for a person.
    pub fn message(&self) -> Message {
        match self {
            ServeError::NoTokenOffLoopback(addr) => msg!("serve-no-token-off-loopback", addr = addr.to_string()),
            ServeError::Rules(refusal) => refusal.reason.clone(),
            ServeError::Listen(addr, e) => {
                msg!("serve-cannot-listen", addr = addr.to_string(), reason = crate::diagnostic::plain_io_error(e))
            }
            ServeError::Runtime(e) => msg!("serve-cannot-start", reason = crate::diagnostic::plain_io_error(e)),
            ServeError::AuditLog(message) => message.clone(),
            ServeError::Sample(problem) => problem.clone(),
        }
    }
}

/// A service bound to its address with its first version loaded, not yet serving.
pub struct Server {
    config: Config,
    listener: std::net::TcpListener,
    versions: Arc<Versions>,
    runtime: tokio::runtime::Runtime,
    audit: Option<Arc<AuditLog>>,
    /// Bytes of a torn last record cut off the audit log when it was opened.
    torn: u64,
}

impl Server {
    /// Loads the definition and binds the address; refuses an address off the loopback without
    /// a token.
    pub fn bind(config: Config) -> Result<Server, ServeError> {
        if config.token.is_none() && !config.listen.ip().is_loopback() {
            return Err(ServeError::NoTokenOffLoopback(config.listen));
        }
        let file = super::dated::rules_file(&config.rules, (config.today)()).map_err(|reason| {
            ServeError::Rules(Box::new(Refusal {
                reason,
                diagnostics: Vec::new(),
                sources: crate::span::SourceMap::default(),
                digest: None,
                unreadable: false,
            }))
        })?;
        let first = load_definition(&file).map_err(|r| ServeError::Rules(Box::new(r)))?;
        if let Some(sample) = &config.sample {
            super::page::moved::sample_rows(sample, &first.rules).map_err(ServeError::Sample)?;
        }
        let listener = std::net::TcpListener::bind(config.listen).map_err(|e| ServeError::Listen(config.listen, e))?;
        listener.set_nonblocking(true).map_err(|e| ServeError::Listen(config.listen, e))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_io()
            .enable_time()
            .thread_name("serve")
            .build()
            .map_err(ServeError::Runtime)?;
        let (audit, torn) = match &config.audit_log {
            Some(path) => {
                let opened = AuditLog::open(path).map_err(ServeError::AuditLog)?;
                (Some(Arc::new(opened.log)), opened.torn)
            }
            None => (None, 0),
        };
        let versions = Arc::new(Versions::new(config.rules.clone(), first, Arc::clone(&config.today)));
        Ok(Server { config, listener, versions, runtime, audit, torn })
    }

    /// The bytes of a record torn by a crash that were cut off the end of the audit log.
    pub fn torn_record(&self) -> u64 {
        self.torn
    }

    /// The address served (with the port chosen when 0 was asked for).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or(self.config.listen)
    }

    /// The version loaded at start.
    pub fn definition(&self) -> Arc<Definition> {
        self.versions.current()
    }

    /// Serves until SIGTERM or Ctrl-C, then lets the requests in progress finish.
    pub fn run(self) -> Result<(), ServeError> {
        let Server { config, listener, versions, runtime, audit, .. } = self;
        let metrics = Arc::new(Metrics::default());
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::clone(&config.log);
        let watcher = spawn_watcher(
            Arc::clone(&versions),
            Arc::clone(&metrics),
            config.poll,
            Arc::clone(&stop),
            (Arc::clone(&log), config.lang),
        )
        .map_err(ServeError::Runtime)?;
        let shared = Arc::new(Shared {
            versions,
            metrics,
            lang: config.lang,
            limits: config.limits.clone(),
            token: config.token.clone(),
            audit: audit.clone(),
            sample: config.sample.clone(),
        });
        let served = runtime.block_on(serve(listener, shared, config.listen, &log));
        stop.store(true, Ordering::Relaxed);
        let _ = watcher.join();
        // Every record handed over is written and made durable before the process ends.
        if let Some(audit) = audit {
            audit.finish();
        }
        served
    }
}

/// Accepts connections until told to stop.
async fn serve(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    addr: SocketAddr,
    log: &Arc<dyn Fn(Message) + Send + Sync>,
) -> Result<(), ServeError> {
    let listener = tokio::net::TcpListener::from_std(listener).map_err(|e| ServeError::Listen(addr, e))?;
    let routes = TowerToHyperService::new(router(Arc::clone(&shared)));
    let service = {
        let shared = Arc::clone(&shared);
        hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
            let (shared, routes) = (Arc::clone(&shared), routes.clone());
            async move {
                let response = super::front::handle(&shared, request, |request| async move {
                    match hyper::service::Service::call(&routes, request).await {
                        Ok(response) => response,
                        Err(never) => match never {},
                    }
                })
                .await;
                Ok::<_, std::convert::Infallible>(response)
            }
        })
    };
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(Some(shared.limits.request_time.min(Duration::from_secs(10))))
        .max_buf_size(shared.limits.header_bytes.max(8192))
        .max_headers(100);
    let permits = Arc::new(tokio::sync::Semaphore::new(shared.limits.connections.max(1)));
    let graceful = GracefulShutdown::new();
    let stopping = stop_signal();
    tokio::pin!(stopping);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                match Arc::clone(&permits).try_acquire_owned() {
                    Ok(permit) => {
                        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service.clone()));
                        tokio::spawn(async move {
                            let _ = connection.await;
                            drop(permit);
                        });
                    }
                    Err(_) => {
                        let busy = busy_answer(&shared);
                        tokio::spawn(refuse(stream, busy));
                    }
                }
            }
            () = &mut stopping => break,
        }
    }
    drop(listener);
    log(msg!("serve-stopping"));
    let _ = tokio::time::timeout(GRACE, graceful.shutdown()).await;
    log(msg!("serve-stopped"));
    Ok(())
}

/// The whole answer to a connection over the limit: 503, asking to come back in a second.
fn busy_answer(shared: &Shared) -> Vec<u8> {
    let text = shared.lang.text(&msg!("serve-too-many-connections", limit = shared.limits.connections));
    let body = serde_json::json!({ "error": "too_many_connections", "message": text }).to_string();
    format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         retry-after: 1\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Answers a connection over the limit and closes it, reading what it sent meanwhile so that
/// the answer is not lost to a reset.
async fn refuse(mut stream: tokio::net::TcpStream, answer: Vec<u8>) {
    let _ = stream.write_all(&answer).await;
    let _ = stream.shutdown().await;
    let mut sink = [0u8; 4096];
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        while matches!(stream.read(&mut sink).await, Ok(n) if n > 0) {}
    })
    .await;
}

/// Resolves on SIGTERM or Ctrl-C (never, when neither can be listened for).
async fn stop_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
