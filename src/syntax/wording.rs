//! The vocabulary of syntax errors: what each grammar rule means to a rule author (with a help
//! line showing it written out), the reserved words, the field type names, and typo suggestions.

use super::grammar::Rule;
use super::keywords::{russian_unit, spell};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;

/// The words that start an expectation after `expect`.
pub const EXPECT_WORDS: [&str; 5] = ["class", "temperature", "score", "fit", "grade"];

/// The words the grammar reserves (they can never be names).
pub const RESERVED: [&str; 42] = [
    "and",
    "or",
    "not",
    "in",
    "is",
    "known",
    "unknown",
    "between",
    "when",
    "otherwise",
    "else",
    "because",
    "require",
    "reject",
    "weight",
    "pass",
    "of",
    "all",
    "any",
    "at",
    "least",
    "capped",
    "respond",
    "within",
    "yes",
    "no",
    "true",
    "false",
    "from",
    "key",
    "format",
    "contains",
    "passes",
    "fails",
    "playbook",
    "importance",
    "match",
    "since",
    "size",
    "probability",
    "lead",
    "expect",
];

pub const FIELD_TYPES: [&str; 15] = [
    "number", "money", "percent", "yes/no", "text", "seconds", "days", "hours", "minutes", "weeks", "months", "years",
    "date", "datetime", "one of",
];

/// Types other languages spell differently.
pub fn synonym_type(word: &str) -> Option<&'static str> {
    let ty = match word.to_lowercase().as_str() {
        "int" | "integer" | "float" | "decimal" | "count" => "number",
        "string" | "str" => "text",
        "bool" | "boolean" | "yes_no" | "yesno" | "flag" => "yes/no",
        "enum" | "choice" | "one_of" | "oneof" => "one of",
        "currency" | "rub" | "usd" => "money",
        "timestamp" => "datetime",
        // Russian words for a type, as a CRM's card settings name them.
        "булево" | "булевый" | "логический" | "логическое" | "флаг" | "чекбокс" | "флажок" => {
            "yes/no"
        }
        "строка" | "строковый" | "строковое" => "text",
        "целое" | "целый" | "дробное" | "числовое" | "числовой" | "количество" => {
            "number"
        }
        "валюта" | "сумма" | "рубли" | "руб" => "money",
        "список" | "перечисление" => "one of",
        _ => return None,
    };
    Some(ty)
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn similar<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if word.chars().count() < 3 {
        return None;
    }
    let lower = word.to_lowercase();
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, c), *c))
        .filter(|(distance, c)| *distance <= 2 && *distance < c.len() / 2 + 1)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// Rules that only continue what came before (an operator, `and`, an optional clause): they are
/// left out of "expected ..." when something more telling was expected too.
pub fn is_continuation(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::kw_and
            | Rule::kw_or
            | Rule::kw_is
            | Rule::kw_between
            | Rule::kw_contains
            | Rule::kw_passes
            | Rule::kw_fails
            | Rule::kw_not
            | Rule::in_tail
            | Rule::cmp_op
            | Rule::add_op
            | Rule::mul_op
            | Rule::time_unit
            | Rule::dot
            | Rule::respond_within
            | Rule::playbook
            | Rule::from_clause
            | Rule::unknown_when
            | Rule::unit_clause
            | Rule::kw_from
            | Rule::kw_key
            | Rule::kw_format
            | Rule::comma
            | Rule::header_version
            | Rule::header_effective
            | Rule::score_cap
            | Rule::since_clause
            | Rule::all_leads_clause
            | Rule::word_for
    )
}

/// What a rule means to a rule author ("a comparison such as `employees >= 10`"), and a help
/// line showing it written out.
pub type Phrase = (Message, Option<Message>);

/// The keywords a phrase quotes, spelt the way the file writes its keywords: a Russian-keyword
/// file is told `когда` and `иначе`, an English one `when` and `otherwise`, whatever the language
/// of the messages.
#[derive(Clone, Copy)]
pub struct Words(pub Lang);

