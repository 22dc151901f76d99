//! The complaint workflow: a plain-text case log (`CASE/case-log.jsonl`, one JSON object
//! per line), its status against the case's deadlines and later statements, and the
//! appeal text. Library code: no printing, no clock (the caller passes `as_of`).

pub mod appeal;
pub mod status;

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
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
    /// The carrier refused, or answered unsatisfactorily (`case log --refused`): in China
    /// the appeal opens at once instead of after 15 days (provision `appeal-10`); in the UK
    /// it stands for a deadlock letter.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub refused: bool,
    /// The 1-based line in the log file (set when read, never written).
    #[serde(skip)]
    pub line: u64,
}

/// Why the case log could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error("{}: {1}", .0.display())]
    Io(PathBuf, std::io::Error),
    #[error("{}:{line}: not a log entry ({message})", .file.display())]
    Parse {
        file: PathBuf,
        line: u64,
        message: crate::i18n::Msg,
    },
    #[error("{0}")]
    Invalid(crate::i18n::Msg),
}

impl CaseError {
    /// The error in `lang`.
    pub fn render(&self, lang: crate::i18n::Lang) -> String {
        match self {
            CaseError::Io(p, e) => crate::tr!(
                lang,
                "file-said",
                file = p.display().to_string(),
                text = e.to_string()
            ),
            CaseError::Parse {
                file,
                line,
                message,
            } => crate::tr!(
                lang,
                "case-log-not-an-entry",
                file = file.display().to_string(),
                line = *line,
                why = message
            ),
            CaseError::Invalid(m) => m.render(lang),
        }
    }
}

/// The log file of a case folder.
pub fn log_path(case_dir: &Path) -> PathBuf {
    case_dir.join(LOG_FILE)
}

/// The years a date of the case may have (in the log, `--at`, `--as-of`): every deadline
/// counted from such a date stays inside the dates chrono has (years ±262,142).
pub const CALENDAR_YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// The longest line of the case log that is read (a hand-written note can be long, but a
/// line past this is not one the tool wrote): longer lines are reported and skipped without
/// being held in memory.
pub const MAX_LOG_LINE: usize = 64 * 1024;
/// The longest text one field of a new entry may hold.
pub const MAX_FIELD: usize = 16 * 1024;

/// The case log as read: its entries, and the lines that are not entries.
#[derive(Debug, Default)]
pub struct CaseLog {
    pub entries: Vec<LogEntry>,
    /// Lines that could not be read as an entry (each a [`CaseError::Parse`] with its line
    /// number); they are skipped, the other entries are used.
    pub damaged: Vec<CaseError>,
}

/// Read the case log; a missing file is an empty log. Blank lines and lines starting with
/// `#` or `//` are skipped so people can annotate the file by hand; a damaged line (a torn
/// write, a typo) is reported with its number and skipped.
pub fn read_log(case_dir: &Path) -> Result<CaseLog, CaseError> {
    let path = log_path(case_dir);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(CaseLog::default()),
        Err(e) => return Err(CaseError::Io(path, e)),
    };
    let mut log = CaseLog::default();
    let mut reader = std::io::BufReader::new(file);
    let mut line = 0u64;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let (read, whole) = read_line_bounded(&mut reader, &mut buf, MAX_LOG_LINE)
            .map_err(|e| CaseError::Io(path.clone(), e))?;
        if read == 0 {
            break;
        }
        line += 1;
        if !whole {
            log.damaged.push(CaseError::Parse {
                file: path.clone(),
                line,
                message: crate::msg!("case-log-line-too-long", kib = MAX_LOG_LINE >> 10),
            });
            continue;
        }
        parse_line(&path, line, &String::from_utf8_lossy(&buf), &mut log);
    }
    log.entries
        .sort_by(|a, b| a.at.cmp(&b.at).then(a.line.cmp(&b.line)));
    Ok(log)
}

