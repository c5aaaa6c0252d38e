//! The backtest of a definition as one SQL query over the table of the history
//! (`leadrules sql --backtest`): the verdict query (`query_with`) is its first common table
//! expression, reading the outcome column and the channel field besides the verdicts; one
//! aggregation (`GROUPING SETS`) counts won, lost and open leads per class, grade, temperature
//! and channel, what each gate removed, the leads handed to sales and the outcome texts no list
//! names; the last level gives each group its share, conversion, 95 % Wilson interval and lift,
//! as `backtest --format json` writes them.
//!
//! The backtest's own words (the outcome lists, the sales classes, the channel field, the names
//! of the groups leadrules makes) come in `HistorySql`, resolved by the backtest's own functions:
//! nothing of the backtest is copied here.

use super::cells::Cells;
use super::dialect::{Dialect, ident, literal};
use super::{Extra, SqlOptions, query_with};
use crate::compile::program::RuleSet;
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::schema::FieldKind;

/// How the history's outcomes are read and its groups named, as the backtest reads and names them.
#[derive(Clone, Debug)]
pub struct HistorySql {
    /// The column holding each lead's outcome.
    pub outcome_column: String,
    /// Outcome texts (trimmed, lowercase) meaning won, lost and still open.
    pub won: Vec<String>,
    pub lost: Vec<String>,
    pub open: Vec<String>,
    /// The classes handed to sales.
    pub sales: Vec<String>,
    /// The slot of the field that names the channel, if any.
    pub channel: Option<usize>,
    /// The names the backtest gives its own groups.
    pub names: GroupNames,
}

/// The names the backtest gives the groups it makes itself.
#[derive(Clone, Debug)]
pub struct GroupNames {
    /// The overall group: `all leads`.
    pub all_leads: String,
    /// The temperature group of the disqualified leads.
    pub no_temperature: String,
    /// The channel group of the leads whose channel is not known.
    pub unknown_channel: String,
    /// How a blank outcome is listed among the texts no list names.
    pub blank_outcome: String,
}

/// The 95 % normal quantile of the Wilson interval, as `backtest::stats::wilson` has it.
const Z: f64 = 1.959_963_984_540_054;

/// The order of the dimensions in the query's rows.
const DIMENSIONS: [&str; 9] =
    ["rows", "unreadable", "overall", "admitted", "class", "channel", "grade", "temperature", "gate"];

