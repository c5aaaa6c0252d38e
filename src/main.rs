//! The `leadrules` command; everything lives in the library's `cli` module.

fn main() -> std::process::ExitCode {
    leadrules::cli::main()
}
