//! Typing of expressions: resolves references, checks kinds and units, and builds `TExpr`.
//!
//! After an error the expression gets `Type::Error`, which is compatible with everything, so
//! one mistake is reported once.

use super::Checker;
use super::model::{Derived, TExpr, TExprKind, Type, Unit};
use super::suggest::did_you_mean;
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::message::{Arg, Message};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, Ident, Literal, UnaryOp};
use crate::value::civil_seconds;

fn texpr(kind: TExprKind, ty: Type, span: Span) -> TExpr {
    TExpr { kind, ty, span: span.into() }
}

fn error_expr(span: Span) -> TExpr {
    texpr(TExprKind::Bool(false), Type::Error, span)
}

impl Checker {
    /// A condition: an expression that must be yes/no.
    pub(super) fn condition(&mut self, e: &Expr) -> TExpr {
        let typed = self.expr(e);
        if !matches!(typed.ty, Type::Bool | Type::Error) {
            let expr = self.text(e.span).to_string();
            let help = match typed.ty {
                Type::Num(_) => msg!("check-condition-help-number", expr = &expr),
                Type::Enum(slot) => {
                    let example = self.names.enum_values[slot].first().cloned().unwrap_or_default();
                    msg!("check-condition-help-one-of", expr = &expr, example = example)
                }
                Type::Text => msg!("check-condition-help-text", expr = &expr),
                _ => msg!("check-condition-help-other", expr = &expr),
            };
            self.report(
                Diagnostic::new(
                    Code::NotACondition,
                    msg!("check-not-a-condition", expr = &expr),
                    e.span,
                    msg!("check-this-is", kind = typed.ty.describe()),
                )
                .with_help(help),
            );
            return error_expr(e.span.into());
        }
        typed
    }

    pub(super) fn expr(&mut self, e: &Expr) -> TExpr {
        let span = Span::from(e.span);
        match &e.kind {
            ExprKind::Literal(lit) => self.literal(lit, span),
            ExprKind::Ref(path) => self.reference(path, span),
            ExprKind::Unary(UnaryOp::Not, inner) => {
                let inner = self.condition(inner);
                texpr(TExprKind::Not(Box::new(inner)), Type::Bool, span)
            }
            ExprKind::Unary(UnaryOp::Neg, inner) => {
                let written_duration = matches!(inner.kind, ExprKind::Literal(_));
                let inner = self.expr(inner);
                if written_duration && inner.ty == Type::Num(Unit::Duration) {
                    self.negative_duration(span, inner.span.into());
                }
                let ty = match inner.ty {
                    Type::Num(_) | Type::Error => inner.ty,
                    other => {
                        self.type_mismatch(span, msg!("check-negative-not-a-number", kind = other.describe()));
                        Type::Error
                    }
                };
                texpr(TExprKind::Neg(Box::new(inner)), ty, span)
            }
            ExprKind::Binary(op @ (BinaryOp::And | BinaryOp::Or), a, b) => {
                let a = self.condition(a);
                let b = self.condition(b);
                texpr(TExprKind::Binary(*op, Box::new(a), Box::new(b)), Type::Bool, span)
            }
            ExprKind::Binary(op @ (BinaryOp::Eq | BinaryOp::Ne), a, b) if self.reads_the_class(a).is_some() => {
                let class = self.reads_the_class(a).unwrap_or(span);
                let value = match &b.kind {
                    ExprKind::Ref(path) if path.len() == 1 => path[0].name.clone(),
                    _ => self.text(b.span).to_string(),
                };
                self.class_comparison(class, &value, *op == BinaryOp::Ne, span);
                error_expr(span)
            }
            ExprKind::Binary(op, a, b) if op.is_comparison() => {
                let (a, b) = self.comparable_pair(a, b);
                self.check_comparison(*op, &a, &b, span);
                texpr(TExprKind::Binary(*op, Box::new(a), Box::new(b)), Type::Bool, span)
            }
            ExprKind::Binary(op, a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                let ty = self.arithmetic(*op, &a, &b, span);
                texpr(TExprKind::Binary(*op, Box::new(a), Box::new(b)), ty, span)
            }
            ExprKind::Between { value, low, high } => {
                let (v, l) = self.comparable_pair(value, low);
                self.check_comparison(BinaryOp::Le, &l, &v, span);
                let h = self.expr_against(high, v.ty);
                self.check_comparison(BinaryOp::Le, &v, &h, span);
                texpr(TExprKind::Between(Box::new(v), Box::new(l), Box::new(h)), Type::Bool, span)
            }
            ExprKind::In { value, list, negated } => {
                let v = self.expr(value);
                let items: Vec<TExpr> = list
                    .iter()
                    .map(|item| {
                        let t = self.expr_against(item, v.ty);
                        self.check_comparison(BinaryOp::Eq, &v, &t, item.span.into());
                        t
                    })
                    .collect();
                let test = texpr(TExprKind::In(Box::new(v), items), Type::Bool, span);
                if *negated { texpr(TExprKind::Not(Box::new(test)), Type::Bool, span) } else { test }
            }
            ExprKind::IsKnown { value, negated } => {
                let v = self.expr(value);
                let test = texpr(TExprKind::IsKnown(Box::new(v)), Type::Bool, span);
                if *negated { texpr(TExprKind::Not(Box::new(test)), Type::Bool, span) } else { test }
            }
            ExprKind::Passes { framework, negated } => {
                // `minimum fails`, `минимум не проходит`: the gates said as a framework.
                let gates = ["minimum", crate::syntax::keywords::spell(crate::locale::Lang::Ru, "minimum")];
                if gates.contains(&framework.name.as_str()) && self.names.has_minimum {
                    let lang = match self.sources.file_of(span) {
                        Some(file) => crate::syntax::text_language(&file.text),
                        None => crate::locale::Lang::En,
                    };
                    let minimum = crate::syntax::keywords::spell(lang, "minimum");
                    let meant = if *negated {
                        format!("{} {minimum}", crate::syntax::keywords::spell(lang, "not"))
                    } else {
                        minimum.to_string()
                    };
                    let written = self.text(span).trim().to_string();
                    self.report(
                        Diagnostic::new(
                            Code::UnknownName,
                            msg!("check-minimum-passes", written = written.as_str(), meant = meant.as_str()),
                            span,
                            msg!("check-minimum-passes-label", meant = meant.as_str()),
                        )
                        .with_help(msg!("check-minimum-passes-help", meant = meant.as_str()))
                        .with_fix(crate::diagnostic::Fix::replace(
                            span,
                            meant.as_str(),
                            msg!("syntax-fix-write", replacement = meant.as_str()),
                        )),
                    );
                    return error_expr(span);
                }
                let Some(index) = self.framework_index(framework) else {
                    return error_expr(span);
                };
                let test = texpr(TExprKind::FrameworkPasses(index), Type::Bool, span);
                if *negated { texpr(TExprKind::Not(Box::new(test)), Type::Bool, span) } else { test }
            }
            ExprKind::Contains { value, needle } => {
                let v = self.expr(value);
                if !matches!(v.ty, Type::Text | Type::Error) {
                    self.type_mismatch(value.span.into(), msg!("check-contains-not-text", kind = v.ty.describe()));
                }
                let needle_text = match &needle.kind {
                    ExprKind::Literal(Literal::Text(t)) => t.to_lowercase(),
                    _ => {
                        self.report(
                            Diagnostic::new(
                                Code::TypeMismatch,
                                msg!("check-contains-needs-text"),
                                needle.span,
                                msg!("check-contains-needs-text-label"),
                            )
                            .with_help(msg!("check-contains-needs-text-help")),
                        );
                        String::new()
                    }
                };
                texpr(TExprKind::Contains(Box::new(v), needle_text), Type::Bool, span)
            }
        }
    }

