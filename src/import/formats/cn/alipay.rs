//! Alipay (支付宝) CSV exports, GBK:
//!
//! * `alipay-web-2019`: the website export (2019–2021): title `支付宝交易记录明细查询`, 16
//!   columns from 交易号 to 资金状态, totals (`共N笔记录`, `已收入:1笔,0.01元`, …) after the rows.
//! * `alipay-app-2021`: the app export (2021-06 to 2023-01): the `电子客户回单` line, then a
//!   header starting with 收/支 and ending with 交易时间; totals and 特别提示 after the rows.
//! * `alipay-app-2023`: the app export since 2023-02: a preamble with the totals
//!   (`收入：1笔 28.50元`, `不计收支：…`), 特别提示 and the `电子客户回单` line, then a header
//!   starting with 交易时间. The 2026 variant has one preamble line fewer; the header is found
//!   by its content either way.
//!
//! Amounts are unsigned; 收/支 gives the direction (支出, 收入; 不计收支 and the older 其他 are
//! neutral). 交易关闭 moved no money. A refund (退款成功) is a credit even when its 收/支 is
//! 不计收支 or empty; its order id is the original's with a `_suffix`, which links the two.

use super::reconcile_stated;
use crate::import::formats::spec::{Header, Spec, BASE};
use crate::import::generic::{skip_closed, Hooks, Layout, Memory, Screen, TxRow};
use crate::import::header::Field;
use crate::import::FileReport;

fn setup(l: &mut Layout, h: &Header, _: &[String]) {
    l.opts.collect_stats = true;
    if l.format_id == "alipay-web-2019" {
        l.opts.stats_col = h.find("资金状态");
    }
}

/// Alipay closes a payment it refunds in full (交易关闭) and lists the refund as its own
/// row (退款成功) whose order id is the payment's with a `_suffix`. Whichever of the two
/// comes first decides: refund first (newest-first exports) records both, the payment as a
/// debit and the refund as a credit; payment first records neither. No money is ever
/// created from a refund whose payment was skipped. A refund paid is a credit even where
/// its 收/支 is 不计收支 or empty.
#[derive(Debug)]
struct Refunds;

/// The ids of closed payments skipped, and of payments refunded, so far.
const CLOSED: &str = "closed";
const REFUNDED: &str = "refunded";

impl Hooks for Refunds {
    fn screen(&self, row: &TxRow<'_>, memory: &mut Memory) -> Screen {
        if row.closed {
            match row.id {
                Some(id) if memory.contains(REFUNDED, id) => {} // paid, then refunded
                Some(id) => {
                    memory.insert(CLOSED, id);
                    return skip_closed(row);
                }
                None => return skip_closed(row),
            }
        }
        let refund_paid = row.status.contains("退款成功");
        if refund_paid {
            if let Some((original, _)) = row.id.and_then(|id| id.split_once('_')) {
                if memory.contains(CLOSED, original) {
                    return Screen::Skip(crate::msg!("skip-refund-of-closed-payment"));
                }
                memory.insert(REFUNDED, original);
            }
        }
        Screen::Read {
            neutral_is_credit: refund_paid,
        }
    }

    fn reconcile(&self, l: &Layout, pre: &[String], trailer: &[Vec<String>], r: &mut FileReport) {
        reconcile_stated(l, pre, trailer, r)
    }
}

pub(crate) static SPECS: &[Spec] = &[
    Spec {
        id: "alipay-web-2019",
        required: &[
            "交易号",
            "交易创建时间",
            "金额（元）",
            "收/支",
            "交易状态",
            "资金状态",
        ],
        preamble_any: &["支付宝"],
        cols: &[
            (Field::Date, &["交易创建时间"]),
            (Field::TxId, &["交易号"]),
            (Field::Counterparty, &["交易对方"]),
            (Field::Description, &["商品名称"]),
            (Field::Amount, &["金额（元）"]),
            (Field::Direction, &["收/支"]),
            (Field::Status, &["交易状态"]),
        ],
        setup,
        hooks: &Refunds,
        ..BASE
    },
    Spec {
        id: "alipay-app-2021",
        required: &[
            "收/支",
            "交易对方",
            "商品说明",
            "金额",
            "交易状态",
            "交易订单号",
            "交易时间",
        ],
        preamble_any: &["支付宝"],
        first: "收/支",
        cols: APP_COLS,
        setup,
        hooks: &Refunds,
        ..BASE
    },
    Spec {
        id: "alipay-app-2023",
        required: &[
            "交易时间",
            "交易对方",
            "商品说明",
            "收/支",
            "金额",
            "交易状态",
            "交易订单号",
        ],
        preamble_any: &["支付宝"],
        first: "交易时间",
        cols: APP_COLS,
        setup,
        hooks: &Refunds,
        ..BASE
    },
];

const APP_COLS: &[(Field, &[&str])] = &[
    (Field::Date, &["交易时间"]),
    (Field::TxId, &["交易订单号"]),
    (Field::Counterparty, &["交易对方"]),
    (Field::Description, &["商品说明"]),
    (Field::Amount, &["金额"]),
    (Field::Direction, &["收/支"]),
    (Field::Status, &["交易状态"]),
];

