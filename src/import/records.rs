//! CSV records with their physical line numbers.
//!
//! Tokenising: a line with no quote character is split at the delimiter, which is all
//! csv-core would do with it, and its fields are read where they lie in the read buffer; a
//! record whose first line holds a quote character goes through csv-core (quoted fields,
//! doubled quotes, line breaks inside quotes). Both give the fields csv-core gives; the
//! property test below compares them with the csv crate.
//!
//! The rows reach the caller in file order with their line numbers, and memory stays
//! bounded: a line (or a quoted record) longer than [`MAX_LINE_BYTES`] is an error.
//!
//! (Files of 16 MiB or more used to be read and split on a second thread while the rows were
//! parsed. Once the split got cheap, handing each record across cost more than it saved:
//! one 1M-row file took 0.34 s on two threads and 0.23 s on one; see docs/performance.md.)

use std::io::{self, Read};

use super::guard::MAX_LINE_BYTES;
use crate::i18n::Msg as Text;

/// The read buffer's first size; it grows (up to about twice the line limit) only for a
/// line that does not fit.
const BUFFER: usize = 64 * 1024;
/// The least room a read into the buffer is given.
const MIN_READ: usize = 4096;

/// The fields of one CSV record: where each one starts and ends, and the bytes they are
/// in (a record's own, or for a plain line the reader's buffer, not copied).
#[derive(Debug, Clone, Copy)]
pub struct Fields<'a> {
    bytes: &'a [u8],
    spans: &'a [(usize, usize)],
}

impl<'a> Fields<'a> {
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The bytes of field `i`.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&'a [u8]> {
        let &(start, end) = self.spans.get(i)?;
        self.bytes.get(start..end)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a [u8]> + 'a {
        let f = *self;
        (0..f.len()).map(move |i| f.get(i).unwrap_or_default())
    }
}

/// The fields of one CSV record, kept.
#[derive(Default, Debug, Clone)]
pub struct Record {
    bytes: Vec<u8>,
    /// Where each field starts and ends in `bytes` (or, for a line left in the reader's
    /// buffer, from the start of the line).
    spans: Vec<(usize, usize)>,
    /// Where csv-core ended each field in `bytes` (a record with quotes).
    core_ends: Vec<usize>,
}

impl Record {
    pub fn fields(&self) -> Fields<'_> {
        Fields {
            bytes: &self.bytes,
            spans: &self.spans,
        }
    }

    /// A record of the given fields (for tests).
    #[cfg(test)]
    pub fn of<'a>(fields: impl IntoIterator<Item = &'a [u8]>) -> Record {
        let mut r = Record::default();
        for f in fields {
            let start = r.bytes.len();
            r.bytes.extend_from_slice(f);
            r.spans.push((start, r.bytes.len()));
        }
        r
    }
}

/// One CSV record, the empty lines passed over before it, and the physical line it starts
/// on.
#[derive(Default)]
struct Item {
    rec: Record,
    /// A plain line's place in the reader's buffer, where its fields are until the next
    /// read (`rec.bytes` is not used then).
    in_buffer: Option<(usize, usize)>,
    empty: u64,
    line: u64,
}

/// What [`read_all`] hands over for each record: its fields, the empty lines passed over
/// before it and the physical line it starts on.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    pub fields: Fields<'a>,
    pub empty: u64,
    pub line: u64,
}

/// Input the csv reader could not read: the line where known, and what went wrong.
#[derive(Debug)]
pub struct ReadError {
    pub line: Option<u64>,
    pub message: Text,
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
    src: R,
    /// `buf[pos..filled]` is read and not yet taken.
    buf: Vec<u8>,
    pos: usize,
    filled: usize,
    eof: bool,
    /// Whether the start of the input was checked for a byte-order mark.
    started: bool,
    /// The physical line (1-based) of `buf[pos]`.
    line: u64,
    /// Empty lines passed over since the last record.
    empty: u64,
    delimiter: u8,
    /// How a word is searched for the delimiter, line breaks and quotes.
    candidates: Candidates,
    limit: usize,
    /// For records with quotes (see [`quoted_reader`]). It is only ever given whole
    /// records, so it is at the start of a record whenever it is called.
    core: Option<csv_core::Reader>,
}

