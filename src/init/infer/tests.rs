//! The inference rules of `infer`, one by one, on columns built cell by cell.

use super::*;
use crate::init::profile::ColumnProfile;
use crate::schema::DateOrder;
use crate::value::Value;

fn column(header: &str, cells: &[&str]) -> ColumnProfile {
    let mut profile = ColumnProfile::new(header, true);
    for cell in cells {
        profile.add(&if cell.is_empty() { Value::Unknown } else { Value::Text((*cell).into()) });
    }
    profile
}

fn kind(header: &str, cells: &[&str]) -> Inferred {
    infer(&column(header, cells))
}

fn typed(kind: FieldKind) -> Inferred {
    Inferred::Typed(kind)
}

#[test]
fn yes_no_in_every_spelling_and_only_with_both_1_and_0() {
    assert_eq!(kind("ЛПР", &["да", "нет", "Да", ""]), typed(FieldKind::YesNo));
    assert_eq!(kind("Do Not Email", &["No", "Yes", "No"]), typed(FieldKind::YesNo));
    assert_eq!(kind("flag", &["Y", "N", "y"]), typed(FieldKind::YesNo));
    assert_eq!(kind("flag", &["true", "false"]), typed(FieldKind::YesNo));
    assert_eq!(kind("flag", &["1", "0", "1"]), typed(FieldKind::YesNo));
    // Only 1s: a count, not an answer.
    assert_eq!(kind("branches", &["1", "1", "1"]), typed(FieldKind::Number));
}

#[test]
fn numbers_money_percent_and_durations_by_cells_and_header() {
    assert_eq!(kind("employees", &["200", "5", "1 200"]), typed(FieldKind::Number));
    assert_eq!(kind("Бюджет, руб", &["1 000 000,50", "600 000", ""]), typed(FieldKind::Money));
    assert_eq!(kind("amount", &["15 000 ₽", "200 ₽"]), typed(FieldKind::Money));
    assert_eq!(kind("Скидка", &["5%", "12,5 %"]), typed(FieldKind::Percent));
    assert_eq!(kind("Доля, %", &["5", "95"]), typed(FieldKind::Percent));
    // A share over 100 is not a percentage.
    assert_eq!(kind("Доля, %", &["5", "950"]), typed(FieldKind::Number));
    assert_eq!(kind("Срок, дней", &["30", "90"]), typed(FieldKind::Duration(DurationUnit::Days)));
    assert_eq!(kind("timeline_days", &["30", "90"]), typed(FieldKind::Duration(DurationUnit::Days)));
    assert_eq!(kind("Ответ, часов", &["2", "48"]), typed(FieldKind::Duration(DurationUnit::Hours)));
    assert_eq!(kind("wait", &["3 дня", "2 недели"]), typed(FieldKind::Duration(DurationUnit::Days)));
}

#[test]
fn a_decimal_mark_some_cell_needs_is_declared() {
    let profile = column("employees", &["1.000", "2.500,75"]);
    assert_eq!(infer(&profile), typed(FieldKind::Number));
    assert_eq!(decimal_mark(&profile, &FieldKind::Number), Some(DecimalMark::Comma));
    let plain = column("employees", &["1000", "2500.75"]);
    assert_eq!(decimal_mark(&plain, &FieldKind::Number), None);
}

#[test]
fn dates_and_datetimes_in_each_order() {
    assert_eq!(kind("Создан", &["01.12.2026", "2026-11-30"]), typed(FieldKind::Date(DateFormat::Default)));
    let us = DateFormat::Declared { order: DateOrder::MonthDayYear, separator: '/' };
    assert_eq!(kind("engage_date", &["10/20/2016", "3/1/2017"]), typed(FieldKind::Date(us)));
    let european = DateFormat::Declared { order: DateOrder::DayMonthYear, separator: '/' };
    assert_eq!(kind("signed", &["20/10/2016", "13/1/2017"]), typed(FieldKind::Date(european)));
    assert_eq!(
        kind("created_at", &["2026-01-16 09:37", "2026-01-20"]),
        typed(FieldKind::DateTime(DateFormat::Default))
    );
}

#[test]
fn few_values_are_one_of_with_case_and_space_variants_merged() {
    let Inferred::OneOf(choices) =
        kind("Lead Source", &["Google", "google", " Google ", "Direct  Traffic", "Direct Traffic", "сайт", "сайт"])
    else {
        panic!("one of")
    };
    let spellings: Vec<Vec<&str>> = choices.iter().map(|c| c.spellings.iter().map(String::as_str).collect()).collect();
    assert_eq!(spellings, vec![vec!["Google", "google"], vec!["Direct  Traffic", "Direct Traffic"], vec!["сайт"]]);
    assert_eq!(choices.iter().map(|c| c.count).collect::<Vec<_>>(), vec![3, 2, 2]);
}

#[test]
fn thresholds_of_one_of_many_values_or_too_few_repeats_are_text() {
    let many: Vec<String> = (0..=MAX_CHOICES).flat_map(|i| [format!("value {i}"), format!("value {i}")]).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    assert_eq!(kind("city", &many), Inferred::Text);
    let at_limit: Vec<&str> = many[..2 * MAX_CHOICES].to_vec();
    assert!(matches!(kind("city", &at_limit), Inferred::OneOf(c) if c.len() == MAX_CHOICES));
    // Each value once: names, not a list.
    assert_eq!(kind("name", &["Ann", "Bob", "Cid"]), Inferred::Text);
    assert_eq!(kind("notes", &["", ""]), Inferred::Empty);
}

