//! Each version's rule texts, kept once beside the log: `FILE.d/HEX/`, where `HEX` is the
//! version's digest without its `sha256:`, holds `files.json` (the version's name, version,
//! digest, and its files in load order: the name each was loaded by and where its text is kept)
//! and the texts themselves (`0.rules` is the definition, `1.rules`... the files it `use`s,
//! standard frameworks included). A version's folder is written whole under a temporary name,
//! made durable, and renamed into place: it is there entirely or not at all.

use super::super::definition::Definition;
use crate::message::Message;
use crate::msg;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The name of the manifest of a version's folder.
const MANIFEST: &str = "files.json";

/// A version's texts as kept: what `files.json` holds.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    /// `definition "NAME"`.
    pub name: String,
    /// `version V`, or empty.
    pub version: String,
    /// The digest of the texts.
    pub digest: String,
    /// The files, the definition first.
    pub files: Vec<Kept>,
}

/// One file of a version.
#[derive(Debug, Serialize, Deserialize)]
pub struct Kept {
    /// The name it was loaded by (its path, or `std/...`).
    pub name: String,
    /// The file in the version's folder holding its text.
    pub text: String,
}

/// The folder beside the log where the versions' texts are kept: `FILE.d`.
pub fn folder_of(log: &Path) -> PathBuf {
    let mut name = log.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".d");
    log.with_file_name(name)
}

/// A version's own folder in `folder`.
fn version_folder(folder: &Path, digest: &str) -> PathBuf {
    folder.join(digest.strip_prefix("sha256:").unwrap_or(digest))
}

/// Keeps `definition`'s texts in `folder`, unless they are kept already.
pub fn keep(folder: &Path, definition: &Definition) -> Result<(), Message> {
    let target = version_folder(folder, &definition.digest);
    if target.join(MANIFEST).is_file() {
        return Ok(());
    }
    let failed = |e: &std::io::Error| {
        msg!(
            "audit-cannot-keep-texts",
            folder = target.display().to_string(),
            reason = crate::diagnostic::plain_io_error(e)
        )
    };
    let temporary = folder.join(format!(
        ".writing-{}-{}",
        std::process::id(),
        definition.digest.strip_prefix("sha256:").unwrap_or(&definition.digest)
    ));
    let _ = std::fs::remove_dir_all(&temporary);
    std::fs::create_dir_all(&temporary).map_err(|e| failed(&e))?;
    let mut files = Vec::new();
    for (i, file) in definition.sources.files().iter().enumerate() {
        let text = format!("{i}.rules");
        write_durably(&temporary.join(&text), file.text.as_bytes()).map_err(|e| failed(&e))?;
        files.push(Kept { name: file.name.clone(), text });
    }
    let manifest = Manifest {
        name: definition.name.clone(),
        version: definition.version.clone(),
        digest: definition.digest.clone(),
        files,
    };
    let mut json = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
    json.push(b'\n');
    write_durably(&temporary.join(MANIFEST), &json).map_err(|e| failed(&e))?;
    sync_folder(&temporary).map_err(|e| failed(&e))?;
    if let Err(e) = std::fs::rename(&temporary, &target) {
        let _ = std::fs::remove_dir_all(&temporary);
        // Another service on the same log kept the same texts first.
        if target.join(MANIFEST).is_file() {
            return Ok(());
        }
        return Err(failed(&e));
    }
    sync_folder(folder).map_err(|e| failed(&e))
}

/// Writes a file and makes its contents durable.
fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes a folder's entries (a file created or renamed in it) durable.
pub fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(if folder.as_os_str().is_empty() { Path::new(".") } else { folder })?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

/// The texts of the version with `digest`, as kept in `folder`: the definition's name and text,
/// then each used file's.
pub fn texts(folder: &Path, digest: &str) -> Result<Vec<(String, String)>, Message> {
    let hex = digest.strip_prefix("sha256:").unwrap_or("");
    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(msg!("audit-bad-digest", digest = digest));
    }
    let at = version_folder(folder, digest);
    let unreadable = |e: &std::io::Error| {
        msg!(
            "audit-texts-missing",
            digest = digest,
            folder = at.display().to_string(),
            reason = crate::diagnostic::plain_io_error(e)
        )
    };
    let manifest = std::fs::read(at.join(MANIFEST)).map_err(|e| unreadable(&e))?;
    let manifest: Manifest = serde_json::from_slice(&manifest)
        .map_err(|e| unreadable(&std::io::Error::new(std::io::ErrorKind::InvalidData, e)))?;
    manifest
        .files
        .into_iter()
        .map(|kept| {
            let text = std::fs::read_to_string(at.join(&kept.text)).map_err(|e| unreadable(&e))?;
            Ok((kept.name, text))
        })
        .collect()
}
