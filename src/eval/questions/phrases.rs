//! The words of each question remembered once said: a question's text depends only on its field,
//! its answer (or the fields asked together) and the class, so each is said through the message
//! files once per questioner and found in a table afterwards. Leads that miss the memory of
//! signatures still mostly ask the same few questions (20 000 random ACME leads: 19 000 lines
//! described, 63 distinct answers), and saying a message costs far more than finding it.

use super::{Answer, Limit, Question, Reply};
use crate::compile::program::{FieldSlot, RuleSet};
use crate::locale::Lang;
use foldhash::HashMap as FastMap;
use std::hash::{BuildHasher, Hash, Hasher};

/// How many phrases one questioner remembers at most (some 100 bytes each); past it the table
/// starts afresh.
const REMEMBERED_PHRASES: usize = 1_024;

/// What a phrase says, as remembered: one answer to a question about a field, or fields asked
/// together for a class. Numbers are kept as their bits, so that `-0` and `0` stay apart.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Said {
    Answer { slot: FieldSlot, reply: ReplyBits, class: String },
    Together { slots: Vec<FieldSlot>, class: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ReplyBits {
    YesNo(bool),
    Choice(String),
    Text(String),
    Known,
    Range(Option<(u8, u64)>, Option<(u8, u64)>),
}

fn limit_bits(limit: &Option<Limit>) -> Option<(u8, u64)> {
    limit.map(|l| match l {
        Limit::AtLeast(v) => (0, v.to_bits()),
        Limit::Above(v) => (1, v.to_bits()),
        Limit::AtMost(v) => (2, v.to_bits()),
        Limit::Below(v) => (3, v.to_bits()),
    })
}

fn reply_bits(reply: &Reply) -> ReplyBits {
    match reply {
        Reply::YesNo(b) => ReplyBits::YesNo(*b),
        Reply::Choice(name) => ReplyBits::Choice(name.clone()),
        Reply::Text(text) => ReplyBits::Text(text.clone()),
        Reply::Known => ReplyBits::Known,
        Reply::Range(low, high) => ReplyBits::Range(limit_bits(low), limit_bits(high)),
    }
}

/// Whether a remembered phrase says `answer` about `slot` (compared without building a key).
fn says_answer(said: &Said, slot: FieldSlot, answer: &Answer) -> bool {
    let Said::Answer { slot: s, reply, class } = said else { return false };
    let same_reply = match (reply, &answer.condition) {
        (ReplyBits::YesNo(a), Reply::YesNo(b)) => a == b,
        (ReplyBits::Choice(a), Reply::Choice(b)) | (ReplyBits::Text(a), Reply::Text(b)) => a == b,
        (ReplyBits::Known, Reply::Known) => true,
        (ReplyBits::Range(low, high), Reply::Range(l, h)) => *low == limit_bits(l) && *high == limit_bits(h),
        _ => false,
    };
    *s == slot && same_reply && *class == answer.class
}

/// The phrases of one questioner, in its language.
pub(super) struct Phrases {
    lang: Lang,
    /// By the hash of what they say; a phrase whose hash is taken by another is said afresh.
    table: FastMap<u64, (Said, String)>,
}

impl Phrases {
    pub(super) fn new(lang: Lang) -> Self {
        Phrases { lang, table: FastMap::default() }
    }

    /// The language the phrases are said in.
    pub(super) fn lang(&self) -> Lang {
        self.lang
    }

    /// The line describing `questions`, as [`super::describe_all_in`] says it.
    pub(super) fn describe_all(&mut self, rules: &RuleSet, questions: &[Question]) -> String {
        let mut line = String::new();
        for (i, question) in questions.iter().enumerate() {
            if i > 0 {
                line.push_str(" | ");
            }
            match question {
                Question::Single { slot, answers } => {
                    for (j, answer) in answers.iter().enumerate() {
                        if j > 0 {
                            line.push_str("; ");
                        }
                        self.say_answer(rules, *slot, answer, &mut line);
                    }
                }
                Question::Together { .. } => self.say_together(rules, question, &mut line),
            }
        }
        line
    }

    fn say_answer(&mut self, rules: &RuleSet, slot: FieldSlot, answer: &Answer, line: &mut String) {
        let mut h = self.table.hasher().build_hasher();
        (0u8, slot).hash(&mut h);
        reply_bits_hash(&answer.condition, &mut h);
        answer.class.hash(&mut h);
        let key = h.finish();
        match self.table.get(&key) {
            Some((said, text)) if says_answer(said, slot, answer) => line.push_str(text),
            Some(_) => line.push_str(&single(slot, answer).describe_in(rules, self.lang)),
            None => {
                let text = single(slot, answer).describe_in(rules, self.lang);
                line.push_str(&text);
                let said = Said::Answer { slot, reply: reply_bits(&answer.condition), class: answer.class.clone() };
                self.remember(key, said, text);
            }
        }
    }

    fn say_together(&mut self, rules: &RuleSet, question: &Question, line: &mut String) {
        let Question::Together { slots, class } = question else { return };
        let mut h = self.table.hasher().build_hasher();
        (1u8, slots, class).hash(&mut h);
        let key = h.finish();
        match self.table.get(&key) {
            Some((Said::Together { slots: s, class: c }, text)) if s == slots && c == class => line.push_str(text),
            Some(_) => line.push_str(&question.describe_in(rules, self.lang)),
            None => {
                let text = question.describe_in(rules, self.lang);
                line.push_str(&text);
                self.remember(key, Said::Together { slots: slots.clone(), class: class.clone() }, text);
            }
        }
    }

    fn remember(&mut self, key: u64, said: Said, text: String) {
        if self.table.len() >= REMEMBERED_PHRASES {
            self.table.clear();
        }
        self.table.insert(key, (said, text));
    }
}

/// Hashes a reply as [`reply_bits`] would, without building it.
fn reply_bits_hash(reply: &Reply, h: &mut impl Hasher) {
    match reply {
        Reply::YesNo(b) => (0u8, b).hash(h),
        Reply::Choice(name) => (1u8, name).hash(h),
        Reply::Text(text) => (2u8, text).hash(h),
        Reply::Known => 3u8.hash(h),
        Reply::Range(low, high) => (4u8, limit_bits(low), limit_bits(high)).hash(h),
    }
}

/// One answer as a question of its own, to be described.
fn single(slot: FieldSlot, answer: &Answer) -> Question {
    Question::Single { slot, answers: vec![answer.clone()] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::load;
    use crate::compile::program::Id;

    fn acme() -> RuleSet {
        let text = std::fs::read_to_string("rules/acme.rules").expect("shipped rules");
        load(crate::span::SourceFile::new("rules/acme.rules", text)).rules.expect("compiles")
    }

    /// Questions of every kind of answer, some the same but for the sign of zero or the class.
    fn questions(rules: &RuleSet) -> Vec<Question> {
        let slot = |name: &str| FieldSlot::clamped(rules.schema.slot_of(name).expect("a field of acme"));
        let answer = |condition: Reply, class: &str| Answer { condition, class: class.into() };
        vec![
            Question::Single {
                slot: slot("budget"),
                answers: vec![
                    answer(Reply::Range(Some(Limit::AtLeast(500_000.0)), None), "SQL"),
                    answer(Reply::Range(Some(Limit::Above(0.0)), Some(Limit::Below(10.0))), "MQL"),
                    answer(Reply::Range(Some(Limit::Above(-0.0)), Some(Limit::Below(10.0))), "MQL"),
                ],
            },
            Question::Single {
                slot: slot("decision_maker"),
                answers: vec![answer(Reply::YesNo(true), "SQL"), answer(Reply::YesNo(false), "nurture")],
            },
            Question::Single { slot: slot("source"), answers: vec![answer(Reply::Choice("referral".into()), "SQL")] },
            Question::Single { slot: slot("need"), answers: vec![answer(Reply::Text("backup".into()), "SQL")] },
            Question::Single { slot: slot("timeline"), answers: vec![answer(Reply::Known, "SQL")] },
            Question::Single {
                slot: slot("timeline"),
                answers: vec![answer(Reply::Range(None, Some(Limit::AtMost(90.0 * 86_400.0))), "SQL")],
            },
            Question::Together { slots: vec![slot("decision_maker"), slot("budget")], class: "SQL".into() },
            Question::Together { slots: vec![slot("decision_maker"), slot("budget")], class: "MQL".into() },
        ]
    }

    #[test]
    fn remembered_phrases_say_what_the_message_files_say() {
        let rules = acme();
        let all = questions(&rules);
        for lang in [Lang::En, Lang::Ru] {
            let mut phrases = Phrases::new(lang);
            // Each question alone, then in every order: said afresh, then found in the table.
            for round in 0..2 {
                for q in &all {
                    let one = std::slice::from_ref(q);
                    assert_eq!(phrases.describe_all(&rules, one), super::super::describe_all_in(&rules, one, lang));
                }
                let mut reversed = all.clone();
                reversed.reverse();
                for list in [&all, &reversed] {
                    let said = phrases.describe_all(&rules, list);
                    assert_eq!(said, super::super::describe_all_in(&rules, list, lang), "{lang:?}, round {round}");
                }
            }
            assert_eq!(phrases.describe_all(&rules, &[]), "");
        }
    }

    #[test]
    fn the_table_stays_within_its_bound() {
        let rules = acme();
        let slot = FieldSlot::clamped(rules.schema.slot_of("budget").expect("budget"));
        let mut phrases = Phrases::new(Lang::En);
        for n in 0..(REMEMBERED_PHRASES as u32 * 2 + 10) {
            let answer =
                Answer { condition: Reply::Range(Some(Limit::AtLeast(f64::from(n))), None), class: "SQL".into() };
            let line = phrases.describe_all(&rules, &[Question::Single { slot, answers: vec![answer] }]);
            assert!(line.starts_with("budget ≥ "), "{line}");
            assert!(phrases.table.len() <= REMEMBERED_PHRASES);
        }
    }
}
