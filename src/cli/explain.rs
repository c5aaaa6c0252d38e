//! `leadrules explain RULES LEADS --id ID`: how one lead got its verdict, rule by rule. The lead
//! can also be given inline: `--lead '{"employees": 200, "Бюджет, руб": "600 000"}'`, with the
//! export's column names or the fields' own names.

use super::ExitStatus;
use super::load::{Purpose, rules_for_run};
use super::out;
use super::qualify::InputArgs;
use crate::input::{self, InputFormat, InputOptions, LeadRow};
use crate::locale::Lang;
use crate::message::Arg;
use crate::msg;
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
    if let Err(outcome) = super::load::rules_come_first("explain", &args.rules, args.leads.as_deref(), ui) {
        return outcome;
    }
    let rules = match rules_for_run(&args.rules, Purpose::Classify, ui) {
        Ok(rules) => rules,
        Err(outcome) => return outcome,
    };
    let ui = ui.about(&rules);
    let reader = match (&args.lead, &args.leads) {
        (Some(json), _) => {
            let schema = inline_schema(&rules.schema);
            warn_unmatched_keys(json, &schema, ui.lang);
            let options = InputOptions { format: Some(InputFormat::JsonLines), ..args.input.options() };
            input::from_bytes("--lead", json.replace('\n', " ").into_bytes(), &schema, &options)
        }
        (None, Some(path)) => super::progress::open_leads(path, &rules.schema, &args.input.options(), ui.lang),
        (None, None) => {
            out::error(ui, msg!("cli-explain-which-lead"));
            return ExitStatus::Usage;
        }
    };
    let mut reader = match reader {
        Ok(reader) => reader,
        Err(e) => {
            out::error(ui, e.message());
            return ExitStatus::FileProblem;
        }
    };
    let wanted = |row: &LeadRow| match (&args.id, args.row) {
        (Some(id), _) => row.id.as_deref().map(str::trim) == Some(id.trim()),
        (None, Some(n)) => row.record == n,
        (None, None) => true,
    };
    let Some(row) = reader.find(wanted) else {
        if let (None, Some(n)) = (&args.id, args.row) {
            out::error(ui, msg!("cli-explain-no-row", row = n.to_string()));
            return ExitStatus::FileProblem;
        }
        let key = rules.schema.key.map(|k| &rules.schema.fields[k]);
        let message = match (&args.id, key) {
            (Some(id), Some(field)) => msg!(
                "cli-explain-no-id",
                id = id.as_str(),
                columns = quoted(&field.columns),
                field = field.name.as_str()
            ),
            (Some(id), None) => msg!("cli-explain-no-id-keyless", id = id.as_str()),
            (None, Some(field)) => {
                msg!("cli-explain-no-lead", columns = quoted(&field.columns), field = field.name.as_str())
            }
            (None, None) => msg!("cli-explain-no-lead-keyless"),
        };
        out::error(ui, message);
        return ExitStatus::FileProblem;
    };
    let name = row.id.clone().unwrap_or_else(|| {
        ui.text(&if args.lead.is_some() {
            msg!("cli-explain-name-inline")
        } else {
            msg!("cli-explain-name-row", row = row.record.to_string())
        })
    });
    match &row.values {
        Ok(lead) => match crate::run::judge::explain_lead(&rules, lead, &name, ui.lang) {
            Ok(trace) => {
                super::out::print(&trace);
                ExitStatus::Success
            }
            Err(problem) => {
                out::error(ui, msg!("cli-explain-cannot-judge", lead = name.as_str(), problem = problem));
                ExitStatus::RowErrors
            }
        },
        Err(problem) => {
            out::error(ui, msg!("cli-explain-cannot-read", lead = name.as_str(), problem = problem.message()));
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
fn warn_unmatched_keys(json: &str, schema: &Schema, lang: Lang) {
    let Ok(serde_json::Value::Object(object)) = serde_json::from_str::<serde_json::Value>(json) else { return };
    let known = |key: &str| {
        let key = key.trim().to_lowercase();
        schema.fields.iter().any(|f| f.columns.iter().any(|c| c.trim().to_lowercase() == key))
    };
    for key in object.keys().filter(|k| !known(k)) {
        let names: Vec<&str> = schema.fields.iter().map(|f| f.name.as_str()).collect();
        let warning = match crate::check::suggest::did_you_mean(key, names.iter().copied()) {
            Some(s) => msg!("cli-explain-unknown-key-suggest", key = key.as_str(), suggestion = s),
            None => msg!("cli-explain-unknown-key", key = key.as_str()),
        };
        out::warning(lang, warning);
    }
}

/// Column names in double quotes, joined by "or".
fn quoted(columns: &[String]) -> Arg {
    Arg::any_of(columns.iter().map(|c| format!("\"{c}\"")))
}
