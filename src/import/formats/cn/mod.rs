//! Chinese carriers' 详单 and deduction records (China Unicom, China Mobile), payment apps
//! (Alipay, WeChat Pay, JD, Meituan, Bestpay) and banks (ICBC, CCB, CITIC, SPDB, CMB, BOC,
//! BOCOM, ABC, CGB, CIB): each layout is recognised by its header row and, where the header
//! alone is ambiguous, by the title lines above it. Each file registers its specs in
//! [`crate::import::formats::FORMATS`].

pub(crate) mod alipay;
pub(crate) mod banks;
pub(crate) mod cmcc;
pub(crate) mod cmcc_data;
pub(crate) mod platforms;
pub(crate) mod unicom;
pub(crate) mod wechat;

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use crate::import::generic::Layout;
use crate::import::{FileReport, Reconcile};
use crate::model::Period;
use crate::parse::{clean, parse_amount};

/// The totals stated in the preamble or trailer of the payment apps' exports (`共N笔记录`,
/// `收入：1笔 28.50元`, …) against the rows read: the reconciliation of Alipay, WeChat, JD
/// and Meituan, from their hooks.
pub(crate) fn reconcile_stated(
    l: &Layout,
    preamble: &[String],
    trailer: &[Vec<String>],
    report: &mut FileReport,
) {
    let lines: Vec<String> = preamble
        .iter()
        .cloned()
        .chain(trailer.iter().map(|cells| cells.join(" ")))
        .collect();
    reconcile_stated_counts(l, &lines, report)
}

static STATED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(已收入|待收入|已支出|待支出|收入|支出|不计收支|其他|中性交易)\s*[:：]\s*([0-9xX*]+)\s*笔(?:\s*[(（][^)）]*[)）])?[\s,，]*([0-9xX*,.]+)\s*元")
        .expect("valid regex")
});

static STATED_COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^共\s*[:：]?\s*(\d+)\s*笔记录").expect("valid regex"));

/// One stated total: the label (收入, 支出, 不计收支, …), its count and its sum (`None`
/// when masked in the file, as in `x笔`).
#[derive(Debug, PartialEq)]
pub struct Stated {
    pub label: String,
    pub count: Option<u64>,
    pub sum: Option<Decimal>,
}

/// Parse `收入：1笔 28.50元`, `支出：x笔,1234.56元`, `支出：16笔(含4笔部分退款)，1648.43元`.
pub fn parse_stated(line: &str) -> Option<Stated> {
    let c = STATED_LINE.captures(clean(line))?;
    Some(Stated {
        label: c[1].to_string(),
        count: c[2].parse().ok(),
        sum: parse_amount(&c[3]),
    })
}

/// Compare `共N笔记录` and the per-direction counts and sums with the rows read.
fn reconcile_stated_counts(l: &Layout, lines: &[String], report: &mut FileReport) {
    let file = report.file.clone();
    for line in lines {
        let t = clean(line);
        if let Some(c) = STATED_COUNT.captures(t) {
            let stated: u64 = c[1].parse().unwrap_or(0);
            let computed: u64 = l.stats.values().map(|(n, _)| n).sum();
            report.reconciliation.push(Reconcile::counts(
                crate::msg!("reconcile-stated-rows"),
                stated,
                computed,
            ));
            continue;
        }
        let Some(s) = parse_stated(t) else { continue };
        let key = match s.label.as_str() {
            "中性交易" => "/",
            k => k,
        };
        let (n, sum) = l.stats.get(key).cloned().unwrap_or_default();
        match s.count {
            Some(count) => report.reconciliation.push(Reconcile::counts(
                crate::msg!("reconcile-label-count", label = &s.label),
                count,
                n,
            )),
            None => report.notes.push(crate::msg!(
                "note-stated-count-masked",
                file = &*file,
                label = &s.label
            )),
        }
        match s.sum {
            Some(stated) => report.reconciliation.push(Reconcile::amounts(
                crate::msg!("reconcile-label-sum", label = &s.label),
                stated,
                sum,
            )),
            None => report.notes.push(crate::msg!(
                "note-stated-sum-masked",
                file = &*file,
                label = &s.label
            )),
        }
    }
}

static TITLE_PERIOD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*年\s*(\d{1,2})\s*月").expect("valid regex"));

/// A statement month in a title line: `招商银行信用卡对账单（… 2024年01月）`.
pub fn title_period(preamble: &[String]) -> Option<Period> {
    preamble.iter().find_map(|l| {
        let c = TITLE_PERIOD.captures(l)?;
        Period::new(c[1].parse().ok()?, c[2].parse().ok()?)
    })
}

/// Rows for the unit tests of this folder's layouts: a header or a data row written as one
/// comma-separated line, detected and read as the table reader does.
#[cfg(test)]
pub(crate) mod test_rows {
    use std::sync::Arc;

    use crate::import::formats::detect_builtin;
    use crate::import::generic::{source, Layout, Outcome};

    pub(crate) fn cells(s: &str) -> Vec<String> {
        s.split(',').map(str::to_string).collect()
    }

    pub(crate) fn detect(header: &[String]) -> Option<Layout> {
        detect_builtin(header, &[])
    }

    pub(crate) fn read(l: &mut Layout, row: &str) -> Outcome {
        l.read_row(&cells(row), source(&Arc::from("t.csv"), 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn stated_lines() {
        assert_eq!(
            parse_stated("收入：1笔 28.50元"),
            Some(Stated {
                label: "收入".into(),
                count: Some(1),
                sum: Some(dec!(28.50))
            })
        );
        assert_eq!(
            parse_stated("支出：x笔,1234.56元"),
            Some(Stated {
                label: "支出".into(),
                count: None,
                sum: Some(dec!(1234.56))
            })
        );
        assert_eq!(
            parse_stated("支出：16笔(含4笔部分退款)，1648.43元")
                .unwrap()
                .sum,
            Some(dec!(1648.43))
        );
        assert_eq!(parse_stated("已收入:1笔 0.01元").unwrap().label, "已收入");
        assert_eq!(parse_stated("中性交易：0笔 0.00元").unwrap().count, Some(0));
        assert!(parse_stated("交易时间").is_none());
    }

    #[test]
    fn periods_in_titles() {
        let p = title_period(&["招商银行信用卡对账单（个人消费卡账户 2024年01月）（补）".into()])
            .unwrap();
        assert_eq!(p.to_string(), "2024-01");
    }
}
