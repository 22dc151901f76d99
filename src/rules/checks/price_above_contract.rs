use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use super::{emit, line_evidence, Check, Draft};
use crate::matcher::Matched;
use crate::model::{normalize_number, LineKind, Period};
use crate::rules::{Ctx, Disputed, Evidence, Finding, Rule};

#[doc = include_str!("price_above_contract.md")]
#[derive(Debug)]
pub struct PriceAboveContract;

impl Check for PriceAboveContract {
    fn name(&self) -> &'static str {
        "price-above-contract"
    }
    fn doc(&self) -> &'static str {
        include_str!("price_above_contract.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        let copies = ctx.duplicate_copies();
        for (si, s) in ctx.config.services.iter().enumerate() {
            let Some(fee) = s.monthly_fee else { continue };
            if !rule.filter.kind_ok(Some(s.kind)) {
                continue;
            }
            // The service's lines per period, discounts included: a list price with a
            // discount line that nets to the contracted fee is the contracted fee. Usage
            // fees are not part of the fee.
            let mut by_period: BTreeMap<Period, Vec<usize>> = BTreeMap::new();
            for l in m.lines_of(si).filter(|l| l.kind == LineKind::Charge) {
                if rule.filter.item_ok(&l.line.item) && !copies.contains(&l.id) {
                    by_period.entry(l.line.period).or_default().push(l.id);
                }
            }
            for (period, lines) in by_period {
                let net: Decimal = lines.iter().map(|i| m.bill_lines[*i].amount).sum();
                let excess = net - fee;
                if excess <= Decimal::ZERO || !rule.filter.amount_ok(excess) {
                    continue;
                }
                let mut d = Draft::new(excess);
                d.period = Some(period);
                d.service = Some(&s.id);
                d.item = Some(
                    lines
                        .iter()
                        .map(|i| m.bill_lines[*i].item.as_str())
                        .collect::<Vec<_>>()
                        .join(" + "),
                );
                d.evidence = lines.iter().map(|i| line_evidence(ctx, *i)).collect();
                d.evidence.push(Evidence {
                    file: "billaudit.toml".into(),
                    page: None,
                    row: None,
                    kind: "config",
                    note: Some(crate::tr!(
                        ctx.lang,
                        "ev-note-monthly-fee",
                        service = &s.id,
                        fee = fee.to_string()
                    )),
                });
                d.disputes = allocate(&lines, |i| m.bill_lines[i].amount, excess);
                d.vars.push(("billed", ctx.lang.money(net, cur)));
                d.vars.push(("contracted", ctx.lang.money(fee, cur)));
                emit(rule, ctx, d, out);
            }
        }
    }
}

/// Bill lines that `duplicate-charge` flags as extra copies (same file, period, number,
/// item and amount as an earlier positive line): sums of what a service costs leave them
/// out, so that a duplicated line is reported once, by `duplicate-charge`.
pub(in crate::rules) fn duplicate_copies(m: &Matched) -> BTreeSet<usize> {
    let mut seen = BTreeSet::new();
    let mut extra = BTreeSet::new();
    for (i, l) in m.bill_lines.iter().enumerate() {
        if l.amount <= Decimal::ZERO {
            continue;
        }
        // Borrowed texts: no copies of them for every line.
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
        if !seen.insert(key) {
            extra.insert(i);
        }
    }
    extra
}

/// Spread a disputed amount over the positive lines that make up a charge, the latest
/// line first (add-ons usually follow the base fee), so each line is disputed for at
/// most its own amount.
pub(super) fn allocate(
    lines: &[usize],
    amount_of: impl Fn(usize) -> Decimal,
    total: Decimal,
) -> Vec<(Disputed, Decimal)> {
    let mut left = total;
    let mut out = Vec::new();
    for &i in lines.iter().rev() {
        if left <= Decimal::ZERO {
            break;
        }
        let a = amount_of(i);
        if a <= Decimal::ZERO {
            continue;
        }
        let take = a.min(left);
        out.push((Disputed::BillLine(i), take));
        left -= take;
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn allocation_takes_latest_lines_first_and_never_exceeds_a_line() {
        let amounts = [dec!(128), dec!(-70), dec!(30)];
        let got = allocate(&[0, 1, 2], |i| amounts[i], dec!(50));
        assert_eq!(
            got,
            vec![
                (Disputed::BillLine(0), dec!(20)),
                (Disputed::BillLine(2), dec!(30))
            ]
        );
        let got = allocate(&[0, 2], |i| amounts[i], dec!(500));
        let sum: Decimal = got.iter().map(|(_, a)| *a).sum();
        assert_eq!(sum, dec!(158));
    }
}

#[cfg(test)]
mod rule_tests {

    use crate::rules::checks::testkit::{brief, findings, matched, ACCOUNT};

    fn cfg() -> String {
        format!("{ACCOUNT}[[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\", \"优惠\", \"通话费\"]\nmonthly_fee = \"58.00\"\n")
    }

    #[test]
    fn a_list_price_with_its_discount_is_the_contracted_price() {
        let (c, m) = matched(
            &cfg(),
            &[
                ("2025-01", "套餐月费", "128.00"),
                ("2025-01", "合约优惠", "-70.00"),
                ("2025-02", "套餐月费", "58.00"),
                ("2025-02", "国内通话费", "30.00"),
                ("2025-03", "套餐月费", "60.50"),
            ],
            &[],
        );
        let (f, total) = findings("price-above-contract", None, &c, &m);
        // Usage fees are not part of the monthly fee; 2025-03 is 2.50 above.
        assert_eq!(brief(&f), vec![("2025-03".into(), "2.50".into())]);
        assert_eq!(total, "2.50");
    }

    #[test]
    fn taxes_billed_with_the_plan_are_not_part_of_its_price() {
        let cfg = format!(
            "{ACCOUNT}[[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"Unlimited\", \"Taxes\", \"911\"]\nmonthly_fee = \"65.00\"\n"
        );
        let lines = [
            ("2025-01", "Unlimited Welcome", "65.00"),
            ("2025-01", "Taxes and fees", "3.99"),
            ("2025-02", "Unlimited Welcome", "70.00"),
            ("2025-02", "State 911 surcharge", "1.20"),
        ];
        let (c, m) = matched(&cfg, &lines, &[]);
        let (f, total) = findings("price-above-contract", None, &c, &m);
        assert_eq!(brief(&f), vec![("2025-02".into(), "5.00".into())]);
        assert_eq!(total, "5.00");
    }

    #[test]
    fn a_duplicated_line_is_left_to_duplicate_charge() {
        let cfg = format!(
            "{ACCOUNT}[[service]]\nid = \"bb\"\nkind = \"broadband\"\nmatch = [\"宽带\"]\nmonthly_fee = \"99.00\"\n"
        );
        let lines = [
            ("2025-03", "宽带月租费", "99.00"),
            ("2025-04", "宽带月租费", "99.00"),
            ("2025-04", "宽带月租费", "99.00"),
            ("2025-04", "宽带月租费优惠", "-10.00"),
        ];
        let (c, m) = matched(&cfg, &lines, &[]);
        assert!(findings("price-above-contract", None, &c, &m).0.is_empty());
        assert!(findings("price-change", None, &c, &m).0.is_empty());
        assert_eq!(findings("duplicate-charge", None, &c, &m).0.len(), 1);
    }
}
