use rust_decimal::{Decimal, RoundingStrategy};
use serde::Deserialize;

use super::{emit, line_evidence, validate_as, Check, Draft};
use crate::model::Period;
use crate::rules::{Ctx, Disputed, Evidence, Finding, Rule};

#[doc = include_str!("charge_during_suspension.md")]
#[derive(Debug)]
pub struct ChargeDuringSuspension;

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Params {
    /// Flag a partly suspended period for the suspended days' share of the charge.
    pro_rata: bool,
}

impl Default for Params {
    fn default() -> Self {
        Params { pro_rata: true }
    }
}

/// Days of `period` inside any of the closed ranges (overlaps counted once).
pub(super) fn suspended_days(
    period: Period,
    ranges: &[(chrono::NaiveDate, chrono::NaiveDate)],
) -> u32 {
    let mut day = period.first_day();
    let last = period.last_day();
    let mut n = 0;
    while day <= last {
        if ranges.iter().any(|(a, b)| *a <= day && day <= *b) {
            n += 1;
        }
        match day.succ_opt() {
            Some(d) => day = d,
            None => break,
        }
    }
    n
}

impl Check for ChargeDuringSuspension {
    fn name(&self) -> &'static str {
        "charge-during-suspension"
    }
    fn doc(&self) -> &'static str {
        include_str!("charge_during_suspension.md")
    }
    fn validate(&self, params: &toml::Table) -> Result<(), String> {
        validate_as::<Params>(params)
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let p: Params = rule.params();
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        for (si, s) in ctx.config.services.iter().enumerate() {
            if s.suspended.is_empty() || !rule.filter.kind_ok(Some(s.kind)) {
                continue;
            }
            for (i, l) in m.charges_of(si).map(|l| (l.id, l.line)) {
                if !rule.filter.item_ok(&l.item) {
                    continue;
                }
                let days = l.period.days();
                let off = suspended_days(l.period, &s.suspended);
                if off == 0 || (off < days && !p.pro_rata) {
                    continue;
                }
                let amount = if off == days {
                    l.amount
                } else {
                    (l.amount * Decimal::from(off) / Decimal::from(days))
                        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
                };
                if amount <= Decimal::ZERO || !rule.filter.amount_ok(amount) {
                    continue;
                }
                let ranges: Vec<String> = s
                    .suspended
                    .iter()
                    .filter(|(a, b)| *a <= l.period.last_day() && *b >= l.period.first_day())
                    .map(|(a, b)| format!("{a} – {b}"))
                    .collect();
                let mut d = Draft::new(amount);
                d.period = Some(l.period);
                d.service = Some(&s.id);
                d.item = Some(l.item.clone());
                d.evidence = vec![
                    line_evidence(ctx, i),
                    Evidence {
                        file: "billaudit.toml".into(),
                        page: None,
                        row: None,
                        kind: "config",
                        note: Some(crate::tr!(
                            ctx.lang,
                            "ev-note-suspended",
                            service = &s.id,
                            ranges = ranges.join(", ")
                        )),
                    },
                ];
                d.disputes = vec![(Disputed::BillLine(i), amount)];
                d.vars.push(("suspended", ranges.join(", ")));
                d.vars.push(("billed", ctx.lang.money(l.amount, cur)));
                let share = if off == days {
                    crate::tr!(ctx.lang, "check-whole-month")
                } else {
                    crate::tr!(
                        ctx.lang,
                        "check-share-suspended",
                        off = off.to_string(),
                        days = days.to_string()
                    )
                };
                d.vars.push(("share", share));
                emit(rule, ctx, d, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn counts_suspended_days_once() {
        let p = Period::new(2025, 3).unwrap();
        assert_eq!(suspended_days(p, &[(d("2025-03-01"), d("2025-05-31"))]), 31);
        assert_eq!(
            suspended_days(
                p,
                &[
                    (d("2025-03-10"), d("2025-03-19")),
                    (d("2025-03-15"), d("2025-03-24"))
                ]
            ),
            15
        );
        assert_eq!(suspended_days(p, &[(d("2025-04-01"), d("2025-04-30"))]), 0);
        assert_eq!(
            suspended_days(
                Period::new(2024, 2).unwrap(),
                &[(d("2024-01-20"), d("2024-12-31"))]
            ),
            29
        );
    }
}

#[cfg(test)]
mod rule_tests {

    use crate::rules::checks::testkit::{brief, findings, matched, ACCOUNT};

    #[test]
    fn the_keeping_fee_is_owed_and_pro_rata_can_be_switched_off() {
        let cfg = format!(
            "{ACCOUNT}[[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\", \"保号\"]\nsuspended = [[\"2025-03-01\", \"2025-04-10\"]]\n"
        );
        let lines = [
            ("2025-03", "套餐月费", "58.00"),
            ("2025-03", "停机保号费", "5.00"),
            ("2025-04", "套餐月费", "60.00"),
            ("2025-05", "套餐月费", "58.00"),
        ];
        let (c, m) = matched(&cfg, &lines, &[]);
        let (f, total) = findings("charge-during-suspension", None, &c, &m);
        assert_eq!(
            brief(&f),
            vec![
                ("2025-03".into(), "58.00".into()),
                ("2025-04".into(), "20.00".into())
            ]
        );
        assert_eq!(total, "78.00");
        let (f, _) = findings("charge-during-suspension", Some("pro_rata = false"), &c, &m);
        assert_eq!(brief(&f), vec![("2025-03".into(), "58.00".into())]);
    }
}