    /// Types `e` knowing the type of what it is compared with, so that a bare name such as
    /// `referral` resolves to a value of a `one of` field.
    fn expr_against(&mut self, e: &Expr, other: Type) -> TExpr {
        // `sоurce = web` with a misspelt field: `web` is one of its values, and the misspelling
        // is the one mistake to report (not "declare `web` in `fields`"), unless `web` looks like
        // a misspelt field itself.
        if matches!(other, Type::Error) && self.is_unresolved_name(e) && !self.looks_like_a_field(e) {
            return error_expr(e.span.into());
        }
        if let Type::Enum(slot) = other
            && let Some(resolved) = self.enum_operand(e, slot)
        {
            return resolved;
        }
        self.expr(e)
    }

    /// Types both sides of a comparison, resolving enum value names against the other side.
    fn comparable_pair(&mut self, a: &Expr, b: &Expr) -> (TExpr, TExpr) {
        if self.is_unresolved_name(a) && !self.is_unresolved_name(b) {
            let tb = self.expr(b);
            let ta = self.expr_against(a, tb.ty);
            (ta, tb)
        } else {
            let ta = self.expr(a);
            let tb = self.expr_against(b, ta.ty);
            (ta, tb)
        }
    }

    /// The span of `class` (`класс`) when `e` is that undeclared name: the class is not a value.
    fn reads_the_class(&self, e: &Expr) -> Option<Span> {
        let class =
            |name: &str| name == "class" || name == crate::syntax::keywords::spell(crate::locale::Lang::Ru, "class");
        match &e.kind {
            ExprKind::Ref(path) if path.len() == 1 && class(&path[0].name) && self.is_unresolved_name(e) => {
                Some(path[0].span.into())
            }
            _ => None,
        }
    }

