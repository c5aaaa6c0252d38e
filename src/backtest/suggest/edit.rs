//! A suggestion as a change to the author's text: one literal replaced at its span (or one line
//! added), never the file written anew, and the change shown as a unified diff of the file.

use super::knobs::Form;
use std::ops::Range;

/// One change to the rule file's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// The bytes replaced (empty to insert).
    pub span: Range<usize>,
    pub replacement: String,
}

impl Edit {
    /// The text with the change made.
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + self.replacement.len());
        out.push_str(&text[..self.span.start]);
        out.push_str(&self.replacement);
        out.push_str(&text[self.span.end..]);
        out
    }
}

/// A value written as the literal it replaces was: `60`, `2_000`, `60%`, `+30`, `1.5`.
pub fn written(value: f64, form: Form) -> String {
    let plain = plain(value);
    match form {
        Form::Plain { grouped: true } if value.fract() == 0.0 && value.abs() >= 1000.0 => underscored(&plain),
        Form::Plain { .. } => plain,
        Form::Percent => format!("{plain}%"),
        Form::Signed if value >= 0.0 => format!("+{plain}"),
        Form::Signed => plain,
        Form::Duration { unit, russian } => {
            let digits = if value.fract() == 0.0 && value.abs() >= 10_000.0 { underscored(&plain) } else { plain };
            let word = match (russian, value == 1.0) {
                (true, _) => crate::syntax::keywords::russian_unit(unit.plural(), value),
                (false, true) => unit.plural().trim_end_matches('s'),
                (false, false) => unit.plural(),
            };
            format!("{digits} {word}")
        }
        Form::Date => match super::knobs::date_of_days(value.floor() as i64) {
            Some(date) => date.to_string(),
            None => plain,
        },
    }
}

