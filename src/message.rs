//! A text for a person before it is in any language: the id of a message in the message files
//! (`locales/en.ftl`, `locales/ru.ftl`) and the values it names. Every stage builds its
//! diagnostics, errors and report lines as [`Message`]s with [`msg!`]; only `locale` turns one
//! into English or Russian words, so one checked definition can answer in either language and
//! the texts live in the message files, never in the code.
//!
//! ```
//! use leadrules::msg;
//! let m = msg!("leads-counted", count = 3);
//! assert_eq!(m.id(), "leads-counted");
//! ```
//!
//! What an argument holds decides how it is shown ([`Arg`]): the author's own words and code
//! verbatim, counts in the language's number style (and choosing its plural form), other
//! messages in the same language, lists joined with the language's "and" or "or".

/// A message id and its arguments, in the order they were given.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// One value a message names.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Shown exactly as given, in every language: a name from the rule file, a value from a
    /// lead, a file path, a piece of code.
    Verbatim(String),
    /// Program text the program wrote, with English keywords (`nurture otherwise`): shown as it
    /// is, or with Russian keywords when the file the message is about is written in them
    /// (`Lang::text_with_keywords`). The author's own text is [`Arg::Verbatim`], never this.
    Code(String),
    /// A count or amount: chooses the plural form (`1 lead`, `2 лида`, `5 лидов`) and is shown
    /// with the language's marks (`1 234.5`, `1 234,5`).
    Number(f64),
    /// A part said in the same language as the whole (a kind of value, a reason).
    Message(Box<Message>),
    /// Items joined the language's way: "`a`, `b` or `c`", "`a`, `b` или `c`".
    List(Vec<Arg>, Joiner),
}

/// The word that joins the last two items of an [`Arg::List`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joiner {
    And,
    Or,
}

impl Message {
    /// A message with no arguments yet; [`msg!`] is the usual way to write one.
    pub const fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    /// The same message naming one more value.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message's id in the message files.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The values the message names, by the names the message files use for them.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The value of one argument, if the message has it.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

impl Arg {
    /// Program text with English keywords, shown in the keywords of the file (see [`Arg::Code`]).
    pub fn code(text: impl Into<String>) -> Arg {
        Arg::Code(text.into())
    }

    /// Items joined by "or" / "или": the choices of a help.
    pub fn any_of<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(items.into_iter().map(Into::into).collect(), Joiner::Or)
    }

    /// Items joined by "and" / "и".
    pub fn all_of<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(items.into_iter().map(Into::into).collect(), Joiner::And)
    }

    /// Items each quoted in backticks, joined by "or": the names a help offers.
    pub fn any_of_quoted<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::any_of(items.into_iter().map(|i| format!("`{}`", i.as_ref())))
    }

    /// Items each quoted in backticks, joined by "and".
    pub fn all_of_quoted<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::all_of(items.into_iter().map(|i| format!("`{}`", i.as_ref())))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Verbatim(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Verbatim(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Verbatim(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// A [`Message`] with its arguments: `msg!("leads-counted", count = 3)`.
/// The argument names are the variables of the message files (`{ $name }`, `{ $count }`).
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

impl Message {
    /// A text shown as it is in every language, outside the message files: for tests, never for
    /// what leadrules says to a person (the corpus tests fail on a diagnostic holding one).
    pub fn untranslated(text: impl Into<String>) -> Message {
        Message::new("untranslated").arg("text", Arg::Verbatim(text.into()))
    }
}
