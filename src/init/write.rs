//! Writing the starting definition: the plan (which column becomes which field, the key, the
//! outcome) and its text, in English keywords (the caller lets the formatter lay it out and,
//! when asked, write the keywords in Russian). Every comment is a message, said in the chosen
//! language; the names, columns and values are the export's own.
//!
//! Placeholders (`Select`, `-`, `не указано`) are declared `unknown when`: one seen in several
//! declared columns on the `fields` block, for every field, one seen in a single column on that
//! field's own line; spellings that differ only in case and blanks are one placeholder.
//!
//! The skeleton reads every field, so that `check --deny-warnings` finds nothing: a profile
//! with one criterion per column (a guess from the data, to edit), a gate on the best-filled
//! number (its lowest tenth) or yes/no, a score from the profile fit, and classes from the score.

use super::infer::{self, Choice, Inferred, Outcome};
use super::names::NameBook;
use super::profile::ColumnProfile;
use super::{ExportProfile, InitOptions};
use crate::locale::Lang;
use crate::message::{Arg, Joiner, Message};
use crate::msg;
use crate::schema::{DateFormat, DateOrder, DecimalMark, FieldKind};
use crate::syntax::ast::DurationUnit;
use crate::value::fold_spelling;

/// What a column becomes.
#[derive(Clone, Debug, PartialEq)]
enum Role {
    Field,
    Key,
    Outcome(Outcome),
    Empty,
    /// A second identifier (all different, named like an ID): no rule would read it.
    OtherId,
}

/// One column's part in the definition.
#[derive(Clone, Debug)]
struct ColumnPlan {
    name: String,
    inferred: Inferred,
    role: Role,
    /// For `one of`: each choice's name.
    choice_names: Vec<String>,
    mark: Option<DecimalMark>,
    /// The placeholders declared on the field's own line (the block's are not repeated).
    own_placeholders: Vec<String>,
    /// A duration whose cells are bare numbers, the unit named by the header only: declared
    /// `number in seconds`, as the CRM's column is (`days` when the cells say `3 дня`).
    counted: bool,
}

/// A placeholder seen in several columns, declared for the whole `fields` block.
#[derive(Clone, Debug, PartialEq)]
struct SharedPlaceholder {
    /// Its most common spelling.
    spelling: String,
    /// Cells that hold it, in every column.
    cells: u64,
    /// Declared columns that hold it.
    columns: usize,
}

/// Every column's part, in the export's order.
#[derive(Debug)]
pub(super) struct Plan {
    columns: Vec<ColumnPlan>,
    /// The block's placeholders, the most common first.
    shared: Vec<SharedPlaceholder>,
}

impl Plan {
    /// How many fields the definition declares.
    pub(super) fn field_count(&self) -> usize {
        self.columns.iter().filter(|c| matches!(c.role, Role::Field | Role::Key)).count()
    }
}

