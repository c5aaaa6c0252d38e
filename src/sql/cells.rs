//! Reading a CRM's text cells in SQL, as `input::values` reads them: numbers written
//! `1 000 000,50` or `1,000,000.50`, amounts with a currency, percentages, durations with a unit
//! word, yes/no words, `one of` spellings, dates and times. The word lists, the currencies, the
//! letters folded to lowercase and the whitespace trimmed are taken from the reader's own tables
//! (`input::values`), never copied. A cell the reader would reject gets the reader's message.
//!
//! Each field `i` is read in four steps, each a column of a level of the query: `c{i}` the
//! trimmed text (NULL when blank), `n{i}`… the parts (the number's text, its sign, its unit),
//! `f{i}` the value (NULL when unknown or unreadable), `e{i}` what is wrong with the cell.

use super::dialect::{Dialect, ident, literal};
use crate::input::dates::{
    EXCEL_EPOCH_DAYS, EXCEL_SERIAL_DIGITS, UNIX_MILLISECONDS_FROM, UNIX_MILLISECONDS_TO, UNIX_SECONDS_FROM,
    UNIX_SECONDS_TO,
};
use crate::input::numbers::MULTIPLIERS;
use crate::input::values::{CURRENCIES, UNIT_WORDS, expected, is_catch_all, is_not, not_a_date, simple_lowercase};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::schema::{DateFormat, DateOrder, DecimalMark, FieldKind, FieldSpec};
use crate::value::{NO_WORDS as NO, YES_WORDS as YES};

/// The SQL of one field's reading, level by level (each a list of `expression AS name`).
#[derive(Default)]
pub(crate) struct FieldSql {
    /// The cell folded once (`sp{i}`, `fo{i}`), read by the levels after it: an engine may
    /// otherwise fold it again for every value it is compared with.
    pub folded: Vec<String>,
    pub pre0: Vec<String>,
    pub pre: Vec<String>,
    pub parts: Vec<String>,
    pub signs: Vec<String>,
    pub value: String,
    pub error: String,
}

/// Builds the SQL that reads cells, for one dialect and one language of messages.
pub(crate) struct Cells {
    pub dialect: Dialect,
    pub lang: Lang,
}

/// Characters that group thousands and are never a decimal mark (`input::numbers`).
const GROUP_SPACES: [char; 4] = [' ', '\u{00A0}', '\u{202F}', '\u{2009}'];
const APOSTROPHES: [char; 2] = ['\'', '\u{2019}'];
/// Signs a number may start with.
const SIGNS: [&str; 3] = ["-", "−", "+"];

