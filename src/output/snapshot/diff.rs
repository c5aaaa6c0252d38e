//! Comparing two snapshots lead by lead: which leads were added, removed or changed, and what
//! kind of change each is.

use super::model::{Entry, Reading, Snapshot, same_values};
use indexmap::IndexMap;
use std::cmp::Ordering;

/// How one lead differs between the old snapshot and the new verdicts.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A lead only in the new verdicts.
    Added(Entry),
    /// A lead only in the old snapshot.
    Removed(Entry),
    /// A lead in both snapshots whose verdict changed.
    Changed {
        /// The lead as the old snapshot has it.
        old: Entry,
        /// The lead as the new snapshot has it.
        new: Entry,
    },
}

/// Every changed lead, sorted by lead.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SnapshotDiff {
    /// Every lead added, removed or changed.
    pub changes: Vec<Change>,
    /// Leads in either snapshot (a lead in both counts once).
    pub leads: usize,
    pub(super) old_counts: IndexMap<String, usize>,
    pub(super) new_counts: IndexMap<String, usize>,
}

fn sorted(s: &Snapshot) -> Vec<&Entry> {
    let mut entries: Vec<&Entry> = s.entries.iter().collect();
    entries.sort_by(|a, b| a.lead.cmp(&b.lead));
    entries
}

/// Compares the old snapshot with the new one, lead by lead. Leads are matched by key; when a
/// key appears more than once, its first occurrences are matched with each other, and so on.
pub fn diff(old: &Snapshot, new: &Snapshot) -> SnapshotDiff {
    let (old_entries, new_entries) = (sorted(old), sorted(new));
    let mut changes = Vec::new();
    let (mut i, mut j, mut leads) = (0, 0, 0);
    while i < old_entries.len() || j < new_entries.len() {
        leads += 1;
        let order = match (old_entries.get(i), new_entries.get(j)) {
            (Some(a), Some(b)) => a.lead.cmp(&b.lead),
            (Some(_), None) => Ordering::Less,
            _ => Ordering::Greater,
        };
        match order {
            Ordering::Less => {
                changes.push(Change::Removed(old_entries[i].clone()));
                i += 1;
            }
            Ordering::Greater => {
                changes.push(Change::Added(new_entries[j].clone()));
                j += 1;
            }
            Ordering::Equal => {
                let (a, b) = (old_entries[i], new_entries[j]);
                if !a.reading.same_as(&b.reading) {
                    changes.push(Change::Changed { old: a.clone(), new: b.clone() });
                }
                i += 1;
                j += 1;
            }
        }
    }
    let counts = |s: &Snapshot| s.class_counts().into_iter().map(|(c, n)| (c.to_string(), n)).collect();
    SnapshotDiff { changes, leads, old_counts: counts(old), new_counts: counts(new) }
}

/// What kind of change a `Changed` is, for grouping.
pub(super) enum Kind {
    /// The class changed.
    Class,
    /// The class stayed; a score, fit, grade or temperature changed.
    Values,
    /// Only the text of the deciding rule changed (the rule was edited).
    RuleText,
    /// The lead still cannot be read, for another reason.
    ErrorText,
}

pub(super) fn kind(old: &Reading, new: &Reading) -> Kind {
    match (old, new) {
        (Reading::Verdict { class: a, values: va, .. }, Reading::Verdict { class: b, values: vb, .. }) if a == b => {
            if same_values(va, vb) {
                Kind::RuleText
            } else {
                Kind::Values
            }
        }
        (Reading::Error(_), Reading::Error(_)) => Kind::ErrorText,
        _ => Kind::Class,
    }
}

impl SnapshotDiff {
    /// Whether no lead changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// How many leads' verdicts moved: every change but those where only the text of the
    /// deciding rule changed (the lead kept its class, values and rule).
    pub fn moved(&self) -> usize {
        self.changes.len() - self.rule_text_only()
    }

    /// How many leads kept their verdict while the text of the rule that decided them changed.
    pub fn rule_text_only(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| matches!(c, Change::Changed { old, new } if matches!(kind(&old.reading, &new.reading), Kind::RuleText)))
            .count()
    }
}
