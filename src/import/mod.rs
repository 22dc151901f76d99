//! Importers: read exported files into the normalised model.
//!
//! Files are recognised by their content (container, encoding, header row), never by
//! their names. Every row of a file ends up as a record or in a counted skip with a reason;
//! a row that cannot be read is a [`RowError`] naming file, row and column.

pub mod apart;
pub(crate) mod formats;
pub mod generic;
pub mod guard;
pub mod header;
pub mod mail;
pub mod pdf;
pub mod profile;
pub mod progress;
pub mod records;
pub mod statement;
pub mod table_currency;
pub mod text;
mod unread;
pub mod workbook;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs::File;
use std::io::{self, Cursor, Read};
use std::path::Path;
use std::sync::{Arc, LazyLock};

use calamine::Data;
use chrono::NaiveDateTime;
use regex::Regex;
use serde::Serialize;

use crate::i18n::{Lang, Msg};
use crate::model::{
    BillLine, BillTotal, DateRange, Period, RecordKind, Transaction, UsageKind, UsageRecord,
};
use crate::parse::{clean, parse_date, parse_period};
use generic::{source, Layout, Outcome, RowView};
use text::{sniff_container, sniff_delimiter, sniff_encoding, Container};

/// Where imported records go. The audit streams usage records into an aggregator
/// through this trait, so they are never all held in memory.
pub trait Sink {
    fn bill_line(&mut self, line: BillLine);
    fn bill_total(&mut self, total: BillTotal);
    /// Usage comes by reference: the importer reuses the record's buffers for the next row.
    fn usage(&mut self, record: &UsageRecord);
    fn transaction(&mut self, tx: Transaction);
}

/// A sink that keeps everything (tests, small files).
#[derive(Debug, Default)]
pub struct Collect {
    pub bill_lines: Vec<BillLine>,
    pub bill_totals: Vec<BillTotal>,
    pub usage: Vec<UsageRecord>,
    pub transactions: Vec<Transaction>,
}

impl Sink for Collect {
    fn bill_line(&mut self, line: BillLine) {
        self.bill_lines.push(line);
    }
    fn bill_total(&mut self, total: BillTotal) {
        self.bill_totals.push(total);
    }
    fn usage(&mut self, record: &UsageRecord) {
        self.usage.push(record.clone());
    }
    fn transaction(&mut self, tx: Transaction) {
        self.transactions.push(tx);
    }
}

/// A row that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub file: Arc<str>,
    /// 1-based page, where the file has pages (PDF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    pub row: u64,
    /// 1-based column; 0 when the error is about the row as a whole.
    pub col: u64,
    pub message: Msg,
}

impl RowError {
    /// The error in `lang`: `FILE:ROW:COL: message`.
    pub fn render(&self, lang: Lang) -> String {
        let at = crate::model::location(&self.file, self.page, Some(self.row));
        if self.col == 0 {
            return format!("{at}: {}", self.message.render(lang));
        }
        format!("{at}:{}: {}", self.col, self.message.render(lang))
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Column 0: the whole row (a value the record was built from, not one cell).
        let at = crate::model::location(&self.file, self.page, Some(self.row));
        if self.col == 0 {
            return write!(f, "{at}: {}", self.message);
        }
        write!(f, "{at}:{}: {}", self.col, self.message)
    }
}

/// Why a whole file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: cannot read: {source}")]
    Io {
        file: Arc<str>,
        #[source]
        source: io::Error,
    },
    #[error("{file}: not recognised: {reason}")]
    Unrecognised { file: Arc<str>, reason: Msg },
    /// A file or case entry known not to be read: an Office lock file, a format not read
    /// yet, a FIFO, a link out of the case folder, a repeated copy.
    #[error("{file}: not read: {reason}")]
    NotRead { file: Arc<str>, reason: Msg },
    #[error("{file}: cannot open as a spreadsheet: {message}")]
    Workbook { file: Arc<str>, message: Msg },
    #[error("{file}: cannot read the PDF: {message}")]
    Pdf { file: Arc<str>, message: Msg },
    #[error("{file}:{line}: cannot read CSV: {message}")]
    Csv {
        file: Arc<str>,
        line: u64,
        message: Msg,
    },
    /// A file billaudit wrote itself (a report or evidence pack saved into the case folder).
    #[error("{file}: billaudit's own {what}; never imported")]
    OwnOutput { file: Arc<str>, what: Msg },
    /// A bug met on this file's content: the file's records are not used, the audit goes on.
    #[error("{file}: reading stopped on an internal error ({message}); none of its records are used, please report this file's layout")]
    Internal { file: Arc<str>, message: String },
}

impl ImportError {
    /// The file the error is about.
    pub fn file(&self) -> &str {
        match self {
            ImportError::Io { file, .. }
            | ImportError::Unrecognised { file, .. }
            | ImportError::NotRead { file, .. }
            | ImportError::Workbook { file, .. }
            | ImportError::Pdf { file, .. }
            | ImportError::Csv { file, .. }
            | ImportError::OwnOutput { file, .. }
            | ImportError::Internal { file, .. } => file,
        }
    }

    /// What went wrong, without the file name, as a message.
    pub fn detail(&self) -> Msg {
        use crate::msg;
        match self {
            ImportError::Io { source, .. } => {
                msg!("import-error-io", error = source.to_string())
            }
            ImportError::Unrecognised { reason, .. } => {
                msg!("import-error-unrecognised", reason = reason)
            }
            ImportError::NotRead { reason, .. } => msg!("import-error-not-read", reason = reason),
            ImportError::Workbook { message, .. } => {
                msg!("import-error-workbook", message = message)
            }
            ImportError::Pdf { message, .. } => msg!("import-error-pdf", message = message),
            ImportError::Csv { line, message, .. } => {
                msg!("import-error-csv", line = *line, message = message)
            }
            ImportError::OwnOutput { what, .. } => msg!("import-error-own-output", what = what),
            ImportError::Internal { message, .. } => {
                msg!("import-error-internal", message = message)
            }
        }
    }

