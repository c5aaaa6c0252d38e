//! Top-level items and the header: one converter per block kind, from pest pairs to AST nodes.

use super::ast::*;
use super::convert::{Cx, Kids, P};
use super::expr::{expr, ident};
use super::grammar::Rule;
use super::literal;
use crate::diagnostic::{Code, Diagnostic};
use crate::span::{Loc, Spanned};

/// `definition "ACME Cloud" version 3 effective 2026-12-01` (the `header` pair).
pub fn header(cx: &mut Cx, pair: P<'_>) -> Option<Header> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_definition);
    let name_pair = cx.next_of(&mut kids, Rule::string)?;
    let name = literal::string(cx, name_pair);
    let version = kids.eat(Rule::header_version).and_then(|p| {
        let value = Kids::of(cx, p).find(|k| k.as_rule() != Rule::kw_version)?;
        Some(Spanned::new(value.as_str().to_string(), cx.span(&value)))
    });
    let effective = match kids.eat(Rule::header_effective) {
        Some(p) => {
            let mut inner = Kids::of(cx, p);
            inner.eat(Rule::kw_effective);
            let date = cx.next_of(&mut inner, Rule::date)?;
            Some(literal::date(cx, date))
        }
        None => None,
    };
    Some(Header { name, version, effective, span })
}

/// One top-level item pair.
pub fn item(cx: &mut Cx, pair: P<'_>) -> Option<Item> {
    let item = match pair.as_rule() {
        Rule::use_decl => Item::Use(use_decl(cx, pair)?),
        Rule::parameters_block => Item::Parameters(parameters_block(cx, pair)?),
        Rule::fields_block => Item::Fields(fields_block(cx, pair)?),
        Rule::minimum_block => Item::Minimum(minimum_block(cx, pair)?),
        Rule::profile_block => Item::Profile(profile_block(cx, pair)?),
        Rule::framework_block => Item::Framework(framework_block(cx, pair)?),
        Rule::score_block => Item::Score(score_block(cx, pair)?),
        Rule::classify_block => Item::Classify(classify_block(cx, pair)?),
        Rule::temperature_block => Item::Temperature(temperature_block(cx, pair)?),
        Rule::deal_block => Item::Deal(deal_block(cx, pair)?),
        Rule::example_block => Item::Example(example_block(cx, pair)?),
        _ => return cx.lost(cx.span(&pair)),
    };
    Some(item)
}

