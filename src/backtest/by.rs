//! `--by`: the figures broken down by any column of the history (declared by the rules or not),
//! by the class, grade, temperature, a score or a profile's fit; numeric columns in bins (quantiles
//! by default, `budget:quantiles=4`, or given edges `budget:0,100000,1000000`), never one row per
//! distinct number; and the cross table of every two `--by` keys. Leads are counted as they are
//! judged: one tally per distinct value (per pair of values for a cross table), binned at the end.

use super::model::Group;
use super::spellings::Spellings;
use super::stats::{DealOutcome, Tally};
use crate::compile::RuleSet;
use crate::message::Message;
use crate::msg;
use crate::schema::{FieldKind, FieldSpec, Schema};
use crate::value::{Value, fold_spelling};
use serde::Serialize;
use std::collections::HashMap;

/// How many quantile bins a numeric key gets when `--by` says nothing.
pub const DEFAULT_QUANTILES: usize = 5;

/// A numeric key with at most this many distinct values gets one row per value.
const FEW_VALUES: usize = 12;

/// A text key shows its most frequent values, and folds the others into one row.
const MOST_VALUES: usize = 30;

/// How a key's values are grouped into rows.
#[derive(Clone, Debug, PartialEq)]
pub enum Binning {
    /// One row per value; numbers in `DEFAULT_QUANTILES` quantile bins when they have many values.
    Auto,
    /// Numbers in this many bins of about equal leads.
    Quantiles(usize),
    /// Numbers in the bins these increasing edges make: `< e0`, `e0–e1`, …, `≥ ek`.
    Edges(Vec<f64>),
}

/// One `--by` as written: the key and how to bin it.
#[derive(Clone, Debug, PartialEq)]
pub struct BySpec {
    /// As the user wrote it, to name the table.
    pub written: String,
    pub key: String,
    pub binning: Binning,
}

impl BySpec {
    /// `budget`, `budget:quantiles=4`, `budget:0,100000,1000000`.
    pub fn parse(text: &str) -> Result<BySpec, Message> {
        let bad = |_: &str| msg!("backtest-error-by-syntax", by = text);
        let (key, bins) = match text.split_once(':') {
            Some((key, bins)) => (key.trim(), Some(bins.trim())),
            None => (text.trim(), None),
        };
        if key.is_empty() {
            return Err(bad("key"));
        }
        let number = |s: &str| s.trim().replace(['_', ' ', '\u{a0}'], "").parse::<f64>().ok().filter(|n| n.is_finite());
        let binning = match bins {
            None => Binning::Auto,
            Some(b) => {
                if let Some(n) = b.strip_prefix("quantiles=").or_else(|| b.strip_prefix("квантили=")) {
                    match n.trim().parse::<usize>() {
                        Ok(n) if (2..=100).contains(&n) => Binning::Quantiles(n),
                        _ => return Err(bad("quantiles")),
                    }
                } else {
                    let edges: Option<Vec<f64>> = b.split(',').map(number).collect();
                    match edges {
                        Some(e) if !e.is_empty() && e.windows(2).all(|w| w[0] < w[1]) => Binning::Edges(e),
                        _ => return Err(bad("edges")),
                    }
                }
            }
        };
        Ok(BySpec { written: text.trim().to_string(), key: key.to_string(), binning })
    }
}

/// What a `--by` key reads off a judged lead.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Class,
    /// The grade of the profile with this index.
    Grade(usize),
    Temperature,
    /// The total of the score block with this index.
    Score(usize),
    /// The fit of the profile with this index, in percent.
    Fit(usize),
    /// A field of the reading schema (declared, or a column added for `--by`); `numeric` when its
    /// kind is a number.
    Slot {
        slot: usize,
        numeric: bool,
    },
}

/// A `--by` key resolved against the rules and the history's schema.
#[derive(Clone, Debug)]
pub struct Dimension {
    pub spec: BySpec,
    pub source: Source,
}

