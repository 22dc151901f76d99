//! Cell-level parsers: amounts, dates, periods, durations and data volumes as they appear
//! in real exports. Every function is total: it returns `None` for text it does not
//! understand and never panics (see the proptests below).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use std::str::FromStr;

use crate::model::Period;

/// Placeholders that exports use for "empty".
pub fn is_placeholder(s: &str) -> bool {
    // Fast path: a cell that starts with a digit is never a placeholder.
    if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let t = s.trim();
    t.is_empty()
        || t.chars().all(|c| c == '-' || c == '－' || c == '—')
        || matches!(t, "/" | "NA" | "N/A" | "n/a" | "*" | "null" | "NULL" | "无")
}

/// Trim spaces, TABs, ideographic spaces, the `="…"` Excel text wrapper and a leading `'`/`` ` ``.
pub fn clean(s: &str) -> &str {
    // Fast path: a cell that starts and ends with an ASCII letter or digit has nothing to trim.
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => s,
        _ => clean_general(s),
    }
}

fn clean_general(s: &str) -> &str {
    let mut t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}');
    if t.len() >= 3 && t.starts_with("=\"") && t.ends_with('"') {
        t = &t[2..t.len() - 1];
    }
    t.trim_start_matches(['`', '\''])
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

/// Parse a money amount: `1,234.56`, `¥12.00`, `￥12.00`, `-12.00`, `(12.00)`, `CNY 12.00`,
/// `12.00元`, `+10000.00`, `$-17.86`, `($948.03)`, `.74`, `131.77(已退款89.84)`.
/// Returns `None` for placeholders and anything that is not a number.
pub fn parse_amount(s: &str) -> Option<Decimal> {
    let t = clean(s);
    // Fast path for the common `258.00`: the same value (and scale) the general path gives.
    if let Some(d) = plain_amount(t.as_bytes()) {
        return Some(d);
    }
    if is_plain_decimal(t.as_bytes()) {
        return Decimal::from_str(t).ok();
    }
    if is_placeholder(t) {
        return None;
    }
    let mut neg = false;
    let mut body: &str = t;
    // A whole value in brackets is negative: (12.00), ($948.03), （12.00）
    if let Some(inner) = body
        .strip_prefix('(')
        .and_then(|b| b.strip_suffix(')'))
        .or_else(|| body.strip_prefix('（').and_then(|b| b.strip_suffix('）')))
    {
        neg = true;
        body = inner.trim();
    } else if let Some(idx) = body.find(['(', '（']) {
        // A trailing note in brackets: 131.77(已退款89.84), 8,000.00(CN)
        if idx > 0 {
            body = body[..idx].trim();
        }
    }
    let mut out = String::with_capacity(body.len());
    let mut seen_digit = false;
    let mut seen_sign = false;
    for c in body.chars() {
        match c {
            '0'..='9' => {
                seen_digit = true;
                out.push(c);
            }
            '.' => out.push('.'),
            ',' | '，' | ' ' | '\u{3000}' | '\'' | '_' => {}
            '-' | '－' | '−' if !seen_digit && !seen_sign => {
                seen_sign = true;
                neg = !neg;
            }
            '+' | '＋' if !seen_digit && !seen_sign => seen_sign = true,
            '¥' | '￥' | '$' | '€' | '£' => {}
            c if c.is_ascii_alphabetic() && !seen_digit => {} // CNY, USD, RMB, HKD prefixes
            '元' | '圆' if seen_digit => {}
            c if c.is_ascii_alphabetic() && seen_digit => {
                // Trailing currency code (12.00 CNY) or CR/DR marks.
            }
            _ => return None,
        }
    }
    // Reject trailing garbage such as letters between digits ("12a3").
    if !seen_digit || out.chars().filter(|c| *c == '.').count() > 1 {
        return None;
    }
    if !body_is_well_formed(body) {
        return None;
    }
    let mut d = Decimal::from_str(&out).ok()?;
    if neg {
        d = -d;
    }
    Some(d)
}

/// The character that separates whole units from fractions in a file's amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalMark {
    /// `1,234.56`
    Point,
    /// `1.234,56`, `12,34`, `1 234,56`
    Comma,
}

/// What one written amount shows about the file's decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkEvidence {
    /// No `.` or `,` (or nothing a number): either mark reads it the same.
    Neither,
    /// Only this mark can read it: `1.234,56` and `12,34` show a comma, `1,234.56`, `12.5`
    /// and `1,234,567` a point.
    Shows(DecimalMark),
    /// One separator followed by exactly three digits after one to three leading digits
    /// (`1,234`, `12.345`): a thousands group under one mark, a fraction under the other.
    Ambiguous,
}

