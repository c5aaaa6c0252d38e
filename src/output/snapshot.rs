//! The verdict snapshot file: every reference lead's verdict on one line, sorted by lead, so a
//! change to the definition shows in `git diff` as one changed line per changed lead. This
//! module renders, parses and compares snapshots; `leadrules snapshot` (in `cli`) does the I/O.
//!
//! The format (documented in `docs/snapshot.md`), one line per lead, columns aligned with spaces:
//!
//! ```text
//! # leadrules verdict snapshot of "ACME Cloud" version 3 over acme-leads.csv — regenerate with: ...
//! L-0004  MQL           score  30  fit 100%  grade A  temperature cold  by line 74: MQL when score >= 30
//! L-0007  error         line 8, column "Создан": "31.02.2026 12:00" is not a real date
//! row 12  nurture       score   0  fit   0%  grade F  temperature cold  by line 76: nurture otherwise
//! ```
//!
//! - A line starting with `#` is a comment; blank lines are ignored.
//! - The lead: its key, or `row N` (its record number) when it has none. Leads are sorted by key in
//!   natural order (`L-2` before `L-10`), then the keyless ones by row.
//! - The class; `error` (bare) marks a lead that could not be read, and the rest of the line says
//!   why.
//! - `name value` pairs: every score (`score` for the unnamed one, else its name), `fit` and
//!   `grade` of the first profile (`fit_<profile>`, `grade_<profile>` of the others), and
//!   `temperature`.
//! - `by LOCATION: RULE`, the class rule that decided, up to the end of the line. The location
//!   (`line 74`, or `std/x.rules line 3` for a rule in a used file) is for people: [`diff`]
//!   ignores it, since rule files move lines around.
//!
//! Any word that is not a plain word is written in double quotes with backslash escapes (`\"`,
//! `\\`, `\n`, `\t`, `\u{hex}`): a word with spaces, quotes, backslashes or control characters, an
//! empty word, a lead starting with `#`, and the words that would be read as markers (a lead
//! `row`, a class `error`, a name `by`, a file `line`). The free text at the end of a line (the
//! rule, the error) keeps its spaces; only backslashes, control characters and spaces at its
//! ends are escaped. So [`parse`] gives back exactly what [`render`] wrote.

use super::LeadRef;
use crate::compile::program::RuleSet;
use crate::eval::Verdict;
use crate::eval::grade;
use crate::eval::questions::trim;
use indexmap::IndexMap;
use std::cmp::Ordering;
use std::fmt::{self, Write};

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
    Verdict {
        class: String,
        /// `(name, value)` as shown: `("score", "45")`, `("fit", "100%")`, `("temperature", "cold")`.
        values: Vec<(String, String)>,
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

fn same_values(a: &[(String, String)], b: &[(String, String)]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort();
    b.sort();
    a == b
}

/// One line of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub lead: LeadKey,
    pub reading: Reading,
}

/// The verdict of a lead, as a snapshot line.
pub fn entry(rules: &RuleSet, lead: &LeadRef, verdict: &Verdict) -> Entry {
    let mut values = Vec::new();
    for (score, result) in rules.scores.iter().zip(&verdict.scores) {
        values.push((score.display_name().to_string(), trim(result.total)));
    }
    for (i, (profile, result)) in rules.profiles.iter().zip(&verdict.profiles).enumerate() {
        let (fit, grade_name) = if i == 0 {
            ("fit".into(), "grade".into())
        } else {
            (format!("fit_{}", profile.name), format!("grade_{}", profile.name))
        };
        values.push((fit, format!("{}%", trim(result.fit * 100.0))));
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
    fn class_counts(&self) -> IndexMap<&str, usize> {
        let mut counts: IndexMap<&str, usize> = IndexMap::new();
        for e in &self.entries {
            *counts.entry(e.reading.class()).or_default() += 1;
        }
        counts
    }
}

/// Column widths that depend only on the rules, so a change of verdicts does not re-align every
/// line (and `git diff` shows only the leads that changed).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub class: usize,
    /// Width of each named value.
    pub values: Vec<(String, usize)>,
}

