//! PDF text with positions, extracted where a malformed file cannot take the audit down.
//!
//! `pdf-extract` panics on some malformed input by design, and a hostile file can make it
//! run long. So extraction runs on a worker thread: a panic there is caught and becomes
//! this file's error, and a file that does not finish within [`Limits::time`] is given up
//! (the worker is told to stop at the next glyph and left to wind down on its own). The
//! input size, the page count and the text kept are bounded too.
//!
//! The glyphs of a page are grouped into lines (by baseline) and each line into cells (runs
//! of text separated by a gap wider than about a character), top to bottom and left to
//! right, each cell with its horizontal position: enough to read tables by column.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use crate::i18n::Msg;

/// Bounds on one PDF.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// The longest extraction may take.
    pub time: Duration,
    /// The most pages read.
    pub pages: usize,
    /// The most glyphs kept over all pages (about 4 bytes each in the output).
    pub glyphs: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time: Duration::from_secs(60),
            pages: 2000,
            glyphs: 4_000_000,
        }
    }
}

/// A run of text on a line: where it starts and ends (points from the left edge).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cell {
    pub x: f64,
    pub x_end: f64,
    pub text: String,
}

/// One line of a page (line numbers are 1-based, top to bottom).
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    pub cells: Vec<Cell>,
}

/// The text of one page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Page {
    pub number: u32,
    pub width: f64,
    pub lines: Vec<Line>,
}

/// Why a PDF's text could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ExtractError {
    /// Encrypted, and no password was given (the empty one does not open it).
    NeedsPassword,
    /// Encrypted, and the password given does not open it.
    WrongPassword,
    /// Not a PDF that can be parsed: why.
    Malformed(Msg),
    /// The extractor panicked (a malformed file); the message it gave.
    Panicked(Msg),
    /// It did not finish in time.
    TimedOut(Duration),
    /// More pages or text than [`Limits`] allow: which.
    TooLarge(Msg),
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl ExtractError {
    /// The error as a catalogue message (the extractor's own words, where it gave some,
    /// kept as they are; `Display` is its fallback-language text).
    pub(crate) fn message(&self) -> crate::i18n::Msg {
        match self {
            ExtractError::NeedsPassword => crate::msg!("pdf-needs-password"),
            ExtractError::WrongPassword => crate::msg!("pdf-wrong-password"),
            ExtractError::Malformed(m) => crate::msg!("pdf-malformed", detail = m),
            ExtractError::Panicked(m) => crate::msg!("pdf-extractor-failed", detail = m),
            ExtractError::TimedOut(d) => crate::msg!("pdf-timed-out", seconds = d.as_secs()),
            ExtractError::TooLarge(m) => crate::msg!("pdf-too-large", detail = m),
        }
    }
}

/// The name of the worker threads.
const WORKER_NAME: &str = "billaudit-pdf";

/// Extract the text of every page of `bytes`, isolated (see the module docs).
pub(crate) fn extract(
    bytes: Arc<[u8]>,
    password: Option<&str>,
    limits: Limits,
) -> Result<Vec<Page>, ExtractError> {
    let password = password.map(str::to_owned);
    isolated(limits.time, move |cancel| {
        pages(&bytes, password.as_deref(), cancel, limits)
    })
}

/// Run `work` on a worker thread, under the import guard's `catch_quietly` (shared with
/// the workbook reader): its panic becomes [`ExtractError::Panicked`], and when
/// it has not finished within `time` the cancel flag it is given is set and
/// [`ExtractError::TimedOut`] returned at once (the worker winds down on its own).
pub(crate) fn isolated<T: Send + 'static>(
    time: Duration,
    work: impl FnOnce(&AtomicBool) -> Result<T, ExtractError> + Send + 'static,
) -> Result<T, ExtractError> {
    let cancel = Arc::new(AtomicBool::new(false));
    let stop = cancel.clone();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(WORKER_NAME.into())
        // Deeply nested objects recurse: give them room.
        .stack_size(64 << 20)
        .spawn(move || {
            let result = crate::import::guard::catch_quietly(|| work(&stop));
            // The receiver may have given up waiting: nothing to do then.
            let _ = tx.send(result);
        });
    let worker = match spawned {
        Ok(worker) => worker,
        Err(e) => {
            return Err(ExtractError::Malformed(crate::msg!(
                "pdf-thread-not-started",
                error = e.to_string()
            )))
        }
    };
    let outcome = rx.recv_timeout(time);
    if let Err(mpsc::RecvTimeoutError::Timeout) = outcome {
        // Left to wind down on its own: it checks the flag between pages.
        cancel.store(true, Ordering::Relaxed);
        return Err(ExtractError::TimedOut(time));
    }
    // It has sent its result (or ended without one) and is about to end: wait for it, so
    // that no thread of a finished import outlives it. Its panic was caught and sent.
    let _ = worker.join();
    match outcome {
        Ok(Ok(result)) => result,
        Ok(Err(message)) => Err(ExtractError::Panicked(message)),
        Err(_) => Err(ExtractError::Panicked(crate::msg!("pdf-thread-no-result"))),
    }
}

