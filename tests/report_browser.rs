//! The HTML reports of a backtest and of a diff: self-contained (no network), escaped (class and
//! channel names, lead ids and rules come from users' CRM files), well-formed, without panics on
//! edge cases; and drawn by a real headless chromium into a DOM with the expected charts and bars,
//! and into screenshots a person can look at in `target/report-screenshots/`.
//!
//! Without chromium on PATH the browser tests print why they skipped; with `CI=true` they fail
//! instead, so CI cannot skip them silently (`.ci/run` installs chromium).

use leadrules::backtest::figures::Words;
use leadrules::backtest::html::{backtest_page, diff_page};
use leadrules::backtest::model::*;
use leadrules::backtest::why::{ChangeKind, Constant, Reason, RuleAt, RuleChange, Unit, ValueChange};
mod common;

use common::browser::{browse, chromium};
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------------
// Sample data, built by hand.

fn wilson(won: u64, decided: u64) -> Option<Interval> {
    if decided == 0 {
        return None;
    }
    let z = 1.959_963_984_540_054_f64;
    let n = decided as f64;
    let p = won as f64 / n;
    let d = 1.0 + z * z / n;
    let center = (p + z * z / (2.0 * n)) / d;
    let half = z / d * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    Some(Interval { low: (center - half).max(0.0), high: (center + half).min(1.0) })
}

/// A group of `won`, `lost`, `open` leads out of `total`, with lift over `overall`.
fn group(name: &str, won: u64, lost: u64, open: u64, total: u64, overall: Option<f64>) -> Group {
    let leads = won + lost + open;
    let conversion = (won + lost > 0).then(|| won as f64 / (won + lost) as f64);
    Group {
        name: name.into(),
        leads,
        share: if total > 0 { leads as f64 / total as f64 } else { 0.0 },
        won,
        lost,
        open,
        conversion,
        interval: wilson(won, won + lost),
        lift: match (conversion, overall) {
            (Some(c), Some(o)) if o > 0.0 => Some(c / o),
            _ => None,
        },
    }
}

/// Groups from `(name, won, lost, open)`, with the overall group over all of them.
fn groups(spec: &[(&str, u64, u64, u64)]) -> (Group, Vec<Group>) {
    let (w, l, o) = spec.iter().fold((0, 0, 0), |(w, l, o), s| (w + s.1, l + s.2, o + s.3));
    let total = w + l + o;
    let overall = group("all", w, l, o, total, None);
    let list = spec.iter().map(|s| group(s.0, s.1, s.2, s.3, total, overall.conversion)).collect();
    (overall, list)
}

fn split(total_spec: &[(&str, u64, u64, u64)], overall: &Group) -> Vec<Group> {
    total_spec.iter().map(|s| group(s.0, s.1, s.2, s.3, overall.leads, overall.conversion)).collect()
}

const SCRIPT_NAME: &str = r#"Партнёр <script>alert("x")</script>"#;

/// Five classes in classify order; one with nothing decided; one named with a script tag.
fn sample_backtest() -> Backtest {
    let classes =
        [("SQL", 7, 1, 2), ("MQL", 5, 9, 6), ("Холодный лид", 3, 21, 10), (SCRIPT_NAME, 0, 0, 4), ("Мусор", 1, 30, 1)];
    let (overall, by_class) = groups(&classes);
    let by_channel = split(
        &[
            ("Сайт", 6, 20, 8),
            ("Выставка «ЦИПР»", 5, 6, 3),
            ("Партнёры", 3, 12, 5),
            ("Холодный обзвон", 1, 18, 5),
            ("LinkedIn", 1, 5, 2),
        ],
        &overall,
    );
    let by_grade = split(&[("A", 9, 6, 4), ("B", 5, 20, 9), ("C", 2, 35, 10)], &overall);
    let by_temperature = split(&[("горячий", 10, 8, 3), ("тёплый", 5, 22, 8), ("холодный", 1, 31, 12)], &overall);
    Backtest {
        definition: "ACME Cloud версия 3".into(),
        history: "crm/сделки-2024.csv".into(),
        rows: overall.leads + 2,
        unreadable: 2,
        unrecognized_outcomes: vec![("отложено \"до весны\"".into(), 3)],
        overall: overall.clone(),
        by_class,
        channel_field: Some("источник".into()),
        by_channel,
        by_grade,
        by_temperature,
        gates: vec![
            GateEffect { reason: "нет бюджета".into(), removed: 30, won: 2, lost: 24, open: 4 },
            GateEffect {
                reason: "компания < 50 сотрудников & \"микро\"".into(),
                removed: 12,
                won: 1,
                lost: 9,
                open: 2,
            },
        ],
        hidden: HiddenPotential {
            sales_classes: vec!["SQL".into()],
            won_hidden: 9,
            won_total: 16,
            by_class: vec![("MQL".into(), 5), ("Холодный лид".into(), 3), ("Мусор".into(), 1)],
        },
        admitted: Admitted { leads: 8, won: 7, lost: 1, conversion: Some(0.875), interval: wilson(7, 8) },
        ..Backtest::default()
    }
}

