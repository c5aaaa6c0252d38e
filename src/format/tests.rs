//! Unit tests of the formatter: expressions, literals, each block's columns, comments.

use super::format;
use crate::msg;
use crate::syntax::parse;

fn fmt(text: &str) -> String {
    match format(text) {
        Ok(out) => out,
        Err(diags) => panic!("not formatted: {diags:?}\n{text}"),
    }
}

/// The condition of a one-line `profile` criterion, as formatted.
fn condition(cond: &str) -> String {
    let out = fmt(&format!("profile P {{\n  {cond} weight 1\n}}\n"));
    let line = out.lines().nth(1).expect("a criterion line");
    line.trim().trim_end_matches("weight 1").trim_end().to_string()
}

#[test]
fn parentheses_only_where_the_grammar_needs_them() {
    let cases = [
        ("(a = 1) or (b = 2)", "a = 1 or b = 2"),
        ("(a or b) and c", "(a or b) and c"),
        ("a or (b and c)", "a or b and c"),
        ("a and (b or c)", "a and (b or c)"),
        ("(a and b) and c", "a and b and c"),
        ("a and (b and c)", "a and (b and c)"),
        ("not (a and b)", "not (a and b)"),
        ("not (x < 5)", "not x < 5"),
        ("(not a) and b", "not a and b"),
        ("not not a", "not not a"),
        ("(x + 1) * 2 > 3", "(x + 1) * 2 > 3"),
        ("x + (1 * 2) > 3", "x + 1 * 2 > 3"),
        ("x - (1 - 2) > 3", "x - (1 - 2) > 3"),
        ("(x - 1) - 2 > 3", "x - 1 - 2 > 3"),
        ("x / (2 * 3) > 1", "x / (2 * 3) > 1"),
        ("-(x + 1) > 1", "-(x + 1) > 1"),
        ("- - x > 1", "--x > 1"),
        ("(a = b) = c", "(a = b) = c"),
        ("x in [(a or b), c]", "x in [a or b, c]"),
        ("(x) between (1 + 1) and 2 * 3", "x between 1 + 1 and 2 * 3"),
        ("need contains (\"a\")", "need contains \"a\""),
        ("(BANT passes)", "BANT passes"),
        ("x not in [ ]", "x not in []"),
        ("(x is unknown) or y", "x is unknown or y"),
    ];
    for (input, expected) in cases {
        assert_eq!(condition(input), expected, "{input}");
    }
}

#[test]
fn literals_have_one_canonical_form() {
    let cases = [
        ("x >= 500000", "x >= 500_000"),
        ("x >= 1_0_0_0_0_0_0", "x >= 1_000_000"),
        ("x >= 5_000", "x >= 5_000"),
        ("x >= 5000", "x >= 5000"),
        ("x >= 50_00", "x >= 5000"),
        ("x >= 5_000.5", "x >= 5000.5"),
        ("x <= 1_000 days", "x <= 1_000 days"),
        ("x >= 12345.678", "x >= 12_345.678"),
        ("x >= 1.50", "x >= 1.5"),
        ("x >= 70.0%", "x >= 70%"),
        ("x <= 90 day", "x <= 90 days"),
        ("x <= 1 hours", "x <= 1 hour"),
        ("x <= 15 мин", "x <= 15 minutes"),
        ("x <= 2 недели", "x <= 2 weeks"),
        ("x >= 30 сек", "x >= 30 seconds"),
        ("x >= 1 seconds", "x >= 1 second"),
        ("x >= 2 секунды", "x >= 2 seconds"),
        ("x <= 1 months", "x <= 1 month"),
        ("x <= 5 лет", "x <= 5 years"),
        ("x <= 3 мес", "x <= 3 months"),
        ("x = true", "x = yes"),
        ("x = \"say \\\"hi\\\" \\\\ bye\"", "x = \"say \\\"hi\\\" \\\\ bye\""),
        ("x < 2026-1-5", "x < 2026-01-05"),
        ("x < 2026-12-01T9:30", "x < 2026-12-01 09:30"),
        ("x < 2026-12-01 09:30:15", "x < 2026-12-01 09:30:15"),
    ];
    for (input, expected) in cases {
        assert_eq!(condition(input), expected, "{input}");
    }
}

