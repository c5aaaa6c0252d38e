//! Why leads moved between two definitions: the changed thresholds, points, weights and rules,
//! found by comparing the two compiled definitions structurally (each condition's compiled code
//! with its constants taken out, its registers and fields named, never its text), and for each
//! moved lead the changes that touched it, read off the two traces of the lead (a gate or
//! criterion whose truth differs, a score line whose points it got, the class rule that decided).

use super::trace::{Trace, at};
use crate::compile::RuleSet;
use crate::compile::program::{Condition, EnumOf, Num, Step, TextOf, TruthOf};
use crate::locale::Lang;
use crate::schema::FieldKind;
use crate::show::{MISSING, Style};
use crate::span::Span;
use crate::value::Truth;
use serde::Serialize;
use std::collections::HashMap;

/// What changed about a line of the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// The same condition with other constants: `score >= 70` → `score >= 60`.
    Threshold,
    /// A score line's points.
    Points,
    /// A profile criterion's weight.
    Weight,
    /// How many criteria a framework needs to pass.
    Needed,
    /// A score block's cap.
    Cap,
    /// A growing score line's step or cap (`per 60 seconds ... capped at 20` → `per 30 seconds
    /// ... capped at 30`), its condition perhaps too.
    Growth,
    Added,
    Removed,
    /// Another condition in the same place (the same class, criterion).
    Rewritten,
}

/// A line of one definition: where and what.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleAt {
    /// The file of a line in another file (`std/bant.rules`); `None` in the definition itself.
    pub file: Option<String>,
    pub line: usize,
    pub rule: String,
}

/// How a constant is written.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Unit {
    #[default]
    Plain,
    /// A fraction written as a percentage (a fit, a probability).
    Fraction,
    /// Points, with their sign.
    Points,
    /// In a field's own unit (money, days, a date).
    Field(FieldKind),
}

/// A constant of a condition, a weight or a count.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Constant {
    Number {
        value: f64,
        #[serde(skip)]
        unit: Unit,
    },
    /// The values of a `one of` set; none for a cap that is not there.
    Names(Vec<String>),
}

impl Constant {
    /// The constant as `lang` writes it: `60`, `70%`, `+30`, `500 000`, `30 days`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Constant::Number { value, unit } => match unit {
                Unit::Plain => Style::of(lang).grouped(*value),
                Unit::Fraction => Style::of(lang).percent(*value),
                Unit::Points if *value > 0.0 => format!("+{}", Style::of(lang).number(*value)),
                Unit::Points => Style::of(lang).number(*value),
                Unit::Field(kind) => crate::eval::value_text::number_in(lang, *value, kind),
            },
            Constant::Names(names) if names.is_empty() => MISSING.into(),
            Constant::Names(names) => format!("[{}]", names.join(", ")),
        }
    }
}

/// An old value and its new one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValueChange {
    pub old: Constant,
    pub new: Constant,
}

/// What a change is about, in each definition, to find it in a lead's trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Gate(usize),
    /// A framework's criterion, and a framework's pass rule.
    Criterion(usize, usize),
    Passes(usize),
    /// A profile's criterion.
    Matched(usize, usize),
    /// A score block's line, and its total (the cap).
    Fired(usize, usize),
    Score(usize),
    Class(usize),
    /// A whole block added or removed: found in no trace by itself (its lines are).
    Block,
}

/// One change between the definitions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleChange {
    pub kind: ChangeKind,
    /// `minimum`, a framework's, profile's or score's name, `classify`.
    pub block: String,
    pub old: Option<RuleAt>,
    pub new: Option<RuleAt>,
    /// The constants that differ, old → new.
    pub values: Vec<ValueChange>,
    #[serde(skip)]
    pub items: (Option<Item>, Option<Item>),
    /// For a score line: its score block in each definition. A line moves a lead only if that
    /// lead's score differs between them.
    #[serde(skip)]
    pub scores: Option<(usize, usize)>,
}

