//! Points that grow with a value (`+1 per 60 seconds of time_on_site capped at 20`): the score a
//! lead gets equals one counted here independently (whole steps in integers, never past the cap),
//! an unknown value gives nothing as an unknown condition does, exact multiples of the step
//! count all their steps, and the verdict's bounds reach the whole cap while the value is unknown.
//! On a history, the coverage counts a growing line only for the leads it gave points, and a diff
//! says a changed step moved a lead whose line held on both sides.

mod common;

use common::judge::{lead, rules};
use leadrules::eval::verdict::{Bound, with_bounds};
use leadrules::eval::{Verdict, evaluate};
use leadrules::value::Value;
use proptest::prelude::*;

const RULES: &str = r#"
definition "growth"
fields {
  time_on_site : number in seconds
  visits       : number
  share        : percent
  silent       : days
  subscribed   : yes/no
}
score {
  +1 per 60 seconds of time_on_site capped at 20
  +2 per 3 of visits capped at 10 when subscribed
}
score shares {
  +1 per 10% of share capped at 100
}
score silence {
  -1.5 per 1 week of silent capped at 6
}
classify {
  hot  when score >= 15
  cold otherwise
}
"#;

fn scores(verdict: &Verdict) -> Vec<f64> {
    verdict.scores.iter().map(|s| s.total).collect()
}

#[test]
fn exact_multiples_of_the_step_count_every_step() {
    let rules = rules(RULES);
    let seconds = |s: f64| evaluate(&rules, &lead(&rules, &[("time_on_site", Value::Number(s))])).scores[0].total;
    assert_eq!([seconds(0.0), seconds(59.0), seconds(60.0), seconds(119.9), seconds(120.0)], [0.0, 0.0, 1.0, 1.0, 2.0]);
    assert_eq!([seconds(1_200.0), seconds(1_500.0), seconds(-300.0)], [20.0, 20.0, 0.0]);
    // 0.3 / 0.1 is 2.9999999999999996 in doubles: 30 % is three steps of 10 %.
    let share = |s: f64| evaluate(&rules, &lead(&rules, &[("share", Value::Number(s))])).scores[1].total;
    assert_eq!([share(0.3), share(0.7), share(0.29)], [3.0, 7.0, 2.0]);
}

#[test]
fn negative_points_are_capped_below() {
    let rules = rules(RULES);
    let week = 7.0 * 86_400.0;
    let silence =
        |weeks: f64| evaluate(&rules, &lead(&rules, &[("silent", Value::Number(weeks * week))])).scores[2].total;
    assert_eq!([silence(0.5), silence(1.0), silence(3.0), silence(10.0)], [0.0, -1.5, -4.5, -6.0]);
}

/// `за каждую неделю`, `за каждый день`, `за каждую минуту`: a unit alone is a step of one, and
/// gives the same score as `per 1 week`, `per 1 day`, `per 60 seconds`.
#[test]
fn the_natural_russian_steps_score_as_their_english_counterparts() {
    let russian = rules(
        r#"
определение "рост"
поля {
  время : число в секундах
  тишина : дни
}
баллы {
  +1 за каждую минуту время не более 20
}
баллы тишины {
  -1 за каждую неделю тишина не более 10
  -1 за каждый день тишина не более 3
  +1 за каждые 2 недели тишина не более 5
}
классы { горячий когда баллы >= 15  холодный иначе }
"#,
    );
    let english = rules(
        r#"
definition "growth"
fields {
  время : number in seconds
  тишина : days
}
score {
  +1 per 60 seconds of время capped at 20
}
score тишины {
  -1 per 1 week of тишина capped at 10
  -1 per 1 day of тишина capped at 3
  +1 per 14 days of тишина capped at 5
}
classify { горячий when score >= 15  холодный otherwise }
"#,
    );
    for (seconds, days) in [(0.0, 0.0), (59.0, 1.0), (61.0, 6.0), (600.0, 7.0), (3_000.0, 15.0), (90.0, 100.0)] {
        let values = [("время", Value::Number(seconds)), ("тишина", Value::Number(days * 86_400.0))];
        let (a, b) = (evaluate(&russian, &lead(&russian, &values)), evaluate(&english, &lead(&english, &values)));
        assert_eq!(scores(&a), scores(&b), "{seconds} s, {days} days");
    }
    let lead_of = |r, s: f64, d: f64| {
        scores(&evaluate(r, &lead(r, &[("время", Value::Number(s)), ("тишина", Value::Number(d * 86_400.0))])))
    };
    // 15 days: 2 weeks (-2), 3 days capped (-3), one step of 2 weeks (+1).
    assert_eq!(lead_of(&russian, 600.0, 15.0), [10.0, -4.0]);
}

