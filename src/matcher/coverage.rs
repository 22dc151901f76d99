//! Coverage: for each service, the billed periods in which a usage export would show its
//! use. An export covers the services whose records it holds, over the range it declares
//! or, without one, the days its records span; a file of the same export (one file per
//! month) covers them too when it holds the kinds of usage they track. `[usage] covers` adds the periods it names
//! for the services in `[usage] services`, or else for those that have a usage export. A
//! service with no usage export is never called unused.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use super::collection::UsageSource;
use crate::config::Config;
use crate::import::FileReport;
use crate::model::{DateRange, Period, RecordKind};

/// How a service's usage coverage of a period is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    /// A usage file that holds the service's records states a range that includes the period.
    Declared { file: Arc<str> },
    /// `[usage] covers` in billaudit.toml.
    Configured,
    /// A usage file that holds the service's records states no range, and its records
    /// span the whole period.
    Observed { file: Arc<str> },
}

/// Coverage per service id and period.
pub type CoverageMap = BTreeMap<String, BTreeMap<Period, Coverage>>;

/// The coverage, the usage files, and the notes for the assumptions.
pub(crate) struct Covered {
    pub coverage: CoverageMap,
    pub usage_files: Vec<Arc<str>>,
    pub notes: Vec<crate::i18n::Msg>,
}

pub(crate) fn coverage(
    config: &Config,
    reports: &[FileReport],
    sources: &[UsageSource],
    billed: &[Period],
) -> Covered {
    let files = usage_files(reports, sources);
    let held = held_series(config, reports, sources);
    let mut coverage = CoverageMap::new();
    let mut notes = Vec::new();
    for file in &files {
        let source = sources.iter().find(|s| s.file == *file);
        let report = reports.iter().find(|r| r.file == *file);
        let Some((range, how)) = range_of(file, report, source, &mut notes) else {
            continue;
        };
        for (si, s) in config.services.iter().enumerate() {
            let holds = source.is_some_and(|src| src.services[si]);
            // A file of an export that holds the service's records elsewhere (one file
            // per month) covers it too, when it holds the kinds of usage it tracks.
            let same_export = report.is_some_and(|r| {
                held[si].contains(&series(r.format.as_deref(), file))
                    && r.usage_kinds.iter().any(|k| s.kind.tracks(*k))
            });
            if !holds && !same_export {
                continue;
            }
            let cov = coverage.entry(s.id.clone()).or_default();
            for p in billed.iter().filter(|p| range.covers(**p)) {
                cov.entry(*p).or_insert_with(|| how.clone());
            }
        }
    }
    configured(config, sources, billed, &mut coverage);
    for s in config.services.iter().filter(|s| s.kind.has_usage()) {
        if coverage.get(&s.id).is_none_or(BTreeMap::is_empty) {
            notes.push(crate::msg!("note-usage-not-checked", service = &s.id));
        }
    }
    Covered {
        coverage,
        usage_files: files,
        notes,
    }
}

/// The usage files: those read as usage, and any other file that gave usage records.
fn usage_files(reports: &[FileReport], sources: &[UsageSource]) -> Vec<Arc<str>> {
    let mut files: Vec<Arc<str>> = reports
        .iter()
        .filter(|r| r.usable() && r.kind == Some(RecordKind::Usage))
        .map(|r| r.file.clone())
        .collect();
    for s in sources {
        if !files.contains(&s.file) {
            files.push(s.file.clone());
        }
    }
    files
}

/// The export a file belongs to: its format, or the file itself when it has none.
fn series(format: Option<&str>, file: &Arc<str>) -> String {
    format.map_or_else(|| format!("file:{file}"), str::to_string)
}

/// Per service: the exports (series) some file of which holds its records.
fn held_series(
    config: &Config,
    reports: &[FileReport],
    sources: &[UsageSource],
) -> Vec<Vec<String>> {
    let mut held = vec![Vec::new(); config.services.len()];
    for src in sources {
        let format = reports
            .iter()
            .find(|r| r.file == src.file)
            .and_then(|r| r.format.as_deref());
        let key = series(format, &src.file);
        for (si, h) in src.services.iter().enumerate() {
            if *h && !held[si].contains(&key) {
                held[si].push(key.clone());
            }
        }
    }
    held
}

/// The range a usage file covers and how it is known: the range it declares, else the
/// days its records span; none for a file that states no range and holds no records.
fn range_of(
    file: &Arc<str>,
    report: Option<&FileReport>,
    source: Option<&UsageSource>,
    notes: &mut Vec<crate::i18n::Msg>,
) -> Option<(DateRange, Coverage)> {
    if let Some(range) = report.and_then(|r| r.coverage) {
        return Some((range, Coverage::Declared { file: file.clone() }));
    }
    let src = source?;
    notes.push(crate::msg!(
        "note-range-from-records",
        file = &**file,
        from = src.first.to_string(),
        to = src.last.to_string()
    ));
    let range = DateRange {
        from: src.first,
        to: src.last,
    };
    Some((range, Coverage::Observed { file: file.clone() }))
}

/// `[usage] covers`: for the services named in `[usage] services`, else for the services
/// that have a usage export.
fn configured(
    config: &Config,
    sources: &[UsageSource],
    billed: &[Period],
    coverage: &mut CoverageMap,
) {
    let Some((a, b)) = config.usage_covers else {
        return;
    };
    for (si, s) in config.services.iter().enumerate() {
        let applies = if config.usage_services.is_empty() {
            s.kind.has_usage() && sources.iter().any(|src| src.services[si])
        } else {
            config.usage_services.contains(&s.id)
        };
        if !applies {
            continue;
        }
        let cov = coverage.entry(s.id.clone()).or_default();
        for p in billed.iter().filter(|p| **p >= a && **p <= b) {
            cov.insert(*p, Coverage::Configured);
        }
    }
}
