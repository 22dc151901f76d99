//! `case status`: what was promised, whether the later statements show it, which deadlines
//! passed, and the next step.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use super::{first_complaint, parse_promise, LogEntry, Promise, LOG_FILE};
use crate::audit::Audit;
use crate::i18n::Lang;
use crate::model::Period;
use crate::report::deadlines::{self, route, Deadline, Status};
use crate::report::legal::cite;
use crate::report::script::hotline;
use crate::rules::{Evidence, Finding, Severity};

/// The rule id of the finding for a refund that never showed up.
pub const PROMISED_REFUND_MISSING: &str = "promised-refund-missing";

/// Days allowed for a promised refund without a date.
pub const DEFAULT_PROMISE_DAYS: i64 = 30;

/// Whether a promise was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromiseState {
    /// The credit is in a later bill or transaction.
    Kept,
    /// Not yet due, not yet seen.
    Pending,
    /// Due, and not (fully) seen.
    Missing,
    /// A promise without an amount to check.
    Unchecked,
}

/// One promise from the log, checked against later statements.
#[derive(Debug, Clone)]
pub struct PromiseCheck {
    pub entry: LogEntry,
    pub promise: Promise,
    /// The promised date, else the call date plus [`DEFAULT_PROMISE_DAYS`].
    pub due: NaiveDate,
    /// Credits found after the promise.
    pub found: Decimal,
    pub evidence: Vec<Evidence>,
    pub state: PromiseState,
}

/// The next thing to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    /// No complaint logged yet: call with the script.
    CallCarrier,
    /// Ask for the itemised records now (old charges).
    AskForRecords,
    /// A promise is pending until this date: wait, then run `case status` again.
    WaitUntil(NaiveDate),
    /// Call again and ask for escalation (complaint younger than 15 days).
    CallAgain,
    /// Appeal to the regulator (CN: MIIT 12300) with `billaudit case appeal`.
    AppealRegulator,
    /// Complain to the consumer association / 12315.
    Consumer,
    /// US: FCC informal complaint.
    Fcc,
    /// GB: ADR scheme.
    Adr,
    /// Everything promised arrived.
    Done,
    /// Nothing flagged and nothing logged.
    Nothing,
}

/// The state of a case on a date.
#[derive(Debug, Clone)]
pub struct CaseStatus {
    pub as_of: NaiveDate,
    pub log: Vec<LogEntry>,
    pub complaint: Option<LogEntry>,
    pub promises: Vec<PromiseCheck>,
    pub deadlines: Vec<Deadline>,
    /// `promised-refund-missing` findings.
    pub findings: Vec<Finding>,
    pub next: Vec<NextStep>,
}

/// Credits that may pay a promise: negative bill lines and carrier-bound credits.
struct Credit {
    date: NaiveDate,
    amount: Decimal,
    ev: Evidence,
    used: bool,
}

fn credits(audit: &Audit) -> Vec<Credit> {
    let m = &audit.matched;
    let mut out: Vec<Credit> = m
        .bill_lines
        .iter()
        .filter(|l| l.amount < Decimal::ZERO)
        .map(|l| Credit {
            // A credit on a bill is dated by its period's last day; any credit of the
            // promise's month or later counts.
            date: l.period.last_day(),
            amount: -l.amount,
            ev: Evidence::at(
                &l.source,
                "bill-line",
                Some(format!("{} {} {}", l.period, l.item, l.amount)),
            ),
            used: false,
        })
        .collect();
    let refunded: Vec<usize> = m.refunded.iter().map(|(_, c)| *c).collect();
    for &i in &m.carrier_txs {
        let Some(t) = m.transactions.get(i) else {
            continue;
        };
        if t.amount <= Decimal::ZERO || refunded.contains(&i) {
            continue;
        }
        out.push(Credit {
            date: t.date.date(),
            amount: t.amount,
            ev: Evidence::at(
                &t.source,
                "transaction",
                Some(format!(
                    "{} {} +{}",
                    t.date.date(),
                    t.counterparty,
                    t.amount
                )),
            ),
            used: false,
        });
    }
    out.sort_by(|a, b| (a.date, &a.ev).cmp(&(b.date, &b.ev)));
    out
}

