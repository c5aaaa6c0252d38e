//! The validator against programs broken by hand, and against every shipped definition.

use super::*;
use crate::compile::{Loaded, load};
use crate::span::SourceFile;
use std::path::{Path, PathBuf};

/// A small definition with a bit of everything the program holds: tests, general steps, a
/// calculation, a text constant, a score read by a class rule.
const SMALL: &str = r#"
fields {
  employees : number
  budget    : money
  need      : text
  cto       : yes/no
  industry  : one of it, retail
}

minimum {
  require employees >= 10 else "too small"
}

framework BANT pass 1 of 2 {
  budget : budget * 2 >= 500_000
  need   : need contains "backup"
}

score {
  +30 when BANT.budget and cto
  +10 when industry = it
}

classify {
  SQL     when BANT passes and score >= 30
  nurture otherwise
}
"#;

fn small() -> RuleSet {
    let loaded = load(SourceFile::new("small.rules", SMALL));
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    loaded.rules.expect("the small definition compiles")
}

/// The broken invariant's words (English), or a failure when the program is found valid.
fn rejected(rules: &RuleSet) -> String {
    match validate(rules) {
        Err(broken) => broken.invariant.message().to_string(),
        Ok(()) => panic!("the validator accepted a broken program"),
    }
}

fn first_step(rules: &mut RuleSet, pick: impl Fn(&Step) -> bool) -> &mut Step {
    let at = rules.program.steps.iter_ids().find(|(_, s)| pick(s)).map(|(id, _)| id);
    &mut rules.program.steps[at.expect("the program has such a step")]
}

#[test]
fn the_small_definition_is_valid() {
    assert_eq!(validate(&small()), Ok(()));
}

#[test]
fn a_register_out_of_range_is_rejected() {
    let mut rules = small();
    let beyond = TruthRegister::new(rules.layout.truths).unwrap();
    if let Step::And { a, .. } = first_step(&mut rules, |s| matches!(s, Step::And { .. })) {
        *a = TruthOf::Register(beyond);
    }
    assert_eq!(rejected(&rules), "every id is in range of its table");
}

#[test]
fn a_register_read_before_it_is_written_is_rejected() {
    let mut rules = small();
    // The class rule's `and` reads the register of the class rule after it (`otherwise`),
    // which is only written by a later step.
    let later = rules.layout.classes.nth(1).unwrap();
    let class_steps = rules.class_code.steps;
    let and = rules.program.steps.slice(&class_steps).iter().position(|s| matches!(s, Step::And { .. }));
    let and = class_steps.nth(and.expect("the class rule has an `and`")).unwrap();
    if let Step::And { a, .. } = &mut rules.program.steps[and] {
        *a = TruthOf::Register(later);
    }
    assert_eq!(rejected(&rules), "every register and derived value a step reads is written before");
}

#[test]
fn a_number_register_never_written_is_rejected() {
    let mut rules = small();
    rules.layout = std::sync::Arc::new(RegisterLayout { numbers: 2, ..(*rules.layout).clone() });
    if let Step::Compare { a, .. } = first_step(&mut rules, |s| matches!(s, Step::Compare { .. })) {
        *a = Num::Register(NumberRegister::new(1).unwrap());
    }
    assert_eq!(rejected(&rules), "every register and derived value a step reads is written before");
}

#[test]
fn a_score_read_before_it_is_computed_is_rejected() {
    let mut rules = small();
    // The framework's block runs before the score's: it may not read the score.
    let criterion = rules.frameworks[0].code.steps;
    let compare = rules.program.steps.slice(&criterion).iter().position(|s| matches!(s, Step::Compare { .. }));
    let compare = criterion.nth(compare.expect("the criterion compares")).unwrap();
    if let Step::Compare { b, .. } = &mut rules.program.steps[compare] {
        *b = Num::Score(ScoreId::new(0).unwrap());
    }
    assert_eq!(rejected(&rules), "every register and derived value a step reads is written before");
}

#[test]
fn a_field_slot_out_of_range_is_rejected() {
    let mut rules = small();
    let beyond = FieldSlot::new(rules.schema.fields.len()).unwrap();
    rules.program.ranges.last_mut().expect("a range test").slot = beyond;
    assert_eq!(rejected(&rules), "every id is in range of its table");
}

#[test]
fn a_text_constant_out_of_range_is_rejected() {
    let mut rules = small();
    let beyond = TextId::new(rules.texts.len()).unwrap();
    if let Step::Contains { needle, .. } = first_step(&mut rules, |s| matches!(s, Step::Contains { .. })) {
        *needle = beyond;
    }
    assert_eq!(rejected(&rules), "every id is in range of its table");
}

