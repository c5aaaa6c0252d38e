//! What a command says, in the person's language and, once it has read the rules it is about,
//! with the program text its messages quote (`classify`, `use`, `score >= 60`, the `key` field) in
//! the keywords of that file: a Russian-keyword file is told `классы`, `подключить`,
//! `баллы >= 60`, `ключ`, in either language of the messages, as its diagnostics are.
//!
//! A command gets its [`Ui`] with no keyword language; [`Ui::about`] gives it the one of the rules
//! it loaded (the language most of their keywords are written in, as `fmt` and the diagnostics
//! decide it), and everything said through that [`Ui`] (`out::error`, `out::say`, [`Ui::text`])
//! follows it.

use super::Ui;
use crate::compile::RuleSet;
use crate::locale::Lang;
use crate::message::Message;

/// Who says a message: a language alone (before any rules are read), or a [`Ui`] that may know
/// the keywords of the file it is about.
pub trait Voice: Copy {
    /// The message in words.
    fn text(self, message: &Message) -> String;
}

impl Voice for Lang {
    fn text(self, message: &Message) -> String {
        Lang::text(self, message)
    }
}

impl Voice for Ui {
    fn text(self, message: &Message) -> String {
        match self.keywords {
            Some(keywords) => self.lang.text_with_keywords(keywords, message),
            None => self.lang.text(message),
        }
    }
}

impl Ui {
    /// The message in the person's language, its program text in the keywords of the rules.
    pub fn text(self, message: &Message) -> String {
        Voice::text(self, message)
    }

    /// The same person, now talking about `rules`: their program text in its keywords.
    pub fn about(self, rules: &RuleSet) -> Ui {
        match rules.sources.root() {
            Some(file) => self.about_text(&file.text),
            None => self,
        }
    }

    /// The same person, talking about the rule file whose text is `text`.
    pub fn about_text(self, text: &str) -> Ui {
        Ui { keywords: Some(crate::syntax::text_language(text)), ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::Ui;
    use crate::locale::Lang;
    use crate::msg;

    #[test]
    fn what_is_said_about_a_file_quotes_code_in_its_keywords() {
        let ui = Ui { color: false, lang: Lang::En, keywords: None };
        let m = msg!("cli-rules-do-not-classify", name = "a.rules");
        let plain = ui.text(&m);
        assert!(plain.contains("`classify`"), "{plain}");
        let russian_file = ui.about_text("поля {\n  a : число\n}\nклассы {\n  X когда a >= 1\n  Y иначе\n}\n");
        let said = russian_file.text(&m);
        assert!(said.contains("`классы`") && said.contains("`подключить`"), "{said}");
        let english_file = Ui { lang: Lang::Ru, ..ui }.about_text("fields {\n  a : number\n}\n");
        let said = english_file.text(&m);
        assert!(said.contains("`classify`") && said.contains("`use`") && !said.contains("`классы`"), "{said}");
    }
}
