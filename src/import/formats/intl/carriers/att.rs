//! AT&T: `att-usage` (usage detail, `Foundation account,…,Minutes usage,KB usage,…`),
//! `att-raw` (raw data output, `|`, record types BIL/IRA/SL: statement lines as bill lines,
//! the invoice's stated current charges as a total) and `att-pooling` (data/voice pooling
//! report: per line, data/airtime charges and pooling credits).

use chrono::{NaiveDate, NaiveTime};

use super::{
    err, money, parse_clock, read, starts_with_cells, usage_kind_of, Charges, ChargesSpec, Cols,
    Heading, Plain, Row, Table,
};
use crate::import::formats::{Delim, Head, TextFormat};
use crate::import::generic::Outcome;
use crate::model::{BillLine, BillTotal, Period, RecordKind, SourceRef, UsageRecord};
use crate::parse::{is_placeholder, parse_duration, DurationUnit};

fn is_raw(head: &Head<'_>) -> bool {
    let pipe = head.cells(Delim::Pipe);
    starts_with_cells(
        pipe,
        &["sectionid", "billingentitylevel", "foundationaccounttype"],
    ) && pipe.iter().any(|c| c == "amount")
        && pipe.iter().any(|c| c == "periodenddate")
}

fn is_usage(head: &Head<'_>) -> bool {
    let comma = head.cells(Delim::Comma);
    let has = |n: &str| comma.iter().any(|c| c == n);
    starts_with_cells(
        comma,
        &["foundationaccount", "accountnumber", "wirelessnumber"],
    ) && has("minutesusage")
        && has("kbusage")
        && has("source")
}

fn is_pooling(head: &Head<'_>) -> bool {
    let comma = head.cells(Delim::Comma);
    starts_with_cells(
        comma,
        &[
            "accountanddescriptions",
            "wirelessnumberanddescriptions",
            "username",
            "datacharges",
        ],
    ) && comma.iter().any(|c| c == "totaldatapoolingcredit")
}

const RAW: Table = Table {
    id: "att-raw",
    kind: RecordKind::BillLines,
    delimiter: b'|',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Plain(att_raw))),
};

const USAGE: Table = Table {
    id: "att-usage",
    kind: RecordKind::Usage,
    delimiter: b',',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Plain(att_usage))),
};

const POOLING: Table = Table {
    id: "att-pooling",
    kind: RecordKind::BillLines,
    delimiter: b',',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Charges(&ATT_POOLING))),
};

pub(crate) static FORMATS: &[TextFormat] = &[
    TextFormat {
        id: RAW.id,
        sniff: is_raw,
        sniff_beside: None,
        read: |f, sink, r| read(&RAW, f, sink, r),
    },
    TextFormat {
        id: USAGE.id,
        sniff: is_usage,
        sniff_beside: None,
        read: |f, sink, r| read(&USAGE, f, sink, r),
    },
    TextFormat {
        id: POOLING.id,
        sniff: is_pooling,
        sniff_beside: None,
        read: |f, sink, r| read(&POOLING, f, sink, r),
    },
];

/// AT&T data/voice pooling report: the line's charges and the pooling credits against them.
static ATT_POOLING: ChargesSpec = ChargesSpec {
    period: "invoicedate",
    number: "wirelessnumber",
    total: None,
    charges: Some(&[
        "datacharges",
        "airtimecharges",
        "totaldatapoolingcredit",
        "totaldatataxcredit",
        "totalvoicepoolingcredit",
        "totalvoicetaxcredit",
    ]),
    not_charges: &[],
};

