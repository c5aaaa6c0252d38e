//! The language in Russian: every shipped definition and standard framework has a Russian-keyword
//! version (`rules/ru/`, `rules/ru/std/`) that checks clean, passes its examples and gives the same
//! verdicts as the English file; `fmt --to ru` then `--to en` gives back the file; and on
//! generated rule files and leads, a file, its Russian translation and a mix of the two judge
//! every lead alike.

mod common;

use common::{code, leadrules, scratch, stderr, stdout};
use leadrules::compile::{RuleSet, load};
use leadrules::eval::evaluate;
use leadrules::format::{format, format_to};
use leadrules::locale::Lang;
use leadrules::span::SourceFile;
use leadrules::value::Value;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

fn rule_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a rules folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rules"))
        .collect();
    files.sort();
    files
}

fn to(text: &str, lang: Lang) -> String {
    format_to(text, Some(lang)).unwrap_or_else(|d| panic!("not formatted: {d:?}\n{text}"))
}

/// The rendered problems of a rule file (empty when it checks clean).
fn problems(name: &str, text: &str) -> String {
    let loaded = load(SourceFile::new(name, text));
    leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, Lang::En)
}

/// `qualify` of sample leads, as JSON Lines, with the deciding rule named by its line only:
/// `decided_by` quotes the rule as its author wrote it (`SQL когда ...`), keywords and all.
fn verdicts(rules: &Path, leads: &str) -> String {
    let out = leadrules(&["qualify", &rules.display().to_string(), leads, "--format", "jsonl"]);
    assert_eq!(code(&out), 0, "{}: {}", rules.display(), stderr(&out));
    let key = "\"decided_by\":\"";
    let mut rows = String::new();
    for row in stdout(&out).lines() {
        match row.find(key).map(|at| at + key.len()) {
            Some(start) => {
                let rule = &row[start..];
                let line_end = rule.find(':').unwrap_or(0);
                let quote_end = rule.find("\",").unwrap_or(rule.len());
                rows.push_str(&format!("{}{}{}\n", &row[..start], &rule[..line_end], &rule[quote_end..]));
            }
            None => rows.push_str(&format!("{row}\n")),
        }
    }
    rows
}

/// The leads each shipped definition is run on: its sample leads, and its history (the ACME
/// history; the whole CRM export of the MAVEN opportunities).
fn leads_of(rules: &str) -> Vec<&'static str> {
    if rules.contains("acme") {
        vec!["rules/acme-leads.csv", "rules/acme-history.csv"]
    } else {
        vec!["tests/data/crm-opportunities-sample.csv", "tests/data/crm-opportunities.csv"]
    }
}

/// The English file a Russian-keyword one in `rules/ru/` stands for.
fn english_of(russian: &Path) -> PathBuf {
    let name = russian.display().to_string();
    PathBuf::from(name.replacen("rules/ru/", "rules/", 1))
}

/// The Russian-keyword version of a file: the same definition, no English keyword, formatted,
/// clean, and its examples pass.
fn assert_russian_version(russian: &Path) -> PathBuf {
    let name = russian.display().to_string();
    let english_path = english_of(russian);
    let english = read(&english_path);
    let text = read(russian);
    assert_eq!(problems(&name, &text), "", "{name} checks clean");
    let parsed_en = leadrules::syntax::parse(&english);
    let parsed_ru = leadrules::syntax::parse(&text);
    assert!(leadrules::format::same_meaning(&parsed_en.file, &parsed_ru.file), "{name}: the same definition");
    assert_eq!(parsed_ru.file.spelling.english, 0, "no English keyword is left in {name}");
    assert_eq!(format(&text).expect("formats"), text, "{name} is formatted, in Russian");
    let examples = leadrules(&["test", &name]);
    assert_eq!(code(&examples), 0, "{}{}", stdout(&examples), stderr(&examples));
    let english_examples = leadrules(&["test", &english_path.display().to_string()]);
    assert_eq!(
        stdout(&examples).lines().count(),
        stdout(&english_examples).lines().count(),
        "{name}: as many examples as the English file"
    );
    english_path
}