impl Layout {
    pub fn for_rules(rules: &RuleSet) -> Layout {
        let width = |s: &str| s.chars().count();
        let class = rules.class_names.iter().map(|c| width(&word(c, &["error"], false))).chain([width("error")]).max();
        let mut values = Vec::new();
        for score in &rules.scores {
            let low: f64 = score.rules.iter().map(|r| r.weight.min(0.0)).sum();
            let high: f64 = score.rules.iter().map(|r| r.weight.max(0.0)).sum();
            let high = score.cap.map_or(high, |cap| high.min(cap));
            let low = score.cap.map_or(low, |cap| low.min(cap));
            values.push((score.display_name().to_string(), width(&trim(low)).max(width(&trim(high)))));
        }
        for (i, profile) in rules.profiles.iter().enumerate() {
            let suffix = if i == 0 { String::new() } else { format!("_{}", profile.name) };
            values.push((format!("fit{suffix}"), fit_width(profile)));
            values.push((format!("grade{suffix}"), 1));
        }
        if let Some(t) = &rules.temperature {
            values.push(("temperature".into(), t.names.iter().map(|n| width(&word(n, &[], false))).max().unwrap_or(0)));
        }
        Layout { class: class.unwrap_or(0), values }
    }

    fn value_width(&self, name: &str) -> usize {
        self.values.iter().find(|(n, _)| n == name).map_or(0, |(_, w)| *w)
    }
}

/// The widest fit a profile can show: every sum of its weights is tried (up to 2^12 of them).
fn fit_width(profile: &crate::compile::program::Profile) -> usize {
    let weights: Vec<f64> = profile.criteria.iter().map(|c| c.weight).collect();
    if weights.len() > 12 || profile.total_weight <= 0.0 {
        return "100%".len();
    }
    (0u32..1 << weights.len())
        .map(|mask| {
            let sum: f64 = weights.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).map(|(_, w)| w).sum();
            trim(sum / profile.total_weight * 100.0).chars().count() + 1
        })
        .max()
        .unwrap_or(4)
}

