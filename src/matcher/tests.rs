//! The matcher on the situations that made claims an agent refutes: each test plants one
//! and states exactly what must be claimed.

use std::sync::Arc;

use rust_decimal::Decimal;

use super::*;
use crate::import::Sink;
use crate::model::SourceRef;
use crate::parse::{parse_amount, parse_datetime, parse_period};

const CFG: &str = "[account]\ncarrier = \"中国移动\"\npayees = [\"中国移动\"]\n";

/// Lines: (period, item, amount). Transactions: (file, date, amount, order id).
fn run(
    cfg: &str,
    lines: &[(&str, &str, &str)],
    txs: &[(&str, &str, &str, Option<&str>)],
) -> Matched {
    let cfg = Config::parse("billaudit.toml", cfg).unwrap();
    let mut c = Collector::new(&cfg);
    for (row, (p, item, a)) in lines.iter().enumerate() {
        c.bill_line(BillLine {
            currency: None,
            period: parse_period(p).unwrap(),
            item: item.to_string(),
            amount: parse_amount(a).unwrap(),
            number: None,
            source: SourceRef::new(Arc::from("bills.csv"), row as u64 + 2),
        });
    }
    for (row, (file, d, a, id)) in txs.iter().enumerate() {
        c.transaction(Transaction {
            reversal: false,
            currency: None,
            date: parse_datetime(d).unwrap(),
            amount: parse_amount(a).unwrap(),
            counterparty: "中国移动".into(),
            description: String::new(),
            id: id.map(str::to_string),
            source: SourceRef::new(Arc::from(*file), row as u64 + 2),
        });
    }
    match_all(&cfg, c, &[]).unwrap()
}

fn monthly(
    amount: &'static str,
    months: std::ops::RangeInclusive<u32>,
) -> Vec<(String, &'static str, &'static str)> {
    months
        .map(|m| (format!("2025-{m:02}"), "套餐月费", amount))
        .collect()
}

fn lines<'a>(v: &'a [(String, &'static str, &'static str)]) -> Vec<(&'a str, &'a str, &'a str)> {
    v.iter().map(|(p, i, a)| (p.as_str(), *i, *a)).collect()
}

/// (debit index, kind, amount) of every claim.
fn claims(m: &Matched) -> Vec<(usize, ClaimKind, Decimal)> {
    m.claims
        .iter()
        .map(|c| (c.debit, c.kind, c.amount))
        .collect()
}

/// (period, debits) of every payment.
fn paid(m: &Matched) -> Vec<(String, Vec<usize>)> {
    m.payments
        .iter()
        .map(|p| (p.period.to_string(), p.debits.clone()))
        .collect()
}

fn dec(s: &str) -> Decimal {
    parse_amount(s).unwrap()
}

#[test]
fn a_refund_goes_to_the_payment_its_order_id_names() {
    let m = run(
        CFG,
        &[("2025-06", "套餐费", "100.00")],
        &[
            ("alipay.csv", "2025-07-05 10:00:00", "-100.00", Some("P0")),
            ("alipay.csv", "2025-07-10 10:00:00", "-30.00", Some("PA")),
            ("alipay.csv", "2025-07-11 10:00:00", "-30.00", Some("PB")),
            ("alipay.csv", "2025-07-12 10:00:00", "30.00", Some("PB_1")),
        ],
    );
    assert_eq!(m.refunded, vec![(2, 3)]);
    assert_eq!(claims(&m), vec![(1, ClaimKind::Unexplained, dec("30.00"))]);
}