/// Decides each column's kind, role and name.
pub(super) fn plan(export: &ExportProfile) -> Plan {
    let inferred: Vec<Inferred> = export.columns.iter().map(infer::infer).collect();
    let outcome = export.columns.iter().enumerate().find_map(|(i, c)| infer::outcome(c).map(|o| (i, o)));
    let key = key_column(export, &inferred, outcome.as_ref().map(|(i, _)| *i));
    let mut book = NameBook::default();
    let mut columns: Vec<ColumnPlan> = Vec::new();
    for (i, (column, inferred)) in export.columns.iter().zip(inferred).enumerate() {
        let role = match &outcome {
            Some((at, o)) if *at == i => Role::Outcome(o.clone()),
            _ if key == Some(i) => Role::Key,
            _ if inferred == Inferred::Empty => Role::Empty,
            _ if infer::names_an_id(&column.column) && column.all_different() => Role::OtherId,
            _ => Role::Field,
        };
        let name = book.name(&column.column, &format!("column_{}", i + 1), "c", "field");
        let mark = match &inferred {
            Inferred::Typed(kind) => infer::decimal_mark(column, kind),
            _ => None,
        };
        let counted = counted(column, &inferred);
        columns.push(ColumnPlan {
            name,
            inferred,
            role,
            choice_names: Vec::new(),
            mark,
            own_placeholders: Vec::new(),
            counted,
        });
    }
    // A definition needs a field: with none to declare, the empty columns are fields all the
    // same, and failing those, the outcome column.
    let declared = |columns: &[ColumnPlan]| columns.iter().any(|c| matches!(c.role, Role::Field | Role::Key));
    for fallback in
        [Role::Empty, Role::OtherId, Role::Outcome(Outcome { won: Vec::new(), lost: Vec::new(), open: Vec::new() })]
    {
        if !declared(&columns) {
            for column in columns.iter_mut() {
                if std::mem::discriminant(&column.role) == std::mem::discriminant(&fallback) {
                    column.role = Role::Field;
                }
            }
        }
    }
    let field_names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
    for plan in &mut columns {
        if let Inferred::OneOf(choices) = &plan.inferred {
            plan.choice_names = choice_names(choices, &field_names);
        }
    }
    let shared = place_placeholders(export, &mut columns);
    Plan { columns, shared }
}

/// Whether a duration column's cells are bare numbers (the header names the unit): it is then
/// declared `number in seconds`.
fn counted(column: &ColumnProfile, inferred: &Inferred) -> bool {
    matches!(inferred, Inferred::Typed(FieldKind::Duration(_))) && !column.marked[2]
}

/// Declared fields read a column.
fn declared(role: &Role) -> bool {
    matches!(role, Role::Field | Role::Key)
}

/// Decides where each placeholder is declared: one that occurs in two or more declared columns
/// goes to the block (returned, the most common first), the others to their field's own line
/// (a left-out column's commented declaration too). Spellings are grouped as the reader compares
/// them; each is written as its most common spelling.
fn place_placeholders(export: &ExportProfile, columns: &mut [ColumnPlan]) -> Vec<SharedPlaceholder> {
    // Folded spelling → (spellings with their cells, cells, declared columns), in order first seen.
    let mut seen: Vec<(String, Vec<(String, u64)>, u64, usize)> = Vec::new();
    for (column, part) in export.columns.iter().zip(columns.iter()) {
        if !declared(&part.role) {
            continue;
        }
        let mut counted: Vec<String> = Vec::new();
        for (text, cells) in &column.placeholders {
            let key = fold_spelling(text);
            let at = match seen.iter().position(|(k, ..)| *k == key) {
                Some(at) => at,
                None => {
                    seen.push((key.clone(), Vec::new(), 0, 0));
                    seen.len() - 1
                }
            };
            let entry = &mut seen[at];
            match entry.1.iter_mut().find(|(t, _)| t == text) {
                Some((_, n)) => *n += cells,
                None => entry.1.push((text.clone(), *cells)),
            }
            entry.2 += cells;
            if !counted.contains(&key) {
                entry.3 += 1;
                counted.push(key);
            }
        }
    }
    let mut shared: Vec<(String, SharedPlaceholder)> = seen
        .into_iter()
        .filter(|(.., columns)| *columns >= 2)
        .map(|(key, spellings, cells, columns)| {
            (key, SharedPlaceholder { spelling: most_common(&spellings), cells, columns })
        })
        .collect();
    shared.sort_by_key(|(_, p)| std::cmp::Reverse(p.cells));
    for (column, part) in export.columns.iter().zip(columns.iter_mut()) {
        if matches!(part.role, Role::Outcome(_)) {
            continue;
        }
        // This column's own spellings, grouped, the most common group first.
        let mut own: Vec<(String, Vec<(String, u64)>, u64)> = Vec::new();
        for (text, cells) in &column.placeholders {
            let key = fold_spelling(text);
            if shared.iter().any(|(k, _)| *k == key) {
                continue;
            }
            match own.iter_mut().find(|(k, ..)| *k == key) {
                Some((_, spellings, total)) => {
                    spellings.push((text.clone(), *cells));
                    *total += cells;
                }
                None => own.push((key, vec![(text.clone(), *cells)], *cells)),
            }
        }
        own.sort_by_key(|(.., total)| std::cmp::Reverse(*total));
        part.own_placeholders = own.iter().map(|(_, spellings, _)| most_common(spellings)).collect();
    }
    shared.into_iter().map(|(_, p)| p).collect()
}

