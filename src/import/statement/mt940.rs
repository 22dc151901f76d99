//! SWIFT MT940 (customer statement) and MT942 (interim transaction report).
//!
//! Tolerates what banks actually send: SWIFT FIN wrappers (`{1:…}{2:…}{4:` … `-}`), SOH/ETX
//! control bytes, free-text preambles and bank header lines, CRLF or LF, several statements
//! per file, decimal commas with 0 to 2 decimals, D/C/RD/RC marks with a funds-code
//! letter, an optional (or blank) entry date, and `:86:` details as free text or German
//! structured `?NN` subfields. Each `:61:` line is one row. Per statement,
//! `:60F:`/`:60M:` + entries = `:62F:`/`:62M:` is checked; MT942 `:90D:`/`:90C:` counts
//! and sums are checked against the entries.

use std::borrow::Cow;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::{entry_error, reconcile_balance, reconcile_count, shown, src};
use crate::i18n::Msg;
use crate::import::{FileReport, ImportError, Reconcile, Sink};
use crate::model::{Currency, RecordKind, Transaction};

/// The tags an MT940/MT942 message uses. A line starting with any other `:NN:` is taken
/// as a continuation of the field above it (`:86:` text wraps onto such lines).
const TAGS: &[&str] = &[
    "20", "21", "25", "25P", "28", "28C", "60F", "60M", "61", "86", "62F", "62M", "64", "65",
    "34F", "13", "13D", "90D", "90C", "NS",
];

fn tag_of(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix(':')?;
    let end = rest.find(':')?;
    let tag = &rest[..end];
    TAGS.contains(&tag).then(|| (tag, &rest[end + 1..]))
}

/// Clean a raw line: control bytes (SOH, ETX) and a SWIFT block header before `{4:` go.
/// Borrowed when there is nothing to take out: the head of every text file is tried as
/// MT940 line by line and most lines are clean, so what goes is looked for with memchr-based
/// searches first (SOH and ETX are bytes; U+FEFF a char; `{4:` only where there is a `{`).
fn clean_line(raw: &str) -> Cow<'_, str> {
    let is_control = |c: char| c == '\u{1}' || c == '\u{3}' || c == '\u{feff}';
    let line = raw.trim_end_matches(['\r', '\n']);
    let bytes = line.as_bytes();
    let s: Cow<'_, str> = if memchr::memchr2(1, 3, bytes).is_some() || line.contains('\u{feff}') {
        Cow::Owned(line.chars().filter(|c| !is_control(*c)).collect())
    } else {
        Cow::Borrowed(line)
    };
    let block = if s.contains('{') { s.find("{4:") } else { None };
    match block {
        Some(i) => match s {
            Cow::Borrowed(b) => Cow::Borrowed(&b[i + 3..]),
            Cow::Owned(o) => Cow::Owned(o[i + 3..].to_string()),
        },
        None => s,
    }
}

/// Whether a raw line starts with a character that neither cleaning nor trimming takes
/// away and that is not `:`, and holds no `{` (so no block header to cut): then it is not
/// blank and [`tag_of`] finds no field in its clean form. Most lines of the other files
/// are such lines, and this is much cheaper than cleaning them.
fn starts_plain(raw: &str) -> bool {
    raw.chars().next().is_some_and(|c| {
        !(c.is_whitespace() || matches!(c, ':' | '{' | '\u{1}' | '\u{3}' | '\u{feff}'))
    }) && memchr::memchr(b'{', raw.as_bytes()).is_none()
}

/// Whether the head of a text file is an MT940/MT942 message.
pub fn looks_like(head: &str) -> bool {
    let mut has20 = false;
    let mut has_body = false;
    let mut first_content = true;
    for raw in head.lines().take(400) {
        if starts_plain(raw) {
            // Not blank, and no field can start in it: only the first content is settled.
            first_content = false;
            continue;
        }
        let line = clean_line(raw);
        if first_content && !line.trim().is_empty() {
            first_content = false;
            // A fragment that starts right away with a statement field (no :20:).
            if tag_of(line.trim_start()).is_some() {
                return true;
            }
        }
        match tag_of(line.trim_start()) {
            Some(("20", _)) => has20 = true,
            Some(("60F" | "60M" | "61" | "28C" | "34F" | "13D", _)) if has20 => has_body = true,
            _ => {}
        }
        if has20 && has_body {
            return true;
        }
    }
    false
}

/// One field: tag, value (continuation lines joined with '\n') and where it started.
#[derive(Debug)]
struct Field {
    tag: String,
    value: String,
    line: u64,
}

