//! The editor: the rule file in force in a text area, the places the page's script fills with
//! the text's diagnostics (from `/v1/check`, each with its line, column and help, in the words
//! `check` uses) and with the sample leads whose verdict the change would move (`/v1/moved`).
//! The files the definition uses are listed beside it, read-only, with their texts as the version
//! in force was loaded with them. Nothing typed here is saved: a change is put in force by saving
//! the rule file.

use crate::locale::Lang;
use crate::message::Message;
use crate::msg;
use crate::serve::Definition;
use crate::show::escape_html as esc;
use std::fmt::Write;
use std::path::Path;

/// The editor for `definition`, read from `rules` (the file the service watches); `sample` is
/// the sample lead file given to the service, if any.
pub fn editor(definition: &Definition, rules: &Path, sample: Option<&Path>, lang: Lang) -> String {
    let say = |m: Message| esc(&lang.text(&m));
    let file = rules.display().to_string();
    let text = definition.sources.root().map_or("", |f| f.text.as_str());
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"block\" id=\"editor\"><h1>{}</h1><p class=\"explain\">{}</p><div class=\"editor\">\
         <div class=\"source\"><label for=\"rules\">{}</label>\
         <textarea id=\"rules\" data-file=\"{}\" spellcheck=\"false\" autocapitalize=\"off\" wrap=\"off\">\n{}</textarea>",
        say(msg!("page-editor")),
        say(msg!("page-editor-explain", file = file.as_str())),
        say(msg!("page-editor-label", file = file.as_str())),
        esc(&file),
        esc(text)
    );
    // Only the main file is edited here: the files it uses are shown read-only, as the version
    // in force was loaded with them (the edit is checked with these texts).
    let used = definition.used_texts();
    if !used.is_empty() {
        let names: Vec<&str> = used.iter().map(|(name, _)| name.as_str()).collect();
        let _ = write!(
            out,
            "<p class=\"explain\" id=\"used-files\">{}</p><div id=\"used-texts\" role=\"group\" aria-label=\"{}\">",
            say(msg!("page-editor-used", file = file.as_str(), used = names.join(", "))),
            say(msg!("page-editor-used-heading")),
        );
        for (name, text) in &used {
            let _ = write!(
                out,
                "<details class=\"used-file\" data-file=\"{0}\"><summary><code>{0}</code> <span class=\"meta\">{1}</span></summary>\
                 <pre class=\"used-text\" tabindex=\"0\">{2}</pre></details>",
                esc(name),
                say(msg!("page-editor-read-only")),
                esc(text)
            );
        }
        out.push_str("</div>");
    }
    out.push_str("</div>");
    let compared = match sample {
        Some(path) => msg!("page-moved-explain-sample", file = path.display().to_string()),
        None => msg!("page-moved-explain-examples"),
    };
    let _ = write!(
        out,
        "<div class=\"findings\"><h2>{}</h2><p id=\"check-status\" class=\"status\"></p><ol id=\"diagnostics\"></ol>\
         <h2>{}</h2><p class=\"explain\">{}</p><p id=\"moved-status\" class=\"status\"></p>\
         <table id=\"moved\" hidden><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody></tbody></table></div></div></section>\n",
        say(msg!("page-problems")),
        say(msg!("page-moved")),
        say(compared),
        say(msg!("page-moved-lead")),
        say(msg!("page-moved-before")),
        say(msg!("page-moved-after")),
        say(msg!("page-moved-rule")),
    );
    out
}