/// The spelling with the most cells (the first seen of those with as many).
fn most_common(spellings: &[(String, u64)]) -> String {
    spellings
        .iter()
        .fold(None, |best: Option<&(String, u64)>, s| match best {
            Some(b) if b.1 >= s.1 => best,
            _ => Some(s),
        })
        .map(|(t, _)| t.clone())
        .unwrap_or_default()
}

/// ` unknown when "Select", "-"`, or nothing.
fn unknown_when<'a>(placeholders: impl IntoIterator<Item = &'a String>) -> String {
    let quoted: Vec<String> = placeholders.into_iter().map(|p| quote(p)).collect();
    if quoted.is_empty() { String::new() } else { format!(" unknown when {}", quoted.join(", ")) }
}

/// The key: the first column named like an identifier whose values are all filled and all
/// different, else the first column if so.
fn key_column(export: &ExportProfile, inferred: &[Inferred], outcome: Option<usize>) -> Option<usize> {
    let fits = |i: usize| {
        let column = &export.columns[i];
        Some(i) != outcome
            && column.all_different()
            && column.placeholders.is_empty()
            && matches!(inferred[i], Inferred::Text | Inferred::Typed(FieldKind::Number))
    };
    (0..export.columns.len())
        .find(|i| infer::names_an_id(&export.columns[*i].column) && fits(*i))
        .or_else(|| (!export.columns.is_empty() && fits(0)).then_some(0))
}

/// Names for a `one of` field's values: never a field's name, never another value's spelling.
fn choice_names(choices: &[Choice], fields: &[String]) -> Vec<String> {
    let taken: Vec<&str> = fields.iter().map(String::as_str).collect();
    let mut book = NameBook::with(&taken);
    let spellings: Vec<Vec<String>> =
        choices.iter().map(|c| c.spellings.iter().map(|s| s.trim().to_lowercase()).collect()).collect();
    let mut names = Vec::new();
    for (i, choice) in choices.iter().enumerate() {
        let clashes = |name: &str| spellings.iter().enumerate().any(|(j, s)| j != i && s.iter().any(|s| s == name));
        let mut name = book.name(&choice.spellings[0], &format!("value_{}", i + 1), "v", "value");
        if clashes(&name) {
            name = book.name(&format!("{} value", choice.spellings[0]), &format!("value_{}", i + 1), "v", "value");
        }
        names.push(name);
    }
    names
}

