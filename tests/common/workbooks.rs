//! Workbooks built byte by byte for the tests: a minimal XLSX package whose sheet XML and
//! shared-string table are given as text, and a legacy XLS (a compound file holding a BIFF8
//! `Workbook` stream) whose records are given one by one. Both are what calamine reads; the
//! tests plant hostile values in them.
#![allow(dead_code)]

use std::io::Write;

/// A stored (uncompressed) ZIP holding `parts`.
pub fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut out);
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in parts {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap();
    out.into_inner()
}

/// An XLSX package with one sheet whose `<sheetData>` is `sheet_data`, and a shared-string
/// table when `shared_strings` is given (the whole `sharedStrings.xml`).
pub fn xlsx(sheet_data: &str, shared_strings: Option<&str>) -> Vec<u8> {
    xlsx_named(sheet_data, shared_strings, &["Sheet1"])
}

/// [`xlsx`] with a style sheet (`xl/styles.xml`), for cells formatted as dates.
pub fn xlsx_with_styles(sheet_data: &str, styles: &str) -> Vec<u8> {
    build(sheet_data, None, &["Sheet1"], Some(styles))
}

/// [`xlsx`] with the one sheet part listed under each of `names`.
pub fn xlsx_named(sheet_data: &str, shared_strings: Option<&str>, names: &[&str]) -> Vec<u8> {
    build(sheet_data, shared_strings, names, None)
}

fn build(
    sheet_data: &str,
    shared_strings: Option<&str>,
    names: &[&str],
    styles: Option<&str>,
) -> Vec<u8> {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let root_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let sheets: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!(r#"<sheet name="{n}" sheetId="{}" r:id="rId1"/>"#, i + 1))
        .collect();
    let workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>{sheets}</sheets></workbook>"#
    );
    let mut wb_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>"#
    );
    if shared_strings.is_some() {
        wb_rels.push_str(&format!(
            r#"<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>"#
        ));
    }
    if styles.is_some() {
        wb_rels.push_str(&format!(
            r#"<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/>"#
        ));
    }
    wb_rels.push_str("</Relationships>");
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{sheet_data}</sheetData></worksheet>"#
    );
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", root_rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", wb_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    if let Some(s) = shared_strings {
        parts.push(("xl/sharedStrings.xml", s.as_bytes()));
    }
    if let Some(s) = styles {
        parts.push(("xl/styles.xml", s.as_bytes()));
    }
    zip(&parts)
}

