//! The structure of JSON text, byte by byte, without parsing it: whether a byte is inside a
//! string, how deep it is in objects and arrays, and where a value that starts at a byte ends.
//! Streaming a large array element by element (`json_source`), cutting a batch into runs
//! (`apart`) and finding the list of leads a CRM's answer wraps (`wrapper`) need this and no
//! more of JSON; each parses only the bytes it found.

/// Where the bytes seen so far leave the text: inside a string or not, and how deep.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Structure {
    depth: usize,
    in_string: bool,
    escaped: bool,
}

/// What one byte is to the structure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Byte {
    /// Part of a string: its opening quote, its text or an escape.
    Text,
    /// The quote that ends a string.
    TextEnd,
    /// `{` or `[`: one level deeper.
    Open,
    /// `}` or `]` closing a level opened in the text seen.
    Close,
    /// `}` or `]` at the top: it closes what holds the text seen.
    CloseAbove,
    /// Any other byte outside strings: a comma, a colon, a blank, a number's digit.
    Plain,
}

impl Structure {
    /// What `byte`, the next of the text, is; the structure after it.
    pub(crate) fn step(&mut self, byte: u8) -> Byte {
        if self.in_string {
            if self.escaped {
                self.escaped = false;
            } else if byte == b'\\' {
                self.escaped = true;
            } else if byte == b'"' {
                self.in_string = false;
                return Byte::TextEnd;
            }
            return Byte::Text;
        }
        match byte {
            b'"' => {
                self.in_string = true;
                Byte::Text
            }
            b'{' | b'[' => {
                self.depth += 1;
                Byte::Open
            }
            b'}' | b']' if self.depth == 0 => Byte::CloseAbove,
            b'}' | b']' => {
                self.depth -= 1;
                Byte::Close
            }
            _ => Byte::Plain,
        }
    }

    /// How many objects and arrays opened in the text are still open.
    pub(crate) fn depth(&self) -> usize {
        self.depth
    }

    /// Whether the text seen ends outside every string, object and array it opened.
    pub(crate) fn at_top(&self) -> bool {
        self.depth == 0 && !self.in_string
    }
}

/// What holds the value whose end is looked for: a number or a word (`true`) ends before the
/// byte that ends an element of it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Holder {
    /// An array (or a file of values): a scalar ends before `,`, `]` or a blank.
    Array,
    /// An object: a scalar ends before `,`, `}`, `]` or a blank.
    Object,
}

/// Where a value ends, fed its bytes from its first: an object or an array just after its
/// matching close, a string just after its closing quote, a scalar just before the byte that
/// ends it outside any string or bracket it holds (never at its first byte).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ValueEnd {
    holder: Holder,
    structure: Structure,
    /// The value's first byte, once fed.
    first: Option<u8>,
}

/// What a byte fed to [`ValueEnd`] is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Fed {
    /// Part of the value, which goes on.
    Inside,
    /// The value's last byte.
    Last,
    /// Not part of the value, which ended just before it.
    After,
}

impl ValueEnd {
    /// The end of a value held by `holder`, no byte fed yet.
    pub(crate) fn new(holder: Holder) -> ValueEnd {
        ValueEnd { holder, structure: Structure::default(), first: None }
    }

    /// What `byte`, the next of the value's text, is.
    pub(crate) fn feed(&mut self, byte: u8) -> Fed {
        let Some(first) = self.first else {
            self.first = Some(byte);
            self.structure.step(byte);
            // A close where a value should start is a value of its own (whose reader says it is
            // none).
            return if matches!(byte, b'}' | b']') { Fed::Last } else { Fed::Inside };
        };
        let scalar = !matches!(first, b'"' | b'{' | b'[' | b'}' | b']');
        if scalar && self.structure.at_top() && self.ends_scalar(byte) {
            return Fed::After;
        }
        match self.structure.step(byte) {
            Byte::TextEnd | Byte::Close if self.structure.at_top() && !scalar => Fed::Last,
            _ => Fed::Inside,
        }
    }

    /// Whether the bytes fed so far make a whole value if the text ends after them.
    pub(crate) fn whole(&self) -> bool {
        self.first.is_some() && self.structure.at_top()
    }

    fn ends_scalar(&self, byte: u8) -> bool {
        match byte {
            b',' | b']' => true,
            b'}' => self.holder == Holder::Object,
            byte => byte.is_ascii_whitespace(),
        }
    }
}

/// Where the value that starts at `at` of `text` ends (just after it), held by `holder`; `None`
/// when the text ends inside it.
pub(crate) fn value_end(text: &[u8], at: usize, holder: Holder) -> Option<usize> {
    let mut end = ValueEnd::new(holder);
    for (i, &byte) in text.iter().enumerate().skip(at) {
        match end.feed(byte) {
            Fed::Inside => {}
            Fed::Last => return Some(i + 1),
            Fed::After => return Some(i),
        }
    }
    end.whole().then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_value_ends_where_it_should() {
        let cases: [(&str, Holder, Option<&str>); 12] = [
            (r#"{"a": [1, "]"], "b": {}} , 2"#, Holder::Array, Some(r#"{"a": [1, "]"], "b": {}}"#)),
            (r#""a \" b", 3"#, Holder::Array, Some(r#""a \" b""#)),
            (r#""a\\", 3"#, Holder::Array, Some(r#""a\\""#)),
            ("12.5,", Holder::Array, Some("12.5")),
            ("true]", Holder::Array, Some("true")),
            ("12}", Holder::Array, Some("12}")),
            ("12}", Holder::Object, Some("12")),
            ("null \n", Holder::Object, Some("null")),
            ("[[]]x", Holder::Array, Some("[[]]")),
            ("]", Holder::Array, Some("]")),
            (r#"{"open": "#, Holder::Array, None),
            ("-7", Holder::Array, Some("-7")),
        ];
        for (text, holder, expected) in cases {
            let found = value_end(text.as_bytes(), 0, holder).map(|end| &text[..end]);
            assert_eq!(found, expected, "{text:?} in {holder:?}");
        }
    }

    #[test]
    fn the_structure_knows_strings_depth_and_what_closes_above() {
        let mut structure = Structure::default();
        let steps: Vec<Byte> = br#"{"}":[1]}]"#.iter().map(|&b| structure.step(b)).collect();
        use Byte::*;
        assert_eq!(steps, [Open, Text, Text, TextEnd, Plain, Open, Plain, Close, Close, CloseAbove]);
        assert!(structure.at_top() && structure.depth() == 0);
    }
}
