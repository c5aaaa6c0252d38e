//! Tests of the snapshot file format: rendering, parsing, diffing, and the round trip.
use super::*;
use crate::locale::Lang;
use proptest::prelude::*;
use std::cmp::Ordering;

fn verdict(lead: &str, class: &str, values: &[(&str, &str)], line: u64, rule: &str) -> Entry {
    Entry {
        lead: LeadKey::Id(lead.into()),
        reading: Reading::Verdict {
            class: class.into(),
            values: values.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
            decided_by: Some(DecidedBy { file: None, line, rule: rule.into() }),
        },
    }
}

fn column_widths() -> ColumnWidths {
    ColumnWidths {
        class: "disqualified".len(),
        values: vec![("score".into(), 3), ("fit".into(), 5), ("grade".into(), 1), ("temperature".into(), 4)],
    }
}

fn sample() -> Snapshot {
    Snapshot::new(
        vec![" leadrules verdict snapshot of \"ACME Cloud\" version 3 over acme-leads.csv".into()],
        vec![
            verdict(
                "L-10",
                "MQL",
                &[("score", "45"), ("fit", "75%"), ("grade", "B"), ("temperature", "cold")],
                74,
                "MQL when score >= 30",
            ),
            verdict(
                "L-2",
                "SQL",
                &[("score", "-5"), ("fit", "62.5%"), ("grade", "B"), ("temperature", "warm")],
                72,
                "SQL when BANT passes or score >= 60",
            ),
            Entry {
                lead: LeadKey::Id("L-7".into()),
                reading: Reading::Error("line 8, column \"Создан\": \"31.02.2026\" is not a real date".into()),
            },
            Entry {
                lead: LeadKey::Row(12),
                reading: Reading::Verdict { class: "nurture".into(), values: vec![], decided_by: None },
            },
        ],
    )
}

/// Columns are aligned by the width text takes on screen: a wide character takes two.
#[test]
fn wide_characters_take_two_columns() {
    let snapshot = Snapshot::new(
        vec![],
        vec![verdict("中文", "SQL", &[], 1, "SQL otherwise"), verdict("L-10", "MQL", &[], 2, "MQL otherwise")],
    );
    let text = render(&snapshot, &ColumnWidths { class: 3, values: vec![] });
    assert_eq!(text, "L-10  MQL  by line 2: MQL otherwise\n中文  SQL  by line 1: SQL otherwise\n");
}

#[test]
fn renders_aligned_sorted_lines() {
    let text = render(&sample(), &column_widths());
    assert_eq!(
        text,
        "# leadrules verdict snapshot of \"ACME Cloud\" version 3 over acme-leads.csv\n\
         L-2     SQL           score  -5  fit 62.5%  grade B  temperature warm  by line 72: SQL when BANT passes or score >= 60\n\
         L-7     error         line 8, column \"Создан\": \"31.02.2026\" is not a real date\n\
         L-10    MQL           score  45  fit   75%  grade B  temperature cold  by line 74: MQL when score >= 30\n\
         row 12  nurture\n"
    );
    assert_eq!(parse(&text).unwrap(), sample());
}

#[test]
fn natural_order_of_keys() {
    let mut keys: Vec<LeadKey> = ["L-10", "L-2", "L-02", "a", "L-1a", "L-1", ""]
        .into_iter()
        .map(|k| LeadKey::Id(k.into()))
        .chain([LeadKey::Row(10), LeadKey::Row(9)])
        .collect();
    keys.sort();
    let shown: Vec<String> = keys.iter().map(LeadKey::render).collect();
    assert_eq!(shown, ["\"\"", "L-1", "L-1a", "L-02", "L-2", "L-10", "a", "row 9", "row 10"]);
}

#[test]
fn markers_are_quoted_when_they_are_data() {
    let entries = vec![
        Entry {
            lead: LeadKey::Id("row".into()),
            reading: Reading::Verdict {
                class: "error".into(),
                values: vec![("by".into(), "two words".into())],
                decided_by: Some(DecidedBy { file: Some("line".into()), line: 3, rule: " \\ x ".into() }),
            },
        },
        Entry { lead: LeadKey::Id("#1".into()), reading: Reading::Error("\ttab\nnewline ".into()) },
    ];
    let snapshot = Snapshot::new(vec![], entries);
    let text = render(&snapshot, &ColumnWidths::default());
    assert_eq!(
        text,
        "\"#1\"   error  \\ttab\\nnewline\\u{20}\n\
         \"row\"  \"error\"  \"by\" \"two words\"  by \"line\" line 3: \\u{20}\\\\ x\\u{20}\n"
    );
    assert_eq!(parse(&text).unwrap(), snapshot);
}