fn pages(
    bytes: &[u8],
    password: Option<&str>,
    cancel: &AtomicBool,
    limits: Limits,
) -> Result<Vec<Page>, ExtractError> {
    // lopdf tries the empty password itself, then the one given.
    let options = pdf_extract::LoadOptions::with_password(password.unwrap_or(""));
    let doc = match pdf_extract::Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(pdf_extract::Error::InvalidPassword) => {
            return Err(match password {
                None | Some("") => ExtractError::NeedsPassword,
                Some(_) => ExtractError::WrongPassword,
            })
        }
        Err(e) => {
            return Err(ExtractError::Malformed(crate::msg!(
                "verbatim",
                text = e.to_string()
            )))
        }
    };
    if doc.is_encrypted() && !doc.was_encrypted() {
        return Err(ExtractError::NeedsPassword);
    }
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    if numbers.len() > limits.pages {
        return Err(ExtractError::TooLarge(crate::msg!(
            "pdf-too-many-pages",
            pages = numbers.len(),
            max = limits.pages
        )));
    }
    let mut dev = Glyphs::new(cancel, limits.glyphs);
    let mut out = Vec::with_capacity(numbers.len());
    for n in numbers {
        match pdf_extract::output_doc_page(&doc, &mut dev, n) {
            Ok(()) => {}
            Err(_) if dev.stopped == Some(Stop::Cancelled) => {
                return Err(ExtractError::TimedOut(limits.time))
            }
            Err(_) if dev.stopped == Some(Stop::Full) => {
                return Err(ExtractError::TooLarge(crate::msg!(
                    "pdf-too-much-text",
                    max = limits.glyphs
                )))
            }
            Err(e) => {
                return Err(ExtractError::Malformed(crate::msg!(
                    "pdf-page-error",
                    page = n,
                    error = error_text(&e)
                )))
            }
        }
        out.push(Page {
            number: n,
            width: dev.width,
            lines: lines_of(std::mem::take(&mut dev.page)),
        });
    }
    Ok(out)
}

fn error_text(e: &OutputError) -> String {
    match e {
        OutputError::FormatError(e) => e.to_string(),
        OutputError::IoError(e) => e.to_string(),
        OutputError::PdfError(e) => e.to_string(),
    }
}

/// One glyph as placed on the page (y grows downwards from the top edge).
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    advance: f64,
    size: f64,
    text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Cancelled,
    Full,
}

/// Collects the glyphs of a page.
struct Glyphs<'a> {
    cancel: &'a AtomicBool,
    budget: usize,
    stopped: Option<Stop>,
    height: f64,
    left: f64,
    width: f64,
    page: Vec<Glyph>,
}

impl<'a> Glyphs<'a> {
    fn new(cancel: &'a AtomicBool, budget: usize) -> Self {
        Glyphs {
            cancel,
            budget,
            stopped: None,
            height: 0.0,
            left: 0.0,
            width: 0.0,
            page: Vec::new(),
        }
    }

    fn stop(&mut self, why: Stop) -> Result<(), OutputError> {
        self.stopped = Some(why);
        Err(OutputError::FormatError(std::fmt::Error))
    }
}

