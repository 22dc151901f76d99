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

use std::ffi::OsString;
use std::io::Write;
use std::sync::OnceLock;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

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

/// The language of the command line's own words (help, errors, warnings): `--lang` where
/// the arguments give it, else the locale. Set once, before the arguments are parsed.
static CLI_LANG: OnceLock<Lang> = OnceLock::new();

/// See [`CLI_LANG`].
pub fn lang() -> Lang {
    // Unit tests do not depend on the locale of the machine running them.
    *CLI_LANG.get_or_init(|| {
        if cfg!(test) {
            Lang::En
        } else {
            pick_lang(None)
        }
    })
}

/// `--lang X` or `--lang=X` among the raw arguments, if it names a language we have.
fn lang_in_args(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next(),
            Some(v) => v.strip_prefix('='),
            None => None,
        };
        if let Some(l) = value.and_then(|v| v.parse().ok()) {
            return Some(l);
        }
    }
    None
}

/// The command with its help texts from the catalogue: `about-<path>` for each command and
/// `help-<path>-<argument>`, else `help-<argument>`, for each argument (`<path>` is the
/// subcommand names joined by `-`; the top command's path is `billaudit`).
pub fn localized(cmd: clap::Command, lang: Lang, path: &str) -> clap::Command {
    use billaudit::i18n::{has, tr};
    let mut cmd = cmd;
    let about = format!("about-{path}");
    if has(&about) {
        cmd = cmd.about(tr(lang, &about, &[]));
    }
    let long = format!("long-about-{path}");
    if has(&long) {
        cmd = cmd.long_about(tr(lang, &long, &[]));
    } else if has(&about) {
        // A doc comment's further paragraphs would show in --help: the catalogue's about
        // text stands alone.
        cmd = cmd.long_about(None);
    }
    let after = format!("after-{path}");
    if has(&after) {
        cmd = cmd.after_help(tr(lang, &after, &[]));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    for id in ids {
        let own = format!("help-{path}-{id}");
        let shared = format!("help-{id}");
        let key = if has(&own) {
            Some(own)
        } else if has(&shared) {
            Some(shared)
        } else {
            None
        };
        if let Some(key) = key {
            let languages: Vec<&str> = Lang::all().map(|l| l.code()).collect();
            let text = tr(lang, &key, &[("languages", languages.join(", ").into())]);
            cmd = cmd.mut_arg(id.as_str(), |a| a.help(text));
        }
    }
    cmd = localized_layout(cmd, lang);
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if path == "billaudit" {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(name.as_str(), |s| localized(s, lang, &sub_path));
    }
    cmd
}

/// The headings clap would write in English, and the `-h`/`-V` flags, from the catalogue.
fn localized_layout(cmd: clap::Command, lang: Lang) -> clap::Command {
    use billaudit::tr;
    let top = cmd.get_name() == "billaudit";
    let mut tpl = String::from("{before-help}{about-with-newline}\n");
    tpl.push_str(&tr!(lang, "help-usage-heading"));
    tpl.push_str("{usage}");
    let mut section = |heading: String, body: &str| {
        tpl.push_str(&format!("\n\n{heading}\n{body}"));
    };
    if cmd.get_positionals().next().is_some() {
        section(tr!(lang, "help-arguments-heading"), "{positionals}");
    }
    section(tr!(lang, "help-options-heading"), "{options}");
    if cmd.has_subcommands() {
        section(tr!(lang, "help-commands-heading"), "{subcommands}");
    }
    tpl.push_str("{after-help}");
    let mut cmd = cmd.help_template(tpl).disable_help_flag(true).arg(
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help(tr!(lang, "help-help")),
    );
    if top {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(tr!(lang, "help-version")),
        );
    }
    cmd
}

/// A command-line error in the catalogue's words, for the kinds of error a user meets; other
/// kinds keep clap's own text.
fn clap_error_text(e: &clap::Error, lang: Lang) -> Option<String> {
    use billaudit::tr;
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = ctx(ContextKind::InvalidArg);
    let detail = match e.kind() {
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            tr!(
                lang,
                "clap-invalid-value-why",
                value = ctx(ContextKind::InvalidValue),
                arg = arg,
                why = why
            )
        }
        ErrorKind::InvalidValue => tr!(
            lang,
            "clap-invalid-value",
            value = ctx(ContextKind::InvalidValue),
            arg = arg,
            valid = ctx(ContextKind::ValidValue)
        ),
        ErrorKind::UnknownArgument => tr!(lang, "clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            tr!(
                lang,
                "clap-unknown-command",
                command = ctx(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => tr!(lang, "clap-missing-argument", arg = arg),
        ErrorKind::ArgumentConflict => tr!(
            lang,
            "clap-conflict",
            arg = arg,
            other = ctx(ContextKind::PriorArg)
        ),
        _ => return None,
    };
    Some(format!(
        "{}\n\n{}",
        tr!(lang, "cli-error", text = detail),
        tr!(lang, "clap-more-information")
    ))
}

pub fn main() -> i32 {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = *CLI_LANG.get_or_init(|| lang_in_args(&args).unwrap_or_else(|| pick_lang(None)));
    let mut cmd = localized(Cli::command(), lang, "billaudit");
    // clap adds its `help` subcommand when the command is built: its text too.
    cmd.build();
    let cmd = cmd.mut_subcommand("help", |h| {
        h.about(billaudit::tr!(lang, "help-help-command"))
    });
    let parsed = cmd
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_CLEAN
            };
            match clap_error_text(&e, lang) {
                Some(text) => err_line!("{text}"),
                None => {
                    let _ = e.print();
                }
            }
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
            err_line!(
                "{}",
                billaudit::tr!(lang, "cli-error", text = format!("{e:#}"))
            );
            EXIT_ERROR
        }
    }
}

