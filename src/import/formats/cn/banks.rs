//! Chinese bank statements.
//!
//! Native exports: ICBC (`icbc-debit`, `icbc-credit`: CSV, every field space-padded with a
//! TAB, `-` for empty, separate 收入/支出 columns, a `人民币合计` / `合计金额` totals row that is
//! reconciled), CCB (`ccb`: XLS code page 936, 支出/收入 columns, dates `YYYYMMDD`), CITIC
//! (`citic-credit`: XLS in UTF-16, spend positive), SPDB (`spdb-debit`: XLS, 存入/取出).
//!
//! Layouts of CSVs converted from PDF or e-mail statements (the banks deliver no CSV):
//! CMB (`cmb-debit` signed; `cmb-credit` spend positive, dates `MM/DD` with the year from the
//! title `…2024年01月…`), BOC (`boc-debit` signed; `boc-credit` 存入/支出), BOCOM (`bocom-debit`
//! with 借/贷 flags; `bocom-credit` with `CNY 123.18` amounts and the sign in the description:
//! 消费 out, 退货 / 还款 in), ABC (`abc-debit`, signed `+10000.00`, `--` for empty), CGB
//! (`cgb-credit`, spend positive).

use rust_decimal::Decimal;

use super::title_period;
use crate::import::formats::spec::{Header, Spec, BASE};
use crate::import::generic::{Direction, Hooks, Layout, Outcome, RowView};
use crate::import::header::Field;
use crate::import::{FileReport, Reconcile};
use crate::parse::{clean, parse_amount};

/// CIB: the purpose (用途) and the remark (备注) complete the description.
fn cib_setup(l: &mut Layout, h: &Header, _: &[String]) {
    l.opts.more_description = ["用途", "备注"].iter().filter_map(|n| h.find(n)).collect();
}

fn stats(l: &mut Layout, h: &Header, preamble: &[String]) {
    l.opts.collect_stats = true;
    plain(l, h, preamble);
}

/// Card statements: spending is positive, and dates without a year take the title's.
fn spend_positive(l: &mut Layout, _: &Header, preamble: &[String]) {
    l.opts.spend_positive = true;
    l.opts.statement_period = title_period(preamble);
}

/// CMB credit: 交易日, or 记账日 where a repayment has no 交易日; spend positive.
fn cmb_credit(l: &mut Layout, h: &Header, preamble: &[String]) {
    spend_positive(l, h, preamble);
    l.opts.date_fallback = h.find("记账日");
}

fn statement_period(l: &mut Layout, _: &Header, preamble: &[String]) {
    l.opts.statement_period = title_period(preamble);
}

/// Dates without a year take it from a statement month in the title, when there is one;
/// the description gathers the bank's summary and the merchant or note columns.
fn plain(l: &mut Layout, h: &Header, preamble: &[String]) {
    l.opts.statement_period = title_period(preamble);
    l.opts.more_description = [
        "交易场所",
        "客户摘要",
        "交易名称",
        "交易地点",
        "交易附言",
        "交易类型",
        "附言",
    ]
    .iter()
    .filter_map(|n| h.find(n))
    .filter(|i| l.col(Field::Description) != Some(*i))
    .collect();
}

/// ICBC and CCB: a `人民币合计` / `合计金额` row under the rows states their sums.
#[derive(Debug)]
struct TotalsRow;

impl Hooks for TotalsRow {
    fn reconcile(&self, l: &Layout, _: &[String], trailer: &[Vec<String>], r: &mut FileReport) {
        reconcile_totals_row(l, trailer, r)
    }
}

/// BOCOM credit: the sign is in the first word of the description (消费 = out; 退货, 还款 = in).
#[derive(Debug)]
struct SignInDescription;

impl Hooks for SignInDescription {
    fn sign(
        &self,
        l: &Layout,
        row: &dyn RowView,
        amount_col: usize,
    ) -> Option<Result<Direction, Outcome>> {
        let col = l.col(Field::Description);
        let desc = col.map(|c| row.text(c)).unwrap_or_default();
        Some(sign_of_description(&desc).ok_or_else(|| {
            l.err(
                col.unwrap_or(amount_col),
                crate::mid!("expect-description-sign"),
                row,
            )
        }))
    }
}

