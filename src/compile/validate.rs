//! The compiled program checked once, at the end of compilation, against every invariant the
//! evaluator relies on: each id in range of its table, each block's code a part of the program
//! and the blocks tiling it, each register written before a step reads it, each derived value
//! (a framework, a score…) computed before a block reads it, each condition's truth written by
//! its own block. The evaluator then indexes its tables directly: a compiler bug fails loudly
//! here, as an error value naming the broken invariant, instead of reading an out-of-range
//! register as unknown for every lead.

use super::ids::{FieldSlot, Id, IdRange, IdVec, NumberRegister, TooMany, TruthRegister};
use super::program::*;
use crate::diagnostic::{Code, Diagnostic};
use crate::message::Message;
use crate::msg;
use crate::span::{SourceMap, Span};

/// Why a definition that checked could not be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    /// The definition has more of something than the compiled form can number.
    TooMany(TooMany),
    /// The compiled program breaks an invariant: a bug in the compiler.
    Broken(Broken),
}

/// An invariant of the compiled program that does not hold, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    /// The invariant: `every register a step reads is written before`.
    pub invariant: Invariant,
    /// Which part of the program breaks it, in the compiler's own (English) words for the bug
    /// report: `step 12 reads truth register 40`.
    pub detail: String,
}

/// What the evaluator relies on in a compiled program; [`validate`] checks each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invariant {
    /// Every id is in range of its table.
    IdsInRange,
    /// Every table can be numbered by its ids.
    TablesNumbered,
    /// The layout gives each block one truth register per condition.
    LayoutFitsBlocks,
    /// The blocks' code, one after another, is the whole program.
    BlocksTileProgram,
    /// Every calculation step is named once, in step order.
    CalculationsNamed,
    /// Each condition's code is part of its block's and writes its register.
    ConditionsFit,
    /// Every register and derived value a step reads is written before.
    WrittenBeforeRead,
    /// The look-up tables have one entry per field or class rule.
    LookUpTablesFit,
}

impl Invariant {
    /// The invariant in words, as a part of the internal error's message.
    pub fn message(self) -> Message {
        match self {
            Invariant::IdsInRange => msg!("compile-invariant-ids-in-range"),
            Invariant::TablesNumbered => msg!("compile-invariant-tables-numbered"),
            Invariant::LayoutFitsBlocks => msg!("compile-invariant-layout-fits-blocks"),
            Invariant::BlocksTileProgram => msg!("compile-invariant-blocks-tile-program"),
            Invariant::CalculationsNamed => msg!("compile-invariant-calculations-named"),
            Invariant::ConditionsFit => msg!("compile-invariant-conditions-fit"),
            Invariant::WrittenBeforeRead => msg!("compile-invariant-written-before-read"),
            Invariant::LookUpTablesFit => msg!("compile-invariant-look-up-tables-fit"),
        }
    }
}

impl From<TooMany> for CompileError {
    fn from(too_many: TooMany) -> Self {
        CompileError::TooMany(too_many)
    }
}

impl From<Broken> for CompileError {
    fn from(broken: Broken) -> Self {
        CompileError::Broken(broken)
    }
}

impl CompileError {
    /// The error for a person: said in their language with
    /// [`Lang::text`](crate::locale::Lang::text). A broken invariant is named in the compiler's
    /// own (English) words, for the bug report.
    pub fn message(&self) -> Message {
        match self {
            CompileError::TooMany(too_many) => too_many.message(),
            CompileError::Broken(b) => {
                msg!("compile-internal-error", invariant = b.invariant.message(), detail = b.detail.as_str())
            }
        }
    }

    /// The error as a diagnostic on the definition's file: the rules cannot be used.
    pub fn to_diagnostic(&self, sources: &SourceMap) -> Diagnostic {
        let at = sources.root().map_or(Span::new(0, 0), |file| Span::new(file.base as usize, file.base as usize));
        match self {
            CompileError::TooMany(_) => {
                Diagnostic::new(Code::InvalidSetting, self.message(), at, msg!("compile-this-file"))
                    .with_help(msg!("compile-too-many-help"))
            }
            CompileError::Broken(_) => Diagnostic::new(Code::Syntax, self.message(), at, msg!("compile-this-file"))
                .with_help(msg!("compile-internal-error-help")),
        }
    }
}

