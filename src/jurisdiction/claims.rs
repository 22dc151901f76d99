//! What the case claims, ranked by strength, each yuan once.
//!
//! Charges after cancellation, debits no bill explains, duplicates, overpayments and usage
//! fees without records are claims of **right**; a termination fee is a **clause** to be
//! produced and justified; idle months before cancellation are a **request** (check the
//! line's availability, waive the fees). Where two findings dispute the same bill line or
//! debit, the stronger claim takes its amount first and the weaker one only what is left,
//! so the claims add up to the disputed total.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::audit::Audit;
use crate::jurisdiction::carriers;
use crate::model::Period;
use crate::rules::{Disputed, Finding};
use crate::tr;

/// How strong a claim is, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// The money is owed back: no contract allows the charge.
    Right,
    /// The charge rests on a contract clause the carrier must produce and justify.
    Clause,
    /// A request: the charge is contractual, the case for waiving it is fairness.
    Request,
}

/// The strength of a rule's claims. Rules not listed (case rules included) are requests:
/// the script then asks rather than asserts.
pub fn strength(rule: &str) -> Strength {
    match rule {
        "charge-after-cancellation"
        | "unexplained-deduction"
        | "duplicate-charge"
        | "duplicate-payment"
        | "payment-mismatch"
        | "usage-fee-unbacked"
        | "charge-during-suspension"
        | "unsubscribed-charge"
        | "price-above-contract"
        | "bill-total-mismatch"
        | "promised-refund-missing" => Strength::Right,
        "termination-fee" => Strength::Clause,
        _ => Strength::Request,
    }
}

/// One part of a claim: what one finding adds to it after overlaps are removed.
#[derive(Debug, Clone)]
pub struct Part {
    pub period: Option<Period>,
    /// The finding's own amount.
    pub amount: Decimal,
    /// What is left of it once stronger claims on the same line or debit are counted.
    pub claimed: Decimal,
    /// The earliest date the disputed charge can date from.
    pub date: Option<NaiveDate>,
    /// The finding's index in the audit's findings.
    pub finding: usize,
}

/// Every disputed finding of one rule, with the amount claimed net of overlaps.
#[derive(Debug, Clone)]
pub struct Claim {
    pub rule: String,
    pub strength: Strength,
    pub parts: Vec<Part>,
}

impl Claim {
    /// The amount this claim adds to the disputed total.
    pub fn claimed(&self) -> Decimal {
        self.parts.iter().map(|p| p.claimed).sum()
    }

    /// The part of the findings' amounts already counted in stronger claims.
    pub fn overlap(&self) -> Decimal {
        self.parts.iter().map(|p| p.amount - p.claimed).sum()
    }

    pub fn periods(&self) -> Vec<Period> {
        let mut ps: Vec<Period> = self.parts.iter().filter_map(|p| p.period).collect();
        ps.sort();
        ps.dedup();
        ps
    }

    /// The periods whose parts were (partly) counted in a stronger claim.
    pub fn overlapping_periods(&self) -> Vec<Period> {
        let mut ps: Vec<Period> = self
            .parts
            .iter()
            .filter(|p| p.claimed < p.amount)
            .filter_map(|p| p.period)
            .collect();
        ps.sort();
        ps.dedup();
        ps
    }
}

/// The date a disputed charge was made: a debit's date, else the first day of the billed
/// period (the earliest the charge can date from, so deadlines are never overstated).
pub fn charge_date(audit: &Audit, f: &Finding) -> Option<NaiveDate> {
    let m = &audit.matched;
    let from_disputes = f
        .disputes
        .iter()
        .filter_map(|(d, _)| match d {
            Disputed::Transaction(i) => m.transactions.get(*i).map(|t| t.date.date()),
            Disputed::BillLine(i) => m.bill_lines.get(*i).map(|l| l.period.first_day()),
            Disputed::BillTotal(p) | Disputed::Payment(p) => Some(p.first_day()),
        })
        .min();
    from_disputes.or_else(|| f.period.map(|p| p.first_day()))
}

