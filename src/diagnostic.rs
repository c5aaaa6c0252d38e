//! One renderer-neutral diagnostic type shared by the parser, the checker and the loader.
//!
//! Every problem a rule author can make has a stable [`Code`]; the list is documented in
//! `docs/diagnostics.md` and must stay in step with [`Code::ALL`]. Messages follow one style:
//! lowercase, no final period, the author's own words in backticks, detail in labels and `help`.
//! Only `render` turns a `Diagnostic` into text (ariadne) or JSON.

use crate::message::Message;
use crate::span::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Stable identity of a kind of problem. The string form (`E101`) never changes meaning once
/// released; retired codes are not reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// The text does not follow the grammar.
    Syntax,
    /// A literal that is well-formed but not a real value (a 30th of February, a huge number).
    BadLiteral,
    /// A name that is not declared anywhere.
    UnknownName,
    /// The same name declared twice.
    DuplicateName,
    /// A `one of` value that the field does not list.
    UnknownValue,
    /// `BANT.budgte`: the part after the dot is not a criterion or property of that name.
    UnknownMember,
    /// Scores, frameworks or profiles that refer to each other in a circle.
    Cycle,
    /// Two kinds of value that cannot be compared or combined (text with a number).
    TypeMismatch,
    /// Two units that cannot be compared or combined (money with days).
    UnitMismatch,
    /// A bare number where a duration needs its unit (`90` instead of `90 days`).
    MissingUnit,
    /// A condition that is not a yes/no question (`when budget`).
    NotACondition,
    /// `classify` or `temperature` without an `otherwise` line.
    MissingOtherwise,
    /// A rule written after `otherwise`, which can never be reached.
    AfterOtherwise,
    /// A pass rule that asks for more criteria than the framework has.
    ImpossiblePassRule,
    /// `pass 3 of 5` on a framework that lists 4 criteria.
    PassRuleCount,
    /// A block every definition needs is missing (`fields`, `classify`).
    MissingBlock,
    /// A block that may appear once appears twice.
    DuplicateBlock,
    /// Something allowed by the grammar that makes no sense (a zero weight, two key fields).
    InvalidSetting,
    /// An `example` that gives a field a value it cannot hold.
    BadExample,
    /// A class rule that can never fire because earlier rules always win or it is never true.
    UnreachableRule,
    /// A threshold no lead can reach (a score above the most points a lead can get).
    UnreachableThreshold,
    /// A declared field that no rule reads.
    UnusedField,
    /// A condition with the same answer for every lead: a backwards or one-value range, a
    /// threshold every lead passes, `is known` on something always computed.
    ConstantCondition,
    /// The same gate, score line or profile criterion written twice in one block.
    RepeatedLine,
}

impl Code {
    pub const ALL: [Code; 24] = [
        Code::Syntax,
        Code::BadLiteral,
        Code::UnknownName,
        Code::DuplicateName,
        Code::UnknownValue,
        Code::UnknownMember,
        Code::Cycle,
        Code::TypeMismatch,
        Code::UnitMismatch,
        Code::MissingUnit,
        Code::NotACondition,
        Code::MissingOtherwise,
        Code::AfterOtherwise,
        Code::ImpossiblePassRule,
        Code::PassRuleCount,
        Code::MissingBlock,
        Code::DuplicateBlock,
        Code::InvalidSetting,
        Code::BadExample,
        Code::UnreachableRule,
        Code::UnreachableThreshold,
        Code::UnusedField,
        Code::ConstantCondition,
        Code::RepeatedLine,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "E001",
            Code::BadLiteral => "E002",
            Code::UnknownName => "E101",
            Code::DuplicateName => "E102",
            Code::UnknownValue => "E103",
            Code::UnknownMember => "E104",
            Code::Cycle => "E105",
            Code::TypeMismatch => "E201",
            Code::UnitMismatch => "E202",
            Code::MissingUnit => "E203",
            Code::NotACondition => "E204",
            Code::MissingOtherwise => "E301",
            Code::AfterOtherwise => "E302",
            Code::ImpossiblePassRule => "E303",
            Code::PassRuleCount => "E304",
            Code::MissingBlock => "E305",
            Code::DuplicateBlock => "E306",
            Code::InvalidSetting => "E307",
            Code::BadExample => "E308",
            Code::UnreachableRule => "W401",
            Code::UnreachableThreshold => "W402",
            Code::UnusedField => "W403",
            Code::ConstantCondition => "W404",
            Code::RepeatedLine => "W405",
        }
    }

    pub fn severity(self) -> Severity {
        if self.as_str().starts_with('W') { Severity::Warning } else { Severity::Error }
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A place in the source with a short remark about it. The primary label says what is wrong;
/// secondary labels point at related places ("first declared here").
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub span: Span,
    pub message: Message,
    pub primary: bool,
}

/// How sure a [`Fix`] is. `Safe`: applied as written it gives the program the author meant, so
/// `check --fix` may apply it; `Choice`: one of several readings, shown for the author to pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    Safe,
    Choice,
}

/// One replacement of source text: the text under `span` becomes `replacement` (an empty span
/// inserts, an empty replacement deletes).
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// A machine-applicable fix, in the shape rustc and ruff give one: what it does in words, and
/// the edits that do it (all in the diagnostic's file, none overlapping).
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    pub message: Message,
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
}

impl Fix {
    /// A fix that replaces the text under one span.
    pub fn replace(span: impl Into<Span>, replacement: impl Into<String>, message: impl Into<Message>) -> Self {
        Fix {
            message: message.into(),
            edits: vec![Edit { span: span.into(), replacement: replacement.into() }],
            applicability: Applicability::Safe,
        }
    }