#[test]
fn every_shipped_definition_has_a_russian_version_with_the_same_verdicts() {
    let russian = rule_files("rules/ru");
    let shipped = rule_files("rules");
    assert!(shipped.len() >= 4, "the shipped definitions: {shipped:?}");
    assert_eq!(russian.iter().map(|p| english_of(p)).collect::<Vec<_>>(), shipped, "one for each");
    for path in russian {
        let english = assert_russian_version(&path);
        for leads in leads_of(&english.display().to_string()) {
            assert_eq!(verdicts(&path, leads), verdicts(&english, leads), "{} on {leads}", path.display());
        }
    }
}

#[test]
fn every_standard_framework_has_a_russian_version() {
    let english: Vec<PathBuf> = rule_files("rules/std");
    let russian = rule_files("rules/ru/std");
    assert_eq!(russian.iter().map(|p| english_of(p)).collect::<Vec<_>>(), english, "one for each");
    for path in russian {
        assert_russian_version(&path);
    }
}

#[test]
fn every_shipped_definition_in_russian_checks_clean_and_gives_the_same_verdicts() {
    let dir = scratch("russian_shipped");
    // Every file in `rules/` (any added later too), on its sample leads and its history.
    let shipped = rule_files("rules");
    assert!(shipped.len() >= 4, "the shipped definitions: {shipped:?}");
    for rules in &shipped {
        let name = rules.display().to_string();
        let russian = to(&read(rules), Lang::Ru);
        assert_eq!(problems(&name, &russian), "", "{name} in Russian");
        assert_eq!(leadrules::syntax::parse(&russian).file.spelling.english, 0, "{name}: no English keyword left");
        let copy = dir.join(rules.file_name().expect("a file name"));
        std::fs::write(&copy, &russian).expect("write the Russian copy");
        for leads in leads_of(&name) {
            assert_eq!(verdicts(&copy, leads), verdicts(rules, leads), "{name} in Russian on {leads}");
        }
    }
    // Every standard framework: clean in Russian, and its examples give the same results.
    let frameworks = rule_files("rules/std");
    assert!(frameworks.len() >= 8, "the standard frameworks: {frameworks:?}");
    let std_dir = dir.join("std");
    std::fs::create_dir_all(&std_dir).expect("a folder");
    for rules in &frameworks {
        let name = rules.display().to_string();
        let russian = to(&read(rules), Lang::Ru);
        assert_eq!(problems(&name, &russian), "", "{name} in Russian");
        assert_eq!(leadrules::syntax::parse(&russian).file.spelling.english, 0, "{name}: no English keyword left");
        let copy = std_dir.join(rules.file_name().expect("a file name"));
        std::fs::write(&copy, &russian).expect("write the Russian copy");
        let (english_run, russian_run) =
            (leadrules(&["test", &name]), leadrules(&["test", &copy.display().to_string()]));
        assert_eq!(code(&russian_run), 0, "{name} in Russian: {}{}", stdout(&russian_run), stderr(&russian_run));
        let summary = |out: &std::process::Output| stdout(out).lines().last().map(str::to_string);
        assert_eq!(summary(&russian_run), summary(&english_run), "{name} in Russian: the same examples pass");
    }
}

#[test]
fn fmt_to_russian_and_back_gives_the_file_back() {
    let mut files = rule_files("rules");
    files.extend(rule_files("rules/std"));
    files.extend(rule_files("rules/ru"));
    files.extend(rule_files("rules/ru/std"));
    files.push(PathBuf::from("tests/ui/valid.rules.ok"));
    for path in files {
        let original = read(&path);
        let russian = to(&original, Lang::Ru);
        let back = to(&russian, Lang::En);
        let name = path.display().to_string();
        let expected = if name.contains("/ru/") { to(&original, Lang::En) } else { original.clone() };
        assert_eq!(back, expected, "{name}: --to ru then --to en");
        assert_eq!(to(&back, Lang::Ru), russian, "{name}: --to en then --to ru");
        assert_eq!(format(&russian).expect("formats"), russian, "{name}: fmt keeps a Russian file Russian");
    }
}

