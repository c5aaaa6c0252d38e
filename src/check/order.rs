//! Orders the derived values (gates, frameworks, profiles, scores, deal) so each is computed
//! after everything it reads, and reports circles such as a score that reads itself.

use super::Checker;
use super::model::{Derived, Model};
use crate::diagnostic::{Code, Diagnostic};
use crate::message::Message;
use crate::msg;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Checker {
    /// Kahn's algorithm, taking the earliest-declared ready value each time (so the order is
    /// the declaration order wherever the dependencies allow): linear in the values and
    /// references, whatever their order in the file.
    pub(super) fn order(&mut self, mut model: Model) -> Model {
        // The minimum is always a value, even with no gates (an empty `minimum { }` passes every
        // lead): `not minimum` may read it whatever the block holds.
        let mut nodes: Vec<Derived> = vec![Derived::Minimum];
        nodes.extend((0..model.frameworks.len()).map(Derived::Framework));
        nodes.extend((0..model.profiles.len()).map(Derived::Profile));
        nodes.extend((0..model.scores.len()).map(Derived::Score));
        if model.deal.is_some() {
            nodes.push(Derived::Deal);
        }
        let index: HashMap<Derived, usize> = nodes.iter().enumerate().map(|(i, d)| (*d, i)).collect();
        // For each value: how many of its references wait on a value not yet ordered, and the
        // references (by position in `dependencies`) that wait on it.
        let mut waiting_on = vec![0usize; nodes.len()];
        let mut readers_of: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        let mut reads: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        for (edge, (reader, target, _)) in self.dependencies.iter().enumerate() {
            let (Some(&reader), Some(&target)) = (index.get(reader), index.get(target)) else { continue };
            if self.is_node(&model, nodes[target]) {
                waiting_on[reader] += 1;
                readers_of[target].push(edge);
                reads[reader].push(edge);
            }
        }
        let mut ready: BinaryHeap<Reverse<usize>> =
            (0..nodes.len()).filter(|i| waiting_on[*i] == 0).map(Reverse).collect();
        let mut placed = vec![false; nodes.len()];
        let mut done: Vec<Derived> = Vec::with_capacity(nodes.len());
        // The earliest value not yet ordered, for when every remaining one waits on another.
        let mut first_pending = 0;
        while done.len() < nodes.len() {
            let next = match ready.pop() {
                Some(Reverse(i)) if placed[i] => continue,
                Some(Reverse(i)) => i,
                None => {
                    while placed[first_pending] {
                        first_pending += 1;
                    }
                    let edge =
                        reads[first_pending].iter().copied().find(|edge| !placed[index[&self.dependencies[*edge].1]]);
                    self.report_circle(&model, nodes[first_pending], edge);
                    first_pending
                }
            };
            placed[next] = true;
            done.push(nodes[next]);
            for &edge in &readers_of[next] {
                let reader = index[&self.dependencies[edge].0];
                waiting_on[reader] -= 1;
                if waiting_on[reader] == 0 && !placed[reader] {
                    ready.push(Reverse(reader));
                }
            }
        }
        model.order = done;
        model
    }

    /// Every remaining value waits on another: reports `edge`, the reference by which `stuck`
    /// waits on a value of the circle it is in (or leads to).
    fn report_circle(&mut self, model: &Model, stuck: Derived, edge: Option<usize>) {
        let (_, target, span) = edge.map(|edge| self.dependencies[edge]).unwrap_or((
            stuck,
            stuck,
            model.scores.first().map(|s| s.span).unwrap_or_default(),
        ));
        let (a, b) = (describe(model, stuck), describe(model, target));
        let message = if stuck == target {
            msg!("check-cycle-itself", what = a)
        } else {
            msg!("check-cycle-each-other", first = a, second = b)
        };
        self.report(
            Diagnostic::new(Code::Cycle, message, span, msg!("check-cycle-label")).with_help(msg!("check-cycle-help")),
        );
    }

    fn is_node(&self, model: &Model, d: Derived) -> bool {
        match d {
            Derived::Minimum => !model.gates.is_empty(),
            Derived::Deal => model.deal.is_some(),
            _ => true,
        }
    }
}

fn describe(model: &Model, d: Derived) -> Message {
    match d {
        Derived::Minimum => msg!("check-cycle-minimum"),
        Derived::Framework(i) => msg!("check-cycle-framework", name = &model.frameworks[i].name),
        Derived::Profile(i) => msg!("check-cycle-profile", name = &model.profiles[i].name),
        Derived::Score(i) => match &model.scores[i].name {
            Some(name) => msg!("check-cycle-score", name = name),
            None => msg!("check-cycle-score", name = crate::message::Arg::code("score")),
        },
        Derived::Deal => msg!("check-cycle-deal"),
    }
}
