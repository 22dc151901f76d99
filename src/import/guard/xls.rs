//! The legacy XLS pre-check: the compound-file (CFB) container and the BIFF records of its
//! `Workbook` stream are walked the way calamine walks them, and a file is refused before
//! calamine reads it when a chain of sectors loops or points past the end of the file, when
//! the FAT is listed more often than the file has sectors, when a sheet's DIMENSIONS record
//! declares more cells than [`MAX_SHEET_CELLS`], or when the cells a sheet (or all sheets)
//! actually hold span more than that. calamine reserves memory for these before it reads
//! anything else, and an allocation that fails aborts the process instead of failing.

use super::{MAX_SHEET_CELLS, MAX_WORKBOOK_CELLS};
use crate::i18n::Msg;
use crate::msg;

const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const DIFSECT: u32 = 0xFFFF_FFFC;
/// Sector ids at or above this are markers, not sectors.
const RESERVED: u32 = 0xFFFF_FFFA;
/// calamine reads a stream shorter than this from the mini stream.
const MINI_CUTOFF: u64 = 4096;

fn u16_le(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?))
}

fn u32_le(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?))
}

fn u64_le(b: &[u8], i: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?))
}

/// Sectors of one size laid over a byte slice (the file after its header, or the mini stream).
struct Sectors<'a> {
    data: &'a [u8],
    size: usize,
}

impl<'a> Sectors<'a> {
    /// The sector `id`, which must start inside the data (the last one may be short).
    fn get(&self, id: u32) -> Result<&'a [u8], Msg> {
        let start = (id as usize)
            .checked_mul(self.size)
            .filter(|s| *s < self.data.len())
            .ok_or_else(|| msg!("guard-xls-sector-past-end", id = id))?;
        Ok(&self.data[start..(start + self.size).min(self.data.len())])
    }

    fn count(&self) -> usize {
        self.data.len().div_ceil(self.size)
    }

    /// The bytes of the chain starting at `first`, up to `len` bytes: every sector inside
    /// the data, none visited twice. `what` names the stream in an error.
    fn chain(&self, first: u32, fat: &[u32], len: u64, what: Msg) -> Result<Vec<u8>, Msg> {
        let mut out = Vec::new();
        let mut seen = vec![false; self.count()];
        let mut id = first;
        while id != ENDOFCHAIN && (out.len() as u64) < len {
            let sector = self
                .get(id)
                .map_err(|e| msg!("guard-xls-in-stream", stream = &what, error = e))?;
            let slot = &mut seen[id as usize];
            if *slot {
                return Err(msg!("guard-xls-chain-loops", stream = &what, id = id));
            }
            *slot = true;
            let take = (sector.len() as u64).min(len - out.len() as u64) as usize;
            out.extend_from_slice(&sector[..take]);
            if out.len() as u64 >= len {
                break;
            }
            id = *fat
                .get(id as usize)
                .ok_or_else(|| msg!("guard-xls-no-fat-entry", stream = &what, id = id))?;
        }
        Ok(out)
    }
}

