//! Workbooks with several sheets, as China Unicom exports several months of 详单 (one sheet
//! per month): every sheet with a header is read, a sheet without one is listed with its
//! rows counted as skipped, a copy of a sheet is not read twice, and `import --check`
//! passes only when every row is accounted for.

mod common;

use billaudit::import::{import_file, Collect, ImportOptions};
use proptest::prelude::*;
use rust_xlsxwriter::Workbook;

/// One planted month: its sheet name and its calls (day, seconds).
#[derive(Debug, Clone)]
struct Month {
    month: u32,
    calls: Vec<(u32, u32)>,
}

fn month() -> impl Strategy<Value = Month> {
    (
        1u32..=12,
        proptest::collection::vec((1u32..=28, 0u32..4000), 0..7),
    )
        .prop_map(|(month, calls)| Month { month, calls })
}

const HEADER: [&str; 9] = [
    "序号",
    "业务类型",
    "通话起始时间",
    "通话时长",
    "呼叫类型",
    "通话类型",
    "通话费",
    "其他费",
    "小计",
];

/// `2分32秒` and `15秒`, as the Unicom export writes durations.
fn duration_text(s: u32) -> String {
    if s >= 60 {
        format!("{}分{}秒", s / 60, s % 60)
    } else {
        format!("{s}秒")
    }
}

fn write_month(ws: &mut rust_xlsxwriter::Worksheet, m: &Month) {
    for (c, h) in HEADER.iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    for (i, (day, secs)) in m.calls.iter().enumerate() {
        let r = i as u32 + 1;
        let cells = [
            (i + 1).to_string(),
            "语音电话".into(),
            format!("2025-{:02}-{day:02} 10:00:00", m.month),
            duration_text(*secs),
            "主叫".into(),
            "本地通话".into(),
            "0.00".into(),
            "0.00".into(),
            "0.00".into(),
        ];
        for (c, v) in cells.iter().enumerate() {
            ws.write(r, c as u16, v.as_str()).unwrap();
        }
    }
}

/// Write the months (distinct sheet names), a notes sheet without a header, and a copy of the
/// first month when asked.
fn workbook(months: &[Month], notes: bool, copy: bool, path: &std::path::Path) {
    let mut wb = Workbook::new();
    for (i, m) in months.iter().enumerate() {
        let ws = wb.add_worksheet();
        ws.set_name(format!("2025年{:02}月语音通信{i}", m.month))
            .unwrap();
        write_month(ws, m);
    }
    if notes {
        let ws = wb.add_worksheet();
        ws.set_name("说明").unwrap();
        ws.write(0, 0, "本详单仅供参考").unwrap();
        ws.write(1, 0, "如有疑问请拨打10010").unwrap();
    }
    if copy {
        let ws = wb.add_worksheet();
        ws.set_name("副本").unwrap();
        write_month(ws, &months[0]);
    }
    wb.save(path).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_sheet_is_read_or_listed(
        months in proptest::collection::vec(month(), 1..5),
        notes in any::<bool>(),
        copy in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("详单.xlsx");
        workbook(&months, notes, copy, &path);
        let mut sink = Collect::default();
        let r = import_file(&path, "详单.xlsx", &ImportOptions::default(), &mut sink);
        let with_calls: Vec<&Month> = months.iter().filter(|m| !m.calls.is_empty()).collect();
        // A copy of an empty month is no copy: there is nothing to read twice.
        let copy_read = copy && months[0].calls.is_empty();
        let planted: usize = months.iter().map(|m| m.calls.len()).sum::<usize>();
        prop_assert!(r.failure.is_none(), "{:?}", r.failure);
        prop_assert_eq!(r.records as usize, planted);
        prop_assert_eq!(sink.usage.len(), planted);
        prop_assert_eq!(r.error_count, 0);
        prop_assert!(r.accounted());
        let held = common::held_rows(&path, "generic-usage").unwrap();
        prop_assert_eq!(r.rows, held);
        // Each call reads with its own month, day and duration.
        let mut want: Vec<(String, u64)> = months
            .iter()
            .flat_map(|m| m.calls.iter().map(move |(d, s)| (format!("2025-{:02}-{d:02} 10:00:00", m.month), *s as u64)))
            .collect();
        let mut got: Vec<(String, u64)> = sink.usage.iter().map(|u| (u.start.to_string(), u.seconds)).collect();
        want.sort();
        got.sort();
        prop_assert_eq!(got, want);
        let skipped = |word: &str| r.skipped.iter().filter(|(k, _)| k.contains(word)).map(|(_, v)| *v).sum::<u64>();
        prop_assert_eq!(skipped("说明"), if notes { 2 } else { 0 });
        let copies = if copy && !copy_read { months[0].calls.len() as u64 + 1 } else { 0 };
        prop_assert_eq!(skipped("a copy of sheet"), copies);
        if with_calls.len() + usize::from(copy_read) > 1 {
            prop_assert!(r.notes.iter().any(|n| n.contains("sheets read")));
        }
    }
}

/// From the command line: three months in one workbook are 15 records, and `import --check`
/// passes; the JSON report names the sheets.
#[test]
fn import_check_reads_three_months() {
    let w = common::Workdir::new();
    let months: Vec<Month> = (1..=3)
        .map(|m| Month {
            month: m,
            calls: (1..=5).map(|d| (d, 60 * d)).collect(),
        })
        .collect();
    let path = w.join("2025年01-03月语音通信.xlsx");
    workbook(&months, true, false, &path);
    let out = w.run(&[
        "import",
        "--check",
        "--format",
        "json",
        "2025年01-03月语音通信.xlsx",
    ]);
    let text = common::stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", common::stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v[0]["records"], 15);
    assert_eq!(v[0]["rows"], 20);
    assert_eq!(
        v[0]["sheet"],
        "2025年01月语音通信0, 2025年02月语音通信1, 2025年03月语音通信2"
    );
}
