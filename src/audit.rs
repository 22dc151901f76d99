//! The whole pipeline for a case folder: import every file, match, run the rules.

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use crate::config::{Config, ConfigError};
use crate::i18n::Lang;
use crate::import::{import_file, FileReport, ImportError, ImportOptions};
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
    NothingUsable(PathBuf, crate::i18n::Msg),
    #[error("{}: {1}", .0.display())]
    Io(PathBuf, std::io::Error),
    #[error(transparent)]
    Total(#[from] rules::disputes::TotalOverflow),
    #[error(transparent)]
    Overflow(#[from] crate::matcher::Overflow),
}

impl AuditError {
    /// The error in `lang` (a configuration error keeps its own text, with its position).
    pub fn render(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            AuditError::NoConfig(p) => crate::tr!(
                lang,
                "audit-error-no-config",
                dir = shown(p),
                file = CONFIG_FILE
            ),
            AuditError::NotADir(p) => crate::tr!(lang, "audit-error-not-a-dir", dir = shown(p)),
            AuditError::NothingUsable(p, why) => {
                crate::tr!(
                    lang,
                    "audit-error-nothing-usable",
                    dir = shown(p),
                    why = why
                )
            }
            AuditError::Io(p, e) => {
                crate::tr!(lang, "file-said", file = shown(p), text = e.to_string())
            }
            AuditError::Config(e) => e.render(lang),
            other => other.to_string(),
        }
    }
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
    pub assumptions: Vec<crate::i18n::Msg>,
    pub lang: Lang,
}

/// All candidate data files under `dir`, sorted, relative names alongside.
pub fn case_files(dir: &Path) -> Result<Vec<(PathBuf, String)>, AuditError> {
    Ok(case_entries(dir)?.files)
}

/// What a walk of a case folder found.
#[derive(Debug, Default)]
pub struct CaseEntries {
    /// Candidate data files, sorted by their name relative to the case folder.
    pub files: Vec<(PathBuf, String)>,
    /// Entries not read, with the reason (relative name, reason), sorted.
    pub skipped: Vec<(String, crate::i18n::Msg)>,
}

/// Walk a case folder. Symbolic links are followed while they stay inside the case folder
/// (a link out of it, a broken link and a loop are skipped with the reason); FIFOs, sockets
/// and devices are skipped with the reason; a sub-folder that cannot be read is skipped with
/// the reason and the walk goes on. Only the case folder itself must be readable.
pub fn case_entries(dir: &Path) -> Result<CaseEntries, AuditError> {
    let root = dir
        .canonicalize()
        .map_err(|e| AuditError::Io(dir.to_path_buf(), e))?;
    let mut out = CaseEntries::default();
    let rd = std::fs::read_dir(dir).map_err(|e| AuditError::Io(dir.to_path_buf(), e))?;
    let mut seen = vec![root.clone()];
    walk(
        &Walk {
            shown: dir,
            root: &root,
        },
        dir,
        rd,
        &mut seen,
        &mut out,
    );
    out.files.sort_by(|a, b| a.1.cmp(&b.1));
    out.skipped.sort();
    Ok(out)
}

struct Walk<'a> {
    /// The case folder as given (paths handed out start with it).
    shown: &'a Path,
    /// The case folder resolved (where links may lead).
    root: &'a Path,
}

