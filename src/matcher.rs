//! The matcher: cross-references bill lines with subscribed services, usage with services
//! (aggregated per service and period while streaming), and carrier-bound transactions
//! with the bills they pay.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::config::Config;
use crate::import::{FileReport, Sink};
use crate::model::{
    normalize_number, BillLine, BillTotal, Period, RecordKind, SourceRef, Transaction, UsageKind,
    UsageRecord,
};

/// Usage of one service in one period, summed while streaming.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UsageAgg {
    pub records: u64,
    pub seconds: u64,
    pub bytes: u64,
    pub fee: Decimal,
    /// The first record seen (for evidence).
    pub first: Option<SourceRef>,
}

impl UsageAgg {
    fn add(&mut self, r: &UsageRecord) {
        self.records += 1;
        self.seconds = self.seconds.saturating_add(r.seconds);
        self.bytes = self.bytes.saturating_add(r.bytes);
        self.fee = self.fee.saturating_add(r.fee);
        if self.first.is_none() {
            self.first = Some(r.source.clone());
        }
    }

    pub fn merge(&mut self, o: &UsageAgg) {
        self.records += o.records;
        self.seconds = self.seconds.saturating_add(o.seconds);
        self.bytes = self.bytes.saturating_add(o.bytes);
        self.fee = self.fee.saturating_add(o.fee);
        if self.first.is_none() {
            self.first.clone_from(&o.first);
        }
    }
}

/// Receives imported records: keeps bill lines and transactions (small), aggregates usage
/// per service and period on arrival (large).
#[derive(Debug)]
pub struct Collector<'c> {
    config: &'c Config,
    pub bill_lines: Vec<BillLine>,
    pub bill_totals: Vec<BillTotal>,
    pub transactions: Vec<Transaction>,
    pub usage: BTreeMap<(String, Period), UsageAgg>,
    /// Usage that no service tracks, per kind.
    pub unassigned_usage: BTreeMap<UsageKind, UsageAgg>,
    /// Records that more than one service could claim (counted for each of them).
    pub ambiguous_usage: u64,
    /// Usage per service (index into `config.services`) and period while streaming, folded
    /// into `usage` by [`Collector::finish`]: no key is allocated per record.
    by_service: Vec<BTreeMap<Period, UsageAgg>>,
    /// The services a usage record can belong to, per raw number text and usage kind.
    candidates: hashbrown::HashMap<String, [Option<Box<[usize]>>; 4]>,
    /// The same for records without a number.
    no_number: [Option<Box<[usize]>>; 4],
}

/// How many distinct number texts a collector remembers the services of.
const MAX_CACHED_NUMBERS: usize = 4096;

fn usage_candidates(config: &Config, kind: UsageKind, number: Option<&str>) -> Box<[usize]> {
    let number = number.map(normalize_number);
    config
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind.tracks(kind) && s.matches_normalized(number.as_deref()))
        .map(|(i, _)| i)
        .collect()
}

impl<'c> Collector<'c> {
    pub fn new(config: &'c Config) -> Self {
        Collector {
            config,
            bill_lines: Vec::new(),
            bill_totals: Vec::new(),
            transactions: Vec::new(),
            usage: BTreeMap::new(),
            unassigned_usage: BTreeMap::new(),
            ambiguous_usage: 0,
            by_service: vec![BTreeMap::new(); config.services.len()],
            candidates: hashbrown::HashMap::default(),
            no_number: Default::default(),
        }
    }

    /// Append what `other` collected after what this one did (files merged in their order
    /// give the same result as importing them one after the other into one collector).
    pub fn merge(&mut self, other: Collector<'_>) {
        self.bill_lines.extend(other.bill_lines);
        self.bill_totals.extend(other.bill_totals);
        self.transactions.extend(other.transactions);
        for (k, a) in other.usage {
            self.usage.entry(k).or_default().merge(&a);
        }
        for (k, a) in other.unassigned_usage {
            self.unassigned_usage.entry(k).or_default().merge(&a);
        }
        self.ambiguous_usage += other.ambiguous_usage;
        for (mine, theirs) in self.by_service.iter_mut().zip(other.by_service) {
            for (p, a) in theirs {
                mine.entry(p).or_default().merge(&a);
            }
        }
    }

