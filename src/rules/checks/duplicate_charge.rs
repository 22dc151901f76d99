use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{emit, line_evidence, Check, Draft};
use crate::model::normalize_number;
use crate::rules::{Ctx, Disputed, Finding, Rule};

#[doc = include_str!("duplicate_charge.md")]
#[derive(Debug)]
pub struct DuplicateCharge;

impl Check for DuplicateCharge {
    fn name(&self) -> &'static str {
        "duplicate-charge"
    }
    fn doc(&self) -> &'static str {
        include_str!("duplicate_charge.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let mut groups: BTreeMap<_, Vec<usize>> = BTreeMap::new();
        for (i, l) in m.charges().map(|l| (l.id, l.line)) {
            if !rule.filter.item_ok(&l.item) {
                continue;
            }
            // Borrowed texts (the same order as owned ones): no copies of them for every line.
            let key = (
                &*l.source.file,
                l.period,
                l.number
                    .as_deref()
                    .map(normalize_number)
                    .unwrap_or_default(),
                l.item.trim(),
                l.amount,
            );
            groups.entry(key).or_default().push(i);
        }
        for ((_, period, _, item, amount), lines) in groups {
            if lines.len() < 2 {
                continue;
            }
            let extra = Decimal::from(lines.len() - 1) * amount;
            if !rule.filter.amount_ok(extra) {
                continue;
            }
            let si = m.service_of(lines[0]);
            let service = si.map(|s| ctx.config.services[s].id.as_str());
            if !rule.filter.kind_ok(si.map(|s| ctx.config.services[s].kind)) {
                continue;
            }
            let mut d = Draft::new(extra);
            d.period = Some(period);
            d.service = service;
            d.item = Some(item.to_string());
            d.evidence = lines.iter().map(|i| line_evidence(ctx, *i)).collect();
            d.disputes = lines[1..]
                .iter()
                .map(|i| (Disputed::BillLine(*i), amount))
                .collect();
            d.vars.push(("count", lines.len().to_string()));
            emit(rule, ctx, d, out);
        }
    }
}
