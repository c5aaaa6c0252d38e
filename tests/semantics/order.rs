//! Evaluation order (language.md section 15): circles between derived values are mistakes. That
//! derived values are computed before the values that read them is `tests/spec/evaluation-order.rules`.

use crate::support::*;

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
