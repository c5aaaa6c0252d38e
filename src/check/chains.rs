//! Conditions over one value spread along a chain of `and` or `or`: a chain of `and` that no lead
//! can meet (`employees > 10 and source = ads and employees < 5`), and a chain of `or` that every
//! lead whose value is known meets (`employees > 10 or employees <= 10`).
//!
//! What a comparison with a constant lets through is a set of values ([`Set`], a union of
//! intervals with open or closed ends): `>=`, `<`, `=`, `!=`, `between`, `in [...]`, `not`, a
//! `one of` value, a yes/no field written alone. The sets of one value are intersected along an
//! `and` and joined along an `or`. Unknown values follow the language's three-valued logic: an `or`
//! that covers every value is true only for the leads whose value is known, and unknown for the
//! others, so the diagnostic says exactly that (unless the value is never unknown: a score, a fit).

use super::lints::range_of;
use super::model::*;
use crate::diagnostic::{Code, Diagnostic};
use crate::msg;
use crate::schema::FieldKind;
use crate::span::SourceMap;
use crate::syntax::ast::{BinaryOp, GateKind};

/// One end of an interval: its value and whether the value itself is in.
#[derive(Clone, Copy, Debug, PartialEq)]
struct End {
    at: f64,
    closed: bool,
}

/// An interval of values; `lo.at == f64::NEG_INFINITY` is unbounded below.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Interval {
    lo: End,
    hi: End,
}

const OPEN_BELOW: End = End { at: f64::NEG_INFINITY, closed: false };
const OPEN_ABOVE: End = End { at: f64::INFINITY, closed: false };

impl Interval {
    fn point(v: f64) -> Interval {
        Interval { lo: End { at: v, closed: true }, hi: End { at: v, closed: true } }
    }

    fn is_empty(&self) -> bool {
        self.lo.at > self.hi.at || (self.lo.at == self.hi.at && !(self.lo.closed && self.hi.closed))
    }

    fn contains(&self, v: f64) -> bool {
        (self.lo.at < v || (self.lo.at == v && self.lo.closed))
            && (v < self.hi.at || (v == self.hi.at && self.hi.closed))
    }

    fn intersect(&self, other: &Interval) -> Interval {
        let lo = match self.lo.at.total_cmp(&other.lo.at) {
            std::cmp::Ordering::Greater => self.lo,
            std::cmp::Ordering::Less => other.lo,
            std::cmp::Ordering::Equal => End { at: self.lo.at, closed: self.lo.closed && other.lo.closed },
        };
        let hi = match self.hi.at.total_cmp(&other.hi.at) {
            std::cmp::Ordering::Less => self.hi,
            std::cmp::Ordering::Greater => other.hi,
            std::cmp::Ordering::Equal => End { at: self.hi.at, closed: self.hi.closed && other.hi.closed },
        };
        Interval { lo, hi }
    }
}

/// A union of intervals: the values a condition lets through.
type Set = Vec<Interval>;

fn intersect(a: &Set, b: &Set) -> Set {
    a.iter().flat_map(|x| b.iter().map(move |y| x.intersect(y))).filter(|i| !i.is_empty()).collect()
}

/// Everything but `set`.
fn complement(set: &Set) -> Set {
    let mut out = vec![Interval { lo: OPEN_BELOW, hi: OPEN_ABOVE }];
    for i in set {
        let below = Interval { lo: OPEN_BELOW, hi: End { at: i.lo.at, closed: !i.lo.closed } };
        let above = Interval { lo: End { at: i.hi.at, closed: !i.hi.closed }, hi: OPEN_ABOVE };
        out = intersect(&out, &vec![below, above].into_iter().filter(|x| !x.is_empty()).collect());
    }
    out
}

/// Whether `parts` together hold every value of `domain`.
fn covers(domain: &Interval, parts: &Set) -> bool {
    let mut parts: Vec<Interval> = parts.clone();
    parts.sort_by(|a, b| a.lo.at.total_cmp(&b.lo.at).then(b.lo.closed.cmp(&a.lo.closed)));
    // Everything below `reach` is covered; `reach.closed`: the value `reach.at` itself is still needed.
    let mut reach = End { at: domain.lo.at, closed: domain.lo.closed };
    loop {
        let done = reach.at > domain.hi.at || (reach.at == domain.hi.at && !(reach.closed && domain.hi.closed));
        if done || reach.at == f64::INFINITY {
            return true;
        }
        let next = parts
            .iter()
            .filter(|p| p.lo.at < reach.at || (p.lo.at == reach.at && (p.lo.closed || !reach.closed)))
            .map(|p| p.hi)
            .filter(|hi| hi.at > reach.at || (hi.at == reach.at && hi.closed && reach.closed))
            .max_by(|a, b| a.at.total_cmp(&b.at).then(a.closed.cmp(&b.closed)));
        match next {
            Some(hi) => reach = End { at: hi.at, closed: !hi.closed },
            None => return false,
        }
    }
}

