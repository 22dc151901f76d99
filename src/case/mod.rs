//! The complaint workflow: a plain-text case log (`CASE/case-log.jsonl`, one JSON object
//! per line), its status against the case's deadlines and later statements, and the
//! appeal text. Library code: no printing, no clock (the caller passes `as_of`).

pub mod appeal;
pub mod status;

use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use regex::Regex;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::parse::parse_amount;

/// The log's file name inside the case folder (the audit never imports it).
pub const LOG_FILE: &str = "case-log.jsonl";

/// What a log entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A call (or chat) with the carrier: a complaint.
    Call,
    /// A written complaint or letter to the carrier.
    Letter,
    /// An appeal filed with the regulator.
    Appeal,
    /// Anything else worth remembering.
    Note,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Call => "call",
            EntryKind::Letter => "letter",
            EntryKind::Appeal => "appeal",
            EntryKind::Note => "note",
        }
    }

    /// Whether this entry is a complaint to the carrier (starts the 15-day clock).
    pub fn is_complaint(self) -> bool {
        matches!(self, EntryKind::Call | EntryKind::Letter)
    }
}

/// One line of the case log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// When it happened (local time, as the user gives it).
    pub at: NaiveDateTime,
    pub kind: EntryKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promised: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The 1-based line in the log file (set when read, never written).
    #[serde(skip)]
    pub line: u64,
}

/// Why the case log could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error("{}: {1}", .0.display())]
    Io(PathBuf, std::io::Error),
    #[error("{}:{line}: not a log entry ({message}); fix or delete that line", .file.display())]
    Parse {
        file: PathBuf,
        line: u64,
        message: String,
    },
    #[error("{0}")]
    Invalid(String),
}

/// The log file of a case folder.
pub fn log_path(case_dir: &Path) -> PathBuf {
    case_dir.join(LOG_FILE)
}

/// Read the case log; a missing file is an empty log. Blank lines and lines starting with
/// `#` or `//` are skipped so people can annotate the file by hand.
pub fn read_log(case_dir: &Path) -> Result<Vec<LogEntry>, CaseError> {
    let path = log_path(case_dir);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(CaseError::Io(path, e)),
    };
    parse_log(&path, &text)
}

/// Parse the text of a case log.
pub fn parse_log(path: &Path, text: &str) -> Result<Vec<LogEntry>, CaseError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("//") {
            continue;
        }
        let mut e: LogEntry = serde_json::from_str(line).map_err(|err| CaseError::Parse {
            file: path.to_path_buf(),
            line: i as u64 + 1,
            message: err.to_string(),
        })?;
        e.line = i as u64 + 1;
        out.push(e);
    }
    out.sort_by(|a, b| a.at.cmp(&b.at).then(a.line.cmp(&b.line)));
    Ok(out)
}

/// Append one entry to the case log: a single `write` of one complete line in append mode,
/// so existing lines are never rewritten. A file that does not end in a newline (edited by
/// hand) gets one first.
pub fn append(case_dir: &Path, entry: &LogEntry) -> Result<u64, CaseError> {
    let path = log_path(case_dir);
    if !case_dir.is_dir() {
        return Err(CaseError::Invalid(format!(
            "{}: not a folder",
            case_dir.display()
        )));
    }
    let existing = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(CaseError::Io(path, e)),
    };
    // Refuse to append to a log we cannot read back: the user should fix it first.
    parse_log(&path, &String::from_utf8_lossy(&existing))?;
    let json = serde_json::to_string(entry).map_err(|e| CaseError::Invalid(e.to_string()))?;
    let mut line = String::new();
    if !existing.is_empty() && !existing.ends_with(b"\n") {
        line.push('\n');
    }
    line.push_str(&json);
    line.push('\n');
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(|e| CaseError::Io(path.clone(), e))?;
    f.write_all(line.as_bytes())
        .map_err(|e| CaseError::Io(path.clone(), e))?;
    f.sync_all().ok();
    let lines = String::from_utf8_lossy(&existing).lines().count() as u64;
    Ok(lines + if line.starts_with('\n') { 0 } else { 1 })
}

/// What a promise in the log says, as far as it can be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promise {
    /// Every amount the text promises back, in the order written (see [`parse_promise`]).
    pub amounts: Vec<Decimal>,
    /// A refund or credit of this amount: the sum of `amounts`.
    pub refund: Option<Decimal>,
    /// By this date.
    pub by: Option<NaiveDate>,
}

/// Words that mark a promise as a refund or credit.
const REFUND_WORDS: &[&str] = &[
    "refund",
    "credit",
    "reimburse",
    "money back",
    "退",
    "返还",
    "返還",
    "减免",
    "減免",
    "免除",
    "冲抵",
    "沖抵",
    "补偿",
    "補償",
];

