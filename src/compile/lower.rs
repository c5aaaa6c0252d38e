//! Lowering: blocks to their compiled form, their conditions to flat steps (`emit`) in the
//! registers of a `RegisterLayout`, and the look-up tables `explain` and discovery questions need
//! (probe values, fields per rule).

use super::emit::Emitter;
use super::ids::{Id, TooMany};
use super::program::*;
use super::validate::{CompileError, validate};
use crate::check::model::*;
use crate::schema::FieldKind;
use crate::span::SourceMap;
use indexmap::IndexSet;
use std::sync::Arc;

/// Compiles a checked model. The model is well-typed (the checker said so), so this fails only
/// when the definition has more of something than an id can number, or when the compiled program
/// breaks an invariant the evaluator relies on (a compiler bug, caught by `validate`).
pub fn compile(model: Model, sources: SourceMap) -> Result<RuleSet, CompileError> {
    let mut texts = IndexSet::new();
    let mut probes = vec![Vec::new(); model.schema.fields.len()];
    for e in all_expressions(&model) {
        collect_probes(e, &mut texts, &mut probes);
    }
    growth_probes(&model, &mut probes);
    for list in &mut probes {
        dedup_probes(list);
    }
    let mut layout = layout(&model)?;
    let mut emit = Emitter {
        program: Program::default(),
        criteria: layout.frameworks.clone(),
        truths: layout.truths,
        numbers: 0,
        texts: &mut texts,
        small_enums: model
            .schema
            .fields
            .iter()
            .map(|f| matches!(&f.kind, FieldKind::OneOf(values) if values.len() <= 64))
            .collect(),
        too_many: None,
    };

    let start = emit.here();
    let gates = model
        .gates
        .iter()
        .zip(layout.gates.iter())
        .map(|(g, register)| {
            // The register holds whether the lead passes: a `reject` gate's condition negated.
            let passes = match g.kind {
                crate::syntax::ast::GateKind::Require => g.condition.clone(),
                crate::syntax::ast::GateKind::Reject => TExpr {
                    kind: TExprKind::Not(Box::new(g.condition.clone())),
                    ty: Type::Bool,
                    span: g.condition.span,
                },
            };
            let mut condition = emit.condition(&passes, register);
            condition.reads = emit.reads(&g.condition);
            Gate { kind: g.kind, condition, reason: g.reason.clone(), span: g.span }
        })
        .collect();
    let gate_code = emit.since(&start);

    let frameworks = model
        .frameworks
        .iter()
        .zip(&layout.frameworks)
        .map(|(f, registers)| {
            let start = emit.here();
            let criteria = f
                .criteria
                .iter()
                .zip(registers.iter())
                .map(|(c, r)| Criterion {
                    name: c.name.clone(),
                    condition: emit.condition(&c.condition, r),
                    span: c.span,
                })
                .collect();
            Framework { name: f.name.clone(), needed: f.needed, criteria, code: emit.since(&start), span: f.span }
        })
        .collect();
    let profiles = model
        .profiles
        .iter()
        .zip(&layout.profiles)
        .map(|(p, registers)| {
            let start = emit.here();
            let criteria = weighted(&mut emit, &p.criteria, registers);
            Profile {
                name: p.name.clone(),
                criteria,
                total_weight: p.criteria.iter().map(|c| c.weight).sum(),
                code: emit.since(&start),
                span: p.span,
            }
        })
        .collect();
    let scores = model
        .scores
        .iter()
        .zip(&layout.scores)
        .map(|(s, registers)| {
            let start = emit.here();
            let rules = s
                .rules
                .iter()
                .zip(registers.iter())
                .map(|(line, r)| super::program::ScoreLine {
                    points: line.points,
                    condition: emit.condition(&line.condition, r),
                    span: line.span,
                })
                .collect();
            Score { name: s.name.clone(), cap: s.cap, rules, code: emit.since(&start), span: s.span }
        })
        .collect();
    let deal = model.deal.as_ref().map(|d| {
        let start = emit.here();
        let size = d.size.as_ref().map(|e| emit.number(e));
        let criteria = d
            .criteria
            .iter()
            .map(|c| ProbabilityCriterion {
                name: c.name.clone(),
                importance: c.importance,
                ratings: c
                    .ratings
                    .iter()
                    .map(|(p, cond)| {
                        let condition = cond.as_ref().map(|e| {
                            let register = emit.truth_register();
                            emit.condition(e, register)
                        });
                        (*p, condition)
                    })
                    .collect(),
                span: c.span,
            })
            .collect();
        Deal {
            size,
            criteria,
            total_importance: d.criteria.iter().map(|c| c.importance).sum(),
            code: emit.since(&start),
        }
    });
    let (classes, class_names, class_code) = ordered(&mut emit, &model.classes, layout.classes);
    let temperature = model.temperature.as_ref().map(|t| {
        let (rules, names, code) = ordered(&mut emit, &t.rules, layout.temperature);
        let since = t.since.map(|slot| emit.id(slot));
        Temperature { all_leads: t.all_leads, since, rules, names, code }
    });
    let start = emit.here();
    let flags = model
        .flags
        .iter()
        .zip(layout.flags.iter())
        .map(|(f, register)| Flag {
            text: f.text.clone(),
            condition: emit.condition(&f.condition, register),
            span: f.span,
        })
        .collect();
    let flag_code = emit.since(&start);
    let start = emit.here();
    let lets = model
        .lets
        .iter()
        .map(|l| {
            let register = emit.truth_register();
            NamedCondition { name: l.name.clone(), condition: emit.condition(&l.condition, register), span: l.span }
        })
        .collect();
    let let_code = emit.since(&start);
    layout.truths = emit.truths;
    layout.numbers = emit.numbers;
    if let Some(too_many) = emit.too_many {
        return Err(CompileError::TooMany(too_many));
    }
    let program = emit.program;
    fits::<TextId>(texts.len())?;
    fits::<FieldSlot>(model.schema.fields.len())?;
    fits::<ClassRuleId>(model.classes.len())?;

    let class_rule_fields: IdVec<ClassRuleId, Vec<FieldSlot>> =
        model.classes.iter().map(|r| fields_read(&model, r.condition.as_ref())).collect();
    let mut class_fields: Vec<FieldSlot> = class_rule_fields.iter().flatten().copied().collect();
    class_fields.sort_unstable();
    class_fields.dedup();
    let signature = super::signature::plan(&model, &class_fields);
    let slot_dependents = slot_dependents(&model);
    let rules = RuleSet {
        sources,
        disk_files: Vec::new(),
        header: model.header,
        schema: model.schema,
        texts: texts.into_iter().map(String::into_boxed_str).collect(),
        program,
        layout: Arc::new(layout),
        gate_code,
        gates,
        frameworks,
        profiles,
        scores,
        deal,
        classes,
        class_code,
        class_names,
        temperature,
        flags,
        flag_code,
        lets,
        let_code,
        order: model.order,
        examples: model.examples,
        probes: probes.into_iter().collect(),
        class_rule_fields,
        class_fields,
        class_rule_labels: IdVec::new(),
        signature,
        slot_dependents,
    }
    .with_labels();
    validate(&rules)?;
    Ok(rules)
}

