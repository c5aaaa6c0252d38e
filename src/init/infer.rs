//! The kind of field a profiled column becomes, and the columns with a role: the key, and the
//! outcome a history records. The rules, in order:
//!
//! 1. A column with no filled cell is **empty** (left out of the fields).
//! 2. Placeholders (`Select`, `-`, `n/a`, `не указано`...) are set apart; the rest decides.
//! 3. **yes/no** when every cell is yes or no (`да`/`нет`, `Y`/`N`, `true`/`false`, or only
//!    `1` and `0`, both present).
//! 4. **date**, then **datetime**: ISO or `dd.mm.yyyy`, then `m/d/yyyy`, then `d/m/yyyy`.
//! 5. **percent** when the cells carry `%`, or the header says so (`%`, percent, доля) and the
//!    numbers lie within 0..100; **money** when the cells carry a currency or the header names
//!    money (руб, $, budget, выручка, price...); **seconds**, **days**, **hours**, **minutes**,
//!    **weeks** (never months or years: a `year_established` column holds a calendar year, not a
//!    duration) when the cells carry the unit (`3 дня`) or the header names it (`Срок, дней`,
//!    `Time (s)`: then written `number in seconds`); else **number**. A decimal mark that some
//!    cell needs (`1.000`) is declared with `format`.
//! 6. **one of** when at most [`MAX_CHOICES`] values (spellings that differ only in case and
//!    spaces are one value) and each occurs twice on average; placeholders are not values.
//! 7. **text** otherwise (also a column of nothing but placeholders).
//!
//! A column's placeholders do not change its kind: the definition declares them `unknown when`
//! (see `write`), so a number field reads `-` as unknown, and reports keep it apart from a blank.

use super::profile::ColumnProfile;
use crate::schema::{DateFormat, DecimalMark, FieldKind};
use crate::syntax::ast::DurationUnit;
use crate::value::fold_spelling;

/// The most values a `one of` field gets from `init`; a column with more is text.
pub const MAX_CHOICES: usize = 25;

/// What `init` declares for a column.
#[derive(Clone, Debug, PartialEq)]
pub enum Inferred {
    /// No filled cell: left out.
    Empty,
    /// A typed field (never `OneOf`: see [`Inferred::OneOf`]), whatever placeholders it has.
    Typed(FieldKind),
    /// A list of values (its answers; placeholders are never among them).
    OneOf(Vec<Choice>),
    /// Free text.
    Text,
}

/// One value of a `one of` column: its spellings (the most frequent first) and how many cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub spellings: Vec<String>,
    pub count: u64,
    pub placeholder: bool,
}

/// The kind of a profiled column.
pub fn infer(profile: &ColumnProfile) -> Inferred {
    if profile.filled == 0 {
        return Inferred::Empty;
    }
    let answered = profile.answered();
    if answered > 0
        && let Some(kind) = typed(profile)
    {
        return Inferred::Typed(kind);
    }
    let choices: Vec<Choice> = choices(profile).into_iter().filter(|c| !c.placeholder).collect();
    if !profile.overflow && !choices.is_empty() && choices.len() <= MAX_CHOICES && answered >= 2 * choices.len() as u64
    {
        return Inferred::OneOf(choices);
    }
    Inferred::Text
}

/// The typed kind every answer of the column reads as, if any.
fn typed(profile: &ColumnProfile) -> Option<FieldKind> {
    if profile.reads_as(&FieldKind::YesNo).is_some() && yes_no_spelt(profile) {
        return Some(FieldKind::YesNo);
    }
    let formats = [DateFormat::Default, DateFormat::parse("m/d/yyyy")?, DateFormat::parse("d/m/yyyy")?];
    // A column whose cells carry a time of day is a datetime, though a date reads them too.
    let timed = profile.values.iter().any(|(t, _)| t.contains(':'));
    let dates: [fn(DateFormat) -> FieldKind; 2] =
        if timed { [FieldKind::DateTime, FieldKind::Date] } else { [FieldKind::Date, FieldKind::DateTime] };
    for date in dates {
        if let Some(format) = formats.iter().find(|f| profile.reads_as(&date(**f)).is_some()) {
            return Some(date(*format));
        }
    }
    let header = header_words(&profile.column);
    let says = |words: &[&str]| header.iter().any(|w| words.iter().any(|p| w.starts_with(p)));
    let symbol = |symbols: &[&str]| symbols.iter().any(|s| profile.column.contains(s));
    let range = (profile.numbers.min, profile.numbers.max);
    if profile.reads_as(&FieldKind::Percent).is_some()
        && (profile.marked[1]
            || ((symbol(&["%"]) || says(&["percent", "pct", "процент", "доля", "rate"]))
                && range.0 >= 0.0
                && range.1 <= 100.0))
    {
        return Some(FieldKind::Percent);
    }
    if profile.reads_as(&FieldKind::Money).is_some()
        && (profile.marked[0] || symbol(&["$", "€", "₽"]) || says(MONEY_WORDS))
    {
        return Some(FieldKind::Money);
    }
    if profile.reads_as(&FieldKind::Duration(DurationUnit::Days)).is_some() {
        if let Some(unit) = header_unit(&profile.column) {
            return Some(FieldKind::Duration(unit));
        }
        if profile.marked[2] {
            return Some(FieldKind::Duration(DurationUnit::Days));
        }
    }
    profile.reads_as(&FieldKind::Number).map(|_| FieldKind::Number)
}

