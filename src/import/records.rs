//! CSV records with their physical line numbers, read on the calling thread or, for a big
//! file, on a second thread while the calling thread parses the rows: decoding and
//! tokenising then run beside row parsing, so that a single big file uses two cores.
//!
//! Either way the rows reach the caller in file order with the same line numbers, and
//! memory stays bounded: the reading thread is at most [`QUEUE`] batches ahead.

use std::io::Read;
use std::sync::mpsc;

use super::guard::{LineLimit, Lines, TooLong};

/// Records per batch handed from the reading thread to the parsing one.
const BATCH: usize = 512;
/// Batches the reading thread may be ahead.
const QUEUE: usize = 4;

/// One CSV record, the empty lines the csv crate passed over before it, and the physical
/// line it starts on (where the csv crate gave a position).
#[derive(Default)]
pub struct Item {
    pub rec: csv::ByteRecord,
    pub empty: u64,
    pub line: Option<u64>,
}

/// Input the csv reader could not read: the line where known, and what went wrong.
#[derive(Debug)]
pub struct ReadError {
    pub line: Option<u64>,
    pub message: crate::i18n::Msg,
}

/// Why [`read_all`] stopped before the end.
pub enum Stop<E> {
    /// The caller's row handler returned an error.
    Row(E),
    /// The input could not be read.
    Read(ReadError),
}

/// CSV records of decoded text, with physical line numbers.
struct Records<R: Read> {
    rdr: csv::Reader<LineLimit<R>>,
    lines: Lines,
}

impl<R: Read> Records<R> {
    fn new(reader: R, delimiter: u8) -> Self {
        let limited = LineLimit::new(reader);
        let lines = limited.lines();
        // Records end at LF only: with CRLF the csv crate reports each record one line
        // early. The CR stays at the end of the last field, where `clean` trims it.
        let rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .terminator(csv::Terminator::Any(b'\n'))
            .buffer_capacity(64 * 1024)
            .from_reader(limited);
        Records { rdr, lines }
    }

    /// Read the next record into `item`; `false` at the end of the input.
    fn next(&mut self, item: &mut Item) -> Result<bool, ReadError> {
        match self.rdr.read_byte_record(&mut item.rec) {
            Ok(true) => {}
            Ok(false) => return Ok(false),
            Err(e) => {
                return Err(ReadError {
                    line: e.position().map(|p| self.lines.record_start(p).1),
                    message: read_error_message(&e),
                })
            }
        }
        // Physical line numbers: the csv crate puts a record's position before the empty
        // lines it passes over, so a row after one would point at the wrong line.
        (item.empty, item.line) = match item.rec.position() {
            Some(p) => {
                let (empty, line) = self.lines.record_start(p);
                (empty, Some(line))
            }
            None => (0, None),
        };
        Ok(true)
    }
}

/// What the csv reader stopped on: the line guard's own message (a line too long), or the
/// csv crate's words.
fn read_error_message(e: &csv::Error) -> crate::i18n::Msg {
    if let csv::ErrorKind::Io(io) = e.kind() {
        if let Some(m) = TooLong::of(io) {
            return m.clone();
        }
    }
    crate::msg!("verbatim", text = e.to_string())
}

enum Msg {
    Batch(Vec<Item>, usize),
    End(u64),
    Failed(ReadError),
}

