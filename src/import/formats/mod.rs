//! Named formats: the exports of particular apps, banks and carriers, and the non-table
//! statement formats. Each named table layout is recognised from its header row and the
//! lines above it and gets its own format id (shown by `billaudit import`).

use super::generic::Layout;

/// A named table layout recognised from its header row and the preamble lines above it.
/// Tried before the generic layouts.
pub fn detect_table(_header: &[String], _preamble: &[String]) -> Option<Layout> {
    None
}
