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
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, help = super::LANG_HELP)]
    lang: Option<billaudit::i18n::Lang>,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let rules = load_rules(a.case.as_ref().map(|c| c.join("rules")).as_deref())
        .map_err(|e| anyhow::anyhow!(e.render(super::lang())))?;
    let text = if let Some(r) = rules.iter().find(|r| r.id == a.rule) {
        format!(
            "# {} ({})\n\n{}\n\n{}\n\n## {}\n\n{}",
            r.id,
            r.title_text(super::pick_lang(a.lang)),
            billaudit::tr!(
                super::lang(),
                "explain-check-severity",
                check = r.check.name(),
                severity = r.severity.as_str()
            ),
            r.check.doc().trim_end(),
            billaudit::tr!(
                super::lang(),
                "explain-rule-file",
                origin = r.origin.as_str()
            ),
            r.source.trim_end()
        )
    } else if let Some(c) = checks::by_name(&a.rule) {
        format!(
            "# {}\n\n{}",
            billaudit::tr!(super::lang(), "explain-check", check = c.name()),
            c.doc().trim_end()
        )
    } else {
        return Err(anyhow!(billaudit::tr!(
            super::lang(),
            "cli-unknown-rule",
            rule = a.rule.as_str(),
            rules = rules
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    };
    out(&format!("{text}\n"));
    Ok(EXIT_CLEAN)
}
