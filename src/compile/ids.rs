//! Typed indices of the compiled form: each kind of thing the program numbers (a field slot, a
//! truth register, a text constant, a step…) has an id type of its own, so a register can never
//! be used as a field slot, and the tables are indexed only through their own kind of id
//! (`IdVec`). Ids are handed out with a checked conversion: a definition with more of something
//! than an id can number is an error value (`TooMany`), never a silent wrap.
#![warn(missing_docs)]

use crate::message::Message;
use crate::msg;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

/// A definition has more of one kind of thing than the compiled form can number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooMany {
    /// What there are too many of, in English words: `truth registers`.
    pub what: &'static str,
    /// The same as the id of a message (`compile-ids-truth-registers`), to say it in any language.
    pub what_id: &'static str,
}

impl TooMany {
    /// The error for a person: said in their language with
    /// [`Lang::text`](crate::locale::Lang::text).
    pub fn message(&self) -> Message {
        // The most is shown as written in the code, not grouped: it is a limit, not an amount.
        msg!("compile-too-many", what = Message::new(self.what_id), most = u32::MAX.to_string())
    }
}

impl fmt::Display for TooMany {
    /// The error in English (see [`TooMany::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// What every id type can do: be made from a position (checked) and give it back.
pub trait Id: Copy + Eq + Ord + fmt::Debug {
    /// What the id numbers, in English words (plural).
    const WHAT: &'static str;
    /// The same as a message id (`compile-ids-...`), for people.
    const WHAT_ID: &'static str;
    /// The id of position `index`, or `TooMany` when it does not fit.
    fn new(index: usize) -> Result<Self, TooMany>;
    /// The position the id stands for.
    fn index(self) -> usize;
    /// The id of position `index`, or the last id there is when it does not fit.
    fn clamped(index: usize) -> Self;
}

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident = $what:literal, $what_id:literal;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(transparent)]
        pub struct $name(u32);

        impl Id for $name {
            const WHAT: &'static str = $what;
            const WHAT_ID: &'static str = $what_id;

            #[inline]
            fn new(index: usize) -> Result<Self, TooMany> {
                u32::try_from(index).map($name).map_err(|_| TooMany { what: $what, what_id: $what_id })
            }

            #[inline]
            fn index(self) -> usize {
                self.0 as usize
            }

            #[inline]
            fn clamped(index: usize) -> Self {
                $name(u32::try_from(index).unwrap_or(u32::MAX))
            }
        }

        impl $name {
            /// The position the id stands for.
            #[inline]
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

ids! {
    /// A field of the schema: its value's place in a lead (`&[Value]`).
    FieldSlot = "fields", "compile-ids-fields";
    /// A truth register of a verdict: a condition's truth, or a temporary.
    TruthRegister = "truth registers", "compile-ids-truth-registers";
    /// A number register of a verdict: the result of a calculation.
    NumberRegister = "number registers", "compile-ids-number-registers";
    /// A text constant, in `RuleSet::texts`.
    TextId = "text constants", "compile-ids-text-constants";
    /// A general step, in `Program::steps`.
    StepId = "steps", "compile-ids-steps";
    /// A range test, in `Program::ranges`.
    RangeTestId = "range tests", "compile-ids-range-tests";
    /// A set test, in `Program::sets`.
    SetTestId = "set tests", "compile-ids-set-tests";
    /// A yes/no or `is known` test, in `Program::fields`.
    FieldTestId = "field tests", "compile-ids-field-tests";
    /// A framework, in `RuleSet::frameworks`.
    FrameworkId = "frameworks", "compile-ids-frameworks";
    /// A profile, in `RuleSet::profiles`.
    ProfileId = "profiles", "compile-ids-profiles";
    /// A score block, in `RuleSet::scores`.
    ScoreId = "score blocks", "compile-ids-score-blocks";
    /// A `classify` line, in `RuleSet::classes`: the rule that decided a verdict's class.
    ClassRuleId = "class rules", "compile-ids-class-rules";
    /// A line of the temperature block, in `Temperature::rules`.
    TemperatureRuleId = "temperature rules", "compile-ids-temperature-rules";
    /// A name an ordered block gives (`RuleSet::class_names`, `Temperature::names`).
    RuleNameId = "rule names", "compile-ids-rule-names";
}

/// The ids from `start` up to (not including) `end`: a block's part of a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IdRange<I> {
    /// The first id of the range.
    pub start: I,
    /// The id just after the range's last.
    pub end: I,
}

