//! The verdict rows of `qualify`: every lead of a reader judged and written as one row, in
//! input order, on the calling thread ([`qualify_all`]) or on several ([`qualify_with_jobs`],
//! through [`super::parallel`]). Rows in = verdict rows + error rows + skipped blank rows,
//! always.

use super::RunError;
use super::judge::{Judged, Judgement, LeadJudge};
use crate::compile::RuleSet;
use crate::eval::questions::{Memory, Questioner};
use crate::input::{LeadReader, LeadRow};
use crate::locale::Lang;
use crate::output::{Cell, Format, LeadRef, RowRenderer, RowTexts, RowWriter, Summary, column_names, error_cells};
use crate::value::Value;
use std::io::Write;

/// [`qualify_all`] on `jobs` threads: the same rows in the same order and the same summary. The
/// table format, and one job, run on the calling thread.
pub fn qualify_with_jobs(
    rules: &RuleSet,
    reader: LeadReader,
    format: Format,
    out: impl Write,
    jobs: usize,
    columns: Vec<String>,
    lang: Lang,
) -> Result<Summary, RunError> {
    if jobs <= 1 || !format.streams_in_pieces() {
        return qualify_all(rules, reader, format, out, columns, lang);
    }
    super::parallel::qualify_parallel(rules, reader, (format, lang), out, jobs, columns)
}

/// Evaluates every lead and writes its row; returns the summary, or why the run could not finish
/// (the lead file broke off, or the output could not be written). `columns` are the output's
/// columns: the rules' own (`column_names`), then those the reader keeps (`--keep`). The reason
/// of an error row is written in `lang` (the column names and the class `error` are the same in
/// every language).
pub fn qualify_all(
    rules: &RuleSet,
    mut reader: LeadReader,
    format: Format,
    out: impl Write,
    columns: Vec<String>,
    lang: Lang,
) -> Result<Summary, RunError> {
    let kept = columns.len() - column_names(rules).len();
    let mut writer = RowWriter::new(format, columns, out).map_err(RunError::Write)?;
    writer.colour_classes(&rules.class_names);
    let mut summary = Summary::new(&rules.class_names);
    let mut qualifier = Qualifier::new(rules, 1, kept, lang);
    for row in &mut reader {
        qualifier.row(&row, &mut writer).map_err(RunError::Write)?.count(rules, row.record, &mut summary);
    }
    if let Some(e) = reader.take_error() {
        return Err(RunError::Input(e));
    }
    summary.blank_rows = reader.blank_rows();
    summary.totals = reader.totals_rows().clone();
    writer.finish().map_err(RunError::Write)?;
    Ok(summary)
}

/// What a [`Qualifier`] carries from lead to lead that does not borrow its rules: the memory of
/// its discovery questions and the texts every row shares, in one language. It belongs to the
/// rules it was made for.
pub struct Carried {
    memory: Memory,
    texts: RowTexts,
}

impl Carried {
    /// What a fresh qualifier of `rules` in `lang` carries, for one of `threads` threads.
    pub fn new(rules: &RuleSet, lang: Lang, threads: usize) -> Self {
        Carried { memory: Memory::for_one_of(threads, lang), texts: RowTexts::new(rules, lang) }
    }

    /// The language of its texts.
    pub fn lang(&self) -> Lang {
        self.texts.lang()
    }
}

/// What one thread needs to turn leads into verdict rows, with its buffers: the single-threaded
/// run and every worker of `--jobs` use it, so their rows are the same.
pub struct Qualifier<'r> {
    rules: &'r RuleSet,
    judge: LeadJudge<'r>,
    questioner: Questioner<'r>,
    renderer: RowRenderer<'r>,
    /// How many input columns (`--keep`) follow the rules' fields in each lead and its row.
    kept: usize,
    /// The language of the reason of an error row.
    lang: Lang,
}

impl<'r> Qualifier<'r> {
    /// The qualifier of one of `threads` threads qualifying leads at once, whose leads end with
    /// `kept` columns to copy into the rows, writing the reasons of error rows in `lang`.
    pub fn new(rules: &'r RuleSet, threads: usize, kept: usize, lang: Lang) -> Self {
        Qualifier {
            rules,
            judge: LeadJudge::new(rules),
            questioner: Questioner::sharing_with(rules, threads).in_lang(lang),
            renderer: RowRenderer::new(rules, lang),
            kept,
            lang,
        }
    }

    /// A qualifier on one thread that goes on from what another carried ([`Qualifier::suspend`])
    /// under the same rules: a service keeps that from request to request, so the texts every
    /// row shares are not made again and a lead like one seen before is not searched again.
    pub fn resume(rules: &'r RuleSet, kept: usize, carried: Carried) -> Self {
        let lang = carried.texts.lang();
        Qualifier {
            rules,
            judge: LeadJudge::new(rules),
            questioner: Questioner::with_memory(rules, carried.memory).in_lang(lang),
            renderer: RowRenderer::with_texts(rules, carried.texts),
            kept,
            lang,
        }
    }

    /// What it carries from lead to lead that does not borrow the rules, to resume with.
    pub fn suspend(self) -> Carried {
        Carried { memory: self.questioner.into_memory(), texts: self.renderer.into_texts() }
    }

    /// Evaluates a row and writes its verdict row, or its error row when it could not be read
    /// or computed.
    pub fn row<W: Write>(&mut self, row: &LeadRow, writer: &mut RowWriter<W>) -> std::io::Result<Judged> {
        let lead_ref = LeadRef { row: row.record, id: row.id.as_deref() };
        let judgement = self.judge.judge(&row.values);
        let judged = judgement.judged();
        let mut cells = match &judgement {
            Judgement::Verdict { lead, verdict } => {
                let asked = self.questioner.ask(lead, verdict);
                self.renderer.verdict(&lead_ref, lead, verdict, asked)
            }
            Judgement::Uncomputable(problem) => error_cells(self.rules, &lead_ref, &self.lang.text(problem)),
            Judgement::Unreadable(problem) => error_cells(self.rules, &lead_ref, &self.lang.text(&problem.message())),
        };
        let fields = self.rules.schema.fields.len();
        let values = row.values.as_ref().ok();
        for slot in fields..fields + self.kept {
            cells.push(match values.and_then(|lead| lead.get(slot)) {
                Some(Value::Text(text)) => Cell::Text(std::borrow::Cow::Owned(text.to_string())),
                _ => Cell::Empty,
            });
        }
        writer.write(&cells)?;
        Ok(judged)
    }
}
