//! `leadrules sql` proven equal to `qualify` on real engines: every lead's verdict from the
//! generated query, run by PostgreSQL and by DuckDB over the leads loaded as text columns,
//! equals the verdict `qualify --format jsonl` gives, over the shipped definitions, every
//! standard framework, a messy Russian export and hundreds of generated definitions and leads.
//!
//! How values are compared (the normalising rule): `qualify`'s `yes` / `no` / `unknown` is the
//! query's TRUE / FALSE / NULL; a number equals when the two differ by at most 0.005 (`qualify`'s
//! JSON rounds to two decimals); `null` is unknown on both sides; an error's reason equals once
//! `qualify`'s `line N, ` (where the lead is in the file, which a table does not have) is cut.
//! Every column of the query is compared; `qualify`'s `row` and `questions` are not in it.

mod common;

use common::engines::{DuckDb, Job, Postgres};
use leadrules::compile::load;
use leadrules::schema::{DateFormat, FieldKind, Schema};
use leadrules::span::SourceFile;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// One definition and one lead file.
struct Case {
    name: String,
    rules: PathBuf,
    leads: PathBuf,
    delimiter: char,
    columns: Option<String>,
}

/// The SQL query for a case, for `dialect`.
fn query(case: &Case, dialect: &str, table: &str) -> String {
    let rules = case.rules.to_string_lossy();
    let leads = case.leads.to_string_lossy();
    // The lead file is the sample: its numbers show the decimal marks `qualify` reads them with.
    let mut args = vec!["sql", &*rules, "--dialect", dialect, "--table", table, "--lang", "en", "--sample", &*leads];
    if let Some(columns) = &case.columns {
        args.extend(["--columns", columns.as_str()]);
    }
    let out = common::leadrules(&args);
    assert_eq!(common::code(&out), 0, "{}: sql failed: {}", case.name, common::stderr(&out));
    common::stdout(&out)
}

/// `qualify`'s verdicts for a case, by lead id.
fn qualified(case: &Case) -> Vec<serde_json::Map<String, Value>> {
    let rules = case.rules.to_string_lossy();
    let leads = case.leads.to_string_lossy();
    let out = common::leadrules(&["qualify", &rules, &leads, "--format", "jsonl", "--lang", "en"]);
    assert!([0, 4].contains(&common::code(&out)), "{}: qualify failed: {}", case.name, common::stderr(&out));
    common::stdout(&out)
        .lines()
        .map(|l| match serde_json::from_str(l) {
            Ok(Value::Object(map)) => map,
            other => panic!("{}: not a JSON object: {other:?}", case.name),
        })
        .collect()
}

fn same(column: &str, expected: &Value, got: &Value) -> bool {
    match (expected, got) {
        (Value::String(s), Value::Bool(b)) => (s == "yes" && *b) || (s == "no" && !*b),
        (Value::String(s), Value::Null) if s == "unknown" => true,
        (Value::Number(a), Value::Number(b)) => {
            (a.as_f64().unwrap_or(f64::NAN) - b.as_f64().unwrap_or(f64::NAN)).abs() <= 0.005 + 1e-9
        }
        (Value::String(a), Value::String(b)) if column == "error" => {
            let cut = match a.split_once(", ") {
                Some((place, rest)) if place.starts_with("line ") || place.starts_with("lead ") => rest,
                _ => a.as_str(),
            };
            cut == b
        }
        (a, b) => a == b,
    }
}

/// Compares every case's verdicts; returns the number of leads compared.
fn compare(engine: &str, cases: &[Case], rows: &[Vec<Value>]) -> usize {
    let mut problems = Vec::new();
    let mut leads = 0;
    for (case, rows) in cases.iter().zip(rows) {
        let expected = qualified(case);
        assert_eq!(
            expected.len(),
            rows.len(),
            "{engine}, {}: {} verdicts from qualify, {} rows from the query",
            case.name,
            expected.len(),
            rows.len()
        );
        let by_id: std::collections::HashMap<String, &serde_json::Map<String, Value>> = rows
            .iter()
            .filter_map(|r| r.as_object())
            .map(|r| (r.get("id").map(|v| v.to_string()).unwrap_or_default(), r))
            .collect();
        for verdict in &expected {
            leads += 1;
            let id = verdict.get("id").map(|v| v.to_string()).unwrap_or_default();
            let Some(row) = by_id.get(&id) else {
                problems.push(format!("{}: lead {id} has no row", case.name));
                continue;
            };
            for (column, got) in row.iter() {
                let want = verdict.get(column).unwrap_or(&Value::Null);
                if !same(column, want, got) {
                    problems.push(format!("{}: lead {id}, {column}: qualify {want}, {engine} {got}", case.name));
                }
            }
            for column in verdict.keys().filter(|c| !["row", "questions"].contains(&c.as_str())) {
                if !row.contains_key(column) {
                    problems.push(format!("{}: the query has no column {column}", case.name));
                }
            }
        }
    }
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{engine}: {} differences, the first:\n{}",
        problems.len(),
        problems.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
    leads
}

fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The schema of a definition (to write leads for it).
fn schema(path: &Path) -> Schema {
    let text = std::fs::read_to_string(path).expect("read the rules");
    let loaded = load(SourceFile::new(path.to_string_lossy().to_string(), text));
    loaded.rules.unwrap_or_else(|| panic!("{} compiles: {:?}", path.display(), loaded.diagnostics)).schema
}

/// A small random generator (the cases must be the same on every run).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// A cell for a field, as CRMs write them: good values in every format the reader takes,
/// blanks, and now and then one it rejects.
fn cell(kind: &FieldKind, random: &mut Random) -> String {
    let numbers = [
        "",
        "0",
        "15",
        "250",
        "1 000",
        "1 000 000,50",
        "1,000,000.50",
        "12,5",
        "12.5",
        "-3",
        "1,5E+03",
        " 42 ",
        "600 000",
        "2 000 000",
        "5",
        "90",
        "30",
        "7",
        "150 000",
        "50 000 000",
        "1\u{a0}200",
        "1'500",
        "0,75",
        "1732435200000",
    ];
    let bad_numbers = ["abc", "1 2", "1.00.000", "--5", "n/a"];
    match kind {
        FieldKind::Number | FieldKind::Money | FieldKind::Percent | FieldKind::Duration(_) => {
            let extra: &[&str] = match kind {
                FieldKind::Money => &[
                    "100 ₽",
                    "$1,200.50",
                    "-500 руб.",
                    "1 000 000 р",
                    "EUR 40",
                    "600000|RUB",
                    "1500.50|KZT",
                    "2 500 000 тг",
                    "600|RU",
                    "120 млн руб.",
                    "150 тыс.руб.",
                    "1,2 МЛРД",
                    "150k",
                    "$1.2M",
                    "-2 тыс",
                    "1.500 тыс",
                    "5 банк",
                    "млн",
                ],
                FieldKind::Percent => &["45 %", "12,5%", "80%"],
                FieldKind::Duration(_) => &["3 дня", "2 weeks", "5ч", "90 минут", "1 неделя", "2 months"],
                _ => &[],
            };
            match random.below(20) {
                0 => random.pick(&bad_numbers).to_string(),
                1..=4 if !extra.is_empty() => random.pick(extra).to_string(),
                5..=9 => (random.below(3_000_000)).to_string(),
                _ => random.pick(&numbers).to_string(),
            }
        }
        FieldKind::YesNo => random
            .pick(&["да", "нет", "Yes", "N", "1", "0", "", "ИСТИНА", "false", "Да", "maybe", "✓", "✘", "Checked"])
            .to_string(),
        FieldKind::Text => random
            .pick(&[
                "",
                "backup",
                "Резервное копирование",
                "hosting and BACKUP",
                "migration",
                "  spaces  ",
                "Hosting  and\tBackup",
                " SELECT ",
                "-",
            ])
            .to_string(),
        FieldKind::OneOf(values) => match random.below(14) {
            0 => String::new(),
            1 => "no such value".into(),
            2 => " select ".into(),
            3 => "N/A".into(),
            _ => {
                let value = &values[random.below(values.len())];
                let spellings: Vec<&str> =
                    value.spellings.iter().map(String::as_str).chain([value.name.as_str()]).collect();
                let spelling = random.pick(&spellings);
                match random.below(4) {
                    0 => spelling.to_uppercase(),
                    1 => format!(" {spelling} "),
                    2 => format!("\t{} ", spelling.replace(' ', "  \u{a0}")),
                    _ => spelling.to_string(),
                }
            }
        },
        FieldKind::Date(format) | FieldKind::DateTime(format) => {
            let us = matches!(format, DateFormat::Declared { .. });
            let mut pool = vec![
                "",
                "2026-11-24",
                "2026-11-24 09:30",
                "2026-11-24T09:30:00Z",
                "2026-02-29",
                "2024-02-29 23:59",
                "0000-01-01",
                "2026-13-01",
                "bad",
                "2026-11-24 25:00",
                "2026-11-24 2:30 PM",
                "2026-11-24 09:30:15.250+03:00",
                // Unix timestamps (amoCRM's seconds, HubSpot's milliseconds), and digits that are none.
                "1732435200",
                "1732492799",
                " 1732435201999 ",
                "1732492800000",
                "17324352000",
                "20261124",
                // Excel's serial dates, the fraction the time of day.
                "46350",
                "46350,375",
                "46350.99999",
                "46350.",
            ];
            pool.extend(if us {
                ["11/24/2026", "2/30/2026", "12/1/2026 14:30"]
            } else {
                ["24.11.2026", "31.04.2026", "1.12.2026, 14:30"]
            });
            random.pick(&pool).to_string()
        }
    }
}

