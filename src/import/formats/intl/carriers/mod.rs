//! Carrier bill and usage files beyond China, and public CDR datasets: one file per carrier
//! (or dataset), each registering its formats in [`crate::import::formats::FORMATS`].
//!
//! These are text tables whose cells the generic layouts cannot read (dates without a
//! year, `7:15A` times, two header rows, headerless CDR lists), so each format gives a row
//! reader ([`RowReader`]) and this module does the rest: recognised from the head of the
//! file (never the name), read with the csv crate, every row a record or a counted skip
//! with a reason or a row error with its column.
//!
//! | format id | file |
//! |---|---|
//! | `verizon-rdd-usage`, `-charges`, `-account` | Verizon raw data download (TAB) ([`verizon`]) |
//! | `att-usage`, `att-raw`, `att-pooling` | AT&T usage detail, raw data output, pooling report ([`att`]) |
//! | `bell-dtl`, `bell-acc`, `bell-mob`, `bell-invoice-charges` | Bell Canada ([`bell`]) |
//! | `rogers-calls`, `rogers-charges` | Rogers call detail (with its `Header-*.txt`), charges ([`rogers`]) |
//! | `telus-airtime` | TELUS "REPORT - AIRTIME DETAILS" ([`telus`]) |
//! | `cdr-stats`, `cdr-voipcall` | cdr-stats import CSV, headerless VoIP call report ([`cdr`]) |
//! | `cdr-bandicoot`, `-orange`, `-recharges` | bandicoot datasets ([`bandicoot`]) |
//!
//! Refused with a clear reason: Rogers `Header-*.txt` on its own, the other TELUS reports
//! (summaries), and bandicoot antenna lists.

pub(crate) mod att;
pub(crate) mod bandicoot;
pub(crate) mod bell;
pub(crate) mod cdr;
pub(crate) mod rogers;
pub(crate) mod telus;
pub(crate) mod verizon;

use std::borrow::Cow;

use chrono::{Duration, NaiveDate, NaiveTime};
use rust_decimal::Decimal;

use crate::import::formats::TextFile;
use crate::import::generic::{source, Outcome};
use crate::import::header::normalize_header;
use crate::import::statement::unusable;
use crate::import::{FileReport, ImportError, Reconcile, Sink};
use crate::model::{BillLine, BillTotal, Period, RecordKind, SourceRef, UsageKind};
use crate::parse::{clean, date_without_year, is_placeholder, parse_amount};

/// The rows at the top of a carrier file before its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Heading {
    /// A title line of the report.
    Title,
    /// The header row: the column names.
    Header,
    /// The header again in French (Bell's bilingual files).
    French,
}

/// How the rows of one carrier format are read: everything but the row itself.
pub(crate) struct Table {
    pub id: &'static str,
    pub kind: RecordKind,
    pub delimiter: u8,
    /// The rows at the top, in order (none for headerless files).
    pub heading: &'static [Heading],
    /// The row reader for one file, or why the file cannot be read.
    pub open: OpenFn,
}

/// Makes the row reader of one file (or says why the file cannot be read).
pub(crate) type OpenFn =
    fn(&TextFile<'_>, &mut FileReport) -> Result<Box<dyn RowReader>, ImportError>;

/// Reads the data rows of one file (keeping what it needs from row to row).
pub(crate) trait RowReader {
    fn row(&mut self, row: &Row<'_>, cx: &mut Cx<'_>) -> Rows;
}

/// What a row reader knows of the row besides its cells.
pub(crate) struct Cx<'a> {
    /// The columns the header row named.
    pub cols: &'a Cols,
    pub src: SourceRef,
    /// The row's 1-based line.
    pub line: u64,
    /// Stated totals checked on this row, for the report.
    pub checks: Vec<Reconcile>,
}

/// What became of one row.
pub(crate) enum Rows {
    One(Outcome),
    /// A charges row: a bill line per non-zero charge column, and the total it states.
    Charges(ChargesRow),
}

