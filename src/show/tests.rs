//! Tests of how values are shown: grouping, signs, rounding edges, percentages, durations,
//! dates, and text measured, cut and padded by its width on screen.

use super::*;
use proptest::prelude::*;

#[test]
fn numbers_are_rounded_to_the_cent_without_useless_zeros() {
    assert_eq!(ENGLISH.number(15_695_083.254), "15695083.25");
    assert_eq!(ENGLISH.number(-0.25), "-0.25");
    assert_eq!(ENGLISH.number(-0.001), "0");
    assert_eq!(ENGLISH.number(0.5), "0.5");
    assert_eq!(ENGLISH.number(2.0), "2");
    assert_eq!(ENGLISH.number(0.125), "0.13", "half a cent rounds away from zero");
    assert_eq!(ENGLISH.number(-0.125), "-0.13");
    assert_eq!(ENGLISH.number(0.999), "1");
    assert_eq!(ENGLISH.number(1e15 + 0.5), "1000000000000000.5");
    assert_eq!(ENGLISH.number(f64::NAN), "NaN");
}

#[test]
fn exact_numbers_keep_every_digit() {
    assert_eq!(ENGLISH.exact(1.234), "1.234");
    assert_eq!(ENGLISH.exact(1234.0), "1234");
    assert_eq!(ENGLISH.with_decimal_mark(',').exact(0.125), "0,125");
}

#[test]
fn any_number_is_short_however_large() {
    assert_eq!(ENGLISH.any_number(1e308), "1e308");
    assert_eq!(ENGLISH.any_number(12.0), "12");
    assert_eq!(ENGLISH.any_number(-2.5e300), "-2.5e300");
    assert_eq!(ENGLISH.any_number(1e-9), "1e-9");
    assert_eq!(ENGLISH.any_number(f64::INFINITY), "infinity");
    assert_eq!(ENGLISH.any_number(f64::NEG_INFINITY), "-infinity");
    assert_eq!(ENGLISH.any_number(f64::NAN), "not a number");
    // A number too large to count in cents is no infinity.
    assert_eq!(ENGLISH.number(1e308), "1e308");
    assert_eq!(ENGLISH.grouped(-2.5e307), "-2.5e307");
    assert_eq!(ENGLISH.grouped(5.399_999_999_999_999_5e307), "5.4e307");
}

#[test]
fn numbers_read_like_a_person_writes_them() {
    assert_eq!(ENGLISH.grouped(500_000.0), "500 000");
    assert_eq!(ENGLISH.grouped(1_234_567.5), "1 234 567.5");
    assert_eq!(ENGLISH.grouped(5_000.0), "5000", "four digits stay together");
    assert_eq!(ENGLISH.grouped(10_000.0), "10 000");
    assert_eq!(ENGLISH.grouped(-20.0), "-20");
    assert_eq!(ENGLISH.grouped(-1_234_567.891), "-1 234 567.89");
    assert_eq!(ENGLISH.grouped(-12_345.0), "-12 345", "the sign is not counted as a digit");
    assert_eq!(ENGLISH.grouped(99_999.999), "100 000", "rounding adds a digit, then groups");
    assert_eq!(ENGLISH.money(2_500_000.5), "2 500 000.5");
    assert_eq!(ENGLISH.grouped_always(1_234), "1 234");
    assert_eq!(ENGLISH.grouped_always(999), "999");
    assert_eq!(ENGLISH.grouped_always(0), "0");
}

#[test]
fn percentages_and_ratios() {
    assert_eq!(ENGLISH.percent(0.7), "70%");
    assert_eq!(ENGLISH.percent(0.455), "45.5%");
    assert_eq!(ENGLISH.percent(1.0 / 3.0), "33.33%");
    assert_eq!(ENGLISH.percent(0.0), "0%");
    assert_eq!(ENGLISH.percent_fixed(0.4567, 1), "45.7%");
    assert_eq!(ENGLISH.percent_fixed(0.4567, 0), "46%");
    assert_eq!(ENGLISH.percent_fixed(0.005, 0), "0%", "as Rust's formatting rounds a tie: to even");
    assert_eq!(ENGLISH.percent_fixed(1.0, 1), "100.0%");
    assert_eq!(ENGLISH.percent_range_fixed(0.1234, 0.4567, 1), "12.3–45.7%");
    assert_eq!(ENGLISH.percent_range_fixed(0.0, 1.0, 0), "0–100%");
    assert_eq!(ENGLISH.times_fixed(1.256, 2), "1.26×");
}

