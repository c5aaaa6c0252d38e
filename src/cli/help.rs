//! The command line in a language other than English: `--help` (every command's description,
//! every argument's help, clap's own headings and notes) and the usage errors clap reports.
//! English is clap's own text from the `#[command]`/`#[arg]` doc comments, untouched; for
//! another language the same `clap::Command` is rebuilt with the words of the message files.

use super::Cli;
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// Reads the command line with the help and the usage errors in `lang`.
pub fn parse_in(lang: Lang, args: &[OsString]) -> Result<Cli, clap::Error> {
    let matches = command_in(lang).try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The command line's definition, its help said in `lang`.
pub fn command_in(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    // Built first, so that the arguments clap adds itself (`--help`, `--version`, the `help`
    // command) and the global ones copied into every command are there to be said too.
    cmd.build();
    let say = |message: Message| lang.text(&message);
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    let mut cmd =
        localise(cmd, None, lang).about(say(msg!("cli-help-about"))).long_about(say(msg!("cli-help-long-about")));
    for name in subcommands {
        cmd = cmd.mut_subcommand(name.as_str(), |sub| {
            let about = command_about(&name).map(say);
            let sub = localise(sub, Some(&name), lang);
            match about {
                Some(about) => sub.about(about),
                None => sub,
            }
        });
    }
    cmd
}

/// One command's arguments, headings and usage line in `lang` (`command` is `None` for
/// `leadrules` itself).
fn localise(mut cmd: Command, command: Option<&str>, lang: Lang) -> Command {
    let say = |message: Message| lang.text(&message);
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        cmd = cmd.mut_arg(id.as_str(), |arg| localise_arg(arg, command.unwrap_or(""), lang));
    }
    // The `help` command lists the commands again, as commands of its own.
    let listed: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in listed.iter().filter(|_| command == Some("help")) {
        if let Some(about) = command_about(name) {
            cmd = cmd.mut_subcommand(name.as_str(), |sub| sub.about(say(about)));
        }
    }
    let usage = usage_in(&mut cmd, lang);
    // clap's default template, with its one word said in the language.
    let heading = say(msg!("cli-help-usage-heading"));
    cmd.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{heading}: {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
    .subcommand_help_heading(say(msg!("cli-help-commands-heading")))
    .subcommand_value_name(say(msg!("cli-help-command-value")))
    .override_usage(usage)
}

/// The usage line clap makes, with its own words (`[OPTIONS]`, `<COMMAND>`) in `lang`.
fn usage_in(cmd: &mut Command, lang: Lang) -> String {
    let usage = cmd.render_usage().to_string();
    let usage = usage.split_once(':').map_or(usage.as_str(), |(_, usage)| usage.trim_start());
    usage
        .replace("[OPTIONS]", &lang.text(&msg!("cli-help-options-placeholder")))
        .replace("<COMMAND>", &format!("<{}>", lang.text(&msg!("cli-help-command-value"))))
        .replace("[COMMAND]", &format!("[{}]", lang.text(&msg!("cli-help-command-value"))))
}

fn localise_arg(arg: Arg, command: &str, lang: Lang) -> Arg {
    let say = |message: Message| lang.text(&message);
    let id = arg.get_id().as_str().to_string();
    let Some(help) = arg_help(command, &id, arg.get_action()) else { return arg };
    let mut help = say(help);
    // clap's own notes under the help, said here in the language instead.
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        help.push(' ');
        help.push_str(&say(msg!("cli-help-default", value = defaults.join(", "))));
    }
    let values: Vec<String> =
        arg.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_string()).collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        help.push(' ');
        help.push_str(&say(msg!("cli-help-possible-values", values = values.join(", "))));
    }
    let heading =
        if arg.is_positional() { msg!("cli-help-arguments-heading") } else { msg!("cli-help-options-heading") };
    let names: Vec<String> = match arg.get_action().takes_values() {
        true => arg.get_value_names().unwrap_or_default().iter().map(|n| n.to_string()).collect(),
        false => Vec::new(),
    };
    // Under a heading of its own, a positional argument is listed by its place, not its name.
    let place = arg.get_index();
    let mut arg = arg
        .help(help)
        .long_help(None::<&str>)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help_heading(say(heading));
    if let Some(place) = place {
        arg = arg.display_order(place);
    }
    if !names.is_empty() {
        arg = arg.value_names(names.iter().map(|n| value_name(n).map_or_else(|| n.clone(), say)));
    }
    arg
}