impl std::fmt::Display for CompileError {
    /// The error in English (see [`CompileError::message`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// Checks every invariant the evaluator relies on.
pub fn validate(rules: &RuleSet) -> Result<(), Broken> {
    let program = &rules.program;
    tables_fit(rules)?;
    let layout = &rules.layout;
    let truths = Bound::<TruthRegister>::new("truth register", layout.truths);
    let numbers = Bound::<NumberRegister>::new("number register", layout.numbers);
    let fields = Bound::<FieldSlot>::new("field slot", rules.schema.fields.len());
    let ids = Ids { rules, truths, numbers, fields };
    blocks_fit_layout(rules)?;
    blocks_tile_program(rules)?;
    for t in &program.ranges {
        ids.truth(t.dst)?;
        ids.field(t.slot)?;
    }
    for t in &program.sets {
        ids.truth(t.dst)?;
        ids.field(t.slot)?;
    }
    for t in &program.fields {
        ids.truth(t.dst)?;
        ids.field(t.slot)?;
    }
    for (id, step) in program.steps.iter_ids() {
        ids.step(step).map_err(|b| Broken { detail: format!("step {}: {}", id.index(), b.detail), ..b })?;
    }
    calculations_named(program)?;
    conditions_fit(rules, &ids)?;
    registers_written_before_read(rules)?;
    look_up_tables_fit(rules, &ids)
}

const IN_RANGE: Invariant = Invariant::IdsInRange;

fn broken(invariant: Invariant, detail: String) -> Broken {
    Broken { invariant, detail }
}

/// Every table's length can be numbered by its ids.
fn tables_fit(rules: &RuleSet) -> Result<(), Broken> {
    fn fits<I: Id, T>(table: &IdVec<I, T>) -> Result<(), Broken> {
        I::new(table.len().saturating_sub(1)).map(drop).map_err(|e| broken(Invariant::TablesNumbered, e.to_string()))
    }
    let p = &rules.program;
    fits(&p.ranges)?;
    fits(&p.sets)?;
    fits(&p.fields)?;
    fits(&p.steps)?;
    fits(&rules.texts)
}

/// The upper bound of one kind of id.
#[derive(Clone, Copy)]
struct Bound<I> {
    what: &'static str,
    len: usize,
    id: std::marker::PhantomData<I>,
}

impl<I: Id> Bound<I> {
    fn new(what: &'static str, len: usize) -> Self {
        Bound { what, len, id: std::marker::PhantomData }
    }

    fn check(&self, id: I) -> Result<(), Broken> {
        if id.index() < self.len {
            Ok(())
        } else {
            Err(broken(IN_RANGE, format!("{} {} of {}", self.what, id.index(), self.len)))
        }
    }
}

/// The bounds of every kind of id a step can hold.
struct Ids<'r> {
    rules: &'r RuleSet,
    truths: Bound<TruthRegister>,
    numbers: Bound<NumberRegister>,
    fields: Bound<FieldSlot>,
}

