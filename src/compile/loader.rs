//! Reads a definition and every file it `use`s, depth first, into one `SourceMap` and one list of
//! items for the checker: the used files' items first, then the definition's own.
//!
//! A `use` path is either a standard framework (`std/bant.rules`, built into the program) or a
//! path relative to the file that names it, which may not leave the definition's folder. Circles,
//! missing files and paths that leave the folder are diagnostics on the `use` line. `with`
//! settings replace the values of the used file's `parameters`. Only the definition's own
//! `example`s are kept: a used file's examples test that file, with its own settings.

use super::read::{ReadProblem, read_used_file};
use super::stdlib;
use crate::check::suggest::did_you_mean;
use crate::diagnostic::{Code, Diagnostic, Fix};
use crate::message::{Arg, Message};
use crate::msg;
use crate::span::{SourceFile, SourceMap, Span, Spanned};
use crate::syntax::ast::{Item, Literal, Parameter, RuleFile, UseDecl};
use std::path::{Component, Path, PathBuf};

/// A definition with everything it uses, ready to check.
pub struct Assembled {
    pub sources: SourceMap,
    /// The merged file: the root's header and comments, every file's items.
    pub file: RuleFile,
    /// For each item of `file`: the root's `use` line that brought it in (`None` for the root's own).
    pub imported_via: Vec<Option<Span>>,
    pub diagnostics: Vec<Diagnostic>,
    /// The files read from disk: the definition and every file it uses.
    pub disk_files: Vec<PathBuf>,
}

/// Where a file comes from: the built-in standard frameworks or the disk.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Origin {
    Std(String),
    Disk(PathBuf),
}

struct Loader {
    /// The folder `use` paths may not leave.
    root_dir: PathBuf,
    sources: SourceMap,
    diagnostics: Vec<Diagnostic>,
    /// Files being loaded (to find circles) and already loaded (to load each once).
    in_progress: Vec<Origin>,
    loaded: Vec<Origin>,
    /// Used files' texts to take instead of reading the disk (file name as shown, text).
    changed: Vec<(String, String)>,
}

/// Parses `root` and every file it uses, taking a used file's text from `changed` (by its name
/// as the diagnostics show it) when it is there: the texts `check --fix` has changed so far.
pub fn assemble(root: SourceFile, changed: &[(String, String)]) -> Assembled {
    let root_path = PathBuf::from(&root.name);
    let root = match super::read::one_line_break(&root.text) {
        std::borrow::Cow::Owned(text) => SourceFile::new(root.name, text),
        std::borrow::Cow::Borrowed(_) => root,
    };
    let root_dir = normalize(root_path.parent().unwrap_or(Path::new("")));
    let mut loader = Loader {
        root_dir,
        sources: SourceMap::default(),
        diagnostics: Vec::new(),
        in_progress: Vec::new(),
        loaded: Vec::new(),
        changed: changed.to_vec(),
    };
    let (file, items) = loader.load(Origin::Disk(normalize(&root_path)), root.name, root.text, None);
    let (items, imported_via): (Vec<Item>, Vec<Option<Span>>) = items.into_iter().unzip();
    let disk_files = loader
        .loaded
        .iter()
        .filter_map(|origin| match origin {
            Origin::Disk(path) => Some(path.clone()),
            Origin::Std(_) => None,
        })
        .collect();
    Assembled {
        disk_files,
        sources: loader.sources,
        file: RuleFile { header: file.header, items, comments: file.comments, spelling: file.spelling },
        imported_via,
        diagnostics: loader.diagnostics,
    }
}

// A diagnostic as the error of a step is the house style (errors as values); it grew with its
// fixes, and these steps run once per `use` line, so its size does not matter here.
#[allow(clippy::result_large_err)]
impl Loader {
    /// Loads one file; returns its parse (for the header and comments) and its items with
    /// everything it uses spliced in where the `use` lines stand.
    fn load(
        &mut self,
        origin: Origin,
        name: String,
        text: String,
        via: Option<Span>,
    ) -> (RuleFile, Vec<(Item, Option<Span>)>) {
        let base = self.sources.add(name, text).base;
        let text = self.sources.files().last().map(|f| f.text.clone()).unwrap_or_default();
        let parsed = crate::syntax::parse_at(&text, base);
        self.diagnostics.extend(parsed.diagnostics);
        self.in_progress.push(origin.clone());
        self.loaded.push(origin.clone());
        let is_root = via.is_none();
        let mut items = Vec::new();
        let mut file = parsed.file;
        for item in std::mem::take(&mut file.items) {
            match item {
                Item::Use(decl) => {
                    let used_via = via.or(Some(decl.span.into()));
                    items.extend(self.use_file(&origin, &decl, used_via));
                }
                Item::Example(_) if !is_root => {}
                other => items.push((other, via)),
            }
        }
        self.in_progress.pop();
        (file, items)
    }

