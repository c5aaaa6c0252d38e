//! Slips that pest reports one token late or in parser words, found where the parser stopped and
//! repaired: numbers written as people type them (`500 000,50`, `500к`, `1,5 млн`, `1e9`), a
//! fraction where a percentage belongs (`match 0.8`), Russian words written for a keyword (`если`
//! for `когда`), misspelt units (`минтут`), keyword typos (`pases`, `когад`), Latin-looking
//! Cyrillic letters in a keyword (`аnd`) and a comma left at the end of a list.
//!
//! Every candidate repair is tried by parsing the piece again with it applied; only a repair that
//! lets the parser get past the place it stopped is offered. One such repair is a `Safe` fix;
//! several are offered as choices and listed in the help.

use super::grammar::{LeadRulesParser, Rule};
use super::keywords::{KEYWORDS, Spelling, is_russian, russian_unit, spell};
use super::lex::{self, Lexeme};
use super::numbers::{self, NumberSlip};
use super::pasted::{self, Pasted};
use super::scan::{self, Piece};
use super::wording::{
    RESERVED, cyrillic_spelling, is_keyword_spelling, latin_look_alike_wording, latin_spelling, look_alike_wording,
    meant_keyword,
};
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::locale::Lang;
use crate::message::Arg;
use crate::msg;
use crate::span::Span;
use pest::Parser;

/// Unit words the grammar reads, and the unit each typo is repaired to (a Russian typo to the
/// Russian form its number asks for).
const UNIT_WORDS: [(&str, &str); 42] = [
    ("months", "months"),
    ("month", "months"),
    ("years", "years"),
    ("year", "years"),
    ("месяц", "months"),
    ("месяца", "months"),
    ("месяцев", "months"),
    ("мес", "months"),
    ("год", "years"),
    ("года", "years"),
    ("лет", "years"),
    ("seconds", "seconds"),
    ("second", "seconds"),
    ("секунда", "seconds"),
    ("секунды", "seconds"),
    ("секунд", "seconds"),
    ("секунду", "seconds"),
    ("сек", "seconds"),
    ("minutes", "minutes"),
    ("minute", "minutes"),
    ("hours", "hours"),
    ("hour", "hours"),
    ("days", "days"),
    ("day", "days"),
    ("weeks", "weeks"),
    ("week", "weeks"),
    ("минута", "minutes"),
    ("минуты", "minutes"),
    ("минут", "minutes"),
    ("минуту", "minutes"),
    ("мин", "minutes"),
    ("часов", "hours"),
    ("часа", "hours"),
    ("час", "hours"),
    ("день", "days"),
    ("дня", "days"),
    ("дней", "days"),
    ("неделя", "weeks"),
    ("недели", "weeks"),
    ("недель", "weeks"),
    ("неделю", "weeks"),
    ("сутки", "days"),
];

/// Whether `word` is a unit of time as the grammar reads it (`мес`, `days`).
pub fn is_unit_word(word: &str) -> bool {
    UNIT_WORDS.iter().any(|(w, _)| *w == word)
}

/// Words of the grammar that are not in `RESERVED` but may be misspelt where they belong.
const OTHER_KEYWORDS: [&str; 6] = ["definition", "version", "effective", "with", "class", "fit"];

/// What a repair corrects, for the wording of its diagnostic.
#[derive(Clone, Debug)]
enum Slip {
    Number(NumberSlip),
    Russian {
        word: String,
        keyword: &'static str,
    },
    Unit {
        word: String,
    },
    Typo {
        word: String,
    },
    LookAlike {
        word: String,
        letter: char,
        position: usize,
    },
    /// A Latin letter that looks like a Cyrillic one in a Russian word (`когдa`).
    LatinLookAlike {
        word: String,
        letter: char,
        position: usize,
    },
    TrailingComma,
    /// `expect SQL`: the expectation's own word (`class`, `temperature`, `grade`) left out.
    BareExpectation {
        word: String,
    },
    /// Text pasted from office software (`“…”`, `;`, `01.12.2026`, `"SQL"`, `nurture lead`).
    Pasted(Pasted),
}

/// One candidate repair: replace `span` (absolute) with `replacement`.
#[derive(Clone, Debug)]
struct Repair {
    span: Span,
    replacement: String,
    slip: Slip,
}