/// Read a promise such as `refund 1032 by 2025-10-12`, `退还 1,032 元，2025年10月12日前`,
/// `credit ¥258.00 before 2025/10/12`, `退还视频彩铃50元和宽带费175.81元`. Anything else
/// yields no refund and maybe a date.
///
/// The amounts are the numbers written as money (`¥50`, `50元`, `$12`, `774 yuan`); when
/// the text writes none so, every bare number that is not a quantity (`3 months`, `200M`)
/// nor an identifier (`T2025`, a phone or ticket number of 8 or more digits). The refund
/// is their sum, so a promise naming two items keeps both.
pub fn parse_promise(text: &str) -> Promise {
    let date_re = Regex::new(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
        .expect("valid regex");
    let mut by = None;
    let mut rest = text.to_string();
    if let Some(c) = date_re.captures(text) {
        let y = c[1].parse::<i32>().ok();
        let m = c[2].parse::<u32>().ok();
        let d = c[3].parse::<u32>().ok();
        if let (Some(y), Some(m), Some(d)) = (y, m, d) {
            by = NaiveDate::from_ymd_opt(y, m, d);
        }
        rest = date_re.replace(text, " ").into_owned();
    }
    let lower = rest.to_lowercase();
    if !REFUND_WORDS.iter().any(|w| lower.contains(w)) {
        return Promise {
            amounts: Vec::new(),
            refund: None,
            by,
        };
    }
    let amounts = promised_amounts(&rest);
    let refund = amounts
        .iter()
        .try_fold(Decimal::ZERO, |sum, a| sum.checked_add(*a))
        .filter(|sum| *sum > Decimal::ZERO);
    Promise {
        amounts: if refund.is_some() {
            amounts
        } else {
            Vec::new()
        },
        refund,
        by,
    }
}

/// The amounts of a promise's text (its date already removed): those written as money, or
/// else the bare numbers that are neither quantities nor identifiers.
fn promised_amounts(text: &str) -> Vec<Decimal> {
    let number_re = Regex::new(r"\d[\d,]*(?:\.\d+)?").expect("valid regex");
    let before_re =
        Regex::new(r"(?i)(?:[¥￥$€£]|rmb|cny|usd|hkd|twd|nt\$)\s*$").expect("valid regex");
    let after_re = Regex::new(r"(?i)^\s*(?:元|块|圆|圓|yuan|rmb|cny|usd|hkd|twd|dollars?\b)")
        .expect("valid regex");
    let unit_re = Regex::new(
        r"(?i)^\s*(?:个|個|月|天|日|年|期|次|分钟|分鐘|小时|小時|秒|条|條|[gmkt]b?\b|mbps|months?\b|days?\b|years?\b|weeks?\b|times\b|minutes?\b|hours?\b|%)",
    )
    .expect("valid regex");
    let mut marked = Vec::new();
    let mut bare = Vec::new();
    for m in number_re.find_iter(text) {
        let (head, tail) = (&text[..m.start()], &text[m.end()..]);
        let Some(value) = parse_amount(m.as_str().trim_end_matches(',')) else {
            continue;
        };
        if before_re.is_match(head) || after_re.is_match(tail) {
            marked.push(value);
            continue;
        }
        let glued = head
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '-')
            || tail
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() && !unit_re.is_match(tail));
        let long_id = !m.as_str().contains(['.', ',']) && m.as_str().len() >= 8;
        if !glued && !long_id && !unit_re.is_match(tail) {
            bare.push(value);
        }
    }
    if marked.is_empty() {
        bare
    } else {
        marked
    }
}

