//! The semantics of the rules language, tested through the public API: small rule files are
//! loaded from strings, leads are built slot by slot, and the verdicts are compared with what
//! `docs/language.md` promises. Property tests compare the evaluator with small reference
//! implementations written here (Kleene logic, pass rules, score sums, first match, deal).

use leadrules::compile::program::RuleSet;
use leadrules::compile::{Loaded, load};
use leadrules::eval::evaluate;
use leadrules::eval::examples::run_examples;
use leadrules::eval::questions::{Question, questions};
use leadrules::schema::FieldKind;
use leadrules::span::SourceFile;
use leadrules::value::{Truth, Value, civil_seconds};
use proptest::prelude::*;
use std::path::Path;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn load_text(text: &str) -> Loaded {
    load(SourceFile::new("test.rules", text))
}

/// Loads a rule file that must come through without a single diagnostic.
fn rules(text: &str) -> RuleSet {
    rules_allowing(text, &[])
}

/// Loads a rule file whose only diagnostics may be the listed (warning) codes.
fn rules_allowing(text: &str, allowed: &[&str]) -> RuleSet {
    let loaded = load_text(text);
    let unexpected: Vec<_> = loaded.diagnostics.iter().filter(|d| !allowed.contains(&d.code.as_str())).collect();
    assert!(unexpected.is_empty(), "unexpected diagnostics for\n{text}\n{unexpected:#?}");
    loaded.rules.unwrap_or_else(|| panic!("no rules compiled for\n{text}"))
}

/// The codes of every diagnostic of a rule file.
fn codes(text: &str) -> Vec<&'static str> {
    load_text(text).diagnostics.iter().map(|d| d.code.as_str()).collect()
}

fn slot(rules: &RuleSet, name: &str) -> usize {
    rules.schema.slot_of(name).unwrap_or_else(|| panic!("no field `{name}`"))
}

/// A lead with the given fields; every other field is unknown.
fn lead(rules: &RuleSet, values: &[(&str, Value)]) -> Vec<Value> {
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    for (name, value) in values {
        lead[slot(rules, name)] = value.clone();
    }
    lead
}

/// The value of a `one of` field by the value's name.
fn one_of(rules: &RuleSet, field: &str, name: &str) -> Value {
    let FieldKind::OneOf(values) = &rules.schema.fields[slot(rules, field)].kind else {
        panic!("`{field}` is not a `one of` field")
    };
    let i = values.iter().position(|v| v.name == name).unwrap_or_else(|| panic!("`{field}` has no value `{name}`"));
    Value::Enum(i as u32)
}

fn num(n: f64) -> Value {
    Value::Number(n)
}

fn yes_no(b: bool) -> Value {
    Value::Bool(b)
}

fn text(t: &str) -> Value {
    Value::Text(t.into())
}

/// A percentage as stored: a fraction.
fn pct(p: f64) -> Value {
    Value::Number(p / 100.0)
}

/// A duration as stored: seconds.
fn days(n: f64) -> Value {
    Value::Number(n * 86_400.0)
}

fn hours(n: f64) -> Value {
    Value::Number(n * 3_600.0)
}

fn at(y: i16, m: i8, d: i8, h: i8, min: i8) -> i64 {
    civil_seconds(jiff::civil::date(y, m, d).at(h, min, 0, 0))
}

fn time(y: i16, m: i8, d: i8, h: i8, min: i8) -> Value {
    Value::Time(at(y, m, d, h, min))
}

/// A yes/no field's value for a truth: unknown stays unknown.
fn value_of(t: Truth) -> Value {
    match t {
        Truth::True => Value::Bool(true),
        Truth::False => Value::Bool(false),
        Truth::Unknown => Value::Unknown,
    }
}

/// `cases` cases, and no regression files written into the tree.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(cases) }
}

fn truth() -> impl Strategy<Value = Truth> {
    prop_oneof![Just(Truth::True), Just(Truth::False), Just(Truth::Unknown)]
}

/// `n` yes/no fields `x0`, `x1`, ...
fn yes_no_fields(n: usize) -> String {
    let mut out = String::from("fields {\n");
    for i in 0..n {
        out.push_str(&format!("  x{i} : yes/no\n"));
    }
    out.push_str("}\n");
    out
}

fn yes_no_lead(rules: &RuleSet, truths: &[Truth]) -> Vec<Value> {
    let mut lead = vec![Value::Unknown; rules.schema.fields.len()];
    for (i, t) in truths.iter().enumerate() {
        lead[slot(rules, &format!("x{i}"))] = value_of(*t);
    }
    lead
}

/// The truth of every score rule of a one-score file, for a lead.
fn fired(rules: &RuleSet, lead: &[Value]) -> Vec<Truth> {
    evaluate(rules, lead).fired(0).to_vec()
}

/// A file whose score has one `+1` line per condition, over the given fields.
fn conditions_file<S: AsRef<str>>(fields: &str, conditions: &[S]) -> String {
    let mut out = format!("fields {{\n{fields}\n}}\nscore {{\n");
    for c in conditions {
        out.push_str(&format!("  +1 when {}\n", c.as_ref()));
    }
    out.push_str("}\nclassify { everyone otherwise }\n");
    out
}

// ---------------------------------------------------------------------------------------------
// 1. Three-valued logic
// ---------------------------------------------------------------------------------------------

/// A random condition over the yes/no fields `a`, `b`, `c`.
#[derive(Clone, Debug)]
enum Cond {
    Var(usize),
    /// `a = yes`, `b = no`
    Is(usize, bool),
    /// `a != yes`
    IsNot(usize, bool),
    /// `a = b`, `a != b`
    Same(usize, usize, bool),
    /// `a in [yes, b]`, `a not in [no]`: the candidates are literals (`Ok`) or fields (`Err`).
    In(usize, Vec<Result<bool, usize>>, bool),
    Not(Box<Cond>),
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
    Paren(Box<Cond>),
}

const VARS: [&str; 3] = ["a", "b", "c"];

fn cond() -> impl Strategy<Value = Cond> {
    let leaf = prop_oneof![
        3 => (0..3usize).prop_map(Cond::Var),
        1 => (0..3usize, any::<bool>()).prop_map(|(v, b)| Cond::Is(v, b)),
        1 => (0..3usize, any::<bool>()).prop_map(|(v, b)| Cond::IsNot(v, b)),
        1 => (0..3usize, 0..3usize, any::<bool>()).prop_map(|(v, w, eq)| Cond::Same(v, w, eq)),
        1 => (
            0..3usize,
            proptest::collection::vec(prop_oneof![any::<bool>().prop_map(Ok), (0..3usize).prop_map(Err)], 1..=3),
            any::<bool>(),
        )
            .prop_map(|(v, list, negated)| Cond::In(v, list, negated)),
    ];
    leaf.prop_recursive(5, 32, 2, |inner| {
        prop_oneof![
            2 => inner.clone().prop_map(|e| Cond::Not(Box::new(e))),
            3 => (inner.clone(), inner.clone()).prop_map(|(a, b)| Cond::And(Box::new(a), Box::new(b))),
            3 => (inner.clone(), inner.clone()).prop_map(|(a, b)| Cond::Or(Box::new(a), Box::new(b))),
            1 => inner.prop_map(|e| Cond::Paren(Box::new(e))),
        ]
    })
}

// Binding strength, loosest first: or, and, not, then a comparison or a name.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const ATOM: u8 = 4;

impl Cond {
    /// Rule-language text with only the parentheses precedence needs (plus explicit `Paren`s).
    fn render(&self) -> String {
        self.render_at(OR)
    }

    fn render_at(&self, needed: u8) -> String {
        let (text, level) = match self {
            Cond::Var(v) => (VARS[*v].to_string(), ATOM),
            Cond::Is(v, b) => (format!("{} = {}", VARS[*v], if *b { "yes" } else { "no" }), ATOM),
            Cond::IsNot(v, b) => (format!("{} != {}", VARS[*v], if *b { "yes" } else { "no" }), ATOM),
            Cond::Same(v, w, eq) => (format!("{} {} {}", VARS[*v], if *eq { "=" } else { "!=" }, VARS[*w]), ATOM),
            Cond::In(v, list, negated) => {
                let items: Vec<&str> = list
                    .iter()
                    .map(|c| match c {
                        Ok(true) => "yes",
                        Ok(false) => "no",
                        Err(w) => VARS[*w],
                    })
                    .collect();
                (format!("{} {}in [{}]", VARS[*v], if *negated { "not " } else { "" }, items.join(", ")), ATOM)
            }
            Cond::Not(e) => (format!("not {}", e.render_at(NOT)), NOT),
            Cond::And(a, b) => (format!("{} and {}", a.render_at(AND), b.render_at(AND)), AND),
            Cond::Or(a, b) => (format!("{} or {}", a.render_at(OR), b.render_at(OR)), OR),
            Cond::Paren(e) => (format!("({})", e.render_at(OR)), ATOM),
        };
        if level < needed { format!("({text})") } else { text }
    }

    /// Kleene's logic, written independently of `leadrules::value::Truth`.
    fn eval(&self, env: &[Option<bool>; 3]) -> Option<bool> {
        match self {
            Cond::Var(v) => env[*v],
            Cond::Is(v, b) => env[*v].map(|x| x == *b),
            Cond::IsNot(v, b) => env[*v].map(|x| x != *b),
            Cond::Same(v, w, eq) => match (env[*v], env[*w]) {
                (Some(x), Some(y)) => Some((x == y) == *eq),
                _ => None,
            },
            Cond::In(v, list, negated) => {
                // Kleene "or" of the equalities: true if one is definitely equal, false if all
                // are definitely different, unknown otherwise.
                let equalities: Vec<Option<bool>> = list
                    .iter()
                    .map(|c| {
                        let candidate = match c {
                            Ok(b) => Some(*b),
                            Err(w) => env[*w],
                        };
                        Some(env[*v]? == candidate?)
                    })
                    .collect();
                let found = if equalities.contains(&Some(true)) {
                    Some(true)
                } else if equalities.iter().all(|e| *e == Some(false)) {
                    Some(false)
                } else {
                    None
                };
                if *negated { found.map(|x| !x) } else { found }
            }
            Cond::Not(e) => e.eval(env).map(|x| !x),
            Cond::And(a, b) => match (a.eval(env), b.eval(env)) {
                (Some(false), _) | (_, Some(false)) => Some(false),
                (Some(true), Some(true)) => Some(true),
                _ => None,
            },
            Cond::Or(a, b) => match (a.eval(env), b.eval(env)) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => None,
            },
            Cond::Paren(e) => e.eval(env),
        }
    }
}

