//! Russian plural forms: every count the Russian messages put next to a noun chooses its form
//! (`1 лид`, `2 лида`, `5 лидов`; after `из`, `больше`: `из 1 лида`, `из 5 лидов`), and every
//! plural choice, rendered through the program's own bundle for 1, 2, 5, 11, 21, 22 and 25, takes
//! the form Russian asks for: 1 and 21 the `one` form, 2 and 22 the `few` form, 5, 11 and 25 the
//! `many` form (or `other` where the message has only `one` and `other`). What the commands print
//! takes them too: durations and growing steps in `explain`, the summaries of `qualify` and
//! `test` (1, 2, 5, 11, 21, 22 of each), and the expectations a failed example names.

mod common;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use leadrules::locale::{Lang, RUSSIAN_FILE};
use leadrules::message::{Arg, Message};
use std::collections::BTreeSet;

/// The numbers every plural choice is rendered for.
const NUMBERS: [u32; 7] = [1, 2, 5, 11, 21, 22, 25];

/// Words that may follow a count without choosing a form: prepositions and conjunctions (`5 из
/// 8`, `2 или 3`), units written short (`12 МБ`, `3 мин`).
const NOT_NOUNS: [&str; 14] = ["из", "и", "или", "в", "до", "с", "на", "от", "по", "не", "МБ", "КиБ", "МиБ", "мин"];

/// (message, variable) where a variable that counts elsewhere is no count: `columns` of these
/// messages is the list of the file's column names.
const NOT_COUNTS: [(&str, &str); 2] = [("cli-explain-no-id", "columns"), ("cli-explain-no-lead", "columns")];

/// A plural choice: its message, the variable it counts and its variant keys.
struct Choice {
    message: String,
    variable: String,
    keys: BTreeSet<String>,
}

/// Every message of the Russian file (its id and text).
fn russian_messages() -> Vec<(String, Pattern<&'static str>)> {
    let resource = fluent_syntax::parser::parse(RUSSIAN_FILE).unwrap_or_else(|(_, e)| panic!("ru.ftl: {e:?}"));
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => m.value.map(|value| (m.id.name.to_string(), value)),
            _ => None,
        })
        .collect()
}

/// The plural choices of a pattern (nested ones too), and the variables it selects on.
fn choices(id: &str, pattern: &Pattern<&str>, out: &mut Vec<Choice>, selected: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else { continue };
        if let Expression::Select { selector, variants } = expression {
            if let InlineExpression::VariableReference { id: variable } = selector {
                selected.insert(variable.name.to_string());
                let keys: BTreeSet<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                if keys.iter().any(|k| k == "one") {
                    out.push(Choice { message: id.to_string(), variable: variable.name.to_string(), keys });
                }
            }
            for variant in variants {
                choices(id, &variant.value, out, selected);
            }
        }
    }
}

/// Every `{ $variable }` of a pattern with the first word of the text after it, at any depth.
fn counted(pattern: &Pattern<&str>, out: &mut Vec<(String, String)>) {
    let elements = &pattern.elements;
    for (i, element) in elements.iter().enumerate() {
        let PatternElement::Placeable { expression } = element else { continue };
        match expression {
            Expression::Inline(InlineExpression::VariableReference { id }) => {
                let next = match elements.get(i + 1) {
                    Some(PatternElement::TextElement { value }) => value.trim_start_matches([' ', '\u{a0}']),
                    _ => "",
                };
                let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
                out.push((id.name.to_string(), word));
            }
            Expression::Select { variants, .. } => {
                for variant in variants {
                    counted(&variant.value, out);
                }
            }
            Expression::Inline(_) => {}
        }
    }
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

/// The message rendered in Russian with every count `n` and every other variable a short text.
fn rendered(id: &str, counts: &BTreeSet<String>, others: &BTreeSet<String>, n: u32) -> String {
    let mut message = Message::new(leak(id));
    for variable in counts {
        message = message.arg(leak(variable), Arg::Number(f64::from(n)));
    }
    for variable in others.difference(counts) {
        message = message.arg(leak(variable), "ИКС");
    }
    // The digits are not the form: `21 лид` and `1 лид` read alike.
    Lang::Ru.text(&message).chars().filter(|c| !c.is_ascii_digit()).collect()
}

/// Every variable a pattern names.
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    let mut pairs = Vec::new();
    counted(pattern, &mut pairs);
    out.extend(pairs.into_iter().map(|(v, _)| v));
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression: Expression::Select { selector, .. } } = element {
            if let InlineExpression::VariableReference { id } = selector {
                out.insert(id.name.to_string());
            }
        }
    }
}