/// The definition's text, in English keywords.
pub(super) fn render(export: &ExportProfile, plan: &Plan, options: &InitOptions) -> String {
    let lang = options.comments;
    let say = |m: Message| lang.text(&m);
    let mut out = String::new();
    let comment = |out: &mut String, indent: &str, m: Message| {
        for line in say(m).lines() {
            out.push_str(&format!("{indent}# {line}\n"));
        }
    };
    comment(
        &mut out,
        "",
        msg!(
            "init-header-made",
            file = export.file.as_str(),
            rows = export.rows,
            columns = export.columns.len() + export.repeated.len()
        ),
    );
    comment(&mut out, "", msg!("init-header-edit"));
    if export.unreadable > 0 {
        let reason = export.first_problem.clone().unwrap_or_else(|| msg!("init-no-detail"));
        comment(&mut out, "", msg!("init-header-unreadable", count = export.unreadable, reason = reason));
    }
    for column in &export.repeated {
        comment(&mut out, "", msg!("init-column-repeated", column = column.as_str()));
    }
    let title = std::path::Path::new(&export.file)
        .file_stem()
        .map_or_else(|| export.file.clone(), |s| s.to_string_lossy().into_owned());
    out.push_str(&format!("definition {} version 1\n\n", quote(&title)));
    if !plan.shared.is_empty() {
        let items: Vec<Arg> = plan
            .shared
            .iter()
            .map(|p| {
                Arg::from(msg!(
                    "init-placeholder-columns",
                    value = p.spelling.as_str(),
                    count = p.cells,
                    columns = p.columns
                ))
            })
            .collect();
        comment(&mut out, "", msg!("init-placeholders-shared", values = Arg::List(items, Joiner::And)));
    }
    out.push_str(&format!("fields{} {{\n", unknown_when(plan.shared.iter().map(|p| &p.spelling))));
    for (column, part) in export.columns.iter().zip(&plan.columns) {
        if matches!(part.role, Role::Outcome(_)) {
            continue;
        }
        comment(&mut out, "  ", column_comment(column, part));
        if !column.placeholders.is_empty() {
            comment(&mut out, "  ", placeholders(column));
        }
        let declaration = format!("{} : {} from {}", part.name, type_text(part), quote(&column.column));
        let own = unknown_when(&part.own_placeholders);
        match part.role {
            Role::Empty | Role::OtherId => {
                comment(&mut out, "  ", msg!("init-column-left-out", declaration = format!("{declaration}{own}")))
            }
            Role::Key => out.push_str(&format!("  {declaration} key{own}\n")),
            _ => out.push_str(&format!("  {declaration}{own}\n")),
        }
    }
    out.push_str("}\n");
    if let Some((column, Role::Outcome(outcome))) = export
        .columns
        .iter()
        .zip(&plan.columns)
        .find_map(|(c, p)| matches!(p.role, Role::Outcome(_)).then_some((c, p.role.clone())))
    {
        out.push('\n');
        comment(&mut out, "", outcome_comment(column, &outcome));
        let rules = options.rules_path.clone().unwrap_or_else(|| "RULES".to_string());
        let mut command =
            format!("leadrules backtest {} {} --outcome {}", shell(&rules), shell(&export.file), shell(&column.column));
        for (flag, values) in [("won", &outcome.won), ("lost", &outcome.lost), ("open", &outcome.open)] {
            let listed: Vec<&String> = values.iter().filter(|v| !v.contains(',')).collect();
            if !listed.is_empty() {
                let joined: Vec<&str> = listed.iter().map(|v| v.as_str()).collect();
                command.push_str(&format!(" --{flag} {}", shell(&joined.join(","))));
            }
        }
        out.push_str(&format!("#   {command}\n"));
    } else {
        out.push('\n');
        comment(&mut out, "", msg!("init-no-outcome"));
    }
    skeleton(&mut out, export, plan, lang);
    out
}