impl Cells {
    /// A character in a regular expression.
    fn re_char(&self, c: char) -> String {
        match c {
            ' ' => " ".into(),
            '\'' => "'".into(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            c if c.is_ascii() => format!("\\{c}"),
            c => match self.dialect {
                Dialect::Postgres => format!("\\u{:04X}", c as u32),
                Dialect::Duckdb => format!("\\x{{{:04X}}}", c as u32),
            },
        }
    }

    fn class(&self, chars: &[char]) -> String {
        let inner: String = chars.iter().map(|c| self.re_char(*c)).collect();
        format!("[{inner}]")
    }

    /// Every character Rust trims as whitespace, as SQL text (`chr(9) || chr(10) || …`): the
    /// one row of the query's first table, `blank`.
    pub(crate) fn blank(&self) -> String {
        let chars: Vec<String> = (0u32..0x3001)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .map(|c| format!("chr({})", c as u32))
            .collect();
        format!("({})", chars.join(" || "))
    }

    pub(crate) fn trim(&self, text: &str) -> String {
        match self.dialect {
            Dialect::Postgres => format!("btrim({text}, blank)"),
            Dialect::Duckdb => format!("trim({text}, blank)"),
        }
    }

    fn ltrim(&self, text: &str) -> String {
        format!("ltrim({text}, blank)")
    }

    fn rtrim(&self, text: &str) -> String {
        format!("rtrim({text}, blank)")
    }

    /// The text in lowercase as the reader lowercases it: Latin and Cyrillic letters by the
    /// reader's own table (whatever the database's collation), other letters by `lower`.
    pub(crate) fn fold(&self, text: &str) -> String {
        let (mut upper, mut lower) = (String::new(), String::new());
        for c in ('A'..='Z').chain('А'..='Я').chain(['Ё']) {
            if let Some(l) = simple_lowercase(c).filter(|l| *l != c) {
                upper.push(c);
                lower.push(l);
            }
        }
        // `translate` costs an engine more than the test of whether there is anything to translate
        // (most cells hold no capital letter): only a text with one of the letters is translated.
        format!(
            "CASE WHEN {} THEN lower(translate({text}, {}, {})) ELSE lower({text}) END",
            self.dialect.matches(text, &format!("[{upper}]")),
            literal(&upper),
            literal(&lower)
        )
    }

    /// The text (trimmed already) folded as the reader compares spellings
    /// (`value::folded_chars`): a run of blanks as one space, letters in lowercase.
    pub(crate) fn spelling(&self, text: &str) -> String {
        let blanks: String = (0u32..0x3001)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .map(|c| match self.dialect {
                Dialect::Postgres => format!("\\u{:04X}", c as u32),
                Dialect::Duckdb => format!("\\x{{{:04X}}}", c as u32),
            })
            .collect();
        self.fold(&self.dialect.replace_all(text, &format!("[{blanks}]+"), " "))
    }

    /// The placeholder (as declared, trimmed) that field `i`'s cell is, NULL when none; `None`
    /// when the field has no placeholders (`unknown when "Select", "-"`). It reads the cell's
    /// spelling `sp{i}` (see `spelled`).
    pub(crate) fn placeholder(&self, i: usize, placeholders: &[String]) -> Option<String> {
        let mut arms = String::new();
        let mut seen: Vec<String> = Vec::new();
        for p in placeholders {
            let folded = crate::value::fold_spelling(p);
            if folded.is_empty() || seen.contains(&folded) {
                continue;
            }
            arms.push_str(&format!(" WHEN {} THEN {}", literal(&folded), literal(p.trim())));
            seen.push(folded);
        }
        (!arms.is_empty()).then(|| format!("CASE sp{i}{arms} END"))
    }

    /// A message with placeholders `\u{1}`, `\u{2}`… for values only the query knows, as SQL
    /// text: `'is not clear: it may be ' || x || ' or ' || y || …`.
    fn say(&self, message: &Message, values: &[&str]) -> String {
        let mut text = self.lang.text(message);
        let mut pieces = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let mark = char::from_u32(i as u32 + 1).unwrap_or('\u{1}');
            if let Some((before, after)) = text.split_once(mark) {
                pieces.push(literal(before));
                pieces.push(format!("CAST({value} AS VARCHAR)"));
                text = after.to_string();
            }
        }
        pieces.push(literal(&text));
        pieces.retain(|p| p != "''");
        if pieces.is_empty() { "''".into() } else { format!("({})", pieces.join(" || ")) }
    }

    /// `column "X": "value" problem`, as `input::error::CellProblem` says it.
    fn cell_message(&self, column: &str, raw: &str, problem: &str) -> String {
        // The reader shows the cell trimmed (`" select "` as `"select"`).
        let raw = &self.trim(raw);
        let shown = format!("CASE WHEN length({raw}) > 80 THEN left({raw}, 80) || '…' ELSE {raw} END");
        let message = msg!("input-cell", column = column, value = "\u{1}", problem = "\u{2}");
        let text = self.lang.text(&message);
        let Some((before, rest)) = text.split_once('\u{1}') else { return literal(&text) };
        let Some((middle, after)) = rest.split_once('\u{2}') else { return literal(&text) };
        format!("({} || {shown} || {} || {problem} || {})", literal(before), literal(middle), literal(after))
    }

