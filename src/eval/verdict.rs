//! Evaluates one lead against a `RuleSet`: gates, frameworks, profiles, scores, deal, class and
//! temperature, in that dependency order, into a `Verdict` that keeps the truth of every
//! condition (a flat table laid out by `compile::program::RegisterLayout`) so it can explain itself.

pub use super::fault::Fault;
use super::machine::{self, run, run_steps, run_tests};
use crate::compile::program::Derived;
use crate::compile::program::{
    ClassRuleId, Id, IdRange, IdVec, NumberRegister, RegisterLayout, RuleSet, ScoreId, TemperatureRuleId, TruthRegister,
};
use crate::value::{Truth, Value};
use std::sync::Arc;

/// Everything decided about one lead.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Verdict {
    /// The truth of every condition of the rules, and the temporaries of the steps, in the
    /// places `layout` gives; read them through `gates`, `criteria`, `matched`, `fired`,
    /// `class_rules` and `temperature_rules`.
    pub(crate) truths: IdVec<TruthRegister, Truth>,
    /// The results of calculations inside conditions (`NaN` when unknown).
    pub(crate) numbers: Numbers,
    layout: Arc<RegisterLayout>,
    /// All gates pass (Kleene "and").
    pub minimum: Truth,
    /// Each framework's result, in the order of `RuleSet::frameworks`.
    pub frameworks: Vec<FrameworkResult>,
    /// Each profile's fit, in the order of `RuleSet::profiles`.
    pub profiles: Vec<ProfileResult>,
    /// Each score block's points, in the order of `RuleSet::scores`.
    pub scores: Vec<ScoreResult>,
    /// The deal's size, probability and priority, when the rules have a `deal` block.
    pub deal: Option<DealResult>,
    /// The class rule that decided (`RuleSet::class_name` gives its class).
    pub class_rule: ClassRuleId,
    /// The temperature rule that decided, in `Temperature::rules`; `None` without a temperature
    /// block, or for a disqualified lead unless the block says `for all leads`.
    pub temperature_rule: Option<TemperatureRuleId>,
    /// Civil seconds by which to respond: the `since` field plus the deadline.
    pub respond_by: Option<i64>,
    /// The first calculation that did not give a finite number: then the verdict is not one,
    /// and the lead gets an error row (`fault::problem` words it).
    pub fault: Option<Fault>,
}

impl Verdict {
    /// Makes this verdict a copy of `other`, reusing its buffers.
    pub(crate) fn copy_from(&mut self, other: &Verdict) {
        self.truths.clone_from(&other.truths);
        self.numbers.clone_from(&other.numbers);
        self.layout.clone_from(&other.layout);
        self.minimum = other.minimum;
        self.frameworks.clone_from(&other.frameworks);
        self.profiles.clone_from(&other.profiles);
        self.scores.clone_from(&other.scores);
        match (&mut self.deal, &other.deal) {
            (Some(mine), Some(theirs)) => {
                mine.ratings.clone_from(&theirs.ratings);
                (mine.size, mine.probability, mine.priority) = (theirs.size, theirs.probability, theirs.priority);
            }
            (mine, theirs) => mine.clone_from(theirs),
        }
        self.class_rule = other.class_rule;
        self.temperature_rule = other.temperature_rule;
        self.respond_by = other.respond_by;
        self.fault = other.fault;
    }

    /// Whether the lead definitely fails a gate of `minimum`: the language's "disqualified"
    /// (the gates say which clients can certainly never be ours), whatever class line caught
    /// it. A disqualified lead gets no temperature and no respond-by time.
    pub fn disqualified(&self) -> bool {
        self.minimum == Truth::False
    }

    fn slice(&self, range: Option<&IdRange<TruthRegister>>) -> &[Truth] {
        range.and_then(|r| self.truths.get_slice(r)).unwrap_or_default()
    }

    /// Whether the lead passes each gate.
    pub fn gates(&self) -> &[Truth] {
        self.slice(Some(&self.layout.gates))
    }

    /// The truth of each criterion of framework `i`.
    pub fn criteria(&self, i: usize) -> &[Truth] {
        self.slice(self.layout.frameworks.get(i))
    }

