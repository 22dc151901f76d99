//! The matcher: cross-references bill lines with subscribed services, usage with services
//! (aggregated per service and period while streaming), and carrier-bound transactions
//! with the bills they pay. Its parts, in the order they run:
//!
//! * [`collection`]: records in, usage aggregated on arrival;
//! * [`bills`]: each line's kind and service, the bills per period;
//! * [`coverage`]: where usage exports can show that a service was used;
//! * [`linking`]: the money paid to the carrier, the same money counted once;
//! * [`assignment`]: debits to bills in one optimal step;
//! * [`claims`]: what the debits that pay no bill are.

pub mod assignment;
pub mod bills;
pub mod claims;
pub mod collection;
pub mod coverage;
pub mod linking;
pub mod unread;

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_decimal::Decimal;

use crate::config::Config;
use crate::import::FileReport;
use crate::model::{BillLine, BillTotal, LineKind, Period, SourceRef, Transaction, UsageKind};

pub use assignment::{window, Payment, Window};
pub use bills::Bill;
pub use claims::{ClaimKind, DebitClaim};
pub use collection::{Collector, UsageAgg, UsageSource};
pub use coverage::Coverage;
pub use linking::{link_same_money, LINK_DAYS};

/// A sum of amounts that does not fit a decimal, at the record that made it overflow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}: the amounts do not add up within the range of a decimal")]
pub struct Overflow {
    pub at: SourceRef,
}

/// One bill line with what the matcher knows of it.
#[derive(Debug, Clone, Copy)]
pub struct LineRef<'a> {
    /// Index into [`Matched::bill_lines`].
    pub id: usize,
    pub line: &'a BillLine,
    pub kind: LineKind,
    /// Index into `config.services` (charges only).
    pub service: Option<usize>,
}

/// A charge (not arrears, a balance or an amount due) for more than zero. The sign and
/// zero tests give what `amount > 0` gives, without a full decimal comparison per line.
fn is_positive_charge(l: &LineRef<'_>) -> bool {
    let a = l.line.amount;
    l.kind.is_charge() && a.is_sign_positive() && !a.is_zero()
}

/// An overpayment: a payment larger than its bill, less the refunds that followed.
#[derive(Debug, Clone, Copy)]
pub struct Overpaid<'a> {
    pub payment: &'a Payment,
    /// What is claimed: paid − billed − refunded.
    pub claim: Decimal,
    pub refunds: &'a [usize],
}

/// Everything the rules read.
#[derive(Debug)]
pub struct Matched {
    pub bill_lines: Vec<BillLine>,
    pub bill_totals: Vec<BillTotal>,
    /// Per bill line: what it is (read it with [`Matched::lines`]).
    line_kinds: Vec<LineKind>,
    /// Per bill line: the index of the service it belongs to (read it with [`Matched::lines`]).
    line_service: Vec<Option<usize>>,
    /// Per service (index into `config.services`): its bill lines, in order (read them
    /// with [`Matched::lines_of`]): the checks ask per service, and a pass over every line
    /// for each of many services added up.
    service_lines: Vec<Vec<usize>>,
    pub bills: BTreeMap<Period, Bill>,
    pub transactions: Vec<Transaction>,
    /// The same money seen in two files: (kept, dropped). The dropped one is left out of
    /// `carrier_txs` so that it is not counted twice; the pair is kept as evidence.
    pub linked: Vec<(usize, usize)>,
    /// Indices of carrier-bound transactions (per `payees`), without the dropped side of
    /// each `linked` pair.
    pub carrier_txs: Vec<usize>,
    pub payments: Vec<Payment>,
    /// Per payment: credits that refunded part of an overpayment.
    payment_refunds: Vec<Vec<usize>>,
    /// Debits claimed back: unexplained, or paying a bill a second time.
    pub claims: Vec<DebitClaim>,
    /// The debits of `claims`.
    pub unpaired_debits: Vec<usize>,
    /// Debits that a later carrier-bound credit of the same amount refunded: (debit, credit).
    pub refunded: Vec<(usize, usize)>,
    /// Debits that pay the bill of a period just outside the folder: (debit, period).
    pub outside: Vec<(usize, Period)>,
    /// Carrier-bound debits outside the billed periods' payment windows (not checked).
    pub unchecked_debits: Vec<usize>,
    pub usage: BTreeMap<(String, Period), UsageAgg>,
    pub unassigned_usage: BTreeMap<UsageKind, UsageAgg>,
    /// Per service id: the covered periods and how.
    pub coverage: BTreeMap<String, BTreeMap<Period, Coverage>>,
    /// Usage files (for evidence of "no usage").
    pub usage_files: Vec<Arc<str>>,
    /// Months taken out of `coverage`: a usage file holds rows that could not be read.
    pub unread_usage: Vec<unread::UnreadMonth>,
    pub assumptions: Vec<crate::i18n::Msg>,
}

