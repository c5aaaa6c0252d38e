//! `leadrules init`: the starting definition it writes for the shipped exports, the real CRM
//! history, a generated B2C history with `Select` placeholders and a 1/0 `Converted` column, and
//! a Russian Windows-1251 export; each checks clean (`check --deny-warnings`), and `backtest`
//! runs on it with the command written in its outcome comment. A property test: every
//! generated CSV gives a definition that checks clean.

mod common;

use common::{code, leadrules, scratch, stderr, stdout};
use proptest::prelude::*;
use std::path::Path;

/// Runs `init` on `export` (printing the definition), checks the result clean, and runs the
/// backtest command its outcome comment gives, if any; returns the definition.
fn init_checked(name: &str, export: &str, extra: &[&str]) -> String {
    let mut args = vec!["init", export];
    args.extend_from_slice(extra);
    let out = leadrules(&args);
    assert_eq!(code(&out), 0, "init {export}: {}", stderr(&out));
    let text = stdout(&out);
    let dir = scratch(&format!("init-{name}"));
    let rules = dir.join("draft.rules");
    std::fs::write(&rules, &text).expect("write the draft");
    let rules = rules.display().to_string();
    let check = leadrules(&["check", "--deny-warnings", &rules]);
    assert_eq!(code(&check), 0, "{text}\n{}", stderr(&check));
    let fmt = leadrules(&["fmt", "--check", &rules]);
    assert_eq!(code(&fmt), 0, "init's output is in the canonical layout: {}", stdout(&fmt));
    if let Some(command) = text.lines().find_map(|l| l.strip_prefix("#   leadrules backtest ")) {
        let command = command.replacen("RULES", &rules, 1);
        let bin = env!("CARGO_BIN_EXE_leadrules");
        let run = std::process::Command::new("bash")
            .args(["-c", &format!("'{bin}' backtest {command}")])
            .env("NO_COLOR", "1")
            .output()
            .expect("bash runs");
        let report = String::from_utf8_lossy(&run.stdout);
        assert_eq!(run.status.code(), Some(0), "{command}\n{report}\n{}", String::from_utf8_lossy(&run.stderr));
        assert!(report.contains("0 could not be read"), "{report}");
        // Every outcome is named, so no value is taken for open with a warning.
        assert!(!String::from_utf8_lossy(&run.stderr).contains("warning"), "{}", String::from_utf8_lossy(&run.stderr));
    }
    text
}

/// The text with every run of spaces made one (the formatter aligns the columns).
fn squash(text: &str) -> String {
    text.lines()
        .map(|l| l.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn acme_history() {
    let text = init_checked("acme-history", "rules/acme-history.csv", &[]);
    assert!(text.contains("--outcome outcome --won 'выиграна' --lost 'проиграна'"), "{text}");
    insta::assert_snapshot!("init_acme_history", text);
}

#[test]
fn acme_leads() {
    let text = init_checked("acme-leads", "rules/acme-leads.csv", &[]);
    insta::assert_snapshot!("init_acme_leads", text);
}

#[test]
fn crm_history() {
    let text = init_checked("crm", "tests/data/crm-opportunities.csv", &[]);
    assert!(squash(&text).contains("engage_date : date format \"m/d/yyyy\" from \"engage_date\""), "{text}");
    insta::assert_snapshot!("init_crm_history", text);
}

#[test]
fn crm_history_in_russian_with_russian_keywords() {
    let text = init_checked("crm-ru", "tests/data/crm-opportunities.csv", &["--lang", "ru", "--keywords", "ru"]);
    assert!(text.contains("поля {") && text.contains("классы {") && text.contains("# «opportunity_id»"), "{text}");
    let head: String = text.lines().take(12).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("init_crm_history_ru_head", head);
}

/// A B2C lead history shaped like the public online-course one: dropdown answers left as
/// `Select`, `Google` and `google` both, a 1/0 `Converted` column, time on site in seconds.
fn b2c_history(rows: usize) -> String {
    let mut state: u64 = 42;
    let mut next = |n: u64| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) % n
    };
    let sources = ["Google", "google", "Direct Traffic", "Olark Chat", "Organic Search", "Reference", ""];
    let origins = ["Landing Page Submission", "API", "Lead Add Form"];
    let specializations = ["Select", "Finance Management", "Marketing Management", "Human Resource Management", ""];
    let cities = ["Select", "Mumbai", "Thane & Outskirts", "Other Cities"];
    let mut csv = String::from(
        "Prospect ID,Lead Number,Lead Origin,Lead Source,Do Not Email,Converted,TotalVisits,\
         Total Time Spent on Website,Page Views Per Visit,Specialization,How did you hear about X Education,City\n",
    );
    for i in 0..rows {
        let visits = if next(10) == 0 { String::new() } else { next(20).to_string() };
        let pages = format!("{}.{}", next(6), next(100));
        csv.push_str(&format!(
            "{:08x}-p,{},{},{},{},{},{},{},{},{},{},{}\n",
            i * 7919 + 13,
            600_000 + i,
            origins[next(3) as usize],
            sources[next(7) as usize],
            if next(10) == 0 { "Yes" } else { "No" },
            next(2),
            visits,
            next(2_000),
            pages,
            specializations[next(5) as usize],
            if next(5) == 0 { "Online Search" } else { "Select" },
            cities[next(4) as usize],
        ));
    }
    csv
}

