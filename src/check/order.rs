//! Orders the derived values (gates, frameworks, profiles, scores, deal) so each is computed
//! after everything it reads, and reports circles such as a score that reads itself.

use super::Checker;
use super::model::{Derived, Model};
use crate::diagnostic::{Code, Diagnostic};

impl Checker {
    pub(super) fn order(&mut self, mut model: Model) -> Model {
        let mut nodes: Vec<Derived> = Vec::new();
        if !model.gates.is_empty() {
            nodes.push(Derived::Minimum);
        }
        nodes.extend((0..model.frameworks.len()).map(Derived::Framework));
        nodes.extend((0..model.profiles.len()).map(Derived::Profile));
        nodes.extend((0..model.scores.len()).map(Derived::Score));
        if model.deal.is_some() {
            nodes.push(Derived::Deal);
        }
        let mut done: Vec<Derived> = Vec::with_capacity(nodes.len());
        let mut pending = nodes;
        while !pending.is_empty() {
            let ready = pending.iter().position(|node| {
                self.dependencies.iter().all(|(reader, target, _)| {
                    reader != node || done.contains(target) || !self.is_node(&model, *target)
                })
            });
            match ready {
                Some(i) => done.push(pending.remove(i)),
                None => {
                    // Every remaining value waits on another: report one edge of the circle.
                    let stuck = pending[0];
                    let (_, target, span) = self
                        .dependencies
                        .iter()
                        .copied()
                        .find(|(reader, target, _)| *reader == stuck && pending.contains(target))
                        .unwrap_or((stuck, stuck, model.scores.first().map(|s| s.span).unwrap_or_default()));
                    let (a, b) = (describe(&model, stuck), describe(&model, target));
                    let message = if stuck == target {
                        format!("{a} refers to itself")
                    } else {
                        format!("{a} and {b} refer to each other")
                    };
                    self.report(
                        Diagnostic::new(Code::Cycle, message, span, "this reference closes the circle")
                            .with_help("a value cannot be computed from itself: remove one of the references"),
                    );
                    done.push(pending.remove(0));
                }
            }
        }
        model.order = done;
        model
    }

    fn is_node(&self, model: &Model, d: Derived) -> bool {
        match d {
            Derived::Minimum => !model.gates.is_empty(),
            Derived::Deal => model.deal.is_some(),
            _ => true,
        }
    }
}

fn describe(model: &Model, d: Derived) -> String {
    match d {
        Derived::Minimum => "`minimum`".into(),
        Derived::Framework(i) => format!("framework `{}`", model.frameworks[i].name),
        Derived::Profile(i) => format!("profile `{}`", model.profiles[i].name),
        Derived::Score(i) => format!("score `{}`", model.scores[i].display_name()),
        Derived::Deal => "`deal`".into(),
    }
}