impl RuleChange {
    /// Whether the change touched a lead the old definition traced as `a` and the new as `b`.
    pub fn touched(&self, a: &Trace, b: &Trace) -> bool {
        let pick = |t: &Trace, item: Item| -> Truth {
            match item {
                Item::Gate(i) => at(Some(&t.gates), i),
                Item::Criterion(f, i) => at(t.criteria.get(f), i),
                Item::Passes(f) => t.passes.get(f).copied().unwrap_or(Truth::Unknown),
                Item::Matched(p, i) => at(t.matched.get(p), i),
                Item::Fired(s, i) => at(t.fired.get(s), i),
                Item::Score(_) | Item::Class(_) | Item::Block => Truth::Unknown,
            }
        };
        // What makes a line count for a lead: a failed gate, anything else true.
        let counts = |item: Item, truth: Truth| match item {
            Item::Gate(_) => truth == Truth::False,
            _ => truth == Truth::True,
        };
        let (o, n) = self.items;
        if let Some((x, y)) = self.scores
            && a.scores.get(x) == b.scores.get(y)
        {
            return false;
        }
        if matches!(self.kind, ChangeKind::Points | ChangeKind::Weight) {
            return o.is_some_and(|o| counts(o, pick(a, o))) || n.is_some_and(|n| counts(n, pick(b, n)));
        }
        match (o, n) {
            (Some(Item::Block), _) | (_, Some(Item::Block)) => false,
            (Some(Item::Class(_)), _) | (_, Some(Item::Class(_))) => {
                matches!(o, Some(Item::Class(i)) if a.class_rule == i)
                    || matches!(n, Some(Item::Class(i)) if b.class_rule == i)
            }
            (Some(Item::Score(x)), Some(Item::Score(y))) => a.scores.get(x) != b.scores.get(y),
            // A growing line that holds on both sides moves the lead when it gives other points.
            (Some(Item::Fired(s, i)), Some(Item::Fired(z, j))) => {
                pick(a, Item::Fired(s, i)) != pick(b, Item::Fired(z, j))
                    || super::trace::grown(a, s, i) != super::trace::grown(b, z, j)
            }
            (Some(o), Some(n)) => pick(a, o) != pick(b, n),
            (Some(o), None) => counts(o, pick(a, o)),
            (None, Some(n)) => counts(n, pick(b, n)),
            (None, None) => false,
        }
    }
}

/// A condition's compiled code with its constants taken out: two conditions of the same shape
/// differ only in their constants.
#[derive(Clone, Debug, Default, PartialEq)]
struct Shape {
    tokens: Vec<String>,
    constants: Vec<Constant>,
}

/// Builds the shape of one condition.
struct Shaper<'r> {
    rules: &'r RuleSet,
    /// Registers written by the condition itself, numbered by first appearance.
    own: HashMap<usize, usize>,
    numbers: HashMap<usize, usize>,
    shape: Shape,
}

impl<'r> Shaper<'r> {
    fn field(&self, slot: usize) -> String {
        self.rules.schema.fields.get(slot).map_or_else(|| format!("?{slot}"), |f| f.name.clone())
    }

    fn unit_of_field(&self, slot: usize) -> Unit {
        self.rules.schema.fields.get(slot).map_or(Unit::Plain, |f| Unit::Field(f.kind.clone()))
    }

    /// A truth register: the condition's own by number, another block's by what it is.
    fn register(&mut self, r: usize) -> String {
        if let Some(n) = self.own.get(&r) {
            return format!("t{n}");
        }
        let layout = &self.rules.layout;
        let inside = |range: &crate::compile::ids::IdRange<crate::compile::ids::TruthRegister>| {
            (range.start.index() <= r && r < range.end.index()).then(|| r - range.start.index())
        };
        for (f, range) in layout.frameworks.iter().enumerate() {
            if let Some(k) = inside(range) {
                let fw = &self.rules.frameworks[f];
                return format!("{}.{}", fw.name, fw.criteria.get(k).map_or("?", |c| c.name.as_str()));
            }
        }
        if let Some(k) = inside(&layout.gates) {
            return format!("gate{k}");
        }
        format!("r?{r}")
    }

    fn truth(&mut self, t: TruthOf) -> String {
        match t {
            TruthOf::Register(r) => self.register(r.index()),
            TruthOf::Minimum => "minimum".into(),
            TruthOf::Passes(f) => {
                format!("passes:{}", self.rules.frameworks.get(f.index()).map_or("?", |fw| fw.name.as_str()))
            }
        }
    }

    /// What a number operand is compared with decides how a constant beside it is written.
    fn unit_beside(&self, n: Num) -> Unit {
        match n {
            Num::Field(slot) => self.unit_of_field(slot.index()),
            Num::Fit(_) | Num::DealProbability => Unit::Fraction,
            _ => Unit::Plain,
        }
    }