#[test]
fn a_bare_rating_is_written_with_otherwise() {
    let out = fmt("deal { probability { support importance 3 match 80% } }");
    assert!(out.contains("support importance 3 match otherwise 80%"), "{out}");
}

#[test]
fn gates_keep_else_or_because_and_align_it() {
    let out = fmt("minimum {\nrequire a >= 10 because \"x\"\nreject industry = gambling else \"y\"\n}\n");
    assert_eq!(
        out,
        "minimum {\n  require a >= 10             because \"x\"\n  reject  industry = gambling else \"y\"\n}\n"
    );
}

#[test]
fn score_points_carry_their_sign_in_a_right_aligned_column() {
    let out = fmt("score { +5 when a -100 when b +30 when c }");
    assert_eq!(out, "score {\n    +5 when a\n  -100 when b\n   +30 when c\n}\n");
}

#[test]
fn pass_rules_are_written_in_full() {
    let out = fmt("framework F pass 2 { a : x  bb : y }");
    assert_eq!(out, "framework F pass at least 2 {\n  a  : x\n  bb : y\n}\n");
}

#[test]
fn long_one_of_lists_wrap_under_the_first_value_and_from_goes_under_the_from_column() {
    let values: Vec<String> = (0..12).map(|i| format!("value_{i} (\"spelling {i}\")")).collect();
    let text =
        format!("fields {{\n  id : text from \"id\"\n  kind : one of {} from \"kind\" key\n}}\n", values.join(", "));
    let out = fmt(&text);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[1], "  id   : text     from \"id\"");
    assert!(lines[2].starts_with("  kind : one of value_0 (\"spelling 0\"), "), "{out}");
    assert!(lines[3].starts_with("                value_"), "{out}");
    assert_eq!(*lines.iter().rev().nth(1).expect("the from line"), "                  from \"kind\" key");
    assert!(out.lines().all(|l| l.chars().count() <= super::MAX_WIDTH), "{out}");
}

#[test]
fn comments_stay_where_they_were() {
    let text = "# file\n\n# about fields\nfields {   # opening\n  # about a\n  a : number # trailing a\n\n\n  bb : text   # trailing bb\n  # end of block\n}   # closing\n# end of file\n";
    let out = fmt(text);
    assert_eq!(
        out,
        "# file\n\n# about fields\nfields {    # opening\n  # about a\n  a  : number    # trailing a\n\n  bb : text      # trailing bb\n  # end of block\n}    # closing\n# end of file\n"
    );
}

#[test]
fn a_comment_inside_a_wrapped_construct_moves_before_it() {
    let text = "fields {\n  role : one of ceo, # bosses\n    manager\n}\nexample \"e\" {\n  lead { a: 1, # one\n  b: 2 }\n  expect class X\n}\n";
    let out = fmt(text);
    assert!(out.contains("  # bosses\n  role : one of ceo, manager\n"), "{out}");
    assert!(out.contains("  # one\n  lead { a: 1, b: 2 }\n"), "{out}");
}

#[test]
fn a_file_with_syntax_errors_is_refused() {
    let text = "fields {\n  a : numbr\n}\n";
    let errors = format(text).expect_err("refused");
    assert_eq!(errors, parse(text).diagnostics);
}

#[test]
fn blocks_are_separated_by_one_blank_line_and_use_lines_stay_together() {
    let text = "definition \"D\"\nuse \"a.rules\"\n\n\n\nuse \"b.rules\"\nuse \"c.rules\"\nfields { a : number }\n\n\n\nclassify { X otherwise }";
    let out = fmt(text);
    assert_eq!(
        out,
        "definition \"D\"\nuse \"a.rules\"\n\nuse \"b.rules\"\nuse \"c.rules\"\n\nfields {\n  a : number\n}\n\nclassify {\n  X otherwise\n}\n"
    );
}

#[test]
fn classify_playbooks_go_under_when_and_temperature_deadlines_line_up() {
    let text = "classify { SQL when a playbook \"call\" nurture otherwise }\n\
                temperature { hot when a and b respond within 15 minutes cold otherwise respond within 1 days }";
    let out = fmt(text);
    assert_eq!(
        out,
        "classify {\n  SQL     when a\n          playbook \"call\"\n  nurture otherwise\n}\n\n\
         temperature {\n  hot  when a and b   respond within 15 minutes\n  cold otherwise      respond within 1 day\n}\n"
    );
}