/// Writes `count` generated leads for `schema` (every field's first column) to `path`.
fn write_leads(path: &Path, schema: &Schema, count: usize, random: &mut Random, delimiter: u8) {
    let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_path(path).expect("create the leads");
    let columns: Vec<&str> = schema.fields.iter().map(|f| f.columns[0].as_str()).collect();
    writer.write_record(&columns).expect("write");
    for n in 0..count {
        let cells: Vec<String> = schema
            .fields
            .iter()
            .enumerate()
            .map(|(slot, f)| if schema.key == Some(slot) { format!("K-{n}") } else { cell(&f.kind, random) })
            .collect();
        writer.write_record(&cells).expect("write");
    }
    writer.flush().expect("flush");
}

/// The shipped definitions with their lead files, the messy Russian export, every standard
/// framework (in a small definition that classifies by it) with generated leads.
fn shipped_cases(dir: &Path) -> Vec<Case> {
    let case = |name: &str, rules: PathBuf, leads: PathBuf| Case {
        name: name.into(),
        rules,
        leads,
        delimiter: ',',
        columns: None,
    };
    let mut cases = vec![
        case("acme", root("rules/acme.rules"), root("rules/acme-leads.csv")),
        case("acme history", root("rules/acme.rules"), root("rules/acme-history.csv")),
        case("acme relaxed", root("rules/acme-relaxed.rules"), root("rules/acme-leads.csv")),
        case("acme in Russian keywords", root("rules/ru/acme.rules"), root("rules/acme-leads.csv")),
        case("crm opportunities", root("rules/crm-opportunities.rules"), root("tests/data/crm-opportunities.csv")),
        case(
            "crm opportunities relaxed",
            root("rules/crm-opportunities-relaxed.rules"),
            root("tests/data/crm-opportunities.csv"),
        ),
    ];
    let shared = root("../shared/data/crm-sales-opportunities/opportunities.csv");
    if shared.exists() {
        cases.push(case("crm opportunities, shared history", root("rules/crm-opportunities.rules"), shared));
    }
    // The messy Russian export: `;`, Russian headers, `1 000 000,50`, да/нет, 24.11.2026 09:00.
    // In a table every row has every column: the record the export cut short is padded.
    let messy = std::fs::read_to_string(root("tests/data/messy-export-bom.csv")).expect("the messy export");
    let messy_path = dir.join("messy.csv");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .has_headers(false)
        .from_reader(messy.trim_start_matches('\u{feff}').as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a record")).collect();
    let width = records[0].len();
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_path(&messy_path).expect("create");
    for record in &records {
        let mut cells: Vec<&str> = record.iter().collect();
        cells.resize(width, "");
        writer.write_record(&cells).expect("write");
    }
    writer.flush().expect("flush");
    let acme = schema(&root("rules/acme.rules"));
    let russian: Vec<String> =
        acme.fields.iter().filter_map(|f| f.columns.get(1).map(|c| format!("{}={c}", f.name))).collect();
    cases.push(Case {
        name: "messy Russian export".into(),
        rules: root("rules/acme.rules"),
        leads: messy_path,
        delimiter: ';',
        columns: Some(russian.join(",")),
    });
    cases.push(hand_written(dir));
    // Generated Russian-format leads for acme, `;`-separated.
    let mut random = Random(17);
    let generated = dir.join("acme-generated.csv");
    write_leads(&generated, &acme, 300, &mut random, b';');
    cases.push(Case {
        name: "acme, generated leads".into(),
        rules: root("rules/acme.rules"),
        leads: generated,
        delimiter: ';',
        columns: None,
    });
    let mut std_files: Vec<PathBuf> =
        std::fs::read_dir(root("rules/std")).expect("rules/std").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    std_files.sort();
    for file in std_files {
        let text = std::fs::read_to_string(&file).expect("read");
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        let framework = text
            .lines()
            .find_map(|l| {
                l.trim().strip_prefix("framework ").map(|r| r.split_whitespace().next().unwrap_or("").to_string())
            })
            .expect("a framework");
        let wrapper = format!(
            "use \"std/{name}\"\n\nfields {{\n  id : text from \"id\" key\n}}\n\nclassify {{\n  qualified when {framework} passes\n  \
             rejected when {framework} fails\n  open otherwise\n}}\n"
        );
        let rules = dir.join(format!("wrap-{name}"));
        std::fs::write(&rules, wrapper).expect("write");
        let leads = dir.join(format!("leads-{name}.csv"));
        write_leads(&leads, &schema(&rules), 150, &mut random, b',');
        cases.push(Case { name: format!("std/{name}"), rules, leads, delimiter: ',', columns: None });
    }
    // Points that grow with a value, in both languages, on generated leads.
    for (name, file) in
        [("growing points", "tests/data/growth.rules"), ("growing points in Russian", "tests/data/growth-ru.rules")]
    {
        let leads = dir.join(format!("{}.csv", name.replace(' ', "-")));
        write_leads(&leads, &schema(&root(file)), 300, &mut random, b',');
        cases.push(Case { name: name.into(), rules: root(file), leads, delimiter: ',', columns: None });
    }
    cases.push(blank_rows(dir));
    cases.push(missing_columns(dir));
    cases
}

/// An export without the columns of two used fields (`employees`, `budget`): `qualify` reads
/// them as unknown for every lead, and the query, its sample being that export, reads them as
/// NULL (it does not fall back to their first `from` name, which the table does not have).
fn missing_columns(dir: &Path) -> Case {
    let text = std::fs::read_to_string(root("rules/acme-leads.csv")).expect("the shipped leads");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("a header").clone();
    let kept: Vec<usize> = (0..header.len()).filter(|c| !["employees", "budget_rub"].contains(&&header[*c])).collect();
    assert_eq!(kept.len() + 2, header.len(), "the shipped leads have both columns");
    let leads = dir.join("missing-columns.csv");
    let mut writer = csv::Writer::from_path(&leads).expect("create");
    writer.write_record(kept.iter().map(|c| &header[*c])).expect("write");
    for record in reader.records() {
        let record = record.expect("a record");
        writer.write_record(kept.iter().map(|c| &record[*c])).expect("write");
    }
    writer.flush().expect("flush");
    Case { name: "missing columns".into(), rules: root("rules/acme.rules"), leads, delimiter: ',', columns: None }
}

/// Blank rows among the leads, as `qualify` skips and counts them (rows in = verdicts, error
/// rows included, + blank rows): a row of empty cells and one of blanks get no row from the
/// query either; a row blank in every column the definition reads, but not in `note`, is a lead
/// with every field unknown, as `qualify` judges it. `compare` checks the counts: 5 rows in,
/// 3 verdicts, 2 blank rows.
fn blank_rows(dir: &Path) -> Case {
    let leads = dir.join("blank-rows.csv");
    let header = "id,employees,revenue_rub,industry,ad_spend_month_rub,contact_role,decision_maker,budget_rub,timeline_days,need,source,created_at,note";
    let blank = ",,,,,,,,,,,,";
    let blanks = "\"  \",\" \",\"\u{a0}\",,\"\t\",,,,,,,,\" \"";
    let text = format!(
        "{header}\nL-1,200,120 000 000,ИТ,150 000,технический директор,да,600 000,30,backup,рекомендация,2026-11-24 09:00,\n\
         {blank}\n{blanks}\n,,,,,,,,,,,,только заметка\nL-2,5,3 000 000,розница,,менеджер,нет,,,,сайт,2026-11-24 09:05,\n"
    );
    std::fs::write(&leads, text).expect("write");
    Case { name: "blank rows".into(), rules: root("rules/acme.rules"), leads, delimiter: ',', columns: None }
}

/// A hand-written definition and leads, one row per case the reader must get right: block and
/// field placeholders (`unknown when`), the catch-all `other` of `one of`, the CRM's yes/no
/// words, Russian values in any case, and numbers as the CRM writes them (`1 000 000,50`).
fn hand_written(dir: &Path) -> Case {
    let rules = dir.join("hand-written.rules");
    std::fs::write(
        &rules,
        "definition \"hand-written\" version 1\n\n\
         fields unknown when \"Select\", \"—\" {\n  id : text from \"id\" key\n  budget : money from \"Бюджет, руб\"\n  \
         employees : number from \"Сотрудников\" unknown when \"n/a\", \"нет данных\"\n  lpr : yes/no from \"ЛПР\"\n  \
         industry : one of it (\"ИТ\"), retail (\"розница\", \"Розничная торговля\"), other from \"Отрасль\"\n  \
         channel : one of web (\"сайт\"), referral (\"рекомендация\") from \"Источник\"\n  need : text from \"Потребность\"\n}\n\n\
         minimum {\n  require employees >= 10 else \"мало сотрудников\"\n}\n\n\
         score {\n  +40 when lpr\n  +30 when budget >= 1_000_000\n  +20 when industry = other\n  +10 when need contains \"резерв\"\n}\n\n\
         classify {\n  out when not minimum\n  hot when lpr and budget >= 1_000_000 and industry = it\n  \
         elsewhere when industry = other\n  warm when channel = referral or need = \"резервное копирование\"\n  cold otherwise\n}\n",
    )
    .expect("write");
    // id; budget; employees; lpr; industry; channel; need
    let rows: [[&str; 7]; 30] = [
        ["number with spaces and a decimal comma", "1 000 000,50", "250", "да", "ИТ", "сайт", "резервное копирование"],
        ["number with no-break spaces", "1\u{a0}000\u{a0}000,50", "1\u{a0}200", "Да", "ит", "Сайт", ""],
        [
            "number with narrow no-break spaces",
            "2\u{202f}500\u{202f}000",
            "40",
            "ДА",
            "IT",
            "",
            "Резервное Копирование",
        ],
        ["amount with a currency", "1 500 000 ₽", "15", "yes", "Розничная торговля", "рекомендация", ""],
        ["amount in rubles", "-500 руб.", "1 000", "нет", "розница", "РЕКОМЕНДАЦИЯ", "миграция"],
        ["decimal comma alone", "0,5", "12,5", "Нет", "РОЗНИЦА", "сайт", "—"],
        ["a dot groups thousands in a comma column", "1.000", "2.500", "true", "ИТ", "сайт", "backup"],
        ["exponent", "1,5E+06", "1e2", "false", "it", "сайт", "резерв"],
        ["block placeholder in a number", "Select", "100", "да", "ИТ", "сайт", "x"],
        ["block placeholder, any case", " select ", "100", "д", "ИТ", "сайт", "x"],
        ["field placeholder", "2 000 000", "n/a", "да", "ИТ", "сайт", "x"],
        ["field placeholder in Russian, any case", "2 000 000", "Нет данных", "н", "ИТ", "сайт", "x"],
        ["block placeholder in yes/no", "2 000 000", "100", "Select", "ИТ", "сайт", "x"],
        ["block placeholder in one of", "2 000 000", "100", "да", "—", "сайт", "x"],
        ["block placeholder in a text", "2 000 000", "100", "да", "ИТ", "сайт", "Select"],
        ["other: a value not listed", "2 000 000", "100", "да", "строительство", "сайт", ""],
        ["other: an English value not listed", "2 000 000", "100", "1", "Construction", "сайт", ""],
        ["other: blank is unknown, not other", "2 000 000", "100", "0", "", "сайт", ""],
        ["a channel not listed, without other", "2 000 000", "100", "да", "ИТ", "выставка", ""],
        ["yes/no: истина", "2 000 000", "100", "ИСТИНА", "ИТ", "сайт", ""],
        ["yes/no: ложь", "2 000 000", "100", "Ложь", "ИТ", "сайт", ""],
        ["yes/no: y and spaces", "2 000 000", "100", "  Y  ", "ИТ", "сайт", ""],
        ["yes/no: a word the reader rejects", "2 000 000", "100", "может быть", "ИТ", "сайт", ""],
        ["a number the reader rejects", "1 2", "100", "да", "ИТ", "сайт", ""],
        ["a number in words", "миллион", "100", "да", "ИТ", "сайт", ""],
        ["too small", "2 000 000", "5", "да", "ИТ", "сайт", ""],
        ["all blank", "", "", "", "", "", ""],
        ["only spaces", "   ", "\u{a0}", " ", " ", " ", " "],
        ["apostrophes group thousands", "1'500'000", "1'200", "да", "ИТ", "сайт", ""],
        ["a comma groups thousands twice", "1,500,000", "2,000", "да", "ИТ", "сайт", ""],
    ];
    let leads = dir.join("hand-written.csv");
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_path(&leads).expect("create");
    writer
        .write_record(["id", "Бюджет, руб", "Сотрудников", "ЛПР", "Отрасль", "Источник", "Потребность"])
        .expect("write");
    for row in &rows {
        writer.write_record(row).expect("write");
    }
    writer.flush().expect("flush");
    Case { name: "hand-written cases".into(), rules, leads, delimiter: ';', columns: None }
}

/// A generated definition: every kind of field, gates, a framework, a profile, scores, a deal,
/// classes, a temperature, named conditions and flags, each condition drawn from the constructs
/// of the language.
fn generated_definition(random: &mut Random) -> String {
    let n = |random: &mut Random| [0, 5, 10, 50, 100, 250, 1_000, 500_000, 1_000_000][random.below(9)].to_string();
    let conditions: Vec<String> = (0..12)
        .map(|_| match random.below(24) {
            0 => format!("employees >= {}", n(random)),
            1 => format!("employees between {} and {}", n(random), n(random)),
            2 => format!("budget < {}", n(random)),
            3 => format!("share >= {}%", random.below(100)),
            4 => "decision_maker".into(),
            5 => "not decision_maker".into(),
            6 => "industry = it".into(),
            7 => "industry in [it, retail]".into(),
            8 => "industry not in [retail, finance]".into(),
            9 => "need is known".into(),
            10 => "need contains \"backup\"".into(),
            11 => format!("timeline <= {} days", random.below(120)),
            12 => "budget is unknown".into(),
            13 => format!("budget / employees > {}", n(random)),
            14 => format!("budget * 2 - budget / 4 >= {}", n(random)),
            15 => "created_at >= 2026-11-01 09:00".into(),
            16 => format!("signed_on < 2026-06-01 + {} days", random.below(400)),
            17 => "(decision_maker or industry = retail) and not need is known".into(),
            18 => ["need = \"BACKUP\"", "need = \" hosting and backup\""][random.below(2)].into(),
            19 => "decision_maker = (employees > 100)".into(),
            20 => format!("timeline between 1 week and {} weeks", random.below(10) + 1),
            21 => format!("time_on_site >= {} minutes", random.below(30)),
            22 => format!("tenure between {} months and 2 years", random.below(24)),
            _ => "industry != finance".into(),
        })
        .collect();
    let c = |i: usize| conditions[i % conditions.len()].clone();
    // Points that grow with a value: every numeric kind of field, steps a value may be an exact
    // multiple of (`per 10% of share`: 0.3 / 0.1 is 2.9999999999999996 in doubles), caps that
    // hold and that do not, fractional points, negative points, with and without a condition.
    let growth: Vec<String> = (0..3)
        .map(|i| {
            let line = match random.below(7) {
                0 => format!(
                    "+{} per {} seconds of time_on_site capped at {}",
                    random.below(3) + 1,
                    [1, 30, 60, 90][random.below(4)],
                    random.below(40) + 1
                ),
                1 => format!(
                    "+{} per {} of employees capped at {}",
                    random.below(3) + 1,
                    ["1", "7", "10", "0.5", "250"][random.below(5)],
                    random.below(60) + 1
                ),
                2 => format!(
                    "-{} per {} days of timeline capped at {}",
                    random.below(3) + 1,
                    random.below(30) + 1,
                    random.below(20) + 1
                ),
                3 => format!(
                    "+{} per {}% of share capped at {}",
                    random.below(3) + 1,
                    ["1", "5", "10", "12.5"][random.below(4)],
                    random.below(15) + 1
                ),
                4 => format!(
                    "+{} per {} of budget capped at {}",
                    random.below(5) + 1,
                    ["1", "1_000", "100_000", "333.3"][random.below(4)],
                    random.below(100) + 1
                ),
                5 => format!("+1.5 per 2 minutes of time_on_site capped at {}", ["7.5", "8", "1000"][random.below(3)]),
                _ => format!("-2.5 per 1 year of tenure capped at {}", random.below(10) + 1),
            };
            if random.below(2) == 0 { format!("{line} when {}", c(i + 4)) } else { line }
        })
        .collect();
    let needed = random.below(4) + 1;
    // Placeholders per block and per field, and the catch-all `other`, in some definitions.
    let block = ["", " unknown when \"Select\", \"-\""][random.below(2)];
    let field = ["", " unknown when \"n/a\""][random.below(2)];
    let other = ["", ", other"][random.below(2)];
    format!(
        "definition \"generated\" version 1\n\n\
         fields{block} {{\n  id : text from \"id\" key\n  employees : number from \"employees\"\n  budget : money from \"budget\"\n  \
         share : percent from \"share\"\n  decision_maker : yes/no from \"decision_maker\"\n  \
         industry : one of it (\"ИТ\", \"IT\"), retail (\"розница\"), finance (\"финансы\"), hosting (\"Web  Hosting\"){other} from \"industry\"{field}\n  \
         need : text from \"need\"\n  timeline : days from \"timeline\"\n  \
         time_on_site : number in seconds from \"time_on_site\"\n  tenure : число в годах from \"tenure\"\n  created_at : datetime from \"created_at\"\n  \
         signed_on : date format \"m/d/yyyy\" from \"signed_on\"\n}}\n\n\
         minimum {{\n  require {} else \"first gate\"\n  reject {} else \"second gate\"\n}}\n\n\
         profile ICP {{\n  {} weight 3\n  {} weight 1.5\n}}\n\n\
         framework F pass {needed} of 4 {{\n  a : {}\n  b : {}\n  c : {}\n  d : {}\n}}\n\n\
         score {{\n  +{} when {}\n  -{} when {}\n  +7 when F.met >= 2 or watched\n}}\n\n\
         score engagement capped at 50 {{\n  +30 when {}\n  +40 when ICP.fit >= 50%\n}}\n\n\
         score growth {{\n  {}\n  +3 when decision_maker\n}}\n\n\
         deal {{\n  size budget * 2\n  probability {{\n    p importance 3 match 90% when {}, 40% when {}, otherwise 10%\n    q importance 1 match 50% when {}\n  }}\n}}\n\n\
         classify {{\n  out when not minimum\n  hot_lead when F passes and score >= {}\n  maybe when F.a or engaged or engagement >= 30 or deal.priority > 100_000\n  grown when growth >= {}\n  rest otherwise\n}}\n\n\
         temperature since created_at {{\n  hot when {} respond within 15 minutes\n  warm when {} respond within 2 hours\n  cold otherwise respond within 3 days\n}}\n\n\
         let engaged = ({}) and ({})\nlet watched = engaged or ({})\n\n\
         flag \"engaged\" when engaged\nflag \"don't email; \\\"vip\\\"\" when watched and not minimum\nflag \"budget known\" when budget is known\n",
        c(0),
        c(1),
        c(2),
        c(3),
        c(4),
        c(5),
        c(6),
        c(7),
        random.below(40),
        c(8),
        random.below(30),
        c(9),
        c(10),
        growth.join("\n  "),
        c(11),
        c(0),
        c(3),
        random.below(50),
        random.below(20),
        c(5),
        c(6),
        c(1),
        c(2),
        c(7),
    )
}

fn generated_cases(dir: &Path, count: usize) -> Vec<Case> {
    let mut random = Random(2026);
    (0..count)
        .map(|i| {
            let rules = dir.join(format!("generated-{i}.rules"));
            std::fs::write(&rules, generated_definition(&mut random)).expect("write");
            let leads = dir.join(format!("generated-{i}.csv"));
            write_leads(&leads, &schema(&rules), 40, &mut random, if i % 2 == 0 { b',' } else { b';' });
            let delimiter = if i % 2 == 0 { ',' } else { ';' };
            Case { name: format!("generated definition {i}"), rules, leads, delimiter, columns: None }
        })
        .collect()
}

/// The number of generated definitions (40 leads each); `LEADRULES_SQL_GENERATED` changes it.
fn generated_count() -> usize {
    std::env::var("LEADRULES_SQL_GENERATED").ok().and_then(|n| n.parse().ok()).unwrap_or(100)
}

fn jobs(cases: &[Case], dialect: &str) -> Vec<Job> {
    cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let table = format!("leads_{i}");
            Job { query: query(case, dialect, &table), table, csv: case.leads.clone(), delimiter: case.delimiter }
        })
        .collect()
}

