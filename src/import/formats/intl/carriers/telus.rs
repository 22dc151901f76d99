//! TELUS reports: `telus-airtime` ("REPORT - AIRTIME DETAILS", TAB, calls in sections per
//! subscriber, each section's total checked against its calls). The other TELUS reports
//! (summaries) are recognised and refused with the reason.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::{date_in_cycle, err, money, parse_clock, read, Cols, Cx, Row, RowReader, Rows, Table};
use crate::import::formats::TextFormat;
use crate::import::generic::Outcome;
use crate::import::statement::unusable;
use crate::import::Reconcile;
use crate::model::{RecordKind, SourceRef, UsageKind, UsageRecord};
use crate::parse::{clean, parse_duration, DurationUnit};

/// The report tags, with the name of each report that is not read (empty: the one read).
const REPORTS: [(&str, &str); 6] = [
    ("\"REPORT - AIRTIME DETAILS\"", ""),
    ("\"REPORT - ACCOUNT DETAIL\"", "Account Detail"),
    ("\"REPORT - GROUP SUMMARY\"", "Group Summary"),
    ("\"REPORT - INDIVIDUAL DETAILS\"", "Individual Details"),
    (
        "\"REPORT - MOBILITY INVOICE SUMMARY\"",
        "Mobility Invoice Summary",
    ),
    (
        "\"REPORT - DAYTIME, EVENING AND WEEKEND CHARGES\"",
        "Daytime, Evening and Weekend Charges",
    ),
];

/// The TELUS report a head is, by its tag: the name of a report that is not read, or ""
/// for the Airtime Details.
fn report_name(head: &str) -> Option<&'static str> {
    if head.lines().take(3).any(|l| l.starts_with("Invoice Date:")) {
        for l in head.lines().take(30) {
            if let Some((_, name)) = REPORTS.iter().find(|(tag, _)| l.trim() == *tag) {
                return Some(name);
            }
        }
    }
    head.lines()
        .take(30)
        .any(|l| l.trim() == REPORTS[5].0)
        .then_some(REPORTS[5].1)
}

const AIRTIME: Table = Table {
    id: "telus-airtime",
    kind: RecordKind::Usage,
    delimiter: b'\t',
    heading: &[],
    open: |_, _| Ok(Box::<Telus>::default()),
};

const OTHER: Table = Table {
    id: "telus-report",
    kind: RecordKind::Usage,
    delimiter: b'\t',
    heading: &[],
    open: |f, report| {
        let name = report_name(f.text).unwrap_or("?");
        Err(unusable(
            report,
            crate::msg!("telus-report-not-read", name = name),
        ))
    },
};

pub(crate) static FORMATS: &[TextFormat] = &[
    TextFormat {
        id: AIRTIME.id,
        sniff: |h| report_name(h.text) == Some(""),
        sniff_beside: None,
        read: |f, sink, r| read(&AIRTIME, f, sink, r),
    },
    TextFormat {
        id: OTHER.id,
        sniff: |h| report_name(h.text).is_some_and(|n| !n.is_empty()),
        sniff_beside: None,
        read: |f, sink, r| read(&OTHER, f, sink, r),
    },
];

/// The state of a TELUS Airtime Details report: invoice date, subscriber, section columns.
#[derive(Default)]
struct Telus {
    invoice: Option<NaiveDate>,
    subscriber: Option<String>,
    section: String,
    cols: Option<Cols>,
    /// Calls read in the current section and the sum of their `Total` column.
    section_calls: u64,
    section_sum: Decimal,
}

impl RowReader for Telus {
    fn row(&mut self, row: &Row<'_>, cx: &mut Cx<'_>) -> Rows {
        let first = row.at(Some(0)).into_owned();
        let cells = row.rec.iter().filter(|c| !clean(c).is_empty()).count();
        let out = match self.heading(row, &first, cells, cx) {
            Some(o) => o,
            None => self.call(row, first, cells, cx.src.clone()),
        };
        Rows::One(out)
    }
}

