//! Where a run's leads come from (a file, or standard input for `-`), and the files a run reads,
//! which its output must not replace.

use crate::compile::RuleSet;
use crate::input::{self, InputError, InputOptions, LeadReader};
use crate::schema::Schema;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The files a run reads, which its output must not replace: the rule files and `others`.
pub fn inputs_of<'a>(rules: &'a RuleSet, others: impl IntoIterator<Item = &'a Path>) -> Vec<&'a Path> {
    rules.disk_files.iter().map(PathBuf::as_path).chain(others).collect()
}

/// Opens the lead file, or standard input when the path is `-`. `open_file` opens a file's
/// bytes: the command line wraps them in a progress bar, a library user passes [`plain_file`].
pub fn open_leads(
    path: &Path,
    schema: &Schema,
    options: &InputOptions,
    open_file: impl FnOnce(&Path) -> std::io::Result<Box<dyn Read + Send>>,
) -> Result<LeadReader, InputError> {
    if path == Path::new("-") {
        return input::from_reader(input::error::STANDARD_INPUT, Box::new(std::io::stdin()), schema, options);
    }
    let name = path.display().to_string();
    let file = open_file(path).map_err(|reason| InputError::Open { path: name.clone(), reason })?;
    input::from_reader(&name, file, schema, options)
}

/// A file's bytes, as they are.
pub fn plain_file(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    Ok(Box::new(std::fs::File::open(path)?))
}