/// The sign a credit-card description's first word gives: 消费/取现/分期/费 = out;
/// 退货/退款/还款/存入/返现 = in.
pub(crate) fn sign_of_description(desc: &str) -> Option<Direction> {
    let d = clean(desc).trim_start_matches(['(', '（']);
    let out = ["消费", "取现", "分期", "年费", "手续费", "利息", "预借现金"];
    let inn = [
        "退货",
        "退款",
        "还款",
        "信用卡还款",
        "存入",
        "返现",
        "溢缴款",
    ];
    if inn.iter().any(|k| d.starts_with(k)) {
        Some(Direction::In)
    } else if out.iter().any(|k| d.starts_with(k)) {
        Some(Direction::Out)
    } else {
        None
    }
}

pub(crate) static SPECS: &[Spec] = &[
    Spec {
        id: "icbc-credit",
        required: &[
            "交易日期",
            "记账日期",
            "摘要",
            "交易场所",
            "记账金额(收入)",
            "记账金额(支出)",
        ],
        cols: ICBC_COLS,
        setup: stats,
        hooks: &TotalsRow,
        ..BASE
    },
    Spec {
        id: "icbc-debit",
        required: &[
            "交易日期",
            "摘要",
            "交易场所",
            "记账金额(收入)",
            "记账金额(支出)",
        ],
        cols: ICBC_COLS,
        setup: stats,
        hooks: &TotalsRow,
        ..BASE
    },
    Spec {
        id: "ccb",
        required: &[
            "记账日",
            "交易日期",
            "交易时间",
            "支出",
            "收入",
            "账户余额",
            "摘要",
            "对方户名",
        ],
        cols: &[
            (Field::Date, &["交易日期"]),
            (Field::Time, &["交易时间"]),
            (Field::Expense, &["支出"]),
            (Field::Income, &["收入"]),
            (Field::Description, &["摘要"]),
            (Field::Counterparty, &["对方户名"]),
        ],
        setup: stats,
        hooks: &TotalsRow,
        ..BASE
    },
    Spec {
        id: "cib-debit",
        required: &[
            "交易时间",
            "记账日",
            "支出",
            "收入",
            "账户余额",
            "摘要",
            "对方户名",
        ],
        preamble_any: &["兴业银行"],
        first: "交易时间",
        cols: &[
            (Field::Date, &["交易时间"]),
            (Field::Expense, &["支出"]),
            (Field::Income, &["收入"]),
            (Field::Description, &["摘要"]),
            (Field::Counterparty, &["对方户名"]),
        ],
        setup: cib_setup,
        ..BASE
    },
    Spec {
        id: "citic-credit",
        required: &["交易日期", "入账日期", "交易描述", "卡末四位", "结算金额"],
        cols: &[
            (Field::Date, &["交易日期"]),
            (Field::Description, &["交易描述"]),
            (Field::Amount, &["结算金额"]),
        ],
        setup: spend_positive,
        ..BASE
    },
    Spec {
        id: "spdb-debit",
        required: &[
            "顺序号",
            "交易日期",
            "交易类型",
            "存入金额",
            "取出金额",
            "交易对手名称",
        ],
        cols: &[
            (Field::Date, &["交易日期"]),
            (Field::Income, &["存入金额"]),
            (Field::Expense, &["取出金额"]),
            (Field::Counterparty, &["交易对手名称"]),
            (Field::Description, &["附言"]),
        ],
        setup: stats,
        ..BASE
    },
    Spec {
        id: "cmb-credit",
        required: &["交易日", "记账日", "交易摘要", "人民币金额"],
        cols: &[
            (Field::Date, &["交易日"]),
            (Field::Description, &["交易摘要"]),
            (Field::Amount, &["人民币金额"]),
        ],
        setup: cmb_credit,
        ..BASE
    },
    Spec {
        id: "cmb-debit",
        required: &["记账日期", "货币", "交易金额", "联机余额", "交易摘要"],
        cols: &[
            (Field::Date, &["记账日期"]),
            (Field::Amount, &["交易金额"]),
            (Field::Counterparty, &["对手信息"]),
            (Field::Description, &["交易摘要"]),
        ],
        setup: plain,
        ..BASE
    },
    Spec {
        id: "boc-credit",
        required: &["交易日", "银行记账日", "交易描述", "存入", "支出"],
        cols: &[
            (Field::Date, &["交易日"]),
            (Field::Description, &["交易描述"]),
            (Field::Income, &["存入"]),
            (Field::Expense, &["支出"]),
        ],
        setup: stats,
        ..BASE
    },
    Spec {
        id: "boc-debit",
        required: &[
            "记账日期",
            "记账时间",
            "币别",
            "金额",
            "余额",
            "交易名称",
            "对方账户名",
        ],
        cols: &[
            (Field::Date, &["记账日期"]),
            (Field::Time, &["记账时间"]),
            (Field::Amount, &["金额"]),
            (Field::Counterparty, &["对方账户名"]),
            (Field::Description, &["附言"]),
        ],
        setup: plain,
        ..BASE
    },
    Spec {
        id: "bocom-debit",
        required: &[
            "交易日期",
            "交易时间",
            "交易类型",
            "借贷",
            "交易金额",
            "对方户名",
        ],
        cols: &[
            (Field::Date, &["交易日期"]),
            (Field::Time, &["交易时间"]),
            (Field::Direction, &["借贷"]),
            (Field::Amount, &["交易金额"]),
            (Field::Counterparty, &["对方户名"]),
            (Field::Description, &["交易类型"]),
        ],
        setup: plain,
        ..BASE
    },
    Spec {
        id: "bocom-credit",
        required: &["交易日期", "记账日期", "交易说明", "入账币种/金额"],
        cols: &[
            (Field::Date, &["交易日期"]),
            (Field::Description, &["交易说明"]),
            (Field::Amount, &["入账币种/金额"]),
        ],
        setup: statement_period,
        hooks: &SignInDescription,
        ..BASE
    },
    Spec {
        id: "abc-debit",
        required: &[
            "交易日期",
            "交易时间",
            "交易摘要",
            "交易金额",
            "本次余额",
            "对手信息",
        ],
        cols: &[
            (Field::Date, &["交易日期"]),
            (Field::Time, &["交易时间"]),
            (Field::Amount, &["交易金额"]),
            (Field::Counterparty, &["对手信息"]),
            (Field::Description, &["交易摘要"]),
        ],
        setup: plain,
        ..BASE
    },
    Spec {
        id: "cgb-credit",
        required: &[
            "交易日期",
            "入账日期",
            "交易摘要",
            "交易金额",
            "入账金额",
            "入账货币",
        ],
        cols: &[
            (Field::Date, &["交易日期"]),
            (Field::Description, &["交易摘要"]),
            (Field::Amount, &["入账金额"]),
        ],
        setup: spend_positive,
        ..BASE
    },
];

