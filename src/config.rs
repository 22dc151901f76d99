//! `billaudit.toml`: the case's account, subscribed services and options.
//!
//! Invalid configuration is a [`ConfigError`] that points at `file:line:col` with a caret,
//! the way `just` reports errors in a justfile.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use regex::Regex;
use rust_decimal::Decimal;
use serde::Deserialize;
use toml::Spanned;

use crate::i18n::{Lang, Msg};
use crate::jurisdiction::{Country, HolderType, Jurisdiction};
use crate::model::{normalize_number, Period, ServiceKind};
use crate::parse::{parse_amount, parse_date, parse_period};

/// What is wrong in a TOML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigErrorKind {
    /// The TOML does not parse or does not fit the expected shape.
    Syntax(String),
    /// A regular expression that does not compile.
    Regex(String),
    /// A value of the wrong form: what was expected, what was found.
    Value { expected: Msg, found: String },
    /// An id used twice.
    Duplicate(String),
    /// A range whose first value is after its last.
    Order(Msg),
    /// Anything else the loaders check.
    Other(Msg),
}

impl ConfigErrorKind {
    /// The error in `lang` (a TOML syntax error keeps the parser's own words).
    pub fn render(&self, lang: Lang) -> String {
        match self {
            ConfigErrorKind::Syntax(m) => m.clone(),
            ConfigErrorKind::Regex(m) => crate::tr!(lang, "cfg-regex", detail = m.as_str()),
            ConfigErrorKind::Value { expected, found } => crate::tr!(
                lang,
                "cfg-value",
                expected = expected,
                found = found.as_str()
            ),
            ConfigErrorKind::Duplicate(id) => crate::tr!(lang, "cfg-duplicate", id = id.as_str()),
            ConfigErrorKind::Order(m) | ConfigErrorKind::Other(m) => m.render(lang),
        }
    }
}

impl fmt::Display for ConfigErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigErrorKind::Syntax(m) => f.write_str(m),
            ConfigErrorKind::Order(m) | ConfigErrorKind::Other(m) => write!(f, "{m}"),
            ConfigErrorKind::Regex(m) => write!(f, "invalid regular expression: {m}"),
            ConfigErrorKind::Value { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ConfigErrorKind::Duplicate(id) => write!(f, "duplicate id {id:?}"),
        }
    }
}

impl From<Msg> for ConfigErrorKind {
    fn from(m: Msg) -> Self {
        ConfigErrorKind::Other(m)
    }
}

/// A text no catalogue holds (the loaders' own words not yet moved to the catalogue, or
/// a parser's), kept as it is.
impl From<String> for ConfigErrorKind {
    fn from(s: String) -> Self {
        ConfigErrorKind::Other(crate::msg!("verbatim", text = s))
    }
}

impl From<&str> for ConfigErrorKind {
    fn from(s: &str) -> Self {
        ConfigErrorKind::Other(crate::msg!("verbatim", text = s))
    }
}

/// A place in a TOML file: 1-based line, 1-based column in characters, the line itself
/// and the span's length there; the caret is laid out in display columns when printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub col: usize,
    /// The source line (without its line break).
    pub source: String,
    /// Byte offset of the span in `source`, and its byte length (at least 0).
    start: usize,
    len: usize,
}

impl Position {
    /// The source line and a caret under the span, in display columns: a CJK character is
    /// two columns, a tab goes to the next multiple of four.
    pub fn snippet(&self) -> String {
        let gutter = self.line.to_string().len();
        let pad = " ".repeat(gutter);
        let before = display_width(&self.source[..self.start], 0);
        let span = &self.source[self.start..self.start + self.len];
        let width = (display_width(span, before) - before).max(1);
        format!(
            "{pad} |\n{} | {}\n{pad} | {}{}",
            self.line,
            expand_tabs(&self.source),
            " ".repeat(before),
            "^".repeat(width)
        )
    }
}

/// The column reached after `text` starting at column `from` (tabs to the next stop of 4).
fn display_width(text: &str, from: usize) -> usize {
    use unicode_width::UnicodeWidthChar;
    text.chars().fold(from, |col, c| {
        if c == '\t' {
            (col / 4 + 1) * 4
        } else {
            col + c.width().unwrap_or(0)
        }
    })
}

