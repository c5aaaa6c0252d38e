//! What a snapshot says: which lead (its key, in natural order), what became of it (a verdict's
//! class, values and deciding rule, or why it could not be read), and the whole file's entries.

use super::quoting::word;
use crate::compile::program::RuleSet;
use crate::eval::Verdict;
use crate::eval::grade;
use crate::output::LeadRef;
use crate::show::ENGLISH;
use indexmap::IndexMap;
use std::cmp::Ordering;

/// Which lead a line is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LeadKey {
    /// The text of the lead's `key` field.
    Id(String),
    /// The record number of a lead without a key.
    Row(u64),
}

impl LeadKey {
    /// The key of a lead read from an export.
    pub fn of(lead: &LeadRef) -> LeadKey {
        match lead.id {
            Some(id) => LeadKey::Id(id.to_string()),
            None => LeadKey::Row(lead.row),
        }
    }

    /// As written in the file and in the diff: `L-0014`, `"Acme Corp"`, `row 12`.
    pub fn render(&self) -> String {
        match self {
            LeadKey::Id(id) => word(id, &["row"], true),
            LeadKey::Row(n) => format!("row {n}"),
        }
    }
}

impl Ord for LeadKey {
    /// Keys in natural order (`L-2` before `L-10`), then the keyless leads by row.
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (LeadKey::Id(a), LeadKey::Id(b)) => natural_cmp(a, b),
            (LeadKey::Id(_), LeadKey::Row(_)) => Ordering::Less,
            (LeadKey::Row(_), LeadKey::Id(_)) => Ordering::Greater,
            (LeadKey::Row(a), LeadKey::Row(b)) => a.cmp(b),
        }
    }
}

impl PartialOrd for LeadKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Natural order: runs of digits compare as numbers, the rest as text. Equal only for equal
/// text, so sorting is deterministic (`L-7` and `L-07` are told apart by their text).
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a, b);
    loop {
        match (x.is_empty(), y.is_empty()) {
            (true, true) => return a.cmp(b),
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        let (cx, rx) = chunk(x);
        let (cy, ry) = chunk(y);
        let digits = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
        let order = if digits(cx) && digits(cy) {
            let (tx, ty) = (cx.trim_start_matches('0'), cy.trim_start_matches('0'));
            tx.len().cmp(&ty.len()).then_with(|| tx.cmp(ty))
        } else {
            cx.cmp(cy)
        };
        if order != Ordering::Equal {
            return order;
        }
        (x, y) = (rx, ry);
    }
}

/// The leading run of digits or of non-digits, and the rest.
fn chunk(s: &str) -> (&str, &str) {
    let digit = s.starts_with(|c: char| c.is_ascii_digit());
    let end = s.find(|c: char| c.is_ascii_digit() != digit).unwrap_or(s.len());
    s.split_at(end)
}

/// The class rule that decided a verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecidedBy {
    /// The used file the rule is in; `None` for the definition itself.
    pub file: Option<String>,
    /// 1-based line of the rule. Shown, never compared.
    pub line: u64,
    /// The rule's text on one line: `SQL when BANT passes or score >= 60`.
    pub rule: String,
}

impl DecidedBy {
    /// `line 72`, or `std/x.rules line 3`.
    pub fn location(&self) -> String {
        match &self.file {
            Some(file) => format!("{file} line {}", self.line),
            None => format!("line {}", self.line),
        }
    }
}

/// What became of one lead.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// The lead's verdict.
    Verdict {
        /// The class it got.
        class: String,
        /// `(name, value)` as shown: `("score", "45")`, `("fit", "100%")`, `("temperature", "cold")`.
        values: Vec<(String, String)>,
        /// The class rule that decided, when the snapshot records it.
        decided_by: Option<DecidedBy>,
    },
    /// The lead could not be read; why, as `qualify` words it.
    Error(String),
}

impl Reading {
    /// The class, or `error`.
    pub fn class(&self) -> &str {
        match self {
            Reading::Verdict { class, .. } => class,
            Reading::Error(_) => "error",
        }
    }

    /// Whether two readings are the same verdict: same class, values (in any order), and the
    /// same text of the deciding rule wherever it is in the file.
    pub fn same_as(&self, other: &Reading) -> bool {
        match (self, other) {
            (
                Reading::Verdict { class: a, values: va, decided_by: da },
                Reading::Verdict { class: b, values: vb, decided_by: db },
            ) => a == b && same_values(va, vb) && da.as_ref().map(|d| &d.rule) == db.as_ref().map(|d| &d.rule),
            (Reading::Error(a), Reading::Error(b)) => a == b,
            _ => false,
        }
    }
}

pub(super) fn same_values(a: &[(String, String)], b: &[(String, String)]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort();
    b.sort();
    a == b
}

/// One line of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Which lead.
    pub lead: LeadKey,
    /// What became of it.
    pub reading: Reading,
}

/// The verdict of a lead, as a snapshot line.
pub fn entry(rules: &RuleSet, lead: &LeadRef, verdict: &Verdict) -> Entry {
    let mut values = Vec::new();
    for (score, result) in rules.scores.iter().zip(&verdict.scores) {
        values.push((score.display_name().to_string(), ENGLISH.number(result.total)));
    }
    for (i, (profile, result)) in rules.profiles.iter().zip(&verdict.profiles).enumerate() {
        let (fit, grade_name) = if i == 0 {
            ("fit".into(), "grade".into())
        } else {
            (format!("fit_{}", profile.name), format!("grade_{}", profile.name))
        };
        values.push((fit, ENGLISH.percent(result.fit)));
        values.push((grade_name, grade(result.fit).to_string()));
    }
    if let (Some(t), Some(i)) = (&rules.temperature, verdict.temperature_rule) {
        values.push(("temperature".into(), t.names[t.rules[i].name.index()].clone()));
    }
    let decided_by = rules.classes.get(verdict.class_rule).map(|rule| {
        let root = rules.sources.root().map(|r| r.base);
        let file = rules.sources.file_of(rule.span).filter(|f| Some(f.base) != root).map(|f| f.name.clone());
        DecidedBy { file, line: rules.line(rule.span) as u64, rule: rules.source_line(rule.head) }
    });
    Entry {
        lead: LeadKey::of(lead),
        reading: Reading::Verdict { class: rules.class_name(verdict.class_rule).to_string(), values, decided_by },
    }
}

/// A lead that could not be read, as a snapshot line.
pub fn error_entry(lead: &LeadRef, reason: &str) -> Entry {
    Entry { lead: LeadKey::of(lead), reading: Reading::Error(reason.to_string()) }
}

/// A whole snapshot file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// The comment lines, without their `#`; rendered at the top.
    pub comments: Vec<String>,
    /// One per lead, sorted by [`LeadKey`] (leads with the same key keep their input order).
    pub entries: Vec<Entry>,
}

impl Snapshot {
    /// A snapshot of these entries, sorted.
    pub fn new(comments: Vec<String>, mut entries: Vec<Entry>) -> Snapshot {
        entries.sort_by(|a, b| a.lead.cmp(&b.lead));
        Snapshot { comments, entries }
    }

    /// Leads per class (`error` for the unreadable ones).
    pub(super) fn class_counts(&self) -> IndexMap<&str, usize> {
        let mut counts: IndexMap<&str, usize> = IndexMap::new();
        for e in &self.entries {
            *counts.entry(e.reading.class()).or_default() += 1;
        }
        counts
    }
}