/// The snapshot as text: comments, then one line per entry, in the entries' order.
pub fn render(snapshot: &Snapshot, layout: &Layout) -> String {
    let mut out = String::new();
    for comment in &snapshot.comments {
        let _ = writeln!(out, "#{comment}");
    }
    let keys: Vec<String> = snapshot.entries.iter().map(|e| e.lead.render()).collect();
    let key_width = keys.iter().map(|k| k.chars().count()).max().unwrap_or(0);
    for (entry, key) in snapshot.entries.iter().zip(&keys) {
        // Cells are joined by two spaces; every cell but the last is padded to its width.
        let mut cells: Vec<(String, usize)> = vec![(key.clone(), key_width)];
        match &entry.reading {
            Reading::Error(reason) => {
                cells.push(("error".into(), layout.class));
                if !reason.is_empty() {
                    cells.push((escape_tail(reason), 0));
                }
            }
            Reading::Verdict { class, values, decided_by } => {
                cells.push((word(class, &["error"], false), layout.class));
                for (name, value) in values {
                    let value_text = word(value, &[], false);
                    let pad = layout.value_width(name).saturating_sub(value_text.chars().count());
                    let right = looks_numeric(value);
                    let value_text = if right { format!("{}{value_text}", " ".repeat(pad)) } else { value_text };
                    let cell = format!("{} {value_text}", word(name, &["by"], false));
                    let width = cell.chars().count() + if right { 0 } else { pad };
                    cells.push((cell, width));
                }
                if let Some(d) = decided_by {
                    let mut cell = String::from("by ");
                    if let Some(file) = &d.file {
                        let _ = write!(cell, "{} ", word(file, &["line"], false));
                    }
                    let _ = write!(cell, "line {}:", d.line);
                    if !d.rule.is_empty() {
                        let _ = write!(cell, " {}", escape_tail(&d.rule));
                    }
                    cells.push((cell, 0));
                }
            }
        }
        let last = cells.len() - 1;
        for (i, (text, width)) in cells.iter().enumerate() {
            out.push_str(text);
            if i < last {
                let pad = width.saturating_sub(text.chars().count());
                out.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push('\n');
    }
    out
}

fn looks_numeric(value: &str) -> bool {
    let v = value.strip_suffix('%').unwrap_or(value);
    !v.is_empty()
        && v.parse::<f64>().is_ok_and(f64::is_finite)
        && v.starts_with(|c: char| c == '-' || c.is_ascii_digit())
}

/// A word as written: bare when it can be, else quoted. `reserved` are the words that would be
/// read as markers in its place; `lead` also quotes a leading `#` (a comment).
fn word(text: &str, reserved: &[&str], lead: bool) -> String {
    let quote = text.is_empty()
        || reserved.contains(&text)
        || (lead && text.starts_with('#'))
        || text.starts_with('\u{feff}')
        || text.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '\\');
    if !quote {
        return text.to_string();
    }
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => escape_control(&mut out, c),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn escape_control(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// The free text at the end of a line: backslashes, control characters and the whitespace at
/// either end are escaped, everything else stays as it is.
fn escape_tail(text: &str) -> String {
    let first = text.find(|c: char| !c.is_whitespace()).unwrap_or(text.len());
    let last = text.rfind(|c: char| !c.is_whitespace()).map_or(0, |i| i + 1);
    let mut out = String::new();
    for (i, c) in text.char_indices() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => escape_control(&mut out, c),
            c if c.is_whitespace() && (i < first || i >= last) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Why a snapshot file cannot be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line of the file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Reads a snapshot file back, exactly as [`render`] wrote it (a hand-aligned or reordered file
/// reads as well: any run of spaces or tabs separates, and entries keep the file's order).
pub fn parse(text: &str) -> Result<Snapshot, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut snapshot = Snapshot::default();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let content = line.trim_start_matches([' ', '\t']);
        if content.is_empty() {
            continue;
        }
        if let Some(comment) = content.strip_prefix('#') {
            snapshot.comments.push(comment.to_string());
            continue;
        }
        let entry = parse_line(content).map_err(|message| ParseError { line: i + 1, message })?;
        snapshot.entries.push(entry);
    }
    Ok(snapshot)
}

/// A word read from a line; `quoted` words are never markers.
struct Word {
    text: String,
    quoted: bool,
}

impl Word {
    fn is(&self, marker: &str) -> bool {
        !self.quoted && self.text == marker
    }
}

struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    /// Skips spaces and tabs; whether there were any.
    fn space(&mut self) -> bool {
        let before = self.rest.len();
        self.rest = self.rest.trim_start_matches([' ', '\t']);
        self.rest.len() < before
    }

    fn at_end(&self) -> bool {
        self.rest.is_empty()
    }

    /// The next word, after a separator unless it is the first.
    fn word(&mut self, what: &str) -> Result<Word, String> {
        if self.rest.is_empty() {
            return Err(format!("the line ends where {what} should be"));
        }
        if let Some(quoted) = self.rest.strip_prefix('"') {
            let (text, after) = unescape(quoted, Some('"'))?;
            if !(after.is_empty() || after.starts_with([' ', '\t'])) {
                return Err(format!("{what} goes on after its closing quote; put a space after it"));
            }
            self.rest = after;
            return Ok(Word { text, quoted: true });
        }
        let end = self.rest.find([' ', '\t']).unwrap_or(self.rest.len());
        let (text, after) = self.rest.split_at(end);
        self.rest = after;
        Ok(Word { text: text.to_string(), quoted: false })
    }

    /// The next word, which must follow a space.
    fn next_word(&mut self, what: &str) -> Result<Word, String> {
        if !self.space() && !self.at_end() {
            return Err(format!("expected a space before {what}"));
        }
        self.word(what)
    }

    /// The rest of the line, unescaped.
    fn tail(&mut self) -> Result<String, String> {
        let (text, _) = unescape(self.rest, None)?;
        self.rest = "";
        Ok(text)
    }
}

/// Reads escaped text up to the closing quote (`Some('"')`) or the end; returns it and what
/// follows the quote.
fn unescape(text: &str, close: Option<char>) -> Result<(String, &str), String> {
    let mut out = String::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if Some(c) == close {
            return Ok((out, &text[i + c.len_utf8()..]));
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next().map(|(_, c)| c) {
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let rest = &text[chars.offset()..];
                let code = rest
                    .strip_prefix('{')
                    .and_then(|r| r.split_once('}'))
                    .map(|(hex, _)| hex)
                    .filter(|hex| !hex.is_empty() && hex.len() <= 6);
                let Some(hex) = code else {
                    return Err("`\\u` must be followed by a character code in braces, like \\u{20}".into());
                };
                let c = u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("`\\u{{{hex}}}` is not a character"))?;
                out.push(c);
                for _ in 0..hex.len() + 2 {
                    chars.next();
                }
            }
            Some(other) => {
                return Err(format!(
                    "`\\{other}` is not an escape; write a backslash as \\\\ (the others are \\\" \\n \\r \\t \\u{{…}})"
                ));
            }
            None => return Err("the line ends with a lone backslash; write a backslash as \\\\".into()),
        }
    }
    match close {
        Some(_) => Err("a quoted word is not closed: the line ends before its closing \"".into()),
        None => Ok((out, "")),
    }
}

