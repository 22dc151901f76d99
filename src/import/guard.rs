//! Bounds on hostile input: a single enormous line, a CSV with a million columns, an
//! oversized file, a ZIP bomb disguised as a spreadsheet, and a spreadsheet that declares
//! (or spreads its cells over) more than it holds. Each gives a clear error instead of a
//! hang, an abort or running out of memory.
//!
//! Spreadsheets are opened only through [`open_workbook`]: the bytes are checked before the
//! reader allocates anything they declare, and the reader runs where a panic is caught and
//! becomes that file's error. The work done per file is bounded by what the checks allow
//! (inflated bytes and cells), which bounds its time and memory as well.

mod workbook;
mod xls;
mod xlsx;

pub(crate) use workbook::{catch_quietly, open_workbook, Workbook};

use std::io::{self, Read};
use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::Sink;
use crate::i18n::{Lang, Msg};
use crate::model::{BillLine, BillTotal, SourceRef, Transaction, UsageRecord};
use crate::msg;

/// The longest line read from a text file (a real export line is a few hundred bytes).
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// The most columns a CSV row may have.
pub const MAX_COLUMNS: usize = 4096;
/// The largest spreadsheet file read into memory.
pub const MAX_WORKBOOK_BYTES: u64 = 256 << 20;
/// The most entries a spreadsheet ZIP may declare.
pub const MAX_ZIP_ENTRIES: u64 = 10_000;
/// The most bytes all entries of a spreadsheet ZIP may declare uncompressed.
pub const MAX_ZIP_UNCOMPRESSED: u64 = 512 << 20;
/// The highest compression ratio one entry may declare (real XLSX parts stay well below it).
pub const MAX_ZIP_RATIO: u64 = 500;
/// The most bytes one part of an XLSX package may inflate to.
pub const MAX_PART_BYTES: u64 = 256 << 20;
/// The most cells one sheet may span (rows × columns between its first and its last cell
/// that holds a value): the reader allocates that rectangle, about 32 bytes a cell.
pub const MAX_SHEET_CELLS: u64 = 4_000_000;
/// The most cells all sheets of an XLS workbook may span together (an XLS file is read
/// whole when it is opened).
pub const MAX_WORKBOOK_CELLS: u64 = 8_000_000;
/// The most strings an XLSX shared-string table may declare (the reader reserves them).
pub const MAX_SHARED_STRINGS: u64 = 4_000_000;

pub use crate::model::MAX_AMOUNT;

/// A sink in front of the audit's that holds back records whose amount is beyond
/// [`MAX_AMOUNT`]; the caller reports each as an error of its row.
pub(crate) struct AmountBound<'a> {
    pub inner: &'a mut dyn Sink,
    /// The rows held back, with the amount and whether the row was counted as a record
    /// (a stated bill total is counted as a skip).
    pub refused: Vec<(SourceRef, Decimal, bool)>,
}

impl AmountBound<'_> {
    fn admit(&mut self, amount: Decimal, source: &SourceRef, record: bool) -> bool {
        let ok = within_bound(amount);
        if !ok {
            self.refuse(amount, source, record);
        }
        ok
    }

    /// [`Sink::usage`] of a record whose fee's coefficient is beyond the bound's.
    #[cold]
    #[inline(never)]
    fn usage_beyond_coefficient(&mut self, record: &UsageRecord) {
        if self.admit(record.fee, &record.source, true) {
            self.inner.usage(record);
        }
    }

    #[cold]
    fn refuse(&mut self, amount: Decimal, source: &SourceRef, record: bool) {
        self.refused.push((source.clone(), amount, record));
    }
}

/// The coefficient of [`MAX_AMOUNT`], a whole number.
const MAX_COEFFICIENT: u128 = MAX_AMOUNT.mantissa().unsigned_abs();
const _: () = assert!(MAX_AMOUNT.scale() == 0);