/// A sheet row of inline strings and numbers (`"#12.5"` is the number 12.5).
pub fn row(r: u64, cells: &[&str]) -> String {
    let mut out = format!(r#"<row r="{r}">"#);
    for (i, c) in cells.iter().enumerate() {
        let col = (b'A' + i as u8) as char;
        match c.strip_prefix('#') {
            Some(n) => out.push_str(&format!(r#"<c r="{col}{r}"><v>{n}</v></c>"#)),
            None => out.push_str(&format!(
                r#"<c r="{col}{r}" t="inlineStr"><is><t>{c}</t></is></c>"#
            )),
        }
    }
    out.push_str("</row>");
    out
}

/// A carrier-bound bank statement as sheet rows: two debits to 中国电信.
pub fn statement_rows() -> String {
    [
        row(1, &["交易时间", "交易对方", "金额", "收/支"]),
        row(2, &["2025-11-05 10:00:00", "超市", "#12.5", "支出"]),
        row(3, &["2025-11-06 10:00:00", "书店", "#30", "支出"]),
    ]
    .concat()
}

/// One BIFF record.
pub fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut r = typ.to_le_bytes().to_vec();
    r.extend_from_slice(&(data.len() as u16).to_le_bytes());
    r.extend_from_slice(data);
    r
}

fn bof(dt: u16) -> Vec<u8> {
    let mut d = 0x0600u16.to_le_bytes().to_vec();
    d.extend_from_slice(&dt.to_le_bytes());
    d.extend_from_slice(&[0; 12]);
    record(0x0809, &d)
}

/// A BIFF8 DIMENSIONS record: first row, last row + 1, first column, last column + 1.
pub fn dimensions(rows: (u32, u32), cols: (u16, u16)) -> Vec<u8> {
    let mut d = rows.0.to_le_bytes().to_vec();
    d.extend_from_slice(&rows.1.to_le_bytes());
    d.extend_from_slice(&cols.0.to_le_bytes());
    d.extend_from_slice(&cols.1.to_le_bytes());
    d.extend_from_slice(&[0, 0]);
    record(0x0200, &d)
}

/// A NUMBER cell.
pub fn number(row: u16, col: u16, value: f64) -> Vec<u8> {
    let mut d = row.to_le_bytes().to_vec();
    d.extend_from_slice(&col.to_le_bytes());
    d.extend_from_slice(&[0, 0]);
    d.extend_from_slice(&value.to_le_bytes());
    record(0x0203, &d)
}

/// A LABEL cell (UTF-16).
pub fn label(row: u16, col: u16, text: &str) -> Vec<u8> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut d = row.to_le_bytes().to_vec();
    d.extend_from_slice(&col.to_le_bytes());
    d.extend_from_slice(&[0, 0]);
    d.extend_from_slice(&(units.len() as u16).to_le_bytes());
    d.push(1);
    for u in units {
        d.extend_from_slice(&u.to_le_bytes());
    }
    record(0x0204, &d)
}

/// The BIFF8 `Workbook` stream of one sheet named `Sheet1` holding `sheet` (its records
/// between BOF and EOF), padded to at least 4096 bytes so it lives in regular sectors.
pub fn biff_stream(sheet: &[Vec<u8>]) -> Vec<u8> {
    let name = b"Sheet1";
    let mut globals = bof(0x0005);
    let boundsheet_at = globals.len() + 4;
    let mut bs = vec![0u8; 4];
    bs.extend_from_slice(&[0, 0, name.len() as u8, 0]);
    bs.extend_from_slice(name);
    globals.extend(record(0x0085, &bs));
    let sheet_len: usize = sheet.iter().map(Vec::len).sum::<usize>() + 24;
    let short = 4200usize.saturating_sub(globals.len() + sheet_len);
    if short > 0 {
        // Padding: a record type the reader passes over.
        globals.extend(record(0x009F, &vec![0u8; short]));
    }
    globals.extend(record(0x000A, &[]));
    let sheet_at = globals.len() as u32;
    globals[boundsheet_at..boundsheet_at + 4].copy_from_slice(&sheet_at.to_le_bytes());
    globals.extend(bof(0x0010));
    for r in sheet {
        globals.extend_from_slice(r);
    }
    globals.extend(record(0x000A, &[]));
    globals
}

const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const FREESECT: u32 = 0xFFFF_FFFF;

/// A version-3 compound file (512-byte sectors) holding one stream named `Workbook`:
/// sector 0 is the FAT, sector 1 the directory, the stream follows.
pub fn cfb(stream: &[u8]) -> Vec<u8> {
    assert!(
        stream.len() >= 4096,
        "the stream must not live in the mini stream"
    );
    let sectors = stream.len().div_ceil(512);
    assert!(sectors + 2 <= 128, "one FAT sector holds 128 entries");
    let mut header = vec![0u8; 512];
    header[..8].copy_from_slice(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    header[24..26].copy_from_slice(&0x3Eu16.to_le_bytes());
    header[26..28].copy_from_slice(&3u16.to_le_bytes());
    header[28..30].copy_from_slice(&0xFFFEu16.to_le_bytes());
    header[30..32].copy_from_slice(&9u16.to_le_bytes());
    header[32..34].copy_from_slice(&6u16.to_le_bytes());
    header[44..48].copy_from_slice(&1u32.to_le_bytes()); // FAT sectors
    header[48..52].copy_from_slice(&1u32.to_le_bytes()); // directory start
    header[56..60].copy_from_slice(&4096u32.to_le_bytes());
    header[60..64].copy_from_slice(&ENDOFCHAIN.to_le_bytes()); // mini FAT start
    header[68..72].copy_from_slice(&ENDOFCHAIN.to_le_bytes()); // DIFAT start
    for i in 0..109 {
        let v = if i == 0 { 0 } else { FREESECT };
        header[76 + i * 4..80 + i * 4].copy_from_slice(&v.to_le_bytes());
    }
    let mut fat = vec![FREESECT; 128];
    fat[0] = 0xFFFF_FFFD; // FATSECT
    fat[1] = ENDOFCHAIN;
    for i in 0..sectors {
        fat[2 + i] = if i + 1 == sectors {
            ENDOFCHAIN
        } else {
            (3 + i) as u32
        };
    }
    let mut out = header;
    for v in fat {
        out.extend_from_slice(&v.to_le_bytes());
    }
    let mut dir = vec![0u8; 512];
    let entry = |dir: &mut [u8], at: usize, name: &str, typ: u8, start: u32, size: u32| {
        let units: Vec<u16> = name.encode_utf16().chain([0]).collect();
        for (i, u) in units.iter().enumerate() {
            dir[at + i * 2..at + i * 2 + 2].copy_from_slice(&u.to_le_bytes());
        }
        dir[at + 64..at + 66].copy_from_slice(&((units.len() * 2) as u16).to_le_bytes());
        dir[at + 66] = typ;
        for k in [68, 72, 76] {
            dir[at + k..at + k + 4].copy_from_slice(&FREESECT.to_le_bytes());
        }
        dir[at + 116..at + 120].copy_from_slice(&start.to_le_bytes());
        dir[at + 120..at + 124].copy_from_slice(&size.to_le_bytes());
    };
    entry(&mut dir, 0, "Root Entry", 5, ENDOFCHAIN, 0);
    entry(&mut dir, 128, "Workbook", 2, 2, stream.len() as u32);
    // The root's child is the Workbook entry.
    dir[76..80].copy_from_slice(&1u32.to_le_bytes());
    out.extend_from_slice(&dir);
    let mut padded = stream.to_vec();
    padded.resize(sectors * 512, 0);
    out.extend_from_slice(&padded);
    out
}

/// An XLS workbook whose one sheet holds `sheet` (records between BOF and EOF).
pub fn xls(sheet: &[Vec<u8>]) -> Vec<u8> {
    cfb(&biff_stream(sheet))
}

/// A valid XLS bank statement: a header and [`XLS_STATEMENT_ROWS`] debits (enough rows that
/// the stream needs no padding, so that mutations land on real records).
pub fn xls_statement() -> Vec<u8> {
    let rows = XLS_STATEMENT_ROWS;
    let mut recs = vec![dimensions((0, rows + 1), (0, 4))];
    for (c, h) in ["交易时间", "交易对方", "金额", "收/支"].iter().enumerate() {
        recs.push(label(0, c as u16, h));
    }
    for r in 1..=rows as u16 {
        recs.push(label(r, 0, &format!("2025-11-{:02} 10:00:00", r % 28 + 1)));
        recs.push(label(r, 1, if r % 2 == 0 { "超市" } else { "书店" }));
        recs.push(number(r, 2, f64::from(r) + 0.5));
        recs.push(label(r, 3, "支出"));
    }
    xls(&recs)
}

/// The debits in [`xls_statement`].
pub const XLS_STATEMENT_ROWS: u32 = 45;

/// The same package with every part deflated (as Excel writes it; the fastest level).
pub fn deflated(stored: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(stored)).unwrap();
    let mut out = std::io::Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        w.start_file(name, opts).unwrap();
        w.write_all(&data).unwrap();
    }
    w.finish().unwrap();
    out.into_inner()
}

/// [`xlsx`] deflated, with `padding` bytes of XML whitespace and comments (`filler` repeated)
/// written into the sheet part before its rows, streamed so that the test never holds the
/// inflated part.
pub fn xlsx_padded(sheet_data: &str, padding: u64, filler: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let stored = xlsx(sheet_data, None);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(stored)).unwrap();
    let mut out = std::io::Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(false);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        w.start_file(name.as_str(), opts).unwrap();
        if name != "xl/worksheets/sheet1.xml" {
            w.write_all(&data).unwrap();
            continue;
        }
        let at = data.windows(11).position(|x| x == b"<sheetData>").unwrap() + 11;
        w.write_all(&data[..at]).unwrap();
        let mut left = padding;
        while left > 0 {
            let n = left.min(filler.len() as u64) as usize;
            w.write_all(&filler[..n]).unwrap();
            left -= n as u64;
        }
        w.write_all(&data[at..]).unwrap();
    }
    w.finish().unwrap();
    out.into_inner()
}
