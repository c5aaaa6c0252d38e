//! The checker's diagnostics in Russian: whole diagnostics rendered in Russian (insta snapshots,
//! plural forms included), and every checker diagnostic of the `tests/ui` corpus said through a
//! message of the message files, none left as untranslated English text.

use leadrules::diagnostic::Diagnostic;
use leadrules::locale::Lang;
use leadrules::message::{Arg, Message};
use leadrules::span::{SourceFile, SourceMap};
use std::path::Path;

/// The checker's own diagnostics of one file (its `use` lines are not followed: what they would
/// bring in is reported missing, which says more, not less).
fn checker_diagnostics(name: &str, text: &str) -> (Vec<Diagnostic>, SourceMap) {
    let parsed = leadrules::syntax::parse(text);
    let sources = SourceMap::single(SourceFile::new(name, text));
    let imported_via = vec![None; parsed.file.items.len()];
    let checked = leadrules::check::check(&parsed.file, &sources, &imported_via);
    (checked.diagnostics, sources)
}

/// A definition loaded as the commands load it, its diagnostics rendered in `lang`.
fn rendered(name: &str, text: &str, lang: Lang) -> String {
    let loaded = leadrules::compile::load(SourceFile::new(name, text));
    assert!(!loaded.diagnostics.is_empty(), "{name} is broken on purpose");
    leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, lang)
}

fn corpus_file(name: &str) -> String {
    std::fs::read_to_string(Path::new("tests/ui").join(name)).expect("a corpus file")
}

#[test]
fn several_mistakes_in_russian() {
    let text = corpus_file("many_problems.rules");
    insta::assert_snapshot!("ru_many_problems", rendered("tests/ui/many_problems.rules", &text, Lang::Ru));
}

#[test]
fn type_and_unit_mismatches_in_russian() {
    let text = r#"definition "Типы" version 1

fields {
  id        : text   from "id" key
  employees : number
  budget    : money
  timeline  : days
  need      : text
  lost      : yes/no
}

profile ICP {
  employees >= 10 weight 1
}

classify {
  SQL     when need >= 10 and budget > 90 days
  MQL     when employees and ICP.fit >= 70 and lost = 1
  nurture otherwise
}
"#;
    insta::assert_snapshot!("ru_type_and_unit_mismatches", rendered("types.rules", text, Lang::Ru));
}

#[test]
fn counts_take_their_russian_plural_forms() {
    let text = r#"definition "Счёт" version 1

fields {
  id     : text   from "id" key
  budget : money
  need   : yes/no
}

framework ONE pass 3 of 1 {
  budget : budget > 0
}

framework TWO pass 2 of 3 {
  a : need
  b : need
}

framework FIVE pass 2 of 21 {
  a : need
  b : need
  c : need
  d : need
  e : need
}

classify {
  SQL     when ONE passes and TWO passes and FIVE passes
  nurture otherwise
}
"#;
    insta::assert_snapshot!("ru_plural_forms", rendered("plural.rules", text, Lang::Ru));
}

#[test]
fn examples_and_unknown_names_in_russian() {
    let text = r#"definition "Примеры" version 1

fields {
  id       : text   from "id" key
  budget   : money  from "Бюджет, руб"
  industry : one of it ("ИТ"), retail
}

score {
  +10 when budgte > 100 and industry = ИТ
}

classify {
  SQL     when score >= 200
  nurture otherwise
}

example "крупный" {
  lead { budgte: 100, industry: retial, industry: it }
  expect class MQL
}
"#;
    insta::assert_snapshot!("ru_examples_and_names", rendered("examples.rules", text, Lang::Ru));
}

/// Whether a message, or one nested in it, is text no message file holds.
fn untranslated(message: &Message) -> bool {
    message.id() == "untranslated"
        || message.args().iter().any(|(_, arg)| match arg {
            Arg::Message(m) => untranslated(m),
            Arg::List(items, _) => items.iter().any(|a| matches!(a, Arg::Message(m) if untranslated(m))),
            _ => false,
        })
}

#[test]
fn no_checker_diagnostic_of_the_corpus_is_untranslated() {
    let mut found = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir("tests/ui")
        .expect("tests/ui exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("rules"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("corpus files are UTF-8");
        let name = path.display().to_string();
        let (diagnostics, _) = checker_diagnostics(&name, &text);
        for d in diagnostics {
            let messages = std::iter::once(&d.message)
                .chain(d.labels.iter().map(|l| &l.message))
                .chain(d.help.iter())
                .chain(d.notes.iter())
                .chain(d.fixes.iter().map(|f| &f.message));
            for m in messages {
                if untranslated(m) {
                    found.push(format!("{name} {}: {m}", d.code.as_str()));
                }
            }
        }
    }
    assert!(found.is_empty(), "checker texts still untranslated:\n{}", found.join("\n"));
}