/// What a command does, said in the language.
fn command_about(command: &str) -> Option<Message> {
    Some(match command {
        "check" => msg!("cli-help-check"),
        "qualify" => msg!("cli-help-qualify"),
        "explain" => msg!("cli-help-explain"),
        "test" => msg!("cli-help-test"),
        "snapshot" => msg!("cli-help-snapshot"),
        "fmt" => msg!("cli-help-fmt"),
        "backtest" => msg!("cli-help-backtest"),
        "diff" => msg!("cli-help-diff"),
        "suggest" => msg!("cli-help-suggest"),
        "init" => msg!("cli-help-init"),
        "serve" => msg!("cli-help-serve"),
        "sql" => msg!("cli-help-sql"),
        "audit" => msg!("cli-help-audit"),
        "help" => msg!("cli-help-help"),
        _ => return None,
    })
}

/// The help of argument `id` of `command` (`""` for `leadrules` itself).
fn arg_help(command: &str, id: &str, action: &ArgAction) -> Option<Message> {
    Some(match (command, id) {
        (_, "help") if matches!(action, ArgAction::Help) => msg!("cli-help-arg-help"),
        (_, "version") if matches!(action, ArgAction::Version) => msg!("cli-help-arg-version"),
        ("help", "subcommand") => msg!("cli-help-arg-help-command"),
        (_, "color") => msg!("cli-help-arg-color"),
        ("sql", "dialect") => msg!("cli-help-arg-sql-dialect"),
        ("sql", "table") => msg!("cli-help-arg-sql-table"),
        ("sql", "view") => msg!("cli-help-arg-sql-view"),
        ("sql", "columns") => msg!("cli-help-arg-sql-columns"),
        ("sql", "backtest") => msg!("cli-help-arg-sql-backtest"),
        ("sql", "open") => msg!("cli-help-arg-sql-open"),
        ("backtest", "sql") => msg!("cli-help-arg-backtest-sql"),
        ("backtest", "view") => msg!("cli-help-arg-sql-view"),
        ("backtest", "columns") => msg!("cli-help-arg-sql-columns"),
        ("sql" | "backtest", "decimal_mark") => msg!("cli-help-arg-sql-decimal-mark"),
        ("sql" | "backtest", "sample") => msg!("cli-help-arg-sql-sample"),
        (_, "lang") => msg!("cli-help-arg-lang"),
        ("check", "files") => msg!("cli-help-arg-check-files"),
        ("test", "files") => msg!("cli-help-arg-test-files"),
        ("fmt", "files") => msg!("cli-help-arg-fmt-files"),
        ("check", "deny_warnings") => msg!("cli-help-arg-deny-warnings"),
        ("check", "format") => msg!("cli-help-arg-check-format"),
        ("check", "fix") => msg!("cli-help-arg-fix"),
        ("check", "diff") => msg!("cli-help-arg-fix-diff"),
        ("serve", "rules") => msg!("cli-help-arg-serve-rules"),
        (_, "rules") => msg!("cli-help-arg-rules"),
        ("qualify", "leads") => msg!("cli-help-arg-qualify-leads"),
        ("explain", "leads") => msg!("cli-help-arg-explain-leads"),
        ("snapshot", "leads") => msg!("cli-help-arg-snapshot-leads"),
        ("qualify", "output") => msg!("cli-help-arg-qualify-output"),
        ("snapshot", "output") => msg!("cli-help-arg-snapshot-output"),
        ("qualify", "format") => msg!("cli-help-arg-qualify-format"),
        (_, "excel") => msg!("cli-help-arg-excel"),
        (_, "jobs") => msg!("cli-help-arg-jobs"),
        (_, "keep") => msg!("cli-help-arg-keep"),
        (_, "bom") => msg!("cli-help-arg-bom"),
        (_, "encoding") => msg!("cli-help-arg-encoding"),
        (_, "input_format") => msg!("cli-help-arg-input-format"),
        (_, "sheet") => msg!("cli-help-arg-sheet"),
        (_, "id") => msg!("cli-help-arg-id"),
        (_, "row") => msg!("cli-help-arg-row"),
        (_, "lead") => msg!("cli-help-arg-lead"),
        ("snapshot", "check") => msg!("cli-help-arg-snapshot-check"),
        ("snapshot", "accept") => msg!("cli-help-arg-accept"),
        ("fmt", "check") => msg!("cli-help-arg-fmt-check"),
        ("fmt", "to") => msg!("cli-help-arg-fmt-to"),
        ("fmt", "stdout") => msg!("cli-help-arg-fmt-stdout"),
        ("backtest", "history") => msg!("cli-help-arg-backtest-history"),
        (_, "history") => msg!("cli-help-arg-history"),
        (_, "outcome") => msg!("cli-help-arg-outcome"),
        (_, "won") => msg!("cli-help-arg-won"),
        (_, "lost") => msg!("cli-help-arg-lost"),
        (_, "open") => msg!("cli-help-arg-open"),
        (_, "sales") => msg!("cli-help-arg-sales"),
        (_, "channel") => msg!("cli-help-arg-channel"),
        (_, "by") => msg!("backtest-help-arg-by"),
        ("backtest" | "diff", "value") => msg!("backtest-help-arg-value"),
        ("backtest", "coverage") => msg!("backtest-help-arg-coverage"),
        (_, "target_volume") => msg!("backtest-help-arg-target-volume"),
        (_, "target_conversion") => msg!("backtest-help-arg-target-conversion"),
        ("backtest" | "diff" | "suggest", "format") => msg!("cli-help-arg-report-format"),
        (_, "html") => msg!("cli-help-arg-html"),
        ("diff", "old") => msg!("cli-help-arg-old"),
        ("diff", "new") => msg!("cli-help-arg-new"),
        ("diff", "rules_dir") => msg!("cli-help-arg-rules-dir"),
        ("init", "leads") => msg!("cli-help-arg-init-leads"),
        ("init", "output") => msg!("cli-help-arg-init-output"),
        ("init", "force") => msg!("cli-help-arg-init-force"),
        ("init", "keywords") => msg!("cli-help-arg-init-keywords"),
        ("serve", "listen") => msg!("cli-help-arg-listen"),
        ("serve", "token_file") => msg!("cli-help-arg-token-file"),
        ("serve", "max_body") => msg!("cli-help-arg-max-body"),
        ("serve", "max_batch") => msg!("cli-help-arg-max-batch"),
        ("serve", "max_connections") => msg!("cli-help-arg-max-connections"),
        ("serve", "request_timeout") => msg!("cli-help-arg-request-timeout"),
        ("serve", "audit_log") => msg!("cli-help-arg-audit-log"),
        ("audit", "log") => msg!("cli-help-arg-audit-log-file"),
        ("audit", "at") => msg!("cli-help-arg-audit-at"),
        ("audit", "format") => msg!("cli-help-arg-audit-format"),
        ("serve", "sample") => msg!("cli-help-arg-serve-sample"),
        _ => return None,
    })
}