/// An MT940 amount: `1000,0`, `0,`, `000000001000,00`, `13564,13`.
pub fn parse_mt_amount(s: &str) -> Option<Decimal> {
    let t = s.trim();
    if t.is_empty()
        || !t.bytes().all(|b| b.is_ascii_digit() || b == b',')
        || t.matches(',').count() != 1
    {
        return None;
    }
    let mut norm = t.replace(',', ".");
    if norm.ends_with('.') {
        norm.push('0');
    }
    if norm.starts_with('.') {
        norm.insert(0, '0');
    }
    Decimal::from_str(&norm).ok()
}

/// `YYMMDD` (years 80-99 are 19xx).
pub fn parse_yymmdd(s: &str) -> Option<NaiveDate> {
    if s.len() != 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let yy: i32 = s[0..2].parse().ok()?;
    let year = if yy >= 80 { 1900 + yy } else { 2000 + yy };
    NaiveDate::from_ymd_opt(year, s[2..4].parse().ok()?, s[4..6].parse().ok()?)
}

/// A balance field (`:60F:`, `:62F:`): `C181126EUR13564,13`. Returns the signed amount,
/// the date and the currency.
fn parse_balance(v: &str) -> Result<(Decimal, NaiveDate, String), Msg> {
    let v = v.trim();
    let mark = v
        .get(..1)
        .ok_or_else(|| crate::msg!("mt940-balance-empty"))?;
    let sign = match mark {
        "C" => Decimal::ONE,
        "D" => Decimal::NEGATIVE_ONE,
        _ => return Err(crate::msg!("mt940-balance-mark", found = shown(v))),
    };
    let date = v
        .get(1..7)
        .and_then(parse_yymmdd)
        .ok_or_else(|| crate::msg!("mt940-balance-date", found = shown(v)))?;
    // The currency may be missing (`C020315105000,00`).
    let has_cur = v
        .get(7..10)
        .is_some_and(|c| c.bytes().all(|b| b.is_ascii_alphabetic()));
    let cur = if has_cur {
        v[7..10].to_string()
    } else {
        String::new()
    };
    let amount = v
        .get(if has_cur { 10 } else { 7 }..)
        .and_then(parse_mt_amount)
        .ok_or_else(|| crate::msg!("mt940-balance-amount", found = shown(v)))?;
    Ok((sign * amount, date, cur))
}

/// A parsed `:61:` line.
#[derive(Debug, PartialEq)]
pub struct Line61 {
    pub value_date: NaiveDate,
    pub entry_date: Option<NaiveDate>,
    /// Signed from the holder's view.
    pub amount: Decimal,
    pub reversal: bool,
    pub reference: String,
}

/// Parse the first line of a `:61:` field.
pub fn parse_61(v: &str) -> Result<Line61, Msg> {
    let first = v.lines().next().unwrap_or("").trim_end();
    let value_date = first
        .get(..6)
        .and_then(parse_yymmdd)
        .ok_or_else(|| crate::msg!("mt940-61-value-date", found = shown(first)))?;
    let mut rest = &first[6..];
    let mut entry_date = None;
    if let Some(md) = rest.get(..4) {
        if md.bytes().all(|b| b.is_ascii_digit()) {
            let (m, d): (u32, u32) = (md[..2].parse().unwrap_or(0), md[2..].parse().unwrap_or(0));
            // The entry date may fall in the next or previous year (31 Dec / 2 Jan).
            let vm = value_date.month() as i32;
            let year = if (m as i32) < vm - 6 {
                value_date.year() + 1
            } else if (m as i32) > vm + 6 {
                value_date.year() - 1
            } else {
                value_date.year()
            };
            entry_date = Some(
                NaiveDate::from_ymd_opt(year, m, d)
                    .ok_or_else(|| crate::msg!("mt940-61-entry-date", found = md))?,
            );
            rest = &rest[4..];
        } else if md == "    " {
            rest = &rest[4..];
        }
    }
    let (sign, reversal, after) = if let Some(r) = rest.strip_prefix("RD") {
        (Decimal::ONE, true, r)
    } else if let Some(r) = rest.strip_prefix("RC") {
        (Decimal::NEGATIVE_ONE, true, r)
    } else if let Some(r) = rest.strip_prefix('D') {
        (Decimal::NEGATIVE_ONE, false, r)
    } else if let Some(r) = rest.strip_prefix('C') {
        (Decimal::ONE, false, r)
    } else {
        return Err(crate::msg!("mt940-61-mark", found = shown(rest)));
    };
    // An optional funds code: the third letter of the currency code.
    let after = match after.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => &after[1..],
        _ => after,
    };
    let n = after
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    let amount = parse_mt_amount(&after[..n])
        .ok_or_else(|| crate::msg!("mt940-61-amount", found = shown(after)))?;
    let tail = &after[n..];
    // Transaction type (N/F/S + 3 characters), then the customer reference.
    let reference = tail
        .get(4..)
        .unwrap_or("")
        .split("//")
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    Ok(Line61 {
        value_date,
        entry_date,
        amount: sign * amount,
        reversal,
        reference,
    })
}