#[test]
fn postgres_gives_every_lead_the_verdict_qualify_gives() {
    let Some(server) = Postgres::start() else { return };
    let dir = common::scratch("sql-postgres");
    let mut cases = shipped_cases(&dir);
    cases.extend(generated_cases(&dir, generated_count()));
    let rows = server.run(&jobs(&cases, "postgres"));
    let leads = compare("PostgreSQL", &cases, &rows);
    eprintln!("PostgreSQL: {} cases, {leads} leads, every verdict equal", cases.len());
}

#[test]
fn duckdb_gives_every_lead_the_verdict_qualify_gives() {
    let Some(duckdb) = DuckDb::start() else { return };
    let dir = common::scratch("sql-duckdb");
    let mut cases = shipped_cases(&dir);
    cases.extend(generated_cases(&dir, generated_count()));
    let rows = duckdb.run(&dir, &jobs(&cases, "duckdb"));
    let leads = compare("DuckDB", &cases, &rows);
    eprintln!("DuckDB: {} cases, {leads} leads, every verdict equal", cases.len());
}

#[test]
fn a_column_mapping_that_names_no_field_or_is_no_pair_is_said_in_the_chosen_language() {
    let rules = root("rules/acme.rules");
    let rules = rules.to_string_lossy();
    let mut said = String::new();
    for (lang, columns) in [("en", "budjet=Бюджет"), ("ru", "budjet=Бюджет"), ("en", "budget"), ("ru", "budget")]
    {
        let out = common::leadrules(&["sql", &rules, "--dialect", "postgres", "--columns", columns, "--lang", lang]);
        assert_eq!(common::code(&out), 2, "{}", common::stderr(&out));
        assert!(common::stdout(&out).is_empty(), "no query is written");
        said.push_str(&common::stderr(&out));
    }
    insta::assert_snapshot!(said);
}