/// Whether `|amount| <= MAX_AMOUNT`. An amount is its coefficient divided by a power of ten,
/// so a coefficient within the bound means an amount within it, whatever the scale: that
/// settles nearly every amount (once per usage row) with one integer comparison, and only
/// the others take the general comparison.
fn within_bound(amount: Decimal) -> bool {
    within_coefficient(amount) || amount.abs() <= MAX_AMOUNT
}

/// The first step of [`within_bound`]: whether the coefficient is within the bound's.
#[inline(always)]
fn within_coefficient(amount: Decimal) -> bool {
    amount.mantissa().unsigned_abs() <= MAX_COEFFICIENT
}

impl Sink for AmountBound<'_> {
    fn bill_line(&mut self, line: BillLine) {
        if self.admit(line.amount, &line.source, true) {
            self.inner.bill_line(line);
        }
    }
    fn bill_total(&mut self, total: BillTotal) {
        if self.admit(total.amount, &total.source, false) {
            self.inner.bill_total(total);
        }
    }
    fn usage(&mut self, record: &UsageRecord) {
        // Once per usage row: a comparison, then a jump to the next sink (or to the rest of
        // the check), with no registers saved for the rare way.
        if within_coefficient(record.fee) {
            self.inner.usage(record);
        } else {
            self.usage_beyond_coefficient(record);
        }
    }
    fn transaction(&mut self, tx: Transaction) {
        if self.admit(tx.amount, &tx.source, true) {
            self.inner.transaction(tx);
        }
    }
}

/// The header row of `billaudit audit --format csv`.
pub const FINDINGS_CSV_HEADER: [&str; 9] = [
    "rule", "severity", "period", "service", "item", "amount", "currency", "title", "evidence",
];
/// The marker in the head of the HTML evidence pack.
pub const HTML_GENERATOR: &str = r#"<meta name="generator" content="billaudit">"#;

/// Which of billaudit's own outputs a text file is, judged from its first 64 KiB: such a
/// file (a findings CSV written into the case folder, say) is never imported, or the next
/// audit would count its amounts as a bill.
pub fn own_output(head: &str) -> Option<crate::i18n::Msg> {
    let head = head.trim_start_matches('\u{feff}');
    let first = head.lines().next().unwrap_or("");
    own_output_by(first, |marker| head.contains(marker))
}

/// [`own_output`] of the first 64 KiB of a file as read, for UTF-8 (invalid bytes as
/// U+FFFD), without decoding them all: only the first line is compared whole, and the
/// markers looked for in the rest are ASCII, which decoding leaves as they are (an invalid
/// sequence never takes in an ASCII byte), so a byte search finds the same.
pub fn own_output_utf8(head: &[u8]) -> Option<crate::i18n::Msg> {
    let mut head = head;
    while let Some(rest) = head.strip_prefix("\u{feff}".as_bytes()) {
        head = rest;
    }
    let first = head.split(|b| *b == b'\n').next().unwrap_or_default();
    own_output_by(&String::from_utf8_lossy(first), |marker| {
        memchr::memmem::find(head, marker.as_bytes()).is_some()
    })
}

/// See [`own_output`]: `first` is the head's first line, `contains` whether an (ASCII)
/// marker is anywhere in the head.
fn own_output_by(first: &str, contains: impl Fn(&str) -> bool) -> Option<crate::i18n::Msg> {
    let first = first.trim_end();
    if first == FINDINGS_CSV_HEADER.join(",") {
        return Some(crate::msg!("own-output-findings-csv"));
    }
    if let Some((_, what)) = own_titles().iter().find(|(title, _)| first == title) {
        return Some(crate::i18n::Msg::new(what, Vec::new()));
    }
    if contains(HTML_GENERATOR) {
        return Some(crate::msg!("own-output-pack-html"));
    }
    if first.starts_with('{') && contains("\"disputed_total\"") && contains("\"findings\"") {
        return Some(crate::msg!("own-output-findings-json"));
    }
    None
}