/// Check the case log against the audit on `as_of`.
pub fn status(audit: &Audit, log: &[LogEntry], as_of: NaiveDate) -> CaseStatus {
    let lang = audit.lang;
    let cur = audit.config.account.currency.clone();
    let complaint = first_complaint(log).cloned();
    let mut pool = credits(audit);
    let mut promises = Vec::new();
    let mut findings = Vec::new();
    for e in log {
        let Some(text) = e.promised.as_deref() else {
            continue;
        };
        let promise = parse_promise(text);
        let call_day = e.at.date();
        let due = promise
            .by
            .unwrap_or(call_day + Duration::days(DEFAULT_PROMISE_DAYS));
        let Some(amount) = promise.refund else {
            promises.push(PromiseCheck {
                entry: e.clone(),
                promise,
                due,
                found: Decimal::ZERO,
                evidence: Vec::new(),
                state: PromiseState::Unchecked,
            });
            continue;
        };
        let eligible = |c: &Credit| {
            !c.used && c.date >= call_day && Period::of(c.date) >= Period::of(call_day)
        };
        let mut found = Decimal::ZERO;
        let mut evidence = Vec::new();
        if let Some(c) = pool.iter_mut().find(|c| eligible(c) && c.amount == amount) {
            c.used = true;
            found = c.amount;
            evidence.push(c.ev.clone());
        } else {
            for c in pool.iter_mut() {
                if found >= amount {
                    break;
                }
                if eligible(c) {
                    c.used = true;
                    found += c.amount;
                    evidence.push(c.ev.clone());
                }
            }
        }
        let state = if found >= amount {
            PromiseState::Kept
        } else if due < as_of {
            PromiseState::Missing
        } else {
            PromiseState::Pending
        };
        if state == PromiseState::Missing {
            let missing = amount - found;
            let who = match lang {
                Lang::En => e
                    .agent
                    .as_deref()
                    .map(|a| format!(" ({a})"))
                    .unwrap_or_default(),
                _ => e
                    .agent
                    .as_deref()
                    .map(|a| format!("（{a}）"))
                    .unwrap_or_default(),
            };
            let ticket = e.ticket.as_deref().unwrap_or("-");
            let (title, reason) = match lang {
                Lang::ZhCn => (
                    format!("承诺的退款 {} 未到账", lang.money(amount, &cur)),
                    format!(
                        "{} 通话中客服{who}承诺（工单号 {ticket}）：“{text}”。截至 {}，之后的账单和流水中只找到 {} 的退款/抵扣，仍差 {}。",
                        lang.date(call_day),
                        lang.date(as_of),
                        lang.money(found, &cur),
                        lang.money(missing, &cur)
                    ),
                ),
                Lang::ZhTw => (
                    format!("承諾的退款 {} 未入帳", lang.money(amount, &cur)),
                    format!(
                        "{} 通話中客服{who}承諾（工單號 {ticket}）：「{text}」。截至 {}，之後的帳單和流水中只找到 {} 的退款/折抵，仍差 {}。",
                        lang.date(call_day),
                        lang.date(as_of),
                        lang.money(found, &cur),
                        lang.money(missing, &cur)
                    ),
                ),
                Lang::En => (
                    format!("Promised refund of {} never arrived", lang.money(amount, &cur)),
                    format!(
                        "On {} the agent{who} promised (ticket {ticket}): \"{text}\". As of {}, the later bills and statements show only {} of refunds or credits; {} is still missing.",
                        lang.date(call_day),
                        lang.date(as_of),
                        lang.money(found, &cur),
                        lang.money(missing, &cur)
                    ),
                ),
            };
            let mut ev = vec![Evidence {
                file: LOG_FILE.to_string(),
                page: None,
                row: Some(e.line),
                kind: "case-log",
                note: Some(format!("{} {}", e.at.format("%Y-%m-%d %H:%M"), text)),
            }];
            ev.extend(evidence.iter().cloned());
            findings.push(Finding {
                rule: PROMISED_REFUND_MISSING.to_string(),
                severity: Severity::High,
                period: Some(Period::of(due)),
                service: None,
                amount: missing,
                title,
                item: None,
                reason,
                evidence: ev,
                disputes: Vec::new(),
            });
        }
        promises.push(PromiseCheck {
            entry: e.clone(),
            promise,
            due,
            found,
            evidence,
            state,
        });
    }
    let deadlines = deadlines::deadlines(audit, as_of, complaint.as_ref().map(|c| c.at.date()));
    let next = next_steps(audit, complaint.as_ref(), &promises, &deadlines, as_of);
    CaseStatus {
        as_of,
        log: log.to_vec(),
        complaint,
        promises,
        deadlines,
        findings,
        next,
    }
}

