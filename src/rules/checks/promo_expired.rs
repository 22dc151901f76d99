use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use super::price_above_contract::allocate;
use super::price_change::item_key;
use super::{emit, line_evidence, Check, Draft};
use crate::model::Period;
use crate::rules::{Ctx, Evidence, Finding, Rule};

#[doc = include_str!("promo_expired.md")]
#[derive(Debug)]
pub struct PromoExpired;

impl Check for PromoExpired {
    fn name(&self) -> &'static str {
        "promo-expired"
    }
    fn doc(&self) -> &'static str {
        include_str!("promo_expired.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        for (si, s) in ctx.config.services.iter().enumerate() {
            let (Some(start), Some(term_end)) = (s.start, s.term_end()) else {
                continue;
            };
            if !rule.filter.kind_ok(Some(s.kind)) {
                continue;
            }
            let last = match s.cancelled {
                Some(c) => Period::of(c).min(Period::of(term_end)),
                None => Period::of(term_end),
            };
            // Charges and discounts of this service per period.
            let mut charges: BTreeMap<Period, Vec<usize>> = BTreeMap::new();
            let mut discounts: BTreeMap<(String, String), BTreeMap<Period, Vec<usize>>> =
                BTreeMap::new();
            for (i, l) in m.bill_lines.iter().enumerate() {
                if m.line_service[i] != Some(si) || !rule.filter.item_ok(&l.item) {
                    continue;
                }
                if l.amount > Decimal::ZERO {
                    charges.entry(l.period).or_default().push(i);
                } else if l.amount < Decimal::ZERO {
                    discounts
                        .entry(item_key(&l.item, l.number.as_deref()))
                        .or_default()
                        .entry(l.period)
                        .or_default()
                        .push(i);
                }
            }
            let mut flagged: BTreeSet<(Period, String)> = BTreeSet::new();
            for ((_, item), seen) in &discounts {
                let Some((&first, _)) = seen.iter().next() else {
                    continue;
                };
                for (&period, lines) in charges.range(first.next()..) {
                    if period > last || period < Period::of(start) || seen.contains_key(&period) {
                        continue;
                    }
                    // The discount as last given before this period.
                    let Some((&given_in, given)) = seen.range(..period).next_back() else {
                        continue;
                    };
                    let amount: Decimal = -given
                        .iter()
                        .map(|i| m.bill_lines[*i].amount)
                        .sum::<Decimal>();
                    let charged: Decimal = lines.iter().map(|i| m.bill_lines[*i].amount).sum();
                    let amount = amount.min(charged);
                    if amount <= Decimal::ZERO
                        || !rule.filter.amount_ok(amount)
                        || !flagged.insert((period, item.clone()))
                    {
                        continue;
                    }
                    let mut d = Draft::new(amount);
                    d.period = Some(period);
                    d.service = Some(&s.id);
                    d.item = Some(item.clone());
                    d.evidence = given
                        .iter()
                        .chain(lines)
                        .map(|i| line_evidence(ctx, *i))
                        .collect();
                    d.evidence.push(Evidence {
                        file: "billaudit.toml".into(),
                        row: None,
                        kind: "config",
                        note: Some(format!("service {} term {start} to {term_end}", s.id)),
                    });
                    d.disputes = allocate(lines, |i| m.bill_lines[i].amount, amount);
                    d.vars.push(("given_in", given_in.to_string()));
                    d.vars.push(("term_end", ctx.lang.date(term_end)));
                    d.vars.push(("discount", ctx.lang.money(amount, cur)));
                    emit(rule, ctx, d, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {

    use crate::rules::checks::testkit::{brief, findings, matched, ACCOUNT};

    fn lines() -> Vec<(&'static str, &'static str, &'static str)> {
        let mut v = Vec::new();
        for p in [
            "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06",
        ] {
            v.push((p, "套餐月费", "128.00"));
            if p <= "2025-02" {
                v.push((p, "合约优惠", "-70.00"));
            }
        }
        v
    }

    #[test]
    fn only_inside_the_term_and_before_cancellation() {
        let base = format!("{ACCOUNT}[[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\", \"优惠\"]\nstart = \"2025-01-01\"\n");
        // No term: nothing to hold the carrier to.
        let (c, m) = matched(&base, &lines(), &[]);
        assert!(findings("promo-expired", None, &c, &m).0.is_empty());
        // A 4-month term ends in April.
        let (c, m) = matched(&format!("{base}term_months = 4\n"), &lines(), &[]);
        let (f, total) = findings("promo-expired", None, &c, &m);
        assert_eq!(
            brief(&f),
            vec![
                ("2025-03".into(), "70.00".into()),
                ("2025-04".into(), "70.00".into())
            ]
        );
        assert_eq!(total, "140.00");
        // Cancelled in March: April onwards is charge-after-cancellation's.
        let (c, m) = matched(
            &format!("{base}term_months = 24\ncancelled = \"2025-03-10\"\n"),
            &lines(),
            &[],
        );
        assert_eq!(
            brief(&findings("promo-expired", None, &c, &m).0),
            vec![("2025-03".into(), "70.00".into())]
        );
    }
}
