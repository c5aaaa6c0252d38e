//! How the backtest reports, text and HTML alike, write their figures and words: conversions and
//! shares as percentages, 95% intervals as ranges of percentages, lifts as ratios, and `—` where
//! there is nothing to divide, in the number style of the report's language (`42.3%`,
//! `42,3 %`); its sentences are messages of the message files said in that language. The
//! numbers are written by `show`.

use super::model::{Backtest, DefinitionDiff, Group, Interval};
use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::show::{MISSING, Style};
use std::borrow::Cow;

/// The language of a report and the number style that goes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    /// The language of the report's sentences, headings and labels.
    pub lang: Lang,
    /// How its numbers are written: `1 234.5`, `87.5%`; `1 234,5`, `87,5 %`.
    pub style: Style,
    /// The language of the keywords of the definition the report is about, when it is known: the
    /// program text its sentences quote (`score >= 55`) is spelt in it (`баллы >= 55`).
    pub keywords: Option<Lang>,
}

/// A fraction made safe to show as a share: finite and within 0..=1.
fn bounded(v: f64) -> f64 {
    if v.is_finite() { v.clamp(0.0, 1.0) } else { 0.0 }
}

impl Words {
    /// English words and numbers.
    pub const ENGLISH: Words = Words::of(Lang::En);

    /// A language's words with its own number style.
    pub const fn of(lang: Lang) -> Words {
        Words { lang, style: Style::of(lang), keywords: None }
    }

    /// The same words about a definition written in `keywords`' keywords (`None`: not known).
    pub const fn with_keywords(self, keywords: Option<Lang>) -> Words {
        Words { keywords, ..self }
    }

    /// The language the program text of the report is spelt in: the definition's keywords, else
    /// the report's language.
    pub fn code_lang(self) -> Lang {
        self.keywords.unwrap_or(self.lang)
    }

    /// A message in the report's language, the code it quotes in the definition's keywords.
    pub fn say(self, message: &Message) -> String {
        match self.keywords {
            Some(keywords) => self.lang.text_with_keywords(keywords, message),
            None => self.lang.text(message),
        }
    }

    /// `42%`: a share to the whole percent, within 0–100% (what the charts write on their bars).
    pub fn percent_whole(self, v: f64) -> String {
        self.style.percent_fixed(bounded(v), 0)
    }

    /// `42.3%`: a share to a tenth of a percent (the tables); `—` when there is nothing to divide.
    pub fn percent_tenths(self, v: Option<f64>) -> String {
        v.filter(|v| v.is_finite()).map_or(MISSING.into(), |v| self.style.percent_fixed(v, 1))
    }

    /// `12–46%`: an interval to the whole percent, within 0–100%.
    pub fn interval_whole(self, i: Interval) -> String {
        self.style.percent_range_fixed(bounded(i.low), bounded(i.high), 0)
    }

    /// `12.3–45.6%`: an interval to a tenth of a percent, within 0–100%; `—` when there is none.
    pub fn interval_tenths(self, i: Option<Interval>) -> String {
        i.map_or(MISSING.into(), |i| self.style.percent_range_fixed(bounded(i.low), bounded(i.high), 1))
    }

    /// `1.25×`: how many times the overall conversion; `—` when there is nothing to divide.
    pub fn lift(self, l: Option<f64>) -> String {
        l.filter(|l| l.is_finite()).map_or(MISSING.into(), |l| self.style.times_fixed(l, 2))
    }
}

