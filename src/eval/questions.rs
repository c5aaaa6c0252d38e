//! Discovery questions: which unknown facts about a lead would change its class.
//!
//! The method is a counterfactual: for each unknown field the class rules read, try the values
//! that matter (the constants the rules compare it with, and the values just beside them; each
//! `one of` value; yes and no), evaluate the lead again, and report the answers that change the
//! class. Because Kleene logic is monotone, a rule that is definitely true or false stays so
//! whatever the unknowns turn out to be; only undecided rules and point totals can move. When
//! no single answer changes the class but an earlier rule could still fire, the fewest of the
//! unknown fields it reads that, known together, give its class are reported together: every
//! question asked is one some answer makes true, and every field it names matters.

use super::verdict::{Bound, Verdict, bounds_into, classify, derive, truth};
use crate::compile::program::{RuleSet, Val};
use crate::fast_hash::{FastMap, FastSet};
use crate::schema::FieldKind;
use crate::value::{Truth, Value};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

/// Something a salesperson could find out about a lead.
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    /// One unknown field whose answer alone changes the class.
    Single { slot: usize, answers: Vec<Answer> },
    /// Unknown fields that together can give an earlier class: some values of exactly these
    /// fields give it, and no fewer of them (nor any single one) can.
    Together { slots: Vec<usize>, class: String },
}

/// "if `budget` ≥ 500 000, the lead would be SQL".
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The answer, in the author's terms, without the field name: `≥ 500 000`, `= referral`.
    pub condition: String,
    pub class: String,
}

impl Question {
    /// One line for people: `budget ≥ 500 000 → SQL` or `budget, timeline → could be SQL once known`.
    pub fn describe(&self, rules: &RuleSet) -> String {
        let name = |slot: usize| rules.schema.fields[slot].name.as_str();
        match self {
            Question::Single { slot, answers } => answers
                .iter()
                .map(|a| format!("{} {} → {}", name(*slot), a.condition, a.class))
                .collect::<Vec<_>>()
                .join("; "),
            Question::Together { slots, class } => {
                let names: Vec<&str> = slots.iter().map(|s| name(*s)).collect();
                format!("{} → could be {class} once known", names.join(", "))
            }
        }
    }
}

/// A value to try: a constant a rule compares the field with, or a value just beside it.
#[derive(Clone, Copy, Debug)]
struct Probe {
    value: f64,
    constant: f64,
    side: Ordering,
    /// The first probe of the field that every test reading the field treats alike (often this
    /// one): it leads to the same class, so only it is evaluated.
    same_as: usize,
}

/// The line that describes a lead's questions for people, as the verdict row shows it:
/// `budget ≥ 500 000 → SQL | source = referral → SQL`; empty when there is nothing to ask.
pub fn describe_all(rules: &RuleSet, questions: &[Question]) -> String {
    questions.iter().map(|q| q.describe(rules)).collect::<Vec<_>>().join(" | ")
}

/// Discovery questions with a memory: leads with the same signature (see
/// `compile::signature`) get the same questions, so their line of text is computed once.
/// Only the line is kept, and many signatures share one line (a million random leads have
/// some 200 000 signatures but under 2 000 distinct lines), so each line is kept once and
/// a signature costs little more than its key.
pub struct Questioner<'r> {
    rules: &'r RuleSet,
    /// The signatures seen lately, and the generation before them: when `cache` holds half of
    /// `REMEMBERED`, it becomes `older` and the previous `older` is forgotten, so the
    /// signatures that keep coming back stay (they move back to `cache` when seen again).
    cache: FastMap<u128, Rc<str>>,
    older: FastMap<u128, Rc<str>>,
    /// The distinct lines of the current generation, shared by its signatures.
    lines: FastSet<Rc<str>>,
    /// How many signatures are remembered at most, over both generations.
    capacity: usize,
    fresh: String,
    scratch: Scratch,
}