/// `60`, `1.25`, `-10`: no exponent, at most four decimals, no trailing zeros.
fn plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{}", value as i64);
    }
    let text = format!("{value:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `1000000` → `1_000_000`.
fn underscored(digits: &str) -> String {
    let (sign, digits) = digits.strip_prefix('-').map_or(("", digits), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// The unified diff (`--- a/FILE`, `+++ b/FILE`, one hunk with up to `CONTEXT` lines around the
/// change) between two texts that differ in one run of lines.
pub fn unified(name: &str, old: &str, new: &str) -> String {
    const CONTEXT: usize = 2;
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..].iter().rev().zip(b[head..].iter().rev()).take_while(|(x, y)| x == y).count();
    if head == a.len() && head == b.len() {
        return String::new();
    }
    let start = head.saturating_sub(CONTEXT);
    let (a_end, b_end) = (a.len() - tail, b.len() - tail);
    let a_stop = (a_end + CONTEXT).min(a.len());
    let b_stop = (b_end + CONTEXT).min(b.len());
    let mut out = format!("--- a/{name}\n+++ b/{name}\n");
    out.push_str(&format!("@@ -{},{} +{},{} @@\n", start + 1, a_stop - start, start + 1, b_stop - start));
    for line in &a[start..head] {
        out.push_str(&format!(" {line}\n"));
    }
    for line in &a[head..a_end] {
        out.push_str(&format!("-{line}\n"));
    }
    for line in &b[head..b_end] {
        out.push_str(&format!("+{line}\n"));
    }
    for line in &a[a_end..a_stop] {
        out.push_str(&format!(" {line}\n"));
    }
    out
}

/// Applies several changes that do not overlap, whatever their order (the last in the file first,
/// so that each span still points at the author's text).
pub fn apply_all(text: &str, edits: &[&Edit]) -> String {
    let mut sorted: Vec<&&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    let mut out = text.to_string();
    for e in sorted {
        out = e.apply(&out);
    }
    out
}

/// The unified diff of a change made in several places: one hunk per place (with `similar`), each
/// with up to two lines around it, so the lines between them are not shown as changed.
pub fn unified_hunks(name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let diff = similar::TextDiff::from_lines(old, new);
    let mut out = format!("--- a/{name}\n+++ b/{name}\n");
    for hunk in diff.unified_diff().context_radius(2).iter_hunks() {
        out.push_str(&hunk.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_as_the_author_wrote_them() {
        assert_eq!(written(60.0, Form::Plain { grouped: false }), "60");
        assert_eq!(written(2000.0, Form::Plain { grouped: true }), "2_000");
        assert_eq!(written(1_500_000.0, Form::Plain { grouped: true }), "1_500_000");
        assert_eq!(written(60.0, Form::Percent), "60%");
        assert_eq!(written(30.0, Form::Signed), "+30");
        assert_eq!(written(-10.0, Form::Signed), "-10");
        assert_eq!(written(1.25, Form::Plain { grouped: false }), "1.25");
        let minutes = Form::Duration { unit: crate::syntax::ast::DurationUnit::Minutes, russian: false };
        assert_eq!(written(5.0, minutes), "5 minutes");
        assert_eq!(written(1.0, minutes), "1 minute");
        let seconds = Form::Duration { unit: crate::syntax::ast::DurationUnit::Seconds, russian: true };
        assert_eq!(written(1_400.0, seconds), "1400 секунд");
        assert_eq!(written(12_000.0, seconds), "12_000 секунд");
        assert_eq!(
            written(2.0, Form::Duration { unit: crate::syntax::ast::DurationUnit::Hours, russian: true }),
            "2 часа"
        );
        let march = super::super::knobs::days_since_epoch(jiff::civil::date(2026, 3, 1)) as f64;
        assert_eq!(written(march, Form::Date), "2026-03-01");
    }

    #[test]
    fn only_the_literal_changes_and_the_diff_shows_its_line() {
        let text = "a\nb\nSQL when score >= 70  # keep\nc\nd\ne\n";
        let at = text.find("70").expect("literal");
        let edit = Edit { span: at..at + 2, replacement: "60".into() };
        let new = edit.apply(text);
        assert_eq!(new, "a\nb\nSQL when score >= 60  # keep\nc\nd\ne\n");
        assert_eq!(
            unified("x.rules", text, &new),
            "--- a/x.rules\n+++ b/x.rules\n@@ -1,5 +1,5 @@\n a\n b\n-SQL when score >= 70  # keep\n+SQL when score >= 60  # keep\n c\n d\n"
        );
        let two =
            [&Edit { span: 0..0, replacement: "z\n".into() }, &Edit { span: at..at + 2, replacement: "60".into() }];
        let both = apply_all(text, &two);
        assert_eq!(both, "z\na\nb\nSQL when score >= 60  # keep\nc\nd\ne\n");
        let added = Edit { span: 4..4, replacement: "  +10 when x\n".into() }.apply(text);
        assert_eq!(
            unified("x.rules", text, &added),
            "--- a/x.rules\n+++ b/x.rules\n@@ -1,4 +1,5 @@\n a\n b\n+  +10 when x\n SQL when score >= 70  # keep\n c\n"
        );
    }
}

#[cfg(test)]
mod hunks {
    use super::*;

    #[test]
    fn changes_far_apart_are_two_hunks() {
        let text: String = (1..=20).map(|i| format!("line {i}\n")).collect();
        let at = text.find("line 17").expect("line 17");
        let edits = [
            &Edit { span: 7..7, replacement: "new a\n".into() },
            &Edit { span: at..at, replacement: "new b\n".into() },
        ];
        let new = apply_all(&text, &edits);
        let diff = unified_hunks("x.rules", &text, &new);
        assert_eq!(diff.matches("@@ -").count(), 2, "{diff}");
        let added: Vec<&str> = diff.lines().filter(|l| l.starts_with('+') && !l.starts_with("+++")).collect();
        assert_eq!(added, ["+new a", "+new b"], "{diff}");
        assert!(!diff.lines().any(|l| l.starts_with('-') && !l.starts_with("---")), "{diff}");
    }
}