    /// Fold the per-service aggregates into `usage`.
    pub fn finish(mut self) -> Self {
        for (i, m) in std::mem::take(&mut self.by_service).into_iter().enumerate() {
            let id = &self.config.services[i].id;
            for (p, a) in m {
                self.usage.entry((id.clone(), p)).or_default().merge(&a);
            }
        }
        self.by_service = vec![BTreeMap::new(); self.config.services.len()];
        self
    }
}

impl Sink for Collector<'_> {
    fn bill_line(&mut self, line: BillLine) {
        self.bill_lines.push(line);
    }
    fn bill_total(&mut self, total: BillTotal) {
        self.bill_totals.push(total);
    }
    fn transaction(&mut self, tx: Transaction) {
        self.transactions.push(tx);
    }
    fn usage(&mut self, r: &UsageRecord) {
        let period = Period::of(r.start.date());
        let config = self.config;
        let k = r.kind as usize;
        let computed;
        let candidates: &[usize] = match r.number.as_deref() {
            None => self.no_number[k].get_or_insert_with(|| usage_candidates(config, r.kind, None)),
            Some(n) => {
                if self.candidates.len() >= MAX_CACHED_NUMBERS && !self.candidates.contains_key(n) {
                    computed = usage_candidates(config, r.kind, Some(n));
                    &computed
                } else {
                    // One hash per record; the key is allocated only for a new number.
                    self.candidates.entry_ref(n).or_default()[k]
                        .get_or_insert_with(|| usage_candidates(config, r.kind, Some(n)))
                }
            }
        };
        if candidates.is_empty() {
            self.unassigned_usage.entry(r.kind).or_default().add(r);
            return;
        }
        if candidates.len() > 1 {
            // Conservative: usage that could belong to several services counts for each,
            // so no service is ever called unused because of an ambiguous record.
            self.ambiguous_usage += 1;
        }
        for &i in candidates {
            self.by_service[i].entry(period).or_default().add(r);
        }
    }
}

/// A bill as the matcher sees it: one billing period.
#[derive(Debug, Clone, Serialize)]
pub struct Bill {
    pub period: Period,
    /// Indices into [`Matched::bill_lines`].
    pub lines: Vec<usize>,
    pub lines_sum: Decimal,
    /// The bill's stated totals (合计 rows).
    pub stated: Vec<usize>,
    /// What the bill asks to be paid: the stated total where there is one, else the sum of lines.
    pub amount: Decimal,
}

impl Bill {
    fn new(period: Period) -> Bill {
        Bill {
            period,
            lines: Vec::new(),
            lines_sum: Decimal::ZERO,
            stated: Vec::new(),
            amount: Decimal::ZERO,
        }
    }
}

/// Debits (and their sum) paired with a bill.
#[derive(Debug, Clone, Serialize)]
pub struct Payment {
    pub period: Period,
    /// Indices into [`Matched::transactions`].
    pub debits: Vec<usize>,
    pub paid: Decimal,
    pub billed: Decimal,
}

/// How a service's usage coverage of a period is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    /// A usage file states a range that includes the period.
    Declared { file: Arc<str> },
    /// `[usage] covers` in billaudit.toml.
    Configured,
    /// Assumed: a usage file without a stated range is taken to cover every billed period.
    Assumed { file: Arc<str> },
}