const ICBC_COLS: &[(Field, &[&str])] = &[
    (Field::Date, &["交易日期"]),
    (Field::Description, &["摘要"]),
    (Field::Counterparty, &["对方户名"]),
    (Field::Income, &["记账金额(收入)"]),
    (Field::Expense, &["记账金额(支出)"]),
];

/// Compare a `人民币合计` / `合计金额` row's income and expense cells with the sums of the rows.
pub(crate) fn reconcile_totals_row(l: &Layout, trailer: &[Vec<String>], report: &mut FileReport) {
    let (Some(inc), Some(exp)) = (l.col(Field::Income), l.col(Field::Expense)) else {
        return;
    };
    let Some(row) = trailer
        .iter()
        .find(|cells| cells.first().is_some_and(|c| clean(c).contains("合计")))
    else {
        return;
    };
    for (col, key) in [(inc, "收入"), (exp, "支出")] {
        let cell = row.get(col).map(|c| clean(c)).unwrap_or("");
        let computed = l.stats.get(key).map(|s| s.1).unwrap_or(Decimal::ZERO);
        match parse_amount(cell) {
            Some(stated) => report.reconciliation.push(Reconcile::amounts(
                crate::msg!("reconcile-key-total", key = key, label = clean(&row[0])),
                stated,
                computed,
            )),
            None if cell.is_empty() => {}
            None => report.notes.push(crate::msg!(
                "note-stated-total-not-number",
                file = &*report.file,
                key = key,
                value = cell
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::import::formats::detect_builtin as detect;
    use crate::import::generic::{source, Outcome};
    use crate::import::header::Field;
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    fn read(l: &mut crate::import::generic::Layout, row: &[&str]) -> Outcome {
        l.read_row(&v(row), source(&Arc::from("b.csv"), 9))
    }

    #[test]
    fn icbc_padded_fields_and_placeholders() {
        let h = v(&[
            "交易日期",
            "摘要",
            "交易场所",
            "交易国家或地区简称",
            "钞/汇",
            "交易金额(收入)",
            "交易金额(支出)",
            "交易币种",
            "记账金额(收入)",
            "记账金额(支出)",
            "记账币种",
            "余额",
            "对方户名",
        ]);
        let mut l = detect(&h, &[]).unwrap();
        assert_eq!(l.format_id, "icbc-debit");
        assert_eq!(l.col(Field::Expense), Some(9));
        let o = read(
            &mut l,
            &[
                "2025-06-02     \t",
                "消费    \t",
                "某电信营业厅   \t",
                "CHN  \t",
                "钞   \t",
                "-     \t",
                "-    \t",
                "-   \t",
                "-       \t",
                "1,058.00     \t",
                "人民币  \t",
                "xx,yyyy.zz\t",
                "   \t",
            ],
        );
        assert!(
            matches!(&o, Outcome::Tx(t) if t.amount == dec!(-1058.00)),
            "{o:?}"
        );
    }

    #[test]
    fn credit_cards_spend_positive_and_years_from_titles() {
        let h = v(&[
            "交易日",
            "记账日",
            "交易摘要",
            "人民币金额",
            "卡号末四位",
            "交易地金额",
        ]);
        let mut l = detect(&h, &v(&["某银行信用卡对账单（2026年01月）"])).unwrap();
        assert_eq!(l.format_id, "cmb-credit");
        match read(
            &mut l,
            &["12/30", "12/31", "话费", "99.00", "0000", "99.00"],
        ) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(-99.00));
                assert_eq!(t.date.date().to_string(), "2025-12-30");
            }
            o => panic!("{o:?}"),
        }
        match read(&mut l, &["", "01/02", "还款", "-1,000.00", "0000", ""]) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(1000.00));
                assert_eq!(t.date.date().to_string(), "2026-01-02");
            }
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn bocom_signs_from_descriptions_and_flags() {
        let h = v(&[
            "交易日期",
            "记账日期",
            "交易说明",
            "交易币种/金额",
            "入账币种/金额",
        ]);
        let mut l = detect(&h, &[]).unwrap();
        assert!(
            matches!(read(&mut l, &["2025-01-01", "2025-01-01", "消费 某商户", "CNY 10.00", "CNY10.00"]), Outcome::Tx(t) if t.amount == dec!(-10.00))
        );
        assert!(
            matches!(read(&mut l, &["2025-01-01", "2025-01-01", "退货 某商户", "CNY 3.00", "CNY 3.00"]), Outcome::Tx(t) if t.amount == dec!(3.00))
        );
        assert!(matches!(
            read(
                &mut l,
                &["2025-01-01", "2025-01-01", "年会", "CNY 3.00", "CNY 3.00"]
            ),
            Outcome::Error { col: 2, .. }
        ));
        let h = v(&[
            "序号",
            "交易日期",
            "交易时间",
            "交易类型",
            "借贷",
            "交易金额",
            "余额",
            "对方账号",
            "对方户名",
            "交易地点",
            "摘要",
        ]);
        let mut l = detect(&h, &[]).unwrap();
        assert_eq!(l.format_id, "bocom-debit");
        assert!(
            matches!(read(&mut l, &["1", "2025-01-01", "10:00:00", "消费", "借 Dr", "10.00", "1", "", "x", "", ""]), Outcome::Tx(t) if t.amount == dec!(-10.00))
        );
    }

    #[test]
    fn abc_signed_amounts_and_compact_dates() {
        let h = v(&[
            "交易日期",
            "交易时间",
            "交易摘要",
            "交易金额",
            "本次余额",
            "对手信息",
            "日 志 号",
            "交易渠道",
            "交易附言",
        ]);
        let mut l = detect(&h, &[]).unwrap();
        assert_eq!(l.format_id, "abc-debit");
        match read(
            &mut l,
            &[
                "20250301", "093000", "转存", "+200.00", "300.00", "--", "1", "", "",
            ],
        ) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(200.00));
                assert_eq!(t.date.to_string(), "2025-03-01 09:30:00");
                assert_eq!(t.counterparty, "");
            }
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn ccb_spdb_citic_cgb_boc() {
        // CCB: padded header cells, 0.0 in the unused column, YYYYMMDD text dates.
        let h = v(&[
            "记账日 ",
            "交易日期 ",
            "交易时间 ",
            "支出 ",
            "收入 ",
            "账户余额 ",
            "币种 ",
            "摘要 ",
            "对方账号 ",
            "对方户名 ",
            "交易地点 ",
        ]);
        let mut l = detect(&h, &v(&["China Construction Bank", "开户机构：示例支行"])).unwrap();
        assert_eq!(l.format_id, "ccb");
        match read(
            &mut l,
            &[
                "20250102",
                "20250101",
                "10:11:12",
                "58.0",
                "0.0",
                "100.0",
                "人民币",
                "消费",
                "",
                "示例电信",
                "",
            ],
        ) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(-58.0));
                assert_eq!(t.date.to_string(), "2025-01-01 10:11:12");
                assert_eq!(t.counterparty, "示例电信");
            }
            o => panic!("{o:?}"),
        }
        assert!(matches!(
            read(&mut l, &["以上数据仅供参考（示例）"]),
            Outcome::Skip(_)
        ));
        // SPDB: two spaces between date and time, 存入/取出.
        let h = v(&[
            "顺序号",
            "交易日期",
            "交易类型",
            "存入金额",
            "取出金额",
            "余额",
            "交易对手名称",
            "交易对手账号",
            "附言",
        ]);
        let mut l = detect(&h, &[]).unwrap();
        assert_eq!(l.format_id, "spdb-debit");
        assert!(matches!(
            read(&mut l, &["1", "2025/12/01  09:00:00", "转账", "", "30.00", "1.00", "示例电信", "", "话费"]),
            Outcome::Tx(t) if t.amount == dec!(-30.00) && t.date.to_string() == "2025-12-01 09:00:00"
        ));
        // CITIC and CGB credit cards: spend positive, repayments negative.
        let h = v(&[
            "交易日期",
            "入账日期",
            "交易描述",
            "卡末四位",
            "交易币种",
            "结算币种",
            "交易金额",
            "结算金额",
        ]);
        let mut l = detect(&h, &v(&["本期账单明细"])).unwrap();
        assert_eq!(l.format_id, "citic-credit");
        assert!(
            matches!(read(&mut l, &["2024-11-09", "2024-11-10", "示例电信", "6688.0", "CNY", "CNY", "99.00", "99.00"]), Outcome::Tx(t) if t.amount == dec!(-99.00))
        );
        assert!(
            matches!(read(&mut l, &["2024-11-09", "2024-11-10", "返现", "6688.0", "CNY", "CNY", "-0.20", "-0.20"]), Outcome::Tx(t) if t.amount == dec!(0.20))
        );
        let h = v(&[
            "交易日期",
            "入账日期",
            "交易摘要",
            "交易金额",
            "交易货币",
            "入账金额",
            "入账货币",
        ]);
        let mut l = detect(&h, &[]).unwrap();
        assert_eq!(l.format_id, "cgb-credit");
        assert!(
            matches!(read(&mut l, &["2025/01/05", "2025/01/06", "（消费）示例电信", "15.90", "人民币", "15.90", "人民币"]), Outcome::Tx(t) if t.amount == dec!(-15.90))
        );
        // BOC: credit with 存入/支出, debit signed with dashed placeholders.
        let h = v(&[
            "交易日",
            "银行记账日",
            "卡号后四位",
            "交易描述",
            "存入",
            "支出",
            "币种",
        ]);
        let mut l = detect(&h, &v(&["中国银行信用卡账单(2025年01月)"])).unwrap();
        assert_eq!(l.format_id, "boc-credit");
        assert!(
            matches!(read(&mut l, &["2024-12-13", "2024-12-14", "0000", "示例电信CHN", "", "50.00", "CNY"]), Outcome::Tx(t) if t.amount == dec!(-50.00))
        );
        let h = v(&[
            "记账日期",
            "记账时间",
            "币别",
            "金额",
            "余额",
            "交易名称",
            "渠道",
            "网点名称",
            "附言",
            "对方账户名",
            "对方卡号/账号",
            "对方开户行",
            "借记卡号",
        ]);
        let mut l = detect(&h, &v(&["中国银行交易流水明细单"])).unwrap();
        assert_eq!(l.format_id, "boc-debit");
        match read(
            &mut l,
            &[
                "2025-08-22",
                "17:57:17",
                "人民币",
                "-2,600.00",
                "3,240.28",
                "无卡支付",
                "银企对接",
                "-------------------",
                "----------",
                "示例电信",
                "6226******0000",
                "-------------------",
                "0000",
            ],
        ) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(-2600.00));
                assert_eq!(t.description, "无卡支付");
                assert_eq!(t.counterparty, "示例电信");
            }
            o => panic!("{o:?}"),
        }
    }
}
