//! The vocabulary of syntax errors: what each grammar rule means to a rule author (with a help
//! line showing it written out), the reserved words, the field type names, and typo suggestions.

use super::grammar::Rule;

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

pub const FIELD_TYPES: [&str; 12] =
    ["number", "money", "percent", "yes/no", "text", "days", "hours", "minutes", "weeks", "date", "datetime", "one of"];

/// Types other languages spell differently.
pub fn synonym_type(word: &str) -> Option<&'static str> {
    let ty = match word.to_lowercase().as_str() {
        "int" | "integer" | "float" | "decimal" | "count" => "number",
        "string" | "str" => "text",
        "bool" | "boolean" | "yes_no" | "yesno" | "flag" => "yes/no",
        "enum" | "choice" | "one_of" | "oneof" => "one of",
        "currency" | "rub" | "usd" => "money",
        "timestamp" => "datetime",
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

pub type Phrase = (&'static str, Option<&'static str>);

pub const CONDITION: Phrase = (
    "a comparison such as `employees >= 10`",
    Some("a condition compares a field with a value: employees >= 10, industry = it, need is known"),
);
pub const VALUE: Phrase = ("a value such as `10`, `budget` or `\"text\"`", None);
pub const RATING: Phrase = (
    "a rating such as `90% when budget is known` or `otherwise 10%`",
    Some("price importance 5 match 90% when budget >= 500_000, 40% when budget is known, otherwise 10%"),
);
pub const PROBABILITY: Phrase = (
    "a criterion such as `price importance 5 match 90% when budget >= 500_000`",
    Some("price importance 5 match 90% when budget >= 500_000, otherwise 10%"),
);
pub const EXPECTATION: Phrase = (
    "what the example should give: `class`, `temperature`, `score`, `fit` or `grade`",
    Some("expect class SQL, temperature hot"),
);

/// What a rule means to a rule author, and a help line showing it written out.
pub fn phrase(rule: Rule) -> Option<Phrase> {
    let phrase: Phrase = match rule {
        Rule::gate_reason | Rule::kw_else | Rule::kw_because => (
            "`else \"reason\"` after the gate's condition",
            Some("every gate needs a reason: require employees >= 10 else \"too small\""),
        ),
        Rule::gate | Rule::gate_kind | Rule::kw_require | Rule::kw_reject => {
            ("a gate: `require` or `reject`", Some("require employees >= 10 else \"too small\""))
        }
        Rule::when_cond | Rule::kw_when => ("`when` and a condition", Some("+30 when ICP.fit >= 70%")),
        Rule::kw_otherwise => ("`otherwise`", None),
        Rule::or_expr | Rule::and_expr | Rule::not_expr | Rule::cmp_expr | Rule::passes_test => CONDITION,
        Rule::sum | Rule::product | Rule::unary | Rule::reference | Rule::paren => VALUE,
        Rule::kw_weight => (
            "`weight` and a number after the condition",
            Some("each line of a profile is a condition and its weight: employees >= 50 weight 3"),
        ),
        Rule::field_decl => ("a field such as `employees : number`", Some("employees : number from \"employees\"")),
        Rule::fw_criterion => ("a criterion such as `budget : budget >= 500_000`", None),
        Rule::class_rule => ("a class rule such as `SQL when score >= 60`", None),
        Rule::temp_rule => ("a rule such as `hot when timeline <= 30 days`", None),
        Rule::score_rule | Rule::points | Rule::sign => (
            "points such as `+30 when ...`",
            Some("each score line gives or takes points: +30 when ICP.fit >= 70%, -20 when source = cold_call"),
        ),
        Rule::prob_criterion => PROBABILITY,
        Rule::kw_importance => ("`importance` and a number", PROBABILITY.1),
        Rule::kw_match => ("`match` and the ratings", PROBABILITY.1),
        Rule::rating | Rule::rating_when | Rule::rating_otherwise => RATING,
        Rule::percent => ("a percentage such as `70%`", None),
        Rule::deal_size | Rule::kw_size => {
            ("`size` and the deal's size", Some("deal { size budget probability { ... } }"))
        }
        Rule::probability_block | Rule::kw_probability => ("`probability { ... }`", None),
        Rule::pass_rule | Rule::pass_at_least | Rule::pass_of => {
            ("a pass rule: `all`, `any`, `3 of 4`, `at least 3` or `3`", Some("framework BANT pass 3 of 4 { ... }"))
        }
        Rule::kw_pass => ("`pass` and a pass rule", Some("framework BANT pass 3 of 4 { ... }")),
        Rule::kw_of => ("`of` and the number of criteria", Some("pass 3 of 4")),
        Rule::kw_least => ("`least`", Some("pass at least 3")),
        Rule::kw_at => ("`at` and a number", Some("score engagement capped at 100 { ... }")),
        Rule::kw_respond | Rule::kw_within | Rule::duration => {
            ("a duration such as `15 minutes`", Some("respond within 15 minutes"))
        }
        Rule::time_unit => {
            ("a unit: minutes, hours, days or weeks", Some("durations carry their unit: 15 minutes, 1 hour, 90 days"))
        }
        Rule::lead_block | Rule::kw_lead => {
            ("`lead { ... }` with the example's values", Some("lead { employees: 200, budget: 600_000 }"))
        }
        Rule::lead_entry => ("a field and its value, such as `employees: 200`", None),
        Rule::lead_value | Rule::negative => ("a value such as `200`, `\"text\"`, `yes` or a name", None),
        Rule::expect_clause | Rule::kw_expect | Rule::expectation => EXPECTATION,
        Rule::kw_known | Rule::kw_unknown => ("`known` or `unknown`", Some("need is known")),
        Rule::kw_in => ("`in` and a list", Some("role not in [intern, manager]")),
        Rule::string | Rule::string_body => {
            ("a text in quotes, such as `\"too small\"`", Some("put text in double quotes, like \"too small\""))
        }
        Rule::number | Rule::score_value => ("a number", None),
        Rule::date => ("a date such as `2026-12-01`", None),
        Rule::ident => ("a name", None),
        Rule::member => ("a name after the `.`", Some("BANT.budget")),
        Rule::lbrace => ("`{`", None),
        Rule::rbrace => ("`}`", None),
        Rule::rparen => ("`)`", None),
        Rule::lbracket => ("`[`", Some("list the values in brackets: role in [ceo, cto]")),
        Rule::rbracket => ("`]`", Some("close the list with `]`: role in [ceo, cto]")),
        Rule::colon => ("`:`", None),
        Rule::comma => ("`,`", None),
        Rule::kw_and => ("`and`", None),
        Rule::kw_or => ("`or`", None),
        Rule::cmp_op => ("a comparison such as `>=`", None),
        Rule::add_op | Rule::mul_op => ("an operator", None),
        _ => return None,
    };
    Some(phrase)
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

/// "letter 2 of `sоurce` is the Cyrillic `о`, which looks like the Latin `o`": the message for a
/// name [`latin_spelling`] found, with the label under it and the help naming the Latin spelling.
pub fn look_alike_wording(word: &str, letter: char, position: usize, latin: &str) -> (String, String, String) {
    let latin_letter = latin.chars().nth(position.saturating_sub(1)).unwrap_or(letter);
    (
        format!(
            "letter {position} of `{word}` is the Cyrillic `{letter}`, which looks like the Latin `{latin_letter}`"
        ),
        format!("Cyrillic `{letter}` (U+{:04X})", u32::from(letter)),
        format!("write it in Latin letters: `{latin}`"),
    )
}

/// Russian words that are not keywords but are written for one (`если` for `когда`, a keyword
/// in another gender: `известен` for `известно`), and the keyword meant. Every keyword has a
/// Russian spelling of its own (`syntax::keywords`), so `и`, `когда` or `да` are not slips.
const RUSSIAN_SYNONYMS: [(&str, &str); 12] = [
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
    fn a_cyrillic_letter_in_a_latin_name_is_named_with_its_position() {
        assert_eq!(latin_spelling("sоurce"), Some(("source".to_string(), 'о', 2)));
        assert_eq!(latin_spelling("аnd"), Some(("and".to_string(), 'а', 1)));
        assert_eq!(latin_spelling("source"), None);
        assert_eq!(latin_spelling("бюджет"), None);
        assert_eq!(latin_spelling("сос"), None);
    }
}