#[test]
fn b2c_history_with_select_placeholders_and_a_converted_column() {
    let dir = scratch("init-b2c-export");
    let path = dir.join("b2c-leads.csv");
    std::fs::write(&path, b2c_history(800)).expect("write the export");
    let path = path.display().to_string();
    let text = init_checked("b2c", &path, &[]);
    assert!(text.contains("--outcome Converted --won 1 --lost 0"), "{text}");
    assert!(text.contains("# looks like \"no answer\": \"Select\""), "{text}");
    assert!(text.contains("google") && !text.contains("(\"google\")"), "Google and google are one value: {text}");
    let text = text.replace(&path, "b2c-leads.csv");
    insta::assert_snapshot!("init_b2c_history", text);
}

#[test]
fn russian_windows_1251_export_with_placeholders_and_an_outcome_stage() {
    let csv = "№;Компания;Бюджет, руб;ЛПР;Создан;Срок, дней;Отрасль;Стадия\n\
               1;Альфа;1 000 000,50;да;01.12.2026;30;ИТ;Успешно\n\
               2;Бета;250 000;нет;02.12.2026;;розница;Провал\n\
               3;Гамма;;да;03.12.2026;90;не указано;Провал\n\
               4;Дельта;600 000;нет;04.12.2026;14;ИТ;В работе\n\
               5;Эпсилон;75 000,25;;05.12.2026;60;розница;Успешно\n\
               6;Зета;1 200 000;да;06.12.2026;7;не указано;Провал\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(csv);
    let dir = scratch("init-ru-export");
    let path = dir.join("сделки.csv");
    std::fs::write(&path, &bytes).expect("write the export");
    let path = path.display().to_string();
    let text = init_checked("ru", &path, &["--lang", "ru"]);
    assert!(squash(&text).contains("byudzhet_rub : money from \"Бюджет, руб\""), "{text}");
    assert!(text.contains("# похоже на «нет ответа»: «не указано» (2 строки)"), "{text}");
    let text = text.replace(&path, "сделки.csv");
    insta::assert_snapshot!("init_russian_export", text);
}