    fn number(&mut self, n: Num, unit: Unit) -> String {
        match n {
            Num::Field(slot) => self.field(slot.index()),
            Num::Const(value) => {
                self.shape.constants.push(Constant::Number { value, unit });
                "#".into()
            }
            Num::Register(r) => {
                let next = self.numbers.len();
                format!("n{}", self.numbers.entry(r.index()).or_insert(next))
            }
            Num::Score(i) => format!("score:{}", self.rules.scores.get(i.index()).map_or("?", |s| s.display_name())),
            Num::Fit(i) => format!("fit:{}", self.rules.profiles.get(i.index()).map_or("?", |p| p.name.as_str())),
            Num::Met(i) => format!("met:{}", self.rules.frameworks.get(i.index()).map_or("?", |f| f.name.as_str())),
            Num::DealSize => "deal.size".into(),
            Num::DealProbability => "deal.probability".into(),
            Num::DealPriority => "deal.priority".into(),
        }
    }

    fn enum_of(&self, e: EnumOf, beside: EnumOf) -> String {
        match (e, beside) {
            (EnumOf::Field(slot), _) => self.field(slot.index()),
            (EnumOf::Value(v), EnumOf::Field(slot)) => value_name(self.rules, slot.index(), v as usize),
            (EnumOf::Value(v), _) => format!("#{v}"),
        }
    }

    fn text_of(&self, t: TextOf) -> String {
        match t {
            TextOf::Field(slot) => self.field(slot.index()),
            TextOf::Constant(id) => format!("{:?}", self.rules.texts.get(id).map_or("", |t| &**t)),
        }
    }

    fn step(&mut self, step: &Step) {
        let t = |s: &mut Self, x: TruthOf| s.truth(x);
        let token = match *step {
            Step::Const { dst, truth } => format!("const {} {truth:?}", self.register(dst.index())),
            Step::Copy { dst, a } => format!("copy {} {}", self.register(dst.index()), t(self, a)),
            Step::Not { dst, a } => format!("not {} {}", self.register(dst.index()), t(self, a)),
            Step::And { dst, a, b } => format!("and {} {} {}", self.register(dst.index()), t(self, a), t(self, b)),
            Step::Or { dst, a, b } => format!("or {} {} {}", self.register(dst.index()), t(self, a), t(self, b)),
            Step::SameTruth { dst, a, b, eq } => {
                format!("same {} {} {} {eq}", self.register(dst.index()), t(self, a), t(self, b))
            }
            Step::KnownNumber { dst, a } => {
                format!("known {} {}", self.register(dst.index()), self.number(a, Unit::Plain))
            }
            Step::KnownTruth { dst, a } => format!("known {} {}", self.register(dst.index()), t(self, a)),
            Step::Compare { dst, order, a, b } => {
                let (ua, ub) = (self.unit_beside(b), self.unit_beside(a));
                format!("cmp {} {order:?} {} {}", self.register(dst.index()), self.number(a, ua), self.number(b, ub))
            }
            Step::Between { dst, x, lo, hi } => {
                let unit = self.unit_beside(x);
                format!(
                    "between {} {} {} {}",
                    self.register(dst.index()),
                    self.number(x, Unit::Plain),
                    self.number(lo, unit.clone()),
                    self.number(hi, unit)
                )
            }
            Step::SameEnum { dst, a, b, eq } => {
                format!("enum {} {} {} {eq}", self.register(dst.index()), self.enum_of(a, b), self.enum_of(b, a))
            }
            Step::SameText { dst, a, b, eq } => {
                format!("text {} {} {} {eq}", self.register(dst.index()), self.text_of(a), self.text_of(b))
            }
            Step::Contains { dst, a, needle } => {
                format!(
                    "contains {} {} {}",
                    self.register(dst.index()),
                    self.text_of(a),
                    self.text_of(TextOf::Constant(needle))
                )
            }
            Step::Calc { dst, op, a, b } => {
                let d = self.number(Num::Register(dst), Unit::Plain);
                format!("calc {d} {op:?} {} {}", self.number(a, Unit::Plain), self.number(b, Unit::Plain))
            }
            Step::Negate { dst, a } => {
                let d = self.number(Num::Register(dst), Unit::Plain);
                format!("neg {d} {}", self.number(a, Unit::Plain))
            }
        };
        self.shape.tokens.push(token);
    }
}

