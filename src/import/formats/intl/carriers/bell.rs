//! Bell Canada: `bell-dtl` (call detail), `bell-acc` (account summary: stated totals, each
//! checked against its parts) and `bell-mob` (charges per mobile number), CSVs with a
//! bilingual two-row header (English, then French); and `bell-invoice-charges`, the
//! "Invoice charge report" XLSX, read by the table reader (dates are Excel serials).

use std::str::FromStr;

use rust_decimal::Decimal;

use super::{
    date_in_cycle, err, money, parse_clock, parse_cycle_date, read, starts_with_cells, Charges,
    ChargesSpec, Cols, Heading, Plain, Row, SumCheck, Summary, Table,
};
use crate::import::formats::spec::{Spec, BASE};
use crate::import::formats::{Delim, Head, TextFormat};
use crate::import::generic::Outcome;
use crate::import::header::Field;
use crate::model::{BillTotal, Period, RecordKind, SourceRef, UsageKind, UsageRecord};
use crate::parse::{parse_duration, DurationUnit};

/// The Bell "Invoice charge report" XLSX: a bill line per charge, before taxes.
pub(crate) static SPECS: &[Spec] = &[Spec {
    id: "bell-invoice-charges",
    kind: RecordKind::BillLines,
    required: &[
        "invoicedate",
        "mobilenumber",
        "chargetype",
        "chargename",
        "chargeamount",
        "totalbeforetaxes",
    ],
    cols: &[
        (Field::Period, &["invoicedate"]),
        (Field::Item, &["chargename"]),
        (Field::Amount, &["totalbeforetaxes"]),
        (Field::Number, &["mobilenumber"]),
    ],
    ..BASE
}];

/// The English header cells of a Bell CSV, if the head is one (the French row under them).
fn columns<'a>(head: &'a Head<'_>) -> Option<&'a [String]> {
    let comma = head.cells(Delim::Comma);
    (starts_with_cells(comma, &["acctnbr", "invcdate"])
        && starts_with_cells(head.second_cells(), &["numcompte", "datefact"]))
    .then_some(comma)
}

fn has_all(cells: &[String], names: &[&str]) -> bool {
    names.iter().all(|n| cells.iter().any(|c| c == n))
}

fn is_dtl(head: &Head<'_>) -> bool {
    columns(head).is_some_and(|c| has_all(c, &["callseq", "duration", "callcost"]))
}

fn is_acc(head: &Head<'_>) -> bool {
    !is_dtl(head) && columns(head).is_some_and(|c| has_all(c, &["curchgttl"]))
}

fn is_mob(head: &Head<'_>) -> bool {
    !is_dtl(head)
        && !is_acc(head)
        && columns(head).is_some_and(|c| has_all(c, &["mobilenbr", "ttlcharges", "mthchgttl"]))
}

const BILINGUAL: &[Heading] = &[Heading::Header, Heading::French];

const DTL: Table = Table {
    id: "bell-dtl",
    kind: RecordKind::Usage,
    delimiter: b',',
    heading: BILINGUAL,
    open: |_, _| Ok(Box::new(Plain(bell_dtl))),
};

const ACC: Table = Table {
    id: "bell-acc",
    kind: RecordKind::BillLines,
    delimiter: b',',
    heading: BILINGUAL,
    open: |_, _| Ok(Box::new(Summary(bell_acc, &BELL_ACCOUNT_SUMS))),
};

const MOB: Table = Table {
    id: "bell-mob",
    kind: RecordKind::BillLines,
    delimiter: b',',
    heading: BILINGUAL,
    open: |_, _| Ok(Box::new(Charges(&BELL_MOB))),
};

pub(crate) static FORMATS: &[TextFormat] = &[
    TextFormat {
        id: DTL.id,
        sniff: is_dtl,
        sniff_beside: None,
        read: |f, sink, r| read(&DTL, f, sink, r),
    },
    TextFormat {
        id: ACC.id,
        sniff: is_acc,
        sniff_beside: None,
        read: |f, sink, r| read(&ACC, f, sink, r),
    },
    TextFormat {
        id: MOB.id,
        sniff: is_mob,
        sniff_beside: None,
        read: |f, sink, r| read(&MOB, f, sink, r),
    },
];

