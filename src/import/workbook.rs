//! Workbooks: every sheet is read when it has a header row, or listed with the reason it was
//! not (its rows counted as skipped), and legacy `.xls` text that the spreadsheet reader
//! decoded with the wrong code page is repaired first.
//!
//! Opening a workbook is [`open`] and loading a sheet's cells [`sheet_range`], both through
//! the spreadsheet guard (`super::guard`); reading the sheets is [`read_sheets`].

use calamine::{Data, Range};

use super::generic::Layout;
use super::{
    formats, preamble_period, FileReport, ImportError, ImportOptions, SheetRow, Sink, TableReader,
    MAX_PREAMBLE_ROWS,
};
use std::hash::{Hash, Hasher};

use crate::model::{BillLine, BillTotal, DateRange, RecordKind, Transaction, UsageRecord};

use super::guard::Workbook;

/// Open a workbook held in memory, through the spreadsheet guard (bounds checked before the
/// reader allocates; a panic inside the reader is this file's error).
pub(crate) fn open(bytes: Vec<u8>, report: &FileReport) -> Result<Workbook, ImportError> {
    super::guard::open_workbook(bytes).map_err(|message| ImportError::Workbook {
        file: report.file.clone(),
        message,
    })
}

/// The cells of one sheet; a panic inside the reader is this sheet's error.
pub(crate) fn sheet_range(wb: &mut Workbook, name: &str) -> Result<Range<Data>, crate::i18n::Msg> {
    wb.worksheet_range(name)
}

/// One sheet, loaded, with what its first rows say.
struct Sheet {
    /// The name as the reader gives it (needed to address the sheet).
    shown: String,
    range: Range<Data>,
    /// 2 = a profile or a named format's header, 1 = a generic header, 0 = none.
    rank: u8,
}

/// Read every sheet of the workbook into `sink`. `legacy` is a BIFF (`.xls`) workbook, whose
/// text may need repair (see [`utf16_as_cp1252`]).
pub(crate) fn read_sheets(
    wb: &mut Workbook,
    legacy: bool,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    let names = wb.sheet_names().to_vec();
    let mut loaded: Vec<(String, Range<Data>)> = Vec::new();
    for name in &names {
        match sheet_range(wb, name) {
            Ok(range) => loaded.push((name.clone(), range)),
            Err(e) => {
                report
                    .unread
                    .push(crate::msg!("unread-sheet", sheet = name, error = e));
            }
        }
    }
    if legacy {
        repair_text(&mut loaded, report);
    }
    let sheets: Vec<Sheet> = loaded
        .into_iter()
        .map(|(shown, range)| {
            let rank = classify(&range, opts);
            Sheet { shown, range, rank }
        })
        .collect();
    let best = sheets.iter().map(|s| s.rank).max().unwrap_or(0);
    if best == 0 {
        let listed: Vec<&str> = sheets.iter().map(|s| s.shown.as_str()).collect();
        return Err(ImportError::Unrecognised {
            file: report.file.clone(),
            reason: if listed.is_empty() {
                crate::msg!("unrecognised-workbook-no-sheets")
            } else {
                crate::msg!(
                    "unrecognised-workbook-no-header",
                    sheets = listed.join(", ")
                )
            },
        });
    }
    let primary = sheets.iter().position(|s| s.rank == best).unwrap_or(0);
    read_each(&sheets, primary, opts, sink, report);
    Ok(())
}

