//! Second pass: types every block's rules into the `Model` and checks each block's own
//! structure (pass rules, weights, `otherwise`, rules after `otherwise`).

use super::Checker;
use super::declare::Declared;
use super::model::*;
use crate::diagnostic::{Code, Diagnostic};
use crate::message::Arg;
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::*;

impl Checker {
    pub(super) fn blocks(&mut self, file: &RuleFile, declared: Declared) -> Model {
        let mut model = Model {
            header: file.header.clone(),
            schema: declared.schema,
            field_spans: declared.field_spans,
            gates: Vec::new(),
            frameworks: Vec::new(),
            profiles: Vec::new(),
            scores: Vec::new(),
            deal: None,
            classes: Vec::new(),
            temperature: None,
            examples: Vec::new(),
            order: Vec::new(),
            lets: Vec::new(),
            flags: Vec::new(),
        };
        let mut classify_seen = false;
        for item in &file.items {
            match item {
                Item::Minimum(block) => {
                    self.current = Some(Derived::Minimum);
                    for gate in &block.gates {
                        let condition = self.condition(&gate.condition);
                        model.gates.push(GateModel {
                            kind: gate.kind,
                            condition,
                            reason: gate.reason.node.clone(),
                            span: gate.span.into(),
                        });
                    }
                }
                Item::Framework(fw) if self.names.frameworks.get(&fw.name.name) == Some(&model.frameworks.len()) => {
                    self.current = Some(Derived::Framework(model.frameworks.len()));
                    let framework = self.framework(fw);
                    model.frameworks.push(framework);
                }
                Item::Profile(p) if self.names.profiles.get(&p.name.name) == Some(&model.profiles.len()) => {
                    self.current = Some(Derived::Profile(model.profiles.len()));
                    let criteria = p
                        .criteria
                        .iter()
                        .map(|c| {
                            self.positive(c.weight.node, c.weight.span.into(), Setting::Weight);
                            WeightedCondition {
                                weight: c.weight.node,
                                condition: self.condition(&c.condition),
                                span: c.span.into(),
                            }
                        })
                        .collect();
                    model.profiles.push(ProfileModel { name: p.name.name.clone(), criteria, span: p.span.into() });
                }
                Item::Score(s) => {
                    let name = s.name.as_ref().map_or("score", |n| n.name.as_str());
                    if self.names.scores.get(name) != Some(&model.scores.len()) {
                        continue;
                    }
                    self.current = Some(Derived::Score(model.scores.len()));
                    let rules = s.rules.iter().map(|r| self.score_line(r)).collect();
                    model.scores.push(ScoreModel {
                        name: s.name.as_ref().map(|n| n.name.clone()),
                        cap: s.cap.as_ref().map(|c| c.node),
                        rules,
                        span: s.span.into(),
                    });
                }
                Item::Deal(d) if model.deal.is_none() => {
                    self.current = Some(Derived::Deal);
                    model.deal = Some(self.deal(d));
                }
                Item::Classify(c) if !classify_seen => {
                    classify_seen = true;
                    self.current = None;
                    model.classes = self.ordered_rules(
                        c.rules.iter().map(|r| {
                            (&r.class, &r.when, r.playbook.as_ref().map(|p| p.node.clone()), None, r.span.into())
                        }),
                        c.span.into(),
                        "classify",
                    );
                }
                Item::Temperature(t) if model.temperature.is_none() => {
                    self.current = None;
                    model.temperature = Some(self.temperature(t));
                }
                Item::Flag(f) => {
                    self.current = None;
                    let condition = self.condition(&f.condition);
                    model.flags.push(FlagModel { text: f.text.node.clone(), condition, span: f.span.into() });
                }
                _ => {}
            }
        }
        self.current = None;
        self.unused_lets();
        model.lets = self.typed_lets();
        if model.schema.fields.is_empty() {
            self.report(
                Diagnostic::new(
                    Code::MissingBlock,
                    msg!("check-no-fields-block"),
                    file_start(file),
                    msg!("check-no-fields-block-label"),
                )
                .with_help(msg!("check-no-fields-block-help")),
            );
        }
        // A file without a `definition` line may be a library of frameworks for others to `use`.
        if !classify_seen && file.header.is_some() {
            self.report(
                Diagnostic::new(
                    Code::MissingBlock,
                    msg!("check-no-classify-block"),
                    file_start(file),
                    msg!("check-no-classify-block-label"),
                )
                .with_help(msg!("check-no-classify-block-help")),
            );
        }
        model
    }

