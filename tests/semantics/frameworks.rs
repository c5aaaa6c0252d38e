//! `framework` (language.md section 6): pass rules over definite criteria only, criteria and
//! frameworks as conditions, and the mistakes of a pass rule.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::Truth;
use proptest::prelude::*;

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
