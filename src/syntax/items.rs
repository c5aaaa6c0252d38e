//! Top-level items and the header: one converter per block kind, from pest pairs to AST nodes.

use super::ast::*;
use super::convert::{Children, Conversion, RulePair};
use super::expr::{expr, ident};
use super::grammar::Rule;
use super::literal;
use crate::diagnostic::{Code, Diagnostic};
use crate::message::Message;
use crate::msg;
use crate::span::{Loc, Spanned};

/// `definition "ACME Cloud" version 3 effective 2026-12-01` (the `header` pair).
pub fn header(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Header> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_definition);
    let name_pair = conversion.next_of(&mut children, Rule::string)?;
    let name = literal::string(conversion, name_pair);
    let version = children.eat(Rule::header_version).and_then(|p| {
        let value = Children::of(conversion, p).find(|k| k.as_rule() != Rule::kw_version)?;
        Some(Spanned::new(value.as_str().to_string(), conversion.span(&value)))
    });
    let effective = match children.eat(Rule::header_effective) {
        Some(p) => {
            let mut inner = Children::of(conversion, p);
            inner.eat(Rule::kw_effective);
            let date = conversion.next_of(&mut inner, Rule::date)?;
            Some(literal::date(conversion, date))
        }
        None => None,
    };
    Some(Header { name, version, effective, span })
}

/// One top-level item pair.
pub fn item(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Item> {
    let item = match pair.as_rule() {
        Rule::use_decl => Item::Use(use_decl(conversion, pair)?),
        Rule::let_decl => Item::Let(let_decl(conversion, pair)?),
        Rule::flag_decl => Item::Flag(flag_decl(conversion, pair)?),
        Rule::parameters_block => Item::Parameters(parameters_block(conversion, pair)?),
        Rule::fields_block => Item::Fields(fields_block(conversion, pair)?),
        Rule::minimum_block => Item::Minimum(minimum_block(conversion, pair)?),
        Rule::profile_block => Item::Profile(profile_block(conversion, pair)?),
        Rule::framework_block => Item::Framework(framework_block(conversion, pair)?),
        Rule::score_block => Item::Score(score_block(conversion, pair)?),
        Rule::classify_block => Item::Classify(classify_block(conversion, pair)?),
        Rule::temperature_block => Item::Temperature(temperature_block(conversion, pair)?),
        Rule::deal_block => Item::Deal(deal_block(conversion, pair)?),
        Rule::example_block => Item::Example(example_block(conversion, pair)?),
        _ => return conversion.lost(conversion.span(&pair)),
    };
    Some(item)
}

/// Converts every remaining child with `convert`; `None` if any of them failed.
fn all<'i, T>(
    conversion: &mut Conversion,
    children: Children<'i>,
    convert: fn(&mut Conversion, RulePair<'i>) -> Option<T>,
) -> Option<Vec<T>> {
    let mut out = Vec::new();
    let mut ok = true;
    for kid in children {
        match convert(conversion, kid) {
            Some(node) => out.push(node),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// The next child as a name.
fn name(conversion: &mut Conversion, children: &mut Children<'_>) -> Option<Ident> {
    let pair = conversion.next_of(children, Rule::ident)?;
    Some(ident(conversion, &pair))
}

/// The next child (`or_expr`) as an expression.
fn condition(conversion: &mut Conversion, children: &mut Children<'_>) -> Option<Expr> {
    let pair = conversion.next_of(children, Rule::or_expr)?;
    expr(conversion, pair)
}

fn use_decl(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<UseDecl> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_use);
    let path_pair = conversion.next_of(&mut children, Rule::string)?;
    let path = literal::string(conversion, path_pair);
    children.eat(Rule::kw_with);
    let overrides = all(conversion, children, parameter)?;
    Some(UseDecl { path, overrides, span })
}

fn let_decl(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<LetDecl> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_let);
    let name = name(conversion, &mut children)?;
    children.eat(Rule::equals);
    let condition = condition(conversion, &mut children)?;
    Some(LetDecl { name, condition, span })
}

fn flag_decl(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<FlagDecl> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_flag);
    let text_pair = conversion.next_of(&mut children, Rule::string)?;
    let text = literal::string(conversion, text_pair);
    children.eat(Rule::kw_when);
    let condition = condition(conversion, &mut children)?;
    Some(FlagDecl { text, condition, span })
}

fn parameters_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ParametersBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_parameters);
    let parameters = all(conversion, children, parameter)?;
    Some(ParametersBlock { parameters, span })
}