#[test]
fn the_standard_frameworks_check_clean_in_russian() {
    for path in rule_files("rules/std") {
        let name = path.display().to_string();
        let russian = to(&read(&path), Lang::Ru);
        assert_eq!(problems(&name, &russian), "", "{name} in Russian");
        assert!(leadrules::syntax::parse(&russian).file.spelling.russian > 0, "{name}");
    }
}

#[test]
fn the_cli_rewrites_keywords_and_keeps_names_texts_and_comments() {
    let o = leadrules(&["fmt", "--to", "ru", "--stdout", "rules/acme.rules"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), to(&read("rules/acme.rules"), Lang::Ru), "--to ru");
    assert!(stdout(&o).contains("  требуется   employees >= 10     иначе \"too small: fewer than 10 employees\""));
    let dir = scratch("russian_fmt_to");
    let copy = dir.join("acme.rules");
    std::fs::write(&copy, read("rules/ru/acme.rules")).expect("copy");
    let o = leadrules(&["fmt", "--to", "en", copy.to_str().expect("utf-8")]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let english = read(&copy);
    assert!(english.contains("require employees >= 10     else \"too small: fewer than 10 employees\""), "{english}");
    assert!(english.contains("# Жёсткие"), "comments stay as the author wrote them");
}

#[test]
fn mixed_and_russian_spellings_read_alike() {
    let english = "fields {\n  a : number\n  b : yes/no\n  t : days\n}\n\nclassify {\n  X when a between 1 and 5 and b\n  Y when t <= 2 days or a is unknown\n  Z otherwise\n}\n";
    let mixed = "поля {\n  a : число\n  b : yes/no\n  t : дни\n}\n\nclassify {\n  X когда a между 1 and 5 и b\n  Y when t <= 2 дня или a неизвестно\n  Z otherwise\n}\n";
    let en = leadrules::syntax::parse(english);
    let mix = leadrules::syntax::parse(mixed);
    assert!(mix.diagnostics.is_empty(), "{:?}", mix.diagnostics);
    assert!(leadrules::format::same_meaning(&en.file, &mix.file));
    assert_eq!(format(mixed).expect("formats"), to(english, Lang::Ru), "the majority is Russian");
}

/// A definition whose phrase keywords (`at least`, `capped at`, `fails`; `не менее`, `не более`,
/// `не проходит`) and expectations are written with `~` between their words, in English or in
/// Russian.
fn with_gaps(russian: bool) -> &'static str {
    if russian {
        "поля {\n  a : число\n}\n\nметодика F зачёт не~менее 1 {\n  c : a > 1\n}\n\n\
         баллы не~более 100 {\n  +10 когда F~не~проходит\n}\n\n\
         классы {\n  X когда F~не~проходит\n  Y иначе\n}\n\n\
         пример \"e\" {\n  лид { a: 0 }\n  ожидается~класс~X,~F~не~проходит,~баллы~10\n}\n"
    } else {
        "fields {\n  a : number\n}\n\nframework F pass at~least 1 {\n  c : a > 1\n}\n\n\
         score capped~at 100 {\n  +10 when F~fails\n}\n\n\
         classify {\n  X when F~fails\n  Y otherwise\n}\n\n\
         example \"e\" {\n  lead { a: 0 }\n  expect~class~X,~F~fails,~score~10\n}\n"
    }
}