/// Which decimal mark the amount `s` shows (see [`MarkEvidence`]).
pub fn decimal_mark_of(s: &str) -> MarkEvidence {
    // The number itself: from its first digit through digits, marks and grouping spaces
    // (not a note after it, as in `30.00(已退款10.00)`).
    let c = clean(s);
    let t = match c.find(|c: char| c.is_ascii_digit()) {
        Some(start) => {
            let rest = &c[start..];
            let end = rest
                .find(|c: char| {
                    !(c.is_ascii_digit()
                        || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\''))
                })
                .unwrap_or(rest.len());
            rest[..end].trim_end()
        }
        None => return MarkEvidence::Neither,
    };
    let (mut dots, mut commas) = (0, 0);
    let mut last: Option<(char, usize)> = None;
    for (i, c) in t.char_indices() {
        match c {
            '.' => {
                dots += 1;
                last = Some(('.', i));
            }
            ',' => {
                commas += 1;
                last = Some((',', i));
            }
            _ => {}
        }
    }
    let Some((mark, at)) = last else {
        return MarkEvidence::Neither;
    };
    let which = |c: char| {
        if c == '.' {
            DecimalMark::Point
        } else {
            DecimalMark::Comma
        }
    };
    let other = |c: char| if c == '.' { ',' } else { '.' };
    if dots > 0 && commas > 0 {
        return MarkEvidence::Shows(which(mark));
    }
    if dots + commas > 1 {
        // Only grouping repeats: the mark is the other one.
        return MarkEvidence::Shows(which(other(mark)));
    }
    let after = t[at + 1..].chars().take_while(char::is_ascii_digit).count();
    let before: String = t[..at]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let lead = before.chars().filter(char::is_ascii_digit).count();
    let grouped_by_space = before.chars().any(|c| !c.is_ascii_digit());
    let lead_zero = before.ends_with('0') && lead > 1 || before == "0";
    if after == 3 && (1..=3).contains(&lead) && !lead_zero && !grouped_by_space {
        MarkEvidence::Ambiguous
    } else if grouped_by_space && mark == '.' && after == 3 {
        // `1 234.567` is odd either way; read as it is written.
        MarkEvidence::Shows(DecimalMark::Point)
    } else {
        MarkEvidence::Shows(which(mark))
    }
}

/// Parse an amount written with `mark` as its decimal mark: the other mark, spaces and
/// apostrophes group thousands. `1.234,56` with [`DecimalMark::Comma`] is 1234.56.
pub fn parse_amount_with(s: &str, mark: DecimalMark) -> Option<Decimal> {
    match mark {
        DecimalMark::Point => parse_amount(s),
        DecimalMark::Comma => {
            let t: String = clean(s)
                .chars()
                .filter(|c| !matches!(c, '.' | ' ' | '\u{a0}' | '\u{202f}' | '\''))
                .map(|c| if c == ',' { '.' } else { c })
                .collect();
            parse_amount(&t)
        }
    }
}

/// Digits, with at most one `.` between digits (`258`, `258.00`); at most 20 bytes.
fn is_plain_decimal(b: &[u8]) -> bool {
    if b.is_empty() || b.len() > 20 || !b[0].is_ascii_digit() || !b[b.len() - 1].is_ascii_digit() {
        return false;
    }
    let mut dots = 0;
    for &c in b {
        if c == b'.' {
            dots += 1;
        } else if !c.is_ascii_digit() {
            return false;
        }
    }
    dots <= 1
}

/// The fast path of [`parse_amount`] on a cell's raw bytes: `Some` only for a plain
/// `258` or `258.00` of at most 18 digits (nothing to trim, no sign, no separators), with
/// the value and scale `parse_amount` gives it. One pass, no overflow possible.
#[inline]
pub fn plain_amount(b: &[u8]) -> Option<Decimal> {
    if b.is_empty() || b.len() > 19 || !b[b.len() - 1].is_ascii_digit() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut dot = None;
    for (i, &c) in b.iter().enumerate() {
        let d = c.wrapping_sub(b'0');
        if d < 10 {
            mantissa = mantissa * 10 + d as u64;
        } else if c == b'.' && dot.is_none() && i > 0 {
            dot = Some(i);
        } else {
            return None;
        }
    }
    let scale = dot.map_or(0, |i| (b.len() - i - 1) as u32);
    if b.len() - dot.is_some() as usize > 18 {
        return None;
    }
    Some(Decimal::from_parts(
        mantissa as u32,
        (mantissa >> 32) as u32,
        0,
        false,
        scale,
    ))
}

/// A bare count of ASCII digits (`75`), at most 18 of them so that it fits a `u64`: the
/// fast path of [`parse_duration`] and [`parse_volume`] on a cell's raw bytes.
#[inline]
pub fn bare_integer(b: &[u8]) -> Option<u64> {
    if b.is_empty() || b.len() > 18 {
        return None;
    }
    let mut n = 0u64;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as u64;
    }
    Some(n)
}

/// The fast path of [`parse_datetime`] on a cell's raw bytes: `Some` only for a valid
/// `YYYY-MM-DD[ HH:MM:SS]` or `YYYY/MM/DD[ HH:MM:SS]` with nothing around it.
pub fn plain_datetime(b: &[u8]) -> Option<NaiveDateTime> {
    fast_datetime(b).flatten()
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, optionally followed by ` HH:MM:SS`: the shape of nearly
/// every row of a usage export. `None` when `t` has another shape (not: is invalid).
fn fast_datetime(b: &[u8]) -> Option<Option<NaiveDateTime>> {
    if !(b.len() == 10 || b.len() == 19) {
        return None;
    }
    let sep = b[4];
    if !(sep == b'-' || sep == b'/') || b[7] != sep {
        return None;
    }
    let (y, m, d) = (
        bare_integer(&b[0..4])? as u32,
        bare_integer(&b[5..7])? as u32,
        bare_integer(&b[8..10])? as u32,
    );
    let time = match fast_time(&b[10..])? {
        Some(t) => t,
        None => return Some(None),
    };
    Some(valid_date(y as i32, m, d).map(|d| d.and_time(time)))
}

/// What follows the date in [`fast_datetime`]: nothing, or ` HH:MM:SS`.
#[inline]
fn fast_time(b: &[u8]) -> Option<Option<NaiveTime>> {
    match b {
        [] => Some(Some(NaiveTime::MIN)),
        [b' ', hms @ ..] => {
            let [h, mi, se] = hh_mm_ss(hms.try_into().ok()?)?;
            Some(NaiveTime::from_hms_opt(h, mi, se))
        }
        _ => None,
    }
}

/// The three numbers of `HH:MM:SS` (two ASCII digits each, colons between), read as one
/// word: every time cell of a usage export goes through here.
#[inline]
fn hh_mm_ss(b: &[u8; 8]) -> Option<[u32; 3]> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // After the XOR a digit byte is its value (0-9 for `0`-`9`) and a colon byte is 0.
    let x = u64::from_le_bytes(*b) ^ u64::from_le_bytes(*b"00:00:00");
    // A byte of `x` below 0x80 plus its room stays below 0x80 only for a digit (room 0x76)
    // or a zero (room 0x7f), with no carry into the next byte; a byte of 0x80 or above is
    // caught by the `| x` (a carry out of it changes nothing then).
    let room = u64::from_le_bytes([0x76, 0x76, 0x7f, 0x76, 0x76, 0x7f, 0x76, 0x76]);
    if (x.wrapping_add(room) | x) & HIGH != 0 {
        return None;
    }
    let digit = |i: u32| ((x >> (8 * i)) & 0xff) as u32;
    Some([
        digit(0) * 10 + digit(1),
        digit(3) * 10 + digit(4),
        digit(6) * 10 + digit(7),
    ])
}