fn sample_diff() -> DefinitionDiff {
    let new = sample_backtest();
    let (overall, old_classes) = groups(&[("SQL", 7, 1, 0), ("MQL", 6, 20, 10), ("Холодный лид", 3, 40, 13)]);
    let old = Backtest {
        definition: "ACME Cloud версия 2".into(),
        by_class: old_classes,
        overall,
        gates: Vec::new(),
        hidden: HiddenPotential {
            sales_classes: vec!["SQL".into()],
            won_hidden: 9,
            won_total: 16,
            by_class: vec![("MQL".into(), 6), ("Холодный лид".into(), 3)],
        },
        ..new.clone()
    };
    // `line 12: MQL when fit`: the rule's place and its words, as the verdicts label it.
    let rule = |label: &str| {
        let (place, words) = label.split_once(": ").expect("a place and a rule");
        let line = place.trim_start_matches("line ").to_string();
        DecidingRule::Rule(leadrules::compile::ClassRuleLabel {
            place: leadrules::msg!("compile-location", line = line),
            rule: words.into(),
        })
    };
    let moved = |id: &str, old: &str, new: &str| MovedLead {
        id: LeadName::Id(id.into()),
        old_rule: rule(old),
        new_rule: rule(new),
        old_score: Some(45.0),
        new_score: Some(65.0),
    };
    // Half the leads of each cell are decided: `won` of them won.
    let t = |from: &str, to: &str, leads: u64, won: u64, examples: Vec<MovedLead>| {
        let lost = (leads / 2).saturating_sub(won);
        Transition {
            from: from.into(),
            to: to.into(),
            leads,
            won,
            reasons: if from == to || examples.is_empty() { vec![] } else { vec![Reason { change: 0, leads }] },
            examples,
            lost,
            conversion: (won + lost > 0).then(|| won as f64 / (won + lost) as f64),
            interval: wilson(won, won + lost),
        }
    };
    let transitions = vec![
        t("SQL", "SQL", 8, 7, vec![]),
        t(
            "MQL",
            "SQL",
            2,
            0,
            vec![moved("Л-1042", "line 12: MQL when fit", "line 9: SQL when BANT passes or score >= 60")],
        ),
        t("MQL", "MQL", 20, 5, vec![]),
        t(
            "MQL",
            SCRIPT_NAME,
            4,
            0,
            vec![
                moved("<b>id</b>", "line 12: MQL when fit", "line 14: partner when source = \"Партнёры\""),
                moved("ООО «Ромашка»", "line 12: MQL when fit", "line 14: partner when source = \"Партнёры\""),
            ],
        ),
        t("MQL", "Мусор", 10, 1, vec![moved("Л-77", "line 12: MQL when fit", "line 20: junk when email is free")]),
        t("Холодный лид", "Холодный лид", 34, 3, vec![]),
        t("Холодный лид", "Мусор", 22, 0, vec![]),
    ];
    DefinitionDiff {
        old_classes: old.by_class.iter().map(|g| g.name.clone()).collect(),
        new_classes: new.by_class.iter().map(|g| g.name.clone()).collect(),
        old,
        new,
        transitions,
        admitted_old: Admitted { leads: 8, won: 7, lost: 1, conversion: Some(7.0 / 8.0), interval: wilson(7, 8) },
        admitted_new: Admitted { leads: 20, won: 10, lost: 10, conversion: Some(0.5), interval: wilson(10, 20) },
        changed: 38,
        changes: vec![RuleChange {
            kind: ChangeKind::Threshold,
            block: "classify".into(),
            old: Some(RuleAt { file: None, line: 9, rule: "SQL when BANT passes or score >= 70".into() }),
            new: Some(RuleAt { file: None, line: 9, rule: "SQL when BANT passes or score >= 60".into() }),
            values: vec![ValueChange {
                old: Constant::Number { value: 70.0, unit: Unit::Plain },
                new: Constant::Number { value: 60.0, unit: Unit::Plain },
            }],
            items: (None, None),
            scores: None,
        }],
    }
}

