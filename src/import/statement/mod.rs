//! Bank statement formats that are not tables: OFX (1.x SGML and 2.x XML), ISO 20022
//! CAMT (.052/.053/.054) and SWIFT MT940/MT942, registered as text formats in
//! [`crate::import::formats::FORMATS`].
//!
//! These readers see the whole decoded text of a file (bounded by [`MAX_STATEMENT_BYTES`]).
//! A "row" of a statement file is one entry (an OFX `STMTTRN` or investment transaction,
//! a CAMT `Ntry`, an MT940 `:61:` line): each becomes a record, a counted skip with a
//! reason, or an error naming the file's line and column. Stated balances are checked
//! against the entries and recorded in [`FileReport::reconciliation`].

pub mod camt;
pub mod mt940;
pub mod ofx;

use std::sync::Arc;

use rust_decimal::Decimal;

use super::formats::TextFormat;
use super::{FileReport, ImportError, Reconcile};

/// The largest statement file read (statements are small; this keeps hostile input bounded).
pub const MAX_STATEMENT_BYTES: u64 = 64 * 1024 * 1024;

/// The statement formats, registered in [`crate::import::formats::FORMATS`].
pub(crate) static FORMATS: &[TextFormat] = &[
    TextFormat {
        id: "ofx",
        sniff: |h| is_ofx(h.text),
        sniff_beside: None,
        read: |f, sink, r| ofx::import(f.text, sink, r),
    },
    TextFormat {
        id: "camt",
        sniff: |h| is_camt(h.text),
        sniff_beside: None,
        read: |f, sink, r| camt::import(f.text, sink, r),
    },
    TextFormat {
        id: "mt940",
        sniff: |h| mt940::looks_like(h.text),
        sniff_beside: None,
        read: |f, sink, r| mt940::import(f.text, sink, r),
    },
];

/// The head without leading blanks, BOM and SOH.
fn trimmed(head: &str) -> &str {
    head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{1}')
}

/// OFX 1.x (`OFXHEADER`) or 2.x (`<?OFX …?>`), or a file starting with `<OFX>`, in the
/// first 4096 characters, upper or lower case. Compared in place (ASCII case folded) rather
/// than on an upper-cased copy: the head of every text file is tried.
fn is_ofx(head: &str) -> bool {
    let t = trimmed(head);
    // 4096 characters are at most 16 KiB.
    let mut end = t.len().min(4 * 4096);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let start = &t[..end];
    let within = |found: Option<usize>, len: usize| {
        found.is_some_and(|i| start[..i + len].chars().count() <= 4096)
    };
    starts_with_folded(start, "OFXHEADER")
        || within(find_folded(start, "<?OFX "), 6)
        || starts_with_folded(start, "<OFX>")
        || (starts_with_folded(start, "<?XML") && within(find_folded(start, "<OFX>"), 5))
}

/// Whether `s` starts with `upper` (upper-case ASCII), ASCII case folded.
fn starts_with_folded(s: &str, upper: &str) -> bool {
    s.as_bytes()
        .get(..upper.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(upper.as_bytes()))
}

/// Where `s` first holds `upper` (upper-case ASCII starting with `<`), ASCII case folded.
fn find_folded(s: &str, upper: &str) -> Option<usize> {
    memchr::memchr_iter(b'<', s.as_bytes()).find(|&i| starts_with_folded(&s[i..], upper))
}

/// ISO 20022 CAMT (.052/.053/.054).
fn is_camt(head: &str) -> bool {
    let t = trimmed(head);
    (t.starts_with("<?xml") || t.starts_with('<'))
        && head.contains("urn:iso:std:iso:20022:tech:xsd:camt.05")
}

/// A file that is not a usable statement: the whole-file error.
pub(crate) fn unusable(report: &FileReport, reason: crate::i18n::Msg) -> ImportError {
    ImportError::Unrecognised {
        file: report.file.clone(),
        reason,
    }
}

/// Record a balance check: `opening + sum(entries) = closing`.
pub(crate) fn reconcile_balance(
    report: &mut FileReport,
    what: crate::i18n::Msg,
    opening: Decimal,
    entries: Decimal,
    closing: Decimal,
) {
    let computed = opening + entries;
    report.reconciliation.push(Reconcile {
        what,
        stated: closing.normalize().to_string(),
        computed: computed.normalize().to_string(),
        ok: computed == closing,
    });
}

