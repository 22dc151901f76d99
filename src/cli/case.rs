//! `billaudit case log|status|appeal CASE_DIR`: the complaint workflow.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Context};
use billaudit::audit::audit_case;
use billaudit::case::{
    self,
    appeal::{appeal, AppealInput},
    status::status,
    status::PromiseState,
    EntryKind, LogEntry,
};
use billaudit::i18n::Lang;
use billaudit::tr;
use chrono::NaiveDate;

use super::{out_text, pick_lang, today, write_atomic, WritePolicy, EXIT_CLEAN, EXIT_FINDINGS};

/// Keep a log of calls and promises, check them against later statements, and write the
/// appeal to the regulator.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  billaudit case log CASE --call --ticket 2025100512345 --agent 'Wang 8812' --promised 'refund 1032 by 2025-10-12'\n  billaudit case status CASE --as-of 2025-10-20\n  billaudit case appeal CASE --contact 13800138000 -o appeal.txt"
)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(clap::Subcommand, Debug)]
enum Sub {
    Log(LogArgs),
    Status(StatusArgs),
    Appeal(AppealArgs),
}

/// Append an entry to CASE/case-log.jsonl (one JSON object per line; edit it by hand if
/// you like, the tool only ever appends).
#[derive(clap::Args, Debug)]
struct LogArgs {
    /// The case folder: the entry is appended to its case-log.jsonl.
    case_dir: PathBuf,
    /// A call with the carrier (a complaint; starts the 15-day clock).
    #[arg(long, group = "kind")]
    call: bool,
    /// A written complaint to the carrier.
    #[arg(long, group = "kind")]
    letter: bool,
    /// An appeal filed with the regulator.
    #[arg(long, group = "kind")]
    appeal: bool,
    /// A ticket number (工单号).
    #[arg(long)]
    ticket: Option<String>,
    /// The agent's name or ID.
    #[arg(long)]
    agent: Option<String>,
    /// What was promised, e.g. "refund 1032 by 2025-10-12".
    #[arg(long)]
    promised: Option<String>,
    /// A free note.
    #[arg(long)]
    note: Option<String>,
    /// The carrier refused or answered unsatisfactorily (in China the appeal opens at once;
    /// in the UK this is the deadlock letter).
    #[arg(long)]
    refused: bool,
    /// When it happened: "2025-10-05 14:30" (default: now).
    #[arg(long)]
    at: Option<String>,
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, help = super::LANG_HELP)]
    lang: Option<Lang>,
}

/// What was promised, which deadlines passed, and the next step.
#[derive(clap::Args, Debug)]
struct StatusArgs {
    /// The case folder (holds billaudit.toml and case-log.jsonl).
    case_dir: PathBuf,
    #[arg(long, value_name = "DATE", value_parser = super::parse_date, help = super::AS_OF_HELP)]
    as_of: Option<NaiveDate>,
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, help = super::LANG_HELP)]
    lang: Option<Lang>,
}

/// Write the appeal with every field the regulator's form asks for.
#[derive(clap::Args, Debug)]
struct AppealArgs {
    /// The case folder (holds billaudit.toml and case-log.jsonl).
    case_dir: PathBuf,
    /// Your phone number or e-mail for the appeal (left blank to fill in by hand).
    #[arg(long)]
    contact: Option<String>,
    /// Your postal address (left blank to fill in by hand).
    #[arg(long)]
    address: Option<String>,
    /// Your postcode (邮政编码; left blank to fill in by hand).
    #[arg(long)]
    postcode: Option<String>,
    /// For a company: the contact person handling the case.
    #[arg(long)]
    contact_person: Option<String>,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Replace an existing --output file (never a file of the case, a symlink or a device).
    #[arg(long)]
    force: bool,
    #[arg(long, value_name = "DATE", value_parser = super::parse_date, help = super::AS_OF_HELP)]
    as_of: Option<NaiveDate>,
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, help = super::LANG_HELP)]
    lang: Option<Lang>,
}

/// The case log's entries; each damaged line is a warning naming its line, and is skipped.
pub fn load_log(case_dir: &std::path::Path) -> anyhow::Result<Vec<LogEntry>> {
    let log = case::read_log(case_dir).map_err(|e| anyhow::anyhow!(e.render(super::lang())))?;
    for d in &log.damaged {
        let text = billaudit::tr!(
            super::lang(),
            "cli-log-line-damaged",
            line = d.render(super::lang())
        );
        err_line!(
            "{}",
            billaudit::tr!(super::lang(), "cli-warning", text = text)
        );
    }
    Ok(log.entries)
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    match a.command {
        Sub::Log(a) => log(a),
        Sub::Status(a) => run_status(a),
        Sub::Appeal(a) => run_appeal(a),
    }
}

