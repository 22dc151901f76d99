//! `billaudit import FILE...`

use std::path::PathBuf;

use billaudit::audit::case_files;
use billaudit::config::Password;
use billaudit::i18n::Lang;
use billaudit::import::{dump_text, import_file, profile, FileReport, ImportOptions};
use billaudit::report;

use super::{out, pick_lang, EXIT_CLEAN, EXIT_ERROR};

/// Show how each file is read: format, record kind, rows, records, and skipped rows with
/// their reasons. Folders are searched recursively.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  billaudit import bank.csv\n  billaudit import --profile profiles/mybank.toml mybank.csv\n  billaudit import fixtures/cases/idle-broadband\n  billaudit import --check statements/\n  billaudit import --format json bills/*.xlsx"
)]
pub struct Args {
    /// Files or folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Exit 0 only when every file was recognised, every row is a record or a reasoned skip
    /// (no unreadable rows), and every total a file states matches its records.
    #[arg(long)]
    check: bool,
    /// A profile describing an export no built-in format knows (TOML; repeatable). Profiles
    /// in a folder's `profiles/` are used too.
    #[arg(long = "profile", value_name = "FILE")]
    profiles: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, help = super::LANG_HELP)]
    lang: Option<Lang>,
    /// Show the text extracted from each PDF (page:line, each cell at its position in
    /// points) instead of importing it: the anchors and columns to write a profile with.
    #[arg(long)]
    dump_text: bool,
    /// The password of encrypted PDF statements. Never written anywhere.
    #[arg(long, env = "BILLAUDIT_PASSWORD", hide_env_values = true, value_parser = super::password)]
    password: Option<Password>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let lang = pick_lang(a.lang);
    let mut profiles = Vec::new();
    for f in &a.profiles {
        profiles.push(profile::load_file(f).map_err(|e| anyhow::anyhow!(e.render(lang)))?);
    }
    for p in a.paths.iter().filter(|p| p.is_dir()) {
        profiles.extend(
            profile::load_dir(&p.join("profiles")).map_err(|e| anyhow::anyhow!(e.render(lang)))?,
        );
    }
    let mut files = Vec::new();
    // Paths that hold nothing to import: said so, and the exit code is 2.
    let mut nothing = Vec::new();
    for p in &a.paths {
        if p.is_dir() {
            let found = case_files(p).map_err(|e| anyhow::anyhow!(e.render(lang)))?;
            if found.is_empty() {
                nothing.push(empty_folder(p, lang));
            }
            for (path, rel) in found {
                let shown = p.join(&rel).display().to_string();
                files.push((path, shown));
            }
        } else if p.exists() {
            files.push((p.clone(), p.display().to_string()));
        } else {
            nothing.push(missing_path(p, lang));
        }
    }
    let opts = ImportOptions {
        profiles: profile::shared(profiles),
        password: a.password.clone(),
        // A case folder's currency: amounts in another one are shown kept apart, as the
        // audit keeps them.
        currency: a.paths.iter().find_map(|p| case_currency(p)),
        ..ImportOptions::default()
    };
    if a.dump_text {
        return dump(&files, &opts, lang);
    }
    let mut reports: Vec<FileReport> = Vec::new();
    for (path, shown) in &files {
        // Records are not kept: `import` only reports how the file was read.
        let mut sink = Discard;
        reports.push(import_file(path, shown, &opts, &mut sink));
    }
    match a.format {
        Format::Text => {
            let mut s = String::new();
            for r in &reports {
                s.push_str(&report::import_summary(r, lang));
            }
            out(&s);
        }
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&reports)?;
            s.push('\n');
            out(&billaudit::report::json_safe(s));
        }
    }
    for n in &nothing {
        err_line!("{}", billaudit::tr!(lang, "cli-error", text = n));
    }
    let failed = !nothing.is_empty() || reports.iter().any(|r| r.failure.is_some());
    let unclean = reports
        .iter()
        .any(|r| r.error_count > 0 || !r.accounted() || !r.reconciled());
    Ok(if failed || (a.check && unclean) {
        EXIT_ERROR
    } else {
        EXIT_CLEAN
    })
}

/// The `[account] currency` of a case folder, if `p` is one with a readable config.
fn case_currency(p: &std::path::Path) -> Option<billaudit::model::Currency> {
    let cfg = p.join(billaudit::audit::CONFIG_FILE);
    let text = std::fs::read_to_string(&cfg).ok()?;
    let config = billaudit::config::Config::parse(&cfg.display().to_string(), &text).ok()?;
    billaudit::model::Currency::of_case(&config.account.currency)
}

fn empty_folder(p: &std::path::Path, lang: Lang) -> String {
    billaudit::tr!(lang, "cli-empty-folder", path = p.display().to_string())
}

fn missing_path(p: &std::path::Path, lang: Lang) -> String {
    billaudit::tr!(lang, "cli-no-such-path", path = p.display().to_string())
}

/// `--dump-text`: the extracted text of each file; exit 2 if any could not be shown.
fn dump(files: &[(PathBuf, String)], opts: &ImportOptions, lang: Lang) -> anyhow::Result<i32> {
    let mut failed = false;
    for (path, shown) in files {
        match dump_text(path, shown, opts) {
            Ok(text) => out(&text),
            Err(e) => {
                err_line!("{}", e.render(lang));
                failed = true;
            }
        }
    }
    Ok(if failed { EXIT_ERROR } else { EXIT_CLEAN })
}

/// A sink that keeps nothing.
struct Discard;

impl billaudit::import::Sink for Discard {
    fn bill_line(&mut self, _: billaudit::model::BillLine) {}
    fn bill_total(&mut self, _: billaudit::model::BillTotal) {}
    fn usage(&mut self, _: &billaudit::model::UsageRecord) {}
    fn transaction(&mut self, _: billaudit::model::Transaction) {}
}