/// The titles the reports are written with, in every language (and for every route an
/// appeal may take), from the message catalogue the reports use, with what a file that
/// starts with one is. The appeal's first line is its title alone (a bill or statement
/// never starts so). Rendered once: every file of a case is checked.
fn own_titles() -> &'static [(String, &'static str)] {
    static TITLES: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
        let mut titles = Vec::new();
        for lang in Lang::all() {
            titles.push((
                format!(
                    "# {}",
                    crate::tr!(lang, "report-evidence-list-and-call-script")
                ),
                "own-output-pack-markdown",
            ));
            for route in ["cn", "us", "gb", "other"] {
                titles.push((
                    crate::tr!(lang, "appeal-title", route = route),
                    "own-output-appeal",
                ));
            }
        }
        titles
    });
    &TITLES
}

/// A reader over decoded text that counts the U+FFFD replacement characters passing
/// through it: the bytes the decoder could not decode (anywhere in the file, not only in
/// the first 64 KiB the encoding was guessed from) are reported, not silently replaced.
pub(crate) struct Replacements<R> {
    inner: R,
    count: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// The last two bytes of the previous read (a U+FFFD may be split between reads).
    tail: [u8; 2],
}

impl<R> Replacements<R> {
    pub fn new(inner: R) -> Self {
        Replacements {
            inner,
            count: Default::default(),
            tail: [0; 2],
        }
    }

    pub fn counter(&self) -> std::sync::Arc<std::sync::atomic::AtomicU64> {
        self.count.clone()
    }
}

impl<R: Read> Read for Replacements<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        const FFFD: &[u8] = "\u{fffd}".as_bytes();
        let n = self.inner.read(buf)?;
        if n == 0 {
            return Ok(0);
        }
        let data = &buf[..n];
        let mut found = memchr::memmem::find_iter(data, FFFD).count() as u64;
        // Split across the boundary: EF BF|BD, or EF|BF BD.
        if (self.tail == FFFD[..2] && data[0] == FFFD[2])
            || (self.tail[1] == FFFD[0] && data.get(..2) == Some(&FFFD[1..]))
        {
            found += 1;
        }
        self.tail = match n {
            1 => [self.tail[1], data[0]],
            _ => [data[n - 2], data[n - 1]],
        };
        if found > 0 {
            self.count
                .fetch_add(found, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(n)
    }
}

fn u16_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?) as u64)
}

fn u32_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as u64)
}

