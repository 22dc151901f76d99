use super::{emit, tx_evidence, Check, Draft};
use crate::model::Period;
use crate::rules::{Ctx, Disputed, Finding, Rule};

#[doc = include_str!("unexplained_deduction.md")]
#[derive(Debug)]
pub struct UnexplainedDeduction;

impl Check for UnexplainedDeduction {
    fn name(&self) -> &'static str {
        "unexplained-deduction"
    }
    fn doc(&self) -> &'static str {
        include_str!("unexplained_deduction.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        for claim in m.unexplained() {
            let i = claim.debit;
            let t = &m.transactions[i];
            let amount = claim.amount;
            if !rule.filter.amount_ok(amount)
                || !rule
                    .filter
                    .item_ok(&format!("{} {}", t.counterparty, t.description))
            {
                continue;
            }
            let mut d = Draft::new(amount);
            d.period = Some(Period::of(t.date.date()));
            d.item = Some(t.shown_item(ctx.lang));
            d.evidence = vec![tx_evidence(ctx, i)];
            // Partial refunds that followed it (the claim is what they left).
            d.evidence
                .extend(claim.refunds.iter().map(|c| tx_evidence(ctx, *c)));
            d.disputes = vec![(Disputed::Transaction(i), amount)];
            d.vars.push(("date", ctx.lang.date(t.date.date())));
            d.vars.push(("payee", t.counterparty.clone()));
            emit(rule, ctx, d, out);
        }
    }
}
