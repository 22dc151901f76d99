use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::price_change::item_key;
use super::{emit, line_evidence, Check, Draft};
use crate::model::Period;
use crate::rules::{Ctx, Finding, Rule};

#[doc = include_str!("new_charge.md")]
#[derive(Debug)]
pub struct NewCharge;

impl Check for NewCharge {
    fn name(&self) -> &'static str {
        "new-charge"
    }
    fn doc(&self) -> &'static str {
        include_str!("new_charge.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let Some((first, _)) = m.bill_period_range() else {
            return;
        };
        // The first period each (number, item) appears in, with its lines there.
        let mut first_seen: BTreeMap<(String, String), (Period, Vec<usize>)> = BTreeMap::new();
        for (i, l) in m.bill_lines.iter().enumerate() {
            if l.amount <= Decimal::ZERO {
                continue;
            }
            let e = first_seen
                .entry(item_key(&l.item, l.number.as_deref()))
                .or_insert((l.period, Vec::new()));
            if l.period < e.0 {
                *e = (l.period, Vec::new());
            }
            if l.period == e.0 {
                e.1.push(i);
            }
        }
        let mut found: Vec<(Period, Vec<usize>)> = first_seen
            .into_values()
            .filter(|(p, _)| *p > first)
            .collect();
        found.sort();
        for (period, lines) in found {
            let l0 = &m.bill_lines[lines[0]];
            // Items of no subscribed service are unsubscribed-charge's.
            let Some(si) = m.line_service[lines[0]] else {
                continue;
            };
            let s = &ctx.config.services[si];
            let amount: Decimal = lines.iter().map(|i| m.bill_lines[*i].amount).sum();
            if !rule.filter.item_ok(&l0.item)
                || !rule.filter.kind_ok(Some(s.kind))
                || !rule.filter.amount_ok(amount)
            {
                continue;
            }
            let mut d = Draft::new(amount);
            d.period = Some(period);
            d.service = Some(&s.id);
            d.item = Some(l0.item.trim().to_string());
            d.evidence = lines.iter().map(|i| line_evidence(ctx, *i)).collect();
            d.vars.push(("first", first.to_string()));
            emit(rule, ctx, d, out);
        }
    }
}