#[test]
fn equal_monthly_totals_do_not_cascade_and_the_ghost_is_the_extra_debit() {
    let bills = monthly("429.00", 1..=6);
    // Each bill paid early the next month; March's debit is 479 (overpaid by 50); a ghost
    // debit of 88.00 in May.
    let txs = [
        ("bank.csv", "2025-02-04", "-429.00", None),
        ("bank.csv", "2025-03-04", "-429.00", None),
        ("bank.csv", "2025-04-04", "-479.00", None),
        ("bank.csv", "2025-05-04", "-429.00", None),
        ("bank.csv", "2025-05-19", "-88.00", None),
        ("bank.csv", "2025-06-04", "-429.00", None),
        ("bank.csv", "2025-07-04", "-429.00", None),
    ];
    let m = run(CFG, &lines(&bills), &txs);
    assert_eq!(
        paid(&m),
        vec![
            ("2025-01".into(), vec![0]),
            ("2025-02".into(), vec![1]),
            ("2025-03".into(), vec![2]),
            ("2025-04".into(), vec![3]),
            ("2025-05".into(), vec![5]),
            ("2025-06".into(), vec![6]),
        ]
    );
    let over: Vec<(String, Decimal)> = m
        .overpaid()
        .map(|o| (o.payment.period.to_string(), o.claim))
        .collect();
    assert_eq!(over, vec![("2025-03".into(), dec("50.00"))]);
    assert_eq!(claims(&m), vec![(4, ClaimKind::Unexplained, dec("88.00"))]);
}

#[test]
fn the_payment_of_a_bill_before_the_folder_is_an_assumption_not_a_claim() {
    let bills = monthly("178.00", 1..=3);
    let txs = [
        ("bank.csv", "2025-01-03", "-178.00", None),
        ("bank.csv", "2025-02-03", "-178.00", None),
        ("bank.csv", "2025-03-03", "-178.00", None),
        ("bank.csv", "2025-04-03", "-178.00", None),
    ];
    let m = run(CFG, &lines(&bills), &txs);
    assert!(m.claims.is_empty(), "{:?}", m.claims);
    assert_eq!(m.outside, vec![(0, parse_period("2024-12").unwrap())]);
    assert!(
        m.assumptions.iter().any(|a| a.contains("2024-12 bill")),
        "{:?}",
        m.assumptions
    );
}

#[test]
fn a_double_debit_on_one_day_is_one_duplicate_naming_its_twin() {
    let bills = monthly("188.00", 5..=7);
    let txs = [
        ("wechat.csv", "2025-06-03 09:00:00", "-188.00", Some("W1")),
        ("wechat.csv", "2025-07-03 09:00:00", "-188.00", Some("W2")),
        ("wechat.csv", "2025-07-03 09:00:05", "-188.00", Some("W3")),
        ("wechat.csv", "2025-08-03 09:00:00", "-188.00", Some("W4")),
    ];
    let m = run(CFG, &lines(&bills), &txs);
    let dup: Vec<(usize, Period, usize)> =
        m.duplicates().map(|(c, p, of)| (c.debit, p, of)).collect();
    assert_eq!(dup.len(), 1, "{:?}", m.claims);
    let (d, p, of) = dup[0];
    assert_eq!(p, parse_period("2025-06").unwrap());
    assert_eq!([d.min(of), d.max(of)], [1, 2], "the twins name each other");
    assert_eq!(m.unexplained().count(), 0);
}

#[test]
fn a_refunded_ghost_is_not_claimed_and_a_partial_refund_reduces_the_claim() {
    let bills = monthly("58.00", 1..=3);
    let mut txs = vec![
        ("bank.csv", "2025-02-05", "-58.00", None),
        ("bank.csv", "2025-03-05", "-58.00", None),
        ("bank.csv", "2025-03-15", "-66.00", None),
        ("bank.csv", "2025-03-25", "66.00", None),
        ("bank.csv", "2025-04-05", "-58.00", None),
    ];
    let m = run(CFG, &lines(&bills), &txs);
    assert!(m.claims.is_empty(), "{:?}", m.claims);
    assert_eq!(m.refunded, vec![(2, 3)]);
    txs[3].2 = "16.00";
    let m = run(CFG, &lines(&bills), &txs);
    assert_eq!(claims(&m).len(), 1);
    assert_eq!(m.claims[0].amount, dec("50.00"));
    assert_eq!(m.claims[0].refunds, vec![3]);
}

#[test]
fn a_wallet_payment_and_the_card_debit_behind_it_pay_once() {
    let bills = monthly("99.00", 1..=2);
    let txs = [
        ("alipay.csv", "2025-02-06 10:00:00", "-99.00", Some("A1")),
        ("bank.csv", "2025-02-07", "-99.00", None),
        ("alipay.csv", "2025-03-06 10:00:00", "-99.00", Some("A2")),
        ("bank.csv", "2025-03-07", "-99.00", None),
    ];
    let m = run(CFG, &lines(&bills), &txs);
    assert_eq!(m.linked, vec![(0, 1), (2, 3)]);
    assert!(m.claims.is_empty(), "{:?}", m.claims);
    assert_eq!(m.payments.len(), 2);
}

