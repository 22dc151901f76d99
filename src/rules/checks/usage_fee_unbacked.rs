use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::price_above_contract::allocate;
use super::{emit, line_evidence, Check, Draft};
use crate::matcher::Coverage;
use crate::model::{LineKind, Period};
use crate::rules::{Ctx, Evidence, Finding, Rule};

#[doc = include_str!("usage_fee_unbacked.md")]
#[derive(Debug)]
pub struct UsageFeeUnbacked;

impl Check for UsageFeeUnbacked {
    fn name(&self) -> &'static str {
        "usage-fee-unbacked"
    }
    fn doc(&self) -> &'static str {
        include_str!("usage_fee_unbacked.md")
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        let copies = ctx.duplicate_copies();
        for (si, s) in ctx.config.services.iter().enumerate() {
            if !s.kind.has_usage() || !rule.filter.kind_ok(Some(s.kind)) {
                continue;
            }
            // Usage fees are recognised by what they are ([`LineKind::UsageFee`]); a rule
            // that names its own `[filter] item` decides by that instead.
            let mut by_period: BTreeMap<Period, Vec<usize>> = BTreeMap::new();
            for l in m.charges_of(si) {
                let usage_fee = l.kind == LineKind::UsageFee || rule.filter.item.is_some();
                if usage_fee && !copies.contains(&l.id) && rule.filter.item_ok(&l.line.item) {
                    by_period.entry(l.line.period).or_default().push(l.id);
                }
            }
            for (period, lines) in by_period {
                // Without usage records for the whole period, "no fee recorded" proves nothing.
                let Some(cov) = m.covered(&s.id, period) else {
                    continue;
                };
                let billed: Decimal = lines.iter().map(|i| m.bill_lines[*i].amount).sum();
                let usage = m.usage_of(&s.id, period).cloned().unwrap_or_default();
                let excess = billed - usage.fee;
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
                let cov_file = match cov {
                    Coverage::Declared { file } | Coverage::Observed { file } => file.to_string(),
                    Coverage::Configured => "billaudit.toml".to_string(),
                };
                d.evidence.push(Evidence {
                    file: cov_file,
                    page: usage.first.as_ref().and_then(|r| r.page),
                    row: usage.first.as_ref().map(|r| r.row),
                    kind: "usage",
                    note: Some(crate::tr!(
                        ctx.lang,
                        "ev-note-usage-fees",
                        period = period.to_string(),
                        records = usage.records,
                        fees = usage.fee.to_string()
                    )),
                });
                d.disputes = allocate(&lines, |i| m.bill_lines[i].amount, excess);
                d.vars.push(("billed", ctx.lang.money(billed, cur)));
                d.vars.push(("recorded", ctx.lang.money(usage.fee, cur)));
                d.vars.push(("records", usage.records.to_string()));
                emit(rule, ctx, d, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::checks::testkit::{brief, findings, matched_with_usage, ACCOUNT};

    #[test]
    fn billed_usage_fees_above_the_records_in_covered_periods() {
        let cfg = format!(
            "{ACCOUNT}[[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\", \"通话费\", \"通信费\"]\n\n[usage]\ncovers = [\"2025-01\", \"2025-02\"]\n"
        );
        let lines = [
            ("2025-01", "套餐月费", "58.00"),
            ("2025-01", "国内通话费", "3.00"),
            ("2025-02", "套餐月费", "58.00"),
            ("2025-02", "国内通话费", "6.00"),
            ("2025-02", "国内通话费（补收）", "4.00"),
            ("2025-02", "套餐外语音通信费", "2.00"),
            // Not covered by the usage export: nothing can be said.
            ("2025-03", "国内通话费", "50.00"),
        ];
        let calls = [
            ("2025-01-03 10:00:00", "1.00"),
            ("2025-01-09 10:00:00", "2.00"),
            ("2025-02-03 10:00:00", "0.50"),
        ];
        let (c, m) = matched_with_usage(&cfg, &lines, &[], &calls);
        let (f, total) = findings("usage-fee-unbacked", None, &c, &m);
        // February: 12.00 billed, 0.50 recorded; the monthly fee is not a usage fee.
        assert_eq!(brief(&f), vec![("2025-02".into(), "11.50".into())]);
        assert_eq!(total, "11.50");
        // Never more per line than the line itself.
        assert!(f[0]
            .disputes
            .iter()
            .all(|(_, a)| *a <= rust_decimal::Decimal::from(6)));
    }
}