/// A column whose header names its unit of time is a duration, declared as the CRM's column is:
/// `number in seconds` (English and Russian headers, a one-letter unit in brackets); a column
/// whose cells carry the unit stays `days`. A yes/no column that says not to contact the lead is
/// no plus: neither a profile criterion nor a score line nor a gate, but a flag.
#[test]
fn units_in_headers_and_columns_that_say_do_not_contact() {
    let mut csv = String::from(
        "Lead Number,Total Time Spent on Website (seconds),\"Время на сайте, сек\",Call (min),Time (s),\
         \"Ожидание, часов\",Срок,Lead's rank,Do Not Email,Не звонить,Unsubscribed,Newsletter,Converted\n",
    );
    for i in 0..60u64 {
        csv.push_str(&format!(
            "{},{},{},{},{},{},{} дня,{},{},{},{},{},{}\n",
            100 + i,
            (i * 37) % 1800,
            (i * 13) % 900,
            i % 25 + 1,
            i % 50,
            i % 48 + 1,
            i % 9 + 2,
            i % 7,
            if i % 5 == 0 { "Yes" } else { "No" },
            if i % 3 == 0 { "да" } else { "нет" },
            if i % 4 == 0 { "Yes" } else { "No" },
            if i % 6 == 0 { "No" } else { "Yes" },
            i % 2,
        ));
    }
    let dir = scratch("init-units-export");
    let path = dir.join("units.csv");
    std::fs::write(&path, csv).expect("write the export");
    let text = init_checked("units", &path.display().to_string(), &[]);
    let flat = squash(&text);
    for declared in [
        "total_time_spent_on_website_seconds : number in seconds from \"Total Time Spent on Website (seconds)\"",
        "vremya_na_sayte_sek : number in seconds from \"Время на сайте, сек\"",
        "call_min : number in minutes from \"Call (min)\"",
        "time_s : number in seconds from \"Time (s)\"",
        "ozhidanie_chasov : number in hours from \"Ожидание, часов\"",
        "srok : days from \"Срок\"",
        // An apostrophe's `s` is no unit.
        "lead_s_rank : number from \"Lead's rank\"",
    ] {
        assert!(flat.contains(declared), "{declared}\n{text}");
    }
    // Time on the site: more is better; a wait: less is.
    assert!(flat.contains("total_time_spent_on_website_seconds >= 700 seconds weight 1"), "{text}");
    assert!(flat.contains("ozhidanie_chasov <= 19 hours weight 1"), "{text}");
    for (name, column) in
        [("do_not_email", "Do Not Email"), ("ne_zvonit", "Не звонить"), ("unsubscribed", "Unsubscribed")]
    {
        assert!(flat.contains(&format!("flag \"{column}\" when {name}")), "{name}\n{text}");
        assert!(flat.contains(&format!("\"{column}\" says not to contact the lead")), "{name}\n{text}");
        let used: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.contains(" from ") && !l.starts_with("flag "))
            .filter(|l| l.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == name))
            .collect();
        assert!(used.is_empty(), "{name} is no plus: {used:?}\n{text}");
    }
    // An ordinary yes/no column is still a plus.
    assert!(flat.contains("+20 when newsletter"), "{text}");
    // The durations compare with any unit: the file checks clean with a threshold in minutes.
    let edited =
        text.replace("+20 when newsletter", "+20 when newsletter\n  +10 when vremya_na_sayte_sek >= 5 minutes");
    let rules = dir.join("edited.rules");
    std::fs::write(&rules, edited).expect("write");
    let check = leadrules(&["check", "--deny-warnings", &rules.display().to_string()]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
}

#[test]
fn json_lines_export() {
    let dir = scratch("init-json");
    let path = dir.join("leads.jsonl");
    let lines: Vec<String> = (0..12)
        .map(|i| {
            format!(
                r#"{{"id": "J-{i}", "employees": {}, "paid": {}, "source": "{}"}}"#,
                10 + i * 3,
                i % 2 == 0,
                ["web", "event"][i % 2]
            )
        })
        .collect();
    std::fs::write(&path, lines.join("\n")).expect("write");
    let text = init_checked("json", &path.display().to_string(), &[]);
    let text = squash(&text);
    assert!(text.contains("id : text from \"id\" key"), "{text}");
    assert!(text.contains("paid : yes/no from \"paid\""), "{text}");
}