/// A diagnostic for a slip at or just before `stop` (where pest stopped, absolute), with the
/// repairs that let `rule` parse the piece further; `None` when no slip explains the error.
pub fn diagnose(text: &str, piece: &Piece, rule: Rule, stop: usize, expected: &[Rule]) -> Option<Diagnostic> {
    let words = words(text, piece);
    let at = words.iter().position(|w| w.start <= stop && stop < w.end.max(w.start + 1));
    let before = words.iter().rposition(|w| w.end <= stop);
    let mut candidates: Vec<Repair> = Vec::new();
    // pest stops at the slip, or one or two words later when the slip reads as a name.
    let earlier = |back: usize| before.and_then(|b| b.checked_sub(back));
    for index in [earlier(2), earlier(1), before, at].into_iter().flatten() {
        let word = words[index];
        if let Some(slip) = numbers::slip_around(text, piece.start, piece.end, word.start, word.end)
            && slip.readings.is_empty()
        {
            return Some(
                Diagnostic::new(Code::BadLiteral, slip.message(), slip.span, slip.label())
                    .with_help(msg!("syntax-number-smaller-help"))
                    .with_note(slip.note()),
            );
        }
        candidates.extend(repairs_for(text, piece, &words, index, expected));
    }
    let mut working: Vec<Repair> = Vec::new();
    for repair in candidates {
        let seen = working.iter().any(|w| w.span == repair.span && w.replacement == repair.replacement);
        if !seen && gets_further(text, piece, rule, stop, &repair) {
            working.push(repair);
        }
    }
    let first = working.iter().map(|r| r.span.start).min()?;
    let chosen: Vec<&Repair> = working.iter().filter(|r| r.span.start == first).collect();
    Some(describe(text, &chosen))
}

/// A word of code: a run of letters, digits and `_` (with a `.` or `,` between digits, a `%`
/// after them), or one punctuation character.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
}

fn words(text: &str, piece: &Piece) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut run: Option<usize> = None;
    for (lexeme, range) in lex::lexemes(&text[..piece.end], piece.start) {
        let word_char = matches!(lexeme, Lexeme::Code(c) if scan::is_word_char(c));
        match (word_char, run) {
            (true, None) => run = Some(range.start),
            (false, Some(start)) => {
                out.push(Word { start, end: range.start });
                run = None;
            }
            _ => {}
        }
        if !word_char && !matches!(lexeme, Lexeme::Code(c) if c.is_whitespace()) {
            out.push(Word { start: range.start, end: range.end });
        }
    }
    if let Some(start) = run {
        out.push(Word { start, end: piece.end });
    }
    out
}