/// The `Workbook` (or `Book`) stream of a compound file, read as calamine reads it, or why
/// the container is refused.
fn workbook_stream(bytes: &[u8]) -> Result<Vec<u8>, Msg> {
    let damaged = |what: Msg| msg!("guard-xls-container", what = what);
    let header = bytes
        .get(..512)
        .ok_or_else(|| damaged(msg!("guard-xls-short-header")))?;
    let size = match u16_le(header, 30) {
        Some(9) => 512,
        Some(12) => 4096,
        _ => return Err(damaged(msg!("guard-xls-sector-size"))),
    };
    let version = u16_le(header, 26).unwrap_or(0);
    let file = Sectors {
        data: bytes.get(size..).unwrap_or(&[]),
        size,
    };
    let per_sector = size / 4;
    let sector_ids = |s: &[u8]| -> Vec<u32> {
        s.chunks_exact(4)
            .map(|c| u32_le(c, 0).unwrap_or(0))
            .collect()
    };
    // DIFAT: 109 ids in the header, then a chain of sectors whose last id links the next.
    let mut difat: Vec<u32> = sector_ids(&header[76..512]);
    let mut next = u32_le(header, 68).unwrap_or(ENDOFCHAIN);
    let mut hops = 0;
    while next < RESERVED {
        hops += 1;
        if hops > file.count() {
            return Err(damaged(msg!("guard-xls-difat-loops")));
        }
        difat.extend(sector_ids(file.get(next).map_err(damaged)?));
        next = difat.pop().unwrap_or(ENDOFCHAIN);
    }
    let fat_sectors: Vec<u32> = difat.into_iter().filter(|id| *id < DIFSECT).collect();
    let mut listed = vec![false; file.count()];
    let mut fat = Vec::with_capacity(fat_sectors.len().min(file.count()) * per_sector);
    for id in fat_sectors {
        let sector = file.get(id).map_err(damaged)?;
        let slot = &mut listed[id as usize];
        if *slot {
            return Err(damaged(msg!("guard-xls-fat-twice", id = id)));
        }
        *slot = true;
        fat.extend(sector_ids(sector));
    }
    let dir_start = u32_le(header, 48).unwrap_or(ENDOFCHAIN);
    let dirs = file.chain(
        dir_start,
        &fat,
        u64::MAX,
        msg!("guard-xls-stream-directory"),
    )?;
    let entries: Vec<&[u8]> = dirs.chunks_exact(128).collect();
    let root = entries
        .first()
        .ok_or_else(|| damaged(msg!("guard-xls-no-root")))?;
    let entry_len = |e: &[u8]| {
        if size == 512 {
            u64::from(u32_le(e, 120).unwrap_or(0))
        } else {
            u64_le(e, 120).unwrap_or(0)
        }
    };
    let entry_start = |e: &[u8]| u32_le(e, 116).unwrap_or(ENDOFCHAIN);
    if version != 3 && entry_start(root) == ENDOFCHAIN {
        return Err(damaged(msg!("guard-xls-empty-root")));
    }
    let mini_fat_len = u64::from(u32_le(header, 64).unwrap_or(0));
    let (mini_fat, mini_stream) = if mini_fat_len > 0 {
        let stream = file.chain(
            entry_start(root),
            &fat,
            entry_len(root),
            msg!("guard-xls-stream-mini"),
        )?;
        let mini_fat_start = u32_le(header, 60).unwrap_or(ENDOFCHAIN);
        let mf = file.chain(
            mini_fat_start,
            &fat,
            mini_fat_len.saturating_mul(size as u64),
            msg!("guard-xls-stream-mini-fat"),
        )?;
        (sector_ids(&mf), stream)
    } else {
        (Vec::new(), Vec::new())
    };
    let name_of = |e: &[u8]| {
        let units: Vec<u16> = e[..64]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let name = String::from_utf16_lossy(&units);
        name.split('\0').next().unwrap_or("").to_string()
    };
    let entry = ["Workbook", "Book"]
        .iter()
        .find_map(|want| {
            entries
                .iter()
                .find(|e| name_of(e).eq_ignore_ascii_case(want))
        })
        .ok_or_else(|| msg!("guard-xls-no-workbook-stream"))?;
    let len = entry_len(entry);
    if len < MINI_CUTOFF {
        let mini = Sectors {
            data: &mini_stream,
            size: 64,
        };
        mini.chain(
            entry_start(entry),
            &mini_fat,
            len,
            msg!("guard-xls-stream-workbook"),
        )
    } else {
        file.chain(
            entry_start(entry),
            &fat,
            len,
            msg!("guard-xls-stream-workbook"),
        )
    }
}

/// BIFF records as calamine iterates them: type, data, and CONTINUE records folded in.
struct Records<'a> {
    stream: &'a [u8],
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<(u16, &'a [u8]), Msg>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.stream.is_empty() {
            return None;
        }
        let (Some(typ), Some(len)) = (u16_le(self.stream, 0), u16_le(self.stream, 2)) else {
            return Some(Err(msg!("guard-xls-record-cut")));
        };
        let Some(data) = self.stream.get(4..4 + len as usize) else {
            return Some(Err(msg!(
                "guard-xls-record-past-end",
                record = format!("{typ:#06x}")
            )));
        };
        self.stream = &self.stream[4 + len as usize..];
        while self.stream.len() > 4 && u16_le(self.stream, 0) == Some(0x003C) {
            let l = u16_le(self.stream, 2).unwrap_or(0) as usize;
            if self.stream.len() < l + 4 {
                return Some(Err(msg!("guard-xls-continue-past-end")));
            }
            self.stream = &self.stream[l + 4..];
        }
        Some(Ok((typ, data)))
    }
}

/// The rows × columns a set of cell positions spans.
#[derive(Default)]
struct Span(Option<(u32, u32, u32, u32)>);

impl Span {
    fn add(&mut self, row: u32, col: u32) {
        self.0 = Some(match self.0 {
            None => (row, row, col, col),
            Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(col), c1.max(col)),
        });
    }

    fn cells(&self) -> u64 {
        self.0.map_or(0, |(r0, r1, c0, c1)| {
            u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1)
        })
    }
}