/// Record a count check (stated number of entries against entries seen).
pub(crate) fn reconcile_count(
    report: &mut FileReport,
    what: crate::i18n::Msg,
    stated: u64,
    seen: u64,
) {
    report.reconciliation.push(Reconcile {
        what,
        stated: stated.to_string(),
        computed: seen.to_string(),
        ok: stated == seen,
    });
}

/// 1-based line and column of a byte offset in `text`.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// (line, column), both 1-based; the column counts bytes from the line start.
    pub fn at(&self, offset: usize) -> (u64, u64) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let col = offset - self.starts.get(line).copied().unwrap_or(0);
        (line as u64 + 1, col as u64 + 1)
    }
}

/// Record an entry error at a 1-based line and column.
pub(crate) fn entry_error(report: &mut FileReport, line: u64, col: u64, message: crate::i18n::Msg) {
    report.error(line, col.saturating_sub(1) as usize, message);
}

/// Text shortened for messages.
pub(crate) fn shown(s: &str) -> String {
    let t: String = s.chars().take(60).collect();
    if t.len() < s.len() {
        format!("{t}…")
    } else {
        t
    }
}

pub(crate) fn src(file: &Arc<str>, row: u64) -> crate::model::SourceRef {
    super::generic::source(file, row)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::import::formats::{sniff_text, TextFile, FORMATS};
    use crate::import::Collect;
    use proptest::prelude::*;

    fn sniff(head: &str) -> Option<&'static str> {
        sniff_text(head, None).map(|f| f.id)
    }

    #[test]
    fn sniffs_statement_formats() {
        assert_eq!(sniff("OFXHEADER:100\nDATA:OFXSGML\n"), Some("ofx"));
        assert_eq!(sniff("\n\n  <OFX><SIGNONMSGSRSV1>"), Some("ofx"));
        assert_eq!(
            sniff("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>\n<OFX>"),
            Some("ofx")
        );
        assert_eq!(
            sniff("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"),
            Some("camt")
        );
        assert_eq!(
            sniff(":20:STARTUMS\n:25:12345678/0001\n:28C:1\n:60F:C250101EUR100,00\n"),
            Some("mt940")
        );
        assert_eq!(sniff("Date,Amount\n2025-01-01,1.00\n"), None);
        assert_eq!(sniff("<html><body>hi</body></html>"), None);
    }

    /// The text formats these properties run on: every registered one (a new format is
    /// run through them without being named here).
    fn readers() -> Vec<&'static TextFormat> {
        FORMATS
            .iter()
            .filter_map(|f| match f {
                crate::import::formats::Format::Texts(t) => Some(*t),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// Text made of the pieces these formats are built from, shuffled.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "<OFX>",
            "<STMTRS>",
            "<STMTTRN>",
            "</STMTTRN>",
            "<TRNAMT>",
            "-1,5",
            "<DTPOSTED>",
            "20250231",
            "<",
            ">",
            "</",
            "<Ntry>",
            "</Ntry>",
            "<Amt Ccy=\"EUR\">",
            "</Amt>",
            "<Stmt>",
            "</Stmt>",
            ":20:",
            ":61:",
            ":86:",
            ":60F:",
            ":62F:",
            "C250101EUR",
            "D",
            "RC",
            "0,",
            "?20",
            "{4:",
            "-}",
            "\n",
            "\r\n",
            "\t",
            "|",
            ",",
            ";",
            "\"",
            "é",
            "\u{1}",
            "07/21",
            "7:15A",
            "12:00P",
            "$",
            "(",
            ")",
            ".74",
            "Total",
            "C:",
            "Call",
            "99999999",
        ]);
        prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn readers_never_panic(body in pieces()) {
            let kinds = readers();
            prop_assert!(kinds.len() >= 20);
            let _ = sniff(&body);
            for prefix in ["", "<OFX>", "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>", ":20:X\n"] {
                let text = format!("{prefix}{body}");
                for k in &kinds {
                    let mut r = FileReport::new(std::sync::Arc::from("p"));
                    let file = TextFile { text: &text, path: None };
                    let res = (k.read)(&file, &mut Collect::default(), &mut r);
                    // Whatever the input: no panic, and every row accounted for.
                    prop_assert!(res.is_err() || r.accounted(), "{} {:?}", k.id, r);
                }
            }
        }
    }

    #[test]
    fn line_index() {
        let idx = LineIndex::new("ab\ncd\n\nef");
        assert_eq!(idx.at(0), (1, 1));
        assert_eq!(idx.at(4), (2, 2));
        assert_eq!(idx.at(7), (4, 1));
    }
}
