//! Recognising the totals row of a report export (`Итого;;;;12 500 000`, `Всего:;…`, `Total`,
//! `ИТОГО по отделу`): a row that sums the leads above it is no lead, so it is not judged; it is
//! counted apart (rows in = leads + blank rows + totals rows) and named in a warning.
//!
//! The rule, the same for CSV, workbooks and web pages' tables, holds only for a row that
//! looks like nothing but a sum:
//!
//! 1. its first filled cell is a totals label: `итого`, `итог`, `всего`, `total`, `totals`,
//!    `grand total`, `subtotal` (any case), alone, followed by `:`, or by a qualifier that reads
//!    as one (`Итого по менеджеру`, `Всего лидов: 45`, `Total for November`), but not by a
//!    name (`Total Oil` is a company); or its first filled cell is a count (`45`, a whole
//!    number with no leading zero) and the next filled cell is such a label (`45;Итого;…`,
//!    a report that counts its leads in its first column);
//! 2. every other filled cell is a number, an amount (`12 500 000,00 руб.`, `45 шт`, `$ 1 200`)
//!    or a dash: a count or a sum, no word a lead would have;
//! 3. the key column (when the rules have one) is empty or is the label's own cell, or the
//!    count's: a row with an ID of its own is a lead, whatever its name.
//!
//! JSON records are judged by the same rule, their values (`null` as an empty cell, numbers as
//! written) taken as the cells in the order written: `{"Название": "Итого", "Бюджет": 12345}`
//! at the end of an export is a totals row.

use crate::message::Message;
use crate::msg;

/// The words a totals row starts with, lower-case.
const LABELS: &[&str] = &["grand total", "subtotal", "sub-total", "totals", "total", "итого", "итог", "всего"];

/// Words that may follow a label in a totals row's label (`Итого по отделу`, `Total for Q4`,
/// `Всего лидов`); any other word after the label makes it a name (`Total Oil`).
const QUALIFIERS: &[&str] = &[
    "по",
    "за",
    "в",
    "на",
    "с",
    "лидов",
    "сделок",
    "строк",
    "записей",
    "сумма",
    "сумм",
    "количество",
    "кол-во",
    "for",
    "of",
    "in",
    "by",
    "leads",
    "deals",
    "rows",
    "records",
    "sum",
    "amount",
    "count",
];

/// The most letters an amount's unit may have (`руб.`, `шт`, `млн`, `usd`).
const UNIT_LETTERS: usize = 4;

/// Whether `text` (one cell, as written) is a totals label.
pub(crate) fn is_label(text: &str) -> bool {
    let folded = text.trim().trim_end_matches([':', '.', ' ', '\u{a0}']).to_lowercase();
    LABELS.iter().any(|label| match folded.strip_prefix(label) {
        Some("") => true,
        Some(rest) => {
            let rest = rest.trim_start_matches([' ', '\u{a0}']);
            let spaced = rest.len() < folded.len() - label.len();
            rest.starts_with([':', '('])
                || rest.starts_with(|c: char| c.is_ascii_digit())
                || (spaced && rest.starts_with(['-', '—', '–']))
                || (spaced
                    && QUALIFIERS.iter().any(|q| {
                        rest.strip_prefix(q)
                            .is_some_and(|after| after.is_empty() || after.starts_with([' ', ':', '\u{a0}']))
                    }))
        }
        None => false,
    })
}

/// Whether a filled cell other than the label can stand in a totals row: a number or an amount
/// (letters only as a short unit after the last digit), or only punctuation (a dash).
pub(crate) fn is_amount(text: &str) -> bool {
    let text = text.trim();
    let last_digit = text.rfind(|c: char| c.is_ascii_digit());
    let (before, unit) = match last_digit {
        Some(at) => text.split_at(at),
        None => ("", text),
    };
    !before.chars().any(char::is_alphabetic)
        && unit.chars().filter(|c| c.is_alphabetic()).count() <= UNIT_LETTERS
        && (last_digit.is_some() || !unit.chars().any(char::is_alphabetic))
}

/// Whether `text` may be a totals label, by its first letter alone (no label starts otherwise):
/// a test that costs nothing before [`is_label`], which folds the text.
pub(crate) fn may_be_label(text: &str) -> bool {
    matches!(text.trim_start().chars().next(), Some('t' | 'T' | 's' | 'S' | 'g' | 'G' | 'и' | 'И' | 'в' | 'В'))
}

/// Whether `text` is a count a totals row may give before its label (`45;Итого;…`): a whole
/// number, its digits maybe grouped by spaces, with no leading zero (`007` is an ID).
pub(crate) fn is_count(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(|c: char| c.is_ascii_digit())
        && text.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        && (!text.starts_with('0') || text == "0")
}

/// The label of the row whose cells are `cells` (as written, in column order) when it is a
/// totals row (see the module's rule); `key` is the key column's index, when bound.
pub(crate) fn totals_label<S: AsRef<str>>(cells: &[S], key: Option<usize>) -> Option<String> {
    let filled: Vec<usize> = (0..cells.len()).filter(|at| !cells[*at].as_ref().trim().is_empty()).collect();
    let (count, at) = match filled.as_slice() {
        [first, ..] if is_label(cells[*first].as_ref()) => (None, *first),
        [first, second, ..] if is_count(cells[*first].as_ref()) && is_label(cells[*second].as_ref()) => {
            (Some(*first), *second)
        }
        _ => return None,
    };
    if key.is_some_and(|key| {
        key != at && Some(key) != count && cells.get(key).is_some_and(|c| !c.as_ref().trim().is_empty())
    }) {
        return None;
    }
    let label = cells[at].as_ref().trim();
    filled
        .iter()
        .filter(|other| **other != at && Some(**other) != count)
        .all(|other| is_amount(cells[*other].as_ref()))
        .then(|| label.to_string())
}

