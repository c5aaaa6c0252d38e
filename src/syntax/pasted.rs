//! Text as it comes out of office software and spreadsheets, pasted into a rule file: typographic
//! quotes (`“…”`, `«…»`, `„…“`) around a text, a `;` where a list takes `,` (Excel's separator
//! in many locales), a date written the way a spreadsheet shows it (`01.12.2026`, `01/12/2026`),
//! a name in quotes where the language wants the bare name (`expect class "SQL"`), a class name
//! written as two words (`nurture lead otherwise`) and a typographic minus or dash (`−20`).
//!
//! Each finds candidate repairs around one word; `slips` keeps only those that let the parser
//! get further, so a repair is offered only where it gives a program that reads.

use crate::span::Span;

/// What a pasted slip is, for the wording of its diagnostic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pasted {
    /// `“too small”`, `«слишком мал»`.
    Quotes,
    /// `it; retail`.
    Semicolon,
    /// `01.12.2026`.
    Date,
    /// `expect class "SQL"`.
    QuotedName,
    /// `nurture lead otherwise`.
    SpacedName,
    /// `−20 when ...`, `–20`: a typographic minus or dash for the minus sign.
    Dash,
}

/// One candidate: replace `span` (absolute) with `replacement`.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub span: Span,
    pub replacement: String,
    pub kind: Pasted,
}

/// Quote marks of word processors: each opening one with the closings it may pair with.
const QUOTES: [(char, &str); 6] = [('“', "”“\""), ('”', "”“\""), ('«', "»"), ('„', "“”"), ('‘', "’"), ('’', "’")];

/// Candidates around the word `[start, end)` of `text`, inside the piece `[from, to)`.
/// `previous` is the word before it, `next` the one after it (absolute ranges).
pub fn candidates(
    text: &str,
    (from, to): (usize, usize),
    (start, end): (usize, usize),
    previous: Option<(usize, usize)>,
    next: Option<(usize, usize)>,
) -> Vec<Candidate> {
    let written = &text[start..end];
    let mut out = Vec::new();
    let line_end = text[start..to].find('\n').map_or(to, |i| start + i);
    if let Some(open) = written.chars().next()
        && let Some((_, closings)) = QUOTES.iter().find(|(q, _)| *q == open)
        && written.chars().count() == 1
    {
        let body_start = start + open.len_utf8();
        if let Some(close) = text[body_start..line_end].find(|c: char| closings.contains(c)) {
            let body = &text[body_start..body_start + close];
            let close_len = text[body_start + close..].chars().next().map_or(1, char::len_utf8);
            if !body.contains(['"', '\\']) {
                out.push(Candidate {
                    span: Span::new(start, body_start + close + close_len),
                    replacement: format!("\"{body}\""),
                    kind: Pasted::Quotes,
                });
            }
        }
    }
    if matches!(written, "−" | "–" | "—") {
        out.push(Candidate { span: Span::new(start, end), replacement: "-".into(), kind: Pasted::Dash });
    }
    if written == ";" {
        let rest = text[end..line_end].trim_start_matches([' ', '\t', '\r']);
        let at_line_end = rest.is_empty() || rest.starts_with(super::lex::COMMENT_START);
        let replacement = if at_line_end { "" } else { "," };
        out.push(Candidate { span: Span::new(start, end), replacement: replacement.into(), kind: Pasted::Semicolon });
    }
    out.extend(spreadsheet_date(text, (from, to), start, end));
    let previous_word = previous.map(|(s, e)| &text[s..e]);
    if written.len() > 2 && written.starts_with('"') && written.ends_with('"') {
        let body = &written[1..written.len() - 1];
        let is_name = body.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && body.chars().all(|c| c.is_alphanumeric() || c == '_');
        let after_kind =
            matches!(previous_word, Some("class" | "temperature" | "grade" | "класс" | "температура" | "оценка"));
        if is_name && after_kind {
            out.push(Candidate { span: Span::new(start, end), replacement: body.into(), kind: Pasted::QuotedName });
        }
    }
    if let (Some((p_start, _)), Some((n_start, n_end))) = (previous, next) {
        let first_on_line = text[..p_start].rfind('\n').map_or(from, |i| i + 1).max(from);
        let alone = text[first_on_line..p_start].trim().is_empty();
        let rule_word = matches!(&text[n_start..n_end], "when" | "otherwise" | "когда" | "иначе");
        let is_word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
        if alone && rule_word && is_word(text[p_start..start].trim_end()) && is_word(written) {
            let joined = format!("{}_{written}", text[p_start..start].trim_end());
            out.push(Candidate { span: Span::new(p_start, end), replacement: joined, kind: Pasted::SpacedName });
        }
    }
    out
}