    /// The reading of field `i` whose column is `column` (as the table names it); a number
    /// that reads two ways (`1.000`) is read with `mark`, and is unreadable without one.
    pub(crate) fn field(&self, i: usize, field: &FieldSpec, mark: Option<DecimalMark>, column: &str) -> FieldSql {
        let c = format!("c{i}");
        let raw = format!("r{i}");
        let is_not_expected = || self.say(&is_not(expected(&field.kind)), &[]);
        let mut sql = FieldSql::default();
        let (value, problem) = match &field.kind {
            FieldKind::Text => (c.clone(), "NULL".to_string()),
            FieldKind::YesNo => {
                let words = |list: &[&str]| list.iter().map(|w| literal(w)).collect::<Vec<_>>().join(", ");
                sql.folded.push(format!("{} AS fo{i}", self.fold(&c)));
                let folded = format!("fo{i}");
                let value = format!(
                    "CASE WHEN {folded} IN ({}) THEN TRUE WHEN {folded} IN ({}) THEN FALSE END",
                    words(&YES),
                    words(&NO)
                );
                (value, is_not_expected())
            }
            FieldKind::OneOf(values) => match values.iter().position(|v| is_catch_all(&v.name)) {
                // A cell that spells no listed value is the catch-all (`other`), never unreadable.
                Some(other) => (format!("COALESCE({}, {other})", self.choice(i, values)), "NULL".to_string()),
                None => (self.choice(i, values), is_not_expected()),
            },
            FieldKind::Date(format) | FieldKind::DateTime(format) => {
                let with_time = matches!(field.kind, FieldKind::DateTime(_));
                return self.date(i, *format, with_time, column, &self.say(&not_a_date(*format, with_time), &[]));
            }
            kind => {
                return self.number(i, kind, mark, column);
            }
        };
        sql.value = format!("CASE WHEN {c} IS NULL THEN NULL ELSE {value} END");
        sql.error = match problem.as_str() {
            "NULL" => "NULL".into(),
            _ => format!(
                "CASE WHEN {c} IS NOT NULL AND f{i} IS NULL THEN {} END",
                self.cell_message(column, &raw, &problem)
            ),
        };
        sql
    }

    /// The spelling of field `i`'s cell (`sp{i}`), read by `choice` and `placeholder`.
    pub(crate) fn spelled(&self, i: usize) -> String {
        format!("{} AS sp{i}", self.spelling(&format!("c{i}")))
    }

    /// The index of the `one of` value field `i`'s cell names: its exact spelling first, then
    /// ignoring case (its spelling `sp{i}`, folded once: see `spelled`).
    fn choice(&self, i: usize, values: &[crate::schema::EnumValue]) -> String {
        let c = &format!("c{i}");
        let mut exact: Vec<(String, usize)> = Vec::new();
        let mut folded: Vec<(String, usize)> = Vec::new();
        for (index, value) in values.iter().enumerate() {
            for spelling in value.spellings.iter().chain(std::iter::once(&value.name)) {
                let spelling = spelling.trim();
                exact.push((spelling.to_string(), index));
                folded.push((crate::value::fold_spelling(spelling), index));
            }
        }
        let first_folded =
            |text: &str| folded.iter().find(|(l, _)| *l == crate::value::fold_spelling(text)).map(|(_, i)| *i);
        // An exact spelling matters only where ignoring case would find another value.
        let first_exact = |text: &str| exact.iter().find(|(s, _)| s == text).map(|(_, i)| *i);
        let mut arms = String::new();
        for (spelling, _) in &exact {
            if let (Some(e), Some(f)) = (first_exact(spelling), first_folded(spelling))
                && e != f
            {
                arms.push_str(&format!(" WHEN {c} = {} THEN {e}", literal(spelling)));
            }
        }
        let mut lookup = format!("CASE sp{i}");
        for (lower, index) in &folded {
            lookup.push_str(&format!(" WHEN {} THEN {index}", literal(lower)));
        }
        lookup.push_str(" END");
        if arms.is_empty() { lookup } else { format!("CASE{arms} ELSE {lookup} END") }
    }

    /// Whether `rest` (a number's text without its sign) is a number the reader reads.
    fn valid_number(&self, rest: &str) -> String {
        let s = self.class(&GROUP_SPACES);
        let a = self.class(&APOSTROPHES);
        let re = format!(
            "^(?:[0-9]+|[0-9]*[.,][0-9]+|[0-9]{{1,3}}(?:{s}[0-9]{{3}})+(?:[.,][0-9]+)?\
             |[0-9]{{1,3}}(?:{a}[0-9]{{3}})+(?:[.,][0-9]+)?|[0-9]{{1,3}}(?:,[0-9]{{3}}){{2,}}\
             |[0-9]{{1,3}}(?:\\.[0-9]{{3}}){{2,}}|[0-9]{{1,3}}(?:,[0-9]{{3}})+\\.[0-9]+\
             |[0-9]{{1,3}}(?:\\.[0-9]{{3}})+,[0-9]+)(?:[eE][+-]?[0-9]{{1,4}})?$"
        );
        self.dialect.matches(rest, &re)
    }