fn repairs_for(text: &str, piece: &Piece, words: &[Word], index: usize, expected: &[Rule]) -> Vec<Repair> {
    let word = words[index];
    let written = &text[word.start..word.end];
    let mut out = Vec::new();
    if let Some(slip) = numbers::slip_around(text, piece.start, piece.end, word.start, word.end) {
        out.extend(number_repairs(slip));
    }
    if written.starts_with(|c: char| c.is_ascii_digit()) && expects_percent(expected) {
        out.extend(percent_repairs(text, word));
    }
    let lower = written.to_lowercase();
    if let Some(keyword) = meant_keyword(written) {
        // In a file written in English the fix writes the English keyword.
        let keyword = match text_language(text) {
            Lang::En => KEYWORDS.iter().find(|(_, ru)| *ru == keyword).map_or(keyword, |(en, _)| en),
            Lang::Ru => keyword,
        };
        let slip = Slip::Russian { word: written.to_string(), keyword };
        out.push(Repair { span: span(word), replacement: keyword.to_string(), slip });
    }
    let after_number =
        index > 0 && text[words[index - 1].start..words[index - 1].end].ends_with(|c: char| c.is_ascii_digit());
    if after_number && !UNIT_WORDS.iter().any(|(w, _)| *w == lower) {
        let number = &text[words[index - 1].start..words[index - 1].end];
        let value = number.replace('_', "").parse::<f64>().unwrap_or(5.0);
        let close = close_units(&lower);
        // A Russian unit written in Latin letters (`30 dni`) is written the file's way.
        let (close, russian) = match transliterated(&lower) {
            Some(cyrillic) if close.is_empty() => (close_units(&cyrillic), text_language(text) == Lang::Ru),
            _ => (close, is_russian(written)),
        };
        for unit in close {
            let unit = if russian { russian_unit(unit, value) } else { unit };
            out.push(Repair {
                span: span(word),
                replacement: unit.to_string(),
                slip: Slip::Unit { word: written.to_string() },
            });
        }
    }
    // A word whose every letter has a twin (`сoр`) may be meant in either alphabet: both are
    // tried, and only the one that parses is offered.
    let latin = latin_spelling(written);
    let cyrillic = cyrillic_spelling(written);
    let look_alike = latin.is_some() || cyrillic.is_some();
    if let Some((latin, letter, position)) = latin {
        let slip = Slip::LookAlike { word: written.to_string(), letter, position };
        out.push(Repair { span: span(word), replacement: latin, slip });
    }
    if let Some((cyrillic, letter, position)) = cyrillic {
        let slip = Slip::LatinLookAlike { word: written.to_string(), letter, position };
        out.push(Repair { span: span(word), replacement: cyrillic, slip });
    }
    if !look_alike
        && written.chars().count() >= 3
        && !is_keyword_spelling(written)
        && meant_keyword(written).is_none()
        && written.chars().all(char::is_alphabetic)
    {
        for keyword in close_keywords(&lower) {
            out.push(Repair {
                span: span(word),
                replacement: keyword.to_string(),
                slip: Slip::Typo { word: written.to_string() },
            });
        }
    }
    let previous = index.checked_sub(1).map(|i| &text[words[i].start..words[i].end]);
    let range = |w: &Word| (w.start, w.end);
    let around = (index.checked_sub(1).map(|i| range(&words[i])), words.get(index + 1).map(range));
    for candidate in pasted::candidates(text, (piece.start, piece.end), range(&word), around.0, around.1) {
        out.push(Repair {
            span: candidate.span,
            replacement: candidate.replacement,
            slip: Slip::Pasted(candidate.kind),
        });
    }
    // Right after `expect` (`ожидается`), or after a comma of the same expectation list; the
    // kind is written in the language of that keyword: `class SQL`, `класс SQL`.
    let expect_words = ["expect", spell(Lang::Ru, "expect")];
    let clause_start = expect_words
        .iter()
        .filter_map(|expect| text[piece.start..word.start].rfind(expect).map(|at| (piece.start + at, *expect)))
        .max();
    let in_expectations = clause_start.is_some_and(|(at, _)| !text[at..word.start].contains(['{', '}']));
    let after_expect =
        previous.is_some_and(|p| expect_words.contains(&p)) || (previous == Some(",") && in_expectations);
    let language = match clause_start {
        Some((_, expect)) if is_russian(expect) => Lang::Ru,
        _ => Lang::En,
    };
    let kind_word = !(language == Lang::Ru && is_keyword_spelling(written));
    if after_expect
        && kind_word
        && written.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !RESERVED.contains(&written)
    {
        let is_grade = matches!(written, "A" | "B" | "C" | "D" | "E" | "F");
        let kinds: &[&'static str] = if is_grade { &["grade", "class"] } else { &["class", "temperature"] };
        for kind in kinds {
            out.push(Repair {
                span: span(word),
                replacement: format!("{} {written}", spell(language, kind)),
                slip: Slip::BareExpectation { word: written.to_string() },
            });
        }
    }
    if index > 0 && &text[words[index - 1].start..words[index - 1].end] == "," {
        let comma = words[index - 1];
        let line_break = text[comma.end..word.start].contains('\n');
        if line_break {
            out.push(Repair { span: span(comma), replacement: String::new(), slip: Slip::TrailingComma });
        }
    }
    out
}

fn span(word: Word) -> Span {
    Span::new(word.start, word.end)
}

fn number_repairs(slip: NumberSlip) -> Vec<Repair> {
    let span = slip.span;
    slip.readings.iter().map(|r| Repair { span, replacement: r.clone(), slip: Slip::Number(slip.clone()) }).collect()
}

fn expects_percent(expected: &[Rule]) -> bool {
    expected.iter().any(|r| matches!(r, Rule::percent | Rule::rating | Rule::rating_when))
}

/// `0.8` → `80%`, `80` → `80%`; `1` could be either `100%` or `1%`.
fn percent_repairs(text: &str, word: Word) -> Vec<Repair> {
    let rest = &text[word.start..];
    let mut length = rest.find(|c: char| !(c.is_ascii_digit() || c == '_' || c == '.')).unwrap_or(rest.len());
    // `87,5` in a list of expectations: a decimal comma, not a comma before the next entry (a
    // `5` alone is no entry); the repair is `87.5%`, where `87%` would leave `87%,5`.
    let decimals =
        rest[length..].strip_prefix(',').map_or(0, |r| r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len()));
    if decimals > 0 && !rest[..length].contains('.') {
        length += 1 + decimals;
    }
    let word = Word { start: word.start, end: word.start + length };
    let shown = &text[word.start..word.end];
    let written = shown.replace(',', ".");
    let Ok(value) = written.replace('_', "").parse::<f64>() else {
        return Vec::new();
    };
    let slip = || Slip::Number(NumberSlip::fraction(Span::new(word.start, word.end), shown));
    let digits = written.replace('_', "");
    let (int, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let scaled = |power: i32| numbers::shifted(int, frac, power).map(|n| format!("{n}%"));
    let readings: Vec<String> = if written.contains('.') && value <= 1.0 {
        scaled(2).into_iter().collect()
    } else if value == 1.0 {
        scaled(2).into_iter().chain(scaled(0)).collect()
    } else {
        scaled(0).into_iter().collect()
    };
    readings.into_iter().map(|r| Repair { span: span(word), replacement: r, slip: slip() }).collect()
}

fn close_units(word: &str) -> Vec<&'static str> {
    // An abbreviation (`нед`, `ч`, `mo`) is the start of its unit's words, and names that unit
    // however close its letters are to another's (`нед` is two edits from `дней`, three from
    // `недель`): reading it by its letters would change 12 weeks into 12 days.
    let mut abbreviated: Vec<&'static str> = UNIT_WORDS
        .iter()
        .filter(|(unit, _)| unit.len() > word.len() && unit.starts_with(word))
        .map(|(_, en)| *en)
        .collect();
    abbreviated.sort_unstable();
    abbreviated.dedup();
    if !abbreviated.is_empty() {
        return abbreviated;
    }
    let mut best: Vec<(usize, &'static str)> = Vec::new();
    for (unit, english) in UNIT_WORDS {
        let distance = strsim::damerau_levenshtein(word, unit);
        if distance <= 2 && distance < unit.chars().count() / 2 + 1 {
            best.push((distance, english));
        }
    }
    let least = best.iter().map(|(d, _)| *d).min().unwrap_or(0);
    let mut units: Vec<&str> = best.into_iter().filter(|(d, _)| *d == least).map(|(_, u)| u).collect();
    units.dedup();
    units
}

/// A Russian word written in Latin letters (`dney`, `chasov`, `mesyatsev`) in Cyrillic ones;
/// `None` for a word with a letter outside the Latin alphabet.
fn transliterated(word: &str) -> Option<String> {
    const PAIRS: [(&str, &str); 10] = [
        ("shch", "щ"),
        ("sch", "щ"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ts", "ц"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("yu", "ю"),
        ("ya", "я"),
        ("yo", "ё"),
    ];
    const LETTERS: [(char, char); 22] = [
        ('a', 'а'),
        ('b', 'б'),
        ('v', 'в'),
        ('w', 'в'),
        ('g', 'г'),
        ('d', 'д'),
        ('e', 'е'),
        ('z', 'з'),
        ('i', 'и'),
        ('j', 'й'),
        ('k', 'к'),
        ('l', 'л'),
        ('m', 'м'),
        ('n', 'н'),
        ('o', 'о'),
        ('p', 'п'),
        ('r', 'р'),
        ('s', 'с'),
        ('t', 'т'),
        ('u', 'у'),
        ('f', 'ф'),
        ('h', 'х'),
    ];
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_lowercase() || c == '\'') {
        return None;
    }
    let mut out = String::new();
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        if let Some((latin, cyrillic)) = PAIRS.iter().find(|(latin, _)| rest.starts_with(latin)) {
            out.push_str(cyrillic);
            rest = &rest[latin.len()..];
            continue;
        }
        let letter = match c {
            // `y` after a vowel is `й` (`dney`), elsewhere `ы`.
            'y' if out.ends_with(['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ю', 'ё']) => 'й',
            'y' => 'ы',
            'c' => 'ц',
            'x' => 'х',
            'q' => 'к',
            '\'' => 'ь',
            other => LETTERS.iter().find(|(l, _)| *l == other).map(|(_, r)| *r)?,
        };
        out.push(letter);
        rest = &rest[c.len_utf8()..];
    }
    Some(out)
}