fn log(a: LogArgs) -> anyhow::Result<i32> {
    let at = match &a.at {
        Some(s) => case::parse_at(s)
            .with_context(|| billaudit::tr!(super::lang(), "cli-error-at", found = s.as_str()))?,
        None => chrono::Local::now().naive_local().with_nanosecond_zero(),
    };
    let kind = if a.call {
        EntryKind::Call
    } else if a.letter {
        EntryKind::Letter
    } else if a.appeal {
        EntryKind::Appeal
    } else {
        EntryKind::Note
    };
    if kind == EntryKind::Note
        && a.note.is_none()
        && a.promised.is_none()
        && a.ticket.is_none()
        && !a.refused
    {
        bail!(billaudit::tr!(super::lang(), "cli-nothing-to-log"));
    }
    let clean = |s: Option<String>| s.map(|x| x.trim().to_string()).filter(|x| !x.is_empty());
    let entry = LogEntry {
        at,
        kind,
        ticket: clean(a.ticket),
        agent: clean(a.agent),
        promised: clean(a.promised),
        note: clean(a.note),
        refused: a.refused,
        line: 0,
    };
    let line =
        case::append(&a.case_dir, &entry).map_err(|e| anyhow::anyhow!(e.render(super::lang())))?;
    let lang = super::lang();
    let kind_text = match kind {
        EntryKind::Call => billaudit::tr!(lang, "status-call"),
        EntryKind::Letter => billaudit::tr!(lang, "status-letter"),
        EntryKind::Appeal => billaudit::tr!(lang, "status-appeal"),
        EntryKind::Note => billaudit::tr!(lang, "status-note"),
    };
    let mut o = billaudit::tr!(
        lang,
        "cli-logged",
        kind = kind_text,
        at = entry.at.format("%Y-%m-%d %H:%M").to_string(),
        file = case::log_path(&a.case_dir).display().to_string(),
        line = line
    );
    o.push('\n');
    if let Some(p) = &entry.promised {
        let pr = case::parse_promise(p);
        let parts = if pr.amounts.len() > 1 {
            let each: Vec<String> = pr.amounts.iter().map(|a| a.to_string()).collect();
            format!(" ({})", each.join(" + "))
        } else {
            String::new()
        };
        match (pr.refund.map(|r| format!("{r}{parts}")), pr.by) {
            (Some(r), Some(d)) => {
                let _ = writeln!(
                    o,
                    "{}",
                    billaudit::tr!(lang, "cli-promise-by", refund = r, date = d.to_string())
                );
            }
            (Some(r), None) => {
                let _ = writeln!(
                    o,
                    "{}",
                    billaudit::tr!(
                        lang,
                        "cli-promise-no-date",
                        refund = r,
                        days = case::status::DEFAULT_PROMISE_DAYS
                    )
                );
            }
            (None, _) => {
                let _ = writeln!(o, "{}", billaudit::tr!(lang, "cli-promise-no-amount"));
            }
        }
    }
    out_text(&o);
    Ok(EXIT_CLEAN)
}

trait NoNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl NoNanos for chrono::NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0)
            .and_then(|t| t.with_second(0))
            .unwrap_or(self)
    }
}