/// Words of a header that name money (matched at the start of the header's words).
const MONEY_WORDS: &[&str] = &[
    "руб",
    "rub",
    "usd",
    "eur",
    "price",
    "budget",
    "revenue",
    "amount",
    "cost",
    "spend",
    "salary",
    "value",
    "сумм",
    "бюджет",
    "выручк",
    "цен",
    "стоимост",
    "доход",
    "оборот",
    "расход",
    "деньг",
    "оплат",
    "платеж",
    "платёж",
];

/// Header words that name a unit of time.
const UNIT_WORDS: [(DurationUnit, &[&str]); 5] = [
    (DurationUnit::Seconds, &["seconds", "second", "sec", "secs", "секунд", "секунды", "секунда", "сек"]),
    (DurationUnit::Days, &["days", "day", "дней", "дни", "дня", "день", "дн", "сут", "суток"]),
    (DurationUnit::Hours, &["hours", "hour", "hrs", "часов", "часа", "час", "ч"]),
    (DurationUnit::Minutes, &["minutes", "minute", "min", "mins", "минут", "минуты", "мин"]),
    (DurationUnit::Weeks, &["weeks", "week", "недель", "недели", "неделя", "нед"]),
];

/// The unit of time a header names: a word of [`UNIT_WORDS`] (`Total Time Spent on Website
/// (seconds)`, `Время на сайте, сек`), or a one-letter unit written as the header's unit, in
/// brackets or after a comma at its end (`Time (s)`, `Wait, h`): a lone `s` elsewhere is an
/// apostrophe's (`Lead's`).
pub fn header_unit(header: &str) -> Option<DurationUnit> {
    let words = header_words(header);
    let named = UNIT_WORDS.iter().find(|(_, names)| words.iter().any(|w| names.contains(&w.as_str())));
    if let Some((unit, _)) = named {
        return Some(*unit);
    }
    let trimmed = header.trim_end().trim_end_matches([')', ']']).trim_end();
    let cut = trimmed.char_indices().filter(|(_, c)| !c.is_alphanumeric()).last().map_or(0, |(i, c)| i + c.len_utf8());
    let (before, last) = trimmed.split_at(cut);
    let as_unit = before.trim_end().ends_with(['(', '[', ',']);
    match last.to_lowercase().as_str() {
        "s" if as_unit => Some(DurationUnit::Seconds),
        "h" if as_unit => Some(DurationUnit::Hours),
        _ => None,
    }
}

/// Whether a header says not to contact the lead (`Do Not Email`, `Do not call`, `Не звонить`,
/// `Unsubscribed`, `Opt-out`): such a column being yes is no plus, whatever the data.
pub fn says_do_not_contact(header: &str) -> bool {
    let words = format!(" {} ", header_words(&header.replace(['_', '-'], " ")).join(" "));
    const PHRASES: &[&str] = &[
        " do not ",
        " dont ",
        " don t ",
        " donot",
        " no contact",
        " no call",
        " opt out",
        " optout",
        " opted out",
        " unsubscrib",
        " blacklist",
        " dnc ",
        " не звонить",
        " не писать",
        " не беспокоить",
        " не связываться",
        " не отправлять",
        " не рассылать",
        " не присылать",
        " отписа",
        " отписк",
        " отказ от рассыл",
        " черный список",
        " чёрный список",
        " стоп лист",
    ];
    PHRASES.iter().any(|p| words.contains(p))
}

/// Whether a column's values say not to contact the lead (`Не звонить`, `отказ от рассылки`,
/// `Отписался`, `Do not email`) in at least half of its answered cells, whatever its header
/// (`Ограничения связи`).
pub fn values_say_do_not_contact(profile: &ColumnProfile) -> bool {
    let saying: u64 = profile.values.iter().filter(|(value, _)| says_do_not_contact(value)).map(|(_, n)| n).sum();
    saying > 0 && saying * 2 >= profile.answered()
}

/// Whether a duration header measures engagement (time on the site, a call's length), where
/// more is better, rather than a wait, where less is.
pub fn measures_engagement(header: &str) -> bool {
    const WORDS: &[&str] =
        &["spent", "site", "website", "session", "duration", "engag", "watch", "сайт", "сесси", "длительн", "просмотр"];
    // `Time since the last visit`, `Wait for a call`: a wait whatever else the header says.
    const WAIT: &[&str] = &["since", "ago", "wait", "until", "till", "last", "назад", "ожидан", "последн", "прошло"];
    let words = header_words(header);
    let says = |list: &[&str]| words.iter().any(|w| list.iter().any(|p| w.starts_with(p)));
    says(WORDS) && !says(WAIT)
}