/// Whether a table of `len` items can be indexed by ids `I`.
fn fits<I: Id>(len: usize) -> Result<(), TooMany> {
    I::new(len.saturating_sub(1)).map(drop)
}

/// The named truth registers: each block's conditions side by side, in block order.
fn layout(model: &Model) -> Result<RegisterLayout, TooMany> {
    let mut next = 0usize;
    let mut take = |n: usize| {
        let start = TruthRegister::new(next)?;
        next = next.saturating_add(n);
        Ok(IdRange::new(start, TruthRegister::new(next)?))
    };
    let gates = take(model.gates.len())?;
    let frameworks = model.frameworks.iter().map(|f| take(f.criteria.len())).collect::<Result<_, _>>()?;
    let profiles = model.profiles.iter().map(|p| take(p.criteria.len())).collect::<Result<_, _>>()?;
    let scores = model.scores.iter().map(|s| take(s.rules.len())).collect::<Result<_, _>>()?;
    let classes = take(model.classes.len())?;
    let temperature = take(model.temperature.as_ref().map_or(0, |t| t.rules.len()))?;
    let flags = take(model.flags.len())?;
    Ok(RegisterLayout { truths: next, numbers: 0, gates, frameworks, profiles, scores, classes, temperature, flags })
}

fn weighted(emit: &mut Emitter, conditions: &[WeightedCondition], registers: &IdRange<TruthRegister>) -> Vec<Weighted> {
    conditions
        .iter()
        .zip(registers.iter())
        .map(|(w, r)| Weighted { weight: w.weight, condition: emit.condition(&w.condition, r), span: w.span })
        .collect()
}

