use super::{emit, total_evidence, tx_evidence, Check, Draft};
use crate::rules::{Ctx, Disputed, Finding, Rule};

#[doc = include_str!("duplicate_payment.md")]
#[derive(Debug)]
pub struct DuplicatePayment;

impl Check for DuplicatePayment {
    fn name(&self) -> &'static str {
        "duplicate-payment"
    }
    fn doc(&self) -> &'static str {
        include_str!("duplicate_payment.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        for &(i, period) in &m.duplicate_payments {
            let t = &m.transactions[i];
            let amount = -t.amount;
            if !rule.filter.amount_ok(amount)
                || !rule
                    .filter
                    .item_ok(&format!("{} {}", t.counterparty, t.description))
            {
                continue;
            }
            let Some(payment) = m.payments.iter().find(|p| p.period == period) else {
                continue;
            };
            let mut d = Draft::new(amount);
            d.period = Some(period);
            d.item = Some(if t.description.is_empty() {
                t.counterparty.clone()
            } else {
                t.description.clone()
            });
            d.evidence = payment
                .debits
                .iter()
                .map(|d| tx_evidence(ctx, *d))
                .collect();
            d.evidence.push(tx_evidence(ctx, i));
            if let Some(b) = m.bills.get(&period) {
                d.evidence
                    .extend(b.stated.iter().map(|s| total_evidence(ctx, *s)));
            }
            // The same key as unexplained-deduction, so the debit counts once in the total.
            d.disputes = vec![(Disputed::Transaction(i), amount)];
            let first = &m.transactions[payment.debits[0]];
            d.vars.push(("date", ctx.lang.date(t.date.date())));
            d.vars.push(("payee", t.counterparty.clone()));
            d.vars
                .push(("first_date", ctx.lang.date(first.date.date())));
            d.vars.push(("first_payee", first.counterparty.clone()));
            d.vars.push(("billed", ctx.lang.money(payment.billed, cur)));
            emit(rule, ctx, d, out);
        }
    }
}
