//! How values are shown to people, in one place: numbers with their thousands grouped, money,
//! percentages and intervals, ratios, durations, dates, and text cut or padded by the width it
//! takes on screen (Unicode width, so `中` counts two columns and a combining accent none).
//!
//! Numbers are written in a [`Style`]: the marks of a language, [`ENGLISH`] (`1 234 567.5`,
//! `45%`) or [`RUSSIAN`] (`1 234 567,5`, `45 %`); [`Style::of`] gives a language's. Durations
//! are said in words with their plural forms (`15 minutes`, `2 часа`, `5 дней`) as messages of
//! the message files. Text width does not depend on the style.
//!
//! `number` writes numbers, money, percentages and ratios; `time` durations, dates and
//! date-times; `text` measures, cuts and pads text; `html` escapes text put into a page.
#![warn(missing_docs)]

mod html;
mod number;
mod text;
mod time;

pub use html::escape_html;
pub use number::{ENGLISH, MISSING, RUSSIAN, Style};
pub use text::{clip_middle, pad_end, pad_start, prefix_within, truncate, width};
pub use time::{TimeUnit, amount, date, date_time, duration, minute, write_minute};

#[cfg(test)]
mod tests;