impl<I: Id> IdRange<I> {
    /// The ids from `start` up to (not including) `end`.
    pub fn new(start: I, end: I) -> Self {
        IdRange { start, end }
    }

    /// How many ids the range holds.
    pub fn len(&self) -> usize {
        self.end.index().saturating_sub(self.start.index())
    }

    /// Whether the range holds no id.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `id` is one of the range's.
    pub fn contains(&self, id: I) -> bool {
        self.start <= id && id < self.end
    }

    /// Every id of the range, in order. Each is below `end`, an id already, so none overflows.
    pub fn iter(&self) -> impl Iterator<Item = I> + use<I> {
        (self.start.index()..self.end.index()).map(I::clamped)
    }

    /// The `k`th id of the range.
    pub fn nth(&self, k: usize) -> Option<I> {
        (k < self.len()).then(|| I::new(self.start.index() + k).ok()).flatten()
    }

    #[inline]
    fn positions(&self) -> std::ops::Range<usize> {
        self.start.index()..self.end.index()
    }
}

/// A table indexed by one kind of id only.
pub struct IdVec<I, T> {
    items: Vec<T>,
    id: PhantomData<fn(I) -> I>,
}

impl<I: Id, T> IdVec<I, T> {
    /// An empty table.
    pub fn new() -> Self {
        IdVec { items: Vec::new(), id: PhantomData }
    }

    /// A table of `n` copies of `value`.
    pub fn filled(value: T, n: usize) -> Self
    where
        T: Clone,
    {
        IdVec { items: vec![value; n], id: PhantomData }
    }

    /// Adds `item` and gives its id, or `TooMany` (adding nothing) when the id would not fit.
    pub fn push(&mut self, item: T) -> Result<I, TooMany> {
        let id = I::new(self.items.len())?;
        self.items.push(item);
        Ok(id)
    }

    /// The id the next item pushed will get.
    pub fn next_id(&self) -> Result<I, TooMany> {
        I::new(self.items.len())
    }

    /// How many items the table holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the table holds no item.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The item of `id`, or `None` when `id` is not the table's.
    pub fn get(&self, id: I) -> Option<&T> {
        self.items.get(id.index())
    }

    /// Whether `id` is one of the table's.
    pub fn holds(&self, id: I) -> bool {
        id.index() < self.items.len()
    }

    /// Whether every id of `range` is one of the table's.
    pub fn holds_range(&self, range: &IdRange<I>) -> bool {
        range.start <= range.end && range.end.index() <= self.items.len()
    }

    /// Every item, in the order of their ids.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Every item with its id.
    pub fn iter_ids(&self) -> impl Iterator<Item = (I, &T)> {
        self.items.iter().enumerate().map(|(i, t)| (I::clamped(i), t))
    }

    /// The item with the highest id, to change it.
    pub fn last_mut(&mut self) -> Option<&mut T> {
        self.items.last_mut()
    }

    /// The items of `range`; panics when the range is not the table's (validation rules that out).
    #[inline]
    pub fn slice(&self, range: &IdRange<I>) -> &[T] {
        &self.items[range.positions()]
    }

    /// The items of `range`, or `None` when the range is not the table's.
    pub fn get_slice(&self, range: &IdRange<I>) -> Option<&[T]> {
        self.items.get(range.positions())
    }

