//! Matching the rules' fields to the file's columns (CSV headers or JSON keys).
//!
//! A field is bound to the FIRST of its `columns` that the file has, comparing names after
//! trimming spaces, ignoring case (Unicode lowercase) and ignoring a byte-order mark. Two fields
//! may read the same column; columns no field reads are ignored. A field with no column is
//! unknown for every lead, with a warning; a file where no field has a column is an error. A
//! column name that repeats (compared the same way) is a warning, or an error when a field reads
//! it: the value could be in either.

use std::borrow::Cow;

use super::InputError;
use super::error::{HeaderBelow, Joint, file_name, joined, quoted};
use super::values::{CellReader, column_decimal_mark};
use crate::message::{Arg, Message};
use crate::msg;
use crate::schema::Schema;

/// A column or key name as compared: without byte-order marks, trimmed, lowercase.
pub(crate) fn normalize(name: &str) -> Cow<'_, str> {
    // The usual key: ASCII, lowercase, nothing to trim.
    let bytes = name.as_bytes();
    let plain = |b: &u8| b.is_ascii() && !b.is_ascii_uppercase();
    let edge = |b: Option<&u8>| b.is_some_and(|b| !(*b as char).is_whitespace());
    if bytes.iter().all(plain) && edge(bytes.first()) && edge(bytes.last()) {
        return Cow::Borrowed(name);
    }
    let trimmed = name.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if trimmed.chars().any(|c| c.is_uppercase() || c == '\u{FEFF}') {
        Cow::Owned(trimmed.chars().filter(|c| *c != '\u{FEFF}').flat_map(char::to_lowercase).collect())
    } else {
        Cow::Borrowed(trimmed)
    }
}

/// A column name as shown to the user: trimmed, without byte-order marks.
pub(crate) fn display_name(name: &str) -> String {
    name.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}').replace('\u{FEFF}', "")
}

/// The fields of a schema prepared for reading: how to read each, and the normalized column
/// names to look for, in order of preference.
#[derive(Clone, Debug)]
pub(crate) struct FieldTable {
    pub(crate) readers: Vec<CellReader>,
    pub(crate) wanted: Vec<Vec<String>>,
    /// Slot of the key field.
    pub(crate) key: Option<usize>,
}

impl FieldTable {
    pub(crate) fn new(schema: &Schema) -> FieldTable {
        FieldTable {
            readers: schema
                .fields
                .iter()
                .map(|f| CellReader::new(&f.kind).with_decimal_mark(f.decimal_mark).with_placeholders(&f.unknown_when))
                .collect(),
            // A field no rule reads is not read either (a bad value in it must not fail the
            // lead), except the key, which names the lead.
            wanted: schema
                .fields
                .iter()
                .enumerate()
                .map(|(slot, f)| {
                    if f.used || schema.key == Some(slot) {
                        f.columns.iter().map(|c| normalize(c).into_owned()).collect()
                    } else {
                        Vec::new()
                    }
                })
                .collect(),
            key: schema.key,
        }
    }

    /// Gives each number-like field bound to a column the decimal mark that column's cells in
    /// `sample` show (records as cell texts), where the definition declares none, so that a
    /// cell such as `1.000` reads the way the rest of its column is written.
    pub(crate) fn learn_decimal_marks(&mut self, bindings: &[Option<usize>], sample: &[Vec<String>]) {
        for (slot, column) in bindings.iter().enumerate() {
            let (Some(column), Some(reader)) = (*column, self.readers.get_mut(slot)) else { continue };
            if !reader.reads_numbers() || reader.decimal_mark().is_some() {
                continue;
            }
            let mark = column_decimal_mark(sample.iter().filter_map(|record| record.get(column).map(String::as_str)));
            *reader = reader.clone().with_decimal_mark(mark);
        }
    }

    /// For each field slot, the index of the first of its columns found among `names`
    /// (already normalized). The first occurrence wins when a name repeats.
    pub(crate) fn bind<S: AsRef<str>>(&self, names: &[S]) -> Vec<Option<usize>> {
        // Each name's first position, looked up once per wanted name: linear in the columns
        // and fields, however many there are.
        let mut first: foldhash::HashMap<&str, usize> = Default::default();
        for (position, name) in names.iter().enumerate() {
            first.entry(name.as_ref()).or_insert(position);
        }
        self.wanted.iter().map(|wanted| wanted.iter().find_map(|w| first.get(w.as_str()).copied())).collect()
    }
}