/// [`plain_datetime`] for the cells of one column, row after row: rows of a usage export
/// come in time order, so the date part is nearly always the last one again and only the
/// time is read.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateMemo(Option<([u8; 10], NaiveDate)>);

impl DateMemo {
    #[inline]
    pub fn plain_datetime(&mut self, b: &[u8]) -> Option<NaiveDateTime> {
        if let (Some((key, date)), Some(head)) = (&self.0, b.first_chunk::<10>()) {
            if head == key {
                return fast_time(&b[10..])?.map(|t| date.and_time(t));
            }
        }
        let dt = plain_datetime(b)?;
        self.0 = Some((b[..10].try_into().ok()?, dt.date()));
        Some(dt)
    }
}

/// Letters may only stand before or after the number, never inside it.
fn body_is_well_formed(body: &str) -> bool {
    let first = body.find(|c: char| c.is_ascii_digit());
    let last = body.rfind(|c: char| c.is_ascii_digit());
    match (first, last) {
        (Some(a), Some(b)) => !body[a..=b]
            .chars()
            .any(|c| c.is_alphabetic() || c == '¥' || c == '$' || c == '元'),
        _ => false,
    }
}

/// Parse a date with an optional time: `2025-08-01`, `2025/8/1`, `2025年8月1日`, `20250801`,
/// `2025-08-01 12:30:05`, `2025/08/01  12:30`, `2025-08-01T12:30:05`, `20250801 123005`,
/// `01/08/2025` is *not* guessed (ambiguous); day-first formats come from profiles.
pub fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let t = clean(s);
    if let Some(fast) = fast_datetime(t.as_bytes()) {
        return fast;
    }
    if is_placeholder(t) {
        return None;
    }
    let (date_part, time_part) = split_date_time(t);
    let date = parse_date_only(date_part)?;
    let time = match time_part {
        None => NaiveTime::MIN,
        Some(tp) => parse_time(tp)?,
    };
    Some(date.and_time(time))
}

/// Parse a date, ignoring any time part.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    parse_datetime(s).map(|d| d.date())
}

fn split_date_time(t: &str) -> (&str, Option<&str>) {
    if let Some(idx) = t.find(['T', ' ', '\t', '\u{3000}']) {
        let (d, rest) = t.split_at(idx);
        let rest = rest.trim_start_matches(['T', ' ', '\t', '\u{3000}']);
        if rest.is_empty() {
            (d, None)
        } else {
            (d, Some(rest))
        }
    } else if let Some(idx) = t.find('日') {
        let (d, rest) = t.split_at(idx + '日'.len_utf8());
        let rest = rest.trim();
        (d, if rest.is_empty() { None } else { Some(rest) })
    } else {
        (t, None)
    }
}

fn parse_date_only(d: &str) -> Option<NaiveDate> {
    let d = d.trim();
    if d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = d[0..4].parse().ok()?;
        let m: u32 = d[4..6].parse().ok()?;
        let day: u32 = d[6..8].parse().ok()?;
        return valid_date(y, m, day);
    }
    let parts: Vec<&str> = d
        .split(['-', '/', '.', '年', '月', '日'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let y: i32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let day: u32 = parts[2].parse().ok()?;
    if parts[1].len() > 2 || parts[2].len() > 2 {
        return None;
    }
    valid_date(y, m, day)
}

fn valid_date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1900..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A date written without a year (`12/29`, `01-03`, `12月29日`, perhaps followed by a time)
/// in a statement or bill cycle that ends on `end`: the year of `end`, or the year before
/// where that would put it after `end` (a `12/29` line of a January statement). A day that
/// does not exist in the year of `end` (29 February) is `None`, never moved to another year.
/// The one rule for dates without a year, for the table layouts and the carrier readers alike.
pub fn date_without_year(s: &str, end: NaiveDate) -> Option<NaiveDateTime> {
    use chrono::Datelike;
    let (d, time) = match s.trim().split_once([' ', '\t']) {
        Some((d, t)) => (d, parse_time(t.trim())?),
        None => (s.trim(), NaiveTime::MIN),
    };
    let parts: Vec<&str> = d
        .split(['/', '-', '.', '月', '日'])
        .filter(|p| !p.is_empty())
        .collect();
    let [m, day] = parts.as_slice() else {
        return None;
    };
    if m.len() > 2 || day.len() > 2 {
        return None;
    }
    let (m, day): (u32, u32) = (m.parse().ok()?, day.parse().ok()?);
    let this = NaiveDate::from_ymd_opt(end.year(), m, day)?;
    let date = if this <= end {
        this
    } else {
        NaiveDate::from_ymd_opt(end.year() - 1, m, day)?
    };
    Some(date.and_time(time))
}

/// `12:30:05`, `12:30`, `123005`, `12:30:05.123`, `12时30分05秒`.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let t = s.trim();
    if t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveTime::from_hms_opt(
            t[0..2].parse().ok()?,
            t[2..4].parse().ok()?,
            t[4..6].parse().ok()?,
        );
    }
    let t = t.split(['.', '+', 'Z']).next().unwrap_or(t);
    let parts: Vec<&str> = t
        .split([':', '时', '分', '秒'])
        .filter(|p| !p.is_empty())
        .collect();
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.trim().parse::<u32>().ok()).collect();
    let nums = nums?;
    match nums.as_slice() {
        [h, m] => NaiveTime::from_hms_opt(*h, *m, 0),
        [h, m, s] => NaiveTime::from_hms_opt(*h, *m, *s),
        _ => None,
    }
}