#[test]
fn another_decimal_mark_replaces_the_point_everywhere() {
    let comma = ENGLISH.with_decimal_mark(',');
    assert_eq!(comma.number(2.5), "2,5");
    assert_eq!(comma.number(1e15 + 0.5), "1000000000000000,5");
    assert_eq!(comma.grouped(1_234_567.5), "1 234 567,5");
    assert_eq!(comma.percent_fixed(0.4567, 1), "45,7%");
    assert_eq!(comma.number(12.0), "12");
}

#[test]
fn durations_in_the_largest_whole_unit() {
    assert_eq!(ENGLISH.duration(900.0), "15 minutes");
    assert_eq!(ENGLISH.duration(3_600.0), "1 hour");
    assert_eq!(ENGLISH.duration(86_400.0), "1 day");
    assert_eq!(ENGLISH.duration(172_800.0), "2 days");
    assert_eq!(ENGLISH.duration(1_209_600.0), "2 weeks");
    assert_eq!(ENGLISH.duration(5_400.0), "90 minutes");
    assert_eq!(ENGLISH.duration(90.5), "90.5 seconds");
    assert_eq!(ENGLISH.duration(30.0), "30 seconds");
    assert_eq!(crate::locale::Lang::En.text(&amount(2.5, TimeUnit::Days)), "2.5 days");
    assert_eq!(crate::locale::Lang::En.text(&amount(1.0, TimeUnit::Seconds)), "1 second");
}

#[test]
fn durations_in_russian_take_the_number_s_form() {
    let ru = |seconds: f64| crate::locale::Lang::Ru.text(&duration(seconds));
    assert_eq!(ru(900.0), "15 минут");
    assert_eq!(ru(60.0), "1 минута");
    assert_eq!(ru(180.0), "3 минуты");
    assert_eq!(ru(3_600.0), "1 час");
    assert_eq!(ru(7_200.0), "2 часа");
    assert_eq!(ru(18_000.0), "5 часов");
    assert_eq!(ru(75_600.0), "21 час");
    assert_eq!(ru(86_400.0), "1 день");
    assert_eq!(ru(432_000.0), "5 дней");
    assert_eq!(ru(1_900_800.0), "22 дня");
    assert_eq!(ru(604_800.0), "1 неделя");
    assert_eq!(ru(1_209_600.0), "2 недели");
    assert_eq!(ru(90.5), "90,5 секунды");
    assert_eq!(ru(11.0), "11 секунд");
    assert_eq!(crate::locale::Lang::Ru.text(&amount(2.5, TimeUnit::Days)), "2,5 дня");
}

#[test]
fn numbers_the_russian_way() {
    assert_eq!(Style::of(crate::locale::Lang::Ru), RUSSIAN);
    assert_eq!(Style::of(crate::locale::Lang::En), ENGLISH);
    assert_eq!(RUSSIAN.grouped(1_234.5), "1234,5");
    assert_eq!(RUSSIAN.grouped(1_234_567.5), "1 234 567,5");
    assert_eq!(RUSSIAN.percent(0.875), "87,5 %");
    assert_eq!(RUSSIAN.percent_fixed(0.4567, 1), "45,7 %");
    assert_eq!(RUSSIAN.percent_range_fixed(0.1234, 0.4567, 1), "12,3–45,7 %");
    assert_eq!(RUSSIAN.times_fixed(1.256, 2), "1,26×");
}

#[test]
fn dates_and_minutes() {
    assert_eq!(date(1_796_117_400.0), "2026-12-01");
    assert_eq!(date_time(1_796_117_400.0), "2026-12-01 09:30");
    assert_eq!(date_time(1e20), "100000000000000000000");
    assert_eq!(date(1e20), "100000000000000000000", "out of the calendar: the number");
}

