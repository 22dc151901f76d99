//! Usage rows that could not be read: a month with no readable usage record of a service
//! is no evidence that the service was unused when a usage file holds rows of that month
//! (or rows of unknown date) that could not be read. Such a month is taken out of the
//! coverage, and each is reported.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use super::collection::{UsageAgg, UsageSource};
use super::coverage::CoverageMap;
use crate::config::Config;
use crate::import::FileReport;
use crate::model::{DateRange, Period, RecordKind};

/// A service's month whose usage evidence lacks rows that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnreadMonth {
    pub service: String,
    pub period: Period,
    pub file: Arc<str>,
    /// The rows that could not be read: of that month (`dated`), or of unknown date.
    pub rows: u64,
    pub dated: bool,
}

/// Take out of `coverage` every month of a service with no readable usage record in which
/// a usage file has rows that could not be read; return those months.
pub(crate) fn withdraw_unread(
    coverage: &mut CoverageMap,
    config: &Config,
    reports: &[FileReport],
    sources: &[UsageSource],
    usage: &BTreeMap<(String, Period), UsageAgg>,
) -> Vec<UnreadMonth> {
    let mut out = Vec::new();
    for r in reports.iter().filter(|r| r.kind == Some(RecordKind::Usage)) {
        let undated = r.unread_undated();
        if r.unread_usage.is_empty() && undated == 0 {
            continue;
        }
        let range = r.coverage.or_else(|| {
            let s = sources.iter().find(|s| s.file == r.file)?;
            Some(DateRange {
                from: s.first,
                to: s.last,
            })
        });
        for s in &config.services {
            let tracked =
                r.usage_kinds.is_empty() || r.usage_kinds.iter().any(|k| s.kind.tracks(*k));
            let Some(cov) = coverage.get_mut(&s.id).filter(|_| tracked) else {
                continue;
            };
            let unused = |p: &Period| {
                usage
                    .get(&(s.id.clone(), *p))
                    .is_none_or(|u| u.records == 0)
            };
            let doubted: Vec<(Period, u64, bool)> = cov
                .keys()
                .copied()
                .filter(|p| unused(p))
                .filter_map(|p| match r.unread_usage.get(&p) {
                    Some(n) => Some((p, *n, true)),
                    None if undated > 0 && range.is_none_or(|rg| overlaps(rg, p)) => {
                        Some((p, undated, false))
                    }
                    None => None,
                })
                .collect();
            for (period, rows, dated) in doubted {
                cov.remove(&period);
                out.push(UnreadMonth {
                    service: s.id.clone(),
                    period,
                    file: r.file.clone(),
                    rows,
                    dated,
                });
            }
        }
    }
    out
}

/// Whether any day of `period` lies in the range.
fn overlaps(range: DateRange, period: Period) -> bool {
    range.from <= period.last_day() && range.to >= period.first_day()
}

/// The audit's notes on the months taken out: per file and service, the months and the
/// rows that could not be read.
pub fn notes(months: &[UnreadMonth]) -> Vec<crate::i18n::Msg> {
    let mut groups: BTreeMap<(&str, &str, bool), (Vec<Period>, u64)> = BTreeMap::new();
    for m in months {
        let g = groups
            .entry((&*m.file, m.service.as_str(), m.dated))
            .or_default();
        g.0.push(m.period);
        // Undated rows are the same rows for every month: counted once.
        g.1 = if m.dated { g.1 + m.rows } else { m.rows };
    }
    groups
        .into_iter()
        .map(|((file, service, dated), (periods, rows))| {
            let months = months_msg(&periods);
            if dated {
                crate::msg!(
                    "unread-usage-dated",
                    file = file,
                    rows = rows,
                    months = months,
                    service = service
                )
            } else {
                crate::msg!(
                    "unread-usage-undated",
                    file = file,
                    rows = rows,
                    months = months,
                    service = service
                )
            }
        })
        .collect()
}

/// The months as a message: `July 2025`, `June 2025, July 2025` (in the report language).
fn months_msg(periods: &[Period]) -> crate::i18n::Msg {
    let month = |p: &Period| crate::msg!("month-year", year = p.year, month = p.month);
    let mut it = periods.iter();
    let first = it
        .next()
        .map(month)
        .unwrap_or_else(|| crate::msg!("month-year", year = 0, month = 1));
    it.fold(first, |list, p| {
        crate::msg!("list-join", first = list, rest = month(p))
    })
}
