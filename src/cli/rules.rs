//! `billaudit rules`

use std::path::PathBuf;

use billaudit::i18n::Lang;
use billaudit::rules::{load_rules, Severity};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};

use super::{out, pick_lang, EXIT_CLEAN};

/// List the rules: the built-in ones and, with --case, the case's own rules/*.toml.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  billaudit rules\n  billaudit rules --case fixtures/cases/idle-broadband --lang en"
)]
pub struct Args {
    /// Include the rules of this case folder (CASE/rules/*.toml).
    #[arg(long)]
    case: Option<PathBuf>,
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, help = super::LANG_HELP)]
    lang: Option<Lang>,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let lang = pick_lang(a.lang);
    let rules = load_rules(a.case.as_ref().map(|c| c.join("rules")).as_deref())
        .map_err(|e| anyhow::anyhow!(e.render(super::lang())))?;
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec![
        billaudit::tr!(lang, "rules-col-id"),
        billaudit::tr!(lang, "rules-col-title"),
        billaudit::tr!(lang, "rules-col-check"),
        billaudit::tr!(lang, "rules-col-severity"),
        billaudit::tr!(lang, "rules-col-enabled"),
        billaudit::tr!(lang, "rules-col-origin"),
    ]);
    for r in &rules {
        let severity = match r.severity {
            Severity::High => billaudit::tr!(lang, "severity-high"),
            Severity::Medium => billaudit::tr!(lang, "severity-medium"),
            Severity::Low => billaudit::tr!(lang, "severity-low"),
            Severity::Info => billaudit::tr!(lang, "severity-info"),
        };
        let enabled = if r.enabled {
            billaudit::tr!(lang, "rules-enabled-yes")
        } else {
            billaudit::tr!(lang, "rules-enabled-no")
        };
        t.add_row(vec![
            r.id.clone(),
            r.title_text(lang),
            r.check.name().to_string(),
            severity,
            enabled,
            r.origin.clone(),
        ]);
    }
    let mut s = format!("{t}\n");
    s.push_str(&billaudit::tr!(lang, "rules-explain-hint"));
    s.push('\n');
    out(&s);
    Ok(EXIT_CLEAN)
}