fn parameter(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Parameter> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let name = name(conversion, &mut children)?;
    let value_pair = conversion.next_of(&mut children, Rule::lead_value)?;
    let value = lead_value(conversion, value_pair)?;
    Some(Parameter { name, value, span })
}

fn fields_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<FieldsBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_fields);
    let unknown_when = match children.eat(Rule::unknown_when) {
        Some(clause) => placeholders(conversion, clause),
        None => Vec::new(),
    };
    let fields = all(conversion, children, field_decl)?;
    Some(FieldsBlock { fields, unknown_when, span })
}

/// The texts of an `unknown when "Select", "-"` clause.
fn placeholders(conversion: &mut Conversion, pair: RulePair<'_>) -> Vec<Spanned<String>> {
    let strings: Vec<RulePair<'_>> = Children::of(conversion, pair).filter(|k| k.as_rule() == Rule::string).collect();
    strings.into_iter().map(|s| literal::string(conversion, s)).collect()
}

fn field_decl(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<FieldDecl> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let name = name(conversion, &mut children)?;
    let (ty, number_format) = match children.eat(Rule::field_type) {
        Some(ty_pair) => {
            let (ty, format) = field_type(conversion, ty_pair)?;
            (Some(ty), format)
        }
        None => (None, None),
    };
    let mut columns: Vec<Spanned<String>> = Vec::new();
    let mut key = None;
    let mut unknown_when: Vec<Spanned<String>> = Vec::new();
    for suffix in children {
        let suffix_span = conversion.span(&suffix);
        if suffix.as_rule() == Rule::unknown_when {
            if !unknown_when.is_empty() {
                conversion.error(twice("unknown when", &name, suffix_span, msg!("syntax-unknown-when-once-help")));
            }
            unknown_when.extend(placeholders(conversion, suffix));
            continue;
        }
        if suffix.as_rule() == Rule::kw_key {
            if key.is_some() {
                conversion.error(twice("key", &name, suffix_span, msg!("syntax-key-once-help")));
            }
            key = Some(suffix_span);
            continue;
        }
        if !columns.is_empty() {
            conversion.error(twice("from", &name, suffix_span, msg!("syntax-from-once-help")));
        }
        let strings = Children::of(conversion, suffix).filter(|k| k.as_rule() == Rule::string);
        columns.extend(strings.map(|s| literal::string(conversion, s)));
    }
    Some(FieldDecl { name, ty, number_format, columns, key, unknown_when, span })
}

fn twice(what: &str, field: &Ident, span: Loc, help: Message) -> Diagnostic {
    let message = msg!("syntax-written-twice", what = crate::message::Arg::code(what), field = &field.name);
    Diagnostic::new(Code::Syntax, message, span, msg!("syntax-written-twice-label")).with_help(help)
}

/// A field's type, and the number format written after a numeric one.
fn field_type(
    conversion: &mut Conversion,
    pair: RulePair<'_>,
) -> Option<(Spanned<FieldType>, Option<Spanned<String>>)> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let inner = conversion.next(&mut children)?;
    let mut number_format = None;
    let ty = match inner.as_rule() {
        Rule::ty_number => {
            let mut parts = Children::of(conversion, inner);
            let word = parts.eat(Rule::ty_simple)?;
            let mut ty = simple_type(word.as_str())?;
            if let Some(clause) = parts.eat(Rule::unit_clause) {
                ty = number_in(conversion, ty, clause)?;
            }
            parts.eat(Rule::kw_format);
            number_format = parts.eat(Rule::string).map(|s| literal::string(conversion, s));
            ty
        }
        Rule::ty_yes_no => FieldType::YesNo,
        Rule::ty_date => FieldType::Date { format: date_format(conversion, inner) },
        Rule::ty_datetime => FieldType::DateTime { format: date_format(conversion, inner) },
        Rule::ty_one_of => {
            let mut variants = Children::of(conversion, inner);
            variants.eat(Rule::kw_one);
            variants.eat(Rule::kw_of);
            FieldType::OneOf(all(conversion, variants, variant)?)
        }
        _ => return conversion.lost(span),
    };
    Some((Spanned::new(ty, span), number_format))
}

