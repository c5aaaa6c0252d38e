//! Every construct of the language, and operator precedence.

use super::*;

#[test]
fn header_variants() {
    let file = parse_ok("definition \"X\" version \"2026-q4\"\nuse \"std/bant.rules\"");
    let header = file.header.expect("header");
    assert_eq!(header.version.map(|v| v.node), Some("\"2026-q4\"".to_string()));
    assert_eq!(header.effective, None);
    let Item::Use(use_decl) = &file.items[0] else { panic!("use") };
    assert_eq!(use_decl.path.node, "std/bant.rules");

    let header = parse_ok("definition \"X\" version 3.1").header.expect("header");
    assert_eq!(header.version.map(|v| v.node), Some("3.1".to_string()));
    let header = parse_ok("# c\ndefinition \"X\" effective 2027-01-31 # end").header.expect("header");
    assert_eq!(header.effective.map(|d| d.node), Some(jiff::civil::date(2027, 1, 31)));
    assert_eq!(parse_ok("# only comments\n\n").header, None);
    assert_eq!(parse_ok("").items, vec![]);
}

#[test]
fn field_types() {
    let fields = item!(
        r#"fields {
  a : number
  b : money key from "b", "B"
  c : percent
  d : yes/no
  e : text
  f : days
  g : hours
  h : minutes
  i : weeks
  j : date format "m/d/yyyy"
  k : datetime format "d.m.yyyy H:M"
  l : date
  m : one of x, y ("Y", "игрек"), z
  n : number in seconds
  o : число в месяцах
}"#,
        Fields
    );
    let types: Vec<FieldType> = fields.fields.iter().map(|f| f.ty.as_ref().expect("typed").node.clone()).collect();
    let spelled = |s: &str| crate::span::Spanned::new(s.to_string(), Span::default());
    let variant = |name: &str, spellings: &[&str]| EnumVariant {
        name: id(name),
        spellings: spellings.iter().map(|s| spelled(s)).collect(),
    };
    assert_eq!(
        types,
        vec![
            FieldType::Number,
            FieldType::Money,
            FieldType::Percent,
            FieldType::YesNo,
            FieldType::Text,
            FieldType::Duration(DurationUnit::Days),
            FieldType::Duration(DurationUnit::Hours),
            FieldType::Duration(DurationUnit::Minutes),
            FieldType::Duration(DurationUnit::Weeks),
            FieldType::Date { format: Some(spelled("m/d/yyyy")) },
            FieldType::DateTime { format: Some(spelled("d.m.yyyy H:M")) },
            FieldType::Date { format: None },
            FieldType::OneOf(vec![variant("x", &[]), variant("y", &["Y", "игрек"]), variant("z", &[])]),
            FieldType::NumberIn(DurationUnit::Seconds),
            FieldType::NumberIn(DurationUnit::Months),
        ]
    );
    assert!(fields.fields[1].key.is_some());
    assert_eq!(fields.fields[1].columns.len(), 2);
}

#[test]
fn gates_profile_framework_pass_rules() {
    let minimum = item!("minimum { reject need contains \"test\" because \"a test lead\" }", Minimum);
    assert_eq!(minimum.gates[0].kind, GateKind::Reject);
    let contains = e(ExprKind::Contains {
        value: Box::new(r("need")),
        needle: Box::new(e(ExprKind::Literal(Literal::Text("test".into())))),
    });
    assert_eq!(minimum.gates[0].condition, contains);
    assert_eq!(minimum.gates[0].reason.node, "a test lead");

    let pass = |rule: &str| item!(&format!("framework F pass {rule} {{ a : x }}"), Framework).pass.node;
    assert_eq!(pass("all"), PassRule::All);
    assert_eq!(pass("any"), PassRule::Any);
    assert_eq!(pass("2 of 5"), PassRule::AtLeast { needed: 2, of: Some(5) });
    assert_eq!(pass("at least 2"), PassRule::AtLeast { needed: 2, of: None });
    assert_eq!(pass("2"), PassRule::AtLeast { needed: 2, of: None });

    let profile = item!("profile Fit { a weight 1.5  not b weight 0.25 }", Profile);
    assert_eq!(profile.criteria[1].condition, not(r("b")));
    assert_eq!(profile.criteria[1].weight.node, 0.25);
    assert_eq!(profile.criteria[0].weight.node, 1.5);
}

