//! The line a run ends with on stderr, in the chosen language: how many leads per class, which
//! rows could not be read or computed, how many blank rows were skipped
//! (`20 leads: disqualified 2, SQL 8, MQL 3, nurture 7; no errors`).

use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::output::Summary;

/// How many row numbers a summary names before it says "and N more".
const ROWS_SHOWN: usize = 10;

/// The summary of a run in `lang`'s words. Its clauses are said one by one and joined by `; `,
/// as in every language leadrules speaks.
pub fn summary_text(summary: &Summary, lang: Lang) -> String {
    let classes: Vec<String> = summary.per_class.iter().map(|(c, n)| format!("{c} {n}")).collect();
    let mut clauses = vec![msg!("cli-summary-leads", count = summary.leads(), classes = classes.join(", "))];
    if summary.error_rows.is_empty() {
        clauses.push(msg!("cli-summary-no-errors"));
    }
    // Both lists are in input order: one walk takes the uncomputable rows out.
    let mut uncomputable = summary.uncomputable_rows.iter().peekable();
    let unread: Vec<u64> = summary
        .error_rows
        .iter()
        .copied()
        .filter(|r| {
            while uncomputable.next_if(|u| **u < *r).is_some() {}
            uncomputable.next_if(|u| **u == *r).is_none()
        })
        .collect();
    if !unread.is_empty() {
        clauses.push(msg!("cli-summary-unread", count = unread.len(), rows = rows(&unread)));
    }
    if !summary.uncomputable_rows.is_empty() {
        let listed = rows(&summary.uncomputable_rows);
        clauses.push(msg!("cli-summary-uncomputable", count = summary.uncomputable_rows.len(), rows = listed));
    }
    if summary.blank_rows > 0 {
        clauses.push(msg!("cli-summary-blank-rows", count = summary.blank_rows));
    }
    clauses.iter().map(|clause| lang.text(clause)).collect::<Vec<_>>().join("; ")
}

/// The first row numbers of a list, and how many more there are.
fn rows(numbers: &[u64]) -> Message {
    let shown: Vec<String> = numbers.iter().take(ROWS_SHOWN).map(u64::to_string).collect();
    let list = shown.join(", ");
    match numbers.len().checked_sub(ROWS_SHOWN).filter(|more| *more > 0) {
        Some(more) => msg!("cli-summary-rows-more", count = numbers.len(), list = list, more = more),
        None => msg!("cli-summary-rows", count = numbers.len(), list = list),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(classes: &[(&str, u64)], errors: &[u64], uncomputable: &[u64], blank: u64) -> Summary {
        let mut summary = Summary::new(&classes.iter().map(|(c, _)| c.to_string()).collect::<Vec<_>>());
        for (class, n) in classes {
            summary.per_class.insert(class.to_string(), *n);
        }
        summary.error_rows = errors.to_vec();
        summary.uncomputable_rows = uncomputable.to_vec();
        summary.blank_rows = blank;
        summary
    }

    #[test]
    fn english_is_the_library_summary_word_for_word() {
        let cases = [
            summary(&[("SQL", 1)], &[], &[], 0),
            summary(&[("SQL", 1)], &[], &[], 1),
            summary(&[("disqualified", 2), ("SQL", 8), ("MQL", 3), ("nurture", 7)], &[], &[], 3),
            summary(&[("SQL", 3), ("MQL", 0)], &[4, 6, 7, 10], &[6], 0),
            summary(&[("SQL", 30)], &(1..=14).collect::<Vec<_>>(), &[], 2),
            summary(&[("SQL", 0)], &[5], &[5], 0),
        ];
        for case in &cases {
            assert_eq!(summary_text(case, Lang::En), case.to_string());
        }
    }

    #[test]
    fn russian_counts_leads_and_rows_with_their_plural_forms() {
        let one = summary(&[("SQL", 1)], &[], &[], 1);
        assert_eq!(summary_text(&one, Lang::Ru), "1 лид: SQL 1; ошибок нет; пропущена 1 пустая строка");
        let few = summary(&[("SQL", 2), ("MQL", 1)], &[4], &[], 3);
        assert_eq!(
            summary_text(&few, Lang::Ru),
            "4 лида: SQL 2, MQL 1; не удалось прочитать: 1 (строка 4); пропущены 3 пустые строки"
        );
        let many = summary(&[("SQL", 0)], &(1..=25).collect::<Vec<_>>(), &[3], 5);
        assert_eq!(
            summary_text(&many, Lang::Ru),
            "25 лидов: SQL 0; не удалось прочитать: 24 (строки 1, 2, 4, 5, 6, 7, 8, 9, 10, 11 и ещё 14); \
             не удалось вычислить: 1 (строка 3); пропущено 5 пустых строк"
        );
        let twenty_one = summary(&[("SQL", 21)], &[], &[], 0);
        assert_eq!(summary_text(&twenty_one, Lang::Ru), "21 лид: SQL 21; ошибок нет");
    }
}