fn parse_line(line: &str) -> Result<Entry, String> {
    let mut cursor = Cursor { rest: line };
    let first = cursor.word("the lead")?;
    let lead = if first.is("row") {
        let number = cursor.next_word("the row number")?;
        match number.text.parse::<u64>() {
            Ok(n) if !number.quoted && number.text.bytes().all(|b| b.is_ascii_digit()) => LeadKey::Row(n),
            _ => {
                return Err(format!(
                    "`row` must be followed by a row number, not `{}` (write a lead whose id is row as \"row\")",
                    number.text
                ));
            }
        }
    } else {
        LeadKey::Id(first.text)
    };
    let class = cursor.next_word("the class").map_err(|e| format!("{e} (after the lead {})", lead.render()))?;
    if class.is("error") {
        cursor.space();
        return Ok(Entry { lead, reading: Reading::Error(cursor.tail()?) });
    }
    let mut values = Vec::new();
    let mut decided_by = None;
    loop {
        let spaced = cursor.space();
        if cursor.at_end() {
            break;
        }
        if !spaced {
            return Err("expected a space between two words".into());
        }
        let name = cursor.word("a name")?;
        if name.is("by") {
            decided_by = Some(parse_decided_by(&mut cursor)?);
            break;
        }
        let value = cursor.next_word(&format!("the value of `{}`", name.text))?;
        values.push((name.text, value.text));
    }
    Ok(Entry { lead, reading: Reading::Verdict { class: class.text, values, decided_by } })
}

/// After `by`: `[FILE] line N: RULE`.
fn parse_decided_by(cursor: &mut Cursor) -> Result<DecidedBy, String> {
    let expected = "`by` must be followed by the rule's place and text, like `by line 72: SQL when score >= 60`";
    let mut place = cursor.next_word("the rule's line").map_err(|_| expected.to_string())?;
    let mut file = None;
    if !place.is("line") {
        file = Some(place.text);
        place = cursor.next_word("the rule's line").map_err(|_| expected.to_string())?;
        if !place.is("line") {
            return Err(expected.into());
        }
    }
    cursor.space();
    let digits = cursor.rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(cursor.rest.len());
    let (number, after) = cursor.rest.split_at(digits);
    let (Ok(line), Some(after)) = (number.parse::<u64>(), after.strip_prefix(':')) else {
        return Err(expected.into());
    };
    cursor.rest = after;
    cursor.space();
    Ok(DecidedBy { file, line, rule: cursor.tail()? })
}

/// How one lead differs between the old snapshot and the new verdicts.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A lead only in the new verdicts.
    Added(Entry),
    /// A lead only in the old snapshot.
    Removed(Entry),
    Changed {
        old: Entry,
        new: Entry,
    },
}

/// Every changed lead, sorted by lead.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diff {
    pub changes: Vec<Change>,
    /// Leads in either snapshot (a lead in both counts once).
    pub leads: usize,
    old_counts: IndexMap<String, usize>,
    new_counts: IndexMap<String, usize>,
}

fn sorted(s: &Snapshot) -> Vec<&Entry> {
    let mut entries: Vec<&Entry> = s.entries.iter().collect();
    entries.sort_by(|a, b| a.lead.cmp(&b.lead));
    entries
}

/// Compares the old snapshot with the new one, lead by lead. Leads are matched by key; when a
/// key appears more than once, its first occurrences are matched with each other, and so on.
pub fn diff(old: &Snapshot, new: &Snapshot) -> Diff {
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
    Diff { changes, leads, old_counts: counts(old), new_counts: counts(new) }
}