    /// Whether `rest` reads two ways: `1.000`, `250,000`.
    fn ambiguous(&self, rest: &str) -> String {
        self.dialect.matches(rest, "^[1-9][0-9]{0,2}[,.][0-9]{3}$")
    }

    /// A valid number's text in the plain form a cast reads: group marks out, `.` as the decimal mark.
    fn plain(&self, rest: &str) -> String {
        let marks = format!("(length({rest}) - length(replace(replace({rest}, ',', ''), '.', '')))");
        let point_last = self.dialect.matches(rest, "\\.[^.,]*$");
        let comma_last = self.dialect.matches(rest, ",[^.,]*$");
        let decimal = format!(
            "CASE WHEN {point_last} AND strpos({rest}, ',') > 0 THEN replace({rest}, ',', '') \
             WHEN {comma_last} AND strpos({rest}, '.') > 0 THEN replace(replace({rest}, '.', ''), ',', '.') \
             WHEN {marks} = 1 THEN replace({rest}, ',', '.') \
             ELSE replace(replace({rest}, ',', ''), '.', '') END"
        );
        let groups: Vec<char> = GROUP_SPACES.iter().chain(&APOSTROPHES).copied().collect();
        self.dialect.replace_all(&decimal, &self.class(&groups), "")
    }

    /// `text` without a currency sign or code before or after it, as `input::numbers` strips it;
    /// `folded` is the text in lowercase.
    fn strip_currency(&self, text: &str, folded: &str) -> String {
        // Bitrix24's `600000|RUB`.
        let coded = "\\|[A-Za-z]{3}$";
        let mut arms = format!(
            " WHEN {} THEN {}",
            self.dialect.matches(text, coded),
            self.rtrim(&self.dialect.replace_all(text, coded, ""))
        );
        for currency in CURRENCIES {
            let n = currency.chars().count();
            let word = currency.chars().all(|c| c.is_alphabetic());
            let before_is_letter =
                self.dialect.matches(&format!("substr({text}, length({text}) - {n}, 1)"), "^[A-Za-zА-яЁё]$");
            let suffix_ok = if word { format!(" AND NOT {before_is_letter}") } else { String::new() };
            arms.push_str(&format!(
                " WHEN left({folded}, {n}) = {lit} THEN {} WHEN right({folded}, {n}) = {lit}{suffix_ok} THEN {}",
                self.ltrim(&format!("substr({text}, {})", n + 1)),
                self.rtrim(&format!("left({text}, length({text}) - {n})")),
                lit = literal(currency),
            ));
        }
        format!("CASE WHEN {} THEN {text}{arms} ELSE {text} END", digits_at_ends(text))
    }

    /// `text` without the multiplier word at its end (`120 млн`, `150k`), as
    /// `input::numbers` strips it, and the factor it gives; `folded` is the text in lowercase.
    fn strip_multiplier(&self, text: &str, folded: &str) -> (String, String) {
        let (mut cut, mut factor) = (String::new(), String::new());
        for (word, times) in MULTIPLIERS {
            let n = word.chars().count();
            let before_is_letter =
                self.dialect.matches(&format!("substr({text}, length({text}) - {n}, 1)"), "^[A-Za-zА-яЁё]$");
            let when = format!(" WHEN right({folded}, {n}) = {} AND NOT {before_is_letter}", literal(word));
            cut.push_str(&format!("{when} THEN {}", self.rtrim(&format!("left({text}, length({text}) - {n})"))));
            factor.push_str(&format!("{when} THEN {}", dialect_number(times, self.dialect)));
        }
        let digit_last = format!("right({text}, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')");
        (
            format!("CASE WHEN {digit_last} THEN {text}{cut} ELSE {text} END"),
            format!("CASE WHEN {digit_last} THEN 1.0{factor} ELSE 1.0 END"),
        )
    }

    /// `text` folded (`fold`) where `strip_currency` reads it, NULL where a digit begins and
    /// ends it (most cells of a number column): the fold is not computed for them.
    fn folded_unless_digits(&self, text: &str) -> String {
        format!("CASE WHEN {} THEN NULL ELSE {} END", digits_at_ends(text), self.fold(text))
    }

