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