    /// The error in `lang`: `FILE: what went wrong`.
    pub fn render(&self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "file-said",
            file = self.file(),
            text = self.detail().render(lang)
        )
    }
}

/// How one file was read.
#[derive(Debug, Serialize)]
pub struct FileReport {
    pub file: Arc<str>,
    /// The format id (`generic-bill`, `generic-usage`, `generic-transactions`, …).
    pub format: Option<String>,
    pub kind: Option<RecordKind>,
    pub encoding: Option<String>,
    pub sheet: Option<String>,
    pub header_row: Option<u64>,
    /// All rows (lines or sheet rows) seen, preamble included.
    pub rows: u64,
    pub records: u64,
    /// Rows that are not records, by reason (JSON: the reason's text in the fallback
    /// language).
    #[serde(serialize_with = "ser_skipped")]
    pub skipped: BTreeMap<Msg, u64>,
    /// Rows that could not be read (the first [`MAX_ERRORS`] in detail).
    pub errors: Vec<RowError>,
    pub error_count: u64,
    /// The date range the file says it covers (usage exports).
    pub coverage: Option<DateRange>,
    pub usage_kinds: BTreeSet<UsageKind>,
    /// Why the file could not be used at all.
    #[serde(serialize_with = "ser_failure")]
    pub failure: Option<ImportError>,
    pub notes: Vec<Msg>,
    /// Parts of the file that were not read and are not counted as rows (a sheet that could
    /// not be loaded): the file is not fully accounted for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<Msg>,
    /// Checks of the file's own stated totals (count and sums, balances) against its records.
    pub reconciliation: Vec<Reconcile>,
    /// Usage rows that could not be read, by the month of their start where it could be
    /// read (the others are `error_count` less these).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub unread_usage: BTreeMap<Period, u64>,
    /// The currencies the file states for its amounts (none: the case's currency).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub currencies: BTreeSet<crate::model::Currency>,
    /// Records in another currency than the case's, kept apart (the first
    /// [`apart::MAX_LISTED`]; all are counted in `skipped`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kept_apart: Vec<apart::KeptApart>,
}

/// One comparison of a total a file states with what its records add up to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reconcile {
    /// What was compared (`支出 sum`, `closing balance 2024-01-31`, …).
    pub what: Msg,
    pub stated: String,
    pub computed: String,
    pub ok: bool,
}

impl Reconcile {
    /// A stated amount against the sum of the records.
    pub(crate) fn amounts(
        what: Msg,
        stated: rust_decimal::Decimal,
        computed: rust_decimal::Decimal,
    ) -> Reconcile {
        Reconcile {
            what,
            stated: stated.to_string(),
            computed: computed.to_string(),
            ok: stated == computed,
        }
    }

    /// A stated count against the records counted.
    pub(crate) fn counts(what: Msg, stated: u64, computed: u64) -> Reconcile {
        Reconcile {
            what,
            stated: stated.to_string(),
            computed: computed.to_string(),
            ok: stated == computed,
        }
    }
}

fn ser_skipped<S: serde::Serializer>(m: &BTreeMap<Msg, u64>, s: S) -> Result<S::Ok, S::Error> {
    let mut by_text: BTreeMap<String, u64> = BTreeMap::new();
    for (reason, n) in m {
        *by_text.entry(reason.to_string()).or_default() += n;
    }
    serde::Serialize::serialize(&by_text, s)
}

fn ser_failure<S: serde::Serializer>(f: &Option<ImportError>, s: S) -> Result<S::Ok, S::Error> {
    match f {
        Some(e) => s.serialize_some(&e.to_string()),
        None => s.serialize_none(),
    }
}

/// The skip reason of a bill's stated total (合计 row).
pub fn stated_total() -> Msg {
    crate::msg!("skip-stated-total")
}

/// How many row errors a report keeps in detail.
pub const MAX_ERRORS: usize = 50;
/// How many leading rows may be preamble before the header row.
pub const MAX_PREAMBLE_ROWS: u64 = 80;

impl FileReport {
    fn new(file: Arc<str>) -> FileReport {
        FileReport {
            file,
            format: None,
            kind: None,
            encoding: None,
            sheet: None,
            header_row: None,
            rows: 0,
            records: 0,
            skipped: BTreeMap::new(),
            errors: Vec::new(),
            error_count: 0,
            coverage: None,
            usage_kinds: BTreeSet::new(),
            failure: None,
            notes: Vec::new(),
            unread: Vec::new(),
            reconciliation: Vec::new(),
            unread_usage: BTreeMap::new(),
            currencies: BTreeSet::new(),
            kept_apart: Vec::new(),
        }
    }

    /// The report of an entry of a case folder that was not read at all (a FIFO, a link
    /// out of the folder, an unreadable sub-folder).
    pub fn not_read(file: &str, reason: Msg) -> FileReport {
        let file: Arc<str> = Arc::from(file);
        let mut r = FileReport::new(file.clone());
        r.failure = Some(ImportError::NotRead { file, reason });
        r
    }

    pub fn skip(&mut self, reason: Msg) {
        *self.skipped.entry(reason).or_default() += 1;
    }

    /// How many rows were skipped for the reason with catalogue id `id`.
    pub fn skipped_for(&self, id: &str) -> u64 {
        self.skipped
            .iter()
            .filter(|(m, _)| m.id() == id)
            .map(|(_, n)| n)
            .sum()
    }

    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Whether every row is accounted for: records + skips + errors = rows, and no part of
    /// the file was left unread.
    pub fn accounted(&self) -> bool {
        self.unread.is_empty() && self.rows_balance()
    }

    /// Whether every row that was read is a record, a counted skip or an error. A part of
    /// the file that could not be read at all (a damaged sheet) is not a row: it is named in
    /// `unread`, which [`FileReport::accounted`] also requires to be empty.
    pub fn rows_balance(&self) -> bool {
        self.records + self.skipped_total() + self.error_count == self.rows
    }