/// Parse a date-time for `--at`: `2025-10-05 14:30`, `2025-10-05T14:30:00`, `2025-10-05`.
pub fn parse_at(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    for f in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Some(t);
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// The first complaint to the carrier in the log (starts the 15-day clock).
pub fn first_complaint(log: &[LogEntry]) -> Option<&LogEntry> {
    log.iter()
        .filter(|e| e.kind.is_complaint())
        .min_by_key(|e| e.at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn promises() {
        let p = parse_promise("refund 1032 by 2025-10-12");
        assert_eq!(p.refund, Some(dec!(1032)));
        assert_eq!(p.by, NaiveDate::from_ymd_opt(2025, 10, 12));
        let p = parse_promise("2025年10月12日前退还 1,032.00 元");
        assert_eq!(p.refund, Some(dec!(1032.00)));
        assert_eq!(p.by, NaiveDate::from_ymd_opt(2025, 10, 12));
        assert_eq!(
            parse_promise("credit 3 months, 774 yuan").refund,
            Some(dec!(774))
        );
        let p = parse_promise("will call back tomorrow");
        assert_eq!(
            p,
            Promise {
                amounts: Vec::new(),
                refund: None,
                by: None
            }
        );
    }

    #[test]
    fn promises_keep_every_amount() {
        let p = parse_promise("退还视频彩铃50元和宽带费175.81元");
        assert_eq!(p.amounts, vec![dec!(50), dec!(175.81)]);
        assert_eq!(p.refund, Some(dec!(225.81)));
        // Marked amounts win over quantities and identifiers around them.
        let p = parse_promise("工单2025100512345：3个月宽带费共774元，另退来电显示¥6.00");
        assert_eq!(p.amounts, vec![dec!(774), dec!(6.00)]);
        let p = parse_promise("credit 3 months of the 200M line, 774 yuan, and $12.50");
        assert_eq!(p.amounts, vec![dec!(774), dec!(12.50)]);
        // Bare numbers: all that are not quantities nor identifiers.
        let p = parse_promise("refund 258 and 175.81 for ticket T2025 by 2025-10-12");
        assert_eq!(p.amounts, vec![dec!(258), dec!(175.81)]);
        assert_eq!(p.refund, Some(dec!(433.81)));
        assert_eq!(p.by, NaiveDate::from_ymd_opt(2025, 10, 12));
        let p = parse_promise("退还 2 个月 13800138000 的月租 1,032.00");
        assert_eq!(p.amounts, vec![dec!(1032.00)]);
        // No refund word: no amounts.
        assert_eq!(parse_promise("call back in 3 days, 50元").amounts, vec![]);
    }

    proptest::proptest! {
        /// Any number of items, each with an amount written as money, in Chinese or English
        /// wording, with or without a date: every amount is read, in order, and the refund
        /// is their exact sum.
        #[test]
        fn promises_of_many_items(
            cents in proptest::collection::vec(1u64..100_000_000, 1..6),
            style in 0usize..4,
            date in proptest::option::of((2020i32..2030, 1u32..13, 1u32..29)),
        ) {
            let amounts: Vec<Decimal> = cents.iter().map(|c| Decimal::new(*c as i64, 2)).collect();
            let items = ["宽带费", "视频彩铃", "来电显示", "月租"];
            let parts: Vec<String> = amounts
                .iter()
                .enumerate()
                .map(|(i, a)| match style {
                    0 => format!("{}{}元", items[i % 4], a),
                    1 => format!("{}¥{}", items[i % 4], crate::i18n::group_thousands(*a)),
                    2 => format!("item {} ${}", i + 1, a),
                    _ => format!("{} yuan for {} months", a, i + 1),
                })
                .collect();
            let mut text = if style >= 2 {
                format!("refund {}", parts.join(" and "))
            } else {
                format!("退还{}", parts.join("和"))
            };
            if let Some((y, m, d)) = date {
                text = format!("{y}年{m}月{d}日前{text}");
            }
            let p = parse_promise(&text);
            proptest::prop_assert_eq!(&p.amounts, &amounts, "{}", text);
            let sum: Decimal = amounts.iter().sum();
            proptest::prop_assert_eq!(p.refund, Some(sum));
            proptest::prop_assert_eq!(
                p.by,
                date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            );
        }
    }

    #[test]
    fn log_round_trip_and_append_only() {
        let dir = tempfile::tempdir().unwrap();
        let e = LogEntry {
            at: parse_at("2025-10-05 14:30").unwrap(),
            kind: EntryKind::Call,
            ticket: Some("T1".into()),
            agent: Some("A \"7\"".into()),
            promised: Some("refund 1032 by 2025-10-12".into()),
            note: None,
            line: 0,
        };
        append(dir.path(), &e).unwrap();
        // A hand-written comment without a trailing newline.
        let p = log_path(dir.path());
        let mut text = std::fs::read_to_string(&p).unwrap();
        text.push_str("# my note");
        std::fs::write(&p, &text).unwrap();
        append(
            dir.path(),
            &LogEntry {
                kind: EntryKind::Note,
                ticket: None,
                ..e.clone()
            },
        )
        .unwrap();
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(
            text.starts_with("{\"at\":\"2025-10-05T14:30:00\""),
            "{text}"
        );
        assert!(text.contains("# my note\n{"), "{text}");
        let log = read_log(dir.path()).unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].line, 1);
        assert_eq!(log[1].line, 3);
        // A broken line is reported with its position and blocks further appends.
        std::fs::write(&p, "{oops\n").unwrap();
        let err = append(dir.path(), &e).unwrap_err().to_string();
        assert!(err.contains(":1:"), "{err}");
    }
}