/// Everything the rules read.
#[derive(Debug)]
pub struct Matched {
    pub bill_lines: Vec<BillLine>,
    pub bill_totals: Vec<BillTotal>,
    /// Per bill line: the index of the service it belongs to.
    pub line_service: Vec<Option<usize>>,
    pub bills: BTreeMap<Period, Bill>,
    pub transactions: Vec<Transaction>,
    /// The same money seen in two files (a payment-app record and the card debit behind
    /// it, or two exports with overlapping dates): (kept, dropped). The dropped one is left
    /// out of `carrier_txs` so that it is not counted twice; the pair is kept as evidence.
    pub linked: Vec<(usize, usize)>,
    /// Indices of carrier-bound transactions (per `payees`), without the dropped side of
    /// each `linked` pair.
    pub carrier_txs: Vec<usize>,
    pub payments: Vec<Payment>,
    /// Carrier-bound debits that no bill explains (indices), within the checked window.
    pub unpaired_debits: Vec<usize>,
    /// Debits that a later carrier-bound credit of the same amount refunded: (debit, credit).
    pub refunded: Vec<(usize, usize)>,
    /// Unpaired debits (also in `unpaired_debits`) of exactly the amount of a bill that
    /// another debit already paid in full, inside that bill's payment window: (debit,
    /// period of the bill it pays a second time).
    pub duplicate_payments: Vec<(usize, Period)>,
    /// Carrier-bound debits outside the billed periods' payment windows (not checked).
    pub unchecked_debits: Vec<usize>,
    pub usage: BTreeMap<(String, Period), UsageAgg>,
    pub unassigned_usage: BTreeMap<UsageKind, UsageAgg>,
    /// Per service id: the covered periods and how.
    pub coverage: BTreeMap<String, BTreeMap<Period, Coverage>>,
    /// Usage files (for evidence of "no usage").
    pub usage_files: Vec<Arc<str>>,
    pub assumptions: Vec<String>,
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
}

