//! The search for discovery questions of one lead: each unknown field the class rules read is
//! tried at the values that matter, and the answers that change the class are put into words;
//! then the fields that only together can give an earlier class.

use super::{Answer, Limit, Question, Reply};
use crate::compile::program::{ClassRuleId, FieldSlot, IdVec, RuleSet, Val};
use crate::eval::verdict::{Bound, Verdict, bounds_into, classify, derive, truth};
use crate::schema::FieldKind;
use crate::value::{Truth, Value};
use std::cmp::Ordering;
use std::collections::HashMap;

/// A value to try: a constant a rule compares the field with, or a value just beside it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Probe {
    pub(super) value: f64,
    constant: f64,
    side: Ordering,
    /// The first probe of the field that every test reading the field treats alike (often this
    /// one): it leads to the same class, so only it is evaluated.
    pub(super) same_as: usize,
}

/// The buffers one search for questions works in, reused from lead to lead.
#[derive(Default)]
pub(super) struct Scratch {
    /// For each field slot, the number-like values to try, in order (made once).
    probes: IdVec<FieldSlot, Vec<Probe>>,
    /// For each `one of` field slot, for each of its values, the first value every test
    /// reading the field treats alike (made once): it leads to the same class.
    choices: IdVec<FieldSlot, Vec<usize>>,
    lead: Vec<Value>,
    verdict: Verdict,
    high: Verdict,
    low: Verdict,
}

/// Every fact the class rules read is known: nothing to ask.
pub(super) fn nothing_to_ask(rules: &RuleSet, lead: &[Value]) -> bool {
    rules.class_fields.iter().all(|&slot| lead.get(slot.index()).is_none_or(Value::is_known))
}

/// A class, as the index of its name in `RuleSet::class_names` (two rules can give one class).
type ClassId = u32;

