use std::collections::BTreeMap;

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
            for (i, l) in m
                .lines()
                .filter(|l| l.service == Some(si))
                .map(|l| (l.id, l.line))
            {
                if !rule.filter.item_ok(&l.item) {
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
            let Some(first) = discounts
                .values()
                .filter_map(|seen| seen.keys().next().copied())
                .min()
            else {
                continue;
            };
            let sum =
                |ls: &[usize]| -> Decimal { ls.iter().map(|i| m.bill_lines[*i].amount).sum() };
            for (&period, lines) in charges.range(first.next()..) {
                if period > last || period < Period::of(start) {
                    continue;
                }
                // Discounts given before this period and missing from it, each as last given.
                let mut lost = Decimal::ZERO;
                let mut items = Vec::new();
                let mut given_lines = Vec::new();
                let mut given_in = first;
                let mut lost_since = last;
                for ((_, item), seen) in &discounts {
                    if seen.contains_key(&period) {
                        continue;
                    }
                    let Some((&g, given)) = seen.range(..period).next_back() else {
                        continue;
                    };
                    lost -= sum(given);
                    items.push(item.clone());
                    given_lines.extend(given.iter().copied());
                    given_in = given_in.max(g);
                    lost_since = lost_since.min(g);
                }
                // A discount that first appeared after a lost one was last given replaces it.
                let replaced: Decimal = discounts
                    .values()
                    .filter(|seen| seen.keys().next().is_some_and(|f| *f > lost_since))
                    .filter_map(|seen| seen.get(&period))
                    .map(|now| -sum(now))
                    .sum();
                let amount = (lost - replaced).min(sum(lines));
                if items.is_empty() || amount <= Decimal::ZERO || !rule.filter.amount_ok(amount) {
                    continue;
                }
                let mut d = Draft::new(amount);
                d.period = Some(period);
                d.service = Some(&s.id);
                d.item = Some(items.join(" + "));
                d.evidence = given_lines
                    .iter()
                    .chain(lines)
                    .map(|i| line_evidence(ctx, *i))
                    .collect();
                d.evidence.push(Evidence {
                    file: "billaudit.toml".into(),
                    page: None,
                    row: None,
                    kind: "config",
                    note: Some(crate::tr!(
                        ctx.lang,
                        "ev-note-term",
                        service = &s.id,
                        from = start.to_string(),
                        to = term_end.to_string()
                    )),
                });
                d.disputes = allocate(lines, |i| m.bill_lines[i].amount, amount);
                d.vars.push(("given_in", given_in.to_string()));
                d.vars.push(("term_end", ctx.lang.date(term_end)));
                d.vars.push(("discount", ctx.lang.money(lost, cur)));
                emit(rule, ctx, d, out);
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
    #[test]
    fn two_lost_discounts_add_up_and_a_replacement_offsets_them() {
        let cfg = format!(
            "{ACCOUNT}[[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\", \"优惠\", \"减免\"]\nstart = \"2025-01-01\"\nterm_months = 12\n"
        );
        let lines = [
            ("2025-01", "套餐月费", "128.00"),
            ("2025-01", "合约优惠", "-30.00"),
            ("2025-01", "宽带融合减免", "-40.00"),
            ("2025-02", "套餐月费", "128.00"),
            ("2025-03", "套餐月费", "128.00"),
            ("2025-03", "新合约优惠", "-50.00"),
            ("2025-04", "套餐月费", "128.00"),
            ("2025-04", "新合约优惠", "-50.00"),
        ];
        let (c, m) = matched(&cfg, &lines, &[]);
        let (f, total) = findings("promo-expired", None, &c, &m);
        // February loses both (70.00); from March 50.00 of it comes back under a new name.
        assert_eq!(
            brief(&f),
            vec![
                ("2025-02".into(), "70.00".into()),
                ("2025-03".into(), "20.00".into()),
                ("2025-04".into(), "20.00".into())
            ]
        );
        assert_eq!(total, "110.00");
    }
}
