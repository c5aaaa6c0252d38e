//! Tests of reading numbers, money and percentages from cell text: decimal marks, thousands
//! groups, units and words, and the problems named for what cannot be read.

use super::*;

/// The quick case folding and letter test agree with Unicode's for every character.
#[test]
fn quick_lowercase_and_letters_agree_with_unicode() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        if let Some(lower) = simple_lowercase(c) {
            assert_eq!(c.to_lowercase().collect::<String>(), lower.to_string(), "{c:?}");
        }
        assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
    }
}

fn num(text: &str) -> Option<f64> {
    parse_number(text)
}

/// `1234567` → `1 234 567`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 2048, failure_persistence: None, ..Default::default() })]

    /// The one-pass reading of plain numbers gives exactly what the general reading gives
    /// (to the bit), and leaves everything else to it.
    #[test]
    fn plain_numbers_read_as_the_general_way_reads_them(text in "[0-9 ,.]{0,22}") {
        if let Some(quick) = read_plain(&text) {
            proptest::prop_assert_eq!(Some(quick.to_bits()), read_general(&text).map(f64::to_bits), "{:?}", text);
        }
    }

    /// Numbers that look like CRM cells: every one of them takes the one-pass reading.
    #[test]
    fn cells_like_crm_exports_take_the_quick_way(whole in 0u64..1_000_000_000_000, cents in 0u32..100, style in 0..3) {
        let text = match style {
            0 => whole.to_string(),
            1 => format!("{whole},{cents:02}"),
            _ => format!("{}.{cents:02}", grouped(whole)),
        };
        proptest::prop_assert!(read_plain(&text).is_some(), "{:?}", text);
        proptest::prop_assert_eq!(read_plain(&text), read_general(&text), "{:?}", text);
    }
}

#[test]
fn plain_numbers() {
    assert_eq!(num("1000000.50"), Some(1_000_000.5));
    assert_eq!(num("-5"), Some(-5.0));
    assert_eq!(num("+5"), Some(5.0));
    assert_eq!(num("−5"), Some(-5.0));
    assert_eq!(num("0"), Some(0.0));
    assert_eq!(num("  42  "), Some(42.0));
    assert_eq!(num("007"), Some(7.0));
}

#[test]
fn russian_numbers() {
    assert_eq!(num("1 000 000,50"), Some(1_000_000.5));
    assert_eq!(num("1\u{00A0}000\u{00A0}000,50"), Some(1_000_000.5));
    assert_eq!(num("1\u{202F}000\u{202F}000"), Some(1_000_000.0));
    assert_eq!(num("12,5"), Some(12.5));
    assert_eq!(num("-12,5"), Some(-12.5));
    assert_eq!(num("1.000.000,50"), Some(1_000_000.5));
    assert_eq!(num("1 000"), Some(1000.0));
}

#[test]
fn english_and_swiss_numbers() {
    assert_eq!(num("1,000,000.50"), Some(1_000_000.5));
    assert_eq!(num("1,000,000"), Some(1_000_000.0));
    assert_eq!(num("1'000'000"), Some(1_000_000.0));
    assert_eq!(num("1'000'000.25"), Some(1_000_000.25));
    assert_eq!(num("1.000.000"), Some(1_000_000.0));
}

#[test]
fn a_single_separator_is_a_decimal_point() {
    assert_eq!(num("1,5"), Some(1.5));
    assert_eq!(num("1234.567"), Some(1234.567), "four digits before: not thousands");
    assert_eq!(num("0,500"), Some(0.5), "a leading zero: not thousands");
    assert_eq!(num("0.25"), Some(0.25));
    assert_eq!(num(",5"), Some(0.5));
    assert_eq!(num("-.5"), Some(-0.5));
    // Another separator makes a thousands separator clear.
    assert_eq!(num("1,000.5"), Some(1000.5));
    assert_eq!(num("1.000,5"), Some(1000.5));
    assert_eq!(num("1 000,500"), Some(1000.5));
}

#[test]
fn a_separator_before_three_digits_needs_the_columns_mark() {
    let ambiguous = |as_decimal, as_thousands| Err(NumberProblem::Ambiguous { as_decimal, as_thousands });
    assert_eq!(read_number("1.000", None), ambiguous(1.0, 1000.0));
    assert_eq!(read_number("-250,000", None), ambiguous(-250.0, -250_000.0));
    assert_eq!(read_number("1.000", Some(DecimalMark::Comma)), Ok(1000.0));
    assert_eq!(read_number("1.000", Some(DecimalMark::Point)), Ok(1.0));
    assert_eq!(read_number("1,000", Some(DecimalMark::Point)), Ok(1000.0));
    assert_eq!(read_number("12,345", Some(DecimalMark::Comma)), Ok(12.345));
    assert_eq!(read_money("1.000 ₽", Some(DecimalMark::Comma)), Ok(1000.0));
    assert_eq!(read_money("-$1,000", None), ambiguous(-1.0, -1000.0));
    assert_eq!(read_percent("12,500%", None), ambiguous(12.5, 12_500.0), "as written, for the message");
    // Other separators settle it; the mark is not needed.
    assert_eq!(read_number("1 000,500", None), Ok(1000.5));
    assert_eq!(read_number("1.000.000", None), Ok(1_000_000.0));
}