fn expand_tabs(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut col = 0;
    for c in line.chars() {
        if c == '\t' {
            let next = (col / 4 + 1) * 4;
            out.push_str(&" ".repeat(next - col));
            col = next;
        } else {
            out.push(c);
            col = display_width(&c.to_string(), col);
        }
    }
    out
}

/// An error in a TOML file (the config, a rule, a profile): a typed kind at a position,
/// or a file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// The file could not be read.
    Io { file: String, message: String },
    /// The file is wrong at a position.
    At {
        file: String,
        kind: ConfigErrorKind,
        pos: Box<Position>,
    },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Io { file, message } => write!(f, "{file}: cannot read: {message}"),
            ConfigError::At { file, kind, pos } => write!(
                f,
                "{file}:{}:{}: {kind}\n{}",
                pos.line,
                pos.col,
                pos.snippet()
            ),
        }
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    /// The error in `lang`, with the position and the line it points at.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            ConfigError::Io { file, message } => crate::tr!(
                lang,
                "file-said",
                file = file.as_str(),
                text = crate::tr!(lang, "import-error-io", error = message.as_str())
            ),
            ConfigError::At { file, kind, pos } => format!(
                "{file}:{}:{}{}{}\n{}",
                pos.line,
                pos.col,
                crate::tr!(lang, "label-colon"),
                kind.render(lang),
                pos.snippet()
            ),
        }
    }

    /// Build an error at a byte span of `text`.
    pub fn at(
        file: &str,
        text: &str,
        span: Option<Range<usize>>,
        kind: impl Into<ConfigErrorKind>,
    ) -> ConfigError {
        let span = span.unwrap_or(0..0);
        let mut start = span.start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_no = text[..start].matches('\n').count() + 1;
        let col = text[line_start..start].chars().count() + 1;
        let line_end = text[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(text.len());
        let source = text[line_start..line_end].trim_end_matches('\r');
        let mut end = span.end.clamp(start, line_start + source.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        ConfigError::At {
            file: file.to_string(),
            kind: kind.into(),
            pos: Box::new(Position {
                line: line_no,
                col,
                source: source.to_string(),
                start: start - line_start,
                len: end - start,
            }),
        }
    }

    /// A file that could not be read.
    pub fn io(file: &str, e: &std::io::Error) -> ConfigError {
        ConfigError::Io {
            file: file.to_string(),
            message: e.to_string(),
        }
    }

    /// Turn a TOML parse/deserialise error into a positioned error.
    pub fn from_toml(file: &str, text: &str, e: &toml::de::Error) -> ConfigError {
        let msg = e.message().trim().to_string();
        ConfigError::at(file, text, e.span(), ConfigErrorKind::Syntax(msg))
    }

    /// The message without the position.
    pub fn message(&self) -> String {
        match self {
            ConfigError::Io { message, .. } => format!("cannot read: {message}"),
            ConfigError::At { kind, .. } => kind.to_string(),
        }
    }

    /// The 1-based line and column (in characters), or `None` for an I/O error.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            ConfigError::Io { .. } => None,
            ConfigError::At { pos, .. } => Some((pos.line, pos.col)),
        }
    }

    /// The 1-based line, 0 for an I/O error.
    pub fn line(&self) -> usize {
        self.position().map_or(0, |p| p.0)
    }

    pub fn kind(&self) -> Option<&ConfigErrorKind> {
        match self {
            ConfigError::Io { .. } => None,
            ConfigError::At { kind, .. } => Some(kind),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    account: RawAccount,
    #[serde(default, rename = "service")]
    services: Vec<RawService>,
    #[serde(default)]
    usage: RawUsage,
    #[serde(default)]
    matching: RawMatching,
    #[serde(default)]
    import: RawImport,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImport {
    password: Option<String>,
}

impl std::fmt::Debug for RawImport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawImport")
            .field("password", &self.password.as_ref().map(|_| "…"))
            .finish()
    }
}

/// A password for encrypted files (`--password`, `[import] password`), kept out of every
/// printout: its `Debug` shows only that there is one, and nothing writes it anywhere.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(std::sync::Arc<str>);

