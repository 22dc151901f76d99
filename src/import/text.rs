//! Byte-level sniffing: encodings, delimiters, and the kind of container a file is.

use encoding_rs::{Encoding, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// A ZIP archive (XLSX, ODS, or another archive).
    Zip,
    /// An OLE2 compound document (legacy XLS).
    Ole,
    /// Anything else: treated as text.
    Text,
    /// Binary data that is no known container (NUL bytes in the head and no UTF-16 BOM).
    Binary,
}

pub fn sniff_container(head: &[u8]) -> Container {
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        Container::Zip
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Container::Ole
    } else if head.starts_with(&[0xFF, 0xFE])
        || head.starts_with(&[0xFE, 0xFF])
        || looks_utf16_without_bom(head).is_some()
    {
        Container::Text
    } else if head.iter().take(4096).any(|b| *b == 0) {
        Container::Binary
    } else {
        Container::Text
    }
}

/// UTF-16 text without a BOM shows NUL in every other byte.
fn looks_utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let n = head.len().min(512) & !1;
    if n < 8 {
        return None;
    }
    let even_nul = head[..n].iter().step_by(2).filter(|b| **b == 0).count();
    let odd_nul = head[1..n].iter().step_by(2).filter(|b| **b == 0).count();
    let half = n / 2;
    if odd_nul * 10 >= half * 7 && even_nul * 10 < half {
        Some(UTF_16LE)
    } else if even_nul * 10 >= half * 7 && odd_nul * 10 < half {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Guess the text encoding from the head of a file: a BOM wins; then valid UTF-8; then
/// chardetng's guess, where any Chinese guess becomes GB18030 (a superset of GBK/GB2312).
pub fn sniff_encoding(head: &[u8]) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(head) {
        return enc;
    }
    if let Some(enc) = looks_utf16_without_bom(head) {
        return enc;
    }
    if is_utf8_prefix(head) {
        return UTF_8;
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(&detector_sample(head), false);
    let guess = det.guess(None, false);
    if guess.name() == "GBK"
        || guess.name() == "gb18030"
        || guess == BIG5 && !decodes_cleanly(BIG5, head)
    {
        GB18030
    } else {
        guess
    }
}

/// The most text given to the encoding detector (it costs about 1,000 instructions a byte).
const DETECTOR_SAMPLE: usize = 4 * 1024;

/// What the encoding detector reads of a head: of each line with non-ASCII bytes, the part
/// from the byte before its first non-ASCII byte to the byte after its last one (ASCII
/// alone says nothing about the encoding; every pair of neighbouring bytes that involves a
/// non-ASCII one is kept), up to [`DETECTOR_SAMPLE`] bytes. A usage export repeats the same
/// few words on every line, so the sample decides as well as the whole head does (the same
/// encodings on every sample and fixture file), at a fraction of the cost.
fn detector_sample(head: &[u8]) -> Vec<u8> {
    let mut sample = Vec::with_capacity(DETECTOR_SAMPLE.min(head.len()));
    for line in head.split_inclusive(|b| *b == b'\n') {
        let (Some(first), Some(last)) = (
            line.iter().position(|b| !b.is_ascii()),
            line.iter().rposition(|b| !b.is_ascii()),
        ) else {
            continue;
        };
        let span = &line[first.saturating_sub(1)..(last + 2).min(line.len())];
        let room = DETECTOR_SAMPLE - sample.len();
        if span.len() + 1 >= room {
            sample.extend_from_slice(&span[..span.len().min(room)]);
            break;
        }
        sample.extend_from_slice(span);
        // Spans from different lines are kept apart, as the lines were.
        sample.push(b'\n');
    }
    sample
}

/// Valid UTF-8, allowing the head to end in the middle of a character.
fn is_utf8_prefix(head: &[u8]) -> bool {
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && head.len() - e.valid_up_to() < 4,
    }
}

/// Whether `head` is valid in `enc` (a character cut off at its end is not an error).
/// Every Big5 text is also valid GBK (GBK's byte ranges hold Big5's), but GBK text is
/// seldom valid Big5 (GBK trail bytes 0x80–0xA0 are not Big5): so a Big5 guess that is not
/// valid Big5 is GBK.
fn decodes_cleanly(enc: &'static Encoding, head: &[u8]) -> bool {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(head.len())
            .unwrap_or(0),
    );
    let (result, _) = decoder.decode_to_string_without_replacement(head, &mut out, false);
    !matches!(result, encoding_rs::DecoderResult::Malformed(..))
}

