//! The built-in check kinds, one file each. Every check has a stable name (used as
//! `check = "…"` in rule files) and a doc text with *What it does / Why it matters /
//! Example*, printed by `billaudit explain`.

mod bill_total_mismatch;
mod charge_after_cancellation;
mod charge_during_suspension;
mod duplicate_charge;
mod duplicate_payment;
mod item_match;
mod new_charge;
mod payment_mismatch;
mod price_above_contract;
mod price_change;
mod promo_expired;
mod recurring_unknown;
#[cfg(test)]
mod testkit;
mod unexplained_deduction;
mod unsubscribed_charge;
mod unused_service;
mod usage_fee_unbacked;

use std::fmt;

use rust_decimal::Decimal;
use serde::de::DeserializeOwned;

use super::{Ctx, Disputed, Evidence, Finding, Rule};
use crate::model::Period;
pub(super) use price_above_contract::duplicate_copies;

/// A built-in check kind.
pub trait Check: Sync + Send + fmt::Debug {
    /// The stable name rule files use in `check = "…"`.
    fn name(&self) -> &'static str;
    /// What it does / Why it matters / Example.
    fn doc(&self) -> &'static str;
    /// Validate a rule's `[params]` table.
    fn validate(&self, params: &toml::Table) -> Result<(), String> {
        if params.is_empty() {
            Ok(())
        } else {
            Err("this check takes no parameters".into())
        }
    }
    /// Whether rules of this check must give `[filter] item`.
    fn needs_item_filter(&self) -> bool {
        false
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>);
}

/// Every built-in check.
pub static ALL: &[&dyn Check] = &[
    &unused_service::UnusedService,
    &charge_after_cancellation::ChargeAfterCancellation,
    &unsubscribed_charge::UnsubscribedCharge,
    &unexplained_deduction::UnexplainedDeduction,
    &payment_mismatch::PaymentMismatch,
    &duplicate_charge::DuplicateCharge,
    &bill_total_mismatch::BillTotalMismatch,
    &item_match::ItemMatch,
    &price_above_contract::PriceAboveContract,
    &price_change::PriceChange,
    &new_charge::NewCharge,
    &promo_expired::PromoExpired,
    &usage_fee_unbacked::UsageFeeUnbacked,
    &duplicate_payment::DuplicatePayment,
    &charge_during_suspension::ChargeDuringSuspension,
    &recurring_unknown::RecurringUnknown,
];

pub fn by_name(name: &str) -> Option<&'static dyn Check> {
    ALL.iter().copied().find(|c| c.name() == name)
}

/// Validate `[params]` by deserialising them into a check's parameter struct.
fn validate_as<T: DeserializeOwned>(params: &toml::Table) -> Result<(), String> {
    toml::Value::Table(params.clone())
        .try_into::<T>()
        .map(|_| ())
        .map_err(|e| e.message().trim().to_string())
}

fn line_evidence(ctx: &Ctx<'_>, i: usize) -> Evidence {
    let l = &ctx.matched.bill_lines[i];
    Evidence::at(
        &l.source,
        "bill-line",
        Some(format!("{} {} {}", l.period, l.item, l.amount)),
    )
}

fn total_evidence(ctx: &Ctx<'_>, i: usize) -> Evidence {
    let t = &ctx.matched.bill_totals[i];
    Evidence::at(
        &t.source,
        "bill-total",
        Some(crate::tr!(
            ctx.lang,
            "ev-note-bill-total",
            period = t.period.to_string(),
            amount = t.amount.to_string()
        )),
    )
}

fn tx_evidence(ctx: &Ctx<'_>, i: usize) -> Evidence {
    let t = &ctx.matched.transactions[i];
    Evidence::at(
        &t.source,
        "transaction",
        Some(format!(
            "{} {} {}",
            t.date.format("%Y-%m-%d"),
            t.shown_payee(ctx.lang),
            t.amount
        )),
    )
}

/// What a new finding is about; the title and reason are rendered from the rule's texts.
struct Draft<'a> {
    period: Option<Period>,
    service: Option<&'a str>,
    amount: Decimal,
    item: Option<String>,
    vars: Vec<(&'static str, String)>,
    evidence: Vec<Evidence>,
    disputes: Vec<(Disputed, Decimal)>,
}

impl<'a> Draft<'a> {
    fn new(amount: Decimal) -> Self {
        Draft {
            period: None,
            service: None,
            amount,
            item: None,
            vars: Vec::new(),
            evidence: Vec::new(),
            disputes: Vec::new(),
        }
    }
}

fn emit(rule: &Rule, ctx: &Ctx<'_>, d: Draft<'_>, out: &mut Vec<Finding>) {
    let lang = ctx.lang;
    let cur = &ctx.config.account.currency;
    let service = d.service.and_then(|id| ctx.config.service(id));
    let mut vars: Vec<(&str, String)> = vec![
        (
            "period",
            d.period.map(|p| p.to_string()).unwrap_or_default(),
        ),
        (
            "service",
            service.map(|s| s.name.clone()).unwrap_or_default(),
        ),
        ("service_id", d.service.unwrap_or_default().to_string()),
        ("amount", lang.money(d.amount, cur)),
        ("item", d.item.clone().unwrap_or_default()),
        ("carrier", ctx.config.account.carrier.clone()),
    ];
    vars.extend(d.vars);
    out.push(Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        period: d.period,
        service: d.service.map(str::to_string),
        amount: d.amount,
        title: rule.render_title(lang, &vars),
        item: d.item,
        reason: rule.render_argument(lang, &vars),
        evidence: d.evidence,
        disputes: d.disputes,
    });
}
