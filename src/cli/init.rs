//! `billaudit init CASE`

use std::path::PathBuf;

use anyhow::{bail, Context};
use billaudit::audit::CONFIG_FILE;
use billaudit::config::Config;
use billaudit::init::{render, scan};

use super::{out_text, write_atomic, WritePolicy, EXIT_CLEAN};

/// Write a starter billaudit.toml guessed from the statements in CASE: services from
/// recurring bill items, payees from debits to carriers. Review it before auditing.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  billaudit init my-case\n  billaudit init my-case --print\n  billaudit init my-case --force   # replace an existing billaudit.toml"
)]
pub struct Args {
    /// The case folder holding the exported statements.
    case: PathBuf,
    /// Replace an existing billaudit.toml.
    #[arg(long)]
    force: bool,
    /// Print the file instead of writing it.
    #[arg(long, conflicts_with = "force")]
    print: bool,
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, help = super::LANG_HELP)]
    lang: Option<billaudit::i18n::Lang>,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let path = a.case.join(CONFIG_FILE);
    if !a.print && path.exists() && !a.force {
        bail!(billaudit::tr!(
            super::lang(),
            "cli-init-exists",
            path = path.display().to_string()
        ));
    }
    let starter = scan(&a.case).map_err(|e| anyhow::anyhow!(e.render(super::lang())))?;
    let text = render(&starter, super::pick_lang(a.lang));
    // The library's output must load; a failure here is a bug, never a half-written file.
    Config::parse(&path.display().to_string(), &text)
        .context(billaudit::tr!(super::lang(), "cli-init-bug"))?;
    if a.print {
        out_text(&text);
        return Ok(EXIT_CLEAN);
    }
    // Replacing was asked for (or there is nothing to replace); a symlink or device is
    // still never replaced.
    let policy = WritePolicy {
        force: true,
        protected: Vec::new(),
    };
    write_atomic(&path, text.as_bytes(), &policy)?;
    let services = starter
        .services
        .iter()
        .map(|s| format!("{} ({})", s.id, s.kind))
        .collect::<Vec<_>>()
        .join(", ");
    let lang = super::lang();
    let mut text = billaudit::tr!(
        lang,
        "cli-init-wrote",
        path = path.display().to_string(),
        count = starter.services.len(),
        payees = starter.payees.len()
    );
    if !services.is_empty() {
        text.push_str(&billaudit::tr!(
            lang,
            "cli-init-services",
            services = services
        ));
    }
    if let Some(c) = starter.carrier.as_deref() {
        text.push_str(&billaudit::tr!(lang, "cli-init-carrier", carrier = c));
    }
    text.push('\n');
    text.push_str(&billaudit::tr!(
        lang,
        "cli-init-review",
        case = a.case.display().to_string()
    ));
    text.push('\n');
    out_text(&text);
    Ok(EXIT_CLEAN)
}
