//! The product owner's sketch file parses into the expected shape, with exact spans.

use super::*;

#[test]
fn sketch_parses_into_expected_shape() {
    let file = parse_ok(SKETCH);
    let header = file.header.as_ref().expect("header");
    assert_eq!(header.name.node, "ACME Cloud");
    assert_eq!(header.version.as_ref().map(|v| v.node.as_str()), Some("3"));
    assert_eq!(header.effective.as_ref().map(|d| d.node), Some(jiff::civil::date(2026, 12, 1)));
    assert_eq!(slice(SKETCH, header.span), "definition \"ACME Cloud\" version 3 effective 2026-12-01");

    let kinds: Vec<&str> = file.items.iter().map(item_kind).collect();
    assert_eq!(kinds, ["fields", "minimum", "profile", "framework", "score", "classify", "temperature", "example"]);

    assert_eq!(file.comments.len(), 10);
    assert_eq!(file.comments[0].node, "Universal lead definition of ACME Cloud. Agreed by sales + marketing.");
    assert_eq!(
        file.comments[1].node,
        "use \"std/anum.rules\"     # imports: shipped standard frameworks live in rules/std/"
    );
    let per_month = file.comments.iter().find(|c| c.node == "per month").expect("per month comment");
    assert_eq!(Span::from(per_month.span), span_of(SKETCH, "# per month", 0));
}

fn sketch_item(kind: &str) -> Item {
    let file = parse_ok(SKETCH);
    file.items.into_iter().find(|i| item_kind(i) == kind).expect("item present")
}

#[test]
fn sketch_fields() {
    let Item::Fields(fields) = sketch_item("fields") else { unreachable!() };
    assert_eq!(fields.fields.len(), 12);
    let by_name = |name: &str| fields.fields.iter().find(|f| f.name.name == name).expect("field");

    let id_field = by_name("id");
    assert_eq!(id_field.ty.as_ref().expect("typed").node, FieldType::Text);
    assert_eq!(id_field.key.map(Span::from), Some(span_of(SKETCH, "key", 0)));
    let columns: Vec<&str> = id_field.columns.iter().map(|c| c.node.as_str()).collect();
    assert_eq!(columns, ["id", "ID"]);

    let employees = by_name("employees");
    assert_eq!(employees.ty.as_ref().expect("typed").node, FieldType::Number);
    assert_eq!(employees.columns[1].node, "Сотрудников");
    assert_eq!(Span::from(employees.columns[1].span), span_of(SKETCH, "\"Сотрудников\"", 0));
    assert_eq!(Span::from(employees.name.span), span_of(SKETCH, "employees  : number", 0).start_len(9));
    assert_eq!(employees.key, None);

    let industry = by_name("industry");
    let FieldType::OneOf(variants) = &industry.ty.as_ref().expect("typed").node else { panic!("industry is one of") };
    let names: Vec<&str> = variants.iter().map(|v| v.name.name.as_str()).collect();
    assert_eq!(names, ["it", "manufacturing", "retail", "logistics", "finance", "gambling", "education"]);
    assert_eq!(variants[5].spellings[0].node, "азартные игры");
    assert_eq!(slice(SKETCH, variants[5].spellings[0].span), "\"азартные игры\"");
    assert_eq!(slice(SKETCH, variants[6].name.span), "education");
    assert_eq!(industry.columns.iter().map(|c| c.node.as_str()).collect::<Vec<_>>(), ["industry", "Отрасль"]);
    assert!(slice(SKETCH, industry.ty.as_ref().expect("typed").span).starts_with("one of it (\"ИТ\")"));
    assert!(slice(SKETCH, industry.ty.as_ref().expect("typed").span).ends_with("education (\"образование\")"));

    assert_eq!(by_name("revenue").ty.as_ref().expect("typed").node, FieldType::Money);
    assert_eq!(by_name("decision_maker").ty.as_ref().expect("typed").node, FieldType::YesNo);
    assert_eq!(by_name("timeline").ty.as_ref().expect("typed").node, FieldType::Duration(DurationUnit::Days));
    assert_eq!(by_name("need").ty.as_ref().expect("typed").node, FieldType::Text);
    assert_eq!(by_name("created_at").ty.as_ref().expect("typed").node, FieldType::DateTime { format: None });
    assert_eq!(by_name("role").columns[1].node, "Должность контакта");
    let role = by_name("role");
    let FieldType::OneOf(roles) = &role.ty.as_ref().expect("typed").node else { panic!("role is one of") };
    assert_eq!(roles[2].name.name, "head_of_dc");
    assert_eq!(roles[5].spellings[0].node, "стажёр");
    let decl = slice(SKETCH, role.span);
    assert!(decl.starts_with("role       : one of") && decl.ends_with("\"Должность контакта\""));
}