impl Ids<'_> {
    fn truth(&self, r: TruthRegister) -> Result<(), Broken> {
        self.truths.check(r)
    }

    fn field(&self, slot: FieldSlot) -> Result<(), Broken> {
        self.fields.check(slot)
    }

    fn index(&self, what: &'static str, index: usize, len: usize) -> Result<(), Broken> {
        if index < len { Ok(()) } else { Err(broken(IN_RANGE, format!("{what} {index} of {len}"))) }
    }

    fn truth_of(&self, a: TruthOf) -> Result<(), Broken> {
        match a {
            TruthOf::Register(r) => self.truth(r),
            TruthOf::Minimum => Ok(()),
            TruthOf::Passes(i) => self.index("framework", i.index(), self.rules.frameworks.len()),
        }
    }

    fn number(&self, a: Num) -> Result<(), Broken> {
        match a {
            Num::Field(slot) => self.field(slot),
            Num::Register(r) => self.numbers.check(r),
            Num::Score(i) => self.index("score block", i.index(), self.rules.scores.len()),
            Num::Fit(i) => self.index("profile", i.index(), self.rules.profiles.len()),
            Num::Met(i) => self.index("framework", i.index(), self.rules.frameworks.len()),
            Num::Const(_) | Num::DealSize | Num::DealProbability | Num::DealPriority => Ok(()),
        }
    }

    fn text(&self, a: TextOf) -> Result<(), Broken> {
        match a {
            TextOf::Field(slot) => self.field(slot),
            TextOf::Constant(t) => self.index("text constant", t.index(), self.rules.texts.len()),
        }
    }

    fn choice(&self, a: EnumOf) -> Result<(), Broken> {
        match a {
            EnumOf::Field(slot) => self.field(slot),
            EnumOf::Value(_) => Ok(()),
        }
    }

    fn step(&self, step: &Step) -> Result<(), Broken> {
        match *step {
            Step::Const { dst, .. } => self.truth(dst),
            Step::Copy { dst, a } | Step::Not { dst, a } | Step::KnownTruth { dst, a } => {
                self.truth(dst)?;
                self.truth_of(a)
            }
            Step::And { dst, a, b } | Step::Or { dst, a, b } | Step::SameTruth { dst, a, b, .. } => {
                self.truth(dst)?;
                self.truth_of(a)?;
                self.truth_of(b)
            }
            Step::KnownNumber { dst, a } => {
                self.truth(dst)?;
                self.number(a)
            }
            Step::Compare { dst, a, b, .. } => {
                self.truth(dst)?;
                self.number(a)?;
                self.number(b)
            }
            Step::Between { dst, x, lo, hi } => {
                self.truth(dst)?;
                self.number(x)?;
                self.number(lo)?;
                self.number(hi)
            }
            Step::SameEnum { dst, a, b, .. } => {
                self.truth(dst)?;
                self.choice(a)?;
                self.choice(b)
            }
            Step::SameText { dst, a, b, .. } => {
                self.truth(dst)?;
                self.text(a)?;
                self.text(b)
            }
            Step::Contains { dst, a, needle } => {
                self.truth(dst)?;
                self.text(a)?;
                self.index("text constant", needle.index(), self.rules.texts.len())
            }
            Step::Calc { dst, a, b, .. } => {
                self.numbers.check(dst)?;
                self.number(a)?;
                self.number(b)
            }
            Step::Negate { dst, a } => {
                self.numbers.check(dst)?;
                self.number(a)
            }
        }
    }
}

/// Each block's registers in the layout: one per condition, inside the table of truths.
fn blocks_fit_layout(rules: &RuleSet) -> Result<(), Broken> {
    const INVARIANT: Invariant = Invariant::LayoutFitsBlocks;
    let layout = &rules.layout;
    let check = |what: &str, range: &IdRange<TruthRegister>, conditions: usize| {
        if range.start <= range.end && range.end.index() <= layout.truths && range.len() == conditions {
            Ok(())
        } else {
            let (start, end) = (range.start.index(), range.end.index());
            Err(broken(INVARIANT, format!("{what}: registers {start}..{end} for {conditions} conditions")))
        }
    };
    let counts = |what: &str, layout: usize, blocks: usize| {
        if layout == blocks { Ok(()) } else { Err(broken(INVARIANT, format!("{layout} {what} laid out of {blocks}"))) }
    };
    check("gates", &layout.gates, rules.gates.len())?;
    counts("frameworks", layout.frameworks.len(), rules.frameworks.len())?;
    for (range, f) in layout.frameworks.iter().zip(&rules.frameworks) {
        check(&f.name, range, f.criteria.len())?;
    }
    counts("profiles", layout.profiles.len(), rules.profiles.len())?;
    for (range, p) in layout.profiles.iter().zip(&rules.profiles) {
        check(&p.name, range, p.criteria.len())?;
    }
    counts("scores", layout.scores.len(), rules.scores.len())?;
    for (range, s) in layout.scores.iter().zip(&rules.scores) {
        check(s.display_name(), range, s.rules.len())?;
    }
    check("classify", &layout.classes, rules.classes.len())?;
    check("temperature", &layout.temperature, rules.temperature.as_ref().map_or(0, |t| t.rules.len()))?;
    check("flags", &layout.flags, rules.flags.len())
}

