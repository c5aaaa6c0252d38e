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
use std::sync::Arc;

/// Discovery questions with a memory: leads with the same signature (see
/// `compile::signature`) get the same questions, so their line of text is computed once.
/// Only the line is kept, and many signatures share one line (a million random leads have
/// some 200 000 signatures but under 2 000 distinct lines), so each line is kept once and
/// a signature costs little more than its key.
pub struct Questioner<'r> {
    rules: &'r RuleSet,
    memory: Memory,
}

/// What a questioner remembers from lead to lead, apart from the rules it asks about: a
/// service keeps it between requests ([`Questioner::into_memory`], [`Questioner::with_memory`]),
/// so a lead like one seen before is not searched again. It belongs to the rules it was made
/// for, and to its language.
pub struct Memory {
    /// The signatures seen lately, and the generation before them: when `cache` holds half of
    /// `REMEMBERED`, it becomes `older` and the previous `older` is forgotten, so the
    /// signatures that keep coming back stay (they move back to `cache` when seen again).
    cache: FastMap<u128, Arc<str>>,
    older: FastMap<u128, Arc<str>>,
    /// The distinct lines of the current generation, shared by its signatures.
    lines: FastSet<Arc<str>>,
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

impl Memory {
    /// An empty memory of at most `capacity` signatures (at least 2), its lines in `lang`.
    pub fn new(capacity: usize, lang: Lang) -> Self {
        Memory {
            capacity: capacity.max(2),
            cache: Default::default(),
            older: Default::default(),
            lines: Default::default(),
            fresh: String::new(),
            scratch: Scratch::default(),
            phrases: Phrases::new(lang),
        }
    }

    /// An empty memory for one of `threads` threads questioning leads at once, its lines in
    /// `lang`: together they remember no more than one thread alone could.
    pub fn for_one_of(threads: usize, lang: Lang) -> Self {
        Memory::new(REMEMBERED.min(REMEMBERED_BY_ALL / threads.max(1)), lang)
    }

    /// The language its lines are written in.
    pub fn lang(&self) -> Lang {
        self.phrases.lang()
    }
}

impl<'r> Questioner<'r> {
    /// A questioner for one thread, remembering the questions of up to 65 536 signatures.
    pub fn new(rules: &'r RuleSet) -> Self {
        Questioner::remembering(rules, REMEMBERED)
    }

    /// The questioner of one of `threads` threads questioning leads at once.
    pub fn sharing_with(rules: &'r RuleSet, threads: usize) -> Self {
        Questioner { rules, memory: Memory::for_one_of(threads, Lang::En) }
    }

    /// A questioner that remembers at most `capacity` signatures (at least 2).
    pub fn remembering(rules: &'r RuleSet, capacity: usize) -> Self {
        Questioner { rules, memory: Memory::new(capacity, Lang::En) }
    }

    /// A questioner that goes on from `memory`, which must have been made for the same `rules`.
    pub fn with_memory(rules: &'r RuleSet, memory: Memory) -> Self {
        Questioner { rules, memory }
    }

    /// What it remembers, to go on with later under the same rules.
    pub fn into_memory(self) -> Memory {
        self.memory
    }

    /// The same questioner writing its lines in `lang` (English by default).
    pub fn in_lang(mut self, lang: Lang) -> Self {
        if self.memory.lang() != lang {
            self.memory = Memory::new(self.memory.capacity, lang);
        }
        self
    }

    /// The line describing the questions for a lead whose verdict is `verdict`.
    pub fn ask(&mut self, lead: &[Value], verdict: &Verdict) -> &str {
        if nothing_to_ask(self.rules, lead) {
            return "";
        }
        let memory = &mut self.memory;
        let Some(plan) = &self.rules.signature else {
            memory.fresh =
                memory.phrases.describe_all(self.rules, &search(self.rules, lead, verdict, &mut memory.scratch));
            return &memory.fresh;
        };
        let key = plan.key(lead);
        if !memory.cache.contains_key(&key) {
            if memory.cache.len() >= memory.capacity / 2 {
                memory.older = std::mem::take(&mut memory.cache);
                memory.lines.clear();
            }
            let line = match memory.older.remove(&key) {
                Some(line) => line,
                None => memory
                    .phrases
                    .describe_all(self.rules, &search(self.rules, lead, verdict, &mut memory.scratch))
                    .into(),
            };
            let shared = match memory.lines.get(&line) {
                Some(shared) => Arc::clone(shared),
                None => {
                    memory.lines.insert(Arc::clone(&line));
                    line
                }
            };
            memory.cache.insert(key, shared);
        }
        memory.cache.get(&key).map_or("", |line| line)
    }
}