/// One class with a very long name, 250 channels (a few big ones and a long tail), no grades,
/// temperatures or gates, no sales classes.
fn edge_backtest() -> Backtest {
    let names: Vec<String> = (0..250).map(|i| format!("канал №{i:03}")).collect();
    let spec: Vec<(&str, u64, u64, u64)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let i = i as u64;
            if i < 20 {
                (n.as_str(), (20 - i) / 4, 3 + (20 - i) / 2, i % 3)
            } else {
                (n.as_str(), i.is_multiple_of(7) as u64, 1, i % 3 / 2)
            }
        })
        .collect();
    let (overall, by_channel) = groups(&spec);
    let long = "Очень длинное название класса, которое никто не сможет прочитать на графике целиком ".repeat(3);
    let by_class = vec![Group { name: long, share: 1.0, lift: Some(1.0), ..overall.clone() }];
    Backtest {
        definition: "Один класс".into(),
        history: "history.csv".into(),
        rows: overall.leads,
        unreadable: 0,
        unrecognized_outcomes: Vec::new(),
        overall,
        by_class,
        channel_field: Some("utm_source".into()),
        by_channel,
        by_grade: Vec::new(),
        by_temperature: Vec::new(),
        gates: Vec::new(),
        hidden: HiddenPotential { sales_classes: Vec::new(), won_hidden: 0, won_total: 40, by_class: Vec::new() },
        ..Backtest::default()
    }
}

/// Nothing at all: no leads, no classes, no channel field.
fn empty_backtest() -> Backtest {
    Backtest {
        definition: String::new(),
        history: "empty.csv".into(),
        rows: 0,
        unreadable: 0,
        unrecognized_outcomes: Vec::new(),
        overall: Group { name: "all".into(), ..Group::default() },
        by_class: Vec::new(),
        channel_field: None,
        by_channel: Vec::new(),
        by_grade: Vec::new(),
        by_temperature: Vec::new(),
        gates: Vec::new(),
        hidden: HiddenPotential {
            sales_classes: vec!["SQL".into()],
            won_hidden: 0,
            won_total: 0,
            by_class: Vec::new(),
        },
        ..Backtest::default()
    }
}

