//! A PDF's compressed streams, checked before the extractor inflates them: lopdf inflates
//! a whole stream into memory, so a small file whose streams inflate to gigabytes (a
//! "flate bomb") would exhaust memory before any other bound applies. Every stream that
//! inflates as zlib is inflated here into a counter (nothing kept), and the file is refused
//! once the total passes [`MAX_INFLATED`]. Streams of an encrypted PDF are only inflatable
//! after decryption: for those the extractor's own bounds (time, pages, characters) apply.

use std::io::{self, Read, Write};

use crate::i18n::Msg;

/// The most bytes all streams of a PDF may inflate to.
pub const MAX_INFLATED: u64 = 256 << 20;

/// Check the streams of `bytes`: `Err` with the reason when they inflate past `limit`.
pub(crate) fn check_streams(bytes: &[u8], limit: u64) -> Result<(), Msg> {
    let mut total = 0u64;
    let mut at = 0;
    while let Some(start) = find(&bytes[at..], b"stream") {
        let mut body = at + start + b"stream".len();
        // `endstream` contains `stream`: only a keyword followed by an end of line opens one.
        match bytes.get(body..body + 2) {
            Some([b'\r', b'\n']) => body += 2,
            Some([b'\n', _]) | Some([b'\r', _]) => body += 1,
            _ => {
                at = body;
                continue;
            }
        }
        let Some(end) = find(&bytes[body..], b"endstream").map(|e| body + e) else {
            // A stream cut short: counted up to the end of the file.
            total += inflated_size(&bytes[body..], limit.saturating_sub(total) + 1);
            break;
        };
        total += inflated_size(&bytes[body..end], limit.saturating_sub(total) + 1);
        if total > limit {
            return Err(too_much(limit));
        }
        at = end + b"endstream".len();
    }
    if total > limit {
        return Err(too_much(limit));
    }
    Ok(())
}

fn too_much(limit: u64) -> Msg {
    crate::msg!("guard-pdf-inflate", mib = limit >> 20)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// How many bytes `data` inflates to as a zlib stream, counting at most `cap` (0 when it
/// is not zlib: an image, an encrypted stream).
fn inflated_size(data: &[u8], cap: u64) -> u64 {
    if data.len() < 2
        || data[0] & 0x0F != 8
        || (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 != 0
    {
        return 0;
    }
    let mut counter = Counter(0);
    let mut decoder = flate2::read::ZlibDecoder::new(data).take(cap);
    // A damaged stream ends the count where it breaks.
    let _ = io::copy(&mut decoder, &mut counter);
    counter.0
}

struct Counter(u64);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn pdf_with(streams: &[Vec<u8>]) -> Vec<u8> {
        let mut out = b"%PDF-1.5\n".to_vec();
        for (i, s) in streams.iter().enumerate() {
            out.extend_from_slice(
                format!(
                    "{} 0 obj << /Length {} /Filter /FlateDecode >>\nstream\r\n",
                    i + 1,
                    s.len()
                )
                .as_bytes(),
            );
            out.extend_from_slice(s);
            out.extend_from_slice(b"\r\nendstream\nendobj\n");
        }
        out
    }

    #[test]
    fn streams_that_inflate_past_the_limit_are_refused() {
        // 3 MiB of zeros compress to a few KiB: a bomb against a 2 MiB limit.
        let bomb = zlib(&vec![0u8; 3 << 20]);
        assert!(bomb.len() < 8 << 10);
        let err = check_streams(&pdf_with(std::slice::from_ref(&bomb)), 2 << 20).unwrap_err();
        assert!(err.contains("more than 2 MiB"), "{err}");
        assert_eq!(err.id(), "guard-pdf-inflate");
        // Two streams of 1.5 MiB each: it is the total that counts.
        let half = zlib(&vec![7u8; 3 << 19]);
        assert!(check_streams(&pdf_with(std::slice::from_ref(&half)), 2 << 20).is_ok());
        assert!(check_streams(&pdf_with(&[half.clone(), half]), 2 << 20).is_err());
        // Not zlib (an image, an encrypted stream) or cut short: no count, no error.
        assert!(check_streams(&pdf_with(&[vec![0xFF, 0xD8, 0xFF, 0xE0]]), 2 << 20).is_ok());
        assert!(check_streams(&pdf_with(&[bomb[..bomb.len() / 2].to_vec()]), 64 << 20).is_ok());
        assert!(check_streams(b"%PDF-1.4 endstream stream", 1).is_ok());
    }
}