    /// Whether every stated total the file gives matched its records.
    pub fn reconciled(&self) -> bool {
        self.reconciliation.iter().all(|r| r.ok)
    }

    /// Usage rows that could not be read and whose month is unknown.
    pub fn unread_undated(&self) -> u64 {
        if self.kind != Some(RecordKind::Usage) {
            return 0;
        }
        let dated: u64 = self.unread_usage.values().sum();
        self.error_count.saturating_sub(dated)
    }

    pub fn usable(&self) -> bool {
        self.failure.is_none() && self.kind.is_some()
    }

    fn error(&mut self, row: u64, col: usize, message: Msg) {
        self.push_error(row, col as u64 + 1, message);
    }

    /// A row error at a 1-based column (0: the row as a whole).
    fn push_error(&mut self, row: u64, col: u64, message: Msg) {
        self.error_count += 1;
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(RowError {
                file: self.file.clone(),
                page: None,
                row,
                col,
                message,
            });
        }
    }
}

/// Options for importing.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Minor units of the currency (2 for CNY, 0 for JPY), for rounding spreadsheet floats.
    pub minor_units: Option<u32>,
    /// User-described layouts (`CASE_DIR/profiles/*.toml`, `--profile`), tried first.
    pub profiles: Vec<std::sync::Arc<profile::Profile>>,
    /// The password of encrypted PDFs (`--password`, `[import] password`). Never written
    /// anywhere: its `Debug` shows only whether there is one.
    pub password: Option<crate::config::Password>,
    /// How slashed dates (`02/01/2024`) are read in a file none of whose dates shows the
    /// order (no part above 12): day first (`Some(true)`) or month first, as the case's
    /// country writes them. `None`: such dates are errors, as before. A note says so.
    pub day_first_hint: Option<(bool, Msg)>,
    /// The case's currency: a record the file states in another one is kept apart
    /// ([`apart`]). `None` (no case): every record is kept, with its currency.
    pub currency: Option<crate::model::Currency>,
}

/// Import one file, streaming its records into `sink`. `display` is the name used in
/// reports and evidence (usually the path relative to the case folder).
pub fn import_file(
    path: &Path,
    display: &str,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
) -> FileReport {
    let file: Arc<str> = Arc::from(display);
    let mut report = FileReport::new(file.clone());
    let mut bounded = guard::AmountBound {
        inner: sink,
        refused: Vec::new(),
    };
    let mut apart = apart::KeepApart::new(&mut bounded, opts.currency);
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        import_inner(path, opts, &mut apart, &mut report)
    }));
    let unchecked = apart.finish();
    let (kept, stated) = (apart.kept, apart.stated);
    apart::account(&mut report, kept, stated, unchecked);
    for (source, amount, record) in bounded.refused {
        if record {
            report.records = report.records.saturating_sub(1);
        } else if let Some(n) = report.skipped.get_mut(&stated_total()) {
            // A stated total is counted as a skip; it becomes this error instead.
            *n = n.saturating_sub(1);
        }
        report.push_error(
            source.row,
            0,
            crate::msg!(
                "row-error-amount-too-large",
                amount = amount.to_string(),
                max = guard::MAX_AMOUNT.to_string()
            ),
        );
    }
    report.skipped.retain(|_, n| *n > 0);
    match run {
        Ok(Ok(())) => {}
        Ok(Err(e)) => report.failure = Some(e),
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".into());
            report.failure = Some(ImportError::Internal { file, message });
        }
    }
    if report.coverage.is_none() && report.kind == Some(RecordKind::Usage) {
        report.coverage = range_in_name(display);
    }
    report
}

fn import_inner(
    path: &Path,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    let io_err = |e| ImportError::Io {
        file: report.file.clone(),
        source: e,
    };
    let file = File::open(path).map_err(io_err)?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    import_from(
        progress::Counting::new(file),
        len,
        Some(path),
        opts,
        sink,
        report,
        0,
    )
}

/// Import the bytes of a file held in memory (an e-mail's attachment), named `display`;
/// `nesting` counts the containers it is inside.
pub(crate) fn import_bytes(
    bytes: &[u8],
    display: &str,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    nesting: u8,
) -> FileReport {
    let mut report = FileReport::new(Arc::from(display));
    let len = bytes.len() as u64;
    if let Err(e) = import_from(
        Cursor::new(bytes),
        len,
        None,
        opts,
        sink,
        &mut report,
        nesting,
    ) {
        report.failure = Some(e);
    }
    report
}

