use super::Lang;
use crate::msg;

#[test]
fn russian_counts_take_their_three_plural_forms() {
    let said = |n: u64| Lang::Ru.text(&msg!("leads-counted", count = n));
    assert_eq!(said(1), "1 лид");
    assert_eq!(said(2), "2 лида");
    assert_eq!(said(5), "5 лидов");
    assert_eq!(said(11), "11 лидов");
    assert_eq!(said(21), "21 лид");
    assert_eq!(said(1234), "1234 лида");
    assert_eq!(said(12_345), "12 345 лидов");
    assert_eq!(Lang::En.text(&msg!("leads-counted", count = 1)), "1 lead");
    assert_eq!(Lang::En.text(&msg!("leads-counted", count = 12_345)), "12 345 leads");
}

#[test]
fn lists_are_joined_with_the_language_s_own_word() {
    use crate::message::Arg;
    let choices = msg!("untranslated", text = Arg::any_of_quoted(["SQL", "MQL", "nurture"]));
    assert_eq!(Lang::En.text(&choices), "`SQL`, `MQL` or `nurture`");
    assert_eq!(Lang::Ru.text(&choices), "`SQL`, `MQL` или `nurture`");
    let one = msg!("untranslated", text = Arg::all_of_quoted(["SQL"]));
    assert_eq!(Lang::Ru.text(&one), "`SQL`");
}

#[test]
fn numbers_in_messages_take_the_language_s_marks() {
    assert_eq!(Lang::En.number(1234567.5), "1 234 567.5");
    assert_eq!(Lang::Ru.number(1234567.5), "1 234 567,5");
    assert_eq!(Lang::Ru.number(-0.25), "-0,25");
    assert_eq!(Lang::En.number(5000.0), "5000");
}

#[test]
fn the_choice_of_language_follows_flag_then_variables_then_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(Lang::chosen_from(Some(Lang::En), env(&[("LEADRULES_LANG", "ru")])), Lang::En);
    assert_eq!(Lang::chosen_from(None, env(&[("LEADRULES_LANG", "ru"), ("LANG", "en_US.UTF-8")])), Lang::Ru);
    assert_eq!(Lang::chosen_from(None, env(&[("LC_ALL", "ru_RU.UTF-8"), ("LANG", "en_US")])), Lang::Ru);
    assert_eq!(Lang::chosen_from(None, env(&[("LC_ALL", ""), ("LC_MESSAGES", "ru_RU"), ("LANG", "C")])), Lang::Ru);
    assert_eq!(Lang::chosen_from(None, env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
    assert_eq!(Lang::chosen_from(None, env(&[])), Lang::En);
}

#[test]
fn a_message_missing_from_every_file_shows_its_id_and_values() {
    assert_eq!(Lang::Ru.text(&msg!("no-such-message", n = 2)), "no-such-message n=2");
}
