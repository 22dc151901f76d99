//! Small cases that plant the situations in which payment matching and claims go wrong,
//! with the exact disputes the audit must list (`expected-disputes.json`).
//!
//! Every case has a broadband line with a session log and monthly bills paid by bank
//! debit, and a seeded choice of: equal or varying monthly totals; a second (mobile)
//! service with no usage export; an idle month; an overpayment; a bill paid twice on one
//! day; a ghost debit; a ghost refunded by the carrier; the payment of the bill before
//! the folder; months paid through a wallet app (the app record and the card debit behind
//! it); an unpaid month whose amount the next bill carries as arrears; a line billed
//! after its cancellation; an add-on nobody ordered; a raised fee; a line billed twice in
//! one bill; header synonyms;
//! UTF-8 or GBK; bills as CSV or XLSX. Independently of the situations, each case gets a
//! seeded layout: columns in any order, one signed amount column or income/expense, a
//! balance column, four date formats, a bank statement as CSV or XLSX, usage headers that
//! only their key words identify, an extra bill column.

use std::io;
use std::path::Path;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{xlsx, GenEncoding};
use super::{Out, Rng};
use crate::model::Period;

/// The file the expected disputes are written to (the audit does not read it).
pub const EXPECTED_DISPUTES_FILE: &str = "expected-disputes.json";

/// A disputed item the audit must list: its rules (joined with ` + `), period and amount.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ExpectedDispute {
    pub rules: String,
    pub period: String,
    pub amount: String,
}

/// What a scenario planted.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub expected: Vec<ExpectedDispute>,
    /// The situations planted, by name.
    pub planted: Vec<&'static str>,
}

const FEES: [i64; 7] = [5800, 8800, 9900, 12800, 19900, 25800, 29900];

/// The seeded plan of one case.
#[derive(Debug)]
struct Plan {
    periods: Vec<Period>,
    bb_fee: Decimal,
    /// The mobile service's monthly fee and per-month usage fees (no usage export).
    mobile: Option<(Decimal, Vec<Decimal>)>,
    idle: Option<usize>,
    /// The broadband line was cancelled at the end of the period before this one, and is
    /// billed from this period on.
    cancel: Option<usize>,
    /// An add-on nobody ordered, billed in these months (first, last) at this amount.
    addon: Option<(usize, usize, Decimal)>,
    /// The broadband fee raised by this amount from this month on.
    raise: Option<(usize, Decimal)>,
    /// The broadband fee billed twice in this month's bill.
    doubled: Option<usize>,
    unpaid: Option<usize>,
    overpay: Option<(usize, Decimal)>,
    twice: Option<usize>,
    ghost: Option<(NaiveDate, Decimal)>,
    refunded: Option<(NaiveDate, Decimal)>,
    outside: bool,
    wallet: Vec<bool>,
    pay_day: Vec<u32>,
    declared_range: bool,
    encoding: GenEncoding,
    xlsx_bills: bool,
    synonyms: usize,
}

