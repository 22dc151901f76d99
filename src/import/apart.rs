//! Amounts in another currency than the case's: kept apart from everything that is summed,
//! matched or disputed, and reported with file, row, amount and currency.
//!
//! Every importer states the currency its file gives (see [`crate::currency`]); this sink,
//! between the importer and the audit, lets through the records in the case's currency and
//! those whose file states none, and holds back the others.

use std::collections::BTreeSet;

use rust_decimal::Decimal;
use serde::Serialize;

use super::{stated_total, FileReport, Sink};
use crate::i18n::Msg;
use crate::model::{BillLine, BillTotal, Currency, SourceRef, Transaction, UsageRecord};

/// The skip reason of a record kept apart (a catalogue id).
pub const FOREIGN_CURRENCY: &str = crate::mid!("skip-foreign-currency");

/// The skip reason of a bill's stated total left unchecked because some of that bill's
/// lines were kept apart (the total of the lines left would not be the bill's).
pub const TOTAL_UNCHECKED: &str = crate::mid!("skip-total-unchecked-foreign");

/// How many records kept apart a report lists one by one (all are counted).
pub const MAX_LISTED: usize = 200;

/// What a record kept apart was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApartKind {
    BillLine,
    BillTotal,
    Transaction,
}

impl ApartKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ApartKind::BillLine => "bill-line",
            ApartKind::BillTotal => "bill-total",
            ApartKind::Transaction => "transaction",
        }
    }
}

/// A record whose amount is in another currency than the case's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeptApart {
    #[serde(flatten)]
    pub source: SourceRef,
    pub kind: ApartKind,
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    pub currency: Currency,
    /// The item of a bill line, the counterparty of a transaction.
    pub text: String,
}

/// The sink that holds back records in a currency other than `case` (when there is a case).
/// Generic over the sink it feeds, so that the one behind it (the amount bound) is called
/// directly, not through a pointer per usage row.
pub(crate) struct KeepApart<'a, S: Sink + ?Sized> {
    pub inner: &'a mut S,
    pub case: Option<Currency>,
    pub kept: Vec<KeptApart>,
    /// Every currency the file stated.
    pub stated: BTreeSet<Currency>,
    /// Stated bill totals in the case's currency, held until the file is read: a bill some
    /// of whose lines were kept apart cannot be checked against its total.
    totals: Vec<BillTotal>,
    /// The periods of bill lines kept apart.
    apart_bills: BTreeSet<crate::model::Period>,
}

impl<'a, S: Sink + ?Sized> KeepApart<'a, S> {
    pub fn new(inner: &'a mut S, case: Option<Currency>) -> Self {
        KeepApart {
            inner,
            case,
            kept: Vec::new(),
            stated: BTreeSet::new(),
            totals: Vec::new(),
            apart_bills: BTreeSet::new(),
        }
    }

    /// After the file: pass on the held bill totals, but for the bills some of whose lines
    /// were kept apart; returns how many of those were left unchecked.
    pub fn finish(&mut self) -> u64 {
        let mut unchecked = 0;
        for t in std::mem::take(&mut self.totals) {
            if self.apart_bills.contains(&t.period) {
                unchecked += 1;
            } else {
                self.inner.bill_total(t);
            }
        }
        unchecked
    }

    /// Whether a record in `currency` goes on; if not, it is kept apart.
    fn admit(
        &mut self,
        currency: Option<Currency>,
        apart: impl FnOnce(Currency) -> KeptApart,
    ) -> bool {
        let Some(c) = currency else { return true };
        self.stated.insert(c);
        match self.case {
            Some(case) if case != c => {
                self.kept.push(apart(c));
                false
            }
            _ => true,
        }
    }
}

impl<S: Sink + ?Sized> Sink for KeepApart<'_, S> {
    fn bill_line(&mut self, line: BillLine) {
        let bill = line.period;
        let admitted = self.admit(line.currency, |currency| KeptApart {
            source: line.source.clone(),
            kind: ApartKind::BillLine,
            amount: line.amount,
            currency,
            text: line.item.clone(),
        });
        if admitted {
            self.inner.bill_line(line);
        } else {
            self.apart_bills.insert(bill);
        }
    }
    fn bill_total(&mut self, total: BillTotal) {
        let admitted = self.admit(total.currency, |currency| KeptApart {
            source: total.source.clone(),
            kind: ApartKind::BillTotal,
            amount: total.amount,
            currency,
            text: String::new(),
        });
        if admitted {
            self.totals.push(total);
        }
    }
    fn usage(&mut self, record: &UsageRecord) {
        self.inner.usage(record);
    }
    fn transaction(&mut self, tx: Transaction) {
        let admitted = self.admit(tx.currency, |currency| KeptApart {
            source: tx.source.clone(),
            kind: ApartKind::Transaction,
            amount: tx.amount,
            currency,
            text: tx.counterparty.clone(),
        });
        if admitted {
            self.inner.transaction(tx);
        }
    }
}