#[test]
fn parse_errors_name_the_line() {
    let cases = [
        ("L-1  SQL  score 5\nL-2\n", 2, "the line ends where the class should be"),
        ("L-1  SQL  score\n", 1, "the line ends where the value of `score` should be"),
        ("# c\n\nL-1  \"SQL\n", 3, "a quoted word is not closed"),
        ("L-1  SQL  by 72: x\n", 1, "`by` must be followed by the rule's place"),
        ("row x  SQL\n", 1, "`row` must be followed by a row number"),
        ("L-1  error  bad \\q\n", 1, "`\\q` is not an escape"),
        ("L-1  \"SQL\"x\n", 1, "goes on after its closing quote"),
    ];
    for (text, line, message) in cases {
        let e = parse(text).unwrap_err();
        assert_eq!(e.line, line, "{text:?}: {e}");
        assert!(e.problem.to_string().contains(message), "{text:?}: {e}");
    }
}

#[test]
fn parse_is_lenient_about_column_widths() {
    let text = "\u{feff}# c\r\n  L-1\tSQL score 5   by line 3:SQL when x\r\n\n";
    let parsed = parse(text).unwrap();
    assert_eq!(parsed.entries, vec![verdict("L-1", "SQL", &[("score", "5")], 3, "SQL when x")]);
}

#[test]
fn diff_ignores_line_numbers_and_value_order() {
    let old = sample();
    let mut new = sample();
    if let Reading::Verdict { decided_by: Some(d), values, .. } = &mut new.entries[0].reading {
        d.line = 99;
        values.reverse();
    }
    assert!(diff(&old, &new).is_empty());
    assert_eq!(diff(&old, &new).summary().to_string(), "0 of 4 leads changed");
}

#[test]
fn diff_reports_each_changed_lead_and_a_summary() {
    let old = sample();
    let mut new = sample();
    // L-10: MQL → SQL; L-2: same class, rule edited; L-7 removed; L-8 added.
    new.entries[2] = verdict(
        "L-10",
        "SQL",
        &[("score", "65"), ("fit", "75%"), ("grade", "B"), ("temperature", "cold")],
        72,
        "SQL when BANT passes or score >= 40",
    );
    if let Reading::Verdict { decided_by: Some(d), .. } = &mut new.entries[0].reading {
        d.rule = "SQL when BANT passes or score >= 40".into();
    }
    new.entries.remove(1);
    new.entries.push(verdict("L-8", "nurture", &[("score", "0")], 76, "nurture otherwise"));
    let new = Snapshot::new(vec![], new.entries);
    let d = diff(&old, &new);
    let classes = ["SQL".to_string(), "MQL".into(), "nurture".into()];
    assert_eq!(
        d.report(&classes, Lang::En),
        "- L-7: gone (was an error row)\n\
         + L-8: new, nurture, score 0, decided by `nurture otherwise` (line 76)\n\
         L-10: MQL → SQL, score 45 → 65, because now decided by `SQL when BANT passes or score >= 40` (line 72)\n\
         deciding rule changed (line 72): `SQL when BANT passes or score >= 60` → \
         `SQL when BANT passes or score >= 40`; for 1 lead only this changed: L-2\n\
         3 of 5 leads changed: error → gone 1, new → nurture 1, MQL → SQL 1; \
         1 other lead decided by a rule whose text changed kept its verdict\n\
         classes: SQL 1 → 2, MQL 1 → 0, nurture 1 → 2, error 1 → 0\n"
    );
    insta::assert_snapshot!("diff_report_ru", d.report(&classes, Lang::Ru));
}

/// A rule whose text changed while no lead's verdict moved is said apart, and is not a change.
#[test]
fn diff_says_when_only_the_text_of_deciding_rules_changed() {
    let old = sample();
    let mut new = sample();
    for entry in &mut new.entries {
        if let Reading::Verdict { decided_by: Some(d), class, .. } = &mut entry.reading
            && class == "SQL"
        {
            d.rule = "SQL when BANT passes or score >= 60 or source = referral".into();
        }
    }
    let d = diff(&old, &new);
    assert_eq!(d.moved(), 0);
    assert_eq!(d.rule_text_only(), 1);
    assert_eq!(
        d.report(&[], Lang::En),
        "deciding rule changed (line 72): `SQL when BANT passes or score >= 60` → \
         `SQL when BANT passes or score >= 60 or source = referral`; for 1 lead only this changed: L-2\n\
         1 lead decided by a rule whose text changed; no verdict moved (4 leads)\n"
    );
    let mut two = new.clone();
    two.entries.push(verdict("L-9", "SQL", &[], 72, "SQL when BANT passes or score >= 60 or source = referral"));
    let mut old_two = old.clone();
    old_two.entries.push(verdict("L-9", "SQL", &[], 72, "SQL when BANT passes or score >= 60"));
    let summary =
        diff(&Snapshot::new(vec![], old_two.entries), &Snapshot::new(vec![], two.entries)).summary().to_string();
    assert_eq!(summary, "2 leads decided by rules whose text changed; no verdict moved (5 leads)");
}

