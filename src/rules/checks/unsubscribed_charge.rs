use super::{emit, line_evidence, Check, Draft};
use crate::rules::{Ctx, Disputed, Finding, Rule};

#[doc = include_str!("unsubscribed_charge.md")]
#[derive(Debug)]
pub struct UnsubscribedCharge;

impl Check for UnsubscribedCharge {
    fn name(&self) -> &'static str {
        "unsubscribed-charge"
    }
    fn doc(&self) -> &'static str {
        include_str!("unsubscribed_charge.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        // Charges only: arrears, balances and amounts due are not services.
        for (i, l) in m
            .charges()
            .filter(|l| l.service.is_none())
            .map(|l| (l.id, l.line))
        {
            if !rule.filter.item_ok(&l.item) || !rule.filter.amount_ok(l.amount) {
                continue;
            }
            let mut d = Draft::new(l.amount);
            d.period = Some(l.period);
            d.item = Some(l.item.clone());
            d.evidence = vec![line_evidence(ctx, i)];
            d.disputes = vec![(Disputed::BillLine(i), l.amount)];
            emit(rule, ctx, d, out);
        }
    }
}
