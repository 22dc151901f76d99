//! The XLSX pre-check: every part of the package is streamed once (inflated through the same
//! `zip` crate calamine uses, so never past its declared size) and read the way calamine's
//! cell reader reads it. A workbook is refused before calamine opens it when a part inflates
//! to more than [`MAX_PART_BYTES`], when the shared-string table declares more strings than
//! [`MAX_SHARED_STRINGS`] (calamine reserves them up front), when a cell reference lies
//! beyond Excel's own limits, or when the cells holding values in one sheet span more than
//! [`MAX_SHEET_CELLS`] (calamine allocates the whole rectangle between the first and the last).

use std::io::{BufRead, BufReader, Cursor};

use quick_xml::events::{BytesStart, Event};

use crate::i18n::Msg;
use crate::msg;

use super::{MAX_PART_BYTES, MAX_SHARED_STRINGS, MAX_SHEET_CELLS, MAX_WORKBOOK_CELLS};

/// Excel's own limits: 1,048,576 rows and 16,384 columns (XFD).
const MAX_ROW: u64 = 1 << 20;
const MAX_COL: u64 = 1 << 14;

/// Check an XLSX package before calamine reads it.
pub(crate) fn check(bytes: &[u8]) -> Result<(), Msg> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| msg!("guard-xlsx-damaged", error = e.to_string()))?;
    let mut spans: Vec<u64> = Vec::new();
    let mut sheets = 0usize;
    for i in 0..zip.len() {
        // An entry the zip crate cannot open (encrypted, unknown compression) cannot be
        // read by calamine either.
        let Ok(entry) = zip.by_index(i) else { continue };
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        if entry.size() > MAX_PART_BYTES {
            return Err(msg!(
                "guard-xlsx-part-too-large",
                name = format!("{name:?}"),
                mib = entry.size() >> 20,
                max = MAX_PART_BYTES >> 20
            ));
        }
        let part = scan_part(&name, BufReader::new(entry))?;
        sheets = sheets.max(part.sheets_listed);
        if let Some(span) = part.span {
            spans.push(span);
        }
    }
    // Every sheet is loaded at once: the spans add up, and a sheet listed more often than
    // there are sheet parts (several names for one part) counts as the largest again.
    let largest = spans.iter().copied().max().unwrap_or(0);
    let extra = (sheets as u64).saturating_sub(spans.len() as u64);
    let total = spans
        .iter()
        .sum::<u64>()
        .saturating_add(extra.saturating_mul(largest));
    if total > MAX_WORKBOOK_CELLS {
        return Err(msg!(
            "guard-xlsx-workbook-span",
            cells = total,
            max = MAX_WORKBOOK_CELLS
        ));
    }
    Ok(())
}

/// What one part of the package holds, as far as the bounds go.
#[derive(Default)]
struct Part {
    /// The cells a worksheet's values span.
    span: Option<u64>,
    /// The `<sheet>` entries a workbook part lists.
    sheets_listed: usize,
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<Vec<u8>> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
}

/// A cell reference (`B7`, `XFD1048576`) as 1-based (row, column), or a row number alone.
fn reference(r: &[u8]) -> Result<(u64, u64), Msg> {
    let mut col: u64 = 0;
    let mut row: u64 = 0;
    let mut digits = false;
    for &b in r {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' if !digits => {
                col = col
                    .saturating_mul(26)
                    .saturating_add(u64::from(b.to_ascii_uppercase() - b'A') + 1);
            }
            b'0'..=b'9' => {
                digits = true;
                row = row.saturating_mul(10).saturating_add(u64::from(b - b'0'));
            }
            _ => break,
        }
    }
    if row > MAX_ROW || col > MAX_COL {
        let shown = String::from_utf8_lossy(&r[..r.len().min(40)]);
        return Err(msg!(
            "guard-xlsx-reference",
            reference = format!("{shown:?}"),
            max_row = MAX_ROW
        ));
    }
    Ok((row, col))
}

/// Where calamine's cell reader would put each cell of a sheet, and the span of those that
/// hold something.
#[derive(Default)]
struct SheetScan {
    row: u64,
    col: u64,
    /// The cell being read (0-based), until its first child element is seen.
    open: Option<(u64, u64)>,
    span: Option<(u64, u64, u64, u64)>,
    cells: u64,
}

impl SheetScan {
    fn start_row(&mut self, e: &BytesStart<'_>) -> Result<(), Msg> {
        if let Some(r) = attr(e, b"r") {
            self.row = reference(&r)?.0.saturating_sub(1);
        }
        Ok(())
    }

    fn start_cell(&mut self, e: &BytesStart<'_>) -> Result<(), Msg> {
        let pos = match attr(e, b"r") {
            Some(r) => {
                let (row, col) = reference(&r)?;
                self.col = col.saturating_sub(1);
                (row.saturating_sub(1), self.col)
            }
            None => (self.row, self.col),
        };
        self.open = Some(pos);
        self.cells += 1;
        if self.cells > MAX_SHEET_CELLS {
            return Err(msg!("guard-xlsx-sheet-cells", max = MAX_SHEET_CELLS));
        }
        Ok(())
    }