/// The cells calamine would reserve for a DIMENSIONS record (with its wrapping arithmetic).
fn declared_cells(data: &[u8]) -> u64 {
    let (rf, rl, mut cf, cl) = match data.len() {
        10 => (
            u32::from(u16_le(data, 0).unwrap_or(0)),
            u32::from(u16_le(data, 2).unwrap_or(0)),
            u32::from(u16_le(data, 4).unwrap_or(0)),
            u32::from(u16_le(data, 6).unwrap_or(0)),
        ),
        14 | 16 => (
            u32_le(data, 0).unwrap_or(0),
            u32_le(data, 4).unwrap_or(0),
            u32::from(u16_le(data, 8).unwrap_or(0)),
            u32::from(u16_le(data, 10).unwrap_or(0)),
        ),
        _ => return 0,
    };
    if 0xFF < cf || cl < cf {
        cf = 0;
    }
    let (end_r, end_c) = if 1 <= rl && 1 <= cl {
        (rl - 1, cl - 1)
    } else {
        (rf, cf)
    };
    let rows = u64::from(end_r.wrapping_sub(rf).wrapping_add(1));
    let cols = u64::from(end_c.wrapping_sub(cf).wrapping_add(1));
    rows.saturating_mul(cols)
}

/// The cells and formulas one sheet substream holds (from its BOF to its EOF), as spans.
fn scan_sheet(stream: &[u8], name: usize) -> Result<u64, Msg> {
    let mut cells = Span::default();
    let mut formulas = Span::default();
    let mut fmla_pos = (0u32, 0u32);
    let mut seen_bof = false;
    let mut depth = 0usize;
    for record in (Records { stream }) {
        let (typ, data) =
            record.map_err(|e| msg!("guard-xls-in-sheet", sheet = name, error = e))?;
        if depth > 0 {
            match typ {
                0x0809 => depth += 1,
                0x000A => depth -= 1,
                _ => {}
            }
            continue;
        }
        let pos = || Some((u32::from(u16_le(data, 0)?), u32::from(u16_le(data, 2)?)));
        match typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x0200 => {
                let declared = declared_cells(data);
                if declared > MAX_SHEET_CELLS {
                    return Err(msg!(
                        "guard-xls-dimensions",
                        sheet = name,
                        cells = declared,
                        max = MAX_SHEET_CELLS
                    ));
                }
            }
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD => {
                if let Some((r, c)) = pos() {
                    cells.add(r, c);
                }
            }
            0x0207 => cells.add(fmla_pos.0, fmla_pos.1),
            0x00BD if data.len() >= 6 => {
                if let Some((r, c)) = pos() {
                    let n = ((data.len() - 6) / 6) as u32;
                    cells.add(r, c);
                    cells.add(r, c + n.saturating_sub(1));
                }
            }
            0x0006 => {
                if let Some((r, c)) = pos() {
                    fmla_pos = (r, c);
                    cells.add(r, c);
                    formulas.add(r, c);
                }
            }
            0x000A => break,
            _ => {}
        }
    }
    let span = cells.cells().max(formulas.cells());
    if span > MAX_SHEET_CELLS {
        return Err(msg!(
            "guard-xls-sheet-span",
            sheet = name,
            cells = span,
            max = MAX_SHEET_CELLS
        ));
    }
    Ok(cells.cells() + formulas.cells())
}

/// Check a legacy XLS workbook before calamine reads it.
pub(crate) fn check(bytes: &[u8]) -> Result<(), Msg> {
    let stream = workbook_stream(bytes)?;
    let mut sheets = Vec::new();
    for record in (Records { stream: &stream }) {
        let (typ, data) = record.map_err(|e| msg!("guard-xls-workbook", error = e))?;
        match typ {
            0x0085 => sheets.push(u32_le(data, 0).unwrap_or(u32::MAX) as usize),
            0x000A => break,
            _ => {}
        }
    }
    let mut total: u64 = 0;
    for (n, pos) in sheets.into_iter().enumerate() {
        let sheet = stream.get(pos..).ok_or_else(|| {
            msg!(
                "guard-xls-workbook",
                error = msg!("guard-xls-sheet-past-end", sheet = n + 1)
            )
        })?;
        total = total.saturating_add(scan_sheet(sheet, n + 1)?);
        if total > MAX_WORKBOOK_CELLS {
            return Err(msg!("guard-xls-workbook-span", max = MAX_WORKBOOK_CELLS));
        }
    }
    Ok(())
}