/// Description and counterparty from `:86:` text: German structured `?NN` subfields or free text.
pub fn parse_86(v: &str) -> (String, String) {
    let joined: String = v.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    let structured = joined.contains("?00") || joined.contains("?20") || joined.contains("?32");
    if !structured {
        let text = joined
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        return (text, String::new());
    }
    // Subfields wrap mid-value: join lines without a separator first.
    let flat: String = joined.replace('\n', "");
    let mut posting = String::new();
    let mut purpose = String::new();
    let mut name = String::new();
    let mut parts = flat.split('?');
    parts.next(); // the business transaction code before the first '?'
    for p in parts {
        let (code, text) = (p.get(..2).unwrap_or(""), p.get(2..).unwrap_or(""));
        match code {
            "00" => posting.push_str(text),
            c if ("20".."30").contains(&c) || ("60".."64").contains(&c) => purpose.push_str(text),
            "32" | "33" => name.push_str(text),
            _ => {}
        }
    }
    let desc = [posting.trim(), purpose.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    (desc, name.trim().to_string())
}

#[derive(Debug, Default)]
struct Stmt {
    reference: String,
    account: String,
    opening: Option<(Decimal, NaiveDate, String, u64)>,
    closing: Option<(Decimal, NaiveDate, String, u64)>,
    entries: u64,
    sum: Decimal,
    unreadable: u64,
    debits: (u64, Decimal),
    credits: (u64, Decimal),
    stated_debits: Option<(u64, Decimal)>,
    stated_credits: Option<(u64, Decimal)>,
    mt942: bool,
}

/// The fields of the messages in a text, one at a time (a big file is never held as a list
/// of fields): a tag line starts a field, the lines after it up to the next tag continue
/// it; `-` (or `-}`, `{5:`) ends a message, and lines outside messages are passed over.
struct Fields<'t> {
    lines: std::iter::Enumerate<std::str::Split<'t, char>>,
    in_message: bool,
    started: bool,
    current: Option<Field>,
}

impl<'t> Fields<'t> {
    fn new(text: &'t str) -> Self {
        Fields {
            lines: text.split('\n').enumerate(),
            in_message: false,
            started: false,
            current: None,
        }
    }
}

impl Iterator for Fields<'_> {
    type Item = Field;

    fn next(&mut self) -> Option<Field> {
        for (i, raw) in self.lines.by_ref() {
            let line = clean_line(raw);
            let trimmed = line.trim();
            if trimmed == "-"
                || trimmed == "-}"
                || trimmed.starts_with("-}{5:")
                || trimmed.starts_with("{5:")
            {
                self.in_message = false;
                continue;
            }
            if let Some((tag, value)) = tag_of(line.trim_start()) {
                if tag == "20" || !self.started {
                    self.in_message = true;
                }
                if self.in_message {
                    self.started = true;
                    let field = Field {
                        tag: tag.to_string(),
                        value: value.to_string(),
                        line: i as u64 + 1,
                    };
                    if let Some(done) = self.current.replace(field) {
                        return Some(done);
                    }
                }
                continue;
            }
            if let Some(last) = self.current.as_mut().filter(|_| self.in_message) {
                last.value.push('\n');
                last.value.push_str(&line);
            }
        }
        self.current.take()
    }
}