/// Read the sheets with a header (the primary one first, then the others in workbook order),
/// each into its own report merged into `report`; count the rows of the others as skipped.
/// A sheet whose records are exactly those of a sheet already read (a copy, such as the
/// Power Query sheet beside WeChat's own) is counted as skipped, not read twice.
fn read_each(
    sheets: &[Sheet],
    primary: usize,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) {
    report.encoding = Some("xlsx/xls".into());
    let several = sheets.iter().filter(|s| s.rank > 0).count() > 1;
    let order = std::iter::once(primary).chain((0..sheets.len()).filter(|i| *i != primary));
    let mut read: Vec<(usize, u64, u64)> = Vec::new();
    let mut coverage = Coverage::Unset;
    for i in order {
        let sheet = &sheets[i];
        if sheet.rank == 0 {
            skip_sheet(sheet, report);
            continue;
        }
        let name: std::sync::Arc<str> = if several {
            format!("{} [{}]", report.file, sheet.shown).into()
        } else {
            report.file.clone()
        };
        let mut part = FileReport::new(name);
        let mut buffer = SheetRecords::default();
        let start_row = sheet.range.start().map(|(r, _)| r as u64).unwrap_or(0);
        let mut table = TableReader::new(&mut buffer, opts);
        for (j, cells) in sheet.range.rows().enumerate() {
            table.row(&SheetRow { cells }, start_row + j as u64 + 1, &mut part);
        }
        table.finish(&mut part);
        drop(table);
        if let Some(&(copied, _, _)) = read
            .iter()
            .find(|(_, n, fp)| *n > 0 && *n == buffer.count && *fp == buffer.fingerprint)
        {
            report.rows += part.rows;
            *report
                .skipped
                .entry(crate::msg!(
                    "skip-sheet-copy",
                    sheet = &sheet.shown,
                    of = &sheets[copied].shown
                ))
                .or_default() += part.rows;
            continue;
        }
        read.push((i, buffer.count, buffer.fingerprint));
        buffer.forward(sink);
        if part.kind == Some(RecordKind::Usage) {
            coverage.add(part.coverage);
        }
        merge(
            report,
            part,
            i == primary,
            several.then_some(sheet.shown.as_str()),
        );
    }
    report.coverage = coverage.get();
    let names: Vec<&str> = read
        .iter()
        .map(|(i, _, _)| sheets[*i].shown.as_str())
        .collect();
    if names.len() > 1 {
        report.notes.push(crate::msg!(
            "note-sheets-read",
            count = names.len(),
            sheets = names.join(", ")
        ));
    }
    report.sheet = Some(names.join(", "));
}

/// Add one sheet's report to the file's. The primary sheet gives the format, kind and header
/// row; another sheet of another format is noted. Row errors and checks name the sheet when
/// several are read.
fn merge(into: &mut FileReport, part: FileReport, primary: bool, sheet: Option<&str>) {
    let format = part.format.as_deref().map(formats::in_workbook);
    if primary {
        into.format = format;
        into.kind = part.kind;
        into.header_row = part.header_row;
    } else if format != into.format {
        into.notes.push(crate::msg!(
            "note-sheet-read-as",
            sheet = sheet.unwrap_or(""),
            format = format.as_deref().unwrap_or("?"),
            kind = part.kind.map(|k| k.as_str()).unwrap_or("?")
        ));
    }
    into.rows += part.rows;
    into.records += part.records;
    for (k, v) in part.skipped {
        *into.skipped.entry(k).or_default() += v;
    }
    let room = super::MAX_ERRORS.saturating_sub(into.errors.len());
    into.errors.extend(part.errors.into_iter().take(room));
    into.error_count += part.error_count;
    into.usage_kinds.extend(part.usage_kinds);
    into.notes.extend(part.notes);
    into.reconciliation
        .extend(part.reconciliation.into_iter().map(|mut r| {
            if let Some(s) = sheet {
                r.what = crate::msg!("reconcile-in-sheet", sheet = s, what = r.what);
            }
            r
        }));
}

/// One sheet's records, held until it is known whether the sheet copies one already read,
/// with an order-sensitive fingerprint of their content (not of where they were read).
#[derive(Default)]
struct SheetRecords {
    bill_lines: Vec<BillLine>,
    bill_totals: Vec<BillTotal>,
    usage: Vec<UsageRecord>,
    transactions: Vec<Transaction>,
    count: u64,
    fingerprint: u64,
}

impl SheetRecords {
    fn mix(&mut self, h: impl Hash) {
        let mut s = std::collections::hash_map::DefaultHasher::new();
        (self.fingerprint, h).hash(&mut s);
        self.fingerprint = s.finish();
        self.count += 1;
    }

    fn forward(self, sink: &mut dyn Sink) {
        self.bill_lines.into_iter().for_each(|l| sink.bill_line(l));
        self.bill_totals
            .into_iter()
            .for_each(|t| sink.bill_total(t));
        self.usage.iter().for_each(|u| sink.usage(u));
        self.transactions
            .into_iter()
            .for_each(|t| sink.transaction(t));
    }
}