/// An ordered first-match block: its rules (each condition in its register, `otherwise` a
/// register that is always true), its distinct names, and the range of its steps.
fn ordered<I: Id>(
    emit: &mut Emitter,
    rules: &[RuleModel],
    registers: IdRange<TruthRegister>,
) -> (IdVec<I, Rule>, Vec<String>, CodeRange) {
    let start = emit.here();
    let mut names: IndexSet<String> = IndexSet::new();
    let compiled = rules
        .iter()
        .zip(registers.iter())
        .map(|(r, register)| Rule {
            name: emit.id(names.insert_full(r.name.clone()).0),
            condition: match &r.condition {
                Some(e) => Some(emit.condition(e, register)),
                None => {
                    emit.always(register);
                    None
                }
            },
            playbook: r.playbook.clone(),
            respond_within: r.respond_within,
            head: r.head,
            span: r.span,
        })
        .collect();
    (compiled, names.into_iter().collect(), emit.since(&start))
}

/// Every expression of the model, in block order.
fn all_expressions(model: &Model) -> impl Iterator<Item = &TExpr> {
    let gates = model.gates.iter().map(|g| &g.condition);
    let criteria = model.frameworks.iter().flat_map(|f| f.criteria.iter().map(|c| &c.condition));
    let profiles = model.profiles.iter().flat_map(|p| p.criteria.iter().map(|c| &c.condition));
    let scores = model.scores.iter().flat_map(|s| s.rules.iter().map(|r| &r.condition));
    let deal = model.deal.iter().flat_map(|d| {
        d.size.iter().chain(d.criteria.iter().flat_map(|c| c.ratings.iter().filter_map(|(_, e)| e.as_ref())))
    });
    let classes = model.classes.iter().filter_map(|r| r.condition.as_ref());
    let temperature = model.temperature.iter().flat_map(|t| t.rules.iter().filter_map(|r| r.condition.as_ref()));
    let flags = model.flags.iter().map(|f| &f.condition);
    gates.chain(criteria).chain(profiles).chain(scores).chain(deal).chain(classes).chain(temperature).chain(flags)
}

/// Every comparison of a field with a constant in `e`: the values worth trying in questions.
fn collect_probes(e: &TExpr, texts: &mut IndexSet<String>, probes: &mut [Vec<Val>]) {
    let mut pairs: Vec<(&TExpr, &TExpr)> = Vec::new();
    e.walk(&mut |sub| match &sub.kind {
        TExprKind::Binary(op, a, b) if op.is_comparison() => {
            pairs.push((a, b));
            pairs.push((b, a));
        }
        TExprKind::Between(v, lo, hi) => {
            pairs.push((v, lo));
            pairs.push((v, hi));
        }
        TExprKind::In(v, list) => pairs.extend(list.iter().map(|item| (v.as_ref(), item))),
        _ => {}
    });
    for (field, constant) in pairs {
        let TExprKind::Field(slot) = field.kind else { continue };
        probes[slot].extend(probe_values(constant, texts));
    }
    e.walk(&mut |sub| {
        if let TExprKind::Contains(a, needle) = &sub.kind
            && let TExprKind::Field(slot) = a.kind
        {
            probes[slot].push(Val::TextConst(TextId::clamped(texts.insert_full(needle.clone()).0)));
        }
    });
}

/// The values worth trying for a field a growing score line reads: every whole number of steps
/// up to the one that reaches the cap (at most 50 of them), each with the values just beside it
/// as a compared constant has, so "what if it were known?" sees every score the line can give.
fn growth_probes(model: &Model, probes: &mut [Vec<Val>]) {
    let lines = model.scores.iter().flat_map(|s| &s.rules);
    for growth in lines.filter_map(|l| if let Points::Growing(g) = l.points { Some(g) } else { None }) {
        let Some(list) = probes.get_mut(growth.field) else { continue };
        let steps = (growth.cap / growth.per_points).abs().ceil().clamp(1.0, 50.0) as u32;
        for k in 1..=steps {
            let value = f64::from(k) * growth.step;
            let beside = if value.fract() == 0.0 { 1.0 } else { value.abs().max(1.0) * 1e-6 };
            list.extend([Val::Num(value - beside), Val::Num(value), Val::Num(value + beside)]);
        }
    }
}