#[test]
fn arrears_are_asked_for_but_are_not_charges() {
    let bills = [
        ("2025-09", "宽带月租费", "258.00"),
        ("2025-10", "宽带月租费", "258.00"),
        ("2025-10", "往月欠费", "258.00"),
        ("2025-10", "本期应缴", "516.00"),
    ];
    let txs = [("bank.csv", "2025-11-05", "-516.00", None)];
    let m = run(CFG, &bills, &txs);
    let oct = &m.bills[&parse_period("2025-10").unwrap()];
    assert_eq!(
        (oct.lines_sum, oct.arrears, oct.amount),
        (dec("258.00"), dec("258.00"), dec("516.00"))
    );
    assert_eq!(m.charges().count(), 2);
    assert!(m.claims.is_empty() && m.overpaid().count() == 0);
    // Without the amount-due line the arrears are still asked for.
    let m = run(CFG, &bills[..3], &txs);
    assert_eq!(
        m.bills[&parse_period("2025-10").unwrap()].amount,
        dec("516.00")
    );
    assert_eq!(m.overpaid().count(), 0);
}

#[test]
fn prepaid_bills_are_paid_before_their_period() {
    let cfg = format!("{CFG}\n[matching]\nbilling = \"prepaid\"\n");
    let bills = monthly("30.00", 2..=3);
    let txs = [
        ("bank.csv", "2025-01-28", "-30.00", None),
        ("bank.csv", "2025-02-27", "-30.00", None),
    ];
    let m = run(&cfg, &lines(&bills), &txs);
    assert_eq!(
        paid(&m),
        vec![("2025-02".into(), vec![0]), ("2025-03".into(), vec![1])]
    );
    assert!(m.claims.is_empty());
}

#[test]
fn a_split_payment_pays_one_bill() {
    let bills = [("2025-01", "套餐月费", "258.00")];
    let txs = [
        ("bank.csv", "2025-02-03", "-100.00", None),
        ("bank.csv", "2025-02-04", "-158.00", None),
    ];
    let m = run(CFG, &bills, &txs);
    assert_eq!(m.payments.len(), 1);
    assert_eq!(m.payments[0].debits, vec![0, 1]);
    assert!(m.claims.is_empty());
}

/// A service's lines and positive charges are the ones a pass over every line finds, in
/// the same order: discounts and zero lines are lines of it, not charges.
#[test]
fn lines_and_charges_of_a_service() {
    let cfg = format!(
        "{CFG}[[service]]\nid = \"m\"\nname = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\"]\n\
         [[service]]\nid = \"b\"\nname = \"b\"\nkind = \"broadband\"\nmatch = [\"宽带\"]\n"
    );
    let bills = [
        ("2025-09", "宽带月租费", "100.00"),
        ("2025-09", "套餐月租费", "58.00"),
        ("2025-09", "套餐优惠", "-10.00"),
        ("2025-09", "套餐赠送", "0.00"),
        ("2025-09", "往月欠费", "30.00"),
        ("2025-10", "套餐月租费", "58.00"),
        ("2025-10", "宽带月租费", "-0.00"),
    ];
    let m = run(&cfg, &bills, &[]);
    for si in 0..3 {
        let every: Vec<usize> = m
            .lines()
            .filter(|l| l.service == Some(si))
            .map(|l| l.id)
            .collect();
        assert_eq!(m.lines_of(si).map(|l| l.id).collect::<Vec<_>>(), every);
        let positive: Vec<usize> = m
            .lines()
            .filter(|l| l.service == Some(si))
            .filter(|l| l.kind.is_charge() && l.line.amount > Decimal::ZERO)
            .map(|l| l.id)
            .collect();
        assert_eq!(m.charges_of(si).map(|l| l.id).collect::<Vec<_>>(), positive);
    }
    assert_eq!(
        m.charges_of(0).map(|l| l.id).collect::<Vec<_>>(),
        vec![1, 5]
    );
    assert_eq!(m.lines_of(0).count(), 4);
}
