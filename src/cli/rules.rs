//! `billaudit rules`

use std::path::PathBuf;

use billaudit::i18n::Lang;
use billaudit::rules::load_rules;
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
    let rules = load_rules(a.case.as_ref().map(|c| c.join("rules")).as_deref())?;
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec!["id", "check", "severity", "enabled", "origin"]);
    for r in &rules {
        t.add_row(vec![
            r.id.clone(),
            r.check.name().to_string(),
            r.severity.to_string(),
            r.enabled.to_string(),
            r.origin.clone(),
        ]);
    }
    let mut s = format!("{t}\n");
    s.push_str(&billaudit::tr!(lang, "rules-explain-hint"));
    s.push('\n');
    out(&s);
    Ok(EXIT_CLEAN)
}
