//! Public CDR datasets: `cdr-stats` (the cdr-stats import CSV, `switch,cdr_source_type,
//! callid,…`) and `cdr-voipcall` (a headerless VoIP call report,
//! `caller,callee,"ANSWER",…,YYYY-MM-DD hh:mm:ss`).

use rust_decimal::Decimal;

use super::{err, mostly, read, starts_with_cells, Cols, Heading, Plain, Row, Table};
use crate::import::formats::{Delim, Head, TextFormat};
use crate::import::generic::Outcome;
use crate::model::{RecordKind, SourceRef, UsageKind, UsageRecord};
use crate::parse::parse_datetime;

fn is_stats(head: &Head<'_>) -> bool {
    let comma = head.cells(Delim::Comma);
    let has = |n: &str| comma.iter().any(|c| c == n);
    starts_with_cells(comma, &["switch", "cdrsourcetype", "callid"])
        && has("startingdate")
        && has("billsec")
}

const STATS: Table = Table {
    id: "cdr-stats",
    kind: RecordKind::Usage,
    delimiter: b',',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Plain(cdr_stats))),
};

const VOIPCALL: Table = Table {
    id: "cdr-voipcall",
    kind: RecordKind::Usage,
    delimiter: b',',
    heading: &[],
    open: |_, _| Ok(Box::new(Plain(|_, r, src| voipcall(r, src)))),
};

pub(crate) static FORMATS: &[TextFormat] = &[
    TextFormat {
        id: STATS.id,
        sniff: is_stats,
        sniff_beside: None,
        read: |f, sink, r| read(&STATS, f, sink, r),
    },
    TextFormat {
        id: VOIPCALL.id,
        sniff: |h| mostly(h.text, is_voipcall_line),
        sniff_beside: None,
        read: |f, sink, r| read(&VOIPCALL, f, sink, r),
    },
];

fn is_voipcall_line(l: &str) -> bool {
    let c: Vec<&str> = l.split(',').map(|s| s.trim().trim_matches('"')).collect();
    c.len() == 7
        && c[..2]
            .iter()
            .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'+'))
        && !c[2].is_empty()
        && c[2].bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
        && c[3..6]
            .iter()
            .all(|s| s.bytes().all(|b| b.is_ascii_digit()))
        && parse_datetime(c[6]).is_some()
}

fn cdr_stats(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let si = c.idx("startingdate");
    let Some(start) = parse_datetime(&r.at(si)) else {
        return err(
            si,
            "starting_date",
            crate::msg!("expect-date-like", example = "2015-10-21 12:13:10"),
            &r.at(si),
        );
    };
    let bi = c.idx("billsec");
    let Some(seconds) = r.at(bi).parse::<u64>().ok() else {
        return err(
            bi,
            "billsec",
            crate::msg!("expect-whole-seconds"),
            &r.at(bi),
        );
    };
    Outcome::Usage(UsageRecord {
        start,
        kind: UsageKind::Voice,
        number: Some(r.at(c.idx("calleridnumber")).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: 0,
        fee: Decimal::ZERO,
        source: src,
    })
}

fn voipcall(r: &Row, src: SourceRef) -> Outcome {
    // caller, callee, disposition, duration, billed seconds, ?, start
    let Some(start) = parse_datetime(&r.at(Some(6))) else {
        return err(
            Some(6),
            "7",
            crate::msg!("expect-date-like", example = "2011-04-04 11:12:11"),
            &r.at(Some(6)),
        );
    };
    if r.at(Some(2)) != "ANSWER" {
        return Outcome::Skip(crate::msg!("skip-call-not-answered"));
    }
    let Some(seconds) = r.at(Some(4)).parse::<u64>().ok() else {
        return err(
            Some(4),
            "5",
            crate::msg!("expect-whole-seconds"),
            &r.at(Some(4)),
        );
    };
    Outcome::Usage(UsageRecord {
        start,
        kind: UsageKind::Voice,
        number: Some(r.at(Some(0)).into_owned()),
        seconds,
        bytes: 0,
        fee: Decimal::ZERO,
        source: src,
    })
}
