//! Named conditions, `let` (language.md section 12) and `flag` lines (section 9): a named
//! condition means exactly the condition it names, wherever it is used; a flag is raised when
//! its condition definitely holds and never changes the class.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::eval::explain::explain;
use leadrules::locale::Lang;
use leadrules::value::Truth;
use proptest::prelude::*;

fn lead_with(
    rules: &leadrules::compile::RuleSet,
    values: &[(&str, leadrules::value::Value)],
) -> Vec<leadrules::value::Value> {
    lead(rules, values)
}

/// A condition over the yes/no fields `x0`..`x3`, the number field `n` and the named
/// conditions declared before it.
#[derive(Clone, Debug)]
enum Cond {
    /// `x{i}`, or the named condition `l{i}` where one is declared.
    Ref(usize),
    /// `n >= k`
    AtLeast(i32),
    Not(Box<Cond>),
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
}

fn cond() -> impl Strategy<Value = Cond> {
    let leaf = prop_oneof![(0usize..6).prop_map(Cond::Ref), (-2i32..8).prop_map(Cond::AtLeast)];
    leaf.prop_recursive(3, 12, 2, |inner| {
        prop_oneof![
            inner.clone().prop_map(|c| Cond::Not(Box::new(c))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Cond::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner).prop_map(|(a, b)| Cond::Or(Box::new(a), Box::new(b))),
        ]
    })
}

/// The condition as written: `Ref(i)` names `l{i}` when `lets` such names are declared before
/// it, else the field `x{i % 4}`. `inline` writes each named condition's own text instead of
/// its name, in parentheses.
fn write(c: &Cond, lets: usize, bodies: &[Cond], inline: bool) -> String {
    match c {
        Cond::Ref(i) if *i < lets && inline => format!("({})", write(&bodies[*i], *i, bodies, true)),
        Cond::Ref(i) if *i < lets => format!("l{i}"),
        Cond::Ref(i) => format!("x{}", i % 4),
        Cond::AtLeast(k) => format!("n >= {k}"),
        Cond::Not(a) => format!("not ({})", write(a, lets, bodies, inline)),
        Cond::And(a, b) => format!("({}) and ({})", write(a, lets, bodies, inline), write(b, lets, bodies, inline)),
        Cond::Or(a, b) => format!("({}) or ({})", write(a, lets, bodies, inline), write(b, lets, bodies, inline)),
    }
}

/// A definition whose gate, framework criteria, profile, score, class and temperature lines
/// and flags all use the conditions `uses`, over the named conditions `bodies`.
fn definition(bodies: &[Cond], uses: &[Cond], inline: bool) -> String {
    let mut out =
        String::from("fields {\n  x0 : yes/no\n  x1 : yes/no\n  x2 : yes/no\n  x3 : yes/no\n  n : number\n}\n");
    if !inline {
        for (i, body) in bodies.iter().enumerate() {
            out.push_str(&format!("let l{i} = {}\n", write(body, i, bodies, false)));
        }
    }
    let w = |k: usize| write(&uses[k % uses.len()], bodies.len(), bodies, inline);
    out.push_str(&format!("minimum {{\n  require {} else \"gate\"\n}}\n", w(0)));
    out.push_str(&format!("framework F pass 1 of 2 {{\n  a : {}\n  b : {}\n}}\n", w(1), w(2)));
    out.push_str(&format!("profile P {{\n  {} weight 2\n  {} weight 1\n}}\n", w(3), w(4)));
    out.push_str(&format!("score {{\n  +3 when {}\n  +5 when {}\n  -2 when {}\n}}\n", w(5), w(6), w(7)));
    out.push_str(&format!(
        "classify {{\n  A when {}\n  B when {} or F passes\n  C when score >= 3\n  D otherwise\n}}\n",
        w(8),
        w(9)
    ));
    out.push_str(&format!("temperature {{\n  hot when {}\n  cold otherwise\n}}\n", w(10)));
    out.push_str(&format!("flag \"one\" when {}\nflag \"two\" when {}\n", w(11), w(12)));
    out
}