/// Every block's code, in the order the compiler emits the blocks.
fn blocks(rules: &RuleSet) -> Vec<(String, &CodeRange)> {
    let mut out = vec![("gates".to_string(), &rules.gate_code)];
    out.extend(rules.frameworks.iter().map(|f| (f.name.clone(), &f.code)));
    out.extend(rules.profiles.iter().map(|p| (p.name.clone(), &p.code)));
    out.extend(rules.scores.iter().map(|s| (s.display_name().to_string(), &s.code)));
    out.extend(rules.deal.iter().map(|d| ("deal".to_string(), &d.code)));
    out.push(("classify".to_string(), &rules.class_code));
    out.extend(rules.temperature.iter().map(|t| ("temperature".to_string(), &t.code)));
    out.push(("flags".to_string(), &rules.flag_code));
    out.push(("named conditions".to_string(), &rules.let_code));
    out
}

/// The blocks' code, one after another, is the whole program: each test and step runs in
/// exactly one block, and `Program::everything` runs every block's tests.
fn blocks_tile_program(rules: &RuleSet) -> Result<(), Broken> {
    const INVARIANT: Invariant = Invariant::BlocksTileProgram;
    fn tile<I: Id>(list: &str, next: &mut usize, name: &str, range: &IdRange<I>) -> Result<(), Broken> {
        if range.start.index() == *next && range.start <= range.end {
            *next = range.end.index();
            Ok(())
        } else {
            let (start, end) = (range.start.index(), range.end.index());
            Err(broken(INVARIANT, format!("{name}: {list} {start}..{end}, expected from {next}")))
        }
    }
    let p = &rules.program;
    let mut next = [0usize; 4];
    for (name, code) in blocks(rules) {
        tile("range tests", &mut next[0], &name, &code.ranges)?;
        tile("set tests", &mut next[1], &name, &code.sets)?;
        tile("field tests", &mut next[2], &name, &code.fields)?;
        tile("steps", &mut next[3], &name, &code.steps)?;
    }
    let lens = [p.ranges.len(), p.sets.len(), p.fields.len(), p.steps.len()];
    if next == lens {
        Ok(())
    } else {
        Err(broken(INVARIANT, format!("the blocks end at {next:?}, the program's lists at {lens:?}")))
    }
}

/// `Program::calculations` names every calculation step, in step order.
fn calculations_named(program: &Program) -> Result<(), Broken> {
    const INVARIANT: Invariant = Invariant::CalculationsNamed;
    let named: Vec<StepId> = program.calculations.iter().map(|(step, _)| *step).collect();
    let calculations: Vec<StepId> = program
        .steps
        .iter_ids()
        .filter(|(_, step)| matches!(step, Step::Calc { .. } | Step::Negate { .. }))
        .map(|(id, _)| id)
        .collect();
    if named == calculations {
        Ok(())
    } else {
        let (named, steps) = (named.len(), calculations.len());
        Err(broken(INVARIANT, format!("{named} named, {steps} calculation steps")))
    }
}