#[test]
fn temperature_for_all_leads_keeps_its_clause() {
    let out = fmt("temperature   for  all leads since created_at { cold otherwise }");
    assert_eq!(out, "temperature for all leads since created_at {\n  cold otherwise\n}\n");
    assert_eq!(fmt(&out), out);
}

#[test]
fn crlf_files_and_trailing_spaces_in_comments() {
    let out = fmt("fields {\r\n  a : number   # note   \r\n}\r\n");
    assert_eq!(out, "fields {\n  a : number    # note\n}\n");
}

#[test]
fn same_meaning_is_plain_equality_with_locations_left_out() {
    use super::same_meaning;
    let text = "fields {\n  a : number key\n}\n\nminimum {\n  require a >= 10 else \"small\"\n}\n";
    let original = parse(text).file;
    let formatted = parse(&fmt("fields { a : number key }\nminimum { require a >= 10 else \"small\" }")).file;
    assert!(same_meaning(&original, &formatted));
    assert!(same_meaning(&original, &crate::syntax::parse_at(text, 500).file));
    let changed = parse(&text.replace(">= 10", ">= 11")).file;
    assert!(!same_meaning(&original, &changed));
    let unkeyed = parse(&text.replace(" key", "")).file;
    assert!(!same_meaning(&original, &unkeyed));
}

#[test]
fn a_formatter_bug_is_said_in_both_languages() {
    use crate::locale::Lang;
    let reasons = [
        msg!("format-internal-does-not-parse"),
        msg!("format-internal-changes-meaning"),
        msg!("format-internal-loses-comment"),
    ];
    let said: Vec<(String, String)> = reasons
        .into_iter()
        .map(|reason| {
            let d = super::internal(reason);
            (d.message.to_string(), Lang::Ru.text(&d.message))
        })
        .collect();
    assert_eq!(
        said[0],
        (
            "internal error in the formatter: the formatted text does not parse; the file was left as it is".to_string(),
            "внутренняя ошибка форматирования: отформатированный текст не читается как файл правил; файл оставлен как был"
                .to_string()
        )
    );
    assert!(said[1].1.contains("означал бы другое"), "{:?}", said[1]);
    assert!(said[2].0.contains("would lose or reorder a comment"), "{:?}", said[2]);
    let d = super::internal(msg!("format-internal-loses-comment"));
    assert_eq!(
        d.help.as_ref().map(|h| Lang::Ru.text(h)).as_deref(),
        Some("пожалуйста, сообщите об этой ошибке и приложите файл; `leadrules check` с ним по-прежнему работает")
    );
    assert_eq!(Lang::Ru.text(&d.labels[0].message), "этот файл");
}

#[test]
fn placeholders_go_after_fields_and_at_the_end_of_a_field_line_in_either_language() {
    let messy = "fields   unknown   when \"Select\",\"-\" {\n  id : text from \"id\"   key\n  dm : yes/no unknown when \"н/д\"\n  city : one of a (\"A\"), b from \"City\" unknown  when \"n/a\"\n}\n";
    let out = fmt(messy);
    assert_eq!(
        out,
        "fields unknown when \"Select\", \"-\" {\n  id   : text     from \"id\" key\n  dm   : yes/no unknown when \"н/д\"\n  city : one of a (\"A\"), b\n                  from \"City\" unknown when \"n/a\"\n}\n"
    );
    assert_eq!(fmt(&out), out, "formatting twice changes nothing");
    let russian = super::format_to(&out, Some(crate::locale::Lang::Ru)).expect("formats");
    assert!(russian.starts_with("поля неизвестно при \"Select\", \"-\" {\n"), "{russian}");
    assert!(russian.contains("да/нет неизвестно при \"н/д\""), "{russian}");
    assert!(parse(&russian.replace("неизвестно при", "неизвестно когда")).diagnostics.is_empty());
    let back = super::format_to(&russian, Some(crate::locale::Lang::En)).expect("formats");
    assert_eq!(back, out, "English → Russian → English is the same file");
}