/// Everything a verdict decides, in one comparable value.
fn decided(rules: &leadrules::compile::RuleSet, lead: &[leadrules::value::Value]) -> String {
    let v = evaluate(rules, lead);
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        v.minimum,
        v.gates(),
        v.frameworks,
        v.profiles,
        v.scores,
        v.fired(0),
        rules.class_name(v.class_rule),
        v.temperature_rule,
        v.flags(),
        v.raised_flags(rules).collect::<Vec<_>>()
    )
}

// Generated lines may repeat one another (W405), and still mean what they say.
const WARNINGS: [&str; 5] = ["W401", "W402", "W403", "W404", "W405"];

proptest! {
    #![proptest_config(config(150))]

    /// Generated rules with named conditions give every lead the verdict the same rules give
    /// with each name replaced by its condition.
    #[test]
    fn a_named_condition_means_its_condition(
        bodies in proptest::collection::vec(cond(), 1..4),
        uses in proptest::collection::vec(cond(), 1..13),
        truths in proptest::collection::vec(truth(), 4),
        n in proptest::option::of(-3i32..10),
    ) {
        let named = rules_allowing(&definition(&bodies, &uses, false), &WARNINGS);
        let inlined = rules_allowing(&definition(&bodies, &uses, true), &WARNINGS);
        let mut lead = yes_no_lead(&named, &truths);
        lead[slot(&named, "n")] = n.map_or(leadrules::value::Value::Unknown, |n| num(f64::from(n)));
        prop_assert_eq!(decided(&named, &lead), decided(&inlined, &lead));
    }
}

const ENGAGED: &str = "fields {
  id           : text    key
  time_on_site : minutes
  visits       : number
  do_not_email : yes/no
}
let engaged = time_on_site >= 10 minutes and visits >= 3
flag \"do not email\" when do_not_email
flag \"engaged\" when engaged
score {
  +20 when engaged
}
classify {
  hot_lead when engaged
  nurture  otherwise
}
";

#[test]
fn a_named_condition_is_usable_in_rules_and_flags() {
    let r = rules(ENGAGED);
    let lead_of = |minutes: Option<f64>, visits: f64, dne: Option<bool>| {
        lead(
            &r,
            &[
                ("time_on_site", minutes.map_or(leadrules::value::Value::Unknown, |m| num(m * 60.0))),
                ("visits", num(visits)),
                ("do_not_email", dne.map_or(leadrules::value::Value::Unknown, yes_no)),
            ],
        )
    };
    let v = evaluate(&r, &lead_of(Some(12.0), 4.0, Some(true)));
    assert_eq!(r.class_name(v.class_rule), "hot_lead");
    assert_eq!(v.scores[0].total, 20.0);
    assert_eq!(v.raised_flags(&r).collect::<Vec<_>>(), ["do not email", "engaged"]);
    // Unknown time on site: the name is unknown, so is the rule; an unknown flag is not raised.
    let v = evaluate(&r, &lead_of(None, 4.0, None));
    assert_eq!(r.class_name(v.class_rule), "nurture");
    assert_eq!(v.flags(), [Truth::Unknown, Truth::Unknown]);
    assert_eq!(v.raised_flags(&r).count(), 0);
    // A flag never changes the class: the same lead without the flag's fact gets the same class.
    let with = evaluate(&r, &lead_of(Some(1.0), 1.0, Some(true)));
    let without = evaluate(&r, &lead_of(Some(1.0), 1.0, Some(false)));
    assert_eq!(with.class_rule, without.class_rule);
    assert_eq!(with.raised_flags(&r).collect::<Vec<_>>(), ["do not email"]);
    assert_eq!(without.raised_flags(&r).count(), 0);
}

