//! Checks the `╭─[ file:line:col ]` / `├─[ file:line:col ]` headers of rendered reports: each
//! must name a place where one of its diagnostic's labels starts, and the snippet under it must
//! show that line. ariadne writes the header itself, from offsets we hand it, so a mix-up of byte
//! and character offsets (a label after Cyrillic text) or a file's labels split into several
//! snippets shows up here.

use leadrules::diagnostic::Diagnostic;
use leadrules::span::SourceMap;

/// The headers of `rendered` (the reports of `diagnostics`, in order, no colour) that do not
/// point at the start of one of their diagnostic's labels, or whose snippet does not show the
/// header's line, or whose file has a second snippet in the same report; one sentence each.
pub fn misplaced_headers(rendered: &str, diagnostics: &[Diagnostic], sources: &SourceMap) -> Vec<String> {
    let reports = split_reports(rendered);
    if reports.len() != diagnostics.len() {
        return vec![format!("{} reports rendered for {} diagnostics", reports.len(), diagnostics.len())];
    }
    let mut wrong = Vec::new();
    for (report, diagnostic) in reports.iter().zip(diagnostics) {
        let starts = label_starts(diagnostic, sources);
        let mut files_seen: Vec<String> = Vec::new();
        for (index, header) in report.iter().enumerate() {
            let Some((file, line, column)) = header_place(header) else { continue };
            if files_seen.contains(&file) {
                wrong.push(format!("`{file}` has a second snippet in one report: {header}"));
            }
            files_seen.push(file.clone());
            let long_line = sources
                .files()
                .iter()
                .find(|f| f.name == file)
                .and_then(|f| f.text.lines().nth(line.saturating_sub(1)))
                .is_some_and(|text| text.chars().count() > leadrules::render::MAX_SHOWN * 2);
            // A shortened line's columns are those of the shortened copy: check its line only.
            let at_a_label = starts.iter().any(|(f, l, c)| *f == file && *l == line && (long_line || *c == column));
            if !at_a_label {
                wrong.push(format!(
                    "{header} is not where a label of `{}` starts: {starts:?}",
                    diagnostic.code.as_str()
                ));
            }
            let shown = snippet_lines(&report[index + 1..]);
            if !shown.contains(&line) {
                wrong.push(format!("{header} heads a snippet of lines {shown:?}"));
            }
        }
    }
    wrong
}

/// Each report's lines (a report ends with its `───╯` line).
fn split_reports(rendered: &str) -> Vec<Vec<&str>> {
    let mut reports = vec![Vec::new()];
    for line in rendered.lines() {
        reports.last_mut().expect("always one").push(line);
        if line.trim_end().ends_with('╯') && line.trim_end().trim_end_matches('╯').chars().all(|c| c == '─') {
            reports.push(Vec::new());
        }
    }
    reports.pop();
    reports
}

/// (file, line, column) of a `╭─[ file:line:col ]` or `├─[ … ]` line.
fn header_place(line: &str) -> Option<(String, usize, usize)> {
    let trimmed = line.trim_start();
    let inner = trimmed.strip_prefix("╭─[").or_else(|| trimmed.strip_prefix("├─["))?;
    let inner = inner.trim().strip_suffix(']')?.trim();
    let mut parts = inner.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?.to_string(), line, column))
}

/// The line numbers in the gutter of a snippet, up to the next header.
fn snippet_lines(after_header: &[&str]) -> Vec<usize> {
    after_header
        .iter()
        .take_while(|l| header_place(l).is_none())
        .filter_map(|l| l.split_once('│').and_then(|(gutter, _)| gutter.trim().parse().ok()))
        .collect()
}

/// Where each label of `diagnostic` starts, as a (file, line, column) the renderer may draw: an
/// empty label at the end of a line is drawn on the character before it.
fn label_starts(diagnostic: &Diagnostic, sources: &SourceMap) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for label in &diagnostic.labels {
        let Some(file) = sources.file_of(label.span).or_else(|| sources.root()) else { continue };
        let (line, column) = file.line_col(label.span.start);
        out.push((file.name.clone(), line, column));
        if !label.span.is_empty() {
            continue;
        }
        if column > 1 {
            out.push((file.name.clone(), line, column - 1));
        } else if line > 1 {
            let previous = file.text.lines().nth(line - 2).map_or(0, |t| t.chars().count());
            out.push((file.name.clone(), line - 1, previous + 1));
        }
    }
    out
}
