//! Turns diagnostics into what people and machines read: ariadne reports (the only module that
//! knows ariadne) and JSON objects with file, line and column.

use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::locale::{Examples, Lang};
use crate::message::{Arg, Message};
use crate::msg;
use crate::span::{SourceFile, SourceMap, Span};
use ariadne::{Config, IndexType, Label, Report, ReportKind};
use serde_json::json;

/// The most characters of the author's text a diagnostic shows on one line: a line of the
/// rule file longer than this is shortened around the places it points at, and so is a value a
/// message quotes verbatim (a path, a name, a cell) in its middle. The sentence around the values
/// is always shown whole, in either language.
pub const MAX_SHOWN: usize = 240;

/// Renders diagnostics as ariadne reports in `lang`. `color` adds ANSI colours (for terminals
/// only).
pub fn to_text(diagnostics: &[Diagnostic], sources: &SourceMap, color: bool, lang: Lang) -> String {
    let mut keywords = KeywordLanguages::default();
    let mut cache = ariadne::sources(sources.files().iter().map(|f| (f.name.clone(), f.text.clone())));
    let char_indexes: std::collections::HashMap<String, CharIndex> =
        sources.files().iter().map(|f| (f.name.clone(), CharIndex::of(&f.text))).collect();
    let mut out = Vec::new();
    for d in diagnostics {
        let Some((file, primary)) = place(sources, d.span()) else { continue };
        let words = keywords.of(file).clone();
        let clip = |m: &Message| lang.text_with_examples(&words, &clip_values(m));
        let mut places: Vec<(&SourceFile, std::ops::Range<usize>)> = vec![(file, primary)];
        places.extend(d.labels.iter().filter_map(|l| place(sources, l.span)));
        let shortened = Shortened::of(&places);
        let (error_word, warning_word) = (lang.text(&msg!("render-error")), lang.text(&msg!("render-warning")));
        let kind = match (d.severity, lang) {
            (Severity::Error, Lang::En) => ReportKind::Error,
            (Severity::Warning, Lang::En) => ReportKind::Warning,
            (Severity::Error, _) => ReportKind::Custom(&error_word, ariadne::Color::Red),
            (Severity::Warning, _) => ReportKind::Custom(&warning_word, ariadne::Color::Yellow),
        };
        // ariadne counts in characters here: it reads the offsets it writes in a snippet's
        // `[file:line:col]` header as characters whatever the index type, so bytes would put the
        // header of a place after Cyrillic text too early.
        let config = Config::default().with_color(color).with_index_type(IndexType::Char);
        let shortened_chars = shortened.as_ref().map(|short| CharIndex::of(&short.text));
        let at = |file: &SourceFile, range: std::ops::Range<usize>| match (&shortened, &shortened_chars) {
            (Some(short), Some(chars)) if short.name == file.name => chars.range(short.map(range)),
            _ => char_indexes.get(&file.name).map_or(range.clone(), |chars| chars.range(range)),
        };
        let mut report = Report::build(kind, (places[0].0.name.clone(), at(places[0].0, places[0].1.clone())))
            .with_config(config)
            .with_code(d.code.as_str())
            .with_message(clip(&d.message));
        for (order, (label, (label_file, range))) in
            snippet_order(&places[1..], places[0].0).into_iter().map(|i| (&d.labels[i], &places[i + 1])).enumerate()
        {
            let mut l = Label::new((label_file.name.clone(), at(label_file, range.clone())))
                .with_message(clip(&label.message))
                .with_order(order as i32);
            if color {
                l = l.with_color(if label.primary { ariadne::Color::Red } else { ariadne::Color::Blue });
            }
            report = report.with_label(l);
        }
        for note in &d.notes {
            report = report.with_note(clip(note));
        }
        if let Some(short) = &shortened {
            let (line, column) = places[0].0.line_col(places[0].0.base + places[0].1.start as u32);
            report = report.with_note(lang.text_with_examples(
                &words,
                &msg!("render-line-shortened", line = line, length = short.line_length, column = column),
            ));
        }
        if let Some(help) = &d.help {
            report = report.with_help(clip(help));
        }
        // Writing into a Vec cannot fail; a failure would only lose this one report's text.
        let start = out.len();
        let _ = match &shortened {
            Some(short) => {
                let mut own =
                    ariadne::sources(sources.files().iter().map(|f| {
                        (f.name.clone(), if f.name == short.name { short.text.clone() } else { f.text.clone() })
                    }));
                report.finish().write(&mut own, &mut out)
            }
            None => report.finish().write(&mut cache, &mut out),
        };
        if lang != Lang::En {
            let report_text = String::from_utf8_lossy(&out[start..]).into_owned();
            out.truncate(start);
            let translated = translate_headings(&report_text, lang);
            // ariadne colours a report of its own kind (the translated "Error") even with
            // colours off: take the colour out again.
            let translated = if color { translated } else { without_colour(&translated) };
            out.extend_from_slice(translated.as_bytes());
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The order to hand a diagnostic's labels to ariadne in (indexes into `labels`): the primary
/// file's first, then each other file's in the order the diagnostic names them, each file's by
/// line. ariadne draws one snippet for each run of labels in one file with lines that do not go
/// back, so this gives each file one snippet; labels on one line keep their own order.
fn snippet_order(labels: &[(&SourceFile, std::ops::Range<usize>)], primary: &SourceFile) -> Vec<usize> {
    let mut files: Vec<&str> = vec![primary.name.as_str()];
    for (file, _) in labels {
        if !files.contains(&file.name.as_str()) {
            files.push(&file.name);
        }
    }
    let rank = |file: &SourceFile| files.iter().position(|f| *f == file.name).unwrap_or(files.len());
    // ariadne files a label under the line it ends on.
    let last_line = |(file, range): &(&SourceFile, std::ops::Range<usize>)| {
        let last = range.end.saturating_sub(1).max(range.start).min(file.text.len());
        file.text.as_bytes()[..last].iter().filter(|b| **b == b'\n').count()
    };
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by_key(|&i| (rank(labels[i].0), last_line(&labels[i]), i));
    order
}

/// Byte offsets of one text as character offsets (what ariadne counts in).
struct CharIndex {
    /// (byte offset just after a character of more than one byte, bytes beyond one counted so
    /// far), in order; empty for ASCII text.
    wide: Vec<(usize, usize)>,
}

impl CharIndex {
    fn of(text: &str) -> CharIndex {
        let mut extra = 0;
        let wide = text
            .char_indices()
            .filter(|(_, c)| c.len_utf8() > 1)
            .map(|(at, c)| {
                extra += c.len_utf8() - 1;
                (at + c.len_utf8(), extra)
            })
            .collect();
        CharIndex { wide }
    }

    /// The character offset of a byte offset on a character boundary.
    fn char_at(&self, byte: usize) -> usize {
        let before = self.wide.partition_point(|(end, _)| *end <= byte);
        byte - before.checked_sub(1).map_or(0, |i| self.wide[i].1)
    }

    fn range(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.char_at(range.start)..self.char_at(range.end)
    }
}

/// `text` without its ANSI colour sequences (`ESC [ ... m`).
fn without_colour(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        match after.find(|c: char| !(c.is_ascii_digit() || c == ';')) {
            Some(end) if after[end..].starts_with('m') => rest = &after[end + 1..],
            _ => {
                out.push_str("\u{1b}[");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// ariadne writes the words `Help` and `Note` itself, in English: in another language they are
/// replaced where they head a line of the report (after its gutter), nowhere else.
fn translate_headings(report: &str, lang: Lang) -> String {
    let help = lang.text(&msg!("render-help"));
    let note = lang.text(&msg!("render-note"));
    let mut out = String::with_capacity(report.len());
    for line in report.split_inclusive('\n') {
        let gutter = line.len() - line.trim_start_matches([' ', '│', '·']).len();
        let (head, rest) = line.split_at(gutter);
        // With colour the word is wrapped in an escape sequence: keep it around the new word.
        let escape = if rest.starts_with('\u{1b}') { rest.find('m').map_or(0, |i| i + 1) } else { 0 };
        let (colour, word_and_rest) = rest.split_at(escape);
        let replaced = [("Help", &help), ("Note", &note)].into_iter().find_map(|(english, own)| {
            let after = word_and_rest.strip_prefix(english)?;
            let numbered = after.trim_start_matches(|c: char| c == ' ' || c.is_ascii_digit());
            (numbered.starts_with(':') || numbered.starts_with('\u{1b}')).then(|| format!("{head}{colour}{own}{after}"))
        });
        out.push_str(&replaced.unwrap_or_else(|| line.to_string()));
    }
    out
}

/// `message` with each verbatim value longer than [`MAX_SHOWN`] characters shortened in the
/// middle, at any depth: a long path or cell never pushes the words of the sentence out.
fn clip_values(message: &Message) -> Message {
    message.args().iter().fold(Message::new(message.id()), |m, (name, arg)| m.arg(name, clip_arg(arg)))
}

fn clip_arg(arg: &Arg) -> Arg {
    match arg {
        Arg::Verbatim(text) => Arg::Verbatim(crate::show::clip_middle(text, MAX_SHOWN)),
        Arg::Code(text) => Arg::Code(crate::show::clip_middle(text, MAX_SHOWN)),
        Arg::Number(n) => Arg::Number(*n),
        Arg::Message(m) => Arg::Message(Box::new(clip_values(m))),
        Arg::List(items, joiner) => Arg::List(items.iter().map(clip_arg).collect(), *joiner),
    }
}

/// A copy of one file whose overlong lines that a diagnostic points into are shortened around
/// the places it points at; offsets into the original map onto it.
struct Shortened {
    name: String,
    text: String,
    /// (start in the original, start in the copy, length) of each piece kept, in order.
    kept: Vec<(usize, usize, usize)>,
    /// The longest shortened line's length, in characters.
    line_length: usize,
}

impl Shortened {
    /// The shortened copy of the first place's file, when a line it points into is too long.
    fn of(places: &[(&SourceFile, std::ops::Range<usize>)]) -> Option<Shortened> {
        let file = places.first()?.0;
        let text = file.text.as_str();
        let points: Vec<usize> =
            places.iter().filter(|(f, _)| f.name == file.name).flat_map(|(_, r)| [r.start, r.end]).collect();
        // The lines pointed into that are too long, each with the points on it.
        let mut long: Vec<(usize, usize)> = Vec::new();
        for &point in &points {
            let start = text[..point.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            if end - start > MAX_SHOWN * 2
                && text[start..end].chars().count() > MAX_SHOWN * 2
                && !long.contains(&(start, end))
            {
                long.push((start, end));
            }
        }
        if long.is_empty() {
            return None;
        }
        long.sort_unstable();
        let window = MAX_SHOWN / 4;
        // Pieces of the original to keep: everything but the long lines, and of those their
        // start and a window around each point.
        let mut keep: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        let mut line_length = 0;
        for &(start, end) in &long {
            keep.push((from, start));
            line_length = line_length.max(text[start..end].chars().count());
            keep.push((start, char_floor(text, (start + window).min(end))));
            for &point in points.iter().filter(|p| (start..=end).contains(*p)) {
                keep.push((
                    char_floor(text, point.saturating_sub(window).max(start)),
                    char_ceil(text, (point + window).min(end)),
                ));
            }
            from = end;
        }
        keep.push((from, text.len()));
        keep.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in keep.into_iter().filter(|(a, b)| a < b) {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let mut short = String::with_capacity(text.len().min(1 << 20));
        let mut kept = Vec::with_capacity(merged.len());
        for (i, (a, b)) in merged.iter().enumerate() {
            if i > 0 {
                short.push('…');
            }
            kept.push((*a, short.len(), b - a));
            short.push_str(&text[*a..*b]);
        }
        Some(Shortened { name: file.name.clone(), text: short, kept, line_length })
    }

    /// Where a range of the original is in the copy (its ends are always in kept pieces).
    fn map(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let at = |offset: usize| {
            let piece = self.kept.partition_point(|(start, _, _)| *start <= offset).saturating_sub(1);
            let (start, copy_start, length) = self.kept[piece];
            copy_start + (offset - start).min(length)
        };
        at(range.start)..at(range.end).max(at(range.start))
    }
}

fn char_floor(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn char_ceil(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The language of each file's keywords (see `syntax::text_language`) and the fields its examples
/// use (`syntax::examples_of`), worked out once a file: the program text a diagnostic quotes is
/// spelt in the keywords of the file it points at, and the examples of its helps name that file's
/// own fields where it has one of the kind.
#[derive(Default)]
struct KeywordLanguages(std::collections::HashMap<String, Examples>);

impl KeywordLanguages {
    fn of(&mut self, file: &SourceFile) -> &Examples {
        self.0.entry(file.name.clone()).or_insert_with(|| crate::syntax::examples_of(&file.text))
    }
}

/// One JSON object per diagnostic, with the file and 1-based lines and columns (in characters).
/// The keys and codes are the same in every language; the messages are in `lang`, the program
/// text they quote in the keywords of the diagnostic's file.
pub fn to_json(diagnostics: &[Diagnostic], sources: &SourceMap, lang: Lang) -> Vec<serde_json::Value> {
    let mut keywords = KeywordLanguages::default();
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
            let words = place(sources, d.span())
                .map_or_else(|| Examples::of_keywords(Lang::En), |(file, _)| keywords.of(file).clone());
            let clip = |m: &Message| lang.text_with_examples(&words, &clip_values(m));
            let labels: Vec<_> = d
                .labels
                .iter()
                .map(|l| json!({ "message": clip(&l.message), "primary": l.primary, "position": position(l.span) }))
                .collect();
            let file = sources.file_of(d.span()).map(|f| f.name.clone());
            json!({
                "file": file,
                "severity": d.severity,
                "code": d.code.as_str(),
                "message": clip(&d.message),
                "position": position(d.span()),
                "labels": labels,
                "help": d.help.as_ref().map(clip),
                "notes": d.notes.iter().map(&clip).collect::<Vec<_>>(),
                "fixes": d.fixes.iter().map(|f| fix_to_json(f, sources, &clip)).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// One fix as ruff writes it (`applicability`, `message`, `edits` of `content` between
/// `location` and `end_location`), each place with its file, 1-based line and column (in
/// characters) and byte offset into that file's own text.
fn fix_to_json(fix: &Fix, sources: &SourceMap, clip: impl Fn(&Message) -> String) -> serde_json::Value {
    let location = |offset: u32| match sources.file_of(Span { start: offset, end: offset }) {
        Some(file) => {
            let (line, column) = file.line_col(offset);
            json!({ "file": file.name, "line": line, "column": column, "offset": file.local(Span { start: offset, end: offset }).start })
        }
        None => serde_json::Value::Null,
    };
    let edits: Vec<_> = fix
        .edits
        .iter()
        .map(|e| json!({ "content": e.replacement, "location": location(e.span.start), "end_location": location(e.span.end) }))
        .collect();
    json!({ "applicability": fix.applicability, "message": clip(&fix.message), "edits": edits })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    #[test]
    fn a_long_value_is_shortened_and_the_sentence_is_kept_whole() {
        let long = format!("C:/Users/{}/leads.csv", "очень-длинная-папка/".repeat(30));
        let mut sources = SourceMap::default();
        sources.add("x.rules", "a b\n");
        let diagnostic = Diagnostic::new(
            Code::Syntax,
            msg!("syntax-unexpected-before-blocks", word = long.as_str()),
            Span::new(0, 1),
            msg!("syntax-found", token = long.as_str()),
        );
        for lang in [Lang::Ru, Lang::En] {
            let text = to_text(std::slice::from_ref(&diagnostic), &sources, false, lang);
            let sentence = lang.text(&msg!("syntax-unexpected-before-blocks", word = "VALUE"));
            let (before, after) = sentence.split_once("VALUE").expect("the value in the sentence");
            assert!(text.contains(before) && text.contains(after), "{lang:?}: the whole sentence in\n{text}");
            assert!(text.contains("C:/Users/очень") && text.contains("…") && text.contains("/leads.csv"), "{text}");
            assert!(!text.contains(&long), "the value is shortened:\n{text}");
        }
    }
}
