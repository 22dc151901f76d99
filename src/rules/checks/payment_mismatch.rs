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
        for o in m.overpaid() {
            let p = o.payment;
            let excess = o.claim;
            if !rule.filter.amount_ok(excess) {
                continue;
            }
            let Some(bill) = m.bills.get(&p.period) else {
                continue;
            };
            let mut d = Draft::new(excess);
            d.period = Some(p.period);
            d.evidence = p.debits.iter().map(|i| tx_evidence(ctx, *i)).collect();
            d.evidence
                .extend(o.refunds.iter().map(|i| tx_evidence(ctx, *i)));
            if bill.stated.is_empty() {
                d.evidence
                    .extend(bill.lines.iter().map(|i| line_evidence(ctx, *i)));
            } else {
                d.evidence
                    .extend(bill.stated.iter().map(|i| total_evidence(ctx, *i)));
            }
            // One debit: the claim is on that debit (so it is never claimed twice).
            let key = match p.debits.as_slice() {
                [one] => Disputed::Transaction(*one),
                _ => Disputed::Payment(p.period),
            };
            d.disputes = vec![(key, excess)];
            d.vars.push(("paid", ctx.lang.money(p.paid, cur)));
            d.vars.push(("billed", ctx.lang.money(p.billed, cur)));
            emit(rule, ctx, d, out);
        }
    }
}