/// How many places a warning names before "and N more".
const NAMED: usize = 5;

/// The totals rows met while reading an input: how many, and the first few's places and labels.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TotalsRows {
    /// The input's name, for the warning.
    pub name: String,
    /// How many totals rows were skipped.
    pub count: u64,
    /// The first ones' line (or sheet row) and label, as written.
    pub first: Vec<(u64, String)>,
    /// Whether the places are a sheet's rows (else lines of text).
    pub in_sheet: bool,
}

impl TotalsRows {
    /// None met yet in the input `name`.
    pub(crate) fn new(name: &str, in_sheet: bool) -> TotalsRows {
        TotalsRows { name: name.to_string(), in_sheet, ..TotalsRows::default() }
    }

    /// Counts the totals row at `place` with `label`.
    pub(crate) fn add(&mut self, place: u64, label: String) {
        self.count += 1;
        if self.first.len() < NAMED {
            self.first.push((place, label));
        }
    }

    /// The warning naming them (`report.csv: line 42 is a totals row ("Итого"), not a lead...`),
    /// or `None` when there were none.
    pub fn warning(&self) -> Option<Message> {
        let (_, label) = self.first.first()?;
        let places = self.first.iter().map(|(place, _)| place.to_string()).collect::<Vec<_>>().join(", ");
        let more = self.count.saturating_sub(self.first.len() as u64);
        let places = match more {
            0 => msg!("input-totals-places", places = places),
            more => msg!("input-totals-places-more", places = places, more = more),
        };
        Some(msg!(
            "input-warn-totals-rows",
            name = super::error::file_name(&self.name),
            alone = if self.count == 1 { "yes" } else { "no" },
            workbook = if self.in_sheet { "yes" } else { "no" },
            places = places,
            label = super::error::shorten(label)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_of_totals_rows() {
        for label in [
            "Итого",
            "ИТОГО:",
            " итого ",
            "Всего:",
            "Итог",
            "Total",
            "TOTAL:",
            "Grand total",
            "Totals",
            "Итого по отделу продаж",
            "Итого за ноябрь",
            "Всего лидов: 45",
            "Итого: 12 500 000",
            "Total for November",
            "Subtotal (Иванов)",
        ] {
            assert!(is_label(label), "{label}");
        }
        for name in ["Total Oil", "TotalEnergies", "Итоговая выставка", "Всеволод", "ООО Итого", "Всего хорошего", ""]
        {
            assert!(!is_label(name), "{name}");
        }
    }

    #[test]
    fn amounts_and_words() {
        for amount in ["12 500 000", "12\u{a0}500\u{a0}000,00 руб.", "45 шт", "$ 1 200", "-", "—", "100%", "01.12.2026"]
        {
            assert!(is_amount(amount), "{amount}");
        }
        for word in ["ИТ", "Москва", "L-0021", "да", "менеджер", "сорок"] {
            assert!(!is_amount(word), "{word}");
        }
    }

    #[test]
    fn a_totals_row_is_a_label_and_sums_with_no_key_of_its_own() {
        assert_eq!(totals_label(&["Итого", "", "", "", "12 500 000"], Some(0)), Some("Итого".to_string()));
        assert_eq!(totals_label(&["", "", "Всего:", "", "45", "12 500 000"], Some(0)), Some("Всего:".to_string()));
        assert_eq!(totals_label(&["ИТОГО", "", ""], None), Some("ИТОГО".to_string()));
        // A lead named so, with an ID or words of its own, is a lead.
        assert_eq!(totals_label(&["Total", "L-7", "250"], Some(1)), None);
        assert_eq!(totals_label(&["Итого", "", "ИТ", "250"], Some(1)), None);
        assert_eq!(totals_label(&["Total Oil", "", "250"], None), None);
        assert_eq!(totals_label(&["L-1", "Итого", "250"], Some(0)), None);
    }

    #[test]
    fn a_count_before_the_label_is_a_totals_row() {
        assert_eq!(totals_label(&["45", "Итого", "", "12 500 000"], Some(0)), Some("Итого".to_string()));
        assert_eq!(totals_label(&["", "1 045", "Всего:", "12 500 000"], Some(1)), Some("Всего:".to_string()));
        assert_eq!(totals_label(&["45", "Итого"], None), Some("Итого".to_string()));
        // An ID (a leading zero, letters), a key of its own, or words after it make it a lead.
        assert_eq!(totals_label(&["007", "Итого", "250"], Some(0)), None);
        assert_eq!(totals_label(&["45", "Итого", "L-9", "250"], Some(2)), None);
        assert_eq!(totals_label(&["45", "Итого", "ИТ", "250"], Some(0)), None);
        assert_eq!(totals_label(&["45", "Total Oil", "250"], Some(0)), None);
        assert_eq!(totals_label(&["45", "", "Итого", "250"], Some(0)), Some("Итого".to_string()));
        assert_eq!(totals_label(&["45", "12", "Итого"], Some(0)), None);
        for count in ["45", " 1 200 ", "0", "1\u{a0}045"] {
            assert!(is_count(count), "{count}");
        }
        for not in ["045", "4.5", "-3", "L-1", "", "45 шт"] {
            assert!(!is_count(not), "{not}");
        }
        for label in ["Итого", " всего", "TOTAL", "Subtotal", "Grand total"] {
            assert!(may_be_label(label), "{label}");
        }
        assert!(!may_be_label("L-1") && !may_be_label("45") && !may_be_label("Москва"));
    }
}
