//! The verdict row: one stable list of columns per rule set, and the cells of one lead.
//!
//! Column names are part of the public interface (documented in `docs/qualify.md`):
//! `row, id, class, decided_by, score, score_<name>..., fit, grade, fit_<profile>...,
//! grade_<profile>..., temperature, respond_within, respond_by, <framework>,
//! <framework>.<criterion>..., failed_gates, unknown, questions, probability, deal_size,
//! priority, flags, playbook, error`. Blocks a definition does not have add no columns.

use crate::compile::program::RuleSet;
use crate::eval::Verdict;
use crate::eval::grade;
use crate::eval::value_text::format_value;
use crate::locale::Lang;
use crate::show::{self, ENGLISH};
use crate::value::{Truth, Value, civil_datetime};
use std::borrow::Cow;

/// Grades as text, so a cell can borrow them.
const GRADES: [&str; 5] = ["A", "B", "C", "D", "F"];

fn grade_index(g: char) -> usize {
    "ABCDF".find(g).unwrap_or(4)
}

/// One output cell, typed so JSON keeps numbers as numbers. Text that the rules already hold
/// (class names, rule labels, playbooks, yes/no/unknown) is borrowed, not copied per lead.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    /// Nothing to say: an empty cell, `null` in JSON.
    Empty,
    /// Text.
    Text(Cow<'a, str>),
    /// A number, written as `show` writes numbers in text and as a number in JSON.
    Number(f64),
}

impl Cell<'_> {
    /// The cell as CSV and the table write it.
    pub fn to_text(&self) -> Cow<'_, str> {
        match self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(t) => Cow::Borrowed(t),
            Cell::Number(n) => Cow::Owned(ENGLISH.number(*n)),
        }
    }

    /// The cell as a JSON value.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Cell::Empty => serde_json::Value::Null,
            Cell::Text(t) => serde_json::Value::String(t.to_string()),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => serde_json::Value::from(*n as i64),
            Cell::Number(n) => serde_json::Number::from_f64((n * 100.0).round() / 100.0)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
        }
    }
}

/// The column names for a rule set, in output order.
pub fn column_names(rules: &RuleSet) -> Vec<String> {
    let mut names: Vec<String> = vec!["row".into(), "id".into(), "class".into(), "decided_by".into()];
    for score in &rules.scores {
        names.push(match &score.name {
            None => "score".into(),
            Some(n) => format!("score_{n}"),
        });
    }
    for (i, p) in rules.profiles.iter().enumerate() {
        if i == 0 {
            names.extend(["fit".into(), "grade".into()]);
        } else {
            names.extend([format!("fit_{}", p.name), format!("grade_{}", p.name)]);
        }
    }
    if rules.temperature.is_some() {
        names.extend(["temperature".into(), "respond_within".into(), "respond_by".into()]);
    }
    for fw in &rules.frameworks {
        names.push(fw.name.clone());
        names.extend(fw.criteria.iter().map(|c| format!("{}.{}", fw.name, c.name)));
    }
    if !rules.gates.is_empty() {
        names.push("failed_gates".into());
    }
    names.extend(["unknown".into(), "questions".into()]);
    if let Some(deal) = &rules.deal {
        if !deal.criteria.is_empty() {
            names.push("probability".into());
        }
        if deal.size.is_some() {
            names.push("deal_size".into());
        }
        if deal.size.is_some() && !deal.criteria.is_empty() {
            names.push("priority".into());
        }
    }
    if !rules.flags.is_empty() {
        names.push("flags".into());
    }
    names.extend(["playbook".into(), "error".into()]);
    names
}

/// Where a lead came from: its record number in the input and its key.
pub struct LeadRef<'a> {
    /// The lead's record number in the input.
    pub row: u64,
    /// The lead's key (its id column), when it has one.
    pub id: Option<&'a str>,
}

/// Builds verdict rows. The text that is the same for every lead (class names, rule labels,
/// playbooks, deadlines) is borrowed from the rules or made once; the text that is not (the
/// respond-by time, failed gates, unknown fields) is written into buffers reused from row to
/// row, so a row costs one allocation, its list of cells.
pub struct RowRenderer<'r> {
    rules: &'r RuleSet,
    texts: RowTexts,
    respond_by: String,
    failed: String,
    unknown: String,
    flags: String,
}

/// The texts every verdict row of a definition shares, in one language, made once: a renderer
/// makes them, and a service keeps them from request to request ([`RowRenderer::with_texts`]).
/// They belong to the rules they were made for.
pub struct RowTexts {
    lang: Lang,
    /// Each temperature rule's deadline as text, in the language of the output: `15 minutes`.
    deadlines: Vec<Option<String>>,
    /// Each class rule's `decided_by`, in the language of the output: `line 52: SQL when ...`.
    labels: Vec<String>,
}

impl RowTexts {
    /// The texts of `rules`' rows in `lang`.
    pub fn new(rules: &RuleSet, lang: Lang) -> Self {
        let deadlines = rules
            .temperature
            .iter()
            .flat_map(|t| &t.rules)
            .map(|r| r.respond_within.map(|w| lang.text(&show::duration(w))))
            .collect();
        let labels = rules.class_rule_labels.iter().map(|label| label.text(lang)).collect();
        RowTexts { lang, deadlines, labels }
    }

    /// The language they are written in.
    pub fn lang(&self) -> Lang {
        self.lang
    }
}

impl<'r> RowRenderer<'r> {
    /// A renderer of rows for `rules`, with the text shared by every row made once, in `lang`.
    pub fn new(rules: &'r RuleSet, lang: Lang) -> Self {
        RowRenderer::with_texts(rules, RowTexts::new(rules, lang))
    }

