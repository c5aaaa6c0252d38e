//! The canonical layout: the file is printed from its AST as a list of *units* (a header, a
//! block's opening line, one field, gate, criterion or rule, a block's closing brace), each with
//! the source range it came from. Comments are then attached to units by position and printed
//! around them, and trailing comments are aligned per block.

use super::text::{self, literal, number, quote, spelled, width, written_literal};
use crate::locale::Lang;
use crate::span::{Loc, Spanned};
use crate::syntax::ast::*;
use crate::syntax::keywords::{russian_each_step, spell};
use crate::syntax::lex;

/// Lines longer than this are wrapped where the layout allows it (`one of` lists, example leads).
pub const MAX_WIDTH: usize = 100;

/// Columns before `weight` and `respond within`.
const GAP: usize = 3;

/// Columns between the end of the code and a trailing comment.
const COMMENT_GAP: usize = 4;

/// Whether a unit (or the first comment before it) is preceded by a blank line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Blank {
    /// Never: the first line of a block, a closing brace, the start of the file.
    Never,
    /// Always: a top-level block after something else.
    Always,
    /// Where the author had one or more blank lines, exactly one.
    Keep,
}

#[derive(Debug)]
struct Comment {
    body: String,
    blank_before: bool,
    /// Written inside its unit (between `one of` values, in a lead) and moved before it.
    moved: bool,
}

#[derive(Debug)]
struct Unit {
    start: usize,
    end: usize,
    /// Indentation of the comments printed before it.
    comment_indent: usize,
    /// The printed lines, already indented.
    lines: Vec<String>,
    blank: Blank,
    /// Trailing comments of the units of one group are aligned into one column.
    group: Option<usize>,
    leading: Vec<Comment>,
    trailing: Vec<String>,
}

/// Prints a parsed file in the canonical layout, its keywords in `lang`. `source` is the text it
/// was parsed from: only comments, blank lines, brace positions and the `else`/`because` word are
/// read from it.
pub fn print(file: &RuleFile, source: &str, lang: Lang) -> String {
    let mut printer = UnitPrinter { source, lang, units: Vec::new(), groups: 0 };
    if let Some(header) = &file.header {
        let line = header_line(header, lang);
        printer.unit(header.span.range(), 0, vec![line], Blank::Never, None);
    }
    let mut previous_use: Option<usize> = None;
    let mut previous_line_group: Option<usize> = None;
    for (i, item) in file.items.iter().enumerate() {
        let first = file.header.is_none() && i == 0;
        let blank = match item {
            _ if first => Blank::Never,
            // `use` lines stay together, and next to the header, as the author put them.
            Item::Use(_) if previous_use.is_some() || i == 0 => Blank::Keep,
            _ => Blank::Always,
        };
        if let Item::Use(u) = item {
            let group = *previous_use.get_or_insert_with(|| printer.group());
            printer.unit(u.span.range(), 0, vec![use_line(u, lang)], blank, Some(group));
            continue;
        }
        previous_use = None;
        // Consecutive `let` lines stay together, as do consecutive `flag` lines.
        // Their names (texts) are lined up, so that the group reads as a table.
        let w = run_width(&file.items, i);
        let line = match item {
            Item::Let(l) => Some((
                l.span,
                format!("{} {} = {}", spell(lang, "let"), pad(&l.name.name, w), printer.expr(&l.condition)),
            )),
            Item::Flag(f) => Some((
                f.span,
                format!(
                    "{} {} {} {}",
                    spell(lang, "flag"),
                    pad(&quote(&f.text.node), w),
                    spell(lang, "when"),
                    printer.expr(&f.condition)
                ),
            )),
            _ => None,
        };
        if let Some((span, line)) = line {
            let same_kind = i > 0 && std::mem::discriminant(&file.items[i - 1]) == std::mem::discriminant(item);
            let blank = if same_kind { Blank::Keep } else { blank };
            let group = match (same_kind, previous_line_group) {
                (true, Some(group)) => group,
                _ => printer.group(),
            };
            previous_line_group = Some(group);
            printer.unit(span.range(), 0, vec![line], blank, Some(group));
            continue;
        }
        previous_line_group = None;
        printer.item(item, blank);
    }
    printer.finish(&file.comments)
}