/// The blocks: a gate, the profile, the score and the classes.
fn skeleton(out: &mut String, export: &ExportProfile, plan: &Plan, lang: Lang) {
    let say = |m: Message| lang.text(&m);
    let comment = |out: &mut String, m: Message| {
        for line in say(m).lines() {
            out.push_str(&format!("# {line}\n"));
        }
    };
    let all_fields: Vec<(&ColumnProfile, &ColumnPlan)> =
        export.columns.iter().zip(&plan.columns).filter(|(_, p)| p.role == Role::Field).collect();
    // A column that says not to contact the lead is no plus: it is a flag on the verdict, never
    // a criterion, a score line or a gate. A yes/no one (`Do Not Email`) flags its yes; one in
    // words (a date of unsubscribing, `Не звонить`, `email; телефон`), by its header or by most
    // of its values, flags any filled cell, as a sales committee reads such a column.
    let do_not = |(c, p): &(&ColumnProfile, &ColumnPlan)| match p.inferred {
        Inferred::Typed(FieldKind::YesNo) => infer::says_do_not_contact(&c.column),
        _ => infer::says_do_not_contact(&c.column) || infer::values_say_do_not_contact(c),
    };
    let flags: Vec<(&ColumnProfile, &ColumnPlan)> = all_fields.iter().filter(|f| do_not(f)).copied().collect();
    let fields: Vec<(&ColumnProfile, &ColumnPlan)> = all_fields.iter().filter(|f| !do_not(f)).copied().collect();
    // How full a column is, its placeholders not counted.
    let fill = |c: &ColumnProfile| if c.rows == 0 { 0.0 } else { c.answered() as f64 / c.rows as f64 };
    // The best-filled field of a kind; the first of those equally filled.
    let best = |wanted: &dyn Fn(&ColumnPlan) -> bool| {
        fields.iter().filter(|(_, p)| wanted(p)).fold(None, |best: Option<(&ColumnProfile, &ColumnPlan)>, (c, p)| {
            match best {
                Some((b, _)) if fill(b) >= fill(c) => best,
                _ => Some((*c, *p)),
            }
        })
    };
    let is_number = |p: &ColumnPlan| matches!(p.inferred, Inferred::Typed(FieldKind::Number | FieldKind::Money));
    let is_yes_no = |p: &ColumnPlan| p.inferred == Inferred::Typed(FieldKind::YesNo);
    let gate = best(&|p| is_number(p)).and_then(|(c, p)| {
        let low = nice(c.numbers.quantile(0.1)?, true);
        (low > 0.0).then(|| {
            let reason = say(msg!("init-gate-below", field = p.name.as_str(), value = low));
            format!("require {} >= {} else {}", p.name, literal(low), quote(&reason))
        })
    });
    let gate = gate
        .or_else(|| {
            best(&is_yes_no).map(|(_, p)| {
                format!("require {} else {}", p.name, quote(&say(msg!("init-gate-no", field = p.name.as_str()))))
            })
        })
        .or_else(|| {
            best(&|_| true).map(|(_, p)| {
                format!(
                    "require {} is known else {}",
                    p.name,
                    quote(&say(msg!("init-gate-unknown", field = p.name.as_str())))
                )
            })
        });
    if let Some(gate) = &gate {
        out.push('\n');
        comment(out, msg!("init-minimum"));
        out.push_str(&format!("minimum {{\n  {gate}\n}}\n"));
    }
    if !fields.is_empty() {
        out.push('\n');
        comment(out, msg!("init-profile"));
        out.push_str("profile ICP {\n");
        for (column, part) in &fields {
            let (condition, why) = criterion(column, part);
            out.push_str(&format!("  {condition} weight 1   # {}\n", say(why)));
        }
        out.push_str("}\n\n");
        comment(out, msg!("init-score"));
        out.push_str("score {\n  +40 when ICP.fit >= 60%\n  +20 when ICP.fit >= 30%\n");
        if let Some((_, p)) = best(&is_yes_no) {
            out.push_str(&format!("  +20 when {}\n", p.name));
        }
        out.push_str("}\n");
    }
    for (column, part) in &flags {
        out.push('\n');
        if part.inferred == Inferred::Typed(FieldKind::YesNo) {
            comment(out, msg!("init-flag-do-not", column = column.column.as_str()));
            out.push_str(&format!("flag {} when {}\n", quote(&column.column), part.name));
        } else {
            comment(out, msg!("init-flag-do-not-words", column = column.column.as_str()));
            out.push_str(&format!("flag {} when {} is known\n", quote(&column.column), part.name));
        }
    }
    out.push('\n');
    comment(out, msg!("init-classify"));
    out.push_str("classify {\n");
    if gate.is_some() {
        out.push_str("  disqualified when not minimum\n");
    }
    if !fields.is_empty() {
        out.push_str("  SQL when score >= 60\n  MQL when score >= 30\n");
    }
    out.push_str("  nurture otherwise\n}\n");
}

