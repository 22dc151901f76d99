//! The evidence pack as one self-contained HTML file (`--evidence pack.html`): inline CSS
//! and SVG, no scripts, no external requests; printable to PDF. Rendered with minijinja
//! with HTML auto-escaping, so every imported text stays text; the only values marked safe
//! are the SVG charts, which [`super::chart`] builds with its own escaping.

use chrono::NaiveDate;
use minijinja::{Environment, Value};
use rust_decimal::Decimal;
use serde::Serialize;

use super::chart::{payments_chart, service_charts};
use super::script::{call_script, case_numbers, hotline, ScriptOptions};
use crate::audit::Audit;
use crate::case::LogEntry;
use crate::i18n::Lang;
use crate::jurisdiction::deadlines::{self, Status};
use crate::jurisdiction::legal;
use crate::model::Period;
use crate::rules::{Dispute, Evidence, Finding};

/// The template (auto-escaped: the name ends in `.html`).
pub const TEMPLATE: &str = include_str!("pack.html");

/// Options for the pack.
#[derive(Debug, Clone, Copy)]
pub struct PackOptions<'a> {
    pub script: ScriptOptions,
    /// The case log (calls, promises), possibly empty.
    pub log: &'a [LogEntry],
}

#[derive(Serialize)]
struct Row {
    cells: Vec<String>,
    class: &'static str,
}

#[derive(Serialize)]
struct Item {
    n: usize,
    period: String,
    title: String,
    rule: String,
    severity: String,
    amount: String,
    reason: String,
    bill: Vec<String>,
    payment: Vec<String>,
    usage: Vec<String>,
    other: Vec<String>,
}

#[derive(Serialize)]
struct DeadlineRow {
    date: String,
    status: &'static str,
    status_label: String,
    text: String,
}

#[derive(Serialize)]
struct ChartOut {
    svg: Value,
    caption: String,
}

/// One event of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Event {
    pub sort: (NaiveDate, u8, String),
    pub when: String,
    pub what: String,
    pub source: String,
}

fn ev_text(e: &Evidence) -> String {
    match &e.note {
        Some(n) => format!("{} — {}", e.location(), n),
        None => e.location(),
    }
}

/// The timeline: bills, carrier-bound debits and credits, the service dates from the
/// configuration, and the case log.
pub fn timeline(audit: &Audit, log: &[LogEntry]) -> Vec<Event> {
    let lang = audit.lang;
    let cur = &audit.config.account.currency;
    let m = &audit.matched;
    let mut out = Vec::new();
    for (p, b) in &m.bills {
        let src = b
            .stated
            .iter()
            .filter_map(|i| m.bill_totals.get(*i))
            .map(|t| t.source.to_string())
            .chain(
                b.lines
                    .iter()
                    .filter_map(|i| m.bill_lines.get(*i))
                    .map(|l| l.source.file.to_string()),
            )
            .next()
            .unwrap_or_default();
        out.push(Event {
            sort: (p.last_day(), 1, src.clone()),
            when: crate::tr!(lang, "timeline-period", period = p.to_string()),
            what: crate::tr!(
                lang,
                "timeline-bill",
                amount = lang.money(b.amount, cur),
                lines = b.lines.len()
            ),
            source: src,
        });
    }
    for &i in &m.carrier_txs {
        let Some(t) = m.transactions.get(i) else {
            continue;
        };
        let unbilled = m.unpaired_debits.contains(&i);
        let what = if t.is_debit() {
            let (amount, payee, description) = (
                lang.money(-t.amount, cur),
                t.counterparty.clone(),
                t.shown_description(lang),
            );
            if unbilled {
                crate::tr!(
                    lang,
                    "timeline-debit-unbilled",
                    amount = amount,
                    payee = payee,
                    description = description
                )
            } else {
                crate::tr!(
                    lang,
                    "timeline-debit",
                    amount = amount,
                    payee = payee,
                    description = description
                )
            }
        } else {
            crate::tr!(
                lang,
                "timeline-credit",
                amount = lang.money(t.amount, cur),
                payee = t.counterparty.clone(),
                description = t.shown_description(lang)
            )
        };
        out.push(Event {
            sort: (t.date.date(), 2, t.source.to_string()),
            when: lang.date(t.date.date()),
            what,
            source: t.source.to_string(),
        });
    }
    for s in &audit.config.services {
        if let Some(d) = s.start {
            out.push(Event {
                sort: (d, 0, s.id.clone()),
                when: lang.date(d),
                what: crate::tr!(lang, "timeline-service-start", service = s.name.clone()),
                source: crate::audit::CONFIG_FILE.to_string(),
            });
        }
        if let Some(d) = s.cancelled {
            out.push(Event {
                sort: (d, 0, s.id.clone()),
                when: lang.date(d),
                what: crate::tr!(lang, "timeline-service-cancelled", service = s.name.clone()),
                source: crate::audit::CONFIG_FILE.to_string(),
            });
        }
    }
    for e in log {
        let mut parts = Vec::new();
        if let Some(t) = &e.ticket {
            parts.push(format!("{} {t}", crate::tr!(lang, "pack-ticket")));
        }
        if let Some(a) = &e.agent {
            parts.push(format!("{} {a}", crate::tr!(lang, "pack-agent")));
        }
        if let Some(p) = &e.promised {
            parts.push(format!("{} “{p}”", crate::tr!(lang, "pack-promised")));
        }
        if let Some(n) = &e.note {
            parts.push(n.clone());
        }
        let kind = match e.kind {
            crate::case::EntryKind::Call => {
                crate::tr!(lang, "pack-call-to-the-carrier")
            }
            crate::case::EntryKind::Letter => {
                crate::tr!(lang, "pack-written-complaint")
            }
            crate::case::EntryKind::Appeal => crate::tr!(lang, "pack-appeal-filed"),
            crate::case::EntryKind::Note => crate::tr!(lang, "pack-note"),
        };
        out.push(Event {
            sort: (e.at.date(), 3, format!("{:06}", e.line)),
            when: format!("{} {}", lang.date(e.at.date()), e.at.format("%H:%M")),
            what: if parts.is_empty() {
                kind.to_string()
            } else {
                format!("{kind}: {}", parts.join(&crate::tr!(lang, "pack-part-sep")))
            },
            source: format!("{}:{}", crate::case::LOG_FILE, e.line),
        });
    }
    out.sort();
    out
}