fn constant(e: &TExpr) -> Option<f64> {
    match e.kind {
        TExprKind::Number(n) => Some(n),
        TExprKind::Time(t) => Some(t as f64),
        TExprKind::EnumValue(v) => Some(f64::from(v)),
        TExprKind::Bool(b) => Some(f64::from(u8::from(b))),
        _ => None,
    }
}

/// The value a condition tests and the set of its values that make it true. A named condition
/// (`let big = employees > 100`) lets through what its condition does.
fn admitted(e: &TExpr) -> Option<(&TExpr, Set)> {
    let e = e.unnamed();
    let found = match &e.kind {
        TExprKind::Binary(op, a, b) if op.is_comparison() => {
            let (op, x, c) = match (constant(a), constant(b)) {
                (None, Some(c)) => (*op, a.as_ref(), c),
                (Some(c), None) => (super::lints::flip(*op), b.as_ref(), c),
                _ => return None,
            };
            let at = |closed| End { at: c, closed };
            let set = match op {
                BinaryOp::Eq => vec![Interval::point(c)],
                BinaryOp::Ne => complement(&vec![Interval::point(c)]),
                BinaryOp::Ge | BinaryOp::Gt => vec![Interval { lo: at(op == BinaryOp::Ge), hi: OPEN_ABOVE }],
                BinaryOp::Le | BinaryOp::Lt => vec![Interval { lo: OPEN_BELOW, hi: at(op == BinaryOp::Le) }],
                _ => return None,
            };
            (x, set)
        }
        TExprKind::Between(x, low, high) => {
            let (lo, hi) = (constant(low)?, constant(high)?);
            (x.as_ref(), vec![Interval { lo: End { at: lo, closed: true }, hi: End { at: hi, closed: true } }])
        }
        TExprKind::In(x, list) => {
            let points: Option<Set> = list.iter().map(|v| constant(v).map(Interval::point)).collect();
            (x.as_ref(), points?)
        }
        TExprKind::Not(inner) => {
            let (x, set) = admitted(inner)?;
            (x, complement(&set))
        }
        TExprKind::Field(_) if e.ty == Type::Bool => (e, vec![Interval::point(1.0)]),
        _ => return None,
    };
    let x = found.0;
    let plain = matches!(x.kind, TExprKind::Field(_) | TExprKind::Score(_) | TExprKind::ProfileFit(_));
    (plain && x.ty != Type::Error).then_some(found)
}

/// The operands of a chain of `op` (`a and b and c`, however it is bracketed), looking through
/// the named conditions in it that are chains of `op` themselves (`let engaged = a and b`, then
/// `engaged and c` is `a and b and c`).
fn flatten<'e>(e: &'e TExpr, op: BinaryOp, into: &mut Vec<&'e TExpr>) {
    match &e.kind {
        TExprKind::Binary(o, a, b) if *o == op => {
            flatten(a, op, into);
            flatten(b, op, into);
        }
        TExprKind::Let(_, inner) if matches!(inner.unnamed().kind, TExprKind::Binary(o, ..) if o == op) => {
            flatten(inner.unnamed(), op, into)
        }
        _ => into.push(e),
    }
}

/// A test as the diagnostic quotes it: as written, and for a named condition its name with
/// what it stands for, `big (employees > 100)`.
fn shown(sources: &SourceMap, test: &TExpr) -> String {
    let written = sources.slice(test.span).to_string();
    match &test.kind {
        TExprKind::Let(..) => format!("{written} ({})", sources.slice(test.unnamed().span)),
        _ => written,
    }
}

/// The operands of a chain, and the values each lets through, grouped by the value tested.
fn grouped(e: &TExpr, op: BinaryOp) -> Vec<(&TExpr, Vec<(&TExpr, Set)>)> {
    let mut operands = Vec::new();
    flatten(e, op, &mut operands);
    let mut groups: Vec<(&TExpr, Vec<(&TExpr, Set)>)> = Vec::new();
    for operand in operands {
        let Some((x, set)) = admitted(operand) else { continue };
        match groups.iter_mut().find(|(y, _)| *y == x) {
            Some(group) => group.1.push((operand, set)),
            None => groups.push((x, vec![(operand, set)])),
        }
    }
    groups
}