/// Prints a file unit by unit: collects the units from the AST (reading comments, blank lines
/// and braces from `source`), then attaches the comments and renders the lines (`finish`).
struct UnitPrinter<'t> {
    source: &'t str,
    lang: Lang,
    units: Vec<Unit>,
    groups: usize,
}

impl UnitPrinter<'_> {
    /// `english` (a keyword or phrase) in the file's language.
    fn k(&self, english: &'static str) -> &'static str {
        spell(self.lang, english)
    }

    fn group(&mut self) -> usize {
        self.groups += 1;
        self.groups
    }

    fn unit(
        &mut self,
        range: std::ops::Range<usize>,
        comment_indent: usize,
        lines: Vec<String>,
        blank: Blank,
        group: Option<usize>,
    ) {
        self.units.push(Unit {
            start: range.start,
            end: range.end,
            comment_indent,
            lines,
            blank,
            group,
            leading: Vec::new(),
            trailing: Vec::new(),
        });
    }

    /// The opening line of a block: from `start` to its `{`. Returns the offset after the `{`.
    fn open(&mut self, start: usize, indent: usize, line: String, blank: Blank) -> usize {
        let brace = lex::find_code_char(self.source, start, '{').unwrap_or(start);
        self.unit(start..brace + 1, indent, vec![format!("{}{line} {{", pad("", indent))], blank, None);
        brace + 1
    }

    /// The closing `}` at `brace`; comments before it are printed at the block's inner indentation.
    fn close(&mut self, brace: usize, indent: usize) {
        self.unit(brace..brace + 1, indent + 2, vec![format!("{}}}", pad("", indent))], Blank::Never, None);
    }

    /// The entries of a block: one unit each, the first without a blank line before it.
    fn entries(&mut self, entries: Vec<(Loc, Vec<String>)>, indent: usize) {
        let group = self.group();
        for (i, (span, lines)) in entries.into_iter().enumerate() {
            let blank = if i == 0 { Blank::Never } else { Blank::Keep };
            self.unit(span.range(), indent, lines, blank, Some(group));
        }
    }

    fn item(&mut self, item: &Item, blank: Blank) {
        let span = item_span(item);
        let (start, end) = (span.start as usize, span.end as usize);
        match item {
            Item::Use(_) | Item::Let(_) | Item::Flag(_) => unreachable!("printed by `print`"),
            Item::Parameters(b) => {
                self.open(start, 0, self.k("parameters").into(), blank);
                let w = max_width(b.parameters.iter().map(|p| p.name.name.as_str()));
                let entries = b
                    .parameters
                    .iter()
                    .map(|p| (p.span, vec![format!("  {} = {}", pad(&p.name.name, w), self.literal(&p.value))]))
                    .collect();
                self.entries(entries, 2);
            }
            Item::Fields(b) => {
                let head = format!("{}{}", self.k("fields"), unknown_when(&b.unknown_when, self.lang));
                self.open(start, 0, head, blank);
                let entries = fields(b, self.lang);
                self.entries(entries, 2);
            }
            Item::Minimum(b) => {
                self.open(start, 0, self.k("minimum").into(), blank);
                let kind_w = width(self.k("require")).max(width(self.k("reject")));
                let conditions: Vec<String> = b.gates.iter().map(|g| self.expr(&g.condition)).collect();
                let w = max_width(conditions.iter().map(String::as_str));
                let entries = b
                    .gates
                    .iter()
                    .zip(&conditions)
                    .map(|(g, c)| {
                        let kind = pad(self.k(if g.kind == GateKind::Require { "require" } else { "reject" }), kind_w);
                        let word = self.k(self.reason_word(g));
                        (g.span, vec![format!("  {kind} {} {word} {}", pad(c, w), quote(&g.reason.node))])
                    })
                    .collect();
                self.entries(entries, 2);
            }
            Item::Profile(b) => {
                self.open(start, 0, format!("{} {}", self.k("profile"), b.name.name), blank);
                let conditions: Vec<String> = b.criteria.iter().map(|c| self.expr(&c.condition)).collect();
                let w = max_width(conditions.iter().map(String::as_str));
                let entries = b
                    .criteria
                    .iter()
                    .zip(&conditions)
                    .map(|(c, text)| {
                        let weight = self.k("weight");
                        (c.span, vec![format!("  {}{}{weight} {}", pad(text, w), pad("", GAP), self.number(&c.weight))])
                    })
                    .collect();
                self.entries(entries, 2);
            }
            Item::Framework(b) => {
                let head = format!(
                    "{} {} {} {}",
                    self.k("framework"),
                    b.name.name,
                    self.k("pass"),
                    text::pass_rule(b.pass.node, self.lang)
                );
                self.open(start, 0, head, blank);
                let w = max_width(b.criteria.iter().map(|c| c.name.name.as_str()));
                let entries = b
                    .criteria
                    .iter()
                    .map(|c| (c.span, vec![format!("  {} : {}", pad(&c.name.name, w), self.expr(&c.condition))]))
                    .collect();
                self.entries(entries, 2);
            }
            Item::Score(b) => {
                let mut head = String::from(self.k("score"));
                if let Some(name) = &b.name {
                    head.push_str(&format!(" {}", name.name));
                }
                if let Some(cap) = &b.cap {
                    head.push_str(&format!(" {} {}", self.k("capped at"), number(cap.node)));
                }
                self.open(start, 0, head, blank);
                let points: Vec<String> = b.rules.iter().map(|r| text::points(r.points().node)).collect();
                let w = max_width(points.iter().map(String::as_str));
                let entries = b
                    .rules
                    .iter()
                    .zip(&points)
                    .map(|(r, p)| {
                        let mut line = format!("  {}", pad_left(p, w));
                        if let ScoreRule::Growing(g) = r {
                            line.push_str(&format!(" {}", self.growth(g)));
                        }
                        if let Some(condition) = r.condition() {
                            line.push_str(&format!(" {} {}", self.k("when"), self.expr(condition)));
                        }
                        (r.span(), vec![line])
                    })
                    .collect();
                self.entries(entries, 2);
            }
            Item::Classify(b) => {
                self.open(start, 0, self.k("classify").into(), blank);
                let w = max_width(b.rules.iter().map(|r| r.class.name.as_str()));
                let entries = b
                    .rules
                    .iter()
                    .map(|r| {
                        let mut lines = vec![format!("  {} {}", pad(&r.class.name, w), self.when(&r.when))];
                        if let Some(playbook) = &r.playbook {
                            let word = self.k("playbook");
                            lines.push(format!("{}{word} {}", pad("", 2 + w + 1), quote(&playbook.node)));
                        }
                        (r.span, lines)
                    })
                    .collect();
                self.entries(entries, 2);
            }
            Item::Temperature(b) => {
                let mut head = String::from(self.k("temperature"));
                if b.all_leads {
                    head.push_str(&format!(" {}", self.k("for all leads")));
                }
                if let Some(since) = &b.since {
                    head.push_str(&format!(" {} {}", self.k("since"), since.name));
                }
                self.open(start, 0, head, blank);
                let w = max_width(b.rules.iter().map(|r| r.name.name.as_str()));
                let whens: Vec<String> = b.rules.iter().map(|r| self.when(&r.when)).collect();
                let when_w = max_width(
                    b.rules.iter().zip(&whens).filter(|(r, _)| r.respond_within.is_some()).map(|(_, w)| w.as_str()),
                );
                let entries = b
                    .rules
                    .iter()
                    .zip(&whens)
                    .map(|(r, when)| {
                        let line = match &r.respond_within {
                            Some(d) => format!(
                                "  {} {}{}{} {}",
                                pad(&r.name.name, w),
                                pad(when, when_w),
                                pad("", GAP),
                                self.k("respond within"),
                                text::duration(d.node, self.lang)
                            ),
                            None => format!("  {} {when}", pad(&r.name.name, w)),
                        };
                        (r.span, vec![line])
                    })
                    .collect();
                self.entries(entries, 2);
            }
            Item::Deal(b) => self.deal(b, blank),
            Item::Example(b) => self.example(b, blank),
        }
        if !matches!(item, Item::Deal(_) | Item::Example(_)) {
            self.close(end - 1, 0);
        }
    }

    fn deal(&mut self, b: &DealBlock, blank: Blank) {
        let (start, end) = (b.span.start as usize, b.span.end as usize);
        let mut after = self.open(start, 0, self.k("deal").into(), blank);
        let mut first = true;
        if let Some(size) = &b.size {
            let keyword = skip_trivia(self.source, after);
            self.unit(
                keyword..size.span.end as usize,
                2,
                vec![format!("  {} {}", self.k("size"), self.expr(size))],
                Blank::Never,
                None,
            );
            after = size.span.end as usize;
            first = false;
        }
        let probability = skip_trivia(self.source, after);
        let rest = &self.source[probability..];
        if rest.starts_with("probability") || rest.starts_with(spell(Lang::Ru, "probability")) {
            let blank = if first { Blank::Never } else { Blank::Keep };
            let inner = self.open(probability, 2, self.k("probability").into(), blank);
            let names = max_width(b.probability.iter().map(|c| c.name.name.as_str()));
            let importances: Vec<String> = b.probability.iter().map(|c| self.number(&c.importance)).collect();
            let iw = max_width(importances.iter().map(String::as_str));
            let entries = b
                .probability
                .iter()
                .zip(&importances)
                .map(|(c, importance)| {
                    let ratings: Vec<String> = c.ratings.iter().map(|r| self.rating(r)).collect();
                    let line = format!(
                        "    {} {} {} {} {}",
                        pad(&c.name.name, names),
                        self.k("importance"),
                        pad(importance, iw),
                        self.k("match"),
                        ratings.join(", ")
                    );
                    (c.span, vec![line])
                })
                .collect();
            self.entries(entries, 4);
            let last = b.probability.last().map_or(inner, |c| c.span.end as usize);
            let brace = lex::find_code_char(self.source, last, '}').unwrap_or(last);
            self.close(brace, 2);
        }
        self.close(end - 1, 0);
    }

    fn example(&mut self, b: &ExampleBlock, blank: Blank) {
        let (start, end) = (b.span.start as usize, b.span.end as usize);
        let after = self.open(start, 0, format!("{} {}", self.k("example"), quote(&b.name.node)), blank);
        let lead_start = skip_trivia(self.source, after);
        let lead_open = lex::find_code_char(self.source, lead_start, '{').unwrap_or(lead_start);
        let lead_end = lex::find_code_char(self.source, lead_open + 1, '}').map_or(lead_open, |b| b + 1);
        let entries: Vec<String> =
            b.lead.iter().map(|(name, value)| format!("{}: {}", name.name, self.literal(value))).collect();
        let lead = self.k("lead");
        let lines = if entries.is_empty() {
            vec![format!("  {lead} {{}}")]
        } else {
            wrap(&format!("  {lead} {{ "), &entries, " }")
        };
        self.unit(lead_start..lead_end, 2, lines, Blank::Never, None);
        let expect_start = skip_trivia(self.source, lead_end);
        let expect_end = b.expect.last().map_or(expect_start, |e| e.span.end as usize);
        let expectations: Vec<String> = b.expect.iter().map(|e| text::expectation(e, self.lang)).collect();
        let line = format!("  {} {}", self.k("expect"), expectations.join(", "));
        self.unit(expect_start..expect_end, 2, vec![line], Blank::Keep, None);
        self.close(end - 1, 0);
    }

    fn expr(&self, e: &Expr) -> String {
        text::expr(e, self.source, self.lang)
    }

    fn written(&self, span: Loc) -> &str {
        self.source.get(span.range()).unwrap_or("")
    }

    fn literal(&self, value: &Spanned<Literal>) -> String {
        written_literal(&value.node, self.written(value.span), self.lang)
    }

    /// `per 60 seconds of time_on_site capped at 20` (`за каждые 60 секунд time_on_site не более
    /// 20`: Russian needs no `of`). The cap is written without a sign when it has the points'.
    ///
    /// A step of one unit is written as Russian says it, the unit alone with the `каждый` that
    /// agrees with it (`за каждую неделю`, `за каждый день`), and others in the accusative `за`
    /// asks for (`за каждые 2 недели`, `за каждые 21 минуту`); in English a step written as the
    /// unit alone stays so (`per week`).
    fn growth(&self, g: &GrowingPoints) -> String {
        let written = self.written(g.step.span);
        let mut out = match (&g.step.node, self.lang) {
            (Literal::Duration(q), Lang::Ru) => {
                format!("за {}", russian_each_step(q.unit.plural(), q.value, &spelled(q.value, written)))
            }
            (Literal::Duration(q), Lang::En) if q.value == 1.0 && !written.contains(|c: char| c.is_ascii_digit()) => {
                format!("{} {}", self.k("per"), text::duration(*q, Lang::En).trim_start_matches("1 "))
            }
            _ => format!("{} {}", self.k("per"), self.literal(&g.step)),
        };
        if self.lang == Lang::En {
            out.push_str(" of");
        }
        let written = self.written(g.cap.span);
        let digits = written.trim_start_matches(|c: char| !c.is_ascii_digit());
        let mut cap = spelled(g.cap.node.abs(), digits);
        if (g.cap.node < 0.0) != (g.per_points.node < 0.0) {
            cap = text::points(g.cap.node);
        }
        out.push_str(&format!(" {} {} {cap}", g.field.name, self.k("capped at")));
        out
    }

    fn number(&self, value: &Spanned<f64>) -> String {
        spelled(value.node, self.written(value.span))
    }

    /// `when COND` or `otherwise`.
    fn when(&self, w: &When) -> String {
        match w {
            When::Condition(c) => format!("{} {}", self.k("when"), self.expr(c)),
            When::Otherwise(_) => self.k("otherwise").into(),
        }
    }

    /// `90% when COND` or `otherwise 10%` (a bare `10%` is the same rating and is written so too).
    fn rating(&self, r: &Rating) -> String {
        let percent = format!("{}%", self.number(&r.percent));
        match &r.when {
            When::Condition(c) => format!("{percent} {} {}", self.k("when"), self.expr(c)),
            When::Otherwise(_) => format!("{} {percent}", self.k("otherwise")),
        }
    }

    /// `else` or `because` (in English), as the author wrote it (the AST does not record which).
    fn reason_word(&self, gate: &Gate) -> &'static str {
        let at = skip_trivia(self.source, gate.condition.span.end as usize);
        let rest = &self.source[at..];
        if rest.starts_with("because") || rest.starts_with(spell(Lang::Ru, "because")) { "because" } else { "else" }
    }

    /// Attaches the comments to the units and prints everything.
    fn finish(mut self, comments: &[Spanned<String>]) -> String {
        let mut tail: Vec<Comment> = Vec::new();
        for comment in comments {
            let at = comment.span.start as usize;
            let body = comment.node.trim_end().to_string();
            let trailing = !self.source[line_start(self.source, at)..at].trim().is_empty();
            let blank_before = blank_line_before(self.source, at);
            // Inside a unit (between `one of` values, inside a lead...): just before the unit.
            if let Some(unit) = self.units.iter_mut().find(|u| u.start < at && at < u.end) {
                unit.leading.push(Comment { body, blank_before: false, moved: true });
                continue;
            }
            if trailing {
                let same_line = self
                    .units
                    .iter_mut()
                    .rev()
                    .find(|u| u.end <= at)
                    .filter(|u| !self.source[u.end..at].contains('\n'));
                if let Some(unit) = same_line {
                    unit.trailing.push(body);
                    continue;
                }
            }
            match self.units.iter_mut().find(|u| u.start >= at) {
                Some(unit) => unit.leading.push(Comment { body, blank_before, moved: false }),
                None => tail.push(Comment { body, blank_before, moved: false }),
            }
        }
        let mut lines: Vec<Line> = Vec::new();
        let mut at_start = true;
        let mut after_open = false;
        for unit in &self.units {
            let closing = unit.lines[0].trim_start() == "}";
            let mut policy = match unit.blank {
                _ if at_start => Blank::Never,
                // Comments at the end of a block keep their blank line; the brace never has one.
                Blank::Never if closing && !after_open => Blank::Keep,
                other => other,
            };
            // A blank line the author left before the unit goes before the comments moved out of it.
            let mut unit_blank = blank_line_before(self.source, unit.start);
            for comment in &unit.leading {
                let blank = if comment.moved { std::mem::take(&mut unit_blank) } else { comment.blank_before };
                push_blank(&mut lines, policy, blank);
                lines.push(Line::code(format!("{}{}", pad("", unit.comment_indent), lex::comment(&comment.body))));
                policy = Blank::Keep;
            }
            if closing {
                policy = Blank::Never;
            }
            push_blank(&mut lines, policy, unit_blank);
            let last = unit.lines.len() - 1;
            for (i, line) in unit.lines.iter().enumerate() {
                let mut out = Line::code(line.clone());
                if i == last {
                    out.comment = unit.trailing.first().cloned();
                    out.group = unit.group;
                }
                lines.push(out);
            }
            for extra in unit.trailing.iter().skip(1) {
                lines.push(Line::code(format!("{}{}", pad("", unit.comment_indent), lex::comment(extra))));
            }
            at_start = false;
            after_open = unit.lines.last().is_some_and(|l| l.ends_with('{'));
        }
        let mut policy = if at_start { Blank::Never } else { Blank::Keep };
        for comment in tail {
            push_blank(&mut lines, policy, comment.blank_before);
            lines.push(Line::code(lex::comment(&comment.body)));
            policy = Blank::Keep;
        }
        render(lines)
    }
}