impl Password {
    pub fn new(p: &str) -> Password {
        Password(std::sync::Arc::from(p))
    }
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccount {
    holder: Option<String>,
    carrier: Option<String>,
    #[serde(default)]
    currency: Option<Spanned<String>>,
    #[serde(default)]
    payees: Vec<Spanned<String>>,
    /// ISO country of the account: selects the escalation route (CN, US, GB, or generic).
    country: Option<Spanned<String>>,
    /// `consumer` or `business`: whether consumer law and consumer bodies apply.
    holder_type: Option<Spanned<String>>,
    /// Phone / account numbers of the holder, shown on the evidence cover.
    #[serde(default)]
    numbers: Vec<String>,
    /// The carrier's customer service number (10000 for China Telecom).
    hotline: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: Spanned<String>,
    name: Option<String>,
    kind: ServiceKind,
    #[serde(default, rename = "match")]
    patterns: Vec<Spanned<String>>,
    monthly_fee: Option<Spanned<toml::Value>>,
    start: Option<Spanned<toml::Value>>,
    term_months: Option<u32>,
    cancelled: Option<Spanned<toml::Value>>,
    #[serde(default)]
    numbers: Vec<String>,
    /// Whether the user wants the service stopped (the call script then asks for it).
    #[serde(default)]
    cancel: bool,
    /// Suspension (停机保号) ranges: `[["2025-03-01", "2025-05-31"], …]`.
    #[serde(default)]
    suspended: Vec<Spanned<Vec<Spanned<toml::Value>>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUsage {
    covers: Option<Spanned<Vec<Spanned<String>>>>,
    /// The services `covers` applies to (default: those with a usage export).
    services: Option<Vec<Spanned<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMatching {
    payment_window_days: Option<Spanned<u32>>,
    payment_days_before: Option<Spanned<u32>>,
    billing: Option<Spanned<String>>,
    due_day: Option<Spanned<u32>>,
}

/// When a bill is paid relative to its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Billing {
    /// The bill for period M is paid after M ends (the default).
    Postpaid,
    /// The bill for period M is paid before or during M.
    Prepaid,
}

/// `[matching]`: how debits are paired with the bills they pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matching {
    pub billing: Billing,
    /// Postpaid: days after the period ends that a debit may still pay its bill.
    /// Prepaid: days after the period starts.
    pub window_days: u32,
    /// Postpaid: days before the period ends that a debit may already pay its bill.
    /// Prepaid: days before the period starts.
    pub days_before: u32,
    /// The day of the month a bill is due (of the next month when postpaid); the debit
    /// nearest to it is the one that pays.
    pub due_day: Option<u32>,
}

impl Default for Matching {
    fn default() -> Self {
        Matching {
            billing: Billing::Postpaid,
            window_days: DEFAULT_PAYMENT_WINDOW_DAYS,
            days_before: 0,
            due_day: None,
        }
    }
}

/// Read `[matching]`.
fn matching(
    raw: &RawMatching,
    err: &dyn Fn(Range<usize>, ConfigErrorKind) -> ConfigError,
) -> Result<Matching, ConfigError> {
    let billing = match &raw.billing {
        None => Billing::Postpaid,
        Some(b) => match b.get_ref().trim().to_ascii_lowercase().as_str() {
            "postpaid" => Billing::Postpaid,
            "prepaid" => Billing::Prepaid,
            other => {
                return Err(err(
                    b.span(),
                    ConfigErrorKind::Value {
                        expected: crate::msg!("cfg-expect-billing"),
                        found: format!("{other:?}"),
                    },
                ))
            }
        },
    };
    let due_day = match &raw.due_day {
        Some(d) if !(1..=31).contains(d.get_ref()) => {
            return Err(err(
                d.span(),
                ConfigErrorKind::Value {
                    expected: crate::msg!("cfg-expect-day-of-month"),
                    found: d.get_ref().to_string(),
                },
            ))
        }
        d => d.as_ref().map(|d| *d.get_ref()),
    };
    let days = |v: &Option<Spanned<u32>>| match v {
        Some(d) if *d.get_ref() > MAX_MATCHING_DAYS => Err(err(
            d.span(),
            crate::msg!(
                "cfg-window-too-long",
                days = *d.get_ref(),
                max = MAX_MATCHING_DAYS
            )
            .into(),
        )),
        v => Ok(v.as_ref().map(|d| *d.get_ref())),
    };
    let default_before = match billing {
        Billing::Postpaid => 0,
        Billing::Prepaid => 31,
    };
    Ok(Matching {
        billing,
        window_days: days(&raw.payment_window_days)?.unwrap_or(DEFAULT_PAYMENT_WINDOW_DAYS),
        days_before: days(&raw.payment_days_before)?.unwrap_or(default_before),
        due_day,
    })
}

/// Read `[usage] services`: ids of declared services.
fn usage_services(
    raw: &RawUsage,
    services: &[Service],
    err: &dyn Fn(Range<usize>, ConfigErrorKind) -> ConfigError,
) -> Result<Vec<String>, ConfigError> {
    let mut out = Vec::new();
    for s in raw.services.iter().flatten() {
        let id = s.get_ref().trim();
        if !services.iter().any(|x| x.id == id) {
            return Err(err(
                s.span(),
                crate::msg!("cfg-no-such-service", id = id).into(),
            ));
        }
        out.push(id.to_string());
    }
    Ok(out)
}

/// The account holder and where money to the carrier goes.
#[derive(Debug, Clone)]
pub struct Account {
    pub holder: String,
    pub carrier: String,
    pub currency: String,
    pub payees: Vec<Regex>,
    /// The country, route and holder type (see [`Jurisdiction::resolve`]).
    pub jurisdiction: Jurisdiction,
    pub numbers: Vec<String>,
    pub hotline: Option<String>,
}

/// A subscribed service.
#[derive(Debug, Clone)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub kind: ServiceKind,
    pub patterns: Vec<Regex>,
    pub monthly_fee: Option<Decimal>,
    pub start: Option<NaiveDate>,
    pub term_months: Option<u32>,
    pub cancelled: Option<NaiveDate>,
    /// Normalised numbers (see [`normalize_number`]).
    pub numbers: Vec<String>,
    /// Closed date ranges in which the service was suspended (停机保号).
    pub suspended: Vec<(NaiveDate, NaiveDate)>,
    /// The user asked for the service to be stopped (`cancel = true`): the script demands it.
    pub cancel: bool,
}