/// The keywords `word` may be a typo of: English ones for a Latin word, Russian ones for a
/// Cyrillic word (the author's language).
fn close_keywords(word: &str) -> Vec<&'static str> {
    // Units are repaired by `close_units`, in the form their number asks for.
    let unit = |en: &str| UNIT_WORDS.iter().any(|(word, _)| *word == en);
    let russian: Vec<&'static str> =
        KEYWORDS.iter().filter(|(en, ru)| !unit(en) && !ru.contains([' ', '/'])).map(|(_, ru)| *ru).collect();
    let candidates: Vec<&'static str> = if is_russian(word) {
        russian
    } else {
        RESERVED.iter().chain(OTHER_KEYWORDS.iter()).chain(scan::ITEM_KEYWORDS.iter()).copied().collect()
    };
    let mut out: Vec<&'static str> = Vec::new();
    for k in candidates {
        let distance = strsim::damerau_levenshtein(word, k);
        if distance <= 2 && distance < k.chars().count() / 2 + 1 && distance > 0 && !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// Whether the piece, with `repair` applied, parses or fails only after `stop`.
fn gets_further(text: &str, piece: &Piece, rule: Rule, stop: usize, repair: &Repair) -> bool {
    let (start, end) = (repair.span.start as usize, repair.span.end as usize);
    let repaired = format!("{}{}{}", &text[piece.start..start], repair.replacement, &text[end..piece.end]);
    let repaired_end = start - piece.start + repair.replacement.len();
    match LeadRulesParser::parse(rule, &repaired) {
        Ok(_) => true,
        Err(error) => {
            let at = match error.location {
                pest::error::InputLocation::Pos(pos) => pos,
                pest::error::InputLocation::Span((pos, _)) => pos,
            };
            // Back in the original text's offsets; a stop inside the repair is no progress.
            at >= repaired_end && piece.start + at + (end - start) - repair.replacement.len() > stop
        }
    }
}

/// The diagnostic for the repairs that start at the same place (all of one slip).
fn describe(text: &str, repairs: &[&Repair]) -> Diagnostic {
    let first = repairs[0];
    if let Slip::Russian { word, keyword } = &first.slip {
        return synonym(first.span, word, keyword);
    }
    let written = &text[first.span.start as usize..first.span.end as usize];
    let choices = Arg::any_of_quoted(repairs.iter().map(|r| r.replacement.as_str()));
    let (code, message, label) = match &first.slip {
        Slip::Number(slip) => (Code::BadLiteral, slip.message(), slip.label()),
        Slip::Russian { word, keyword } => (
            Code::Syntax,
            msg!("keywords-synonym", word = word.as_str(), keyword = *keyword),
            msg!("keywords-synonym-label", keyword = *keyword),
        ),
        Slip::Unit { word } => (Code::Syntax, msg!("syntax-not-a-unit", word = word), msg!("syntax-not-a-unit-label")),
        Slip::Typo { word } => (Code::Syntax, msg!("syntax-not-a-word", word = word), msg!("syntax-not-a-word-label")),
        Slip::LookAlike { word, letter, position } => {
            let (message, label, _) = look_alike_wording(word, *letter, *position, &first.replacement);
            (Code::Syntax, message, label)
        }
        Slip::LatinLookAlike { word, letter, position } => {
            let (message, label) = latin_look_alike_wording(word, *letter, *position, &first.replacement);
            (Code::Syntax, message, label)
        }
        Slip::TrailingComma => (Code::Syntax, msg!("syntax-trailing-comma"), msg!("syntax-trailing-comma-label")),
        Slip::BareExpectation { word } => {
            (Code::Syntax, msg!("syntax-bare-expectation", word = word), msg!("syntax-bare-expectation-label"))
        }
        Slip::Pasted(kind) => {
            let (message, label) = pasted_wording(*kind, written);
            (Code::Syntax, message, label)
        }
    };
    let help = match (&first.slip, repairs.len()) {
        (Slip::TrailingComma, _) => msg!("syntax-trailing-comma-help"),
        (Slip::Pasted(Pasted::Semicolon), 1) if first.replacement.is_empty() => {
            msg!("syntax-pasted-semicolon-end-help", line = line_without(text, first.span).as_str())
        }
        (Slip::LookAlike { .. }, _) => msg!("syntax-write-in-latin", choices = choices),
        (Slip::LatinLookAlike { .. }, _) => msg!("syntax-write-in-cyrillic", choices = choices),
        (_, 1) if written.is_empty() => msg!("syntax-write", choices = choices),
        (_, 1) => msg!("syntax-write-instead", choices = choices, written = written),
        _ => msg!("syntax-did-you-mean-choices", choices = choices, written = written),
    };
    let mut diagnostic = Diagnostic::new(code, message, first.span, label).with_help(help);
    if let Slip::Number(slip) = &first.slip {
        diagnostic = diagnostic.with_note(slip.note());
    }
    for repair in repairs {
        let what = if repair.replacement.is_empty() {
            msg!("syntax-fix-remove")
        } else {
            msg!("syntax-fix-write", replacement = &repair.replacement)
        };
        let fix = Fix::replace(repair.span, repair.replacement.clone(), what);
        diagnostic = diagnostic.with_fix(if repairs.len() == 1 { fix } else { fix.as_choice() });
    }
    diagnostic
}

/// The line holding `span` with the text under it taken out, without its indent: the author's
/// line as a help shows it written right.
fn line_without(text: &str, span: Span) -> String {
    let (start, end) = (span.start as usize, span.end as usize);
    let line = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find(['\n', '\r']).map_or(text.len(), |i| end + i);
    format!("{}{}", &text[line..start], &text[end..line_end]).trim().to_string()
}

/// The message and label of a pasted slip over `written`.
fn pasted_wording(kind: Pasted, written: &str) -> (crate::message::Message, crate::message::Message) {
    match kind {
        Pasted::Quotes => {
            let mark = written.chars().next().map(String::from).unwrap_or_default();
            (msg!("syntax-pasted-quotes", mark = mark), msg!("syntax-pasted-quotes-label"))
        }
        Pasted::Semicolon => (msg!("syntax-pasted-semicolon"), msg!("syntax-pasted-semicolon-label")),
        Pasted::Date => (msg!("syntax-pasted-date", written = written), msg!("syntax-pasted-date-label")),
        Pasted::QuotedName => {
            (msg!("syntax-pasted-quoted-name", written = written), msg!("syntax-pasted-quoted-name-label"))
        }
        Pasted::Dash => (msg!("syntax-pasted-dash", mark = written), msg!("syntax-pasted-dash-label")),
        Pasted::SpacedName => {
            (msg!("syntax-pasted-spaced-name", written = written), msg!("syntax-pasted-spaced-name-label"))
        }
    }
}

/// `если` written for `когда`: the keyword meant, with the fix that writes it.
fn synonym(span: Span, word: &str, keyword: &'static str) -> Diagnostic {
    Diagnostic::new(
        Code::Syntax,
        msg!("keywords-synonym", word = word, keyword = keyword),
        span,
        msg!("keywords-synonym-label", keyword = keyword),
    )
    .with_help(msg!("keywords-synonym-help", word = word, keyword = keyword))
    .with_fix(Fix::replace(span, keyword, msg!("keywords-synonym-fix", keyword = keyword)))
}

/// The language most keywords of a file are written in, told from its words (strings and
/// comments aside, so it works on a file that does not parse); English when there is a tie.
pub fn text_language(text: &str) -> Lang {
    let mut spelling = Spelling::default();
    let mut word = String::new();
    let mut take = |word: &mut String| {
        if KEYWORDS.iter().any(|(en, ru)| en == word || ru == word) {
            spelling.count(word);
        }
        word.clear();
    };
    for (lexeme, _) in lex::lexemes(text, 0) {
        match lexeme {
            Lexeme::Code(c) if scan::is_word_char(c) => word.push(c),
            _ => take(&mut word),
        }
    }
    take(&mut word);
    spelling.language()
}

#[cfg(test)]
mod tests {
    use super::{close_units, transliterated};

    #[test]
    fn a_russian_unit_in_latin_letters_is_read_as_the_russian_word() {
        assert_eq!(transliterated("dni").as_deref(), Some("дни"));
        assert_eq!(transliterated("dney").as_deref(), Some("дней"));
        assert_eq!(transliterated("mesyatsev").as_deref(), Some("месяцев"));
        assert_eq!(transliterated("chasov").as_deref(), Some("часов"));
        assert_eq!(transliterated("дни"), None);
        assert_eq!(close_units("дни"), vec!["days"]);
        assert_eq!(close_units("tage"), Vec::<&str>::new());
    }

    #[test]
    fn an_abbreviated_unit_is_read_as_the_unit_it_starts() {
        assert_eq!(close_units("нед"), vec!["weeks"]);
        assert_eq!(close_units("ч"), vec!["hours"]);
        assert_eq!(close_units("дн"), vec!["days"]);
        assert_eq!(close_units("mo"), vec!["months"]);
        // Two units start so: both are offered, neither is written.
        assert_eq!(close_units("m"), vec!["minutes", "months"]);
    }
}
