//! A PDF whose text is a table the table importers know: a bill (账期/项目/金额), a
//! statement (交易日期/摘要/金额) or usage detail, with a header row the generic layouts,
//! the named formats or a profile recognise.
//!
//! The header line's cells give the columns' positions; every later line's cells are put
//! in the column they overlap most (a blank cell stays blank, so columns do not shift),
//! and the row is read as a CSV or sheet row would be. A header repeated on a later page
//! is skipped as such. Records are cited by page and line.

use super::extract::{Cell, Line};
use super::Doc;
use crate::import::generic::Layout;
use crate::import::{formats, preamble_period, FileReport, ImportOptions, Sink};
use crate::import::{TableReader, MAX_PREAMBLE_ROWS};
use crate::model::{BillLine, BillTotal, SourceRef, Transaction, UsageRecord};

/// Read `doc` as a table; `false` (nothing touched) when no line is a known header.
pub(super) fn import(
    doc: &Doc,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> bool {
    let lines: Vec<(u32, u64, &Line)> = doc.each_line().collect();
    let Some(h) = header_line(&lines, opts) else {
        return false;
    };
    let columns: Vec<(f64, f64)> = lines[h].2.cells.iter().map(|c| (c.x, c.x_end)).collect();
    let places: Vec<(u32, u64)> = lines.iter().map(|(p, l, _)| (*p, *l)).collect();
    let mut paged = Paged {
        inner: sink,
        places: &places,
    };
    let mut table = TableReader::new(&mut paged, opts);
    for (i, (_, _, line)) in lines.iter().enumerate() {
        let row = if i <= h {
            texts(line)
        } else if line.cells.len() == 1 && columns.len() > 2 {
            // A title, a note or a page number between the rows, not a row of the table.
            report.rows += 1;
            report.skip(crate::msg!("skip-text-outside-columns"));
            continue;
        } else {
            by_column(&line.cells, &columns)
        };
        table.row(&row, i as u64 + 1, report);
    }
    table.finish(report);
    for e in &mut report.errors {
        if let Some(&(page, line)) = places.get((e.row as usize).wrapping_sub(1)) {
            e.page = Some(page);
            e.row = line;
        }
    }
    report.header_row = report
        .header_row
        .and_then(|g| places.get((g as usize).wrapping_sub(1)).map(|p| p.1));
    report.notes.push(crate::msg!("pdf-note-rows"));
    true
}

fn texts(line: &Line) -> Vec<String> {
    line.cells.iter().map(|c| c.text.clone()).collect()
}

/// The first line (within the preamble the table readers allow) that a profile, a named
/// format or a generic layout takes for a header row.
fn header_line(lines: &[(u32, u64, &Line)], opts: &ImportOptions) -> Option<usize> {
    let mut preamble = Vec::new();
    for (i, (_, _, line)) in lines.iter().enumerate().take(MAX_PREAMBLE_ROWS as usize) {
        let t = texts(line);
        if formats::detect_table(&opts.profiles, &t, &preamble, i as u64 + 1).is_some()
            || Layout::detect(&t, preamble_period(&preamble)).is_some()
        {
            return Some(i);
        }
        preamble.push(t.join(" "));
    }
    None
}

/// Put each cell in the column (header cell span) it overlaps most, or else the nearest.
pub(super) fn by_column(cells: &[Cell], columns: &[(f64, f64)]) -> Vec<String> {
    let mut row = vec![String::new(); columns.len()];
    for c in cells {
        let best = columns
            .iter()
            .enumerate()
            .map(|(i, &(x0, x1))| {
                let overlap = c.x_end.min(x1) - c.x.max(x0);
                (i, overlap)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i);
        if let Some(i) = best {
            if !row[i].is_empty() {
                row[i].push(' ');
            }
            row[i].push_str(&c.text);
        }
    }
    row
}

/// Passes records on with their place as page and line (the table reader numbers the
/// lines of all pages one after the other).
struct Paged<'a> {
    inner: &'a mut dyn Sink,
    places: &'a [(u32, u64)],
}

impl Paged<'_> {
    fn place(&self, s: &mut SourceRef) {
        if let Some(&(page, line)) = self.places.get((s.row as usize).wrapping_sub(1)) {
            s.page = Some(page);
            s.row = line;
        }
    }
}

impl Sink for Paged<'_> {
    fn bill_line(&mut self, mut line: BillLine) {
        self.place(&mut line.source);
        self.inner.bill_line(line);
    }
    fn bill_total(&mut self, mut total: BillTotal) {
        self.place(&mut total.source);
        self.inner.bill_total(total);
    }
    fn usage(&mut self, record: &UsageRecord) {
        let mut r = record.clone();
        self.place(&mut r.source);
        self.inner.usage(&r);
    }
    fn transaction(&mut self, mut tx: Transaction) {
        self.place(&mut tx.source);
        self.inner.transaction(tx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(x: f64, x_end: f64, t: &str) -> Cell {
        Cell {
            x,
            x_end,
            text: t.into(),
        }
    }

    #[test]
    fn cells_go_to_the_column_they_overlap() {
        let columns = [(10.0, 40.0), (100.0, 130.0), (200.0, 240.0)];
        // The middle cell is empty: the amount stays in the third column.
        let row = by_column(
            &[cell(10.0, 60.0, "月租费"), cell(210.0, 238.0, "58.00")],
            &columns,
        );
        assert_eq!(row, ["月租费", "", "58.00"]);
        // A right-aligned amount wider than its header, and a cell in no column's span.
        let row = by_column(
            &[
                cell(12.0, 30.0, "a"),
                cell(185.0, 241.0, "1,234.00"),
                cell(150.0, 160.0, "x"),
            ],
            &columns,
        );
        assert_eq!(row[0], "a");
        assert_eq!(row[2], "1,234.00");
        assert_eq!(row.iter().filter(|c| c.as_str() == "x").count(), 1);
    }
}