/// Read a file from `f` (`len` bytes); `path`, where it is a file, finds companion files.
fn import_from(
    mut f: impl Read + Send,
    len: u64,
    path: Option<&Path>,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
    nesting: u8,
) -> Result<(), ImportError> {
    let io_err = |e| ImportError::Io {
        file: report.file.clone(),
        source: e,
    };
    let mut head = Vec::with_capacity(64 * 1024);
    (&mut f)
        .take(64 * 1024)
        .read_to_end(&mut head)
        .map_err(io_err)?;
    if pdf::is_pdf(&head) {
        let bytes = read_whole(head, &mut f, pdf::MAX_PDF_BYTES, report)?;
        return pdf::import(bytes, opts, sink, report);
    }
    if let Some(reason) = unread::unread_reason(&report.file, &head) {
        return Err(ImportError::NotRead {
            file: report.file.clone(),
            reason,
        });
    }
    match sniff_container(&head) {
        Container::Zip | Container::Ole => {
            let mut bytes = head;
            (&mut f)
                .take(guard::MAX_WORKBOOK_BYTES)
                .read_to_end(&mut bytes)
                .map_err(io_err)?;
            if f.read(&mut [0u8; 1]).map_err(io_err)? > 0 {
                return Err(ImportError::Workbook {
                    file: report.file.clone(),
                    message: crate::msg!(
                        "workbook-too-large",
                        mib = guard::MAX_WORKBOOK_BYTES >> 20
                    ),
                });
            }
            if bytes.starts_with(b"PK") {
                guard::check_zip(&bytes).map_err(|message| ImportError::Workbook {
                    file: report.file.clone(),
                    message,
                })?;
                // A format's download delivered as a ZIP of text files (Rogers call detail).
                if let Some(res) = formats::read_archive(&bytes, sink, report) {
                    return res;
                }
            }
            import_workbook(bytes, opts, sink, report)
        }
        Container::Binary => Err(ImportError::Unrecognised {
            file: report.file.clone(),
            reason: crate::msg!("unrecognised-binary"),
        }),
        Container::Text => {
            let enc = profile::encoding_for(&opts.profiles, &head)
                .unwrap_or_else(|| sniff_encoding(&head));
            report.encoding = Some(enc.name().to_string());
            let (decoded_head, _, _) = enc.decode(&head);
            if let Some(what) = guard::own_output(&decoded_head) {
                return Err(ImportError::OwnOutput {
                    file: report.file.clone(),
                    what,
                });
            }
            if let Some(kind) = mail::sniff(&decoded_head) {
                let bytes = read_whole(head, &mut f, mail::MAX_MAIL_BYTES, report)?;
                report.encoding = None;
                return mail::import(kind, &bytes, opts, sink, report, nesting);
            }
            if let Some(format) = formats::sniff_text(&decoded_head, path) {
                let mut bytes = head;
                // Sized once: a big statement is not copied while its buffer grows.
                let rest = len.min(statement::MAX_STATEMENT_BYTES) as usize;
                bytes.reserve_exact(rest.saturating_sub(bytes.len()));
                (&mut f)
                    .take(statement::MAX_STATEMENT_BYTES)
                    .read_to_end(&mut bytes)
                    .map_err(io_err)?;
                if f.read(&mut [0u8; 1]).map_err(io_err)? > 0 {
                    return Err(ImportError::Unrecognised {
                        file: report.file.clone(),
                        reason: crate::msg!(
                            "unrecognised-statement-too-large",
                            mib = statement::MAX_STATEMENT_BYTES >> 20
                        ),
                    });
                }
                let (text, _, _) = enc.decode(&bytes);
                return (format.read)(&formats::TextFile { text: &text, path }, sink, report);
            }
            let delimiter = sniff_delimiter(&decoded_head);
            let reader = encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(enc))
                .bom_override(true)
                // Bigger than the default 8 KiB: fewer calls through the reader chain.
                .build_with_buffer(Cursor::new(head).chain(f), vec![0; 64 * 1024])
                .map_err(io_err)?;
            let replaced = guard::Replacements::new(reader);
            let count = replaced.counter();
            let res = import_csv(replaced, delimiter, opts, sink, report);
            let n = count.load(std::sync::atomic::Ordering::Relaxed);
            if n > 0 {
                report.notes.push(crate::msg!(
                    "note-undecodable-characters",
                    count = n,
                    encoding = enc.name()
                ));
            }
            res
        }
    }
}

/// The rest of a file after its `head`, the whole at most `limit` bytes.
fn read_whole(
    mut bytes: Vec<u8>,
    f: &mut impl Read,
    limit: u64,
    report: &FileReport,
) -> Result<Vec<u8>, ImportError> {
    let io_err = |e| ImportError::Io {
        file: report.file.clone(),
        source: e,
    };
    f.take(limit).read_to_end(&mut bytes).map_err(io_err)?;
    if f.read(&mut [0u8; 1]).map_err(io_err)? > 0 {
        return Err(ImportError::Unrecognised {
            file: report.file.clone(),
            reason: crate::msg!("unrecognised-too-large", mib = limit >> 20),
        });
    }
    Ok(bytes)
}

/// The text of a PDF as extracted (each line with its page, line number and cells at
/// their positions), or the table rows of an e-mail or HTML file, for writing a profile:
/// `billaudit import --dump-text`.
pub fn dump_text(path: &Path, display: &str, opts: &ImportOptions) -> Result<String, ImportError> {
    let report = FileReport::new(Arc::from(display));
    let io_err = |e| ImportError::Io {
        file: report.file.clone(),
        source: e,
    };
    let mut f = File::open(path).map_err(io_err)?;
    let mut head = Vec::new();
    (&mut f)
        .take(64 * 1024)
        .read_to_end(&mut head)
        .map_err(io_err)?;
    if pdf::is_pdf(&head) {
        let bytes = read_whole(head, &mut f, pdf::MAX_PDF_BYTES, &report)?;
        return pdf::dump(bytes, opts, &report);
    }
    let (decoded, _, _) = sniff_encoding(&head).decode(&head);
    if let Some(kind) = mail::sniff(&decoded) {
        let bytes = read_whole(head, &mut f, mail::MAX_MAIL_BYTES, &report)?;
        return Ok(mail::dump(kind, &bytes, display));
    }
    Err(ImportError::Unrecognised {
        file: report.file.clone(),
        reason: crate::msg!("dump-text-not-applicable"),
    })
}

/// The state shared by the CSV and sheet readers: looking for the header, then reading rows.
struct TableReader<'a> {
    layout: Option<Layout>,
    preamble: Vec<String>,
    /// Non-record lines after the header (summaries, notes), cell by cell, for reconciliation.
    trailer: Vec<Vec<String>>,
    sink: &'a mut dyn Sink,
    minor_units: u32,
    profiles: &'a [std::sync::Arc<profile::Profile>],
    /// The source of the last usage record, back from the sink: reused for the next row
    /// (no reference count touched per row).
    spare_source: Option<crate::model::SourceRef>,
    /// Rows whose date (`8/10/2016`) waits for a later row to show the day/month order.
    deferred: Vec<(Vec<String>, u64)>,
    day_first_hint: Option<&'a (bool, Msg)>,
    /// The usage kinds of the records read so far, one bit each (`1 << kind as u8`).
    usage_kinds_met: u8,
}

/// How many rows may wait for the day/month order of their dates.
const MAX_DEFERRED: usize = 100_000;

fn layout_settled(layout: &Option<Layout>) -> bool {
    layout.as_ref().is_some_and(Layout::date_order_known)
}

