//! Import and audit throughput against bare-parse baselines measured in the same run.
//!
//! Data is generated once per run into a temporary folder: a case of 1,000,000 usage rows
//! (`billaudit gen`, 12 monthly files, UTF-8 and GBK), the same case with its rows in a
//! single file, and a 100,000-row XLSX bank statement. See docs/performance.md for the figures.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use billaudit::audit::{audit_case, case_files};
use billaudit::config::Config;
use billaudit::gen::{generate, GenEncoding, GenOptions};
use billaudit::i18n::Lang;
use billaudit::import::{import_file, Collect, ImportOptions, Sink};
use billaudit::matcher::Collector;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const ROWS: u64 = 1_000_000;
const XLSX_ROWS: u32 = 100_000;

struct Data {
    _tmp: tempfile::TempDir,
    case_utf8: PathBuf,
    case_gbk: PathBuf,
    single_utf8: PathBuf,
    single_gbk: PathBuf,
    /// The cases the single files belong to.
    single_case_utf8: PathBuf,
    single_case_gbk: PathBuf,
    xlsx: PathBuf,
}

fn gen_case(dir: &Path, encoding: GenEncoding, single: bool) -> PathBuf {
    let s = generate(
        dir,
        &GenOptions {
            rows: ROWS,
            numbers: 50,
            encoding,
            single_usage_file: single,
            seed: 1,
            ..GenOptions::default()
        },
    )
    .expect("generate");
    dir.join(&s.usage_files[0])
}

fn write_xlsx(path: &Path) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("账户明细").unwrap();
    let header = [
        "交易日期",
        "摘要",
        "对方户名",
        "收入金额",
        "支出金额",
        "余额",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let mut balance: i64 = 10_000_000;
    let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    for r in 1..=XLSX_ROWS {
        let day = start + chrono::Duration::days((r as i64 * 365) / XLSX_ROWS as i64);
        ws.write_string(r, 0, day.format("%Y-%m-%d").to_string())
            .unwrap();
        let cents = 100 + (r as i64 * 7919) % 100_000;
        if r % 3 == 0 {
            ws.write_string(r, 1, "货款").unwrap();
            ws.write_string(r, 2, "某某客户有限公司").unwrap();
            ws.write_number(r, 3, cents as f64 / 100.0).unwrap();
            balance += cents;
        } else {
            ws.write_string(r, 1, "代扣话费").unwrap();
            ws.write_string(r, 2, "中国移动通信集团浙江有限公司")
                .unwrap();
            ws.write_number(r, 4, cents as f64 / 100.0).unwrap();
            balance -= cents;
        }
        ws.write_number(r, 5, balance as f64 / 100.0).unwrap();
    }
    wb.save(path).unwrap();
}

fn data() -> Data {
    let tmp = tempfile::tempdir().unwrap();
    let case_utf8 = tmp.path().join("case-utf8");
    let case_gbk = tmp.path().join("case-gbk");
    gen_case(&case_utf8, GenEncoding::Utf8, false);
    gen_case(&case_gbk, GenEncoding::Gbk, false);
    let single_case_utf8 = tmp.path().join("single-utf8");
    let single_case_gbk = tmp.path().join("single-gbk");
    let single_utf8 = gen_case(&single_case_utf8, GenEncoding::Utf8, true);
    let single_gbk = gen_case(&single_case_gbk, GenEncoding::Gbk, true);
    let xlsx = tmp.path().join("statement.xlsx");
    write_xlsx(&xlsx);
    Data {
        _tmp: tmp,
        case_utf8,
        case_gbk,
        single_utf8,
        single_gbk,
        single_case_utf8,
        single_case_gbk,
        xlsx,
    }
}

/// The bare baseline: every record of a UTF-8 file through `csv::ByteRecord`.
fn bare_byte_records(path: &Path) -> u64 {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(BufReader::with_capacity(
            64 * 1024,
            File::open(path).unwrap(),
        ));
    let mut rec = csv::ByteRecord::new();
    let mut n = 0u64;
    while rdr.read_byte_record(&mut rec).unwrap() {
        n += rec.len() as u64;
    }
    n
}

/// The bare baseline for GBK: decode with encoding_rs_io, then `csv::ByteRecord`.
fn bare_decode_parse(path: &Path) -> u64 {
    let dec = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding_rs::GB18030))
        .build(File::open(path).unwrap());
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(dec);
    let mut rec = csv::ByteRecord::new();
    let mut n = 0u64;
    while rdr.read_byte_record(&mut rec).unwrap() {
        n += rec.len() as u64;
    }
    n
}