/// Bell mobile summary (MOB): the charges that add up to `Ttl Charges` (taxes included).
static BELL_MOB: ChargesSpec = ChargesSpec {
    period: "invcdate",
    number: "mobilenbr",
    total: Some("ttlcharges"),
    charges: Some(&[
        "adjappttl",
        "mthchgttl",
        "ftrchgttl",
        "airtimechg",
        "datachg",
        "roamerchg",
        "roamerld",
        "ldchg",
        "otherchgs",
        "discttl",
        "gst",
        "hst",
        "hst-peitel",
        "hst-ontel",
        "hst-bctel",
        "orst",
        "qst-telec",
        "qst-other",
        "p.e.i.pst",
        "bcpst",
        "sask",
        "manitoba",
        "foreigntax",
    ]),
    not_charges: &[],
};

/// Bell account summary (ACC): balance owing, current charges (charges plus taxes; the
/// provincial HST breakdown columns are part of HST) and the amount due.
static BELL_ACCOUNT_SUMS: [SumCheck; 3] = [
    (
        crate::mid!("sum-bell-balance-owing"),
        &[
            "prevbal",
            "prevadj-m",
            "prevadj-a",
            "paymtrecvd",
            "paymyretn",
        ],
        "balowing",
    ),
    (
        crate::mid!("sum-bell-current"),
        &[
            "latepaychg",
            "monthlychg",
            "otherchg",
            "usage",
            "longdistan",
            "acctadj",
            "acctdisc",
            "gst",
            "hst",
            "orst",
            "qst-telec",
            "qst-other",
            "p.e.i.pst",
            "bcpst",
            "sask",
            "manitoba",
            "foreigntax",
        ],
        "curchgttl",
    ),
    (
        crate::mid!("sum-bell-due"),
        &["balowing", "curchgttl"],
        "ttlamtdue",
    ),
];

fn bell_dtl(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let (ii, di, ti) = (c.idx("invcdate"), c.idx("date"), c.idx("time"));
    let Some(invoice) = parse_cycle_date(&r.at(ii)) else {
        return err(
            ii,
            "Invc Date",
            crate::msg!("expect-date-like", example = "2023/02/01"),
            &r.at(ii),
        );
    };
    let Some(date) = date_in_cycle(&r.at(di), invoice) else {
        return err(
            di,
            "Date",
            crate::msg!("expect-date-like", example = "01/31"),
            &r.at(di),
        );
    };
    let Some(time) = parse_clock(&r.at(ti)) else {
        return err(
            ti,
            "Time",
            crate::msg!("expect-time-like", example = "09:38"),
            &r.at(ti),
        );
    };
    let dur_i = c.idx("duration");
    let Some(seconds) = parse_duration(&r.at(dur_i), DurationUnit::Seconds) else {
        return err(
            dur_i,
            "Duration",
            crate::msg!("expect-minutes-seconds-like", example = "1:00"),
            &r.at(dur_i),
        );
    };
    let cost_i = c.idx("callcost");
    let Some(fee) = money(&r.at(cost_i)) else {
        return err(
            cost_i,
            "Call Cost",
            crate::msg!("expect-amount-like", example = "0.00"),
            &r.at(cost_i),
        );
    };
    let vol = r.at(c.idx("pktdvol"));
    let data = Decimal::from_str(&vol)
        .map(|v| v > Decimal::ZERO)
        .unwrap_or(false);
    Outcome::Usage(UsageRecord {
        start: date.and_time(time),
        kind: if data {
            UsageKind::Data
        } else {
            UsageKind::Voice
        },
        number: Some(r.at(c.idx("mobilenbr")).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: 0,
        fee,
        source: src,
    })
}

fn bell_acc(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let ii = c.idx("invcdate");
    let Some(invoice) = parse_cycle_date(&r.at(ii)) else {
        return err(
            ii,
            "Invc Date",
            crate::msg!("expect-date-like", example = "2023/02/01"),
            &r.at(ii),
        );
    };
    let ti = c.idx("curchgttl");
    let Some(amount) = money(&r.at(ti)) else {
        return err(
            ti,
            "Cur Chg Ttl",
            crate::msg!("expect-amount-like", example = "13134.83"),
            &r.at(ti),
        );
    };
    Outcome::Total(BillTotal {
        currency: None,
        period: Period::of(invoice),
        amount,
        number: Some(r.at(c.idx("acctnbr")).into_owned()).filter(|s| !s.is_empty()),
        source: src,
    })
}
