//! Reading a snapshot file back, exactly as `render` wrote it, with the line and the reason
//! when it cannot be read.

use super::model::{DecidedBy, Entry, LeadKey, Reading, Snapshot};
use super::quoting::unescape;
use crate::message::Message;
use crate::msg;
use std::fmt;

/// Why a snapshot file cannot be read, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    /// 1-based line of the file.
    pub line: usize,
    /// What is wrong with it.
    pub problem: Message,
}

impl ParseError {
    /// `line 3: ...`, to be said in the chosen language.
    pub fn message(&self) -> Message {
        msg!("output-snap-parse-error", line = self.line.to_string(), problem = self.problem.clone())
    }
}

impl fmt::Display for ParseError {
    /// In English (see [`ParseError::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl std::error::Error for ParseError {}

/// Reads a snapshot file back, exactly as `render` wrote it (a hand-aligned or reordered file
/// reads as well: any run of spaces or tabs separates, and entries keep the file's order).
pub fn parse(text: &str) -> Result<Snapshot, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut snapshot = Snapshot::default();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let content = line.trim_start_matches([' ', '\t']);
        if content.is_empty() {
            continue;
        }
        if let Some(comment) = content.strip_prefix('#') {
            snapshot.comments.push(comment.to_string());
            continue;
        }
        let entry = parse_line(content).map_err(|problem| ParseError { line: i + 1, problem })?;
        snapshot.entries.push(entry);
    }
    Ok(snapshot)
}

/// A word read from a line; `quoted` words are never markers.
struct Word {
    text: String,
    quoted: bool,
}

impl Word {
    fn is(&self, marker: &str) -> bool {
        !self.quoted && self.text == marker
    }
}

struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    /// Skips spaces and tabs; whether there were any.
    fn space(&mut self) -> bool {
        let before = self.rest.len();
        self.rest = self.rest.trim_start_matches([' ', '\t']);
        self.rest.len() < before
    }

    fn at_end(&self) -> bool {
        self.rest.is_empty()
    }

    /// The next word, after a separator unless it is the first.
    fn word(&mut self, what: Message) -> Result<Word, Message> {
        if self.rest.is_empty() {
            return Err(msg!("output-snap-parse-line-ends", what = what));
        }
        if let Some(quoted) = self.rest.strip_prefix('"') {
            let (text, after) = unescape(quoted, Some('"'))?;
            if !(after.is_empty() || after.starts_with([' ', '\t'])) {
                return Err(msg!("output-snap-parse-after-quote", what = what));
            }
            self.rest = after;
            return Ok(Word { text, quoted: true });
        }
        let end = self.rest.find([' ', '\t']).unwrap_or(self.rest.len());
        let (text, after) = self.rest.split_at(end);
        self.rest = after;
        Ok(Word { text: text.to_string(), quoted: false })
    }

    /// The next word, which must follow a space.
    fn next_word(&mut self, what: Message) -> Result<Word, Message> {
        if !self.space() && !self.at_end() {
            return Err(msg!("output-snap-parse-space-before", what = what));
        }
        self.word(what)
    }

    /// The rest of the line, unescaped.
    fn tail(&mut self) -> Result<String, Message> {
        let (text, _) = unescape(self.rest, None)?;
        self.rest = "";
        Ok(text)
    }
}

fn parse_line(line: &str) -> Result<Entry, Message> {
    let mut cursor = Cursor { rest: line };
    let first = cursor.word(msg!("output-snap-what-lead"))?;
    let lead = if first.is("row") {
        let number = cursor.next_word(msg!("output-snap-what-row-number"))?;
        match number.text.parse::<u64>() {
            Ok(n) if !number.quoted && number.text.bytes().all(|b| b.is_ascii_digit()) => LeadKey::Row(n),
            _ => {
                return Err(msg!("output-snap-parse-row-number", text = number.text));
            }
        }
    } else {
        LeadKey::Id(first.text)
    };
    let class = cursor
        .next_word(msg!("output-snap-what-class"))
        .map_err(|e| msg!("output-snap-parse-after-lead", problem = e, lead = lead.render()))?;
    if class.is("error") {
        cursor.space();
        return Ok(Entry { lead, reading: Reading::Error(cursor.tail()?) });
    }
    let mut values = Vec::new();
    let mut decided_by = None;
    loop {
        let spaced = cursor.space();
        if cursor.at_end() {
            break;
        }
        if !spaced {
            return Err(msg!("output-snap-parse-space-between"));
        }
        let name = cursor.word(msg!("output-snap-what-name"))?;
        if name.is("by") {
            decided_by = Some(parse_decided_by(&mut cursor)?);
            break;
        }
        let value = cursor.next_word(msg!("output-snap-what-value", name = &name.text))?;
        values.push((name.text, value.text));
    }
    Ok(Entry { lead, reading: Reading::Verdict { class: class.text, values, decided_by } })
}

/// After `by`: `[FILE] line N: RULE`.
fn parse_decided_by(cursor: &mut Cursor) -> Result<DecidedBy, Message> {
    let expected = || msg!("output-snap-parse-by");
    let mut place = cursor.next_word(msg!("output-snap-what-rule-line")).map_err(|_| expected())?;
    let mut file = None;
    if !place.is("line") {
        file = Some(place.text);
        place = cursor.next_word(msg!("output-snap-what-rule-line")).map_err(|_| expected())?;
        if !place.is("line") {
            return Err(expected());
        }
    }
    cursor.space();
    let digits = cursor.rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(cursor.rest.len());
    let (number, after) = cursor.rest.split_at(digits);
    let (Ok(line), Some(after)) = (number.parse::<u64>(), after.strip_prefix(':')) else {
        return Err(expected());
    };
    cursor.rest = after;
    cursor.space();
    Ok(DecidedBy { file, line, rule: cursor.tail()? })
}
