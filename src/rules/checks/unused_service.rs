use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{emit, line_evidence, validate_as, Check, Draft};
use crate::i18n::{human_bytes, human_seconds};
use crate::matcher::Coverage;
use crate::rules::{Ctx, Disputed, Evidence, Finding, Rule};

#[doc = include_str!("unused_service.md")]
#[derive(Debug)]
pub struct UnusedService;

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Params {
    max_records: u64,
    max_seconds: u64,
    max_bytes: u64,
}

impl Check for UnusedService {
    fn name(&self) -> &'static str {
        "unused-service"
    }
    fn doc(&self) -> &'static str {
        include_str!("unused_service.md")
    }
    fn validate(&self, params: &toml::Table) -> Result<(), String> {
        validate_as::<Params>(params)
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let p: Params = rule.params();
        let m = ctx.matched;
        let lang = ctx.lang;
        for (si, s) in ctx.config.services.iter().enumerate() {
            if !s.kind.has_usage() || !rule.filter.kind_ok(Some(s.kind)) {
                continue;
            }
            let mut by_period: BTreeMap<_, Vec<usize>> = BTreeMap::new();
            for l in m
                .charges_of(si)
                .filter(|l| rule.filter.item_ok(&l.line.item))
            {
                by_period.entry(l.line.period).or_default().push(l.id);
            }
            for (period, lines) in by_period {
                let Some(cov) = m.covered(&s.id, period) else {
                    continue;
                };
                let usage = m.usage_of(&s.id, period).cloned().unwrap_or_default();
                if usage.records > p.max_records
                    || usage.seconds > p.max_seconds
                    || usage.bytes > p.max_bytes
                {
                    continue;
                }
                let amount: Decimal = lines.iter().map(|i| m.bill_lines[*i].amount).sum();
                if !rule.filter.amount_ok(amount) {
                    continue;
                }
                let mut d = Draft::new(amount);
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
                d.disputes = lines
                    .iter()
                    .map(|i| (Disputed::BillLine(*i), m.bill_lines[*i].amount))
                    .collect();
                let (cov_file, cov_note) = match cov {
                    Coverage::Declared { file } => {
                        (file.to_string(), crate::tr!(lang, "ev-coverage-declared"))
                    }
                    Coverage::Observed { file } => {
                        (file.to_string(), crate::tr!(lang, "ev-coverage-observed"))
                    }
                    Coverage::Configured => (
                        "billaudit.toml".to_string(),
                        crate::tr!(lang, "ev-coverage-configured"),
                    ),
                };
                d.evidence.push(Evidence {
                    file: cov_file,
                    page: usage.first.as_ref().and_then(|r| r.page),
                    row: usage.first.as_ref().map(|r| r.row),
                    kind: "usage",
                    note: Some(crate::tr!(
                        lang,
                        "ev-note-usage",
                        period = period.to_string(),
                        records = usage.records,
                        seconds = usage.seconds,
                        bytes = usage.bytes,
                        coverage = cov_note
                    )),
                });
                let usage_text = crate::tr!(
                    lang,
                    "check-usage-summary",
                    records = usage.records.to_string(),
                    seconds = human_seconds(lang, usage.seconds),
                    bytes = human_bytes(usage.bytes)
                );
                d.vars.push(("usage", usage_text));
                emit(rule, ctx, d, out);
            }
        }
    }
}
