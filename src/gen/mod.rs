//! A generator of synthetic case folders of any size, for tests and benchmarks
//! (`billaudit gen`, hidden).
//!
//! A generated case holds `billaudit.toml`, usage detail exports (one file per month, or
//! one file for the whole range), one bill per month and a bank statement, with planted
//! anomalies, and `expected.json`: the findings the audit must report (rule, period,
//! service, amount). Usage rows are streamed to disk as they are made, never held in
//! memory; the output depends only on the options (a fixed seed gives the same bytes).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::model::Period;

mod scenario;
mod xlsx;

pub use scenario::{generate_scenario, ExpectedDispute, Scenario, EXPECTED_DISPUTES_FILE};

/// Text encoding of the generated CSV files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenEncoding {
    Utf8,
    Gbk,
}

impl std::str::FromStr for GenEncoding {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Ok(GenEncoding::Utf8),
            "gbk" | "gb18030" | "gb2312" => Ok(GenEncoding::Gbk),
            _ => Err(format!("expected utf-8 or gbk, found {s:?}")),
        }
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct GenOptions {
    /// Usage rows in total.
    pub rows: u64,
    /// Phone numbers (one subscribed service each).
    pub numbers: u32,
    /// Billing months, from `first`.
    pub months: u32,
    pub first: Period,
    pub encoding: GenEncoding,
    pub seed: u64,
    /// One usage file for the whole range instead of one per month.
    pub single_usage_file: bool,
}

impl Default for GenOptions {
    fn default() -> Self {
        GenOptions {
            rows: 10_000,
            numbers: 5,
            months: 12,
            first: Period {
                year: 2025,
                month: 1,
            },
            encoding: GenEncoding::Utf8,
            seed: 1,
            single_usage_file: false,
        }
    }
}

/// A finding the audit must report, as written to `expected.json`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub struct ExpectedFinding {
    pub rule: String,
    pub period: Option<String>,
    pub service: Option<String>,
    pub amount: String,
}

/// What was written.
#[derive(Debug, Clone)]
pub struct GenSummary {
    pub usage_rows: u64,
    pub usage_files: Vec<String>,
    pub expected: Vec<ExpectedFinding>,
}

/// The name of the expected-findings file (ignored by the audit).
pub const EXPECTED_FILE: &str = "expected.json";

/// SplitMix64: tiny, fast, deterministic.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n.max(1) as u128) >> 64) as u64
    }
}

/// The planted anomalies, derived from the options.
#[derive(Debug, Clone)]
struct Plan {
    periods: Vec<Period>,
    numbers: Vec<String>,
    fees: Vec<Decimal>,
    /// (number index, month index) with no usage at all.
    idle: (usize, usize),
    /// Number index cancelled on `cancel_date`, still billed afterwards.
    cancelled: usize,
    cancel_month: usize,
    cancel_date: NaiveDate,
    /// (number index, month index): an extra charge for nothing subscribed.
    unsubscribed: (usize, usize),
    unsubscribed_item: &'static str,
    unsubscribed_amount: Decimal,
    /// A carrier-bound debit that no bill explains.
    unexplained_date: NaiveDate,
    unexplained_amount: Decimal,
}

const FEES: [i64; 4] = [3800, 5800, 8800, 12800];

impl Plan {
    fn new(o: &GenOptions) -> io::Result<Plan> {
        if o.numbers == 0 {
            return Err(io::Error::other("--numbers must be at least 1"));
        }
        if o.months < 4 {
            return Err(io::Error::other("--months must be at least 4"));
        }
        let m = o.months as usize;
        let n = o.numbers as usize;
        let mut periods = vec![o.first];
        for _ in 1..m {
            let last = *periods.last().expect("non-empty");
            periods.push(last.next());
        }
        let numbers: Vec<String> = (0..n).map(|i| format!("1380010{i:04}")).collect();
        let fees = (0..n)
            .map(|i| Decimal::new(FEES[i % FEES.len()], 2))
            .collect();
        let cancel_month = m * 3 / 4 - 1;
        let cp = periods[cancel_month];
        let plan = Plan {
            idle: (0, m / 2),
            cancelled: n - 1,
            cancel_month,
            cancel_date: NaiveDate::from_ymd_opt(cp.year, cp.month, 10).expect("valid date"),
            unsubscribed: (1 % n, m / 4),
            unsubscribed_item: "彩铃功能费",
            unsubscribed_amount: Decimal::new(1000, 2),
            unexplained_date: {
                let p = periods[m / 2 + 1];
                NaiveDate::from_ymd_opt(p.year, p.month, 20).expect("valid date")
            },
            unexplained_amount: Decimal::new(8888, 2),
            periods,
            numbers,
            fees,
        };
        Ok(plan)
    }