#[test]
fn what_a_cell_shows_about_its_columns_decimal_mark() {
    for (text, shown) in [
        ("12,5", Some(DecimalMark::Comma)),
        ("1 000 000,50", Some(DecimalMark::Comma)),
        ("1.000,5", Some(DecimalMark::Comma)),
        ("1.000.000", Some(DecimalMark::Comma)),
        ("12.5", Some(DecimalMark::Point)),
        ("$1,000,000.50", Some(DecimalMark::Point)),
        ("1,000,000", Some(DecimalMark::Point)),
        ("45,5 %", Some(DecimalMark::Comma)),
        ("1.000", None),
        ("250,000", None),
        ("1 000", None),
        ("42", None),
        ("сорок", None),
    ] {
        assert_eq!(decimal_mark_shown(text), shown, "{text}");
    }
}

#[test]
fn exponents_as_excel_writes_them() {
    assert_eq!(num("1,5E+06"), Some(1_500_000.0));
    assert_eq!(num("2e3"), Some(2000.0));
    assert_eq!(num("1E-2"), Some(0.01));
    assert_eq!(num("1e"), None);
    assert_eq!(num("1e99999"), None);
    assert_eq!(num("e5"), None);
}

#[test]
fn malformed_numbers() {
    for bad in [
        "",
        " ",
        "-",
        "+",
        "12O 000",
        "abc",
        "1,2,3.4.5",
        "1.000.000.5,1,2",
        "12 34",
        "1.00.000",
        "1,000.000,5",
        "1 000.000 000",
        "1  000",
        "1.",
        "5,",
        "1,,5",
        "1,5.3",
        "--5",
        "+-5",
        "1 000'000",
        "12%",
        "1-2",
        "1 000 00",
        "n/a",
        "—",
        "null",
        "нет данных",
        "0x10",
        "inf",
        "NaN",
        "1_000",
    ] {
        assert_eq!(num(bad), None, "{bad:?} should not be a number");
    }
}

#[test]
fn money() {
    assert_eq!(parse_money("1 000 000,50 ₽"), Some(1_000_000.5));
    assert_eq!(parse_money("1 000 руб."), Some(1000.0));
    assert_eq!(parse_money("1000 руб"), Some(1000.0));
    assert_eq!(parse_money("500 р."), Some(500.0));
    assert_eq!(parse_money("500 р"), Some(500.0));
    assert_eq!(parse_money("500р."), Some(500.0));
    assert_eq!(parse_money("RUB 500"), Some(500.0));
    assert_eq!(parse_money("500 rub"), Some(500.0));
    assert_eq!(parse_money("$1,000,000.50"), Some(1_000_000.5));
    assert_eq!(parse_money("USD 10"), Some(10.0));
    assert_eq!(parse_money("10 USD"), Some(10.0));
    assert_eq!(parse_money("€ 99,90"), Some(99.9));
    assert_eq!(parse_money("99,90 EUR"), Some(99.9));
    assert_eq!(parse_money("-$5"), Some(-5.0));
    assert_eq!(parse_money("$-5"), Some(-5.0));
    assert_eq!(parse_money("-5 ₽"), Some(-5.0));
    assert_eq!(parse_money("1000"), Some(1000.0));
    // Bitrix24's money fields, and the currencies of its neighbours.
    assert_eq!(parse_money("600000|RUB"), Some(600_000.0));
    assert_eq!(parse_money("1500.50|KZT"), Some(1500.5));
    assert_eq!(parse_money("2 500 000 ₸"), Some(2_500_000.0));
    assert_eq!(parse_money("2 500 000 тг"), Some(2_500_000.0));
    assert_eq!(parse_money("BYN 900"), Some(900.0));
    for bad in ["$", "руб", "12O 000", "5 долларов", "-$-5", "$5$", "100 XYZ", "10 пр", "600000|RU", "600|000"]
    {
        assert_eq!(parse_money(bad), None, "{bad:?} should not be money");
    }
}

#[test]
fn money_with_a_multiplier_word() {
    assert_eq!(parse_money("120 млн руб."), Some(120_000_000.0));
    assert_eq!(parse_money("150 тыс. руб."), Some(150_000.0));
    assert_eq!(parse_money("150 тыс.руб."), Some(150_000.0));
    assert_eq!(parse_money("1,2 млрд"), Some(1_200_000_000.0));
    assert_eq!(parse_money("1,5 МЛН ₽"), Some(1_500_000.0));
    assert_eq!(parse_money("150k"), Some(150_000.0));
    assert_eq!(parse_money("$1.2M"), Some(1_200_000.0));
    assert_eq!(parse_money("-2 тыс"), Some(-2_000.0));
    assert_eq!(parse_money("2.5 bn USD"), Some(2_500_000_000.0));
    assert_eq!(read_money("1.500 тыс", None), Err(NumberProblem::Ambiguous { as_decimal: 1.5, as_thousands: 1_500.0 }));
    for bad in ["млн", "тыс.", "5 банк", "5 kk", "5 млн млн", "k5"] {
        assert_eq!(parse_money(bad), None, "{bad:?} should not be money");
    }
    // A number or a percentage has no multiplier.
    assert_eq!(num("150k"), None);
    assert_eq!(parse_percent("5k"), None);
}

#[test]
fn percentages() {
    assert_eq!(parse_percent("45"), Some(0.45));
    assert_eq!(parse_percent("45%"), Some(0.45));
    assert_eq!(parse_percent("45 %"), Some(0.45));
    assert_eq!(parse_percent("12,5%"), Some(0.125));
    assert_eq!(parse_percent("-3"), Some(-0.03));
    assert_eq!(parse_percent("100"), Some(1.0));
    for bad in ["%", "45%%", "сорок", "45 процентов"] {
        assert_eq!(parse_percent(bad), None, "{bad:?} should not be a percentage");
    }
}
