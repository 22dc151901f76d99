//! WeChat Pay (微信支付) bills: `wechat-csv` (UTF-8 with or without BOM, CRLF or LF, TABs
//! after IDs and after closing quotes) and `wechat-xlsx` (since 2025-07; header on row 17 or,
//! since 2026, row 18; amounts as text `¥28.16` or as numbers). The preamble states
//! `共N笔记录` and per-direction counts and sums (收入, 支出, 中性交易 = `/`).
//!
//! Amounts are unsigned; 收/支 gives the direction, `/` is neutral (transfers between the
//! user's own accounts, 零钱提现, 信用卡还款). A refund is its own row (`…-退款`, 收入); the
//! original keeps its debit and says `已全额退款` / `已退款￥x` in 当前状态.
//!
//! Some workbooks carry a Power-Query copy of the bill whose first row is `Column1…`: it is
//! not the export and is passed over, so the sheet is chosen by its header.

use super::reconcile_stated;
use crate::import::formats::spec::{Header, Spec, BASE};
use crate::import::generic::{Hooks, Layout};
use crate::import::header::Field;
use crate::import::FileReport;

fn setup(l: &mut Layout, _: &Header, _: &[String]) {
    l.opts.collect_stats = true;
}

/// A sheet whose first row is `Column1 Column2 …`: a Power-Query copy of the bill.
pub(crate) fn is_power_query_copy(preamble: &[String]) -> bool {
    preamble
        .first()
        .is_some_and(|l| l.trim_start().starts_with("Column1"))
}

/// WeChat's stated counts and sums (`共N笔记录`, 收入, 支出, 中性交易).
#[derive(Debug)]
struct Stated;

impl Hooks for Stated {
    fn reconcile(&self, l: &Layout, pre: &[String], trailer: &[Vec<String>], r: &mut FileReport) {
        reconcile_stated(l, pre, trailer, r)
    }
}

pub(crate) static SPECS: &[Spec] = &[Spec {
    id: "wechat-csv",
    workbook_id: Some("wechat-xlsx"),
    required: &[
        "交易时间",
        "交易类型",
        "交易对方",
        "收/支",
        "金额(元)",
        "当前状态",
        "交易单号",
    ],
    preamble_any: &["微信支付"],
    cols: &[
        (Field::Date, &["交易时间"]),
        (Field::TxId, &["交易单号"]),
        (Field::Counterparty, &["交易对方"]),
        (Field::Description, &["商品"]),
        (Field::Amount, &["金额(元)"]),
        (Field::Direction, &["收/支"]),
        (Field::Status, &["当前状态"]),
    ],
    accept: |_, preamble| !is_power_query_copy(preamble),
    setup,
    hooks: &Stated,
    ..BASE
}];

#[cfg(test)]
mod tests {
    use crate::import::formats::detect_builtin as detect;
    use crate::import::generic::{source, Outcome};
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    const H: &[&str] = &[
        "交易时间",
        "交易类型",
        "交易对方",
        "商品",
        "收/支",
        "金额(元)",
        "支付方式",
        "当前状态",
        "交易单号",
        "商户单号",
        "备注",
    ];

    #[test]
    fn reads_rows() {
        let mut l = detect(&v(H), &v(&["微信支付账单明细"])).unwrap();
        assert_eq!(l.format_id, "wechat-csv");
        let src = || source(&Arc::from("w.csv"), 18);
        let row = v(&[
            "2025-04-01 08:00:00",
            "商户消费",
            "中国电信",
            "话费",
            "支出\t",
            "¥50.00",
            "零钱",
            "支付成功",
            "4200001\t",
            "m\t",
            "/",
        ]);
        match l.read_row(&row, src()) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(-50.00));
                assert_eq!(t.id.as_deref(), Some("4200001"));
            }
            o => panic!("{o:?}"),
        }
        let row = v(&[
            "2025-04-02 08:00:00",
            "零钱提现",
            "招商银行",
            "/",
            "/",
            "¥100.00",
            "零钱",
            "提现已到账",
            "1",
            "",
            "服务费¥0.10",
        ]);
        assert!(matches!(l.read_row(&row, src()), Outcome::Skip(_)));
        let row = v(&[
            "2025-04-03 08:00:00",
            "某店-退款",
            "某店",
            "/",
            "收入",
            "¥5.00",
            "零钱",
            "已全额退款",
            "2",
            "",
            "/",
        ]);
        assert!(matches!(l.read_row(&row, src()), Outcome::Tx(t) if t.amount == dec!(5.00)));
        assert_eq!(l.stats["/"], (1, dec!(100.00)));
    }

    #[test]
    fn power_query_sheet_is_not_the_bill() {
        assert!(detect(&v(H), &v(&["Column1 Column2", "微信支付账单明细"])).is_none());
    }
}
