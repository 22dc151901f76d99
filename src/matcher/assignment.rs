//! Assignment: carrier-bound debits to the bills they pay, in one optimal step.
//!
//! Each debit pays at most one bill; a bill takes one debit, or several that add up to it
//! exactly (a split payment, grouped first). Among all assignments, the one chosen leaves
//! the least money unexplained, then keeps each payment nearest to its bill's due date: a
//! min-cost bipartite matching (Kuhn–Munkres) where pairing a debit with a bill costs twice
//! their difference plus the square of its distance in days from the due date, and leaving
//! a debit unpaired costs its amount. The square makes crossing assignments (a later bill
//! paid by an earlier debit than an earlier bill) never cheaper than keeping the order.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use pathfinding::kuhn_munkres::kuhn_munkres_min;
use pathfinding::matrix::Matrix;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

use super::bills::Bill;
use crate::config::{Billing, Matching};
use crate::model::{Period, Transaction};

/// Debits (and their sum) paired with a bill.
#[derive(Debug, Clone, Serialize)]
pub struct Payment {
    pub period: Period,
    /// Indices into [`super::Matched::transactions`].
    pub debits: Vec<usize>,
    pub paid: Decimal,
    pub billed: Decimal,
}

/// The days in which a debit may pay the bill of a period, and the day it is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub expected: NaiveDate,
}

impl Window {
    pub fn contains(&self, d: NaiveDate) -> bool {
        d >= self.from && d <= self.to
    }
}

fn day_in(p: Period, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(p.year, p.month, day.min(p.days())).unwrap_or(p.first_day())
}

/// The payment window of the bill of period `p`.
pub fn window(m: &Matching, p: Period) -> Window {
    let (anchor, expected) = match m.billing {
        Billing::Postpaid => {
            let after = p.next().first_day();
            (after, m.due_day.map_or(after, |d| day_in(p.next(), d)))
        }
        Billing::Prepaid => {
            let start = p.first_day();
            (start, m.due_day.map_or(start, |d| day_in(p, d)))
        }
    };
    let from = anchor
        .checked_sub_days(Days::new(u64::from(m.days_before)))
        .unwrap_or(anchor);
    let last = match m.billing {
        Billing::Postpaid => p.last_day(),
        Billing::Prepaid => anchor,
    };
    let to = last
        .checked_add_days(Days::new(u64::from(m.window_days)))
        .unwrap_or(last);
    Window { from, to, expected }
}

/// A debit, or several debits that together pay one bill exactly.
#[derive(Debug, Clone)]
struct Node {
    debits: Vec<usize>,
    amount: Decimal,
    date: NaiveDate,
}

/// What the assignment decided.
#[derive(Debug, Default)]
pub(crate) struct Assigned {
    pub payments: Vec<Payment>,
    /// Debits that pay no bill in the folder, in date order.
    pub unassigned: Vec<usize>,
}

/// The weight of one cent of unexplained money; a day's distance squared is far smaller,
/// so money decides first and dates break ties.
const PER_CENT: i64 = 10_000;
/// Amounts beyond this many cents weigh as much as this (keeps the sums inside i64).
const MAX_CENTS: i64 = 100_000_000_000;
const INFEASIBLE: i64 = 4_000_000_000_000_000;

fn cents(d: Decimal) -> i64 {
    d.checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|c| c.round().to_i64())
        .map_or(MAX_CENTS, |c| c.clamp(-MAX_CENTS, MAX_CENTS))
}

/// The cost of `n` paying `b`: twice the difference, plus a share of the bill that grows
/// with the square of the distance from the due date, reaching the whole bill at the edge
/// of the window (a payment that late is as doubtful as none), plus the square of the
/// days to break ties in the order of the bills.
fn pair_cost(n: &Node, b: &Bill, w: &Window) -> i64 {
    let gap = i128::from((n.date - w.expected).num_days().abs());
    let span = i128::from(
        (w.expected - w.from)
            .num_days()
            .max((w.to - w.expected).num_days())
            .max(1),
    );
    let late = i128::from(cents(b.amount).abs()) * i128::from(PER_CENT) * gap * gap / (span * span);
    let diff = i128::from((cents(n.amount) - cents(b.amount)).abs()) * i128::from(2 * PER_CENT);
    i64::try_from(diff + late + gap * gap).unwrap_or(INFEASIBLE)
}