impl<'a> TableReader<'a> {
    fn new(sink: &'a mut dyn Sink, opts: &'a ImportOptions) -> Self {
        TableReader {
            layout: None,
            preamble: Vec::new(),
            trailer: Vec::new(),
            sink,
            minor_units: opts.minor_units.unwrap_or(2),
            profiles: &opts.profiles,
            spare_source: None,
            deferred: Vec::new(),
            day_first_hint: opts.day_first_hint.as_ref(),
            usage_kinds_met: 0,
        }
    }

    /// Count `n` empty lines (that the csv reader passed over) as rows skipped as blank.
    fn blank_lines(&mut self, n: u64, report: &mut FileReport) {
        if n > 0 {
            report.rows += n;
            *report
                .skipped
                .entry(crate::msg!("skip-blank-line"))
                .or_default() += n;
        }
    }

    /// Feed one row; `texts` renders the row as strings for header detection.
    fn row<R: RowView>(&mut self, row: &R, line: u64, report: &mut FileReport) {
        report.rows += 1;
        if self.layout.is_none() {
            let texts: Vec<String> = (0..row.len()).map(|i| row.text(i).into_owned()).collect();
            let detected = formats::detect_table(self.profiles, &texts, &self.preamble, line)
                .or_else(|| Layout::detect(&texts, preamble_period(&self.preamble)));
            if let Some(mut l) = detected {
                l.minor_units = self.minor_units;
                if l.currency.header.is_none() {
                    l.currency.header = preamble_currency(&self.preamble);
                }
                report.kind = Some(l.kind);
                report.format = Some(l.format_id.to_string());
                report.header_row = Some(line);
                if l.kind == RecordKind::Usage {
                    report.coverage = preamble_range(&self.preamble);
                    report.usage_kinds.extend(l.implied_usage());
                }
                l.look_ahead = true;
                self.layout = Some(l);
                report.skip(crate::msg!("skip-header"));
            } else {
                report.skip(if row.is_blank() {
                    crate::msg!("skip-blank-line")
                } else {
                    crate::msg!("skip-preamble")
                });
                self.preamble.push(texts.join(" "));
            }
            return;
        }
        self.read(row, line, report);
        if !self.deferred.is_empty() && layout_settled(&self.layout) {
            self.replay(report);
        }
    }

    /// Read one data row with the layout found.
    fn read<R: RowView>(&mut self, row: &R, line: u64, report: &mut FileReport) {
        let Some(layout) = self.layout.as_mut() else {
            return;
        };
        let src = match self.spare_source.take() {
            Some(mut s) => {
                s.row = line;
                s
            }
            None => source(&report.file, line),
        };
        match layout.read_row(row, src) {
            Outcome::Bill(b) => {
                report.records += 1;
                self.sink.bill_line(b);
            }
            Outcome::Total(t) => {
                report.skip(stated_total());
                self.sink.bill_total(t);
            }
            Outcome::Usage(u) => {
                report.records += 1;
                // The report's set is touched only for a kind this reader has not met yet
                // (a reader fills one report): a file has few kinds and many rows.
                let bit = 1u8 << (u.kind as u8);
                if self.usage_kinds_met & bit == 0 {
                    self.usage_kinds_met |= bit;
                    report.usage_kinds.insert(u.kind);
                }
                self.sink.usage(&u);
                self.spare_source = Some(u.source);
                layout.recycle_number(u.number);
            }
            Outcome::Tx(t) => {
                report.records += 1;
                self.sink.transaction(t);
            }
            Outcome::Skip(reason) => {
                if self.trailer.len() < MAX_PREAMBLE_ROWS as usize && !row.is_blank() {
                    self.trailer
                        .push((0..row.len()).map(|i| row.text(i).into_owned()).collect());
                }
                report.skip(reason)
            }
            Outcome::Error { col, message } => {
                if let Some(p) = layout.usage_period(row) {
                    *report.unread_usage.entry(p).or_default() += 1;
                }
                report.error(line, col, message)
            }
            Outcome::Defer => {
                let texts = (0..row.len()).map(|i| row.text(i).into_owned()).collect();
                self.deferred.push((texts, line));
                if self.deferred.len() >= MAX_DEFERRED {
                    // No more waiting: later undecided rows are errors at once.
                    layout.look_ahead = false;
                }
            }
        }
    }

    /// Read again the rows whose dates waited for a later row to show the day/month order
    /// (at the end of the file, they are read as they are: an error each).
    fn replay(&mut self, report: &mut FileReport) {
        for (texts, line) in std::mem::take(&mut self.deferred) {
            self.read(&texts, line, report);
        }
    }

    /// Feed one CSV record, after the empty lines the record reader passed over before it.
    fn csv_record(
        &mut self,
        item: records::Row<'_>,
        report: &mut FileReport,
    ) -> Result<(), ImportError> {
        let line = item.line;
        self.blank_lines(item.empty, report);
        if item.fields.len() > guard::MAX_COLUMNS {
            return Err(ImportError::Csv {
                file: report.file.clone(),
                line,
                message: crate::msg!(
                    "csv-too-many-columns",
                    count = item.fields.len(),
                    max = guard::MAX_COLUMNS
                ),
            });
        }
        self.row(&CsvRow(item.fields), line, report);
        if self.layout.is_none() && report.rows >= MAX_PREAMBLE_ROWS {
            return Err(ImportError::Unrecognised {
                file: report.file.clone(),
                reason: self.give_up_reason(),
            });
        }
        Ok(())
    }

    /// After the last row: check the totals the file states against its records.
    fn finish(&mut self, report: &mut FileReport) {
        if let Some(l) = self.layout.as_mut() {
            l.look_ahead = false;
            // No date of the file showed the order: the case's country decides, with a note.
            if let (Some((day_first, why)), false, Some((_, line))) = (
                self.day_first_hint,
                l.date_order_known(),
                self.deferred.first(),
            ) {
                l.assume_day_first(*day_first);
                report.notes.push(crate::msg!(
                    "note-date-order-assumed",
                    file = &*report.file,
                    line = *line,
                    order = if *day_first {
                        crate::msg!("date-order-day-first")
                    } else {
                        crate::msg!("date-order-month-first")
                    },
                    why = why,
                ));
            }
        }
        self.replay(report);
        if let Some(l) = &self.layout {
            formats::reconcile(l, &self.preamble, &self.trailer, report);
        }
    }