fn empty_diff() -> DefinitionDiff {
    let b = empty_backtest();
    let none = Admitted { leads: 0, won: 0, lost: 0, conversion: None, interval: None };
    DefinitionDiff {
        old: b.clone(),
        new: b,
        old_classes: Vec::new(),
        new_classes: Vec::new(),
        transitions: Vec::new(),
        admitted_old: none.clone(),
        admitted_new: none,
        changed: 0,
        changes: Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Checks on the HTML text.

/// The part of `html` from the element with `id` to the end of its `<svg>`.
fn svg_of<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!(r#"<svg id="{id}""#)).unwrap_or_else(|| panic!("no <svg id=\"{id}\">"));
    let end = html[start..].find("</svg>").expect("the svg is closed");
    &html[start..start + end]
}

/// How many bar groups a chart has (`class="bar"` exactly, not `bar …`).
fn bars(html: &str, id: &str) -> usize {
    svg_of(html, id).matches(r#"class="bar""#).count()
}

fn cells(html: &str, id: &str) -> usize {
    let svg = svg_of(html, id);
    svg.matches(r#"class="cell""#).count() + svg.matches(r#"class="cell diagonal""#).count()
}

const VOID: [&str; 13] =
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// Every tag closed in order, every `<` starting a tag, every `&` an entity.
fn check_well_formed(html: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    let at = |rest: &str| html.len() - rest.len();
    while let Some(i) = rest.find(['<', '&']) {
        rest = &rest[i..];
        if rest.starts_with('&') {
            let entity = rest[1..].split(';').next().unwrap_or("");
            let ok = rest[1..].contains(';')
                && entity.len() <= 8
                && (entity.chars().all(|c| c.is_ascii_alphanumeric())
                    || (entity.starts_with('#') && entity[1..].chars().all(|c| c.is_ascii_digit())));
            if !ok || entity.is_empty() {
                return Err(format!("bare & at byte {}: {:?}", at(rest), &rest[..rest.len().min(30)]));
            }
            rest = &rest[1..];
            continue;
        }
        if let Some(r) = rest.strip_prefix("<!--") {
            let end = r.find("-->").ok_or("unclosed comment")?;
            rest = &r[end + 3..];
            continue;
        }
        if rest.starts_with("<!") {
            let end = rest.find('>').ok_or("unclosed doctype")?;
            rest = &rest[end + 1..];
            continue;
        }
        let end = rest.find('>').ok_or_else(|| format!("unclosed tag at byte {}", at(rest)))?;
        let tag = &rest[1..end];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> at byte {} closes {other:?}", at(rest))),
            }
            rest = &rest[end + 1..];
            continue;
        }
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        if name.is_empty() || !name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            return Err(format!("a `<` that starts no tag at byte {}: {:?}", at(rest), &rest[..rest.len().min(40)]));
        }
        let name = name.to_ascii_lowercase();
        rest = &rest[end + 1..];
        if tag.ends_with('/') || VOID.contains(&name.as_str()) {
            continue;
        }
        if name == "style" || name == "script" {
            let close = format!("</{name}>");
            let end = rest.find(&close).ok_or_else(|| format!("unclosed <{name}>"))?;
            rest = &rest[end + close.len()..];
            continue;
        }
        stack.push(name);
    }
    if stack.is_empty() { Ok(()) } else { Err(format!("unclosed: {stack:?}")) }
}

fn check_self_contained(html: &str) {
    for bad in ["http://", "https://", "src=", "href=", "url(", "@import", "<link", "<script", "<iframe", "<img"] {
        assert!(
            !html.to_ascii_lowercase().contains(bad),
            "the page refers to something outside it or runs a script: {bad}"
        );
    }
    assert!(html.starts_with("<!DOCTYPE html>"), "HTML5 doctype");
    assert!(html.contains(r#"<html lang="en">"#), "lang attribute");
    assert!(html.contains(r#"<meta charset="utf-8">"#), "UTF-8 meta");
    for svg in html.split("<svg ").skip(1) {
        let open = &svg[..svg.find('>').expect("svg tag ends")];
        for needed in ["id=\"", "role=\"img\"", "aria-label=\""] {
            assert!(open.contains(needed), "every chart has {needed}: <svg {open}>");
        }
        assert!(svg.contains(r#"class="title""#), "every chart has a text title");
        assert!(svg.contains(r#"class="axis-label""#), "every chart has an axis label");
    }
}

#[test]
fn backtest_page_is_self_contained_escaped_and_well_formed() {
    let b = sample_backtest();
    let html = backtest_page(&b, Words::ENGLISH);
    check_self_contained(&html);
    check_well_formed(&html).unwrap();
    for id in ["funnel", "conversion", "channels", "grades", "temperatures", "gates"] {
        svg_of(&html, id);
    }
    assert!(html.contains("Партнёр &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "the script name is escaped");
    assert!(html.contains("компания &lt; 50 сотрудников &amp; &quot;микро&quot;"), "gate reasons are escaped");
    assert_eq!(bars(&html, "funnel"), 5, "one funnel bar per class");
    assert_eq!(bars(&html, "conversion"), 4, "no conversion bar for the class with nothing decided");
    assert!(svg_of(&html, "conversion").contains("— nothing decided yet"));
    assert_eq!(bars(&html, "channels"), 5);
    assert_eq!(bars(&html, "grades"), 3);
    assert_eq!(bars(&html, "temperatures"), 3);
    assert_eq!(bars(&html, "gates"), 2);
    // Figures are written on the charts.
    assert!(svg_of(&html, "funnel").contains(r#"data-name="SQL" data-value="10""#), "SQL has 10 leads");
    assert!(svg_of(&html, "conversion").contains(">88%<"), "SQL's conversion, 7 of 8, is written on its bar");
    assert!(html.contains("9 won deals — 56% of all won — fell in classes sales never sees"), "hidden potential");
    assert!(
        html.contains(r#"class="reference" data-value="0.2078""#),
        "reference line at the overall conversion 16/77"
    );
}

#[test]
fn diff_page_is_self_contained_escaped_and_well_formed() {
    let d = sample_diff();
    let html = diff_page(&d, Words::ENGLISH);
    check_self_contained(&html);
    check_well_formed(&html).unwrap();
    for id in ["admitted", "transitions", "conversion", "funnel"] {
        svg_of(&html, id);
    }
    assert!(html.contains(
        r#"Admitted 8 <span class="arrow">→</span> 20, won 7 <span class="arrow">→</span> 10, conversion 88% <span class="arrow">→</span> 50%"#
    ));
    assert!(html.contains("52.9–97.8% → 29.9–70.1%"), "both intervals are given");
    assert!(!html.contains("<b>id</b>") && html.contains("&lt;b&gt;id&lt;/b&gt;"), "lead ids are escaped");
    assert_eq!(cells(&html, "transitions"), 3 * 5, "old classes × new classes");
    assert_eq!(svg_of(&html, "transitions").matches("class=\"cell diagonal\"").count(), 3, "SQL, MQL, Холодный лид");
    // Union of classes: SQL, MQL, Холодный лид, the script one, Мусор; old and new bars each.
    assert_eq!(bars(&html, "funnel"), 3 + 5);
    assert_eq!(bars(&html, "conversion"), 3 + 4);
    assert_eq!(html.matches(r#"<h3 class="moved""#).count(), 4, "one example block per changed cell");
    assert!(html.contains("line 9: SQL when BANT passes or score &gt;= 60"), "the rule that moved them");
    // Why they moved: the change (old → new value), each moved cell's conversion, the scores.
    assert_eq!(html.matches(r#"<li class="change" data-kind="threshold">"#).count(), 1);
    assert!(html.contains("classify, threshold changed: line 9: SQL when BANT passes or score &gt;= 70 → line 9: SQL when BANT passes or score &gt;= 60; 70 → 60"), "{html}");
    assert_eq!(html.matches(r#"<li class="reason""#).count(), 3, "the moved cells with examples");
    assert_eq!(html.matches(r#"<p class="meta cell-conversion">"#).count(), 4);
    assert!(html.contains("45 → 65"), "old and new score of the example leads");
    // The matrix shaded by conversion: every cell, its conversion as data, a decided cell shaded.
    assert_eq!(cells(&html, "transitions-conversion"), 3 * 5);
    let shaded = svg_of(&html, "transitions-conversion");
    assert!(shaded.contains(r#"data-from="MQL" data-to="Мусор" data-value="0.2000""#), "{shaded}");
    assert!(shaded.contains(r#"data-conversion="1.0000""#), "SQL → SQL: 7 of 7 decided");
}

#[test]
fn edge_cases_render_without_panicking() {
    let b = edge_backtest();
    let html = backtest_page(&b, Words::ENGLISH);
    check_self_contained(&html);
    check_well_formed(&html).unwrap();
    assert_eq!(bars(&html, "channels"), 21, "the top 20 channels and one `other`");
    assert!(html.contains("250 channels in all: the top 20 by leads are shown, the other 230 are folded into “other”"));
    assert!(svg_of(&html, "channels").contains("other (230 channels)"));
    assert!(
        svg_of(&html, "channels").contains("the “other” bar is cut"),
        "the folded tail does not squash the top channels"
    );
    assert!(svg_of(&html, "funnel").contains("…"), "a very long class name is cut on the chart");
    assert_eq!(bars(&html, "grades"), 0);
    assert!(svg_of(&html, "grades").contains("This definition has no grades"));
    assert!(html.contains("name the sales classes with <code>--sales</code>"));

    for html in [backtest_page(&empty_backtest(), Words::ENGLISH), diff_page(&empty_diff(), Words::ENGLISH)] {
        check_self_contained(&html);
        check_well_formed(&html).unwrap();
        assert!(html.contains("No leads in this history") || html.contains("No classes"));
    }
    let mut weird = sample_backtest();
    weird.by_class[0].conversion = Some(f64::NAN);
    weird.by_class[1].interval = Some(Interval { low: -0.5, high: 7.0 });
    weird.overall.conversion = Some(f64::INFINITY);
    weird.definition = "\u{0}\u{7}<>&'\"".into();
    let html = backtest_page(&weird, Words::ENGLISH);
    check_well_formed(&html).unwrap();
    assert!(!html.contains("NaN") && !html.contains("inf"), "no NaN or inf written");
}

#[test]
fn the_checker_catches_broken_html() {
    assert!(check_well_formed("<p><b>x</p></b>").is_err());
    assert!(check_well_formed("<p>a < b</p>").is_err());
    assert!(check_well_formed("<p>a & b</p>").is_err());
    assert!(check_well_formed("<div><p>x</p>").is_err());
    assert!(check_well_formed("<!DOCTYPE html><p>x<br>y &amp; <svg><rect/></svg></p>").is_ok());
}

// ---------------------------------------------------------------------------------------------
// In a real headless browser.

fn out_dir() -> PathBuf {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().expect("the target dir").to_path_buf();
    let dir = target.join("report-screenshots");
    std::fs::create_dir_all(&dir).expect("the screenshot dir");
    dir
}

/// Width, height and size of a PNG, after checking its signature and IHDR chunk.
fn png_facts(path: &Path) -> (u32, u32, usize) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("no screenshot at {}: {e}", path.display()));
    assert!(bytes.len() > 33, "a PNG has a header");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR", "IHDR first");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (width, height, bytes.len())
}

/// Dumps the DOM of `html`, checks `expected` bar counts per chart id in what the browser built,
/// and saves screenshots `name.png` (1280×2000) and `name-full.png` (the whole page, for people).
fn in_browser(name: &str, html: &str, expected: &[(&str, usize)], cells_expected: Option<usize>) {
    let Some(chromium) = chromium() else { return };
    let dir = out_dir();
    let page = dir.join(format!("{name}.html"));
    std::fs::write(&page, html).expect("the page is written");

    let dom = browse(&chromium, &page, &["--dump-dom".into()]).stdout;
    assert!(dom.contains("<svg"), "chromium dumped a DOM for {name}:\n{}", &dom[..dom.len().min(500)]);
    for (id, count) in expected {
        assert_eq!(bars(&dom, id), *count, "bars in #{id} of {name} as the browser built it");
    }
    if let Some(n) = cells_expected {
        assert_eq!(cells(&dom, "transitions"), n, "heat-map cells in the browser's DOM");
        assert_eq!(cells(&dom, "transitions-conversion"), n, "the matrix shaded by conversion, in the DOM");
        // Shaded by conversion: cells of different conversion get different colours.
        let fills: std::collections::BTreeSet<&str> = svg_of(&dom, "transitions-conversion")
            .split("<rect ")
            .filter_map(|r| r.split("fill=\"").nth(1).and_then(|f| f.split('"').next()))
            .collect();
        assert!(fills.len() >= 4, "shades by conversion: {fills:?}");
    }
    // A name with a script tag became text, not an element.
    assert!(!dom.contains("<script"), "no script element in the DOM of {name}");

    let shot = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&shot);
    let run = browse(&chromium, &page, &[format!("--screenshot={}", shot.display()), "--window-size=1280,2000".into()]);
    let (width, height, size) = png_facts(&shot);
    assert_eq!((width, height), (1280, 2000), "screenshot size; stderr:\n{}", run.stderr);
    assert!(size > 20_000, "{} is {size} bytes: too small to be more than a blank page", shot.display());

    let full = dir.join(format!("{name}-full.png"));
    let _ = std::fs::remove_file(&full);
    browse(&chromium, &page, &[format!("--screenshot={}", full.display()), "--window-size=1280,5200".into()]);
    png_facts(&full);
    eprintln!("screenshots: {} and {}", shot.display(), full.display());
}

#[test]
fn backtest_page_in_a_browser() {
    let html = backtest_page(&sample_backtest(), Words::ENGLISH);
    in_browser(
        "backtest",
        &html,
        &[("funnel", 5), ("conversion", 4), ("channels", 5), ("grades", 3), ("temperatures", 3), ("gates", 2)],
        None,
    );
}

#[test]
fn diff_page_in_a_browser() {
    let html = diff_page(&sample_diff(), Words::ENGLISH);
    in_browser("diff", &html, &[("admitted", 2), ("funnel", 8), ("conversion", 7)], Some(15));
}

#[test]
fn edge_page_in_a_browser() {
    let html = backtest_page(&edge_backtest(), Words::ENGLISH);
    in_browser("edge", &html, &[("funnel", 1), ("channels", 21), ("grades", 0), ("temperatures", 0)], None);
}

// ---------------------------------------------------------------------------------------------
// In Russian.

const RUSSIAN: Words = Words::of(leadrules::locale::Lang::Ru);

/// The text a person reads on a page: no style, no tags, entities decoded.
fn page_text(html: &str) -> String {
    let (head, rest) = html.split_once("<style>").expect("a style");
    let (_, body) = rest.split_once("</style>").expect("the style ends");
    let mut text = String::new();
    let mut in_tag = false;
    for c in format!("{head}{body}").chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The Latin words (two letters or more) of a page's text that are not in its data (the
/// author's class, channel and definition names, reasons, ids and rules, whole or cut) nor the
/// program's name and the option it names: English that leadrules itself wrote.
fn english_left(html: &str, data: &impl serde::Serialize) -> Vec<String> {
    let words = |text: &str| -> std::collections::BTreeSet<String> {
        text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 2).map(str::to_ascii_lowercase).collect()
    };
    let mut authors = words(&serde_json::to_string(data).expect("the data as JSON"));
    authors.extend(["leadrules", "sales"].map(String::from));
    // A long name is cut on the charts (`<scrip…`): the start of an author's word is theirs too.
    words(&page_text(html)).into_iter().filter(|w| !authors.iter().any(|a| a.starts_with(w.as_str()))).collect()
}

#[test]
fn russian_pages_have_no_english_left() {
    let pages: Vec<(String, Vec<String>)> = vec![
        (
            backtest_page(&sample_backtest(), RUSSIAN),
            english_left(&backtest_page(&sample_backtest(), RUSSIAN), &sample_backtest()),
        ),
        (diff_page(&sample_diff(), RUSSIAN), english_left(&diff_page(&sample_diff(), RUSSIAN), &sample_diff())),
        (
            backtest_page(&edge_backtest(), RUSSIAN),
            english_left(&backtest_page(&edge_backtest(), RUSSIAN), &edge_backtest()),
        ),
        (
            backtest_page(&empty_backtest(), RUSSIAN),
            english_left(&backtest_page(&empty_backtest(), RUSSIAN), &empty_backtest()),
        ),
        (diff_page(&empty_diff(), RUSSIAN), english_left(&diff_page(&empty_diff(), RUSSIAN), &empty_diff())),
    ];
    for (html, left) in &pages {
        assert!(left.is_empty(), "English words on a Russian page: {left:?}\n{}", page_text(html));
        assert!(html.contains("<html lang=\"ru\">"), "the page says its language");
        check_well_formed(html).expect("a Russian page is well-formed");
        let text = page_text(html);
        let english_percent = text.as_bytes().windows(2).any(|w| w[0].is_ascii_digit() && w[1] == b'%');
        assert!(!english_percent, "percentages the Russian way (87,5 %):\n{text}");
    }
    let backtest = &pages[0].0;
    assert!(backtest.contains("Воронка по классам") && backtest.contains("выиграно"), "{backtest}");
    assert!(backtest.contains(" %</text>"), "the axis ticks the Russian way");
}

#[test]
fn russian_pages_in_a_browser() {
    in_browser(
        "backtest-ru",
        &backtest_page(&sample_backtest(), RUSSIAN),
        &[("funnel", 5), ("conversion", 4), ("channels", 5), ("grades", 3), ("temperatures", 3), ("gates", 2)],
        None,
    );
    in_browser(
        "diff-ru",
        &diff_page(&sample_diff(), RUSSIAN),
        &[("admitted", 2), ("funnel", 8), ("conversion", 7)],
        Some(15),
    );
    in_browser(
        "edge-ru",
        &backtest_page(&edge_backtest(), RUSSIAN),
        &[("funnel", 1), ("channels", 21), ("grades", 0), ("temperatures", 0)],
        None,
    );
}

/// The sample backtest with won value per class and the coverage of two lines, one never used.
fn valued_backtest() -> Backtest {
    use leadrules::backtest::coverage::{Coverage, CoverageItem, ItemKind};
    use leadrules::backtest::stats::DealOutcome;
    use leadrules::backtest::value::{LeadValue, ValueCounts, ValueSource};
    let b = sample_backtest();
    let names: Vec<String> = b.by_class.iter().map(|g| g.name.clone()).collect();
    let mut counts = ValueCounts::new(&ValueSource::DealSize, names.len());
    counts.add(1, Some(0), true, DealOutcome::Won, &LeadValue::Amount(1_500_000.0));
    counts.add(2, Some(1), false, DealOutcome::Won, &LeadValue::Amount(500_000.0));
    counts.add(3, Some(1), false, DealOutcome::Won, &LeadValue::Unreadable("<b>tbd</b>".into()));
    let item = |rule: &str, leads: u64| CoverageItem {
        kind: ItemKind::ClassRule,
        block: "classify".into(),
        file: None,
        line: 7,
        rule: rule.into(),
        leads,
        won: leads / 2,
        lost: leads - leads / 2,
        open: 0,
        conversion: (leads > 0).then_some(0.5),
        interval: wilson(leads / 2, leads),
        unknown: 0,
    };
    Backtest {
        value: Some(counts.finish(&names, "SQL")),
        coverage: Some(Coverage {
            items: vec![item("SQL when score >= 60", 10), item("VIP when employees > 10", 0)],
            never: 1,
        }),
        ..b
    }
}

#[test]
fn the_backtest_page_shows_won_value_and_coverage() {
    let b = valued_backtest();
    for (words, value, share, never) in [
        (Words::ENGLISH, "Won value", "75.0% of the won value", "1 line never decided"),
        (RUSSIAN, "Выигранная сумма", "75,0 % выигранной суммы", "1 строка ни разу"),
    ] {
        let html = backtest_page(&b, words);
        if words == Words::ENGLISH {
            check_self_contained(&html);
        }
        check_well_formed(&html).unwrap();
        let section = &html[html.find(r#"<section id="value">"#).expect("the value section")..];
        assert!(section.contains(value) && section.contains(share), "{section}");
        assert!(section.contains("&lt;b&gt;tbd&lt;/b&gt;"), "an unreadable value is named, escaped");
        let coverage = &html[html.find(r#"<section id="coverage">"#).expect("the coverage section")..];
        assert!(coverage.contains(never), "{coverage}");
        assert!(coverage.contains("<li>") && coverage.contains("VIP when employees &gt; 10"), "the line never used");
    }
    let left = english_left(&backtest_page(&b, RUSSIAN), &b);
    assert!(left.is_empty(), "English words on the Russian page: {left:?}");
}
