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
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let path = a.case.join(CONFIG_FILE);
    if !a.print && path.exists() && !a.force {
        bail!(
            "{} already exists; use --force to replace it (or --print to see the guess)",
            path.display()
        );
    }
    let starter = scan(&a.case)?;
    let text = render(&starter);
    // The library's output must load; a failure here is a bug, never a half-written file.
    Config::parse(&path.display().to_string(), &text)
        .context("the generated configuration does not load (a bug)")?;
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
    out_text(&format!(
        "wrote {}: {} services{}{}, {} payees{}\nReview every value against your contract (monthly_fee, start, term_months, cancelled), then run: billaudit audit {}\n",
        path.display(),
        starter.services.len(),
        if services.is_empty() { "" } else { ": " },
        services,
        starter.payees.len(),
        starter.carrier.as_deref().map(|c| format!(", carrier {c}")).unwrap_or_default(),
        a.case.display()
    ));
    Ok(EXIT_CLEAN)
}