/// `01.12.2026`, `1.12.2026`, `01/12/2026` around `[start, end)`: day, month, year as a
/// spreadsheet shows them, written `2026-12-01`. With `/` and both first numbers at most 12 the
/// order is not known, and both readings are candidates (offered as choices, none written);
/// `12/25/2026` can only be month/day.
fn spreadsheet_date(text: &str, (from, to): (usize, usize), start: usize, end: usize) -> Vec<Candidate> {
    spreadsheet_date_readings(text, (from, to), start, end).unwrap_or_default()
}

fn spreadsheet_date_readings(
    text: &str,
    (from, to): (usize, usize),
    start: usize,
    end: usize,
) -> Option<Vec<Candidate>> {
    let is_part = |c: char| c.is_ascii_digit() || c == '.' || c == '/';
    let begin = text[from..start]
        .char_indices()
        .rev()
        .find(|(_, c)| !is_part(*c))
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let finish = text[end..to].find(|c: char| !is_part(c)).map_or(to, |i| end + i);
    let run = text[begin..finish].trim_end_matches(['.', '/']);
    let separator = if run.contains('.') { '.' } else { '/' };
    let parts: Vec<&str> = run.split(separator).collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let short = |p: &str| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit());
    if !short(day) || !short(month) || year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (first, second) = (day.parse::<u32>().ok()?, month.parse::<u32>().ok()?);
    let span = Span::new(begin, begin + run.len());
    let reading = |d: u32, m: u32| Candidate { span, replacement: format!("{year}-{m:02}-{d:02}"), kind: Pasted::Date };
    let valid = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    // `.` is day.month in every spreadsheet; `/` is day/month or month/day, told apart only by
    // a number above 12.
    let readings = if separator == '.' {
        vec![(first, second)]
    } else {
        [(first, second), (second, first)].into_iter().filter(|&(d, m)| valid(d, m)).collect()
    };
    let mut out: Vec<Candidate> = Vec::new();
    for (d, m) in readings {
        if !out.iter().any(|c| c.replacement == reading(d, m).replacement) {
            out.push(reading(d, m));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replaced(text: &str, word: &str) -> Vec<String> {
        let start = text.find(word).unwrap_or(0);
        candidates(text, (0, text.len()), (start, start + word.len()), None, None)
            .into_iter()
            .map(|c| format!("{}→{}", &text[c.span.range()], c.replacement))
            .collect()
    }

    #[test]
    fn pasted_text_is_written_the_way_of_the_language() {
        assert_eq!(replaced("else “too small”", "“"), ["“too small”→\"too small\""]);
        assert_eq!(replaced("else «мал» x", "«"), ["«мал»→\"мал\""]);
        assert_eq!(replaced("one of it; retail", ";"), [";→,"]);
        assert_eq!(replaced("one of it, retail;\n", ";"), [";→"]);
        assert_eq!(replaced("created_at: 01.12.2026 }", "12"), ["01.12.2026→2026-12-01"]);
        assert_eq!(replaced("created_at: 1.3.2026 10:00 }", "3"), ["1.3.2026→2026-03-01"]);
        assert_eq!(replaced("x: 01/13/2026 }", "13"), ["01/13/2026→2026-01-13"]);
        assert_eq!(replaced("x: 25/12/2025 }", "12"), ["25/12/2025→2025-12-25"]);
        assert_eq!(replaced("x: 01/02/2025 }", "02"), ["01/02/2025→2025-02-01", "01/02/2025→2025-01-02"]);
    }
}