/// Read one line (without its newline) into `buf`, keeping at most `limit` bytes: the rest
/// of a longer line is passed over. Returns the bytes consumed and whether the line fit.
fn read_line_bounded(
    r: &mut impl std::io::BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut whole = true;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok((consumed, whole));
        }
        let (part, done) = match memchr::memchr(b'\n', chunk) {
            Some(k) => (&chunk[..k], k + 1),
            None => (chunk, chunk.len()),
        };
        if whole && buf.len() + part.len() <= limit {
            buf.extend_from_slice(part);
        } else {
            whole = false;
            buf.clear();
        }
        let ended = done > part.len();
        r.consume(done);
        consumed += done;
        if ended {
            return Ok((consumed, whole));
        }
    }
}

fn parse_line(path: &Path, line: u64, raw: &str, log: &mut CaseLog) {
    let text = raw.trim();
    if text.is_empty() || text.starts_with('#') || text.starts_with("//") {
        return;
    }
    match serde_json::from_str::<LogEntry>(text) {
        // A date the JSON allows but no calendar of the case has (year 262142, written
        // by hand): every deadline counted from it would be beyond the dates there are.
        Ok(e) if !CALENDAR_YEARS.contains(&e.at.year()) => log.damaged.push(CaseError::Parse {
            file: path.to_path_buf(),
            line,
            message: crate::msg!("case-log-year-out-of-range", date = e.at.to_string()),
        }),
        Ok(mut e) => {
            e.line = line;
            log.entries.push(e);
        }
        Err(err) => log.damaged.push(CaseError::Parse {
            file: path.to_path_buf(),
            line,
            message: crate::msg!("verbatim", text = err.to_string()),
        }),
    }
}

/// Parse the text of a case log.
pub fn parse_log(path: &Path, text: &str) -> CaseLog {
    let mut log = CaseLog::default();
    for (i, raw) in text.lines().enumerate() {
        parse_line(path, i as u64 + 1, raw, &mut log);
    }
    log.entries
        .sort_by(|a, b| a.at.cmp(&b.at).then(a.line.cmp(&b.line)));
    log
}

/// Append one entry to the case log: one complete line in append mode, so existing lines
/// are never rewritten. A file that does not end in a newline (edited by hand, or torn by a
/// failed write) gets one first. If the write fails (a full disk), the file is cut back to
/// its length before, so that no partial line is left: the whole line or nothing.
pub fn append(case_dir: &Path, entry: &LogEntry) -> Result<u64, CaseError> {
    use std::io::{Read, Seek, SeekFrom};
    let path = log_path(case_dir);
    if !case_dir.is_dir() {
        return Err(CaseError::Invalid(crate::msg!(
            "audit-error-not-a-dir",
            dir = case_dir.display().to_string()
        )));
    }
    for (name, value) in [
        ("ticket", &entry.ticket),
        ("agent", &entry.agent),
        ("promised", &entry.promised),
        ("note", &entry.note),
    ] {
        if value.as_ref().is_some_and(|v| v.len() > MAX_FIELD) {
            return Err(CaseError::Invalid(crate::msg!(
                "case-field-too-long",
                field = name,
                kib = MAX_FIELD >> 10
            )));
        }
    }
    let io = |e| CaseError::Io(path.clone(), e);
    let json = serde_json::to_string(entry)
        .map_err(|e| CaseError::Invalid(crate::msg!("verbatim", text = e.to_string())))?;
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(&path)
        .map_err(io)?;
    let before = f.metadata().map_err(io)?.len();
    // Lines before this one, and whether the last one ends.
    let mut lines = 0u64;
    let mut last = b'\n';
    let mut chunk = vec![0u8; 64 * 1024];
    f.seek(SeekFrom::Start(0)).map_err(io)?;
    loop {
        let n = f.read(&mut chunk).map_err(io)?;
        if n == 0 {
            break;
        }
        lines += memchr::memchr_iter(b'\n', &chunk[..n]).count() as u64;
        last = chunk[n - 1];
    }
    let mut line = String::new();
    if last != b'\n' {
        line.push('\n');
        lines += 1;
    }
    line.push_str(&json);
    line.push('\n');
    write_whole_line(&mut f, line.as_bytes(), before).map_err(io)?;
    Ok(lines + 1)
}

