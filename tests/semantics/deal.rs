//! `deal` (language.md section 8): size, probability as the weighted match, and priority.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::Truth;
use proptest::prelude::*;

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