/// A chain of `and` whose comparisons of one value leave no value: reported at the first
/// comparison that empties it, with the earlier ones it contradicts.
pub(super) fn never_true(sources: &SourceMap, e: &TExpr) -> Option<Diagnostic> {
    let TExprKind::Binary(BinaryOp::And, ..) = e.kind else { return None };
    for (_, tests) in grouped(e, BinaryOp::And) {
        let mut left: Set = vec![Interval { lo: OPEN_BELOW, hi: OPEN_ABOVE }];
        for (k, (test, set)) in tests.iter().enumerate() {
            left = intersect(&left, set);
            if !left.is_empty() {
                continue;
            }
            // One earlier comparison that alone contradicts this one, or all of them.
            let earlier: Vec<&TExpr> = match tests[..k].iter().find(|(_, s)| intersect(s, set).is_empty()) {
                Some((one, _)) => vec![one],
                None => tests[..k].iter().map(|(t, _)| *t).collect(),
            };
            let second = shown(sources, test);
            let shown: Vec<String> = earlier.iter().map(|t| shown(sources, t)).collect();
            let mut d = if let [first] = shown.as_slice() {
                Diagnostic::new(
                    Code::ConstantCondition,
                    msg!("check-contradiction", first = first, second = &second),
                    test.span,
                    msg!("check-contradiction-label", first = first),
                )
            } else {
                Diagnostic::new(
                    Code::ConstantCondition,
                    msg!(
                        "check-contradiction-chain",
                        second = &second,
                        earlier = crate::message::Arg::all_of_quoted(&shown)
                    ),
                    test.span,
                    msg!("check-contradiction-chain-label"),
                )
            };
            for t in earlier {
                d = d.with_label(t.span, msg!("check-contradiction-first"));
            }
            let or = super::constant::word(sources, test.span, "or");
            let and = super::constant::word(sources, test.span, "and");
            return Some(d.with_help(msg!("check-contradiction-help", or = or, and = and)));
        }
    }
    None
}

/// Gates of `minimum` that no lead whose value is known passes together (`require employees >=
/// 10`, then `require employees < 5`): what each gate lets through of one value is intersected in
/// the order of the block, and the gate that empties it is reported with the one it contradicts.
/// A `require` lets through what its condition admits (each comparison of a chain of `and`), a
/// `reject` of one comparison what that comparison does not. One gate that contradicts itself is
/// the condition's own finding (`never_true`).
pub(super) fn gates_never_pass(sources: &SourceMap, gates: &[GateModel]) -> Vec<Diagnostic> {
    // Per value: the gates' tests in order, with the gate each came from and what it lets through.
    let mut groups: Vec<(&TExpr, Vec<(usize, &GateModel, Set)>)> = Vec::new();
    for (index, gate) in gates.iter().enumerate() {
        let passing: Vec<(&TExpr, Set)> = match gate.kind {
            GateKind::Require => {
                let mut operands = Vec::new();
                flatten(&gate.condition, BinaryOp::And, &mut operands);
                operands.into_iter().filter_map(admitted).collect()
            }
            GateKind::Reject => admitted(&gate.condition).map(|(x, set)| (x, complement(&set))).into_iter().collect(),
        };
        for (x, set) in passing {
            match groups.iter_mut().find(|(y, _)| *y == x) {
                Some(group) => group.1.push((index, gate, set)),
                None => groups.push((x, vec![(index, gate, set)])),
            }
        }
    }
    let mut found = Vec::new();
    for (_, tests) in groups {
        let mut left: Set = vec![Interval { lo: OPEN_BELOW, hi: OPEN_ABOVE }];
        for (k, (index, gate, set)) in tests.iter().enumerate() {
            left = intersect(&left, set);
            if !left.is_empty() {
                continue;
            }
            // The contradiction inside one gate is that gate's condition's own finding.
            let Some(earlier) = tests[..k].iter().find(|(i, _, s)| i != index && intersect(s, set).is_empty()) else {
                break;
            };
            let (first, second) = (gate_text(sources, earlier.1), gate_text(sources, gate));
            found.push(
                Diagnostic::new(
                    Code::ConstantCondition,
                    msg!("check-gates-contradict", first = &first, second = &second),
                    gate.condition.span,
                    msg!("check-gates-contradict-label", first = &first),
                )
                .with_label(earlier.1.condition.span, msg!("check-contradiction-first"))
                .with_help(msg!(
                    "check-gates-contradict-help",
                    minimum = super::constant::word(sources, gate.condition.span, "minimum")
                )),
            );
            break;
        }
    }
    found
}