/// What kind of change a `Changed` is, for grouping.
enum Kind {
    /// The class changed.
    Class,
    /// The class stayed; a score, fit, grade or temperature changed.
    Values,
    /// Only the text of the deciding rule changed (the rule was edited).
    RuleText,
    /// The lead still cannot be read, for another reason.
    ErrorText,
}

fn kind(old: &Reading, new: &Reading) -> Kind {
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

impl Diff {
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

    /// The diff for people: one line per changed lead, then each change of a deciding rule's
    /// text once (with the leads for which nothing else changed), then the summary.
    /// `class_order` orders the class counts (the `classify` block's order); other classes follow.
    pub fn report(&self, class_order: &[String]) -> String {
        let mut out = String::new();
        // (old rule, new rule, location) → (whether a lead line above refers to it, the leads
        // for which only the rule's text changed).
        let mut edited: IndexMap<(String, String, String), (bool, Vec<String>)> = IndexMap::new();
        for change in &self.changes {
            match change {
                Change::Added(e) => {
                    let _ = writeln!(out, "+ {}: new, {}", e.lead.render(), describe(&e.reading));
                }
                Change::Removed(e) => {
                    let was = match &e.reading {
                        Reading::Error(_) => "was an error row".to_string(),
                        r => format!("was {}", r.class()),
                    };
                    let _ = writeln!(out, "- {}: gone ({was})", e.lead.render());
                }
                Change::Changed { old, new } => {
                    let kind = kind(&old.reading, &new.reading);
                    if let (
                        Kind::RuleText | Kind::Values,
                        Reading::Verdict { decided_by: a, .. },
                        Reading::Verdict { decided_by: b, .. },
                    ) = (&kind, &old.reading, &new.reading)
                    {
                        let rule = |d: &Option<DecidedBy>| d.as_ref().map_or("(no rule)".into(), |d| d.rule.clone());
                        if rule(a) != rule(b) {
                            let place = b.as_ref().map_or(String::new(), |d| d.location());
                            let (mentioned, leads) = edited.entry((rule(a), rule(b), place)).or_default();
                            if let Kind::RuleText = kind {
                                leads.push(new.lead.render());
                                continue;
                            }
                            *mentioned = true;
                        }
                    }
                    let _ = writeln!(out, "{}: {}", new.lead.render(), describe_change(&old.reading, &new.reading));
                }
            }
        }
        for ((old_rule, new_rule, place), (mentioned, leads)) in &edited {
            let _ = write!(out, "deciding rule changed ({place}): `{old_rule}` → `{new_rule}`");
            if !leads.is_empty() {
                let more = if *mentioned { "more " } else { "" };
                let n = leads.len();
                let noun = if n == 1 { "lead" } else { "leads" };
                let _ = write!(out, "; for {n} {more}{noun} only this changed: {}", leads.join(", "));
            }
            out.push('\n');
        }
        let _ = writeln!(out, "{}", self.summary());
        if self.moved() > 0 {
            let _ = writeln!(out, "{}", self.class_counts(class_order));
        }
        out
    }

    /// `3 of 20 leads changed: MQL → SQL 2, nurture → MQL 1`, with how many kept their class;
    /// the leads whose deciding rule only changed its text are not changed, and said apart:
    /// `3 leads decided by rules whose text changed; no verdict moved (20 leads)`.
    pub fn summary(&self) -> String {
        let changed = self.moved();
        let rule_text = self.rule_text_only();
        let decided = |n: usize| {
            if n == 1 {
                format!("{n} lead decided by a rule whose text changed")
            } else {
                format!("{n} leads decided by rules whose text changed")
            }
        };
        if changed == 0 && rule_text > 0 {
            return format!("{}; no verdict moved ({})", decided(rule_text), count(self.leads, "lead", "leads"));
        }
        let mut line = format!("{changed} of {} changed", count(self.leads, "lead", "leads"));
        if changed == 0 {
            return line;
        }
        let mut transitions: IndexMap<String, usize> = IndexMap::new();
        let (mut values, mut error_text) = (0, 0);
        for change in &self.changes {
            let step = match change {
                Change::Added(e) => format!("new → {}", e.reading.class()),
                Change::Removed(e) => format!("{} → gone", e.reading.class()),
                Change::Changed { old, new } => match kind(&old.reading, &new.reading) {
                    Kind::Class => format!("{} → {}", old.reading.class(), new.reading.class()),
                    Kind::Values => {
                        values += 1;
                        continue;
                    }
                    Kind::RuleText => continue,
                    Kind::ErrorText => {
                        error_text += 1;
                        continue;
                    }
                },
            };
            *transitions.entry(step).or_default() += 1;
        }
        transitions.sort_by(|_, a, _, b| b.cmp(a));
        let mut parts: Vec<String> = transitions.iter().map(|(step, n)| format!("{step} {n}")).collect();
        if values > 0 {
            parts.push(format!("same class but another score, fit or temperature {values}"));
        }
        if error_text > 0 {
            parts.push(format!("unreadable for another reason {error_text}"));
        }
        let _ = write!(line, ": {}", parts.join(", "));
        if rule_text > 0 {
            let _ = match rule_text {
                1 => write!(line, "; 1 other lead decided by a rule whose text changed kept its verdict"),
                n => write!(line, "; {n} other leads decided by rules whose text changed kept their verdict"),
            };
        }
        line
    }

    /// `classes: disqualified 2, SQL 8 → 10, MQL 3 → 2, nurture 7 → 6`
    pub fn class_counts(&self, class_order: &[String]) -> String {
        let mut classes: Vec<&str> = class_order.iter().map(String::as_str).collect();
        for c in self.old_counts.keys().chain(self.new_counts.keys()) {
            if !classes.contains(&c.as_str()) {
                classes.push(c);
            }
        }
        let parts: Vec<String> = classes
            .iter()
            .filter_map(|c| {
                let old = self.old_counts.get(*c).copied().unwrap_or(0);
                let new = self.new_counts.get(*c).copied().unwrap_or(0);
                match (old, new) {
                    (0, 0) => None,
                    (a, b) if a == b => Some(format!("{c} {a}")),
                    (a, b) => Some(format!("{c} {a} → {b}")),
                }
            })
            .collect();
        format!("classes: {}", parts.join(", "))
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `SQL, score 80, fit 100%, grade A, temperature hot, decided by `SQL when …` (line 72)`
fn describe(reading: &Reading) -> String {
    match reading {
        Reading::Error(reason) => format!("error: {reason}"),
        Reading::Verdict { class, values, decided_by } => {
            let mut parts = vec![class.clone()];
            parts.extend(values.iter().map(|(n, v)| format!("{n} {v}")));
            let mut text = parts.join(", ");
            if let Some(d) = decided_by {
                let _ = write!(text, ", decided by `{}` ({})", d.rule, d.location());
            }
            text
        }
    }
}

/// `MQL → SQL, score 45 → 65, because now decided by `SQL when …` (line 72)`
fn describe_change(old: &Reading, new: &Reading) -> String {
    match (old, new) {
        (Reading::Error(a), Reading::Error(b)) => format!("still cannot be read, now: {b} (was: {a})"),
        (Reading::Verdict { class, .. }, Reading::Error(reason)) => format!("{class} → error: {reason}"),
        (Reading::Error(_), Reading::Verdict { .. }) => format!("error → {}; the lead can be read now", describe(new)),
        (
            Reading::Verdict { class: a, values: va, decided_by: da },
            Reading::Verdict { class: b, values: vb, decided_by: db },
        ) => {
            let mut parts = vec![if a == b { a.clone() } else { format!("{a} → {b}") }];
            let old_value = |name: &str| va.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
            for (name, value) in vb {
                match old_value(name) {
                    Some(was) if was == value => {}
                    Some(was) => parts.push(format!("{name} {was} → {value}")),
                    None => parts.push(format!("{name} none → {value}")),
                }
            }
            for (name, was) in va.iter().filter(|(n, _)| !vb.iter().any(|(m, _)| m == n)) {
                parts.push(format!("{name} {was} → none"));
            }
            let mut text = parts.join(", ");
            let rule = |d: &Option<DecidedBy>| d.as_ref().map(|d| d.rule.clone());
            match db {
                Some(d) if a != b => {
                    let _ = write!(text, ", because now decided by `{}` ({})", d.rule, d.location());
                }
                Some(d) if rule(da) != rule(db) => {
                    let _ = write!(text, ", deciding rule changed ({}, see below)", d.location());
                }
                _ => {}
            }
            text
        }
    }
}

#[cfg(test)]
#[path = "snapshot_tests.rs"]
mod tests;
