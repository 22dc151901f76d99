//! `case status`: what was promised, whether the later statements show it, which deadlines
//! passed, and the next step.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use super::{complaint_dates, first_complaint, parse_promise, LogEntry, Promise, LOG_FILE};
use crate::audit::Audit;
use crate::jurisdiction::deadlines::{self, gb_adr_weeks, Complaint, Deadline, Status};
use crate::jurisdiction::legal::cite;
use crate::jurisdiction::{carriers, Route};
use crate::model::Period;
use crate::rules::{Evidence, Finding, Severity};
use crate::tr;

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
    /// Call again and ask for escalation (the appeal is not open yet).
    CallAgain,
    /// CN: appeal to the provincial telecom user appeal body (12300) with `billaudit case appeal`.
    AppealRegulator,
    /// CN consumers: 12315 or the consumer association, for charges past the appeal window
    /// (an alternative route, never in parallel with the appeal).
    ConsumerAlternative,
    /// US: FCC informal complaint.
    Fcc,
    /// GB: the carrier's ADR scheme (after a deadlock letter or the wait in weeks).
    Adr,
    /// Any other country: the country's own telecom regulator or consumer body.
    Local,
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
            let agent = e.agent.clone().unwrap_or_default();
            let ticket = e.ticket.clone().unwrap_or_else(|| "-".to_string());
            let title = tr!(
                lang,
                "promised-refund-title",
                amount = lang.money(amount, &cur)
            );
            let reason = tr!(
                lang,
                "promised-refund-reason",
                date = lang.date(call_day),
                agent = agent,
                ticket = ticket,
                promise = text,
                as_of = lang.date(as_of),
                found = lang.money(found, &cur),
                missing = lang.money(missing, &cur)
            );
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
    let dates = complaint_dates(log);
    let deadlines = deadlines::deadlines(audit, as_of, dates);
    let next = next_steps(audit, dates, &promises, &deadlines, as_of);
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
    complaint: Complaint,
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
    let Some(c) = complaint.first.or(complaint.refused) else {
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
    let refused = complaint.refused.is_some();
    if let Some(d) = pending {
        if !missing && !refused {
            out.push(NextStep::WaitUntil(d));
            return out;
        }
    }
    let days = (as_of - c).num_days();
    let j = &audit.config.account.jurisdiction;
    let open = match j.route() {
        Route::Cn => missing || complaint.appeal_opens().is_some_and(|d| d <= as_of),
        Route::Gb => {
            let from = complaint
                .refused
                .unwrap_or(c + Duration::weeks(gb_adr_weeks(c)));
            from <= as_of
        }
        Route::Us | Route::Generic => missing || refused || days >= 15,
    };
    if !open {
        out.push(NextStep::CallAgain);
        return out;
    }
    out.push(match j.route() {
        Route::Cn => NextStep::AppealRegulator,
        Route::Us => NextStep::Fcc,
        Route::Gb => NextStep::Adr,
        Route::Generic => NextStep::Local,
    });
    let window_passed = deadlines
        .iter()
        .any(|d| d.key == "appeal-window" && d.status == Status::Passed);
    if j.route() == Route::Cn && j.is_consumer() && window_passed {
        out.push(NextStep::ConsumerAlternative);
    }
    out
}

impl NextStep {
    /// The step in words.
    pub fn text(&self, audit: &Audit, case_arg: &str) -> String {
        let lang = audit.lang;
        let acc = &audit.config.account;
        let hotline = carriers::hotline(
            &acc.carrier,
            acc.hotline.as_deref(),
            acc.jurisdiction.country.as_ref().map(|c| c.code()),
        );
        let case = case_arg.to_string();
        match self {
            NextStep::CallCarrier => match hotline {
                Some(h) => tr!(lang, "next-call-carrier-hotline", hotline = h, case = case),
                None => tr!(lang, "next-call-carrier", case = case),
            },
            NextStep::AskForRecords => {
                if acc.jurisdiction.route() == Route::Cn {
                    tr!(lang, "next-ask-records-cn", cite = cite("telecom-33", lang))
                } else {
                    tr!(lang, "next-ask-records")
                }
            }
            NextStep::WaitUntil(d) => tr!(lang, "next-wait", date = lang.date(*d), case = case),
            NextStep::CallAgain => {
                let then = match acc.jurisdiction.route() {
                    Route::Cn => tr!(lang, "next-call-again-cn"),
                    Route::Gb => tr!(lang, "next-call-again-gb"),
                    Route::Us | Route::Generic => String::new(),
                };
                match hotline {
                    Some(h) => tr!(
                        lang,
                        "next-call-again-hotline",
                        hotline = h,
                        then = then,
                        case = case
                    ),
                    None => tr!(lang, "next-call-again", then = then, case = case),
                }
            }
            NextStep::AppealRegulator => tr!(
                lang,
                "next-appeal-cn",
                cite = cite("appeal-9", lang),
                case = case
            ),
            NextStep::ConsumerAlternative => tr!(
                lang,
                "next-consumer-alternative",
                cite_bar = cite("appeal-11-4", lang),
                cite = cite("consumer-39", lang)
            ),
            NextStep::Fcc => tr!(
                lang,
                "next-fcc",
                cite = cite("fcc-informal", lang),
                case = case
            ),
            NextStep::Adr => tr!(
                lang,
                "next-adr",
                cite = cite("ofcom-adr", lang),
                case = case
            ),
            NextStep::Local => match &acc.jurisdiction.country {
                Some(c) => tr!(lang, "next-local", country = c.code(), case = case),
                None => tr!(lang, "next-local-unknown", case = case),
            },
            NextStep::Nothing => tr!(lang, "next-nothing"),
            NextStep::Done => tr!(lang, "next-done"),
        }
    }
}