    /// Whether each criterion of profile `i` matched.
    pub fn matched(&self, i: usize) -> &[Truth] {
        self.slice(self.layout.profiles.get(i))
    }

    /// Whether each rule of score block `i` held; only `True` adds points.
    pub fn fired(&self, i: usize) -> &[Truth] {
        self.slice(self.layout.scores.get(i))
    }

    /// The truth of each class rule's condition, up to and including the one that decided.
    pub fn class_rules(&self) -> &[Truth] {
        let all = self.slice(Some(&self.layout.classes));
        all.get(..=self.class_rule.index()).unwrap_or(all)
    }

    /// Whether each `flag` line's condition holds (`RuleSet::flags`); only `True` raises it.
    pub fn flags(&self) -> &[Truth] {
        self.slice(Some(&self.layout.flags))
    }

    /// The texts of the flags raised for the lead, in the order written.
    pub fn raised_flags<'r>(&'r self, rules: &'r crate::compile::RuleSet) -> impl Iterator<Item = &'r str> + 'r {
        rules.flags.iter().zip(self.flags()).filter(|(_, t)| t.fires()).map(|(f, _)| f.text.as_str())
    }

    /// Like `class_rules`, for the temperature block (empty without one).
    pub fn temperature_rules(&self) -> &[Truth] {
        let all = self.slice(Some(&self.layout.temperature));
        self.temperature_rule.and_then(|r| all.get(..=r.index())).unwrap_or_default()
    }
}

/// The number registers of a verdict. `NaN` is an unknown number, so here two unknowns are
/// equal (as `f64`, `NaN != NaN` would make a verdict unequal to its own copy).
#[derive(Clone, Debug, Default)]
pub(crate) struct Numbers(pub(crate) IdVec<NumberRegister, f64>);

impl PartialEq for Numbers {
    fn eq(&self, other: &Numbers) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| a == b || (a.is_nan() && b.is_nan()))
    }
}

/// How a lead fares on one framework (BANT, MEDDIC…).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrameworkResult {
    /// Criteria definitely met.
    pub met: u32,
    /// Whether enough criteria are met (`pass N of M`): unknown while unknown criteria could
    /// still decide it.
    pub passes: Truth,
}

/// How well a lead fits one ideal customer profile.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileResult {
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

/// The points a lead gets from one score block.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScoreResult {
    /// Sum of the fired rules' points, before the cap.
    pub raw: f64,
    /// The score shown: `raw` limited by the cap. `total - raw` is the cap's contribution.
    pub total: f64,
}

/// What the `deal` block makes of a lead: the deal's expected size, the chance of winning it and
/// its priority.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DealResult {
    /// The deal's expected size (money); `None` when the rules give none or it is unknown.
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

/// Evaluates into an existing verdict, reusing its buffers: no allocation once they have grown.
pub fn evaluate_into(rules: &RuleSet, lead: &[Value], verdict: &mut Verdict) {
    prepared(rules, verdict);
    verdict.fault = None;
    // The tests of one field, of every block at once; then each block's steps in order.
    run_tests(rules, &rules.program.everything(), lead, &mut verdict.truths);
    for &derived in &rules.order {
        settle(rules, lead, verdict, derived);
    }
    pick_class(rules, lead, verdict);
    verdict.temperature_rule = None;
    verdict.respond_by = None;
    // A disqualified lead is not to be answered at all: no temperature, no deadline (unless
    // the block says `for all leads`).
    if let Some(t) = rules.temperature.as_ref().filter(|t| t.all_leads || !verdict.disqualified()) {
        run_steps(rules, &t.code, lead, verdict);
        let rule = first_true(&verdict.truths, &rules.layout.temperature);
        verdict.temperature_rule = Some(rule);
        let start = t.since.and_then(|slot| match lead.get(slot.index()) {
            Some(Value::Time(s)) => Some(*s),
            _ => None,
        });
        verdict.respond_by = match (start, t.rules.get(rule).and_then(|r| r.respond_within)) {
            (Some(s), Some(within)) => Some(s.saturating_add(within as i64)),
            _ => None,
        };
    }
    // Flags never change the class: they are decided last, for every lead.
    run_steps(rules, &rules.flag_code, lead, verdict);
}

