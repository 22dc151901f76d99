use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{emit, tx_evidence, validate_as, Check, Draft};
use crate::model::Period;
use crate::rules::{Ctx, Finding, Rule};

#[doc = include_str!("recurring_unknown.md")]
#[derive(Debug)]
pub struct RecurringUnknown;

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Params {
    /// How many different months the same amount must be debited in.
    min_months: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params { min_months: 3 }
    }
}

/// A valid service id for the suggestion, from the amount (`unknown-30`).
fn suggest_id(amount: Decimal) -> String {
    format!(
        "unknown-{}",
        amount.normalize().to_string().replace('.', "-")
    )
}

impl Check for RecurringUnknown {
    fn name(&self) -> &'static str {
        "recurring-unknown"
    }
    fn doc(&self) -> &'static str {
        include_str!("recurring_unknown.md")
    }
    fn validate(&self, params: &toml::Table) -> Result<(), String> {
        validate_as::<Params>(params)
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let p: Params = rule.params();
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        let refunded: BTreeSet<usize> = m.refunded.iter().map(|(d, _)| *d).collect();
        let duplicates: BTreeSet<usize> = m.duplicates().map(|(c, _, _)| c.debit).collect();
        // Debits no bill explains (inside or outside the checked window), by payee and amount.
        let mut groups: BTreeMap<(String, Decimal), Vec<usize>> = BTreeMap::new();
        for &i in m.unpaired_debits.iter().chain(&m.unchecked_debits) {
            if refunded.contains(&i) || duplicates.contains(&i) {
                continue;
            }
            let t = &m.transactions[i];
            let amount = -t.amount;
            // An amount that is a configured service's fee belongs to that service.
            if ctx
                .config
                .services
                .iter()
                .any(|s| s.monthly_fee == Some(amount))
            {
                continue;
            }
            if !rule
                .filter
                .item_ok(&format!("{} {}", t.counterparty, t.description))
            {
                continue;
            }
            groups
                .entry((t.counterparty.trim().to_string(), amount))
                .or_default()
                .push(i);
        }
        for ((payee, amount), mut debits) in groups {
            debits.sort_by_key(|i| (m.transactions[*i].date, *i));
            let months: BTreeSet<Period> = debits
                .iter()
                .map(|i| Period::of(m.transactions[*i].date.date()))
                .collect();
            if months.len() < p.min_months.max(2) {
                continue;
            }
            let total = amount * Decimal::from(debits.len());
            if !rule.filter.amount_ok(amount) {
                continue;
            }
            let (Some(&d0), Some(&dn)) = (debits.first(), debits.last()) else {
                continue;
            };
            let first = m.transactions[d0].date.date();
            let last = m.transactions[dn].date.date();
            let payee_shown = if payee.is_empty() {
                m.transactions[d0].shown_description(ctx.lang)
            } else {
                payee.clone()
            };
            let suggestion = format!(
                "[[service]] id = \"{}\" name = \"{}\" kind = \"other\" monthly_fee = \"{}\" start = \"{}\"",
                suggest_id(amount),
                payee_shown.replace('"', "'"),
                amount,
                Period::of(first).first_day()
            );
            let mut d = Draft::new(total);
            d.period = Some(Period::of(first));
            d.item = Some(payee_shown.clone());
            d.evidence = debits.iter().map(|i| tx_evidence(ctx, *i)).collect();
            // Not disputed: a recurring debit may well be a service you forgot to list;
            // inside the checked window each debit is an unexplained-deduction anyway.
            d.vars.push(("payee", payee_shown));
            d.vars.push(("each", ctx.lang.money(amount, cur)));
            d.vars.push(("count", debits.len().to_string()));
            d.vars.push(("months", months.len().to_string()));
            d.vars.push(("first", ctx.lang.date(first)));
            d.vars.push(("last", ctx.lang.date(last)));
            d.vars.push(("suggestion", suggestion));
            emit(rule, ctx, d, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn suggested_ids_are_valid_service_ids() {
        for (a, want) in [(dec!(30.00), "unknown-30"), (dec!(9.90), "unknown-9-9")] {
            let id = suggest_id(a);
            assert_eq!(id, want);
            assert!(id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        }
    }
}

#[cfg(test)]
mod rule_tests {

    use crate::rules::checks::testkit::{brief, findings, matched, ACCOUNT};

    #[test]
    fn three_months_of_the_same_unexplained_debit() {
        let cfg = format!("{ACCOUNT}[[service]]\nid = \"bb\"\nkind = \"broadband\"\nmatch = [\"宽带\"]\nmonthly_fee = \"100.00\"\n");
        let lines = [("2025-01", "宽带月租", "100.00")];
        let debit = |d: &'static str, a: &'static str| ("bank.csv", d, a, "中国移动");
        // Two months only: not yet recurring.
        let (c, m) = matched(
            &cfg,
            &lines,
            &[debit("2025-01-08", "-30.00"), debit("2025-02-08", "-30.00")],
        );
        assert!(findings("recurring-unknown", None, &c, &m).0.is_empty());
        // Three months, twice in one of them: 4 debits in 3 months.
        let txs = [
            debit("2025-01-08", "-30.00"),
            debit("2025-02-08", "-30.00"),
            debit("2025-02-18", "-30.00"),
            debit("2025-03-08", "-30.00"),
            // The January bill is paid (else the closest debit would be taken for its payment).
            debit("2025-02-05", "-100.00"),
        ];
        let (c, m) = matched(&cfg, &lines, &txs);
        let (f, total) = findings("recurring-unknown", None, &c, &m);
        assert_eq!(brief(&f), vec![("2025-01".into(), "120.00".into())]);
        assert_eq!(total, "0", "a hint, not a dispute");
        assert!(
            f[0].reason.contains("monthly_fee = \"30.00\""),
            "{}",
            f[0].reason
        );
        // The amount of a configured service's fee belongs to that service (its bills are missing).
        let txs = [
            debit("2025-03-08", "-100.00"),
            debit("2025-04-08", "-100.00"),
            debit("2025-05-08", "-100.00"),
        ];
        let (c, m) = matched(&cfg, &[], &txs);
        assert!(findings("recurring-unknown", None, &c, &m).0.is_empty());
    }
}