    /// A number, an amount, a percentage or a duration.
    fn number(&self, i: usize, kind: &FieldKind, mark: Option<DecimalMark>, column: &str) -> FieldSql {
        let c = format!("c{i}");
        let raw = format!("r{i}");
        let signs = SIGNS.iter().map(|s| literal(s)).collect::<Vec<_>>().join(", ");
        let mut sql = FieldSql::default();
        // The text `read_number` reads (`n`), a factor for a sign read before it (`k`), a unit in
        // seconds (`u`), whether the cell is already unreadable (`b`).
        let (n, k, u, b) = match kind {
            FieldKind::Money => {
                let signed = format!("left({c}, 1) IN ({signs})");
                let unsigned =
                    format!("CASE WHEN {signed} THEN {} ELSE {c} END", self.ltrim(&format!("substr({c}, 2)")));
                sql.pre0.push(format!("{unsigned} AS v{i}"));
                sql.pre0.push(format!("{} AS fv{i}", self.folded_unless_digits(&unsigned)));
                let bare = self.strip_currency(&format!("v{i}"), &format!("fv{i}"));
                sql.pre.push(format!("{bare} AS q{i}"));
                // The same text folded, for the multiplier word at its end.
                sql.pre.push(format!("{} AS fq{i}", self.strip_currency(&format!("fv{i}"), &format!("fv{i}"))));
                let (cut, factor) = self.strip_multiplier(&format!("q{i}"), &format!("fq{i}"));
                let k = format!("CASE WHEN left({c}, 1) IN ('-', '−') THEN -1.0 ELSE 1.0 END * {factor}");
                let b = format!("(q{i} = '' OR ({signed} AND left(q{i}, 1) IN ({signs})))");
                (self.trim(&cut), k, None, b)
            }
            FieldKind::Percent => {
                let n = format!("CASE WHEN right({c}, 1) = '%' THEN left({c}, length({c}) - 1) ELSE {c} END");
                (self.trim(&n), "1.0".into(), None, "FALSE".into())
            }
            FieldKind::Duration(unit) => {
                let letters = "[A-Za-zА-яЁё.]+$";
                let word = format!(
                    "CASE WHEN {} THEN {} END",
                    self.dialect.matches(&c, letters),
                    self.dialect.group(&c, &format!("({letters})"), 1)
                );
                sql.pre.push(format!("{word} AS w{i}"));
                let unit_word = self.fold(&self.trim(&format!("rtrim(w{i}, '.')")));
                let mut lookup =
                    format!("CASE WHEN w{i} IS NULL THEN {} ", dialect_number(unit.seconds(), self.dialect));
                for (u, words) in UNIT_WORDS {
                    let list = words.iter().map(|w| literal(w)).collect::<Vec<_>>().join(", ");
                    lookup.push_str(&format!(
                        "WHEN {unit_word} IN ({list}) THEN {} ",
                        dialect_number(u.seconds(), self.dialect)
                    ));
                }
                lookup.push_str("END");
                let n = format!("CASE WHEN w{i} IS NULL THEN {c} ELSE left({c}, length({c}) - length(w{i})) END");
                let b = format!("((w{i} IS NOT NULL AND (length(w{i}) = length({c}) OR u{i} IS NULL)))");
                (self.trim(&n), "1.0".into(), Some(lookup), b)
            }
            _ => (c.clone(), "1.0".into(), None, "FALSE".into()),
        };
        let second: Vec<String> = [format!("{n} AS n{i}"), format!("{k} AS k{i}")]
            .into_iter()
            .chain(u.map(|u| format!("{u} AS u{i}")))
            .collect();
        sql.parts.extend(second);
        let signed = format!("left(n{i}, 1) IN ({signs})");
        sql.signs.push(format!("CASE WHEN {signed} THEN substr(n{i}, 2) ELSE n{i} END AS x{i}"));
        sql.signs.push(format!("k{i} * CASE WHEN left(n{i}, 1) IN ('-', '−') THEN -1.0 ELSE 1.0 END AS s{i}"));
        sql.signs.push(format!("{b} AS b{i}"));
        let x = format!("x{i}");
        // Which mark is the decimal one (NULL: none, and a number that reads two ways is unreadable).
        let comma = match mark {
            Some(DecimalMark::Comma) => "TRUE",
            Some(DecimalMark::Point) => "FALSE",
            None => "NULL",
        };
        let double = |t: String| self.dialect.to_double(&t);
        let two_ways = format!(
            "CASE WHEN (strpos({x}, ',') > 0) = ({comma}) THEN {} WHEN (strpos({x}, ',') > 0) = NOT ({comma}) THEN {} END",
            double(format!("replace(replace({x}, ',', '.'), ' ', '')")),
            double(format!("replace(replace({x}, ',', ''), '.', '')")),
        );
        // Plain digits (most cells) first: they read as they are, neither ambiguous nor grouped.
        let read = format!(
            "CASE WHEN c{i} IS NULL OR b{i} THEN NULL WHEN {} THEN s{i} * ({}) WHEN {} THEN s{i} * ({two_ways}) \
             WHEN {} THEN s{i} * ({}) END",
            self.dialect.matches(&x, "^[0-9]+$"),
            double(x.clone()),
            self.ambiguous(&x),
            self.valid_number(&x),
            double(self.plain(&x)),
        );
        sql.value = match kind {
            FieldKind::Percent => format!("({read}) / 100.0"),
            FieldKind::Duration(_) => format!("({read}) * u{i}"),
            _ => read,
        };
        // What is wrong: a number that reads two ways says both readings.
        let whole = format!("split_part(x{i}, CASE WHEN strpos(x{i}, ',') > 0 THEN ',' ELSE '.' END, 1)");
        let fraction = format!("rtrim(right(x{i}, 3), '0')");
        let minus = format!("CASE WHEN s{i} < 0 THEN '-' ELSE '' END");
        let as_decimal = format!("{minus} || {whole} || CASE WHEN {fraction} = '' THEN '' ELSE '.' || {fraction} END");
        let as_thousands = format!("{minus} || {whole} || right(x{i}, 3)");
        let ambiguous = msg!("input-cell-ambiguous", decimal = "\u{1}", thousands = "\u{2}");
        let problem = format!(
            "CASE WHEN NOT b{i} AND {} THEN {} ELSE {} END",
            self.ambiguous(&x),
            self.say(&ambiguous, &[&as_decimal, &as_thousands]),
            self.say(&is_not(expected(kind)), &[]),
        );
        sql.error = format!(
            "CASE WHEN c{i} IS NOT NULL AND f{i} IS NULL THEN {} END",
            self.cell_message(column, &raw, &problem)
        );
        sql
    }