#[test]
fn every_count_next_to_a_noun_chooses_its_form() {
    let messages = russian_messages();
    let mut all = Vec::new();
    for (id, pattern) in &messages {
        choices(id, pattern, &mut all, &mut BTreeSet::new());
    }
    // A variable that is counted with a plural choice anywhere is a count.
    let counts: BTreeSet<&str> = all.iter().map(|c| c.variable.as_str()).collect();
    assert!(counts.len() > 20, "the counts of ru.ftl: {counts:?}");
    let mut bare = Vec::new();
    for (id, pattern) in &messages {
        let mut selected = BTreeSet::new();
        choices(id, pattern, &mut Vec::new(), &mut selected);
        let mut pairs = Vec::new();
        counted(pattern, &mut pairs);
        for (variable, word) in pairs {
            let noun = word.chars().next().is_some_and(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'));
            if counts.contains(variable.as_str())
                && !selected.contains(&variable)
                && noun
                && !NOT_NOUNS.contains(&word.as_str())
                && !NOT_COUNTS.contains(&(id.as_str(), variable.as_str()))
            {
                bare.push(format!("{id}: {{ ${variable} }} {word}"));
            }
        }
    }
    assert!(bare.is_empty(), "counts next to a noun without a plural choice:\n{}", bare.join("\n"));
}

#[test]
fn every_plural_choice_takes_the_russian_form_for_1_2_5_11_21_22_25() {
    let messages = russian_messages();
    let mut all = Vec::new();
    for (id, pattern) in &messages {
        choices(id, pattern, &mut all, &mut BTreeSet::new());
    }
    assert!(all.len() > 100, "{} plural choices in ru.ftl", all.len());
    let mut wrong = Vec::new();
    let mut checked = BTreeSet::new();
    for choice in &all {
        // A choice of one, few and many, or of one and other (after `из`, `больше`, where few
        // and many read alike): never few without many.
        let three = |c: &Choice| ["one", "few", "many"].iter().all(|k| c.keys.contains(*k));
        let two = |c: &Choice| c.keys.contains("other") && !c.keys.contains("few") && !c.keys.contains("many");
        if !three(choice) && !two(choice) {
            wrong.push(format!("{} (${}): variants {:?}", choice.message, choice.variable, choice.keys));
            continue;
        }
        if !checked.insert(choice.message.clone()) {
            continue;
        }
        let pattern = &messages.iter().find(|(id, _)| *id == choice.message).expect("the message").1;
        let mut others = BTreeSet::new();
        variables(pattern, &mut others);
        // Every plural variable of the message is given the same number.
        let mut plural = Vec::new();
        choices(&choice.message, pattern, &mut plural, &mut BTreeSet::new());
        let any_three = plural.iter().any(three);
        let counts: BTreeSet<String> = plural.into_iter().map(|c| c.variable).collect();
        let text: Vec<String> = NUMBERS.iter().map(|n| rendered(&choice.message, &counts, &others, *n)).collect();
        let at = |n: u32| &text[NUMBERS.iter().position(|x| *x == n).expect("a number")];
        let same = |a: u32, b: u32| at(a) == at(b);
        // 1 and 21 alike, 2 and 22 alike, 5, 11 and 25 alike; then 2 unlike 1 (`лида`, `лид`;
        // `байта`, `байт`: the many form may be the one form, `5 байт`), or, with one and other
        // only, 2 as 5 and unlike 1.
        let mut fine = same(1, 21) && same(2, 22) && same(5, 11) && same(5, 25) && at(1) != at(2);
        if !any_three {
            fine &= same(2, 5);
        }
        if !fine {
            let shown: Vec<String> = NUMBERS.iter().zip(&text).map(|(n, t)| format!("  {n}: {t}")).collect();
            wrong.push(format!("{} (${}):\n{}", choice.message, choice.variable, shown.join("\n")));
        }
    }
    assert!(wrong.is_empty(), "plural forms not chosen the Russian way:\n{}", wrong.join("\n"));
}

#[test]
fn a_few_counts_read_right() {
    let leads = |n: u32| Lang::Ru.text(&Message::new("leads-counted").arg("count", Arg::Number(f64::from(n))));
    let said: Vec<String> = NUMBERS.iter().map(|n| leads(*n)).collect();
    assert_eq!(said, ["1 лид", "2 лида", "5 лидов", "11 лидов", "21 лид", "22 лида", "25 лидов"]);
    let english = |n: u32| Lang::En.text(&Message::new("leads-counted").arg("count", Arg::Number(f64::from(n))));
    assert_eq!((english(1), english(2), english(21)), ("1 lead".into(), "2 leads".into(), "21 leads".into()));
}

/// A definition with durations, growing steps and a response time, for counts of 1, 2, 5, 11, 21
/// and 22.
const DURATIONS: &str = "поля {\n  id : текст из \"id\" ключ\n  t  : дни\n  s  : число в секундах\n}\n\
    баллы {\n  +1 за каждые 2 дня t не более 50\n  +1 за каждую минуту s не более 30\n}\n\
    классы {\n  A когда t <= 21 день\n  B иначе\n}\n\
    температура {\n  горячий когда t <= 1 день  ответить за 21 минуту\n  тёплый когда t <= 22 дня  ответить за 2 часа\n\
      холодный иначе  ответить за 1 неделю\n}\n\
    пример \"один\" {\n  лид { id: \"x\", t: 1, s: 1 }\n  ожидается класс A\n}\n\
    пример \"два\" {\n  лид { id: \"y\", t: 22, s: 1 }\n  ожидается класс A, баллы 5\n}\n";

#[test]
fn the_counts_the_commands_print_read_right() {
    let dir = common::scratch("plural_ru_commands");
    let rules = dir.join("durations.rules");
    let leads = dir.join("durations.csv");
    std::fs::write(&rules, DURATIONS).expect("write");
    std::fs::write(&leads, "id,t,s\nL1,1,1\nL2,2,61\nL5,5,300\nL11,11,660\nL21,21,1260\nL22,22,1320\n").expect("write");
    let (rules, leads) = (rules.display().to_string(), leads.display().to_string());
    let russian = |args: &[&str]| {
        let out = common::leadrules(&[&["--lang", "ru"], args].concat());
        format!("{}{}", common::stdout(&out), common::stderr(&out))
    };
    let explained = |id: &str| russian(&["explain", &rules, &leads, "--id", id]);
    let expected: [(&str, &[&str]); 5] = [
        ("L1", &["[t = 1 день]", "[s = 1 секунда]", "срок ответа — 21 минута"]),
        ("L2", &["[t = 2 дня]", "[s = 61 секунда]", "(1 шаг × +1)", "срок ответа — 2 часа"]),
        ("L5", &["[t = 5 дней]", "(2 шага × +1)", "(5 шагов × +1)"]),
        ("L11", &["[t = 11 дней]", "[s = 660 секунд]", "(11 шагов × +1)"]),
        ("L21", &["[t = 21 день]", "(21 шаг × +1)", "(10 шагов × +1)"]),
    ];
    for (id, forms) in expected {
        let said = explained(id);
        for form in forms {
            assert!(said.contains(form), "{id}: no `{form}` in:\n{said}");
        }
    }
    let said = explained("L22");
    assert!(said.contains("[t = 22 дня]") && said.contains("(22 шага × +1)"), "{said}");
    let summary = russian(&["qualify", &rules, &leads]);
    assert!(summary.contains("6 лидов: A 5, B 1; ошибок нет"), "{summary}");
    let tested = russian(&["test", &rules]);
    assert!(tested.contains("1 пример прошёл, 1 не прошёл"), "{tested}");
    assert!(tested.contains("ожидалось: класс A; получено: класс B"), "{tested}");
    assert!(tested.contains("ожидалось: баллы 5; получено: баллы 11"), "{tested}");
}