/// Each condition's code is a part of its block's, reads fields of the schema, and leaves its
/// truth in the register the layout gives it.
fn conditions_fit(rules: &RuleSet, ids: &Ids) -> Result<(), Broken> {
    const INVARIANT: Invariant = Invariant::ConditionsFit;
    let layout = &rules.layout;
    let check = |block: &CodeRange, c: &Condition, register: Option<TruthRegister>| -> Result<(), Broken> {
        let inside = inside(&block.ranges, &c.code.ranges)
            && inside(&block.sets, &c.code.sets)
            && inside(&block.fields, &c.code.fields)
            && inside(&block.steps, &c.code.steps);
        if !inside {
            return Err(broken(INVARIANT, format!("condition of register {}", c.register.index())));
        }
        if register.is_some_and(|r| r != c.register) {
            return Err(broken(INVARIANT, format!("register {} laid out {:?}", c.register.index(), register)));
        }
        ids.truth(c.register)?;
        if !writes(rules, &c.code, c.register) {
            return Err(broken(INVARIANT, format!("the code of register {} does not write it", c.register.index())));
        }
        c.reads.iter().try_for_each(|slot| ids.field(*slot))
    };
    for (g, r) in rules.gates.iter().zip(layout.gates.iter()) {
        check(&rules.gate_code, &g.condition, Some(r))?;
    }
    for (f, registers) in rules.frameworks.iter().zip(&layout.frameworks) {
        for (c, r) in f.criteria.iter().zip(registers.iter()) {
            check(&f.code, &c.condition, Some(r))?;
        }
    }
    for (p, registers) in rules.profiles.iter().zip(&layout.profiles) {
        for (c, r) in p.criteria.iter().zip(registers.iter()) {
            check(&p.code, &c.condition, Some(r))?;
        }
    }
    for (s, registers) in rules.scores.iter().zip(&layout.scores) {
        for (c, r) in s.rules.iter().zip(registers.iter()) {
            check(&s.code, &c.condition, Some(r))?;
        }
    }
    if let Some(deal) = &rules.deal {
        for c in deal.criteria.iter().flat_map(|c| c.ratings.iter().filter_map(|(_, c)| c.as_ref())) {
            check(&deal.code, c, None)?;
        }
        if let Some(size) = deal.size {
            ids.number(size)?;
        }
    }
    for (f, r) in rules.flags.iter().zip(layout.flags.iter()) {
        check(&rules.flag_code, &f.condition, Some(r))?;
    }
    for named in &rules.lets {
        check(&rules.let_code, &named.condition, None)?;
    }
    let ordered = [(rules.classes.iter(), &rules.class_code, layout.classes, rules.class_names.len())];
    let temperature = rules.temperature.as_ref().map(|t| (t.rules.iter(), &t.code, layout.temperature, t.names.len()));
    for (block_rules, code, registers, names) in ordered.into_iter().chain(temperature) {
        for (rule, r) in block_rules.zip(registers.iter()) {
            match &rule.condition {
                Some(c) => check(code, c, Some(r))?,
                None if !writes(rules, code, r) => {
                    return Err(broken(INVARIANT, format!("`otherwise` register {} is not written", r.index())));
                }
                None => {}
            }
            ids.index("rule name", rule.name.index(), names)?;
        }
    }
    Ok(())
}

/// Whether `inner` is a part of `outer`.
fn inside<I: Id>(outer: &IdRange<I>, inner: &IdRange<I>) -> bool {
    outer.start <= inner.start && inner.start <= inner.end && inner.end <= outer.end
}

/// Whether some test or step of `code` writes truth register `r`.
fn writes(rules: &RuleSet, code: &CodeRange, r: TruthRegister) -> bool {
    let p = &rules.program;
    let tests = p.ranges.get_slice(&code.ranges).unwrap_or_default().iter().any(|t| t.dst == r)
        || p.sets.get_slice(&code.sets).unwrap_or_default().iter().any(|t| t.dst == r)
        || p.fields.get_slice(&code.fields).unwrap_or_default().iter().any(|t| t.dst == r);
    tests || p.steps.get_slice(&code.steps).unwrap_or_default().iter().any(|s| s.truth_written() == Some(r))
}

