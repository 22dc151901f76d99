//! `billaudit case log|status|appeal CASE_DIR`: the complaint workflow.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Context};
use billaudit::audit::audit_case;
use billaudit::case::{
    self, appeal::appeal, status::status, status::PromiseState, EntryKind, LogEntry,
};
use billaudit::i18n::Lang;
use chrono::NaiveDate;

use super::{out, pick_lang, today, write_atomic, WritePolicy, EXIT_CLEAN, EXIT_FINDINGS};

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
    /// When it happened: "2025-10-05 14:30" (default: now).
    #[arg(long)]
    at: Option<String>,
}

/// What was promised, which deadlines passed, and the next step.
#[derive(clap::Args, Debug)]
struct StatusArgs {
    case_dir: PathBuf,
    /// The date to check against (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
    #[arg(long)]
    lang: Option<Lang>,
}

/// Write the appeal with every field the regulator's form asks for.
#[derive(clap::Args, Debug)]
struct AppealArgs {
    case_dir: PathBuf,
    /// Your phone number or e-mail for the appeal (left blank to fill in by hand).
    #[arg(long)]
    contact: Option<String>,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Replace an existing --output file (never a file of the case, a symlink or a device).
    #[arg(long)]
    force: bool,
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
    #[arg(long)]
    lang: Option<Lang>,
}

