//! Importing a 50-page PDF statement against pdf-extract's own text extraction of the same
//! bytes, measured in the same run: the import is the extraction plus grouping glyphs into
//! lines and cells, the inflate bound, and reading the rows, and should cost the extraction
//! plus a small margin. See docs/performance.md ("PDF").
//!
//! `cargo bench --bench pdf`

#[path = "../tests/common/pdf.rs"]
mod pdf;

use std::time::Duration;

use billaudit::import::{import_file, Collect, ImportOptions};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pdf::{t, table, write};

const PAGES: usize = 50;
const ROWS_PER_PAGE: usize = 45;

/// A 50-page bank statement (45 transactions a page, a header row and a page number on
/// each page), written with the tests' PDF writer.
fn fifty_page_statement() -> Vec<u8> {
    let xs = [40.0, 110.0, 170.0, 330.0, 410.0, 490.0];
    let header = [
        "交易日期",
        "摘要",
        "对方户名",
        "收入金额",
        "支出金额",
        "余额",
    ];
    let mut pages = Vec::new();
    let mut balance = 100_000i64 * 100;
    for p in 0..PAGES {
        let mut rows: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
        for i in 0..ROWS_PER_PAGE {
            let n = p * ROWS_PER_PAGE + i;
            let cents = 1_000 + (n as i64 * 7) % 50_000;
            balance -= cents;
            rows.push(vec![
                format!("2025-{:02}-{:02}", 1 + p / 5, 1 + (p % 5) * 5 + i / 10),
                "代扣".into(),
                format!("商户{:04}", n % 97),
                String::new(),
                format!("{}.{:02}", cents / 100, cents % 100),
                format!("{}.{:02}", balance / 100, balance % 100),
            ]);
        }
        let refs: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        let slices: Vec<&[&str]> = refs.iter().map(|r| &r[..]).collect();
        let mut page = vec![t(200.0, 40.0, "账户交易明细")];
        page.extend(table(70.0, 16.0, &xs, &slices));
        page.push(t(270.0, 820.0, &format!("第 {} 页", p + 1)));
        pages.push(page);
    }
    write(&pages, None)
}

fn benches(c: &mut Criterion) {
    let bytes = fifty_page_statement();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("statement.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let mut g = c.benchmark_group("pdf_statement_50_pages");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("import_file", |b| {
        b.iter(|| {
            let mut sink = Collect::default();
            let r = import_file(&path, "statement.pdf", &ImportOptions::default(), &mut sink);
            assert_eq!(r.records, (PAGES * ROWS_PER_PAGE) as u64, "{r:?}");
            assert!(r.accounted());
            sink.transactions.len()
        })
    });
    g.bench_function("baseline_pdf_extract_text", |b| {
        b.iter(|| {
            let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
            assert!(text.contains("商户0001"));
            text.len()
        })
    });
    g.finish();
}

criterion_group! {
    name = pdf_bench;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    targets = benches
}
criterion_main!(pdf_bench);