fn simple_type(word: &str) -> Option<FieldType> {
    let ty = match word {
        "number" | "число" => FieldType::Number,
        "money" | "деньги" => FieldType::Money,
        "percent" | "процент" => FieldType::Percent,
        "text" | "текст" => FieldType::Text,
        "days" | "дни" => FieldType::Duration(DurationUnit::Days),
        "hours" | "часы" => FieldType::Duration(DurationUnit::Hours),
        "seconds" | "секунды" => FieldType::Duration(DurationUnit::Seconds),
        "minutes" | "минуты" => FieldType::Duration(DurationUnit::Minutes),
        "weeks" | "недели" => FieldType::Duration(DurationUnit::Weeks),
        "months" | "месяцы" => FieldType::Duration(DurationUnit::Months),
        "years" | "годы" => FieldType::Duration(DurationUnit::Years),
        _ => return None,
    };
    Some(ty)
}

/// `number in seconds`: a number with its unit; only `number` takes one (`money in days` is an
/// error that says to write the unit alone, `days`).
fn number_in(conversion: &mut Conversion, ty: FieldType, clause: RulePair<'_>) -> Option<FieldType> {
    let span = conversion.span(&clause);
    let word = Children::of(conversion, clause).find(|k| k.as_rule() == Rule::field_unit)?;
    let unit = field_unit(word.as_str())?;
    if ty != FieldType::Number {
        let d = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-unit-not-for-type"),
            span,
            msg!("syntax-unit-not-for-type-label"),
        )
        .with_help(msg!("syntax-unit-not-for-type-help", unit = unit.plural()));
        conversion.error(d);
    }
    Some(FieldType::NumberIn(unit))
}

/// The unit after `number in`: `seconds`, or in Russian `секундах`.
pub fn field_unit(word: &str) -> Option<DurationUnit> {
    let unit = match word {
        "seconds" | "секундах" => DurationUnit::Seconds,
        "minutes" | "минутах" => DurationUnit::Minutes,
        "hours" | "часах" => DurationUnit::Hours,
        "days" | "днях" => DurationUnit::Days,
        "weeks" | "неделях" => DurationUnit::Weeks,
        "months" | "месяцах" => DurationUnit::Months,
        "years" | "годах" => DurationUnit::Years,
        _ => return None,
    };
    Some(unit)
}

/// The optional `format "..."` of a `date` or `datetime` type.
fn date_format(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<String>> {
    let format = Children::of(conversion, pair).find(|k| k.as_rule() == Rule::string)?;
    Some(literal::string(conversion, format))
}

fn variant(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<EnumVariant> {
    let mut children = Children::of(conversion, pair);
    let name = name(conversion, &mut children)?;
    let spellings = children.map(|s| literal::string(conversion, s)).collect();
    Some(EnumVariant { name, spellings })
}

fn minimum_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<MinimumBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_minimum);
    let gates = all(conversion, children, gate)?;
    Some(MinimumBlock { gates, span })
}

fn gate(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Gate> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let kind_pair = conversion.next_of(&mut children, Rule::gate_kind)?;
    let kind_span = conversion.span(&kind_pair);
    let reject = kind_pair.clone().into_inner().next().is_some_and(|k| k.as_rule() == Rule::kw_reject);
    let kind = if reject { GateKind::Reject } else { GateKind::Require };
    let condition = condition(conversion, &mut children)?;
    let reason_pair = conversion.next_of(&mut children, Rule::gate_reason)?;
    let mut reason_kids = Children::of(conversion, reason_pair);
    let reason_string = reason_kids.find(|k| k.as_rule() == Rule::string);
    let Some(reason_string) = reason_string else {
        return conversion.lost(span);
    };
    let reason = literal::string(conversion, reason_string);
    Some(Gate { kind, kind_span, condition, reason, span })
}

fn profile_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ProfileBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_profile);
    let name = name(conversion, &mut children)?;
    let criteria = all(conversion, children, profile_criterion)?;
    Some(ProfileBlock { name, criteria, span })
}

fn profile_criterion(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ProfileCriterion> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let condition = condition(conversion, &mut children)?;
    children.eat(Rule::kw_weight);
    let weight_pair = conversion.next_of(&mut children, Rule::number)?;
    let weight = literal::number(conversion, weight_pair);
    Some(ProfileCriterion { condition, weight, span })
}

