//! The run summary printed on stderr: how many leads per class, and how many could not be read.

use indexmap::IndexMap;
use std::fmt;

#[derive(Debug, Default)]
pub struct Summary {
    /// Class name → number of leads, in the order of the `classify` block.
    pub per_class: IndexMap<String, u64>,
    /// Input record numbers of the rows that could not be read.
    pub error_rows: Vec<u64>,
}

impl Summary {
    pub fn new(class_names: &[String]) -> Self {
        Summary { per_class: class_names.iter().map(|c| (c.clone(), 0)).collect(), error_rows: Vec::new() }
    }

    pub fn count(&mut self, class: &str) {
        *self.per_class.entry(class.to_string()).or_default() += 1;
    }

    pub fn leads(&self) -> u64 {
        self.per_class.values().sum::<u64>() + self.error_rows.len() as u64
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let classes: Vec<String> = self.per_class.iter().map(|(c, n)| format!("{c} {n}")).collect();
        write!(f, "{} leads: {}", self.leads(), classes.join(", "))?;
        match self.error_rows.len() {
            0 => write!(f, "; no errors"),
            n => {
                let shown: Vec<String> = self.error_rows.iter().take(10).map(u64::to_string).collect();
                let more = if n > 10 { format!(" and {} more", n - 10) } else { String::new() };
                write!(f, "; {n} could not be read (rows {}{more})", shown.join(", "))
            }
        }
    }
}
