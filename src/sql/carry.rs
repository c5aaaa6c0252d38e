//! Which columns each level of the query carries forward. The query is a chain of levels, each
//! reading the one before (`mod.rs`); a level used to select `*` of the one before, so the last
//! one held every column ever made (the cells as written, their parts, every register), each
//! copied level after level. Here each level carries only the columns a later level or the
//! final `SELECT` reads, found by the names their expressions mention.
//!
//! A name is an unquoted identifier outside a string literal: the levels name their columns
//! so (`c0`, `f3`, `t12`, `class_rule`). A word that only looks like one (a function, a keyword)
//! names no column and is ignored; a column is never dropped while anything after it names it.

use std::collections::HashSet;

/// The unquoted identifiers `sql` mentions outside its string literals and quoted identifiers,
/// in lowercase (as SQL folds them).
pub(crate) fn names_read(sql: &str) -> HashSet<String> {
    let mut names = HashSet::new();
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A string literal or a quoted identifier: up to its closing quote (a doubled quote
            // inside it reads as two literals back to back, which skips the same text).
            '\'' | '"' => {
                for inner in chars.by_ref() {
                    if inner == c {
                        break;
                    }
                }
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut word = c.to_ascii_lowercase().to_string();
                while let Some(&next) = chars.peek().filter(|n| n.is_ascii_alphanumeric() || **n == '_' || **n == '$') {
                    word.push(next.to_ascii_lowercase());
                    chars.next();
                }
                names.insert(word);
            }
            c if c.is_ascii_digit() => {
                // A number (`1e5`, `0.5`): its letters name nothing.
                while chars.peek().is_some_and(|n| n.is_ascii_alphanumeric() || *n == '.') {
                    chars.next();
                }
            }
            _ => {}
        }
    }
    names
}

/// The column an `expression AS name` makes, when the name is an unquoted identifier; a bare
/// column (`blank`) makes itself.
pub(crate) fn name_made(expression: &str) -> Option<String> {
    let name = expression.rsplit_once(" AS ").map_or(expression, |(_, name)| name).trim();
    let plain = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    plain.then(|| name.to_ascii_lowercase())
}

/// For each level after the first (`levels[1..]`, each a list of `expression AS name`), the
/// columns of the level before it that it must carry forward, in the order they were made: those
/// a later level or `last` (the final `SELECT`'s expressions) reads. `levels[0]` is the first
/// level, whose columns come from the table.
pub(crate) fn carried(levels: &[Vec<String>], last: &[String]) -> Vec<Vec<String>> {
    let made: Vec<Vec<String>> =
        levels.iter().map(|level| level.iter().filter_map(|e| name_made(e)).collect()).collect();
    let reads: Vec<HashSet<String>> =
        levels.iter().map(|level| level.iter().flat_map(|e| names_read(e)).collect()).collect();
    let mut needed: HashSet<String> = last.iter().flat_map(|e| names_read(e)).collect();
    let mut carried = vec![Vec::new(); levels.len()];
    for level in (1..levels.len()).rev() {
        // What the levels after this one read, from the columns made before it.
        let own: HashSet<&String> = made[level].iter().collect();
        carried[level] =
            made[..level].iter().flatten().filter(|n| needed.contains(*n) && !own.contains(n)).cloned().collect();
        needed.extend(reads[level].iter().cloned());
    }
    carried.remove(0);
    carried
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_outside_literals_and_quoted_identifiers() {
        let read = names_read("CASE WHEN c1 ~ '^[0-9]+ AS x$' THEN f1 * 1e5 ELSE \"c2\" END");
        let mut read: Vec<String> = read.into_iter().collect();
        read.sort();
        assert_eq!(read, ["c1", "case", "else", "end", "f1", "then", "when"]);
        assert_eq!(name_made("CAST(x AS VARCHAR) AS e3"), Some("e3".into()));
        assert_eq!(name_made("blank"), Some("blank".into()));
        assert_eq!(name_made("CASE WHEN a THEN b END"), None);
        assert_eq!(name_made("x AS \"class\""), None);
    }

    #[test]
    fn a_column_is_carried_to_the_last_level_that_reads_it_and_no_further() {
        let levels = vec![
            vec!["NULLIF(\"id\", '') AS c0".to_string(), "\"id\" AS r0".into(), "blank".into()],
            vec!["c0 || 'x' AS a".into()],
            vec!["a || r0 AS b".into()],
            vec!["b AS d".into()],
        ];
        let carried = carried(&levels, &["d AS \"out\"".into(), "c0 AS \"key\"".into()]);
        // `a` is read by the level after the one that makes it, and carried no further.
        assert_eq!(carried, [vec!["c0", "r0"], vec!["c0"], vec!["c0"]]);
    }
}
