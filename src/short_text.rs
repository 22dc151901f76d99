//! A short text (a phone number, a usage type such as `上网`) as a key that hashes and
//! compares in a few instructions. A byte-slice or `String` key costs a call to memcmp per
//! comparison, which on the per-row paths (a memo looked up on every usage row) is more
//! than the rest of the lookup.

/// A text of at most 16 bytes: its first and its last eight bytes (overlapping when it is
/// shorter than 16), zero-padded below 8, and its length. Equal keys mean equal texts: with
/// the length known, the two words hold every byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ShortText {
    head: u64,
    tail: u64,
    len: u8,
}

impl std::hash::Hash for ShortText {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // One 128-bit write, which foldhash mixes in one step (three writes take three).
        let tail = self.tail ^ u64::from(self.len);
        state.write_u128(u128::from(self.head) | (u128::from(tail) << 64));
    }
}

impl ShortText {
    /// The key of `b`, or `None` when it is longer than 16 bytes.
    #[inline]
    pub(crate) fn of(b: &[u8]) -> Option<ShortText> {
        if b.len() > 16 {
            return None;
        }
        let (head, tail) = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
            (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
            _ => {
                let mut w = [0u8; 8];
                w[..b.len()].copy_from_slice(b);
                (u64::from_le_bytes(w), 0)
            }
        };
        Some(ShortText {
            head,
            tail,
            len: b.len() as u8,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_are_equal_texts() {
        let texts: &[&[u8]] = &[
            b"",
            b"\0",
            b"1",
            b"1\0",
            b"13800138000",
            b"1380013800",
            b"12345678",
            b"123456789",
            b"1\0\0\0\0\0\0\0",
            b"1234567812345678",
            b"0123456789abcdef",
            b"123456789abcdef0",
            "上网".as_bytes(),
            "上网\0".as_bytes(),
            "国内通话".as_bytes(),
            "国内长途".as_bytes(),
            "短信".as_bytes(),
        ];
        for a in texts {
            for b in texts {
                assert_eq!(ShortText::of(a) == ShortText::of(b), a == b, "{a:?} {b:?}");
            }
        }
        assert!(ShortText::of(b"0123456789abcdefg").is_none());
        assert!(ShortText::of("国内长途主叫".as_bytes()).is_none());
    }
}
