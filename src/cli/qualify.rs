//! `leadrules qualify RULES LEADS`: one verdict row per lead, in input order; a lead that cannot
//! be read gets an `error` row. Rows in = verdict rows + error rows + skipped blank rows, always.

use super::Outcome;
use super::load::{Purpose, plain_io_error, rules_for_run};
use super::out::{destination, errln};
use crate::compile::RuleSet;
use crate::eval::{Verdict, questions::Questioner, verdict::evaluate_into};
use crate::input::{self, InputOptions, LeadReader};
use crate::output::{Cell, Format, KeptColumns, LeadRef, RowRenderer, RowWriter, Summary, column_names, error_cells};
use std::io::Write;
use std::path::{Path, PathBuf};

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
    /// The lead file's format: csv, json, jsonl or xlsx (Excel and OpenDocument workbooks).
    /// Guessed from the file name and its first bytes when not given; a workbook on standard
    /// input needs --input-format xlsx.
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
    text.parse().map_err(|_| format!("`{text}` is not an encoding leadrules reads; use utf-8 or windows-1251"))
}

fn parse_jobs(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=1024).contains(&n) => Ok(n),
        _ => Err(format!("`{text}` is not a number of threads; use a whole number from 1 to 1024")),
    }
}

/// The threads to use when `--jobs` is not given: one per core.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

fn parse_input_format(text: &str) -> Result<input::InputFormat, String> {
    text.parse().map_err(|_| format!("`{text}` is not a lead file format; use csv, json, jsonl or xlsx"))
}

pub fn run(args: QualifyArgs, color: bool) -> Outcome {
    if let Err(outcome) = super::load::rules_come_first("qualify", &args.rules, Some(args.leads.as_path())) {
        return outcome;
    }
    let rules = match rules_for_run(&args.rules, Purpose::Classify, color) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let destination = match &args.output {
        Some(path) => match destination(path, &inputs_of(&rules, [args.leads.as_path()])) {
            Ok(destination) => Some(destination),
            Err(outcome) => return outcome,
        },
        None => None,
    };
    let format = match output_format(&args) {
        Ok(format) => format,
        Err(message) => {
            errln!("error: {message}");
            return Outcome::Usage;
        }
    };
    let kept = KeptColumns::new(&args.keep);
    let reader = match open_leads(&args.leads, &kept.reading_schema(&rules.schema), &args.input.options()) {
        Ok(reader) => reader,
        Err(e) => {
            errln!("error: {e}");
            return Outcome::FileProblem;
        }
    };
    if let Err(message) = kept.all_found(&rules.schema, reader.columns()) {
        errln!("error: {message}");
        return Outcome::Usage;
    }
    let columns = kept.output_columns(column_names(&rules));
    let jobs = args.jobs.unwrap_or_else(default_jobs);
    let bom: &[u8] = if args.bom || args.excel { BOM } else { b"" };
    let cannot_write = |e: std::io::Error| format!("cannot write the verdicts: {}", plain_io_error(&e));
    let result = match &destination {
        Some(destination) => destination.write(|out| {
            out.write_all(bom).map_err(cannot_write)?;
            qualify_with_jobs(&rules, reader, format, out, jobs, columns)
        }),
        None => {
            let mut out = super::out::stdout();
            out.write_all(bom)
                .map_err(cannot_write)
                .and_then(|()| qualify_with_jobs(&rules, reader, format, out, jobs, columns))
        }
    };
    match result {
        // The reader of the pipe had what it wanted (`| head`): end quietly.
        Err(_) if super::out::stdout_closed() => Outcome::Success,
        Ok(summary) => {
            errln!("{summary}");
            if summary.error_rows.is_empty() { Outcome::Success } else { Outcome::RowErrors }
        }
        Err(message) => {
            errln!("error: {message}");
            Outcome::FileProblem
        }
    }
}

/// The format asked for (or implied by the output file's name), or why the options do not go
/// together.
fn output_format(args: &QualifyArgs) -> Result<Format, String> {
    let extension = args.output.as_ref().and_then(|p| p.extension()).map(|e| e.to_string_lossy().to_lowercase());
    let format = args.format.unwrap_or(match extension.as_deref() {
        Some("xlsx") => Format::Xlsx,
        Some("jsonl" | "ndjson") => Format::Jsonl,
        _ => Format::Csv,
    });
    if (args.bom || args.excel) && format != Format::Csv {
        let option = if args.excel { "--excel" } else { "--bom" };
        return Err(format!("{option} is for CSV output; JSON Lines, tables and workbooks are read without it"));
    }
    if format == Format::Xlsx && args.output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return Err(
            "an Excel workbook is not text to show on the screen\nhelp: write it to a file: -o verdicts.xlsx".into()
        );
    }
    Ok(if args.excel { Format::ExcelCsv } else { format })
}

/// The files a run reads, which its output must not replace: the rule files and `others`.
pub fn inputs_of<'a>(rules: &'a RuleSet, others: impl IntoIterator<Item = &'a Path>) -> Vec<&'a Path> {
    rules.disk_files.iter().map(PathBuf::as_path).chain(others).collect()
}

/// Opens the lead file (with a progress bar on a terminal for a large file), or standard input
/// when the path is `-`.
pub fn open_leads(
    path: &Path,
    schema: &crate::schema::Schema,
    options: &InputOptions,
) -> Result<LeadReader, input::InputError> {
    if path == Path::new("-") {
        return input::from_reader("standard input", Box::new(std::io::stdin()), schema, options);
    }
    let name = path.display().to_string();
    let file =
        super::progress::open_file(path).map_err(|reason| input::InputError::Open { path: name.clone(), reason })?;
    input::from_reader(&name, file, schema, options)
}