impl<R: Read> Records<R> {
    fn new(src: R, delimiter: u8) -> Self {
        Self::with_limit(src, delimiter, MAX_LINE_BYTES)
    }

    fn with_limit(src: R, delimiter: u8, limit: usize) -> Self {
        Records {
            src,
            buf: vec![0; BUFFER.min(limit + 1)],
            pos: 0,
            filled: 0,
            eof: false,
            started: false,
            line: 1,
            empty: 0,
            delimiter,
            candidates: Candidates::new(delimiter),
            limit,
            core: None,
        }
    }

    /// Read the next record into `item`; `false` at the end of the input.
    fn next(&mut self, item: &mut Item) -> Result<bool, ReadError> {
        if !self.started {
            self.skip_bom()?;
        }
        loop {
            if self.pos == self.filled {
                if self.eof {
                    return Ok(false);
                }
                self.fill()?;
                continue;
            }
            let rec = &mut item.rec;
            let plain = self.scan_plain(&mut rec.spans)?;
            if plain == Some((self.pos, true)) {
                // An empty line: no record (as in csv-core), but a row of the file.
                self.pos += 1;
                self.line += 1;
                self.empty += 1;
                continue;
            }
            item.line = self.line;
            item.empty = std::mem::take(&mut self.empty);
            match plain {
                Some((end, newline)) => {
                    item.in_buffer = Some((self.pos, end));
                    self.pos = end + usize::from(newline);
                    self.line += u64::from(newline);
                }
                None => {
                    item.in_buffer = None;
                    self.read_quoted(rec)?
                }
            }
            return Ok(true);
        }
    }