    fn give_up_reason(&self) -> Msg {
        crate::msg!("unrecognised-no-header", rows = MAX_PREAMBLE_ROWS)
    }
}

fn import_csv(
    reader: impl Read,
    delimiter: u8,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    let mut table = TableReader::new(sink, opts);
    let rest = records::read_all(reader, delimiter, |item| table.csv_record(item, report));
    let rest_empty = match rest {
        Ok(n) => n,
        Err(records::Stop::Row(e)) => return Err(e),
        Err(records::Stop::Read(e)) => {
            return Err(ImportError::Csv {
                file: report.file.clone(),
                line: e.line.unwrap_or(report.rows + 1),
                message: e.message,
            })
        }
    };
    // The record reader passes over empty lines; they are rows all the same.
    table.blank_lines(rest_empty, report);
    table.finish(report);
    if table.layout.is_none() {
        return Err(ImportError::Unrecognised {
            file: report.file.clone(),
            reason: if report.rows == report.skipped_for("skip-blank-line") {
                crate::msg!("unrecognised-empty-file")
            } else {
                table.give_up_reason()
            },
        });
    }
    Ok(())
}

/// A CSV record read from the decoder's output, which is UTF-8 (malformed input was
/// replaced while decoding), so every field is too: the fields split at ASCII bytes.
/// A cell's text is checked when it is asked for; the hot parsers read the raw bytes.
struct CsvRow<'a>(records::Fields<'a>);

impl RowView for CsvRow<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn text(&self, i: usize) -> std::borrow::Cow<'_, str> {
        let b = self.0.get(i).unwrap_or_default();
        match std::str::from_utf8(b) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(b),
        }
    }
    #[inline]
    fn raw(&self, i: usize) -> Option<&[u8]> {
        Some(self.0.get(i).unwrap_or_default())
    }
    fn is_blank(&self) -> bool {
        // Nearly every row: a first cell that starts with an ASCII letter or digit.
        if self
            .0
            .get(0)
            .and_then(<[u8]>::first)
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            return false;
        }
        self.0.iter().all(|b| {
            // A cell that starts with an ASCII letter or digit is not blank.
            !b.first().is_some_and(u8::is_ascii_alphanumeric)
                && clean(&String::from_utf8_lossy(b)).is_empty()
        })
    }
}

/// A spreadsheet row.
struct SheetRow<'a> {
    cells: &'a [Data],
}

impl RowView for SheetRow<'_> {
    fn len(&self) -> usize {
        self.cells.len()
    }
    fn text(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match self.cells.get(i) {
            None | Some(Data::Empty) => Cow::Borrowed(""),
            Some(Data::String(s)) => Cow::Borrowed(s.as_str()),
            Some(Data::Float(f)) => Cow::Owned(float_text(*f)),
            Some(Data::Int(n)) => Cow::Owned(n.to_string()),
            Some(Data::Bool(b)) => Cow::Owned(b.to_string()),
            // A serial no calendar date has (NaN, negative, past 9999-12-31) stays visible,
            // so that the row is an error naming it rather than an empty cell.
            Some(Data::DateTime(dt)) => Cow::Owned(
                excel_datetime(dt)
                    .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
                    .unwrap_or_else(|| format!("date serial {} (no calendar date)", dt.as_f64())),
            ),
            Some(Data::DateTimeIso(s)) | Some(Data::DurationIso(s)) => Cow::Borrowed(s.as_str()),
            Some(Data::Error(e)) => Cow::Owned(format!("#{e:?}")),
        }
    }
    fn number(&self, i: usize) -> Option<f64> {
        match self.cells.get(i)? {
            Data::Float(f) => Some(*f),
            Data::Int(n) => Some(*n as f64),
            _ => None,
        }
    }
    fn datetime(&self, i: usize) -> Option<NaiveDateTime> {
        match self.cells.get(i)? {
            Data::DateTime(dt) => excel_datetime(dt),
            _ => None,
        }
    }
}

/// A spreadsheet date, if its serial is one Excel has: 0 (a time of day alone) up to
/// 2958465 (9999-12-31). NaN, a negative serial or one past that is no date; the reader
/// would give 1899 or the year 10000 for them.
fn excel_datetime(dt: &calamine::ExcelDateTime) -> Option<NaiveDateTime> {
    let serial = dt.as_f64();
    if !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    dt.as_datetime()
}

fn float_text(f: f64) -> String {
    use rust_decimal::prelude::FromPrimitive;
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        rust_decimal::Decimal::from_f64(f)
            .map(|d| d.normalize().to_string())
            .unwrap_or_else(|| f.to_string())
    }
}

fn import_workbook(
    bytes: Vec<u8>,
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    let legacy = !bytes.starts_with(b"PK");
    let mut wb = workbook::open(bytes, report)?;
    workbook::read_sheets(&mut wb, legacy, opts, sink, report)
}

// Digit patterns (compiled only for a text with a digit, and with Unicode digits only for
// a text that has some: see `DigitPattern`).
static PERIOD_LABEL: crate::model::DigitPattern = crate::model::DigitPattern::new(
    r"(?:账期|账单月份|计费周期|账单周期|账务周期|Billing period|Bill month)\s*[:：]?\s*(\d{4}\s*[-/年.]?\s*\d{1,2}\s*月?)",
);

static DATE_IN_TEXT: crate::model::DigitPattern =
    crate::model::DigitPattern::new(r"(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{8})");

/// A billing period stated in the lines above the header (`账期：2025-06`).
fn preamble_period(preamble: &[String]) -> Option<Period> {
    preamble.iter().find_map(|l| {
        let c = PERIOD_LABEL.for_text(l)?.captures(l)?;
        parse_period(&c[1])
    })
}

