//! A generated messy Russian CRM export, for tests and benchmarks: Windows-1251, `;`-separated,
//! CRLF, Russian headers, numbers with spaces and decimal commas, `да/нет`, `dd.mm.yyyy hh:mm`
//! dates, about 15 % empty cells, quoted cells with `;`, quotes and line breaks, and a few
//! deliberately broken records.
//!
//! Broken records: exactly one in every full block of 200 records, at a seed-chosen place in
//! the block, so `rows / 200` in all (none for fewer than 200 rows). [`messy_export_report`]
//! lists them. Their kinds cycle through: a letter in a number (`12O 000` in "Бюджет, руб"),
//! an unknown industry (`казино`), a wrong number of cells (one cell too many), and an
//! impossible date (`31.02.2026`). Everything else reads without error against
//! [`messy_export_schema`]. The output depends only on `rows` and `seed`.

use crate::schema::{DateFormat, EnumValue, FieldKind, FieldSpec, Schema};
use crate::show::{ENGLISH, Style};
use crate::syntax::ast::DurationUnit;

/// The header of a generated export: the columns of the Russian CRM sample.
pub const HEADER: &str = "ID;Сотрудников;Выручка, руб;Отрасль;Реклама в месяц, руб;\
                          Должность контакта;ЛПР;Бюджет, руб;Срок, дней;Потребность;Источник;Создан";

/// The industries a generated lead is in.
pub const INDUSTRIES: [&str; 7] =
    ["ИТ", "производство", "розница", "логистика", "финансы", "азартные игры", "образование"];
/// The contact roles a generated lead has.
pub const ROLES: [&str; 6] =
    ["генеральный директор", "технический директор", "руководитель ЦОД", "закупки", "менеджер", "стажёр"];
/// The sources a generated lead comes from.
pub const SOURCES: [&str; 5] = ["сайт", "реклама", "рекомендация", "выставка", "холодный звонок"];

/// How a record was broken on purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breakage {
    /// A letter O for a zero in "Бюджет, руб".
    LetterInNumber,
    /// `казино` in "Отрасль".
    UnknownIndustry,
    /// One cell more than the header.
    WrongCellCount,
    /// `31.02.2026 10:00` in "Создан".
    ImpossibleDate,
}

/// A generated export and the records in it that were broken on purpose.
#[derive(Clone, Debug)]
pub struct MessyExport {
    /// The file, in Windows-1251 with `;` between cells.
    pub bytes: Vec<u8>,
    /// 1-based record numbers (as in `LeadRow::record`) and how each was broken.
    pub broken: Vec<(u64, Breakage)>,
}

/// The export's bytes; see the module documentation for what is in it.
pub fn messy_export(rows: usize, seed: u64) -> Vec<u8> {
    messy_export_report(rows, seed).bytes
}

/// The export and the list of its broken records.
pub fn messy_export_report(rows: usize, seed: u64) -> MessyExport {
    let mut rng = SplitMix64(seed);
    let mut text = String::with_capacity(rows * 200 + 200);
    text.push_str(HEADER);
    text.push_str("\r\n");
    let mut broken = Vec::new();
    let mut broken_in_block = None;
    for index in 0..rows {
        let block_start = index - index % 200;
        if index % 200 == 0 {
            broken_in_block = (block_start + 200 <= rows).then(|| block_start + rng.below(200));
        }
        let breakage = (broken_in_block == Some(index)).then(|| {
            let kinds = [
                Breakage::LetterInNumber,
                Breakage::UnknownIndustry,
                Breakage::WrongCellCount,
                Breakage::ImpossibleDate,
            ];
            kinds[broken.len() % kinds.len()]
        });
        if let Some(kind) = breakage {
            broken.push((index as u64 + 1, kind));
        }
        let cells = record(&mut rng, index, breakage);
        let quoted: Vec<String> = cells.iter().map(|c| quote(c)).collect();
        text.push_str(&quoted.join(";"));
        text.push_str("\r\n");
    }
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
    MessyExport { bytes: bytes.into_owned(), broken }
}

