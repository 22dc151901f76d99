//! Linking: which transactions are money paid to the carrier, and which of them are the
//! same money seen in two files (a payment-app record and the card debit behind it, or two
//! exports with overlapping dates), so that it is counted once.

use std::collections::BTreeSet;

use crate::config::Config;
use crate::model::Transaction;

/// How far apart (in days) two records of the same amount in different files may be and
/// still be the same money: a card is often debited a day or two after the app payment.
pub const LINK_DAYS: i64 = 3;

/// Carrier-bound transactions, the same money linked once.
#[derive(Debug, Default)]
pub(crate) struct Linked {
    /// Indices of carrier-bound transactions without the dropped side of each link.
    pub carrier_txs: Vec<usize>,
    /// (kept, dropped) pairs.
    pub links: Vec<(usize, usize)>,
    /// What the user should know (the links made, payee patterns that match nothing).
    pub notes: Vec<crate::i18n::Msg>,
}

/// Select the carrier-bound transactions and link the same money across files.
pub(crate) fn link(config: &Config, txs: &[Transaction]) -> Linked {
    let mut notes = payee_notes(config, txs);
    let bound: Vec<usize> = txs
        .iter()
        .enumerate()
        .filter(|(_, t)| config.is_carrier_bound(&t.counterparty, &t.description))
        .map(|(i, _)| i)
        .collect();
    let links = link_same_money(txs, &bound);
    let dropped: BTreeSet<usize> = links.iter().map(|(_, d)| *d).collect();
    if !links.is_empty() {
        let pairs: Vec<String> = links
            .iter()
            .take(5)
            .map(|(k, d)| format!("{} = {}", txs[*k].source, txs[*d].source))
            .collect();
        let pairs = pairs.join(", ");
        notes.push(if links.len() > 5 {
            crate::msg!(
                "note-linked-more",
                count = links.len(),
                days = LINK_DAYS,
                pairs = pairs
            )
        } else {
            crate::msg!(
                "note-linked",
                count = links.len(),
                days = LINK_DAYS,
                pairs = pairs
            )
        });
    }
    Linked {
        carrier_txs: bound.into_iter().filter(|i| !dropped.contains(i)).collect(),
        links,
        notes,
    }
}

/// An empty payee list, or a payee pattern that matches no transaction, silently turns
/// the payment checks off: say so.
fn payee_notes(config: &Config, txs: &[Transaction]) -> Vec<crate::i18n::Msg> {
    if txs.is_empty() {
        return Vec::new();
    }
    if config.account.payees.is_empty() {
        return vec![crate::msg!("note-payees-empty", count = txs.len())];
    }
    config
        .account
        .payees
        .iter()
        .filter(|r| {
            !txs.iter()
                .any(|t| r.is_match(&t.counterparty) || r.is_match(&t.description))
        })
        .map(|r| {
            crate::msg!(
                "note-payee-matches-nothing",
                pattern = r.as_str(),
                count = txs.len()
            )
        })
        .collect()
}

/// Whether `refund`'s order id is `payment`'s with a `_suffix` (Alipay refunds).
pub(crate) fn refund_of(payment: &Transaction, refund: &Transaction) -> bool {
    match (&payment.id, &refund.id) {
        (Some(p), Some(r)) => r
            .strip_prefix(p.as_str())
            .is_some_and(|s| s.starts_with('_')),
        _ => false,
    }
}

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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    use super::*;
    use crate::model::SourceRef;

    pub(crate) fn tx(file: &str, date: &str, amount: Decimal, id: Option<&str>) -> Transaction {
        Transaction {
            reversal: false,
            currency: None,
            date: crate::parse::parse_datetime(date).unwrap(),
            amount,
            counterparty: "中国移动".into(),
            description: String::new(),
            id: id.map(str::to_string),
            source: SourceRef::new(Arc::from(file), 2),
        }
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

    #[test]
    fn a_payee_pattern_that_matches_nothing_is_a_warning() {
        let cfg = Config::parse(
            "billaudit.toml",
            "[account]\ncarrier = \"中国移动\"\npayees = [\"中国移动\", \"中囯移动\"]\n",
        )
        .unwrap();
        let txs = vec![tx("bank.csv", "2025-06-04", dec!(-50.00), None)];
        let notes = payee_notes(&cfg, &txs);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("中囯移动"), "{notes:?}");
        assert!(payee_notes(&cfg, &[]).is_empty());
    }
}
