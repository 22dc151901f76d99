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
        for &(i, period) in &m.duplicate_payments {
            let t = &m.transactions[i];
            let amount = -t.amount;
            if !rule.filter.amount_ok(amount)
                || !rule
                    .filter
                    .item_ok(&format!("{} {}", t.counterparty, t.description))
            {
                continue;
            }
            let Some(payment) = m.payments.iter().find(|p| p.period == period) else {
                continue;
            };
            let mut d = Draft::new(amount);
            d.period = Some(period);
            d.item = Some(if t.description.is_empty() {
                t.counterparty.clone()
            } else {
                t.description.clone()
            });
            d.evidence = payment
                .debits
                .iter()
                .map(|d| tx_evidence(ctx, *d))
                .collect();
            d.evidence.push(tx_evidence(ctx, i));
            if let Some(b) = m.bills.get(&period) {
                d.evidence
                    .extend(b.stated.iter().map(|s| total_evidence(ctx, *s)));
            }
            // The same key as unexplained-deduction, so the debit counts once in the total.
            d.disputes = vec![(Disputed::Transaction(i), amount)];
            let Some(first) = payment.debits.first().map(|i| &m.transactions[*i]) else {
                continue;
            };
            d.vars.push(("date", ctx.lang.date(t.date.date())));
            d.vars.push(("payee", t.counterparty.clone()));
            d.vars
                .push(("first_date", ctx.lang.date(first.date.date())));
            d.vars.push(("first_payee", first.counterparty.clone()));
            d.vars.push(("billed", ctx.lang.money(payment.billed, cur)));
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
        assert_eq!(m.duplicate_payments.len(), 1);
        let (f, _) = findings("duplicate-payment", None, &c, &m);
        assert_eq!(brief(&f), vec![("2025-02".into(), "63.00".into())]);
        // Both rules dispute the same transaction: counted once.
        let mut all = f;
        all.extend(findings("unexplained-deduction", None, &c, &m).0);
        assert_eq!(all.len(), 2);
        assert_eq!(crate::rules::disputed_total(&all).to_string(), "63.00");
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
        assert!(m.duplicate_payments.is_empty());
        // A bill paid with a different amount (pass 3) is not "paid" twice by a later debit.
        let txs = [
            ("bank.csv", "2025-02-05", "-50.00", "中国移动"),
            ("bank.csv", "2025-02-20", "-58.00", "中国移动"),
        ];
        let (_, m) = matched(ACCOUNT, &LINES[..1], &txs);
        assert!(m.duplicate_payments.is_empty(), "{:?}", m.payments);
    }
}