fn next_steps(
    audit: &Audit,
    complaint: Option<&LogEntry>,
    promises: &[PromiseCheck],
    deadlines: &[Deadline],
    as_of: NaiveDate,
) -> Vec<NextStep> {
    let mut out = Vec::new();
    if deadlines
        .iter()
        .any(|d| d.key == "records" && d.status == Status::Urgent)
    {
        out.push(NextStep::AskForRecords);
    }
    let Some(c) = complaint else {
        if audit.findings.is_empty() {
            out.push(NextStep::Nothing);
        } else {
            out.push(NextStep::CallCarrier);
        }
        return out;
    };
    let missing = promises.iter().any(|p| p.state == PromiseState::Missing);
    let pending: Option<NaiveDate> = promises
        .iter()
        .filter(|p| p.state == PromiseState::Pending)
        .map(|p| p.due)
        .max();
    let all_kept = !promises.is_empty() && promises.iter().all(|p| p.state == PromiseState::Kept);
    let disputed_left = audit.disputed_total
        - promises
            .iter()
            .filter(|p| p.state == PromiseState::Kept)
            .map(|p| p.found)
            .sum::<Decimal>();
    if all_kept && disputed_left <= Decimal::ZERO {
        out.push(NextStep::Done);
        return out;
    }
    if let Some(d) = pending {
        if !missing {
            out.push(NextStep::WaitUntil(d));
            return out;
        }
    }
    let days = (as_of - c.at.date()).num_days();
    match route(&audit.config.account.country) {
        "US" => {
            if missing || days >= 15 {
                out.push(NextStep::Fcc);
            } else {
                out.push(NextStep::CallAgain);
            }
        }
        "GB" => {
            if days >= 56 {
                out.push(NextStep::Adr);
            } else {
                out.push(NextStep::CallAgain);
            }
        }
        _ => {
            if days >= 15 || missing {
                // An unsatisfactory answer (a broken promise) opens the appeal at once.
                out.push(NextStep::AppealRegulator);
                out.push(NextStep::Consumer);
            } else {
                out.push(NextStep::CallAgain);
            }
        }
    }
    out
}

