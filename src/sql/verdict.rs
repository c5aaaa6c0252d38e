//! The verdict columns in SQL, block by block in the order the evaluator derives them
//! (`eval::verdict`): the gates, each framework (criteria met, passes: TRUE, FALSE or NULL
//! while unknown criteria could still decide it), each profile's fit, each score, the deal,
//! then the class (the first rule definitely true: `CASE WHEN` falls through NULL as the
//! evaluator passes an unknown rule), the temperature and the flags. Each block adds a level to
//! the query.

use super::dialect::{Dialect, ident, literal};
use super::logic::Logic;
use crate::check::model::STEP_SLACK;
use crate::compile::program::{Condition, Derived, FieldSlot, Growth, Id, Num, Points, RuleSet};

/// One level of the query: `SELECT *, expression AS name, … FROM` the level before.
pub(crate) type Level = (String, Vec<String>);

/// `1` when a truth is TRUE, else `0` (unknown counts as not met, as in the evaluator).
fn fired(column: &str) -> String {
    format!("CASE WHEN {column} THEN 1.0 ELSE 0.0 END")
}

/// A growing line's points: `per × floor(value / step + slack)` (never below 0 steps, never past
/// the cap), as the evaluator computes them, when its condition is true (which says the field
/// is known); 0 otherwise.
fn growing(g: &Growth, truth: &str, logic: &Logic, dialect: Dialect) -> String {
    let n = |v: f64| super::dialect::number(v, dialect);
    let value = logic.number(Num::Field(FieldSlot::clamped(g.field)));
    let steps = format!("GREATEST(FLOOR({value} / {} + {}), {})", n(g.step), n(STEP_SLACK), n(0.0));
    let bound = if g.cap < 0.0 { "GREATEST" } else { "LEAST" };
    format!("CASE WHEN {truth} THEN {bound}({} * {steps}, {}) ELSE {} END", n(g.per_points), n(g.cap), n(0.0))
}

