//! Expressions (language.md section 12): comparisons, `between`, `in`, `is known`, text and
//! division, with known and unknown values, checked against a reference written here.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::{Truth, Value};
use proptest::prelude::*;

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
        // Backwards and one-value ranges are warned about (W404) and must still run as written.
        let r = rules_allowing(&conditions_file("n : number  lo : number  hi : number", &[
            &format!("n between {lo} and {hi}"),
            "n between lo and hi",
            &format!("n >= {lo} and n <= {hi}"),
        ]), &["W404"]);
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
            // Each value once: a value listed twice is an error of its own (E102).
            .prop_map(|(v, list, negated)| NumCond::In(v, distinct(list), negated)),
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
        let r = rules_allowing(&conditions_file("n : number  m : number  a : yes/no", &[text.as_str()]), &["W403", "W404"]);
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