impl Words {
    /// `english`, a keyword of the table, in the file's language.
    pub fn spell(self, english: &'static str) -> &'static str {
        spell(self.0, english)
    }

    /// A unit of time after `count`: `days` or, in a Russian file, `дней` for 30; `day` after 1.
    pub fn unit(self, english: &'static str, count: f64) -> &'static str {
        match self.0 {
            Lang::En if count == 1.0 => english.strip_suffix('s').unwrap_or(english),
            Lang::En => english,
            Lang::Ru => russian_unit(english, count),
        }
    }

    /// `message` naming each keyword of `words` (its argument name, its English spelling).
    pub fn name(self, mut message: Message, words: &[(&'static str, &'static str)]) -> Message {
        for &(name, english) in words {
            message = message.arg(name, self.spell(english));
        }
        message
    }

    /// The known/unknown word as it stands after a field: `known` after English `is`, `известно`.
    fn known(self, english: &'static str, phrase: &'static str) -> &'static str {
        match self.0 {
            Lang::En => english,
            Lang::Ru => spell(Lang::Ru, phrase),
        }
    }

    /// The field types, for "expected a field type: ...".
    pub fn field_types(self) -> Message {
        self.name(
            msg!("syntax-field-type"),
            &[
                ("number", "number"),
                ("money", "money"),
                ("percent", "percent"),
                ("yes_no", "yes/no"),
                ("text", "text"),
                ("seconds", "seconds"),
                ("days", "days"),
                ("hours", "hours"),
                ("minutes", "minutes"),
                ("weeks", "weeks"),
                ("months", "months"),
                ("years", "years"),
                ("date", "date"),
                ("datetime", "datetime"),
                ("one_of", "one of"),
            ],
        )
    }
}

fn condition() -> Phrase {
    (msg!("syntax-expected-condition"), Some(msg!("syntax-expected-condition-help")))
}
fn value() -> Phrase {
    (msg!("syntax-expected-value"), None)
}
fn rating(w: Words) -> Phrase {
    let phrase = msg!("syntax-expected-rating", known = w.known("is known", "is known"));
    (w.name(phrase, &[("when", "when"), ("otherwise", "otherwise")]), Some(msg!("syntax-expected-rating-help")))
}
fn probability(w: Words) -> Phrase {
    let words = [("importance", "importance"), ("match", "match"), ("when", "when")];
    (w.name(msg!("syntax-expected-probability"), &words), probability_help())
}
fn probability_help() -> Option<Message> {
    Some(msg!("syntax-expected-probability-help"))
}
fn expectation(w: Words) -> Phrase {
    let words =
        [("class", "class"), ("temperature", "temperature"), ("score", "score"), ("fit", "fit"), ("grade", "grade")];
    (w.name(msg!("syntax-expected-expectation"), &words), Some(msg!("syntax-expected-expectation-help")))
}

/// What a rule means to a rule author, and a help line showing it written out; the keywords it
/// quotes are spelt as `w` says, the language of the file's own keywords.
pub fn phrase(rule: Rule, w: Words) -> Option<Phrase> {
    let keyword =
        |id: &'static str, name: &'static str, english: &'static str| w.name(Message::new(id), &[(name, english)]);
    let phrase: Phrase = match rule {
        Rule::gate_reason | Rule::kw_else | Rule::kw_because => {
            (keyword("syntax-expected-gate-reason", "else", "else"), Some(msg!("syntax-expected-gate-reason-help")))
        }
        Rule::gate | Rule::gate_kind | Rule::kw_require | Rule::kw_reject => (
            w.name(msg!("syntax-expected-gate"), &[("require", "require"), ("reject", "reject")]),
            Some(msg!("syntax-expected-gate-help")),
        ),
        Rule::when_cond | Rule::kw_when => {
            (keyword("syntax-expected-when", "when", "when"), Some(msg!("syntax-expected-when-help")))
        }
        Rule::kw_otherwise => (keyword("syntax-expected-otherwise", "otherwise", "otherwise"), None),
        Rule::or_expr | Rule::and_expr | Rule::not_expr | Rule::cmp_expr | Rule::passes_test => condition(),
        Rule::sum | Rule::product | Rule::unary | Rule::reference | Rule::paren => value(),
        Rule::kw_weight => {
            (keyword("syntax-expected-weight", "weight", "weight"), Some(msg!("syntax-expected-weight-help")))
        }
        Rule::field_decl => {
            (keyword("syntax-expected-field", "number", "number"), Some(msg!("syntax-expected-field-help")))
        }
        Rule::fw_criterion => (msg!("syntax-expected-criterion"), None),
        Rule::class_rule => (w.name(msg!("syntax-expected-class-rule"), &[("when", "when"), ("score", "score")]), None),
        Rule::temp_rule => {
            let phrase = keyword("syntax-expected-temperature-rule", "when", "when").arg("days", w.unit("days", 30.0));
            (phrase, None)
        }
        Rule::score_rule | Rule::points | Rule::sign => {
            (keyword("syntax-expected-points", "when", "when"), Some(msg!("syntax-expected-points-help")))
        }
        Rule::growth | Rule::kw_per => {
            (keyword("syntax-expected-per", "per", "per"), Some(msg!("syntax-expected-growth-help")))
        }
        Rule::growth_cap | Rule::kw_capped | Rule::kw_capped_at => (
            w.name(msg!("syntax-expected-growth-cap"), &[("capped", "capped at")]),
            Some(msg!("syntax-expected-growth-help")),
        ),
        Rule::growth_step => (msg!("syntax-expected-growth-step"), Some(msg!("syntax-expected-growth-help"))),
        Rule::prob_criterion => probability(w),
        Rule::kw_importance => (keyword("syntax-expected-importance", "importance", "importance"), probability_help()),
        Rule::kw_match => (keyword("syntax-expected-match", "match", "match"), probability_help()),
        Rule::rating | Rule::rating_when | Rule::rating_otherwise => rating(w),
        Rule::percent => (msg!("syntax-expected-percent"), None),
        Rule::deal_size | Rule::kw_size => {
            (keyword("syntax-expected-size", "size", "size"), Some(msg!("syntax-expected-size-help")))
        }
        Rule::probability_block | Rule::kw_probability => {
            (keyword("syntax-expected-probability-block", "probability", "probability"), None)
        }
        Rule::pass_rule | Rule::pass_at_least | Rule::pass_of => {
            let words = [("all", "all"), ("any", "any"), ("of", "of"), ("at_least", "at least")];
            (w.name(msg!("syntax-expected-pass-rule"), &words), Some(msg!("syntax-expected-pass-help")))
        }
        Rule::kw_pass => (keyword("syntax-expected-pass", "pass", "pass"), Some(msg!("syntax-expected-pass-help"))),
        Rule::kw_of => (keyword("syntax-expected-of", "of", "of"), Some(msg!("syntax-expected-of-help"))),
        Rule::kw_least => {
            let least = msg!("syntax-expected-least", least = w.known("least", "at least"));
            (least, Some(msg!("syntax-expected-least-help")))
        }
        Rule::kw_at => {
            (msg!("syntax-expected-at", at = w.known("at", "capped at")), Some(msg!("syntax-expected-at-help")))
        }
        Rule::kw_respond | Rule::kw_within | Rule::duration => (
            msg!("syntax-expected-duration", minutes = w.unit("minutes", 15.0)),
            Some(msg!("syntax-expected-duration-help")),
        ),
        Rule::time_unit => (msg!("syntax-expected-unit"), Some(msg!("syntax-expected-unit-help"))),
        Rule::lead_block | Rule::kw_lead => {
            (keyword("syntax-expected-lead", "lead", "lead"), Some(msg!("syntax-expected-lead-help")))
        }
        Rule::lead_entry => (msg!("syntax-expected-lead-entry"), None),
        Rule::lead_value | Rule::negative => (keyword("syntax-expected-lead-value", "yes", "yes"), None),
        Rule::expect_clause | Rule::kw_expect | Rule::expectation => expectation(w),
        Rule::kw_known | Rule::kw_unknown => {
            let known = msg!("syntax-expected-known", known = w.known("known", "is known"))
                .arg("unknown", w.known("unknown", "is unknown"));
            (known, Some(msg!("syntax-expected-known-help")))
        }
        Rule::kw_in => (keyword("syntax-expected-in", "in", "in"), Some(msg!("syntax-expected-in-help"))),
        Rule::string | Rule::string_body => (msg!("syntax-expected-text"), Some(msg!("syntax-expected-text-help"))),
        Rule::number | Rule::score_value => (msg!("syntax-expected-number"), None),
        Rule::date => (msg!("syntax-expected-date"), None),
        Rule::ident => (msg!("syntax-expected-name"), None),
        Rule::member => (msg!("syntax-expected-member"), Some(msg!("syntax-expected-member-help"))),
        Rule::lbrace => (msg!("syntax-expected-lbrace"), None),
        Rule::rbrace => (msg!("syntax-expected-rbrace"), None),
        Rule::rparen => (msg!("syntax-expected-rparen"), None),
        Rule::lbracket => (msg!("syntax-expected-lbracket"), Some(msg!("syntax-expected-lbracket-help"))),
        Rule::rbracket => (msg!("syntax-expected-rbracket"), Some(msg!("syntax-expected-rbracket-help"))),
        Rule::colon => (msg!("syntax-expected-colon"), None),
        Rule::comma => (msg!("syntax-expected-comma"), None),
        Rule::kw_and => (keyword("syntax-expected-and", "and", "and"), None),
        Rule::kw_or => (keyword("syntax-expected-or", "or", "or"), None),
        Rule::cmp_op => (msg!("syntax-expected-comparison"), None),
        Rule::add_op | Rule::mul_op => (msg!("syntax-expected-operator"), None),
        _ => return None,
    };
    Some(phrase)
}

/// Whether a phrase names closing punctuation (`}`, `]`, `)`), which reads best last.
pub fn is_closing(phrase: &Message) -> bool {
    matches!(phrase.id(), "syntax-expected-rbrace" | "syntax-expected-rbracket" | "syntax-expected-rparen")
}

/// Cyrillic letters that look like Latin ones, and the Latin letter each is taken for.
const LOOK_ALIKES: [(char, char); 23] = [
    ('а', 'a'),
    ('е', 'e'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('у', 'y'),
    ('х', 'x'),
    ('к', 'k'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ѕ', 's'),
    ('А', 'A'),
    ('В', 'B'),
    ('Е', 'E'),
    ('К', 'K'),
    ('М', 'M'),
    ('Н', 'H'),
    ('О', 'O'),
    ('Р', 'P'),
    ('С', 'C'),
    ('Т', 'T'),
    ('Х', 'X'),
    ('У', 'Y'),
];

/// A name that mixes Latin letters with Cyrillic ones that look Latin (`sоurce` with a Cyrillic
/// `о`): its all-Latin spelling, the first Cyrillic letter and that letter's 1-based position in
/// the word. `None` for an all-Latin or a really Russian word (one with a letter that has no
/// Latin look-alike). The checker asks this too, for a name it does not know.
pub fn latin_spelling(word: &str) -> Option<(String, char, usize)> {
    if !word.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut first = None;
    let mut latin = String::with_capacity(word.len());
    for (index, c) in word.chars().enumerate() {
        match LOOK_ALIKES.iter().find(|(cyrillic, _)| *cyrillic == c) {
            Some((_, look_alike)) => {
                first.get_or_insert((c, index + 1));
                latin.push(*look_alike);
            }
            None if c.is_alphabetic() && !c.is_ascii() => return None,
            None => latin.push(c),
        }
    }
    first.map(|(letter, position)| (latin, letter, position))
}

/// The Cyrillic spelling of a Russian word with Latin look-alike letters in it (`когдa` with a
/// Latin `a`), the first such letter and its 1-based position; `None` when the word has no
/// Cyrillic letter, or a Latin letter with no Cyrillic twin.
pub fn cyrillic_spelling(word: &str) -> Option<(String, char, usize)> {
    if !word.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) {
        return None;
    }
    let mut first = None;
    let mut cyrillic = String::with_capacity(word.len() * 2);
    for (index, c) in word.chars().enumerate() {
        match LOOK_ALIKES.iter().find(|(_, latin)| *latin == c) {
            Some((twin, _)) => {
                first.get_or_insert((c, index + 1));
                cyrillic.push(*twin);
            }
            None if c.is_ascii_alphabetic() => return None,
            None => cyrillic.push(c),
        }
    }
    first.map(|(letter, position)| (cyrillic, letter, position))
}

/// "letter 5 of `когдa` is the Latin `a`, which looks like the Cyrillic `а`": the message for a
/// word [`cyrillic_spelling`] found, with the label under it.
pub fn latin_look_alike_wording(word: &str, letter: char, position: usize, cyrillic: &str) -> (Message, Message) {
    let twin = cyrillic.chars().nth(position.saturating_sub(1)).unwrap_or(letter).to_string();
    let (letter, code) = (letter.to_string(), format!("{:04X}", u32::from(letter)));
    (
        msg!("syntax-look-alike-latin", position = position, word = word, letter = &letter, cyrillic_letter = twin),
        msg!("syntax-look-alike-latin-label", letter = letter, code = code),
    )
}

/// "letter 2 of `sоurce` is the Cyrillic `о`, which looks like the Latin `o`": the message for a
/// name [`latin_spelling`] found, with the label under it and the help naming the Latin spelling.
pub fn look_alike_wording(word: &str, letter: char, position: usize, latin: &str) -> (Message, Message, Message) {
    let latin_letter = latin.chars().nth(position.saturating_sub(1)).unwrap_or(letter).to_string();
    let (letter, code) = (letter.to_string(), format!("{:04X}", u32::from(letter)));
    (
        msg!("syntax-look-alike", position = position, word = word, letter = &letter, latin_letter = latin_letter),
        msg!("syntax-look-alike-label", letter = letter, code = code),
        msg!("syntax-write-in-latin", choices = format!("`{latin}`")),
    )
}

/// Words that are not keywords but are written for one (`если` for `когда`, a keyword in another
/// gender: `известен` for `известно`, a CRM card's `заполнено` for `известно`, and the English
/// `if` for `when`), and the keyword meant, in its Russian spelling. Every keyword has a
/// Russian spelling of its own (`syntax::keywords`), so `и`, `когда` or `да` are not slips.
const RUSSIAN_SYNONYMS: [(&str, &str); 27] = [
    ("если", "когда"),
    ("либо", "или"),
    ("известен", "известно"),
    ("известна", "известно"),
    ("известны", "известно"),
    ("неизвестен", "неизвестно"),
    ("неизвестна", "неизвестно"),
    ("неизвестны", "неизвестно"),
    ("требовать", "требуется"),
    ("отклонить", "отклоняется"),
    ("проходят", "проходит"),
    ("правда", "истина"),
    // A framework that has passed, said as a past or a participle (`BANT пройдена`).
    ("пройдена", "проходит"),
    ("пройден", "проходит"),
    ("пройдено", "проходит"),
    ("прошла", "проходит"),
    ("прошёл", "проходит"),
    ("прошел", "проходит"),
    ("прошло", "проходит"),
    // A field with a value, said as a CRM card says it (`need заполнено`).
    ("заполнено", "известно"),
    ("заполнен", "известно"),
    ("заполнена", "известно"),
    ("указано", "известно"),
    ("указан", "известно"),
    ("указана", "известно"),
    ("незаполнено", "неизвестно"),
    // English words for a keyword: `SQL if BANT passes`.
    ("if", "когда"),
];

/// The keyword a Russian word that is not one stands for (`если` → `когда`, `известна` →
/// `известно`). The checker asks this too, for a name it does not know.
pub fn meant_keyword(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    RUSSIAN_SYNONYMS.iter().find(|(russian, _)| *russian == lower).map(|(_, keyword)| *keyword)
}

/// Whether `word` is a spelling of a keyword, a type or a unit in either language.
pub fn is_keyword_spelling(word: &str) -> bool {
    use super::keywords::{KEYWORDS, OTHER_SPELLINGS};
    RESERVED.contains(&word)
        || KEYWORDS.iter().any(|(en, ru)| *en == word || *ru == word)
        || OTHER_SPELLINGS.iter().any(|(other, _)| *other == word)
}

#[cfg(test)]
mod look_alike_tests {
    use super::latin_spelling;

    #[test]
    fn a_latin_letter_in_a_russian_word_is_named_with_its_position() {
        use super::cyrillic_spelling;
        assert_eq!(cyrillic_spelling("когдa"), Some(("когда".to_string(), 'a', 5)));
        assert_eq!(cyrillic_spelling("когда"), None);
        assert_eq!(cyrillic_spelling("when"), None);
        assert_eq!(cyrillic_spelling("кoгдz"), None);
    }

    #[test]
    fn a_cyrillic_letter_in_a_latin_name_is_named_with_its_position() {
        assert_eq!(latin_spelling("sоurce"), Some(("source".to_string(), 'о', 2)));
        assert_eq!(latin_spelling("аnd"), Some(("and".to_string(), 'а', 1)));
        assert_eq!(latin_spelling("source"), None);
        assert_eq!(latin_spelling("бюджет"), None);
        assert_eq!(latin_spelling("сос"), None);
    }
}
