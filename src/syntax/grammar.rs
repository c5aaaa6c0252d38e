//! The pest parser generated from `grammar/leadrules.pest`; `Rule` names its rules.

use pest_derive::Parser;

#[derive(Parser)]
#[grammar = "../grammar/leadrules.pest"]
pub struct LeadRulesParser;