/// The name of value `v` of the `one of` field in `slot`.
fn value_name(rules: &RuleSet, slot: usize, v: usize) -> String {
    match rules.schema.fields.get(slot).map(|f| &f.kind) {
        Some(FieldKind::OneOf(values)) => values.get(v).map_or_else(|| format!("#{v}"), |x| x.name.clone()),
        _ => format!("#{v}"),
    }
}

/// The shape of a condition (`None`: `otherwise`).
fn shape(rules: &RuleSet, condition: Option<&Condition>) -> Shape {
    let Some(c) = condition else {
        return Shape { tokens: vec!["otherwise".into()], constants: Vec::new() };
    };
    let p = &rules.program;
    let ranges = p.ranges.get_slice(&c.code.ranges).unwrap_or_default();
    let sets = p.sets.get_slice(&c.code.sets).unwrap_or_default();
    let fields = p.fields.get_slice(&c.code.fields).unwrap_or_default();
    let steps = p.steps.get_slice(&c.code.steps).unwrap_or_default();
    // The registers the condition writes are its own, numbered as they are first written.
    let mut own = HashMap::new();
    let written = ranges
        .iter()
        .map(|t| t.dst)
        .chain(sets.iter().map(|t| t.dst))
        .chain(fields.iter().map(|t| t.dst))
        .chain(steps.iter().filter_map(Step::truth_written));
    for r in written {
        let next = own.len();
        own.entry(r.index()).or_insert(next);
    }
    let mut s = Shaper { rules, own, numbers: HashMap::new(), shape: Shape::default() };
    let result = s.register(c.register.index());
    s.shape.tokens.push(format!("result {result}"));
    for t in ranges {
        let unit = s.unit_of_field(t.slot.index());
        let mut token = format!("range {} {} {}", s.register(t.dst.index()), s.field(t.slot.index()), t.outside);
        for bound in [t.lo, t.hi] {
            if bound.is_finite() {
                s.shape.constants.push(Constant::Number { value: bound, unit: unit.clone() });
                token.push_str(" #");
            } else {
                token.push_str(&format!(" {bound}"));
            }
        }
        s.shape.tokens.push(token);
    }
    for t in sets {
        let token = format!("set {} {}", s.register(t.dst.index()), s.field(t.slot.index()));
        s.shape.tokens.push(token);
        let count = match rules.schema.fields.get(t.slot.index()).map(|f| &f.kind) {
            Some(FieldKind::OneOf(values)) => values.len().min(64),
            _ => 64,
        };
        let names = (0..count).filter(|v| t.mask & (1 << v) != 0).map(|v| value_name(rules, t.slot.index(), v));
        s.shape.constants.push(Constant::Names(names.collect()));
    }
    for t in fields {
        let token =
            format!("field {} {} {} {}", s.register(t.dst.index()), s.field(t.slot.index()), t.known_only, t.negate);
        s.shape.tokens.push(token);
    }
    for step in steps {
        s.step(step);
    }
    s.shape
}

/// One line of a block, ready to be paired with its counterpart in the other definition.
struct Entry {
    /// What pairs it across definitions besides its shape: a class's or criterion's name.
    key: Option<String>,
    shape: Shape,
    /// A score line's points, a profile criterion's weight.
    weight: Option<f64>,
    /// A growing score line, whose last two constants are its step and cap.
    growing: bool,
    at: RuleAt,
    item: Item,
}

fn rule_at(rules: &RuleSet, span: Span, text: Span) -> RuleAt {
    let root = rules.sources.root().map(|r| r.base);
    RuleAt {
        file: rules.sources.file_of(span).filter(|f| Some(f.base) != root).map(|f| f.name.clone()),
        line: rules.line(span),
        rule: rules.source_line(text),
    }
}

/// Pairs the lines of a block: the same line first (same key, shape and constants), then the
/// same condition with other constants, then (when `keyed`) any line of the same key.
fn align(old: &[Entry], new: &[Entry], keyed: bool) -> Vec<(Option<usize>, Option<usize>)> {
    let mut used_old = vec![false; old.len()];
    let mut used_new = vec![false; new.len()];
    let mut pairs = Vec::new();
    let passes: [&dyn Fn(&Entry, &Entry) -> bool; 4] = [
        &|a, b| a.key == b.key && a.shape == b.shape && a.weight == b.weight,
        &|a, b| a.key == b.key && a.shape == b.shape,
        &|a, b| a.key == b.key && a.shape.tokens == b.shape.tokens,
        &|a, b| keyed && a.key.is_some() && a.key == b.key,
    ];
    for pass in passes {
        for (i, a) in old.iter().enumerate() {
            if used_old[i] {
                continue;
            }
            if let Some(j) = (0..new.len()).find(|&j| !used_new[j] && pass(a, &new[j])) {
                used_old[i] = true;
                used_new[j] = true;
                pairs.push((Some(i), Some(j)));
            }
        }
    }
    pairs.extend((0..old.len()).filter(|i| !used_old[*i]).map(|i| (Some(i), None)));
    pairs.extend((0..new.len()).filter(|j| !used_new[*j]).map(|j| (None, Some(j))));
    pairs
}