/// The help of every `--lang` option (the catalogue's `help-lang` replaces it).
pub const LANG_HELP: &str = "Language of the output";

/// The help of every `--as-of` option (the catalogue's `help-as-of` replaces it).
pub const AS_OF_HELP: &str = "The date deadlines and promises are measured against";

/// Parse a date option (`--as-of`): `YYYY-MM-DD`; the error names that format.
/// A year outside the case's calendar (`+262142-12-31`, which chrono reads) is refused: the
/// deadlines counted from it would leave the dates there are.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    use chrono::Datelike;
    let d = chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| billaudit::tr!(lang(), "cli-error-date", found = s))?;
    if !billaudit::case::CALENDAR_YEARS.contains(&d.year()) {
        return Err(billaudit::tr!(lang(), "cli-error-date-range", found = s));
    }
    Ok(d)
}

/// `--password`: kept in a type whose `Debug` hides it.
pub fn password(s: &str) -> Result<billaudit::config::Password, String> {
    if s.is_empty() {
        return Err(billaudit::tr!(lang(), "cli-error-empty-password"));
    }
    Ok(billaudit::config::Password::new(s))
}

/// `--lang`: a language a catalogue serves; the error names them, in the command line's
/// language.
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|_| billaudit::i18n::unknown_language(lang(), s))
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

    /// Every command's about text and every argument's help come from the catalogue (so
    /// that no help is left in the words of the source), and the help of each language is
    /// its own.
    #[test]
    fn all_help_comes_from_the_catalogue() {
        use billaudit::i18n::has;
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            if !has(&format!("about-{path}")) {
                missing.push(format!("about-{path}"));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                if !has(&format!("help-{path}-{id}")) && !has(&format!("help-{id}")) {
                    missing.push(format!("help-{path}-{id}"));
                }
            }
            for s in cmd.get_subcommands() {
                let p = if path == "billaudit" {
                    s.get_name().to_string()
                } else {
                    format!("{path}-{}", s.get_name())
                };
                walk(s, &p, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "billaudit", &mut missing);
        assert!(missing.is_empty(), "no catalogue help: {missing:#?}");
        let help = |lang: Lang| {
            let mut cmd = localized(Cli::command(), lang, "billaudit");
            let audit = cmd.find_subcommand_mut("audit").unwrap();
            audit.render_long_help().to_string()
        };
        let zh = help(Lang::ZhCn);
        assert!(zh.contains("核查一个案件文件夹"), "{zh}");
        assert!(zh.contains("输出语言：en, zh-CN, zh-TW"), "{zh}");
        assert!(!zh.contains("The case folder"), "{zh}");
        let tw = help(Lang::ZhTw);
        assert!(tw.contains("案件資料夾"), "{tw}");
        let en = help(Lang::En);
        assert!(
            en.contains("The case folder (holds billaudit.toml)"),
            "{en}"
        );
    }

    #[test]
    fn lang_is_found_among_the_raw_arguments() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_in_args(&args(&["billaudit", "audit", ".", "--lang", "zh-TW"])),
            Some(Lang::ZhTw)
        );
        assert_eq!(
            lang_in_args(&args(&["billaudit", "import", "--lang=en", "x.csv"])),
            Some(Lang::En)
        );
        assert_eq!(
            lang_in_args(&args(&["billaudit", "--", "--lang", "en"])),
            None
        );
        assert_eq!(lang_in_args(&args(&["billaudit", "--lang", "xx"])), None);
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

    /// A year chrono reads but no deadline can be counted from is refused with its range
    /// (`--as-of +262142-12-31` made `audit --evidence`, `case status` and `case appeal`
    /// exit 101); the first and last years of the range are dates.
    #[test]
    fn dates_outside_the_calendar_are_refused() {
        for bad in [
            "+262142-12-31",
            "-262143-01-01",
            "+10000-01-01",
            "0000-01-01",
        ] {
            let e = parse_date(bad).unwrap_err();
            assert!(e.contains("9999") && e.contains(bad), "{bad}: {e}");
        }
        assert!(parse_date("0001-01-01").is_ok());
        assert!(parse_date("9999-12-31").is_ok());
    }
}
