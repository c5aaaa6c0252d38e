//! The definition compiled to one SQL query that gives every row of a table of leads the
//! verdict `qualify` gives it, so a data team can run the definition where the leads live
//! (`leadrules sql`). The query is built from the compiled, checked definition
//! (`compile::program`), never from the syntax: `cells` reads the CRM's text as the reader
//! does, `logic` writes the program's steps in SQL's three-valued logic, `verdict` derives the
//! blocks and the verdict columns, `dialect` holds what PostgreSQL and DuckDB write differently.
//!
//! The query is a chain of common table expressions over one scan of the table: each level
//! adds its columns to those of the one before that a later level reads (`carry`), so the plan
//! reads the table once and a row carries no column past the last level that reads it.
//! A number that reads two ways (`1.000`) is read with the field's declared decimal mark, else
//! the one given or learnt from a sample export (`Marks`): never guessed from the table.
//! A blank row (every cell empty or blank) gets no row, as the reader skips a blank record.

mod carry;
mod cells;
pub mod dialect;
mod history;
mod logic;
mod verdict;

pub use dialect::Dialect;
pub use history::{GroupNames, HistorySql, backtest_query};

use crate::compile::program::{Derived, RuleSet};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::schema::{DecimalMark, FieldKind};
use cells::{Cells, column_of, quoted_column};
use dialect::ident;

/// What the query is written for and over.
#[derive(Clone, Debug)]
pub struct SqlOptions {
    /// The engine.
    pub dialect: Dialect,
    /// The table (or view) of leads, its columns the export's, all text.
    pub table: String,
    /// When given, the query is a `CREATE VIEW` of this name.
    pub view: Option<String>,
    /// Columns that differ from a field's first `from` name: (field, column).
    pub columns: Vec<(String, String)>,
    /// Fields the table has no column for (the sample's header has none of their `from`
    /// names): read as NULL, unknown for every lead, as `qualify` reads a file without them.
    pub absent: Vec<String>,
    /// The language of the reasons the query gives (unreadable cells).
    pub lang: Lang,
    /// The decimal mark of the number fields that declare none.
    pub marks: Marks,
}

/// The decimal mark of the number fields that declare none: a number such as `1.000` reads as
/// 1 or 1000, and a table, unlike an export read from its first rows, does not show which mark
/// its numbers were written with. The query never guesses it: it is given, or learnt from a
/// sample export as `qualify` learns it, or the query is refused (`sql-decimal-mark-needed`).
#[derive(Clone, Debug, Default)]
pub enum Marks {
    /// Neither `--decimal-mark` nor `--sample`: a query reading such a field is refused.
    #[default]
    Unset,
    /// `--decimal-mark`: the same mark for every such field.
    Given(DecimalMark),
    /// `--sample FILE`: each field slot's mark as `qualify` learns it from the file (`None`
    /// where its column shows none: a number that reads two ways is then an error, as there).
    Sample { file: String, marks: Vec<Option<DecimalMark>> },
}

impl Marks {
    /// The mark field `slot` is read with, when it declares none.
    fn of(&self, slot: usize) -> Option<DecimalMark> {
        match self {
            Marks::Unset => None,
            Marks::Given(mark) => Some(*mark),
            Marks::Sample { marks, .. } => marks.get(slot).copied().flatten(),
        }
    }
}

/// Whether a field reads numbers whose decimal mark may matter (as `CellReader::reads_numbers`).
fn reads_numbers(kind: &FieldKind) -> bool {
    matches!(kind, FieldKind::Number | FieldKind::Money | FieldKind::Percent | FieldKind::Duration(_))
}

/// Reads `--columns field=column,...`; the error names the pair that is not one.
pub fn parse_columns(text: &str) -> Result<Vec<(String, String)>, Message> {
    // A column name may hold a comma (`Бюджет, руб`): a piece without `=` belongs to the one before.
    let mut pieces: Vec<String> = Vec::new();
    for piece in text.split(',') {
        match pieces.last_mut() {
            Some(last) if !piece.contains('=') => {
                last.push(',');
                last.push_str(piece);
            }
            _ => pieces.push(piece.to_string()),
        }
    }
    let mut pairs = Vec::new();
    for pair in pieces.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some((field, column)) if !field.trim().is_empty() && !column.trim().is_empty() => {
                pairs.push((field.trim().to_string(), column.trim().to_string()))
            }
            _ => return Err(msg!("sql-columns-not-a-pair", pair = pair)),
        }
    }
    Ok(pairs)
}