fn framework_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<FrameworkBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_framework);
    let name = name(conversion, &mut children)?;
    children.eat(Rule::kw_pass);
    let rule_pair = conversion.next_of(&mut children, Rule::pass_rule)?;
    let pass = pass_rule(conversion, rule_pair)?;
    let criteria = all(conversion, children, framework_criterion)?;
    Some(FrameworkBlock { name, pass, criteria, span })
}

/// `all` | `any` | `N of M` | `at least N` | `N`
fn pass_rule(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<PassRule>> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let inner = conversion.next(&mut children)?;
    let rule = match inner.as_rule() {
        Rule::kw_all => PassRule::All,
        Rule::kw_any => PassRule::Any,
        Rule::number => PassRule::AtLeast { needed: literal::count(conversion, inner).node, of: None },
        Rule::pass_at_least | Rule::pass_of => {
            let mut numbers = Children::of(conversion, inner).filter(|k| k.as_rule() == Rule::number);
            let Some(needed) = numbers.next() else {
                return conversion.lost(span);
            };
            let needed = literal::count(conversion, needed).node;
            let of = numbers.next().map(|n| literal::count(conversion, n).node);
            PassRule::AtLeast { needed, of }
        }
        _ => return conversion.lost(span),
    };
    Some(Spanned::new(rule, span))
}

fn framework_criterion(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<FrameworkCriterion> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let name = name(conversion, &mut children)?;
    let condition = condition(conversion, &mut children)?;
    Some(FrameworkCriterion { name, condition, span })
}

fn score_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ScoreBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_score);
    let name = children.eat(Rule::ident).map(|p| ident(conversion, &p));
    let cap = match children.eat(Rule::score_cap) {
        Some(cap) => {
            let Some(number) = Children::of(conversion, cap).find(|k| k.as_rule() == Rule::number) else {
                return conversion.lost(span);
            };
            Some(literal::number(conversion, number))
        }
        None => None,
    };
    let rules = all(conversion, children, score_rule)?;
    Some(ScoreBlock { name, cap, rules, span })
}

fn score_rule(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ScoreRule> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let points_pair = conversion.next_of(&mut children, Rule::points)?;
    let points = signed(conversion, points_pair)?;
    if let Some(growth) = children.eat(Rule::growth) {
        let condition = match children.eat(Rule::kw_when) {
            Some(_) => Some(condition(conversion, &mut children)?),
            None => None,
        };
        return growing(conversion, growth, points, condition, span).map(ScoreRule::Growing);
    }
    children.eat(Rule::kw_when);
    let condition = condition(conversion, &mut children)?;
    Some(ScoreRule::Fixed(FixedPoints { points, condition, span }))
}

/// `per 60 seconds of time_on_site capped at 20` (a `growth` pair) with the line's points and
/// condition.
fn growing(
    conversion: &mut Conversion,
    pair: RulePair<'_>,
    per_points: Spanned<f64>,
    condition: Option<Expr>,
    span: Loc,
) -> Option<GrowingPoints> {
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_per);
    let step_pair = conversion.next_of(&mut children, Rule::growth_step)?;
    let step_span = conversion.span(&step_pair);
    let Some(step_literal) = Children::of(conversion, step_pair).next() else {
        return conversion.lost(step_span);
    };
    let step = literal::literal(conversion, step_literal)?;
    children.eat(Rule::kw_of);
    let field = name(conversion, &mut children)?;
    let cap_pair = conversion.next_of(&mut children, Rule::growth_cap)?;
    let cap_span = conversion.span(&cap_pair);
    let mut cap_children = Children::of(conversion, cap_pair);
    let mut sign = None;
    let mut cap = None;
    for kid in &mut cap_children {
        match kid.as_rule() {
            Rule::sign => sign = Some(kid.as_str() == "-"),
            Rule::number => cap = Some(literal::number(conversion, kid).node),
            _ => {}
        }
    }
    let Some(cap) = cap else {
        return conversion.lost(cap_span);
    };
    let cap = match sign {
        Some(negative) => {
            if negative {
                -cap
            } else {
                cap
            }
        }
        None => cap.copysign(per_points.node),
    };
    let cap = Spanned::new(cap, cap_span);
    Some(GrowingPoints { per_points, step, field, cap, condition, span })
}

