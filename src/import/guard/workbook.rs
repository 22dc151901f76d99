//! Opening and reading a workbook where a hostile file cannot take the process down: the
//! bytes are checked first ([`super::xlsx::check`], [`super::xls::check`]) so that calamine
//! is never asked to allocate what the file merely declares, and every call into calamine
//! runs under `catch_unwind`, so that a panic on a damaged record becomes this file's error.

use std::cell::Cell;
use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

use calamine::{Data, Range, Reader, Sheets, Xls, Xlsx};

use crate::i18n::Msg;
use crate::msg;

const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// A workbook opened through the guard.
pub(crate) struct Workbook(Sheets<Cursor<Vec<u8>>>);

/// Check and open an XLSX or XLS workbook. Other ZIP workbooks (ODS, XLSB) are refused.
pub(crate) fn open_workbook(bytes: Vec<u8>) -> Result<Workbook, Msg> {
    if bytes.starts_with(OLE_MAGIC) {
        super::xls::check(&bytes)?;
        guarded(|| {
            calamine::open_workbook_from_rs::<Xls<_>, _>(Cursor::new(bytes))
                .map(|wb| Workbook(Sheets::Xls(wb)))
                .map_err(|e| msg!("verbatim", text = e.to_string()))
        })
    } else {
        super::check_zip(&bytes)?;
        super::xlsx::check(&bytes)?;
        guarded(|| {
            calamine::open_workbook_from_rs::<Xlsx<_>, _>(Cursor::new(bytes))
                .map(|wb| Workbook(Sheets::Xlsx(wb)))
                .map_err(|e| msg!("guard-workbook-not-xlsx", error = e.to_string()))
        })
    }
}

impl Workbook {
    pub(crate) fn sheet_names(&self) -> Vec<String> {
        self.0.sheet_names()
    }

    /// The cells of one sheet; a panic inside the reader is this sheet's error.
    pub(crate) fn worksheet_range(&mut self, name: &str) -> Result<Range<Data>, Msg> {
        guarded(|| {
            self.0
                .worksheet_range(name)
                .map_err(|e| msg!("verbatim", text = e.to_string()))
        })
    }
}

thread_local! {
    /// How deep this thread is inside [`guarded`]: a panic there is reported as the file's
    /// error, so the panic hook stays quiet about it.
    static GUARDED: Cell<u32> = const { Cell::new(0) };
}

static QUIET_HOOK: Once = Once::new();

/// Run `f`, turning a panic into an error that names what went wrong.
pub(crate) fn guarded<T>(f: impl FnOnce() -> Result<T, Msg>) -> Result<T, Msg> {
    catch_quietly(f).unwrap_or_else(|what| Err(msg!("guard-reader-panicked", detail = what)))
}

/// Run `f` under `catch_unwind` with the panic hook quiet for this thread: a panic is
/// `Err` with its message (the panicking code's own words, or that it gave none), for the caller to report as the file's error (the workbook
/// guard here, the PDF extraction worker in `import::pdf`).
pub(crate) fn catch_quietly<T>(f: impl FnOnce() -> T) -> Result<T, Msg> {
    QUIET_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if GUARDED.try_with(Cell::get).unwrap_or(0) == 0 {
                previous(info);
            }
        }));
    });
    GUARDED.with(|g| g.set(g.get() + 1));
    let result = catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(g.get() - 1));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .map_or_else(
                || msg!("guard-panic-no-message"),
                |s| msg!("verbatim", text = s),
            )
    })
}