/// Parse a billing period: `2025-08`, `2025/08`, `202508`, `2025年08月`, `2025年8月`, and
/// dates or date ranges (`2025-08-01`, `2025-08-01至2025-08-31`: the month of the first date).
pub fn parse_period(s: &str) -> Option<Period> {
    let t = clean(s);
    if is_placeholder(t) {
        return None;
    }
    if t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()) {
        return Period::new(t[0..4].parse().ok()?, t[4..6].parse().ok()?);
    }
    let digits_and_seps: Vec<&str> = t
        .split(['-', '/', '.', '年', '月'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if digits_and_seps.len() == 2
        && digits_and_seps[0].len() == 4
        && digits_and_seps[1].len() <= 2
        && digits_and_seps
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Period::new(
            digits_and_seps[0].parse().ok()?,
            digits_and_seps[1].parse().ok()?,
        );
    }
    // A month and year: 02/2025, Feb 2025, February 2025, Feb-2025, 2025 Feb.
    if let Some(p) = month_and_year(&digits_and_seps, t) {
        return Some(p);
    }
    // A date, or a range whose first element is a date.
    let first = t.split(['至', '到', '~', '～']).next().unwrap_or(t).trim();
    let first = first.split(" - ").next().unwrap_or(first).trim();
    parse_date(first).map(Period::of)
}

/// `02/2025` (month first), or an English month name with a four-digit year in either
/// order (`Feb 2025`, `February 2025`, `Feb-2025`, `2025 Feb`).
fn month_and_year(parts: &[&str], t: &str) -> Option<Period> {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if parts.len() == 2
        && parts[0].len() <= 2
        && parts[1].len() == 4
        && parts.iter().all(|p| digits(p))
    {
        return Period::new(parts[1].parse().ok()?, parts[0].parse().ok()?);
    }
    let words: Vec<&str> = t
        .split([' ', '-', '/', ',', '.'])
        .filter(|w| !w.is_empty())
        .collect();
    let [a, b] = words.as_slice() else {
        return None;
    };
    let (name, year) = if digits(a) { (b, a) } else { (a, b) };
    if year.len() != 4 || !digits(year) {
        return None;
    }
    Period::new(year.parse().ok()?, english_month(name)?)
}

/// The number of an English month name or its three-letter abbreviation (`Sept` too).
pub(crate) fn english_month(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let n = name.to_ascii_lowercase();
    if n.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&n) || (n == "sept" && *m == "september"))
        .map(|i| i as u32 + 1)
}

/// Parse a duration into seconds: `75` (seconds), `1:02:03`, `02:03` (M:SS), `12分5秒`,
/// `1小时2分3秒`, `1时2分3秒`, `5秒`, `3分钟`, `1h2m3s`. A bare number is seconds unless the
/// caller knows better (see [`DurationUnit`]).
pub fn parse_duration(s: &str, unit: DurationUnit) -> Option<u64> {
    let t = clean(s);
    if let Some(n) = bare_integer(t.as_bytes()) {
        // Fast path for a bare integer; on overflow the general path answers.
        let factor = match unit {
            DurationUnit::Seconds => 1,
            DurationUnit::Minutes => 60,
            DurationUnit::Hours => 3600,
        };
        if let Some(secs) = n.checked_mul(factor) {
            return Some(secs);
        }
    }
    if is_placeholder(t) {
        return None;
    }
    if let Ok(n) = Decimal::from_str(t) {
        if n.is_sign_negative() {
            return None;
        }
        // Checked: a huge number of minutes or hours is no duration (found by fuzzing).
        let secs = match unit {
            DurationUnit::Seconds => Some(n),
            DurationUnit::Minutes => n.checked_mul(Decimal::from(60)),
            DurationUnit::Hours => n.checked_mul(Decimal::from(3600)),
        }?;
        return u64::try_from(secs.round()).ok();
    }
    if t.contains(':') {
        let parts: Option<Vec<u64>> = t.split(':').map(|p| p.trim().parse::<u64>().ok()).collect();
        let parts = parts?;
        return match parts.as_slice() {
            [m, s] => m.checked_mul(60)?.checked_add(*s),
            [h, m, s] => h
                .checked_mul(3600)?
                .checked_add(m.checked_mul(60)?)?
                .checked_add(*s),
            _ => None,
        };
    }
    // Unit-suffixed groups: 1小时2分3秒, 12分5秒, 1h2m3s, 3分钟
    let mut total: u64 = 0;
    let mut num = String::new();
    let mut any = false;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        let mult: u64 = match c {
            '小' => {
                if chars.peek() == Some(&'时') {
                    chars.next();
                }
                3600
            }
            '时' | 'h' | 'H' => 3600,
            '分' => {
                if chars.peek() == Some(&'钟') {
                    chars.next();
                }
                60
            }
            'm' | 'M' => {
                if matches!(chars.peek(), Some('i') | Some('I')) {
                    // "min"
                    chars.next();
                    if matches!(chars.peek(), Some('n') | Some('N')) {
                        chars.next();
                    }
                }
                60
            }
            '秒' | 's' | 'S' => 1,
            _ => return None,
        };
        if num.is_empty() {
            return None;
        }
        total = total.checked_add(num.parse::<u64>().ok()?.checked_mul(mult)?)?;
        num.clear();
        any = true;
    }
    if !num.is_empty() {
        return None;
    }
    any.then_some(total)
}