/// Makes sure the verdict is sized for `rules`: the evaluator indexes its registers directly.
#[inline]
fn prepared(rules: &RuleSet, verdict: &mut Verdict) {
    if !Arc::ptr_eq(&verdict.layout, &rules.layout) {
        prepare(rules, verdict);
    }
}

/// Sizes a verdict's registers and results for `rules` (once per verdict and rule set).
fn prepare(rules: &RuleSet, verdict: &mut Verdict) {
    let layout = &rules.layout;
    verdict.truths = IdVec::filled(Truth::Unknown, layout.truths);
    verdict.numbers = Numbers(IdVec::filled(f64::NAN, layout.numbers));
    verdict.frameworks = vec![FrameworkResult::default(); rules.frameworks.len()];
    verdict.profiles = vec![ProfileResult::default(); rules.profiles.len()];
    verdict.scores = vec![ScoreResult::default(); rules.scores.len()];
    verdict.deal = None;
    verdict.minimum = Truth::True;
    verdict.layout = Arc::clone(layout);
}

/// Computes one derived value of a lead (a framework, profile, score, the gates or the deal) from
/// the lead and the derived values before it in `RuleSet::order`.
pub(crate) fn derive(rules: &RuleSet, lead: &[Value], verdict: &mut Verdict, derived: Derived) {
    prepared(rules, verdict);
    if let Some(code) = rules.code_of(derived) {
        run_tests(rules, code, lead, &mut verdict.truths);
    }
    settle(rules, lead, verdict, derived);
}