/// A row reader that keeps nothing from row to row.
pub(crate) struct Plain(pub fn(&Cols, &Row<'_>, SourceRef) -> Outcome);

impl RowReader for Plain {
    fn row(&mut self, row: &Row<'_>, cx: &mut Cx<'_>) -> Rows {
        Rows::One((self.0)(cx.cols, row, cx.src.clone()))
    }
}

/// A row reader for summary rows that state totals of their own columns: each stated
/// total is checked against the sum of its parts, and the row is read by the function.
pub(crate) struct Summary(
    pub fn(&Cols, &Row<'_>, SourceRef) -> Outcome,
    pub &'static [SumCheck],
);

impl RowReader for Summary {
    fn row(&mut self, row: &Row<'_>, cx: &mut Cx<'_>) -> Rows {
        cx.checks.extend(sum_checks(cx.cols, row, cx.line, self.1));
        Rows::One((self.0)(cx.cols, row, cx.src.clone()))
    }
}

/// Column lookup by normalised header name.
#[derive(Default)]
pub(crate) struct Cols {
    pub names: Vec<String>,
    pub raw: Vec<String>,
}

impl Cols {
    pub fn new(rec: &csv::StringRecord) -> Cols {
        Cols {
            names: rec.iter().map(normalize_header).collect(),
            raw: rec.iter().map(|x| clean(x).to_string()).collect(),
        }
    }
    pub fn idx(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }
}

/// One data row.
pub(crate) struct Row<'a> {
    pub rec: &'a csv::StringRecord,
}

impl Row<'_> {
    /// The cleaned cell at `i` ("" where there is none).
    pub fn at(&self, i: Option<usize>) -> Cow<'_, str> {
        Cow::Borrowed(i.and_then(|i| self.rec.get(i)).map(clean).unwrap_or(""))
    }

    /// The cleaned cell at `i`, `None` when empty.
    pub fn text_at(&self, i: Option<usize>) -> Option<String> {
        Some(self.at(i).into_owned()).filter(|s| !s.is_empty())
    }
}

/// A row error in column `col` (named `what`).
pub(crate) fn err(
    col: Option<usize>,
    what: &str,
    expected: crate::i18n::Msg,
    found: &str,
) -> Outcome {
    Outcome::Error {
        col: col.unwrap_or(0),
        message: crate::msg!(
            "row-error-expected",
            column = what,
            expected = expected,
            found = found.chars().take(60).collect::<String>()
        ),
    }
}

/// Cells of a line, normalised as headers, for sniffing.
pub(crate) fn norm_cells(line: &str, delim: char) -> Vec<String> {
    line.split(delim).map(normalize_header).collect()
}

pub(crate) fn starts_with_cells(cells: &[String], want: &[&str]) -> bool {
    cells.len() >= want.len() && want.iter().zip(cells).all(|(w, c)| c == w)
}

/// A headerless list: its first line and at least 4 in 5 of the first 20 have the shape
/// (the rest become row errors naming the column).
pub(crate) fn mostly(head: &str, shape: fn(&str) -> bool) -> bool {
    let sample: Vec<&str> = head
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    sample.len() >= 2
        && shape(sample[0])
        && sample.iter().filter(|l| shape(l)).count() * 5 >= sample.len() * 4
}

/// `7:15A`, `11:02P`, `09:38`, `12:00A` (midnight).
pub(crate) fn parse_clock(s: &str) -> Option<NaiveTime> {
    let t = s.trim().to_ascii_uppercase();
    let (body, pm) = match t.strip_suffix(['A', 'P']) {
        Some(b) => (b.trim_end_matches('M').trim(), Some(t.ends_with('P'))),
        None => match t.strip_suffix("AM").or_else(|| t.strip_suffix("PM")) {
            Some(b) => (b.trim(), Some(t.ends_with("PM"))),
            None => (t.as_str(), None),
        },
    };
    let mut parts = body.split(':');
    let h: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.trim().parse().ok()?;
    let s: u32 = parts
        .next()
        .map(|x| x.trim().parse().ok())
        .unwrap_or(Some(0))?;
    let h = match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        Some(_) if h > 12 => return None,
        _ => h,
    };
    NaiveTime::from_hms_opt(h, m, s)
}

/// A `MM/DD` date given without a year, inside the bill cycle ending on `cycle_end`: a
/// usage line may come up to 31 days after the cycle, so the year is the one that puts it
/// on or before that (a `12/20` line on a bill whose cycle ends on 15 January is December
/// of the year before). See [`date_without_year`].
pub(crate) fn date_in_cycle(month_day: &str, cycle_end: NaiveDate) -> Option<NaiveDate> {
    date_without_year(month_day, cycle_end + Duration::days(31)).map(|d| d.date())
}

/// `Aug 16, 2021`, `2023/02/01`, `03/02/2023` (US month first).
pub(crate) fn parse_cycle_date(s: &str) -> Option<NaiveDate> {
    let t = clean(s);
    NaiveDate::parse_from_str(t, "%b %d, %Y")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(t, "%m/%d/%Y").ok())
        .or_else(|| crate::parse::parse_date(t))
}

