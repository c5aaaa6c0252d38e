//! The memory of discovery questions: leads with the same signature get the same questions,
//! so the line of text that describes them is computed once per signature, within a bounded
//! number of remembered signatures.

use super::phrases::Phrases;
use super::search::{Scratch, nothing_to_ask, search};
use crate::compile::program::RuleSet;
use crate::eval::verdict::Verdict;
use crate::locale::Lang;
use crate::value::Value;
use foldhash::{HashMap as FastMap, HashSet as FastSet};
use std::rc::Rc;

/// Discovery questions with a memory: leads with the same signature (see
/// `compile::signature`) get the same questions, so their line of text is computed once.
/// Only the line is kept, and many signatures share one line (a million random leads have
/// some 200 000 signatures but under 2 000 distinct lines), so each line is kept once and
/// a signature costs little more than its key.
pub struct Questioner<'r> {
    rules: &'r RuleSet,
    /// The signatures seen lately, and the generation before them: when `cache` holds half of
    /// `REMEMBERED`, it becomes `older` and the previous `older` is forgotten, so the
    /// signatures that keep coming back stay (they move back to `cache` when seen again).
    cache: FastMap<u128, Rc<str>>,
    older: FastMap<u128, Rc<str>>,
    /// The distinct lines of the current generation, shared by its signatures.
    lines: FastSet<Rc<str>>,
    /// How many signatures are remembered at most, over both generations.
    pub(super) capacity: usize,
    fresh: String,
    scratch: Scratch,
    /// The words of each question once said, in the language of the lines.
    phrases: Phrases,
}

/// How many signatures one thread remembers at most, over both generations (bounds memory:
/// 32 bytes each with the lines shared, in tables of twice as many slots: about 4 MiB when
/// full. Twice as many was a few per cent faster but made the memory grow from 1M to 10M rows).
pub(super) const REMEMBERED: usize = 65_536;

/// How many signatures all threads together remember at most: with more threads than this
/// allows at `REMEMBERED` each, each remembers a share, so memory does not grow with cores.
pub(super) const REMEMBERED_BY_ALL: usize = 4 * REMEMBERED;

impl<'r> Questioner<'r> {
    /// A questioner for one thread, remembering the questions of up to 65 536 signatures.
    pub fn new(rules: &'r RuleSet) -> Self {
        Questioner::remembering(rules, REMEMBERED)
    }

    /// The questioner of one of `threads` threads questioning leads at once.
    pub fn sharing_with(rules: &'r RuleSet, threads: usize) -> Self {
        Questioner::remembering(rules, REMEMBERED.min(REMEMBERED_BY_ALL / threads.max(1)))
    }

    /// A questioner that remembers at most `capacity` signatures (at least 2).
    pub fn remembering(rules: &'r RuleSet, capacity: usize) -> Self {
        Questioner {
            capacity: capacity.max(2),
            rules,
            cache: Default::default(),
            older: Default::default(),
            lines: Default::default(),
            fresh: String::new(),
            scratch: Scratch::default(),
            phrases: Phrases::new(Lang::En),
        }
    }

    /// The same questioner writing its lines in `lang` (English by default).
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.phrases = Phrases::new(lang);
        self
    }

    /// The line describing the questions for a lead whose verdict is `verdict`.
    pub fn ask(&mut self, lead: &[Value], verdict: &Verdict) -> &str {
        if nothing_to_ask(self.rules, lead) {
            return "";
        }
        let Some(plan) = &self.rules.signature else {
            self.fresh = self.phrases.describe_all(self.rules, &search(self.rules, lead, verdict, &mut self.scratch));
            return &self.fresh;
        };
        let key = plan.key(lead);
        if !self.cache.contains_key(&key) {
            if self.cache.len() >= self.capacity / 2 {
                self.older = std::mem::take(&mut self.cache);
                self.lines.clear();
            }
            let line = match self.older.remove(&key) {
                Some(line) => line,
                None => {
                    self.phrases.describe_all(self.rules, &search(self.rules, lead, verdict, &mut self.scratch)).into()
                }
            };
            let shared = match self.lines.get(&line) {
                Some(shared) => Rc::clone(shared),
                None => {
                    self.lines.insert(Rc::clone(&line));
                    line
                }
            };
            self.cache.insert(key, shared);
        }
        self.cache.get(&key).map_or("", |line| line)
    }
}