#[test]
fn score_classify_temperature_deal() {
    let score = item!("score engagement capped at 100 { +5 when visits > 3 -2.5 when x }", Score);
    assert_eq!(score.name.map(|n| n.name), Some("engagement".to_string()));
    assert_eq!(score.cap.map(|c| c.node), Some(100.0));
    assert_eq!(score.rules.len(), 2);
    assert_eq!(score.rules[1].points().node, -2.5);
    // Points that grow with a value, with and without a condition, in both languages.
    let score = item!(
        "score { +1 per 60 seconds of time_on_site capped at 20 -2 per 3 of visits capped 10 when x +5 when y }",
        Score
    );
    assert_eq!(score.rules.len(), 3);
    let ScoreRule::Growing(g) = &score.rules[0] else { panic!("not growing: {:?}", score.rules[0]) };
    assert_eq!((g.per_points.node, g.field.name.as_str(), g.cap.node), (1.0, "time_on_site", 20.0));
    assert!(matches!(g.step.node, Literal::Duration(q) if q.seconds() == 60.0));
    assert_eq!(g.condition, None);
    let ScoreRule::Growing(g) = &score.rules[1] else { panic!("not growing: {:?}", score.rules[1]) };
    // The cap takes the points' sign.
    assert_eq!((g.per_points.node, g.cap.node, g.step.node.clone()), (-2.0, -10.0, Literal::Number(3.0)));
    assert_eq!(g.condition, Some(r("x")));
    assert!(matches!(score.rules[2], ScoreRule::Fixed(_)));
    let russian = item!(
        "баллы { +1 за каждые 60 секунд time_on_site не более 20 когда x +1 за каждый 5% скидка не более 3 }",
        Score
    );
    let ScoreRule::Growing(g) = &russian.rules[0] else { panic!("not growing: {:?}", russian.rules[0]) };
    assert_eq!((g.field.name.as_str(), g.cap.node, g.condition.clone()), ("time_on_site", 20.0, Some(r("x"))));
    let ScoreRule::Growing(g) = &russian.rules[1] else { panic!("not growing: {:?}", russian.rules[1]) };
    assert_eq!((g.field.name.as_str(), g.step.node.clone()), ("скидка", Literal::Percent(5.0)));
    // The natural Russian forms: a unit alone is one of it, in the gender it asks for, and the
    // accusative `за` asks for; English may say the unit alone too.
    let natural = item!(
        "баллы { -1 за каждую неделю тишина не более 10 +1 за каждый день т не более 5 +1 за каждые 2 недели т не более 5 \
         +1 за каждую минуту т не более 3 +1 за каждые 21 минуту т не более 3 +1 за каждую секунду т не более 3 } ",
        Score
    );
    let steps: Vec<f64> = natural
        .rules
        .iter()
        .map(|rule| match rule {
            ScoreRule::Growing(g) => match g.step.node {
                Literal::Duration(q) => q.seconds(),
                ref other => panic!("not a duration: {other:?}"),
            },
            other => panic!("not growing: {other:?}"),
        })
        .collect();
    assert_eq!(steps, [604_800.0, 86_400.0, 1_209_600.0, 60.0, 1_260.0, 1.0]);
    let english = item!("score { +1 per minute of t capped at 3 -1 per week t capped 2 }", Score);
    assert_eq!(english.rules.len(), 2);
    assert!(
        matches!(&english.rules[1], ScoreRule::Growing(g) if g.step.node == Literal::Duration(Quantity { value: 1.0, unit: DurationUnit::Weeks }))
    );
    // A field called `per` is still a field.
    let score = item!("score { +1 when per > 3 }", Score);
    assert_eq!(score.rules[0].condition(), Some(&bin(BinaryOp::Gt, r("per"), n(3.0))));
    // Arithmetic is still arithmetic when no `when` follows.
    let score = item!("score { +10 when a + 5 > b - 1 }", Score);
    assert_eq!(
        score.rules[0].condition(),
        Some(&bin(BinaryOp::Gt, bin(BinaryOp::Add, r("a"), n(5.0)), bin(BinaryOp::Sub, r("b"), n(1.0))))
    );

    let classify = item!(
        "classify { VIP when deal.size >= 1_000_000 playbook \"call within the hour\" rest otherwise playbook \"nurture\" }",
        Classify
    );
    assert_eq!(classify.rules[0].when, When::Condition(bin(BinaryOp::Ge, r2("deal", "size"), n(1_000_000.0))));
    assert_eq!(classify.rules[0].playbook.as_ref().map(|p| p.node.as_str()), Some("call within the hour"));
    assert_eq!(classify.rules[1].playbook.as_ref().map(|p| p.node.as_str()), Some("nurture"));

    let temperature = item!(
        "temperature since created_at { a when x respond within 15 минут b when y respond within 2 часа c when z respond within 3 дня d otherwise respond within 1 неделя }",
        Temperature
    );
    assert_eq!(temperature.since.map(|s| s.name), Some("created_at".to_string()));
    let units: Vec<Option<Quantity>> =
        temperature.rules.iter().map(|r| r.respond_within.as_ref().map(|q| q.node)).collect();
    assert_eq!(
        units,
        [
            Some(Quantity { value: 15.0, unit: DurationUnit::Minutes }),
            Some(Quantity { value: 2.0, unit: DurationUnit::Hours }),
            Some(Quantity { value: 3.0, unit: DurationUnit::Days }),
            Some(Quantity { value: 1.0, unit: DurationUnit::Weeks }),
        ]
    );

    let text = "deal { size budget * 1.2\n probability {\n price importance 5 match 90% when budget >= 500_000, 40% when budget is known, otherwise 10%\n timing importance 3 match 100% when timeline <= 30 days, 50%\n } }";
    let deal = item!(text, Deal);
    assert_eq!(deal.size, Some(bin(BinaryOp::Mul, r("budget"), n(1.2))));
    assert_eq!(deal.probability.len(), 2);
    let price = &deal.probability[0];
    assert_eq!(price.name.name, "price");
    assert_eq!(price.importance.node, 5.0);
    assert_eq!(price.ratings.iter().map(|r| r.percent.node).collect::<Vec<_>>(), [90.0, 40.0, 10.0]);
    assert!(matches!(price.ratings[2].when, When::Otherwise(span) if slice(text, span) == "otherwise"));
    let bare = &deal.probability[1].ratings[1];
    assert_eq!(bare.percent.node, 50.0);
    assert!(matches!(bare.when, When::Otherwise(at) if Span::from(at) == Span::from(bare.percent.span)));
    assert_eq!(slice(text, bare.span), "50%");
    assert_eq!(item!("deal { size budget }", Deal).probability, vec![]);
}

