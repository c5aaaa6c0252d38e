//! The definition in force: a rule file loaded, checked and compiled by the same library stage
//! as every command (`compile::load`), with what the service says about it (name, version,
//! effective date, a digest of its texts). A new version must check clean of errors, classify,
//! and pass its own examples; else it is a [`Refusal`] and the last good version keeps serving.

use crate::compile::RuleSet;
use crate::diagnostic::Diagnostic;
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::output::column_names;
use crate::run::Carried;
use crate::span::{SourceFile, SourceMap};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One whole version of the definition; every request is judged by exactly one.
pub struct Definition {
    /// The compiled rules.
    pub rules: RuleSet,
    /// `definition "NAME"`, or the file's name when it has no header.
    pub name: String,
    /// `version V` as written, or empty.
    pub version: String,
    /// `effective YYYY-MM-DD`, when given.
    pub effective: Option<String>,
    /// `sha256:` and the hex digest of every text the definition was loaded from (its own file
    /// and every file it uses), in load order: two loads of the same texts have the same digest.
    pub digest: String,
    /// The warnings found while loading (a version with errors is never served).
    pub diagnostics: Vec<Diagnostic>,
    /// The texts the diagnostics point into.
    pub sources: SourceMap,
    /// The verdict row's columns, as `qualify` names them.
    pub columns: Vec<String>,
    /// The keys of its JSON Lines rows, written once per version rather than per request.
    pub keys: std::sync::Arc<crate::output::JsonKeys>,
    /// The fields prepared for reading requests, once per version rather than per request.
    pub reading: crate::input::Prepared,
    /// `{"name":…,"version":…,"digest":…}`: how every answer names this version.
    pub about: String,
    /// What the qualifiers of this version carry between requests.
    pub remembered: Remembered,
}

/// What the qualifiers of a version carry between requests, in each language
/// ([`crate::run::Carried`]): the texts every verdict row shares, made once, and the memory of the
/// discovery questions, so a lead like one judged before is not searched again. A request takes
/// one and gives it back; at most [`Remembered::KEPT`] are kept a language, each remembering a
/// share, so what a version holds stays bounded however many requests run at once.
#[derive(Default)]
pub struct Remembered {
    by_lang: [Mutex<Vec<Carried>>; Lang::ALL.len()],
}

impl Remembered {
    /// How many are kept a language.
    pub const KEPT: usize = 4;

