//! One column of an export, profiled as its cells stream by: how many are filled, which
//! spellings occur and how often, which look like "no answer", which kinds of field could read
//! every cell (tested with the lead reader's own cell readers, so a kind chosen here reads the
//! whole column in `qualify` and `backtest`), and for numbers their range and a fixed-size
//! sample for the median. Memory per column is bounded whatever the number of rows:
//! [`DISTINCT_LIMIT`] spellings, [`SAMPLE_SIZE`] numbers, and for a key candidate one hash per
//! row until a value repeats.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use crate::input::values::CellReader;
use crate::schema::{DateFormat, DecimalMark, FieldKind};
use crate::syntax::ast::DurationUnit;
use crate::value::{Value, fold_spelling};

/// How many different spellings a column keeps counts for; a column with more is text.
pub const DISTINCT_LIMIT: usize = 2_000;

/// How many numbers a column keeps for its median and tenth percentile (a reservoir sample
/// beyond that: exact for smaller exports, an estimate for larger ones).
pub const SAMPLE_SIZE: usize = 10_000;

/// Spellings CRMs write for "no answer" (compared as the reader compares spellings, ignoring
/// case and blanks): a web form's
/// untouched dropdown, dashes, "n/a" and their Russian counterparts.
const PLACEHOLDERS: &[&str] = &[
    "select",
    "select one",
    "please select",
    "-",
    "--",
    "---",
    "—",
    "–",
    "n/a",
    "na",
    "#n/a",
    "none",
    "null",
    "nil",
    "nan",
    "?",
    ".",
    "...",
    "unknown",
    "not specified",
    "not provided",
    "(blank)",
    "не указано",
    "не указан",
    "не указана",
    "не заполнено",
    "нет данных",
    "н/д",
    "#н/д",
    "неизвестно",
    "выберите",
    "(пусто)",
    "пусто",
];

/// Whether a (trimmed) cell looks like a placeholder for "no answer".
pub fn is_placeholder(text: &str) -> bool {
    PLACEHOLDERS.contains(&fold_spelling(text).as_str())
}

/// A kind of field tried on every cell, and whether every cell so far read as it.
#[derive(Debug)]
pub(crate) struct Candidate {
    pub(crate) kind: FieldKind,
    reader: CellReader,
    pub(crate) holds: bool,
}

impl Candidate {
    fn new(kind: FieldKind, mark: Option<DecimalMark>) -> Candidate {
        Candidate { reader: CellReader::new(&kind).with_decimal_mark(mark), kind, holds: true }
    }

    /// The decimal mark the candidate reads with (`None` when no cell needed one).
    pub(crate) fn mark(&self) -> Option<DecimalMark> {
        self.reader.decimal_mark()
    }
}

/// The kinds tried, in the order [`super::infer`] prefers them.
fn candidates() -> Vec<Candidate> {
    let mut list = vec![Candidate::new(FieldKind::YesNo, None)];
    let formats = [DateFormat::Default, date_format("m/d/yyyy"), date_format("d/m/yyyy")];
    list.extend(formats.iter().map(|f| Candidate::new(FieldKind::Date(*f), None)));
    list.extend(formats.iter().map(|f| Candidate::new(FieldKind::DateTime(*f), None)));
    for kind in [FieldKind::Number, FieldKind::Money, FieldKind::Percent, FieldKind::Duration(DurationUnit::Days)] {
        for mark in [None, Some(DecimalMark::Comma), Some(DecimalMark::Point)] {
            list.push(Candidate::new(kind.clone(), mark));
        }
    }
    list
}

fn date_format(text: &str) -> DateFormat {
    DateFormat::parse(text).unwrap_or_default()
}

/// What is known of one column after reading the export.
#[derive(Debug)]
pub struct ColumnProfile {
    /// The column's name as the export writes it.
    pub column: String,
    /// Rows read (every lead row of the export).
    pub rows: u64,
    /// Cells that are not empty (placeholders included).
    pub filled: u64,
    /// Each spelling (trimmed, as written) with how many cells have it, placeholders apart;
    /// in the order first seen.
    pub values: Vec<(String, u64)>,
    /// Whether more than [`DISTINCT_LIMIT`] spellings occurred (later new ones are not counted).
    pub overflow: bool,
    /// Placeholder spellings with their counts, in the order first seen.
    pub placeholders: Vec<(String, u64)>,
    pub(crate) candidates: Vec<Candidate>,
    /// A cell that is not a plain number read as money, percent or duration (`15 000 ₽`,
    /// `45 %`, `3 дня`): the column says its kind in its cells.
    pub(crate) marked: [bool; 3],
    /// The smallest and largest number, and a sample for the median.
    pub numbers: NumberSummary,
    index: foldhash::HashMap<String, usize>,
    unique: Option<HashSet<u64>>,
    /// Whether a value occurred twice (known only for columns asked to track it).
    pub repeated: bool,
}