    fn framework(&mut self, fw: &FrameworkBlock) -> FrameworkModel {
        let count = fw.criteria.len() as u32;
        let needed = match fw.pass.node {
            PassRule::All => count,
            PassRule::Any => 1.min(count),
            PassRule::AtLeast { needed, of } => {
                if let Some(of) = of.filter(|&of| of != count) {
                    self.report(
                        Diagnostic::new(
                            Code::PassRuleCount,
                            msg!("check-pass-rule-count", of = of, name = &fw.name.name, count = count),
                            fw.pass.span,
                            msg!("check-pass-rule-count-label", of = of),
                        )
                        .with_label(fw.name.span, msg!("check-pass-rule-count-criteria", count = count))
                        .with_help(msg!(
                            "check-pass-rule-count-help",
                            needed = needed,
                            count = count
                        )),
                    );
                }
                if needed > count {
                    self.report(
                        Diagnostic::new(
                            Code::ImpossiblePassRule,
                            msg!("check-impossible-pass-rule", name = &fw.name.name, needed = needed, count = count),
                            fw.pass.span,
                            msg!("check-impossible-pass-rule-label"),
                        )
                        .with_help(msg!(
                            "check-impossible-pass-rule-help",
                            count = count,
                            example = count.max(1)
                        )),
                    );
                } else if needed == 0 {
                    self.report(
                        Diagnostic::new(
                            Code::InvalidSetting,
                            msg!("check-pass-rule-zero", name = &fw.name.name),
                            fw.pass.span,
                            msg!("check-pass-rule-zero-label"),
                        )
                        .with_help(msg!("check-pass-rule-zero-help")),
                    );
                }
                needed
            }
        };
        let criteria = fw
            .criteria
            .iter()
            .map(|c| CriterionModel {
                name: c.name.name.clone(),
                condition: self.condition(&c.condition),
                span: c.span.into(),
            })
            .collect();
        FrameworkModel { name: fw.name.name.clone(), needed, criteria, span: fw.span.into() }
    }

    fn deal(&mut self, d: &DealBlock) -> DealModel {
        let size = d.size.as_ref().map(|e| {
            let typed = self.expr(e);
            if !matches!(typed.ty, Type::Num(Unit::Money | Unit::Bare) | Type::Error) {
                self.report(
                    Diagnostic::new(
                        Code::TypeMismatch,
                        msg!("check-deal-size-not-money"),
                        e.span,
                        msg!("check-this-is", kind = typed.ty.describe()),
                    )
                    .with_help(msg!("check-deal-size-not-money-help")),
                );
            }
            typed
        });
        let criteria = d
            .probability
            .iter()
            .map(|c| {
                self.positive(c.importance.node, c.importance.span.into(), Setting::Importance);
                let ratings = c
                    .ratings
                    .iter()
                    .map(|r| {
                        if !(0.0..=100.0).contains(&r.percent.node) {
                            self.report(
                                Diagnostic::new(
                                    Code::InvalidSetting,
                                    msg!("check-rating-out-of-range"),
                                    r.percent.span,
                                    msg!("check-rating-out-of-range-label"),
                                )
                                .with_help(msg!("check-rating-out-of-range-help")),
                            );
                        }
                        let condition = match &r.when {
                            When::Condition(e) => Some(self.condition(e)),
                            When::Otherwise(_) => None,
                        };
                        (r.percent.node / 100.0, condition)
                    })
                    .collect();
                ProbabilityModel {
                    name: c.name.name.clone(),
                    importance: c.importance.node,
                    ratings,
                    span: c.span.into(),
                }
            })
            .collect();
        DealModel { size, criteria }
    }

