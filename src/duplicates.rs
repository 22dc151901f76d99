//! The same statement or bill present twice in a case (downloaded twice, copied into a
//! backup folder, exported as CSV and as XLSX) is counted once, with a note: identical files
//! are read once, and a bill whose lines repeat another file's bill of the same period line
//! for line is left out. (The same payment seen in two files is linked by the matcher.)

use std::collections::BTreeMap;
use std::fs::File;
use std::hash::Hasher;
use std::io::Read;
use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use crate::model::{BillLine, BillTotal, Period};

/// A hash of a file's bytes, or `None` if it cannot be read (the importer reports that).
fn content_hash(path: &Path) -> Option<u64> {
    let mut f = File::open(path).ok()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = f.read(&mut buf).ok()?;
        if n == 0 {
            return Some(h.finish());
        }
        h.write(&buf[..n]);
    }
}

/// Whether any folder on the way from the case folder to this file is a symbolic link.
fn through_link(path: &Path, rel: &str) -> bool {
    path.ancestors().take(rel.split('/').count()).any(|a| {
        a.symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
    })
}

fn same_bytes(a: &Path, b: &Path) -> bool {
    match (std::fs::read(a), std::fs::read(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// A file of the case: its path and its name relative to the case folder.
pub type CaseFile = (PathBuf, String);

/// Split `files` (in case order) into those to read and the repeats: (repeat, the earlier
/// file with the same bytes). Only files of equal size are hashed, and equal hashes are
/// compared byte for byte.
pub fn identical_files(files: Vec<CaseFile>) -> (Vec<CaseFile>, Vec<(String, String)>) {
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).ok();
    let mut by_size: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (i, (p, _)) in files.iter().enumerate() {
        if let Some(s) = size(p) {
            by_size.entry(s).or_default().push(i);
        }
    }
    let mut repeat_of: BTreeMap<usize, usize> = BTreeMap::new();
    for group in by_size.values_mut().filter(|g| g.len() > 1) {
        // The copy kept is the one reached without a symbolic link, nearest the top of the
        // case folder, then first by name: `bank/x.csv` rather than `backup/bank/x.csv`.
        group.sort_by_cached_key(|&i| {
            let (path, rel) = &files[i];
            (
                through_link(path, rel),
                rel.matches('/').count(),
                rel.clone(),
            )
        });
        let hashes: Vec<Option<u64>> = group.iter().map(|&i| content_hash(&files[i].0)).collect();
        for (k, &i) in group.iter().enumerate() {
            let earlier = group[..k].iter().zip(&hashes).find(|(&j, h)| {
                !repeat_of.contains_key(&j)
                    && h.is_some()
                    && **h == hashes[k]
                    && same_bytes(&files[j].0, &files[i].0)
            });
            if let Some((&j, _)) = earlier {
                repeat_of.insert(i, j);
            }
        }
    }
    let mut kept = Vec::with_capacity(files.len());
    let mut repeats = Vec::new();
    for (i, f) in files.iter().enumerate() {
        match repeat_of.get(&i) {
            Some(&j) => repeats.push((f.1.clone(), files[j].1.clone())),
            None => kept.push(f.clone()),
        }
    }
    (kept, repeats)
}

/// What one file says about one period's bill: its lines and stated totals, sorted.
type BillKey = (
    Vec<(String, Decimal, Option<String>)>,
    Vec<(Decimal, Option<String>)>,
);

/// Leave out a file's bill for a period when it repeats, line for line and total for total,
/// the bill of the same period in an earlier file. Returns one note per bill left out.
pub fn repeated_bills(
    lines: &mut Vec<BillLine>,
    totals: &mut Vec<BillTotal>,
) -> Vec<crate::i18n::Msg> {
    // (period, file) in the order files were read.
    let mut order: Vec<(Period, std::sync::Arc<str>)> = Vec::new();
    let mut bills: BTreeMap<(Period, std::sync::Arc<str>), BillKey> = BTreeMap::new();
    for l in lines.iter() {
        let key = (l.period, l.source.file.clone());
        if !bills.contains_key(&key) {
            order.push(key.clone());
        }
        let b = bills.entry(key).or_default();
        b.0.push((l.item.clone(), l.amount, l.number.clone()));
    }
    for t in totals.iter() {
        if let Some(b) = bills.get_mut(&(t.period, t.source.file.clone())) {
            b.1.push((t.amount, t.number.clone()));
        }
    }
    for b in bills.values_mut() {
        b.0.sort();
        b.1.sort();
    }
    let mut dropped: Vec<(Period, std::sync::Arc<str>)> = Vec::new();
    let mut notes = Vec::new();
    for (k, key) in order.iter().enumerate() {
        let earlier = order[..k]
            .iter()
            .filter(|e| e.0 == key.0 && e.1 != key.1 && !dropped.contains(e))
            .find(|e| bills[*e] == bills[key]);
        if let Some(e) = earlier {
            notes.push(crate::msg!(
                "note-repeated-bill",
                file = &*key.1,
                period = key.0.to_string(),
                of = &*e.1
            ));
            dropped.push(key.clone());
        }
    }
    if !dropped.is_empty() {
        let out =
            |p: Period, f: &std::sync::Arc<str>| dropped.iter().any(|d| d.0 == p && d.1 == *f);
        lines.retain(|l| !out(l.period, &l.source.file));
        totals.retain(|t| !out(t.period, &t.source.file));
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceRef;
    use rust_decimal_macros::dec;

    fn line(file: &str, period: &str, item: &str, amount: Decimal) -> BillLine {
        BillLine {
            currency: None,
            period: period.parse().unwrap(),
            item: item.into(),
            amount,
            number: None,
            source: SourceRef::new(file.into(), 2),
        }
    }

    #[test]
    fn a_bill_repeated_in_another_file_is_counted_once() {
        let mut lines = vec![
            line("a.csv", "2025-06", "月租", dec!(258)),
            line("a.csv", "2025-07", "月租", dec!(258)),
            line("b.xlsx", "2025-06", "月租", dec!(258.00)),
            // July in b differs: both are kept.
            line("b.xlsx", "2025-07", "月租", dec!(300)),
        ];
        let mut totals = Vec::new();
        let notes = repeated_bills(&mut lines, &mut totals);
        let notes: Vec<String> = notes.iter().map(|n| n.to_string()).collect();
        assert_eq!(
            notes,
            ["b.xlsx: the bill for 2025-06 repeats a.csv line for line; it is counted once."]
        );
        assert_eq!(lines.len(), 3);
        assert!(lines
            .iter()
            .all(|l| !(l.source.file.as_ref() == "b.xlsx" && l.period.to_string() == "2025-06")));
    }

    #[test]
    fn identical_files_are_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        std::fs::write(p("a.csv"), "x,y\n1,2\n").unwrap();
        std::fs::write(p("b.csv"), "x,y\n1,2\n").unwrap();
        std::fs::write(p("c.csv"), "x,y\n1,3\n").unwrap();
        let files = ["a.csv", "b.csv", "c.csv"]
            .iter()
            .map(|n| (p(n), n.to_string()))
            .collect();
        let (kept, repeats) = identical_files(files);
        let kept: Vec<_> = kept.into_iter().map(|f| f.1).collect();
        assert_eq!(kept, ["a.csv", "c.csv"]);
        assert_eq!(repeats, [("b.csv".to_string(), "a.csv".to_string())]);
    }
}
