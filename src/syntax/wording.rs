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