static CURRENCY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:币种|幣別|幣種|货币|貨幣|currency)\s*[:：]\s*([^\s,，;；]+)")
        .expect("valid regex")
});

/// The currency stated in the lines above the header (`币种：人民币`, `Currency: EUR`).
fn preamble_currency(preamble: &[String]) -> Option<crate::model::Currency> {
    preamble.iter().find_map(|l| {
        CURRENCY_LABEL
            .captures(l)
            .and_then(|c| crate::model::Currency::named(&c[1]))
    })
}

/// A covered date range stated in the lines above the header
/// (`起始时间：2025-01-01 终止时间：2025-09-30`, `查询时间：2025-01-01至2025-09-30`).
fn preamble_range(preamble: &[String]) -> Option<DateRange> {
    let text = preamble.join(" ");
    let dates: Vec<_> = DATE_IN_TEXT
        .for_text(&text)
        .into_iter()
        .flat_map(|r| r.find_iter(&text))
        .filter_map(|m| parse_date(m.as_str()))
        .collect();
    match dates.as_slice() {
        [from, to, ..] if from <= to => Some(DateRange {
            from: *from,
            to: *to,
        }),
        _ => None,
    }
}

static RANGE_IN_NAME: crate::model::DigitPattern =
    crate::model::DigitPattern::new(r"(\d{8})\s*[-_~至到]+\s*(\d{8})");

/// A covered date range in a file name (`详单_20250101-20250930.csv`).
pub fn range_in_name(name: &str) -> Option<DateRange> {
    let base = Path::new(name).file_name()?.to_string_lossy().into_owned();
    let c = RANGE_IN_NAME.for_text(&base)?.captures(&base)?;
    let from = parse_date(&c[1])?;
    let to = parse_date(&c[2])?;
    (from <= to).then_some(DateRange { from, to })
}

