//! The bare-parse baseline of `benches/import.rs` as a program, for whole-process figures
//! (`/usr/bin/time`) and for instruction counts under `valgrind --tool=callgrind` when the
//! machine is too busy for wall-time figures: every record of each file through
//! `csv::ByteRecord`, GBK files decoded first.
//!
//! `cargo run --release --example bare_parse -- utf-8|gbk [--threads N] FILE...`
//!
//! With `--threads N` the files are shared out over N threads the way `audit_case` shares
//! them (one queue, largest first), so that a baseline runs on as many threads as the audit
//! it is compared with.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

fn fields_of(path: &PathBuf, gbk: bool) -> u64 {
    let file = File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let reader: Box<dyn Read> = if gbk {
        Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding_rs::GB18030))
                .build(file),
        )
    } else {
        Box::new(BufReader::with_capacity(64 * 1024, file))
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut rec = csv::ByteRecord::new();
    let mut fields = 0u64;
    while rdr.read_byte_record(&mut rec).unwrap_or(false) {
        fields += rec.len() as u64;
    }
    fields
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let gbk = args.next().is_some_and(|e| e.eq_ignore_ascii_case("gbk"));
    let mut threads = 1usize;
    if args.peek().is_some_and(|a| a == "--threads") {
        args.next();
        threads = args
            .next()
            .and_then(|n| n.parse().ok())
            .filter(|n| *n >= 1)
            .expect("--threads takes a whole number of at least 1");
    }
    let mut files: Vec<PathBuf> = args.map(PathBuf::from).collect();
    files.sort_by_key(|p| std::cmp::Reverse(std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)));
    let next = AtomicUsize::new(0);
    let fields = AtomicU64::new(0);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                while let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    fields.fetch_add(fields_of(path, gbk), Ordering::Relaxed);
                }
            });
        }
    });
    println!("{} fields", fields.into_inner());
}
