//! The whole pipeline for a case folder: import every file, match, run the rules.

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use crate::config::{Config, ConfigError};
use crate::i18n::Lang;
use crate::import::{import_file, FileReport, ImportError, ImportOptions, PIPELINE_MIN_BYTES};
use crate::matcher::{match_all, Collector, Matched};
use crate::rules::{self, Ctx, Dispute, Finding, Rule};

/// The name of the case configuration file.
pub const CONFIG_FILE: &str = "billaudit.toml";
/// Names in a case folder that are never imported.
pub const NOT_DATA: &[&str] = &[
    CONFIG_FILE,
    "rules",
    "profiles",
    "case-log.jsonl",
    "README.md",
    "expected.json",
    crate::gen::EXPECTED_DISPUTES_FILE,
];

/// Why an audit could not run.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{}: no {CONFIG_FILE} in this folder (run `billaudit init {}` to write one)", .0.display(), .0.display())]
    NoConfig(PathBuf),
    #[error("{}: not a folder", .0.display())]
    NotADir(PathBuf),
    #[error("nothing usable in {}: {1}", .0.display())]
    NothingUsable(PathBuf, String),
    #[error("{}: {1}", .0.display())]
    Io(PathBuf, std::io::Error),
    #[error(transparent)]
    Total(#[from] rules::disputes::TotalOverflow),
    #[error(transparent)]
    Overflow(#[from] crate::matcher::Overflow),
}

/// The result of auditing a case.
#[derive(Debug)]
pub struct Audit {
    pub case_dir: PathBuf,
    pub config: Config,
    pub rules: Vec<Rule>,
    pub reports: Vec<FileReport>,
    pub matched: Matched,
    pub findings: Vec<Finding>,
    /// The findings merged into disputed items: one per bill line or debit.
    pub disputes: Vec<Dispute>,
    /// The sum of `disputes`.
    pub disputed_total: Decimal,
    pub assumptions: Vec<String>,
    pub lang: Lang,
}

/// All candidate data files under `dir`, sorted, relative names alongside.
pub fn case_files(dir: &Path) -> Result<Vec<(PathBuf, String)>, AuditError> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, String)>) -> Result<(), AuditError> {
    let rd = std::fs::read_dir(dir).map_err(|e| AuditError::Io(dir.to_path_buf(), e))?;
    for entry in rd {
        let entry = entry.map_err(|e| AuditError::Io(dir.to_path_buf(), e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if dir == root && NOT_DATA.contains(&name.as_str()) {
            continue;
        }
        let ft = entry
            .file_type()
            .map_err(|e| AuditError::Io(path.clone(), e))?;
        if ft.is_dir() {
            walk(root, &path, out)?;
        } else if ft.is_file() {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((path, rel));
        }
    }
    Ok(())
}

/// Audit a case folder.
pub fn audit_case(dir: &Path, lang: Lang) -> Result<Audit, AuditError> {
    if !dir.is_dir() {
        return Err(AuditError::NotADir(dir.to_path_buf()));
    }
    let cfg_path = dir.join(CONFIG_FILE);
    if !cfg_path.is_file() {
        return Err(AuditError::NoConfig(dir.to_path_buf()));
    }
    let text =
        std::fs::read_to_string(&cfg_path).map_err(|e| AuditError::Io(cfg_path.clone(), e))?;
    let config = Config::parse(&cfg_path.display().to_string(), &text)?;
    let rules = rules::load_rules(Some(&dir.join("rules")))?;
    let profiles = crate::import::profile::load_dir(&dir.join("profiles"))?;
    let files = case_files(dir)?;
    let opts = ImportOptions {
        minor_units: Some(minor_units(&config.account.currency)),
        profiles: crate::import::profile::shared(profiles),
        ..ImportOptions::default()
    };
    let (reports, collector) = import_all(&files, &opts, &config);
    if !reports.iter().any(|r| r.usable()) {
        let why = if reports.is_empty() {
            "the folder holds no exported files".to_string()
        } else {
            format!("none of the {} files was recognised", reports.len())
        };
        return Err(AuditError::NothingUsable(dir.to_path_buf(), why));
    }
    let matched = match_all(&config, collector, &reports)?;
    let findings = rules::run(
        &rules,
        &Ctx {
            config: &config,
            matched: &matched,
            lang,
        },
    );
    let disputes = rules::disputes::disputes(&findings, &matched, &config.account.currency);
    let disputed_total = rules::disputes::total(&disputes)?;
    let assumptions = matched.assumptions.clone();
    Ok(Audit {
        case_dir: dir.to_path_buf(),
        config,
        rules,
        reports,
        matched,
        findings,
        disputes,
        disputed_total,
        assumptions,
        lang,
    })
}

/// Import files on every core: each file into its own [`Collector`], taken from a shared
/// queue (largest first), merged afterwards in file order, so that the result is the
/// same as importing them one after the other.
pub fn import_all<'c>(
    files: &[(PathBuf, String)],
    opts: &ImportOptions,
    config: &'c Config,
) -> (Vec<FileReport>, Collector<'c>) {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(files.len());
    let mut collector = Collector::new(config);
    if threads <= 1 {
        let mut reports = Vec::with_capacity(files.len());
        for (path, rel) in files {
            let mut c = Collector::new(config);
            let r = import_file(path, rel, opts, &mut c);
            keep_records(&r, c, &mut collector);
            reports.push(r);
        }
        return (reports, collector);
    }
    let mut queue: Vec<usize> = (0..files.len()).collect();
    let size = |i: usize| std::fs::metadata(&files[i].0).map(|m| m.len()).unwrap_or(0);
    let sizes: Vec<u64> = queue.iter().map(|i| size(*i)).collect();
    queue.sort_by_key(|i| (std::cmp::Reverse(sizes[*i]), *i));
    // A big file is read on a thread of its own beside its parsing only while there are
    // fewer big files than cores: otherwise the files themselves keep every core busy.
    let big = sizes.iter().filter(|s| **s >= PIPELINE_MIN_BYTES).count();
    let opts = &ImportOptions {
        sequential: opts.sequential || big >= threads,
        ..opts.clone()
    };
    let next = std::sync::atomic::AtomicUsize::new(0);
    // Bytes read are counted for the caller's progress bar, from every import thread.
    let progress = crate::import::progress::current();
    let mut done: Vec<Option<(FileReport, Collector<'c>)>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let q = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(&i) = queue.get(q) else { break };
                        let (path, rel) = &files[i];
                        let mut c = Collector::new(config);
                        let r = crate::import::progress::with_counter(progress.clone(), || {
                            import_file(path, rel, opts, &mut c)
                        });
                        out.push((i, r, c));
                    }
                    out
                })
            })
            .collect();
        let mut done: Vec<Option<(FileReport, Collector<'c>)>> =
            (0..files.len()).map(|_| None).collect();
        for w in workers {
            match w.join() {
                Ok(out) => {
                    for (i, r, c) in out {
                        done[i] = Some((r, c));
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done
    });
    let mut reports = Vec::with_capacity(files.len());
    for (r, c) in done.iter_mut().filter_map(Option::take) {
        keep_records(&r, c, &mut collector);
        reports.push(r);
    }
    (reports, collector)
}

/// Add what one file gave to the whole, unless reading it stopped on an internal error
/// (then none of its records are trusted; its report says so).
fn keep_records<'c>(report: &FileReport, file: Collector<'c>, all: &mut Collector<'c>) {
    if !matches!(report.failure, Some(ImportError::Internal { .. })) {
        all.merge(file);
    }
}

/// Minor units of a currency (ISO 4217 exponent) for the common ones; 2 otherwise.
pub fn minor_units(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" => 0,
        "BHD" | "KWD" | "OMR" | "JOD" | "TND" => 3,
        _ => 2,
    }
}