/// Runs the blocks in the evaluator's order (the derived values in `RuleSet::order`, then
/// `classify`, then `temperature`), each block's tests before its steps: every register a step
/// reads was written by then, every derived value it reads was computed, and no register is
/// written by two tests (tests run before every step, so a second one would reorder writes).
fn registers_written_before_read(rules: &RuleSet) -> Result<(), Broken> {
    const INVARIANT: Invariant = Invariant::WrittenBeforeRead;
    let p = &rules.program;
    let mut truths = vec![false; rules.layout.truths];
    let mut by_test = vec![false; rules.layout.truths];
    let mut numbers = vec![false; rules.layout.numbers];
    let mut settled: Vec<Derived> = Vec::new();
    let blocks = rules
        .order
        .iter()
        .map(|&d| (Some(d), rules.code_of(d)))
        .chain([(None, Some(&rules.class_code))])
        .chain(rules.temperature.iter().map(|t| (None, Some(&t.code))))
        .chain([(None, Some(&rules.flag_code)), (None, Some(&rules.let_code))]);
    for (derived, code) in blocks {
        let Some(code) = code else {
            return Err(broken(INVARIANT, format!("{derived:?} is computed but has no block")));
        };
        let tests = p.ranges.slice(&code.ranges).iter().map(|t| t.dst);
        let tests = tests.chain(p.sets.slice(&code.sets).iter().map(|t| t.dst));
        for dst in tests.chain(p.fields.slice(&code.fields).iter().map(|t| t.dst)) {
            if std::mem::replace(&mut by_test[dst.index()], true) {
                return Err(broken(INVARIANT, format!("truth register {} is written by two tests", dst.index())));
            }
            truths[dst.index()] = true;
        }
        for (k, step) in p.steps.slice(&code.steps).iter().enumerate() {
            let at = code.steps.start.index() + k;
            let unread = |what: String| broken(INVARIANT, format!("step {at} reads {what} before it is written"));
            for r in step.truths_read() {
                if !truths[r.index()] {
                    return Err(unread(format!("truth register {}", r.index())));
                }
            }
            for r in step.numbers().into_iter().filter_map(register_of) {
                if !numbers[r.index()] {
                    return Err(unread(format!("number register {}", r.index())));
                }
            }
            for d in step.derived_read() {
                if !settled.contains(&d) {
                    return Err(unread(format!("{d:?}")));
                }
            }
            match *step {
                Step::Calc { dst, .. } | Step::Negate { dst, .. } => numbers[dst.index()] = true,
                _ => step.truth_written().into_iter().for_each(|dst| truths[dst.index()] = true),
            }
        }
        if let Some(d) = derived {
            if d == Derived::Deal
                && let Some(r) = rules.deal.as_ref().and_then(|deal| deal.size).and_then(register_of)
                && !numbers[r.index()]
            {
                return Err(broken(INVARIANT, format!("the deal size reads number register {}", r.index())));
            }
            settled.push(d);
        }
    }
    Ok(())
}

fn register_of(n: Num) -> Option<NumberRegister> {
    if let Num::Register(r) = n { Some(r) } else { None }
}

/// The tables beside the program: one entry per field or class rule, each id in range.
fn look_up_tables_fit(rules: &RuleSet, ids: &Ids) -> Result<(), Broken> {
    const INVARIANT: Invariant = Invariant::LookUpTablesFit;
    let fields = rules.schema.fields.len();
    let per_field = [("probes", rules.probes.len()), ("slot_dependents", rules.slot_dependents.len())];
    let per_rule =
        [("class_rule_fields", rules.class_rule_fields.len()), ("class_rule_labels", rules.class_rule_labels.len())];
    for (table, len) in per_field {
        if len != fields {
            return Err(broken(INVARIANT, format!("{table} has {len} entries for {fields} fields")));
        }
    }
    for (table, len) in per_rule {
        if len != rules.classes.len() {
            return Err(broken(
                INVARIANT,
                format!("{table} has {len} entries for {} class rules", rules.classes.len()),
            ));
        }
    }
    let slots = rules.class_rule_fields.iter().flatten().chain(&rules.class_fields);
    let slots = slots.chain(rules.signature.iter().flat_map(|s| s.parts.iter().map(|(slot, _)| slot)));
    for &slot in slots {
        ids.field(slot)?;
    }
    if let Some(d) = rules.slot_dependents.iter().flatten().find(|d| rules.code_of(**d).is_none()) {
        return Err(broken(INVARIANT, format!("a field's dependents name {d:?}, which has no block")));
    }
    for probe in rules.probes.iter().flatten() {
        if let Val::TextConst(t) = probe {
            ids.index("text constant", t.index(), rules.texts.len())?;
        }
    }
    if let Some(since) = rules.temperature.as_ref().and_then(|t| t.since) {
        ids.field(since)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