#[test]
fn the_query_names_what_it_leaves_out_and_can_be_a_view_in_russian() {
    // Tests run in the crate's folder: the file is named as given, the same on every machine.
    let out = common::leadrules(&[
        "sql",
        "rules/acme.rules",
        "--dialect",
        "duckdb",
        "--view",
        "вердикты",
        "--table",
        "crm.лиды",
        "--decimal-mark",
        ",",
        "--lang",
        "ru",
    ]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    let query = common::stdout(&out);
    let head: Vec<&str> = query.lines().take_while(|l| !l.contains(" AS (")).collect();
    insta::assert_snapshot!(head.join("\n"));
    assert!(query.contains("FROM \"crm\".\"лиды\" AS lead_row CROSS JOIN blank"), "the table is two quoted names");
    assert!(query.trim_end().ends_with(';'), "a view is a statement");
}

#[test]
fn fields_the_sample_has_no_column_for_are_unknown_and_said_so_in_the_chosen_language() {
    let dir = common::scratch("sql-missing-columns");
    let case = missing_columns(&dir);
    let leads = case.leads.to_string_lossy();
    for (lang, warning, comment) in [
        ("en", "field employees has no column", "no column for the fields `employees`, `budget`"),
        ("ru", "для поля employees нет столбца", "нет столбца для полей `employees`, `budget`"),
    ] {
        let out = common::leadrules(&[
            "sql",
            "rules/acme.rules",
            "--dialect",
            "postgres",
            "--sample",
            &leads,
            "--lang",
            lang,
        ]);
        assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
        assert!(common::stderr(&out).contains(warning), "{lang}: {}", common::stderr(&out));
        let sql = common::stdout(&out);
        assert!(sql.lines().any(|l| l.starts_with("-- ") && l.contains(comment)), "{lang}: {sql}");
        for column in ["\"employees\"", "\"budget_rub\""] {
            assert!(!sql.contains(&format!("{column} AS")), "{lang}: reads {column}, which the table lacks");
        }
    }
}

#[test]
fn without_a_decimal_mark_or_a_sample_the_query_is_refused_in_the_chosen_language() {
    // `1.000` reads as 1 or 1000: the table does not say which, and the query never guesses.
    let mut said = String::new();
    for lang in ["en", "ru"] {
        for args in [
            &["sql", "rules/acme.rules", "--dialect", "postgres"][..],
            &["backtest", "rules/acme.rules", "history", "--sql", "duckdb"],
        ] {
            let mut args = args.to_vec();
            args.extend(["--lang", lang]);
            let out = common::leadrules(&args);
            assert_eq!(common::code(&out), 2, "{args:?}: {}", common::stderr(&out));
            assert!(common::stdout(&out).is_empty(), "{args:?}: no query is written");
            let stderr = common::stderr(&out);
            assert!(stderr.contains("--decimal-mark") && stderr.contains("--sample"), "{args:?}: {stderr}");
            said.push_str(&stderr);
        }
    }
    insta::assert_snapshot!(said);
    // Given either, the query is written; a definition whose number fields declare their mark needs neither.
    let dir = common::scratch("sql-decimal-mark");
    let declared = dir.join("declared.rules");
    std::fs::write(
        &declared,
        "fields {\n  id : text from \"id\" key\n  budget : money format \"1 000,50\" from \"budget\"\n}\n\n\
         classify {\n  big when budget >= 1000\n  small otherwise\n}\n",
    )
    .expect("write");
    let declared = declared.to_string_lossy();
    for args in [
        &["sql", "rules/acme.rules", "--dialect", "postgres", "--decimal-mark", "."][..],
        &["sql", "rules/acme.rules", "--dialect", "duckdb", "--sample", "rules/acme-leads.csv"],
        &["sql", &declared, "--dialect", "postgres"],
    ] {
        let out = common::leadrules(args);
        assert_eq!(common::code(&out), 0, "{args:?}: {}", common::stderr(&out));
        assert!(!common::stdout(&out).contains(" OVER ("), "{args:?}: no window learns the mark from the table");
    }
}

/// The nodes of a PostgreSQL plan (`EXPLAIN (FORMAT JSON)`) that read `table`.
fn scans_of(plan: &Value, table: &str) -> usize {
    match plan {
        Value::Object(map) => {
            let own = usize::from(map.get("Relation Name").and_then(Value::as_str) == Some(table));
            own + map.values().map(|v| scans_of(v, table)).sum::<usize>()
        }
        Value::Array(items) => items.iter().map(|v| scans_of(v, table)).sum(),
        _ => 0,
    }
}

/// The verdict query and the backtest query of `rules/acme.rules` over its history, for `dialect`.
fn plan_jobs(dialect: &str) -> Vec<(&'static str, Job)> {
    let case = Case {
        name: "acme history".into(),
        rules: root("rules/acme.rules"),
        leads: root("rules/acme-history.csv"),
        delimiter: ',',
        columns: None,
    };
    let backtest = common::leadrules(&[
        "sql",
        "rules/acme.rules",
        "--backtest",
        "--dialect",
        dialect,
        "--table",
        "history",
        "--sample",
        "rules/acme-history.csv",
    ]);
    assert_eq!(common::code(&backtest), 0, "{}", common::stderr(&backtest));
    let job = |query: String| Job { table: "history".into(), csv: case.leads.clone(), delimiter: ',', query };
    vec![("verdicts", job(query(&case, dialect, "history"))), ("backtest", job(common::stdout(&backtest)))]
}

#[test]
fn postgres_reads_the_table_once() {
    let Some(server) = Postgres::start() else { return };
    for (what, job) in plan_jobs("postgres") {
        let plan = server.explain(&job);
        assert_eq!(scans_of(&plan, "history"), 1, "the {what} query's plan reads the table once: {plan:#}");
    }
}

#[test]
fn duckdb_reads_the_table_once() {
    let Some(duckdb) = DuckDb::start() else { return };
    let dir = common::scratch("sql-plan-duckdb");
    for (what, job) in plan_jobs("duckdb") {
        let plan = duckdb.explain(&dir, &job);
        // DuckDB names a table's scan `SEQ_SCAN` or `TABLE_SCAN` (before 1.3) or `Seq Scan`.
        let scans: usize =
            ["SEQ_SCAN", "TABLE_SCAN", "Seq Scan", "Table Scan"].iter().map(|n| plan.matches(n).count()).sum();
        assert_eq!(scans, 1, "the {what} query's plan reads the table once:\n{plan}");
    }
}