    /// A date, or a date and time: civil seconds since 1970.
    fn date(&self, i: usize, format: DateFormat, with_time: bool, column: &str, expected: &str) -> FieldSql {
        let c = format!("c{i}");
        let raw = format!("r{i}");
        let d = self.dialect;
        let separators = format!("[ Tt{}]", self.re_char('\u{00A0}'));
        let mut sql = FieldSql::default();
        // A Unix timestamp (`input::dates::unix_seconds`): 9 or 10 digits of seconds, 12 or 13 of
        // milliseconds, in UTC; a date field keeps the day. Exact in a double (below 2^53).
        let digits = |from: usize, to: usize| d.matches(&c, &format!("^[0-9]{{{from},{to}}}$"));
        // An Excel serial date (`input::dates::excel_serial_seconds`): 5 digits of days since
        // 1899-12-30, maybe a fraction after `.` or `,`, rounded to the second as the reader does.
        let serial = d.matches(&c, &format!("^[0-9]{{{EXCEL_SERIAL_DIGITS}}}([.,][0-9]+)?$"));
        let seconds = format!(
            "CASE WHEN {} THEN CAST({c} AS FLOAT8) WHEN {} THEN floor(CAST({c} AS FLOAT8) / 1000.0) \
             WHEN {serial} THEN floor((CAST(replace({c}, ',', '.') AS FLOAT8) - {EXCEL_EPOCH_DAYS:.1}) * 86400.0 + 0.5) END",
            digits(UNIX_SECONDS_FROM, UNIX_SECONDS_TO),
            digits(UNIX_MILLISECONDS_FROM, UNIX_MILLISECONDS_TO)
        );
        let seconds = if with_time { seconds } else { format!("floor(({seconds}) / 86400.0) * 86400.0") };
        sql.pre.push(format!("{seconds} AS ux{i}"));
        // The date before the first space or `T` (a `,` before it dropped), the time after it.
        sql.pre.push(format!("{} AS dp{i}", d.replace_all(&c, &format!(",?{separators}[\\s\\S]*$"), "")));
        sql.pre.push(format!(
            "CASE WHEN {} THEN {} END AS tp{i}",
            d.matches(&c, &separators),
            self.trim(&d.replace_all(&c, &format!("^[^ Tt{}]*{separators}", self.re_char('\u{00A0}')), ""))
        ));
        let iso = "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$".to_string();
        let (order, separator) = match format {
            DateFormat::Default => (DateOrder::DayMonthYear, '.'),
            DateFormat::Declared { order, separator } => (order, separator),
        };
        let s = self.re_char(separator);
        let (other, y, m, dd) = match order {
            DateOrder::DayMonthYear => (format!("^([0-9]{{1,2}}){s}([0-9]{{1,2}}){s}([0-9]{{4}})$"), 3, 2, 1),
            DateOrder::MonthDayYear => (format!("^([0-9]{{1,2}}){s}([0-9]{{1,2}}){s}([0-9]{{4}})$"), 3, 1, 2),
            DateOrder::YearMonthDay => (format!("^([0-9]{{4}}){s}([0-9]{{1,2}}){s}([0-9]{{1,2}})$"), 1, 2, 3),
        };
        let dp = format!("dp{i}");
        // Once the shape is matched (a test without groups, which engines run fast), each part
        // is the text between the separators: groups of a regular expression cost PostgreSQL
        // a hundred times more.
        let sep = literal(&separator.to_string());
        let part = |iso_group: usize, group: usize| {
            format!(
                "CASE WHEN {} THEN CAST(split_part({dp}, '-', {iso_group}) AS INTEGER) \
                 WHEN {} THEN CAST(split_part({dp}, {sep}, {group}) AS INTEGER) END",
                d.matches(&dp, &iso),
                d.matches(&dp, &other),
            )
        };
        sql.signs.push(format!("{} AS y{i}", part(1, y)));
        sql.signs.push(format!("{} AS m{i}", part(2, m)));
        sql.signs.push(format!("{} AS d{i}", part(3, dd)));
        let clock = "^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?[ \t]*(?:([AaPp])[Mm])?[ \t]*(?:[Zz]|[+-]:*(?:[0-9]:*){2}(?:[0-9]:*){2}|[+-]:*(?:[0-9]:*){2})?$";
        let tp = format!("tp{i}");
        let clock_ok = d.matches(&tp, clock);
        // Where the clock matched: the hour before the first `:`, two digits of minutes after
        // it, seconds where a `:` follows them (nothing else after the minutes starts with `:`),
        // and the letter before the only `m` (`am`, `pm`; a zone holds no `m`).
        let colon = format!("strpos({tp}, ':')");
        sql.signs.push(format!("CASE WHEN {clock_ok} THEN CAST(split_part({tp}, ':', 1) AS INTEGER) END AS hh{i}"));
        sql.signs.push(format!("CASE WHEN {clock_ok} THEN CAST(substr({tp}, {colon} + 1, 2) AS INTEGER) END AS mi{i}"));
        sql.signs.push(format!(
            "CASE WHEN {clock_ok} THEN CASE WHEN substr({tp}, {colon} + 3, 1) = ':' \
             THEN CAST(substr({tp}, {colon} + 4, 2) AS INTEGER) ELSE 0 END END AS ss{i}"
        ));
        let m = format!("strpos(lower({tp}), 'm')");
        sql.signs.push(format!(
            "CASE WHEN {clock_ok} THEN CASE WHEN {m} > 0 THEN lower(substr({tp}, {m} - 1, 1)) ELSE '' END END AS ap{i}"
        ));
        let hour_ok = format!("((ap{i} = '' AND hh{i} <= 23) OR (ap{i} <> '' AND hh{i} BETWEEN 1 AND 12))");
        let time_ok = format!("(tp{i} IS NULL OR (hh{i} IS NOT NULL AND mi{i} <= 59 AND ss{i} <= 59 AND {hour_ok}))");
        let leap = format!("(y{i} % 4 = 0 AND (y{i} % 100 <> 0 OR y{i} % 400 = 0))");
        let days = format!(
            "CASE WHEN m{i} IN (4, 6, 9, 11) THEN 30 WHEN m{i} = 2 AND {leap} THEN 29 WHEN m{i} = 2 THEN 28 ELSE 31 END"
        );
        let day_ok = format!("(y{i} >= 1 AND m{i} BETWEEN 1 AND 12 AND d{i} >= 1 AND d{i} <= {days})");
        let hour =
            format!("(CASE WHEN ap{i} = '' THEN hh{i} ELSE hh{i} % 12 + CASE WHEN ap{i} = 'p' THEN 12 ELSE 0 END END)");
        let clock_seconds = if with_time {
            format!(" + CASE WHEN tp{i} IS NULL THEN 0 ELSE {hour} * 3600 + mi{i} * 60 + ss{i} END")
        } else {
            String::new()
        };
        sql.value = format!(
            "CASE WHEN ux{i} IS NOT NULL THEN ux{i} WHEN c{i} IS NULL OR y{i} IS NULL OR NOT {day_ok} OR NOT {time_ok} THEN NULL ELSE {} * 86400.0{clock_seconds} END",
            civil_days(&format!("y{i}"), &format!("m{i}"), &format!("d{i}"))
        );
        let mut month_days = format!("CASE m{i}");
        for month in 1..=12 {
            let message = msg!("input-date-month-days", month = month, year = "\u{1}", days = "\u{2}");
            month_days.push_str(&format!(" WHEN {month} THEN {}", self.say(&message, &[&format!("y{i}"), &days])));
        }
        month_days.push_str(" END");
        let problem = format!(
            "CASE WHEN y{i} IS NULL THEN {expected} WHEN y{i} < 1 THEN {} WHEN m{i} NOT BETWEEN 1 AND 12 THEN {} \
             WHEN NOT {day_ok} THEN {month_days} ELSE {expected} END",
            self.say(&msg!("input-date-no-year-zero"), &[]),
            self.say(&msg!("input-date-no-such-month", month = "\u{1}"), &[&format!("m{i}")]),
        );
        sql.error = format!(
            "CASE WHEN c{i} IS NOT NULL AND f{i} IS NULL THEN {} END",
            self.cell_message(column, &raw, &problem)
        );
        sql
    }
}