/// A gate as written, its keyword in the file's own language: `require employees >= 10`.
fn gate_text(sources: &SourceMap, gate: &GateModel) -> String {
    let keyword = match gate.kind {
        GateKind::Require => "require",
        GateKind::Reject => "reject",
    };
    let word = super::constant::word(sources, gate.condition.span, keyword);
    format!("{word} {}", shown(sources, &gate.condition))
}

/// A chain of `or` whose comparisons of one value together let every value through.
pub(super) fn always_true(model: &Model, sources: &SourceMap, e: &TExpr) -> Option<Diagnostic> {
    let TExprKind::Binary(BinaryOp::Or, ..) = e.kind else { return None };
    for (x, tests) in grouped(e, BinaryOp::Or) {
        if tests.len() < 2 {
            continue;
        }
        let all: Set = tests.iter().flat_map(|(_, s)| s.iter().copied()).collect();
        // A score or a fit is never unknown: its bounds are the whole of what it can be.
        let bounds = range_of(model, x).filter(|_| matches!(x.kind, TExprKind::Score(_) | TExprKind::ProfileFit(_)));
        let covered = match (&x.ty, &bounds) {
            (Type::Enum(slot), _) => match model.schema.fields.get(*slot).map(|f| &f.kind) {
                Some(FieldKind::OneOf(values)) => (0..values.len()).all(|v| all.iter().any(|i| i.contains(v as f64))),
                _ => false,
            },
            (Type::Bool, _) => [0.0, 1.0].iter().all(|v| all.iter().any(|i| i.contains(*v))),
            (_, Some(b)) => {
                covers(&Interval { lo: End { at: b.low, closed: true }, hi: End { at: b.high, closed: true } }, &all)
            }
            _ => covers(&Interval { lo: OPEN_BELOW, hi: OPEN_ABOVE }, &all),
        };
        if !covered {
            continue;
        }
        let name = sources.slice(x.span).to_string();
        // At the alternative that completes the cover, with the others beside it.
        let last = tests.last().map_or(e.span, |(t, _)| t.span);
        let shown: Vec<String> = tests.iter().map(|(t, _)| shown(sources, t)).collect();
        let listed = crate::message::Arg::any_of_quoted(&shown);
        let mut d = if bounds.is_some() {
            Diagnostic::new(
                Code::ConstantCondition,
                msg!("check-or-always-true", tests = listed),
                last,
                msg!("check-always-true"),
            )
            .with_help(msg!("check-or-always-true-help"))
        } else {
            Diagnostic::new(
                Code::ConstantCondition,
                msg!("check-or-true-when-known", tests = listed, name = &name),
                last,
                msg!("check-or-true-when-known-label", name = &name),
            )
            .with_help(msg!(
                "check-or-true-when-known-help",
                name = &name,
                known = super::constant::word(sources, x.span, "is known")
            ))
        };
        for (t, _) in &tests[..tests.len() - 1] {
            d = d.with_label(t.span, msg!("check-or-part"));
        }
        return Some(d);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(lo: f64, hi: f64) -> Interval {
        Interval { lo: End { at: lo, closed: true }, hi: End { at: hi, closed: true } }
    }

    #[test]
    fn a_strict_and_a_loose_comparison_meet_at_their_bound() {
        let above = Interval { lo: End { at: 10.0, closed: false }, hi: OPEN_ABOVE };
        let below = Interval { lo: OPEN_BELOW, hi: End { at: 10.0, closed: true } };
        let whole = Interval { lo: OPEN_BELOW, hi: OPEN_ABOVE };
        assert!(covers(&whole, &vec![above, below]));
        let strictly_below = Interval { lo: OPEN_BELOW, hi: End { at: 10.0, closed: false } };
        assert!(!covers(&whole, &vec![above, strictly_below]), "10 itself is left out");
        assert!(above.intersect(&below).is_empty());
    }

    #[test]
    fn a_bounded_value_is_covered_by_its_own_range() {
        assert!(covers(&closed(0.0, 1.0), &vec![closed(0.0, 0.5), closed(0.5, 1.0)]));
        assert!(!covers(&closed(0.0, 1.0), &vec![closed(0.0, 0.4), closed(0.5, 1.0)]));
    }

    #[test]
    fn not_equal_is_everything_but_the_point() {
        let others = complement(&vec![Interval::point(3.0)]);
        assert!(!others.iter().any(|i| i.contains(3.0)));
        assert!(others.iter().any(|i| i.contains(2.9)) && others.iter().any(|i| i.contains(3.1)));
        assert!(intersect(&others, &vec![Interval::point(3.0)]).is_empty());
    }
}
