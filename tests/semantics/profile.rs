//! `profile` (language.md section 5): the fit is the matched share of the weight, and the grade
//! follows the fit.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::Truth;
use proptest::prelude::*;

proptest! {
    #![proptest_config(config(200))]

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
