//! The T-Mobile (US) PDF bill.
//!
//! Its "DETAILED CHARGES" pages list the line items under PLANS, EQUIPMENT, SERVICES and
//! ONE-TIME CHARGES, each section with its stated subtotal; "THIS BILL SUMMARY" states, per
//! phone line, the charges by category and the line's total, and the bill's totals. The
//! line items are the bill lines; everything stated is checked: each section's items against
//! its subtotal, each phone line's categories against its total, each category over the
//! lines against the totals row, and all items against the bill total (which is kept as
//! the bill's stated total). A sidebar (savings, data used) runs beside the items on the
//! right of the page: text right of the page header's "Bill issue date" is not read.
//!
//! The period is the month of the bill issue date (the bill "for January" is issued on
//! January 25); a bill without an issue date is not read.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use rust_decimal::Decimal;

use super::extract::{Cell, Line};
use super::table::by_column;
use super::Doc;
use crate::import::{FileReport, ImportError, Reconcile, Sink};
use crate::model::{BillLine, BillTotal, Period, RecordKind, SourceRef};

const SECTIONS: [&str; 4] = ["PLANS", "EQUIPMENT", "SERVICES", "ONE-TIME CHARGES"];
const CATEGORIES: [&str; 4] = ["Plans", "Equipment", "Services", "One-time charges"];

static USD: LazyLock<Regex> = LazyLock::new(|| {
    // At most twelve digits before the point: sums of them cannot overflow.
    Regex::new(r"^(-)?\$((?:\d{1,3}(?:,\d{3}){1,3}|\d{1,12})\.\d{2})$").expect("valid regex")
});
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(\d{3}\) \d{3}-\d{4}$").expect("valid regex"));

/// `$1,234.56`, `-$39.59`.
fn usd(s: &str) -> Option<Decimal> {
    let c = USD.captures(s.trim())?;
    let v: Decimal = c[2].replace(',', "").parse().ok()?;
    Some(if c.get(1).is_some() { -v } else { v })
}

/// Whether `doc` is a T-Mobile bill: its name, the summary and the detailed charges.
/// The T-Mobile bill, registered in [`crate::import::formats::FORMATS`].
pub(crate) static LAYOUTS: &[crate::import::formats::PdfLayout] =
    &[crate::import::formats::PdfLayout {
        id: "tmobile-pdf",
        recognise,
        read: import,
    }];

fn recognise(doc: &Doc) -> bool {
    let has = |t: &str| {
        doc.each_line()
            .any(|(_, _, l)| l.cells.iter().any(|c| c.text == t))
    };
    doc.each_line()
        .any(|(_, _, l)| l.cells.iter().any(|c| c.text.contains("T-Mobile")))
        && has("THIS BILL SUMMARY")
        && has("DETAILED CHARGES")
}

/// The bill issue date: under the "Bill issue date" heading of the first page that has it.
fn issue_date(doc: &Doc) -> Option<NaiveDate> {
    doc.pages.iter().find_map(|p| {
        let (i, x) = p.lines.iter().enumerate().find_map(|(i, l)| {
            l.cells
                .iter()
                .find(|c| c.text == "Bill issue date")
                .map(|c| (i, c.x))
        })?;
        let next = p.lines.get(i + 1)?;
        let cell = next
            .cells
            .iter()
            .min_by(|a, b| (a.x - x).abs().total_cmp(&(b.x - x).abs()))?;
        NaiveDate::parse_from_str(&cell.text, "%b %d, %Y").ok()
    })
}