/// `+30` / `-20` (a `points` pair): the value with its sign, spanning the sign too.
fn signed(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<f64>> {
    let span = conversion.span(&pair);
    let negative = pair.as_str().starts_with('-');
    let number = Children::of(conversion, pair).find(|k| k.as_rule() == Rule::number);
    let Some(number) = number else {
        return conversion.lost(span);
    };
    let value = literal::number(conversion, number).node;
    Some(Spanned::new(if negative { -value } else { value }, span))
}

fn classify_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ClassifyBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_classify);
    let rules = all(conversion, children, class_rule)?;
    Some(ClassifyBlock { rules, span })
}

fn class_rule(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ClassRule> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let class = name(conversion, &mut children)?;
    let when = when(conversion, &mut children)?;
    let playbook = match children.eat(Rule::playbook) {
        Some(p) => {
            let Some(text) = Children::of(conversion, p).find(|k| k.as_rule() == Rule::string) else {
                return conversion.lost(span);
            };
            Some(literal::string(conversion, text))
        }
        None => None,
    };
    Some(ClassRule { class, when, playbook, span })
}

/// `when COND` (a `when_cond` pair) or `otherwise`.
fn when(conversion: &mut Conversion, children: &mut Children<'_>) -> Option<When> {
    if let Some(otherwise) = children.eat(Rule::kw_otherwise) {
        return Some(When::Otherwise(conversion.span(&otherwise)));
    }
    let cond = conversion.next_of(children, Rule::when_cond)?;
    let mut inner = Children::of(conversion, cond);
    inner.eat(Rule::kw_when);
    Some(When::Condition(condition(conversion, &mut inner)?))
}

fn temperature_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<TemperatureBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_temperature);
    let all_leads = children.eat(Rule::all_leads_clause).is_some();
    let since = match children.eat(Rule::since_clause) {
        Some(since) => {
            let mut inner = Children::of(conversion, since);
            inner.eat(Rule::kw_since);
            Some(name(conversion, &mut inner)?)
        }
        None => None,
    };
    let rules = all(conversion, children, temperature_rule)?;
    Some(TemperatureBlock { all_leads, since, rules, span })
}

fn temperature_rule(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<TemperatureRule> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let name = name(conversion, &mut children)?;
    let when = when(conversion, &mut children)?;
    let respond_within = match children.eat(Rule::respond_within) {
        Some(respond) => {
            let Some(duration) = Children::of(conversion, respond).find(|k| k.as_rule() == Rule::duration) else {
                return conversion.lost(span);
            };
            Some(literal::duration(conversion, duration)?)
        }
        None => None,
    };
    Some(TemperatureRule { name, when, respond_within, span })
}

fn deal_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<DealBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_deal);
    let size = match children.eat(Rule::deal_size) {
        Some(size) => {
            let mut inner = Children::of(conversion, size);
            inner.eat(Rule::kw_size);
            Some(condition(conversion, &mut inner)?)
        }
        None => None,
    };
    let probability = match children.eat(Rule::probability_block) {
        Some(block) => {
            let mut inner = Children::of(conversion, block);
            inner.eat(Rule::kw_probability);
            all(conversion, inner, probability_criterion)?
        }
        None => Vec::new(),
    };
    Some(DealBlock { size, probability, span })
}

fn probability_criterion(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ProbabilityCriterion> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let name = name(conversion, &mut children)?;
    children.eat(Rule::kw_importance);
    let importance_pair = conversion.next_of(&mut children, Rule::number)?;
    let importance = literal::number(conversion, importance_pair);
    children.eat(Rule::kw_match);
    let ratings = all(conversion, children, rating)?;
    Some(ProbabilityCriterion { name, importance, ratings, span })
}