/// A profile criterion for a field, guessed from its data, and what it is.
fn criterion(column: &ColumnProfile, part: &ColumnPlan) -> (String, Message) {
    let name = &part.name;
    let known = || (format!("{name} is known"), msg!("init-criterion-known"));
    let median = column.numbers.quantile(0.5);
    let at_least = median.map(|m| nice(m, true)).filter(|m| *m > 0.0);
    let at_most = median.map(|m| nice(m, false)).filter(|m| *m > 0.0);
    match (&part.inferred, at_least) {
        (Inferred::Typed(FieldKind::YesNo), _) => (name.clone(), msg!("init-criterion-yes")),
        (Inferred::Typed(FieldKind::Number | FieldKind::Money), Some(m)) => {
            (format!("{name} >= {}", literal(m)), msg!("init-criterion-median"))
        }
        (Inferred::Typed(FieldKind::Percent), Some(m)) => {
            (format!("{name} >= {}%", literal(m.min(100.0))), msg!("init-criterion-median"))
        }
        (Inferred::Typed(FieldKind::Duration(unit)), Some(m)) if infer::measures_engagement(&column.column) => {
            (format!("{name} >= {} {}", literal(m), unit_word(*unit, m)), msg!("init-criterion-median"))
        }
        (Inferred::Typed(FieldKind::Duration(unit)), _) => match at_most {
            Some(m) => {
                (format!("{name} <= {} {}", literal(m), unit_word(*unit, m)), msg!("init-criterion-median-time"))
            }
            None => known(),
        },
        // The values are the most common first.
        (Inferred::OneOf(_), _) => match part.choice_names.first() {
            Some(value) => (format!("{name} = {value}"), msg!("init-criterion-most-common")),
            None => known(),
        },
        _ => known(),
    }
}

/// The comment above a field: the column, how full it is, and its values or numbers.
fn column_comment(column: &ColumnProfile, part: &ColumnPlan) -> Message {
    let percent = if column.rows == 0 { 0.0 } else { (column.filled as f64 * 100.0 / column.rows as f64).round() };
    let placeholder_cells = column.filled - column.answered().min(column.filled);
    let fill = match placeholder_cells {
        0 => msg!("init-fill", percent = percent, filled = column.filled, rows = column.rows),
        cells => msg!(
            "init-fill-placeholders",
            percent = percent,
            filled = column.filled,
            rows = column.rows,
            placeholders = cells
        ),
    };
    let base = |id: &'static str| {
        Message::new(id)
            .arg("column", column.column.as_str())
            .arg("filled", column.filled)
            .arg("rows", column.rows)
            .arg("percent", percent)
            .arg("fill", fill.clone())
    };
    if part.role == Role::Empty || column.filled == 0 {
        return base("init-column-empty");
    }
    if part.role == Role::Key {
        return base("init-column-key");
    }
    if part.role == Role::OtherId {
        return base("init-column-other-id");
    }
    let numeric = matches!(
        part.inferred,
        Inferred::Typed(FieldKind::Number | FieldKind::Money | FieldKind::Percent | FieldKind::Duration(_))
    );
    if numeric && column.numbers.count > 0 {
        let median = column.numbers.quantile(0.5).unwrap_or(column.numbers.min);
        return base("init-column-numbers")
            .arg("min", round2(column.numbers.min))
            .arg("median", round2(median))
            .arg("max", round2(column.numbers.max));
    }
    let choices = infer::choices(column);
    let top: Vec<Arg> = choices
        .iter()
        .filter(|c| !c.placeholder)
        .take(5)
        .map(|c| Arg::from(msg!("init-value-count", value = c.spellings[0].as_str(), count = c.count)))
        .collect();
    if top.is_empty() {
        return base("init-column-only-placeholders");
    }
    let distinct = choices.iter().filter(|c| !c.placeholder).count();
    if !column.overflow && choices.iter().all(|c| c.count == 1) {
        return base("init-column-all-different").arg("distinct", distinct);
    }
    let id = if column.overflow { "init-column-values-many" } else { "init-column-values" };
    base(id).arg("distinct", distinct).arg("values", Arg::List(top, Joiner::And))
}

