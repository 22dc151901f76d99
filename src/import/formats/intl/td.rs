//! TD Canada Trust CSV (`td-csv`): no header; recognised by its rows, each a date, a
//! description, a debit or a credit (one of the two) and a balance.

use chrono::{NaiveDate, NaiveTime};

use super::carriers::{err, money, mostly, read, Plain, Row, Table};
use crate::import::formats::TextFormat;
use crate::import::generic::Outcome;
use crate::model::{RecordKind, SourceRef, Transaction};
use crate::parse::parse_amount;

const TD: Table = Table {
    id: "td-csv",
    kind: RecordKind::Transactions,
    delimiter: b',',
    heading: &[],
    open: |_, _| Ok(Box::new(Plain(|_, r, src| td(r, src)))),
};

pub(crate) static FORMATS: &[TextFormat] = &[TextFormat {
    id: TD.id,
    sniff: |h| mostly(h.text, is_td_line),
    sniff_beside: None,
    read: |f, sink, r| read(&TD, f, sink, r),
}];

/// `05/01/2023,DOLLARAMA # 845,1.96,,13.04`: a date, a description, a debit or a credit
/// (one of the two), a balance.
fn is_td_line(l: &str) -> bool {
    let c: Vec<&str> = l.trim_end_matches('\r').split(',').collect();
    let amount_or_empty = |s: &str| s.trim().is_empty() || parse_amount(s).is_some();
    c.len() == 5
        && NaiveDate::parse_from_str(c[0].trim(), "%m/%d/%Y").is_ok()
        && amount_or_empty(c[2])
        && amount_or_empty(c[3])
        && (c[2].trim().is_empty() != c[3].trim().is_empty())
        && parse_amount(c[4]).is_some()
}

fn td(r: &Row, src: SourceRef) -> Outcome {
    let Some(date) = NaiveDate::parse_from_str(&r.at(Some(0)), "%m/%d/%Y").ok() else {
        return err(
            Some(0),
            "1 (date)",
            crate::msg!("expect-date-like", example = "05/01/2023"),
            &r.at(Some(0)),
        );
    };
    let (debit, credit) = (r.at(Some(2)), r.at(Some(3)));
    let (Some(d), Some(c)) = (money(&debit), money(&credit)) else {
        let col = if money(&debit).is_none() { 2 } else { 3 };
        return err(
            Some(col),
            if col == 2 { "3 (debit)" } else { "4 (credit)" },
            crate::msg!("expect-amount-or-empty"),
            &r.at(Some(col)),
        );
    };
    Outcome::Tx(Transaction {
        reversal: false,
        currency: None,
        date: date.and_time(NaiveTime::MIN),
        amount: c.abs() - d.abs(),
        counterparty: r.at(Some(1)).into_owned(),
        description: String::new(),
        id: None,
        source: src,
    })
}