/// `90% when COND`, `otherwise 10%`, or a bare `10%` (unconditional, like `otherwise`).
fn rating(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Rating> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let inner = conversion.next(&mut children)?;
    let rule = inner.as_rule();
    if rule == Rule::percent {
        let percent = literal::percent(conversion, inner)?;
        let when = When::Otherwise(percent.span);
        return Some(Rating { percent, when, span });
    }
    let mut parts = Children::of(conversion, inner);
    let (percent, when) = if rule == Rule::rating_when {
        let percent_pair = conversion.next_of(&mut parts, Rule::percent)?;
        let percent = literal::percent(conversion, percent_pair)?;
        parts.eat(Rule::kw_when);
        (percent, When::Condition(condition(conversion, &mut parts)?))
    } else {
        let otherwise = conversion.next_of(&mut parts, Rule::kw_otherwise)?;
        let otherwise = When::Otherwise(conversion.span(&otherwise));
        let percent_pair = conversion.next_of(&mut parts, Rule::percent)?;
        (literal::percent(conversion, percent_pair)?, otherwise)
    };
    Some(Rating { percent, when, span })
}

fn example_block(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<ExampleBlock> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    children.eat(Rule::kw_example);
    let name_pair = conversion.next_of(&mut children, Rule::string)?;
    let name = literal::string(conversion, name_pair);
    let lead_pair = conversion.next_of(&mut children, Rule::lead_block)?;
    let mut entries = Children::of(conversion, lead_pair);
    entries.eat(Rule::kw_lead);
    let lead = all(conversion, entries, lead_entry)?;
    let expect_pair = conversion.next_of(&mut children, Rule::expect_clause)?;
    let mut expectations = Children::of(conversion, expect_pair);
    expectations.eat(Rule::kw_expect);
    let expect = all(conversion, expectations, expectation)?;
    Some(ExampleBlock { name, lead, expect, span })
}

fn lead_entry(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<(Ident, Spanned<Literal>)> {
    let mut children = Children::of(conversion, pair);
    let field = name(conversion, &mut children)?;
    let value_pair = conversion.next_of(&mut children, Rule::lead_value)?;
    Some((field, lead_value(conversion, value_pair)?))
}

/// A value written as data (in a lead or a parameter): a literal, or a bare name.
fn lead_value(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<Literal>> {
    let span = conversion.span(&pair);
    let mut inner = Children::of(conversion, pair);
    let value = conversion.next(&mut inner)?;
    match value.as_rule() {
        Rule::ident => Some(Spanned::new(Literal::Name(value.as_str().to_string()), span)),
        Rule::negative => negative(conversion, value),
        _ => literal::literal(conversion, value),
    }
}

/// `-5`, `-5%`, `-2 days` in a lead.
fn negative(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Spanned<Literal>> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let inner = conversion.next(&mut children)?;
    let value = match literal::literal(conversion, inner)?.node {
        Literal::Number(n) => Literal::Number(-n),
        Literal::Percent(n) => Literal::Percent(-n),
        Literal::Duration(q) => Literal::Duration(Quantity { value: -q.value, unit: q.unit }),
        _ => return conversion.lost(span),
    };
    Some(Spanned::new(value, span))
}

fn expectation(conversion: &mut Conversion, pair: RulePair<'_>) -> Option<Expectation> {
    let span = conversion.span(&pair);
    let mut children = Children::of(conversion, pair);
    let inner = conversion.next(&mut children)?;
    let rule = inner.as_rule();
    let mut parts = Children::of(conversion, inner);
    if rule == Rule::expect_framework {
        let framework = name(conversion, &mut parts)?;
        let passes = parts.eat(Rule::kw_passes).is_some();
        return Some(Expectation { kind: ExpectKind::Framework { name: framework, passes }, span });
    }
    parts.next(); // the keyword: class, temperature, score, fit or grade
    let kind = match rule {
        Rule::expect_class => ExpectKind::Class(name(conversion, &mut parts)?),
        Rule::expect_temperature => ExpectKind::Temperature(name(conversion, &mut parts)?),
        Rule::expect_grade => ExpectKind::Grade(name(conversion, &mut parts)?),
        Rule::expect_fit => {
            let percent_pair = conversion.next_of(&mut parts, Rule::percent)?;
            ExpectKind::Fit(literal::percent(conversion, percent_pair)?)
        }
        Rule::expect_score => {
            let name = parts.eat(Rule::ident).map(|p| ident(conversion, &p));
            let value_pair = conversion.next_of(&mut parts, Rule::score_value)?;
            let value = signed(conversion, value_pair)?;
            ExpectKind::Score { name, value }
        }
        _ => return conversion.lost(span),
    };
    Some(Expectation { kind, span })
}
