//! The `leadrules` command; everything lives in the library's `cli` module.

/// mimalloc rather than the system allocator: reading a lead, judging it and writing its row
/// allocate many small strings, and the system allocator spent a fifth of a `serve` request
/// (docs/serve.md and docs/performance.md have the figures).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    leadrules::cli::main()
}
