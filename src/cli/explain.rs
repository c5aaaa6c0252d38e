//! `leadrules explain RULES LEADS --id ID`: how one lead got its verdict, rule by rule. The lead
//! can also be given inline: `--lead '{"employees": 200, "Бюджет, руб": "600 000"}'`, with the
//! export's column names or the fields' own names.

use super::ExitStatus;
use super::load::{Purpose, rules_for_run};
use super::out::errln;
use super::qualify::InputArgs;
use crate::eval::{evaluate, explain::explain, questions::questions};
use crate::input::{self, InputFormat, InputOptions, LeadRow};
use crate::schema::Schema;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["id", "row", "lead"]))]
pub struct ExplainArgs {
    /// The lead definition (.rules file).
    #[arg(value_name = "RULES")]
    pub rules: PathBuf,
    /// The lead file to look in (not needed with --lead).
    #[arg(value_name = "LEADS", required_unless_present = "lead")]
    pub leads: Option<PathBuf>,
    /// The lead's id: the value of the field marked `key`.
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The lead's row number in the file (1 is the first lead after the header).
    #[arg(long, value_name = "N")]
    pub row: Option<u64>,
    /// A lead written inline as a JSON object, with the same column names as the export.
    #[arg(long, value_name = "JSON", conflicts_with = "leads")]
    pub lead: Option<String>,
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(args: ExplainArgs, ui: super::Ui) -> ExitStatus {
    if let Err(outcome) = super::load::rules_come_first("explain", &args.rules, args.leads.as_deref()) {
        return outcome;
    }
    let rules = match rules_for_run(&args.rules, Purpose::Classify, ui) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let reader = match (&args.lead, &args.leads) {
        (Some(json), _) => {
            let schema = inline_schema(&rules.schema);
            warn_unmatched_keys(json, &schema);
            let options = InputOptions { format: Some(InputFormat::JsonLines), ..args.input.options() };
            input::from_bytes("--lead", json.replace('\n', " ").into_bytes(), &schema, &options)
        }
        (None, Some(path)) => super::progress::open_leads(path, &rules.schema, &args.input.options()),
        (None, None) => {
            errln!("error: give a lead file with --id or --row, or a lead with --lead");
            return ExitStatus::Usage;
        }
    };
    let mut reader = match reader {
        Ok(reader) => reader,
        Err(e) => {
            errln!("error: {e}");
            return ExitStatus::FileProblem;
        }
    };
    let wanted = |row: &LeadRow| match (&args.id, args.row) {
        (Some(id), _) => row.id.as_deref().map(str::trim) == Some(id.trim()),
        (None, Some(n)) => row.record == n,
        (None, None) => true,
    };
    let Some(row) = reader.find(wanted) else {
        let what = match (&args.id, args.row) {
            (Some(id), _) => format!("no lead has the id `{id}`"),
            (None, Some(n)) => {
                errln!("error: there is no row {n}; rows are counted from 1, the first lead after the header");
                return ExitStatus::FileProblem;
            }
            _ => "there is no lead".into(),
        };
        let key = rules.schema.key.map(|k| &rules.schema.fields[k]);
        let hint = match key {
            Some(field) => format!(
                " (ids are read from the column {} of the `key` field `{}`)",
                quoted(&field.columns),
                field.name
            ),
            None => " (the rules have no `key` field, so use --row N)".into(),
        };
        errln!("error: {what}{hint}");
        return ExitStatus::FileProblem;
    };
    let name = row.id.clone().unwrap_or_else(|| {
        if args.lead.is_some() { "given with --lead".into() } else { format!("on row {}", row.record) }
    });
    match &row.values {
        Ok(lead) => {
            let verdict = evaluate(&rules, lead);
            if let Some(problem) = crate::eval::fault::problem(&rules, &verdict) {
                errln!("error: lead {name} cannot be judged: {problem}");
                return ExitStatus::RowErrors;
            }
            let asked = questions(&rules, lead, &verdict);
            super::out::print(&explain(&rules, lead, &verdict, &asked, &name, ui.lang));
            ExitStatus::Success
        }
        Err(problem) => {
            errln!("error: lead {name} cannot be read: {problem}");
            ExitStatus::RowErrors
        }
    }
}

/// For a lead typed on the command line, a field can also be given by its own name
/// (`{"budget": 600000}`), not only by the export's column name.
fn inline_schema(schema: &Schema) -> Schema {
    let mut schema = schema.clone();
    for field in &mut schema.fields {
        if !field.columns.contains(&field.name) {
            field.columns.push(field.name.clone());
        }
    }
    schema
}

/// Warns about keys of an inline lead that no field reads, so a typo is not silently unknown.
fn warn_unmatched_keys(json: &str, schema: &Schema) {
    let Ok(serde_json::Value::Object(object)) = serde_json::from_str::<serde_json::Value>(json) else { return };
    let known = |key: &str| {
        let key = key.trim().to_lowercase();
        schema.fields.iter().any(|f| f.columns.iter().any(|c| c.trim().to_lowercase() == key))
    };
    for key in object.keys().filter(|k| !known(k)) {
        let names: Vec<&str> = schema.fields.iter().map(|f| f.name.as_str()).collect();
        let hint = match crate::check::suggest::did_you_mean(key, names.iter().copied()) {
            Some(s) => format!("; did you mean `{s}`?"),
            None => String::new(),
        };
        errln!("warning: --lead gives `{key}`, which is not a field or a column the rules read{hint}");
    }
}

fn quoted(columns: &[String]) -> String {
    columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(" or ")
}
