//! `billaudit audit CASE_DIR`

use std::path::PathBuf;

use anyhow::bail;
use billaudit::audit::audit_case_with;
use billaudit::config::Password;
use billaudit::i18n::Lang;
use billaudit::report::{self, script::ScriptOptions};
use billaudit::tr;
use chrono::NaiveDate;

use super::{out, pick_lang, today, write_atomic, WritePolicy, EXIT_CLEAN, EXIT_FINDINGS};

/// Audit a case folder: import every file in it, match bills with services, usage and
/// payments, run the rules, and report.
///
/// A case folder holds billaudit.toml and any number of exported files (bills, usage
/// records, bank and payment statements) in any sub-folders; files are recognised by their
/// content. Exit code 0 when nothing is flagged, 1 when something is, 2 on error.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  billaudit audit fixtures/cases/idle-broadband\n  billaudit audit CASE --format json > findings.json\n  billaudit audit CASE --format csv -o findings.csv\n  billaudit audit CASE --evidence evidence.md --lang en --reply-hours 48\n  billaudit audit CASE --evidence pack.html --as-of 2025-10-20"
)]
pub struct Args {
    /// The case folder (holds billaudit.toml).
    case_dir: PathBuf,
    /// Output format on stdout (or in --output).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write the report to this file instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Write the evidence pack: .html (self-contained, printable to PDF) or .md.
    #[arg(long, value_name = "FILE")]
    evidence: Option<PathBuf>,
    #[arg(long, value_name = "DATE", value_parser = super::parse_date, help = super::AS_OF_HELP)]
    as_of: Option<NaiveDate>,
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, help = super::LANG_HELP)]
    lang: Option<Lang>,
    /// Replace an existing --output or --evidence file (never an input of the case, its
    /// billaudit.toml or case log, a symlink or a device).
    #[arg(long)]
    force: bool,
    /// Hours within which the call script asks for a reply.
    #[arg(long, default_value_t = 24)]
    reply_hours: u32,
    /// The password of encrypted PDF statements (else `[import] password` in
    /// billaudit.toml). Never written anywhere.
    #[arg(long, env = "BILLAUDIT_PASSWORD", hide_env_values = true, value_parser = super::password)]
    password: Option<Password>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Csv,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let lang = pick_lang(a.lang);
    let audit = super::progress::with_import_progress(&a.case_dir, || {
        audit_case_with(&a.case_dir, lang, a.password.clone())
    })
    .map_err(|e| anyhow::anyhow!(e.render(lang)))?;
    // A skipped file is printed once: in the text summary when it goes to stdout, else here.
    let summary_lists_skips = a.format == Format::Text && a.output.is_none();
    for r in &audit.reports {
        if let Some(f) = r.failure.as_ref().filter(|_| !summary_lists_skips) {
            err_line!("{}", tr!(lang, "cli-warning", text = f.render(lang)));
        }
        for e in &r.errors {
            err_line!("{}", tr!(lang, "cli-warning", text = e.render(lang)));
        }
        for n in &r.notes {
            let text = tr!(lang, "file-said", file = &*r.file, text = n.render(lang));
            err_line!("{}", tr!(lang, "cli-note", text = text));
        }
        if r.error_count as usize > r.errors.len() {
            let text = tr!(
                lang,
                "cli-more-rows-unread",
                file = &*r.file,
                count = r.error_count as usize - r.errors.len()
            );
            err_line!("{}", tr!(lang, "cli-warning", text = text));
        }
        for c in r.reconciliation.iter().filter(|c| !c.ok) {
            err_line!("{}", report::reconcile_line(r, c, lang));
        }
    }
    let policy = WritePolicy::for_case(&a.case_dir, a.force);
    let body = match a.format {
        Format::Text => report::terminal(&audit),
        Format::Json => report::json(&audit),
        Format::Csv => report::csv(&audit),
    };
    match &a.output {
        Some(p) => write_atomic(p, body.as_bytes(), &policy)?,
        None => out(&body),
    }
    if let Some(p) = &a.evidence {
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let log = super::case::load_log(&a.case_dir)?;
        let mut opts = ScriptOptions::new(a.reply_hours, a.as_of.unwrap_or_else(today));
        opts.complaint = billaudit::case::complaint_dates(&log);
        let text = match ext.as_str() {
            "html" | "htm" => report::html(
                &audit,
                report::PackOptions {
                    script: opts,
                    log: &log,
                },
            ),
            "md" | "markdown" | "txt" => report::markdown_pack(
                &audit,
                report::PackOptions {
                    script: opts,
                    log: &log,
                },
            ),
            other => bail!(tr!(
                lang,
                "cli-evidence-extension",
                path = p.display().to_string(),
                ext = other
            )),
        };
        write_atomic(p, text.as_bytes(), &policy)?;
        err_line!(
            "{}",
            tr!(lang, "cli-evidence-written", path = p.display().to_string())
        );
    }
    Ok(if audit.findings.is_empty() {
        EXIT_CLEAN
    } else {
        EXIT_FINDINGS
    })
}