/// Run the matcher over collected records.
pub fn match_all(config: &Config, c: Collector<'_>, reports: &[FileReport]) -> Matched {
    let c = c.finish();
    let Collector {
        bill_lines,
        bill_totals,
        transactions,
        usage,
        unassigned_usage,
        ambiguous_usage,
        ..
    } = c;
    let mut assumptions = Vec::new();

    // Bill line -> service: the first service whose patterns (and numbers) match.
    let line_service: Vec<Option<usize>> = bill_lines
        .iter()
        .map(|l| {
            let number = l.number.as_deref().map(normalize_number);
            config
                .services
                .iter()
                .position(|s| s.matches_item_normalized(&l.item, number.as_deref()))
        })
        .collect();

    // Bills per period.
    let mut bills: BTreeMap<Period, Bill> = BTreeMap::new();
    for (i, l) in bill_lines.iter().enumerate() {
        let b = bills.entry(l.period).or_insert_with(|| Bill::new(l.period));
        b.lines.push(i);
        b.lines_sum += l.amount;
    }
    for (i, t) in bill_totals.iter().enumerate() {
        let b = bills.entry(t.period).or_insert_with(|| Bill::new(t.period));
        b.stated.push(i);
    }
    for b in bills.values_mut() {
        b.amount = if b.stated.is_empty() {
            b.lines_sum
        } else {
            stated_amount(
                &b.stated
                    .iter()
                    .map(|i| &bill_totals[*i])
                    .collect::<Vec<_>>(),
            )
        };
    }

    // Coverage.
    let mut usage_files = Vec::new();
    let mut coverage: BTreeMap<String, BTreeMap<Period, Coverage>> = BTreeMap::new();
    let billed: Vec<Period> = bills.keys().copied().collect();
    for r in reports
        .iter()
        .filter(|r| r.usable() && r.kind == Some(RecordKind::Usage))
    {
        usage_files.push(r.file.clone());
        for s in &config.services {
            if !r.usage_kinds.iter().any(|k| s.kind.tracks(*k)) {
                continue;
            }
            let cov = coverage.entry(s.id.clone()).or_default();
            match (&r.coverage, config.usage_covers) {
                (Some(range), _) => {
                    for p in &billed {
                        if range.covers(*p) {
                            cov.entry(*p).or_insert(Coverage::Declared {
                                file: r.file.clone(),
                            });
                        }
                    }
                }
                (None, Some(_)) => {}
                (None, None) => {
                    for p in &billed {
                        cov.entry(*p).or_insert(Coverage::Assumed {
                            file: r.file.clone(),
                        });
                    }
                    let a = format!(
                        "{} states no date range; it is assumed to cover every billed period ({}).",
                        r.file,
                        period_span(&billed)
                    );
                    if !assumptions.contains(&a) {
                        assumptions.push(a);
                    }
                }
            }
        }
    }
    if let Some((a, b)) = config.usage_covers {
        for s in config.services.iter().filter(|s| s.kind.has_usage()) {
            let cov = coverage.entry(s.id.clone()).or_default();
            for p in billed.iter().filter(|p| **p >= a && **p <= b) {
                cov.insert(*p, Coverage::Configured);
            }
        }
    }
    for s in config.services.iter().filter(|s| s.kind.has_usage()) {
        if coverage.get(&s.id).is_none_or(|c| c.is_empty()) {
            assumptions.push(format!(
                "No usage export covers service '{}' in a billed period: whether it was used is not checked.",
                s.id
            ));
        }
    }
    if ambiguous_usage > 0 {
        assumptions.push(format!(
            "{ambiguous_usage} usage records could belong to more than one service and were counted for each (give services their numbers to separate them)."
        ));
    }

    // Transactions -> bills.
    if config.account.payees.is_empty() && !transactions.is_empty() {
        assumptions.push(format!(
            "[account] payees is empty: none of the {} transactions can be told to be money paid to the carrier, so payments were not checked against the bills.",
            transactions.len()
        ));
    }
    let carrier_txs: Vec<usize> = transactions
        .iter()
        .enumerate()
        .filter(|(_, t)| config.is_carrier_bound(&t.counterparty, &t.description))
        .map(|(i, _)| i)
        .collect();
    let linked = link_same_money(&transactions, &carrier_txs);
    let dropped: BTreeSet<usize> = linked.iter().map(|(_, d)| *d).collect();
    let carrier_txs: Vec<usize> = carrier_txs
        .into_iter()
        .filter(|i| !dropped.contains(i))
        .collect();
    if !linked.is_empty() {
        let pairs: Vec<String> = linked
            .iter()
            .take(5)
            .map(|(k, d)| format!("{} = {}", transactions[*k].source, transactions[*d].source))
            .collect();
        assumptions.push(format!(
            "{} carrier-bound transactions appear in two files (same order id, or same amount within {} days) and were counted once: {}{}.",
            linked.len(),
            LINK_DAYS,
            pairs.join(", "),
            if linked.len() > pairs.len() { ", …" } else { "" }
        ));
    }
    let mut debits: Vec<usize> = carrier_txs
        .iter()
        .copied()
        .filter(|i| transactions[*i].is_debit())
        .collect();
    debits.sort_by_key(|i| (transactions[*i].date, *i));
    let credits: Vec<usize> = carrier_txs
        .iter()
        .copied()
        .filter(|i| !transactions[*i].is_debit())
        .collect();

    let window = |p: Period| -> (NaiveDate, NaiveDate) {
        // Checked: a window past the calendar's end is the calendar's end.
        (
            p.first_day()
                .checked_sub_signed(Duration::days(config.payment_days_before.into()))
                .unwrap_or(NaiveDate::MIN),
            p.last_day()
                .checked_add_signed(Duration::days(config.payment_window_days.into()))
                .unwrap_or(NaiveDate::MAX),
        )
    };
    let in_window = |i: usize, p: Period| {
        let (a, b) = window(p);
        let d = transactions[i].date.date();
        d >= a && d <= b
    };
    let mut used = vec![false; transactions.len()];
    let mut payments: Vec<Payment> = Vec::new();
    let payable: Vec<Period> = bills
        .values()
        .filter(|b| b.amount > Decimal::ZERO)
        .map(|b| b.period)
        .collect();
    let mut paid: BTreeSet<Period> = BTreeSet::new();

    // Pass 1: one debit of exactly the billed amount.
    for &p in &payable {
        let billed = bills[&p].amount;
        if let Some(&d) = debits
            .iter()
            .find(|&&d| !used[d] && in_window(d, p) && -transactions[d].amount == billed)
        {
            used[d] = true;
            paid.insert(p);
            payments.push(Payment {
                period: p,
                debits: vec![d],
                paid: billed,
                billed,
            });
        }
    }
    // Pass 2: several debits adding up to the billed amount.
    for &p in &payable {
        if paid.contains(&p) {
            continue;
        }
        let billed = bills[&p].amount;
        let cands: Vec<usize> = debits
            .iter()
            .copied()
            .filter(|&d| !used[d] && in_window(d, p))
            .take(12)
            .collect();
        if let Some(set) = subset_sum(&cands, billed, |d| -transactions[d].amount) {
            for d in &set {
                used[*d] = true;
            }
            paid.insert(p);
            payments.push(Payment {
                period: p,
                debits: set,
                paid: billed,
                billed,
            });
        }
    }
    // Pass 3: the debit in the window closest in amount pays the bill, with a difference.
    for &p in &payable {
        if paid.contains(&p) {
            continue;
        }
        let billed = bills[&p].amount;
        let best = debits
            .iter()
            .copied()
            .filter(|&d| !used[d] && in_window(d, p))
            .min_by_key(|&d| ((-transactions[d].amount) - billed).abs());
        if let Some(d) = best {
            used[d] = true;
            paid.insert(p);
            payments.push(Payment {
                period: p,
                debits: vec![d],
                paid: -transactions[d].amount,
                billed,
            });
        }
    }
    payments.sort_by_key(|p| p.period);

    // Refunds: a later carrier-bound credit of the same amount cancels a debit.
    let mut credit_used = vec![false; transactions.len()];
    let mut refunded = Vec::new();
    let mut unpaired_debits = Vec::new();
    let mut unchecked_debits = Vec::new();
    let checked = match (bills.keys().next(), bills.keys().next_back()) {
        (Some(a), Some(b)) => Some((window(*a).0, window(*b).1)),
        _ => None,
    };
    let mut names_a_payment = vec![false; transactions.len()];
    for &c in &credits {
        names_a_payment[c] = debits
            .iter()
            .any(|&d| refund_of(&transactions[d], &transactions[c]));
    }
    for &d in debits.iter().filter(|d| !used[**d]) {
        let t = &transactions[d];
        // The refund whose order id is the payment's with a suffix (Alipay `id_n`) first; a
        // refund that names another payment is kept for that one.
        let cancels = |c: usize| {
            !credit_used[c] && transactions[c].amount == -t.amount && transactions[c].date >= t.date
        };
        if let Some(&c) = credits
            .iter()
            .find(|&&c| cancels(c) && refund_of(&transactions[d], &transactions[c]))
            .or_else(|| credits.iter().find(|&&c| cancels(c) && !names_a_payment[c]))
        {
            credit_used[c] = true;
            refunded.push((d, c));
            continue;
        }
        match checked {
            Some((a, b)) if t.date.date() >= a && t.date.date() <= b => unpaired_debits.push(d),
            _ => unchecked_debits.push(d),
        }
    }
    // Duplicate payments: a leftover debit of exactly a fully paid bill's amount in its
    // window; the bill whose paying debit is nearest in date is the one paid twice.
    let mut duplicate_payments = Vec::new();
    for &d in &unpaired_debits {
        let t = &transactions[d];
        let best = payments
            .iter()
            .filter(|p| p.paid == p.billed && -t.amount == p.billed && in_window(d, p.period))
            .min_by_key(|p| {
                let gap = p
                    .debits
                    .iter()
                    .map(|&o| (transactions[o].date - t.date).num_seconds().abs())
                    .min();
                (gap.unwrap_or(i64::MAX), p.period)
            });
        if let Some(p) = best {
            duplicate_payments.push((d, p.period));
        }
    }
    if !unchecked_debits.is_empty() {
        assumptions.push(format!(
            "{} carrier-bound debits fall outside the billed periods and their payment windows ({} days after each period) and were not checked.",
            unchecked_debits.len(),
            config.payment_window_days
        ));
    }

    Matched {
        linked,
        bill_lines,
        bill_totals,
        line_service,
        bills,
        transactions,
        carrier_txs,
        payments,
        unpaired_debits,
        refunded,
        duplicate_payments,
        unchecked_debits,
        usage,
        unassigned_usage,
        coverage,
        usage_files,
        assumptions,
    }
}