impl Service {
    /// Whether a bill item (and its number, when both sides have one) belongs to this service.
    pub fn matches_item(&self, item: &str, number: Option<&str>) -> bool {
        self.matches_item_normalized(item, number.map(normalize_number).as_deref())
    }

    /// [`Service::matches_item`] for a number already normalised.
    pub fn matches_item_normalized(&self, item: &str, number: Option<&str>) -> bool {
        // The number first: comparing it is cheaper than the regex searches, and with one
        // service per line it rules out all services but one.
        self.matches_normalized(number) && self.patterns.iter().any(|r| r.is_match(item))
    }

    /// Whether a number (already normalised) belongs to this service: a record without a
    /// number, or a service without numbers, matches any number.
    pub fn matches_normalized(&self, number: Option<&str>) -> bool {
        match number {
            Some(n) if !self.numbers.is_empty() => {
                n.is_empty() || self.numbers.iter().any(|s| s == n)
            }
            _ => true,
        }
    }

    /// The last day of the contract term, if start and term are known.
    pub fn term_end(&self) -> Option<NaiveDate> {
        let start = self.start?;
        let months = self.term_months?;
        start
            .checked_add_months(chrono::Months::new(months))?
            .pred_opt()
    }
}

/// The whole case configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub account: Account,
    pub services: Vec<Service>,
    /// Periods the usage files are declared to cover (`[usage] covers = ["2025-01", "2025-09"]`).
    pub usage_covers: Option<(Period, Period)>,
    /// The password of the case's encrypted PDFs (`[import] password`).
    pub password: Option<Password>,
    /// `[usage] services`: the services `covers` applies to (empty: those with a usage export).
    pub usage_services: Vec<String>,
    /// `[matching]`: how debits are paired with the bills they pay.
    pub matching: Matching,
}