#[cfg(test)]
mod tests {
    use crate::import::formats::detect_builtin as detect;
    use crate::import::generic::{source, Outcome};
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    const H2023: &[&str] = &[
        "交易时间            ",
        "交易分类",
        "交易对方",
        "对方账号",
        "商品说明",
        "收/支",
        "金额",
        "收/付款方式",
        "交易状态",
        "交易订单号",
        "商家订单号",
        "备注",
        "",
    ];

    #[test]
    fn layouts_need_the_alipay_preamble() {
        let pre = v(&["------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------"]);
        assert_eq!(
            detect(&v(H2023), &pre).unwrap().format_id,
            "alipay-app-2023"
        );
        assert!(detect(&v(H2023), &v(&["说明行01"])).is_none());
        let h2021 = v(&[
            "收/支",
            "交易对方",
            "对方账号",
            "商品说明",
            "收/付款方式",
            "金额",
            "交易状态",
            "交易分类",
            "交易订单号",
            "商家订单号",
            "交易时间",
            "",
        ]);
        assert_eq!(detect(&h2021, &pre).unwrap().format_id, "alipay-app-2021");
        let web = v(&[
            "交易号",
            "商家订单号",
            "交易创建时间",
            "付款时间",
            "最近修改时间",
            "交易来源地",
            "类型",
            "交易对方",
            "商品名称",
            "金额（元）",
            "收/支",
            "交易状态",
            "服务费（元）",
            "成功退款（元）",
            "备注",
            "资金状态",
        ]);
        assert_eq!(
            detect(&web, &v(&["支付宝交易记录明细查询"]))
                .unwrap()
                .format_id,
            "alipay-web-2019"
        );
    }

    #[test]
    fn refunds_are_credits_and_closed_rows_are_skipped() {
        let pre = v(&["支付宝 电子客户回单"]);
        let mut l = detect(&v(H2023), &pre).unwrap();
        let src = || source(&Arc::from("a.csv"), 30);
        let row = v(&[
            "2025-03-02 10:00:00 ",
            "退款",
            "某商户",
            "/",
            "退款-话费充值",
            "不计收支",
            "30.00",
            "余额",
            "退款成功",
            "2025030200001_77\t",
            "M1\t",
            "",
            "",
        ]);
        match l.read_row(&row, src()) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(30.00));
                assert_eq!(t.id.as_deref(), Some("2025030200001_77"));
            }
            o => panic!("{o:?}"),
        }
        let row = v(&[
            "2025-03-02 10:00:00",
            "日用",
            "x",
            "/",
            "y",
            "支出",
            "9.90",
            "",
            "交易关闭",
            "1",
            "",
            "",
            "",
        ]);
        assert!(matches!(l.read_row(&row, src()), Outcome::Skip(_)));
        let row = v(&[
            "2025-03-02 10:00:00",
            "理财",
            "x",
            "/",
            "y",
            "不计收支",
            "9.90",
            "",
            "交易成功",
            "2",
            "",
            "",
            "",
        ]);
        assert!(matches!(l.read_row(&row, src()), Outcome::Skip(_)));
        let row = v(&[
            "2025-03-02 10:00:00",
            "话费",
            "中国移动",
            "/",
            "充值",
            "支出",
            "50.00",
            "",
            "交易成功",
            "3",
            "",
            "",
            "",
        ]);
        assert!(matches!(l.read_row(&row, src()), Outcome::Tx(t) if t.amount == dec!(-50.00)));
        // every data row is counted for reconciliation, closed ones included
        assert_eq!(l.stats.values().map(|(n, _)| n).sum::<u64>(), 4);
        assert_eq!(l.stats["支出"], (2, dec!(59.90)));
    }

    #[test]
    fn a_closed_payment_and_its_refund_are_both_kept_or_both_skipped() {
        let pre = v(&["支付宝 电子客户回单"]);
        let row = |time: &str, dir: &str, status: &str, id: &str| {
            v(&[
                time,
                "交通出行",
                "一卡通",
                "/",
                "充值",
                dir,
                "50.00",
                "余额宝",
                status,
                id,
                "",
                "",
                "",
            ])
        };
        let refund = row(
            "2025-01-09 18:22:28",
            "不计收支",
            "退款成功",
            "2025010900001_77\t",
        );
        let payment = row("2025-01-09 18:21:50", "支出", "交易关闭", "2025010900001\t");
        // newest first: the refund, then the closed payment: both are records
        let mut l = detect(&v(H2023), &pre).unwrap();
        let src = || source(&Arc::from("a.csv"), 30);
        assert!(matches!(l.read_row(&refund, src()), Outcome::Tx(t) if t.amount == dec!(50.00)));
        assert!(matches!(l.read_row(&payment, src()), Outcome::Tx(t) if t.amount == dec!(-50.00)));
        // oldest first: the closed payment is skipped, and so is its refund
        let mut l = detect(&v(H2023), &pre).unwrap();
        assert!(matches!(l.read_row(&payment, src()), Outcome::Skip(_)));
        assert!(
            matches!(l.read_row(&refund, src()), Outcome::Skip(r) if r.contains("refund of a closed payment"))
        );
    }
}