    /// A child of the open cell: calamine reads a value from it.
    fn value(&mut self) -> Result<(), Msg> {
        let Some((r, c)) = self.open.take() else {
            return Ok(());
        };
        let (r0, r1, c0, c1) = self.span.unwrap_or((r, r, c, c));
        let span = (r0.min(r), r1.max(r), c0.min(c), c1.max(c));
        self.span = Some(span);
        let cells = (span.1 - span.0 + 1).saturating_mul(span.3 - span.2 + 1);
        if cells > MAX_SHEET_CELLS {
            return Err(msg!(
                "guard-xlsx-sheet-span",
                rows = span.1 - span.0 + 1,
                cols = span.3 - span.2 + 1,
                cell = format!("{}{}", column_name(c + 1), r + 1),
                max = MAX_SHEET_CELLS
            ));
        }
        Ok(())
    }
}

/// `1` → `A`, `16384` → `XFD`.
fn column_name(mut col: u64) -> String {
    let mut out = Vec::new();
    while col > 0 {
        let d = ((col - 1) % 26) as u8;
        out.push(b'A' + d);
        col = (col - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Read one part of the package: a shared-string table has its declared count checked, a
/// worksheet has the positions of its cells checked; other parts are left at their root.
fn scan_part(name: &str, input: impl BufRead) -> Result<Part, Msg> {
    let mut xml = quick_xml::Reader::from_reader(input);
    let config = xml.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    let mut buf = Vec::new();
    let mut sheet: Option<SheetScan> = None;
    let mut listed = 0usize;
    let done = |sheet: Option<SheetScan>, listed: usize| Part {
        span: sheet
            .and_then(|s| s.span)
            .map(|(r0, r1, c0, c1)| (r1 - r0 + 1) * (c1 - c0 + 1)),
        sheets_listed: listed,
    };
    loop {
        buf.clear();
        let event = match xml.read_event_into(&mut buf) {
            Ok(e) => e,
            // Past the cells, an error stops calamine too; before a sheet's data, the part
            // is not XML calamine could read cells from.
            Err(e) if sheet.is_some() => {
                return Err(msg!(
                    "guard-xlsx-damaged-xml",
                    name = format!("{name:?}"),
                    byte = xml.buffer_position(),
                    error = e.to_string()
                ))
            }
            Err(_) => return Ok(done(sheet, listed)),
        };
        match event {
            Event::Start(e) => {
                let local = e.local_name();
                match (local.as_ref(), sheet.as_mut()) {
                    // calamine reserves for the first `sst` element it meets, wherever it is.
                    (b"sst", _) => shared_strings(name, &e)?,
                    (b"sheetData", None) => sheet = Some(SheetScan::default()),
                    (b"sheet", None) => listed += 1,
                    (b"row", Some(s)) => s.start_row(&e)?,
                    (b"c", Some(s)) => s.start_cell(&e)?,
                    (_, Some(s)) => s.value()?,
                    _ => {}
                }
            }
            Event::End(e) => {
                if let Some(s) = sheet.as_mut() {
                    match e.local_name().as_ref() {
                        b"row" => {
                            s.row += 1;
                            s.col = 0;
                        }
                        b"c" => {
                            s.open = None;
                            s.col += 1;
                        }
                        b"sheetData" => return Ok(done(sheet, listed)),
                        _ => {}
                    }
                }
            }
            Event::Eof => return Ok(done(sheet, listed)),
            _ => {}
        }
    }
}

/// The `<sst uniqueCount="…">` that calamine reserves strings for before reading any.
fn shared_strings(name: &str, e: &BytesStart<'_>) -> Result<(), Msg> {
    let Some(count) = attr(e, b"uniqueCount") else {
        return Ok(());
    };
    let digits = count.strip_prefix(b"+").unwrap_or(&count);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Ok(());
    }
    let n = digits.iter().fold(0u64, |n, d| {
        n.saturating_mul(10).saturating_add(u64::from(d - b'0'))
    });
    if n > MAX_SHARED_STRINGS {
        return Err(msg!(
            "guard-xlsx-shared-strings",
            name = format!("{name:?}"),
            count = String::from_utf8_lossy(&count[..count.len().min(40)]).into_owned(),
            max = MAX_SHARED_STRINGS
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_column_names() {
        assert_eq!(reference(b"A1").unwrap(), (1, 1));
        assert_eq!(reference(b"XFD1048576").unwrap(), (1 << 20, 1 << 14));
        assert_eq!(reference(b"7").unwrap(), (7, 0));
        assert!(reference(b"XFE1").is_err());
        assert!(reference(b"A1048577").is_err());
        assert!(reference(b"4000000000").is_err());
        assert_eq!(column_name(1), "A");
        assert_eq!(column_name(26), "Z");
        assert_eq!(column_name(27), "AA");
        assert_eq!(column_name(16384), "XFD");
    }
}