/// Assign `debits` (indices of carrier-bound debits, in date order) to the bills.
pub(crate) fn assign(
    m: &Matching,
    bills: &BTreeMap<Period, Bill>,
    txs: &[Transaction],
    debits: &[usize],
) -> Assigned {
    let payable: Vec<&Bill> = bills
        .values()
        .filter(|b| b.amount > Decimal::ZERO)
        .collect();
    let windows: Vec<Window> = payable.iter().map(|b| window(m, b.period)).collect();
    let nodes = nodes(&payable, &windows, txs, debits);
    // Debits in no bill's window pay none of them.
    let mut out = Assigned {
        payments: Vec::new(),
        unassigned: debits
            .iter()
            .copied()
            .filter(|d| !nodes.iter().any(|n| n.debits.contains(d)))
            .collect(),
    };
    if nodes.is_empty() {
        return out;
    }
    let (rows, cols) = (nodes.len(), payable.len() + nodes.len());
    let mut weights = Vec::with_capacity(rows * cols);
    for n in &nodes {
        let alone = cents(n.amount).saturating_mul(PER_CENT);
        for (b, w) in payable.iter().zip(&windows) {
            weights.push(if w.contains(n.date) {
                pair_cost(n, b, w)
            } else {
                INFEASIBLE
            });
        }
        weights.extend(std::iter::repeat_n(alone, nodes.len()));
    }
    let Ok(matrix) = Matrix::from_vec(rows, cols, weights) else {
        out.unassigned = debits.to_vec();
        return out;
    };
    let (_, columns) = kuhn_munkres_min(&matrix);
    for (n, col) in nodes.into_iter().zip(columns) {
        match payable.get(col) {
            Some(b) => out.payments.push(Payment {
                period: b.period,
                paid: n.amount,
                billed: b.amount,
                debits: n.debits,
            }),
            None => out.unassigned.extend(n.debits),
        }
    }
    out.payments.sort_by_key(|p| p.period);
    out.unassigned.sort_by_key(|i| (txs[*i].date, *i));
    out
}

/// The debits as assignment nodes: for a bill that no single debit pays exactly (a debit
/// in its window and nearer its due date than any other bill's), a few debits in the window
/// that add up to it become one node.
fn nodes(
    payable: &[&Bill],
    windows: &[Window],
    txs: &[Transaction],
    debits: &[usize],
) -> Vec<Node> {
    let value = |d: usize| -txs[d].amount;
    let day = |d: usize| txs[d].date.date();
    let mut grouped = vec![false; txs.len()];
    let mut out = Vec::new();
    let nearest = |d: NaiveDate| {
        windows
            .iter()
            .enumerate()
            .filter(|(_, w)| w.contains(d))
            .min_by_key(|(_, w)| (d - w.expected).num_days().abs())
            .map(|(i, _)| i)
    };
    for (i, (b, w)) in payable.iter().zip(windows).enumerate() {
        let cands: Vec<usize> = debits
            .iter()
            .copied()
            .filter(|&d| !grouped[d] && w.contains(day(d)))
            .collect();
        if cands
            .iter()
            .any(|&d| value(d) == b.amount && nearest(day(d)) == Some(i))
        {
            continue;
        }
        let smaller: Vec<usize> = cands
            .into_iter()
            .filter(|&d| value(d) < b.amount)
            .take(12)
            .collect();
        if let Some(set) = subset_sum(&smaller, b.amount, value) {
            for d in &set {
                grouped[*d] = true;
            }
            let date = set.iter().map(|d| day(*d)).min().unwrap_or(w.expected);
            out.push(Node {
                amount: b.amount,
                debits: set,
                date,
            });
        }
    }
    for &d in debits.iter().filter(|d| !grouped[**d]) {
        if windows.iter().any(|w| w.contains(day(d))) {
            out.push(Node {
                debits: vec![d],
                amount: value(d),
                date: day(d),
            });
        }
    }
    out
}

/// The earliest small subset (2 to 4 items) of `cands` whose values add up to `target`.
fn subset_sum(
    cands: &[usize],
    target: Decimal,
    value: impl Fn(usize) -> Decimal,
) -> Option<Vec<usize>> {
    let n = cands.len();
    for size in 2..=4.min(n) {
        let mut idx: Vec<usize> = (0..size).collect();
        loop {
            let sum = idx
                .iter()
                .try_fold(Decimal::ZERO, |s, &i| s.checked_add(value(cands[i])));
            if sum == Some(target) {
                return Some(idx.iter().map(|&i| cands[i]).collect());
            }
            // the next combination in lexicographic order
            let mut k = size;
            while k > 0 && idx[k - 1] == n - size + k - 1 {
                k -= 1;
            }
            if k == 0 {
                break;
            }
            idx[k - 1] += 1;
            for j in k..size {
                idx[j] = idx[j - 1] + 1;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn subset_sums() {
        let vals = [dec!(100), dec!(58), dec!(200), dec!(30)];
        let got = subset_sum(&[0, 1, 2, 3], dec!(258), |i| vals[i]).unwrap();
        assert_eq!(got, vec![1, 2]);
        assert!(subset_sum(&[0, 1], dec!(1), |i| vals[i]).is_none());
        assert_eq!(
            subset_sum(&[0, 1, 3], dec!(188), |i| vals[i]).unwrap(),
            vec![0, 1, 3]
        );
    }

    #[test]
    fn windows_postpaid_prepaid_and_due_day() {
        let p = Period::new(2025, 1).unwrap();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let w = window(&Matching::default(), p);
        assert_eq!(
            (w.from, w.to, w.expected),
            (d("2025-02-01"), d("2025-03-17"), d("2025-02-01"))
        );
        let m = Matching {
            due_day: Some(31),
            ..Matching::default()
        };
        assert_eq!(window(&m, p).expected, d("2025-02-28"));
        let m = Matching {
            billing: Billing::Prepaid,
            days_before: 31,
            window_days: 10,
            due_day: None,
        };
        let w = window(&m, p);
        assert_eq!(
            (w.from, w.to, w.expected),
            (d("2024-12-01"), d("2025-01-11"), d("2025-01-01"))
        );
    }
}