    /// Whether number `i` has usage in month `m` at all (before cancellation).
    fn in_use(&self, i: usize, m: usize) -> bool {
        !(self.idle == (i, m) || (i == self.cancelled && m > self.cancel_month))
    }

    fn service_id(i: usize) -> String {
        format!("line-{i:04}")
    }

    /// The bill lines of month `m`: (number index, item, amount).
    fn bill_lines(&self, m: usize) -> Vec<(usize, &'static str, Decimal)> {
        let mut out: Vec<(usize, &'static str, Decimal)> = (0..self.numbers.len())
            .map(|i| (i, "套餐月租费", self.fees[i]))
            .collect();
        if self.unsubscribed.1 == m {
            out.push((
                self.unsubscribed.0,
                self.unsubscribed_item,
                self.unsubscribed_amount,
            ));
        }
        out
    }

    fn bill_total(&self, m: usize) -> Decimal {
        self.bill_lines(m).iter().map(|l| l.2).sum()
    }

    fn expected(&self) -> Vec<ExpectedFinding> {
        let mut out: Vec<(Period, usize, Option<String>, ExpectedFinding)> = Vec::new();
        let order = |rule: &str| {
            crate::rules::builtin_rules()
                .iter()
                .position(|r| r.id == rule)
                .unwrap_or(usize::MAX)
        };
        let mut push = |p: Period, rule: &str, service: Option<String>, amount: Decimal| {
            out.push((
                p,
                order(rule),
                service.clone(),
                ExpectedFinding {
                    rule: rule.to_string(),
                    period: Some(p.to_string()),
                    service,
                    amount: amount.to_string(),
                },
            ));
        };
        for (m, p) in self.periods.iter().enumerate() {
            for i in 0..self.numbers.len() {
                if !self.in_use(i, m) {
                    push(
                        *p,
                        "unused-service",
                        Some(Self::service_id(i)),
                        self.fees[i],
                    );
                }
            }
            let c = self.cancelled;
            if m == self.cancel_month {
                let days = p.days();
                let after = days - 10;
                let share = (self.fees[c] * Decimal::from(after) / Decimal::from(days))
                    .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                push(
                    *p,
                    "charge-after-cancellation",
                    Some(Self::service_id(c)),
                    share,
                );
            } else if m > self.cancel_month {
                push(
                    *p,
                    "charge-after-cancellation",
                    Some(Self::service_id(c)),
                    self.fees[c],
                );
            }
            if self.unsubscribed.1 == m {
                push(*p, "unsubscribed-charge", None, self.unsubscribed_amount);
            }
            if Period::of(self.unexplained_date) == *p {
                push(*p, "unexplained-deduction", None, self.unexplained_amount);
            }
        }
        out.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
        out.into_iter().map(|x| x.3).collect()
    }
}

/// A buffered writer of text lines in the case's encoding.
struct Out {
    w: BufWriter<File>,
    enc: GenEncoding,
    buf: String,
}

impl Out {
    fn create(path: &Path, enc: GenEncoding) -> io::Result<Out> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        Ok(Out {
            w: BufWriter::with_capacity(256 * 1024, File::create(path)?),
            enc,
            buf: String::with_capacity(256),
        })
    }

    /// Write `self.buf` plus a newline, and clear it.
    fn flush_line(&mut self) -> io::Result<()> {
        self.buf.push('\n');
        match self.enc {
            GenEncoding::Utf8 => self.w.write_all(self.buf.as_bytes())?,
            GenEncoding::Gbk => {
                let (bytes, _, _) = encoding_rs::GBK.encode(&self.buf);
                self.w.write_all(&bytes)?;
            }
        }
        self.buf.clear();
        Ok(())
    }

    fn line(&mut self, s: &str) -> io::Result<()> {
        self.buf.push_str(s);
        self.flush_line()
    }

    fn finish(mut self) -> io::Result<()> {
        self.w.flush()?;
        self.w
            .into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()
            .ok();
        Ok(())
    }
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// Generate a case folder in `dir`, which must be new or empty.
pub fn generate(dir: &Path, o: &GenOptions) -> io::Result<GenSummary> {
    let plan = Plan::new(o)?;
    let m = plan.periods.len();
    // Rows are spread over the months in which some number is in use; each month needs
    // enough for every number in use to show up at least once.
    let used: Vec<usize> = (0..m)
        .filter(|k| (0..plan.numbers.len()).any(|i| plan.in_use(i, *k)))
        .collect();
    let per_month = |k: usize| match used.iter().position(|u| *u == k) {
        Some(j) => o.rows / used.len() as u64 + u64::from((j as u64) < o.rows % used.len() as u64),
        None => 0,
    };
    for k in 0..m {
        let need = (0..plan.numbers.len())
            .filter(|i| plan.in_use(*i, k))
            .count() as u64;
        if per_month(k) < need {
            return Err(io::Error::other(format!(
                "--rows {} is too few: every number needs a usage row in every month it is used (at least {} rows)",
                o.rows,
                plan.numbers.len() * m
            )));
        }
    }
    if std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some()) {
        // Files of an earlier case would mix with this one: never write into them.
        return Err(io::Error::other(
            "the folder is not empty: give a new or empty folder",
        ));
    }
    std::fs::create_dir_all(dir)?;
    write_config(dir, &plan)?;

