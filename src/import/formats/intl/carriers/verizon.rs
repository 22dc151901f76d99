//! Verizon Wireless raw data download (TAB): `verizon-rdd-usage` (Wireless Usage Detail),
//! `verizon-rdd-charges` (Acct & Wireless Charges Detail Summary Usage) and
//! `verizon-rdd-account` (AccountSummary: stated bill totals, each checked against its parts).

use chrono::NaiveTime;

use super::{
    date_in_cycle, err, money, parse_clock, parse_cycle_date, read, starts_with_cells,
    usage_kind_of, Cols, Heading, Plain, Row, SumCheck, Summary, Table,
};
use crate::import::formats::{Delim, Head, TextFormat};
use crate::import::generic::Outcome;
use crate::model::{BillLine, BillTotal, Period, RecordKind, SourceRef, UsageRecord};
use crate::parse::{is_placeholder, parse_duration, DurationUnit};

/// The normalised header cells of a Verizon raw data download, if the head is one.
fn columns<'a>(head: &'a Head<'_>) -> Option<&'a [String]> {
    let tab = head.cells(Delim::Tab);
    (tab.len() > 5 && starts_with_cells(tab, &["ecpdprofileid", "billcycledate", "accountnumber"]))
        .then_some(tab)
}

fn has_all(head: &Head<'_>, names: &[&str]) -> bool {
    columns(head).is_some_and(|c| names.iter().all(|n| c.iter().any(|x| x == n)))
}

const USAGE: Table = Table {
    id: "verizon-rdd-usage",
    kind: RecordKind::Usage,
    delimiter: b'\t',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Plain(verizon_usage))),
};

const CHARGES: Table = Table {
    id: "verizon-rdd-charges",
    kind: RecordKind::BillLines,
    delimiter: b'\t',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Plain(verizon_charge))),
};

const ACCOUNT: Table = Table {
    id: "verizon-rdd-account",
    kind: RecordKind::BillLines,
    delimiter: b'\t',
    heading: &[Heading::Header],
    open: |_, _| Ok(Box::new(Summary(verizon_account, &VERIZON_ACCOUNT_SUMS))),
};

pub(crate) static FORMATS: &[TextFormat] = &[
    TextFormat {
        id: USAGE.id,
        sniff: |h| has_all(h, &["usagecategory", "date", "time"]),
        sniff_beside: None,
        read: |f, sink, r| read(&USAGE, f, sink, r),
    },
    TextFormat {
        id: "verizon-rdd-charges",
        sniff: |h| {
            has_all(h, &["itemcategory", "itemdescription", "cost"])
                && !has_all(h, &["usagecategory", "date", "time"])
        },
        sniff_beside: None,
        read: |f, sink, r| read(&CHARGES, f, sink, r),
    },
    TextFormat {
        id: "verizon-rdd-account",
        sniff: |h| {
            has_all(h, &["totalcurrentcharges"])
                && !has_all(h, &["usagecategory", "date", "time"])
                && !has_all(h, &["itemcategory", "itemdescription", "cost"])
        },
        sniff_beside: None,
        read: |f, sink, r| read(&ACCOUNT, f, sink, r),
    },
];

/// The row's Bill Cycle Date (every Verizon export has one), or the row's error naming it.
#[allow(clippy::result_large_err)] // the error is the row's Outcome, built once
fn bill_cycle(c: &Cols, r: &Row) -> Result<chrono::NaiveDate, Outcome> {
    let ci = c.idx("billcycledate");
    parse_cycle_date(&r.at(ci)).ok_or_else(|| {
        err(
            ci,
            "Bill Cycle Date",
            crate::msg!("expect-date-like", example = "Aug 16, 2021"),
            &r.at(ci),
        )
    })
}