    fn slot(&self, lang: Lang) -> &Mutex<Vec<Carried>> {
        &self.by_lang[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
    }

    /// What a qualifier of `rules` (this version's) in `lang` starts from: one given back
    /// earlier, or a fresh one.
    pub fn take(&self, rules: &RuleSet, lang: Lang) -> Carried {
        let kept = self.slot(lang).lock().ok().and_then(|mut kept| kept.pop());
        kept.unwrap_or_else(|| Carried::new(rules, lang, Self::KEPT))
    }

    /// Keeps `carried` for the next request in its language, unless enough are kept.
    pub fn give_back(&self, carried: Carried) {
        if let Ok(mut kept) = self.slot(carried.lang()).lock()
            && kept.len() < Self::KEPT
        {
            kept.push(carried);
        }
    }
}

/// Why a version of the rule files is not served.
pub struct Refusal {
    /// What is wrong, in short.
    pub reason: Message,
    /// Every diagnostic of the load (empty when the file could not be read).
    pub diagnostics: Vec<Diagnostic>,
    /// The texts the diagnostics point into.
    pub sources: SourceMap,
    /// The digest of the refused texts (to refuse the same texts once), when they were read.
    pub digest: Option<String>,
    /// Whether the rule file itself could not be read (a missing file rather than mistakes).
    pub unreadable: bool,
}

/// The digest of a set of texts: `sha256:` and 64 hex digits.
pub fn digest_of(sources: &SourceMap) -> String {
    let mut hash = Sha256::new();
    for file in sources.files() {
        // Lengths first, so that moving text from one file to the next changes the digest.
        hash.update((file.name.len() as u64).to_le_bytes());
        hash.update(file.name.as_bytes());
        hash.update((file.text.len() as u64).to_le_bytes());
        hash.update(file.text.as_bytes());
    }
    let mut hex = String::with_capacity(7 + 64);
    hex.push_str("sha256:");
    for byte in hash.finalize() {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// Reads, checks and compiles the definition at `path`, and runs its examples.
pub fn load_definition(path: &Path) -> Result<Definition, Refusal> {
    let name = path.display().to_string();
    let text = crate::compile::read::read_rule_file(path).map_err(|problem| Refusal {
        reason: msg!("serve-cannot-read-rules", path = name.as_str(), reason = problem.message()),
        diagnostics: Vec::new(),
        sources: SourceMap::default(),
        digest: None,
        unreadable: true,
    })?;
    from_text(SourceFile::new(name, text))
}

/// [`load_definition`] of a text already read.
pub fn from_text(source: SourceFile) -> Result<Definition, Refusal> {
    from_texts(source, &[])
}

/// [`from_text`], the used files' texts taken from `used` (name as loaded, text) rather than
/// the disk: a version kept beside the audit log, loaded again.
pub fn from_texts(source: SourceFile, used: &[(String, String)]) -> Result<Definition, Refusal> {
    let definition = compiled_with(source, used)?;
    let failed = failing_examples(&definition.rules);
    if !failed.is_empty() {
        let reason = msg!(
            "serve-examples-fail",
            file = definition.rules.file_name(),
            count = failed.len(),
            examples = crate::message::Arg::Verbatim(failed.join(", "))
        );
        return Err(Refusal {
            reason,
            diagnostics: definition.diagnostics,
            sources: definition.sources,
            digest: Some(definition.digest),
            unreadable: false,
        });
    }
    Ok(definition)
}

/// A text compiled into a version that could classify leads, its examples not yet run: what
/// the editor's page compares with the version in force. Refused when it has errors or no
/// `classify` block.
pub fn compiled(source: SourceFile) -> Result<Definition, Refusal> {
    compiled_with(source, &[])
}

/// [`compiled`], the used files' texts taken from `used` before the disk: an edit of the main
/// file compared with the version in force, whose used files are those it was loaded with.
pub fn compiled_with(source: SourceFile, used: &[(String, String)]) -> Result<Definition, Refusal> {
    let file_name = source.name.clone();
    let crate::compile::Loaded { rules, diagnostics, sources, .. } = crate::compile::load_changed(source, used);
    let digest = digest_of(&sources);
    let refusal = |reason: Message, diagnostics: Vec<Diagnostic>, sources: SourceMap| Refusal {
        reason,
        diagnostics,
        sources,
        digest: Some(digest.clone()),
        unreadable: false,
    };
    let Some(rules) = rules else {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        let reason = msg!("serve-rules-have-errors", file = file_name.as_str(), count = errors);
        return Err(refusal(reason, diagnostics, sources));
    };
    if !rules.classifies() {
        return Err(refusal(msg!("serve-rules-do-not-classify", file = file_name.as_str()), diagnostics, sources));
    }
    let header = rules.header.as_ref();
    let name = header.map_or_else(|| file_name.clone(), |h| h.name.node.clone());
    let version = header.and_then(|h| h.version.as_ref()).map_or_else(String::new, |v| v.node.clone());
    let effective = header.and_then(|h| h.effective.as_ref()).map(|d| d.node.to_string());
    let columns = column_names(&rules);
    let keys = std::sync::Arc::new(crate::output::JsonKeys::new(&columns));
    let reading = crate::input::Prepared::new(&rules.schema);
    let about = serde_json::json!({ "name": name, "version": version, "digest": digest }).to_string();
    Ok(Definition {
        rules,
        name,
        version,
        effective,
        digest,
        diagnostics,
        sources,
        columns,
        keys,
        reading,
        about,
        remembered: Remembered::default(),
    })
}

/// The names of the examples a version does not pass, each in quotes, in the order written.
pub fn failing_examples(rules: &RuleSet) -> Vec<String> {
    crate::eval::examples::run_examples(rules)
        .iter()
        .filter(|r| !r.passed())
        .map(|r| format!("\"{}\"", r.example.name))
        .collect()
}

impl Definition {
    /// The files on disk this version was read from: the definition and every file it uses.
    pub fn files(&self) -> Vec<PathBuf> {
        self.rules.disk_files.clone()
    }

    /// The files this version uses (every file but its own, in load order: standard frameworks
    /// and files on disk), each as (name as diagnostics show it, text as it was loaded). An edit
    /// of the main file is checked with these rather than with what is on disk now, so it is
    /// compared with the version in force, and no request reads the disk for them.
    pub fn used_texts(&self) -> Vec<(String, String)> {
        self.sources.files().iter().skip(1).map(|f| (f.name.clone(), f.text.clone())).collect()
    }
}