/// The buffers one search for questions works in, reused from lead to lead.
#[derive(Default)]
struct Scratch {
    /// For each field slot, the number-like values to try, in order (made once).
    probes: Vec<Vec<Probe>>,
    /// For each `one of` field slot, for each of its values, the first value every test
    /// reading the field treats alike (made once): it leads to the same class.
    choices: Vec<Vec<usize>>,
    lead: Vec<Value>,
    verdict: Verdict,
    high: Verdict,
    low: Verdict,
}

/// How many signatures one thread remembers at most, over both generations (bounds memory:
/// 32 bytes each with the lines shared, in tables of twice as many slots: about 4 MiB when
/// full. Twice as many was a few per cent faster but made the memory grow from 1M to 10M rows).
const REMEMBERED: usize = 65_536;

/// How many signatures all threads together remember at most: with more threads than this
/// allows at `REMEMBERED` each, each remembers a share, so memory does not grow with cores.
const REMEMBERED_BY_ALL: usize = 4 * REMEMBERED;

impl<'r> Questioner<'r> {
    pub fn new(rules: &'r RuleSet) -> Self {
        Questioner::remembering(rules, REMEMBERED)
    }

    /// The questioner of one of `threads` threads questioning leads at once.
    pub fn sharing_with(rules: &'r RuleSet, threads: usize) -> Self {
        Questioner::remembering(rules, REMEMBERED.min(REMEMBERED_BY_ALL / threads.max(1)))
    }

    /// A questioner that remembers at most `capacity` signatures (at least 2).
    pub fn remembering(rules: &'r RuleSet, capacity: usize) -> Self {
        Questioner {
            capacity: capacity.max(2),
            rules,
            cache: Default::default(),
            older: Default::default(),
            lines: Default::default(),
            fresh: String::new(),
            scratch: Scratch::default(),
        }
    }

    /// The line describing the questions for a lead whose verdict is `verdict`.
    pub fn ask(&mut self, lead: &[Value], verdict: &Verdict) -> &str {
        if nothing_to_ask(self.rules, lead) {
            return "";
        }
        let Some(plan) = &self.rules.signature else {
            self.fresh = describe_all(self.rules, &search(self.rules, lead, verdict, &mut self.scratch));
            return &self.fresh;
        };
        let key = plan.key(lead);
        if !self.cache.contains_key(&key) {
            if self.cache.len() >= self.capacity / 2 {
                self.older = std::mem::take(&mut self.cache);
                self.lines.clear();
            }
            let line = match self.older.remove(&key) {
                Some(line) => line,
                None => describe_all(self.rules, &search(self.rules, lead, verdict, &mut self.scratch)).into(),
            };
            let shared = match self.lines.get(&line) {
                Some(shared) => Rc::clone(shared),
                None => {
                    self.lines.insert(Rc::clone(&line));
                    line
                }
            };
            self.cache.insert(key, shared);
        }
        self.cache.get(&key).map_or("", |line| line)
    }
}

/// Every fact the class rules read is known: nothing to ask.
fn nothing_to_ask(rules: &RuleSet, lead: &[Value]) -> bool {
    rules.class_fields.iter().all(|&slot| lead.get(slot).is_none_or(Value::is_known))
}

/// The questions for a lead whose verdict is `verdict`.
pub fn questions(rules: &RuleSet, lead: &[Value], verdict: &Verdict) -> Vec<Question> {
    search(rules, lead, verdict, &mut Scratch::default())
}

/// A class, as the index of its name in `RuleSet::class_names` (two rules can give one class).
type ClassId = u32;