/// Hand every CSV record of `reader` to `row`, in order; returns the empty lines after
/// the last record. With `pipelined`, the records are read on a second thread.
pub fn read_all<R: Read + Send, E>(
    reader: R,
    delimiter: u8,
    pipelined: bool,
    mut row: impl FnMut(&Item) -> Result<(), E>,
) -> Result<u64, Stop<E>> {
    if !pipelined {
        let mut records = Records::new(reader, delimiter);
        let mut item = Item::default();
        loop {
            match records.next(&mut item) {
                Ok(true) => row(&item).map_err(Stop::Row)?,
                Ok(false) => return Ok(records.lines.rest_empty()),
                Err(e) => return Err(Stop::Read(e)),
            }
        }
    }
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::sync_channel::<Msg>(QUEUE);
        // Batches the parsing thread is done with go back, so records are allocated once.
        let (free_tx, free_rx) = mpsc::channel::<Vec<Item>>();
        s.spawn(move || {
            let mut records = Records::new(reader, delimiter);
            loop {
                let mut batch = free_rx
                    .try_recv()
                    .unwrap_or_else(|_| (0..BATCH).map(|_| Item::default()).collect());
                let mut n = 0;
                let mut last = None;
                while n < BATCH {
                    match records.next(&mut batch[n]) {
                        Ok(true) => n += 1,
                        Ok(false) => {
                            last = Some(Msg::End(records.lines.rest_empty()));
                            break;
                        }
                        Err(e) => {
                            last = Some(Msg::Failed(e));
                            break;
                        }
                    }
                }
                // A failed send means the parsing side stopped: nothing more to read.
                if tx.send(Msg::Batch(batch, n)).is_err() {
                    return;
                }
                if let Some(m) = last {
                    let _ = tx.send(m);
                    return;
                }
            }
        });
        for msg in rx {
            match msg {
                Msg::Batch(batch, n) => {
                    for item in &batch[..n] {
                        row(item).map_err(Stop::Row)?;
                    }
                    let _ = free_tx.send(batch);
                }
                Msg::End(rest) => return Ok(rest),
                Msg::Failed(e) => return Err(Stop::Read(e)),
            }
        }
        // The reading thread ended without a last message: it panicked, and the scope
        // passes its panic on.
        Err(Stop::Read(ReadError {
            line: None,
            message: crate::msg!("csv-reading-thread-stopped"),
        }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cells, empty lines before, line.
    type Row = (Vec<String>, u64, Option<u64>);

    fn collect(data: &[u8], pipelined: bool) -> (Vec<Row>, u64) {
        let mut got = Vec::new();
        let rest = read_all(data, b',', pipelined, |item| {
            let cells = item
                .rec
                .iter()
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect();
            got.push((cells, item.empty, item.line));
            Ok::<(), ()>(())
        })
        .unwrap_or_else(|_| panic!("read"));
        (got, rest)
    }

    #[test]
    fn pipelined_reading_gives_the_same_records_and_lines() {
        let mut data = b"a,b\n\n\nc,\"d\ne\"\n\nf,g\n".to_vec();
        for i in 0..5000 {
            data.extend_from_slice(format!("{i},x\n").as_bytes());
            if i % 777 == 0 {
                data.extend_from_slice(b"\n");
            }
        }
        data.extend_from_slice(b"\n\n");
        let one = collect(&data, false);
        assert_eq!(
            one.0[..3].iter().map(|r| r.2).collect::<Vec<_>>(),
            [Some(1), Some(4), Some(7)]
        );
        assert_eq!(one.0.len(), 5003);
        assert_eq!(one.1, 2);
        assert_eq!(collect(&data, true), one);
    }

    #[test]
    fn errors_and_early_stops_end_both_ways() {
        let mut data = "a,b\n".repeat(3000).into_bytes();
        data.extend_from_slice(&vec![b'x'; super::super::guard::MAX_LINE_BYTES + 10]);
        for pipelined in [false, true] {
            let mut n = 0;
            match read_all(&data[..], b',', pipelined, |_| {
                n += 1;
                Ok::<(), ()>(())
            }) {
                Err(Stop::Read(e)) => assert!(e.message.contains("longer than"), "{e:?}"),
                _ => panic!("expected a read error"),
            }
            assert_eq!(n, 3000);
            // The row handler stops the reading early.
            let mut n = 0;
            let r = read_all(&data[..], b',', pipelined, |_| {
                n += 1;
                if n == 1000 {
                    Err("stop")
                } else {
                    Ok(())
                }
            });
            assert!(matches!(r, Err(Stop::Row("stop"))));
            assert_eq!(n, 1000);
        }
    }
}
