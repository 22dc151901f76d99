//! Command-line wiring: parse arguments, call the library, print, pick the exit code
//! (0 = nothing flagged, 1 = findings, 2 = error).

mod audit;
mod case;
mod explain;
mod gen;
mod import;
mod init;
mod output;
mod progress;
mod rules;

use std::io::Write;

use clap::{Parser, Subcommand};

pub use output::{write_atomic, WritePolicy};

use billaudit::i18n::Lang;

/// Exit codes.
pub const EXIT_CLEAN: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "billaudit",
    version,
    about = "Audit telecom bills against the services you ordered, your usage records and the money that left your accounts.",
    long_about = None,
    after_help = "Examples:\n  billaudit audit fixtures/cases/idle-broadband\n  billaudit audit CASE --format json > findings.json\n  billaudit audit CASE --evidence evidence.md --lang en\n  billaudit import bank.csv bills/\n  billaudit rules\n  billaudit explain unused-service\n  billaudit init CASE_DIR\n\nExit codes: 0 nothing flagged, 1 findings, 2 error."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Audit(audit::Args),
    Import(import::Args),
    Rules(rules::Args),
    Explain(explain::Args),
    Init(init::Args),
    Case(case::Args),
    #[command(hide = true)]
    Gen(gen::Args),
}

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_CLEAN
            };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        Command::Audit(a) => audit::run(a),
        Command::Import(a) => import::run(a),
        Command::Rules(a) => rules::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Init(a) => init::run(a),
        Command::Case(a) => case::run(a),
        Command::Gen(a) => gen::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            EXIT_ERROR
        }
    }
}

/// The report language: `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG), else zh-CN.
pub fn pick_lang(flag: Option<Lang>) -> Lang {
    flag.or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_locale(&v))
    })
    .unwrap_or(Lang::ZhCn)
}

/// Today's local date: the CLI's default for `--as-of` (the library never reads a clock).
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Print to stdout, ignoring a closed pipe.
pub fn out(s: &str) {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(s.as_bytes());
    let _ = o.flush();
}