/// The claims of the given findings (the audit's, plus any the case log adds), strongest
/// first, then in rule order; their `claimed` amounts add up to the disputed total.
pub fn claims(audit: &Audit, findings: &[&Finding]) -> Vec<Claim> {
    let rule_order = |id: &str| {
        audit
            .rules
            .iter()
            .position(|r| r.id == id)
            .unwrap_or(usize::MAX)
    };
    let rank = |i: usize| {
        (
            strength(&findings[i].rule),
            rule_order(&findings[i].rule),
            i,
        )
    };
    // Each disputed thing: its findings and the largest amount any of them claims.
    let mut by_key: BTreeMap<Disputed, Vec<(usize, Decimal)>> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        for (k, a) in &f.disputes {
            by_key.entry(*k).or_default().push((i, *a));
        }
    }
    let mut claimed = vec![Decimal::ZERO; findings.len()];
    for list in by_key.values_mut() {
        let cap = list.iter().map(|(_, a)| *a).max().unwrap_or_default();
        list.sort_by_key(|(i, _)| rank(*i));
        let mut left = cap;
        for (i, a) in list.iter() {
            let take = (*a).min(left).max(Decimal::ZERO);
            claimed[*i] += take;
            left -= take;
        }
    }
    let mut out: Vec<Claim> = Vec::new();
    let mut order: Vec<usize> = (0..findings.len())
        .filter(|i| findings[*i].is_disputed())
        .collect();
    order.sort_by_key(|i| rank(*i));
    for i in order {
        let f = findings[i];
        let part = Part {
            period: f.period,
            amount: f.disputes.iter().map(|(_, a)| *a).sum(),
            claimed: claimed[i],
            date: charge_date(audit, f),
            finding: i,
        };
        match out.iter_mut().find(|c| c.rule == f.rule) {
            Some(c) => c.parts.push(part),
            None => out.push(Claim {
                rule: f.rule.clone(),
                strength: strength(&f.rule),
                parts: vec![part],
            }),
        }
    }
    out.retain(|c| c.claimed() > Decimal::ZERO);
    for c in &mut out {
        c.parts.sort_by_key(|p| (p.period, p.date));
    }
    out
}

/// The carrier's customer-service number for a case: the configured one, else the
/// registry's for a carrier of the case's own country.
pub fn hotline(cfg: &crate::config::Config) -> Option<String> {
    carriers::hotline(
        &cfg.account.carrier,
        cfg.account.hotline.as_deref(),
        cfg.account.jurisdiction.country.as_ref().map(|c| c.code()),
    )
}

