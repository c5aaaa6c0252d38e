//! `leadrules qualify RULES LEADS`: one verdict row per lead, in input order; a lead that cannot
//! be read gets an `error` row. This file reads the options, chooses the destination and the
//! format, and prints what the run (`crate::run`) reports.

use super::ExitStatus;
use super::load::{Purpose, rules_for_run};
use super::out::{self, destination, errln};
use super::progress::open_leads;
use super::voice::Voice;
use crate::input::{self, InputOptions, LeadReader};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::output::{Format, KeptColumns, column_names};
use crate::run::{RunError, inputs_of, qualify_with_jobs};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct QualifyArgs {
    /// The lead definition (.rules file).
    #[arg(value_name = "RULES")]
    pub rules: PathBuf,
    /// The leads: a CSV export (separated by `,` `;` tab or `|`; UTF-8 or Windows-1251), a JSON
    /// array, JSON Lines or an Excel workbook (.xlsx, .xls, .ods);
    /// `-` reads them from standard input.
    #[arg(value_name = "LEADS")]
    pub leads: PathBuf,
    /// Write the verdicts to this file instead of the screen. The file appears only when the run
    /// completes, so a failed run never leaves half a file.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// csv (one row per lead, for spreadsheets), jsonl (one JSON object per line), table (for
    /// reading on screen), xlsx (an Excel workbook). Default: from the name of the -o file
    /// (`.xlsx`, `.jsonl`), else csv.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// CSV that Russian Excel opens with a double-click: `;` between cells, a decimal comma and
    /// a byte-order mark.
    #[arg(long, conflicts_with = "bom")]
    pub excel: bool,
    /// How many threads evaluate the leads; default: one per core. The rows come out in the
    /// order of the lead file and are the same whatever N is; `--jobs 1` runs on a single
    /// thread. The table and xlsx formats always use one thread.
    #[arg(short, long, value_name = "N", value_parser = parse_jobs)]
    pub jobs: Option<usize>,
    /// Copy these columns of the lead file, as written there, into every verdict row after the
    /// verdict's own columns (comma-separated: --keep "Компания,Ответственный"), so the file
    /// can go straight back to the CRM's import.
    #[arg(long, value_name = "COLUMNS", value_delimiter = ',')]
    pub keep: Vec<String>,
    /// Start the CSV with a byte-order mark, so that Excel opens Russian text correctly when
    /// the file is double-clicked.
    #[arg(long)]
    pub bom: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How to read the lead file, when guessing is not enough.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// The lead file's text encoding: utf-8 or windows-1251. Detected when not given.
    #[arg(long, value_name = "ENCODING", value_parser = parse_encoding)]
    pub encoding: Option<input::Encoding>,
    /// The lead file's format: csv, json, jsonl, xlsx (Excel and OpenDocument workbooks) or html
    /// (a web page with a table, as Bitrix24 and 1C export to "Excel"). Guessed from the file
    /// name and its first bytes when not given; a workbook on standard input needs
    /// --input-format xlsx.
    #[arg(long = "input-format", value_name = "FORMAT", value_parser = parse_input_format)]
    pub input_format: Option<input::InputFormat>,
    /// For an Excel or OpenDocument workbook: the sheet with the leads. Default: the first.
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

impl InputArgs {
    pub fn options(&self) -> InputOptions {
        InputOptions { encoding: self.encoding, format: self.input_format, sheet: self.sheet.clone() }
    }
}

fn parse_encoding(text: &str) -> Result<input::Encoding, String> {
    text.parse().map_err(|_| super::chosen_lang().text(&msg!("cli-bad-encoding", value = text)))
}

fn parse_jobs(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=1024).contains(&n) => Ok(n),
        _ => Err(super::chosen_lang().text(&msg!("cli-bad-jobs", value = text))),
    }
}

/// The threads to use when `--jobs` is not given: one per core.
pub fn default_jobs() -> usize {
    crate::workers::cores()
}

fn parse_input_format(text: &str) -> Result<input::InputFormat, String> {
    text.parse().map_err(|_| super::chosen_lang().text(&msg!("cli-bad-input-format", value = text)))
}