impl Sink for SheetRecords {
    fn bill_line(&mut self, l: BillLine) {
        self.mix(("bill", l.period.to_string(), &l.item, l.amount, &l.number));
        self.bill_lines.push(l);
    }
    fn bill_total(&mut self, t: BillTotal) {
        self.mix(("total", t.period.to_string(), t.amount, &t.number));
        self.bill_totals.push(t);
    }
    fn usage(&mut self, u: &UsageRecord) {
        self.mix((
            "usage",
            u.start,
            u.kind.as_str(),
            &u.number,
            u.seconds,
            u.bytes,
            u.fee,
        ));
        self.usage.push(u.clone());
    }
    fn transaction(&mut self, t: Transaction) {
        self.mix((
            "tx",
            t.date,
            t.amount,
            &t.counterparty,
            &t.description,
            &t.id,
        ));
        self.transactions.push(t);
    }
}

/// A sheet without a header row: its non-blank rows are counted as skipped, with its name.
fn skip_sheet(sheet: &Sheet, report: &mut FileReport) {
    let rows = sheet.range.rows().count() as u64;
    if rows == 0 {
        report
            .notes
            .push(crate::msg!("note-sheet-empty", sheet = &sheet.shown));
        return;
    }
    report.rows += rows;
    *report
        .skipped
        .entry(crate::msg!(
            "skip-sheet-without-header",
            sheet = &sheet.shown
        ))
        .or_default() += rows;
}

/// The covered range of several usage sheets: their union when every one states it.
enum Coverage {
    Unset,
    Known(DateRange),
    Unknown,
}

impl Coverage {
    fn add(&mut self, r: Option<DateRange>) {
        *self = match (std::mem::replace(self, Coverage::Unknown), r) {
            (Coverage::Unset, Some(r)) => Coverage::Known(r),
            (Coverage::Known(a), Some(b)) => Coverage::Known(DateRange {
                from: a.from.min(b.from),
                to: a.to.max(b.to),
            }),
            _ => Coverage::Unknown,
        };
    }

    fn get(&self) -> Option<DateRange> {
        match self {
            Coverage::Known(r) => Some(*r),
            _ => None,
        }
    }
}

/// How a sheet's first rows read: 2 = a profile's or a named format's header, 1 = a generic
/// header, 0 = none.
fn classify(range: &Range<Data>, opts: &ImportOptions) -> u8 {
    let mut preamble = Vec::new();
    let first_row = range.start().map(|(r, _)| r as u64).unwrap_or(0);
    for (i, cells) in range.rows().take(MAX_PREAMBLE_ROWS as usize).enumerate() {
        let row = SheetRow { cells };
        let texts: Vec<String> = (0..cells.len())
            .map(|j| super::generic::RowView::text(&row, j).into_owned())
            .collect();
        let line = first_row + i as u64 + 1;
        let named = formats::detect_table(&opts.profiles, &texts, &preamble, line);
        if named.is_some() {
            return 2;
        }
        if Layout::detect(&texts, preamble_period(&preamble)).is_some() {
            return 1;
        }
        preamble.push(texts.join(" "));
    }
    0
}

/// Repair the text of a legacy workbook whose UTF-16 strings were decoded as cp1252: decided
/// once for the whole workbook, from a NUL character in a sheet name or a cell (no real text
/// holds one; every ASCII character of such a string comes out followed by one).
fn repair_text(sheets: &mut [(String, Range<Data>)], report: &mut FileReport) {
    let garbled = sheets.iter().any(|(name, range)| {
        name.contains('\0')
            || range
                .used_cells()
                .any(|(_, _, v)| matches!(v, Data::String(s) if s.contains('\0')))
    });
    if !garbled {
        return;
    }
    let (mut repaired, mut left) = (0u64, 0u64);
    for (name, range) in sheets.iter_mut() {
        if let Some(n) = utf16_as_cp1252::repair_name(name) {
            *name = n;
        }
        let Some((r0, c0)) = range.start() else {
            continue;
        };
        let fixes: Vec<((u32, u32), Option<String>)> = range
            .used_cells()
            .filter_map(|(r, c, v)| match v {
                Data::String(s) => {
                    Some(((r0 + r as u32, c0 + c as u32), utf16_as_cp1252::repair(s)))
                }
                _ => None,
            })
            .collect();
        for (pos, fixed) in fixes {
            match fixed {
                Some(t) => {
                    repaired += 1;
                    range.set_value(pos, Data::String(t));
                }
                None => left += 1,
            }
        }
    }
    report.notes.push(if left > 0 {
        crate::msg!("note-xls-repaired-partly", repaired = repaired, left = left)
    } else {
        crate::msg!("note-xls-repaired", repaired = repaired)
    });
}

