//! Ctrl-C and `kill`: a run that is interrupted (SIGINT, SIGTERM, SIGHUP) removes the temporary
//! file it was writing before it exits, so nothing half-written is left beside the destination.
//! The exit code is the shell's for a signal, 128 + its number (130 for Ctrl-C, 143 for
//! `kill`), as `docs/cli.md` says.

/// Starts a thread that waits for an interrupting signal, then removes the partial output files
/// and exits. Without it the process would die at once and leave them behind. If the handler
/// cannot be installed, the signals keep their default meaning (the run dies at once).
pub fn remove_partial_files_on_signal() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        // The signals are taken over inside the thread, so that they keep their default meaning
        // if it cannot start; the run goes on once they are.
        let (ready, wait) = std::sync::mpsc::sync_channel(0);
        let spawned = std::thread::Builder::new().name("interrupt".into()).spawn(move || {
            let signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]);
            let _ = ready.send(());
            let Ok(mut signals) = signals else { return };
            if let Some(signal) = signals.forever().next() {
                crate::output::destination::remove_partial_files();
                std::process::exit(128 + signal);
            }
        });
        if spawned.is_ok() {
            let _ = wait.recv();
        }
    }
}