/// A placeholder of the usage and the help (`<RULES>`, `--output <OUT>`) in the language.
fn value_name(name: &str) -> Option<Message> {
    Some(match name {
        "RULES" => msg!("cli-value-rules"),
        "LEADS" => msg!("cli-value-leads"),
        "FILE" => msg!("cli-value-file"),
        "OUT" => msg!("cli-value-out"),
        "FORMAT" => msg!("cli-value-format"),
        "COLUMNS" => msg!("cli-value-columns"),
        "COLUMN" => msg!("cli-value-column"),
        "KEY" => msg!("backtest-value-key"),
        "PERCENT" => msg!("backtest-value-percent"),
        "ENCODING" => msg!("cli-value-encoding"),
        "NAME" => msg!("cli-value-sheet"),
        "VALUES" => msg!("cli-value-values"),
        "CLASSES" => msg!("cli-value-classes"),
        "FIELD" => msg!("cli-value-field"),
        "HISTORY" => msg!("cli-value-history"),
        "OLD" => msg!("cli-value-old"),
        "NEW" => msg!("cli-value-new"),
        "DIR" => msg!("cli-value-dir"),
        "COLOR" => msg!("cli-value-color"),
        "LANG" => msg!("cli-value-lang"),
        "DIALECT" => msg!("cli-value-dialect"),
        "TABLE" => msg!("cli-value-table"),
        "VIEW" => msg!("cli-value-view"),
        "MARK" => msg!("cli-value-mark"),
        "FIELD=COLUMN,..." => msg!("cli-value-field-columns"),
        "COMMAND" => msg!("cli-help-command-value"),
        "ADDR" => msg!("cli-value-addr"),
        "BYTES" => msg!("cli-value-bytes"),
        "SECONDS" => msg!("cli-value-seconds"),
        "LOG" => msg!("cli-value-log"),
        "TIME" => msg!("cli-value-time"),
        _ => return None,
    })
}

