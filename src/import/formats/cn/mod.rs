//! Chinese payment apps (Alipay, WeChat Pay, JD, Meituan, Bestpay) and banks (ICBC, CCB,
//! CITIC, SPDB, CMB, BOC, BOCOM, ABC, CGB): each layout is recognised by its header row and,
//! where the header alone is ambiguous, by the title lines above it.

pub mod alipay;
pub mod banks;
pub mod carriers;
pub mod platforms;
pub mod wechat;

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use crate::import::generic::Layout;
use crate::import::header::{normalize_header, Field};
use crate::import::{FileReport, Reconcile};
use crate::model::{Period, RecordKind};
use crate::parse::{clean, parse_amount};

/// A named layout: the header cells it must have, the words its preamble must contain, the
/// column of each field, and the conventions to set.
pub struct Spec {
    pub id: &'static str,
    /// Header cells (as written; compared after [`normalize_header`]) that must all be present.
    pub required: &'static [&'static str],
    /// The preamble must contain one of these (empty: no condition).
    pub preamble_any: &'static [&'static str],
    /// The first header cell, where the column order tells two layouts apart ("" = any).
    pub first: &'static str,
    /// The column of each field, by header name; a field whose header is absent is unmapped.
    pub cols: &'static [(Field, &'static str)],
    /// Set the layout's conventions (sign, refunds, statement period, …).
    pub setup: fn(&mut Layout, &Header, &[String]),
}

/// A header row, normalised for lookups.
pub struct Header {
    pub norm: Vec<String>,
}

impl Header {
    pub fn new(raw: &[String]) -> Header {
        Header {
            norm: raw.iter().map(|h| normalize_header(h)).collect(),
        }
    }

    /// The 0-based column whose header is `name`.
    pub fn find(&self, name: &str) -> Option<usize> {
        let n = normalize_header(name);
        self.norm.iter().position(|h| *h == n)
    }

    pub fn has(&self, name: &str) -> bool {
        self.find(name).is_some()
    }

    /// Whether the header starts with these cells, in this order.
    pub fn starts_with(&self, names: &[&str]) -> bool {
        names
            .iter()
            .enumerate()
            .all(|(i, n)| self.norm.get(i) == Some(&normalize_header(n)))
    }
}

pub fn no_setup(_: &mut Layout, _: &Header, _: &[String]) {}

fn all_specs() -> impl Iterator<Item = &'static Spec> {
    alipay::SPECS
        .iter()
        .chain(wechat::SPECS)
        .chain(platforms::SPECS)
        .chain(banks::SPECS)
}

/// The Chinese payment apps' and banks' family of layouts.
pub static FORMAT: crate::import::formats::TableFormat = crate::import::formats::TableFormat {
    family: "cn-apps-and-banks",
    detect,
    reconcile,
    owns: is_builtin_id,
};

/// Find the named layout whose header and preamble match.
pub fn detect(raw: &[String], preamble: &[String]) -> Option<Layout> {
    let h = Header::new(raw);
    if h.norm.iter().filter(|c| !c.is_empty()).count() < 2 {
        return None;
    }
    let pre = preamble.join("\n");
    for spec in all_specs() {
        if !spec.required.iter().all(|r| h.has(r)) {
            continue;
        }
        if !spec.first.is_empty() && !h.starts_with(&[spec.first]) {
            continue;
        }
        if !spec.preamble_any.is_empty() && !spec.preamble_any.iter().any(|w| pre.contains(w)) {
            continue;
        }
        if spec.id == "wechat-csv" && wechat::is_power_query_copy(preamble) {
            continue;
        }
        let cols: Vec<(Field, usize)> = spec
            .cols
            .iter()
            .filter_map(|(f, name)| h.find(name).map(|i| (*f, i)))
            .collect();
        let mut l = Layout::transactions(spec.id, raw, cols);
        (spec.setup)(&mut l, &h, preamble);
        return Some(l);
    }
    platforms::detect_bestpay(raw, preamble)
}

/// Whether `id` is the format id of one of these layouts.
pub fn is_builtin_id(id: &str) -> bool {
    all_specs().any(|s| s.id == id)
        || in_workbook(id).is_some()
        || matches!(id, "bestpay" | "wechat-xlsx")
}

/// Named CSV layouts that have their own id when found in a workbook.
pub fn in_workbook(id: &str) -> Option<&'static str> {
    match id {
        "wechat-csv" => Some("wechat-xlsx"),
        _ => None,
    }
}

/// Check the totals stated in the preamble or trailer of the named layouts.
pub fn reconcile(
    l: &Layout,
    preamble: &[String],
    trailer: &[Vec<String>],
    report: &mut FileReport,
) {
    if l.kind != RecordKind::Transactions {
        return;
    }
    match l.format_id {
        "alipay-web-2019" | "alipay-app-2021" | "alipay-app-2023" | "wechat-csv" | "jd"
        | "meituan" => {
            let lines: Vec<String> = preamble
                .iter()
                .cloned()
                .chain(trailer.iter().map(|cells| cells.join(" ")))
                .collect();
            reconcile_stated_counts(l, &lines, report)
        }
        "icbc-debit" | "icbc-credit" | "ccb" => banks::reconcile_totals_row(l, trailer, report),
        _ => {}
    }
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
            report.reconciliation.push(Reconcile {
                what: crate::msg!("reconcile-stated-rows"),
                stated: stated.to_string(),
                computed: computed.to_string(),
                ok: stated == computed,
            });
            continue;
        }
        let Some(s) = parse_stated(t) else { continue };
        let key = match s.label.as_str() {
            "中性交易" => "/",
            k => k,
        };
        let (n, sum) = l.stats.get(key).cloned().unwrap_or_default();
        if let Some(count) = s.count {
            report.reconciliation.push(Reconcile {
                what: crate::msg!("reconcile-label-count", label = &s.label),
                stated: count.to_string(),
                computed: n.to_string(),
                ok: count == n,
            });
        } else {
            report.notes.push(crate::msg!(
                "note-stated-count-masked",
                file = &*file,
                label = &s.label
            ));
        }
        if let Some(stated) = s.sum {
            report.reconciliation.push(Reconcile {
                what: crate::msg!("reconcile-label-sum", label = &s.label),
                stated: stated.to_string(),
                computed: sum.to_string(),
                ok: stated == sum,
            });
        } else {
            report.notes.push(crate::msg!(
                "note-stated-sum-masked",
                file = &*file,
                label = &s.label
            ));
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

    use crate::import::generic::{source, Outcome};
    use proptest::prelude::*;
    use std::sync::Arc;

    proptest! {
        /// No named layout panics on any row, and every row is a record, a skip or an error.
        #[test]
        fn no_row_panics(cells in proptest::collection::vec("[0-9a-z/:.,¥￥()（）已退款全额收支入出借贷 \\t-]{0,24}", 0..14)) {
            for spec in all_specs() {
                let header: Vec<String> = spec.cols.iter().map(|(_, h)| h.to_string()).collect();
                let pre = vec![spec.preamble_any.first().copied().unwrap_or("").to_string() + " 2025年01月"];
                let Some(mut l) = detect(&header, &pre) else { continue };
                for _ in 0..2 {
                    let o = l.read_row(&cells, source(&Arc::from("p.csv"), 2));
                    prop_assert!(!matches!(o, Outcome::Bill(_) | Outcome::Usage(_) | Outcome::Total(_)));
                }
                let mut report = crate::import::FileReport::new(Arc::from("p.csv"));
                reconcile(&l, &pre, std::slice::from_ref(&cells), &mut report);
            }
        }
    }
}