/// A file's header bound to the schema's fields, as every tabular source (CSV, workbooks) does
/// it: fields to columns, each number column's decimal mark learnt from `sample` (records as
/// cell texts), and the warnings (fields without a column, repeated column names).
pub(crate) struct BoundHeader {
    pub(crate) fields: FieldTable,
    /// For each field slot, the index of its column in the header.
    pub(crate) bindings: Vec<Option<usize>>,
    /// For each field slot, the column it is read from, as written in the file.
    pub(crate) columns: Vec<Option<String>>,
    pub(crate) warnings: Vec<Message>,
}

/// Binds `header` (the column names as written) to `schema`; an error when no field has a
/// column, or a field reads a column whose name is repeated.
pub(crate) fn bind_header(
    file: &str,
    schema: &Schema,
    header: &[String],
    sample: &[Vec<String>],
) -> Result<BoundHeader, InputError> {
    let normalized: Vec<String> = header.iter().map(|h| normalize(h).into_owned()).collect();
    let mut fields = FieldTable::new(schema);
    let bindings = fields.bind(&normalized);
    if bindings.iter().all(Option::is_none) {
        return Err(no_matching_column(file, schema, header));
    }
    fields.learn_decimal_marks(&bindings, sample);
    let mut warnings: Vec<Message> = (0..bindings.len())
        .filter(|slot| bindings[*slot].is_none() && schema.fields[*slot].warned_when_missing())
        .map(|slot| missing_column_warning(file, schema, slot))
        .collect();
    warnings.extend(check_duplicates(file, schema, &bindings, header, &normalized)?);
    let columns = bindings.iter().map(|b| b.map(|col| header[col].clone())).collect();
    Ok(BoundHeader { fields, bindings, columns, warnings })
}

/// Each name (already normalized, not empty) that occurs more than once in `names`, as the
/// positions of its occurrences, in the order the names first occur.
pub(crate) fn duplicates<S: AsRef<str>>(names: &[S]) -> Vec<Vec<usize>> {
    let mut seen: foldhash::HashMap<&str, usize> = Default::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (position, name) in names.iter().enumerate().filter(|(_, n)| !n.as_ref().is_empty()) {
        match seen.get(name.as_ref()) {
            Some(&group) => groups[group].push(position),
            None => {
                seen.insert(name.as_ref(), groups.len());
                groups.push(vec![position]);
            }
        }
    }
    groups.retain(|g| g.len() > 1);
    groups
}

/// Checks a header (`shown` as written, `normalized` as compared) whose fields are bound by
/// `bindings` for repeated column names: a repeated column a field reads is an error (which
/// one holds the value?); one no field reads is a warning, returned.
pub(crate) fn check_duplicates(
    file: &str,
    schema: &Schema,
    bindings: &[Option<usize>],
    shown: &[String],
    normalized: &[String],
) -> Result<Vec<Message>, InputError> {
    let mut warnings = Vec::new();
    let mut slot_reading: foldhash::HashMap<usize, usize> = Default::default();
    for (slot, column) in bindings.iter().enumerate() {
        if let Some(column) = column {
            slot_reading.entry(*column).or_insert(slot);
        }
    }
    for group in duplicates(normalized) {
        let column = &shown[group[0]];
        let positions: Vec<String> = group.iter().map(|p| (p + 1).to_string()).collect();
        let place = msg!("input-place-header", count = group.len(), positions = Arg::all_of(positions));
        if let Some(slot) = group.iter().filter_map(|col| slot_reading.get(col)).min().copied() {
            return Err(InputError::DuplicateColumn {
                name: file.to_string(),
                field: schema.fields[slot].name.clone(),
                column: column.clone(),
                place,
            });
        }
        warnings.push(msg!("input-warn-repeated-column", file = file_name(file), column = column, place = place));
    }
    Ok(warnings)
}

/// The warning for a field that has no column in the file.
pub(crate) fn missing_column_warning(file: &str, schema: &Schema, slot: usize) -> Message {
    let field = &schema.fields[slot];
    let tried = joined(field.columns.iter().map(|c| quoted(c)), Joint::Or);
    msg!("input-warn-missing-column", file = file_name(file), field = &field.name, columns = tried)
}