    fn temperature(&mut self, t: &TemperatureBlock) -> TemperatureModel {
        let since = t.since.as_ref().and_then(|ident| match self.names.fields.get(&ident.name).copied() {
            Some(slot) if matches!(self.names.field_types[slot], Type::Date | Type::DateTime) => {
                self.used_fields[slot] = true;
                Some(slot)
            }
            Some(slot) => {
                self.report(
                    Diagnostic::new(
                        Code::TypeMismatch,
                        msg!(
                            "check-since-not-a-date",
                            name = &ident.name,
                            kind = self.names.field_types[slot].describe()
                        ),
                        ident.span,
                        msg!("check-since-not-a-date-label"),
                    )
                    .with_help(msg!("check-since-not-a-date-help")),
                );
                None
            }
            None => {
                let help = match super::suggest::did_you_mean(&ident.name, self.names.fields.keys().map(String::as_str))
                {
                    Some(s) => msg!("check-did-you-mean", name = s),
                    None => msg!("check-since-unknown-help"),
                };
                self.report(
                    Diagnostic::new(
                        Code::UnknownName,
                        msg!("check-unknown-name", name = &ident.name),
                        ident.span,
                        msg!("check-not-declared"),
                    )
                    .with_help(help),
                );
                None
            }
        });
        let rules = self.ordered_rules(
            t.rules
                .iter()
                .map(|r| (&r.name, &r.when, None, r.respond_within.as_ref().map(|q| q.node.seconds()), r.span.into())),
            t.span.into(),
            "temperature",
        );
        TemperatureModel { all_leads: t.all_leads, since, rules }
    }

    /// Types an ordered first-match block and checks that it ends with exactly one `otherwise`.
    fn ordered_rules<'r>(
        &mut self,
        rules: impl Iterator<Item = (&'r Ident, &'r When, Option<String>, Option<f64>, Span)>,
        block: Span,
        keyword: &str,
    ) -> Vec<RuleModel> {
        let mut out = Vec::new();
        let mut otherwise: Option<Span> = None;
        for (name, when, playbook, respond_within, span) in rules {
            if let Some(first) = otherwise {
                self.report(
                    Diagnostic::new(
                        Code::AfterOtherwise,
                        msg!("check-after-otherwise", name = &name.name),
                        span,
                        msg!("check-after-otherwise-label"),
                    )
                    .with_label(first, msg!("check-after-otherwise-stops"))
                    .with_help(msg!("check-after-otherwise-help")),
                );
            }
            let (condition, head) = match when {
                When::Condition(e) => (Some(self.condition(e)), name.span.to(e.span)),
                When::Otherwise(s) => {
                    otherwise.get_or_insert(Span::from(*s));
                    (None, name.span.to(*s))
                }
            };
            out.push(RuleModel {
                name: name.name.clone(),
                condition,
                playbook,
                respond_within,
                head: head.into(),
                span,
            });
        }
        if otherwise.is_none() {
            let head = self.block_head(block);
            let example =
                if keyword == "classify" { "nurture otherwise" } else { "cold otherwise respond within 1 day" };
            let (keyword, example) = (Arg::code(keyword), Arg::code(example));
            self.report(
                Diagnostic::new(
                    Code::MissingOtherwise,
                    msg!("check-missing-otherwise", block = keyword),
                    head,
                    msg!("check-missing-otherwise-label"),
                )
                .with_help(msg!("check-missing-otherwise-help", example = example)),
            );
        }
        out
    }

    fn positive(&mut self, value: f64, span: Span, what: Setting) {
        if value <= 0.0 {
            let value = value.to_string();
            let (message, label, help) = match what {
                Setting::Weight => (
                    msg!("check-weight-not-positive"),
                    msg!("check-weight-not-positive-label", value = value),
                    msg!("check-weight-not-positive-help"),
                ),
                Setting::Importance => (
                    msg!("check-importance-not-positive"),
                    msg!("check-importance-not-positive-label", value = value),
                    msg!("check-importance-not-positive-help"),
                ),
            };
            self.report(Diagnostic::new(Code::InvalidSetting, message, span, label).with_help(help));
        }
    }
}

/// A number that must be more than 0.
#[derive(Clone, Copy)]
enum Setting {
    Weight,
    Importance,
}

fn file_start(file: &RuleFile) -> Span {
    match &file.header {
        Some(h) => h.span.into(),
        None => Span::new(0, 0),
    }
}