pub const DEFAULT_PAYMENT_WINDOW_DAYS: u32 = 45;
/// The longest `payment_window_days` / `payment_days_before` accepted: a year and a day.
pub const MAX_MATCHING_DAYS: u32 = 366;

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::io(&name, &e))?;
        Config::parse(&name, &text)
    }

    pub fn parse(file: &str, text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig =
            toml::from_str(text).map_err(|e| ConfigError::from_toml(file, text, &e))?;
        let err = |span: Range<usize>, kind: ConfigErrorKind| {
            ConfigError::at(file, text, Some(span), kind)
        };
        let value = |expected: &'static str, found: String| ConfigErrorKind::Value {
            expected: Msg::new(expected, Vec::new()),
            found,
        };

        // A case repeats its patterns (`match = ["套餐"]` on each of fifty lines): each
        // distinct one is compiled once (about 20 k instructions each), the rest are clones.
        let compiled: RefCell<HashMap<String, Regex>> = RefCell::default();
        let regex = |s: &Spanned<String>| {
            if let Some(r) = compiled.borrow().get(s.get_ref()) {
                return Ok(r.clone());
            }
            let r = Regex::new(s.get_ref()).map_err(|e| {
                err(
                    s.span(),
                    ConfigErrorKind::Regex(e.to_string().lines().last().unwrap_or("").to_string()),
                )
            })?;
            compiled.borrow_mut().insert(s.get_ref().clone(), r.clone());
            Ok(r)
        };
        let currency = match &raw.account.currency {
            Some(c) => {
                let v = c.get_ref().trim().to_ascii_uppercase();
                if v.len() != 3 || !v.chars().all(|ch| ch.is_ascii_alphabetic()) {
                    return Err(err(
                        c.span(),
                        value(
                            crate::mid!("cfg-expect-currency"),
                            format!("{:?}", c.get_ref()),
                        ),
                    ));
                }
                v
            }
            None => "CNY".to_string(),
        };
        let payees = raw
            .account
            .payees
            .iter()
            .map(regex)
            .collect::<Result<Vec<_>, _>>()?;
        let country = match &raw.account.country {
            None => None,
            Some(c) => Some(Country::parse(c.get_ref()).ok_or_else(|| {
                err(
                    c.span(),
                    value(
                        crate::mid!("cfg-expect-country"),
                        format!("{:?}", c.get_ref()),
                    ),
                )
            })?),
        };
        let holder_type = match &raw.account.holder_type {
            None => None,
            Some(h) => Some(HolderType::parse(h.get_ref()).ok_or_else(|| {
                err(
                    h.span(),
                    value(
                        crate::mid!("cfg-expect-holder-type"),
                        format!("{:?}", h.get_ref()),
                    ),
                )
            })?),
        };
        let holder = raw.account.holder.unwrap_or_default();
        let carrier = raw.account.carrier.unwrap_or_default();
        let jurisdiction =
            Jurisdiction::resolve(country, &carrier, &currency, &holder, holder_type);
        let account = Account {
            holder,
            carrier,
            currency,
            payees,
            jurisdiction,
            numbers: raw.account.numbers,
            hotline: raw.account.hotline,
        };

        let mut services = Vec::new();
        for s in &raw.services {
            let id = s.id.get_ref().trim().to_string();
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(err(
                    s.id.span(),
                    value(
                        crate::mid!("cfg-expect-service-id"),
                        format!("{:?}", s.id.get_ref()),
                    ),
                ));
            }
            if services.iter().any(|o: &Service| o.id == id) {
                return Err(err(s.id.span(), ConfigErrorKind::Duplicate(id)));
            }
            let patterns = s
                .patterns
                .iter()
                .map(regex)
                .collect::<Result<Vec<_>, _>>()?;
            let monthly_fee = match &s.monthly_fee {
                None => None,
                Some(v) => Some(decimal_value(v.get_ref()).ok_or_else(|| {
                    err(
                        v.span(),
                        value(crate::mid!("cfg-expect-amount"), v.get_ref().to_string()),
                    )
                })?),
            };
            // A fee beyond any bill (the bound of imported amounts): the checks subtract
            // it from bill lines, and past Decimal's range that panicked.
            if let (Some(fee), Some(v)) = (monthly_fee, &s.monthly_fee) {
                if fee.abs() > crate::model::MAX_AMOUNT {
                    return Err(err(
                        v.span(),
                        crate::msg!(
                            "cfg-fee-beyond-any-bill",
                            fee = fee.to_string(),
                            max = crate::model::MAX_AMOUNT.to_string()
                        )
                        .into(),
                    ));
                }
            }
            let date =
                |v: &Option<Spanned<toml::Value>>| -> Result<Option<NaiveDate>, ConfigError> {
                    match v {
                        None => Ok(None),
                        Some(v) => date_value(v.get_ref()).map(Some).ok_or_else(|| {
                            err(
                                v.span(),
                                value(crate::mid!("cfg-expect-date"), v.get_ref().to_string()),
                            )
                        }),
                    }
                };
            let mut suspended = Vec::new();
            for r in &s.suspended {
                let items = r.get_ref();
                if items.len() != 2 {
                    return Err(err(
                        r.span(),
                        ConfigErrorKind::Other(crate::msg!("cfg-two-dates", count = items.len())),
                    ));
                }
                let d = |v: &Spanned<toml::Value>| {
                    date_value(v.get_ref()).ok_or_else(|| {
                        err(
                            v.span(),
                            value(crate::mid!("cfg-expect-date"), v.get_ref().to_string()),
                        )
                    })
                };
                let (a, b) = (d(&items[0])?, d(&items[1])?);
                if a > b {
                    return Err(err(
                        r.span(),
                        ConfigErrorKind::Order(crate::msg!(
                            "cfg-order-days",
                            first = a.to_string(),
                            last = b.to_string()
                        )),
                    ));
                }
                suspended.push((a, b));
            }
            services.push(Service {
                name: s.name.clone().unwrap_or_else(|| id.clone()),
                id,
                kind: s.kind,
                patterns,
                monthly_fee,
                start: date(&s.start)?,
                term_months: s.term_months,
                cancelled: date(&s.cancelled)?,
                numbers: s
                    .numbers
                    .iter()
                    .map(|n| normalize_number(n))
                    .filter(|n| !n.is_empty())
                    .collect(),
                suspended,
                cancel: s.cancel,
            });
        }

        let usage_covers = match &raw.usage.covers {
            None => None,
            Some(c) => {
                let items = c.get_ref();
                if items.len() != 2 {
                    return Err(err(
                        c.span(),
                        ConfigErrorKind::Other(crate::msg!("cfg-two-periods", count = items.len())),
                    ));
                }
                let p = |s: &Spanned<String>| {
                    parse_period(s.get_ref()).ok_or_else(|| {
                        err(
                            s.span(),
                            value(
                                crate::mid!("cfg-expect-period"),
                                format!("{:?}", s.get_ref()),
                            ),
                        )
                    })
                };
                let (a, b) = (p(&items[0])?, p(&items[1])?);
                if a > b {
                    return Err(err(
                        c.span(),
                        ConfigErrorKind::Order(crate::msg!(
                            "cfg-order-periods",
                            first = a.to_string(),
                            last = b.to_string()
                        )),
                    ));
                }
                Some((a, b))
            }
        };

        let usage_services = usage_services(&raw.usage, &services, &err)?;
        let matching = matching(&raw.matching, &err)?;
        Ok(Config {
            account,
            services,
            usage_covers,
            usage_services,
            matching,
            password: raw.import.password.as_deref().map(Password::new),
        })
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// Whether a transaction's counterparty or description names the carrier.
    pub fn is_carrier_bound(&self, counterparty: &str, description: &str) -> bool {
        self.account
            .payees
            .iter()
            .any(|r| r.is_match(counterparty) || r.is_match(description))
    }
}