    fn use_file(&mut self, from: &Origin, decl: &UseDecl, via: Option<Span>) -> Vec<(Item, Option<Span>)> {
        let target = match self.resolve(from, &decl.path) {
            Ok(target) => target,
            Err(d) => {
                self.diagnostics.push(d);
                return Vec::new();
            }
        };
        if self.in_progress.contains(&target) {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::Cycle,
                    msg!("compile-use-cycle", path = &decl.path.node),
                    decl.span,
                    msg!("compile-use-cycle-label"),
                )
                .with_help(msg!("compile-use-cycle-help")),
            );
            return Vec::new();
        }
        if self.loaded.contains(&target) {
            // Already part of the definition (two files use the same framework).
            if !decl.overrides.is_empty() {
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::InvalidSetting,
                        msg!("compile-use-twice-with-settings", path = &decl.path.node),
                        decl.span,
                        msg!("compile-use-twice-with-settings-label"),
                    )
                    .with_help(msg!("compile-use-twice-with-settings-help")),
                );
            }
            return Vec::new();
        }
        let (name, text) = match self.read(&target, &decl.path) {
            Ok(found) => found,
            Err(d) => {
                self.diagnostics.push(d);
                return Vec::new();
            }
        };
        let (_, mut items) = self.load(target, name, text, via);
        for setting in &decl.overrides {
            self.apply(setting, &mut items);
        }
        items
    }

    /// Where a `use` path points, or why it cannot be used.
    fn resolve(&self, from: &Origin, path: &Spanned<String>) -> Result<Origin, Diagnostic> {
        let written = path.node.trim();
        if written.starts_with("std/") {
            return match stdlib::get(written) {
                Some(_) => Ok(Origin::Std(written.to_string())),
                None => Err(unknown_std(path)),
            };
        }
        if Path::new(written).is_absolute() {
            return Err(Diagnostic::new(
                Code::UnknownName,
                msg!("compile-use-absolute"),
                path.span,
                msg!("compile-use-absolute-label"),
            )
            .with_help(msg!("compile-use-absolute-help")));
        }
        match from {
            Origin::Std(name) => {
                let dir = Path::new(name).parent().unwrap_or(Path::new("std"));
                let joined = normalize(&dir.join(written)).to_string_lossy().replace('\\', "/");
                match stdlib::get(&joined) {
                    Some(_) => Ok(Origin::Std(joined)),
                    None => Err(unknown_std(path)),
                }
            }
            Origin::Disk(file) => {
                let dir = file.parent().unwrap_or(Path::new(""));
                let target = normalize(&dir.join(written));
                if !target.starts_with(&self.root_dir) || escapes(&target) {
                    return Err(Diagnostic::new(
                        Code::InvalidSetting,
                        msg!("compile-use-outside", path = written),
                        path.span,
                        msg!("compile-use-outside-label"),
                    )
                    .with_help(msg!("compile-use-outside-help")));
                }
                self.inside_after_links(&target, path)?;
                Ok(Origin::Disk(target))
            }
        }
    }

    /// A path inside the rules folder may still lead out of it through a symbolic link (to a
    /// file, or a folder on the way): after following links it must still be inside. A path that
    /// does not exist is left for `read` to report.
    fn inside_after_links(&self, target: &Path, path: &Spanned<String>) -> Result<(), Diagnostic> {
        let folder = if self.root_dir.as_os_str().is_empty() { Path::new(".") } else { &self.root_dir };
        let (Ok(real_target), Ok(real_folder)) = (target.canonicalize(), folder.canonicalize()) else {
            return Ok(());
        };
        if real_target.starts_with(&real_folder) {
            return Ok(());
        }
        Err(Diagnostic::new(
            Code::InvalidSetting,
            msg!("compile-use-outside-link", path = path.node.trim()),
            path.span,
            msg!("compile-use-outside-link-label"),
        )
        .with_help(msg!("compile-use-outside-link-help")))
    }

    fn read(&self, target: &Origin, path: &Spanned<String>) -> Result<(String, String), Diagnostic> {
        match target {
            Origin::Std(name) => {
                stdlib::get(name).map(|text| (name.clone(), text.to_string())).ok_or_else(|| unknown_std(path))
            }
            Origin::Disk(file) => {
                let shown = file.display().to_string();
                if let Some((_, text)) = self.changed.iter().find(|(name, _)| *name == shown) {
                    return Ok((shown, text.clone()));
                }
                let text = read_used_file(file).map_err(|problem| match problem {
                    ReadProblem::Io(e) => Diagnostic::new(
                        Code::UnknownName,
                        msg!(
                            "compile-use-cannot-read",
                            path = &path.node,
                            reason = crate::diagnostic::plain_io_error(&e)
                        ),
                        path.span,
                        msg!("compile-use-cannot-read-label", file = shown.as_str()),
                    )
                    .with_help(msg!("compile-use-cannot-read-help", standard = standard_files())),
                    ReadProblem::NotUtf8 { .. } => Diagnostic::new(
                        Code::UnknownName,
                        msg!("compile-use-not-utf8", path = &path.node, problem = problem.message()),
                        path.span,
                        msg!("compile-use-not-utf8-label"),
                    )
                    .with_help(msg!("compile-use-not-utf8-help")),
                    ReadProblem::NotAFile | ReadProblem::TooLarge => Diagnostic::new(
                        Code::UnknownName,
                        msg!("compile-use-not-a-rule-file", path = &path.node, problem = problem.message()),
                        path.span,
                        msg!("compile-use-not-a-rule-file-label"),
                    )
                    .with_help(msg!("compile-use-not-a-rule-file-help")),
                })?;
                Ok((shown, text))
            }
        }
    }

    /// Replaces the value of a used file's parameter with the `with` setting.
    fn apply(&mut self, setting: &Parameter, items: &mut [(Item, Option<Span>)]) {
        let mut known: Vec<String> = Vec::new();
        for (item, _) in items.iter_mut() {
            let Item::Parameters(block) = item else { continue };
            for parameter in &mut block.parameters {
                if parameter.name.name != setting.name.name {
                    known.push(parameter.name.name.clone());
                    continue;
                }
                if kind_of(&parameter.value.node).id() != kind_of(&setting.value.node).id() {
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::UnitMismatch,
                            msg!(
                                "compile-setting-wrong-kind",
                                name = &setting.name.name,
                                expected = kind_of(&parameter.value.node),
                                given = kind_of(&setting.value.node)
                            ),
                            setting.value.span,
                            msg!("compile-setting-wrong-kind-label", kind = kind_of(&setting.value.node)),
                        )
                        .with_label(parameter.value.span, msg!("compile-setting-replaced"))
                        .with_help(msg!("compile-setting-wrong-kind-help")),
                    );
                    return;
                }
                parameter.value = setting.value.clone();
                return;
            }
        }
        let help = match did_you_mean(&setting.name.name, known.iter().map(String::as_str)) {
            Some(s) => msg!("compile-setting-did-you-mean", name = s),
            None if known.is_empty() => msg!("compile-setting-no-parameters"),
            None => msg!("compile-setting-known", names = known.join(", ")),
        };
        self.diagnostics.push(
            Diagnostic::new(
                Code::UnknownName,
                msg!("compile-setting-unknown", name = &setting.name.name),
                setting.name.span,
                msg!("compile-setting-unknown-label"),
            )
            .with_help(help),
        );
    }
}

