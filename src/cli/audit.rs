//! `billaudit audit CASE_DIR`

use std::path::PathBuf;

use anyhow::bail;
use billaudit::audit::audit_case;
use billaudit::i18n::Lang;
use billaudit::report::{self, script::ScriptOptions};
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
    #[arg(long, value_name = "LANG", help = super::LANG_HELP)]
    lang: Option<Lang>,
    /// Replace an existing --output or --evidence file (never an input of the case, its
    /// billaudit.toml or case log, a symlink or a device).
    #[arg(long)]
    force: bool,
    /// Hours within which the call script asks for a reply.
    #[arg(long, default_value_t = 24)]
    reply_hours: u32,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Csv,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let lang = pick_lang(a.lang);
    let audit =
        super::progress::with_import_progress(&a.case_dir, || audit_case(&a.case_dir, lang))?;
    // A skipped file is printed once: in the text summary when it goes to stdout, else here.
    let summary_lists_skips = a.format == Format::Text && a.output.is_none();
    for r in &audit.reports {
        if let Some(f) = r.failure.as_ref().filter(|_| !summary_lists_skips) {
            err_line!("warning: {f}");
        }
        for e in &r.errors {
            err_line!("warning: {e}");
        }
        for n in &r.notes {
            err_line!("note: {}: {n}", r.file);
        }
        if r.error_count as usize > r.errors.len() {
            err_line!(
                "warning: {}: {} more rows could not be read",
                r.file,
                r.error_count as usize - r.errors.len()
            );
        }
        for c in r.reconciliation.iter().filter(|c| !c.ok) {
            err_line!(
                "warning: {}: {} does not reconcile: stated {}, records {}",
                r.file,
                c.what,
                c.stated,
                c.computed
            );
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
            other => bail!(
                "--evidence {}: unsupported extension {other:?}; use .html or .md",
                p.display()
            ),
        };
        write_atomic(p, text.as_bytes(), &policy)?;
        err_line!("evidence written to {}", p.display());
    }
    Ok(if audit.findings.is_empty() {
        EXIT_CLEAN
    } else {
        EXIT_FINDINGS
    })
}