impl Matched {
    pub fn usage_of(&self, service: &str, period: Period) -> Option<&UsageAgg> {
        self.usage.get(&(service.to_string(), period))
    }

    pub fn covered(&self, service: &str, period: Period) -> Option<&Coverage> {
        self.coverage.get(service)?.get(&period)
    }

    pub fn bill_period_range(&self) -> Option<(Period, Period)> {
        Some((*self.bills.keys().next()?, *self.bills.keys().next_back()?))
    }

    /// Every bill line.
    pub fn lines(&self) -> impl Iterator<Item = LineRef<'_>> {
        self.bill_lines
            .iter()
            .enumerate()
            .map(|(id, line)| LineRef {
                id,
                line,
                kind: self.line_kinds[id],
                service: self.line_service[id],
            })
    }

    /// The positive charges (not arrears, balances or amounts due).
    pub fn charges(&self) -> impl Iterator<Item = LineRef<'_>> {
        self.lines().filter(is_positive_charge)
    }

    /// The lines of one service (index into `config.services`): charges only.
    pub fn lines_of(&self, service: usize) -> impl Iterator<Item = LineRef<'_>> {
        let ids = self
            .service_lines
            .get(service)
            .map_or(&[][..], Vec::as_slice);
        ids.iter().map(|&id| LineRef {
            id,
            line: &self.bill_lines[id],
            kind: self.line_kinds[id],
            service: self.line_service[id],
        })
    }

    /// The positive charges of one service (index into `config.services`).
    pub fn charges_of(&self, service: usize) -> impl Iterator<Item = LineRef<'_>> {
        self.lines_of(service).filter(is_positive_charge)
    }

    /// The service (index into `config.services`) a bill line is a charge of.
    pub fn service_of(&self, line: usize) -> Option<usize> {
        self.line_service.get(line).copied().flatten()
    }

    /// One bill line.
    pub fn line(&self, id: usize) -> Option<LineRef<'_>> {
        Some(LineRef {
            id,
            line: self.bill_lines.get(id)?,
            kind: self.line_kinds[id],
            service: self.line_service[id],
        })
    }

    /// Debits no bill explains.
    pub fn unexplained(&self) -> impl Iterator<Item = &DebitClaim> {
        self.claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Unexplained)
    }

    /// Debits that pay a bill a second time: (claim, the bill's period, the debit that paid it).
    pub fn duplicates(&self) -> impl Iterator<Item = (&DebitClaim, Period, usize)> {
        self.claims.iter().filter_map(|c| match c.kind {
            ClaimKind::Duplicate { period, of } => Some((c, period, of)),
            ClaimKind::Unexplained => None,
        })
    }

    /// Payments larger than their bill, less what was refunded.
    pub fn overpaid(&self) -> impl Iterator<Item = Overpaid<'_>> {
        self.payments
            .iter()
            .zip(&self.payment_refunds)
            .filter_map(|(p, r)| {
                let refunded = r.iter().try_fold(Decimal::ZERO, |s, c| {
                    s.checked_add(self.transactions[*c].amount)
                })?;
                let claim = p.paid.checked_sub(p.billed)?.checked_sub(refunded)?;
                (claim > Decimal::ZERO).then_some(Overpaid {
                    payment: p,
                    claim,
                    refunds: r,
                })
            })
    }
}

