//! Second pass: types every block's rules into the `Model` and checks each block's own
//! structure (pass rules, weights, `otherwise`, rules after `otherwise`).

use super::Checker;
use super::declare::Declared;
use super::model::*;
use crate::diagnostic::{Code, Diagnostic};
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
                            self.positive(c.weight.node, c.weight.span.into(), "weight");
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
                    let rules = s
                        .rules
                        .iter()
                        .map(|r| WeightedCondition {
                            weight: r.points.node,
                            condition: self.condition(&r.condition),
                            span: r.span.into(),
                        })
                        .collect();
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
                _ => {}
            }
        }
        self.current = None;
        if model.schema.fields.is_empty() {
            self.report(
                Diagnostic::new(
                    Code::MissingBlock,
                    "there is no `fields` block",
                    file_start(file),
                    "the rules need fields to read",
                )
                .with_help("declare the lead's fields: `fields { employees : number from \"employees\" }`"),
            );
        }
        // A file without a `definition` line may be a library of frameworks for others to `use`.
        if !classify_seen && file.header.is_some() {
            self.report(
                Diagnostic::new(
                    Code::MissingBlock,
                    "there is no `classify` block",
                    file_start(file),
                    "no lead would get a class",
                )
                .with_help(
                    "add `classify { SQL when ... MQL when ... nurture otherwise }`; a file meant only to be used by \
                 other definitions has no `definition` line",
                ),
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
                            format!("the pass rule counts {of} criteria, but `{}` has {count}", fw.name.name),
                            fw.pass.span,
                            format!("says {of}"),
                        )
                        .with_label(fw.name.span, format!("{count} criteria here"))
                        .with_help(format!("write `pass {needed} of {count}`, or add the missing criteria")),
                    );
                }
                if needed > count {
                    self.report(
                        Diagnostic::new(
                            Code::ImpossiblePassRule,
                            format!(
                                "`{}` can never pass: it asks for {needed} criteria but has only {count}",
                                fw.name.name
                            ),
                            fw.pass.span,
                            "more than there are",
                        )
                        .with_help(format!(
                            "ask for at most {count}, such as `pass {} of {count}`, or add criteria",
                            count.max(1)
                        )),
                    );
                } else if needed == 0 {
                    self.report(
                        Diagnostic::new(
                            Code::InvalidSetting,
                            format!("`{}` would pass every lead: it asks for 0 criteria", fw.name.name),
                            fw.pass.span,
                            "always passes",
                        )
                        .with_help("ask for at least one criterion, such as `pass any`"),
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
                        "the deal size must be an amount of money",
                        e.span,
                        format!("this is {}", typed.ty.describe()),
                    )
                    .with_help(
                        "use a money field or a calculation with one, such as `size budget` or `size ad_spend * 12`",
                    ),
                );
            }
            typed
        });
        let criteria = d
            .probability
            .iter()
            .map(|c| {
                self.positive(c.importance.node, c.importance.span.into(), "importance");
                let ratings = c
                    .ratings
                    .iter()
                    .map(|r| {
                        if !(0.0..=100.0).contains(&r.percent.node) {
                            self.report(
                                Diagnostic::new(
                                    Code::InvalidSetting,
                                    "a match is rated from 0% to 100%",
                                    r.percent.span,
                                    "outside 0%..100%",
                                )
                                .with_help("rate how well we match this criterion between 0% and 100%"),
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
                    Diagnostic::new(Code::TypeMismatch, format!("the response clock must start from a date, but `{}` is {}", ident.name, self.names.field_types[slot].describe()), ident.span, "not a date")
                        .with_help("name a `datetime` field, such as the time the lead entered the CRM: `temperature since created_at`"),
                );
                None
            }
            None => {
                let help = match super::suggest::did_you_mean(&ident.name, self.names.fields.keys().map(String::as_str)) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "name a `datetime` field declared in `fields`".to_string(),
                };
                self.report(Diagnostic::new(Code::UnknownName, format!("unknown name `{}`", ident.name), ident.span, "not declared").with_help(help));
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
                        format!("`{}` comes after `otherwise` and can never be chosen", name.name),
                        span,
                        "never reached",
                    )
                    .with_label(first, "every lead that gets here stops at this `otherwise`")
                    .with_help("move this line above the `otherwise` line; `otherwise` must be last"),
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
            let head = Span::new(block.start as usize, block.start as usize + keyword.len());
            let example =
                if keyword == "classify" { "nurture otherwise" } else { "cold otherwise respond within 1 day" };
            self.report(
                Diagnostic::new(
                    Code::MissingOtherwise,
                    format!("`{keyword}` has no `otherwise` line"),
                    head,
                    "some leads would match no line",
                )
                .with_help(format!(
                    "end the block with a catch-all line, such as `{example}`, so every lead gets exactly one answer"
                )),
            );
        }
        out
    }

    fn positive(&mut self, value: f64, span: Span, what: &str) {
        if value <= 0.0 {
            self.report(
                Diagnostic::new(
                    Code::InvalidSetting,
                    format!("a {what} must be more than 0"),
                    span,
                    format!("{what} {value}"),
                )
                .with_help(format!("give a positive {what}, or remove the line if it does not matter")),
            );
        }
    }
}

fn file_start(file: &RuleFile) -> Span {
    match &file.header {
        Some(h) => h.span.into(),
        None => Span::new(0, 0),
    }
}
