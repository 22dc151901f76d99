//! Files that are known not to be data billaudit reads, with a reason that tells the user
//! what to do: an Office lock file (`~$….xlsx`), and formats that are not read yet (images,
//! Word documents, OFD e-invoices; PDF and HTML/e-mail bills have importers of their own). Recognised by their first bytes;
//! a lock file also by its `~$` name, since its content is only a user name.

use super::text::{sniff_container, Container};

/// The most a lock file holds (Office writes 162 or 165 bytes).
const MAX_LOCK_FILE_BYTES: usize = 4096;

/// Why the file with this display name and first bytes is not read, if it is one of the
/// files above.
pub(crate) fn unread_reason(display: &str, head: &[u8]) -> Option<crate::i18n::Msg> {
    let name = display.rsplit(['/', '\\']).next().unwrap_or(display);
    let container = sniff_container(head);
    if name.starts_with("~$")
        && head.len() <= MAX_LOCK_FILE_BYTES
        && !matches!(container, Container::Zip | Container::Ole)
    {
        return Some(lock_file());
    }
    let format = if head.starts_with(b"\x89PNG\r\n\x1a\n")
        || head.starts_with(b"\xFF\xD8\xFF")
        || head.starts_with(b"GIF8")
        || (head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP"))
    {
        crate::msg!("format-image")
    } else if container == Container::Zip && contains(head, b"OFD.xml") {
        crate::msg!("format-ofd")
    } else if container == Container::Zip && contains(head, b"word/") {
        crate::msg!("format-word")
    } else {
        return None;
    };
    Some(not_read_yet(format))
}

fn lock_file() -> crate::i18n::Msg {
    crate::msg!("not-read-lock-file")
}

fn not_read_yet(format: crate::i18n::Msg) -> crate::i18n::Msg {
    crate::msg!("not-read-format-not-yet", format = format)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Excel writes beside an open workbook: the user's name as a length-prefixed
    /// string padded with spaces, then NULs and the name again in UTF-16.
    fn lock_bytes(user: &str) -> Vec<u8> {
        let mut b = vec![user.len() as u8];
        b.extend_from_slice(user.as_bytes());
        b.resize(55, b' ');
        b.extend_from_slice(&[0, 0]);
        for u in user.encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        b.resize(162, 0x20);
        b
    }

    #[test]
    fn lock_files_are_named_as_such() {
        for name in [
            "~$bill.xlsx",
            "bills/~$2025-06.xlsx",
            "a\\~$b.xls",
            "~$x.docx",
        ] {
            let r = unread_reason(name, &lock_bytes("Wang Wei"))
                .unwrap()
                .to_string();
            assert!(
                r.contains("lock file") && r.contains("close the workbook"),
                "{r}"
            );
        }
        // A real workbook saved under such a name is read, and so is a plain text file with
        // a tilde name bigger than a lock file.
        assert_eq!(unread_reason("~$bill.xlsx", b"PK\x03\x04rest"), None);
        assert_eq!(unread_reason("~$notes.csv", &vec![b'a'; 5000]), None);
        assert_eq!(unread_reason("bill.xlsx", &lock_bytes("Wang Wei")), None);
    }

    #[test]
    fn formats_not_read_yet_say_so() {
        let cases: [(&[u8], &str); 4] = [
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "an image"),
            (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "an image"),
            (b"PK\x03\x04\x14\0\0\0\x08\0OFD.xml", "OFD"),
            (
                b"PK\x03\x04\x14\0\0\0\x08\0word/document.xml",
                "a Word document",
            ),
        ];
        for (head, what) in cases {
            let r = unread_reason("x", head).unwrap().to_string();
            assert!(r.starts_with(what) && r.contains("not read yet"), "{r}");
            assert!(r.contains("CSV or XLSX"), "{r}");
        }
        for data in [
            &b"PK\x03\x04\x14\0\0\0\x08\0xl/workbook.xml"[..],
            b"date,amount\n2025-01-01,1\n",
            b"<?xml version=\"1.0\"?><Document>",
        ] {
            assert_eq!(unread_reason("x.csv", data), None);
        }
    }
}
