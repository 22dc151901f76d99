use chrono::Datelike;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Deserialize;

use super::{emit, line_evidence, validate_as, Check, Draft};
use crate::model::Period;
use crate::rules::{Ctx, Disputed, Evidence, Finding, Rule};

#[doc = include_str!("charge_after_cancellation.md")]
#[derive(Debug)]
pub struct ChargeAfterCancellation;

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Params {
    /// Charge the month of cancellation only for the days up to and including the cancellation day.
    pro_rata: bool,
}

impl Default for Params {
    fn default() -> Self {
        Params { pro_rata: true }
    }
}

impl Check for ChargeAfterCancellation {
    fn name(&self) -> &'static str {
        "charge-after-cancellation"
    }
    fn doc(&self) -> &'static str {
        include_str!("charge_after_cancellation.md")
    }
    fn validate(&self, params: &toml::Table) -> Result<(), String> {
        validate_as::<Params>(params)
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let p: Params = rule.params();
        let m = ctx.matched;
        for (si, s) in ctx.config.services.iter().enumerate() {
            let Some(cancelled) = s.cancelled else {
                continue;
            };
            if !rule.filter.kind_ok(Some(s.kind)) {
                continue;
            }
            let cp = Period::of(cancelled);
            for (i, l) in m.charges_of(si).map(|l| (l.id, l.line)) {
                if !rule.filter.item_ok(&l.item) {
                    continue;
                }
                let (amount, days_note) = if l.period > cp {
                    (l.amount, None)
                } else if l.period == cp && p.pro_rata {
                    let days = cp.days();
                    let after = days - cancelled.day();
                    if after == 0 {
                        continue;
                    }
                    let share = (l.amount * Decimal::from(after) / Decimal::from(days))
                        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                    (share, Some((after, days)))
                } else {
                    continue;
                };
                if amount <= Decimal::ZERO || !rule.filter.amount_ok(amount) {
                    continue;
                }
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
                            "ev-note-cancelled",
                            service = &s.id,
                            date = cancelled.to_string()
                        )),
                    },
                ];
                d.disputes = vec![(Disputed::BillLine(i), amount)];
                d.vars.push(("cancelled", ctx.lang.date(cancelled)));
                d.vars.push((
                    "billed",
                    ctx.lang.money(l.amount, &ctx.config.account.currency),
                ));
                let share = match days_note {
                    Some((after, days)) => crate::tr!(
                        ctx.lang,
                        "check-share-after-cancellation",
                        after = after.to_string(),
                        days = days.to_string()
                    ),
                    None => crate::tr!(ctx.lang, "check-whole-month"),
                };
                d.vars.push(("share", share));
                emit(rule, ctx, d, out);
            }
        }
    }
}
