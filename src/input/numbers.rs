//! Reading numbers as people and spreadsheets write them: thousands grouped with spaces,
//! dots, commas or apostrophes, a decimal comma or point, Excel's exponents; amounts of money
//! with a currency sign or code; percentages.

/// Separators between groups of thousands that are never a decimal point: spaces (ordinary,
/// no-break U+00A0, narrow no-break U+202F, thin U+2009) and apostrophes (`1'000'000`).
fn is_group_mark(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\'' | '\u{2019}')
}

/// Reads a number as people and spreadsheets write it.
///
/// Accepted: an optional sign (`+`, `-`, `−`), digits, separators, an optional exponent
/// (`1,5E+06`, as Excel writes large numbers). The rule for separators:
///
/// * Spaces (also no-break and narrow no-break) and apostrophes only ever group thousands.
/// * When both `,` and `.` appear, the one that comes last is the decimal point (it must
///   appear once) and the other groups thousands: `1,000,000.50` and `1.000.000,50`.
/// * When only one of them appears, more than once, it groups thousands: `1.000.000`.
/// * When only one of them appears, once, it is the decimal point: `12,5` and `12.5` are 12.5,
///   and so are `1,000` and `1.000` — both are 1, not a thousand. A single `,` or `.` followed
///   by three digits is read as thousands only when another separator makes that clear
///   (`1,000.5`, `1.000,5`).
/// * Groups of thousands must be well formed: 1–3 digits, then groups of exactly 3 digits, so
///   `12 34` or `1.00.000` are errors rather than guesses. One kind of grouping per number.
///
/// Returns `None` for anything else, and for numbers too large to be finite.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, rest) = match text.chars().next()? {
        '-' | '−' => (true, &text[text.chars().next()?.len_utf8()..]),
        '+' => (false, &text[1..]),
        _ => (false, text),
    };
    let value = read_plain(rest).or_else(|| read_general(rest))?;
    Some(if negative { -value } else { value })
}

/// Reads an unsigned number by the rules of [`parse_number`], building its plain ASCII form.
fn read_general(rest: &str) -> Option<f64> {
    let (mantissa, exponent) = split_exponent(rest)?;
    let commas = mantissa.matches(',').count();
    let dots = mantissa.matches('.').count();
    let decimal = match (commas, dots) {
        (0, 0) => None,
        (1, 0) => Some(','),
        (0, 1) => Some('.'),
        (_, 0) | (0, _) => None,
        _ => {
            let last = mantissa.rfind([',', '.'])?;
            Some(if mantissa[last..].starts_with(',') { ',' } else { '.' })
        }
    };
    let (whole, fraction) = match decimal {
        Some(mark) => {
            let at = mantissa.rfind(mark)?;
            if mantissa[..at].contains(mark) {
                return None;
            }
            (&mantissa[..at], Some(&mantissa[at + 1..]))
        }
        None => (mantissa, None),
    };
    let mut digits = DigitBuffer::new();
    read_grouped_digits(whole, &mut digits)?;
    if let Some(fraction) = fraction {
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if digits.as_str().is_empty() {
            digits.push(b'0')?;
        }
        digits.push(b'.')?;
        digits.push_str(fraction)?;
    } else if whole.is_empty() {
        return None;
    }
    if let Some(exponent) = exponent {
        digits.push(b'e')?;
        digits.push_str(exponent)?;
    }
    let value: f64 = digits.as_str().parse().ok()?;
    value.is_finite().then_some(value)
}