#[test]
fn example_values_and_expectations() {
    let text = r#"example "всё" {
  lead { a: -5, b: 12.5%, c: 3 days, d: 2026-12-01, e: 2026-12-01T09:30, f: 2026-12-01 09:30:15,
         g: "say \"hi\" \\ bye", h: no, i: true, j: referral, k: -2 hours, }
  expect score 45, score engagement -3, fit 70%, grade A, class SQL, temperature hot
}"#;
    let example = item!(text, Example);
    let values: Vec<Literal> = example.lead.iter().map(|(_, v)| v.node.clone()).collect();
    let datetime = |h, m, s| jiff::civil::date(2026, 12, 1).at(h, m, s, 0);
    assert_eq!(
        values,
        vec![
            Literal::Number(-5.0),
            Literal::Percent(12.5),
            days(3.0),
            Literal::Date(jiff::civil::date(2026, 12, 1)),
            Literal::DateTime(datetime(9, 30, 0)),
            Literal::DateTime(datetime(9, 30, 15)),
            Literal::Text("say \"hi\" \\ bye".into()),
            Literal::YesNo(false),
            Literal::YesNo(true),
            Literal::Name("referral".into()),
            Literal::Duration(Quantity { value: -2.0, unit: DurationUnit::Hours }),
        ]
    );
    assert_eq!(slice(text, example.lead[0].1.span), "-5");
    let kinds: Vec<ExpectKind> = example.expect.into_iter().map(|x| x.kind).collect();
    let spanned = |v| crate::span::Spanned::new(v, Span::default());
    assert_eq!(
        kinds,
        vec![
            ExpectKind::Score { name: None, value: spanned(45.0) },
            ExpectKind::Score { name: Some(id("engagement")), value: spanned(-3.0) },
            ExpectKind::Fit(spanned(70.0)),
            ExpectKind::Grade(id("A")),
            ExpectKind::Class(id("SQL")),
            ExpectKind::Temperature(id("hot")),
        ]
    );
}