#[test]
fn phrases_and_expectations_may_be_laid_out_alike_in_both_languages() {
    // Between two words: a blank, a line break, a comment, blank lines.
    let gaps = [" ", "\n    ", "  # a note\n    ", "\n\n      ", "\t# note\n#another\n "];
    let one_line = leadrules::syntax::parse(&with_gaps(false).replace('~', " "));
    assert!(one_line.diagnostics.is_empty(), "{:?}", one_line.diagnostics);
    let formatted_ru = format(&with_gaps(true).replace('~', " ")).expect("formats");
    for gap in gaps {
        let (english, russian) = (with_gaps(false).replace('~', gap), with_gaps(true).replace('~', gap));
        let (en, ru) = (leadrules::syntax::parse(&english), leadrules::syntax::parse(&russian));
        assert!(en.diagnostics.is_empty(), "{english}\n{:?}", en.diagnostics);
        assert!(ru.diagnostics.is_empty(), "{russian}\n{:?}", ru.diagnostics);
        assert!(leadrules::format::same_meaning(&en.file, &one_line.file), "{english}");
        assert!(leadrules::format::same_meaning(&ru.file, &one_line.file), "the same definition:\n{russian}");
        let loaded = load(SourceFile::new("gaps.rules", russian.clone()));
        assert!(loaded.diagnostics.is_empty(), "{russian}\n{:?}", loaded.diagnostics);
        let rules = loaded.rules.expect("compiles");
        assert!(leadrules::eval::examples::run_examples(&rules).iter().all(|r| r.passed()), "{russian}");
        // The formatter puts the phrase back on one line and keeps the comments.
        let formatted = format(&russian).expect("formats");
        let again = leadrules::syntax::parse(&formatted);
        assert_eq!(leadrules::format::comment_texts(&again.file), leadrules::format::comment_texts(&ru.file));
        if !gap.contains('#') {
            assert_eq!(formatted, formatted_ru, "{russian}");
        }
    }
}

#[test]
fn russian_units_are_written_in_the_form_their_number_asks_for() {
    let text = |a: &str, b: &str, c: &str| {
        format!(
            "fields {{\n  t : minutes\n}}\n\nclassify {{\n  X when t <= {a}\n  Y when t <= {b}\n  W when t <= {c}\n  Z otherwise\n}}\n"
        )
    };
    let russian = to(&text("1 minute", "2 hours", "5 days"), Lang::Ru);
    assert!(russian.contains("t <= 1 минута") && russian.contains("t <= 2 часа") && russian.contains("t <= 5 дней"));
    let russian = to(&text("21 weeks", "11 minutes", "1.5 hours"), Lang::Ru);
    assert!(russian.contains("21 неделя") && russian.contains("11 минут") && russian.contains("1.5 часа"), "{russian}");
}

// ---------------------------------------------------------------- generated files and leads

/// Reads choices one after another (0 when they run out).
struct Picker<'c> {
    choices: &'c [u32],
    at: usize,
}