/// Where a page's sidebar begins: the page header's "Bill issue date" column.
fn sidebar_x(lines: &[Line]) -> f64 {
    lines
        .iter()
        .flat_map(|l| &l.cells)
        .find(|c| c.text == "Bill issue date" || c.text == "YOU SAVED")
        .map_or(f64::INFINITY, |c| c.x - 2.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Other,
    Summary,
    Detailed,
}

fn import(doc: &Doc, sink: &mut dyn Sink, report: &mut FileReport) -> Result<(), ImportError> {
    let Some(issued) = issue_date(doc) else {
        return Err(ImportError::Unrecognised {
            file: report.file.clone(),
            reason: crate::msg!("tmobile-no-issue-date"),
        });
    };
    report.format = Some("tmobile-pdf".into());
    report.kind = Some(RecordKind::BillLines);
    let mut st = State {
        period: Period::of(issued),
        sink,
        part: Part::Other,
        summary: Summary {
            sums: [Decimal::new(0, 2); 5],
            ..Summary::default()
        },
        section: None,
        sections: Vec::new(),
        pending: None,
        items: Decimal::ZERO,
        due: None,
        after_due: false,
        heading: String::new(),
        entries: 0,
    };
    for page in &doc.pages {
        let sidebar = sidebar_x(&page.lines);
        for (i, line) in page.lines.iter().enumerate() {
            report.rows += 1;
            let src = SourceRef {
                file: report.file.clone(),
                page: Some(page.number),
                row: i as u64 + 1,
            };
            st.line(line, sidebar, src, report);
        }
    }
    st.finish(report);
    report.notes.push(crate::msg!(
        "tmobile-note-period",
        period = st.period.to_string(),
        issued = issued.to_string()
    ));
    Ok(())
}

/// The per-line summary table as read.
#[derive(Default)]
struct Summary {
    columns: Vec<(f64, f64)>,
    /// Which column holds each category, and the total.
    at: [Option<usize>; 5],
    /// Per category and the total: the sum over the phone lines, and the totals row.
    sums: [Decimal; 5],
    totals: Option<([Decimal; 5], SourceRef)>,
}

struct State<'a> {
    period: Period,
    sink: &'a mut dyn Sink,
    part: Part,
    summary: Summary,
    /// The section being read: its name, its stated subtotal, the sum of its items.
    section: Option<(String, Decimal, Decimal)>,
    sections: Vec<(String, Decimal, Decimal)>,
    /// The last item text without an amount, for an amount on a line of its own.
    pending: Option<String>,
    items: Decimal,
    /// The amount under "TOTAL DUE" on the first page, and whether the last line was it.
    due: Option<Decimal>,
    after_due: bool,
    /// The last heading (`CHARGED USAGE`) and the items under it so far.
    heading: String,
    entries: u32,
}