#[test]
fn code_outside_the_program_is_rejected() {
    let mut rules = small();
    let end = rules.class_code.steps.end;
    rules.class_code.steps.end = StepId::new(end.index() + 1).unwrap();
    assert_eq!(rejected(&rules), "the blocks' code, one after another, is the whole program");
}

#[test]
fn a_layout_that_does_not_fit_its_block_is_rejected() {
    let mut rules = small();
    let mut layout = (*rules.layout).clone();
    layout.classes.end = layout.classes.start;
    rules.layout = std::sync::Arc::new(layout);
    assert_eq!(rejected(&rules), "the layout gives each block one truth register per condition");
}

#[test]
fn a_condition_whose_code_does_not_write_its_register_is_rejected() {
    let mut rules = small();
    let other = rules.layout.classes.nth(1).unwrap();
    rules.classes[ClassRuleId::clamped(0)].condition.as_mut().expect("a condition").register = other;
    assert_eq!(rejected(&rules), "each condition's code is part of its block's and writes its register");
}

#[test]
fn an_unnamed_calculation_is_rejected() {
    let mut rules = small();
    rules.program.calculations.clear();
    assert_eq!(rejected(&rules), "every calculation step is named once, in step order");
}

#[test]
fn a_missing_look_up_entry_is_rejected() {
    let mut rules = small();
    rules.probes = rules.probes.iter().skip(1).cloned().collect();
    assert_eq!(rejected(&rules), "the look-up tables have one entry per field or class rule");
}

#[test]
fn a_broken_program_is_an_error_diagnostic_not_a_panic() {
    let broken = CompileError::Broken(Broken { invariant: Invariant::TablesNumbered, detail: "step 3".into() });
    let diagnostic = broken.to_diagnostic(&small().sources);
    assert!(diagnostic.is_error());
    assert!(
        diagnostic
            .message
            .to_string()
            .starts_with("internal error in the compiler: every table can be numbered by its ids (step 3)")
    );
}

#[test]
fn a_definition_too_large_to_number_is_an_error_diagnostic() {
    let too_many = CompileError::from(TooMany { what: "truth registers", what_id: "compile-ids-truth-registers" });
    let diagnostic = too_many.to_diagnostic(&small().sources);
    assert!(diagnostic.is_error());
    assert!(diagnostic.message.to_string().starts_with("the definition needs more truth registers than"));
}

#[test]
fn compile_errors_are_said_in_russian() {
    use crate::locale::Lang;
    let sources = small().sources;
    let too_many = CompileError::from(TooMany { what: "truth registers", what_id: "compile-ids-truth-registers" });
    assert_eq!(
        too_many.to_string(),
        "the definition needs more truth registers than the compiled form can number (4294967295)"
    );
    let diagnostic = too_many.to_diagnostic(&sources);
    let said = |m: &crate::message::Message| Lang::Ru.text(m);
    assert_eq!(
        said(&diagnostic.message),
        "в определении больше регистров истинности, чем может пронумеровать скомпилированная форма (4294967295)"
    );
    assert_eq!(diagnostic.help.as_ref().map(said).as_deref(), Some("разделите определение на несколько небольших"));
    assert_eq!(said(&diagnostic.labels[0].message), "этот файл");
    let broken = CompileError::Broken(Broken { invariant: Invariant::TablesNumbered, detail: "step 3".into() });
    let diagnostic = broken.to_diagnostic(&sources);
    assert_eq!(
        said(&diagnostic.message),
        "внутренняя ошибка компилятора: каждую таблицу можно пронумеровать её идентификаторами; ни один лид не оценён \
         (подробность для разработчиков, по-английски: `step 3`)"
    );
    assert_eq!(
        diagnostic.help.as_ref().map(said).as_deref(),
        Some("пожалуйста, сообщите об этой ошибке и приложите файл")
    );
}

/// Every `.rules` file under `dir`, at any depth.
fn rule_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            rule_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rules") {
            out.push(path);
        }
    }
}

/// Every shipped definition that compiles gives a valid program, and none fails with an
/// internal error: the standard frameworks, the examples, the test corpora.
#[test]
fn every_shipped_definition_compiles_to_a_valid_program() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["rules", "src/syntax/testdata", "tests"] {
        rule_files(&root.join(dir), &mut files);
    }
    files.sort();
    let mut compiled = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).expect("a shipped rule file reads");
        let Loaded { rules, diagnostics, .. } = load(SourceFile::new(path.display().to_string(), text));
        let internal = diagnostics.iter().find(|d| d.message.to_string().contains("internal error in the compiler"));
        assert!(internal.is_none(), "{}: {internal:?}", path.display());
        if let Some(rules) = rules {
            assert_eq!(validate(&rules), Ok(()), "{}", path.display());
            compiled += 1;
        }
    }
    assert!(compiled >= 15, "only {compiled} of {} shipped files compiled", files.len());
}
