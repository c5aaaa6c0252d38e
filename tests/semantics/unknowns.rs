//! Unknown values and three-valued logic (language.md section 14): every block reads a
//! condition with Kleene's logic, checked against a reference written here, and learning a fact
//! never overturns a definite answer.

use crate::support::*;
use leadrules::compile::program::RuleSet;
use leadrules::eval::evaluate;
use leadrules::value::{Truth, Value};
use proptest::prelude::*;

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
            // Each item once: an item listed twice is an error of its own (E102).
            .prop_map(|(v, list, negated)| Cond::In(v, crate::support::distinct(list), negated)),
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

proptest! {
    #![proptest_config(config(200))]

    /// Every block reads a condition with Kleene's logic, for every assignment of the fields.
    #[test]
    fn conditions_follow_kleene_logic(c in cond()) {
        let text = c.render();
        let r = rules_allowing(&logic_file(&text), &["W403", "W404"]);
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
        let r = rules_allowing(&logic_file(&c.render()), &["W403", "W404"]);
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
