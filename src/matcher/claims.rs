//! Claims: what the debits that pay no bill in the folder are, after the assignment.
//!
//! In order: a debit refunded in full by a later credit is not claimed; a debit that
//! repeats, within days, the debit that paid a bill in full is a duplicate payment of that
//! bill; a debit in the payment window of the period just before the first bill or just
//! after the last one pays a bill that is not in the folder (an assumption, not a claim);
//! a debit of exactly the amount of a bill already paid in full, in its window, is a
//! duplicate payment; any other debit in the checked range is unexplained. Partial refunds
//! then reduce the claims (and overpayments) they follow.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::assignment::{window, Payment, Window};
use super::bills::Bill;
use super::linking::refund_of;
use crate::config::Config;
use crate::model::{Period, Transaction};

/// How many days apart a debit may repeat the one that paid a bill and be its duplicate
/// even where a bill outside the folder could explain it.
pub const TWIN_DAYS: i64 = 7;

/// What an unpaired debit is claimed as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ClaimKind {
    /// No bill explains it.
    Unexplained,
    /// It pays again the bill of `period`, already paid in full by debit `of`.
    Duplicate { period: Period, of: usize },
}

/// A carrier-bound debit claimed back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DebitClaim {
    /// Index into [`super::Matched::transactions`].
    pub debit: usize,
    pub kind: ClaimKind,
    /// What is claimed: the debit less the partial refunds that followed it.
    pub amount: Decimal,
    /// Credits that refunded part of it.
    pub refunds: Vec<usize>,
}

/// The claims and what was set aside.
#[derive(Debug, Default)]
pub(crate) struct Claims {
    pub claims: Vec<DebitClaim>,
    /// (debit, credit) refunded in full.
    pub refunded: Vec<(usize, usize)>,
    /// Debits that pay a bill not in the folder: (debit, its period).
    pub outside: Vec<(usize, Period)>,
    /// Debits outside every checked window.
    pub unchecked: Vec<usize>,
    /// Per payment (same order as the payments): partial refunds of an overpayment.
    pub payment_refunds: Vec<Vec<usize>>,
}

/// The inputs the claims are made from.
pub(crate) struct Ledger<'a> {
    pub config: &'a Config,
    pub txs: &'a [Transaction],
    pub bills: &'a BTreeMap<Period, Bill>,
    pub payments: &'a [Payment],
    /// Carrier-bound credits.
    pub credits: &'a [usize],
}

impl Ledger<'_> {
    fn amount(&self, i: usize) -> Decimal {
        -self.txs[i].amount
    }
    fn day(&self, i: usize) -> NaiveDate {
        self.txs[i].date.date()
    }
    fn window(&self, p: Period) -> Window {
        window(&self.config.matching, p)
    }
    /// The first payee pattern a transaction matches: two transactions with the same one
    /// are money to or from the same payee.
    fn payee(&self, i: usize) -> Option<usize> {
        let t = &self.txs[i];
        self.config
            .account
            .payees
            .iter()
            .position(|r| r.is_match(&t.counterparty) || r.is_match(&t.description))
    }
}

/// Make the claims for the debits the assignment left unpaired (in date order).
pub(crate) fn claims(l: &Ledger<'_>, unassigned: &[usize]) -> Claims {
    let mut out = Claims::default();
    let mut credit_used = vec![false; l.txs.len()];
    let left = full_refunds(l, unassigned, &mut credit_used, &mut out.refunded);
    let (first, last) = match (l.bills.keys().next(), l.bills.keys().next_back()) {
        (Some(a), Some(b)) => (*a, *b),
        _ => {
            out.unchecked = left;
            return out;
        }
    };
    let checked = (l.window(first).from, l.window(last).to);
    let mut outside_taken: Vec<Period> = Vec::new();
    for d in left {
        let claim = |kind| DebitClaim {
            debit: d,
            kind,
            amount: l.amount(d),
            refunds: Vec::new(),
        };
        if let Some(kind) = twin_of_payer(l, d) {
            out.claims.push(claim(kind));
        } else if let Some(p) = outside_bill(l, d, &outside_taken) {
            outside_taken.push(p);
            out.outside.push((d, p));
        } else if let Some(kind) = repeat_of_paid_bill(l, d) {
            out.claims.push(claim(kind));
        } else if l.day(d) >= checked.0 && l.day(d) <= checked.1 {
            out.claims.push(claim(ClaimKind::Unexplained));
        } else {
            out.unchecked.push(d);
        }
    }
    out.payment_refunds = partial_refunds(l, &mut out.claims, &mut credit_used);
    out.claims.retain(|c| c.amount > Decimal::ZERO);
    out
}

/// Debits refunded in full by a later credit of the same amount (the refund whose order
/// id names the payment first; a refund that names another payment is kept for that one).
/// Returns the debits left.
fn full_refunds(
    l: &Ledger<'_>,
    debits: &[usize],
    credit_used: &mut [bool],
    refunded: &mut Vec<(usize, usize)>,
) -> Vec<usize> {
    let names_a_payment: Vec<bool> = l
        .credits
        .iter()
        .map(|&c| debits.iter().any(|&d| refund_of(&l.txs[d], &l.txs[c])))
        .collect();
    let mut left = Vec::new();
    for &d in debits {
        let t = &l.txs[d];
        let cancels =
            |c: usize| !credit_used[c] && l.txs[c].amount == -t.amount && l.txs[c].date >= t.date;
        let by_id = l
            .credits
            .iter()
            .find(|&&c| cancels(c) && refund_of(t, &l.txs[c]));
        let any = || {
            l.credits
                .iter()
                .zip(&names_a_payment)
                .find(|(&c, named)| cancels(c) && !**named)
                .map(|(c, _)| c)
        };
        match by_id.or_else(any) {
            Some(&c) => {
                credit_used[c] = true;
                refunded.push((d, c));
            }
            None => left.push(d),
        }
    }
    left
}