impl Picker<'_> {
    fn pick(&mut self, n: u32) -> u32 {
        let c = self.choices.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        c % n
    }

    fn one<'a>(&mut self, options: &[&'a str]) -> &'a str {
        options[self.pick(options.len() as u32) as usize]
    }

    fn number(&mut self) -> u32 {
        [0, 1, 5, 10, 50, 200, 1_000, 500_000][self.pick(8) as usize]
    }

    /// A condition; `level` 0 reads only fields, 1 also the profile and the framework, 2 also the
    /// score and the deal.
    fn condition(&mut self, level: u32, depth: u32) -> String {
        if depth < 2 && self.pick(3) == 0 {
            let (a, b) = (self.condition(level, depth + 1), self.condition(level, depth + 1));
            return match self.pick(4) {
                0 => format!("{a} and {b}"),
                1 => format!("{a} or {b}"),
                2 => format!("not ({a})"),
                _ => format!("({a} or {b}) and {}", self.condition(level, depth + 1)),
            };
        }
        let n = self.number();
        let atoms = 11 + 3 * level;
        match self.pick(atoms) {
            0 => format!("employees >= {n}"),
            1 => format!("budget < {n}"),
            2 => format!("employees between {n} and {}", n + self.number()),
            3 => format!("industry {} [it, retail]", self.one(&["in", "not in"])),
            4 => self.one(&["lpr", "lpr = yes", "lpr = no", "lpr = true"]).to_string(),
            5 => format!("{} is {}", self.one(&["need", "budget", "timeline"]), self.one(&["known", "unknown"])),
            6 => format!("timeline <= {} {}", self.pick(40), self.one(&["days", "day", "hours", "weeks", "minutes"])),
            7 => format!("need contains \"{}\"", self.one(&["gpu", "GPU", "backup"])),
            8 => format!("employees * 2 - 5 > {n}"),
            9 => format!("created >= 2026-0{}-15", 1 + self.pick(9)),
            10 => format!("industry = {}", self.one(&["it", "retail", "gambling"])),
            11 => format!("ICP.fit >= {}%", self.pick(101)),
            12 => format!("BANT {}", self.one(&["passes", "fails"])),
            13 => format!("BANT.met >= {}", self.pick(4)),
            14 => format!("score >= {}", self.pick(60)),
            15 => format!("deal.probability >= {}%", self.pick(101)),
            _ => format!("deal.size >= {n}"),
        }
    }

    fn rule_file(&mut self) -> String {
        let mut out = String::from("definition \"generated\" version 1 effective 2026-01-01\n\n");
        out.push_str(
            "fields {\n  id : text key\n  employees : number\n  budget : money\n  lpr : yes/no\n  \
             industry : one of it, retail, gambling\n  timeline : days\n  need : text\n  created : datetime\n}\n\n",
        );
        // At least one gate: an empty `minimum` with `temperature for all leads` trips the compiler
        // (an internal error, reported apart).
        out.push_str("minimum {\n");
        for _ in 0..1 + self.pick(2) {
            let (kind, word) = if self.pick(2) == 0 { ("require", "else") } else { ("reject", "because") };
            out.push_str(&format!("  {kind} {} {word} \"reason\"\n", self.condition(0, 1)));
        }
        out.push_str("}\n\nprofile ICP {\n");
        for _ in 0..1 + self.pick(3) {
            out.push_str(&format!("  {} weight {}\n", self.condition(0, 1), 1 + self.pick(4)));
        }
        let pass = self.one(&["all", "any", "at least 2", "2 of 3", "1"]);
        out.push_str(&format!("}}\n\nframework BANT pass {pass} {{\n"));
        for criterion in ["budget", "authority", "timing"] {
            out.push_str(&format!("  {criterion} : {}\n", self.condition(0, 1)));
        }
        let cap = if self.pick(2) == 0 { " capped at 50" } else { "" };
        out.push_str(&format!("}}\n\nscore{cap} {{\n"));
        for _ in 0..1 + self.pick(3) {
            let sign = self.one(&["+", "-"]);
            out.push_str(&format!("  {sign}{} when {}\n", 5 + self.pick(30), self.condition(1, 1)));
        }
        out.push_str("}\n\ndeal {\n  size budget\n  probability {\n");
        out.push_str(&format!(
            "    price importance {} match 90% when {}, {}% when {}, otherwise 10%\n",
            1 + self.pick(5),
            self.condition(0, 1),
            self.pick(90),
            self.condition(0, 1)
        ));
        out.push_str("  }\n}\n\nclassify {\n  disqualified when not minimum\n");
        for class in ["SQL", "MQL"] {
            out.push_str(&format!("  {class} when {}\n", self.condition(2, 0)));
        }
        out.push_str("  nurture otherwise\n}\n\n");
        let all = if self.pick(2) == 0 { " for all leads" } else { "" };
        out.push_str(&format!("temperature{all} since created {{\n"));
        out.push_str(&format!("  hot when {} respond within {} minutes\n", self.condition(1, 1), 1 + self.pick(30)));
        out.push_str(&format!("  warm when {} respond within {} hours\n", self.condition(1, 1), 1 + self.pick(5)));
        out.push_str(&format!("  cold otherwise respond within {} days\n}}\n", 1 + self.pick(3)));
        out
    }
}

fn compiled(text: &str) -> Result<RuleSet, String> {
    let loaded = load(SourceFile::new("generated.rules", text));
    if loaded.diagnostics.iter().any(|d| d.is_error()) {
        return Err(leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, Lang::En));
    }
    loaded.rules.ok_or_else(|| "not compiled".to_string())
}

/// A lead for the generated fields (`id` first), each value near the thresholds or unknown.
fn lead(choices: &[u32]) -> Vec<Value> {
    let mut p = Picker { choices, at: 0 };
    let known = |value: Value, p: &mut Picker| if p.pick(4) == 0 { Value::Unknown } else { value };
    let employees = Value::Number(f64::from(p.number()));
    let budget = Value::Number(f64::from(p.number()));
    let lpr = Value::Bool(p.pick(2) == 0);
    let industry = Value::Enum(p.pick(3));
    let timeline = Value::Number(f64::from(p.pick(40)) * 86_400.0);
    let need = Value::Text(p.one(&["gpu", "backup", ""]).into());
    let created = Value::Time(1_767_225_600 + i64::from(p.pick(300)) * 86_400);
    vec![
        Value::Text("lead".into()),
        known(employees, &mut p),
        known(budget, &mut p),
        known(lpr, &mut p),
        known(industry, &mut p),
        known(timeline, &mut p),
        known(need, &mut p),
        known(created, &mut p),
    ]
}

