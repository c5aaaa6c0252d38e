//! Evaluation order (language.md section 15): derived values are computed before the values
//! that read them, and circles between them are mistakes.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::Truth;

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