impl NextStep {
    /// The step in words.
    pub fn text(&self, audit: &Audit, case_arg: &str) -> String {
        let lang = audit.lang;
        let hl = hotline(
            &audit.config.account.carrier,
            audit.config.account.hotline.as_deref(),
        )
        .unwrap_or_default();
        match self {
            NextStep::CallCarrier => match lang {
                Lang::ZhCn => format!("打运营商客服 {hl} 投诉，用证据包里的通话脚本，记下工单号；然后运行 billaudit case log {case_arg} --call --ticket 工单号 --agent 客服工号 --promised \"…\"。"),
                Lang::ZhTw => format!("打業者客服 {hl} 申訴，用證據包裡的通話腳本，記下工單號；然後執行 billaudit case log {case_arg} --call --ticket 工單號 --agent 客服工號 --promised \"…\"。"),
                Lang::En => format!("Call the carrier ({hl}) with the call script from the evidence pack and note the ticket number; then run billaudit case log {case_arg} --call --ticket T --agent A --promised \"…\"."),
            },
            NextStep::AskForRecords => match lang {
                Lang::ZhCn => format!("现在就索取争议月份的详单和收费清单（免费，{}），原始话单只保存约 5 个月。", cite("telecom-33", lang)),
                Lang::ZhTw => format!("現在就索取爭議月份的詳單和收費清單（免費，{}），原始話單只保存約 5 個月。", cite("telecom-33", lang)),
                Lang::En => format!("Ask now for the itemised records and fee lists of the disputed months (free, {}): raw records are kept for about 5 months.", cite("telecom-33", lang)),
            },
            NextStep::WaitUntil(d) => match lang {
                Lang::ZhCn => format!("等到 {}，导出新的账单和流水放进案件目录，再运行 billaudit case status {case_arg}。", lang.date(*d)),
                Lang::ZhTw => format!("等到 {}，匯出新的帳單和流水放進案件資料夾，再執行 billaudit case status {case_arg}。", lang.date(*d)),
                Lang::En => format!("Wait until {}, export the new bills and statements into the case folder, then run billaudit case status {case_arg} again.", lang.date(*d)),
            },
            NextStep::CallAgain => match lang {
                Lang::ZhCn => format!("再次致电 {hl}，报上工单号，要求升级处理和书面答复；投诉满 15 日仍未解决即可申诉。"),
                Lang::ZhTw => format!("再次致電 {hl}，報上工單號，要求升級處理和書面答覆；申訴滿 15 日仍未解決即可向主管機關申訴。"),
                Lang::En => format!("Call {hl} again, quote the ticket number, ask for escalation and a written answer; 15 days after the complaint the appeal is open."),
            },
            NextStep::AppealRegulator => match lang {
                Lang::ZhCn => format!("向工业和信息化部电信用户申诉受理中心申诉（电话 12300 或网上申诉，{}）：billaudit case appeal {case_arg} 生成申诉材料。", cite("appeal-10", lang)),
                Lang::ZhTw => format!("向工業和信息化部電信用戶申訴受理中心申訴（電話 12300 或網上申訴，{}）：billaudit case appeal {case_arg} 產生申訴材料。", cite("appeal-10", lang)),
                Lang::En => format!("Appeal to the MIIT telecom user appeal centre (phone 12300 or online, {}): billaudit case appeal {case_arg} writes the appeal text.", cite("appeal-10", lang)),
            },
            NextStep::Consumer => match lang {
                Lang::ZhCn => format!("同时可拨打 12315 或向消费者协会投诉（{}）。", cite("consumer-39", lang)),
                Lang::ZhTw => format!("同時可撥打 12315 或向消費者協會投訴（{}）。", cite("consumer-39", lang)),
                Lang::En => format!("You can also call 12315 or complain to the consumer association ({}).", cite("consumer-39", lang)),
            },
            NextStep::Fcc => match lang {
                Lang::ZhCn => format!("向 FCC 提交非正式投诉（fcc.gov/complaints，{}）。", cite("cfr-64-2401", lang)),
                Lang::ZhTw => format!("向 FCC 提交非正式申訴（fcc.gov/complaints，{}）。", cite("cfr-64-2401", lang)),
                Lang::En => format!("File an informal complaint with the FCC (fcc.gov/complaints, {}).", cite("cfr-64-2401", lang)),
            },
            NextStep::Adr => lang
                .pick(
                    "投诉已满 8 周：向运营商所属的 ADR 争议解决机构提交。",
                    "申訴已滿 8 週：向業者所屬的 ADR 爭議解決機構提交。",
                    "8 weeks have passed since the complaint: take the case to the carrier's ADR scheme.",
                )
                .to_string(),
            NextStep::Nothing => lang
                .pick(
                    "没有发现问题，也没有进行中的投诉：无需处理。",
                    "沒有發現問題，也沒有進行中的申訴：無需處理。",
                    "Nothing flagged and no complaint under way: nothing to do.",
                )
                .to_string(),
            NextStep::Done => lang
                .pick(
                    "承诺的退款都已到账；保留好所有记录。",
                    "承諾的退款都已入帳；保留好所有記錄。",
                    "Every promised refund has arrived; keep all the records.",
                )
                .to_string(),
        }
    }
}