/// The case log's entries; each damaged line is a warning naming its line, and is skipped.
pub fn load_log(case_dir: &std::path::Path) -> anyhow::Result<Vec<LogEntry>> {
    let log = case::read_log(case_dir)?;
    for d in &log.damaged {
        eprintln!("warning: {d}; skipped (fix or delete that line)");
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
        Some(s) => case::parse_at(s).with_context(|| {
            format!("--at {s:?}: expected a date-time like \"2025-10-05 14:30\"")
        })?,
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
    if kind == EntryKind::Note && a.note.is_none() && a.promised.is_none() && a.ticket.is_none() {
        bail!("nothing to log: give --call/--letter/--appeal, or --note, --ticket or --promised");
    }
    let clean = |s: Option<String>| s.map(|x| x.trim().to_string()).filter(|x| !x.is_empty());
    let entry = LogEntry {
        at,
        kind,
        ticket: clean(a.ticket),
        agent: clean(a.agent),
        promised: clean(a.promised),
        note: clean(a.note),
        line: 0,
    };
    let line = case::append(&a.case_dir, &entry)?;
    let mut o = format!(
        "logged {} at {} in {}:{line}\n",
        kind.as_str(),
        entry.at.format("%Y-%m-%d %H:%M"),
        case::log_path(&a.case_dir).display()
    );
    if let Some(p) = &entry.promised {
        let pr = case::parse_promise(p);
        match (pr.refund, pr.by) {
            (Some(r), Some(d)) => {
                let _ = writeln!(o, "promise read as: refund {r} by {d}");
            }
            (Some(r), None) => {
                let _ = writeln!(
                    o,
                    "promise read as: refund {r} (no date: checked {} days after the call)",
                    case::status::DEFAULT_PROMISE_DAYS
                );
            }
            (None, _) => {
                let _ = writeln!(o, "note: no refund amount found in the promise; case status will list it without checking it");
            }
        }
    }
    out(&o);
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
    let audit = audit_case(&a.case_dir, lang)?;
    let log = load_log(&a.case_dir)?;
    let st = status(&audit, &log, as_of);
    let cur = &audit.config.account.currency;
    let case_arg = a.case_dir.display().to_string();
    let l = |a: &'static str, b: &'static str, c: &'static str| lang.pick(a, b, c);
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} {} ({} {})",
        l("案件", "案件", "Case"),
        case_arg,
        l("截至", "截至", "as of"),
        lang.date(as_of)
    );
    let _ = writeln!(
        o,
        "{}: {}, {} {}",
        l("争议总额", "爭議總額", "Disputed total"),
        lang.money(audit.disputed_total, cur),
        audit.findings.len(),
        l("项发现", "項發現", "findings")
    );
    let _ = writeln!(o, "\n{} ({}):", l("记录", "記錄", "Log"), log.len());
    if log.is_empty() {
        let _ = writeln!(
            o,
            "  {}",
            l("（还没有记录）", "（還沒有記錄）", "(nothing logged yet)")
        );
    }
    for e in &log {
        let kind = match e.kind {
            EntryKind::Call => l("致电", "致電", "call"),
            EntryKind::Letter => l("书面投诉", "書面申訴", "letter"),
            EntryKind::Appeal => l("申诉", "申訴", "appeal"),
            EntryKind::Note => l("备注", "備註", "note"),
        };
        let mut parts = vec![format!("{} {kind}", e.at.format("%Y-%m-%d %H:%M"))];
        if let Some(t) = &e.ticket {
            parts.push(format!("{} {t}", l("工单号", "工單號", "ticket")));
        }
        if let Some(x) = &e.agent {
            parts.push(format!("{} {x}", l("客服", "客服", "agent")));
        }
        if let Some(x) = &e.note {
            parts.push(x.clone());
        }
        let _ = writeln!(o, "  - {}", parts.join(", "));
    }
    if !st.promises.is_empty() {
        let _ = writeln!(o, "\n{}:", l("承诺", "承諾", "Promises"));
        for p in &st.promises {
            let state = match p.state {
                PromiseState::Kept => l("已兑现", "已兌現", "kept"),
                PromiseState::Pending => l("未到期", "未到期", "pending"),
                PromiseState::Missing => l("未兑现", "未兌現", "NOT KEPT"),
                PromiseState::Unchecked => l("无法自动核对", "無法自動核對", "not checkable"),
            };
            let _ = writeln!(
                o,
                "  - [{state}] {} \"{}\" ({} {}; {} {})",
                p.entry.at.format("%Y-%m-%d"),
                p.entry.promised.as_deref().unwrap_or(""),
                l("期限", "期限", "due"),
                lang.date(p.due),
                l("已找到", "已找到", "found"),
                lang.money(p.found, cur)
            );
            for ev in &p.evidence {
                let _ = writeln!(
                    o,
                    "      {}:{} {}",
                    ev.file,
                    ev.row.unwrap_or(0),
                    ev.note.as_deref().unwrap_or("")
                );
            }
        }
    }
    if !st.findings.is_empty() {
        let _ = writeln!(o, "\n{}:", l("新发现", "新發現", "New findings"));
        for f in &st.findings {
            let _ = writeln!(
                o,
                "  - {} [{}] {}",
                f.rule,
                lang.money(f.amount, cur),
                f.title
            );
            let _ = writeln!(o, "    {}", f.reason);
            let refs: Vec<String> = f
                .evidence
                .iter()
                .map(|e| match e.row {
                    Some(r) => format!("{}:{r}", e.file),
                    None => e.file.clone(),
                })
                .collect();
            let _ = writeln!(
                o,
                "    {}: {}",
                l("证据", "證據", "evidence"),
                refs.join("; ")
            );
        }
    }
    let _ = writeln!(o, "\n{}:", l("期限", "期限", "Deadlines"));
    for d in &st.deadlines {
        let _ = writeln!(
            o,
            "  - [{}] {}{}",
            d.status.label(lang),
            d.date
                .map(|x| format!("{}: ", lang.date(x)))
                .unwrap_or_default(),
            d.text
        );
    }
    let _ = writeln!(o, "\n{}:", l("下一步", "下一步", "Next step"));
    for (i, n) in st.next.iter().enumerate() {
        let _ = writeln!(o, "  {}. {}", i + 1, n.text(&audit, &case_arg));
    }
    out(&o);
    Ok(if st.findings.is_empty() && audit.findings.is_empty() {
        EXIT_CLEAN
    } else {
        EXIT_FINDINGS
    })
}

fn run_appeal(a: AppealArgs) -> anyhow::Result<i32> {
    let lang = pick_lang(a.lang);
    let as_of = a.as_of.unwrap_or_else(today);
    let audit = audit_case(&a.case_dir, lang)?;
    let log = load_log(&a.case_dir)?;
    let st = status(&audit, &log, as_of);
    let ap = appeal(&audit, &st, a.contact.as_deref());
    let text = ap.text(lang, as_of);
    match &a.output {
        Some(p) => {
            write_atomic(
                p,
                text.as_bytes(),
                &WritePolicy::for_case(&a.case_dir, a.force),
            )?;
            eprintln!("appeal written to {}", p.display());
        }
        None => out(&text),
    }
    if !ap.has_prior_complaint {
        eprintln!("warning: no complaint to the carrier is logged; the regulator only accepts an appeal after one (billaudit case log CASE --call ...)");
    }
    Ok(EXIT_CLEAN)
}