    // Usage, streamed.
    let mut rng = Rng::new(o.seed);
    let mut usage_files = Vec::new();
    let first_day = plan.periods[0].first_day();
    let last_day = plan.periods[m - 1].last_day();
    let mut out: Option<Out> = None;
    let mut total = 0u64;
    for (k, p) in plan.periods.iter().enumerate() {
        let (from, to) = if o.single_usage_file {
            (first_day, last_day)
        } else {
            (p.first_day(), p.last_day())
        };
        if out.is_none() {
            let name = format!("usage/通话详单_{}-{}.csv", ymd(from), ymd(to));
            let mut w = Out::create(&dir.join(&name), o.encoding)?;
            w.line("中国移动 集团客户通信详单")?;
            w.line(&format!("起始时间：{from} 终止时间：{to}"))?;
            w.line("起始时间,业务类型,本机号码,对方号码,时长(秒),流量(KB),费用(元)")?;
            usage_files.push(name);
            out = Some(w);
        }
        let w = out.as_mut().expect("open");
        total += write_month(w, &plan, k, per_month(k), &mut rng)?;
        if !o.single_usage_file || k == m - 1 {
            out.take().expect("open").finish()?;
        }
    }

    write_bills(dir, &plan, o.encoding)?;
    write_bank(dir, &plan, o.encoding, &mut Rng::new(o.seed ^ 0xBA4C))?;
    let expected = plan.expected();
    let mut json = serde_json::to_string_pretty(&expected).map_err(io::Error::other)?;
    json.push('\n');
    std::fs::write(dir.join(EXPECTED_FILE), json)?;
    Ok(GenSummary {
        usage_rows: total,
        usage_files,
        expected,
    })
}

fn write_config(dir: &Path, plan: &Plan) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("# Generated by `billaudit gen`: a synthetic case with planted anomalies (see expected.json).\n\n");
    s.push_str(
        "[account]\nholder = \"某某贸易有限公司\"\ncarrier = \"中国移动\"\ncurrency = \"CNY\"\n",
    );
    s.push_str("payees = [\"中国移动\"]\n\n");
    for (i, n) in plan.numbers.iter().enumerate() {
        s.push_str(&format!(
            "[[service]]\nid = \"{}\"\nname = \"{} 套餐\"\nkind = \"mobile\"\nmatch = [\"套餐\"]\nmonthly_fee = \"{}\"\nnumbers = [\"{n}\"]\n",
            Plan::service_id(i),
            n,
            plan.fees[i]
        ));
        if i == plan.cancelled {
            s.push_str(&format!("cancelled = \"{}\"\n", plan.cancel_date));
        }
        s.push('\n');
    }
    std::fs::write(dir.join(crate::audit::CONFIG_FILE), s)
}

/// The usage rows of month `k`; returns how many were written.
fn write_month(w: &mut Out, plan: &Plan, k: usize, rows: u64, rng: &mut Rng) -> io::Result<u64> {
    use std::fmt::Write as _;
    let p = plan.periods[k];
    let start = p.first_day().and_hms_opt(0, 0, 0).expect("midnight");
    let mut span = p.days() as u64 * 86_400;
    // Numbers in use this month; the one cancelled this month comes first, so that its
    // guaranteed row falls on the first day, before the cancellation.
    let mut active: Vec<usize> = (0..plan.numbers.len())
        .filter(|i| plan.in_use(*i, k))
        .collect();
    if let Some(pos) = active.iter().position(|i| *i == plan.cancelled) {
        active.remove(pos);
        active.insert(0, plan.cancelled);
    }
    let after_cancel: Vec<usize> = active
        .iter()
        .copied()
        .filter(|i| *i != plan.cancelled)
        .collect();
    let cancel_at: NaiveDateTime = plan.cancel_date.and_hms_opt(0, 0, 0).expect("midnight");
    if after_cancel.is_empty() && active.contains(&plan.cancelled) {
        // Nobody else uses the line this month: all its rows fall before the cancellation.
        span = span.min((cancel_at - start).num_seconds().max(1) as u64);
    }
    let step = (span / rows.max(1)).max(1);
    for r in 0..rows {
        let offset = if r == 0 {
            0
        } else {
            (r * span / rows + rng.below(step)).min(span - 1)
        };
        let t = start + Duration::seconds(offset as i64);
        let who = if (r as usize) < active.len() {
            active[r as usize]
        } else {
            let pool = if t >= cancel_at {
                &after_cancel
            } else {
                &active
            };
            pool[rng.below(pool.len() as u64) as usize]
        };
        let kind = rng.below(10);
        let (ty, other, secs, kb, fee_cents) = match kind {
            0..=4 => (
                "国内通话",
                format!("139{:08}", rng.below(100_000_000)),
                5 + rng.below(900),
                0,
                0,
            ),
            5..=6 => (
                "短信",
                format!("106{:08}", rng.below(100_000_000)),
                0,
                0,
                10,
            ),
            _ => ("上网", String::new(), 0, 1 + rng.below(200_000), 0),
        };
        let fee = if fee_cents > 0 || rng.below(20) == 0 {
            Decimal::new(fee_cents.max(15), 2)
        } else {
            Decimal::new(0, 2)
        };
        let _ = write!(
            w.buf,
            "{},{ty},{},{other},{secs},{kb},{fee}",
            t.format("%Y-%m-%d %H:%M:%S"),
            plan.numbers[who]
        );
        w.flush_line()?;
    }
    Ok(rows)
}