/// The case's account and service numbers, normalised and without repeats.
pub fn case_numbers(cfg: &crate::config::Config) -> Vec<String> {
    cfg.account
        .numbers
        .iter()
        .map(|n| crate::model::normalize_number(n))
        .chain(cfg.services.iter().flat_map(|s| s.numbers.iter().cloned()))
        .filter(|n| !n.is_empty())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// The names of the services a claim's findings are about.
fn service_names(audit: &Audit, findings: &[&Finding], claim: &Claim) -> String {
    let lang = audit.lang;
    let names: BTreeSet<String> = claim
        .parts
        .iter()
        .filter_map(|p| findings[p.finding].service.as_deref())
        .filter_map(|id| audit.config.service(id))
        .map(|s| s.name.clone())
        .collect();
    if names.is_empty() {
        tr!(lang, "script-the-line")
    } else {
        names
            .into_iter()
            .collect::<Vec<_>>()
            .join(&tr!(lang, "list-sep"))
    }
}

/// What the claims of one strength add up to (the demands of the call script and of the
/// appeal both ask for these totals).
pub fn total_of(list: &[Claim], strength: Strength) -> Decimal {
    list.iter()
        .filter(|c| c.strength == strength)
        .map(Claim::claimed)
        .sum()
}

/// One evidence sentence per claim, with the months and amounts said aloud.
pub fn evidence_line(audit: &Audit, findings: &[&Finding], claim: &Claim) -> String {
    let lang = audit.lang;
    let cur = &audit.config.account.currency;
    let say = |d: Decimal| lang.spoken_money(d, cur);
    let months = lang.months(&claim.periods());
    let amount = say(claim.claimed());
    let service = service_names(audit, findings, claim);
    let parts = || -> String {
        claim
            .parts
            .iter()
            .filter(|p| p.claimed > Decimal::ZERO)
            .map(|p| {
                let when = p.period.map(|x| lang.month(x)).unwrap_or_default();
                tr!(lang, "script-part", when = when, amount = say(p.claimed))
            })
            .collect::<Vec<_>>()
            .join(&tr!(lang, "list-sep"))
    };
    let dates = || -> String {
        let ds: BTreeSet<NaiveDate> = claim.parts.iter().filter_map(|p| p.date).collect();
        ds.into_iter()
            .map(|d| lang.date(d))
            .collect::<Vec<_>>()
            .join(&tr!(lang, "list-sep"))
    };
    let line = match claim.rule.as_str() {
        "charge-after-cancellation" => {
            let cancelled = claim
                .parts
                .iter()
                .filter_map(|p| findings[p.finding].service.as_deref())
                .filter_map(|id| audit.config.service(id))
                .filter_map(|s| s.cancelled)
                .min();
            match cancelled {
                Some(c) => tr!(
                    lang,
                    "ev-after-cancellation",
                    service = service,
                    date = lang.date(c),
                    amount = amount,
                    parts = parts()
                ),
                None => tr!(
                    lang,
                    "ev-after-cancellation-undated",
                    service = service,
                    amount = amount,
                    parts = parts()
                ),
            }
        }
        "unexplained-deduction" => tr!(
            lang,
            "ev-unexplained-deduction",
            dates = dates(),
            amount = amount
        ),
        "duplicate-payment" => tr!(
            lang,
            "ev-duplicate-payment",
            dates = dates(),
            amount = amount
        ),
        "payment-mismatch" => tr!(
            lang,
            "ev-payment-mismatch",
            months = months,
            amount = amount
        ),
        "duplicate-charge" => tr!(
            lang,
            "ev-duplicate-charge",
            months = months,
            amount = amount
        ),
        "usage-fee-unbacked" => tr!(
            lang,
            "ev-usage-fee-unbacked",
            months = months,
            amount = amount
        ),
        "charge-during-suspension" => tr!(
            lang,
            "ev-charge-during-suspension",
            months = months,
            amount = amount
        ),
        "unsubscribed-charge" => tr!(
            lang,
            "ev-unsubscribed-charge",
            months = months,
            amount = amount
        ),
        "price-above-contract" => tr!(
            lang,
            "ev-price-above-contract",
            months = months,
            amount = amount
        ),
        "bill-total-mismatch" => tr!(
            lang,
            "ev-bill-total-mismatch",
            months = months,
            amount = amount
        ),
        "promised-refund-missing" => tr!(lang, "ev-promised-refund-missing", amount = amount),
        "termination-fee" => tr!(lang, "ev-termination-fee", months = months, amount = amount),
        "unused-service" => tr!(
            lang,
            "ev-unused-service",
            months = months,
            service = service,
            count = claim.periods().len(),
            amount = amount
        ),
        _ => tr!(lang, "ev-other", months = months, amount = amount),
    };
    let overlap = claim.overlapping_periods();
    if claim.overlap() > Decimal::ZERO && !overlap.is_empty() {
        format!(
            "{line}{}",
            tr!(
                lang,
                "ev-overlap",
                months = lang.months(&overlap),
                amount = say(claim.overlap())
            )
        )
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strengths() {
        assert!(strength("charge-after-cancellation") < strength("termination-fee"));
        assert!(strength("termination-fee") < strength("unused-service"));
        assert_eq!(strength("my-own-rule"), Strength::Request);
    }
}