/// Count the records kept apart in the file's report: each was counted as a record (or a
/// bill's stated total as a skip) and becomes a skip of its own reason, the first
/// [`MAX_LISTED`] listed one by one.
pub(crate) fn account(
    report: &mut FileReport,
    kept: Vec<KeptApart>,
    stated: BTreeSet<Currency>,
    unchecked_totals: u64,
) {
    report.currencies.extend(stated);
    for _ in 0..unchecked_totals {
        if let Some(n) = report.skipped.get_mut(&stated_total()) {
            *n = n.saturating_sub(1);
        }
        report.skip(crate::i18n::Msg::new(TOTAL_UNCHECKED, Vec::new()));
    }
    for k in kept {
        if k.kind == ApartKind::BillTotal {
            if let Some(n) = report.skipped.get_mut(&stated_total()) {
                *n = n.saturating_sub(1);
            }
        } else {
            report.records = report.records.saturating_sub(1);
        }
        report.skip(crate::i18n::Msg::new(FOREIGN_CURRENCY, Vec::new()));
        if report.kept_apart.len() < MAX_LISTED {
            report.kept_apart.push(k);
        }
    }
}

/// An amount with at least two decimals (`-258.00`), as the reports write them.
fn two_decimals(d: Decimal) -> String {
    let mut x = d;
    if x.scale() < 2 {
        x.rescale(2);
    }
    x.to_string()
}

/// How many records kept apart the audit's notes list one by one.
pub const MAX_NOTED: usize = 20;

/// The audit's notes on the records kept apart: how many there are, then each (the first
/// [`MAX_NOTED`]) with file, row, amount and currency.
pub fn notes(reports: &[FileReport], case: &str) -> Vec<Msg> {
    let count: u64 = reports
        .iter()
        .map(|r| r.skipped_for(FOREIGN_CURRENCY))
        .sum();
    if count == 0 {
        return Vec::new();
    }
    let mut out = vec![crate::msg!("apart-summary", count = count, case = case)];
    let listed: Vec<&KeptApart> = reports.iter().flat_map(|r| &r.kept_apart).collect();
    for k in listed.iter().take(MAX_NOTED) {
        let what = if k.text.is_empty() {
            k.kind.as_str()
        } else {
            k.text.as_str()
        };
        out.push(crate::msg!(
            "apart-record",
            at = k.source.to_string(),
            amount = two_decimals(k.amount),
            currency = k.currency.as_str(),
            what = what,
            case = case
        ));
    }
    let shown = listed.len().min(MAX_NOTED) as u64;
    if count > shown {
        out.push(crate::msg!("apart-more", count = count - shown));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Collect;
    use std::sync::Arc;

    fn tx(currency: Option<&str>, row: u64) -> Transaction {
        Transaction {
            reversal: false,
            date: chrono::NaiveDate::from_ymd_opt(2025, 1, 5)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
            amount: Decimal::new(-4990, 2),
            currency: currency.and_then(Currency::code),
            counterparty: "Fictel".into(),
            description: String::new(),
            id: None,
            source: SourceRef::new(Arc::from("s.csv"), row),
        }
    }

    /// A bill some of whose lines are in another currency is not checked against its stated
    /// total; another bill's total is passed on.
    #[test]
    fn a_bill_with_foreign_lines_keeps_its_total_back() {
        let p = |s: &str| s.parse::<crate::model::Period>().unwrap();
        let line = |per: &str, cur: &str| BillLine {
            period: p(per),
            item: "roaming".into(),
            amount: Decimal::ONE,
            currency: Currency::code(cur),
            number: None,
            source: SourceRef::new(Arc::from("b.csv"), 2),
        };
        let total = |per: &str| BillTotal {
            period: p(per),
            amount: Decimal::TWO,
            currency: None,
            number: None,
            source: SourceRef::new(Arc::from("b.csv"), 9),
        };
        let mut c = Collect::default();
        let mut s = KeepApart::new(&mut c, Currency::code("CNY"));
        s.bill_line(line("2025-01", "CNY"));
        s.bill_line(line("2025-01", "USD"));
        s.bill_total(total("2025-01"));
        s.bill_line(line("2025-02", "CNY"));
        s.bill_total(total("2025-02"));
        assert_eq!(s.finish(), 1);
        assert_eq!(c.bill_totals.len(), 1);
        assert_eq!(c.bill_totals[0].period, p("2025-02"));
        assert_eq!(c.bill_lines.len(), 2);
    }

    /// In a CNY case a USD record is held back and listed; a CNY record and one whose file
    /// states no currency go on; with no case, everything goes on.
    #[test]
    fn foreign_records_are_held_back_and_counted() {
        let mut c = Collect::default();
        let cny = Currency::code("CNY");
        let mut s = KeepApart::new(&mut c, cny);
        s.transaction(tx(Some("USD"), 2));
        s.transaction(tx(Some("CNY"), 3));
        s.transaction(tx(None, 4));
        let (kept, stated) = (std::mem::take(&mut s.kept), std::mem::take(&mut s.stated));
        assert_eq!(c.transactions.len(), 2);
        let mut r = FileReport::new(Arc::from("s.csv"));
        r.rows = 3;
        r.records = 3;
        account(&mut r, kept, stated, 0);
        assert_eq!(r.records, 2);
        assert_eq!(r.skipped_for(FOREIGN_CURRENCY), 1);
        assert!(r.accounted());
        assert_eq!(r.kept_apart[0].source.row, 2);
        assert_eq!(r.kept_apart[0].currency.as_str(), "USD");
        assert_eq!(r.currencies.len(), 2);

        let mut c = Collect::default();
        let mut s = KeepApart::new(&mut c, None);
        s.transaction(tx(Some("USD"), 2));
        assert!(s.kept.is_empty());
        assert_eq!(c.transactions.len(), 1);
    }
}