/// The changes of one block, from its lines in both definitions.
fn compare_block(
    block: &str,
    old: &[Entry],
    new: &[Entry],
    keyed: bool,
    weight: ChangeKind,
    scores: Option<(usize, usize)>,
    out: &mut Vec<RuleChange>,
) {
    let mut pairs = align(old, new, keyed);
    // In the order of the lines: by the old line, an added one by its new place.
    pairs.sort_by_key(|(a, b)| (a.or(*b), a.is_none()));
    for pair in pairs {
        let (a, b) = (pair.0.map(|i| &old[i]), pair.1.map(|j| &new[j]));
        let change = |kind, values| RuleChange {
            kind,
            block: block.to_string(),
            old: a.map(|e| e.at.clone()),
            new: b.map(|e| e.at.clone()),
            values,
            items: (a.map(|e| e.item), b.map(|e| e.item)),
            scores,
        };
        match (a, b) {
            (Some(a), Some(b)) => {
                if a.shape.tokens != b.shape.tokens || a.shape.constants.len() != b.shape.constants.len() {
                    out.push(change(ChangeKind::Rewritten, Vec::new()));
                } else if a.shape.constants != b.shape.constants {
                    let values = a
                        .shape
                        .constants
                        .iter()
                        .zip(&b.shape.constants)
                        .filter(|(x, y)| x != y)
                        .map(|(x, y)| ValueChange { old: x.clone(), new: y.clone() })
                        .collect();
                    let constants = a.shape.constants.len();
                    let grew = a.growing
                        && b.growing
                        && a.shape.constants[constants.saturating_sub(2)..]
                            != b.shape.constants[constants.saturating_sub(2)..];
                    out.push(change(if grew { ChangeKind::Growth } else { ChangeKind::Threshold }, values));
                }
                if let (Some(x), Some(y)) = (a.weight, b.weight)
                    && x != y
                {
                    let unit = if weight == ChangeKind::Points { Unit::Points } else { Unit::Plain };
                    let number = |value| Constant::Number { value, unit: unit.clone() };
                    out.push(change(weight, vec![ValueChange { old: number(x), new: number(y) }]));
                }
            }
            (Some(_), None) => out.push(change(ChangeKind::Removed, Vec::new())),
            (None, Some(_)) => out.push(change(ChangeKind::Added, Vec::new())),
            (None, None) => {}
        }
    }
}

/// The lines of each block of a definition, by block name.
struct Blocks {
    gates: Vec<Entry>,
    frameworks: Vec<(String, u32, RuleAt, Vec<Entry>)>,
    profiles: Vec<(String, RuleAt, Vec<Entry>)>,
    scores: Vec<(String, Option<f64>, RuleAt, Vec<Entry>)>,
    classes: Vec<Entry>,
}

/// The first line of a block (`framework BANT pass 3 of 4`), where it is.
fn head(rules: &RuleSet, span: Span) -> RuleAt {
    let mut at = rule_at(rules, span, span);
    at.rule = at.rule.split('{').next().unwrap_or_default().trim().to_string();
    at
}

