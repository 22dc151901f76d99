//! The evidence pack as one self-contained HTML file (`--evidence pack.html`): inline CSS
//! and SVG, no scripts, no external requests; printable to PDF. Rendered with minijinja
//! with HTML auto-escaping, so every imported text stays text; the only values marked safe
//! are the SVG charts, which [`super::chart`] builds with its own escaping.

use chrono::NaiveDate;
use minijinja::{Environment, Value};
use rust_decimal::Decimal;
use serde::Serialize;

use super::chart::{payments_chart, service_charts};
use super::deadlines::{self, Status};
use super::legal;
use super::script::{call_script, case_numbers, hotline, ScriptOptions};
use crate::audit::Audit;
use crate::case::LogEntry;
use crate::i18n::Lang;
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
    severity: &'static str,
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
    status_label: &'static str,
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
            when: match lang {
                Lang::En => format!("{p} (billing period)"),
                Lang::ZhCn => format!("{p}（账期）"),
                Lang::ZhTw => format!("{p}（帳期）"),
            },
            what: match lang {
                Lang::ZhCn => format!("账单 {}，{} 项", lang.money(b.amount, cur), b.lines.len()),
                Lang::ZhTw => format!("帳單 {}，{} 項", lang.money(b.amount, cur), b.lines.len()),
                Lang::En => format!(
                    "Bill for {}, {} line{}",
                    lang.money(b.amount, cur),
                    b.lines.len(),
                    if b.lines.len() == 1 { "" } else { "s" }
                ),
            },
            source: src,
        });
    }
    for &i in &m.carrier_txs {
        let Some(t) = m.transactions.get(i) else {
            continue;
        };
        let unbilled = m.unpaired_debits.contains(&i);
        let what = if t.is_debit() {
            match lang {
                Lang::ZhCn => format!(
                    "扣款 {} → {}（{}）{}",
                    lang.money(-t.amount, cur),
                    t.counterparty,
                    t.description,
                    if unbilled { "，无对应账单" } else { "" }
                ),
                Lang::ZhTw => format!(
                    "扣款 {} → {}（{}）{}",
                    lang.money(-t.amount, cur),
                    t.counterparty,
                    t.description,
                    if unbilled { "，無對應帳單" } else { "" }
                ),
                Lang::En => format!(
                    "Debit {} to {} ({}){}",
                    lang.money(-t.amount, cur),
                    t.counterparty,
                    t.description,
                    if unbilled { ", no bill behind it" } else { "" }
                ),
            }
        } else {
            match lang {
                Lang::ZhCn => format!(
                    "退款/入账 {} ← {}（{}）",
                    lang.money(t.amount, cur),
                    t.counterparty,
                    t.description
                ),
                Lang::ZhTw => format!(
                    "退款/入帳 {} ← {}（{}）",
                    lang.money(t.amount, cur),
                    t.counterparty,
                    t.description
                ),
                Lang::En => format!(
                    "Credit {} from {} ({})",
                    lang.money(t.amount, cur),
                    t.counterparty,
                    t.description
                ),
            }
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
                what: match lang {
                    Lang::ZhCn => format!("开通 {}", s.name),
                    Lang::ZhTw => format!("開通 {}", s.name),
                    Lang::En => format!("{} starts", s.name),
                },
                source: crate::audit::CONFIG_FILE.to_string(),
            });
        }
        if let Some(d) = s.cancelled {
            out.push(Event {
                sort: (d, 0, s.id.clone()),
                when: lang.date(d),
                what: match lang {
                    Lang::ZhCn => format!("申请停用 {}", s.name),
                    Lang::ZhTw => format!("申請停用 {}", s.name),
                    Lang::En => format!("Cancellation of {} requested", s.name),
                },
                source: crate::audit::CONFIG_FILE.to_string(),
            });
        }
    }
    for e in log {
        let mut parts = Vec::new();
        if let Some(t) = &e.ticket {
            parts.push(format!("{} {t}", lang.pick("工单号", "工單號", "ticket")));
        }
        if let Some(a) = &e.agent {
            parts.push(format!("{} {a}", lang.pick("客服", "客服", "agent")));
        }
        if let Some(p) = &e.promised {
            parts.push(format!("{} “{p}”", lang.pick("承诺", "承諾", "promised")));
        }
        if let Some(n) = &e.note {
            parts.push(n.clone());
        }
        let kind = match e.kind {
            crate::case::EntryKind::Call => {
                lang.pick("致电运营商", "致電業者", "Call to the carrier")
            }
            crate::case::EntryKind::Letter => {
                lang.pick("书面投诉", "書面申訴", "Written complaint")
            }
            crate::case::EntryKind::Appeal => lang.pick("提交申诉", "提交申訴", "Appeal filed"),
            crate::case::EntryKind::Note => lang.pick("备注", "備註", "Note"),
        };
        out.push(Event {
            sort: (e.at.date(), 3, format!("{:06}", e.line)),
            when: format!("{} {}", lang.date(e.at.date()), e.at.format("%H:%M")),
            what: if parts.is_empty() {
                kind.to_string()
            } else {
                format!("{kind}: {}", parts.join(lang.pick("；", "；", "; ")))
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
        match lang {
            Lang::ZhCn => format!("{p}：{records} 条记录，{sec}，{by}"),
            Lang::ZhTw => format!("{p}：{records} 筆記錄，{sec}，{by}"),
            Lang::En => format!("{p}: {records} records, {sec}, {by}"),
        }
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
                    Some((name, d)) => match lang {
                        Lang::ZhCn => {
                            format!("{} — {name} 于 {} 申请停用", e.location(), lang.date(d))
                        }
                        Lang::ZhTw => {
                            format!("{} — {name} 於 {} 申請停用", e.location(), lang.date(d))
                        }
                        Lang::En => format!(
                            "{} — cancellation of {name} requested on {}",
                            e.location(),
                            lang.date(d)
                        ),
                    },
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
            payment.push(
                lang.pick(
                    "（未找到对应扣款）",
                    "（未找到對應扣款）",
                    "(no matching debit found)",
                )
                .to_string(),
            );
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
            crate::rules::Severity::High => lang.pick("高", "高", "high"),
            crate::rules::Severity::Medium => lang.pick("中", "中", "medium"),
            crate::rules::Severity::Low => lang.pick("低", "低", "low"),
            crate::rules::Severity::Info => lang.pick("提示", "提示", "info"),
        },
        amount: lang.money(f.amount, cur),
        reason: f.reason.clone(),
        bill,
        payment,
        usage,
        other,
    }
}

fn labels(lang: Lang) -> std::collections::BTreeMap<&'static str, &'static str> {
    [
        ("title", "账单争议证据包", "帳單爭議證據包", "Billing dispute evidence pack"),
        ("holder", "用户", "用戶", "Account holder"),
        ("numbers", "号码/账号", "號碼/帳號", "Numbers / accounts"),
        ("carrier", "运营商", "電信業者", "Carrier"),
        ("hotline", "客服电话", "客服電話", "Hotline"),
        ("disputed_total", "争议总额", "爭議總額", "Disputed total"),
        ("findings", "问题数", "問題數", "Findings"),
        ("periods", "账期", "帳期", "Billing periods"),
        ("as_of", "截至日期", "截至日期", "As of"),
        ("deadlines", "适用的期限", "適用的期限", "Deadlines that apply"),
        ("date", "日期", "日期", "Date"),
        ("status", "状态", "狀態", "Status"),
        ("what", "事项", "事項", "What"),
        ("timeline", "时间线", "時間線", "Timeline"),
        ("event", "事件", "事件", "Event"),
        ("source", "来源文件", "來源檔案", "Source document"),
        ("items", "争议项目与证据", "爭議項目與證據", "Disputed items and evidence"),
        ("period", "账期", "帳期", "Period"),
        ("amount", "争议金额", "爭議金額", "Disputed amount"),
        ("bill", "账单行", "帳單行", "Bill line"),
        ("payment", "银行/支付记录", "銀行/支付記錄", "Bank / payment line"),
        ("usage", "使用记录", "使用記錄", "Usage behind the claim"),
        ("other", "其他依据", "其他依據", "Other evidence"),
        ("reason", "理由", "理由", "Reason"),
        ("rule", "规则", "規則", "Rule"),
        ("none", "没有发现问题。", "沒有發現問題。", "Nothing flagged."),
        ("charts", "图表", "圖表", "Charts"),
        ("legal", "法律依据", "法律依據", "Legal basis"),
        ("provision", "条文", "條文", "Provision"),
        ("content", "内容", "內容", "What it says"),
        ("legal_note", "仅列出已核对的条文；具体以现行文本为准。", "僅列出已核對的條文；具體以現行文本為準。", "Only provisions checked against the current texts are listed; the official text prevails."),
        ("script", "通话脚本", "通話腳本", "Call script"),
        ("evidence", "一、摆证据", "一、擺證據", "1. Evidence (摆证据)"),
        ("rights", "二、摆权益", "二、擺權益", "2. Rights (摆权益)"),
        ("demands", "三、提要求", "三、提要求", "3. Demands (提要求)"),
        ("no_answer", "没有合理答复时", "沒有合理答覆時", "If there is no fair answer"),
        ("checklist", "通话时记下", "通話時記下", "Write down during the call"),
        ("escalation", "升级途径与期限", "升級途徑與期限", "Escalation and deadlines"),
        ("assumptions", "假设与说明", "假設與說明", "Assumptions"),
        ("sep", "。", "。", ". "),
        (
            "timeline_note",
            "红色底纹 = 争议事件；黄色底纹 = 案件记录（通话、承诺）。",
            "紅色底紋 = 爭議事件；黃色底紋 = 案件記錄（通話、承諾）。",
            "Red rows = disputed; yellow rows = the case log (calls, promises).",
        ),
        (
            "no_provisions",
            "核对过的条文表中没有适用于该国家/地区的条文；请参考运营商条款和当地监管机构。",
            "核對過的條文表中沒有適用於該國家/地區的條文；請參考業者條款和當地主管機關。",
            "The verified table holds no provision for this country; rely on the carrier's terms and the local regulator.",
        ),
        ("generated", "由 billaudit 生成；所有金额、日期均来自上列文件。", "由 billaudit 產生；所有金額、日期均來自上列檔案。", "Made by billaudit; every amount and date comes from the files listed."),
        ("chart_idle", "红色斜线 = 有收费但详单显示无任何使用的月份", "紅色斜線 = 有收費但詳單顯示無任何使用的月份", "Red hatching = months charged although the usage records show no use at all"),
        ("chart_pay", "按账期对比账单金额与对应扣款；黄色背景 = 有无账单对应的扣款", "按帳期對比帳單金額與對應扣款；黃色背景 = 有無帳單對應的扣款", "Bill totals against the debits paired with them; yellow = a debit with no bill behind it"),
    ]
    .iter()
    .map(|(k, a, b, c)| (*k, lang.pick(a, b, c)))
    .collect()
}

/// The evidence pack.
pub fn html(audit: &Audit, opts: PackOptions<'_>) -> String {
    let lang = audit.lang;
    let cfg = &audit.config;
    let cur = &cfg.account.currency;
    let as_of = opts.script.as_of;

    let deadlines: Vec<DeadlineRow> = {
        let mut ds = deadlines::deadlines(audit, as_of, opts.script.complaint);
        ds.sort_by_key(|d| d.status);
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
            match lang {
                Lang::ZhCn => format!("闲置月份（{} 个）：{}", idle.len(), list.join("、")),
                Lang::ZhTw => format!("閒置月份（{} 個）：{}", idle.len(), list.join("、")),
                Lang::En => format!("Idle months ({}): {}", idle.len(), list.join(", ")),
            }
        };
        charts.push(ChartOut {
            svg: Value::from_safe_string(c.svg(&format!("chart-{}", slug(&id)))),
            caption,
        });
    }
    let pay_chart = payments_chart(audit).map(|c| Value::from_safe_string(c.svg("chart-payments")));

    let provisions: Vec<Row> = legal::for_country(&cfg.account.country)
        .into_iter()
        .map(|p| Row {
            cells: vec![p.citation(lang), p.summary(lang).to_string()],
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
        "hotline": hotline(&cfg.account.carrier, cfg.account.hotline.as_deref()),
        "numbers": numbers.join(", "),
        "disputed_total": lang.money(total, cur),
        "n_findings": audit.findings.len(),
        "periods": periods,
        "disputed_periods": disputed_periods.join(lang.pick("、", "、", ", ")),
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
        "assumptions": audit.assumptions,
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