pub fn import(text: &str, sink: &mut dyn Sink, report: &mut FileReport) -> Result<(), ImportError> {
    let mut fields = Fields::new(text).peekable();
    let Some(first) = fields.peek() else {
        return Err(super::unusable(report, crate::msg!("mt940-no-message")));
    };
    if first.tag != "20" {
        report.notes.push(crate::msg!(
            "mt940-note-fragment",
            tag = &first.tag,
            line = first.line
        ));
    }
    let mut stmts: Vec<Stmt> = Vec::new();
    let mut pending: Option<(Line61, u64, usize)> = None;
    let mut any942 = false;
    for f in fields {
        if f.tag == "20" {
            flush(&mut pending, None, &mut stmts, sink, report);
            stmts.push(Stmt {
                reference: f.value.trim().to_string(),
                ..Stmt::default()
            });
            continue;
        }
        if stmts.is_empty() {
            stmts.push(Stmt::default());
        }
        let Some(st) = stmts.last_mut() else {
            continue;
        };
        match f.tag.as_str() {
            "25" | "25P" => st.account = f.value.trim().to_string(),
            "60F" | "60M" | "62F" | "62M" => {
                if f.tag.starts_with("62") {
                    flush(&mut pending, None, &mut stmts, sink, report);
                }
                match parse_balance(&f.value) {
                    Ok((a, d, c)) => {
                        let st = stmts.last_mut().expect("a statement is open");
                        if f.tag.starts_with("60") {
                            st.opening = Some((a, d, c, f.line));
                        } else {
                            st.closing = Some((a, d, c, f.line));
                        }
                    }
                    Err(e) => report.notes.push(crate::msg!(
                        "mt940-note-balance-not-read",
                        line = f.line,
                        tag = &f.tag,
                        error = e
                    )),
                }
            }
            "34F" | "13D" | "13" => st.mt942 = true,
            "90D" | "90C" => {
                st.mt942 = true;
                let v = f.value.trim();
                let n = v.bytes().take_while(|b| b.is_ascii_digit()).count();
                let count = v[..n].parse::<u64>().ok();
                let amount = v.get(n + 3..).and_then(parse_mt_amount);
                if let (Some(c), Some(a)) = (count, amount) {
                    if f.tag == "90D" {
                        st.stated_debits = Some((c, a));
                    } else {
                        st.stated_credits = Some((c, a));
                    }
                } else {
                    report.notes.push(crate::msg!(
                        "mt940-note-field-not-read",
                        line = f.line,
                        tag = &f.tag,
                        value = shown(v)
                    ));
                }
            }
            "61" => {
                flush(&mut pending, None, &mut stmts, sink, report);
                report.rows += 1;
                // A first line wrapped inside the amount (`…CR` / `30,00N062…`): join two lines.
                let parsed = parse_61(&f.value).or_else(|e| {
                    let mut ls = f.value.lines();
                    match (ls.next(), ls.next()) {
                        (Some(a), Some(b)) => {
                            parse_61(&format!("{}{}", a.trim_end(), b.trim())).map_err(|_| e)
                        }
                        _ => Err(e),
                    }
                });
                match parsed {
                    Ok(l) => pending = Some((l, f.line, stmts.len() - 1)),
                    Err(e) => {
                        let st = stmts.last_mut().expect("a statement is open");
                        st.entries += 1;
                        st.unreadable += 1;
                        entry_error(report, f.line, 5, crate::msg!("mt940-error-61", error = e));
                    }
                }
            }
            "86" if pending.is_some() => {
                flush(&mut pending, Some(&f.value), &mut stmts, sink, report)
            }
            _ => {}
        }
        if stmts.last().is_some_and(|s| s.mt942) {
            any942 = true;
        }
    }
    flush(&mut pending, None, &mut stmts, sink, report);
    report.format = Some(if any942 { "mt942" } else { "mt940" }.into());
    report.kind = Some(RecordKind::Transactions);
    for s in &stmts {
        check(s, report);
    }
    Ok(())
}

fn flush(
    pending: &mut Option<(Line61, u64, usize)>,
    details: Option<&str>,
    stmts: &mut [Stmt],
    sink: &mut dyn Sink,
    report: &mut FileReport,
) {
    let Some((l, line, idx)) = pending.take() else {
        return;
    };
    let currency = stmts.get(idx).and_then(stmt_currency);
    let (desc, counterparty) = details.map(parse_86).unwrap_or_default();
    if let Some(st) = stmts.get_mut(idx) {
        st.entries += 1;
        st.sum += l.amount;
        if l.amount < Decimal::ZERO {
            st.debits.0 += 1;
            st.debits.1 += -l.amount;
        } else {
            st.credits.0 += 1;
            st.credits.1 += l.amount;
        }
    }
    report.records += 1;
    sink.transaction(Transaction {
        currency,
        date: l
            .entry_date
            .unwrap_or(l.value_date)
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default(),
        amount: l.amount,
        counterparty,
        description: desc,
        id: (!l.reference.is_empty() && l.reference != "NONREF").then_some(l.reference),
        source: src(&report.file, line),
        reversal: l.reversal,
    });
}