fn blocks(rules: &RuleSet) -> Blocks {
    let weighted = |c: &crate::compile::program::Weighted, item| Entry {
        key: None,
        shape: shape(rules, Some(&c.condition)),
        weight: Some(c.weight),
        growing: false,
        at: rule_at(rules, c.span, c.span),
        item,
    };
    Blocks {
        gates: rules
            .gates
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let mut shape = shape(rules, Some(&g.condition));
                shape.tokens.insert(0, format!("{:?}", g.kind));
                Entry {
                    key: None,
                    shape,
                    weight: None,
                    growing: false,
                    at: rule_at(rules, g.span, g.span),
                    item: Item::Gate(i),
                }
            })
            .collect(),
        frameworks: rules
            .frameworks
            .iter()
            .enumerate()
            .map(|(f, fw)| {
                let criteria = fw
                    .criteria
                    .iter()
                    .enumerate()
                    .map(|(i, c)| Entry {
                        key: Some(c.name.clone()),
                        shape: shape(rules, Some(&c.condition)),
                        weight: None,
                        growing: false,
                        at: rule_at(rules, c.span, c.span),
                        item: Item::Criterion(f, i),
                    })
                    .collect();
                (fw.name.clone(), fw.needed, head(rules, fw.span), criteria)
            })
            .collect(),
        profiles: rules
            .profiles
            .iter()
            .enumerate()
            .map(|(p, pr)| {
                let criteria = pr.criteria.iter().enumerate().map(|(i, c)| weighted(c, Item::Matched(p, i))).collect();
                (pr.name.clone(), head(rules, pr.span), criteria)
            })
            .collect(),
        scores: rules
            .scores
            .iter()
            .enumerate()
            .map(|(s, sc)| {
                let lines = sc.rules.iter().enumerate().map(|(i, c)| score_line(rules, c, Item::Fired(s, i))).collect();
                (sc.display_name().to_string(), sc.cap, head(rules, sc.span), lines)
            })
            .collect(),
        classes: rules
            .classes
            .iter()
            .enumerate()
            .map(|(i, r)| Entry {
                key: Some(rules.class_names.get(r.name.index()).cloned().unwrap_or_default()),
                shape: shape(rules, r.condition.as_ref()),
                weight: None,
                growing: false,
                at: rule_at(rules, r.span, r.head),
                item: Item::Class(i),
            })
            .collect(),
    }
}

/// A score line's entry: a growing line's field, step and cap are part of its shape (a changed
/// step or cap is a changed constant), its points per step are its weight.
fn score_line(rules: &RuleSet, line: &crate::compile::program::ScoreLine, item: Item) -> Entry {
    use crate::compile::program::Points;
    let mut shape = shape(rules, Some(&line.condition));
    let weight = match line.points {
        Points::Fixed(points) => points,
        Points::Growing(g) => {
            let field = rules.schema.fields.get(g.field);
            shape.tokens.push(format!("grows with {}", field.map_or("?", |f| f.name.as_str())));
            let unit = field.map_or(Unit::Plain, |f| Unit::Field(f.kind.clone()));
            shape.constants.push(Constant::Number { value: g.step, unit });
            shape.constants.push(Constant::Number { value: g.cap, unit: Unit::Points });
            g.per_points
        }
    };
    let growing = matches!(line.points, Points::Growing(_));
    Entry { key: None, shape, weight: Some(weight), growing, at: rule_at(rules, line.span, line.span), item }
}

/// A whole block present in one definition only.
fn block_change(kind: ChangeKind, block: &str, at: &RuleAt, old: bool) -> RuleChange {
    RuleChange {
        kind,
        block: block.to_string(),
        old: old.then(|| at.clone()),
        new: (!old).then(|| at.clone()),
        values: Vec::new(),
        items: if old { (Some(Item::Block), None) } else { (None, Some(Item::Block)) },
        scores: None,
    }
}