/// The common case in one pass, without rebuilding the text: up to 15 ASCII digits, grouped
/// by single spaces or not at all, with at most one `,` or `.` as the decimal mark
/// (`1 874 844`, `462863858,05`, `12.5`). `None` means "not this simple case": the caller then
/// reads the text the general way, which gives the same value whenever this one gives any.
fn read_plain(text: &str) -> Option<f64> {
    // Powers of ten a double holds exactly: dividing exact operands rounds correctly, so
    // `digits / 10^scale` is the double nearest the decimal, as `str::parse` gives.
    const POWERS: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let (mut mantissa, mut digits) = (0u64, 0usize);
    let mut scale: Option<usize> = None;
    let (mut group_len, mut groups) = (0usize, 0usize);
    let group_closes =
        |group_len: usize, groups: usize| if groups == 0 { (1..=3).contains(&group_len) } else { group_len == 3 };
    for &byte in text.as_bytes() {
        match byte {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(byte - b'0');
                digits += 1;
                group_len += 1;
                if digits > 15 {
                    return None;
                }
                if let Some(scale) = &mut scale {
                    *scale += 1;
                }
            }
            b' ' if scale.is_none() && group_closes(group_len, groups) => {
                groups += 1;
                group_len = 0;
            }
            b',' | b'.' if scale.is_none() && (groups == 0 || group_len == 3) => scale = Some(0),
            _ => return None,
        }
    }
    let ends_well = match scale {
        Some(scale) => scale > 0,
        None => digits > 0 && (groups == 0 || group_len == 3),
    };
    ends_well.then(|| mantissa as f64 / POWERS[scale.unwrap_or(0)])
}

/// Splits `1,5E+06` into `1,5` and `+06`. The exponent must be an optionally signed integer.
fn split_exponent(text: &str) -> Option<(&str, Option<&str>)> {
    match text.find(['e', 'E']) {
        None => Some((text, None)),
        Some(at) => {
            let exponent = &text[at + 1..];
            let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some((&text[..at], Some(exponent)))
        }
    }
}

/// The ASCII text of a number being rebuilt without separators, kept on the stack so reading a
/// cell allocates nothing. Longer numbers than it holds are not numbers anyone writes.
struct DigitBuffer {
    bytes: [u8; 128],
    len: usize,
}

impl DigitBuffer {
    fn new() -> DigitBuffer {
        DigitBuffer { bytes: [0; 128], len: 0 }
    }

    fn push(&mut self, byte: u8) -> Option<()> {
        *self.bytes.get_mut(self.len)? = byte;
        self.len += 1;
        Some(())
    }