/// The words and number formats of one country's files.
#[derive(Debug)]
struct Words {
    config: &'static str,
    bb_match: &'static str,
    mobile_match: &'static str,
    /// Items: broadband fee, mobile plan, usage fee, arrears, two labels of the total, and
    /// an add-on.
    items: [&'static str; 7],
    bb_number: &'static str,
    mobile_number: &'static str,
    bill_title: [&'static str; 2],
    bill_headers: [[&'static str; 4]; 4],
    bank_title: [&'static str; 2],
    bank_headers: [[&'static str; 5]; 4],
    /// One signed amount column, a balance column.
    bank_extra: [&'static str; 2],
    bank_dates: [&'static str; 4],
    payee: &'static str,
    /// Descriptions: bill payment, other debit, refund.
    pay: [&'static str; 3],
    /// (description, counterparty) of rent and salary.
    other: [(&'static str, &'static str); 2],
    usage_file: &'static str,
    usage_title: &'static str,
    usage_headers: [[&'static str; 5]; 4],
    /// Has a wallet app (the app record and the card debit behind it).
    wallet: bool,
}

const CN: Words = Words {
    config: "[account]\nholder = \"某某\"\ncarrier = \"中国移动\"\npayees = [\"中国移动\"]\n\n",
    bb_match: "宽带",
    mobile_match: "\"移动套餐\", \"套餐外\"",
    items: [
        "宽带月租费",
        "移动套餐月费",
        "套餐外语音通信费",
        "往月欠费",
        "本期合计",
        "本期应缴",
        "视频彩铃功能费",
    ],
    bb_number: "ADSL02088001234",
    mobile_number: "13800138000",
    bill_title: ["中国移动 电子账单", "客户名称：某某"],
    bill_headers: [
        ["账期", "用户号码", "费用项目", "金额(元)"],
        ["计费周期", "号码", "项目名称", "金额"],
        ["账单月份", "服务号码", "收费项目", "费用"],
        ["月份", "业务号码", "费用名称", "应收金额"],
    ],
    bank_title: ["账户交易明细", "账号：6222****0001  币种：人民币"],
    bank_headers: [
        ["交易日期", "摘要", "对方户名", "收入金额", "支出金额"],
        ["记账日期", "交易摘要", "对方名称", "贷方金额", "借方金额"],
        ["日期", "用途", "交易对方", "存入金额", "取出金额"],
        ["交易日期", "附言", "对方户名", "收入", "支出"],
    ],
    bank_extra: ["交易金额", "账户余额"],
    bank_dates: ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y年%m月%d日"],
    payee: "中国移动通信集团广东有限公司",
    pay: ["代扣话费", "代扣费用", "退款"],
    other: [
        ("房租", "某某物业管理有限公司"),
        ("工资", "某某科技有限公司"),
    ],
    usage_file: "usage/宽带上网记录.csv",
    usage_title: "宽带上网详单",
    usage_headers: [
        [
            "上线时间",
            "下线时间",
            "上网时长",
            "上网流量（KB）",
            "宽带账号",
        ],
        ["起始时间", "结束时间", "时长", "流量(KB)", "账号"],
        [
            "上网时间",
            "断开时间",
            "在线时长",
            "下行流量(KB)",
            "宽带上网账号",
        ],
        [
            "会话开始时间",
            "会话结束时间",
            "计费时长",
            "使用数据量(KB)",
            "业务号码",
        ],
    ],
    wallet: true,
};

const US: Words = Words {
    config: "[account]\nholder = \"Jane Doe\"\ncarrier = \"Verizon\"\ncountry = \"US\"\ncurrency = \"USD\"\npayees = [\"VERIZON\"]\n\n",
    bb_match: "Fios",
    mobile_match: "\"Unlimited\", \"International\"",
    items: [
        "Fios Internet 300 Mbps",
        "Unlimited Welcome plan",
        "International calls",
        "Past due balance",
        "Total charges",
        "Total amount due",
        "Device Protection",
    ],
    bb_number: "FIOS-4471-0092",
    mobile_number: "(555) 201-3344",
    bill_title: ["Verizon account statement", "Account holder: Jane Doe"],
    bill_headers: [
        ["Billing Period", "Number", "Description", "Amount"],
        ["Bill Period", "Wireless Number", "Charge Description", "Amount"],
        ["Billing Month", "Service Number", "Item", "Charges"],
        ["Period", "Account Number", "Item Name", "Amount"],
    ],
    bank_title: ["Checking account activity", "Account ending in 0001"],
    bank_headers: [
        ["Date", "Description", "Payee", "Credit", "Debit"],
        ["Posting Date", "Details", "Merchant", "Deposits", "Withdrawals"],
        ["Transaction Date", "Memo", "Name", "Credit Amount", "Debit Amount"],
        ["Date", "Narrative", "Counterparty", "Money In", "Money Out"],
    ],
    bank_extra: ["Amount", "Balance"],
    bank_dates: ["%m/%d/%Y", "%Y-%m-%d", "%m/%d/%Y", "%Y-%m-%d"],
    payee: "VERIZON WIRELESS",
    pay: ["VERIZON PAYMENT", "VERIZON CHARGE", "VERIZON REFUND"],
    other: [("RENT PAYMENT", "OAK PROPERTY MGMT"), ("PAYROLL", "ACME INC")],
    usage_file: "usage/internet-usage.csv",
    usage_title: "Internet usage detail",
    usage_headers: [
        ["Start Time", "End Time", "Duration", "Data Volume (KB)", "Account Number"],
        ["Session Start Time", "Session End Time", "Duration", "Usage (KB)", "Number"],
        ["Start", "End", "Duration", "Data (KB)", "Account"],
        ["Connect Time", "Disconnect Time", "Duration", "Volume (KB)", "Service Number"],
    ],
    wallet: false,
};

/// How the files of one case are laid out: column order, extra columns, one signed amount
/// column or two, date formats, header words, XLSX or text. Drawn from its own seeded
/// stream, so the situations a seed plants do not depend on it.
#[derive(Debug)]
struct Layout {
    words: &'static Words,
    bank_signed: bool,
    bank_balance: bool,
    bank_date: &'static str,
    bank_order: Vec<usize>,
    bank_xlsx: bool,
    usage_headers: usize,
    usage_order: Vec<usize>,
    usage_hms: bool,
    bill_order: Vec<usize>,
    bill_note: bool,
}

fn shuffled(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        v.swap(i, rng.below(i as u64 + 1) as usize);
    }
    v
}

impl Layout {
    fn new(seed: u64) -> Layout {
        let mut rng = Rng::new(seed ^ 0x1A70_u64);
        let words = if rng.below(4) == 0 { &US } else { &CN };
        let bank_signed = rng.below(2) == 0;
        let bank_balance = rng.below(2) == 0;
        let bank_cols = 3 + if bank_signed { 1 } else { 2 } + usize::from(bank_balance);
        Layout {
            words,
            bank_signed,
            bank_balance,
            bank_date: pick(&mut rng, &words.bank_dates),
            // The date stays first (statements start with it); the rest in any order.
            bank_order: std::iter::once(0)
                .chain(shuffled(&mut rng, bank_cols - 1).into_iter().map(|i| i + 1))
                .collect(),
            bank_xlsx: rng.below(4) == 0,
            usage_headers: rng.below(words.usage_headers.len() as u64) as usize,
            usage_order: shuffled(&mut rng, 5),
            usage_hms: rng.below(2) == 0,
            bill_order: shuffled(&mut rng, 4),
            bill_note: rng.below(2) == 0,
        }
    }

    fn describe(&self) -> Vec<&'static str> {
        let mut out = vec![];
        for (on, name) in [
            (std::ptr::eq(self.words, &US), "a US case in dollars"),
            (self.bank_signed, "one signed amount column"),
            (self.bank_balance, "a balance column"),
            (self.bank_xlsx, "XLSX statement"),
            (self.usage_headers >= 2, "usage headers found by key words"),
            (self.bill_note, "an extra bill column"),
        ] {
            if on {
                out.push(name);
            }
        }
        out
    }
}

/// `row` reordered by `order` (output column i is `row[order[i]]`).
fn reorder(row: Vec<String>, order: &[usize]) -> Vec<String> {
    order
        .iter()
        .map(|&i| row.get(i).cloned().unwrap_or_default())
        .collect()
}

fn pick<T: Copy>(rng: &mut Rng, xs: &[T]) -> T {
    xs[rng.below(xs.len() as u64) as usize]
}

fn day(p: Period, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(p.year, p.month, d.min(p.days())).unwrap_or(p.first_day())
}

/// A month below `below` not taken yet, taken.
fn take(rng: &mut Rng, months: &mut Vec<usize>, below: usize) -> Option<usize> {
    let cands: Vec<usize> = months.iter().copied().filter(|k| *k < below).collect();
    let k = *cands.get(rng.below(cands.len().max(1) as u64) as usize)?;
    months.retain(|x| *x != k);
    Some(k)
}

fn yuan(rng: &mut Rng, from: i64, to: i64) -> Decimal {
    Decimal::new(from * 100 + rng.below(((to - from) * 100) as u64) as i64, 2)
}

impl Plan {
    fn new(seed: u64) -> Plan {
        let mut rng = Rng::new(seed);
        let m = 5 + rng.below(5) as usize;
        let mut first = Period::new(2024 + rng.below(2) as i32, 1 + rng.below(12) as u32)
            .unwrap_or(Period::of(NaiveDate::default()));
        let mut periods = Vec::with_capacity(m);
        for _ in 0..m {
            periods.push(first);
            first = first.next();
        }
        // Distinct months for the payment situations (never the last for arrears).
        let mut months: Vec<usize> = (0..m).collect();
        let unpaid = if rng.below(2) == 0 {
            take(&mut rng, &mut months, m - 1)
        } else {
            None
        };
        if let Some(u) = unpaid {
            months.retain(|x| *x != u + 1);
        }
        let overpay = if rng.below(2) == 0 {
            take(&mut rng, &mut months, m)
        } else {
            None
        };
        let twice = if rng.below(2) == 0 {
            take(&mut rng, &mut months, m)
        } else {
            None
        };
        let mobile = (rng.below(2) == 0).then(|| {
            let fee = Decimal::new(pick(&mut rng, &FEES), 2);
            let varying = rng.below(2) == 0;
            let extras = (0..m)
                .map(|_| {
                    if varying {
                        yuan(&mut rng, 0, 40)
                    } else {
                        Decimal::ZERO
                    }
                })
                .collect();
            (fee, extras)
        });
        let bb_cents = pick(&mut rng, &FEES);
        Plan {
            bb_fee: Decimal::new(bb_cents, 2),
            mobile,
            idle: (rng.below(3) > 0).then(|| 1 + rng.below(m as u64 - 2) as usize),
            unpaid,
            // Up to a quarter of the bill, as a debit of an old or package price would be.
            overpay: overpay.map(|k| {
                let most = (bb_cents / 400).max(1) as u64;
                (k, Decimal::new(100 + 100 * rng.below(most) as i64, 2))
            }),
            twice,
            ghost: (rng.below(2) == 0).then(|| {
                let p = periods[1 + rng.below(m as u64 - 2) as usize];
                (day(p, 15 + rng.below(10) as u32), yuan(&mut rng, 5, 17))
            }),
            refunded: (rng.below(2) == 0).then(|| {
                let p = periods[1 + rng.below(m as u64 - 2) as usize];
                (day(p, 12 + rng.below(10) as u32), yuan(&mut rng, 18, 30))
            }),
            outside: rng.below(2) == 0,
            wallet: (0..m).map(|_| rng.below(3) == 0).collect(),
            pay_day: (0..m).map(|_| 1 + rng.below(10) as u32).collect(),
            declared_range: rng.below(2) == 0,
            encoding: if rng.below(2) == 0 {
                GenEncoding::Utf8
            } else {
                GenEncoding::Gbk
            },
            xlsx_bills: rng.below(3) == 0,
            synonyms: rng.below(4) as usize,
            periods,
            cancel: None,
            addon: None,
            raise: None,
            doubled: None,
        }
    }

    /// The service-side situations, from their own seeded stream (so that the payment
    /// situations of a seed stay as they were): a line billed after its cancellation, an
    /// add-on nobody ordered, a raised fee. They never share a month with an idle month
    /// or with each other's lines.
    fn with_service_situations(mut self, seed: u64) -> Plan {
        let mut rng = Rng::new(seed ^ 0x5E7_u64);
        let m = self.periods.len();
        let after_idle = self.idle.map_or(1, |i| i + 1);
        if rng.below(3) == 0 && after_idle < m - 1 {
            self.cancel = Some(after_idle + 1 + rng.below((m - after_idle - 1) as u64) as usize);
        } else if rng.below(3) == 0 && after_idle < m {
            let j = after_idle + rng.below((m - after_idle) as u64) as usize;
            self.raise = Some((j, Decimal::new(500 * (1 + rng.below(4) as i64), 2)));
        }
        // A month of its own: not idle, not raised, not after the cancellation.
        let last_plain = self.cancel.or(self.raise.map(|r| r.0)).unwrap_or(m);
        if rng.below(4) == 0 {
            let free: Vec<usize> = (0..last_plain).filter(|k| self.idle != Some(*k)).collect();
            if !free.is_empty() {
                self.doubled = Some(free[rng.below(free.len() as u64) as usize]);
            }
        }
        if rng.below(3) == 0 {
            let first = rng.below(m as u64) as usize;
            let last = first + rng.below((m - first) as u64) as usize;
            self.addon = Some((first, last, yuan(&mut rng, 5, 16)));
        }
        self
    }

    /// The broadband line's charge in month `k`.
    fn bb_charge(&self, k: usize) -> Decimal {
        match self.raise {
            Some((j, x)) if k >= j => self.bb_fee + x,
            _ => self.bb_fee,
        }
    }

    /// The charges of month `k`: (index of the item in [`Words::items`], whether it is the
    /// mobile number's, amount).
    fn charges(&self, k: usize) -> Vec<(usize, bool, Decimal)> {
        let mut out = vec![(0, false, self.bb_charge(k))];
        if self.doubled == Some(k) {
            out.push((0, false, self.bb_charge(k)));
        }
        if let Some((fee, extras)) = &self.mobile {
            out.push((1, true, *fee));
            if !extras[k].is_zero() {
                out.push((2, true, extras[k]));
            }
        }
        if let Some((first, last, amount)) = self.addon {
            if (first..=last).contains(&k) {
                out.push((6, self.mobile.is_some(), amount));
            }
        }
        out
    }

    fn arrears(&self, k: usize) -> Option<Decimal> {
        self.unpaid.filter(|u| u + 1 == k).map(|u| self.total(u))
    }

    /// What the bill of month `k` asks for.
    fn total(&self, k: usize) -> Decimal {
        let charges: Decimal = self.charges(k).iter().map(|c| c.2).sum();
        charges + self.arrears(k).unwrap_or_default()
    }

    fn expected(&self) -> Vec<ExpectedDispute> {
        let mut out = Vec::new();
        let mut push = |rules: &str, p: Period, a: Decimal| {
            out.push(ExpectedDispute {
                rules: rules.to_string(),
                period: p.to_string(),
                amount: a.to_string(),
            });
        };
        if let Some(k) = self.idle {
            push("unused-service", self.periods[k], self.bb_charge(k));
        }
        if let Some(c) = self.cancel {
            // Billed after the cancellation, with no use (the sessions stop): idle too
            // where the log declares that it covers those months.
            let rules = if self.declared_range {
                "unused-service + charge-after-cancellation"
            } else {
                "charge-after-cancellation"
            };
            for k in c..self.periods.len() {
                push(rules, self.periods[k], self.bb_charge(k));
            }
        }
        if let Some(k) = self.doubled {
            push("duplicate-charge", self.periods[k], self.bb_charge(k));
        }
        if let Some((first, last, amount)) = self.addon {
            for k in first..=last {
                push("unsubscribed-charge", self.periods[k], amount);
            }
        }
        if let Some((j, x)) = self.raise {
            // The first raised month is also a change from the month before (j >= 1).
            push("price-above-contract + price-change", self.periods[j], x);
            for k in j + 1..self.periods.len() {
                push("price-above-contract", self.periods[k], x);
            }
        }
        if let Some((k, extra)) = self.overpay {
            push("payment-mismatch", self.periods[k], extra);
        }
        if let Some(k) = self.twice {
            push("duplicate-payment", self.periods[k], self.total(k));
        }
        if let Some((d, a)) = self.ghost {
            push("unexplained-deduction", Period::of(d), a);
        }
        out.sort();
        out
    }

    fn planted(&self) -> Vec<&'static str> {
        let mut out = vec![if self
            .mobile
            .as_ref()
            .is_some_and(|m| m.1.iter().any(|x| !x.is_zero()))
        {
            "varying totals"
        } else {
            "equal monthly totals"
        }];
        for (on, name) in [
            (self.mobile.is_some(), "a service with no usage export"),
            (self.idle.is_some(), "an idle month"),
            (self.cancel.is_some(), "billed after cancellation"),
            (self.addon.is_some(), "an add-on nobody ordered"),
            (self.raise.is_some(), "a raised fee"),
            (self.doubled.is_some(), "a line billed twice"),
            (self.unpaid.is_some(), "arrears lines"),
            (self.overpay.is_some(), "overpayment"),
            (self.twice.is_some(), "paid twice"),
            (self.ghost.is_some(), "a ghost debit"),
            (self.refunded.is_some(), "a refunded ghost"),
            (self.outside, "the payment of a bill outside the folder"),
            (
                self.wallet.iter().any(|w| *w),
                "a wallet payment plus the card debit behind it",
            ),
            (self.encoding == GenEncoding::Gbk, "GBK"),
            (self.xlsx_bills, "XLSX bills"),
        ] {
            if on {
                out.push(name);
            }
        }
        out
    }
}

/// Write a scenario case for `seed` into `dir` (new or empty).
pub fn generate_scenario(dir: &Path, seed: u64) -> io::Result<Scenario> {
    if std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some()) {
        return Err(io::Error::other(
            "the folder is not empty: give a new or empty folder",
        ));
    }
    let mut plan = Plan::new(seed).with_service_situations(seed);
    let layout = Layout::new(seed);
    if !layout.words.wallet {
        plan.wallet.iter_mut().for_each(|w| *w = false);
    }
    std::fs::create_dir_all(dir)?;
    write_config(dir, &plan, layout.words)?;
    write_usage(dir, &plan, &layout, &mut Rng::new(seed ^ 0x05E5))?;
    write_bills(dir, &plan, &layout)?;
    write_bank(dir, &plan, &layout)?;
    let expected = plan.expected();
    let mut json = serde_json::to_string_pretty(&expected).map_err(io::Error::other)?;
    json.push('\n');
    std::fs::write(dir.join(EXPECTED_DISPUTES_FILE), json)?;
    let mut planted = plan.planted();
    planted.extend(layout.describe());
    Ok(Scenario { expected, planted })
}

fn write_config(dir: &Path, plan: &Plan, w: &Words) -> io::Result<()> {
    let mut s =
        String::from("# Generated by `billaudit gen --scenario` (see expected-disputes.json).\n\n");
    s.push_str(w.config);
    s.push_str(&format!(
        "[[service]]\nid = \"broadband\"\nkind = \"broadband\"\nmatch = [\"{}\"]\nmonthly_fee = \"{}\"\nnumbers = [\"{}\"]\n",
        w.bb_match, plan.bb_fee, w.bb_number
    ));
    if let Some(c) = plan.cancel {
        s.push_str(&format!(
            "cancelled = \"{}\"\n",
            plan.periods[c - 1].last_day()
        ));
    }
    s.push('\n');
    if let Some((fee, _)) = &plan.mobile {
        s.push_str(&format!(
            "[[service]]\nid = \"mobile\"\nkind = \"mobile\"\nmatch = [{}]\nmonthly_fee = \"{fee}\"\nnumbers = [\"{}\"]\n",
            w.mobile_match, w.mobile_number
        ));
    }
    std::fs::write(dir.join(crate::audit::CONFIG_FILE), s)
}

fn write_usage(dir: &Path, plan: &Plan, layout: &Layout, rng: &mut Rng) -> io::Result<()> {
    let (from, to) = (
        plan.periods[0].first_day(),
        plan.periods[plan.periods.len() - 1].last_day(),
    );
    let words = layout.words;
    let mut w = Out::create(&dir.join(words.usage_file), plan.encoding)?;
    w.line(words.usage_title)?;
    if plan.declared_range {
        if std::ptr::eq(words, &CN) {
            w.line(&format!("起始时间：{from} 终止时间：{to}"))?;
        } else {
            w.line(&format!("Usage from {from} to {to}"))?;
        }
    }
    let header = words.usage_headers[layout.usage_headers]
        .map(String::from)
        .to_vec();
    w.line(&reorder(header, &layout.usage_order).join(","))?;
    // No use after the line's cancellation.
    let used = plan.cancel.unwrap_or(plan.periods.len());
    for (k, p) in plan.periods.iter().enumerate().take(used) {
        if plan.idle == Some(k) {
            continue;
        }
        let n = 2 + rng.below(5) as u32;
        for i in 0..n {
            // The first session of the first and last months used falls on their first
            // and last days, so that the records span every month whole.
            let d = match (k, i) {
                (0, 0) => 1,
                (k, 0) if k + 1 == used => p.days(),
                _ => 1 + rng.below(u64::from(p.days())) as u32,
            };
            let start = day(*p, d)
                .and_hms_opt(8 + rng.below(10) as u32, 0, 0)
                .unwrap_or_default();
            let mins = 5 + rng.below(200) as i64;
            let end = start + chrono::Duration::minutes(mins);
            let duration = if layout.usage_hms {
                format!("{}:{:02}:00", mins / 60, mins % 60)
            } else {
                (mins * 60).to_string()
            };
            let row = vec![
                start.format("%Y-%m-%d %H:%M:%S").to_string(),
                end.format("%Y-%m-%d %H:%M:%S").to_string(),
                duration,
                (1 + rng.below(900_000)).to_string(),
                words.bb_number.to_string(),
            ];
            w.line(&reorder(row, &layout.usage_order).join(","))?;
        }
    }
    w.finish()
}

/// The rows of the bill of month `k` (preamble, header, lines, total).
fn bill_rows(plan: &Plan, k: usize, w: &Words) -> Vec<Vec<String>> {
    let p = plan.periods[k];
    let us = std::ptr::eq(w, &US);
    let period = match (plan.synonyms % 2 == 1, us) {
        (true, false) => format!("{:04}{:02}", p.year, p.month),
        (true, true) => p.first_day().format("%b %Y").to_string(),
        (false, _) => p.to_string(),
    };
    // US bills show dollar signs in half the layouts.
    let money = |a: Decimal| {
        if us && plan.synonyms >= 2 {
            format!("${a}")
        } else {
            a.to_string()
        }
    };
    let row =
        |a: &str, b: &str, c: &str, d: String| vec![a.to_string(), b.to_string(), c.to_string(), d];
    let mut rows = vec![
        vec![w.bill_title[0].to_string()],
        vec![w.bill_title[1].to_string()],
        w.bill_headers[plan.synonyms]
            .iter()
            .map(|h| h.to_string())
            .collect(),
    ];
    for (item, mobile, amount) in plan.charges(k) {
        let number = if mobile { w.mobile_number } else { w.bb_number };
        rows.push(row(&period, number, w.items[item], money(amount)));
    }
    if let Some(a) = plan.arrears(k) {
        rows.push(row(&period, "", w.items[3], money(a)));
    }
    let label = w.items[if plan.synonyms >= 2 { 5 } else { 4 }];
    rows.push(row(&period, "", label, money(plan.total(k))));
    rows
}

/// `1234.50` as `1,234.50`.
fn thousands(a: Decimal) -> String {
    let text = a.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    let sign = if a < Decimal::ZERO { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{out}")
    } else {
        format!("{sign}{out}.{frac}")
    }
}

/// One CSV line: cells with a comma or a quote are quoted.
fn csv_line(cells: &[String]) -> String {
    cells
        .iter()
        .map(|c| {
            if c.contains([',', '"']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn write_bills(dir: &Path, plan: &Plan, layout: &Layout) -> io::Result<()> {
    for (k, p) in plan.periods.iter().enumerate() {
        // The table's columns in the case's order, with a note column after them if any;
        // the preamble lines (one cell each) stay as they are.
        let rows: Vec<Vec<String>> = bill_rows(plan, k, layout.words)
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                if r.len() < 4 {
                    return r;
                }
                let mut r = reorder(r, &layout.bill_order);
                if layout.bill_note {
                    let note = if std::ptr::eq(layout.words, &US) {
                        "Notes"
                    } else {
                        "备注"
                    };
                    r.push(if i == 2 { note } else { "" }.to_string());
                }
                r
            })
            .collect();
        if plan.xlsx_bills {
            xlsx::write(&dir.join(format!("bills/{p}.xlsx")), &rows)?;
            continue;
        }
        let mut w = Out::create(&dir.join(format!("bills/{p}.csv")), plan.encoding)?;
        for r in rows {
            w.line(&csv_line(&r))?;
        }
        w.finish()?;
    }
    Ok(())
}

/// A bank row: (date, description, counterparty, signed amount).
type BankRow = (NaiveDate, &'static str, &'static str, Decimal);

/// The bills' payments: by bank debit, or through the wallet (the app record and the card
/// debit behind it, a day later).
fn payments(
    plan: &Plan,
    w: &Words,
    bank: &mut Vec<BankRow>,
    wallet: &mut Vec<(NaiveDate, Decimal, String)>,
) {
    for (k, p) in plan.periods.iter().enumerate() {
        if plan.unpaid == Some(k) {
            continue;
        }
        let date = day(p.next(), plan.pay_day[k]);
        let extra = plan
            .overpay
            .filter(|o| o.0 == k)
            .map(|o| o.1)
            .unwrap_or_default();
        let amount = -(plan.total(k) + extra);
        let special = extra > Decimal::ZERO || plan.twice == Some(k);
        if plan.wallet[k] && !special {
            wallet.push((
                date,
                amount,
                format!("42000{:04}{:02}{k:04}", p.year, p.month),
            ));
            let card = date.succ_opt().unwrap_or(date);
            bank.push((
                card,
                "微信支付-中国移动话费",
                "财付通支付科技有限公司",
                amount,
            ));
            continue;
        }
        bank.push((date, w.pay[0], w.payee, amount));
        if plan.twice == Some(k) {
            bank.push((date, w.pay[0], w.payee, amount));
        }
    }
}

fn bank_rows(
    plan: &Plan,
    w: &Words,
    wallet: &mut Vec<(NaiveDate, Decimal, String)>,
) -> Vec<BankRow> {
    let mut rows: Vec<BankRow> = Vec::new();
    for p in &plan.periods {
        let (rent, landlord) = w.other[0];
        rows.push((day(*p, 1), rent, landlord, Decimal::new(-300_000, 2)));
        let (salary, employer) = w.other[1];
        rows.push((day(*p, 10), salary, employer, Decimal::new(1_200_000, 2)));
    }
    payments(plan, w, &mut rows, wallet);
    if plan.outside {
        rows.push((day(plan.periods[0], 3), w.pay[0], w.payee, -plan.total(0)));
    }
    if let Some((d, a)) = plan.ghost {
        rows.push((d, w.pay[1], w.payee, -a));
    }
    if let Some((d, a)) = plan.refunded {
        rows.push((d, w.pay[1], w.payee, -a));
        let back = d.checked_add_days(chrono::Days::new(3)).unwrap_or(d);
        rows.push((back, w.pay[2], w.payee, a));
    }
    rows.sort_by_key(|r| r.0);
    rows
}

fn write_bank(dir: &Path, plan: &Plan, layout: &Layout) -> io::Result<()> {
    let mut wallet = Vec::new();
    let words = layout.words;
    let rows = bank_rows(plan, words, &mut wallet);
    let table = bank_table(plan, layout, rows);
    if layout.bank_xlsx {
        let mut all = vec![
            vec![words.bank_title[0].to_string()],
            vec![words.bank_title[1].to_string()],
        ];
        all.extend(table);
        xlsx::write(&dir.join("bank/statement.xlsx"), &all)?;
        return write_wallet(dir, plan, wallet);
    }
    let mut w = Out::create(&dir.join("bank/statement.csv"), plan.encoding)?;
    w.line(words.bank_title[0])?;
    w.line(words.bank_title[1])?;
    for r in table {
        w.line(&csv_line(&r))?;
    }
    w.finish()?;
    write_wallet(dir, plan, wallet)
}

/// The statement's header and rows in the case's layout.
fn bank_table(plan: &Plan, layout: &Layout, rows: Vec<BankRow>) -> Vec<Vec<String>> {
    let words = layout.words;
    let h = words.bank_headers[plan.synonyms];
    let mut header: Vec<String> = h[..3].iter().map(|s| s.to_string()).collect();
    if layout.bank_signed {
        header.push(words.bank_extra[0].into());
    } else {
        header.extend([h[3].to_string(), h[4].to_string()]);
    }
    if layout.bank_balance {
        header.push(words.bank_extra[1].into());
    }
    // US statements write thousands separators in half the layouts.
    let money = |a: Decimal| {
        if std::ptr::eq(words, &US) && plan.synonyms % 2 == 1 {
            thousands(a)
        } else {
            a.to_string()
        }
    };
    let mut out = vec![reorder(header, &layout.bank_order)];
    let mut balance = Decimal::new(5_000_000, 2);
    for (date, what, who, amount) in rows {
        balance += amount;
        let mut r = vec![
            date.format(layout.bank_date).to_string(),
            what.to_string(),
            who.to_string(),
        ];
        if layout.bank_signed {
            r.push(money(amount));
        } else if amount < Decimal::ZERO {
            r.extend([String::new(), money(-amount)]);
        } else {
            r.extend([money(amount), String::new()]);
        }
        if layout.bank_balance {
            r.push(money(balance));
        }
        out.push(reorder(r, &layout.bank_order));
    }
    out
}

fn write_wallet(
    dir: &Path,
    plan: &Plan,
    wallet: Vec<(NaiveDate, Decimal, String)>,
) -> io::Result<()> {
    if wallet.is_empty() {
        return Ok(());
    }
    let mut w = Out::create(&dir.join("wallet/钱包交易记录.csv"), plan.encoding)?;
    w.line("钱包交易记录")?;
    w.line("交易时间,交易对方,商品说明,收/支,金额,交易订单号")?;
    for (date, amount, id) in wallet {
        w.line(&format!(
            "{date} 10:15:00,中国移动,话费充值,支出,{},{id}",
            -amount
        ))?;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators_and_csv_quoting() {
        assert_eq!(thousands(Decimal::new(-123_456_789, 2)), "-1,234,567.89");
        assert_eq!(thousands(Decimal::new(99_900, 2)), "999.00");
        assert_eq!(
            csv_line(&["a".into(), "1,234.00".into(), "say \"hi\"".into()]),
            "a,\"1,234.00\",\"say \"\"hi\"\"\""
        );
    }
}
