//! Shopping and service platforms: JD (京东) 交易流水, Meituan (美团) 交易账单, and Bestpay
//! (翼支付), for which no public sample exists: a Bestpay statement is read through the generic
//! transaction layout and named `bestpay` when its title lines say 翼支付.
//!
//! * `jd`: UTF-8 with BOM, ~21 preamble lines with the totals (`支出：16笔(含4笔部分退款)，…元`),
//!   header 交易时间, 商户名称, 交易说明, 金额, …, 收/支. A partly refunded amount reads
//!   `131.77(已退款89.84)`: the record is the net 41.93, as JD's own totals count it.
//! * `meituan`: UTF-8 with BOM and CRLF, lines of only `""` in the preamble, header
//!   交易创建时间, 交易成功时间, …, 订单金额, 实付金额; the record is the 实付金额 (after
//!   discounts) at the 交易成功时间. A 还款 row repays 美团月付 purchases that are listed
//!   themselves, so it is skipped (Meituan's own totals count it but do not add it up).

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::reconcile_stated;
use crate::import::formats::spec::{Header, Spec, BASE};
use crate::import::generic::{skip_closed, Hooks, Layout, Memory, RowView, Screen, TxRow};
use crate::import::header::Field;
use crate::import::FileReport;
use crate::model::RecordKind;
use crate::parse::{clean, parse_amount};

fn collect_stats(l: &mut Layout, _: &Header, _: &[String]) {
    l.opts.collect_stats = true;
}

static BRACKET_REFUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（]\s*已退款\s*[¥￥]?\s*([\d,]+(?:\.\d+)?)\s*[)）]").expect("valid regex")
});

/// The refund noted after an amount: `131.77(已退款89.84)` → 89.84; `(已全额退款)` → none.
pub(crate) fn bracket_refund(s: &str) -> Option<Decimal> {
    let c = BRACKET_REFUND.captures(s)?;
    parse_amount(&c[1])
}

/// JD: a partly refunded amount `131.77(已退款89.84)` is the net 41.93, as JD's own totals
/// count it; the stated 不计收支 sum adds only the refunds paid (退款成功), though its count
/// counts every 不计收支 row (checked on a real export: 1097.59 of 1601.52).
#[derive(Debug)]
struct Jd;

impl Hooks for Jd {
    fn amount(&self, text: &str, value: Decimal) -> Decimal {
        match bracket_refund(text) {
            Some(refund) => value - refund,
            None => value,
        }
    }

    fn in_stated_sum(&self, l: &Layout, row: &dyn RowView, label: &str) -> bool {
        label != "不计收支"
            || l.col(Field::Status)
                .is_some_and(|s| clean(&row.text(s)).contains("退款成功"))
    }

    fn reconcile(&self, l: &Layout, pre: &[String], trailer: &[Vec<String>], r: &mut FileReport) {
        reconcile_stated(l, pre, trailer, r)
    }
}

/// Meituan: a 还款 row repays 美团月付 purchases that are listed themselves, so it is
/// skipped; Meituan's own totals count it but do not add it up.
#[derive(Debug)]
struct Meituan;

impl Meituan {
    fn is_repayment(l: &Layout, row: &dyn RowView) -> bool {
        l.extra_col("交易类型")
            .is_some_and(|c| clean(&row.text(c)) == "还款")
    }
}

impl Hooks for Meituan {
    fn screen(&self, row: &TxRow<'_>, _: &mut Memory) -> Screen {
        match skip_closed(row) {
            Screen::Read { .. } if Self::is_repayment(row.layout, row.row) => {
                Screen::Skip(crate::msg!("skip-meituan-repayment"))
            }
            s => s,
        }
    }

    fn in_stated_sum(&self, l: &Layout, row: &dyn RowView, _: &str) -> bool {
        !Self::is_repayment(l, row)
    }

    fn reconcile(&self, l: &Layout, pre: &[String], trailer: &[Vec<String>], r: &mut FileReport) {
        reconcile_stated(l, pre, trailer, r)
    }
}