/// Whether `refund`'s order id is `payment`'s with a `_suffix` (Alipay refunds).
fn refund_of(payment: &Transaction, refund: &Transaction) -> bool {
    match (&payment.id, &refund.id) {
        (Some(p), Some(r)) => r
            .strip_prefix(p.as_str())
            .is_some_and(|s| s.starts_with('_')),
        _ => false,
    }
}

/// How far apart (in days) two records of the same amount in different files may be and
/// still be the same money: a card is often debited a day or two after the app payment.
pub const LINK_DAYS: i64 = 3;

/// The same money seen twice: pairs of transactions among `cands`, from different files,
/// with the same signed amount, and either the same order id, or (when not both have an
/// id) dates at most [`LINK_DAYS`] apart. Each transaction is linked at most once; order
/// ids first, then the closest dates. Returns (kept, dropped): the record with an id, else
/// the earlier one, is kept.
pub fn link_same_money(txs: &[Transaction], cands: &[usize]) -> Vec<(usize, usize)> {
    let norm_id = |i: usize| {
        txs[i]
            .id
            .as_deref()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let mut pairs: Vec<(u8, i64, usize, usize)> = Vec::new();
    for (k, &a) in cands.iter().enumerate() {
        for &b in &cands[k + 1..] {
            let (ta, tb) = (&txs[a], &txs[b]);
            if ta.amount != tb.amount || ta.source.file == tb.source.file {
                continue;
            }
            let gap = (ta.date - tb.date).num_seconds().abs();
            match (norm_id(a), norm_id(b)) {
                (Some(x), Some(y)) if x == y => pairs.push((0, gap, a, b)),
                (Some(_), Some(_)) => {}
                _ if gap <= LINK_DAYS * 86_400 => pairs.push((1, gap, a, b)),
                _ => {}
            }
        }
    }
    pairs.sort();
    let mut taken = BTreeSet::new();
    let mut out = Vec::new();
    for (_, _, a, b) in pairs {
        if taken.contains(&a) || taken.contains(&b) {
            continue;
        }
        taken.insert(a);
        taken.insert(b);
        let keep_b = match (norm_id(a).is_some(), norm_id(b).is_some()) {
            (false, true) => true,
            (true, false) => false,
            _ => (txs[b].date, b) < (txs[a].date, a),
        };
        out.push(if keep_b { (b, a) } else { (a, b) });
    }
    out.sort();
    out
}

/// The amount a period's stated totals ask for: an account-level total (no number) wins;
/// otherwise per-number totals add up.
fn stated_amount(totals: &[&BillTotal]) -> Decimal {
    match totals.iter().rev().find(|t| t.number.is_none()) {
        Some(t) => t.amount,
        None => totals.iter().map(|t| t.amount).sum(),
    }
}

fn period_span(ps: &[Period]) -> String {
    match (ps.first(), ps.last()) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
        (Some(a), _) => a.to_string(),
        _ => "none".into(),
    }
}