/// The levels that derive every block, then the class and the temperature.
pub(crate) fn levels(rules: &RuleSet, logic: &mut Logic, dialect: Dialect) -> Vec<Level> {
    let mut levels: Vec<Level> = Vec::new();
    let settle = |logic: &mut Logic, conditions: Vec<&Condition>| -> Vec<String> {
        conditions.iter().map(|c| logic.settle(c.register)).map(|(e, name)| format!("{e} AS {name}")).collect()
    };
    for &derived in &rules.order {
        match derived {
            Derived::Minimum => {
                logic.steps(&rules.gate_code);
                let gates = settle(logic, rules.gates.iter().map(|g| &g.condition).collect());
                levels.push(("gates".into(), gates));
                let all: Vec<String> =
                    rules.gates.iter().map(|g| format!("t{}", g.condition.register.index())).collect();
                let minimum = std::iter::once("TRUE".to_string()).chain(all).collect::<Vec<_>>().join(" AND ");
                levels.push(("minimum".into(), vec![format!("({minimum}) AS minimum")]));
            }
            Derived::Framework(i) => {
                let Some(framework) = rules.frameworks.get(i) else {
                    logic.note_missing(format!("framework {i}"));
                    continue;
                };
                logic.steps(&framework.code);
                let criteria = settle(logic, framework.criteria.iter().map(|c| &c.condition).collect());
                levels.push((format!("framework{i}_criteria"), criteria));
                let registers: Vec<String> =
                    framework.criteria.iter().map(|c| format!("t{}", c.condition.register.index())).collect();
                let sum = |term: &dyn Fn(&str) -> String| {
                    let terms: Vec<String> = registers.iter().map(|r| term(r)).collect();
                    if terms.is_empty() { "0".into() } else { terms.join(" + ") }
                };
                let met = sum(&|r| format!("CASE WHEN {r} THEN 1 ELSE 0 END"));
                let open = sum(&|r| format!("CASE WHEN {r} IS NULL THEN 1 ELSE 0 END"));
                let needed = framework.needed;
                levels.push((
                    format!("framework{i}"),
                    vec![
                        format!("({met}) AS met{i}"),
                        format!(
                            "CASE WHEN ({met}) >= {needed} THEN TRUE WHEN ({met}) + ({open}) < {needed} THEN FALSE END AS passes{i}"
                        ),
                    ],
                ));
            }
            Derived::Profile(i) => {
                let Some(profile) = rules.profiles.get(i) else {
                    logic.note_missing(format!("profile {i}"));
                    continue;
                };
                logic.steps(&profile.code);
                let criteria = settle(logic, profile.criteria.iter().map(|c| &c.condition).collect());
                levels.push((format!("profile{i}_criteria"), criteria));
                let fit = match profile.total_weight > 0.0 {
                    true => {
                        let terms: Vec<String> = profile
                            .criteria
                            .iter()
                            .map(|c| {
                                format!(
                                    "{} * {}",
                                    super::dialect::number(c.weight, dialect),
                                    fired(&format!("t{}", c.condition.register.index()))
                                )
                            })
                            .collect();
                        format!(
                            "(0.0 + {}) / {}",
                            terms.join(" + "),
                            super::dialect::number(profile.total_weight, dialect)
                        )
                    }
                    false => "0.0".into(),
                };
                levels.push((format!("profile{i}"), vec![format!("{fit} AS fit{i}")]));
            }
            Derived::Score(i) => {
                let Some(score) = rules.scores.get(i) else {
                    logic.note_missing(format!("score {i}"));
                    continue;
                };
                logic.steps(&score.code);
                let fired_rules = settle(logic, score.rules.iter().map(|r| &r.condition).collect());
                levels.push((format!("score{i}_rules"), fired_rules));
                let terms: Vec<String> = score
                    .rules
                    .iter()
                    .map(|r| {
                        let truth = format!("t{}", r.condition.register.index());
                        match r.points {
                            Points::Fixed(points) => {
                                format!("{} * {}", super::dialect::number(points, dialect), fired(&truth))
                            }
                            Points::Growing(g) => growing(&g, &truth, logic, dialect),
                        }
                    })
                    .collect();
                let raw = std::iter::once("0.0".to_string()).chain(terms).collect::<Vec<_>>().join(" + ");
                let total = match score.cap {
                    Some(cap) => format!("LEAST({raw}, {})", super::dialect::number(cap, dialect)),
                    None => format!("({raw})"),
                };
                levels.push((format!("score{i}"), vec![format!("{total} AS score{i}")]));
            }
            Derived::Deal => {
                let Some(deal) = &rules.deal else {
                    logic.note_missing("deal".into());
                    continue;
                };
                logic.steps(&deal.code);
                let conditions =
                    deal.criteria.iter().flat_map(|c| c.ratings.iter().filter_map(|(_, c)| c.as_ref())).collect();
                let ratings = settle(logic, conditions);
                let size = deal.size.map(|size| logic.number(size));
                levels.push(("deal_ratings".into(), ratings));
                let mut weighted = vec!["0.0".to_string()];
                for criterion in &deal.criteria {
                    let mut case = String::from("CASE");
                    let mut otherwise = "0.0".to_string();
                    for (share, condition) in &criterion.ratings {
                        let share = super::dialect::number(*share, dialect);
                        match condition {
                            Some(c) => case.push_str(&format!(" WHEN t{} THEN {share}", c.register.index())),
                            None => {
                                otherwise = share;
                                break;
                            }
                        }
                    }
                    let chosen = if case == "CASE" { otherwise } else { format!("{case} ELSE {otherwise} END") };
                    weighted.push(format!("{} * {chosen}", super::dialect::number(criterion.importance, dialect)));
                }
                let probability = match deal.total_importance > 0.0 {
                    true => format!(
                        "({}) / {}",
                        weighted.join(" + "),
                        super::dialect::number(deal.total_importance, dialect)
                    ),
                    false => format!("CAST(NULL AS {})", dialect.double()),
                };
                let size = size.unwrap_or_else(|| format!("CAST(NULL AS {})", dialect.double()));
                levels.push((
                    "deal".into(),
                    vec![format!("{probability} AS deal_probability"), format!("{size} AS deal_size")],
                ));
                levels.push(("deal_priority".into(), vec!["deal_probability * deal_size AS deal_priority".into()]));
            }
        }
    }
    logic.steps(&rules.class_code);
    let classes = settle(logic, rules.classes.iter().filter_map(|r| r.condition.as_ref()).collect());
    levels.push(("class_rules".into(), classes));
    levels.push((
        "classes".into(),
        vec![format!("{} AS class_rule", first_true(rules.classes.iter().map(|r| &r.condition)))],
    ));
    if let Some(temperature) = &rules.temperature {
        logic.steps(&temperature.code);
        let rules_of = settle(logic, temperature.rules.iter().filter_map(|r| r.condition.as_ref()).collect());
        levels.push(("temperature_rules".into(), rules_of));
        let rule = first_true(temperature.rules.iter().map(|r| &r.condition));
        let rule = match temperature.all_leads {
            true => rule,
            false => format!("CASE WHEN minimum IS DISTINCT FROM FALSE THEN {rule} END"),
        };
        levels.push(("temperatures".into(), vec![format!("{rule} AS temperature_rule")]));
    }
    if !rules.flags.is_empty() {
        // Every lead's flags, disqualified or not: a flag never changes the class.
        logic.steps(&rules.flag_code);
        let flags = settle(logic, rules.flags.iter().map(|f| &f.condition).collect());
        levels.push(("flag_rules".into(), flags));
    }
    levels
}

