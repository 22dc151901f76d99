//! One claim per yuan: the findings merged into disputed items.
//!
//! A finding says *why* something is wrong; a [`Dispute`] is *what* is claimed back: one
//! bill line, one debit, one bill's unexplained total or one bill's overpayment, with the
//! largest amount any finding disputes it for and every reason that applies. Every report
//! (terminal, JSON, Markdown, HTML pack, call script, appeal) lists these items, and the
//! disputed total is their sum.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Disputed, Evidence, Finding};
use crate::matcher::Matched;
use crate::model::Period;

/// Why an item is disputed: one rule that flags it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The rule id (`unused-service`).
    pub rule: String,
    /// The finding's title.
    pub title: String,
    /// The finding's argument, with its facts filled in.
    pub reason: String,
}

/// The record a disputed item is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Concerns {
    /// A charge on a bill.
    BillLine {
        file: String,
        /// The page, where the file has pages (PDF).
        #[serde(skip_serializing_if = "Option::is_none")]
        page: Option<u32>,
        row: u64,
        period: Period,
        item: String,
        #[serde(with = "rust_decimal::serde::str")]
        amount: Decimal,
    },
    /// Money that left an account.
    Debit {
        file: String,
        /// The page, where the file has pages (PDF).
        #[serde(skip_serializing_if = "Option::is_none")]
        page: Option<u32>,
        row: u64,
        date: String,
        payee: String,
        #[serde(with = "rust_decimal::serde::str")]
        amount: Decimal,
    },
    /// What a bill's stated total asks for beyond its lines.
    BillTotal { period: Period },
    /// What several debits together paid beyond a bill.
    Payment { period: Period },
}

impl Concerns {
    /// `file:page:line` or `file:row` of the record (as evidence is cited), or the bill's
    /// period.
    pub fn location(&self) -> String {
        match self {
            Concerns::BillLine {
                file, page, row, ..
            }
            | Concerns::Debit {
                file, page, row, ..
            } => crate::model::location(file, *page, Some(*row)),
            Concerns::BillTotal { period } | Concerns::Payment { period } => period.to_string(),
        }
    }
}

/// One disputed bill line or debit, claimed once.
#[derive(Debug, Clone, Serialize)]
pub struct Dispute {
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    pub currency: String,
    /// The billing period (of the line, or the month of the debit).
    pub period: Option<Period>,
    pub service: Option<String>,
    pub item: Option<String>,
    pub concerns: Concerns,
    /// Every rule that flags this item, in rule order.
    pub reasons: Vec<Reason>,
    pub evidence: Vec<Evidence>,
}

impl Dispute {
    /// The rule ids, joined (`unused-service + charge-after-cancellation`).
    pub fn rules(&self) -> String {
        self.reasons
            .iter()
            .map(|r| r.rule.as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    }
}

/// A sum of disputed amounts that does not fit a decimal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the disputed amounts do not add up within the range of a decimal (at {0})")]
pub struct TotalOverflow(pub String);

/// Merge findings into disputed items: one per disputed thing, at the largest amount a
/// finding disputes it for, in the order the findings first name them.
pub fn disputes(findings: &[Finding], matched: &Matched, currency: &str) -> Vec<Dispute> {
    let mut keys: Vec<Disputed> = Vec::new();
    let mut out: Vec<Dispute> = Vec::new();
    for f in findings {
        for (key, amount) in f.disputes.iter().filter(|(_, a)| *a > Decimal::ZERO) {
            let at = match keys.iter().position(|k| k == key) {
                Some(at) => at,
                None => {
                    // Keys index the matched records; one that does not is not claimed.
                    let Some(d) = new_dispute(*key, f, matched, currency) else {
                        continue;
                    };
                    keys.push(*key);
                    out.push(d);
                    out.len() - 1
                }
            };
            absorb(&mut out[at], f, *amount);
        }
    }
    out
}

fn new_dispute(key: Disputed, f: &Finding, m: &Matched, currency: &str) -> Option<Dispute> {
    let concerns = concerns(key, m)?;
    let (period, item) = match &concerns {
        Concerns::BillLine { period, item, .. } => (Some(*period), Some(item.clone())),
        Concerns::Debit { .. } => (f.period, f.item.clone()),
        Concerns::BillTotal { period } | Concerns::Payment { period } => (Some(*period), None),
    };
    Some(Dispute {
        amount: Decimal::ZERO,
        currency: currency.to_string(),
        period,
        service: f.service.clone(),
        item,
        concerns,
        reasons: Vec::new(),
        evidence: Vec::new(),
    })
}

fn absorb(d: &mut Dispute, f: &Finding, amount: Decimal) {
    if amount > d.amount {
        d.amount = amount;
    }
    if d.service.is_none() {
        d.service.clone_from(&f.service);
    }
    if !d.reasons.iter().any(|r| r.rule == f.rule) {
        d.reasons.push(Reason {
            rule: f.rule.clone(),
            title: f.title.clone(),
            reason: f.reason.clone(),
        });
    }
    for e in &f.evidence {
        if !d.evidence.contains(e) {
            d.evidence.push(e.clone());
        }
    }
}

fn concerns(key: Disputed, m: &Matched) -> Option<Concerns> {
    Some(match key {
        Disputed::BillLine(i) => {
            let l = m.bill_lines.get(i)?;
            Concerns::BillLine {
                file: l.source.file.to_string(),
                page: l.source.page,
                row: l.source.row,
                period: l.period,
                item: l.item.clone(),
                amount: l.amount,
            }
        }
        Disputed::Transaction(i) => {
            let t = m.transactions.get(i)?;
            Concerns::Debit {
                file: t.source.file.to_string(),
                page: t.source.page,
                row: t.source.row,
                date: t.date.date().to_string(),
                payee: if t.counterparty.is_empty() {
                    t.description.clone()
                } else {
                    t.counterparty.clone()
                },
                amount: -t.amount,
            }
        }
        Disputed::BillTotal(period) => Concerns::BillTotal { period },
        Disputed::Payment(period) => Concerns::Payment { period },
    })
}

/// The disputed total: the sum of the disputed items, checked.
pub fn total(disputes: &[Dispute]) -> Result<Decimal, TotalOverflow> {
    disputes.iter().try_fold(Decimal::ZERO, |sum, d| {
        sum.checked_add(d.amount)
            .ok_or_else(|| TotalOverflow(d.concerns.location()))
    })
}