#[test]
fn a_seconds_field_and_its_durations_go_to_russian_and_back() {
    let file = "fields {\n  time_on_site : seconds\n}\n\nscore {\n  +10 when time_on_site >= 30 seconds\n   +5 when time_on_site >= 1 second\n   +5 when time_on_site >= 2 minutes\n}\n";
    assert_eq!(fmt(file), file, "already formatted");
    let russian = super::format_to(file, Some(crate::locale::Lang::Ru)).expect("formats");
    assert!(russian.contains("time_on_site : секунды\n"), "{russian}");
    assert!(russian.contains(">= 30 секунд\n"), "{russian}");
    assert!(russian.contains(">= 1 секунда\n"), "{russian}");
    assert!(parse(&russian).diagnostics.is_empty(), "{russian}");
    let back = super::format_to(&russian, Some(crate::locale::Lang::En)).expect("formats");
    assert_eq!(back, file, "English → Russian → English is the same file");
}

#[test]
fn months_and_years_go_to_russian_and_back() {
    let file = "fields {\n  cycle : months\n  age   : years\n}\n\nscore {\n  +10 when cycle <= 3 months\n   +5 when age >= 1 year\n   +5 when age >= 5 years\n}\n";
    assert_eq!(fmt(file), file, "already formatted");
    let russian = super::format_to(file, Some(crate::locale::Lang::Ru)).expect("formats");
    for part in ["cycle : месяцы\n", "age   : годы\n", "<= 3 месяца\n", ">= 1 год\n", ">= 5 лет\n"]
    {
        assert!(russian.contains(part), "{part} in {russian}");
    }
    assert!(parse(&russian).diagnostics.is_empty(), "{russian}");
    let back = super::format_to(&russian, Some(crate::locale::Lang::En)).expect("formats");
    assert_eq!(back, file, "English → Russian → English is the same file");
}

#[test]
fn a_number_declared_with_its_unit_keeps_its_wording_in_both_languages() {
    let file = "fields {\n  time_on_site : number in seconds format \"1 000,5\"\n  tenure       : number in years\n}\n\nscore {\n  +10 when time_on_site >= 10 minutes\n   +5 when tenure >= 6 months\n}\n";
    assert_eq!(fmt(file), file, "already formatted");
    let russian = super::format_to(file, Some(crate::locale::Lang::Ru)).expect("formats");
    for part in ["time_on_site : число в секундах формат \"1 000,5\"\n", "tenure       : число в годах\n"]
    {
        assert!(russian.contains(part), "{part} in {russian}");
    }
    assert!(parse(&russian).diagnostics.is_empty(), "{russian}");
    let back = super::format_to(&russian, Some(crate::locale::Lang::En)).expect("formats");
    assert_eq!(back, file, "English → Russian → English is the same file");
}

#[test]
fn growing_points_are_written_in_grammatical_russian_and_go_back_to_english() {
    let file = "score {\n  +1 per minute of t capped at 20\n  -1 per 1 week of silent capped at 10\n  +1 per 2 weeks of silent capped at 5\n  +1 per 60 seconds of t capped at 20\n  +1 per 21 minutes of t capped at 3\n  +1 per 1 day of silent capped at 3\n  +2 per 3 of visits capped at 10\n}\n";
    assert_eq!(fmt(file), file, "already formatted");
    let russian = super::format_to(file, Some(crate::locale::Lang::Ru)).expect("formats");
    assert_eq!(
        russian,
        "баллы {\n  +1 за каждую минуту t не более 20\n  -1 за каждую неделю silent не более 10\n  +1 за каждые 2 недели silent не более 5\n  +1 за каждые 60 секунд t не более 20\n  +1 за каждые 21 минуту t не более 3\n  +1 за каждый день silent не более 3\n  +2 за каждые 3 visits не более 10\n}\n"
    );
    assert!(parse(&russian).diagnostics.is_empty(), "{russian}");
    assert_eq!(fmt(&russian), russian, "the Russian form is canonical");
    // `за каждые 1 неделя` (read, but not Russian) is written as Russian says it.
    let clumsy = russian.replace("за каждую неделю", "за каждые 1 неделя");
    assert_eq!(fmt(&clumsy), russian);
    // Back in English a step of one unit reads `per minute`.
    let back = super::format_to(&russian, Some(crate::locale::Lang::En)).expect("formats");
    assert_eq!(back, file.replace("per 1 week", "per week").replace("per 1 day", "per day"));
}