/// An amount as carriers write it: `$0.00`, `($948.03)`, `$-17.86`, `.74`, `1,234.56`.
/// A comma must separate thousands (`1,00` is refused, not read as 100).
pub(crate) fn money(s: &str) -> Option<Decimal> {
    let t = clean(s);
    if is_placeholder(t) {
        return Some(Decimal::ZERO);
    }
    let int_part = t.split('.').next().unwrap_or("");
    let groups: Vec<&str> = int_part.split(',').collect();
    if groups.len() > 1 {
        let digits = |g: &str| g.chars().filter(|c| c.is_ascii_digit()).count();
        if groups[1..]
            .iter()
            .any(|g| digits(g) != 3 || !g.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
    }
    parse_amount(t)
}

/// The kind of use a category cell names: voice, messaging or data.
pub(crate) fn usage_kind_of(s: &str) -> Option<UsageKind> {
    let t = s.to_ascii_lowercase();
    if t.contains("voice") || t == "call" || t.contains("minutes") {
        Some(UsageKind::Voice)
    } else if t.contains("messag") || t.contains("text") || t.contains("sms") || t.contains("mms") {
        Some(UsageKind::Sms)
    } else if t.contains("data") || t.contains("kb") || t.contains("gprs") || t.contains("internet")
    {
        Some(UsageKind::Data)
    } else {
        None
    }
}

/// The bill lines of one charges row, and the total it states.
pub(crate) type ChargesRow = (Vec<BillLine>, Option<BillTotal>);

/// Which columns of a per-subscriber charges summary are what.
pub(crate) struct ChargesSpec {
    pub period: &'static str,
    pub number: &'static str,
    /// The stated total of the row, if the file gives one.
    pub total: Option<&'static str>,
    /// The charge columns (taxes included), or every column but `not_charges`.
    pub charges: Option<&'static [&'static str]>,
    pub not_charges: &'static [&'static str],
}

/// A row reader for charges summaries: a bill line per non-zero charge column.
pub(crate) struct Charges(pub &'static ChargesSpec);

impl RowReader for Charges {
    fn row(&mut self, row: &Row<'_>, cx: &mut Cx<'_>) -> Rows {
        match charges_row(cx.cols, row, &cx.src, self.0) {
            Ok(c) => Rows::Charges(c),
            Err(o) => Rows::One(o),
        }
    }
}

#[allow(clippy::result_large_err)] // the error is the row's Outcome, built once
fn charges_row(
    c: &Cols,
    r: &Row,
    src: &SourceRef,
    spec: &ChargesSpec,
) -> Result<ChargesRow, Outcome> {
    let pi = c.idx(spec.period);
    let t = r.at(pi);
    let end = NaiveDate::parse_from_str(&t, "%m/%d/%Y")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(&t, "%m%d%Y").ok())
        .or_else(|| crate::parse::parse_date(&t));
    let Some(end) = end else {
        return Err(err(
            pi,
            spec.period,
            crate::msg!("expect-date-like", example = "04/20/2023, 2023/02/01"),
            &t,
        ));
    };
    let period = Period::of(end);
    let number = r.text_at(c.idx(spec.number));
    let mut lines = Vec::new();
    for (i, name) in c.names.iter().enumerate() {
        let wanted = match spec.charges {
            Some(list) => list.contains(&name.as_str()),
            None => !name.is_empty() && !spec.not_charges.contains(&name.as_str()),
        };
        if !wanted || c.names[..i].contains(name) {
            continue;
        }
        let text = r.at(Some(i));
        let Some(amount) = money(&text) else {
            return Err(err(
                Some(i),
                name,
                crate::msg!("expect-amount-plain"),
                &text,
            ));
        };
        if amount.is_zero() {
            continue;
        }
        lines.push(BillLine {
            currency: None,
            period,
            item: c.raw.get(i).cloned().unwrap_or_else(|| name.clone()),
            amount,
            number: number.clone(),
            source: src.clone(),
        });
    }
    let total = spec
        .total
        .and_then(|t| money(&r.at(c.idx(t))))
        .map(|amount| BillTotal {
            currency: None,
            period,
            amount,
            number,
            source: src.clone(),
        });
    Ok((lines, total))
}