/// Check a ZIP's central directory before anything inflates it: the number of entries, the
/// declared uncompressed sizes and compression ratios. ZIP64 archives are refused (no
/// spreadsheet export needs one).
///
/// The declared sizes are what bounds the memory: the `zip` crate that calamine reads
/// spreadsheets with (9.x) stops each entry's output at its declared uncompressed size, so
/// an entry that lies about its size is cut there rather than inflated without end.
pub fn check_zip(bytes: &[u8]) -> Result<(), Msg> {
    const EOCD: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    const CDH: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    let from = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..i + 4] == EOCD)
        .ok_or_else(|| msg!("guard-zip-no-end"))?;
    let end = || msg!("guard-zip-end-damaged");
    let entries = u16_at(bytes, eocd + 10).ok_or_else(end)?;
    let cd_size = u32_at(bytes, eocd + 12).ok_or_else(end)?;
    let cd_offset = u32_at(bytes, eocd + 16).ok_or_else(end)?;
    if entries == 0xFFFF || cd_size == 0xFFFF_FFFF || cd_offset == 0xFFFF_FFFF {
        return Err(msg!("guard-zip64"));
    }
    if entries > MAX_ZIP_ENTRIES {
        return Err(msg!(
            "guard-zip-too-many-entries",
            entries = entries,
            max = MAX_ZIP_ENTRIES
        ));
    }
    let mut pos = cd_offset as usize;
    let mut total: u64 = 0;
    let cd = || msg!("guard-zip-directory-damaged");
    for n in 0..entries {
        if bytes.get(pos..pos + 4) != Some(&CDH[..]) {
            return Err(msg!("guard-zip-directory-damaged-at", entry = n + 1));
        }
        let compressed = u32_at(bytes, pos + 20).ok_or_else(cd)?;
        let size = u32_at(bytes, pos + 24).ok_or_else(cd)?;
        let name_len = u16_at(bytes, pos + 28).ok_or_else(cd)?;
        let extra_len = u16_at(bytes, pos + 30).ok_or_else(cd)?;
        let comment_len = u16_at(bytes, pos + 32).ok_or_else(cd)?;
        let name_end = (pos + 46 + name_len as usize).min(bytes.len());
        let name = String::from_utf8_lossy(bytes.get(pos + 46..name_end).unwrap_or(b""));
        let name = format!("{name:?}");
        if size == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF {
            return Err(msg!("guard-zip64-entry", name = name));
        }
        if size > 1 << 20 && size / compressed.max(1) > MAX_ZIP_RATIO {
            return Err(msg!(
                "guard-zip-bomb-entry",
                name = name,
                size = size,
                compressed = compressed
            ));
        }
        total += size;
        if total > MAX_ZIP_UNCOMPRESSED {
            return Err(msg!(
                "guard-zip-too-large",
                mib = MAX_ZIP_UNCOMPRESSED >> 20
            ));
        }
        pos += 46 + name_len as usize + extra_len as usize + comment_len as usize;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stored (uncompressed) ZIP with one entry, with the sizes the central directory declares.
    pub fn zip_with(
        name: &str,
        data: &[u8],
        declared_size: u32,
        declared_compressed: u32,
    ) -> Vec<u8> {
        let mut z = Vec::new();
        // local header
        z.extend_from_slice(&[0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        z.extend_from_slice(&0u32.to_le_bytes()); // crc
        z.extend_from_slice(&(data.len() as u32).to_le_bytes());
        z.extend_from_slice(&(data.len() as u32).to_le_bytes());
        z.extend_from_slice(&(name.len() as u16).to_le_bytes());
        z.extend_from_slice(&0u16.to_le_bytes());
        z.extend_from_slice(name.as_bytes());
        z.extend_from_slice(data);
        let cd = z.len();
        z.extend_from_slice(&[0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        z.extend_from_slice(&0u32.to_le_bytes()); // crc
        z.extend_from_slice(&declared_compressed.to_le_bytes());
        z.extend_from_slice(&declared_size.to_le_bytes());
        z.extend_from_slice(&(name.len() as u16).to_le_bytes());
        z.extend_from_slice(&[0; 12]); // extra, comment, disk, attrs
        z.extend_from_slice(&0u32.to_le_bytes()); // local header offset
        z.extend_from_slice(name.as_bytes());
        let cd_len = z.len() - cd;
        z.extend_from_slice(&[0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0]);
        z.extend_from_slice(&(cd_len as u32).to_le_bytes());
        z.extend_from_slice(&(cd as u32).to_le_bytes());
        z.extend_from_slice(&0u16.to_le_bytes());
        z
    }

    #[test]
    fn replacement_characters_are_counted_across_reads() {
        let text = "a\u{fffd}b\u{fffd}\u{fffd}c".repeat(3);
        for chunk in 1..8 {
            let r = Replacements::new(ChunkReader(text.as_bytes(), chunk));
            let count = r.counter();
            let mut r = r;
            let mut out = Vec::new();
            r.read_to_end(&mut out).unwrap();
            assert_eq!(out, text.as_bytes());
            assert_eq!(
                count.load(std::sync::atomic::Ordering::Relaxed),
                9,
                "chunk {chunk}"
            );
        }
    }

    /// Gives at most `.1` bytes per read.
    struct ChunkReader<'a>(&'a [u8], usize);

    impl Read for ChunkReader<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.0.len().min(self.1).min(buf.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn max_amount_is_a_quadrillion() {
        assert_eq!(MAX_AMOUNT.to_string(), "1000000000000000");
    }

    /// The integer check on the coefficient gives the general comparison's answer.
    #[test]
    fn the_bound_check_is_the_comparison() {
        let cases = [
            "0",
            "-0.00",
            "0.01",
            "999999999999999.99",
            "1000000000000000",
            "-1000000000000000",
            "1000000000000000.00",
            "1000000000000000.01",
            "-1000000000000000.0000000001",
            "1000000000000001",
            "10000000000000000",
            "0.0000000000000000000000000001",
            "7.9228162514264337593543950335",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
        ];
        for c in cases {
            let d: Decimal = c.parse().unwrap();
            assert_eq!(within_bound(d), d.abs() <= MAX_AMOUNT, "{c}");
        }
        assert!(within_bound("1000000000000000.00".parse().unwrap()));
        assert!(!within_bound("1000000000000000.01".parse().unwrap()));
    }

    #[test]
    fn zip_checks() {
        assert!(check_zip(&zip_with("a.xml", b"hello", 5, 5)).is_ok());
        let e = check_zip(&zip_with(
            "xl/worksheets/sheet1.xml",
            b"x",
            4_000_000_000,
            1000,
        ))
        .unwrap_err();
        assert!(e.contains("ZIP bomb"), "{e}");
        assert_eq!(e.id(), "guard-zip-bomb-entry");
        assert!(check_zip(b"PK\x03\x04garbage")
            .unwrap_err()
            .contains("end-of-central-directory"));
        assert!(check_zip(&zip_with("a", b"x", 0xFFFF_FFFF, 1))
            .unwrap_err()
            .contains("ZIP64"));
    }

    /// The byte search over an undecoded head finds what [`own_output`] finds in it decoded
    /// (invalid bytes as U+FFFD), whatever the bytes around the markers.
    #[test]
    fn own_output_of_undecoded_utf8_is_own_output_of_the_decoded_text() {
        let pack = format!(
            "# {}",
            crate::tr!(Lang::ZhCn, "report-evidence-list-and-call-script")
        );
        let appeal = crate::tr!(Lang::En, "appeal-title", route = "us");
        let csv = FINDINGS_CSV_HEADER.join(",");
        let firsts: Vec<Vec<u8>> = [
            csv.as_str(),
            pack.as_str(),
            appeal.as_str(),
            "{",
            "账期,用户号码,费用项目,金额(元)",
            "",
        ]
        .iter()
        .flat_map(|l| {
            let l = l.as_bytes();
            [
                l.to_vec(),
                [l, b" \r"].concat(),
                [b"\xef\xbb\xbf", l].concat(),
                [b"\xef\xbb\xbf\xef\xbb\xbf", l].concat(),
                [b"\xef\xbb", l].concat(),
                [l, b"\xff"].concat(),
            ]
        })
        .collect();
        let rests: [&[u8]; 6] = [
            b"",
            b"\n\"disputed_total\": 1, \"findings\": []",
            b"\r\n\xe4\xb8<meta name=\"generator\" content=\"billaudit\">\xbd",
            b"\n\"disputed_\xfftotal\" \"findings\"",
            b"\n\xc3<meta name=\"generator\" content=\"billaudit\"\xe4\xb8>",
            "\n套餐月租费,38.00\n".as_bytes(),
        ];
        let mut found = 0;
        for first in &firsts {
            for rest in rests {
                let head = [first.as_slice(), rest].concat();
                let want = own_output(&String::from_utf8_lossy(&head)).map(|m| m.id());
                assert_eq!(own_output_utf8(&head).map(|m| m.id()), want, "{head:?}");
                found += usize::from(want.is_some());
            }
        }
        assert!(found > 20, "{found}");
    }
}