    /// A single name that is not a field, score or `minimum`: possibly a `one of` value.
    fn is_unresolved_name(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Ref(path) if path.len() == 1 => {
                let name = &path[0].name;
                !self.names.fields.contains_key(name)
                    && !self.names.scores.contains_key(name)
                    && !self.names.lets.contains_key(name)
                    && name != "minimum"
            }
            _ => false,
        }
    }

    /// Whether `e` is a name close to a field's, as a misspelt field would be.
    fn looks_like_a_field(&self, e: &Expr) -> bool {
        let ExprKind::Ref(path) = &e.kind else { return false };
        let fields = self.names.fields.keys().map(String::as_str);
        path.first().is_some_and(|name| super::suggest::did_you_mean(&name.name, fields).is_some())
    }

    /// Resolves `e` as a value of the `one of` field in `slot`, if it is a bare name or text.
    fn enum_operand(&mut self, e: &Expr, slot: usize) -> Option<TExpr> {
        let ty = Type::Enum(slot);
        match &e.kind {
            ExprKind::Ref(path) if path.len() == 1 && !self.names.fields.contains_key(&path[0].name) => {
                let ident = &path[0];
                match self.names.enum_value(slot, &ident.name) {
                    Some(index) => Some(texpr(TExprKind::EnumValue(index), ty, e.span.into())),
                    None if self.names.scores.contains_key(&ident.name) || ident.name == "minimum" => None,
                    None if self.names.enum_value_ignoring_case(slot, &ident.name).is_none()
                        && let Some(d) = self.enum_spelling_hint(slot, &ident.name, ident.span.into()) =>
                    {
                        self.report(d);
                        Some(error_expr(e.span.into()))
                    }
                    None => {
                        self.unknown_enum_value(slot, ident);
                        Some(error_expr(e.span.into()))
                    }
                }
            }
            ExprKind::Literal(Literal::Text(text)) => {
                let index = self.names.enum_by_spelling(slot, text);
                match index {
                    Some(index) => Some(texpr(TExprKind::EnumValue(index), ty, e.span.into())),
                    None => {
                        let ident = Ident { name: text.clone(), span: e.span };
                        self.unknown_enum_value(slot, &ident);
                        Some(error_expr(e.span.into()))
                    }
                }
            }
            _ => None,
        }
    }

    fn unknown_enum_value(&mut self, slot: usize, ident: &Ident) {
        let field = self.field_name(slot).to_string();
        let values = &self.names.enum_values[slot];
        let mut d = Diagnostic::new(
            Code::UnknownValue,
            msg!("check-not-a-value-of", value = &ident.name, field = &field),
            ident.span,
            msg!("check-field-can-be", field = &field, values = values.join(", ")),
        );
        d = match did_you_mean(&ident.name, values.iter().map(String::as_str)) {
            // A choice, not a safe fix: the author may have meant a new value to add to the list.
            Some(s) => d.with_help(msg!("check-did-you-mean", name = s)).with_fix(
                Fix::replace(ident.span, s, msg!("check-fix-write-for", name = s, written = &ident.name)).as_choice(),
            ),
            None => d.with_help(msg!("check-use-listed-value", field = &field)),
        };
        self.report(d);
    }

    pub(super) fn literal(&mut self, lit: &Literal, span: Span) -> TExpr {
        match lit {
            Literal::Number(n) => texpr(TExprKind::Number(*n), Type::Num(Unit::Bare), span),
            Literal::Percent(p) => texpr(TExprKind::Number(p / 100.0), Type::Num(Unit::Percent), span),
            Literal::Duration(q) => texpr(TExprKind::Number(q.seconds()), Type::Num(Unit::Duration), span),
            Literal::Text(t) => texpr(TExprKind::Text(t.clone()), Type::Text, span),
            Literal::YesNo(b) => texpr(TExprKind::Bool(*b), Type::Bool, span),
            Literal::Date(d) => {
                texpr(TExprKind::Time(civil_seconds(d.to_datetime(jiff::civil::Time::midnight()))), Type::Date, span)
            }
            Literal::DateTime(dt) => texpr(TExprKind::Time(civil_seconds(*dt)), Type::DateTime, span),
            Literal::Name(name) => self.reference(&[Ident { name: name.clone(), span: span.into() }], span),
        }
    }

    fn reference(&mut self, path: &[Ident], span: Span) -> TExpr {
        match path {
            [one] => self.single_reference(one),
            [owner, member] => self.member_reference(owner, member, span),
            _ => {
                self.report(
                    Diagnostic::new(
                        Code::UnknownName,
                        msg!("check-too-many-dots"),
                        span,
                        msg!("check-too-many-dots-label"),
                    )
                    .with_help(msg!("check-too-many-dots-help")),
                );
                error_expr(span)
            }
        }
    }

    fn single_reference(&mut self, ident: &Ident) -> TExpr {
        let name = ident.name.as_str();
        let span = Span::from(ident.span);
        if let Some(&slot) = self.names.fields.get(name) {
            self.used_fields[slot] = true;
            return texpr(TExprKind::Field(slot), self.names.field_types[slot], span);
        }
        if let Some(value) = self.names.parameters.get(name) {
            return TExpr { span: span.into(), ..value.clone() };
        }
        if let Some(&index) = self.names.lets.get(name) {
            return self.let_reference(index, ident);
        }
        if let Some(&index) = self.names.scores.get(name) {
            self.depend_on(Derived::Score(index), span);
            return texpr(TExprKind::Score(index), Type::Num(Unit::Count), span);
        }
        if name == "minimum" && self.names.has_minimum {
            self.depend_on(Derived::Minimum, span);
            return texpr(TExprKind::Minimum, Type::Bool, span);
        }
        let mut fix = None;
        let (message, label, help) = if self.names.frameworks.contains_key(name) {
            (
                msg!("check-framework-as-value", name = name),
                msg!("check-framework-as-value-label"),
                msg!("check-framework-as-value-help", name = name, criterion = self.first_criterion(name)),
            )
        } else if self.names.profiles.contains_key(name) {
            (
                msg!("check-profile-as-value", name = name),
                msg!("check-profile-as-value-label"),
                msg!("check-profile-as-value-help", name = name),
            )
        } else if name == "deal" {
            (msg!("check-deal-as-value"), msg!("check-deal-as-value-label"), msg!("check-deal-as-value-help"))
        } else if name == "minimum" {
            (msg!("check-no-minimum"), msg!("check-no-minimum-label"), msg!("check-no-minimum-help"))
        } else if name == "score" {
            (msg!("check-no-unnamed-score"), msg!("check-no-unnamed-score-label"), self.score_help())
        } else if let Some(d) = self.undeclared_name_hint(name, span) {
            self.report(d);
            return error_expr(span);
        } else {
            let candidates = self.names.all_references();
            let help = match did_you_mean(name, candidates.iter().copied()) {
                Some(s) => {
                    // Safe only when no other name is close: then the spelling cannot be a
                    // different name the author meant.
                    let others = candidates.iter().copied().filter(|c| *c != s);
                    if did_you_mean(name, others).is_none() {
                        fix = Some(Fix::replace(span, s, msg!("check-fix-write-for", name = s, written = name)));
                    }
                    msg!("check-did-you-mean", name = s)
                }
                None => msg!("check-unknown-name-help", name = name),
            };
            (msg!("check-unknown-name", name = name), msg!("check-not-declared"), help)
        };
        let mut d = Diagnostic::new(Code::UnknownName, message, span, label).with_help(help);
        if let Some(fix) = fix {
            d = d.with_fix(fix);
        }
        self.report(d);
        error_expr(span)
    }

    fn member_reference(&mut self, owner: &Ident, member: &Ident, span: Span) -> TExpr {
        let (o, m) = (owner.name.as_str(), member.name.as_str());
        if let Some(&fw) = self.names.frameworks.get(o) {
            self.depend_on(Derived::Framework(fw), span);
            if let Some(&c) = self.names.criteria[fw].get(m) {
                return texpr(TExprKind::FrameworkCriterion(fw, c), Type::Bool, span);
            }
            match m {
                "met" => return texpr(TExprKind::FrameworkMet(fw), Type::Num(Unit::Count), span),
                "passes" | "passed" => return texpr(TExprKind::FrameworkPasses(fw), Type::Bool, span),
                _ => {}
            }
            let mut options: Vec<String> = self.names.criteria[fw].keys().cloned().collect();
            options.push("met".into());
            let options: Vec<&str> = options.iter().map(String::as_str).collect();
            return self.unknown_member(owner, member, &options, Member::Criterion);
        }
        if let Some(&p) = self.names.profiles.get(o) {
            if m == "fit" {
                self.depend_on(Derived::Profile(p), span);
                return texpr(TExprKind::ProfileFit(p), Type::Num(Unit::Percent), span);
            }
            return self.unknown_member(owner, member, &["fit"], Member::ProfileProperty);
        }
        if o == "deal" {
            let (kind, ty, present) = match m {
                "size" => (TExprKind::DealSize, Type::Num(Unit::Money), self.names.has_deal_size),
                "probability" => (TExprKind::DealProbability, Type::Num(Unit::Percent), self.names.has_probability),
                "priority" => (
                    TExprKind::DealPriority,
                    Type::Num(Unit::Money),
                    self.names.has_deal_size && self.names.has_probability,
                ),
                _ => return self.unknown_member(owner, member, &["size", "probability", "priority"], Member::Property),
            };
            if !present {
                self.report(
                    Diagnostic::new(
                        Code::UnknownName,
                        msg!("check-deal-part-undefined", member = m),
                        span,
                        msg!("check-deal-part-undefined-label"),
                    )
                    .with_help(msg!("check-deal-part-undefined-help")),
                );
                return error_expr(span);
            }
            self.depend_on(Derived::Deal, span);
            return texpr(kind, ty, span);
        }
        if self.names.fields.contains_key(o) {
            self.report(
                Diagnostic::new(
                    Code::UnknownMember,
                    msg!("check-field-has-no-parts", field = o),
                    member.span,
                    msg!("check-field-has-no-parts-label"),
                )
                .with_help(msg!("check-field-has-no-parts-help", field = o)),
            );
            return error_expr(span);
        }
        if let Some(d) = self.framework_not_used(o, owner.span.into()) {
            self.report(d);
            return error_expr(span);
        }
        let mut owners: Vec<&str> = self.names.frameworks.keys().map(String::as_str).collect();
        owners.extend(self.names.profiles.keys().map(String::as_str));
        owners.push("deal");
        let help = match did_you_mean(o, owners) {
            Some(s) => msg!("check-did-you-mean", name = format!("{s}.{m}")),
            None => msg!("check-unknown-owner-help"),
        };
        self.report(
            Diagnostic::new(
                Code::UnknownName,
                msg!("check-unknown-name", name = o),
                owner.span,
                msg!("check-not-declared"),
            )
            .with_help(help),
        );
        error_expr(span)
    }

    fn unknown_member(&mut self, owner: &Ident, member: &Ident, options: &[&str], what: Member) -> TExpr {
        let help = match did_you_mean(&member.name, options.iter().copied()) {
            Some(s) => msg!("check-did-you-mean", name = format!("{}.{s}", owner.name)),
            None => msg!("check-owner-has", owner = &owner.name, options = options.join(", ")),
        };
        let (owner_name, member_name) = (&owner.name, &member.name);
        let message = match what {
            Member::Criterion => msg!("check-not-a-criterion", member = member_name, owner = owner_name),
            Member::ProfileProperty => msg!("check-not-a-profile-property", member = member_name, owner = owner_name),
            Member::Property => msg!("check-not-a-property", member = member_name, owner = owner_name),
        };
        self.report(
            Diagnostic::new(Code::UnknownMember, message, member.span, msg!("check-no-such-part")).with_help(help),
        );
        error_expr(owner.span.to(member.span).into())
    }

    fn framework_index(&mut self, ident: &Ident) -> Option<usize> {
        if let Some(&index) = self.names.frameworks.get(&ident.name) {
            self.depend_on(Derived::Framework(index), ident.span.into());
            return Some(index);
        }
        if let Some(d) = self.framework_not_used(&ident.name, ident.span.into()) {
            self.report(d);
            return None;
        }
        let help = match did_you_mean(&ident.name, self.names.frameworks.keys().map(String::as_str)) {
            Some(s) => msg!("check-did-you-mean", name = s),
            None => msg!("check-no-framework-help"),
        };
        self.report(
            Diagnostic::new(
                Code::UnknownName,
                msg!("check-no-framework", name = &ident.name),
                ident.span,
                msg!("check-not-a-framework"),
            )
            .with_help(help),
        );
        None
    }

    fn check_comparison(&mut self, op: BinaryOp, a: &TExpr, b: &TExpr, span: Span) {
        let ordered = !matches!(op, BinaryOp::Eq | BinaryOp::Ne);
        match (a.ty, b.ty) {
            (Type::Error, _) | (_, Type::Error) => {}
            (Type::Num(x), Type::Num(y)) => self.check_units(x, y, a, b),
            (Type::Date | Type::DateTime, Type::Date | Type::DateTime) => {}
            (Type::Bool, Type::Bool) | (Type::Text, Type::Text) | (Type::Enum(_), Type::Enum(_)) if ordered => {
                self.type_mismatch(span, msg!("check-only-equality", kind = a.ty.describe()));
            }
            (Type::Enum(x), Type::Enum(y)) if x != y => {
                let (fx, fy) = (self.field_name(x).to_string(), self.field_name(y).to_string());
                self.type_mismatch(span, msg!("check-different-value-lists", first = fx, second = fy));
            }
            (x, y) if x == y => {}
            (Type::Bool, Type::Num(_)) if yes_no_number(b).is_some() => self.yes_no_as_number(a, b),
            (Type::Num(_), Type::Bool) if yes_no_number(a).is_some() => self.yes_no_as_number(b, a),
            (x, y) => {
                let d = Diagnostic::new(
                    Code::TypeMismatch,
                    msg!("check-cannot-compare", left = x.describe(), right = y.describe()),
                    b.span,
                    msg!("check-this-is", kind = y.describe()),
                )
                .with_label(a.span, msg!("check-this-is", kind = x.describe()));
                // `decision_maker = "yes"`: yes or no written in quotes, which make it text.
                let quoted = match (x, &b.kind) {
                    (Type::Bool, TExprKind::Text(text)) => quoted_yes_no(text),
                    _ => None,
                };
                let d =
                    match quoted {
                        Some(word) => d
                            .with_help(msg!("check-quoted-yes-no-help", word = word))
                            .with_fix(Fix::replace(b.span, word, msg!("check-fix-write", text = word))),
                        None => d.with_help(msg!("check-cannot-compare-help")),
                    };
                self.report(d);
            }
        }
    }

    /// Reports when two units cannot meet; a bare number adapts to counts and money only.
    fn check_units(&mut self, x: Unit, y: Unit, a: &TExpr, b: &TExpr) {
        if unify(x, y).is_some() {
            return;
        }
        let (bare, other) = match (x, y) {
            (Unit::Bare, _) => (a, y),
            (_, Unit::Bare) => (b, x),
            _ => {
                if let Some(d) = self.met_as_percent(a, b).or_else(|| self.score_as_percent(x, y, a, b)) {
                    self.report(d);
                    return;
                }
                let d = Diagnostic::new(
                    Code::UnitMismatch,
                    msg!("check-cannot-compare-units", left = Type::Num(x).describe(), right = Type::Num(y).describe()),
                    b.span,
                    msg!("check-this-is", kind = Type::Num(y).describe()),
                )
                .with_label(a.span, msg!("check-this-is", kind = Type::Num(x).describe()));
                let help = self.declare_the_unit(x, y, a, b).unwrap_or_else(|| unit_help(x, y));
                self.report(d.with_help(help));
                return;
            }
        };
        let written = self.text(bare.span).to_string();
        let d = Diagnostic::new(
            Code::MissingUnit,
            msg!("check-missing-unit", kind = Type::Num(other).describe()),
            bare.span,
            msg!("check-missing-unit-label"),
        );
        let d =
            match (other, &bare.kind) {
                (Unit::Percent, TExprKind::Number(n)) => {
                    let measured = if std::ptr::eq(bare, a) { b } else { a };
                    let of_a_whole = matches!(measured.kind, TExprKind::ProfileFit(_) | TExprKind::DealProbability);
                    percent_unit(d, bare.span.into(), &written, *n, of_a_whole)
                }
                (Unit::Duration, _) => {
                    // Compared with a duration field, the number is in the field's own unit (`timeline
                    // : days`, so `timeline <= 90` meant 90 days): a fix; otherwise the units to choose.
                    let measured = if std::ptr::eq(bare, a) { b } else { a };
                    let field_unit = match measured.kind {
                        TExprKind::Field(slot) => self.names.field_units.get(slot).copied().flatten(),
                        _ => None,
                    };
                    match field_unit {
                        Some(unit) => {
                            // In the file's own language: `2 hours`, or `2 часа` in a Russian file.
                            let russian = self.sources.file_of(bare.span.into()).is_some_and(|file| {
                                crate::syntax::text_language(&file.text) == crate::locale::Lang::Ru
                            });
                            let word = match written.replace('_', "").parse::<f64>() {
                                Ok(value) if russian => crate::syntax::keywords::russian_unit(unit.plural(), value),
                                _ => unit.plural(),
                            };
                            let with_unit = format!("{written} {word}");
                            d.with_help(msg!("check-write-the-unit", example = with_unit.as_str())).with_fix(
                                Fix::replace(bare.span, with_unit.clone(), msg!("check-fix-write", text = &with_unit)),
                            )
                        }
                        None => {
                            let choices: Vec<String> = ["minutes", "hours", "days", "weeks"]
                                .iter()
                                .map(|u| super::constant::code(&self.sources, bare.span, &format!("{written} {u}")))
                                .collect();
                            let mut d = d.with_help(msg!("check-write-a-unit", choices = Arg::any_of_quoted(&choices)));
                            for choice in choices {
                                let fix =
                                    Fix::replace(bare.span, choice.clone(), msg!("check-fix-write", text = &choice));
                                d = d.with_fix(fix.as_choice());
                            }
                            d
                        }
                    }
                }
                _ => d.with_help(msg!("check-write-the-unit", example = format!("{written}%"))),
            };
        self.report(d);
    }

    /// `score >= 30%`: a score, a number of points, compared with a percentage. The `%` is a
    /// slip (a score has no percentages), so the fix removes it.
    fn score_as_percent(&self, x: Unit, y: Unit, a: &TExpr, b: &TExpr) -> Option<Diagnostic> {
        let (percent, percent_unit) = match (&a.kind, &b.kind) {
            (TExprKind::Score(_), TExprKind::Number(_)) => (b, y),
            (TExprKind::Number(_), TExprKind::Score(_)) => (a, x),
            _ => return None,
        };
        if percent_unit != Unit::Percent {
            return None;
        }
        let percent_span = Span::from(percent.span);
        let written = self.text(percent_span);
        let number = written.trim_end_matches('%').trim_end().to_string();
        let whole = Span::from(a.span).to(Span::from(b.span));
        let start = whole.start as usize;
        let text = self.text(whole);
        let at = percent_span.start as usize - start;
        let line = format!("{}{number}{}", &text[..at], &text[at + percent_span.range().len()..]);
        let d = Diagnostic::new(
            Code::UnitMismatch,
            msg!("check-cannot-compare-units", left = Type::Num(x).describe(), right = Type::Num(y).describe()),
            b.span,
            msg!("check-this-is", kind = Type::Num(y).describe()),
        )
        .with_label(a.span, msg!("check-this-is", kind = Type::Num(x).describe()))
        .with_help(msg!("check-score-percent-help", written = line.as_str()))
        .with_fix(Fix::replace(percent_span, number.as_str(), msg!("check-fix-write", text = number.as_str())));
        Some(d)
    }

    /// `BANT.met >= 50%`: a framework's met count compared with a percentage of its criteria.
    /// The help gives the count that percentage is (50% of 4 criteria: `BANT.met >= 2`), as the
    /// fix when it is a whole number, and the two whole numbers around it as choices when not.
    fn met_as_percent(&self, a: &TExpr, b: &TExpr) -> Option<Diagnostic> {
        let (met, percent, fraction) = match (&a.kind, &b.kind, a.ty, b.ty) {
            (TExprKind::FrameworkMet(fw), TExprKind::Number(n), _, Type::Num(Unit::Percent)) => (*fw, b, *n),
            (TExprKind::Number(n), TExprKind::FrameworkMet(fw), Type::Num(Unit::Percent), _) => (*fw, a, *n),
            _ => return None,
        };
        let framework = self.names.frameworks.iter().find(|(_, i)| **i == met).map(|(name, _)| name.clone())?;
        let count = self.names.criteria.get(met)?.len();
        let exact = fraction * count as f64;
        let percent_span = Span::from(percent.span);
        let (start, end) = (Span::from(a.span).start as usize, Span::from(b.span).end as usize);
        let comparison = |count: &str| {
            let whole = self.text(Span::new(start, end));
            let at = percent_span.start as usize - start;
            format!("{}{count}{}", &whole[..at], &whole[at + percent_span.range().len()..])
        };
        let written = self.text(percent_span).to_string();
        let d = Diagnostic::new(
            Code::UnitMismatch,
            msg!("check-met-percent", framework = framework.as_str(), percent = written.as_str()),
            percent_span,
            msg!("check-met-percent-label"),
        )
        .with_label(met_span(a, b), msg!("check-met-count-label", framework = framework.as_str(), count = count));
        let rounded = exact.round();
        if (exact - rounded).abs() < 1e-9 {
            let number = format!("{rounded}");
            let line = comparison(&number);
            let help = msg!(
                "check-met-percent-help",
                framework = framework.as_str(),
                count = count,
                percent = written.as_str(),
                met = number.as_str(),
                written = line.as_str()
            );
            return Some(d.with_help(help).with_fix(Fix::replace(
                percent_span,
                number,
                msg!("check-fix-write", text = &line),
            )));
        }
        let choices: Vec<String> = [exact.floor(), exact.ceil()].iter().map(|n| comparison(&format!("{n}"))).collect();
        let exact_text = format!("{}", super::lints::round(exact));
        let mut d = d.with_help(msg!(
            "check-met-percent-choices-help",
            framework = framework.as_str(),
            count = count,
            percent = written.as_str(),
            exact = exact_text.as_str(),
            choices = Arg::any_of_quoted(&choices)
        ));
        for (n, line) in [exact.floor(), exact.ceil()].iter().zip(&choices) {
            let fix = Fix::replace(percent_span, format!("{n}"), msg!("check-fix-write", text = line));
            d = d.with_fix(fix.as_choice());
        }
        Some(d)
    }

    /// A `number` field met with a duration (`time_on_site >= 10 minutes`): the help says to
    /// declare the field with its unit, `time_on_site : number in minutes`, in the file's words.
    fn declare_the_unit(&self, x: Unit, y: Unit, a: &TExpr, b: &TExpr) -> Option<Message> {
        let (field, duration) = match (x, y) {
            (Unit::Count, Unit::Duration) => (a, b),
            (Unit::Duration, Unit::Count) => (b, a),
            _ => return None,
        };
        let TExprKind::Field(slot) = field.kind else { return None };
        let name = self.names.fields.iter().find(|(_, s)| **s == slot).map(|(name, _)| name.clone())?;
        // The unit the duration is written in (`10 minutes`), seconds when it is not a literal.
        let written = self.text(Span::from(duration.span)).trim().to_string();
        let unit = written
            .rsplit(char::is_whitespace)
            .next()
            .and_then(crate::syntax::time_unit)
            .unwrap_or(crate::syntax::ast::DurationUnit::Seconds);
        let lang = match self.sources.file_of(field.span.into()) {
            Some(file) => crate::syntax::text_language(&file.text),
            None => crate::locale::Lang::En,
        };
        let spell = |english| crate::syntax::keywords::spell(lang, english);
        let declaration = format!("{name} : {} {}", spell("number"), spell(unit.in_unit()));
        Some(msg!("check-unit-help-declare", field = &name, declaration = declaration.as_str()))
    }

    fn arithmetic(&mut self, op: BinaryOp, a: &TExpr, b: &TExpr, span: Span) -> Type {
        use Unit::*;
        let (x, y) = match (a.ty, b.ty) {
            (Type::Error, _) | (_, Type::Error) => return Type::Error,
            (Type::Num(x), Type::Num(y)) => (x, y),
            (t @ (Type::Date | Type::DateTime), Type::Num(Duration)) if matches!(op, BinaryOp::Add | BinaryOp::Sub) => {
                return t;
            }
            (Type::Date | Type::DateTime, Type::Date | Type::DateTime) if op == BinaryOp::Sub => {
                return Type::Num(Duration);
            }
            (x, y) => {
                self.type_mismatch(
                    span,
                    msg!("check-cannot-calculate", left = x.describe(), op = op.symbol(), right = y.describe()),
                );
                return Type::Error;
            }
        };
        let result = match op {
            BinaryOp::Add | BinaryOp::Sub => unify(x, y),
            // A plain number keeps the other side's unit (`employees * 2` is a count, which must
            // not pass for money); a percentage or a count scales the other side and keeps its
            // unit (`budget * 20%` is money, `employees * 20%` a count).
            BinaryOp::Mul => match (x, y) {
                (Bare, u) | (u, Bare) | (Percent, u) | (u, Percent) | (Count, u) | (u, Count) => Some(u),
                _ => None,
            },
            BinaryOp::Div => match (x, y) {
                (Bare, Bare) => Some(Bare),
                (u, v) if u == v => Some(Count),
                (u, Bare | Count | Percent) => Some(u),
                _ => None,
            },
            _ => None,
        };
        match result {
            Some(u) => Type::Num(u),
            None => {
                self.check_units(x, y, a, b);
                if unify(x, y).is_some() {
                    // Units agree but the operation makes no sense (money × money).
                    self.report(
                        Diagnostic::new(
                            Code::UnitMismatch,
                            msg!(
                                "check-cannot-calculate",
                                left = Type::Num(x).describe(),
                                op = op.symbol(),
                                right = Type::Num(y).describe()
                            ),
                            span,
                            msg!("check-units-do-not-combine"),
                        )
                        .with_help(msg!("check-units-do-not-combine-help")),
                    );
                }
                Type::Error
            }
        }
    }

    /// `decision_maker = 1`: a yes/no value compared with `1` or `0`, meaning `yes` or `no`.
    fn yes_no_as_number(&mut self, yes_no: &TExpr, number: &TExpr) {
        // The words as the file spells its keywords: `да` and `нет` in a Russian-keyword file.
        let spell = |english| super::constant::word(&self.sources, number.span, english);
        let (yes, no) = (spell("yes"), spell("no"));
        let word = if yes_no_number(number) == Some(true) { yes } else { no };
        let shown = self.text(number.span).to_string();
        self.report(
            Diagnostic::new(
                Code::TypeMismatch,
                msg!("check-yes-no-not-a-number", expr = self.text(yes_no.span)),
                number.span,
                msg!("check-is-a-number", number = &shown),
            )
            .with_label(yes_no.span, msg!("check-this-is", kind = Type::Bool.describe()))
            .with_help(msg!("check-yes-no-words", word = word, number = &shown, yes = yes, no = no))
            .with_fix(Fix::replace(number.span, word, msg!("check-fix-write", text = word))),
        );
    }

    /// `timeline <= -5 days`: a duration is an amount of time, never below zero, so the
    /// comparison cannot mean what it says. Removing the minus is one reading among others (the
    /// author may have meant the other direction), so it is offered as a choice.
    fn negative_duration(&mut self, whole: Span, amount: Span) {
        let (written, whole_written) = (self.text(amount).to_string(), self.text(whole).to_string());
        self.report(
            Diagnostic::new(
                Code::BadLiteral,
                msg!("check-negative-duration", written = whole_written),
                whole,
                msg!("check-negative-duration-label"),
            )
            .with_help(msg!("check-negative-duration-help", amount = &written))
            .with_fix(Fix::replace(whole, written.clone(), msg!("check-fix-write", text = &written)).as_choice()),
        );
    }

    fn type_mismatch(&mut self, span: Span, label: Message) {
        self.report(
            Diagnostic::new(Code::TypeMismatch, msg!("check-does-not-make-sense", expr = self.text(span)), span, label)
                .with_help(msg!("check-does-not-make-sense-help")),
        );
    }

    fn score_help(&self) -> Message {
        match self.names.scores.keys().next() {
            Some(name) => msg!("check-scores-are-named", name = name),
            None => msg!("check-add-a-score"),
        }
    }

    /// The framework's first criterion as written, or a word standing for one when it has none.
    fn first_criterion(&self, framework: &str) -> Arg {
        match self.names.frameworks.get(framework).and_then(|&i| self.names.criteria[i].keys().next()) {
            Some(name) => Arg::from(name),
            None => msg!("check-placeholder-criterion").into(),
        }
    }
}