/// The currency of a statement's entries: the code its opening balance (`:60F:`) states,
/// else its closing balance's.
fn stmt_currency(s: &Stmt) -> Option<Currency> {
    [&s.opening, &s.closing]
        .into_iter()
        .flatten()
        .find_map(|(_, _, c, _)| Currency::iso_like(c))
}

fn check(s: &Stmt, report: &mut FileReport) {
    let who = if s.account.is_empty() {
        crate::msg!("mt940-who", reference = &s.reference)
    } else {
        crate::msg!(
            "mt940-who-account",
            reference = &s.reference,
            account = &s.account
        )
    };
    match (&s.opening, &s.closing) {
        (Some((o, od, _, _)), Some((c, cd, _, _))) => {
            if s.unreadable > 0 {
                report.notes.push(crate::msg!(
                    "mt940-note-unreadable",
                    who = &who,
                    count = s.unreadable
                ));
            }
            reconcile_balance(
                report,
                crate::msg!(
                    "mt940-reconcile-balance",
                    who = &who,
                    from = od.to_string(),
                    to = cd.to_string()
                ),
                *o,
                s.sum,
                *c,
            )
        }
        _ if s.mt942 => {}
        _ => report
            .notes
            .push(crate::msg!("mt940-note-no-balance-pair", who = &who)),
    }
    for (label, stated, seen) in [
        ("debits", s.stated_debits, s.debits),
        ("credits", s.stated_credits, s.credits),
    ] {
        if let Some((n, a)) = stated {
            let (count, sum) = if label == "debits" {
                (
                    crate::msg!("mt940-reconcile-debit-count", who = &who),
                    crate::msg!("mt940-reconcile-debit-sum", who = &who),
                )
            } else {
                (
                    crate::msg!("mt940-reconcile-credit-count", who = &who),
                    crate::msg!("mt940-reconcile-credit-sum", who = &who),
                )
            };
            reconcile_count(report, count, n, seen.0);
            report.reconciliation.push(Reconcile {
                what: sum,
                stated: a.normalize().to_string(),
                computed: seen.1.normalize().to_string(),
                ok: a == seen.1,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Collect, FileReport};
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    #[test]
    fn clean_line_takes_out_control_bytes_and_the_block_header() {
        for (raw, clean, borrowed) in [
            (":20:REF1\r\n", ":20:REF1", true),
            ("{1:F01TEST}{2:O940TEST}{3:}{4:\r", "", true),
            ("{1:F01}{4::20:REF1", ":20:REF1", true),
            ("\u{1}:20:REF2", ":20:REF2", false),
            ("-\u{3}", "-", false),
            ("\u{feff}{1:F01}{4\u{1}::20:R", ":20:R", false),
            ("{4:\u{3}{4::61:x", "{4::61:x", false),
        ] {
            let got = clean_line(raw);
            assert_eq!(got, clean, "{raw:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{raw:?}");
        }
    }

    fn run(text: &str) -> (Result<(), ImportError>, FileReport, Collect) {
        let mut r = FileReport::new(Arc::from("t.sta"));
        let mut c = Collect::default();
        let res = import(text, &mut c, &mut r);
        (res, r, c)
    }

    /// Entries are in the currency of their statement's opening balance (a withdrawn code
    /// such as DEM too); a statement without one states none.
    #[test]
    fn entries_carry_the_statement_currency() {
        let t = ":20:A\n:25:X\n:60F:C250101USD100,00\n:61:250102D49,90NTRFNONREF\n:62F:C250131USD50,10\n-\n:20:B\n:25:X\n:61:250102D1,00NTRFNONREF\n-\n:20:C\n:60F:C020101DEM1,00\n:61:020102D1,00NTRFNONREF\n:62F:C020131DEM0,00\n-\n";
        let (res, r, c) = run(t);
        res.unwrap();
        let got: Vec<String> = c
            .transactions
            .iter()
            .map(|t| format!("{:?}", t.currency))
            .collect();
        assert_eq!(got, ["Some(USD)", "None", "Some(DEM)"]);
        assert_eq!(r.error_count, 0);
        assert!(r.accounted());
    }

    #[test]
    fn amounts_and_lines() {
        assert_eq!(parse_mt_amount("0,"), Some(dec!(0)));
        assert_eq!(parse_mt_amount("000000001000,0"), Some(dec!(1000)));
        assert_eq!(parse_mt_amount("12"), None);
        let l = parse_61("1811271127DR119,35NDDTNONREF").unwrap();
        assert_eq!(l.amount, dec!(-119.35));
        assert_eq!(l.entry_date.unwrap().to_string(), "2018-11-27");
        let l = parse_61("100722C3,68NTRFNONREF").unwrap();
        assert_eq!(l.amount, dec!(3.68));
        assert!(l.entry_date.is_none());
        let l = parse_61("0912310102RCR204,88NTRFREF1//B").unwrap();
        assert_eq!(l.amount, dec!(-204.88));
        assert!(l.reversal);
        assert_eq!(l.entry_date.unwrap().to_string(), "2010-01-02");
        assert_eq!(l.reference, "REF1");
        let l = parse_61("090929    DK829419,78NTRFDansken").unwrap();
        assert_eq!(l.amount, dec!(-829419.78));
        assert!(parse_61("1602300301DR6,00N024NONREF").is_err());
        assert!(parse_61("170914X1,00").is_err());
        assert!(parse_61("").is_err());
    }

    #[test]
    fn details() {
        let (d, n) = parse_86("805?00ENTGELT?20Pausch\nalen?32Fictel Tele\n?33kom GmbH");
        assert_eq!(d, "ENTGELT Pauschalen");
        assert_eq!(n, "Fictel Telekom GmbH");
        let (d, n) = parse_86("Invoice 7\nFictel Mobile");
        assert_eq!((d.as_str(), n.as_str()), ("Invoice 7 Fictel Mobile", ""));
    }

    #[test]
    fn statements_reconcile() {
        let t = "Preamble text\r\n{1:F01TESTNL2AXXXX0000000000}{2:O940TESTNL2AXXXXN}{3:}{4:\r\n:20:REF1\r\n:25:NL00TEST0123456789\r\n:28C:1/1\r\n:60F:C250101EUR100,00\r\n:61:2501020102DR49,90NTRFNONREF\r\n:86:Fictel Mobile invoice\r\n:61:250103C10,NTRFX1\r\n:62F:C250131EUR60,10\r\n-}\r\n\u{1}:20:REF2\n:25:NL00TEST0123456789\n:60F:C250131EUR60,10\n:61:250201DR1,00NMSCNONREF\n:61:2502XXD1\n:62F:C250228EUR60,00\n-\u{3}";
        let (res, r, c) = run(t);
        res.unwrap();
        assert_eq!(r.format.as_deref(), Some("mt940"));
        assert_eq!((r.rows, r.records, r.error_count), (4, 3, 1));
        assert_eq!(c.transactions[0].amount, dec!(-49.90));
        assert_eq!(c.transactions[0].description, "Fictel Mobile invoice");
        assert_eq!(c.transactions[0].source.row, 7);
        assert_eq!(r.errors[0].row, 16);
        assert_eq!(r.reconciliation.len(), 2);
        assert!(r.reconciliation[0].ok);
        assert!(!r.reconciliation[1].ok);
        assert!(r.accounted());
    }

    /// An RD/RC entry is flagged as a reversal; its description stays the bank's text.
    #[test]
    fn reversals_are_flagged_not_written_into_the_description() {
        let t = ":20:A\n:25:X\n:60F:C250101EUR100,00\n:61:250102RC49,90NTRFNONREF\n:86:Fictel Mobile invoice\n:61:250103D1,00NTRFNONREF\n:86:Fee\n:62F:C250131EUR49,20\n-\n";
        let (res, r, c) = run(t);
        res.unwrap();
        assert_eq!(r.error_count, 0);
        let got: Vec<(&str, bool)> = c
            .transactions
            .iter()
            .map(|t| (t.description.as_str(), t.reversal))
            .collect();
        assert_eq!(got, [("Fictel Mobile invoice", true), ("Fee", false)]);
    }

    #[test]
    fn mt942_sums() {
        let t = ":20:X\n:25:1\n:28C:1\n:34F:EUR0,\n:13D:2501011200+0100\n:61:250101D5,NTRFNONREF\n:61:250101C7,50NTRFNONREF\n:90D:1EUR5,\n:90C:1EUR7,5\n-";
        assert!(looks_like(t));
        let (res, r, _) = run(t);
        res.unwrap();
        assert_eq!(r.format.as_deref(), Some("mt942"));
        assert_eq!(r.reconciliation.len(), 4);
        assert!(r.reconciled(), "{:?}", r.reconciliation);
    }
}