/// Resolves each `--by` against the rules: the names leadrules gives (`class`, `grade`,
/// `temperature`, `score`, `fit`, `NAME.fit`, `NAME.grade`, a score's name), then the fields, and
/// last any column of the history, added to `schema` as text to be read.
pub fn resolve(rules: &RuleSet, schema: &mut Schema, specs: &[BySpec]) -> Vec<Dimension> {
    specs
        .iter()
        .map(|spec| {
            let key = spec.key.as_str();
            let lower = key.to_lowercase();
            let profile = |name: &str| rules.profiles.iter().position(|p| p.name.eq_ignore_ascii_case(name));
            let source = match lower.as_str() {
                "class" | "класс" => Source::Class,
                "temperature" | "температура" => Source::Temperature,
                "grade" | "грейд" if !rules.profiles.is_empty() => Source::Grade(0),
                "fit" | "соответствие" if !rules.profiles.is_empty() => Source::Fit(0),
                "score" | "баллы" if !rules.scores.is_empty() => {
                    Source::Score(rules.scores.iter().position(|s| s.name.is_none()).unwrap_or(0))
                }
                _ => {
                    let named_profile =
                        lower.rsplit_once('.').and_then(|(name, what)| profile(name).map(|p| (p, what.to_string())));
                    let score = rules
                        .scores
                        .iter()
                        .position(|s| s.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(key)));
                    match (named_profile, score) {
                        (Some((p, what)), _) if what == "fit" => Source::Fit(p),
                        (Some((p, what)), _) if what == "grade" => Source::Grade(p),
                        (_, Some(s)) => Source::Score(s),
                        _ => field_source(schema, key),
                    }
                }
            };
            Dimension { spec: spec.clone(), source }
        })
        .collect()
}

fn field_source(schema: &mut Schema, key: &str) -> Source {
    if let Some(slot) = schema.slot_of(key) {
        schema.fields[slot].used = true;
        let numeric = matches!(
            schema.fields[slot].kind,
            FieldKind::Number | FieldKind::Money | FieldKind::Percent | FieldKind::Duration(_)
        );
        return Source::Slot { slot, numeric };
    }
    let slot = schema.fields.len();
    schema.fields.push(FieldSpec {
        name: format!("({key})"),
        kind: FieldKind::Text,
        columns: vec![key.to_string()],
        used: true,
        decimal_mark: None,
        unknown_when: Vec::new(),
    });
    Source::Slot { slot, numeric: false }
}

/// A lead's value of a `--by` key.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Unknown,
    /// A number, by its bits (compared as numbers when binned).
    Number(u64),
    Text(String),
}

impl Key {
    pub fn number(n: f64) -> Key {
        if n.is_finite() { Key::Number((n + 0.0).to_bits()) } else { Key::Unknown }
    }

    /// The key of a field's value: numbers as numbers, a `one of` value by its declared
    /// spelling, a date by its month, text as it is.
    pub fn of_value(rules_schema: &RuleSet, slot: usize, value: &Value) -> Key {
        match value {
            Value::Unknown => Key::Unknown,
            Value::Number(n) => Key::number(*n),
            Value::Text(t) if t.trim().is_empty() => Key::Unknown,
            Value::Text(t) => Key::Text(t.trim().to_string()),
            // Under itself, as the channel groups name it, apart from the blank cells.
            Value::Placeholder(t) => Key::Text(t.trim().to_string()),
            Value::Time(_) => {
                let text = crate::eval::value_text::format_value(rules_schema, slot, value);
                let text = text.trim_matches('"');
                Key::Text(text.get(..7).filter(|m| m.as_bytes().get(4) == Some(&b'-')).unwrap_or(text).to_string())
            }
            other => Key::Text(
                crate::eval::value_text::format_value(rules_schema, slot, other).trim_matches('"').to_string(),
            ),
        }
    }
}

/// The figures broken down by one `--by` key.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ByTable {
    /// The key as written (`budget:quantiles=4`).
    pub by: String,
    /// Whether its rows are bins of numbers.
    pub binned: bool,
    pub groups: Vec<Group>,
}

/// Two `--by` keys crossed: a group per pair of rows.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CrossTable {
    pub rows_by: String,
    pub columns_by: String,
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// Every non-empty cell: (row, column, figures).
    pub cells: Vec<CrossCell>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CrossCell {
    pub row: String,
    pub column: String,
    pub group: Group,
}