/// One printed line: code and an optional trailing comment.
struct Line {
    text: String,
    comment: Option<String>,
    group: Option<usize>,
}

impl Line {
    fn code(text: String) -> Line {
        Line { text, comment: None, group: None }
    }
}

fn push_blank(lines: &mut Vec<Line>, policy: Blank, author_had_one: bool) {
    let blank = match policy {
        Blank::Never => false,
        Blank::Always => true,
        Blank::Keep => author_had_one,
    };
    if blank && lines.last().is_some_and(|l| !l.text.is_empty()) {
        lines.push(Line::code(String::new()));
    }
}

/// Joins the lines, placing trailing comments in one column per group.
fn render(lines: Vec<Line>) -> String {
    let mut columns: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for line in &lines {
        if let (Some(group), Some(_)) = (line.group, &line.comment) {
            let column = columns.entry(group).or_default();
            *column = (*column).max(width(&line.text));
        }
    }
    let mut out = String::new();
    for line in &lines {
        out.push_str(&line.text);
        if let Some(comment) = &line.comment {
            let column = line.group.and_then(|g| columns.get(&g).copied()).unwrap_or(width(&line.text));
            out.push_str(&pad("", column - width(&line.text) + COMMENT_GAP));
            out.push_str(&lex::comment(comment));
        }
        out.push('\n');
    }
    out
}

