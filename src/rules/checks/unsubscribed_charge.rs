use rust_decimal::Decimal;

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
        for (i, l) in m.bill_lines.iter().enumerate() {
            if m.line_service[i].is_some()
                || l.amount <= Decimal::ZERO
                || !rule.filter.item_ok(&l.item)
                || !rule.filter.amount_ok(l.amount)
            {
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