/// Run the matcher over collected records.
pub fn match_all(
    config: &Config,
    c: Collector<'_>,
    reports: &[FileReport],
) -> Result<Matched, Overflow> {
    let c = c.finish();
    let Collector {
        bill_lines,
        bill_totals,
        transactions,
        usage,
        unassigned_usage,
        ambiguous_usage,
        sources,
        ..
    } = c;
    let (line_kinds, line_service) = bills::classify(config, &bill_lines);
    let mut service_lines = vec![Vec::new(); config.services.len()];
    for (id, s) in line_service.iter().enumerate() {
        if let Some(lines) = s.and_then(|s| service_lines.get_mut(s)) {
            lines.push(id);
        }
    }
    let bills = bills::bills(&bill_lines, &line_kinds, &bill_totals)?;
    let billed: Vec<Period> = bills.keys().copied().collect();
    let mut covered = coverage::coverage(config, reports, &sources, &billed);
    let unread_usage =
        unread::withdraw_unread(&mut covered.coverage, config, reports, &sources, &usage);
    let mut assumptions = covered.notes;
    if ambiguous_usage > 0 {
        assumptions.push(crate::msg!("note-ambiguous-usage", count = ambiguous_usage));
    }
    let linked = linking::link(config, &transactions);
    assumptions.extend(linked.notes);
    let mut debits: Vec<usize> = linked
        .carrier_txs
        .iter()
        .copied()
        .filter(|i| transactions[*i].is_debit())
        .collect();
    debits.sort_by_key(|i| (transactions[*i].date, *i));
    let credits: Vec<usize> = linked
        .carrier_txs
        .iter()
        .copied()
        .filter(|i| !transactions[*i].is_debit())
        .collect();
    let assigned = assignment::assign(&config.matching, &bills, &transactions, &debits);
    let made = claims::claims(
        &claims::Ledger {
            config,
            txs: &transactions,
            bills: &bills,
            payments: &assigned.payments,
            credits: &credits,
        },
        &assigned.unassigned,
    );
    assumptions.extend(payment_notes(config, &transactions, &made));
    Ok(Matched {
        unpaired_debits: made.claims.iter().map(|c| c.debit).collect(),
        claims: made.claims,
        refunded: made.refunded,
        outside: made.outside,
        unchecked_debits: made.unchecked,
        payment_refunds: made.payment_refunds,
        payments: assigned.payments,
        linked: linked.links,
        carrier_txs: linked.carrier_txs,
        bill_lines,
        bill_totals,
        line_kinds,
        line_service,
        service_lines,
        bills,
        transactions,
        usage,
        unassigned_usage,
        coverage: covered.coverage,
        usage_files: covered.usage_files,
        unread_usage,
        assumptions,
    })
}

/// Assumption lines for the debits that were set aside rather than claimed.
fn payment_notes(
    config: &Config,
    txs: &[Transaction],
    made: &claims::Claims,
) -> Vec<crate::i18n::Msg> {
    let mut out: Vec<crate::i18n::Msg> = made
        .outside
        .iter()
        .map(|(d, p)| {
            let t = &txs[*d];
            crate::msg!(
                "note-debit-pays-missing-bill",
                amount = (-t.amount).to_string(),
                date = t.date.date().to_string(),
                source = t.source.to_string(),
                period = p.to_string()
            )
        })
        .collect();
    if !made.unchecked.is_empty() {
        out.push(crate::msg!(
            "note-debits-unchecked",
            count = made.unchecked.len(),
            days = config.matching.window_days
        ));
    }
    out
}

#[cfg(test)]
mod tests;