fn header_line(header: &Header, lang: Lang) -> String {
    let mut line = format!("{} {}", spell(lang, "definition"), quote(&header.name.node));
    if let Some(version) = &header.version {
        line.push_str(&format!(" {} {}", spell(lang, "version"), version.node));
    }
    if let Some(date) = &header.effective {
        line.push_str(&format!(" {} {}", spell(lang, "effective"), literal(&Literal::Date(date.node), lang)));
    }
    line
}

fn use_line(u: &UseDecl, lang: Lang) -> String {
    let mut line = format!("{} {}", spell(lang, "use"), quote(&u.path.node));
    if !u.overrides.is_empty() {
        let settings: Vec<String> =
            u.overrides.iter().map(|p| format!("{} = {}", p.name.name, literal(&p.value.node, lang))).collect();
        line.push_str(&format!(" {} {}", spell(lang, "with"), settings.join(", ")));
    }
    line
}

/// `fields`: the name column, then `:` and the type column, then the `from` column. The type
/// column is as wide as the longest type word, `datetime`, in every block, so that adding or
/// removing a field never moves the others; a `date format "..."` overflows it by one space. A
/// long `from` list wraps with its continuation lines under the first column name.
fn fields(b: &FieldsBlock, lang: Lang) -> Vec<(Loc, Vec<String>)> {
    let k = |english| spell(lang, english);
    let name_w = max_width(b.fields.iter().map(|f| f.name.name.as_str()));
    let simple: Vec<Option<String>> = b
        .fields
        .iter()
        .map(|f| f.ty.as_ref().and_then(|t| simple_type(&t.node, f.number_format.as_ref(), lang)))
        .collect();
    let type_w = width(k("datetime"));
    let type_col = 2 + name_w + 3;
    b.fields
        .iter()
        .zip(&simple)
        .map(|(f, simple)| {
            let name = format!("  {}", pad(&f.name.name, name_w));
            let columns: Vec<String> = f.columns.iter().map(|c| quote(&c.node)).collect();
            let key = if f.key.is_some() { format!(" {}", k("key")) } else { String::new() };
            let key = format!("{key}{}", unknown_when(&f.unknown_when, lang));
            let key = key.as_str();
            let from = |head: String| -> Vec<String> {
                if columns.is_empty() {
                    vec![format!("{}{key}", head.trim_end())]
                } else {
                    wrap(&format!("{head}{} ", k("from")), &columns, key)
                }
            };
            let lines = match (&f.ty, simple) {
                (None, _) => from(format!("{name} ")),
                (Some(_), Some(ty)) if columns.is_empty() => vec![format!("{name} : {ty}{key}")],
                (Some(_), Some(ty)) => from(format!("{name} : {} ", pad(ty, type_w))),
                (Some(ty), None) => {
                    let FieldType::OneOf(variants) = &ty.node else { unreachable!("every other type is simple") };
                    let head = format!("{name} : {} ", k("one of"));
                    let values: Vec<String> = variants.iter().map(variant).collect();
                    if columns.is_empty() {
                        wrap(&head, &values, key)
                    } else {
                        let mut lines = wrap(&head, &values, "");
                        lines.extend(from(pad("", type_col + type_w + 1)));
                        lines
                    }
                }
            };
            (f.span, lines)
        })
        .collect()
}