/// The bare baseline on as many threads as `audit_case` uses (`available_parallelism`),
/// the files shared out the same way (one queue, largest first): the like-for-like
/// baseline of a whole-case audit.
fn bare_parallel(files: &[PathBuf], gbk: bool) -> u64 {
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut files = files.to_vec();
    files.sort_by_key(|f| std::cmp::Reverse(size(f)));
    let next = AtomicUsize::new(0);
    let fields = AtomicU64::new(0);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                while let Some(f) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let n = if gbk {
                        bare_decode_parse(f)
                    } else {
                        bare_byte_records(f)
                    };
                    fields.fetch_add(n, Ordering::Relaxed);
                }
            });
        }
    });
    fields.into_inner()
}

fn case_data_files(case: &Path) -> Vec<PathBuf> {
    case_files(case)
        .unwrap()
        .into_iter()
        .map(|(p, _)| p)
        .collect()
}

fn import_one(path: &Path, sink: &mut dyn Sink) -> u64 {
    let r = import_file(
        path,
        "usage.csv",
        &ImportOptions {
            minor_units: Some(2),
            ..ImportOptions::default()
        },
        sink,
    );
    assert!(r.usable() && r.error_count == 0, "{:?}", r.failure);
    r.records
}

fn size(p: &Path) -> u64 {
    std::fs::metadata(p).unwrap().len()
}

fn benches(c: &mut Criterion) {
    let d = data();
    let config = Config::load(&d.case_utf8.join("billaudit.toml")).unwrap();

    for (enc, file) in [("utf8", &d.single_utf8), ("gbk", &d.single_gbk)] {
        let mut g = c.benchmark_group(format!("usage_csv_1m_{enc}"));
        g.throughput(Throughput::Bytes(size(file)));
        g.bench_function("import_file", |b| {
            b.iter(|| {
                let mut sink = Collector::new(&config);
                import_one(file, &mut sink)
            })
        });
        if enc == "utf8" {
            g.bench_function("baseline_byte_record", |b| {
                b.iter(|| bare_byte_records(file))
            });
        } else {
            g.bench_function("baseline_decode_byte_record", |b| {
                b.iter(|| bare_decode_parse(file))
            });
        }
        g.finish();
    }

    {
        let mut g = c.benchmark_group("statement_xlsx_100k");
        g.throughput(Throughput::Elements(XLSX_ROWS as u64));
        g.bench_function("import_file", |b| {
            b.iter(|| {
                let mut sink = Collect::default();
                let r = import_file(
                    &d.xlsx,
                    "statement.xlsx",
                    &ImportOptions {
                        minor_units: Some(2),
                        ..ImportOptions::default()
                    },
                    &mut sink,
                );
                assert_eq!(r.records, XLSX_ROWS as u64, "{:?}", r.failure);
                sink.transactions.len()
            })
        });
        g.bench_function("baseline_calamine_cells", |b| {
            b.iter(|| {
                use calamine::Reader;
                let mut bytes = Vec::new();
                File::open(&d.xlsx)
                    .unwrap()
                    .read_to_end(&mut bytes)
                    .unwrap();
                let mut wb =
                    calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
                let name = wb.sheet_names()[0].clone();
                let range = wb.worksheet_range(&name).unwrap();
                range.rows().map(|r| r.len()).sum::<usize>()
            })
        });
        g.finish();
    }

    for (enc, case) in [
        ("utf8", &d.case_utf8),
        ("gbk", &d.case_gbk),
        ("single_file_utf8", &d.single_case_utf8),
        ("single_file_gbk", &d.single_case_gbk),
    ] {
        let files = case_data_files(case);
        let mut g = c.benchmark_group(format!("audit_case_1m_{enc}"));
        g.throughput(Throughput::Bytes(files.iter().map(|f| size(f)).sum()));
        g.bench_function("audit_case", |b| {
            b.iter(|| {
                let a = audit_case(case, Lang::En).unwrap();
                assert_eq!(a.findings.len(), 10);
                a.findings.len()
            })
        });
        if !enc.ends_with("gbk") {
            g.bench_function("baseline_byte_record", |b| {
                b.iter(|| files.iter().map(|f| bare_byte_records(f)).sum::<u64>())
            });
        } else {
            g.bench_function("baseline_decode_byte_record", |b| {
                b.iter(|| files.iter().map(|f| bare_decode_parse(f)).sum::<u64>())
            });
        }
        // Like for like: the same bare pass on as many threads as the audit.
        let gbk = enc.ends_with("gbk");
        g.bench_function("baseline_all_threads", |b| {
            b.iter(|| bare_parallel(&files, gbk))
        });
        g.finish();
    }
}

criterion_group! {
    name = import;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(15));
    targets = benches
}
criterion_main!(import);
