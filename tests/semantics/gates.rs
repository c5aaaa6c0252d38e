//! `minimum` (language.md section 4): hard gates, and what an unknown gate does.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::Truth;

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