/// A disputed item seen as one finding: its rules joined, its reasons one after another.
fn as_finding(audit: &Audit, d: &Dispute) -> Finding {
    let severity = audit
        .findings
        .iter()
        .filter(|f| d.reasons.iter().any(|r| r.rule == f.rule))
        .map(|f| f.severity)
        .min()
        .unwrap_or(crate::rules::Severity::Info);
    Finding {
        rule: d.rules(),
        severity,
        period: d.period,
        service: d.service.clone(),
        amount: d.amount,
        title: d
            .reasons
            .first()
            .map(|r| r.title.clone())
            .unwrap_or_default(),
        item: d.item.clone(),
        reason: d
            .reasons
            .iter()
            .map(|r| r.reason.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        evidence: d.evidence.clone(),
        disputes: Vec::new(),
    }
}

fn item(audit: &Audit, n: usize, f: &Finding) -> Item {
    let lang = audit.lang;
    let cur = &audit.config.account.currency;
    let m = &audit.matched;
    let mut bill = Vec::new();
    let mut payment = Vec::new();
    let mut usage = Vec::new();
    let mut other = Vec::new();
    let summary = |p: Period| -> String {
        let (records, seconds, bytes) = f
            .service
            .as_deref()
            .and_then(|s| m.usage_of(s, p))
            .map(|u| (u.records, u.seconds, u.bytes))
            .unwrap_or((0, 0, 0));
        let (sec, by) = (
            crate::i18n::human_seconds(lang, seconds),
            crate::i18n::human_bytes(bytes),
        );
        crate::tr!(
            lang,
            "pack-usage-summary",
            period = p.to_string(),
            records = records.to_string(),
            seconds = sec,
            bytes = by
        )
    };
    for e in &f.evidence {
        match e.kind {
            "bill-line" | "bill-total" => bill.push(ev_text(e)),
            "transaction" => payment.push(ev_text(e)),
            // The rules' notes on usage and configuration are in English: say it in the
            // pack's language from the data instead.
            "usage" | "usage-file" => match f.period {
                Some(p) => usage.push(format!("{} — {}", e.location(), summary(p))),
                None => usage.push(e.location()),
            },
            "config" => {
                let cancelled = f
                    .service
                    .as_deref()
                    .and_then(|id| audit.config.services.iter().find(|s| s.id == id))
                    .and_then(|s| s.cancelled.map(|d| (s.name.clone(), d)));
                other.push(match cancelled {
                    Some((name, d)) => crate::tr!(
                        lang,
                        "pack-cancellation-evidence",
                        location = e.location(),
                        service = name,
                        date = lang.date(d)
                    ),
                    None => ev_text(e),
                });
            }
            _ => other.push(ev_text(e)),
        }
    }
    // A disputed bill line sits next to the debits that paid that bill.
    if payment.is_empty() && !bill.is_empty() {
        if let Some(p) = f.period {
            for pay in m.payments.iter().filter(|x| x.period == p) {
                for t in pay.debits.iter().filter_map(|i| m.transactions.get(*i)) {
                    payment.push(format!(
                        "{} — {} {} {}",
                        t.source,
                        t.date.date(),
                        t.counterparty,
                        lang.money(t.amount, cur)
                    ));
                }
            }
        }
        if payment.is_empty() {
            payment.push(crate::tr!(lang, "pack-no-matching-debit-found").to_string());
        }
    }
    // The usage summary behind the claim.
    if let (true, Some(p)) = (
        usage.is_empty() && f.service.is_some() && !bill.is_empty(),
        f.period,
    ) {
        if let Some(u) = f.service.as_deref().and_then(|s| m.usage_of(s, p)) {
            let first = u
                .first
                .as_ref()
                .map(|r| format!("{r} — "))
                .unwrap_or_default();
            usage.push(format!("{first}{}", summary(p)));
        }
    }
    Item {
        n,
        period: f
            .period
            .map(|p| p.to_string())
            .unwrap_or_else(|| "-".into()),
        title: f.title.clone(),
        rule: f.rule.clone(),
        severity: match f.severity {
            crate::rules::Severity::High => crate::tr!(lang, "pack-high"),
            crate::rules::Severity::Medium => crate::tr!(lang, "pack-medium"),
            crate::rules::Severity::Low => crate::tr!(lang, "pack-low"),
            crate::rules::Severity::Info => crate::tr!(lang, "pack-info"),
        },
        amount: lang.money(f.amount, cur),
        reason: f.reason.clone(),
        bill,
        payment,
        usage,
        other,
    }
}

fn labels(lang: Lang) -> std::collections::BTreeMap<&'static str, String> {
    [
        "title",
        "holder",
        "numbers",
        "carrier",
        "hotline",
        "disputed_total",
        "findings",
        "periods",
        "as_of",
        "deadlines",
        "date",
        "status",
        "what",
        "timeline",
        "event",
        "source",
        "items",
        "period",
        "amount",
        "bill",
        "payment",
        "usage",
        "other",
        "reason",
        "rule",
        "none",
        "charts",
        "legal",
        "provision",
        "content",
        "legal_note",
        "script",
        "evidence",
        "rights",
        "demands",
        "no_answer",
        "checklist",
        "escalation",
        "assumptions",
        "sep",
        "timeline_note",
        "no_provisions",
        "generated",
        "chart_idle",
        "chart_pay",
    ]
    .iter()
    .map(|k| {
        (
            *k,
            crate::i18n::tr(lang, &format!("pack-{}", k.replace('_', "-")), &[]),
        )
    })
    .collect()
}

