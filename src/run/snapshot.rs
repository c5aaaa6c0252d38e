//! The verdicts of a snapshot: every reference lead judged into a snapshot line (an `error`
//! line when it gets no verdict). The file's format and the comparison live in
//! `output::snapshot`.

use super::RunError;
use super::judge::{Judgement, LeadJudge};
use crate::compile::RuleSet;
use crate::input::LeadReader;
use crate::output::snapshot::{self, Snapshot};
use crate::output::{LeadRef, Summary};

/// The most leads a snapshot holds: it is sorted and compared in memory (about 1 KB a lead).
pub const MAX_SNAPSHOT_LEADS: usize = 200_000;

/// A snapshot taken, with the run's summary and what the caller should warn about.
pub struct SnapshotTaken {
    /// Each reference lead's verdict, by id.
    pub snapshot: Snapshot,
    /// The run's counts: leads per class, error rows, blank rows.
    pub summary: Summary,
    /// Found while taking it (several leads with one id), to be shown after the run.
    pub warnings: Vec<crate::message::Message>,
}

/// Judges every lead into a snapshot line, under the header comment `comments`.
pub fn take_snapshot(
    rules: &RuleSet,
    mut reader: LeadReader,
    comments: Vec<String>,
) -> Result<SnapshotTaken, RunError> {
    let mut entries = Vec::new();
    let mut summary = Summary::new(&rules.class_names);
    let mut judge = LeadJudge::new(rules);
    for row in &mut reader {
        if entries.len() >= MAX_SNAPSHOT_LEADS {
            return Err(RunError::TooManyLeads { most: MAX_SNAPSHOT_LEADS });
        }
        let lead_ref = LeadRef { row: row.record, id: row.id.as_deref() };
        let judgement = judge.judge(&row.values);
        judgement.judged().count(rules, row.record, &mut summary);
        entries.push(match &judgement {
            Judgement::Verdict { verdict, .. } => snapshot::entry(rules, &lead_ref, verdict),
            Judgement::Uncomputable(problem) => {
                snapshot::error_entry(&lead_ref, &crate::locale::Lang::En.text(problem))
            }
            Judgement::Unreadable(problem) => snapshot::error_entry(&lead_ref, &problem.to_string()),
        });
    }
    if let Some(e) = reader.take_error() {
        return Err(RunError::Input(e));
    }
    summary.blank_rows = reader.blank_rows();
    summary.totals = reader.totals_rows().clone();
    let snapshot = Snapshot::new(comments, entries);
    let warnings: Vec<_> = summary
        .totals
        .warning()
        .into_iter()
        .chain(
            snapshot
                .entries
                .windows(2)
                .filter(|pair| pair[0].lead == pair[1].lead && matches!(pair[0].lead, snapshot::LeadKey::Id(_)))
                .map(|pair| crate::msg!("run-duplicate-id", id = pair[0].lead.render())),
        )
        .collect();
    Ok(SnapshotTaken { snapshot, summary, warnings })
}