    /// The same fix, offered as one choice among others rather than applied by `--fix`.
    pub fn as_choice(mut self) -> Self {
        self.applicability = Applicability::Choice;
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: Message,
    pub labels: Vec<Label>,
    pub help: Option<Message>,
    pub notes: Vec<Message>,
    /// Fixes a tool can apply; at most one of them is `Safe`.
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    /// A diagnostic of the code's own severity, with its primary label.
    pub fn new(code: Code, message: impl Into<Message>, span: impl Into<Span>, label: impl Into<Message>) -> Self {
        let span = span.into();
        Diagnostic {
            severity: code.severity(),
            code,
            message: message.into(),
            labels: vec![Label { span, message: label.into(), primary: true }],
            help: None,
            notes: Vec::new(),
            fixes: Vec::new(),
        }
    }

    /// Adds a machine-applicable fix (see [`Fix`]).
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }

    pub fn with_help(mut self, help: impl Into<Message>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_label(mut self, span: impl Into<Span>, message: impl Into<Message>) -> Self {
        self.labels.push(Label { span: span.into(), message: message.into(), primary: false });
        self
    }

    pub fn with_note(mut self, note: impl Into<Message>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Where the problem is: the primary label's span.
    pub fn span(&self) -> Span {
        self.labels.iter().find(|l| l.primary).map(|l| l.span).unwrap_or_default()
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts diagnostics by position, then by code, so output is stable whatever order passes ran in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.span().start, d.span().end, d.code.as_str()));
}

/// An I/O error in the words a person uses ("no such file", not "os error 2"): every message
/// about reading or writing a file, from any stage, says it this way (as a part of its own
/// message, in the language the person chose).
pub fn plain_io_error(e: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => crate::msg!("compile-io-not-found"),
        ErrorKind::PermissionDenied => crate::msg!("compile-io-permission-denied"),
        ErrorKind::IsADirectory => crate::msg!("compile-io-is-a-folder"),
        ErrorKind::BrokenPipe => crate::msg!("compile-io-broken-pipe"),
        ErrorKind::StorageFull => crate::msg!("compile-io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => crate::msg!("compile-io-read-only"),
        ErrorKind::NotADirectory => crate::msg!("compile-io-not-a-folder"),
        ErrorKind::AlreadyExists => crate::msg!("compile-io-already-exists"),
        ErrorKind::DirectoryNotEmpty => crate::msg!("compile-io-folder-not-empty"),
        ErrorKind::InvalidFilename => crate::msg!("compile-io-bad-name"),
        ErrorKind::FileTooLarge => crate::msg!("compile-io-too-large"),
        ErrorKind::QuotaExceeded => crate::msg!("compile-io-quota"),
        ErrorKind::TimedOut => crate::msg!("compile-io-timed-out"),
        ErrorKind::Interrupted => crate::msg!("compile-io-interrupted"),
        ErrorKind::UnexpectedEof => crate::msg!("compile-io-ends-early"),
        ErrorKind::InvalidData => crate::msg!("compile-io-unreadable"),
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy | ErrorKind::WouldBlock => {
            crate::msg!("compile-io-busy")
        }
        ErrorKind::OutOfMemory => crate::msg!("compile-io-out-of-memory"),
        ErrorKind::Unsupported => crate::msg!("compile-io-unsupported"),
        ErrorKind::ConnectionRefused
        | ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::NotConnected
        | ErrorKind::HostUnreachable
        | ErrorKind::NetworkUnreachable
        | ErrorKind::NetworkDown
        | ErrorKind::StaleNetworkFileHandle => crate::msg!("compile-io-network"),
        // A rare failure: the system's number for it, which a search or an administrator can
        // look up; its English words are not passed on.
        _ => match e.raw_os_error() {
            Some(code) => crate::msg!("compile-io-other", code = code.to_string()),
            None => crate::msg!("compile-io-unnamed"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::plain_io_error;
    use crate::locale::Lang;
    use std::io::{Error, ErrorKind};

    #[test]
    fn input_and_output_errors_are_said_in_plain_words_in_both_languages() {
        let said = |kind: ErrorKind| {
            let message = plain_io_error(&Error::from(kind));
            (message.to_string(), Lang::Ru.text(&message))
        };
        let expected = [
            (ErrorKind::NotFound, "no such file or folder", "нет такого файла или папки"),
            (ErrorKind::PermissionDenied, "permission denied", "нет прав доступа"),
            (ErrorKind::IsADirectory, "it is a folder, not a file", "это папка, а не файл"),
            (
                ErrorKind::BrokenPipe,
                "the program reading the output closed it early",
                "программа, читавшая вывод, закрыла его раньше времени",
            ),
            (ErrorKind::StorageFull, "the disk is full", "диск заполнен"),
            (ErrorKind::ReadOnlyFilesystem, "the disk is read-only", "диск доступен только для чтения"),
            (ErrorKind::NotADirectory, "a part of the path is a file, not a folder", "часть пути — файл, а не папка"),
            (ErrorKind::InvalidData, "its contents cannot be read", "его содержимое не читается"),
            (ErrorKind::HostUnreachable, "the network connection failed", "сетевое соединение не удалось"),
            (ErrorKind::Other, "the system gave no reason", "система не назвала причину"),
        ];
        for (kind, english, russian) in expected {
            assert_eq!(said(kind), (english.to_string(), russian.to_string()));
        }
        // A failure with no name of its own: its number, never the system's English words.
        let rare = plain_io_error(&Error::from_raw_os_error(40));
        assert_eq!(Lang::Ru.text(&rare), "системная ошибка с кодом 40");
        // A failure with only English words to it is said without them.
        let other = Error::other("quota exceeded");
        assert_eq!(plain_io_error(&other).to_string(), "the system gave no reason");
        assert_eq!(Lang::Ru.text(&plain_io_error(&other)), "система не назвала причину");
    }
}
