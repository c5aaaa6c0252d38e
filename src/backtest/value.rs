//! Value-weighted figures of a backtest: how much the won deals of each class were worth, each
//! class's share of the won value beside its share of the won deals, and the average won deal.
//! The value is a column of the history (`--value COLUMN`, read as the reader reads money:
//! `1 000 000,50`, `$1,500`, `250 000 руб.`) or, without one, the definition's deal size
//! (`deal { size ... }`). A value that cannot be read is never taken for zero: the lead is
//! counted among the unreadable values, named in the report, and left out of the value figures
//! (its deal still counts in every other figure).

use super::stats::DealOutcome;
use crate::compile::RuleSet;
use crate::schema::{DecimalMark, FieldKind, FieldSpec, Schema};
use crate::value::Value;
use serde::Serialize;

/// How many of the values that could not be read are named in the report.
const UNREADABLE_SHOWN: usize = 5;

/// Where a lead's value is read.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueSource {
    /// A field of the reading schema: declared by the rules, or a column added for `--value`.
    Slot {
        slot: usize,
        /// The column or field as the user named it.
        name: String,
    },
    /// The deal size the definition computes (`deal { size ... }`).
    DealSize,
}

impl ValueSource {
    /// The source of the values: `--value NAME` (a field of the rules, else a column of the
    /// history, added to `schema` as text to be read as money), else the definition's deal size
    /// when it has one, else none.
    pub fn resolve(rules: &RuleSet, schema: &mut Schema, column: Option<&str>) -> Option<ValueSource> {
        let Some(name) = column else {
            return rules.deal.as_ref().and_then(|d| d.size).map(|_| ValueSource::DealSize);
        };
        let slot = match schema.slot_of(name) {
            Some(slot) => slot,
            None => {
                schema.fields.push(FieldSpec {
                    name: format!("({name})"),
                    kind: FieldKind::Text,
                    columns: vec![name.to_string()],
                    used: true,
                    decimal_mark: None,
                    unknown_when: Vec::new(),
                });
                schema.fields.len() - 1
            }
        };
        schema.fields[slot].used = true;
        Some(ValueSource::Slot { slot, name: name.to_string() })
    }

    /// What `source` in the report says: the column, or `deal.size`.
    pub fn name(&self) -> String {
        match self {
            ValueSource::Slot { name, .. } => name.clone(),
            ValueSource::DealSize => DEAL_SIZE.into(),
        }
    }
}

/// How the report names the definition's deal size as the source of the values.
pub const DEAL_SIZE: &str = "deal.size";

/// One lead's value.
#[derive(Clone, Debug, PartialEq)]
pub enum LeadValue {
    Amount(f64),
    /// Blank, unknown or a placeholder: the lead has no value.
    Missing,
    /// A cell that is not an amount of money, as written.
    Unreadable(String),
}

impl LeadValue {
    /// The value of a cell as the reader gives it: a number as it is, a text read as money.
    /// `mark` is the column's decimal mark as its cells so far have shown it (the reader's rule:
    /// `1,500` reads as 1500 only once another cell such as `2,000.50` has shown the point); it
    /// learns from this cell.
    pub fn of(value: &Value, mark: &mut Option<DecimalMark>) -> LeadValue {
        match value {
            Value::Number(n) if n.is_finite() => LeadValue::Amount(*n),
            Value::Text(t) if t.trim().is_empty() => LeadValue::Missing,
            Value::Text(t) => {
                if mark.is_none() {
                    *mark = crate::input::values::decimal_mark_shown(t);
                }
                match crate::input::values::read_money(t, *mark) {
                    Ok(n) if n.is_finite() => LeadValue::Amount(n),
                    _ => LeadValue::Unreadable(t.trim().to_string()),
                }
            }
            Value::Unknown | Value::Placeholder(_) => LeadValue::Missing,
            other => LeadValue::Unreadable(format!("{other:?}")),
        }
    }

    /// A computed deal size: known or not.
    pub fn of_size(size: Option<f64>) -> LeadValue {
        size.filter(|s| s.is_finite()).map_or(LeadValue::Missing, LeadValue::Amount)
    }
}

/// The won value of one group of leads.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ValueTally {
    /// Won deals, those with a value, and the sum of their values.
    pub won: u64,
    pub won_with_value: u64,
    pub won_value: f64,
}

impl ValueTally {
    pub fn add(&mut self, outcome: DealOutcome, value: &LeadValue) {
        if outcome != DealOutcome::Won {
            return;
        }
        self.won += 1;
        if let LeadValue::Amount(v) = value {
            self.won_with_value += 1;
            self.won_value += v;
        }
    }

    /// The group's figures, with its shares of `all`'s won deals and won value.
    pub fn group(&self, name: &str, all: &ValueTally) -> ValueGroup {
        let share = |part: f64, whole: f64| (whole > 0.0).then(|| part / whole);
        ValueGroup {
            name: name.to_string(),
            won: self.won,
            won_share: share(self.won as f64, all.won as f64),
            won_value: self.won_value,
            value_share: share(self.won_value, all.won_value),
            average_won: (self.won_with_value > 0).then(|| self.won_value / self.won_with_value as f64),
            won_without_value: self.won - self.won_with_value,
        }
    }
}

/// The won value of a group (a class, the sales classes, all leads).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ValueGroup {
    pub name: String,
    /// Won deals, and their share of all won deals (0..=1).
    pub won: u64,
    pub won_share: Option<f64>,
    /// The sum of the won deals' values, and its share of all won value (0..=1).
    pub won_value: f64,
    pub value_share: Option<f64>,
    /// The won value over the won deals that have a value.
    pub average_won: Option<f64>,
    /// Won deals whose value is blank or could not be read: left out of the sums.
    pub won_without_value: u64,
}