/// The schema the export is meant to be read with.
pub fn messy_export_schema() -> Schema {
    let one_of = |names: &[&str], spellings: &[&str]| {
        FieldKind::OneOf(
            names
                .iter()
                .zip(spellings)
                .map(|(n, s)| EnumValue { name: n.to_string(), spellings: vec![s.to_string()] })
                .collect(),
        )
    };
    let field = |name: &str, kind: FieldKind, column: &str| FieldSpec {
        name: name.into(),
        kind,
        columns: vec![column.into()],
        used: true,
        decimal_mark: None,
        unknown_when: Vec::new(),
    };
    let industries =
        one_of(&["it", "manufacturing", "retail", "logistics", "finance", "gambling", "education"], &INDUSTRIES);
    let roles = one_of(&["ceo", "cto", "dc_head", "procurement", "manager", "intern"], &ROLES);
    let sources = one_of(&["website", "ads", "referral", "exhibition", "cold_call"], &SOURCES);
    Schema {
        fields: vec![
            field("id", FieldKind::Text, "ID"),
            field("employees", FieldKind::Number, "Сотрудников"),
            field("revenue", FieldKind::Money, "Выручка, руб"),
            field("industry", industries, "Отрасль"),
            field("ad_spend", FieldKind::Money, "Реклама в месяц, руб"),
            field("role", roles, "Должность контакта"),
            field("decision_maker", FieldKind::YesNo, "ЛПР"),
            field("budget", FieldKind::Money, "Бюджет, руб"),
            field("deadline", FieldKind::Duration(DurationUnit::Days), "Срок, дней"),
            field("need", FieldKind::Text, "Потребность"),
            field("source", sources, "Источник"),
            field("created", FieldKind::DateTime(DateFormat::Default), "Создан"),
        ],
        key: Some(0),
    }
}

/// The cells of one record.
fn record(rng: &mut SplitMix64, index: usize, breakage: Option<Breakage>) -> Vec<String> {
    let employees = 1 + rng.below(5_000) as u64;
    let revenue = 100_000 + rng.below(500_000_000) as u64;
    let industry = INDUSTRIES[rng.below(INDUSTRIES.len())];
    let ad_spend = rng.below(3_000_000) as u64;
    let role = ROLES[rng.below(ROLES.len())];
    let budget = 10_000 + rng.below(20_000_000) as u64;
    let mut cells = vec![
        format!("{}", 100_000 + index),
        grouped_integer(rng, employees),
        money(rng, revenue),
        vary_case(rng, industry),
        money(rng, ad_spend),
        vary_case(rng, role),
        ["да", "нет", "Да", "НЕТ", "д", "н"][rng.below(6)].to_string(),
        money(rng, budget),
        duration(rng),
        need(rng),
        SOURCES[rng.below(SOURCES.len())].to_string(),
        format!(
            "{:02}.{:02}.{} {:02}:{:02}",
            1 + rng.below(28),
            1 + rng.below(12),
            2024 + rng.below(3),
            rng.below(24),
            rng.below(60)
        ),
    ];
    // About 15 % of the cells other than the ID are empty.
    for cell in cells.iter_mut().skip(1) {
        if rng.below(100) < 15 {
            cell.clear();
        }
    }
    match breakage {
        Some(Breakage::LetterInNumber) => cells[7] = "12O 000".into(),
        Some(Breakage::UnknownIndustry) => cells[3] = "казино".into(),
        Some(Breakage::WrongCellCount) => cells.push("лишняя ячейка".into()),
        Some(Breakage::ImpossibleDate) => cells[11] = "31.02.2026 10:00".into(),
        None => {}
    }
    cells
}

fn grouped_integer(rng: &mut SplitMix64, n: u64) -> String {
    if rng.below(2) == 0 { n.to_string() } else { group_thousands(n, ' ') }
}

/// `1 234 567`: every number grouped, as exports write amounts, with a space or another mark.
fn group_thousands(n: u64, separator: char) -> String {
    Style { group_separator: separator, ..ENGLISH }.grouped_always(n)
}

/// An amount in roubles as Russian exports write it, with kopecks in some styles.
fn money(rng: &mut SplitMix64, roubles: u64) -> String {
    let kopecks = rng.below(100);
    match rng.below(6) {
        0 => format!("{},{kopecks:02}", group_thousands(roubles, ' ')),
        1 => format!("{},{kopecks:02}", group_thousands(roubles, '\u{00A0}')),
        2 => format!("{roubles},{kopecks:02}"),
        3 => roubles.to_string(),
        4 => format!("{} руб.", group_thousands(roubles, ' ')),
        _ => format!("{roubles} р."),
    }
}

fn duration(rng: &mut SplitMix64) -> String {
    match rng.below(10) {
        0 => format!("{} недели", 2 + rng.below(3)),
        1 => format!("{} дня", 2 + rng.below(3)),
        _ => (1 + rng.below(180)).to_string(),
    }
}

fn need(rng: &mut SplitMix64) -> String {
    const NEEDS: [&str; 6] = [
        "CRM для отдела продаж",
        "интеграция с 1С; обучение",
        "перезвонить\nв понедельник",
        "аренда стоек в ЦОД",
        "нужно КП \"под ключ\"",
        "миграция в облако — срочно",
    ];
    NEEDS[rng.below(NEEDS.len())].to_string()
}

fn vary_case(rng: &mut SplitMix64, text: &str) -> String {
    match rng.below(8) {
        0 => text.to_uppercase(),
        1 => format!(" {text} "),
        2 => {
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        }
        _ => text.to_string(),
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([';', '"', '\n', '\r']) { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell.to_string() }
}

/// splitmix64: a tiny, good-enough deterministic generator.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}
