//! Grouping leads by a text the way matching compares it: `source = "Google"` matches `Google`,
//! `google` and ` GOOGLE ` alike ([`crate::value::fold_spelling`]), so the channel groups, the
//! `--by` rows and the cells of a cross table put those leads in one group. A group is named by
//! its most frequent spelling; between spellings equally frequent, by the first in byte order
//! (as `leadrules sql --backtest` names it too), so the name does not depend on the order of
//! the rows.

use crate::compile::RuleSet;
use crate::value::{Value, fold_spelling};
use std::collections::HashMap;

/// The spellings seen of one group, and how many leads wrote each.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spellings {
    counts: HashMap<String, u64>,
}

impl Spellings {
    /// Counts `leads` more leads spelt `spelling`.
    pub fn add(&mut self, spelling: &str, leads: u64) {
        match self.counts.get_mut(spelling) {
            Some(n) => *n += leads,
            None => {
                self.counts.insert(spelling.to_string(), leads);
            }
        }
    }

    /// The group's name: its most frequent spelling, the first in byte order among equals.
    pub fn label(&self) -> String {
        most_frequent(self.counts.iter().map(|(s, n)| (s.as_str(), *n))).unwrap_or_default().to_string()
    }
}

/// The most frequent of (spelling, count) pairs, the first in byte order among equals.
pub fn most_frequent<'a>(spellings: impl Iterator<Item = (&'a str, u64)>) -> Option<&'a str> {
    spellings.max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0))).map(|(s, _)| s)
}

/// A lead's channel: the group it counts in, and its spelling of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    /// One per group: `u` for no value, `p` and the placeholder as declared, `t` and the folded
    /// text, `v` and a value's name (a `one of` value, yes/no, a number), as the SQL query keys it.
    pub group: String,
    /// The name the lead gives it: the text as written (trimmed), the value's name.
    pub spelling: String,
}

/// The channel of a lead whose channel field holds `value`; `unknown` names the blank group.
pub fn channel_of(rules: &RuleSet, slot: usize, value: &Value, unknown: &str) -> Channel {
    match value {
        Value::Unknown => Channel { group: "u".into(), spelling: unknown.into() },
        // Under itself (as declared), apart from the blank cells.
        Value::Placeholder(text) => Channel { group: format!("p{text}"), spelling: text.to_string() },
        Value::Text(text) => Channel { group: format!("t{}", fold_spelling(text)), spelling: text.trim().to_string() },
        other => {
            let name = crate::eval::value_text::format_value(rules, slot, other).trim_matches('"').to_string();
            Channel { group: format!("v{name}"), spelling: name }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_is_named_by_its_most_frequent_spelling() {
        let mut s = Spellings::default();
        s.add("google", 1);
        s.add("Google", 2);
        s.add("GOOGLE", 1);
        assert_eq!(s.label(), "Google");
        s.add("google", 1);
        // Two spellings with two leads each: the first in byte order (capitals first).
        assert_eq!(s.label(), "Google");
        let mut t = Spellings::default();
        for spelling in ["google", "GOOGLE", "Google"] {
            t.add(spelling, 1);
        }
        assert_eq!(t.label(), "GOOGLE", "ties are broken by byte order, whatever order the rows came in");
    }
}
