//! Lowering: typed expressions to closures (`closures`), blocks to their compiled form, and the
//! look-up tables `explain` and discovery questions need (probe values, fields per rule).

use super::closures;
use super::program::*;
use crate::check::model::*;
use crate::span::SourceMap;
use indexmap::IndexSet;

/// Compiles a checked model. The model is well-typed (the checker said so), so this cannot fail.
pub fn compile(model: Model, sources: SourceMap) -> RuleSet {
    let mut lowering = Lowering { texts: IndexSet::new(), probes: vec![Vec::new(); model.schema.fields.len()] };
    let gates = model
        .gates
        .iter()
        .map(|g| Gate { kind: g.kind, condition: lowering.expr(&g.condition), reason: g.reason.clone(), span: g.span })
        .collect();
    let frameworks = model
        .frameworks
        .iter()
        .map(|f| Framework {
            name: f.name.clone(),
            needed: f.needed,
            criteria: f
                .criteria
                .iter()
                .map(|c| Criterion { name: c.name.clone(), condition: lowering.expr(&c.condition), span: c.span })
                .collect(),
            span: f.span,
        })
        .collect();
    let profiles = model
        .profiles
        .iter()
        .map(|p| Profile {
            name: p.name.clone(),
            criteria: p.criteria.iter().map(|c| lowering.weighted(c)).collect(),
            total_weight: p.criteria.iter().map(|c| c.weight).sum(),
            span: p.span,
        })
        .collect();
    let scores = model
        .scores
        .iter()
        .map(|s| Score {
            name: s.name.clone(),
            cap: s.cap,
            rules: s.rules.iter().map(|r| lowering.weighted(r)).collect(),
            span: s.span,
        })
        .collect();
    let deal = model.deal.as_ref().map(|d| Deal {
        size: d.size.as_ref().map(|e| lowering.number(e)),
        criteria: d
            .criteria
            .iter()
            .map(|c| ProbabilityCriterion {
                name: c.name.clone(),
                importance: c.importance,
                ratings: c.ratings.iter().map(|(p, cond)| (*p, cond.as_ref().map(|e| lowering.expr(e)))).collect(),
                span: c.span,
            })
            .collect(),
        total_importance: d.criteria.iter().map(|c| c.importance).sum(),
    });
    let (classes, class_names) = lowering.ordered(&model.classes);
    let temperature = model.temperature.as_ref().map(|t| {
        let (rules, names) = lowering.ordered(&t.rules);
        Temperature { since: t.since, rules, names }
    });
    let class_rule_fields: Vec<Vec<usize>> =
        model.classes.iter().map(|r| fields_read(&model, r.condition.as_ref())).collect();
    let mut class_fields: Vec<usize> = class_rule_fields.iter().flatten().copied().collect();
    class_fields.sort_unstable();
    class_fields.dedup();
    let signature = super::signature::plan(&model, &class_fields);
    let slot_dependents = slot_dependents(&model);
    let mut probes = lowering.probes;
    for list in &mut probes {
        list.dedup();
    }
    RuleSet {
        sources,
        header: model.header,
        schema: model.schema,
        texts: lowering.texts.into_iter().map(String::into_boxed_str).collect(),
        gates,
        frameworks,
        profiles,
        scores,
        deal,
        classes,
        class_names,
        temperature,
        order: model.order,
        examples: model.examples,
        probes,
        class_rule_fields,
        class_fields,
        class_rule_labels: Vec::new(),
        signature,
        slot_dependents,
    }
    .with_labels()
}

struct Lowering {
    texts: IndexSet<String>,
    probes: Vec<Vec<Val>>,
}

impl Lowering {
    /// Compiles a condition, noting the constants its fields are compared with.
    fn expr(&mut self, e: &TExpr) -> Condition {
        self.collect_probes(e);
        closures::condition(e)
    }

    fn number(&mut self, e: &TExpr) -> Number {
        self.collect_probes(e);
        closures::number(e)
    }

    fn weighted(&mut self, w: &WeightedCondition) -> Weighted {
        Weighted { weight: w.weight, condition: self.expr(&w.condition), span: w.span }
    }

    fn ordered(&mut self, rules: &[RuleModel]) -> (Vec<Rule>, Vec<String>) {
        let mut names: IndexSet<String> = IndexSet::new();
        let compiled = rules
            .iter()
            .map(|r| Rule {
                name: names.insert_full(r.name.clone()).0 as u32,
                condition: r.condition.as_ref().map(|e| self.expr(e)),
                playbook: r.playbook.clone(),
                respond_within: r.respond_within,
                head: r.head,
                span: r.span,
            })
            .collect();
        (compiled, names.into_iter().collect())
    }

    fn text(&mut self, text: &str) -> u32 {
        self.texts.insert_full(text.to_string()).0 as u32
    }

    /// Every comparison of a field with a constant in `e`.
    fn collect_probes(&mut self, e: &TExpr) {
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
            self.probe(field, constant);
        }
        e.walk(&mut |sub| {
            if let TExprKind::Contains(a, needle) = &sub.kind
                && let TExprKind::Field(slot) = a.kind
            {
                let probe = Val::TextConst(self.texts.insert_full(needle.clone()).0 as u32);
                self.probes[slot].push(probe);
            }
        });
    }

    /// Remembers a constant a field is compared with, and the values just beside it.
    fn probe(&mut self, field: &TExpr, constant: &TExpr) {
        let TExprKind::Field(slot) = field.kind else { return };
        let values: Vec<Val> = match &constant.kind {
            TExprKind::Number(n) => {
                let step = if n.fract() == 0.0 { 1.0 } else { n.abs().max(1.0) * 1e-6 };
                vec![Val::Num(n - step), Val::Num(*n), Val::Num(n + step)]
            }
            TExprKind::Time(t) => vec![Val::Time(t - 1), Val::Time(*t), Val::Time(t + 86_400)],
            TExprKind::Text(t) => vec![Val::TextConst(self.text(t))],
            TExprKind::EnumValue(i) => vec![Val::Enum(*i)],
            TExprKind::Bool(b) => vec![Val::Bool(*b)],
            _ => return,
        };
        self.probes[slot].extend(values);
    }
}

/// Every field slot an expression reads, following references into derived values.
fn fields_read(model: &Model, e: Option<&TExpr>) -> Vec<usize> {
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
    let mut out: Vec<usize> = slots.into_iter().collect();
    out.sort_unstable();
    out
}

/// For each field slot, the derived values that read it, directly or through other derived
/// values, in evaluation order: what must be computed again when only that field changes.
fn slot_dependents(model: &Model) -> Vec<Vec<Derived>> {
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
