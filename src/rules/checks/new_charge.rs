use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::price_change::ItemKeys;
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
        let mut keys = ItemKeys::default();
        for (i, l) in m.charges().map(|l| (l.id, l.line)) {
            let e = first_seen
                .entry(keys.key(&l.item, l.number.as_deref()))
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
            let Some(&i0) = lines.first() else {
                continue;
            };
            let l0 = &m.bill_lines[i0];
            // Items of no subscribed service are unsubscribed-charge's.
            let Some(si) = m.line(i0).and_then(|l| l.service) else {
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

#[cfg(test)]
mod tests {

    use crate::rules::checks::testkit::{brief, findings, matched, ACCOUNT};

    #[test]
    fn first_appearance_after_the_first_period_of_a_service_item_only() {
        let cfg = format!("{ACCOUNT}[[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\", \"彩铃\", \"保号\"]\n");
        let lines = [
            ("2025-01", "套餐月费", "58.00"),
            ("2025-01", "彩铃 A", "3.00"),
            ("2025-02", "套餐月费", "58.00"),
            ("2025-02", "视频  彩铃", "10.00"),
            ("2025-02", "停机保号费", "5.00"),
            ("2025-02", "神秘服务", "9.00"),
            ("2025-03", "视频 彩铃", "10.00"),
        ];
        let (c, m) = matched(&cfg, &lines, &[]);
        let (f, total) = findings("new-charge", None, &c, &m);
        // 彩铃 A was there from the start, 保号费 is excluded, 神秘服务 is unsubscribed-charge's,
        // and "视频 彩铃" is the same item in March (whitespace ignored).
        assert_eq!(brief(&f), vec![("2025-02".into(), "10.00".into())]);
        assert_eq!(total, "0");
    }
}