/// Converts every remaining child with `convert`; `None` if any of them failed.
fn all<'i, T>(cx: &mut Cx, kids: Kids<'i>, convert: fn(&mut Cx, P<'i>) -> Option<T>) -> Option<Vec<T>> {
    let mut out = Vec::new();
    let mut ok = true;
    for kid in kids {
        match convert(cx, kid) {
            Some(node) => out.push(node),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// The next child as a name.
fn name(cx: &mut Cx, kids: &mut Kids<'_>) -> Option<Ident> {
    let pair = cx.next_of(kids, Rule::ident)?;
    Some(ident(cx, &pair))
}

/// The next child (`or_expr`) as an expression.
fn condition(cx: &mut Cx, kids: &mut Kids<'_>) -> Option<Expr> {
    let pair = cx.next_of(kids, Rule::or_expr)?;
    expr(cx, pair)
}

fn use_decl(cx: &mut Cx, pair: P<'_>) -> Option<UseDecl> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_use);
    let path_pair = cx.next_of(&mut kids, Rule::string)?;
    let path = literal::string(cx, path_pair);
    kids.eat(Rule::kw_with);
    let overrides = all(cx, kids, parameter)?;
    Some(UseDecl { path, overrides, span })
}

fn parameters_block(cx: &mut Cx, pair: P<'_>) -> Option<ParametersBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_parameters);
    let parameters = all(cx, kids, parameter)?;
    Some(ParametersBlock { parameters, span })
}

fn parameter(cx: &mut Cx, pair: P<'_>) -> Option<Parameter> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let name = name(cx, &mut kids)?;
    let value_pair = cx.next_of(&mut kids, Rule::lead_value)?;
    let value = lead_value(cx, value_pair)?;
    Some(Parameter { name, value, span })
}

fn fields_block(cx: &mut Cx, pair: P<'_>) -> Option<FieldsBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_fields);
    let fields = all(cx, kids, field_decl)?;
    Some(FieldsBlock { fields, span })
}

fn field_decl(cx: &mut Cx, pair: P<'_>) -> Option<FieldDecl> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let name = name(cx, &mut kids)?;
    let (ty, number_format) = match kids.eat(Rule::field_type) {
        Some(ty_pair) => {
            let (ty, format) = field_type(cx, ty_pair)?;
            (Some(ty), format)
        }
        None => (None, None),
    };
    let mut columns: Vec<Spanned<String>> = Vec::new();
    let mut key = None;
    for suffix in kids {
        let suffix_span = cx.span(&suffix);
        if suffix.as_rule() == Rule::kw_key {
            if key.is_some() {
                cx.error(twice("key", &name, suffix_span, "write `key` once"));
            }
            key = Some(suffix_span);
            continue;
        }
        if !columns.is_empty() {
            cx.error(twice("from", &name, suffix_span, "list every column in one `from`: from \"id\", \"ID\""));
        }
        let strings = Kids::of(cx, suffix).filter(|k| k.as_rule() == Rule::string);
        columns.extend(strings.map(|s| literal::string(cx, s)));
    }
    Some(FieldDecl { name, ty, number_format, columns, key, span })
}

fn twice(what: &str, field: &Ident, span: Loc, help: &str) -> Diagnostic {
    Diagnostic::new(Code::Syntax, format!("`{what}` is written twice for `{}`", field.name), span, "written again here")
        .with_help(help)
}

/// A field's type, and the number format written after a numeric one.
fn field_type(cx: &mut Cx, pair: P<'_>) -> Option<(Spanned<FieldType>, Option<Spanned<String>>)> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let inner = cx.next(&mut kids)?;
    let mut number_format = None;
    let ty = match inner.as_rule() {
        Rule::ty_number => {
            let mut parts = Kids::of(cx, inner);
            let word = parts.eat(Rule::ty_simple)?;
            let ty = simple_type(word.as_str())?;
            parts.eat(Rule::kw_format);
            number_format = parts.eat(Rule::string).map(|s| literal::string(cx, s));
            ty
        }
        Rule::ty_yes_no => FieldType::YesNo,
        Rule::ty_date => FieldType::Date { format: date_format(cx, inner) },
        Rule::ty_datetime => FieldType::DateTime { format: date_format(cx, inner) },
        Rule::ty_one_of => {
            let mut variants = Kids::of(cx, inner);
            variants.eat(Rule::kw_one);
            variants.eat(Rule::kw_of);
            FieldType::OneOf(all(cx, variants, variant)?)
        }
        _ => return cx.lost(span),
    };
    Some((Spanned::new(ty, span), number_format))
}

fn simple_type(word: &str) -> Option<FieldType> {
    let ty = match word {
        "number" => FieldType::Number,
        "money" => FieldType::Money,
        "percent" => FieldType::Percent,
        "text" => FieldType::Text,
        "days" => FieldType::Duration(DurationUnit::Days),
        "hours" => FieldType::Duration(DurationUnit::Hours),
        "minutes" => FieldType::Duration(DurationUnit::Minutes),
        "weeks" => FieldType::Duration(DurationUnit::Weeks),
        _ => return None,
    };
    Some(ty)
}

/// The optional `format "..."` of a `date` or `datetime` type.
fn date_format(cx: &mut Cx, pair: P<'_>) -> Option<Spanned<String>> {
    let format = Kids::of(cx, pair).find(|k| k.as_rule() == Rule::string)?;
    Some(literal::string(cx, format))
}

fn variant(cx: &mut Cx, pair: P<'_>) -> Option<EnumVariant> {
    let mut kids = Kids::of(cx, pair);
    let name = name(cx, &mut kids)?;
    let spellings = kids.map(|s| literal::string(cx, s)).collect();
    Some(EnumVariant { name, spellings })
}

fn minimum_block(cx: &mut Cx, pair: P<'_>) -> Option<MinimumBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_minimum);
    let gates = all(cx, kids, gate)?;
    Some(MinimumBlock { gates, span })
}

fn gate(cx: &mut Cx, pair: P<'_>) -> Option<Gate> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let kind_pair = cx.next_of(&mut kids, Rule::gate_kind)?;
    let kind_span = cx.span(&kind_pair);
    let kind = if kind_pair.as_str() == "reject" { GateKind::Reject } else { GateKind::Require };
    let condition = condition(cx, &mut kids)?;
    let reason_pair = cx.next_of(&mut kids, Rule::gate_reason)?;
    let mut reason_kids = Kids::of(cx, reason_pair);
    let reason_string = reason_kids.find(|k| k.as_rule() == Rule::string);
    let Some(reason_string) = reason_string else {
        return cx.lost(span);
    };
    let reason = literal::string(cx, reason_string);
    Some(Gate { kind, kind_span, condition, reason, span })
}

fn profile_block(cx: &mut Cx, pair: P<'_>) -> Option<ProfileBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_profile);
    let name = name(cx, &mut kids)?;
    let criteria = all(cx, kids, profile_criterion)?;
    Some(ProfileBlock { name, criteria, span })
}

fn profile_criterion(cx: &mut Cx, pair: P<'_>) -> Option<ProfileCriterion> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let condition = condition(cx, &mut kids)?;
    kids.eat(Rule::kw_weight);
    let weight_pair = cx.next_of(&mut kids, Rule::number)?;
    let weight = literal::number(cx, weight_pair);
    Some(ProfileCriterion { condition, weight, span })
}

fn framework_block(cx: &mut Cx, pair: P<'_>) -> Option<FrameworkBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_framework);
    let name = name(cx, &mut kids)?;
    kids.eat(Rule::kw_pass);
    let rule_pair = cx.next_of(&mut kids, Rule::pass_rule)?;
    let pass = pass_rule(cx, rule_pair)?;
    let criteria = all(cx, kids, framework_criterion)?;
    Some(FrameworkBlock { name, pass, criteria, span })
}

/// `all` | `any` | `N of M` | `at least N` | `N`
fn pass_rule(cx: &mut Cx, pair: P<'_>) -> Option<Spanned<PassRule>> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let inner = cx.next(&mut kids)?;
    let rule = match inner.as_rule() {
        Rule::kw_all => PassRule::All,
        Rule::kw_any => PassRule::Any,
        Rule::number => PassRule::AtLeast { needed: literal::count(cx, inner).node, of: None },
        Rule::pass_at_least | Rule::pass_of => {
            let mut numbers = Kids::of(cx, inner).filter(|k| k.as_rule() == Rule::number);
            let Some(needed) = numbers.next() else {
                return cx.lost(span);
            };
            let needed = literal::count(cx, needed).node;
            let of = numbers.next().map(|n| literal::count(cx, n).node);
            PassRule::AtLeast { needed, of }
        }
        _ => return cx.lost(span),
    };
    Some(Spanned::new(rule, span))
}

fn framework_criterion(cx: &mut Cx, pair: P<'_>) -> Option<FrameworkCriterion> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let name = name(cx, &mut kids)?;
    let condition = condition(cx, &mut kids)?;
    Some(FrameworkCriterion { name, condition, span })
}

fn score_block(cx: &mut Cx, pair: P<'_>) -> Option<ScoreBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_score);
    let name = kids.eat(Rule::ident).map(|p| ident(cx, &p));
    let cap = match kids.eat(Rule::score_cap) {
        Some(cap) => {
            let Some(number) = Kids::of(cx, cap).find(|k| k.as_rule() == Rule::number) else {
                return cx.lost(span);
            };
            Some(literal::number(cx, number))
        }
        None => None,
    };
    let rules = all(cx, kids, score_rule)?;
    Some(ScoreBlock { name, cap, rules, span })
}

fn score_rule(cx: &mut Cx, pair: P<'_>) -> Option<ScoreRule> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let points_pair = cx.next_of(&mut kids, Rule::points)?;
    let points = signed(cx, points_pair)?;
    kids.eat(Rule::kw_when);
    let condition = condition(cx, &mut kids)?;
    Some(ScoreRule { points, condition, span })
}

/// `+30` / `-20` (a `points` pair): the value with its sign, spanning the sign too.
fn signed(cx: &mut Cx, pair: P<'_>) -> Option<Spanned<f64>> {
    let span = cx.span(&pair);
    let negative = pair.as_str().starts_with('-');
    let number = Kids::of(cx, pair).find(|k| k.as_rule() == Rule::number);
    let Some(number) = number else {
        return cx.lost(span);
    };
    let value = literal::number(cx, number).node;
    Some(Spanned::new(if negative { -value } else { value }, span))
}

fn classify_block(cx: &mut Cx, pair: P<'_>) -> Option<ClassifyBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_classify);
    let rules = all(cx, kids, class_rule)?;
    Some(ClassifyBlock { rules, span })
}

fn class_rule(cx: &mut Cx, pair: P<'_>) -> Option<ClassRule> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let class = name(cx, &mut kids)?;
    let when = when(cx, &mut kids)?;
    let playbook = match kids.eat(Rule::playbook) {
        Some(p) => {
            let Some(text) = Kids::of(cx, p).find(|k| k.as_rule() == Rule::string) else {
                return cx.lost(span);
            };
            Some(literal::string(cx, text))
        }
        None => None,
    };
    Some(ClassRule { class, when, playbook, span })
}

/// `when COND` (a `when_cond` pair) or `otherwise`.
fn when(cx: &mut Cx, kids: &mut Kids<'_>) -> Option<When> {
    if let Some(otherwise) = kids.eat(Rule::kw_otherwise) {
        return Some(When::Otherwise(cx.span(&otherwise)));
    }
    let cond = cx.next_of(kids, Rule::when_cond)?;
    let mut inner = Kids::of(cx, cond);
    inner.eat(Rule::kw_when);
    Some(When::Condition(condition(cx, &mut inner)?))
}

fn temperature_block(cx: &mut Cx, pair: P<'_>) -> Option<TemperatureBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_temperature);
    let all_leads = kids.eat(Rule::all_leads_clause).is_some();
    let since = match kids.eat(Rule::since_clause) {
        Some(since) => {
            let mut inner = Kids::of(cx, since);
            inner.eat(Rule::kw_since);
            Some(name(cx, &mut inner)?)
        }
        None => None,
    };
    let rules = all(cx, kids, temperature_rule)?;
    Some(TemperatureBlock { all_leads, since, rules, span })
}

fn temperature_rule(cx: &mut Cx, pair: P<'_>) -> Option<TemperatureRule> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let name = name(cx, &mut kids)?;
    let when = when(cx, &mut kids)?;
    let respond_within = match kids.eat(Rule::respond_within) {
        Some(respond) => {
            let Some(duration) = Kids::of(cx, respond).find(|k| k.as_rule() == Rule::duration) else {
                return cx.lost(span);
            };
            Some(literal::duration(cx, duration)?)
        }
        None => None,
    };
    Some(TemperatureRule { name, when, respond_within, span })
}

fn deal_block(cx: &mut Cx, pair: P<'_>) -> Option<DealBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_deal);
    let size = match kids.eat(Rule::deal_size) {
        Some(size) => {
            let mut inner = Kids::of(cx, size);
            inner.eat(Rule::kw_size);
            Some(condition(cx, &mut inner)?)
        }
        None => None,
    };
    let probability = match kids.eat(Rule::probability_block) {
        Some(block) => {
            let mut inner = Kids::of(cx, block);
            inner.eat(Rule::kw_probability);
            all(cx, inner, probability_criterion)?
        }
        None => Vec::new(),
    };
    Some(DealBlock { size, probability, span })
}

fn probability_criterion(cx: &mut Cx, pair: P<'_>) -> Option<ProbabilityCriterion> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let name = name(cx, &mut kids)?;
    kids.eat(Rule::kw_importance);
    let importance_pair = cx.next_of(&mut kids, Rule::number)?;
    let importance = literal::number(cx, importance_pair);
    kids.eat(Rule::kw_match);
    let ratings = all(cx, kids, rating)?;
    Some(ProbabilityCriterion { name, importance, ratings, span })
}

/// `90% when COND`, `otherwise 10%`, or a bare `10%` (unconditional, like `otherwise`).
fn rating(cx: &mut Cx, pair: P<'_>) -> Option<Rating> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let inner = cx.next(&mut kids)?;
    let rule = inner.as_rule();
    if rule == Rule::percent {
        let percent = literal::percent(cx, inner)?;
        let when = When::Otherwise(percent.span);
        return Some(Rating { percent, when, span });
    }
    let mut parts = Kids::of(cx, inner);
    let (percent, when) = if rule == Rule::rating_when {
        let percent_pair = cx.next_of(&mut parts, Rule::percent)?;
        let percent = literal::percent(cx, percent_pair)?;
        parts.eat(Rule::kw_when);
        (percent, When::Condition(condition(cx, &mut parts)?))
    } else {
        let otherwise = cx.next_of(&mut parts, Rule::kw_otherwise)?;
        let otherwise = When::Otherwise(cx.span(&otherwise));
        let percent_pair = cx.next_of(&mut parts, Rule::percent)?;
        (literal::percent(cx, percent_pair)?, otherwise)
    };
    Some(Rating { percent, when, span })
}

fn example_block(cx: &mut Cx, pair: P<'_>) -> Option<ExampleBlock> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    kids.eat(Rule::kw_example);
    let name_pair = cx.next_of(&mut kids, Rule::string)?;
    let name = literal::string(cx, name_pair);
    let lead_pair = cx.next_of(&mut kids, Rule::lead_block)?;
    let mut entries = Kids::of(cx, lead_pair);
    entries.eat(Rule::kw_lead);
    let lead = all(cx, entries, lead_entry)?;
    let expect_pair = cx.next_of(&mut kids, Rule::expect_clause)?;
    let mut expectations = Kids::of(cx, expect_pair);
    expectations.eat(Rule::kw_expect);
    let expect = all(cx, expectations, expectation)?;
    Some(ExampleBlock { name, lead, expect, span })
}

fn lead_entry(cx: &mut Cx, pair: P<'_>) -> Option<(Ident, Spanned<Literal>)> {
    let mut kids = Kids::of(cx, pair);
    let field = name(cx, &mut kids)?;
    let value_pair = cx.next_of(&mut kids, Rule::lead_value)?;
    Some((field, lead_value(cx, value_pair)?))
}

/// A value written as data (in a lead or a parameter): a literal, or a bare name.
fn lead_value(cx: &mut Cx, pair: P<'_>) -> Option<Spanned<Literal>> {
    let span = cx.span(&pair);
    let mut inner = Kids::of(cx, pair);
    let value = cx.next(&mut inner)?;
    match value.as_rule() {
        Rule::ident => Some(Spanned::new(Literal::Name(value.as_str().to_string()), span)),
        Rule::negative => negative(cx, value),
        _ => literal::literal(cx, value),
    }
}

/// `-5`, `-5%`, `-2 days` in a lead.
fn negative(cx: &mut Cx, pair: P<'_>) -> Option<Spanned<Literal>> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let inner = cx.next(&mut kids)?;
    let value = match literal::literal(cx, inner)?.node {
        Literal::Number(n) => Literal::Number(-n),
        Literal::Percent(n) => Literal::Percent(-n),
        Literal::Duration(q) => Literal::Duration(Quantity { value: -q.value, unit: q.unit }),
        _ => return cx.lost(span),
    };
    Some(Spanned::new(value, span))
}

fn expectation(cx: &mut Cx, pair: P<'_>) -> Option<Expectation> {
    let span = cx.span(&pair);
    let mut kids = Kids::of(cx, pair);
    let inner = cx.next(&mut kids)?;
    let rule = inner.as_rule();
    let mut parts = Kids::of(cx, inner);
    if rule == Rule::expect_framework {
        let framework = name(cx, &mut parts)?;
        let passes = parts.eat(Rule::kw_passes).is_some();
        return Some(Expectation { kind: ExpectKind::Framework { name: framework, passes }, span });
    }
    parts.next(); // the keyword: class, temperature, score, fit or grade
    let kind = match rule {
        Rule::expect_class => ExpectKind::Class(name(cx, &mut parts)?),
        Rule::expect_temperature => ExpectKind::Temperature(name(cx, &mut parts)?),
        Rule::expect_grade => ExpectKind::Grade(name(cx, &mut parts)?),
        Rule::expect_fit => {
            let percent_pair = cx.next_of(&mut parts, Rule::percent)?;
            ExpectKind::Fit(literal::percent(cx, percent_pair)?)
        }
        Rule::expect_score => {
            let name = parts.eat(Rule::ident).map(|p| ident(cx, &p));
            let value_pair = cx.next_of(&mut parts, Rule::score_value)?;
            let value = signed(cx, value_pair)?;
            ExpectKind::Score { name, value }
        }
        _ => return cx.lost(span),
    };
    Some(Expectation { kind, span })
}