/// (what, the parts, the stated total): one sum a summary row states.
pub(crate) type SumCheck = (&'static str, &'static [&'static str], &'static str);

/// Check each stated total of a summary row against the sum of its parts.
pub(crate) fn sum_checks(c: &Cols, r: &Row, line: u64, checks: &[SumCheck]) -> Vec<Reconcile> {
    let v = |n: &str| c.idx(n).and_then(|i| money(&r.at(Some(i))));
    // A part the file has no column for counts as zero; the total must be there.
    let part = |n: &str| match c.idx(n) {
        None => Some(Decimal::ZERO),
        Some(i) => money(&r.at(Some(i))),
    };
    let sum = |ns: &[&str]| ns.iter().map(|n| part(n)).sum::<Option<Decimal>>();
    let mut out = Vec::new();
    for (what, parts, total) in checks {
        if let (Some(computed), Some(stated)) = (sum(parts), v(total)) {
            out.push(normalized_check(
                crate::msg!(
                    "reconcile-line",
                    line = line,
                    what = crate::i18n::Msg::new(what, Vec::new())
                ),
                stated,
                computed,
            ));
        }
    }
    out
}

/// A stated amount against the sum of its parts, both written without trailing zeros.
pub(crate) fn normalized_check(
    what: crate::i18n::Msg,
    stated: Decimal,
    computed: Decimal,
) -> Reconcile {
    Reconcile {
        what,
        stated: stated.normalize().to_string(),
        computed: computed.normalize().to_string(),
        ok: stated == computed,
    }
}

/// Read a whole carrier file of format `table` (already decoded).
pub(crate) fn read(
    table: &Table,
    file: &TextFile<'_>,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    let reader = (table.open)(file, report)?;
    read_with(table, reader, file.text, sink, report)
}

/// Read a whole carrier file of format `table` with a row reader already made.
pub(crate) fn read_with(
    table: &Table,
    reader: Box<dyn RowReader>,
    text: &str,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    report.format = Some(table.id.into());
    report.kind = Some(table.kind);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(table.delimiter)
        // Records end at LF only: with CRLF the csv crate reports each record one line early.
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(text.as_bytes());
    let mut state = ReadState {
        table,
        reader,
        cols: Cols::default(),
        extra_lines: 0,
        span: None,
    };
    let mut rec = csv::StringRecord::new();
    let mut n: u64 = 0;
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(report.rows + 1);
                return Err(ImportError::Csv {
                    file: report.file.clone(),
                    line,
                    message: crate::msg!("verbatim", text = e.to_string()),
                });
            }
        }
        n += 1;
        let line = rec.position().map(|p| p.line()).unwrap_or(n);
        report.rows += 1;
        state.record(&rec, n, line, sink, report);
    }
    if n == 0 {
        return Err(unusable(report, crate::msg!("unrecognised-empty-file")));
    }
    state.finish(text, report);
    Ok(())
}

/// What the reading of one carrier file carries from row to row.
struct ReadState<'t> {
    table: &'t Table,
    reader: Box<dyn RowReader>,
    cols: Cols,
    /// Bill lines beyond the first of charges rows (one row, one record).
    extra_lines: u64,
    /// The first and last dates of the records.
    span: Option<(NaiveDate, NaiveDate)>,
}