pub fn run(args: QualifyArgs, ui: super::Ui) -> ExitStatus {
    if let Err(outcome) = super::load::rules_come_first("qualify", &args.rules, Some(args.leads.as_path()), ui) {
        return outcome;
    }
    let rules = match rules_for_run(&args.rules, Purpose::Classify, ui) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let ui = ui.about(&rules);
    let destination = match &args.output {
        Some(path) => match destination(path, &inputs_of(&rules, [args.leads.as_path()]), ui.lang) {
            Ok(destination) => Some(destination),
            Err(outcome) => return outcome,
        },
        None => None,
    };
    let format = match output_format(&args) {
        Ok(format) => format,
        Err(message) => {
            out::error(ui, message);
            return ExitStatus::Usage;
        }
    };
    let kept = KeptColumns::new(&args.keep);
    let reader = match open_leads(&args.leads, &kept.reading_schema(&rules.schema), &args.input.options(), ui.lang) {
        Ok(reader) => reader,
        Err(e) => {
            out::error(ui, e.message());
            return ExitStatus::FileProblem;
        }
    };
    if let Err(message) = kept.all_found(&rules.schema, reader.columns()) {
        out::error(ui, message);
        return ExitStatus::Usage;
    }
    let columns = kept.output_columns(column_names(&rules));
    let jobs = args.jobs.unwrap_or_else(default_jobs);
    let bom: &'static [u8] = if args.bom || args.excel { BOM } else { b"" };
    let run = VerdictRun { rules: &rules, format, jobs, columns, bom, lang: ui.lang };
    let result = match &destination {
        Some(destination) => destination.write(|out| run.write(out, reader).map_err(|e| e.message())),
        None => run.write(super::out::stdout(), reader).map_err(|e| e.message()),
    };
    match result {
        // The reader of the pipe had what it wanted (`| head`): end quietly.
        Err(_) if super::out::stdout_closed() => ExitStatus::Success,
        Ok(summary) => {
            if let Some(warning) = summary.totals.warning() {
                out::warning(ui, warning);
            }
            errln!("{}", ui.text(&summary.message()));
            if summary.error_rows.is_empty() { ExitStatus::Success } else { ExitStatus::RowErrors }
        }
        Err(message) => {
            out::error(ui, message);
            ExitStatus::FileProblem
        }
    }
}

/// What the run is asked to write, wherever it goes.
struct VerdictRun<'r> {
    rules: &'r crate::compile::RuleSet,
    format: Format,
    jobs: usize,
    columns: Vec<String>,
    /// Written first: a byte-order mark, or nothing.
    bom: &'static [u8],
    /// The language of the warnings and of the reasons in error rows.
    lang: Lang,
}

impl VerdictRun<'_> {
    /// Writes the byte-order mark, says the reader's warnings, and runs the leads into `out`.
    fn write(self, mut out: impl Write, reader: LeadReader) -> Result<crate::output::Summary, RunError> {
        out.write_all(self.bom).map_err(RunError::Write)?;
        warn(&reader, self.lang);
        qualify_with_jobs(self.rules, reader, self.format, out, self.jobs, self.columns, self.lang)
    }
}

/// Says the reader's warnings (a column read twice, a decimal mark guessed, ...).
pub fn warn(reader: &LeadReader, voice: impl Voice) {
    for warning in reader.warnings() {
        out::warning(voice, warning.clone());
    }
}

/// The format asked for (or implied by the output file's name), or why the options do not go
/// together.
fn output_format(args: &QualifyArgs) -> Result<Format, Message> {
    let extension = args.output.as_ref().and_then(|p| p.extension()).map(|e| e.to_string_lossy().to_lowercase());
    let format = args.format.unwrap_or(match extension.as_deref() {
        Some("xlsx") => Format::Xlsx,
        Some("jsonl" | "ndjson") => Format::Jsonl,
        _ => Format::Csv,
    });
    if (args.bom || args.excel) && format != Format::Csv {
        let option = if args.excel { "--excel" } else { "--bom" };
        return Err(msg!("cli-bom-for-csv-only", option = option));
    }
    if format == Format::Xlsx && args.output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return Err(msg!("cli-workbook-to-screen"));
    }
    Ok(if args.excel { Format::ExcelCsv } else { format })
}