fn placeholders(column: &ColumnProfile) -> Message {
    let items: Vec<Arg> = column
        .placeholders
        .iter()
        .map(|(value, count)| Arg::from(msg!("init-placeholder-count", value = value.as_str(), count = *count)))
        .collect();
    msg!("init-placeholders", values = Arg::List(items, Joiner::And))
}

fn outcome_comment(column: &ColumnProfile, outcome: &Outcome) -> Message {
    let list = |values: &[String]| {
        if values.is_empty() { Arg::from(msg!("init-outcome-none")) } else { Arg::all_of_quoted(values) }
    };
    msg!(
        "init-outcome",
        column = column.column.as_str(),
        won = list(&outcome.won),
        lost = list(&outcome.lost),
        open = list(&outcome.open)
    )
}

/// The field's type as the rule file writes it.
fn type_text(part: &ColumnPlan) -> String {
    let format = match part.mark {
        Some(DecimalMark::Comma) => " format \"1 000,50\"",
        Some(DecimalMark::Point) => " format \"1,000.50\"",
        None => "",
    };
    match &part.inferred {
        Inferred::Typed(kind) => match kind {
            FieldKind::Number => format!("number{format}"),
            FieldKind::Money => format!("money{format}"),
            FieldKind::Percent => format!("percent{format}"),
            FieldKind::YesNo => "yes/no".to_string(),
            FieldKind::Duration(unit) if part.counted => format!("number in {}{format}", unit.plural()),
            FieldKind::Duration(unit) => format!("{}{format}", unit.plural()),
            FieldKind::Date(f) => format!("date{}", date_format(*f)),
            FieldKind::DateTime(f) => format!("datetime{}", date_format(*f)),
            FieldKind::Text | FieldKind::OneOf(_) => "text".to_string(),
        },
        Inferred::OneOf(choices) => {
            let values: Vec<String> = choices
                .iter()
                .zip(&part.choice_names)
                .map(|(choice, name)| {
                    let mut spellings: Vec<String> = Vec::new();
                    for s in &choice.spellings {
                        let s = s.trim();
                        let lower = s.to_lowercase();
                        if lower != *name && !spellings.iter().any(|t| t.to_lowercase() == lower) {
                            spellings.push(s.to_string());
                        }
                    }
                    if spellings.is_empty() {
                        name.clone()
                    } else {
                        let quoted: Vec<String> = spellings.iter().map(|s| quote(s)).collect();
                        format!("{name} ({})", quoted.join(", "))
                    }
                })
                .collect();
            format!("one of {}", values.join(", "))
        }
        Inferred::Empty | Inferred::Text => "text".to_string(),
    }
}

fn date_format(format: DateFormat) -> String {
    match format {
        DateFormat::Default => String::new(),
        DateFormat::Declared { order, separator: s } => {
            let pattern = match order {
                DateOrder::DayMonthYear => format!("d{s}m{s}yyyy"),
                DateOrder::MonthDayYear => format!("m{s}d{s}yyyy"),
                DateOrder::YearMonthDay => format!("yyyy{s}m{s}d"),
            };
            format!(" format \"{pattern}\"")
        }
    }
}

fn unit_word(unit: DurationUnit, amount: f64) -> &'static str {
    let plural = unit.plural();
    if amount == 1.0 { plural.trim_end_matches('s') } else { plural }
}