/// The index of the first rule whose condition is TRUE; `otherwise` (or the last rule) else.
fn first_true<'a>(conditions: impl Iterator<Item = &'a Option<Condition>>) -> String {
    let mut case = String::from("CASE");
    let mut last = 0;
    for (k, condition) in conditions.enumerate() {
        last = k;
        match condition {
            Some(c) => case.push_str(&format!(" WHEN t{} THEN {k}", c.register.index())),
            None => return if case == "CASE" { k.to_string() } else { format!("{case} ELSE {k} END") },
        }
    }
    if case == "CASE" { last.to_string() } else { format!("{case} ELSE {last} END") }
}

/// A CASE over an index giving a text per index (NULL for `None`).
fn by_index<'a>(index: &str, texts: impl Iterator<Item = Option<&'a str>>) -> String {
    let arms: String =
        texts.enumerate().filter_map(|(k, t)| t.map(|t| format!(" WHEN {k} THEN {}", literal(t)))).collect();
    if arms.is_empty() { "CAST(NULL AS VARCHAR)".into() } else { format!("CASE {index}{arms} END") }
}

/// The verdict columns, in the order and with the names of `qualify`'s rows (`output::columns`),
/// without `row` (a table's rows have no order) and `questions` (not computed in SQL).
pub(crate) fn columns(rules: &RuleSet, dialect: Dialect, unknown: &str, lang: crate::locale::Lang) -> Vec<String> {
    let ok = |expression: String| format!("CASE WHEN error IS NULL THEN {expression} END");
    let mut out = Vec::new();
    let key = rules.schema.key.map_or("CAST(NULL AS VARCHAR)".to_string(), |k| format!("c{k}"));
    out.push(format!("{key} AS \"id\""));
    let class_names = rules.classes.iter().map(|r| rules.class_names.get(r.name.index()).map(String::as_str));
    out.push(format!(
        "CASE WHEN error IS NOT NULL THEN 'error' ELSE {} END AS \"class\"",
        by_index("class_rule", class_names)
    ));
    let labels: Vec<String> = rules.class_rule_labels.iter().map(|l| l.text(lang)).collect();
    let labels = labels.iter().map(|l| Some(l.as_str()));
    out.push(format!("{} AS \"decided_by\"", ok(by_index("class_rule", labels))));
    for (i, score) in rules.scores.iter().enumerate() {
        let name = match &score.name {
            None => "score".to_string(),
            Some(n) => format!("score_{n}"),
        };
        out.push(format!("{} AS {}", ok(format!("score{i}")), ident(&name)));
    }
    for (i, profile) in rules.profiles.iter().enumerate() {
        let (fit, grade) = match i {
            0 => ("fit".to_string(), "grade".to_string()),
            _ => (format!("fit_{}", profile.name), format!("grade_{}", profile.name)),
        };
        out.push(format!("{} AS {}", ok(format!("fit{i} * 100.0")), ident(&fit)));
        let grade_of = format!(
            "CASE WHEN fit{i} >= 0.8 - 1e-9 THEN 'A' WHEN fit{i} >= 0.6 - 1e-9 THEN 'B' WHEN fit{i} >= 0.4 - 1e-9 THEN 'C' \
             WHEN fit{i} >= 0.2 - 1e-9 THEN 'D' ELSE 'F' END"
        );
        out.push(format!("{} AS {}", ok(grade_of), ident(&grade)));
    }
    if let Some(t) = &rules.temperature {
        let names = t.rules.iter().map(|r| t.names.get(r.name.index()).map(String::as_str));
        out.push(format!("{} AS \"temperature\"", ok(by_index("temperature_rule", names))));
        let within: Vec<Option<String>> =
            t.rules.iter().map(|r| r.respond_within.map(|w| lang.text(&crate::show::duration(w)))).collect();
        out.push(format!(
            "{} AS \"respond_within\"",
            ok(by_index("temperature_rule", within.iter().map(|w| w.as_deref())))
        ));
        let seconds = t.rules.iter().enumerate().filter_map(|(k, r)| {
            r.respond_within.map(|w| format!(" WHEN {k} THEN {}", super::dialect::number(w, dialect)))
        });
        let seconds: String = seconds.collect();
        let by = match (t.since, seconds.is_empty()) {
            (Some(slot), false) => {
                let at = format!("(f{} + CASE temperature_rule{seconds} END)", slot.index());
                dialect.minute(&at)
            }
            _ => "CAST(NULL AS VARCHAR)".into(),
        };
        out.push(format!("{} AS \"respond_by\"", ok(by)));
    }
    for (i, framework) in rules.frameworks.iter().enumerate() {
        out.push(format!("{} AS {}", ok(format!("passes{i}")), ident(&framework.name)));
        for c in &framework.criteria {
            let name = format!("{}.{}", framework.name, c.name);
            out.push(format!("{} AS {}", ok(format!("t{}", c.condition.register.index())), ident(&name)));
        }
    }
    if !rules.gates.is_empty() {
        let reasons: Vec<String> = rules
            .gates
            .iter()
            .map(|g| format!("CASE WHEN t{} = FALSE THEN {} END", g.condition.register.index(), literal(&g.reason)))
            .collect();
        out.push(format!("{} AS \"failed_gates\"", ok(format!("NULLIF(concat_ws('; ', {}), '')", reasons.join(", ")))));
    }
    out.push(format!("{} AS \"unknown\"", ok(unknown.to_string())));
    if let Some(deal) = &rules.deal {
        if !deal.criteria.is_empty() {
            out.push(format!("{} AS \"probability\"", ok("deal_probability * 100.0".into())));
        }
        if deal.size.is_some() {
            out.push(format!("{} AS \"deal_size\"", ok("deal_size".into())));
        }
        if deal.size.is_some() && !deal.criteria.is_empty() {
            out.push(format!("{} AS \"priority\"", ok("deal_priority".into())));
        }
    }
    if !rules.flags.is_empty() {
        let raised: Vec<String> = rules
            .flags
            .iter()
            .map(|f| format!("CASE WHEN t{} THEN {} END", f.condition.register.index(), literal(&f.text)))
            .collect();
        out.push(format!("{} AS \"flags\"", ok(format!("NULLIF(concat_ws('; ', {}), '')", raised.join(", ")))));
    }
    let playbooks = rules.classes.iter().map(|r| r.playbook.as_deref());
    out.push(format!("{} AS \"playbook\"", ok(by_index("class_rule", playbooks))));
    out.push("error AS \"error\"".into());
    out
}