#[test]
fn expression_forms() {
    assert_eq!(cond("a <> 1"), bin(BinaryOp::Ne, r("a"), n(1.0)));
    assert_eq!(cond("a != 1"), bin(BinaryOp::Ne, r("a"), n(1.0)));
    assert_eq!(cond("a < 1"), bin(BinaryOp::Lt, r("a"), n(1.0)));
    assert_eq!(cond("a > 1_000.5"), bin(BinaryOp::Gt, r("a"), n(1000.5)));
    assert_eq!(
        cond("x not in [a, b,]"),
        e(ExprKind::In { value: Box::new(r("x")), list: vec![r("a"), r("b")], negated: true })
    );
    assert_eq!(cond("x in []"), e(ExprKind::In { value: Box::new(r("x")), list: vec![], negated: false }));
    assert_eq!(cond("x is unknown"), e(ExprKind::IsKnown { value: Box::new(r("x")), negated: true }));
    assert_eq!(cond("BANT fails"), e(ExprKind::Passes { framework: id("BANT"), negated: true }));
    assert_eq!(cond("выручка >= 1.5"), bin(BinaryOp::Ge, r("выручка"), n(1.5)));
    assert_eq!(cond("d = yes"), bin(BinaryOp::Eq, r("d"), e(ExprKind::Literal(Literal::YesNo(true)))));
    assert_eq!(
        cond("created_at < 2026-01-02"),
        bin(BinaryOp::Lt, r("created_at"), e(ExprKind::Literal(Literal::Date(jiff::civil::date(2026, 1, 2)))))
    );
    assert_eq!(cond("not not x"), not(not(r("x"))));
    assert_eq!(cond("index_x"), r("index_x"), "a keyword prefix does not stop a name");
}

#[test]
fn precedence_and_spans() {
    let (a, b, c) = (r("a"), r("b"), r("c"));
    assert_eq!(cond("a or b and c"), bin(BinaryOp::Or, a.clone(), bin(BinaryOp::And, b.clone(), c.clone())));
    assert_eq!(cond("a and b or c"), bin(BinaryOp::Or, bin(BinaryOp::And, a.clone(), b.clone()), c.clone()));
    assert_eq!(cond("not a and b"), bin(BinaryOp::And, not(a.clone()), b.clone()));
    assert_eq!(cond("not a = 1"), not(bin(BinaryOp::Eq, a.clone(), n(1.0))));
    assert_eq!(cond("a + b * c"), bin(BinaryOp::Add, a.clone(), bin(BinaryOp::Mul, b.clone(), c.clone())));
    assert_eq!(cond("a - b - c"), bin(BinaryOp::Sub, bin(BinaryOp::Sub, a.clone(), b.clone()), c.clone()));
    assert_eq!(cond("a / b / c"), bin(BinaryOp::Div, bin(BinaryOp::Div, a.clone(), b.clone()), c.clone()));
    let neg_a = e(ExprKind::Unary(UnaryOp::Neg, Box::new(a.clone())));
    assert_eq!(cond("-a * b"), bin(BinaryOp::Mul, neg_a, b.clone()));
    assert_eq!(cond("(a + b) * c"), bin(BinaryOp::Mul, bin(BinaryOp::Add, a.clone(), b.clone()), c.clone()));
    assert_eq!(
        cond("a + b >= c * 2"),
        bin(BinaryOp::Ge, bin(BinaryOp::Add, a.clone(), b.clone()), bin(BinaryOp::Mul, c.clone(), n(2.0)))
    );
    let between = e(ExprKind::Between { value: Box::new(r("x")), low: Box::new(n(1.0)), high: Box::new(n(5.0)) });
    assert_eq!(cond("x between 1 and 5 and y"), bin(BinaryOp::And, between, r("y")));
    assert_eq!(cond("a = b or c"), bin(BinaryOp::Or, bin(BinaryOp::Eq, a.clone(), b.clone()), c.clone()));

    let text = "minimum { require not a and (b or c) * 2 else \"r\" }";
    let minimum = item!(text, Minimum);
    let condition = &minimum.gates[0].condition;
    assert_eq!(slice(text, condition.span), "not a and (b or c) * 2");
    let ExprKind::Binary(BinaryOp::And, left, right) = &condition.kind else { panic!("and") };
    assert_eq!(slice(text, left.span), "not a");
    assert_eq!(slice(text, right.span), "(b or c) * 2");
    let ExprKind::Binary(BinaryOp::Mul, paren, _) = &right.kind else { panic!("mul") };
    assert_eq!(slice(text, paren.span), "(b or c)");
}

#[test]
fn comments_are_collected_but_not_inside_strings() {
    let text = "# first\r\nminimum { require a else \"no # here\" #second\n}\n#";
    let file = parse_ok(text);
    let comments: Vec<(&str, &str)> = file.comments.iter().map(|c| (c.node.as_str(), slice(text, c.span))).collect();
    assert_eq!(comments, [("first", "# first"), ("second", "#second"), ("", "#")]);
}

#[test]
fn byte_order_mark_is_ignored() {
    let file = parse_ok("\u{FEFF}fields { a : text }");
    assert_eq!(file.items.len(), 1);
}
