//! Evaluates one lead against a `RuleSet`: gates, frameworks, profiles, scores, deal, class and
//! temperature, in that dependency order, into a `Verdict` that keeps every intermediate truth
//! so the verdict can explain itself.

use crate::check::model::Derived;
use crate::compile::program::{Rule, RuleSet};
use crate::syntax::ast::GateKind;
use crate::value::{Truth, Value};

/// Everything decided about one lead.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Verdict {
    /// For each gate, whether the lead passes it.
    pub gates: Vec<Truth>,
    /// All gates pass (Kleene "and").
    pub minimum: Truth,
    pub frameworks: Vec<FrameworkResult>,
    pub profiles: Vec<ProfileResult>,
    pub scores: Vec<ScoreResult>,
    pub deal: Option<DealResult>,
    /// The truth of each class rule's condition, up to and including the one that decided.
    pub class_rules: Vec<Truth>,
    /// Index of the class rule that decided.
    pub class_rule: usize,
    /// Like `class_rules`, for the temperature block.
    pub temperature_rules: Vec<Truth>,
    pub temperature_rule: Option<usize>,
    /// Civil seconds by which to respond: the `since` field plus the deadline.
    pub respond_by: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrameworkResult {
    pub criteria: Vec<Truth>,
    /// Criteria definitely met.
    pub met: u32,
    pub passes: Truth,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileResult {
    pub matched: Vec<Truth>,
    /// Share of the total weight definitely matched, 0..=1. Unknown criteria count as not met.
    pub fit: f64,
}

/// A profile's grade for a fit: A from 80 %, B from 60 %, C from 40 %, D from 20 %, else F.
pub fn grade(fit: f64) -> char {
    match fit {
        f if f >= 0.8 - 1e-9 => 'A',
        f if f >= 0.6 - 1e-9 => 'B',
        f if f >= 0.4 - 1e-9 => 'C',
        f if f >= 0.2 - 1e-9 => 'D',
        _ => 'F',
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScoreResult {
    /// Whether each rule's condition held; only `True` adds points.
    pub fired: Vec<Truth>,
    /// Sum of the fired rules' points, before the cap.
    pub raw: f64,
    /// The score shown: `raw` limited by the cap. `total - raw` is the cap's contribution.
    pub total: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DealResult {
    pub size: Option<f64>,
    /// For each probability criterion, the index of the rating that applied.
    pub ratings: Vec<Option<usize>>,
    /// Weighted match 0..=1; `None` when no probability criteria are defined.
    pub probability: Option<f64>,
    /// probability × size
    pub priority: Option<f64>,
}

/// Evaluates a lead. `lead` has one value per field slot of `rules.schema`.
pub fn evaluate(rules: &RuleSet, lead: &[Value]) -> Verdict {
    let mut verdict = Verdict::default();
    evaluate_into(rules, lead, &mut verdict);
    verdict
}

/// What a compiled condition may read: the lead's fields and what has been derived for it so far.
pub struct Ctx<'a> {
    pub lead: &'a [Value],
    pub verdict: &'a Verdict,
}

/// Evaluates into an existing verdict, reusing its buffers: no allocation once they have grown.
pub fn evaluate_into(rules: &RuleSet, lead: &[Value], verdict: &mut Verdict) {
    verdict.frameworks.resize_with(rules.frameworks.len(), Default::default);
    verdict.profiles.resize_with(rules.profiles.len(), Default::default);
    verdict.scores.resize_with(rules.scores.len(), Default::default);
    verdict.minimum = Truth::True;
    verdict.gates.clear();
    for &derived in &rules.order {
        derive(rules, lead, verdict, derived);
    }
    let mut truths = std::mem::take(&mut verdict.class_rules);
    verdict.class_rule = first_match(lead, verdict, &rules.classes, &mut truths);
    verdict.class_rules = truths;
    verdict.temperature_rule = None;
    verdict.respond_by = None;
    let mut truths = std::mem::take(&mut verdict.temperature_rules);
    truths.clear();
    if let Some(t) = &rules.temperature {
        let rule = first_match(lead, verdict, &t.rules, &mut truths);
        verdict.temperature_rule = Some(rule);
        let start = t.since.and_then(|slot| match lead.get(slot) {
            Some(Value::Time(s)) => Some(*s),
            _ => None,
        });
        verdict.respond_by = match (start, t.rules[rule].respond_within) {
            (Some(s), Some(within)) => Some(s.saturating_add(within as i64)),
            _ => None,
        };
    }
    verdict.temperature_rules = truths;
}

/// Computes one derived value of a lead (a framework, profile, score, the gates or the deal) from
/// the lead and the derived values before it in `RuleSet::order`.
pub(crate) fn derive(rules: &RuleSet, lead: &[Value], verdict: &mut Verdict, derived: Derived) {
    match derived {
        Derived::Minimum => {
            verdict.gates.clear();
            let mut all = Truth::True;
            for gate in &rules.gates {
                let holds = gate.condition.truth(&Ctx { lead, verdict });
                let passes = match gate.kind {
                    GateKind::Require => holds,
                    GateKind::Reject => holds.not(),
                };
                all = all.and(passes);
                verdict.gates.push(passes);
            }
            verdict.minimum = all;
        }
        Derived::Framework(i) => {
            let framework = &rules.frameworks[i];
            let mut result = std::mem::take(&mut verdict.frameworks[i]);
            result.criteria.clear();
            for c in &framework.criteria {
                result.criteria.push(c.condition.truth(&Ctx { lead, verdict }));
            }
            let met = result.criteria.iter().filter(|t| **t == Truth::True).count() as u32;
            let open = result.criteria.iter().filter(|t| **t == Truth::Unknown).count() as u32;
            result.met = met;
            result.passes = if met >= framework.needed {
                Truth::True
            } else if met + open < framework.needed {
                Truth::False
            } else {
                Truth::Unknown
            };
            verdict.frameworks[i] = result;
        }
        Derived::Profile(i) => {
            let profile = &rules.profiles[i];
            let mut result = std::mem::take(&mut verdict.profiles[i]);
            result.matched.clear();
            let mut matched_weight = 0.0;
            for c in &profile.criteria {
                let t = c.condition.truth(&Ctx { lead, verdict });
                if t.fires() {
                    matched_weight += c.weight;
                }
                result.matched.push(t);
            }
            result.fit = if profile.total_weight > 0.0 { matched_weight / profile.total_weight } else { 0.0 };
            verdict.profiles[i] = result;
        }
        Derived::Score(i) => {
            let score = &rules.scores[i];
            let mut result = std::mem::take(&mut verdict.scores[i]);
            result.fired.clear();
            let mut raw = 0.0;
            for r in &score.rules {
                let t = r.condition.truth(&Ctx { lead, verdict });
                if t.fires() {
                    raw += r.weight;
                }
                result.fired.push(t);
            }
            result.raw = raw;
            result.total = score.cap.map_or(raw, |cap| raw.min(cap));
            verdict.scores[i] = result;
        }
        Derived::Deal => {
            let Some(deal) = &rules.deal else { return };
            let mut result = verdict.deal.take().unwrap_or_default();
            result.size = deal.size.as_ref().and_then(|size| size.value(&Ctx { lead, verdict }));
            result.ratings.clear();
            let mut weighted = 0.0;
            for c in &deal.criteria {
                let chosen = c.ratings.iter().position(|(_, cond)| match cond {
                    Some(code) => code.truth(&Ctx { lead, verdict }).fires(),
                    None => true,
                });
                if let Some(k) = chosen {
                    weighted += c.importance * c.ratings[k].0;
                }
                result.ratings.push(chosen);
            }
            result.probability = (deal.total_importance > 0.0).then(|| weighted / deal.total_importance);
            result.priority = match (result.probability, result.size) {
                (Some(p), Some(s)) => Some(p * s),
                _ => None,
            };
            verdict.deal = Some(result);
        }
    }
}

/// The first rule whose condition is definitely true (`otherwise` always is), with the truth of
/// every condition tried. The checker guarantees a final `otherwise`; should a block lack one,
/// its last rule stands in so every lead still gets exactly one answer.
pub(crate) fn first_match(lead: &[Value], verdict: &Verdict, block: &[Rule], truths: &mut Vec<Truth>) -> usize {
    truths.clear();
    for (i, rule) in block.iter().enumerate() {
        let t = match &rule.condition {
            Some(condition) => condition.truth(&Ctx { lead, verdict }),
            None => Truth::True,
        };
        truths.push(t);
        if t.fires() {
            return i;
        }
    }
    block.len().saturating_sub(1)
}

/// Which end of the unknowns' range `with_bounds` takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// Every undecided point, weight and criterion counts as won.
    High,
    /// Every undecided penalty counts as incurred.
    Low,
}

/// The verdict with each score, fit and count of met criteria moved to one end of what the
/// unknown facts still allow. Scores and fit count only what is definitely true, so a threshold
/// on them can look settled while unknown facts could still cross it; evaluating a class rule
/// against both ends tells whether it could still fire.
pub fn with_bounds(rules: &RuleSet, verdict: &Verdict, bound: Bound) -> Verdict {
    let mut moved = verdict.clone();
    for (result, rules_of) in moved.scores.iter_mut().zip(&rules.scores) {
        let open: f64 = rules_of
            .rules
            .iter()
            .zip(&result.fired)
            .filter(|(_, t)| **t == Truth::Unknown)
            .map(|(r, _)| r.weight)
            .filter(|w| if bound == Bound::High { *w > 0.0 } else { *w < 0.0 })
            .sum();
        let raw = result.raw + open;
        result.total = rules_of.cap.map_or(raw, |cap| raw.min(cap));
    }
    if bound == Bound::High {
        for (profile, result) in rules.profiles.iter().zip(&mut moved.profiles) {
            let open: f64 = profile
                .criteria
                .iter()
                .zip(&result.matched)
                .filter(|(_, t)| **t == Truth::Unknown)
                .map(|(c, _)| c.weight)
                .sum();
            if profile.total_weight > 0.0 {
                result.fit += open / profile.total_weight;
            }
        }
        for result in &mut moved.frameworks {
            result.met += result.criteria.iter().filter(|t| **t == Truth::Unknown).count() as u32;
        }
    }
    moved
}