/// The error for a file in which no field has a column.
pub(crate) fn no_matching_column(file: &str, schema: &Schema, found: &[String]) -> InputError {
    InputError::NoMatchingColumn {
        name: file.to_string(),
        fields: schema.fields.iter().map(|f| (f.name.clone(), f.columns.clone())).collect(),
        found: found.iter().filter(|c| !c.is_empty()).cloned().collect(),
        header_below: None,
    }
}

/// `error`, when no column matches, told where the header is if a record of `sample` (the
/// records after the line read as the header, which is line or row `header`; `place` gives
/// each one's line, or its row `in_workbook`) names the rules' columns.
pub(crate) fn header_below(
    error: InputError,
    schema: &Schema,
    sample: &[Vec<String>],
    (header, in_workbook): (u64, bool),
    place: impl Fn(usize) -> u64,
) -> InputError {
    match error {
        InputError::NoMatchingColumn { name, fields, found, header_below: None } => {
            let header_below = header_in_sample(schema, found.len(), sample).map(|(index, columns)| HeaderBelow {
                header,
                place: place(index),
                in_workbook,
                columns,
            });
            InputError::NoMatchingColumn { name, fields, found, header_below }
        }
        other => other,
    }
}

/// The first record of `sample` (the records after the first line, as cell texts) that is the
/// header, under a title, and the column names it gives: where its cells name a column of a
/// field of `schema`; or, for a schema without fields (`init`, which takes every column), when
/// the first line names at most one column (`first_names`, a title) and the record names at
/// least three, all different and none a number. Looked for in the first few records only: a
/// header is at the top.
pub(crate) fn header_in_sample(
    schema: &Schema,
    first_names: usize,
    sample: &[Vec<String>],
) -> Option<(usize, Vec<String>)> {
    const LOOKED_AT: usize = 10;
    let fields = FieldTable::new(schema);
    sample.iter().take(LOOKED_AT).enumerate().find_map(|(index, record)| {
        let named: Vec<String> = match schema.fields.is_empty() {
            false => {
                let normalized: Vec<String> = record.iter().map(|cell| normalize(cell).into_owned()).collect();
                let mut named: Vec<usize> = fields.bind(&normalized).into_iter().flatten().collect();
                named.sort_unstable();
                named.dedup();
                named.iter().map(|c| display_name(&record[*c])).collect()
            }
            true if first_names <= 1 => names_of_a_header(record),
            true => Vec::new(),
        };
        (!named.is_empty()).then_some((index, named))
    })
}

/// The cells of `record` when they read as column names (at least three, all different, none
/// a number), else none.
fn names_of_a_header(record: &[String]) -> Vec<String> {
    let names: Vec<String> = record.iter().map(|c| display_name(c)).filter(|c| !c.is_empty()).collect();
    let mut seen: Vec<String> = names.iter().map(|n| normalize(n).into_owned()).collect();
    seen.sort_unstable();
    seen.dedup();
    let numeric = names.iter().any(|n| n.replace([' ', '\u{a0}', ',', '.'], "").parse::<f64>().is_ok());
    match names.len() >= 3 && seen.len() == names.len() && !numeric {
        true => names,
        false => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{FieldKind, FieldSpec};

    fn field(name: &str, columns: &[&str]) -> FieldSpec {
        FieldSpec {
            name: name.into(),
            kind: FieldKind::Number,
            columns: columns.iter().map(|c| c.to_string()).collect(),
            used: true,
            decimal_mark: None,
            unknown_when: Vec::new(),
        }
    }

    #[test]
    fn names_are_compared_trimmed_and_ignoring_case() {
        assert_eq!(normalize("  \u{FEFF}Сотрудников "), "сотрудников");
        assert_eq!(normalize("\u{FEFF}ID"), "id");
        assert!(matches!(normalize("id"), Cow::Borrowed(_)));
        assert_eq!(display_name("\u{FEFF} Бюджет, руб "), "Бюджет, руб");
    }

    #[test]
    fn the_first_present_column_wins() {
        let schema = Schema {
            fields: vec![
                field("employees", &["Сотрудников", "Employees"]),
                field("staff", &["EMPLOYEES"]),
                field("budget", &["Бюджет"]),
            ],
            key: None,
        };
        let table = FieldTable::new(&schema);
        let header = ["employees", "id", "сотрудников", "employees"];
        assert_eq!(table.bind(&header), vec![Some(2), Some(0), None]);
    }
}