fn search(rules: &RuleSet, lead: &[Value], verdict: &Verdict, scratch: &mut Scratch) -> Vec<Question> {
    if nothing_to_ask(rules, lead) {
        return Vec::new();
    }
    let class_of = |rule: usize| rules.classes.get(rule).map_or(ClassId::MAX, |r| r.name.index() as ClassId);
    let name = |class: ClassId| rules.class_names.get(class as usize).map_or("unclassified", String::as_str);
    let current = class_of(verdict.class_rule);
    // The lead and its verdict, changed one field at a time: only the derived values that read
    // that field are computed again, then the class rules.
    if scratch.probes.is_empty() {
        scratch.probes = (0..rules.schema.fields.len()).map(|slot| numeric_probes(rules, slot)).collect();
        scratch.choices = (0..rules.schema.fields.len()).map(|slot| alike_choices(rules, slot)).collect();
    }
    let Scratch { probes, choices, lead: scratch_lead, verdict: scratch, high, low } = scratch;
    scratch_lead.clear();
    scratch_lead.extend_from_slice(lead);
    scratch.copy_from(verdict);
    let mut out = Vec::new();
    // The classes some single answer leads to.
    let mut reachable: Vec<ClassId> = Vec::new();
    for &slot in &rules.class_fields {
        if lead.get(slot).is_none_or(Value::is_known) {
            continue;
        }
        let dependents = &rules.slot_dependents[slot];
        let mut class_for = |value: Value| -> ClassId {
            scratch_lead[slot] = value;
            for &d in dependents {
                derive(rules, scratch_lead, scratch, d);
            }
            let class = class_of(classify(rules, scratch_lead, scratch));
            // An answer whose arithmetic overflows gives an error row, not a class.
            if scratch.fault.take().is_some() { current } else { class }
        };
        // Each answer's class first; only the answers that change it are put into words.
        let found: Vec<(String, ClassId)> = match &rules.schema.fields[slot].kind {
            FieldKind::YesNo => [true, false]
                .into_iter()
                .map(|b| (b, class_for(Value::Bool(b))))
                .filter(|(_, class)| *class != current)
                .map(|(b, class)| (format!("= {}", if b { "yes" } else { "no" }), class))
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
                    .map(|(v, class)| (format!("= {}", v.name), class))
                    .collect()
            }
            FieldKind::Text => {
                let texts = text_probes(rules, slot);
                let mut tried: Vec<(String, ClassId)> =
                    texts.iter().map(|t| (format!("= \"{t}\""), class_for(Value::Text((*t).into())))).collect();
                tried.push(("is known".into(), class_for(Value::Text("\u{1}".into()))));
                tried.into_iter().filter(|(_, class)| *class != current).collect()
            }
            kind => numeric_answers(&probes[slot], kind, current, &mut class_for),
        };
        // Back to the lead as it is, for the next field.
        scratch_lead[slot] = Value::Unknown;
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
    for (rule, truth_now) in verdict.class_rules().iter().enumerate() {
        let class = class_of(rule);
        if class == current || reachable.contains(&class) {
            continue;
        }
        let slots: Vec<usize> =
            rules.class_rule_fields[rule].iter().copied().filter(|&s| !lead[s].is_known()).collect();
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
    fn fewest(&mut self, slots: &[usize], kinds: &[Vec<Value>], wanted: impl Fn(usize) -> bool) -> Option<Vec<usize>> {
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
        slots: &[usize],
        kinds: &[Vec<Value>],
        chosen: &[usize],
        wanted: &impl Fn(usize) -> bool,
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
                self.lead[slots[i]] = kinds[i][at[k]].clone();
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

    fn set(&mut self, slot: usize, value: Value) {
        self.lead[slot] = value;
        self.derive(slot);
    }

    /// Computes again the derived values that read `slot`.
    fn derive(&mut self, slot: usize) {
        for &d in &self.rules.slot_dependents[slot] {
            derive(self.rules, self.lead, self.verdict, d);
        }
    }
}

/// One value of each kind the rules tell apart for field `slot`: a search over several fields
/// at once tries only these (see `numeric_probes` and `alike_choices`).
fn kinds_of(rules: &RuleSet, slot: usize, probes: &[Probe], choices: &[usize]) -> Vec<Value> {
    let kind = &rules.schema.fields[slot].kind;
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
fn text_probes(rules: &RuleSet, slot: usize) -> Vec<&str> {
    let mut texts: Vec<&str> = rules.probes[slot]
        .iter()
        .filter_map(|p| if let Val::TextConst(i) = p { Some(&*rules.texts[*i]) } else { None })
        .collect();
    texts.dedup();
    texts
}

/// The values to try for a number-like field: each constant the rules compare it with and the
/// values just beside it, in order, without repeats.
fn numeric_probes(rules: &RuleSet, slot: usize) -> Vec<Probe> {
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
    let is_time = matches!(rules.schema.fields[slot].kind, FieldKind::Date(_) | FieldKind::DateTime(_));
    let tests: Vec<_> = rules.program.ranges.iter().filter(|t| t.slot.index() == slot).collect();
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
fn alike_choices(rules: &RuleSet, slot: usize) -> Vec<usize> {
    let FieldKind::OneOf(values) = &rules.schema.fields[slot].kind else { return Vec::new() };
    let masks: Vec<u64> = rules.program.sets.iter().filter(|t| t.slot.index() == slot).map(|t| t.mask).collect();
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
) -> Vec<(String, ClassId)> {
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
        let low = (start > 0).then(|| lower_bound(probes[start], probes[start - 1], kind));
        let high = (end + 1 < probes.len()).then(|| upper_bound(probes[end], probes[end + 1], kind));
        let condition = match (low, high) {
            (Some(l), Some(h)) => format!("{l} and {h}"),
            (Some(l), None) => l,
            (None, Some(h)) => h,
            (None, None) => "is known".to_string(),
        };
        answers.push((condition, results[start]));
        start = end + 1;
    }
    answers
}

/// The lower end of a range that starts at `first`, whose neighbour below is `previous`.
fn lower_bound(first: Probe, previous: Probe, kind: &FieldKind) -> String {
    match first.side {
        Ordering::Equal => format!("≥ {}", format_number(first.constant, kind)),
        Ordering::Greater => format!("> {}", format_number(first.constant, kind)),
        Ordering::Less => format!("> {}", format_number(previous.value, kind)),
    }
}

/// The upper end of a range that ends at `last`, whose neighbour above is `next`.
fn upper_bound(last: Probe, next: Probe, kind: &FieldKind) -> String {
    match last.side {
        Ordering::Equal => format!("≤ {}", format_number(last.constant, kind)),
        Ordering::Less => format!("< {}", format_number(last.constant, kind)),
        Ordering::Greater => format!("< {}", format_number(next.value, kind)),
    }
}

/// Several answers leading to the same class are kept apart unless they are identical.
fn merge_same_class(mut answers: Vec<Answer>) -> Vec<Answer> {
    answers.dedup();
    answers
}

/// A value in the field's own unit, as a person writes it: `500 000`, `30 days`, `45%`.
pub fn format_number(v: f64, kind: &FieldKind) -> String {
    match kind {
        FieldKind::Percent => format!("{}%", trim(v * 100.0)),
        FieldKind::Duration(unit) => format!("{} {}", trim(v / unit.seconds()), unit.plural()),
        FieldKind::Date(_) => {
            crate::value::civil_datetime(v as i64).map_or_else(|| v.to_string(), |d| d.date().to_string())
        }
        FieldKind::DateTime(_) => crate::value::civil_datetime(v as i64)
            .map_or_else(|| v.to_string(), |d| d.strftime("%Y-%m-%d %H:%M").to_string()),
        _ => group_thousands(v),
    }
}

/// `1234567.5` → `1 234 567.5`; small numbers unchanged.
pub fn group_thousands(v: f64) -> String {
    let text = trim(v);
    let (sign, rest) = text.strip_prefix('-').map_or(("", text.as_str()), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    if int.len() <= 4 {
        return text.clone();
    }
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A number without a useless `.0`, rounded to at most 2 decimals.
pub fn trim(v: f64) -> String {
    let mut text = String::new();
    write_trimmed(&mut text, v);
    text
}

/// Appends `trim(v)` to `out`, for writers that reuse one buffer.
pub fn write_trimmed(out: &mut String, v: f64) {
    use std::fmt::Write;
    let cents = (v * 100.0).round();
    // Below 10^12 a double's spacing is far under a cent, so the shortest text that reads back
    // as `cents / 100` is its integer part and at most two decimals: written here digit by
    // digit, without the general float formatting.
    if cents.abs() < 1e14 {
        let cents = cents as i64;
        if cents < 0 {
            out.push('-');
        }
        let (whole, fraction) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
        write_digits(out, whole);
        if fraction != 0 {
            out.push('.');
            out.push(char::from(b'0' + (fraction / 10) as u8));
            if fraction % 10 != 0 {
                out.push(char::from(b'0' + (fraction % 10) as u8));
            }
        }
        return;
    }
    let rounded = cents / 100.0;
    let _ = if rounded.fract() == 0.0 && rounded.abs() < 9e18 {
        write!(out, "{}", rounded as i64)
    } else {
        write!(out, "{rounded}")
    };
}

/// Appends the decimal digits of `n`.
fn write_digits(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[start..].iter().for_each(|d| out.push(char::from(*d)));
}

#[cfg(test)]
mod tests {
    use crate::compile::{RuleSet, load};
    use crate::eval::verdict::{derive, evaluate};
    use proptest::prelude::*;

    fn rules(path: &str) -> RuleSet {
        let text = std::fs::read_to_string(path).expect("shipped rules");
        load(crate::span::SourceFile::new(path, text)).rules.expect("compiles")
    }

    /// A value of the field's kind, or unknown.
    fn value_for(rules: &RuleSet, slot: usize, pick: u32) -> Value {
        match &rules.schema.fields[slot].kind {
            FieldKind::YesNo => [Value::Unknown, Value::Bool(true), Value::Bool(false)][pick as usize % 3].clone(),
            FieldKind::OneOf(values) => match pick as usize % (values.len() + 1) {
                0 => Value::Unknown,
                i => Value::Enum(i as u32 - 1),
            },
            FieldKind::Text => [Value::Unknown, Value::Text("backup".into())][pick as usize % 2].clone(),
            FieldKind::Date(_) | FieldKind::DateTime(_) => Value::Time(pick as i64 * 86_400),
            FieldKind::Duration(_) => Value::Number((pick % 200) as f64 * 86_400.0),
            _ => [Value::Unknown, Value::Number((pick % 7) as f64 * 99_999.0 + 5.0)][(pick as usize) % 2].clone(),
        }
    }

    /// However many threads question leads at once, together they remember at most
    /// `REMEMBERED_BY_ALL` signatures (16 threads on 10M rows used 205 MiB before this bound,
    /// 83 MiB with it, 55 MiB once the batches were bounded too); up to four threads each
    /// keep the full memory.
    #[test]
    fn threads_share_one_bound_on_remembered_signatures() {
        let rules = rules("rules/acme.rules");
        for threads in 1..=64 {
            let each = super::Questioner::sharing_with(&rules, threads).capacity;
            assert!(each * threads <= super::REMEMBERED_BY_ALL.max(super::REMEMBERED), "{threads} threads");
            assert!(threads > 4 || each == super::REMEMBERED, "{threads} threads");
        }
    }

    /// Probes are shared at all: acme's `employees` has 9 probes (three thresholds) but
    /// only three kinds of value for its tests.
    #[test]
    fn acme_employees_probes_share_three_classes() {
        let rules = rules("rules/acme.rules");
        let slot = rules.schema.slot_of("employees").expect("employees");
        let probes = numeric_probes(&rules, slot);
        let mut distinct: Vec<usize> = probes.iter().map(|p| p.same_as).collect();
        distinct.dedup();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(probes.len(), 9);
        assert_eq!(distinct.len(), 3);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

        /// Computing again only a field's dependents gives the verdict a full evaluation gives:
        /// what the discovery questions rely on.
        #[test]
        fn a_field_s_dependents_are_all_that_changes(picks in prop::collection::vec(0u32..1_000, 16), slot_pick in 0usize..64, new in 0u32..1_000) {
            for path in ["rules/acme.rules", "rules/crm-opportunities.rules", "rules/acme-relaxed.rules"] {
                let rules = rules(path);
                let n = rules.schema.fields.len();
                let lead: Vec<Value> = (0..n).map(|s| value_for(&rules, s, picks[s % picks.len()])).collect();
                let slot = slot_pick % n;
                let mut changed = lead.clone();
                changed[slot] = value_for(&rules, slot, new);
                let mut incremental = evaluate(&rules, &lead);
                for &d in &rules.slot_dependents[slot] {
                    derive(&rules, &changed, &mut incremental, d);
                }
                let full = evaluate(&rules, &changed);
                prop_assert_eq!(incremental.gates(), full.gates());
                for i in 0..rules.frameworks.len() {
                    prop_assert_eq!(incremental.criteria(i), full.criteria(i));
                }
                for i in 0..rules.profiles.len() {
                    prop_assert_eq!(incremental.matched(i), full.matched(i));
                }
                for i in 0..rules.scores.len() {
                    prop_assert_eq!(incremental.fired(i), full.fired(i));
                }
                prop_assert_eq!(incremental.minimum, full.minimum);
                prop_assert_eq!(&incremental.frameworks, &full.frameworks);
                prop_assert_eq!(&incremental.profiles, &full.profiles);
                prop_assert_eq!(&incremental.scores, &full.scores);
                let class = classify(&rules, &changed, &mut incremental);
                prop_assert_eq!(class, full.class_rule);
            }
        }

        /// Values that every test reading a field treats alike lead to the same class: the
        /// search evaluates only the first of them.
        #[test]
        fn alike_values_lead_to_the_same_class(picks in prop::collection::vec(0u32..1_000, 16)) {
            for path in ["rules/acme.rules", "rules/crm-opportunities.rules", "rules/acme-relaxed.rules"] {
                let rules = rules(path);
                let n = rules.schema.fields.len();
                let lead: Vec<Value> = (0..n).map(|s| value_for(&rules, s, picks[s % picks.len()])).collect();
                let class_with = |slot: usize, value: Value| {
                    let mut changed = lead.clone();
                    changed[slot] = value;
                    rules.class_name(evaluate(&rules, &changed).class_rule).to_string()
                };
                for slot in 0..n {
                    let is_time = matches!(rules.schema.fields[slot].kind, FieldKind::Date(_) | FieldKind::DateTime(_));
                    let number = |v: f64| if is_time { Value::Time(v as i64) } else { Value::Number(v) };
                    let probes = numeric_probes(&rules, slot);
                    for p in &probes {
                        let alike = probes[p.same_as].value;
                        prop_assert_eq!(class_with(slot, number(p.value)), class_with(slot, number(alike)), "{} slot {}", path, slot);
                    }
                    for (i, &alike) in alike_choices(&rules, slot).iter().enumerate() {
                        prop_assert_eq!(class_with(slot, Value::Enum(i as u32)), class_with(slot, Value::Enum(alike as u32)));
                    }
                }
            }
        }

    }

    use super::*;

    #[test]
    fn numbers_read_like_a_person_writes_them() {
        assert_eq!(group_thousands(500_000.0), "500 000");
        assert_eq!(group_thousands(1_234_567.5), "1 234 567.5");
        assert_eq!(group_thousands(5_000.0), "5000");
        assert_eq!(group_thousands(-20.0), "-20");
        assert_eq!(format_number(0.7, &FieldKind::Percent), "70%");
        assert_eq!(trim(15_695_083.254), "15695083.25");
        assert_eq!(trim(-0.25), "-0.25");
        assert_eq!(trim(-0.001), "0");
        assert_eq!(trim(0.5), "0.5");
        assert_eq!(trim(1e15 + 0.5), "1000000000000000.5");
    }

    /// What `write_trimmed` must write: the general float formatting of the rounded number.
    fn formatted(v: f64) -> String {
        let rounded = (v * 100.0).round() / 100.0;
        if rounded.fract() == 0.0 && rounded.abs() < 9e18 { (rounded as i64).to_string() } else { rounded.to_string() }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4096, failure_persistence: None, ..ProptestConfig::default() })]

        /// Numbers written digit by digit read exactly as the general formatting writes them.
        #[test]
        fn numbers_are_written_as_the_general_formatting_writes_them(
            whole in -2_000_000_000_000i64..2_000_000_000_000, cents in 0u32..1000, scale in 0u32..4,
        ) {
            let v = (whole as f64 + f64::from(cents) / 1000.0) / 10f64.powi(scale as i32);
            prop_assert_eq!(trim(v), formatted(v), "{}", v);
        }
    }
}
