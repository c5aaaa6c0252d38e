//! Units (language.md section 13): percentages as fractions, durations as seconds, money,
//! dates, and the mistakes of mixing them.

use crate::support::*;
use leadrules::eval::evaluate;
use leadrules::value::Truth;
use proptest::prelude::*;

#[test]
fn percentages_are_fractions() {
    let r = rules(
        "fields { employees : number  budget : money  discount : percent }
profile ICP {
  employees >= 50 weight 7
  budget >= 1_000_000 weight 3
}
score {
  +1 when ICP.fit >= 70%
  +1 when budget * 20% >= 100_000
  +1 when discount >= 12.5%
  +1 when discount + 10% > 30%
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y, Unknown as U};
    let l = lead(&r, &[("employees", num(50.0)), ("budget", num(500_000.0)), ("discount", pct(12.5))]);
    let v = evaluate(&r, &l);
    assert!((v.profiles[0].fit - 0.7).abs() < 1e-12);
    assert_eq!(v.fired(0), vec![Y, Y, Y, N]);
    let l = lead(&r, &[("employees", num(49.0)), ("budget", num(499_999.0)), ("discount", pct(21.0))]);
    assert_eq!(fired(&r, &l), vec![N, N, Y, Y]);
    // The fit is never unknown: unknown criteria count as not matched.
    assert_eq!(fired(&r, &lead(&r, &[])), vec![N, U, U, U]);
}

#[test]
fn durations_compare_across_units() {
    let r = rules(
        "fields { timeline : days  response : hours  wait : minutes  sprint : weeks }
score {
  +1 when timeline <= 90 days
  +1 when timeline <= 2 weeks
  +1 when timeline < 1 week
  +1 when response <= 90 minutes
  +1 when response >= 1 hour
  +1 when wait > 1 h
  +1 when sprint = 14 days
  +1 when timeline * 2 <= 60 days
  +1 when timeline / 2 >= 15 дней
  +1 when timeline + response > 30 days
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y};
    let l = lead(
        &r,
        &[("timeline", days(30.0)), ("response", hours(1.5)), ("wait", num(61.0 * 60.0)), ("sprint", days(14.0))],
    );
    assert_eq!(fired(&r, &l), vec![Y, N, N, Y, Y, Y, Y, Y, Y, Y]);
    let l = lead(
        &r,
        &[("timeline", days(14.0)), ("response", hours(2.0)), ("wait", num(60.0 * 60.0)), ("sprint", days(21.0))],
    );
    assert_eq!(fired(&r, &l), vec![Y, Y, N, N, Y, N, N, Y, N, N]);
    let l = lead(&r, &[("timeline", days(6.0)), ("response", hours(0.5))]);
    assert_eq!(fired(&r, &l)[..5], [Y, Y, Y, Y, N]);
}

#[test]
fn seconds_are_a_unit_like_the_others() {
    let r = rules(
        "fields { time_on_site : seconds  wait : minutes }
score {
  +1 when time_on_site >= 90 seconds
  +1 when time_on_site >= 1.5 minutes
  +1 when time_on_site < 2 min
  +1 when time_on_site > 30 секунд
  +1 when time_on_site = 1 second
  +1 when wait >= 120 sec
  +1 when time_on_site + wait > 1 hour
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y};
    let l = lead(&r, &[("time_on_site", num(90.0)), ("wait", num(120.0))]);
    assert_eq!(fired(&r, &l), vec![Y, Y, Y, Y, N, Y, N]);
    let l = lead(&r, &[("time_on_site", num(1.0)), ("wait", num(3_600.0))]);
    assert_eq!(fired(&r, &l), vec![N, N, Y, N, Y, Y, Y]);
}

#[test]
fn a_month_is_30_days_and_a_year_365() {
    let r = rules(
        "fields { cycle : months  tenure : years  timeline : days }
score {
  +1 when cycle <= 3 months
  +1 when cycle = 90 days
  +1 when tenure >= 1 year
  +1 when tenure = 365 дней
  +1 when timeline < 2 месяца
  +1 when tenure > 11 мес
  +1 when timeline + cycle >= 1 год
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y};
    let day = 86_400.0;
    let l = lead(&r, &[("cycle", num(90.0 * day)), ("tenure", num(365.0 * day)), ("timeline", num(59.0 * day))]);
    assert_eq!(fired(&r, &l), vec![Y, Y, Y, Y, Y, Y, N]);
    let l = lead(&r, &[("cycle", num(91.0 * day)), ("tenure", num(364.0 * day)), ("timeline", num(274.0 * day))]);
    assert_eq!(fired(&r, &l), vec![N, N, N, N, N, Y, Y]);
}

#[test]
fn money_and_counts() {
    let r = rules(
        "fields { budget : money  ad_spend : money  employees : number }
score {
  +1 when budget >= 500_000
  +1 when budget / 12 >= 40_000
  +1 when budget / ad_spend >= 2
  +1 when ad_spend * 12 >= 1_000_000
  +1 when budget - ad_spend > 400_000
  +1 when budget / employees >= 50_000
  +1 when 2 * employees >= 20
  +1 when employees * 50% >= 5
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y};
    let l = lead(&r, &[("budget", num(500_000.0)), ("ad_spend", num(100_000.0)), ("employees", num(10.0))]);
    assert_eq!(fired(&r, &l), vec![Y, Y, Y, Y, N, Y, Y, Y]);
}

#[test]
fn dates_and_durations() {
    let r = rules(
        "fields { created_at : datetime  signed_on : date  started_on : date }
score {
  +1 when created_at < 2026-12-01 - 2 weeks
  +1 when created_at + 15 minutes <= 2026-12-01 09:45
  +1 when signed_on - started_on <= 30 days
  +1 when signed_on >= 2026-12-01
  +1 when signed_on < 2026-12-01 09:30
}
classify { everyone otherwise }
",
    );
    use Truth::{False as N, True as Y};
    let l = lead(
        &r,
        &[
            ("created_at", time(2026, 12, 1, 9, 30)),
            ("signed_on", time(2026, 12, 31, 0, 0)),
            ("started_on", time(2026, 12, 1, 0, 0)),
        ],
    );
    assert_eq!(fired(&r, &l), vec![N, Y, Y, Y, N]);
    let l = lead(
        &r,
        &[
            ("created_at", time(2026, 11, 16, 23, 59)),
            ("signed_on", time(2027, 1, 1, 0, 0)),
            ("started_on", time(2026, 12, 1, 0, 0)),
        ],
    );
    assert_eq!(fired(&r, &l), vec![Y, Y, N, Y, N]);
}

#[test]
fn unit_mismatches_are_reported_with_their_codes() {
    let base = "fields { budget : money  timeline : days  employees : number  discount : percent  need : text
          created_at : datetime }
profile ICP { employees >= 50 weight 1 }
classify {
  hit when CONDITION
  miss otherwise
}
";
    let cases = [
        ("budget >= 90 days", "E202"),
        ("timeline <= 90", "E203"),
        ("ICP.fit >= 70", "E203"),
        ("discount >= 20", "E203"),
        ("employees > budget", "E202"),
        ("ICP.fit >= timeline", "E202"),
        ("budget * budget >= 1", "E202"),
        ("budget + timeline >= 1", "E202"),
        ("need + 1 > 2", "E201"),
        ("need > 2", "E201"),
        ("employees * 1_000 <= budget", "E202"),
        ("budget >= employees * 2", "E202"),
        ("timeline between 10 and 90", "E203"),
        ("ICP.fit between 10 and 20", "E203"),
        ("budget between 1 day and 2 days", "E202"),
        ("timeline in [30, 60]", "E203"),
        ("budget in [1 day]", "E202"),
    ];
    for (condition, code) in cases {
        let found = codes(&base.replace("CONDITION", condition));
        assert!(found.contains(&code), "`{condition}`: expected {code}, got {found:?}");
        assert!(load_text(&base.replace("CONDITION", condition)).rules.is_none(), "`{condition}` compiled");
    }
    // And the right ones are fine (the unused fields aside).
    for condition in ["budget >= 90_000", "timeline <= 90 days", "ICP.fit >= 70%", "discount >= 20%"] {
        let found = codes(&base.replace("CONDITION", condition));
        assert!(found.iter().all(|c| *c == "W403"), "`{condition}`: {found:?}");
    }
}

proptest! {
    #![proptest_config(config(200))]

    /// A `days` field holding n days compares with a threshold in days, weeks, hours. (`t` from 1:
    /// `timeline >= 0 minutes` is always true when known, a warning of its own, W404.)
    #[test]
    fn durations_are_seconds(n in 0u32..200, t in 1u32..200, w in 0u32..30) {
        let r = rules(&conditions_file("timeline : days", &[
            &format!("timeline <= {t} days"),
            &format!("timeline <= {w} weeks"),
            &format!("timeline > {} hours", t * 24),
            &format!("timeline >= {} minutes", t * 24 * 60),
        ]));
        let l = lead(&r, &[("timeline", days(n as f64))]);
        let want: Vec<Truth> = [n <= t, n <= 7 * w, n > t, n >= t].into_iter().map(Truth::from).collect();
        prop_assert_eq!(fired(&r, &l), want);
    }

    /// `budget * p%` is the budget times the fraction.
    #[test]
    fn money_times_percent(budget in 0u32..1_000_000, p in 0u32..=100, threshold in 0u32..1_000_000) {
        let r = rules(&conditions_file("budget : money  share : percent", &[
            &format!("budget * {p}% >= {threshold}"),
            &format!("share >= {p}%"),
        ]));
        let l = lead(&r, &[("budget", num(budget as f64)), ("share", pct(p as f64))]);
        let want = budget as f64 * (p as f64 / 100.0) >= threshold as f64;
        prop_assert_eq!(fired(&r, &l), vec![Truth::from(want), Truth::True]);
    }
}