/// A threshold from the data, rounded towards the side that keeps its promise (`down` for an
/// "at least", up for an "at most") to two significant digits, three from 1 000 on, so that a
/// year stays a year: 4 540 → 4 540, 1 995 → 1 990, 718.62 → 710, 600 400 → 600 000.
pub(super) fn nice(value: f64, down: bool) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return 0.0;
    }
    let digits = if value.abs() >= 1000.0 { 2 } else { 1 };
    let step = 10f64.powi(value.abs().log10().floor() as i32 - digits);
    let steps = value / step;
    // Undo the float noise of the division (2.9999999 steps) before rounding.
    let steps = (steps * 1e6).round() / 1e6;
    let rounded = if down { steps.floor() } else { steps.ceil() } * step;
    (rounded * 1e6).round() / 1e6
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// A number as the rule language writes it: `500_000`, `4_500`, `0.25`.
pub(super) fn literal(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 10_000.0 {
        format!("{value}")
    } else if value.fract() == 0.0 && value.abs() < 1e15 {
        let digits = format!("{}", value.abs() as u64);
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push('_');
            }
            grouped.push(c);
        }
        if value < 0.0 { format!("-{grouped}") } else { grouped }
    } else {
        let text = format!("{value:.4}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Text in double quotes, as the rule language writes it.
fn quote(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('"', "\\\"").replace(['\n', '\r'], " ");
    format!("\"{escaped}\"")
}

/// A word for a shell command line: as it is when it is plain, else in single quotes.
fn shell(word: &str) -> String {
    let plain = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || "_-./,:=@".contains(c));
    if plain { word.to_string() } else { format!("'{}'", word.replace('\'', "'\\''")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_are_rounded_the_safe_way_and_written_as_rules_write_them() {
        assert_eq!(nice(4540.0, true), 4540.0);
        assert_eq!(nice(1995.0, true), 1990.0);
        assert_eq!(nice(1995.0, false), 2000.0);
        assert_eq!(nice(718.62, true), 710.0);
        assert_eq!(nice(718.62, false), 720.0);
        assert_eq!(nice(0.3, true), 0.3);
        assert_eq!(nice(30.0, false), 30.0);
        assert_eq!(nice(600_400.0, true), 600_000.0);
        assert_eq!(literal(120_000.0), "120_000");
        assert_eq!(literal(4500.0), "4500");
        assert_eq!(literal(0.25), "0.25");
        assert_eq!(literal(45.0), "45");
    }

    #[test]
    fn texts_and_shell_words_are_quoted() {
        assert_eq!(quote("Бюджет, руб"), "\"Бюджет, руб\"");
        assert_eq!(quote("a \"b\" \\c"), "\"a \\\"b\\\" \\\\c\"");
        assert_eq!(shell("deal_stage"), "deal_stage");
        assert_eq!(shell("Lead Stage"), "'Lead Stage'");
        assert_eq!(shell("it's"), "'it'\\''s'");
    }
}

/// A column declared as `init` would declare it, for a definition that does not declare it yet
/// (`suggest`): its field's name (not one of `taken`), the declaration line
/// (`pages : number from "Pages"`), its inferred kind and, for `one of`, each value's name.
#[derive(Clone, Debug, PartialEq)]
pub struct Declaration {
    pub name: String,
    pub line: String,
    pub inferred: Inferred,
    pub choice_names: Vec<String>,
}

/// The declaration of a profiled column, `None` for an empty one.
pub fn declaration(column: &ColumnProfile, taken: &[&str]) -> Option<Declaration> {
    let inferred = infer::infer(column);
    if inferred == Inferred::Empty {
        return None;
    }
    let name = NameBook::with(taken).name(&column.column, "column", "c", "field");
    let mark = match &inferred {
        Inferred::Typed(kind) => infer::decimal_mark(column, kind),
        _ => None,
    };
    let mut fields: Vec<String> = taken.iter().map(|t| t.to_string()).collect();
    fields.push(name.clone());
    let choice_names = match &inferred {
        Inferred::OneOf(choices) => choice_names(choices, &fields),
        _ => Vec::new(),
    };
    let mut placeholders: Vec<String> = Vec::new();
    for (p, _) in &column.placeholders {
        if !placeholders.iter().any(|q| fold_spelling(q) == fold_spelling(p)) {
            placeholders.push(p.clone());
        }
    }
    let part = ColumnPlan {
        name: name.clone(),
        inferred: inferred.clone(),
        role: Role::Field,
        choice_names: choice_names.clone(),
        mark,
        own_placeholders: Vec::new(),
        counted: counted(column, &inferred),
    };
    let line = format!("{name} : {} from {}{}", type_text(&part), quote(&column.column), unknown_when(&placeholders));
    Some(Declaration { name, line, inferred, choice_names })
}