/// Whether a digit begins and ends `text`, without a regular expression.
fn digits_at_ends(text: &str) -> String {
    let digits = "('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')";
    format!("(left({text}, 1) IN {digits} AND right({text}, 1) IN {digits})")
}

/// Days from 1970-01-01 to a civil date (years from 1), in arithmetic both engines share.
fn civil_days(y: &str, m: &str, d: &str) -> String {
    let year = format!("(CAST({y} AS FLOAT8) - CASE WHEN {m} <= 2 THEN 1 ELSE 0 END)");
    let era = format!("floor({year} / 400.0)");
    let yoe = format!("({year} - {era} * 400.0)");
    let mp = format!("(CASE WHEN {m} > 2 THEN {m} - 3 ELSE {m} + 9 END)");
    let doy = format!("(floor((153.0 * {mp} + 2.0) / 5.0) + {d} - 1)");
    let doe = format!("({yoe} * 365.0 + floor({yoe} / 4.0) - floor({yoe} / 100.0) + {doy})");
    format!("({era} * 146097.0 + {doe} - 719468.0)")
}

fn dialect_number(value: f64, dialect: Dialect) -> String {
    super::dialect::number(value, dialect)
}

/// The column a field is read from: the first of its `from` names unless `columns` maps it.
pub(crate) fn column_of<'a>(field: &'a FieldSpec, columns: &'a [(String, String)]) -> &'a str {
    columns
        .iter()
        .find(|(name, _)| *name == field.name)
        .map(|(_, column)| column.as_str())
        .or(field.columns.first().map(String::as_str))
        .unwrap_or(field.name.as_str())
}

/// The column as the query reads it.
pub(crate) fn quoted_column(field: &FieldSpec, columns: &[(String, String)]) -> String {
    ident(column_of(field, columns))
}