    /// Find where the line at `pos` ends and where its fields start and end (in `spans`,
    /// counted from `pos`), reading on as needed: the end of the line (its line break or
    /// the end of the input) and whether it has a line break, or `None` where the line
    /// holds a quote character (csv-core reads that record).
    ///
    /// The line is scanned eight bytes at a time for the bytes that may be a line break, the
    /// delimiter or a quote ([`Candidates`]); each one found is looked at in order.
    fn scan_plain(
        &mut self,
        spans: &mut Vec<(usize, usize)>,
    ) -> Result<Option<(usize, bool)>, ReadError> {
        spans.clear();
        let mut start = 0;
        let (delimiter, candidates) = (self.delimiter, self.candidates);
        // What the byte at `at` (from `pos`) ends: a field, the line, or the plain scan.
        let mut found = |at: usize, b: u8| {
            if b == b'\n' {
                spans.push((start, at));
                Some(Scan::LineEnd)
            } else if b == b'"' {
                Some(Scan::Quote)
            } else if b == delimiter {
                spans.push((start, at));
                start = at + 1;
                None
            } else {
                None
            }
        };
        let mut at = 0;
        loop {
            let line = &self.buf[self.pos..self.filled];
            let words = line[at..].chunks_exact(8);
            let tail = words.remainder();
            let mut hit = None;
            'words: for w in words {
                let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
                let mut m = candidates.of(w);
                while m != 0 {
                    let i = at + (m.trailing_zeros() / 8) as usize;
                    hit = found(i, line[i]).map(|s| (s, i));
                    if hit.is_some() {
                        break 'words;
                    }
                    m &= m - 1;
                }
                at += 8;
            }
            if hit.is_none() {
                hit = tail
                    .iter()
                    .zip(at..)
                    .find_map(|(&b, i)| found(i, b).map(|s| (s, i)));
                at += tail.len();
            }
            match hit {
                Some((Scan::LineEnd, i)) => return Ok(Some((self.pos + i, true))),
                Some((Scan::Quote, _)) => return Ok(None),
                None if self.eof => {
                    spans.push((start, at));
                    return Ok(Some((self.filled, false)));
                }
                None if at > self.limit => return Err(self.too_long(self.line)),
                None => self.fill()?,
            }
        }
    }

    /// The record [`Records::next`] read into `item`: valid until the next call, which may
    /// read over the buffer a plain line is in.
    fn row<'a>(&'a self, item: &'a Item) -> Row<'a> {
        let bytes = match item.in_buffer {
            Some((start, end)) => &self.buf[start..end],
            None => &item.rec.bytes[..],
        };
        Row {
            fields: Fields {
                bytes,
                spans: &item.rec.spans,
            },
            empty: item.empty,
            line: item.line,
        }
    }

    /// Empty lines after the last record.
    fn rest_empty(&mut self) -> u64 {
        std::mem::take(&mut self.empty)
    }

    /// Pass over a UTF-8 byte-order mark at the start (as csv-core does).
    fn skip_bom(&mut self) -> Result<(), ReadError> {
        while self.filled < 3 && !self.eof {
            self.fill()?;
        }
        if self.buf[..self.filled].starts_with(b"\xef\xbb\xbf") {
            self.pos = 3;
        }
        self.started = true;
        Ok(())
    }

    /// A record with a quote character on its first line, through csv-core.
    fn read_quoted(&mut self, rec: &mut Record) -> Result<(), ReadError> {
        let start_line = self.line;
        rec.bytes.clear();
        rec.core_ends.clear();
        let (mut out, mut nends, mut taken) = (0, 0, 0);
        loop {
            if self.pos == self.filled && !self.eof {
                self.fill()?;
            }
            grow(&mut rec.bytes, out);
            grow(&mut rec.core_ends, nends);
            let input = &self.buf[self.pos..self.filled];
            let core = self
                .core
                .get_or_insert_with(|| quoted_reader(self.delimiter));
            let (res, nin, nout, nend) =
                core.read_record(input, &mut rec.bytes[out..], &mut rec.core_ends[nends..]);
            self.line += memchr::memchr_iter(b'\n', &input[..nin]).count() as u64;
            self.pos += nin;
            taken += nin;
            out += nout;
            nends += nend;
            if taken > self.limit {
                return Err(self.too_long(start_line));
            }
            match res {
                csv_core::ReadRecordResult::Record | csv_core::ReadRecordResult::End => break,
                _ => {}
            }
        }
        rec.bytes.truncate(out);
        rec.core_ends.truncate(nends);
        rec.spans.clear();
        let mut start = 0;
        for &end in &rec.core_ends {
            rec.spans.push((start, end));
            start = end;
        }
        Ok(())
    }

    /// Read more input after what is not yet taken, moving that to the front of the buffer
    /// and growing the buffer when it is full of one line.
    fn fill(&mut self) -> Result<(), ReadError> {
        if self.pos > 0 {
            self.buf.copy_within(self.pos..self.filled, 0);
            self.filled -= self.pos;
            self.pos = 0;
        }
        // Room for a good read. Asked for fewer bytes than its last character takes,
        // encoding_rs_io's decoding reader loses the rest of it (0.1.7: a replacement
        // character at the very end, read a byte at a time, comes out as its first byte).
        if self.buf.len() - self.filled < MIN_READ {
            let size = (self.buf.len() * 2).min(self.limit + BUFFER);
            self.buf.resize(size.max(self.filled + MIN_READ), 0);
        }
        loop {
            match self.src.read(&mut self.buf[self.filled..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(());
                }
                Ok(n) => {
                    self.filled += n;
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    return Err(ReadError {
                        line: Some(self.line),
                        message: crate::msg!("verbatim", text = e.to_string()),
                    })
                }
            }
        }
    }

    /// A line (or a record whose quoted field runs over several lines) past the limit.
    fn too_long(&self, start_line: u64) -> ReadError {
        let kib = self.limit >> 10;
        let message = if start_line == self.line {
            crate::msg!("csv-line-too-long", line = self.line, kib = kib)
        } else {
            crate::msg!("csv-row-too-long", line = start_line, kib = kib)
        };
        ReadError {
            line: Some(start_line),
            message,
        }
    }
}

/// The csv-core reader for records with quotes, built when the first one comes (most files
/// have none, and building one costs as much as splitting thousands of plain lines).
fn quoted_reader(delimiter: u8) -> csv_core::Reader {
    // Records end at LF only: a CR before it stays at the end of the last field, where
    // `clean` trims it.
    let mut core = csv_core::ReaderBuilder::new()
        .delimiter(delimiter)
        .terminator(csv_core::Terminator::Any(b'\n'))
        .build();
    // csv-core passes over a byte-order mark at the start of the first input it is given;
    // `skip_bom` does that here. One call with no room for output reads nothing but tells
    // csv-core it has started, so it never takes a mark at the start of a quoted record for
    // one.
    let _ = core.read_record(b"\n", &mut [], &mut []);
    core
}

