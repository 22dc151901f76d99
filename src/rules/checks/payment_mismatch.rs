use rust_decimal::Decimal;

use super::{emit, line_evidence, total_evidence, tx_evidence, Check, Draft};
use crate::rules::{Ctx, Disputed, Finding, Rule};

#[doc = include_str!("payment_mismatch.md")]
#[derive(Debug)]
pub struct PaymentMismatch;

impl Check for PaymentMismatch {
    fn name(&self) -> &'static str {
        "payment-mismatch"
    }
    fn doc(&self) -> &'static str {
        include_str!("payment_mismatch.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        for p in &m.payments {
            let excess = p.paid - p.billed;
            if excess <= Decimal::ZERO || !rule.filter.amount_ok(excess) {
                continue;
            }
            let bill = &m.bills[&p.period];
            let mut d = Draft::new(excess);
            d.period = Some(p.period);
            d.evidence = p.debits.iter().map(|i| tx_evidence(ctx, *i)).collect();
            if bill.stated.is_empty() {
                d.evidence
                    .extend(bill.lines.iter().map(|i| line_evidence(ctx, *i)));
            } else {
                d.evidence
                    .extend(bill.stated.iter().map(|i| total_evidence(ctx, *i)));
            }
            d.disputes = vec![(Disputed::Payment(p.period), excess)];
            d.vars.push(("paid", ctx.lang.money(p.paid, cur)));
            d.vars.push(("billed", ctx.lang.money(p.billed, cur)));
            emit(rule, ctx, d, out);
        }
    }
}
