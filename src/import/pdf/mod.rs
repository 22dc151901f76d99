//! PDF bills and statements: text PDFs read into bill lines (and transactions, where the
//! layout is a table of them), every record cited by page and line (`file:page:line`).
//!
//! The text is extracted isolated (see [`extract`]); then the layouts are tried in turn:
//! a named layout ([`tmobile`]), else a table whose header row the table importers know
//! (see [`table`]). A PDF whose text fits none of them is reported as such ("PDF read,
//! layout not recognised: N pages of text"), never guessed into amounts; `billaudit import
//! --dump-text FILE` shows its text, lines and column positions, to write a profile from.
//!
//! A "row" of a PDF is one line of text on a page: each is a record or a counted skip
//! with its reason.

pub(crate) mod extract;
mod guard;
mod table;
pub(crate) mod tmobile;

use std::fmt::Write as _;
use std::sync::Arc;

use super::{FileReport, ImportError, ImportOptions, Sink};
use extract::{ExtractError, Limits, Page};

/// The largest PDF read (a bill or statement is well below it).
pub const MAX_PDF_BYTES: u64 = 64 << 20;

/// Whether the head of a file is a PDF (`%PDF-` within its first KiB, as readers accept).
pub fn is_pdf(head: &[u8]) -> bool {
    head[..head.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// The text of a PDF, page by page.
pub(crate) struct Doc {
    pub pages: Vec<Page>,
}

impl Doc {
    pub fn lines(&self) -> usize {
        self.pages.iter().map(|p| p.lines.len()).sum()
    }

    /// Every line with its page and 1-based line number, in reading order.
    pub fn each_line(&self) -> impl Iterator<Item = (u32, u64, &extract::Line)> {
        self.pages.iter().flat_map(|p| {
            p.lines
                .iter()
                .enumerate()
                .map(move |(i, l)| (p.number, i as u64 + 1, l))
        })
    }
}

fn read(bytes: Vec<u8>, opts: &ImportOptions, report: &FileReport) -> Result<Doc, ImportError> {
    guard::check_streams(&bytes, guard::MAX_INFLATED).map_err(|message| ImportError::Pdf {
        file: report.file.clone(),
        message,
    })?;
    let password = opts.password.as_ref().map(|p| p.expose());
    extract::extract(Arc::from(bytes), password, Limits::default())
        .map(|pages| Doc { pages })
        .map_err(|e| pdf_error(report, &e))
}

fn pdf_error(report: &FileReport, e: &ExtractError) -> ImportError {
    ImportError::Pdf {
        file: report.file.clone(),
        message: e.message(),
    }
}

/// Read a whole PDF (`bytes`, at most [`MAX_PDF_BYTES`]).
pub(crate) fn import(
    bytes: Vec<u8>,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    report.encoding = Some("pdf".into());
    let doc = read(bytes, opts, report)?;
    if let Some(layout) = super::formats::pdf_layout(&doc) {
        return (layout.read)(&doc, sink, report);
    }
    if table::import(&doc, opts, sink, report) {
        return Ok(());
    }
    let chars: usize = doc
        .each_line()
        .map(|(_, _, l)| {
            l.cells
                .iter()
                .map(|c| c.text.chars().count())
                .sum::<usize>()
        })
        .sum();
    Err(ImportError::Unrecognised {
        file: report.file.clone(),
        reason: if chars == 0 {
            crate::msg!("pdf-no-text", pages = doc.pages.len())
        } else {
            crate::msg!(
                "pdf-layout-not-recognised",
                pages = doc.pages.len(),
                lines = doc.lines()
            )
        },
    })
}

/// The extracted text of a PDF, one line per text line, each cell with its horizontal
/// position in points (`@72`), for writing a profile.
pub(crate) fn dump(
    bytes: Vec<u8>,
    opts: &ImportOptions,
    report: &FileReport,
) -> Result<String, ImportError> {
    let doc = read(bytes, opts, report)?;
    let mut out = String::new();
    for p in &doc.pages {
        let _ = writeln!(
            out,
            "== {} page {} ({} lines, {:.0} pt wide) ==",
            report.file,
            p.number,
            p.lines.len(),
            p.width
        );
        for (i, l) in p.lines.iter().enumerate() {
            let cells: Vec<String> = l
                .cells
                .iter()
                .map(|c| format!("@{:.0} {}", c.x, c.text))
                .collect();
            let _ = writeln!(out, "{}:{}: {}", p.number, i + 1, cells.join("  "));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_heads() {
        assert!(is_pdf(b"%PDF-1.7\n%\xe2\xe3"));
        // Some producers put bytes before the marker; readers accept it within 1 KiB.
        assert!(is_pdf(b"\r\n\x00junk%PDF-1.4"));
        assert!(!is_pdf(b"PDF-1.4 is not it"));
        let mut late = vec![b' '; 2000];
        late.extend_from_slice(b"%PDF-1.4");
        assert!(!is_pdf(&late));
    }
}