impl State<'_> {
    fn line(&mut self, line: &Line, sidebar: f64, src: SourceRef, report: &mut FileReport) {
        let first = line.cells.first().map_or("", |c| c.text.as_str());
        match first {
            "THIS BILL SUMMARY" => self.part = Part::Summary,
            "DETAILED CHARGES" => self.part = Part::Detailed,
            "USAGE CHARGE DETAILS" => {
                self.close_section();
                self.part = Part::Other;
            }
            _ => {}
        }
        match self.part {
            Part::Summary => self.summary_line(line, src, report),
            Part::Detailed => {
                let main: Vec<&Cell> = line.cells.iter().filter(|c| c.x < sidebar).collect();
                self.detail_line(&main, src, report);
            }
            Part::Other => {
                if self.after_due && self.due.is_none() {
                    self.due = usd(first);
                }
                self.after_due = first == "TOTAL DUE";
                report.skip(crate::msg!("skip-outside-charge-tables"));
            }
        }
    }

    fn summary_line(&mut self, line: &Line, src: SourceRef, report: &mut FileReport) {
        let texts: Vec<&str> = line.cells.iter().map(|c| c.text.as_str()).collect();
        if texts.contains(&"Plans") && texts.contains(&"Total") {
            let s = &mut self.summary;
            s.columns = line.cells.iter().map(|c| (c.x, c.x_end)).collect();
            for (k, name) in CATEGORIES.iter().chain(&["Total"]).enumerate() {
                s.at[k] = texts.iter().position(|t| t == name);
            }
            report.skip(crate::msg!("skip-summary-table-header"));
            return;
        }
        let label = texts.first().copied().unwrap_or("");
        let is_row = label == "Totals" || label == "Account" || PHONE.is_match(label);
        if self.summary.columns.is_empty() || !is_row {
            report.skip(crate::msg!("skip-outside-charge-tables"));
            return;
        }
        let cells = by_column(&line.cells[1..], &self.summary.columns);
        let mut values = [Decimal::new(0, 2); 5];
        for (k, at) in self.summary.at.iter().enumerate() {
            // `-` and `Included` are no charge.
            values[k] = at
                .and_then(|i| usd(&cells[i]))
                .unwrap_or(Decimal::new(0, 2));
        }
        report.skip(crate::msg!("skip-per-line-summary"));
        if label == "Totals" {
            self.summary.totals = Some((values, src));
            return;
        }
        let categories = values[..4].iter().sum::<Decimal>();
        report.reconciliation.push(Reconcile::amounts(
            crate::msg!("reconcile-tmobile-line", label = label),
            values[4],
            categories,
        ));
        for (sum, v) in self.summary.sums.iter_mut().zip(values) {
            *sum += v;
        }
    }

    fn detail_line(&mut self, cells: &[&Cell], src: SourceRef, report: &mut FileReport) {
        let Some(last) = cells.last() else {
            report.skip(crate::msg!("skip-sidebar"));
            return;
        };
        let first = cells[0].text.as_str();
        if let Some(name) = SECTIONS.iter().find(|s| **s == first) {
            self.close_section();
            let stated = usd(&last.text).unwrap_or(Decimal::ZERO);
            self.section = Some((name.to_string(), stated, Decimal::ZERO));
            report.skip(crate::msg!("skip-section-heading-subtotal"));
            return;
        }
        let amount = usd(&last.text);
        let text: Vec<&str> = cells
            .iter()
            .filter(|c| usd(&c.text).is_none() && c.text != "Included")
            .map(|c| c.text.as_str())
            .collect();
        // `REGULAR CHARGES  Jan 26 - Feb 25  $320.00` is a heading with a subtotal.
        let heading = text.first().is_some_and(|t| is_heading(t));
        match (amount, last.text.as_str()) {
            _ if heading => {
                self.heading = text[0].to_string();
                self.entries = 0;
                report.skip(crate::msg!("skip-heading"));
            }
            (None, "Included") => report.skip(crate::msg!("skip-included-in-plan")),
            (None, _) => {
                if !is_note(first) {
                    self.pending = Some(item_text(&text));
                }
                report.skip(crate::msg!("skip-text-without-amount"));
            }
            (Some(a), _) => {
                let mut item = if text.is_empty() {
                    self.pending.take().unwrap_or_default()
                } else {
                    item_text(&text)
                };
                let labelled = cells
                    .iter()
                    .any(|c| c.text == "Account" || PHONE.is_match(&c.text));
                if self.heading == "CHARGED USAGE" && !labelled {
                    // One entry per phone line, whose label this bill does not print:
                    // the entry's place tells equal entries of different lines apart.
                    self.entries += 1;
                    item = format!("{item} (charged usage entry {})", self.entries);
                }
                self.item(item, a, src, report);
            }
        }
    }

    fn item(&mut self, item: String, amount: Decimal, src: SourceRef, report: &mut FileReport) {
        if item.is_empty() {
            report.skip(crate::msg!("skip-amount-without-item"));
            return;
        }
        if let Some(s) = self.section.as_mut() {
            s.2 += amount;
        }
        self.items += amount;
        self.pending = None;
        report.records += 1;
        self.sink.bill_line(BillLine {
            currency: None,
            period: self.period,
            item,
            amount,
            number: None,
            source: src,
        });
    }

    fn close_section(&mut self) {
        if let Some(s) = self.section.take() {
            self.sections.push(s);
        }
    }

    fn finish(&mut self, report: &mut FileReport) {
        self.close_section();
        for (name, stated, sum) in &self.sections {
            report.reconciliation.push(Reconcile::amounts(
                crate::msg!("reconcile-tmobile-section", name = name),
                *stated,
                *sum,
            ));
        }
        let Some((totals, src)) = self.summary.totals.take() else {
            report.notes.push(crate::msg!("tmobile-note-no-totals"));
            return;
        };
        for (k, name) in CATEGORIES.iter().chain(&["Total"]).enumerate() {
            report.reconciliation.push(Reconcile::amounts(
                crate::msg!("reconcile-tmobile-summary", name = *name),
                totals[k],
                self.summary.sums[k],
            ));
        }
        if let Some(due) = self.due {
            report.reconciliation.push(Reconcile::amounts(
                crate::msg!("reconcile-tmobile-due"),
                due,
                totals[4],
            ));
        }
        report.reconciliation.push(Reconcile::amounts(
            crate::msg!("reconcile-tmobile-items"),
            totals[4],
            self.items,
        ));
        self.sink.bill_total(BillTotal {
            currency: None,
            period: self.period,
            amount: totals[4],
            number: None,
            source: src,
        });
    }
}

/// A line's item text: its cells, the line label (`Account`) left out.
fn item_text(text: &[&str]) -> String {
    let t: Vec<&str> = text
        .iter()
        .copied()
        .filter(|t| *t != "Account" && !PHONE.is_match(t))
        .collect();
    t.join(" ")
}

/// An all-capitals heading (`VOICE LINES`, `TAXES & FEES`).
fn is_heading(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_uppercase()) && !t.chars().any(|c| c.is_ascii_lowercase())
}

/// A note under an item rather than an item.
fn is_note(t: &str) -> bool {
    [
        "Itemized charges",
        "Includes ",
        "Charged in advance",
        "shown on a future",
        "Your subscriptions",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollar_amounts() {
        assert_eq!(usd("$1,234.56"), Some(Decimal::new(123456, 2)));
        assert_eq!(usd("-$39.59"), Some(Decimal::new(-3959, 2)));
        assert_eq!(usd("$0.00"), Some(Decimal::ZERO));
        for not in ["$1,23.00", "39.59", "$5", "Included", "-", "$1.5"] {
            assert_eq!(usd(not), None, "{not}");
        }
    }
}