#[test]
fn diff_words_errors_and_values() {
    let e = |lead: &str, reason: &str| Entry { lead: LeadKey::Id(lead.into()), reading: Reading::Error(reason.into()) };
    let old = Snapshot::new(
        vec![],
        vec![
            e("A", "bad date"),
            verdict("B", "MQL", &[("score", "30"), ("engagement", "5")], 3, "MQL when score >= 30"),
            e("C", "bad number"),
            verdict("D", "MQL", &[("score", "30")], 3, "MQL when score >= 30"),
        ],
    );
    let new = Snapshot::new(
        vec![],
        vec![
            verdict("A", "MQL", &[("score", "30")], 3, "MQL when score >= 30"),
            verdict("B", "MQL", &[("score", "35"), ("temperature", "warm")], 3, "MQL when score >= 30"),
            e("C", "bad budget"),
            e("D", "bad date"),
        ],
    );
    let report = diff(&old, &new).report(&[], Lang::En);
    assert_eq!(
        report,
        "A: error → MQL, score 30, decided by `MQL when score >= 30` (line 3); the lead can be read now\n\
         B: MQL, score 30 → 35, temperature none → warm, engagement 5 → none\n\
         C: still cannot be read, now: bad budget (was: bad number)\n\
         D: MQL → error: bad date\n\
         4 of 4 leads changed: error → MQL 1, MQL → error 1, same class but another score, fit or temperature 1, \
         unreadable for another reason 1\n\
         classes: error 2, MQL 2\n"
    );
}

#[test]
fn duplicate_keys_are_matched_in_order() {
    let old = Snapshot::new(vec![], vec![verdict("A", "SQL", &[], 1, "r"), verdict("A", "MQL", &[], 2, "s")]);
    let same = diff(&old, &old);
    assert!(same.is_empty());
    assert_eq!(same.leads, 2);
    let new = Snapshot::new(vec![], vec![verdict("A", "SQL", &[], 1, "r")]);
    assert_eq!(diff(&old, &new).changes, vec![Change::Removed(old.entries[1].clone())]);
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9_.:%-]{1,8}",
        ".{0,12}",
        "[ \t\"\\\\#\n\r\u{a0}\u{2028}a-z]{0,8}",
        Just("row".to_string()),
        Just("error".to_string()),
        Just("by".to_string()),
        Just("line".to_string()),
    ]
}

fn any_entry() -> impl Strategy<Value = Entry> {
    let lead = prop_oneof![any_text().prop_map(LeadKey::Id), any::<u64>().prop_map(LeadKey::Row)];
    let decided_by = proptest::option::of((proptest::option::of(any_text()), any::<u64>(), any_text()))
        .prop_map(|d| d.map(|(file, line, rule)| DecidedBy { file, line, rule }));
    let reading = prop_oneof![
        (any_text(), proptest::collection::vec((any_text(), any_text()), 0..5), decided_by)
            .prop_map(|(class, values, decided_by)| Reading::Verdict { class, values, decided_by }),
        any_text().prop_map(Reading::Error),
    ];
    (lead, reading).prop_map(|(lead, reading)| Entry { lead, reading })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_gives_back_what_render_wrote(
        comments in proptest::collection::vec("[^\n\r]{0,20}", 0..3),
        entries in proptest::collection::vec(any_entry(), 0..8),
        class_width in 0usize..14,
        score_width in 0usize..5,
    ) {
        let snapshot = Snapshot::new(comments, entries);
        let widths = ColumnWidths { class: class_width, values: vec![("score".into(), score_width)] };
        let text = render(&snapshot, &widths);
        prop_assert!(!text.lines().any(|l| !l.starts_with('#') && l.ends_with(' ')), "no trailing spaces: {:?}", text);
        let parsed = parse(&text).map_err(|e| TestCaseError::fail(format!("{e} in {text:?}")))?;
        prop_assert_eq!(&parsed, &snapshot);
        prop_assert_eq!(render(&parsed, &widths), text);
        prop_assert!(diff(&snapshot, &parsed).is_empty());
    }

    #[test]
    fn natural_order_is_a_total_order(a in ".{0,6}", b in ".{0,6}", c in ".{0,6}") {
        prop_assert_eq!(natural_cmp(&a, &b), natural_cmp(&b, &a).reverse());
        prop_assert_eq!(natural_cmp(&a, &b) == Ordering::Equal, a == b);
        if natural_cmp(&a, &b) != Ordering::Greater && natural_cmp(&b, &c) != Ordering::Greater {
            prop_assert_ne!(natural_cmp(&a, &c), Ordering::Greater);
        }
    }
}

#[test]
fn parse_errors_are_said_in_russian() {
    let said = |text: &str| Lang::Ru.text(&parse(text).unwrap_err().message());
    assert_eq!(
        said("L-1  SQL  score 5\nL-2\n"),
        "строка 2: здесь строка кончается, а ожидается класс (после лида L-2)"
    );
    assert_eq!(
        said("L-1  \"SQL\"x\n"),
        "строка 1: класс продолжается после закрывающей кавычки; поставьте после неё пробел (после лида L-1)"
    );
    assert_eq!(
        said("L-1  error  bad \\q\n"),
        "строка 1: `\\q` — не escape-последовательность; обратную косую черту пишите как \\\\ (остальные: \\\" \\n \\r \\t \\u{…})"
    );
}