/// Every change from `old` to `new`: gates, frameworks (pass rule and criteria), profiles
/// (criteria and weights), scores (lines, points and cap) and class rules.
pub fn compare(old: &RuleSet, new: &RuleSet) -> Vec<RuleChange> {
    let (a, b) = (blocks(old), blocks(new));
    let mut out = Vec::new();
    compare_block(MINIMUM, &a.gates, &b.gates, false, ChangeKind::Weight, None, &mut out);
    for (name, needed, at, criteria) in &a.frameworks {
        let Some((f, (_, new_needed, new_at, new_criteria))) =
            b.frameworks.iter().enumerate().find(|(_, x)| &x.0 == name)
        else {
            out.push(block_change(ChangeKind::Removed, name, at, true));
            continue;
        };
        if needed != new_needed {
            let of = a.frameworks.iter().position(|x| &x.0 == name).unwrap_or(0);
            let number = |n: u32| Constant::Number { value: f64::from(n), unit: Unit::Plain };
            out.push(RuleChange {
                kind: ChangeKind::Needed,
                block: name.clone(),
                old: Some(at.clone()),
                new: Some(new_at.clone()),
                values: vec![ValueChange { old: number(*needed), new: number(*new_needed) }],
                items: (Some(Item::Passes(of)), Some(Item::Passes(f))),
                scores: None,
            });
        }
        compare_block(name, criteria, new_criteria, true, ChangeKind::Weight, None, &mut out);
    }
    for (name, _, at, _) in b.frameworks.iter().filter(|x| !a.frameworks.iter().any(|y| y.0 == x.0)) {
        out.push(block_change(ChangeKind::Added, name, at, false));
    }
    for (name, at, criteria) in &a.profiles {
        match b.profiles.iter().find(|x| &x.0 == name) {
            Some((_, _, new_criteria)) => {
                compare_block(name, criteria, new_criteria, false, ChangeKind::Weight, None, &mut out)
            }
            None => out.push(block_change(ChangeKind::Removed, name, at, true)),
        }
    }
    for (name, at, _) in b.profiles.iter().filter(|x| !a.profiles.iter().any(|y| y.0 == x.0)) {
        out.push(block_change(ChangeKind::Added, name, at, false));
    }
    for (s, (name, cap, at, lines)) in a.scores.iter().enumerate() {
        let Some((n, (_, new_cap, new_at, new_lines))) = b.scores.iter().enumerate().find(|(_, x)| &x.0 == name) else {
            out.push(block_change(ChangeKind::Removed, name, at, true));
            continue;
        };
        if cap != new_cap {
            let constant = |c: &Option<f64>| {
                c.map_or(Constant::Names(Vec::new()), |value| Constant::Number { value, unit: Unit::Plain })
            };
            out.push(RuleChange {
                kind: ChangeKind::Cap,
                block: name.clone(),
                old: Some(at.clone()),
                new: Some(new_at.clone()),
                values: vec![ValueChange { old: constant(cap), new: constant(new_cap) }],
                items: (Some(Item::Score(s)), Some(Item::Score(n))),
                scores: None,
            });
        }
        compare_block(name, lines, new_lines, false, ChangeKind::Points, Some((s, n)), &mut out);
    }
    for (name, _, at, _) in b.scores.iter().filter(|x| !a.scores.iter().any(|y| y.0 == x.0)) {
        out.push(block_change(ChangeKind::Added, name, at, false));
    }
    compare_block(CLASSIFY, &a.classes, &b.classes, true, ChangeKind::Weight, None, &mut out);
    out
}

/// The block names of `minimum` and `classify` in the changes.
pub const MINIMUM: &str = "minimum";
pub const CLASSIFY: &str = "classify";

/// Which changes touched the leads of each moved cell, counted as the history is compared.
#[derive(Clone, Debug, Default)]
pub struct Reasons {
    pub changes: Vec<RuleChange>,
    /// Per cell (old class, new class): leads touched by each change.
    cells: HashMap<(String, String), Vec<u64>>,
}

/// A change that moved leads of a cell, and how many.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    /// Index into the diff's `changes`.
    pub change: usize,
    pub leads: u64,
}

impl Reasons {
    pub fn new(old: &RuleSet, new: &RuleSet) -> Reasons {
        Reasons { changes: compare(old, new), cells: HashMap::new() }
    }

    /// Whether the leads' traces are needed: only when the definitions differ.
    pub fn wanted(&self) -> bool {
        !self.changes.is_empty()
    }

    /// Counts a moved lead of cell `from` → `to`.
    pub fn add(&mut self, from: &str, to: &str, a: Option<&Trace>, b: Option<&Trace>) {
        let (Some(a), Some(b)) = (a, b) else { return };
        let counts =
            self.cells.entry((from.to_string(), to.to_string())).or_insert_with(|| vec![0; self.changes.len()]);
        for (count, change) in counts.iter_mut().zip(&self.changes) {
            *count += u64::from(change.touched(a, b));
        }
    }

    /// The changes that touched the leads of a cell, most leads first.
    pub fn of(&self, from: &str, to: &str) -> Vec<Reason> {
        let Some(counts) = self.cells.get(&(from.to_string(), to.to_string())) else { return Vec::new() };
        let mut reasons: Vec<Reason> = counts
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(change, n)| Reason { change, leads: *n })
            .collect();
        reasons.sort_by(|x, y| y.leads.cmp(&x.leads).then(x.change.cmp(&y.change)));
        reasons
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> RuleSet {
        let loaded = crate::compile::load(crate::span::SourceFile::new("t.rules", text));
        assert!(loaded.diagnostics.iter().all(|d| !d.is_error()), "{:?}", loaded.diagnostics);
        loaded.rules.expect("compiles")
    }