/// The file with every other top-level block in Russian.
fn mixed(english: &str, choices: &[u32]) -> String {
    let blocks: Vec<String> = english
        .split("\n\n")
        .enumerate()
        .map(|(i, block)| {
            let lang = if choices.get(i).is_some_and(|c| c % 2 == 0) { Lang::Ru } else { Lang::En };
            format_to(&format!("{block}\n"), Some(lang)).expect("a block formats alone").trim_end().to_string()
        })
        .collect();
    blocks.join("\n\n") + "\n"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_generated_file_and_its_russian_translation_judge_every_lead_alike(
        file in prop::collection::vec(any::<u32>(), 120),
        leads in prop::collection::vec(prop::collection::vec(any::<u32>(), 16), 1..24),
    ) {
        let generated = Picker { choices: &file, at: 0 }.rule_file();
        let english = format(&generated).map_err(|d| TestCaseError::fail(format!("{d:?}\n{generated}")))?;
        let Ok(rules_en) = compiled(&english) else {
            // A generated file the checker refuses (a contradiction, say) has no verdicts to compare.
            return Ok(());
        };
        let russian = to(&english, Lang::Ru);
        let mix = mixed(&english, &file);
        prop_assert_eq!(to(&russian, Lang::En), english.clone(), "back to English");
        let rules_ru = compiled(&russian).map_err(TestCaseError::fail)?;
        let rules_mix = compiled(&mix).map_err(|e| TestCaseError::fail(format!("{e}\n{mix}")))?;
        for choices in &leads {
            let lead = lead(choices);
            let en = format!("{:?}", evaluate(&rules_en, &lead));
            prop_assert_eq!(&format!("{:?}", evaluate(&rules_ru, &lead)), &en, "Russian:\n{}", russian);
            prop_assert_eq!(&format!("{:?}", evaluate(&rules_mix, &lead)), &en, "mixed:\n{}", mix);
        }
    }
}

#[test]
fn most_generated_files_are_valid_definitions() {
    let mut state: u32 = 12_345;
    let mut valid = 0;
    for _ in 0..40 {
        let choices: Vec<u32> = (0..120)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                state >> 8
            })
            .collect();
        let generated = Picker { choices: &choices, at: 0 }.rule_file();
        let english = format(&generated).unwrap_or_else(|d| panic!("{d:?}\n{generated}"));
        if compiled(&english).is_ok() {
            valid += 1;
        }
    }
    assert!(valid >= 28, "only {valid} of 40 generated files compile: the property test would test little");
}

#[test]
fn named_conditions_and_flags_are_spelt_in_russian_and_back() {
    let english = "fields {\n  visits       : number\n  do_not_email : yes/no\n}\n\n\
                   let engaged   = visits >= 3\nlet returning = visits >= 2 and not engaged\n\n\
                   flag \"do not email\"      when do_not_email\nflag \"returning visitor\" when returning\n\n\
                   classify {\n  SQL     when engaged\n  nurture otherwise\n}\n";
    assert_eq!(format(english).expect("formats"), english, "the canonical layout lines the names up");
    let russian = to(english, Lang::Ru);
    assert!(russian.contains("пусть engaged   = visits >= 3\n"), "{russian}");
    assert!(russian.contains("пусть returning = visits >= 2 и не engaged\n"), "{russian}");
    assert!(russian.contains("отметка \"do not email\"      когда do_not_email\n"), "{russian}");
    assert_eq!(problems("russian.rules", &russian), "");
    assert_eq!(to(&russian, Lang::En), english);
    let en = leadrules::syntax::parse(english);
    let ru = leadrules::syntax::parse(&russian);
    assert!(leadrules::format::same_meaning(&en.file, &ru.file));
}
