//! `billaudit.toml`: the case's account, subscribed services and options.
//!
//! Invalid configuration is a [`ConfigError`] that points at `file:line:col` with a caret,
//! the way `just` reports errors in a justfile.

use std::fmt;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use regex::Regex;
use rust_decimal::Decimal;
use serde::Deserialize;
use toml::Spanned;

use crate::model::{normalize_number, Period, ServiceKind};
use crate::parse::{parse_amount, parse_date, parse_period};

/// An error in a TOML file, with its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
    /// The source line and the caret underneath, ready to print.
    pub snippet: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )?;
        if !self.snippet.is_empty() {
            write!(f, "\n{}", self.snippet)?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    /// Build an error at a byte span of `text`.
    pub fn at(
        file: &str,
        text: &str,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> ConfigError {
        let span = span.unwrap_or(0..0);
        let start = span.start.min(text.len());
        let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_no = text[..start].matches('\n').count() + 1;
        let col = text[line_start..start].chars().count() + 1;
        let line_end = text[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(text.len());
        let src_line = text[line_start..line_end].trim_end_matches('\r');
        let width = text[start..span.end.clamp(start, line_end)]
            .chars()
            .count()
            .max(1);
        let gutter = line_no.to_string().len();
        let snippet = format!(
            "{pad} |\n{line_no} | {src_line}\n{pad} | {spaces}{carets}",
            pad = " ".repeat(gutter),
            spaces = " ".repeat(col - 1),
            carets = "^".repeat(width),
        );
        ConfigError {
            file: file.to_string(),
            line: line_no,
            col,
            message: message.into(),
            snippet,
        }
    }

    /// Turn a TOML parse/deserialise error into a positioned error.
    pub fn from_toml(file: &str, text: &str, e: &toml::de::Error) -> ConfigError {
        let msg = e.message().trim().to_string();
        ConfigError::at(file, text, e.span(), msg)
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
    /// ISO country of the carrier (CN default), for escalation paths.
    country: Option<String>,
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
    err: &dyn Fn(Range<usize>, String) -> ConfigError,
) -> Result<Matching, ConfigError> {
    let billing = match &raw.billing {
        None => Billing::Postpaid,
        Some(b) => match b.get_ref().trim().to_ascii_lowercase().as_str() {
            "postpaid" => Billing::Postpaid,
            "prepaid" => Billing::Prepaid,
            other => {
                return Err(err(
                    b.span(),
                    format!("expected \"postpaid\" or \"prepaid\", found {other:?}"),
                ))
            }
        },
    };
    let due_day = match &raw.due_day {
        Some(d) if !(1..=31).contains(d.get_ref()) => {
            return Err(err(
                d.span(),
                format!(
                    "expected a day of the month (1 to 31), found {}",
                    d.get_ref()
                ),
            ))
        }
        d => d.as_ref().map(|d| *d.get_ref()),
    };
    let days = |v: &Option<Spanned<u32>>| match v {
        Some(d) if *d.get_ref() > MAX_MATCHING_DAYS => Err(err(
            d.span(),
            format!(
                "{} days is more than a payment window can be (at most {MAX_MATCHING_DAYS})",
                d.get_ref()
            ),
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
    err: &dyn Fn(Range<usize>, String) -> ConfigError,
) -> Result<Vec<String>, ConfigError> {
    let mut out = Vec::new();
    for s in raw.services.iter().flatten() {
        let id = s.get_ref().trim();
        if !services.iter().any(|x| x.id == id) {
            return Err(err(s.span(), format!("no [[service]] has the id {id:?}")));
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
    pub country: String,
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
}

impl Service {
    /// Whether a bill item (and its number, when both sides have one) belongs to this service.
    pub fn matches_item(&self, item: &str, number: Option<&str>) -> bool {
        self.matches_item_normalized(item, number.map(normalize_number).as_deref())
    }

    /// [`Service::matches_item`] for a number already normalised.
    pub fn matches_item_normalized(&self, item: &str, number: Option<&str>) -> bool {
        self.patterns.iter().any(|r| r.is_match(item)) && self.matches_normalized(number)
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
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            file: name.clone(),
            line: 0,
            col: 0,
            message: format!("cannot read: {e}"),
            snippet: String::new(),
        })?;
        Config::parse(&name, &text)
    }

    pub fn parse(file: &str, text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig =
            toml::from_str(text).map_err(|e| ConfigError::from_toml(file, text, &e))?;
        let err = |span: Range<usize>, msg: String| ConfigError::at(file, text, Some(span), msg);

        let regex = |s: &Spanned<String>| {
            Regex::new(s.get_ref()).map_err(|e| {
                err(
                    s.span(),
                    format!(
                        "invalid regular expression: {}",
                        e.to_string().lines().last().unwrap_or("")
                    ),
                )
            })
        };
        let currency = match &raw.account.currency {
            Some(c) => {
                let v = c.get_ref().trim().to_ascii_uppercase();
                if v.len() != 3 || !v.chars().all(|ch| ch.is_ascii_alphabetic()) {
                    return Err(err(
                        c.span(),
                        format!(
                            "expected a 3-letter currency code like CNY, found {:?}",
                            c.get_ref()
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
        let account = Account {
            holder: raw.account.holder.unwrap_or_default(),
            carrier: raw.account.carrier.unwrap_or_default(),
            currency,
            payees,
            country: raw
                .account
                .country
                .unwrap_or_else(|| "CN".into())
                .to_ascii_uppercase(),
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
                    format!(
                        "expected a service id of letters, digits, '-' or '_', found {:?}",
                        s.id.get_ref()
                    ),
                ));
            }
            if services.iter().any(|o: &Service| o.id == id) {
                return Err(err(s.id.span(), format!("duplicate service id {id:?}")));
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
                        format!("expected an amount like \"258.00\", found {}", v.get_ref()),
                    )
                })?),
            };
            let date =
                |v: &Option<Spanned<toml::Value>>| -> Result<Option<NaiveDate>, ConfigError> {
                    match v {
                        None => Ok(None),
                        Some(v) => date_value(v.get_ref()).map(Some).ok_or_else(|| {
                            err(
                                v.span(),
                                format!(
                                    "expected a date like \"2025-09-10\", found {}",
                                    v.get_ref()
                                ),
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
                        format!(
                            "expected two dates [\"FIRST\", \"LAST\"], found {} values",
                            items.len()
                        ),
                    ));
                }
                let d = |v: &Spanned<toml::Value>| {
                    date_value(v.get_ref()).ok_or_else(|| {
                        err(
                            v.span(),
                            format!("expected a date like \"2025-03-01\", found {}", v.get_ref()),
                        )
                    })
                };
                let (a, b) = (d(&items[0])?, d(&items[1])?);
                if a > b {
                    return Err(err(
                        r.span(),
                        format!("the first day ({a}) is after the last ({b})"),
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
            });
        }

        let usage_covers = match &raw.usage.covers {
            None => None,
            Some(c) => {
                let items = c.get_ref();
                if items.len() != 2 {
                    return Err(err(
                        c.span(),
                        format!(
                            "expected two periods [\"FIRST\", \"LAST\"], found {} values",
                            items.len()
                        ),
                    ));
                }
                let p = |s: &Spanned<String>| {
                    parse_period(s.get_ref()).ok_or_else(|| {
                        err(
                            s.span(),
                            format!(
                                "expected a period like \"2025-01\", found {:?}",
                                s.get_ref()
                            ),
                        )
                    })
                };
                let (a, b) = (p(&items[0])?, p(&items[1])?);
                if a > b {
                    return Err(err(
                        c.span(),
                        format!("the first period ({a}) is after the last ({b})"),
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
        assert!(e.message.contains("postpaid"), "{e}");
        assert_eq!(e.line, 23, "{e}");
        let e = Config::parse(
            "billaudit.toml",
            &ok.replace("due_day = 20", "due_day = 40"),
        )
        .unwrap_err();
        assert!(e.message.contains("day of the month"), "{e}");
        let e = Config::parse(
            "billaudit.toml",
            &ok.replace("[\"broadband\"]", "[\"mobile\"]"),
        )
        .unwrap_err();
        assert!(e.message.contains("mobile"), "{e}");
        assert_eq!(e.line, 20, "{e}");
    }

    #[test]
    fn errors_point_at_line_and_column() {
        let bad = GOOD.replace("cancelled = 2025-09-10", "cancelled = \"2025-13-01\"");
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!((e.line, e.col), (15, 13), "{e}");
        assert!(e.message.contains("expected a date"), "{e}");
        assert!(e.snippet.contains("^^^^^^^^^^^^"), "{e}");

        let bad = GOOD.replace("kind = \"broadband\"", "kind = \"fibre\"");
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!(e.line, 10, "{e}");
        assert!(e.message.contains("fibre"), "{e}");

        let bad = GOOD.replace("match = [\"宽带\", \"专线\"]", "match = [\"宽带(\"]");
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!((e.line, e.col), (11, 10), "{e}");
        assert!(e.message.contains("regular expression"), "{e}");

        let e = Config::parse("billaudit.toml", "[account\n").unwrap_err();
        assert_eq!(e.line, 1, "{e}");
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
        assert_eq!((e.line, e.col), (15, 29), "{e}");
        assert!(e.message.contains("expected a date"), "{e}");

        let bad = GOOD.replace(
            "term_months = 12",
            "term_months = 12\nsuspended = [[\"2025-03-01\"]]",
        );
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert_eq!((e.line, e.col), (15, 14), "{e}");

        let bad = GOOD.replace(
            "term_months = 12",
            "term_months = 12\nsuspended = [[\"2025-05-01\", \"2025-03-01\"]]",
        );
        let e = Config::parse("billaudit.toml", &bad).unwrap_err();
        assert!(e.message.contains("after the last"), "{e}");
    }
}