/// The name of the row of the leads whose value is not known.
pub const UNKNOWN_ROW: &str = "(unknown)";
/// The name of the row the least frequent text values are folded into.
pub const OTHER_ROW: &str = "(other)";

/// Tallies per pair of values of two keys.
type PairTallies = HashMap<(Key, Key), Tally>;

/// Tallies per value of every `--by` key, and per pair of values of every two keys.
#[derive(Default)]
pub struct Breakdown {
    one: Vec<HashMap<Key, Tally>>,
    pairs: Vec<((usize, usize), PairTallies)>,
}

impl Breakdown {
    pub fn new(dimensions: usize) -> Breakdown {
        let mut pairs = Vec::new();
        for i in 0..dimensions {
            for j in i + 1..dimensions {
                pairs.push(((i, j), HashMap::new()));
            }
        }
        Breakdown { one: vec![HashMap::new(); dimensions], pairs }
    }

    /// Counts a lead with these keys (one per dimension).
    pub fn add(&mut self, keys: &[Key], outcome: DealOutcome) {
        for (map, key) in self.one.iter_mut().zip(keys) {
            map.entry(key.clone()).or_default().add(outcome);
        }
        for ((i, j), map) in &mut self.pairs {
            if let (Some(a), Some(b)) = (keys.get(*i), keys.get(*j)) {
                map.entry((a.clone(), b.clone())).or_default().add(outcome);
            }
        }
    }

    /// The tables, once every lead is counted. `order` gives the row order of the keys
    /// leadrules names (class, grade, temperature), `total` and `rate` are the overall figures.
    pub fn finish(
        self,
        dimensions: &[Dimension],
        order: impl Fn(&Source) -> Option<Vec<String>>,
        total: u64,
        rate: Option<f64>,
    ) -> (Vec<ByTable>, Vec<CrossTable>) {
        let rows: Vec<Rows> =
            dimensions.iter().zip(&self.one).map(|(d, map)| Rows::of(d, map, order(&d.source))).collect();
        let tables: Vec<ByTable> = dimensions
            .iter()
            .zip(&self.one)
            .zip(&rows)
            .map(|((d, map), r)| {
                let mut tallies = vec![Tally::default(); r.names.len()];
                for (key, t) in map {
                    merge(&mut tallies[r.row_of(key)], t);
                }
                ByTable {
                    by: d.spec.written.clone(),
                    binned: r.binned,
                    // A bin or a name no lead has (a given edge below every value) is left out.
                    groups: r
                        .names
                        .iter()
                        .zip(&tallies)
                        .filter(|(_, t)| t.leads() > 0)
                        .map(|(n, t)| t.group(n, total, rate))
                        .collect(),
                }
            })
            .collect();
        let shown = |i: usize| -> Vec<String> { tables[i].groups.iter().map(|g| g.name.clone()).collect() };
        let crosses = self
            .pairs
            .into_iter()
            .map(|((i, j), map)| {
                let (a, b) = (&rows[i], &rows[j]);
                let mut cells: HashMap<(usize, usize), Tally> = HashMap::new();
                for ((ka, kb), t) in &map {
                    merge(cells.entry((a.row_of(ka), b.row_of(kb))).or_default(), t);
                }
                let mut cells: Vec<((usize, usize), Tally)> = cells.into_iter().collect();
                cells.sort_by_key(|(place, _)| *place);
                CrossTable {
                    rows_by: dimensions[i].spec.written.clone(),
                    columns_by: dimensions[j].spec.written.clone(),
                    rows: shown(i),
                    columns: shown(j),
                    cells: cells
                        .into_iter()
                        .map(|((r, c), t)| CrossCell {
                            row: a.names[r].clone(),
                            column: b.names[c].clone(),
                            group: t.group(&format!("{} × {}", a.names[r], b.names[c]), total, rate),
                        })
                        .collect(),
                }
            })
            .collect();
        (tables, crosses)
    }
}

fn merge(into: &mut Tally, t: &Tally) {
    into.won += t.won;
    into.lost += t.lost;
    into.open += t.open;
}