pub(super) fn search(rules: &RuleSet, lead: &[Value], verdict: &Verdict, scratch: &mut Scratch) -> Vec<Question> {
    if nothing_to_ask(rules, lead) {
        return Vec::new();
    }
    let class_of = |rule: ClassRuleId| rules.classes.get(rule).map_or(ClassId::MAX, |r| r.name.index() as ClassId);
    let name = |class: ClassId| rules.class_names.get(class as usize).map_or("unclassified", String::as_str);
    let current = class_of(verdict.class_rule);
    // The lead and its verdict, changed one field at a time: only the derived values that read
    // that field are computed again, then the class rules.
    if scratch.probes.is_empty() {
        scratch.probes = rules.probes.ids().iter().map(|slot| numeric_probes(rules, slot)).collect();
        scratch.choices = rules.probes.ids().iter().map(|slot| alike_choices(rules, slot)).collect();
    }
    let Scratch { probes, choices, lead: scratch_lead, verdict: scratch, high, low } = scratch;
    scratch_lead.clear();
    scratch_lead.extend_from_slice(lead);
    scratch.copy_from(verdict);
    let mut out = Vec::new();
    // The classes some single answer leads to.
    let mut reachable: Vec<ClassId> = Vec::new();
    for &slot in &rules.class_fields {
        if lead.get(slot.index()).is_none_or(Value::is_known) {
            continue;
        }
        let dependents = &rules.slot_dependents[slot];
        let mut class_for = |value: Value| -> ClassId {
            scratch_lead[slot.index()] = value;
            for &d in dependents {
                derive(rules, scratch_lead, scratch, d);
            }
            let class = class_of(classify(rules, scratch_lead, scratch));
            // An answer whose arithmetic overflows gives an error row, not a class.
            if scratch.fault.take().is_some() { current } else { class }
        };
        // Each answer's class first; only the answers that change it are put into words.
        let found: Vec<(Reply, ClassId)> = match &rules.schema.fields[slot.index()].kind {
            FieldKind::YesNo => [true, false]
                .into_iter()
                .map(|b| (b, class_for(Value::Bool(b))))
                .filter(|(_, class)| *class != current)
                .map(|(b, class)| (Reply::YesNo(b), class))
                .collect(),
            FieldKind::OneOf(values) => {
                let mut classes: Vec<ClassId> = Vec::with_capacity(values.len());
                for (i, &alike) in choices[slot].iter().enumerate() {
                    let class = match classes.get(alike) {
                        Some(class) if alike < i => *class,
                        _ => class_for(Value::Enum(i as u32)),
                    };
                    classes.push(class);
                }
                values
                    .iter()
                    .zip(classes)
                    .filter(|(_, class)| *class != current)
                    .map(|(v, class)| (Reply::Choice(v.name.clone()), class))
                    .collect()
            }
            FieldKind::Text => {
                let texts = text_probes(rules, slot);
                let mut tried: Vec<(Reply, ClassId)> =
                    texts.iter().map(|t| (Reply::Text((*t).into()), class_for(Value::Text((*t).into())))).collect();
                tried.push((Reply::Known, class_for(Value::Text("\u{1}".into()))));
                tried.into_iter().filter(|(_, class)| *class != current).collect()
            }
            kind => numeric_answers(&probes[slot], kind, current, &mut class_for),
        };
        // Back to the lead as it is, for the next field.
        scratch_lead[slot.index()] = Value::Unknown;
        for &d in dependents {
            derive(rules, scratch_lead, scratch, d);
        }
        scratch.fault = None;
        if !found.is_empty() {
            reachable.extend(found.iter().map(|(_, class)| *class));
            let answers = found.into_iter().map(|(condition, class)| Answer { condition, class: name(class).into() });
            out.push(Question::Single { slot, answers: merge_same_class(answers.collect()) });
        }
    }
    // Rules no single answer moves: still undecided, or settled only because scores and fit
    // count what is known. Each could fire once the unknown facts it reads are known.
    let mut bounded = false;
    for (rule, truth_now) in rules.classes.ids().iter().zip(verdict.class_rules()) {
        let class = class_of(rule);
        if class == current || reachable.contains(&class) {
            continue;
        }
        let slots: Vec<FieldSlot> =
            rules.class_rule_fields[rule].iter().copied().filter(|&s| !lead[s.index()].is_known()).collect();
        if slots.is_empty() {
            continue;
        }
        let could_fire = *truth_now == Truth::Unknown
            || rules.classes[rule].condition.as_ref().is_some_and(|condition| {
                if !bounded {
                    bounds_into(rules, verdict, Bound::High, high);
                    bounds_into(rules, verdict, Bound::Low, low);
                    bounded = true;
                }
                [&mut *high, &mut *low].into_iter().any(|bounded| truth(rules, condition, lead, bounded).fires())
            });
        if !could_fire {
            continue;
        }
        let kinds: Vec<Vec<Value>> = slots.iter().map(|&s| kinds_of(rules, s, &probes[s], &choices[s])).collect();
        let mut search = Together { rules, lead: scratch_lead, verdict: scratch, tries: TOGETHER_TRIES };
        if let Some(named) = search.fewest(&slots, &kinds, |rule| class_of(rule) == class) {
            reachable.push(class);
            out.push(Question::Together { slots: named, class: name(class).to_string() });
        }
    }
    out
}

/// How many evaluations the search for one "together" question may take at most; past that it
/// asks nothing rather than something it has not shown to be possible.
const TOGETHER_TRIES: usize = 4_096;

/// The search for fields that only together can give a class, over a copy of the lead and its
/// verdict (left as they were found).
struct Together<'a> {
    rules: &'a RuleSet,
    lead: &'a mut Vec<Value>,
    verdict: &'a mut Verdict,
    tries: usize,
}

