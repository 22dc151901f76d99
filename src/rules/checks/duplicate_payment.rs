use super::{emit, total_evidence, tx_evidence, Check, Draft};
use crate::rules::{Ctx, Disputed, Finding, Rule};

#[doc = include_str!("duplicate_payment.md")]
#[derive(Debug)]
pub struct DuplicatePayment;

impl Check for DuplicatePayment {
    fn name(&self) -> &'static str {
        "duplicate-payment"
    }
    fn doc(&self) -> &'static str {
        include_str!("duplicate_payment.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        for (claim, period, of) in m.duplicates() {
            let i = claim.debit;
            let t = &m.transactions[i];
            if !rule.filter.amount_ok(claim.amount)
                || !rule
                    .filter
                    .item_ok(&format!("{} {}", t.counterparty, t.description))
            {
                continue;
            }
            let Some(bill) = m.bills.get(&period) else {
                continue;
            };
            let first = &m.transactions[of];
            let mut d = Draft::new(claim.amount);
            d.period = Some(period);
            d.item = Some(t.shown_item(ctx.lang));
            // Both debits: the one that paid the bill and the one that paid it again.
            d.evidence = vec![tx_evidence(ctx, of), tx_evidence(ctx, i)];
            d.evidence
                .extend(claim.refunds.iter().map(|c| tx_evidence(ctx, *c)));
            d.evidence
                .extend(bill.stated.iter().map(|s| total_evidence(ctx, *s)));
            d.disputes = vec![(Disputed::Transaction(i), claim.amount)];
            d.vars.push(("date", ctx.lang.date(t.date.date())));
            d.vars.push(("payee", t.shown_payee(ctx.lang)));
            d.vars
                .push(("first_date", ctx.lang.date(first.date.date())));
            d.vars.push(("first_payee", first.shown_payee(ctx.lang)));
            d.vars.push(("billed", ctx.lang.money(bill.amount, cur)));
            emit(rule, ctx, d, out);
        }
    }
}

#[cfg(test)]
mod tests {

    use crate::rules::checks::testkit::{brief, findings, matched, ACCOUNT};

    const LINES: &[(&str, &str, &str)] = &[
        ("2025-01", "套餐月费", "58.00"),
        ("2025-02", "套餐月费", "63.00"),
    ];

    #[test]
    fn a_second_exact_payment_is_flagged_once_in_the_total() {
        let txs = [
            ("bank.csv", "2025-02-05", "-58.00", "中国移动"),
            ("bank.csv", "2025-03-05", "-63.00", "中国移动"),
            ("bank.csv", "2025-03-20", "-63.00", "中国移动"),
        ];
        let (c, m) = matched(ACCOUNT, LINES, &txs);
        assert_eq!(m.duplicates().count(), 1);
        let (f, _) = findings("duplicate-payment", None, &c, &m);
        assert_eq!(brief(&f), vec![("2025-02".into(), "63.00".into())]);
        // Both debits are named; the second is never also an unexplained deduction.
        let rows: Vec<u64> = f[0].evidence.iter().filter_map(|e| e.row).collect();
        assert_eq!(rows, vec![3, 4]);
        assert!(findings("unexplained-deduction", None, &c, &m).0.is_empty());
    }

    #[test]
    fn not_when_refunded_or_when_the_bill_was_not_paid_exactly() {
        // Refunded by the carrier: not a loss.
        let txs = [
            ("bank.csv", "2025-02-05", "-58.00", "中国移动"),
            ("bank.csv", "2025-03-05", "-63.00", "中国移动"),
            ("bank.csv", "2025-03-20", "-63.00", "中国移动"),
            ("bank.csv", "2025-03-25", "63.00", "中国移动"),
        ];
        let (_, m) = matched(ACCOUNT, LINES, &txs);
        assert_eq!(m.duplicates().count(), 0);
        assert!(m.claims.is_empty());
        // A bill paid with a different amount is not "paid" twice by a later debit.
        let txs = [
            ("bank.csv", "2025-02-05", "-50.00", "中国移动"),
            ("bank.csv", "2025-02-20", "-58.00", "中国移动"),
        ];
        let (_, m) = matched(ACCOUNT, &LINES[..1], &txs);
        assert_eq!(m.duplicates().count(), 0, "{:?}", m.payments);
    }
}