/// [`qualify_all`] on `jobs` threads: the same rows in the same order and the same summary. The
/// table format, and one job, run on the calling thread.
pub fn qualify_with_jobs(
    rules: &RuleSet,
    reader: LeadReader,
    format: Format,
    out: impl Write,
    jobs: usize,
    columns: Vec<String>,
) -> Result<Summary, String> {
    if jobs <= 1 || !format.streams_in_pieces() {
        return qualify_all(rules, reader, format, out, columns);
    }
    for warning in reader.warnings() {
        errln!("warning: {warning}");
    }
    let cannot_write = |e: std::io::Error| format!("cannot write the verdicts: {}", plain_io_error(&e));
    super::parallel::qualify_parallel(rules, reader, format, out, jobs, columns, cannot_write)
}

/// Evaluates every lead and writes its row; returns the summary, or why the run could not finish
/// (the lead file broke off, or the output could not be written).
pub fn qualify_all(
    rules: &RuleSet,
    mut reader: LeadReader,
    format: Format,
    out: impl Write,
    columns: Vec<String>,
) -> Result<Summary, String> {
    for warning in reader.warnings() {
        errln!("warning: {warning}");
    }
    let cannot_write = |e: std::io::Error| format!("cannot write the verdicts: {}", plain_io_error(&e));
    let kept = columns.len() - column_names(rules).len();
    let mut writer = RowWriter::new(format, columns, out).map_err(cannot_write)?;
    writer.colour_classes(&rules.class_names);
    let mut summary = Summary::new(&rules.class_names);
    let mut qualifier = Qualifier::new(rules, 1, kept);
    for row in &mut reader {
        match qualifier.row(&row, &mut writer).map_err(cannot_write)? {
            Judged::Class(class_rule) => summary.count(rules.class_name(class_rule)),
            Judged::Unreadable => summary.error_rows.push(row.record),
            Judged::Uncomputable => {
                summary.error_rows.push(row.record);
                summary.uncomputable_rows.push(row.record);
            }
        }
    }
    if let Some(e) = reader.take_error() {
        return Err(format!("{e}; no verdicts were written, since the leads after this point could not be read"));
    }
    summary.blank_rows = reader.blank_rows();
    writer.finish().map_err(cannot_write)?;
    Ok(summary)
}

/// What became of one lead.
pub(crate) enum Judged {
    /// The index of the class rule that decided.
    Class(usize),
    /// An error row: the lead could not be read.
    Unreadable,
    /// An error row: the lead was read, but its arithmetic gave no finite number.
    Uncomputable,
}

/// What one thread needs to turn leads into verdict rows, with its buffers: the single-threaded
/// run and every worker of `--jobs` use it, so their rows are the same.
pub(crate) struct Qualifier<'r> {
    rules: &'r RuleSet,
    verdict: Verdict,
    questioner: Questioner<'r>,
    renderer: RowRenderer<'r>,
    /// How many input columns (`--keep`) follow the rules' fields in each lead and its row.
    kept: usize,
}

impl<'r> Qualifier<'r> {
    /// The qualifier of one of `threads` threads qualifying leads at once, whose leads end with
    /// `kept` columns to copy into the rows.
    pub(crate) fn new(rules: &'r RuleSet, threads: usize, kept: usize) -> Self {
        Qualifier {
            rules,
            verdict: Verdict::default(),
            questioner: Questioner::sharing_with(rules, threads),
            renderer: RowRenderer::new(rules),
            kept,
        }
    }

    /// Evaluates a row and writes its verdict row, or its error row when it could not be read
    /// or computed.
    pub(crate) fn row<W: Write>(&mut self, row: &input::LeadRow, writer: &mut RowWriter<W>) -> std::io::Result<Judged> {
        let lead_ref = LeadRef { row: row.record, id: row.id.as_deref() };
        let fields = self.rules.schema.fields.len();
        let kept = |cells: &mut Vec<Cell<'_>>, lead: Option<&[crate::value::Value]>| {
            for slot in fields..fields + self.kept {
                cells.push(match lead.and_then(|lead| lead.get(slot)) {
                    Some(crate::value::Value::Text(text)) => Cell::Text(std::borrow::Cow::Owned(text.to_string())),
                    _ => Cell::Empty,
                });
            }
        };
        match &row.values {
            Ok(lead) => {
                let (own, _) = lead.split_at(fields.min(lead.len()));
                evaluate_into(self.rules, own, &mut self.verdict);
                if let Some(problem) = crate::eval::fault::problem(self.rules, &self.verdict) {
                    let mut cells = error_cells(self.rules, &lead_ref, &problem);
                    kept(&mut cells, Some(lead));
                    writer.write(&cells)?;
                    return Ok(Judged::Uncomputable);
                }
                let asked = self.questioner.ask(own, &self.verdict);
                let mut cells = self.renderer.verdict(&lead_ref, own, &self.verdict, asked);
                kept(&mut cells, Some(lead));
                writer.write(&cells)?;
                Ok(Judged::Class(self.verdict.class_rule))
            }
            Err(problem) => {
                let mut cells = error_cells(self.rules, &lead_ref, &problem.to_string());
                kept(&mut cells, None);
                writer.write(&cells)?;
                Ok(Judged::Unreadable)
            }
        }
    }
}