/// The rows of one key: their names, and which row each value goes to.
struct Rows {
    names: Vec<String>,
    binned: bool,
    /// Upper edges of numeric bins (a value goes to the first bin whose edge is above it); the
    /// last bin is open.
    edges: Option<Vec<f64>>,
    /// Row of each text value (and of each number when not binned).
    index: HashMap<Key, usize>,
    /// Row of every other text value (folded), and of the unknown values.
    other: Option<usize>,
    unknown: Option<usize>,
}

impl Rows {
    fn row_of(&self, key: &Key) -> usize {
        let numeric = |k: &Key| match k {
            Key::Number(bits) => Some(f64::from_bits(*bits)),
            Key::Text(t) => parse_number(t),
            Key::Unknown => None,
        };
        if *key == Key::Unknown {
            return self.unknown.unwrap_or(0);
        }
        if let (Some(edges), Some(n)) = (&self.edges, numeric(key)) {
            return edges.iter().position(|e| n < *e).unwrap_or(edges.len());
        }
        self.index.get(key).copied().or(self.other).unwrap_or(0)
    }

    fn of(d: &Dimension, map: &HashMap<Key, Tally>, order: Option<Vec<String>>) -> Rows {
        let mut rows =
            Rows { names: Vec::new(), binned: false, edges: None, index: HashMap::new(), other: None, unknown: None };
        let known: Vec<(&Key, &Tally)> = map.iter().filter(|(k, _)| **k != Key::Unknown).collect();
        let numbers: Option<Vec<(f64, u64)>> = known
            .iter()
            .map(|(k, t)| match k {
                Key::Number(bits) => Some((f64::from_bits(*bits), t.leads())),
                Key::Text(text) if !matches!(d.source, Source::Slot { numeric: true, .. }) => {
                    parse_number(text).map(|n| (n, t.leads()))
                }
                _ => None,
            })
            .collect();
        if let Some(order) = order {
            for (i, name) in order.iter().enumerate() {
                rows.index.insert(Key::Text(name.clone()), i);
            }
            rows.names = order;
        } else if let Some(mut numbers) = numbers.filter(|n| !n.is_empty()) {
            numbers.sort_by(|a, b| a.0.total_cmp(&b.0));
            let edges = match &d.spec.binning {
                Binning::Edges(e) => Some(e.clone()),
                Binning::Quantiles(q) => Some(quantile_edges(&numbers, *q)),
                Binning::Auto if numbers.len() > FEW_VALUES => Some(quantile_edges(&numbers, DEFAULT_QUANTILES)),
                Binning::Auto => None,
            };
            match edges {
                Some(edges) => {
                    rows.names = bin_names(&edges, &numbers);
                    rows.edges = Some(edges);
                    rows.binned = true;
                }
                None => {
                    for (n, _) in &numbers {
                        rows.index.insert(Key::number(*n), rows.names.len());
                        rows.names.push(number_text(*n));
                    }
                    // Text spellings of the same numbers go to the same rows.
                    for (k, _) in &known {
                        if let Key::Text(t) = k
                            && let Some(n) = parse_number(t)
                            && let Some(&row) = rows.index.get(&Key::number(n))
                        {
                            rows.index.insert((*k).clone(), row);
                        }
                    }
                }
            }
        } else {
            // Spellings that matching takes for one (`Google`, ` GOOGLE `) are one row, named by
            // the most frequent of them.
            let mut groups: HashMap<String, (Spellings, u64, Vec<&Key>)> = HashMap::new();
            for (k, t) in &known {
                let (name, group) = match k {
                    Key::Number(bits) => (number_text(f64::from_bits(*bits)), format!("n{}", f64::from_bits(*bits))),
                    Key::Text(t) => (t.clone(), format!("t{}", fold_spelling(t))),
                    Key::Unknown => continue,
                };
                let entry = groups.entry(group).or_default();
                entry.0.add(&name, t.leads());
                entry.1 += t.leads();
                entry.2.push(*k);
            }
            let mut values: Vec<(String, u64, Vec<&Key>)> =
                groups.into_values().map(|(spellings, leads, keys)| (spellings.label(), leads, keys)).collect();
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            for (name, _, keys) in values.iter().take(MOST_VALUES) {
                for key in keys {
                    rows.index.insert((*key).clone(), rows.names.len());
                }
                rows.names.push(name.clone());
            }
            if values.len() > MOST_VALUES {
                rows.other = Some(rows.names.len());
                rows.names.push(OTHER_ROW.into());
            }
        }
        if map.contains_key(&Key::Unknown) {
            rows.unknown = Some(rows.names.len());
            rows.names.push(UNKNOWN_ROW.into());
        }
        rows
    }
}

