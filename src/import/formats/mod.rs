//! Named formats: the exports of particular apps, banks and carriers, and the non-table
//! statement formats. Each named table layout is recognised from its header row and the
//! lines above it and gets its own format id (shown by `billaudit import`).

pub mod cn;
pub mod intl;

use super::generic::Layout;
use super::FileReport;

/// A family of named table layouts (an app's exports, a country's banks, a carrier's
/// files): how to recognise them from a header row and the lines above it, and how to check
/// the totals their files state. A new format is a module with a `FORMAT` of this type (or
/// a row in the table of a family it belongs to) and one line in [`TABLE_FORMATS`].
pub struct TableFormat {
    /// The family's name, for tests and messages.
    pub family: &'static str,
    /// The layout, if this header (under these preamble lines) is one of the family's.
    pub detect: fn(header: &[String], preamble: &[String]) -> Option<Layout>,
    /// After the last row: compare the totals the file states (preamble or trailer) with
    /// what its rows add up to, into `report.reconciliation`.
    pub reconcile: fn(&Layout, &[String], &[Vec<String>], &mut FileReport),
    /// Whether a format id is one of the family's (a profile may not take it).
    pub owns: fn(&str) -> bool,
}

/// Every named table format, most specific first; tried before the generic layouts.
pub static TABLE_FORMATS: &[&TableFormat] = &[
    &cn::carriers::FORMAT,
    &cn::FORMAT,
    &intl::banks::FORMAT,
    &intl::carriers::FORMAT,
];

/// A reconciliation for layouts whose files state no totals.
pub fn no_totals(_: &Layout, _: &[String], _: &[Vec<String>], _: &mut FileReport) {}

/// A named table layout recognised from its header row and the preamble lines above it.
pub fn detect_table(header: &[String], preamble: &[String]) -> Option<Layout> {
    TABLE_FORMATS
        .iter()
        .find_map(|f| (f.detect)(header, preamble))
}

/// After the last row of a table: the checks of the family the layout belongs to.
pub fn reconcile(
    layout: &Layout,
    preamble: &[String],
    trailer: &[Vec<String>],
    report: &mut FileReport,
) {
    if let Some(f) = TABLE_FORMATS.iter().find(|f| (f.owns)(layout.format_id)) {
        (f.reconcile)(layout, preamble, trailer, report);
    }
}

/// Whether `id` is a built-in format's id.
pub fn is_builtin_id(id: &str) -> bool {
    TABLE_FORMATS.iter().any(|f| (f.owns)(id))
}

/// The format id of a table layout found inside a workbook (`wechat-csv` → `wechat-xlsx`).
pub fn in_workbook(id: &str) -> String {
    cn::in_workbook(id).unwrap_or(id).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A layout found by a family is owned by that family alone, so its totals are checked
    /// by it and no profile can take its id.
    #[test]
    fn each_family_owns_what_it_detects() {
        let headers: &[&[&str]] = &[
            &["时间", "方式", "业务名称", "业务端口", "金额(元)"],
            &[
                "序号",
                "业务类型",
                "通话起始时间",
                "通话时长",
                "呼叫类型",
                "通话费",
            ],
            &[
                "交易时间",
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
            ],
            &[
                "Type",
                "Product",
                "Started Date",
                "Completed Date",
                "Description",
                "Amount",
                "Fee",
                "Currency",
                "State",
                "Balance",
            ],
            &[
                "Invoice Date",
                "Mobile Number",
                "Charge Type",
                "Charge Name",
                "Charge Amount",
                "Total Before Taxes",
            ],
        ];
        let pre = vec!["支付宝（中国）网络技术有限公司".to_string()];
        for h in headers {
            let h: Vec<String> = h.iter().map(|s| s.to_string()).collect();
            let found: Vec<&TableFormat> = TABLE_FORMATS
                .iter()
                .copied()
                .filter(|f| (f.detect)(&h, &pre).is_some())
                .collect();
            assert!(!found.is_empty(), "{h:?}");
            let l = detect_table(&h, &pre).unwrap();
            let owners: Vec<&str> = TABLE_FORMATS
                .iter()
                .filter(|f| (f.owns)(l.format_id))
                .map(|f| f.family)
                .collect();
            assert_eq!(owners, vec![found[0].family], "{}", l.format_id);
            assert!(is_builtin_id(l.format_id));
        }
    }
}