    const OLD: &str = r#"definition "T" version 1
fields {
  employees : number from "employees"
  budget    : money  from "budget"
  source    : one of web, ads, referral from "source"
}
minimum {
  require employees >= 10 else "too small"
  require budget is known else "no budget"
}
profile ICP {
  employees >= 100 weight 2
  source in [web, ads] weight 1
}
framework BANT pass 2 of 2 {
  budget : budget >= 500_000
  big    : employees >= 50
}
score {
  +30 when ICP.fit >= 70%
  +10 when source = referral
}
classify {
  SQL     when score >= 70
  MQL     when BANT passes
  nurture otherwise
}
"#;

    fn kinds(changes: &[RuleChange]) -> Vec<(ChangeKind, String, String)> {
        changes
            .iter()
            .map(|c| {
                let values = c
                    .values
                    .iter()
                    .map(|v| format!("{} → {}", v.old.text(Lang::En), v.new.text(Lang::En)))
                    .collect::<Vec<_>>()
                    .join(", ");
                (c.kind, c.block.clone(), values)
            })
            .collect()
    }

    #[test]
    fn the_same_definition_has_no_change() {
        assert!(compare(&rules(OLD), &rules(OLD)).is_empty());
        // Comments and layout are not changes: the comparison is of the compiled rules.
        let relaid = OLD.replace("+30 when ICP.fit >= 70%", "+30   when   ICP.fit >= 70%   # the fit");
        assert!(compare(&rules(OLD), &rules(&relaid)).is_empty());
    }

    #[test]
    fn thresholds_points_weights_and_rules_are_found_with_old_and_new_values() {
        let new = OLD
            .replace("SQL     when score >= 70", "SQL     when score >= 60")
            .replace("+10 when source = referral", "+15 when source = referral")
            .replace("employees >= 100 weight 2", "employees >= 100 weight 3")
            .replace("source in [web, ads] weight 1", "source in [web] weight 1")
            .replace("framework BANT pass 2 of 2", "framework BANT pass 1 of 2")
            .replace("budget : budget >= 500_000", "budget : budget >= 250_000")
            .replace("  require budget is known else \"no budget\"\n", "")
            .replace("+30 when ICP.fit >= 70%", "+30 when ICP.fit >= 60%");
        let changes = compare(&rules(OLD), &rules(&new));
        let said = kinds(&changes);
        let expected = vec![
            (ChangeKind::Removed, "minimum".to_string(), String::new()),
            (ChangeKind::Needed, "BANT".into(), "2 → 1".into()),
            (ChangeKind::Threshold, "BANT".into(), "500 000 → 250 000".into()),
            (ChangeKind::Weight, "ICP".into(), "2 → 3".into()),
            (ChangeKind::Threshold, "ICP".into(), "[web, ads] → [web]".into()),
            (ChangeKind::Threshold, "score".into(), "70% → 60%".into()),
            (ChangeKind::Points, "score".into(), "+10 → +15".into()),
            (ChangeKind::Threshold, "classify".into(), "70 → 60".into()),
        ];
        assert_eq!(said, expected);
        let sql = changes.last().expect("the class rule");
        assert_eq!(sql.old.as_ref().map(|r| r.rule.as_str()), Some("SQL when score >= 70"));
        assert_eq!(sql.new.as_ref().map(|r| r.rule.as_str()), Some("SQL when score >= 60"));
    }

    #[test]
    fn a_class_rule_with_another_condition_is_rewritten_and_a_new_one_added() {
        let new = OLD
            .replace("  MQL     when BANT passes\n", "  MQL     when BANT.budget\n  MQL     when employees >= 500\n");
        let said = kinds(&compare(&rules(OLD), &rules(&new)));
        assert_eq!(
            said,
            vec![
                (ChangeKind::Rewritten, "classify".to_string(), String::new()),
                (ChangeKind::Added, "classify".into(), String::new()),
            ]
        );
    }

    #[test]
    fn a_change_touches_only_the_leads_it_moved() {
        let new = OLD.replace("SQL     when score >= 70", "SQL     when score >= 60");
        let changes = compare(&rules(OLD), &rules(&new));
        let trace = |class_rule| Trace { class_rule, scores: vec![60.0], ..Trace::default() };
        // Decided by the changed rule under the new definition: touched; by another: not.
        assert!(changes[0].touched(&trace(1), &trace(0)));
        assert!(!changes[0].touched(&trace(1), &trace(2)));
    }
}
