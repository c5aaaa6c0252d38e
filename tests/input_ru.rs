//! A run in Russian end to end: `qualify --lang ru` over a lead file with a broken row says its
//! summary with Russian plural forms and writes the error row's reason in Russian, while the
//! columns, the class `error` and every other cell stay the same as in English.

mod common;
use common::{leadrules, scratch, stderr, stdout};

/// The shipped sample leads with one more lead whose budget and decision maker cannot be read,
/// and one blank row.
fn leads_with_a_broken_row() -> std::path::PathBuf {
    let dir = scratch("input_ru");
    let mut text = std::fs::read_to_string("rules/acme-leads.csv").expect("the sample leads");
    text.push_str("L-0021,50,1 000 000,ИТ,,менеджер,может быть,12O 000,30,backup,сайт,2026-11-24 09:00\n,,,,,,,,,,,\n");
    let path = dir.join("leads.csv");
    std::fs::write(&path, text).expect("write the leads");
    path
}

#[test]
fn qualify_in_russian_says_the_summary_and_the_reasons_in_russian() {
    let leads = leads_with_a_broken_row();
    let leads = leads.to_str().expect("a UTF-8 path");
    let ru = leadrules(&["--lang", "ru", "qualify", "rules/acme.rules", leads]);
    let en = leadrules(&["--lang", "en", "qualify", "rules/acme.rules", leads]);
    assert_eq!(ru.status.code(), en.status.code());
    let (ru_err, en_err) = (stderr(&ru), stderr(&en));
    assert!(
        ru_err.contains("21 лид: ")
            && ru_err.contains("; 1 лид не удалось прочитать (строка 21); пропущена 1 пустая строка"),
        "{ru_err}"
    );
    assert!(
        en_err.contains("21 leads: ") && en_err.contains("; 1 could not be read (row 21); 1 empty row skipped"),
        "{en_err}"
    );
    let (ru_out, en_out) = (stdout(&ru), stdout(&en));
    let (ru_lines, en_lines): (Vec<&str>, Vec<&str>) = (ru_out.lines().collect(), en_out.lines().collect());
    assert_eq!(ru_lines.len(), en_lines.len());
    // Every row but the error row is the same in both languages, the header included.
    for (r, e) in ru_lines.iter().zip(&en_lines) {
        if e.contains("L-0021") {
            assert!(r.contains("— ожидается сумма") && r.contains("— ожидается да или нет"), "{r}");
            assert!(e.contains("is not an amount of money") && e.contains("is not yes or no"), "{e}");
            assert!(r.contains(",error,") && e.contains(",error,"), "{r}\n{e}");
        } else {
            // The same lead gets the same class; decided_by, respond_within and the questions are
            // written in the language of the output.
            let first = |row: &str| row.splitn(4, ',').take(3).collect::<Vec<_>>().join(",");
            assert_eq!(first(r), first(e));
            for english in [",line ", " minutes,", " day,", " days,", "could be", "once known"] {
                assert!(!r.contains(english), "`{english}` in a Russian row: {r}");
            }
        }
    }
}

#[test]
fn a_file_that_cannot_be_read_is_said_in_russian() {
    let dir = scratch("input_ru_empty");
    let path = dir.join("empty.csv");
    std::fs::write(&path, "  \n").expect("write");
    let o = leadrules(&["--lang", "ru", "qualify", "rules/acme.rules", path.to_str().expect("UTF-8")]);
    assert!(stderr(&o).contains("empty.csv: файл пуст"), "{}", stderr(&o));
    let o = leadrules(&["--lang", "ru", "qualify", "rules/acme.rules", "no-such-file.csv"]);
    assert!(stderr(&o).contains("не удаётся открыть no-such-file.csv: нет такого файла или папки"), "{}", stderr(&o));
}

#[test]
fn a_web_page_without_a_table_is_said_in_russian() {
    let dir = scratch("input_ru_html");
    let path = dir.join("export.xls");
    std::fs::write(&path, "<html><body><p>Нет данных</p></body></html>").expect("write");
    let o = leadrules(&["--lang", "ru", "qualify", "rules/acme.rules", path.to_str().expect("UTF-8")]);
    assert!(
        stderr(&o).contains(
            "export.xls: это веб-страница (HTML) без таблицы, в ней нет лидов; выгрузите список лидов заново"
        ),
        "{}",
        stderr(&o)
    );
}