/// A value that could not be read: the row and the cell as written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnreadableValue {
    pub row: u64,
    pub text: String,
}

/// The value-weighted figures of a backtest.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ValueFigures {
    /// The column (as `--value` named it) or `deal.size`.
    pub source: String,
    /// Every judged lead's won value together.
    pub overall: ValueGroup,
    /// The classes handed to sales together.
    pub sales: ValueGroup,
    pub by_class: Vec<ValueGroup>,
    /// Judged leads whose value could not be read, and the first few of them.
    pub unreadable: u64,
    pub unreadable_rows: Vec<UnreadableValue>,
    /// Judged leads without a value (blank, unknown).
    pub missing: u64,
}

/// The value figures, gathered lead by lead as the history is judged.
#[derive(Clone, Debug)]
pub struct ValueCounts {
    source: String,
    overall: ValueTally,
    sales: ValueTally,
    by_class: Vec<ValueTally>,
    unreadable: u64,
    unreadable_rows: Vec<UnreadableValue>,
    missing: u64,
}

impl ValueCounts {
    /// Counts for `classes` classes, the values read from `source`.
    pub fn new(source: &ValueSource, classes: usize) -> ValueCounts {
        ValueCounts {
            source: source.name(),
            overall: ValueTally::default(),
            sales: ValueTally::default(),
            by_class: vec![ValueTally::default(); classes],
            unreadable: 0,
            unreadable_rows: Vec::new(),
            missing: 0,
        }
    }

    /// Counts a judged lead of class `class` (an index into the class names), handed to sales
    /// or not, of record `row`.
    pub fn add(&mut self, row: u64, class: Option<usize>, sales: bool, outcome: DealOutcome, value: &LeadValue) {
        match value {
            LeadValue::Unreadable(text) => {
                self.unreadable += 1;
                if self.unreadable_rows.len() < UNREADABLE_SHOWN {
                    self.unreadable_rows.push(UnreadableValue { row, text: text.clone() });
                }
            }
            LeadValue::Missing => self.missing += 1,
            LeadValue::Amount(_) => {}
        }
        self.overall.add(outcome, value);
        if sales {
            self.sales.add(outcome, value);
        }
        if let Some(tally) = class.and_then(|c| self.by_class.get_mut(c)) {
            tally.add(outcome, value);
        }
    }

    /// The figures, with the class names in classify order.
    pub fn finish(self, class_names: &[String], sales_name: &str) -> ValueFigures {
        let all = self.overall;
        ValueFigures {
            source: self.source,
            overall: all.group(super::run::ALL_LEADS, &all),
            sales: self.sales.group(sales_name, &all),
            by_class: class_names.iter().zip(&self.by_class).map(|(n, t)| t.group(n, &all)).collect(),
            unreadable: self.unreadable,
            unreadable_rows: self.unreadable_rows,
            missing: self.missing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_value_is_read_as_money_and_never_taken_for_zero() {
        let of = |text: &str, mark: &mut Option<DecimalMark>| LeadValue::of(&Value::Text(text.into()), mark);
        let mut mark = None;
        assert_eq!(of("1 000 000,50", &mut mark), LeadValue::Amount(1_000_000.5));
        assert_eq!(of(" ", &mut None), LeadValue::Missing);
        assert_eq!(of("n/a", &mut None), LeadValue::Unreadable("n/a".into()));
        assert_eq!(LeadValue::of(&Value::Number(12.5), &mut None), LeadValue::Amount(12.5));
        // `$1,500` reads two ways: not read until the column shows its decimal mark, as the
        // reader does.
        let mut mark = None;
        assert_eq!(of("$1,500", &mut mark), LeadValue::Unreadable("$1,500".into()));
        assert_eq!(of("$2,000.50", &mut mark), LeadValue::Amount(2000.5));
        assert_eq!(of("$1,500", &mut mark), LeadValue::Amount(1500.0));
        assert_eq!(LeadValue::of_size(None), LeadValue::Missing);
    }

    proptest! {
        /// The classes' won values add up to the overall won value, their shares to one, and
        /// an unreadable or missing value adds nothing but is counted.
        #[test]
        fn the_classes_add_up(leads in proptest::collection::vec((0usize..3, 0u8..3, proptest::option::of(0u32..100_000), any::<bool>()), 1..200)) {
            let mut counts = ValueCounts::new(&ValueSource::DealSize, 3);
            let (mut won_value, mut unreadable) = (0.0, 0);
            for (i, (class, outcome, value, garbled)) in leads.iter().enumerate() {
                let outcome = [DealOutcome::Won, DealOutcome::Lost, DealOutcome::Open][*outcome as usize];
                let value = match (value, garbled) {
                    (Some(v), false) => LeadValue::Amount(f64::from(*v)),
                    (Some(_), true) => { unreadable += 1; LeadValue::Unreadable("?".into()) }
                    (None, _) => LeadValue::Missing,
                };
                if let (DealOutcome::Won, LeadValue::Amount(v)) = (outcome, &value) { won_value += v; }
                counts.add(i as u64 + 1, Some(*class), *class == 0, outcome, &value);
            }
            let names: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
            let f = counts.finish(&names, "a");
            prop_assert_eq!(f.overall.won_value, won_value);
            prop_assert_eq!(f.unreadable, unreadable);
            let sum: f64 = f.by_class.iter().map(|g| g.won_value).sum();
            prop_assert!((sum - won_value).abs() < 1e-6);
            if won_value > 0.0 {
                let shares: f64 = f.by_class.iter().filter_map(|g| g.value_share).sum();
                prop_assert!((shares - 1.0).abs() < 1e-9);
            }
            prop_assert_eq!(&f.sales.won_value, &f.by_class[0].won_value);
        }
    }
}