impl Together<'_> {
    /// The fewest of `slots`, at least two, that some values (one of each field's `kinds`)
    /// make the lead's class rule one that `wanted` accepts: so every field named matters,
    /// since no smaller set does it. `None` when no set does, or when the search is too long.
    fn fewest(
        &mut self,
        slots: &[FieldSlot],
        kinds: &[Vec<Value>],
        wanted: impl Fn(ClassRuleId) -> bool,
    ) -> Option<Vec<FieldSlot>> {
        let n = slots.len();
        if !(2..=12).contains(&n) {
            return None;
        }
        for size in 2..=n {
            for mask in (0u32..1 << n).filter(|m| m.count_ones() as usize == size) {
                let chosen: Vec<usize> = (0..n).filter(|i| mask >> i & 1 == 1).collect();
                let found = self.any_gives(slots, kinds, &chosen, &wanted);
                for &i in &chosen {
                    self.set(slots[i], Value::Unknown);
                }
                self.verdict.fault = None;
                match found {
                    Some(true) => return Some(chosen.iter().map(|&i| slots[i]).collect()),
                    Some(false) => {}
                    None => return None,
                }
            }
        }
        None
    }

    /// Whether some combination of values of the `chosen` fields gives a wanted class rule;
    /// `None` when the tries ran out first.
    fn any_gives(
        &mut self,
        slots: &[FieldSlot],
        kinds: &[Vec<Value>],
        chosen: &[usize],
        wanted: &impl Fn(ClassRuleId) -> bool,
    ) -> Option<bool> {
        if chosen.iter().any(|&i| kinds[i].is_empty()) {
            return Some(false);
        }
        let mut at = vec![0usize; chosen.len()];
        loop {
            if self.tries == 0 {
                return None;
            }
            self.tries -= 1;
            for (k, &i) in chosen.iter().enumerate() {
                self.lead[slots[i].index()] = kinds[i][at[k]].clone();
            }
            for &i in chosen {
                self.derive(slots[i]);
            }
            let rule = classify(self.rules, self.lead, self.verdict);
            if self.verdict.fault.take().is_none() && wanted(rule) {
                return Some(true);
            }
            // The next combination, the last field's value changing fastest.
            let mut k = chosen.len();
            loop {
                if k == 0 {
                    return Some(false);
                }
                k -= 1;
                at[k] += 1;
                if at[k] < kinds[chosen[k]].len() {
                    break;
                }
                at[k] = 0;
            }
        }
    }

    fn set(&mut self, slot: FieldSlot, value: Value) {
        self.lead[slot.index()] = value;
        self.derive(slot);
    }

    /// Computes again the derived values that read `slot`.
    fn derive(&mut self, slot: FieldSlot) {
        for &d in &self.rules.slot_dependents[slot] {
            derive(self.rules, self.lead, self.verdict, d);
        }
    }
}

/// One value of each kind the rules tell apart for field `slot`: a search over several fields
/// at once tries only these (see `numeric_probes` and `alike_choices`).
fn kinds_of(rules: &RuleSet, slot: FieldSlot, probes: &[Probe], choices: &[usize]) -> Vec<Value> {
    let kind = &rules.schema.fields[slot.index()].kind;
    match kind {
        FieldKind::YesNo => vec![Value::Bool(true), Value::Bool(false)],
        FieldKind::OneOf(_) => {
            choices.iter().enumerate().filter(|(i, alike)| i == *alike).map(|(i, _)| Value::Enum(i as u32)).collect()
        }
        FieldKind::Text => {
            let mut texts: Vec<Value> = text_probes(rules, slot).into_iter().map(|t| Value::Text(t.into())).collect();
            texts.push(Value::Text("\u{1}".into()));
            texts
        }
        _ => {
            let is_time = matches!(kind, FieldKind::Date(_) | FieldKind::DateTime(_));
            probes
                .iter()
                .enumerate()
                .filter(|(i, p)| p.same_as == *i)
                .map(|(_, p)| if is_time { Value::Time(p.value as i64) } else { Value::Number(p.value) })
                .collect()
        }
    }
}

/// The texts the rules compare text field `slot` with.
fn text_probes(rules: &RuleSet, slot: FieldSlot) -> Vec<&str> {
    let mut texts: Vec<&str> = rules.probes[slot]
        .iter()
        .filter_map(|p| if let Val::TextConst(i) = p { Some(&*rules.texts[*i]) } else { None })
        .collect();
    texts.dedup();
    texts
}

/// The values to try for a number-like field: each constant the rules compare it with and the
/// values just beside it, in order, without repeats.
pub(super) fn numeric_probes(rules: &RuleSet, slot: FieldSlot) -> Vec<Probe> {
    let mut probes: Vec<Probe> = Vec::new();
    let constants: Vec<f64> = rules.probes[slot]
        .iter()
        .filter_map(|p| match p {
            Val::Num(n) => Some(*n),
            Val::Time(t) => Some(*t as f64),
            _ => None,
        })
        .collect();
    // The lowering stores each constant as a (just below, at, just above) triple.
    for triple in constants.chunks(3) {
        if let [below, at, above] = *triple {
            probes.push(Probe { value: below, constant: at, side: Ordering::Less, same_as: 0 });
            probes.push(Probe { value: at, constant: at, side: Ordering::Equal, same_as: 0 });
            probes.push(Probe { value: above, constant: at, side: Ordering::Greater, same_as: 0 });
        }
    }
    if probes.is_empty() {
        probes.push(Probe { value: 0.0, constant: 0.0, side: Ordering::Equal, same_as: 0 });
    }
    probes.sort_by(|a, b| a.value.partial_cmp(&b.value).unwrap_or(Ordering::Equal));
    probes.dedup_by(|a, b| a.value == b.value);
    // Probes on the same side of every test's bounds lead to the same class, when tests are
    // all that read the field.
    let is_time = matches!(rules.schema.fields[slot.index()].kind, FieldKind::Date(_) | FieldKind::DateTime(_));
    let tests: Vec<_> = rules.program.ranges.iter().filter(|t| t.slot == slot).collect();
    // Which tests a value passes, as bits: one pass per probe, and a map from each set of bits
    // to the first probe that has it (linear in probes × tests, whatever their number).
    let sides = |v: f64| -> Vec<u64> {
        let x = if is_time { v as i64 as f64 } else { v };
        let mut bits = vec![0u64; tests.len().div_ceil(64)];
        for (i, t) in tests.iter().enumerate() {
            bits[i / 64] |= u64::from((t.lo <= x) & (x <= t.hi)) << (i % 64);
        }
        bits
    };
    if rules.number_read_only_by_tests(slot) {
        let mut first_with: HashMap<Vec<u64>, usize> = HashMap::with_capacity(probes.len());
        for (i, probe) in probes.iter_mut().enumerate() {
            probe.same_as = *first_with.entry(sides(probe.value)).or_insert(i);
        }
    } else {
        for (i, probe) in probes.iter_mut().enumerate() {
            probe.same_as = i;
        }
    }
    probes
}