fn run_status(a: StatusArgs) -> anyhow::Result<i32> {
    let lang = pick_lang(a.lang);
    let as_of = a.as_of.unwrap_or_else(today);
    let audit = audit_case(&a.case_dir, lang).map_err(|e| anyhow::anyhow!(e.render(lang)))?;
    let log = load_log(&a.case_dir)?;
    let st = status(&audit, &log, as_of);
    let cur = &audit.config.account.currency;
    let case_arg = a.case_dir.display().to_string();
    let mut o = String::new();
    let heading = |o: &mut String, text: String| {
        let _ = writeln!(o, "\n{}", tr!(lang, "status-heading", text = text));
    };
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "status-head",
            case = case_arg.as_str(),
            date = lang.date(as_of)
        )
    );
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "status-disputed-line",
            total = lang.money(audit.disputed_total, cur),
            findings = audit.findings.len()
        )
    );
    heading(&mut o, tr!(lang, "status-log-count", count = log.len()));
    if log.is_empty() {
        let _ = writeln!(o, "  {}", tr!(lang, "status-nothing-logged-yet"));
    }
    for e in &log {
        let kind = match e.kind {
            EntryKind::Call => tr!(lang, "status-call"),
            EntryKind::Letter => tr!(lang, "status-letter"),
            EntryKind::Appeal => tr!(lang, "status-appeal"),
            EntryKind::Note => tr!(lang, "status-note"),
        };
        let mut parts = vec![tr!(
            lang,
            "status-entry-when",
            at = e.at.format("%Y-%m-%d %H:%M").to_string(),
            kind = kind
        )];
        if let Some(t) = &e.ticket {
            parts.push(tr!(lang, "status-entry-ticket", ticket = t.as_str()));
        }
        if let Some(x) = &e.agent {
            parts.push(tr!(lang, "status-entry-agent", agent = x.as_str()));
        }
        if let Some(x) = &e.note {
            parts.push(x.clone());
        }
        let _ = writeln!(o, "  - {}", parts.join(&tr!(lang, "list-sep")));
    }
    if !st.promises.is_empty() {
        heading(&mut o, tr!(lang, "status-promises"));
        for p in &st.promises {
            let state = match p.state {
                PromiseState::Kept => tr!(lang, "status-kept"),
                PromiseState::Pending => tr!(lang, "status-pending"),
                PromiseState::Missing => tr!(lang, "status-not-kept"),
                PromiseState::Unchecked => tr!(lang, "status-not-checkable"),
            };
            let _ = writeln!(
                o,
                "  - {}",
                tr!(
                    lang,
                    "status-promise-line",
                    state = state,
                    at = p.entry.at.format("%Y-%m-%d").to_string(),
                    promised = p.entry.promised.as_deref().unwrap_or(""),
                    due = lang.date(p.due),
                    found = lang.money(p.found, cur)
                )
            );
            for ev in &p.evidence {
                let _ = writeln!(
                    o,
                    "      {} {}",
                    ev.location(),
                    ev.note.as_deref().unwrap_or("")
                );
            }
        }
    }
    if !st.findings.is_empty() {
        heading(&mut o, tr!(lang, "status-new-findings"));
        for f in &st.findings {
            let _ = writeln!(
                o,
                "  - {} [{}] {}",
                f.rule,
                lang.money(f.amount, cur),
                f.title
            );
            let _ = writeln!(o, "    {}", f.reason);
            let refs: Vec<String> = f.evidence.iter().map(|e| e.location()).collect();
            let _ = writeln!(
                o,
                "    {}",
                tr!(lang, "status-evidence-line", refs = refs.join("; "))
            );
        }
    }
    heading(&mut o, tr!(lang, "status-deadlines"));
    for d in &st.deadlines {
        let text = match d.date {
            Some(x) => tr!(
                lang,
                "status-dated",
                date = lang.date(x),
                text = d.text.as_str()
            ),
            None => d.text.clone(),
        };
        let _ = writeln!(o, "  - [{}] {text}", d.status.label(lang));
    }
    heading(&mut o, tr!(lang, "status-next-step"));
    for (i, n) in st.next.iter().enumerate() {
        let _ = writeln!(o, "  {}. {}", i + 1, n.text(&audit, &case_arg));
    }
    out_text(&o);
    Ok(if st.findings.is_empty() && audit.findings.is_empty() {
        EXIT_CLEAN
    } else {
        EXIT_FINDINGS
    })
}

fn run_appeal(a: AppealArgs) -> anyhow::Result<i32> {
    let lang = pick_lang(a.lang);
    let as_of = a.as_of.unwrap_or_else(today);
    let audit = audit_case(&a.case_dir, lang).map_err(|e| anyhow::anyhow!(e.render(lang)))?;
    let log = load_log(&a.case_dir)?;
    let st = status(&audit, &log, as_of);
    let input = AppealInput {
        phone: a.contact.clone(),
        address: a.address.clone(),
        postcode: a.postcode.clone(),
        contact_person: a.contact_person.clone(),
    };
    let ap = appeal(&audit, &st, &input);
    let text = ap.text(lang);
    match &a.output {
        Some(p) => {
            write_atomic(
                p,
                text.as_bytes(),
                &WritePolicy::for_case(&a.case_dir, a.force),
            )?;
            err_line!(
                "{}",
                billaudit::tr!(lang, "cli-appeal-written", path = p.display().to_string())
            );
        }
        None => out_text(&text),
    }
    if !ap.has_prior_complaint {
        let text = billaudit::tr!(lang, "cli-no-complaint-logged");
        err_line!("{}", billaudit::tr!(lang, "cli-warning", text = text));
    }
    Ok(EXIT_CLEAN)
}
