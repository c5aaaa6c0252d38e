//! `score` (language.md section 7): a score is the sum of its definitely true lines, capped from
//! above; named scores are independent.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::Truth;
use proptest::prelude::*;

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

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn a_score_is_the_sum_of_definitely_true_lines(
        lines in score_lines(),
        cap in proptest::option::of(0u32..150),
        truths in proptest::collection::vec(truth(), 4),
    ) {
        let file = format!("{}{}classify {{ everyone otherwise }}\n", yes_no_fields(4), score_text("", cap, &lines));
        // Generated lines may repeat one another (W405): each still counts, as written.
        let r = rules_allowing(&file, &["W403", "W405"]);
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
        let r = rules_allowing(&file, &["W403", "W402", "W404", "W405"]);
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
