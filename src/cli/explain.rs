//! `billaudit explain RULE`

use std::path::PathBuf;

use anyhow::anyhow;
use billaudit::rules::{checks, load_rules};

use super::{out, EXIT_CLEAN};

/// Print what a rule does, why it matters and an example, with its rule file.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  billaudit explain unused-service\n  billaudit explain item-match"
)]
pub struct Args {
    /// A rule id (see `billaudit rules`) or a check name.
    rule: String,
    /// Include the rules of this case folder.
    #[arg(long)]
    case: Option<PathBuf>,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let rules = load_rules(a.case.as_ref().map(|c| c.join("rules")).as_deref())?;
    let text = if let Some(r) = rules.iter().find(|r| r.id == a.rule) {
        format!(
            "# {} ({})\n\nCheck: {}  Severity: {}\n\n{}\n\n## Rule file ({})\n\n{}",
            r.id,
            r.title_text(billaudit::i18n::Lang::En),
            r.check.name(),
            r.severity,
            r.check.doc().trim_end(),
            r.origin,
            r.source.trim_end()
        )
    } else if let Some(c) = checks::by_name(&a.rule) {
        format!("# check {}\n\n{}", c.name(), c.doc().trim_end())
    } else {
        return Err(anyhow!(
            "unknown rule {:?}; the rules are: {}",
            a.rule,
            rules
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    };
    out(&format!("{text}\n"));
    Ok(EXIT_CLEAN)
}