/// ` unknown when "Select", "-"`, or nothing when no placeholder is declared.
fn unknown_when(placeholders: &[Spanned<String>], lang: Lang) -> String {
    if placeholders.is_empty() {
        return String::new();
    }
    let texts: Vec<String> = placeholders.iter().map(|p| quote(&p.node)).collect();
    format!(" {} {}", spell(lang, "unknown when"), texts.join(", "))
}

/// Every type but `one of`, as one word (or `date format "..."`, `money format "..."`).
fn simple_type(ty: &FieldType, number_format: Option<&Spanned<String>>, lang: Lang) -> Option<String> {
    let k = |english| spell(lang, english);
    if let Some(format) = number_format {
        return simple_type(ty, None, lang).map(|word| format!("{word} {} {}", k("format"), quote(&format.node)));
    }
    let text = match ty {
        FieldType::Number => k("number").into(),
        FieldType::Money => k("money").into(),
        FieldType::Percent => k("percent").into(),
        FieldType::YesNo => k("yes/no").into(),
        FieldType::Text => k("text").into(),
        FieldType::Duration(unit) => k(unit.plural()).into(),
        FieldType::NumberIn(unit) => format!("{} {}", k("number"), k(unit.in_unit())),
        FieldType::Date { format: None } => k("date").into(),
        FieldType::DateTime { format: None } => k("datetime").into(),
        FieldType::Date { format: Some(f) } => format!("{} {} {}", k("date"), k("format"), quote(&f.node)),
        FieldType::DateTime { format: Some(f) } => format!("{} {} {}", k("datetime"), k("format"), quote(&f.node)),
        FieldType::OneOf(_) => return None,
    };
    Some(text)
}

