//! Test helpers for the checks: a configuration, bill lines and transactions in, one
//! built-in rule's findings out.

use std::sync::Arc;

use crate::config::Config;
use crate::i18n::Lang;
use crate::import::Sink;
use crate::matcher::{match_all, Collector, Matched};
use crate::model::{BillLine, SourceRef, Transaction, UsageKind, UsageRecord};
use crate::parse::{parse_amount, parse_datetime, parse_period};
use crate::rules::{builtin_rules, disputed_total, run, Ctx, Finding};

pub const ACCOUNT: &str = "[account]\ncarrier = \"中国移动\"\npayees = [\"中国移动\"]\n";

/// Lines are (period, item, amount); transactions are (file, date, amount, counterparty).
pub fn matched(
    config: &str,
    lines: &[(&str, &str, &str)],
    txs: &[(&str, &str, &str, &str)],
) -> (Config, Matched) {
    matched_with_usage(config, lines, txs, &[])
}

/// As [`matched`], with voice usage records (start, fee).
pub fn matched_with_usage(
    config: &str,
    lines: &[(&str, &str, &str)],
    txs: &[(&str, &str, &str, &str)],
    calls: &[(&str, &str)],
) -> (Config, Matched) {
    let cfg = Config::parse("billaudit.toml", config).unwrap();
    let mut c = Collector::new(&cfg);
    for (row, (start, fee)) in calls.iter().enumerate() {
        c.usage(&UsageRecord {
            start: parse_datetime(start).unwrap(),
            kind: UsageKind::Voice,
            number: None,
            seconds: 60,
            bytes: 0,
            fee: parse_amount(fee).unwrap(),
            source: SourceRef::new(Arc::from("calls.csv"), row as u64 + 2),
        });
    }
    for (row, (p, item, a)) in lines.iter().enumerate() {
        c.bill_line(BillLine {
            currency: None,
            period: parse_period(p).unwrap(),
            item: item.to_string(),
            amount: parse_amount(a).unwrap(),
            number: None,
            source: SourceRef::new(Arc::from("bills.csv"), row as u64 + 2),
        });
    }
    for (row, (file, d, a, cp)) in txs.iter().enumerate() {
        c.transaction(Transaction {
            reversal: false,
            currency: None,
            date: parse_datetime(d).unwrap(),
            amount: parse_amount(a).unwrap(),
            counterparty: cp.to_string(),
            description: String::new(),
            id: None,
            source: SourceRef::new(Arc::from(*file), row as u64 + 2),
        });
    }
    let m = match_all(&cfg, c, &[]).unwrap();
    (cfg, m)
}

/// The findings of one built-in rule (with `params` replaced when given), and the disputed total.
pub fn findings(
    rule: &str,
    params: Option<&str>,
    cfg: &Config,
    m: &Matched,
) -> (Vec<Finding>, String) {
    let mut r = builtin_rules().into_iter().find(|r| r.id == rule).unwrap();
    if let Some(p) = params {
        r.params = toml::from_str(p).unwrap();
    }
    let f = run(&[r], &Ctx::new(cfg, m, Lang::En));
    let total = disputed_total(&f).to_string();
    (f, total)
}

/// (period, amount) of each finding.
pub fn brief(f: &[Finding]) -> Vec<(String, String)> {
    f.iter()
        .map(|f| {
            (
                f.period.map(|p| p.to_string()).unwrap_or_default(),
                f.amount.to_string(),
            )
        })
        .collect()
}