pub(crate) static SPECS: &[Spec] = &[
    Spec {
        id: "jd",
        required: &[
            "交易时间",
            "商户名称",
            "交易说明",
            "金额",
            "交易状态",
            "收/支",
            "交易订单号",
        ],
        preamble_any: &["京东"],
        cols: &[
            (Field::Date, &["交易时间"]),
            (Field::TxId, &["交易订单号"]),
            (Field::Counterparty, &["商户名称"]),
            (Field::Description, &["交易说明"]),
            (Field::Amount, &["金额"]),
            (Field::Direction, &["收/支"]),
            (Field::Status, &["交易状态"]),
        ],
        setup: collect_stats,
        hooks: &Jd,
        ..BASE
    },
    Spec {
        id: "meituan",
        required: &[
            "交易创建时间",
            "交易成功时间",
            "订单标题",
            "收/支",
            "实付金额",
            "交易单号",
        ],
        preamble_any: &["美团"],
        cols: &[
            (Field::Date, &["交易成功时间"]),
            (Field::TxId, &["交易单号"]),
            // Meituan names no counterparty: the shop or the product is in the title.
            (Field::Counterparty, &["订单标题"]),
            (Field::Description, &["订单标题"]),
            (Field::Amount, &["实付金额"]),
            (Field::Direction, &["收/支"]),
        ],
        extra: &["交易类型"],
        setup: collect_stats,
        hooks: &Meituan,
        ..BASE
    },
];

/// Bestpay (翼支付), after the banks: a generic transaction table whose title lines or
/// header cells say 翼支付.
pub(crate) static BESTPAY: &[Spec] = &[Spec {
    id: "bestpay",
    detect: Some(detect_bestpay),
    ..BASE
}];

/// A generic transaction table whose title lines or header cells say 翼支付 (Bestpay).
fn detect_bestpay(raw: &[String], preamble: &[String]) -> Option<Layout> {
    let says = |s: &String| s.contains("翼支付") || s.to_lowercase().contains("bestpay");
    if !preamble.iter().any(says) && !raw.iter().any(says) {
        return None;
    }
    let mut l = Layout::detect(raw, None)?;
    if l.kind != RecordKind::Transactions {
        return None;
    }
    l.format_id = "bestpay";
    Some(l)
}

#[cfg(test)]
mod tests {
    use crate::import::formats::detect_builtin as detect;
    use crate::import::generic::{source, Outcome};
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn jd_nets_partial_refunds() {
        let h = v(&[
            "交易时间",
            "商户名称",
            "交易说明",
            "金额",
            "收/付款方式",
            "交易状态",
            "收/支",
            "交易分类",
            "交易订单号",
            "商家订单号",
            "备注",
        ]);
        let mut l = detect(&h, &v(&["京东账号名：x"])).unwrap();
        assert_eq!(l.format_id, "jd");
        let row = v(&[
            "2025-05-01 10:00:00\t",
            "京东平台商户",
            "手机壳",
            "30.00(已退款10.00)",
            "白条",
            "交易成功",
            "支出",
            "数码",
            "1\t",
            "2\t",
            " ",
            "",
        ]);
        match l.read_row(&row, source(&Arc::from("jd.csv"), 23)) {
            Outcome::Tx(t) => assert_eq!(t.amount, dec!(-20.00)),
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn meituan_and_bestpay() {
        let h = v(&[
            "交易创建时间",
            "交易成功时间",
            "交易类型",
            "订单标题",
            "收/支",
            "支付方式",
            "订单金额",
            "实付金额",
            "交易单号",
            "商家单号",
            "备注",
        ]);
        let mut l = detect(&h, &v(&["美团交易账单明细"])).unwrap();
        assert_eq!(l.format_id, "meituan");
        let row = v(&[
            "2025-02-01 10:00:00",
            "2025-02-01 10:00:09",
            "支付",
            "外卖",
            "支出",
            "微信支付",
            "¥20.00",
            "¥18.50",
            "9\t",
            "8\t",
            "/",
        ]);
        assert!(
            matches!(l.read_row(&row, source(&Arc::from("m.csv"), 21)), Outcome::Tx(t) if t.amount == dec!(-18.50))
        );
        let b = detect(
            &v(&["交易时间", "交易对方", "金额", "收/支"]),
            &v(&["翼支付账单"]),
        )
        .unwrap();
        assert_eq!(b.format_id, "bestpay");
    }
}