/// The header's words, lowercase (split at anything but letters and digits, and at `_`).
fn header_words(header: &str) -> Vec<String> {
    header.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Whether a yes/no column is really one: a word such as `да` or `Y` in it, or both `1` and `0`
/// (a column of only `1`s is a count).
fn yes_no_spelt(profile: &ColumnProfile) -> bool {
    let numeric = |t: &str| t == "1" || t == "0";
    let words = profile.values.iter().any(|(t, _)| !numeric(t));
    let both = profile.values.iter().any(|(t, _)| t == "1") && profile.values.iter().any(|(t, _)| t == "0");
    words || both
}

/// The decimal mark a numeric column of `kind` needs declared (`None` when its cells read
/// without one).
pub fn decimal_mark(profile: &ColumnProfile, kind: &FieldKind) -> Option<DecimalMark> {
    let probe = match kind {
        FieldKind::Duration(_) => FieldKind::Duration(DurationUnit::Days),
        other => other.clone(),
    };
    profile.reads_as(&probe).flatten()
}

/// The column's values with spellings that differ only in case and spaces merged, the most
/// frequent first; placeholders among them, marked (an outcome column lists them as open).
pub fn choices(profile: &ColumnProfile) -> Vec<Choice> {
    let mut choices: Vec<(String, Choice)> = Vec::new();
    let all = profile.values.iter().map(|v| (v, false)).chain(profile.placeholders.iter().map(|v| (v, true)));
    for ((text, count), placeholder) in all {
        let key = merge_key(text);
        match choices.iter_mut().find(|(k, _)| *k == key) {
            Some((_, choice)) => {
                choice.count += count;
                choice.spellings.push(text.clone());
            }
            None => {
                choices.push((key, Choice { spellings: vec![text.clone()], count: *count, placeholder }));
            }
        }
    }
    let counts: foldhash::HashMap<&str, u64> =
        profile.values.iter().chain(&profile.placeholders).map(|(t, n)| (t.as_str(), *n)).collect();
    let mut choices: Vec<Choice> = choices.into_iter().map(|(_, c)| c).collect();
    for choice in &mut choices {
        choice.spellings.sort_by_key(|s| std::cmp::Reverse(counts.get(s.as_str()).copied().unwrap_or(0)));
    }
    choices.sort_by_key(|c| std::cmp::Reverse(c.count));
    choices
}

/// Spellings that differ in case and spaces only (`Google`, `google `, `Direct  traffic`) are
/// one value: the reader's own comparison ([`fold_spelling`]).
pub fn merge_key(text: &str) -> String {
    fold_spelling(text)
}

/// Whether the header names an identifier: `id`, `ID`, `№`, `Номер`, `Lead Number`, `lead_id`.
pub fn names_an_id(header: &str) -> bool {
    let words = header_words(header);
    header.contains('№')
        || words.iter().any(|w| ["id", "uuid", "guid", "номер", "код", "key", "ключ", "number"].contains(&w.as_str()))
}

/// How a history's outcome column spells won, lost and still open.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub won: Vec<String>,
    pub lost: Vec<String>,
    pub open: Vec<String>,
}

/// Header words of an outcome column.
const OUTCOME_WORDS: &[&str] = &[
    "outcome",
    "result",
    "stage",
    "status",
    "converted",
    "conversion",
    "won",
    "исход",
    "результат",
    "стади",
    "этап",
    "статус",
    "конверс",
    "итог",
];

/// The column's outcome spellings when it records how leads ended: its header names an outcome
/// and its values include a win and a loss (`won`/`lost`, `1`/`0`, `Успешно`/`Провал`).
pub fn outcome(profile: &ColumnProfile) -> Option<Outcome> {
    let header = header_words(&profile.column);
    if !header.iter().any(|w| OUTCOME_WORDS.iter().any(|o| w.starts_with(o))) || profile.overflow {
        return None;
    }
    let choices = choices(profile);
    if choices.len() > MAX_CHOICES {
        return None;
    }
    let mut outcome = Outcome { won: Vec::new(), lost: Vec::new(), open: Vec::new() };
    for choice in &choices {
        let shown = choice.spellings[0].clone();
        match ending(&merge_key(&shown)) {
            Some(true) => outcome.won.push(shown),
            Some(false) => outcome.lost.push(shown),
            None => outcome.open.push(shown),
        }
    }
    (!outcome.won.is_empty() && !outcome.lost.is_empty()).then_some(outcome)
}

/// Whether an outcome spelling (merged form) means won (`Some(true)`), lost, or neither.
fn ending(value: &str) -> Option<bool> {
    const LOST_EXACT: &[&str] = &["0", "no", "false", "нет", "n", "not converted"];
    const WON_EXACT: &[&str] = &["1", "yes", "true", "да", "y", "converted", "win"];
    const LOST_PART: &[&str] = &["lost", "проигр", "провал", "не реализ", "отказ", "неуспеш"];
    const WON_PART: &[&str] = &["won", "выигр", "успеш", "успех", "реализовано", "продан"];
    if LOST_EXACT.contains(&value) || LOST_PART.iter().any(|p| value.contains(p)) {
        Some(false)
    } else if WON_EXACT.contains(&value) || WON_PART.iter().any(|p| value.contains(p)) {
        Some(true)
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
