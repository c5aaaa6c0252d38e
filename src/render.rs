//! Turns diagnostics into what people and machines read: ariadne reports (the only module that
//! knows ariadne) and JSON objects with file, line and column.

use crate::diagnostic::{Diagnostic, Severity};
use crate::span::{SourceFile, SourceMap, Span};
use ariadne::{Config, IndexType, Label, Report, ReportKind};
use serde_json::json;

/// Renders diagnostics as ariadne reports. `color` adds ANSI colours (for terminals only).
pub fn to_text(diagnostics: &[Diagnostic], sources: &SourceMap, color: bool) -> String {
    let mut cache = ariadne::sources(sources.files().iter().map(|f| (f.name.clone(), f.text.clone())));
    let mut out = Vec::new();
    for d in diagnostics {
        let Some((file, primary)) = place(sources, d.span()) else { continue };
        let kind = match d.severity {
            Severity::Error => ReportKind::Error,
            Severity::Warning => ReportKind::Warning,
        };
        let config = Config::default().with_color(color).with_index_type(IndexType::Byte);
        let mut report = Report::build(kind, (file.name.clone(), primary))
            .with_config(config)
            .with_code(d.code.as_str())
            .with_message(&d.message);
        for (order, label) in d.labels.iter().enumerate() {
            let Some((label_file, range)) = place(sources, label.span) else { continue };
            let mut l =
                Label::new((label_file.name.clone(), range)).with_message(&label.message).with_order(order as i32);
            if color {
                l = l.with_color(if label.primary { ariadne::Color::Red } else { ariadne::Color::Blue });
            }
            report = report.with_label(l);
        }
        for note in &d.notes {
            report = report.with_note(note);
        }
        if let Some(help) = &d.help {
            report = report.with_help(help);
        }
        // Writing into a Vec cannot fail; a failure would only lose this one report's text.
        let _ = report.finish().write(&mut cache, &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One JSON object per diagnostic, with the file and 1-based lines and columns (in characters).
pub fn to_json(diagnostics: &[Diagnostic], sources: &SourceMap) -> Vec<serde_json::Value> {
    let position = |span: Span| match sources.file_of(span) {
        Some(file) => {
            let (line, column) = file.line_col(span.start);
            let (end_line, end_column) = file.line_col(span.end);
            json!({ "file": file.name, "line": line, "column": column, "end_line": end_line, "end_column": end_column })
        }
        None => serde_json::Value::Null,
    };
    diagnostics
        .iter()
        .map(|d| {
            let labels: Vec<_> = d
                .labels
                .iter()
                .map(|l| json!({ "message": l.message, "primary": l.primary, "position": position(l.span) }))
                .collect();
            let file = sources.file_of(d.span()).map(|f| f.name.clone());
            json!({
                "file": file,
                "severity": d.severity,
                "code": d.code.as_str(),
                "message": d.message,
                "position": position(d.span()),
                "labels": labels,
                "help": d.help,
                "notes": d.notes,
            })
        })
        .collect()
}

/// The file a span points into and a range of that file ariadne can draw: never empty, within
/// the text, on character boundaries.
fn place(sources: &SourceMap, span: Span) -> Option<(&SourceFile, std::ops::Range<usize>)> {
    let file = sources.file_of(span).or_else(|| sources.root())?;
    let text = file.text.as_str();
    let local = file.local(span);
    let len = text.len();
    let mut start = local.start;
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = local.end.max(start);
    while end < len && !text.is_char_boundary(end) {
        end += 1;
    }
    if end == start {
        match text[start..].chars().next() {
            Some(c) if c != '\n' => end = start + c.len_utf8(),
            _ => {
                if let Some(c) = text[..start].chars().next_back() {
                    start -= c.len_utf8();
                }
            }
        }
    }
    Some((file, start..end.max(start)))
}