fn to_truth(b: Option<bool>) -> Truth {
    b.map_or(Truth::Unknown, Truth::from)
}

/// Every assignment of true / false / unknown to `a`, `b`, `c`.
fn all_assignments() -> Vec<[Option<bool>; 3]> {
    let options = [Some(true), Some(false), None];
    let mut out = Vec::new();
    for a in options {
        for b in options {
            for c in options {
                out.push([a, b, c]);
            }
        }
    }
    out
}

/// The same condition used as a gate, a framework criterion, a score line and a class line.
fn logic_file(condition: &str) -> String {
    format!(
        "fields {{ a : yes/no  b : yes/no  c : yes/no }}
minimum {{ require {condition} else \"no\" }}
framework F pass any {{ x : {condition} }}
score {{ +1 when {condition} }}
classify {{
  hit  when {condition}
  miss otherwise
}}
"
    )
}

/// The truths the four blocks computed for the condition, for one assignment.
fn logic_truths(rules: &RuleSet, env: &[Option<bool>; 3]) -> [Truth; 4] {
    let lead = lead(
        rules,
        &[("a", value_of(to_truth(env[0]))), ("b", value_of(to_truth(env[1]))), ("c", value_of(to_truth(env[2])))],
    );
    let v = evaluate(rules, &lead);
    [v.gates()[0], v.criteria(0)[0], v.fired(0)[0], v.class_rules()[0]]
}

#[test]
fn kleene_truth_table_matches_the_documentation() {
    use Truth::{False as N, True as Y, Unknown as U};
    // (A, B, A and B, A or B, not A), the table of section 14.
    let table = [
        (Y, Y, Y, Y, N),
        (Y, N, N, Y, N),
        (Y, U, U, Y, N),
        (N, Y, N, Y, Y),
        (N, N, N, N, Y),
        (N, U, N, U, Y),
        (U, Y, U, Y, U),
        (U, N, N, U, U),
        (U, U, U, U, U),
    ];
    let r = rules(&conditions_file("a : yes/no  b : yes/no", &["a and b", "a or b", "not a"]));
    for (a, b, and, or, not) in table {
        let l = lead(&r, &[("a", value_of(a)), ("b", value_of(b))]);
        assert_eq!(fired(&r, &l), vec![and, or, not], "a = {a:?}, b = {b:?}");
    }
}

#[test]
fn not_binds_looser_than_comparisons_and_tighter_than_and() {
    // `not budget >= 500_000 and decision_maker or referral` from section 12.
    let r = rules(&conditions_file(
        "budget : money  decision_maker : yes/no  referral : yes/no",
        &[
            "not budget >= 500_000 and decision_maker or referral",
            "((not (budget >= 500_000)) and decision_maker) or referral",
        ],
    ));
    for budget in [Value::Unknown, num(100.0), num(600_000.0)] {
        for dm in [Value::Unknown, yes_no(true), yes_no(false)] {
            for referral in [Value::Unknown, yes_no(true), yes_no(false)] {
                let l = lead(&r, &[("budget", budget.clone()), ("decision_maker", dm.clone()), ("referral", referral)]);
                let f = fired(&r, &l);
                assert_eq!(f[0], f[1], "{l:?}");
            }
        }
    }
}

#[test]
fn derived_values_are_computed_before_the_values_that_read_them() {
    // Declared in the reverse of the order they must be computed in: the gate reads the
    // framework, the framework reads the score, the score reads the profile and another score.
    let r = rules(
        "fields { employees : number  x : yes/no }
minimum { require F passes else \"framework failed\" }
framework F pass all { high : score >= 25 }
score { +20 when P.fit >= 50%  +5 when bonus >= 5 }
score bonus { +5 when x }
profile P { employees >= 10 weight 1 }
classify {
  disqualified when not minimum
  good         when minimum
  unsure       otherwise
}
",
    );
    let v = evaluate(&r, &lead(&r, &[("employees", num(10.0)), ("x", yes_no(true))]));
    assert_eq!(v.scores.iter().map(|s| s.total).collect::<Vec<_>>().iter().sum::<f64>(), 30.0);
    assert_eq!((v.frameworks[0].passes, v.minimum), (Truth::True, Truth::True));
    assert_eq!(r.class_name(v.class_rule), "good");
    let v = evaluate(&r, &lead(&r, &[("employees", num(10.0))]));
    assert_eq!((v.frameworks[0].passes, v.minimum), (Truth::False, Truth::False));
    assert_eq!(r.class_name(v.class_rule), "disqualified");
}

#[test]
fn circles_between_derived_values_are_reported() {
    let file = "fields { x : yes/no }
score a { +1 when b >= 1 }
score b { +1 when a >= 1  +1 when x }
classify { one otherwise }
";
    assert!(codes(file).contains(&"E105"), "{:?}", codes(file));
    assert!(
        codes("fields { x : yes/no }\nscore { +1 when score >= 1  +1 when x }\nclassify { one otherwise }\n")
            .contains(&"E105")
    );
}

#[test]
fn an_unknown_gate_does_not_disqualify() {
    let r = rules(
        "fields { employees : number  industry : one of it, gambling }
minimum {
  require employees >= 10     else \"too small\"
  reject  industry = gambling because \"not ours\"
}
classify {
  disqualified when not minimum
  ok           otherwise
}
",
    );
    let v = evaluate(&r, &lead(&r, &[("industry", one_of(&r, "industry", "it"))]));
    assert_eq!(v.gates(), vec![Truth::Unknown, Truth::True]);
    assert_eq!(v.minimum, Truth::Unknown);
    assert_eq!(r.class_name(v.class_rule), "ok");
    assert_eq!(v.class_rules(), vec![Truth::Unknown, Truth::True]);

    // A failed gate makes `minimum` false even when another is unknown.
    let v = evaluate(&r, &lead(&r, &[("industry", one_of(&r, "industry", "gambling"))]));
    assert_eq!(v.gates(), vec![Truth::Unknown, Truth::False]);
    assert_eq!(v.minimum, Truth::False);
    assert_eq!(r.class_name(v.class_rule), "disqualified");

    let v = evaluate(&r, &lead(&r, &[("employees", num(10.0)), ("industry", one_of(&r, "industry", "it"))]));
    assert_eq!(v.minimum, Truth::True);
    assert_eq!(r.class_name(v.class_rule), "ok");
}

proptest! {
    #![proptest_config(config(200))]

    /// Every block reads a condition with Kleene's logic, for every assignment of the fields.
    #[test]
    fn conditions_follow_kleene_logic(c in cond()) {
        let text = c.render();
        let r = rules_allowing(&logic_file(&text), &["W403"]);
        for env in all_assignments() {
            let want = to_truth(c.eval(&env));
            let got = logic_truths(&r, &env);
            prop_assert_eq!(got, [want; 4], "`{}` with a, b, c = {:?}", text, env);
            let v = evaluate(&r, &lead(&r, &[]));
            prop_assert_eq!(v.minimum, v.gates()[0]);
        }
    }

    /// Learning an unknown fact never overturns a definite answer.
    #[test]
    fn knowing_more_never_changes_a_definite_answer(c in cond()) {
        let r = rules_allowing(&logic_file(&c.render()), &["W403"]);
        let envs = all_assignments();
        let results: Vec<[Truth; 4]> = envs.iter().map(|env| logic_truths(&r, env)).collect();
        for (i, coarse) in envs.iter().enumerate() {
            for (j, fine) in envs.iter().enumerate() {
                let refines = coarse.iter().zip(fine).all(|(c, f)| c.is_none() || c == f);
                if !refines {
                    continue;
                }
                for (before, after) in results[i].iter().zip(&results[j]) {
                    if *before != Truth::Unknown {
                        prop_assert_eq!(
                            after, before,
                            "`{}`: {:?} → {:?} refined to {:?}", c.render(), coarse, before, fine
                        );
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Comparisons
// ---------------------------------------------------------------------------------------------

const KINDS: &str = "employees  : number
  budget     : money
  discount   : percent
  timeline   : days
  industry   : one of it (\"ИТ\"), retail (\"розница\"), gambling
  need       : text
  signed_on  : date
  created_at : datetime
  dm         : yes/no";

#[test]
fn a_comparison_with_an_unknown_value_is_unknown() {
    let conditions = [
        "employees >= 10",
        "employees = 10",
        "employees != 10",
        "employees < 10",
        "budget > 500_000",
        "budget <= 500_000",
        "discount >= 20%",
        "timeline <= 90 days",
        "industry = it",
        "industry != it",
        "industry = \"ИТ\"",
        "need = \"backup\"",
        "need != \"backup\"",
        "need contains \"backup\"",
        "signed_on >= 2026-12-01",
        "created_at < 2026-12-01 09:30",
        "dm = yes",
        "employees between 10 and 100",
        "industry in [it, retail]",
        "industry not in [it, retail]",
        "employees in [1, 2, 3]",
        "budget * 20% >= 100_000",
        "budget / 12 >= 1",
        "employees + 1 > 0",
        "-employees < 0",
        "signed_on + 2 weeks > 2026-12-01",
    ];
    let r = rules(&conditions_file(KINDS, &conditions));
    let all_unknown = fired(&r, &lead(&r, &[]));
    for (c, t) in conditions.iter().zip(&all_unknown) {
        assert_eq!(*t, Truth::Unknown, "`{c}` with every field unknown");
    }
}

#[test]
fn comparisons_of_known_values() {
    let r = rules_allowing(
        &conditions_file(
            KINDS,
            &[
                "employees >= 10",
                "employees = 10",
                "employees != 10",
                "employees < 10",
                "budget > 500_000",
                "discount >= 20%",
                "timeline <= 90 days",
                "industry = it",
                "industry = \"ит\"",
                "industry != retail",
                "need = \"Backup\"",
                "signed_on >= 2026-12-01",
                "created_at < 2026-12-01 09:30",
                "dm",
                "dm = no",
            ],
        ),
        &[],
    );
    let l = lead(
        &r,
        &[
            ("employees", num(10.0)),
            ("budget", num(500_000.0)),
            ("discount", pct(20.0)),
            ("timeline", days(90.0)),
            ("industry", one_of(&r, "industry", "it")),
            ("need", text("BACKUP")),
            ("signed_on", time(2026, 12, 1, 0, 0)),
            ("created_at", time(2026, 12, 1, 9, 29)),
            ("dm", yes_no(true)),
        ],
    );
    use Truth::{False as N, True as Y};
    assert_eq!(fired(&r, &l), vec![Y, Y, N, N, N, Y, Y, Y, Y, Y, Y, Y, Y, Y, N]);
}

#[test]
fn is_known_and_is_unknown_are_always_decided() {
    let conditions = [
        "employees is known",
        "employees is unknown",
        "need is known",
        "need is unknown",
        "industry is known",
        "dm is unknown",
        "created_at is known",
        "budget / employees is unknown",
    ];
    let r = rules_allowing(&conditions_file(KINDS, &conditions), &["W403"]);
    use Truth::{False as N, True as Y};
    assert_eq!(fired(&r, &lead(&r, &[])), vec![N, Y, N, Y, N, Y, N, Y]);
    let l = lead(
        &r,
        &[
            ("employees", num(0.0)),
            ("budget", num(100.0)),
            ("need", text("")),
            ("industry", one_of(&r, "industry", "retail")),
            ("dm", yes_no(false)),
            ("created_at", time(2026, 1, 1, 0, 0)),
        ],
    );
    // 100 / 0 is unknown, so `budget / employees is unknown` holds.
    assert_eq!(fired(&r, &l), vec![Y, N, Y, N, Y, N, Y, Y]);
}

#[test]
fn division_by_zero_is_unknown() {
    let r = rules(&conditions_file(
        "budget : money  employees : number",
        &[
            "budget / employees >= 0",
            "budget / employees < 0",
            "budget / (employees - employees) >= 0",
            "budget / employees is known",
        ],
    ));
    let l = lead(&r, &[("budget", num(1_000.0)), ("employees", num(0.0))]);
    assert_eq!(fired(&r, &l), vec![Truth::Unknown, Truth::Unknown, Truth::Unknown, Truth::False]);
    let l = lead(&r, &[("budget", num(1_000.0)), ("employees", num(4.0))]);
    assert_eq!(fired(&r, &l), vec![Truth::True, Truth::False, Truth::Unknown, Truth::True]);
}

/// A verdict with unknown calculations in it equals itself evaluated again (unknown numbers
/// are compared as equal, not as `NaN != NaN`).
#[test]
fn verdicts_with_unknown_calculations_are_equal_to_themselves() {
    let r = rules(&conditions_file("budget : money  employees : number", &["budget / employees >= 10"]));
    let l = lead(&r, &[("budget", num(1_000.0)), ("employees", num(0.0))]);
    assert_eq!(evaluate(&r, &l), evaluate(&r, &l));
    assert_ne!(evaluate(&r, &l), evaluate(&r, &lead(&r, &[("budget", num(1_000.0)), ("employees", num(4.0))])));
}

#[test]
fn in_and_not_in_lists() {
    let r = rules(&conditions_file(
        "industry : one of it (\"ИТ\"), retail, gambling  need : text  employees : number",
        &[
            "industry in [it, retail]",
            "industry not in [it, retail]",
            "industry in [\"ит\", gambling]",
            "need in [\"backup\", \"Disaster recovery\"]",
            "employees in [1, 10, 100]",
            "employees not in [1, 10, 100]",
        ],
    ));
    use Truth::{False as N, True as Y, Unknown as U};
    let cases = [
        (one_of(&r, "industry", "it"), text("BACKUP"), num(10.0), [Y, N, Y, Y, Y, N]),
        (one_of(&r, "industry", "retail"), text("disaster RECOVERY"), num(11.0), [Y, N, N, Y, N, Y]),
        (one_of(&r, "industry", "gambling"), text("backups"), num(100.0), [N, Y, Y, N, Y, N]),
        (Value::Unknown, Value::Unknown, Value::Unknown, [U, U, U, U, U, U]),
    ];
    for (industry, need, employees, want) in cases {
        let l = lead(&r, &[("industry", industry), ("need", need), ("employees", employees)]);
        assert_eq!(fired(&r, &l), want, "{l:?}");
    }
}

/// A negated test of one field compiles to the complementary test (`not x < 5` is `x >= 5`,
/// `not industry = it` is `industry != it`): unknown stays unknown, and the answers are exactly
/// the opposite for every known value.
#[test]
fn negated_field_tests_are_the_complementary_tests() {
    let r = rules(&conditions_file(
        "industry : one of it, retail, gambling  dm : yes/no  need : text  n : number",
        &[
            "industry != retail",
            "not industry = it",
            "not industry in [it, gambling]",
            "not dm",
            "not (need is known)",
            "not n < 5",
            "not n between 2 and 4",
            "not (not n > 3)",
        ],
    ));
    use Truth::{False as N, True as Y, Unknown as U};
    let cases = [
        (one_of(&r, "industry", "it"), yes_no(true), text("x"), num(4.5), [Y, N, N, N, N, N, Y, Y]),
        (one_of(&r, "industry", "retail"), yes_no(false), Value::Unknown, num(5.0), [N, Y, Y, Y, Y, Y, Y, Y]),
        (one_of(&r, "industry", "gambling"), yes_no(true), text("y"), num(2.0), [Y, Y, N, N, N, N, N, N]),
        (Value::Unknown, Value::Unknown, Value::Unknown, Value::Unknown, [U, U, U, U, Y, U, U, U]),
    ];
    for (industry, dm, need, n, want) in cases {
        let l = lead(&r, &[("industry", industry), ("dm", dm), ("need", need), ("n", n)]);
        assert_eq!(fired(&r, &l), want, "{l:?}");
    }
}

#[test]
fn contains_and_text_equality_ignore_case() {
    let r = rules(&conditions_file(
        "need : text",
        &[
            "need contains \"backup\"",
            "need contains \"BACKUP\"",
            "need contains \"Disaster Recovery\"",
            "need = \"Backup\"",
            "need = \"бэкап\"",
            "need contains \"резервное\"",
        ],
    ));
    use Truth::{False as N, True as Y};
    let cases = [
        ("We need BACKUP now", [Y, Y, N, N, N, N]),
        ("backup", [Y, Y, N, Y, N, N]),
        ("bAcKuP", [Y, Y, N, Y, N, N]),
        ("disaster recovery and Backup", [Y, Y, Y, N, N, N]),
        ("БЭКАП", [N, N, N, N, Y, N]),
        ("Резервное копирование", [N, N, N, N, N, Y]),
        ("", [N, N, N, N, N, N]),
    ];
    for (need, want) in cases {
        assert_eq!(fired(&r, &lead(&r, &[("need", text(need))])), want, "need = {need:?}");
    }
}

proptest! {
    #![proptest_config(config(200))]

    /// `x between lo and hi` includes both ends, for literal and field bounds.
    #[test]
    fn between_includes_both_ends(x in -20i32..20, lo in -20i32..20, hi in -20i32..20) {
        let r = rules(&conditions_file("n : number  lo : number  hi : number", &[
            &format!("n between {lo} and {hi}"),
            "n between lo and hi",
            &format!("n >= {lo} and n <= {hi}"),
        ]));
        let want = Truth::from(lo <= x && x <= hi);
        let l = lead(&r, &[("n", num(x as f64)), ("lo", num(lo as f64)), ("hi", num(hi as f64))]);
        prop_assert_eq!(fired(&r, &l), vec![want; 3]);
        // An unknown bound can still decide when the other end already fails.
        let l = lead(&r, &[("n", num(x as f64)), ("lo", num(lo as f64))]);
        let want = if x < lo { Truth::False } else { Truth::Unknown };
        prop_assert_eq!(fired(&r, &l)[1], want);
    }

    /// Ordering comparisons of numbers agree with Rust's.
    #[test]
    fn number_comparisons(x in -5i32..5, y in -5i32..5) {
        let r = rules(&conditions_file("x : number  y : number", &[
            "x = y", "x != y", "x <> y", "x < y", "x <= y", "x > y", "x >= y",
        ]));
        let l = lead(&r, &[("x", num(x as f64)), ("y", num(y as f64))]);
        let want: Vec<Truth> = [x == y, x != y, x != y, x < y, x <= y, x > y, x >= y].into_iter().map(Truth::from).collect();
        prop_assert_eq!(fired(&r, &l), want);
    }
}

/// A random condition over the number fields `n`, `m` and the yes/no field `a`.
#[derive(Clone, Debug)]
enum NumCond {
    Ge(bool, i32),
    Lt(bool, i32),
    Eq(bool, i32),
    Gt(bool, i32),
    Le(bool, i32),
    Ne(bool, i32),
    /// The constant first: `3 < n`.
    ConstLt(i32, bool),
    Between(bool, i32, i32),
    In(bool, Vec<i32>, bool),
    /// `n / m >= k`: unknown when `m` is 0.
    Ratio(i32),
    A,
    Not(Box<NumCond>),
    And(Box<NumCond>, Box<NumCond>),
    Or(Box<NumCond>, Box<NumCond>),
}

fn num_cond() -> impl Strategy<Value = NumCond> {
    let leaf = prop_oneof![
        (any::<bool>(), 0..6i32).prop_map(|(v, k)| NumCond::Ge(v, k)),
        (any::<bool>(), 0..6i32).prop_map(|(v, k)| NumCond::Lt(v, k)),
        (any::<bool>(), 0..6i32).prop_map(|(v, k)| NumCond::Eq(v, k)),
        (any::<bool>(), 0..6i32).prop_map(|(v, k)| NumCond::Gt(v, k)),
        (any::<bool>(), 0..6i32).prop_map(|(v, k)| NumCond::Le(v, k)),
        (any::<bool>(), 0..6i32).prop_map(|(v, k)| NumCond::Ne(v, k)),
        (0..6i32, any::<bool>()).prop_map(|(k, v)| NumCond::ConstLt(k, v)),
        (any::<bool>(), 0..6i32, 0..6i32).prop_map(|(v, lo, hi)| NumCond::Between(v, lo, hi)),
        (any::<bool>(), proptest::collection::vec(0..6i32, 1..=3), any::<bool>())
            .prop_map(|(v, list, negated)| NumCond::In(v, list, negated)),
        (0..4i32).prop_map(NumCond::Ratio),
        Just(NumCond::A),
    ];
    leaf.prop_recursive(4, 16, 2, |inner| {
        prop_oneof![
            inner.clone().prop_map(|e| NumCond::Not(Box::new(e))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| NumCond::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner).prop_map(|(a, b)| NumCond::Or(Box::new(a), Box::new(b))),
        ]
    })
}

impl NumCond {
    fn render(&self) -> String {
        let var = |v: &bool| if *v { "n" } else { "m" };
        match self {
            NumCond::Ge(v, k) => format!("{} >= {k}", var(v)),
            NumCond::Lt(v, k) => format!("{} < {k}", var(v)),
            NumCond::Eq(v, k) => format!("{} = {k}", var(v)),
            NumCond::Gt(v, k) => format!("{} > {k}", var(v)),
            NumCond::Le(v, k) => format!("{} <= {k}", var(v)),
            NumCond::Ne(v, k) => format!("{} != {k}", var(v)),
            NumCond::ConstLt(k, v) => format!("{k} < {}", var(v)),
            NumCond::Between(v, lo, hi) => format!("{} between {lo} and {hi}", var(v)),
            NumCond::In(v, list, negated) => {
                let items: Vec<String> = list.iter().map(|k| k.to_string()).collect();
                format!("{} {}in [{}]", var(v), if *negated { "not " } else { "" }, items.join(", "))
            }
            NumCond::Ratio(k) => format!("n / m >= {k}"),
            NumCond::A => "a".into(),
            NumCond::Not(e) => format!("not ({})", e.render()),
            NumCond::And(a, b) => format!("({}) and ({})", a.render(), b.render()),
            NumCond::Or(a, b) => format!("({}) or ({})", a.render(), b.render()),
        }
    }

    fn eval(&self, n: Option<i32>, m: Option<i32>, a: Option<bool>) -> Option<bool> {
        let var = |v: &bool| if *v { n } else { m };
        match self {
            NumCond::Ge(v, k) => Some(var(v)? >= *k),
            NumCond::Lt(v, k) => Some(var(v)? < *k),
            NumCond::Eq(v, k) => Some(var(v)? == *k),
            NumCond::Gt(v, k) => Some(var(v)? > *k),
            NumCond::Le(v, k) => Some(var(v)? <= *k),
            NumCond::Ne(v, k) => Some(var(v)? != *k),
            NumCond::ConstLt(k, v) => Some(*k < var(v)?),
            NumCond::Between(v, lo, hi) => Some(*lo <= var(v)? && var(v)? <= *hi),
            NumCond::In(v, list, negated) => Some(list.contains(&var(v)?) != *negated),
            NumCond::Ratio(k) => {
                let (n, m) = (n?, m?);
                if m == 0 { None } else { Some(n as f64 / m as f64 >= *k as f64) }
            }
            NumCond::A => a,
            NumCond::Not(e) => e.eval(n, m, a).map(|x| !x),
            NumCond::And(x, y) => match (x.eval(n, m, a), y.eval(n, m, a)) {
                (Some(false), _) | (_, Some(false)) => Some(false),
                (Some(true), Some(true)) => Some(true),
                _ => None,
            },
            NumCond::Or(x, y) => match (x.eval(n, m, a), y.eval(n, m, a)) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => None,
            },
        }
    }
}

proptest! {
    #![proptest_config(config(100))]

    /// Comparisons, `between`, `in` and division follow the reference, and knowing a number that
    /// was unknown never overturns a definite answer.
    #[test]
    fn number_conditions_are_kleene_and_monotone(c in num_cond()) {
        let text = c.render();
        let r = rules_allowing(&conditions_file("n : number  m : number  a : yes/no", &[text.as_str()]), &["W403"]);
        let ns = [None, Some(0), Some(1), Some(2), Some(3), Some(5), Some(6)];
        let ms = [None, Some(0), Some(1), Some(3)];
        let as_ = [None, Some(true), Some(false)];
        let value = |x: Option<i32>| x.map_or(Value::Unknown, |x| num(x as f64));
        let mut results = Vec::new();
        for n in ns {
            for m in ms {
                for a in as_ {
                    let l = lead(&r, &[("n", value(n)), ("m", value(m)), ("a", a.map_or(Value::Unknown, yes_no))]);
                    let got = fired(&r, &l)[0];
                    prop_assert_eq!(got, to_truth(c.eval(n, m, a)), "`{}` with n = {:?}, m = {:?}, a = {:?}", text, n, m, a);
                    results.push(((n, m, a), got));
                }
            }
        }
        for ((n1, m1, a1), t1) in &results {
            if *t1 == Truth::Unknown {
                continue;
            }
            for ((n2, m2, a2), t2) in &results {
                let refines = (n1.is_none() || n1 == n2) && (m1.is_none() || m1 == m2) && (a1.is_none() || a1 == a2);
                if refines {
                    prop_assert_eq!(t2, t1, "`{}`", text);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Units
// ---------------------------------------------------------------------------------------------

#[test]
fn percentages_are_fractions() {
    let r = rules(
        "fields { employees : number  budget : money  discount : percent }
profile ICP {
  employees >= 50 weight 7
  budget >= 1_000_000 weight 3
}
score {
  +1 when ICP.fit >= 70%
  +1 when budget * 20% >= 100_000
  +1 when discount >= 12.5%
  +1 when discount + 10% > 30%
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y, Unknown as U};
    let l = lead(&r, &[("employees", num(50.0)), ("budget", num(500_000.0)), ("discount", pct(12.5))]);
    let v = evaluate(&r, &l);
    assert!((v.profiles[0].fit - 0.7).abs() < 1e-12);
    assert_eq!(v.fired(0), vec![Y, Y, Y, N]);
    let l = lead(&r, &[("employees", num(49.0)), ("budget", num(499_999.0)), ("discount", pct(21.0))]);
    assert_eq!(fired(&r, &l), vec![N, N, Y, Y]);
    // The fit is never unknown: unknown criteria count as not matched.
    assert_eq!(fired(&r, &lead(&r, &[])), vec![N, U, U, U]);
}

#[test]
fn durations_compare_across_units() {
    let r = rules(
        "fields { timeline : days  response : hours  wait : minutes  sprint : weeks }
score {
  +1 when timeline <= 90 days
  +1 when timeline <= 2 weeks
  +1 when timeline < 1 week
  +1 when response <= 90 minutes
  +1 when response >= 1 hour
  +1 when wait > 1 h
  +1 when sprint = 14 days
  +1 when timeline * 2 <= 60 days
  +1 when timeline / 2 >= 15 дней
  +1 when timeline + response > 30 days
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y};
    let l = lead(
        &r,
        &[("timeline", days(30.0)), ("response", hours(1.5)), ("wait", num(61.0 * 60.0)), ("sprint", days(14.0))],
    );
    assert_eq!(fired(&r, &l), vec![Y, N, N, Y, Y, Y, Y, Y, Y, Y]);
    let l = lead(
        &r,
        &[("timeline", days(14.0)), ("response", hours(2.0)), ("wait", num(60.0 * 60.0)), ("sprint", days(21.0))],
    );
    assert_eq!(fired(&r, &l), vec![Y, Y, N, N, Y, N, N, Y, N, N]);
    let l = lead(&r, &[("timeline", days(6.0)), ("response", hours(0.5))]);
    assert_eq!(fired(&r, &l)[..5], [Y, Y, Y, Y, N]);
}

#[test]
fn money_and_counts() {
    let r = rules(
        "fields { budget : money  ad_spend : money  employees : number }
score {
  +1 when budget >= 500_000
  +1 when budget / 12 >= 40_000
  +1 when budget / ad_spend >= 2
  +1 when ad_spend * 12 >= 1_000_000
  +1 when budget - ad_spend > 400_000
  +1 when budget / employees >= 50_000
  +1 when 2 * employees >= 20
  +1 when employees * 50% >= 5
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y};
    let l = lead(&r, &[("budget", num(500_000.0)), ("ad_spend", num(100_000.0)), ("employees", num(10.0))]);
    assert_eq!(fired(&r, &l), vec![Y, Y, Y, Y, N, Y, Y, Y]);
}

#[test]
fn dates_and_durations() {
    let r = rules(
        "fields { created_at : datetime  signed_on : date  started_on : date }
score {
  +1 when created_at < 2026-12-01 - 2 weeks
  +1 when created_at + 15 minutes <= 2026-12-01 09:45
  +1 when signed_on - started_on <= 30 days
  +1 when signed_on >= 2026-12-01
  +1 when signed_on < 2026-12-01 09:30
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y};
    let l = lead(
        &r,
        &[
            ("created_at", time(2026, 12, 1, 9, 30)),
            ("signed_on", time(2026, 12, 31, 0, 0)),
            ("started_on", time(2026, 12, 1, 0, 0)),
        ],
    );
    assert_eq!(fired(&r, &l), vec![N, Y, Y, Y, N]);
    let l = lead(
        &r,
        &[
            ("created_at", time(2026, 11, 16, 23, 59)),
            ("signed_on", time(2027, 1, 1, 0, 0)),
            ("started_on", time(2026, 12, 1, 0, 0)),
        ],
    );
    assert_eq!(fired(&r, &l), vec![Y, Y, N, Y, N]);
}

#[test]
fn unit_mismatches_are_reported_with_their_codes() {
    let base = "fields { budget : money  timeline : days  employees : number  discount : percent  need : text
          created_at : datetime }
profile ICP { employees >= 50 weight 1 }
classify {
  hit when CONDITION
  miss otherwise
}
";
    let cases = [
        ("budget >= 90 days", "E202"),
        ("timeline <= 90", "E203"),
        ("ICP.fit >= 70", "E203"),
        ("discount >= 20", "E203"),
        ("employees > budget", "E202"),
        ("ICP.fit >= timeline", "E202"),
        ("budget * budget >= 1", "E202"),
        ("budget + timeline >= 1", "E202"),
        ("need + 1 > 2", "E201"),
        ("need > 2", "E201"),
        ("employees * 1_000 <= budget", "E202"),
        ("budget >= employees * 2", "E202"),
        ("timeline between 10 and 90", "E203"),
        ("ICP.fit between 10 and 20", "E203"),
        ("budget between 1 day and 2 days", "E202"),
        ("timeline in [30, 60]", "E203"),
        ("budget in [1 day]", "E202"),
    ];
    for (condition, code) in cases {
        let found = codes(&base.replace("CONDITION", condition));
        assert!(found.contains(&code), "`{condition}`: expected {code}, got {found:?}");
        assert!(load_text(&base.replace("CONDITION", condition)).rules.is_none(), "`{condition}` compiled");
    }
    // And the right ones are fine (the unused fields aside).
    for condition in ["budget >= 90_000", "timeline <= 90 days", "ICP.fit >= 70%", "discount >= 20%"] {
        let found = codes(&base.replace("CONDITION", condition));
        assert!(found.iter().all(|c| *c == "W403"), "`{condition}`: {found:?}");
    }
}

proptest! {
    #![proptest_config(config(200))]

    /// A `days` field holding n days compares with a threshold in days, weeks, hours.
    #[test]
    fn durations_are_seconds(n in 0u32..200, t in 0u32..200, w in 0u32..30) {
        let r = rules(&conditions_file("timeline : days", &[
            &format!("timeline <= {t} days"),
            &format!("timeline <= {w} weeks"),
            &format!("timeline > {} hours", t * 24),
            &format!("timeline >= {} minutes", t * 24 * 60),
        ]));
        let l = lead(&r, &[("timeline", days(n as f64))]);
        let want: Vec<Truth> = [n <= t, n <= 7 * w, n > t, n >= t].into_iter().map(Truth::from).collect();
        prop_assert_eq!(fired(&r, &l), want);
    }

    /// `budget * p%` is the budget times the fraction.
    #[test]
    fn money_times_percent(budget in 0u32..1_000_000, p in 0u32..=100, threshold in 0u32..1_000_000) {
        let r = rules(&conditions_file("budget : money  share : percent", &[
            &format!("budget * {p}% >= {threshold}"),
            &format!("share >= {p}%"),
        ]));
        let l = lead(&r, &[("budget", num(budget as f64)), ("share", pct(p as f64))]);
        let want = budget as f64 * (p as f64 / 100.0) >= threshold as f64;
        prop_assert_eq!(fired(&r, &l), vec![Truth::from(want), Truth::True]);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Pass rules
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum PassRule {
    All,
    Any,
    Of(usize),
    AtLeast(usize),
    Bare(usize),
}

impl PassRule {
    fn needed(&self, n: usize) -> usize {
        match *self {
            PassRule::All => n,
            PassRule::Any => 1,
            PassRule::Of(k) | PassRule::AtLeast(k) | PassRule::Bare(k) => k,
        }
    }

    fn render(&self, n: usize) -> String {
        match *self {
            PassRule::All => "all".into(),
            PassRule::Any => "any".into(),
            PassRule::Of(k) => format!("{k} of {n}"),
            PassRule::AtLeast(k) => format!("at least {k}"),
            PassRule::Bare(k) => format!("{k}"),
        }
    }
}

fn framework_case() -> impl Strategy<Value = (PassRule, Vec<Truth>)> {
    (1usize..=6).prop_flat_map(|n| {
        let rule = prop_oneof![
            Just(PassRule::All),
            Just(PassRule::Any),
            (1..=n).prop_map(PassRule::Of),
            (1..=n).prop_map(PassRule::AtLeast),
            (1..=n).prop_map(PassRule::Bare),
        ];
        (rule, proptest::collection::vec(truth(), n))
    })
}

fn framework_file(rule: &PassRule, n: usize) -> String {
    let mut out = yes_no_fields(n);
    out.push_str(&format!("framework F pass {} {{\n", rule.render(n)));
    for i in 0..n {
        out.push_str(&format!("  c{i} : x{i}\n"));
    }
    out.push_str("}\nscore met {\n");
    for j in 1..=n {
        out.push_str(&format!("  +1 when F.met >= {j}\n"));
    }
    out.push_str("}\nclassify {\n  passed when F passes\n  failed when F fails\n  undecided otherwise\n}\n");
    out
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn a_framework_passes_on_definite_criteria_only((rule, criteria) in framework_case()) {
        let n = criteria.len();
        let r = rules(&framework_file(&rule, n));
        let v = evaluate(&r, &yes_no_lead(&r, &criteria));
        let met = criteria.iter().filter(|t| **t == Truth::True).count();
        let open = criteria.iter().filter(|t| **t == Truth::Unknown).count();
        let k = rule.needed(n);
        let want = if met >= k {
            Truth::True
        } else if met + open < k {
            Truth::False
        } else {
            Truth::Unknown
        };
        let f = &v.frameworks[0];
        prop_assert_eq!(v.criteria(0), &criteria[..]);
        prop_assert_eq!(f.met as usize, met);
        prop_assert_eq!(f.passes, want);
        // `F.met` as rules read it.
        prop_assert_eq!(v.scores[0].total, met as f64);
        let class = match want {
            Truth::True => "passed",
            Truth::False => "failed",
            Truth::Unknown => "undecided",
        };
        prop_assert_eq!(r.class_name(v.class_rule), class);
    }
}

#[test]
fn pass_rule_mistakes() {
    let file = |rule: &str| {
        format!(
            "{}framework F pass {rule} {{ a : x0  b : x1  c : x2 }}\nclassify {{ ok when F passes  rest otherwise }}\n",
            yes_no_fields(3)
        )
    };
    assert!(codes(&file("2 of 3")).is_empty(), "{:?}", codes(&file("2 of 3")));
    assert_eq!(codes(&file("2 of 4")), ["E304"]);
    assert_eq!(codes(&file("at least 4")), ["E303"]);
    assert_eq!(codes(&file("0")), ["E307"]);
}

#[test]
fn criteria_and_frameworks_as_conditions() {
    let r = rules(
        "fields { budget : money  decision_maker : yes/no  need : text  timeline : days }
framework BANT pass 3 of 4 {
  budget    : budget >= 500_000
  authority : decision_maker
  need      : need is known
  timeframe : timeline <= 90 days
}
score {
  +1 when BANT.budget
  +1 when BANT.authority
  +1 when BANT passes
  +1 when BANT fails
  +1 when BANT.met >= 2
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y, Unknown as U};
    let l = lead(&r, &[("decision_maker", yes_no(true)), ("need", text("backup"))]);
    assert_eq!(fired(&r, &l), vec![U, Y, U, U, Y]);
    let l = lead(&r, &[("decision_maker", yes_no(false)), ("timeline", days(120.0))]);
    assert_eq!(fired(&r, &l), vec![U, N, N, Y, N]);
    let l = lead(&r, &[("budget", num(500_000.0)), ("decision_maker", yes_no(true)), ("timeline", days(90.0))]);
    assert_eq!(fired(&r, &l), vec![Y, Y, Y, N, Y]);
}

// ---------------------------------------------------------------------------------------------
// 5. Scores and profiles
// ---------------------------------------------------------------------------------------------

/// Score lines: (sign and points, field index, negated).
fn score_lines() -> impl Strategy<Value = Vec<(i32, usize, bool)>> {
    proptest::collection::vec(
        ((1i32..=50, any::<bool>()).prop_map(|(p, neg)| if neg { -p } else { p }), 0..4usize, any::<bool>()),
        1..=8,
    )
}

fn score_text(name: &str, cap: Option<u32>, lines: &[(i32, usize, bool)]) -> String {
    let mut out = format!("score {name}");
    if let Some(cap) = cap {
        out.push_str(&format!(" capped at {cap}"));
    }
    out.push_str(" {\n");
    for (points, field, negated) in lines {
        let sign = if *points < 0 { '-' } else { '+' };
        let not = if *negated { "not " } else { "" };
        out.push_str(&format!("  {sign}{} when {not}x{field}\n", points.abs()));
    }
    out.push_str("}\n");
    out
}

fn line_truth(truths: &[Truth], field: usize, negated: bool) -> Truth {
    if negated { truths[field].not() } else { truths[field] }
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn a_score_is_the_sum_of_definitely_true_lines(
        lines in score_lines(),
        cap in proptest::option::of(0u32..150),
        truths in proptest::collection::vec(truth(), 4),
    ) {
        let file = format!("{}{}classify {{ everyone otherwise }}\n", yes_no_fields(4), score_text("", cap, &lines));
        let r = rules_allowing(&file, &["W403"]);
        let v = evaluate(&r, &yes_no_lead(&r, &truths));
        let s = &v.scores[0];
        let want_fired: Vec<Truth> = lines.iter().map(|(_, f, n)| line_truth(&truths, *f, *n)).collect();
        prop_assert_eq!(v.fired(0), &want_fired[..]);
        let raw: i32 = lines.iter().zip(&want_fired).filter(|(_, t)| **t == Truth::True).map(|(l, _)| l.0).sum();
        let total = cap.map_or(raw, |c| raw.min(c as i32));
        prop_assert_eq!(s.raw, raw as f64);
        prop_assert_eq!(s.total, total as f64);
        // The contributions the verdict lists (fired lines, then the cap) add up to the total.
        let fired_points: f64 = lines.iter().zip(v.fired(0)).filter(|(_, t)| t.fires()).map(|(l, _)| l.0 as f64).sum();
        prop_assert_eq!(fired_points + (s.total - s.raw), s.total);
        prop_assert!(cap.is_none_or(|c| s.total <= c as f64));
    }

    /// Named scores do not leak into each other; a score that reads another sees its capped total.
    #[test]
    fn named_scores_are_independent(
        first in score_lines(),
        second in score_lines(),
        cap in proptest::option::of(1u32..60),
        threshold in -40i32..60,
        truths in proptest::collection::vec(truth(), 4),
    ) {
        let file = format!(
            "{}{}{}score {{\n  +7 when first >= {threshold}\n  +1 when second < first\n}}\nclassify {{ everyone otherwise }}\n",
            yes_no_fields(4),
            score_text("first", cap, &first),
            score_text("second", None, &second),
        );
        let r = rules_allowing(&file, &["W403", "W402"]);
        let v = evaluate(&r, &yes_no_lead(&r, &truths));
        let sum = |lines: &[(i32, usize, bool)]| -> i32 {
            lines.iter().filter(|(_, f, n)| line_truth(&truths, *f, *n) == Truth::True).map(|l| l.0).sum()
        };
        let a = cap.map_or(sum(&first), |c| sum(&first).min(c as i32));
        let b = sum(&second);
        let index = |name: &str| r.scores.iter().position(|s| s.name.as_deref() == Some(name)).unwrap();
        let unnamed = r.scores.iter().position(|s| s.name.is_none()).unwrap();
        prop_assert_eq!(v.scores[index("first")].total, a as f64);
        prop_assert_eq!(v.scores[index("second")].total, b as f64);
        let want = if a >= threshold { 7 } else { 0 } + if b < a { 1 } else { 0 };
        prop_assert_eq!(v.scores[unnamed].total, want as f64);
    }

    #[test]
    fn profile_fit_is_the_matched_share_of_the_weight(
        criteria in proptest::collection::vec((1u32..=10, truth()), 1..=6),
    ) {
        let mut file = yes_no_fields(criteria.len());
        file.push_str("profile P {\n");
        for (i, (w, _)) in criteria.iter().enumerate() {
            file.push_str(&format!("  x{i} weight {w}\n"));
        }
        file.push_str("}\nclassify {\n  a when P.fit >= 80%\n  b when P.fit >= 60%\n  c when P.fit >= 40%\n  d when P.fit >= 20%\n  f otherwise\n}\n");
        let r = rules(&file);
        let truths: Vec<Truth> = criteria.iter().map(|c| c.1).collect();
        let v = evaluate(&r, &yes_no_lead(&r, &truths));
        let total: u32 = criteria.iter().map(|c| c.0).sum();
        let matched: u32 = criteria.iter().filter(|c| c.1 == Truth::True).map(|c| c.0).sum();
        let fit = matched as f64 / total as f64;
        prop_assert!((v.profiles[0].fit - fit).abs() < 1e-12);
        prop_assert_eq!(&v.matched(0), &truths);
        // Grade thresholds, in whole percent points to avoid rounding at the edges.
        let percent = matched * 100;
        let grade = if percent >= 80 * total {
            'A'
        } else if percent >= 60 * total {
            'B'
        } else if percent >= 40 * total {
            'C'
        } else if percent >= 20 * total {
            'D'
        } else {
            'F'
        };
        prop_assert_eq!(leadrules::eval::grade(v.profiles[0].fit), grade);
        prop_assert_eq!(r.class_name(v.class_rule), grade.to_ascii_lowercase().to_string());
    }
}

#[test]
fn a_cap_only_limits_from_above() {
    let r = rules(
        "fields { x0 : yes/no  x1 : yes/no  x2 : yes/no }
score engagement capped at 100 {
  +40 when x0
  +40 when x1
  +30 when x2
}
score penalty capped at 10 {
  -20 when x0
}
classify { hot when engagement >= 100  cold otherwise }
",
    );
    let v = evaluate(&r, &lead(&r, &[("x0", yes_no(true)), ("x1", yes_no(true)), ("x2", yes_no(true))]));
    assert_eq!((v.scores[0].raw, v.scores[0].total), (110.0, 100.0));
    assert_eq!((v.scores[1].raw, v.scores[1].total), (-20.0, -20.0));
    assert_eq!(r.class_name(v.class_rule), "hot");
    let v = evaluate(&r, &lead(&r, &[("x0", yes_no(true)), ("x2", yes_no(true))]));
    assert_eq!((v.scores[0].raw, v.scores[0].total), (70.0, 70.0));
    assert_eq!(v.fired(0), vec![Truth::True, Truth::Unknown, Truth::True]);
}

#[test]
fn grades_at_the_thresholds() {
    use leadrules::eval::grade;
    let cases = [
        (1.0, 'A'),
        (0.8, 'A'),
        (0.7999, 'B'),
        (0.6, 'B'),
        (0.5999, 'C'),
        (0.4, 'C'),
        (0.3999, 'D'),
        (0.2, 'D'),
        (0.1999, 'F'),
        (0.0, 'F'),
    ];
    for (fit, want) in cases {
        assert_eq!(grade(fit), want, "fit {fit}");
    }
    // Fits computed from weights land exactly on the thresholds.
    for (matched, total, want) in [(4.0, 5.0, 'A'), (3.0, 5.0, 'B'), (2.0, 5.0, 'C'), (1.0, 5.0, 'D'), (7.0, 10.0, 'B')]
    {
        assert_eq!(grade(matched / total), want, "{matched} of {total}");
    }
}

#[test]
fn the_documented_profile_example() {
    // Section 5: 200 employees in IT, a manager, ad spend unknown: 5 of 9, fit 56 %, grade C;
    // with 150 000 of ad spend, 7 of 9, 78 %, grade B.
    let r = rules(
        "fields { employees : number  industry : one of it, retail, gambling  ad_spend : money
          role : one of ceo, cto, manager }
profile ICP {
  employees between 50 and 5_000   weight 3
  industry in [it, retail]         weight 2
  ad_spend >= 100_000              weight 2
  role in [ceo, cto]               weight 2
}
classify { everyone otherwise }
",
    );
    let mut l = lead(
        &r,
        &[
            ("employees", num(200.0)),
            ("industry", one_of(&r, "industry", "it")),
            ("role", one_of(&r, "role", "manager")),
        ],
    );
    let v = evaluate(&r, &l);
    assert!((v.profiles[0].fit - 5.0 / 9.0).abs() < 1e-12);
    assert_eq!(leadrules::eval::grade(v.profiles[0].fit), 'C');
    assert_eq!(v.matched(0), vec![Truth::True, Truth::True, Truth::Unknown, Truth::False]);
    l[slot(&r, "ad_spend")] = num(150_000.0);
    let v = evaluate(&r, &l);
    assert!((v.profiles[0].fit - 7.0 / 9.0).abs() < 1e-12);
    assert_eq!(leadrules::eval::grade(v.profiles[0].fit), 'B');
}

// ---------------------------------------------------------------------------------------------
// 6. Classification and 7. temperature: first match
// ---------------------------------------------------------------------------------------------

/// A small condition over `x0`..`x3`: (field, negated, optional second (field, negated) joined by
/// `and` when the bool is true, else `or`).
type SmallCond = (usize, bool, Option<(bool, usize, bool)>);

fn small_cond() -> impl Strategy<Value = SmallCond> {
    (0..4usize, any::<bool>(), proptest::option::of((any::<bool>(), 0..4usize, any::<bool>())))
}

fn render_small((f, n, rest): &SmallCond) -> String {
    let one = |f: usize, n: bool| format!("{}x{f}", if n { "not " } else { "" });
    match rest {
        None => one(*f, *n),
        Some((and, g, m)) => format!("{} {} {}", one(*f, *n), if *and { "and" } else { "or" }, one(*g, *m)),
    }
}

fn eval_small((f, n, rest): &SmallCond, truths: &[Truth]) -> Truth {
    let first = line_truth(truths, *f, *n);
    match rest {
        None => first,
        Some((true, g, m)) => first.and(line_truth(truths, *g, *m)),
        Some((false, g, m)) => first.or(line_truth(truths, *g, *m)),
    }
}

/// The reference first match: the index chosen and the truths of the lines tried.
fn first_match(conditions: &[SmallCond], truths: &[Truth]) -> (usize, Vec<Truth>) {
    let mut tried = Vec::new();
    for (i, c) in conditions.iter().enumerate() {
        let t = eval_small(c, truths);
        tried.push(t);
        if t == Truth::True {
            return (i, tried);
        }
    }
    tried.push(Truth::True);
    (conditions.len(), tried)
}

const CLASS_NAMES: [&str; 3] = ["SQL", "MQL", "партнёр"];

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn the_first_definitely_true_class_line_decides(
        lines in proptest::collection::vec((small_cond(), 0..3usize), 1..=6),
        truths in proptest::collection::vec(truth(), 4),
    ) {
        let mut file = yes_no_fields(4);
        file.push_str("classify {\n");
        for (c, name) in &lines {
            file.push_str(&format!("  {} when {} playbook \"line {}\"\n", CLASS_NAMES[*name], render_small(c), CLASS_NAMES[*name]));
        }
        file.push_str("  nurture otherwise\n}\n");
        let r = rules_allowing(&file, &["W401", "W403"]);
        let v = evaluate(&r, &yes_no_lead(&r, &truths));
        let conditions: Vec<SmallCond> = lines.iter().map(|l| l.0).collect();
        let (chosen, tried) = first_match(&conditions, &truths);
        prop_assert_eq!(v.class_rule, chosen);
        prop_assert_eq!(&v.class_rules(), &tried);
        let want = if chosen == lines.len() { "nurture" } else { CLASS_NAMES[lines[chosen].1] };
        prop_assert_eq!(r.class_name(v.class_rule), want);
        // No line before the chosen one was definitely true, and no unknown line was chosen.
        prop_assert!(v.class_rules()[..chosen].iter().all(|t| *t != Truth::True));
        prop_assert_eq!(v.class_rules()[chosen], Truth::True);
    }

    #[test]
    fn the_first_definitely_true_temperature_line_decides(
        lines in proptest::collection::vec((small_cond(), 0..3usize), 1..=5),
        truths in proptest::collection::vec(truth(), 4),
        since in proptest::option::of(0i64..4_000_000_000),
    ) {
        const DEADLINES: [(&str, i64); 3] = [("15 minutes", 900), ("1 hour", 3_600), ("1 day", 86_400)];
        let mut file = yes_no_fields(4);
        file.push_str("  fields { created : datetime }\ntemperature since created {\n");
        for (i, (c, deadline)) in lines.iter().enumerate() {
            file.push_str(&format!("  t{i} when {} respond within {}\n", render_small(c), DEADLINES[*deadline].0));
        }
        file.push_str("  cold otherwise respond within 2 weeks\n}\nclassify { everyone otherwise }\n");
        let r = rules_allowing(&file, &["W401", "W403"]);
        let mut l = yes_no_lead(&r, &truths);
        if let Some(s) = since {
            l[slot(&r, "created")] = Value::Time(s);
        }
        let v = evaluate(&r, &l);
        let conditions: Vec<SmallCond> = lines.iter().map(|l| l.0).collect();
        let (chosen, tried) = first_match(&conditions, &truths);
        prop_assert_eq!(v.temperature_rule, Some(chosen));
        prop_assert_eq!(&v.temperature_rules(), &tried);
        let within = if chosen == lines.len() { 14 * 86_400 } else { DEADLINES[lines[chosen].1].1 };
        prop_assert_eq!(v.respond_by, since.map(|s| s + within));
    }
}

#[test]
fn an_unknown_class_line_never_fires() {
    let r = rules(
        "fields { budget : money  x : yes/no }
classify {
  big   when budget >= 1_000
  yes_x when x
  small when budget < 1_000
  none  otherwise
}
",
    );
    use Truth::{False as N, True as Y, Unknown as U};
    let v = evaluate(&r, &lead(&r, &[]));
    assert_eq!((r.class_name(v.class_rule), v.class_rules().to_vec()), ("none", vec![U, U, U, Y]));
    let v = evaluate(&r, &lead(&r, &[("x", yes_no(true))]));
    assert_eq!((r.class_name(v.class_rule), v.class_rules().to_vec()), ("yes_x", vec![U, Y]));
    let v = evaluate(&r, &lead(&r, &[("budget", num(5.0))]));
    assert_eq!((r.class_name(v.class_rule), v.class_rules().to_vec()), ("small", vec![N, U, Y]));
    let v = evaluate(&r, &lead(&r, &[("budget", num(5_000.0)), ("x", yes_no(true))]));
    assert_eq!((r.class_name(v.class_rule), v.class_rules().to_vec()), ("big", vec![Y]));
}

#[test]
fn temperature_respond_by_is_since_plus_the_deadline() {
    let r = rules(
        "fields { created_at : datetime  timeline : days  decision_maker : yes/no }
temperature since created_at {
  hot  when timeline <= 30 days and decision_maker   respond within 15 minutes
  warm when timeline <= 90 days                      respond within 1 hour
  cold otherwise                                     respond within 1 day
}
classify { everyone otherwise }
",
    );
    let created = at(2026, 12, 1, 9, 30);
    let name = |v: &leadrules::eval::Verdict| {
        let t = r.temperature.as_ref().unwrap();
        t.names[t.rules[v.temperature_rule.unwrap()].name.index()].clone()
    };
    let cases = [
        (days(30.0), yes_no(true), "hot", at(2026, 12, 1, 9, 45)),
        (days(30.0), yes_no(false), "warm", at(2026, 12, 1, 10, 30)),
        (days(90.0), Value::Unknown, "warm", at(2026, 12, 1, 10, 30)),
        (days(91.0), yes_no(true), "cold", at(2026, 12, 2, 9, 30)),
        (Value::Unknown, yes_no(true), "cold", at(2026, 12, 2, 9, 30)),
    ];
    for (timeline, dm, want, by) in cases {
        let l = lead(
            &r,
            &[("created_at", Value::Time(created)), ("timeline", timeline.clone()), ("decision_maker", dm.clone())],
        );
        let v = evaluate(&r, &l);
        assert_eq!(name(&v), want, "{timeline:?} {dm:?}");
        assert_eq!(v.respond_by, Some(by), "{timeline:?} {dm:?}");
        // Without the `since` field the deadline still applies but there is no respond-by time.
        let l = lead(&r, &[("timeline", timeline.clone()), ("decision_maker", dm.clone())]);
        let v = evaluate(&r, &l);
        assert_eq!(name(&v), want);
        assert_eq!(v.respond_by, None);
    }
    // Unknown timeline: hot is unknown (not false, the decision maker is yes), warm unknown.
    let v = evaluate(&r, &lead(&r, &[("decision_maker", yes_no(true))]));
    assert_eq!(v.temperature_rules(), vec![Truth::Unknown, Truth::Unknown, Truth::True]);
}

#[test]
fn temperature_without_since_or_deadline() {
    let r = rules(
        "fields { x : yes/no  signed_on : date }
temperature since signed_on {
  hot when x
  cold otherwise respond within 2 дня
}
classify { everyone otherwise }
",
    );
    let v = evaluate(&r, &lead(&r, &[("x", yes_no(true)), ("signed_on", time(2026, 12, 1, 0, 0))]));
    assert_eq!((v.temperature_rule, v.respond_by), (Some(0), None));
    let v = evaluate(&r, &lead(&r, &[("signed_on", time(2026, 12, 1, 0, 0))]));
    assert_eq!((v.temperature_rule, v.respond_by), (Some(1), Some(at(2026, 12, 3, 0, 0))));

    let r = rules(
        "fields { x : yes/no }\ntemperature { hot when x respond within 1 hour  cold otherwise }\nclassify { everyone otherwise }\n",
    );
    let v = evaluate(&r, &lead(&r, &[("x", yes_no(true))]));
    assert_eq!((v.temperature_rule, v.respond_by), (Some(0), None));
}

#[test]
fn no_temperature_block_no_temperature() {
    let r = rules("fields { x : yes/no }\nclassify { a when x  b otherwise }\n");
    let v = evaluate(&r, &lead(&r, &[("x", yes_no(false))]));
    assert_eq!((v.temperature_rule, v.respond_by, v.class_rule), (None, None, 1));
    assert!(v.temperature_rules().is_empty());
}

// ---------------------------------------------------------------------------------------------
// 8. Discovery questions
// ---------------------------------------------------------------------------------------------

fn acme() -> RuleSet {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/acme.rules");
    let text = std::fs::read_to_string(&path).expect("rules/acme.rules is readable");
    let loaded = load(SourceFile::new("rules/acme.rules", text));
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    loaded.rules.expect("acme.rules compiles")
}

/// An ACME lead with everything known; tests blank out what they need.
fn acme_lead(r: &RuleSet) -> Vec<Value> {
    lead(
        r,
        &[
            ("id", text("L-1")),
            ("employees", num(200.0)),
            ("revenue", num(10_000_000.0)),
            ("industry", one_of(r, "industry", "it")),
            ("ad_spend", num(50_000.0)),
            ("role", one_of(r, "role", "manager")),
            ("decision_maker", yes_no(true)),
            ("budget", num(100_000.0)),
            ("timeline", days(120.0)),
            ("need", text("backup")),
            ("source", one_of(r, "source", "website")),
            ("created_at", time(2026, 12, 1, 9, 30)),
        ],
    )
}

#[test]
fn an_unknown_budget_that_would_make_the_lead_sql_is_asked_about() {
    let r = acme();
    let mut l = acme_lead(&r);
    l[slot(&r, "budget")] = Value::Unknown;
    let v = evaluate(&r, &l);
    // BANT: budget ?, authority ✓, need ✓, timeframe ✗: undecided; score 15: nurture.
    assert_eq!(v.frameworks[0].passes, Truth::Unknown);
    assert_eq!(v.scores[0].total, 15.0);
    assert_eq!(r.class_name(v.class_rule), "nurture");
    let qs = questions(&r, &l, &v);
    let budget = slot(&r, "budget");
    let q = qs
        .iter()
        .find(|q| matches!(q, Question::Single { slot, .. } if *slot == budget))
        .unwrap_or_else(|| panic!("no question about the budget: {qs:?}"));
    let line = q.describe(&r);
    assert!(line.contains("≥ 500 000") && line.contains("SQL"), "{line}");
    let Question::Single { answers, .. } = q else { unreachable!() };
    assert!(answers.iter().all(|a| a.class != "nurture"), "{answers:?}");
    // Answering the question as suggested does change the class.
    l[budget] = num(500_000.0);
    assert_eq!(r.class_name(evaluate(&r, &l).class_rule), "SQL");
    l[budget] = num(499_999.0);
    assert_eq!(r.class_name(evaluate(&r, &l).class_rule), "nurture");
}

#[test]
fn an_unknown_timeline_is_asked_about_in_days() {
    let r = acme();
    let mut l = acme_lead(&r);
    l[slot(&r, "budget")] = num(600_000.0);
    l[slot(&r, "decision_maker")] = yes_no(false);
    l[slot(&r, "timeline")] = Value::Unknown;
    let v = evaluate(&r, &l);
    assert_eq!(r.class_name(v.class_rule), "nurture");
    let timeline = slot(&r, "timeline");
    let lines: Vec<String> = questions(&r, &l, &v)
        .iter()
        .filter(|q| matches!(q, Question::Single { slot, .. } if *slot == timeline))
        .map(|q| q.describe(&r))
        .collect();
    assert_eq!(lines, ["timeline ≤ 90 days → SQL"]);
}

#[test]
fn a_fully_known_lead_gets_no_questions() {
    let r = acme();
    let l = acme_lead(&r);
    let v = evaluate(&r, &l);
    assert_eq!(r.class_name(v.class_rule), "nurture");
    assert_eq!(questions(&r, &l, &v), vec![]);
}

#[test]
fn a_lead_disqualified_by_a_known_gate_gets_no_questions() {
    let r = acme();
    for l in [
        lead(&r, &[("employees", num(5.0))]),
        lead(&r, &[("industry", one_of(&r, "industry", "gambling"))]),
        lead(&r, &[("employees", num(5.0)), ("decision_maker", yes_no(true)), ("need", text("backup"))]),
    ] {
        let v = evaluate(&r, &l);
        assert_eq!(r.class_name(v.class_rule), "disqualified");
        assert_eq!(questions(&r, &l, &v), vec![], "{l:?}");
    }
}

#[test]
fn unknowns_that_decide_only_together_are_asked_together() {
    let r = rules(
        "fields { x : yes/no  y : yes/no }
classify {
  SQL when x and y
  MQL otherwise
}
",
    );
    let l = lead(&r, &[]);
    let v = evaluate(&r, &l);
    assert_eq!(r.class_name(v.class_rule), "MQL");
    let qs = questions(&r, &l, &v);
    assert_eq!(qs, vec![Question::Together { slots: vec![slot(&r, "x"), slot(&r, "y")], class: "SQL".into() }]);
    let line = qs[0].describe(&r);
    assert!(line.contains('x') && line.contains('y') && line.contains("SQL"), "{line}");
    // Once one of them is known to be yes, the other alone decides.
    let l = lead(&r, &[("x", yes_no(true))]);
    let v = evaluate(&r, &l);
    let qs = questions(&r, &l, &v);
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].describe(&r), "y = yes → SQL");
    // And once one is no, nothing is left to ask.
    let l = lead(&r, &[("x", yes_no(false))]);
    let v = evaluate(&r, &l);
    assert_eq!(questions(&r, &l, &v), vec![]);
}

proptest! {
    #![proptest_config(config(100))]

    /// Every single answer a question offers does lead to the class it names.
    #[test]
    fn yes_no_answers_lead_to_the_class_they_name(
        lines in proptest::collection::vec((small_cond(), 0..3usize), 1..=4),
        truths in proptest::collection::vec(truth(), 4),
    ) {
        let mut file = yes_no_fields(4);
        file.push_str("classify {\n");
        for (c, name) in &lines {
            file.push_str(&format!("  {} when {}\n", CLASS_NAMES[*name], render_small(c)));
        }
        file.push_str("  nurture otherwise\n}\n");
        let r = rules_allowing(&file, &["W401", "W403"]);
        let l = yes_no_lead(&r, &truths);
        let v = evaluate(&r, &l);
        let current = r.class_name(v.class_rule).to_string();
        for q in questions(&r, &l, &v) {
            if let Question::Single { slot, answers } = q {
                prop_assert!(!l[slot].is_known());
                for a in answers {
                    prop_assert!(a.class != current);
                    let mut answered = l.clone();
                    answered[slot] = yes_no(a.condition == "= yes");
                    prop_assert_eq!(r.class_name(evaluate(&r, &answered).class_rule), a.class.as_str());
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Shipped examples
// ---------------------------------------------------------------------------------------------

#[test]
fn every_shipped_rule_file_has_passing_examples() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("rules/ exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("rules") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("rule files are UTF-8");
        let loaded = load(SourceFile::new(path.display().to_string(), text));
        assert!(!loaded.diagnostics.iter().any(|d| d.is_error()), "{}: {:#?}", path.display(), loaded.diagnostics);
        let r = loaded.rules.expect("compiles");
        let results = run_examples(&r);
        assert!(!results.is_empty(), "{} has no example", path.display());
        for result in &results {
            assert!(result.passed(), "{}: example {:?} failed: {:?}", path.display(), result.example, result.failures);
        }
    }
    assert!(files > 0, "no rule files under rules/");
}

#[test]
fn a_wrong_expectation_is_reported() {
    let r = rules(
        "fields { x : yes/no }
profile P { x weight 1 }
score { +10 when x }
classify { a when x  b otherwise }
example \"wrong\" {
  lead { x: yes }
  expect class b, score 10, fit 100%, grade C
}
",
    );
    let results = run_examples(&r);
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].failures,
        vec![("class b".to_string(), "class a".to_string()), ("grade C".to_string(), "grade A".to_string()),]
    );
}

// ---------------------------------------------------------------------------------------------
// 10. Deal
// ---------------------------------------------------------------------------------------------

#[test]
fn the_documented_deal_example() {
    let r = rules(
        "fields { budget : money  need : text }
deal {
  size budget
  probability {
    price     importance 5 match 90% when budget >= 500_000, 40% when budget is known, otherwise 10%
    support   importance 3 match 80%
    migration importance 2 match 70% when need contains \"migration\", otherwise 30%
  }
}
score {
  +1 when deal.priority >= 450_000
  +1 when deal.probability >= 75%
  +1 when deal.size is unknown
}
classify { everyone otherwise }
",
    );
    let v = evaluate(&r, &lead(&r, &[("budget", num(600_000.0))]));
    let deal = v.deal.clone().unwrap();
    assert_eq!(deal.size, Some(600_000.0));
    assert_eq!(deal.ratings, vec![Some(0), Some(0), Some(1)]);
    assert!((deal.probability.unwrap() - 0.75).abs() < 1e-12);
    assert!((deal.priority.unwrap() - 450_000.0).abs() < 1e-6);
    // 0.75 * 600_000 may round below 450 000 in floating point; the rule must agree with the value.
    assert_eq!(v.fired(0)[0], Truth::from(deal.priority.unwrap() >= 450_000.0));
    assert_eq!(v.fired(0)[2], Truth::False);

    // Unknown size: no size, no priority, but a probability.
    let v = evaluate(&r, &lead(&r, &[("need", text("Migration from on-prem"))]));
    let deal = v.deal.clone().unwrap();
    assert_eq!((deal.size, deal.priority), (None, None));
    assert_eq!(deal.ratings, vec![Some(2), Some(0), Some(0)]);
    assert!((deal.probability.unwrap() - (5.0 * 0.1 + 3.0 * 0.8 + 2.0 * 0.7) / 10.0).abs() < 1e-12);
    assert_eq!(v.fired(0), vec![Truth::Unknown, Truth::False, Truth::True]);
}

#[test]
fn a_deal_without_probability_or_size() {
    let r = rules(
        "fields { budget : money }\ndeal { size budget * 12 }\nclassify { big when deal.size >= 1_200  small otherwise }\n",
    );
    let v = evaluate(&r, &lead(&r, &[("budget", num(100.0))]));
    let deal = v.deal.clone().unwrap();
    assert_eq!((deal.size, deal.probability, deal.priority), (Some(1_200.0), None, None));
    assert_eq!(r.class_name(v.class_rule), "big");

    let r = rules(
        "fields { x : yes/no }\ndeal { probability { a importance 1 match 50% when x } }\nclassify { everyone otherwise }\n",
    );
    let v = evaluate(&r, &lead(&r, &[]));
    let deal = v.deal.clone().unwrap();
    // No rating applies: the criterion counts as 0 %.
    assert_eq!((deal.size, deal.ratings.clone(), deal.probability, deal.priority), (None, vec![None], Some(0.0), None));
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn probability_is_the_weighted_match(
        criteria in proptest::collection::vec(
            (1u32..=10, proptest::collection::vec((0u32..=100, 0..4usize, any::<bool>()), 0..=3), proptest::option::of(0u32..=100)),
            1..=4,
        ),
        truths in proptest::collection::vec(truth(), 4),
        size in proptest::option::of(0u32..10_000_000),
    ) {
        let mut file = yes_no_fields(4);
        file.push_str("  fields { size_field : money }\ndeal {\n  size size_field\n  probability {\n");
        for (i, (importance, ratings, otherwise)) in criteria.iter().enumerate() {
            let mut parts: Vec<String> = ratings
                .iter()
                .map(|(m, f, n)| format!("{m}% when {}x{f}", if *n { "not " } else { "" }))
                .collect();
            if let Some(m) = otherwise {
                parts.push(format!("otherwise {m}%"));
            }
            if parts.is_empty() {
                parts.push("50%".into());
            }
            file.push_str(&format!("    c{i} importance {importance} match {}\n", parts.join(", ")));
        }
        file.push_str("  }\n}\nclassify { everyone otherwise }\n");
        let r = rules_allowing(&file, &["W403"]);
        let mut l = yes_no_lead(&r, &truths);
        if let Some(s) = size {
            l[slot(&r, "size_field")] = num(s as f64);
        }
        let v = evaluate(&r, &l);
        let deal = v.deal.clone().unwrap();
        let mut weighted = 0.0;
        let mut total = 0.0;
        for (k, (importance, ratings, otherwise)) in criteria.iter().enumerate() {
            let (chosen, m) = if ratings.is_empty() && otherwise.is_none() {
                (Some(0), 50)
            } else {
                match ratings.iter().position(|(_, f, n)| line_truth(&truths, *f, *n) == Truth::True) {
                    Some(j) => (Some(j), ratings[j].0),
                    None => match otherwise {
                        Some(m) => (Some(ratings.len()), *m),
                        None => (None, 0),
                    },
                }
            };
            prop_assert_eq!(deal.ratings[k], chosen, "criterion {}", k);
            weighted += *importance as f64 * m as f64 / 100.0;
            total += *importance as f64;
        }
        let p = weighted / total;
        prop_assert!((deal.probability.unwrap() - p).abs() < 1e-9);
        prop_assert_eq!(deal.size, size.map(|s| s as f64));
        match size {
            Some(s) => prop_assert!((deal.priority.unwrap() - p * s as f64).abs() < 1e-6 * (1.0 + s as f64)),
            None => prop_assert_eq!(deal.priority, None),
        }
    }
}