/// The help for a bare number compared with a percentage: `0.7` is a fraction, meaning 70%
/// (`0.7%` would check clean and change verdicts) when compared with a fit or a probability;
/// `70` means 70%; `1` may be either.
pub(super) fn percent_unit(d: Diagnostic, span: Span, written: &str, n: f64, of_a_whole: bool) -> Diagnostic {
    let as_percent = format!("{}%", super::lints::round(n * 100.0));
    let as_written = format!("{written}%");
    if n > 0.0 && n < 1.0 && !of_a_whole {
        // A percentage field may hold less than one percent: both readings are possible.
        d.with_help(msg!(
            "check-percent-fraction-or-tiny",
            as_percent = &as_percent,
            written = written,
            as_written = &as_written
        ))
        .with_fix(Fix::replace(span, as_percent.clone(), msg!("check-fix-write", text = &as_percent)).as_choice())
        .with_fix(Fix::replace(span, as_written.clone(), msg!("check-fix-write", text = &as_written)).as_choice())
    } else if n > 0.0 && n < 1.0 {
        d.with_help(msg!(
            "check-percent-fraction",
            written = written,
            as_percent = &as_percent,
            as_written = &as_written
        ))
        .with_fix(Fix::replace(span, as_percent.clone(), msg!("check-fix-write", text = &as_percent)))
    } else if n == 1.0 {
        d.with_help(msg!("check-percent-one", as_percent = &as_percent, as_written = &as_written))
            .with_fix(Fix::replace(span, as_percent.clone(), msg!("check-fix-write", text = &as_percent)).as_choice())
            .with_fix(Fix::replace(span, as_written.clone(), msg!("check-fix-write", text = &as_written)).as_choice())
    } else if n > 1.0 && n <= 100.0 {
        d.with_help(msg!("check-percent-sign", as_written = &as_written)).with_fix(Fix::replace(
            span,
            as_written.clone(),
            msg!("check-fix-write", text = &as_written),
        ))
    } else {
        d.with_help(msg!("check-write-the-unit", example = &as_written))
    }
}