trait StartLen {
    fn start_len(self, len: usize) -> Span;
}

impl StartLen for Span {
    fn start_len(self, len: usize) -> Span {
        Span::new(self.start as usize, self.start as usize + len)
    }
}

#[test]
fn sketch_minimum_profile_framework() {
    let Item::Minimum(minimum) = sketch_item("minimum") else { unreachable!() };
    let gate = &minimum.gates[0];
    assert_eq!(gate.kind, GateKind::Require);
    assert_eq!(gate.condition, bin(BinaryOp::Ge, r("employees"), n(10.0)));
    assert_eq!(slice(SKETCH, gate.condition.span), "employees >= 10");
    assert_eq!(gate.reason.node, "too small: fewer than 10 employees");
    assert_eq!(
        slice(SKETCH, gate.span),
        "require employees >= 10              else \"too small: fewer than 10 employees\""
    );
    let reject = &minimum.gates[1];
    assert_eq!(reject.kind, GateKind::Reject);
    assert_eq!(slice(SKETCH, reject.kind_span), "reject");
    assert_eq!(reject.condition, bin(BinaryOp::Eq, r("industry"), r("gambling")));

    let Item::Profile(profile) = sketch_item("profile") else { unreachable!() };
    assert_eq!(profile.name.name, "ICP");
    assert_eq!(profile.criteria.len(), 3);
    let between =
        e(ExprKind::Between { value: Box::new(r("employees")), low: Box::new(n(50.0)), high: Box::new(n(5000.0)) });
    assert_eq!(profile.criteria[0].condition, between);
    assert_eq!(slice(SKETCH, profile.criteria[0].condition.span), "employees between 50 and 5_000");
    assert_eq!(profile.criteria[0].weight.node, 3.0);
    let in_list =
        e(ExprKind::In { value: Box::new(r("role")), list: vec![r("ceo"), r("cto"), r("head_of_dc")], negated: false });
    assert_eq!(profile.criteria[2].condition, in_list);
    assert_eq!(slice(SKETCH, profile.criteria[2].condition.span), "role in [ceo, cto, head_of_dc]");

    let Item::Framework(bant) = sketch_item("framework") else { unreachable!() };
    assert_eq!(bant.name.name, "BANT");
    assert_eq!(bant.pass.node, PassRule::AtLeast { needed: 3, of: Some(4) });
    assert_eq!(slice(SKETCH, bant.pass.span), "3 of 4");
    let names: Vec<&str> = bant.criteria.iter().map(|c| c.name.name.as_str()).collect();
    assert_eq!(names, ["budget", "authority", "need", "timeframe"]);
    assert_eq!(bant.criteria[1].condition, r("decision_maker"));
    assert_eq!(bant.criteria[2].condition, e(ExprKind::IsKnown { value: Box::new(r("need")), negated: false }));
    assert_eq!(bant.criteria[3].condition, bin(BinaryOp::Le, r("timeline"), e(ExprKind::Literal(days(90.0)))));
    assert_eq!(slice(SKETCH, bant.criteria[3].span), "timeframe : timeline <= 90 days");
}