fn relative(w: &Walk<'_>, path: &Path) -> String {
    path.strip_prefix(w.shown)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn walk(
    w: &Walk<'_>,
    dir: &Path,
    rd: std::fs::ReadDir,
    seen: &mut Vec<PathBuf>,
    out: &mut CaseEntries,
) {
    for entry in rd {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.skipped.push((
                    relative(w, dir),
                    crate::msg!("walk-folder-not-listed", error = e.to_string()),
                ));
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || (dir == w.shown && NOT_DATA.contains(&name.as_str())) {
            continue;
        }
        let rel = relative(w, &path);
        // Follows a link; a link's own type decides only whether it may be followed.
        let is_link = entry.file_type().map(|t| t.is_symlink()).unwrap_or(false);
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if is_link => {
                out.skipped
                    .push((rel, crate::msg!("walk-broken-link", error = e.to_string())));
                continue;
            }
            Err(e) => {
                out.skipped
                    .push((rel, crate::msg!("walk-cannot-read", error = e.to_string())));
                continue;
            }
        };
        if is_link {
            match path.canonicalize() {
                Ok(target) if target.starts_with(w.root) => {}
                Ok(target) => {
                    out.skipped.push((
                        rel,
                        crate::msg!(
                            "walk-link-out-of-case",
                            target = target.display().to_string()
                        ),
                    ));
                    continue;
                }
                Err(e) => {
                    out.skipped
                        .push((rel, crate::msg!("walk-broken-link", error = e.to_string())));
                    continue;
                }
            }
        }
        if meta.is_dir() {
            // `seen` holds the folders being walked (this one and those it is in): a link to
            // one of them would never end.
            let real = path.canonicalize().unwrap_or_else(|_| path.clone());
            if seen.contains(&real) {
                out.skipped.push((rel, crate::msg!("walk-link-loop")));
                continue;
            }
            match std::fs::read_dir(&path) {
                Ok(rd) => {
                    seen.push(real);
                    walk(w, &path, rd, seen, out);
                    seen.pop();
                }
                Err(e) => out.skipped.push((
                    rel,
                    crate::msg!("walk-folder-unreadable", error = e.to_string()),
                )),
            }
        } else if meta.is_file() {
            out.files.push((path, rel));
        } else {
            out.skipped
                .push((rel, crate::msg!("walk-not-regular-file")));
        }
    }
}

/// Audit a case folder.
pub fn audit_case(dir: &Path, lang: Lang) -> Result<Audit, AuditError> {
    audit_case_with(dir, lang, None)
}

/// Audit a case folder; `password` (from `--password`) opens encrypted PDFs, before the
/// case's own `[import] password`.
pub fn audit_case_with(
    dir: &Path,
    lang: Lang,
    password: Option<crate::config::Password>,
) -> Result<Audit, AuditError> {
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
    let CaseEntries { files, mut skipped } = case_entries(dir)?;
    let (files, repeats) = crate::duplicates::identical_files(files);
    skipped.extend(
        repeats
            .into_iter()
            .map(|(file, of)| (file, crate::msg!("walk-same-bytes", of = of))),
    );
    let opts = ImportOptions {
        minor_units: Some(minor_units(&config.account.currency)),
        profiles: crate::import::profile::shared(profiles),
        password: password.or_else(|| config.password.clone()),
        day_first_hint: config.account.jurisdiction.country.as_ref().map(|c| {
            (
                c.writes_day_first(),
                crate::msg!("note-dates-written-in-country", country = c.code()),
            )
        }),
        currency: crate::model::Currency::of_case(&config.account.currency),
    };
    let (mut reports, mut collector) = import_all(&files, &opts, &config);
    let repeated =
        crate::duplicates::repeated_bills(&mut collector.bill_lines, &mut collector.bill_totals);
    reports.extend(
        skipped
            .into_iter()
            .map(|(file, reason)| FileReport::not_read(&file, reason)),
    );
    if !reports.iter().any(|r| r.usable()) {
        let why = if reports.is_empty() {
            crate::msg!("audit-nothing-no-files")
        } else {
            crate::msg!("audit-nothing-recognised", count = reports.len())
        };
        return Err(AuditError::NothingUsable(dir.to_path_buf(), why));
    }
    let matched = match_all(&config, collector, &reports)?;
    let findings = rules::run(&rules, &Ctx::new(&config, &matched, lang));
    let disputes = rules::disputes::disputes(&findings, &matched, &config.account.currency);
    let disputed_total = rules::disputes::total(&disputes)?;
    let mut assumptions = matched.assumptions.clone();
    assumptions.extend(repeated);
    assumptions.extend(crate::matcher::unread::notes(&matched.unread_usage));
    assumptions.extend(crate::import::apart::notes(
        &reports,
        &config.account.currency,
    ));
    for r in rules.iter().filter(|r| !r.enabled) {
        assumptions.push(if rules::is_builtin(&r.id) {
            crate::msg!("note-builtin-rule-disabled", rule = &r.id)
        } else {
            crate::msg!("note-rule-disabled", rule = &r.id)
        });
    }
    let acc = &config.account;
    assumptions.extend(crate::jurisdiction::notes(
        &acc.jurisdiction,
        &acc.carrier,
        &acc.currency,
    ));
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