    /// Every id of the table (a table only grows through `push`, which refuses an item without
    /// an id, so its length fits; validation checks the tables collected otherwise).
    pub fn ids(&self) -> IdRange<I> {
        IdRange { start: I::clamped(0), end: I::clamped(self.items.len()) }
    }
}

impl<I: Id, T> Default for IdVec<I, T> {
    fn default() -> Self {
        IdVec::new()
    }
}

impl<I, T: Clone> Clone for IdVec<I, T> {
    fn clone(&self) -> Self {
        IdVec { items: self.items.clone(), id: PhantomData }
    }

    fn clone_from(&mut self, source: &Self) {
        self.items.clone_from(&source.items);
    }
}

impl<I, T: fmt::Debug> fmt::Debug for IdVec<I, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.items.fmt(f)
    }
}

impl<I, T: PartialEq> PartialEq for IdVec<I, T> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl<I: Id, T> Index<I> for IdVec<I, T> {
    type Output = T;

    #[inline]
    fn index(&self, id: I) -> &T {
        &self.items[id.index()]
    }
}

impl<I: Id, T> IndexMut<I> for IdVec<I, T> {
    #[inline]
    fn index_mut(&mut self, id: I) -> &mut T {
        &mut self.items[id.index()]
    }
}

impl<I: Id, T> FromIterator<T> for IdVec<I, T> {
    /// Collects a table whose length is known to fit (the caller checks it with `fits`).
    fn from_iter<It: IntoIterator<Item = T>>(items: It) -> Self {
        IdVec { items: items.into_iter().collect(), id: PhantomData }
    }
}

impl<'a, I: Id, T> IntoIterator for &'a IdVec<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked() {
        assert_eq!(TruthRegister::new(7).map(Id::index), Ok(7));
        if usize::BITS > 32 {
            let too_many = TruthRegister::new(u32::MAX as usize + 1);
            assert_eq!(too_many, Err(TooMany { what: "truth registers", what_id: "compile-ids-truth-registers" }));
        }
    }

    #[test]
    fn what_there_are_too_many_of_is_said_in_both_languages() {
        fn words<I: Id>() -> (String, String) {
            let too_many = TooMany { what: I::WHAT, what_id: I::WHAT_ID };
            let russian = crate::locale::Lang::Ru.text(&Message::new(I::WHAT_ID));
            assert!(too_many.to_string().contains(I::WHAT), "{too_many}");
            (crate::locale::Lang::En.text(&Message::new(I::WHAT_ID)), russian)
        }
        let all = [
            words::<FieldSlot>(),
            words::<TruthRegister>(),
            words::<NumberRegister>(),
            words::<TextId>(),
            words::<StepId>(),
            words::<RangeTestId>(),
            words::<SetTestId>(),
            words::<FieldTestId>(),
            words::<FrameworkId>(),
            words::<ProfileId>(),
            words::<ScoreId>(),
            words::<ClassRuleId>(),
            words::<TemperatureRuleId>(),
            words::<RuleNameId>(),
        ];
        for (english, russian) in all {
            assert!(!english.starts_with("compile-ids-") && !russian.starts_with("compile-ids-"), "{english}");
            assert!(russian.chars().all(|c| !c.is_ascii_alphabetic()), "{russian}");
        }
        assert_eq!(words::<ScoreId>(), ("score blocks".to_string(), "блоков скоринга".to_string()));
    }

    #[test]
    fn tables_are_indexed_by_their_ids() {
        let mut texts: IdVec<TextId, &str> = IdVec::new();
        let a = texts.push("a").unwrap();
        let b = texts.push("b").unwrap();
        assert_eq!((texts[a], texts[b]), ("a", "b"));
        assert_eq!(texts.slice(&IdRange::new(a, b)), &["a"]);
        assert_eq!(texts.ids().iter().collect::<Vec<_>>(), vec![a, b]);
        assert!(!texts.holds(TextId::new(2).unwrap()));
    }
}