    /// A renderer of rows for `rules` with their shared `texts` (made for the same rules).
    pub fn with_texts(rules: &'r RuleSet, texts: RowTexts) -> Self {
        RowRenderer {
            rules,
            texts,
            respond_by: String::new(),
            failed: String::new(),
            unknown: String::new(),
            flags: String::new(),
        }
    }

    /// Its shared texts, to make another renderer for the same rules with.
    pub fn into_texts(self) -> RowTexts {
        self.texts
    }

    /// The cells of a lead's verdict, in `column_names` order; `questions` is the line that
    /// describes its discovery questions (`Asked::text`).
    pub fn verdict<'s>(
        &'s mut self,
        lead_ref: &LeadRef<'s>,
        lead: &[Value],
        verdict: &Verdict,
        questions: &'s str,
    ) -> Vec<Cell<'s>>
    where
        'r: 's,
    {
        let rules: &'s RuleSet = self.rules;
        let text = |s: &'s str| Cell::Text(Cow::Borrowed(s));
        let nonempty = |s: &'s str| if s.is_empty() { Cell::Empty } else { text(s) };
        let class_rule = rules.classes.get(verdict.class_rule);
        let mut cells = Vec::with_capacity(32);
        cells.extend([
            Cell::Number(lead_ref.row as f64),
            lead_ref.id.map_or(Cell::Empty, text),
            text(rules.class_name(verdict.class_rule)),
            self.texts.labels.get(verdict.class_rule.index()).map_or(Cell::Empty, |label| text(label)),
        ]);
        cells.extend(verdict.scores.iter().map(|s| Cell::Number(s.total)));
        for p in &verdict.profiles {
            cells.push(Cell::Number(p.fit * 100.0));
            cells.push(text(GRADES[grade_index(grade(p.fit))]));
        }
        self.respond_by.clear();
        if let Some(by) = verdict.respond_by.and_then(civil_datetime) {
            show::write_minute(&mut self.respond_by, &by);
        }
        if let Some(t) = &rules.temperature {
            match verdict.temperature_rule {
                Some(i) => {
                    cells.push(text(&t.names[t.rules[i].name.index()]));
                    cells
                        .push(self.texts.deadlines.get(i.index()).and_then(Option::as_deref).map_or(Cell::Empty, text));
                    cells.push(nonempty(&self.respond_by));
                }
                None => cells.extend([Cell::Empty, Cell::Empty, Cell::Empty]),
            }
        }
        for (i, result) in verdict.frameworks.iter().enumerate() {
            cells.push(text(result.passes.word()));
            cells.extend(verdict.criteria(i).iter().map(|t| text(t.word())));
        }
        if !rules.gates.is_empty() {
            self.failed.clear();
            for (gate, _) in rules.gates.iter().zip(verdict.gates()).filter(|(_, t)| **t == Truth::False) {
                if !self.failed.is_empty() {
                    self.failed.push_str("; ");
                }
                self.failed.push_str(&gate.reason);
            }
            cells.push(nonempty(&self.failed));
        }
        self.unknown.clear();
        for (slot, field) in rules.schema.fields.iter().enumerate().filter(|(s, f)| f.used && !lead[*s].is_known()) {
            if !self.unknown.is_empty() {
                self.unknown.push_str(", ");
            }
            match lead[slot].placeholder() {
                Some(_) => self.unknown.push_str(&crate::eval::explain::unknown_field(&field.name, &lead[slot])),
                None => self.unknown.push_str(&field.name),
            }
        }
        cells.push(nonempty(&self.unknown));
        cells.push(nonempty(questions));
        if let Some(deal) = &rules.deal {
            let result = verdict.deal.as_ref();
            if !deal.criteria.is_empty() {
                cells.push(result.and_then(|d| d.probability).map_or(Cell::Empty, |p| Cell::Number(p * 100.0)));
            }
            if deal.size.is_some() {
                cells.push(result.and_then(|d| d.size).map_or(Cell::Empty, Cell::Number));
            }
            if deal.size.is_some() && !deal.criteria.is_empty() {
                cells.push(result.and_then(|d| d.priority).map_or(Cell::Empty, Cell::Number));
            }
        }
        if !rules.flags.is_empty() {
            self.flags.clear();
            for flag in verdict.raised_flags(rules) {
                if !self.flags.is_empty() {
                    self.flags.push_str("; ");
                }
                self.flags.push_str(flag);
            }
            cells.push(nonempty(&self.flags));
        }
        cells.push(class_rule.and_then(|r| r.playbook.as_deref()).map_or(Cell::Empty, text));
        cells.push(Cell::Empty);
        cells
    }
}

/// The cells of a lead that could not be read: class `error` and the reason.
pub fn error_cells<'a>(rules: &RuleSet, lead_ref: &LeadRef<'a>, reason: &str) -> Vec<Cell<'a>> {
    let width = column_names(rules).len();
    let mut cells = vec![Cell::Empty; width];
    cells[0] = Cell::Number(lead_ref.row as f64);
    cells[1] = lead_ref.id.map_or(Cell::Empty, |s| Cell::Text(Cow::Borrowed(s)));
    cells[2] = Cell::Text(Cow::Borrowed("error"));
    cells[width - 1] = Cell::Text(Cow::Owned(reason.to_string()));
    cells
}

/// A field's value for display in tables (re-exported for the commands).
pub fn display_value(rules: &RuleSet, slot: usize, value: &Value) -> String {
    format_value(rules, slot, value)
}