/// The unit a bare number in a duration column is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationUnit {
    Seconds,
    Minutes,
    Hours,
}

/// The unit a bare number in a volume column is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VolumeUnit {
    Bytes,
    KB,
    MB,
    GB,
}

impl VolumeUnit {
    pub fn factor(self) -> u64 {
        match self {
            VolumeUnit::Bytes => 1,
            VolumeUnit::KB => 1024,
            VolumeUnit::MB => 1024 * 1024,
            VolumeUnit::GB => 1024 * 1024 * 1024,
        }
    }

    /// Find a unit named in a header such as `流量（KB）` or `Data volume (MB)`.
    pub fn from_header(h: &str) -> Option<VolumeUnit> {
        let u = h.to_ascii_uppercase();
        if u.contains("GB") {
            Some(VolumeUnit::GB)
        } else if u.contains("MB") || u.contains("兆") {
            Some(VolumeUnit::MB)
        } else if u.contains("KB") || u.contains("K)") || u.contains("千字节") {
            Some(VolumeUnit::KB)
        } else if u.contains("BYTE") || u.contains("字节") {
            Some(VolumeUnit::Bytes)
        } else {
            None
        }
    }
}

/// Parse a data volume into bytes: `1.5MB`, `1024KB`, `2 GB`, `300K`, `12B`; a bare number is
/// in `default_unit`.
pub fn parse_volume(s: &str, default_unit: VolumeUnit) -> Option<u64> {
    let t = clean(s);
    // Fast path for a bare integer; on overflow the general path answers.
    if let Some(b) = bare_integer(t.as_bytes()).and_then(|n| n.checked_mul(default_unit.factor())) {
        return Some(b);
    }
    if is_placeholder(t) {
        return None;
    }
    let upper = t.to_ascii_uppercase().replace([',', ' '], "");
    let split = upper
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(upper.len());
    let (num, unit) = upper.split_at(split);
    if num.is_empty() {
        return None;
    }
    let n = Decimal::from_str(num).ok()?;
    let unit = match unit.trim() {
        "" => default_unit,
        "B" | "BYTE" | "BYTES" | "字节" => VolumeUnit::Bytes,
        "K" | "KB" | "KIB" => VolumeUnit::KB,
        "M" | "MB" | "MIB" | "兆" => VolumeUnit::MB,
        "G" | "GB" | "GIB" => VolumeUnit::GB,
        _ => return None,
    };
    let bytes = n.checked_mul(Decimal::from(unit.factor()))?;
    u64::try_from(bytes.round()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    #[test]
    fn decimal_marks_shown_by_values() {
        use DecimalMark::*;
        use MarkEvidence::*;
        for (v, want) in [
            ("1.234,56", Shows(Comma)),
            ("12,34", Shows(Comma)),
            ("€12,00", Shows(Comma)),
            ("1 234,56", Shows(Comma)),
            ("-1.234.567", Shows(Comma)),
            ("1,234.56", Shows(Point)),
            ("12.5", Shows(Point)),
            ("0.150", Shows(Point)),
            ("1,234,567", Shows(Point)),
            ("1234,567", Shows(Comma)),
            ("1,234", Ambiguous),
            ("-12.345", Ambiguous),
            ("¥999,000", Ambiguous),
            ("258", Neither),
            ("", Neither),
        ] {
            assert_eq!(decimal_mark_of(v), want, "{v}");
        }
        for (v, want) in [
            ("1.234,56", dec!(1234.56)),
            ("12,34", dec!(12.34)),
            ("€12,00", dec!(12.00)),
            ("1 234,56", dec!(1234.56)),
            ("-1.234.567", dec!(-1234567)),
        ] {
            assert_eq!(parse_amount_with(v, Comma), Some(want), "{v}");
        }
        assert_eq!(parse_amount_with("1,234.56", Point), Some(dec!(1234.56)));
    }

    /// A byte above ASCII where a time's digit is expected is not a digit (it overflowed
    /// the digit arithmetic before: found by mutating a workbook).
    #[test]
    fn non_ascii_in_a_time_is_no_time() {
        assert_eq!(parse_datetime("2025-01-01 ú:00:00"), None);
        assert_eq!(parse_datetime("2025-01-01 0\u{7f}:00:00"), None);
        assert!(parse_datetime("2025-01-01 09:30:00").is_some());
    }

    #[test]
    fn amounts() {
        for (s, want) in [
            ("1,234.56", dec!(1234.56)),
            ("¥12.00", dec!(12.00)),
            ("￥12.00", dec!(12.00)),
            ("-12.00", dec!(-12.00)),
            ("(12.00)", dec!(-12.00)),
            ("（12.00）", dec!(-12.00)),
            ("CNY 12.00", dec!(12.00)),
            ("CNY13.50", dec!(13.50)),
            ("12.00元", dec!(12.00)),
            ("+10000.00", dec!(10000.00)),
            ("$-17.86", dec!(-17.86)),
            ("($948.03)", dec!(-948.03)),
            (".74", dec!(0.74)),
            ("131.77(已退款89.84)", dec!(131.77)),
            ("8,000.00(CN)", dec!(8000.00)),
            (" 258.00\t", dec!(258.00)),
            ("=\"12.5\"", dec!(12.5)),
            ("12.00 CNY", dec!(12.00)),
            ("-¥5", dec!(-5)),
        ] {
            assert_eq!(parse_amount(s), Some(want), "{s}");
        }
        for s in [
            "",
            "--",
            "/",
            "abc",
            "12a3",
            "1.2.3",
            "xx,yyyy.zz",
            "¥",
            "1元2",
        ] {
            assert_eq!(parse_amount(s), None, "{s}");
        }
    }

    #[test]
    fn dates() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        for (s, want) in [
            ("2025-08-01", d(2025, 8, 1)),
            ("2025/8/1", d(2025, 8, 1)),
            ("2025年8月1日", d(2025, 8, 1)),
            ("20250801", d(2025, 8, 1)),
            ("2025-08-01 12:30:05", d(2025, 8, 1)),
            ("2025/08/01  12:30", d(2025, 8, 1)),
            ("2025-08-01T12:30:05", d(2025, 8, 1)),
            ("2025年8月1日 12:00", d(2025, 8, 1)),
            ("2025.08.01", d(2025, 8, 1)),
        ] {
            assert_eq!(parse_date(s), Some(want), "{s}");
        }
        assert_eq!(
            parse_datetime("2025-08-01 12:30:05").unwrap().time(),
            NaiveTime::from_hms_opt(12, 30, 5).unwrap()
        );
        assert_eq!(
            parse_datetime("20250801 123005").unwrap().time(),
            NaiveTime::from_hms_opt(12, 30, 5).unwrap()
        );
        for s in [
            "2025-02-30",
            "08/01",
            "hello",
            "2025-08",
            "20251301",
            "2025-08-01 25:00",
        ] {
            assert_eq!(parse_datetime(s), None, "{s}");
        }
    }

    #[test]
    fn periods() {
        let p = |y, m| Period::new(y, m).unwrap();
        for (s, want) in [
            ("2025-08", p(2025, 8)),
            ("202508", p(2025, 8)),
            ("2025年08月", p(2025, 8)),
            ("2025年8月", p(2025, 8)),
            ("2025/8", p(2025, 8)),
            ("2025-08-01", p(2025, 8)),
            ("2025-08-01至2025-08-31", p(2025, 8)),
            ("08/2025", p(2025, 8)),
            ("Aug 2025", p(2025, 8)),
            ("August 2025", p(2025, 8)),
            ("Sept 2025", p(2025, 9)),
            ("Feb-2025", p(2025, 2)),
            ("2025 Feb", p(2025, 2)),
        ] {
            assert_eq!(parse_period(s), Some(want), "{s}");
        }
        for s in [
            "",
            "合计",
            "2025-13",
            "13",
            "Ma 2025",
            "Total 2025",
            "13/2025",
        ] {
            assert_eq!(parse_period(s), None, "{s}");
        }
    }

    #[test]
    fn durations() {
        let s = DurationUnit::Seconds;
        for (t, want) in [
            ("75", 75),
            ("1:02:03", 3723),
            ("02:03", 123),
            ("12分5秒", 725),
            ("1小时2分3秒", 3723),
            ("1时2分3秒", 3723),
            ("5秒", 5),
            ("3分钟", 180),
            ("1h2m3s", 3723),
            ("1053:00", 63180),
        ] {
            assert_eq!(parse_duration(t, s), Some(want), "{t}");
        }
        assert_eq!(parse_duration("2", DurationUnit::Minutes), Some(120));
        assert_eq!(parse_duration("2552e25", DurationUnit::Minutes), None);
        let huge = "79228162514264337593543950335";
        for u in [
            DurationUnit::Seconds,
            DurationUnit::Minutes,
            DurationUnit::Hours,
        ] {
            assert_eq!(parse_duration(huge, u), None);
            assert_eq!(parse_volume(huge, VolumeUnit::GB), None);
            assert_eq!(parse_amount(&format!("{huge}9")), None);
        }
        for t in ["", "--", "abc", "-5", "12分5", "1:2:3:4"] {
            assert_eq!(parse_duration(t, s), None, "{t}");
        }
    }

    #[test]
    fn volumes() {
        let kb = VolumeUnit::KB;
        assert_eq!(parse_volume("1.5MB", kb), Some(1_572_864));
        assert_eq!(parse_volume("1024KB", kb), Some(1_048_576));
        assert_eq!(parse_volume("2 GB", kb), Some(2_147_483_648));
        assert_eq!(parse_volume("100", kb), Some(102_400));
        assert_eq!(parse_volume("12B", kb), Some(12));
        assert_eq!(parse_volume("12XB", kb), None);
        assert_eq!(VolumeUnit::from_header("流量（KB）"), Some(VolumeUnit::KB));
        assert_eq!(
            VolumeUnit::from_header("Data volume (MB)"),
            Some(VolumeUnit::MB)
        );
    }

    proptest! {
        #[test]
        fn amount_round_trips(cents in -1_000_000_000i64..1_000_000_000i64) {
            let d = Decimal::new(cents, 2);
            prop_assert_eq!(parse_amount(&d.to_string()), Some(d));
            prop_assert_eq!(parse_amount(&format!("¥{d}")), Some(d));
            prop_assert_eq!(parse_amount(&format!("{d}元")), Some(d));
            if cents >= 0 {
                prop_assert_eq!(parse_amount(&format!("({d})")), Some(-d));
            }
        }

        #[test]
        fn date_round_trips(days in 0i64..100_000) {
            let d = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Duration::days(days);
            if d.year_ce().1 <= 2200 {
                prop_assert_eq!(parse_date(&d.format("%Y-%m-%d").to_string()), Some(d));
                prop_assert_eq!(parse_date(&d.format("%Y/%-m/%-d").to_string()), Some(d));
                prop_assert_eq!(parse_date(&d.format("%Y年%-m月%-d日").to_string()), Some(d));
                prop_assert_eq!(parse_date(&d.format("%Y%m%d").to_string()), Some(d));
            }
        }

        #[test]
        fn duration_round_trips(secs in 0u64..10_000_000) {
            let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
            prop_assert_eq!(parse_duration(&secs.to_string(), DurationUnit::Seconds), Some(secs));
            prop_assert_eq!(parse_duration(&format!("{h}:{m:02}:{s:02}"), DurationUnit::Seconds), Some(secs));
            prop_assert_eq!(parse_duration(&format!("{h}小时{m}分{s}秒"), DurationUnit::Seconds), Some(secs));
        }

        #[test]
        fn volume_round_trips(kb in 0u64..100_000_000) {
            prop_assert_eq!(parse_volume(&format!("{kb}KB"), VolumeUnit::Bytes), Some(kb * 1024));
            prop_assert_eq!(parse_volume(&kb.to_string(), VolumeUnit::KB), Some(kb * 1024));
        }

        #[test]
        fn clean_fast_path_agrees(s in "[ a-z0-9=`'\"\t\u{3000}\u{feff}é中]{0,12}") {
            prop_assert_eq!(clean(&s), clean_general(&s));
        }

        /// Plain decimals (fast path up to 18 digits, `Decimal::from_str` past them) keep
        /// the value and the scale `Decimal::from_str` gives, up to the 20-byte limit.
        #[test]
        fn plain_decimal_agrees(s in "[0-9]{1,20}|[0-9]{1,10}\\.[0-9]{1,9}") {
            let general = Decimal::from_str(&s).ok();
            let parsed = parse_amount(&s);
            prop_assert_eq!(parsed, general);
            prop_assert_eq!(parsed.map(|d| d.scale()), general.map(|d| d.scale()));
        }

        /// The one-pass fast path on raw bytes gives what `parse_amount` gives.
        #[test]
        fn plain_amount_agrees(s in "[0-9]{1,19}|[0-9]{0,10}\\.[0-9]{0,10}|[0-9.]{1,6}|[0-9]{1,4}[ ,a-]?[0-9]{0,3}") {
            if let Some(fast) = plain_amount(s.as_bytes()) {
                let general = parse_amount(&s);
                prop_assert_eq!(Some(fast), general);
                prop_assert_eq!(Some(fast.scale()), general.map(|d| d.scale()));
            } else {
                // Declined: anything but a plain decimal of at most 18 digits.
                let digits = s.bytes().filter(u8::is_ascii_digit).count();
                prop_assert!(!is_plain_decimal(s.as_bytes()) || digits > 18, "{}", s);
            }
        }

        /// The word-wide `HH:MM:SS` reads what two digits, a colon, two digits, a colon and
        /// two digits say, and nothing else.
        #[test]
        fn hh_mm_ss_agrees(
            time in "[0-9]{2}:[0-9]{2}:[0-9]{2}",
            at in 0usize..10,
            byte in proptest::sample::select(b"0123459:;/ \x80\xff\x10".to_vec()),
        ) {
            // A well-formed time, or one with a byte changed.
            let mut b: [u8; 8] = time.as_bytes().try_into().expect("eight bytes");
            if let Some(x) = b.get_mut(at) {
                *x = byte;
            }
            let two = |x: u8, y: u8| {
                (x.is_ascii_digit() && y.is_ascii_digit())
                    .then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
            };
            let byte_by_byte = (b[2] == b':' && b[5] == b':')
                .then(|| Some([two(b[0], b[1])?, two(b[3], b[4])?, two(b[6], b[7])?]))
                .flatten();
            prop_assert_eq!(hh_mm_ss(&b), byte_by_byte);
        }

        /// The memo gives what `plain_datetime` gives, whatever came before.
        #[test]
        fn date_memo_agrees(cells in proptest::collection::vec(
            "2025-0[1-2]-0[1-2]( [0-2][0-9]:[0-6][0-9]:[0-6][0-9])?|2025-01-01[ x]?[0-9:]{0,9}", 1..8)) {
            let mut memo = DateMemo::default();
            for c in &cells {
                prop_assert_eq!(memo.plain_datetime(c.as_bytes()), plain_datetime(c.as_bytes()));
            }
        }

        /// Bare integers in every unit: the fast path and the decimal path agree, including
        /// where the product overflows.
        #[test]
        fn bare_integer_duration_agrees(n in 0u64..u64::MAX) {
            let t = n.to_string();
            for unit in [DurationUnit::Seconds, DurationUnit::Minutes, DurationUnit::Hours] {
                let d = Decimal::from(n);
                let f = match unit { DurationUnit::Seconds => 1, DurationUnit::Minutes => 60, _ => 3600 };
                let general = d.checked_mul(Decimal::from(f)).and_then(|x| u64::try_from(x).ok());
                prop_assert_eq!(parse_duration(&t, unit), general);
            }
        }

        /// A placeholder never starts with a digit (the fast path of `is_placeholder`).
        #[test]
        fn placeholders_agree(s in "[-－—/*无NAa nul]{0,5}|[0-9][-0-9 ]{0,4}") {
            let t = s.trim();
            let general = t.is_empty()
                || t.chars().all(|c| c == '-' || c == '－' || c == '—')
                || matches!(t, "/" | "NA" | "N/A" | "n/a" | "*" | "null" | "NULL" | "无");
            prop_assert_eq!(is_placeholder(&s), general);
        }

        #[test]
        fn parsers_never_panic(s in "\\PC{0,40}") {
            let _ = parse_amount(&s);
            let _ = parse_datetime(&s);
            let _ = parse_period(&s);
            let _ = parse_duration(&s, DurationUnit::Seconds);
            let _ = parse_duration(&s, DurationUnit::Hours);
            let _ = parse_volume(&s, VolumeUnit::GB);
        }
    }

    proptest! {
        /// Every date-time shape the parser accepts round-trips (fast path and general path).
        #[test]
        fn datetime_round_trips(days in 0i64..100_000, secs in 0u32..86_400) {
            let d = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Duration::days(days);
            let t = NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap();
            let dt = d.and_time(t);
            if d.year_ce().1 <= 2200 {
                for f in ["%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y%m%d %H%M%S",
                          "%Y/%-m/%-d %H:%M:%S", "%Y年%-m月%-d日 %H:%M:%S", "%Y-%m-%d  %H:%M:%S", " %Y-%m-%d %H:%M:%S\t"] {
                    prop_assert_eq!(parse_datetime(&dt.format(f).to_string()), Some(dt), "{}", f);
                }
                let minute = dt.with_second(0).unwrap();
                prop_assert_eq!(parse_datetime(&dt.format("%Y/%m/%d %H:%M").to_string()), Some(minute));
                prop_assert_eq!(parse_datetime(&dt.format("%Y-%m-%d").to_string()), Some(d.and_time(NaiveTime::MIN)));
                prop_assert_eq!(parse_period(&dt.format("%Y-%m").to_string()), Some(Period::of(d)));
                prop_assert_eq!(parse_period(&dt.format("%Y%m").to_string()), Some(Period::of(d)));
                prop_assert_eq!(parse_period(&dt.format("%Y年%-m月").to_string()), Some(Period::of(d)));
            }
        }

        /// Out-of-range fields are rejected whatever the shape.
        #[test]
        fn invalid_datetimes_are_rejected(y in 1000u32..3000, m in 0u32..20, d in 0u32..40, h in 0u32..30, mi in 0u32..70, s in 0u32..70) {
            let text = format!("{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:{s:02}");
            let valid = (1900..=2200).contains(&y)
                && NaiveDate::from_ymd_opt(y as i32, m, d).is_some()
                && NaiveTime::from_hms_opt(h, mi, s).is_some();
            prop_assert_eq!(parse_datetime(&text).is_some(), valid, "{}", text);
            prop_assert_eq!(parse_datetime(&text.replace('-', "/")).is_some(), valid, "{}", text);
        }

        /// Amounts in every accepted notation, with thousands separators and currency marks.
        #[test]
        fn amount_notations_round_trip(cents in 0i64..100_000_000_000i64) {
            let d = Decimal::new(cents, 2);
            let whole = cents / 100;
            let frac = cents % 100;
            let mut grouped = String::new();
            for (i, c) in whole.to_string().chars().enumerate() {
                let len = whole.to_string().len();
                if i > 0 && (len - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            let grouped = format!("{grouped}.{frac:02}");
            for text in [d.to_string(), grouped.clone(), format!("￥{grouped}"), format!("CNY {d}"), format!("{d} CNY"),
                         format!("+{d}"), format!("={q}{d}{q}", q = '"'), format!("{d}(已退款0.01)")] {
                prop_assert_eq!(parse_amount(&text), Some(d), "{}", text);
            }
            for text in [format!("-{d}"), format!("({grouped})"), format!("（{d}）"), format!("$-{d}"), format!("-¥{grouped}")] {
                prop_assert_eq!(parse_amount(&text), Some(-d), "{}", text);
            }
        }

        /// Durations and volumes in every unit the parsers accept.
        #[test]
        fn duration_and_volume_units_round_trip(n in 0u64..1_000_000) {
            prop_assert_eq!(parse_duration(&format!("{n}秒"), DurationUnit::Seconds), Some(n));
            prop_assert_eq!(parse_duration(&format!("{n}分钟"), DurationUnit::Seconds), Some(n * 60));
            prop_assert_eq!(parse_duration(&format!("{n}h"), DurationUnit::Seconds), Some(n * 3600));
            prop_assert_eq!(parse_duration(&n.to_string(), DurationUnit::Minutes), Some(n * 60));
            prop_assert_eq!(parse_duration(&format!("{}:{:02}", n / 60, n % 60), DurationUnit::Seconds), Some(n));
            for (unit, f) in [("B", 1u64), ("K", 1024), ("KB", 1024), ("MB", 1 << 20), ("M", 1 << 20), ("GB", 1 << 30), ("gb", 1 << 30)] {
                prop_assert_eq!(parse_volume(&format!("{n}{unit}"), VolumeUnit::KB), Some(n * f), "{}", unit);
                prop_assert_eq!(parse_volume(&format!("{n} {unit}"), VolumeUnit::KB), Some(n * f), "{}", unit);
            }
            for u in [VolumeUnit::Bytes, VolumeUnit::KB, VolumeUnit::MB, VolumeUnit::GB] {
                prop_assert_eq!(parse_volume(&n.to_string(), u), Some(n * u.factor()));
            }
            let half = format!("{n}.5MB");
            prop_assert_eq!(parse_volume(&half, VolumeUnit::KB), Some(n * (1 << 20) + (1 << 19)));
        }
    }

    use chrono::Datelike;
    use chrono::Timelike;
}