/// Pick the field delimiter from the first lines of decoded text: the candidate that
/// appears most often, preferring the one that is consistent across lines.
pub fn sniff_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b'\t', b';', b'|'];
    // How often each candidate stands outside quotes in the first 60 lines (a quote opens
    // and closes within its line). One pass over the bytes: the candidates and the quote
    // are ASCII, which never occurs inside a multi-byte UTF-8 character.
    let mut scores = [0usize; CANDIDATES.len()];
    for line in text.as_bytes().split(|&b| b == b'\n').take(60) {
        let mut in_quotes = false;
        for &c in line {
            if c == b'"' {
                in_quotes = !in_quotes;
            } else if !in_quotes {
                if let Some(k) = CANDIDATES.iter().position(|&d| d == c) {
                    scores[k] += 1;
                }
            }
        }
    }
    // The most frequent; the first of equals; a comma when none occurs.
    let mut best = (b',', 0usize);
    for (d, score) in CANDIDATES.into_iter().zip(scores) {
        if score > best.1 {
            best = (d, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big5_is_read_as_big5_and_gbk_as_gbk() {
        let text = "交易時間,交易對方,金額,收/支\n".to_string()
            + &"2025-01-05 10:00:00,中華電信股份有限公司,5.00,支出\n".repeat(20);
        let (big5, _, _) = BIG5.encode(&text);
        assert_eq!(sniff_encoding(&big5), BIG5);
        let text = "交易时间,交易对方,金额,收/支\n".to_string()
            + &"2025-01-05 10:00:00,中国电信股份有限公司,5.00,支出\n".repeat(20);
        let (gbk, _, _) = GB18030.encode(&text);
        assert_eq!(sniff_encoding(&gbk), GB18030);
        // A head cut in the middle of a character is still clean.
        assert!(decodes_cleanly(BIG5, &big5[..big5.len() - 2]));
    }

    #[test]
    fn detector_sample_keeps_the_non_ascii_spans() {
        assert!(detector_sample(b"a,b\n1,2\n").is_empty());
        let (gbk, _, _) = GB18030.encode("2025-01-01 00:00:00,上网,13800100049,,0\nplain,ascii\n");
        let sample = detector_sample(&gbk);
        let (text, _, _) = GB18030.decode(&sample);
        assert_eq!(text, ",上网,\n");
        // A line longer than the sample is cut at the limit.
        let long = [b"x".as_slice(), &[0xb0, 0xa1].repeat(DETECTOR_SAMPLE)].concat();
        assert_eq!(detector_sample(&long).len(), DETECTOR_SAMPLE);
        // Many lines stop at the limit too, and a GBK head is still seen as GBK.
        let many: Vec<u8> = gbk.repeat(2000);
        assert!(detector_sample(&many).len() <= DETECTOR_SAMPLE);
        assert_eq!(sniff_encoding(&many), GB18030);
    }

    #[test]
    fn encodings() {
        assert_eq!(sniff_encoding("交易时间,金额\n".as_bytes()), UTF_8);
        let (gbk, _, _) = encoding_rs::GBK
            .encode("交易时间,交易对方,金额,收/支\n2025-01-01,中国电信,258.00,支出\n");
        assert_eq!(sniff_encoding(&gbk), GB18030);
        assert_eq!(sniff_encoding(b"\xEF\xBB\xBFabc"), UTF_8);
        assert_eq!(sniff_encoding(b"\xFF\xFEa\0b\0"), UTF_16LE);
        assert_eq!(sniff_encoding(b"a\0b\0c\0d\0e\0f\0g\0h\0"), UTF_16LE);
    }

    #[test]
    fn delimiters() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc\n1\t2,5\t3\n"), b'\t');
        assert_eq!(sniff_delimiter("a|b|c\n"), b'|');
        assert_eq!(sniff_delimiter("\"x,y\";b;c\n"), b';');
        // Equal counts: the first of `,` tab `;` `|`; quotes close at the end of a line.
        assert_eq!(sniff_delimiter("a;b,c\n"), b',');
        assert_eq!(sniff_delimiter("a|b\tc\n"), b'\t');
        assert_eq!(sniff_delimiter("\"a,b\n;c;d\n"), b';');
        assert_eq!(sniff_delimiter("甲；乙，丙|丁\n"), b'|');
        assert_eq!(sniff_delimiter(""), b',');
    }

    #[test]
    fn containers() {
        assert_eq!(sniff_container(b"PK\x03\x04rest"), Container::Zip);
        assert_eq!(sniff_container(b"a,b\n"), Container::Text);
        assert_eq!(
            sniff_container(b"\x00\x01\x02\x03\x00\x00\x10\x00\x00\x00"),
            Container::Binary
        );
    }
}