impl OutputDev for Glyphs<'_> {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury;
        self.left = media_box.llx;
        self.width = (media_box.urx - media_box.llx).abs();
        self.page.clear();
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        if self.cancel.load(Ordering::Relaxed) {
            return self.stop(Stop::Cancelled);
        }
        if self.budget == 0 {
            return self.stop(Stop::Full);
        }
        self.budget -= 1;
        let size = font_size * ((trm.m11 + trm.m21) * (trm.m12 + trm.m22)).abs().sqrt();
        let (x, y) = (trm.m31 - self.left, self.height - trm.m32);
        if !(x.is_finite() && y.is_finite() && size.is_finite()) {
            return Ok(());
        }
        self.page.push(Glyph {
            x,
            y,
            advance: (width * size).max(0.0),
            size: size.max(0.1),
            text: text.to_string(),
        });
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Group a page's glyphs into lines (top to bottom) of cells (left to right).
fn lines_of(mut glyphs: Vec<Glyph>) -> Vec<Line> {
    glyphs.retain(|g| !g.text.trim().is_empty() || g.text == " ");
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    let mut base = f64::NEG_INFINITY;
    for g in glyphs {
        // A glyph within half its size of the line's baseline is on that line.
        match rows.last_mut() {
            Some(row) if (g.y - base).abs() <= g.size * 0.5 => row.push(g),
            _ => {
                base = g.y;
                rows.push(vec![g]);
            }
        }
    }
    rows.into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            cells_of(&row)
        })
        .filter(|l| !l.cells.is_empty())
        .collect()
}

/// Split one line's glyphs into cells where the gap is wider than about a character.
fn cells_of(row: &[Glyph]) -> Line {
    let mut cells: Vec<Cell> = Vec::new();
    let mut end = f64::NEG_INFINITY;
    for g in row {
        if g.text == " " {
            continue;
        }
        let gap = g.x - end;
        match cells.last_mut() {
            Some(cell) if gap < g.size * 0.9 => {
                if gap > g.size * 0.15 && !cell.text.ends_with(' ') {
                    cell.text.push(' ');
                }
                cell.text.push_str(&g.text);
                cell.x_end = cell.x_end.max(g.x + g.advance);
            }
            _ => cells.push(Cell {
                x: g.x,
                x_end: g.x + g.advance,
                text: g.text.clone(),
            }),
        }
        end = end.max(g.x + g.advance);
    }
    for c in &mut cells {
        c.text = c.text.trim().to_string();
    }
    cells.retain(|c| !c.text.is_empty());
    Line { cells }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(x: f64, y: f64, t: &str) -> Glyph {
        Glyph {
            x,
            y,
            advance: 6.0,
            size: 10.0,
            text: t.into(),
        }
    }

    #[test]
    fn glyphs_group_into_lines_and_cells() {
        // Two lines given out of order; a word gap inside a cell, a column gap between cells.
        let glyphs = vec![
            g(100.0, 40.0, "9"),
            g(10.0, 20.0, "A"),
            g(16.0, 20.0, "B"),
            g(24.0, 21.0, "C"),
            g(200.0, 20.0, "5"),
            g(10.0, 40.0, "x"),
        ];
        let lines = lines_of(glyphs);
        assert_eq!(lines.len(), 2);
        let texts: Vec<&str> = lines[0].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["AB C", "5"]);
        assert_eq!(lines[0].cells[1].x, 200.0);
        let texts: Vec<&str> = lines[1].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["x", "9"]);
    }

    #[test]
    fn a_panic_in_the_worker_is_the_files_error() {
        let r: Result<(), _> = isolated(Duration::from_secs(5), |_| panic!("boom"));
        assert_eq!(
            r,
            Err(ExtractError::Panicked(crate::msg!(
                "verbatim",
                text = "boom"
            )))
        );
    }

    #[test]
    fn a_worker_past_its_time_is_given_up_and_told_to_stop() {
        let (tx, rx) = mpsc::channel();
        let r: Result<(), _> = isolated(Duration::from_millis(50), move |cancel| {
            while !cancel.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(5));
            }
            let _ = tx.send("stopped");
            Ok(())
        });
        assert_eq!(r, Err(ExtractError::TimedOut(Duration::from_millis(50))));
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok("stopped"));
    }

    #[test]
    fn garbage_is_malformed_not_a_panic() {
        let r = extract(
            Arc::from(&b"%PDF-1.4\nnot really"[..]),
            None,
            Limits::default(),
        );
        assert!(matches!(r, Err(ExtractError::Malformed(_))), "{r:?}");
    }
}