impl ReadState<'_> {
    /// The `n`th record of the file (1-based), at `line`.
    fn record(
        &mut self,
        rec: &csv::StringRecord,
        n: u64,
        line: u64,
        sink: &mut dyn Sink,
        report: &mut FileReport,
    ) {
        if let Some(h) = usize::try_from(n - 1)
            .ok()
            .and_then(|i| self.table.heading.get(i))
        {
            if *h == Heading::Header {
                self.cols = Cols::new(rec);
                report.header_row = Some(line);
            }
            report.skip(match h {
                Heading::Title => crate::msg!("skip-report-heading"),
                Heading::Header => crate::msg!("skip-header"),
                Heading::French => crate::msg!("skip-second-header-french"),
            });
            return;
        }
        if rec.iter().all(|x| clean(x).is_empty()) {
            report.skip(crate::msg!("skip-blank-line"));
            return;
        }
        let mut cx = Cx {
            cols: &self.cols,
            src: source(&report.file, line),
            line,
            checks: Vec::new(),
        };
        let rows = self.reader.row(&Row { rec }, &mut cx);
        report.reconciliation.append(&mut cx.checks);
        match rows {
            Rows::One(out) => self.outcome(out, line, sink, report),
            Rows::Charges(charges) => self.charges(charges, line, sink, report),
        }
    }

    fn charges(
        &mut self,
        (lines, total): ChargesRow,
        line: u64,
        sink: &mut dyn Sink,
        report: &mut FileReport,
    ) {
        if let Some(t) = total {
            let sum: Decimal = lines.iter().map(|l| l.amount).sum();
            let what = match t.number.as_deref() {
                Some(n) => crate::msg!("reconcile-charges-taxes-number", line = line, number = n),
                None => crate::msg!("reconcile-charges-taxes", line = line),
            };
            report
                .reconciliation
                .push(normalized_check(what, t.amount, sum));
            sink.bill_total(t);
        }
        if lines.is_empty() {
            report.skip(crate::msg!("skip-no-charges-in-row"));
            return;
        }
        // One row, one record in the accounting; it yields a bill line per non-zero
        // charge column.
        report.records += 1;
        self.extra_lines += lines.len() as u64 - 1;
        for l in lines {
            sink.bill_line(l);
        }
    }

    fn outcome(&mut self, out: Outcome, line: u64, sink: &mut dyn Sink, report: &mut FileReport) {
        match out {
            Outcome::Bill(b) => {
                report.records += 1;
                sink.bill_line(b);
            }
            Outcome::Total(t) => {
                report.skip(crate::msg!("skip-stated-total"));
                sink.bill_total(t);
            }
            Outcome::Usage(u) => {
                report.records += 1;
                self.widen(u.start.date());
                report.usage_kinds.insert(u.kind);
                sink.usage(&u);
            }
            Outcome::Tx(t) => {
                report.records += 1;
                self.widen(t.date.date());
                sink.transaction(t);
            }
            Outcome::Skip(reason) => report.skip(reason),
            Outcome::Error { col, message } => report.error(line, col, message),
            // These readers never wait for a later row.
            Outcome::Defer => report.error(line, 0, crate::msg!("row-error-date-order-unknown")),
        }
    }

    fn widen(&mut self, d: NaiveDate) {
        self.span = Some(match self.span {
            Some((a, b)) => (a.min(d), b.max(d)),
            None => (d, d),
        })
    }

    /// After the last record: the empty lines, and notes on what was read.
    fn finish(&self, text: &str, report: &mut FileReport) {
        // The csv crate passes over empty lines without a record: count them as skips.
        let empty = text
            .split('\n')
            .filter(|l| l.trim_end_matches('\r').is_empty())
            .count() as u64;
        let empty = empty.saturating_sub(u64::from(text.ends_with('\n')));
        for _ in 0..empty {
            report.rows += 1;
            report.skip(crate::msg!("skip-blank-line"));
        }
        if self.extra_lines > 0 {
            report.notes.push(crate::msg!(
                "note-bill-lines-from-charge-rows",
                lines = report.records + self.extra_lines,
                rows = report.records
            ));
        }
        if let Some((a, b)) = self.span {
            report.notes.push(crate::msg!(
                "note-records-dated",
                from = a.to_string(),
                to = b.to_string()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn carrier_money() {
        assert_eq!(money("($948.03)"), Some(dec!(-948.03)));
        assert_eq!(money("$-17.86"), Some(dec!(-17.86)));
        assert_eq!(money(".74"), Some(dec!(0.74)));
        assert_eq!(money("1,234.56"), Some(dec!(1234.56)));
        assert_eq!(money("1,00"), None);
        assert_eq!(money("NA"), Some(dec!(0)));
    }

    #[test]
    fn clock_and_cycle_dates() {
        assert_eq!(parse_clock("7:15A").unwrap().to_string(), "07:15:00");
        assert_eq!(parse_clock("11:02P").unwrap().to_string(), "23:02:00");
        assert_eq!(parse_clock("12:05A").unwrap().to_string(), "00:05:00");
        assert_eq!(parse_clock("09:38").unwrap().to_string(), "09:38:00");
        assert!(parse_clock("13:00P").is_none());
        let jan = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
        assert_eq!(
            date_in_cycle("12/20", jan).unwrap().to_string(),
            "2024-12-20"
        );
        assert_eq!(
            date_in_cycle("01/03", jan).unwrap().to_string(),
            "2025-01-03"
        );
        let dec_cycle = NaiveDate::from_ymd_opt(2024, 12, 16).unwrap();
        assert_eq!(
            date_in_cycle("11/20", dec_cycle).unwrap().to_string(),
            "2024-11-20"
        );
        assert!(date_in_cycle("02/30", jan).is_none());
    }
}