impl Telus {
    /// A row above or between the calls: the invoice date, a subscriber, a section header
    /// or total. `None` for any other row.
    fn heading(&mut self, r: &Row, first: &str, cells: usize, cx: &mut Cx) -> Option<Outcome> {
        Some(match first {
            "Invoice Date:" => {
                self.invoice = NaiveDate::parse_from_str(&r.at(Some(1)), "%d-%b-%y").ok();
                match self.invoice {
                    Some(_) => Outcome::Skip(crate::msg!("skip-report-heading")),
                    None => err(
                        Some(1),
                        "Invoice Date",
                        crate::msg!("expect-date-like", example = "06-Feb-23"),
                        &r.at(Some(1)),
                    ),
                }
            }
            "C:" => {
                self.subscriber = r.text_at(Some(1));
                Outcome::Skip(crate::msg!("skip-subscriber-details"))
            }
            "Call" => {
                self.cols = Some(Cols::new(r.rec));
                Outcome::Skip(crate::msg!("skip-section-header"))
            }
            "Date" if cells > 2 => {
                self.cols = None;
                Outcome::Skip(crate::msg!("skip-section-header"))
            }
            "Total" => {
                cx.checks.extend(self.section_total(r));
                self.section_calls = 0;
                self.section_sum = Decimal::ZERO;
                Outcome::Skip(crate::msg!("skip-section-total"))
            }
            _ => return None,
        })
    }

    /// A section's stated total against its calls.
    fn section_total(&self, r: &Row) -> Option<Reconcile> {
        let stated = self
            .cols
            .as_ref()
            .and_then(|c| c.idx("total"))
            .map(|i| r.at(Some(i)).into_owned())
            .filter(|s| !s.is_empty())?;
        let value = money(&stated);
        Some(Reconcile {
            what: crate::msg!(
                "reconcile-section-total",
                subscriber = self.subscriber.as_deref().unwrap_or("?"),
                section = &self.section,
                count = self.section_calls
            ),
            stated,
            computed: self.section_sum.normalize().to_string(),
            ok: value == Some(self.section_sum),
        })
    }

    /// A call of the current section (or a section name, or another heading line).
    fn call(&mut self, r: &Row, first: String, cells: usize, src: SourceRef) -> Outcome {
        let is_entry = !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit()) && cells > 3;
        let Some(c) = self.cols.as_ref().filter(|_| is_entry) else {
            if cells == 1 && !first.starts_with('-') && !first.contains(':') {
                self.section = first;
            }
            return Outcome::Skip(crate::msg!("skip-report-heading-or-subscriber"));
        };
        let Some(invoice) = self.invoice else {
            return err(Some(1), "Date", crate::msg!("expect-invoice-date-line"), "");
        };
        let di = c.idx("date");
        let date_text = r.at(di);
        let date =
            NaiveDate::parse_from_str(&format!("{date_text}-{}", invoice.year()), "%d-%b-%Y")
                .ok()
                .and_then(|d| date_in_cycle(&format!("{}/{}", d.month(), d.day()), invoice));
        let Some(date) = date else {
            return err(
                di,
                "Date",
                crate::msg!("expect-date-like", example = "08-Jan"),
                &date_text,
            );
        };
        let ti = c.idx("time");
        let Some(time) = parse_clock(&r.at(ti)) else {
            return err(
                ti,
                "Time",
                crate::msg!("expect-time-like", example = "10:15"),
                &r.at(ti),
            );
        };
        let li = c.idx("calllength");
        let Some(seconds) = parse_duration(&r.at(li), DurationUnit::Seconds) else {
            return err(
                li,
                "Call Length",
                crate::msg!("expect-minutes-seconds-like", example = "7:00"),
                &r.at(li),
            );
        };
        let fi = c.idx("total");
        let Some(fee) = money(&r.at(fi)) else {
            return err(
                fi,
                "Total",
                crate::msg!("expect-amount-like", example = "$0.00"),
                &r.at(fi),
            );
        };
        self.section_calls += 1;
        self.section_sum += fee;
        let kind = if self.section.to_ascii_lowercase().contains("data") {
            UsageKind::Data
        } else {
            UsageKind::Voice
        };
        Outcome::Usage(UsageRecord {
            start: date.and_time(time),
            kind,
            number: self.subscriber.clone(),
            seconds,
            bytes: 0,
            fee,
            source: src,
        })
    }
}
