//! Slips found where the parser stopped: each is reported at the token written wrong, and its fix
//! applied literally gives a file that parses clean (a single fix is `Safe`, several are choices).

use super::*;
use crate::diagnostic::Applicability;

const BASE: &str =
    "fields {\n  budget : money\n  employees : number\n  lost : yes/no\n  industry : one of it, retail\n}\n\n";

/// The one diagnostic for `body` (after `BASE`): its code, the text under its primary span, and
/// the file with each of its fixes applied.
fn slip(body: &str) -> (Code, String, Vec<(Applicability, String)>) {
    let text = format!("{BASE}{body}");
    let d = only_error(&text);
    let fixed = d
        .fixes
        .iter()
        .map(|fix| {
            let mut result = text.clone();
            for edit in fix.edits.iter().rev() {
                result.replace_range(edit.span.range(), &edit.replacement);
            }
            (fix.applicability, result)
        })
        .collect();
    (d.code, slice(&text, d.span()).to_string(), fixed)
}

fn assert_safe_fix_parses(body: &str, wrong: &str, right: &str) {
    let (_, under, fixes) = slip(body);
    assert_eq!(under, wrong, "the span of {body:?}");
    assert_eq!(fixes.len(), 1, "one fix for {body:?}");
    let (applicability, fixed) = &fixes[0];
    assert_eq!(*applicability, Applicability::Safe);
    assert!(fixed.contains(right), "{fixed}");
    parse_ok(fixed);
}

#[test]
fn numbers_as_people_type_them_get_the_number_they_mean() {
    let gate = |n: &str| format!("minimum {{\n  require budget >= {n}\n  reject lost else \"lost\"\n}}\n");
    let gate_with_reason = |n: &str| format!("minimum {{\n  require budget >= {n} else \"small\"\n}}\n");
    assert_safe_fix_parses(&gate_with_reason("500 000,50"), "500 000,50", "500_000.50");
    assert_safe_fix_parses(&gate_with_reason("500к"), "500к", "500_000");
    assert_safe_fix_parses(&gate_with_reason("500k"), "500k", "500_000");
    assert_safe_fix_parses(&gate_with_reason("1,5 млн"), "1,5 млн", "1_500_000");
    assert_safe_fix_parses(&gate_with_reason("2 тыс"), "2 тыс", "2_000");
    assert_safe_fix_parses(&gate_with_reason("1.5M"), "1.5M", "1_500_000");
    assert_safe_fix_parses(&gate_with_reason("1e9"), "1e9", "1_000_000_000");
    let (code, under, fixes) = slip(&gate_with_reason("1e400"));
    assert_eq!((code, under.as_str(), fixes.len()), (Code::BadLiteral, "1e400", 0));
    let (_, under, fixes) = slip(&gate_with_reason("1,500"));
    assert_eq!(under, "1,500");
    assert!(fixes.iter().all(|(a, _)| *a == Applicability::Choice) && fixes.len() == 2);
    let _ = gate;
}

#[test]
fn russian_keywords_are_keywords_not_slips() {
    let classify = |rule: &str| format!("{BASE}classify {{\n  SQL {rule}\n  nurture otherwise\n}}\n");
    for rule in [
        "когда budget >= 10",
        "when budget >= 10 и employees >= 5",
        "when budget >= 10 или employees >= 5",
        "when не lost",
        "when lost = да",
        "when employees между 5 and 10",
        "when industry в [it]",
        "когда budget известно",
        "иначе",
    ] {
        parse_ok(&classify(rule));
    }
}

#[test]
fn russian_words_written_for_a_keyword_and_misspelt_units_are_named() {
    let classify = |rule: &str| format!("classify {{\n  SQL {rule}\n  nurture otherwise\n}}\n");
    // The file is in English: the fix writes the English keyword.
    assert_safe_fix_parses(&classify("если budget >= 10"), "если", "when budget");
    assert_safe_fix_parses(&classify("when budget >= 10 либо employees >= 5"), "либо", "10 or employees");
    assert_safe_fix_parses(&classify("когда budget известна"), "известна", "budget is known");
    // In a Russian file, the Russian keyword.
    let russian =
        "поля {\n  budget : деньги\n}\n\nклассы {\n  SQL если budget известна и budget >= 1\n  nurture иначе\n}\n";
    let d = only_error(russian);
    assert_eq!(slice(russian, d.span()), "если");
    assert_eq!(d.fixes[0].edits[0].replacement, "когда");
    assert!(d.message.to_string().contains("`если` is not a keyword"), "{}", d.message);
    let (_, under, fixes) = slip(&classify("когад budget >= 10"));
    assert_eq!(under, "когад");
    assert!(fixes.iter().any(|(_, fixed)| fixed.contains("SQL когда budget")), "{fixes:?}");
    let temperature =
        |unit: &str| format!("temperature {{\n  hot when budget >= 10 respond within {unit}\n  cold otherwise\n}}\n");
    assert_safe_fix_parses(&temperature("15 минтут"), "минтут", "15 минут");
    assert_safe_fix_parses(&temperature("2 минтуы"), "минтуы", "2 минуты");
    assert_safe_fix_parses(&temperature("15 minuts"), "minuts", "15 minutes");
}

#[test]
fn typos_and_look_alike_letters_in_keywords() {
    let framework = "framework F pass all { a : budget >= 1 }\n";
    let classify = |rule: &str| format!("{framework}classify {{\n  SQL {rule}\n  nurture otherwise\n}}\n");
    assert_safe_fix_parses(&classify("when F pases and budget >= 1"), "pases", "F passes and");
    assert_safe_fix_parses(&classify("when F passes оr budget >= 1"), "оr", "passes or budget");
    let d = only_error(&format!("{BASE}{}", classify("when F passes оr budget >= 1")));
    assert!(d.message.to_string().contains("letter 1") && d.message.to_string().contains('о'), "{}", d.message);
}

#[test]
fn a_trailing_comma_is_pointed_at_and_removed() {
    let text = "fields {\n  industry : one of it, retail,\n  budget : money\n}\n";
    let d = only_error(text);
    assert_eq!(slice(text, d.span()), ",");
    assert_eq!(d.fixes[0].applicability, Applicability::Safe);
}

#[test]
fn a_fraction_where_a_percentage_belongs() {
    let deal = |m: &str| {
        format!(
            "deal {{\n  probability {{\n    price importance 5 match {m} when budget >= 1, otherwise 10%\n  }}\n}}\n"
        )
    };
    assert_safe_fix_parses(&deal("0.8"), "0.8", "match 80% when");
    assert_safe_fix_parses(&deal("80"), "80", "match 80% when");
    let (_, _, fixes) = slip(&deal("1"));
    assert_eq!(fixes.len(), 2, "1 may be 100% or 1%");
}
