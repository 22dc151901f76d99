use rust_decimal::Decimal;

use super::{emit, line_evidence, total_evidence, Check, Draft};
use crate::matcher::bills::reconciling_sums;
use crate::model::normalize_number;
use crate::rules::{Ctx, Disputed, Finding, Rule};

#[doc = include_str!("bill_total_mismatch.md")]
#[derive(Debug)]
pub struct BillTotalMismatch;

impl Check for BillTotalMismatch {
    fn name(&self) -> &'static str {
        "bill-total-mismatch"
    }
    fn doc(&self) -> &'static str {
        include_str!("bill_total_mismatch.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        for bill in m.bills.values() {
            for &ti in &bill.stated {
                let t = &m.bill_totals[ti];
                // A total names the lines of its own file, and of its number when it has one.
                let lines: Vec<usize> = bill
                    .lines
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let l = &m.bill_lines[i];
                        l.source.file == t.source.file
                            && match &t.number {
                                Some(n) => {
                                    l.number.as_deref().map(normalize_number)
                                        == Some(normalize_number(n))
                                }
                                None => true,
                            }
                    })
                    .collect();
                // Arrears, balances and amounts due are not charges, but a total may
                // include them: any sum the lines can make reconciles it.
                let parts = lines
                    .iter()
                    .filter_map(|i| m.line(*i))
                    .map(|l| (l.kind, l.line.amount));
                let Some(sums) = reconciling_sums(parts) else {
                    continue;
                };
                if sums.contains(&t.amount) {
                    continue;
                }
                let sum = sums[0];
                let Some(diff) = t.amount.checked_sub(sum) else {
                    continue;
                };
                // Disputed: what the total asks for beyond any sum of its lines.
                let most = sums.iter().copied().max().unwrap_or(sum);
                let disputed = t
                    .amount
                    .checked_sub(most)
                    .unwrap_or(Decimal::ZERO)
                    .max(Decimal::ZERO);
                if !rule.filter.amount_ok(diff.abs()) {
                    continue;
                }
                let mut d = Draft::new(disputed);
                d.period = Some(bill.period);
                d.evidence = vec![total_evidence(ctx, ti)];
                d.evidence
                    .extend(lines.iter().map(|i| line_evidence(ctx, *i)));
                if disputed > Decimal::ZERO {
                    d.disputes = vec![(Disputed::BillTotal(bill.period), disputed)];
                }
                d.vars.push(("stated", ctx.lang.money(t.amount, cur)));
                d.vars.push(("sum", ctx.lang.money(sum, cur)));
                d.vars.push(("difference", ctx.lang.money(diff, cur)));
                emit(rule, ctx, d, out);
            }
        }
    }
}
