//! The call script (evidence, rights, demands) and the escalation steps, filled with the
//! case's own numbers. Built as data so that every output format (terminal, Markdown,
//! HTML) renders the same content. Every sentence is a catalogue message.
//!
//! The claims come strongest first ([`claims`]): claims of right, then clauses the
//! carrier must produce, then requests. Amounts are stated once each (a bill line two
//! findings dispute is counted in the stronger claim), so the amounts read aloud add up to
//! the disputed total.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use crate::audit::Audit;
use crate::i18n::Lang;
pub use crate::jurisdiction::claims::{case_numbers, hotline};
use crate::jurisdiction::claims::{claims, evidence_line, total_of, Claim, Strength};
use crate::jurisdiction::deadlines::{self, Complaint};
use crate::jurisdiction::legal::cite;
use crate::jurisdiction::{HolderType, Route};
use crate::rules::Finding;
use crate::tr;

/// A call script in three parts, then what to do when no fair answer comes.
#[derive(Debug, Clone)]
pub struct CallScript {
    pub opening: String,
    pub evidence: Vec<String>,
    pub rights: Vec<String>,
    pub demands: Vec<String>,
    pub if_no_answer: Vec<String>,
    pub checklist: Vec<String>,
}

/// Options for the script.
#[derive(Debug, Clone, Copy)]
pub struct ScriptOptions {
    /// Hours in which a call-back is requested (24 by default).
    pub reply_hours: u32,
    /// The date deadlines are measured against (the CLI passes `--as-of` or today).
    pub as_of: NaiveDate,
    /// The complaint and any refusal, from the case log.
    pub complaint: Complaint,
}

impl ScriptOptions {
    pub fn new(reply_hours: u32, as_of: NaiveDate) -> Self {
        ScriptOptions {
            reply_hours,
            as_of,
            complaint: Complaint::default(),
        }
    }
}

/// A sentence with an optional citation from the provision table.
fn cited(lang: Lang, text: String, cite_id: Option<&str>) -> String {
    match cite_id.map(|id| cite(id, lang)).filter(|c| !c.is_empty()) {
        Some(c) => tr!(lang, "sentence-cited", text = text, cite = c),
        None => tr!(lang, "sentence", text = text),
    }
}

/// The rights the claims rest on, on the case's route.
fn rights(audit: &Audit, list: &[Claim]) -> Vec<String> {
    let lang = audit.lang;
    let route = audit.config.account.jurisdiction.route();
    let cn = route == Route::Cn;
    let has = |rule: &str| list.iter().any(|c| c.rule == rule);
    let mut out = Vec::new();
    if has("charge-after-cancellation") {
        out.push(cited(
            lang,
            tr!(lang, "right-after-cancellation"),
            cn.then_some("civil-577"),
        ));
    }
    if has("unexplained-deduction") || has("duplicate-payment") || has("payment-mismatch") {
        out.push(cited(
            lang,
            tr!(lang, "right-unexplained-debit"),
            cn.then_some("civil-985"),
        ));
    }
    if list.iter().any(|c| {
        c.strength == Strength::Right
            && !matches!(
                c.rule.as_str(),
                "charge-after-cancellation"
                    | "unexplained-deduction"
                    | "duplicate-payment"
                    | "payment-mismatch"
            )
    }) {
        out.push(tr!(
            lang,
            "sentence",
            text = tr!(lang, "right-billing-error")
        ));
    }
    if has("termination-fee") {
        out.push(if cn {
            tr!(
                lang,
                "right-termination-fee-cn",
                cite_prompt = cite("civil-496", lang),
                cite_reduce = cite("civil-585", lang)
            )
        } else {
            tr!(lang, "sentence", text = tr!(lang, "right-termination-fee"))
        });
    }
    if let Some(idle) = list.iter().find(|c| c.rule == "unused-service") {
        out.push(tr!(
            lang,
            "right-idle-request",
            count = idle.periods().len()
        ));
    }
    match route {
        Route::Cn => {
            out.push(cited(
                lang,
                tr!(lang, "right-records-cn"),
                Some("telecom-33"),
            ));
            out.push(cited(
                lang,
                tr!(lang, "right-appeal-cn"),
                Some("telecom-39"),
            ));
        }
        Route::Us => {
            let kinds: Vec<_> = audit.config.services.iter().map(|s| s.kind).collect();
            let telecom = crate::jurisdiction::legal::provision("cfr-64-2401")
                .is_some_and(|p| p.applies(&audit.config.account.jurisdiction, &kinds));
            if telecom {
                out.push(cited(
                    lang,
                    tr!(lang, "right-descriptions-us"),
                    Some("cfr-64-2401"),
                ));
            }
            out.push(tr!(lang, "sentence", text = tr!(lang, "right-records")));
        }
        Route::Gb | Route::Generic => {
            out.push(tr!(lang, "sentence", text = tr!(lang, "right-records")));
        }
    }
    out
}

