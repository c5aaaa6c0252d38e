//! `classify` (language.md section 9): the first definitely true line decides, an unknown line
//! never fires. The first-match reference here serves `temperature` and the questions too.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::Truth;
use proptest::prelude::*;

/// A small condition over `x0`..`x3`: (field, negated, optional second (field, negated) joined by
/// `and` when the bool is true, else `or`).
pub(crate) type SmallCond = (usize, bool, Option<(bool, usize, bool)>);

pub(crate) fn small_cond() -> impl Strategy<Value = SmallCond> {
    (0..4usize, any::<bool>(), proptest::option::of((any::<bool>(), 0..4usize, any::<bool>())))
}

pub(crate) fn render_small((f, n, rest): &SmallCond) -> String {
    let one = |f: usize, n: bool| format!("{}x{f}", if n { "not " } else { "" });
    match rest {
        None => one(*f, *n),
        Some((and, g, m)) => format!("{} {} {}", one(*f, *n), if *and { "and" } else { "or" }, one(*g, *m)),
    }
}

pub(crate) fn eval_small((f, n, rest): &SmallCond, truths: &[Truth]) -> Truth {
    let first = line_truth(truths, *f, *n);
    match rest {
        None => first,
        Some((true, g, m)) => first.and(line_truth(truths, *g, *m)),
        Some((false, g, m)) => first.or(line_truth(truths, *g, *m)),
    }
}

/// The reference first match: the index chosen and the truths of the lines tried.
pub(crate) fn first_match(conditions: &[SmallCond], truths: &[Truth]) -> (usize, Vec<Truth>) {
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

pub(crate) const CLASS_NAMES: [&str; 3] = ["SQL", "MQL", "партнёр"];

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
        let r = rules_allowing(&file, &["W401", "W403", "W404"]);
        let v = evaluate(&r, &yes_no_lead(&r, &truths));
        let conditions: Vec<SmallCond> = lines.iter().map(|l| l.0).collect();
        let (chosen, tried) = first_match(&conditions, &truths);
        prop_assert_eq!(v.class_rule.index(), chosen);
        prop_assert_eq!(&v.class_rules(), &tried);
        let want = if chosen == lines.len() { "nurture" } else { CLASS_NAMES[lines[chosen].1] };
        prop_assert_eq!(r.class_name(v.class_rule), want);
        // No line before the chosen one was definitely true, and no unknown line was chosen.
        prop_assert!(v.class_rules()[..chosen].iter().all(|t| *t != Truth::True));
        prop_assert_eq!(v.class_rules()[chosen], Truth::True);
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
