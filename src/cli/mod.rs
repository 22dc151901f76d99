//! Command-line wiring: parse arguments, call the library, print, pick the exit code
//! (0 = nothing flagged, 1 = findings, 2 = error).

/// `eprintln!` with every character a terminal would act on shown instead (file names,
/// imported text and notes reach stderr in warnings and errors).
macro_rules! err_line {
    ($($arg:tt)*) => {
        eprintln!("{}", billaudit::report::terminal_safe(&format!($($arg)*)))
    };
}

mod audit;
mod case;
mod explain;
mod gen;
mod import;
mod init;
mod output;
mod progress;
mod rules;
#[cfg(unix)]
mod temps;

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
            err_line!("error: {e:#}");
            EXIT_ERROR
        }
    }
}

/// The help of every `--lang` option.
pub const LANG_HELP: &str =
    "Language of the output: zh-CN, zh-TW or en (default: from LC_ALL, LC_MESSAGES or LANG, else zh-CN)";

/// The help of every `--as-of` option.
pub const AS_OF_HELP: &str =
    "The date deadlines and promises are measured against, as YYYY-MM-DD (default: today)";

/// Parse a date option (`--as-of`): `YYYY-MM-DD`; the error names that format.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("expected a date as YYYY-MM-DD, e.g. 2025-07-20 (got {s:?})"))
}

/// `--password`: kept in a type whose `Debug` hides it.
pub fn password(s: &str) -> Result<billaudit::config::Password, String> {
    if s.is_empty() {
        return Err("an empty password".into());
    }
    Ok(billaudit::config::Password::new(s))
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

/// Print text meant for a terminal to stdout (see [`err_line!`]).
pub fn out_text(s: &str) {
    out(&billaudit::report::terminal_safe(s));
}

/// Print to stdout, ignoring a closed pipe.
pub fn out(s: &str) {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(s.as_bytes());
    let _ = o.flush();
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every subcommand (nested ones and the hidden `gen` included) says what it does, and
    /// every one of its arguments, positional or not, has a help text.
    #[test]
    fn every_argument_of_every_subcommand_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>, seen: &mut usize) {
            for sub in cmd.get_subcommands() {
                let name = format!("{path} {}", sub.get_name());
                if sub.get_about().is_none() {
                    missing.push(format!("{name}: no about text"));
                }
                for arg in sub.get_arguments() {
                    let id = arg.get_id().as_str();
                    if id == "help" || id == "version" {
                        continue;
                    }
                    *seen += 1;
                    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                    if help.trim().is_empty() {
                        missing.push(format!("{name}: {id}"));
                    }
                }
                walk(sub, &name, missing, seen);
            }
        }
        let mut missing = Vec::new();
        let mut seen = 0;
        walk(&Cli::command(), "billaudit", &mut missing, &mut seen);
        assert!(missing.is_empty(), "without help: {missing:#?}");
        assert!(seen >= 30, "only {seen} arguments found");
        Cli::command().debug_assert();
    }

    #[test]
    fn dates_name_the_expected_format() {
        assert_eq!(
            parse_date("2025-07-20"),
            Ok(chrono::NaiveDate::from_ymd_opt(2025, 7, 20).unwrap())
        );
        for bad in [
            "2025/07/20",
            "20.07.2025",
            "2025-13-01",
            "2025-02-30",
            "",
            "today",
        ] {
            let e = parse_date(bad).unwrap_err();
            assert!(
                e.contains("YYYY-MM-DD") && e.contains("2025-07-20"),
                "{bad}: {e}"
            );
        }
    }
}