#[test]
fn an_existing_file_is_kept_unless_forced_and_the_write_is_whole() {
    let dir = scratch("init-output");
    let target = dir.join("start.rules");
    let target_arg = target.display().to_string();
    let first = leadrules(&["init", "rules/acme-history.csv", "-o", &target_arg]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    assert!(stderr(&first).contains("a starting definition with"), "{}", stderr(&first));
    let written = std::fs::read_to_string(&target).expect("written");
    assert!(written.contains(&format!("#   leadrules backtest {target_arg} rules/acme-history.csv")), "{written}");
    std::fs::write(&target, "# mine\n").expect("overwrite");
    let again = leadrules(&["init", "rules/acme-history.csv", "-o", &target_arg]);
    assert_eq!(code(&again), 2);
    insta::assert_snapshot!("init_exists", stderr(&again).replace(&target_arg, "start.rules"));
    assert_eq!(std::fs::read_to_string(&target).expect("kept"), "# mine\n");
    let forced = leadrules(&["init", "rules/acme-history.csv", "-o", &target_arg, "--force"]);
    assert_eq!(code(&forced), 0);
    assert_eq!(std::fs::read_to_string(&target).expect("replaced"), written);
    // No temporary file is left beside it.
    let left: Vec<_> = std::fs::read_dir(&dir).expect("dir").filter_map(Result::ok).collect();
    assert_eq!(left.len(), 1);
}

#[test]
fn unreadable_exports_say_where_and_exit_3() {
    let missing = leadrules(&["init", "no/such/export.csv"]);
    assert_eq!(code(&missing), 3);
    assert!(stderr(&missing).contains("no/such/export.csv"), "{}", stderr(&missing));
    let dir = scratch("init-broken");
    let path = dir.join("broken.json");
    std::fs::write(&path, "[{\"id\": 1}, {\"id\": ").expect("write");
    let broken = leadrules(&["init", &path.display().to_string()]);
    assert_eq!(code(&broken), 3);
    insta::assert_snapshot!("init_broken_json", stderr(&broken).replace(&path.display().to_string(), "broken.json"));
    let empty = dir.join("empty.csv");
    std::fs::write(&empty, "").expect("write");
    assert_eq!(code(&leadrules(&["init", &empty.display().to_string()])), 3);
}

#[test]
fn rows_that_cannot_be_read_are_counted_in_the_header() {
    let dir = scratch("init-bad-rows");
    let path = dir.join("bad.csv");
    std::fs::write(&path, "id,employees\nA,1\nB,2,3,4\nC,3\n").expect("write");
    let text = init_checked("bad-rows", &path.display().to_string(), &[]);
    assert!(text.contains("# 1 row could not be read and is not counted; the first:"), "{text}");
}

#[test]
fn help_in_russian_names_the_options() {
    let help = leadrules(&["init", "--help", "--lang", "ru"]);
    assert_eq!(code(&help), 0);
    let text = stdout(&help);
    assert!(text.contains("Написать начальное определение") && text.contains("--keywords"), "{text}");
}

/// A column of a generated export: a header and how its cells are made.
#[derive(Clone, Debug)]
enum Shape {
    Numbers,
    Money,
    YesNo,
    Dates,
    Choices(u8),
    Words,
    Empty,
    Placeholders,
}

fn cell(shape: &Shape, row: usize, seed: u64) -> String {
    let n = (row as u64).wrapping_mul(2_654_435_761).wrapping_add(seed) % 1000;
    match shape {
        Shape::Numbers => n.to_string(),
        Shape::Money => format!("{} {:03},{}", n % 90 + 1, n, n % 10),
        Shape::YesNo => ["да", "нет", "", "Да"][(n % 4) as usize].to_string(),
        Shape::Dates => format!("{:02}.{:02}.2026", n % 28 + 1, n % 12 + 1),
        Shape::Choices(k) => ["ИТ", "it", "Розница", "розница ", "Select", "холодный звонок", "-", "x\"y"]
            [(n % (*k as u64)) as usize]
            .to_string(),
        Shape::Words => format!("слово {n} word"),
        Shape::Empty => String::new(),
        Shape::Placeholders => ["12", "-", "40", "не указано"][(n % 4) as usize].to_string(),
    }
}

fn shapes() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::Numbers),
        Just(Shape::Money),
        Just(Shape::YesNo),
        Just(Shape::Dates),
        (1u8..=8).prop_map(Shape::Choices),
        Just(Shape::Words),
        Just(Shape::Empty),
        Just(Shape::Placeholders),
    ]
}

