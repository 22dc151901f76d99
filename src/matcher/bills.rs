//! Bills: each bill line's kind and service, and per period what the bill charges, what it
//! carries (arrears, balances) and what it asks to be paid.

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;
use serde::Serialize;

use super::Overflow;
use crate::config::Config;
use crate::model::{normalize_number, BillLine, BillTotal, LineKind, Period, SourceRef};

/// A bill as the matcher sees it: one billing period.
#[derive(Debug, Clone, Serialize)]
pub struct Bill {
    pub period: Period,
    /// Indices into [`super::Matched::bill_lines`]: every line of the period.
    pub lines: Vec<usize>,
    /// The sum of the charges (usage fees included; not arrears, balances or amounts due).
    pub lines_sum: Decimal,
    /// Arrears carried forward from earlier bills.
    pub arrears: Decimal,
    /// Balance and payment lines, as signed on the bill.
    pub balances: Decimal,
    /// The bill's stated totals (合计 rows).
    pub stated: Vec<usize>,
    /// Amount-due lines (本期应缴, Amount due).
    pub due_lines: Vec<usize>,
    /// What the bill asks to be paid: an amount-due line, else the stated total (with
    /// arrears when the total states the charges alone), else charges plus arrears.
    pub amount: Decimal,
}

impl Bill {
    fn new(period: Period) -> Bill {
        Bill {
            period,
            lines: Vec::new(),
            lines_sum: Decimal::ZERO,
            arrears: Decimal::ZERO,
            balances: Decimal::ZERO,
            stated: Vec::new(),
            due_lines: Vec::new(),
            amount: Decimal::ZERO,
        }
    }
}

/// The sums a stated total may be of, from the lines it covers (kind, amount): the
/// charges; with the arrears; with the balances as signed; with the balances taken off.
/// `None` when the lines do not add up within the range of a decimal.
pub fn reconciling_sums(
    lines: impl IntoIterator<Item = (LineKind, Decimal)>,
) -> Option<Vec<Decimal>> {
    let (mut charges, mut arrears, mut balances) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for (kind, amount) in lines {
        let sum = match kind {
            LineKind::Charge | LineKind::UsageFee | LineKind::Tax => &mut charges,
            LineKind::Arrears => &mut arrears,
            LineKind::Balance => &mut balances,
            LineKind::AmountDue => continue,
        };
        *sum = sum.checked_add(amount)?;
    }
    let with_arrears = charges.checked_add(arrears)?;
    let mut out = vec![
        charges,
        with_arrears,
        with_arrears.checked_add(balances)?,
        with_arrears.checked_sub(balances.abs())?,
    ];
    out.dedup();
    Some(out)
}

fn add(a: Decimal, b: Decimal, at: &SourceRef) -> Result<Decimal, Overflow> {
    a.checked_add(b).ok_or_else(|| Overflow { at: at.clone() })
}

/// Per bill line: its kind, and the service it belongs to (charges only: the first service
/// whose patterns and numbers match).
pub(crate) fn classify(config: &Config, lines: &[BillLine]) -> (Vec<LineKind>, Vec<Option<usize>>) {
    // A bill repeats the same few item texts on every line and in every month, and each
    // kind is several regex searches (slow ones: `\b` is Unicode-aware and the texts are
    // mostly CJK), so each distinct text is classified once.
    let mut seen: HashMap<&str, LineKind> = HashMap::new();
    let kinds: Vec<LineKind> = lines
        .iter()
        .map(|l| *seen.entry(&l.item).or_insert_with(|| l.kind()))
        .collect();
    // Likewise each (item, number) pair: a bill repeats it every month, and finding its
    // service compares the number with every service's.
    let mut service_of: HashMap<(&str, Option<String>), Option<usize>> = HashMap::new();
    let services = lines
        .iter()
        .zip(&kinds)
        .map(|(l, k)| {
            if !k.is_charge() {
                return None;
            }
            let number = l.number.as_deref().map(normalize_number);
            *service_of
                .entry((&l.item, number))
                .or_insert_with_key(|(item, number)| {
                    config
                        .services
                        .iter()
                        .position(|s| s.matches_item_normalized(item, number.as_deref()))
                })
        })
        .collect();
    (kinds, services)
}

/// The bills per period.
pub(crate) fn bills(
    lines: &[BillLine],
    kinds: &[LineKind],
    totals: &[BillTotal],
) -> Result<BTreeMap<Period, Bill>, Overflow> {
    let mut bills: BTreeMap<Period, Bill> = BTreeMap::new();
    for (i, (l, kind)) in lines.iter().zip(kinds).enumerate() {
        let b = bills.entry(l.period).or_insert_with(|| Bill::new(l.period));
        b.lines.push(i);
        match kind {
            LineKind::Charge | LineKind::UsageFee | LineKind::Tax => {
                b.lines_sum = add(b.lines_sum, l.amount, &l.source)?;
            }
            LineKind::Arrears => b.arrears = add(b.arrears, l.amount, &l.source)?,
            LineKind::Balance => b.balances = add(b.balances, l.amount, &l.source)?,
            LineKind::AmountDue => b.due_lines.push(i),
        }
    }
    for (i, t) in totals.iter().enumerate() {
        let b = bills.entry(t.period).or_insert_with(|| Bill::new(t.period));
        b.stated.push(i);
    }
    for b in bills.values_mut() {
        b.amount = amount_asked(b, lines, totals)?;
    }
    Ok(bills)
}

fn amount_asked(b: &Bill, lines: &[BillLine], totals: &[BillTotal]) -> Result<Decimal, Overflow> {
    if let Some(&i) = b.due_lines.last() {
        return Ok(lines[i].amount);
    }
    let with_arrears = || match b.lines.first() {
        Some(&i) => add(b.lines_sum, b.arrears, &lines[i].source),
        None => Ok(b.lines_sum),
    };
    if b.stated.is_empty() {
        return with_arrears();
    }
    let stated: Vec<&BillTotal> = b.stated.iter().map(|i| &totals[*i]).collect();
    let amount = stated_amount(&stated)?;
    if amount == b.lines_sum && !b.arrears.is_zero() {
        return with_arrears();
    }
    Ok(amount)
}

/// The amount a period's stated totals ask for: an account-level total (no number) wins;
/// otherwise per-number totals add up.
fn stated_amount(totals: &[&BillTotal]) -> Result<Decimal, Overflow> {
    match totals.iter().rev().find(|t| t.number.is_none()) {
        Some(t) => Ok(t.amount),
        None => totals
            .iter()
            .try_fold(Decimal::ZERO, |s, t| add(s, t.amount, &t.source)),
    }
}