/// For each value of a `one of` field, the first value in every test's set exactly when it is
/// (each value itself when something other than tests reads the field).
pub(super) fn alike_choices(rules: &RuleSet, slot: FieldSlot) -> Vec<usize> {
    let FieldKind::OneOf(values) = &rules.schema.fields[slot.index()].kind else { return Vec::new() };
    let masks: Vec<u64> = rules.program.sets.iter().filter(|t| t.slot == slot).map(|t| t.mask).collect();
    let sets_holding = |v: usize| -> Vec<bool> { masks.iter().map(|m| v < 64 && m >> v & 1 == 1).collect() };
    let shared = rules.choice_read_only_by_tests(slot);
    (0..values.len())
        .map(|i| match shared {
            true => (0..i).find(|&j| sets_holding(j) == sets_holding(i)).unwrap_or(i),
            false => i,
        })
        .collect()
}

/// Tries a number-like field at each threshold the rules use and just beside it, and describes
/// the ranges of values that lead to a class other than `current`.
fn numeric_answers(
    probes: &[Probe],
    kind: &FieldKind,
    current: ClassId,
    class_for: &mut impl FnMut(Value) -> ClassId,
) -> Vec<(Reply, ClassId)> {
    let is_time = matches!(kind, FieldKind::Date(_) | FieldKind::DateTime(_));
    let to_value = |v: f64| if is_time { Value::Time(v as i64) } else { Value::Number(v) };
    let mut results: Vec<ClassId> = Vec::with_capacity(probes.len());
    for (i, probe) in probes.iter().enumerate() {
        let class = match results.get(probe.same_as) {
            Some(class) if probe.same_as < i => *class,
            _ => class_for(to_value(probe.value)),
        };
        results.push(class);
    }
    let mut answers = Vec::new();
    let mut start = 0;
    while start < probes.len() {
        let mut end = start;
        while end + 1 < probes.len() && results[end + 1] == results[start] {
            end += 1;
        }
        if results[start] == current {
            start = end + 1;
            continue;
        }
        let low = (start > 0).then(|| lower_bound(probes[start], probes[start - 1]));
        let high = (end + 1 < probes.len()).then(|| upper_bound(probes[end], probes[end + 1]));
        answers.push((Reply::Range(low, high), results[start]));
        start = end + 1;
    }
    answers
}

/// The lower end of a range that starts at `first`, whose neighbour below is `previous`.
fn lower_bound(first: Probe, previous: Probe) -> Limit {
    match first.side {
        Ordering::Equal => Limit::AtLeast(first.constant),
        Ordering::Greater => Limit::Above(first.constant),
        Ordering::Less => Limit::Above(previous.value),
    }
}

/// The upper end of a range that ends at `last`, whose neighbour above is `next`.
fn upper_bound(last: Probe, next: Probe) -> Limit {
    match last.side {
        Ordering::Equal => Limit::AtMost(last.constant),
        Ordering::Less => Limit::Below(last.constant),
        Ordering::Greater => Limit::Below(next.value),
    }
}

/// Several answers leading to the same class are kept apart unless they are identical.
fn merge_same_class(mut answers: Vec<Answer>) -> Vec<Answer> {
    answers.dedup();
    answers
}