#[test]
fn placeholders_are_set_apart_and_do_not_change_the_kind() {
    let Inferred::OneOf(choices) = kind("City", &["Select", "Mumbai", "Select", "Mumbai", "Thane", "Thane"]) else {
        panic!("one of")
    };
    // Only the answers are values.
    let spellings: Vec<&str> = choices.iter().map(|c| c.spellings[0].as_str()).collect();
    assert_eq!(spellings, ["Mumbai", "Thane"]);
    assert!(choices.iter().all(|c| !c.placeholder));
    // A number, a date, money or yes/no apart from its placeholders is that kind.
    assert_eq!(kind("employees", &["200", "-", "5", "не указано"]), typed(FieldKind::Number));
    assert_eq!(kind("Создан", &["01.12.2026", "н/д"]), typed(FieldKind::Date(DateFormat::Default)));
    assert_eq!(kind("Бюджет, руб", &["1 000", "—", "600 000"]), typed(FieldKind::Money));
    assert_eq!(kind("ЛПР", &["да", "Select", "нет"]), typed(FieldKind::YesNo));
    // Nothing but placeholders: text; one answer and many placeholders: not a list of one value.
    assert_eq!(kind("Source", &["Select", "-", "Select"]), Inferred::Text);
    assert_eq!(kind("Source", &["Select", "Select", "Select", "web"]), Inferred::Text);
    // Spellings are compared as the reader compares them.
    assert!(crate::init::profile::is_placeholder("  НЕ   указано "));
    let profile = column("x", &["нет данных", "n/a", "—", "N/A"]);
    assert_eq!(
        profile.placeholders,
        vec![("нет данных".into(), 1), ("n/a".into(), 1), ("—".into(), 1), ("N/A".into(), 1)]
    );
    // `нет` is an answer, not a placeholder.
    assert!(!crate::init::profile::is_placeholder("нет"));
}

#[test]
fn outcome_columns_in_english_russian_and_1_0() {
    let converted = outcome(&column("Converted", &["1", "0", "0"])).expect("an outcome");
    assert_eq!((converted.won, converted.lost), (vec!["1".to_string()], vec!["0".to_string()]));
    let stage =
        outcome(&column("Стадия", &["Успешно реализовано", "Провал", "В работе", "Провал"])).expect("an outcome");
    assert_eq!(stage.won, ["Успешно реализовано"]);
    assert_eq!(stage.lost, ["Провал"]);
    assert_eq!(stage.open, ["В работе"]);
    let crm = outcome(&column("deal_stage", &["Won", "Lost", "Engaging", "Prospecting"])).expect("an outcome");
    assert_eq!(crm.open, ["Engaging", "Prospecting"]);
    // Outcome-like values under another header, or only wins: not an outcome.
    assert_eq!(outcome(&column("decision_maker", &["1", "0"])), None);
    assert_eq!(outcome(&column("status", &["won", "open"])), None);
}

#[test]
fn identifier_headers() {
    for header in ["id", "ID", "№", "Номер", "Lead Number", "opportunity_id", "Prospect ID", "Код клиента"]
    {
        assert!(names_an_id(header), "{header}");
    }
    for header in ["paid", "industry", "Сотрудников"] {
        assert!(!names_an_id(header), "{header}");
    }
    let key = column("id", &["L-1", "L-2", "L-3"]);
    assert!(key.all_different());
    assert!(!column("id", &["L-1", "L-1"]).all_different());
    assert!(!column("id", &["L-1", ""]).all_different());
}

#[test]
fn a_header_names_its_unit_in_words_or_one_letter_in_brackets() {
    use super::header_unit;
    assert_eq!(header_unit("Total Time Spent on Website (seconds)"), Some(DurationUnit::Seconds));
    assert_eq!(header_unit("Время на сайте, сек"), Some(DurationUnit::Seconds));
    assert_eq!(header_unit("Время на сайте, секунд"), Some(DurationUnit::Seconds));
    assert_eq!(header_unit("Разговор, мин"), Some(DurationUnit::Minutes));
    assert_eq!(header_unit("Ответ, часов"), Some(DurationUnit::Hours));
    assert_eq!(header_unit("Срок, дни"), Some(DurationUnit::Days));
    assert_eq!(header_unit("Time (s)"), Some(DurationUnit::Seconds));
    assert_eq!(header_unit("Wait, h"), Some(DurationUnit::Hours));
    assert_eq!(header_unit("Lead's rank"), None);
    assert_eq!(header_unit("s"), None);
    assert_eq!(header_unit("№"), None);
    assert_eq!(header_unit("Сумма — s"), None);
    assert_eq!(header_unit("Visits"), None);
}

#[test]
fn headers_that_say_not_to_contact_the_lead() {
    use super::says_do_not_contact;
    for yes in [
        "Do Not Email",
        "Do not call",
        "DoNotCall",
        "Don't email",
        "Unsubscribed",
        "Email opt-out",
        "Не звонить",
        "Дата отписки",
        "Не писать",
        "Отписался",
        "DNC",
    ] {
        assert!(says_do_not_contact(yes), "{yes}");
    }
    for no in ["Newsletter", "Email", "Decision maker", "Звонить утром", "Note", "Donation"] {
        assert!(!says_do_not_contact(no), "{no}");
    }
}