/// `derive` once the block's tests have run: its steps, then its result.
fn settle(rules: &RuleSet, lead: &[Value], verdict: &mut Verdict, derived: Derived) {
    match derived {
        Derived::Minimum => {
            run_steps(rules, &rules.gate_code, lead, verdict);
            verdict.minimum = verdict.gates().iter().fold(Truth::True, |all, t| all.and(*t));
        }
        Derived::Framework(i) => {
            let framework = &rules.frameworks[i];
            run_steps(rules, &framework.code, lead, verdict);
            let (mut met, mut open) = (0, 0);
            for t in verdict.criteria(i) {
                // True is 2, Unknown 1, False 0.
                met += u32::from(*t as u8 >> 1);
                open += u32::from(*t as u8 & 1);
            }
            let passes = if met >= framework.needed {
                Truth::True
            } else if met + open < framework.needed {
                Truth::False
            } else {
                Truth::Unknown
            };
            verdict.frameworks[i] = FrameworkResult { met, passes };
        }
        Derived::Profile(i) => {
            let profile = &rules.profiles[i];
            run_steps(rules, &profile.code, lead, verdict);
            let matched: f64 = profile.criteria.iter().zip(verdict.matched(i)).map(|(c, t)| c.weight * fired(*t)).sum();
            let fit = if profile.total_weight > 0.0 { matched / profile.total_weight } else { 0.0 };
            verdict.profiles[i] = ProfileResult { fit };
        }
        Derived::Score(i) => {
            let score = &rules.scores[i];
            run_steps(rules, &score.code, lead, verdict);
            let raw: f64 = score.rules.iter().zip(verdict.fired(i)).map(|(r, t)| r.points_for(lead) * fired(*t)).sum();
            if !raw.is_finite() {
                verdict.fault.get_or_insert(Fault::Score(ScoreId::clamped(i)));
            }
            verdict.scores[i] = ScoreResult { raw, total: score.cap.map_or(raw, |cap| raw.min(cap)) };
        }
        Derived::Deal => {
            let Some(deal) = &rules.deal else { return };
            run_steps(rules, &deal.code, lead, verdict);
            let size = deal.size.map(|size| machine::number(size, lead, verdict)).filter(|n| !n.is_nan());
            let truths = &verdict.truths;
            let result = verdict.deal.get_or_insert_with(Default::default);
            result.size = size;
            result.ratings.clear();
            let mut weighted = 0.0;
            for c in &deal.criteria {
                // The first rating that applies, found without branching on the lead's facts.
                let mut chosen = None;
                for (k, (_, condition)) in c.ratings.iter().enumerate().rev() {
                    let applies = condition.as_ref().is_none_or(|condition| truths[condition.register].fires());
                    chosen = if applies { Some(k) } else { chosen };
                }
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
            if let (Some(probability), Some(size), Some(false)) =
                (result.probability, result.size, result.priority.map(f64::is_finite))
            {
                verdict.fault.get_or_insert(Fault::Priority { probability, size });
            }
        }
    }
}

/// Runs the class rules and sets `verdict.class_rule` to the first whose condition is
/// definitely true (`otherwise` always is); returns it.
pub(crate) fn classify(rules: &RuleSet, lead: &[Value], verdict: &mut Verdict) -> ClassRuleId {
    prepared(rules, verdict);
    run_tests(rules, &rules.class_code, lead, &mut verdict.truths);
    pick_class(rules, lead, verdict)
}

/// `classify` once the class rules' tests have run.
fn pick_class(rules: &RuleSet, lead: &[Value], verdict: &mut Verdict) -> ClassRuleId {
    run_steps(rules, &rules.class_code, lead, verdict);
    verdict.class_rule = first_true(&verdict.truths, &rules.layout.classes);
    verdict.class_rule
}

/// The truth of one compiled condition for a lead and what has been derived for it so far.
pub(crate) fn truth(
    rules: &RuleSet,
    condition: &crate::compile::program::Condition,
    lead: &[Value],
    verdict: &mut Verdict,
) -> Truth {
    prepared(rules, verdict);
    run(rules, &condition.code, lead, verdict);
    verdict.truths[condition.register]
}

/// 1 when a rule fired, else 0: to add up points without branching on the lead's facts.
#[inline]
fn fired(t: Truth) -> f64 {
    // True is 2, Unknown 1, False 0: the high bit is "fired".
    f64::from(t as u8 >> 1)
}

/// The index of the first definitely true register of a block. The checker guarantees a final
/// `otherwise`; should a block lack one, its last rule stands in so every lead still gets
/// exactly one answer.
fn first_true<I: Id>(truths: &IdVec<TruthRegister, Truth>, block: &IdRange<TruthRegister>) -> I {
    let rules = truths.slice(block);
    I::clamped(rules.iter().position(|t| t.fires()).unwrap_or(rules.len().saturating_sub(1)))
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
    let mut moved = Verdict::default();
    bounds_into(rules, verdict, bound, &mut moved);
    moved
}

/// `with_bounds` into an existing verdict, reusing its buffers.
pub(crate) fn bounds_into(rules: &RuleSet, verdict: &Verdict, bound: Bound, moved: &mut Verdict) {
    moved.copy_from(verdict);
    for (i, (result, rules_of)) in moved.scores.iter_mut().zip(&rules.scores).enumerate() {
        let open: f64 = rules_of
            .rules
            .iter()
            .zip(verdict.fired(i))
            .filter(|(_, t)| **t == Truth::Unknown)
            .map(|(r, _)| r.points.extreme())
            .filter(|w| if bound == Bound::High { *w > 0.0 } else { *w < 0.0 })
            .sum();
        let raw = result.raw + open;
        result.total = rules_of.cap.map_or(raw, |cap| raw.min(cap));
    }
    if bound == Bound::High {
        for (i, (profile, result)) in rules.profiles.iter().zip(&mut moved.profiles).enumerate() {
            let open: f64 = profile
                .criteria
                .iter()
                .zip(verdict.matched(i))
                .filter(|(_, t)| **t == Truth::Unknown)
                .map(|(c, _)| c.weight)
                .sum();
            if profile.total_weight > 0.0 {
                result.fit += open / profile.total_weight;
            }
        }
        for (i, result) in moved.frameworks.iter_mut().enumerate() {
            result.met += verdict.criteria(i).iter().filter(|t| **t == Truth::Unknown).count() as u32;
        }
    }
}