#[test]
fn sketch_score_classify_temperature_example() {
    let Item::Score(score) = sketch_item("score") else { unreachable!() };
    assert_eq!(score.name, None);
    assert_eq!(score.cap, None);
    let points: Vec<f64> = score.rules.iter().map(|r| r.points().node).collect();
    assert_eq!(points, [30.0, 15.0, 15.0, 10.0, 10.0, -20.0]);
    assert_eq!(slice(SKETCH, score.rules[0].points().span), "+30");
    assert_eq!(slice(SKETCH, score.rules[5].points().span), "-20");
    let fit = bin(BinaryOp::Ge, r2("ICP", "fit"), e(ExprKind::Literal(Literal::Percent(70.0))));
    assert_eq!(score.rules[0].condition(), Some(&fit));
    assert_eq!(slice(SKETCH, score.rules[0].condition().map(|c| c.span).expect("a condition")), "ICP.fit >= 70%");
    assert_eq!(score.rules[1].condition(), Some(&r2("BANT", "budget")));
    assert_eq!(slice(SKETCH, score.rules[5].span()), "-20 when source = cold_call");

    let Item::Classify(classify) = sketch_item("classify") else { unreachable!() };
    let classes: Vec<&str> = classify.rules.iter().map(|r| r.class.name.as_str()).collect();
    assert_eq!(classes, ["disqualified", "SQL", "MQL", "nurture"]);
    assert_eq!(classify.rules[0].when, When::Condition(not(r("minimum"))));
    let passes = e(ExprKind::Passes { framework: id("BANT"), negated: false });
    let sql = bin(BinaryOp::Or, passes, bin(BinaryOp::Ge, r("score"), n(60.0)));
    assert_eq!(classify.rules[1].when, When::Condition(sql));
    assert!(matches!(classify.rules[3].when, When::Otherwise(at) if Span::from(at) == span_of(SKETCH, "otherwise", 1)));

    let Item::Temperature(temperature) = sketch_item("temperature") else { unreachable!() };
    assert_eq!(temperature.since, None);
    let hot = &temperature.rules[0];
    assert_eq!(hot.name.name, "hot");
    let hot_cond =
        bin(BinaryOp::And, bin(BinaryOp::Le, r("timeline"), e(ExprKind::Literal(days(30.0)))), r("decision_maker"));
    assert_eq!(hot.when, When::Condition(hot_cond));
    let within = hot.respond_within.as_ref().expect("respond within");
    assert_eq!(within.node, Quantity { value: 15.0, unit: DurationUnit::Minutes });
    assert_eq!(slice(SKETCH, within.span), "15 minutes");
    let cold = &temperature.rules[2];
    assert!(matches!(cold.when, When::Otherwise(_)));
    assert_eq!(cold.respond_within.as_ref().map(|q| q.node), Some(Quantity { value: 1.0, unit: DurationUnit::Days }));

    let Item::Example(example) = sketch_item("example") else { unreachable!() };
    assert_eq!(example.name.node, "referral CTO with budget goes straight to sales");
    assert_eq!(example.lead.len(), 9);
    let value = |name: &str| example.lead.iter().find(|(f, _)| f.name == name).map(|(_, v)| v.node.clone());
    assert_eq!(value("employees"), Some(Literal::Number(200.0)));
    assert_eq!(value("budget"), Some(Literal::Number(600_000.0)));
    assert_eq!(value("decision_maker"), Some(Literal::YesNo(true)));
    assert_eq!(value("need"), Some(Literal::Text("backup".into())));
    assert_eq!(value("source"), Some(Literal::Name("referral".into())));
    let kinds: Vec<&ExpectKind> = example.expect.iter().map(|x| &x.kind).collect();
    assert_eq!(kinds, [&ExpectKind::Class(id("SQL")), &ExpectKind::Temperature(id("hot"))]);
    assert_eq!(slice(SKETCH, example.expect[1].span), "temperature hot");
}
