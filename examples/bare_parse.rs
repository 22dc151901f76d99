//! The bare-parse baseline of `benches/import.rs` as a program, for instruction counts
//! under `valgrind --tool=callgrind` when the machine is too busy for wall-time figures:
//! every record of each file through `csv::ByteRecord`, GBK files decoded first.
//!
//! `cargo run --release --example bare_parse -- utf-8|gbk FILE...`

use std::fs::File;
use std::io::{BufReader, Read};

fn main() {
    let mut args = std::env::args().skip(1);
    let gbk = args.next().is_some_and(|e| e.eq_ignore_ascii_case("gbk"));
    let mut fields = 0u64;
    for path in args {
        let file = File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
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
        while rdr.read_byte_record(&mut rec).unwrap_or(false) {
            fields += rec.len() as u64;
        }
    }
    println!("{fields} fields");
}
