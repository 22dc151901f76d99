//! Coverage: for each service, the billed periods in which a usage export would show its
//! use. An export covers the services whose records it holds, over the range it declares
//! or, without one, the days its records span. `[usage] covers` adds the periods it names
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
    pub notes: Vec<String>,
}

pub(crate) fn coverage(
    config: &Config,
    reports: &[FileReport],
    sources: &[UsageSource],
    billed: &[Period],
) -> Covered {
    let mut usage_files: Vec<Arc<str>> = reports
        .iter()
        .filter(|r| r.usable() && r.kind == Some(RecordKind::Usage))
        .map(|r| r.file.clone())
        .collect();
    for s in sources {
        if !usage_files.contains(&s.file) {
            usage_files.push(s.file.clone());
        }
    }
    let mut coverage = CoverageMap::new();
    let mut notes = Vec::new();
    for src in sources {
        let declared = reports
            .iter()
            .find(|r| *r.file == *src.file)
            .and_then(|r| r.coverage);
        let (range, how) = match declared {
            Some(range) => (
                range,
                Coverage::Declared {
                    file: src.file.clone(),
                },
            ),
            None => {
                notes.push(format!(
                    "{} states no date range; it is taken to cover the days its records span ({} to {}).",
                    src.file, src.first, src.last
                ));
                let range = DateRange {
                    from: src.first,
                    to: src.last,
                };
                (
                    range,
                    Coverage::Observed {
                        file: src.file.clone(),
                    },
                )
            }
        };
        for (si, _) in src.services.iter().enumerate().filter(|(_, h)| **h) {
            let cov = coverage.entry(config.services[si].id.clone()).or_default();
            for p in billed.iter().filter(|p| range.covers(**p)) {
                cov.entry(*p).or_insert_with(|| how.clone());
            }
        }
    }
    configured(config, sources, billed, &mut coverage);
    for s in config.services.iter().filter(|s| s.kind.has_usage()) {
        if coverage.get(&s.id).is_none_or(BTreeMap::is_empty) {
            notes.push(format!(
                "Usage of service '{}' not checked: no usage export covers it in a billed period (add its 详单 export); it is never called unused.",
                s.id
            ));
        }
    }
    Covered {
        coverage,
        usage_files,
        notes,
    }
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