/// `it ("ИТ", "IT")`
fn variant(v: &EnumVariant) -> String {
    if v.spellings.is_empty() {
        return v.name.name.clone();
    }
    let spellings: Vec<String> = v.spellings.iter().map(|s| quote(&s.node)).collect();
    format!("{} ({})", v.name.name, spellings.join(", "))
}

/// `head` then `items` separated by `, `, wrapped before `MAX_WIDTH` after a comma with the
/// continuation lines under the first item; `tail` ends the last line.
fn wrap(head: &str, items: &[String], tail: &str) -> Vec<String> {
    let indent = width(head);
    let mut lines = Vec::new();
    let mut current = head.to_string();
    for (i, item) in items.iter().enumerate() {
        let last = i + 1 == items.len();
        let needed = width(item) + if last { width(tail) } else { 1 };
        if i > 0 {
            if width(&current) + 2 + needed > MAX_WIDTH {
                current.push(',');
                lines.push(std::mem::replace(&mut current, pad("", indent)));
            } else {
                current.push_str(", ");
            }
        }
        current.push_str(item);
    }
    current.push_str(tail);
    lines.push(current);
    lines
}

/// The widest name of the `let` lines (or quoted text of the `flag` lines) in the run of
/// consecutive items of the same kind as item `i`; 0 for any other item.
fn run_width(items: &[Item], i: usize) -> usize {
    let head = |item: &Item| match item {
        Item::Let(l) => Some(width(&l.name.name)),
        Item::Flag(f) => Some(width(&quote(&f.text.node))),
        _ => None,
    };
    let same = |j: usize| std::mem::discriminant(&items[j]) == std::mem::discriminant(&items[i]);
    if head(&items[i]).is_none() {
        return 0;
    }
    let (mut start, mut end) = (i, i);
    while start > 0 && same(start - 1) {
        start -= 1;
    }
    while end + 1 < items.len() && same(end + 1) {
        end += 1;
    }
    items[start..=end].iter().filter_map(head).max().unwrap_or(0)
}