/// A debit that repeats, within [`TWIN_DAYS`], a debit of the same amount that paid a
/// bill in full, inside that bill's window.
fn twin_of_payer(l: &Ledger<'_>, d: usize) -> Option<ClaimKind> {
    l.payments
        .iter()
        .filter(|p| p.paid == p.billed && l.window(p.period).contains(l.day(d)))
        .flat_map(|p| p.debits.iter().map(move |o| (p.period, *o)))
        .filter(|(_, o)| l.amount(*o) == l.amount(d))
        .map(|(period, o)| ((l.day(o) - l.day(d)).num_days().abs(), period, o))
        .filter(|(gap, _, _)| *gap <= TWIN_DAYS)
        .min()
        .map(|(_, period, of)| ClaimKind::Duplicate { period, of })
}

/// Whether the debit goes to a payee that the bills in the folder are paid to (or no bill
/// is paid at all): only such a debit can pay a bill that is not in the folder.
fn pays_bills(l: &Ledger<'_>, d: usize) -> bool {
    let mut payers = l.payments.iter().flat_map(|p| p.debits.iter());
    let payee = l.payee(d);
    l.payments.is_empty() || payers.any(|o| l.payee(*o) == payee)
}

/// The bill of the period just before the first bill or just after the last one, when
/// the debit is in its window, keeps the order of the payments (before the first bill's
/// payment, after the last one's), and is near the amount of the bill beside it (as a
/// pairing would be: off by less than half the debit). Each such bill is paid once.
fn outside_bill(l: &Ledger<'_>, d: usize, taken: &[Period]) -> Option<Period> {
    let (first, last) = (l.bills.values().next()?, l.bills.values().next_back()?);
    let paid_on = |p: Period| {
        l.payments
            .iter()
            .filter(move |x| x.period == p)
            .flat_map(|x| x.debits.iter().map(|o| l.day(*o)))
    };
    let before = paid_on(first.period).all(|o| l.day(d) <= o);
    let after = paid_on(last.period).all(|o| l.day(d) >= o);
    let near = |b: &Bill| {
        l.amount(d)
            .checked_sub(b.amount)
            .and_then(|gap| gap.abs().checked_mul(Decimal::TWO))
            .is_some_and(|g| g < l.amount(d))
    };
    [
        (first.period.prev(), before && near(first)),
        (last.period.next(), after && near(last)),
    ]
    .into_iter()
    .filter(|(p, ok)| *ok && !l.bills.contains_key(p) && !taken.contains(p))
    .map(|(p, _)| p)
    .find(|p| l.window(*p).contains(l.day(d)) && pays_bills(l, d))
}

/// A debit of exactly the amount of a bill paid in full, in its window: the bill whose
/// paying debit is nearest in date is the one paid twice.
fn repeat_of_paid_bill(l: &Ledger<'_>, d: usize) -> Option<ClaimKind> {
    l.payments
        .iter()
        .filter(|p| {
            p.paid == p.billed && p.billed == l.amount(d) && l.window(p.period).contains(l.day(d))
        })
        .flat_map(|p| p.debits.iter().map(move |o| (p.period, *o)))
        .map(|(period, o)| ((l.day(o) - l.day(d)).num_days().abs(), period, o))
        .min()
        .map(|(_, period, of)| ClaimKind::Duplicate { period, of })
}

/// Credits that refund part of a claim (or of an overpayment): later, from the same
/// payee, and not more than what is still claimed. Returns the refunds per payment.
fn partial_refunds(
    l: &Ledger<'_>,
    claims: &mut [DebitClaim],
    credit_used: &mut [bool],
) -> Vec<Vec<usize>> {
    let mut per_payment = vec![Vec::new(); l.payments.len()];
    for &c in l.credits {
        if credit_used[c] {
            continue;
        }
        let refund = l.txs[c].amount;
        let fits = |debit: usize, left: Decimal| {
            l.txs[debit].date <= l.txs[c].date && refund <= left && l.payee(debit) == l.payee(c)
        };
        if let Some(claim) = claims.iter_mut().find(|k| fits(k.debit, k.amount)) {
            claim.amount -= refund;
            claim.refunds.push(c);
            credit_used[c] = true;
            continue;
        }
        let over = l.payments.iter().enumerate().find(|(i, p)| {
            let left = per_payment[*i]
                .iter()
                .try_fold(p.paid - p.billed, |s: Decimal, r: &usize| {
                    s.checked_sub(l.txs[*r].amount)
                });
            p.debits
                .first()
                .zip(left)
                .is_some_and(|(d, left)| left > Decimal::ZERO && fits(*d, left))
        });
        if let Some((i, _)) = over {
            per_payment[i].push(c);
            credit_used[c] = true;
        }
    }
    per_payment
}