fn att_usage(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let (di, ti) = (c.idx("date"), c.idx("time"));
    let Some(date) = NaiveDate::parse_from_str(&r.at(di), "%m/%d/%Y").ok() else {
        return err(
            di,
            "Date",
            crate::msg!("expect-date-like", example = "01/30/2023"),
            &r.at(di),
        );
    };
    let Some(time) =
        parse_clock(&r.at(ti)).or_else(|| r.at(ti).is_empty().then_some(NaiveTime::MIN))
    else {
        return err(
            ti,
            "Time",
            crate::msg!("expect-time-like", example = "11:42"),
            &r.at(ti),
        );
    };
    let si = c.idx("source");
    let Some(kind) = usage_kind_of(&r.at(si)) else {
        return err(
            si,
            "Source",
            crate::msg!("expect-voice-data-messaging"),
            &r.at(si),
        );
    };
    let (mi, ki, fi) = (
        c.idx("minutesusage"),
        c.idx("kbusage"),
        c.idx("totalcharges"),
    );
    let minutes = r.at(mi);
    let Some(seconds) = (if is_placeholder(&minutes) {
        Some(0)
    } else {
        parse_duration(&minutes, DurationUnit::Minutes)
    }) else {
        return err(
            mi,
            "Minutes usage",
            crate::msg!("expect-whole-minutes-like", example = "1"),
            &minutes,
        );
    };
    let kb = r.at(ki);
    let Some(kb) = (if is_placeholder(&kb) {
        Some(0)
    } else {
        kb.replace(',', "").parse::<u64>().ok()
    }) else {
        return err(
            ki,
            "KB usage",
            crate::msg!("expect-kilobytes-like", example = "21698"),
            &kb,
        );
    };
    let Some(fee) = money(&r.at(fi)) else {
        return err(
            fi,
            "Total charges",
            crate::msg!("expect-amount-like", example = "$0.00"),
            &r.at(fi),
        );
    };
    Outcome::Usage(UsageRecord {
        start: date.and_time(time),
        kind,
        number: Some(r.at(c.idx("wirelessnumber")).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: kb.saturating_mul(1024),
        fee,
        source: src,
    })
}

fn att_raw(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let kind = r.at(c.idx("sectionid")).into_owned();
    let pi = c.idx("periodenddate");
    let period = || {
        NaiveDate::parse_from_str(&r.at(pi), "%Y%m%d")
            .ok()
            .map(Period::of)
    };
    match kind.as_str() {
        "BIL" => Outcome::Skip(crate::msg!("skip-billing-entity")),
        "IRA" => {
            let ti = c.idx("faninvoicetotalcurrentcharges");
            let Some(period) = NaiveDate::parse_from_str(&r.at(c.idx("faninvoicedate")), "%Y%m%d")
                .ok()
                .map(Period::of)
                .or_else(period)
            else {
                return err(
                    pi,
                    "Period End Date",
                    crate::msg!("expect-date-like", example = "20230216"),
                    &r.at(pi),
                );
            };
            match money(&r.at(ti)) {
                Some(amount) if !r.at(ti).is_empty() => Outcome::Total(BillTotal {
                    currency: None,
                    period,
                    amount,
                    number: Some(r.at(c.idx("foundationaccountnumber")).into_owned())
                        .filter(|s| !s.is_empty()),
                    source: src,
                }),
                Some(_) => Outcome::Skip(crate::msg!("skip-invoice-without-charges")),
                None => err(
                    ti,
                    "FAN Invoice Total Current Charges",
                    crate::msg!("expect-amount-plain"),
                    &r.at(ti),
                ),
            }
        }
        "SL" => {
            let ai = c.idx("amount");
            let amount_text = r.at(ai);
            if amount_text.is_empty() {
                return Outcome::Skip(crate::msg!("skip-statement-label"));
            }
            let sections: Vec<String> = ["section1", "section2", "section3", "section4"]
                .iter()
                .map(|n| r.at(c.idx(n)).into_owned())
                .filter(|s| !s.is_empty())
                .collect();
            if sections.first().map(String::as_str) == Some("Prior Activity") {
                return Outcome::Skip(crate::msg!("skip-prior-activity"));
            }
            if sections.iter().any(|s| s.starts_with("Total")) {
                return Outcome::Skip(crate::msg!("skip-section-total"));
            }
            let Some(amount) = money(&amount_text) else {
                return err(
                    ai,
                    "Amount",
                    crate::msg!("expect-amount-like", example = "0.99"),
                    &amount_text,
                );
            };
            let Some(period) = period() else {
                return err(
                    pi,
                    "Period End Date",
                    crate::msg!("expect-date-like", example = "20230216"),
                    &r.at(pi),
                );
            };
            let item = sections.last().cloned().unwrap_or_default();
            let number = [
                r.at(c.idx("wirelessnumber")),
                r.at(c.idx("billingaccountnumber")),
            ]
            .into_iter()
            .find(|s| !s.is_empty())
            .map(|s| s.into_owned());
            Outcome::Bill(BillLine {
                currency: None,
                period,
                item,
                amount,
                number,
                source: src,
            })
        }
        other => err(
            c.idx("sectionid"),
            "Section ID",
            crate::msg!("expect-record-type-bil-ira-sl"),
            other,
        ),
    }
}