fn item_span(item: &Item) -> Loc {
    match item {
        Item::Use(b) => b.span,
        Item::Let(b) => b.span,
        Item::Flag(b) => b.span,
        Item::Parameters(b) => b.span,
        Item::Fields(b) => b.span,
        Item::Minimum(b) => b.span,
        Item::Profile(b) => b.span,
        Item::Framework(b) => b.span,
        Item::Score(b) => b.span,
        Item::Classify(b) => b.span,
        Item::Temperature(b) => b.span,
        Item::Deal(b) => b.span,
        Item::Example(b) => b.span,
    }
}

fn max_width<'a>(texts: impl Iterator<Item = &'a str>) -> usize {
    texts.map(width).max().unwrap_or(0)
}

/// `text` padded with spaces on the right to `w` columns.
fn pad(text: &str, w: usize) -> String {
    format!("{text}{}", " ".repeat(w.saturating_sub(width(text))))
}

/// `text` padded with spaces on the left to `w` columns.
fn pad_left(text: &str, w: usize) -> String {
    format!("{}{text}", " ".repeat(w.saturating_sub(width(text))))
}

fn line_start(source: &str, at: usize) -> usize {
    source[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Whether the line before the one `at` starts is blank (and `at` starts its line).
fn blank_line_before(source: &str, at: usize) -> bool {
    let start = line_start(source, at);
    if !source[start..at].trim().is_empty() || start == 0 {
        return false;
    }
    let previous = line_start(source, start - 1);
    source[previous..start - 1].trim().is_empty()
}

/// The offset of the first character from `at` that is neither whitespace nor in a comment.
fn skip_trivia(source: &str, at: usize) -> usize {
    let code = lex::lexemes(source, at).find(|(lexeme, _)| match lexeme {
        lex::Lexeme::Code(c) => !c.is_whitespace(),
        lex::Lexeme::Text { .. } => true,
        lex::Lexeme::Comment => false,
    });
    code.map_or(source.len(), |(_, range)| range.start)
}