/// What a query built over the verdict query reads besides the verdicts (`history`): more
/// fields, columns of the table as they are, and more expressions over the last level.
#[derive(Default)]
pub(crate) struct Extra {
    /// Fields read though no rule uses them (their cells are checked as the reader checks them).
    pub fields: Vec<usize>,
    /// Columns of the table, trimmed (NULL when blank): (column, alias).
    pub columns: Vec<(String, String)>,
    /// Expressions over the last level, `expression AS name`, after the verdict columns.
    pub select: Vec<String>,
}

/// The query for `rules` (a definition that classifies), or what stops it from being written.
pub fn query(rules: &RuleSet, options: &SqlOptions) -> Result<String, Message> {
    query_with(rules, options, &Extra::default())
}

/// The verdict query, reading and giving what `extra` asks for as well.
pub(crate) fn query_with(rules: &RuleSet, options: &SqlOptions, extra: &Extra) -> Result<String, Message> {
    for (field, _) in &options.columns {
        if rules.schema.slot_of(field).is_none() {
            let fields: Vec<String> = rules.schema.fields.iter().map(|f| format!("`{}`", f.name)).collect();
            return Err(msg!("sql-columns-unknown-field", field = field.as_str(), fields = fields.join(", ")));
        }
    }
    let dialect = options.dialect;
    let cells = Cells { dialect, lang: options.lang };
    let read: Vec<usize> = rules
        .schema
        .fields
        .iter()
        .enumerate()
        .filter(|(slot, f)| f.used || rules.schema.key == Some(*slot) || extra.fields.contains(slot))
        .map(|(slot, _)| slot)
        .collect();
    // The number fields whose decimal mark the definition does not declare (`format`).
    let unmarked: Vec<usize> = read
        .iter()
        .copied()
        .filter(|slot| {
            let field = &rules.schema.fields[*slot];
            reads_numbers(&field.kind) && field.decimal_mark.is_none()
        })
        .collect();
    if matches!(options.marks, Marks::Unset) && !unmarked.is_empty() {
        let fields: Vec<String> =
            unmarked.iter().map(|slot| format!("`{}`", rules.schema.fields[*slot].name)).collect();
        return Err(msg!("sql-decimal-mark-needed", count = fields.len(), fields = fields.join(", ")));
    }
    // The first level reads the table: each field's column, trimmed (NULL when blank), and as written.
    let mut first = Vec::new();
    // Each column read, blank: a row blank in all of them may be a blank row (see `blank_row`).
    let mut blank_cells = Vec::new();
    let mut folded = Vec::new();
    let mut pre0 = Vec::new();
    let mut pre = Vec::new();
    let mut parts = Vec::new();
    let mut signs = Vec::new();
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for &slot in &read {
        let field = &rules.schema.fields[slot];
        let absent = options.absent.contains(&field.name);
        let column = match absent {
            true => "CAST(NULL AS VARCHAR)".to_string(),
            false => quoted_column(field, &options.columns),
        };
        first.push(format!("NULLIF({}, '') AS c{slot}", cells.trim(&column)));
        blank_cells.push(format!("coalesce({}, '') = ''", cells.trim(&column)));
        first.push(format!("{column} AS r{slot}"));
        let mark = field.decimal_mark.or_else(|| options.marks.of(slot));
        let mut sql = cells.field(slot, field, mark, column_of(field, &options.columns));
        if absent {
            // No cell to reject: the field is unknown for every lead.
            sql.error = "NULL".to_string();
        }
        if matches!(field.kind, crate::schema::FieldKind::OneOf(_)) || !field.unknown_when.is_empty() {
            folded.push(cells.spelled(slot));
        }
        if let Some(placeholder) = cells.placeholder(slot, &field.unknown_when) {
            // A placeholder cell (`unknown when "Select"`) is unknown, never unreadable.
            pre0.push(format!("{placeholder} AS p{slot}"));
            sql.value = format!("CASE WHEN p{slot} IS NULL THEN {} END", sql.value);
            if sql.error != "NULL" {
                sql.error = format!("CASE WHEN p{slot} IS NULL THEN {} END", sql.error);
            }
        }
        folded.extend(sql.folded);
        pre0.extend(sql.pre0);
        pre.extend(sql.pre);
        parts.extend(sql.parts);
        signs.extend(sql.signs);
        values.push(format!("{} AS f{slot}", sql.value));
        if sql.error != "NULL" {
            errors.push(format!("{} AS e{slot}", sql.error));
        }
    }
    for (column, alias) in &extra.columns {
        first.push(format!("NULLIF({}, '') AS {alias}", cells.trim(&ident(column))));
        blank_cells.push(format!("coalesce({}, '') = ''", cells.trim(&ident(column))));
    }
    let error_names: Vec<String> = read
        .iter()
        .filter(|slot| errors.iter().any(|e| e.ends_with(&format!(" AS e{slot}"))))
        .map(|slot| format!("e{slot}"))
        .collect();
    let error = match error_names.is_empty() {
        true => "CAST(NULL AS VARCHAR) AS error".to_string(),
        false => format!("NULLIF(concat_ws('; ', {}), '') AS error", error_names.join(", ")),
    };
    let mut levels: Vec<(String, Vec<String>)> = vec![
        ("spelled".into(), folded),
        ("unsigned".into(), pre0),
        ("pre".into(), pre),
        ("parts".into(), parts),
        ("signs".into(), signs),
        ("leads".into(), values),
        ("checked".into(), errors),
        ("errors".into(), vec![error]),
    ];
    let folds = logic::Folds {
        fold: Box::new(move |t: &str| Cells { dialect, lang: Lang::En }.fold(t)),
        spelling: Box::new(move |t: &str| Cells { dialect, lang: Lang::En }.spelling(t)),
    };
    let mut logic = logic::Logic::new(rules, dialect, folds);
    logic.tests();
    if !rules.order.contains(&Derived::Minimum) {
        levels.push(("minimum".into(), vec!["TRUE AS minimum".into()]));
    }
    levels.extend(verdict::levels(rules, &mut logic, dialect));
    // A step or block the compiler to SQL does not express is refused, never written as NULL.
    if let Some(what) = logic.missing().first() {
        return Err(msg!("sql-not-expressible", what = what.as_str()));
    }
    let unknown: Vec<String> = rules
        .schema
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.used)
        .map(|(slot, f)| match cells.placeholder(slot, &f.unknown_when) {
            // Named as qualify names it: `source = "Select"`.
            Some(_) => format!(
                "CASE WHEN p{slot} IS NOT NULL THEN {} || p{slot} || '\"' WHEN f{slot} IS NULL THEN {} END",
                dialect::literal(&format!("{} = \"", f.name)),
                dialect::literal(&f.name)
            ),
            None => format!("CASE WHEN f{slot} IS NULL THEN {} END", dialect::literal(&f.name)),
        })
        .collect();
    let unknown = match unknown.is_empty() {
        true => "CAST(NULL AS VARCHAR)".to_string(),
        false => format!("NULLIF(concat_ws(', ', {}), '')", unknown.join(", ")),
    };
    let mut columns = verdict::columns(rules, dialect, &unknown, options.lang);
    columns.extend(extra.select.iter().cloned());

    let mut out = String::new();
    out.push_str(&header(rules, options, &unmarked));
    if let Some(view) = &options.view {
        out.push_str(&format!("CREATE VIEW {} AS\n", ident(view)));
    }
    out.push_str(&format!("WITH blank AS (\n  SELECT {} AS blank\n),\n", cells.blank()));
    out.push_str(&format!(
        "cells AS (\n  SELECT\n    {},\n    blank\n  FROM {} AS lead_row CROSS JOIN blank\n  WHERE {}\n)",
        first.join(",\n    "),
        table_name(&options.table),
        blank_row(dialect, &blank_cells)
    ));
    let levels: Vec<(String, Vec<String>)> = levels.into_iter().filter(|(_, e)| !e.is_empty()).collect();
    // Each level carries the columns of the one before that a later level or the last SELECT reads.
    let mut made = vec![first.iter().cloned().chain(["blank".to_string()]).collect::<Vec<_>>()];
    made.extend(levels.iter().map(|(_, expressions)| expressions.clone()));
    let carried = carry::carried(&made, &columns);
    let mut previous = "cells".to_string();
    for ((name, expressions), carried) in levels.into_iter().zip(carried) {
        let carried = match carried.is_empty() {
            true => String::new(),
            false => format!(" {},", carried.join(", ")),
        };
        out.push_str(&format!(
            ",\n{name} AS (\n  SELECT{carried}\n    {}\n  FROM {previous}{}\n)",
            expressions.join(",\n    "),
            dialect.keep_level()
        ));
        previous = name;
    }
    out.push_str(&format!("\nSELECT\n  {}\nFROM {previous}", columns.join(",\n  ")));
    out.push_str(if options.view.is_some() { ";\n" } else { "\n" });
    Ok(out)
}