/// Render the first cells of a row as plain text (for messages).
pub fn row_text(row: &[String]) -> String {
    row.iter().map(|c| clean(c)).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_from_names_and_preambles() {
        let r = range_in_name("usage/详单_20250101-20250930.csv").unwrap();
        assert_eq!(r.from.to_string(), "2025-01-01");
        assert_eq!(r.to.to_string(), "2025-09-30");
        assert!(range_in_name("bill.csv").is_none());
        let r = preamble_range(&["起始时间：2025-01-01 终止时间：2025-09-30".into()]).unwrap();
        assert_eq!(r.to.to_string(), "2025-09-30");
        assert_eq!(
            preamble_period(&["账期：2025年06月".into()]).map(|p| p.to_string()),
            Some("2025-06".into())
        );
        let cur = |l: &str| preamble_currency(&[l.to_string()]).map(|c| c.to_string());
        assert_eq!(
            cur("账号：3301****0088  币种：人民币").as_deref(),
            Some("CNY")
        );
        assert_eq!(cur("Currency: EUR").as_deref(), Some("EUR"));
        assert_eq!(cur("币种：美元 钞汇：现汇").as_deref(), Some("USD"));
        assert_eq!(cur("账号：3301"), None);
    }

    /// A Big5 statement with Traditional-Chinese headers is decoded as Big5 and read.
    #[test]
    fn big5_statement_with_traditional_headers() {
        let text = "交易時間,交易對方,金額,收/支\n".to_string()
            + &"2025-01-05 10:00:00,中華電信股份有限公司,599.00,支出\n".repeat(3);
        let (bytes, _, _) = encoding_rs::BIG5.encode(&text);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("statement.csv");
        std::fs::write(&path, &bytes).unwrap();
        let mut sink = Collect::default();
        let r = import_file(&path, "statement.csv", &ImportOptions::default(), &mut sink);
        assert_eq!(r.encoding.as_deref(), Some("Big5"));
        assert!(r.failure.is_none(), "{:?}", r.failure);
        assert_eq!(r.records, 3);
        assert_eq!(sink.transactions[0].counterparty, "中華電信股份有限公司");
        assert_eq!(sink.transactions[0].amount.to_string(), "-599.00");
    }

    /// The table readers give each row the currency its 币种 column, its amount cell, its
    /// amount's header or the lines above the header state; in a CNY case the other
    /// currencies' rows are kept apart, counted as skips, and listed.
    #[test]
    fn table_rows_carry_their_stated_currency() {
        let dir = tempfile::tempdir().unwrap();
        let opts = ImportOptions {
            currency: crate::model::Currency::code("CNY"),
            ..ImportOptions::default()
        };
        let run = |name: &str, text: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            let mut sink = Collect::default();
            let r = import_file(&path, name, &opts, &mut sink);
            let got: Vec<String> = sink
                .transactions
                .iter()
                .map(|t| format!("{} {:?}", t.amount, t.currency))
                .collect();
            let kept: Vec<String> = r
                .kept_apart
                .iter()
                .map(|k| format!("{} {} {}", k.source.row, k.amount, k.currency))
                .collect();
            assert!(r.accounted(), "{name}: {r:?}");
            (got, kept)
        };
        let (got, kept) = run(
            "column.csv",
            "交易日期,摘要,对方户名,收入金额,支出金额,币种\n2025-01-02,x,a,,1.00,人民币\n2025-01-03,x,a,,2.00,美元\n2025-01-04,x,a,,3.00,\n",
        );
        assert_eq!(got, ["-1.00 Some(CNY)", "-3.00 None"]);
        assert_eq!(kept, ["3 -2.00 USD"]);
        let (got, kept) = run(
            "header.csv",
            "Date,Description,Amount (EUR)\n2025-01-02,x,-1.00\n2025-01-03,x,-2.00 USD\n",
        );
        assert_eq!(got, Vec::<String>::new());
        assert_eq!(kept, ["2 -1.00 EUR", "3 -2.00 USD"]);
        let (got, kept) = run(
            "preamble.csv",
            "账号：1  币种：港币\n交易时间,交易对方,金额,收/支\n2025-01-05 10:00:00,a,5.00,支出\n",
        );
        assert_eq!(
            (got.len(), kept.as_slice()),
            (0, &["3 -5.00 HKD".to_string()][..])
        );
    }

    proptest::proptest! {
        /// Dates like `8/10/2016` before the first row that shows the day/month order wait for
        /// it and are then read in that order (Mint); with no such row they are errors, each
        /// counted. Every row is accounted for either way.
        #[test]
        fn ambiguous_dates_wait_for_a_row_that_settles_them(
            before in proptest::collection::vec((1u32..=12, 1u32..=12), 0..6),
            decisive in proptest::option::of((13u32..=28, 1u32..=12, proptest::bool::ANY)),
            after in proptest::collection::vec((1u32..=12, 1u32..=12), 0..4),
        ) {
            // (month, day) pairs written month-first or day-first as decided.
            let month_first = decisive.map(|(_, _, m)| m).unwrap_or(true);
            let write = |m: u32, d: u32| if month_first { format!("{m}/{d}/2016") } else { format!("{d}/{m}/2016") };
            let mut planted: Vec<(u32, u32)> = before.clone();
            let mut text = String::from("Date,Description,Amount\n");
            for (m, d) in &before {
                text.push_str(&format!("{},x,-1.00\n", write(*m, *d)));
            }
            if let Some((d, m, _)) = decisive {
                planted.push((m, d));
                text.push_str(&format!("{},x,-1.00\n", write(m, d)));
            }
            for (m, d) in &after {
                planted.push((*m, *d));
                text.push_str(&format!("{},x,-1.00\n", write(*m, *d)));
            }
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("s.csv");
            std::fs::write(&path, &text).unwrap();
            let mut sink = Collect::default();
            let r = import_file(&path, "s.csv", &ImportOptions::default(), &mut sink);
            proptest::prop_assert!(r.accounted());
            proptest::prop_assert_eq!(r.rows as usize, planted.len() + 1);
            // Without a decisive row, a value whose parts are equal (5/5) still reads.
            let unsettled = |(m, d): &(u32, u32)| decisive.is_none() && m != d;
            let want: Vec<String> = planted
                .iter()
                .filter(|p| !unsettled(p))
                .map(|(m, d)| format!("2016-{m:02}-{d:02}"))
                .collect();
            let mut got: Vec<(u64, String)> = sink.transactions.iter().map(|t| (t.source.row, t.date.date().to_string())).collect();
            got.sort();
            let got: Vec<String> = got.into_iter().map(|(_, d)| d).collect();
            proptest::prop_assert_eq!(got, want);
            proptest::prop_assert_eq!(r.error_count as usize, planted.iter().filter(|p| unsettled(p)).count());
        }
    }

    fn cell() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            "2025-(0[1-9]|1[0-3])-[0-3][0-9]( [0-2][0-9]:[0-6][0-9]:[0-6][0-9])?",
            "2025/[01][0-9]/[0-3][0-9]",
            "[0-9]{1,20}",
            "[0-9]{1,6}\\.[0-9]{1,3}",
            "[ \t]?[0-9]{1,4}[ \t\r]?",
            "-|--|NA|null|无|/|\\*|",
            "上网|国内通话|短信|voice|data|宽带",
            "1[0-9]{10}",
            "[0-9]{1,3}(分|秒|KB|MB|:[0-5][0-9])",
            "¥?-?[0-9]{1,3}(,[0-9]{3})?\\.[0-9]{2}",
            "=\"[0-9]{1,5}\"|'[0-9]{1,4}",
            "2025-0[1-9]|账期|合计",
        ]
    }

    /// Rows that are mostly well-formed in the columns of the layouts below, with any cell
    /// now and then.
    fn row() -> impl proptest::strategy::Strategy<Value = Vec<String>> {
        use proptest::prelude::*;
        let first = prop_oneof![
            4 => "2025-0[1-9]-[0-2][1-9]( [01][0-9]:[0-5][0-9]:[0-5][0-9])?",
            1 => "2025-0[1-9]",
            1 => cell(),
        ];
        let kind = prop_oneof![3 => "上网|国内通话|短信|收入|支出|月租", 1 => cell()];
        let value = || prop_oneof![3 => "[0-9]{1,6}(\\.[0-9]{1,2})?", 1 => cell()];
        (first, kind, cell(), value(), value(), value(), value())
            .prop_map(|(a, b, c, d, e, f, g)| vec![a, b, c, d, e, f, g])
    }

    proptest::proptest! {
        /// A CSV record read through its raw bytes (the fast paths for plain values) gives
        /// exactly what the same cells give read as text (the general parsers), row after
        /// row, for usage, bill and transaction layouts and for every unit a header names.
        #[test]
        fn csv_fast_paths_agree_with_text(
            layout in 0usize..5,
            rows in proptest::collection::vec(row(), 1..6),
        ) {
            let header: &[&str] = [
                &["起始时间", "业务类型", "本机号码", "对方号码", "时长(秒)", "流量(KB)", "费用(元)"][..],
                &["起始时间", "业务类型", "本机号码", "对方号码", "时长(分)", "流量(MB)", "费用(分)"],
                &["账期", "项目", "金额(元)", "号码", "备注", "x", "y"],
                &["交易时间", "交易对方", "金额", "收/支", "商品", "交易单号", "状态"],
                &["交易日期", "摘要", "对方户名", "收入金额", "支出金额(分)", "余额", "备注"],
            ][layout];
            let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
            let mut by_bytes = generic::Layout::detect(&header, None).expect("a layout");
            let mut by_text = by_bytes.clone();
            let file: Arc<str> = Arc::from("t.csv");
            for (n, cells) in rows.iter().enumerate() {
                let rec = records::Record::of(cells.iter().map(|c| c.as_bytes()));
                let src = generic::source(&file, n as u64 + 2);
                let a = by_bytes.read_row(&CsvRow(rec.fields()), src.clone());
                let b = by_text.read_row(cells, src);
                proptest::prop_assert_eq!(format!("{a:?}"), format!("{b:?}"));
            }
        }
    }
}
