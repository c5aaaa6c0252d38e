//! Turns diagnostics into what people and machines read: ariadne reports (the only module that
//! knows ariadne) and JSON objects with line and column numbers.

use crate::diagnostic::{Diagnostic, Severity};
use crate::span::{SourceFile, Span};
use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};
use serde_json::json;

/// Renders diagnostics as ariadne reports. `color` adds ANSI colours (for terminals only).
pub fn to_text(diagnostics: &[Diagnostic], file: &SourceFile, color: bool) -> String {
    let mut out = Vec::new();
    for d in diagnostics {
        let kind = match d.severity {
            Severity::Error => ReportKind::Error,
            Severity::Warning => ReportKind::Warning,
        };
        let name = file.name.as_str();
        let config = Config::default().with_color(color).with_index_type(IndexType::Byte);
        let primary = visible(d.span(), &file.text);
        let mut report = Report::build(kind, (name, primary.range()))
            .with_config(config)
            .with_code(d.code.as_str())
            .with_message(&d.message);
        for (order, label) in d.labels.iter().enumerate() {
            let span = visible(label.span, &file.text);
            let mut l = Label::new((name, span.range())).with_message(&label.message).with_order(order as i32);
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
        let _ = report.finish().write((name, Source::from(file.text.as_str())), &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One JSON object per diagnostic, with 1-based lines and columns (in characters).
pub fn to_json(diagnostics: &[Diagnostic], file: &SourceFile) -> Vec<serde_json::Value> {
    diagnostics
        .iter()
        .map(|d| {
            let position = |span: Span| {
                let (line, column) = file.line_col(span.start);
                let (end_line, end_column) = file.line_col(span.end);
                json!({ "line": line, "column": column, "end_line": end_line, "end_column": end_column })
            };
            let labels: Vec<_> = d
                .labels
                .iter()
                .map(|l| json!({ "message": l.message, "primary": l.primary, "position": position(l.span) }))
                .collect();
            json!({
                "file": file.name,
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

/// A span ariadne can draw: never empty, within the text, on character boundaries.
fn visible(span: Span, text: &str) -> Span {
    let len = text.len();
    let mut start = (span.start as usize).min(len);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end as usize).clamp(start, len);
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
    Span::new(start, end.max(start))
}
