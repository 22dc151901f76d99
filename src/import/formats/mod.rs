//! Named formats: the exports of particular apps, banks and carriers, and the non-table
//! statement formats. Each named table layout is recognised from its header row and the
//! lines above it and gets its own format id (shown by `billaudit import`).

pub mod cn;
pub mod intl;

use super::generic::Layout;
use super::FileReport;

/// A named table layout recognised from its header row and the preamble lines above it.
/// Tried before the generic layouts.
pub fn detect_table(header: &[String], preamble: &[String]) -> Option<Layout> {
    cn::detect(header, preamble).or_else(|| intl::detect(header, preamble))
}

/// After the last row of a table: compare the totals the file states (in its preamble or
/// trailer) with what its rows add up to, into `report.reconciliation`.
pub fn reconcile(
    layout: &Layout,
    preamble: &[String],
    trailer: &[Vec<String>],
    report: &mut FileReport,
) {
    cn::reconcile(layout, preamble, trailer, report);
}

/// The format id of a table layout found inside a workbook (`wechat-csv` → `wechat-xlsx`).
pub fn in_workbook(id: &str) -> String {
    cn::in_workbook(id).unwrap_or(id).to_string()
}