/// A log file being appended to: written, synced, and cut back to a length.
pub(crate) trait LogFile: Write {
    fn sync(&mut self) -> std::io::Result<()>;
    fn cut(&mut self, len: u64) -> std::io::Result<()>;
}

impl LogFile for std::fs::File {
    fn sync(&mut self) -> std::io::Result<()> {
        self.sync_all()
    }
    fn cut(&mut self, len: u64) -> std::io::Result<()> {
        self.set_len(len)
    }
}

/// Write `line` at the end of a file `before` bytes long, whole or not at all: when the
/// write fails (a full disk), the file is cut back to `before`, so that no partial line is
/// left. A cut that fails too is said in the error.
pub(crate) fn write_whole_line(
    f: &mut impl LogFile,
    line: &[u8],
    before: u64,
) -> std::io::Result<()> {
    let Err(e) = f.write_all(line).and_then(|()| f.sync()) else {
        return Ok(());
    };
    match f.cut(before) {
        Ok(()) => Err(e),
        Err(cut) => Err(std::io::Error::new(
            e.kind(),
            format!("{e}; the partial line could not be removed ({cut}): delete the last line of the log by hand"),
        )),
    }
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

/// Parse a date-time for `--at`: `2025-10-05 14:30`, `2025-10-05T14:30:00`, `2025-10-05`;
/// a year outside [`CALENDAR_YEARS`] (`+262142-12-31`, which chrono reads) is none, as the
/// log would report the line it made as damaged.
pub fn parse_at(s: &str) -> Option<NaiveDateTime> {
    parse_at_any_year(s).filter(|t| CALENDAR_YEARS.contains(&t.year()))
}

fn parse_at_any_year(s: &str) -> Option<NaiveDateTime> {
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

/// The first complaint and the first refusal in the log, as dates.
pub fn complaint_dates(log: &[LogEntry]) -> crate::jurisdiction::deadlines::Complaint {
    crate::jurisdiction::deadlines::Complaint {
        first: first_complaint(log).map(|e| e.at.date()),
        refused: log.iter().filter(|e| e.refused).map(|e| e.at.date()).min(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A log on a disk that fills up after `room` more bytes.
    struct FullDisk {
        bytes: Vec<u8>,
        room: usize,
        cut_fails: bool,
    }

    impl Write for FullDisk {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                return Err(std::io::Error::other("No space left on device"));
            }
            let n = buf.len().min(self.room).min(7);
            self.bytes.extend_from_slice(&buf[..n]);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl LogFile for FullDisk {
        fn sync(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn cut(&mut self, len: u64) -> std::io::Result<()> {
            if self.cut_fails {
                return Err(std::io::Error::other("read-only file system"));
            }
            self.bytes.truncate(len as usize);
            Ok(())
        }
    }

    /// A write that fails part-way leaves the log exactly as it was; one with room writes
    /// the whole line; a cut that fails too says so.
    #[test]
    fn a_failed_append_leaves_no_partial_line() {
        let old = b"{\"a\":1}\n".to_vec();
        let line = b"{\"kind\":\"note\",\"note\":\"a long enough line\"}\n";
        for room in [0, 1, 10, line.len() - 1] {
            let mut f = FullDisk {
                bytes: old.clone(),
                room,
                cut_fails: false,
            };
            let e = write_whole_line(&mut f, line, old.len() as u64).unwrap_err();
            assert!(e.to_string().contains("No space"), "{e}");
            assert_eq!(f.bytes, old, "room {room}");
        }
        let mut f = FullDisk {
            bytes: old.clone(),
            room: line.len(),
            cut_fails: false,
        };
        write_whole_line(&mut f, line, old.len() as u64).unwrap();
        assert_eq!(f.bytes, [old.clone(), line.to_vec()].concat());
        let mut f = FullDisk {
            bytes: old.clone(),
            room: 5,
            cut_fails: true,
        };
        let e = write_whole_line(&mut f, line, old.len() as u64).unwrap_err();
        assert!(e.to_string().contains("could not be removed"), "{e}");
    }
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
            refused: false,
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
        let log = read_log(dir.path()).unwrap().entries;
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].line, 1);
        assert_eq!(log[1].line, 3);
    }

    /// A torn last line (a write cut short by a full disk) and a damaged line in the middle
    /// are reported with their numbers and skipped; the other entries keep working, and the
    /// next entry starts on a line of its own.
    #[test]
    fn damaged_lines_are_reported_and_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let e = LogEntry {
            at: parse_at("2025-10-05 14:30").unwrap(),
            kind: EntryKind::Call,
            ticket: Some("T1".into()),
            agent: None,
            promised: None,
            note: None,
            refused: false,
            line: 0,
        };
        append(dir.path(), &e).unwrap();
        let p = log_path(dir.path());
        let mut text = std::fs::read_to_string(&p).unwrap();
        text.push_str("{oops\n");
        text.push_str(&serde_json::to_string(&e).unwrap()[..20]);
        std::fs::write(&p, &text).unwrap();
        assert_eq!(append(dir.path(), &e).unwrap(), 4);
        let log = read_log(dir.path()).unwrap();
        assert_eq!(
            log.entries.iter().map(|e| e.line).collect::<Vec<_>>(),
            [1, 4]
        );
        let damaged: Vec<String> = log.damaged.iter().map(|d| d.to_string()).collect();
        assert_eq!(damaged.len(), 2, "{damaged:?}");
        assert!(
            damaged[0].contains("case-log.jsonl:2: not a log entry"),
            "{damaged:?}"
        );
        assert!(
            damaged[1].contains("case-log.jsonl:3: not a log entry"),
            "{damaged:?}"
        );
    }

    /// `--at` takes the years a log line may hold: chrono reads `+262142-12-31`, but the
    /// log would report the line written from it as damaged.
    #[test]
    fn at_dates_outside_the_calendar_are_refused() {
        assert!(parse_at("+262142-12-31 10:00").is_none());
        assert!(parse_at("-0001-01-01").is_none());
        assert!(parse_at("0000-12-31T23:59").is_none());
        assert_eq!(parse_at("9999-12-31 23:59").map(|t| t.year()), Some(9999));
        assert_eq!(parse_at("0001-01-01").map(|t| t.year()), Some(1));
    }

    /// A line far longer than any entry is skipped without being held in memory whole.
    #[test]
    fn an_overlong_line_is_skipped() {
        let mut r = std::io::BufReader::with_capacity(16, &b"0123456789abcdefghij\nxy\n"[..]);
        let mut buf = Vec::new();
        assert_eq!(read_line_bounded(&mut r, &mut buf, 8).unwrap(), (21, false));
        assert!(buf.is_empty());
        assert_eq!(read_line_bounded(&mut r, &mut buf, 8).unwrap(), (3, true));
        assert_eq!(buf, b"xy");
        let dir = tempfile::tempdir().unwrap();
        let note = format!(
            "{{\"at\":\"2025-10-05T14:30:00\",\"kind\":\"note\",\"note\":\"{}\"}}\n",
            "x".repeat(MAX_LOG_LINE)
        );
        std::fs::write(log_path(dir.path()), note).unwrap();
        let log = read_log(dir.path()).unwrap();
        assert!(log.entries.is_empty());
        assert!(log.damaged[0]
            .to_string()
            .contains(":1: not a log entry (longer than 64 KiB)"));
    }
}