/// The numbers of a column: range, count and a sample.
#[derive(Debug, Default)]
pub struct NumberSummary {
    pub count: u64,
    pub min: f64,
    pub max: f64,
    sample: Vec<f64>,
    state: u64,
}

impl NumberSummary {
    fn add(&mut self, value: f64) {
        if self.count == 0 {
            (self.min, self.max) = (value, value);
        } else {
            self.min = self.min.min(value);
            self.max = self.max.max(value);
        }
        self.count += 1;
        if self.sample.len() < SAMPLE_SIZE {
            self.sample.push(value);
            return;
        }
        // Reservoir sampling with a fixed seed: the same export gives the same definition.
        self.state = self.state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let slot = (self.state >> 33) % self.count;
        if let Some(kept) = self.sample.get_mut(slot as usize) {
            *kept = value;
        }
    }

    /// The value below which a `share` (0..1) of the numbers lie, from the sample.
    pub fn quantile(&self, share: f64) -> Option<f64> {
        let mut sorted = self.sample.clone();
        sorted.sort_by(f64::total_cmp);
        let last = sorted.len().checked_sub(1)?;
        let at = ((last as f64) * share).round() as usize;
        sorted.get(at.min(last)).copied()
    }
}

impl ColumnProfile {
    /// An empty profile; `track_unique` keeps a hash per value until one repeats (for a key).
    pub fn new(column: &str, track_unique: bool) -> ColumnProfile {
        ColumnProfile {
            column: column.to_string(),
            rows: 0,
            filled: 0,
            values: Vec::new(),
            overflow: false,
            placeholders: Vec::new(),
            candidates: candidates(),
            marked: [false; 3],
            numbers: NumberSummary::default(),
            index: Default::default(),
            unique: track_unique.then(HashSet::new),
            repeated: false,
        }
    }

    /// Counts one cell, as the reader gave it (text or unknown).
    pub fn add(&mut self, value: &Value) {
        self.rows += 1;
        let text = match value {
            Value::Text(text) => text.trim(),
            _ => return,
        };
        if text.is_empty() {
            return;
        }
        self.filled += 1;
        self.track_unique(text);
        if is_placeholder(text) {
            count(&mut self.placeholders, text);
            return;
        }
        match self.index.get(text) {
            Some(&at) => self.values[at].1 += 1,
            None if self.values.len() < DISTINCT_LIMIT => {
                self.index.insert(text.to_string(), self.values.len());
                self.values.push((text.to_string(), 1));
            }
            None => self.overflow = true,
        }
        self.try_kinds(text);
    }

    fn track_unique(&mut self, text: &str) {
        if let Some(seen) = &mut self.unique {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            text.hash(&mut hasher);
            if !seen.insert(hasher.finish()) {
                self.repeated = true;
                self.unique = None;
            }
        }
    }

    fn try_kinds(&mut self, text: &str) {
        let mut plain = None;
        for candidate in self.candidates.iter_mut().filter(|c| c.holds) {
            match candidate.reader.read(text) {
                Ok(Value::Number(n)) => {
                    let shown = match candidate.kind {
                        FieldKind::Percent => n * 100.0,
                        FieldKind::Duration(unit) => n / unit.seconds(),
                        _ => n,
                    };
                    if plain.is_none() {
                        plain = Some((candidate.kind.clone(), shown));
                    }
                }
                Ok(_) => {}
                Err(_) => candidate.holds = false,
            }
        }
        if let Some((kind, shown)) = plain {
            let slot = match kind {
                FieldKind::Money => Some(0),
                FieldKind::Percent => Some(1),
                FieldKind::Duration(_) => Some(2),
                _ => None,
            };
            if let Some(slot) = slot {
                self.marked[slot] = true;
            }
            self.numbers.add(shown);
        }
    }

    /// Whether every filled cell (placeholders apart) read as a kind like `kind` (the same
    /// variant, any decimal mark), and with which decimal mark.
    pub(crate) fn reads_as(&self, kind: &FieldKind) -> Option<Option<DecimalMark>> {
        self.candidates.iter().find(|c| c.holds && &c.kind == kind).map(Candidate::mark)
    }

    /// Whether a key candidate: filled in every row, no value twice, no placeholder.
    pub fn all_different(&self) -> bool {
        self.unique.is_some() && !self.repeated && self.filled == self.rows && self.rows > 0
    }

    /// Filled cells that are not placeholders.
    pub fn answered(&self) -> u64 {
        // Not the sum of `values`: past the distinct limit new spellings are not kept.
        self.filled - self.placeholders.iter().map(|(_, n)| n).sum::<u64>()
    }
}

/// Adds one to `text`'s count in a short list.
fn count(list: &mut Vec<(String, u64)>, text: &str) {
    match list.iter_mut().find(|(t, _)| t == text) {
        Some((_, n)) => *n += 1,
        None => list.push((text.to_string(), 1)),
    }
}