fn write_bills(dir: &Path, plan: &Plan, enc: GenEncoding) -> io::Result<()> {
    for (k, p) in plan.periods.iter().enumerate() {
        let mut w = Out::create(&dir.join(format!("bills/{p}.csv")), enc)?;
        w.line("中国移动 集团客户电子账单")?;
        w.line("客户名称：某某贸易有限公司")?;
        w.line("账期,用户号码,费用项目,金额(元)")?;
        for (i, item, amount) in plan.bill_lines(k) {
            w.line(&format!("{p},{},{item},{amount}", plan.numbers[i]))?;
        }
        w.line(&format!("{p},,本期合计,{}", plan.bill_total(k)))?;
        w.finish()?;
    }
    Ok(())
}

fn write_bank(dir: &Path, plan: &Plan, enc: GenEncoding, rng: &mut Rng) -> io::Result<()> {
    let first = plan.periods[0].first_day();
    let last = plan.periods[plan.periods.len() - 1].next().last_day();
    let name = format!("bank/对公账户流水_{}-{}.csv", ymd(first), ymd(last));
    let mut w = Out::create(&dir.join(name), enc)?;
    w.line("账户交易明细")?;
    w.line("账号：3301****0088  币种：人民币")?;
    w.line(&format!("查询期间：{first} 至 {last}"))?;
    w.line("交易日期,摘要,对方户名,收入金额,支出金额,余额")?;
    // (date, description, counterparty, signed amount)
    let mut txs: Vec<(NaiveDate, &str, &str, Decimal)> = Vec::new();
    for (k, p) in plan.periods.iter().enumerate() {
        let d = |day: u32| NaiveDate::from_ymd_opt(p.year, p.month, day).expect("valid day");
        txs.push((
            d(1),
            "房租",
            "某某物业管理有限公司",
            Decimal::new(-600_000, 2),
        ));
        txs.push((
            d(12),
            "货款",
            "某某客户有限公司",
            Decimal::new(5_000_000 + rng.below(1_000_000) as i64, 2),
        ));
        let n = p.next();
        let pay = NaiveDate::from_ymd_opt(n.year, n.month, 5).expect("valid day");
        txs.push((
            pay,
            "代扣话费",
            "中国移动通信集团浙江有限公司",
            -plan.bill_total(k),
        ));
    }
    txs.push((
        plan.unexplained_date,
        "代扣通信费",
        "中国移动通信集团浙江有限公司",
        -plan.unexplained_amount,
    ));
    txs.sort_by_key(|t| t.0);
    let mut balance = Decimal::new(10_000_000, 2);
    for (date, what, who, amount) in txs {
        balance += amount;
        let (inc, exp) = if amount < Decimal::ZERO {
            (String::new(), (-amount).to_string())
        } else {
            (amount.to_string(), String::new())
        };
        w.line(&format!("{date},{what},{who},{inc},{exp},{balance}"))?;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic_and_bounded() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        for _ in 0..1000 {
            let x = a.below(10);
            assert_eq!(x, b.below(10));
            assert!(x < 10);
        }
    }

    #[test]
    fn too_few_rows_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let o = GenOptions {
            rows: 3,
            ..GenOptions::default()
        };
        assert!(generate(dir.path(), &o).is_err());
    }

    #[test]
    fn never_writes_into_a_non_empty_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("keep.csv"), "x").unwrap();
        let o = GenOptions {
            rows: 100,
            numbers: 1,
            ..GenOptions::default()
        };
        assert!(generate(dir.path(), &o).is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(generate(&dir.path().join("new"), &o).is_ok());
    }
}
