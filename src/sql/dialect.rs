//! What differs between the SQL engines the compiler writes for: regular expressions, casts
//! that may fail, the double type's name, the formatting of a time. Everything else the
//! compiler writes is the SQL both engines read the same way.

/// The SQL engine a query is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Dialect {
    /// PostgreSQL and the engines that speak its dialect (Citus, Greenplum…).
    Postgres,
    /// DuckDB.
    Duckdb,
}

impl Dialect {
    /// The name the query's comment gives the engine.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Postgres => "PostgreSQL",
            Dialect::Duckdb => "DuckDB",
        }
    }

    /// The double-precision type.
    pub fn double(self) -> &'static str {
        match self {
            Dialect::Postgres => "DOUBLE PRECISION",
            Dialect::Duckdb => "DOUBLE",
        }
    }

    /// What ends each level of the query so the engine computes it once, rather than writing
    /// each column's expression into every later one that reads it: PostgreSQL folds a
    /// subquery into the one around it unless it has an `OFFSET` (the plan stays one scan).
    pub fn keep_level(self) -> &'static str {
        match self {
            Dialect::Postgres => " OFFSET 0",
            Dialect::Duckdb => "",
        }
    }

    /// Whether `text` matches the regular expression `re` anywhere (anchor it to match all).
    pub fn matches(self, text: &str, re: &str) -> String {
        match self {
            Dialect::Postgres => format!("({text} ~ {})", literal(re)),
            Dialect::Duckdb => format!("regexp_matches({text}, {})", literal(re)),
        }
    }

    /// `text` with every match of `re` replaced by `by`.
    pub fn replace_all(self, text: &str, re: &str, by: &str) -> String {
        match self {
            Dialect::Postgres => format!("regexp_replace({text}, {}, {}, 'g')", literal(re), literal(by)),
            Dialect::Duckdb => format!("regexp_replace({text}, {}, {}, 'g')", literal(re), literal(by)),
        }
    }

    /// The text of group `group` of the first match of `re` in `text`; NULL (PostgreSQL) or
    /// empty (DuckDB) without a match, so callers use it only where `re` is known to match and
    /// the group is not empty.
    pub fn group(self, text: &str, re: &str, group: usize) -> String {
        match self {
            Dialect::Postgres => format!("(regexp_match({text}, {}))[{group}]", literal(re)),
            Dialect::Duckdb => format!("regexp_extract({text}, {}, {group})", literal(re)),
        }
    }

    /// A number's plain text read as a double, NULL when out of the double's range (where
    /// the reader finds no finite number). Only text that is a number reaches it.
    pub fn to_double(self, text: &str) -> String {
        match self {
            // PostgreSQL stops the query on a number out of range: big exponents go through
            // `numeric`, which holds them, to be tested first.
            Dialect::Postgres => format!(
                "CASE WHEN strpos(lower({text}), 'e') = 0 THEN CAST({text} AS DOUBLE PRECISION) \
                 WHEN abs(CAST({text} AS NUMERIC)) > 1.7976931348623157e308 THEN NULL \
                 WHEN abs(CAST({text} AS NUMERIC)) < 2.4703282292062328e-324 THEN 0.0 \
                 ELSE CAST(CAST({text} AS NUMERIC) AS DOUBLE PRECISION) END"
            ),
            Dialect::Duckdb => format!("TRY_CAST({text} AS DOUBLE)"),
        }
    }

    /// Civil seconds since 1970 as `2026-12-01 09:30`, as the verdict rows write a time.
    pub fn minute(self, seconds: &str) -> String {
        match self {
            Dialect::Postgres => format!(
                "to_char(TIMESTAMP '1970-01-01 00:00:00' + {seconds} * INTERVAL '1 second', 'YYYY-MM-DD HH24:MI')"
            ),
            Dialect::Duckdb => format!(
                "strftime(TIMESTAMP '1970-01-01 00:00:00' + to_seconds(CAST({seconds} AS BIGINT)), '%Y-%m-%d %H:%M')"
            ),
        }
    }
}

/// A string literal: `'it''s'`.
pub fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// A quoted identifier: `"Бюджет, руб"`.
pub fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A double literal that reads back as exactly `value` (finite values only).
pub fn number(value: f64, dialect: Dialect) -> String {
    // `{:?}` writes the shortest text that reads back as the same double.
    let text = format!("{value:?}");
    format!("CAST({text} AS {})", dialect.double())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_identifiers_are_quoted() {
        assert_eq!(literal("it's"), "'it''s'");
        assert_eq!(ident("Бюджет, \"руб\""), "\"Бюджет, \"\"руб\"\"\"");
        assert_eq!(number(0.1, Dialect::Postgres), "CAST(0.1 AS DOUBLE PRECISION)");
        assert_eq!(number(1e300, Dialect::Duckdb), "CAST(1e300 AS DOUBLE)");
    }
}