/// The condition that keeps a row of the table (`lead_row`): every row but a blank one, whose
/// every cell is empty or blank, as the reader skips a blank record (rows in = verdicts, error
/// rows included, + blank rows). Only a row blank in every column the query reads (`blank_cells`)
/// has its other columns looked at.
fn blank_row(dialect: Dialect, blank_cells: &[String]) -> String {
    let filled = match dialect {
        Dialect::Postgres => "EXISTS (SELECT 1 FROM json_each_text(row_to_json(lead_row)) AS cell \
                              WHERE btrim(cell.value, blank) <> '')"
            .to_string(),
        Dialect::Duckdb => "len(list_filter(json_extract_string(to_json(lead_row), '$.*'), \
                            lambda cell: trim(cell, blank) <> '')) > 0"
            .to_string(),
    };
    match blank_cells.is_empty() {
        true => filled,
        false => format!("CASE WHEN {} THEN {filled} ELSE TRUE END", blank_cells.join(" AND ")),
    }
}

/// A table name as given: `schema.table` is two quoted identifiers.
fn table_name(table: &str) -> String {
    table.split('.').map(ident).collect::<Vec<_>>().join(".")
}

/// The comment at the top of the query: what it is, what SQL leaves out, and the decimal mark
/// each number field without a declared one (`unmarked`) is read with.
fn header(rules: &RuleSet, options: &SqlOptions, unmarked: &[usize]) -> String {
    let lang = options.lang;
    let mut lines = vec![lang.text(&msg!(
        "sql-comment-title",
        definition = rules.name(),
        file = rules.file_name(),
        engine = options.dialect.name()
    ))];
    lines.push(lang.text(&msg!("sql-comment-left-out")));
    lines.push(lang.text(&msg!("sql-comment-unknown")));
    if !options.absent.is_empty() {
        let fields: Vec<String> = options.absent.iter().map(|field| format!("`{field}`")).collect();
        lines.push(lang.text(&msg!("sql-comment-absent", count = fields.len(), fields = fields.join(", "))));
    }
    if !unmarked.is_empty() {
        // The fields grouped by their mark: "`,` for `employees`, `budget`; none shown for `revenue`".
        let mut groups: Vec<String> = Vec::new();
        for mark in [Some(DecimalMark::Comma), Some(DecimalMark::Point), None] {
            let fields: Vec<String> = unmarked
                .iter()
                .filter(|slot| options.marks.of(**slot) == mark)
                .map(|slot| format!("`{}`", rules.schema.fields[*slot].name))
                .collect();
            if fields.is_empty() {
                continue;
            }
            let mark = match mark {
                Some(mark) => format!("`{}`", mark.char()),
                None => lang.text(&msg!("sql-comment-decimal-mark-none")),
            };
            groups.push(lang.text(&msg!("sql-comment-decimal-mark-for", mark = mark, fields = fields.join(", "))));
        }
        let fields = groups.join("; ");
        lines.push(lang.text(&match &options.marks {
            Marks::Sample { file, .. } => {
                msg!("sql-comment-decimal-mark-sample", file = file.as_str(), fields = fields)
            }
            _ => msg!("sql-comment-decimal-mark-given", fields = fields),
        }));
    }
    let mut out = String::new();
    for line in lines {
        for piece in line.lines() {
            out.push_str("-- ");
            out.push_str(piece);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests;