#[test]
fn width_counts_columns_not_characters() {
    assert_eq!(width("abc"), 3);
    assert_eq!(width("Привет"), 6, "Cyrillic letters take one column each");
    assert_eq!(width("中"), 2, "a wide character takes two columns");
    assert_eq!(width("😀"), 2);
    assert_eq!(width("e\u{301}"), 1, "a combining accent takes none");
    assert_eq!(width("✓ → … — ≥ × ·"), 13);
    assert_eq!(pad_end("中", 4), "中  ");
    assert_eq!(pad_start("ab", 4), "  ab");
    assert_eq!(pad_end("toolong", 3), "toolong");
}

#[test]
fn text_is_cut_at_a_character_boundary_by_width() {
    assert_eq!(truncate("short", 10), "short");
    assert_eq!(truncate("exactly10!", 10), "exactly10!");
    assert_eq!(truncate("Привет, мир", 7), "Привет…");
    assert_eq!(width(&truncate(&"я".repeat(60), 48)), 48);
    assert_eq!(truncate("中文中", 6), "中文中", "three wide characters fill six columns");
    assert_eq!(truncate("中文中文", 6), "中文…", "a wide character that would not fit is left out");
    assert_eq!(truncate("中文中文", 7), "中文中…");
    assert_eq!(prefix_within("Привет", 3), "При");
    assert_eq!(prefix_within("中文", 1), "");
    assert_eq!(clip_middle("abcdefghij", 4), "ab…ij");
    assert_eq!(clip_middle("абвгдежзий", 4), "аб…ий");
    assert_eq!(clip_middle("abc", 4), "abc");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, failure_persistence: None, ..ProptestConfig::default() })]

    /// Numbers written digit by digit read exactly as the general formatting writes them.
    #[test]
    fn numbers_are_written_as_the_general_formatting_writes_them(
        whole in -2_000_000_000_000i64..2_000_000_000_000, cents in 0u32..1000, scale in 0u32..4,
    ) {
        let v = (whole as f64 + f64::from(cents) / 1000.0) / 10f64.powi(scale as i32);
        let rounded = (v * 100.0).round() / 100.0;
        let general =
            if rounded.fract() == 0.0 && rounded.abs() < 9e18 { (rounded as i64).to_string() } else { rounded.to_string() };
        prop_assert_eq!(ENGLISH.number(v), general, "{}", v);
    }

    /// Grouping only adds separators: taking them out gives the number back.
    #[test]
    fn grouping_only_adds_separators(v in -1e13f64..1e13) {
        prop_assert_eq!(ENGLISH.grouped(v).replace(' ', ""), ENGLISH.number(v));
    }

    /// Cut text is never wider than asked, and is a start of the text (but for the `…`).
    #[test]
    fn cut_text_fits(text in "[a-zя中😀\u{301} ]{0,40}", columns in 1usize..30) {
        let cut = truncate(&text, columns);
        prop_assert!(width(&cut) <= columns || width(&text) <= columns, "{:?} → {:?}", text, cut);
        prop_assert!(text.starts_with(cut.trim_end_matches('…')));
    }

    /// The minute is written as `%Y-%m-%d %H:%M` writes it, for every date a deadline can fall
    /// on (and the years around the four-digit range).
    #[test]
    fn minutes_are_written_as_the_general_formatting_writes_them(seconds in -400_000_000_000i64..400_000_000_000) {
        if let Some(at) = crate::value::civil_datetime(seconds) {
            let mut quick = String::new();
            write_minute(&mut quick, &at);
            let general =
                format!("{:04}-{:02}-{:02} {:02}:{:02}", at.year(), at.month(), at.day(), at.hour(), at.minute());
            prop_assert_eq!(&quick, &general);
            prop_assert_eq!(quick, at.strftime("%Y-%m-%d %H:%M").to_string());
        }
    }
}

#[test]
fn text_put_into_html_is_escaped() {
    assert_eq!(escape_html(r#"<b a='1'>"x" & y</b>"#), "&lt;b a=&#39;1&#39;&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
    assert_eq!(escape_html("a\u{0}b\nc"), "a\u{FFFD}b\nc");
}