/// The repair of UTF-16LE text that was decoded byte by byte as cp1252.
pub(crate) mod utf16_as_cp1252 {
    use std::sync::LazyLock;

    /// The cp1252 byte of each character the decoder gives (all 256 bytes decode to distinct
    /// characters: the five undefined ones to C1 controls).
    static BYTE_OF: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
        let mut v: Vec<(char, u8)> = (0u8..=255)
            .filter_map(|b| {
                let one = [b];
                let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&one);
                s.chars().next().map(|c| (c, b))
            })
            .collect();
        v.sort_unstable();
        v
    });

    fn byte_of(c: char) -> Option<u8> {
        let t = &*BYTE_OF;
        t.binary_search_by_key(&c, |(ch, _)| *ch)
            .ok()
            .map(|i| t[i].1)
    }

    /// The text `s` was before it was garbled, or `None` when `s` cannot be UTF-16LE read as
    /// cp1252 (a character outside cp1252, an odd number of bytes, an unpaired surrogate, or
    /// a control character in the result).
    pub(crate) fn repair(s: &str) -> Option<String> {
        let bytes: Vec<u8> = s.chars().map(byte_of).collect::<Option<_>>()?;
        if bytes.len() % 2 != 0 {
            return None;
        }
        let units = bytes
            .chunks_exact(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]));
        let out: String = char::decode_utf16(units).collect::<Result<_, _>>().ok()?;
        if out
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        {
            return None;
        }
        Some(out)
    }

    /// A sheet name garbled the same way, from which the reader also removed the NUL
    /// characters (so the high byte of each ASCII character is gone): the most plausible
    /// split into ASCII characters and CJK characters.
    pub(crate) fn repair_name(s: &str) -> Option<String> {
        let bytes: Vec<u8> = s.chars().map(byte_of).collect::<Option<_>>()?;
        // best[i]: the best score and text for bytes[..i].
        let mut best: Vec<Option<(i64, String)>> = vec![None; bytes.len() + 1];
        best[0] = Some((0, String::new()));
        for i in 0..bytes.len() {
            let Some((score, text)) = best[i].clone() else {
                continue;
            };
            let b = bytes[i];
            if (0x20..0x7f).contains(&b) {
                let gain = if b.is_ascii_alphanumeric() { 3 } else { 1 };
                offer(&mut best[i + 1], score + gain, &text, b as char);
            }
            if let Some(&hi) = bytes.get(i + 1) {
                let unit = u16::from_le_bytes([b, hi]);
                if let Some(c) = char::from_u32(unit as u32).filter(|c| !c.is_control()) {
                    let gain = if ('\u{4e00}'..='\u{9fff}').contains(&c) {
                        5
                    } else {
                        -5
                    };
                    offer(&mut best[i + 2], score + gain, &text, c);
                }
            }
        }
        best.pop().flatten().map(|(_, t)| t)
    }

    fn offer(slot: &mut Option<(i64, String)>, score: i64, text: &str, c: char) {
        if slot.as_ref().is_none_or(|(s, _)| score > *s) {
            let mut t = text.to_string();
            t.push(c);
            *slot = Some((score, t));
        }
    }

    /// How a UTF-16 string comes out of a reader that decodes its bytes as cp1252 (tests).
    #[cfg(test)]
    pub(crate) fn garble(s: &str) -> String {
        let bytes: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(&bytes)
            .0
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::utf16_as_cp1252::{garble, repair, repair_name};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn unicom_headers_are_repaired() {
        // As calamine gives them for the real Unicom exports.
        assert_eq!(repair("ù[¹e÷S\u{1}x").as_deref(), Some("对方号码"));
        assert_eq!(repair("\u{8f}^÷S").as_deref(), Some("序号"));
        assert_eq!(
            repair("2\u{0}0\u{0}1\u{0}5\u{0}-\u{0}1\u{0}1\u{0}").as_deref(),
            Some("2015-11")
        );
        assert_eq!(repair("4\u{0}9\u{0}Òy").as_deref(), Some("49秒"));
        // Sheet names come without their NUL characters.
        assert_eq!(
            repair_name("2016t^01\u{8}gí‹ó—\u{1a}\u{90}áO").as_deref(),
            Some("2016年01月语音通信")
        );
        assert_eq!(repair_name("Sheet1").as_deref(), Some("Sheet1"));
    }

    #[test]
    fn ordinary_cp1252_text_is_not_taken_for_utf16() {
        // Odd byte counts and results with control characters are refused; the workbook-wide
        // decision needs a NUL character, which no ordinary text holds.
        for s in ["Café", "Überweisung 5,50 €", "a", "Straße"] {
            assert!(!s.contains('\0'));
            if let Some(r) = repair(s) {
                assert_ne!(r, s);
            }
        }
        assert_eq!(repair("abc"), None);
    }

    fn sheet(cells: &[&str]) -> Range<Data> {
        let mut r = Range::new((0, 0), (0, cells.len() as u32 - 1));
        for (i, c) in cells.iter().enumerate() {
            r.set_value((0, i as u32), Data::String(c.to_string()));
        }
        r
    }

    fn texts(r: &Range<Data>) -> Vec<String> {
        r.used_cells().map(|(_, _, v)| v.to_string()).collect()
    }

    /// The decision is taken for the whole workbook: an ordinary cp1252 workbook (no NUL in
    /// any string, even where a string would decode as UTF-16, like `ab`) stays as it is; a
    /// garbled one is repaired cell by cell, sheet name included, with a note.
    #[test]
    fn ordinary_workbooks_stay_untouched_garbled_ones_are_repaired() {
        let ordinary = [
            "Buchungstag",
            "Café Überweisung 5,50 €",
            "ab",
            "Straße",
            "Œuvre — “quoted”",
        ];
        let mut sheets = vec![("Umsätze".to_string(), sheet(&ordinary))];
        let mut report = FileReport::new("o.xls".into());
        repair_text(&mut sheets, &mut report);
        assert_eq!(texts(&sheets[0].1), ordinary.map(String::from).to_vec());
        assert_eq!(sheets[0].0, "Umsätze");
        assert!(report.notes.is_empty());

        let plain = ["序号", "通话起始时间", "2015-11-30 11:06:11", "49秒", "ab"];
        let garbled: Vec<String> = plain.iter().map(|s| garble(s)).collect();
        let garbled: Vec<&str> = garbled.iter().map(String::as_str).collect();
        // The reader drops the NULs of sheet names.
        let name = garble("2015年11月语音通信").replace('\0', "");
        let mut sheets = vec![(name, sheet(&garbled))];
        let mut report = FileReport::new("g.xls".into());
        repair_text(&mut sheets, &mut report);
        assert_eq!(texts(&sheets[0].1), plain.map(String::from).to_vec());
        assert_eq!(sheets[0].0, "2015年11月语音通信");
        assert!(
            report.notes[0].contains("5 cells re-decoded"),
            "{:?}",
            report.notes
        );
    }

    proptest! {
        /// Any text, garbled the way the reader garbles it, is repaired to itself; and the
        /// garbled form of text with an ASCII character always holds a NUL (the workbook-wide
        /// signal), while the text itself never does.
        #[test]
        fn garbled_text_round_trips(s in "[0-9a-zA-Z :.\\-语音通信序号对方号码秒分国内长途¥€é]{0,24}") {
            let g = garble(&s);
            prop_assert_eq!(repair(&g), Some(s.clone()));
            if s.chars().any(|c| c.is_ascii()) {
                prop_assert!(g.contains('\0'));
            }
            prop_assert!(!s.contains('\0'));
        }
    }
}