/// The names leadrules itself gives in a backtest (not the author's): said in the report's
/// language.
impl Words {
    /// The backtest with the names leadrules gave (the group of leads without a channel, of the
    /// disqualified leads without a temperature, a blank outcome, `version` in the title) in the
    /// report's language; the same backtest in English.
    pub fn backtest(self, b: &Backtest) -> Cow<'_, Backtest> {
        if self.lang == Lang::En {
            return Cow::Borrowed(b);
        }
        let mut b = b.clone();
        self.rename_backtest(&mut b);
        Cow::Owned(b)
    }

    /// [`Words::backtest`] for a diff: both backtests and the class of the rows that could not be
    /// read (the moved leads' names and rules are said in the report's language as they are
    /// written: `LeadName::text`, `DecidingRule::text`).
    pub fn diff(self, d: &DefinitionDiff) -> Cow<'_, DefinitionDiff> {
        if self.lang == Lang::En {
            return Cow::Borrowed(d);
        }
        let mut d = d.clone();
        self.rename_backtest(&mut d.old);
        self.rename_backtest(&mut d.new);
        for name in d.old_classes.iter_mut().chain(d.new_classes.iter_mut()) {
            self.rename(name);
        }
        for t in &mut d.transitions {
            self.rename(&mut t.from);
            self.rename(&mut t.to);
        }
        Cow::Owned(d)
    }

    fn rename_backtest(self, b: &mut Backtest) {
        let version = format!(" {} ", super::run::VERSION);
        if let Some((name, number)) = b.definition.rsplit_once(&version) {
            b.definition = self.say(&msg!("backtest-definition-version", name = name, version = number));
        }
        let groups: [&mut Vec<Group>; 4] = [&mut b.by_class, &mut b.by_channel, &mut b.by_grade, &mut b.by_temperature];
        for group in groups.into_iter().flatten() {
            self.rename(&mut group.name);
        }
        for table in &mut b.by {
            for group in &mut table.groups {
                self.rename(&mut group.name);
            }
        }
        for cross in &mut b.crosses {
            for name in cross.rows.iter_mut().chain(cross.columns.iter_mut()) {
                self.rename(name);
            }
            for cell in &mut cross.cells {
                self.rename(&mut cell.row);
                self.rename(&mut cell.column);
            }
        }
        for (outcome, _) in &mut b.unrecognized_outcomes {
            self.rename(outcome);
        }
    }

    /// A name leadrules gave, in the report's language; the author's names stay as they are.
    fn rename(self, name: &mut String) {
        let said = match name.as_str() {
            super::run::UNKNOWN_CHANNEL => msg!("backtest-group-unknown"),
            super::run::NO_TEMPERATURE => msg!("backtest-group-no-temperature"),
            super::run::BLANK_OUTCOME => msg!("backtest-group-blank"),
            super::diff::ERROR_CLASS => msg!("backtest-group-error"),
            super::by::OTHER_ROW => msg!("backtest-group-other"),
            _ => return,
        };
        *name = self.say(&said);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_as_the_reports_write_them() {
        let en = Words::ENGLISH;
        assert_eq!(en.percent_whole(0.423), "42%");
        assert_eq!(en.percent_whole(1.5), "100%", "a share is at most everything");
        assert_eq!(en.percent_whole(f64::NAN), "0%");
        assert_eq!(en.percent_tenths(Some(0.4234)), "42.3%");
        assert_eq!(en.percent_tenths(Some(f64::INFINITY)), "—");
        assert_eq!(en.percent_tenths(None), "—");
        assert_eq!(en.interval_whole(Interval { low: 0.123, high: 0.456 }), "12–46%");
        assert_eq!(en.interval_tenths(Some(Interval { low: -0.1, high: 0.456 })), "0.0–45.6%");
        assert_eq!(en.interval_tenths(None), "—");
        assert_eq!(en.lift(Some(1.5)), "1.50×");
        assert_eq!(en.lift(None), "—");
    }

    #[test]
    fn figures_the_russian_way() {
        let ru = Words::of(Lang::Ru);
        assert_eq!(ru.percent_whole(0.423), "42 %");
        assert_eq!(ru.percent_tenths(Some(0.875)), "87,5 %");
        assert_eq!(ru.interval_tenths(Some(Interval { low: 0.123, high: 0.456 })), "12,3–45,6 %");
        assert_eq!(ru.lift(Some(1.5)), "1,50×");
    }
}