/// What ends a plain scan of a line.
enum Scan {
    LineEnd,
    Quote,
}

/// Finds, eight bytes at a time, the bytes of a word that may be a line break, a quote or
/// the delimiter: every such byte is found, and a few others may be (each is looked at).
#[derive(Clone, Copy)]
struct Candidates {
    /// Every byte below this one is a candidate.
    below: u8,
    /// The delimiter, where it is not below `below`.
    delimiter: Option<u8>,
}

impl Candidates {
    fn new(delimiter: u8) -> Self {
        // A comma, tab or anything below: one test "below the delimiter" finds all three
        // (and the odd space or sign). Above the comma it would take in digits and letters,
        // so the delimiter is looked for on its own.
        if delimiter <= b',' {
            Candidates {
                below: delimiter.max(b'"') + 1,
                delimiter: None,
            }
        } else {
            Candidates {
                below: b'"' + 1,
                delimiter: Some(delimiter),
            }
        }
    }

    /// `0x80` in each byte of `w` that may be a line break, a quote or the delimiter.
    fn of(self, w: u64) -> u64 {
        let below = bytes_below(w, self.below);
        match self.delimiter {
            Some(d) => below | bytes_equal(w, d),
            None => below,
        }
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// `0x80` in each byte of `w` below `n` (`n` at most 0x7f), and in a byte equal to `n` just
/// above one of them (the borrow of the subtraction), 0 in the others: bytes of 0x80 and
/// above (UTF-8 beyond ASCII) are never marked.
fn bytes_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH
}

/// `0x80` in each byte of `w` that equals `b`, 0 in the others. Exact: no carry crosses
/// from one byte to the next (the sum of two 7-bit values fits in 8 bits).
fn bytes_equal(w: u64, b: u8) -> u64 {
    const LOW7: u64 = !HIGH;
    let x = w ^ (ONES * u64::from(b));
    // A byte's high bit: set where the byte of `x` is not zero.
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// Make room in a buffer csv-core writes into from `used` on.
fn grow<T: Default + Clone>(v: &mut Vec<T>, used: usize) {
    if v.len() <= used {
        v.resize((v.len() * 2).max(used + 64), T::default());
    }
}

/// Hand every CSV record of `reader` to `row`, in order; returns the empty lines after
/// the last record.
pub fn read_all<R: Read, E>(
    reader: R,
    delimiter: u8,
    mut row: impl FnMut(Row<'_>) -> Result<(), E>,
) -> Result<u64, Stop<E>> {
    let mut records = Records::new(reader, delimiter);
    let mut item = Item::default();
    loop {
        match records.next(&mut item) {
            Ok(true) => row(records.row(&item)).map_err(Stop::Row)?,
            Ok(false) => return Ok(records.rest_empty()),
            Err(e) => return Err(Stop::Read(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Cells, empty lines before, line.
    type Row = (Vec<Vec<u8>>, u64, u64);

    fn collect(data: &[u8], delimiter: u8) -> (Vec<Row>, u64) {
        let mut got = Vec::new();
        let rest = read_all(data, delimiter, |item| {
            let cells = item.fields.iter().map(<[u8]>::to_vec).collect();
            got.push((cells, item.empty, item.line));
            Ok::<(), ()>(())
        })
        .unwrap_or_else(|_| panic!("read"));
        (got, rest)
    }

    /// The records the csv crate reads from `data` (configured as billaudit read CSV before
    /// it split plain lines itself), with each record's physical line and the empty lines
    /// before it, worked out from the record's byte position.
    fn by_csv_crate(data: &[u8], delimiter: u8) -> Vec<Row> {
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(data);
        let mut out = Vec::new();
        let mut rec = csv::ByteRecord::new();
        while rdr.read_byte_record(&mut rec).expect("csv reads") {
            // The position is before the empty lines the csv crate passed over (and before
            // a byte-order mark at the start).
            let mut at = rec.position().expect("position").byte() as usize;
            if at == 0 && data.starts_with(b"\xef\xbb\xbf") {
                at = 3;
            }
            let empty = data[at..].iter().take_while(|b| **b == b'\n').count();
            let line = 1 + memchr::memchr_iter(b'\n', &data[..at + empty]).count() as u64;
            out.push((rec.iter().map(<[u8]>::to_vec).collect(), empty as u64, line));
        }
        out
    }

    #[test]
    fn records_lines_and_empty_lines_of_a_long_input() {
        let mut data = b"a,b\n\n\nc,\"d\ne\"\n\nf,g\n".to_vec();
        for i in 0..5000 {
            data.extend_from_slice(format!("{i},x\n").as_bytes());
            if i % 777 == 0 {
                data.extend_from_slice(b"\n");
            }
        }
        data.extend_from_slice(b"\n\n");
        let one = collect(&data, b',');
        assert_eq!(
            one.0[..3].iter().map(|r| (r.1, r.2)).collect::<Vec<_>>(),
            [(0, 1), (2, 4), (1, 7)]
        );
        assert_eq!(one.0[1].0, [b"c".to_vec(), b"d\ne".to_vec()]);
        assert_eq!(one.0.len(), 5003);
        assert_eq!(one.1, 2);
        assert_eq!(one.0, by_csv_crate(&data, b','));
    }

    #[test]
    fn quotes_and_marks_read_as_csv_core_reads_them() {
        let data = "\u{feff}\"a\"\"b\",c\r\nx\"y,\"z\"w\n\"open\n\nstill\",q\n\r\n;;\n";
        let got = collect(data.as_bytes(), b',');
        assert_eq!(got.0, by_csv_crate(data.as_bytes(), b','));
        let fields: Vec<Vec<&[u8]>> = got
            .0
            .iter()
            .map(|r| r.0.iter().map(Vec::as_slice).collect())
            .collect();
        assert_eq!(fields[0], [&b"a\"b"[..], b"c\r"]);
        assert_eq!(fields[1], [&b"x\"y"[..], b"zw"]);
        assert_eq!(fields[2], [&b"open\n\nstill"[..], b"q"]);
        assert_eq!(got.0[2].2, 3);
        assert_eq!(got.0[3].2, 6);
        assert_eq!(fields[3], [&b"\r"[..]]);
        assert_eq!(fields[4], [&b";;"[..]]);
    }

    #[test]
    fn long_lines_and_rows_stop_with_their_line() {
        let long = |data: &[u8]| {
            let mut r = Records::with_limit(data, b',', 1024);
            let mut item = Item::default();
            loop {
                match r.next(&mut item) {
                    Ok(true) => {}
                    Ok(false) => return None,
                    Err(e) => return Some(e),
                }
            }
        };
        let mut data = b"a,b\n".to_vec();
        data.extend_from_slice(&[b'a'; 5000]);
        let e = long(&data).expect("too long");
        assert!(e.message.contains("line 2 is longer than 1 KiB"), "{e:?}");
        assert_eq!(e.line, Some(2));
        let open_quote = format!("a,b\na,\"b{}", "x\n".repeat(2000));
        let e = long(open_quote.as_bytes()).expect("too long");
        assert!(e.message.contains("row starting at line 2"), "{e:?}");
        let fits = format!("a,\"b\nc\",d\n{}\n", "e".repeat(1000));
        assert!(long(fits.as_bytes()).is_none());
    }

    #[test]
    fn errors_and_early_stops_end_the_reading() {
        let mut data = "a,b\n".repeat(3000).into_bytes();
        data.extend_from_slice(&vec![b'x'; MAX_LINE_BYTES + 10]);
        let mut n = 0;
        match read_all(&data[..], b',', |_| {
            n += 1;
            Ok::<(), ()>(())
        }) {
            Err(Stop::Read(e)) => assert!(e.message.contains("longer than"), "{e:?}"),
            _ => panic!("expected a read error"),
        }
        assert_eq!(n, 3000);
        // The row handler stops the reading early.
        let mut n = 0;
        let r = read_all(&data[..], b',', |_| {
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

    #[test]
    fn the_last_character_of_decoded_text_is_whole_wherever_the_buffer_ends() {
        // A malformed last byte becomes U+FFFD (three bytes) in the decoder's output; the
        // reads into the record buffer must leave it room wherever the line before ends.
        for limit in 8..40 {
            for k in 0..limit + 4 {
                let mut data = "x".repeat(k).into_bytes();
                data.extend_from_slice(b",\xe4");
                let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(encoding_rs::UTF_8))
                    .build(&data[..]);
                let mut r = Records::with_limit(decoded, b',', limit);
                let mut item = Item::default();
                match r.next(&mut item) {
                    Ok(true) => {}
                    // Past the limit: not what this test is about.
                    Err(e) if e.message.contains("longer than") => continue,
                    other => panic!("{limit} {k}: {:?}", other.map_err(|e| e.message)),
                }
                let got = r.row(&item).fields.get(1);
                assert_eq!(got, Some("\u{fffd}".as_bytes()), "{limit} {k}");
            }
        }
    }

    /// A reader that hands out its bytes a few at a time (lines and quoted records then
    /// cross the buffer's refills).
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Every line break, quote and delimiter of a word is a candidate, whatever the
        /// bytes around it; `bytes_equal` marks exactly the bytes equal to its byte.
        #[test]
        fn candidates_include_every_structural_byte(
            w in any::<[u8; 8]>(),
            delimiter in prop_oneof![Just(b','), Just(b';'), Just(b'\t'), Just(b'|'), any::<u8>()],
        ) {
            let word = u64::from_le_bytes(w);
            let marked = |m: u64| (0..8).filter(|i| m >> (8 * i + 7) & 1 == 1).collect::<Vec<_>>();
            let found = marked(Candidates::new(delimiter).of(word));
            for (i, b) in w.iter().enumerate() {
                if *b == b'\n' || *b == b'"' || *b == delimiter {
                    prop_assert!(found.contains(&i), "{:?} {}", w, i);
                }
            }
            let exact: Vec<usize> = (0..8).filter(|i| w[*i] == delimiter).collect();
            prop_assert_eq!(marked(bytes_equal(word, delimiter)), exact);
        }

        /// Whatever the bytes, the records, their lines and the empty lines before them are
        /// those the csv crate reads, in one piece or trickled in.
        #[test]
        fn records_are_the_csv_crates(
            bom in any::<bool>(),
            parts in proptest::collection::vec(
                prop_oneof![
                    Just(&b"a"[..]), Just(&b"bc"[..]), Just(&b","[..]), Just(&b";"[..]),
                    Just(&b"\""[..]), Just(&b"\n"[..]), Just(&b"\r"[..]), Just(&b" "[..]),
                    Just("\u{4e2d}".as_bytes()), Just(&b"\xef\xbb\xbf"[..]), Just(&b"\"\""[..]),
                ],
                0..60,
            ),
            semicolon in any::<bool>(),
            step in 1usize..8,
        ) {
            let mut data = if bom { b"\xef\xbb\xbf".to_vec() } else { Vec::new() };
            for p in parts {
                data.extend_from_slice(p);
            }
            let delimiter = if semicolon { b';' } else { b',' };
            let want = by_csv_crate(&data, delimiter);
            let got = collect(&data, delimiter);
            prop_assert_eq!(&got.0, &want);
            let mut trickled = Vec::new();
            let rest = read_all(Trickle(&data, step), delimiter, |item| {
                trickled.push((
                    item.fields.iter().map(<[u8]>::to_vec).collect::<Vec<_>>(),
                    item.empty,
                    item.line,
                ));
                Ok::<(), ()>(())
            })
            .unwrap_or_else(|_| panic!("read"));
            prop_assert_eq!(&trickled, &want);
            prop_assert_eq!(rest, got.1);
            if !data.contains(&b'"') {
                // Empty lines after the last record: the line breaks that end the input,
                // less the one ending the last record (if any).
                let trailing = data.iter().rev().take_while(|b| **b == b'\n').count() as u64;
                let ends_record = u64::from(!want.is_empty());
                prop_assert_eq!(got.1, trailing.saturating_sub(ends_record));
            }
        }
    }
}