/// The standard files' paths, for help lines: `std/bant.rules, std/anum.rules, ...`.
fn standard_files() -> String {
    stdlib::names().collect::<Vec<_>>().join(", ")
}

fn unknown_std(path: &Spanned<String>) -> Diagnostic {
    // `use "std/bant"`: the file meant, written without its `.rules`; nothing else to choose.
    let with_extension = format!("{}.rules", path.node.trim());
    if stdlib::names().any(|name| name == with_extension) {
        let written = Arg::code(format!("use \"{with_extension}\""));
        return Diagnostic::new(
            Code::UnknownName,
            msg!("compile-std-unknown", path = &path.node),
            path.span,
            msg!("compile-std-no-extension-label"),
        )
        .with_help(msg!("compile-std-no-extension-help", written = written))
        .with_fix(Fix::replace(
            path.span,
            format!("\"{with_extension}\""),
            msg!("compile-std-use-fix", suggestion = with_extension.as_str()),
        ));
    }
    let suggestion = did_you_mean(path.node.trim(), stdlib::names());
    let help = match suggestion {
        Some(s) => msg!("compile-std-did-you-mean", suggestion = s, standard = standard_files()),
        None => msg!("compile-std-list", standard = standard_files()),
    };
    let diagnostic = Diagnostic::new(
        Code::UnknownName,
        msg!("compile-std-unknown", path = &path.node),
        path.span,
        msg!("compile-std-unknown-label"),
    )
    .with_help(help);
    match suggestion {
        // Another framework than the one written would be a different definition: a choice.
        Some(s) => diagnostic.with_fix(
            Fix::replace(path.span, format!("\"{s}\""), msg!("compile-std-use-fix", suggestion = s)).as_choice(),
        ),
        None => diagnostic,
    }
}

/// How a parameter's value is described, to compare a setting with what it replaces.
fn kind_of(literal: &Literal) -> Message {
    match literal {
        Literal::Number(_) => msg!("compile-kind-number"),
        Literal::Percent(_) => msg!("compile-kind-percentage"),
        Literal::Duration(_) => msg!("compile-kind-duration"),
        Literal::Text(_) => msg!("compile-kind-text"),
        Literal::YesNo(_) => msg!("compile-kind-yes-no"),
        Literal::Date(_) | Literal::DateTime(_) => msg!("compile-kind-date"),
        Literal::Name(_) => msg!("compile-kind-name"),
    }
}

/// `a/./b/../c` → `a/c`, without touching the disk; leading `..` are kept.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => match out.components().next_back() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                _ => out.push(".."),
            },
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Whether a normalized path climbs above where it started.
fn escapes(path: &Path) -> bool {
    path.components().any(|c| c == Component::ParentDir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizing_paths() {
        assert_eq!(normalize(Path::new("rules/./std/../acme.rules")), PathBuf::from("rules/acme.rules"));
        assert!(escapes(&normalize(Path::new("rules/../../etc/passwd"))));
        assert_eq!(normalize(Path::new("rules/..")), PathBuf::new());
        assert!(!escapes(&normalize(Path::new("rules/frameworks/champ.rules"))));
    }
}
