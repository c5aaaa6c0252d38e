//! The run summary printed on stderr: how many leads per class, how many could not be read, and
//! how many blank rows and totals rows were skipped (rows in = leads + blank rows + totals rows).

use crate::input::error::{Joint, joined};
use crate::message::Message;
use crate::msg;
use indexmap::IndexMap;
use std::fmt;

/// What a run did, in counts: leads per class, error rows, blank rows skipped (the line a
/// command writes to stderr at the end).
#[derive(Debug, Default)]
pub struct Summary {
    /// Class name → number of leads, in the order of the `classify` block.
    pub per_class: IndexMap<String, u64>,
    /// Input record numbers of the error rows: leads that could not be read, or whose
    /// arithmetic gave no finite number.
    pub error_rows: Vec<u64>,
    /// Those of `error_rows` that were read but could not be computed (an overflow).
    pub uncomputable_rows: Vec<u64>,
    /// Blank records of the input (every cell empty) that were skipped: they are not leads.
    pub blank_rows: u64,
    /// Totals rows of a report (`Итого;;;;12 500 000`) that were skipped: they are not leads.
    pub totals: crate::input::TotalsRows,
}

impl Summary {
    /// A summary with no lead counted yet, every class at 0 in `class_names` order.
    pub fn new(class_names: &[String]) -> Self {
        Summary {
            per_class: class_names.iter().map(|c| (c.clone(), 0)).collect(),
            error_rows: Vec::new(),
            uncomputable_rows: Vec::new(),
            blank_rows: 0,
            totals: Default::default(),
        }
    }

    /// Counts one lead of `class`.
    pub fn count(&mut self, class: &str) {
        *self.per_class.entry(class.to_string()).or_default() += 1;
    }

    /// How many leads were counted, error rows included (blank rows are not leads).
    pub fn leads(&self) -> u64 {
        self.per_class.values().sum::<u64>() + self.error_rows.len() as u64
    }
}

impl Summary {
    /// The summary line, to be said in the chosen language: `20 leads: SQL 8, MQL 3; no errors`.
    pub fn message(&self) -> Message {
        let classes = self.per_class.iter().map(|(c, n)| msg!("output-summary-class", class = c, count = *n));
        let leads = self.leads();
        let mut parts = vec![msg!("output-summary-leads", count = leads, classes = joined(classes, Joint::Comma))];
        if self.error_rows.is_empty() {
            parts.push(msg!("output-summary-no-errors"));
        }
        // Both lists are in input order: one walk takes the uncomputable rows out.
        let mut uncomputable = self.uncomputable_rows.iter().peekable();
        let unread: Vec<u64> = self
            .error_rows
            .iter()
            .copied()
            .filter(|r| {
                while uncomputable.next_if(|u| **u < *r).is_some() {}
                uncomputable.next_if(|u| **u == *r).is_none()
            })
            .collect();
        for (rows, unread) in [(&unread, true), (&self.uncomputable_rows, false)] {
            if rows.is_empty() {
                continue;
            }
            let n = rows.len();
            let list = rows.iter().take(10).map(u64::to_string).collect::<Vec<_>>().join(", ");
            let rows = if n > 10 {
                msg!("output-summary-rows-more", list = list, more = n - 10)
            } else {
                msg!("output-summary-rows", count = n, list = list)
            };
            parts.push(match unread {
                true => msg!("output-summary-unread", count = n, rows = rows),
                false => msg!("output-summary-uncomputable", count = n, rows = rows),
            });
        }
        if self.blank_rows > 0 {
            parts.push(msg!("output-summary-blank", count = self.blank_rows));
        }
        if self.totals.count > 0 {
            parts.push(msg!("output-summary-totals", count = self.totals.count));
        }
        let mut parts = parts.into_iter();
        let first = parts.next().unwrap_or_else(|| msg!("output-summary-no-errors"));
        parts.fold(first, |so_far, part| msg!("input-join-semicolon", first = so_far, second = part))
    }
}

impl fmt::Display for Summary {
    /// In English (see [`Summary::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_rows_are_counted_with_the_right_plural() {
        let mut summary = Summary::new(&["SQL".to_string()]);
        summary.count("SQL");
        assert_eq!(summary.to_string(), "1 lead: SQL 1; no errors");
        summary.blank_rows = 1;
        assert_eq!(summary.to_string(), "1 lead: SQL 1; no errors; 1 empty row skipped");
        summary.blank_rows = 2;
        summary.error_rows.push(2);
        assert_eq!(summary.to_string(), "2 leads: SQL 1; 1 could not be read (row 2); 2 empty rows skipped");
    }

    #[test]
    fn leads_that_could_not_be_computed_are_told_apart() {
        let mut summary = Summary::new(&["SQL".to_string()]);
        summary.error_rows.extend([2, 3, 5]);
        summary.uncomputable_rows.push(5);
        assert_eq!(
            summary.to_string(),
            "3 leads: SQL 0; 2 could not be read (rows 2, 3); 1 could not be computed (row 5)"
        );
    }

    #[test]
    fn the_summary_says_russian_plural_forms() {
        use crate::locale::Lang;
        let said = |leads: u64, errors: &[u64], blank: u64| {
            let mut summary = Summary::new(&["SQL".to_string(), "MQL".to_string()]);
            for _ in 0..leads - errors.len() as u64 {
                summary.count("SQL");
            }
            summary.error_rows.extend(errors);
            summary.blank_rows = blank;
            Lang::Ru.text(&summary.message())
        };
        assert_eq!(said(1, &[], 0), "1 лид: SQL 1, MQL 0; ошибок нет");
        assert_eq!(said(2, &[], 1), "2 лида: SQL 2, MQL 0; ошибок нет; пропущена 1 пустая строка");
        assert_eq!(
            said(5, &[3], 2),
            "5 лидов: SQL 4, MQL 0; 1 лид не удалось прочитать (строка 3); пропущены 2 пустые строки"
        );
        assert_eq!(
            said(21, &[2, 4], 5),
            "21 лид: SQL 19, MQL 0; 2 лида не удалось прочитать (строки 2, 4); пропущено 5 пустых строк"
        );
        assert_eq!(said(11, &[], 21), "11 лидов: SQL 11, MQL 0; ошибок нет; пропущена 21 пустая строка");
        let many: Vec<u64> = (1..=12).collect();
        assert_eq!(
            said(12_345, &many, 0),
            "12 345 лидов: SQL 12 333, MQL 0; 12 лидов не удалось прочитать (строки 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 и ещё 2)"
        );
        let mut summary = Summary::new(&["SQL".to_string()]);
        summary.error_rows.extend([2, 3, 5]);
        summary.uncomputable_rows.push(5);
        assert_eq!(
            Lang::Ru.text(&summary.message()),
            "3 лида: SQL 0; 2 лида не удалось прочитать (строки 2, 3); для 1 лида не удалось вычислить результат (строка 5)"
        );
        assert_eq!(Lang::En.text(&summary.message()), summary.to_string());
    }
}
