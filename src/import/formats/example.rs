//! A format that exists only in unit tests, written the way `docs/formats.md` says a new
//! format is written: this one file, registered by one line (here in the test-only list
//! of `formats::registry`, as a real one is in `FORMATS`). The tests below import files
//! through the ordinary entry point and find them read by it: nothing else was edited.

use rust_decimal::Decimal;

use super::spec::{Spec, BASE};
use super::{Format, TextFile, TextFormat};
use crate::import::generic::{Hooks, Layout};
use crate::import::header::Field;
use crate::import::{FileReport, ImportError, Reconcile, Sink};
use crate::model::{BillLine, Period};

pub(super) static FORMATS: &[Format] = &[Format::Tables(SPECS), Format::Texts(TEXTS)];

/// "Example Bank" statements: a header naming its own columns, a `Count: N` line under the
/// rows stating how many there are, checked by the format's hook.
static SPECS: &[Spec] = &[Spec {
    id: "example-bank",
    required: &["Booked", "Counterpart", "Value", "Example Bank ref"],
    cols: &[
        (Field::Date, &["Booked"]),
        (Field::Counterparty, &["Counterpart"]),
        (Field::Amount, &["Value"]),
        (Field::TxId, &["Example Bank ref"]),
    ],
    setup: |l, _, _| l.opts.collect_stats = true,
    hooks: &StatedCount,
    ..BASE
}];

/// The `Count: N` line an Example Bank file ends with, against the rows read.
#[derive(Debug)]
struct StatedCount;

impl Hooks for StatedCount {
    fn reconcile(&self, l: &Layout, _: &[String], trailer: &[Vec<String>], r: &mut FileReport) {
        let stated = trailer
            .iter()
            .find_map(|c| c.first()?.strip_prefix("Count:")?.trim().parse().ok());
        if let Some(stated) = stated {
            let rows: u64 = l.stats.values().map(|(n, _)| *n).sum();
            r.reconciliation.push(Reconcile::counts(
                crate::msg!("verbatim", text = "Count"),
                stated,
                rows,
            ));
        }
    }
}

/// "Example Carrier" bills: a text file whose first line is `EXAMPLE CARRIER BILL YYYY-MM`,
/// then `item=amount` lines.
static TEXTS: &[TextFormat] = &[TextFormat {
    id: "example-carrier",
    sniff: |head| head.text.starts_with("EXAMPLE CARRIER BILL "),
    sniff_beside: None,
    read,
}];

fn read(f: &TextFile<'_>, sink: &mut dyn Sink, r: &mut FileReport) -> Result<(), ImportError> {
    r.format = Some("example-carrier".into());
    r.kind = Some(crate::model::RecordKind::BillLines);
    let mut lines = f.text.lines();
    let period: Option<Period> = lines
        .next()
        .and_then(|l| l.trim_start_matches("EXAMPLE CARRIER BILL ").parse().ok());
    r.rows += 1;
    r.skip(crate::msg!("skip-header"));
    for (i, line) in lines.enumerate() {
        r.rows += 1;
        let row = i as u64 + 2;
        match (period, line.split_once('=')) {
            (Some(period), Some((item, amount))) if amount.parse::<Decimal>().is_ok() => {
                r.records += 1;
                sink.bill_line(BillLine {
                    period,
                    item: item.into(),
                    amount: amount.parse().unwrap_or_default(),
                    // The currency the file states for the amount (none here: the case's).
                    currency: None,
                    number: None,
                    source: crate::import::generic::source(&r.file, row),
                });
            }
            _ => r.error(row, 0, crate::msg!("example-row-error", found = line)),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::import::{import_bytes, Collect, ImportOptions};
    use rust_decimal_macros::dec;

    #[test]
    fn a_table_format_from_one_file_is_found_by_its_header() {
        let csv = "Example Bank statement\nBooked,Counterpart,Value,Example Bank ref\n\
                   2025-06-01,China Telecom,-58.00,R1\n2025-06-03,Refund,8.00,R2\nCount: 2\n";
        let mut sink = Collect::default();
        let r = import_bytes(
            csv.as_bytes(),
            "e.csv",
            &ImportOptions::default(),
            &mut sink,
            0,
        );
        assert_eq!(r.format.as_deref(), Some("example-bank"), "{r:?}");
        assert_eq!(sink.transactions.len(), 2);
        assert_eq!(sink.transactions[0].amount, dec!(-58.00));
        assert_eq!(sink.transactions[1].id.as_deref(), Some("R2"));
        assert_eq!(r.reconciliation.len(), 1);
        assert!(r.reconciliation[0].ok, "{:?}", r.reconciliation);
        assert!(r.accounted());
        // A profile may not take its id.
        assert!(crate::import::formats::is_builtin_id("example-bank"));
    }

    #[test]
    fn a_text_format_from_one_file_is_found_by_its_head() {
        let text = "EXAMPLE CARRIER BILL 2025-06\n月租=58.00\n流量包=x\n";
        let mut sink = Collect::default();
        let r = import_bytes(
            text.as_bytes(),
            "bill.txt",
            &ImportOptions::default(),
            &mut sink,
            0,
        );
        assert_eq!(r.format.as_deref(), Some("example-carrier"), "{r:?}");
        assert_eq!(sink.bill_lines.len(), 1);
        assert_eq!(sink.bill_lines[0].period.to_string(), "2025-06");
        assert_eq!((r.records, r.error_count), (1, 1));
        assert!(r.accounted());
    }
}
