//! `leadrules serve RULES`: the definition as an HTTP service (`crate::serve`). This file reads
//! the options and the token, prints what the service says (the address served, versions taken
//! or refused) to stderr, and maps a failure to start to an exit code.

use super::ExitStatus;
use super::out::{self, err, errln};
use crate::msg;
use crate::serve::{Config, Limits, ServeError, Server};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The lead definition (.rules file), or a folder of its versions dated by `effective`.
    #[arg(value_name = "RULES")]
    pub rules: PathBuf,
    /// The address and port to listen on. Without a token only a loopback address (127.0.0.1,
    /// [::1]) is allowed.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// A file holding the token every request but /healthz must send as `Authorization: Bearer
    /// TOKEN`. Without it the token is read from LEADRULES_TOKEN, when set.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// The most bytes one request body may have.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().body_bytes)]
    pub max_body: usize,
    /// The most leads one request may carry.
    #[arg(long, value_name = "N", default_value_t = Limits::default().batch_leads)]
    pub max_batch: usize,
    /// The most connections open at once; one more is answered 503.
    #[arg(long, value_name = "N", default_value_t = Limits::default().connections)]
    pub max_connections: usize,
    /// A lead file (CSV, JSON Lines, a workbook) whose leads the editor page (/edit) judges
    /// under a changed rule text, to list the verdicts the change would move.
    #[arg(long, value_name = "FILE")]
    pub sample: Option<PathBuf>,
    /// How many seconds reading and judging one request may take.
    #[arg(long, value_name = "SECONDS", default_value_t = Limits::default().request_time.as_secs())]
    pub request_timeout: u64,
    /// Append every verdict answered to this log (JSON Lines), durably before the answer is
    /// sent; the versions' rule texts are kept beside it in FILE.d. Off when not given.
    #[arg(long, value_name = "FILE")]
    pub audit_log: Option<PathBuf>,
}

/// The token: from the file, else from LEADRULES_TOKEN; an empty one is a mistake.
fn token(args: &ServeArgs) -> Result<Option<String>, (crate::message::Message, ExitStatus)> {
    let token = match &args.token_file {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(e) => {
                let reason = crate::diagnostic::plain_io_error(&e);
                return Err((
                    msg!("serve-cannot-read-token", path = path.display().to_string(), reason = reason),
                    ExitStatus::FileProblem,
                ));
            }
        },
        None => std::env::var("LEADRULES_TOKEN").ok(),
    };
    match token.map(|t| t.trim().to_string()) {
        Some(token) if token.is_empty() => Err((msg!("serve-empty-token"), ExitStatus::Usage)),
        token => Ok(token),
    }
}

pub fn run(args: ServeArgs, ui: super::Ui) -> ExitStatus {
    if let Err(outcome) = super::load::rules_come_first("serve", &args.rules, None, ui) {
        return outcome;
    }
    let token = match token(&args) {
        Ok(token) => token,
        Err((message, status)) => {
            out::error(ui.lang, message);
            return status;
        }
    };
    let lang = ui.lang;
    let config = Config {
        rules: args.rules.clone(),
        listen: args.listen,
        token,
        lang,
        limits: Limits {
            body_bytes: args.max_body,
            batch_leads: args.max_batch.max(1),
            connections: args.max_connections.max(1),
            request_time: Duration::from_secs(args.request_timeout.max(1)),
            ..Limits::default()
        },
        sample: args.sample.clone(),
        poll: Duration::from_millis(300),
        audit_log: args.audit_log.clone(),
        today: Arc::new(crate::serve::dated::system_today),
        log: Arc::new(move |message| errln!("{}", lang.text(&message))),
    };
    let server = match Server::bind(config) {
        Ok(server) => server,
        Err(error) => return failed(error, ui),
    };
    let definition = server.definition();
    if !definition.diagnostics.is_empty() {
        err!("{}", crate::render::to_text(&definition.diagnostics, &definition.sources, ui.color, ui.lang));
    }
    if let Some(path) = &args.audit_log {
        if server.torn_record() > 0 {
            out::warning(
                ui.lang,
                msg!("serve-audit-torn-cut", path = path.display().to_string(), bytes = server.torn_record()),
            );
        }
        errln!("{}", ui.lang.text(&msg!("serve-audit-logging", path = path.display().to_string())));
    }
    errln!(
        "{}",
        ui.lang.text(&msg!(
            "serve-listening",
            name = definition.name.as_str(),
            version = definition.version.as_str(),
            digest = definition.digest.as_str(),
            url = format!("http://{}", server.local_addr())
        ))
    );
    drop(definition);
    match server.run() {
        Ok(()) => ExitStatus::Success,
        Err(error) => failed(error, ui),
    }
}

/// Says why the service could not start or go on, and the exit code for it.
fn failed(error: ServeError, ui: super::Ui) -> ExitStatus {
    if let ServeError::Rules(refusal) = &error
        && !refusal.diagnostics.is_empty()
    {
        err!("{}", crate::render::to_text(&refusal.diagnostics, &refusal.sources, ui.color, ui.lang));
    }
    out::error(ui.lang, error.message());
    match error {
        ServeError::NoTokenOffLoopback(_) => ExitStatus::Usage,
        ServeError::Rules(refusal) if refusal.unreadable => ExitStatus::FileProblem,
        ServeError::Rules(_) => ExitStatus::RuleErrors,
        ServeError::Listen(..) | ServeError::Runtime(_) | ServeError::AuditLog(_) | ServeError::Sample(_) => {
            ExitStatus::FileProblem
        }
    }
}