/// A constant a field is compared with, and the values just beside it.
/// Drops a probe that repeats the one before it (`source = web or source = web`). A number or a
/// time is a (just below, at, just above) triple, which `numeric_probes` reads three by three, so
/// a triple is kept or dropped whole: dropping single values would drop the `4` that ends the
/// triple of `visits >= 3` and begins that of `visits >= 5`, and the questions would never try 5.
fn dedup_probes(list: &mut Vec<Val>) {
    let mut kept: Vec<Val> = Vec::with_capacity(list.len());
    let mut previous = 0..0;
    let mut at = 0;
    while at < list.len() {
        let width = if matches!(list[at], Val::Num(_) | Val::Time(_)) { 3 } else { 1 };
        let unit = &list[at..(at + width).min(list.len())];
        if kept[previous.clone()] != *unit {
            previous = kept.len()..kept.len() + unit.len();
            kept.extend_from_slice(unit);
        }
        at += width;
    }
    *list = kept;
}

fn probe_values(constant: &TExpr, texts: &mut IndexSet<String>) -> Vec<Val> {
    match &constant.kind {
        TExprKind::Number(n) => {
            let step = if n.fract() == 0.0 { 1.0 } else { n.abs().max(1.0) * 1e-6 };
            vec![Val::Num(n - step), Val::Num(*n), Val::Num(n + step)]
        }
        TExprKind::Time(t) => vec![Val::Time(t - 1), Val::Time(*t), Val::Time(t + 86_400)],
        TExprKind::Text(t) => vec![Val::TextConst(TextId::clamped(texts.insert_full(t.clone()).0))],
        TExprKind::EnumValue(i) => vec![Val::Enum(*i)],
        TExprKind::Bool(b) => vec![Val::Bool(*b)],
        _ => Vec::new(),
    }
}

/// Every field slot an expression reads, following references into derived values (the schema's
/// slots fit a `FieldSlot`: checked before).
fn fields_read(model: &Model, e: Option<&TExpr>) -> Vec<FieldSlot> {
    let mut slots: IndexSet<usize> = IndexSet::new();
    let mut seen: Vec<Derived> = Vec::new();
    let mut stack: Vec<&TExpr> = e.into_iter().collect();
    while let Some(e) = stack.pop() {
        e.walk(&mut |sub| {
            if let TExprKind::Field(slot) = sub.kind {
                slots.insert(slot);
            }
            let derived = sub.kind.derived();
            if let Some(d) = derived.filter(|d| !seen.contains(d)) {
                seen.push(d);
                stack.extend(model.expressions_of(d));
            }
        });
    }
    let mut out: Vec<FieldSlot> = slots.into_iter().map(FieldSlot::clamped).collect();
    out.sort_unstable();
    out
}

/// For each field slot, the derived values that read it, directly or through other derived
/// values, in evaluation order: what must be computed again when only that field changes.
fn slot_dependents(model: &Model) -> IdVec<FieldSlot, Vec<Derived>> {
    let fields = model.schema.fields.len();
    let mut reads: Vec<(Derived, Vec<bool>)> = Vec::new();
    for &d in &model.order {
        let mut slots = vec![false; fields];
        for e in model.expressions_of(d) {
            e.walk(&mut |sub| {
                if let TExprKind::Field(slot) = sub.kind {
                    slots[slot] = true;
                } else if let Some(upstream) = sub.kind.derived()
                    && let Some((_, theirs)) = reads.iter().find(|(r, _)| *r == upstream)
                {
                    for (mine, theirs) in slots.iter_mut().zip(theirs) {
                        *mine |= *theirs;
                    }
                }
            });
        }
        reads.push((d, slots));
    }
    (0..fields).map(|slot| reads.iter().filter(|(_, s)| s[slot]).map(|(d, _)| *d).collect()).collect()
}