fn headers() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("id".to_string()),
        Just("Бюджет, руб".to_string()),
        Just("Срок, дней".to_string()),
        Just("score".to_string()),
        Just("Converted".to_string()),
        Just("№".to_string()),
        Just("---".to_string()),
        Just("Не звонить".to_string()),
        Just("Do Not Email".to_string()),
        Just("Время на сайте, сек".to_string()),
        Just("Time (s)".to_string()),
        "[a-zA-Zа-яА-Я ]{1,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_generated_export_gives_a_definition_that_checks_clean(
        columns in prop::collection::vec((headers(), shapes()), 1..7),
        rows in 1usize..40,
        seed in 0u64..1000,
        delimiter in prop_oneof![Just(','), Just(';')],
    ) {
        let header: Vec<String> = columns.iter().map(|(h, _)| h.replace(['"', ',', ';'], " ")).collect();
        let mut csv = header.join(&delimiter.to_string()) + "\n";
        for row in 0..rows {
            let cells: Vec<String> = columns
                .iter()
                .enumerate()
                .map(|(i, (_, shape))| format!("\"{}\"", cell(shape, row, seed + i as u64).replace('"', "\"\"")))
                .collect();
            csv.push_str(&cells.join(&delimiter.to_string()));
            csv.push('\n');
        }
        let dir = std::env::temp_dir().join(format!("leadrules-init-prop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("export.csv");
        std::fs::write(&path, &csv).expect("write");
        let options = leadrules::init::InitOptions::default();
        match leadrules::init::draft(Path::new(&path), &options) {
            Ok(draft) => {
                let loaded = leadrules::compile::load(leadrules::span::SourceFile::new("draft.rules", draft.text.clone()));
                prop_assert!(
                    loaded.diagnostics.is_empty(),
                    "{csv}\n{}\n{}",
                    draft.text,
                    leadrules::render::to_text(&loaded.diagnostics, &loaded.sources, false, leadrules::locale::Lang::En)
                );
            }
            // Only an export whose every column name repeats has no field to make, and one whose
            // every column name is blank has no header at all.
            Err(error) => {
                let blank_header = header.iter().all(|h| h.trim().is_empty());
                prop_assert!(
                    matches!(error, leadrules::init::InitError::NoColumns { .. })
                        || (blank_header
                            && matches!(
                                error,
                                leadrules::init::InitError::Input(leadrules::input::InputError::NoHeader { .. })
                            )),
                    "{csv}\n{}",
                    error.message()
                )
            }
        }
    }
}

/// An export with a report's title above the table: `init` does not make a definition of the
/// title (one text field, every row unreadable); it says where the column names are.
#[test]
fn a_title_above_the_header_is_named_not_made_a_field() {
    let dir = scratch("init-title");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample");
    let path = dir.join("report.csv");
    std::fs::write(&path, format!("Выгрузка лидов от 01.12.2026\n{leads}")).expect("write");
    let out = leadrules(&["init", path.to_str().unwrap_or_default(), "--lang", "ru"]);
    assert_eq!(code(&out), 3, "{}", stdout(&out));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    assert!(stderr(&out).contains("в первой строке нет названий столбцов; они в строке 2 (\"id\""), "{}", stderr(&out));
}

/// A report export with a totals row at the bottom: `init` profiles the leads only (the sum is
/// no lead's value, and «Итого» no ID), says which line it left out, and counts the leads.
#[test]
fn a_totals_row_is_not_profiled() {
    let dir = scratch("init-totals");
    let leads = std::fs::read_to_string("rules/acme-leads.csv").expect("sample").replace(',', ";");
    let path = dir.join("report.csv");
    std::fs::write(&path, format!("{leads}ИТОГО;;1 255 000 000;;;;;12 500 000;;;;\n")).expect("write");
    let rules = dir.join("draft.rules");
    let out = leadrules(&["init", path.to_str().unwrap_or_default(), "-o", rules.to_str().unwrap_or_default()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("line 22 is a totals row (\"ИТОГО\"), not a lead"), "{}", stderr(&out));
    assert!(stderr(&out).contains("from 20 rows"), "{}", stderr(&out));
    let text = std::fs::read_to_string(&rules).expect("written");
    assert!(!text.contains("1 255 000 000") && !text.contains("1255000000"), "{text}");
}

/// A column that says not to contact the lead in words rather than yes/no (a date of
/// unsubscribing, «Не звонить», «email; телефон», «отказ от рассылки», under a header that says
/// so or under a neutral one whose values say it) is no plus and no requirement: a sales
/// committee expects such a lead flagged, so it is a flag when the cell is filled, never a
/// profile criterion, a score line or a gate.
#[test]
fn do_not_contact_in_words_is_a_flag_not_a_plus() {
    let mut csv = String::from("ID;Компания;Сотрудников;Отрасль;Дата отписки;Не беспокоить;Ограничения связи\n");
    let industries = ["ИТ", "розница", "производство", "логистика"];
    let restrictions = ["Не звонить", "\"email; телефон\"", "", "", "", ""];
    let limits = ["Не звонить", "отказ от рассылки", "", "Не звонить", "", "отказ от рассылки", "", ""];
    for i in 0..64u64 {
        let unsubscribed = if i % 7 == 0 { format!("{:02}.11.2026", i % 28 + 1) } else { String::new() };
        csv.push_str(&format!(
            "L-{:04};ООО Ромашка {i};{};{};{unsubscribed};{};{}\n",
            i + 1,
            10 + i * 13 % 900,
            industries[i as usize % 4],
            restrictions[i as usize % 6],
            limits[i as usize % 8],
        ));
    }
    let dir = scratch("init-do-not-words");
    let path = dir.join("export.csv");
    std::fs::write(&path, csv).expect("write the export");
    let text = init_checked("do-not-words", &path.display().to_string(), &["--lang", "ru"]);
    for (name, column) in [
        ("data_otpiski", "Дата отписки"),
        ("ne_bespokoit", "Не беспокоить"),
        ("ogranicheniya_svyazi", "Ограничения связи"),
    ] {
        assert!(squash(&text).contains(&format!("flag \"{column}\" when {name} is known")), "{column}\n{text}");
        let used: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.contains(&format!("\"{column}\"")))
            // Its declaration in `fields`.
            .filter(|l| !(l.trim_start().starts_with(name) && l.contains(':')))
            .filter(|l| l.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == name))
            .collect();
        assert!(used.is_empty(), "{name} is no plus: {used:?}\n{text}");
    }
    assert!(text.contains("не «да» или «нет»"), "{text}");
}
