//! bandicoot datasets: `cdr-bandicoot` (`interaction,direction,correspondent_id,datetime,
//! call_duration,…`), `cdr-bandicoot-orange` (the headerless "orange" `;` format) and
//! `cdr-bandicoot-recharges` (prepaid top-ups `datetime,amount,retailer_id`). A list of
//! antenna locations is recognised and refused with the reason.

use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;

use super::{err, mostly, read, starts_with_cells, Cols, Heading, Plain, Row, Table};
use crate::import::formats::{Delim, Head, TextFormat};
use crate::import::generic::Outcome;
use crate::import::statement::unusable;
use crate::model::Transaction;
use crate::model::{RecordKind, SourceRef, UsageKind, UsageRecord};
use crate::parse::{parse_amount, parse_datetime};

fn header<'a>(head: &'a Head<'_>) -> &'a [String] {
    head.cells(Delim::Comma)
}

const BANDICOOT: Table = Table {
    id: "cdr-bandicoot",
    kind: RecordKind::Usage,
    delimiter: b',',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Plain(bandicoot))),
};

const RECHARGES: Table = Table {
    id: "cdr-bandicoot-recharges",
    kind: RecordKind::Transactions,
    delimiter: b',',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Plain(recharge))),
};

const ORANGE: Table = Table {
    id: "cdr-bandicoot-orange",
    kind: RecordKind::Usage,
    delimiter: b';',
    heading: &[],
    open: |_, _| Ok(Box::new(Plain(|_, r, src| orange(r, src)))),
};

const TOWERS: Table = Table {
    id: "cdr-bandicoot-towers",
    kind: RecordKind::Usage,
    delimiter: b',',
    heading: &[Heading::Header],
    open: |_, report| Err(unusable(report, crate::msg!("towers-not-bills"))),
};

pub(crate) static FORMATS: &[TextFormat] = &[
    TextFormat {
        id: "cdr-bandicoot",
        sniff: |h| {
            starts_with_cells(
                header(h),
                &["interaction", "direction", "correspondentid", "datetime"],
            )
        },
        sniff_beside: None,
        read: |f, sink, r| read(&BANDICOOT, f, sink, r),
    },
    TextFormat {
        id: RECHARGES.id,
        sniff: |h| header(h) == ["datetime", "amount", "retailerid"],
        sniff_beside: None,
        read: |f, sink, r| read(&RECHARGES, f, sink, r),
    },
    TextFormat {
        id: TOWERS.id,
        sniff: |h| header(h) == ["antennaid", "latitude", "longitude"],
        sniff_beside: None,
        read: |f, sink, r| read(&TOWERS, f, sink, r),
    },
    TextFormat {
        id: ORANGE.id,
        sniff: |h| mostly(h.text, is_orange_line),
        sniff_beside: None,
        read: |f, sink, r| read(&ORANGE, f, sink, r),
    },
];

fn is_orange_line(l: &str) -> bool {
    let c: Vec<&str> = l.split(';').map(str::trim).collect();
    c.len() == 8
        && matches!(c[0], "1" | "2")
        && c[1].len() == 2
        && c[1].bytes().all(|b| b.is_ascii_digit())
        && parse_datetime(c[4]).is_some()
        && c[5].bytes().all(|b| b.is_ascii_digit())
}

fn bandicoot(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let (ii, di, ci) = (
        c.idx("interaction"),
        c.idx("datetime"),
        c.idx("callduration"),
    );
    let kind = match r.at(ii).as_ref() {
        "call" => UsageKind::Voice,
        "text" => UsageKind::Sms,
        other => return err(ii, "interaction", crate::msg!("expect-call-or-text"), other),
    };
    let Some(start) = parse_datetime(&r.at(di)) else {
        return err(
            di,
            "datetime",
            crate::msg!("expect-date-like", example = "2014-08-20 20:30:37"),
            &r.at(di),
        );
    };
    let dur = r.at(ci);
    let Some(seconds) = (if dur.is_empty() {
        Some(0)
    } else {
        dur.parse::<u64>().ok()
    }) else {
        return err(
            ci,
            "call_duration",
            crate::msg!("expect-whole-seconds"),
            &dur,
        );
    };
    Outcome::Usage(UsageRecord {
        start,
        kind,
        number: None,
        seconds,
        bytes: 0,
        fee: Decimal::ZERO,
        source: src,
    })
}

fn orange(r: &Row, src: SourceRef) -> Outcome {
    // direction (1 out, 2 in); type (11 call, 21 text, …); caller; callee; start; seconds; lon; lat
    let kind = match r.at(Some(1)).chars().next() {
        Some('1') => UsageKind::Voice,
        Some('2') => UsageKind::Sms,
        _ => {
            return err(
                Some(1),
                "2",
                crate::msg!("expect-call-text-code"),
                &r.at(Some(1)),
            )
        }
    };
    let Some(start) = parse_datetime(&r.at(Some(4))) else {
        return err(
            Some(4),
            "5",
            crate::msg!("expect-date-like", example = "2014-08-20 20:30:37"),
            &r.at(Some(4)),
        );
    };
    let Some(seconds) = r.at(Some(5)).parse::<u64>().ok() else {
        return err(
            Some(5),
            "6",
            crate::msg!("expect-whole-seconds"),
            &r.at(Some(5)),
        );
    };
    Outcome::Usage(UsageRecord {
        start,
        kind,
        number: Some(r.at(Some(2)).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: 0,
        fee: Decimal::ZERO,
        source: src,
    })
}

fn recharge(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let (di, ai) = (c.idx("datetime"), c.idx("amount"));
    let Some(date) = parse_datetime(&r.at(di)).or_else(|| {
        NaiveDate::parse_from_str(&r.at(di), "%Y-%m-%d")
            .ok()
            .map(|d| d.and_time(NaiveTime::MIN))
    }) else {
        return err(
            di,
            "datetime",
            crate::msg!("expect-date-like", example = "2015-1-13"),
            &r.at(di),
        );
    };
    let Some(amount) = parse_amount(&r.at(ai)) else {
        return err(
            ai,
            "amount",
            crate::msg!("expect-amount-like", example = "12"),
            &r.at(ai),
        );
    };
    Outcome::Tx(Transaction {
        reversal: false,
        currency: None,
        date,
        amount: -amount.abs(),
        counterparty: format!("retailer {}", r.at(c.idx("retailerid"))),
        description: "prepaid top-up".into(),
        id: None,
        source: src,
    })
}

#[cfg(test)]
mod tests {
    use crate::import::formats::{sniff_text, TextFile};
    use crate::import::{Collect, FileReport};
    use std::sync::Arc;

    #[test]
    fn headerless_lists_and_towers() {
        let id = |t: &str| sniff_text(t, None).map(|f| f.id);
        assert_eq!(
            id("44650355212,32650781232,\"ANSWER\",25,12,1,2011-04-04 11:12:11\n44650781232,32650355512,\"BUSY\",13,12,1,2011-04-03 01:41:21\n"),
            Some("cdr-voipcall")
        );
        let towers = "antenna_id,latitude,longitude\n1,42.3,-71.0\n";
        assert_eq!(id(towers), Some("cdr-bandicoot-towers"));
        assert_eq!(id("Date,Amount\n2025-01-01,1\n"), None);
        let mut r = FileReport::new(Arc::from("t.csv"));
        let f = sniff_text(towers, None).unwrap();
        let text = TextFile {
            text: "antenna_id,latitude,longitude\n",
            path: None,
        };
        assert!((f.read)(&text, &mut Collect::default(), &mut r)
            .unwrap_err()
            .to_string()
            .contains("antenna"));
    }
}