/// Prints a usage error, or the help or version asked for, in `lang`.
pub fn print_error(error: clap::Error, lang: Lang) {
    let _ = match lang {
        Lang::Ru if Russian::says(error.kind()) => error.apply::<Russian>().print(),
        _ => error.print(),
    };
}

/// clap's usage errors in Russian; a kind of error not said here keeps clap's English words.
struct Russian;

impl Russian {
    /// Whether the kind of error is said in Russian (the others keep clap's English words).
    fn says(kind: ErrorKind) -> bool {
        matches!(
            kind,
            ErrorKind::InvalidValue
                | ErrorKind::ValueValidation
                | ErrorKind::UnknownArgument
                | ErrorKind::InvalidSubcommand
                | ErrorKind::MissingRequiredArgument
                | ErrorKind::MissingSubcommand
                | ErrorKind::ArgumentConflict
                | ErrorKind::NoEquals
                | ErrorKind::TooManyValues
                | ErrorKind::TooFewValues
                | ErrorKind::WrongNumberOfValues
                | ErrorKind::InvalidUtf8
        )
    }
}

/// Why a value was refused, in Russian: the parsers of numbers and addresses explain themselves
/// in English only, so their refusals are said through the message files.
fn refusal(source: Option<&(dyn std::error::Error + 'static)>) -> Message {
    match source {
        Some(e) if e.is::<std::num::ParseIntError>() => msg!("cli-usage-reason-whole-number"),
        Some(e) if e.is::<std::net::AddrParseError>() => msg!("cli-usage-reason-address"),
        other => msg!("input-verbatim", text = other.map(ToString::to_string).unwrap_or_default()),
    }
}

impl ErrorFormatter for Russian {
    fn format_error(error: &clap::error::Error<Self>) -> clap::builder::StyledStr {
        let lang = Lang::Ru;
        let text = |kind: ContextKind| error.get(kind).map(ContextValue::to_string).unwrap_or_default();
        let message = match error.kind() {
            ErrorKind::InvalidValue if text(ContextKind::InvalidValue).is_empty() => {
                msg!("cli-usage-value-missing", arg = text(ContextKind::InvalidArg))
            }
            ErrorKind::InvalidValue => match error.get(ContextKind::ValidValue) {
                Some(valid) => msg!(
                    "cli-usage-invalid-value-of",
                    value = text(ContextKind::InvalidValue),
                    arg = text(ContextKind::InvalidArg),
                    valid = valid.to_string()
                ),
                None => msg!(
                    "cli-usage-invalid-value",
                    value = text(ContextKind::InvalidValue),
                    arg = text(ContextKind::InvalidArg)
                ),
            },
            ErrorKind::ValueValidation => msg!(
                "cli-usage-value-refused",
                value = text(ContextKind::InvalidValue),
                arg = text(ContextKind::InvalidArg),
                reason = refusal(std::error::Error::source(error))
            ),
            ErrorKind::UnknownArgument => match error.get(ContextKind::SuggestedArg) {
                Some(suggested) => msg!(
                    "cli-usage-unknown-argument-suggest",
                    arg = text(ContextKind::InvalidArg),
                    suggestion = suggested.to_string()
                ),
                None => msg!("cli-usage-unknown-argument", arg = text(ContextKind::InvalidArg)),
            },
            ErrorKind::InvalidSubcommand => match error.get(ContextKind::SuggestedSubcommand) {
                Some(suggested) => msg!(
                    "cli-usage-unknown-command-suggest",
                    command = text(ContextKind::InvalidSubcommand),
                    suggestion = suggested.to_string()
                ),
                None => msg!("cli-usage-unknown-command", command = text(ContextKind::InvalidSubcommand)),
            },
            ErrorKind::MissingRequiredArgument => {
                let missing = match error.get(ContextKind::InvalidArg) {
                    Some(ContextValue::Strings(args)) => args.clone(),
                    Some(other) => vec![other.to_string()],
                    None => Vec::new(),
                };
                let listed: String = missing.iter().map(|arg| format!("\n  {arg}")).collect();
                msg!("cli-usage-missing-arguments", count = missing.len(), args = listed)
            }
            ErrorKind::MissingSubcommand => msg!("cli-usage-missing-command"),
            ErrorKind::ArgumentConflict => {
                let arg = text(ContextKind::InvalidArg);
                let prior = text(ContextKind::PriorArg);
                if arg == prior || prior.is_empty() {
                    msg!("cli-usage-repeated-argument", arg = arg)
                } else {
                    msg!("cli-usage-conflict", arg = arg, other = prior)
                }
            }
            ErrorKind::NoEquals => msg!("cli-usage-no-equals", arg = text(ContextKind::InvalidArg)),
            ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
                msg!("cli-usage-number-of-values", arg = text(ContextKind::InvalidArg))
            }
            ErrorKind::InvalidUtf8 => msg!("cli-usage-invalid-utf8"),
            _ => msg!("cli-usage-other"),
        };
        let mut out = lang.text(&msg!("cli-error", message = message));
        if let Some(usage) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = usage.split_once(':').map_or(usage.as_str(), |(_, usage)| usage.trim_start());
            out.push_str(&format!("\n\n{}: {usage}", lang.text(&msg!("cli-help-usage-heading"))));
        }
        out.push_str("\n\n");
        out.push_str(&lang.text(&msg!("cli-usage-more")));
        out.push('\n');
        out.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_argument_and_command_has_its_russian_help() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        for arg in cmd.get_arguments() {
            if arg_help("", arg.get_id().as_str(), arg.get_action()).is_none() {
                missing.push(format!("leadrules {}", arg.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            if command_about(sub.get_name()).is_none() {
                missing.push(sub.get_name().to_string());
            }
            for arg in sub.get_arguments() {
                if arg_help(sub.get_name(), arg.get_id().as_str(), arg.get_action()).is_none() {
                    missing.push(format!("{} {}", sub.get_name(), arg.get_id()));
                }
                let names = arg.get_value_names().unwrap_or_default();
                for name in names.iter().filter(|_| arg.get_action().takes_values()) {
                    if value_name(name).is_none() && !["N", "ID", "JSON"].contains(&name.as_str()) {
                        missing.push(format!("{} {} <{name}>", sub.get_name(), arg.get_id()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no Russian help for: {missing:?}");
    }

    /// The English words of the message files are the doc comments clap shows, so that the two
    /// cannot drift apart (English `--help` is clap's own, from the doc comments).
    #[test]
    fn the_english_messages_are_the_doc_comments() {
        let mut cmd = Cli::command();
        cmd.build();
        let english = |m: Message| Lang::En.text(&m);
        assert_eq!(cmd.get_about().map(ToString::to_string), Some(english(msg!("cli-help-about"))));
        assert_eq!(cmd.get_long_about().map(ToString::to_string), Some(english(msg!("cli-help-long-about"))));
        let mut differing = Vec::new();
        let commands = std::iter::once(("", &cmd)).chain(cmd.get_subcommands().map(|s| (s.get_name(), s)));
        for (name, command) in commands {
            if let Some(about) = command_about(name).map(english)
                && command.get_about().map(ToString::to_string) != Some(about.clone())
            {
                differing.push(format!("{name}: {about}"));
            }
            for arg in command.get_arguments() {
                let said = arg_help(name, arg.get_id().as_str(), arg.get_action()).map(english);
                if said != arg.get_help().map(ToString::to_string) && arg.get_long_help().is_none() {
                    differing.push(format!("{name} {}: {said:?}", arg.get_id()));
                }
                for value in arg.get_value_names().unwrap_or_default() {
                    if let Some(said) = value_name(value).map(english)
                        && said != value.as_str()
                    {
                        differing.push(format!("{name} {} <{value}>: {said}", arg.get_id()));
                    }
                }
            }
        }
        assert!(differing.is_empty(), "en.ftl differs from the doc comments: {differing:#?}");
    }

    #[test]
    fn the_english_command_line_is_clap_s_own() {
        let english = command_in(Lang::En).render_long_help().to_string();
        assert_eq!(english, Cli::command().render_long_help().to_string());
    }
}