/// The span of the `X.met` side of a comparison of `a` with `b`.
fn met_span(a: &TExpr, b: &TExpr) -> Span {
    if matches!(a.kind, TExprKind::FrameworkMet(_)) { a.span.into() } else { b.span.into() }
}

/// `1` or `0` written as a number, as spreadsheets write yes and no.
fn yes_no_number(e: &TExpr) -> Option<bool> {
    match (&e.kind, e.ty) {
        (TExprKind::Number(n), Type::Num(Unit::Bare)) if *n == 1.0 => Some(true),
        (TExprKind::Number(n), Type::Num(Unit::Bare)) if *n == 0.0 => Some(false),
        _ => None,
    }
}

/// The unit two numbers share when compared or added, if they can meet.
pub(super) fn unify(x: Unit, y: Unit) -> Option<Unit> {
    match (x, y) {
        _ if x == y => Some(x),
        (Unit::Bare, u @ (Unit::Count | Unit::Money)) | (u @ (Unit::Count | Unit::Money), Unit::Bare) => Some(u),
        _ => None,
    }
}

fn unit_help(x: Unit, y: Unit) -> Message {
    let has = |u| x == u || y == u;
    if has(Unit::Duration) {
        msg!("check-unit-help-duration")
    } else if has(Unit::Percent) {
        msg!("check-unit-help-percent")
    } else {
        msg!("check-unit-help-other")
    }
}

/// Which kind of part an unknown `owner.member` was looked up as.
#[derive(Clone, Copy)]
enum Member {
    Criterion,
    ProfileProperty,
    Property,
}

/// The yes/no keyword a quoted text spells (`"Yes"` → `yes`, `"да"` → `да`), if it spells one.
pub(super) fn quoted_yes_no(text: &str) -> Option<&'static str> {
    let word = text.trim().to_lowercase();
    ["yes", "no", "true", "false", "да", "нет", "истина", "ложь"].into_iter().find(|w| *w == word)
}
