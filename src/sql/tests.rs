use super::*;

#[test]
fn columns_are_pairs_of_field_and_column_and_a_column_may_hold_a_comma() {
    let pairs = |text: &str| parse_columns(text).map_err(|e| e.to_string());
    assert_eq!(
        pairs("budget=Бюджет, руб , role = Должность"),
        Ok(vec![("budget".into(), "Бюджет, руб".into()), ("role".into(), "Должность".into())])
    );
    assert_eq!(pairs("budget"), Err("`budget` is not a pair field=column in --columns".to_string()));
    assert_eq!(pairs("=Бюджет"), Err("`=Бюджет` is not a pair field=column in --columns".to_string()));
}

fn acme() -> RuleSet {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/acme.rules");
    let text = std::fs::read_to_string(path).expect("rules/acme.rules");
    let loaded = crate::compile::load(crate::span::SourceFile::new(path.to_string(), text));
    loaded.rules.expect("rules/acme.rules compiles")
}

fn options() -> SqlOptions {
    SqlOptions {
        dialect: Dialect::Postgres,
        table: "leads".into(),
        view: None,
        columns: Vec::new(),
        absent: Vec::new(),
        lang: Lang::En,
        marks: Marks::Given(DecimalMark::Comma),
    }
}

#[test]
fn a_register_read_before_any_step_writes_it_is_noted_never_silently_null() {
    use crate::compile::ids::Id;
    use crate::compile::program::{Num, NumberRegister, TruthOf, TruthRegister};
    let rules = acme();
    let folds = logic::Folds { fold: Box::new(|t: &str| t.to_string()), spelling: Box::new(|t: &str| t.to_string()) };
    let logic = logic::Logic::new(&rules, Dialect::Duckdb, folds);
    assert!(logic.missing().is_empty());
    let truth = TruthRegister::new(rules.layout.truths + 5).expect("a register");
    let number = NumberRegister::new(rules.layout.numbers + 5).expect("a register");
    logic.truth(TruthOf::Register(truth));
    logic.number(Num::Register(number));
    assert_eq!(logic.missing().len(), 2, "{:?}", logic.missing());
}

#[test]
fn a_block_the_compiler_to_sql_does_not_express_refuses_the_query() {
    let mut rules = acme();
    assert!(query(&rules, &options()).is_ok());
    rules.order.push(Derived::Framework(rules.frameworks.len() + 3));
    let refused = query(&rules, &options()).map_err(|m| m.to_string());
    assert_eq!(
        refused,
        Err(format!(
            "the definition cannot be written as SQL: its framework {} is not expressed by the compiler to SQL \
             (a construct it does not know yet); run `leadrules qualify` instead",
            rules.frameworks.len() + 3
        ))
    );
}

#[test]
fn a_number_field_without_a_decimal_mark_is_refused_until_one_is_given_never_guessed() {
    let rules = acme();
    let unset = SqlOptions { marks: Marks::Unset, ..options() };
    let refused = query(&rules, &unset).map_err(|m| (Lang::En.text(&m), Lang::Ru.text(&m)));
    let Err((en, ru)) = refused else { panic!("a query without a decimal mark: {refused:?}") };
    assert!(en.contains("--decimal-mark") && en.contains("--sample") && en.contains("`budget`"), "{en}");
    assert!(ru.contains("--decimal-mark") && ru.contains("--sample") && ru.contains("полей `employees`"), "{ru}");
    // Given, the mark is written into the query as a constant: no window learns it from the table.
    for marks in [Marks::Given(DecimalMark::Point), Marks::Sample { file: "s.csv".into(), marks: Vec::new() }] {
        let sql = query(&rules, &SqlOptions { marks, ..options() }).expect("a query");
        assert!(!sql.contains(" OVER "), "no window over the table");
    }
    let given = query(&rules, &options()).expect("a query");
    assert!(given.contains("decimal mark given by --decimal-mark: `,` for `employees`, `revenue`"), "{given}");
}

#[test]
fn a_level_carries_only_the_columns_later_levels_read() {
    let sql = query(&acme(), &options()).expect("a query");
    assert!(!sql.contains("SELECT *"), "no level carries every column of the one before:\n{sql}");
    // The last level carries what the verdict columns read, not the cells as written (`r1`), nor
    // the parts of a number (`x1`), which only the levels that read the cells use.
    let before_last = sql.rsplit_once("\n)\nSELECT").map_or("", |(levels, _)| levels);
    let last_level = before_last.rsplit_once(" AS (\n").map_or("", |(_, level)| level);
    let words: Vec<&str> = last_level.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').collect();
    assert!(!words.is_empty() && !words.contains(&"r1") && !words.contains(&"x1"), "{last_level}");
}