/// The backtest query, or why it cannot be written (the query of the verdicts cannot, or the
/// channel field is of a kind whose groups SQL does not name as the backtest does).
pub fn backtest_query(rules: &RuleSet, options: &SqlOptions, history: &HistorySql) -> Result<String, Message> {
    let dialect = options.dialect;
    let cells = Cells { dialect, lang: Lang::En };
    let mut extra =
        Extra { columns: vec![(history.outcome_column.clone(), "history_outcome".into())], ..Extra::default() };
    let known = |column: &str| format!("CASE WHEN error IS NULL THEN {column} END");
    extra.select.push("history_outcome".into());
    extra.select.push(format!("{} AS history_class", known(&class_name(rules))));
    if let Some(slot) = history.channel {
        let field = &rules.schema.fields[slot];
        let f = format!("f{slot}");
        let value = match &field.kind {
            FieldKind::Text => f.clone(),
            FieldKind::OneOf(values) => {
                let arms: String =
                    values.iter().enumerate().map(|(k, v)| format!(" WHEN {k} THEN {}", literal(&v.name))).collect();
                format!("CASE {f}{arms} END")
            }
            FieldKind::YesNo => format!(
                "CASE WHEN {f} THEN {} ELSE {} END",
                literal(&Lang::En.text(&msg!("eval-value-yes"))),
                literal(&Lang::En.text(&msg!("eval-value-no")))
            ),
            _ => return Err(msg!("sql-backtest-channel-kind", field = field.name.as_str())),
        };
        // A text's group is its spelling (case and blanks aside); a value's, its name.
        let key = match field.kind {
            FieldKind::Text => format!("'t' || {}", cells.spelling(&f)),
            _ => format!("'v' || {value}"),
        };
        let placeholder = cells.placeholder(slot, &field.unknown_when).map(|_| format!("p{slot}"));
        let (key, name) = match &placeholder {
            Some(p) => (
                format!("CASE WHEN {p} IS NOT NULL THEN 'p' || {p} WHEN {f} IS NULL THEN 'u' ELSE {key} END"),
                format!(
                    "CASE WHEN {p} IS NOT NULL THEN {p} WHEN {f} IS NULL THEN {} ELSE {value} END",
                    literal(&history.names.unknown_channel)
                ),
            ),
            None => (
                format!("CASE WHEN {f} IS NULL THEN 'u' ELSE {key} END"),
                format!("CASE WHEN {f} IS NULL THEN {} ELSE {value} END", literal(&history.names.unknown_channel)),
            ),
        };
        extra.fields.push(slot);
        extra.select.push(format!("{} AS history_channel", known(&key)));
        extra.select.push(format!("{} AS history_channel_name", known(&name)));
    }
    for (k, gate) in rules.gates.iter().enumerate() {
        extra.select.push(format!("(t{} = FALSE) AS history_gate{k}", gate.condition.register.index()));
    }
    let inner_options = SqlOptions { view: None, ..options.clone() };
    let verdicts = query_with(rules, &inner_options, &extra)?;

    let mut out = header(rules, options, history);
    if let Some(view) = &options.view {
        out.push_str(&format!("CREATE VIEW {} AS\n", ident(view)));
    }
    out.push_str("WITH verdicts AS (\n");
    for line in verdicts.lines() {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("),\n");
    out.push_str(&judged(&cells, history));
    out.push_str(&tallies(rules, history, dialect));
    out.push_str(&groups(rules, history, dialect));
    out.push_str(&figures(dialect));
    out.push_str(if options.view.is_some() { ";\n" } else { "\n" });
    Ok(out)
}

/// The class's name at the last level of the verdict query (its `class_rule`).
fn class_name(rules: &RuleSet) -> String {
    let arms: String = rules
        .classes
        .iter()
        .enumerate()
        .filter_map(|(k, r)| rules.class_names.get(r.name.index()).map(|n| format!(" WHEN {k} THEN {}", literal(n))))
        .collect();
    if arms.is_empty() { "CAST(NULL AS VARCHAR)".into() } else { format!("CASE class_rule{arms} END") }
}

/// `text IN (list)`, FALSE for an empty list.
fn in_list(text: &str, list: &[String]) -> String {
    match list.is_empty() {
        true => "FALSE".into(),
        false => format!("{text} IN ({})", list.iter().map(|v| literal(v)).collect::<Vec<_>>().join(", ")),
    }
}

/// Each readable lead's outcome (`won`, `lost`, `open`; NULL for a row that could not be read),
/// and the outcome text no list names.
fn judged(cells: &Cells, history: &HistorySql) -> String {
    let o = "history_outcome_text";
    let named =
        format!("({} OR {} OR {})", in_list(o, &history.won), in_list(o, &history.lost), in_list(o, &history.open));
    format!(
        "judged AS (\n  SELECT *,\n    CASE WHEN error IS NOT NULL THEN NULL WHEN {} THEN 'won' WHEN {} THEN 'lost' ELSE 'open' END AS history_result,\n    \
         CASE WHEN error IS NULL AND ({o} IS NULL OR NOT {named}) THEN coalesce({o}, {}) END AS history_unrecognized\n  \
         FROM (SELECT *, {} AS {o} FROM verdicts) outcomes\n),\n",
        in_list(o, &history.won),
        in_list(o, &history.lost),
        literal(&history.names.blank_outcome),
        cells.fold("history_outcome"),
    )
}

/// `sum(CASE WHEN condition THEN 1 ELSE 0 END)` as a BIGINT.
fn count(condition: &str) -> String {
    format!("CAST(sum(CASE WHEN {condition} THEN 1 ELSE 0 END) AS BIGINT)")
}

/// Won, lost and open counts of the leads for which `condition` holds, named `{prefix}_won`….
fn outcome_counts(prefix: &str, condition: &str) -> Vec<String> {
    ["won", "lost", "open"]
        .iter()
        .map(|o| format!("{} AS {prefix}_{o}", count(&format!("{condition}history_result = '{o}'"))))
        .collect()
}

/// One aggregation over the judged leads: the whole history, and each class, grade,
/// temperature, channel and unnamed outcome text.
fn tallies(rules: &RuleSet, history: &HistorySql, dialect: Dialect) -> String {
    let mut keys = vec![("class", "history_class".to_string())];
    if !rules.profiles.is_empty() {
        keys.push(("grade", "CASE WHEN error IS NULL THEN \"grade\" END".into()));
    }
    if rules.temperature.is_some() {
        keys.push((
            "temperature",
            format!(
                "CASE WHEN error IS NULL THEN coalesce(\"temperature\", {}) END",
                literal(&history.names.no_temperature)
            ),
        ));
    }
    if history.channel.is_some() {
        keys.push(("channel", "history_channel".into()));
    }
    keys.push(("unrecognized", "history_unrecognized".into()));
    let mut columns: Vec<String> = Vec::new();
    for (name, _) in &keys {
        columns.push(format!("GROUPING(k_{name}) AS g_{name}"));
        columns.push(format!("k_{name}"));
    }
    columns.push("CAST(count(*) AS BIGINT) AS all_rows".into());
    columns.push(format!("{} AS unreadable", count("error IS NOT NULL")));
    columns.extend(outcome_counts("all", ""));
    let sales = in_list("history_class", &history.sales);
    columns.extend(outcome_counts("admitted", &format!("{sales} AND ")));
    for k in 0..rules.gates.len() {
        columns.extend(outcome_counts(&format!("gate{k}"), &format!("history_gate{k} AND ")));
    }
    let keyed: Vec<String> = keys.iter().map(|(name, e)| format!("{e} AS k_{name}")).collect();
    let sets: Vec<String> =
        std::iter::once("()".to_string()).chain(keys.iter().map(|(name, _)| format!("(k_{name})"))).collect();
    let whole: Vec<String> = keys.iter().map(|(name, _)| format!("g_{name} = 1")).collect();
    let mut out = format!(
        "keyed AS (\n  SELECT *,\n    {}\n  FROM judged\n),\ntallies AS (\n  SELECT\n    {}\n  FROM keyed\n  GROUP BY GROUPING SETS ({})\n),\n\
         whole AS (\n  SELECT * FROM tallies WHERE {}\n),\n",
        keyed.join(",\n    "),
        columns.join(",\n    "),
        sets.join(", "),
        whole.join(" AND ")
    );
    if history.channel.is_some() {
        out.push_str(&channel_names(dialect));
    }
    out
}

/// Each channel group's name, as the backtest names it (`backtest::spellings`): its most
/// frequent spelling, the first in byte order among equals.
fn channel_names(dialect: Dialect) -> String {
    format!(
        "channel_spellings AS (\n  SELECT history_channel AS spelt_group, history_channel_name AS spelling, count(*) AS spelt\n  \
         FROM keyed WHERE history_channel IS NOT NULL GROUP BY history_channel, history_channel_name\n),\n\
         channel_names AS (\n  SELECT spelt_group, spelling AS channel_name FROM (\n    SELECT spelt_group, spelling, \
         row_number() OVER (PARTITION BY spelt_group ORDER BY spelt DESC, {}) AS spelt_rank\n    \
         FROM channel_spellings\n  ) ranked WHERE spelt_rank = 1\n),\n",
        binary("spelling", dialect)
    )
}

/// Ordering text by its bytes, as the backtest sorts names: PostgreSQL's `C` collation
/// (whatever the database's), DuckDB's default one.
fn binary(text: &str, dialect: Dialect) -> String {
    match dialect {
        Dialect::Postgres => format!("{text} COLLATE \"C\""),
        Dialect::Duckdb => text.to_string(),
    }
}

/// `(0, 'A'), (1, 'B')`: the groups of a dimension in the backtest's order.
fn values(names: &[String]) -> String {
    names.iter().enumerate().map(|(k, n)| format!("({k}, {})", literal(n))).collect::<Vec<_>>().join(", ")
}

/// A row per group: its dimension, position, name and counts.
fn groups(rules: &RuleSet, history: &HistorySql, dialect: Dialect) -> String {
    let mut parts: Vec<String> = Vec::new();
    let row = |dimension: &str, position: &str, name: &str, prefix: &str, from: &str| {
        format!(
            "  SELECT '{dimension}' AS dimension, CAST({position} AS BIGINT) AS position, CAST({name} AS VARCHAR) AS name, \
             CAST(coalesce({prefix}_won, 0) AS BIGINT) AS won, CAST(coalesce({prefix}_lost, 0) AS BIGINT) AS lost, \
             CAST(coalesce({prefix}_open, 0) AS BIGINT) AS open FROM {from}"
        )
    };
    parts.push(format!(
        "  SELECT 'rows' AS dimension, CAST(0 AS BIGINT) AS position, CAST(NULL AS VARCHAR) AS name, \
         CAST(0 AS BIGINT) AS won, CAST(0 AS BIGINT) AS lost, CAST(all_rows AS BIGINT) AS open FROM whole"
    ));
    parts.push(
        "  SELECT 'unreadable', 0, NULL, CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(unreadable AS BIGINT) FROM whole"
            .into(),
    );
    parts.push(row("overall", "0", &literal(&history.names.all_leads), "all", "whole"));
    parts.push(row("admitted", "0", "NULL", "admitted", "whole"));
    let mut listed = |dimension: &str, names: Vec<String>, drop_empty_last: bool| {
        let from = format!(
            "(VALUES {}) AS n(position, name) LEFT JOIN (SELECT * FROM tallies WHERE g_{dimension} = 0) t ON t.k_{dimension} = n.name",
            values(&names)
        );
        let mut sql = row(dimension, "n.position", "n.name", "t.all", &from);
        if drop_empty_last {
            let last = names.len() - 1;
            sql.push_str(&format!(
                " WHERE n.position < {last} OR coalesce(t.all_won + t.all_lost + t.all_open, 0) > 0"
            ));
        }
        parts.push(sql);
    };
    listed("class", rules.class_names.clone(), false);
    if !rules.profiles.is_empty() {
        listed("grade", ["A", "B", "C", "D", "F"].iter().map(|g| g.to_string()).collect(), false);
    }
    if let Some(t) = &rules.temperature {
        let mut names = t.names.clone();
        names.push(history.names.no_temperature.clone());
        listed("temperature", names, true);
    }
    if history.channel.is_some() {
        let position = format!(
            "row_number() OVER (ORDER BY all_won + all_lost + all_open DESC, {}) - 1",
            binary("channel_name", dialect)
        );
        parts.push(row(
            "channel",
            &position,
            "channel_name",
            "all",
            "tallies JOIN channel_names ON k_channel = spelt_group WHERE g_channel = 0 AND k_channel IS NOT NULL",
        ));
    }
    for (k, gate) in rules.gates.iter().enumerate() {
        parts.push(row("gate", &k.to_string(), &literal(&gate.reason), &format!("gate{k}"), "whole"));
    }
    parts.push(format!(
        "  SELECT 'unrecognized_outcome', row_number() OVER (ORDER BY {}) - 1, k_unrecognized, CAST(0 AS BIGINT), \
         CAST(0 AS BIGINT), CAST(all_won + all_lost + all_open AS BIGINT) FROM tallies WHERE g_unrecognized = 0 AND k_unrecognized IS NOT NULL",
        binary("k_unrecognized", dialect)
    ));
    format!("groups AS (\n{}\n),\n", parts.join("\n  UNION ALL\n"))
}

/// The figures of each group, as the backtest computes them (`backtest::stats`).
fn figures(dialect: Dialect) -> String {
    let double = dialect.double();
    let n = format!("CAST(g.won + g.lost AS {double})");
    let p = format!("(CAST(g.won AS {double}) / {n})");
    let z = super::dialect::number(Z, dialect);
    let z2 = format!("({z} * {z})");
    let denominator = format!("(1.0 + {z2} / {n})");
    let center = format!("(({p} + {z2} / (2.0 * {n})) / {denominator})");
    let half = format!("({z} / {denominator} * sqrt({p} * (1.0 - {p}) / {n} + {z2} / (4.0 * {n} * {n})))");
    let decided = "g.won + g.lost > 0";
    let order: String = DIMENSIONS.iter().enumerate().map(|(k, d)| format!(" WHEN '{d}' THEN {k}")).collect();
    let leads = "(g.won + g.lost + g.open)";
    // The rows of the table and those that could not be read are counts, with no outcomes.
    let counted = "g.dimension IN ('rows', 'unreadable')";
    format!(
        "totals AS (\n  SELECT all_won + all_lost + all_open AS total,\n    \
         CASE WHEN all_won + all_lost > 0 THEN CAST(all_won AS {double}) / CAST(all_won + all_lost AS {double}) END AS rate\n  FROM whole\n)\n\
         SELECT\n  g.dimension,\n  g.position,\n  g.name,\n  \
         {leads} AS leads,\n  \
         CASE WHEN {counted} THEN NULL WHEN t.total > 0 THEN CAST({leads} AS {double}) / CAST(t.total AS {double}) ELSE 0.0 END AS share,\n  \
         CASE WHEN {counted} THEN NULL ELSE g.won END AS won,\n  \
         CASE WHEN {counted} THEN NULL ELSE g.lost END AS lost,\n  \
         CASE WHEN {counted} THEN NULL ELSE g.open END AS open,\n  \
         CASE WHEN {decided} THEN {p} END AS conversion,\n  \
         CASE WHEN {decided} THEN greatest({center} - {half}, 0.0) END AS interval_low,\n  \
         CASE WHEN {decided} THEN least({center} + {half}, 1.0) END AS interval_high,\n  \
         CASE WHEN {decided} AND t.rate > 0 THEN {p} / t.rate END AS lift\n\
         FROM groups g CROSS JOIN totals t\nORDER BY CASE g.dimension{order} ELSE {} END, g.position",
        DIMENSIONS.len()
    )
}

/// The comment at the top of the query: what it gives, how it reads the outcomes, what it leaves out.
fn header(rules: &RuleSet, options: &SqlOptions, history: &HistorySql) -> String {
    let lang = options.lang;
    let list = |l: &[String]| l.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ");
    let channel = history.channel.map(|slot| rules.schema.fields[slot].name.clone()).unwrap_or_else(|| "-".into());
    let lines = [
        msg!(
            "sql-backtest-comment-title",
            definition = rules.name(),
            file = rules.file_name(),
            engine = options.dialect.name()
        ),
        msg!(
            "sql-backtest-comment-outcomes",
            column = history.outcome_column.as_str(),
            won = list(&history.won),
            lost = list(&history.lost),
            open = list(&history.open)
        ),
        msg!("sql-backtest-comment-groups", channel = channel, sales = list(&history.sales)),
        msg!("sql-backtest-comment-left-out"),
    ];
    let mut out = String::new();
    for line in lines {
        for piece in lang.text(&line).lines() {
            out.push_str("-- ");
            out.push_str(piece);
            out.push('\n');
        }
    }
    out
}