/// The earliest small subset (2 to 4 items) of `cands` whose values add up to `target`.
fn subset_sum(
    cands: &[usize],
    target: Decimal,
    value: impl Fn(usize) -> Decimal,
) -> Option<Vec<usize>> {
    let n = cands.len();
    let mut best: Option<Vec<usize>> = None;
    // Iterate combinations in lexicographic order of indices; take the first found for the
    // smallest size.
    for size in 2..=4.min(n) {
        let mut idx: Vec<usize> = (0..size).collect();
        loop {
            let sum: Decimal = idx.iter().map(|&i| value(cands[i])).sum();
            if sum == target {
                best = Some(idx.iter().map(|&i| cands[i]).collect());
                break;
            }
            // next combination
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
        if best.is_some() {
            break;
        }
    }
    best
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
}

#[cfg(test)]
mod link_tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn tx(file: &str, date: &str, amount: Decimal, id: Option<&str>) -> Transaction {
        Transaction {
            date: crate::parse::parse_datetime(date).unwrap(),
            amount,
            counterparty: "中国移动".into(),
            description: String::new(),
            id: id.map(str::to_string),
            source: SourceRef::new(Arc::from(file), 2),
        }
    }

    #[test]
    fn a_refund_goes_to_the_payment_its_order_id_names() {
        let cfg = Config::parse(
            "billaudit.toml",
            "[account]\ncarrier = \"中国移动\"\npayees = [\"中国移动\"]\n",
        )
        .unwrap();
        let mut c = Collector::new(&cfg);
        use crate::import::Sink;
        c.bill_line(BillLine {
            period: Period::new(2025, 6).unwrap(),
            item: "套餐费".into(),
            amount: dec!(100.00),
            number: None,
            source: SourceRef::new(Arc::from("bills.csv"), 2),
        });
        c.transaction(tx(
            "alipay.csv",
            "2025-06-05 10:00:00",
            dec!(-100.00),
            Some("P0"),
        ));
        c.transaction(tx(
            "alipay.csv",
            "2025-06-10 10:00:00",
            dec!(-30.00),
            Some("PA"),
        ));
        c.transaction(tx(
            "alipay.csv",
            "2025-06-11 10:00:00",
            dec!(-30.00),
            Some("PB"),
        ));
        c.transaction(tx(
            "alipay.csv",
            "2025-06-12 10:00:00",
            dec!(30.00),
            Some("PB_1"),
        ));
        let m = match_all(&cfg, c, &[]);
        assert_eq!(m.refunded, vec![(2, 3)]);
        assert_eq!(m.unpaired_debits, vec![1]);
    }

    #[test]
    fn links_an_app_payment_and_the_card_debit_behind_it() {
        let txs = vec![
            tx(
                "alipay.csv",
                "2025-06-03 10:00:00",
                dec!(-50.00),
                Some("2025060322001"),
            ),
            tx("bank.csv", "2025-06-04", dec!(-50.00), None),
            tx("bank.csv", "2025-06-20", dec!(-50.00), None),
        ];
        assert_eq!(link_same_money(&txs, &[0, 1, 2]), vec![(0, 1)]);
    }

    #[test]
    fn links_overlapping_exports_by_order_id_and_not_within_one_file() {
        let txs = vec![
            tx(
                "a/2025-06.csv",
                "2025-06-30 23:00:00",
                dec!(-99.00),
                Some("X1"),
            ),
            tx(
                "a/2025-06b.csv",
                "2025-06-30 23:00:00",
                dec!(-99.00),
                Some("X1"),
            ),
            tx(
                "a/2025-06b.csv",
                "2025-06-30 23:00:00",
                dec!(-99.00),
                Some("X2"),
            ),
            // two charges in one file are not the same money
            tx("c.csv", "2025-07-01", dec!(-10.00), None),
            tx("c.csv", "2025-07-01", dec!(-10.00), None),
        ];
        assert_eq!(link_same_money(&txs, &[0, 1, 2, 3, 4]), vec![(0, 1)]);
        // different ids, different amounts or too far apart: no link
        let txs = vec![
            tx("a.csv", "2025-06-01", dec!(-20.00), Some("A")),
            tx("b.csv", "2025-06-01", dec!(-20.00), Some("B")),
            tx("c.csv", "2025-06-01", dec!(-21.00), None),
            tx("d.csv", "2025-06-09", dec!(-20.00), None),
        ];
        assert!(link_same_money(&txs, &[0, 1, 2, 3]).is_empty());
    }
}
