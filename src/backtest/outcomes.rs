//! Which outcome texts mean won, lost or still open: the spellings recognised without any option
//! (`won`/`lost`, `1`/`0`, `true`/`false`, `yes`/`no`, `да`/`нет`, the stages of the usual
//! Russian and English CRMs), the lists `--won`, `--lost` and `--open` give instead, and the
//! refusal of lists that contradict each other (one value in two of them).

use crate::message::{Arg, Message};
use crate::msg;

/// The spellings of a won deal recognised without `--won` (compared in lower case).
pub const DEFAULT_WON: &[&str] = &[
    "won",
    "closed won",
    "closed-won",
    "win",
    "converted",
    "1",
    "true",
    "yes",
    "y",
    "да",
    "выиграна",
    "выигран",
    "выиграно",
    "успешно реализовано",
    "сделка успешна",
    "успешная сделка",
    "успех",
    "конвертирован",
];

/// The spellings of a lost deal recognised without `--lost`.
pub const DEFAULT_LOST: &[&str] = &[
    "lost",
    "closed lost",
    "closed-lost",
    "lose",
    "0",
    "false",
    "no",
    "n",
    "нет",
    "проиграна",
    "проигран",
    "проиграно",
    "закрыто и не реализовано",
    "сделка провалена",
    "провал",
    "отказ",
    "анализ причины провала",
];

/// The spellings of a deal still open recognised without `--open`.
pub const DEFAULT_OPEN: &[&str] = &["open", "в работе"];

/// The outcome lists in force: each the user's list when given (lowercased, trimmed), else the
/// default without the values the user gave to another list (`--won 0` takes `0` from lost).
#[derive(Clone, Debug, PartialEq)]
pub struct OutcomeLists {
    pub won: Vec<String>,
    pub lost: Vec<String>,
    pub open: Vec<String>,
}

impl OutcomeLists {
    /// The lists from `--won`, `--lost` and `--open` (empty = not given). A value given in two
    /// of them is refused with a message naming it and both options.
    pub fn new(won: &[String], lost: &[String], open: &[String]) -> Result<OutcomeLists, Message> {
        let given = |list: &[String]| -> Vec<String> {
            list.iter().map(|v| v.trim().to_lowercase()).filter(|v| !v.is_empty()).collect()
        };
        let (won_given, lost_given, open_given) = (given(won), given(lost), given(open));
        let named = [("--won", &won_given), ("--lost", &lost_given), ("--open", &open_given)];
        for (i, (first, a)) in named.iter().enumerate() {
            for (second, b) in &named[i + 1..] {
                if let Some(value) = a.iter().find(|v| b.contains(v)) {
                    return Err(msg!(
                        "backtest-error-outcome-in-two-lists",
                        value = value.as_str(),
                        first = *first,
                        second = *second
                    ));
                }
            }
        }
        let all_given: Vec<&String> = won_given.iter().chain(&lost_given).chain(&open_given).collect();
        let list = |given: Vec<String>, default: &[&str]| -> Vec<String> {
            if !given.is_empty() {
                return given;
            }
            default.iter().map(|v| v.to_string()).filter(|v| !all_given.contains(&v)).collect()
        };
        Ok(OutcomeLists {
            won: list(won_given.clone(), DEFAULT_WON),
            lost: list(lost_given.clone(), DEFAULT_LOST),
            open: list(open_given.clone(), DEFAULT_OPEN),
        })
    }
}

impl Default for OutcomeLists {
    fn default() -> Self {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        OutcomeLists { won: list(DEFAULT_WON), lost: list(DEFAULT_LOST), open: list(DEFAULT_OPEN) }
    }
}

/// How many of the most frequent outcome values the refusal of a history names.
const VALUES_NAMED: usize = 8;

/// Why a history none of whose outcomes is recognised is refused: its most frequent outcome
/// values, for the user to name with `--won` and `--lost`.
pub fn nothing_recognised(column: &str, counts: &indexmap::IndexMap<String, u64>) -> Message {
    let mut values: Vec<(&String, &u64)> = counts.iter().collect();
    values.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let shown: Vec<String> = values.iter().take(VALUES_NAMED).map(|(v, n)| format!("\"{v}\" ({n})")).collect();
    msg!(
        "backtest-error-no-outcome-recognised",
        column = column,
        values = Arg::Verbatim(shown.join(", ")),
        count = counts.len() as u64
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn one_zero_and_yes_no_are_outcomes_without_options() {
        let lists = OutcomeLists::default();
        for won in ["1", "true", "yes", "да", "won", "успешно реализовано", "сделка успешна"]
        {
            assert!(lists.won.contains(&won.to_string()), "{won}");
        }
        for lost in ["0", "false", "no", "нет", "lost", "закрыто и не реализовано", "сделка провалена"]
        {
            assert!(lists.lost.contains(&lost.to_string()), "{lost}");
        }
        for (i, w) in lists.won.iter().enumerate() {
            assert!(!lists.lost.contains(w) && !lists.open.contains(w), "default {w} is in two lists");
            assert!(!lists.won[..i].contains(w), "{w} twice");
        }
    }

    #[test]
    fn a_value_in_two_lists_is_refused_naming_it() {
        let e = OutcomeLists::new(&strings(&["1", "0"]), &strings(&["0"]), &[]).expect_err("contradiction");
        assert_eq!(
            e.to_string(),
            "the outcome \"0\" is given both in --won and in --lost: a lead cannot be both; give each value in one list"
        );
        let e = OutcomeLists::new(&[], &strings(&["Lost "]), &strings(&["lost"])).expect_err("contradiction");
        assert!(e.to_string().contains("--lost and in --open"), "{e}");
    }

    #[test]
    fn a_users_list_takes_its_values_from_the_defaults_of_the_others() {
        let lists = OutcomeLists::new(&strings(&["No"]), &[], &[]).expect("no contradiction");
        assert_eq!(lists.won, vec!["no".to_string()]);
        assert!(!lists.lost.contains(&"no".to_string()), "{:?}", lists.lost);
        assert!(lists.lost.contains(&"0".to_string()));
    }

    #[test]
    fn the_refusal_names_the_most_frequent_values() {
        let counts: indexmap::IndexMap<String, u64> =
            [("a".to_string(), 2), ("b".to_string(), 5), ("c".to_string(), 2)].into_iter().collect();
        let text = nothing_recognised("stage", &counts).to_string();
        assert!(text.contains("\"b\" (5), \"a\" (2), \"c\" (2)"), "{text}");
    }
}