/// The evidence pack.
pub fn html(audit: &Audit, opts: PackOptions<'_>) -> String {
    let lang = audit.lang;
    let cfg = &audit.config;
    let cur = &cfg.account.currency;
    let as_of = opts.script.as_of;

    let deadlines: Vec<DeadlineRow> = {
        // In the order the steps are taken (the legal order), never sorted by status.
        let ds = deadlines::deadlines(audit, as_of, opts.script.complaint);
        ds.into_iter()
            .map(|d| DeadlineRow {
                date: d.date.map(|x| lang.date(x)).unwrap_or_else(|| "—".into()),
                status: d.status.key(),
                status_label: d.status.label(lang),
                text: d.text,
            })
            .collect()
    };
    let urgent = deadlines.iter().any(|d| d.status == Status::Urgent.key());

    let periods = audit
        .matched
        .bill_period_range()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a} – {b}")
            }
        })
        .unwrap_or_else(|| "—".into());
    let disputed_periods: Vec<String> = {
        let ps: std::collections::BTreeSet<Period> =
            audit.findings.iter().filter_map(|f| f.period).collect();
        ps.iter().map(|p| p.to_string()).collect()
    };

    // Events that a finding points at are highlighted on the timeline.
    let disputed_refs: std::collections::BTreeSet<String> = audit
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter())
        .filter(|e| e.row.is_some())
        .map(Evidence::location)
        .collect();
    let disputed_bills: std::collections::BTreeSet<&str> = audit
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter())
        .filter(|e| e.kind == "bill-line" || e.kind == "bill-total")
        .map(|e| e.file.as_str())
        .collect();
    let timeline: Vec<Row> = timeline(audit, opts.log)
        .into_iter()
        .map(|e| Row {
            class: if e.source.starts_with(crate::case::LOG_FILE) {
                "log"
            } else if disputed_refs.contains(&e.source)
                || e.source
                    .rsplit_once(':')
                    .is_some_and(|(f, _)| disputed_bills.contains(f))
            {
                "disputed"
            } else {
                ""
            },
            cells: vec![e.when, e.what, e.source],
        })
        .collect();
    // The disputed items first (each claimed once, with all its reasons), then the
    // findings that are only for review.
    let items: Vec<Item> = audit
        .disputes
        .iter()
        .map(|d| as_finding(audit, d))
        .chain(audit.findings.iter().filter(|f| !f.is_disputed()).cloned())
        .enumerate()
        .map(|(i, f)| item(audit, i + 1, &f))
        .collect();

    let mut charts = Vec::new();
    for (id, c, idle) in service_charts(audit) {
        let caption = if idle.is_empty() {
            String::new()
        } else {
            let list: Vec<String> = idle.iter().map(|p| p.to_string()).collect();
            crate::tr!(
                lang,
                "pack-idle-months",
                count = idle.len(),
                months = list.join(&crate::tr!(lang, "list-sep"))
            )
        };
        charts.push(ChartOut {
            svg: Value::from_safe_string(c.svg(&format!("chart-{}", slug(&id)))),
            caption,
        });
    }
    let pay_chart = payments_chart(audit).map(|c| Value::from_safe_string(c.svg("chart-payments")));

    let kinds: Vec<_> = cfg.services.iter().map(|s| s.kind).collect();
    let provisions: Vec<Row> = legal::for_case(&cfg.account.jurisdiction, &kinds)
        .into_iter()
        .map(|p| Row {
            cells: vec![
                p.citation(lang),
                format!(
                    "{} {}",
                    p.summary(lang),
                    crate::tr!(lang, "legal-source-inline", source = p.source_text(lang))
                ),
            ],
            class: "",
        })
        .collect();

    let s = call_script(audit, opts.script);
    let numbers = case_numbers(cfg);
    let total: Decimal = audit.disputed_total;

    let ctx = serde_json::json!({
        "lang": lang.code(),
        "t": labels(lang),
        "holder": cfg.account.holder,
        "carrier": cfg.account.carrier,
        "hotline": hotline(cfg),
        "numbers": numbers.join(", "),
        "disputed_total": lang.money(total, cur),
        "n_findings": audit.findings.len(),
        "periods": periods,
        "disputed_periods": disputed_periods.join(&crate::tr!(lang, "list-sep")),
        "as_of": lang.date(as_of),
        "urgent": urgent,
        "deadlines": deadlines,
        "timeline": timeline,
        "items": items,
        "provisions": provisions,
        "script": {
            "opening": s.opening,
            "evidence": s.evidence,
            "rights": s.rights,
            "demands": s.demands,
            "if_no_answer": s.if_no_answer,
            "checklist": s.checklist,
        },
        "assumptions": audit
            .assumptions
            .iter()
            .map(|a| a.render(lang))
            .collect::<Vec<_>>(),
    });
    let mut env = Environment::new();
    if env.add_template("pack.html", TEMPLATE).is_err() {
        return String::new();
    }
    let Ok(tmpl) = env.get_template("pack.html") else {
        return String::new();
    };
    let mut ctx = Value::from_serialize(&ctx);
    // The charts are added as safe values (serde_json would lose their safe marker).
    ctx = minijinja::context! { charts => charts, pay_chart => pay_chart, ..ctx };
    tmpl.render(ctx).unwrap_or_else(|e| {
        format!(
            "<!doctype html><p>template error: {}</p>",
            super::chart::xml_escape(&e.to_string())
        )
    })
}

fn slug(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}