/// What the caller asks for, strongest first, then the hand-off, the call-back and the
/// read-back.
fn demands(audit: &Audit, list: &[Claim], opts: ScriptOptions) -> Vec<String> {
    let lang = audit.lang;
    let cfg = &audit.config;
    let say = |d: Decimal| lang.spoken_money(d, &cfg.account.currency);
    let sum = |s: Strength| total_of(list, s);
    let mut out = Vec::new();
    if sum(Strength::Right) > Decimal::ZERO {
        out.push(tr!(
            lang,
            "demand-refund",
            amount = say(sum(Strength::Right))
        ));
    }
    if sum(Strength::Clause) > Decimal::ZERO {
        out.push(tr!(
            lang,
            "demand-clause",
            amount = say(sum(Strength::Clause))
        ));
    }
    let requests: Vec<&Claim> = list
        .iter()
        .filter(|c| c.strength == Strength::Request)
        .collect();
    if !requests.is_empty() {
        let periods: Vec<_> = requests.iter().flat_map(|c| c.periods()).collect();
        out.push(tr!(
            lang,
            "demand-waive",
            months = lang.months(&periods),
            amount = say(sum(Strength::Request))
        ));
    }
    for s in &cfg.services {
        match (s.cancelled, s.cancel) {
            (Some(d), _) => out.push(tr!(
                lang,
                "demand-confirm-cancellation",
                service = s.name.clone(),
                date = lang.date(d)
            )),
            (None, true) => out.push(tr!(lang, "demand-stop", service = s.name.clone())),
            (None, false) => {}
        }
    }
    out.push(tr!(lang, "demand-records"));
    out.push(tr!(lang, "demand-hand-off"));
    out.push(tr!(lang, "demand-call-back", hours = opts.reply_hours));
    out.push(tr!(lang, "demand-read-back"));
    out
}

fn opening(audit: &Audit) -> String {
    let lang = audit.lang;
    let cfg = &audit.config;
    let numbers = case_numbers(cfg).join(&tr!(lang, "list-sep"));
    let total = lang.spoken_money(audit.disputed_total, &cfg.account.currency);
    let holder = cfg.account.holder.trim().to_string();
    match (
        cfg.account.jurisdiction.holder_type,
        holder.is_empty(),
        numbers.is_empty(),
    ) {
        (HolderType::Business, false, false) => tr!(
            lang,
            "opening-business",
            holder = holder,
            numbers = numbers,
            total = total
        ),
        (HolderType::Business, false, true) => tr!(
            lang,
            "opening-business-no-number",
            holder = holder,
            total = total
        ),
        (_, _, false) => tr!(lang, "opening-consumer", numbers = numbers, total = total),
        (_, _, true) => tr!(lang, "opening-consumer-no-number", total = total),
    }
}

pub fn call_script(audit: &Audit, opts: ScriptOptions) -> CallScript {
    let lang = audit.lang;
    let findings: Vec<&Finding> = audit.findings.iter().collect();
    let list = claims(audit, &findings);
    let mut evidence: Vec<String> = list
        .iter()
        .map(|c| evidence_line(audit, &findings, c))
        .collect();
    if list.len() > 1 {
        evidence.push(tr!(
            lang,
            "ev-total",
            amount = lang.spoken_money(audit.disputed_total, &audit.config.account.currency)
        ));
    }
    evidence.push(tr!(lang, "ev-documents"));
    let checklist = [
        "check-time",
        "check-ticket",
        "check-agent",
        "check-promise",
        "check-by-when",
    ]
    .iter()
    .map(|id| crate::i18n::tr(lang, id, &[]))
    .collect();
    CallScript {
        opening: opening(audit),
        evidence,
        rights: rights(audit, &list),
        demands: demands(audit, &list, opts),
        if_no_answer: escalation_steps(audit, opts),
        checklist,
    }
}

/// The oldest and newest charge dates the findings dispute.
pub fn disputed_dates(audit: &Audit) -> Option<(NaiveDate, NaiveDate)> {
    deadlines::charge_span(audit)
}

/// What to do when no fair answer comes: call again, then the dated steps of
/// [`deadlines::deadlines`] in their order.
pub fn escalation_steps(audit: &Audit, opts: ScriptOptions) -> Vec<String> {
    let lang = audit.lang;
    let cfg = &audit.config;
    let h = opts.reply_hours;
    let mut out = vec![match hotline(cfg) {
        Some(x) => tr!(
            lang,
            "if-no-answer-call-again-hotline",
            hours = h,
            hotline = x
        ),
        None => tr!(lang, "if-no-answer-call-again", hours = h),
    }];
    let j = &cfg.account.jurisdiction;
    if j.route() == Route::Cn && j.holder_type == HolderType::Business {
        out.push(tr!(lang, "if-no-answer-business-channel"));
    }
    out.extend(
        deadlines::deadlines(audit, opts.as_of, opts.complaint)
            .into_iter()
            .filter(|d| d.key != "carrier")
            .map(|d| d.text),
    );
    out
}

/// The date `hours` after `from` (for reply deadlines); the last moment chrono has when that
/// is past it (`--reply-hours 4294967295` from year 2025 is past year 262142), never a panic.
pub fn reply_deadline(from: chrono::NaiveDateTime, hours: u32) -> chrono::NaiveDateTime {
    from.checked_add_signed(Duration::hours(i64::from(hours)))
        .unwrap_or(chrono::NaiveDateTime::MAX)
}

#[cfg(test)]
mod tests {
    use super::reply_deadline;

    /// Any `--reply-hours` gives a deadline: the largest from today's dates is past the
    /// calendar and stops at its end instead of panicking.
    #[test]
    fn a_reply_deadline_never_overflows() {
        let from = crate::case::parse_at("2025-10-05 14:30").unwrap();
        assert_eq!(
            reply_deadline(from, 24),
            crate::case::parse_at("2025-10-06 14:30").unwrap()
        );
        assert_eq!(reply_deadline(from, u32::MAX), chrono::NaiveDateTime::MAX);
    }
}