fn verizon_usage(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let (di, ti) = (c.idx("date"), c.idx("time"));
    let cycle = match bill_cycle(c, r) {
        Ok(cycle) => cycle,
        Err(e) => return e,
    };
    let Some(date) = date_in_cycle(&r.at(di), cycle) else {
        return err(
            di,
            "Date",
            crate::msg!("expect-date-like", example = "07/21"),
            &r.at(di),
        );
    };
    let time = match parse_clock(&r.at(ti)) {
        Some(t) => t,
        None if r.at(ti).is_empty() => NaiveTime::MIN,
        None => {
            return err(
                ti,
                "Time",
                crate::msg!("expect-time-like", example = "7:15A"),
                &r.at(ti),
            )
        }
    };
    let cat_i = c.idx("usagecategory");
    let Some(kind) = usage_kind_of(&r.at(cat_i)) else {
        return err(
            cat_i,
            "Usage Category",
            crate::msg!("expect-voice-data-messaging"),
            &r.at(cat_i),
        );
    };
    let min_i = c.idx("min");
    let minutes = r.at(min_i);
    let seconds = if is_placeholder(&minutes) {
        0
    } else {
        match parse_duration(&minutes, DurationUnit::Minutes) {
            Some(s) => s,
            None => {
                return err(
                    min_i,
                    "Min",
                    crate::msg!("expect-minutes-like", example = "2"),
                    &minutes,
                )
            }
        }
    };
    let tot_i = c.idx("total");
    let Some(fee) = money(&r.at(tot_i)) else {
        return err(
            tot_i,
            "Total",
            crate::msg!("expect-amount-like", example = "0.00"),
            &r.at(tot_i),
        );
    };
    Outcome::Usage(UsageRecord {
        start: date.and_time(time),
        kind,
        number: Some(r.at(c.idx("wirelessnumber")).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: 0,
        fee,
        source: src,
    })
}

fn verizon_charge(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let cycle = match bill_cycle(c, r) {
        Ok(cycle) => cycle,
        Err(e) => return e,
    };
    let cost_i = c.idx("cost");
    let Some(amount) = money(&r.at(cost_i)) else {
        return err(
            cost_i,
            "Cost",
            crate::msg!("expect-amount-like", example = "0.00"),
            &r.at(cost_i),
        );
    };
    let item = [r.at(c.idx("itemcategory")), r.at(c.idx("itemdescription"))]
        .iter()
        .filter(|s| !s.is_empty() && !is_placeholder(s))
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(": ");
    if item.is_empty() {
        return err(
            c.idx("itemdescription"),
            "Item Description",
            crate::msg!("expect-item-name"),
            "",
        );
    }
    Outcome::Bill(BillLine {
        currency: None,
        period: Period::of(cycle),
        item,
        amount,
        number: Some(r.at(c.idx("wirelessnumber")).into_owned()).filter(|s| !s.is_empty()),
        source: src,
    })
}

/// The sums a Verizon account summary row states: the balance carried forward, the current
/// charges as the sum of their parts, the usage charges, and the amount due.
static VERIZON_ACCOUNT_SUMS: [SumCheck; 4] = [
    (
        crate::mid!("sum-verizon-balance-forward"),
        &["previousbalance", "payments", "adjustments"],
        "balanceforward",
    ),
    (
        crate::mid!("sum-verizon-usage"),
        &[
            "usagecharges-voice",
            "usagecharges-messaging",
            "usagecharges-data",
            "usagecharges-roaming",
            "usagecharges-international",
            "usagecharges-purchases",
        ],
        "usageandpurchasecharges",
    ),
    (
        crate::mid!("sum-verizon-current"),
        &[
            "accountchargesandcredits",
            "chargesforthird-partyservicestoaccount",
            "monthlycharges",
            "latefee",
            "usageandpurchasecharges",
            "equipmentcharges",
            "surchargesandoc&cs",
            "taxes,governmentalsurcharges,andfees",
            "chargesforthird-partyservicestolines",
        ],
        "totalcurrentcharges",
    ),
    (
        crate::mid!("sum-verizon-due"),
        &["balanceforward", "totalcurrentcharges"],
        "totalamountdue",
    ),
];

fn verizon_account(c: &Cols, r: &Row, src: SourceRef) -> Outcome {
    let cycle = match bill_cycle(c, r) {
        Ok(cycle) => cycle,
        Err(e) => return e,
    };
    let ti = c.idx("totalcurrentcharges");
    let Some(amount) = money(&r.at(ti)) else {
        return err(
            ti,
            "Total Current Charges",
            crate::msg!("expect-amount-plain"),
            &r.at(ti),
        );
    };
    Outcome::Total(BillTotal {
        currency: None,
        period: Period::of(cycle),
        amount,
        number: Some(r.at(c.idx("accountnumber")).into_owned()).filter(|s| !s.is_empty()),
        source: src,
    })
}

#[cfg(test)]
mod tests {
    use crate::import::formats::{sniff_text, TextFile};
    use crate::import::{Collect, FileReport};
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    #[test]
    fn verizon_usage_file() {
        let t = "ECPD Profile ID\tBill Cycle Date\tAccount Number\tInvoice Number\tWireless Number\tUser Name\tUsage Category\tAccount Authorization Code\tDate\tTime\tNumber\tRate\tUsage Type\tDescription\tOrigination\tDestination\tIntl. Call Type\tMin\tCharge\tLong Dist./Other Charges\tTotal\r\n\tJan 15, 2025\tA1\tI1\t555-0100\tPat\tVoice\t\t12/31\t11:58P\t555-0199\tPeak\tPlanAllow\t\tTown\tCity\t\t3\t0.00\t0.00\t0.25\r\n\tJan 15, 2025\tA1\tI1\t555-0100\tPat\tVoice\t\tXX\t1:00A\t\t\t\t\t\t\t\t1\t0\t0\t0\r\n";
        let f = sniff_text(t, None).unwrap();
        assert_eq!(f.id, "verizon-rdd-usage");
        let mut r = FileReport::new(Arc::from("v.txt"));
        let mut s = Collect::default();
        (f.read)(
            &TextFile {
                text: t,
                path: None,
            },
            &mut s,
            &mut r,
        )
        .unwrap();
        assert_eq!((r.rows, r.records, r.error_count), (3, 1, 1));
        assert_eq!(s.usage[0].start.to_string(), "2024-12-31 23:58:00");
        assert_eq!(s.usage[0].seconds, 180);
        assert_eq!(s.usage[0].fee, dec!(0.25));
        assert_eq!((r.errors[0].row, r.errors[0].col), (3, 9));
        assert!(r.accounted());
    }
}