    fn push_str(&mut self, text: &str) -> Option<()> {
        text.bytes().try_for_each(|b| self.push(b))
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

/// Appends the digits of an integer part written with optional thousands grouping; checks the
/// grouping is well formed. An empty integer part is allowed (`,5`); the caller decides.
fn read_grouped_digits(whole: &str, out: &mut DigitBuffer) -> Option<()> {
    let mut group_mark: Option<char> = None;
    let mut group_len = 0usize;
    let mut groups = 0usize;
    for c in whole.chars() {
        if c.is_ascii_digit() {
            out.push(c as u8)?;
            group_len += 1;
            continue;
        }
        let mark = if is_group_mark(c) {
            // All spaces count as one kind of mark; apostrophes as another.
            if c == '\'' || c == '\u{2019}' { '\'' } else { ' ' }
        } else if c == ',' || c == '.' {
            c
        } else {
            return None;
        };
        if *group_mark.get_or_insert(mark) != mark {
            return None;
        }
        let well_formed = if groups == 0 { (1..=3).contains(&group_len) } else { group_len == 3 };
        if !well_formed {
            return None;
        }
        groups += 1;
        group_len = 0;
    }
    (groups == 0 || group_len == 3).then_some(())
}

/// Currency signs and codes allowed before or after an amount; longest first so `руб.` wins
/// over `руб` and `р.`.
const CURRENCIES: &[&str] = &["рублей", "рубля", "рубль", "руб.", "руб", "р.", "₽", "rub", "usd", "eur", "$", "€", "р"];

/// Reads an amount of money: a number (see [`parse_number`]) with an optional currency sign or
/// code before or after it (`₽`, `руб`, `руб.`, `р.`, `RUB`, `$`, `USD`, `€`, `EUR`), which is
/// ignored: the rules decide what currency amounts are in.
pub fn parse_money(text: &str) -> Option<f64> {
    let text = text.trim();
    let (sign, unsigned) = match text.chars().next()? {
        c @ ('-' | '−' | '+') => (Some(c), text[c.len_utf8()..].trim_start()),
        _ => (None, text),
    };
    let bare = strip_currency(unsigned).unwrap_or(unsigned);
    if bare.is_empty() {
        return None;
    }
    let value = parse_number(bare)?;
    match sign {
        Some('-' | '−') if !bare.starts_with(['-', '−', '+']) => Some(-value),
        Some(_) if bare.starts_with(['-', '−', '+']) => None,
        _ => Some(value),
    }
}

fn strip_currency(text: &str) -> Option<&str> {
    // Amounts mostly start and end with digits: then there is nothing to look for.
    let is_digit = |c: char| c.is_ascii_digit();
    if text.starts_with(is_digit) && text.ends_with(is_digit) {
        return None;
    }
    for currency in CURRENCIES {
        if let Some(prefix_len) = prefix_ignoring_case(text, currency) {
            return Some(text[prefix_len..].trim_start());
        }
        if let Some(start) = suffix_ignoring_case(text, currency) {
            let rest = &text[..start];
            // `р` alone must be a separate word (`100 р`), not the end of some other word.
            if currency.chars().all(is_letter) && rest.chars().last().is_some_and(is_letter) {
                continue;
            }
            return Some(rest.trim_end());
        }
    }
    None
}

/// Byte length of `prefix` at the start of `text`, compared ignoring case.
fn prefix_ignoring_case(text: &str, prefix: &str) -> Option<usize> {
    let mut end = 0;
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (at, c) = chars.next()?;
        if !equal_ignoring_case_char(c, p) {
            return None;
        }
        end = at + c.len_utf8();
    }
    Some(end)
}

/// Byte offset where `suffix` starts at the end of `text`, compared ignoring case.
fn suffix_ignoring_case(text: &str, suffix: &str) -> Option<usize> {
    let mut start = text.len();
    let mut chars = text.char_indices().rev();
    for p in suffix.chars().rev() {
        let (at, c) = chars.next()?;
        if !equal_ignoring_case_char(c, p) {
            return None;
        }
        start = at;
    }
    Some(start)
}

fn equal_ignoring_case_char(a: char, b: char) -> bool {
    a == b
        || match (simple_lowercase(a), simple_lowercase(b)) {
            (Some(a), Some(b)) => a == b,
            _ => a.to_lowercase().eq(b.to_lowercase()),
        }
}

/// The lowercase of a Latin or basic Cyrillic letter (or any ASCII character) without the
/// Unicode tables; `None` for other characters. Cells are mostly in these alphabets.
pub(crate) fn simple_lowercase(c: char) -> Option<char> {
    match c {
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        'Ё' => Some('ё'),
        'а'..='я' | 'ё' => Some(c),
        _ if c.is_ascii() => Some(c.to_ascii_lowercase()),
        _ => None,
    }
}

/// Whether `c` is a letter, with a quick answer for the Latin and Cyrillic alphabets.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'А'..='я' | 'Ё' | 'ё' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

/// Reads a percentage as a fraction: `45`, `45%`, `45 %`, `12,5%` → 0.45 … 0.125. A bare
/// number is a number of percent, so `0,45` is 0.45 % (0.0045), not 45 %.
pub fn parse_percent(text: &str) -> Option<f64> {
    let text = text.trim();
    let number = text.strip_suffix('%').map(str::trim_end).unwrap_or(text);
    parse_number(number).map(|percent| percent / 100.0)
}

#[cfg(test)]
mod tests {
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
        assert_eq!(num("1,000"), Some(1.0));
        assert_eq!(num("1.000"), Some(1.0));
        assert_eq!(num("1,5"), Some(1.5));
        assert_eq!(num("0.25"), Some(0.25));
        assert_eq!(num(",5"), Some(0.5));
        assert_eq!(num("-.5"), Some(-0.5));
        // Another separator makes a thousands separator clear.
        assert_eq!(num("1,000.5"), Some(1000.5));
        assert_eq!(num("1.000,5"), Some(1000.5));
        assert_eq!(num("1 000,500"), Some(1000.5));
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
        for bad in ["$", "руб", "12O 000", "5 долларов", "-$-5", "$5$", "100 GBP", "10 пр"] {
            assert_eq!(parse_money(bad), None, "{bad:?} should not be money");
        }
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
}