fn decimal_value(v: &toml::Value) -> Option<Decimal> {
    match v {
        toml::Value::String(s) => parse_amount(s),
        toml::Value::Integer(i) => Some(Decimal::from(*i)),
        toml::Value::Float(f) => f.to_string().parse().ok(),
        _ => None,
    }
}

fn date_value(v: &toml::Value) -> Option<NaiveDate> {
    match v {
        toml::Value::String(s) => parse_date(s),
        toml::Value::Datetime(dt) => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    const GOOD: &str = r#"
[account]
holder = "某某科技有限公司"
carrier = "中国电信"
payees = ["中国电信", "电信", "翼支付"]

[[service]]
id = "broadband"
name = "企业宽带 200M"
kind = "broadband"
match = ["宽带", "专线"]
monthly_fee = "258.00"
start = "2025-01-01"
term_months = 12
cancelled = 2025-09-10
numbers = ["ADSL0571xxxx"]
"#;

    #[test]
    fn parses_the_documented_example() {
        let c = Config::parse("billaudit.toml", GOOD).unwrap();
        assert_eq!(c.account.currency, "CNY");
        let s = &c.services[0];
        assert_eq!(s.monthly_fee, Some(dec!(258.00)));
        assert_eq!(s.cancelled.unwrap().to_string(), "2025-09-10");
        assert_eq!(s.term_end().unwrap().to_string(), "2025-12-31");
        assert!(s.matches_item("宽带月租费", None));
        assert!(s.matches_item("宽带月租费", Some("adsl0571xxxx")));
        assert!(!s.matches_item("宽带月租费", Some("13800000000")));
        assert!(c.is_carrier_bound("中国电信股份有限公司", ""));
        assert_eq!(c.matching, Matching::default());
        assert!(c.usage_services.is_empty());
    }

    #[test]
    fn matching_and_usage_services_parse_with_positioned_errors() {
        let ok = format!("{GOOD}\n[usage]\ncovers = [\"2025-01\", \"2025-06\"]\nservices = [\"broadband\"]\n\n[matching]\nbilling = \"prepaid\"\ndue_day = 20\n");
        let c = Config::parse("billaudit.toml", &ok).unwrap();
        assert_eq!(c.usage_services, vec!["broadband".to_string()]);
        assert_eq!(c.matching.billing, Billing::Prepaid);
        assert_eq!(c.matching.due_day, Some(20));
        assert_eq!(c.matching.days_before, 31);
        let e =
            Config::parse("billaudit.toml", &ok.replace("\"prepaid\"", "\"monthly\"")).unwrap_err();
        assert!(e.message().contains("postpaid"), "{e}");
        assert_eq!(e.line(), 23, "{e}");
        let e = Config::parse(
            "billaudit.toml",
            &ok.replace("due_day = 20", "due_day = 40"),
        )
        .unwrap_err();
        assert!(e.message().contains("day of the month"), "{e}");
        let e = Config::parse(
            "billaudit.toml",
            &ok.replace("[\"broadband\"]", "[\"mobile\"]"),
        )
        .unwrap_err();
        assert!(e.message().contains("mobile"), "{e}");
        assert_eq!(e.line(), 20, "{e}");
    }

    #[test]
    fn errors_point_at_line_and_column() {
        let bad = GOOD.replace("cancelled = 2025-09-10", "cancelled = \"2025-13-01\"");
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!(e.position().unwrap(), (15, 13), "{e}");
        assert!(e.message().contains("expected a date"), "{e}");
        assert!(e.to_string().contains("^^^^^^^^^^^^"), "{e}");

        let bad = GOOD.replace("kind = \"broadband\"", "kind = \"fibre\"");
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!(e.line(), 10, "{e}");
        assert!(e.message().contains("fibre"), "{e}");

        let bad = GOOD.replace("match = [\"宽带\", \"专线\"]", "match = [\"宽带(\"]");
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!(e.position().unwrap(), (11, 10), "{e}");
        assert!(e.message().contains("regular expression"), "{e}");

        let e = Config::parse("billaudit.toml", "[account\n").unwrap_err();
        assert_eq!(e.line(), 1, "{e}");
    }

    #[test]
    fn suspended_ranges_parse_with_positioned_errors() {
        let ok = GOOD.replace("term_months = 12", "term_months = 12\nsuspended = [[\"2025-03-01\", 2025-05-31], [\"2025-07-01\", \"2025-07-15\"]]");
        let c = Config::parse("billaudit.toml", &ok).unwrap();
        let s = &c.services[0].suspended;
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[0].0.to_string(), s[0].1.to_string()),
            ("2025-03-01".into(), "2025-05-31".into())
        );
        assert!(Config::parse("billaudit.toml", GOOD).unwrap().services[0]
            .suspended
            .is_empty());

        let bad = GOOD.replace(
            "term_months = 12",
            "term_months = 12\nsuspended = [[\"2025-03-01\", \"2025-02-30\"]]",
        );
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!(e.position().unwrap(), (15, 29), "{e}");
        assert!(e.message().contains("expected a date"), "{e}");

        let bad = GOOD.replace(
            "term_months = 12",
            "term_months = 12\nsuspended = [[\"2025-03-01\"]]",
        );
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!(e.position().unwrap(), (15, 14), "{e}");

        let bad = GOOD.replace(
            "term_months = 12",
            "term_months = 12\nsuspended = [[\"2025-05-01\", \"2025-03-01\"]]",
        );
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert!(e.message().contains("after the last"), "{e}");
    }

    /// The caret sits under the offending value in display columns, whatever the CJK
    /// and tabs before it.
    #[test]
    fn carets_are_measured_in_display_columns() {
        let bad = GOOD.replace(
            "match = [\"宽带\", \"专线\"]",
            "match = [\"宽带\", \"(专线\"]",
        );
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        let shown = e.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        let src = lines.iter().find(|l| l.contains("match =")).unwrap();
        let caret = lines.last().unwrap();
        let col_of = |line: &str, byte: usize| {
            use unicode_width::UnicodeWidthStr;
            line[..byte].width()
        };
        let want = col_of(src, src.find("\"(专线\"").unwrap());
        let got = col_of(caret, caret.find('^').unwrap());
        assert_eq!(got, want, "\n{shown}");
        // The caret spans the whole quoted value: 4 ASCII columns plus two CJK characters.
        assert_eq!(caret.matches('^').count(), 7, "\n{shown}");

        let bad = GOOD.replace("monthly_fee = \"258.00\"", "\tmonthly_fee = \"二百\"");
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        let shown = e.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        let src = lines.iter().find(|l| l.contains("monthly_fee")).unwrap();
        assert!(!src.contains('\t'), "tabs are expanded: {src:?}");
        let caret = lines.last().unwrap();
        let want = src.find("\"二百\"").unwrap();
        assert_eq!(caret.find('^').unwrap(), want, "\n{shown}");
        assert!(
            matches!(e.kind(), Some(ConfigErrorKind::Value { .. })),
            "{e:?}"
        );
    }

    #[test]
    fn unreadable_files_are_io_errors_without_a_position() {
        let dir = tempfile::tempdir().unwrap();
        let e = Config::load(&dir.path().join("missing.toml")).unwrap_err();
        assert!(matches!(e, ConfigError::Io { .. }), "{e:?}");
        assert_eq!(e.position(), None);
        let shown = e.to_string();
        assert!(
            shown.contains("missing.toml: cannot read") && !shown.contains(":0:0"),
            "{shown}"
        );
    }

    #[test]
    fn country_and_holder_type() {
        let c = Config::parse("billaudit.toml", GOOD).unwrap();
        let j = &c.account.jurisdiction;
        // No country set: the carrier (中国电信) says CN; the holder's name says business.
        assert_eq!(j.route(), crate::jurisdiction::Route::Cn);
        assert_eq!(
            j.country_source,
            crate::jurisdiction::CountrySource::Carrier
        );
        assert_eq!(j.holder_type, HolderType::Business);
        assert!(j.holder_type_guessed);
        let us = GOOD.replace(
            "carrier = \"中国电信\"",
            "carrier = \"中国电信\"\ncountry = \"us\"\nholder_type = \"consumer\"",
        );
        let c = Config::parse("billaudit.toml", &us).unwrap();
        assert_eq!(
            c.account.jurisdiction.route(),
            crate::jurisdiction::Route::Us
        );
        assert_eq!(c.account.jurisdiction.holder_type, HolderType::Consumer);
        let bad = GOOD.replace(
            "carrier = \"中国电信\"",
            "carrier = \"中国电信\"\ncountry = \"中国\"",
        );
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!(e.position(), Some((5, 11)), "{e}");
        assert!(e.message().contains("ISO country code"), "{e}");
        let bad = GOOD.replace(
            "carrier = \"中国电信\"",
            "carrier = \"中国电信\"\nholder_type = \"corp\"",
        );
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert!(e.message().contains("\"business\""), "{e}");
    }
}