#[test]
fn an_unknown_value_gives_nothing_and_the_bounds_reach_the_cap() {
    let rules = rules(RULES);
    let verdict = evaluate(&rules, &lead(&rules, &[("subscribed", Value::Bool(true))]));
    assert_eq!(scores(&verdict), [0.0, 0.0, 0.0]);
    assert_eq!(scores(&with_bounds(&rules, &verdict, Bound::High)), [30.0, 100.0, 0.0]);
    assert_eq!(scores(&with_bounds(&rules, &verdict, Bound::Low)), [0.0, 0.0, -6.0]);
    // A false condition gives nothing whatever the value; the bounds leave it out.
    let verdict =
        evaluate(&rules, &lead(&rules, &[("subscribed", Value::Bool(false)), ("visits", Value::Number(30.0))]));
    assert_eq!(verdict.scores[0].total, 0.0);
    assert_eq!(with_bounds(&rules, &verdict, Bound::High).scores[0].total, 20.0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The score equals the steps counted in whole numbers: `k` whole minutes plus `extra`
    /// seconds under a minute are `k` steps.
    #[test]
    fn the_score_is_the_whole_steps_times_the_points_up_to_the_cap(
        minutes in 0u32..40,
        extra in 0u32..60,
        visits in 0u32..30,
        subscribed in any::<bool>(),
    ) {
        let rules = rules(RULES);
        let lead = lead(&rules, &[
            ("time_on_site", Value::Number(f64::from(minutes * 60 + extra))),
            ("visits", Value::Number(f64::from(visits))),
            ("subscribed", Value::Bool(subscribed)),
        ]);
        let verdict = evaluate(&rules, &lead);
        let time = minutes.min(20);
        let visits_points = if subscribed { (2 * (visits / 3)).min(10) } else { 0 };
        prop_assert_eq!(verdict.scores[0].total, f64::from(time + visits_points));
        let hot = time + visits_points >= 15;
        prop_assert_eq!(rules.class_name(verdict.class_rule), if hot { "hot" } else { "cold" });
    }
}

/// Three leads: 30 seconds (the line holds but gives nothing), 600 seconds (10 steps of 60, 20
/// of 30: cold → warm when the step halves), unknown.
fn tiny_history(name: &str) -> std::path::PathBuf {
    let dir = common::scratch(name);
    let history = dir.join("history.csv");
    std::fs::write(
        &history,
        "id,time_on_site,visits,budget,discount,days_silent,subscribed,outcome\n\
         A,30,,,,,no,won\nB,600,,,,,no,lost\nC,,,,,,no,won\n",
    )
    .expect("write the history");
    history
}

fn json(out: &std::process::Output) -> serde_json::Value {
    assert!([0, 1].contains(&common::code(out)), "{}", common::stderr(out));
    serde_json::from_str(&common::stdout(out)).expect("JSON")
}

#[test]
fn the_coverage_counts_a_growing_line_for_the_leads_it_gave_points() {
    let history = tiny_history("growth-coverage");
    let history = history.to_string_lossy();
    let out = common::leadrules(&["backtest", "tests/data/growth.rules", &history, "--coverage", "--format", "json"]);
    let report = json(&out);
    let first = &report["coverage"]["items"][0];
    assert_eq!(first["line"], 16);
    assert_eq!((first["leads"].as_u64(), first["unknown"].as_u64()), (Some(1), Some(1)), "{first}");
}

#[test]
fn a_diff_says_the_changed_step_moved_the_lead() {
    let history = tiny_history("growth-diff");
    let dir = history.parent().expect("a folder").to_path_buf();
    let text = std::fs::read_to_string("tests/data/growth.rules").expect("read");
    let halved = text.replace("per 60 seconds of time_on_site", "per 30 seconds of time_on_site");
    assert_ne!(halved, text);
    let new = dir.join("halved.rules");
    std::fs::write(&new, halved).expect("write");
    let out = common::leadrules(&[
        "diff",
        "tests/data/growth.rules",
        &new.to_string_lossy(),
        &history.to_string_lossy(),
        "--format",
        "json",
    ]);
    let report = json(&out);
    assert_eq!(report["changes"][0]["kind"], "growth", "{}", report["changes"]);
    let moved: Vec<&serde_json::Value> =
        report["transitions"].as_array().expect("transitions").iter().filter(|t| t["from"] != t["to"]).collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!((moved[0]["from"].as_str(), moved[0]["to"].as_str()), (Some("cold"), Some("warm")));
    assert_eq!(moved[0]["reasons"][0]["change"], 0, "{}", moved[0]);
    assert_eq!(moved[0]["examples"][0]["new_score"], 20.0);
    // Said in words, in both languages.
    for (lang, words) in [("en", "step or cap changed"), ("ru", "изменён шаг или предел")] {
        let out = common::leadrules(&[
            "diff",
            "tests/data/growth.rules",
            &new.to_string_lossy(),
            &history.to_string_lossy(),
            "--lang",
            lang,
        ]);
        assert!(common::stdout(&out).contains(words), "{lang}: {}", common::stdout(&out));
    }
}

#[test]
fn an_unknown_value_a_growing_line_reads_is_asked_about_at_the_step_that_moves_the_class() {
    use leadrules::eval::questions::{describe_all, questions};
    let rules = rules(&std::fs::read_to_string("tests/data/growth.rules").expect("read"));
    let lead = lead(&rules, &[("subscribed", Value::Bool(true))]);
    let verdict = evaluate(&rules, &lead);
    let asked = describe_all(&rules, &questions(&rules, &lead, &verdict));
    // 10 points for the subscription; 5 whole minutes (+5), 3 steps of 3 visits (+6) or one of
    // 100 000 (+5) make 15: warm.
    for question in ["time_on_site ≥ 300 seconds → warm", "visits ≥ 9 → warm", "budget ≥ 100 000 → warm"] {
        assert!(asked.contains(question), "{asked}");
    }
}
