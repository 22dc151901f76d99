use super::{emit, line_evidence, Check, Draft};
use crate::rules::{Ctx, Disputed, Finding, Rule};

#[doc = include_str!("item_match.md")]
#[derive(Debug)]
pub struct ItemMatch;

impl Check for ItemMatch {
    fn name(&self) -> &'static str {
        "item-match"
    }
    fn doc(&self) -> &'static str {
        include_str!("item_match.md")
    }
    fn needs_item_filter(&self) -> bool {
        true
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        for (i, l, si) in m.charges().map(|l| (l.id, l.line, l.service)) {
            let kind = si.map(|s| ctx.config.services[s].kind);
            if !rule.filter.item_ok(&l.item)
                || !rule.filter.amount_ok(l.amount)
                || !rule.filter.kind_ok(kind)
            {
                continue;
            }
            let mut d = Draft::new(l.amount);
            d.period = Some(l.period);
            d.service = si.map(|s| ctx.config.services[s].id.as_str());
            d.item = Some(l.item.clone());
            d.evidence = vec![line_evidence(ctx, i)];
            d.disputes = vec![(Disputed::BillLine(i), l.amount)];
            emit(rule, ctx, d, out);
        }
    }
}