#[test]
fn explain_names_the_condition_its_value_and_the_flags() {
    let r = rules(ENGAGED);
    let first = lead_with(&r, &[("time_on_site", num(600.0)), ("visits", num(5.0)), ("do_not_email", yes_no(false))]);
    let v = evaluate(&r, &first);
    let text = explain(&r, &first, &v, &[], "L-1", Lang::En);
    // The name and its value, then the facts it read.
    let facts = "[engaged = yes, time_on_site = 10 minutes, visits = 5]";
    assert!(text.contains(&format!("+20 when engaged  → +20   {facts}")), "{text}");
    assert!(text.contains(&format!("hot_lead when engaged  ← decided   {facts}")), "{text}");
    assert!(text.contains("flags: engaged\n"), "{text}");
    assert!(text.contains("✗ flag \"do not email\" when do_not_email   [do_not_email = no]"), "{text}");
    assert!(text.contains(&format!("✓ flag \"engaged\" when engaged   {facts}")), "{text}");
    let russian = explain(&r, &first, &v, &[], "L-1", Lang::Ru);
    assert!(russian.contains("[engaged = да, time_on_site = 10 минут, visits = 5]"), "{russian}");
    assert!(russian.contains("отметки: engaged\n"), "{russian}");
    let second = lead_with(&r, &[("visits", num(5.0))]);
    let v = evaluate(&r, &second);
    let text = explain(&r, &second, &v, &[], "L-2", Lang::En);
    assert!(
        text.contains("? +20 when engaged  → 0   [engaged = unknown, time_on_site = unknown, visits = 5]"),
        "{text}"
    );
    assert!(text.contains("flags: none raised"), "{text}");
}

#[test]
fn a_named_condition_reads_derived_values_after_they_are_computed() {
    let r = rules(
        "fields {\n  a : yes/no\n  b : yes/no\n}\nlet strong = score >= 10\nscore {\n  +10 when a\n  +5 when b\n}\n\
         classify {\n  X when strong\n  Y otherwise\n}\n",
    );
    let v = evaluate(&r, &lead(&r, &[("a", yes_no(true))]));
    assert_eq!(r.class_name(v.class_rule), "X");
    let v = evaluate(&r, &lead(&r, &[("b", yes_no(true))]));
    assert_eq!(r.class_name(v.class_rule), "Y");
}

#[test]
fn the_checker_reports_what_is_wrong_with_a_named_condition() {
    let base = "fields {\n  a : yes/no\n  n : number\n}\n";
    let with = |rest: &str| format!("{base}{rest}classify {{\n  X when a or n > 100\n  Y otherwise\n}}\n");
    // Misspelt where used: E101 with "did you mean".
    let text = with("let engaged = n >= 3\nscore {\n  +1 when engagd\n}\n");
    let loaded = load_text(&text);
    let d = loaded.diagnostics.iter().find(|d| d.code.as_str() == "E101").expect("E101");
    assert!(format!("{:?}", d.help).contains("engaged"), "{d:?}");
    // A circle of names: E105, its every reference labelled.
    let text = with("let p = q and a\nlet q = r or a\nlet r = p\nscore {\n  +1 when p\n}\n");
    let loaded = load_text(&text);
    let cycles: Vec<_> = loaded.diagnostics.iter().filter(|d| d.code.as_str() == "E105").collect();
    assert_eq!(cycles.len(), 1, "{:#?}", loaded.diagnostics);
    assert_eq!(cycles[0].labels.len(), 3, "{:#?}", cycles[0]);
    assert_eq!(codes(&with("let p = p\nscore {\n  +1 when p\n}\n")), ["E105"]);
    // Through a score: the score reads the name, the name reads the score.
    assert_eq!(codes(&with("let big = score >= 3\nscore {\n  +5 when big\n}\n")), ["E105"]);
    // Never used: W403, its removal offered.
    assert_eq!(codes(&with("let idle = n >= 3\nscore {\n  +1 when n >= 1\n}\n")), ["W403"]);
    // A name taken by a field, or by a class; a value that is not a yes/no.
    assert_eq!(codes(&with("let n = a\nscore {\n  +1 when n > 1\n}\n")), ["E102"]);
    assert_eq!(codes(&with("let X = a\nscore {\n  +1 when X\n}\n")), ["E102"]);
    assert_eq!(codes(&with("let big = n\nscore {\n  +1 when big\n}\n")), ["E204"]);
    // A flag's condition must be a yes/no question too.
    assert_eq!(codes(&with("flag \"big\" when n\n")), ["E204"]);
}

#[test]
fn a_field_only_an_unused_named_condition_reads_is_unused_too() {
    let text = "fields {\n  a : yes/no\n  n : number\n}\nlet idle = n >= 3\nclassify {\n  X when a\n  Y otherwise\n}\n";
    let mut found = codes(text);
    found.sort();
    assert_eq!(found, ["W403", "W403"]);
}