/// A text read as a number: `1 234,5`, `1234.5`, `12_000`.
fn parse_number(text: &str) -> Option<f64> {
    let t: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_')).collect();
    if t.is_empty() {
        return None;
    }
    let t = if t.contains(',') && !t.contains('.') && t.matches(',').count() == 1 { t.replace(',', ".") } else { t };
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Edges that split sorted (value, leads) pairs into `q` bins of about equal leads; a value is
/// never split between two bins, so there may be fewer.
fn quantile_edges(numbers: &[(f64, u64)], q: usize) -> Vec<f64> {
    let total: u64 = numbers.iter().map(|(_, n)| n).sum();
    let mut edges = Vec::new();
    let mut seen = 0u64;
    for (i, (_, n)) in numbers.iter().enumerate() {
        seen += n;
        let next_bin = edges.len() as u64 + 1;
        if let Some((next, _)) = numbers.get(i + 1)
            && (seen as f64) >= total as f64 * next_bin as f64 / q as f64
            && edges.len() + 1 < q
        {
            edges.push(*next);
        }
    }
    edges
}

/// `< 100`, `100–250`, `≥ 250`; the first and last bins say their lowest and highest values.
fn bin_names(edges: &[f64], numbers: &[(f64, u64)]) -> Vec<String> {
    let (low, high) = (numbers.first().map(|n| n.0), numbers.last().map(|n| n.0));
    let mut names = Vec::new();
    for i in 0..=edges.len() {
        let from = match i.checked_sub(1) {
            Some(previous) => edges.get(previous).copied(),
            None => low.filter(|l| edges.first().is_none_or(|e| l < e)),
        };
        let below = edges.get(i).copied();
        names.push(match (from, below) {
            (Some(f), Some(b)) => format!("{} – < {}", number_text(f), number_text(b)),
            (None, Some(b)) => format!("< {}", number_text(b)),
            (Some(f), None) => match high {
                Some(h) if h > f => format!("{} – {}", number_text(f), number_text(h)),
                _ => format!("≥ {}", number_text(f)),
            },
            (None, None) => String::new(),
        });
    }
    names
}

/// A number as a row name: whole numbers without decimals, others to at most 4 significant places.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let s = format!("{:.2}", n);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn by_is_written_as_a_key_and_its_bins() {
        let b = BySpec::parse("budget:quantiles=4").expect("quantiles");
        assert_eq!((b.key.as_str(), b.binning), ("budget", Binning::Quantiles(4)));
        let b = BySpec::parse("budget:0,100_000, 1000000").expect("edges");
        assert_eq!(b.binning, Binning::Edges(vec![0.0, 100_000.0, 1_000_000.0]));
        assert_eq!(BySpec::parse("sector").expect("plain").binning, Binning::Auto);
        for bad in ["budget:10,5", "budget:quantiles=1", "budget:a,b", ":4"] {
            assert!(BySpec::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn quantile_bins_never_split_a_value() {
        let numbers: Vec<(f64, u64)> = (1..=100).map(|n| (n as f64, 1)).collect();
        assert_eq!(quantile_edges(&numbers, 4), vec![26.0, 51.0, 76.0]);
        let lumpy = vec![(0.0, 90), (1.0, 5), (2.0, 5)];
        assert_eq!(quantile_edges(&lumpy, 4), vec![1.0, 2.0]);
        assert_eq!(bin_names(&[26.0, 51.0], &numbers), vec!["1 – < 26", "26 – < 51", "51 – 100"]);
        assert_eq!(parse_number("1 234,5"), Some(1234.5));
    }

    fn dimension(binning: Binning) -> Dimension {
        Dimension {
            spec: BySpec { written: "x".into(), key: "x".into(), binning },
            source: Source::Slot { slot: 0, numeric: true },
        }
    }

    /// Spellings that matching takes for one value are one row (and one column of a cross table),
    /// named by the most frequent spelling.
    #[test]
    fn spellings_matching_takes_for_one_are_one_row() {
        let text = |t: &str| Key::Text(t.to_string());
        let dims = vec![
            Dimension {
                spec: BySpec { written: "source".into(), key: "source".into(), binning: Binning::Auto },
                source: Source::Slot { slot: 0, numeric: false },
            },
            Dimension {
                spec: BySpec { written: "city".into(), key: "city".into(), binning: Binning::Auto },
                source: Source::Slot { slot: 1, numeric: false },
            },
        ];
        let mut b = Breakdown::new(2);
        let leads = [
            ("google", "Paris", DealOutcome::Won),
            ("Google", "paris", DealOutcome::Lost),
            ("GOOGLE", "PARIS", DealOutcome::Won),
            ("Google", "Paris", DealOutcome::Won),
            ("Google  Ads", "Lyon", DealOutcome::Lost),
            ("google ads", "Lyon", DealOutcome::Open),
            ("Bing", "lyon", DealOutcome::Won),
        ];
        for (source, city, outcome) in leads {
            b.add(&[text(source), text(city)], outcome);
        }
        let (tables, crosses) = b.finish(&dims, |_| None, 7, Some(4.0 / 6.0));
        let rows: Vec<(&str, u64, u64)> = tables[0].groups.iter().map(|g| (g.name.as_str(), g.won, g.lost)).collect();
        assert_eq!(rows, vec![("Google", 3, 1), ("Google  Ads", 0, 1), ("Bing", 1, 0)]);
        let cities: Vec<(&str, u64)> = tables[1].groups.iter().map(|g| (g.name.as_str(), g.leads)).collect();
        assert_eq!(cities, vec![("Paris", 4), ("Lyon", 3)]);
        let cells: Vec<(&str, &str, u64)> =
            crosses[0].cells.iter().map(|c| (c.row.as_str(), c.column.as_str(), c.group.leads)).collect();
        assert_eq!(cells, vec![("Google", "Paris", 4), ("Google  Ads", "Lyon", 2), ("Bing", "Lyon", 1)]);
    }

    proptest! {
        /// Every lead lands in exactly one row and one cell: the rows and the cells add up to
        /// the totals, and a numeric key never has more than its bins.
        #[test]
        fn rows_and_cells_add_up(leads in proptest::collection::vec((0u32..2000, 0u8..6, 0u8..3), 1..400), q in 2usize..8) {
            let dims = vec![dimension(Binning::Quantiles(q)), dimension(Binning::Auto)];
            let mut b = Breakdown::new(2);
            let mut overall = Tally::default();
            for (x, y, o) in &leads {
                let outcome = [DealOutcome::Won, DealOutcome::Lost, DealOutcome::Open][*o as usize];
                let y = if *y == 5 { Key::Unknown } else { Key::number(f64::from(*y)) };
                b.add(&[Key::number(f64::from(*x)), y], outcome);
                overall.add(outcome);
            }
            let (tables, crosses) = b.finish(&dims, |_| None, overall.leads(), overall.conversion());
            for t in &tables {
                let sum: u64 = t.groups.iter().map(|g| g.leads).sum();
                let won: u64 = t.groups.iter().map(|g| g.won).sum();
                prop_assert_eq!((sum, won), (overall.leads(), overall.won));
            }
            prop_assert!(tables[0].groups.len() <= q);
            let cells: u64 = crosses[0].cells.iter().map(|c| c.group.leads).sum();
            prop_assert_eq!(cells, overall.leads());
            for row in &tables[0].groups {
                let across: u64 = crosses[0].cells.iter().filter(|c| c.row == row.name).map(|c| c.group.leads).sum();
                prop_assert_eq!(across, row.leads);
            }
        }
    }
}
